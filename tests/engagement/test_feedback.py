"""Reader feedback: sent with consent, checked against abuse, moderated, shown with the
editors' reply; a reader's data exported or erased on request."""

import json

import pytest
import time_machine
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from bantin.engagement import antiabuse, moderation
from bantin.engagement.models import Feedback, ReaderSettings

READER = "Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0"
MESSAGE = "Đề nghị Ban Biên tập đăng thêm số liệu về kết quả thực hiện nghị quyết ở cơ sở."
LONG_AGO = 60  # seconds between handing out the form and sending it


@pytest.fixture
def article(portal):
    return portal["articles"][0]


def reader(address="203.0.113.20"):
    return Client(HTTP_USER_AGENT=READER, REMOTE_ADDR=address, enforce_csrf_checks=True)


def send(client, article, *, as_json=True, wait=LONG_AGO, **fields):
    """Load the page state (tokens), wait like a person filling the form, then send it."""
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        state = client.post("/tuong-tac/trang/", {"trang": article.pk}).json()
    data = {"name": "Nguyễn Văn Bình", "email": "binh@example.vn", "message": MESSAGE,
            "consent": "on", "website": "", "started": state["started"],
            "csrfmiddlewaretoken": state["csrf"], **fields}
    with time_machine.travel(start.timestamp() + wait, tick=False):
        extra = {"HTTP_ACCEPT": "application/json"} if as_json else {}
        return client.post(f"/tuong-tac/y-kien/{article.pk}/", data, **extra)


def test_feedback_waits_for_moderation_and_says_so(article):
    response = send(reader(), article)
    assert response.status_code == 201
    assert "sẽ hiện sau khi Ban Biên tập xem xét" in response.json()["message"]
    feedback = Feedback.objects.get()
    assert feedback.status == Feedback.PENDING and feedback.consent_at
    assert feedback.address == "203.0.113.20"
    assert MESSAGE not in Client().get(article.url).content.decode()


def test_approved_feedback_shows_with_name_date_and_reply_never_the_email(article):
    send(reader(), article)
    feedback = Feedback.objects.get()
    feedback.status, feedback.reply = Feedback.APPROVED, "Cảm ơn bạn, tòa soạn sẽ bổ sung."
    feedback.replied_at = timezone.now()
    feedback.save()
    page = Client().get(article.url).content.decode()
    assert MESSAGE in page and "Nguyễn Văn Bình" in page
    assert "Ban Biên tập trả lời" in page and "tòa soạn sẽ bổ sung" in page
    assert "binh@example.vn" not in page


@pytest.mark.parametrize(("fields", "message"), [
    ({"consent": ""}, "đánh dấu ô đồng ý"),
    ({"name": "   "}, "ghi họ tên"),
    ({"email": "khong-phai-thu"}, "không hợp lệ"),
    ({"message": "Ngắn"}, "quá ngắn"),
    ({"message": "x" * 3001}, "3000"),
    ({"name": "N" * 101}, "quá dài"),
    ({"website": "http://spam.example"}, "Không gửi được"),
    ({"started": "gia-mao"}, "Không kiểm tra được"),
    ({"name": "Bình\x00"}, "ký tự rỗng"),  # Django's message was English (issue 10)
    ({"message": "Xem http://a.example http://b.example http://c.example ngay"}, "liên kết"),
])
def test_bad_input_is_refused_with_a_vietnamese_message_and_nothing_kept(article, fields,
                                                                        message):
    response = send(reader(), article, **fields)
    assert response.status_code == 400
    assert message in response.json()["message"]
    assert not Feedback.objects.exists()


def test_a_form_sent_faster_than_a_person_can_is_refused(article):
    response = send(reader(), article, wait=1)
    assert response.status_code == 400 and "quá nhanh" in response.json()["message"]


def test_a_form_handed_out_hours_ago_has_expired(article):
    response = send(reader(), article, wait=7 * 3600)
    assert response.status_code == 400 and "hết hạn" in response.json()["message"]


@override_settings(READER_RATE_LIMIT=2, READER_RATE_WINDOW=600)
def test_one_network_is_limited(article):
    for number in range(2):
        response = send(reader("198.51.100.5"), article,
                        message=f"{MESSAGE} Ý kiến thứ {number + 1} của cơ quan.")
        assert response.status_code == 201
    third = send(reader("198.51.100.5"), article, message=f"{MESSAGE} Thêm một ý nữa.")
    assert third.status_code == 429 and "chờ 10 phút" in third.json()["message"]
    assert third["Retry-After"] == "600"
    assert send(reader("198.51.100.6"), article, message=f"{MESSAGE} Mạng khác.").status_code \
        == 201


