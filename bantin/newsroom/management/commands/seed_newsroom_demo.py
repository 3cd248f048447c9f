"""Create the demo newsroom (one person per role, articles under review) and print the logins."""

import os

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from bantin.news.models import HomePage
from bantin.newsroom import demo


class Command(BaseCommand):
    help = _("Create demo staff for each role and articles waiting for review.")

    def add_arguments(self, parser):
        parser.add_argument("--password",
                            default=os.environ.get("DEMO_ADMIN_PASSWORD", "bantin-chay-thu-2026"))

    def handle(self, *args, password, **options):
        if not HomePage.objects.filter(slug=demo.HOME_SLUG).exists():
            raise CommandError(_("Run seed_demo first: the demo portal does not exist yet."))
        steps = list(demo.newsroom_demo_build(password=password))
        for username, name, role, _sections in demo.STAFF:
            self.stdout.write(f"{role}: {username} ({name})")
        self.stdout.write(_("Password of every demo account: %(password)s")
                          % {"password": password})
        self.stdout.write(self.style.SUCCESS(_("Done: %(count)d steps.") % {"count": len(steps)}))
