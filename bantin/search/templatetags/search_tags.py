"""Template tags of the search page: the query's words marked in a title, and a snippet of the
article around the first place they appear, found with or without diacritics."""

import re

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

from bantin.core.text import fold_vi

register = template.Library()
SNIPPET_CHARACTERS = 240


def _folded_with_origins(text):
    """Return `text` folded, and for each folded character the index it came from."""
    folded, origins = [], []
    for index, character in enumerate(text):
        for part in fold_vi(character):
            folded.append(part)
            origins.append(index)
    return "".join(folded), origins


def _spans(text, query):
    """Return the (start, end) spans of `text` where the query's words or numbers appear."""
    folded, origins = _folded_with_origins(text)
    words = sorted(set(query.terms), key=len, reverse=True)
    if not words or not folded:
        return []
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")
    return [(origins[match.start()], origins[match.end() - 1] + 1)
            for match in pattern.finditer(folded)]


def _marked(text, spans):
    parts, last = [], 0
    for start, end in spans:
        parts += [escape(text[last:start]), "<mark>", escape(text[start:end]), "</mark>"]
        last = end
    parts.append(escape(text[last:]))
    return mark_safe("".join(parts))


@register.simple_tag
def highlight(text, query):
    """`text`, escaped, with the query's words in <mark>."""
    return _marked(text, _spans(text, query))


@register.simple_tag
def snippet(entry, query):
    """A passage of the lead or body around the first match, escaped, words in <mark>."""
    for text in (entry.lead, entry.body):
        spans = _spans(text, query)
        if spans:
            start = max(0, spans[0][0] - SNIPPET_CHARACTERS // 3)
            start = text.rfind(" ", 0, start) + 1 if start else 0
            end = min(len(text), start + SNIPPET_CHARACTERS)
            end = text.find(" ", end) if text.find(" ", end) != -1 else len(text)
            window = [(s - start, e - start) for s, e in spans if s >= start and e <= end]
            return mark_safe(("… " if start else "") + _marked(text[start:end], window)
                             + (" …" if end < len(text) else ""))
    lead = entry.lead[:SNIPPET_CHARACTERS]
    return escape(lead) + ("…" if len(entry.lead) > SNIPPET_CHARACTERS else "")
