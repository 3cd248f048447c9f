"""Turn off an account's two-factor sign-in (a lost phone and no recovery code left): its
person enrols a new authenticator at the next sign-in."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from bantin.accounts import twofactor


class Command(BaseCommand):
    help = _("Remove an account's authenticator and recovery codes.")

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(_("No account is named “%(username)s”.") % {"username": username})
        twofactor.second_factor_remove(user, by=None)
        self.stdout.write(self.style.SUCCESS(
            _("Two-factor sign-in of “%(username)s” is off; they enrol again at the next "
              "sign-in.") % {"username": username}))
