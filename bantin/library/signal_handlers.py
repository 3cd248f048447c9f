"""Storage follows the register: an attached file removed from a document (or with it), or
replaced by another upload, is deleted from storage once the transaction commits, so no copy
of it lingers there. Stored pages are retired when a document or its files change."""

from django.db import transaction
from django.db.models.signals import post_delete, pre_save

from bantin.core.signal_handlers import invalidate_on_change
from bantin.library.models import Document, DocumentAttachment


def attachment_file_delete(sender, instance, **kwargs):
    file = instance.file
    if file:
        transaction.on_commit(lambda: file.storage.delete(file.name))


def attachment_file_replace(sender, instance, **kwargs):
    if not instance.pk:
        return
    previous = sender.objects.filter(pk=instance.pk).values_list("file", flat=True).first()
    if previous and previous != instance.file.name:
        storage = instance.file.storage
        transaction.on_commit(lambda: storage.delete(previous))


def register_signal_handlers():
    # Document pages, the register, the latest documents and the citations linked in articles.
    invalidate_on_change(Document, DocumentAttachment)
    post_delete.connect(attachment_file_delete, sender=DocumentAttachment,
                        dispatch_uid="library_attachment_file_delete")
    pre_save.connect(attachment_file_replace, sender=DocumentAttachment,
                     dispatch_uid="library_attachment_file_replace")
