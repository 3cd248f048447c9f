"""The summary (bantin/briefings/summary.py) as sections of tables in words and figures, with
their charts: what the admin page and the PDF both print, in the same order and wording."""

from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import gettext as _

from bantin.briefings import summary_charts
from bantin.briefings.figures import format_change, format_figure, format_percent
from bantin.briefings.summary import (
    DONE_LATE,
    LATE,
    MISSING,
    OVERDUE,
    REPORT_STATES,
    TASK_STATES,
    Comparison,
)
from bantin.core.formats import format_date

NOW, BEFORE = "#a3121f", "#9e9e9e"
TASK_COLOURS = ["#1e6b3a", "#e0a526", "#5b7fa6", "#b3261e"]
REPORT_COLOURS = ["#1e6b3a", "#e0a526", "#b3261e", "#9e9e9e"]
BAD = {DONE_LATE, OVERDUE, LATE, MISSING}


@dataclass(frozen=True)
class Row:
    cells: list[str]
    bad: bool = False  # overdue, late or missing: the page marks the row


@dataclass(frozen=True)
class Table:
    title: str
    columns: list[str]
    rows: list[Row]
    foot: list[list[str]] = field(default_factory=list)  # the rows of totals
    note: str = ""  # said under the title
    numeric: frozenset = frozenset()  # indexes of the columns of figures
    weights: tuple = ()  # relative widths of the columns in words, where they differ
    chart: summary_charts.Chart | None = None


@dataclass(frozen=True)
class Section:
    title: str
    tables: list[Table]
    empty: str  # said when there is no table
    note: str = ""
    key: str = ""


def indicators_section(summary):
    columns = [_("Unit"), _("This period"), _("Previous period"), _("Change"), _("Change (%)")]
    tables = []
    for indicator in summary.indicators:
        title = f"{indicator.name} ({indicator.measure})" if indicator.measure else indicator.name
        total = indicator.total
        tables.append(Table(
            title, columns,
            [Row([line.unit.name, *comparison_cells(line.figure)]) for line in indicator.units],
            foot=[[label, *comparison_cells(figure)] for label, figure in total_rows(total)],
            note=total_note(total), numeric=frozenset({1, 2, 3, 4}),
            chart=summary_charts.side_by_side(
                title, [(line.unit.label, [line.figure.value, line.figure.previous])
                        for line in indicator.units],
                [(_("This period"), NOW), (_("Previous period"), BEFORE)])))
    return Section(_("Indicators of the units"), tables,
                   _("No unit submitted figures for a briefing of this period."),
                   note=" ".join([_("Previous period: %(period)s.") % {
                       "period": summary.previous_period}, totals_rule()]),
                   key="indicators")


def totals_rule():
    return _("A total is compared with the previous period only over the units with figures "
             "for both periods; rates and averages are not added up across units.")


def total_rows(total):
    """[(label, comparison)] for the rows of an indicator's total: none for a rate or an
    average; the total against the period before when every unit gave both figures; otherwise
    the total alone, then the units with both figures against the period before."""
    if total is None:
        return []
    if total.complete:
        return [(_("Total"), total.comparable)]
    rows = [(_("Total"), Comparison(total.value, None))]
    if total.comparable:
        rows.append((_("Units with figures for both periods"), total.comparable))
    return rows


def total_note(total):
    if total is None:
        return _("A rate or an average: not added up across units.")
    if total.complete:
        return ""
    return _("No figure for the previous period: %(units)s.") % {
        "units": ", ".join(unit.name for unit in total.missing_previous)}


def comparison_cells(figure):
    return [format_figure(figure.value), format_figure(figure.previous),
            format_change(figure.change), format_percent(figure.change_percent)]


def tally_table(title, tallies, total, states, colours):
    columns = [_("Unit"), *[str(label) for _state, label in states], _("Total")]
    return Table(
        title, columns,
        [Row([tally.unit.name, *[str(tally.counts[state]) for state, _label in states],
              str(tally.total)]) for tally in tallies],
        foot=[[_("Total"), *[str(total.counts[state]) for state, _label in states],
               str(total.total)]],
        numeric=frozenset(range(1, len(columns))),
        chart=summary_charts.stacked(
            title, [(tally.unit.label, [tally.counts[state] for state, _label in states])
                    for tally in tallies],
            [(label, colour) for (_state, label), colour in zip(states, colours, strict=True)]))


def tasks_section(summary):
    if not summary.conclusions:
        return Section(_("Conclusions and tasks"), [],
                       _("No briefing held in this period issued conclusions."), key="tasks")
    labels = dict(TASK_STATES)
    tables = [tally_table(_("Tasks by unit"), summary.task_tallies, summary.task_total,
                          TASK_STATES, TASK_COLOURS)]
    columns = [_("Conclusion"), _("Unit"), _("Deadline"), _("Done on"), _("State")]
    by_briefing = {}
    for item in summary.conclusions:
        by_briefing.setdefault(item.conclusion.briefing, []).append(item)
    for briefing, items in by_briefing.items():
        rows = [Row([f"{item.conclusion.number}. {item.conclusion.text}",
                     task_unit(state.task), format_date(state.task.deadline),
                     format_date(state.task.done_on), str(labels[state.state])],
                    bad=state.state in BAD)
                for item in items for state in item.tasks]
        tables.append(Table(_("Conclusions of %(briefing)s, held on %(day)s") % {
            "briefing": briefing.title, "day": format_date(briefing.held_on)}, columns, rows,
            weights=(4, 3, 1.6, 1.8, 2)))
    return Section(_("Conclusions and tasks"), tables, "", key="tasks")


def task_unit(task):
    return _("%(unit)s (lead)") % {"unit": task.unit.name} if task.leads else task.unit.name


def moment(value):
    return f"{timezone.localtime(value):%d/%m/%Y %H:%M}" if value else ""


def reports_section(summary):
    if not summary.briefings:
        return Section(_("Reports of the units"), [],
                       _("No briefing covers a part of this period."), key="reports")
    labels = dict(REPORT_STATES)
    columns = [_("Unit"), _("Due by"), _("Submitted at"), _("State")]
    tables = [tally_table(_("Reports by unit"), summary.report_tallies, summary.report_total,
                          REPORT_STATES, REPORT_COLOURS)]
    for item in summary.briefings:
        tables.append(Table(
            f"{item.briefing.title} ({item.briefing.period})", columns,
            [Row([report.invitation.unit.name, moment(report.invitation.report_due),
                  moment(report.submitted_at), str(labels[report.state])],
                 bad=report.state in BAD) for report in item.reports],
            weights=(3, 2, 2, 2)))
    return Section(_("Reports of the units"), tables, "", key="reports")


def sections(summary):
    return [indicators_section(summary), tasks_section(summary), reports_section(summary)]


def title_lines(heading):
    """The lines above the figures of both files: the agency, the portal, the report's title,
    its period and the day it was made."""
    return [heading.agency_name.upper(), heading.site_name,
            _("Summary report of the briefings").upper(), heading.period_name,
            _("Made on %(day)s") % {"day": format_date(heading.made_on)}]
