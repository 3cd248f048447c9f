"""The choice of a summary's portal and period: a kind with its year and number (month 1-12,
quarter 1-4, half 1-2), or a free range of dates; each mistake refused in Vietnamese."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Site

from bantin.briefings import periods
from bantin.core.converters import RecordChoiceField

FIRST_YEAR, LAST_YEAR = 1945, 2100
NUMBERED = {periods.MONTH: 12, periods.QUARTER: 4, periods.HALF: 2}
DATE_FORMATS = ["%Y-%m-%d", "%d/%m/%Y"]
DATE_ERRORS = {"invalid": gettext_lazy("Type a date as dd/mm/yyyy.")}
WRONG_NUMBER = {
    periods.MONTH: gettext_lazy("Choose a month from 1 to 12."),
    periods.QUARTER: gettext_lazy("Choose a quarter from 1 to 4."),
    periods.HALF: gettext_lazy("Choose the first (1) or the last (2) six months."),
}


class SummaryForm(forms.Form):
    site = RecordChoiceField(
        label=gettext_lazy("Portal"), queryset=Site.objects.none(), empty_label=None,
        error_messages={"invalid_choice": gettext_lazy("Choose one of your portals.")})
    kind = forms.ChoiceField(
        label=gettext_lazy("Period"), choices=periods.KINDS,
        error_messages={"invalid_choice": gettext_lazy("Choose a period from the list.")})
    year = forms.IntegerField(
        label=gettext_lazy("Year"), required=False,
        error_messages={"invalid": gettext_lazy("Type the year in figures, e.g. 2025.")})
    number = forms.IntegerField(
        label=gettext_lazy("Number"), required=False,
        help_text=gettext_lazy("Month 1-12, quarter 1-4, six months 1-2; none for a year."),
        error_messages={"invalid": gettext_lazy("Type the number in figures, e.g. 3.")})
    # The browser's date picker sends 2025-07-01; typed by hand, a date reads day first.
    start = forms.DateField(label=gettext_lazy("From"), required=False,
                            input_formats=DATE_FORMATS, error_messages=DATE_ERRORS,
                            widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label=gettext_lazy("To"), required=False,
                          input_formats=DATE_FORMATS, error_messages=DATE_ERRORS,
                          widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args, sites, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["site"].queryset = sites

    @staticmethod
    def initial_data(site):
        """The form's data for this quarter of `site`."""
        quarter = periods.Period.containing(periods.QUARTER, timezone.localdate())
        return {"site": site.pk, "kind": periods.QUARTER, "year": quarter.start.year,
                "number": quarter.number}

    def clean(self):
        data = super().clean()
        kind = data.get("kind")
        if kind == periods.RANGE:
            data["period"] = self.range_period(data.get("start"), data.get("end"))
        elif kind:
            data["period"] = self.fixed_period(kind, data.get("year"), data.get("number"))
        return data

    def range_period(self, start, end):
        if start is None or end is None:
            if "start" not in self.errors and "end" not in self.errors:
                self.add_error("start", _("Give the first and the last day of the range."))
            return None
        for name, day in (("start", start), ("end", end)):
            if not FIRST_YEAR <= day.year <= LAST_YEAR:
                self.add_error(name, self.year_error())
                return None
        if end < start:
            self.add_error("end", _("The range ends (%(end)s) before it starts (%(start)s).")
                           % {"end": end.strftime("%d/%m/%Y"),
                              "start": start.strftime("%d/%m/%Y")})
            return None
        return periods.Period(periods.RANGE, start, end)

    def fixed_period(self, kind, year, number):
        if year is None or not FIRST_YEAR <= year <= LAST_YEAR:
            self.add_error("year", self.year_error())
            return None
        if kind == periods.YEAR:
            return periods.Period.of(kind, year)
        if number is None or not 1 <= number <= NUMBERED[kind]:
            self.add_error("number", WRONG_NUMBER[kind])
            return None
        return periods.Period.of(kind, year, number)

    @staticmethod
    def year_error():
        return _("Choose a year from %(first)s to %(last)s.") % {"first": FIRST_YEAR,
                                                                  "last": LAST_YEAR}
