"""The page cache follows the content (bantin/core/pagecache.py): publishing, unpublishing,
moving, deleting or changing a live page, and changing anything a page shows (site settings,
images, redirects, view restrictions, and the models other apps register with
`invalidate_on_change`) retire the stored pages once the transaction commits, and purge a
front cache of the pages concerned; what the process remembers goes at once. A new database
connection ends a recorded database outage (bantin/core/faults.py). A picture waiting in
Wagtail's multiple upload for its description is stored cleaned, as pictures are (images.py)."""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.backends.signals import connection_created
from django.db.models.signals import post_delete, post_save, pre_save
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, PageViewRestriction, Site, UploadedFile
from wagtail.signals import page_published, page_unpublished, post_page_move

from bantin.core import faults, images, pagecache
from bantin.core.models import PortalImage, PortalSettings

# What Wagtail writes on a page when an editor saves a draft: the live page does not change.
DRAFT_FIELDS = {"draft_title", "has_unpublished_changes", "latest_revision",
                "latest_revision_created_at", "locked", "locked_at", "locked_by"}


def _retire(pages=(), paths=()):
    # What this process remembers, at once: it reads the change next, even before the commit.
    pagecache.forget()

    def run():
        pagecache.invalidate()
        pagecache.purge_front(pages, paths)

    transaction.on_commit(run)


def page_changed(sender, instance, **kwargs):
    _retire(pages=[instance])


def page_saved(sender, instance, update_fields=None, **kwargs):
    if instance.live and not (update_fields and set(update_fields) <= DRAFT_FIELDS):
        _retire(pages=[instance])
    else:
        pagecache.forget()  # the menus and breadcrumbs of previews show drafts too


def page_moved(sender, instance, url_path_before, **kwargs):
    # url_path starts with the site root's own slug: the address is what follows it.
    old_path = "/" + url_path_before.split("/", 2)[2] if url_path_before.count("/") > 2 else "/"
    _retire(pages=[instance], paths=[old_path])


def content_changed(sender, **kwargs):
    _retire()


def invalidate_on_change(*models, hidden_when_new=None):
    """Retire the stored pages whenever a row of `models` is saved or deleted; a new row of
    which `hidden_when_new(row)` says no page shows it yet retires nothing."""

    def saved(sender, instance, created, **kwargs):
        if not (created and hidden_when_new and hidden_when_new(instance)):
            _retire()

    for model in models:
        uid = f"pagecache_{model._meta.label_lower}"
        # Not a weak reference: `saved` lives only here.
        post_save.connect(saved, sender=model, weak=False, dispatch_uid=f"{uid}_save")
        post_delete.connect(content_changed, sender=model, dispatch_uid=f"{uid}_delete")


def staged_image_cleaned(sender, instance, **kwargs):
    """Wagtail's multiple upload keeps a picture that still lacks its description as an
    UploadedFile under MEDIA_ROOT: store it decoded and encoded again too (#10)."""
    if (instance.file and not instance.file._committed and instance.for_content_type_id
            == ContentType.objects.get_for_model(PortalImage).pk):
        instance.file = images.image_clean(instance.file.file)


def register_signal_handlers():
    # No sender: every page type, those of apps added later too.
    page_published.connect(page_changed, dispatch_uid="pagecache_page_published")
    page_unpublished.connect(page_changed, dispatch_uid="pagecache_page_unpublished")
    post_page_move.connect(page_moved, dispatch_uid="pagecache_page_moved")
    # Per page model, as Wagtail's frontend_cache does: a delete signal without a sender would
    # make Django fetch the rows of every bulk delete of every table.
    for model in apps.get_models():
        if issubclass(model, Page):
            uid = f"pagecache_{model._meta.label_lower}"
            post_save.connect(page_saved, sender=model, dispatch_uid=f"{uid}_save")
            post_delete.connect(page_changed, sender=model, dispatch_uid=f"{uid}_delete")
    invalidate_on_change(PortalSettings, PortalImage, Site, Redirect, PageViewRestriction)
    connection_created.connect(faults.database_answered, dispatch_uid="faults_database_answered")
    pre_save.connect(staged_image_cleaned, sender=UploadedFile,
                     dispatch_uid="staged_image_cleaned")
