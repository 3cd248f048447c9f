"""Polls: one ballot per visitor and a short window per address, results with counts and
percentages, with and without JavaScript; closed polls show results only."""

from datetime import timedelta

import pytest
import time_machine
from django.test import Client, override_settings
from django.utils import timezone

from bantin.engagement.models import Poll, PollBallot, PollOption

READER = "Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0"
JSON = {"HTTP_ACCEPT": "application/json"}


def make_poll(site, *, multiple=False, placement=Poll.SIDEBAR, **fields):
    poll = Poll.objects.create(site=site, question="Bạn đánh giá thế nào về chuyên mục mới?",
                               multiple=multiple, placement=placement, **fields)
    for number, label in enumerate(["Rất hữu ích", "Hữu ích", "Chưa hữu ích"]):
        PollOption.objects.create(poll=poll, label=label, sort_order=number)
    return poll


@pytest.fixture
def poll(portal):
    return make_poll(portal["site"], opens_at=timezone.now() - timedelta(days=1))


def reader(address="203.0.113.7", agent=READER):
    client = Client(HTTP_USER_AGENT=agent, REMOTE_ADDR=address, enforce_csrf_checks=True)
    client.get("/")  # a page load, as a browser makes before voting
    return client


def token(client):
    return client.post("/tuong-tac/trang/").json()["csrf"]


def vote(client, poll, *options, as_json=True):
    data = {"options": [option.pk for option in options],
            "csrfmiddlewaretoken": token(client)}
    return client.post(f"/tuong-tac/binh-chon/{poll.pk}/", data, **(JSON if as_json else {}))


def test_the_poll_shows_in_the_sidebar_of_its_site_only(poll, client, other_portal):
    assert poll.question in client.get("/").content.decode()
    other = client.get("/", HTTP_HOST="khoi.example.vn").content.decode()
    assert poll.question not in other


def test_a_reader_votes_and_sees_counts_percentages_and_bars(poll):
    options = list(poll.options.all())
    response = vote(reader("203.0.113.1"), poll, options[0])
    assert response.status_code == 200
    answer = response.json()
    assert "phiếu của bạn đã được ghi nhận" in answer["message"]
    vote(reader("203.0.113.2"), poll, options[0])
    vote(reader("203.0.113.3"), poll, options[1])
    results = reader().get(f"/tuong-tac/binh-chon/{poll.pk}/ket-qua/").content.decode()
    assert "3 lượt bình chọn" in results
    assert "2 (67%)" in results and "1 (33%)" in results and "0 (0%)" in results
    assert '<progress class="poll-results__bar" max="100" value="67"' in results


def test_one_ballot_per_visitor(poll):
    client = reader()
    option = poll.options.first()
    assert vote(client, poll, option).status_code == 200
    again = vote(client, poll, option)
    assert again.status_code == 409 and "đã bình chọn" in again.json()["message"]
    assert PollBallot.objects.filter(poll=poll).count() == 1


@override_settings(POLL_ADDRESS_WINDOW=120)
def test_one_address_waits_before_another_ballot(poll):
    option = poll.options.first()
    assert vote(reader("198.51.100.9", "Mozilla/5.0 Firefox/128"), poll, option).status_code == 200
    second = vote(reader("198.51.100.9", "Mozilla/5.0 Edge/126"), poll, option)
    assert second.status_code == 429 and "vài phút" in second.json()["message"]
    assert second["Retry-After"] == "120"
    assert vote(reader("198.51.100.10"), poll, option).status_code == 200


def test_single_choice_takes_one_option_and_multiple_choice_several(portal, poll):
    options = list(poll.options.all())
    two = vote(reader("192.0.2.1"), poll, options[0], options[1])
    assert two.status_code == 400
    several = make_poll(portal["site"], multiple=True)
    chosen = list(several.options.all())[:2]
    assert vote(reader("192.0.2.2"), several, *chosen).status_code == 200
    assert PollBallot.objects.get(poll=several).votes.count() == 2


def test_an_option_of_another_poll_or_none_is_refused(portal, poll):
    other = make_poll(portal["site"])
    wrong = vote(reader("192.0.2.3"), poll, other.options.first())
    assert wrong.status_code == 400 and "không có trong" in wrong.json()["message"]
    empty = vote(reader("192.0.2.4"), poll)
    assert empty.status_code == 400 and "chọn một phương án" in empty.json()["message"]
    assert not PollBallot.objects.exists()


