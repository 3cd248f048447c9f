"""Wagtail admin messages and Django messages readers meet that Wagtail's and Django's own
Vietnamese catalogues lack.

Listed with gettext_noop so that `makemessages` keeps them in locale/vi; Django then finds
our translation first (LOCALE_PATHS wins over the apps' catalogues).
"""

from django.utils.translation import gettext_noop

WAGTAIL_MESSAGES = (
    gettext_noop("Roles"),
    gettext_noop("The page could not be created due to validation errors."),
    gettext_noop("The page could not be saved due to validation errors."),
    gettext_noop("Go to the first error"),
    # Column headings of the audit trail's CSV export.
    gettext_noop("Type"),
    gettext_noop("Action type"),
    gettext_noop("User"),
    # The snippet chooser (the register's "replaced by" field).
    gettext_noop("Choose %(object)s"),
    gettext_noop("Choose another %(object)s"),
    gettext_noop("Clear choice"),
)
DJANGO_MESSAGES = (
    # A form field holding a NUL character (issue 10: tests/security found it in English).
    gettext_noop("Null characters are not allowed."),
)
