"""The search page, /tim-kiem/: results with snippets, filters by section and dates, sorting,
pagination, and help when nothing matches."""

from datetime import date, datetime, time, timedelta

from django import forms
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from bantin.core import sites
from bantin.core.converters import RecordChoiceField
from bantin.core.ratelimit import rate_limited
from bantin.news.models import SectionPage
from bantin.search import service

PER_PAGE = 10
DATE_FORMATS = ["%d/%m/%Y", "%Y-%m-%d"]
# The dates a search takes: past them, the day after "den_ngay" or a day's start in UTC is no
# date Python holds (a server error for "9999-12-31", issue 10).
FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2999, 12, 31)


class SearchForm(forms.Form):
    q = forms.CharField(required=False, label=_("Search for"))
    # Ids only: SQLite raised OverflowError for a section id of 20 digits (issue 10).
    chuyen_muc = RecordChoiceField(queryset=SectionPage.objects.none(), required=False,
                                   label=_("Section"), empty_label=_("All sections"))
    tu_ngay = forms.DateField(required=False, label=_("From"), input_formats=DATE_FORMATS,
                              widget=forms.DateInput({"type": "date"}, format="%Y-%m-%d"))
    den_ngay = forms.DateField(required=False, label=_("To"), input_formats=DATE_FORMATS,
                               widget=forms.DateInput({"type": "date"}, format="%Y-%m-%d"))
    sap_xep = forms.ChoiceField(required=False, label=_("Order"), choices=[
        ("lien-quan", _("Most relevant")), ("moi-nhat", _("Newest"))])

    def __init__(self, *args, site, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["chuyen_muc"].queryset = (
            SectionPage.objects.live().descendant_of(site.root_page).order_by("path"))

    def clean(self):
        data = super().clean()
        for name in ("tu_ngay", "den_ngay"):
            if data.get(name) and not FIRST_DAY <= data[name] <= LAST_DAY:
                self.add_error(name, _("Choose a date between the years 1900 and 2999."))
        since, until = data.get("tu_ngay"), data.get("den_ngay")
        if since and until and since > until:
            self.add_error("den_ngay", _("The end date comes before the start date."))
        return data


def _start_of(day):
    return timezone.make_aware(datetime.combine(day, time())) if day else None


@require_GET
@rate_limited("search", limit="SEARCH_RATE_LIMIT", window="SEARCH_RATE_WINDOW",
              message=_("Too many searches from your network. Please wait a minute and try "
                        "again."))
def search(request):
    site = sites.find_for_request(request)
    if site is None:
        raise Http404
    # A field that does not validate is left out; the search still runs on the rest.
    form = SearchForm(request.GET, site=site)
    form.is_valid()
    data = {name: form.cleaned_data.get(name) for name in form.fields if name not in form.errors}
    text = data.get("q") or ""
    until = data.get("den_ngay")
    results = service.run(
        text, site=site, section=data.get("chuyen_muc"), since=_start_of(data.get("tu_ngay")),
        until=_start_of(until + timedelta(days=1)) if until else None,
        newest_first=data.get("sap_xep") == "moi-nhat",
    ) if text.strip() else None
    page = Paginator(results.hits if results else [], PER_PAGE).get_page(request.GET.get("trang"))
    service.complete(page.object_list)
    return render(request, "search/search_page.html", {
        "form": form, "results": results, "hits": page, "query_text": text.strip(),
        "querystring": _without_page(request.GET),
    })


def _without_page(params):
    params = params.copy()
    params.pop("trang", None)
    return params.urlencode()
