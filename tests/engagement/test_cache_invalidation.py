"""What readers see of engagement retires the stored pages when it changes: a poll shown or
taken down, feedback published by a moderator. A reader's new feedback, waiting for
moderation, retires nothing (a flood of them must not empty the cache)."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from bantin.core import pagecache
from bantin.engagement import moderation
from bantin.engagement.models import Feedback, Poll, PollOption


def text(client, url):
    return client.get(url).content.decode()


def test_a_new_poll_shows_on_the_next_page_load(client, portal, cached,
                                                django_capture_on_commit_callbacks):
    url = portal["articles"][0].url
    cached(url, "/")
    with django_capture_on_commit_callbacks(execute=True):
        poll = Poll.objects.create(site=portal["site"], question="Bạn đọc tin trên thiết bị nào?",
                                   placement=Poll.SIDEBAR,
                                   opens_at=timezone.now() - timedelta(hours=1))
        PollOption.objects.create(poll=poll, label="Điện thoại", sort_order=0)
    assert "Bạn đọc tin trên thiết bị nào?" in text(client, url)
    with django_capture_on_commit_callbacks(execute=True):
        Poll.objects.filter(pk=poll.pk).first().delete()
    assert "Bạn đọc tin trên thiết bị nào?" not in text(client, url)


def test_feedback_shows_once_published_and_waiting_feedback_retires_nothing(
        client, portal, cached, django_capture_on_commit_callbacks):
    article = portal["articles"][0]
    cached(article.url)
    before = pagecache.generation()
    with django_capture_on_commit_callbacks(execute=True):
        feedback = Feedback.objects.create(
            article=article, name="Nguyễn Văn Bình", email="binh@example.vn",
            message="Đề nghị đăng thêm số liệu của từng huyện.", consent_at=timezone.now(),
            fingerprint="f")
    assert pagecache.generation() == before
    assert "Đề nghị đăng thêm số liệu" not in text(client, article.url)
    moderator = get_user_model().objects.create_superuser("kiemduyet", "kd@example.vn",
                                                           "mat-khau-rat-dai-123")
    with django_capture_on_commit_callbacks(execute=True):
        moderation.moderate([feedback], user=moderator, status=Feedback.APPROVED)
    assert "Đề nghị đăng thêm số liệu" in text(client, article.url)
