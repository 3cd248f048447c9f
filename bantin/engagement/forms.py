"""Reader forms: a poll ballot; feedback on an article and a question to the agency, which share
the consent box and the anti-abuse checks."""

import re
from datetime import timedelta

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from bantin.core.converters import RecordChoiceField, RecordMultipleChoiceField
from bantin.core.ratelimit import Limited, client_address
from bantin.core.text import visible_text
from bantin.engagement import antiabuse
from bantin.engagement.models import AnswerUnit, Feedback, Question
from bantin.engagement.models.feedback import MESSAGE_MAX, MESSAGE_MIN
from bantin.engagement.models.questions import QUESTION_MAX, QUESTION_MIN

MAX_LINKS = 2
DUPLICATE_WINDOW_DAYS = 7


def plain_text(value):
    """Return typed text as stored: NFC, no control or invisible characters, trimmed. It is
    always shown escaped; nothing in it is ever markup."""
    return visible_text(value).strip()


def single_line(value):
    """Return typed text for a one-line field (a name, a subject): plain, spaces collapsed."""
    return " ".join(plain_text(value).split())


class ReaderFormMixin:
    def errors_text(self):
        """All errors in one sentence list, for the reader's message."""
        return " ".join(str(message) for messages in self.errors.values() for message in messages)


class BallotForm(ReaderFormMixin, forms.Form):
    def __init__(self, *args, poll, **kwargs):
        super().__init__(*args, **kwargs)
        options = poll.options.all()
        if poll.multiple:
            # Option ids only: an id of 20 digits reached SQLite (OverflowError, issue 10).
            field = RecordMultipleChoiceField(
                queryset=options, widget=forms.CheckboxSelectMultiple, label=poll.question,
                error_messages={"required": _("Choose at least one option."),
                                "invalid_choice": _("That option is not in this poll."),
                                "invalid_pk_value": _("That option is not in this poll.")})
        else:
            field = RecordChoiceField(
                queryset=options, widget=forms.RadioSelect, label=poll.question, empty_label=None,
                error_messages={"required": _("Choose an option."),
                                "invalid_choice": _("That option is not in this poll.")})
        self.fields["options"] = field
        self.poll = poll

    def clean_options(self):
        if not self.poll.multiple and len(self.data.getlist("options")) > 1:
            raise forms.ValidationError(_("Choose only one option."))
        chosen = self.cleaned_data["options"]
        return list(chosen) if hasattr(chosen, "__iter__") else [chosen]


