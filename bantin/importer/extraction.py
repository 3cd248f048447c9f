"""From an old portal's page to an article: the field rules.

A page, saved HTML or a text dump, becomes a list of Lines (html.lines and text.lines, in
reading.py); the rules below find in them the title, section, dates, lead, paragraphs,
captions, byline and view count, and drop the portal's chrome (block names, toolbars, slogans,
menus, link lists, polls, counters, comment forms). Lines read from HTML may carry a hint of
what their markup said they are (a heading, a caption, a breadcrumb, a lead).
"""

import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from django.utils import timezone

from bantin.core.text import fold_vi

TITLE_WORDS = (3, 60)
PROSE_CHARACTERS = 80  # a paragraph ends with a full stop and is at least this long...
LONG_PROSE = 300  # ...unless it is this long
CAPTION_CHARACTERS = 300
BYLINE_CHARACTERS = 120
SECTION_CHARACTERS = 100
HEAD_LINES = 3  # the publication date sits this close above the title, or below it
FIRST_YEAR = 1990  # no portal older than this

# Toolbars, share buttons and menus, folded: a line made of nothing else is chrome.
TOOL_WORDS = ("tang co chu", "giam co chu", "co chu", "in bai viet", "in bai", "in trang",
              "ban in", "dong lai", "dong", "gui email", "gui bai viet", "gui cho ban be",
              "chia se", "luu bai viet",
              "quay lai", "ve dau trang", "len dau trang", "xem tiep", "doc tiep", "tro ve",
              "facebook", "zalo", "twitter", "tweet", "email", "print", "a+", "a-", "a",
              "tim kiem", "dang nhap", "dang ky", "so do site", "so do trang", "rss",
              "english", "tieng viet", "lien he", "trang chu", "gioi thieu")
TOOLS = re.compile(r"(?<!\w)(?:" + "|".join(
    re.escape(word) for word in sorted(TOOL_WORDS, key=len, reverse=True)) + r")(?!\w)")
# Headings after which the article is over: link lists, polls, counters, comment forms.
END_HEADINGS = ("tin lien quan", "cac tin khac", "tin khac", "tin cung chuyen muc",
                "bai viet cung chuyen muc", "tin cung loai", "bai viet lien quan",
                "bai lien quan", "tin da dua", "cac tin da dua", "cac tin da dang",
                "tin da dang", "tin moi nhat", "tin moi", "tin xem nhieu", "xem nhieu nhat",
                "doc nhieu nhat", "tin doc nhieu", "lien ket banner", "lien ket web",
                "lien ket website", "lien ket", "video clip", "tham do y kien",
                "y kien ban doc", "gui y kien", "binh luan", "y kien cua ban", "gui binh luan",
                "so luot truy cap", "luot truy cap", "thong ke truy cap", "tu khoa", "tags",
                "van ban moi", "tieu diem", "thu vien anh", "hoi dap")
COUNTER = re.compile(r"truy cap|dang truc tuyen|nguoi truc tuyen|dang online|ban quyen|©|"
                     r"copyright|giay phep|chiu trach nhiem|ghi ro nguon")
BLOCK_NAME = re.compile(r"\bBlock_\w+|PublishingPortal|^\s*[\w.]+Portlet\b", re.IGNORECASE)
IMAGE_FILE = re.compile(r"^[\w\-. ()]{1,120}\.(?:jpe?g|png|gif|bmp|webp|tiff?)$", re.IGNORECASE)
BREADCRUMB = re.compile(r"\s*(?:»|>>|>|/|›|\|)\s*")
SECTION_LABEL = re.compile(r"^(?:chuyen muc|danh muc|muc)\s*:\s*", re.IGNORECASE)
BYLINE_PREFIX = re.compile(r"^(?:tác giả|tin, ảnh|tin và ảnh|bài, ảnh|bài và ảnh|tin|bài)\s*:\s*",
                           re.IGNORECASE)

# "06/10/2022", "09-12-2023 13:15", "18/01/2022 14:32", "16/05/2024 - 09:20", "03/04/2018 9:30"
DATE = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/-])"
                  r"(?:\s*(?:[-|,]|lúc)?\s*(\d{1,2})\s*[:hg]\s*(\d{2})(?!\d))?")
