"""Vietnamese text helpers shared by the apps: slugs, text folded for matching, and typed text
cleared of what cannot be seen."""

import re
import unicodedata

from django.utils.text import slugify

# Control characters (tab, line feed and carriage return aside) and the invisible characters
# pasted text carries: soft hyphen, zero-width spaces and joiners, direction marks and
# overrides, word joiners, the byte-order mark, lone surrogates.
INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e"
                       "\u2060-\u2064\ufeff\ud800-\udfff]")
# "đ" has no Unicode decomposition, so Django's slugify would drop it instead of writing "d".
_D_FOLD = str.maketrans({"đ": "d", "Đ": "D"})


def slugify_vi(text, max_length=80):
    """Return an ASCII slug for Vietnamese text: "Đảng ủy Khối" -> "dang-uy-khoi"."""
    slug = slugify(text.translate(_D_FOLD))
    return slug[:max_length].rstrip("-")


def fold_vi(text):
    """Return `text` lower-cased without diacritics ("Hội nghị Đảng" -> "hoi nghi dang"),
    for matching what readers type with or without accents."""
    text = unicodedata.normalize("NFD", text.casefold()).translate(_D_FOLD)
    return unicodedata.normalize("NFC", "".join(c for c in text if not unicodedata.combining(c)))


def visible_text(text):
    """Return typed or pasted `text` in NFC without control or invisible characters."""
    return INVISIBLE.sub("", unicodedata.normalize("NFC", text or ""))
