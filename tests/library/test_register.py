"""The register of official documents: numbers checked and normalised, one number per year,
attached files checked before anything is stored, the public list, page and downloads of the
current site's public documents only, and the admin scoped to each person's sites."""

import io
import zipfile
from datetime import date
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from bantin.library.demo import pdf_bytes
from bantin.library.models import Document, DocumentAttachment
from bantin.newsroom import roles
from tests.conftest import signed_in
from tests.newsroom.conftest import make_staff

PDF = pdf_bytes(["Nghi quyet so 12-NQ/TU", "Toan van"])
OTHER_HOST = {"HTTP_HOST": "khoi.example.vn"}


def make_document(site, number="12-NQ/TU", issued_on=date(2023, 3, 15), **fields):
    document = Document(site=site, number=number, issued_on=issued_on, **{
        "kind": "Nghị quyết", "issuing_body": "Ban Chấp hành Đảng bộ tỉnh",
        "summary": "Về chuyển đổi số tỉnh đến năm 2030", **fields})
    document.full_clean()
    document.save()
    return document


def attach(document, content=PDF, name="toan-van.pdf"):
    attachment = DocumentAttachment(document=document, title="Toàn văn",
                                    file=SimpleUploadedFile(name, content))
    attachment.full_clean()
    attachment.save()
    return attachment


def stored_files():
    return sorted(path for path in (Path(settings.LIBRARY_FILES_ROOT) / "van-ban").rglob("*")
                  if path.is_file())


def zipped(**members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name.replace("__", "/"), data)
    return buffer.getvalue()


@pytest.fixture
def register(portal, other_portal):
    """The default site's register (one restricted, one replaced) and the other site's, which
    holds a number of the same year as one of the default site's."""
    site = portal["site"]
    conclusion = make_document(site, "27-KL/TU", date(2021, 5, 6), kind="Kết luận",
                               issuing_body="Ban Thường vụ Tỉnh ủy",
                               summary="Về học tập và làm theo tư tưởng Hồ Chí Minh",
                               field="propaganda")
    return {
        "resolution": make_document(site, field="economy"),
        "directive": make_document(site, "08-CT/TU", date(2024, 4, 2), kind="Chỉ thị",
                                   issuing_body="Ban Thường vụ Tỉnh ủy",
                                   summary="Về tăng cường công tác phát triển đảng viên",
                                   field="organisation"),
        "bloc": make_document(site, "50-NQ/ĐUK", date(2025, 6, 20),
                              issuing_body="Ban Chấp hành Đảng bộ Khối",
                              summary="Về nâng cao chất lượng sinh hoạt chi bộ"),
        "conclusion": conclusion,
        "replaced": make_document(site, "221-KL/TU", date(2019, 4, 22), kind="Kết luận",
                                  issuing_body="Ban Thường vụ Tỉnh ủy",
                                  summary="Về học tập và làm theo Bác giai đoạn 2019 - 2020",
                                  field="propaganda", signer="Lê Quang Thịnh, Bí thư Tỉnh ủy",
                                  effective_on=date(2019, 5, 1), status=Document.REPLACED,
                                  replaced_by=conclusion),
        "secret": make_document(site, "14-CT/TU", date(2024, 11, 5), kind="Chỉ thị",
                                summary="Về bảo vệ chính trị nội bộ", restricted=True),
        "elsewhere": make_document(other_portal["site"], summary="Nghị quyết riêng của Khối"),
    }


def main(response):
    page = response.content.decode()
    return page[page.index("<main"):page.index("</main>")]


def listed(client, **params):
    """The numbers the register's list shows for `params`, on the default site."""
    page = main(client.get("/van-ban/", params))
    return [document.number for document in Document.objects.all()
            if f">{document.number}</a>" in page and document.summary in page]


# Numbers


