"""What units record on their tasks survives the office's edits: a conclusion, or a unit of a
conclusion, whose task has progress or extension requests is not removed, nor is its briefing
deleted; renumbered conclusions keep their tasks; a task stays done on the day it was done; one
extension request waits at a time, even when two arrive at once; and a task's deadline is the
later of its conclusion's and the extension approved."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError
from django.db.models.signals import pre_save
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from bantin.briefings import services
from bantin.briefings.models import Briefing, Conclusion, ExtensionRequest, Task, TaskUpdate
from tests.conftest import signed_in


def conclusion_row(conclusion, **changes):
    row = {"id": conclusion.pk, "number": conclusion.number, "text": conclusion.text,
           "lead_unit": conclusion.lead_unit_id, "deadline": conclusion.deadline.isoformat(),
           "coordinating_units": [unit.pk for unit in conclusion.coordinating_units.all()]}
    row.update(changes)
    return row


def edit(client, briefing, rows):
    """Post the briefing's edit form as the office finds it, with the conclusions' `rows`
    (conclusion_row's dicts, "DELETE": "1" removing one; new rows, without "id", last)."""
    units = list(briefing.units.all())
    attendees = list(briefing.attendees.all())
    initial = sum(1 for row in rows if row.get("id"))
    data = nested_form_data({
        "site": briefing.site_id, "title": briefing.title, "kind": briefing.kind,
        "period_kind": briefing.period_kind, "period_start": briefing.period_start.isoformat(),
        "period_end": briefing.period_end.isoformat(), "held_on": briefing.held_on.isoformat(),
        "place": briefing.place, "chair": briefing.chair_id, "chair_title": briefing.chair_title,
        "agenda": briefing.agenda,
        "units": inline_formset([
            {"id": row.pk, "unit": row.unit_id,
             "report_due": timezone.localtime(row.report_due).strftime("%Y-%m-%d %H:%M")}
            for row in units], initial=len(units)),
        "attendees": inline_formset([{"id": row.pk, "person": row.person_id, "title": row.title}
                                     for row in attendees], initial=len(attendees)),
        "conclusions": inline_formset([{key: value for key, value in row.items()
                                        if key != "coordinating_units"} for row in rows],
                                      initial=initial),
    })
    for index, row in enumerate(rows):
        data[f"conclusions-{index}-coordinating_units"] = row.get("coordinating_units", [])
    return client.post(reverse("wagtailsnippets_briefings_briefing:edit", args=[briefing.pk]),
                       data)


@pytest.fixture
def office(people):
    return signed_in(people["office"])


@pytest.fixture
def first(briefing):
    """Conclusion 1: the propaganda board leads."""
    return briefing.conclusions.get(number=1)


@pytest.fixture
def second(briefing):
    """Conclusion 2: the organisation board leads, the propaganda board helps."""
    return briefing.conclusions.get(number=2)


def history():
    return (Conclusion.objects.count(), Task.objects.count(), TaskUpdate.objects.count(),
            ExtensionRequest.objects.count())


# 1. A conclusion, or its briefing, goes only with tasks nobody recorded anything on.

def test_a_conclusion_with_progress_on_its_tasks_cannot_be_removed(
        briefing, units, people, office, first, second):
    services.task_update(task=Task.objects.get(conclusion=second, unit=units["organisation"]),
                         user=people["organisation"], status=Task.IN_PROGRESS,
                         note="Đã lập danh sách rà soát.")
    before = history()
    response = edit(office, briefing, [conclusion_row(first),
                                       conclusion_row(second, DELETE="1")])
    assert response.status_code == 200
    assert gettext(
        "Conclusion %(number)s cannot be removed: %(units)s reported progress or asked for an "
        "extension on its tasks.") % {"number": 2, "units": units["organisation"]} \
        in response.content.decode()
    assert history() == before


def test_a_conclusion_nobody_followed_up_goes_with_its_tasks(
        briefing, units, office, first, second):
    kept = Task.objects.get(conclusion=first)
    response = edit(office, briefing, [conclusion_row(first),
                                       conclusion_row(second, DELETE="1")])
    assert response.status_code == 302
    assert list(briefing.conclusions.values_list("number", flat=True)) == [1]
    assert list(Task.objects.all()) == [kept]


def test_a_briefing_with_a_followed_up_task_cannot_be_deleted(briefing, units, people, first):
    task = Task.objects.get(conclusion=first)
    services.extension_request(task=task, user=people["propaganda"],
                               new_deadline=task.deadline + timedelta(days=10),
                               reason="Chờ số liệu của các huyện.")
    with pytest.raises(ValidationError) as refused:
        services.briefings_delete_check([briefing])
    assert briefing.title in refused.value.messages[0]
    before = history()
    with pytest.raises(ProtectedError), transaction.atomic():
        briefing.delete()
    assert history() == before


@pytest.mark.parametrize("way", ["one", "bulk"])
def test_the_admin_refuses_deleting_a_followed_up_briefing(briefing, people, first, office, way):
    task = Task.objects.get(conclusion=first)
    services.task_update(task=task, user=people["propaganda"], status=Task.IN_PROGRESS,
                         note="Đã triển khai tới các chi bộ.")
    url = (reverse("wagtailsnippets_briefings_briefing:delete", args=[briefing.pk]) if way == "one"
           else reverse("wagtail_bulk_action", args=["briefings", "briefing", "delete"])
           + f"?id={briefing.pk}")
    response = office.post(url, follow=True)
    assert response.status_code == 200
    assert "không thể xóa cuộc họp" in response.content.decode()
    assert Briefing.objects.filter(pk=briefing.pk).exists()


def test_a_briefing_nobody_followed_up_is_deleted_with_its_tasks(briefing):
    services.briefings_delete_check(Briefing.objects.all())
    briefing.delete()
    assert history() == (0, 0, 0, 0)


# 5. A unit that recorded something on its task stays on the conclusion.

def test_a_helping_unit_with_progress_cannot_be_taken_off_the_conclusion(
        briefing, units, people, office, first, second):
    task = Task.objects.get(conclusion=second, unit=units["propaganda"])
    services.task_update(task=task, user=people["propaganda"], status=Task.IN_PROGRESS,
                         note="Đã gửi danh sách cán bộ.")
    response = edit(office, briefing, [conclusion_row(first),
                                       conclusion_row(second, coordinating_units=[])])
    assert response.status_code == 200
    assert gettext(
        "%(unit)s reported progress or asked for an extension on its task of this conclusion: "
        "it cannot be taken off the conclusion.") % {"unit": units["propaganda"]} \
        in response.content.decode()
    assert list(second.coordinating_units.all()) == [units["propaganda"]]
    assert Task.objects.filter(pk=task.pk).exists()


def test_a_lead_unit_that_asked_for_time_cannot_be_replaced(
        briefing, units, people, office, first, second):
    task = Task.objects.get(conclusion=second, unit=units["organisation"])
    services.extension_request(task=task, user=people["organisation"],
                               new_deadline=task.deadline + timedelta(days=15),
                               reason="Chờ hướng dẫn của Trung ương.")
    response = edit(office, briefing, [
        conclusion_row(first),
        conclusion_row(second, lead_unit=units["propaganda"].pk, coordinating_units=[])])
    assert response.status_code == 200
    second.refresh_from_db()
    assert second.lead_unit == units["organisation"]
    assert Task.objects.get(pk=task.pk).leads


def test_a_unit_nobody_followed_up_is_taken_off_with_its_task(
        briefing, units, office, first, second):
    response = edit(office, briefing, [conclusion_row(first),
                                       conclusion_row(second, coordinating_units=[])])
    assert response.status_code == 302
    assert list(Task.objects.filter(conclusion=second).values_list("unit", flat=True)) == [
        units["organisation"].pk]


# 2. Evidence added to a done task does not move the day it was done.

def test_more_evidence_on_a_done_task_keeps_the_day_it_was_done(briefing, units, people):
    task = Task.objects.get(unit=units["organisation"])
    done_on = task.deadline - timedelta(days=5)
    services.task_update(task=task, user=people["organisation"], status=Task.DONE,
                         note="Đã trình Thường trực.", today=done_on)
    services.task_update(task=task, user=people["organisation"], status=Task.DONE,
                         note="Bổ sung biên bản.", today=task.deadline + timedelta(days=5))
    task.refresh_from_db()
    assert task.done_on == done_on and not task.done_late
    services.task_update(task=task, user=people["organisation"], status=Task.IN_PROGRESS,
                         note="Thường trực yêu cầu làm lại.")
    again = task.deadline + timedelta(days=2)
    services.task_update(task=task, user=people["organisation"], status=Task.DONE,
                         note="Đã làm lại.", today=again)
    task.refresh_from_db()
    assert task.done_on == again and task.done_late


# 3. Conclusions renumbered in one save keep their tasks.

@pytest.mark.parametrize("numbers", [(2, 3), (2, 1)], ids=["shifted", "swapped"])
def test_conclusions_renumbered_in_one_save(briefing, units, people, office, first, second,
                                             numbers):
    services.task_update(task=Task.objects.get(conclusion=second, unit=units["organisation"]),
                         user=people["organisation"], status=Task.IN_PROGRESS, note="Đang làm.")
    tasks = set(Task.objects.values_list("pk", "conclusion", "unit"))
    response = edit(office, briefing, [conclusion_row(first, number=numbers[0]),
                                       conclusion_row(second, number=numbers[1])])
    assert response.status_code == 302
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.number, second.number) == numbers
    assert set(Task.objects.values_list("pk", "conclusion", "unit")) == tasks


