"""An article goes draft -> "Chờ biên tập" -> "Chờ duyệt" -> published, through the real admin."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import override_settings
from wagtail.models import PageLogEntry, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from bantin.core.text import slugify_vi
from bantin.news.models import ArticlePage

ADMIN = "/quan-tri"


def article_form(title, **extra):
    return nested_form_data({
        "title": title,
        "slug": slugify_vi(title),
        "lead": "Sáng nay, Ban Thường vụ Tỉnh ủy họp bàn công tác cán bộ.",
        "author_name": "Minh Thư",
        "body": streamfield([("paragraph", rich_text("<p>Nội dung bài viết gửi duyệt.</p>"))]),
        "related_links": inline_formset([]),
        "tags": "",
        **extra,
    })


@pytest.fixture
def submitted(staff, login, portal, django_capture_on_commit_callbacks):
    """An article the collaborator wrote in "Tin trong tỉnh" and sent for review."""
    client = login(staff["collaborator"])
    section = portal["sections"]["local"]
    with django_capture_on_commit_callbacks(execute=True):  # the e-mails go after the commit
        response = client.post(
            f"{ADMIN}/pages/add/news/articlepage/{section.pk}/",
            article_form("Bài cộng tác viên gửi duyệt", **{"action-submit": "1"}))
    assert response.status_code == 302, response.content.decode()[:1500]
    article = ArticlePage.objects.get(title="Bài cộng tác viên gửi duyệt")
    client.logout()
    return article


def current_step(article):
    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(article.pk),
                                      status=WorkflowState.STATUS_IN_PROGRESS)
    return state.current_task_state


def act(client, article, action, **data):
    task_state = current_step(article)
    url = f"{ADMIN}/pages/workflow/action/{article.pk}/{action}/{task_state.pk}/"
    return client.post(url, data)


def test_submission_waits_for_the_sections_editors_and_tells_them(submitted, staff):
    step = current_step(submitted)
    assert step.task.name == "Chờ biên tập"
    assert not submitted.live
    recipients = {address for message in mail.outbox for address in message.to}
    assert staff["editor"].email in recipients
    assert staff["other_editor"].email not in recipients  # another section's editor
    assert staff["collaborator"].email not in recipients
    waiting = [m for m in mail.outbox if staff["editor"].email in m.to][0]
    assert "Bài cộng tác viên gửi duyệt" in waiting.subject and "Chờ biên tập" in waiting.subject


def test_whole_workflow_editor_then_board_publishes(submitted, staff, login, client,
                                                    django_capture_on_commit_callbacks):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        act(login(staff["editor"]), submitted, "approve")
    assert current_step(submitted).task.name == "Chờ duyệt"
    assert staff["board"].email in {a for m in mail.outbox for a in m.to}
    act(login(staff["board"]), submitted, "approve")
    submitted.refresh_from_db()
    assert submitted.live and submitted.published_at is not None
    client.logout()
    assert client.get(submitted.url).status_code == 200


def test_only_reviewers_of_the_step_can_act(submitted, staff, login):
    for role in ("collaborator", "reporter", "other_editor"):
        act(login(staff[role]), submitted, "approve")
        assert current_step(submitted).task.name == "Chờ biên tập", role
    act(login(staff["editor"]), submitted, "approve")
    act(login(staff["editor"]), submitted, "approve")  # editors cannot publish
    assert current_step(submitted).task.name == "Chờ duyệt"


def test_sending_back_needs_a_comment_which_the_author_then_reads(submitted, staff, login):
    editor = login(staff["editor"])
    act(editor, submitted, "reject")  # no reason given: nothing happens
    assert current_step(submitted).status == "in_progress"
    act(editor, submitted, "reject", comment="Bổ sung số liệu 9 tháng và tên đơn vị.")
    state = WorkflowState.objects.get(object_id=str(submitted.pk))
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    author_view = login(staff["collaborator"]).get(f"{ADMIN}/pages/{submitted.pk}/edit/")
    assert "Bổ sung số liệu 9 tháng và tên đơn vị." in author_view.content.decode()


def test_collaborator_cannot_edit_after_submitting_but_reporter_can(staff, login, portal):
    section = portal["sections"]["local"]
    for role in ("collaborator", "reporter"):
        client = login(staff[role])
        title = f"Bài của {role}"
        client.post(f"{ADMIN}/pages/add/news/articlepage/{section.pk}/",
                    article_form(title, **{"action-submit": "1"}))
        article = ArticlePage.objects.get(title=title)
        client.post(f"{ADMIN}/pages/{article.pk}/edit/",
                    article_form(title, lead="Sapo đã sửa sau khi gửi."))
        article.refresh_from_db()
        latest = article.get_latest_revision_as_object()
        edited = latest.lead == "Sapo đã sửa sau khi gửi."
        assert edited == (role == "reporter"), role


def test_the_admin_dashboard_lists_it_for_its_reviewers_only(submitted, staff, login):
    def our_panel(role):
        page = login(staff[role]).get(f"{ADMIN}/").content.decode()
        return page.split('id="newsroom-queue-heading"')[1].split("</section>")[0]

    assert submitted.title in our_panel("editor")
    assert submitted.title not in our_panel("other_editor")


def test_nobody_approves_their_own_article(staff, login, portal):
    editor = login(staff["editor"])
    editor.post(f"{ADMIN}/pages/add/news/articlepage/{portal['sections']['local'].pk}/",
                article_form("Bài của biên tập viên", **{"action-submit": "1"}))
    article = ArticlePage.objects.get(title="Bài của biên tập viên")
    act(editor, article, "approve")
    assert current_step(article).task.name == "Chờ biên tập"


def test_sending_back_through_the_edit_view_also_needs_a_comment(submitted, staff, login):
    login(staff["editor"]).post(
        f"{ADMIN}/pages/{submitted.pk}/edit/",
        article_form(submitted.title, **{"action-workflow-action": "1",
                                         "workflow-action-name": "reject"}))
    assert current_step(submitted).status == "in_progress"


def test_every_step_is_logged_with_who_and_comment_and_the_author_is_told(submitted, staff,
                                                                          login):
    mail.outbox.clear()
    act(login(staff["editor"]), submitted, "reject", comment="Thiếu ảnh và chú thích.")
    entry = PageLogEntry.objects.filter(page=submitted, action="wagtail.workflow.reject").get()
    assert entry.user == staff["editor"]
    assert entry.data["comment"] == "Thiếu ảnh và chú thích."
    assert PageLogEntry.objects.filter(page=submitted, action="wagtail.workflow.start",
                                       user=staff["collaborator"]).exists()
    assert staff["collaborator"].email in {a for m in mail.outbox for a in m.to}


def test_reviewers_who_turned_review_mail_off_are_not_mailed(staff, login, portal,
                                                            django_capture_on_commit_callbacks):
    profile = UserProfile.get_for_user(staff["editor"])
    profile.submitted_notifications = False
    profile.save()
    with django_capture_on_commit_callbacks(execute=True):
        login(staff["collaborator"]).post(
            f"{ADMIN}/pages/add/news/articlepage/{portal['sections']['local'].pk}/",
            article_form("Bài không báo thư", **{"action-submit": "1"}))
    assert current_step(ArticlePage.objects.get(title="Bài không báo thư"))
    assert staff["editor"].email not in {a for m in mail.outbox for a in m.to}


def test_superusers_are_not_mailed_every_submission(staff, login, portal,
                                                   django_capture_on_commit_callbacks):
    technician = get_user_model().objects.create_superuser("kythuat", "kythuat@example.vn",
                                                           "mat-khau-thu-nghiem-dai")
    with django_capture_on_commit_callbacks(execute=True):
        login(staff["collaborator"]).post(
            f"{ADMIN}/pages/add/news/articlepage/{portal['sections']['local'].pk}/",
            article_form("Bài không phiền kỹ thuật", **{"action-submit": "1"}))
    recipients = {a for m in mail.outbox for a in m.to}
    assert staff["editor"].email in recipients and technician.email not in recipients


@override_settings(EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
                   EMAIL_HOST="127.0.0.1", EMAIL_PORT=9, EMAIL_TIMEOUT=2)
def test_a_mail_server_that_is_down_does_not_undo_the_submission(
        staff, login, portal, django_capture_on_commit_callbacks, caplog):
    # Port 9 (discard) has no listener here: the connection is refused, as when the server is down.
    with django_capture_on_commit_callbacks(execute=True):
        response = login(staff["collaborator"]).post(
            f"{ADMIN}/pages/add/news/articlepage/{portal['sections']['local'].pk}/",
            article_form("Bài gửi lúc máy thư hỏng", **{"action-submit": "1"}))
    assert response.status_code == 302
    assert current_step(ArticlePage.objects.get(title="Bài gửi lúc máy thư hỏng")).task.name \
        == "Chờ biên tập"
    assert "could not be sent" in caplog.text
