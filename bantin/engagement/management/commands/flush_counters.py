"""Move the view and visit hits counted in Redis into the database (nothing to do without it)."""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from bantin.engagement.counters import get_counters


class Command(BaseCommand):
    help = gettext_lazy("Write the view and visit counts waiting in Redis to the database.")

    def handle(self, *args, verbosity, **options):
        moved = get_counters().flush()
        if verbosity:
            self.stdout.write(_("Counts written: %(hits)d hits.") % {"hits": moved})
