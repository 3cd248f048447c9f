"""The briefings in the admin: the office records a briefing with its units and conclusions
(checked together, refused whole in Vietnamese), units submit reports with figures typed the
Vietnamese way, follow up their tasks and ask for time; each sees only its own."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from bantin.briefings.factories import PersonFactory, UnitFactory
from bantin.briefings.forms import parse_number
from bantin.briefings.models import Briefing, ExtensionRequest, Task, UnitReport
from bantin.library.demo import pdf_bytes
from tests.conftest import signed_in

ADD = reverse("wagtailsnippets_briefings_briefing:add")


def briefing_form(portal, units, chair):
    """The add form as the office fills it in (flat POST data)."""
    held_on = timezone.localdate()
    data = nested_form_data({
        "site": portal["site"].pk, "title": "Giao ban khối tham mưu tháng 10",
        "kind": "periodic", "period_kind": "month", "period_start": "2026-10-01",
        "period_end": "2026-10-31", "held_on": held_on.isoformat(), "place": "Phòng họp số 2",
        "chair": chair.pk, "chair_title": "", "agenda": "Đánh giá kết quả tháng 10.",
        "units": inline_formset([
            {"unit": units["propaganda"].pk, "report_due": "2030-01-01 17:00"},
            {"unit": units["organisation"].pk, "report_due": "2030-01-01 17:00"}]),
        "attendees": inline_formset([{"person": chair.pk, "title": ""}]),
        "conclusions": inline_formset([{
            "number": 1, "text": "Hoàn thành báo cáo chuyên đề về công tác cán bộ.",
            "lead_unit": units["organisation"].pk,
            "deadline": (held_on + timedelta(days=30)).isoformat()}]),
    })
    data["conclusions-0-coordinating_units"] = [units["propaganda"].pk]
    return data


@pytest.fixture
def chair(briefing):
    return briefing.chair


def test_the_office_records_a_briefing_and_its_conclusions_become_tasks(
        portal, units, people, chair):
    response = signed_in(people["office"]).post(ADD, briefing_form(portal, units, chair))
    assert response.status_code == 302, response.content.decode()[-3000:]
    record = Briefing.objects.get(title="Giao ban khối tham mưu tháng 10")
    assert record.chair_title == chair.title and str(record.period) == "Tháng 10/2026"
    assert {(t.unit.short_name, t.leads) for t in Task.objects.filter(
        conclusion__briefing=record)} == {("BTC", True), ("BTG", False)}


@pytest.mark.parametrize(("field", "value", "message"), [
    ("conclusions-0-lead_unit", "", "chưa có đơn vị chủ trì"),
    ("conclusions-0-deadline", "2020-01-01", "sớm hơn ngày họp"),
    ("conclusions-0-coordinating_units", "bloc", "Không thuộc các đơn vị của cuộc họp này"),
    ("conclusions-0-lead_unit", "bloc", "không thuộc các đơn vị của cuộc họp này"),
    ("period_end", "2026-10-30", "không bao trọn một kỳ tháng"),
])
def test_a_bad_briefing_is_refused_whole_in_vietnamese(portal, units, people, chair, field,
                                                        value, message):
    data = briefing_form(portal, units, chair)
    data[field] = units["bloc"].pk if value == "bloc" else value
    before = (Briefing.objects.count(), Task.objects.count())
    response = signed_in(people["office"]).post(ADD, data)
    assert response.status_code == 200 and message in response.content.decode()
    assert (Briefing.objects.count(), Task.objects.count()) == before


def test_an_office_chooses_only_among_its_own_portals_units_and_people(
        portal, other_portal, units, people, chair):
    foreign = UnitFactory(site=other_portal["site"], name="Ban Tuyên giáo Đảng ủy Khối")
    stranger = PersonFactory(site=other_portal["site"], name="Người Của Cổng Khác")
    client = signed_in(people["office"])
    form = client.get(ADD).content.decode()
    assert "Ban Tổ chức Tỉnh ủy" in form and chair.name in form
    assert foreign.name not in form and stranger.name not in form
    data = briefing_form(portal, units, chair)
    data["units-1-unit"] = foreign.pk
    data["conclusions-0-lead_unit"] = foreign.pk
    response = client.post(ADD, data)
    assert response.status_code == 200 and not Briefing.objects.filter(
        title="Giao ban khối tham mưu tháng 10").exists()
    superuser_form = signed_in(get_user_model().objects.create_superuser(
        "kythuat", "kt@example.vn", "mat-khau-thu-nghiem-dai")).get(ADD).content.decode()
    assert foreign.name in superuser_form


def test_unit_staff_cannot_keep_the_register_of_briefings(people):
    assert signed_in(people["propaganda"]).get(ADD).status_code in (302, 403)


@pytest.mark.parametrize(("typed", "value"), [
    ("1.234,5", Decimal("1234.5")), ("1.234", Decimal("1234")), ("12.5", Decimal("12.5")),
    ("1 234 567", Decimal("1234567")), ("-3", Decimal("-3")), ("\u22123,5", Decimal("-3.5")),
    ("0,75", Decimal("0.75")),
])
def test_figures_are_read_as_vietnamese_write_them(typed, value):
    assert parse_number(typed) == value


@pytest.mark.parametrize("typed", ["mười hai", "1,2,3", "12.34.5", "1.23,4", "", "1e5", "--1"])
def test_what_is_no_figure_is_refused(typed):
    with pytest.raises(ValueError):
        parse_number(typed)


def report_data(**indicator):
    row = {"name": "Số buổi sinh hoạt chuyên đề", "value": "1.234,5", "measure": "buổi",
           "previous_value": "980", **indicator}
    data = {"results": "Hoàn thành các chỉ tiêu chính.", "shortcomings": "Còn chậm.",
            "proposals": "", "chi-tieu-TOTAL_FORMS": "1", "chi-tieu-INITIAL_FORMS": "0",
            "chi-tieu-MIN_NUM_FORMS": "0", "chi-tieu-MAX_NUM_FORMS": "100", "submit": "1"}
    data.update({f"chi-tieu-0-{key}": value for key, value in row.items()})
    return data


def test_a_unit_submits_its_report_in_the_admin(briefing, units, people):
    url = reverse("briefings_report", args=[briefing.pk, units["propaganda"].pk])
    client = signed_in(people["propaganda"])
    assert client.post(url, report_data()).status_code == 302
    report = UnitReport.objects.get(unit=units["propaganda"])
    assert report.submitted_at and report.indicators.get().value == Decimal("1234.5")
    page = client.get(url).content.decode()
    assert 'value="1.234,5"' in page and "Đã nộp" in page


def test_a_non_numeric_figure_is_refused_and_nothing_saved(briefing, units, people):
    url = reverse("briefings_report", args=[briefing.pk, units["propaganda"].pk])
    response = signed_in(people["propaganda"]).post(url, report_data(value="khoảng hai chục"))
    assert response.status_code == 200
    assert "không phải là số" in response.content.decode()
    assert not UnitReport.objects.exists()


def test_after_the_deadline_the_report_cannot_be_sent(briefing, units, people):
    briefing.units.filter(unit=units["propaganda"]).update(
        report_due=timezone.now() - timedelta(hours=1))
    url = reverse("briefings_report", args=[briefing.pk, units["propaganda"].pk])
    client = signed_in(people["propaganda"])
    assert "Đã quá hạn" in client.get(url).content.decode()
    assert client.post(url, report_data()).status_code in (302, 403)  # Wagtail: back home
    assert not UnitReport.objects.exists()


def test_each_unit_sees_only_its_own_reports_and_tasks(briefing, units, people):
    organisation = signed_in(people["organisation"])
    other_report = reverse("briefings_report", args=[briefing.pk, units["propaganda"].pk])
    assert organisation.get(other_report).status_code == 404
    others = Task.objects.exclude(unit=units["organisation"])
    for task in others:
        assert organisation.get(reverse("briefings_task", args=[task.pk])).status_code == 404
    listing = organisation.get(reverse("briefings_tasks")).content.decode()
    assert "Rà soát quy hoạch" in listing and "Tổ chức tuyên truyền" not in listing
    assert signed_in(people["bloc"]).get(reverse("briefings_tasks")).content.decode().count(
        'href="/quan-tri/giao-ban/nhiem-vu/') == 0
    office = signed_in(people["office"]).get(reverse("briefings_tasks")).content.decode()
    assert "Rà soát quy hoạch" in office and "Tổ chức tuyên truyền" in office
    board = signed_in(people["propaganda"]).get(reverse("briefings_status", args=[briefing.pk]))
    assert "Ban Tuyên giáo" in board.content.decode()
    assert "Ban Tổ chức" not in board.content.decode()


def test_progress_with_evidence_extension_and_the_office_decision(briefing, units, people):
    task = Task.objects.get(unit=units["organisation"])
    url = reverse("briefings_task", args=[task.pk])
    unit = signed_in(people["organisation"])
    evidence = SimpleUploadedFile("Bien ban.pdf", pdf_bytes(["Bien ban ra soat"]),
                                  content_type="application/pdf")
    assert unit.post(url, {"action": "progress", "status": "in_progress",
                           "note": "Đã lập danh sách.", "evidence": evidence}).status_code == 302
    update = task.updates.get()
    download = reverse("briefings_evidence", args=[update.pk])
    assert unit.get(download).status_code == 200
    assert signed_in(people["bloc"]).get(download).status_code == 404
    later = (task.deadline + timedelta(days=20)).isoformat()
    assert unit.post(url, {"action": "extension", "new_deadline": later,
                           "reason": "Chờ ý kiến của cấp trên."}).status_code == 302
    asked = ExtensionRequest.objects.get()
    assert signed_in(people["organisation"]).get(
        reverse("briefings_extension", args=[asked.pk])).status_code in (302, 403)
    office = signed_in(people["office"])
    assert "Chờ ý kiến" in office.get(reverse("briefings_extensions")).content.decode()
    office.post(reverse("briefings_extension", args=[asked.pk]),
                {"decision": "approved", "note": "Đồng ý."})
    task.refresh_from_db()
    assert task.deadline.isoformat() == later and task.extended


def test_a_script_as_evidence_is_refused(briefing, units, people):
    task = Task.objects.get(unit=units["organisation"])
    script = SimpleUploadedFile("bao-cao.pdf", b"<?php system($_GET['c']); ?>")
    response = signed_in(people["organisation"]).post(
        reverse("briefings_task", args=[task.pk]),
        {"action": "progress", "status": "in_progress", "note": "Kèm tệp.", "evidence": script})
    assert response.status_code == 200
    assert "không phải là văn bản PDF" in response.content.decode()
    assert not task.updates.exists()


def test_overdue_tasks_stand_out_in_the_list_and_on_the_dashboard(briefing, units, people):
    Task.objects.filter(unit=units["organisation"]).update(
        deadline=timezone.localdate() - timedelta(days=3))
    client = signed_in(people["organisation"])
    listing = client.get(reverse("briefings_tasks")).content.decode()
    assert "Quá hạn 3 ngày" in listing and "1 nhiệm vụ quá hạn" in listing
    dashboard = client.get("/quan-tri/").content.decode()
    assert "Quá hạn 3 ngày" in dashboard and "Báo cáo chưa nộp" in dashboard
    propaganda = signed_in(people["propaganda"]).get("/quan-tri/").content.decode()
    assert "Báo cáo chưa nộp" in propaganda and "Quá hạn" not in propaganda
