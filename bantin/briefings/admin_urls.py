"""The briefings' own admin pages, under /quan-tri/giao-ban/ (wagtail_hooks.py)."""

from django.urls import path

from bantin.briefings import admin_views, article_views, summary_views

urlpatterns = [
    path("<int:briefing_id>/tinh-hinh-bao-cao/", admin_views.status_board,
         name="briefings_status"),
    path("<int:briefing_id>/bao-cao/<int:unit_id>/", admin_views.report_form,
         name="briefings_report"),
    path("nhiem-vu/", admin_views.task_list, name="briefings_tasks"),
    path("nhiem-vu/<int:task_id>/", admin_views.task_detail, name="briefings_task"),
    path("gia-han/", admin_views.extension_list, name="briefings_extensions"),
    path("gia-han/<int:request_id>/", admin_views.extension_decision,
         name="briefings_extension"),
    path("minh-chung/<int:update_id>/", admin_views.evidence, name="briefings_evidence"),
    path("<int:briefing_id>/bai-viet/", article_views.article_make, name="briefings_article"),
    path("tong-hop/", summary_views.summary_page, name="briefings_summary"),
    path("tong-hop/xlsx/", summary_views.summary_download_xlsx, name="briefings_summary_xlsx"),
    path("tong-hop/pdf/", summary_views.summary_download_pdf, name="briefings_summary_pdf"),
]
