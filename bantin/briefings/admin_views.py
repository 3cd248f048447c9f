"""The briefings' admin pages beyond the viewsets: the status board of a briefing's reports, a
unit's report form, the tasks (list, progress, extension requests) and the office's decisions,
and the evidence files. Each page shows only what bantin/briefings/access.py lets its user see."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from bantin.briefings import access, services
from bantin.briefings.forms import (
    DecisionForm,
    ExtensionForm,
    IndicatorFormSet,
    ProgressForm,
    ReportForm,
    TaskFilterForm,
)
from bantin.briefings.models import BriefingUnit, ExtensionRequest, Task, TaskUpdate, UnitReport
from bantin.library.files import extension_of


def _page(request, template, title, context, icon="calendar"):
    return TemplateResponse(request, f"briefings/admin/{template}", {
        **context, "page_title": title, "header_title": title, "header_icon": icon})


def _messages_of(error):
    return [message for messages_ in getattr(error, "message_dict", {}).values()
            for message in messages_] or error.messages


def status_board(request, briefing_id):
    """Which units have reported, which are late; each unit's staff see their own row."""
    briefing = get_object_or_404(access.briefings_for(request.user), pk=briefing_id)
    now = timezone.now()
    reports = {report.unit_id: report for report in briefing.reports.all()}
    rows = []
    for invited in (briefing.units.select_related("unit")
                    .filter(unit__in=access.units_for(request.user))):
        report = reports.get(invited.unit_id)
        submitted = report.submitted_at if report else None
        rows.append({"invited": invited, "report": report, "submitted_at": submitted,
                     "late": submitted > invited.report_due if submitted
                     else now > invited.report_due})
    return _page(request, "status_board.html", _("Reports for the briefing"), {
        "briefing": briefing, "rows": rows,
        "missing": sum(1 for row in rows if not row["submitted_at"])})


def report_form(request, briefing_id, unit_id):
    """A unit's report: its staff fill it in, save a draft and submit it before the deadline;
    the office reads it."""
    briefing = get_object_or_404(access.briefings_for(request.user), pk=briefing_id)
    invited = get_object_or_404(
        BriefingUnit.objects.select_related("unit")
        .filter(unit__in=access.units_for(request.user)), briefing=briefing, unit_id=unit_id)
    unit = invited.unit
    report = UnitReport.objects.filter(briefing=briefing, unit=unit).first()
    may_edit = (request.user.is_superuser
                or access.units_of(request.user).filter(pk=unit.pk).exists())
    open_ = timezone.now() <= invited.report_due
    initial = [{"name": row.name, "value": row.value, "measure": row.measure,
                "previous_value": row.previous_value}
               for row in (report.indicators.all() if report else [])]
    form = ReportForm(request.POST or None, instance=report)
    indicators = IndicatorFormSet(request.POST or None, initial=initial, prefix="chi-tieu")
    if request.method == "POST":
        if not (may_edit and open_):
            raise PermissionDenied
        if form.is_valid() and indicators.is_valid():
            rows = [{name: data.get(name) for name in ("name", "value", "measure",
                                                      "previous_value")}
                    for data in indicators.cleaned_data
                    if data and not data.get("DELETE")]
            submit = "submit" in request.POST
            try:
                services.report_save(
                    briefing=briefing, unit=unit, user=request.user, indicators=rows,
                    fields={name: form.cleaned_data[name] for name in form.Meta.fields},
                    submit=submit)
            except ValidationError as error:
                for message in _messages_of(error):
                    messages.error(request, message)
            else:
                messages.success(request, _("The report was submitted.") if submit
                                 else _("The draft was saved; submit it before the deadline."))
                return redirect("briefings_report", briefing_id=briefing.pk, unit_id=unit.pk)
        else:
            messages.error(request, _("The report was not saved: correct the fields marked."))
    return _page(request, "report_form.html", _("Report of %(unit)s") % {"unit": unit}, {
        "briefing": briefing, "unit": unit, "invited": invited, "report": report,
        "form": form, "indicators": indicators, "may_edit": may_edit and open_,
        "closed": not open_})