@pytest.mark.parametrize("typed, canonical, parts", [
    (" 50 - nq / ĐUK ", "50-NQ/ĐUK", (50, "NQ", "ĐUK", "party")),
    ("7-NQ/TU", "07-NQ/TU", (7, "NQ", "TU", "party")),
    ("959/qđ-UBND", "959/QĐ-UBND", (959, "QĐ", "UBND", "state")),
    ("42/2022/nđ-CP", "42/2022/NĐ-CP", (42, "NĐ", "CP", "normative")),
])
def test_the_number_is_checked_and_written_canonically_on_save(portal, typed, canonical,
                                                               parts):
    document = make_document(portal["site"], typed, date(2022, 6, 1))
    document.refresh_from_db()
    assert document.number == canonical
    assert (document.number_value, document.type, document.issuer, document.system) == parts
    assert document.year == 2022


def test_an_unreadable_number_is_refused_in_vietnamese(portal):
    with pytest.raises(ValidationError) as refused:
        make_document(portal["site"], "nghị quyết mới")
    assert "không phải là số, ký hiệu văn bản" in refused.value.message_dict["number"][0]
    assert not Document.objects.exists()


def test_a_normative_number_and_its_date_of_issue_agree_on_the_year(portal):
    with pytest.raises(ValidationError) as refused:
        make_document(portal["site"], "42/2022/NĐ-CP", date(2023, 1, 5))
    assert "ngày ban hành phải thuộc năm đó" in refused.value.message_dict["issued_on"][0]


def test_a_number_comes_back_in_another_year_but_never_twice_in_one(portal, other_portal):
    make_document(portal["site"], "12-NQ/TU", date(2023, 3, 15))
    with pytest.raises(ValidationError) as refused:
        make_document(portal["site"], "12-nq/tu", date(2023, 11, 2))
    assert "đã có văn bản mang số, ký hiệu này" in str(refused.value)
    make_document(portal["site"], "12-NQ/TU", date(2026, 1, 9))  # the next term's
    make_document(other_portal["site"], "12-NQ/TU", date(2023, 3, 15))  # another register
    assert Document.objects.filter(number="12-NQ/TU").count() == 3


def test_a_document_is_replaced_only_by_one_of_its_own_register(portal, other_portal):
    elsewhere = make_document(other_portal["site"])
    with pytest.raises(ValidationError) as refused:
        make_document(portal["site"], "221-KL/TU", date(2019, 4, 22),
                      status=Document.REPLACED, replaced_by=elsewhere)
    assert "cùng cổng" in refused.value.message_dict["replaced_by"][0]


# Attached files


