"""The imported pages in the admin: for each, its article, the original file's name, and the
captions of its pictures and the importer's warnings as notes for the editors who check it."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from bantin.importer.models import LegacyImport


class LegacyImportViewSet(SnippetViewSet):
    model = LegacyImport
    icon = "download"
    menu_label = _("Imported pages")
    add_to_admin_menu = True
    menu_order = 800
    url_prefix = "nhap-cong-cu"
    list_display = ["source", "article", Column("updated_at", label=_("imported at"))]
    search_fields = ["source"]
    add_view_enabled = False  # pages come in through import_legacy only
    inspect_view_enabled = True
    edit_handler = ObjectList([
        FieldPanel(name, read_only=True)
        for name in ("source", "article", "captions", "warnings", "checksum", "original")])


register_snippet(LegacyImportViewSet)
