"""The nginx of deploy/nginx/bantin.conf serves /media/ so that nothing there runs or is sniffed:
pictures with their own type, anything else as a download of no particular type, Wagtail's
documents and the multiple upload's waiting files not at all. Runs the real nginx (skipped
where it is not installed, failed under CI: tests/needs.py)."""

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings

from bantin.core.faults import maintenance_page
from bantin.core.management.commands.collectstatic import MAINTENANCE_PAGE
from tests.needs import missing

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
PURGE_MODULE = Path("/usr/lib/nginx/modules/ngx_http_cache_purge_module.so")

FILES = {
    "original_images/anh.jpg": b"\xff\xd8\xff\xe0 a picture",
    "images/anh.width-800.webp": b"RIFF a rendition",
    "original_images/shell.php": b"<?php system($_GET['c']); ?>",
    "original_images/trang.html": b"<html><script>alert(1)</script>",
    "original_images/ve.svg": b"<svg onload=alert(1)/>",
    "documents/ke-hoach.pdf": b"%PDF-1.4 private",
    "wagtail_uploads/cho-mo-ta.jpg": b"\xff\xd8\xff\xe0 waiting",
}


@pytest.fixture(scope="module")
def nginx():
    """nginx with the portal's configuration, serving a media folder of FILES; its address.
    The folder is readable by all: run as root, nginx's workers are "nobody"."""
    if not (Path(NGINX).exists() and PURGE_MODULE.exists()):
        missing("nginx and its cache purge module are not installed: apt-get install nginx "
                "libnginx-mod-http-cache-purge")
    root = Path(tempfile.mkdtemp(prefix="bantin-nginx-"))
    media = root / "media"
    for name, data in FILES.items():
        (media / name).parent.mkdir(parents=True, exist_ok=True)
        (media / name).write_bytes(data)
    (root / "static").mkdir()
    (root / "static" / MAINTENANCE_PAGE).write_text(maintenance_page(), encoding="utf-8")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    template = (settings.BASE_DIR.parent / "deploy" / "nginx" / "bantin.conf").read_text()
    for placeholder, value in {"@LISTEN@": f"127.0.0.1:{port}", "@SERVER_NAMES@": "localhost",
                               "@UPSTREAM_SERVERS@": "server 127.0.0.1:9;",
                               "@CACHE_DIR@": str(root / "cache"),
                               "@STATIC_ROOT@": str(root / "static"),
                               "@MEDIA_ROOT@": str(media), "@PURGE_FROM@": "127.0.0.1"}.items():
        template = template.replace(placeholder, value)
    (root / "bantin.conf").write_text(template)
    temp = root / "temp"
    temp.mkdir()
    (root / "nginx.conf").write_text(f"""
load_module {PURGE_MODULE};
worker_processes 1;
pid {root}/nginx.pid;
error_log {root}/error.log warn;
events {{ worker_connections 64; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    include {root}/bantin.conf;
}}
""")
    root.chmod(0o755)
    for path in root.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    # nginx returns once its master listens; it then runs on its own until stopped below.
    started = subprocess.run([NGINX, "-c", str(root / "nginx.conf"), "-p", str(root)],
                             capture_output=True, text=True)
    try:
        assert started.returncode == 0, started.stderr
        yield f"http://127.0.0.1:{port}"
        os.kill(int((root / "nginx.pid").read_text()), signal.SIGQUIT)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def fetch(url):
    try:
        with urllib.request.urlopen(url) as response:
            return response.status, response.headers
    except urllib.error.HTTPError as error:
        return error.code, error.headers


@pytest.mark.parametrize("name, content_type", [
    ("original_images/anh.jpg", "image/jpeg"),
    ("images/anh.width-800.webp", "image/webp"),
])
def test_pictures_are_shown_with_their_own_type_never_sniffed(nginx, name, content_type):
    status, headers = fetch(f"{nginx}/media/{name}")
    assert (status, headers["Content-Type"]) == (200, content_type)
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in headers["Content-Security-Policy"]
    assert headers["Content-Disposition"] is None


@pytest.mark.parametrize("name", ["original_images/shell.php", "original_images/trang.html",
                                  "original_images/ve.svg"])
def test_anything_else_is_a_download_of_no_particular_type(nginx, name):
    status, headers = fetch(f"{nginx}/media/{name}")
    assert status == 200 and headers["Content-Type"] == "application/octet-stream"
    assert headers["Content-Disposition"] == "attachment"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in headers["Content-Security-Policy"]


@pytest.mark.parametrize("name", ["documents/ke-hoach.pdf", "wagtail_uploads/cho-mo-ta.jpg",
                                  "original_images/"])
def test_documents_waiting_uploads_and_listings_are_not_served(nginx, name):
    assert fetch(f"{nginx}/media/{name}")[0] in (403, 404)


@pytest.mark.parametrize("path", ["/", "/tin-tuc/bai-viet/", "/tim-kiem/?q=hoi+nghi"])
def test_with_no_app_process_answering_readers_get_the_maintenance_page(nginx, path):
    """The fixture's upstream is a port nothing listens on, as when every app process is down;
    nothing is cached yet, so nginx has no stored copy to give."""
    try:
        urllib.request.urlopen(nginx + path)
    except urllib.error.HTTPError as error:
        status, headers, page = error.code, error.headers, error.read().decode()
    assert status == 503 and headers["Retry-After"] == "60"
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert "Cổng đang bảo trì" in page and '<html lang="vi">' in page
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    assert headers["X-Frame-Options"] == "DENY" and headers["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in headers["Cache-Control"] and "nginx" not in page
