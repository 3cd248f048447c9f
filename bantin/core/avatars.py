"""Staff's profile pictures (the admin's Account -> Profile picture, Wagtail's
UserProfile.avatar) are pictures like any other (#10): decoded and encoded again before they
are stored (images.py), so that no place, camera or data hidden after the picture is kept and
only JPEG, PNG, GIF and WebP are, and refused with the same Vietnamese reasons, shown on the
account page. Wagtail's account form is given the checks; whatever else stores an avatar
(code, a later form) gets the picture cleaned on save."""

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import FileExtensionValidator
from django.db.models.signals import pre_save
from wagtail.admin.forms.account import AvatarPreferencesForm
from wagtail.admin.views.account import AvatarSettingsPanel
from wagtail.users.models import UserProfile

from bantin.core import images


class AvatarForm(AvatarPreferencesForm):
    """Wagtail's profile picture form, refusing what is no clean picture and cleaning the rest
    before Wagtail shrinks it to 400 pixels (so a photo is turned upright first)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        avatar = self.fields["avatar"]
        # Django's own check lets through any extension Pillow knows (.bmp, .tif, .psd...).
        avatar.validators = [FileExtensionValidator(settings.WAGTAILIMAGES_EXTENSIONS,
                                                    message=images.ONLY_PICTURES)]
        avatar.error_messages["invalid_image"] = images.NOT_A_PICTURE

    def clean_avatar(self):
        upload = self.cleaned_data.get("avatar")
        if isinstance(upload, UploadedFile):  # a new upload, not the picture already stored
            self.cleaned_data["avatar"] = images.image_clean(upload)
        return super().clean_avatar()


def avatar_cleaned(sender, instance, **kwargs):
    """Store a profile picture given in any other way decoded and encoded again too, and the
    one Wagtail shrank (it writes it again with Pillow, in the format it had)."""
    avatar = instance.avatar
    if avatar and not avatar._committed and not isinstance(avatar.file, images.CleanImage):
        instance.avatar = images.image_clean(avatar.file)


def register():
    AvatarSettingsPanel.form_class = AvatarForm
    # Wagtail's panel shows no error: ours shows why a picture was refused above it.
    AvatarSettingsPanel.template_name = "core/account_avatar.html"
    pre_save.connect(avatar_cleaned, sender=UserProfile, dispatch_uid="avatar_cleaned")
