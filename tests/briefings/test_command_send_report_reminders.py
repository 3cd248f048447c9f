"""`manage.py send_report_reminders`: its summary, its dry run that sends nothing, its refusal
in Vietnamese when the mail server is out of reach, and its place in run_scheduler's minute."""

import io
from datetime import datetime, timedelta

import pytest
import time_machine
from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import timezone

from bantin.briefings.models import BriefingUnit

NOW = timezone.make_aware(datetime(2026, 10, 7, 9, 0))


@pytest.fixture
def due_soon(briefing, units, people):
    """The propaganda board's report is due in five hours; the organisation board's in five
    days."""
    BriefingUnit.objects.filter(briefing=briefing, unit=units["propaganda"]).update(
        report_due=NOW + timedelta(hours=5))
    BriefingUnit.objects.filter(briefing=briefing, unit=units["organisation"]).update(
        report_due=NOW + timedelta(days=5))
    return BriefingUnit.objects.get(briefing=briefing, unit=units["propaganda"])


def run(*args):
    out = io.StringIO()
    with time_machine.travel(NOW, tick=False):
        call_command("send_report_reminders", *args, stdout=out)
    return out.getvalue()


def test_the_command_sends_the_reminders_due_and_says_how_many(due_soon):
    assert run() == "Đã gửi thư nhắc: 1.\n"
    assert len(mail.outbox) == 1
    assert run() == "Đã gửi thư nhắc: 0.\n"


def test_a_dry_run_lists_the_reminders_and_sends_nothing(due_soon, units, briefing):
    out = run("--dry-run")
    assert out.splitlines() == [
        f"Ban Tuyên giáo Tỉnh ủy · {briefing.title}: hạn Thứ Tư, 07/10/2026 14:00 → "
        f"{units['propaganda'].email}, tuyengiao@example.vn",
        "Chạy thử: sẽ gửi 1 thư nhắc; chưa gửi thư nào."]
    assert mail.outbox == []
    due_soon.refresh_from_db()
    assert due_soon.reminded_at is None


def test_a_mail_server_out_of_reach_is_said_in_vietnamese(due_soon, settings):
    settings.EMAIL_BACKEND = "tests.briefings.test_notifications.UnreachableBackend"
    with pytest.raises(CommandError, match="Không kết nối được máy chủ thư"):
        run()
    due_soon.refresh_from_db()
    assert due_soon.reminded_at is None


def test_the_scheduler_sends_reminders_every_minute_and_survives_a_mail_outage(due_soon,
                                                                              settings):
    settings.EMAIL_BACKEND = "tests.briefings.test_notifications.UnreachableBackend"
    errors = io.StringIO()
    with time_machine.travel(NOW, tick=False):
        call_command("run_scheduler", "--once", stdout=io.StringIO(), stderr=errors)
    assert "send_report_reminders: Không kết nối được máy chủ thư" in errors.getvalue()
    assert "send_task_digest: Không kết nối được máy chủ thư" in errors.getvalue()

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with time_machine.travel(NOW + timedelta(minutes=1), tick=False):
        call_command("run_scheduler", "--once", stdout=io.StringIO())
    reminders = [email for email in mail.outbox if email.subject.startswith("Nhắc nộp báo cáo")]
    assert [email.to[0] for email in reminders] == [due_soon.unit.email]
