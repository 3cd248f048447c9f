"""Handling what readers send: whose feedback and questions a person may see, publishing or
refusing feedback (logged like every admin action), and a reader's data exported or erased."""

from datetime import timedelta
from functools import reduce
from operator import or_

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Case, Q, Value, When
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry
from wagtail.permission_policies.pages import PagePermissionPolicy

from bantin.core.sites import sites_for_user
from bantin.engagement.models import AnswerUnit, Feedback, Poll, Question

# What the audit trail records for moderation (registered in wagtail_hooks).
APPROVE = "bantin.feedback_approve"
REJECT = "bantin.feedback_reject"
ERASE = "bantin.reader_erase"


def feedback_for_user(user):
    """Return the feedback `user` may moderate: on the articles they may edit (their sections
    for editors, their site's sections for the board, everything for administrators)."""
    articles = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return Feedback.objects.select_related("article").filter(
        article__in=articles.values("pk"))


def questions_for_user(user):
    """Return the readers' questions of `user`'s sites, overdue ones first, then by due date."""
    today = timezone.localdate()
    late = Case(When(status__in=[Question.RECEIVED, Question.ASSIGNED], due_on__lt=today,
                     then=Value(0)), default=Value(1))
    questions = Question.objects.select_related("unit", "page").annotate(on_time=late)
    if not user.is_superuser:
        homes = [Q(page__path__startswith=path)
                 for path in sites_for_user(user).values_list("root_page__path", flat=True)]
        questions = questions.filter(reduce(or_, homes)) if homes else questions.none()
    return questions.order_by("on_time", "due_on", "pk")


def polls_for_user(user):
    return Poll.objects.filter(site__in=sites_for_user(user))


def units_for_user(user):
    return AnswerUnit.objects.filter(site__in=sites_for_user(user))


# What each admin person may see of each model, for the admin views of engagement.
SCOPES = {Feedback: feedback_for_user, Question: questions_for_user, Poll: polls_for_user,
          AnswerUnit: units_for_user}


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


def reader_data(email, *, user):
    """Return what `user`'s sites keep about the reader writing from `email`, as plain data."""
    email = email.strip()
    return {
        "feedback": [
            {"article": item.article.title, "article_url": item.article.full_url,
             "name": item.name, "email": item.email, "message": item.message,
             "sent_at": item.created_at.isoformat(), "consent_at": item.consent_at.isoformat(),
             "address": item.address, "status": item.get_status_display(), "reply": item.reply}
            for item in feedback_for_user(user).filter(email__iexact=email).order_by("created_at")
        ],
        "questions": [
            {"title": item.title, "question": item.body, "name": item.name,
             "email": item.email, "sent_at": item.created_at.isoformat(),
             "consent_at": item.consent_at.isoformat(), "address": item.address,
             "status": item.get_status_display(), "answer": item.answer}
            for item in questions_for_user(user).filter(email__iexact=email)
            .order_by("created_at")
        ],
    }


def reader_erase(email, *, user):
    """Delete what `user`'s sites keep about the reader writing from `email`; return how many.

    The audit trail keeps that an erasure happened, not what was erased: the titles of the
    items' earlier log entries (name and message) are replaced by their numbers.
    """
    email = email.strip()
    items = [*feedback_for_user(user).filter(email__iexact=email),
             *questions_for_user(user).filter(email__iexact=email)]
    with transaction.atomic():
        for item in items:
            content_type = ContentType.objects.get_for_model(item)
            ModelLogEntry.objects.filter(content_type=content_type,
                                         object_id=str(item.pk)).update(label=f"#{item.pk}")
            log(instance=item, action=ERASE, user=user, title=f"#{item.pk}")
            item.delete()
    return len(items)


def addresses_forget(*, now=None):
    """Clear the sender's address of feedback and questions older than READER_ADDRESS_DAYS:
    kept to handle abuse while it is fresh, not for ever. Return how many were cleared."""
    before = (now or timezone.now()) - timedelta(days=settings.READER_ADDRESS_DAYS)
    return sum(model.objects.filter(created_at__lt=before, address__isnull=False)
               .update(address=None) for model in (Feedback, Question))
