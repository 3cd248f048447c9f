"""The briefings' e-mails: reminders to report near and past the deadline, once per interval, to
the unit and its staff; the weekly digest of open tasks, overdue first, and the office's digest
of every unit's overdue tasks, sent once a week."""

from datetime import datetime, timedelta
from smtplib import SMTPRecipientsRefused

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.utils import timezone

from bantin.briefings import notifications
from bantin.briefings.factories import (
    BriefingFactory,
    BriefingUnitFactory,
    ConclusionFactory,
    PersonFactory,
    UnitFactory,
    UnitReportFactory,
)
from bantin.briefings.models import (
    BriefingUnit,
    DigestRun,
    ExtensionRequest,
    Membership,
    Task,
)
from bantin.core.formats import format_datetime

NOW = timezone.make_aware(datetime(2026, 10, 7, 9, 0))  # a Wednesday, local time
TODAY = NOW.date()


class RefusingBackend(EmailBackend):
    """A mail server that answers but refuses every message."""

    def send_messages(self, messages):
        raise SMTPRecipientsRefused({})


class UnreachableBackend(EmailBackend):
    def open(self):
        raise ConnectionRefusedError("máy chủ thư không trả lời")


def invitation(briefing, unit, *, due):
    found = BriefingUnit.objects.get(briefing=briefing, unit=unit)
    found.report_due = due
    found.save()
    return found


def mails_to(address):
    return [email for email in mail.outbox if address in email.to]


# Reminders


def test_a_unit_not_reported_near_its_deadline_is_reminded_once_per_interval(briefing, units,
                                                                             people):
    due = NOW + timedelta(hours=30)
    invitation(briefing, units["propaganda"], due=due)
    invitation(briefing, units["organisation"], due=NOW + timedelta(days=5))  # not yet

    assert notifications.reminders_send(NOW) == 1
    email = mail.outbox[0]
    assert email.subject == f"Nhắc nộp báo cáo, hạn {due:%d/%m/%Y}: “{briefing.title}”"
    assert str(briefing.period) in email.body and briefing.title in email.body
    assert format_datetime(due) in email.body and "còn 1 ngày 6 giờ" in email.body
    assert (f"http://testserver/quan-tri/giao-ban/{briefing.pk}/bao-cao/"
            f"{units['propaganda'].pk}/") in email.body
    assert "Nhập và gửi báo cáo tại:" in email.body and "quá hạn" not in email.body.lower()

    assert notifications.reminders_send(NOW + timedelta(hours=23)) == 0
    assert len(mail.outbox) == 1
    assert notifications.reminders_send(NOW + timedelta(hours=24)) == 1
    assert len(mail.outbox) == 2


def test_a_unit_that_submitted_its_report_is_not_reminded(briefing, units):
    for key in ("propaganda", "organisation"):
        invitation(briefing, units[key], due=NOW + timedelta(hours=5))
    UnitReportFactory(briefing=briefing, unit=units["organisation"])
    UnitReportFactory(briefing=briefing, unit=units["propaganda"], submitted_at=None)  # draft

    assert notifications.reminders_send(NOW) == 1
    assert mail.outbox[0].to[0] == units["propaganda"].email


def test_a_late_unit_gets_the_late_wording(briefing, units):
    due = NOW - timedelta(hours=3)
    invitation(briefing, units["propaganda"], due=due)

    assert notifications.reminders_send(NOW) == 1
    email = mail.outbox[0]
    assert email.subject == (f"Quá hạn nộp báo cáo: “{briefing.title}”, "
                             f"hạn {due:%d/%m/%Y}")
    assert f"đã hết lúc {format_datetime(due)}" in email.body
    assert "đề nghị văn phòng gia hạn" in email.body


def test_deadlines_far_ahead_or_long_past_bring_no_reminder(briefing, units, settings):
    settings.REPORT_REMINDER_HOURS = 48
    invitation(briefing, units["propaganda"], due=NOW + timedelta(hours=49))
    invitation(briefing, units["organisation"], due=NOW - timedelta(hours=49))
    assert notifications.reminders_send(NOW) == 0
    assert mail.outbox == []


