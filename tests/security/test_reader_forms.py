"""Every payload through every field of the reader forms on a running portal (feedback on an
article, a question to "Hỏi - Đáp", a poll ballot, the page-state endpoint): never a server
error; a refusal in Vietnamese that stores nothing, or an acceptance that stores one row; and
once the editors publish everything stored, the article and "Hỏi - Đáp" pages show it as
escaped text: no tag, attribute or address of it is markup."""

import math
import re

import pytest
from django.utils.html import escape

from bantin.engagement.models import Feedback, Question
from bantin.engagement.questions import PER_PAGE
from tests.security import corpus, judge
from tests.security.client import encoded, form, raw_high
from tests.security.readers import (
    FEEDBACK_ALONE,
    FEEDBACK_FIELDS,
    QUESTION_ALONE,
    QUESTION_FIELDS,
    Sender,
    publish_everything,
)

pytestmark = pytest.mark.corpus
PAYLOADS = corpus.payloads()
NEWLINES = re.compile(r"\r\n|\r")
# An item of feedback under the article, and a question on "Hỏi - Đáp", as their templates
# write them: what a reader typed sits between tags (escaped, it holds no "<").
FEEDBACK_SHOWN = re.compile(
    r'<p class="feedback__meta"><strong>([^<]*)</strong> · <time[^>]*>[^<]*</time></p>\s*'
    r'<p class="feedback__message">(.*?)</p>', re.DOTALL)
QUESTION_SHOWN = re.compile(
    r'<h2 class="question__title">([^<]*)</h2>\s*<p class="question__meta">([^<]*) · <time'
    r'.*?<p class="question__body">(.*?)</p>', re.DOTALL)


def judged(what, payload, answer, stored, *, accepted):
    """What is wrong with one submission: its answer, or rows stored though it was refused
    (or not stored though it was accepted, with status `accepted`)."""
    wrong = judge.verdict(answer, payload=payload.text)
    if stored != (answer.status == accepted):
        wrong.append(f"status {answer.status}, {stored} rows stored")
    return [(payload, what, problem) for problem in wrong]


def submit_corpus(portal):
    """Send every payload through every field; return the failures."""
    sender, failures, number = Sender(portal), [], 0
    for payload in PAYLOADS:
        for encode in [encoded] + ([raw_high] if payload.text is None else []):
            for name, send, fields, alone in (
                    ("feedback", sender.feedback, FEEDBACK_FIELDS, FEEDBACK_ALONE),
                    ("question", sender.question, QUESTION_FIELDS, QUESTION_ALONE)):
                number += 1
                answer, stored = send(number, encode=encode, as_json=False,
                                      **dict.fromkeys(fields, payload.raw))
                failures += judged(f"every {name} field, as a page", payload, answer, stored,
                                   accepted=201)
                for field in alone:
                    number += 1
                    answer, stored = send(number, encode=encode, **{field: payload.raw})
                    failures += judged(f"{name} {field}", payload, answer, stored, accepted=201)
            answer, stored = sender.feedback(number, encode=encode, csrfmiddlewaretoken=payload.raw)
            failures += judged("the CSRF token", payload, answer, stored, accepted=None)
            for answer, stored in sender.votes(payload.raw, encode=encode):
                failures += judged("poll ballot", payload, answer, stored, accepted=200)
            state = sender.reader.post("/tuong-tac/trang/", form(
                {"trang": payload.raw, "binh-chon": payload.raw}, encode=encode))
            failures += judged("page state", payload, state, 0, accepted=None)
            if state.status != 200:
                failures.append((payload, "page state", f"status {state.status}"))
        answer, stored = sender.feedback_as_json(payload.raw)
        failures += judged("feedback as a JSON body", payload, answer, stored, accepted=201)
    return failures


def as_shown(value, *, lines=False):
    """`value` as the templates write it: escaped, and (linebreaksbr) its lines joined by
    <br>."""
    shown = escape(value)
    return NEWLINES.sub("\n", shown).replace("\n", "<br>") if lines else shown


def test_every_payload_through_every_reader_form_field(hostile_portal):
    failures = submit_corpus(hostile_portal)
    assert not failures, judge.report(failures)
    feedback, questions = list(Feedback.objects.all()), list(Question.objects.all())
    assert len(feedback) > len(PAYLOADS) and len(questions) > len(PAYLOADS)

    publish_everything(hostile_portal)
    reader = hostile_portal["reader"]()
    article = reader.get(hostile_portal["articles"][0].url.encode())
    pages = [reader.get(f"{hostile_portal['questions'].url}?trang={number}".encode())
             for number in range(1, math.ceil(len(questions) / PER_PAGE) + 1)]
    for page in [article, *pages]:
        assert page.status == 200 and not judge.verdict(page), judge.verdict(page)[:10]
    # Every item is on its page exactly as its escaped text, and nothing else is.
    assert sorted(FEEDBACK_SHOWN.findall(article.text)) == sorted(
        (as_shown(item.name), as_shown(item.message, lines=True)) for item in feedback)
    assert sorted(QUESTION_SHOWN.findall("".join(page.text for page in pages))) == sorted(
        (as_shown(item.title), as_shown(item.name), as_shown(item.body, lines=True))
        for item in questions)
