"""Editing a published article's text stamps "Cập nhật"; other edits do not."""

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from bantin.news.models import ArticlePage


def edit_form(article, **changes):
    data = {
        "title": article.title,
        "slug": article.slug,
        "lead": article.lead,
        "author_name": article.author_name,
        "published_at": article.published_at.strftime("%Y-%m-%d %H:%M"),
        # The body as the editor posts it back: same block id, text through the rich-text widget.
        "body-count": "1",
        "body-0-type": "paragraph",
        "body-0-id": article.body[0].id,
        "body-0-value": rich_text(article.body[0].value.source),
        "body-0-order": "0",
        "body-0-deleted": "",
        "related_links": inline_formset([]),
        "tags": "",
        "action-publish": "publish",
    }
    data.update(changes)
    return nested_form_data(data)


@pytest.fixture
def article(portal):
    return portal["articles"][0]


def publish_edit(admin_client, article, **changes):
    response = admin_client.post(f"/quan-tri/pages/{article.pk}/edit/",
                                 edit_form(article, **changes))
    assert response.status_code == 302, response.content.decode()[:2000]
    return ArticlePage.objects.get(pk=article.pk)


def test_changing_the_lead_of_a_published_article_stamps_the_update(admin_client, article):
    edited = publish_edit(admin_client, article, lead="Sapo đã được biên tập lại.")
    assert edited.lead == "Sapo đã được biên tập lại."
    assert edited.updated_at is not None and edited.shows_update


def test_changing_only_the_tags_does_not(admin_client, article):
    edited = publish_edit(admin_client, article, tags="giao ban")
    assert edited.updated_at is None


def test_changing_a_paragraph_stamps_the_update(admin_client, article):
    edited = publish_edit(admin_client, article, **{
        "body-0-value": rich_text("<p>Đoạn văn đã sửa số liệu.</p>")})
    assert edited.shows_update


def test_editing_a_draft_that_was_never_published_does_not(admin_client, portal):
    draft = portal["articles"][1]
    draft.unpublish()
    response = admin_client.post(f"/quan-tri/pages/{draft.pk}/edit/",
                                 edit_form(draft, lead="Sapo bản nháp."))
    assert response.status_code == 302
    assert ArticlePage.objects.get(pk=draft.pk).updated_at is None


def test_an_editor_can_set_the_update_time_by_hand(admin_client, article):
    edited = publish_edit(admin_client, article, lead="Sapo mới.", updated_at="2030-01-02 08:15")
    assert edited.updated_at.strftime("%Y-%m-%d %H:%M") == "2030-01-02 01:15"  # stored in UTC
