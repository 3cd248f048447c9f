"""`seed_briefings_demo` (#11, point 7): units in a tree with staff who can sign in, briefings
over several months with reports, figures and conclusions, tasks in every state, one draft
article; a second run makes nothing twice."""

import io
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import Client
from django.utils import timezone
from wagtail.models import Page, Site

from bantin.briefings.models import (
    Attendance,
    Briefing,
    Conclusion,
    ExtensionRequest,
    Indicator,
    Membership,
    Person,
    Task,
    TaskUpdate,
    Unit,
    UnitReport,
)
from bantin.news.demo import PARTY_BLOC, PROVINCE
from bantin.news.factories import HomePageFactory, SectionPageFactory
from bantin.news.models import ArticlePage
from tests.conftest import ensure_wagtail_roots

PASSWORD = "mat-khau-chay-thu-dai"
COUNTED = (Unit, Person, Membership, Briefing, Attendance, UnitReport, Indicator, Conclusion, Task,
           TaskUpdate, ExtensionRequest, ArticlePage, get_user_model())


@pytest.fixture
def demo_portals(db):
    """The two demo portals as seed_demo leaves them, with the sections the articles go to."""
    ensure_wagtail_roots()
    Site.objects.all().delete()
    Page.objects.filter(depth__gt=1).delete()
    for portal, section, default in ((PROVINCE, "hoat-dong-cac-ban-dang", True),
                                     (PARTY_BLOC, "hoat-dong-dang-uy-khoi", False)):
        home = HomePageFactory(parent=Page.get_first_root_node(), slug=portal.slug,
                               title=portal.site_name)
        Site.objects.create(hostname=portal.hostname, port=80, root_page=home,
                            site_name=portal.site_name, is_default_site=default)
        SectionPageFactory(parent=home, title=section, slug=section)


def run():
    output = io.StringIO()
    call_command("seed_briefings_demo", password=PASSWORD, stdout=output)
    return output.getvalue()


def counts():
    return {model.__name__: model.objects.count() for model in COUNTED}


def test_a_second_run_makes_nothing_twice(demo_portals):
    first = run()
    made = counts()
    assert made["Briefing"] == 4 and made["Unit"] == 13 and made["ArticlePage"] == 1
    second = run()
    assert counts() == made
    assert "0 cuộc họp mới" in second and "4 cuộc họp mới" in first
    for username in ("vp.tinhuy", "btc.tinhuy", "snn.tinhuy", "vp.dangbokhoi"):
        assert username in first
    assert "Văn phòng Tỉnh ủy (Văn phòng cấp ủy): vp.tinhuy" in first


def test_every_task_state_is_there(demo_portals):
    run()
    today = timezone.localdate()
    tasks = list(Task.objects.all())
    done = [task for task in tasks if task.status == Task.DONE]
    going = [task for task in tasks if task.status != Task.DONE]
    assert any(not task.done_late for task in done) and any(task.done_late for task in done)
    assert any(t.status == Task.OPEN and not t.is_overdue(today) for t in going)
    assert any(t.status == Task.IN_PROGRESS and not t.is_overdue(today) for t in going)
    assert any(task.is_overdue(today) for task in going)
    extended = [task for task in tasks if task.extended]
    assert extended and all(t.extensions.filter(state=ExtensionRequest.APPROVED).exists()
                            for t in extended)
    assert not extended[0].is_overdue(today)
    states = set(ExtensionRequest.objects.values_list("state", flat=True))
    assert states == {ExtensionRequest.APPROVED, ExtensionRequest.PENDING,
                      ExtensionRequest.REFUSED}


def test_units_form_a_tree_with_their_staff(demo_portals):
    run()
    office = Unit.objects.get(name="Văn phòng Tỉnh ủy")
    assert office.is_office and office.memberships.get().user.groups.filter(
        name="Văn phòng cấp ủy").exists()
    bloc = Unit.objects.get(name="Đảng ủy Khối các cơ quan tỉnh")
    assert set(bloc.children.values_list("short_name", flat=True)) == {"ĐU SNN", "ĐU SGD"}
    staff = get_user_model().objects.get(username="btc.tinhuy")
    assert staff.groups.filter(name="Cán bộ đơn vị").exists()
    client = Client()  # through the real sign-in page: no second step is asked of unit staff
    response = client.post("/quan-tri/login/", {"username": "btc.tinhuy", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/quan-tri/giao-ban/nhiem-vu/").status_code == 200


def test_briefings_span_months_with_figures_and_titles_of_the_day(demo_portals):
    run()
    province = Briefing.objects.filter(site__root_page__slug=PROVINCE.slug).order_by("held_on")
    assert province.count() == 3
    assert province.last().held_on - province.first().held_on > timedelta(days=60)
    assert all(b.held_on < timezone.localdate() for b in province)
    figures = list(Indicator.objects.all())
    assert any(figure.value % 1 for figure in figures)  # decimals, for 1.234,5
    assert all(figure.previous_value is not None for figure in figures)
    promoted = Attendance.objects.get(briefing=province.first(), person__name="Vũ Thị Lan Anh")
    assert promoted.title != promoted.person.title
    assert UnitReport.objects.filter(internal=True).exists()
    assert Conclusion.objects.filter(internal=True).exists()


def test_one_briefing_has_its_draft_article(demo_portals):
    run()
    record = Briefing.objects.get(article__isnull=False)
    article = record.article
    assert not article.live and article.latest_revision is not None
    assert article.owner.username == "vp.tinhuy"
    assert article.get_parent().slug == "hoat-dong-cac-ban-dang"
    internal = record.reports.get(internal=True)
    assert internal.results not in str(article.body)


def test_refuses_without_the_demo_portals(db):
    with pytest.raises(CommandError, match="seed_demo"):
        run()
