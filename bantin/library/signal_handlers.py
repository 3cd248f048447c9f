"""Storage follows the register: an attached file removed from a document (or with it) is
deleted from storage once the transaction commits, so no copy of it lingers there."""

from django.db import transaction
from django.db.models.signals import post_delete

from bantin.library.models import DocumentAttachment


def attachment_file_delete(sender, instance, **kwargs):
    file = instance.file
    if file:
        transaction.on_commit(lambda: file.storage.delete(file.name))


def register_signal_handlers():
    post_delete.connect(attachment_file_delete, sender=DocumentAttachment,
                        dispatch_uid="library_attachment_file_delete")

