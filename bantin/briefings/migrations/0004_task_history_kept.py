"""What units record on their tasks is kept: a progress update or an extension request blocks the
deletion of its task (and so of the task's conclusion and briefing); and one extension request
waits per task, enforced by the database. A task that got two waiting requests at once (a double
click, before this) keeps the first; the copies are removed so that the constraint can be made."""

import django.db.models.deletion
from django.db import migrations, models


def drop_second_waiting_requests(apps, schema_editor):
    ExtensionRequest = apps.get_model("briefings", "ExtensionRequest")
    seen, copies = set(), []
    for pk, task_id in (ExtensionRequest.objects.filter(state="pending")
                        .order_by("task_id", "requested_at", "pk").values_list("pk", "task_id")):
        if task_id in seen:
            copies.append(pk)
        seen.add(task_id)
    ExtensionRequest.objects.filter(pk__in=copies).delete()


class Migration(migrations.Migration):

    dependencies = [
        ("briefings", "0003_digest_runs"),
    ]

    operations = [
        migrations.AlterField(
            model_name="extensionrequest",
            name="task",
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT,
                                    related_name="extensions", to="briefings.task"),
        ),
        migrations.AlterField(
            model_name="taskupdate",
            name="task",
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT,
                                    related_name="updates", to="briefings.task"),
        ),
        migrations.RunPython(drop_second_waiting_requests, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="extensionrequest",
            constraint=models.UniqueConstraint(condition=models.Q(("state", "pending")),
                                               fields=("task",),
                                               name="briefings_extension_one_pending"),
        ),
    ]
