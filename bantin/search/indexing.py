"""Keeping the index in step with the site: an article enters when published, leaves when
unpublished, deleted or made private, and follows its page when moved."""

import html

from django.db import transaction
from django.utils.html import strip_tags

from bantin.news.models import ArticlePage
from bantin.search import engines, normalise
from bantin.search.models import SearchEntry


def plain(html_text):
    """Return rendered HTML as plain text, entities decoded, spaces collapsed."""
    return " ".join(html.unescape(strip_tags(html_text)).split())


def index(article):
    """Put the live, public `article` in the index, or take it out if it is neither."""
    if not (article.live and not article.get_view_restrictions().exists()):
        unindex(article.pk)
        return
    body = plain(article.body.render_as_block()) if article.body else ""
    words = {name: normalise.index_text(text)
             for name, text in (("title", article.title), ("lead", article.lead), ("body", body))}
    with transaction.atomic():
        SearchEntry.objects.update_or_create(page_id=article.pk, defaults={
            "path": article.path, "section_title": article.get_parent().title,
            "title": article.title, "lead": article.lead, "body": body,
            "published_at": article.published_at or article.first_published_at,
            "title_words": words["title"], "lead_words": words["lead"],
            "body_words": words["body"],
        })
        engines.engine().write(article.pk, words["title"], words["lead"], words["body"])


def unindex(page_id):
    with transaction.atomic():
        engines.engine().remove(page_id)
        SearchEntry.objects.filter(page_id=page_id).delete()


def articles_to_index():
    return ArticlePage.objects.live().public().order_by("pk")


def rebuild():
    """Index every live, public article again; yield each one as it is done."""
    with transaction.atomic():
        engines.engine().clear()
        SearchEntry.objects.all().delete()
    for article in articles_to_index().iterator(chunk_size=200):
        index(article)
        yield article