@override_settings(READER_RATE_LIMIT=2, READER_RATE_WINDOW=600)
def test_refused_sends_do_not_use_up_the_networks_allowance(article):
    for _ in range(4):
        assert send(reader("198.51.100.7"), article, consent="").status_code == 400
    assert send(reader("198.51.100.7"), article).status_code == 201


def test_the_page_without_javascript_links_the_privacy_notice(article, portal):
    notice = portal["home"].get_children().first()
    settings = ReaderSettings.for_site(portal["site"])
    settings.privacy_page = notice
    settings.save()
    page = reader().get(f"/tuong-tac/y-kien/{article.pk}/").content.decode()
    assert f'href="{notice.url}"' in page


def test_banned_words_from_site_settings_are_refused_with_or_without_diacritics(article,
                                                                                portal):
    settings = ReaderSettings.for_site(portal["site"])
    settings.banned_words = "lừa đảo\ncasino"
    settings.save()
    for text in ("Trang này là LỪA ĐẢO rõ ràng, đề nghị xem lại.",
                 "Mời vào Casino trực tuyến ngay hôm nay nhé.",
                 "Trang nay la lua dao ro rang, de nghi xem lai."):
        response = send(reader(), article, message=text)
        assert response.status_code == 400 and "từ ngữ không được đăng" in \
            response.json()["message"], text
    # Whole words only: "casinos" is another word; an accented entry needs its accents.
    assert send(reader(), article, message="Bàn về lửa đạn thời chiến và những casinos cũ.") \
        .status_code == 201


def test_the_same_feedback_twice_is_refused(article):
    assert send(reader(), article).status_code == 201
    again = send(reader("192.0.2.50"), article, message=MESSAGE.upper() + "!!!",
                 email="khac@example.vn")
    assert again.status_code == 400 and "đã được gửi" in again.json()["message"]


def test_without_javascript_the_form_has_its_own_page(article):
    client = reader()
    page = client.get(f"/tuong-tac/y-kien/{article.pk}/").content.decode()
    assert 'name="csrfmiddlewaretoken"' in page and 'name="consent"' in page
    csrf = page.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    started = page.split('name="started" value="')[1].split('"')[0]
    with time_machine.travel(timezone.now().timestamp() + LONG_AGO, tick=False):
        response = client.post(f"/tuong-tac/y-kien/{article.pk}/", {
            "name": "Trần Thị Hoa", "email": "hoa@example.vn", "message": MESSAGE,
            "consent": "on", "website": "", "started": started, "csrfmiddlewaretoken": csrf})
    body = response.content.decode()
    assert response.status_code == 201 and "Cảm ơn bạn" in body
    assert "<!doctype html>" in body.lower()


def test_the_article_links_the_privacy_notice_and_hides_the_form_until_scripted(article,
                                                                                portal):
    notice = portal["home"].get_children().first()
    settings = ReaderSettings.for_site(portal["site"])
    settings.privacy_page = notice
    settings.save()
    page = Client().get(article.url).content.decode()
    form = page.split('data-feedback-form')[1].split("</form>")[0]
    assert notice.url in form and 'name="consent"' in form
    assert f'href="/tuong-tac/y-kien/{article.pk}/"' in page  # the <noscript> link


def test_feedback_can_be_closed_per_site(article, portal):
    settings = ReaderSettings.for_site(portal["site"])
    settings.feedback_open = False
    settings.save()
    assert send(reader(), article).status_code == 404
    assert "data-feedback-form" not in Client().get(article.url).content.decode()


def test_without_csrf_nothing_is_kept(article):
    response = reader().post(f"/tuong-tac/y-kien/{article.pk}/", {
        "name": "A", "email": "a@example.vn", "message": MESSAGE, "consent": "on",
        "started": antiabuse.started_token()})
    assert response.status_code == 403 and not Feedback.objects.exists()


def test_feedback_on_another_sites_article_is_not_taken(article, other_portal):
    client = Client(HTTP_USER_AGENT=READER, HTTP_HOST="khoi.example.vn")
    assert client.get(f"/tuong-tac/y-kien/{article.pk}/").status_code == 404


