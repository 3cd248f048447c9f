"""A staff member's profile picture (Account -> Profile picture) is stored decoded and encoded
again like every other picture: no GPS position, camera or data appended after it is kept, and
a file that holds web page code or a script, an SVG drawing or anything but a JPEG, PNG, GIF or
WebP picture is refused in Vietnamese and changes nothing."""

import io
import re

import pytest
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.urls import reverse
from PIL import ExifTags, Image
from wagtail.users.models import UserProfile

from bantin.newsroom import roles
from tests.conftest import signed_in
from tests.core.files import PHP, SCRIPT, SVG, files_under, picture_bytes, post_form
from tests.core.test_images import MARKUP, NOT_A_PICTURE, assert_only_pixels_left
from tests.newsroom.conftest import make_staff

ONLY_PICTURES = "Chỉ được tải lên ảnh JPEG, PNG, GIF và WebP"
LATITUDE = (21.0, 1.0, 42.6)


def photo_with_position(size=(64, 48)):
    """A JPEG as a phone takes it: where (GPS) and with what camera in its EXIF, turned by its
    orientation tag (shown turned by 90 degrees)."""
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "CameraMakerX"
    exif[ExifTags.Base.Orientation] = 6
    position = exif.get_ifd(ExifTags.IFD.GPSInfo)
    position[ExifTags.GPS.GPSLatitudeRef] = "N"
    position[ExifTags.GPS.GPSLatitude] = LATITUDE
    photo = picture_bytes(size=size, exif=exif.tobytes())
    assert Image.open(io.BytesIO(photo)).getexif().get_ifd(ExifTags.IFD.GPSInfo)
    return photo


@pytest.fixture
def staff_member(portal):
    member = make_staff("btv-chan-dung", roles.EDITOR, portal["sections"]["local"])
    member.last_name = "Nguyễn"  # the account form requires one
    member.save()
    return member


def account_settings(client):
    """What the account page's forms hold now, as the browser sends them back."""
    page = client.get(reverse("wagtailadmin_account"))
    assert page.status_code == 200
    fields = {}
    for panels in page.context["panels_by_tab"].values():
        for panel in panels:
            form = panel.get_form()
            for field in form:
                value = field.value()
                if field.name in ("avatar", "old_password", "new_password1", "new_password2") \
                        or value in (None, False):
                    continue
                fields[field.html_name] = "on" if value is True else value
    return fields


def upload_avatar(client, name, data):
    return post_form(client, reverse("wagtailadmin_account"), account_settings(client),
                     {"avatar-avatar": (name, data)})


def stored_avatar(user):
    avatar = UserProfile.get_for_user(user).avatar
    with avatar.open("rb"):
        return avatar.name, avatar.read()


def test_a_photo_keeps_its_pixels_upright_and_not_where_it_was_taken(staff_member):
    upload = photo_with_position()
    answer = upload_avatar(signed_in(staff_member), "../../IMG 0412.JPEG", upload)
    assert answer.status_code == 302, answer.content.decode()
    name, stored = stored_avatar(staff_member)
    assert re.fullmatch(r"avatar_images/avatar_[0-9a-f-]{36}_img-0412\.jpg", name), name
    picture = assert_only_pixels_left(stored, upload)
    assert (picture.format, picture.size) == ("JPEG", (48, 64))
    assert b"CameraMakerX" not in stored and not picture.getexif().get_ifd(
        ExifTags.IFD.GPSInfo)


def test_a_large_photo_is_cleaned_before_and_after_wagtail_shrinks_it(staff_member):
    upload = photo_with_position(size=(800, 600)) + b"PK\x03\x04readme.txt"
    answer = upload_avatar(signed_in(staff_member), "anh.jpg", upload)
    assert answer.status_code == 302, answer.content.decode()
    _, stored = stored_avatar(staff_member)
    picture = assert_only_pixels_left(stored, upload)
    assert (picture.format, picture.size) == ("JPEG", (300, 400))  # upright, then shrunk


@pytest.mark.parametrize("name, upload, message", [
    ("anh.jpg", picture_bytes() + SCRIPT, MARKUP),
    ("anh.gif", picture_bytes("GIF") + b"\n" + PHP, MARKUP),
    ("ve.svg", SVG, NOT_A_PICTURE),
    ("ve.jpg", SVG, NOT_A_PICTURE),
    ("trang.html", b"<html><body>" + SCRIPT, NOT_A_PICTURE),
    ("anh.bmp", picture_bytes("BMP"), ONLY_PICTURES),
    ("anh.tif", picture_bytes("TIFF"), ONLY_PICTURES),
    ("anh-bmp.jpg", picture_bytes("BMP"), NOT_A_PICTURE),
    ("anh.jpg.svg", picture_bytes(), ONLY_PICTURES),
])
def test_what_is_no_clean_picture_is_refused_and_changes_nothing(staff_member, name, upload,
                                                                 message):
    client = signed_in(staff_member)
    assert upload_avatar(client, "truoc.png", picture_bytes("PNG")).status_code == 302
    before_name, before = stored_avatar(staff_member)
    files = files_under()
    answer = upload_avatar(client, name, upload)
    assert answer.status_code == 200 and message in answer.content.decode()
    assert stored_avatar(staff_member) == (before_name, before)
    assert files_under() == files


def test_a_profile_picture_saved_in_code_is_cleaned_too(staff_member):
    profile = UserProfile.get_for_user(staff_member)
    upload = photo_with_position()
    profile.avatar = ImageFile(io.BytesIO(upload), name="../vi tri.jpg")
    profile.save()
    name, stored = stored_avatar(staff_member)
    assert name.endswith("_vi-tri.jpg")
    assert_only_pixels_left(stored, upload)
    profile.avatar = ImageFile(io.BytesIO(picture_bytes("GIF") + SCRIPT), name="x.gif")
    files = files_under()
    with pytest.raises(ValidationError):
        profile.save()
    assert files_under() == files
