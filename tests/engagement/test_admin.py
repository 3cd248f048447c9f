"""The admin side of reader engagement: poll results over time, reading statistics on the
dashboard and their own page, polls managed by the board, the demo content."""

import io
from datetime import timedelta

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from bantin.engagement.models import Feedback, Poll, PollBallot, PollVote, SiteDailyVisits
from bantin.news.models import ArticleDailyViews
from tests.engagement.test_polls import make_poll


def test_poll_results_over_time(portal, staff, login):
    poll = make_poll(portal["site"])
    option = poll.options.first()
    now = timezone.now()
    for days_ago, count in ((3, 2), (1, 5)):
        for number in range(count):
            ballot = PollBallot.objects.create(poll=poll, voter=f"k-{days_ago}-{number}",
                                               created_at=now - timedelta(days=days_ago))
            PollVote.objects.create(ballot=ballot, option=option)
    page = login(staff["board"]).get(f"/quan-tri/ban-doc/binh-chon/{poll.pk}/ket-qua/")
    text = page.content.decode()
    assert page.status_code == 200 and "7 lượt bình chọn" in text
    assert "Lượt bình chọn theo ngày" in text and text.count("<rect") == 2
    assert login(staff["reporter"]).get(
        f"/quan-tri/ban-doc/binh-chon/{poll.pk}/ket-qua/").status_code in (302, 403)


def poll_form(portal, **fields):
    """The admin's "add poll" form with two options, as the board fills it."""
    return {
        "site": portal["site"].pk, "placement": "sidebar", "opens_at": "2026-11-01 08:00",
        "closes_at": "", "is_active": "on",
        "options-TOTAL_FORMS": "2", "options-INITIAL_FORMS": "0", "options-MIN_NUM_FORMS": "2",
        "options-MAX_NUM_FORMS": "12",
        "options-0-label": "Có", "options-0-ORDER": "1", "options-0-id": "",
        "options-1-label": "Không", "options-1-ORDER": "2", "options-1-id": "",
        **fields,
    }


def test_the_board_creates_a_poll_in_the_admin(portal, staff, login):
    board = login(staff["board"])
    response = board.post(reverse("wagtailsnippets_engagement_poll:add"),
                          poll_form(portal, question="Câu hỏi thăm dò mới"))
    assert response.status_code == 302, response.content.decode()[:3000]
    poll = Poll.objects.get(question="Câu hỏi thăm dò mới")
    assert [o.label for o in poll.options.all()] == ["Có", "Không"]


def test_a_poll_closing_before_it_opens_is_refused(portal, staff, login):
    response = login(staff["board"]).post(
        reverse("wagtailsnippets_engagement_poll:add"),
        poll_form(portal, question="Câu hỏi sai ngày", opens_at="2026-11-10 08:00",
                  closes_at="2026-11-01 08:00"))
    assert response.status_code == 200 and "phải sau thời gian mở" in response.content.decode()
    assert not Poll.objects.filter(question="Câu hỏi sai ngày").exists()


def test_reading_statistics_most_read_and_visits_per_day(portal, staff, login):
    today = timezone.localdate()
    first, second = portal["articles"][0], portal["articles"][1]
    ArticleDailyViews.objects.all().delete()
    ArticleDailyViews.objects.create(article=first, day=today, views=50)
    ArticleDailyViews.objects.create(article=second, day=today - timedelta(days=5), views=900)
    SiteDailyVisits.objects.create(site=portal["site"], day=today - timedelta(days=2), visits=77)
    page = login(staff["administrator"]).get("/quan-tri/ban-doc/thong-ke/").content.decode()
    today_block = page.split("Đọc nhiều nhất: Hôm nay")[1].split("</section>")[0]
    week_block = page.split("Đọc nhiều nhất: 7 ngày qua")[1].split("</section>")[0]
    assert first.title in today_block and second.title not in today_block
    assert week_block.index(second.title) < week_block.index(first.title)
    assert "Lượt truy cập theo ngày, 30 ngày qua (77)" in page
    assert page.count("<rect") == 30


def test_the_dashboard_shows_the_statistics_after_the_review_queue(portal, staff, login):
    page = login(staff["editor"]).get("/quan-tri/").content.decode()
    assert page.index('id="newsroom-queue-heading"') < page.index(
        'id="engagement-counters-heading"')


def test_demo_engagement_is_made_once(portal):
    out = io.StringIO()
    call_command("seed_engagement_demo", stdout=out)
    counts = (Poll.objects.count(), PollBallot.objects.count(), Feedback.objects.count())
    assert counts[0] == 3 and counts[1] > 100 and counts[2] >= 6
    call_command("seed_engagement_demo", stdout=out)
    assert (Poll.objects.count(), PollBallot.objects.count(), Feedback.objects.count()) == counts
    assert "Xong" in out.getvalue()
