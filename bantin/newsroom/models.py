"""Teams (the group behind each role in a section or site), the review step, newsroom settings."""

from functools import reduce
from operator import or_

from django import forms
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import GroupPagePermission, Page, Task, TaskState

from bantin.newsroom import roles


class Team(models.Model):
    """The group whose members hold one role in one section (or, for the board, one site)."""

    page = models.ForeignKey(Page, verbose_name=_("section or site"), on_delete=models.CASCADE,
                             related_name="+")
    role = models.CharField(_("role"), max_length=40,
                            choices=[(role, role) for role in roles.ROLES])
    group = models.OneToOneField(Group, verbose_name=_("group"), on_delete=models.CASCADE,
                                 related_name="team")

    class Meta:
        verbose_name = _("team")
        verbose_name_plural = _("teams")
        constraints = [models.UniqueConstraint(fields=["page", "role"], name="unique_page_role")]

    def __str__(self):
        return self.group.name


class RejectionForm(forms.Form):
    """Sending an article back needs a reason: the author reads it in the editor."""

    comment = forms.CharField(
        label=_("What must be changed"), widget=forms.Textarea({"rows": 3}),
        error_messages={"required": _("Write what the author must change.")},
    )


class ReviewTask(Task):
    """A workflow step that the people holding a page permission on the article complete.

    "Chờ biên tập" asks for "change" (the section's editors, and the board); "Chờ duyệt" asks for
    "publish" (the board of the article's site). Ownership alone never qualifies: a reporter
    cannot approve their own article.
    """

    PERMISSION_CHOICES = [("change", _("edit any article of the section")),
                          ("publish", _("publish"))]
    required_permission = models.CharField(_("reviewers must be able to"), max_length=20,
                                           choices=PERMISSION_CHOICES)

    admin_form_fields = Task.admin_form_fields + ["required_permission"]

    class Meta:
        verbose_name = _("review step")
        verbose_name_plural = _("review steps")

    def user_can_review(self, obj, user):
        """Return True if `user` holds the required permission on `obj` (not just ownership)."""
        if not user.is_active:
            return False
        if user.is_superuser:
            return True
        tester = obj.permissions_for_user(user)
        return self.required_permission in tester.permissions

    def user_can_access_editor(self, obj, user):
        return self.user_can_review(obj, user)

    def locked_for_user(self, obj, user):
        # While editors review, a reporter may still correct their own article (issue #3);
        # everyone else who is not a reviewer waits.
        if self.required_permission == "change" and obj.owner_id == user.pk:
            return not user.groups.filter(name=roles.REPORTER).exists()
        return not self.user_can_review(obj, user)

    def user_can_lock(self, obj, user):
        return self.user_can_review(obj, user)

    def on_action(self, task_state, user, action_name, **kwargs):
        # Sending back always needs a reason, whichever form or URL the request came from.
        if action_name == "reject" and not (kwargs.get("comment") or "").strip():
            return None
        return super().on_action(task_state, user, action_name, **kwargs)

    def get_actions(self, obj, user):
        # Nobody approves their own article, whatever else they may do.
        own = obj.owner_id == user.pk and not user.is_superuser
        if own or not self.user_can_review(obj, user):
            return []
        return [
            ("reject", _("Send back to the author"), True),
            ("approve", _("Approve"), False),
            ("approve", _("Approve with comment"), True),
        ]

    def get_form_for_action(self, action):
        return RejectionForm if action == "reject" else super().get_form_for_action(action)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        # One query whatever the length of the queue: the articles under the pages where the
        # user's groups hold the permission (as user_can_review decides, article by article).
        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if not user.is_active:
            return states.none()
        if user.is_superuser:
            return states
        granted = GroupPagePermission.objects.filter(
            group__user=user, permission__codename=f"{self.required_permission}_page"
        ).values_list("page__path", flat=True)
        if not granted:
            return states.none()
        pages = Page.objects.filter(
            reduce(or_, (Q(path__startswith=path) for path in granted))
        ).annotate(key=Cast("pk", models.CharField())).values("key")
        return states.filter(
            workflow_state__base_content_type=ContentType.objects.get_for_model(Page),
            workflow_state__object_id__in=pages,
        )

    @classmethod
    def get_description(cls):
        return _("People who hold the chosen permission on the article complete this step")


@register_setting(icon="time")
class NewsroomSettings(BaseSiteSetting):
    """Per-site newsroom settings."""

    review_alert_hours = models.PositiveSmallIntegerField(
        _("mark articles waiting longer than (hours)"), default=4,
        help_text=_("The review queue marks articles that have waited longer than this."),
    )

    class Meta:
        verbose_name = _("newsroom settings")
