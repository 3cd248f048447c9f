"""Keep team groups in step with sections and sites; tell reviewers an article waits for them."""

from django.db.models.signals import post_save
from wagtail.signals import task_submitted

from bantin.newsroom import notifications, teams


def section_saved(sender, instance, **kwargs):
    # The home page is the ancestor at depth 2 (depth 1 is Wagtail's root).
    home = instance.get_ancestors().filter(depth=2).first()
    if home is not None:
        teams.section_teams_sync(instance, home)


def home_saved(sender, instance, **kwargs):
    teams.site_teams_sync(instance)


def review_task_submitted(sender, instance, user=None, **kwargs):
    if instance.task.specific_class.__name__ == "ReviewTask":
        notifications.reviewers_notify(task_state=instance, submitter=user)


def register_signal_handlers():
    # Imported here: the page models must be loaded before their signals can be connected.
    from wagtail.models import TaskState

    from bantin.news.models import HomePage, SectionPage

    post_save.connect(section_saved, sender=SectionPage, dispatch_uid="newsroom_section_teams")
    post_save.connect(home_saved, sender=HomePage, dispatch_uid="newsroom_site_teams")
    task_submitted.connect(review_task_submitted, sender=TaskState,
                           dispatch_uid="newsroom_review_task_submitted")
