"""The listing keys (news/listing.py) follow every way an article enters or leaves a listing:
publishing, drafts, unpublishing (as itself or as a plain Page, as the scheduled expiry does),
moves of the article or of its subsection, view restrictions set and lifted, and bulk writes;
and the paged section listing read through them shows each article once, in order."""

from collections import defaultdict
from datetime import timedelta

import pytest
from django.core.paginator import Paginator
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from bantin.news import bulk, listing, selectors
from bantin.news.factories import ArticlePageFactory, SectionPageFactory
from bantin.news.models import ArticlePage


def keys(article):
    article = ArticlePage.objects.get(pk=article.pk)
    return {field: getattr(article, field) for field in listing.FIELDS.values()}


def listed_under(home, section, subsection=None):
    return {"listed_home": home.path, "listed_section": section.path,
            "listed_subsection": subsection.path if subsection else None}


UNLISTED = dict.fromkeys(listing.FIELDS.values())


def test_a_live_article_is_listed_under_its_home_section_and_subsection(portal):
    home, news, local = portal["home"], portal["sections"]["news"], portal["sections"]["local"]
    in_sub = ArticlePageFactory(parent=local)
    in_top = ArticlePageFactory(parent=news)
    assert keys(in_sub) == listed_under(home, news, local)
    assert keys(in_top) == listed_under(home, news)


def test_a_draft_is_listed_only_once_published(portal):
    draft = ArticlePageFactory(parent=portal["sections"]["party"], live=False)
    assert keys(draft) == UNLISTED
    draft.save_revision().publish()
    assert keys(draft) == listed_under(portal["home"], portal["sections"]["party"])


@pytest.mark.parametrize("as_plain_page", [False, True])
def test_an_unpublished_article_leaves_the_listings(portal, as_plain_page):
    article = portal["articles"][0]
    page = Page.objects.get(pk=article.pk) if as_plain_page else article
    page.unpublish(set_expired=as_plain_page)
    assert keys(article) == UNLISTED
    section = article.get_parent()
    assert article not in list(selectors.articles_latest(root=section))


def test_moving_an_article_or_its_subsection_moves_its_keys(portal):
    home, news, party = portal["home"], portal["sections"]["news"], portal["sections"]["party"]
    local = portal["sections"]["local"]
    article = ArticlePageFactory(parent=local)
    Page.objects.get(pk=article.pk).move(party, pos="last-child")
    assert keys(article) == listed_under(home, party)
    article = ArticlePageFactory(parent=local)
    Page.objects.get(pk=local.pk).move(party, pos="last-child")
    local.refresh_from_db()
    assert keys(article) == listed_under(home, party, local)
    assert article.pk in [a.pk for a in selectors.articles_latest(root=party)]
    assert article.pk not in [a.pk for a in selectors.articles_latest(root=news)]


def test_a_view_restriction_takes_the_articles_under_it_out_and_back(portal):
    local = portal["sections"]["local"]
    article = next(a for a in portal["articles"] if a.get_parent().pk == local.pk)
    restriction = PageViewRestriction.objects.create(
        page=local, restriction_type=PageViewRestriction.PASSWORD, password="mat-khau")
    assert keys(article) == UNLISTED
    restriction.delete()
    assert keys(article) == listed_under(portal["home"], portal["sections"]["news"], local)


def test_an_article_published_under_a_restriction_stays_unlisted(portal):
    party = portal["sections"]["party"]
    PageViewRestriction.objects.create(
        page=party, restriction_type=PageViewRestriction.PASSWORD, password="mat-khau")
    assert keys(ArticlePageFactory(parent=party)) == UNLISTED


def test_articles_written_in_bulk_are_listed(portal):
    home, party = portal["home"], portal["sections"]["party"]
    Page.objects.filter(pk=home.pk).update(first_published_at=timezone.now())
    home.refresh_from_db()
    written = bulk.articles_write(home, defaultdict(lambda: party, {party.slug: party}), range(3))
    for article in written:
        assert keys(ArticlePage(pk=article.page_id)) == listed_under(home, party)


def test_a_paged_section_shows_each_article_once_newest_first(portal):
    party = portal["sections"]["party"]
    now = timezone.now()
    for number in range(25):
        ArticlePageFactory(parent=SectionPageFactory(parent=party) if number == 0 else party,
                           published_at=now - timedelta(hours=number))
    ArticlePageFactory(parent=party, live=False)  # a draft takes no place in the pages
    expected = [article.pk for article in selectors.articles_latest(root=party)]
    paginator = Paginator(selectors.articles_paged(root=party), 12)
    shown = [article.pk for number in paginator.page_range
             for article in paginator.page(number).object_list]
    assert paginator.count == len(expected) == 28  # 25, and 3 of the portal's
    assert shown == expected
