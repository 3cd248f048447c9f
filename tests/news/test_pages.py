"""What readers see on the home, section and article pages: every block, with the right content."""

from datetime import timedelta

import pytest
from django.http import Http404
from django.utils import timezone
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import PageViewRestriction
from wagtail.rich_text import RichText

from bantin.core.models import PortalSettings
from bantin.news.factories import (
    ArticleDailyViewsFactory,
    ArticlePageFactory,
    BannerLinkFactory,
    SectionPageFactory,
    VideoClipFactory,
    WebLinkFactory,
)
from bantin.news.models import ArticlePage, RelatedArticle


def html(response):
    assert response.status_code == 200
    return response.content.decode()


def test_home_shows_lead_story_latest_news_and_one_block_per_section(client, portal, image):
    newest = portal["articles"][0]
    newest.featured_image = image
    newest.save_revision().publish()
    page = html(client.get("/"))
    assert 'class="home-lead"' in page
    lead_block = page.split('class="home-lead"')[1].split("</section>")[0]
    assert newest.title in lead_block
    for section in ("Tin tức", "Xây dựng Đảng"):
        assert f">{section}</a></h2>" in page
    assert '<h2 class="section-title" id="tin-moi">Tin mới</h2>' in page


def test_home_lead_story_can_be_picked_by_an_editor(client, portal):
    picked = portal["articles"][-1]
    home = portal["home"].specific
    home.lead_story = picked
    home.save_revision().publish()
    lead_block = html(client.get("/")).split('class="home-lead"')[1].split("</section>")[0]
    assert picked.title in lead_block


def test_section_lists_articles_with_date_and_lead_newest_first(client, portal):
    page = html(client.get(portal["sections"]["party"].url))
    party = portal["sections"]["party"]
    titles = [a.title for a in portal["articles"] if a.get_parent().pk == party.pk]
    positions = [page.index(title) for title in titles]
    assert positions == sorted(positions)
    assert "Sáng nay, Thường trực Tỉnh ủy" in page


def test_section_includes_articles_of_its_subsections(client, portal):
    page = html(client.get(portal["sections"]["news"].url))
    assert portal["articles"][0].title in page  # lives in "Tin trong tỉnh"
    assert 'aria-label="Chuyên mục con"' in page


def test_section_is_paginated_with_its_own_canonical_per_page(client, portal):
    section = portal["sections"]["party"]
    now = timezone.now()
    titles = [f"Bài phân trang số {n:02d}" for n in range(14)]
    for n, title in enumerate(titles):
        ArticlePageFactory(parent=section, title=title, published_at=now - timedelta(hours=n))
    first = html(client.get(section.url))
    second = html(client.get(section.url + "?page=2"))
    assert 'rel="next"' in first and 'rel="prev"' in second
    first_list, second_list = (p.split('class="article-list"')[1].split("</main>")[0]
                               for p in (first, second))
    assert all(title in first_list for title in titles[:12]) and titles[12] not in first_list
    assert titles[12] in second_list and titles[0] not in second_list
    assert f'<link rel="canonical" href="{section.full_url}">' in first
    assert f'<link rel="canonical" href="{section.full_url}?page=2">' in second
    # Not a number, or past the end: the first or last page, saying so in its canonical.
    assert f'href="{section.full_url}">' in html(client.get(section.url + "?page=abc"))
    assert f'href="{section.full_url}?page=2">' in html(client.get(section.url + "?page=99"))


@pytest.fixture
def article(portal, image):
    article = portal["articles"][0]
    article.kicker = "Giao ban quý IV"
    article.author_name = "CTV Ngọc Minh"
    article.author_unit = "VPTU"
    article.source = "Báo Đông Lâm"
    article.published_at = timezone.make_aware(timezone.datetime(2022, 10, 6, 14, 32))
    article.updated_at = article.published_at + timedelta(hours=3)
    article.body = [
        ("paragraph", RichText("<p>Đoạn mở đầu của bài.</p>")),
        ("image", {"image": image, "caption": "Toàn cảnh hội nghị", "credit": "Minh Thư"}),
        ("quote", {"text": "Phải làm đến nơi đến chốn.", "attribution": "Bí thư Tỉnh ủy"}),
        ("figures", {"data": [["Chỉ tiêu", "Kết quả"], ["Văn bản", "459"]],
                     "first_row_is_table_header": True, "first_col_is_header": False,
                     "table_caption": "Kết quả 9 tháng"}),
    ]
    article.tags.add("giao ban", "chuyển đổi số")
    article.save_revision().publish()
    # Views are counted on the page itself, never through a revision.
    ArticlePage.objects.filter(pk=article.pk).update(view_count=1204)
    return article


