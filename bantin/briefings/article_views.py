"""The admin's "Make an article" of a briefing (#11, point 5): the office chooses a section of
the briefing's portal and gets the draft made by bantin/briefings/article.py, or, when the
briefing already has its article, goes to it."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from bantin.briefings import access, article
from bantin.briefings.models import Briefing
from bantin.news.models import SectionPage


class SectionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        parent = obj.get_parent().specific
        return f"{parent.title} › {obj.title}" if isinstance(parent, SectionPage) else obj.title


class ArticleSectionForm(forms.Form):
    section = SectionChoiceField(
        label=gettext_lazy("section"), queryset=SectionPage.objects.none(), empty_label=None,
        error_messages={"invalid_choice": gettext_lazy("Choose one of the sections listed.")},
        help_text=gettext_lazy("The draft is saved there, to go through review like any "
                               "article."))

    def __init__(self, *args, sections, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["section"].queryset = SectionPage.objects.filter(
            pk__in=[section.pk for section in sections]).order_by("path")


def _page(request, template, context, status=200):
    title = _("Article from the briefing")
    return TemplateResponse(request, f"briefings/admin/{template}", {
        **context, "page_title": title, "header_title": title, "header_icon": "doc-full"},
        status=status)


def article_make(request, briefing_id):
    """GET: the choice of section. POST: the draft, then its editor."""
    briefing = get_object_or_404(Briefing.objects.select_related("site"), pk=briefing_id)
    if not access.is_office(request.user, briefing.site_id):
        # A 403 of its own: Wagtail turns PermissionDenied into a redirect home.
        return _page(request, "forbidden.html", {"message": _(
            "Only the staff of the office make an article from a briefing.")}, status=403)
    back = redirect("wagtailsnippets_briefings_briefing:edit", briefing.pk)
    if briefing.internal:
        messages.error(request, article.internal_refusal().messages[0])
        return back
    if briefing.article_id:
        messages.info(request, _("This briefing already has its article."))
        return redirect("wagtailadmin_pages:edit", briefing.article_id)
    sections = article.sections_for(briefing=briefing, user=request.user)
    if not sections:
        messages.error(request, _("You may not add articles to any section of this portal: ask "
                                  "its administrator to add you to a section's team."))
        return back
    form = ArticleSectionForm(request.POST or None, sections=sections)
    if request.method == "POST" and form.is_valid():
        try:
            made, created = article.article_create(
                briefing=briefing, section=form.cleaned_data["section"], user=request.user)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            if created:
                messages.success(request, _("The draft article is ready: check it, then submit "
                                            "it for review."))
            return redirect("wagtailadmin_pages:edit", made.pk)
    return _page(request, "article_form.html", {"briefing": briefing, "form": form})