TIME_FIRST = re.compile(r"(?<!\d)(\d{1,2}):(\d{2})\s*(?:[-|,]\s*)?(?:ngày\s*)?$")  # "14:05 ngày "
# "Sáng 6/10", "Chiều ngày 27/9", "Ngày 8/11": a day and month only, at the start of the lead.
DAY_MONTH = re.compile(r"^\W*(?:\(\w+\)\s*[-–—:]?\s*)?(?:(?:sáng|chiều|trưa|tối|đêm|ngày|"
                       r"hôm)\s+)*(?:ngày\s+)?(\d{1,2})/(\d{1,2})(?![/\d])", re.IGNORECASE)
YEAR = re.compile(r"(?:năm|/|-)\s*((?:19|20)\d{2})(?!\d)")
UPDATED = re.compile(r"cap nhat|sua doi|chinh sua")
POSTED = re.compile(r"ngay dang|dang ngay|dang luc|ngay xuat ban|thoi gian dang|ngay dua tin")
VIEWS = re.compile(r"(?:lượt xem|số lần xem|số lần đọc|lượt đọc|số lượt xem|số lượt đọc|lần xem|"
                   r"lượt views?|views?)\s*[:：]?\s*[(\[]?\s*(\d{1,3}(?:[.,\s]\d{3})+|\d+)",
                   re.IGNORECASE)
SENTENCE_END = (".", "…", "./.", '."', ".”", ".)")


@dataclass
class Line:
    text: str
    hint: str = ""  # from HTML: "title", "caption", "section" or "lead"


@dataclass
class LegacyArticle:
    """What a page holds, as `import_legacy --dry-run --json` prints it."""

    source: str
    title: str = ""
    section: str = ""
    published_at: datetime | None = None
    published_at_inferred: bool = False
    updated_at: datetime | None = None
    author: str = ""
    lead: str = ""
    paragraphs: list = field(default_factory=list)
    captions: list = field(default_factory=list)
    views: int | None = None
    warnings: list = field(default_factory=list)

    def as_json(self):
        return {
            "source": self.source, "title": self.title, "section": self.section or None,
            "published_at": self.published_at.isoformat() if self.published_at else None,
            "published_at_inferred": self.published_at_inferred,
            "updated_at": self.updated_at.isoformat() if self.updated_at else None,
            "author": self.author or None, "lead": self.lead, "paragraphs": self.paragraphs,
            "captions": self.captions, "views": self.views, "warnings": self.warnings,
        }


class NotAnArticle(ValueError):
    """The page holds no article (a home page, a list, a broken save)."""


@functools.lru_cache(maxsize=4096)
def _folded(text):
    return " ".join(fold_vi(text).split())


def _is_end(text):
    folded = _folded(text).strip(" :.-–|[]()")
    return len(folded) <= 40 and any(folded == heading or folded.startswith(heading + " ")
                                     for heading in END_HEADINGS)


def _is_tools(text):
    """A toolbar, menu or share line: nothing but tool words, separated any way."""
    folded = _folded(text)
    rest = TOOLS.sub(" ", folded)
    return rest != folded and not re.sub(r"\W+", "", rest)


def _is_slogan(text):
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 20 and sum(c.isupper() for c in letters) / len(letters) > 0.85


@functools.lru_cache(maxsize=4096)
def is_chrome(text):
    """Whether a line is the portal's, not the article's."""
    folded = _folded(text)
    return bool(BLOCK_NAME.search(text) or IMAGE_FILE.match(text) or _is_tools(text)
                or _is_slogan(text) or (len(text) < 120 and COUNTER.search(folded)))


def is_prose(text):
    return len(text) >= LONG_PROSE or (len(text) >= PROSE_CHARACTERS
                                      and text.rstrip().endswith(SENTENCE_END))


def _local(day, month, year, hour=None, minute=None):
    """Return the aware datetime, or None when it is no real date of a portal."""
    try:
        moment = datetime(year, month, day, hour or 0, minute or 0)
    except ValueError:
        return None
    aware = timezone.make_aware(moment, timezone.get_default_timezone())
    if year < FIRST_YEAR or aware > timezone.now():
        return None
    return aware


