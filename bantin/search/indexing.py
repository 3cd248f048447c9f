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


def entry_made(*, title, lead, body, **fields):
    """Return the (unsaved) SearchEntry of an article's texts, with their token streams."""
    texts = {"title": title, "lead": lead, "body": body}
    return SearchEntry(
        **fields, **texts,
        **{f"{name}_words": normalise.index_text(text) for name, text in texts.items()},
        **{f"{name}_exact": normalise.exact_text(text) for name, text in texts.items()})


def index(article):
    """Put the live, public `article` in the index, or take it out if it is neither."""
    if not (article.live and not article.get_view_restrictions().exists()):
        unindex(article.pk)
        return
    entry = entry_made(
        page_id=article.pk, path=article.path, section_title=article.get_parent().title,
        published_at=article.published_at or article.first_published_at, title=article.title,
        lead=article.lead, body=plain(article.body.render_as_block()) if article.body else "")
    engine = engines.engine()
    with transaction.atomic():
        # The engine's row is found by the entry as it was (its key holds the old date).
        previous = SearchEntry.objects.filter(page_id=article.pk).first()
        if previous:
            engine.remove(previous)
        entry.save()
        engine.write(entry)


def unindex(page_id):
    with transaction.atomic():
        entry = SearchEntry.objects.filter(page_id=page_id).first()
        if entry:
            engines.engine().remove(entry)
            entry.delete()


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
