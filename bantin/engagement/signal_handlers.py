"""Stored pages follow what readers see of engagement: polls, reader settings, answering units,
and feedback or questions once published (a new one waiting for moderation changes no page).
Each article knows how much feedback is published under it (ArticlePage.published_feedback)."""

from django.db.models.signals import post_delete, post_save

from bantin.core.signal_handlers import invalidate_on_change
from bantin.engagement.models import (
    AnswerUnit,
    Feedback,
    Poll,
    PollOption,
    Question,
    ReaderSettings,
)
from bantin.news.models import ArticlePage


def feedback_counted(sender, instance, **kwargs):
    ArticlePage.objects.filter(pk=instance.article_id).update(
        published_feedback=Feedback.objects.filter(article_id=instance.article_id).approved()
        .count())


def register_signal_handlers():
    invalidate_on_change(Poll, PollOption, ReaderSettings, AnswerUnit)
    invalidate_on_change(Feedback, hidden_when_new=lambda row: row.status != Feedback.APPROVED)
    invalidate_on_change(Question, hidden_when_new=lambda row: not row.is_published)
    post_save.connect(feedback_counted, sender=Feedback, dispatch_uid="feedback_counted_save")
    post_delete.connect(feedback_counted, sender=Feedback, dispatch_uid="feedback_counted_delete")
