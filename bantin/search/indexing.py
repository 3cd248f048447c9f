"""Keeping the index in step with the site: an article enters when published, leaves when
unpublished, deleted or made private, and follows its page when moved."""

import html
import re
from collections import Counter

from django.db import connection, transaction
from django.utils.html import strip_tags

from bantin.news.models import ArticlePage
from bantin.search import engines, normalise
from bantin.search.models import SearchEntry, SearchTerm

TOKEN_LENGTH = SearchTerm._meta.get_field("token").max_length
# A token every entry holds: its count is the number of articles in the index.
EVERY_ARTICLE = ""
# Tags that start or end a block of text (or a line): the words on either side are apart.
BLOCK_BOUNDARY = re.compile(
    r"</?(?:p|div|h[1-6]|li|ul|ol|dl|dt|dd|br|hr|tr|td|th|table|caption|blockquote|pre|"
    r"figure|figcaption|section|article|aside|header|footer|nav|address)\b[^>]*>",
    re.IGNORECASE)


def plain(html_text):
    """Return rendered HTML as plain text, entities decoded, spaces collapsed; a block ends
    with a space, so "<h2>kết quả</h2><p>Ban" keeps "quả" and "Ban" apart."""
    spaced = BLOCK_BOUNDARY.sub(" ", html_text)
    return " ".join(html.unescape(strip_tags(spaced)).split())


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
    change = Counter(tokens(entry))
    with transaction.atomic():
        # The engine's row is found by the entry as it was (its key holds the old date).
        previous = SearchEntry.objects.filter(page_id=article.pk).first()
        if previous:
            engine.remove(previous)
            change.subtract(tokens(previous))
        entry.save()
        engine.write(entry)
        terms_count(change)


def unindex(page_id):
    with transaction.atomic():
        entry = SearchEntry.objects.filter(page_id=page_id).first()
        if entry:
            engines.engine().remove(entry)
            entry.delete()
            terms_count(dict.fromkeys(tokens(entry), -1))


def tokens(entry):
    """Return the distinct tokens of `entry`, as SearchTerm counts them."""
    return {EVERY_ARTICLE} | {
        token for stream in (entry.title_words, entry.lead_words, entry.body_words)
        for token in stream.split() if len(token) <= TOKEN_LENGTH}


def terms_count(changes):
    """Add `changes` (token -> articles gained or lost) to the SearchTerm counts. Rows are
    written in token order, so that two articles published at once lock them in one order."""
    rows = sorted((token, change) for token, change in changes.items() if change)
    with connection.cursor() as cursor:
        cursor.executemany(
            "INSERT INTO search_searchterm (token, documents) VALUES (%s, %s) "
            "ON CONFLICT (token) DO UPDATE "
            "SET documents = search_searchterm.documents + excluded.documents", rows)


def articles_to_index():
    return ArticlePage.objects.live().public().order_by("pk")


def rebuild():
    """Index every live, public article again; yield each one as it is done."""
    with transaction.atomic():
        engines.engine().clear()
        SearchEntry.objects.all().delete()
        SearchTerm.objects.all().delete()
    for article in articles_to_index().iterator(chunk_size=200):
        index(article)
        yield article
