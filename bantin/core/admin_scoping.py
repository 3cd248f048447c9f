"""Snippet admin views limited to what each person may see. An app registers, for a model, the
function giving the objects a user may see (`register_scope`); a viewset with
ScopedViewSetMixin then lists only those, and its edit, delete, history and usage views answer
404 for any other. Wagtail's views check the model permission; these add the object's scope.
ScopedPermissionPolicy adds it to Wagtail's per-object checks (copy, bulk actions), and
ScopedChooserViewSet to the snippet chooser (offered and returned objects).
Engagement scopes feedback, questions, units and polls; the library, documents; briefings, its
briefings, units, people and unit staff.
"""

from django.http import Http404
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views import chooser, snippets

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


class ScopedPermissionPolicy(ModelPermissionPolicy):
    """The model's permissions, on the objects of the person's scope only."""

    def user_has_permission_for_instance(self, user, action, instance):
        return (self.user_has_permission(user, action)
                and SCOPES[self.model](user).filter(pk=instance.pk).exists())

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return self.model.objects.none()
        return SCOPES[self.model](user)


class ScopedChoicesMixin:
    def get_object_list(self):
        return SCOPES[self.model](self.request.user)


class ChooseView(ScopedChoicesMixin, chooser.ChooseView):
    pass


class ChooseResultsView(ScopedChoicesMixin, chooser.ChooseResultsView):
    pass


class ChosenView(chooser.SnippetChosenView):
    def get_object(self, pk):
        return SCOPES[self.model](self.request.user).get(pk=pk)


class ChosenMultipleView(chooser.SnippetChosenMultipleView):
    def get_objects(self, pks):
        return SCOPES[self.model](self.request.user).filter(pk__in=pks)


class ScopedChooserViewSet(chooser.SnippetChooserViewSet):
    """A snippet chooser that offers and returns the objects of the person's scope only."""

    choose_view_class = ChooseView
    choose_results_view_class = ChooseResultsView
    chosen_view_class = ChosenView
    chosen_multiple_view_class = ChosenMultipleView
