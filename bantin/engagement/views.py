"""The small endpoints behind cached pages (counts, session tokens) and the reader forms:
poll ballots and results, feedback on articles. Each form also works without JavaScript,
on its own page; with JavaScript it answers in JSON and the page updates in place.
"""

import base64

from django.http import Http404, HttpResponse, JsonResponse
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from bantin.core import sites
from bantin.core.converters import record_id
from bantin.core.http import wants_json
from bantin.core.ratelimit import Limited, rate_limited
from bantin.engagement import antiabuse, counters, polls
from bantin.engagement.forms import BallotForm, FeedbackForm
from bantin.engagement.models import Poll, ReaderSettings
from bantin.engagement.visitors import remember_visitor, visitor_key
from bantin.news.models import ArticlePage

# A transparent 1x1 GIF: the counter image of pages read without JavaScript.
PIXEL = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")
# Page loads counted from one address (HIT_RATE_LIMIT a minute): past that, a 429.
hits_limited = rate_limited(
    "hits", limit="HIT_RATE_LIMIT", window="HIT_RATE_WINDOW",
    message=gettext_lazy("Too many requests from your network. Please wait a minute."))


def _site(request):
    site = sites.find_for_request(request)
    if site is None:
        raise Http404
    return site


def _article(site, page_id):
    """Return the live, public article `page_id` of `site`, or None."""
    page_id = record_id(page_id)
    if page_id is None:
        return None
    return (ArticlePage.objects.live().public().descendant_of(site.root_page)
            .filter(pk=page_id).only("pk").first())


@csrf_exempt  # counts and hands out tokens; it changes nothing a forged request could abuse
@never_cache
@require_POST
@hits_limited
def page_state(request):
    """Count this page load and return what a cached page cannot hold: the current counts,
    the CSRF and form-start tokens for its forms, and the polls this visitor has answered."""
    site = _site(request)
    visitor = visitor_key(request)
    article = _article(site, request.POST.get("trang", ""))
    state = counters.count_hit(request, visitor=visitor, site=site, article=article)
    poll_ids = [pk for pk in map(record_id, request.POST.getlist("binh-chon")[:20]) if pk]
    state.update(csrf=get_token(request), started=antiabuse.started_token(),
                 answered=polls.answered(poll_ids, visitor))
    return remember_visitor(request, JsonResponse(state), visitor)


@never_cache
@require_GET
@hits_limited
def hit_pixel(request):
    """Count a page load by a reader without JavaScript (an image in <noscript>)."""
    site = _site(request)
    visitor = visitor_key(request)
    counters.count_hit(request, visitor=visitor, site=site,
                       article=_article(site, request.GET.get("trang", "")))
    return remember_visitor(request, HttpResponse(PIXEL, content_type="image/gif"), visitor)


def _poll(request, poll_id):
    return get_object_or_404(Poll.objects.for_site(_site(request)).shown(), pk=poll_id)


def _poll_answer(request, poll, *, message="", form=None, status=200):
    """Answer with the poll's results (or its form, when there are errors)."""
    context = {"poll": poll, "message": message, "form": form, "request": request,
               "error": status >= 400}
    if form is None:
        context["ballots"], context["rows"] = poll.results()
    template = "engagement/poll_results.html" if form is None else "engagement/poll_form.html"
    if wants_json(request):
        return JsonResponse({"message": message, "html": render_to_string(template, context)},
                            status=status)
    return render(request, "engagement/poll_page.html", {**context, "template": template},
                  status=status)


@never_cache
@require_http_methods(["GET", "POST"])
def poll_vote(request, poll_id):
    """GET: the poll's form (or its results, once answered or closed). POST: a ballot."""
    poll = _poll(request, poll_id)
    visitor = visitor_key(request)
    if request.method == "GET":
        if not poll.is_open() or polls.answered([poll.pk], visitor):
            return _poll_answer(request, poll)
        response = _poll_answer(request, poll, form=BallotForm(poll=poll))
        return remember_visitor(request, response, visitor)
    form = BallotForm(request.POST, poll=poll)
    if not form.is_valid():
        return _poll_answer(request, poll, form=form, message=form.errors_text(), status=400)
    try:
        polls.cast(request, poll, visitor, form.cleaned_data["options"])
    except antiabuse.Refused as refusal:
        return _poll_answer(request, poll, message=str(refusal), status=409)
    except Limited as limited:
        response = _poll_answer(request, poll, message=str(limited), status=429)
        response["Retry-After"] = str(limited.retry_after)
        return response
    response = _poll_answer(request, poll, message=_("Thank you: your vote has been counted."))
    return remember_visitor(request, response, visitor)


@never_cache
@require_GET
def poll_results(request, poll_id):
    return _poll_answer(request, _poll(request, poll_id))


@never_cache
@require_http_methods(["GET", "POST"])
def feedback(request, article_id):
    """GET: the feedback form of an article on its own page. POST: a reader's feedback."""
    site = _site(request)
    article = _article(site, str(article_id))
    if article is None:
        raise Http404
    article = article.specific
    settings = ReaderSettings.for_site(site)
    if not settings.feedback_open:
        raise Http404
    if request.method == "GET":
        form = FeedbackForm(settings=settings, initial={"started": antiabuse.started_token()})
        return render(request, "engagement/feedback_page.html",
                      {"article": article, "form": form, "reader_settings": settings})
    form = FeedbackForm(request.POST, request=request, article=article, settings=settings)
    if form.is_valid():
        form.save(now=timezone.now())
        message = _("Thank you. Your feedback has been sent and will appear once the editors "
                    "have read it.")
        status = 201
    else:
        message = form.errors_text()
        status = 429 if form.limited else 400
    if wants_json(request):
        response = JsonResponse({"message": message, "ok": status == 201,
                                 "errors": form.errors.get_json_data() if status != 201 else {}},
                                status=status)
    else:
        response = render(request, "engagement/feedback_page.html",
                          {"article": article, "form": form if status != 201 else None,
                           "message": message, "sent": status == 201,
                           "reader_settings": settings}, status=status)
    if form.limited:
        response["Retry-After"] = str(form.limited.retry_after)
    return response
