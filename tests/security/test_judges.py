"""The judges of the corpus tests can fail: markup from input (tags, handlers, active
addresses, scripts, the payload as typed), server errors and refusals in English are caught,
and the portal's own markup and escaped input pass."""

from http.client import HTTPMessage

import pytest
from django.utils.html import escape

from tests.security import judge, markup
from tests.security.client import Answer

PAGE = ('<!doctype html><html lang="vi"><body><main id="noi-dung">{}</main>'
        '<script src="/static/js/bantin.js" defer></script></body></html>')
NOTICE = '<p class="notice notice--error" role="status">{}</p>'


def answer(status, body, kind="text/html; charset=utf-8"):
    headers = HTTPMessage()
    headers["Content-Type"] = kind
    return Answer(status, headers, body.encode())


@pytest.mark.parametrize("html", [
    "<img src=x onerror=alert(1)>", "<a href=' java\tscript:alert(1)'>bấm</a>",
    "<script>alert(1)</script>", "<svg><animate onbegin=alert(1)>", '<p style="color:red">',
    "<iframe src=//tan-cong.example>", '<meta http-equiv="refresh" content="0;url=//x">',
    '<form action="JavaScript:alert(1)">', '<object data="data:text/html,x">',
])
def test_markup_from_input_is_found(html):
    assert markup.problems(PAGE.format(html))


def test_escaped_input_and_the_portals_own_markup_pass():
    payload = '"><img src=x onerror=alert(1)>'
    html = PAGE.format(f'<input value="{escape(payload)}"><p>{escape(payload)}</p>'
                       '<script type="application/ld+json">{"@type": "NewsArticle"}</script>')
    assert markup.problems(html, payload=payload) == []


def test_a_payload_found_as_typed_is_markup():
    assert markup.problems(PAGE.format("<b>chữ đậm</b>"), payload="<b>chữ đậm</b>")


@pytest.mark.parametrize("wrong", [
    answer(500, PAGE.format("Cổng thông tin đang gặp sự cố")),
    answer(400, PAGE.format(NOTICE.format("Null characters are not allowed."))),
    answer(403, '<html lang="en"><body><h1>Forbidden</h1></body></html>'),
    answer(400, '{"message": "This field is required."}', "application/json"),
    answer(200, PAGE.format("<img src=x onerror=alert(1)>")),
    answer(414, ""),
])
def test_server_errors_refusals_in_english_and_markup_are_failures(wrong):
    assert judge.verdict(wrong, request_line=100)


def test_pages_and_vietnamese_refusals_pass():
    assert judge.verdict(answer(200, PAGE.format("Tin tức"))) == []
    assert judge.verdict(answer(400, PAGE.format(NOTICE.format("Trường này là bắt buộc.")))) == []
    assert judge.verdict(answer(409, '{"message": "Bạn đã bình chọn rồi."}',
                                "application/json")) == []
    assert judge.verdict(answer(414, ""), request_line=judge.LONGEST_REQUEST_LINE + 1) == []
