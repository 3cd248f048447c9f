"""`seed_accounts_demo` (run by `make demo`): the demo accounts whose role needs two-factor
sign-in get an authenticator and recovery codes, and what it prints signs them in."""

import io
import re

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from tests.accounts.conftest import ADMIN, VERIFY, password_step
from tests.newsroom.test_command_seed_newsroom_demo import demo_portal  # noqa: F401

DEMO_PASSWORD = "bantin-chay-thu-2026"


def run(command, *args):
    output = io.StringIO()
    call_command(command, *args, stdout=output)
    return output.getvalue()


def test_the_printed_codes_sign_the_demo_staff_in(demo_portal):  # noqa: F811
    run("seed_newsroom_demo")
    run("ensure_admin")
    printed = run("seed_accounts_demo")
    lines = {line.split(":")[0]: line for line in printed.splitlines()}
    assert {"btv.haiyen", "bbt.thanhha", "qt.vanphong", "quantri"} <= set(lines)
    assert "ctv.minhthu" not in lines and "pv.quocviet" not in lines  # they need no app

    code = re.search(r"mã dự phòng: ([a-z2-7]{4}-[a-z2-7]{4})", lines["btv.haiyen"]).group(1)
    client, _ = password_step("btv.haiyen", DEMO_PASSWORD)
    assert client.post(VERIFY, {"code": code})["Location"] == ADMIN
    assert client.get(ADMIN).status_code == 200
    editor = get_user_model().objects.get(username="btv.haiyen")
    assert ModelLogEntry.objects.for_instance(editor).filter(
        action="bantin.second_factor_enrolled").count() == 1

    again = run("seed_accounts_demo")
    key = re.search(r"khóa bí mật ([A-Z2-7 ]+);", lines["qt.vanphong"]).group(1)
    assert key in again  # the same app keeps working
    assert TOTPDevice.objects.count() == 4
    assert code not in again  # the used code is gone; new codes replace the set


def test_reset_second_factor_turns_it_off_and_logs_it(demo_portal):  # noqa: F811
    run("seed_newsroom_demo")
    run("seed_accounts_demo")
    assert "Đã tắt đăng nhập hai lớp" in run("reset_second_factor", "bbt.thanhha")
    board = get_user_model().objects.get(username="bbt.thanhha")
    assert not TOTPDevice.objects.filter(user=board).exists()
    assert ModelLogEntry.objects.for_instance(board).first().action == \
        "bantin.second_factor_removed"
