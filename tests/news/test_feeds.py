"""RSS feeds of a portal and of each section: well-formed, complete, advertised, site-scoped."""

import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime

from django.utils.html import escape


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    return ET.fromstring(response.content)


def test_site_feed_lists_newest_articles_with_required_fields(client, portal):
    channel = parse(client.get("/rss/")).find("channel")
    assert channel.findtext("title") == "Cổng Tỉnh ủy"
    assert channel.findtext("language") == "vi"
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == [a.title for a in portal["articles"]]
    first = items[0]
    assert first.findtext("link") == portal["articles"][0].full_url
    assert first.findtext("guid") == portal["articles"][0].full_url
    assert first.findtext("description") == escape(portal["articles"][0].lead)
    published = parsedate_to_datetime(first.findtext("pubDate"))
    assert abs((published - portal["articles"][0].published_at).total_seconds()) < 1


def test_section_feed_holds_only_that_section_and_its_subsections(client, portal):
    channel = parse(client.get("/tin-tuc/rss/")).find("channel")
    titles = {item.findtext("title") for item in channel.findall("item")}
    expected = {a.title for a in portal["articles"]
                if a.get_parent().pk == portal["sections"]["local"].pk}
    assert titles == expected
    assert channel.findtext("title") == "Tin tức - Cổng Tỉnh ủy"


def test_feeds_are_advertised_on_every_page(client, portal):
    article = portal["articles"][0]
    home = client.get("/").content.decode()
    link = '<link rel="alternate" type="application/rss+xml" title="Cổng Tỉnh ủy" href="/rss/">'
    assert link in home
    article_page = client.get(article.url).content.decode()
    assert 'href="/rss/"' in article_page
    assert 'href="/tin-tuc/tin-trong-tinh/rss/"' in article_page


def test_feed_never_shows_another_sites_articles(client, other_portal):
    ours = client.get("/rss/").content.decode()
    assert other_portal["article"].title not in ours
    theirs = client.get("/rss/", HTTP_HOST="khoi.example.vn").content.decode()
    assert other_portal["article"].title in theirs
    assert "Hội nghị giao ban khối Đảng" not in theirs


def test_markup_in_a_lead_reaches_feed_readers_as_text(client, portal):
    article = portal["articles"][0]
    article.lead = 'Sapo có <img src=x onerror="alert(1)"> trong chữ'
    article.save_revision().publish()
    item = parse(client.get("/rss/")).find("channel").find("item")
    # After XML parsing the description is HTML for the reader: the markup must be escaped.
    assert item.findtext("description") == (
        "Sapo có &lt;img src=x onerror=&quot;alert(1)&quot;&gt; trong chữ"
    )
