"""App configuration for bantin.core."""

from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "bantin.core"
    label = "core"
    verbose_name = "Cấu hình chung"
