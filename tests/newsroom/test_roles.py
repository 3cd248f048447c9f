"""The roles exist from the first migration; every section and site gets its teams."""

from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Collection, GroupPagePermission, Page, Workflow, WorkflowContentType

from bantin.news.factories import SectionPageFactory
from bantin.newsroom import bootstrap, roles
from bantin.newsroom.models import ReviewTask, Team


def test_the_five_roles_are_groups_with_admin_access(db):
    for role in roles.ROLES:
        group = Group.objects.get(name=role)
        assert group.permissions.filter(codename="access_admin").exists(), role


def test_a_new_section_gets_writer_and_editor_teams_with_page_permissions(portal):
    section = SectionPageFactory(parent=portal["home"], title="Kinh tế - Xã hội")
    teams = {team.role: team for team in Team.objects.filter(page=section)}
    assert set(teams) == {roles.COLLABORATOR, roles.REPORTER, roles.EDITOR}
    editor_group = teams[roles.EDITOR].group
    assert editor_group.name == f"Biên tập viên · Kinh tế - Xã hội · {portal['home'].slug}"
    granted = set(GroupPagePermission.objects.filter(group=editor_group, page=section)
                  .values_list("permission__codename", flat=True))
    assert granted == {"add_page", "change_page", "lock_page"}


def test_renaming_a_section_renames_its_teams(portal):
    section = portal["sections"]["party"]
    section.title = "Công tác xây dựng Đảng"
    section.save_revision().publish()
    names = set(Team.objects.filter(page=section).values_list("group__name", flat=True))
    assert all("Công tác xây dựng Đảng" in name for name in names)


def test_each_site_has_its_own_board(portal, other_portal):
    boards = Team.objects.filter(role=roles.BOARD)
    assert set(boards.values_list("page_id", flat=True)) == {
        portal["home"].pk, other_portal["home"].pk
    }


def test_the_review_workflow_has_two_steps_and_covers_every_site(db):
    workflow = Workflow.objects.get(name="Quy trình duyệt bài")
    steps = [task.specific for task in workflow.tasks.all()]
    assert [(s.name, s.required_permission) for s in steps] == [
        ("Chờ biên tập", "change"), ("Chờ duyệt", "publish")
    ]
    assert all(isinstance(step, ReviewTask) for step in steps)
    assert workflow.workflow_pages.filter(page__depth=1).exists()


def test_people_are_given_sections_in_the_vietnamese_user_admin(admin_client, staff, portal):
    reporter = staff["reporter"]
    page = admin_client.get(f"/quan-tri/users/edit/{reporter.pk}/").content.decode()
    assert "Vai trò" in page  # the "Roles" tab, translated by our catalogue
    team = Team.objects.get(page=portal["sections"]["party"], role=roles.REPORTER)
    assert team.group.name in page  # every team is offered as a checkbox


def test_two_sections_with_one_title_get_separate_teams(portal):
    first = SectionPageFactory(parent=portal["sections"]["news"], title="Hoạt động")
    second = SectionPageFactory(parent=portal["sections"]["party"], title="Hoạt động")
    first_groups = set(Team.objects.filter(page=first).values_list("group_id", flat=True))
    second_groups = set(Team.objects.filter(page=second).values_list("group_id", flat=True))
    assert len(first_groups) == len(second_groups) == 3
    assert not first_groups & second_groups


def test_a_deleted_sections_groups_go_with_it(portal, staff, django_capture_on_commit_callbacks):
    section = SectionPageFactory(parent=portal["home"], title="Chuyên mục tạm")
    names = list(Team.objects.filter(page=section).values_list("group__name", flat=True))
    with django_capture_on_commit_callbacks(execute=True):
        section.delete()
    assert not Group.objects.filter(name__in=names).exists()
    again = SectionPageFactory(parent=portal["home"], title="Chuyên mục tạm")
    assert not again.permissions_for_user(staff["editor"]).can_edit()


def test_wagtails_starter_rows_are_vietnamese_or_out_of_the_way(db):
    # What Wagtail's own migrations create, as the newsroom's migration finds it.
    Page.objects.filter(depth=1).update(title="Root", draft_title="Root")
    Collection.objects.filter(depth=1).update(name="Root")
    Group.objects.bulk_create([Group(name="Editors"), Group(name="Moderators")],
                              ignore_conflicts=True)
    Workflow.objects.get_or_create(name="Moderators approval", defaults={"active": True})
    bootstrap.wagtail_starter_tidy()
    assert Page.objects.get(depth=1).title == "Gốc"
    assert Collection.objects.get(depth=1).name == "Thư mục gốc"
    assert not Group.objects.filter(name__in=("Editors", "Moderators")).exists()
    assert not Workflow.objects.filter(name="Moderators approval", active=True).exists()


def test_starter_groups_and_workflow_in_use_are_kept(db, django_user_model):
    moderators = Group.objects.create(name="Moderators")
    django_user_model.objects.create_user("bt", password="mat-khau-thu-nghiem").groups.add(
        moderators)
    Group.objects.create(name="Editors")
    workflow = Workflow.objects.create(name="Moderators approval", active=True)
    WorkflowContentType.objects.create(workflow=workflow,
                                       content_type=ContentType.objects.get_for_model(Group))
    bootstrap.wagtail_starter_tidy()
    assert list(Group.objects.filter(name__in=("Editors", "Moderators"))
                .values_list("name", flat=True)) == ["Moderators"]
    assert Workflow.objects.get(pk=workflow.pk).active
