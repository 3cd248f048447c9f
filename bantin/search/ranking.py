"""Ordering the engine's candidates, the same way whichever engine found them.

A candidate scores, for each query word, its rarity (idf) times its weight in each field
(title 5, lead 2.5, body 1) with saturating frequency. A word typed with diacritics counts in
full only where it is written the same way, with a bonus; written otherwise ("hội" for
"hỏi") it counts FOLDED_SHARE of that. Query words found side by side ("giao ban") add a
bonus; a document number found adds much; recent articles get a modest boost.
"""

import math
from collections import Counter
from dataclasses import dataclass

from django.utils import timezone

from bantin.search import normalise

FIELDS = (("title", 5.0), ("lead", 2.5), ("body", 1.0))
SATURATION = 1.2
FOLDED_SHARE = 0.4
EXACT_BONUS = 0.5
ADJACENT_SHARE = 0.6
CODE_WEIGHT = 8.0
RECENT_BOOST = 0.25
RECENT_DAYS = 120
BODY_CHARACTERS = 6000  # the ranker reads the start of long articles


@dataclass
class Hit:
    entry: object
    score: float


def idf(documents_with, documents):
    return math.log(1 + (documents - documents_with + 0.5) / (documents_with + 0.5))


def _saturated(frequency):
    return frequency / (frequency + SATURATION)


def _texts(entry, name):
    """The field's text and its folded words; of the body, its start (see service.run)."""
    if name == "body":
        if hasattr(entry, "body_start"):
            return entry.body_start, entry.body_words_start
        return entry.body[:BODY_CHARACTERS], entry.body_words[:BODY_CHARACTERS]
    return getattr(entry, name), getattr(entry, f"{name}_words")


def score(entry, query, rarity, *, now):
    """Return the relevance of `entry` for `query`; `rarity` maps each query token to its idf."""
    total = 0.0
    for name, weight in FIELDS:
        text, stream = _texts(entry, name)
        folded = stream.split()
        counts = Counter(folded)
        exact = normalise.exact_words(text) if query.exact else []
        for term in query.terms:
            tf = counts.get(term, 0)
            matched = _saturated(tf)
            if term in query.exact and tf:
                same = _saturated(exact.count(query.exact[term]))
                matched = same + FOLDED_SHARE * (matched - same)
                # The spelling typed tells words apart ("hỏi", "hội") however common the
                # folded word is: found as typed, it earns a bonus rarity does not shrink.
                total += EXACT_BONUS * weight * same
            total += rarity[term] * weight * matched
        pairs = set(zip(folded, folded[1:], strict=False))
        for first, second in zip(query.terms, query.terms[1:], strict=False):
            if (first, second) in pairs:
                total += (rarity[first] + rarity[second]) * weight * ADJACENT_SHARE
        if query.codes:  # numbers are tokens of their own in the stream
            total += sum(CODE_WEIGHT * weight for code in query.codes if code in counts)
    if entry.published_at:
        age = max(0.0, (now - entry.published_at).total_seconds() / 86400)
        total *= 1 + RECENT_BOOST * math.exp(-age / RECENT_DAYS)
    return total


def rank(entries, query, rarity, *, now=None):
    """Return Hits for `entries`, best first (ties: newer first, then by id)."""
    now = now or timezone.now()
    hits = [Hit(entry, score(entry, query, rarity, now=now)) for entry in entries]
    hits.sort(key=lambda hit: (-round(hit.score, 9), -(hit.entry.published_at or now)
                               .timestamp(), hit.entry.pk))
    return hits
