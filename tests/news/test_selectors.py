"""The listings that read a part of the data to stay fast (#9) give the answers a full count
would: "Xem nhiều nhất" when another site's articles are read more than any of this site's, and
"Tin liên quan" ranked by tags shared, from the article's own site only."""

from datetime import timedelta

from django.utils import timezone

from bantin.news import selectors
from bantin.news.factories import ArticleDailyViewsFactory, ArticlePageFactory


def test_most_viewed_of_a_site_whose_articles_another_site_outreads(portal, other_portal):
    today = timezone.localdate()
    for number in range(selectors.MOST_VIEWED_CANDIDATES + 5):
        read_more = ArticlePageFactory(parent=other_portal["section"])
        ArticleDailyViewsFactory(article=read_more, day=today, views=10_000 + number)
    most = selectors.articles_most_viewed(root=portal["home"], limit=5)
    # The portal's own, by views (100 x n, fixtures), none of the other site's.
    assert [article.pk for article in most] == [a.pk for a in portal["articles"][::-1][:5]]
    assert [article.recent_views for article in most] == [600, 500, 400, 300, 200]


def test_most_viewed_ties_go_to_the_newest(portal):
    today = timezone.localdate()
    older, newer = (ArticlePageFactory(parent=portal["sections"]["party"],
                                       published_at=timezone.now() - timedelta(days=days))
                    for days in (20, 10))
    for article in (older, newer):
        ArticleDailyViewsFactory(article=article, day=today, views=5_000)
    most = selectors.articles_most_viewed(root=portal["home"], limit=2)
    assert [article.pk for article in most] == [newer.pk, older.pk]


def test_related_by_tags_shared_most_first_from_the_same_site(portal, other_portal):
    article, one_tag, both_tags = (
        ArticlePageFactory(parent=portal["sections"]["party"],
                           published_at=timezone.now() - timedelta(days=days))
        for days in (1, 2, 3))
    elsewhere = ArticlePageFactory(parent=other_portal["section"])
    for page, names in ((article, ["giao ban", "chuyển đổi số"]), (one_tag, ["giao ban"]),
                        (both_tags, ["giao ban", "chuyển đổi số"]),
                        (elsewhere, ["giao ban", "chuyển đổi số"])):
        page.tags.add(*names)
        page.save()
    related = selectors.articles_related(article=article)
    assert [page.pk for page in related] == [both_tags.pk, one_tag.pk]
    assert [page.shared_tags for page in related] == [2, 1]
