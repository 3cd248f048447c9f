"""Fill the bench portal with generated articles, written in bulk, to try the portal at scale.

The articles are indexed for search as they are written (news.bulk sends `articles_written`,
which the search app handles). A run that finds the portal already holding the articles
asked for adds nothing.
"""

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError
from django.utils.translation import gettext as _

from bantin.core.management.progress import progress_bar
from bantin.news import bulk

MAX_ARTICLES = 5_000_000


class Command(BaseCommand):
    help = _(
        "Fill the bench portal with generated articles, written and indexed in bulk, up to the "
        "number asked for."
    )

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=100_000,
                            help=_("How many articles the bench portal should hold."))

    def handle(self, *args, articles, verbosity, **options):
        if not 0 <= articles <= MAX_ARTICLES:
            raise CommandError(_("The number of articles must be between 0 and %(max)d.")
                               % {"max": MAX_ARTICLES})
        started = time.perf_counter()
        try:
            home, sections = bulk.bench_portal()
            before = bulk.bench_count(home)
            if before >= articles:
                self.stdout.write(self.style.WARNING(
                    _("The bench portal already holds %(count)d articles: nothing added.")
                    % {"count": before}))
                return
            added = sum(1 for _article in progress_bar(
                bulk.bench_seed(home, sections, total=articles), total=articles - before,
                stream=self.stderr, verbosity=verbosity, label=_("Articles")))
        except (DatabaseError, OverflowError) as error:
            raise CommandError(
                _("Could not write the bench articles: %(error)s") % {"error": error}
            ) from error
        self.stdout.write(self.style.SUCCESS(
            _("%(added)d articles written and indexed in %(seconds).0f s; the bench portal "
              "holds %(total)d.")
            % {"added": added, "seconds": time.perf_counter() - started, "total": before + added}
        ))
