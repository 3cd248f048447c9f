"""The newsroom's starting state: role groups, teams of existing pages, the review workflow,
and Wagtail's starter rows put in Vietnamese or out of the way.

Run by the data migration (with its historical models) and by tests that rebuild it.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions

from bantin.newsroom import roles, teams

WORKFLOW_NAME = "Quy trình duyệt bài"
STEPS = (("Chờ biên tập", "change"), ("Chờ duyệt", "publish"))
# Images and documents (Wagtail's files) are granted per collection, as Wagtail expects; the
# rest per group.
COLLECTION_APPS = ("wagtailimages", "wagtaildocs")
# What Wagtail's own migrations create: English names, and groups and a workflow that bypass
# the newsroom's roles (its "Moderators" may publish anywhere).
WAGTAIL_STARTER_GROUPS = ("Editors", "Moderators")
WAGTAIL_STARTER_WORKFLOW = "Moderators approval"
ROOT_PAGE_TITLE = "Gốc"
ROOT_COLLECTION_NAME = "Thư mục gốc"


def permissions_create(apps):
    """Create every model's permissions now: Django creates them only after the last migration,
    and the data migrations granting them to the roles run before that."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def roles_create(*, apps=global_apps):
    """Create the five role groups with their permissions (idempotent)."""
    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    collection_model = apps.get_model("wagtailcore", "Collection")
    collection_permission_model = apps.get_model("wagtailcore", "GroupCollectionPermission")
    page_model = apps.get_model("wagtailcore", "Page")
    page_permission_model = apps.get_model("wagtailcore", "GroupPagePermission")
    root_collection = collection_model.objects.filter(depth=1).first()
    root_page = page_model.objects.filter(depth=1).first()
    for role in roles.ROLES:
        group, _ = group_model.objects.get_or_create(name=role)
        for app_label, codename in roles.ROLE_PERMISSIONS[role]:
            permission = permission_model.objects.filter(content_type__app_label=app_label,
                                                         codename=codename).first()
            if permission is None:
                # Its app is not migrated yet: the migration that depends on it grants it
                # (0003 readers, 0004 documents, 0005 lockouts).
                continue
            if app_label in COLLECTION_APPS:
                collection_permission_model.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission)
            else:
                group.permissions.add(permission)
    administrators = group_model.objects.get(name=roles.ADMINISTRATOR)
    for action in roles.ALL_PAGE_PERMISSIONS:
        page_permission_model.objects.get_or_create(
            group=administrators, page=root_page,
            permission=teams.page_permission(action, apps=apps))


def teams_create(*, apps=global_apps):
    """Create the teams of every existing site and section (idempotent)."""
    content_type_model = apps.get_model("contenttypes", "ContentType")
    page_model = apps.get_model("wagtailcore", "Page")

    def pages_of(model_name):
        content_type = content_type_model.objects.filter(app_label="news", model=model_name)
        return page_model.objects.filter(content_type__in=content_type)

    for home in pages_of("homepage"):
        teams.site_teams_sync(home, apps=apps)
    for section in pages_of("sectionpage"):
        home = page_model.objects.get(depth=2, path=section.path[:8])
        teams.section_teams_sync(section, home, apps=apps)


def workflow_create(*, apps=global_apps):
    """Create the two-step review workflow and set it on Wagtail's root page (idempotent)."""
    content_type_model = apps.get_model("contenttypes", "ContentType")
    workflow_model = apps.get_model("wagtailcore", "Workflow")
    workflow_task_model = apps.get_model("wagtailcore", "WorkflowTask")
    workflow_page_model = apps.get_model("wagtailcore", "WorkflowPage")
    review_task_model = apps.get_model("newsroom", "ReviewTask")
    page_model = apps.get_model("wagtailcore", "Page")
    content_type, _ = content_type_model.objects.get_or_create(app_label="newsroom",
                                                               model="reviewtask")
    workflow, _ = workflow_model.objects.get_or_create(name=WORKFLOW_NAME)
    for order, (name, permission) in enumerate(STEPS):
        task = review_task_model.objects.filter(name=name).first()
        if task is None:
            task = review_task_model.objects.create(
                name=name, required_permission=permission, content_type=content_type)
        workflow_task_model.objects.get_or_create(workflow=workflow, task=task,
                                                  defaults={"sort_order": order})
    # The workflow covers every site: it is set on Wagtail's root page.
    workflow_page_model.objects.update_or_create(page=page_model.objects.get(depth=1),
                                                 defaults={"workflow": workflow})


def wagtail_starter_tidy(*, apps=global_apps):
    """Give Wagtail's root page and root collection Vietnamese names, delete its starter groups
    while nobody belongs to them, and switch off its starter workflow while no page or model
    uses it and nothing is in it (idempotent; an installation that uses them keeps them)."""
    page_model = apps.get_model("wagtailcore", "Page")
    page_model.objects.filter(depth=1, title="Root").update(title=ROOT_PAGE_TITLE,
                                                            draft_title=ROOT_PAGE_TITLE)
    apps.get_model("wagtailcore", "Collection").objects.filter(depth=1, name="Root").update(
        name=ROOT_COLLECTION_NAME)
    apps.get_model("auth", "Group").objects.filter(
        name__in=WAGTAIL_STARTER_GROUPS, user__isnull=True).delete()
    apps.get_model("wagtailcore", "Workflow").objects.filter(
        name=WAGTAIL_STARTER_WORKFLOW, workflow_pages__isnull=True,
        workflow_content_types__isnull=True, workflow_states__isnull=True).update(active=False)
