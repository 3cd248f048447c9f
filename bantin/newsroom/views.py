"""The review queue page of the admin: filter, preview, approve or send back, bulk approve."""

from datetime import timedelta

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Site, TaskState

from bantin.core.converters import record_id
from bantin.newsroom import selectors
from bantin.newsroom.models import NewsroomSettings, RejectionForm


def alert_after(request):
    """Return how long an article may wait before the queue marks it, from site settings."""
    site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
    hours = NewsroomSettings.for_site(site).review_alert_hours if site else 4
    return timedelta(hours=hours)


def review_queue(request):
    """GET: the queue of the signed-in person. POST: approve, send back or bulk approve."""
    if request.method == "POST":
        return _act(request)
    everything = selectors.review_queue(user=request.user, alert_after=alert_after(request))
    section_id = record_id(request.GET.get("section"))
    author_id = record_id(request.GET.get("author"))
    items = [
        item for item in everything
        if (section_id is None or section_id in item.section_ids)
        and (author_id is None or (item.author and item.author.pk == author_id))
    ]
    return TemplateResponse(request, "newsroom/review_queue.html", {
        "items": items,
        "figures": selectors.queue_figures(items),
        "sections": sorted({item.section for item in everything if item.section},
                           key=lambda section: section.title),
        "authors": sorted({item.author for item in everything if item.author},
                          key=lambda a: a.get_full_name() or a.get_username()),
        "section_id": section_id,
        "author_id": author_id,
        "can_bulk_approve": any(item.can_publish_step for item in items),
        "alert_hours": int(alert_after(request).total_seconds() // 3600),
        "header_title": _("Review queue"),
        "page_title": _("Review queue"),
        "header_icon": "tasks",
    })


def _act(request):
    action = request.POST.get("action")
    ids = [record_id(pk) for pk in request.POST.getlist("task_state")]
    states = TaskState.objects.filter(pk__in=[pk for pk in ids if pk],
                                      status=TaskState.STATUS_IN_PROGRESS)
    # Approving or sending back one by one acts on one article; only the board's bulk takes more.
    single = action in {"approve", "reject"} and len(ids) == 1
    if not (single or action == "bulk_approve") or not states:
        messages.error(request, _("Nothing was done: choose at least one article."))
        return redirect("newsroom_review_queue")
    if action == "reject":
        form = RejectionForm(request.POST)
        if not form.is_valid():
            messages.error(request, form.errors["comment"][0])
            return redirect("newsroom_review_queue")
        kwargs = {"comment": form.cleaned_data["comment"]}
    else:
        kwargs = {}
    # Bulk approval is the board's: it passes only articles at the publishing step.
    chosen = [(state, state.task.specific) for state in states
              if action != "bulk_approve" or state.task.specific.required_permission == "publish"]
    # Every article is checked before any is touched, so a refused one changes nothing.
    def may_act(state, task):
        actions = task.get_actions(state.workflow_state.content_object, request.user)
        return any(name == "approve" for name, _label, _modal in actions)

    if not all(may_act(state, task) for state, task in chosen):
        raise PermissionDenied
    with transaction.atomic():
        for state, task in chosen:
            task.on_action(state, request.user, "reject" if action == "reject" else "approve",
                           **kwargs)
    done = len(chosen)
    message = (_("Sent back to the author: %(count)d article(s).") if action == "reject"
               else _("Approved: %(count)d article(s)."))
    messages.success(request, message % {"count": done})
    return redirect("newsroom_review_queue")
