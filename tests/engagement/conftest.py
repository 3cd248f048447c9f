"""Counter stores to test against (the database always, Redis when REDIS_URL is set), the
newsroom's people, and a "Hỏi - Đáp" page."""

import pytest
from django.conf import settings
from django.test import override_settings

from bantin.engagement import counters
from bantin.engagement.models import AnswerUnit, QuestionsPage
from tests.newsroom.conftest import login, staff  # noqa: F401  (the newsroom's people)

BACKENDS = ["database", "redis"]


@pytest.fixture(params=BACKENDS)
def counter_backend(request):
    """Run the test once per counter store; Redis only where REDIS_URL names one."""
    if request.param == "redis" and not settings.REDIS_URL:
        pytest.skip("REDIS_URL is not set: the Redis counters are tested where it is (CI)")
    with override_settings(COUNTERS_BACKEND=request.param):
        store = counters.get_counters()
        if request.param == "redis":
            store.redis.delete(store.views_key, f"{store.views_key}:flushing",
                               store.visits_key, f"{store.visits_key}:flushing")
        yield store


@pytest.fixture
def qa(portal):
    """The default site's "Hỏi - Đáp" page and one answering unit."""
    page = portal["home"].add_child(instance=QuestionsPage(title="Hỏi - Đáp", slug="hoi-dap"))
    unit = AnswerUnit.objects.create(site=portal["site"], name="Ban Tổ chức Tỉnh ủy",
                                     field="Công tác đảng viên", email="bantochuc@example.vn")
    return {"page": page, "unit": unit}
