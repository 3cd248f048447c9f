"""Portal settings shown on every page: header, slogan, footer, maintenance notice."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from bantin.core.models import PortalImage, PortalSettings


@pytest.fixture
def portal_settings(portal):
    settings = PortalSettings.for_site(portal["site"])
    settings.footer_agency = "Văn phòng Tỉnh ủy"
    settings.footer_address = "Số 1 đường Hùng Vương"
    settings.footer_phone = "0209 3 870 000"
    settings.footer_email = "vptu@example.vn"
    settings.footer_licence = "Giấy phép số 12/GP-TTĐT"
    settings.footer_responsible = "Nguyễn Văn An, Chánh Văn phòng"
    settings.save()
    return settings


def test_header_shows_agency_name_site_name_and_slogan_with_pause_control(client, portal):
    page = client.get("/").content.decode()
    header = page.split('<header class="site-header">')[1].split("</header>")[0]
    assert "Cơ quan Cổng Tỉnh ủy" in header and "Cổng Tỉnh ủy" in header
    assert "<span>ĐOÀN KẾT, KỶ CƯƠNG</span><span>ĐỔI MỚI, PHÁT TRIỂN</span>" in header
    assert 'type="checkbox" id="slogan-pause"' in header
    assert "Dừng chữ chạy" in header


def test_footer_shows_every_setting(client, portal_settings):
    footer = client.get("/").content.decode().split('<footer class="site-footer">')[1]
    for value in ("Văn phòng Tỉnh ủy", "Số 1 đường Hùng Vương", "0209 3 870 000",
                  "vptu@example.vn", "Giấy phép số 12/GP-TTĐT", "Nguyễn Văn An, Chánh Văn phòng"):
        assert value in footer


def test_maintenance_notice_is_shown_on_every_page_until_it_ends(
        client, portal, portal_settings, django_capture_on_commit_callbacks):
    now = timezone.now()
    portal_settings.maintenance_notice = "Cổng tạm ngừng để nâng cấp máy chủ."
    portal_settings.maintenance_starts_at = now + timedelta(days=2)
    portal_settings.maintenance_ends_at = now + timedelta(days=2, hours=4)
    portal_settings.save()
    for url in ("/", portal["sections"]["party"].url, portal["articles"][0].url):
        page = client.get(url).content.decode()
        assert 'class="maintenance-notice" role="status"' in page
        assert "Cổng tạm ngừng để nâng cấp máy chủ." in page
    portal_settings.maintenance_ends_at = now - timedelta(minutes=1)
    # Saved as the admin saves it: the stored pages are retired when the change commits.
    with django_capture_on_commit_callbacks(execute=True):
        portal_settings.save()
    assert "maintenance-notice" not in client.get("/").content.decode()


def test_no_notice_without_text(portal_settings):
    assert not portal_settings.maintenance_is_announced()


def test_image_requires_a_description(db):
    image = PortalImage(title="Ảnh", file="x.jpg", width=1, height=1)
    with pytest.raises(ValidationError) as error:
        image.full_clean(exclude=["file"])
    assert "description" in error.value.message_dict
