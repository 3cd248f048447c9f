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

# Markup near the start: a page saved by a browser may open with a comment or an XML
# declaration before it.
HTML_MARKUP = re.compile(rb"<(?:!doctype\s+html|html|head|body|meta|div|table|p)[\s>]",
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
DROPPED = ("script", "style", "noscript", "iframe", "object", "embed", "select", "button",
           "textarea", "nav", "svg", "template", "head", "input", "label")
# Forms with these are comment, poll or login forms: chrome. Other forms (ASP.NET pages wrap
# the whole page in one) keep their content.
CHROME_FORM = "textarea, input[type=radio], input[type=checkbox], input[type=password]"
# Whole class names (or ids) that say what an element holds.
HINT_CLASSES = {
    "section": {"breadcrumb", "breadcrumbs", "pathway", "chuyenmuc", "chuyen-muc", "cat-title",
                "cat-name", "category-title", "category-name", "danhmuc"},
    "lead": {"sapo", "summary", "lead", "tomtat", "tom-tat", "article-summary", "sapo-detail"},
    "caption": {"caption", "chuthich", "chu-thich", "image-desc", "img-caption",
                "wp-caption-text", "photo-caption"},
}
# A dump is hard-wrapped when this many lines longer than WRAPPED_LONG end near one column.
WRAPPED_LINES, WRAPPED_LONG, WRAPPED_MAX, WRAP_SLACK = 8, 50, 100, 12
LIST_MARKS = ("-", "•", "*", "+", "–")
LINK_MARKER = re.compile(r"\[(?:\d{1,4}|IMG|INLINE)\]")
SUBHEADINGS = {"h2", "h3", "h4", "h5", "h6"}
ITALIC = {"em", "i"}

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


def _western(data):
    """The bytes as Windows-1252 (VNI text was typed in it), Latin-1 where it has no letter."""
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


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
        # A charset naming a codec that is no text encoding: unknown or not for text
        # (LookupError: "rot13", "hex") or failing in its own way (UnicodeError: "punycode",
        # "undefined"), which import_legacy did not catch (issue 10, tests/security).
        except (UnicodeError, LookupError):
            continue
        if encoding not in ("cp1258", "windows-1258") or not _vni_in(_western(data)):
            break
    else:
        # Not UTF-8 nor what the page declares: VNI font text (its bytes are Western letters)
        # or Windows-1258, whose tones are bytes VNI uses for letters.
        text = _western(data)
        if not _vni_in(text):
            try:
                text = data.decode("cp1258")
            except UnicodeDecodeError as error:
                raise Unreadable("không đọc được bảng mã của tệp") from error
    if _vni_in(text):
        text = _from_vni(text)
    return unicodedata.normalize("NFC", text)


def is_html(data):
    start = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    return start.startswith(b"<") and bool(HTML_MARKUP.search(start))


def _clean(text):
    return " ".join(INVISIBLE.sub("", text).replace("\xa0", " ").split())


def _wrap_width(lines):
    """The column a text dump was hard-wrapped at (`lynx -dump`, e-mail), or None: most long
    lines end within a few characters of it."""
    long = [len(line) for line in lines if len(line) > WRAPPED_LONG]
    if len(long) < WRAPPED_LINES:
        return None
    width = max(set(long), key=lambda w: sum(w - WRAP_SLACK <= other <= w for other in long))
    close = sum(width - WRAP_SLACK <= length <= width for length in long)
    return width if width <= WRAPPED_MAX and close >= 0.6 * len(long) else None


def text_lines(text):
    """Return the lines of a text dump; lines of a hard-wrapped dump are joined back into
    their paragraphs, and link and picture markers ("[3]", "[IMG]") dropped."""
    raw = [_clean(LINK_MARKER.sub("", line)) for line in text.splitlines()]
    width = _wrap_width([line for line in raw if line and (line[-1].isalpha() or line[-1] == ",")])
    lines, wrapped = [], False
    for line in raw:
        if not line:
            wrapped = False
            continue
        if wrapped and not line.startswith(LIST_MARKS):
            lines[-1] = Line(f"{lines[-1].text} {line}")
        else:
            lines.append(Line(line))
        wrapped = _broken(line, width)
    return lines


def _broken(line, width):
    """Whether a line of a dump wrapped at `width` goes on in the next: it is about as long as
    the width, and stops in a word or after a comma (not after a date, a number, a bracket)."""
    return (width is not None and len(line) >= width - WRAP_SLACK
            and (line[-1].isalpha() or line[-1] == ","))


def _hint(node):
    if node.tag == "h1":
        return "title"
    if node.tag == "figcaption":
        return "caption"
    if node.tag == "a" and "category" in (node.attributes.get("rel") or "").split():
        return "section"
    names = set((node.attributes.get("class") or "").lower().split())
    names.add((node.attributes.get("id") or "").lower())
    return next((hint for hint, known in HINT_CLASSES.items() if names & known), "")


def _italic_only(node):
    """Whether all the text of a block is in italics (how many portals set a caption)."""
    if "italic" in (node.attributes.get("style") or "").lower():
        return True
    italic = " ".join(_clean(child.text()) for child in node.iter() if child.tag in ITALIC)
    return bool(italic) and italic == _clean(node.text())


def _row(node):
    """A table row of text cells (figures, not layout): its cells as one line."""
    cells = [cell for cell in node.iter() if cell.tag in ("td", "th") and _clean(cell.text())]
    if len(cells) < 2 or any(inner.tag in BLOCKS - {"br"} for cell in cells
                             for inner in list(cell.traverse())[1:]):
        return None
    return " | ".join(_clean(cell.text()) for cell in cells)


def html_lines(text):
    """Return the lines of an HTML page: the text of its block elements, in order."""
    tree = LexborHTMLParser(text)
    for form in tree.css("form"):
        if form.css_first(CHROME_FORM):
            form.decompose()
    tree.strip_tags(list(DROPPED))
    tree.unwrap_tags(["form"])
    body = tree.body
    if body is None:
        return []
    lines, parts, hints = [], [], [""]
    after_image = [False]

    def flush(hint=None):
        cleaned = _clean("".join(parts))
        parts.clear()
        if cleaned:
            lines.append(Line(cleaned, hint or hints[-1]))
            after_image[0] = False

    def walk(node):
        for child in node.iter(include_text=True):
            if child.tag == "-text":
                parts.append(child.text_content or "")
            elif child.tag == "img":
                after_image[0] = True
                if hints[-1] == "section":  # an arrow between a breadcrumb's steps
                    parts.append(" › ")
            elif child.tag == "tr" and (row := _row(child)):
                flush()
                lines.append(Line(row, "table"))
            elif child.tag in BLOCKS or _hint(child):
                flush()
                hint = _hint(child)
                if not hint and child.tag in SUBHEADINGS:
                    hint = "subheading"
                elif not hint and after_image[0] and _italic_only(child):
                    hint = "caption"
                hints.append(hint or hints[-1])
                walk(child)
                flush()
                hints.pop()
            elif child.tag != "-comment":
                walk(child)

    walk(body)
    flush()
    return lines
