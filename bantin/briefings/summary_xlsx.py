"""The summary for a period as an XLSX workbook: one sheet each for the indicators, the tasks and
the reports, each under the agency's heading; figures stay numbers and dates stay dates, so the
office can go on calculating. Words stay words: whatever the units typed (an indicator named
"=HYPERLINK(…)", "+1", "@…") is stored as text in a text-formatted cell, never as a formula."""

from io import BytesIO

from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font

from bantin.briefings.summary import REPORT_STATES, TASK_STATES
from bantin.briefings.summary_tables import (
    task_unit,
    title_lines,
    total_note,
    total_rows,
    totals_rule,
)

BOLD = Font(bold=True)
FIGURE, PERCENT, DAY, MOMENT, TEXT = "#,##0.##", "0.0", "DD/MM/YYYY", "DD/MM/YYYY HH:MM", "@"


def workbook_bytes(summary):
    book = Workbook()
    indicators_sheet(book.active, summary)
    tasks_sheet(book.create_sheet(), summary)
    reports_sheet(book.create_sheet(), summary)
    out = BytesIO()
    book.save(out)
    return out.getvalue()


def start(sheet, title, summary, widths):
    """Name the sheet, write the heading and return the next free row."""
    sheet.title = title
    row = 1
    for number, line in enumerate(title_lines(summary.heading)):
        if line:
            cell = write(sheet, row, 1, line)
            cell.font = Font(bold=True, size=14) if number == 2 else BOLD if number < 2 else Font()
            row += 1
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[chr(64 + column)].width = width
    return row + 1


def write(sheet, row, column, value):
    """Put `value` in a cell: a string as text, whatever it starts with (openpyxl would take
    "=…" for a formula), its line ends as Excel's (XML keeps no lone CR) and without the
    control characters an XLSX file cannot hold; anything else as it is."""
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        cell.value = ILLEGAL_CHARACTERS_RE.sub("", value.replace("\r\n", "\n")
                                               .replace("\r", "\n"))
        cell.data_type = "s"
        cell.number_format = TEXT  # so that Excel keeps it text when the cell is edited
    else:
        cell.value = value
    return cell


def put(sheet, row, values, formats=(), bold=False):
    for column, value in enumerate(values, start=1):
        cell = write(sheet, row, column, value)
        if column - 1 < len(formats) and formats[column - 1]:
            cell.number_format = formats[column - 1]
        if bold:
            cell.font = BOLD
        cell.alignment = Alignment(wrap_text=isinstance(value, str), vertical="top")
    return row + 1


def indicators_sheet(sheet, summary):
    row = start(sheet, _("Indicators"), summary, [40, 14, 36, 14, 14, 14, 14, 40])
    write(sheet, row, 1, _("Previous period: %(period)s.") % {"period": summary.previous_period})
    write(sheet, row + 1, 1, totals_rule())
    row = put(sheet, row + 3, [_("Indicator"), _("Unit of measure"), _("Unit"),
                               _("This period"), _("Previous period"), _("Change"),
                               _("Change (%)"), _("Briefing")], bold=True)
    formats = [None, None, None, FIGURE, FIGURE, FIGURE, PERCENT]
    for indicator in summary.indicators:
        for line in indicator.units:
            row = put(sheet, row, [indicator.name, indicator.measure, line.unit.name,
                                   *figures(line.figure), line.briefing.title], formats)
        total = indicator.total
        for label, figure in total_rows(total):
            row = put(sheet, row, [indicator.name, indicator.measure, label, *figures(figure)],
                      formats, bold=True)
        if total is None:  # where the total would be, why there is none
            row = put(sheet, row, [indicator.name, indicator.measure, total_note(total)])


def figures(comparison):
    return [comparison.value, comparison.previous, comparison.change,
            comparison.change_percent]


def tally_rows(sheet, row, tallies, total, states):
    row = put(sheet, row, [_("Unit"), *[str(label) for _s, label in states], _("Total")],
              bold=True)
    for tally in tallies:
        row = put(sheet, row, [tally.unit.name, *[tally.counts[s] for s, _l in states],
                               tally.total])
    return put(sheet, row, [_("Total"), *[total.counts[s] for s, _l in states], total.total],
               bold=True)


def tasks_sheet(sheet, summary):
    row = start(sheet, _("Tasks"), summary, [36, 40, 30, 14, 14, 18])
    row = tally_rows(sheet, row, summary.task_tallies, summary.task_total, TASK_STATES) + 1
    labels = dict(TASK_STATES)
    row = put(sheet, row, [_("Briefing"), _("Conclusion"), _("Unit"), _("Deadline"),
                           _("Done on"), _("State")], bold=True)
    for item in summary.conclusions:
        for state in item.tasks:
            row = put(sheet, row, [item.conclusion.briefing.title,
                                   f"{item.conclusion.number}. {item.conclusion.text}",
                                   task_unit(state.task), state.task.deadline,
                                   state.task.done_on, str(labels[state.state])],
                      [None, None, None, DAY, DAY])


def reports_sheet(sheet, summary):
    row = start(sheet, _("Reports"), summary, [36, 36, 18, 18, 16, 10])
    row = tally_rows(sheet, row, summary.report_tallies, summary.report_total,
                     REPORT_STATES) + 1
    labels = dict(REPORT_STATES)
    row = put(sheet, row, [_("Briefing"), _("Unit"), _("Due by"), _("Submitted at"),
                           _("State")], bold=True)
    for item in summary.briefings:
        for report in item.reports:
            row = put(sheet, row, [item.briefing.title, report.invitation.unit.name,
                                   local(report.invitation.report_due),
                                   local(report.submitted_at), str(labels[report.state])],
                      [None, None, MOMENT, MOMENT])


def local(moment):
    """Excel keeps no time zone: the local time, as the page shows it."""
    return timezone.make_naive(moment) if moment else None
