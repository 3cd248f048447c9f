"""A URL configuration with one view that fails, for the 500 page test."""

from django.urls import path


def failing_view(request):
    return 1 / 0


urlpatterns = [path("loi/", failing_view)]
