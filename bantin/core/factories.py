"""Factories for core models: images (with generated pictures) and portal settings."""

import factory
import wagtail_factories
from wagtail.models import Collection

from bantin.core.models import PortalImage, PortalSettings


class PortalImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Ảnh {n}")
    description = factory.LazyAttribute(lambda image: f"Minh họa: {image.title}")
    collection = factory.LazyFunction(Collection.get_first_root_node)
    file = factory.django.ImageField(width=640, height=400, color="#a3121f")

    class Meta:
        model = PortalImage


class PortalSettingsFactory(factory.django.DjangoModelFactory):
    site_name = "Cổng thông tin điện tử thử nghiệm"
    agency_name = "Đảng bộ tỉnh Thử Nghiệm"

    class Meta:
        model = PortalSettings
        django_get_or_create = ("site",)
