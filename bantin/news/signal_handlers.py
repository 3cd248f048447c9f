"""Stored pages follow the snippets every page shows: banners, web links and video clips."""

from bantin.core.signal_handlers import invalidate_on_change
from bantin.news.models import BannerLink, VideoClip, WebLink


def register_signal_handlers():
    invalidate_on_change(BannerLink, WebLink, VideoClip)
