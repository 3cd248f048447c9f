"""The review queue: what waits for a person, oldest first, with the figures a board watches."""

from dataclasses import dataclass
from datetime import timedelta
from statistics import median

from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.models import Page, Task, TaskState


@dataclass
class QueueItem:
    task_state: TaskState
    task: Task
    page: Page
    title: str  # as in the version under review
    section: Page | None  # None for a page right under the home page
    section_ids: set
    author: object
    waiting: timedelta
    words: int
    overdue: bool

    @property
    def can_publish_step(self):
        return self.task.required_permission == "publish"


def _words(page, content):
    """Count the words of the title, lead and paragraphs in `content`, a revision of `page`.

    Read from the revision's data, not a rebuilt page: rebuilding one costs five queries, and
    rendering resolves every link with another.
    """
    parts = [content.get("title", page.title), content.get("lead") or ""]
    if "body" in content:
        body = page._meta.get_field("body").to_python(content["body"])
        parts += [strip_tags(block.value.source) for block in body
                  if block.block_type == "paragraph"]
    return len(" ".join(parts).split())


def review_queue(*, user, alert_after, now=None):
    """Return the QueueItems `user` can complete, oldest first, in a fixed number of queries."""
    now = now or timezone.now()
    states = list(
        TaskState.objects.reviewable_by(user)
        .select_related("workflow_state__requested_by", "revision")
        .order_by("started_at")
    )
    tasks = {task.pk: task for task in Task.objects.filter(
        pk__in={state.task_id for state in states}).specific()}
    pages = {page.pk: page for page in Page.objects.filter(
        pk__in={int(state.workflow_state.object_id) for state in states}).specific()}
    # Every ancestor below the home page, in one query: the section and the section above it.
    steplen = Page.steplen
    ancestor_paths = {
        page.path[:length]
        for page in pages.values()
        for length in range(3 * steplen, len(page.path), steplen)
    }
    ancestors = {page.path: page for page in Page.objects.filter(path__in=ancestor_paths)}
    items = []
    for state in states:
        page = pages[int(state.workflow_state.object_id)]
        lineage = [ancestors[page.path[:length]]
                   for length in range(3 * steplen, len(page.path), steplen)]
        content = state.revision.content if state.revision else {}  # the version under review
        waiting = now - state.started_at
        items.append(QueueItem(
            task_state=state, task=tasks[state.task_id], page=page,
            title=content.get("title", page.title), section=lineage[-1] if lineage else None,
            section_ids={section.pk for section in lineage},
            author=state.workflow_state.requested_by, waiting=waiting,
            words=_words(page, content), overdue=waiting > alert_after,
        ))
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