def task_list(request):
    """The tasks the person may see, overdue first."""
    today = timezone.localdate()
    filters = TaskFilterForm(request.GET or None)
    tasks = filters.filter(
        access.tasks_for(request.user).select_related("unit", "conclusion__briefing"), today)
    tasks = sorted(tasks, key=lambda task: (task.status == Task.DONE, task.deadline, task.pk))
    return _page(request, "task_list.html", _("Tasks from briefings"), {
        "tasks": tasks, "filters": filters, "today": today,
        "overdue": sum(1 for task in tasks if task.is_overdue(today))}, icon="tasks")


def task_detail(request, task_id):
    """A task's record; its unit's staff report progress and ask for more time."""
    task = get_object_or_404(
        access.tasks_for(request.user).select_related("unit", "conclusion__briefing"),
        pk=task_id)
    may_update = (request.user.is_superuser
                  or access.units_of(request.user).filter(pk=task.unit_id).exists())
    progress = ProgressForm(task=task)
    extension = ExtensionForm()
    if request.method == "POST":
        if not may_update:
            raise PermissionDenied
        action = request.POST.get("action")
        if action == "progress":
            progress = ProgressForm(request.POST, request.FILES, task=task)
            if progress.is_valid():
                services.task_update(task=task, user=request.user, **progress.cleaned_data)
                messages.success(request, _("Progress recorded."))
                return redirect("briefings_task", task_id=task.pk)
        elif action == "extension":
            extension = ExtensionForm(request.POST)
            if extension.is_valid():
                try:
                    services.extension_request(task=task, user=request.user,
                                               **extension.cleaned_data)
                except ValidationError as error:
                    for message in _messages_of(error):
                        messages.error(request, message)
                else:
                    messages.success(request, _("The request was sent to the office."))
                    return redirect("briefings_task", task_id=task.pk)
        messages.error(request, _("Nothing was saved: correct the fields marked."))
    return _page(request, "task_detail.html", _("Task"), {
        "task": task, "conclusion": task.conclusion, "briefing": task.conclusion.briefing,
        "updates": task.updates.select_related("author"),
        "extensions": task.extensions.select_related("requested_by", "decided_by"),
        "may_update": may_update, "progress": progress, "extension": extension,
        "may_decide": access.is_office(request.user, task.unit.site_id),
        "overdue": task.is_overdue()}, icon="tasks")


def _office_requests(user):
    if not access.is_office(user):
        raise PermissionDenied
    return ExtensionRequest.objects.filter(
        task__in=access.tasks_for(user)).select_related(
        "task__unit", "task__conclusion__briefing", "requested_by", "decided_by")


def extension_list(request):
    """The office's extension requests: those waiting, then the latest decided."""
    requests = _office_requests(request.user)
    return _page(request, "extension_list.html", _("Extension requests"), {
        "waiting": requests.filter(state=ExtensionRequest.PENDING).order_by("requested_at"),
        "decided": requests.exclude(state=ExtensionRequest.PENDING)
        .order_by("-decided_at")[:50]}, icon="time")


def extension_decision(request, request_id):
    asked = get_object_or_404(_office_requests(request.user), pk=request_id)
    if not access.is_office(request.user, asked.task.unit.site_id):
        raise PermissionDenied
    form = DecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        approve = form.cleaned_data["decision"] == ExtensionRequest.APPROVED
        try:
            services.extension_decide(request=asked, user=request.user, approve=approve,
                                      note=form.cleaned_data["note"])
        except ValidationError as error:
            messages.error(request, error.messages[0])
        else:
            messages.success(request, _("Extension approved.") if approve
                             else _("Extension refused."))
        return redirect("briefings_extensions")
    return _page(request, "extension_decision.html", _("Extension request"), {
        "asked": asked, "task": asked.task, "form": form}, icon="time")


def evidence(request, update_id):
    """A progress note's evidence, as a download, to those who may see the task."""
    update = get_object_or_404(TaskUpdate.objects.filter(
        task__in=access.tasks_for(request.user)).exclude(evidence=""), pk=update_id)
    try:
        handle = update.evidence.open("rb")
    except FileNotFoundError as error:
        raise Http404 from error
    name = update.evidence.name.rsplit("/", 1)[-1]
    response = FileResponse(handle, as_attachment=True, filename=name, content_type=(
        settings.WAGTAILDOCS_CONTENT_TYPES.get(extension_of(name), "application/octet-stream")))
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
