"""Reader feedback on articles ("Ý kiến bạn đọc"): moderated before it shows, answered by an
editor, and erasable on the reader's request. Also the site settings of reader forms."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import register_setting

from bantin.core.models import SiteSetting

NAME_MAX = 100
MESSAGE_MIN = 10
MESSAGE_MAX = 3000
REPLY_MAX = 3000


class FeedbackQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(status=Feedback.APPROVED)

    def pending(self):
        return self.filter(status=Feedback.PENDING)


class Feedback(models.Model):
    """A reader's message about an article. Plain text; the e-mail address is never shown."""

    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    STATUSES = [(PENDING, _("waiting for moderation")), (APPROVED, _("published")),
                (REJECTED, _("not published"))]

    article = models.ForeignKey("news.ArticlePage", verbose_name=_("article"),
                                on_delete=models.CASCADE, related_name="feedback")
    name = models.CharField(_("name"), max_length=NAME_MAX)
    email = models.EmailField(_("e-mail"), max_length=254)
    message = models.TextField(_("message"), max_length=MESSAGE_MAX)
    status = models.CharField(_("status"), max_length=10, choices=STATUSES, default=PENDING,
                              db_index=True)
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True, db_index=True)
    consent_at = models.DateTimeField(_("consent to data processing given at"))
    address = models.GenericIPAddressField(_("sender's address"), null=True, blank=True)
    fingerprint = models.CharField(max_length=64, db_index=True, editable=False)
    moderated_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("moderated by"),
                                     null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="+", editable=False)
    moderated_at = models.DateTimeField(_("moderated at"), null=True, blank=True,
                                        editable=False)
    reply = models.TextField(_("editor's reply"), max_length=REPLY_MAX, blank=True,
                             help_text=_("Shown under the feedback, as the editorial board's."))
    replied_at = models.DateTimeField(_("replied at"), null=True, blank=True, editable=False)

    objects = FeedbackQuerySet.as_manager()

    class Meta:
        verbose_name = _("reader feedback")
        verbose_name_plural = _("reader feedback")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.name}: {self.message[:60]}"


@register_setting(icon="comment")
class ReaderSettings(SiteSetting):
    """Per-site settings of what readers can send."""

    feedback_open = models.BooleanField(_("readers may send feedback on articles"),
                                        default=True)
    privacy_page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("privacy notice"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
        help_text=_("The page explaining how readers' personal data is processed; the reader "
                    "forms link to it next to the consent box."),
    )
    banned_words = models.TextField(
        _("banned words"), blank=True,
        help_text=_("One word or phrase per line. Feedback containing one is refused. A word "
                    "written without diacritics also matches its accented forms."),
    )

    answer_working_days = models.PositiveSmallIntegerField(
        _("working days to answer a question"), default=15,
        help_text=_("Counted from the day after the question arrives, without Saturdays and "
                    "Sundays."),
    )

    panels = [FieldPanel("feedback_open"), FieldPanel("privacy_page"),
              FieldPanel("banned_words"), FieldPanel("answer_working_days")]

    class Meta:
        verbose_name = _("reader settings")
