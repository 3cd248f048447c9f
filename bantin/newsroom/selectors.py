"""The review queue: what waits for a person, oldest first, with the figures a board watches."""

from dataclasses import dataclass
from datetime import timedelta
from statistics import median

from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.models import TaskState


@dataclass
class QueueItem:
    task_state: TaskState
    page: object
    section: object
    author: object
    waiting: timedelta
    words: int
    overdue: bool

    @property
    def can_publish_step(self):
        return self.task_state.task.specific.required_permission == "publish"


def _word_count(page):
    text = " ".join([page.title, getattr(page, "lead", "")] + [
        strip_tags(str(block.render())) for block in getattr(page, "body", [])
        if block.block_type == "paragraph"
    ])
    return len(text.split())


def review_queue(*, user, alert_after, now=None):
    """Return the QueueItems `user` can complete, oldest first."""
    now = now or timezone.now()
    states = (
        TaskState.objects.reviewable_by(user)
        .select_related("workflow_state__requested_by", "task", "revision")
        .order_by("started_at")
    )
    items = []
    for state in states:
        page = state.workflow_state.content_object.specific
        if state.revision:
            page = state.revision.as_object()  # the version the reviewer is asked to approve
        section = page.get_parent().specific
        author = state.workflow_state.requested_by
        waiting = now - state.started_at
        items.append(QueueItem(task_state=state, page=page, section=section, author=author,
                               waiting=waiting, words=_word_count(page),
                               overdue=waiting > alert_after))
    return items


def queue_figures(items):
    """Return the count, median and longest waiting time of `items` (times None when empty)."""
    waits = [item.waiting for item in items]
    return {
        "count": len(waits),
        "median": median(waits) if waits else None,
        "longest": max(waits) if waits else None,
        "overdue": sum(item.overdue for item in items),
    }
