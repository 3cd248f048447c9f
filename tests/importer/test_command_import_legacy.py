"""import_legacy end to end: dry run as JSON lines changing nothing, drafts or published
articles with the page's dates, byline and views, a second run that changes nothing, an edited
page that updates its article, and bad files reported while the run goes on."""

import io
import json
import shutil
import zipfile

import pytest
from django.core.management import CommandError, call_command
from django.db import DatabaseError

from bantin.importer.models import LegacyImport
from bantin.news.models import ArticlePage
from tests.importer.conftest import FIXTURES, kept_files

KEYS = {"source", "title", "section", "published_at", "published_at_inferred", "updated_at",
        "author", "lead", "paragraphs", "captions", "views", "warnings"}
TEXT_PAGES = ["text-toolbar-date-slash.txt", "text-slogan-views.txt", "text-ngay-dang.txt"]


def run(*args, **options):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_legacy", *map(str, args), stdout=out, stderr=err, **options)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def pages(tmp_path):
    folder = tmp_path / "trang-cu"
    folder.mkdir()
    for name in TEXT_PAGES:
        shutil.copy(FIXTURES / name, folder / name)
    return folder


def articles():
    return ArticlePage.objects.order_by("pk")


def test_dry_run_prints_one_json_object_per_page_and_changes_nothing(portal, tmp_path):
    archive = tmp_path / "cong-cu.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        for name in ("html-article.html", "not-an-article.txt"):
            bundle.write(FIXTURES / name, f"2024/{name}")
    before = articles().count()
    out, _err = run(FIXTURES / "text-inferred-year.txt", archive, dry_run=True, json=True)
    records = [json.loads(line) for line in out.splitlines()]
    assert [record["source"] for record in records] == [
        str(FIXTURES / "text-inferred-year.txt"), f"{archive}:2024/html-article.html",
        f"{archive}:2024/not-an-article.txt"]
    assert all(KEYS <= set(record) for record in records)
    inferred, html_page, chrome = records
    assert inferred["published_at"] == "2023-09-27T00:00:00+07:00"
    assert inferred["published_at_inferred"] is True and inferred["warnings"]
    assert html_page["updated_at"] == "2024-05-16T14:05:00+07:00"
    assert html_page["views"] == 2315 and len(html_page["paragraphs"]) == 6
    assert chrome["title"] is None and chrome["warnings"]
    assert articles().count() == before and not LegacyImport.objects.exists()
    assert kept_files() == []


def test_import_makes_drafts_with_the_pages_dates_byline_and_views(portal, pages):
    section = portal["sections"]["local"]
    out, _err = run(pages, section=section.slug)
    assert "nhập mới: 3" in out and "lỗi: 0" in out
    imported = list(ArticlePage.objects.child_of(section).filter(
        legacy_imports__isnull=False).order_by("title"))
    assert len(imported) == 3 and not any(article.live for article in imported)
    slogan = next(a for a in imported if a.title.startswith("Văn phòng Tỉnh ủy"))
    assert (slogan.author_name, slogan.author_unit, slogan.view_count) == (
        "CTV Thu Hà", "VPTU", 1204)
    assert slogan.published_at.isoformat() == "2021-02-22T01:15:00+00:00"
    assert [block.block_type for block in slogan.body] == ["paragraph"] * 6
    record = slogan.legacy_imports.get()
    assert len(record.captions) == 2 and record.original.read().startswith(b"")
    assert len(kept_files()) == 3


def test_publish_uses_the_original_dates(portal, pages):
    run(pages, section=portal["sections"]["local"].slug, publish=True)
    article = ArticlePage.objects.get(title__startswith="Ban Tổ chức Tỉnh ủy tập huấn")
    assert article.live and article.published_at.date().isoformat() == "2020-11-04"
    assert article.first_published_at == article.published_at
    assert article.view_count == 85


def test_a_second_run_changes_nothing_and_an_edited_page_updates_its_article(portal, pages):
    section = portal["sections"]["local"].slug
    run(pages, section=section)
    count, records = articles().count(), LegacyImport.objects.count()
    out, _err = run(pages, section=section)
    assert "nhập mới: 0" in out and "bỏ qua: 3" in out
    assert (articles().count(), LegacyImport.objects.count()) == (count, records)
    page = pages / "text-ngay-dang.txt"
    page.write_text(page.read_text(encoding="utf-8").replace("Số lần xem: 85", "Số lần xem: 90"),
                    encoding="utf-8")
    out, _err = run(pages, section=section)
    assert "cập nhật: 1" in out and articles().count() == count
    assert ArticlePage.objects.get(title__startswith="Ban Tổ chức Tỉnh ủy").view_count == 90


def test_the_section_the_page_names_is_used(portal):
    out, _err = run(FIXTURES / "text-ngay-dang.txt")  # "Tin trong tỉnh" exists in the portal
    assert "nhập mới: 1" in out
    article = ArticlePage.objects.get(title__startswith="Ban Tổ chức Tỉnh ủy")
    assert article.get_parent().pk == portal["sections"]["local"].pk
    out, _err = run(FIXTURES / "text-slogan-views.txt")  # names none
    assert "lỗi: 1" in out and "--section" in out


