"""Run the every-minute jobs (Wagtail's `publish_scheduled`, `flush_counters`,
`forget_reader_addresses`, the briefings' `send_report_reminders` and `send_task_digest`) in a
loop, for installations without cron or systemd."""

import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

# The briefings' e-mails ride the same minute: each run is a query that finds nothing most of
# the time, BriefingUnit.reminded_at and the week's DigestRun keep every e-mail to once (the
# digest itself waits for Monday 07:00), and a mail server out of reach is tried a minute later.
EVERY_MINUTE = ["publish_scheduled", "flush_counters", "forget_reader_addresses",
                "send_report_reminders", "send_task_digest"]


class Command(BaseCommand):
    help = _(
        "Publish and unpublish scheduled pages, write counts and send the briefings' reminders "
        "and weekly digest every minute until stopped (Ctrl+C)."
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
                    try:
                        call_command(job, verbosity=max(verbosity - 1, 0))
                    except CommandError as error:
                        # Redis or the mail server out of reach stops neither the other jobs
                        # nor the loop: the job tries again at the next run.
                        self.stderr.write(f"{job}: {error}")
                if once:
                    return
                time.sleep(interval)
        except KeyboardInterrupt:
            self.stdout.write(_("Scheduler stopped."))
