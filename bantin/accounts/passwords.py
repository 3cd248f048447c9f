"""Django's minimum-length password rule with its message in Vietnamese: Django 5.2 reworded
the message, and its Vietnamese catalogue has not followed."""

from django.contrib.auth import password_validation
from django.utils.translation import gettext as _


class MinimumLengthValidator(password_validation.MinimumLengthValidator):
    def get_error_message(self):
        return _("This password is too short: it must have at least %(min_length)d "
                 "characters.") % {"min_length": self.min_length}
