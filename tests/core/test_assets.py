"""Every stylesheet, script, image and font comes from the portal itself: no CDN."""

import re
from html.parser import HTMLParser
from pathlib import Path

import bantin


class AssetParser(HTMLParser):
    """Collect the addresses a browser would fetch on its own: scripts, styles, images, media."""

    def __init__(self):
        super().__init__()
        self.assets = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in {"script", "img", "source", "video", "iframe"}:
            self.assets += [attrs[name] for name in ("src", "poster") if attrs.get(name)]
        if tag == "link" and attrs.get("rel") in {"stylesheet", "icon", "preload"}:
            self.assets.append(attrs["href"])


def test_pages_fetch_nothing_from_other_origins(client, portal, image):
    article = portal["articles"][0]
    article.featured_image = image
    article.save_revision().publish()
    for url in ("/", portal["sections"]["local"].url, article.url, "/gioi-thieu/"):
        parser = AssetParser()
        parser.feed(client.get(url).content.decode())
        assert parser.assets
        foreign = [a for a in parser.assets
                   if re.match(r"^(https?:)?//", a) and not a.startswith("http://testserver/")]
        assert not foreign, (url, foreign)


def test_stylesheets_and_scripts_load_nothing_from_elsewhere():
    static = Path(bantin.__file__).parent / "static"
    for path in list(static.rglob("*.css")) + list(static.rglob("*.js")):
        text = path.read_text()
        assert not re.search(r"url\(\s*['\"]?(https?:)?//", text), path
        assert "@import" not in text, path
        assert not re.search(r"https?://", text), path
