"""Write one archive of the whole installation (database, folders of files, manifest) while the
portal keeps serving; `restore` puts it back (README, "Backup and restore")."""

from django.core.management.base import BaseCommand, CommandError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from bantin.core.backup import archive, files
from bantin.core.backup.manifest import BackupError
from bantin.core.management.progress import progress_bar


class Command(BaseCommand):
    @property
    def help(self):
        # Translated when the parser is made: argparse cannot format a lazy string.
        return _("Write a backup archive of the installation (database, files and a manifest "
                 "with their checksums) while the portal keeps serving.")

    def add_arguments(self, parser):
        parser.add_argument("--output", metavar="PATH",
                            help=_("The archive to write, or a folder to write it in "
                                   "(default: BACKUP_ROOT)."))

    def handle(self, *args, output, verbosity, **options):
        try:
            path = archive.output_path(output)
            with archive.Writer(path) as writer:
                database = writer.add_database()
                listing = files.listing()
                gone = [name for name, file in progress_bar(
                    listing, total=len(listing), stream=self.stderr, verbosity=verbosity,
                    label=_("Backing up files")) if writer.add_file(name, file) is None]
                manifest = writer.finish()
        except (BackupError, OSError) as error:
            raise CommandError(_("No backup was written: %(error)s") % {"error": error}) from error
        for name in gone:
            self.stdout.write(self.style.WARNING(
                _("%(name)s was deleted while the backup ran: not in the archive.")
                % {"name": name}))
        if manifest["media"]["storage"] == "s3":
            self.stdout.write(self.style.WARNING(
                _("Media are kept in the bucket %(bucket)s and are not in the archive: the "
                  "bucket's versioning or replication keeps them.")
                % {"bucket": manifest["media"]["bucket"]}))
        stored = [entry for entry in manifest["files"] if entry["path"] != database["file"]]
        self.stdout.write(self.style.SUCCESS(
            _("Backup written: %(path)s (%(size)s). Database (%(engine)s): %(tables)d tables, "
              "%(rows)d rows. Files: %(files)d (%(bytes)s).")
            % {"path": path, "size": filesizeformat(path.stat().st_size),
               "engine": database["engine"], "tables": len(database["tables"]),
               "rows": sum(database["tables"].values()), "files": len(stored),
               "bytes": filesizeformat(sum(entry["size"] for entry in stored))}))
