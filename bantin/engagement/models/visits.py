"""Visits per site per day: what the "Số lượt truy cập" counter adds to the carried total."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site


class SiteDailyVisits(models.Model):
    """How many visitors came to one site on one day (local date, Asia/Ho_Chi_Minh)."""

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="+")
    day = models.DateField(_("day"))
    visits = models.PositiveIntegerField(_("visits"), default=0)

    class Meta:
        verbose_name = _("daily visits")
        verbose_name_plural = _("daily visits")
        constraints = [
            models.UniqueConstraint(fields=["site", "day"], name="unique_site_day_visits")
        ]

    def __str__(self):
        return f"{self.site_id} {self.day}: {self.visits}"
