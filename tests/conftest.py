"""The shared site tree: a provincial portal and a second agency's portal, built from factories;
staff signed in past the admin's second step."""

import time
from datetime import timedelta

import pytest
from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.test import Client
from django.utils import timezone
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Collection, Locale, Page, Site

from bantin.briefings import roles as briefings_roles
from bantin.core import pagecache
from bantin.core.factories import PortalImageFactory, PortalSettingsFactory
from bantin.news.factories import (
    ArticleDailyViewsFactory,
    ArticlePageFactory,
    HomePageFactory,
    SectionPageFactory,
    SiteMapPageFactory,
    StandardPageFactory,
)
from bantin.newsroom import bootstrap

pytest_plugins = ["tests.chromium"]


@pytest.fixture(autouse=True)
def fresh_cache():
    """Each test starts with an empty cache (local memory, or Redis database 15 in CI): who was
    counted, rate limits, cached pages and what the process remembers never leak from one test
    into the next."""
    for alias in settings.CACHES:
        caches[alias].clear()
    pagecache.forget()
    yield
    for alias in settings.CACHES:
        caches[alias].clear()
    pagecache.forget()


def ensure_wagtail_roots():
    """Recreate what the migrations make: locale, root page and collection, roles, workflow,
    the briefings' groups.

    Transactional tests (the browser tests) empty every table after they run, so later tests
    cannot rely on the migrations' rows being there.
    """
    locale, _ = Locale.objects.get_or_create(language_code=get_supported_content_language_variant(
        settings.LANGUAGE_CODE))
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title=bootstrap.ROOT_PAGE_TITLE, slug="root", locale=locale))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name=bootstrap.ROOT_COLLECTION_NAME)
    bootstrap.roles_create()
    bootstrap.workflow_create()
    briefings_roles.groups_create(apps=apps)


def make_portal(*, hostname, site_name, is_default):
    """Create a home page with two sections (one with a subsection) and a Site serving it."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, title="Trang chủ", slug=f"home-{hostname.split('.')[0]}")
    site = Site.objects.create(hostname=hostname, port=80, root_page=home, site_name=site_name,
                               is_default_site=is_default)
    PortalSettingsFactory(site=site, site_name=site_name, agency_name=f"Cơ quan {site_name}",
                          slogan="ĐOÀN KẾT, KỶ CƯƠNG\nĐỔI MỚI, PHÁT TRIỂN")
    return site, home


def build_portal():
    """The default site: "Tin tức" > "Tin trong tỉnh", "Xây dựng Đảng", plain pages, articles."""
    ensure_wagtail_roots()
    Site.objects.all().delete()
    Page.objects.filter(depth__gt=1).delete()
    site, home = make_portal(hostname="testserver", site_name="Cổng Tỉnh ủy", is_default=True)
    news = SectionPageFactory(parent=home, title="Tin tức")
    local = SectionPageFactory(parent=news, title="Tin trong tỉnh")
    party = SectionPageFactory(parent=home, title="Xây dựng Đảng")
    now = timezone.now()
    articles = [
        ArticlePageFactory(
            parent=local if n % 2 else party,
            title=f"Hội nghị giao ban khối Đảng lần thứ {n}",
            published_at=now - timedelta(days=n),
            view_count=100 * n,
        )
        for n in range(1, 7)
    ]
    for article in articles:
        ArticleDailyViewsFactory(article=article, views=article.view_count)
    StandardPageFactory(parent=home, title="Giới thiệu")
    SiteMapPageFactory(parent=home)
    return {"site": site, "home": home, "sections": {"news": news, "local": local,
                                                      "party": party}, "articles": articles}


@pytest.fixture
def portal(db):
    return build_portal()


@pytest.fixture
def other_portal(portal):
    """A second agency's site on its own host, with one section and one article."""
    site, home = make_portal(hostname="khoi.example.vn", site_name="Đảng ủy Khối",
                             is_default=False)
    section = SectionPageFactory(parent=home, title="Hoạt động Đảng ủy Khối")
    article = ArticlePageFactory(parent=section, title="Bài viết riêng của Đảng ủy Khối",
                                 view_count=10_000)
    return {"site": site, "home": home, "section": section, "article": article}


@pytest.fixture
def image(db):
    return PortalImageFactory(description="Toàn cảnh hội nghị")


@pytest.fixture
def cached(client):
    """Request each URL until the page cache answers it, and return the URLs: a later GET
    that shows a change proves the stored page was retired."""

    def warm(*urls, **headers):
        for url in urls:
            client.get(url, headers=headers)
            response = client.get(url, headers=headers)
            assert response.status_code == 200, url
            assert response["X-Page-Cache"] == "hit", url
        return urls

    return warm


def totp_device(user):
    """Return the person's confirmed authenticator device, made if missing."""
    return (TOTPDevice.objects.filter(user=user, confirmed=True).first()
            or TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True))


def totp_code(device):
    """Return a code `device` accepts now, computed by django-otp's own TOTP: the current one,
    or the next step's (within the device's tolerance) when the current one was used."""
    device.refresh_from_db()
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time()
    if totp.t() <= device.last_t:
        totp.time += device.step
    return f"{totp.token():0{device.digits}d}"


def signed_in(user, client=None):
    """Return `client` (or a new one) signed in as `user` past the admin's second step: an
    authenticator device, and django-otp's verified state in the session as that step leaves it."""
    client = client or Client()
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = totp_device(user).persistent_id
    session.save()
    return client


@pytest.fixture
def admin_client(admin_user):
    """pytest-django's admin client, past the second step that every superuser must pass."""
    return signed_in(admin_user)
