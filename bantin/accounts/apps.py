"""App configuration for bantin.accounts."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "bantin.accounts"
    label = "accounts"
    verbose_name = _("Staff accounts")

    def ready(self):
        from bantin.accounts.signal_handlers import register_signal_handlers

        register_signal_handlers()
