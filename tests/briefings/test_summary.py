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
from openpyxl import load_workbook
from pypdf import PdfReader

from bantin.briefings import periods, services, summary
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
