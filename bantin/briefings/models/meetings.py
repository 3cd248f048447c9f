"""A briefing record: the meeting (kind, period, date, place, chair, agenda), the units invited
to report with their deadlines, the people attending with the titles they held that day, and the
chair's numbered conclusions (bantin/briefings/models/tasks.py). A briefing is not marked
internal while its article is live, scheduled or under review; a conclusion the article may
quote not while the article exists, since its text would stay in it."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from bantin.briefings import periods


class Briefing(ClusterableModel):
    PERIODIC, WORKING, CONFERENCE = "periodic", "working_session", "conference"
    KINDS = [(PERIODIC, _("Periodic briefing")), (WORKING, _("Working session")),
             (CONFERENCE, _("Conference"))]

    site = models.ForeignKey("wagtailcore.Site", verbose_name=_("portal"),
                             on_delete=models.CASCADE, related_name="+")
    title = models.CharField(_("title"), max_length=255,
                             help_text=_("e.g. Giao ban khối các cơ quan tham mưu quý III"))
    kind = models.CharField(_("kind"), max_length=20, choices=KINDS, default=PERIODIC)
    period_kind = models.CharField(_("period covered"), max_length=10, choices=periods.KINDS,
                                   default=periods.QUARTER)
    period_start = models.DateField(_("period from"))
    period_end = models.DateField(_("period to"))
    held_on = models.DateField(_("date of the meeting"), db_index=True)
    place = models.CharField(_("place"), max_length=255, blank=True)
    chair = models.ForeignKey("briefings.Person", verbose_name=_("chair"),
                              on_delete=models.PROTECT, related_name="chaired")
    chair_title = models.CharField(
        _("chair's title at the meeting"), max_length=255, blank=True,
        help_text=_("Kept as it was that day; left empty, the chair's current title."))
    agenda = models.TextField(_("agenda"), blank=True)
    internal = models.BooleanField(
        _("internal"), default=False,
        help_text=_("An internal briefing never reaches the public site: no article is made "
                    "from it."))
    article = models.OneToOneField("news.ArticlePage", verbose_name=_("article"), null=True,
                                   blank=True, on_delete=models.SET_NULL,
                                   related_name="briefing", editable=False)
    created_at = models.DateTimeField(_("created at"), default=timezone.now, editable=False)

    panels = [
        FieldPanel("site"), FieldPanel("title"), FieldPanel("kind"),
        MultiFieldPanel([FieldPanel("period_kind"), FieldPanel("period_start"),
                         FieldPanel("period_end")], heading=_("Period covered")),
        FieldPanel("held_on"), FieldPanel("place"), FieldPanel("chair", widget=forms.Select),
        FieldPanel("chair_title"), FieldPanel("agenda"), FieldPanel("internal"),
        InlinePanel("units", heading=_("Reporting units"), label=_("reporting unit")),
        InlinePanel("attendees", heading=_("Attendees"), label=_("attendee")),
        InlinePanel("conclusions", heading=_("Conclusions"), label=_("conclusion")),
    ]

    class Meta:
        ordering = ["-held_on", "-pk"]
        verbose_name = _("briefing")
        verbose_name_plural = _("briefings")

    def __str__(self):
        return self.title

    @property
    def period(self):
        return periods.Period(self.period_kind, self.period_start, self.period_end)

    def clean(self):
        if self.period_start and self.period_end and not self.period.is_whole():
            raise ValidationError({"period_end": _(
                "The dates do not bound one %(kind)s: choose the first and the last day of it, "
                "or a free range.") % {"kind": self.get_period_kind_display().lower()}})
        if self.chair_id and not self.chair_title:
            self.chair_title = self.chair.title
        if self.internal and self.article_id:
            self._check_article_not_forward()

    def _check_article_not_forward(self):
        # What is already on its way to readers would be published by the newsroom's review or
        # the scheduler, which the article's own check then refuses halfway (#11, point 5).
        article = self.article
        if article.live:
            raise ValidationError({"internal": _(
                "An article made from this briefing is published: unpublish it before marking "
                "the briefing internal.")})
        if article.workflow_in_progress or article.approved_schedule:
            raise ValidationError({"internal": _(
                "An article made from this briefing is under review or scheduled: cancel that "
                "before marking the briefing internal.")})

    def conclusion_internal_refusal(self, conclusion):
        """Why `conclusion`, as the form would save it, may not be marked internal, or None. The
        article keeps the text it was made with, which may quote the conclusion if it was saved
        public: marked internal now, that text would still be published (#11, point 5). A new
        article, made once this one is deleted, leaves it out."""
        if (conclusion.internal and conclusion.pk and self.article_id
                and type(conclusion).objects.filter(pk=conclusion.pk, briefing_id=self.pk,
                                                    internal=False).exists()):
            return _("An article has been made from this briefing and may quote this "
                     "conclusion: delete that article before marking the conclusion internal.")
        return None


class BriefingUnit(Orderable):
    """A unit invited to report for the briefing, with the deadline of its report."""

    briefing = ParentalKey(Briefing, on_delete=models.CASCADE, related_name="units")
    unit = models.ForeignKey("briefings.Unit", verbose_name=_("unit"), on_delete=models.PROTECT,
                             related_name="+")
    report_due = models.DateTimeField(_("report due by"))
    reminded_at = models.DateTimeField(_("last reminded at"), null=True, blank=True,
                                       editable=False)

    panels = [FieldPanel("unit", widget=forms.Select), FieldPanel("report_due")]

    class Meta(Orderable.Meta):
        verbose_name = _("reporting unit")
        verbose_name_plural = _("reporting units")
        constraints = [models.UniqueConstraint(fields=["briefing", "unit"],
                                               name="briefings_briefingunit_unique")]

    def __str__(self):
        return str(self.unit)


class Attendance(Orderable):
    """A person attending, with the title they held that day."""

    briefing = ParentalKey(Briefing, on_delete=models.CASCADE, related_name="attendees")
    person = models.ForeignKey("briefings.Person", verbose_name=_("person"),
                               on_delete=models.PROTECT, related_name="+")
    title = models.CharField(_("title at the meeting"), max_length=255, blank=True,
                             help_text=_("Left empty, the person's current title."))

    panels = [FieldPanel("person", widget=forms.Select), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = _("attendee")
        verbose_name_plural = _("attendees")

    def __str__(self):
        return f"{self.person}, {self.title}"

    def clean(self):
        if self.person_id and not self.title:
            self.title = self.person.title
