"""Tests for the demo article generator: reproducible, varied, well-formed and original text."""

import re
import unicodedata
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest

from bantin.news import demo_words
from bantin.news.demo_text import (
    REFERENCE_DATE,
    SECTION_SLUGS,
    generate_articles,
    site_slogans,
)

SEED_PAGES = Path(__file__).resolve().parents[3] / "shared" / "seeds"
TITLED_PERSON = re.compile(r"[Đđ]ồng chí ([^,.;:]+?), ([^,.;:]+)")
DOCUMENT = re.compile(
    r"(?:Nghị quyết|Chỉ thị|Kết luận|Quyết định|Kế hoạch|Nghị định) số (\S+?)[,.;]?(?:\s|$)")
DOCUMENT_NUMBER = re.compile(
    r"\d{2,4}-(?:NQ|CT|KL|QĐ|KH)/(?:TU|ĐUK)|\d{3,4}/QĐ-UBND|\d{1,3}/20\d\d/NĐ-CP")
LEAD_DATE = re.compile(r"^(?:Sáng|Chiều|Ngày) (\d{1,2})/(\d{1,2}),")


@pytest.fixture(scope="module")
def articles():
    return generate_articles(seed=2024, count=90)


def _words(text):
    return len(text.split())


def _body(article):
    return " ".join([article.lead, *article.paragraphs])


def _all_text(article):
    return [article.title, article.kicker, article.lead, *article.paragraphs, *article.captions,
            article.author, article.author_unit, article.source, *article.tags]


def _sentences(text):
    for line in text.splitlines():
        for part in line.split(". "):
            sentence = unicodedata.normalize("NFC", part).strip().rstrip("./").strip()
            if len(sentence) > 40:
                yield sentence


def test_same_seed_gives_the_same_articles(articles):
    assert generate_articles(seed=2024, count=90) == articles


def test_another_seed_gives_other_articles(articles):
    other = generate_articles(seed=7, count=90)
    assert [article.title for article in other] != [article.title for article in articles]
    shared = {article.lead for article in other} & {article.lead for article in articles}
    assert len(shared) <= 9  # a few short, slot-poor leads may coincide


def test_count_and_every_section_has_at_least_eight_articles(articles):
    assert len(articles) == 90
    sections = Counter(article.section for article in articles)
    assert set(sections) == set(SECTION_SLUGS)
    assert min(sections.values()) >= 8


def test_small_counts_still_cover_every_section():
    small = generate_articles(seed=3, count=16)
    assert len(small) == 16
    assert {article.section for article in small} == set(SECTION_SLUGS)


def test_titles_are_unique_and_eight_to_twenty_words_without_a_final_period(articles):
    titles = [article.title for article in articles]
    assert len(set(titles)) == len(titles)
    for title in titles:
        assert 8 <= _words(title) <= 20, title
        assert not title.endswith("."), title


def test_all_text_is_nfc_normalised(articles):
    texts = [text for article in articles for text in _all_text(article)] + site_slogans()
    for text in texts:
        assert unicodedata.normalize("NFC", text) == text, text


def test_lead_is_one_or_two_sentences_of_thirty_to_seventy_words(articles):
    for article in articles:
        assert 30 <= _words(article.lead) <= 70, article.lead
        assert 1 <= len(re.findall(r"\.(?:\s|$)", article.lead)) <= 2, article.lead


def test_four_to_nine_paragraphs_of_fifty_to_one_hundred_forty_words(articles):
    for article in articles:
        assert 4 <= len(article.paragraphs) <= 9, article.title
        for paragraph in article.paragraphs:
            assert 50 <= _words(paragraph) <= 140, paragraph


def test_captions_tags_byline_and_time_are_within_bounds(articles):
    for article in articles:
        assert 1 <= len(article.captions) <= 3
        assert 2 <= len(article.tags) <= 4 and len(set(article.tags)) == len(article.tags)
        assert article.author
        assert 6 <= article.hour <= 21 and 0 <= article.minute <= 59
        assert 0 <= article.days_ago <= 720
    with_kicker = sum(bool(article.kicker) for article in articles)
    assert 15 <= with_kicker <= 50  # about one in three


def test_about_fifteen_articles_are_from_the_last_thirty_days(articles):
    assert 10 <= sum(article.days_ago <= 30 for article in articles) <= 25


def test_every_article_names_a_person_with_a_title(articles):
    def titled(match):
        name, title = match.group(1).split(), match.group(2)
        return 2 <= len(name) <= 5 and all(w[0].isupper() for w in name) and title[0].isupper()

    for article in articles:
        assert any(titled(match) for match in TITLED_PERSON.finditer(_body(article))), article.title


def test_each_leader_keeps_the_same_title_everywhere(articles):
    text = " ".join(" ".join(_all_text(article)) for article in articles)
    cast = list(demo_words.LEADERS.values())
    for name, title in cast:
        assert text.count(f"{name}, ") == text.count(f"{name}, {title}"), name
    assert sum(text.count(name) > 0 for name, _title in cast) >= 12


def _lead_date_fits(article, today):
    """Return None if the lead has no date, else whether it is 0-3 days before publication."""
    match = LEAD_DATE.match(article.lead)
    if not match:
        return None
    published = today - timedelta(days=article.days_ago)
    recent_days = [published - timedelta(days=back) for back in range(4)]
    return (int(match.group(1)), int(match.group(2))) in [(d.day, d.month) for d in recent_days]


def test_dates_in_the_lead_match_the_age_of_the_article(articles):
    checks = [_lead_date_fits(article, REFERENCE_DATE) for article in articles]
    assert checks.count(True) >= 45
    assert False not in checks


def test_dates_follow_the_given_today():
    today = date(2025, 3, 1)
    checks = [_lead_date_fits(article, today)
              for article in generate_articles(seed=5, count=14, today=today)]
    assert True in checks and False not in checks


def test_documents_use_official_numbering(articles):
    numbers = [number for article in articles for number in DOCUMENT.findall(_body(article))]
    assert len(numbers) >= 60
    for number in numbers:
        assert DOCUMENT_NUMBER.fullmatch(number), number


def test_site_slogans_are_two_upper_case_banners():
    slogans = site_slogans()
    assert len(slogans) == 2
    assert all(slogan == slogan.upper() and _words(slogan) >= 6 for slogan in slogans)


def test_no_generated_sentence_is_copied_from_the_seed_pages(articles):
    if not SEED_PAGES.is_dir():
        pytest.skip("no seed pages here")
    seen = {sentence for page in SEED_PAGES.glob("*.txt")
            for sentence in _sentences(page.read_text(encoding="utf-8"))}
    for article in articles + generate_articles(seed=1, count=90):
        for text in _all_text(article):
            copied = [sentence for sentence in _sentences(text) if sentence in seen]
            assert not copied, copied
