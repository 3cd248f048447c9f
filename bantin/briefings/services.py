"""The writes of the briefings record that touch several rows: a unit's report with its
indicators, the tasks of the conclusions, progress notes, extensions and their decisions. Each
checks its input first and writes all or nothing; a refusal is a ValidationError in Vietnamese."""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from bantin.briefings.models import (
    BriefingUnit,
    ExtensionRequest,
    Indicator,
    Task,
    TaskUpdate,
    UnitReport,
)


def invitation(briefing, unit):
    """The unit's invitation to report for the briefing; refused if it was not invited."""
    found = BriefingUnit.objects.filter(briefing=briefing, unit=unit).first()
    if found is None:
        raise ValidationError(_("%(unit)s is not among the units reporting to this briefing.")
                              % {"unit": unit})
    return found


def report_save(*, briefing, unit, user, fields, indicators, submit, now=None):
    """Save the unit's report (`fields`: results, shortcomings, proposals, internal) with its
    `indicators` (dicts of name, value, measure, previous_value), submitting it if `submit`.
    Refused after the deadline, or for a unit that was not invited."""
    now = now or timezone.now()
    due = invitation(briefing, unit).report_due
    if now > due:
        raise ValidationError(_(
            "The deadline for this report has passed (%(due)s): ask the office to extend it.")
            % {"due": date_format(timezone.localtime(due), "d/m/Y H:i")})
    with transaction.atomic():
        report, _created = UnitReport.objects.select_for_update().get_or_create(
            briefing=briefing, unit=unit)
        for name, value in fields.items():
            setattr(report, name, value)
        if submit:
            report.submitted_at, report.submitted_by = now, user
        report.full_clean()
        report.save()
        report.indicators.all().delete()
        rows = [Indicator(report=report, sort_order=number, **values)
                for number, values in enumerate(indicators)]
        for row in rows:
            row.full_clean(exclude=["report"])
        Indicator.objects.bulk_create(rows)
    return report


def conclusion_check(*, held_on, attending, number, lead_unit, coordinating_units, deadline):
    """The errors of one conclusion, by field: a lead unit among those attending, coordinating
    units among them too, a deadline on or after the meeting."""
    errors = {}
    if lead_unit is None:
        errors["lead_unit"] = _("Conclusion %(number)s has no lead unit: choose the unit that "
                                "answers for it.") % {"number": number}
    elif lead_unit not in attending:
        errors["lead_unit"] = _("%(unit)s is not among the units of this briefing: add it to "
                                "the reporting units first.") % {"unit": lead_unit}
    outside = [str(unit) for unit in coordinating_units if unit not in attending]
    if outside:
        errors["coordinating_units"] = _("Not among the units of this briefing: %(units)s.") \
            % {"units": ", ".join(outside)}
    if deadline and held_on and deadline < held_on:
        errors["deadline"] = _("The deadline (%(deadline)s) is before the meeting "
                               "(%(held_on)s).") % {"deadline": deadline.strftime("%d/%m/%Y"),
                                                    "held_on": held_on.strftime("%d/%m/%Y")}
    return errors


def briefings_delete_check(briefings):
    """Refuse deleting briefings whose tasks have history (progress, extension requests): it
    would go with them. Tasks with nothing recorded go with their briefing."""
    followed = (Task.objects.followed_up().filter(conclusion__briefing__in=briefings)
                .select_related("conclusion__briefing").order_by("conclusion__briefing", "pk"))
    titles = list(dict.fromkeys(str(task.conclusion.briefing) for task in followed))
    if titles:
        raise ValidationError(_(
            "Units have reported progress or asked for extensions on the tasks of %(briefings)s: "
            "a briefing with a followed-up task cannot be deleted.")
            % {"briefings": ", ".join(f"“{title}”" for title in titles)})


def task_deadline(task, conclusion_deadline):
    """The later of the conclusion's deadline and the latest extension approved for the task."""
    approved = task.extensions.filter(state=ExtensionRequest.APPROVED).aggregate(
        latest=Max("new_deadline"))["latest"]
    return max(conclusion_deadline, approved) if approved else conclusion_deadline


