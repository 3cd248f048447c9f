"""The summary for a period (#11, point 4): Quarter III/2025 of the provincial portal, with a
monthly briefing for July and the quarterly one, compiled on 20/11/2025: indicators matched
across units and spellings against the quarter before, the conclusions' tasks by state, which
units reported on time; the admin page for the office only, its XLSX and PDF, bad input."""

from datetime import date, datetime
from decimal import Decimal
from io import BytesIO

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.translation import gettext
from openpyxl import load_workbook
from pypdf import PdfReader

from bantin.briefings import periods, services, summary, summary_tables
from bantin.briefings.factories import (
    BriefingFactory,
    BriefingUnitFactory,
    ConclusionFactory,
    IndicatorFactory,
    PersonFactory,
    UnitFactory,
    UnitReportFactory,
)
from bantin.briefings.models import Task
from tests.browser.conftest import ARTIFACTS, admin_sign_in
from tests.browser.test_csp import Watched
from tests.conftest import signed_in

URL = "/quan-tri/giao-ban/tong-hop/"
QUARTER = periods.Period.of(periods.QUARTER, 2025, 3)
NOW = timezone.make_aware(datetime(2025, 11, 20, 9, 0))


def moment(day, hour=9):
    return timezone.make_aware(datetime(day.year, day.month, day.day, hour))


def meeting(site, chair, *, kind, start, end, held_on, invited, due):
    record = BriefingFactory(site=site, chair=chair, period_kind=kind, period_start=start,
                             period_end=end, held_on=held_on)
    for unit in invited:
        BriefingUnitFactory(briefing=record, unit=unit, report_due=moment(due, 17))
    return record


def report(briefing, unit, submitted_on, *figures):
    """A report submitted on `submitted_on` (None: a draft) with (name, value, measure,
    previous) figures."""
    record = UnitReportFactory(briefing=briefing, unit=unit,
                               submitted_at=moment(submitted_on) if submitted_on else None)
    for name, value, measure, previous in figures:
        IndicatorFactory(report=record, name=name, value=Decimal(value), measure=measure,
                         previous_value=None if previous is None else Decimal(previous))
    return record


def task(conclusion, unit, *, done_on=None):
    found = Task.objects.get(conclusion=conclusion, unit=unit)
    if done_on:
        found.status, found.done_on = Task.DONE, done_on
        found.save()
    return found


