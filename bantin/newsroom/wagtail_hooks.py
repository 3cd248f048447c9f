"""Admin registration: the review queue page, its menu item and its dashboard panel."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from bantin.newsroom import selectors, views


@hooks.register("register_admin_urls")
def register_review_queue_url():
    return [path("hang-cho-duyet/", views.review_queue, name="newsroom_review_queue")]


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
