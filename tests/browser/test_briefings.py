"""A briefing from record to article, in headless Chromium: the office records the meeting, two
units submit their reports, the chair's conclusions become tasks, one goes overdue and is
flagged, the draft article is made, approved and published, and the summary for the period
shows it all."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Workflow

from bantin.briefings import periods, roles
from bantin.briefings.factories import PersonFactory, UnitFactory
from bantin.briefings.models import Briefing, Membership, Task, UnitReport
from bantin.news.models import ArticlePage
from bantin.newsroom import roles as newsroom_roles
from tests.browser.conftest import admin_sign_in
from tests.newsroom.conftest import make_staff

pytestmark = pytest.mark.browser
DESKTOP = {"width": 1280, "height": 1000}


@pytest.fixture
def office(live_portal):
    site, local = live_portal["site"], live_portal["sections"]["local"]
    units = {
        "office": UnitFactory(site=site, name="Văn phòng Tỉnh ủy", short_name="VP",
                              is_office=True),
        "propaganda": UnitFactory(site=site, name="Ban Tuyên giáo Tỉnh ủy", short_name="BTG"),
        "organisation": UnitFactory(site=site, name="Ban Tổ chức Tỉnh ủy", short_name="BTC"),
    }
    people = {}
    for key, unit in units.items():
        user = make_staff(f"cb-{unit.short_name.lower()}", newsroom_roles.REPORTER, local)
        user.groups.add(Group.objects.get(
            name=roles.OFFICE if unit.is_office else roles.UNIT_STAFF))
        Membership.objects.create(unit=unit, user=user)
        people[key] = user
    chair = PersonFactory(site=site, name="Hoàng Văn Chủ Trì",
                          title="Phó Bí thư Thường trực Tỉnh ủy", unit=units["office"])
    return {"units": units, "people": people, "chair": chair,
            "editor": make_staff("btv", newsroom_roles.EDITOR, local),
            "board": make_staff("bbt", newsroom_roles.BOARD, live_portal["home"])}


def fill_date(page, selector, value):
    """Type a date as a person does, then take Wagtail's date pickers out of the page.

    Hiding a picker is not enough: it can show itself again on a timer a moment after the
    field loses focus and then covers the next button the test clicks. A picker taken out
    of the document stays out of the way; the typed value is the field's own.
    """
    page.fill(selector, value)
    page.locator(selector).press("Tab")
    page.evaluate("document.querySelectorAll('.xdsoft_datetimepicker')"
                  ".forEach(picker => picker.remove())")


def test_a_briefing_from_record_to_article(browser, live_portal, office, artifacts):
    base, units, people = live_portal["base_url"], office["units"], office["people"]
    today = timezone.localdate()
    held_on = today - timedelta(days=40)
    period = periods.Period.containing(periods.MONTH, held_on).previous()

    # 1. The office records the meeting: units to report, the chair, two conclusions.
    page = browser.new_context(viewport=DESKTOP).new_page()
    admin_sign_in(page, base, people["office"])
    page.goto(base + "/quan-tri/snippets/briefings/briefing/add/")
    page.fill("#id_title", "Giao ban khối các cơ quan tham mưu")
    page.select_option("#id_period_kind", periods.MONTH)
    fill_date(page, "#id_period_start", period.start.isoformat())
    fill_date(page, "#id_period_end", period.end.isoformat())
    fill_date(page, "#id_held_on", held_on.isoformat())
    page.fill("#id_place", "Hội trường Tỉnh ủy")
    page.select_option("#id_chair", str(office["chair"].pk))
    due = (timezone.localtime() + timedelta(days=2)).strftime("%Y-%m-%d 17:00")
    for number, key in enumerate(("propaganda", "organisation")):
        page.click("#id_units-ADD")
        page.select_option(f"#id_units-{number}-unit", str(units[key].pk))
        fill_date(page, f"#id_units-{number}-report_due", due)
    conclusions = [
        ("Tổ chức tuyên truyền sâu rộng kết quả giao ban đến cơ sở.", "propaganda",
         today + timedelta(days=30)),
        ("Hoàn thành rà soát quy hoạch cán bộ diện Ban Thường vụ quản lý.", "organisation",
         today - timedelta(days=5)),
    ]
    for number, (text, lead, deadline) in enumerate(conclusions):
        page.click("#id_conclusions-ADD")
        page.fill(f"#id_conclusions-{number}-number", str(number + 1))
        page.fill(f"#id_conclusions-{number}-text", text)
        page.select_option(f"#id_conclusions-{number}-lead_unit", str(units[lead].pk))
        fill_date(page, f"#id_conclusions-{number}-deadline", deadline.isoformat())
    page.check(f"input[name='conclusions-1-coordinating_units'][value='{units['propaganda'].pk}']")
    page.locator("button.action-save").click()
    page.wait_for_load_state()
    page.screenshot(path=str(artifacts / "briefing-saved.png"), full_page=True)
    errors = page.locator(".error-message, .help-critical").all_inner_texts()
    assert "/add/" not in page.url, errors
    briefing = Briefing.objects.get()
    assert Task.objects.filter(conclusion__briefing=briefing).count() == 3

    # 2. Two units submit their reports from their dashboards.
    for key, figure, previous in (("propaganda", "1.250", "1.100"),
                                  ("organisation", "86,5", "80")):
        unit_page = browser.new_context(viewport=DESKTOP).new_page()
        admin_sign_in(unit_page, base, people[key])
        unit_page.goto(base + "/quan-tri/")
        unit_page.get_by_role("link", name=f"{units[key]} · {briefing}").click()
        unit_page.fill("#id_results", f"{units[key].name} hoàn thành các nhiệm vụ của kỳ.")
        unit_page.fill("#id_shortcomings", "Một số việc còn chậm tiến độ.")
        unit_page.fill("input[name='chi-tieu-0-name']", "Số buổi sinh hoạt chuyên đề")
        unit_page.fill("input[name='chi-tieu-0-value']", figure)
        unit_page.fill("input[name='chi-tieu-0-measure']", "buổi")
        unit_page.fill("input[name='chi-tieu-0-previous_value']", previous)
        unit_page.locator("button[name=submit]").click()
        unit_page.get_by_text("Đã nộp báo cáo.").wait_for()
    assert UnitReport.objects.filter(submitted_at__isnull=False).count() == 2

    # 3. The overdue task stands out where its unit looks.
    unit_page.goto(base + "/quan-tri/")
    unit_page.get_by_text("Quá hạn 5 ngày").first.wait_for()
    unit_page.screenshot(path=str(artifacts / "briefings-dashboard.png"), full_page=True)
    page.goto(base + f"/quan-tri/giao-ban/{briefing.pk}/tinh-hinh-bao-cao/")
    assert page.locator(".status-tag.is-done").count() == 2

    # 4. The draft article, made from the record, reviewed and published.
    page.goto(base + f"/quan-tri/giao-ban/{briefing.pk}/bai-viet/")
    page.select_option("select[name=section]", str(live_portal["sections"]["local"].pk))
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(lambda url: "/pages/" in url and "/edit/" in url)
    briefing.refresh_from_db()
    article = ArticlePage.objects.get(pk=briefing.article_id)
    assert not article.live and "Hoàng Văn Chủ Trì" in article.lead
    workflow = Workflow.objects.get(name="Quy trình duyệt bài")
    state = workflow.start(article, people["office"])
    state.current_task_state.task.specific.on_action(state.current_task_state,
                                                     office["editor"], "approve")
    board = browser.new_context(viewport=DESKTOP).new_page()
    admin_sign_in(board, base, office["board"])
    board.goto(base + "/quan-tri/hang-cho-duyet/")
    board.locator(".queue__item", has_text=article.title).get_by_role(
        "button", name="Duyệt", exact=True).click()
    board.wait_for_load_state()
    article.refresh_from_db()
    assert article.live
    reader = browser.new_context(viewport=DESKTOP).new_page()
    reader.goto(base + article.url)
    assert reader.get_by_text("1.250").first.is_visible()

    # 5. The summary for the period shows the figures, the reports and the tasks.
    # A range from the month reported on to today holds both the period and the meeting.
    page.goto(base + "/quan-tri/giao-ban/tong-hop/?" + "&".join([
        f"site={live_portal['site'].pk}", "kind=range", f"start={period.start.isoformat()}",
        f"end={today.isoformat()}"]))
    summary = page.locator("main").inner_text()
    assert "Số buổi sinh hoạt chuyên đề" in summary and "1.250" in summary
    assert "Quá hạn" in summary
    page.screenshot(path=str(artifacts / "briefings-summary.png"), full_page=True)
