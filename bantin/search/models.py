"""The search index: one entry per live article, with the plain text the ranker reads.

The engine's own index sits beside it, made by the migrations for the database in use: an FTS5
table `search_fts` on SQLite (its rowid is engines.recency_key, so that it lists matches newest
first); on PostgreSQL a table `search_vector` with `head` (title and lead) and `vector` (title,
lead and body) tsvector columns, GIN indexes on both, and the path and date to filter by.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    page = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, primary_key=True,
                                related_name="+")
    path = models.CharField(max_length=255, db_index=True)  # the page's place in the tree
    section_title = models.CharField(max_length=255, blank=True)
    title = models.TextField()
    lead = models.TextField(blank=True)
    body = models.TextField(blank=True)
    published_at = models.DateTimeField(null=True, db_index=True)
    # The folded token streams the engines index (normalise.index_text), kept for the ranker.
    title_words = models.TextField(blank=True)
    lead_words = models.TextField(blank=True)
    body_words = models.TextField(blank=True)
    # The same words as written, lower case with their diacritics (normalise.exact_text): the
    # ranker tells "hội" from "hỏi" by them without reading the text again.
    title_exact = models.TextField(blank=True)
    lead_exact = models.TextField(blank=True)
    body_exact = models.TextField(blank=True)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")

    def __str__(self):
        return self.title


class SearchTerm(models.Model):
    """How many indexed articles hold a token: how rare a word is for the ranker, and how many
    articles a query can match for the search. Kept by indexing.py as articles come and go."""

    token = models.CharField(max_length=100, primary_key=True)  # longer tokens are not counted
    documents = models.IntegerField(default=0)

    class Meta:
        verbose_name = _("search term")
        verbose_name_plural = _("search terms")

    def __str__(self):
        return self.token
