"""Public URL of the search page."""

from django.urls import path

from bantin.search import views

urlpatterns = [path("", views.search, name="search")]
