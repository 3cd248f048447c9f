# Spreadsheets may be attached too (issue 10): only the help text changes.

import bantin.library.files
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('library', '0002_files_outside_media'),
    ]

    operations = [
        migrations.AlterField(
            model_name='documentattachment',
            name='file',
            field=models.FileField(help_text='PDF, DOC, DOCX, XLS, XLSX, ODT or ODS.', max_length=255, storage=bantin.library.files.attachments_storage, upload_to=bantin.library.files.attachment_path, validators=[bantin.library.files.attachment_validate], verbose_name='file'),
        ),
    ]
