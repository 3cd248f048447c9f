"""The organisation tree of an agency's units (its office, its boards, the Party committees
under it), the staff accounts attached to them, and the people who chair and attend meetings."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


class Unit(models.Model):
    """A unit of an agency (a Wagtail Site). The office runs the briefings and sees everything
    of its site; any other unit sees its own reports and tasks."""

    site = models.ForeignKey("wagtailcore.Site", verbose_name=_("portal"),
                             on_delete=models.CASCADE, related_name="+")
    parent = models.ForeignKey("self", verbose_name=_("unit above"), null=True, blank=True,
                               on_delete=models.PROTECT, related_name="children")
    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(_("short name"), max_length=60, blank=True,
                                  help_text=_("As tables and charts show it, e.g. BTG."))
    email = models.EmailField(
        _("e-mail"), blank=True,
        help_text=_("Reminders and the weekly digest of tasks are sent here and to the unit's "
                    "staff."))
    is_office = models.BooleanField(
        _("the chair's office"), default=False,
        help_text=_("Its staff create briefings, see every unit's reports and tasks and decide "
                    "on extensions."))
    sort_order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("unit")
        verbose_name_plural = _("units")
        constraints = [models.UniqueConstraint(fields=["site", "name"],
                                               name="briefings_unit_unique_name")]

    def __str__(self):
        return self.name

    @property
    def label(self):
        return self.short_name or self.name

    def clean(self):
        if self._moves_with_ties():
            raise ValidationError({"site": _(
                "This unit already has staff, people, units under it, briefings, reports or "
                "tasks: it cannot move to another portal.")})
        above, seen = self.parent, set()
        while above is not None:
            if above.pk == self.pk or above.pk in seen:
                raise ValidationError({"parent": _("A unit cannot be placed under itself.")})
            if above.site_id != self.site_id:
                raise ValidationError({"parent": _("The unit above belongs to another portal.")})
            seen.add(above.pk)
            above = above.parent

    def _moves_with_ties(self):
        """Whether the unit is being moved to another portal while things of its portal hang on
        it (they would follow it to another agency)."""
        if self.pk is None:
            return False
        stored_site = Unit.objects.filter(pk=self.pk).values_list("site_id", flat=True).first()
        if stored_site in (None, self.site_id):
            return False
        attending = self._meta.apps.get_model("briefings", "BriefingUnit").objects.filter(unit=self)
        return any(related.exists() for related in (
            self.memberships, self.people, self.children, self.reports, self.tasks, attending))


class Membership(models.Model):
    """A staff account working in a unit (one person may work in several)."""

    unit = models.ForeignKey(Unit, verbose_name=_("unit"), on_delete=models.CASCADE,
                             related_name="memberships")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("staff account"),
                             on_delete=models.CASCADE, related_name="unit_memberships")

    class Meta:
        verbose_name = _("unit staff member")
        verbose_name_plural = _("unit staff")
        constraints = [models.UniqueConstraint(fields=["unit", "user"],
                                               name="briefings_membership_unique")]

    def __str__(self):
        return f"{self.user} · {self.unit}"


class Person(models.Model):
    """Someone who chairs or attends meetings, with the title they hold now; each meeting keeps
    the title held that day (Attendance.title, Briefing.chair_title)."""

    site = models.ForeignKey("wagtailcore.Site", verbose_name=_("portal"),
                             on_delete=models.CASCADE, related_name="+")
    name = models.CharField(_("full name"), max_length=120)
    title = models.CharField(_("current title"), max_length=255,
                             help_text=_("e.g. Phó Bí thư Thường trực Tỉnh ủy"))
    unit = models.ForeignKey(Unit, verbose_name=_("unit"), null=True, blank=True,
                             on_delete=models.SET_NULL, related_name="people")

    class Meta:
        ordering = ["name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self):
        return self.name

    def clean(self):
        if self.unit_id and self.site_id and self.unit.site_id != self.site_id:
            raise ValidationError({"unit": _("This unit belongs to another portal.")})
