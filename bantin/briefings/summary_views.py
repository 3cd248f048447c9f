"""The summary for a period in the admin (#11, point 4): the page with its tables and charts,
and the same summary as an XLSX workbook and a PDF. For the office's staff of the portal chosen
and superusers; anyone else gets 403."""

from urllib.parse import urlencode

from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Site

from bantin.briefings import access, summary_pdf, summary_tables, summary_xlsx
from bantin.briefings.summary import summary_compile
from bantin.briefings.summary_form import SummaryForm
from bantin.core.text import slugify_vi

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def sites_for(user):
    """The portals whose summary `user` may make."""
    sites = Site.objects.order_by("-is_default_site", "site_name", "hostname")
    return sites if user.is_superuser else sites.filter(pk__in=access.office_sites(user))


def forbidden(request):
    """A 403 inside the admin (Wagtail would turn PermissionDenied into a redirect home)."""
    title = _("Summary for a period")
    return TemplateResponse(request, "briefings/admin/forbidden.html", {
        "message": _("Only the staff of the office make the summary of the briefings."),
        "page_title": title, "header_title": title, "header_icon": "table"}, status=403)


def bound_form(request):
    """The form with the period asked for (of this portal unless another is chosen), or else
    with this quarter."""
    sites = sites_for(request.user)
    here = Site.find_for_request(request)
    site = (here if here and sites.filter(pk=here.pk).exists() else None) or sites.first()
    if "kind" in request.GET:
        data = request.GET.copy()
        if not data.get("site") and site:
            data["site"] = site.pk
    else:
        data = SummaryForm.initial_data(site) if site else None
    return SummaryForm(data, sites=sites)


def page(request, form, summary=None, status=200):
    title = _("Summary for a period")
    query = urlencode({name: form.data.get(name, "") for name in form.fields}) \
        if summary else ""
    return TemplateResponse(request, "briefings/admin/summary.html", {
        "form": form, "summary": summary, "query": query,
        "sections": summary_tables.sections(summary) if summary else [],
        "page_title": title, "header_title": title, "header_icon": "table"}, status=status)


def summary_page(request):
    if not access.is_office(request.user):
        return forbidden(request)
    form = bound_form(request)
    if not form.is_bound:
        return page(request, form)
    if not form.is_valid():
        return page(request, form, status=400)
    return page(request, form, summary_compile(site=form.cleaned_data["site"],
                                               period=form.cleaned_data["period"]))


def download(request, write, extension, content_type):
    if not access.is_office(request.user):
        return forbidden(request)
    form = bound_form(request)
    if not form.is_valid():
        return page(request, form, status=400)
    summary = summary_compile(site=form.cleaned_data["site"],
                              period=form.cleaned_data["period"])
    response = HttpResponse(write(summary), content_type=content_type)
    name = slugify_vi(f"tong hop giao ban {summary.period} {summary.site.site_name}"
                      .replace("/", " "))
    response["Content-Disposition"] = f'attachment; filename="{name}.{extension}"'
    return response


def summary_download_xlsx(request):
    return download(request, summary_xlsx.workbook_bytes, "xlsx", XLSX)


def summary_download_pdf(request):
    return download(request, summary_pdf.pdf_bytes, "pdf", "application/pdf")
