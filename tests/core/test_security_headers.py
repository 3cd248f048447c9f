"""Every response carries strict security headers: public pages (rendered, and answered from the
page cache by the middleware or by the WSGI application), the search page, a 404 and a 500, the
reader endpoints, static files (from the app and from nginx), the admin's login page and the
admin itself; public templates
hold no inline code that a policy without nonces would block; and `check --deploy` under the
production settings finds nothing."""

import os
import re
import secrets
import subprocess
import sys
from io import BytesIO
from pathlib import Path
from wsgiref.util import setup_testing_defaults

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.signals import request_started
from django.db import close_old_connections
from django.test import Client

from bantin.newsroom import roles
from tests.conftest import signed_in
from tests.core.test_deploy_nginx import fetch, nginx  # noqa: F401 (a fixture)
from tests.newsroom.conftest import make_staff

PROJECT = Path(__file__).resolve().parents[2]
# Features the portal switches off (Permissions-Policy), among others.
DENIED_FEATURES = ("camera", "microphone", "geolocation", "payment", "usb")
# What the admin adds for signed-in staff (settings.CONTENT_SECURITY_POLICY_ADMIN), and where.
ADMIN_ADDITIONS = {"script-src": {"'unsafe-inline'"}, "style-src": {"'unsafe-inline'"},
                   "img-src": {"data:", "blob:"}, "frame-src": {"'self'"},
                   "script-src-attr": {"'none'"}}


def policy(response):
    """The Content-Security-Policy of `response` as {directive: [source, ...]}."""
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        assert name not in directives, f"{name} twice"
        directives[name] = sources
    return directives


def assert_strict(response, additions=None):
    """The response's headers are the portal's strict set; `additions` ({directive: sources})
    are the only sources allowed beyond 'self' and 'none'."""
    directives = policy(response)
    for name, value in [("default-src", ["'none'"]), ("object-src", ["'none'"]),
                        ("base-uri", ["'none'"]), ("form-action", ["'self'"]),
                        ("frame-ancestors", ["'none'"]), ("script-src", ["'self'", *sorted(
                            (additions or {}).get("script-src", ()))])]:
        assert directives.get(name) == value, (name, directives.get(name))
    for name, sources in directives.items():
        extra = set(sources) - {"'self'", "'none'"} - (additions or {}).get(name, set())
        # No nonce, no inline code, no other host, no scheme such as https: or data:.
        assert not extra, (name, extra)
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    for feature in DENIED_FEATURES:
        assert f"{feature}=()" in response["Permissions-Policy"], feature


def security_headers(response):
    return {name: response[name] for name in (
        "Content-Security-Policy", "Permissions-Policy", "X-Frame-Options",
        "X-Content-Type-Options", "Referrer-Policy", "Cross-Origin-Opener-Policy")}


def test_public_pages_carry_the_strict_headers(client, portal):
    for url in ["/", portal["sections"]["news"].url, portal["articles"][0].url, "/van-ban/",
                "/tim-kiem/?q=h%E1%BB%99i+ngh%E1%BB%8B", "/sitemap.xml"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert_strict(response)


def test_a_stored_page_keeps_every_security_header(client, portal, cached):
    url = portal["articles"][0].url
    first = client.get(url)
    assert first["X-Page-Cache"] == "miss"
    cached(url)
    hit = client.get(url)
    assert hit["X-Page-Cache"] == "hit"
    assert_strict(hit)
    assert security_headers(hit) == security_headers(first)


def test_hsts_is_sent_over_https_and_kept_with_the_stored_page(client, portal, settings):
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_HSTS_PRELOAD = True
    first = client.get("/", secure=True)
    hit = client.get("/", secure=True)
    assert hit["X-Page-Cache"] == "hit"
    for response in (first, hit):
        assert response["Strict-Transport-Security"] == (
            "max-age=31536000; includeSubDomains; preload")
    assert "Strict-Transport-Security" not in client.get("/")  # plain HTTP: never


@pytest.fixture
def wsgi_in_test_transaction():
    """As the test client does: a request must not close the test's database connection."""
    request_started.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)


def test_the_wsgi_application_answers_stored_pages_with_the_same_headers(
        portal, wsgi_in_test_transaction):
    from bantin.wsgi import application

    def call():
        environ = {"PATH_INFO": "/", "HTTP_HOST": "testserver", "wsgi.input": BytesIO()}
        setup_testing_defaults(environ)
        answer = {}
        b"".join(application(environ, lambda status, headers: answer.update(headers=headers)))
        return {name: value for name, value in answer["headers"]
                if name not in ("X-Page-Cache", "Content-Length")}

    first = call()
    hit = call()
    for name in ("Content-Security-Policy", "Permissions-Policy", "X-Frame-Options",
                 "X-Content-Type-Options", "Referrer-Policy"):
        assert hit[name] == first[name], name
    assert "'none'" in hit["Content-Security-Policy"]


