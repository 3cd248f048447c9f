"""The briefings app: meetings ("giao ban"), the units' reports for them, the conclusions and the
tasks that follow them up."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BriefingsConfig(AppConfig):
    name = "bantin.briefings"
    label = "briefings"
    verbose_name = _("Briefings")

    def ready(self):
        from bantin.briefings import article_hooks

        article_hooks.register()
