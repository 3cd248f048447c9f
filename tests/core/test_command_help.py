"""`manage.py help COMMAND` works for every command of the portal's apps."""

import pytest
from django.core.management import get_commands, load_command_class

OURS = sorted((name, app) for name, app in get_commands().items() if app.startswith("bantin."))


def test_the_portal_has_its_commands():
    assert {"backup", "restore", "import_legacy", "collectstatic"} <= {name for name, _ in OURS}


@pytest.mark.parametrize(("name", "app"), OURS)
def test_every_command_prints_its_help(name, app):
    command = load_command_class(app, name)
    text = command.create_parser("manage.py", name).format_help()
    assert f"usage: manage.py {name}" in text
    assert command.help and str(command.help) in " ".join(text.split())
