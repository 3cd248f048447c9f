"""Citations of documents in Vietnamese prose: "Nghị quyết số 50-NQ/ĐUK, ngày 25/4/2023 của
Ban Chấp hành ...", "Quyết định của Bộ Chính trị số 31-QĐ/TW", "Nghị định 42/2022/NĐ-CP", a bare
"959/QĐ-UBND", and partial ones ("Kết luận 01") that name no type or issuer.

find() returns them in order with their spans, the type word as written, the number (through
numbers.parse, so what it refuses is no citation) and the date when one follows.
"""

import html
import re
from dataclasses import dataclass
from datetime import date

from bantin.library import numbers

# Type words, longest first so that "Thông tư liên tịch" wins over "Thông tư".
TYPE_WORDS = sorted([
    "Nghị quyết liên tịch", "Nghị quyết", "Quyết định", "Quy định", "Chỉ thị", "Kết luận",
    "Quy chế", "Thông tri", "Hướng dẫn", "Thông báo", "Thông cáo", "Báo cáo", "Kế hoạch",
    "Quy hoạch", "Chương trình", "Đề án", "Phương án", "Dự án", "Tờ trình", "Công văn",
    "Biên bản", "Công điện", "Nghị định", "Thông tư liên tịch", "Thông tư", "Luật",
    "Pháp lệnh", "Giấy mời", "Hợp đồng",
], key=len, reverse=True)
# Those cited by a bare number ("Kết luận 01"); "Báo cáo 9 tháng", "Chương trình 135" are not.
PARTIAL_WORDS = ("Nghị quyết", "Quyết định", "Quy định", "Chỉ thị", "Kết luận", "Thông tri",
                 "Hướng dẫn", "Nghị định", "Thông tư", "Kế hoạch")
TYPE = "|".join(re.escape(word) for word in TYPE_WORDS)
LETTER = r"[^\W\d_]"
# A number as prose writes it, spaces and dashes of any kind allowed around "-" and "/".
DASH = r"\s?[-\u2010-\u2015\u2212]\s?"
SLASH = r"\s?/\s?"
NUMBER = re.compile(
    rf"(?<![\w/.-])\d{{1,6}}(?:(?:{DASH})?{LETTER}\w*{SLASH}{LETTER}[\w-]*\w"
    rf"|{SLASH}(?:\d{{4}}{SLASH})?{LETTER}[\w-]*\w|{SLASH}\d{{4}}{SLASH}{LETTER}+\d{{1,2}})"
    r"(?![\w/])")
# Before a number: the type word, then "số", or an issuer or a name and "số" ("Quyết định của
# Bộ Chính trị số 31-QĐ/TW", "Luật Doanh nghiệp số 59/2020/QH14"); the phrase between never
# crosses a sentence nor holds another type word.
BEFORE = re.compile(rf"({TYPE})(?:\s+(?:(?!{TYPE})[^.;:!?\n]){{1,80}}?\s+số|\s+số)?"
                    r"\s*[:(]?\s*$", re.IGNORECASE)
PARTIAL = re.compile(
    rf"\b({'|'.join(PARTIAL_WORDS)})\s+(?:số\s+)?(\d{{1,4}})(?![\w/-]|[.,]\d|\s*(?:tháng|năm|ngày|%|"
    r"giờ|phút|người|đồng))", re.IGNORECASE)
# The year ends the date: "năm 202250-NQ/ĐUK" is no year 2022 followed by a number (issue 10).
DATE = re.compile(
    r"\s*,?\s*(?:ban hành\s+)?ngày\s+(?:(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})"
    r"|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4}))(?!\d)", re.IGNORECASE)
LOOK_BACK = 150


@dataclass
class Reference:
    start: int
    end: int
    type_word: str  # as written; "" for a bare number
    number: numbers.DocumentNumber | None
    partial: bool
    date: date | None


def _date_after(text, at):
    """The date written right after position `at` ("ngày 25/4/2023"), and where it ends."""
    match = DATE.match(text, at)
    if not match:
        return None, at
    day, month, year = (int(part) for part in (match.group(1, 2, 3) if match.group(1)
                                                  else match.group(4, 5, 6)))
    try:
        return date(year, month, day), match.end()
    except ValueError:
        return None, at


