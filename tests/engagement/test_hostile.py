"""Hostile input through every reader field: stored and shown as inert text, or refused with a
message; never a server error; no form accepted without its CSRF token."""

import pytest
from django.test import Client, override_settings
from django.utils import timezone

from bantin.engagement.models import Feedback, Question
from tests.engagement.test_feedback import MESSAGE, reader, send
from tests.engagement.test_polls import make_poll
from tests.engagement.test_questions import BODY, ask

CORPUS = [
    "<script>alert('xss')</script>",
    '"><img src=x onerror=alert(1)>',
    "<svg/onload=alert(document.cookie)>",
    "javascript:alert(1)",
    "<a href='javascript:alert(1)'>bấm vào đây</a>",
    "<iframe src=//evil.example></iframe>",
    "'; DROP TABLE engagement_feedback; --",
    "1' OR '1'='1",
    "\" OR 1=1 --",
    "{{ settings.SECRET_KEY }} {% debug %} ${7*7}",
    "\u202etxt.exe\u202c giả mạo hướng chữ",
    "có ký tự\x00 rỗng và \x1b[31m điều khiển",
    "../../../../etc/passwd",
    "Tiêu đề\r\nBcc: thu-rac@example.com",
    "%3Cscript%3Ealert(1)%3C/script%3E",
    "😀" * 400,
    "Đ" * 20_000,
    "A" * 1_000_000,
]
# What must never reach a page unescaped (escaped, "onerror=" is harmless text).
ACTIVE = ["<script", "<img src=x", "<svg", "<iframe", "<a href='javascript"]


def inert(page):
    """True if the readers' feedback section of `page` holds no active markup."""
    section = page.split('id="y-kien-ban-doc"')[1].split("</section>")[0]
    return not any(marker in section for marker in ACTIVE)


def approve_all():
    """Publish every feedback as moderation does, one save each: its article counts it."""
    for item in Feedback.objects.all():
        item.status = Feedback.APPROVED
        item.save(update_fields=["status"])


@override_settings(READER_RATE_LIMIT=10_000)
@pytest.mark.parametrize("field", ["name", "email", "message", "started", "website", "consent"])
def test_every_feedback_field_takes_the_corpus_without_harm(portal, field):
    article = portal["articles"][0]
    for number, payload in enumerate(CORPUS):
        fields = {field: payload}
        if field != "message":
            fields["message"] = f"{MESSAGE} Lần thử {field} {number}."
        response = send(reader(), article, **fields)
        assert response.status_code in (201, 400), (field, payload[:40])
        assert response.json()["message"]
    approve_all()
    for item in Feedback.objects.all():
        assert "\x00" not in item.message + item.name and "\u202e" not in item.message + item.name
        assert len(item.message) <= 3000 and len(item.name) <= 100
    page = Client().get(article.url).content.decode()
    assert inert(page)


@override_settings(READER_RATE_LIMIT=10_000)
def test_script_typed_as_feedback_is_shown_as_text(portal):
    article = portal["articles"][0]
    payload = "Thử chèn <script>alert('xss')</script> vào ý kiến của bạn đọc."
    assert send(reader(), article, message=payload).status_code == 201
    approve_all()
    page = Client().get(article.url).content.decode()
    assert "&lt;script&gt;alert(&#x27;xss&#x27;)&lt;/script&gt;" in page and inert(page)


def test_the_counter_and_poll_endpoints_take_the_corpus(portal):
    poll = make_poll(portal["site"])
    client = reader()
    for payload in CORPUS[:14]:
        state = client.post("/tuong-tac/trang/", {"trang": payload, "binh-chon": payload})
        assert state.status_code == 200 and "views" not in state.json()
        assert client.get("/tuong-tac/luot.gif", {"trang": payload}).status_code == 200
        csrf = client.post("/tuong-tac/trang/").json()["csrf"]
        vote = client.post(f"/tuong-tac/binh-chon/{poll.pk}/",
                           {"options": payload, "csrfmiddlewaretoken": csrf},
                           HTTP_ACCEPT="application/json")
        assert vote.status_code == 400 and vote.json()["message"]


@pytest.mark.parametrize("path", [
    "/tuong-tac/binh-chon/999999999999999999/", "/tuong-tac/binh-chon/abc/",
    "/tuong-tac/y-kien/0/", "/tuong-tac/y-kien/999999999999999999/",
    "/tuong-tac/y-kien/99999999999999999999/",
    "/tuong-tac/binh-chon/1/ket-qua/%3Cscript%3E", "/tuong-tac/y-kien/-1/",
])
def test_hostile_addresses_are_not_found_not_errors(portal, path):
    assert Client().get(path).status_code == 404


def test_every_reader_form_refuses_a_request_without_its_csrf_token(portal):
    article, poll = portal["articles"][0], make_poll(portal["site"])
    client = Client(enforce_csrf_checks=True, HTTP_USER_AGENT="Mozilla/5.0")
    for url, data in ((f"/tuong-tac/y-kien/{article.pk}/", {"message": MESSAGE}),
                      (f"/tuong-tac/binh-chon/{poll.pk}/", {"options": poll.options.first().pk})):
        assert client.post(url, data).status_code == 403


@override_settings(READER_RATE_LIMIT=10_000)
@pytest.mark.parametrize("field", ["name", "email", "title", "body", "unit"])
def test_every_question_field_takes_the_corpus_without_harm(qa, field):
    for number, payload in enumerate(CORPUS):
        fields = {field: payload}
        if field != "body":
            fields["body"] = f"{BODY} Lần thử {field} {number}."
        response = ask(qa, **fields)
        assert response.status_code in (201, 400), (field, payload[:40])
        assert response.json()["message"]
    Question.objects.update(status=Question.ANSWERED, is_published=True,
                            answered_at=timezone.now(), answer="Đã trả lời.")
    page = Client().get(qa["page"].url).content.decode()
    answers = page.split('class="questions__list"')[1].split("</ol>")[0]
    assert not any(marker in answers for marker in ACTIVE)
    for question in Question.objects.all():
        assert len(question.title) <= 200 and "\x00" not in question.title + question.body


def test_the_portals_scripts_get_the_csrf_refusal_as_a_message_they_can_show(portal):
    article, poll = portal["articles"][0], make_poll(portal["site"])
    client = Client(enforce_csrf_checks=True, HTTP_USER_AGENT="Mozilla/5.0")
    for url, data in ((f"/tuong-tac/y-kien/{article.pk}/", {"message": MESSAGE}),
                      (f"/tuong-tac/binh-chon/{poll.pk}/", {"options": poll.options.first().pk})):
        refused = client.post(url, data, headers={"Accept": "application/json"})
        assert refused.status_code == 403
        assert refused.json() == {"ok": False, "message": "Không kiểm tra được biểu mẫu. Vui "
                                  "lòng tải lại trang rồi gửi lại."}
        page = client.post(url, data)
        assert page.status_code == 403 and "Không kiểm tra được biểu mẫu" in page.content.decode()
    assert not Feedback.objects.exists()
