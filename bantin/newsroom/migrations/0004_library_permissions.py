"""Give the board (and administrators) their rights on the register of official documents."""

from django.db import migrations

from bantin.newsroom import bootstrap


def grant(apps, schema_editor):
    bootstrap.permissions_create(apps)
    bootstrap.roles_create(apps=apps)


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0003_reader_permissions"),
        ("library", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
