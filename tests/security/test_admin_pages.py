"""The corpus as readers' feedback and questions, seen where editors read them: the moderation
queue, the questions queue, the snippet lists (searched with the payload too), each item's edit
form and the personal-data lookup. Wagtail's admin writes its own icons and scripts, so each page
is compared with the same page listing as many harmless items: any kind of markup the payloads
add (a tag or attribute the harmless page does not have), or any payload found as typed with its
tags, is markup from input."""

from datetime import timedelta
from urllib.parse import urlencode

import pytest
from django.urls import reverse
from django.utils import timezone

from bantin.engagement.models import AnswerUnit, Feedback, Question, QuestionsPage
from tests.conftest import signed_in
from tests.security import corpus, markup

pytestmark = pytest.mark.corpus

CHUNK = 20  # items per round: all on the queues' and lists' first page
EMAIL = "ban-doc@example.vn"
ADMIN = "/quan-tri/"


def _stored_text(text, limit):
    """What the reader forms can store of `text`: no NUL (refused by the forms and by
    PostgreSQL), within the field's length."""
    return text.replace("\x00", "")[:limit]


def _store(qa, texts):
    """One pending feedback on the article and one received question per text, every shown
    field holding it."""
    now = timezone.now()
    for number, text in enumerate(texts):
        Feedback.objects.create(
            article=qa["article"], name=_stored_text(text, 100) or "-", email=EMAIL,
            message=_stored_text(text, 3000) or "-", consent_at=now,
            fingerprint=f"f{number}", address="192.0.2.10")
        Question.objects.create(
            page=qa["page"], unit=qa["unit"], name=_stored_text(text, 100) or "-", email=EMAIL,
            title=_stored_text(text, 200) or "-", body=_stored_text(text, 3000) or "-",
            due_on=(now + timedelta(days=10)).date(), consent_at=now, fingerprint=f"q{number}")


def _pages(search):
    """The admin pages that show readers' input, the lists searched for `search`."""
    feedback, question = Feedback.objects.first(), Question.objects.first()
    return {
        "moderation queue": reverse("engagement_moderation"),
        "questions queue": reverse("engagement_questions"),
        "reader data": reverse("engagement_reader_data") + "?" + urlencode({"email": EMAIL}),
        "feedback list": reverse("wagtailsnippets_engagement_feedback:list"),
        "feedback search": reverse("wagtailsnippets_engagement_feedback:list") + "?"
        + urlencode({"q": search}),
        "feedback edit": reverse("wagtailsnippets_engagement_feedback:edit", args=[feedback.pk]),
        "question list": reverse("wagtailsnippets_engagement_question:list"),
        "question search": reverse("wagtailsnippets_engagement_question:list") + "?"
        + urlencode({"q": search}),
        "question edit": reverse("wagtailsnippets_engagement_question:edit", args=[question.pk]),
        "dashboard": ADMIN,
    }


def _read(client, texts, qa, *, search=None):
    """Each page's HTML and its markup problems, with `texts` stored (and nothing else), the
    lists searched for the first text (or `search`)."""
    Feedback.objects.all().delete()
    Question.objects.all().delete()
    _store(qa, texts)
    seen = {}
    for name, url in _pages(texts[0][:200] if search is None else search).items():
        response = client.get(url)
        assert response.status_code == 200, (name, response.status_code)
        html = response.content.decode()
        seen[name] = (html, set(markup.problems(html)))
    return seen


@pytest.fixture
def qa(portal):
    page = portal["home"].add_child(instance=QuestionsPage(title="Hỏi - Đáp", slug="hoi-dap"))
    unit = AnswerUnit.objects.create(site=portal["site"], name="Văn phòng Tỉnh ủy")
    return {"page": page, "unit": unit, "article": portal["articles"][0]}


def test_no_payload_renders_as_markup_in_the_admin(qa, admin_user):
    client = signed_in(admin_user)
    texts = [payload.text for payload in corpus.payloads() if payload.text is not None]
    harmless = {}
    failures = []
    for start in range(0, len(texts), CHUNK):
        chunk = texts[start:start + CHUNK]
        if len(chunk) not in harmless:
            # Harmless items, and a search the admin refuses (its field's error has an icon).
            plain = [f"Ý kiến bình thường số {n} của bạn đọc" for n in range(len(chunk))]
            harmless[len(chunk)] = {
                name: found | refused for (name, (_, found)), (_, refused) in zip(
                    _read(client, plain, qa).items(),
                    _read(client, plain, qa, search="a\x00b").values(), strict=True)}
        for name, (html, problems) in _read(client, chunk, qa).items():
            added = problems - harmless[len(chunk)][name]
            typed = [text for text in chunk if markup.copied_as_typed(html, text)]
            failures += [(name, problem) for problem in added]
            failures += [(name, f"as typed: {text[:80]!r}") for text in typed]
    assert not failures, failures[:20]
    assert len(texts) >= 300
