"""Count the feedback already published under each article (ArticlePage.published_feedback)."""

from django.db import migrations
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce


def count_published(apps, schema_editor):
    Feedback = apps.get_model("engagement", "Feedback")
    ArticlePage = apps.get_model("news", "ArticlePage")
    published = (Feedback.objects.filter(article=OuterRef("pk"), status="approved")
                 .values("article").annotate(n=Count("pk")).values("n"))
    ArticlePage.objects.filter(feedback__status="approved").update(
        published_feedback=Coalesce(Subquery(published), 0))


class Migration(migrations.Migration):

    dependencies = [
        ("engagement", "0001_initial"),
        ("news", "0004_article_published_feedback"),
    ]

    operations = [migrations.RunPython(count_published, migrations.RunPython.noop)]
