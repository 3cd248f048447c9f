"""Stored pages follow what readers see of engagement: polls, reader settings, answering units,
and feedback or questions once published (a new one waiting for moderation changes no page)."""

from django.db.models.signals import post_delete, post_save

from bantin.core import signal_handlers as core_signal_handlers
from bantin.engagement.models import (
    AnswerUnit,
    Feedback,
    Poll,
    PollOption,
    Question,
    ReaderSettings,
)


def feedback_saved(sender, instance, created, **kwargs):
    if not (created and instance.status != Feedback.APPROVED):
        core_signal_handlers.content_changed(sender)


def question_saved(sender, instance, created, **kwargs):
    if not (created and not instance.is_published):
        core_signal_handlers.content_changed(sender)


def register_signal_handlers():
    core_signal_handlers.invalidate_on_change(Poll, PollOption, ReaderSettings, AnswerUnit)
    for model, handler in ((Feedback, feedback_saved), (Question, question_saved)):
        uid = f"pagecache_{model._meta.label_lower}"
        post_save.connect(handler, sender=model, dispatch_uid=f"{uid}_save")
        post_delete.connect(core_signal_handlers.content_changed, sender=model,
                            dispatch_uid=f"{uid}_delete")
