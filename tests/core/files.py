"""Files for the upload tests, made here: pictures, hostile files, and a form sent as a browser
sends it, with the file's name exactly as given (Django's test client keeps only its last part)."""

import io
import struct
import zipfile
import zlib
from pathlib import Path

from django.conf import settings
from PIL import Image, ImageCms

SCRIPT = b"<script>alert(document.cookie)</script>"
SVG = (b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">'
       b'<rect width="10" height="10"/></svg>')
PHP = b"<?php system($_GET['c']); ?>"
PASSWD = b"root:x:0:0:root:/root:/bin/bash\n"
SHELL = b"#!/bin/sh\nrm -rf / --no-preserve-root\n"


def picture_bytes(format="JPEG", size=(64, 48), mode="RGB", color="#a3121f", **options):
    buffer = io.BytesIO()
    Image.new(mode, size, color).save(buffer, format, **options)
    return buffer.getvalue()


def phone_photo():
    """A JPEG as a phone takes it: camera and place in its EXIF, turned by its orientation tag
    (shown 48 x 64), a comment, a colour profile; a ZIP archive appended after it."""
    exif = Image.Exif()
    exif[0x010F] = "CameraMakerX"
    exif[0x010E] = "GPS 21.028511N 105.854167E"
    exif[0x0112] = 6  # shown turned by 90 degrees
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    photo = picture_bytes(exif=exif.tobytes(), comment=b"ghi chu bi mat", icc_profile=profile)
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("readme.txt", "an archive hidden after the picture")
    return photo + archive.getvalue()


def png_header(width, height):
    """A PNG that says it is `width` x `height` pixels and holds none: a decompression bomb's
    header, which is all Pillow reads before refusing it."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IEND", b"")


def multipart(fields, files):
    """Return (body, content type) of a form with `fields` and `files` ({name: (file name,
    bytes)}), encoded as a browser would, the file names as they are."""
    boundary = "bantin-upload-boundary"
    lines = []
    for name, value in fields.items():
        lines += [f"--{boundary}".encode(),
                  f'Content-Disposition: form-data; name="{name}"'.encode(), b"",
                  str(value).encode()]
    for name, (filename, data) in files.items():
        lines += [f"--{boundary}".encode(),
                  f'Content-Disposition: form-data; name="{name}"; filename="{filename}"'
                  .encode(), b"Content-Type: application/octet-stream", b"", data]
    lines += [f"--{boundary}--".encode(), b""]
    return b"\r\n".join(lines), f"multipart/form-data; boundary={boundary}"


def post_form(client, url, fields, files, **extra):
    body, content_type = multipart(fields, files)
    return client.post(url, body, content_type=content_type, **extra)


def files_under(*roots):
    """Every file under the given folders (MEDIA_ROOT and LIBRARY_FILES_ROOT by default)."""
    roots = roots or (settings.MEDIA_ROOT, settings.LIBRARY_FILES_ROOT)
    return sorted(path for root in roots for path in Path(root).rglob("*") if path.is_file())
