"""Vietnamese text helpers shared by the apps: slugs, and text folded for matching."""

import unicodedata

from django.utils.text import slugify

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
