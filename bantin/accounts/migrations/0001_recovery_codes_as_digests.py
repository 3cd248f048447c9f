"""Recovery codes stored as typed by earlier versions become keyed digests (see
bantin.accounts.twofactor); the codes people hold keep working.

The digest is computed here, not imported: a migration must give the same result whatever the
live code becomes. It equals bantin.accounts.twofactor.recovery_code_digest under SECRET_KEY."""

import re

from django.db import migrations
from django.utils.crypto import salted_hmac

DIGEST_LENGTH = 16  # django-otp's token column; codes as typed are 8 characters


def digest(code):
    typed = re.sub(r"[\s-]", "", code).lower()
    return salted_hmac("bantin.accounts.recovery_code", typed,
                       algorithm="sha256").hexdigest()[:DIGEST_LENGTH]


def codes_to_digests(apps, schema_editor):
    StaticToken = apps.get_model("otp_static", "StaticToken")
    database = schema_editor.connection.alias
    tokens = [token for token in StaticToken.objects.using(database).all()
              if len(token.token) < DIGEST_LENGTH]
    for token in tokens:
        token.token = digest(token.token)
    StaticToken.objects.using(database).bulk_update(tokens, ["token"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [("otp_static", "0003_add_timestamps")]

    operations = [migrations.RunPython(codes_to_digests, migrations.RunPython.noop)]
