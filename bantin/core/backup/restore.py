"""Putting a backup back: every check on the installation first, then the database, the files,
and a count of every table against the manifest."""

from django.contrib.contenttypes.models import ContentType
from django.db import DatabaseError, connection
from django.utils.translation import gettext as _
from wagtail.models import Site

from bantin.core import pagecache
from bantin.core.backup import database, files
from bantin.core.backup.manifest import BackupError


def target_check(*, force=False):
    """Raise BackupError if the database already holds content, unless `force`."""
    if not force and database.has_content(connection):
        raise BackupError(
            _("The database already holds content (users, pages, images or documents): a "
              "backup is restored only into an empty installation. To replace everything it "
              "holds with the archive, run the command again with --force."))


def archive_check(content):
    """Raise BackupError unless the archive whose manifest is `content` fits this
    installation: the same database engine, media kept the same way, folders it has."""
    here = database.for_connection(connection).engine
    if content["database"]["engine"] != here:
        raise BackupError(
            _("The archive holds a %(archive)s database and this installation uses %(here)s: "
              "restore it where DATABASE_URL names a database of the same kind.")
            % {"archive": content["database"]["engine"], "here": here})
    if content["media"].get("storage") != files.media_description()["storage"]:
        raise BackupError(
            _("The archive was made with media kept on %(archive)s and this installation keeps "
              "them on %(here)s: set MEDIA_S3_BUCKET as the archive's installation had it.")
            % {"archive": content["media"].get("storage"),
               "here": files.media_description()["storage"]})
    for entry in file_entries(content):
        if files.destination(entry["path"]) is None:
            raise BackupError(_("The archive holds %(name)s, which belongs in no folder of this "
                                "installation.") % {"name": entry["path"]})


def file_entries(content):
    """The manifest's entries of the files other than the database."""
    return [entry for entry in content["files"] if entry["path"] != content["database"]["file"]]


def database_load(content, staging):
    """Replace the database with the one unpacked in `staging`."""
    dumper = database.for_connection(connection)
    dumper.load(staging / content["database"]["file"], content["database"])
    # What this process remembers of the old database (content types, sites, stored pages).
    ContentType.objects.clear_cache()
    Site.clear_site_root_paths_cache()
    pagecache.invalidate()
    pagecache.forget()


def file_place(entry, staging):
    files.place(staging / entry["path"], files.destination(entry["path"]))


def verify(content):
    """Count the rows of every table the manifest lists; return the counts, or raise
    BackupError naming the first table that differs."""
    expected = content["database"]["tables"]
    try:
        found = database.row_counts(connection, expected)
    except DatabaseError as error:  # a table missing, or another schema
        raise BackupError(_("The restored database cannot be read as the archive's: %(error)s")
                          % {"error": error}) from error
    for table, rows in expected.items():
        if found[table] != rows:
            raise BackupError(
                _("The restored database does not match the archive: the table %(table)s holds "
                  "%(found)d rows, the manifest says %(expected)d.")
                % {"table": table, "found": found[table], "expected": rows})
    return found
