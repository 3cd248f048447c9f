"""Metadata of article pages: canonical URL, Open Graph, Dublin Core and NewsArticle JSON-LD."""

import json
import re
from html.parser import HTMLParser

import pytest
from django.utils.timezone import localdate


class HeadParser(HTMLParser):
    """Collect <meta>, <link> and JSON-LD scripts of a page."""

    def __init__(self):
        super().__init__()
        self.meta, self.links, self.jsonld, self._in_jsonld = {}, [], [], False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta":
            key = attrs.get("property") or attrs.get("name")
            if key:
                self.meta[key] = attrs.get("content")
        elif tag == "link":
            self.links.append(attrs)
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_jsonld = True

    def handle_endtag(self, tag):
        self._in_jsonld = False if tag == "script" else self._in_jsonld

    def handle_data(self, data):
        if self._in_jsonld:
            self.jsonld.append(json.loads(data))


@pytest.fixture
def head(client, portal, image):
    article = portal["articles"][0]
    article.featured_image = image
    article.author_name, article.author_unit = "Hương Dịu", "Ban Tuyên giáo"
    article.save_revision().publish()
    parser = HeadParser()
    parser.feed(client.get(article.url).content.decode())
    return article, parser


def test_canonical_url(head):
    article, parser = head
    canonical = [link["href"] for link in parser.links if link.get("rel") == "canonical"]
    assert canonical == [article.full_url]


def test_open_graph(head):
    article, parser = head
    assert parser.meta["og:type"] == "article"
    assert parser.meta["og:title"] == article.title
    assert parser.meta["og:url"] == article.full_url
    assert parser.meta["og:description"].startswith("Sáng nay")
    assert re.match(r"^http://testserver/media/images/.+\.(png|jpg)$", parser.meta["og:image"])
    assert parser.meta["og:locale"] == "vi_VN"
    assert parser.meta["og:site_name"] == "Cổng Tỉnh ủy"


def test_dublin_core(head):
    article, parser = head
    assert parser.meta["DC.title"] == article.title
    assert parser.meta["DC.creator"] == "Hương Dịu, Ban Tuyên giáo"
    assert parser.meta["DC.date"] == localdate(article.published_at).isoformat()
    assert parser.meta["DC.description"].startswith("Sáng nay")
    assert parser.meta["DC.publisher"] == "Cơ quan Cổng Tỉnh ủy"
    assert parser.meta["DC.identifier"] == article.full_url
    assert parser.meta["DC.language"] == "vi"


def test_news_article_json_ld(head):
    article, parser = head
    (data,) = parser.jsonld
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == article.title
    assert data["author"] == {"@type": "Person", "name": "Hương Dịu, Ban Tuyên giáo"}
    assert data["publisher"]["name"] == "Cơ quan Cổng Tỉnh ủy"
    assert data["datePublished"].startswith(article.published_at.strftime("%Y-%m-%d"))
    assert data["mainEntityOfPage"] == article.full_url
    assert data["image"][0].startswith("http://testserver/media/images/")


def test_json_ld_cannot_be_broken_out_of_by_a_title(client, portal):
    article = portal["articles"][0]
    article.title = "Tiêu đề </script><script>alert(1)</script>"
    article.save_revision().publish()
    page = client.get(article.url).content.decode()
    script = page.split('<script type="application/ld+json">')[1].split("</script>")[0]
    assert "<" not in script
    assert json.loads(script)["headline"] == article.title
