"""People of the default site for the sign-in tests, and the password step as a browser takes it."""

import pytest
from django.test import Client

from bantin.newsroom import roles
from tests.newsroom.conftest import make_staff

PASSWORD = "mat-khau-thu-nghiem-dai"
LOGIN = "/quan-tri/login/"
ADMIN = "/quan-tri/"
VERIFY = "/quan-tri/xac-minh/"
ENROL = "/quan-tri/bao-mat/dang-ky/"
SECURITY = "/quan-tri/bao-mat/"
LOCKOUTS = "/quan-tri/khoa-dang-nhap/"


def password_step(username, password=PASSWORD, *, client=None, address="127.0.0.1"):
    """Post the admin's sign-in form from `address`; return the client and the answer."""
    client = client or Client(REMOTE_ADDR=address)
    response = client.post(LOGIN, {"username": username, "password": password, "next": ADMIN})
    return client, response


@pytest.fixture
def editor(portal):
    return make_staff("btv", roles.EDITOR, portal["sections"]["local"])


@pytest.fixture
def reporter(portal):
    return make_staff("pv", roles.REPORTER, portal["sections"]["local"])


@pytest.fixture
def administrator(portal):
    return make_staff("qt", roles.ADMINISTRATOR)
