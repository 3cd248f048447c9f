"""`manage.py backup`: one archive holding the database, every folder of files and a manifest
that lists each file's size and SHA-256 and each table's rows; written while the portal writes,
readable by its owner only, never over another file."""

import hashlib
import io
import stat
import threading

import pytest
from django.core.management import CommandError, call_command
from django.db import DatabaseError, connection, transaction
from django.db.models import Sum
from django.utils import timezone

from bantin.core.backup.database import row_counts
from bantin.core.management.commands.backup import Command as BackupCommand
from bantin.engagement.counters import add_views
from bantin.engagement.models import Feedback
from bantin.news.models import ArticleDailyViews, ArticlePage
from tests.conftest import build_portal

from .backups import connected_to, fresh_folders, manifest_of, members, populate, second_database

on_postgresql = pytest.mark.skipif(connection.vendor != "postgresql",
                                   reason="pg_dump is used on PostgreSQL only")


def backup(**options):
    out = io.StringIO()
    call_command("backup", stdout=out, **options)
    return out.getvalue()


@pytest.fixture
def installation(transactional_db):
    return populate()


def test_the_archive_lists_every_file_with_its_size_and_checksum(installation, tmp_path):
    archive = tmp_path / "sao-luu.tar.gz"
    summary = backup(output=archive)

    contents = members(archive)
    manifest = manifest_of(archive)
    listed = {entry["path"]: entry for entry in manifest["files"]}
    assert set(listed) == set(contents) - {"manifest.json"}
    for name, data in contents.items():
        if name != "manifest.json":
            assert listed[name]["size"] == len(data)
            assert listed[name]["sha256"] == hashlib.sha256(data).hexdigest()
    folders = {name.split("/")[1] for name in contents if name.startswith("files/")}
    assert folders == {"media", "documents", "originals"}
    assert "files/originals/cong-cu/tin-cu-so-1.html" in contents
    assert manifest["database"]["file"] in contents
    assert "Đã ghi bản sao lưu" in summary


def test_the_manifest_says_what_wrote_the_archive_and_counts_every_table(installation, tmp_path):
    archive = tmp_path / "sao-luu.tar.gz"
    backup(output=archive)

    manifest = manifest_of(archive)
    assert (manifest["format"], manifest["format_version"]) == ("bantin-backup", 1)
    assert set(manifest["versions"]) >= {"bantin", "django", "wagtail"}
    assert manifest["database"]["engine"] == connection.vendor
    tables = manifest["database"]["tables"]
    assert set(tables) >= set(connection.introspection.django_table_names(only_existing=True))
    assert tables == row_counts(connection, tables)
    assert tables[Feedback._meta.db_table] == 2
    assert manifest["media"] == {"storage": "filesystem"}


def test_the_archive_is_readable_by_its_owner_only(installation, tmp_path):
    archive = tmp_path / "sao-luu.tar.gz"
    backup(output=archive)

    assert stat.S_IMODE(archive.stat().st_mode) == 0o600


def test_without_output_the_archive_goes_to_backup_root_under_a_dated_name(db, settings,
                                                                         tmp_path):
    settings.BACKUP_ROOT = tmp_path / "backups"
    backup()

    written = list((tmp_path / "backups").iterdir())
    assert [path.name[:7] for path in written] == ["bantin-"]
    assert written[0].name.endswith(".tar.gz")
    assert timezone.localtime().strftime("%Y%m%d") in written[0].name


def test_an_existing_file_is_never_overwritten(db, tmp_path):
    archive = tmp_path / "sao-luu.tar.gz"
    archive.write_bytes(b"ban sao luu hom qua")

    with pytest.raises(CommandError, match="đã có"):
        backup(output=archive)
    assert archive.read_bytes() == b"ban sao luu hom qua"
    assert [path.name for path in tmp_path.iterdir()] == ["sao-luu.tar.gz"]


def test_media_in_a_bucket_stay_out_of_the_archive_and_the_summary_says_so(db, settings,
                                                                          tmp_path):
    settings.MEDIA_S3_BUCKET = "bantin-media"
    archive = tmp_path / "sao-luu.tar.gz"
    summary = backup(output=archive)

    assert not [name for name in members(archive) if name.startswith("files/media/")]
    assert manifest_of(archive)["media"] == {"storage": "s3", "bucket": "bantin-media"}
    assert "bantin-media" in summary and "không có trong tệp sao lưu" in summary


@pytest.mark.django_db(transaction=True)
def test_the_backup_runs_while_the_portal_writes_and_holds_one_consistent_state(tmp_path,
                                                                               settings):
    """A reader's view and feedback are being written, their transaction open, while the
    backup runs: the backup neither waits for them nor stops them, and holds the state before
    them, consistent (every article's total still the sum of its days)."""
    article = build_portal()["articles"][0]
    writing, backed_up = threading.Event(), threading.Event()
    failures = []

    def reader():
        try:
            with transaction.atomic():
                add_views(article.pk, timezone.localdate(), 7)
                Feedback.objects.create(
                    article=article, name="Đinh Công Tráng", email="trang@example.vn",
                    message="Mong cổng đăng thêm ảnh về lễ kỷ niệm.", consent_at=timezone.now(),
                    fingerprint="c" * 64)
                writing.set()
                backed_up.wait(timeout=300)  # a safety net only; the backup sets it
        except DatabaseError as error:
            failures.append(error)
        finally:
            writing.set()
            connection.close()

    thread = threading.Thread(target=reader)
    thread.start()
    writing.wait()
    archive = tmp_path / "sao-luu.tar.gz"
    try:
        backup(output=archive)
    finally:
        backed_up.set()
        thread.join()

    assert failures == []
    assert Feedback.objects.count() == 1  # the reader's transaction committed after the backup
    assert manifest_of(archive)["database"]["tables"][Feedback._meta.db_table] == 0
    fresh_folders(settings, tmp_path / "restored")
    with second_database(tmp_path) as name, connected_to(name):
        call_command("restore", str(archive), stdout=io.StringIO())
        assert not Feedback.objects.exists()
        for page in ArticlePage.objects.all():
            days = ArticleDailyViews.objects.filter(article=page).aggregate(n=Sum("views"))["n"]
            assert page.view_count == days, page.title


@on_postgresql
def test_without_pg_dump_on_path_no_archive_is_written(db, monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))

    with pytest.raises(CommandError, match="Không tìm thấy pg_dump"):
        backup(output=tmp_path / "sao-luu.tar.gz")
    assert list(tmp_path.iterdir()) == []


@on_postgresql
def test_a_pg_dump_older_than_the_server_is_refused(db, monkeypatch, tmp_path):
    tools = tmp_path / "bin"
    tools.mkdir()
    old = tools / "pg_dump"
    old.write_text("#!/bin/sh\necho 'pg_dump (PostgreSQL) 9.6.24'\n")
    old.chmod(0o755)
    monkeypatch.setenv("PATH", str(tools))

    with pytest.raises(CommandError, match="cũ hơn máy chủ"):
        backup(output=tmp_path / "sao-luu.tar.gz")
    assert not (tmp_path / "sao-luu.tar.gz").exists()
    assert not (tmp_path / "sao-luu.tar.gz.partial").exists()


def test_the_help_is_in_vietnamese():
    help_text = " ".join(BackupCommand().create_parser("manage.py", "backup").format_help().split())
    assert "Ghi tệp sao lưu" in help_text and "mặc định: BACKUP_ROOT" in help_text
