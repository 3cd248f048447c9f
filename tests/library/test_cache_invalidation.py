"""A document registered, edited or withdrawn shows on the next GET of its page, the register,
the "Văn bản mới" sidebar of every page and the articles that cite it."""

from datetime import date

from bantin.library.models import Document


def text(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_registering_and_editing_a_document_shows_everywhere(
        client, portal, cached, django_capture_on_commit_callbacks):
    article = portal["articles"][0]
    cached("/van-ban/", "/", article.url)
    with django_capture_on_commit_callbacks(execute=True):
        document = Document.objects.create(
            site=portal["site"], number="12-CT/TU", kind="Chỉ thị", issuing_body="Tỉnh ủy",
            issued_on=date(2026, 5, 4),
            summary="Về tăng cường công tác dân vận trong tình hình mới")
    for url in ("/van-ban/", "/", article.url):
        assert "12-CT/TU" in text(client, url), url
    cached(document.get_absolute_url())
    document.summary = "Về đẩy mạnh công tác dân vận chính quyền"
    with django_capture_on_commit_callbacks(execute=True):
        document.save()
    assert "Về đẩy mạnh công tác dân vận chính quyền" in text(client, document.get_absolute_url())
    url = document.get_absolute_url()
    with django_capture_on_commit_callbacks(execute=True):
        document.restricted = True
        document.save()
    assert client.get(url).status_code == 404
    assert "12-CT/TU" not in text(client, "/van-ban/")
