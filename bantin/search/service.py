"""A search, end to end: parse the reader's words, let the engine find candidates on the site
(or one section, or a date range), keep those still live and public, rank them, and suggest
other words when nothing matches."""

import difflib
import hashlib
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models.functions import Substr

from bantin.news.models import ArticlePage
from bantin.search import engines, normalise, ranking
from bantin.search.models import SearchEntry

CANDIDATES = 120
VOCABULARY_ENTRIES = 3000
VOCABULARY_SECONDS = 900
# How many articles hold a word changes slowly; the ranker may use counts a few minutes old.
STATS_SECONDS = 300


@dataclass
class Results:
    query: normalise.Query
    hits: list = field(default_factory=list)
    relaxed: bool = False  # no article held every word: these hold some of them
    suggestions: list = field(default_factory=list)  # other spellings worth a try


def _groups(query):
    """The groups that must match: each word, each quoted phrase, each document number."""
    return ([[term] for term in query.terms] + query.phrases
            + [[code] for code in query.codes])


def run(text, *, site, section=None, since=None, until=None, newest_first=False,
        ranked=True):
    """Return the Results of searching `site` (or `section` of it) for what a reader typed.

    `ranked=False` keeps the engine's own order: the baseline the benchmark compares with.
    """
    query = normalise.parse(text)
    results = Results(query)
    if not query:
        return results
    engine = engines.engine()
    scope = (section or site.root_page).path
    groups = _groups(query)
    found = engine.match(groups, any_group=False, path=scope, since=since, until=until,
                         limit=CANDIDATES)
    if not found and len(groups) > 1:
        found = engine.match(groups, any_group=True, path=scope, since=since, until=until,
                             limit=CANDIDATES)
        results.relaxed = bool(found)
    ids = [page_id for page_id, _score in found]
    visible = ArticlePage.objects.live().public().filter(pk__in=ids).values("pk")
    # The ranker reads the start of the body; the page shows a snippet of ten bodies at most.
    entries = list(SearchEntry.objects.filter(page_id__in=visible).select_related("page")
                   .defer("body", "body_words")
                   .annotate(body_start=Substr("body", 1, ranking.BODY_CHARACTERS),
                             body_words_start=Substr("body_words", 1, ranking.BODY_CHARACTERS)))
    documents = cache.get_or_set("search:documents", SearchEntry.objects.count, STATS_SECONDS)
    rarity = {term: ranking.idf(cache.get_or_set(
        f"search:documents-with:{hashlib.sha1(term.encode()).hexdigest()}",
        lambda term=term: engine.documents_with(term),
        STATS_SECONDS), documents) for term in query.terms}
    if ranked:
        results.hits = ranking.rank(entries, query, rarity)
    else:
        by_page = {entry.page_id: entry for entry in entries}
        results.hits = [ranking.Hit(by_page[page_id], engine_score)
                        for page_id, engine_score in found if page_id in by_page]
    if newest_first:
        results.hits.sort(key=lambda hit: hit.entry.published_at or hit.entry.pk, reverse=True)
    if not results.hits or results.relaxed:
        results.suggestions = suggestions(query, site)
    return results


def _vocabulary(site):
    key = f"search:vocabulary:{site.pk}"
    words = cache.get(key)
    if words is None:
        titles = (SearchEntry.objects.filter(path__startswith=site.root_page.path)
                  .order_by("-published_at").values_list("title", "lead")[:VOCABULARY_ENTRIES])
        words = sorted({word for pair in titles for text in pair
                        for word in normalise.words(text) if len(word) > 1})
        cache.set(key, words, VOCABULARY_SECONDS)
    return words


def suggestions(query, site):
    """Return the query with its unknown words replaced by the closest known ones, if any."""
    vocabulary = _vocabulary(site)
    known = set(vocabulary)
    corrected = [word if word in known else next(
        iter(difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.75)), word)
        for word in query.terms]
    return [" ".join(corrected)] if corrected != query.terms else []
