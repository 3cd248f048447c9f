"""The corpus itself: large enough, every kind of hostile input the issue names, its escapes
read as written, and its invalid UTF-8 really invalid."""

from tests.security import corpus

# What issue 10 asks the corpus to hold, by its category names in payloads.txt.
REQUIRED = {"script", "event-handler", "attribute-breaking", "template-literal",
            "javascript-url", "svg-mathml", "html-entities", "url-encoding", "utf-7",
            "lookalike", "sql", "template", "path-traversal", "control", "bidi", "zero-width",
            "vietnamese", "invalid-utf8", "giant", "nesting", "long-number", "json"}


def test_the_corpus_holds_hundreds_of_payloads_of_every_required_kind():
    payloads = corpus.payloads()
    assert len(payloads) >= 300
    assert len({payload.raw for payload in payloads}) == len(payloads)  # no entry twice
    categories = {payload.category for payload in payloads}
    assert REQUIRED <= categories
    assert all(sum(p.category == name for p in payloads) >= 5 for name in REQUIRED)


def test_escapes_are_read_as_written():
    written = {payload.raw for payload in corpus.written()}
    assert b"a\x00b" in written
    assert "\u202egnp.exe".encode() in written
    assert b"<img\tsrc=x\nonerror=alert(1)>" in written
    assert b"<script>\\u0061lert(1)</script>" in written  # a typed backslash stays one
    assert b"\xc0\xaf" in written and b"\xff" in written


def test_invalid_utf8_entries_do_not_decode_and_the_rest_do():
    for payload in corpus.payloads():
        if payload.category == "invalid-utf8":
            assert payload.text is None, payload
        elif payload.category != "giant":
            assert payload.text is not None, payload


def test_giants_are_a_hundred_kilobytes_or_nest_thousands_deep():
    giants = [p for p in corpus.payloads() if p.category == "giant"]
    assert all(len(p.raw) >= 50_000 for p in giants)
    assert sum(len(p.raw) >= corpus.HUNDRED_KB - 64 for p in giants) >= 15
    nesting = [p for p in corpus.payloads() if p.category == "nesting"]
    assert all(p.raw.count(p.raw[:1]) >= 3_000 for p in nesting)
