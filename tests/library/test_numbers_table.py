"""Table-driven tests for document numbers (số, ký hiệu văn bản) and citations in prose.

The expectations come from Vietnamese administrative practice, not from the implementation:

- Party documents (Quy định 66-QĐ/TW, Hướng dẫn 36-HD/VPTW): ``50-NQ/ĐUK``, a hyphen before the
  type and a slash before the issuer, no year.
- State administrative documents (Nghị định 30/2020/NĐ-CP, Phụ lục I): ``959/QĐ-UBND``, a slash
  before the type and a hyphen before the issuer; a công văn has no type: ``3241/SNV-TT``.
- Normative documents: ``42/2022/NĐ-CP`` with the year; laws and resolutions of the National
  Assembly and its Standing Committee carry no type: ``59/2020/QH14``, ``35/2023/UBTVQH15``.

Canonical forms pad numbers below 10 with a zero and repair what editors and old converters
leave behind: the Latin eth "Ð" for "Đ", stray spaces and dashes, a missing hyphen, the wrong
case or plain ASCII in the type.
"""

import unicodedata
from typing import NamedTuple

import pytest

from bantin.library import numbers, references

ETH = "\u00d0"  # "Ð", Latin capital eth, which TCVN3 and VNI converters put in place of "Đ"
NBSP = "\u00a0"

