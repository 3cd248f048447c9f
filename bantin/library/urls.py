"""Public URLs of the register, under /van-ban/."""

from django.urls import path

from bantin.core import converters  # noqa: F401  (registers "record_id")
from bantin.library import views

urlpatterns = [
    path("", views.document_list, name="library_documents"),
    path("<record_id:document_id>/", views.document_detail),
    path("<record_id:document_id>/<slug:slug>/", views.document_detail, name="library_document"),
    path("tai-ve/<record_id:attachment_id>/", views.attachment_download,
         name="library_attachment"),
]
