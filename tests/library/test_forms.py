"""Wagtail's documents, which editors link from articles, pass the register's checks on every
way in (the add form, the multiple upload, the chooser), are stored under a safe name and are
always sent as attachments that browsers may not sniff."""

import re

import pytest
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection

from bantin.newsroom import roles
from tests.conftest import signed_in
from tests.core.files import PASSWD, SCRIPT, SHELL, files_under, post_form
from tests.library.test_files import GENUINE, MARKUP, NOT_ALLOWED, NOT_GENUINE, PDF, TOO_LARGE
from tests.newsroom.conftest import make_staff

Document = get_document_model()


@pytest.fixture
def editor(portal):
    return signed_in(make_staff("btv-tai-lieu", roles.EDITOR, portal["sections"]["local"]))


def add(client, name, content):
    return post_form(client, reverse("wagtaildocs:add"), {
        "title": "Kế hoạch", "collection": Collection.get_first_root_node().pk, "tags": ""},
        {"file": (name, content)})


def add_multiple(client, name, content):
    return post_form(client, reverse("wagtaildocs:add_multiple"), {
        "title": name, "collection": Collection.get_first_root_node().pk},
        {"files[]": (name, content)}).json()


def choose_upload(client, name, content):
    prefix = "document-chooser-upload"
    return post_form(client, reverse("wagtaildocs_chooser:create"), {
        f"{prefix}-title": "Kế hoạch", f"{prefix}-collection":
        Collection.get_first_root_node().pk, f"{prefix}-tags": ""},
        {f"{prefix}-file": (name, content)}).json()


def test_a_genuine_document_is_stored_under_a_safe_name(editor):
    response = add(editor, "..\\Kế hoạch số 08-KH.PDF", PDF)
    assert response.status_code == 302, response.content.decode()[:2000]
    document = Document.objects.get()
    assert re.fullmatch(r"documents/ke-hoach-so-08-kh(_\w+)?\.pdf", document.file.name)
    assert document.file.read() == PDF


HOSTILE = [
    ("ke-hoach.pdf", b"%PDF-1.4\n%<html><body>" + SCRIPT + b"\n" + PDF[9:], MARKUP),
    ("../../etc/passwd.pdf", PASSWD, NOT_GENUINE),
    ("chay.pdf", SHELL, NOT_GENUINE),
    ("ke-hoach.pdf\x00.html", SCRIPT, NOT_ALLOWED),
    ("luu-tru.zip", b"PK\x03\x04", NOT_ALLOWED),
]


@pytest.mark.parametrize("name, content, message", HOSTILE)
def test_the_add_form_refuses_a_hostile_file_and_keeps_nothing(editor, name, content, message):
    before = files_under()
    response = add(editor, name, content)
    assert response.status_code == 200
    page = response.content.decode()
    assert message in page and "File extension" not in page  # one reason, in Vietnamese
    assert not Document.objects.exists() and files_under() == before


@pytest.mark.parametrize("name, content, message", HOSTILE)
def test_the_multiple_upload_refuses_a_hostile_file_and_keeps_nothing(editor, name, content,
                                                                      message):
    before = files_under()
    answer = add_multiple(editor, name, content)
    assert answer["success"] is False and message in answer["error_message"], answer
    assert not Document.objects.exists() and files_under() == before


def test_the_chooser_refuses_a_hostile_file_and_keeps_nothing(editor):
    before = files_under()
    answer = choose_upload(editor, "chay.pdf", SHELL)
    assert answer["step"] == "reshow_creation_form" and NOT_GENUINE in answer["htmlFragment"]
    assert not Document.objects.exists() and files_under() == before


def test_an_oversized_document_is_refused_before_anything_is_stored(editor, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = settings.LIBRARY_MAX_UPLOAD_BYTES = 2000
    before = files_under()
    answer = add_multiple(editor, "toan-van.pdf", PDF + bytes(2000))
    assert answer["success"] is False and TOO_LARGE in answer["error_message"], answer
    assert not Document.objects.exists() and files_under() == before


@pytest.mark.parametrize("extension, content_type", [
    ("pdf", "application/pdf"),
    ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ("xls", "application/vnd.ms-excel"),
    ("odt", "application/vnd.oasis.opendocument.text"),
])
def test_a_served_document_is_an_attachment_browsers_may_not_sniff(client, editor, extension,
                                                                   content_type):
    assert add_multiple(editor, f"bao-cao.{extension}", GENUINE[extension])["success"]
    document = Document.objects.get()
    response = client.get(reverse("wagtaildocs_serve", args=[document.pk, document.filename]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == GENUINE[extension]
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["Content-Type"] == content_type
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"].startswith("default-src 'none'")
