"""A live portal for the corpus: the browser tests' site tree served by live_server, with a
"Hỏi - Đáp" page, a poll and documents to filter, and the reader forms' limits lifted so that
hundreds of submissions from one address are judged on their content alone."""

from datetime import date

import pytest
from django.test import override_settings

from bantin.engagement.models import AnswerUnit, QuestionsPage
from bantin.library.models import Document
from tests.browser.conftest import build_live_portal
from tests.engagement.test_polls import make_poll
from tests.security.client import Reader

# The rate limits and the minimum fill time are lifted, not mocked: every other check (the
# signed start token, the honeypot, CSRF, banned words, duplicates) still runs on each request.
OPEN_FORMS = {"READER_RATE_LIMIT": 1_000_000, "READER_FORM_MIN_SECONDS": 0,
              "POLL_ADDRESS_WINDOW": 0, "POLL_BALLOTS_PER_ADDRESS_PER_DAY": 1_000_000}
DOCUMENTS = [
    ("50-NQ/ĐUK", "Nghị quyết", "Đảng ủy Khối", date(2023, 4, 25), "Về công tác dân vận"),
    ("959/QĐ-UBND", "Quyết định", "Ủy ban nhân dân tỉnh", date(2022, 6, 3),
     "Phê duyệt kế hoạch chuyển đổi số"),
    ("42/2022/NĐ-CP", "Nghị định", "Chính phủ", date(2022, 6, 24),
     "Về cung cấp thông tin trên cổng thông tin điện tử"),
]


@pytest.fixture
def hostile_portal(transactional_db, live_server):
    with override_settings(**OPEN_FORMS):
        tree = build_live_portal(live_server.url)
        home, site = tree["home"], tree["site"]
        tree["questions"] = home.add_child(
            instance=QuestionsPage(title="Hỏi - Đáp", slug="hoi-dap"))
        tree["unit"] = AnswerUnit.objects.create(site=site, name="Văn phòng Tỉnh ủy",
                                                 field="Thủ tục hành chính")
        tree["polls"] = [make_poll(site), make_poll(site, multiple=True)]
        for number, kind, body, issued_on, summary in DOCUMENTS:
            document = Document(site=site, number=number, kind=kind, issuing_body=body,
                                issued_on=issued_on, summary=summary)
            document.full_clean()
            document.save()
        host, port = live_server.url.removeprefix("http://").split(":")
        tree["host"], tree["port"] = host, int(port)
        tree["reader"] = lambda: Reader(host, int(port))
        yield tree
