"""Database ids taken from URLs and forms: digits only, short enough for a 64-bit column, so a
hostile "99999999999999999999" is "not found" (or an invalid choice) rather than a database
error."""

from django import forms
from django.core.exceptions import ValidationError
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


class RecordChoiceField(forms.ModelChoiceField):
    """A ModelChoiceField taking record ids only: anything else is an invalid choice before any
    query (SQLite raised OverflowError for an id of 20 digits of a page, issue 10)."""

    def to_python(self, value):
        if value not in self.empty_values and record_id(value) is None:
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class RecordMultipleChoiceField(forms.ModelMultipleChoiceField):
    """A ModelMultipleChoiceField taking record ids only (Django's own "in" lookup let an id of
    20 digits reach SQLite: OverflowError, issue 10)."""

    def clean(self, value):
        for pk in value if isinstance(value, list | tuple) else []:
            if record_id(pk) is None:
                raise ValidationError(self.error_messages["invalid_pk_value"],
                                      code="invalid_pk_value", params={"pk": pk})
        return super().clean(value)
