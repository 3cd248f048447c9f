"""Which documents a person sees in the admin: those of the registers of the sites they work
on (core.sites). Wagtail's views check the model permission; the permission policy adds the
site to its per-object checks (copy, bulk delete); the scoped views of core.admin_scoping and
the chooser below apply the same scope to the listing, each document's pages and the
"replaced by" chooser."""

from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views import chooser

from bantin.core.sites import sites_for_user
from bantin.library.models import Document


def documents_for_user(user):
    return Document.objects.filter(site__in=sites_for_user(user))


class DocumentPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission_for_instance(self, user, action, instance):
        return (self.user_has_permission(user, action)
                and sites_for_user(user).filter(pk=instance.site_id).exists())

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return Document.objects.none()
        return documents_for_user(user)


class ScopedChoicesMixin:
    def get_object_list(self):
        return documents_for_user(self.request.user)


class ChooseView(ScopedChoicesMixin, chooser.ChooseView):
    pass


class ChooseResultsView(ScopedChoicesMixin, chooser.ChooseResultsView):
    pass


class ChosenView(chooser.SnippetChosenView):
    def get_object(self, pk):
        return documents_for_user(self.request.user).get(pk=pk)


class ChosenMultipleView(chooser.SnippetChosenMultipleView):
    def get_objects(self, pks):
        return documents_for_user(self.request.user).filter(pk__in=pks)


class DocumentChooserViewSet(chooser.SnippetChooserViewSet):
    choose_view_class = ChooseView
    choose_results_view_class = ChooseResultsView
    chosen_view_class = ChosenView
    chosen_multiple_view_class = ChosenMultipleView