@pytest.fixture
def quarter(portal, units, other_portal):
    """July's briefing (the boards and the bloc report: on time, late, a draft only) and the
    quarter's (all on time), the second quarter's for the figures before, and another portal's
    third quarter that must stay out."""
    site, btg, btc, duk = (portal["site"], units["propaganda"], units["organisation"],
                           units["bloc"])
    chair = PersonFactory(site=site, name="Lê Thị Chủ Trì", title="Phó Bí thư Tỉnh ủy")
    members = "Số đảng viên mới kết nạp"
    july = meeting(site, chair, kind=periods.MONTH, start=date(2025, 7, 1),
                   end=date(2025, 7, 31), held_on=date(2025, 8, 5), invited=[btg, btc, duk],
                   due=date(2025, 8, 1))
    report(july, btg, date(2025, 7, 30), (members, "5", "đảng viên", "4"))
    report(july, btc, date(2025, 8, 3), ("Số tin bài tuyên truyền", "40", "tin", "35"))
    report(july, duk, None, (members, "100", "đảng viên", "90"))
    third = meeting(site, chair, kind=periods.QUARTER, start=QUARTER.start, end=QUARTER.end,
                    held_on=date(2025, 9, 29), invited=[btg, btc, duk], due=date(2025, 9, 25))
    report(third, btg, date(2025, 9, 24), ("Số Đảng viên  mới kết nạp", "12", "Đảng viên", "9"))
    report(third, btc, date(2025, 9, 20), ("so dang vien moi ket nap", "15", "đảng viên", None))
    report(third, duk, date(2025, 9, 25),
           ("Tỷ lệ đảng viên được đánh giá hoàn thành tốt nhiệm vụ", "95.5", "%", "94"))
    second = meeting(site, chair, kind=periods.QUARTER, start=date(2025, 4, 1),
                     end=date(2025, 6, 30), held_on=date(2025, 6, 28), invited=[btc],
                     due=date(2025, 6, 25))
    report(second, btc, date(2025, 6, 20), (members, "20", "đảng viên", None))

    first = ConclusionFactory(briefing=july, number=1, lead_unit=btg, deadline=date(2025, 9, 30),
                              text="Đẩy mạnh tuyên truyền kết quả đại hội.")
    late = ConclusionFactory(briefing=july, number=2, lead_unit=btc, deadline=date(2025, 9, 30),
                             text="Hoàn thành rà soát quy hoạch cán bộ.")
    late.coordinating_units.set([duk])
    late.save()
    ahead = ConclusionFactory(briefing=third, number=1, lead_unit=duk,
                              deadline=date(2025, 12, 31), text="Tổng kết công tác năm.")
    ConclusionFactory(briefing=second, number=1, lead_unit=btc, deadline=date(2025, 8, 1),
                      text="Kết luận của quý trước, không thuộc kỳ.")
    for record in (july, third, second):
        services.tasks_sync(record)
    task(first, btg, done_on=date(2025, 9, 15))
    task(late, btc, done_on=date(2025, 10, 10))

    elsewhere_unit = UnitFactory(site=other_portal["site"], name="Ban Tuyên giáo Đảng ủy Khối")
    elsewhere = meeting(other_portal["site"],
                        PersonFactory(site=other_portal["site"], name="Người Khác"),
                        kind=periods.QUARTER, start=QUARTER.start, end=QUARTER.end,
                        held_on=date(2025, 9, 30), invited=[elsewhere_unit],
                        due=date(2025, 9, 25))
    report(elsewhere, elsewhere_unit, date(2025, 9, 1), (members, "1000", "đảng viên", "1"))
    return {"july": july, "third": third, "ahead": ahead}


@pytest.fixture
def compiled(portal, quarter):
    return summary.summary_compile(site=portal["site"], period=QUARTER, now=NOW)


def by_unit(lines):
    return {line.unit.short_name: line.figure for line in lines}


def test_indicators_are_matched_across_spellings_and_compared_with_the_quarter_before(
        compiled):
    assert [(item.name, item.measure) for item in compiled.indicators] == [
        ("Số Đảng viên  mới kết nạp", "Đảng viên"), ("Số tin bài tuyên truyền", "tin"),
        ("Tỷ lệ đảng viên được đánh giá hoàn thành tốt nhiệm vụ", "%")]
    members, news, rate = compiled.indicators
    figures = by_unit(members.units)
    assert set(figures) == {"BTG", "BTC"}  # the bloc's draft and the other portal stay out
    # The quarter's report outweighs July's; its previous value is the one the unit gave.
    assert (figures["BTG"].value, figures["BTG"].previous) == (Decimal(12), Decimal(9))
    assert (figures["BTG"].change, figures["BTG"].change_percent) == (Decimal(3),
                                                                      Decimal("33.3"))
    # None given: the figure the unit reported for the second quarter.
    assert (figures["BTC"].value, figures["BTC"].previous) == (Decimal(15), Decimal(20))
    assert (figures["BTC"].change, figures["BTC"].change_percent) == (Decimal(-5),
                                                                      Decimal("-25.0"))
    total = members.total
    assert total.value == Decimal(27) and total.complete
    comparable = total.comparable
    assert (comparable.value, comparable.previous, comparable.change,
            comparable.change_percent) == (Decimal(27), Decimal(29), Decimal(-2),
                                           Decimal("-6.9"))
    # Only July's report gives it: its 35 is June's figure, not the second quarter's.
    assert by_unit(news.units)["BTC"] == summary.Comparison(Decimal(40), None)
    assert by_unit(rate.units)["ĐUK"] == summary.Comparison(Decimal("95.5"), Decimal(94))
    assert rate.ratio and rate.total is None  # a rate is not added up


