"""`manage.py send_task_digest`: once a week from Monday 07:00, its summary, and its dry run
that sends and records nothing."""

import io
from datetime import datetime, timedelta

import time_machine
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from bantin.briefings.models import DigestRun, Task

MONDAY = timezone.make_aware(datetime(2026, 10, 12, 7, 0))


def run(at, *args):
    out = io.StringIO()
    with time_machine.travel(at, tick=False):
        call_command("send_task_digest", *args, stdout=out)
    return out.getvalue()


def overdue(briefing):
    """The propaganda board's lead task, overdue since the Friday before."""
    task = Task.objects.get(conclusion__number=1)
    task.deadline = MONDAY.date() - timedelta(days=3)
    task.save()
    return task


def test_the_digest_leaves_once_a_week_and_the_command_says_so(briefing, people):
    overdue(briefing)
    assert run(MONDAY - timedelta(minutes=1)) == "Bản tổng hợp tuần được gửi từ 07:00 thứ Hai.\n"
    assert mail.outbox == []

    assert run(MONDAY) == "Đã gửi bản tổng hợp tuần: 3 thư.\n"
    assert len(mail.outbox) == 3  # the two boards, and the office

    assert run(MONDAY + timedelta(days=1)) == (
        "Bản tổng hợp tuần này đã gửi lúc Thứ Hai, 12/10/2026 07:00 (3 thư).\n")
    assert len(mail.outbox) == 3


def test_a_dry_run_lists_the_emails_and_sends_and_records_nothing(briefing, units, people):
    overdue(briefing)
    lines = run(MONDAY, "--dry-run").splitlines()
    assert lines == [
        "Nhiệm vụ của BTG, tuần từ 12/10/2026: 2 chưa hoàn thành, 1 quá hạn → "
        f"{units['propaganda'].email}, tuyengiao@example.vn",
        "Nhiệm vụ của BTC, tuần từ 12/10/2026: 1 chưa hoàn thành, 0 quá hạn → "
        f"{units['organisation'].email}, tochuc@example.vn",
        "Nhiệm vụ quá hạn của các đơn vị, tuần từ 12/10/2026: 1 → "
        f"{units['office'].email}, vanphong@example.vn",
        "Chạy thử: sẽ gửi 3 thư; chưa gửi thư nào."]
    assert mail.outbox == []
    assert not DigestRun.objects.exists()


def test_the_scheduler_sends_the_digest_once_in_its_minute(briefing, people):
    overdue(briefing)
    for minute in range(3):
        with time_machine.travel(MONDAY + timedelta(minutes=minute), tick=False):
            call_command("run_scheduler", "--once", stdout=io.StringIO())
    assert len(mail.outbox) == 3
    assert DigestRun.objects.get().messages == 3
