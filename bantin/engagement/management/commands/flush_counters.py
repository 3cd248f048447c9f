"""Move the view and visit hits counted in Redis into the database (nothing to do without it)."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from bantin.core.ratelimit import UNREACHABLE
from bantin.engagement.counters import get_counters


class Command(BaseCommand):
    help = _("Write the view and visit counts waiting in Redis to the database.")

    def handle(self, *args, verbosity, **options):
        try:
            moved = get_counters().flush()
        except UNREACHABLE as error:
            # Hits go straight to the database meanwhile; what waits in Redis stays there.
            raise CommandError(_("Redis cannot be reached: the counts waiting there will be "
                                 "written once it answers again.")) from error
        if verbosity:
            self.stdout.write(_("Counts written: %(hits)d hits.") % {"hits": moved})
