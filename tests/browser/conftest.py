"""The browser tests' portal, served by live_server, and their helpers; the headless Chromium
itself is the `browser` fixture of tests/chromium.py."""

from datetime import date
from pathlib import Path

import pytest
from django.core.files.base import ContentFile

from bantin.core.factories import PortalImageFactory
from bantin.library.demo import pdf_bytes
from bantin.library.models import Document, DocumentAttachment
from bantin.news.factories import BannerLinkFactory, VideoClipFactory, WebLinkFactory
from tests.needs import missing

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
AXE_SCRIPT = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture
def axe_script():
    if not AXE_SCRIPT.exists():
        missing("axe-core is not installed: npm install (package.json)")
    return AXE_SCRIPT


@pytest.fixture
def artifacts():
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def live_portal(transactional_db, live_server):
    """The shared site tree, served by live_server, with photos and every sidebar block."""
    return build_live_portal(live_server.url)


def admin_sign_in(page, base_url, user, password="mat-khau-thu-nghiem-dai"):
    """Sign `user` in to the admin as a person does: the password, then the code their
    authenticator app shows (a device made for them, its code computed by django-otp)."""
    from tests.conftest import totp_code, totp_device

    device = totp_device(user)
    page.goto(base_url + "/quan-tri/login/")
    page.fill("input[name=username]", user.get_username())
    page.fill("input[name=password]", password)
    page.locator("form button[type=submit]").first.click()
    page.fill("input[name=code]", totp_code(device))
    page.locator("form.login-form button[type=submit]").click()
    page.wait_for_url(lambda url: "/xac-minh/" not in url)


def build_live_portal(base_url):
    """Build the shared site tree on the server at `base_url`, with photos and every sidebar
    block."""
    from tests.conftest import build_portal

    tree = build_portal()
    site = tree["site"]
    host, port = base_url.removeprefix("http://").split(":")
    site.hostname, site.port = host, int(port)
    site.save()
    photo = PortalImageFactory(description="Toàn cảnh hội nghị giao ban",
                               file__width=1200, file__height=750)
    # A title with one long unbroken token, as pasted document codes and links can be.
    tree["articles"][0].title = "Triển khai Kế_hoạch_số_123_KH_TU_về_chuyển_đổi_số_toàn_diện_2026"
    for article in tree["articles"]:
        article.featured_image = photo
        article.lead = (
            "Sáng nay, Thường trực Tỉnh ủy tổ chức hội nghị giao ban các cơ quan khối Đảng, "
            "đánh giá kết quả thực hiện nhiệm vụ và bàn giải pháp cho những tháng cuối năm."
        )
        article.body = [
            ("paragraph", "<p>" + "Các đơn vị báo cáo kết quả công tác tham mưu. " * 12 + "</p>"),
            ("image", {"image": photo, "caption": "Quang cảnh hội nghị", "credit": ""}),
            ("paragraph", "<p>" + "Đồng chí chủ trì đề nghị các đơn vị rà soát nhiệm vụ. " * 10
             + "</p>"),
        ]
        article.save_revision().publish()
    WebLinkFactory(site=site, title="Cổng Thông tin điện tử Chính phủ")
    BannerLinkFactory(site=site, title="Chuyên đề học tập và làm theo Bác", image=photo)
    VideoClipFactory(site=site, title="Phóng sự hội nghị", poster=photo)
    tree["document"] = document = Document(
        site=site, number="12-NQ/TU", kind="Nghị quyết", issuing_body="Ban Chấp hành Đảng bộ tỉnh",
        issued_on=date(2023, 3, 15), summary="Về chuyển đổi số tỉnh đến năm 2030")
    document.full_clean()
    document.save()
    DocumentAttachment.objects.create(document=document, title="Toàn văn", file=ContentFile(
        pdf_bytes(["Nghi quyet so 12-NQ/TU"]), name="12-nq-tu.pdf"))
    tree["base_url"] = base_url
    return tree
