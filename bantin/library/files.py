"""What a document's file may be, and where the register keeps it.

A file is accepted only if its extension is allowed (LIBRARY_ATTACHMENT_EXTENSIONS), its
content is what the extension says, its first bytes hold no web page code, and it is not larger
than LIBRARY_MAX_UPLOAD_BYTES: a script renamed "x.pdf" is refused before anything is written to
storage. The register's attachments and Wagtail's documents (forms.py) pass the same checks.
"""

import uuid
import zipfile
import zlib
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.utils.translation import gettext as _

from bantin.core import uploads

ZIP = b"PK\x03\x04"  # every Office Open XML and OpenDocument file is a ZIP archive
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the compound file of Word and Excel 97-2003
# What a browser's content sniffing reads of a file: where web page code must not be.
HEAD_BYTES = 4096
# What a ZIP archive may be unpacked to when its content types are read (a ZIP bomb is not).
LARGEST_ENTRY = 1024 * 1024
# The main part of each Office Open XML document, as its [Content_Types].xml declares it; the
# macro-enabled kinds (.docm, .xlsm renamed .docx, .xlsx) declare another one.
OOXML_MAIN = {
    "docx": b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "xlsx": b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
}
# An OpenDocument file opens with an uncompressed "mimetype" entry naming its kind.
ODF_MIMETYPES = {"odt": b"application/vnd.oasis.opendocument.text",
                 "ods": b"application/vnd.oasis.opendocument.spreadsheet"}
ZIP_ERRORS = (zipfile.BadZipFile, KeyError, OSError, RuntimeError, EOFError, zlib.error,
              NotImplementedError)  # RuntimeError: encrypted; NotImplementedError: unknown method


def _starts_with(signature):
    return lambda file: file.read(len(signature)) == signature


def _zip_entry(name, accept):
    """A check that the file is a ZIP archive whose entry `name` passes
    `accept(info, read)` (`read()` returns the entry's bytes)."""
    def check(file):
        if file.read(len(ZIP)) != ZIP:
            return False
        file.seek(0)
        try:
            with zipfile.ZipFile(file) as archive:
                info = archive.getinfo(name)
                return accept(info, lambda: archive.read(info))
        except ZIP_ERRORS:
            return False
    return check


def _ooxml(extension):
    return _zip_entry("[Content_Types].xml", lambda info, read: (
        info.file_size <= LARGEST_ENTRY and OOXML_MAIN[extension] in read()))


def _opendocument(extension):
    return _zip_entry("mimetype", lambda info, read: (
        info.compress_type == zipfile.ZIP_STORED and info.file_size <= 100
        and read() == ODF_MIMETYPES[extension]))


# Each allowed extension needs a check of its content here.
CONTENT_CHECKS = {
    "pdf": _starts_with(b"%PDF-"),
    "doc": _starts_with(OLE2),
    "xls": _starts_with(OLE2),
    "docx": _ooxml("docx"),
    "xlsx": _ooxml("xlsx"),
    "odt": _opendocument("odt"),
    "ods": _opendocument("ods"),
}


def extension_of(name):
    return PurePath(name).suffix.lower().lstrip(".")


def document_validate(file):
    """Raise ValidationError unless the uploaded `file` is an allowed, genuine and small enough
    document."""
    allowed = [name for name in settings.LIBRARY_ATTACHMENT_EXTENSIONS if name in CONTENT_CHECKS]
    extension = extension_of(file.name)
    if extension not in allowed:
        raise ValidationError(
            _("Files of this type cannot be attached. Allowed types: %(types)s.")
            % {"types": ", ".join(allowed)}, code="extension")
    uploads.refuse_too_large(file.size, settings.LIBRARY_MAX_UPLOAD_BYTES)
    file.seek(0)
    head = file.read(HEAD_BYTES)
    file.seek(0)
    genuine = CONTENT_CHECKS[extension](file)
    file.seek(0)
    if not genuine:
        raise ValidationError(
            _("The content of this file is not a %(type)s document: it may be damaged, or "
              "another kind of file renamed.") % {"type": extension.upper()}, code="content")
    if uploads.contains_markup(head):
        raise ValidationError(
            _("This file holds web page code or a script at its start, which no %(type)s "
              "document does: it is refused.") % {"type": extension.upper()}, code="markup")


def attachment_validate(value):
    """Validate a newly uploaded attachment; a file already stored was checked when it was
    uploaded."""
    if not getattr(value, "_committed", True):  # FieldFile: False until a new upload is saved
        document_validate(value)


def attachments_storage():
    """Where the register's files are kept: never served as they are (a restricted document's
    files must not be reachable by their address)."""
    return FileSystemStorage(location=settings.LIBRARY_FILES_ROOT)


def attachment_path(instance, filename):
    """Store each file under a random folder, so that its address cannot be guessed."""
    return f"van-ban/{uuid.uuid4().hex}/{uploads.safe_filename(filename, default='van-ban')}"