def test_the_indicator_key_folds_case_diacritics_and_spaces():
    assert summary.indicator_key(" Số  Đảng viên mới ", "Đảng viên") == \
        summary.indicator_key("so dang vien moi", "dang vien")
    assert summary.indicator_key("Số đảng viên", "người") != \
        summary.indicator_key("Số đảng viên", "đảng viên")


def test_a_change_against_nothing_or_zero_has_no_percentage():
    assert summary.Comparison(Decimal(5), None).change is None
    assert summary.Comparison(Decimal(5), Decimal(0)).change_percent is None
    assert summary.Comparison(Decimal(-5), Decimal(-10)).change_percent == Decimal("50.0")


def test_tasks_of_the_conclusions_held_in_the_period_by_state(compiled, quarter):
    numbers = [(item.conclusion.briefing_id, item.conclusion.number)
               for item in compiled.conclusions]
    assert numbers == [(quarter["july"].pk, 1), (quarter["july"].pk, 2),
                       (quarter["third"].pk, 1)]  # the second quarter's conclusion stays out
    states = {(item.task.unit.short_name, item.task.conclusion.text[:10]): item.state
              for conclusion in compiled.conclusions for item in conclusion.tasks}
    assert states == {("BTG", "Đẩy mạnh t"): summary.DONE_ON_TIME,
                      ("BTC", "Hoàn thành"): summary.DONE_LATE,
                      ("ĐUK", "Hoàn thành"): summary.OVERDUE,
                      ("ĐUK", "Tổng kết c"): summary.OPEN}
    tallies = {tally.unit.short_name: tally.counts for tally in compiled.task_tallies}
    assert tallies["ĐUK"] == {summary.DONE_ON_TIME: 0, summary.DONE_LATE: 0, summary.OPEN: 1,
                              summary.OVERDUE: 1}
    assert tallies["BTC"][summary.DONE_LATE] == 1 and tallies["BTG"][summary.DONE_ON_TIME] == 1
    assert compiled.task_total.counts == dict.fromkeys(dict(summary.TASK_STATES), 1)
    assert compiled.task_total.total == 4


def test_which_units_reported_on_time_late_or_not_at_all(compiled, quarter):
    per_briefing = {item.briefing.pk: {report.invitation.unit.short_name: report.state
                                       for report in item.reports}
                    for item in compiled.briefings}
    assert per_briefing == {
        quarter["july"].pk: {"BTG": summary.ON_TIME, "BTC": summary.LATE,
                             "ĐUK": summary.MISSING},  # a draft is not a report
        quarter["third"].pk: {"BTG": summary.ON_TIME, "BTC": summary.ON_TIME,
                              "ĐUK": summary.ON_TIME}}
    assert compiled.report_total.counts == {summary.ON_TIME: 4, summary.LATE: 1,
                                            summary.MISSING: 1, summary.WAITING: 0}
    tallies = {tally.unit.short_name: tally.counts for tally in compiled.report_tallies}
    assert tallies["ĐUK"][summary.MISSING] == 1 and tallies["BTC"][summary.LATE] == 1


def test_a_report_not_yet_due_is_waiting_not_missing(compiled, quarter):
    invitation = quarter["third"].units.first()
    assert summary.report_state(invitation, None, invitation.report_due.replace(day=1)) == \
        summary.WAITING


def test_the_heading_names_the_agency_the_portal_and_the_period(compiled):
    assert compiled.heading == summary.Heading(
        agency_name="Cơ quan Cổng Tỉnh ủy", site_name="Cổng Tỉnh ủy",
        period_name="Quý III/2025", made_on=date(2025, 11, 20))
    assert str(compiled.previous_period) == "Quý II/2025"


