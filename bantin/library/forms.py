"""The admin's form for Wagtail's documents (WAGTAILDOCS_DOCUMENT_FORM_BASE), the files editors
link from articles and readers get from /tai-lieu/: each new file passes the checks of the
register's files (files.py) and is stored under a safe name."""

from django.core.files.uploadedfile import UploadedFile
from wagtail.documents.forms import BaseDocumentForm

from bantin.core import uploads
from bantin.library import files


class PortalDocumentForm(BaseDocumentForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            # Wagtail's own messages, which its Vietnamese catalogue lacks.
            field = self.fields["file"]
            field.error_messages["file_too_large"] = uploads.TOO_LARGE
            field.error_messages["file_too_large_unknown_size"] = (
                uploads.TOO_LARGE_BEFORE_SENDING % {"max_filesize": field.max_upload_size_text})

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if isinstance(file, UploadedFile):  # a new upload, not the file already stored
            files.document_validate(file)
            file.name = uploads.safe_filename(file.name, default="tai-lieu")
        return file

    def _post_clean(self):
        # A refused file leaves the document without one, which Wagtail's model check would
        # then report again as an empty extension.
        if not self.has_error("file"):
            super()._post_clean()
