"""Rebuild the search index from every live, public article, with a progress bar."""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from bantin.core.management.progress import progress_bar
from bantin.search import indexing


class Command(BaseCommand):
    help = _("Rebuild the search index of every live, public article.")

    def handle(self, *args, verbosity, **options):
        total = indexing.articles_to_index().count()
        done = sum(1 for _article in progress_bar(
            indexing.rebuild(), total=total, stream=self.stderr, verbosity=verbosity,
            label=_("Search index")))
        self.stdout.write(self.style.SUCCESS(_("Indexed: %(count)d articles.") % {"count": done}))
