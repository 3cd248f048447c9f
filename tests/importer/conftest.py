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
