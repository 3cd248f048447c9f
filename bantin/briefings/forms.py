"""The briefings' admin forms: the briefing with its units, attendees and conclusions checked
together; a unit's report with its indicators; progress, extensions and their decisions.
Figures are typed as Vietnamese write them ("1.234,5"), or with a decimal point ("12.5")."""

import re
from decimal import Decimal, InvalidOperation

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm

from bantin.briefings import access, services
from bantin.briefings.figures import MINUS, format_figure
from bantin.briefings.models import (
    Conclusion,
    ExtensionRequest,
    Indicator,
    Person,
    Task,
    TaskUpdate,
    Unit,
    UnitReport,
)
from bantin.library.models import Document

# The largest conclusion number the database takes (a PositiveSmallIntegerField).
NUMBER_MAX = 32767
GROUPED = re.compile(r"^-?\d{1,3}(\.\d{3})+$")  # "1.234" or "12.345.678": dots group thousands


def parse_number(text):
    """Read a figure typed in Vietnamese style: "1.234,5", "1 234", "1.234" (one thousand two
    hundred thirty-four) or "12.5", "-3" (or "−3", as figures.format_figure writes it);
    ValueError otherwise."""
    value = re.sub(r"[\s\u00a0]", "", str(text)).replace(MINUS, "-")
    if "," in value:
        whole, _sep, decimals = value.partition(",")
        if "," in decimals or (("." in whole) and not GROUPED.match(whole)):
            raise ValueError(text)
        value = whole.replace(".", "") + "." + decimals
    elif GROUPED.match(value):
        value = value.replace(".", "")
    if not re.fullmatch(r"-?\d+(\.\d+)?", value):
        raise ValueError(text)
    try:
        return Decimal(value)
    except InvalidOperation as error:
        raise ValueError(text) from error


class NumberField(forms.CharField):
    """A figure: up to 16 digits before the decimal comma and 2 after."""

    def to_python(self, value):
        value = super().to_python(value)
        if value in self.empty_values:
            return None
        try:
            number = parse_number(value)
        except ValueError:
            raise ValidationError(
                _("“%(value)s” is not a number: type a figure such as 1.234,5.")
                % {"value": value[:40]}, code="invalid") from None
        if abs(number) >= Decimal(10) ** 16 or number != round(number, 2):
            raise ValidationError(_("“%(value)s” is too large or has more than two decimals.")
                                  % {"value": value[:40]}, code="invalid")
        return number

    def prepare_value(self, value):
        return format_figure(value) if isinstance(value, Decimal) else value


# The choices of the briefing's rows, each a model with a `site`: an office sees its portal's.
CHILD_CHOICES = {"units": {"unit": Unit}, "attendees": {"person": Person},
                 "conclusions": {"lead_unit": Unit, "coordinating_units": Unit,
                                 "documents": Document}}


def _choices_of_sites(form_class, fields, sites):
    """`form_class` offering in `fields` only the rows of `sites` (set on one formset: its forms
    are built on first use, the empty one for "Add" included)."""

    def __init__(self, *args, **kwargs):
        form_class.__init__(self, *args, **kwargs)
        for field, model in fields.items():
            self.fields[field].queryset = model.objects.filter(site__in=sites)

    return type(form_class.__name__, (form_class,), {"__init__": __init__})


