"""The numbering grammar of Vietnamese official documents.

Three systems write a document's number ("số, ký hiệu") differently:

- Party documents (Hướng dẫn 36-HD/VPTW): number, hyphen, type, slash, issuer:
  "50-NQ/ĐUK", "05-CTr/ĐUK", "125-HD/TWĐTN-VP".
- State administrative documents (Nghị định 30/2020/NĐ-CP): number, slash, type, hyphen, issuer:
  "959/QĐ-UBND"; a công văn has no type, only the issuer and its unit: "3241/SNV-TT".
- State normative documents: number, slash, year, slash, type, hyphen, issuer: "42/2022/NĐ-CP",
  "02/2011/TTLT-VPCP-BNV"; laws and resolutions of the National Assembly: "148/2025/QH15".

parse() reads what real text contains (a Latin "Ð" for "Đ", spaces and dashes of any kind,
a missing hyphen, the type in the wrong case or without its "Đ") and returns a DocumentNumber
whose str() is the canonical form, numbers below 10 with a leading zero as both systems
prescribe. Anything else raises ValueError, its message saying what is wrong.
"""

import re
import unicodedata
from dataclasses import dataclass

from bantin.core.text import fold_vi

PARTY_TYPES = {
    "NQ": "Nghị quyết", "QĐ": "Quyết định, Quy định", "CT": "Chỉ thị", "KL": "Kết luận",
    "QC": "Quy chế", "TT": "Thông tri", "HD": "Hướng dẫn", "TB": "Thông báo",
    "TC": "Thông cáo", "BC": "Báo cáo", "KH": "Kế hoạch", "QH": "Quy hoạch",
    "CTr": "Chương trình", "ĐA": "Đề án", "PA": "Phương án", "TTr": "Tờ trình",
    "CV": "Công văn", "BB": "Biên bản", "GM": "Giấy mời", "GT": "Giấy giới thiệu",
    "CN": "Giấy chứng nhận", "UN": "Giấy ủy nhiệm", "NP": "Giấy nghỉ phép",
    "PG": "Phiếu gửi", "PC": "Phiếu chuyển", "BS": "Bản sao",
}
STATE_TYPES = {
    "NQ": "Nghị quyết", "QĐ": "Quyết định", "CT": "Chỉ thị", "QC": "Quy chế",
    "QyĐ": "Quy định", "TC": "Thông cáo", "TB": "Thông báo", "HD": "Hướng dẫn",
    "CTr": "Chương trình", "KH": "Kế hoạch", "PA": "Phương án", "ĐA": "Đề án", "DA": "Dự án",
    "BC": "Báo cáo", "BB": "Biên bản", "TTr": "Tờ trình", "HĐ": "Hợp đồng", "CĐ": "Công điện",
    "GN": "Bản ghi nhớ", "TTh": "Bản thỏa thuận", "GUQ": "Giấy ủy quyền", "GM": "Giấy mời",
    "GGT": "Giấy giới thiệu", "GNP": "Giấy nghỉ phép", "PG": "Phiếu gửi", "PC": "Phiếu chuyển",
    "PB": "Phiếu báo", "CV": "Công văn",
}
NORMATIVE_TYPES = {
    "NĐ": "Nghị định", "TT": "Thông tư", "TTLT": "Thông tư liên tịch", "QĐ": "Quyết định",
    "NQ": "Nghị quyết", "NQLT": "Nghị quyết liên tịch", "L": "Luật", "PL": "Pháp lệnh",
    "CT": "Chỉ thị", "": "Luật, Nghị quyết, Pháp lệnh",
}
TYPE_NAMES = {**NORMATIVE_TYPES, **STATE_TYPES, **PARTY_TYPES}
SYSTEM_TYPES = {"party": PARTY_TYPES, "state": STATE_TYPES, "normative": NORMATIVE_TYPES}

LONGEST = 60
LARGEST = 999_999
YEARS = (1945, 2100)
DASHES = re.compile("[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]")
CODE = r"[^\W\d_][^\W_]*"  # a letter, then letters or digits: "ĐUK", "TWĐTN", "QH15"
ISSUER = re.compile(rf"{CODE}(?:-{CODE})*")
PARTY = re.compile(rf"(\d+)-?({CODE})/(.+)")
NORMATIVE = re.compile(r"(\d+)/(\d+)/(.+)")
STATE = re.compile(r"(\d+)/(.+)")
ASSEMBLY = re.compile(r"(?:UBTVQH|QH)\d{1,2}")  # "QH15": the National Assembly of term 15


