"""The Vietnamese catalogue: complete, compiled, and what the pages actually show."""

import unicodedata
from pathlib import Path

import polib
import pytest
from django.utils import translation

import bantin

CATALOGUE = Path(bantin.__file__).parent / "locale" / "vi" / "LC_MESSAGES"


@pytest.fixture(scope="module")
def po():
    return polib.pofile(str(CATALOGUE / "django.po"))


def test_every_message_is_translated_and_none_is_fuzzy(po):
    assert po.percent_translated() == 100
    assert not po.fuzzy_entries()


def test_compiled_catalogue_matches_the_source(po):
    mo = {entry.msgid: entry.msgstr for entry in polib.mofile(str(CATALOGUE / "django.mo"))}
    assert {entry.msgid: entry.msgstr for entry in po.translated_entries()} == {
        key: value for key, value in mo.items() if key
    }


def test_translations_are_nfc(po):
    for entry in po:
        assert unicodedata.normalize("NFC", entry.msgstr) == entry.msgstr, entry.msgid


def test_the_active_language_is_vietnamese(settings):
    assert settings.LANGUAGE_CODE == "vi"
    assert settings.TIME_ZONE == "Asia/Ho_Chi_Minh"
    with translation.override("vi"):
        assert translation.gettext("Larger text") == "Tăng cỡ chữ"


def test_admin_is_in_vietnamese(admin_client):
    page = admin_client.get("/quan-tri/").content.decode()
    assert 'lang="vi"' in page
    assert "Trang tổng quan" in page
