"""Wagtail's root page and collection get Vietnamese names; its unused starter groups go and its
unused starter workflow is switched off (see bootstrap.wagtail_starter_tidy)."""

from django.db import migrations

from bantin.newsroom import bootstrap


def tidy(apps, schema_editor):
    bootstrap.wagtail_starter_tidy(apps=apps)


class Migration(migrations.Migration):
    dependencies = [("newsroom", "0005_lockout_permissions")]

    operations = [migrations.RunPython(tidy, migrations.RunPython.noop)]
