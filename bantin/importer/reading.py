"""Reading a saved page: its bytes decoded to text, and the text cut into Lines.

Old portals saved pages in UTF-8, Windows-1258 (tones as combining marks) or, before Unicode,
in the VNI font encoding (Vietnamese letters drawn with Latin-1 look-alikes: "Hoäi nghò").
HTML goes through selectolax (the Lexbor parser): scripts, styles, frames, forms and
navigation are dropped, block elements become lines, and headings, captions, breadcrumbs and
leads keep a hint of what they were.
"""

import re
import unicodedata

from selectolax.lexbor import LexborHTMLParser

from bantin.core.text import INVISIBLE
from bantin.importer.extraction import Line

HTML_START = re.compile(rb"^\s*(?:<!doctype html|<html|<head|<body|<meta|<div|<table|<p[\s>])",
                        re.IGNORECASE)
CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""", re.IGNORECASE)
# Bytes no text file holds: a binary file (image, archive, executable) is refused.
BINARY = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")

# VNI: a vowel, then a Latin-1 letter for its mark. (mark letter, lower) -> combining marks.
VNI_MARKS = {
    "ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323",  # tones
    "â": "\u0302", "á": "\u0302\u0301", "à": "\u0302\u0300", "å": "\u0302\u0309",
    "ã": "\u0302\u0303", "ä": "\u0302\u0323",  # circumflex, alone and with a tone
    "ê": "\u0306", "é": "\u0306\u0301", "è": "\u0306\u0300", "ú": "\u0306\u0309",
    "ü": "\u0306\u0303", "ë": "\u0306\u0323",  # breve, alone and with a tone
}
VNI_LETTERS = {"ö": "ư", "ô": "ơ", "ñ": "đ", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ"}
VNI_LETTERS |= {vni.upper(): letter.upper() for vni, letter in VNI_LETTERS.items()}
_MARK_LETTERS = "".join(VNI_MARKS) + "".join(VNI_MARKS).upper()
VNI_CHARACTER = re.compile(f"([aeiouyAEIOUYöôÖÔ])([{_MARK_LETTERS}])|([{''.join(VNI_LETTERS)}])")
# Sequences that give VNI text away: a vowel and a mark letter no Vietnamese word has.
VNI_TELLS = 3
VNI_TELL = re.compile("[aeouAEOU][äöëïüøõûÄÖËÏÜØÕÛ]|ñ[aeoiuö]|Ñ[AEOIUÖaeoiu]")

BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "tr", "br",
          "figcaption", "figure", "section", "article", "table", "ul", "ol", "dd", "dt",
          "blockquote", "header", "footer", "main", "center", "hr", "caption", "address"}
DROPPED = ("script", "style", "noscript", "iframe", "object", "embed", "form", "select",
           "button", "textarea", "nav", "svg", "template", "head", "input", "label")
HINT_CLASSES = (("breadcrumb", "section"), ("chuyenmuc", "section"), ("category", "section"),
                ("sapo", "lead"), ("summary", "lead"), ("lead", "lead"), ("tomtat", "lead"),
                ("caption", "caption"), ("chuthich", "caption"), ("image-desc", "caption"))


class Unreadable(ValueError):
    """The file is no page: binary, empty, or in an encoding nothing decodes."""


def _from_vni(text):
    def letter(match):
        vowel, mark, alone = match.groups()
        if alone:
            return VNI_LETTERS[alone]
        composed = unicodedata.normalize(
            "NFC", VNI_LETTERS.get(vowel.lower(), vowel.lower()) + VNI_MARKS[mark.lower()])
        return composed.upper() if vowel.isupper() else composed

    return VNI_CHARACTER.sub(letter, text)


def _vni_in(text):
    return len(VNI_TELL.findall(text)) >= VNI_TELLS


def decode(data):
    """Return the text of a saved page's bytes, in NFC, or raise Unreadable."""
    if not data.strip():
        raise Unreadable("tệp rỗng")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if BINARY.search(data[:4096]):
        raise Unreadable("tệp nhị phân, không phải trang web hay văn bản")
    declared = CHARSET.search(data[:4096])
    declared = declared.group(1).decode("ascii", "replace").lower() if declared else ""
    for encoding in [name for name in dict.fromkeys([declared, "utf-8"]) if name not in (
            "", "utf8")]:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if encoding not in ("cp1258", "windows-1258") or not _vni_in(data.decode("latin-1")):
            break
    else:
        # Not UTF-8 nor what the page declares: VNI font text (its bytes are Latin-1 letters)
        # or Windows-1258, whose tones are bytes VNI uses for letters.
        text = data.decode("latin-1")
        if not _vni_in(text):
            try:
                text = data.decode("cp1258")
            except UnicodeDecodeError as error:
                raise Unreadable("không đọc được bảng mã của tệp") from error
    if _vni_in(text):
        text = _from_vni(text)
    return unicodedata.normalize("NFC", text)


def is_html(data):
    return bool(HTML_START.match(data[:1024].lstrip(b"\xef\xbb\xbf")))


def _clean(text):
    return " ".join(INVISIBLE.sub("", text).replace("\xa0", " ").split())


def text_lines(text):
    return [Line(cleaned) for raw in text.splitlines() if (cleaned := _clean(raw))]


def _hint(node):
    if node.tag == "h1":
        return "title"
    if node.tag == "figcaption":
        return "caption"
    classes = (node.attributes.get("class") or "").lower() + " " + (
        node.attributes.get("id") or "").lower()
    return next((hint for name, hint in HINT_CLASSES if name in classes), "")


def html_lines(text):
    """Return the lines of an HTML page: the text of its block elements, in order."""
    tree = LexborHTMLParser(text)
    tree.strip_tags(list(DROPPED))
    body = tree.body
    if body is None:
        return []
    lines, parts, hints = [], [], [""]

    def flush():
        cleaned = _clean("".join(parts))
        parts.clear()
        if cleaned:
            lines.append(Line(cleaned, hints[-1]))

    def walk(node):
        for child in node.iter(include_text=True):
            if child.tag == "-text":
                parts.append(child.text_content or "")
            elif child.tag in BLOCKS:
                flush()
                hint = _hint(child)
                hints.append(hint or hints[-1])
                walk(child)
                flush()
                hints.pop()
            elif child.tag not in ("-comment", "img"):
                walk(child)

    walk(body)
    flush()
    return lines
