"""A provincial committee's units (its office, two boards, a Party committee under it), their
staff, and a quarterly briefing to which the two boards report, with conclusions and tasks."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from bantin.briefings import roles, services
from bantin.briefings.factories import (
    AttendanceFactory,
    BriefingFactory,
    BriefingUnitFactory,
    ConclusionFactory,
    PersonFactory,
    UnitFactory,
)
from bantin.briefings.models import Membership


def unit_staff(username, unit, group=roles.UNIT_STAFF):
    user = get_user_model().objects.create_user(
        username=username, password="mat-khau-thu-nghiem-dai", email=f"{username}@example.vn",
        first_name=username)
    user.groups.add(Group.objects.get(name=group))
    Membership.objects.create(unit=unit, user=user)
    return user


@pytest.fixture
def units(portal):
    site = portal["site"]
    office = UnitFactory(site=site, name="Văn phòng Tỉnh ủy", short_name="VP", is_office=True)
    propaganda = UnitFactory(site=site, name="Ban Tuyên giáo Tỉnh ủy", short_name="BTG",
                             parent=office.parent)
    organisation = UnitFactory(site=site, name="Ban Tổ chức Tỉnh ủy", short_name="BTC")
    bloc = UnitFactory(site=site, name="Đảng ủy Khối các cơ quan tỉnh", short_name="ĐUK")
    return {"office": office, "propaganda": propaganda, "organisation": organisation,
            "bloc": bloc}


@pytest.fixture
def people(units):
    return {
        "office": unit_staff("vanphong", units["office"], roles.OFFICE),
        "propaganda": unit_staff("tuyengiao", units["propaganda"]),
        "organisation": unit_staff("tochuc", units["organisation"]),
        "bloc": unit_staff("khoi", units["bloc"]),
    }


@pytest.fixture
def briefing(portal, units):
    """Held yesterday for last quarter; the two boards were due to report by tomorrow."""
    site = portal["site"]
    chair = PersonFactory(site=site, name="Trần Minh Chủ", title="Phó Bí thư Thường trực",
                          unit=units["office"])
    record = BriefingFactory(site=site, chair=chair,
                             held_on=timezone.localdate() - timedelta(days=1))
    for key in ("propaganda", "organisation"):
        BriefingUnitFactory(briefing=record, unit=units[key])
    AttendanceFactory(briefing=record, person=chair)
    ConclusionFactory(briefing=record, number=1, lead_unit=units["propaganda"],
                      text="Tổ chức tuyên truyền kết quả đại hội đảng bộ các cấp.")
    second = ConclusionFactory(briefing=record, number=2, lead_unit=units["organisation"],
                               text="Rà soát quy hoạch cán bộ diện Ban Thường vụ quản lý.")
    second.coordinating_units.set([units["propaganda"]])
    second.save()
    services.tasks_sync(record)
    return record
