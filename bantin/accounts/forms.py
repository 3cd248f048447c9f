"""Forms of staff sign-in: Wagtail's sign-in form in Vietnamese, the code of the second step
and of enrolment, the code that confirms a change of one's own second factor, and the account
or address to unlock."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm


class LoginForm(WagtailLoginForm):
    """Wagtail's sign-in form (WAGTAILADMIN_USER_LOGIN_FORM) with the words Wagtail's Vietnamese
    catalogue lacks; the message does not say which of the two was wrong."""

    error_messages = {
        **WagtailLoginForm.error_messages,
        "invalid_login": _("Wrong username or password. Please try again."),
    }

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        self.fields["username"].widget.attrs["placeholder"] = _("Enter your username")
        self.fields["password"].label = _("Password")


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"), max_length=32, strip=True,
        help_text=_("The six digits your authenticator app shows, or one of your recovery "
                    "codes."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autofocus": True,
                                      "spellcheck": "false", "autocapitalize": "off"}),
    )


class ConfirmCodeForm(forms.Form):
    """A current code, asked again of a person already past the second step, that confirms
    turning two-factor sign-in off or making new recovery codes."""

    code = forms.CharField(
        label=_("Current code"), max_length=32, strip=True,
        help_text=_("To confirm, type the six digits your authenticator app shows now, or one "
                    "of your recovery codes."),
        error_messages={"required": _("Type a current code to confirm: nothing was changed.")},
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "spellcheck": "false",
                                      "autocapitalize": "off"}),
    )


class UnlockForm(forms.Form):
    """One account or one address to unlock."""

    username = forms.CharField(required=False, max_length=255)
    address = forms.GenericIPAddressField(
        required=False, error_messages={"invalid": _("This is not an IP address.")})

    def clean(self):
        cleaned = super().clean()
        if bool(cleaned.get("username")) == bool(cleaned.get("address")):
            raise forms.ValidationError(_("Choose one account or one address to unlock."))
        return cleaned
