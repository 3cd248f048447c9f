"""`manage.py restore`: a populated portal comes back row by row and file by file into an empty
installation, on SQLite and on PostgreSQL; a damaged archive, or a database that already holds
content (without --force), is refused with a Vietnamese message and changes nothing."""

import io
import json
import tarfile
import tempfile
import uuid
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import connection

from bantin.core.management.commands.restore import Command as RestoreCommand

from .backups import (
    connected_to,
    fresh_folders,
    person,
    populate,
    repack,
    rows,
    second_database,
    stored_files,
)

# What issue 10 names, each of which must be in the portal that goes round.
KINDS = ["wagtailcore.Page", "news.ArticlePage", "wagtailcore.Revision", "library.Document",
         "library.DocumentAttachment", "wagtaildocs.Document", "core.PortalImage",
         "engagement.Feedback", "news.ArticleDailyViews", "engagement.SiteDailyVisits",
         "core.PortalSettings", "auth.User", "auth.Group", "auth.User_groups"]


def restore(archive, **options):
    out = io.StringIO()
    call_command("restore", str(archive), stdout=out, **options)
    return out.getvalue()


@pytest.fixture
def archive(transactional_db, tmp_path):
    """A backup of a populated portal."""
    populate()
    path = tmp_path / "sao-luu.tar.gz"
    call_command("backup", output=path, stdout=io.StringIO())
    return path


def test_a_populated_portal_comes_back_row_by_row_and_file_by_file(transactional_db, tmp_path,
                                                                   settings):
    populate()
    before_rows, before_files = rows(), stored_files()
    assert all(before_rows[kind] for kind in KINDS)
    archive = tmp_path / "sao-luu.tar.gz"
    call_command("backup", output=archive, stdout=io.StringIO())

    fresh_folders(settings, tmp_path / "restored")
    with second_database(tmp_path) as name, connected_to(name):
        summary = restore(archive)
        after_rows = rows()
    after_files = stored_files()

    for label, expected in before_rows.items():
        assert after_rows[label] == expected, label
    assert after_files == before_files
    for attachment in after_rows["library.DocumentAttachment"]:
        stored = Path(settings.LIBRARY_FILES_ROOT, attachment["file"])
        assert stored.read_bytes() == before_files[f"documents/{attachment['file']}"]
    for document in after_rows["wagtaildocs.Document"]:
        assert Path(settings.MEDIA_ROOT, document["file"]).is_file()
    assert "Đã khôi phục" in summary


def test_a_database_with_content_is_kept_unless_forced(archive):
    person("den.sau.sao.luu")  # the installation moved on after the backup
    before = rows()

    with pytest.raises(CommandError, match="đã có nội dung"):
        restore(archive)
    assert rows() == before

    restore(archive, force=True)
    users = get_user_model().objects.values_list("username", flat=True)
    assert "den.sau.sao.luu" not in users and "btv.sao.luu" in users


def test_the_restored_rows_are_counted_against_the_manifest(archive, tmp_path, settings):
    def miscount(contents):
        manifest = json.loads(contents["manifest.json"])
        manifest["database"]["tables"]["engagement_feedback"] += 1
        contents["manifest.json"] = json.dumps(manifest).encode()

    miscounted = repack(archive, tmp_path / "dem-sai.tar.gz", miscount)
    fresh_folders(settings, tmp_path / "restored")
    with second_database(tmp_path) as name, connected_to(name):
        with pytest.raises(CommandError, match="engagement_feedback có 2 dòng"):
            restore(miscounted)


def test_a_missing_archive_is_named(db, tmp_path):
    with pytest.raises(CommandError, match="Không có tệp sao lưu nào ở"):
        restore(tmp_path / "khong-co.tar.gz")


# Damaged archives: each function writes one at `target` from the good archive `good`.


def truncated(good, target):
    target.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    return target


def not_an_archive(good, target):
    target.write_bytes("Đây không phải tệp sao lưu.".encode() * 200)
    return target


def file_altered(good, target):
    def flip(contents):
        name = next(name for name in contents if name.startswith("files/documents/"))
        data = bytearray(contents[name])
        data[len(data) // 2] ^= 0xFF
        contents[name] = bytes(data)

    return repack(good, target, flip)


def manifest_missing(good, target):
    return repack(good, target, lambda contents: contents.pop("manifest.json"))


def _manifest_changed(change):
    def damage(good, target):
        def edit(contents):
            manifest = json.loads(contents["manifest.json"])
            change(manifest)
            contents["manifest.json"] = json.dumps(manifest).encode()

        return repack(good, target, edit)

    return damage


format_version_other = _manifest_changed(lambda manifest: manifest.update(format_version=2))
engine_other = _manifest_changed(lambda manifest: manifest["database"].update(
    engine="postgresql" if connection.vendor == "sqlite" else "sqlite"))
media_in_bucket = _manifest_changed(lambda manifest: manifest["media"].update(storage="s3"))


def file_unlisted(good, target):
    return repack(good, target, lambda contents: contents.update(
        {"files/media/them-vao.html": b"<script>alert(1)</script>"}))


ESCAPED = f"bantin-thoat-{uuid.uuid4().hex}.txt"


def path_outside(good, target):
    return repack(good, target, lambda contents: contents.update({f"../{ESCAPED}": b"thoat"}))


def link_inside(good, target):
    with tarfile.open(good) as source, tarfile.open(target, "w:gz") as tar:
        for member in source:
            tar.addfile(member, source.extractfile(member))
        link = tarfile.TarInfo("files/media/mat-khau")
        link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
        tar.addfile(link)
    return target


DAMAGES = {
    "truncated": (truncated, "bị hỏng hoặc không đầy đủ"),
    "not_an_archive": (not_an_archive, "bị hỏng hoặc không đầy đủ"),
    "file_altered": (file_altered, "không khớp với mã kiểm tra"),
    "manifest_missing": (manifest_missing, "không có bản kê"),
    "format_version_other": (format_version_other, "phiên bản định dạng sao lưu 2"),
    "engine_other": (engine_other, "cùng loại"),
    "media_in_bucket": (media_in_bucket, "MEDIA_S3_BUCKET"),
    "file_unlisted": (file_unlisted, "bản kê không liệt kê"),
    "path_outside": (path_outside, "ngoài các thư mục"),
    "link_inside": (link_inside, "liên kết"),
}


@pytest.mark.parametrize("damage, refusal", DAMAGES.values(), ids=DAMAGES.keys())
def test_a_damaged_archive_is_refused_and_changes_nothing(archive, tmp_path, damage, refusal):
    person("den.sau.sao.luu")  # the installation moved on after the backup
    before_rows, before_files = rows(), stored_files()
    damaged = damage(archive, tmp_path / "hong.tar.gz")

    with pytest.raises(CommandError) as refused:
        restore(damaged, force=True)

    assert refusal in str(refused.value)
    assert rows() == before_rows
    assert stored_files() == before_files
    assert not Path(tempfile.gettempdir(), ESCAPED).exists()
    if connection.vendor == "sqlite":
        database = Path(connection.settings_dict["NAME"])
        assert not database.with_name(database.name + ".restoring").exists()


def test_the_help_is_in_vietnamese():
    parser = RestoreCommand().create_parser("manage.py", "restore")
    help_text = " ".join(parser.format_help().split())
    assert "Dựng lại một bản cài đặt trống" in help_text and "đã có nội dung" in help_text
