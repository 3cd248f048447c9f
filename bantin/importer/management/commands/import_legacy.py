"""Import an old portal's saved pages (HTML, text dumps, folders, zip files) as articles."""

import json

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from bantin.core.management.progress import progress_bar
from bantin.importer import pipeline
from bantin.news.models import SectionPage

STATUSES = ("imported", "updated", "skipped", "failed")


class Command(BaseCommand):
    leave_locale_alone = True  # the report is for the agency's staff: in the site's language
    help = _("Import an old portal's saved pages (HTML or text, folders, zip files) "
                        "as articles.")

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument("--section", metavar="SLUG",
                            help=gettext_lazy("Section to put every article in (otherwise the "
                                              "section the page names)."))
        parser.add_argument("--publish", action="store_true",
                            help=gettext_lazy("Publish the articles (otherwise drafts)."))
        parser.add_argument("--dry-run", action="store_true",
                            help=gettext_lazy("Read and extract only; change nothing."))
        parser.add_argument("--json", action="store_true",
                            help=gettext_lazy("Print one JSON object per page."))
        parser.add_argument("--offset", type=int, default=0)
        parser.add_argument("--limit", type=int)

    def handle(self, *args, paths, section, publish, dry_run, json, offset, limit, verbosity,
               **options):
        target = self._section(section) if section else None
        total = pipeline.count(paths)
        total = max(0, min(total - offset, limit if limit is not None else total))
        report = self.stderr if json else self.stdout
        counts = dict.fromkeys(STATUSES, 0)
        results = pipeline.run(paths, section=target, publish=publish, dry_run=dry_run,
                               offset=offset, limit=limit)
        for result in progress_bar(results, total=total, stream=self.stderr,
                                   verbosity=0 if json else verbosity, label=_("Import")):
            if json:
                self.stdout.write(_json_line(result))
            status = "imported" if result.status == "read" else result.status
            counts[status] += 1
            if result.reason and verbosity > 0:
                style = self.style.ERROR if status == "failed" else self.style.WARNING
                report.write(style(f"{result.source}: {result.reason}"))
        self._summary(report, counts, dry_run)

    def _section(self, slug):
        matches = list(SectionPage.objects.filter(slug=slug))
        if len(matches) != 1:
            raise CommandError(
                f"Không có chuyên mục nào có slug „{slug}“." if not matches else
                f"Có {len(matches)} chuyên mục cùng slug „{slug}“ (ở các trang khác nhau).")
        return matches[0]

    def _summary(self, report, counts, dry_run):
        found = sum(counts.values())
        if dry_run:
            line = _("Dry run, nothing changed. Pages: %(found)d, read: %(imported)d, "
                     "skipped: %(skipped)d, failed: %(failed)d.")
        else:
            line = _("Pages: %(found)d, imported: %(imported)d, updated: %(updated)d, "
                     "skipped: %(skipped)d, failed: %(failed)d.")
        style = self.style.ERROR if counts["failed"] else (
            self.style.WARNING if counts["skipped"] else self.style.SUCCESS)
        report.write(style(line % {"found": found, **counts}))


def _json_line(result):
    if result.extracted:
        record = result.extracted.as_json()
    else:
        record = {"source": result.source, "title": None, "section": None,
                  "published_at": None, "published_at_inferred": False, "updated_at": None,
                  "author": None, "lead": None, "paragraphs": [], "captions": [],
                  "views": None, "warnings": [result.reason]}
    record["status"] = result.status
    return json.dumps(record, ensure_ascii=False)
