"""Polls ("Thăm dò ý kiến") and the portal's satisfaction rating: a question with options,
one ballot per visitor, results counted from the ballots."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable


class PollQuerySet(models.QuerySet):
    def for_site(self, site):
        return self.filter(site=site)

    def shown(self, now=None):
        """Polls to show: switched on and already open (closed ones show their results)."""
        return self.filter(is_active=True, opens_at__lte=now or timezone.now())


class Poll(ClusterableModel):
    """A question readers answer by choosing one option, or several."""

    HOME = "home"
    SIDEBAR = "sidebar"
    SATISFACTION = "satisfaction"
    PLACEMENTS = [
        (HOME, _("home page")),
        (SIDEBAR, _("sidebar of every page")),
        (SATISFACTION, _("satisfaction rating, in the footer of every page")),
    ]

    site = models.ForeignKey("wagtailcore.Site", verbose_name=_("portal"),
                             on_delete=models.CASCADE, related_name="+")
    question = models.CharField(_("question"), max_length=300)
    multiple = models.BooleanField(_("readers may choose several options"), default=False)
    placement = models.CharField(_("shown on"), max_length=20, choices=PLACEMENTS,
                                 default=SIDEBAR)
    opens_at = models.DateTimeField(_("opens at"), default=timezone.now)
    closes_at = models.DateTimeField(_("closes at"), null=True, blank=True,
                                     help_text=_("Leave empty to keep the poll open."))
    is_active = models.BooleanField(_("shown"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = PollQuerySet.as_manager()

    panels = [FieldPanel("site"), FieldPanel("question"), FieldPanel("placement"),
              FieldPanel("multiple"), FieldPanel("opens_at"), FieldPanel("closes_at"),
              FieldPanel("is_active"),
              InlinePanel("options", label=_("options"), min_num=2, max_num=12)]

    class Meta:
        verbose_name = _("poll")
        verbose_name_plural = _("polls")
        ordering = ["-opens_at", "-pk"]
        constraints = [models.UniqueConstraint(
            fields=["site"], condition=models.Q(placement="satisfaction"),
            name="one_satisfaction_rating_per_site",
            violation_error_message=_("This portal already has a satisfaction rating."))]

    def __str__(self):
        return self.question

    def clean(self):
        if self.closes_at and self.opens_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("The poll must close after it opens.")})

    def is_open(self, now=None):
        now = now or timezone.now()
        return self.is_active and self.opens_at <= now and (
            self.closes_at is None or now < self.closes_at)

    def results(self):
        """Return (ballot count, [(option, votes, percent of ballots)]) in option order."""
        ballots = self.ballots.count()
        counts = dict(PollOption.objects.filter(poll=self).annotate(n=Count("votes"))
                      .values_list("pk", "n"))
        rows = [(option, counts.get(option.pk, 0),
                 round(100 * counts.get(option.pk, 0) / ballots) if ballots else 0)
                for option in self.options.all()]
        return ballots, rows


class PollOption(Orderable):
    poll = ParentalKey(Poll, on_delete=models.CASCADE, related_name="options")
    label = models.CharField(_("option"), max_length=200)

    panels = [FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("option")
        verbose_name_plural = _("options")

    def __str__(self):
        return self.label


class PollBallot(models.Model):
    """One visitor's vote in one poll: the database refuses a second from the same visitor."""

    poll = models.ForeignKey(Poll, on_delete=models.CASCADE, related_name="ballots")
    voter = models.CharField(max_length=64)  # the anonymous visitor key, never a person's name
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("ballot")
        verbose_name_plural = _("ballots")
        constraints = [models.UniqueConstraint(fields=["poll", "voter"], name="one_ballot")]


class PollVote(models.Model):
    """One option chosen on a ballot (a multiple-choice ballot has several)."""

    ballot = models.ForeignKey(PollBallot, on_delete=models.CASCADE, related_name="votes")
    option = models.ForeignKey(PollOption, on_delete=models.CASCADE, related_name="votes")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["ballot", "option"], name="one_vote")]
