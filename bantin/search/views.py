"""The search page, /tim-kiem/: results with snippets, filters by section and dates, sorting,
pagination, and help when nothing matches."""

from datetime import datetime, time, timedelta

from django import forms
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from bantin.core import sites
from bantin.core.ratelimit import rate_limited
from bantin.news.models import SectionPage
from bantin.search import service

PER_PAGE = 10
DATE_FORMATS = ["%d/%m/%Y", "%Y-%m-%d"]


class SearchForm(forms.Form):
    q = forms.CharField(required=False, label=_("Search for"))
    chuyen_muc = forms.ModelChoiceField(queryset=SectionPage.objects.none(), required=False,
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
