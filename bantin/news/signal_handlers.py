"""Stored pages follow the snippets every page shows: banners, web links and video clips. The
articles' listing keys (listing.py) follow moves, unpublishing and view restrictions."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_unpublished, post_page_move

from bantin.core.signal_handlers import invalidate_on_change
from bantin.news import listing
from bantin.news.models import ArticlePage, BannerLink, VideoClip, WebLink


def unpublished(sender, instance, **kwargs):
    # An article saved as itself has its keys already; the scheduled expiry unpublishes a plain
    # Page, whose save knows nothing of them.
    if issubclass(instance.specific_class, ArticlePage):
        listing.refresh(instance)


def moved(sender, instance, **kwargs):
    listing.refresh(instance)


def restriction_changed(sender, instance, **kwargs):
    # The page may be going too (a restriction is deleted with its page): then nothing to do.
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        listing.refresh(page)


def register_signal_handlers():
    invalidate_on_change(BannerLink, WebLink, VideoClip)
    # No sender: every page type (a section moved carries its articles).
    page_unpublished.connect(unpublished, dispatch_uid="news_listing_unpublished")
    post_page_move.connect(moved, dispatch_uid="news_listing_moved")
    post_save.connect(restriction_changed, sender=PageViewRestriction,
                      dispatch_uid="news_listing_restriction_saved")
    post_delete.connect(restriction_changed, sender=PageViewRestriction,
                        dispatch_uid="news_listing_restriction_deleted")
