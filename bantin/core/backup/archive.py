"""Writing a backup archive, and unpacking one with every check a restore makes first.

The archive is written under a temporary name and renamed once complete, readable by its
owner only (it holds password hashes and readers' e-mail addresses). The manifest comes last,
written when every file's checksum is known; unpacking reads the whole archive into a staging
folder and compares each file with the manifest before anything of the installation changes.
"""

import hashlib
import io
import os
import tarfile
import tempfile
import zlib
from pathlib import Path

from django.conf import settings
from django.db import connection
from django.utils import timezone
from django.utils.translation import gettext as _

from bantin.core.backup import database, files, manifest
from bantin.core.backup.manifest import BackupError

CHUNK = 1024 * 1024


def output_path(output=None):
    """Return the file to write: `output` (a file, or a folder to put it in) or a new name in
    BACKUP_ROOT. An existing file is never overwritten."""
    path = Path(output) if output else Path(settings.BACKUP_ROOT)
    if path.is_dir() or not output:
        stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
        path = path / f"bantin-{stamp}.tar.gz"
    if path.exists():
        raise BackupError(_("%(path)s already exists: choose another name.") % {"path": path})
    return path


class _HashingReader:
    """Read `file`, keeping the SHA-256 of what was read."""

    def __init__(self, file):
        self.file, self.sha256 = file, hashlib.sha256()

    def read(self, size=-1):
        data = self.file.read(size)
        self.sha256.update(data)
        return data


class Writer:
    """A backup archive being written: the database first, then the files, then the manifest."""

    def __init__(self, path):
        self.path = Path(path)
        self.partial = self.path.with_name(self.path.name + ".partial")
        self.entries, self.database = [], None

    def __enter__(self):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(self.partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        self.raw = os.fdopen(descriptor, "wb")
        self.tar = tarfile.open(fileobj=self.raw, mode="w:gz", compresslevel=6)
        return self

    def __exit__(self, error_type, error, traceback):
        if error_type is not None:
            try:
                self.tar.close()
            finally:
                self.raw.close()
                self.partial.unlink(missing_ok=True)

    def add_file(self, name, path):
        """Add the file at `path` as `name`; return its size, or None if it has gone meanwhile
        (deleted while the portal served)."""
        try:
            file = open(path, "rb")
        except FileNotFoundError:
            return None
        with file:
            info = tarfile.TarInfo(name)
            stat = os.fstat(file.fileno())
            info.size, info.mtime, info.mode = stat.st_size, int(stat.st_mtime), 0o600
            reader = _HashingReader(file)
            self.tar.addfile(info, reader)
        self.entries.append({"path": name, "size": info.size,
                             "sha256": reader.sha256.hexdigest()})
        return info.size

    def add_database(self):
        """Dump the database (one consistent state, the portal serving on) into the archive;
        return its description."""
        dumper = database.for_connection(connection)
        name = f"database/{dumper.file_name}"
        with tempfile.TemporaryDirectory(prefix="bantin-backup-", dir=self.path.parent) as work:
            dump = Path(work, dumper.file_name)
            self.database = {**dumper.dump(dump), "file": name}
            self.add_file(name, dump)
        return self.database

    def finish(self):
        """Write the manifest, close the archive and give it its name; return the manifest."""
        content = manifest.build(database=self.database, media=files.media_description(),
                                 files=self.entries)
        data = manifest.dumps(content)
        info = tarfile.TarInfo(manifest.NAME)
        info.size, info.mtime, info.mode = len(data), int(timezone.now().timestamp()), 0o600
        self.tar.addfile(info, io.BytesIO(data))
        self.tar.close()
        self.raw.flush()
        os.fsync(self.raw.fileno())
        self.raw.close()
        os.replace(self.partial, self.path)
        return content


def unpack(path, staging):
    """Unpack the archive at `path` into the folder `staging` and return its manifest, or raise
    BackupError if it is damaged, incomplete, or not a backup this Bantin can restore."""
    try:
        with tarfile.open(path, "r:*") as tar:
            for member in tar:
                if not (member.isfile() or member.isdir()):
                    raise BackupError(_("The archive holds a link or a device (%(name)s), which "
                                        "no Bantin backup does.") % {"name": member.name})
                tar.extract(member, staging, filter="data")
    except tarfile.FilterError as error:
        raise BackupError(_("The archive names a file outside its own folders (%(error)s): it "
                            "is not a Bantin backup.") % {"error": error}) from error
    except (tarfile.TarError, EOFError, zlib.error, OSError) as error:
        raise BackupError(_("The archive is damaged or incomplete (%(error)s).")
                          % {"error": error}) from error
    manifest_path = Path(staging, manifest.NAME)
    if not manifest_path.is_file():
        raise BackupError(_("The archive has no manifest: it is incomplete, or not a Bantin "
                            "backup."))
    content = manifest.parse(manifest_path.read_bytes())
    _check_files(content, Path(staging))
    return content


def _check_files(content, staging):
    listed = {entry["path"]: entry for entry in content["files"]}
    present = {path.relative_to(staging).as_posix() for path in staging.rglob("*")
               if path.is_file()} - {manifest.NAME}
    unlisted, missing = sorted(present - set(listed)), sorted(set(listed) - present)
    if unlisted:
        raise BackupError(_("The archive holds %(name)s, which its manifest does not list: the "
                            "archive has been altered.") % {"name": unlisted[0]})
    if missing:
        raise BackupError(_("The archive lacks %(name)s, which its manifest lists: the archive "
                            "is incomplete.") % {"name": missing[0]})
    for name, entry in listed.items():
        if _checksum(staging / name) != (entry["size"], entry["sha256"]):
            raise BackupError(_("%(name)s does not match its checksum in the manifest: the "
                                "archive is damaged.") % {"name": name})


def _checksum(path):
    sha256, size = hashlib.sha256(), 0
    with open(path, "rb") as file:
        while chunk := file.read(CHUNK):
            sha256.update(chunk)
            size += len(chunk)
    return size, sha256.hexdigest()
