"""Give the roles their rights on reader engagement: feedback, polls, questions, settings."""

from django.db import migrations

from bantin.newsroom import bootstrap


def grant(apps, schema_editor):
    bootstrap.permissions_create(apps)
    bootstrap.roles_create(apps=apps)


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0002_roles_and_workflow"),
        ("engagement", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
