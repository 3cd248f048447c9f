"""Properties of the numbering grammar and the citation finder, on generated input: the parser
refuses with ValueError and nothing else, formatting a number and parsing it again gives the same
number, and any text yields citations whose spans hold their numbers."""

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bantin.library import numbers, references

ISSUERS = st.lists(st.sampled_from(["ĐUK", "TU", "TW", "HU", "ĐU", "UBND", "SNV", "TT", "CP",
                                    "BTC", "TTg", "VPCP", "BNV", "TWĐTN", "VP", "BTGTU"]),
                   min_size=1, max_size=3).map("-".join)
MANY = settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def document_numbers(draw):
    system = draw(st.sampled_from(["party", "state", "normative"]))
    types = [kind for kind in numbers.SYSTEM_TYPES[system] if kind]
    kind = draw(st.sampled_from(types))
    year = draw(st.integers(1990, 2030)) if system == "normative" else None
    issuer = draw(ISSUERS)
    if system == "state" and kind == "CV" and issuer.split("-")[0] in ("TT", "CP"):
        issuer = f"S{issuer}"  # a công văn's issuer is not itself a type ("TT")
    if system == "normative" and draw(st.booleans()):
        kind, issuer = "", f"QH{draw(st.integers(10, 16))}"
    return numbers.DocumentNumber(draw(st.integers(1, 999_999)), kind, issuer, year, system)


@MANY
@given(document_numbers())
def test_formatting_then_parsing_gives_the_same_number(number):
    assert numbers.parse(str(number)) == number
    assert str(numbers.parse(str(number))) == str(number)


@MANY
@given(st.one_of(
    st.text(max_size=80),
    st.lists(st.sampled_from(["50", "-", "/", "NQ", "ĐUK", "Ð", "QD", "2022", " ", "–", "0",
                              "CP", "ND", "QH15", "x", "\x00", "Ctr", "số "]),
             max_size=12).map("".join),
))
def test_the_parser_refuses_with_value_error_only(text):
    try:
        number = numbers.parse(text)
    except ValueError as error:
        assert str(error)
        return
    assert numbers.parse(str(number)) == number


@MANY
@given(st.lists(st.one_of(
    st.sampled_from(["Nghị quyết ", "số ", "Quyết định của Bộ Chính trị ", "Kết luận ", "ngày ",
                     "50-NQ/ĐUK", "959/QĐ-UBND", "42/2022/NĐ-CP", "25/4/2023", ", ", "01", " và ",
                     "5 tháng 3 năm 2021", "31/02/2020", "("]),
    st.text(max_size=10)), max_size=20).map("".join))
def test_citations_found_in_any_text_hold_their_numbers(text):
    found = references.find(text)
    assert [reference.start for reference in found] == sorted(r.start for r in found)
    assert all(earlier.end <= later.start
               for earlier, later in zip(found, found[1:], strict=False))
    for reference in found:
        assert 0 <= reference.start < reference.end <= len(text)
        assert reference.partial == (reference.number is None)


@pytest.mark.parametrize("text, message", [
    ("", "Chưa nhập"),
    ("50-XYZ/ĐUK", "XYZ"),
    ("42/22/NĐ-CP", "năm 22"),
    ("0-NQ/ĐUK", "số thứ tự 0"),
    ("125/QĐ", "thiếu cơ quan ban hành"),
    ("5NQ/" + "A" * 56, "dài quá 60"),  # 60 characters typed, 62 once written canonically
])
def test_refusals_say_what_is_wrong(text, message):
    with pytest.raises(ValueError, match=message):
        numbers.parse(text)


def test_two_numbers_after_one_type_word_are_two_citations_side_by_side():
    text = "Công văn số 3241/UBND-KT và số 86-KH/TU của Tỉnh ủy."
    found = references.find(text)
    assert [(text[r.start:r.end], r.type_word) for r in found] == [
        ("Công văn số 3241/UBND-KT", "Công văn"), ("86-KH/TU", "")]


def test_a_date_ends_with_its_four_digit_year():
    # "năm 202250-NQ/ĐUK": the date took "2022" from the number after it, whose citation then
    # overlapped it, and the linked text showed "2022" twice (issue 10, tests/security).
    text = "Nghị định 42/2022/NĐ-CP, ngày 24 tháng 6 năm 202250-NQ/ĐUK"
    found = references.find(text)
    assert [(text[r.start:r.end], r.date) for r in found] == [
        ("Nghị định 42/2022/NĐ-CP", None), ("202250-NQ/ĐUK", None)]



def test_a_number_inside_the_date_before_it_is_no_citation_of_its_own():
    text = "Nghị định 42/2022/NĐ-CP, ngày 24 tháng 6 năm 2022/UBND về cải cách"
    found = references.find(text)
    assert [(text[r.start:r.end], r.date) for r in found] == [
        ("Nghị định 42/2022/NĐ-CP, ngày 24 tháng 6 năm 2022", date(2022, 6, 24))]
