"""App configuration for bantin.news."""

from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "bantin.news"
    label = "news"
    verbose_name = "Tin bài"