def query(portal, **changes):
    return {"site": portal["site"].pk, "kind": "quarter", "year": 2025, "number": 3, **changes}


@time_machine.travel(NOW, tick=False)
def test_the_office_sees_the_tables_and_charts(portal, quarter, people):
    response = signed_in(people["office"]).get(URL, query(portal))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Quý III/2025" in page and "Quý II/2025" in page
    assert "Ban Tổ chức Tỉnh ủy" in page and "−6,9 %" in page and "+33,3 %" in page
    assert page.count('<svg class="summary-chart"') == 5  # three indicators, tasks, reports
    assert "Ban Tuyên giáo Đảng ủy Khối" not in page
    assert "/quan-tri/giao-ban/tong-hop/xlsx/?site=" in page


@time_machine.travel(NOW, tick=False)
def test_without_a_choice_the_page_shows_this_quarter(portal, quarter, people):
    response = signed_in(people["office"]).get(URL)
    assert response.status_code == 200
    assert "Quý IV/2025" in response.content.decode()


def test_unit_staff_cannot_open_the_summary_or_its_files(portal, quarter, people):
    client = signed_in(people["propaganda"])
    for url in (URL, URL + "xlsx/", URL + "pdf/"):
        response = client.get(url, query(portal))
        assert response.status_code == 403
        assert "Chỉ cán bộ văn phòng cấp ủy" in response.content.decode()
        assert "Ban Tổ chức Tỉnh ủy" not in response.content.decode()


def test_the_giao_ban_menu_links_the_summary_for_the_office_only(portal, people):
    assert URL in signed_in(people["office"]).get("/quan-tri/").content.decode()
    assert URL not in signed_in(people["propaganda"]).get("/quan-tri/").content.decode()


@pytest.mark.parametrize(("changes", "name"), [
    ({"kind": "month", "number": 7}, "Tháng 7/2025"),
    ({"kind": "half", "number": 2}, "6 tháng cuối năm 2025"),
    ({"kind": "year", "number": ""}, "Năm 2025"),
    ({"kind": "range", "start": "2025-07-01", "end": "31/07/2025"},
     "Từ 01/07/2025 đến 31/07/2025"),
])
def test_every_kind_of_period_can_be_summarised(portal, quarter, people, changes, name):
    response = signed_in(people["office"]).get(URL, query(portal, **changes))
    assert response.status_code == 200
    assert response.context["summary"].heading.period_name == name
    assert f"Báo cáo tổng hợp giao ban: {name}" in response.content.decode()


def test_a_month_takes_only_its_own_briefings(portal, quarter):
    july = summary.summary_compile(site=portal["site"],
                                   period=periods.Period.of(periods.MONTH, 2025, 7), now=NOW)
    members = july.indicators[0]
    assert by_unit(members.units) == {"BTG": summary.Comparison(Decimal(5), Decimal(4))}
    assert [item.briefing for item in july.briefings] == [quarter["july"]]
    assert july.conclusions == []  # July's briefing met in August


FIRST_2024 = periods.Period.of(periods.QUARTER, 2024, 1)
MEMBERS = "Số đảng viên mới kết nạp"


def first_quarter_2024(portal, invited):
    """The quarterly briefing for Quarter I/2024, to which `invited` report; nothing before."""
    return meeting(portal["site"], PersonFactory(site=portal["site"]), kind=periods.QUARTER,
                   start=FIRST_2024.start, end=FIRST_2024.end, held_on=date(2024, 4, 5),
                   invited=invited, due=date(2024, 4, 1))


def indicators_html(response):
    """The indicators' section of the admin page."""
    page = response.content.decode()
    return page.split('id="tong-hop-indicators"')[1].split('id="tong-hop-tasks"')[0]


def total_rows(sheet):
    return {(row[0], row[2]): row[3:7] for row in sheet.iter_rows(values_only=True)}


