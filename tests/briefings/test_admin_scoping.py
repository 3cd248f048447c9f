"""Two portals on one installation: the office of the provincial committee's portal (A) keeps
its briefings, units, people and unit staff in the admin and never reaches the bloc's (B):
not by bulk delete, copy or the chooser, not by a forged portal, unit or account in a form,
and not by moving one of its units to the other portal."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils.translation import gettext

from bantin.briefings import roles
from bantin.briefings.factories import BriefingFactory, PersonFactory, UnitFactory
from bantin.briefings.models import Briefing, Membership, Person, Unit
from tests.briefings.conftest import unit_staff
from tests.conftest import signed_in

MODELS = {"briefing": Briefing, "unit": Unit, "person": Person, "membership": Membership}


@pytest.fixture
def bloc(other_portal):
    """Portal B's office, one of its boards, its chair and a person no record refers to, a
    briefing and a staff member."""
    site = other_portal["site"]
    office = UnitFactory(site=site, name="Văn phòng Đảng ủy Khối", is_office=True)
    board = UnitFactory(site=site, name="Ban Tuyên giáo Đảng ủy Khối", parent=office)
    chair = PersonFactory(site=site, name="Lê Thị Khối", unit=office)
    person = PersonFactory(site=site, name="Đỗ Văn Khác", unit=board)
    record = BriefingFactory(site=site, chair=chair, title="Giao ban riêng của Đảng ủy Khối")
    staff = unit_staff("canbokhoi", board)
    return {"site": site, "office": office, "board": board, "chair": chair, "person": person,
            "briefing": record, "staff": staff,
            "membership": Membership.objects.get(user=staff)}


@pytest.fixture
def office(people):
    return signed_in(people["office"])


@pytest.fixture
def superuser_client(db):
    return signed_in(get_user_model().objects.create_superuser(
        "kythuat", "kt@example.vn", "mat-khau-thu-nghiem-dai"))


def url(model, view, *args):
    return reverse(f"wagtailsnippets_briefings_{model}:{view}", args=args)


def bulk_delete(model):
    return reverse("wagtail_bulk_action", args=["briefings", model, "delete"])


def errors_of(response):
    assert response.status_code == 200, response.get("Location")
    return response.context["form"].errors


# 1. Bulk delete, copy and chooser ------------------------------------------------------------

def test_bulk_delete_of_every_briefing_deletes_only_the_offices_own(office, briefing, bloc):
    office.post(f"{bulk_delete('briefing')}?id=all")
    assert list(Briefing.objects.all()) == [bloc["briefing"]]


@pytest.mark.parametrize("model", ["briefing", "unit", "person", "membership"])
def test_bulk_delete_of_the_other_portals_row_deletes_nothing(office, bloc, model):
    row = bloc[{"briefing": "briefing", "unit": "board", "person": "person",
                "membership": "membership"}[model]]
    office.post(f"{bulk_delete(model)}?id={row.pk}")
    office.post(f"{bulk_delete(model)}?id=all")
    assert MODELS[model].objects.filter(pk=row.pk).exists()


def test_bulk_delete_still_works_on_the_offices_own_people(office, units, bloc):
    mine = PersonFactory(site=units["office"].site, name="Người Sắp Nghỉ")
    office.post(f"{bulk_delete('person')}?id={mine.pk}")
    assert not Person.objects.filter(pk=mine.pk).exists()
    assert Person.objects.filter(pk=bloc["chair"].pk).exists()


def test_the_other_portals_briefing_cannot_be_copied(office, portal, bloc):
    copy = url("briefing", "copy", bloc["briefing"].pk)
    before = Briefing.objects.count()
    for response in (office.get(copy), office.post(copy, {"site": portal["site"].pk})):
        assert (response.status_code, response["Location"]) == (302, "/quan-tri/")
    assert Briefing.objects.count() == before


def test_the_offices_own_briefing_can_be_copied(office, briefing):
    response = office.get(url("briefing", "copy", briefing.pk))
    assert response.status_code == 200 and briefing.title in response.content.decode()


@pytest.mark.parametrize(("model", "mine", "theirs"), [
    ("briefing", "Giao ban khối các cơ quan tham mưu", "Giao ban riêng của Đảng ủy Khối"),
    ("unit", "Ban Tổ chức Tỉnh ủy", "Ban Tuyên giáo Đảng ủy Khối"),
    ("person", "Trần Minh Chủ", "Lê Thị Khối"),
    ("membership", "tuyengiao", "canbokhoi"),
])
def test_the_chooser_lists_only_the_offices_own_rows(office, superuser_client, briefing, bloc,
                                                     model, mine, theirs):
    choose = reverse(f"wagtailsnippetchoosers_briefings_{model}:choose")
    listed = office.get(choose).json()["html"]
    assert mine in listed and theirs not in listed
    theirs_row = MODELS[model].objects.get(pk=bloc[{
        "briefing": "briefing", "unit": "board", "person": "chair",
        "membership": "membership"}[model]].pk)
    chosen = reverse(f"wagtailsnippetchoosers_briefings_{model}:chosen", args=[theirs_row.pk])
    assert office.get(chosen).status_code == 404
    results = reverse(f"wagtailsnippetchoosers_briefings_{model}:choose_results")
    assert chosen not in office.get(results, {"q": theirs.split()[-1]}).content.decode()
    assert theirs in superuser_client.get(choose).json()["html"]


# 2. The forms of units and people --------------------------------------------------------------

def unit_data(unit, **changes):
    data = {"site": unit.site_id, "name": unit.name, "short_name": unit.short_name,
            "parent": unit.parent_id or "", "email": unit.email, "sort_order": unit.sort_order,
            "is_office": "on" if unit.is_office else ""}
    return {**data, **changes}


def select_of(page, name):
    return page.split(f'name="{name}"')[1].split("</select>")[0]


def test_the_unit_form_offers_only_the_offices_portal_and_units(office, units, bloc):
    form = office.get(url("unit", "add")).content.decode()
    assert f'value="{units["office"].site_id}"' in select_of(form, "site")
    assert f'value="{bloc["site"].pk}"' not in select_of(form, "site")
    assert units["organisation"].name in select_of(form, "parent")
    assert bloc["board"].name not in select_of(form, "parent")
    edit = office.get(url("unit", "edit", units["office"].pk)).content.decode()
    assert f'value="{units["office"].pk}"' not in select_of(edit, "parent")


def test_the_office_cannot_move_its_own_unit_to_the_other_portal(office, units, bloc):
    own = units["office"]
    response = office.post(url("unit", "edit", own.pk), unit_data(own, site=bloc["site"].pk))
    assert errors_of(response)["site"] == [gettext("Choose one of your portals.")]
    own.refresh_from_db()
    assert own.site_id != bloc["site"].pk


def test_a_unit_cannot_be_put_under_the_other_portals_unit(office, portal, units, bloc):
    response = office.post(url("unit", "add"), unit_data(
        Unit(site=portal["site"], name="Ban Dân vận Tỉnh ủy"), parent=bloc["board"].pk))
    assert errors_of(response)["parent"] == [gettext("Choose a unit of your portals.")]
    assert not Unit.objects.filter(name="Ban Dân vận Tỉnh ủy").exists()


def test_a_unit_of_the_offices_portal_is_added(office, portal, units):
    response = office.post(url("unit", "add"), unit_data(
        Unit(site=portal["site"], name="Ban Dân vận Tỉnh ủy"), parent=units["office"].pk))
    assert response.status_code == 302
    assert Unit.objects.get(name="Ban Dân vận Tỉnh ủy").parent == units["office"]


def test_a_unit_with_staff_or_tasks_keeps_its_portal(superuser_client, briefing, units, people,
                                                     bloc):
    for unit in (units["bloc"], units["propaganda"]):  # staff; staff, a report due and tasks
        response = superuser_client.post(url("unit", "edit", unit.pk),
                                         unit_data(unit, site=bloc["site"].pk))
        assert "site" in errors_of(response)
        unit.refresh_from_db()
        assert unit.site_id == units["office"].site_id


def test_a_unit_with_nothing_hanging_on_it_may_move(superuser_client, portal, bloc):
    empty = UnitFactory(site=portal["site"], name="Ban mới lập")
    response = superuser_client.post(url("unit", "edit", empty.pk),
                                     unit_data(empty, site=bloc["site"].pk))
    assert response.status_code == 302
    empty.refresh_from_db()
    assert empty.site_id == bloc["site"].pk


def person_data(site, unit, name="Phạm Văn Mới"):
    return {"site": site.pk, "name": name, "title": "Chánh Văn phòng",
            "unit": unit.pk if unit else ""}


def test_the_person_form_refuses_the_other_portals_unit_and_portal(office, portal, units, bloc):
    form = office.get(url("person", "add")).content.decode()
    assert units["office"].name in select_of(form, "unit")
    assert bloc["office"].name not in select_of(form, "unit")
    forged_unit = office.post(url("person", "add"), person_data(portal["site"], bloc["board"]))
    assert errors_of(forged_unit)["unit"] == [gettext("Choose a unit of your portals.")]
    forged_site = office.post(url("person", "add"), person_data(bloc["site"], units["office"]))
    assert errors_of(forged_site)["site"] == [gettext("Choose one of your portals.")]
    assert not Person.objects.filter(name="Phạm Văn Mới").exists()
    assert office.post(url("person", "add"), person_data(portal["site"], units["office"])
                       ).status_code == 302
    assert Person.objects.get(name="Phạm Văn Mới").unit == units["office"]


def test_a_person_is_never_placed_in_a_unit_of_another_portal(superuser_client, portal, bloc):
    response = superuser_client.post(url("person", "add"),
                                     person_data(portal["site"], bloc["board"]))
    assert errors_of(response)["unit"] == [gettext("This unit belongs to another portal.")]
    assert not Person.objects.filter(name="Phạm Văn Mới").exists()


# 3. The list of briefings ----------------------------------------------------------------------

def test_the_period_column_of_the_briefings_list_is_named(office, briefing):
    listing = office.get(url("briefing", "list")).content.decode()
    header = listing.split('<table class="listing">')[1].split("</thead>")[0]
    assert gettext("period covered") in header and "Period" not in header


# 4. Unit staff ----------------------------------------------------------------------------------

@pytest.fixture
def newcomer(db):
    """An account just made for a unit's staff: in the group, attached to no unit yet."""
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user("moivao", password="mat-khau-thu-nghiem-dai",
                                                first_name="Hoàng", last_name="Mới Vào")
    user.groups.add(Group.objects.get(name=roles.UNIT_STAFF))
    return user


