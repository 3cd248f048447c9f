"""Every payload of the corpus through every public query parameter and address of a running
portal: the search and its filters and pages, a section's pages, the register's filters and
pages, the questions page's search and pages, the counter image. Never a server error; every
answer is a page or a Vietnamese refusal, and holds nothing of the input as markup."""

from urllib.parse import quote_from_bytes

import pytest

from bantin.library.views import DocumentFilterForm
from bantin.search.views import SearchForm
from tests.security import corpus, judge
from tests.security.client import encoded, form, raw_high

pytestmark = pytest.mark.corpus
PAYLOADS = corpus.payloads()
# The pages' parameters as their own forms declare them, and the page number.
SEARCH_PARAMETERS = (*SearchForm.base_fields, "trang")
REGISTER_PARAMETERS = (*DocumentFilterForm.base_fields, "trang")


def queries(portal, value):
    """(path, {parameter: value}) for every public query parameter, each page's parameters all
    at once: each is read on its own, a value one refuses is left out and the others still
    serve (the search runs with the payload as its words and its filters alike)."""
    return [
        ("/tim-kiem/", dict.fromkeys(SEARCH_PARAMETERS, value)),
        (portal["sections"]["news"].url, {"page": value}),
        ("/van-ban/", dict.fromkeys(REGISTER_PARAMETERS, value)),
        (portal["questions"].url, {"q": value, "trang": value}),
        ("/tuong-tac/luot.gif", {"trang": value}),
    ]


def addresses(portal, segment):
    """Addresses with the payload as a path segment, routed through the page tree: under the
    home page and under a section (where an article is looked up by its slug)."""
    return [b"/" + segment + b"/", portal["sections"]["news"].url.encode() + segment + b"/"]


def requests_for(portal, payload):
    """Every request target for `payload`: percent-encoded, and for invalid UTF-8 also with its
    bytes raw in the request line."""
    encodings = [encoded] + ([raw_high] if payload.text is None else [])
    targets = []
    for encode in encodings:
        targets += [path.encode() + b"?" + form(params, encode=encode)
                    for path, params in queries(portal, payload.raw)]
    targets += addresses(portal, quote_from_bytes(payload.raw, safe="").encode())
    if payload.text is None:
        targets += addresses(portal, raw_high(payload.raw).replace(b"/", b"%2F"))
    return targets


def test_every_payload_through_every_query_parameter_and_address(hostile_portal):
    # One request at a time: the live server shares this process (and its lock) with the test.
    reader, failures, sent = hostile_portal["reader"](), [], 0
    for payload in PAYLOADS:
        for target in requests_for(hostile_portal, payload):
            answer = reader.get(target)
            failures += [(payload, f"GET {target[:100]!r}", problem) for problem in
                         judge.verdict(answer, payload=payload.text,
                                       request_line=len(target) + 14)]
            sent += 1
    assert sent >= 7 * len(PAYLOADS)
    assert not failures, judge.report(failures)
