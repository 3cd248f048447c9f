"""`seed_demo` builds two believable portals, and a second run creates nothing."""

import io
from datetime import timedelta
from statistics import median

from django.core.management import call_command
from django.test import TestCase
from django.utils import timezone
from wagtail.models import Site

from bantin.core.models import PortalImage, PortalSettings
from bantin.news import demo, selectors
from bantin.news.models import (
    ArticleDailyViews,
    ArticlePage,
    BannerLink,
    RelatedArticle,
    SectionPage,
    SiteMapPage,
    StandardPage,
    VideoClip,
    WebLink,
)

MODELS = (ArticleDailyViews, ArticlePage, SectionPage, StandardPage, SiteMapPage, PortalImage,
          BannerLink, WebLink, VideoClip, RelatedArticle, Site, PortalSettings)


class TestSeedDemo(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.output = io.StringIO()
        call_command("seed_demo", stdout=cls.output, stderr=io.StringIO())
        cls.province = Site.objects.get(is_default_site=True)
        cls.bloc = Site.objects.get(hostname="dangbokhoi.localhost")

    def articles(self, site):
        return ArticlePage.objects.live().descendant_of(site.root_page)

    def test_summary_is_printed(self):
        self.assertIn("112 bài viết mới", self.output.getvalue())

    def test_province_has_six_sections_with_one_level_of_subsections(self):
        home = self.province.root_page
        top = SectionPage.objects.child_of(home)
        self.assertGreaterEqual(top.count(), 6)
        news = top.get(title="Tin tức")
        self.assertEqual(
            list(SectionPage.objects.child_of(news).values_list("title", flat=True)),
            ["Tin trong tỉnh", "Tin trong nước"],
        )
        for section in SectionPage.objects.descendant_of(home):
            self.assertLessEqual(section.depth, home.depth + 2)

    def test_province_has_at_least_80_complete_articles(self):
        articles = self.articles(self.province)
        self.assertGreaterEqual(articles.count(), 80)
        for article in articles:
            kinds = [block.block_type for block in article.body]
            self.assertGreaterEqual(kinds.count("paragraph"), 4, article.title)
            self.assertIn("image", kinds, article.title)
            self.assertTrue(article.lead and article.author_name and article.featured_image_id)
            self.assertTrue(article.tags.exists(), article.title)
            for block in article.body:
                if block.block_type == "image":
                    self.assertTrue(block.value["caption"])
                    self.assertTrue(block.value["image"].description)

    def test_every_section_has_articles(self):
        for section in SectionPage.objects.descendant_of(self.province.root_page):
            self.assertTrue(self.articles(self.province).descendant_of(section).exists(),
                            section.title)

    def test_view_counts_are_spread_and_recent_articles_exist(self):
        articles = list(self.articles(self.province))
        views = [a.view_count for a in articles]
        self.assertGreater(len(set(views)), len(views) // 2)
        self.assertGreater(max(views), 3 * median(views))
        recent = [a for a in articles if a.published_at > timezone.now() - timedelta(days=30)]
        self.assertGreaterEqual(len(recent), 10)

    def test_articles_carry_people_with_titles_figures_and_document_numbers(self):
        text = " ".join(
            block.value.source for a in self.articles(self.province) for block in a.body
            if block.block_type == "paragraph"
        )
        self.assertIn("đồng chí", text.lower())
        self.assertRegex(text, r"\d+-(NQ|KL|CT|QĐ|KH)/(TU|ĐUK)")
        self.assertRegex(text, r"\d+,\d+%")

    def test_sidebar_snippets_and_settings_are_filled_for_both_sites(self):
        for site in (self.province, self.bloc):
            settings = PortalSettings.for_site(site)
            for name in ("site_name", "agency_name", "slogan", "footer_agency", "footer_address",
                         "footer_phone", "footer_email", "footer_licence", "footer_responsible"):
                self.assertTrue(getattr(settings, name), name)
            self.assertIsNotNone(settings.logo)
            self.assertGreater(settings.visit_count_carried, 0)
            self.assertTrue(BannerLink.objects.filter(site=site).exists())
            self.assertTrue(WebLink.objects.filter(site=site).exists())
            clips = VideoClip.objects.filter(site=site)
            self.assertTrue(clips.exists())
            self.assertTrue(all(clip.file.size > 1000 for clip in clips))

    def test_plain_pages_exist(self):
        home = self.province.root_page
        self.assertEqual(
            set(StandardPage.objects.child_of(home).values_list("slug", flat=True)),
            {"gioi-thieu", "lien-he"},
        )
        about = StandardPage.objects.child_of(home).get(slug="gioi-thieu")
        self.assertIn("leader", [block.block_type for block in about.body])
        self.assertTrue(SiteMapPage.objects.child_of(home).exists())

    def test_second_portal_has_its_own_content(self):
        theirs = set(self.articles(self.bloc).values_list("pk", flat=True))
        ours = set(self.articles(self.province).values_list("pk", flat=True))
        self.assertGreaterEqual(len(theirs), 10)
        self.assertFalse(theirs & ours)

    def test_second_run_creates_nothing(self):
        before = {model: model.objects.count() for model in MODELS}
        output = io.StringIO()
        call_command("seed_demo", stdout=output, stderr=io.StringIO())
        self.assertEqual(before, {model: model.objects.count() for model in MODELS})
        self.assertIn("0 bài viết mới", output.getvalue())

    def test_a_run_on_a_later_day_creates_nothing(self):
        before = {model: model.objects.count() for model in MODELS}
        list(demo.demo_build(now=timezone.now() + timedelta(days=40)))
        self.assertEqual(before, {model: model.objects.count() for model in MODELS})

    def test_most_viewed_has_views_of_the_last_30_days(self):
        most = list(selectors.articles_most_viewed(root=self.province.root_page, limit=5))
        self.assertEqual(len(most), 5)
        self.assertTrue(ArticleDailyViews.objects.filter(article__in=most).exists())

    def test_demo_pages_render(self):
        article = self.articles(self.province).first()
        for url in ("/", article.url, article.get_parent().url, "/gioi-thieu/", "/so-do-cong/",
                    "/rss/", "/sitemap.xml"):
            self.assertEqual(self.client.get(url).status_code, 200, url)
        self.assertEqual(
            self.client.get("/", HTTP_HOST="dangbokhoi.localhost:8000").status_code, 200
        )