@time_machine.travel(NOW, tick=False)
def test_a_total_compares_only_the_units_with_figures_for_both_periods(portal, units, people):
    """BTG 10, was 8; BTC 5 with no figure before: the total is 15, but the change is +2 over
    BTG alone, not 15 against 8."""
    btg, btc = units["propaganda"], units["organisation"]
    record = first_quarter_2024(portal, [btg, btc])
    report(record, btg, date(2024, 3, 30), (MEMBERS, "10", "đảng viên", "8"))
    report(record, btc, date(2024, 3, 30), (MEMBERS, "5", "đảng viên", None))
    compiled = summary.summary_compile(site=portal["site"], period=FIRST_2024, now=NOW)
    total = compiled.indicators[0].total
    assert total.value == Decimal(15) and not total.complete
    assert total.comparable == summary.Comparison(Decimal(10), Decimal(8))
    assert total.missing_previous == [btc]

    table = summary_tables.indicators_section(compiled).tables[0]
    both = gettext("Units with figures for both periods")
    assert table.foot == [[gettext("Total"), "15", "", "", ""], [both, "10", "8", "+2", "+25 %"]]
    assert "Ban Tổ chức Tỉnh ủy" in table.note and "Ban Tuyên giáo Tỉnh ủy" not in table.note

    client = signed_in(people["office"])
    section = indicators_html(client.get(URL, query(portal, year=2024, number=1)))
    assert section.count("<tr>") == 1 + 2 + 2 and "+25 %" in section and "+7" not in section
    book = load_workbook(BytesIO(client.get(URL + "xlsx/", query(portal, year=2024,
                                                                  number=1)).content))
    rows = total_rows(book["Chỉ tiêu"])
    assert rows[MEMBERS, gettext("Total")] == (15, None, None, None)
    assert rows[MEMBERS, both] == (10, 8, 2, 25)
    pdf = client.get(URL + "pdf/", query(portal, year=2024, number=1)).content
    text = "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)
    assert "+25 %" in text and "+7" not in text


def test_no_total_compared_when_no_unit_gave_the_figure_before(portal, units):
    record = first_quarter_2024(portal, [units["propaganda"], units["organisation"]])
    report(record, units["propaganda"], date(2024, 3, 30), (MEMBERS, "10", "đảng viên", None))
    report(record, units["organisation"], date(2024, 3, 30), (MEMBERS, "5", "đảng viên", None))
    compiled = summary.summary_compile(site=portal["site"], period=FIRST_2024, now=NOW)
    assert compiled.indicators[0].total.comparable is None
    table = summary_tables.indicators_section(compiled).tables[0]
    assert table.foot == [[gettext("Total"), "15", "", "", ""]]


@time_machine.travel(NOW, tick=False)
def test_rates_are_not_added_up_across_units(portal, units, people):
    """95 % and 90 % do not make 185 %: no total row, and the table says why."""
    rate = "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ"
    record = first_quarter_2024(portal, [units["propaganda"], units["organisation"]])
    report(record, units["propaganda"], date(2024, 3, 30), (rate, "95", "%", "93"))
    report(record, units["organisation"], date(2024, 3, 30), (rate, "90", "%", "92"))
    compiled = summary.summary_compile(site=portal["site"], period=FIRST_2024, now=NOW)
    indicator = compiled.indicators[0]
    assert indicator.ratio and indicator.total is None
    table = summary_tables.indicators_section(compiled).tables[0]
    assert table.foot == [] and table.note
    assert [row.cells[1] for row in table.rows] == ["95", "90"]

    client = signed_in(people["office"])
    section = indicators_html(client.get(URL, query(portal, year=2024, number=1)))
    assert "<tfoot>" not in section and ">185<" not in section and table.note in section
    book = load_workbook(BytesIO(client.get(URL + "xlsx/", query(portal, year=2024,
                                                                  number=1)).content))
    assert 185 not in [value for row in book["Chỉ tiêu"].iter_rows(values_only=True)
                       for value in row]
    assert (rate, gettext("Total")) not in total_rows(book["Chỉ tiêu"])


