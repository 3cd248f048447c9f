"""A document's file is accepted only as one of the formats an agency publishes, checked by its
content as well as its name: a script renamed, a file that is also a web page, a macro document
in disguise, an oversized or unsafe-named file is refused in Vietnamese and nothing is stored;
downloads are attachments the browser may not sniff."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from bantin.library.demo import pdf_bytes
from bantin.library.files import document_validate
from bantin.library.models import Document, DocumentAttachment
from bantin.newsroom import roles
from tests.conftest import signed_in
from tests.core.files import PASSWD, SCRIPT, SHELL, files_under, post_form
from tests.library.test_register import attach, document_form, make_document
from tests.newsroom.conftest import make_staff

PDF = pdf_bytes(["Bao cao so 15-BC/TU", "Toan van"])
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
EXCEL = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
WORD_MACROS = "application/vnd.ms-word.document.macroEnabled.main+xml"

NOT_GENUINE = "không phải là văn bản"
MARKUP = "chứa mã trang web hoặc mã lệnh"
NOT_ALLOWED = "Không được đính kèm tệp loại này"
TOO_LARGE = "Tệp quá lớn"


def zipped(*entries, compression=zipfile.ZIP_DEFLATED):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in entries:
            archive.writestr(zipfile.ZipInfo(name) if name == "mimetype" else name, data)
    return buffer.getvalue()


def office(main_type, part):
    types = (f'<?xml version="1.0"?><Types><Override PartName="/{part}" '
             f'ContentType="{main_type}"/></Types>')
    return zipped(("[Content_Types].xml", types), (part, "<document/>"))


def opendocument(mimetype):
    return zipped(("mimetype", mimetype), ("content.xml", "<office:document-content/>"))


GENUINE = {
    "pdf": PDF,
    "doc": OLE2,
    "xls": OLE2,
    "docx": office(WORD, "word/document.xml"),
    "xlsx": office(EXCEL, "xl/workbook.xml"),
    "odt": opendocument("application/vnd.oasis.opendocument.text"),
    "ods": opendocument("application/vnd.oasis.opendocument.spreadsheet"),
}


@pytest.mark.parametrize("extension", GENUINE)
def test_each_format_an_agency_publishes_is_accepted(extension):
    document_validate(SimpleUploadedFile(f"van-ban.{extension}", GENUINE[extension]))


@pytest.mark.parametrize("name, content, message", [
    ("bao-cao.pdf", b"<html><body>" + SCRIPT + b"\n" + PDF, NOT_GENUINE),  # a page, then a PDF
    ("bao-cao.pdf", b"%PDF-1.4\n%<html><body>" + SCRIPT + b"\n" + PDF[9:], MARKUP),
    ("chay.pdf", SHELL, NOT_GENUINE),
    ("passwd.pdf", PASSWD, NOT_GENUINE),
    ("van-ban.docx", office(WORD_MACROS, "word/document.xml"), NOT_GENUINE),
    ("van-ban.docx", office(EXCEL, "xl/workbook.xml"), NOT_GENUINE),
    ("bang.xlsx", office(WORD, "word/document.xml"), NOT_GENUINE),
    ("bang.ods", GENUINE["odt"], NOT_GENUINE),
    ("van-ban.docx", b"<html>" + GENUINE["docx"], NOT_GENUINE),  # a ZIP is read from its end
    ("van-ban.docx", zipped(("[Content_Types].xml", " " * 2_000_000 + WORD)), NOT_GENUINE),
    ("van-ban.xls", SCRIPT, NOT_GENUINE),
    ("van-ban.zip", zipped(("a.txt", "x")), NOT_ALLOWED),
    ("trang.html", SCRIPT, NOT_ALLOWED),
    ("ve.svg", b"<svg onload=alert(1)/>", NOT_ALLOWED),
    ("toan-van.pdf.php", PDF, NOT_ALLOWED),
])
def test_a_file_that_is_not_what_it_says_is_refused_in_vietnamese(name, content, message):
    with pytest.raises(ValidationError) as refused:
        document_validate(SimpleUploadedFile(name, content))
    assert message in refused.value.messages[0]


def test_the_size_limit_comes_from_settings(settings):
    settings.LIBRARY_MAX_UPLOAD_BYTES = len(PDF)
    document_validate(SimpleUploadedFile("toan-van.pdf", PDF))
    with pytest.raises(ValidationError) as refused:
        document_validate(SimpleUploadedFile("toan-van.pdf", PDF + b" "))
    assert TOO_LARGE in refused.value.messages[0]


def test_a_spreadsheet_is_attached_to_the_register_under_a_safe_name(portal):
    attachment = attach(make_document(portal["site"]), GENUINE["xlsx"], "../Bảng số liệu.xlsx")
    assert attachment.file.name.endswith("/bang-so-lieu.xlsx")
    assert (attachment.extension, attachment.size) == ("xlsx", len(GENUINE["xlsx"]))


# The register's admin


@pytest.fixture
def board(portal):
    return signed_in(make_staff("bbt-tep", roles.BOARD, portal["home"]))


def add_document(client, site, name, content):
    fields = document_form(site, **{"attachments-TOTAL_FORMS": "1", "attachments-0-ORDER": "1",
                                    "attachments-0-title": "Toàn văn", "attachments-0-id": ""})
    return post_form(client, reverse("wagtailsnippets_library_document:add"), fields,
                     {"attachments-0-file": (name, content)})


@pytest.mark.parametrize("name, content, message", [
    ("bao-cao.pdf", b"%PDF-1.4\n%<html><body>" + SCRIPT + b"\n" + PDF[9:], MARKUP),
    ("chay.sh.pdf", SHELL, NOT_GENUINE),
    ("../../etc/passwd.pdf", PASSWD, NOT_GENUINE),
    ("toan-van.pdf\x00.php", PDF, NOT_ALLOWED),
    ("..\\..\\..\\etc\\cron.d\\x.sh", SHELL, NOT_ALLOWED),
])
def test_the_register_refuses_a_hostile_file_and_keeps_nothing(portal, board, name, content,
                                                                 message):
    before = files_under()
    response = add_document(board, portal["site"], name, content)
    assert response.status_code == 200 and message in response.content.decode()
    assert not Document.objects.exists() and not DocumentAttachment.objects.exists()
    assert files_under() == before


def test_the_register_refuses_an_oversized_file_and_keeps_nothing(portal, board, settings):
    settings.LIBRARY_MAX_UPLOAD_BYTES = 2000
    before = files_under()
    response = add_document(board, portal["site"], "toan-van.pdf", PDF + bytes(2000))
    assert response.status_code == 200 and TOO_LARGE in response.content.decode()
    assert not Document.objects.exists() and files_under() == before


def test_the_register_stores_a_genuine_file_from_a_strange_name_inside_its_folder(portal,
                                                                                   board):
    response = add_document(board, portal["site"], "..\\..\\Toàn văn\x07.pdf", PDF)
    assert response.status_code == 302, response.content.decode()[:2000]
    attachment = DocumentAttachment.objects.get()
    assert attachment.file.name.startswith("van-ban/") and attachment.file.name.endswith(
        "/toan-van.pdf")
    assert attachment.file.read() == PDF


def test_a_download_is_an_attachment_of_its_own_type_that_browsers_may_not_sniff(client,
                                                                                  portal):
    attachment = attach(make_document(portal["site"]), GENUINE["ods"], "so-lieu.ods")
    response = client.get(reverse("library_attachment", args=[attachment.pk]))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["Content-Type"] == "application/vnd.oasis.opendocument.spreadsheet"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"
