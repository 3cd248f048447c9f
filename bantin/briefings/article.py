"""From a briefing record to a draft article (#11, point 5). draft_of() assembles the kicker,
title, lead and body from the record's public parts: the units' submitted reports with their
figures against the period before, their shortcomings, and the chair's numbered conclusions
with their lead units, deadlines and the documents they cite (by number, so that the library's
linker links them). article_create() saves it as a draft in a section of the briefing's portal,
owned by the person who asked, to go through the newsroom's review like any other article.

Nothing marked internal reaches the draft: an internal briefing makes no article at all, and
internal reports and conclusions are left out."""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from wagtail.coreutils import find_available_slug
from wagtail.log_actions import log
from wagtail.rich_text import RichText

from bantin.briefings.figures import format_figure
from bantin.briefings.models import Briefing, Unit
from bantin.core.formats import format_date
from bantin.core.text import slugify_vi
from bantin.news.models import ArticlePage, SectionPage

PERCENT = "%"
TENTH = Decimal("0.1")


@dataclass(frozen=True)
class Draft:
    kicker: str
    title: str
    lead: str
    body: list  # (block type, value) pairs of news.models.blocks.ArticleBodyBlock


def internal_refusal():
    return ValidationError(_("This briefing is internal: no article is made from it."))


def lower_first(text):
    """ "Quý III/2026" as it reads inside a sentence: "quý III/2026"."""
    return text[:1].lower() + text[1:]


def _one_line(text):
    return " ".join(text.split())


def _paragraphs(text):
    return [line.strip() for line in text.splitlines() if line.strip()]


def lead_of(briefing):
    """The opening sentence: when and where, the chair with the title held that day, the
    kind of meeting and the period it reviewed."""
    values = {"date": format_date(briefing.held_on), "place": briefing.place,
              "chair": briefing.chair.name, "title": briefing.chair_title or briefing.chair.title,
              "kind": lower_first(briefing.get_kind_display()),
              "period": lower_first(str(briefing.period))}
    if briefing.place:
        return _("On %(date)s, at %(place)s, comrade %(chair)s, %(title)s, chaired the "
                 "%(kind)s reviewing the results of %(period)s.") % values
    return _("On %(date)s, comrade %(chair)s, %(title)s, chaired the %(kind)s reviewing the "
             "results of %(period)s.") % values


def _amount(value, measure):
    """ "12 đảng viên", "95,5%"; a change of a rate reads in percentage points."""
    if measure == PERCENT:
        return f"{format_figure(value)}%"
    return f"{format_figure(value)} {measure}".strip()


def indicator_text(indicator, previous_period):
    """One figure as the article states it, with its change against the period before:
    "Số đảng viên mới kết nạp: 12 đảng viên, tăng 3 đảng viên (33,3%) so với quý II/2026."."""
    value = _amount(indicator.value, indicator.measure)
    before = indicator.previous_value
    if before is None:
        return _("%(name)s: %(value)s.") % {"name": indicator.name, "value": value}
    difference = indicator.value - before
    if indicator.measure == PERCENT:
        amount = _("%(points)s percentage points") % {"points": format_figure(abs(difference))}
    else:
        amount = _amount(abs(difference), indicator.measure)
        if before:
            share = (abs(difference) / abs(before) * 100).quantize(TENTH, ROUND_HALF_UP)
            amount = f"{amount} ({format_figure(share)}%)"
    if difference > 0:
        change = _("up %(amount)s") % {"amount": amount}
    elif difference < 0:
        change = _("down %(amount)s") % {"amount": amount}
    else:
        change = _("no change")
    return _("%(name)s: %(value)s, %(change)s on %(period)s.") % {
        "name": indicator.name, "value": value, "change": change, "period": previous_period}


def _heading(text):
    return format_html("<h2>{}</h2>", text)


def _results(reports, previous_period):
    parts = [_heading(_("Results achieved"))]
    for report in reports:
        lines = _paragraphs(report.results)
        parts.append(format_html("<p><b>{}:</b> {}</p>", report.unit.name,
                                 lines[0] if lines else ""))
        parts.extend(format_html("<p>{}</p>", line) for line in lines[1:])
        indicators = list(report.indicators.all())
        if indicators:
            parts.append(format_html("<ul>{}</ul>", format_html_join(
                "", "<li>{}</li>", ((indicator_text(i, previous_period),) for i in indicators))))
    return parts


def _shortcomings(reports):
    rows = [(report.unit.name, _one_line(report.shortcomings)) for report in reports
            if report.shortcomings.strip()]
    if not rows:
        return []
    return [_heading(_("Shortcomings and weaknesses")),
            format_html("<ul>{}</ul>", format_html_join("", "<li><b>{}:</b> {}</li>", rows))]


