"""Site settings shown in every page's chrome, and the image model with required alt text."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.images.models import AbstractImage, AbstractRendition
from wagtail.images.models import Image as WagtailImage

from bantin.core import images, pagecache, sites


class PortalImage(AbstractImage):
    """A Wagtail image whose description (the alt text) is required: every image is described."""

    description = models.CharField(
        _("image description (alt text)"),
        max_length=255,
        help_text=_("Describe the picture for screen reader users. Required."),
    )

    admin_form_fields = WagtailImage.admin_form_fields

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("image")

    @property
    def alt(self):
        return self.description

    def save(self, *args, **kwargs):
        # A picture given in code (the demo, factories, an import) is decoded and encoded again
        # as the admin's uploads are (core/forms.py), before it is stored (#10).
        if self.file and not self.file._committed and not isinstance(self.file.file,
                                                                     images.CleanImage):
            self.file = images.image_clean(self.file.file)
            self._set_image_file_metadata()
        super().save(*args, **kwargs)


class PortalRendition(AbstractRendition):
    image = models.ForeignKey(PortalImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class SiteSetting(BaseSiteSetting):
    """A site setting that pages read from what the process remembers (pagecache.remembered):
    Wagtail's `for_request()` reads it from the database on every page (#9). The admin edits
    it through `for_site()`, as Wagtail does."""

    class Meta:
        abstract = True

    @classmethod
    def for_request(cls, request):
        attr_name = cls.get_cache_attr_name()
        site = sites.find_for_request(request)
        if hasattr(request, attr_name) or site is None:
            return super().for_request(request)
        setting = pagecache.remembered(("setting", cls._meta.label, site.pk),
                                       lambda: cls.for_site(site))
        setting._request = request
        setattr(request, attr_name, setting)
        return setting


@register_setting(icon="site")
class PortalSettings(SiteSetting):
    """What a portal shows around its content: identity, slogan, footer and notices."""

    site_name = models.CharField(_("portal name"), max_length=120, default="Cổng thông tin điện tử")
    agency_name = models.CharField(
        _("full agency name"), max_length=255, blank=True,
        help_text=_("Shown in the header, e.g. “Provincial Party Committee of …”."),
    )
    logo = models.ForeignKey(
        "core.PortalImage", verbose_name=_("logo"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    slogan = models.TextField(
        _("scrolling header slogan"), blank=True,
        help_text=_("One slogan per line."),
    )
    footer_agency = models.CharField(_("governing agency"), max_length=255, blank=True)
    footer_address = models.CharField(_("address"), max_length=255, blank=True)
    footer_phone = models.CharField(_("phone"), max_length=60, blank=True)
    footer_email = models.EmailField(_("email"), blank=True)
    footer_licence = models.CharField(
        _("licence"), max_length=255, blank=True,
        help_text=_("For example: “Licence no. … issued by … on …”."),
    )
    footer_responsible = models.CharField(
        _("person responsible for content"), max_length=255, blank=True
    )
    visit_count_carried = models.PositiveBigIntegerField(
        _("visits carried over"), default=0,
        help_text=_("Visits carried over from the old portal; new visits are added to it."),
    )
    maintenance_notice = models.TextField(
        _("maintenance notice"), blank=True,
        help_text=_("Announces planned downtime in advance; shown on every page."),
    )
    maintenance_starts_at = models.DateTimeField(_("maintenance starts at"), null=True, blank=True)
    maintenance_ends_at = models.DateTimeField(_("maintenance ends at"), null=True, blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("site_name"), FieldPanel("agency_name"), FieldPanel("logo"),
             FieldPanel("slogan")],
            heading=_("Header"),
        ),
        MultiFieldPanel(
            [FieldPanel("footer_agency"), FieldPanel("footer_address"),
             FieldPanel("footer_phone"), FieldPanel("footer_email"),
             FieldPanel("footer_licence"), FieldPanel("footer_responsible")],
            heading=_("Footer"),
        ),
        MultiFieldPanel(
            [FieldPanel("maintenance_notice"), FieldPanel("maintenance_starts_at"),
             FieldPanel("maintenance_ends_at")],
            heading=_("Maintenance notice"),
        ),
        FieldPanel("visit_count_carried"),
    ]

    class Meta:
        verbose_name = _("portal settings")

    @property
    def slogans(self):
        return [line.strip() for line in self.slogan.splitlines() if line.strip()]

    def maintenance_is_announced(self, now=None):
        """Return True while the notice should show: it has text and its window has not ended."""
        if not self.maintenance_notice.strip():
            return False
        now = now or timezone.now()
        return self.maintenance_ends_at is None or now < self.maintenance_ends_at