# (input, canonical str, number, type, issuer, year, system)
NUMBERS = [
    # Party documents: number-TYPE/ISSUER.
    pytest.param("50-NQ/ĐUK", "50-NQ/ĐUK", 50, "NQ", "ĐUK", None, "party", id="party-nq-duk"),
    pytest.param("1047-QĐ/TU", "1047-QĐ/TU", 1047, "QĐ", "TU", None, "party", id="party-qd-tu"),
    pytest.param("04-QĐ/TW", "04-QĐ/TW", 4, "QĐ", "TW", None, "party", id="party-quy-dinh-tw"),
    pytest.param("42-CT/TW", "42-CT/TW", 42, "CT", "TW", None, "party", id="party-ct-tw"),
    pytest.param("01-KL/TW", "01-KL/TW", 1, "KL", "TW", None, "party", id="party-kl-tw"),
    pytest.param("15-QC/ĐU", "15-QC/ĐU", 15, "QC", "ĐU", None, "party", id="party-qc-du"),
    pytest.param("07-TT/TU", "07-TT/TU", 7, "TT", "TU", None, "party", id="party-thong-tri"),
    pytest.param("36-HD/VPTW", "36-HD/VPTW", 36, "HD", "VPTW", None, "party", id="party-hd-vptw"),
    pytest.param("112-TB/HU", "112-TB/HU", 112, "TB", "HU", None, "party", id="party-tb-hu"),
    pytest.param("210-BC/ĐUK", "210-BC/ĐUK", 210, "BC", "ĐUK", None, "party", id="party-bc-duk"),
    pytest.param("45-KH/TU", "45-KH/TU", 45, "KH", "TU", None, "party", id="party-kh-tu"),
    pytest.param("05-CTr/TU", "05-CTr/TU", 5, "CTr", "TU", None, "party", id="party-ctr-tu"),
    pytest.param("06-ĐA/TU", "06-ĐA/TU", 6, "ĐA", "TU", None, "party", id="party-de-an"),
    pytest.param("02-PA/ĐUK", "02-PA/ĐUK", 2, "PA", "ĐUK", None, "party", id="party-pa-duk"),
    pytest.param(
        "14-TTr/BTCTW", "14-TTr/BTCTW", 14, "TTr", "BTCTW", None, "party", id="party-ttr-btctw"
    ),
    pytest.param("858-CV/ĐUK", "858-CV/ĐUK", 858, "CV", "ĐUK", None, "party", id="party-cv-duk"),
    pytest.param("09-BB/ĐU", "09-BB/ĐU", 9, "BB", "ĐU", None, "party", id="party-bb-du"),
    pytest.param(
        "123-CV/TWĐTN-VP", "123-CV/TWĐTN-VP", 123, "CV", "TWĐTN-VP", None, "party",
        id="party-issuer-two-parts",
    ),
    pytest.param(
        "27-KH/TWĐTN-BTG", "27-KH/TWĐTN-BTG", 27, "KH", "TWĐTN-BTG", None, "party",
        id="party-issuer-doan-btg",
    ),
    pytest.param("88-HD/BTGTU", "88-HD/BTGTU", 88, "HD", "BTGTU", None, "party", id="party-btgtu"),
    pytest.param("35-NQ/TW", "35-NQ/TW", 35, "NQ", "TW", None, "party", id="party-nq-tw"),
    pytest.param("15-NQ/BCSĐ", "15-NQ/BCSĐ", 15, "NQ", "BCSĐ", None, "party", id="party-bcsd"),
    pytest.param(
        "19-TB/UBKTTU", "19-TB/UBKTTU", 19, "TB", "UBKTTU", None, "party", id="party-ubkttu"
    ),
    # Party pitfalls: padding, spaces, dashes, missing hyphen, case, ASCII, eth.
    pytest.param("5-CTr/ĐUK", "05-CTr/ĐUK", 5, "CTr", "ĐUK", None, "party", id="party-pad-ctr"),
    pytest.param("1-KL/TW", "01-KL/TW", 1, "KL", "TW", None, "party", id="party-pad-kl"),
    pytest.param("7-TB/VPTW", "07-TB/VPTW", 7, "TB", "VPTW", None, "party", id="party-pad-tb"),
    pytest.param("01 - NQ/ĐUK", "01-NQ/ĐUK", 1, "NQ", "ĐUK", None, "party", id="party-spaced-dash"),
    pytest.param("01–NQ/ĐUK", "01-NQ/ĐUK", 1, "NQ", "ĐUK", None, "party", id="party-en-dash"),
    pytest.param("12—KH/TU", "12-KH/TU", 12, "KH", "TU", None, "party", id="party-em-dash"),
    pytest.param("12\u2011KH/TU", "12-KH/TU", 12, "KH", "TU", None, "party", id="party-nb-hyphen"),
    pytest.param("30-TB / HU", "30-TB/HU", 30, "TB", "HU", None, "party", id="party-spaced-slash"),
    pytest.param("623 - QĐ / TU", "623-QĐ/TU", 623, "QĐ", "TU", None, "party", id="party-spaces"),
    pytest.param(
        f"210-BC/{NBSP}ĐUK", "210-BC/ĐUK", 210, "BC", "ĐUK", None, "party", id="party-nbsp-slash"
    ),
    pytest.param("  45-KH/TU\n", "45-KH/TU", 45, "KH", "TU", None, "party", id="party-outer-space"),
    pytest.param("858CV/ĐUK", "858-CV/ĐUK", 858, "CV", "ĐUK", None, "party", id="party-no-hyphen"),
    pytest.param("76KL/TW", "76-KL/TW", 76, "KL", "TW", None, "party", id="party-no-hyphen-kl"),
    pytest.param("05-Ctr/TU", "05-CTr/TU", 5, "CTr", "TU", None, "party", id="party-case-Ctr"),
    pytest.param("09-CTR/TU", "09-CTr/TU", 9, "CTr", "TU", None, "party", id="party-case-CTR"),
    pytest.param("50-nq/ĐUK", "50-NQ/ĐUK", 50, "NQ", "ĐUK", None, "party", id="party-case-nq"),
    pytest.param("14-ttr/HU", "14-TTr/HU", 14, "TTr", "HU", None, "party", id="party-case-ttr"),
    pytest.param("57-qđ/TU", "57-QĐ/TU", 57, "QĐ", "TU", None, "party", id="party-case-qd"),
    pytest.param("3-hd/ĐU", "03-HD/ĐU", 3, "HD", "ĐU", None, "party", id="party-case-pad-hd"),
    pytest.param("1047-QD/TU", "1047-QĐ/TU", 1047, "QĐ", "TU", None, "party", id="party-ascii-qd"),
    pytest.param("03-DA/TU", "03-ĐA/TU", 3, "ĐA", "TU", None, "party", id="party-ascii-da"),
    pytest.param(
        f"50-NQ/{ETH}UK", "50-NQ/ĐUK", 50, "NQ", "ĐUK", None, "party", id="party-eth-issuer"
    ),
    pytest.param(f"623-Q{ETH}/TU", "623-QĐ/TU", 623, "QĐ", "TU", None, "party", id="party-eth-qd"),
    # State administrative documents: number/TYPE-ISSUER, or number/ISSUER for a công văn.
    pytest.param("959/QĐ-UBND", "959/QĐ-UBND", 959, "QĐ", "UBND", None, "state", id="state-qd"),
    pytest.param("14/TTr-UBND", "14/TTr-UBND", 14, "TTr", "UBND", None, "state", id="state-ttr"),
    pytest.param("73/GM-UBND", "73/GM-UBND", 73, "GM", "UBND", None, "state", id="state-gm"),
    pytest.param("08/CĐ-UBND", "08/CĐ-UBND", 8, "CĐ", "UBND", None, "state", id="state-cd"),
    pytest.param("45/NQ-HĐND", "45/NQ-HĐND", 45, "NQ", "HĐND", None, "state", id="state-nq-hdnd"),
    pytest.param("17/CT-TTg", "17/CT-TTg", 17, "CT", "TTg", None, "state", id="state-ct-ttg"),
    pytest.param("30/NQ-CP", "30/NQ-CP", 30, "NQ", "CP", None, "state", id="state-nq-cp"),
    pytest.param("125/KH-UBND", "125/KH-UBND", 125, "KH", "UBND", None, "state", id="state-kh"),
    pytest.param("218/BC-UBND", "218/BC-UBND", 218, "BC", "UBND", None, "state", id="state-bc"),
    pytest.param("64/TB-VPCP", "64/TB-VPCP", 64, "TB", "VPCP", None, "state", id="state-tb-vpcp"),
    pytest.param("12/HD-SNV", "12/HD-SNV", 12, "HD", "SNV", None, "state", id="state-hd-snv"),
    pytest.param("03/QyĐ-UBND", "03/QyĐ-UBND", 3, "QyĐ", "UBND", None, "state", id="state-qyd"),
    pytest.param("01/QC-UBND", "01/QC-UBND", 1, "QC", "UBND", None, "state", id="state-qc"),
    pytest.param("11/TC-UBND", "11/TC-UBND", 11, "TC", "UBND", None, "state", id="state-tc"),
    pytest.param("21/CTr-UBND", "21/CTr-UBND", 21, "CTr", "UBND", None, "state", id="state-ctr"),
    pytest.param("135/PA-UBND", "135/PA-UBND", 135, "PA", "UBND", None, "state", id="state-pa"),
    pytest.param("35/ĐA-UBND", "35/ĐA-UBND", 35, "ĐA", "UBND", None, "state", id="state-de-an"),
    pytest.param("12/DA-UBND", "12/DA-UBND", 12, "DA", "UBND", None, "state", id="state-du-an"),
    pytest.param("06/BB-UBND", "06/BB-UBND", 6, "BB", "UBND", None, "state", id="state-bb"),
    pytest.param("15/HĐ-UBND", "15/HĐ-UBND", 15, "HĐ", "UBND", None, "state", id="state-hop-dong"),
    pytest.param("42/QĐ-BCĐ", "42/QĐ-BCĐ", 42, "QĐ", "BCĐ", None, "state", id="state-qd-bcd"),
    pytest.param("3241/SNV-TT", "3241/SNV-TT", 3241, "CV", "SNV-TT", None, "state", id="state-cv"),
    pytest.param(
        "2150/UBND-VX", "2150/UBND-VX", 2150, "CV", "UBND-VX", None, "state", id="state-cv-ubnd"
    ),
    pytest.param(
        "1234/TTg-KTTH", "1234/TTg-KTTH", 1234, "CV", "TTg-KTTH", None, "state", id="state-cv-ttg"
    ),
    pytest.param(
        "10234/BTC-NSNN", "10234/BTC-NSNN", 10234, "CV", "BTC-NSNN", None, "state",
        id="state-cv-five-digits",
    ),
    pytest.param(
        "456/HĐND-VP", "456/HĐND-VP", 456, "CV", "HĐND-VP", None, "state", id="state-cv-hdnd"
    ),
    pytest.param(
        "789/BNV-CCVC", "789/BNV-CCVC", 789, "CV", "BNV-CCVC", None, "state", id="state-cv-bnv"
    ),
    # State pitfalls.
    pytest.param("5/QĐ-UBND", "05/QĐ-UBND", 5, "QĐ", "UBND", None, "state", id="state-pad-qd"),
    pytest.param("7/GM-UBND", "07/GM-UBND", 7, "GM", "UBND", None, "state", id="state-pad-gm"),
    pytest.param("9/SNV-TT", "09/SNV-TT", 9, "CV", "SNV-TT", None, "state", id="state-pad-cv"),
    pytest.param(
        "959 / QĐ-UBND", "959/QĐ-UBND", 959, "QĐ", "UBND", None, "state", id="state-spaced-slash"
    ),
    pytest.param(
        "959/QĐ – UBND", "959/QĐ-UBND", 959, "QĐ", "UBND", None, "state", id="state-spaced-en-dash"
    ),
    pytest.param(
        "3241/SNV–TT", "3241/SNV-TT", 3241, "CV", "SNV-TT", None, "state", id="state-cv-en-dash"
    ),
    pytest.param("959/QD-UBND", "959/QĐ-UBND", 959, "QĐ", "UBND", None, "state", id="state-ascii"),
    pytest.param(
        f"959/Q{ETH}-UBND", "959/QĐ-UBND", 959, "QĐ", "UBND", None, "state", id="state-eth-type"
    ),
    pytest.param("25/Qđ-UBND", "25/QĐ-UBND", 25, "QĐ", "UBND", None, "state", id="state-case-qd"),
    pytest.param("14/ttr-UBND", "14/TTr-UBND", 14, "TTr", "UBND", None, "state", id="state-ttr-lc"),
    # Normative documents: number/year/TYPE-ISSUER, or number/year/ISSUER for laws.
    pytest.param(
        "42/2022/NĐ-CP", "42/2022/NĐ-CP", 42, "NĐ", "CP", 2022, "normative", id="norm-nghi-dinh"
    ),
    pytest.param(
        "30/2020/NĐ-CP", "30/2020/NĐ-CP", 30, "NĐ", "CP", 2020, "normative", id="norm-van-thu"
    ),
    pytest.param(
        "123/2020/NĐ-CP", "123/2020/NĐ-CP", 123, "NĐ", "CP", 2020, "normative", id="norm-nd-123"
    ),
    pytest.param(
        "02/2011/TTLT-VPCP-BNV", "02/2011/TTLT-VPCP-BNV", 2, "TTLT", "VPCP-BNV", 2011, "normative",
        id="norm-ttlt",
    ),
    pytest.param(
        "01/2023/TT-BTC", "01/2023/TT-BTC", 1, "TT", "BTC", 2023, "normative", id="norm-tt-btc"
    ),
    pytest.param(
        "01/2011/TT-BNV", "01/2011/TT-BNV", 1, "TT", "BNV", 2011, "normative", id="norm-tt-bnv"
    ),
    pytest.param(
        "32/2020/TT-BGDĐT", "32/2020/TT-BGDĐT", 32, "TT", "BGDĐT", 2020, "normative",
        id="norm-tt-bgddt",
    ),
    pytest.param(
        "19/2021/QĐ-TTg", "19/2021/QĐ-TTg", 19, "QĐ", "TTg", 2021, "normative", id="norm-qd-ttg"
    ),
    pytest.param(
        "28/2018/QĐ-TTg", "28/2018/QĐ-TTg", 28, "QĐ", "TTg", 2018, "normative", id="norm-qd-ttg-28"
    ),
    pytest.param(
        "15/2023/QĐ-UBND", "15/2023/QĐ-UBND", 15, "QĐ", "UBND", 2023, "normative",
        id="norm-qd-ubnd",
    ),
    pytest.param(
        "27/2021/NQ-HĐND", "27/2021/NQ-HĐND", 27, "NQ", "HĐND", 2021, "normative",
        id="norm-nq-hdnd",
    ),
    pytest.param("148/2025/QH15", "148/2025/QH15", 148, "", "QH15", 2025, "normative", id="law-15"),
    pytest.param("59/2020/QH14", "59/2020/QH14", 59, "", "QH14", 2020, "normative", id="law-qh14"),
    pytest.param("80/2015/QH13", "80/2015/QH13", 80, "", "QH13", 2015, "normative", id="law-qh13"),
    pytest.param(
        "35/2023/UBTVQH15", "35/2023/UBTVQH15", 35, "", "UBTVQH15", 2023, "normative",
        id="norm-ubtvqh",
    ),
    # Normative pitfalls.
    pytest.param(
        "30/2020/ND-CP", "30/2020/NĐ-CP", 30, "NĐ", "CP", 2020, "normative", id="norm-ascii-nd"
    ),
    pytest.param(
        "28/2018/QD-TTg", "28/2018/QĐ-TTg", 28, "QĐ", "TTg", 2018, "normative", id="norm-ascii-qd"
    ),
    pytest.param(
        "42 / 2022 / NĐ-CP", "42/2022/NĐ-CP", 42, "NĐ", "CP", 2022, "normative",
        id="norm-spaced-slashes",
    ),
    pytest.param(
        "30/2020/NĐ–CP", "30/2020/NĐ-CP", 30, "NĐ", "CP", 2020, "normative", id="norm-en-dash"
    ),
    pytest.param(
        f"30/2020/N{ETH}-CP", "30/2020/NĐ-CP", 30, "NĐ", "CP", 2020, "normative", id="norm-eth"
    ),
    pytest.param(
        "01/2023/tt-BTC", "01/2023/TT-BTC", 1, "TT", "BTC", 2023, "normative", id="norm-case-tt"
    ),
]

