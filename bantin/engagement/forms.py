"""Reader forms: a poll ballot, and feedback on an article with its anti-abuse checks."""

import re
import unicodedata
from datetime import timedelta

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from bantin.engagement import antiabuse
from bantin.engagement.models import Feedback
from bantin.engagement.models.feedback import MESSAGE_MAX, MESSAGE_MIN, NAME_MAX
from bantin.engagement.visitors import client_address

MAX_LINKS = 2
DUPLICATE_WINDOW_DAYS = 7
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e]")


def plain_text(value):
    """Return typed text as stored: NFC, no control or direction-override characters,
    trimmed. It is always shown escaped; nothing in it is ever markup."""
    return CONTROL_CHARACTERS.sub("", unicodedata.normalize("NFC", value or "")).strip()


class ReaderFormMixin:
    def errors_text(self):
        """All errors in one sentence list, for the reader's message."""
        return " ".join(str(message) for messages in self.errors.values() for message in messages)


class BallotForm(ReaderFormMixin, forms.Form):
    def __init__(self, *args, poll, **kwargs):
        super().__init__(*args, **kwargs)
        options = poll.options.all()
        if poll.multiple:
            field = forms.ModelMultipleChoiceField(
                queryset=options, widget=forms.CheckboxSelectMultiple, label=poll.question,
                error_messages={"required": _("Choose at least one option."),
                                "invalid_choice": _("That option is not in this poll."),
                                "invalid_pk_value": _("That option is not in this poll.")})
        else:
            field = forms.ModelChoiceField(
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


class FeedbackForm(ReaderFormMixin, forms.ModelForm):
    consent = forms.BooleanField(
        label=gettext_lazy("I agree that the portal processes my name and e-mail address to "
                           "handle this feedback."),
        error_messages={"required": gettext_lazy("Tick the consent box to send your feedback.")},
    )
    started = forms.CharField(widget=forms.HiddenInput, required=False)
    website = forms.CharField(required=False, label=gettext_lazy("Leave this field empty"),
                              widget=forms.TextInput({"tabindex": "-1", "autocomplete": "off"}))

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

    def __init__(self, *args, request=None, article=None, settings=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.request, self.article, self.reader_settings = request, article, settings
        self.fields["name"].max_length = NAME_MAX
        self.fields["message"].max_length = MESSAGE_MAX
        self.fields["message"].widget.attrs.update(minlength=MESSAGE_MIN, maxlength=MESSAGE_MAX)
        self.fields["message"].help_text = _("%(min)d to %(max)d characters, plain text.") % {
            "min": MESSAGE_MIN, "max": MESSAGE_MAX}
        privacy = settings.privacy_page if settings else None
        if privacy is not None and privacy.live:
            self.fields["consent"].help_text = format_html(
                '<a href="{}">{}</a>', privacy.url, _("How the portal handles personal data"))

    def clean_name(self):
        name = plain_text(self.cleaned_data["name"])
        if not name:
            raise forms.ValidationError(_("Write your name."))
        return name

    def clean_message(self):
        message = plain_text(self.cleaned_data["message"])
        if len(message) < MESSAGE_MIN:
            raise forms.ValidationError(
                _("The feedback is too short: write at least %(min)d characters.")
                % {"min": MESSAGE_MIN})
        if len(re.findall(r"https?://|www\.", message, re.IGNORECASE)) > MAX_LINKS:
            raise forms.ValidationError(_("The feedback holds too many links."))
        return message

    def clean(self):
        data = super().clean()
        try:
            antiabuse.check_honeypot(self.data)
            antiabuse.check_started(self.data.get("started"))
            antiabuse.check_rate(self.request, "feedback")
        except antiabuse.Refused as refusal:
            raise forms.ValidationError(str(refusal)) from refusal
        text = " ".join([data.get("name", ""), data.get("message", "")])
        if self.reader_settings and antiabuse.banned_words_found(
                text, self.reader_settings.banned_words):
            raise forms.ValidationError(_("The feedback contains words the portal does not "
                                          "publish. Please rewrite it."))
        if data.get("message") and self._is_duplicate(data["message"], data.get("email", "")):
            raise forms.ValidationError(_("This feedback has already been sent."))
        return data

    def _is_duplicate(self, message, email):
        """The same text (give or take case, accents and punctuation), lately, on this article
        or from this address anywhere."""
        since = timezone.now() - timedelta(days=DUPLICATE_WINDOW_DAYS)
        return Feedback.objects.filter(
            Q(article=self.article) | Q(email__iexact=email),
            created_at__gte=since, fingerprint=antiabuse.fingerprint(message),
        ).exists()

    def save(self, *, now):
        feedback = super().save(commit=False)
        feedback.article = self.article
        feedback.consent_at = now
        feedback.address = client_address(self.request) or None
        feedback.fingerprint = antiabuse.fingerprint(feedback.message)
        feedback.save()
        return feedback
