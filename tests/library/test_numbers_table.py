"""Table-driven tests for document numbers (số, ký hiệu văn bản); citations in prose are in
test_citations_table.py.

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

import pytest

from bantin.library import numbers

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


def test_the_table_is_big_enough_and_written_in_nfc():
    assert len(NUMBERS) >= 70
    assert len(MALFORMED) >= 15
    assert {row.values[6] for row in NUMBERS} == {"party", "state", "normative"}
    for value in [row.values[0] for row in NUMBERS] + [row.values[1] for row in NUMBERS]:
        assert value == unicodedata.normalize("NFC", value), ascii(value)
