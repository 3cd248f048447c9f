"""Create the demo registers of official documents of the demo portals."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from bantin.core.management.progress import progress_bar
from bantin.library import demo
from bantin.library.models import Document
from bantin.news.models import HomePage


class Command(BaseCommand):
    help = _("Create the demo registers of official documents, with their files.")

    def handle(self, *args, verbosity, **options):
        if not HomePage.objects.exists():
            raise CommandError(_("Run seed_demo first: the demo portal does not exist yet."))
        before = Document.objects.count()
        steps = sum(1 for _line in progress_bar(
            demo.library_demo_build(), total=sum(len(entries) for _portal, entries in
                                                 demo.registers()),
            stream=self.stderr, verbosity=verbosity, label=_("Official documents")))
        self.stdout.write(self.style.SUCCESS(
            _("Done: %(steps)d documents, %(created)d of them new.")
            % {"steps": steps, "created": Document.objects.count() - before}))
