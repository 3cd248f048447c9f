"""Outside the admin, the password alone of an account that owes the second step opens nothing
restricted: pages for signed-in people or for groups, and the documents of such a collection, send
it to the admin's sign-in and on to the second step; past it, they open. A reporter, who need not
pass the step, reads them with the password."""

from urllib.parse import quote

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from bantin.newsroom import roles
from tests.accounts.conftest import ENROL, LOGIN, PASSWORD, VERIFY, password_step
from tests.conftest import totp_code, totp_device


@pytest.fixture
def private(portal):
    """A page for signed-in people only and a document of a collection for them only."""
    article = portal["articles"][0]
    PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.LOGIN)
    collection = Collection.get_first_root_node().add_child(name="Tài liệu nội bộ")
    CollectionViewRestriction.objects.create(collection=collection,
                                             restriction_type=CollectionViewRestriction.LOGIN)
    document = get_document_model().objects.create(
        title="Kế hoạch nội bộ", collection=collection,
        file=ContentFile(b"%PDF-1.4\n% noi bo\n", name="ke-hoach-noi-bo.pdf"))
    return {"page": article.url, "document": document.url, "title": article.title}


def opened(response):
    return response.status_code == 200


def sent_to_sign_in(response, url):
    return response.status_code == 302 and response["Location"] == f"{LOGIN}?next={quote(url)}"


def test_the_password_alone_of_an_editor_with_an_app_opens_nothing_restricted(editor, private):
    device = totp_device(editor)
    client, _ = password_step("btv")
    for url in (private["page"], private["document"]):
        response = client.get(url)
        assert sent_to_sign_in(response, url), url
        assert "private" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]

    # The sign-in page sends them on to the second step, towards the same page.
    onward = client.get(f"{LOGIN}?next={quote(private['page'])}")
    assert onward.status_code == 302
    assert onward["Location"] == f"{VERIFY}?next={quote(private['page'])}"

    passed = client.post(VERIFY, {"code": totp_code(device), "next": private["page"]})
    assert passed["Location"] == private["page"]
    page = client.get(private["page"])
    assert opened(page) and private["title"] in page.content.decode()
    assert opened(client.get(private["document"]))


def test_signing_in_on_wagtails_own_form_gives_no_more(editor, private):
    totp_device(editor)
    client = Client()
    signed = client.post("/_util/login/", {"username": "btv", "password": PASSWORD,
                                           "next": private["page"]})
    assert signed.status_code == 302 and "_auth_user_id" in client.session
    for url in (private["page"], private["document"]):
        assert sent_to_sign_in(client.get(url), url), url


def test_an_editor_who_must_enrol_reads_nothing_restricted_before_enrolling(editor, private):
    client, _ = password_step("btv")
    for url in (private["page"], private["document"]):
        assert sent_to_sign_in(client.get(url), url), url
    onward = client.get(f"{LOGIN}?next={quote(private['document'])}")
    assert onward["Location"] == f"{ENROL}?next={quote(private['document'])}"


def test_a_page_for_a_group_refuses_the_password_alone_too(editor, private, portal):
    totp_device(editor)
    article = portal["articles"][1]
    restriction = PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.get(name=roles.EDITOR))
    client, _ = password_step("btv")
    assert sent_to_sign_in(client.get(article.url), article.url)


def test_a_reporter_without_an_app_reads_them_with_the_password(reporter, private):
    client, _ = password_step("pv")
    for url in (private["page"], private["document"]):
        assert opened(client.get(url)), url


def test_public_pages_stay_open_and_are_not_stored_for_a_half_signed_in_editor(editor, portal):
    totp_device(editor)
    client, _ = password_step("btv")
    response = client.get(portal["articles"][2].url)
    assert opened(response) and "X-Page-Cache" not in response
    assert "public" not in response["Cache-Control"]


def test_someone_signed_in_who_may_not_see_a_page_gets_the_reason_not_a_loop(reporter, portal):
    article = portal["articles"][1]
    restriction = PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.get(name=roles.BOARD))
    client, _ = password_step("pv")
    sent = client.get(article.url)
    assert sent_to_sign_in(sent, article.url)
    page = client.get(sent["Location"])
    assert page.status_code == 403
    assert 'name="password"' in page.content.decode()  # signing in as someone else
