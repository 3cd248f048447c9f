"""Questions to the agency: asked with the reader protections, routed to a unit, answered by a
deadline in working days, followed through a private link, published and searchable."""

from datetime import date

import pytest
import time_machine
from django.core import mail
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone

from bantin.engagement.models import Question, ReaderSettings
from bantin.engagement.questions import add_working_days

READER = "Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0"
BODY = ("Xin hỏi thủ tục chuyển sinh hoạt đảng tạm thời cho đảng viên đi làm việc ở tỉnh khác "
        "gồm những giấy tờ gì và nộp ở đâu?")


def ask(qa, *, address="203.0.113.40", wait=60, **fields):
    client = Client(HTTP_USER_AGENT=READER, REMOTE_ADDR=address, enforce_csrf_checks=True)
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        state = client.post("/tuong-tac/trang/", {"trang": qa["page"].pk}).json()
    data = {"name": "Phạm Thu Hà", "email": "ha@example.vn", "title": "Chuyển sinh hoạt đảng",
            "body": BODY, "unit": "", "consent": "on", "website": "",
            "started": state["started"], "csrfmiddlewaretoken": state["csrf"], **fields}
    with time_machine.travel(start.timestamp() + wait, tick=False):
        return client.post(qa["page"].url + "gui-cau-hoi/", data,
                           HTTP_ACCEPT="application/json")


@pytest.mark.parametrize(("received", "days", "due"), [
    (date(2026, 11, 27), 15, date(2026, 12, 18)),  # a Friday: the first working day is Monday
    (date(2026, 11, 28), 1, date(2026, 11, 30)),   # a Saturday
    (date(2026, 11, 23), 5, date(2026, 11, 30)),   # a Monday
    (date(2026, 11, 23), 0, date(2026, 11, 23)),
])
def test_the_deadline_counts_working_days_only(received, days, due):
    assert add_working_days(received, days) == due


def test_a_question_gets_a_deadline_and_a_private_link(qa, portal):
    with time_machine.travel(timezone.make_aware(timezone.datetime(2026, 11, 27, 9, 0))):
        response = ask(qa)
    assert response.status_code == 201
    answer = response.json()
    question = Question.objects.get()
    assert question.due_on == date(2026, 12, 18) and question.status == Question.RECEIVED
    assert question.token in answer["follow_url"] and "đường dẫn riêng" in answer["message"]
    follow = Client().get(answer["follow_url"])
    text = follow.content.decode()
    assert follow.status_code == 200 and "Đã tiếp nhận" in text and "18/12/2026" in text
    assert follow["X-Robots-Tag"] == "noindex, nofollow"
    assert Client().get(qa["page"].url + "theo-doi/sai-ma-bi-mat/").status_code == 404


def test_the_deadline_comes_from_site_settings(qa, portal):
    settings = ReaderSettings.for_site(portal["site"])
    settings.answer_working_days = 3
    settings.save()
    with time_machine.travel(timezone.make_aware(timezone.datetime(2026, 11, 27, 9, 0))):
        ask(qa)
    assert Question.objects.get().due_on == date(2026, 12, 2)


