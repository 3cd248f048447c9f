"""Vietnamese text helpers shared by the apps: slugs without diacritics."""

from django.utils.text import slugify

# "đ" has no Unicode decomposition, so Django's slugify would drop it instead of writing "d".
_D_FOLD = str.maketrans({"đ": "d", "Đ": "D"})


def slugify_vi(text, max_length=80):
    """Return an ASCII slug for Vietnamese text: "Đảng ủy Khối" -> "dang-uy-khoi"."""
    slug = slugify(text.translate(_D_FOLD))
    return slug[:max_length].rstrip("-")
