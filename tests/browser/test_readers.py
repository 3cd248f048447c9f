"""A reader votes, sees the results, sends feedback; an editor publishes it and it appears.
Also the same poll without JavaScript, through its own page."""

import pytest

from bantin.engagement.models import Feedback, PollBallot
from bantin.newsroom import roles
from tests.browser.conftest import admin_sign_in
from tests.engagement.test_polls import make_poll
from tests.newsroom.conftest import make_staff

pytestmark = pytest.mark.browser
DESKTOP = {"width": 1280, "height": 900}
MESSAGE = "Bài viết rất bổ ích, đề nghị tòa soạn đăng thêm ảnh các đại biểu phát biểu."


@pytest.fixture
def poll(live_portal):
    return make_poll(live_portal["site"])


def test_a_reader_votes_sends_feedback_and_an_editor_publishes_it(browser, live_portal, poll,
                                                                 artifacts):
    article = live_portal["articles"][0]
    editor_account = make_staff("btv", roles.EDITOR, live_portal["sections"]["local"])
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto(live_portal["base_url"] + article.url)

    # The page state arrives: counts refreshed, the forms shown with this visitor's tokens.
    box = page.locator(f'[data-poll="{poll.pk}"]').first
    box.locator("form").wait_for(state="visible")
    assert page.locator("[data-view-count]").first.inner_text() == \
        f"{article.view_count + 1:,}".replace(",", ".")
    box.get_by_label("Hữu ích", exact=True).check()
    box.get_by_role("button", name="Gửi bình chọn").click()
    box.get_by_text("1 lượt bình chọn").wait_for()
    assert "phiếu của bạn đã được ghi nhận" in box.inner_text()
    assert PollBallot.objects.filter(poll=poll).count() == 1

    form = page.locator("form[data-feedback-form]")
    form.get_by_role("textbox", name="Họ và tên").fill("Lê Thị Mai")
    form.get_by_role("textbox", name="Thư điện tử").fill("mai@example.vn")
    form.get_by_label("Nội dung ý kiến").fill(MESSAGE)
    form.get_by_label("Tôi đồng ý", exact=False).check()
    page.wait_for_timeout(3_200)  # a person takes some seconds; faster is refused as a robot
    form.get_by_role("button", name="Gửi ý kiến").click()
    form.get_by_text("Ý kiến đã được gửi").wait_for()
    page.screenshot(path=str(artifacts / "reader-feedback-sent.png"), full_page=True)
    assert Feedback.objects.get().status == Feedback.PENDING

    editor = browser.new_context(viewport=DESKTOP).new_page()
    admin_sign_in(editor, live_portal["base_url"], editor_account)
    editor.goto(live_portal["base_url"] + "/quan-tri/ban-doc/duyet-y-kien/")
    editor.locator(".moderation__item", has_text=MESSAGE).locator("input").check()
    editor.get_by_role("button", name="Đăng các ý kiến đã chọn", exact=True).click()
    editor.get_by_text("Không có ý kiến nào chờ duyệt.").wait_for()

    page.reload()
    feedback = page.locator(".feedback__list")
    feedback.get_by_text(MESSAGE).wait_for()
    assert "Lê Thị Mai" in feedback.inner_text() and "mai@example.vn" not in page.content()
    # Having voted, the reader now sees the poll's results rather than its form.
    box.get_by_text("1 lượt bình chọn").wait_for()
    context.close()


def test_without_javascript_the_poll_is_answered_on_its_own_page(browser, live_portal, poll):
    context = browser.new_context(viewport=DESKTOP, java_script_enabled=False)
    page = context.new_page()
    page.goto(live_portal["base_url"] + "/")
    box = page.locator(f'[data-poll="{poll.pk}"]').first
    assert not box.locator("form").is_visible()
    box.get_by_role("link", name="Gửi bình chọn").click()
    main = page.locator("main")
    main.get_by_label("Rất hữu ích").check()
    main.get_by_role("button", name="Gửi bình chọn").click()
    assert page.locator("main").get_by_text("1 lượt bình chọn").is_visible()
    assert PollBallot.objects.filter(poll=poll).count() == 1
    context.close()


def test_a_reader_whose_form_cannot_be_checked_or_sent_is_told_so(browser, live_portal, poll):
    article = live_portal["articles"][0]
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto(live_portal["base_url"] + article.url)
    box = page.locator(f'[data-poll="{poll.pk}"]').first
    box.locator("form").wait_for(state="visible")

    # The CSRF cookie is gone (cleared by the reader, or expired): the portal's refusal is read.
    context.clear_cookies()
    box.get_by_label("Hữu ích", exact=True).check()
    box.get_by_role("button", name="Gửi bình chọn").click()
    box.get_by_text("Không kiểm tra được biểu mẫu").wait_for()
    assert box.locator("form").is_visible()

    # The connection drops: the reader is told, the form keeps what they wrote.
    context.set_offline(True)
    form = page.locator("form[data-feedback-form]")
    form.get_by_label("Nội dung ý kiến").fill(MESSAGE)
    form.get_by_role("button", name="Gửi ý kiến").click()
    form.get_by_text("Chưa gửi được").wait_for()
    assert form.get_by_label("Nội dung ý kiến").input_value() == MESSAGE
    assert not PollBallot.objects.exists() and not Feedback.objects.exists()
    context.close()
