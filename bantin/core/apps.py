"""App configuration for bantin.core."""

from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "bantin.core"
    label = "core"
    verbose_name = "Cấu hình chung"

    def ready(self):
        from bantin.core import avatars
        from bantin.core.ratelimit import trusted_proxies
        from bantin.core.signal_handlers import register_signal_handlers

        register_signal_handlers()
        avatars.register()
        trusted_proxies()  # a wrong TRUSTED_PROXIES stops the app here, not at a request
