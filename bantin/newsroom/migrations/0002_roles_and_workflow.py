"""Create the five roles, the teams of existing sections and sites, and the review workflow."""

from django.db import migrations

from bantin.newsroom import bootstrap


def create_permissions_now(apps, schema_editor):
    bootstrap.permissions_create(apps)


def create_roles_teams_and_workflow(apps, schema_editor):
    bootstrap.roles_create(apps=apps)
    bootstrap.teams_create(apps=apps)
    bootstrap.workflow_create(apps=apps)


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0001_initial"),
        ("news", "0001_initial"),
        ("core", "0001_initial"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [
        migrations.RunPython(create_permissions_now, migrations.RunPython.noop),
        migrations.RunPython(create_roles_teams_and_workflow, migrations.RunPython.noop),
    ]