MALFORMED = [
    pytest.param("", id="empty"),
    pytest.param("   ", id="blank"),
    pytest.param("abc", id="word"),
    pytest.param("959", id="number-alone"),
    pytest.param("NQ/ĐUK", id="party-no-number"),
    pytest.param("50-/ĐUK", id="party-no-type"),
    pytest.param("50-NQ", id="party-no-issuer"),
    pytest.param("50-NQ/", id="party-empty-issuer"),
    pytest.param("50-XYZ/ĐUK", id="party-unknown-type"),
    pytest.param("ab-NQ/TU", id="party-letters-for-number"),
    pytest.param("0-NQ/ĐUK", id="party-number-zero"),
    pytest.param("00-NQ/ĐUK", id="party-number-double-zero"),
    pytest.param("9999999999-NQ/TU", id="party-absurd-number"),
    pytest.param("50-NQ/ĐUK/TU", id="party-too-many-parts"),
    pytest.param("50-NQ//ĐUK", id="party-double-slash"),
    pytest.param("50-NQ/ĐUK 51-NQ/ĐUK", id="two-numbers"),
    pytest.param("50-NQ/ĐUK, ngày 25/4/2023", id="trailing-date"),
    pytest.param("50-NQ/ĐUK; DROP TABLE", id="trailing-sql"),
    pytest.param("50-NQ/ĐUK\x00", id="trailing-nul"),
    pytest.param("50\x00-NQ/ĐUK", id="inner-nul"),
    pytest.param("A" * 1000, id="thousand-letters"),
    pytest.param("50-NQ/" + "Đ" * 994, id="thousand-char-issuer"),
    pytest.param("/QĐ-UBND", id="state-no-number"),
    pytest.param("959/", id="state-nothing-after-slash"),
    pytest.param("959/QĐ-", id="state-no-issuer"),
    pytest.param("0/QĐ-UBND", id="state-number-zero"),
    pytest.param("12345678/QĐ-UBND", id="state-eight-digits"),
    pytest.param("9/2022", id="month-year"),
    pytest.param("25/4/2023", id="date"),
    pytest.param("42/22/NĐ-CP", id="norm-two-digit-year"),
    pytest.param("42/20222/NĐ-CP", id="norm-five-digit-year"),
    pytest.param("42/2022/NĐ", id="norm-no-issuer"),
    pytest.param("42/2022/", id="norm-nothing-after-year"),
    pytest.param("0/2022/NĐ-CP", id="norm-number-zero"),
]


