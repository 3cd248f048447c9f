"""The one normalisation both engines index and every query goes through."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bantin.search import normalise


@pytest.mark.parametrize(("text", "words"), [
    ("Hội nghị", ["hoi", "nghi"]),
    ("ĐẢNG ỦY KHỐI", ["dang", "uy", "khoi"]),
    ("Hội nghị", ["hoi", "nghi"]),  # decomposed (NFD) input
    ("tuyên giáo, giao ban!", ["tuyen", "giao", "giao", "ban"]),
    ("Phương Thị Thanh", ["phuong", "thi", "thanh"]),
])
def test_words_fold_case_tones_marks_and_d(text, words):
    assert normalise.words(text) == words


@pytest.mark.parametrize(("text", "token"), [
    ("Nghị quyết số 50-NQ/ĐUK", "50nqduk"),
    ("Quyết định 623-QĐ/TU ngày 5/3", "623qdtu"),
    ("Nghị định 13/2023/NĐ-CP", "132023ndcp"),
    ("Thông tư 01/2024/TT-BTC.", "012024ttbtc"),
])
def test_document_numbers_stay_one_token(text, token):
    assert normalise.codes(text) == [token]
    assert token in normalise.index_text(text).split()


def test_dates_and_plain_numbers_are_not_document_numbers():
    assert normalise.codes("ngày 06/10/2022, tăng 8,2%, COVID-19") == []


def test_the_query_keeps_phrases_numbers_and_the_diacritics_typed():
    query = normalise.parse('"giao ban" Hội nghị 50-NQ/ĐUK tuyen')
    assert query.terms == ["giao", "ban", "hoi", "nghi", "tuyen"]
    assert query.phrases == [["giao", "ban"]]
    assert query.codes == ["50nqduk"]
    assert query.exact == {"hoi": "hội", "nghi": "nghị"}
    assert query.groups() == [["giao"], ["ban"], ["hoi"], ["nghi"], ["tuyen"], ["giao", "ban"],
                              ["50nqduk"]]


def test_a_number_keeps_its_place_in_the_index_and_splits_a_phrase():
    assert normalise.index_text("Nghị quyết 50-NQ/ĐUK của Đảng ủy") == (
        "nghi quyet 50 nq duk 50nqduk cua dang uy")
    query = normalise.parse('"thực hiện Nghị quyết 50-NQ/ĐUK của Đảng ủy Khối"')
    assert query.phrases == [["thuc", "hien", "nghi", "quyet"], ["cua", "dang", "uy", "khoi"]]
    assert query.codes == ["50nqduk"]


@pytest.mark.parametrize("text", ["", "   ", '"', "*", ")", "-", "NEAR(", "\x00\x1b", "…"])
def test_syntax_and_noise_make_an_empty_or_plain_query(text):
    query = normalise.parse(text)
    assert all(term.isalnum() for term in query.terms)


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(['"', "*", "NEAR", "OR", ")", "(", "-", "hội", "nghị", "50-NQ/ĐUK",
                              "đ", "\x00", "\u202e", " ", "AND", "NOT", "^", ":", "'", "%", "\\"]),
             max_size=40).map("".join),
))
def test_any_query_parses_into_engine_safe_groups(text):
    query = normalise.parse(text)
    for group in query.groups():
        assert group and all(re.fullmatch(r"\w+", token) for token in group)
