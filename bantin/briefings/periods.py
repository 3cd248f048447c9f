"""The periods a briefing or a report covers: a month, a quarter, six months, a year, or a free
range; their bounds, their Vietnamese names ("Quý III/2026") and the period before each, against
which figures are compared."""

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

MONTH, QUARTER, HALF, YEAR, RANGE = "month", "quarter", "half", "year", "range"
KINDS = [
    (MONTH, gettext_lazy("Month")),
    (QUARTER, gettext_lazy("Quarter")),
    (HALF, gettext_lazy("Six months")),
    (YEAR, gettext_lazy("Year")),
    (RANGE, gettext_lazy("Free range")),
]
MONTHS_IN = {MONTH: 1, QUARTER: 3, HALF: 6, YEAR: 12}
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


@dataclass(frozen=True)
class Period:
    kind: str
    start: date
    end: date

    @classmethod
    def of(cls, kind, year, number=1):
        """The `number`-th month, quarter or half of `year` (a year has one); ValueError when
        there is no such period."""
        months = MONTHS_IN[kind]
        if not 1 <= number <= 12 // months:
            raise ValueError(number)
        first = (number - 1) * months + 1
        last = first + months - 1
        return cls(kind, date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1]))

    @classmethod
    def containing(cls, kind, day):
        """The month, quarter, half or year that `day` falls in."""
        return cls.of(kind, day.year, (day.month - 1) // MONTHS_IN[kind] + 1)

    def is_whole(self):
        """Whether a fixed kind's bounds are those of one such period."""
        if self.kind == RANGE:
            return self.start <= self.end
        try:
            return self == Period.containing(self.kind, self.start)
        except (KeyError, ValueError):
            return False

    @property
    def number(self):
        return (self.start.month - 1) // MONTHS_IN[self.kind] + 1

    def previous(self):
        """The period just before, of the same length (for a free range: as many days)."""
        if self.kind == RANGE:
            days = self.end - self.start
            end = self.start - timedelta(days=1)
            return Period(RANGE, end - days, end)
        return Period.containing(self.kind, self.start - timedelta(days=1))

    def __str__(self):
        year = self.start.year
        if self.kind == MONTH:
            return _("Month %(month)s/%(year)s") % {"month": self.start.month, "year": year}
        if self.kind == QUARTER:
            return _("Quarter %(quarter)s/%(year)s") % {"quarter": ROMAN[self.number],
                                                        "year": year}
        if self.kind == HALF:
            if self.number == 1:
                return _("First six months of %(year)s") % {"year": year}
            return _("Last six months of %(year)s") % {"year": year}
        if self.kind == YEAR:
            return _("Year %(year)s") % {"year": year}
        return _("From %(start)s to %(end)s") % {"start": self.start.strftime("%d/%m/%Y"),
                                                 "end": self.end.strftime("%d/%m/%Y")}