def dated(text):
    """Yield each date written in `text`, with the time when given, and the words written
    before it since the previous date (its label: "Ngày đăng", "Cập nhật"...)."""
    label_from = 0
    for match in DATE.finditer(text):
        day, _sep, month, year, hour, minute = match.groups()
        if hour is None and (before := TIME_FIRST.search(text[:match.start()][-20:])):
            hour, minute = before.groups()
        if hour is not None and not (0 <= int(hour) < 24 and 0 <= int(minute) < 60):
            hour = minute = None
        moment = _local(int(day), int(month), int(year),
                        int(hour) if hour is not None else None,
                        int(minute) if minute is not None else None)
        if moment:
            yield moment, text[label_from:match.start()]
        label_from = match.end()


def dates_in(text):
    return [moment for moment, _label in dated(text)]


def views_in(text):
    folded = _folded(text)
    if COUNTER.search(folded):
        return None
    match = VIEWS.search(text)
    return int(re.sub(r"\D", "", match.group(1))) if match else None


def _join_continuations(lines):
    """A line that starts in lower case goes on the line before it (a caption or paragraph
    broken across lines)."""
    joined = []
    for line in lines:
        if (joined and line.text[:1].islower() and not joined[-1].text.endswith(SENTENCE_END)
                and not is_chrome(joined[-1].text) and not is_chrome(line.text)):
            joined[-1] = Line(f"{joined[-1].text} {line.text}", joined[-1].hint)
        else:
            joined.append(line)
    return joined


def _meta(line):
    """Whether a line is a date, views or similar meta line rather than text."""
    text = line.text
    return bool(dates_in(text) or views_in(text) is not None) and len(text) < 120 and not (
        is_prose(text))


def extract(lines, source):
    """Return the LegacyArticle of a page's lines, or raise NotAnArticle."""
    lines = _join_continuations([line for line in lines if line.text])
    article = LegacyArticle(source=source)
    lead_at = next((i for i, line in enumerate(lines) if line.hint == "lead"), None)
    if lead_at is None:
        lead_at = next((i for i, line in enumerate(lines)
                        if is_prose(line.text) and not is_chrome(line.text)), None)
    if lead_at is None:
        raise NotAnArticle("no prose paragraph")
    if lines[lead_at].hint != "lead" and _dated_below(lines, lead_at):
        # A headline written as a sentence, its date below it: the lead comes after.
        title_at = lead_at
        lead_at = next((i for i in range(title_at + 1, len(lines))
                        if is_prose(lines[i].text) and not is_chrome(lines[i].text)), None)
        if lead_at is None:
            raise NotAnArticle("no prose after the title")
    else:
        title_at = _title_at(lines, lead_at)
    if title_at is None:
        raise NotAnArticle("no title")
    article.title = re.sub(r"(?<!\.)\.$", "", lines[title_at].text)
    if title_at > lead_at:  # an HTML heading below a lead-looking block: the lead follows it
        lead_at = next((i for i in range(title_at + 1, len(lines))
                        if is_prose(lines[i].text) and not is_chrome(lines[i].text)), None)
        if lead_at is None:
            raise NotAnArticle("no prose after the title")
    article.section = _section(lines, title_at)
    end = next((i for i in range(lead_at + 1, len(lines)) if _is_end(lines[i].text)
                and lines[i].hint != "caption"), len(lines))
    _dates(article, lines[max(0, title_at - HEAD_LINES):lead_at], lines, lead_at, end)
    article.views = next((views for line in [*lines[max(0, title_at - 3):lead_at],
                                             *lines[lead_at:end]]
                          if (views := views_in(line.text)) is not None), None)
    article.lead = lines[lead_at].text
    _body(article, lines[lead_at + 1:end])
    if not article.paragraphs:
        article.warnings.append("Bài chỉ có một đoạn (sapo), không có thân bài.")
    return article


