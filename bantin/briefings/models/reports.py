"""A unit's report for a briefing: its results as indicators with figures, its shortcomings and
its proposals. Saved as a draft until the unit submits it, before the deadline. Once submitted
in public and an article made from the briefing, it is not marked internal while that article
exists."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


class UnitReport(models.Model):
    briefing = models.ForeignKey("briefings.Briefing", verbose_name=_("briefing"),
                                 on_delete=models.CASCADE, related_name="reports")
    unit = models.ForeignKey("briefings.Unit", verbose_name=_("unit"), on_delete=models.PROTECT,
                             related_name="reports")
    results = models.TextField(_("results"), blank=True,
                               help_text=_("What the unit did in the period, in words."))
    shortcomings = models.TextField(_("shortcomings"), blank=True)
    proposals = models.TextField(_("proposals"), blank=True)
    internal = models.BooleanField(
        _("internal"), default=False,
        help_text=_("The report stays in the record: an article made from the briefing leaves "
                    "it out."))
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True, editable=False)
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("submitted by"),
                                     null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="+", editable=False)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("unit report")
        verbose_name_plural = _("unit reports")
        constraints = [models.UniqueConstraint(fields=["briefing", "unit"],
                                               name="briefings_unitreport_unique")]

    def __str__(self):
        return f"{self.unit} · {self.briefing}"

    def clean(self):
        # The article keeps the text it was made with, which may quote the report if it was
        # public and submitted: marked internal now, that text would still be published
        # (#11, point 5). A new article, made once this one is deleted, leaves it out.
        if self.internal and self.pk and UnitReport.objects.filter(
                pk=self.pk, internal=False, submitted_at__isnull=False,
                briefing__article__isnull=False).exists():
            raise ValidationError({"internal": _(
                "An article has been made from this briefing and may quote this report: the "
                "office must first delete that article before the report is marked internal.")})


class Indicator(models.Model):
    """One result with its figure, and the figure of the period before for comparison."""

    report = models.ForeignKey(UnitReport, on_delete=models.CASCADE, related_name="indicators")
    name = models.CharField(_("indicator"), max_length=255,
                            help_text=_("e.g. Số đảng viên mới kết nạp"))
    value = models.DecimalField(_("value"), max_digits=18, decimal_places=2)
    measure = models.CharField(_("unit of measure"), max_length=40, blank=True,
                               help_text=_("e.g. đảng viên, %, tỷ đồng"))
    previous_value = models.DecimalField(_("value in the previous period"), max_digits=18,
                                         decimal_places=2, null=True, blank=True)
    sort_order = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")

    def __str__(self):
        return f"{self.name}: {self.value} {self.measure}".strip()
