"""Wagtail's page signals -> the search index (indexing.py); news' bulk writes -> bulk.py."""

from django.db.models.signals import pre_delete
from wagtail.signals import page_published, page_unpublished, post_page_move

from bantin.news.models import ArticlePage
from bantin.news.signals import articles_written
from bantin.search import indexing


def published(sender, instance, **kwargs):
    indexing.index(instance)


def unpublished(sender, instance, **kwargs):
    indexing.unindex(instance.pk)


def deleted(sender, instance, **kwargs):
    # Before the deletion cascades to the search entry, by which the engine's row is found.
    indexing.unindex(instance.pk)


def moved(sender, instance, **kwargs):
    # The page and everything under it have new paths (a section moved carries its articles).
    for article in ArticlePage.objects.live().descendant_of(instance, inclusive=True):
        indexing.index(article)


def written(sender, articles, **kwargs):
    # Imported here: the bulk writer brings the demo generator, which start-up does not need.
    from bantin.search import bulk

    bulk.articles_index(articles)


def register():
    page_published.connect(published, sender=ArticlePage, dispatch_uid="search_published")
    page_unpublished.connect(unpublished, sender=ArticlePage, dispatch_uid="search_unpublished")
    pre_delete.connect(deleted, sender=ArticlePage, dispatch_uid="search_deleted")
    post_page_move.connect(moved, dispatch_uid="search_moved")
    articles_written.connect(written, sender=ArticlePage, dispatch_uid="search_written")
