"""Read-only listings of a portal's register, for its pages and its sidebar block.

Every listing starts from one site's public documents: restricted ones and other sites' never
appear.
"""

from bantin.core.text import fold_vi
from bantin.library import numbers
from bantin.library.models import Document, number_key


def documents_public(*, site):
    """Return the documents of `site` readers may see, newest first."""
    return Document.objects.public(site).order_by("-issued_on", "-pk")


def documents_latest(*, site, limit=5):
    return documents_public(site=site)[:limit]


def documents_matching(documents, text):
    """Return those of `documents` that `text` finds: the document whose number it is, when it
    reads as one ("50-nq/duk", "50/NQ-ĐUK"), or else those holding every word of it, with or
    without diacritics, in their number, type, summary, issuing body or signer."""
    try:
        number = numbers.parse(text)
    except ValueError:
        for word in fold_vi(text).split():
            documents = documents.filter(search_text__contains=word)
        return documents
    return documents.filter(number_key=number_key(number))