def test_a_reminder_goes_to_the_unit_and_its_active_staff_with_an_address(briefing, units,
                                                                         people):
    unit = units["propaganda"]
    users = get_user_model().objects
    for username, email, active in [("nghiphep", "nghiphep@example.vn", False),
                                    ("khongthu", "", True),
                                    ("trunghop", unit.email.upper(), True)]:
        Membership.objects.create(unit=unit, user=users.create_user(
            username=username, email=email, is_active=active))
    invitation(briefing, unit, due=NOW + timedelta(hours=5))

    notifications.reminders_send(NOW)
    assert mail.outbox[0].to == [unit.email, "tuyengiao@example.vn"]


def test_a_unit_without_any_address_is_skipped(briefing, units):
    unit = units["propaganda"]
    unit.email = ""
    unit.save()
    Membership.objects.filter(unit=unit).delete()
    found = invitation(briefing, unit, due=NOW + timedelta(hours=5))

    assert notifications.reminders_send(NOW) == 0
    found.refresh_from_db()
    assert found.reminded_at is None


def test_a_refused_reminder_is_tried_again_at_the_next_run(briefing, units, settings):
    found = invitation(briefing, units["propaganda"], due=NOW + timedelta(hours=5))
    settings.EMAIL_BACKEND = f"{__name__}.RefusingBackend"
    assert notifications.reminders_send(NOW) == 0
    found.refresh_from_db()
    assert found.reminded_at is None

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert notifications.reminders_send(NOW + timedelta(minutes=1)) == 1
    found.refresh_from_db()
    assert found.reminded_at == NOW + timedelta(minutes=1)


# The weekly digest


@pytest.fixture
def deadlines(briefing, units):
    """Propaganda: its lead task 4 days overdue, its coordinating task due in 5 days and one
    due in 40 days; organisation: its lead task due in 5 days; nothing for the bloc."""
    tasks = {(t.conclusion.number, t.unit.short_name): t
             for t in Task.objects.select_related("conclusion", "unit")}
    third = ConclusionFactory(briefing=briefing, number=3, lead_unit=units["propaganda"],
                              text="Xây dựng kế hoạch kiểm tra công tác tuyên truyền năm sau.")
    later = Task.objects.create(conclusion=third, unit=units["propaganda"], leads=True,
                                deadline=TODAY + timedelta(days=40),
                                original_deadline=TODAY + timedelta(days=40))
    for key, days in [((1, "BTG"), -4), ((2, "BTG"), 5), ((2, "BTC"), 5)]:
        tasks[key].deadline = tasks[key].original_deadline = TODAY + timedelta(days=days)
        tasks[key].save()
    return {"overdue": tasks[(1, "BTG")], "soon": tasks[(2, "BTG")],
            "organisation": tasks[(2, "BTC")], "later": later}


def test_the_digest_lists_overdue_tasks_first_with_their_days(deadlines, units, people,
                                                             briefing):
    notifications.digest_send(TODAY)

    [email] = mails_to(units["propaganda"].email)
    assert email.to == [units["propaganda"].email, "tuyengiao@example.vn"]
    assert email.subject == "Nhiệm vụ của BTG, tuần từ 05/10/2026: 3 chưa hoàn thành, 1 quá hạn"
    body = email.body
    order = [body.index(text) for text in (
        "QUÁ HẠN (1)", "Tổ chức tuyên truyền kết quả đại hội", "Quá hạn 4 ngày",
        "ĐẾN HẠN TRONG 14 NGÀY TỚI (1)", "Rà soát quy hoạch cán bộ",
        "CÁC NHIỆM VỤ KHÁC (1)", "Xây dựng kế hoạch kiểm tra")]
    assert order == sorted(order)
    assert body.count("Quá hạn ") == 1
    assert f"[Chủ trì] Kết luận số 1 của cuộc họp “{briefing.title}”" in body
    assert "[Phối hợp] Kết luận số 2" in body and "Đơn vị chủ trì: Ban Tổ chức Tỉnh ủy" in body
    assert f"http://testserver/quan-tri/giao-ban/nhiem-vu/{deadlines['overdue'].pk}/" in body


def test_units_without_open_tasks_get_no_digest(deadlines, units):
    deadlines["organisation"].status = Task.DONE
    deadlines["organisation"].save()
    notifications.digest_send(TODAY)
    assert mails_to(units["organisation"].email) == []
    assert mails_to(units["bloc"].email) == []
    assert len(mails_to(units["propaganda"].email)) == 1


