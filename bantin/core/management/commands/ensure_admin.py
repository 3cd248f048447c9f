"""Create the demo administrator if it does not exist yet, and print how to sign in."""

import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Tạo tài khoản quản trị cho bản chạy thử (nếu chưa có) và in thông tin đăng nhập."

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
            self.stdout.write(self.style.SUCCESS(f"Đã tạo tài khoản quản trị “{username}”."))
        else:
            self.stdout.write(f"Tài khoản quản trị “{username}” đã có, giữ nguyên.")
        self.stdout.write(
            f"Trang quản trị: {settings.WAGTAILADMIN_BASE_URL}/{settings.ADMIN_PATH}\n"
            f"Tên đăng nhập: {username}\nMật khẩu: {password}"
            + (" (nếu chưa đổi)" if user is not None else "")
        )
