"""Questions to the agency ("Hỏi - Đáp"): a reader asks, the question goes to a unit that must
answer by a deadline in working days, the asker follows it through a private link, and answers
of general interest are published in the site's searchable "Hỏi - Đáp" page."""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from bantin.core.pages import CachedPageMixin
from bantin.core.text import fold_vi

QUESTION_TITLE_MAX = 200
QUESTION_MIN = 20
QUESTION_MAX = 3000


class AnswerUnit(models.Model):
    """A unit of the agency that answers readers' questions in its field."""

    site = models.ForeignKey("wagtailcore.Site", verbose_name=_("portal"),
                             on_delete=models.CASCADE, related_name="+")
    name = models.CharField(_("unit"), max_length=200)
    field = models.CharField(_("field it answers on"), max_length=200, blank=True,
                             help_text=_("Shown to readers choosing where to send a question."))
    email = models.EmailField(_("e-mail told of new questions"), blank=True)
    sort_order = models.PositiveIntegerField(_("order"), default=0)

    panels = [FieldPanel("site"), FieldPanel("name"), FieldPanel("field"), FieldPanel("email"),
              FieldPanel("sort_order")]

    class Meta:
        verbose_name = _("answering unit")
        verbose_name_plural = _("answering units")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return f"{self.name} ({self.field})" if self.field else self.name


class QuestionQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Question.ANSWERED, is_published=True)

    def open(self):
        return self.filter(status__in=[Question.RECEIVED, Question.ASSIGNED])


def new_token():
    return secrets.token_urlsafe(16)


class Question(models.Model):
    """A reader's question: plain text, the e-mail never shown, followed by a private link."""

    RECEIVED = "received"
    ASSIGNED = "assigned"
    ANSWERED = "answered"
    DECLINED = "declined"
    STATUSES = [(RECEIVED, _("received")), (ASSIGNED, _("with the answering unit")),
                (ANSWERED, _("answered")), (DECLINED, _("not taken up"))]

    page = models.ForeignKey("engagement.QuestionsPage", verbose_name=_("questions page"),
                             on_delete=models.CASCADE, related_name="questions")
    name = models.CharField(_("name"), max_length=100)
    email = models.EmailField(_("e-mail"), max_length=254)
    title = models.CharField(_("subject"), max_length=QUESTION_TITLE_MAX)
    body = models.TextField(_("question"), max_length=QUESTION_MAX)
    unit = models.ForeignKey(AnswerUnit, verbose_name=_("answering unit"), null=True,
                             blank=True, on_delete=models.SET_NULL, related_name="questions")
    status = models.CharField(_("status"), max_length=10, choices=STATUSES, default=RECEIVED,
                              db_index=True)
    created_at = models.DateTimeField(_("sent at"), default=timezone.now, db_index=True)
    due_on = models.DateField(_("answer due by"), db_index=True)
    consent_at = models.DateTimeField(_("consent to data processing given at"))
    address = models.GenericIPAddressField(_("sender's address"), null=True, blank=True)
    fingerprint = models.CharField(max_length=64, db_index=True, editable=False)
    token = models.CharField(max_length=32, unique=True, default=new_token, editable=False)
    answer = models.TextField(_("answer"), blank=True)
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True, editable=False)
    answered_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("answered by"),
                                    null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+", editable=False)
    is_published = models.BooleanField(
        _("publish in Hỏi - Đáp"), default=False,
        help_text=_("For answers of general interest; the asker's e-mail is never shown."))
    search_text = models.TextField(editable=False, default="")

    objects = QuestionQuerySet.as_manager()

    class Meta:
        verbose_name = _("reader's question")
        verbose_name_plural = _("readers' questions")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.search_text = fold_vi(" ".join([self.title, self.body, self.answer]))
        super().save(*args, **kwargs)

    def is_overdue(self, today=None):
        today = today or timezone.localdate()
        return self.status in (self.RECEIVED, self.ASSIGNED) and self.due_on < today


class QuestionsPage(CachedPageMixin, RoutablePageMixin, Page):
    """The site's "Hỏi - Đáp": published answers, searchable, and the form to ask."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["news.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("questions and answers page")

    # The views live in engagement.questions, which imports these models: imported on call.
    @path("")
    def index(self, request):
        from bantin.engagement import questions

        return questions.index(request, self)

    @path("gui-cau-hoi/")
    def ask(self, request):
        from bantin.engagement import questions

        return questions.ask(request, self)

    @path("theo-doi/<str:token>/")
    def follow(self, request, token):
        from bantin.engagement import questions

        return questions.follow(request, self, token)
