"""From an old portal's page to an article: the field rules.

A page, saved HTML or a text dump, becomes a list of Lines (reading.html_lines and
reading.text_lines); the rules below find in them the title, section, dates, lead, paragraphs,
captions, byline, source credit and view count, and drop the portal's chrome (block names,
toolbars, slogans, menus, link lists, polls, counters, comment forms). Lines read from HTML may
carry a hint of what their markup said they are (a heading, a caption, a breadcrumb, a lead, a
row of a table of figures).
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
BYLINE_NAME_WORDS = 6
SECTION_WORDS = 14  # "Hoạt động Đảng ủy Khối các cơ quan tỉnh Lạng Sơn"
HEAD_LINES = 3  # the publication date sits this close above the title, or below it
TITLE_DISTANCE = 8  # labels, toolbars and meta lines between a title and its lead
FIRST_YEAR = 1990  # no portal older than this
END_CHARACTERS = 40

# Toolbars, share buttons, pagers and menus, folded: a line made of nothing else is chrome.
TOOL_WORDS = ("tang co chu", "giam co chu", "co chu", "in bai viet", "in bai", "in trang",
              "ban in", "in", "dong lai", "dong", "gui email", "gui bai viet", "gui ban be",
              "gui cho ban be", "e-mail", "chi tiet",
              "chia se", "luu bai viet", "quay lai", "ve dau trang", "len dau trang",
              "xem tiep", "doc tiep", "tro ve", "xem them", "truoc", "tiep", "tiep theo",
              "bai truoc", "bai tiep", "bai sau", "trang truoc", "trang sau", "facebook",
              "zalo", "twitter", "tweet", "email", "print", "a+", "a-", "a", "tim kiem",
              "tim", "dang nhap", "dang ky", "so do site", "so do trang", "rss", "english",
              "tieng viet", "lien he", "trang chu", "gioi thieu")
TOOLS = re.compile(r"(?<!\w)(?:" + "|".join(
    re.escape(word) for word in sorted(TOOL_WORDS, key=len, reverse=True)) + r")(?!\w)")
# Headings after which the article is over: link lists, polls, counters, comment forms. These
# end it when a line starts with them...
END_HEADINGS = ("tin lien quan", "cac tin khac", "tin cung chuyen muc", "bai viet lien quan",
                "bai viet cung chuyen muc", "tin cung loai", "bai lien quan", "tin da dua",
                "cac tin da dua", "cac tin da dang", "tin da dang", "cac bai da dang",
                "bai da dang", "cac bai khac", "bai viet khac", "tin cu hon", "tin moi nhat",
                "tin xem nhieu", "xem nhieu nhat", "doc nhieu nhat", "tin doc nhieu",
                "bai viet moi", "tin moi hon", "lien ket banner", "lien ket website",
                "tham do y kien", "y kien ban doc", "gui y kien", "y kien cua ban", "gui binh luan",
                "so luot truy cap", "luot truy cap", "thong ke truy cap", "danh gia bai viet")
# ...these only when they are the whole line ("Liên kết để giữ giá" is a subheading).
END_LINES = ("tin khac", "tin moi", "lien ket", "lien ket web", "video clip", "binh luan",
             "tu khoa", "tags", "van ban moi", "tieu diem", "thu vien anh", "hoi dap",
             "references", "bai moi")
COUNTER = re.compile(r"truy cap|dang truc tuyen|nguoi truc tuyen|dang online|ban quyen|©|"
                     r"copyright|giay phep|chiu trach nhiem|ghi ro nguon")
BLOCK_NAME = re.compile(r"\bBlock_\w+|PublishingPortal|^\s*[\w.]+Portlet\b", re.IGNORECASE)
IMAGE_FILE = re.compile(r"^[\w\-. ()]{1,120}\.(?:jpe?g|png|gif|bmp|webp|tiff?)$", re.IGNORECASE)
BREADCRUMB = re.compile(r"\s*(?:»|>>|>|/|›|\|)\s*")
SECTION_LABEL = re.compile(r"^(?:chuyen muc|danh muc)\s*:?\s+", re.IGNORECASE)
BYLINE_LABEL = re.compile(r"^(?:(?:tác giả|viết bởi|người viết)\s*:?|(?:thực hiện|tin, ảnh|"
                          r"tin và ảnh|bài, ảnh|bài và ảnh|tin|bài|ảnh)\s*:)\s*", re.IGNORECASE)
CREDIT = re.compile(r"^\(?\s*(?:theo|nguồn)\s*:?\s+(.{2,100}?)\s*\)?$", re.IGNORECASE)
# The place and date under the heading of an administrative document.
DOCUMENT_DATE = re.compile(r"^\W*[^\W\d][\w\s.-]{0,40},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+"
                           r"năm\s+\d{4}", re.IGNORECASE)
# The date a saved page shows as "today", not the article's.
TODAY_LABEL = re.compile(r"hom nay|today")

# "06/10/2022", "09-12-2023 13:15", "18/01/2022, 14:32", "16/05/2024 - 09:20", "03/04/2018 9:30",
# "05 tháng 3 năm 2021", "08 Tháng 1 2013 08:32", "14/11/2017 2:45:10 CH"
DATE = re.compile(
    r"(?<![\d/.-])(?:(?P<day>\d{1,2})(?P<sep>[/.-])(?P<month>\d{1,2})(?P=sep)(?P<year>\d{4})"
    r"(?![\d/-])|(?P<wday>\d{1,2})\s+tháng\s+(?P<wmonth>\d{1,2})\s*(?:năm|,)?\s*"
    r"(?P<wyear>\d{4})(?!\d))(?:\s*(?:[-|,]|lúc)?\s*(?P<hour>\d{1,2})\s*[:hg]\s*"
    r"(?P<minute>\d{2})(?::\d{2})?(?!\d)\s*(?P<half>SA|CH|AM|PM)?)?", re.IGNORECASE)
TIME_FIRST = re.compile(r"(?<!\d)(\d{1,2}):(\d{2})\s*(?:[-|,]\s*)?(?:ngày\s*)?$")  # "14:05 ngày "
AFTERNOON = ("ch", "pm")
# "Sáng 6/10", "Chiều ngày 27/9", "Ngày 8/11": a day and month only, at the start of the lead.
DAY_MONTH = re.compile(r"^\W*(?:\(\w+\)\s*[-–—:]?\s*)?(?:(?:sáng|chiều|trưa|tối|đêm|ngày|"
                       r"hôm)\s+)*(?:ngày\s+)?(\d{1,2})/(\d{1,2})(?![/\d])", re.IGNORECASE)
YEAR = re.compile(r"(?:năm|/|-)\s*((?:19|20)\d{2})(?!\d)", re.IGNORECASE)
UPDATED = re.compile(r"cap nhat|sua doi|chinh sua|sua lan cuoi")
POSTED = re.compile(r"ngay dang|dang ngay|dang luc|ngay xuat ban|thoi gian dang|ngay dua tin")
VIEWS = re.compile(r"(?:lượt xem|số lần xem|số lần đọc|lượt đọc|số lượt xem|số lượt đọc|lần xem|"
                   r"được xem|đã xem|lượt views?|views?)\s*[:：]?\s*[(\[]?\s*"
                   r"(\d{1,3}(?:[.,\s]\d{3})+|\d+)", re.IGNORECASE)
SENTENCE_END = (".", "…", "./.", '."', ".”", ".)")
PARAGRAPH_END = (*SENTENCE_END, ";", ":", "!", "?")
BODY_HINTS = ("table", "subheading")  # rows of figures and subheadings are text of the body


@dataclass
class Line:
    text: str
    hint: str = ""  # from HTML: "title", "caption", "section", "lead", "table", "subheading"


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
    credit: str = ""  # "(Theo Báo Hà Giang)": where the article was taken from
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
            "author": self.author or None, "credit": self.credit or None, "lead": self.lead,
            "paragraphs": self.paragraphs, "captions": self.captions, "views": self.views,
            "warnings": self.warnings,
        }


class NotAnArticle(ValueError):
    """The page holds no article (a home page, a list, a broken save)."""


@functools.lru_cache(maxsize=4096)
def _folded(text):
    return " ".join(fold_vi(text).split())


def _is_end(text):
    folded = _folded(text).split(":")[0].strip(" .-–|[]()")
    return len(folded) <= END_CHARACTERS and (folded in END_LINES or any(
        folded == heading or folded.startswith(heading + " ") for heading in END_HEADINGS))


def _is_tools(text):
    """A toolbar, menu, pager or share line: nothing but tool words, separated any way."""
    folded = _folded(text)
    rest = TOOLS.sub(" ", folded)
    return rest != folded and not re.sub(r"\W+", "", rest)


def _is_caps(text):
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 20 and sum(c.isupper() for c in letters) / len(letters) > 0.85


@functools.lru_cache(maxsize=4096)
def _is_furniture(text):
    """Block names, picture file names, toolbars and counters: never the article's."""
    return bool(BLOCK_NAME.search(text) or IMAGE_FILE.match(text) or _is_tools(text)
                or (len(text) < 120 and COUNTER.search(_folded(text))))


