"""Template tags that place reader engagement in the news pages: polls, the satisfaction
rating, feedback under an article. They only read; counting and voting go through the
endpoints in engagement.views."""

from django import template
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _

from bantin.core.models import PortalSettings
from bantin.core.sites import site_of_context
from bantin.engagement import antiabuse, counters, polls
from bantin.engagement.forms import FeedbackForm
from bantin.engagement.models import Feedback, ReaderSettings

register = template.Library()


def _with_final_results(shown):
    # A closed poll shows its results only; they no longer change, so the page may hold them.
    for poll in shown:
        if not poll.is_open():
            poll.ballots_total, poll.result_rows = poll.results()
    return shown


def _shown(context, site):
    """The site's shown polls by placement, read once per request (a page has two or three
    poll boxes, #9)."""
    request = context.get("request")
    shown = getattr(request, "_engagement_polls_shown", None)
    if shown is None:
        shown = polls.polls_shown(site)
        if request is not None:
            request._engagement_polls_shown = shown
    return shown


@register.inclusion_tag("engagement/poll_boxes.html", takes_context=True)
def polls_at(context, placement):
    """The polls of the current site shown at `placement` ("home" or "sidebar")."""
    site = site_of_context(context)
    return {"polls": _with_final_results(_shown(context, site)[placement] if site else []),
            "heading": _("Poll"), "request": context.get("request")}


@register.inclusion_tag("engagement/poll_boxes.html", takes_context=True)
def satisfaction_rating(context):
    site = site_of_context(context)
    poll = polls.satisfaction_poll(site, shown=_shown(context, site)) if site else None
    return {"polls": _with_final_results([poll] if poll else []),
            "heading": _("Satisfaction rating"), "request": context.get("request")}


@register.inclusion_tag("engagement/feedback_box.html", takes_context=True)
def article_feedback(context, article):
    """Published feedback under `article`, and the form to send more."""
    request = context.get("request")
    site = site_of_context(context)
    settings = ReaderSettings.for_request(request) if site else None
    form = None
    if settings and settings.feedback_open:
        # Built only if its fields are rendered: they are kept per generation (feedback_box.html).
        form = SimpleLazyObject(lambda: FeedbackForm(
            settings=settings, initial={"started": antiabuse.started_token()}))
    return {"article": article, "form": form, "feedback_open": form is not None,
            "request": request,
            "site_id": site.pk if site else None,
            "items": (Feedback.objects.filter(article=article).approved()
                      if article.published_feedback else [])}


@register.simple_tag(takes_context=True)
def visit_count(context):
    """The site's visits as the page is rendered; engagement.js refreshes it on cached pages."""
    site = site_of_context(context)
    if site is None:
        return 0
    # The portal's settings as the page already read them (kept on the request).
    return counters.stored_visits(site, portal=PortalSettings.for_request(context["request"]))
