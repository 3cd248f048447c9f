"""App configuration for bantin.newsroom."""

from django.apps import AppConfig


class NewsroomConfig(AppConfig):
    name = "bantin.newsroom"
    label = "newsroom"
    verbose_name = "Tòa soạn"

    def ready(self):
        from bantin.newsroom.signal_handlers import register_signal_handlers

        register_signal_handlers()
