"""Pictures are decoded and encoded again before they are stored (#10): what is kept is their
pixels, in their own format, and nothing else of the upload: no metadata (place, camera,
comments), no colour profile (the pixels are converted to sRGB), no data appended after the
picture. A file holding web page code or a script, or not a JPEG, PNG, GIF or WebP picture,
or with more pixels than WAGTAILIMAGES_MAX_IMAGE_PIXELS, is refused."""

import io
import struct
import warnings
import zlib

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from PIL import Image, ImageCms, ImageOps, ImageSequence

from bantin.core import uploads

# The format each decoded picture is written in (a phone's MPO is a JPEG with extra pictures),
# and the extension that goes with it.
FORMATS = {"JPEG": "JPEG", "MPO": "JPEG", "PNG": "PNG", "GIF": "GIF", "WEBP": "WEBP"}
EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp"}
# What Pillow raises on a file that is not a picture, or a damaged one.
UNREADABLE = (OSError, SyntaxError, ValueError, EOFError, IndexError, struct.error, zlib.error)
SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
# Wagtail's image field fills in its own message with the same name (core/forms.py).
TOO_MANY_PIXELS = gettext_lazy("This picture has too many pixels; the largest allowed is "
                               "%(max_pixels_count)s pixels.")
NOT_A_PICTURE = gettext_lazy("This file is not a JPEG, PNG, GIF or WebP picture, or it is "
                             "damaged. SVG drawings, web pages and scripts cannot be uploaded "
                             "as pictures.")
# A name whose extension is not one of WAGTAILIMAGES_EXTENSIONS.
ONLY_PICTURES = gettext_lazy("Only JPEG, PNG, GIF and WebP pictures can be uploaded; SVG "
                             "drawings, web pages and scripts cannot.")


class CleanImage(ContentFile):
    """The bytes of a picture encoded here, under a safe name."""


def _too_many_pixels():
    return ValidationError(
        TOO_MANY_PIXELS % {"max_pixels_count": settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS},
        code="pixels")


def image_clean(file):
    """Return the picture in `file` decoded and encoded again, as a CleanImage named after
    `file`, or raise ValidationError saying why it is refused."""
    uploads.refuse_too_large(file.size, settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE)
    file.seek(0)
    data = file.read()
    file.seek(0)
    if uploads.contains_markup(data):
        raise ValidationError(
            _("This picture also holds web page code or a script, and is refused. Open it in "
              "an image editor, save it again and upload that copy."), code="markup")
    try:
        # Pillow warns of a decompression bomb beyond its own limit; here that is a refusal.
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as source:
                kind = FORMATS.get(source.format)
                if kind is None:
                    raise ValidationError(NOT_A_PICTURE, code="format")
                width, height = source.size
                if width * height * getattr(source, "n_frames", 1) > \
                        settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS:
                    raise _too_many_pixels()
                frames, options = _decoded(source, kind)
    except (Image.DecompressionBombWarning, Image.DecompressionBombError):
        raise _too_many_pixels() from None
    except UNREADABLE:
        raise ValidationError(NOT_A_PICTURE, code="unreadable") from None
    first, *others = frames
    output = io.BytesIO()
    if others:
        options.update(save_all=True, append_images=others)
    first.save(output, format=kind, **options)
    name = uploads.safe_filename(file.name or "", default="anh", extension=EXTENSIONS[kind])
    return CleanImage(output.getvalue(), name=name)


def _decoded(source, kind):
    """Return the frames of `source` as new pictures holding pixels only (upright, in sRGB),
    and the options to encode them with."""
    profile = source.info.get("icc_profile")
    if kind == "JPEG":
        # A JPEG keeps its first picture only; the camera's orientation is applied to pixels.
        frames, options = [ImageOps.exif_transpose(source)], {"quality": 90}
    else:
        frames, durations = [], []
        for frame in ImageSequence.Iterator(source):
            frames.append(frame.copy())
            durations.append(frame.info.get("duration", 100))
        options = {"quality": 90} if kind == "WEBP" else {}
        if len(frames) > 1:
            options["duration"] = durations
            if "loop" in source.info:  # without it, a GIF plays once
                options["loop"] = source.info["loop"]
            if kind == "GIF":  # each frame is whole, so each replaces the one before
                options["disposal"] = 2
    pictures = []
    for frame in frames:
        picture = _in_srgb(frame, profile)
        transparency = picture.info.get("transparency")
        picture.info = {} if transparency is None else {"transparency": transparency}
        if kind == "JPEG" and picture.mode not in ("L", "RGB"):
            picture = picture.convert("RGB")
        pictures.append(picture)
    return pictures, options


def _in_srgb(picture, profile):
    """Return `picture` converted from its colour profile to sRGB, if it has one it can use."""
    if not profile or picture.mode not in ("RGB", "RGBA", "CMYK"):
        return picture
    try:
        return ImageCms.profileToProfile(picture, ImageCms.ImageCmsProfile(io.BytesIO(profile)),
                                         SRGB, outputMode="RGBA" if picture.mode == "RGBA"
                                         else "RGB")
    except (ImageCms.PyCMSError, OSError, ValueError):
        return picture  # a broken profile: the pixels as they are
