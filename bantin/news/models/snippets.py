"""Sidebar snippets: banner links, web links and video clips, one set per site."""

from django.conf import settings
from django.core.validators import FileExtensionValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class SiteScopedQuerySet(models.QuerySet):
    def for_site(self, site):
        return self.filter(site=site)


class SiteScoped(models.Model):
    """A snippet that belongs to one portal (Wagtail Site)."""

    site = models.ForeignKey(
        "wagtailcore.Site", verbose_name=_("portal"), on_delete=models.CASCADE, related_name="+"
    )
    sort_order = models.PositiveIntegerField(_("order"), default=0)
    is_active = models.BooleanField(_("shown"), default=True)

    objects = SiteScopedQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["sort_order", "pk"]


class BannerLink(SiteScoped):
    """An image banner in the sidebar linking to a campaign or another portal."""

    title = models.CharField(_("name"), max_length=255)
    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL, verbose_name=_("image"), on_delete=models.PROTECT,
        related_name="+",
    )
    url = models.URLField(_("link address"))

    panels = [FieldPanel("site"), FieldPanel("title"), FieldPanel("image"), FieldPanel("url"),
              FieldPanel("sort_order"), FieldPanel("is_active")]

    class Meta(SiteScoped.Meta):
        verbose_name = _("banner link")
        verbose_name_plural = _("banner link")

    def __str__(self):
        return self.title


class WebLink(SiteScoped):
    """A text link in the "Liên kết website" list."""

    title = models.CharField(_("website name"), max_length=255)
    url = models.URLField(_("address"))

    panels = [FieldPanel("site"), FieldPanel("title"), FieldPanel("url"),
              FieldPanel("sort_order"), FieldPanel("is_active")]

    class Meta(SiteScoped.Meta):
        verbose_name = _("web link")
        verbose_name_plural = _("web link")

    def __str__(self):
        return self.title


class VideoClip(index.Indexed, SiteScoped):
    """A self-hosted video clip (MP4 or WebM) with its poster image."""

    title = models.CharField(_("title"), max_length=255)
    description = models.TextField(_("description"), blank=True)
    file = models.FileField(
        _("video file"), upload_to="videos/%Y/%m/",
        validators=[FileExtensionValidator(["mp4", "webm"])],
        help_text=_("An MP4 or WebM file."),
    )
    poster = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL, verbose_name=_("featured image"), null=True,
        blank=True, on_delete=models.SET_NULL, related_name="+",
    )
    published_at = models.DateTimeField(_("published on"), default=timezone.now)

    panels = [FieldPanel("site"), FieldPanel("title"), FieldPanel("description"),
              FieldPanel("file"), FieldPanel("poster"), FieldPanel("published_at"),
              FieldPanel("is_active")]
    search_fields = [index.SearchField("title"), index.FilterField("site")]

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("video")
        verbose_name_plural = _("video")

    def __str__(self):
        return self.title
