"""Our Vietnamese for the libraries' admin strings (bantin/third_party_locale): with their own
catalogues it covers every string of the installed Wagtail, django-taggit and django-filter,
keeps each placeholder, and the admin shows it."""

import re
import unicodedata
from pathlib import Path

import django_filters
import polib
import pytest
import taggit
import wagtail

import bantin

OURS = Path(bantin.__file__).parent / "third_party_locale" / "vi" / "LC_MESSAGES"
# Each library's catalogue that lists its strings (django-filter ships no English one).
SOURCES = {Path(wagtail.__file__).parent: "en", Path(taggit.__file__).parent: "en",
           Path(django_filters.__file__).parent: "fr"}
PLACEHOLDER = re.compile(r"%\([^)]+\)[sdfi]|%[sdfi]|\{[^{}]*\}")
DOMAINS = ("django", "djangojs")


def _keys(path, *, translated_only):
    entries = polib.pofile(str(path))
    return {(entry.msgctxt, entry.msgid) for entry in entries
            if entry.msgid and not entry.obsolete
            and (entry.translated() or not translated_only)}


@pytest.fixture(scope="module", params=DOMAINS)
def domain(request):
    return request.param


@pytest.fixture(scope="module")
def ours(domain):
    return polib.pofile(str(OURS / f"{domain}.po"))


def test_every_library_string_has_vietnamese(domain, ours):
    wanted = set()
    translated = {(entry.msgctxt, entry.msgid) for entry in ours.translated_entries()}
    for package, language in SOURCES.items():
        for listed in package.rglob(f"locale/{language}/LC_MESSAGES/{domain}.po"):
            wanted |= _keys(listed, translated_only=False)
            vietnamese = listed.parent.parent.parent / "vi" / "LC_MESSAGES" / f"{domain}.po"
            if vietnamese.exists():
                translated |= _keys(vietnamese, translated_only=True)
    missing = sorted(wanted - translated, key=str)
    # After an upgrade this lists the new strings to add to bantin/third_party_locale.
    assert not missing, missing[:20]


def test_translations_keep_placeholders_and_are_nfc(ours):
    assert not ours.fuzzy_entries()
    for entry in ours:
        english = entry.msgid_plural or entry.msgid
        for text in ([entry.msgstr] if not entry.msgid_plural else entry.msgstr_plural.values()):
            assert unicodedata.normalize("NFC", text) == text, entry.msgid
            assert sorted(PLACEHOLDER.findall(text)) in (
                sorted(PLACEHOLDER.findall(english)), sorted(PLACEHOLDER.findall(entry.msgid))
            ), entry.msgid


def test_compiled_catalogue_matches_the_source(domain, ours):
    compiled = {(entry.msgctxt, entry.msgid): entry.msgstr or entry.msgstr_plural
                for entry in polib.mofile(str(OURS / f"{domain}.mo")) if entry.msgid}
    assert compiled == {(entry.msgctxt, entry.msgid): entry.msgstr or entry.msgstr_plural
                        for entry in ours.translated_entries()}


@pytest.mark.parametrize("url", ["/quan-tri/", "/quan-tri/images/", "/quan-tri/documents/",
                                 "/quan-tri/pages/", "/quan-tri/snippets/"])
def test_the_admin_menu_and_pages_speak_vietnamese(admin_client, url):
    page = admin_client.get(url, follow=True).content.decode()
    shown = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", re.sub(
        r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)))
    for english in ("Images", "Documents", "Help", "Snippets", "Reports", "Settings",
                    "Search", "Collections"):
        assert not re.search(rf"\b{english}\b", shown), (url, english)


def test_the_article_editor_speaks_vietnamese(admin_client, portal):
    article = portal["articles"][0]
    page = admin_client.get(f"/quan-tri/pages/{article.pk}/edit/").content.decode()
    assert "Các thẻ, cách nhau bằng dấu phẩy." in page  # django-taggit's help text
    for english in (">Save draft<", ">Publish<", "A comma-separated list of tags."):
        assert english not in page