class BriefingForm(WagtailAdminModelForm):
    """Checks what no single row can: each conclusion's units among the briefing's reporting
    units, its deadline not before the meeting, numbers not repeated; and keeps what units
    recorded on their tasks: a conclusion, or a unit of a conclusion, whose task has progress
    updates or extension requests is not removed."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is not None and not self.for_user.is_superuser:
            sites = access.office_sites(self.for_user)
            self.fields["site"].queryset = self.fields["site"].queryset.filter(pk__in=sites)
            self.fields["chair"].queryset = Person.objects.filter(site__in=sites)
            for name, fields in CHILD_CHOICES.items():
                self.formsets[name].form = _choices_of_sites(self.formsets[name].form, fields,
                                                             sites)
        choices = self.fields["site"].queryset
        if not self.instance.site_id and choices.count() == 1:
            self.initial.setdefault("site", choices.get().pk)

    def is_valid(self):
        # The units and conclusions are checked together once every row is clean: a form's
        # clean() runs before its formsets'.
        if not super().is_valid():
            return False
        self._check_rows()
        return not self.errors and not any(
            form.errors for formset in self.formsets.values() for form in formset.forms)

    def _check_rows(self):
        site, chair = self.cleaned_data.get("site"), self.cleaned_data.get("chair")
        if site and chair and chair.site_id != site.pk:
            self.add_error("chair", _("This person belongs to another portal."))
        attending = set()
        for form in self.formsets["units"].forms:
            unit = form.cleaned_data.get("unit")
            if unit and not form.cleaned_data.get("DELETE"):
                if site and unit.site_id != site.pk:
                    form.add_error("unit", _("This unit belongs to another portal."))
                attending.add(unit)
        numbers = set()
        for form in self.formsets["conclusions"].forms:
            data = form.cleaned_data
            if data and data.get("DELETE"):
                self._check_removal_keeps_history(form.instance)
            if not data or data.get("DELETE"):
                continue
            errors = services.conclusion_check(
                held_on=self.cleaned_data.get("held_on"), attending=attending,
                number=data.get("number"), lead_unit=data.get("lead_unit"),
                coordinating_units=data.get("coordinating_units") or [],
                deadline=data.get("deadline"))
            refusal = self.instance.conclusion_internal_refusal(form.instance)
            if refusal:
                errors["internal"] = refusal
            if data.get("number") in numbers:
                errors["number"] = _("Two conclusions have the number %(number)s.") \
                    % {"number": data["number"]}
            numbers.add(data.get("number"))
            for field, message in errors.items():
                form.add_error(field, message)
            self._check_units_keep_history(form)

    def _followed_up_tasks(self, conclusion):
        if conclusion.pk is None:
            return []
        return list(Task.objects.followed_up().filter(conclusion=conclusion)
                    .select_related("unit").order_by("pk"))

    def _check_removal_keeps_history(self, conclusion):
        # The row is hidden once removed: the refusal goes at the top of the form.
        followed = self._followed_up_tasks(conclusion)
        if followed:
            self.add_error(None, _(
                "Conclusion %(number)s cannot be removed: %(units)s reported progress or asked "
                "for an extension on its tasks.") % {
                "number": conclusion.number,
                "units": ", ".join(str(task.unit) for task in followed)})

    def _check_units_keep_history(self, form):
        data = form.cleaned_data
        kept = {unit.pk for unit in data.get("coordinating_units") or []}
        if data.get("lead_unit"):
            kept.add(data["lead_unit"].pk)
        for task in self._followed_up_tasks(form.instance):
            if task.unit_id not in kept:
                form.add_error("lead_unit" if task.leads else "coordinating_units", _(
                    "%(unit)s reported progress or asked for an extension on its task of this "
                    "conclusion: it cannot be taken off the conclusion.") % {"unit": task.unit})

    def save(self, commit=True):
        if not commit:
            return super().save(commit=False)
        with transaction.atomic():
            briefing = super().save(commit=False)  # the conclusions as they will be saved
            if briefing.pk is not None:
                self._move_numbers_aside(briefing)
            briefing.save()
            self.save_m2m()
        return briefing

    def _move_numbers_aside(self, briefing):
        """The conclusions are saved one by one: one renumbered 2 to 3 would meet the 3 not yet
        renumbered to 4 (unique numbers in a briefing). Those whose number changes, and those
        removed, first take numbers that no conclusion has or will have."""
        current = dict(Conclusion.objects.filter(briefing=briefing).values_list("pk", "number"))
        final = {form.instance.pk: form.cleaned_data["number"]
                 for form in self.formsets["conclusions"].forms
                 if form.cleaned_data and not form.cleaned_data.get("DELETE")}
        moving = [pk for pk, number in current.items() if final.get(pk) != number]
        taken = set(current.values()) | set(final.values())
        free = (number for number in range(NUMBER_MAX, -1, -1) if number not in taken)
        for pk in moving:
            Conclusion.objects.filter(pk=pk).update(number=next(free))


class ReportForm(forms.ModelForm):
    class Meta:
        model = UnitReport
        fields = ["results", "shortcomings", "proposals", "internal"]
        widgets = {name: forms.Textarea(attrs={"rows": 5})
                   for name in ("results", "shortcomings", "proposals")}


class IndicatorForm(forms.ModelForm):
    value = NumberField(label=gettext_lazy("value"))
    previous_value = NumberField(label=gettext_lazy("value in the previous period"),
                                 required=False)

    class Meta:
        model = Indicator
        fields = ["name", "value", "measure", "previous_value"]


IndicatorFormSet = forms.formset_factory(IndicatorForm, extra=3, can_delete=True,
                                         max_num=100, validate_max=True)


class ProgressForm(forms.ModelForm):
    class Meta:
        model = TaskUpdate
        fields = ["status", "note", "evidence"]
        widgets = {"note": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, task=None, **kwargs):
        super().__init__(*args, **kwargs)
        if task is not None and not self.is_bound:
            self.initial.setdefault("status", task.status)


class ExtensionForm(forms.ModelForm):
    class Meta:
        model = ExtensionRequest
        fields = ["new_deadline", "reason"]
        widgets = {"new_deadline": forms.DateInput(attrs={"type": "date"}),
                   "reason": forms.Textarea(attrs={"rows": 3})}


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=gettext_lazy("decision"), widget=forms.RadioSelect,
        choices=[(ExtensionRequest.APPROVED, gettext_lazy("Approve the new deadline")),
                 (ExtensionRequest.REFUSED, gettext_lazy("Refuse"))])
    note = forms.CharField(label=gettext_lazy("note on the decision"), required=False,
                           widget=forms.Textarea(attrs={"rows": 2}))


TASK_STATES = [("", gettext_lazy("All")), ("overdue", gettext_lazy("Overdue")),
               ("open", gettext_lazy("Not done")), ("done", gettext_lazy("Done"))]


class TaskFilterForm(forms.Form):
    state = forms.ChoiceField(label=gettext_lazy("state"), choices=TASK_STATES, required=False)

    def filter(self, tasks, today):
        state = self.cleaned_data.get("state") if self.is_valid() else ""
        if state == "overdue":
            return tasks.overdue(today)
        if state == "open":
            return tasks.open()
        if state == "done":
            return tasks.filter(status=Task.DONE)
        return tasks