@pytest.mark.parametrize(("name", "measure", "ratio"), [
    ("Tỷ lệ hộ nghèo", "%", True),
    ("Tỉ lệ thu gom rác thải", "", True),
    ("Mức độ hài lòng của người dân", "Phần trăm", True),
    ("Tỷ suất sinh", "‰", True),
    ("Thu nhập bình quân đầu người", "triệu đồng", True),
    ("Chi thường xuyên", "triệu đồng/người", True),
    ("Tốc độ tăng trưởng kinh tế", "", True),
    ("Số lượt truy cập trung bình mỗi ngày", "lượt", True),
    ("Số đảng viên mới kết nạp", "đảng viên", False),
    ("Tổng thu ngân sách", "tỷ đồng", False),  # "tỷ đồng" is no "tỷ lệ"
    ("Số lần kiểm tra", "lần", False),
])
def test_which_indicators_are_rates_or_averages(name, measure, ratio):
    assert summary.is_ratio(name, measure) is ratio


def test_a_quarter_of_monthly_reports_is_compared_with_the_quarter_before_not_the_month(
        portal, units):
    """September's report gives 25 for August; against the second quarter, the figure is the
    latest the unit reported in it (June's 18), or none at all."""
    site, btg, btc = portal["site"], units["propaganda"], units["organisation"]
    chair = PersonFactory(site=site)
    news = "Số tin bài tuyên truyền"

    def month(number, invited):
        period = periods.Period.of(periods.MONTH, 2024, number)
        return meeting(site, chair, kind=periods.MONTH, start=period.start, end=period.end,
                       held_on=period.end, invited=invited, due=period.end)

    september = month(9, [btg, btc])
    report(september, btg, date(2024, 9, 25), (news, "30", "tin", "25"))
    report(september, btc, date(2024, 9, 25), (news, "12", "tin", "10"))
    report(month(4, [btg]), btg, date(2024, 4, 25), (news, "5", "tin", None))
    report(month(6, [btg]), btg, date(2024, 6, 25), (news, "18", "tin", "16"))

    third = summary.summary_compile(site=site, period=periods.Period.of(periods.QUARTER, 2024, 3),
                                    now=NOW)
    assert by_unit(third.indicators[0].units) == {
        "BTG": summary.Comparison(Decimal(30), Decimal(18)),
        "BTC": summary.Comparison(Decimal(12), None)}
    # The month's own summary takes the previous values the units gave.
    own = summary.summary_compile(site=site, period=periods.Period.of(periods.MONTH, 2024, 9),
                                  now=NOW)
    assert by_unit(own.indicators[0].units) == {
        "BTG": summary.Comparison(Decimal(30), Decimal(25)),
        "BTC": summary.Comparison(Decimal(12), Decimal(10))}


HOSTILE_NAMES = ['=HYPERLINK("http://ke-gian.example/x","Xem chi tiết")', "+1+2 lượt",
                 "-3+4 tin", "@SUM(1+1)", "\t=1+2", "\r=1+3"]
HOSTILE_MEASURES = ["=1+1", "+cmd", "-cmd", "@cmd", "\t=2+2", "\r=3+3"]


