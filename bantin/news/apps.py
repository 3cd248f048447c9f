"""App configuration for bantin.news."""

from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "bantin.news"
    label = "news"
    verbose_name = "Tin bài"

    def ready(self):
        from bantin.news.signal_handlers import register_signal_handlers

        register_signal_handlers()
