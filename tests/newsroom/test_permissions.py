"""Each role x each action, through the real admin views: allowed or refused, by its effect."""

import pytest

from bantin.news.factories import ArticlePageFactory
from bantin.news.models import ArticlePage, SectionPage
from tests.newsroom.test_workflow import ADMIN, article_form


def create_in_section(client, portal, staff):
    section = portal["sections"]["local"]
    client.post(f"{ADMIN}/pages/add/news/articlepage/{section.pk}/", article_form("Bài mới tạo"))
    return ArticlePage.objects.filter(title="Bài mới tạo").exists()


def create_in_other_section(client, portal, staff):
    section = portal["sections"]["party"]
    client.post(f"{ADMIN}/pages/add/news/articlepage/{section.pk}/", article_form("Bài lạc mục"))
    return ArticlePage.objects.filter(title="Bài lạc mục").exists()


def publish_directly(client, portal, staff):
    section = portal["sections"]["local"]
    client.post(f"{ADMIN}/pages/add/news/articlepage/{section.pk}/",
                article_form("Bài đăng thẳng", **{"action-publish": "1"}))
    return ArticlePage.objects.filter(title="Bài đăng thẳng", live=True).exists()


def edit_someone_elses_article(client, portal, staff):
    article = portal["articles"][0]  # in "Tin trong tỉnh", owned by nobody on the staff
    client.post(f"{ADMIN}/pages/{article.pk}/edit/",
                article_form(article.title, lead="Sapo do người khác sửa."))
    article.refresh_from_db()
    return article.get_latest_revision_as_object().lead == "Sapo do người khác sửa."


def unpublish(client, portal, staff):
    article = portal["articles"][0]
    client.post(f"{ADMIN}/pages/{article.pk}/unpublish/")
    article.refresh_from_db()
    return not article.live


def delete_live_article(client, portal, staff):
    article = portal["articles"][0]
    client.post(f"{ADMIN}/pages/{article.pk}/delete/")
    return not ArticlePage.objects.filter(pk=article.pk).exists()


def add_section(client, portal, staff):
    client.post(f"{ADMIN}/pages/add/news/sectionpage/{portal['home'].pk}/",
                {"title": "Chuyên mục mới", "slug": "chuyen-muc-moi", "intro": "",
                 "action-publish": "1"})
    return SectionPage.objects.filter(slug="chuyen-muc-moi").exists()


def delete_section(client, portal, staff):
    section = portal["sections"]["party"]
    client.post(f"{ADMIN}/pages/{section.pk}/delete/")
    return not SectionPage.objects.filter(pk=section.pk).exists()


def create_subsection_draft(client, portal, staff):
    client.post(f"{ADMIN}/pages/add/news/sectionpage/{portal['sections']['news'].pk}/",
                {"title": "Mục con nháp", "slug": "muc-con-nhap", "intro": ""})
    return SectionPage.objects.filter(slug="muc-con-nhap").exists()


def delete_someone_elses_draft(client, portal, staff):
    draft = ArticlePageFactory(parent=portal["sections"]["local"], title="Bản nháp của người khác",
                               live=False)
    client.post(f"{ADMIN}/pages/{draft.pk}/delete/")
    return not ArticlePage.objects.filter(pk=draft.pk).exists()


def bulk(client, action, *pages, **data):
    """Post Wagtail's bulk `action` on `pages`, as the explorer's bulk-action bar does."""
    ids = "&".join(f"id={page.pk}" for page in pages)
    client.post(f"{ADMIN}/bulk/wagtailcore/page/{action}/?{ids}", data)


def bulk_unpublish(client, portal, staff):
    article = portal["articles"][0]
    bulk(client, "unpublish", article)
    article.refresh_from_db()
    return not article.live


def bulk_publish_draft(client, portal, staff):
    draft = ArticlePageFactory(parent=portal["sections"]["local"], title="Bản nháp đăng loạt",
                               live=False)
    draft.save_revision()
    bulk(client, "publish", draft)
    draft.refresh_from_db()
    return draft.live


def bulk_delete_live_article(client, portal, staff):
    article = portal["articles"][0]
    bulk(client, "delete", article)
    return not ArticlePage.objects.filter(pk=article.pk).exists()


def bulk_delete_section(client, portal, staff):
    section = portal["sections"]["party"]
    bulk(client, "delete", section)
    return not SectionPage.objects.filter(pk=section.pk).exists()


def bulk_move_article(client, portal, staff):
    article = portal["articles"][0]
    bulk(client, "move", article, chooser=portal["sections"]["party"].pk)
    article.refresh_from_db()
    return article.get_parent().pk == portal["sections"]["party"].pk


def manage_people(client, portal, staff):
    return client.get(f"{ADMIN}/users/").status_code == 200


def upload_picture(client, portal, staff):
    return client.get(f"{ADMIN}/images/add/").status_code == 200


def change_site_settings(client, portal, staff):
    site = portal["site"].pk
    return all(client.get(f"{ADMIN}/settings/{model}/{site}/").status_code == 200
               for model in ("core/portalsettings", "newsroom/newsroomsettings"))


ACTIONS = {
    "create_in_section": create_in_section,
    "create_in_other_section": create_in_other_section,
    "publish_directly": publish_directly,
    "edit_someone_elses_article": edit_someone_elses_article,
    "unpublish": unpublish,
    "delete_live_article": delete_live_article,
    "add_section": add_section,
    "manage_people": manage_people,
    "delete_section": delete_section,
    "create_subsection_draft": create_subsection_draft,
    "delete_someone_elses_draft": delete_someone_elses_draft,
    "change_site_settings": change_site_settings,
    "upload_picture": upload_picture,
    "bulk_unpublish": bulk_unpublish,
    "bulk_publish_draft": bulk_publish_draft,
    "bulk_delete_live_article": bulk_delete_live_article,
    "bulk_delete_section": bulk_delete_section,
    "bulk_move_article": bulk_move_article,
}
# Who may do what (issue #3): writers write in their sections, editors edit there, the board
# publishes on its site, administrators do everything.
ALLOWED = {
    "collaborator": {"create_in_section", "upload_picture"},
    "reporter": {"create_in_section", "upload_picture"},
    "editor": {"create_in_section", "edit_someone_elses_article", "upload_picture"},
    "board": {"create_in_section", "create_in_other_section", "publish_directly",
              "edit_someone_elses_article", "unpublish", "delete_live_article",
              "upload_picture", "delete_someone_elses_draft", "bulk_unpublish",
              "bulk_publish_draft", "bulk_delete_live_article", "bulk_move_article"},
    "administrator": set(ACTIONS),
}


@pytest.mark.parametrize("role", ALLOWED)
@pytest.mark.parametrize("action", ACTIONS)
def test_permission_matrix(role, action, staff, login, portal):
    client = login(staff[role])
    assert ACTIONS[action](client, portal, staff) == (action in ALLOWED[role])


def test_board_of_one_site_cannot_publish_on_another(staff, login, portal, other_portal):
    client = login(staff["board"])
    section = other_portal["section"]
    client.post(f"{ADMIN}/pages/add/news/articlepage/{section.pk}/",
                article_form("Bài sang cổng khác", **{"action-publish": "1"}))
    assert not ArticlePage.objects.filter(title="Bài sang cổng khác", live=True).exists()