@dataclass(frozen=True)
class DocumentNumber:
    number: int
    type: str  # the canonical abbreviation: "NQ", "QĐ", "CTr"; a công văn's is "CV"
    issuer: str
    year: int | None
    system: str  # "party", "state" or "normative"

    def __str__(self):
        if self.system == "party":
            return f"{self.number:02d}-{self.type}/{self.issuer}"
        if self.system == "normative":
            kind = f"{self.type}-" if self.type else ""
            return f"{self.number:02d}/{self.year}/{kind}{self.issuer}"
        if self.type == "CV":
            return f"{self.number:02d}/{self.issuer}"
        return f"{self.number:02d}/{self.type}-{self.issuer}"

    @property
    def type_name(self):
        return SYSTEM_TYPES[self.system].get(self.type, "")


def _normalised(text):
    text = unicodedata.normalize("NFC", text or "").replace("\u00d0", "Đ").replace("\u00f0", "đ")
    text = DASHES.sub("-", text.replace("\u00a0", " ")).strip()
    return re.sub(r"\s*([-/])\s*", r"\1", text)


def _type(written, system):
    """The canonical abbreviation of a type as written ("Ctr", "QD"), or None."""
    types = SYSTEM_TYPES[system]
    exact = {abbreviation.upper(): abbreviation for abbreviation in types}
    if written.upper() in exact:
        return exact[written.upper()]
    folded = {fold_vi(abbreviation).upper(): abbreviation for abbreviation in types}
    return folded.get(fold_vi(written).upper())


def _issuer(written, whole):
    if not ISSUER.fullmatch(written):
        raise ValueError(f"Số văn bản „{whole}“: cơ quan ban hành „{written}“ không hợp lệ.")
    return written.upper() if written.islower() else written


def _number(digits, whole):
    number = int(digits)
    if not 0 < number <= LARGEST:
        raise ValueError(f"Số văn bản „{whole}“: số thứ tự {digits} không hợp lệ.")
    return number


def parse(text):
    """Return the DocumentNumber written in `text`, or raise ValueError saying what is wrong
    (ValueError itself, never another exception, whatever the text)."""
    number = _parsed(text)
    if len(str(number)) > LONGEST:  # the canonical form may be longer than the one typed
        raise ValueError(f"Số văn bản „{number}“ dài quá {LONGEST} ký tự.")
    return number


def _parsed(text):
    whole = _normalised(text)
    if not whole:
        raise ValueError("Chưa nhập số văn bản.")
    if len(whole) > LONGEST or any(c.isspace() or not c.isprintable() for c in whole):
        shown = "".join(c if c.isprintable() else "�" for c in whole[:LONGEST])
        raise ValueError(f"„{shown}“ không phải là số, ký hiệu văn bản.")
    if match := NORMATIVE.fullmatch(whole):
        digits, year, tail = match.groups()
        if len(year) != 4 or not YEARS[0] <= int(year) <= YEARS[1]:
            raise ValueError(f"Số văn bản „{whole}“: năm {year} không hợp lệ.")
        if ASSEMBLY.fullmatch(tail.upper()):
            return DocumentNumber(_number(digits, whole), "", tail.upper(), int(year),
                                  "normative")
        kind, _hyphen, issuer = tail.partition("-")
        canonical = _type(kind, "normative")
        if not canonical or not issuer:
            raise ValueError(f"Số văn bản „{whole}“: thiếu loại văn bản hoặc cơ quan ban hành "
                             "sau năm (như NĐ-CP, TT-BTC).")
        return DocumentNumber(_number(digits, whole), canonical, _issuer(issuer, whole),
                              int(year), "normative")
    if match := PARTY.fullmatch(whole):
        digits, kind, issuer = match.groups()
        canonical = _type(kind, "party")
        if canonical is None:
            raise ValueError(f"Số văn bản „{whole}“: „{kind}“ không phải loại văn bản của Đảng.")
        return DocumentNumber(_number(digits, whole), canonical, _issuer(issuer, whole), None,
                              "party")
    if match := STATE.fullmatch(whole):
        digits, tail = match.groups()
        kind, _hyphen, issuer = tail.partition("-")
        canonical = _type(kind, "state")
        if canonical and canonical != "CV" and not issuer:
            raise ValueError(f"Số văn bản „{whole}“ thiếu cơ quan ban hành sau loại văn bản.")
        if canonical and canonical != "CV":
            return DocumentNumber(_number(digits, whole), canonical, _issuer(issuer, whole),
                                  None, "state")
        # No type: a công văn, numbered by its issuer and unit ("3241/SNV-TT").
        return DocumentNumber(_number(digits, whole), "CV", _issuer(tail, whole), None, "state")
    if re.fullmatch(r"\d+", whole):
        raise ValueError(f"Số văn bản „{whole}“ thiếu ký hiệu (loại văn bản, cơ quan ban hành).")
    raise ValueError(f"„{whole}“ không phải là số, ký hiệu văn bản (như 50-NQ/ĐUK, "
                     "959/QĐ-UBND, 42/2022/NĐ-CP).")
