"""Newsroom staff: one person per role, each in the teams of the sections they work on."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from bantin.newsroom import roles
from bantin.newsroom.models import Team
from tests.conftest import signed_in


def make_staff(username, role, *team_pages):
    """Create an active staff member holding `role`, in that role's team of each page given."""
    user = get_user_model().objects.create_user(
        username=username, password="mat-khau-thu-nghiem-dai", email=f"{username}@example.vn",
        first_name=username,
    )
    user.groups.add(Group.objects.get(name=role))
    for page in team_pages:
        user.groups.add(Team.objects.get(page=page, role=role).group)
    return user


@pytest.fixture
def staff(portal):
    """The newsroom of the default site; writers and editors work on "Tin trong tỉnh"."""
    local, home = portal["sections"]["local"], portal["home"]
    return {
        "collaborator": make_staff("ctv", roles.COLLABORATOR, local),
        "reporter": make_staff("pv", roles.REPORTER, local),
        "editor": make_staff("btv", roles.EDITOR, local),
        "other_editor": make_staff("btv-khac", roles.EDITOR, portal["sections"]["party"]),
        "board": make_staff("bbt", roles.BOARD, home),
        "administrator": make_staff("qt", roles.ADMINISTRATOR),
    }


@pytest.fixture
def login(db):
    """Return a new browser-like client signed in as the given person (own cookies, messages),
    past the admin's second step."""
    return signed_in
