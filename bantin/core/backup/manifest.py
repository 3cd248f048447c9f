"""The manifest of a backup archive: what it holds, and the checks made on it before a restore.

Every file of the archive is listed with its size and SHA-256, and every table of the database
with its row count, so that a restore can tell a damaged archive from a good one before it
changes anything, and check the database it rebuilt.
"""

import json
import platform
from importlib import metadata

import django
import wagtail
from django.utils import timezone
from django.utils.translation import gettext as _

NAME = "manifest.json"
FORMAT = "bantin-backup"
# Raised whenever the layout of the archive changes; a restore reads only its own version.
FORMAT_VERSION = 1


class BackupError(Exception):
    """A backup or restore that cannot go on; the message, translated, is for the operator."""


def versions():
    try:
        bantin = metadata.version("bantin")
    except metadata.PackageNotFoundError:  # run from a checkout that was never installed
        bantin = "unknown"
    return {"bantin": bantin, "django": django.get_version(), "wagtail": wagtail.__version__,
            "python": platform.python_version()}


def build(*, database, media, files):
    """Return the manifest of an archive holding `database` (engine, file, tables...), the
    media kept as `media` says, and `files` (path, size, sha256 of every file)."""
    return {"format": FORMAT, "format_version": FORMAT_VERSION,
            "created_at": timezone.now().isoformat(timespec="seconds"),
            "versions": versions(), "database": database, "media": media, "files": files}


def dumps(manifest):
    return json.dumps(manifest, ensure_ascii=False, indent=1).encode()


def parse(data):
    """Return the manifest read from `data`, or raise BackupError if it is not one this version
    of Bantin can restore."""
    try:
        manifest = json.loads(data)
    except (UnicodeDecodeError, ValueError) as error:
        raise BackupError(_("The archive's manifest cannot be read: the archive is damaged."
                            )) from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(_("The archive's manifest is not that of a Bantin backup."))
    if manifest.get("format_version") != FORMAT_VERSION:
        raise BackupError(
            _("The archive is in backup format version %(found)s; this version of Bantin "
              "restores only version %(expected)s.")
            % {"found": manifest.get("format_version"), "expected": FORMAT_VERSION})
    if not _well_formed(manifest):
        raise BackupError(_("The archive's manifest is incomplete: the archive is damaged."))
    return manifest


def _well_formed(manifest):
    database, files = manifest.get("database"), manifest.get("files")
    return (
        isinstance(database, dict) and isinstance(database.get("engine"), str)
        and isinstance(database.get("file"), str) and isinstance(database.get("tables"), dict)
        and all(isinstance(count, int) for count in database["tables"].values())
        and isinstance(manifest.get("media"), dict)
        and isinstance(files, list)
        and all(isinstance(entry, dict) and isinstance(entry.get("path"), str)
                and isinstance(entry.get("size"), int) and isinstance(entry.get("sha256"), str)
                for entry in files)
        and database["file"] in {entry["path"] for entry in files}
    )
