"""The weekly digests of tasks already sent: one row per week, written before the mail goes, so
that the digest leaves once a week however many schedulers run (briefings/notifications.py)."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class DigestRun(models.Model):
    week = models.DateField(_("week of"), unique=True, help_text=_("The Monday of the week."))
    started_at = models.DateTimeField(_("sent at"), default=timezone.now)
    messages = models.PositiveIntegerField(_("e-mails sent"), default=0)

    class Meta:
        ordering = ["-week"]
        verbose_name = _("weekly digest sent")
        verbose_name_plural = _("weekly digests sent")

    def __str__(self):
        return self.week.strftime("%d/%m/%Y")
