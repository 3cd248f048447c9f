"""Fill the database with the two demo portals; a second run reuses what the first made."""

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError
from django.utils.translation import gettext as _

from bantin.core.management.progress import progress_bar
from bantin.news import demo
from bantin.news.models import ArticlePage

# Items demo_build yields for the default seed: images, two portals' settings, sections,
# articles, plain pages and snippets. Used only to size the progress bar.
EXPECTED_STEPS = (
    demo.IMAGE_POOL_SIZE
    + sum(
        1 + len(portal.sections) + portal.article_count + 3 + 3
        for portal in (demo.PROVINCE, demo.PARTY_BLOC)
    )
)


class Command(BaseCommand):
    help = _(
        "Create the demo content: the provincial portal and the Party bloc portal "
        "(running it again creates nothing twice)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--seed", type=int, default=2024,
                            help=_("Random seed; the same seed gives the same content."))
        parser.add_argument("--port", type=int, default=8000,
                            help=_("Port the demo portals are served on."))

    def handle(self, *args, seed, port, verbosity, **options):
        before = ArticlePage.objects.count()
        try:
            steps = list(progress_bar(demo.demo_build(seed=seed, port=port), total=EXPECTED_STEPS,
                                      stream=self.stderr, verbosity=verbosity,
                                      label=_("Demo content")))
        except DatabaseError as error:
            raise CommandError(
                _("Could not create the demo content: %(error)s") % {"error": error}
            ) from error
        created = ArticlePage.objects.count() - before
        self.stdout.write(self.style.SUCCESS(
            _("Done in %(steps)d steps: %(created)d new articles, %(total)d articles in all.")
            % {"steps": len(steps), "created": created, "total": ArticlePage.objects.count()}
        ))