@pytest.mark.parametrize("name, content", [
    ("toan-van.pdf", PDF),
    ("toan-van.docx", zipped(**{"[Content_Types].xml": (
        '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.'
        'openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        "word__document.xml": "<w/>"})),
    ("toan-van.odt", zipped(mimetype="application/vnd.oasis.opendocument.text",
                            **{"content.xml": "<office/>"})),
    ("toan-van.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)),
])
def test_a_genuine_file_is_stored_with_its_type_and_size(portal, name, content):
    attachment = attach(make_document(portal["site"]), content, name)
    assert attachment.file.name.startswith("van-ban/")
    assert (attachment.extension, attachment.size) == (name.rsplit(".", 1)[1], len(content))
    assert attachment.file.read() == content


@pytest.mark.parametrize("name, content, message", [
    ("x.pdf", b"<script>alert(1)</script>", "không phải là văn bản PDF"),
    ("x.docx", zipped(**{"word__styles.xml": "<w/>"}), "không phải là văn bản DOCX"),
    ("x.odt", zipped(mimetype="application/zip"), "không phải là văn bản ODT"),
    ("x.doc", b"MZ\x90\x00", "không phải là văn bản DOC"),
    ("x.exe", PDF, "Không được đính kèm tệp loại này"),
    ("x.pdf", PDF + bytes(2000), "Tệp quá lớn"),
])
def test_a_false_or_oversized_file_is_refused_and_nothing_is_stored(portal, settings, name,
                                                                    content, message):
    settings.LIBRARY_MAX_UPLOAD_BYTES = 2000
    before = stored_files()
    with pytest.raises(ValidationError) as refused:
        attach(make_document(portal["site"]), content, name)
    assert message in refused.value.message_dict["file"][0]
    assert not DocumentAttachment.objects.exists() and stored_files() == before


def test_removing_an_attachment_removes_its_file(portal, django_capture_on_commit_callbacks):
    attachment = attach(make_document(portal["site"]))
    path = Path(attachment.file.path)
    with django_capture_on_commit_callbacks(execute=True):
        attachment.document.delete()
    assert not path.exists()


def test_replacing_an_attachments_file_removes_the_old_one(portal,
                                                         django_capture_on_commit_callbacks):
    attachment = attach(make_document(portal["site"]))
    old = Path(attachment.file.path)
    attachment.file = SimpleUploadedFile("ban-sua.pdf", PDF)
    with django_capture_on_commit_callbacks(execute=True):
        attachment.save()
    assert not old.exists() and Path(attachment.file.path).exists()


# Public pages


def test_the_list_shows_this_sites_public_documents_newest_first(client, register):
    page = main(client.get("/van-ban/"))
    shown = ["50-NQ/ĐUK", "08-CT/TU", "12-NQ/TU", "27-KL/TU", "221-KL/TU"]
    assert [number for number in shown if number in page] == shown
    assert sorted(shown, key=page.index) == shown
    assert "14-CT/TU" not in page and "bảo vệ chính trị nội bộ" not in page
    assert register["elsewhere"].summary not in page


@pytest.mark.parametrize("params, numbers", [
    ({"loai": "Chỉ thị"}, ["08-CT/TU"]),
    ({"nam": "2023"}, ["12-NQ/TU"]),
    ({"linh_vuc": "organisation"}, ["08-CT/TU"]),
    ({"tinh_trang": "replaced"}, ["221-KL/TU"]),
    ({"co_quan": "Ban Thường vụ Tỉnh ủy", "nam": "2021"}, ["27-KL/TU"]),
    ({"nam": "năm ngoái"}, ["12-NQ/TU", "08-CT/TU", "50-NQ/ĐUK", "27-KL/TU", "221-KL/TU"]),
])
def test_the_list_is_filtered(client, register, params, numbers):
    assert sorted(listed(client, **params)) == sorted(numbers)


@pytest.mark.parametrize("query, numbers", [
    ("50-nq/duk", ["50-NQ/ĐUK"]),
    ("50/NQ-ĐUK", ["50-NQ/ĐUK"]),
    ("50 - NQ / ĐUK", ["50-NQ/ĐUK"]),
    ("12-nq/tu", ["12-NQ/TU"]),
    ("7-NQ/TU", []),
    ("14-CT/TU", []),
    ("phát triển đảng viên", ["08-CT/TU"]),
    ("hoc tap lam theo", ["27-KL/TU", "221-KL/TU"]),
    ("chinh tri noi bo", []),
])
def test_the_list_finds_a_number_however_typed_and_words_with_or_without_accents(
        client, register, query, numbers):
    assert sorted(listed(client, q=query)) == sorted(numbers)


def test_the_list_is_paginated(client, portal):
    for number in range(1, 24):
        make_document(portal["site"], f"{number}-TB/TU", summary=f"Thông báo số {number}")
    first, second = client.get("/van-ban/"), client.get("/van-ban/", {"trang": 2})
    assert "23 văn bản" in first.content.decode() and "trang=2" in first.content.decode()
    assert ">01-TB/TU</a>" in second.content.decode()


def test_the_document_page_shows_every_field_the_replacement_and_the_files(client, register):
    replaced = register["replaced"]
    attachment = attach(replaced)
    page = client.get(replaced.get_absolute_url()).content.decode()
    for text in ("Kết luận số 221-KL/TU", "Ban Thường vụ Tỉnh ủy", "22/04/2019", "01/05/2019",
                 "Về học tập và làm theo Bác giai đoạn 2019 - 2020", "Lê Quang Thịnh",
                 "Tuyên giáo, giáo dục chính trị", "Đã được thay thế",
                 register["conclusion"].get_absolute_url(),
                 reverse("library_attachment", args=[attachment.pk]), "PDF"):
        assert text in page, text
    later = client.get(register["conclusion"].get_absolute_url()).content.decode()
    assert "Thay thế văn bản" in later and replaced.get_absolute_url() in later


def test_a_document_page_redirects_to_its_own_address(client, register):
    document = register["resolution"]
    response = client.get(f"/van-ban/{document.pk}/sai-duong-dan/")
    assert response.status_code == 301 and response["Location"] == document.get_absolute_url()
    assert document.get_absolute_url() == f"/van-ban/{document.pk}/nghi-quyet-12-nq-tu/"


def test_a_restricted_document_is_never_shown(client, register):
    secret = register["secret"]
    attachment = attach(secret)
    assert client.get(secret.get_absolute_url()).status_code == 404
    assert client.get(reverse("library_attachment", args=[attachment.pk])).status_code == 404
    assert "14-CT/TU" not in client.get("/").content.decode()
    # Nor named as the replacement of a public one.
    public = make_document(secret.site, "03-CT/TU", date(2021, 2, 1), kind="Chỉ thị",
                           status=Document.REPLACED, replaced_by=secret)
    assert "14-CT/TU" not in client.get(public.get_absolute_url()).content.decode()


def test_another_sites_document_is_never_shown(client, register):
    elsewhere = register["elsewhere"]
    attachment = attach(elsewhere)
    download = reverse("library_attachment", args=[attachment.pk])
    assert client.get(elsewhere.get_absolute_url()).status_code == 404
    assert client.get(download).status_code == 404
    assert client.get(elsewhere.get_absolute_url(), **OTHER_HOST).status_code == 200
    assert client.get(download, **OTHER_HOST).status_code == 200


def test_a_file_is_downloaded_as_an_attachment(client, register):
    attachment = attach(register["resolution"])
    response = client.get(reverse("library_attachment", args=[attachment.pk]))
    assert response.status_code == 200 and b"".join(response.streaming_content) == PDF
    assert response["Content-Disposition"] == \
        'attachment; filename="12-nq-tu-toan-van.pdf"'


def test_the_sidebar_lists_this_sites_newest_public_documents(client, register):
    home = client.get("/").content.decode()
    block = home.split('id="van-ban-moi"')[1].split("</section>")[0]
    assert "50-NQ/ĐUK" in block and 'href="/van-ban/"' in block
    assert "14-CT/TU" not in block and register["elsewhere"].summary[:20] not in block
    other = client.get("/", **OTHER_HOST).content.decode()
    assert "Văn bản mới" in other and "50-NQ/ĐUK" not in other


# Admin


@pytest.fixture
def boards(portal, other_portal):
    return {"portal": make_staff("bbt-tinh", roles.BOARD, portal["home"]),
            "other": make_staff("bbt-khoi", roles.BOARD, other_portal["home"])}


def document_form(site, **fields):
    """The admin's "add document" form, as the board fills it."""
    return {
        "site": site.pk, "number": "35-nq/tu", "kind": "Nghị quyết",
        "issuing_body": "Ban Chấp hành Đảng bộ tỉnh", "issued_on": "2025-03-14",
        "effective_on": "", "signer": "", "summary": "Về công tác cán bộ cấp xã",
        "field": "organisation", "status": Document.IN_FORCE, "replaced_by": "",
        "attachments-TOTAL_FORMS": "0", "attachments-INITIAL_FORMS": "0",
        "attachments-MIN_NUM_FORMS": "0", "attachments-MAX_NUM_FORMS": "1000", **fields,
    }


def with_file(name, content):
    return {"attachments-TOTAL_FORMS": "1", "attachments-0-title": "Toàn văn",
            "attachments-0-file": SimpleUploadedFile(name, content),
            "attachments-0-ORDER": "1", "attachments-0-id": ""}


def test_the_board_adds_a_document_with_its_file(portal, boards):
    response = signed_in(boards["portal"]).post(
        reverse("wagtailsnippets_library_document:add"),
        document_form(portal["site"], **with_file("toan-van.pdf", PDF)))
    assert response.status_code == 302, response.content.decode()[:3000]
    document = Document.objects.get()
    assert document.number == "35-NQ/TU" and document.attachments.get().size == len(PDF)


def test_the_admin_refuses_a_false_file_and_stores_nothing(portal, boards):
    before = stored_files()
    response = signed_in(boards["portal"]).post(
        reverse("wagtailsnippets_library_document:add"),
        document_form(portal["site"], **with_file("x.pdf", b"<script>alert(1)</script>")))
    assert response.status_code == 200 and "không phải là văn bản PDF" in \
        response.content.decode()
    assert not Document.objects.exists() and stored_files() == before


def test_the_admin_refuses_a_number_twice_in_one_year(portal, boards):
    make_document(portal["site"], "35-NQ/TU", date(2025, 1, 5))
    response = signed_in(boards["portal"]).post(reverse("wagtailsnippets_library_document:add"),
                                            document_form(portal["site"]))
    assert response.status_code == 200 and "đã có văn bản mang số, ký hiệu này" in \
        response.content.decode()
    assert Document.objects.count() == 1


def test_each_board_sees_and_chooses_only_its_own_sites_documents(register, boards):
    board = signed_in(boards["other"])
    mine, theirs = register["elsewhere"], register["secret"]
    listing = board.get(reverse("wagtailsnippets_library_document:list")).content.decode()
    assert mine.summary in listing and theirs.summary not in listing
    for view in ("edit", "delete", "history", "usage"):
        url = reverse(f"wagtailsnippets_library_document:{view}", args=[theirs.pk])
        assert board.get(url).status_code == 404, view
    copy = board.get(reverse("wagtailsnippets_library_document:copy", args=[theirs.pk]))
    assert (copy.status_code, copy["Location"]) == (302, "/quan-tri/")  # permission denied
    chooser = board.get(reverse("wagtailsnippetchoosers_library_document:choose")).json()
    assert mine.number in chooser["html"] and theirs.summary not in chooser["html"]
    assert board.get(reverse("wagtailsnippetchoosers_library_document:chosen",
                             args=[theirs.pk])).status_code == 404
    bulk_delete = reverse("wagtail_bulk_action", args=["library", "document", "delete"])
    board.post(f"{bulk_delete}?id={theirs.pk}")
    assert Document.objects.filter(pk=theirs.pk).exists()
    form = board.get(reverse("wagtailsnippets_library_document:add")).content.decode()
    site_field = form.split('name="site"')[1].split("</select>")[0]
    assert f'value="{mine.site_id}"' in site_field
    assert f'value="{theirs.site_id}"' not in site_field
    own = signed_in(boards["portal"]).get(reverse("wagtailsnippets_library_document:list"))
    assert theirs.summary in own.content.decode()
    board.post(f"{bulk_delete}?id={mine.pk}")
    assert not Document.objects.filter(pk=mine.pk).exists()


def test_sitemap_lists_the_sites_public_documents_only(client, register):
    sitemap = client.get("/sitemap.xml").content.decode()
    for document in Document.objects.all():
        shown = document.site.is_default_site and not document.restricted
        assert (document.get_absolute_url() in sitemap) == shown


def test_files_are_kept_outside_the_served_media_folder(portal):
    attachment = attach(make_document(portal["site"]))
    path = Path(attachment.file.path)
    assert path.is_relative_to(settings.LIBRARY_FILES_ROOT)
    assert not path.is_relative_to(settings.MEDIA_ROOT)
