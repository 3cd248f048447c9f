"""Recovery codes stored as typed by earlier versions become keyed digests (see
bantin.accounts.twofactor); the codes people hold keep working."""

from django.db import migrations

from bantin.accounts.twofactor import recovery_code_digest

DIGEST_LENGTH = 16  # what recovery_code_digest returns; codes as typed are 8 characters


def codes_to_digests(apps, schema_editor):
    StaticToken = apps.get_model("otp_static", "StaticToken")
    tokens = [token for token in StaticToken.objects.all() if len(token.token) < DIGEST_LENGTH]
    for token in tokens:
        token.token = recovery_code_digest(token.token)
    StaticToken.objects.bulk_update(tokens, ["token"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [("otp_static", "0003_add_timestamps")]

    operations = [migrations.RunPython(codes_to_digests, migrations.RunPython.noop)]
