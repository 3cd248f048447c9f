"""collectstatic, then the maintenance page beside the collected files (STATIC_ROOT/503.html),
rendered with their hashed names: nginx shows it, status 503, while no app process answers
(deploy/nginx/bantin.conf), so readers never get nginx's English "502 Bad Gateway"."""

from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles.management.commands.collectstatic import Command as Collect

from bantin.core.faults import maintenance_page

MAINTENANCE_PAGE = "503.html"


class Command(Collect):
    help = Collect.help + " Then writes the maintenance page nginx shows (503.html)."

    def handle(self, **options):
        summary = super().handle(**options)
        if not options["dry_run"]:
            path = Path(settings.STATIC_ROOT) / MAINTENANCE_PAGE
            path.write_text(maintenance_page(), encoding="utf-8")
            if options["verbosity"] >= 1:
                self.stdout.write(f"Maintenance page written to {path}.")
        return summary
