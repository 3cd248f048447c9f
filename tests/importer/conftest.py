"""The importer's fixtures: pages written by the team in the style of old portals, and their
expected values, read from fixtures/README.md (one source of truth for both)."""

import re
import shutil
import unicodedata
from pathlib import Path

import pytest
from django.conf import settings

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _value(raw):
    raw = raw.strip()
    return None if raw in ("none", "") else raw


def expectations():
    """Return {file name: {field: value}} from the README's per-file lists."""
    text = (FIXTURES / "README.md").read_text(encoding="utf-8")
    found = {}
    for block in re.split(r"^### \d+\. ", text, flags=re.MULTILINE)[1:]:
        name = re.match(r"`([^`]+)`", block).group(1)
        fields = {}
        for key, raw in re.findall(r"^- ([a-z_ ,]+): (.*)$", block, flags=re.MULTILINE):
            fields[key] = raw
        found[name] = fields
    return found


def quoted(raw):
    return re.findall(r'"([^"]+)"', raw)


def backquoted(raw):
    return re.findall(r"`([^`]+)`", raw)


def to_cp1258(text):
    """Encode as Windows-1258 does: precomposed where the code page has the letter, else the
    letter without its tone and the tone as a combining mark."""
    out = bytearray()
    for character in unicodedata.normalize("NFC", text):
        try:
            out += character.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", character)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
        out += (base + "".join(c for c in parts if c in TONES)).encode("cp1258")
    return bytes(out)


def kept_files():
    """The original files the importer keeps (in the test settings' temporary folder)."""
    root = Path(settings.IMPORT_ORIGINALS_ROOT)
    return sorted(p.name for p in root.rglob("*") if p.is_file()) if root.exists() else []


@pytest.fixture(autouse=True)
def no_kept_files():
    """Each test starts with no original file kept (the database starts empty too)."""
    shutil.rmtree(settings.IMPORT_ORIGINALS_ROOT, ignore_errors=True)


VNI_TONES = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
VNI_CIRCUMFLEX = {"": "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã",
                  "\u0323": "ä"}
VNI_BREVE = {"": "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü",
             "\u0323": "ë"}
VNI_I = {"\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}


def _vni_letter(character):
    parts = unicodedata.normalize("NFD", character.lower())
    base, marks = parts[0], parts[1:]
    tone = next((mark for mark in marks if mark in VNI_TONES), "")
    if base == "đ":
        written = "ñ"
    elif "\u031b" in marks:  # horn: ư, ơ
        written = {"u": "ö", "o": "ô"}[base] + VNI_TONES.get(tone, "")
    elif "\u0302" in marks:
        written = base + VNI_CIRCUMFLEX[tone]
    elif "\u0306" in marks:
        written = base + VNI_BREVE[tone]
    elif base == "i" and tone:
        written = VNI_I[tone]
    elif base == "y" and tone == "\u0323":
        written = "î"
    else:
        written = base + VNI_TONES.get(tone, "")
    return written.upper() if character.isupper() else written


def to_vni(text):
    """Write Vietnamese as the VNI fonts did: Latin-1 letters standing for the marks (the
    format's published table), as bytes."""
    return "".join(_vni_letter(c) if ord(c) > 127 else c
                   for c in unicodedata.normalize("NFC", text)).encode("cp1252")
