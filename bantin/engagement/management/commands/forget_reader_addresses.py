"""Clear the senders' addresses of feedback and questions older than READER_ADDRESS_DAYS."""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from bantin.engagement.moderation import addresses_forget


class Command(BaseCommand):
    help = _("Clear the senders' addresses kept with old feedback and questions.")

    def handle(self, *args, verbosity, **options):
        cleared = addresses_forget()
        if verbosity:
            self.stdout.write(_("Addresses cleared: %(count)d.") % {"count": cleared})
