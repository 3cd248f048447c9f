"""Create the demo briefings of the demo portals and print the staff accounts' usernames."""

import os

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from bantin.briefings import demo, roles
from bantin.briefings.models import Briefing
from bantin.core.management.progress import progress_bar


class Command(BaseCommand):
    help = _("Create the demo briefings: units, people, staff accounts, reports, conclusions "
             "and tasks in every state (running it again creates nothing twice).")

    def add_arguments(self, parser):
        parser.add_argument("--password",
                            default=os.environ.get("DEMO_ADMIN_PASSWORD", "bantin-chay-thu-2026"),
                            help=gettext_lazy("Password of the demo staff accounts made now."))

    def handle(self, *args, password, verbosity, **options):
        found = list(demo.portals())
        if not found:
            raise CommandError(_("Run seed_demo first: the demo portal does not exist yet."))
        before = Briefing.objects.count()
        steps = sum(1 for _line in progress_bar(
            demo.briefings_demo_build(password=password),
            total=sum(1 + len(plans) + sum(p.makes_article for p in plans)
                      for _portal, _site, _units, plans, _section in found),
            stream=self.stderr, verbosity=verbosity, label=_("Briefings")))
        for portal, _site, units, _plans, _section in found:
            self.stdout.write(portal.site_name)
            for unit in units:
                group = roles.OFFICE if unit.is_office else roles.UNIT_STAFF
                self.stdout.write(f"  {unit.name} ({group}): {unit.account[0]} "
                                  f"({unit.account[1]})")
        self.stdout.write(_("Password of the demo staff accounts made now: %(password)s")
                          % {"password": password})
        self.stdout.write(self.style.SUCCESS(
            _("Done: %(steps)d steps, %(created)d new briefings.")
            % {"steps": steps, "created": Briefing.objects.count() - before}))
