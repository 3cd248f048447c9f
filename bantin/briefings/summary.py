"""The summary of one portal's briefings over a period (#11, point 4): the units' indicators
against the period before, the state of the tasks given by the conclusions, and which units
reported on time. Reads only; the admin page and the XLSX and PDF files show what it returns.

Which briefings count: for indicators and reports, those whose period lies within the chosen one
(a quarter's summary takes its monthly and quarterly briefings); for conclusions, those held in
it. Where a unit gave the same indicator in several of them, the figure of the latest period
counts (on the same last day, the longer period's): figures are never added up across reports,
since many of them (a rate, a number on the rolls) cannot be.

The figure it is compared with is the previous value the unit gave with it only when that report
covers the chosen period itself (September's report gives August's figure, not the second
quarter's); otherwise, and when none was given, the unit's latest figure within the period
before. Across units, a total compares like with like: only the units with figures for both
periods; and rates and averages get no total at all (95 % and 90 % do not make 185 %)."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

from bantin.briefings.models import Briefing, BriefingUnit, Conclusion, Indicator, Task, Unit
from bantin.briefings.periods import Period
from bantin.core.models import PortalSettings
from bantin.core.text import fold_vi

DONE_ON_TIME, DONE_LATE, OPEN, OVERDUE = "done_on_time", "done_late", "open", "overdue"
TASK_STATES = [(DONE_ON_TIME, _("Done on time")), (DONE_LATE, _("Done late")),
               (OPEN, _("Not yet due")), (OVERDUE, _("Overdue"))]
ON_TIME, LATE, MISSING, WAITING = "on_time", "late", "missing", "waiting"
REPORT_STATES = [(ON_TIME, _("Submitted on time")), (LATE, _("Submitted late")),
                 (MISSING, _("Missing")), (WAITING, _("Due later"))]
PERCENT = Decimal("0.1")


@dataclass(frozen=True)
class Heading:
    """What both files print above the figures."""

    agency_name: str
    site_name: str
    period_name: str
    made_on: date


@dataclass(frozen=True)
class Comparison:
    value: Decimal
    previous: Decimal | None

    @property
    def change(self):
        return None if self.previous is None else self.value - self.previous

    @property
    def change_percent(self):
        """The change as a percentage of the previous value; None against nothing or zero."""
        if not self.previous:
            return None
        return (self.change * 100 / abs(self.previous)).quantize(PERCENT)


@dataclass(frozen=True)
class UnitFigure:
    unit: Unit
    figure: Comparison
    briefing: Briefing  # whose report gave the value


@dataclass(frozen=True)
class Total:
    """An indicator's total: this period's over all the units, and the comparison with the period
    before over those units only that gave figures for both (None when none did)."""

    value: Decimal
    comparable: Comparison | None
    missing_previous: list[Unit]  # the units without a figure for the period before

    @property
    def complete(self):
        """Whether every unit counts in the comparison, so that it is the total's own."""
        return not self.missing_previous


@dataclass(frozen=True)
class IndicatorSummary:
    name: str
    measure: str
    units: list[UnitFigure]

    @property
    def ratio(self):
        """Whether it is a rate or an average (is_ratio)."""
        return is_ratio(self.name, self.measure)

    @property
    def total(self):
        """None for a rate or an average, which adding up across units would falsify."""
        if self.ratio:
            return None
        both = [line.figure for line in self.units if line.figure.previous is not None]
        return Total(
            value=sum((line.figure.value for line in self.units), Decimal(0)),
            comparable=Comparison(sum((figure.value for figure in both), Decimal(0)),
                                  sum((figure.previous for figure in both), Decimal(0)))
            if both else None,
            missing_previous=[line.unit for line in self.units if line.figure.previous is None])


@dataclass
class Tally:
    """How many of a unit's tasks or reports (all units' for the total) are in each state."""

    unit: Unit | None
    counts: dict[str, int]

    @property
    def total(self):
        return sum(self.counts.values())

    def add(self, state):
        self.counts[state] += 1


@dataclass(frozen=True)
class TaskState:
    task: Task
    state: str


@dataclass(frozen=True)
class ConclusionSummary:
    conclusion: Conclusion
    tasks: list[TaskState]


@dataclass(frozen=True)
class ReportState:
    invitation: BriefingUnit
    submitted_at: object  # datetime or None
    state: str


@dataclass(frozen=True)
class BriefingReports:
    briefing: Briefing
    reports: list[ReportState]


@dataclass(frozen=True)
class Summary:
    site: Site
    period: Period
    heading: Heading
    indicators: list[IndicatorSummary]
    conclusions: list[ConclusionSummary]
    task_tallies: list[Tally]
    task_total: Tally
    briefings: list[BriefingReports]
    report_tallies: list[Tally]
    report_total: Tally

    @property
    def previous_period(self):
        return self.period.previous()


def indicator_key(name, measure):
    """Indicators match across units and periods by name and measure, whatever the case,
    diacritics and spacing: "Số Đảng viên  mới" is "so dang vien moi"."""
    return " ".join(fold_vi(name).split()), " ".join(fold_vi(measure).split())


RATIO_MEASURES = {"phan tram", "phan nghin", "ty le", "ti le"}
RATIO_NAME_STARTS = ("ty le ", "ti le ", "toc do ")
AVERAGE_WORDS = ("binh quan", "trung binh")


def is_ratio(name, measure):
    """Whether an indicator is a rate or an average, which cannot be added up across units: by
    its measure ("%", "‰", "phần trăm", anything per something: "triệu đồng/người") or by its
    name ("Tỷ lệ …", "Tốc độ …", "… bình quân …", "… trung bình …")."""
    name, measure = indicator_key(name, measure)
    return (any(sign in measure for sign in "%‰/") or measure in RATIO_MEASURES
            or f"{name} ".startswith(RATIO_NAME_STARTS)
            or any(f" {word} " in f" {name} " for word in AVERAGE_WORDS))


