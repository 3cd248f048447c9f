"""The briefings app's models, one module per part of the record. Imports go one way:
units <- meetings <- reports, tasks."""

from bantin.briefings.models.meetings import Attendance, Briefing, BriefingUnit
from bantin.briefings.models.reports import Indicator, UnitReport
from bantin.briefings.models.tasks import Conclusion, ExtensionRequest, Task, TaskUpdate
from bantin.briefings.models.units import Membership, Person, Unit

__all__ = ["Attendance", "Briefing", "BriefingUnit", "Conclusion", "ExtensionRequest",
           "Indicator", "Membership", "Person", "Task", "TaskUpdate", "Unit", "UnitReport"]