def test_article_shows_kicker_title_dates_views_lead_and_byline(client, article):
    page = html(client.get(article.url))
    assert "Giao ban quý IV" in page
    assert f"<h1 class=\"article__title\" id=\"tieu-de-bai\">{article.title}</h1>" in page
    assert "Thứ Năm, 06/10/2022 14:32" in page
    assert "Cập nhật" in page and "Thứ Năm, 06/10/2022 17:32" in page
    assert "Lượt xem" in page and "1.204" in page
    assert '<p class="article__lead">' in page
    assert "CTV Ngọc Minh, VPTU" in page.split('class="article__byline"')[1][:80]
    assert "Nguồn" in page and "Báo Đông Lâm" in page


def test_article_body_blocks_render_with_captions_under_images(client, article):
    page = html(client.get(article.url))
    figure = page.split('<figure class="figure">')[1].split("</figure>")[0]
    assert 'alt="Toàn cảnh hội nghị"' in figure  # the image's required description
    assert figure.index("<img") < figure.index("<figcaption")
    assert "Toàn cảnh hội nghị" in figure and "(Minh Thư)" in figure
    assert "<blockquote><p>Phải làm đến nơi đến chốn.</p></blockquote>" in page
    table = page.split('<div class="table-wrap">')[1].split("</table>")[0]
    assert "<caption>Kết quả 9 tháng</caption>" in table
    assert '<th scope="col"' in table and "459" in table


def test_article_toolbar_has_font_size_print_and_copy_link(client, article):
    page = html(client.get(article.url))
    toolbar = page.split('class="article-tools"')[1].split("</div>")[0]
    for label in ("Tăng cỡ chữ", "Giảm cỡ chữ", "In bài", "Sao chép liên kết"):
        assert label in toolbar
    # Buttons that need JavaScript stay hidden until the script shows them; the link works alone.
    assert toolbar.count(" hidden>") == 3
    assert f'href="{article.full_url}"' in toolbar


def test_article_without_update_shows_no_update_line(client, portal):
    page = html(client.get(portal["articles"][2].url))
    assert "Cập nhật" not in page.split('class="article__meta"')[1].split("</p>")[0]


def test_related_news_hand_picked_first_else_by_shared_tags(
        client, portal, article, django_capture_on_commit_callbacks):
    by_tag = portal["articles"][4]
    by_tag.tags.add("giao ban")
    by_tag.save_revision().publish()
    unrelated = portal["articles"][5]
    page = html(client.get(article.url))
    related = page.split('id="tin-lien-quan"')[1].split("</section>")[0]
    assert by_tag.title in related and unrelated.title not in related

    picked = portal["articles"][3]
    RelatedArticle.objects.create(page=article, article=picked)
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    related = html(client.get(article.url)).split('id="tin-lien-quan"')[1].split("</section>")[0]
    assert picked.title in related and by_tag.title not in related


def test_other_news_lists_older_articles_of_the_same_section(client, portal):
    local = [a for a in portal["articles"] if a.get_parent().pk == portal["sections"]["local"].pk]
    newest, older = local[0], local[1:]
    other = html(client.get(newest.url)).split('id="cac-tin-khac"')[1].split("</section>")[0]
    for article in older:
        assert article.title in other
    assert not any(a.title in other for a in portal["articles"] if a not in local)
    oldest_page = html(client.get(local[-1].url))
    assert 'id="cac-tin-khac"' not in oldest_page


def test_sidebar_latest_news_newest_first(client, portal):
    latest = html(client.get("/")).split('id="tin-moi-nhat"')[1].split("</section>")[0]
    assert latest.index(portal["articles"][0].title) < latest.index(portal["articles"][1].title)


def test_most_viewed_counts_views_of_the_last_30_days_only(client, portal):
    today = timezone.localdate()
    old_hit = ArticlePageFactory(parent=portal["sections"]["party"], title="Bài từng đọc nhiều",
                                 view_count=1_000_000)
    ArticleDailyViewsFactory(article=old_hit, day=today - timedelta(days=30), views=1_000_000)
    # An old article read a lot this week beats newer ones read less.
    revived = ArticlePageFactory(parent=portal["sections"]["party"], title="Bài cũ được đọc lại",
                                 published_at=timezone.now() - timedelta(days=400))
    ArticleDailyViewsFactory(article=revived, day=today - timedelta(days=29), views=5_000)
    most = html(client.get("/")).split('id="xem-nhieu-nhat"')[1].split("</section>")[0]
    assert most.index(revived.title) < most.index(portal["articles"][5].title)
    assert most.index(portal["articles"][5].title) < most.index(portal["articles"][4].title)
    assert old_hit.title not in most