def covered_briefings(site, period):
    """The site's briefings whose period lies within `period`."""
    return Briefing.objects.filter(site=site, period_start__gte=period.start,
                                   period_end__lte=period.end)


def reported_figures(site, period):
    """{(unit id, indicator key): indicator} from the submitted reports of the briefings within
    `period`, the latest period's figure winning (module docstring)."""
    indicators = (Indicator.objects
                  .filter(report__briefing__in=covered_briefings(site, period),
                          report__submitted_at__isnull=False)
                  .select_related("report__briefing", "report__unit")
                  .order_by("report__briefing__period_end", "-report__briefing__period_start",
                            "report__briefing__held_on", "report__briefing_id", "sort_order",
                            "pk"))
    return {(indicator.report.unit_id, indicator_key(indicator.name, indicator.measure)):
            indicator for indicator in indicators}


def indicators_compare(site, period):
    """Each indicator reported in `period`, per unit and in total, against the period before:
    the previous value the unit gave with it when its report covers `period` itself, or else
    the latest one it reported within the period before (module docstring)."""
    current = reported_figures(site, period)
    earlier = reported_figures(site, period.previous())
    grouped = {}
    for (unit_id, key), indicator in sorted(current.items(), key=lambda item: (
            item[1].report.unit.sort_order, item[1].report.unit.name, item[1].sort_order)):
        briefing = indicator.report.briefing
        covers_period = (briefing.period_start, briefing.period_end) == (period.start,
                                                                         period.end)
        previous = indicator.previous_value if covers_period else None
        if previous is None and (unit_id, key) in earlier:
            previous = earlier[unit_id, key].value
        if key not in grouped:
            grouped[key] = IndicatorSummary(indicator.name, indicator.measure, [])
        grouped[key].units.append(UnitFigure(indicator.report.unit,
                                             Comparison(indicator.value, previous),
                                             indicator.report.briefing))
    return list(grouped.values())


def task_state(task, today):
    if task.status == Task.DONE:
        return DONE_LATE if task.done_late else DONE_ON_TIME
    return OVERDUE if task.is_overdue(today) else OPEN


def tasks_compile(site, period, today):
    """The conclusions of the briefings held in `period` with their tasks' states, and the
    tallies per unit (in the units' order) and in total."""
    conclusions = (Conclusion.objects
                   .filter(briefing__site=site, briefing__held_on__gte=period.start,
                           briefing__held_on__lte=period.end)
                   .select_related("briefing", "lead_unit")
                   .prefetch_related("tasks__unit")
                   .order_by("briefing__held_on", "briefing_id", "number"))
    summaries, tallies = [], {}
    total = Tally(None, dict.fromkeys(dict(TASK_STATES), 0))
    for conclusion in conclusions:
        states = [TaskState(task, task_state(task, today))
                  for task in sorted(conclusion.tasks.all(), key=lambda t: (not t.leads,
                                                                             t.unit.sort_order,
                                                                             t.unit.name))]
        for item in states:
            tallies.setdefault(item.task.unit, Tally(item.task.unit,
                                                     dict.fromkeys(dict(TASK_STATES), 0)))
            tallies[item.task.unit].add(item.state)
            total.add(item.state)
        summaries.append(ConclusionSummary(conclusion, states))
    return summaries, units_ordered(tallies), total


def report_state(invitation, submitted_at, now):
    if submitted_at is not None:
        return LATE if submitted_at > invitation.report_due else ON_TIME
    return MISSING if invitation.report_due < now else WAITING


def reports_compile(site, period, now):
    """For each briefing within `period`, each invited unit's report: on time, late, missing or
    not yet due; with the tallies per unit and in total."""
    briefings = list(covered_briefings(site, period).order_by("held_on", "pk")
                     .prefetch_related("units__unit", "reports"))
    result, tallies = [], {}
    total = Tally(None, dict.fromkeys(dict(REPORT_STATES), 0))
    for briefing in briefings:
        submitted = {report.unit_id: report.submitted_at for report in briefing.reports.all()}
        states = []
        for invitation in sorted(briefing.units.all(), key=lambda i: (i.unit.sort_order,
                                                                      i.unit.name)):
            state = report_state(invitation, submitted.get(invitation.unit_id), now)
            states.append(ReportState(invitation, submitted.get(invitation.unit_id), state))
            tallies.setdefault(invitation.unit, Tally(invitation.unit,
                                                      dict.fromkeys(dict(REPORT_STATES), 0)))
            tallies[invitation.unit].add(state)
            total.add(state)
        result.append(BriefingReports(briefing, states))
    return result, units_ordered(tallies), total


def units_ordered(tallies):
    return [tallies[unit] for unit in sorted(tallies, key=lambda u: (u.sort_order, u.name))]


def heading_for(site, period, made_on):
    portal = PortalSettings.objects.filter(site=site).first()
    return Heading(agency_name=portal.agency_name if portal else "",
                   site_name=portal.site_name if portal else site.site_name,
                   period_name=str(period), made_on=made_on)


def summary_compile(*, site, period, now=None):
    """The summary of `site`'s briefings for `period`, as things stand at `now`."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    conclusions, task_tallies, task_total = tasks_compile(site, period, today)
    briefings, report_tallies, report_total = reports_compile(site, period, now)
    return Summary(site=site, period=period, heading=heading_for(site, period, today),
                   indicators=indicators_compare(site, period), conclusions=conclusions,
                   task_tallies=task_tallies, task_total=task_total, briefings=briefings,
                   report_tallies=report_tallies, report_total=report_total)