def test_a_new_conclusion_takes_the_number_of_one_renumbered(
        briefing, units, office, first, second):
    new = {"number": 1, "text": "Chuẩn bị hội nghị sơ kết.", "lead_unit": units["organisation"].pk,
           "deadline": second.deadline.isoformat(), "coordinating_units": []}
    response = edit(office, briefing, [conclusion_row(first, number=2),
                                       conclusion_row(second, number=3), new])
    assert response.status_code == 302
    assert list(briefing.conclusions.order_by("number").values_list("number", "text")) == [
        (1, "Chuẩn bị hội nghị sơ kết."), (2, first.text), (3, second.text)]


# 4. One extension request waits at a time, even when two arrive at once.

def test_the_database_keeps_one_waiting_request_per_task(briefing, units):
    task = Task.objects.get(unit=units["organisation"])
    row = {"task": task, "current_deadline": task.deadline,
           "new_deadline": task.deadline + timedelta(days=10), "reason": "Chờ số liệu."}
    ExtensionRequest.objects.create(**row)
    ExtensionRequest.objects.create(**row, state=ExtensionRequest.REFUSED)
    with pytest.raises(IntegrityError), transaction.atomic():
        ExtensionRequest.objects.create(**row)


def test_a_double_click_gets_the_refusal_not_an_error(briefing, units, people):
    """The other click's request lands between this one's check and its save."""
    task = Task.objects.get(unit=units["organisation"])
    later = task.deadline + timedelta(days=10)

    def other_click(sender, instance, **kwargs):
        pre_save.disconnect(other_click, sender=ExtensionRequest)
        ExtensionRequest.objects.bulk_create([ExtensionRequest(
            task=task, current_deadline=task.deadline, new_deadline=later, reason="Lần 1.")])

    pre_save.connect(other_click, sender=ExtensionRequest, weak=False)
    try:
        with pytest.raises(ValidationError) as refused:
            services.extension_request(task=task, user=people["organisation"],
                                       new_deadline=later, reason="Lần 2.")
    finally:
        pre_save.disconnect(other_click, sender=ExtensionRequest)
    assert refused.value.messages == [
        gettext("An extension of this task is already waiting for a decision.")]


