"""The engagement app."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EngagementConfig(AppConfig):
    name = "bantin.engagement"
    label = "engagement"
    verbose_name = _("Readers")

    def ready(self):
        from bantin.engagement.signal_handlers import register_signal_handlers

        register_signal_handlers()
