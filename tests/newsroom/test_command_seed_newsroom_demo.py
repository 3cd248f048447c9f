"""`seed_newsroom_demo`: one person per role and articles in review; a second run adds nothing."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from wagtail.models import Page, WorkflowState

from bantin.news.factories import HomePageFactory, SectionPageFactory
from bantin.newsroom import demo


@pytest.fixture
def demo_portal(db):
    home = HomePageFactory(parent=Page.get_first_root_node(), slug=demo.HOME_SLUG)
    news = SectionPageFactory(parent=home, title="Tin tức", slug="tin-tuc")
    SectionPageFactory(parent=news, title="Tin trong tỉnh", slug="tin-trong-tinh")
    SectionPageFactory(parent=home, title="Xây dựng Đảng", slug="xay-dung-dang")
    return home


def run():
    output = io.StringIO()
    call_command("seed_newsroom_demo", stdout=output)
    return output.getvalue()


def test_creates_staff_and_articles_in_review_once(demo_portal):
    output = run()
    assert "bbt.thanhha" in output and "Mật khẩu" in output
    editor = get_user_model().objects.get(username="btv.haiyen")
    assert editor.groups.filter(name__startswith="Biên tập viên · Tin tức").exists()
    states = WorkflowState.objects.filter(status=WorkflowState.STATUS_IN_PROGRESS)
    steps = sorted(state.current_task_state.task.name for state in states)
    assert steps == ["Chờ biên tập", "Chờ biên tập", "Chờ duyệt"]
    run()
    assert WorkflowState.objects.count() == 3
    assert get_user_model().objects.filter(username__contains=".").count() == 5


def test_refuses_without_the_demo_portal(db):
    with pytest.raises(CommandError, match="seed_demo"):
        run()
