"""`seed_library_demo` fills both demo registers once: the documents the demo articles cite
(with their dates, but for those left out on purpose), both numbering systems, a restricted and
a replaced document, a PDF for each public one."""

import io
from datetime import datetime

import pytest
from django.core.management import CommandError, call_command

from bantin.library import demo
from bantin.library.models import Document
from bantin.news import demo_words
from bantin.news.demo import PARTY_BLOC, PROVINCE


@pytest.fixture
def demo_sites(portal, other_portal):
    """The test portals under the demo portals' home page slugs."""
    for fixture, demo_portal in ((portal, PROVINCE), (other_portal, PARTY_BLOC)):
        fixture["home"].slug = demo_portal.slug
        fixture["home"].save()
    return portal["site"], other_portal["site"]


def seed():
    output = io.StringIO()
    call_command("seed_library_demo", stdout=output, stderr=io.StringIO())
    return output.getvalue()


def test_the_demo_registers_are_made_once(demo_sites):
    assert "18 văn bản, trong đó 18 văn bản mới" in seed()
    assert "18 văn bản, trong đó 0 văn bản mới" in seed()
    province, bloc = demo_sites
    assert Document.objects.filter(site=province).count() == 16
    assert Document.objects.filter(site=bloc).count() == 2


def test_the_cited_documents_are_registered_with_their_dates_but_a_few(demo_sites):
    seed()
    province = demo_sites[0]
    for reference, issued, *_rest in [*demo_words.DOCS, demo_words.HCM_DOC]:
        number = reference.split(" số ")[1]
        registered = Document.objects.filter(site=province, number=number).first()
        if number in demo.UNREGISTERED:
            assert registered is None
        else:
            assert registered.issued_on == datetime.strptime(issued, "%d/%m/%Y").date()


def test_the_demo_register_shows_what_the_register_can_hold(demo_sites):
    seed()
    documents = Document.objects.filter(site=demo_sites[0])
    assert {"party", "state", "normative"} <= set(documents.values_list("system", flat=True))
    secret = documents.get(restricted=True)
    assert not secret.attachments.exists()
    replaced = documents.get(status=Document.REPLACED)
    assert replaced.replaced_by.number == "27-KL/TU"
    for document in documents.filter(restricted=False):
        assert document.attachments.get().file.read(5) == b"%PDF-"


def test_without_the_demo_portal_it_stops_with_a_vietnamese_error(db):
    with pytest.raises(CommandError, match="seed_demo"):
        seed()
