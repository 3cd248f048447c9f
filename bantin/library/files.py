"""What a document's attached file may be, and where it is stored.

An upload is accepted only if its extension is allowed (LIBRARY_ATTACHMENT_EXTENSIONS), its
content is what the extension says, and it is not larger than LIBRARY_MAX_UPLOAD_BYTES: a
script renamed "x.pdf" is refused before anything is written to storage.
"""

import uuid
import zipfile
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from bantin.core.text import slugify_vi

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the compound file of Word 97-2003 (.doc)
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"


def _is_docx(file):
    try:
        with zipfile.ZipFile(file) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


def _is_odt(file):
    # An OpenDocument file holds an uncompressed "mimetype" entry naming its kind.
    try:
        with zipfile.ZipFile(file) as archive:
            info = archive.getinfo("mimetype")
            return (info.compress_type == zipfile.ZIP_STORED and info.file_size <= 100
                    and archive.read(info) == ODT_MIMETYPE)
    except (zipfile.BadZipFile, KeyError, OSError, RuntimeError):  # RuntimeError: encrypted
        return False


def _starts_with(signature):
    return lambda file: file.read(len(signature)) == signature


# Each allowed extension needs a check of its content here.
CONTENT_CHECKS = {
    "pdf": _starts_with(b"%PDF-"),
    "doc": _starts_with(OLE2),
    "docx": _is_docx,
    "odt": _is_odt,
}


def extension_of(name):
    return PurePath(name).suffix.lower().lstrip(".")


def attachment_validate(value):
    """Raise ValidationError unless the newly uploaded `value` is an allowed, genuine and
    small enough file; a file already stored was checked when it was uploaded."""
    if getattr(value, "_committed", True):  # FieldFile: False until a new upload is saved
        return
    allowed = [name for name in settings.LIBRARY_ATTACHMENT_EXTENSIONS if name in CONTENT_CHECKS]
    extension = extension_of(value.name)
    if extension not in allowed:
        raise ValidationError(
            _("Files of this type cannot be attached. Allowed types: %(types)s.")
            % {"types": ", ".join(allowed)}, code="extension")
    if value.size > settings.LIBRARY_MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("The file is too large (%(size)s); the largest allowed is %(limit)s.")
            % {"size": filesizeformat(value.size),
               "limit": filesizeformat(settings.LIBRARY_MAX_UPLOAD_BYTES)}, code="size")
    value.seek(0)
    genuine = CONTENT_CHECKS[extension](value)
    value.seek(0)
    if not genuine:
        raise ValidationError(
            _("The content of this file is not a %(type)s document: it may be damaged, or "
              "another kind of file renamed.") % {"type": extension.upper()}, code="content")


def attachments_storage():
    """Where the register's files are kept: never served as they are (a restricted document's
    files must not be reachable by their address)."""
    return FileSystemStorage(location=settings.LIBRARY_FILES_ROOT)


def attachment_path(instance, filename):
    """Store each file under a random folder, so that its address cannot be guessed."""
    stem = slugify_vi(PurePath(filename).stem) or "van-ban"
    return f"van-ban/{uuid.uuid4().hex}/{stem}.{extension_of(filename)}"
