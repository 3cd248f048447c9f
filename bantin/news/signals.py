"""Signals news sends besides Wagtail's own."""

from django.dispatch import Signal

# Pages written in bulk (news.bulk, for seed_bench) send no page_published: this is sent
# instead, inside each batch's transaction, with `articles`, a list of bulk.WrittenArticle.
articles_written = Signal()
