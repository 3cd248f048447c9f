"""sitemap.xml (for search engines) and the HTML "Sơ đồ cổng" page."""

import xml.etree.ElementTree as ET

from django.utils.timezone import localdate

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def test_sitemap_xml_lists_every_live_page_of_the_site_with_lastmod(client, portal):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    urls = {
        node.findtext("sm:loc", namespaces=NS): node.findtext("sm:lastmod", namespaces=NS)
        for node in ET.fromstring(response.content).findall("sm:url", NS)
    }
    for article in portal["articles"]:
        assert urls[article.full_url] == localdate(article.published_at).isoformat()
    assert portal["sections"]["local"].full_url in urls


def test_sitemap_xml_is_scoped_to_the_requested_site(client, other_portal):
    ours = client.get("/sitemap.xml").content.decode()
    theirs = client.get("/sitemap.xml", HTTP_HOST="khoi.example.vn").content.decode()
    assert other_portal["article"].slug not in ours
    assert other_portal["article"].slug in theirs


def test_sitemap_lastmod_follows_an_update(client, portal):
    article = portal["articles"][0]
    article.updated_at = article.published_at.replace(year=article.published_at.year + 1)
    article.save_revision().publish()
    body = client.get("/sitemap.xml").content.decode()
    assert localdate(article.updated_at).isoformat() in body


def test_html_site_map_lists_sections_subsections_and_plain_pages(client, portal):
    page = client.get("/so-do-cong/").content.decode()
    site_map = page.split('class="site-map"')[1].split("</main>")[0]
    for title in ("Tin tức", "Tin trong tỉnh", "Xây dựng Đảng", "Giới thiệu"):
        assert f">{title}</a>" in site_map
    assert portal["articles"][0].title not in site_map
    assert 'href="/sitemap.xml"' in site_map
