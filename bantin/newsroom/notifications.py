"""E-mail the people who can complete a review step when an article reaches it."""

import logging

from django.contrib.auth import get_user_model
from django.core.mail import send_mass_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import GroupPagePermission

logger = logging.getLogger(__name__)


def reviewers_for(task, page):
    """Return the active users who can complete `task` for `page` and want to be told."""
    # Teams hold their rights on sections (depth > 2); administrators' rights on the whole tree
    # let them act anywhere, but they are not mailed for every article of every site.
    ancestor_ids = list(
        page.get_ancestors(inclusive=True).filter(depth__gt=1).values_list("pk", flat=True)
    )
    group_ids = GroupPagePermission.objects.filter(
        page_id__in=ancestor_ids, permission__codename=f"{task.required_permission}_page"
    ).values_list("group_id", flat=True)
    candidates = (
        get_user_model().objects.filter(groups__in=group_ids, is_active=True)
        # Those who turned off "submitted" e-mails in their account settings are not mailed.
        .exclude(wagtail_userprofile__submitted_notifications=False)
        .distinct()
    )
    return [user for user in candidates if task.user_can_review(page, user)]


def reviewers_notify(*, task_state, submitter=None):
    """Send each reviewer of `task_state` one e-mail saying what waits and where to review it."""
    task = task_state.task.specific
    page = task_state.workflow_state.content_object.specific
    recipients = [user for user in reviewers_for(task, page)
                  if user.email and (submitter is None or user.pk != submitter.pk)]
    edit_url = AdminURLFinder().get_edit_url(page)
    subject = _("“%(title)s” waits for you: %(step)s") % {"title": page.title, "step": task.name}
    messages = [
        (subject,
         render_to_string("newsroom/review_waiting_email.txt",
                          {"user": user, "page": page, "task": task, "edit_url": edit_url,
                           "submitter": submitter}),
         None, [user.email])
        for user in recipients
    ]
    # After the commit, and never failing the step: a mail server being down must not undo a
    # submission or an approval.
    transaction.on_commit(lambda: _send(messages))
    return recipients


def _send(messages):
    try:
        send_mass_mail(messages, fail_silently=False)
    except OSError:
        logger.exception("Review notification e-mails could not be sent")
