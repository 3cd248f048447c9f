"""Send the weekly digest of tasks, once a week from Monday 07:00 (each unit its open tasks,
each office the units' overdue ones: bantin/briefings/notifications.py); safe to run every
minute."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from bantin.briefings import notifications
from bantin.briefings.models import DigestRun
from bantin.core.formats import format_datetime


class Command(BaseCommand):
    help = _("E-mail each unit the digest of its open tasks, and each office the units' overdue "
             "tasks, once a week from Monday 07:00.")

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true",
                            help=gettext_lazy("List the e-mails of the digest without sending "
                                              "them."))

    def handle(self, *args, dry_run, verbosity, **options):
        if dry_run:
            self.list_due()
            return
        try:
            sent = notifications.digest_send_weekly()
        except OSError as error:
            raise CommandError(_("The mail server cannot be reached (%(error)s): the digest will "
                                 "be sent at the next run.") % {"error": error}) from error
        if not verbosity:
            return
        if sent is not None:
            self.stdout.write(self.style.SUCCESS(_("Weekly digest sent: %(count)d e-mails.")
                                                 % {"count": sent}))
            return
        week = notifications.digest_week()
        run = DigestRun.objects.filter(week=week).first() if week else None
        if run:
            self.stdout.write(_("This week's digest was sent on %(at)s (%(count)d e-mails).")
                              % {"at": format_datetime(run.started_at), "count": run.messages})
        else:
            self.stdout.write(_("The weekly digest leaves on Monday from 07:00."))

    def list_due(self):
        messages = notifications.digests_due()
        for email in messages:
            self.stdout.write(f"{email.subject} → {', '.join(email.to) or _('no e-mail address')}")
        self.stdout.write(self.style.WARNING(
            _("Dry run: %(count)d e-mails would be sent; nothing was sent.")
            % {"count": sum(1 for email in messages if email.to)}))