class ReaderSubmissionForm(ReaderFormMixin, forms.ModelForm):
    """What feedback and questions share: consent, the anti-abuse checks, plain text.

    Subclasses name their model's text field (`text_field`), its length limits, and the field
    of the place it is sent to (`place_field`), where a repeat counts as a duplicate.
    """

    consent = forms.BooleanField(
        label=gettext_lazy("I agree that the portal processes my name and e-mail address to "
                           "handle what I send, and shows my name beside it if it is "
                           "published."),
        error_messages={"required": gettext_lazy("Tick the consent box to send the form.")},
    )
    started = forms.CharField(widget=forms.HiddenInput, required=False)
    website = forms.CharField(required=False, label=gettext_lazy("Leave this field empty"),
                              widget=forms.TextInput({"tabindex": "-1", "autocomplete": "off"}))

    scope = ""
    # The refusal when the address's rate limit turned the form away: the view answers 429.
    limited = None
    text_field = ""
    place_field = ""
    text_min = MESSAGE_MIN
    text_max = MESSAGE_MAX

    def __init__(self, *args, request=None, settings=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.request, self.reader_settings = request, settings
        text = self.fields[self.text_field]
        text.widget.attrs.update(minlength=self.text_min, maxlength=self.text_max)
        text.help_text = _("%(min)d to %(max)d characters, plain text.") % {
            "min": self.text_min, "max": self.text_max}
        privacy = settings.privacy_page if settings else None
        if privacy is not None and privacy.live:
            self.fields["consent"].help_text = format_html(
                '<a href="{}">{}</a>', privacy.url, _("How the portal handles personal data"))

    def clean_name(self):
        name = single_line(self.cleaned_data["name"])
        if not name:
            raise forms.ValidationError(_("Write your name."))
        return name

    def clean_text(self):
        text = plain_text(self.cleaned_data[self.text_field])
        if len(text) < self.text_min:
            raise forms.ValidationError(
                _("The text is too short: write at least %(min)d characters.")
                % {"min": self.text_min})
        if len(re.findall(r"https?://|www\.", text, re.IGNORECASE)) > MAX_LINKS:
            raise forms.ValidationError(_("The text holds too many links."))
        return text

    def clean(self):
        data = super().clean()
        try:
            antiabuse.check_honeypot(self.data)
            antiabuse.check_started(self.data.get("started"))
            antiabuse.check_rate(self.request, self.scope)  # counted only once saved
        except antiabuse.Refused as refusal:
            raise forms.ValidationError(str(refusal)) from refusal
        except Limited as limited:
            self.limited = limited
            raise forms.ValidationError(str(limited)) from limited
        typed = " ".join(str(value) for value in data.values() if isinstance(value, str))
        if self.reader_settings and antiabuse.banned_words_found(
                typed, self.reader_settings.banned_words):
            raise forms.ValidationError(_("The text contains words the portal does not "
                                          "publish. Please rewrite it."))
        text = data.get(self.text_field)
        if text and self.duplicates(antiabuse.fingerprint(text), data.get("email", "")).filter(
                created_at__gte=timezone.now() - timedelta(days=DUPLICATE_WINDOW_DAYS)).exists():
            raise forms.ValidationError(_("This has already been sent."))
        return data

    def duplicates(self, fingerprint, email):
        """Return the earlier submissions this one would repeat: the same text (give or take
        case, accents, punctuation) in the same place (`place_field`), or from this address
        anywhere."""
        place = {f"{self.place_field}_id": getattr(self.instance, f"{self.place_field}_id")}
        return self._meta.model.objects.filter(Q(**place) | Q(email__iexact=email),
                                               fingerprint=fingerprint)

    def save(self, *, now):
        item = super().save(commit=False)
        item.consent_at = now
        item.address = client_address(self.request) or None
        item.fingerprint = antiabuse.fingerprint(getattr(item, self.text_field))
        item.save()
        antiabuse.count_rate(self.request, self.scope)
        return item


class FeedbackForm(ReaderSubmissionForm):
    scope = "feedback"
    text_field = "message"
    place_field = "article"

    class Meta:
        model = Feedback
        fields = ["name", "email", "message"]
        widgets = {"message": forms.Textarea({"rows": 5})}
        labels = {"name": gettext_lazy("Full name"), "email": gettext_lazy("E-mail"),
                  "message": gettext_lazy("Your feedback")}
        error_messages = {
            "name": {"required": gettext_lazy("Write your name."),
                     "max_length": gettext_lazy("The name is too long.")},
            "email": {"required": gettext_lazy("Write your e-mail address."),
                      "invalid": gettext_lazy("The e-mail address is not valid.")},
            "message": {"required": gettext_lazy("Write your feedback.")},
        }

    def __init__(self, *args, article=None, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is None and article is not None:
            self.instance.article = article

    def clean_message(self):
        return self.clean_text()


class QuestionForm(ReaderSubmissionForm):
    scope = "question"
    text_field = "body"
    place_field = "page"
    text_min = QUESTION_MIN
    text_max = QUESTION_MAX

    class Meta:
        model = Question
        fields = ["name", "email", "unit", "title", "body"]
        widgets = {"body": forms.Textarea({"rows": 8})}
        labels = {"name": gettext_lazy("Full name"), "email": gettext_lazy("E-mail"),
                  "unit": gettext_lazy("Field of the question"),
                  "title": gettext_lazy("Subject"), "body": gettext_lazy("Your question")}
        error_messages = {
            "name": {"required": gettext_lazy("Write your name."),
                     "max_length": gettext_lazy("The name is too long.")},
            "email": {"required": gettext_lazy("Write your e-mail address."),
                      "invalid": gettext_lazy("The e-mail address is not valid.")},
            "title": {"required": gettext_lazy("Write the subject of your question."),
                      "max_length": gettext_lazy("The subject is too long.")},
            "body": {"required": gettext_lazy("Write your question.")},
            "unit": {"invalid_choice": gettext_lazy("Choose a field from the list.")},
        }

    def __init__(self, *args, page=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = (AnswerUnit.objects.filter(site=page.get_site()) if page
                                        else AnswerUnit.objects.none())
        self.fields["unit"].required = False
        self.fields["unit"].empty_label = _("I do not know: the editors will route it")
        if self.instance.pk is None and page is not None:
            self.instance.page = page

    def clean_title(self):
        title = single_line(self.cleaned_data["title"])
        if not title:
            raise forms.ValidationError(_("Write the subject of your question."))
        return title

    def clean_body(self):
        return self.clean_text()


    def save(self, *, now, due_on):
        self.instance.due_on = due_on
        if self.instance.unit_id:
            self.instance.status = Question.ASSIGNED  # the reader chose where it goes
        return super().save(now=now)
