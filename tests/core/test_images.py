"""Pictures are stored decoded and encoded again, whatever way they come in (the admin's multiple
upload, its chooser, code); a file that holds web page code or a script, is no picture, is too
large or has too many pixels is refused in Vietnamese and leaves nothing on disk."""

import hashlib
import io
import re

import pytest
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from PIL.PngImagePlugin import PngInfo
from wagtail.models import Collection, UploadedFile

from bantin.core.images import image_clean
from bantin.core.models import PortalImage
from bantin.newsroom import roles
from tests.conftest import signed_in
from tests.core.files import (
    PASSWD,
    PHP,
    SCRIPT,
    SVG,
    files_under,
    phone_photo,
    picture_bytes,
    png_header,
    post_form,
)
from tests.newsroom.conftest import make_staff

MARKUP = "chứa mã trang web hoặc mã lệnh"
NOT_A_PICTURE = "không phải là ảnh JPEG, PNG, GIF hoặc WebP"
TOO_LARGE = "Tệp quá lớn"
TOO_MANY_PIXELS = "quá nhiều điểm ảnh"


def assert_only_pixels_left(stored, upload):
    """The stored picture differs from the upload and keeps none of its metadata or payload."""
    assert stored != upload
    for leftover in (b"Exif", b"CameraMakerX", b"21.028511", b"ghi chu bi mat", b"PK\x03\x04",
                     b"readme.txt", b"<script", b"alert("):
        assert leftover not in stored, leftover
    picture = Image.open(io.BytesIO(stored))
    assert not {"exif", "icc_profile", "comment", "xmp"} & set(picture.info)
    assert not picture.getexif()
    return picture


# The cleaning itself


def test_a_photo_keeps_its_pixels_upright_and_nothing_else():
    upload = phone_photo()
    clean = image_clean(SimpleUploadedFile("Ảnh Hội nghị.JPEG", upload))
    picture = assert_only_pixels_left(clean.read(), upload)
    assert (picture.format, picture.size, clean.name) == ("JPEG", (48, 64), "anh-hoi-nghi.jpg")
    red, green, blue = picture.getpixel((24, 32))
    assert red > 140 and green < 50 and blue < 60  # still the red it was


def test_a_gif_that_is_also_a_script_loses_the_script():
    # 10799 pixels wide: the width's bytes read "/*", which opens a comment that the script
    # appended after the picture closes (a GIF/JavaScript polyglot).
    upload = picture_bytes("GIF", size=(10799, 1), mode="P", color=3) + b"*/=alert(1);"
    assert upload.startswith(b"GIF89a/*") or upload.startswith(b"GIF87a/*")
    stored = image_clean(SimpleUploadedFile("anh.gif", upload)).read()
    assert b"alert(" not in stored and stored.endswith(b";")  # the GIF trailer, nothing after


def test_an_animated_gif_keeps_its_frames_and_timing_without_its_comment():
    frames = [Image.new("RGB", (40, 30), color) for color in ("red", "green", "blue")]
    buffer = io.BytesIO()
    frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:], duration=[50, 60, 70],
                   loop=0, comment=b"ghi chu bi mat")
    picture = Image.open(image_clean(SimpleUploadedFile("dong.gif", buffer.getvalue())))
    assert "comment" not in picture.info and picture.info["loop"] == 0
    seen = []
    for index in range(picture.n_frames):
        picture.seek(index)
        seen.append((picture.convert("RGB").getpixel((5, 5)), picture.info["duration"]))
    assert seen == [((255, 0, 0), 50), ((0, 128, 0), 60), ((0, 0, 255), 70)]


def test_a_png_keeps_its_transparency_and_loses_its_text():
    text = PngInfo()
    text.add_text("Comment", "ghi chu bi mat")
    upload = picture_bytes("PNG", size=(20, 20), mode="RGBA", color=(200, 10, 10, 90),
                           pnginfo=text)
    stored = image_clean(SimpleUploadedFile("nen.png", upload)).read()
    picture = Image.open(io.BytesIO(stored))
    assert b"ghi chu" not in stored and picture.getpixel((3, 3)) == (200, 10, 10, 90)


@pytest.mark.parametrize("name, upload, message", [
    ("anh.gif", picture_bytes("GIF") + SCRIPT, MARKUP),
    ("anh.jpg", picture_bytes() + b"\n" + PHP, MARKUP),
    ("ve.svg", SVG, MARKUP),
    ("trang.jpg", b"<p>Trang web</p>", NOT_A_PICTURE),
    ("script.php.jpg", b"echo hello | sh", NOT_A_PICTURE),
    ("passwd.jpg", PASSWD, NOT_A_PICTURE),
    ("cat-ngang.jpg", picture_bytes()[:300], NOT_A_PICTURE),
    ("anh.bmp", picture_bytes("BMP"), NOT_A_PICTURE),
    ("bom.png", png_header(30000, 30000), TOO_MANY_PIXELS),
    ("lon.png", png_header(7000, 7000), TOO_MANY_PIXELS),
])
def test_what_is_no_clean_picture_is_refused_in_vietnamese(name, upload, message):
    with pytest.raises(ValidationError) as refused:
        image_clean(SimpleUploadedFile(name, upload))
    assert message in refused.value.messages[0]


