"""The chair's numbered conclusions and the tasks they give units: one task for the lead unit
and one for each coordinating unit, each followed up (progress notes with evidence, extensions
asked for and decided) until done. A task past its deadline and not done is overdue. What was
recorded on a task is never deleted with it: a task with history blocks the deletion of its
conclusion (and so of its briefing), which the briefing's form refuses first in Vietnamese."""

import uuid

from django import forms
from django.conf import settings
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from bantin.core.uploads import safe_filename
from bantin.library.files import attachment_validate, attachments_storage


class Conclusion(Orderable, ClusterableModel):  # its own many-to-many fields go with it
    briefing = ParentalKey("briefings.Briefing", on_delete=models.CASCADE,
                           related_name="conclusions")
    number = models.PositiveSmallIntegerField(_("number"))
    text = models.TextField(_("conclusion"))
    # Blank in the form so that a missing lead unit gets services.conclusion_check's message.
    lead_unit = models.ForeignKey("briefings.Unit", verbose_name=_("lead unit"), null=True,
                                  blank=True, on_delete=models.PROTECT, related_name="+")
    coordinating_units = ParentalManyToManyField("briefings.Unit", blank=True,
                                                 verbose_name=_("coordinating units"),
                                                 related_name="+")
    deadline = models.DateField(_("deadline"))
    documents = ParentalManyToManyField("library.Document", blank=True,
                                        verbose_name=_("documents referred to"),
                                        related_name="+")
    internal = models.BooleanField(
        _("internal"), default=False,
        help_text=_("An article made from the briefing leaves this conclusion out."))

    panels = [FieldPanel("number"), FieldPanel("text"),
              FieldPanel("lead_unit", widget=forms.Select),
              FieldPanel("coordinating_units", widget=forms.CheckboxSelectMultiple),
              FieldPanel("deadline"), FieldPanel("documents"), FieldPanel("internal")]

    class Meta(Orderable.Meta):
        verbose_name = _("conclusion")
        verbose_name_plural = _("conclusions")
        constraints = [models.UniqueConstraint(fields=["briefing", "number"],
                                               name="briefings_conclusion_unique_number")]

    def __str__(self):
        return f"{self.number}. {self.text[:80]}"


class TaskQuerySet(models.QuerySet):
    def followed_up(self):
        """Tasks with history: a progress update or an extension request."""
        return self.filter(Exists(TaskUpdate.objects.filter(task=OuterRef("pk")))
                           | Exists(ExtensionRequest.objects.filter(task=OuterRef("pk"))))

    def open(self):
        return self.exclude(status=Task.DONE)

    def overdue(self, today=None):
        return self.open().filter(deadline__lt=today or timezone.localdate())


class Task(models.Model):
    OPEN, IN_PROGRESS, DONE = "open", "in_progress", "done"
    STATUSES = [(OPEN, _("Not started")), (IN_PROGRESS, _("In progress")), (DONE, _("Done"))]

    conclusion = models.ForeignKey(Conclusion, verbose_name=_("conclusion"),
                                   on_delete=models.CASCADE, related_name="tasks")
    unit = models.ForeignKey("briefings.Unit", verbose_name=_("unit"), on_delete=models.PROTECT,
                             related_name="tasks")
    leads = models.BooleanField(_("lead unit"), default=False)
    deadline = models.DateField(_("deadline"), db_index=True)
    original_deadline = models.DateField(_("deadline set at the meeting"))
    status = models.CharField(_("status"), max_length=12, choices=STATUSES, default=OPEN,
                              db_index=True)
    done_on = models.DateField(_("done on"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = TaskQuerySet.as_manager()

    class Meta:
        ordering = ["deadline", "pk"]
        verbose_name = _("task")
        verbose_name_plural = _("tasks")
        constraints = [models.UniqueConstraint(fields=["conclusion", "unit"],
                                               name="briefings_task_unique")]

    def __str__(self):
        return f"{self.unit} · {self.conclusion}"

    def is_overdue(self, today=None):
        return self.status != self.DONE and self.deadline < (today or timezone.localdate())

    def overdue_days(self, today=None):
        """How many days the task is past its deadline (0 when it is not overdue)."""
        today = today or timezone.localdate()
        return (today - self.deadline).days if self.is_overdue(today) else 0

    @property
    def done_late(self):
        return self.status == self.DONE and self.done_on is not None \
            and self.done_on > self.deadline

    @property
    def extended(self):
        return self.deadline != self.original_deadline


def evidence_path(update, filename):
    """Under a random folder, beside the register's files: kept out of MEDIA_ROOT, so only the
    admin's evidence view (which checks who asks) hands it out."""
    return f"minh-chung/{uuid.uuid4().hex}/{safe_filename(filename, default='minh-chung')}"


class TaskUpdate(models.Model):
    """A progress note by the unit: the status it reports, what was done, and evidence."""

    task = models.ForeignKey(Task, on_delete=models.PROTECT, related_name="updates")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("by"), null=True,
                               on_delete=models.SET_NULL, related_name="+")
    status = models.CharField(_("status"), max_length=12, choices=Task.STATUSES)
    note = models.TextField(_("progress"))
    evidence = models.FileField(
        _("evidence"), upload_to=evidence_path, storage=attachments_storage, blank=True,
        validators=[attachment_validate],
        help_text=_("A document showing the work done (PDF, Word, Excel, OpenDocument)."))
    created_at = models.DateTimeField(_("at"), default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("progress update")
        verbose_name_plural = _("progress updates")


class ExtensionRequest(models.Model):
    """A unit asking for a later deadline, with its reason; the office approves or refuses."""

    PENDING, APPROVED, REFUSED = "pending", "approved", "refused"
    STATES = [(PENDING, _("Waiting for a decision")), (APPROVED, _("Approved")),
              (REFUSED, _("Refused"))]

    task = models.ForeignKey(Task, on_delete=models.PROTECT, related_name="extensions")
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("asked by"),
                                     null=True, on_delete=models.SET_NULL, related_name="+")
    requested_at = models.DateTimeField(_("asked at"), default=timezone.now)
    current_deadline = models.DateField(_("deadline when asked"))
    new_deadline = models.DateField(_("deadline asked for"))
    reason = models.TextField(_("reason"))
    state = models.CharField(_("decision"), max_length=10, choices=STATES, default=PENDING,
                             db_index=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("decided by"),
                                   null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decision_note = models.TextField(_("note on the decision"), blank=True)

    class Meta:
        ordering = ["-requested_at", "-pk"]
        verbose_name = _("extension request")
        verbose_name_plural = _("extension requests")
        # One request waiting per task, even when two arrive at once (services.extension_request).
        constraints = [models.UniqueConstraint(fields=["task"], condition=Q(state="pending"),
                                               name="briefings_extension_one_pending")]
