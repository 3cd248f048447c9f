"""Every editor's action on pages retires the stored pages that show it: the very next anonymous
GET of the page itself, its section, the home page, the sidebars of other pages ("Tin mới nhất",
"Xem nhiều nhất"), the feeds and the sitemap shows the change. Actions run as the admin runs
them, inside a transaction whose commit triggers the invalidation."""

import pytest
from wagtail.models import PageViewRestriction

from bantin.core import pagecache
from bantin.news.factories import ArticlePageFactory, WebLinkFactory


def text(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.fixture
def shown(portal):
    """The addresses where a change to an article of "Tin trong tỉnh" must show."""
    local, party = portal["sections"]["local"], portal["sections"]["party"]
    other = next(a for a in portal["articles"] if a.get_parent().pk == party.pk)
    return {"home": "/", "section": local.url, "parent": portal["sections"]["news"].url,
            "other section": party.url, "other article": other.url, "home feed": "/rss/",
            "section feed": local.url + "rss/", "sitemap": "/sitemap.xml"}


def test_publishing_shows_the_article_everywhere_at_once(
        client, portal, shown, cached, django_capture_on_commit_callbacks):
    cached(*shown.values())
    with django_capture_on_commit_callbacks(execute=True):
        article = ArticlePageFactory(parent=portal["sections"]["local"],
                                     title="Khai mạc hội nghị cán bộ chủ chốt toàn tỉnh")
    for where, url in shown.items():
        page = text(client, url)
        assert (article.title in page) or (where == "sitemap" and article.slug in page), where
    assert article.title in text(client, article.url)


def test_editing_a_published_article_shows_the_new_title_everywhere(
        client, portal, shown, cached, django_capture_on_commit_callbacks):
    article = portal["articles"][0]  # in "Tin trong tỉnh", the newest
    cached(article.url, *shown.values())
    article.title = "Tiêu đề đã sửa sau khi xuất bản"
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    for where, url in {**shown, "article": article.url}.items():
        if where != "sitemap":
            assert "Tiêu đề đã sửa sau khi xuất bản" in text(client, url), where


def test_unpublishing_removes_the_article_from_every_page(
        client, portal, shown, cached, django_capture_on_commit_callbacks):
    article = portal["articles"][0]
    cached(article.url, *shown.values())
    with django_capture_on_commit_callbacks(execute=True):
        article.unpublish()
    assert client.get(article.url).status_code == 404
    for where, url in shown.items():
        page = text(client, url)
        assert article.title not in page and article.url not in page, where


def test_deleting_removes_the_article_from_every_page(
        client, portal, shown, cached, django_capture_on_commit_callbacks):
    article = portal["articles"][0]
    url = article.url
    cached(url, *shown.values())
    with django_capture_on_commit_callbacks(execute=True):
        article.delete()
    assert client.get(url).status_code == 404
    for where, address in shown.items():
        assert article.title not in text(client, address), where


def test_moving_serves_the_article_at_its_new_address_and_lists_it_in_the_new_section(
        client, portal, cached, django_capture_on_commit_callbacks):
    article, party = portal["articles"][0], portal["sections"]["party"]
    old_url = article.url
    local_feed = portal["sections"]["local"].url + "rss/"
    cached(old_url, party.url, local_feed)
    with django_capture_on_commit_callbacks(execute=True):
        article.move(party, pos="last-child")
    article.refresh_from_db()
    moved = client.get(old_url)  # Wagtail leaves a redirect at the old address
    assert (moved.status_code, moved["Location"]) == (301, article.url)
    assert article.title in text(client, article.url)
    assert article.url in text(client, party.url)
    assert article.title not in text(client, local_feed)


def test_a_draft_saved_by_an_editor_retires_nothing(portal, cached,
                                                    django_capture_on_commit_callbacks):
    article = portal["articles"][0]
    cached(article.url)
    before = pagecache.generation()
    article.title = "Bản nháp"
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision()
    assert pagecache.generation() == before


def test_a_page_put_behind_a_password_stops_being_served_to_readers(
        client, portal, cached, django_capture_on_commit_callbacks):
    article = portal["articles"][0]
    cached(article.url)
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=article, restriction_type="password",
                                           password="mat-khau-trang")
    assert article.lead not in text(client, article.url)


def test_a_web_link_added_shows_on_every_page(
        client, portal, shown, cached, django_capture_on_commit_callbacks):
    cached(*shown.values())
    with django_capture_on_commit_callbacks(execute=True):
        WebLinkFactory(site=portal["site"], title="Cổng thông tin điện tử Chính phủ mới")
    for where in ("home", "section", "other article"):
        assert "Cổng thông tin điện tử Chính phủ mới" in text(client, shown[where]), where


def test_the_change_waits_for_the_commit(portal, cached, django_capture_on_commit_callbacks):
    article = portal["articles"][0]
    cached(article.url)
    before = pagecache.generation()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        article.title = "Đổi tên"
        article.save_revision().publish()
    assert pagecache.generation() == before  # not yet: a reader could cache the old state
    for callback in callbacks:
        callback()
    assert pagecache.generation() != before
