"""Admin registration: the sidebar snippets, grouped under one "Liên kết và video" menu."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from bantin.news.models import BannerLink, VideoClip, WebLink


class BannerLinkViewSet(SnippetViewSet):
    model = BannerLink
    icon = "image"
    list_display = ["title", "site", "sort_order", "is_active"]
    list_filter = ["site", "is_active"]


class WebLinkViewSet(SnippetViewSet):
    model = WebLink
    icon = "link"
    list_display = ["title", "url", "site", "sort_order", "is_active"]
    list_filter = ["site", "is_active"]


class VideoClipViewSet(SnippetViewSet):
    model = VideoClip
    icon = "media"
    list_display = ["title", "site", "published_at", "is_active"]
    list_filter = ["site", "is_active"]


class SidebarViewSetGroup(SnippetViewSetGroup):
    items = (BannerLinkViewSet, WebLinkViewSet, VideoClipViewSet)
    menu_icon = "list-ul"
    menu_label = _("Links and videos")
    menu_name = "lien-ket-va-video"


register_snippet(SidebarViewSetGroup)