def test_the_digest_lists_extensions_waiting_and_decided_this_week(deadlines, units):
    task = deadlines["overdue"]
    for state, decided_days_ago, new_day in [(ExtensionRequest.PENDING, None, 20),
                                             (ExtensionRequest.APPROVED, 3, 10),
                                             (ExtensionRequest.REFUSED, 9, 30)]:
        ExtensionRequest.objects.create(
            task=task, current_deadline=task.deadline, new_deadline=TODAY.replace(day=new_day),
            reason="Chờ số liệu của các huyện.", state=state,
            decided_at=decided_days_ago and NOW - timedelta(days=decided_days_ago))
    notifications.digest_send(TODAY)

    body = mails_to(units["propaganda"].email)[0].body
    waiting = body.index("ĐỀ NGHỊ GIA HẠN CHỜ VĂN PHÒNG QUYẾT ĐỊNH")
    decided = body.index("ĐỀ NGHỊ GIA HẠN ĐÃ CÓ QUYẾT ĐỊNH TRONG TUẦN QUA")
    assert waiting < body.index("xin gia hạn từ 03/10/2026 đến 20/10/2026") < decided
    assert "xin gia hạn đến 10/10/2026: Đã đồng ý" in body[decided:]
    assert "30/10/2026" not in body  # decided nine days ago


def test_the_office_digest_covers_the_overdue_tasks_of_every_unit_of_its_portal(
        deadlines, units, people, other_portal):
    deadlines["organisation"].deadline = TODAY - timedelta(days=2)
    deadlines["organisation"].save()
    elsewhere = other_portal["site"]
    other_office = UnitFactory(site=elsewhere, name="Văn phòng Đảng ủy Khối", is_office=True)
    other_unit = UnitFactory(site=elsewhere, name="Ban Tuyên giáo Đảng ủy Khối")
    meeting = BriefingFactory(site=elsewhere, chair=PersonFactory(site=elsewhere),
                              held_on=TODAY - timedelta(days=30))
    BriefingUnitFactory(briefing=meeting, unit=other_unit)
    conclusion = ConclusionFactory(briefing=meeting, lead_unit=other_unit,
                                   text="Hoàn thiện quy chế làm việc của Đảng ủy Khối.")
    Task.objects.create(conclusion=conclusion, unit=other_unit, leads=True,
                        deadline=TODAY - timedelta(days=1),
                        original_deadline=TODAY - timedelta(days=1))

    notifications.digest_send(TODAY)

    [email] = mails_to(units["office"].email)
    assert email.to == [units["office"].email, "vanphong@example.vn"]
    assert email.subject == "Nhiệm vụ quá hạn của các đơn vị, tuần từ 05/10/2026: 2"
    body = email.body
    assert "Các đơn vị có 2 nhiệm vụ quá hạn." in body
    assert "BAN TUYÊN GIÁO TỈNH ỦY (1)" in body and "Quá hạn 4 ngày" in body
    assert "BAN TỔ CHỨC TỈNH ỦY (1)" in body and "Quá hạn 2 ngày" in body
    assert "Đảng ủy Khối" not in body
    [theirs] = mails_to(other_office.email)
    assert "Hoàn thiện quy chế làm việc" in theirs.body and "Quá hạn 1 ngày" in theirs.body


def test_the_weekly_digest_leaves_once_from_monday_seven(deadlines, units):
    monday = timezone.make_aware(datetime(2026, 10, 12, 6, 59))
    assert notifications.digest_send_weekly(monday) is None
    assert mail.outbox == []

    sent = notifications.digest_send_weekly(monday + timedelta(minutes=1))
    assert sent == 3 == len(mail.outbox)  # propaganda, organisation, the office
    assert DigestRun.objects.get().week == monday.date()
    assert notifications.digest_send_weekly(monday + timedelta(days=2)) is None
    assert len(mail.outbox) == 3

    assert notifications.digest_send_weekly(monday + timedelta(days=7, minutes=1)) == 3


def test_a_mail_server_out_of_reach_leaves_the_week_to_the_next_run(deadlines, settings):
    settings.EMAIL_BACKEND = f"{__name__}.UnreachableBackend"
    with pytest.raises(OSError):
        notifications.digest_send_weekly(NOW)
    assert not DigestRun.objects.exists()