def test_the_office_lists_only_its_portals_unit_staff(office, people, bloc):
    listing = office.get(url("membership", "list")).content.decode()
    assert "tuyengiao" in listing and "Ban Tuyên giáo Tỉnh ủy" in listing
    assert "canbokhoi" not in listing
    for view in ("edit", "delete"):
        assert office.get(url("membership", view, bloc["membership"].pk)).status_code == 404


def test_the_office_attaches_a_new_account_to_a_unit_who_then_sees_its_tasks(
        office, briefing, units, newcomer, bloc):
    form = office.get(url("membership", "add")).content.decode()
    accounts = select_of(form, "user")
    assert "moivao" in accounts and "tuyengiao" in accounts and "canbokhoi" not in accounts
    assert bloc["board"].name not in select_of(form, "unit")
    task = "Tổ chức tuyên truyền kết quả đại hội"  # led by the propaganda board
    newcomer_client = signed_in(newcomer)
    assert task not in newcomer_client.get(reverse("briefings_tasks")).content.decode()
    response = office.post(url("membership", "add"),
                           {"unit": units["propaganda"].pk, "user": newcomer.pk})
    assert response.status_code == 302
    assert Membership.objects.filter(unit=units["propaganda"], user=newcomer).exists()
    assert task in newcomer_client.get(reverse("briefings_tasks")).content.decode()


