"""The folders of files an installation keeps beside its database, as a backup holds them.

Media on disk (MEDIA_ROOT), the register's files (LIBRARY_FILES_ROOT) and the importer's
originals (IMPORT_ORIGINALS_ROOT) go into the archive under files/<name>/. Media kept in an
S3-compatible bucket stays out of it: the bucket's own versioning or replication keeps it
(README, "Backup and restore"), and pulling every picture through the portal each night would
cost more than the database.
"""

import os
import shutil
from pathlib import Path, PurePosixPath

from django.conf import settings

# The setting naming each folder, by the name the archive gives it.
ROOTS = {"media": "MEDIA_ROOT", "documents": "LIBRARY_FILES_ROOT",
         "originals": "IMPORT_ORIGINALS_ROOT"}
PREFIX = "files"


def media_description():
    """Where this installation keeps its media, as the manifest records it."""
    if settings.MEDIA_S3_BUCKET:
        return {"storage": "s3", "bucket": settings.MEDIA_S3_BUCKET}
    return {"storage": "filesystem"}


def roots():
    """Return {name: folder} of the folders a backup holds in this installation."""
    folders = {name: Path(getattr(settings, setting)) for name, setting in ROOTS.items()
               if getattr(settings, setting, None)}
    if settings.MEDIA_S3_BUCKET:
        folders.pop("media", None)
    return folders


def listing():
    """Return [(name in the archive, path)] of every regular file in the folders, in order."""
    found = []
    for name, folder in roots().items():
        for directory, subdirectories, file_names in os.walk(folder):
            subdirectories.sort()
            for file_name in sorted(file_names):
                path = Path(directory, file_name)
                if path.is_file() and not path.is_symlink():
                    relative = path.relative_to(folder).as_posix()
                    found.append((f"{PREFIX}/{name}/{relative}", path))
    return found


def destination(archive_name):
    """Return where the file the archive names `archive_name` goes in this installation, or
    None if it names no folder this installation has."""
    parts = PurePosixPath(archive_name).parts
    folder = roots().get(parts[1]) if len(parts) > 2 and parts[0] == PREFIX else None
    return folder.joinpath(*parts[2:]) if folder else None


def place(source, target):
    """Put the file `source` at `target`, written beside it first and then renamed, so that
    `target` is never half-written."""
    target.parent.mkdir(parents=True, exist_ok=True)
    incoming = target.with_name(f".{target.name}.restoring")
    shutil.copyfile(source, incoming)
    os.replace(incoming, target)
