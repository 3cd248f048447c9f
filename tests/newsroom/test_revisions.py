"""Revisions: compare any two, restore an old one; two editors never overwrite each other."""

import re

from django.test import Client

from bantin.news.models import ArticlePage
from tests.conftest import signed_in
from tests.newsroom.test_workflow import ADMIN, article_form


def open_editor(client, article):
    """GET the edit view and return the hidden fields that say which revision was loaded."""
    page = client.get(f"{ADMIN}/pages/{article.pk}/edit/").content.decode()
    fields = dict(re.findall(r'name="(loaded_revision_\w+)" value="([^"]*)"', page))
    assert set(fields) == {"loaded_revision_id", "loaded_revision_created_at"}, fields
    return fields


def test_a_second_editor_cannot_silently_overwrite_the_first(staff, portal):
    article = portal["articles"][0]
    article.save_revision()
    first, second = Client(), Client()
    signed_in(staff["editor"], first)
    signed_in(staff["board"], second)
    loaded_by_first, loaded_by_second = open_editor(first, article), open_editor(second, article)

    saved = first.post(f"{ADMIN}/pages/{article.pk}/edit/",
                       article_form(article.title, lead="Sapo của người thứ nhất.",
                                    **loaded_by_first))
    assert saved.status_code == 302
    refused = second.post(f"{ADMIN}/pages/{article.pk}/edit/",
                          article_form(article.title, lead="Sapo của người thứ hai.",
                                       **loaded_by_second))
    assert refused.status_code == 200
    assert "đã lưu một phiên bản mới hơn" in refused.content.decode()
    assert "Sapo của người thứ hai." in refused.content.decode()  # kept in the form, not lost
    article.refresh_from_db()
    assert article.get_latest_revision_as_object().lead == "Sapo của người thứ nhất."


def test_two_revisions_can_be_compared_and_an_old_one_restored(admin_client, portal):
    article = ArticlePage.objects.get(pk=portal["articles"][0].pk)
    article.lead = "Sapo bản một."
    old = article.save_revision()
    article.lead = "Sapo bản hai."
    new = article.save_revision()
    compare = admin_client.get(
        f"{ADMIN}/pages/{article.pk}/revisions/compare/{old.pk}...{new.pk}/")
    assert compare.status_code == 200
    diff = compare.content.decode()
    assert re.search(r'class="deletion">\s*một', diff)
    assert re.search(r'class="addition">\s*hai', diff)
    restore = admin_client.get(f"{ADMIN}/pages/{article.pk}/revisions/{old.pk}/revert/")
    assert restore.status_code == 200
    assert "Sapo bản một." in restore.content.decode()  # the editor opens on the old text
