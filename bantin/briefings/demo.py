"""Build the demo briefings (#11, point 7) on each demo portal there is: the units in a tree with
their leaders and staff accounts (the office's in "Văn phòng cấp ủy", the others' in "Cán bộ đơn
vị"), and briefings over the last months with the units' reports and figures, conclusions, and
tasks in every state (done on time or late, open, in progress, overdue, extended, an extension
waiting, one refused); one briefing gets its draft article through bantin/briefings/article.py.

Dates follow today, so the tasks' states hold whenever it runs. Run after seed_demo and
seed_library_demo (the conclusions cite the register); a second run creates nothing new."""

from datetime import datetime, time, timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from wagtail.models import Site

from bantin.briefings import article, roles, services
from bantin.briefings import demo_text as text
from bantin.briefings.models import (
    Attendance,
    Briefing,
    BriefingUnit,
    Conclusion,
    Indicator,
    Membership,
    Person,
    Task,
    Unit,
    UnitReport,
)
from bantin.briefings.periods import MONTH, QUARTER, Period
from bantin.library.models import Document
from bantin.news.demo import PARTY_BLOC, PROVINCE
from bantin.news.demo_words import LEADERS
from bantin.news.models import HomePage, SectionPage
from bantin.newsroom import roles as newsroom_roles
from bantin.newsroom.models import Team

# portal, its units, its briefings, the section of its briefing articles
PORTALS = ((PROVINCE, text.PROVINCE_UNITS, text.PROVINCE_BRIEFINGS, "hoat-dong-cac-ban-dang"),
           (PARTY_BLOC, text.BLOC_UNITS, text.BLOC_BRIEFINGS, "hoat-dong-dang-uy-khoi"))
# The place of each briefing's period in the series of its figures (the one before is one less).
SERIES = {"quarter-2": 1, "quarter-1": 2, "month-1": 2}
DAY = timedelta(days=1)
NOTES = {
    Task.IN_PROGRESS: "Đã xây dựng dự thảo, đang lấy ý kiến các đơn vị liên quan.",
    Task.DONE: "Đã hoàn thành, gửi báo cáo kết quả về Văn phòng.",
}
REASON = "Cần thêm thời gian tổng hợp số liệu từ các cơ sở."
DECISIONS = {True: "Đồng ý gia hạn; đề nghị đơn vị không để chậm thêm.",
             False: "Không đồng ý: nhiệm vụ cần xong đúng hạn để báo cáo Ban Thường vụ."}


def portals():
    """(portal, its site, units, briefings, section slug) for each demo portal there is."""
    for portal, units, briefings, section in PORTALS:
        home = HomePage.objects.filter(slug=portal.slug).first()
        site = Site.objects.filter(root_page=home).first() if home else None
        if site is not None:
            yield portal, site, units, briefings, section


def _aware(day, hour):
    return timezone.make_aware(datetime.combine(day, time(hour)))


def _units(site, texts):
    units = {}
    for order, unit in enumerate(texts):
        units[unit.key], _created = Unit.objects.get_or_create(site=site, name=unit.name, defaults={
            "short_name": unit.short_name, "parent": units.get(unit.parent),
            "is_office": unit.is_office, "sort_order": order,
            "email": f"{unit.account[0].replace('.', '-')}@donglam.example.vn"})
    return units


def _staff(units, texts, password):
    """Each unit's staff account, made with `password` if missing, in its group and unit."""
    accounts = {}
    for unit in texts:
        username, full_name = unit.account
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            first, _space, last = full_name.rpartition(" ")
            user = get_user_model().objects.create_user(
                username=username, password=password, first_name=first, last_name=last,
                email=f"{username.replace('.', '-')}@donglam.example.vn")
        user.groups.add(Group.objects.get(name=roles.OFFICE if unit.is_office
                                          else roles.UNIT_STAFF))
        Membership.objects.get_or_create(unit=units[unit.key], user=user)
        accounts[unit.key] = user
    return accounts


def _people(site, units, texts):
    """The units' leaders, by unit key."""
    return {unit.key: Person.objects.get_or_create(site=site, name=unit.leader[0], defaults={
        "title": unit.leader[1], "unit": units[unit.key]})[0] for unit in texts}


def _chair(site, key):
    name, title = LEADERS[key]
    return Person.objects.get_or_create(site=site, name=name, defaults={"title": title})[0]


def _period(name, today):
    if name == "month-1":
        return Period.containing(MONTH, today).previous()
    back = Period.containing(QUARTER, today)
    for _step in range(int(name[-1])):
        back = back.previous()
    return back


def _figures(indicator, series, monthly):
    """This period's figure and the one before, from the indicator's first figure and step."""
    _name, measure, first, step = indicator
    first, step = Decimal(str(first)), Decimal(str(step))
    whole = first == first.to_integral() and step == step.to_integral()
    places = Decimal(1) if whole else Decimal("0.1")

    def at(index):
        value = first + step * index
        return (value / 3 if monthly and measure != "%" else value).quantize(places)

    return at(series), at(series - 1)


def _reports(briefing, plan, units, texts, staff):
    series = SERIES[plan.period]
    for order, key in enumerate(plan.units):
        due = _aware(briefing.held_on - 3 * DAY, 17)
        BriefingUnit.objects.create(briefing=briefing, unit=units[key], report_due=due,
                                    sort_order=order)
        if key == plan.missing_report:
            continue
        unit = texts[key]
        report = UnitReport.objects.create(
            briefing=briefing, unit=units[key], internal=key == plan.internal_report,
            results=unit.results.format(period=article.lower_first(str(briefing.period))),
            shortcomings=unit.shortcomings, proposals=unit.proposals, submitted_by=staff[key],
            submitted_at=due + timedelta(hours=20) if key == plan.late_report else due - DAY)
        for number, indicator in enumerate(unit.indicators):
            value, previous = _figures(indicator, series, briefing.period_kind == MONTH)
            Indicator.objects.create(report=report, name=indicator[0], measure=indicator[1],
                                     value=value, previous_value=previous, sort_order=number)


