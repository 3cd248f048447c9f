"""The office's and the units' groups (bantin/briefings/roles.py)."""

from django.db import migrations

from bantin.briefings import roles
from bantin.newsroom import bootstrap


def create(apps, schema_editor):
    bootstrap.permissions_create(apps)
    roles.groups_create(apps=apps)


class Migration(migrations.Migration):
    dependencies = [
        ("briefings", "0001_initial"),
        ("newsroom", "0005_lockout_permissions"),
    ]

    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