def find(text):
    """Return the References in `text`, in order and never overlapping. Any text is taken:
    find() raises nothing (tests/security/test_fuzzing.py)."""
    found = []
    for match in NUMBER.finditer(text):
        # A number starting inside the date of the citation before it is part of that date
        # ("ngày 24 tháng 6 năm 2022/..."): citations never overlap (issue 10).
        if found and match.start() < found[-1].end:
            continue
        try:
            number = numbers.parse(match.group())
        except ValueError:
            continue
        # Looking back no further than the citation before ("Công văn số 3241/UBND-KT và số
        # 86-KH/TU": the second has no type word of its own).
        after_previous = found[-1].end if found else 0
        before = BEFORE.search(text, max(after_previous, match.start() - LOOK_BACK),
                               match.start())
        start, type_word = (before.start(), before.group(1)) if before else (match.start(), "")
        when, end = _date_after(text, match.end())
        found.append(Reference(start, end, type_word, number, False, when))
    taken = [(reference.start, reference.end) for reference in found]
    for match in PARTIAL.finditer(text):
        if any(start <= match.start() < end for start, end in taken):
            continue
        # A case-insensitive match also takes lookalike letters ("Thông trı" with a dotless ı):
        # such a word is no type word (issue 10, found by tests/security/test_fuzzing.py).
        if match.group(1).lower() not in PARTIAL_TYPES:
            continue
        when, end = _date_after(text, match.end())
        found.append(Reference(match.start(), end, match.group(1), None, True, when))
    return sorted(found, key=lambda reference: reference.start)


# A partial citation ("Kết luận 01") is linked when the register holds exactly one document of
# its type and number issued in the years before the article.
PARTIAL_YEARS = 5
PARTIAL_TYPES = {"nghị quyết": {"NQ"}, "quyết định": {"QĐ"}, "quy định": {"QĐ", "QyĐ"},
                 "chỉ thị": {"CT"}, "kết luận": {"KL"}, "thông tri": {"TT"},
                 "hướng dẫn": {"HD"}, "nghị định": {"NĐ"}, "thông tư": {"TT"},
                 "kế hoạch": {"KH"}}
TAG = re.compile(r"(<[^>]*>)")


def _documents(cited, *, site, on, restricted=False):
    """The documents of `site` (public ones, unless `restricted`) that each (text, Reference)
    of `cited` points to, in the same order: a document, or None. One query for every full
    number; one more per partial citation."""
    from bantin.library.models import Document  # the register; find() needs no database

    held = Document.objects.filter(site=site) if restricted else Document.objects.public(site)
    numbered = {str(reference.number) for _text, reference in cited if reference.number}
    by_number = {}
    for document in held.filter(number__in=numbered).order_by("issued_on"):
        by_number.setdefault(document.number, []).append(document)
    documents = []
    for text, reference in cited:
        if reference.number:
            candidates = by_number.get(str(reference.number), [])
            if reference.date:
                candidates = [d for d in candidates if d.issued_on == reference.date]
            elif on:
                candidates = [d for d in candidates if d.issued_on <= on] or candidates
            documents.append(candidates[-1] if candidates else None)
            continue
        number = int(PARTIAL.match(text, reference.start).group(2))
        matches = list(held.filter(
            number_value=number, type__in=PARTIAL_TYPES[reference.type_word.lower()],
            **({"issued_on__lte": on, "issued_on__year__gte": on.year - PARTIAL_YEARS}
               if on else {}))[:2])
        documents.append(matches[0] if len(matches) == 1 else None)
    return documents


def link(html_text, *, site, on=None):
    """Return `html_text` with each citation the register of `site` holds (public documents
    only) linked to its page (`site` may be a function returning it, called only if there are
    citations); `on` is the article's date, for numbers used again in other
    years and for partial citations. Text inside links and tags is left as it is."""
    parts, texts, inside_link = TAG.split(str(html_text)), {}, False
    for at, part in enumerate(parts):
        if part.startswith("<"):
            name = (part[1:-1].split(None, 1) or [""])[0].lower()
            inside_link = name == "a" or (inside_link and name != "/a")
        elif not inside_link and part.strip():
            texts[at] = html.unescape(part)
    cited = [(at, reference) for at, plain in texts.items() for reference in find(plain)]
    if not cited:
        return "".join(parts)
    if callable(site):
        site = site()
    documents = _documents([(texts[at], reference) for at, reference in cited], site=site,
                           on=on)
    linked = {}
    for (at, reference), document in zip(cited, documents, strict=True):
        if document:
            linked.setdefault(at, []).append((reference, document))
    for at, references in linked.items():
        parts[at] = _linked_text(texts[at], references)
    return "".join(parts)


def _linked_text(plain, linked):
    """`plain` text, escaped, with each (Reference, document) of `linked` made a link."""
    out, at = [], 0
    for reference, document in linked:
        out.append(html.escape(plain[at:reference.start], quote=False))
        out.append(f'<a class="citation" href="{html.escape(document.get_absolute_url())}" '
                   f'title="{html.escape(document.summary)}">'
                   f"{html.escape(plain[reference.start:reference.end], quote=False)}</a>")
        at = reference.end
    out.append(html.escape(plain[at:], quote=False))
    return "".join(out)


def unregistered(text, *, site, on=None):
    """The full citations in plain `text` that the register of `site` does not hold yet (each
    number once, in order of first mention): what an editor may add to it."""
    found = [reference for reference in find(text) if reference.number]
    documents = _documents([(text, reference) for reference in found], site=site, on=on,
                           restricted=True)
    missing = {}
    for reference, document in zip(found, documents, strict=True):
        if document is None:
            missing.setdefault(str(reference.number), reference)
    return list(missing.values())
