"""Create the demo administrator if it does not exist yet, and print how to sign in."""

import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _


class Command(BaseCommand):
    help = _("Create the demo administrator if missing, and print how to sign in.")

    def add_arguments(self, parser):
        parser.add_argument("--username", default=os.environ.get("DEMO_ADMIN_USER", "quantri"))
        parser.add_argument(
            "--password", default=os.environ.get("DEMO_ADMIN_PASSWORD", "bantin-chay-thu-2026")
        )

    def handle(self, *args, username, password, **options):
        user_model = get_user_model()
        user = user_model.objects.filter(username=username).first()
        if user is None:
            user_model.objects.create_superuser(
                username=username, email=f"{username}@localhost", password=password,
                first_name="Quản trị", last_name="viên",
            )
            self.stdout.write(self.style.SUCCESS(
                _("Created the administrator “%(username)s”.") % {"username": username}
            ))
        else:
            self.stdout.write(_("The administrator “%(username)s” exists; left as it is.")
                              % {"username": username})
        self.stdout.write(_("Admin: %(url)s") % {
            "url": f"{settings.WAGTAILADMIN_BASE_URL}/{settings.ADMIN_PATH}"})
        self.stdout.write(_("Username: %(username)s") % {"username": username})
        if user is None:
            self.stdout.write(_("Password: %(password)s") % {"password": password})
        else:
            self.stdout.write(_("Password: %(password)s (unless it was changed)")
                              % {"password": password})
