"""Static files: hashed names, gzip and a cache lifetime of a year or more once collected
(issue 9), plain names before collectstatic, a loud failure in production without it."""

import gzip
import os
import re

import pytest
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.management import call_command, get_commands

YEAR = 365 * 24 * 3600
ASSET = re.compile(r'<(?:link|script)\b[^>]*?(?:href|src)="(/static/[^"]+)"')
HASHED = re.compile(r"\.[0-9a-f]{12}\.\w+$")


@pytest.fixture
def collected(settings, tmp_path):
    """collectstatic into an empty STATIC_ROOT, as `make demo` and a deployment run it."""
    settings.STATIC_ROOT = tmp_path / "static"
    call_command("collectstatic", "--noinput", verbosity=0)
    return settings.STATIC_ROOT


def page_assets(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assets = ASSET.findall(response.content.decode())
    assert any(a.endswith(".css") for a in assets) and any(a.endswith(".js") for a in assets)
    return assets


def fetch(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, url
    return response, b"".join(response.streaming_content)


def max_age(response):
    return int(re.search(r"max-age=(\d+)", response["Cache-Control"]).group(1))


def test_collected_pages_name_stylesheets_and_scripts_by_content_hash(client, portal, collected):
    assets = page_assets(client, portal["articles"][0].url)
    assert all(HASHED.search(url) for url in assets), assets


def test_hashed_file_is_cached_for_a_year_or_more_as_immutable(client, portal, collected):
    for url in page_assets(client, portal["articles"][0].url):
        response, _ = fetch(client, url)
        control = response["Cache-Control"]
        assert max_age(response) >= YEAR and "immutable" in control and "public" in control, url


def test_static_file_is_sent_gzip_compressed_to_a_browser_that_accepts_it(client, portal,
                                                                          collected):
    css = next(url for url in page_assets(client, "/") if "/css/bantin." in url)
    plain_response, plain = fetch(client, css)
    assert not plain_response.has_header("Content-Encoding")
    response, body = fetch(client, css, HTTP_ACCEPT_ENCODING="gzip, deflate, br, zstd")
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    assert gzip.decompress(body) == plain
    assert len(body) < len(plain) / 2


def test_demo_server_with_debug_on_also_hands_out_hashed_immutable_files(client, portal,
                                                                          collected, settings):
    settings.DEBUG = True
    assets = page_assets(client, portal["articles"][0].url)
    assert all(HASHED.search(url) for url in assets), assets
    response, _ = fetch(client, assets[0], HTTP_ACCEPT_ENCODING="gzip")
    assert max_age(response) >= YEAR and "immutable" in response["Cache-Control"]
    assert response["Content-Encoding"] == "gzip"


def test_runserver_leaves_static_files_to_whitenoise():
    # Django's own runserver would answer /static/ from the apps' folders, where hashed names
    # do not exist, uncompressed and without a cache lifetime.
    assert get_commands()["runserver"] == "whitenoise.runserver_nostatic"


def test_file_edited_since_collectstatic_keeps_its_plain_name_under_debug(settings, tmp_path):
    source = tmp_path / "source"
    source.mkdir()
    (source / "probe.css").write_text("body { color: #123456; }\n")
    settings.STATICFILES_DIRS = [*settings.STATICFILES_DIRS, source]
    settings.STATIC_ROOT = tmp_path / "static"
    call_command("collectstatic", "--noinput", verbosity=0)
    settings.DEBUG = True
    assert HASHED.search(staticfiles_storage.url("probe.css"))
    manifest = os.path.getmtime(settings.STATIC_ROOT / "staticfiles.json")
    os.utime(source / "probe.css", (manifest + 10, manifest + 10))
    assert staticfiles_storage.url("probe.css") == "/static/probe.css"
    settings.DEBUG = False
    assert HASHED.search(staticfiles_storage.url("probe.css"))


def test_without_collectstatic_plain_names_are_served_from_the_apps(client, portal):
    assets = page_assets(client, portal["articles"][0].url)
    assert "/static/css/bantin.css" in assets
    response, body = fetch(client, "/static/css/bantin.css")
    assert body.startswith(b"/*") or b"{" in body


def test_production_without_collectstatic_fails_instead_of_serving_unstyled_pages(settings):
    settings.WHITENOISE_USE_FINDERS = False
    with pytest.raises(ValueError, match="manifest"):
        staticfiles_storage.url("css/bantin.css")


def test_collectstatic_writes_the_maintenance_page_nginx_shows(collected):
    page = (collected / "503.html").read_text(encoding="utf-8")
    assert "Cổng đang bảo trì" in page and '<html lang="vi">' in page
    [stylesheet] = re.findall(r'href="/static/([^"]+\.css)"', page)
    assert HASHED.search(stylesheet) and (collected / stylesheet).exists()
