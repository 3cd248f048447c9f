"""Page weight (issue 9): a long article's HTML, CSS, JS and fonts come to under 150 KB as sent,
compressed, to a phone; images are not counted."""

import sys
from collections import defaultdict

import pytest
from django.core.management import call_command
from django.test.testcases import LiveServerThread
from django.utils.html import format_html
from wagtail.rich_text import RichText

from bantin.news.demo_text import generate_articles
from tests.browser.conftest import build_live_portal

pytestmark = pytest.mark.browser

BUDGET = 150 * 1024
PHONE = {
    "viewport": {"width": 390, "height": 844},
    "device_scale_factor": 3,
    "is_mobile": True,
    "has_touch": True,
    "user_agent": ("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
                   "(KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36"),
}
# What a browser fetches that is not counted (issue 9: "images aside").
UNCOUNTED = {"image", "media"}
# A long feature's text, in characters (a demo article has 2,000 to 3,000).
LONG_TEXT = 12_000


@pytest.fixture
def production_server(transactional_db, settings, tmp_path):
    """A live server that sends static files as a deployment does: collected under hashed names
    and gzip-compressed by WhiteNoise. (pytest-django's live_server answers /static/ itself,
    from the apps' folders, uncompressed, and would weigh files no reader is sent.)"""
    settings.STATIC_ROOT = tmp_path / "static"
    call_command("collectstatic", "--noinput", verbosity=0)
    server = LiveServerThread("localhost", static_handler=lambda application: application)
    server.daemon = True
    server.start()
    server.is_ready.wait()
    if server.error:
        raise server.error
    yield f"http://localhost:{server.port}"
    server.terminate()


@pytest.fixture
def long_article(production_server):
    """A long feature built from generated demo text (the longest demo article, continued with
    paragraphs of others of its section up to LONG_TEXT characters), with two photos."""
    tree = build_live_portal(production_server)
    article = tree["articles"][0]
    generated = generate_articles(seed=9, count=42)
    text = max(generated, key=lambda item: sum(len(paragraph) for paragraph in item.paragraphs))
    paragraphs = list(text.paragraphs)
    for other in generated:
        if other.section == text.section and other is not text:
            paragraphs += other.paragraphs
        if sum(map(len, paragraphs)) >= LONG_TEXT:
            break
    assert sum(map(len, paragraphs)) >= LONG_TEXT
    photo = article.featured_image
    blocks = [("paragraph", RichText(format_html("<p>{}</p>", p))) for p in paragraphs]
    for position in (len(blocks) * 2 // 3, 1):
        blocks.insert(position, ("image", {"image": photo, "caption": text.captions[0],
                                           "credit": text.author}))
    article.title, article.lead, article.body = text.title, text.lead, blocks
    article.author_name, article.kicker = text.author, text.kicker
    article.save_revision().publish()
    article.tags.add(*text.tags)
    return production_server + article.url


def report(rows):
    """The weight per resource type, as sent (compressed) and as decoded, in KB."""
    lines = [f"{'type':<12}{'files':>6}{'sent KB':>10}{'raw KB':>10}"]
    for kind, (count, sent, raw) in sorted(rows.items()):
        lines.append(f"{kind:<12}{count:>6}{sent / 1024:>10.1f}{raw / 1024:>10.1f}")
    return "\n".join(lines)


def test_article_on_a_phone_weighs_under_150_kb_without_images(browser, long_article, artifacts):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    responses = []
    page.on("response", lambda response: responses.append(response))
    assert page.goto(long_article).status == 200
    page.wait_for_load_state("networkidle")

    rows, files = defaultdict(lambda: [0, 0, 0]), []
    for response in responses:
        kind = response.request.resource_type
        sent = response.request.sizes()["responseBodySize"]
        raw = len(response.body()) if response.status < 300 else 0
        row = rows[kind]
        row[0], row[1], row[2] = row[0] + 1, row[1] + sent, row[2] + raw
        files.append(f"{kind:<12}{sent:>8}{raw:>8}  {response.url}")
        if kind in {"stylesheet", "script"}:
            # Weighed as production sends them: compressed (the page itself is compressed, or
            # not, by the middleware in settings, as it would be in production).
            assert response.headers.get("content-encoding") in {"gzip", "br"}, response.url
    context.close()

    counted = {kind: row for kind, row in rows.items() if kind not in UNCOUNTED}
    sent = sum(row[1] for row in counted.values())
    raw = sum(row[2] for row in counted.values())
    table = (report(rows) + f"\n{'counted':<12}{'':>6}{sent / 1024:>10.1f}{raw / 1024:>10.1f}"
             f"\nbudget {BUDGET / 1024:.0f} KB sent, images aside\n")
    (artifacts / "page-weight-article-phone.txt").write_text(
        table + "\nbytes sent, raw, per file:\n" + "\n".join(files) + "\n")
    sys.stdout.write("\n" + table)
    assert {"document", "stylesheet", "script"} <= counted.keys(), table
    assert sent <= BUDGET, table
