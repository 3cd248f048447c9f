"""The admin form of articles: stamps "Cập nhật" when a published article's text is changed."""

from django.utils import timezone
from wagtail.admin.forms import WagtailAdminPageForm


def _readable_text(page_or_data, field):
    """Return what readers read of `field`: the text itself, or a StreamField's text content."""
    value = page_or_data[field] if isinstance(page_or_data, dict) else getattr(page_or_data, field)
    if hasattr(value, "stream_block"):
        # Compared as text, not as stored JSON: block ids and rich-text block keys change on
        # every save without anything a reader sees changing.
        return " ".join(" ".join(value.stream_block.get_searchable_content(value)).split())
    return value


class ArticlePageForm(WagtailAdminPageForm):
    # Changing these after publishing is an update readers should be told about; a new tag or a
    # corrected byline is not.
    content_fields = ("title", "lead", "body")

    def clean(self):
        cleaned_data = super().clean()
        page = self.instance
        if page.pk is None or not page.live or "updated_at" in self.changed_data:
            return cleaned_data
        changed = [
            name for name in self.content_fields
            if name in cleaned_data
            and _readable_text(cleaned_data, name) != _readable_text(page, name)
        ]
        if changed:
            cleaned_data["updated_at"] = timezone.now()
        return cleaned_data
