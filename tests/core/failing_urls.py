"""A URL configuration with views that fail, for the 500 and 503 page tests, answered by the
portal's own handler500."""

from django.db import IntegrityError, OperationalError
from django.urls import path


def failing_view(request):
    return 1 / 0


def unreachable_database_view(request):
    raise OperationalError("connection to server at 127.0.0.1, port 1 failed: refused")


def integrity_error_view(request):
    raise IntegrityError("duplicate key value violates unique constraint")


urlpatterns = [
    path("loi/", failing_view),
    path("mat-ket-noi/", unreachable_database_view),
    path("trung-khoa/", integrity_error_view),
]
handler500 = "bantin.core.faults.server_error"
