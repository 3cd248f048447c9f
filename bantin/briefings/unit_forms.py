"""The admin forms of units, people and unit staff: each offers, and accepts, only the portals
whose office its user works in (every portal for a superuser), their units and, for unit staff,
the accounts admin_scoping.staff_accounts allows; a value forged outside them is refused."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Site

from bantin.briefings import access
from bantin.briefings.admin_scoping import staff_accounts
from bantin.briefings.models import Unit


class OfficePortalsForm(WagtailAdminModelForm):
    site_fields = ()  # the fields choosing a portal
    unit_fields = ()  # the fields choosing a unit

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        sites = Site.objects.all()
        if self.for_user is not None and not self.for_user.is_superuser:
            sites = sites.filter(pk__in=access.office_sites(self.for_user))
        for name in self.site_fields:
            self._limit(name, sites, _("Choose one of your portals."))
            if not getattr(self.instance, f"{name}_id") and sites.count() == 1:
                self.initial.setdefault(name, sites.get().pk)
        for name in self.unit_fields:
            self._limit(name, Unit.objects.filter(site__in=sites),
                        _("Choose a unit of your portals."))

    def _limit(self, name, queryset, refusal):
        field = self.fields[name]
        field.queryset = queryset
        field.error_messages["invalid_choice"] = refusal


class UnitForm(OfficePortalsForm):
    site_fields = ("site",)
    unit_fields = ("parent",)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            self.fields["parent"].queryset = self.fields["parent"].queryset.exclude(
                pk=self.instance.pk)


class PersonForm(OfficePortalsForm):
    site_fields = ("site",)
    unit_fields = ("unit",)


class MembershipForm(OfficePortalsForm):
    unit_fields = ("unit",)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is not None:
            self.fields["user"].queryset = staff_accounts(self.for_user,
                                                          keep=self.instance.user_id)
            self.fields["user"].error_messages["invalid_choice"] = _(
                "Choose a staff account from the list.")
