"""Articles written for the search tests, indexed as publishing them would."""

from datetime import timedelta

import pytest
from django.utils import timezone

from bantin.news.factories import ArticlePageFactory
from bantin.search import indexing


def write(section, title, *, lead="Tin bài của cổng thông tin.", body="", days_ago=30):
    """Publish an article (indexed through Wagtail's page_published signal)."""
    article = ArticlePageFactory(
        parent=section, title=title, lead=lead, live=False,
        published_at=timezone.now() - timedelta(days=days_ago),
        body=[("paragraph", f"<p>{body}</p>")] if body else [],
    )
    article.save_revision().publish()
    article.refresh_from_db()
    return article


@pytest.fixture
def indexed(portal):
    """The shared portal's articles, indexed."""
    for _article in indexing.rebuild():
        pass
    return portal
