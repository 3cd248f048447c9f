"""Several agencies, one installation: no public page shows another site's content."""

import re

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import PageViewRestriction

from bantin.news.factories import WebLinkFactory
from bantin.news.models import HomePage, RelatedArticle


def test_each_site_shows_only_its_own_articles_everywhere(client, portal, other_portal):
    theirs = other_portal["article"]  # the most viewed article of all
    ours = client.get("/").content.decode()
    assert theirs.title not in ours
    assert "Hoạt động Đảng ủy Khối" not in ours
    article_page = client.get(portal["articles"][0].url).content.decode()
    assert theirs.title not in article_page

    their_home = client.get("/", HTTP_HOST="khoi.example.vn").content.decode()
    assert theirs.title in their_home
    assert portal["articles"][0].title not in their_home
    assert "Đảng ủy Khối" in their_home.split("<title>")[1]


def test_sidebar_snippets_belong_to_their_site(client, portal, other_portal):
    WebLinkFactory(site=other_portal["site"], title="Liên kết của Đảng ủy Khối")
    assert "Liên kết của Đảng ủy Khối" not in client.get("/").content.decode()
    assert "Liên kết của Đảng ủy Khối" in client.get(
        "/", HTTP_HOST="khoi.example.vn"
    ).content.decode()


def test_settings_are_per_site(client, portal, other_portal):
    ours = client.get("/").content.decode()
    theirs = client.get("/", HTTP_HOST="khoi.example.vn").content.decode()
    assert "Cơ quan Cổng Tỉnh ủy" in ours and "Cơ quan Đảng ủy Khối" not in ours
    assert "Cơ quan Đảng ủy Khối" in theirs


def test_links_stay_on_the_host_the_reader_came_from(client, portal, other_portal):
    # With two sites, Wagtail writes absolute URLs (from the Site record) unless it is given
    # the request; a reader on another host name or port must not be sent elsewhere.
    article = portal["articles"][0]
    body = client.get(article.url).content.decode().split("<body")[1]
    hrefs = re.findall(r'<a [^>]*href="([^"]+)"', body)
    copy_link = article.full_url  # the "Sao chép liên kết" link is absolute on purpose
    absolute = [href for href in hrefs if href.startswith("http") and href != copy_link]
    assert hrefs and not [h for h in absolute if "testserver" in h], absolute


def test_a_lead_story_from_another_site_is_refused_and_never_shown(client, portal, other_portal):
    theirs = other_portal["home"].specific
    theirs.lead_story = portal["articles"][0]
    with pytest.raises(ValidationError) as error:
        theirs.full_clean()
    assert error.value.message_dict["lead_story"] == ["Hãy chọn một bài viết của cổng này."]
    # Even if stored some other way (an import, the shell), the page does not show it.
    HomePage.objects.filter(pk=theirs.pk).update(lead_story=portal["articles"][0])
    page = client.get("/", HTTP_HOST="khoi.example.vn").content.decode()
    assert portal["articles"][0].title not in page


def test_hand_picked_related_news_must_be_public_and_on_the_same_site(
    client, portal, other_portal
):
    article, private = portal["articles"][0], portal["articles"][1]
    PageViewRestriction.objects.create(page=private, restriction_type="password",
                                       password="mat-khau")
    for order, picked in enumerate((other_portal["article"], private, portal["articles"][2])):
        RelatedArticle.objects.create(page=article, article=picked, sort_order=order)
    related = client.get(article.url).content.decode().split('id="tin-lien-quan"')[1]
    related = related.split("</section>")[0]
    assert portal["articles"][2].title in related
    assert other_portal["article"].title not in related and private.title not in related