def as_excel_keeps(text):
    """XML keeps no lone CR: a line end is stored as Excel writes it, LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


@time_machine.travel(NOW, tick=False)
def test_the_workbook_stores_what_the_units_typed_as_text_never_as_a_formula(portal, units,
                                                                             people):
    site = portal["site"]
    unit = UnitFactory(site=site, name='=HYPERLINK("http://ke-gian.example","Ban")',
                       short_name="=1+1")
    record = first_quarter_2024(portal, [unit, units["propaganda"]])
    record.title, record.held_on = "=1+1 Giao ban quý I", date(2024, 3, 29)  # its conclusions count
    record.save()
    report(record, unit, date(2024, 3, 30),
           *[(name, "1", measure, None) for name, measure in zip(HOSTILE_NAMES,
                                                                 HOSTILE_MEASURES,
                                                                 strict=True)])
    ConclusionFactory(briefing=record, number=1, lead_unit=unit,
                      text="=HYPERLINK(\"http://ke-gian.example\")\r\nrồi báo cáo.")
    services.tasks_sync(record)

    response = signed_in(people["office"]).get(URL + "xlsx/", query(portal, year=2024,
                                                                    number=1))
    assert response.status_code == 200
    book = load_workbook(BytesIO(response.content))
    cells = [cell for sheet in book for row in sheet.iter_rows() for cell in row
             if cell.value is not None]
    assert [cell.coordinate for cell in cells if cell.data_type == "f"] == []
    texts = {cell.value for cell in cells if isinstance(cell.value, str)}
    assert all(cell.data_type == "s" for cell in cells if isinstance(cell.value, str))
    typed = [*HOSTILE_NAMES, *HOSTILE_MEASURES, record.title, unit.name,
             gettext("%(unit)s (lead)") % {"unit": unit.name},
             "1. =HYPERLINK(\"http://ke-gian.example\")\r\nrồi báo cáo."]
    assert [text for text in typed if as_excel_keeps(text) not in texts] == []
    indicators = book["Chỉ tiêu"]
    first = next(row for row in indicators.iter_rows() if row[0].value == HOSTILE_NAMES[0])
    assert (first[0].data_type, first[1].value, first[2].value) == ("s", "=1+1", unit.name)


def test_the_summary_takes_the_same_ten_queries_however_many_briefings(portal, units, quarter):
    def queries():
        with CaptureQueriesContext(connection) as done:
            summary.summary_compile(site=portal["site"], period=QUARTER, now=NOW)
        return len(done)

    before = queries()
    august = meeting(portal["site"], quarter["july"].chair, kind=periods.MONTH,
                     start=date(2025, 8, 1), end=date(2025, 8, 31), held_on=date(2025, 9, 5),
                     invited=[units["office"], units["bloc"]], due=date(2025, 9, 1))
    report(august, units["office"], date(2025, 8, 30),
           ("Số văn bản ban hành", "64", "văn bản", "58"))
    ConclusionFactory(briefing=august, number=1, lead_unit=units["office"],
                      deadline=date(2025, 10, 1))
    services.tasks_sync(august)
    assert before == queries() <= 10


def test_the_office_cannot_summarise_another_portal(portal, other_portal, quarter, people):
    response = signed_in(people["office"]).get(URL, query(portal,
                                                         site=other_portal["site"].pk))
    assert response.status_code == 400
    assert "Ban Tuyên giáo Đảng ủy Khối" not in response.content.decode()


@time_machine.travel(NOW, tick=False)
def test_the_workbook_carries_the_heading_and_the_figures(portal, quarter, people):
    response = signed_in(people["office"]).get(URL + "xlsx/", query(portal))
    assert response.status_code == 200
    assert response["Content-Disposition"] == \
        'attachment; filename="tong-hop-giao-ban-quy-iii-2025-cong-tinh-uy.xlsx"'
    book = load_workbook(BytesIO(response.content))
    assert book.sheetnames == ["Chỉ tiêu", "Nhiệm vụ", "Báo cáo"]
    sheet = book["Chỉ tiêu"]
    assert [sheet.cell(row=row, column=1).value for row in range(1, 6)] == [
        "CƠ QUAN CỔNG TỈNH ỦY", "Cổng Tỉnh ủy", "BÁO CÁO TỔNG HỢP GIAO BAN", "Quý III/2025",
        "Ngày lập: 20/11/2025"]
    rows = {(row[0], row[2]): row[3:] for row in sheet.iter_rows(min_row=8, values_only=True)}
    assert rows["Số Đảng viên  mới kết nạp", "Ban Tổ chức Tỉnh ủy"] == (
        15, 20, -5, -25, quarter["third"].title)  # the quarter's report, not July's
    assert rows["Số Đảng viên  mới kết nạp", "Tổng cộng"] == (27, 29, -2, -6.9, None)
    tasks = list(book["Nhiệm vụ"].iter_rows(values_only=True))
    assert ("Tổng cộng", 1, 1, 1, 1, 4) in tasks


@time_machine.travel(NOW, tick=False)
def test_the_pdf_sets_the_vietnamese_text_in_an_embedded_font(portal, quarter, people):
    response = signed_in(people["office"]).get(URL + "pdf/", query(portal))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    reader = PdfReader(BytesIO(response.content))
    text = "\n".join(page.extract_text() for page in reader.pages)
    for words in ("BÁO CÁO TỔNG HỢP GIAO BAN", "Quý III/2025", "CƠ QUAN CỔNG TỈNH ỦY",
                  "Ban Tổ chức Tỉnh ủy", "Đảng ủy Khối các cơ quan tỉnh"):
        assert words in text
    fonts = {str(font["/BaseFont"]) for page in reader.pages
             for font in page["/Resources"]["/Font"].values()}
    assert any(name.endswith("DejaVuSans") for name in fonts), fonts


@pytest.mark.browser
def test_in_chromium_the_charts_are_drawn_within_the_policy(transactional_db, browser,
                                                            live_server, quarter, people):
    """The admin's Content-Security-Policy lets the inline SVG through: no violation, console
    error or exception."""
    watched = Watched(browser)
    admin_sign_in(watched.page, live_server.url, people["office"])
    watched.visit(f"{live_server.url}{URL}?kind=quarter&year=2025&number=3")
    charts = watched.page.locator("svg.summary-chart")
    assert charts.count() == 5
    assert charts.first.locator("rect").count() == 6  # the legend's two squares, four bars
    assert charts.first.bounding_box()["width"] > 300
    ARTIFACTS.mkdir(exist_ok=True)
    watched.page.screenshot(path=ARTIFACTS / "briefings-summary.png", full_page=True)
    watched.assert_clean("the summary for a period")


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"number": 5}, "number", "Chọn quý từ 1 đến 4."),
    ({"year": 99999}, "year", "Chọn năm từ 1945 đến 2100."),
    ({"year": "hai nghìn"}, "year", "Gõ năm bằng chữ số, ví dụ 2025."),
    ({"kind": "range", "start": "2025-09-30", "end": "2025-07-01"}, "end",
     "Khoảng thời gian kết thúc (01/07/2025) trước khi bắt đầu (30/09/2025)."),
    ({"kind": "range", "start": "0001-01-01", "end": "2025-07-01"}, "start",
     "Chọn năm từ 1945 đến 2100."),
    ({"kind": "range", "start": "31/02/2025", "end": "2025-07-01"}, "start",
     "Gõ ngày theo dạng ngày/tháng/năm, ví dụ 01/07/2025."),
    ({"kind": "tuần"}, "kind", "Chọn một kỳ trong danh sách."),
    ({"site": "9" * 30}, "site", "Chọn một trong các cổng của bạn."),
    ({"kind": "range", "start": "", "end": ""}, "start",
     "Cho biết ngày đầu và ngày cuối của khoảng thời gian."),
])
@pytest.mark.parametrize("suffix", ["", "xlsx/", "pdf/"])
def test_bad_input_gets_a_vietnamese_message_and_no_file(portal, quarter, people, changes,
                                                         field, message, suffix):
    response = signed_in(people["office"]).get(URL + suffix, query(portal, **changes))
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/html")
    assert message in response.context["form"].errors[field]
    assert message in response.content.decode()
