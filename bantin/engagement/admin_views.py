"""Admin pages of reader engagement: the feedback moderation queue, a reader's data on request,
poll results over time, and the counters (most read, visits per day)."""

import json
from datetime import timedelta

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Sum
from django.db.models.functions import TruncDate
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Site

from bantin.core.converters import record_id
from bantin.engagement import moderation
from bantin.engagement.forms import single_line
from bantin.engagement.models import Feedback, PollBallot, SiteDailyVisits
from bantin.news.models import ArticleDailyViews, ArticlePage

PERIODS = ((1, gettext_lazy("Today")), (7, gettext_lazy("Last 7 days")),
           (30, gettext_lazy("Last 30 days")))


def _ids(values):
    return [pk for pk in map(record_id, values) if pk is not None]


def moderation_queue(request):
    """GET: feedback waiting for the signed-in person, oldest first. POST: publish or refuse
    the ticked ones."""
    if not request.user.has_perm("engagement.change_feedback"):
        raise PermissionDenied
    waiting = moderation.feedback_for_user(request.user).pending().order_by("created_at")
    if request.method == "POST":
        action = request.POST.get("action")
        chosen = list(waiting.filter(pk__in=_ids(request.POST.getlist("feedback"))))
        if action not in {"approve", "reject"} or not chosen:
            messages.error(request, _("Nothing was done: tick at least one item."))
        else:
            status = Feedback.APPROVED if action == "approve" else Feedback.REJECTED
            count = moderation.moderate(chosen, user=request.user, status=status)
            messages.success(request, (_("Published: %(count)d item(s).") if action == "approve"
                                       else _("Not published: %(count)d item(s).")) % {
                "count": count})
        return redirect("engagement_moderation")
    return TemplateResponse(request, "engagement/admin/moderation_queue.html", {
        "items": waiting[:200], "count": waiting.count(),
        "page_title": _("Feedback to moderate"), "header_title": _("Feedback to moderate"),
        "header_icon": "comment",
    })


def reader_data(request):
    """Find a reader's data by e-mail address; export it (JSON) or erase it."""
    if not request.user.has_perm("engagement.delete_feedback"):
        raise PermissionDenied
    email = single_line(request.POST.get("email") or request.GET.get("email") or "")[:254]
    if request.method == "POST" and email:
        count = moderation.reader_erase(email, user=request.user)
        messages.success(request, _("Erased: %(count)d item(s) sent from %(email)s.")
                         % {"count": count, "email": email})
        return redirect("engagement_reader_data")
    items = (moderation.reader_data(email, user=request.user) if email
             else {"feedback": [], "questions": []})
    if email and request.GET.get("export") == "json":
        response = HttpResponse(json.dumps({"email": email, **items},
                                           ensure_ascii=False, indent=2),
                                content_type="application/json; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="du-lieu-ban-doc.json"'
        return response
    return TemplateResponse(request, "engagement/admin/reader_data.html", {
        "email": email, "items": items["feedback"], "questions": items["questions"],
        "found": len(items["feedback"]) + len(items["questions"]),
        "page_title": _("A reader's personal data"), "header_title": _("A reader's personal data"),
        "header_icon": "user",
    })


def questions_queue(request):
    """The readers' questions of the signed-in person's sites, overdue first, then by due date."""
    if not request.user.has_perm("engagement.change_question"):
        raise PermissionDenied
    today = timezone.localdate()
    questions = moderation.questions_for_user(request.user)
    open_questions = list(questions.open()[:300])
    return TemplateResponse(request, "engagement/admin/questions_queue.html", {
        "questions": open_questions, "today": today,
        "overdue": sum(question.is_overdue(today) for question in open_questions),
        "page_title": _("Questions to answer"), "header_title": _("Questions to answer"),
        "header_icon": "help",
    })


def ballots_per_day(poll):
    """Return [(day, ballots)] for every day the poll received ballots, oldest first."""
    return list(PollBallot.objects.filter(poll=poll).annotate(day=TruncDate("created_at"))
                .values_list("day").annotate(count=Count("pk")).order_by("day"))


def poll_results(request, poll_id):
    if not request.user.has_perm("engagement.change_poll"):
        raise PermissionDenied
    poll = get_object_or_404(moderation.polls_for_user(request.user), pk=poll_id)
    ballots, rows = poll.results()
    days = ballots_per_day(poll)
    return TemplateResponse(request, "engagement/admin/poll_results.html", {
        "poll": poll, "ballots": ballots, "rows": rows, "days": days,
        "chart": chart_bars(days),
        "page_title": _("Poll results"), "header_title": _("Poll results"),
        "header_icon": "list-ul",
    })


def chart_bars(series, height=120):
    """Return the bars of a simple SVG column chart of [(label, value)] (no script, no style)."""
    top = max((value for _label, value in series), default=0) or 1
    width = 14
    return {
        "width": len(series) * width, "height": height,
        "bars": [{"x": index * width, "width": width - 3, "label": label, "value": value,
                  "height": round(height * value / top), "y": height - round(height * value / top)}
                 for index, (label, value) in enumerate(series)],
    }


def most_read(site, days, *, limit=5, today=None):
    """Return [(article, views)] of `site` most read over the last `days` days (today included)."""
    today = today or timezone.localdate()
    rows = (ArticleDailyViews.objects
            .filter(day__gt=today - timedelta(days=days),
                    article__path__startswith=site.root_page.path)
            .values("article").annotate(total=Sum("views")).order_by("-total")[:limit])
    articles = ArticlePage.objects.in_bulk([row["article"] for row in rows])
    return [(articles[row["article"]], row["total"]) for row in rows if row["article"] in articles]


def visits_per_day(site, *, days=30, today=None):
    """Return [(day, visits)] of `site` for each of the last `days` days, zeros included."""
    today = today or timezone.localdate()
    counted = dict(SiteDailyVisits.objects.filter(site=site, day__gt=today - timedelta(days=days))
                   .values_list("day", "visits"))
    return [(day, counted.get(day, 0))
            for day in (today - timedelta(days=n) for n in range(days - 1, -1, -1))]


def can_view_counters(user):
    """Reading statistics are for those who handle readers: editors, the board, administrators."""
    return user.has_perm("engagement.change_feedback")


def counters_context(request):
    """The statistics of one of the person's sites: the one asked for, this host's, or the
    first they work on."""
    sites = list(moderation.sites_for_user(request.user).order_by("-is_default_site",
                                                                  "site_name"))
    current = Site.find_for_request(request)
    site = (next((s for s in sites if str(s.pk) == request.GET.get("site", "")), None)
            or next((s for s in sites if current and s.pk == current.pk), None)
            or (sites[0] if sites else None))
    if site is None:
        return {"site": None, "sites": sites}
    visits = visits_per_day(site)
    return {
        "site": site, "sites": sites,
        "periods": [(label, most_read(site, days)) for days, label in PERIODS],
        "visits": visits, "chart": chart_bars(visits),
        "visits_total": sum(value for _day, value in visits),
    }


def counters(request):
    """Most-read articles today, over 7 and 30 days; visits per day over 30 days."""
    if not can_view_counters(request.user):
        raise PermissionDenied
    return TemplateResponse(request, "engagement/admin/counters.html", {
        **counters_context(request),
        "page_title": _("Reading statistics"), "header_title": _("Reading statistics"),
        "header_icon": "view",
    })
