"""Keep team groups in step with sections and sites; tell reviewers; log sign-ins and rights."""

from axes.signals import user_locked_out
from django.contrib.auth import signals as auth_signals
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from wagtail.signals import task_submitted

from bantin.newsroom import notifications, teams


def section_saved(sender, instance, **kwargs):
    # The home page is the ancestor at depth 2 (depth 1 is Wagtail's root).
    home = instance.get_ancestors().filter(depth=2).first()
    if home is not None:
        teams.section_teams_sync(instance, home)


def home_saved(sender, instance, **kwargs):
    teams.site_teams_sync(instance)


def team_deleted(sender, instance, **kwargs):
    # A deleted section's groups go with it, so a new section of the same name starts empty;
    # after the commit, not in the middle of the page's cascade.
    group_model = instance._meta.get_field("group").related_model
    transaction.on_commit(lambda: group_model.objects.filter(pk=instance.group_id).delete())


def review_task_submitted(sender, instance, user=None, **kwargs):
    if instance.task.specific_class.__name__ == "ReviewTask":
        # The author who asked for review, not whoever passed the previous step.
        author = instance.workflow_state.requested_by or user
        notifications.reviewers_notify(task_state=instance, submitter=author)


def register_signal_handlers():
    # Imported here: the page models must be loaded before their signals can be connected.
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from wagtail.models import GroupPagePermission, PageLogEntry, TaskState

    from bantin.news.models import HomePage, SectionPage
    from bantin.newsroom import audit
    from bantin.newsroom.models import Team

    auth_signals.user_logged_in.connect(audit.user_logged_in, dispatch_uid="audit_login")
    auth_signals.user_logged_out.connect(audit.user_logged_out, dispatch_uid="audit_logout")
    auth_signals.user_login_failed.connect(audit.user_login_failed,
                                           dispatch_uid="audit_login_failed")
    user_locked_out.connect(audit.sign_in_locked, dispatch_uid="audit_locked_out")
    m2m_changed.connect(audit.user_groups_changed, sender=get_user_model().groups.through,
                        dispatch_uid="audit_user_groups")
    m2m_changed.connect(audit.group_permissions_changed, sender=Group.permissions.through,
                        dispatch_uid="audit_group_permissions")
    pre_save.connect(audit.account_saving, sender=get_user_model(),
                     dispatch_uid="audit_account_saving")
    post_save.connect(audit.account_saved, sender=get_user_model(),
                      dispatch_uid="audit_account_saved")
    pre_save.connect(audit.page_entry_saving, sender=PageLogEntry,
                     dispatch_uid="audit_page_entry_path")
    post_delete.connect(team_deleted, sender=Team, dispatch_uid="newsroom_team_deleted")
    for signal in (post_save, post_delete):
        signal.connect(audit.page_permission_changed, sender=GroupPagePermission,
                       dispatch_uid=f"audit_page_permission_{signal is post_save}")

    post_save.connect(section_saved, sender=SectionPage, dispatch_uid="newsroom_section_teams")
    post_save.connect(home_saved, sender=HomePage, dispatch_uid="newsroom_site_teams")
    task_submitted.connect(review_task_submitted, sender=TaskState,
                           dispatch_uid="newsroom_review_task_submitted")