def test_unit_staff_refuse_a_forged_unit_or_account(office, units, people, newcomer, bloc):
    outsider = get_user_model().objects.create_user("khach", password="mat-khau-thu-nghiem-dai")
    before = Membership.objects.count()
    forged_unit = office.post(url("membership", "add"),
                              {"unit": bloc["board"].pk, "user": newcomer.pk})
    assert errors_of(forged_unit)["unit"] == [gettext("Choose a unit of your portals.")]
    for account in (outsider, bloc["staff"]):
        forged_account = office.post(url("membership", "add"),
                                     {"unit": units["propaganda"].pk, "user": account.pk})
        assert "user" in errors_of(forged_account)
    moved = office.post(url("membership", "edit", Membership.objects.get(
        user=people["propaganda"]).pk), {"unit": bloc["board"].pk, "user": people["propaganda"].pk})
    assert "unit" in errors_of(moved)
    assert Membership.objects.count() == before
    assert Membership.objects.get(user=people["propaganda"]).unit == units["propaganda"]


def test_only_the_office_keeps_unit_staff(people):
    unit = signed_in(people["propaganda"])
    assert unit.get(url("membership", "list")).status_code in (302, 403)
    unit.post(f"{bulk_delete('membership')}?id=all")
    assert Membership.objects.filter(user=people["propaganda"]).exists()


def test_the_list_of_snippet_types_does_not_count_every_portals_rows(office, superuser_client,
                                                                     briefing, bloc):
    snippets = reverse("wagtailsnippets:index")
    assert url("briefing", "list") not in superuser_client.get(snippets).content.decode()
    response = office.get(snippets)
    assert response.status_code == 302 or url("briefing", "list") not in response.content.decode()
