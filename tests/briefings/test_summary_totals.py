"""The summary's totals and workbook (#11, point 4): a total compared with the period before
only over the units with figures for both, rates and averages not added up, a quarter of
monthly reports compared with the quarter before, and every text the units typed stored in the
workbook as text, never as a formula."""

from datetime import date
from decimal import Decimal
from io import BytesIO

import pytest
import time_machine
from django.utils.translation import gettext
from openpyxl import load_workbook
from pypdf import PdfReader

from bantin.briefings import periods, services, summary, summary_tables
from bantin.briefings.factories import ConclusionFactory, PersonFactory, UnitFactory
from tests.briefings.test_summary import NOW, URL, by_unit, meeting, query, report
from tests.conftest import signed_in

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