def test_bad_files_are_reported_and_skipped_while_the_run_goes_on(portal, pages, settings):
    (pages / "anh.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    (pages / "rong.txt").write_bytes(b"")
    (pages / "lon.txt").write_bytes(b"a" * 7000)
    (pages / "hong.zip").write_bytes(b"PK\x03\x04 not a zip")
    with zipfile.ZipFile(pages / "nen.zip", "w", zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr("trang-lon.html", "<p>" + "a" * 200_000 + "</p>")  # 200 KB unpacked
    long_title = pages / "tieu-de-dai.txt"
    long_title.write_text("21/02/2021\n" + "Thường trực " * 25 + "\n" + "Nội dung bài viết. " * 20,
                          encoding="utf-8")
    settings.IMPORT_MAX_BYTES = 6000
    out, _err = run(pages, section=portal["sections"]["local"].slug)
    assert "nhập mới: 3" in out  # the three fixture pages
    for reason in ("nhị phân", "rỗng", "quá lớn", "zip hỏng", "tiêu đề"):
        assert reason in out
    assert "nen.zip:trang-lon.html: tệp quá lớn" in out
    assert LegacyImport.objects.count() == 3 and len(kept_files()) == 3


def test_a_failure_while_saving_leaves_no_article_record_or_file(portal, monkeypatch):
    def refuse(*args, **kwargs):
        raise DatabaseError("ổ đĩa đầy")

    before = articles().count()
    monkeypatch.setattr(LegacyImport, "save", refuse)
    out, _err = run(FIXTURES / "text-ngay-dang.txt")
    assert "lỗi: 1" in out and "ổ đĩa đầy" in out
    assert articles().count() == before and kept_files() == []


def test_an_unknown_section_is_a_clear_error(portal):
    with pytest.raises(CommandError, match="Không có chuyên mục"):
        run(FIXTURES / "text-ngay-dang.txt", section="khong-co")


def test_editors_find_the_captions_and_warnings_in_the_admin(admin_client, portal):
    run(FIXTURES / "text-inferred-year.txt", section=portal["sections"]["local"].slug)
    record = LegacyImport.objects.get()
    listing = admin_client.get("/quan-tri/nhap-cong-cu/").content.decode()
    assert "text-inferred-year.txt" in listing
    notes = admin_client.get(f"/quan-tri/nhap-cong-cu/inspect/{record.pk}/").content.decode()
    assert "Quang cảnh hội nghị giao ban" in notes and "Năm đăng suy ra" in notes


def test_the_article_editor_shows_the_old_pages_captions(admin_client, portal):
    run(FIXTURES / "text-inferred-year.txt", section=portal["sections"]["local"].slug)
    article = LegacyImport.objects.get().article
    editor = admin_client.get(f"/quan-tri/pages/{article.pk}/edit/").content.decode()
    assert "Quang cảnh hội nghị giao ban" in editor and "Năm đăng suy ra" in editor


def test_a_source_credit_and_a_named_section_are_kept(portal):
    run(FIXTURES / "portals" / "11-wordpress-time-source.html")  # "Xây dựng Đảng" exists
    article = ArticlePage.objects.get(title__startswith="Đảng bộ xã Nậm Pồ Hạ")
    assert article.get_parent().pk == portal["sections"]["party"].pk
    assert (article.author_name, article.source) == ("Minh Tâm", "Báo Hà Giang Nam")


def test_each_site_imports_the_page_into_its_own_article(portal, other_portal):
    page = FIXTURES / "text-ngay-dang.txt"
    run(page, section=portal["sections"]["local"].slug)
    out, _err = run(page, section=other_portal["section"].slug)
    assert "nhập mới: 1" in out
    copies = ArticlePage.objects.filter(title__startswith="Ban Tổ chức Tỉnh ủy tập huấn")
    assert {article.get_site().pk for article in copies} == {portal["site"].pk,
                                                             other_portal["site"].pk}


def test_an_article_edited_since_its_import_is_left_alone(portal, pages):
    section = portal["sections"]["local"].slug
    run(pages, section=section, publish=True)
    article = ArticlePage.objects.get(title__startswith="Ban Tổ chức Tỉnh ủy tập huấn")
    article.author_name = "Phạm Quốc Tuấn (đã sửa)"
    article.save_revision().publish()
    page = pages / "text-ngay-dang.txt"
    page.write_text(page.read_text(encoding="utf-8").replace("Số lần xem: 85", "Số lần xem: 90"),
                    encoding="utf-8")
    out, _err = run(pages, section=section)
    assert "đã sửa bài sau lần nhập trước" in out
    article.refresh_from_db()
    assert article.author_name == "Phạm Quốc Tuấn (đã sửa)"


def test_an_update_without_publish_is_a_draft_beside_the_live_article(portal, pages):
    section = portal["sections"]["local"].slug
    run(pages, section=section, publish=True)
    page = pages / "text-ngay-dang.txt"
    page.write_text(page.read_text(encoding="utf-8").replace("kỷ niệm ngày thành lập Đảng",
                                                             "kỷ niệm ngày thành lập Đảng 3/2"),
                    encoding="utf-8")
    out, _err = run(pages, section=section)
    assert "cập nhật: 1" in out
    article = ArticlePage.objects.get(title__startswith="Ban Tổ chức Tỉnh ủy tập huấn")
    assert article.live and article.has_unpublished_changes
    assert "thành lập Đảng 3/2" not in str(article.body)
    assert "thành lập Đảng 3/2" in str(article.get_latest_revision_as_object().body)
