"""The pages of "Hỏi - Đáp": published answers with search, the form to ask, and the private
page where an asker follows their question. Also the answer deadline in working days."""

import logging
from datetime import timedelta

from django.core.mail import BadHeaderError, send_mail
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from bantin.core.http import wants_json
from bantin.engagement import antiabuse
from bantin.engagement.forms import QuestionForm
from bantin.engagement.models import ReaderSettings
from bantin.search import normalise

logger = logging.getLogger(__name__)
PER_PAGE = 10
SATURDAY = 5


def add_working_days(day, count):
    """Return the `count`-th working day after `day` (Saturdays and Sundays are not counted)."""
    while count > 0:
        day += timedelta(days=1)
        if day.weekday() < SATURDAY:
            count -= 1
    return day


def search(questions, text):
    """Filter `questions` to those holding every word of `text`, accents or not."""
    for word in normalise.words(text)[:10]:
        questions = questions.filter(search_text__contains=word)
    return questions


def index(request, page):
    query = (request.GET.get("q") or "").strip()[:200]
    answered = page.questions.published().order_by("-answered_at", "-pk")
    if query:
        answered = search(answered, query)
    paginator = Paginator(answered, PER_PAGE)
    settings = ReaderSettings.for_site(page.get_site())
    return render(request, "engagement/questions_page.html", {
        "page": page, "query": query, "questions": paginator.get_page(request.GET.get("trang")),
        "form": QuestionForm(page=page, settings=settings,
                             initial={"started": antiabuse.started_token()}),
        "working_days": settings.answer_working_days,
    })


@never_cache
@require_http_methods(["GET", "POST"])
def ask(request, page):
    """GET: the question form on its own page. POST: a reader's question."""
    settings = ReaderSettings.for_site(page.get_site())
    if request.method == "GET":
        form = QuestionForm(page=page, settings=settings,
                            initial={"started": antiabuse.started_token()})
        return render(request, "engagement/question_ask.html",
                      {"page": page, "form": form, "working_days": settings.answer_working_days})
    form = QuestionForm(request.POST, request=request, page=page, settings=settings)
    question = None
    if form.is_valid():
        now = timezone.now()
        question = form.save(now=now, due_on=add_working_days(timezone.localdate(now),
                                                              settings.answer_working_days))
        follow_url = request.build_absolute_uri(
            page.url + page.reverse_subpage("follow", args=[question.token]))
        unit_notify(question)
        message = _("Thank you. Your question has been received; keep this private link to "
                    "follow it: %(url)s") % {"url": follow_url}
    else:
        follow_url = None
        message = form.errors_text()
    status = 201 if question else 429 if form.limited else 400
    if wants_json(request):
        response = JsonResponse({"ok": bool(question), "message": message,
                                 "follow_url": follow_url}, status=status)
    else:
        response = render(request, "engagement/question_ask.html", {
            "page": page, "form": None if question else form, "message": message,
            "follow_url": follow_url, "sent": bool(question),
            "working_days": settings.answer_working_days}, status=status)
    if form.limited:
        response["Retry-After"] = str(form.limited.retry_after)
    return response


@never_cache
@require_GET
def follow(request, page, token):
    """The asker's private page: where their question stands, and the answer once given."""
    question = page.questions.filter(token=token[:32]).select_related("unit").first()
    if question is None:
        raise Http404
    response = render(request, "engagement/question_follow.html",
                      {"page": page, "question": question,
                       "overdue": question.is_overdue()})
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"  # the link is the key: never pass it on
    return response


def unit_notify(question):
    """Tell the chosen unit, after the commit, that a question waits for it."""
    unit = question.unit
    if unit is None or not unit.email:
        return
    body = render_to_string("engagement/question_unit_email.txt", {"question": question})
    subject = _("A reader's question for %(unit)s: %(title)s") % {"unit": unit.name,
                                                                  "title": question.title}
    _mail_after_commit(subject, body, unit.email)


def asker_notify(question):
    """E-mail the asker, after the commit, that their question has been answered."""
    page = question.page
    follow_url = page.full_url + page.reverse_subpage("follow", args=[question.token])
    body = render_to_string("engagement/question_answered_email.txt",
                            {"question": question, "follow_url": follow_url})
    subject = _("Your question has been answered: %(title)s") % {"title": question.title}
    _mail_after_commit(subject, body, question.email)


def _mail_after_commit(subject, body, address):
    """Send one e-mail after the commit; a mail server down or a bad header is logged, never
    an error for the person who saved."""
    subject = " ".join(subject.split())

    def send():
        try:
            send_mail(subject, body, None, [address])
        except (OSError, BadHeaderError):
            logger.exception("Question e-mail to %s could not be sent", address)

    transaction.on_commit(send)
