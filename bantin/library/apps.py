"""The library app."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LibraryConfig(AppConfig):
    name = "bantin.library"
    label = "library"
    # Not "Documents": that message is Wagtail's, for its own files ("Tài liệu").
    verbose_name = _("Official documents")

    def ready(self):
        from bantin.library.signal_handlers import register_signal_handlers

        register_signal_handlers()
