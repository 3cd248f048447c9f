"""Vietnamese date and number formatting as readers of agency portals expect it.

"Thứ Hai, 06/10/2022 14:32" for date-times, "06/10/2022" for dates, "18.924.815" for counts.
"""

from django.utils import timezone

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


def weekday_name(value):
    """Return the Vietnamese name of the weekday of `value` ("Thứ Hai" … "Chủ nhật")."""
    return WEEKDAYS[value.weekday()]


def _local(value):
    return timezone.localtime(value) if timezone.is_aware(value) else value


def format_datetime(value):
    """Return "Thứ Hai, 06/10/2022 14:32" for an aware or naive datetime, in local time."""
    if value is None:
        return ""
    value = _local(value)
    return f"{weekday_name(value)}, {value:%d/%m/%Y %H:%M}"


def format_date(value):
    """Return "06/10/2022" for a date or datetime."""
    if value is None:
        return ""
    if hasattr(value, "hour"):
        value = _local(value)
    return f"{value:%d/%m/%Y}"


def format_duration(value):
    """Return a waiting time as readers say it: "45 phút", "3 giờ 20 phút", "2 ngày 4 giờ"."""
    if value is None:
        return ""
    minutes = max(0, int(value.total_seconds() // 60))
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    if days:
        return f"{days} ngày {hours} giờ" if hours else f"{days} ngày"
    if hours:
        return f"{hours} giờ {minutes} phút" if minutes else f"{hours} giờ"
    return f"{minutes} phút"


def format_count(value):
    """Return an integer with dots between thousands: 18924815 -> "18.924.815"."""
    if value is None:
        return ""
    return f"{int(value):,}".replace(",", ".")