def _deadline(state, held, today):
    """A deadline that puts a task of this state where it should be, whatever today is: those
    that must be past it are only given to the oldest briefing, held months ago."""
    return {text.DONE_ON_TIME: held + 30 * DAY, text.DONE_LATE: held + 20 * DAY,
            text.OVERDUE: held + 25 * DAY, text.EXTENDED: held + 40 * DAY,
            text.REFUSED: held + 35 * DAY, text.OPEN: today + 30 * DAY,
            text.IN_PROGRESS: today + 20 * DAY, text.PENDING: today + 12 * DAY}[state]


def _follow_up(task, state, *, user, office, held, today):
    """Record on `task` the progress and extensions that give it `state`."""
    if state == text.OPEN:
        return
    if state in (text.DONE_ON_TIME, text.DONE_LATE):
        done = (max(held, min(task.deadline - 4 * DAY, today - DAY)) if state == text.DONE_ON_TIME
                else min(task.deadline + 6 * DAY, today - DAY))
        services.task_update(task=task, user=user, status=Task.DONE, note=NOTES[Task.DONE],
                             today=done)
        return
    services.task_update(task=task, user=user, status=Task.IN_PROGRESS,
                         note=NOTES[Task.IN_PROGRESS])
    if state in (text.EXTENDED, text.PENDING, text.REFUSED):
        asked = services.extension_request(
            task=task, user=user, reason=REASON,
            new_deadline=today + 25 * DAY if state == text.EXTENDED else task.deadline + 35 * DAY)
        if state != text.PENDING:
            approve = state == text.EXTENDED
            services.extension_decide(request=asked, user=office, approve=approve,
                                      note=DECISIONS[approve])


def _conclusions(briefing, plan, units, staff, today):
    office = next(user for key, user in staff.items() if units[key].is_office)
    for number, item in enumerate(plan.conclusions, start=1):
        conclusion = Conclusion.objects.create(
            briefing=briefing, number=number, text=item.text, lead_unit=units[item.lead],
            deadline=_deadline(item.state, briefing.held_on, today), internal=item.internal,
            sort_order=number)
        conclusion.coordinating_units.set([units[key] for key in item.helpers])
        conclusion.documents.set(Document.objects.filter(site=briefing.site,
                                                         number__in=item.documents))
        conclusion.save()
    services.tasks_sync(briefing)
    for number, item in enumerate(plan.conclusions, start=1):
        for task in Task.objects.filter(conclusion__briefing=briefing,
                                        conclusion__number=number).select_related("unit"):
            key = next(k for k, unit in units.items() if unit.pk == task.unit_id)
            state = item.state if task.leads else item.helper_state
            _follow_up(task, state, user=staff[key], office=office,
                       held=briefing.held_on, today=today)


def _briefing(site, plan, units, texts, staff, people, today):
    """Make the briefing of `plan` unless it exists; return it, and whether it is new."""
    period = _period(plan.period, today)
    title = f"{plan.title} {article.lower_first(str(period))}"
    found = Briefing.objects.filter(site=site, title=title).first()
    if found is not None:
        return found, False
    held = min(period.end + (8 if plan.period == "month-1" else 12) * DAY, today - DAY)
    chair = _chair(site, plan.chair)
    with transaction.atomic():
        briefing = Briefing(site=site, title=title, kind=plan.kind, period_kind=period.kind,
                            period_start=period.start, period_end=period.end, held_on=held,
                            place=plan.place, chair=chair, chair_title=chair.title,
                            agenda=plan.agenda)
        briefing.full_clean()
        briefing.save()
        then = dict(plan.titles_then)
        attending = [(chair, chair.title)] + [(people[key], then.get(key, people[key].title))
                                              for key in plan.units]
        for order, (person, held_title) in enumerate(attending):
            Attendance.objects.create(briefing=briefing, person=person, title=held_title,
                                      sort_order=order)
        _reports(briefing, plan, units, texts, staff)
        _conclusions(briefing, plan, units, staff, today)
    return briefing, True


def _article(briefing, home, section_slug, office):
    """The draft article of `briefing`, written by the office's account as a reporter of the
    section (the article's own function; a second run finds it)."""
    section = SectionPage.objects.descendant_of(home).get(slug=section_slug)
    office.groups.add(Team.objects.get(page=section, role=newsroom_roles.REPORTER).group)
    return article.article_create(briefing=briefing, section=section, user=office)[0]


def briefings_demo_build(*, password, today=None):
    """Create (or find) the demo briefings of each demo portal; yield a line for each item."""
    today = today or timezone.localdate()
    for portal, site, unit_texts, plans, section_slug in portals():
        units = _units(site, unit_texts)
        staff = _staff(units, unit_texts, password)
        people = _people(site, units, unit_texts)
        yield f"{portal.site_name}: {len(units)} đơn vị, {len(staff)} tài khoản"
        texts = {unit.key: unit for unit in unit_texts}
        office = next(staff[unit.key] for unit in unit_texts if unit.is_office)
        for plan in plans:
            briefing, created = _briefing(site, plan, units, texts, staff, people, today)
            yield f"{'cuộc họp mới' if created else 'đã có'}: {briefing.title}"
            if plan.makes_article:
                made = _article(briefing, site.root_page, section_slug, office)
                yield f"bài viết nháp: {made.title}"
