"""Writing an extracted page into the site: article_import creates its article (a draft, or
published) or updates the one an earlier import made, and keeps the original file."""

import hashlib
import html
from dataclasses import dataclass
from pathlib import PurePath

from django import forms
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models.functions import Greatest
from wagtail.coreutils import find_available_slug

from bantin.core import uploads
from bantin.core.text import fold_vi, slugify_vi
from bantin.importer.models import LegacyImport
from bantin.news.models import ArticlePage

UNKNOWN_AUTHOR = "Chưa rõ tác giả"
FINGERPRINT_LEAD = 200


class ImportRefused(ValueError):
    """The page cannot become an article; the message says why, in Vietnamese."""


class LegacyArticleForm(forms.Form):
    """The fields an article takes from a page, checked before anything is written."""

    title = forms.CharField(max_length=255)
    lead = forms.CharField()
    author_name = forms.CharField(max_length=120)
    author_unit = forms.CharField(max_length=255, required=False)
    source = forms.CharField(max_length=255, required=False)
    published_at = forms.DateTimeField(required=False)
    updated_at = forms.DateTimeField(required=False)
    view_count = forms.IntegerField(min_value=0)


FIELD_NAMES = {"title": "tiêu đề", "lead": "sapo", "author_name": "tác giả",
               "author_unit": "đơn vị tác giả", "source": "nguồn", "published_at": "ngày đăng",
               "updated_at": "ngày cập nhật", "view_count": "lượt xem"}


@dataclass
class Outcome:
    status: str  # "imported", "updated" or "skipped"
    article: ArticlePage
    reason: str = ""


def fingerprint(extracted, site):
    """The page's identity on the old portal of `site`, whichever file it comes from (each site
    imports its own old portal: the same page imported into two sites makes two articles)."""
    day = extracted.published_at.date().isoformat() if extracted.published_at else ""
    lead = fold_vi(extracted.lead)[:FINGERPRINT_LEAD]
    return hashlib.sha256(
        f"{site.pk}|{fold_vi(extracted.title)}|{day}|{lead}".encode()).hexdigest()


def _fields(extracted):
    name, _comma, unit = (extracted.author or UNKNOWN_AUTHOR).partition(", ")
    form = LegacyArticleForm({
        "title": extracted.title, "lead": extracted.lead, "author_name": name,
        "author_unit": unit, "source": extracted.credit, "published_at": extracted.published_at,
        "updated_at": extracted.updated_at, "view_count": extracted.views or 0})
    if not form.is_valid():
        raise ImportRefused("; ".join(
            f"{FIELD_NAMES.get(field, field)}: {' '.join(errors)}"
            for field, errors in form.errors.items()))
    fields = form.cleaned_data
    fields["body"] = [("paragraph", f"<p>{html.escape(text, quote=False)}</p>")
                      for text in extracted.paragraphs]
    return fields


@transaction.atomic
def article_import(extracted, *, section, publish, data, source):
    """Create or update the article of `extracted` (a LegacyArticle read from `data`) under
    `section`; return its Outcome. Raise ImportRefused, changing nothing, if it cannot be.

    An article is updated only as the import left it: once an editor has saved it since, the
    page is skipped, so that no correction is lost. It is published only with `publish`."""
    fields = _fields(extracted)
    checksum = hashlib.sha256(data).hexdigest()
    key = fingerprint(extracted, section.get_site())
    record = LegacyImport.objects.select_for_update().filter(fingerprint=key).first()
    article = record.article if record else None
    if article and article.latest_revision_id != record.revision_id:
        return Outcome("skipped", article,
                       "biên tập viên đã sửa bài sau lần nhập trước; không ghi đè")
    if article and record.checksum == checksum and (article.live or not publish):
        return Outcome("skipped", article, "đã nhập trước đây, không có gì thay đổi")
    status = "updated" if article else "imported"
    if article is None:
        article = ArticlePage(slug=find_available_slug(section, slugify_vi(fields["title"])
                                                       or "bai-viet"), live=False)
    for name, value in fields.items():
        setattr(article, name, value)
    article.draft_title = article.title
    if article.pk is None:
        section.add_child(instance=article)
    if publish and article.first_published_at is None:
        article.first_published_at = article.published_at
    revision = article.save_revision(log_action=True)
    if publish:
        revision.publish()
    # The count is no content of a revision: it goes to the page itself, and never down.
    ArticlePage.objects.filter(pk=article.pk).update(
        view_count=Greatest("view_count", fields["view_count"]))
    record = record or LegacyImport(fingerprint=key)
    record.article, record.revision, record.source = article, revision, source
    record.checksum, record.captions, record.warnings = (checksum, extracted.captions,
                                                         extracted.warnings)
    # Files are named by their checksum: the same bytes are kept once. The source's extension
    # is made safe as an upload's is (#10).
    name = "legacy/" + uploads.safe_filename(checksum + PurePath(source).suffix, default=checksum)
    storage = record.original.storage
    written = not storage.exists(name)
    if written:
        name = storage.save(name, ContentFile(data))
    record.original.name = name
    try:
        record.save()
    except BaseException:
        # The database rolls back with this transaction; a file just written goes with it,
        # unless another import (committed meanwhile) keeps the same bytes.
        if written and not LegacyImport.objects.filter(original=name).exists():
            storage.delete(name)
        raise
    return Outcome(status, article)
