"""Each person sees only their own readers: an editor the feedback of their sections, a board
its own site's feedback, questions, polls, units, statistics and readers' data."""

import json

import pytest
from django.urls import reverse
from django.utils import timezone

from bantin.engagement.models import AnswerUnit, Feedback, Poll, Question, QuestionsPage
from bantin.newsroom import roles
from tests.engagement.test_admin import poll_form
from tests.engagement.test_polls import make_poll
from tests.newsroom.conftest import make_staff


@pytest.fixture
def elsewhere(portal, other_portal):
    """The other site's board member, and the default site's feedback and question."""
    board = make_staff("bbt-khoi", roles.BOARD, other_portal["home"])
    now = timezone.now()
    feedback = Feedback.objects.create(
        article=portal["articles"][0], name="Bạn đọc", email="bando@example.vn",
        message="Ý kiến về bài viết trong tỉnh.", consent_at=now, fingerprint="f")
    page = portal["home"].add_child(instance=QuestionsPage(title="Hỏi - Đáp", slug="hoi-dap"))
    question = Question.objects.create(
        page=page, name="Người hỏi", email="bando@example.vn", title="Câu hỏi trong tỉnh",
        body="Nội dung câu hỏi của bạn đọc trong tỉnh.", due_on=now.date(), consent_at=now,
        fingerprint="q")
    return {"board": board, "feedback": feedback, "question": question}


def test_an_editor_cannot_open_another_sections_feedback(elsewhere, staff, login):
    other = login(staff["other_editor"])
    pk = elsewhere["feedback"].pk
    for view in ("edit", "history", "usage"):
        url = reverse(f"wagtailsnippets_engagement_feedback:{view}", args=[pk])
        assert other.get(url).status_code == 404, view
    other.post(reverse("wagtailsnippets_engagement_feedback:edit", args=[pk]),
               {"status": Feedback.APPROVED, "reply": ""})
    elsewhere["feedback"].refresh_from_db()
    assert elsewhere["feedback"].status == Feedback.PENDING
    assert login(staff["editor"]).get(
        reverse("wagtailsnippets_engagement_feedback:edit", args=[pk])).status_code == 200


def test_another_sites_board_sees_none_of_this_sites_readers(elsewhere, login, portal):
    board = login(elsewhere["board"])
    question, poll = elsewhere["question"], make_poll(portal["site"])
    unit = AnswerUnit.objects.create(site=portal["site"], name="Ban Tổ chức")
    for url in (reverse("wagtailsnippets_engagement_question:edit", args=[question.pk]),
                reverse("wagtailsnippets_engagement_poll:edit", args=[poll.pk]),
                reverse("wagtailsnippets_engagement_answerunit:edit", args=[unit.pk]),
                f"/quan-tri/ban-doc/binh-chon/{poll.pk}/ket-qua/"):
        assert board.get(url).status_code == 404, url
    export = board.get("/quan-tri/ban-doc/du-lieu-ca-nhan/",
                       {"email": "bando@example.vn", "export": "json"})
    assert json.loads(export.content) == {"email": "bando@example.vn", "feedback": [],
                                          "questions": []}
    board.post("/quan-tri/ban-doc/du-lieu-ca-nhan/", {"email": "bando@example.vn"})
    assert Feedback.objects.exists() and Question.objects.exists()
    assert "Câu hỏi trong tỉnh" not in board.get("/quan-tri/ban-doc/cau-hoi-can-tra-loi/") \
        .content.decode()
    statistics = board.get("/quan-tri/ban-doc/thong-ke/",
                           {"site": portal["site"].pk}).content.decode()
    assert portal["articles"][0].title not in statistics


def test_a_board_offers_only_its_own_sites_in_poll_and_unit_forms(elsewhere, login,
                                                                   other_portal, portal):
    page = login(elsewhere["board"]).get(
        reverse("wagtailsnippets_engagement_poll:add")).content.decode()
    site_field = page.split('name="site"')[1].split("</select>")[0]
    assert f'value="{other_portal["site"].pk}"' in site_field
    assert f'value="{portal["site"].pk}"' not in site_field


def test_a_question_is_routed_only_to_units_of_its_site(elsewhere, staff, login, other_portal):
    foreign = AnswerUnit.objects.create(site=other_portal["site"], name="Đơn vị cổng khác")
    board = login(staff["board"])
    url = reverse("wagtailsnippets_engagement_question:edit", args=[elsewhere["question"].pk])
    board.post(url, {"unit": foreign.pk, "status": Question.RECEIVED, "answer": ""})
    elsewhere["question"].refresh_from_db()
    assert elsewhere["question"].unit is None


def test_writers_see_no_reading_statistics(staff, login, portal):
    writer = login(staff["reporter"])
    assert writer.get("/quan-tri/ban-doc/thong-ke/").status_code in (302, 403)
    assert 'id="engagement-counters-heading"' not in writer.get("/quan-tri/").content.decode()


def test_only_one_satisfaction_rating_per_site(portal, staff, login):
    Poll.objects.create(site=portal["site"], question="Mức độ hài lòng?",
                        placement=Poll.SATISFACTION)
    response = login(staff["board"]).post(
        reverse("wagtailsnippets_engagement_poll:add"),
        poll_form(portal, question="Thêm một đánh giá", placement="satisfaction"))
    assert response.status_code == 200 and "đã có đánh giá mức độ hài lòng" in \
        response.content.decode()
