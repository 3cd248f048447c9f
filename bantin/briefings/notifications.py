"""E-mail the units of the briefings: a reminder to submit a report as its deadline nears and
once it has passed, and each week the digest of their open tasks (with one for each office, of
every unit's overdue tasks). Both can run as often as a scheduler likes: BriefingUnit.reminded_at
and DigestRun keep each e-mail to once."""

import logging
from dataclasses import dataclass
from datetime import time, timedelta

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

from bantin.briefings.digests import SOON_DAYS, office_digests, unit_digests
from bantin.briefings.models import BriefingUnit, DigestRun, Membership, UnitReport
from bantin.core.formats import format_date, format_datetime, format_duration

logger = logging.getLogger(__name__)

# The weekly digest leaves on Monday from 07:00, local time (or at the first run after it).
DIGEST_TIME = time(7, 0)


@dataclass(frozen=True)
class Reminder:
    invitation: BriefingUnit
    late: bool
    message: EmailMessage


def recipients_of(units):
    """The addresses to write to, by unit id: the unit's own, then those of its active staff,
    each address once."""
    addresses = {unit.pk: [unit.email] if unit.email else [] for unit in units}
    staff = (Membership.objects.filter(unit_id__in=addresses, user__is_active=True)
             .exclude(user__email="").order_by("user__email")
             .values_list("unit_id", "user__email"))
    for unit_id, email in staff:
        if email.lower() not in {address.lower() for address in addresses[unit_id]}:
            addresses[unit_id].append(email)
    return addresses


def message(subject, template, context, recipients):
    # A subject is one line, whatever a title typed into the admin holds.
    return EmailMessage(" ".join(subject.split()), render_to_string(template, context),
                        to=recipients)


def reminders_due(now=None):
    """The reminders to send at `now`: one per unit invited to a briefing that has not submitted
    its report, whose deadline is at most REPORT_REMINDER_HOURS away (before or after it) and
    that was not reminded in the last REPORT_REMINDER_INTERVAL_HOURS. A unit without any
    address gets a reminder with no recipient, which is never sent."""
    now = now or timezone.now()
    window = timedelta(hours=settings.REPORT_REMINDER_HOURS)
    interval = timedelta(hours=settings.REPORT_REMINDER_INTERVAL_HOURS)
    submitted = UnitReport.objects.filter(briefing_id=OuterRef("briefing_id"),
                                          unit_id=OuterRef("unit_id"),
                                          submitted_at__isnull=False)
    invitations = list(
        BriefingUnit.objects.filter(report_due__range=(now - window, now + window))
        .filter(Q(reminded_at__isnull=True) | Q(reminded_at__lte=now - interval))
        .exclude(Exists(submitted))
        .select_related("briefing", "unit").order_by("report_due", "pk"))
    addresses = recipients_of([invitation.unit for invitation in invitations])
    return [reminder_for(invitation, now, addresses[invitation.unit_id])
            for invitation in invitations]


def reminder_for(invitation, now, recipients):
    briefing, unit, due = invitation.briefing, invitation.unit, invitation.report_due
    late = due < now
    context = {"briefing": briefing, "unit": unit, "period": str(briefing.period),
               "deadline": format_datetime(due), "left": format_duration(due - now),
               "late": late}
    if late:
        subject = _("Report overdue: “%(briefing)s”, due %(deadline)s")
    else:
        subject = _("Report due %(deadline)s: “%(briefing)s”")
    subject %= {"briefing": briefing.title, "deadline": format_date(due)}
    return Reminder(invitation, late, message(subject, "briefings/report_reminder_email.txt",
                                              context, recipients))


def reminders_send(now=None):
    """Send the reminders due at `now` (reminders_due); return how many were sent. Raises
    OSError, having sent nothing, when the mail server cannot be reached."""
    now = now or timezone.now()
    reminders = [reminder for reminder in reminders_due(now) if reminder.message.to]
    if not reminders:
        return 0
    sent = 0
    with get_connection() as connection:
        for reminder in reminders:
            before = reminder.invitation.reminded_at
            invitation = BriefingUnit.objects.filter(pk=reminder.invitation.pk)
            # Taken by moving reminded_at from the value read: a second scheduler running at the
            # same moment finds it moved and leaves this reminder alone.
            if not invitation.filter(reminded_at=before).update(reminded_at=now):
                continue
            if deliver(reminder.message, connection):
                sent += 1
            else:  # tried again at the next run
                invitation.filter(reminded_at=now).update(reminded_at=before)
    return sent


def deliver(email, connection):
    """Send one e-mail over `connection`; a refusal is logged and the others go on."""
    email.connection = connection
    try:
        email.send()
    except OSError:
        logger.exception("Briefings e-mail to %s could not be sent", ", ".join(email.to))
        return False
    return True


def digests_due(today=None):
    """The weekly digest's e-mails for `today`: one per unit with an open task, then one per
    office with overdue tasks or extension requests in its portal. An e-mail for a unit without
    any address has no recipient and is never sent."""
    today = today or timezone.localdate()
    units, offices = unit_digests(today), office_digests(today)
    addresses = recipients_of([digest.unit for digest in units]
                              + [digest.office for digest in offices])
    week = format_date(today - timedelta(days=today.weekday()))
    messages = [
        message(_("Tasks of %(unit)s, week of %(week)s: %(open)d open, %(overdue)d overdue")
                % {"unit": digest.unit.label, "week": week, "open": digest.open_count,
                   "overdue": len(digest.overdue)},
                "briefings/task_digest_email.txt",
                {"digest": digest, "soon_days": SOON_DAYS}, addresses[digest.unit.pk])
        for digest in units]
    messages += [
        message(_("Overdue tasks of the units, week of %(week)s: %(count)d")
                % {"week": week, "count": digest.overdue_count},
                "briefings/office_digest_email.txt", {"digest": digest},
                addresses[digest.office.pk])
        for digest in offices]
    return messages


def digest_send(today=None):
    """Send the weekly digest's e-mails for `today` (digests_due); return how many were sent.
    Raises OSError, having sent nothing, when the mail server cannot be reached."""
    messages = [email for email in digests_due(today) if email.to]
    if not messages:
        return 0
    with get_connection() as connection:
        return sum(deliver(email, connection) for email in messages)


def digest_week(now=None):
    """The Monday of `now`'s week if that week's digest may leave (from Monday 07:00 local
    time), else None."""
    local = timezone.localtime(now or timezone.now())
    monday = local.date() - timedelta(days=local.weekday())
    if local.date() == monday and local.time() < DIGEST_TIME:
        return None
    return monday


def digest_send_weekly(now=None):
    """Send this week's digest once: return how many e-mails were sent, or None before Monday
    07:00 or when the week's digest was sent already (its DigestRun row, written before the mail
    goes, so two schedulers never both send it)."""
    now = now or timezone.now()
    week = digest_week(now)
    if week is None or DigestRun.objects.filter(week=week).exists():
        return None
    try:
        with transaction.atomic():
            run = DigestRun.objects.create(week=week, started_at=now)
    except IntegrityError:  # another scheduler took the week a moment ago
        return None
    try:
        run.messages = digest_send(timezone.localdate(now))
    except OSError:
        run.delete()  # the mail server could not be reached: the next run tries again
        raise
    run.save(update_fields=["messages"])
    return run.messages
