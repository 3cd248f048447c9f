"""Go-live and expiry times work end to end, with the clock moved by time-machine."""

import io
from datetime import timedelta

import time_machine
from django.core.management import call_command
from django.utils import timezone

from bantin.news.models import ArticlePage
from tests.newsroom.test_workflow import ADMIN, article_form

FORM_TIME = "%Y-%m-%d %H:%M"


def run_scheduler():
    call_command("run_scheduler", "--once", stdout=io.StringIO())


def test_an_article_scheduled_by_the_board_goes_live_at_its_time(staff, login, portal, client):
    board = login(staff["board"])
    section = portal["sections"]["local"]
    go_live = (timezone.localtime() + timedelta(hours=2)).replace(second=0, microsecond=0)
    board.post(f"{ADMIN}/pages/add/news/articlepage/{section.pk}/",
               article_form("Bài hẹn giờ đăng", go_live_at=go_live.strftime(FORM_TIME),
                            **{"action-publish": "1"}))
    article = ArticlePage.objects.get(title="Bài hẹn giờ đăng")
    assert not article.live and article.get_latest_revision().approved_go_live_at == go_live
    board.logout()

    with time_machine.travel(go_live - timedelta(minutes=1)):
        run_scheduler()
        article.refresh_from_db()
        assert not article.live
    with time_machine.travel(go_live + timedelta(seconds=30)):
        run_scheduler()
        article.refresh_from_db()
        assert article.live
        assert article.title in client.get(section.url).content.decode()


def test_an_article_expires_at_its_time(portal, client):
    article = portal["articles"][0]
    expiry = timezone.now() + timedelta(days=1)
    article.expire_at = expiry
    article.save_revision().publish()
    with time_machine.travel(expiry + timedelta(minutes=1)):
        run_scheduler()
        article.refresh_from_db()
        assert not article.live and article.expired
        assert client.get(article.url).status_code == 404
