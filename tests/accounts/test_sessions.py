"""Staff sessions end: after SESSION_IDLE_SECONDS without a request, SESSION_COOKIE_AGE after
sign-in however active, and with the browser unless "remember me" was ticked."""

from datetime import timedelta

import time_machine
from django.conf import settings
from django.test import Client
from django.utils import timezone

from tests.accounts.conftest import ADMIN, LOGIN, password_step
from tests.conftest import signed_in


def test_the_limits_are_a_working_day_and_half_an_hour_idle():
    assert settings.SESSION_COOKIE_AGE == 8 * 3600
    assert settings.SESSION_IDLE_SECONDS == 30 * 60


def test_a_session_idle_for_longer_than_the_limit_ends(editor):
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        client = signed_in(editor)
        traveller.shift(timedelta(seconds=settings.SESSION_IDLE_SECONDS - 60))
        assert client.get(ADMIN).status_code == 200
        traveller.shift(timedelta(seconds=settings.SESSION_IDLE_SECONDS + 1))
        ended = client.get(ADMIN)
        assert ended.status_code == 302 and ended["Location"].startswith(LOGIN)
        assert "Phiên làm việc đã hết hạn" in client.get(ended["Location"]).content.decode()
        assert "_auth_user_id" not in client.session


def test_an_active_session_still_ends_at_its_longest_life(editor):
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        client = signed_in(editor)
        every = timedelta(seconds=settings.SESSION_IDLE_SECONDS // 2)
        for _ in range(settings.SESSION_COOKIE_AGE // every.seconds - 1):
            traveller.shift(every)
            assert client.get(ADMIN).status_code == 200
        traveller.shift(every + timedelta(seconds=1))
        assert client.get(ADMIN)["Location"].startswith(LOGIN)


def test_without_remember_me_the_cookie_ends_with_the_browser(reporter):
    _, forgotten = password_step("pv")
    assert forgotten.cookies["sessionid"]["max-age"] == ""
    remembered = Client().post(LOGIN, {"username": "pv", "password": "mat-khau-thu-nghiem-dai",
                                     "remember": "on"})
    assert remembered.cookies["sessionid"]["max-age"] == settings.SESSION_COOKIE_AGE
