"""What the weekly digest of tasks tells each unit (its open tasks, overdue first, and its
extension requests) and each office (every unit's overdue tasks); the e-mails themselves are
written and sent by bantin/briefings/notifications.py."""

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from itertools import groupby

from django.db.models import Q
from django.utils import timezone

from bantin.briefings.models import ExtensionRequest, Task, Unit

SOON_DAYS = 14


@dataclass
class UnitDigest:
    unit: Unit
    overdue: list = field(default_factory=list)
    soon: list = field(default_factory=list)
    later: list = field(default_factory=list)
    extensions_waiting: list = field(default_factory=list)
    extensions_decided: list = field(default_factory=list)

    @property
    def open_count(self):
        return len(self.overdue) + len(self.soon) + len(self.later)


@dataclass
class OfficeDigest:
    office: Unit
    overdue_by_unit: list  # (unit, [task, ...]) in the units' order
    extensions_waiting: int

    @property
    def overdue_count(self):
        return sum(len(tasks) for _unit, tasks in self.overdue_by_unit)


def open_tasks():
    return (Task.objects.open()
            .select_related("unit", "conclusion__briefing", "conclusion__lead_unit")
            .order_by("deadline", "pk"))


def unit_digests(today):
    """One digest per unit with an open task, in the units' order; each task carries
    `days_overdue` (0 when not overdue)."""
    digests = {}
    for task in open_tasks():
        task.days_overdue = task.overdue_days(today)
        digest = digests.setdefault(task.unit_id, UnitDigest(task.unit))
        if task.days_overdue:
            digest.overdue.append(task)
        elif task.deadline <= today + timedelta(days=SOON_DAYS):
            digest.soon.append(task)
        else:
            digest.later.append(task)
    week_ago = timezone.make_aware(datetime.combine(today - timedelta(days=7), time.min))
    extensions = (ExtensionRequest.objects
                  .filter(task__unit_id__in=digests)
                  .filter(Q(state=ExtensionRequest.PENDING) | Q(decided_at__gte=week_ago))
                  .select_related("task__conclusion__briefing")
                  .order_by("requested_at", "pk"))
    for request in extensions:
        digest = digests[request.task.unit_id]
        if request.state == ExtensionRequest.PENDING:
            digest.extensions_waiting.append(request)
        else:
            digest.extensions_decided.append(request)
    return sorted(digests.values(), key=lambda d: (d.unit.sort_order, d.unit.name))


def office_digests(today):
    """One digest per office whose portal has an overdue task or an extension waiting for its
    decision; each task carries `days_overdue`."""
    overdue = list(open_tasks().filter(deadline__lt=today)
                   .order_by("unit__sort_order", "unit__name", "unit_id", "deadline", "pk"))
    for task in overdue:
        task.days_overdue = (today - task.deadline).days
    digests = []
    for office in Unit.objects.filter(is_office=True).order_by("site_id", "sort_order", "name"):
        tasks = [task for task in overdue if task.unit.site_id == office.site_id]
        waiting = ExtensionRequest.objects.filter(state=ExtensionRequest.PENDING,
                                                  task__unit__site_id=office.site_id).count()
        if tasks or waiting:
            by_unit = [(unit, list(group)) for unit, group in groupby(tasks, lambda t: t.unit)]
            digests.append(OfficeDigest(office, by_unit, waiting))
    return digests