def test_sidebar_links_banners_videos_and_visit_counter(client, portal, image):
    site = portal["site"]
    WebLinkFactory(site=site, title="Cổng Chính phủ", url="https://chinhphu.vn/")
    WebLinkFactory(site=site, title="Liên kết đã ẩn", is_active=False)
    BannerLinkFactory(site=site, title="Chuyên đề học tập", image=image)
    VideoClipFactory(site=site, title="Phóng sự hội nghị", poster=image)
    settings = PortalSettings.for_site(site)
    settings.visit_count_carried = 18_924_815
    settings.save()
    page = html(client.get("/"))
    assert "Liên kết website" in page and "Cổng Chính phủ" in page
    assert "Liên kết đã ẩn" not in page
    assert "Liên kết banner" in page and 'alt="Chuyên đề học tập"' in page
    assert "Phóng sự hội nghị" in page and "<video controls" in page
    assert "Lượt truy cập" in page and "18.924.815" in page


def test_breadcrumb_goes_from_home_to_the_article(client, article):
    page = html(client.get(article.url))
    trail = page.split('class="breadcrumb"')[1].split("</nav>")[0]
    assert trail.index("Trang chủ") < trail.index("Tin tức") < trail.index("Tin trong tỉnh")
    assert 'aria-current="page"' in trail


def _menu(client, url):
    """The main navigation of the page at `url`."""
    page = html(client.get(url))
    return page.split('class="main-nav"')[1].split("</nav>")[0]


def _link(nav, title):
    """The opening <a ...> of the menu's link to `title`."""
    end = nav.index(f">{title}</a>")
    return nav[nav.rindex("<a ", 0, end):end]


def test_navigation_lists_sections_with_their_subsections(client, portal):
    nav = _menu(client, "/")
    assert "Tin tức" in nav and "Tin trong tỉnh" in nav and "Xây dựng Đảng" in nav


def test_navigation_marks_where_each_page_is(client, portal):
    """The menu is kept per generation for each way of marking it: every page still gets its
    own marks, whatever page was shown before it."""
    news, local = portal["sections"]["news"], portal["sections"]["local"]
    article = portal["articles"][0]  # in "Tin trong tỉnh", under "Tin tức"
    for url, current, active in (
        ("/", "Trang chủ", set()), (news.url, "Tin tức", {"Tin tức"}),
        (local.url, "Tin trong tỉnh", {"Tin tức"}), (article.url, None, {"Tin tức"}),
        (portal["sections"]["party"].url, "Xây dựng Đảng", {"Xây dựng Đảng"}),
        ("/", "Trang chủ", set()),
    ):
        nav = _menu(client, url)
        for title in ("Trang chủ", "Tin tức", "Tin trong tỉnh", "Xây dựng Đảng"):
            link = _link(nav, title)
            assert ('aria-current="page"' in link) == (title == current), (url, title)
            if title in {"Tin tức", "Xây dựng Đảng"}:
                assert ("is-active" in link) == (title in active), (url, title)


def test_navigation_follows_a_renamed_section(client, portal):
    party = portal["sections"]["party"]
    assert "Xây dựng Đảng" in _menu(client, "/")
    party.title = "Công tác xây dựng Đảng"
    party.save_revision().publish()
    nav = _menu(client, portal["articles"][0].url)
    assert "Công tác xây dựng Đảng" in nav and ">Xây dựng Đảng<" not in nav


def test_unpublished_article_disappears_from_listings(client, portal):
    article = portal["articles"][0]
    article.unpublish()
    assert article.title not in html(client.get("/"))
    assert article.title not in html(client.get(portal["sections"]["local"].url))
    assert client.get(article.url).status_code == 404


def test_password_protected_article_asks_in_vietnamese_inside_the_portal(client, portal):
    article = portal["articles"][0]
    PageViewRestriction.objects.create(page=article, restriction_type="password",
                                       password="mat-khau-noi-bo")
    page = html(client.get(article.url))
    assert "Cần mật khẩu" in page and 'class="main-nav"' in page
    assert article.lead not in page
    assert article.title not in html(client.get("/"))  # not listed publicly either


def test_home_page_routes_every_address_as_wagtail_does(rf, portal, other_portal):
    """The home page reads the pages on a path in one query; what it routes to must be what
    Wagtail's own routing (two queries per level) gives, sub-addresses and 404s included."""
    home = portal["home"]
    draft = SectionPageFactory(parent=home, title="Chuyên mục nháp", live=False)
    ArticlePageFactory(parent=draft, title="Bài trong chuyên mục nháp")
    paths = [page.url_path[len(home.url_path):] for page in home.get_descendants()]
    paths += [path + "rss/" for path in paths] + ["rss/", "khong-co/", "tin-tuc/khong-co/",
                                                 "tin-tuc/tin-trong-tinh/rss/thua/"]
    for path in paths:
        components = [part for part in path.split("/") if part]
        results = []
        # Wagtail's: the routable page's own, then Page.route child by child.
        for route in (home.route, RoutablePageMixin.route.__get__(home)):
            try:
                found = route(rf.get("/" + path), components)
                results.append((found.page.pk, found.args[0].__name__ if found.args else None))
            except Http404:
                results.append(None)
        assert results[0] == results[1], path
