"""The record's writes: reports before their deadline, tasks from conclusions, progress,
extensions; each refusal in Vietnamese, nothing half-saved."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from bantin.briefings import services
from bantin.briefings.models import ExtensionRequest, Indicator, Task, UnitReport

FIELDS = {"results": "Hoàn thành 4/5 chỉ tiêu.", "shortcomings": "Còn chậm.",
          "proposals": "Tăng kinh phí.", "internal": False}
INDICATORS = [{"name": "Số buổi sinh hoạt chuyên đề", "value": Decimal("14"),
               "measure": "buổi", "previous_value": Decimal("11")}]


def test_a_unit_submits_its_report_with_indicators(briefing, units, people):
    report = services.report_save(briefing=briefing, unit=units["propaganda"],
                                  user=people["propaganda"], fields=FIELDS,
                                  indicators=INDICATORS, submit=True)
    assert report.submitted_at and report.submitted_by == people["propaganda"]
    assert list(report.indicators.values_list("name", "value")) == [
        ("Số buổi sinh hoạt chuyên đề", Decimal("14"))]


def test_a_report_after_the_deadline_is_refused_and_changes_nothing(briefing, units, people):
    late = timezone.now() + timedelta(days=10)
    with pytest.raises(ValidationError) as refused:
        services.report_save(briefing=briefing, unit=units["propaganda"],
                             user=people["propaganda"], fields=FIELDS, indicators=INDICATORS,
                             submit=True, now=late)
    assert "Đã quá hạn nộp báo cáo" in refused.value.messages[0]
    assert not UnitReport.objects.exists() and not Indicator.objects.exists()


def test_a_unit_outside_the_briefing_cannot_report(briefing, units, people):
    with pytest.raises(ValidationError) as refused:
        services.report_save(briefing=briefing, unit=units["bloc"], user=people["bloc"],
                             fields=FIELDS, indicators=[], submit=True)
    assert "không thuộc các đơn vị báo cáo" in refused.value.messages[0]


def test_a_bad_indicator_leaves_no_half_saved_report(briefing, units, people):
    with pytest.raises(ValidationError):
        services.report_save(briefing=briefing, unit=units["propaganda"],
                             user=people["propaganda"], fields=FIELDS,
                             indicators=[*INDICATORS, {"name": "", "value": Decimal("1")}],
                             submit=True)
    assert not UnitReport.objects.exists() and not Indicator.objects.exists()


def test_conclusions_give_the_lead_and_coordinating_units_a_task_each(briefing, units):
    tasks = {(t.conclusion.number, t.unit.short_name, t.leads) for t in Task.objects.all()}
    assert tasks == {(1, "BTG", True), (2, "BTC", True), (2, "BTG", False)}
    services.tasks_sync(briefing)  # again: nothing doubles
    assert Task.objects.count() == 3


def test_progress_extension_and_decision(briefing, units, people):
    task = Task.objects.get(unit=units["organisation"])
    services.task_update(task=task, user=people["organisation"], status=Task.IN_PROGRESS,
                         note="Đã lập danh sách rà soát.")
    later = task.deadline + timedelta(days=30)
    request = services.extension_request(task=task, user=people["organisation"],
                                         new_deadline=later, reason="Chờ hướng dẫn của Trung ương.")
    with pytest.raises(ValidationError) as twice:
        services.extension_request(task=task, user=people["organisation"],
                                   new_deadline=later, reason="Lần nữa.")
    assert "đang chờ quyết định" in twice.value.messages[0]
    services.extension_decide(request=request, user=people["office"], approve=True)
    task.refresh_from_db()
    assert task.deadline == later and task.extended
    assert ExtensionRequest.objects.get().state == ExtensionRequest.APPROVED
    services.task_update(task=task, user=people["organisation"], status=Task.DONE,
                         note="Đã hoàn thành.", today=later + timedelta(days=2))
    task.refresh_from_db()
    assert task.done_late and not task.is_overdue()


def test_an_earlier_date_is_no_extension(briefing, units, people):
    task = Task.objects.get(unit=units["organisation"])
    with pytest.raises(ValidationError) as refused:
        services.extension_request(task=task, user=people["organisation"],
                                   new_deadline=task.deadline, reason="Nhầm.")
    assert "sau hạn hiện tại" in refused.value.messages[0]


def test_overdue_tasks(briefing, units):
    task = Task.objects.get(unit=units["organisation"])
    assert not task.is_overdue()
    assert task.is_overdue(today=task.deadline + timedelta(days=1))
    assert list(Task.objects.overdue(today=task.deadline + timedelta(days=1))
                .filter(unit=units["organisation"])) == [task]
