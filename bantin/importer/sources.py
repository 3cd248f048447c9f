"""The pages given to the importer: files, folders of them (walked in name order) and zip files,
each read as one Source with its bytes, or as the reason it cannot be read."""

import zipfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

PAGE_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml", ".txt", ".asp", ".aspx", ".php")


@dataclass
class Source:
    name: str  # the path, or "archive.zip:member"
    data: bytes = b""
    error: str = ""  # why it could not be read


def _too_big(size):
    limit = settings.IMPORT_MAX_BYTES
    if size > limit:
        return (f"tệp quá lớn ({size / 1_000_000:.1f} MB; tối đa "
                f"{limit / 1_000_000:.1f} MB)")
    return ""


def _file(path, read):
    try:
        size = path.stat().st_size
        if error := _too_big(size):
            return Source(str(path), error=error)
        return Source(str(path), path.read_bytes() if read else b"")
    except OSError as error:
        return Source(str(path), error=f"không đọc được tệp ({error.strerror})")


def _archive(path, read):
    try:
        with zipfile.ZipFile(path) as archive:
            members = sorted((m for m in archive.infolist() if not m.is_dir()
                              and m.filename.lower().endswith(PAGE_SUFFIXES)),
                             key=lambda m: m.filename)
            for member in members:
                name = f"{path}:{member.filename}"
                if error := _too_big(member.file_size):
                    yield Source(name, error=error)
                    continue
                if not read:
                    yield Source(name)
                    continue
                try:
                    with archive.open(member) as stream:
                        # The size in the header may lie (a zip bomb): read one byte more.
                        data = stream.read(settings.IMPORT_MAX_BYTES + 1)
                except (zipfile.BadZipFile, RuntimeError, NotImplementedError, OSError) as error:
                    yield Source(name, error=f"không giải nén được ({error})")
                    continue
                error = _too_big(len(data))
                yield Source(name, b"" if error else data, error)
    except (zipfile.BadZipFile, OSError) as error:
        yield Source(str(path), error=f"tệp zip hỏng ({error})")


def walk(paths, *, read=True):
    """Yield a Source for every page under `paths`, with its bytes if `read`."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() == ".zip":
                    yield from _archive(child, read)
                elif child.suffix.lower() in PAGE_SUFFIXES:
                    yield _file(child, read)
        elif path.suffix.lower() == ".zip" and path.is_file():
            yield from _archive(path, read)
        elif path.exists():
            yield _file(path, read)
        else:
            yield Source(str(path), error="không có tệp hay thư mục này")