def _dated_below(lines, at):
    text = lines[at].text
    if len(text.split()) > TITLE_WORDS[1] or ". " in text.rstrip("."):
        return False
    following = next((line for line in lines[at + 1:] if not is_chrome(line.text)), None)
    return following is not None and _meta(following)


def _title_at(lines, lead_at):
    headings = [i for i, line in enumerate(lines)
                if line.hint == "title" and len(line.text.split()) >= TITLE_WORDS[0]]
    if headings:  # the heading nearest above the lead (a portal may set its name in one too)
        return next((i for i in reversed(headings) if i < lead_at), headings[0])
    for i in range(lead_at - 1, -1, -1):
        text = lines[i].text
        if is_chrome(text) or _meta(lines[i]) or _is_end(text):
            continue
        if TITLE_WORDS[0] <= len(text.split()) <= TITLE_WORDS[1] and not text.endswith(":"):
            return i
        return None
    return None


def _section(lines, title_at):
    hinted = [line.text for line in lines[:title_at] if line.hint == "section"]
    if hinted:
        return BREADCRUMB.split(hinted[-1])[-1].strip()
    for i in range(title_at - 1, max(-1, title_at - 4), -1):
        text = lines[i].text
        if _meta(lines[i]):
            continue
        if SECTION_LABEL.match(_folded(text)):
            return text.split(":", 1)[1].strip()
        if is_chrome(text) and not BREADCRUMB.search(text):
            return ""
        crumbs = [crumb for crumb in BREADCRUMB.split(text) if crumb]
        if len(crumbs) > 1 and _folded(crumbs[0]) == "trang chu":
            return crumbs[-1]
        if (len(text) <= SECTION_CHARACTERS and not is_prose(text) and len(crumbs) == 1
                and not text.endswith((".", ":"))):
            return text
        return ""
    return ""


def _dates(article, head, lines, lead_at, end):
    """Publication and update times from the lines around the title; failing those, the day
    and month at the start of the lead with the year the text gives."""
    published = updated = None
    for line in head:
        for moment, label in dated(line.text):
            label = _folded(label)
            if UPDATED.search(label) and not POSTED.search(label):
                updated = updated or moment
            else:
                published = published or moment
    if published is None:
        published, updated = updated, None
    article.published_at, article.updated_at = published, updated
    if published:
        return
    start = DAY_MONTH.match(lines[lead_at].text)
    if not start:
        article.warnings.append("Không tìm thấy ngày đăng.")
        return
    day, month = int(start.group(1)), int(start.group(2))
    # The latest year of a full date in the article (documents it cites are older than it);
    # failing that, the year it names most ("9 tháng đầu năm 2023", not "đến năm 2030").
    text = " ".join(line.text for line in lines[lead_at - 1:end])
    named = Counter(int(year) for year in YEAR.findall(text))
    years = sorted({moment.year for moment in dates_in(text)}, reverse=True) or [
        year for year, _count in named.most_common()]
    for year in years:
        if moment := _local(day, month, year):
            article.published_at, article.published_at_inferred = moment, True
            article.warnings.append(
                f"Năm đăng suy ra từ nội dung bài ({year}): biên tập viên cần kiểm tra.")
            return
    article.warnings.append("Không tìm thấy ngày đăng.")


def _body(article, lines):
    """Paragraphs and captions after the lead; the byline is the last short line."""
    kept = [line for line in lines if not is_chrome(line.text) and not _meta(line)]
    byline_at = None
    for i in range(len(kept) - 1, -1, -1):
        text = kept[i].text
        if kept[i].hint == "caption":
            continue
        if is_prose(text) or text.endswith(SENTENCE_END):
            break
        if len(text) <= BYLINE_CHARACTERS:
            byline_at = i
            break
    if byline_at is not None:
        article.author = BYLINE_PREFIX.sub("", kept[byline_at].text).strip()
        kept = kept[:byline_at]
    for line in kept:
        text = line.text
        if line.hint == "caption" or not (is_prose(text) or text.endswith((".", ";", ":", "!",
                                                                            "?", "…"))):
            if len(text) <= CAPTION_CHARACTERS:
                article.captions.append(text)
            continue
        article.paragraphs.append(text)