def test_a_picture_over_the_size_limit_is_refused(settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 500
    with pytest.raises(ValidationError) as refused:
        image_clean(SimpleUploadedFile("anh.jpg", picture_bytes(size=(200, 200))))
    assert TOO_LARGE in refused.value.messages[0]


# Pictures given in code


def test_a_picture_saved_in_code_is_cleaned_and_described_by_what_is_stored(db):
    upload = phone_photo()
    image = PortalImage(title="Ảnh", description="Hội nghị", file=ImageFile(
        io.BytesIO(upload), name="../../anh hoi nghi.jpg"),
        collection=Collection.get_first_root_node())
    image.save()
    image = PortalImage.objects.get(pk=image.pk)
    stored = image.file.read()
    assert_only_pixels_left(stored, upload)
    assert image.file.name.startswith("original_images/anh-hoi-nghi")
    assert (image.width, image.height, image.file_size) == (48, 64, len(stored))
    assert image.file_hash == hashlib.sha1(stored).hexdigest()


def test_a_code_path_cannot_store_a_polyglot(db):
    before = files_under()
    with pytest.raises(ValidationError):
        PortalImage(title="x", description="x", collection=Collection.get_first_root_node(),
                    file=ImageFile(io.BytesIO(picture_bytes("GIF") + SCRIPT), name="x.gif")
                    ).save()
    assert not PortalImage.objects.exists() and files_under() == before


# Through the admin


@pytest.fixture
def editor(portal):
    return signed_in(make_staff("btv-anh", roles.EDITOR, portal["sections"]["local"]))


def multiple_upload(client, name, data):
    return post_form(client, reverse("wagtailimages:add_multiple"),
                     {"title": name, "collection": Collection.get_first_root_node().pk},
                     {"files[]": (name, data)}).json()


def test_the_multiple_upload_stores_a_photo_cleaned_until_and_after_it_is_described(editor):
    upload = phone_photo()
    answer = multiple_upload(editor, "../../IMG_0412.JPG", upload)
    assert answer["success"], answer
    # The picture waits for its required description, already cleaned, under a safe name.
    staged = UploadedFile.objects.get(pk=answer["uploaded_file_id"])
    assert re.fullmatch(r"wagtail_uploads/img_0412(_\w+)?\.jpg", staged.file.name)
    assert_only_pixels_left(staged.file.read(), upload)
    staged_path = staged.file.path
    prefix = f"uploaded-image-{staged.pk}"
    described = editor.post(
        reverse("wagtailimages:create_multiple_from_uploaded_image", args=[staged.pk]),
        {f"{prefix}-title": "Hội nghị", f"{prefix}-description": "Toàn cảnh hội nghị",
         f"{prefix}-collection": Collection.get_first_root_node().pk, f"{prefix}-tags": ""},
    ).json()
    assert described["success"], described
    image = PortalImage.objects.get()
    stored = image.file.read()
    assert_only_pixels_left(stored, upload)
    assert image.file.name.startswith("original_images/img_0412")
    assert (image.width, image.height, image.file_size) == (48, 64, len(stored))
    assert not UploadedFile.objects.exists() and staged_path not in map(str, files_under())


@pytest.mark.parametrize("name, upload, message", [
    ("anh.gif", picture_bytes("GIF") + SCRIPT, MARKUP),
    ("anh\x00.php.jpg", picture_bytes() + PHP, MARKUP),
    ("script.php.jpg", PHP, NOT_A_PICTURE),
    ("../../etc/passwd.jpg", PASSWD, NOT_A_PICTURE),
    ("..\\..\\trang.jpg", b"<html><body>" + SCRIPT, NOT_A_PICTURE),
    ("ve.svg", SVG, "SVG"),
    ("bom.png", png_header(30000, 30000), TOO_MANY_PIXELS),
])
def test_the_multiple_upload_refuses_and_keeps_nothing(editor, name, upload, message):
    before = files_under()
    answer = multiple_upload(editor, name, upload)
    assert answer["success"] is False and message in answer["error_message"], answer
    assert not PortalImage.objects.exists() and not UploadedFile.objects.exists()
    assert files_under() == before


def test_the_multiple_upload_refuses_an_oversized_picture(editor, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 500
    before = files_under()
    answer = multiple_upload(editor, "lon.jpg", picture_bytes(size=(200, 200)))
    assert answer["success"] is False and TOO_LARGE in answer["error_message"]
    assert not UploadedFile.objects.exists() and files_under() == before


def chooser_upload(client, name, data):
    prefix = "image-chooser-upload"
    return post_form(client, reverse("wagtailimages_chooser:create"), {
        f"{prefix}-title": "Ảnh bài viết", f"{prefix}-description": "Lễ ra quân",
        f"{prefix}-collection": Collection.get_first_root_node().pk, f"{prefix}-tags": "",
    }, {f"{prefix}-file": (name, data)}).json()


def test_the_chooser_stores_a_photo_cleaned(editor):
    upload = phone_photo()
    answer = chooser_upload(editor, "Lễ ra quân.jpg", upload)
    assert answer["step"] == "chosen", answer
    image = PortalImage.objects.get()
    assert_only_pixels_left(image.file.read(), upload)
    assert image.file.name.startswith("original_images/le-ra-quan")


def test_the_chooser_refuses_a_polyglot_with_its_reason_and_keeps_nothing(editor):
    before = files_under()
    answer = chooser_upload(editor, "anh.gif", picture_bytes("GIF") + SCRIPT)
    assert answer["step"] == "reshow_creation_form" and MARKUP in answer["htmlFragment"]
    assert not PortalImage.objects.exists() and files_under() == before
