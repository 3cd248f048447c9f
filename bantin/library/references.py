"""Citations of documents in Vietnamese prose: "Nghị quyết số 50-NQ/ĐUK, ngày 25/4/2023 của
Ban Chấp hành ...", "Quyết định của Bộ Chính trị số 31-QĐ/TW", "Nghị định 42/2022/NĐ-CP", a bare
"959/QĐ-UBND", and partial ones ("Kết luận 01") that name no type or issuer.

find() returns them in order with their spans, the type word as written, the number (through
numbers.parse, so what it refuses is no citation) and the date when one follows.
"""

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
# Before a number: the type word, then "số", or an issuer phrase and "số" ("Quyết định của Bộ
# Chính trị số 31-QĐ/TW"); the phrase never crosses a sentence.
BEFORE = re.compile(rf"({TYPE})(?:\s+của\s+(?:(?!{TYPE})[^.;:!?\n]){{1,80}}?\s+số|\s+số)?"
                    r"\s*[:(]?\s*$", re.IGNORECASE)
PARTIAL = re.compile(
    rf"\b({'|'.join(PARTIAL_WORDS)})\s+(?:số\s+)?(\d{{1,4}})(?![\w/-]|[.,]\d|\s*(?:tháng|năm|ngày|%|"
    r"giờ|phút|người|đồng))", re.IGNORECASE)
DATE = re.compile(
    r"\s*,?\s*(?:ban hành\s+)?ngày\s+(?:(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})"
    r"|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4}))", re.IGNORECASE)
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
    """Return the References in `text`, in order."""
    found = []
    for match in NUMBER.finditer(text):
        try:
            number = numbers.parse(match.group())
        except ValueError:
            continue
        before = BEFORE.search(text, max(0, match.start() - LOOK_BACK), match.start())
        start, type_word = (before.start(), before.group(1)) if before else (match.start(), "")
        when, end = _date_after(text, match.end())
        found.append(Reference(start, end, type_word, number, False, when))
    taken = [(reference.start, reference.end) for reference in found]
    for match in PARTIAL.finditer(text):
        if any(start <= match.start() < end for start, end in taken):
            continue
        when, end = _date_after(text, match.end())
        found.append(Reference(match.start(), end, match.group(1), None, True, when))
    return sorted(found, key=lambda reference: reference.start)