def test_not_found_page_carries_the_strict_headers(client, portal):
    missing = client.get("/khong-co-trang-nay/")
    assert missing.status_code == 404
    assert_strict(missing)


@pytest.mark.urls("tests.core.failing_urls")
def test_server_error_page_carries_the_strict_headers(db):
    failed = Client(raise_request_exception=False).get("/loi/")
    assert failed.status_code == 500
    assert_strict(failed)


def test_reader_endpoints_carry_the_strict_headers(client, portal):
    article = portal["articles"][0]
    state = client.post("/tuong-tac/trang/", {"trang": article.pk})
    assert state.status_code == 200
    assert_strict(state)
    pixel = client.get(f"/tuong-tac/luot.gif?trang={article.pk}")
    assert pixel.status_code == 200
    assert_strict(pixel)


def test_static_files_carry_the_strict_headers(client):
    response = client.get(settings.STATIC_URL + "css/bantin.css")
    assert response.status_code == 200
    assert_strict(response)


@pytest.mark.parametrize("path", ["/static/css/bantin.css", "/static/css/bantin.0123456789ab.css",
                                  "/media/original_images/anh.jpg"])
def test_files_nginx_serves_itself_carry_the_headers_too(nginx, path):  # noqa: F811
    """deploy/nginx/bantin.conf, run by the real nginx (tests/core/test_deploy_nginx.py); its
    static folder is empty, and a 404 must carry them as well."""
    _, headers = fetch(nginx + path)
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Strict-Transport-Security"].startswith("max-age=31536000")


def test_the_admin_login_page_keeps_the_strict_policy(client, db):
    response = client.get("/" + settings.ADMIN_PATH + "login/")
    assert response.status_code == 200
    assert_strict(response)


def test_signed_in_staff_get_only_the_admin_additions(client, portal):
    signed_in(make_staff("btv", roles.EDITOR, portal["sections"]["local"]), client)
    article = portal["articles"][0]  # in "Tin trong tỉnh", the editor's section
    for url in ["", f"pages/{article.pk}/edit/"]:
        response = client.get("/" + settings.ADMIN_PATH + url)
        assert response.status_code == 200, url
        assert_strict(response, additions=ADMIN_ADDITIONS)
        assert "'unsafe-inline'" in policy(response)["script-src"]
        assert policy(response)["script-src-attr"] == ["'none'"]  # no onclick="..." even here
    client.logout()
    assert_strict(client.get("/"))  # readers never get them


def test_only_the_page_preview_may_be_framed_and_only_by_the_portal(client, portal):
    article = portal["articles"][1]
    signed_in(get_user_model().objects.create_superuser(
        "quantri", "qt@example.vn", "mat-khau-thu-nghiem-dai"), client)
    preview = client.get(f"/{settings.ADMIN_PATH}pages/{article.pk}/edit/preview/")
    assert preview["X-Frame-Options"] == "SAMEORIGIN"
    assert policy(preview)["frame-ancestors"] == ["'self'"]
    editor = client.get(f"/{settings.ADMIN_PATH}pages/{article.pk}/edit/")
    assert policy(editor)["frame-ancestors"] == ["'none'"]


# Inline code a policy without nonces blocks: <script> elements other than JSON data blocks,
# <style> elements, style="" and on...="" attributes, javascript: addresses.
INLINE_CODE = re.compile(
    r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/(ld\+)?json\")[^>]*>|<style\b"
    r"|\sstyle=|\son[a-z]+=|javascript:", re.IGNORECASE)


def public_templates():
    for folder in [PROJECT / "bantin" / "templates", *PROJECT.glob("bantin/*/templates")]:
        for template in folder.rglob("*.html"):
            if "admin" not in template.relative_to(folder).parts[:2]:
                yield template


def test_public_templates_hold_no_inline_script_or_style():
    templates = list(public_templates())
    assert len(templates) > 20
    found = [f"{template.relative_to(PROJECT)}: {match.group()}" for template in templates
             for match in INLINE_CODE.finditer(template.read_text())]
    assert not found, found


def test_the_inline_code_check_finds_what_it_looks_for():
    for snippet in ['<script>alert(1)</script>', '<p style="color:red">', '<style>p{}</style>',
                    '<img onerror="x()">', '<a href="javascript:x()">']:
        assert INLINE_CODE.search(snippet), snippet
    for snippet in ['<script src="/static/js/bantin.js" defer></script>',
                    '<script type="application/ld+json">{}</script>', '<p class="lead">']:
        assert not INLINE_CODE.search(snippet), snippet


def test_check_deploy_under_production_settings_reports_nothing():
    # What an operator sets, and nothing of the test run's environment.
    env = {"PATH": os.environ["PATH"], "DJANGO_SETTINGS_MODULE": "bantin.settings.production",
           "SECRET_KEY": secrets.token_urlsafe(50), "ALLOWED_HOSTS": "tinhuy.example.vn"}
    result = subprocess.run([sys.executable, "manage.py", "check", "--deploy"], cwd=PROJECT,
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.strip() == "System check identified no issues (0 silenced)."
