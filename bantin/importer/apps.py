"""The importer app."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImporterConfig(AppConfig):
    name = "bantin.importer"
    label = "importer"
    verbose_name = _("Legacy import")
