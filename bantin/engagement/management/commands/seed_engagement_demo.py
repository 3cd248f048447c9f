"""Create the demo reader engagement (polls, feedback, visits) of every demo portal."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from bantin.core.management.progress import progress_bar
from bantin.engagement import demo
from bantin.news.models import HomePage


class Command(BaseCommand):
    help = _("Create demo polls, reader feedback and visit counts.")

    def handle(self, *args, verbosity, **options):
        portals = HomePage.objects.count()
        if not portals:
            raise CommandError(_("Run seed_demo first: the demo portal does not exist yet."))
        steps = sum(1 for _line in progress_bar(
            demo.engagement_demo_build(), total=portals * demo.STEPS_PER_PORTAL,
            stream=self.stderr, verbosity=verbosity, label=_("Readers")))
        self.stdout.write(self.style.SUCCESS(_("Done: %(count)d steps.") % {"count": steps}))
