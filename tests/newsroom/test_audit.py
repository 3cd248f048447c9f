"""The audit trail records page actions, workflow steps, sign-ins and permission changes,
and its admin page filters by person, action, section and date, and exports CSV."""

import csv
import io

from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import ModelLogEntry, PageLogEntry

from bantin.newsroom import roles

AUDIT = "/quan-tri/nhat-ky/"


def actions_on(instance):
    model = PageLogEntry if hasattr(instance, "path") else ModelLogEntry
    return list(model.objects.for_instance(instance).values_list("action", flat=True))


def test_publish_unpublish_move_and_delete_are_logged_with_who(portal, staff, login):
    board = login(staff["board"])
    article = portal["articles"][0]
    board.post(f"/quan-tri/pages/{article.pk}/unpublish/")
    board.post(f"/quan-tri/pages/{article.pk}/move/{portal['sections']['news'].pk}/confirm/")
    entries = PageLogEntry.objects.filter(page=article)
    assert entries.filter(action="wagtail.unpublish", user=staff["board"]).exists()
    assert entries.filter(action="wagtail.move", user=staff["board"]).exists()
    board.post(f"/quan-tri/pages/{article.pk}/delete/")
    assert PageLogEntry.objects.filter(page_id=article.pk, action="wagtail.delete").exists()


def test_sign_in_failure_and_sign_out_are_logged(staff):
    client = Client()
    client.post("/quan-tri/login/", {"username": "pv", "password": "sai-mat-khau"})
    client.post("/quan-tri/login/", {"username": "pv", "password": "mat-khau-thu-nghiem-dai"})
    client.post("/quan-tri/logout/")
    assert actions_on(staff["reporter"])[:3] == ["bantin.logout", "bantin.login",
                                                 "bantin.login_failed"]


def test_role_and_permission_changes_are_logged(staff, portal):
    staff["reporter"].groups.add(Group.objects.get(name=roles.EDITOR))
    entry = ModelLogEntry.objects.for_instance(staff["reporter"]).first()
    assert entry.action == "bantin.groups_changed"
    assert roles.EDITOR in entry.data["groups"]
    group = Group.objects.get(name=roles.COLLABORATOR)
    group.permissions.clear()
    assert "bantin.permissions_changed" in actions_on(group)


def test_audit_page_filters_by_person_action_section_and_date(admin_client, portal, staff,
                                                               login):
    board = login(staff["board"])
    local_article = portal["articles"][0]
    party_article = portal["articles"][1]
    for article in (local_article, party_article):
        board.post(f"/quan-tri/pages/{article.pk}/unpublish/")
    page = admin_client.get(AUDIT, {"action": "wagtail.unpublish",
                                    "user": staff["board"].pk}).content.decode()
    assert local_article.title in page and party_article.title in page
    by_section = admin_client.get(AUDIT, {"action": "wagtail.unpublish",
                                          "section": portal["sections"]["local"].pk})
    text = by_section.content.decode()
    assert local_article.title in text and party_article.title not in text
    long_ago = admin_client.get(AUDIT, {"action": "wagtail.unpublish",
                                        "timestamp_to": "2001-01-01"}).content.decode()
    assert local_article.title not in long_ago


def test_audit_log_exports_csv(admin_client, portal, staff, login):
    login(staff["board"]).post(f"/quan-tri/pages/{portal['articles'][0].pk}/unpublish/")
    response = admin_client.get(AUDIT, {"export": "csv", "action": "wagtail.unpublish"})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert len(rows) == 2 and portal["articles"][0].title in rows[1]


def test_only_administrators_open_the_audit_trail(staff, login):
    assert login(staff["administrator"]).get(AUDIT).status_code == 200
    assert login(staff["editor"]).get(AUDIT).status_code in (302, 403)
