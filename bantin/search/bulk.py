"""The search index of articles written in bulk (news.bulk, for `seed_bench`): the entries,
engine rows and token counts that indexing.index makes one article at a time, written a
batch at a time in the batch's own transaction.

The bench reuses a pool of texts, so each text's token streams are made once (`_streams`).
"""

from collections import Counter
from functools import lru_cache
from types import SimpleNamespace

from django.db import connection

from bantin.core import rows
from bantin.news import bulk
from bantin.search import engines, indexing, normalise
from bantin.search.models import SearchEntry


@lru_cache(maxsize=bulk.POOL_SEEDS * bulk.PER_SEED)
def _streams(text):
    """Return the entry fields of `text`'s token streams, and its distinct tokens."""
    texts = {"title": text.title, "lead": text.lead, "body": text.body_text}
    fields = {f"{name}_words": normalise.index_text(value) for name, value in texts.items()}
    fields |= {f"{name}_exact": normalise.exact_text(value) for name, value in texts.items()}
    return fields, frozenset(indexing.tokens(SearchEntry(**fields)))


def articles_index(articles):
    """Put `articles` (news.bulk.WrittenArticle, new to the index) in the index, leaving out
    those under a view restriction, as publishing would."""
    postgres = connection.vendor == "postgresql"
    values, entries, same_as, tokens = [], [], {}, Counter()
    for article in articles:
        if not article.public:
            continue
        text = article.text
        fields, distinct = _streams(text)
        row = {"page_id": article.page_id, "path": article.path,
               "section_title": article.section_title, "published_at": article.published_at}
        if postgres and article.same_as:
            # The long texts and vectors are copied from the same texts' entry in the database.
            same_as[article.page_id] = row[rows.CLONE_OF] = article.same_as
        else:
            row |= {"title": text.title, "lead": text.lead, "body": text.body_text, **fields}
        values.append(row)
        # What the engine reads of an entry (a model instance would cost more than the rest).
        entries.append(SimpleNamespace(**row))
        tokens.update(distinct)
    rows.insert(SearchEntry, values)
    engines.engine().write_many(entries, same_as)
    indexing.terms_count(tokens)
