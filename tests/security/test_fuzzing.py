"""The parsers fuzzed with hypothesis, thousands of cases each, from the corpus's pieces, odd
characters and arbitrary text: the document number parser, the citation finder and linker, the
legacy importer's reading and extraction, and the search's query parsing. Each raises nothing
but its documented error type; the linker adds links and never changes other markup or text.

Derandomised and without the example database: CI runs the same cases on every machine."""

import html as htmllib
import re
from datetime import date
from html.parser import HTMLParser

import pytest
from django.utils.html import conditional_escape, escape
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bantin.importer import pipeline, reading
from bantin.importer.extraction import NotAnArticle
from bantin.importer.sources import Source
from bantin.library import numbers, references
from bantin.library.models import Document
from bantin.search import normalise, service
from tests.security import corpus

pytestmark = [
    # Hypothesis would print the corpus it samples from whole when reporting a case.
    pytest.mark.filterwarnings("ignore:Generating overly large repr"),
    # A saved page may declare charset="unicode_escape": Python warns of its bad escapes.
    pytest.mark.filterwarnings("ignore:invalid escape sequence:DeprecationWarning"),
]
FUZZ = settings(max_examples=3000, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
# With the database: each case runs queries, so fewer of them.
FUZZ_DB = settings(FUZZ, max_examples=2000, suppress_health_check=[
    HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture])

HOSTILE = st.sampled_from([payload.text for payload in corpus.written() if payload.text])
ODD = st.sampled_from([
    "\x00", "\x1b", "\x7f", "\x85", "\u00a0", "\u00ad", "\u200b", "\u200d", "\u202e", "\u2066",
    "\ufeff", "\ufffd", "\ud800", "\u0301", "\u0323", "\u0302", "\u00d0", "\u00f0", "Đ", "đ",
    "\u2010", "\u2013", "\u2212", "\uff0d", "\uff0f", "\uff15", "\u0665", "\u00b2", "\U0001d7d3",
    "<", ">", "&", '"', "'", "`", "/", "\\", "-", ".", ",", ":", "(", ")", " ", "\n", "\t", "\r",
    "\u0131", "\u0130", "\u017f", "\u212a", "\u00df", "\ufb01",
])
# Letters a case-insensitive pattern takes for others ("ı" for "i", "ſ" for "s", the Kelvin
# sign for "k"): hostile text uses them to pass for words.
LOOKALIKES = str.maketrans({"i": "\u0131", "s": "\u017f", "k": "\u212a", "K": "\u212a"})
NUMBER_PIECES = st.sampled_from([
    "50", "959", "42", "02", "0", "1", "999999", "1000000", "2022", "20222", "1944", "2101",
    "-", "/", "NQ", "nq", "ĐUK", "duk", "QĐ", "QD", "qđ", "UBND", "ubnd", "NĐ", "ND", "CP",
    "TTLT", "VPCP", "BNV", "QH15", "UBTVQH14", "CTr", "Ctr", "TW", "TWĐTN", "VP", "SNV", "TT",
    "CV", "KL", "HD", "L", "x", "số ",
])
PROSE = st.sampled_from([
    "Nghị quyết ", "số ", "Quyết định của Bộ Chính trị ", "Kết luận ", "Chỉ thị ", "Thông tư ",
    "Nghị định ", "Công văn ", "Luật Doanh nghiệp ", "ngày ", "tháng ", "năm ", "50-NQ/ĐUK",
    "959/QĐ-UBND", "42/2022/NĐ-CP", "01", "25/4/2023", "5 tháng 3 năm 2021", "31/02/2020",
    ", ", ". ", " và ", "(", ")", ":", "Báo cáo 9 tháng", "Đảng ủy Khối ", "của Tỉnh ủy ",
])

CITATIONS = st.sampled_from([
    "Thông tri 05 của Tỉnh ủy", "Kết luận 01 của Bộ Chính trị", "Chỉ thị số 05 của Ban Thường vụ",
    "Nghị quyết số 50-NQ/ĐUK ngày 25/4/2023", "Quyết định 959/QĐ-UBND", "Hướng dẫn số 12",
    "Nghị định 42/2022/NĐ-CP, ngày 24 tháng 6 năm 2022", "Kế hoạch 86-KH/TU", "Thông tư 5",
])


def mixed(*alphabets, max_size=16):
    """Text made of pieces drawn from `alphabets`, the corpus and arbitrary text."""
    piece = st.one_of(*alphabets, ODD, HOSTILE, st.text(max_size=12))
    return st.lists(piece, max_size=max_size).map("".join)


@st.composite
def mutated(draw, valid):
    """A valid piece of text with an odd character put in, one taken out or one doubled, its
    letters swapped for lookalikes, or all in capitals."""
    text = draw(valid)
    at = draw(st.integers(0, len(text)))
    change = draw(st.sampled_from(["insert", "delete", "double", "lookalike", "upper"]))
    if change == "lookalike":
        return text.translate(LOOKALIKES)
    if change == "upper":
        return text.upper()
    if change == "insert":
        return text[:at] + draw(ODD) + text[at:]
    if change == "delete":
        return text[:at] + text[at + 1:]
    return text[:at] + text[at:at + 1] * 2 + text[at + 1:]


VALID_NUMBERS = st.sampled_from(["50-NQ/ĐUK", "959/QĐ-UBND", "42/2022/NĐ-CP", "3241/SNV-TT",
                                 "02/2011/TTLT-VPCP-BNV", "148/2025/QH15", "05-CTr/ĐUK",
                                 "125-HD/TWĐTN-VP", "858CV/ĐUK"])


@FUZZ
@given(st.one_of(mixed(NUMBER_PIECES), mutated(VALID_NUMBERS), st.text(max_size=80)))
def test_the_number_parser_raises_only_value_error(text):
    try:
        number = numbers.parse(text)
    except ValueError as error:
        assert type(error) is ValueError and str(error)
        return
    written = str(number)
    assert numbers.parse(written) == number
    assert len(written) <= numbers.LONGEST and written.isprintable() and " " not in written


@FUZZ
@given(st.one_of(mixed(PROSE, NUMBER_PIECES, mutated(CITATIONS), max_size=30),
                 st.text(max_size=300)))
def test_the_citation_finder_never_fails_and_keeps_to_the_text(text):
    found = references.find(text)
    for earlier, later in zip(found, found[1:], strict=False):
        assert earlier.end <= later.start
    for reference in found:
        assert 0 <= reference.start < reference.end <= len(text)
        assert text[reference.start:].lower().startswith(reference.type_word.lower())
        assert reference.partial == (reference.number is None)


class _Structure(HTMLParser):
    """The tags of a piece of HTML, with their attributes, in order; text left out."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, tuple(attrs)))

    def handle_endtag(self, tag):
        self.tags.append((f"/{tag}", ()))

    def handle_comment(self, data):
        self.tags.append(("!--", (data,)))


def structure(html):
    parser = _Structure()
    parser.feed(html)
    parser.close()
    return parser.tags


CITATION_LINK = re.compile(r'<a class="citation" href="[^"<>]*" title="[^"<>]*">([^<]*)</a>')


def _text(prose):
    return prose.map(escape)


@st.composite
def article_html(draw):
    """An article body as Django and Wagtail write it: paragraphs of escaped text with bold,
    links, pictures with alt text, captions and line breaks."""
    prose = mixed(PROSE, mutated(CITATIONS), max_size=8)
    inline = st.one_of(
        _text(prose),
        _text(prose).map(lambda text: f"<strong>{text}</strong>"),
        st.tuples(_text(prose), _text(prose)).map(
            lambda pair: f'<a href="/tin-tuc/{pair[0]}">{pair[1]}</a>'),
        _text(prose).map(lambda text: f'<img alt="{text}" src="/media/anh.jpg">'),
        st.just("<br>"),
    )
    block = st.one_of(
        st.lists(inline, max_size=5).map(lambda parts: "<p>" + "".join(parts) + "</p>"),
        _text(prose).map(lambda text: f"<figure><figcaption>{text}</figcaption></figure>"),
        _text(prose).map(lambda text: f"<h2>{text}</h2>"),
    )
    return "".join(draw(st.lists(block, min_size=1, max_size=4)))


@pytest.fixture
def register(portal):
    """The default site, its register holding the documents the prose cites (their fields
    hostile as well: they go into the links' titles)."""
    for number, kind, issued_on in (("50-NQ/ĐUK", "Nghị quyết", date(2023, 4, 25)),
                                    ("959/QĐ-UBND", "Quyết định", date(2022, 6, 3)),
                                    ("42/2022/NĐ-CP", "Nghị định", date(2022, 6, 24)),
                                    ("01-KL/TW", "Kết luận", date(2021, 3, 5))):
        document = Document(site=portal["site"], number=number, kind=kind, issued_on=issued_on,
                            issuing_body="Ban Chấp hành <b>\"Đảng bộ\"</b> & 'tỉnh'",
                            summary="Tóm tắt có <script>alert(1)</script> & \"ngoặc\"")
        document.full_clean()
        document.save()
    return portal["site"]


@FUZZ_DB
@given(body=article_html())
def test_the_linker_adds_citation_links_and_changes_nothing_else(register, body):
    linked = references.link(body, site=register, on=date(2024, 1, 1))
    unlinked = CITATION_LINK.sub(r"\1", linked)
    assert structure(unlinked) == structure(body)
    assert htmllib.unescape(unlinked) == htmllib.unescape(body)


@FUZZ_DB
@given(lead=st.one_of(mixed(PROSE, mutated(CITATIONS), max_size=20), st.text(max_size=200)))
def test_the_linker_keeps_plain_text_as_text(register, lead):
    linked = references.link(conditional_escape(lead), site=register, on=date(2024, 1, 1))
    assert htmllib.unescape(CITATION_LINK.sub(r"\1", linked)) == lead
    assert all(tag == "a" or tag == "/a" for tag, _attrs in structure(linked))


CHARSETS = st.sampled_from([
    "utf-8", "UTF-8", "windows-1258", "cp1258", "latin-1", "ascii", "utf-16", "utf-32",
    "utf-7", "utf-8-sig", "idna", "punycode", "undefined", "rot13", "base64", "hex", "zlib",
    "uu", "unicode_escape", "raw_unicode_escape", "charmap", "x-khong-co", "", "\"", "utf8",
])
LINES = st.sampled_from([
    "Hội nghị giao ban khối Đảng quý IV năm 2022", "06/10/2022 14:32", "Lượt xem 1.204",
    "Sáng 6/10, Thường trực Tỉnh ủy chủ trì hội nghị giao ban các cơ quan khối Đảng.",
    "Đồng chí Bí thư phát biểu chỉ đạo hội nghị và giao nhiệm vụ cho các ban, ngành. " * 2,
    "Tin liên quan", "Chuyên mục: Tin trong tỉnh", "Theo Báo Đông Lâm", "Hương Dịu",
    "Hoäi nghò giao ban", "Ñaûng uûy", "Cập nhật: (12/08/2019 10:05)", "",
])


@st.composite
def saved_pages(draw):
    """A saved HTML page, its charset declared (or some codec that is none), with hostile
    markup and text among an article's lines."""
    lines = draw(st.lists(st.one_of(LINES, HOSTILE, mixed(max_size=6)), max_size=14))
    tags = draw(st.lists(st.sampled_from(["p", "h1", "div", "td", "figcaption", "li", "script",
                                          "style", "em", "nav", "textarea", "svg"]),
                         min_size=len(lines), max_size=len(lines)))
    body = "".join(f"<{tag}>{line}</{tag}>" for tag, line in zip(tags, lines, strict=True))
    page = (f'<html><head><meta charset="{draw(CHARSETS)}"><title>{draw(LINES)}</title>'
            f"</head><body>{body}</body></html>")
    return page.encode(draw(st.sampled_from(["utf-8", "cp1258", "latin-1"])), "replace")


@FUZZ
@given(st.one_of(
    saved_pages(),
    st.binary(max_size=3000),
    st.lists(st.one_of(LINES, HOSTILE, mixed(max_size=6)), max_size=20).map(
        lambda lines: "\n".join(lines).encode("utf-8", "surrogatepass")),
))
def test_the_importer_reads_any_bytes_or_refuses_them_as_documented(data):
    try:
        article = pipeline.read(Source("trang-cu.html", data))
    except (reading.Unreadable, NotAnArticle) as error:  # what import_legacy reports
        assert str(error)
        return
    assert article.title and article.lead


@FUZZ
@given(st.one_of(mixed(PROSE, NUMBER_PIECES, max_size=40), st.text(max_size=400)))
def test_the_search_query_parser_never_fails_and_yields_engine_safe_words(text):
    query = normalise.parse(text)
    assert len(query.terms) <= normalise.MAX_TERMS
    for group in query.groups():
        assert group and all(re.fullmatch(r"\w+", token) for token in group)
    assert normalise.index_text(text) == " ".join(normalise.index_text(text).split())


@FUZZ_DB
@given(text=st.one_of(mixed(PROSE, max_size=20), st.text(max_size=120)))
def test_any_query_runs_on_the_search_engine_in_use(portal, text):
    results = service.run(text, site=portal["site"])
    assert all(hit.entry.page_id for hit in results.hits)
