"""The admin's image form (WAGTAILIMAGES_IMAGE_FORM_BASE), used by every upload of a picture in
the admin (add, multiple upload, chooser, replacing the file): the picture is stored decoded and
encoded again (images.py), and every refusal is explained in Vietnamese."""

from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm

from bantin.core import images, uploads


class PortalImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            # Wagtail's own messages, which its Vietnamese catalogue lacks.
            self.fields["file"].error_messages.update({
                "invalid_image": images.NOT_A_PICTURE,
                "invalid_image_extension": images.ONLY_PICTURES,
                "invalid_image_known_format": _(
                    "The content of this file is not a %(extension)s picture but %(image_format)s:"
                    " it may be another kind of file renamed."),
                "file_too_large": uploads.TOO_LARGE,
                "file_too_large_unknown_size": uploads.TOO_LARGE_BEFORE_SENDING
                % {"max_filesize": self.fields["file"].max_upload_size_text},
                "file_too_many_pixels": images.TOO_MANY_PIXELS,
            })

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if isinstance(file, UploadedFile):  # a new upload, not the file already stored
            return images.image_clean(file)
        return file
