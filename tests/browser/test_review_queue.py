"""A board member approves an article from the review queue on a phone; readers then see it."""

import pytest
from wagtail.models import Workflow

from bantin.news.factories import ArticlePageFactory
from bantin.newsroom import roles
from tests.browser.conftest import admin_sign_in
from tests.newsroom.conftest import make_staff

pytestmark = pytest.mark.browser
PHONE = {"width": 360, "height": 740}


@pytest.fixture
def waiting_for_the_board(live_portal):
    local, home = live_portal["sections"]["local"], live_portal["home"]
    writer = make_staff("ctv", roles.COLLABORATOR, local)
    editor = make_staff("btv", roles.EDITOR, local)
    board = make_staff("bbt", roles.BOARD, home)
    article = ArticlePageFactory(parent=local, title="Bài chờ Ban Biên tập duyệt", live=False,
                                 owner=writer, published_at=None)
    article.save_revision(user=writer)
    workflow = Workflow.objects.get(name="Quy trình duyệt bài")
    state = workflow.start(article, writer)
    state.current_task_state.task.specific.on_action(state.current_task_state, editor, "approve")
    return {"article": article, "board": board}


def test_board_member_approves_from_the_queue_at_phone_width(browser, live_portal,
                                                             waiting_for_the_board, artifacts):
    article = waiting_for_the_board["article"]
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    admin_sign_in(page, live_portal["base_url"], waiting_for_the_board["board"])
    page.goto(live_portal["base_url"] + "/quan-tri/hang-cho-duyet/")
    item = page.locator(".queue__item", has_text=article.title)
    assert item.is_visible()
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
    page.screenshot(path=str(artifacts / "review-queue-phone.png"), full_page=True)
    item.get_by_role("button", name="Duyệt", exact=True).click()
    page.wait_for_load_state()
    assert page.get_by_text("Không có bài nào chờ bạn.").is_visible()

    reader = browser.new_context(viewport=PHONE).new_page()
    reader.goto(live_portal["base_url"] + live_portal["sections"]["local"].url)
    assert reader.get_by_role("link", name=article.title).first.is_visible()
    context.close()
