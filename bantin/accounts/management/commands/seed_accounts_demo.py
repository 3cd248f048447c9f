"""Give the demo accounts that must use two-factor sign-in an authenticator and recovery codes,
and print them."""

import os

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from bantin.accounts import demo


class Command(BaseCommand):
    help = _("Enrol the demo accounts that need two-factor sign-in and print their "
                        "keys and recovery codes.")

    def add_arguments(self, parser):
        parser.add_argument("--admin", default=os.environ.get("DEMO_ADMIN_USER", "quantri"),
                            help=gettext_lazy("The demo administrator's username."))

    def handle(self, *args, admin, **options):
        accounts = list(demo.demo_second_factor(admin_username=admin))
        self.stdout.write(_("Two-factor sign-in of the demo accounts: add the key to an "
                            "authenticator app, or type one of the recovery codes (each works "
                            "once; run this again for new ones)."))
        for username, key, codes in accounts:
            self.stdout.write(_("%(username)s: key %(key)s; recovery codes: %(codes)s")
                              % {"username": username, "key": key, "codes": ", ".join(codes)})
        self.stdout.write(self.style.SUCCESS(_("Done: %(count)d accounts.")
                                             % {"count": len(accounts)}))
