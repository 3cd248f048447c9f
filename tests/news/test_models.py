"""Page rules of the news tree: where each page type may live, and the section depth limit."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from bantin.engagement.models import QuestionsPage
from bantin.news.factories import ArticlePageFactory
from bantin.news.models import (
    ArticlePage,
    HomePage,
    SectionPage,
    SiteMapPage,
    StandardPage,
)
from tests.conftest import build_portal, signed_in


class TestPageTreeRules(WagtailPageTestCase):
    def test_home_page_lives_at_the_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_home_page_children(self):
        self.assertAllowedSubpageTypes(HomePage, {SectionPage, StandardPage, SiteMapPage,
                                                  QuestionsPage})

    def test_sections_hold_subsections_and_articles(self):
        self.assertAllowedSubpageTypes(SectionPage, {SectionPage, ArticlePage})
        self.assertAllowedParentPageTypes(SectionPage, {HomePage, SectionPage})

    def test_articles_live_in_sections_and_have_no_children(self):
        self.assertAllowedParentPageTypes(ArticlePage, {SectionPage})
        self.assertAllowedSubpageTypes(ArticlePage, set())


def test_section_allows_one_level_of_subsections(portal):
    home, news, local = portal["home"], portal["sections"]["news"], portal["sections"]["local"]
    assert SectionPage.can_create_at(home)
    assert SectionPage.can_create_at(news)
    assert not SectionPage.can_create_at(local)
    assert ArticlePage.can_create_at(local)


def test_sections_cannot_be_moved_deeper_than_one_level(portal):
    news, local, party = (portal["sections"][key] for key in ("news", "local", "party"))
    assert party.can_move_to(news)  # a section without subsections may become one
    assert not party.can_move_to(local)
    assert not news.can_move_to(party)  # "Tin tức" has a subsection: it would go two deep
    assert local.can_move_to(portal["home"])


def test_the_admin_offers_no_third_level_section(admin_client, portal):
    local = portal["sections"]["local"]
    add_url = f"/quan-tri/pages/add/news/sectionpage/{local.pk}/"
    response = admin_client.post(add_url, {"title": "Cấp ba", "slug": "cap-ba",
                                           "action-publish": "publish"})
    assert response.status_code == 302 and response["Location"] == "/quan-tri/"  # refused
    assert not SectionPage.objects.filter(slug="cap-ba").exists()
    choices = admin_client.get(f"/quan-tri/pages/{local.pk}/add_subpage/")
    assert "news/sectionpage" not in choices.content.decode() + choices.get("Location", "")


def test_byline_joins_author_and_unit(portal):
    article = ArticlePageFactory.build(author_name="CTV Ngọc Minh", author_unit="VPTU")
    assert article.byline == "CTV Ngọc Minh, VPTU"
    article.author_unit = ""
    assert article.byline == "CTV Ngọc Minh"


def test_update_shown_only_when_edited_after_publishing(portal):
    article = portal["articles"][0]
    assert not article.shows_update
    article.updated_at = article.published_at
    assert not article.shows_update
    article.updated_at = article.published_at.replace(year=article.published_at.year + 1)
    assert article.shows_update


class TestEveryPageTypeRendersAndPreviews(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.portal = build_portal()

    def pages(self):
        return [
            self.portal["home"],
            self.portal["sections"]["local"],
            self.portal["articles"][0],
            StandardPage.objects.get(),
            SiteMapPage.objects.get(),
        ]

    def test_renderable(self):
        for page in self.pages():
            with self.subTest(page=page.specific_class.__name__):
                self.assertPageIsRenderable(page.specific)

    def test_previewable(self):
        superuser = self.create_superuser("bientap")
        for page in self.pages():
            with self.subTest(page=page.specific_class.__name__):
                # Past the admin's second step; Wagtail signs the same person in again, keeping
                # the session, and out after each page.
                signed_in(superuser, self.client)
                self.assertPageIsPreviewable(page.specific, post_data=self.form_data(page),
                                             user=superuser)

    @staticmethod
    def form_data(page):
        """The edit form's data for `page`, with its stream and inline fields in form shape."""
        page = page.specific
        data = {"title": page.title, "slug": page.slug}
        if isinstance(page, (ArticlePage, StandardPage)):
            data["body"] = streamfield([("paragraph", rich_text("<p>Đoạn văn thử.</p>"))])
        if isinstance(page, ArticlePage):
            data.update(
                lead=page.lead, author_name=page.author_name,
                published_at=page.published_at.strftime("%Y-%m-%d %H:%M"),
                related_links=inline_formset([]),
            )
        return nested_form_data(data)


def test_publication_time_is_set_on_first_publish_when_left_empty(portal):
    article = ArticlePageFactory.build(title="Bài chưa có giờ đăng", published_at=None,
                                       live=False)
    portal["sections"]["party"].add_child(instance=article)
    assert article.published_at is None  # a draft has no publication time yet
    article.save_revision().publish()
    article.refresh_from_db()
    assert article.published_at == article.first_published_at


def test_publication_time_in_the_future_is_refused_with_a_vietnamese_message(portal):
    article = portal["articles"][0]
    article.published_at = timezone.now() + timedelta(days=2)
    with pytest.raises(ValidationError) as error:
        article.full_clean()
    assert "hẹn giờ đăng" in error.value.message_dict["published_at"][0]


def test_publishing_a_revision_keeps_the_views_counted_since(portal):
    article = portal["articles"][0]
    revision = article.save_revision()
    ArticlePage.objects.filter(pk=article.pk).update(view_count=F("view_count") + 50)
    revision.publish()
    article.refresh_from_db()
    assert article.view_count == 100 + 50
