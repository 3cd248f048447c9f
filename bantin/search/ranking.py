"""Ordering the engine's candidates, the same way whichever engine found them.

A candidate scores, for each query word, its rarity (idf) times its weight in each field
(title 5, lead 2.5, body 1) with saturating frequency. A word typed with diacritics counts in
full only where it is written the same way, with a bonus; written otherwise ("hội" for
"hỏi") it counts FOLDED_SHARE of that. Query words found side by side ("giao ban") add a
bonus; a document number found adds much; recent articles get a modest boost.
"""

import math
from dataclasses import dataclass

from django.utils import timezone

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


def _streams(entry, name):
    """The field's folded and exact word streams, each between spaces; of the body, its start
    (service.run reads no more, and its exact stream only for words typed with diacritics)."""
    if name == "body":
        folded, exact = entry.body_words_start, getattr(entry, "body_exact_start", "")
    else:
        folded, exact = getattr(entry, f"{name}_words"), getattr(entry, f"{name}_exact")
    return f" {folded} ", f" {exact} "


@dataclass(frozen=True)
class Needles:
    """A query as the ranker looks for it in the streams: words between spaces (a word written
    twice in a row shares its space and counts once, which saturating frequency barely
    notices), with their rarity."""

    terms: list  # (folded word, the word as typed if with diacritics or None, its idf)
    pairs: list  # (two folded words side by side, their idfs summed)
    codes: list  # document numbers' tokens

    @classmethod
    def of(cls, query, rarity):
        return cls(
            terms=[(f" {term} ", f" {query.exact[term]} " if term in query.exact else None,
                    rarity[term]) for term in query.terms],
            pairs=[(f" {first} {second} ", rarity[first] + rarity[second])
                   for first, second in zip(query.terms, query.terms[1:], strict=False)],
            codes=[f" {code} " for code in query.codes])


def score(entry, needles, *, now):
    """Return the relevance of `entry` for the query of `needles`."""
    total = 0.0
    for name, weight in FIELDS:
        folded, exact = _streams(entry, name)
        for word, typed, rarity in needles.terms:
            tf = folded.count(word)
            matched = _saturated(tf)
            if typed and tf:
                same = _saturated(exact.count(typed))
                matched = same + FOLDED_SHARE * (matched - same)
                # The spelling typed tells words apart ("hỏi", "hội") however common the
                # folded word is: found as typed, it earns a bonus rarity does not shrink.
                total += EXACT_BONUS * weight * same
            total += rarity * weight * matched
        total += sum(rarities * weight * ADJACENT_SHARE
                     for pair, rarities in needles.pairs if pair in folded)
        # Document numbers are tokens of their own in the folded stream.
        total += sum(CODE_WEIGHT * weight for code in needles.codes if code in folded)
    if entry.published_at:
        age = max(0.0, (now - entry.published_at).total_seconds() / 86400)
        total *= 1 + RECENT_BOOST * math.exp(-age / RECENT_DAYS)
    return total


def rank(entries, query, rarity, *, now=None):
    """Return Hits for `entries`, best first (ties: newer first, then by id)."""
    now = now or timezone.now()
    needles = Needles.of(query, rarity)
    hits = [Hit(entry, score(entry, needles, now=now)) for entry in entries]
    hits.sort(key=lambda hit: (-round(hit.score, 9), -(hit.entry.published_at or now)
                               .timestamp(), hit.entry.pk))
    return hits
