"""Admin registration: the review queue (page, menu item, dashboard panel) and the audit trail."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from bantin.newsroom import audit, selectors, structure, views


@hooks.register("register_admin_urls")
def register_newsroom_urls():
    return [
        path("hang-cho-duyet/", views.review_queue, name="newsroom_review_queue"),
        path("nhat-ky/", audit.AuditLogView.as_view(), name="newsroom_audit"),
        path("nhat-ky/ket-qua/", audit.AuditLogView.as_view(results_only=True),
             name="newsroom_audit_results"),
    ]


class AuditMenuItem(MenuItem):
    def is_shown(self, request):
        return audit.can_view_audit(request.user)


@hooks.register("register_reports_menu_item")
def register_audit_menu_item():
    return AuditMenuItem(_("Audit trail"), reverse("newsroom_audit"), icon_name="history",
                         order=100)



@hooks.register("before_create_page")
def refuse_creating_structure(request, parent_page, page_class):
    return structure.structure_change_refused(request, [page_class])


@hooks.register("before_delete_page")
def refuse_deleting(request, page):
    return (structure.structure_change_refused(request, [page])
            or structure.article_delete_refused(request, page))


@hooks.register("before_unpublish_page")
def refuse_unpublishing_structure(request, page):
    return structure.structure_change_refused(request, [page])


@hooks.register("before_move_page")
def refuse_moving_structure(request, page, destination):
    return structure.structure_change_refused(request, [page])


@hooks.register("before_copy_page")
def refuse_copying_structure(request, page):
    return structure.structure_change_refused(request, [page])


@hooks.register("before_bulk_action")
def refuse_bulk_structure(request, action_type, objects, action_class_instance):
    pages = [obj for obj in objects if hasattr(obj, "specific_class")]
    return structure.structure_change_refused(request, pages)


@hooks.register("register_log_actions")
def register_audit_actions(actions):
    for action, (label, message) in audit.ACTIONS.items():
        actions.register_action(action, label, message)


@hooks.register("register_admin_menu_item")
def register_review_queue_menu_item():
    return MenuItem(_("Review queue"), reverse("newsroom_review_queue"), icon_name="tasks",
                    order=150)


class ReviewQueuePanel(Component):
    """The dashboard's first panel: how much waits for this person, and the oldest items."""

    name = "newsroom_review_queue"
    template_name = "newsroom/tags/review_queue_panel.html"
    order = 10

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        items = selectors.review_queue(user=request.user,
                                       alert_after=views.alert_after(request))
        return {"items": items[:5], "figures": selectors.queue_figures(items),
                "request": request}


@hooks.register("construct_homepage_panels")
def add_review_queue_panel(request, panels):
    panels.insert(0, ReviewQueuePanel())
