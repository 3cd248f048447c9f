"""Rebuild an installation from a backup archive written by `backup`: a damaged archive, or a
database that already holds content (without --force), is refused before anything changes."""

import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from bantin.core.backup import archive, manifest, restore
from bantin.core.backup.manifest import BackupError
from bantin.core.management.progress import progress_bar

VERSIONS = ("bantin", "django", "wagtail")


class Command(BaseCommand):
    @property
    def help(self):
        # Translated when the parser is made: argparse cannot format a lazy string.
        return _("Rebuild an empty installation from a backup archive: the database and the "
                 "files, checked against the archive's manifest.")

    def add_arguments(self, parser):
        parser.add_argument("archive_path", metavar="ARCHIVE")
        parser.add_argument("--force", action="store_true",
                            help=_("Replace a database that already holds content."))

    def handle(self, *args, archive_path, force, verbosity, **options):
        path = Path(archive_path)
        if not path.is_file():
            raise CommandError(_("There is no archive at %(path)s.") % {"path": path})
        try:
            # The staging folder (TMPDIR) needs room for the unpacked archive.
            with tempfile.TemporaryDirectory(prefix="bantin-restore-") as staging:
                content = self._restore(path, Path(staging), force=force, verbosity=verbosity)
        except BackupError as error:
            raise CommandError(str(error)) from error
        except OSError as error:
            raise CommandError(_("The restore stopped: %(error)s") % {"error": error}) from error
        tables = content["database"]["tables"]
        self.stdout.write(self.style.SUCCESS(
            _("Restored from the backup of %(created)s: %(tables)d tables and %(rows)d rows, "
              "each table's count checked against the manifest; %(files)d files.")
            % {"created": content.get("created_at", "?"), "tables": len(tables),
               "rows": sum(tables.values()), "files": len(restore.file_entries(content))}))

    def _restore(self, path, staging, *, force, verbosity):
        restore.target_check(force=force)  # before unpacking what may be gigabytes
        content = archive.unpack(path, staging)
        restore.archive_check(content)
        restore.database_load(content, staging)
        entries = restore.file_entries(content)
        for entry in progress_bar(entries, total=len(entries), stream=self.stderr,
                                  verbosity=verbosity, label=_("Restoring files")):
            restore.file_place(entry, staging)
        restore.verify(content)
        written = {key: content.get("versions", {}).get(key, "?") for key in VERSIONS}
        if written != {key: manifest.versions()[key] for key in VERSIONS}:
            self.stdout.write(self.style.WARNING(
                _("The archive was written by Bantin %(bantin)s (Django %(django)s, Wagtail "
                  "%(wagtail)s): if that is older than this installation, run `python manage.py "
                  "migrate` now.") % written))
        return content
