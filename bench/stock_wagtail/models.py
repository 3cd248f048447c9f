"""The page types of the stock baseline: a blog index and its articles, as the Wagtail tutorial
writes them; an article's page lists the 10 latest articles."""

from django.db import models
from wagtail.fields import RichTextField
from wagtail.models import Page


class BlogIndexPage(Page):
    intro = RichTextField(blank=True)


class BlogPage(Page):
    date = models.DateField("Post date")
    intro = models.CharField(max_length=250)
    body = RichTextField(blank=True)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest"] = BlogPage.objects.live().order_by("-date", "-pk")[:10]
        return context
