"""Figures as Vietnamese reports write them: dots between thousands, a comma before the
decimals, no trailing zeros ("1.234,5"), a sign on changes ("+3", "−12,5 %")."""

from decimal import Decimal

MINUS = "\u2212"


def format_figure(value):
    """Return "1.234,5" for Decimal("1234.50"); "" for None."""
    if value is None:
        return ""
    value = Decimal(value)
    text = f"{abs(value):,f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    text = text.replace(",", " ").replace(".", ",").replace(" ", ".")
    return f"{MINUS}{text}" if value < 0 else text


def format_change(value):
    """Return "+3", "−1,5" or "0" for a change; "" for None."""
    if value is None:
        return ""
    return f"+{format_figure(value)}" if value > 0 else format_figure(value)


def format_percent(value):
    """Return "+33,3 %" for a change in percent; "" for None."""
    if value is None:
        return ""
    return f"{format_change(value)} %"
