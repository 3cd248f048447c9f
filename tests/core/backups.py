"""What the backup and restore tests share: a portal holding something of every kind a backup
must keep, the installation read row by row and file by file, a second database to restore
into, and archives damaged on purpose."""

import contextlib
import io
import json
import tarfile
from datetime import date, timedelta
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection, connections
from django.utils import timezone
from wagtail.documents import get_document_model

from bantin.core.factories import PortalImageFactory
from bantin.core.models import PortalSettings
from bantin.engagement.counters import add_views, add_visits
from bantin.engagement.models import Feedback
from bantin.library.demo import pdf_bytes
from bantin.library.models import Document, DocumentAttachment
from bantin.news.factories import ArticlePageFactory, SectionPageFactory
from bantin.newsroom import roles
from bantin.newsroom.models import Team
from tests.conftest import build_portal, make_portal

FOLDERS = {"media": "MEDIA_ROOT", "documents": "LIBRARY_FILES_ROOT",
           "originals": "IMPORT_ORIGINALS_ROOT"}


def person(username, *groups):
    user = get_user_model().objects.create_user(
        username=username, password="mat-khau-sao-luu-thu", email=f"{username}@example.vn",
        first_name=username.title(), last_name="Thử")
    user.groups.add(*groups)
    return user


def populate():
    """Two agencies' portals with revisions, documents and their files, pictures, reader
    feedback, counters, staff in groups and an imported page's original."""
    portal = build_portal()
    site = portal["site"]
    _other_site, other_home = make_portal(hostname="khoi.example.vn", site_name="Đảng ủy Khối",
                                          is_default=False)
    bloc = SectionPageFactory(parent=other_home, title="Sinh hoạt chi bộ")
    ArticlePageFactory(parent=bloc, title="Chi bộ cơ quan sinh hoạt chuyên đề quý IV",
                       with_image=True)

    editor = person("btv.sao.luu", Group.objects.get(name=roles.EDITOR),
                    Team.objects.get(page=portal["sections"]["local"], role=roles.EDITOR).group)
    board = person("bbt.sao.luu", Group.objects.get(name=roles.BOARD),
                   Team.objects.get(page=portal["home"], role=roles.BOARD).group)
    person("ban.doc.khong.nhom")

    article = portal["articles"][0]
    article.title = "Giao ban khối Đảng: thống nhất lịch kiểm tra cuối năm"
    article.save_revision(user=editor, log_action=True).publish(user=board)
    article.lead = "Bản nháp sửa phần mở đầu, chờ Ban Biên tập duyệt."
    article.save_revision(user=editor, log_action=True)

    resolution = Document(site=site, number="31-NQ/TU", issued_on=date(2024, 9, 12),
                          kind="Nghị quyết", issuing_body="Ban Chấp hành Đảng bộ tỉnh",
                          summary="Về phát triển du lịch cộng đồng vùng núi phía tây",
                          field="economy", signer="Trần Minh Khoa")
    resolution.full_clean()
    resolution.save()
    for title, name, lines in (("Toàn văn", "toan-van.pdf", ["Nghi quyet 31-NQ/TU"]),
                               ("Phụ lục I", "phu-luc.pdf", ["Phu luc danh muc du an"])):
        attachment = DocumentAttachment(document=resolution, title=title,
                                        file=SimpleUploadedFile(name, pdf_bytes(lines)))
        attachment.full_clean()
        attachment.save()
    get_document_model().objects.create(
        title="Kế hoạch tuyên truyền năm mới",
        file=ContentFile(pdf_bytes(["Ke hoach tuyen truyen"]), name="ke-hoach.pdf"))
    PortalImageFactory(title="Lễ ra quân hè tình nguyện", description="Đoàn viên xếp hàng")

    now = timezone.now()
    Feedback.objects.create(
        article=article, name="Phạm Thu Hà", email="thuha@example.vn",
        message="Đề nghị đăng thêm lịch tiếp công dân của các ban Đảng.", status=Feedback.APPROVED,
        consent_at=now, address="203.113.7.9", fingerprint="a" * 64, moderated_by=editor,
        moderated_at=now, reply="Ban Biên tập sẽ cập nhật trong tuần.", replied_at=now)
    Feedback.objects.create(
        article=article, name="Lò Văn Sáng", email="sang@example.vn",
        message="Bài viết rất hữu ích cho chi bộ thôn bản chúng tôi.", consent_at=now,
        fingerprint="b" * 64)

    today = timezone.localdate()
    add_views(article.pk, today, 9)
    add_views(article.pk, today - timedelta(days=3), 4)
    add_visits(site.pk, today, 27)
    PortalSettings.objects.filter(site=site).update(visit_count_carried=1_204_511)

    original = Path(settings.IMPORT_ORIGINALS_ROOT, "cong-cu", "tin-cu-so-1.html")
    original.parent.mkdir(parents=True, exist_ok=True)
    original.write_text("<h1>Tin cũ về đại hội chi bộ</h1>", encoding="utf-8")
    return {**portal, "article": article, "editor": editor}


def rows():
    """Every row of every table of a model, field by field: {model: [rows in key order]}."""
    return {model._meta.label: list(model._base_manager.order_by("pk").values())
            for model in apps.get_models(include_auto_created=True)
            if model._meta.managed and not model._meta.proxy}


def stored_files():
    """{folder/relative path: bytes} of every file in the folders a backup holds."""
    found = {}
    for name, setting in FOLDERS.items():
        folder = Path(getattr(settings, setting))
        for path in folder.rglob("*"):
            if path.is_file():
                found[f"{name}/{path.relative_to(folder).as_posix()}"] = path.read_bytes()
    return found


@contextlib.contextmanager
def second_database(tmp_path):
    """Yield the name of a new, empty database of the test's engine; dropped afterwards."""
    if connection.vendor == "sqlite":
        yield str(tmp_path / "restored.sqlite3")
        return
    name = f"{connection.settings_dict['NAME']}_restored"
    drop = f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'
    with connection.cursor() as cursor:
        cursor.execute(drop)
        cursor.execute(f'CREATE DATABASE "{name}"')
    try:
        yield name
    finally:
        with connection.cursor() as cursor:
            cursor.execute(drop)


@contextlib.contextmanager
def connected_to(name):
    """Point the default connection at the database `name` for the block."""
    settings_dict = connection.settings_dict
    original = settings_dict["NAME"]
    connections.close_all()
    settings_dict["NAME"] = name
    try:
        yield
    finally:
        connections.close_all()
        settings_dict["NAME"] = original


def fresh_folders(settings, base):
    """Point the folders a backup holds at new, empty folders under `base`."""
    for name, setting in FOLDERS.items():
        setattr(settings, setting, base / name)


def members(path):
    """{name: bytes} of the regular files of the archive at `path`."""
    with tarfile.open(path) as tar:
        return {member.name: tar.extractfile(member).read() for member in tar if member.isfile()}


def manifest_of(path):
    return json.loads(members(path)["manifest.json"])


def repack(source, target, change):
    """Write at `target` the archive at `source` with `change(members)` applied to its files."""
    contents = members(source)
    change(contents)
    with tarfile.open(target, "w:gz") as tar:
        for name, data in contents.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return target
