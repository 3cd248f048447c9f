"""The search migrations on an index that holds articles: back to the first schema and forward
again, the index comes back whole (streams, term counts, the engine's rows)."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from bantin.search import service
from bantin.search.models import SearchEntry
from tests.search.conftest import write
from tests.search.test_search import engine_rows, terms_follow_the_index


def migrate(target):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate([("search", target)])


@pytest.mark.django_db(transaction=True)
def test_the_index_survives_its_migrations(portal):
    article = write(portal["sections"]["local"], "Triển khai Nghị quyết 50-NQ/ĐUK về hội nghị",
                    body="Đồng chí Bí thư chủ trì hội nghị.")
    latest = MigrationExecutor(connection).loader.graph.leaf_nodes("search")[0][1]
    migrate("0001_initial")
    migrate(latest)
    entry = SearchEntry.objects.get(page_id=article.pk)
    assert entry.title_exact == "triển khai nghị quyết 50 nq đuk về hội nghị"
    assert "50nqduk" in entry.title_words.split()
    assert engine_rows() == SearchEntry.objects.count() and terms_follow_the_index()
    found = service.run("hội nghị 50-NQ/ĐUK", site=portal["site"]).hits
    assert [hit.entry.page_id for hit in found] == [article.pk]
