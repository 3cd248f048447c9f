"""Database ids taken from URLs and forms: digits only, short enough for a 64-bit column, so a
hostile "99999999999999999999" is "not found" rather than a database error."""

from django.urls import register_converter

MAX_DIGITS = 18


def record_id(value):
    """Return `value` as a database id, or None if it is not one (text, sign, too long)."""
    value = str(value or "")
    return int(value) if value.isascii() and value.isdigit() and len(value) <= MAX_DIGITS \
        else None


class RecordIdConverter:
    """The URL converter "record_id": a database id, as record_id() accepts it."""

    regex = f"[0-9]{{1,{MAX_DIGITS}}}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)


register_converter(RecordIdConverter, "record_id")
