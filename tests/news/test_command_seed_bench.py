"""`seed_bench` writes valid, live Wagtail pages in bulk, indexed for search as publishing
would index them; a second run adds nothing, a larger number adds the difference."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import connection
from django.forms.models import model_to_dict
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Page, Site

from bantin.news import bulk, listing, selectors
from bantin.news.models import ArticleDailyViews, ArticlePage, HomePage
from bantin.search import indexing, normalise, service
from bantin.search.models import SearchEntry, SearchTerm
from tests.conftest import ensure_wagtail_roots, signed_in

ARTICLES = 300
POOL_SEEDS = 2  # 180 texts for 300 articles: 120 articles repeat an earlier one's texts


def seed(articles):
    output = io.StringIO()
    call_command("seed_bench", articles=articles, stdout=output, stderr=io.StringIO())
    return output.getvalue()


def index_snapshot():
    """Every row of the search index: entries, token counts and the engine's own rows."""
    entries = {entry.page_id: model_to_dict(entry) for entry in SearchEntry.objects.all()}
    terms = dict(SearchTerm.objects.values_list("token", "documents"))
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT page_id, path, published_at, head::text, vector::text "
                           "FROM search_vector ORDER BY page_id")
        else:
            cursor.execute("SELECT rowid, title, lead, body FROM search_fts ORDER BY rowid")
        engine_rows = cursor.fetchall()
    return entries, terms, engine_rows


class TestSeedBench(TestCase):
    @classmethod
    def setUpClass(cls):
        pool = pytest.MonkeyPatch()
        pool.setattr(bulk, "POOL_SEEDS", POOL_SEEDS)
        cls.addClassCleanup(pool.undo)
        super().setUpClass()

    @classmethod
    def setUpTestData(cls):
        ensure_wagtail_roots()
        cls.output = seed(ARTICLES)
        cls.home = HomePage.objects.get(slug=bulk.BENCH_SLUG)
        cls.site = Site.objects.get(root_page=cls.home)
        cls.articles = ArticlePage.objects.descendant_of(cls.home)

    def get(self, url, **extra):
        return self.client.get(url, HTTP_HOST=self.site.hostname, **extra)

    def test_writes_the_articles_asked_for_over_the_sections(self):
        self.assertIn(f"{ARTICLES} ", self.output)
        self.assertEqual(self.articles.live().count(), ARTICLES)
        sections = {article.get_parent().slug for article in self.articles}
        self.assertEqual(len(sections), len(bulk.demo_text.SECTION_SLUGS))

    def test_the_page_tree_is_valid(self):
        self.assertEqual(Page.find_problems(), ([], [], [], [], []))
        for article in self.articles.select_related("locale")[:50]:
            parent = article.get_parent()
            self.assertEqual(article.url_path, f"{parent.url_path}{article.slug}/")
            self.assertEqual(article.locale, parent.locale)
            self.assertTrue(article.live and article.first_published_at)
            self.assertEqual(article.published_at, article.first_published_at)
            self.assertTrue(article.byline and article.lead and article.body)
        self.assertEqual(len({article.translation_key for article in self.articles}), ARTICLES)
        self.assertEqual(listing.refresh(self.home), 0)  # listing keys as the tree has them

    def test_pages_render(self):
        article = self.articles.order_by("-published_at").first()
        self.assertEqual(self.get(self.home.url).status_code, 200)
        section = self.get(article.get_parent().url)
        self.assertContains(section, article.title)
        self.assertContains(self.get(article.url), article.lead)

    def test_articles_open_in_the_editor(self):
        article = self.articles.last()
        signed_in(get_user_model().objects.create_superuser("bientap"), self.client)
        edit = self.client.get(reverse("wagtailadmin_pages:edit", args=[article.pk]))
        self.assertContains(edit, article.title)

    def test_most_viewed_has_articles(self):
        self.assertTrue(ArticleDailyViews.objects.filter(article__in=self.articles).exists())
        self.assertEqual(len(selectors.articles_most_viewed(root=self.home)), 5)

    def test_search_finds_an_article_by_a_title_word_without_diacritics(self):
        # The newest articles come first; this one repeats the texts of the very newest.
        repeated = self.articles.order_by("-published_at")[POOL_SEEDS * bulk.PER_SEED]
        counts = dict(SearchTerm.objects.values_list("token", "documents"))
        folded = [(counts[word], word) for word, typed in zip(
            normalise.words(repeated.title), normalise.exact_words(repeated.title), strict=True)
            if word != typed]
        word = min(folded)[1]
        hits = service.run(word, site=self.site).hits
        self.assertIn(repeated.pk, [hit.entry.page_id for hit in hits])

    def test_the_index_is_what_publishing_makes(self):
        written = index_snapshot()
        self.assertEqual(len(written[0]), ARTICLES)
        for _article in indexing.rebuild():
            pass
        self.assertEqual(index_snapshot(), written)

    def test_a_second_run_adds_nothing(self):
        output = seed(ARTICLES)
        self.assertIn(f"{ARTICLES}", output)
        self.assertEqual(self.articles.count(), ARTICLES)
        self.assertEqual(SearchEntry.objects.count(), ARTICLES)

    def test_a_larger_number_adds_the_difference(self):
        seed(ARTICLES + 40)
        self.assertEqual(self.articles.count(), ARTICLES + 40)
        self.assertEqual(SearchEntry.objects.count(), ARTICLES + 40)
        self.assertEqual(Page.find_problems(), ([], [], [], [], []))

    def test_a_number_out_of_range_is_refused(self):
        with self.assertRaisesMessage(CommandError, "Số bài viết phải từ 0 đến"):
            seed(-1)
        self.assertEqual(self.articles.count(), ARTICLES)
