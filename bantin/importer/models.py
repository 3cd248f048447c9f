"""What was imported from where: one LegacyImport per page of the old portal, with the file as
it came (kept for audit), the captions of its pictures and what the importer noticed, for the
editors who check the article."""

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.utils.translation import gettext_lazy as _


def originals_storage():
    """Where the original files are kept: outside the media root, never served (a saved page
    may carry scripts)."""
    return FileSystemStorage(location=settings.IMPORT_ORIGINALS_ROOT, base_url=None)


class LegacyImport(models.Model):
    # The page's identity on the old portal: its folded title and publication day. Importing
    # the page again, from another save or another dump, finds its article by it.
    fingerprint = models.CharField(_("fingerprint"), max_length=64, unique=True)
    article = models.ForeignKey("news.ArticlePage", verbose_name=_("article"), null=True,
                                on_delete=models.SET_NULL, related_name="legacy_imports")
    # The revision the import saved: an article whose latest revision is another was edited
    # since, and a new import leaves it alone.
    revision = models.ForeignKey("wagtailcore.Revision", null=True, on_delete=models.SET_NULL,
                                 related_name="+", editable=False)
    source = models.CharField(_("source"), max_length=500)
    checksum = models.CharField(_("checksum (SHA-256)"), max_length=64)
    original = models.FileField(_("original file"), upload_to="legacy/",
                                storage=originals_storage)
    captions = models.JSONField(_("picture captions"), default=list, blank=True)
    warnings = models.JSONField(_("warnings"), default=list, blank=True)
    imported_at = models.DateTimeField(_("imported at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("imported page")
        verbose_name_plural = _("imported pages")
        ordering = ["-updated_at"]

    def __str__(self):
        return self.source
