"""Citations in articles linked to the register: only documents the site's register holds and
shows, the right one when a number comes back in another year, partial citations only when
one document fits; and the citations an editor may still add to the register."""

from datetime import date

import pytest
from wagtail.rich_text import RichText

from bantin.library import references
from bantin.library.models import Document


def register(site, number, issued_on, **fields):
    return Document.objects.create(site=site, number=number, issued_on=issued_on,
                                   kind=fields.pop("kind", "Nghị quyết"),
                                   issuing_body="Tỉnh ủy", summary=fields.pop(
                                       "summary", f"Về việc thực hiện {number}"), **fields)


@pytest.fixture
def documents(portal, other_portal):
    site = portal["site"]
    return {
        "nq": register(site, "50-NQ/ĐUK", date(2023, 4, 25), summary="Về chuyển đổi số"),
        "kl_old": register(site, "01-KL/TU", date(2016, 3, 2), kind="Kết luận"),
        "kl_new": register(site, "01-KL/TU", date(2021, 2, 9), kind="Kết luận"),
        "secret": register(site, "12-CT/TU", date(2022, 5, 5), kind="Chỉ thị", restricted=True),
        "elsewhere": register(other_portal["site"], "623-QĐ/TU", date(2019, 5, 6),
                              kind="Quyết định"),
    }


def test_a_held_citation_links_to_its_page_and_nothing_else_changes(portal, documents):
    html = ("<p>Thực hiện <strong>tốt</strong> Nghị quyết số 50-NQ/ĐUK, ngày 25/4/2023 của Ban "
            "Chấp hành &amp; Quyết định số 623-QĐ/TU.</p>")
    linked = references.link(html, site=portal["site"], on=date(2023, 6, 1))
    url = documents["nq"].get_absolute_url()
    assert (f'<a class="citation" href="{url}" title="Về chuyển đổi số">Nghị quyết số '
            "50-NQ/ĐUK, ngày 25/4/2023</a>") in linked
    assert "<strong>tốt</strong>" in linked and "&amp; Quyết định số 623-QĐ/TU.</p>" in linked


def test_restricted_documents_and_text_already_linked_stay_unlinked(portal, documents):
    html = '<p>Chỉ thị số 12-CT/TU và <a href="/x/">Nghị quyết 50-NQ/ĐUK</a>.</p>'
    assert references.link(html, site=portal["site"]) == html


def test_a_number_used_again_in_another_year_links_to_the_one_of_its_date(portal, documents):
    site = portal["site"]
    dated = references.link("Kết luận số 01-KL/TU ngày 2/3/2016", site=site)
    assert documents["kl_old"].get_absolute_url() in dated
    undated = references.link("Kết luận số 01-KL/TU", site=site, on=date(2022, 1, 1))
    assert documents["kl_new"].get_absolute_url() in undated


def test_a_partial_citation_links_only_when_one_document_fits(portal, documents):
    site = portal["site"]
    recent = references.link("Tiếp tục thực hiện Kết luận 01 của Tỉnh ủy.", site=site,
                             on=date(2022, 1, 1))
    assert documents["kl_new"].get_absolute_url() in recent
    register(site, "01-KL/HU", date(2020, 7, 1), kind="Kết luận")
    both = references.link("Tiếp tục thực hiện Kết luận 01 của Tỉnh ủy.", site=site,
                           on=date(2022, 1, 1))
    assert "<a" not in both


def test_a_type_word_spelt_with_a_lookalike_letter_is_no_citation(portal, documents):
    # "Thông trı" (a dotless ı) matched the partial pattern case-insensitively and then failed
    # the lookup of its type: a KeyError on the article page (issue 10, tests/security).
    text = "Thông trı 05 và Kết luận 01 của Tỉnh ủy."
    assert [reference.type_word for reference in references.find(text)] == ["Kết luận"]
    linked = references.link(text, site=portal["site"], on=date(2022, 1, 1))
    assert linked.startswith("Thông trı 05 và <a class=\"citation\"")


def test_citations_the_register_lacks_are_listed_for_editors(portal, documents):
    text = ("Nghị quyết số 50-NQ/ĐUK; Chỉ thị số 12-CT/TU; Kết luận số 27-KL/TU ngày 3/4/2021 "
            "và lại Kết luận số 27-KL/TU; Quyết định số 623-QĐ/TU.")
    missing = references.unregistered(text, site=portal["site"])
    assert [(str(r.number), r.date) for r in missing] == [("27-KL/TU", date(2021, 4, 3)),
                                                          ("623-QĐ/TU", None)]


def test_the_article_page_links_its_citations(client, portal, documents):
    article = portal["articles"][0]
    article.lead = "Quán triệt Nghị quyết số 50-NQ/ĐUK và Chỉ thị số 12-CT/TU."
    article.body = [("paragraph", RichText("<p>Theo Nghị quyết số 50-NQ/ĐUK, ngày 25/4/2023."
                                           "</p>"))]
    article.save_revision().publish()
    page = client.get(article.url).content.decode()
    url = documents["nq"].get_absolute_url()
    assert page.count(f'class="citation" href="{url}"') == 2
    assert "Chỉ thị số 12-CT/TU" in page and documents["secret"].get_absolute_url() not in page


def test_editors_see_the_citations_the_register_lacks_and_can_add_them(admin_client, portal,
                                                                       documents):
    article = portal["articles"][0]
    article.lead = "Thực hiện Nghị quyết số 50-NQ/ĐUK và Kết luận số 27-KL/TU ngày 3/4/2021."
    article.save_revision().publish()
    editor = admin_client.get(f"/quan-tri/pages/{article.pk}/edit/").content.decode()
    assert "27-KL/TU" in editor and "50-NQ/ĐUK</a>" not in editor
    add = (f"/quan-tri/van-ban/add/?number=27-KL%2FTU&kind=K%E1%BA%BFt+lu%E1%BA%ADn"
           f"&issued_on=2021-04-03&site={portal['site'].pk}")
    assert f'href="{add}"'.replace("&", "&amp;") in editor
    form = admin_client.get(add).content.decode()
    assert 'value="27-KL/TU"' in form and 'value="Kết luận"' in form
    assert 'value="2021-04-03"' in form


def test_the_add_form_takes_an_impossible_date_as_none(admin_client, portal):
    response = admin_client.get("/quan-tri/van-ban/add/?number=27-KL/TU&issued_on=2021-02-30")
    assert response.status_code == 200 and 'value="27-KL/TU"' in response.content.decode()


def test_all_full_citations_of_an_article_are_looked_up_in_one_query(
        portal, documents, django_assert_num_queries):
    html = "".join(f"<p>Nghị quyết số {n}-NQ/TU và Quyết định số {n}-QĐ/TU.</p>"
                   for n in range(1, 9)) + "<p>Nghị quyết số 50-NQ/ĐUK.</p>"
    with django_assert_num_queries(1):
        linked = references.link(html, site=portal["site"])
    assert linked.count('class="citation"') == 1