class C(NamedTuple):
    """An expected citation. The first four fields are compared with what ``find`` returns;
    ``written`` is the number exactly as the sentence spells it (defaults to the canonical form)."""

    type_word: str
    number: str | None
    partial: bool
    date: str | None
    written: str | None = None

    @property
    def as_written(self):
        return self.written or self.number


CITATIONS = [
    pytest.param(
        "Thực hiện Nghị quyết số 50-NQ/ĐUK, ngày 25/4/2023 của Ban Chấp hành Đảng bộ Khối các cơ "
        "quan tỉnh về nâng cao chất lượng sinh hoạt chi bộ, các chi bộ đã xây dựng kế hoạch cụ "
        "thể.",
        [C("Nghị quyết", "50-NQ/ĐUK", False, "2023-04-25")],
        id="date-after-comma",
    ),
    pytest.param(
        "Ban Thường vụ Tỉnh ủy ban hành Quyết định Số 623-QĐ/TU ngày 6/5/2019 về việc thành lập "
        "Ban Chỉ đạo phòng, chống tham nhũng.",
        [C("Quyết định", "623-QĐ/TU", False, "2019-05-06")],
        id="capital-so",
    ),
    pytest.param(
        "Sau 15 năm thực hiện Chỉ thị số 42-CT/TW, ngày 16/4/2010 của Bộ Chính trị về nâng cao "
        "chất lượng giáo dục lý tưởng cách mạng cho thế hệ trẻ, nhiều mô hình hay đã được nhân "
        "rộng.",
        [C("Chỉ thị", "42-CT/TW", False, "2010-04-16")],
        id="chi-thi-bo-chinh-tri",
    ),
    pytest.param(
        "Các cấp ủy tổ chức quán triệt Quy định số 04-QĐ/TW về trách nhiệm nêu gương của cán bộ, "
        "đảng viên.",
        [C("Quy định", "04-QĐ/TW", False, None)],
        id="quy-dinh-type-qd",
    ),
    pytest.param(
        "Việc lập hồ sơ được thực hiện theo Nghị định 42/2022/NĐ-CP của Chính phủ.",
        [C("Nghị định", "42/2022/NĐ-CP", False, None)],
        id="nghi-dinh-without-so",
    ),
    pytest.param(
        "Danh sách chi tiết xem tại 959/QĐ-UBND đính kèm.",
        [C("", "959/QĐ-UBND", False, None)],
        id="bare-number",
    ),
    pytest.param(
        "Thực hiện Quyết định của Bộ Chính trị số 31-QĐ/TW về quy chế làm việc, Đảng ủy Khối đã "
        "rà soát toàn bộ quy trình.",
        [C("Quyết định", "31-QĐ/TW", False, None)],
        id="issuer-between-type-and-so",
    ),
    pytest.param(
        "Chỉ thị số 15-CT/TU ngày 01-10-1997 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân "
        "vận vẫn còn nguyên giá trị.",
        [C("Chỉ thị", "15-CT/TU", False, "1997-10-01")],
        id="date-with-hyphens",
    ),
    pytest.param(
        "Thực hiện Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị và Kế hoạch số "
        "45-KH/TU ngày 10/01/2019 của Ban Thường vụ Tỉnh ủy, Ban Tuyên giáo đã mở nhiều lớp tập "
        "huấn.",
        [
            C("Nghị quyết", "35-NQ/TW", False, "2018-10-22"),
            C("Kế hoạch", "45-KH/TU", False, "2019-01-10"),
        ],
        id="two-joined-by-va",
    ),
    pytest.param(
        "Căn cứ Nghị định số 30/2020/NĐ-CP, Thông tư số 01/2011/TT-BNV và Quyết định số "
        "28/2018/QĐ-TTg, Văn phòng Ủy ban nhân dân tỉnh hướng dẫn thể thức văn bản.",
        [
            C("Nghị định", "30/2020/NĐ-CP", False, None),
            C("Thông tư", "01/2011/TT-BNV", False, None),
            C("Quyết định", "28/2018/QĐ-TTg", False, None),
        ],
        id="three-joined-by-commas",
    ),
    pytest.param(
        "Các chi bộ tiếp tục thực hiện nghị quyết số 21-NQ/TW về tăng cường củng cố, xây dựng tổ "
        "chức cơ sở đảng.",
        [C("nghị quyết", "21-NQ/TW", False, None)],
        id="lowercase-type-word",
    ),
    pytest.param(
        "TRIỂN KHAI NGHỊ QUYẾT SỐ 21-NQ/TW TẠI ĐẢNG BỘ KHỐI",
        [C("NGHỊ QUYẾT", "21-NQ/TW", False, None)],
        id="uppercase-headline",
    ),
    pytest.param(
        "Đảng bộ tiếp tục thực hiện Kết luận 01 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05 "
        "về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
        [
            C("Kết luận", None, True, None, "01"),
            C("Chỉ thị", None, True, None, "05"),
        ],
        id="partial-ket-luan-chi-thi",
    ),
    pytest.param(
        "Hội thảo bàn giải pháp thực hiện Nghị quyết 35 về bảo vệ nền tảng tư tưởng của Đảng trong "
        "tình hình mới.",
        [C("Nghị quyết", None, True, None, "35")],
        id="partial-nghi-quyet",
    ),
    pytest.param(
        "Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị (gọi tắt là Nghị quyết 35) là cơ "
        "sở để các cấp ủy đấu tranh phản bác các quan điểm sai trái.",
        [
            C("Nghị quyết", "35-NQ/TW", False, "2018-10-22"),
            C("Nghị quyết", None, True, None, "35"),
        ],
        id="full-then-partial",
    ),
    pytest.param(
        "Kế hoạch số 125-KH/ĐUK ngày 5 tháng 3 năm 2021 của Đảng ủy Khối đề ra 12 nhiệm vụ trọng "
        "tâm.",
        [C("Kế hoạch", "125-KH/ĐUK", False, "2021-03-05")],
        id="date-in-words",
    ),
    pytest.param(
        "Thông tư số 01/2011/TT-BNV ngày 19 tháng 01 năm 2011 của Bộ Nội vụ hướng dẫn thể thức và "
        "kỹ thuật trình bày văn bản hành chính.",
        [C("Thông tư", "01/2011/TT-BNV", False, "2011-01-19")],
        id="thong-tu-date-in-words",
    ),
    pytest.param(
        "Nội dung sinh hoạt chuyên đề thực hiện theo Hướng dẫn số 36-HD/VPTW",
        [C("Hướng dẫn", "36-HD/VPTW", False, None)],
        id="end-of-text",
    ),
    pytest.param(
        "Cuộc thi trực tuyến tìm hiểu “Chỉ thị số 05-CT/TW” thu hút hơn 12.000 lượt người tham "
        "gia.",
        [C("Chỉ thị", "05-CT/TW", False, None)],
        id="inside-quotes",
    ),
    pytest.param(
        "Ủy ban nhân dân huyện đã hoàn thành việc kiểm kê tài sản công (theo Kế hoạch số "
        "125/KH-UBND ngày 12/3/2024).",
        [C("Kế hoạch", "125/KH-UBND", False, "2024-03-12")],
        id="inside-parentheses",
    ),
    pytest.param(
        f"Thực hiện Nghị quyết số{NBSP}50-NQ/ĐUK, ngày{NBSP}25/4/2023, các đảng bộ cơ sở đã xây "
        "dựng chương trình hành động.",
        [C("Nghị quyết", "50-NQ/ĐUK", False, "2023-04-25")],
        id="nbsp-before-number-and-date",
    ),
    pytest.param(
        f"Căn cứ Quyết định{NBSP}số{NBSP}959/QĐ-UBND ngày{NBSP}15/3/2024 của Ủy ban nhân dân tỉnh.",
        [C("Quyết định", "959/QĐ-UBND", False, "2024-03-15")],
        id="nbsp-before-so",
    ),
    pytest.param(
        "Ngày 25/4/2023, Ban Chấp hành Đảng bộ Khối ban hành Nghị quyết số 50-NQ/ĐUK về nâng cao "
        "chất lượng sinh hoạt chi bộ.",
        [C("Nghị quyết", "50-NQ/ĐUK", False, None)],
        id="date-before-is-not-attached",
    ),
    pytest.param(
        "Theo khoản 2 Điều 8 Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ, số của văn "
        "bản được ghi bằng chữ số Ả Rập.",
        [C("Nghị định", "30/2020/NĐ-CP", False, "2020-03-05")],
        id="after-article-and-clause",
    ),
    pytest.param(
        "Quyết định số 959/QĐ-UBND ngày 15/3/2024 và Công văn số 2150/UBND-VX ngày 20/3/2024 của "
        "Ủy ban nhân dân tỉnh đã giao nhiệm vụ cụ thể cho từng sở, ngành.",
        [
            C("Quyết định", "959/QĐ-UBND", False, "2024-03-15"),
            C("Công văn", "2150/UBND-VX", False, "2024-03-20"),
        ],
        id="state-two-with-dates",
    ),
    pytest.param(
        "Sở Nội vụ có Công văn số 3241/SNV-TT ngày 20/9/2024 đề nghị các địa phương báo cáo số "
        "liệu trước ngày 30/9/2024.",
        [C("Công văn", "3241/SNV-TT", False, "2024-09-20")],
        id="state-cong-van",
    ),
    pytest.param(
        "Kèm theo Tờ trình số 14/TTr-UBND là Giấy mời số 73/GM-UBND gửi các đại biểu dự kỳ họp.",
        [
            C("Tờ trình", "14/TTr-UBND", False, None),
            C("Giấy mời", "73/GM-UBND", False, None),
        ],
        id="state-to-trinh-giay-moi",
    ),
    pytest.param(
        "Chủ tịch Ủy ban nhân dân tỉnh ban hành Công điện số 08/CĐ-UBND về ứng phó với bão số 3.",
        [C("Công điện", "08/CĐ-UBND", False, None)],
        id="state-cong-dien-and-storm-number",
    ),
    pytest.param(
        "Thực hiện Chỉ thị số 17/CT-TTg của Thủ tướng Chính phủ, tỉnh triển khai 5 nhóm giải pháp.",
        [C("Chỉ thị", "17/CT-TTg", False, None)],
        id="state-chi-thi-ttg",
    ),
    pytest.param(
        "Nghị quyết số 27/2021/NQ-HĐND ngày 10/12/2021 của Hội đồng nhân dân tỉnh quy định mức chi "
        "hỗ trợ người hoạt động không chuyên trách.",
        [C("Nghị quyết", "27/2021/NQ-HĐND", False, "2021-12-10")],
        id="normative-hdnd",
    ),
    pytest.param(
        "Luật Doanh nghiệp số 59/2020/QH14 ngày 17/6/2020 có hiệu lực từ ngày 01/01/2021.",
        [C("Luật", "59/2020/QH14", False, "2020-06-17")],
        id="law-with-name",
    ),
    pytest.param(
        "Theo Nghị quyết số 35/2023/UBTVQH15 ngày 12/7/2023 của Ủy ban Thường vụ Quốc hội, tỉnh "
        "sắp xếp lại 24 đơn vị hành chính cấp xã.",
        [C("Nghị quyết", "35/2023/UBTVQH15", False, "2023-07-12")],
        id="normative-ubtvqh",
    ),
    pytest.param(
        "Thông báo 112-TB/HU và Báo cáo 210-BC/ĐUK đều nhấn mạnh yêu cầu nâng cao chất lượng đảng "
        "viên.",
        [
            C("Thông báo", "112-TB/HU", False, None),
            C("Báo cáo", "210-BC/ĐUK", False, None),
        ],
        id="thong-bao-bao-cao-without-so",
    ),
    pytest.param(
        "Ban Thường vụ Đảng ủy Khối ban hành Chương trình số 5-CTr/ĐUK về chuyển đổi số trong các "
        "cơ quan đảng.",
        [C("Chương trình", "05-CTr/ĐUK", False, None, "5-CTr/ĐUK")],
        id="chuong-trinh-padded",
    ),
    pytest.param(
        "Đảng ủy Khối có Công văn 858CV/ĐUK đôn đốc việc thu, nộp đảng phí.",
        [C("Công văn", "858-CV/ĐUK", False, None, "858CV/ĐUK")],
        id="missing-hyphen",
    ),
    pytest.param(
        "Nghị quyết số 01–NQ/ĐUK ngày 12/01/2024 của Ban Thường vụ Đảng ủy Khối được triển khai "
        "đến toàn thể đảng viên.",
        [C("Nghị quyết", "01-NQ/ĐUK", False, "2024-01-12", "01–NQ/ĐUK")],
        id="en-dash",
    ),
    pytest.param(
        "Kế hoạch số 12 - KH/TU của Ban Thường vụ Tỉnh ủy yêu cầu hoàn thành trước quý IV.",
        [C("Kế hoạch", "12-KH/TU", False, None, "12 - KH/TU")],
        id="spaced-hyphen",
    ),
    pytest.param(
        f"Thực hiện Nghị quyết số 50-NQ/{ETH}UK của Đảng ủy Khối, chi bộ đã kết nạp 3 đảng "
        "viên mới.",
        [C("Nghị quyết", "50-NQ/ĐUK", False, None, f"50-NQ/{ETH}UK")],
        id="eth-for-d",
    ),
    pytest.param(
        "Đề án số 06-ĐA/TU về phát triển nguồn nhân lực và Phương án số 02-PA/ĐUK về sắp xếp bộ "
        "máy đã được thông qua.",
        [
            C("Đề án", "06-ĐA/TU", False, None),
            C("Phương án", "02-PA/ĐUK", False, None),
        ],
        id="de-an-phuong-an",
    ),
    pytest.param(
        "Quy chế số 15-QC/ĐU quy định rõ trách nhiệm của người đứng đầu cấp ủy.",
        [C("Quy chế", "15-QC/ĐU", False, None)],
        id="quy-che",
    ),
    pytest.param(
        "Tờ trình số 14-TTr/BTCTW ngày 3/8/2022 của Ban Tổ chức Trung ương đã được Ban Bí thư "
        "cho ý kiến.",
        [C("Tờ trình", "14-TTr/BTCTW", False, "2022-08-03")],
        id="party-to-trinh",
    ),
    pytest.param(
        "Trung ương Đoàn có Công văn số 123-CV/TWĐTN-VP hướng dẫn tổ chức Tháng Thanh niên "
        "năm 2025.",
        [C("Công văn", "123-CV/TWĐTN-VP", False, None)],
        id="multi-part-issuer",
    ),
    # Numbers that are not citations.
    pytest.param(
        "Năm 2023, Văn phòng tiếp nhận 459 văn bản đến, tăng 12,5% so với năm 2022; tỷ lệ văn bản "
        "được xử lý đúng hạn đạt 98%.",
        [],
        id="none-figures-and-percent",
    ),
    pytest.param(
        "Từ tháng 9/2022 đến nay, có 9/10 chi bộ được xếp loại hoàn thành tốt nhiệm vụ, đạt 50%.",
        [],
        id="none-month-year-and-ratio",
    ),
    pytest.param(
        "Mọi ý kiến phản ánh xin gửi về đường dây nóng 0236 3822 123 hoặc số di động 0905-123-456.",
        [],
        id="none-phone-numbers",
    ),
    pytest.param(
        "Đại hội XIII của Đảng xác định 6 nhiệm vụ trọng tâm và 3 đột phá chiến lược.",
        [],
        id="none-dai-hoi-xiii",
    ),
    pytest.param(
        "Hội nghị khai mạc lúc 8 giờ 30 phút, ngày 25/4/2023, tại Hội trường 2/9 của tỉnh.",
        [],
        id="none-date-and-hall",
    ),
    pytest.param(
        "Công trình mở rộng Quốc lộ 14B dài 12,5 km, đạt chứng nhận ISO 9001:2015, được khởi công "
        "trước đại dịch COVID-19.",
        [],
        id="none-road-iso-covid",
    ),
]