def test_choosing_a_field_routes_it_and_tells_the_unit(qa, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        assert ask(qa, unit=qa["unit"].pk).status_code == 201
    question = Question.objects.get()
    assert question.unit == qa["unit"] and question.status == Question.ASSIGNED
    told = mail.outbox[0]
    assert told.to == ["bantochuc@example.vn"] and question.title in told.subject


@pytest.mark.parametrize(("fields", "message"), [
    ({"consent": ""}, "đánh dấu ô đồng ý"),
    ({"body": "Ngắn quá"}, "quá ngắn"),
    ({"title": "  "}, "chủ đề"),
    ({"website": "spam"}, "Không gửi được"),
    ({"unit": "999999"}, "lĩnh vực"),
])
def test_bad_questions_are_refused_with_a_message(qa, fields, message):
    response = ask(qa, **fields)
    assert response.status_code == 400 and message in response.json()["message"]
    assert not Question.objects.exists()


def test_same_protections_as_feedback_speed_and_duplicates(qa):
    assert ask(qa, wait=1).status_code == 400
    assert ask(qa).status_code == 201
    assert "đã được gửi" in ask(qa, address="192.0.2.9").json()["message"]


@override_settings(READER_RATE_LIMIT=1, READER_RATE_WINDOW=600)
def test_one_network_is_limited_with_a_429(qa):
    assert ask(qa).status_code == 201
    second = ask(qa, title="Một câu hỏi khác", body=BODY + " Hỏi thêm về hồ sơ.")
    assert second.status_code == 429 and "chờ 10 phút" in second.json()["message"]
    assert second["Retry-After"] == "600"
    assert Question.objects.count() == 1


def test_board_routes_answers_and_publishes_and_the_asker_is_told(
        qa, staff, login, django_capture_on_commit_callbacks):
    ask(qa)
    question = Question.objects.get()
    board = login(staff["board"])
    url = reverse("wagtailsnippets_engagement_question:edit", args=[question.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = board.post(url, {"unit": qa["unit"].pk, "status": Question.RECEIVED,
                                    "answer": "", "is_published": ""})
    assert response.status_code == 302, response.content.decode()[:2000]
    question.refresh_from_db()
    assert question.status == Question.ASSIGNED
    assert "bantochuc@example.vn" in mail.outbox[-1].to
    with django_capture_on_commit_callbacks(execute=True):
        board.post(url, {"unit": qa["unit"].pk, "status": Question.ASSIGNED,
                         "answer": "Đảng viên nộp hồ sơ tại chi bộ nơi đang sinh hoạt.",
                         "is_published": "on"})
    question.refresh_from_db()
    assert question.status == Question.ANSWERED and question.answered_by == staff["board"]
    assert mail.outbox[-1].to == ["ha@example.vn"] and question.token in mail.outbox[-1].body
    page = Client().get(qa["page"].url).content.decode()
    assert "nộp hồ sơ tại chi bộ" in page and "ha@example.vn" not in page


def test_published_answers_are_found_with_or_without_accents(qa):
    ask(qa)
    Question.objects.update(status=Question.ANSWERED, is_published=True,
                            answered_at=timezone.now())
    question = Question.objects.get()
    question.answer = "Hồ sơ gồm giấy giới thiệu sinh hoạt đảng tạm thời."
    question.save()
    for query in ("sinh hoạt đảng", "sinh hoat dang", "GIẤY GIỚI THIỆU"):
        page = Client().get(qa["page"].url, {"q": query}).content.decode()
        assert "Chuyển sinh hoạt đảng" in page, query
    missing = Client().get(qa["page"].url, {"q": "hộ chiếu"}).content.decode()
    assert "Không có câu trả lời nào khớp" in missing


def test_unanswered_questions_are_not_published(qa):
    ask(qa)
    Question.objects.update(is_published=True)  # published, but no answer yet
    assert "Chuyển sinh hoạt đảng" not in Client().get(qa["page"].url).content.decode()


def test_staff_see_overdue_questions_first(qa, staff, login):
    for number, day in enumerate((date(2026, 11, 2), date(2026, 10, 1), date(2026, 12, 30))):
        Question.objects.create(page=qa["page"], name="A", email=f"a{number}@example.vn",
                                title=f"Câu hỏi {number}", body=BODY, due_on=day,
                                consent_at=timezone.now(), fingerprint=str(number))
    with time_machine.travel(timezone.make_aware(timezone.datetime(2026, 11, 27, 9, 0))):
        page = login(staff["board"]).get("/quan-tri/ban-doc/cau-hoi-can-tra-loi/")
    text = page.content.decode()
    assert "2 câu hỏi đã quá hạn" in text
    order = [text.index(f"Câu hỏi {n}") for n in (1, 0, 2)]
    assert order == sorted(order)
    assert login(staff["editor"]).get("/quan-tri/ban-doc/cau-hoi-can-tra-loi/").status_code \
        in (302, 403)


def test_a_subject_with_line_breaks_is_one_line_and_mails_safely(
        qa, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = ask(qa, title="Hỏi về\r\nBcc: thu-rac@example.com", unit=qa["unit"].pk)
    assert response.status_code == 201
    question = Question.objects.get()
    assert question.title == "Hỏi về Bcc: thu-rac@example.com"
    assert "\n" not in mail.outbox[0].subject and mail.outbox[0].to == ["bantochuc@example.vn"]


def test_search_takes_control_characters_without_error(qa):
    for query in ("\x00", "sinh\x00hoạt", "%00", "'; --", "\"NEAR(", "x" * 5000):
        assert Client().get(qa["page"].url, {"q": query}).status_code == 200


def test_editing_an_answer_does_not_mail_the_asker_again(qa, staff, login,
                                                         django_capture_on_commit_callbacks):
    ask(qa)
    question = Question.objects.get()
    url = reverse("wagtailsnippets_engagement_question:edit", args=[question.pk])
    board = login(staff["board"])
    with django_capture_on_commit_callbacks(execute=True):
        board.post(url, {"unit": "", "status": Question.RECEIVED, "answer": "Trả lời lần đầu.",
                         "is_published": ""})
    question.refresh_from_db()
    first_answered_at = question.answered_at
    with django_capture_on_commit_callbacks(execute=True):
        board.post(url, {"unit": "", "status": Question.ANSWERED,
                         "answer": "Trả lời đã sửa lỗi chính tả.", "is_published": ""})
    question.refresh_from_db()
    assert [m.to for m in mail.outbox] == [["ha@example.vn"]]
    assert question.answered_at == first_answered_at and question.answer.endswith("chính tả.")
