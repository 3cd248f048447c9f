"""import_legacy, item by item: each page read, decoded, extracted and (unless a dry run)
imported in its own transaction, yielding one Result per page whatever happens to it."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import DatabaseError

from bantin.core.text import fold_vi
from bantin.importer import extraction, reading, services, sources
from bantin.news.models import SectionPage


@dataclass
class Result:
    source: str
    status: str  # "imported", "updated", "skipped", "failed", or "read" in a dry run
    extracted: extraction.LegacyArticle | None = None
    reason: str = ""
    article: object = None


def read(source):
    """Return the LegacyArticle of a Source; raise reading.Unreadable or
    extraction.NotAnArticle (both ValueErrors, with the reason) and nothing else, whatever the
    bytes (tests/security/test_fuzzing.py)."""
    text = reading.decode(source.data)
    lines = reading.html_lines(text) if reading.is_html(source.data) else reading.text_lines(
        text)
    return extraction.extract(lines, source.name)


def section_named(label, sections):
    """The section whose title is the page's section label, if exactly one."""
    matches = [section for section in sections if fold_vi(section.title) == fold_vi(label)]
    return matches[0] if len(matches) == 1 else None


def run(paths, *, section=None, publish=False, dry_run=False, offset=0, limit=None):
    """Yield a Result for each page under `paths` (from `offset`, at most `limit`)."""
    sections = list(SectionPage.objects.all()) if section is None and not dry_run else []
    for number, source in enumerate(sources.walk(paths)):
        if number < offset:
            continue
        if limit is not None and number >= offset + limit:
            return
        if source.error:
            yield Result(source.name, "failed", reason=source.error)
            continue
        try:
            extracted = read(source)
        except reading.Unreadable as error:
            yield Result(source.name, "failed", reason=str(error))
            continue
        except extraction.NotAnArticle:
            yield Result(source.name, "skipped", reason="không tìm thấy bài viết trong trang")
            continue
        if dry_run:
            yield Result(source.name, "read", extracted)
            continue
        target = section or section_named(extracted.section, sections)
        if target is None:
            yield Result(source.name, "failed", extracted, reason=(
                f"không biết đưa vào chuyên mục nào (trang ghi „{extracted.section}“); "
                "hãy chỉ định --section" if extracted.section else
                "trang không ghi chuyên mục; hãy chỉ định --section"))
            continue
        try:
            outcome = services.article_import(extracted, section=target, publish=publish,
                                              data=source.data, source=source.name)
        except (services.ImportRefused, ValidationError, DatabaseError) as error:
            reason = "; ".join(error.messages) if isinstance(error, ValidationError) else str(
                error)
            yield Result(source.name, "failed", extracted, reason=reason)
            continue
        yield Result(source.name, outcome.status, extracted, outcome.reason, outcome.article)


def count(paths):
    """How many pages `run` will go through (for the progress bar)."""
    return sum(1 for _source in sources.walk(paths, read=False))
