"""The public register, /van-ban/: the list with its filters and search, a document's page,
and the download of its files. Each reads the current site's public documents only."""

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from bantin.core import pagecache, sites
from bantin.library import selectors
from bantin.library.models import Document, DocumentAttachment

PER_PAGE = 20
# Filter parameter -> the column it filters.
FILTERS = {"loai": "kind", "co_quan": "issuing_body", "nam": "year", "linh_vuc": "field",
           "tinh_trang": "status"}


class DocumentFilterForm(forms.Form):
    q = forms.CharField(required=False, max_length=300, label=_("Number or words"))
    loai = forms.ChoiceField(required=False, label=_("Type of document"))
    co_quan = forms.ChoiceField(required=False, label=_("Issuing body"))
    nam = forms.TypedChoiceField(required=False, coerce=int, empty_value=None,
                                 label=_("Year of issue"))
    linh_vuc = forms.ChoiceField(required=False, label=_("Field of work"),
                                 choices=[("", _("All fields")), *Document.FIELDS])
    tinh_trang = forms.ChoiceField(required=False, label=_("Validity"),
                                   choices=[("", _("Any validity")), *Document.STATUSES])

    def __init__(self, *args, documents, **kwargs):
        super().__init__(*args, **kwargs)
        # Only what the register holds is offered.
        for name, order, everything in (("loai", "kind", _("All types")),
                                        ("co_quan", "issuing_body", _("All issuing bodies")),
                                        ("nam", "-year", _("All years"))):
            values = documents.order_by(order).values_list(FILTERS[name], flat=True).distinct()
            self.fields[name].choices = [("", everything), *((value, value) for value in values)]


def _site(request):
    site = sites.find_for_request(request)
    if site is None:
        raise Http404
    return site


@require_GET
@pagecache.public_page
def document_list(request):
    documents = selectors.documents_public(site=_site(request))
    # A field that does not validate is left out; the list is filtered by the others.
    form = DocumentFilterForm(request.GET, documents=documents)
    form.is_valid()
    chosen = {name: value for name, value in form.cleaned_data.items() if value}
    for name, column in FILTERS.items():
        if name in chosen:
            documents = documents.filter(**{column: chosen[name]})
    if "q" in chosen:
        documents = selectors.documents_matching(documents, chosen["q"])
    params = request.GET.copy()
    params.pop("trang", None)
    return render(request, "library/document_list.html", {
        "form": form, "filtered": bool(chosen), "querystring": params.urlencode(),
        "documents": Paginator(documents, PER_PAGE).get_page(request.GET.get("trang")),
    })


@require_GET
@pagecache.public_page
def document_detail(request, document_id, slug=""):
    site = _site(request)
    public = selectors.documents_public(site=site)
    document = get_object_or_404(public, pk=document_id)
    if slug != document.slug:
        return redirect(document, permanent=True)
    return render(request, "library/document_detail.html", {
        "document": document,
        "attachments": document.attachments.all(),
        # A replacing or replaced document is named only if readers may see it.
        "replaced_by": (public.filter(pk=document.replaced_by_id).first()
                        if document.replaced_by_id else None),
        "replaces": public.filter(replaced_by=document),
    })


@require_GET
def attachment_download(request, attachment_id):
    """Send the file as a download: only a public document's, of this site."""
    attachment = get_object_or_404(
        DocumentAttachment.objects.select_related("document")
        .filter(document__in=selectors.documents_public(site=_site(request))),
        pk=attachment_id)
    try:
        handle = attachment.file.open("rb")
    except FileNotFoundError as error:
        raise Http404 from error
    response = FileResponse(
        handle, as_attachment=True, filename=attachment.download_name,
        content_type=settings.WAGTAILDOCS_CONTENT_TYPES.get(attachment.extension,
                                                            "application/octet-stream"))
    # As Wagtail's documents: nothing in the file may run, were a browser to open it in place.
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
