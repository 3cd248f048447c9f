"""Who sees what of the briefings: the staff of the chair's office every briefing, report and task
of their portal; any other unit's staff only their unit's reports and tasks, and the briefings
their unit reports to; superusers everything."""

from django.db.models import Q

from bantin.briefings.models import Briefing, Task, Unit, UnitReport


def units_of(user):
    """The units `user` works in."""
    return Unit.objects.filter(memberships__user=user)


def office_sites(user):
    """The ids of the portals whose office `user` works in."""
    return set(units_of(user).filter(is_office=True).values_list("site_id", flat=True))


def is_office(user, site_id=None):
    """Whether `user` works in the office (of `site_id`, or of any portal), or is a superuser."""
    if user.is_superuser:
        return True
    sites = office_sites(user)
    return bool(sites) if site_id is None else site_id in sites


def briefings_for(user):
    if user.is_superuser:
        return Briefing.objects.all()
    return Briefing.objects.filter(
        Q(site_id__in=office_sites(user)) | Q(units__unit__in=units_of(user))).distinct()


def reports_for(user):
    if user.is_superuser:
        return UnitReport.objects.all()
    return UnitReport.objects.filter(
        Q(briefing__site_id__in=office_sites(user)) | Q(unit__in=units_of(user)))


def tasks_for(user):
    if user.is_superuser:
        return Task.objects.all()
    return Task.objects.filter(
        Q(unit__site_id__in=office_sites(user)) | Q(unit__in=units_of(user)))


def units_for(user):
    """The units whose reports and tasks `user` may see."""
    if user.is_superuser:
        return Unit.objects.all()
    return Unit.objects.filter(Q(site_id__in=office_sites(user)) | Q(memberships__user=user)
                               ).distinct()