# 6. The deadline is the later of the conclusion's and the extension approved.

def test_a_conclusions_later_deadline_overtakes_an_approved_extension(
        briefing, units, people, second):
    task = Task.objects.get(conclusion=second, unit=units["organisation"])
    meeting = task.deadline
    asked = services.extension_request(task=task, user=people["organisation"],
                                       new_deadline=meeting + timedelta(days=10),
                                       reason="Chờ hướng dẫn.")
    services.extension_decide(request=asked, user=people["office"], approve=True)
    for moved, expected in ((20, 20), (5, 10), (0, 10)):
        Conclusion.objects.filter(pk=second.pk).update(deadline=meeting + timedelta(days=moved))
        services.tasks_sync(briefing)
        task.refresh_from_db()
        assert task.deadline == meeting + timedelta(days=expected), moved
    assert task.extended


def test_an_extension_approved_after_the_conclusion_moved_later_keeps_the_later_date(
        briefing, units, people, second):
    task = Task.objects.get(conclusion=second, unit=units["organisation"])
    meeting = task.deadline
    asked = services.extension_request(task=task, user=people["organisation"],
                                       new_deadline=meeting + timedelta(days=10),
                                       reason="Chờ hướng dẫn.")
    Conclusion.objects.filter(pk=second.pk).update(deadline=meeting + timedelta(days=20))
    services.tasks_sync(briefing)
    services.extension_decide(request=asked, user=people["office"], approve=True)
    task.refresh_from_db()
    assert task.deadline == meeting + timedelta(days=20) and not task.extended
