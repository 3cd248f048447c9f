"""Stored pages follow what readers see of engagement: polls, reader settings, answering units,
and feedback or questions once published (a new one waiting for moderation changes no page)."""

from bantin.core.signal_handlers import invalidate_on_change
from bantin.engagement.models import (
    AnswerUnit,
    Feedback,
    Poll,
    PollOption,
    Question,
    ReaderSettings,
)


def register_signal_handlers():
    invalidate_on_change(Poll, PollOption, ReaderSettings, AnswerUnit)
    invalidate_on_change(Feedback, hidden_when_new=lambda row: row.status != Feedback.APPROVED)
    invalidate_on_change(Question, hidden_when_new=lambda row: not row.is_published)
