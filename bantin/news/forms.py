"""Admin forms of the news pages: no silent overwrites, and "Cập nhật" stamped on real edits."""

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm

from bantin.core.formats import format_datetime


def _readable_text(page_or_data, field):
    """Return what readers read of `field`: the text itself, or a StreamField's text content."""
    value = page_or_data[field] if isinstance(page_or_data, dict) else getattr(page_or_data, field)
    if hasattr(value, "stream_block"):
        # Compared as text, not as stored JSON: block ids and rich-text block keys change on
        # every save without anything a reader sees changing.
        return " ".join(" ".join(value.stream_block.get_searchable_content(value)).split())
    return value


def _is_out_of_date(data, latest_revision):
    """Return True if the editor opened (or autosaved) a revision older than the latest one.

    The same test as Wagtail's edit view, which applies it only to autosave requests; here it
    also guards the Save and Publish buttons, so two editors never overwrite each other.
    """
    if overwrite_id := data.get("overwrite_revision_id"):
        return overwrite_id != str(latest_revision.pk)
    if loaded_id := data.get("loaded_revision_id"):
        return loaded_id != str(latest_revision.pk) or (
            data.get("loaded_revision_created_at", "") != latest_revision.created_at.isoformat()
        )
    return False


class PageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        latest = self.instance.latest_revision if self.instance.pk else None
        if latest is not None and _is_out_of_date(self.data, latest):
            who = latest.user.get_full_name() or latest.user.get_username() if latest.user else ""
            raise ValidationError(_(
                "%(who)s saved a newer version at %(time)s, after you opened this page. Your "
                "changes are not saved: copy them, reload the page and make them again."
            ) % {"who": who or _("Someone"), "time": format_datetime(latest.created_at)})
        return cleaned_data


class ArticlePageForm(PageForm):
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
