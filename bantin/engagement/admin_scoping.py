"""The snippet admin views of engagement, limited to what each person may see (moderation.SCOPES):
an editor opens only the feedback of their sections, a board only its own site's polls,
questions and units. Wagtail's views check the model permission; these add the object's scope.
"""

from django.http import Http404
from wagtail.snippets.views import snippets

from bantin.engagement import moderation


class ScopedObjectMixin:
    def get_object(self, *args, **kwargs):
        instance = super().get_object(*args, **kwargs)
        if not moderation.SCOPES[self.model](self.request.user).filter(pk=instance.pk).exists():
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
        return moderation.SCOPES[self.model](request.user)