def citation(document):
    """ "Nghị quyết số 35-NQ/TU ngày 14/03/2025 của Ban Chấp hành Đảng bộ tỉnh": the number in
    the form library.references finds, with the date that tells documents of equal number
    apart."""
    return _("%(kind)s no. %(number)s of %(date)s by %(body)s") % {
        "kind": document.kind, "number": document.number,
        "date": format_date(document.issued_on), "body": document.issuing_body}


def conclusion_text(conclusion, site_id):
    """A conclusion as one numbered item: what is to be done, who leads and who helps, by when,
    and the public documents of the portal's register it refers to."""
    terms = []
    if conclusion.lead_unit:
        terms.append(_("lead: %(unit)s") % {"unit": conclusion.lead_unit.name})
    helpers = [unit.name for unit in conclusion.coordinating_units.all()]
    if helpers:
        terms.append(_("with: %(units)s") % {"units": ", ".join(helpers)})
    terms.append(_("deadline: %(date)s") % {"date": format_date(conclusion.deadline)})
    text = f"{_one_line(conclusion.text).rstrip('.')} ({'; '.join(terms)})."
    cited = [citation(document) for document in conclusion.documents.all()
             if document.site_id == site_id and not document.restricted]
    if cited:
        text += " " + _("In line with %(documents)s.") % {"documents": "; ".join(cited)}
    return text


def _conclusions(briefing, conclusions):
    if not conclusions:
        return []
    return [_heading(_("The chair's conclusions")),
            format_html("<p>{}</p>", _("Concluding the meeting, comrade %(chair)s asked the "
                                       "units to carry out the following:")
                        % {"chair": briefing.chair.name}),
            format_html("<ol>{}</ol>", format_html_join("", "<li>{}</li>", (
                (conclusion_text(conclusion, briefing.site_id),) for conclusion in conclusions)))]


def draft_of(briefing):
    """The draft article of `briefing`'s public parts; refused (ValidationError) for an
    internal briefing, or one with nothing public to report yet."""
    if briefing.internal:
        raise internal_refusal()
    reports = list(briefing.reports.filter(internal=False, submitted_at__isnull=False)
                   .select_related("unit").prefetch_related("indicators")
                   .order_by("unit__sort_order", "unit__name"))
    conclusions = list(briefing.conclusions.filter(internal=False).select_related("lead_unit")
                       .prefetch_related("coordinating_units", "documents").order_by("number"))
    if not reports and not conclusions:
        raise ValidationError(_("Nothing of this briefing can be published yet: no unit has "
                                "submitted a public report and it has no public conclusion."))
    previous = lower_first(str(briefing.period.previous()))
    parts = []
    if reports:
        parts += _results(reports, previous) + _shortcomings(reports)
    parts += _conclusions(briefing, conclusions)
    kicker = f"{briefing.get_kind_display()} {lower_first(str(briefing.period))}"
    return Draft(kicker=kicker, title=briefing.title, lead=lead_of(briefing),
                 body=[("paragraph", RichText("".join(parts)))])


def sections_for(*, briefing, user):
    """The sections of the briefing's portal where `user` may add an article."""
    return [section for section in
            SectionPage.objects.descendant_of(briefing.site.root_page).order_by("path")
            if section.permissions_for_user(user).can_add_subpage()]


def _author_unit(briefing):
    office = Unit.objects.filter(site_id=briefing.site_id, is_office=True).first()
    return office.name if office else ""


@transaction.atomic
def article_create(*, briefing, section, user):
    """Return (article, created): the briefing's article if it has one, else a new draft of
    it in `section`, owned by `user`, saved as a revision and linked to the briefing. Refused
    (ValidationError) for an internal briefing, and for a section of another portal or one
    where `user` may not add articles."""
    briefing = Briefing.objects.select_for_update().select_related("site").get(pk=briefing.pk)
    if briefing.internal:
        raise internal_refusal()
    if briefing.article_id:
        return briefing.article, False
    if section.pk not in {s.pk for s in sections_for(briefing=briefing, user=user)}:
        raise ValidationError(_("Choose a section of this briefing's portal where you may add "
                                "articles."))
    draft = draft_of(briefing)
    section = section.specific
    article = ArticlePage(
        title=draft.title, slug=find_available_slug(section, slugify_vi(draft.title) or "bai"),
        kicker=draft.kicker, lead=draft.lead, body=draft.body, live=False, owner=user,
        author_name=(user.get_full_name() or user.get_username())[:120],
        author_unit=_author_unit(briefing))
    section.add_child(instance=article)
    # As Wagtail's own "add page" view does: the creation in the history, then the draft.
    log(instance=article, action="wagtail.create", user=user)
    article.save_revision(user=user, log_action=False)
    briefing.article = article
    briefing.save(update_fields=["article"])
    return article, True
