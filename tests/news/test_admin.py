"""Editors work in a Vietnamese admin: page editors, snippets and portal settings all open."""

from bantin.news.factories import WebLinkFactory


def test_article_editor_opens_with_every_field(admin_client, portal):
    article = portal["articles"][0]
    page = admin_client.get(f"/quan-tri/pages/{article.pk}/edit/").content.decode()
    for label in ("Sapo", "Tác giả", "Đơn vị của tác giả", "Nguồn", "Thời gian đăng",
                  "Thời gian cập nhật", "Ảnh đại diện", "Từ khóa", "Tin liên quan", "Nội dung"):
        assert label in page, label


def test_new_article_form_opens_under_a_section(admin_client, portal):
    section = portal["sections"]["local"]
    response = admin_client.get(f"/quan-tri/pages/add/news/articlepage/{section.pk}/")
    assert response.status_code == 200


def test_sidebar_snippets_are_listed_under_one_menu(admin_client, portal):
    WebLinkFactory(site=portal["site"], title="Cổng Chính phủ")
    listing = admin_client.get("/quan-tri/snippets/news/weblink/").content.decode()
    assert "Cổng Chính phủ" in listing
    for model in ("bannerlink", "videoclip"):
        assert admin_client.get(f"/quan-tri/snippets/news/{model}/").status_code == 200
    menu = admin_client.get("/quan-tri/").content.decode()
    assert "lien-ket-va-video" in menu  # the menu is rendered by the admin's script


def test_portal_settings_open_per_site(admin_client, portal):
    page = admin_client.get(f"/quan-tri/settings/core/portalsettings/{portal['site'].pk}/")
    assert page.status_code == 200
    text = page.content.decode()
    for label in ("Khẩu hiệu chạy ở đầu trang", "Người chịu trách nhiệm nội dung",
                  "Thông báo bảo trì"):
        assert label in text, label
