"""Vietnamese text as the search index and the queries see it.

Both engines index the same token stream made here, so they match alike: NFC, lower case,
tones and marks stripped, "đ" folded to "d" ("Hội nghị Đảng" -> "hoi nghi dang"). Document
numbers keep one token of their own as well ("50-NQ/ĐUK" -> "50nqduk", beside "50 nq duk"),
so that a reader typing the number finds the document, however they type the separators.
"""

import re
from dataclasses import dataclass, field

from bantin.core.text import fold_vi, visible_text

WORD = re.compile(r"\w+")
# A document number: digits, then groups joined by "-", "/" or ".", at least one of letters
# ("50-NQ/ĐUK", "623-QĐ/TU", "13/2023/NĐ-CP", "01/2024/TT-BTC").
CODE = re.compile(r"\b\d+(?:[-/.]\w+)*[-/](?=\w*[^\W\d])\w+(?:[-/.]\w+)*")
PHRASE = re.compile(r'"([^"]*)"')
MAX_QUERY_CHARACTERS = 300
MAX_TERMS = 12


def words(text):
    """Return the folded words of `text`, in order."""
    return WORD.findall(fold_vi(visible_text(text)))


def exact_words(text):
    """Return the words of `text` lower-cased with their diacritics, in order."""
    return WORD.findall(visible_text(text).casefold())


def exact_text(text):
    """Return the words of `text` as the ranker reads them for spelling: lower case, with
    their diacritics, one space between."""
    return " ".join(exact_words(text))


def code_token(code):
    """Return the single token of a document number: folded, separators dropped."""
    return "".join(words(code))


def codes(text):
    return [code_token(code) for code in CODE.findall(visible_text(text))]


def index_text(text):
    """Return `text` as the engines index it: its folded words, each document number followed
    by its single token, in place (so the ranker finds it in the start of a long body)."""
    text = visible_text(text)
    return " ".join(words(CODE.sub(lambda code: f"{code.group()} {code_token(code.group())}",
                                   text)))


@dataclass
class Query:
    """A reader's query: the words to find, the phrases to find together, the numbers."""

    text: str
    terms: list = field(default_factory=list)  # folded words, in order, duplicates dropped
    exact: dict = field(default_factory=dict)  # folded word -> as typed, if with diacritics
    phrases: list = field(default_factory=list)  # lists of folded words, quoted by the reader
    codes: list = field(default_factory=list)  # document numbers, one token each

    def __bool__(self):
        return bool(self.terms or self.codes)

    def groups(self):
        """The groups of tokens an article must hold, each in order: each word, each quoted
        phrase, each document number."""
        return [[term] for term in self.terms] + self.phrases + [[code] for code in self.codes]


def parse(text):
    """Return the Query a reader typed. Quotes make phrases; nothing else is syntax. Any text
    is taken: parse() raises nothing, and its groups hold \\w+ tokens only."""
    text = visible_text(text)[:MAX_QUERY_CHARACTERS]
    query = Query(text=" ".join(text.split()))
    query.codes = list(dict.fromkeys(codes(text)))
    for phrase in PHRASE.findall(text):
        # A number inside a phrase is a group of its own; the words each side stay phrases.
        for part in CODE.split(phrase):
            phrase_words = words(part)
            if len(phrase_words) > 1:
                query.phrases.append(phrase_words)
    plain = CODE.sub(" ", text)
    query.terms = list(dict.fromkeys(words(plain)))[:MAX_TERMS]
    query.exact = {fold_vi(word): word for word in exact_words(plain) if fold_vi(word) != word}
    return query
