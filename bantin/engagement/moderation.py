"""Moderating reader feedback: whose feedback a person may see, publishing or refusing it
(logged like every admin action), and a reader's data exported or erased on request."""

from functools import reduce
from operator import or_

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import GroupPagePermission, ModelLogEntry

from bantin.engagement.models import Feedback

# What the audit trail records for moderation (registered in wagtail_hooks).
APPROVE = "bantin.feedback_approve"
REJECT = "bantin.feedback_reject"
ERASE = "bantin.reader_erase"


def feedback_for_user(user):
    """Return the feedback `user` may moderate: on the articles of the sections they edit
    (editors), of their site (the board), everywhere (administrators with rights on the root)."""
    feedback = Feedback.objects.select_related("article")
    if user.is_superuser:
        return feedback
    paths = list(GroupPagePermission.objects.filter(
        group__user=user, permission__codename="change_page",
    ).values_list("page__path", flat=True))
    if not paths:
        return feedback.none()
    return feedback.filter(reduce(or_, (Q(article__path__startswith=path) for path in paths)))


def moderate(items, *, user, status):
    """Publish (APPROVED) or refuse (REJECTED) each feedback in `items`; return how many."""
    action = APPROVE if status == Feedback.APPROVED else REJECT
    now = timezone.now()
    with transaction.atomic():
        for item in items:
            item.status, item.moderated_by, item.moderated_at = status, user, now
            item.save(update_fields=["status", "moderated_by", "moderated_at"])
            log(instance=item, action=action, user=user)
    return len(items)


def reader_data(email):
    """Return everything kept about the reader writing from `email`, as plain data."""
    return [
        {"article": item.article.title, "article_url": item.article.full_url,
         "name": item.name, "email": item.email, "message": item.message,
         "sent_at": item.created_at.isoformat(), "consent_at": item.consent_at.isoformat(),
         "address": item.address, "status": item.get_status_display(), "reply": item.reply}
        for item in Feedback.objects.filter(email__iexact=email.strip())
        .select_related("article").order_by("created_at")
    ]


def reader_erase(email, *, user):
    """Delete everything kept about the reader writing from `email`; return how many items.

    The audit trail keeps that an erasure happened, not what was erased: the titles of the
    items' earlier log entries (name and message) are replaced by their numbers.
    """
    items = list(Feedback.objects.filter(email__iexact=email.strip()))
    content_type = ContentType.objects.get_for_model(Feedback)
    with transaction.atomic():
        for item in items:
            ModelLogEntry.objects.filter(content_type=content_type,
                                         object_id=str(item.pk)).update(label=f"#{item.pk}")
            log(instance=item, action=ERASE, user=user, title=f"#{item.pk}")
        Feedback.objects.filter(pk__in=[item.pk for item in items]).delete()
    return len(items)
