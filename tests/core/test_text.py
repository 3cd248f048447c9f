"""ASCII slugs for Vietnamese titles."""

import pytest

from bantin.core.text import slugify_vi


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Đảng ủy Khối các cơ quan tỉnh", "dang-uy-khoi-cac-co-quan-tinh"),
        ("Giao ban 9 tháng đầu năm 2022", "giao-ban-9-thang-dau-nam-2022"),
        ("Nghị quyết số 50-NQ/ĐUK", "nghi-quyet-so-50-nqduk"),
        ("Tin trong tỉnh", "tin-trong-tinh"),
    ],
)
def test_vietnamese_titles_become_ascii_slugs(text, slug):
    assert slugify_vi(text) == slug


def test_slugs_are_cut_at_a_word_boundary_without_trailing_dash():
    assert not slugify_vi("Hội nghị " * 30, max_length=20).endswith("-")