def test_without_a_csrf_token_nothing_is_counted(poll):
    client = reader()
    response = client.post(f"/tuong-tac/binh-chon/{poll.pk}/",
                           {"options": [poll.options.first().pk]})
    assert response.status_code == 403
    assert not PollBallot.objects.exists()


def test_without_javascript_the_polls_page_takes_the_vote(poll):
    client = reader()
    page = client.get(f"/tuong-tac/binh-chon/{poll.pk}/").content.decode()
    assert 'name="csrfmiddlewaretoken"' in page and "Gửi bình chọn" in page
    csrf = page.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    response = client.post(f"/tuong-tac/binh-chon/{poll.pk}/",
                           {"options": [poll.options.first().pk], "csrfmiddlewaretoken": csrf})
    body = response.content.decode()
    assert response.status_code == 200 and "1 lượt bình chọn" in body
    assert "<!doctype html>" in body.lower()  # a whole page, not a fragment
    # Once answered, the poll's page shows the results.
    assert "1 lượt bình chọn" in client.get(f"/tuong-tac/binh-chon/{poll.pk}/").content.decode()


def test_the_page_state_tells_which_polls_the_visitor_answered(poll):
    client = reader()
    vote(client, poll, poll.options.first())
    state = client.post("/tuong-tac/trang/", {"binh-chon": [poll.pk, 999]}).json()
    assert state["answered"] == [poll.pk]


def test_closed_and_future_polls(portal):
    now = timezone.now()
    closed = make_poll(portal["site"], opens_at=now - timedelta(days=9),
                       closes_at=now - timedelta(days=1))
    PollBallot.objects.create(poll=closed, voter="v1").votes.create(option=closed.options.first())
    page = Client().get("/").content.decode()
    box = page.split(f'data-poll="{closed.pk}"')[1].split("</section>")[0]
    assert "1 lượt bình chọn · đã kết thúc" in box and "1 (100%)" in box and "<form" not in box
    refused = vote(reader(), closed, closed.options.first())
    assert refused.status_code == 409 and "đã kết thúc" in refused.json()["message"]
    future = make_poll(portal["site"], opens_at=now + timedelta(days=1))
    future.question = "Câu hỏi chưa mở"
    future.save()
    assert "Câu hỏi chưa mở" not in Client().get("/").content.decode()
    assert reader().get(f"/tuong-tac/binh-chon/{future.pk}/").status_code == 404


def test_a_poll_opens_at_its_time_with_nothing_else_changing(portal):
    opens = timezone.now() + timedelta(hours=2)
    poll = make_poll(portal["site"], placement=Poll.HOME, opens_at=opens)
    assert poll.question not in Client().get("/").content.decode()
    with time_machine.travel(opens + timedelta(minutes=1)):  # the stored home page has expired
        assert poll.question in Client().get("/").content.decode()


def test_home_page_polls_show_on_the_home_page(portal):
    make_poll(portal["site"], placement=Poll.HOME).question  # noqa: B018
    home = Client().get("/").content.decode()
    main = home.split('id="noi-dung"')[1].split("</main>")[0]
    assert "Bạn đánh giá thế nào về chuyên mục mới?" in main


def test_every_page_offers_the_satisfaction_rating(portal):
    article = portal["articles"][0]
    for url in ("/", article.url):
        page = Client().get(url).content.decode()
        assert "Đánh giá mức độ hài lòng" in page and "Rất hài lòng" in page
    rating = Poll.objects.get(site=portal["site"], placement=Poll.SATISFACTION)
    assert vote(reader(), rating, rating.options.first()).status_code == 200


@pytest.mark.parametrize("multiple", [False, True])
@pytest.mark.parametrize("option", ["9223372036854775808", "9" * 20, "1" * 400])
def test_an_option_id_past_any_column_is_refused_not_an_error(portal, multiple, option):
    # Past 2**63 an id reached SQLite through the multiple choice's "in" lookup: a server error
    # (issue 10, tests/security).
    poll = make_poll(portal["site"], multiple=multiple)
    client = reader()
    response = client.post(f"/tuong-tac/binh-chon/{poll.pk}/",
                           {"options": option, "csrfmiddlewaretoken": token(client)}, **JSON)
    assert response.status_code == 400
    assert "Phương án này không có trong cuộc thăm dò" in response.json()["message"]
    assert not PollBallot.objects.exists()
