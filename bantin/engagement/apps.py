"""The engagement app."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EngagementConfig(AppConfig):
    name = "bantin.engagement"
    label = "engagement"
    verbose_name = _("Readers")
