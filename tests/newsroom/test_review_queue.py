"""The review queue: what waits for the signed-in person, its figures, filters and actions."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone
from wagtail.models import WorkflowState

from bantin.news.models import ArticlePage
from bantin.newsroom.models import NewsroomSettings
from tests.newsroom.test_workflow import ADMIN, article_form

QUEUE = f"{ADMIN}/hang-cho-duyet/"


@pytest.fixture
def waiting(staff, login, portal):
    """Three articles sent for review 7, 3 and 1 hours ago, by two writers."""
    start = timezone.now()
    made = []
    for hours, role, title in ((7, "collaborator", "Bài chờ lâu nhất"),
                               (3, "reporter", "Bài chờ vừa"),
                               (1, "collaborator", "Bài mới gửi")):
        with time_machine.travel(start - timedelta(hours=hours)):
            client = login(staff[role])
            client.post(f"{ADMIN}/pages/add/news/articlepage/{portal['sections']['local'].pk}/",
                        article_form(title, **{"action-submit": "1"}))
        made.append(ArticlePage.objects.get(title=title))
    return made


def queue_page(client, query=""):
    response = client.get(QUEUE + query)
    assert response.status_code == 200
    return response.content.decode()


def test_editor_sees_what_waits_oldest_first_with_its_details(waiting, staff, login):
    page = queue_page(login(staff["editor"]))
    positions = [page.index(article.title) for article in waiting]
    assert positions == sorted(positions)
    item = page.split(waiting[0].title)[1].split("</li>")[0]
    assert "Chờ biên tập" in item and "Tin trong tỉnh" in item and "ctv" in item
    assert "chờ 7 giờ" in item and "Quá hạn" in item
    assert "chữ" in item  # the length in words
    assert "Quá hạn" not in page.split(waiting[2].title)[1].split("</li>")[0]


def test_figures_count_median_and_longest(waiting, staff, login):
    page = queue_page(login(staff["editor"]))
    assert "3 bài đang chờ" in page
    assert "trung vị 3 giờ" in page and "lâu nhất 7 giờ" in page
    assert "1 bài quá 4 giờ" in page


def test_the_alert_threshold_comes_from_site_settings(waiting, staff, login, portal):
    settings = NewsroomSettings.for_site(portal["site"])
    settings.review_alert_hours = 2
    settings.save()
    assert "2 bài quá 2 giờ" in queue_page(login(staff["editor"]))


def test_filters_by_section_and_author(waiting, staff, login, portal):
    client = login(staff["editor"])
    by_reporter = queue_page(client, f"?author={staff['reporter'].pk}")
    assert "Bài chờ vừa" in by_reporter and "Bài mới gửi" not in by_reporter
    other_section = queue_page(client, f"?section={portal['sections']['party'].pk}")
    assert "Bài chờ vừa" not in other_section


def test_others_see_nothing_of_it(waiting, staff, login):
    for role in ("other_editor", "collaborator"):
        page = queue_page(login(staff[role]))
        assert "Bài chờ lâu nhất" not in page and "Không có bài nào chờ bạn." in page


def test_approve_and_send_back_from_the_list(waiting, staff, login):
    client = login(staff["editor"])
    states = {a.pk: WorkflowState.objects.get(object_id=str(a.pk)).current_task_state
              for a in waiting}
    client.post(QUEUE, {"action": "approve", "task_state": states[waiting[0].pk].pk})
    assert WorkflowState.objects.get(object_id=str(waiting[0].pk)).current_task_state.task.name \
        == "Chờ duyệt"
    client.post(QUEUE, {"action": "reject", "task_state": states[waiting[1].pk].pk})
    assert WorkflowState.objects.get(object_id=str(waiting[1].pk)).status == "in_progress"
    client.post(QUEUE, {"action": "reject", "task_state": states[waiting[1].pk].pk,
                        "comment": "Viết lại phần mở đầu."})
    assert WorkflowState.objects.get(object_id=str(waiting[1].pk)).status == "needs_changes"


def test_board_approves_in_bulk_and_the_articles_go_live(waiting, staff, login, client):
    editor = login(staff["editor"])
    for article in waiting:
        state = WorkflowState.objects.get(object_id=str(article.pk)).current_task_state
        editor.post(QUEUE, {"action": "approve", "task_state": state.pk})
    board = login(staff["board"])
    page = queue_page(board)
    assert "Duyệt các bài đã chọn" in page
    ids = [WorkflowState.objects.get(object_id=str(a.pk)).current_task_state.pk for a in waiting]
    board.post(QUEUE, {"action": "bulk_approve", "task_state": ids})
    for article in waiting:
        article.refresh_from_db()
        assert article.live


def test_no_one_acts_on_what_they_cannot_review(waiting, staff, login):
    state = WorkflowState.objects.get(object_id=str(waiting[0].pk)).current_task_state
    response = login(staff["other_editor"]).post(QUEUE, {"action": "approve",
                                                         "task_state": state.pk})
    assert response.status_code in (302, 403)
    state.refresh_from_db()
    assert state.status == "in_progress"


def test_the_queue_is_the_dashboards_first_panel(waiting, staff, login):
    page = login(staff["editor"]).get(f"{ADMIN}/").content.decode()
    assert 'id="newsroom-queue-heading"' in page
    assert page.index('id="newsroom-queue-heading"') < page.index("Bài chờ lâu nhất")


def test_the_queue_costs_the_same_queries_however_long_it_is(waiting, staff, login, portal):
    """Each article does not add its own queries: a board's queue may hold a hundred."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = login(staff["editor"])
    client.get(QUEUE)  # warm the caches (content types, settings)
    with CaptureQueriesContext(connection) as three:
        queue_page(client)
    writer = login(staff["reporter"])
    for number in range(3):
        writer.post(f"{ADMIN}/pages/add/news/articlepage/{portal['sections']['local'].pk}/",
                    article_form(f"Bài thêm {number}", **{"action-submit": "1"}))
    with CaptureQueriesContext(connection) as six:
        page = queue_page(client)
    assert "6 bài đang chờ" in page
    assert len(six) == len(three), "\n".join(q["sql"][:200] for q in six.captured_queries)
