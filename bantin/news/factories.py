"""Factories for the news page tree and sidebar snippets, shared by the tests and `seed_demo`."""

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.rich_text import RichText

from bantin.core.factories import PortalImageFactory
from bantin.core.text import slugify_vi
from bantin.news.models import (
    ArticleDailyViews,
    ArticlePage,
    BannerLink,
    HomePage,
    SectionPage,
    SiteMapPage,
    StandardPage,
    VideoClip,
    WebLink,
)


class BantinPageFactory(wagtail_factories.PageFactory):
    slug = factory.LazyAttribute(lambda page: slugify_vi(page.title))

    class Meta:
        abstract = True


class HomePageFactory(BantinPageFactory):
    title = "Trang chủ"

    class Meta:
        model = HomePage


class SectionPageFactory(BantinPageFactory):
    title = factory.Sequence(lambda n: f"Chuyên mục {n}")
    show_in_menus = True

    class Meta:
        model = SectionPage


class ArticlePageFactory(BantinPageFactory):
    title = factory.Sequence(lambda n: f"Hội nghị giao ban công tác tháng {n % 12 + 1} số {n}")
    lead = "Sáng nay, Thường trực Tỉnh ủy chủ trì hội nghị giao ban đánh giá kết quả công tác."
    author_name = factory.Faker("name", locale="vi_VN")
    published_at = factory.LazyFunction(timezone.now)
    body = factory.LazyAttribute(
        lambda page: [("paragraph", RichText(f"<p>Nội dung bài viết {page.title}.</p>"))]
    )

    class Meta:
        model = ArticlePage

    class Params:
        with_image = factory.Trait(featured_image=factory.SubFactory(PortalImageFactory))


class ArticleDailyViewsFactory(factory.django.DjangoModelFactory):
    day = factory.LazyFunction(timezone.localdate)
    views = 10

    class Meta:
        model = ArticleDailyViews


class StandardPageFactory(BantinPageFactory):
    title = "Giới thiệu"
    intro = "Chức năng, nhiệm vụ và tổ chức bộ máy."

    class Meta:
        model = StandardPage


class SiteMapPageFactory(BantinPageFactory):
    title = "Sơ đồ cổng"

    class Meta:
        model = SiteMapPage


class WebLinkFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Cổng thông tin số {n}")
    url = factory.Sequence(lambda n: f"https://cong-{n}.example.vn/")

    class Meta:
        model = WebLink


class BannerLinkFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Chuyên đề {n}")
    image = factory.SubFactory(PortalImageFactory)
    url = factory.Sequence(lambda n: f"https://chuyen-de-{n}.example.vn/")

    class Meta:
        model = BannerLink


class VideoClipFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Phóng sự số {n}")
    file = factory.django.FileField(filename="clip.mp4", data=b"\x00\x00\x00\x18ftypmp42")

    class Meta:
        model = VideoClip
