"""Admin registration of the register: "Văn bản" in the menu, with the attached files inline,
each person seeing and choosing only the documents of their own sites (admin_scoping); and,
on an article's edit page, the documents it cites that the register does not hold yet, each
with a link to add it (the form filled in from the citation)."""

import html

from django import forms
from django.contrib import messages
from django.urls import reverse
from django.utils.dateparse import parse_date
from django.utils.html import format_html, format_html_join, strip_tags
from django.utils.http import urlencode
from django.utils.text import Truncator
from django.utils.timezone import localdate
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet

from bantin.core.admin_scoping import (
    ScopedChooserViewSet,
    ScopedPermissionPolicy,
    ScopedViewSetMixin,
    register_scope,
)
from bantin.core.sites import sites_for_user
from bantin.library import admin_scoping, numbers, references
from bantin.library.models import Document

# The names editors pick the type from ("Quyết định, Quy định" offers both).
KIND_NAMES = sorted({name for names in numbers.TYPE_NAMES.values() for name in names.split(", ")})


class KindInput(forms.TextInput):
    """A text box suggesting the usual names of document types; any other may be typed."""

    template_name = "library/widgets/kind_input.html"

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        widget = context["widget"]
        widget["attrs"]["list"] = f"{widget['attrs'].get('id', name)}-names"
        context["names"] = KIND_NAMES
        return context


class DocumentAdminForm(WagtailAdminModelForm):
    """A document form offering only the sites its user works on."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["site"].queryset = sites_for_user(self.for_user)


class DocumentCreateView(CreateView):
    """The add form, filled in from a citation an editor follows from an article
    (?number=27-KL/TU&kind=Kết luận&issued_on=2021-04-03&site=1)."""

    def get_initial_form_instance(self):
        document = super().get_initial_form_instance() or Document()
        query = self.request.GET
        document.number = query.get("number", "")[:numbers.LONGEST]
        document.kind = query.get("kind", "")[:60]
        try:
            document.issued_on = parse_date(query.get("issued_on", ""))
        except ValueError:  # a well-formed date that does not exist: 2021-02-30
            document.issued_on = None
        document.site = sites_for_user(self.request.user).filter(
            pk=query.get("site") if query.get("site", "").isdigit() else None).first()
        return document


class DocumentViewSet(ScopedViewSetMixin, SnippetViewSet):
    model = Document
    icon = "doc-full-inverse"
    menu_label = _("Official documents")
    menu_order = 170
    add_to_admin_menu = True
    url_prefix = "van-ban"
    list_display = ["number", "kind",
                    Column("summary", label=_("summary of contents"),
                           accessor=lambda document: Truncator(document.summary).words(14)),
                    Column("issued_on", label=_("date of issue")), "status",
                    BooleanColumn("restricted", label=_("restricted")), "site"]
    list_filter = {"status": ["exact"], "field": ["exact"], "year": ["exact"],
                   "restricted": ["exact"], "site": ["exact"]}
    search_fields = ["number", "summary", "issuing_body", "search_text"]
    ordering = ["-issued_on", "-pk"]
    add_view_class = DocumentCreateView
    chooser_viewset_class = ScopedChooserViewSet
    edit_handler = ObjectList([
        FieldPanel("site"),
        FieldRowPanel([FieldPanel("number"), FieldPanel("kind", widget=KindInput)]),
        FieldPanel("issuing_body"),
        FieldRowPanel([FieldPanel("issued_on"), FieldPanel("effective_on")]),
        FieldPanel("signer"),
        FieldPanel("summary"),
        FieldPanel("field"),
        MultiFieldPanel([FieldPanel("status"), FieldPanel("replaced_by")],
                        heading=_("Validity")),
        FieldPanel("restricted"),
        InlinePanel("attachments", label=_("attached files")),
    ], base_form_class=DocumentAdminForm)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("site")


register_scope(Document, admin_scoping.documents_for_user)
register_permission_policy(Document, ScopedPermissionPolicy(Document))
register_snippet(DocumentViewSet)


@hooks.register("before_edit_page")
def unregistered_citations(request, page):
    """Tell the editor of an article which documents it cites are not in the register yet."""
    article = page.specific
    if (request.method != "GET" or not hasattr(article, "lead")
            or not request.user.has_perm("library.add_document")):
        return
    text = f"{article.lead}\n{html.unescape(strip_tags(article.body.render_as_block()))}"
    site = article.get_site()
    published = getattr(article, "published_at", None)
    missing = references.unregistered(text, site=site,
                                      on=localdate(published) if published else None)
    if not missing:
        return
    add = reverse("wagtailsnippets_library_document:add")
    links = format_html_join(", ", '<a href="{}?{}">{}</a>', (
        (add, urlencode({"number": str(reference.number), "kind": reference.type_word.capitalize(),
                         "issued_on": reference.date.isoformat() if reference.date else "",
                         "site": site.pk if site else ""}), str(reference.number))
        for reference in missing))
    messages.info(request, format_html("{} {}", gettext(
        "Documents this article cites that the register does not hold yet (add them):"), links))
