"""The imported pages in the admin: for each, its article, the original file's name, and the
captions of its pictures and the importer's warnings as notes for the editors who check it."""

from django.contrib import messages
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from bantin.importer.models import LegacyImport


class LegacyImportViewSet(SnippetViewSet):
    model = LegacyImport
    icon = "download"
    menu_label = gettext_lazy("Imported pages")
    add_to_admin_menu = True
    menu_order = 800
    url_prefix = "nhap-cong-cu"
    list_display = ["source", "article", Column("updated_at", label=gettext_lazy("imported at"))]
    search_fields = ["source"]
    add_view_enabled = False  # pages come in through import_legacy only
    inspect_view_enabled = True
    edit_handler = ObjectList([
        FieldPanel(name, read_only=True)
        for name in ("source", "article", "captions", "warnings", "checksum", "original")])


register_snippet(LegacyImportViewSet)


@hooks.register("before_edit_page")
def legacy_notes(request, page):
    """Show the editor of an imported article what the old page had beside its text."""
    record = LegacyImport.objects.filter(article_id=page.pk).first()
    if request.method != "GET" or record is None or not (record.captions or record.warnings):
        return
    notes = [_("Imported from the old portal: %(source)s.") % {"source": record.source}]
    if record.captions:
        notes.append(_("Picture captions: %(captions)s.") % {
            "captions": "; ".join(record.captions)})
    notes.extend(record.warnings)
    messages.info(request, " ".join(notes))
