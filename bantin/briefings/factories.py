"""Factories for the briefings record, shared by the tests and the demo content."""

from datetime import timedelta

import factory
from django.utils import timezone

from bantin.briefings import periods
from bantin.briefings.models import (
    Attendance,
    Briefing,
    BriefingUnit,
    Conclusion,
    Indicator,
    Person,
    Unit,
    UnitReport,
)


class UnitFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Ban số {n + 1}")
    email = factory.Sequence(lambda n: f"don-vi-{n + 1}@example.vn")

    class Meta:
        model = Unit


class PersonFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Nguyễn Văn Chủ {n + 1}")
    title = "Phó Bí thư Thường trực Tỉnh ủy"

    class Meta:
        model = Person


class BriefingFactory(factory.django.DjangoModelFactory):
    """A quarterly briefing held two weeks after its quarter, chaired by a new person."""

    title = factory.Sequence(lambda n: f"Giao ban khối các cơ quan tham mưu lần {n + 1}")
    period_kind = periods.QUARTER
    period_start = factory.LazyFunction(
        lambda: periods.Period.containing(periods.QUARTER, timezone.localdate()).previous().start)
    period_end = factory.LazyAttribute(
        lambda b: periods.Period.containing(periods.QUARTER, b.period_start).end)
    held_on = factory.LazyAttribute(lambda b: b.period_end + timedelta(days=14))
    place = "Hội trường Tỉnh ủy"
    chair = factory.SubFactory(PersonFactory, site=factory.SelfAttribute("..site"))
    chair_title = factory.LazyAttribute(lambda b: b.chair.title)

    class Meta:
        model = Briefing


class BriefingUnitFactory(factory.django.DjangoModelFactory):
    report_due = factory.LazyFunction(lambda: timezone.now() + timedelta(days=3))

    class Meta:
        model = BriefingUnit


class AttendanceFactory(factory.django.DjangoModelFactory):
    title = factory.LazyAttribute(lambda a: a.person.title)

    class Meta:
        model = Attendance


class UnitReportFactory(factory.django.DjangoModelFactory):
    results = "Đơn vị hoàn thành các nhiệm vụ trọng tâm của kỳ."
    shortcomings = "Một số báo cáo chuyên đề còn chậm."
    proposals = "Đề nghị bổ sung biên chế cho bộ phận tổng hợp."
    submitted_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = UnitReport


class IndicatorFactory(factory.django.DjangoModelFactory):
    name = "Số đảng viên mới kết nạp"
    value = 12
    measure = "đảng viên"
    previous_value = 9

    class Meta:
        model = Indicator


class ConclusionFactory(factory.django.DjangoModelFactory):
    number = factory.Sequence(lambda n: n + 1)
    text = "Hoàn thành rà soát, bổ sung quy hoạch cán bộ trong quý tới."
    deadline = factory.LazyAttribute(lambda c: c.briefing.held_on + timedelta(days=60))

    class Meta:
        model = Conclusion
