"""Admin registration of the register: "Văn bản" in the menu, with the attached files inline,
each person seeing and choosing only the documents of their own sites (admin_scoping)."""

from django import forms
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from bantin.core.sites import sites_for_user
from bantin.library import admin_scoping, numbers
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


class DocumentViewSet(SnippetViewSet):
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
    edit_view_class = admin_scoping.EditView
    delete_view_class = admin_scoping.DeleteView
    history_view_class = admin_scoping.HistoryView
    usage_view_class = admin_scoping.UsageView
    chooser_viewset_class = admin_scoping.DocumentChooserViewSet
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
        return admin_scoping.documents_for_user(request.user).select_related("site")


register_permission_policy(Document, admin_scoping.DocumentPermissionPolicy(Document))
register_snippet(DocumentViewSet)
