"""Remind the units that have not submitted their report to a briefing, as its deadline nears and
once it has passed (bantin/briefings/notifications.py); safe to run every minute."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from bantin.briefings import notifications
from bantin.core.formats import format_datetime


class Command(BaseCommand):
    help = _("E-mail the units whose report to a briefing is due soon or overdue and not yet "
             "submitted.")

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true",
                            help=gettext_lazy("List the reminders due without sending them."))

    def handle(self, *args, dry_run, verbosity, **options):
        if dry_run:
            self.list_due()
            return
        try:
            sent = notifications.reminders_send()
        except OSError as error:
            raise CommandError(_("The mail server cannot be reached (%(error)s): the reminders "
                                 "will be sent at the next run.") % {"error": error}) from error
        if verbosity:
            self.stdout.write(self.style.SUCCESS(_("Reminders sent: %(count)d.")
                                                 % {"count": sent}))

    def list_due(self):
        reminders = notifications.reminders_due()
        for reminder in reminders:
            invitation = reminder.invitation
            self.stdout.write(
                _("%(unit)s · %(briefing)s: due %(deadline)s%(late)s → %(to)s") % {
                    "unit": invitation.unit, "briefing": invitation.briefing,
                    "deadline": format_datetime(invitation.report_due),
                    "late": _(" (overdue)") if reminder.late else "",
                    "to": ", ".join(reminder.message.to) or _("no e-mail address")})
        sendable = sum(1 for reminder in reminders if reminder.message.to)
        self.stdout.write(self.style.WARNING(
            _("Dry run: %(count)d reminders would be sent; nothing was sent.")
            % {"count": sendable}))