@transaction.atomic
def tasks_sync(briefing):
    """Give each conclusion's lead and coordinating units a task each. A task keeps its
    progress; its deadline follows the conclusion's, or a later extension approved. A unit taken
    off a conclusion loses its task if nothing was recorded on it yet (BriefingForm refuses
    taking off a unit whose task has history)."""
    for conclusion in briefing.conclusions.all():
        assigned = {conclusion.lead_unit_id: True}
        for unit in conclusion.coordinating_units.all():
            assigned.setdefault(unit.pk, False)
        followed = set(conclusion.tasks.followed_up().values_list("pk", flat=True))
        for task in conclusion.tasks.all():
            if task.unit_id not in assigned:
                if task.pk not in followed:
                    task.delete()
                continue
            task.leads = assigned.pop(task.unit_id)
            task.deadline = task_deadline(task, conclusion.deadline)
            task.original_deadline = conclusion.deadline
            task.save()
        Task.objects.bulk_create([
            Task(conclusion=conclusion, unit_id=unit_id, leads=leads,
                 deadline=conclusion.deadline, original_deadline=conclusion.deadline)
            for unit_id, leads in assigned.items()])


@transaction.atomic
def task_update(*, task, user, status, note, evidence=None, today=None):
    """Record the unit's progress on `task` and set its status. Done, it is done the day it
    was first reported done: a later note (more evidence) while it stays done keeps that day."""
    update = TaskUpdate(task=task, author=user, status=status, note=note)
    if evidence:
        update.evidence = evidence
    update.full_clean(exclude=["task"])
    update.save()
    if status != Task.DONE:
        task.done_on = None
    elif task.status != Task.DONE or task.done_on is None:
        task.done_on = today or timezone.localdate()
    task.status = status
    task.save(update_fields=["status", "done_on", "updated_at"])
    return update


@transaction.atomic
def extension_request(*, task, user, new_deadline, reason):
    """Ask for `new_deadline`: later than the current one, for a task not done, one request
    waiting at a time (the task's row is locked while checking; the database keeps a second
    one out if the lock is not enough, as on SQLite)."""
    task = Task.objects.select_for_update().get(pk=task.pk)
    if task.status == Task.DONE:
        raise ValidationError(_("This task is done: it needs no extension."))
    if new_deadline <= task.deadline:
        raise ValidationError({"new_deadline": _(
            "Ask for a date after the current deadline (%(deadline)s).")
            % {"deadline": task.deadline.strftime("%d/%m/%Y")}})
    waiting = ValidationError(_("An extension of this task is already waiting for a decision."))
    if task.extensions.filter(state=ExtensionRequest.PENDING).exists():
        raise waiting
    request = ExtensionRequest(task=task, requested_by=user, current_deadline=task.deadline,
                               new_deadline=new_deadline, reason=reason)
    request.full_clean(exclude=["task"])
    try:
        with transaction.atomic():
            request.save()
    except IntegrityError:
        raise waiting from None
    return request


@transaction.atomic
def extension_decide(*, request, user, approve, note=""):
    """The office's decision; approved, the task's deadline becomes the one asked for (or the
    conclusion's, if that was moved later since)."""
    request = ExtensionRequest.objects.select_for_update().get(pk=request.pk)
    if request.state != ExtensionRequest.PENDING:
        raise ValidationError(_("This request was already decided."))
    request.state = ExtensionRequest.APPROVED if approve else ExtensionRequest.REFUSED
    request.decided_by, request.decided_at = user, timezone.now()
    request.decision_note = note
    request.save()
    if approve:
        task = Task.objects.select_for_update().select_related("conclusion").get(
            pk=request.task_id)
        task.deadline = task_deadline(task, task.conclusion.deadline)
        task.save(update_fields=["deadline", "updated_at"])
    return request
