"""Handling what readers send: whose feedback and questions a person may see, publishing or
refusing feedback (logged like every admin action), and a reader's data exported or erased."""

from functools import reduce
from operator import or_

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Case, Q, Value, When
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import GroupPagePermission, ModelLogEntry, Page

from bantin.engagement.models import Feedback, Question

# What the audit trail records for moderation (registered in wagtail_hooks).
APPROVE = "bantin.feedback_approve"
REJECT = "bantin.feedback_reject"
ERASE = "bantin.reader_erase"


def _under_edited_pages(queryset, page_field, user, *, whole_site=False):
    """Keep the items of `queryset` whose page (`page_field`) lies under a page `user` may
    edit: their sections (editors), their site's sections (the board), everything
    (administrators). With `whole_site`, anywhere on a site where they edit something."""
    if user.is_superuser:
        return queryset
    paths = {path[:2 * Page.steplen] if whole_site else path
             for path in GroupPagePermission.objects.filter(
                 group__user=user, permission__codename="change_page",
             ).values_list("page__path", flat=True)}
    if not paths:
        return queryset.none()
    return queryset.filter(
        reduce(or_, (Q(**{f"{page_field}__path__startswith": path}) for path in paths)))


def feedback_for_user(user):
    """Return the feedback `user` may moderate."""
    return _under_edited_pages(Feedback.objects.select_related("article"), "article", user)


def questions_for_user(user):
    """Return the readers' questions `user` may route and answer, overdue ones first."""
    today = timezone.localdate()
    late = Case(When(status__in=[Question.RECEIVED, Question.ASSIGNED], due_on__lt=today,
                     then=Value(0)), default=Value(1))
    questions = Question.objects.select_related("unit", "page").annotate(on_time=late)
    # The "Hỏi - Đáp" page sits under the home page, beside the sections the board edits.
    return _under_edited_pages(questions, "page", user, whole_site=True).order_by(
        "on_time", "due_on", "pk")


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
    email = email.strip()
    return {
        "feedback": [
            {"article": item.article.title, "article_url": item.article.full_url,
             "name": item.name, "email": item.email, "message": item.message,
             "sent_at": item.created_at.isoformat(), "consent_at": item.consent_at.isoformat(),
             "address": item.address, "status": item.get_status_display(), "reply": item.reply}
            for item in Feedback.objects.filter(email__iexact=email)
            .select_related("article").order_by("created_at")
        ],
        "questions": [
            {"title": item.title, "question": item.body, "name": item.name,
             "email": item.email, "sent_at": item.created_at.isoformat(),
             "consent_at": item.consent_at.isoformat(), "address": item.address,
             "status": item.get_status_display(), "answer": item.answer}
            for item in Question.objects.filter(email__iexact=email).order_by("created_at")
        ],
    }


def reader_erase(email, *, user):
    """Delete everything kept about the reader writing from `email`; return how many items.

    The audit trail keeps that an erasure happened, not what was erased: the titles of the
    items' earlier log entries (name and message) are replaced by their numbers.
    """
    email = email.strip()
    items = [*Feedback.objects.filter(email__iexact=email),
             *Question.objects.filter(email__iexact=email)]
    with transaction.atomic():
        for item in items:
            content_type = ContentType.objects.get_for_model(item)
            ModelLogEntry.objects.filter(content_type=content_type,
                                         object_id=str(item.pk)).update(label=f"#{item.pk}")
            log(instance=item, action=ERASE, user=user, title=f"#{item.pk}")
            item.delete()
    return len(items)
