"""Error pages speak Vietnamese and never show a stack trace."""

import pytest
from django.test import Client


def test_unknown_address_gets_a_vietnamese_404_inside_the_portal(client, portal):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    page = response.content.decode()
    assert "Không tìm thấy trang" in page
    assert 'class="main-nav"' in page  # the portal's own chrome, so the reader can go on


@pytest.mark.urls("tests.core.failing_urls")
def test_server_error_page_is_plain_and_vietnamese(db):
    client = Client(raise_request_exception=False)
    response = client.get("/loi/")
    assert response.status_code == 500
    page = response.content.decode()
    assert "Cổng thông tin đang gặp sự cố" in page
    assert "Traceback" not in page and "ZeroDivisionError" not in page


def test_a_form_sent_without_its_csrf_token_gets_a_vietnamese_page(portal):
    # Django's own page was in English (issue 10, tests/security): bantin/templates/403_csrf.html.
    client = Client(enforce_csrf_checks=True)
    response = client.post(f"/tuong-tac/y-kien/{portal['articles'][0].pk}/", {"name": "Bình"})
    assert response.status_code == 403
    page = response.content.decode()
    assert 'lang="vi"' in page and "Không kiểm tra được biểu mẫu" in page
    assert "cookie" in page  # no cookie came with it: the reader is told why
