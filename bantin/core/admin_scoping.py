"""Snippet admin views limited to what each person may see. An app registers, for a model, the
function giving the objects a user may see (`register_scope`); a viewset with
ScopedViewSetMixin then lists only those, and its edit, delete, history and usage views answer
404 for any other. Wagtail's views check the model permission; these add the object's scope.
Engagement scopes feedback, questions, units and polls; the library, documents.
"""

from django.http import Http404
from wagtail.snippets.views import snippets

SCOPES = {}  # model -> function(user) -> the queryset of its objects the user may see


def register_scope(model, scope):
    SCOPES[model] = scope


class ScopedObjectMixin:
    def get_object(self, *args, **kwargs):
        instance = super().get_object(*args, **kwargs)
        if not SCOPES[self.model](self.request.user).filter(pk=instance.pk).exists():
            raise Http404
        return instance


class EditView(ScopedObjectMixin, snippets.EditView):
    pass


class DeleteView(ScopedObjectMixin, snippets.DeleteView):
    pass


class HistoryView(ScopedObjectMixin, snippets.HistoryView):
    pass


class UsageView(ScopedObjectMixin, snippets.UsageView):
    pass


class ScopedViewSetMixin:
    """For a SnippetViewSet: listing and every view of one object limited to the person's scope."""

    edit_view_class = EditView
    delete_view_class = DeleteView
    history_view_class = HistoryView
    usage_view_class = UsageView

    def get_queryset(self, request):
        return SCOPES[self.model](request.user)
