"""A search, end to end: parse the reader's words, let the engine find candidates on the site
(or one section, or a date range), keep those still live and public, rank them, and suggest
other words when nothing matches."""

import difflib
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models.functions import Substr

from bantin.news import selectors
from bantin.news.models import ArticlePage
from bantin.search import engines, indexing, normalise, ranking
from bantin.search.models import SearchEntry, SearchTerm

CANDIDATES = 120
# The engines score every match of a query up to this many; beyond, the candidates are the
# newest matches, those holding the words in title or lead first, so that common words cost no
# more than rare ones (the ranker still orders them by relevance).
RANK_ALL = 2000
VOCABULARY_ENTRIES = 3000
VOCABULARY_SECONDS = 900
# What the ranker reads of each candidate; the body's start only (ranking.BODY_CHARACTERS).
RANKED_FIELDS = ("page_id", "published_at", "title", "title_words", "title_exact", "lead_words",
                 "lead_exact")


@dataclass
class Results:
    query: normalise.Query
    hits: list = field(default_factory=list)
    relaxed: bool = False  # no article held every word: these hold some of them
    suggestions: list = field(default_factory=list)  # other spellings worth a try


def _documents_with(tokens):
    """Return how many articles hold each token."""
    counts = dict(SearchTerm.objects.filter(token__in=tokens).values_list("token", "documents"))
    return {token: counts.get(token, 0) for token in tokens}


def _candidates(engine, groups, *, any_group, scope, most):
    """Return the ids of the articles worth ranking, the engine's best first. `most` bounds
    how many articles match (from the words' counts)."""
    if most <= RANK_ALL:
        return engine.ranked(groups, any_group=any_group, scope=scope, limit=CANDIDATES)
    # A word in the title or lead outweighs it in the body several times over (ranking.FIELDS):
    # articles holding them there come first, the newest of the rest make up the number.
    found = engine.newest(groups, any_group=any_group, scope=scope, limit=CANDIDATES, head=True)
    if len(found) < CANDIDATES:
        found += engine.newest(groups, any_group=any_group, scope=scope, limit=CANDIDATES)
    return list(dict.fromkeys(found))[:CANDIDATES]


def run(text, *, site, section=None, since=None, until=None, newest_first=False,
        ranked=True):
    """Return the Results of searching `site` (or `section` of it) for what a reader typed.

    `ranked=False` keeps the engine's own order: the baseline the benchmark compares with.
    The hits' entries hold what ranking needs; `complete` loads the rest for those shown.
    """
    query = normalise.parse(text)
    results = Results(query)
    if not query:
        return results
    engine = engines.engine()
    scope = engines.Scope((section or site.root_page).path, since, until)
    groups = query.groups()
    counts = _documents_with({indexing.EVERY_ARTICLE, *(token for group in groups
                                                         for token in group)})
    most = [min(counts[token] for token in group) for group in groups]
    found = _candidates(engine, groups, any_group=False, scope=scope, most=min(most))
    if not found and len(groups) > 1:
        found = _candidates(engine, groups, any_group=True, scope=scope, most=sum(most))
        results.relaxed = bool(found)
    visible = selectors.public(ArticlePage.objects.live()).filter(pk__in=found).values("pk")
    # The body as written only matters for words typed with diacritics.
    streams = ("body_words", "body_exact") if query.exact else ("body_words",)
    entries = list(SearchEntry.objects.filter(page_id__in=visible).only(*RANKED_FIELDS)
                   .annotate(**{f"{stream}_start": Substr(stream, 1, ranking.BODY_CHARACTERS)
                                for stream in streams}))
    rarity = {term: ranking.idf(counts[term], counts[indexing.EVERY_ARTICLE])
              for term in query.terms}
    if ranked:
        results.hits = ranking.rank(entries, query, rarity)
    else:
        by_page = {entry.page_id: entry for entry in entries}
        results.hits = [ranking.Hit(by_page[page_id], -position)
                        for position, page_id in enumerate(found) if page_id in by_page]
    if newest_first:
        results.hits.sort(key=lambda hit: hit.entry.published_at or hit.entry.pk, reverse=True)
    if not results.hits or results.relaxed:
        results.suggestions = suggestions(query, site)
    return results


def complete(hits):
    """Give `hits` (those on the page shown) their whole entries, with their pages' URLs. An
    entry unpublished meanwhile keeps what it had."""
    entries = SearchEntry.objects.select_related("page").defer(
        "title_words", "lead_words", "body_words", "title_exact", "lead_exact", "body_exact"
    ).in_bulk([hit.entry.page_id for hit in hits])
    for hit in hits:
        hit.entry = entries.get(hit.entry.page_id, hit.entry)
    return hits


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
