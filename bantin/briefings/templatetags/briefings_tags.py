"""How a task's state reads everywhere in the admin: overdue tasks stand out with their days."""

from django import template
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from bantin.briefings.models import Task

register = template.Library()


@register.filter
def overdue_days(task, today=None):
    """How many days `task` is past its deadline (0 when it is not overdue)."""
    return task.overdue_days(today)


@register.simple_tag
def task_state(task, today=None):
    days = overdue_days(task, today)
    if days:
        label = ngettext("Overdue by %(days)d day", "Overdue by %(days)d days", days) \
            % {"days": days}
        return format_html('<span class="status-tag is-late">{}</span>', label)
    if task.status == Task.DONE:
        if task.done_late:
            return format_html('<span class="status-tag is-warning">{}</span>',
                               _("Done late"))
        return format_html('<span class="status-tag is-done">{}</span>', _("Done on time"))
    return format_html('<span class="status-tag">{}</span>', task.get_status_display())
