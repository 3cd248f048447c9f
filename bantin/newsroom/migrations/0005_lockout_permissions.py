"""Let administrators see and lift sign-in lockouts (django-axes' failure records)."""

from django.db import migrations

from bantin.newsroom import bootstrap


def grant(apps, schema_editor):
    bootstrap.permissions_create(apps)
    bootstrap.roles_create(apps=apps)


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0004_library_permissions"),
        ("axes", "0010_accessattemptexpiration"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
