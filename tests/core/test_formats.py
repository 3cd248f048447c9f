"""Vietnamese date and number formats."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from bantin.core import formats

HCM = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.mark.parametrize(
    ("day", "name"),
    [(6, "Thứ Hai"), (7, "Thứ Ba"), (8, "Thứ Tư"), (9, "Thứ Năm"), (10, "Thứ Sáu"),
     (11, "Thứ Bảy"), (12, "Chủ nhật")],
)
def test_weekday_names(day, name):
    assert formats.weekday_name(date(2022, 6, day)) == name


def test_datetime_as_readers_expect():
    assert formats.format_datetime(datetime(2022, 10, 6, 14, 32, tzinfo=HCM)) == (
        "Thứ Năm, 06/10/2022 14:32"
    )


def test_aware_datetime_is_shown_in_vietnam_time():
    utc = datetime(2022, 10, 5, 20, 30, tzinfo=ZoneInfo("UTC"))
    assert formats.format_datetime(utc) == "Thứ Năm, 06/10/2022 03:30"
    assert formats.format_date(utc) == "06/10/2022"


@pytest.mark.parametrize(
    ("value", "text"), [(0, "0"), (637, "637"), (1204, "1.204"), (18924815, "18.924.815")]
)
def test_counts_use_dots_between_thousands(value, text):
    assert formats.format_count(value) == text


def test_empty_values_render_empty():
    assert formats.format_datetime(None) == formats.format_date(None) == ""
    assert formats.format_count(None) == ""