def test_moderation_queue_publishes_and_refuses_in_bulk(article, staff, login):
    for number in range(3):
        send(reader(f"192.0.2.{number + 1}"), article, message=f"{MESSAGE} Số {number}.")
    items = list(Feedback.objects.order_by("pk"))
    editor = login(staff["editor"])
    page = editor.get("/quan-tri/ban-doc/duyet-y-kien/").content.decode()
    assert "3 ý kiến đang chờ" in page
    editor.post("/quan-tri/ban-doc/duyet-y-kien/",
                {"action": "approve", "feedback": [items[0].pk, items[1].pk]})
    editor.post("/quan-tri/ban-doc/duyet-y-kien/", {"action": "reject", "feedback": [items[2].pk]})
    statuses = list(Feedback.objects.order_by("pk").values_list("status", flat=True))
    assert statuses == [Feedback.APPROVED, Feedback.APPROVED, Feedback.REJECTED]
    assert Feedback.objects.filter(moderated_by=staff["editor"]).count() == 3
    assert ModelLogEntry.objects.filter(action="bantin.feedback_approve").count() == 2


def test_editors_moderate_only_their_sections_feedback(article, portal, staff, login):
    send(reader(), article)  # on "Tin trong tỉnh"
    item = Feedback.objects.get()
    other = login(staff["other_editor"])
    assert "Không có ý kiến nào chờ duyệt" in other.get("/quan-tri/ban-doc/duyet-y-kien/") \
        .content.decode()
    other.post("/quan-tri/ban-doc/duyet-y-kien/", {"action": "approve", "feedback": [item.pk]})
    item.refresh_from_db()
    assert item.status == Feedback.PENDING
    assert login(staff["collaborator"]).get("/quan-tri/ban-doc/duyet-y-kien/").status_code \
        in (302, 403)


def test_an_editor_replies_from_the_admin(article, staff, login):
    send(reader(), article)
    item = Feedback.objects.get()
    editor = login(staff["editor"])
    response = editor.post(reverse("wagtailsnippets_engagement_feedback:edit", args=[item.pk]),
                           {"status": Feedback.APPROVED, "reply": "Tòa soạn đã bổ sung số liệu."})
    assert response.status_code == 302, response.content.decode()[:2000]
    item.refresh_from_db()
    assert item.status == Feedback.APPROVED and item.replied_at
    assert item.moderated_by == staff["editor"]
    assert item.message == MESSAGE  # the reader's words are not editable


def test_a_readers_data_is_exported_and_erased_on_request(article, staff, login):
    send(reader(), article)
    board = login(staff["board"])
    export = board.get("/quan-tri/ban-doc/du-lieu-ca-nhan/",
                       {"email": "BINH@example.vn", "export": "json"})
    data = json.loads(export.content)
    assert data["feedback"][0]["message"] == MESSAGE
    assert data["feedback"][0]["address"] == "203.0.113.20"
    item = Feedback.objects.get()
    moderation.moderate([item], user=staff["board"], status=Feedback.APPROVED)
    assert "Nguyễn Văn Bình" in ModelLogEntry.objects.get(action=moderation.APPROVE).label
    board.post("/quan-tri/ban-doc/du-lieu-ca-nhan/", {"email": "binh@example.vn"})
    assert not Feedback.objects.exists()
    entry = ModelLogEntry.objects.get(action="bantin.reader_erase")
    assert entry.user == staff["board"] and "Bình" not in entry.label
    # The earlier entries no longer name the reader either.
    assert ModelLogEntry.objects.get(action=moderation.APPROVE).label == f"#{item.pk}"
    editor = login(staff["editor"])
    assert editor.get("/quan-tri/ban-doc/du-lieu-ca-nhan/").status_code in (302, 403)


def test_an_article_counts_its_published_feedback_through_a_publish_of_an_older_revision(
        article, django_capture_on_commit_callbacks):
    from bantin.news.models import ArticlePage

    def shown():
        return MESSAGE in Client().get(article.url).content.decode()

    send(reader(), article)
    feedback = Feedback.objects.get()
    older = ArticlePage.objects.get(pk=article.pk).save_revision()  # made before it was published
    with django_capture_on_commit_callbacks(execute=True):
        feedback.status = Feedback.APPROVED
        feedback.save()
    assert ArticlePage.objects.get(pk=article.pk).published_feedback == 1 and shown()
    with django_capture_on_commit_callbacks(execute=True):
        older.publish()
    assert ArticlePage.objects.get(pk=article.pk).published_feedback == 1 and shown()
    with django_capture_on_commit_callbacks(execute=True):
        feedback.delete()
    assert ArticlePage.objects.get(pk=article.pk).published_feedback == 0 and not shown()
