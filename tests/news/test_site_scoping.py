"""Several agencies, one installation: no public page shows another site's content."""

from bantin.news.factories import WebLinkFactory


def test_each_site_shows_only_its_own_articles_everywhere(client, portal, other_portal):
    theirs = other_portal["article"]  # the most viewed article of all
    ours = client.get("/").content.decode()
    assert theirs.title not in ours
    assert "Hoạt động Đảng ủy Khối" not in ours
    article_page = client.get(portal["articles"][0].url).content.decode()
    assert theirs.title not in article_page

    their_home = client.get("/", HTTP_HOST="khoi.example.vn").content.decode()
    assert theirs.title in their_home
    assert portal["articles"][0].title not in their_home
    assert "Đảng ủy Khối" in their_home.split("<title>")[1]


def test_sidebar_snippets_belong_to_their_site(client, portal, other_portal):
    WebLinkFactory(site=other_portal["site"], title="Liên kết của Đảng ủy Khối")
    assert "Liên kết của Đảng ủy Khối" not in client.get("/").content.decode()
    assert "Liên kết của Đảng ủy Khối" in client.get(
        "/", HTTP_HOST="khoi.example.vn"
    ).content.decode()


def test_settings_are_per_site(client, portal, other_portal):
    ours = client.get("/").content.decode()
    theirs = client.get("/", HTTP_HOST="khoi.example.vn").content.decode()
    assert "Cơ quan Cổng Tỉnh ủy" in ours and "Cơ quan Đảng ủy Khối" not in ours
    assert "Cơ quan Đảng ủy Khối" in theirs
