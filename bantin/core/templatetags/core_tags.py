"""Template filters for Vietnamese dates and counts, and the portal settings lookup."""

from django import template

from bantin.core import formats

register = template.Library()


@register.filter
def vi_datetime(value):
    """Render a datetime as "Thứ Hai, 06/10/2022 14:32"."""
    return formats.format_datetime(value)


@register.filter
def vi_date(value):
    """Render a date or datetime as "06/10/2022"."""
    return formats.format_date(value)


@register.filter
def vi_duration(value):
    """Render a timedelta as "3 giờ 20 phút"."""
    return formats.format_duration(value)


@register.filter
def vi_count(value):
    """Render a count as "18.924.815"."""
    return formats.format_count(value)
