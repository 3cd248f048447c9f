"""The briefings app's models, one module per part of the record. Imports go one way:
units <- meetings <- reports, tasks; digests (what was mailed) stands alone."""

from bantin.briefings.models.digests import DigestRun
from bantin.briefings.models.meetings import Attendance, Briefing, BriefingUnit
from bantin.briefings.models.reports import Indicator, UnitReport
from bantin.briefings.models.tasks import Conclusion, ExtensionRequest, Task, TaskUpdate
from bantin.briefings.models.units import Membership, Person, Unit

__all__ = ["Attendance", "Briefing", "BriefingUnit", "Conclusion", "DigestRun", "ExtensionRequest",
           "Indicator", "Membership", "Person", "Task", "TaskUpdate", "Unit", "UnitReport"]