def is_chrome(text):
    """Whether a line is the portal's, not the article's (capitals lines are slogans, unless
    they stand where the title does)."""
    return _is_furniture(text) or _is_caps(text)


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
        day = match["day"] or match["wday"]
        month, year = match["month"] or match["wmonth"], match["year"] or match["wyear"]
        hour, minute = match["hour"], match["minute"]
        if hour is None and (before := TIME_FIRST.search(text[:match.start()][-20:])):
            hour, minute = before.groups()
        hour = int(hour) if hour is not None else None
        if hour is not None and hour < 12 and (match["half"] or "").lower() in AFTERNOON:
            hour += 12
        if hour is not None and not (0 <= hour < 24 and 0 <= int(minute) < 60):
            hour = minute = None
        moment = _local(int(day), int(month), int(year), hour,
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


def _byline_label(text):
    return len(text) <= BYLINE_CHARACTERS and BYLINE_LABEL.match(text) and not is_prose(text)


def _meta(line):
    """Whether a line is a date or views line rather than text."""
    text = line.text
    if len(text) >= 120 or is_prose(text):
        return False
    return bool(dates_in(text) or views_in(text) is not None)


def _head_meta(line):
    """Meta lines about the title: dates, views, a labelled byline ("Tác giả: ...")."""
    return _meta(line) or bool(_byline_label(line.text))


def _name_like(text):
    """Whether a line reads as a byline: a name (capitalised words), then maybe a unit after a
    comma ("CTV Ngọc Minh, VPTU"; "La Thị Nhung, Ban Tuyên giáo ...")."""
    name = re.sub(r"\(.*?\)", "", BYLINE_LABEL.sub("", text).split(",")[0]).split()
    return (0 < len(name) <= BYLINE_NAME_WORDS and len(text) <= BYLINE_CHARACTERS
            and all(word[:1].isupper() for word in name))


def _join_continuations(lines):
    """A line that starts in lower case goes on the line before it (a caption or paragraph
    broken across lines)."""
    joined = []
    for line in lines:
        if (joined and line.text[:1].islower() and not joined[-1].text.endswith(SENTENCE_END)
                and not is_chrome(joined[-1].text) and not is_chrome(line.text)
                and line.hint == joined[-1].hint):
            joined[-1] = Line(f"{joined[-1].text} {line.text}", joined[-1].hint)
        else:
            joined.append(line)
    return joined


def _prose_after(lines, at):
    return next((i for i in range(at + 1, len(lines))
                 if is_prose(lines[i].text) and not is_chrome(lines[i].text)), None)


def extract(lines, source):
    """Return the LegacyArticle of a page's lines, or raise NotAnArticle."""
    lines = _join_continuations([line for line in lines if line.text])
    article = LegacyArticle(source=source)
    lead_at = next((i for i, line in enumerate(lines) if line.hint == "lead"), None)
    if lead_at is None:
        lead_at = _prose_after(lines, -1)
    if lead_at is None:
        raise NotAnArticle("no prose paragraph")
    if lines[lead_at].hint != "lead" and _dated_below(lines, lead_at):
        # A headline written as a sentence, its date below it: the lead comes after.
        title_at, lead_at = lead_at, _prose_after(lines, lead_at)
    else:
        title_at = _title_at(lines, lead_at)
        if title_at is not None and title_at > lead_at:  # an HTML heading below a lead-like
            lead_at = _prose_after(lines, title_at)  # block: the lead follows the heading
    if title_at is None or lead_at is None:
        raise NotAnArticle("no title" if title_at is None else "no prose after the title")
    article.title = re.sub(r"(?<!\.)\.$", "", lines[title_at].text)
    article.section = _section(lines, title_at)
    end = next((i for i in range(lead_at + 1, len(lines)) if _is_end(lines[i].text)
                and lines[i].hint != "caption"), len(lines))
    _dates(article, lines, title_at, lead_at, end)
    article.views = next((views for line in [*lines[max(0, title_at - HEAD_LINES):end]]
                          if (views := views_in(line.text)) is not None), None)
    article.lead = lines[lead_at].text
    byline_above = next((BYLINE_LABEL.sub("", line.text) for line in
                         lines[max(0, title_at - HEAD_LINES):lead_at]
                         if _byline_label(line.text)), "")
    _body(article, lines[lead_at + 1:end], byline_above=bool(byline_above))
    article.author = article.author or byline_above
    if not article.paragraphs:
        article.warnings.append("Bài chỉ có một đoạn (sapo), không có thân bài.")
    return article


def _dated_below(lines, at):
    text = lines[at].text
    if len(text.split()) > TITLE_WORDS[1] or ". " in text.rstrip("."):
        return False
    following = next((line for line in lines[at + 1:] if not is_chrome(line.text)), None)
    return following is not None and bool(dates_in(following.text)) and _meta(following)


def _title_at(lines, lead_at):
    headings = [i for i, line in enumerate(lines)
                if line.hint == "title" and len(line.text.split()) >= TITLE_WORDS[0]]
    if headings:  # the heading nearest above the lead (a portal may set its name in one too)
        return next((i for i in reversed(headings) if i < lead_at), headings[0])
    for i in range(lead_at - 1, max(-1, lead_at - 1 - TITLE_DISTANCE), -1):
        text = lines[i].text
        if (_is_furniture(text) or _head_meta(lines[i]) or _is_end(text) or _is_section(lines[i])
                or len(text.split()) < TITLE_WORDS[0]):
            continue  # labels ("Chi tiết"), toolbars, meta and section lines sit between
        # The first line of words above the lead and its meta lines is the title, capitals
        # or not.
        if len(text.split()) <= TITLE_WORDS[1] and not text.endswith(":"):
            return i
        return None
    return None


def _is_section(line):
    return line.hint == "section" or bool(SECTION_LABEL.match(_folded(line.text))) or (
        len(BREADCRUMB.split(line.text)) > 1 and _folded(line.text).startswith("trang chu"))


def _section_name(text):
    """"Chuyên mục: Tin trong tỉnh", "Trang chủ » Tin tức » Tin trong tỉnh": the last name."""
    if SECTION_LABEL.match(_folded(text)):
        text = text.split(":", 1)[1] if ":" in text else text.split(None, 2)[-1]
    return BREADCRUMB.split(text.strip())[-1].strip()


def _section(lines, title_at):
    """The section label: a breadcrumb or section element, else a short line just above the
    title, else a section element or "Chuyên mục ..." line anywhere."""
    hinted = [line.text for line in lines[:title_at] if line.hint == "section"]
    if hinted:
        return _section_name(hinted[-1])
    for i in range(title_at - 1, max(-1, title_at - 1 - HEAD_LINES), -1):
        text = lines[i].text
        if DOCUMENT_DATE.match(text):
            break  # a document's header ("Tây Lĩnh, ngày 05 tháng 3 năm 2021"): no section
        if _head_meta(lines[i]) or _is_tools(text):
            continue
        if _is_section(lines[i]):
            return _section_name(text)
        if (is_chrome(text) or len(text.split()) > SECTION_WORDS or "," in text
                or is_prose(text) or text.endswith((".", ":"))):
            break
        return text
    later = [line.text for line in lines[title_at:] if _is_section(line)
             and len(line.text.split()) <= SECTION_WORDS + 2]
    return _section_name(later[0]) if later else ""


def _dates(article, lines, title_at, lead_at, end):
    """Publication and update times: between the title and the lead first, then just above
    the title, nearest first (a "today" date of the saved page aside); an update time may also
    follow the body. Failing any, the day and month at the start of the lead, with the year
    the text gives."""
    published = updated = None
    for group in (lines[title_at + 1:lead_at],
                  reversed(lines[max(0, title_at - HEAD_LINES):title_at])):
        for line in group:
            for moment, label in dated(line.text):
                label = _folded(label)
                if TODAY_LABEL.search(label):
                    continue
                if UPDATED.search(label) and not POSTED.search(label):
                    updated = updated or moment
                else:
                    published = published or moment
        if published or updated:
            break
    if published is None:
        published, updated = updated, None
    if published and updated is None:
        updated = next((moment for line in lines[lead_at:end] if _meta(line)
                        for moment, label in dated(line.text)
                        if UPDATED.search(_folded(label)) and moment > published), None)
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
    years = sorted({moment.year for moment in dates_in(text)}, reverse=True) or sorted(
        named, key=lambda year: (named[year], year), reverse=True)
    for year in years:
        if moment := _local(day, month, year):
            article.published_at, article.published_at_inferred = moment, True
            article.warnings.append(
                f"Năm đăng suy ra từ nội dung bài ({year}): biên tập viên cần kiểm tra.")
            return
    article.warnings.append("Không tìm thấy ngày đăng.")


def _is_text(line):
    """A paragraph of the article's own text (not a row of figures or a subheading)."""
    return line.hint not in ("caption", *BODY_HINTS) and (
        is_prose(line.text) or line.text.endswith(PARAGRAPH_END))


def _is_paragraph(line):
    return line.hint in BODY_HINTS or _is_text(line)


def _byline_at(kept, last, *, fallback):
    """Where the byline is among the lines after the last paragraph (`last`): the first that
    reads as a name; with `fallback`, else the first short line that is no caption."""
    tail = [i for i in range(last + 1, len(kept))
            if kept[i].hint != "caption" and not CREDIT.match(kept[i].text)]
    named = next((i for i in tail if _name_like(kept[i].text)), None)
    if named is not None or not fallback:
        return named
    return next((i for i in tail if len(kept[i].text) <= BYLINE_CHARACTERS
                 and "|" not in kept[i].text), None)


def _body(article, lines, *, byline_above):
    """Paragraphs and captions after the lead; the byline after the last paragraph (unless a
    labelled one stood above the text), and a source credit ("Theo ...") beside it. What
    follows the byline is not the article's."""
    kept = [line for line in lines if not is_chrome(line.text) and not _meta(line)]
    last = max((i for i, line in enumerate(kept) if _is_text(line)), default=-1)
    byline_at = _byline_at(kept, last, fallback=not byline_above)
    near_end = (last if byline_at is None else byline_at) + 3
    article.credit = next((credit[1] for line in kept[last + 1:near_end]
                           if (credit := CREDIT.match(line.text))), "")
    if byline_at is not None:
        article.author = BYLINE_LABEL.sub("", kept[byline_at].text).strip()
        kept = kept[:byline_at]
    for line in kept:
        if _is_paragraph(line):
            article.paragraphs.append(line.text)
        elif len(line.text) <= CAPTION_CHARACTERS and not CREDIT.match(line.text):
            article.captions.append(line.text)
