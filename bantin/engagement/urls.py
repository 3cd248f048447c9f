"""Public URLs of reader engagement, under /tuong-tac/."""

from django.urls import path

from bantin.core import converters  # noqa: F401  (registers "record_id")
from bantin.engagement import views

urlpatterns = [
    path("trang/", views.page_state, name="engagement_page_state"),
    path("luot.gif", views.hit_pixel, name="engagement_hit_pixel"),
    path("binh-chon/<record_id:poll_id>/", views.poll_vote, name="engagement_poll_vote"),
    path("binh-chon/<record_id:poll_id>/ket-qua/", views.poll_results,
         name="engagement_poll_results"),
    path("y-kien/<record_id:article_id>/", views.feedback, name="engagement_feedback"),
]
