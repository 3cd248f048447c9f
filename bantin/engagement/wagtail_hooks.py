"""Admin registration of reader engagement: feedback and polls as snippets, the moderation
queue, a reader's data, poll results and reading statistics, with their menu and dashboard."""

from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from bantin.core import converters  # noqa: F401  (registers "record_id")
from bantin.core.admin_scoping import ScopedViewSetMixin, register_scope
from bantin.engagement import admin_views, moderation, questions
from bantin.engagement.models import AnswerUnit, Feedback, Poll, Question

for scoped_model, scope in moderation.SCOPES.items():
    register_scope(scoped_model, scope)


class FeedbackAdminForm(WagtailAdminModelForm):
    """Records who published or refused an item and when a reply was written."""

    def save(self, commit=True):
        feedback = super().save(commit=False)
        now = timezone.now()
        if "status" in self.changed_data:
            feedback.moderated_by, feedback.moderated_at = self.for_user, now
        if "reply" in self.changed_data:
            feedback.replied_at = now if feedback.reply else None
        if commit:
            feedback.save()
        return feedback


class QuestionAdminForm(WagtailAdminModelForm):
    """Routing a question (to a unit of its own site) marks it as with that unit and tells the
    unit; the first answer marks it answered, by whom and when, and e-mails the asker."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["unit"].queryset = AnswerUnit.objects.filter(
                site=self.instance.page.get_site())

    def save(self, commit=True):
        question = super().save(commit=False)
        routed = "unit" in self.changed_data and question.unit_id
        answered = (bool(question.answer.strip()) and question.status != Question.DECLINED
                    and self.initial.get("status") != Question.ANSWERED)
        if routed and question.status == Question.RECEIVED:
            question.status = Question.ASSIGNED
        if answered:
            question.status = Question.ANSWERED
            question.answered_at, question.answered_by = timezone.now(), self.for_user
        if commit:
            question.save()
            if routed:
                questions.unit_notify(question)
            if answered:
                questions.asker_notify(question)
        return question


class OwnSitesForm(WagtailAdminModelForm):
    """A poll or unit form offering only the sites its user works on."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["site"].queryset = moderation.sites_for_user(self.for_user)


class FeedbackViewSet(ScopedViewSetMixin, SnippetViewSet):
    model = Feedback
    icon = "comment"
    menu_label = _("Reader feedback")
    url_prefix = "ban-doc/y-kien"
    list_display = ["name", "article", "status", Column("created_at", label=_("sent at"))]
    list_filter = ["status"]
    search_fields = ["name", "message"]
    ordering = ["-created_at"]
    add_view_enabled = False  # feedback comes from readers only
    edit_handler = ObjectList([
        MultiFieldPanel([FieldPanel("name", read_only=True), FieldPanel("email", read_only=True),
                         FieldPanel("article", read_only=True),
                         FieldPanel("message", read_only=True)], heading=_("From the reader")),
        FieldPanel("status"),
        FieldPanel("reply"),
    ], base_form_class=FeedbackAdminForm)



class QuestionViewSet(ScopedViewSetMixin, SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = _("Readers' questions")
    url_prefix = "ban-doc/cau-hoi"
    list_display = ["title", "unit", "status", Column("due_on", label=_("answer due by"))]
    list_filter = ["status", "unit", "is_published"]
    search_fields = ["title", "body"]
    add_view_enabled = False  # questions come from readers only
    edit_handler = ObjectList([
        MultiFieldPanel([FieldPanel("name", read_only=True), FieldPanel("email", read_only=True),
                         FieldPanel("title", read_only=True), FieldPanel("body", read_only=True),
                         FieldPanel("due_on", read_only=True)], heading=_("From the reader")),
        FieldPanel("unit"),
        FieldPanel("status"),
        FieldPanel("answer"),
        FieldPanel("is_published"),
    ], base_form_class=QuestionAdminForm)



class AnswerUnitViewSet(ScopedViewSetMixin, SnippetViewSet):
    model = AnswerUnit
    icon = "group"
    menu_label = _("Answering units")
    url_prefix = "ban-doc/don-vi"
    list_display = ["name", "field", "site"]
    list_filter = ["site"]
    edit_handler = ObjectList(AnswerUnit.panels, base_form_class=OwnSitesForm)


class PollViewSet(ScopedViewSetMixin, SnippetViewSet):
    model = Poll
    icon = "list-ul"
    menu_label = _("Polls")
    url_prefix = "ban-doc/binh-chon"
    list_display = ["question", "site", "placement", "opens_at", "closes_at",
                    Column("results", label=_("Results"), accessor=lambda poll: format_html(
                        '<a href="{}">{}</a>', reverse("engagement_poll_results", args=[poll.pk]),
                        _("See results")))]
    list_filter = ["site", "placement"]
    edit_handler = ObjectList(Poll.panels, base_form_class=OwnSitesForm)


class ReadersGroup(SnippetViewSetGroup):
    items = (FeedbackViewSet, QuestionViewSet, AnswerUnitViewSet, PollViewSet)
    menu_icon = "group"
    menu_label = _("Readers")
    menu_name = "readers"
    menu_order = 160


register_snippet(ReadersGroup)


@hooks.register("register_admin_urls")
def register_engagement_urls():
    return [
        path("ban-doc/duyet-y-kien/", admin_views.moderation_queue, name="engagement_moderation"),
        path("ban-doc/du-lieu-ca-nhan/", admin_views.reader_data, name="engagement_reader_data"),
        path("ban-doc/binh-chon/<record_id:poll_id>/ket-qua/", admin_views.poll_results,
             name="engagement_poll_results"),
        path("ban-doc/thong-ke/", admin_views.counters, name="engagement_counters"),
        path("ban-doc/cau-hoi-can-tra-loi/", admin_views.questions_queue,
             name="engagement_questions"),
    ]


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


@hooks.register("register_admin_menu_item")
def register_moderation_menu_item():
    return PermissionMenuItem(_("Feedback to moderate"), reverse("engagement_moderation"),
                              icon_name="comment", order=155,
                              permission="engagement.change_feedback")


@hooks.register("register_admin_menu_item")
def register_questions_menu_item():
    return PermissionMenuItem(_("Questions to answer"), reverse("engagement_questions"),
                              icon_name="help", order=156,
                              permission="engagement.change_question")


@hooks.register("register_reports_menu_item")
def register_counters_menu_item():
    return PermissionMenuItem(_("Reading statistics"), reverse("engagement_counters"),
                              icon_name="view", order=90,
                              permission="engagement.change_feedback")


@hooks.register("register_settings_menu_item")
def register_reader_data_menu_item():
    return PermissionMenuItem(_("A reader's personal data"), reverse("engagement_reader_data"),
                              icon_name="user", order=900,
                              permission="engagement.delete_feedback")


class CountersPanel(Component):
    """The dashboard's reading statistics, after the review queue."""

    name = "engagement_counters"
    template_name = "engagement/admin/counters_panel.html"
    order = 20

    def get_context_data(self, parent_context):
        return admin_views.counters_context(parent_context["request"])


@hooks.register("construct_homepage_panels")
def add_counters_panel(request, panels):
    if admin_views.can_view_counters(request.user):
        panels.append(CountersPanel())


@hooks.register("register_log_actions")
def register_moderation_actions(actions):
    actions.register_action(moderation.APPROVE, _("Publish feedback"), _("Feedback published"))
    actions.register_action(moderation.REJECT, _("Refuse feedback"), _("Feedback not published"))
    actions.register_action(moderation.ERASE, _("Erase a reader's data"),
                            _("Reader's data erased"))