@pytest.mark.parametrize(
    ("text", "canonical", "number", "type_", "issuer", "year", "system"), NUMBERS
)
def test_parse_fields_and_canonical_form(text, canonical, number, type_, issuer, year, system):
    parsed = numbers.parse(text)
    assert (parsed.number, parsed.type, parsed.issuer, parsed.year, parsed.system) == (
        number, type_, issuer, year, system,
    )
    assert str(parsed) == canonical


@pytest.mark.parametrize(
    ("text", "canonical", "number", "type_", "issuer", "year", "system"), NUMBERS
)
def test_canonical_form_parses_back_to_the_same_number(
    text, canonical, number, type_, issuer, year, system
):
    parsed = numbers.parse(text)
    assert numbers.parse(str(parsed)) == parsed
    assert numbers.parse(canonical) == parsed


@pytest.mark.parametrize("text", MALFORMED)
def test_malformed_numbers_are_refused(text):
    with pytest.raises(ValueError) as refused:
        numbers.parse(text)
    assert str(refused.value).strip()


@pytest.mark.parametrize(("text", "expected"), CITATIONS)
def test_find_citations_in_prose(text, expected):
    found = references.find(text)
    assert [
        (
            ref.type_word,
            str(ref.number) if ref.number else None,
            ref.partial,
            ref.date.isoformat() if ref.date else None,
        )
        for ref in found
    ] == [tuple(cite)[:4] for cite in expected]
    for ref, cite in zip(found, expected, strict=True):
        span = text[ref.start:ref.end]
        assert span.startswith(cite.type_word or cite.as_written), span
        assert cite.as_written in span, span
        # The span runs through the number, or through the date that directly follows it; the
        # issuer phrase after that ("của Ban Chấp hành...") is left out.
        assert span.endswith(cite.date[:4] if cite.date else cite.as_written), span


def test_tables_are_big_enough_and_written_in_nfc():
    assert len(NUMBERS) >= 70
    assert len(MALFORMED) >= 15
    assert len(CITATIONS) >= 35
    assert {row.values[6] for row in NUMBERS} == {"party", "state", "normative"}
    strings = [row.values[0] for row in NUMBERS + CITATIONS] + [row.values[1] for row in NUMBERS]
    for value in strings:
        assert value == unicodedata.normalize("NFC", value), ascii(value)
