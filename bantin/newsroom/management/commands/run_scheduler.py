"""Run the every-minute jobs (Wagtail's `publish_scheduled`, `flush_counters`,
`forget_reader_addresses`) in a loop, for installations without cron or systemd."""

import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

EVERY_MINUTE = ["publish_scheduled", "flush_counters", "forget_reader_addresses"]


class Command(BaseCommand):
    help = _(
        "Publish and unpublish scheduled pages and write counts every minute until stopped "
        "(Ctrl+C)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=int, default=60,
                            help=gettext_lazy("Seconds between two runs."))
        parser.add_argument("--once", action="store_true",
                            help=gettext_lazy("Run once and stop."))

    def handle(self, *args, interval, once, verbosity, **options):
        if verbosity:
            self.stdout.write(_("Scheduler started: every %(seconds)d seconds.")
                              % {"seconds": interval})
        try:
            while True:
                for job in EVERY_MINUTE:
                    call_command(job, verbosity=max(verbosity - 1, 0))
                if once:
                    return
                time.sleep(interval)
        except KeyboardInterrupt:
            self.stdout.write(_("Scheduler stopped."))
