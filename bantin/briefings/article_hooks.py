"""The article made from a briefing (#11, point 5) in the admin: the list of briefings offers to
make it or open it; its editor links back to the record, and while the record is internal the
article is never submitted for review nor published. The editor's buttons answer with a
Vietnamese message and change nothing; any other way of publishing (the review's last approval,
the scheduler, a script) meets the same refusal as the page is saved.

Briefing.clean keeps the other half: a briefing is not marked internal while its article is
live, scheduled or under review. Nor is a report or conclusion the article may quote, while the
article exists: its text would stay in it (UnitReport.clean and
Briefing.conclusion_internal_refusal). Registered by BriefingsConfig.ready()."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models.signals import pre_save
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from bantin.briefings import access
from bantin.briefings.models import Briefing
from bantin.core.formats import format_date

# The editor's buttons that move an article towards publication.
FORWARD_ACTIONS = ("action-publish", "action-submit", "action-restart-workflow")


def made_from_internal(page):
    return Briefing.objects.filter(article_id=page.pk, internal=True).exists()


def publication_refusal():
    return _("This article was made from an internal briefing: it cannot be submitted for "
             "review nor published.")


def refuse_going_live(sender, instance, **kwargs):
    # A rule on a signal, where rules rarely belong: saving the page is the one step that every
    # way of publishing takes (the editor, the review's last approval, the scheduler), and the
    # news app below may not know the record.
    if instance.live and instance.pk and made_from_internal(instance):
        raise ValidationError(publication_refusal())


def _moves_forward(request):
    if any(request.POST.get(name) for name in FORWARD_ACTIONS):
        return True
    return (bool(request.POST.get("action-workflow-action"))
            and request.POST.get("workflow-action-name") == "approve")


def refuse_forward(request, page):
    """On the article's editor: refuse publishing, submitting or approving it while its
    briefing is internal, before anything is saved; tell where it came from on every visit."""
    if request.method == "POST":
        if _moves_forward(request) and made_from_internal(page):
            messages.error(request, publication_refusal())
            return redirect("wagtailadmin_pages:edit", page.pk)
        return None
    record = Briefing.objects.filter(article_id=page.pk).first()
    if record is None:
        return None
    held = format_date(record.held_on)
    if access.briefings_for(request.user).filter(pk=record.pk).exists():
        link = reverse("wagtailsnippets_briefings_briefing:edit", args=[record.pk])
        messages.info(request, format_html('{} <a href="{}">{}</a>', _("Made from the briefing:"),
                                           link, f"{record.title} ({held})"))
    else:
        messages.info(request, _("Made from the briefing “%(title)s” of %(date)s.")
                      % {"title": record.title, "date": held})
    if record.internal:
        messages.warning(request, publication_refusal())
    return None


def _works_in_office_of(user, site_id):
    """access.is_office, with the user's office portals asked once: the hook below runs for
    each row of the list, and request.user lives for one request."""
    if user.is_superuser:
        return True
    if not hasattr(user, "_briefings_office_sites"):
        user._briefings_office_sites = access.office_sites(user)
    return site_id in user._briefings_office_sites


def briefing_buttons(snippet, user, next_url=None):
    """In the office's list of briefings: make the article, or open the one made."""
    if (not isinstance(snippet, Briefing) or snippet.internal
            or not _works_in_office_of(user, snippet.site_id)):
        return []
    if snippet.article_id:
        return [Button(_("Open the article"), icon_name="doc-full", priority=40,
                       url=reverse("wagtailadmin_pages:edit", args=[snippet.article_id]))]
    return [Button(_("Make an article"), icon_name="doc-full-inverse", priority=40,
                   url=reverse("briefings_article", args=[snippet.pk]))]


def register():
    # Imported here: the page models are loaded only once the apps are ready.
    from bantin.news.models import ArticlePage

    pre_save.connect(refuse_going_live, sender=ArticlePage,
                     dispatch_uid="briefings_article_internal")
    hooks.register("before_edit_page", refuse_forward)
    hooks.register("register_snippet_listing_buttons", briefing_buttons)
