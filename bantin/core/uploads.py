"""What every uploaded file goes through, picture or document: a safe name to store it under,
and a look for web page code or scripts hidden in it (a file that is two things at once)."""

import re

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from bantin.core.text import slugify_vi, visible_text

# The longest name a file is stored under, its extension included.
NAME_LENGTH = 80
# Tags that make a browser run or load something, and the opening of a PHP script: none of them
# has a place in a picture or in the first bytes of a document (#10). Each is long enough that
# random (compressed) bytes hold one by chance about once in 15 GB, nearly always "<svg".
MARKUP = re.compile(
    rb"<(?:!doctype\s+html|html|head|body|script|iframe|frame|object|embed|applet|svg|meta|"
    rb"style|base|link|form|\?php)[\s/>]", re.IGNORECASE)
# Wagtail's upload fields fill in their own size messages with the same names (core/forms.py);
# the second is shown by its multiple upload before sending a file.
TOO_LARGE = _("The file is too large (%(file_size)s); the largest allowed is %(max_filesize)s.")
TOO_LARGE_BEFORE_SENDING = _("The file is too large; the largest allowed is %(max_filesize)s.")


def safe_filename(name, *, default, extension=None):
    """Return `name` made safe to store: no folder, no invisible or control characters, the
    stem transliterated to an ASCII slug ("../Nghị quyết 12.PDF" -> "nghi-quyet-12.pdf"), the
    whole at most NAME_LENGTH characters. `default` stands in for a stem with nothing left;
    `extension` replaces the name's own (a picture's is its format's)."""
    base = visible_text(name).replace("\\", "/").rsplit("/", 1)[-1]
    stem, dot, own = base.rpartition(".")
    if not dot:
        stem, own = base, ""
    suffix = re.sub(r"[^a-z0-9]", "", (own if extension is None else extension).lower())[:10]
    stem = slugify_vi(stem, max_length=NAME_LENGTH - len(suffix) - 1) or default
    return f"{stem}.{suffix}" if suffix else stem


def contains_markup(data):
    """Return True if the bytes `data` hold an HTML tag that runs or loads something, or the
    opening of a PHP script."""
    return MARKUP.search(data) is not None


def refuse_too_large(size, limit):
    """Raise ValidationError if `size` bytes are more than `limit`."""
    if size > limit:
        raise ValidationError(TOO_LARGE % {"file_size": filesizeformat(size),
                                           "max_filesize": filesizeformat(limit)}, code="size")
