"""SearchTerm counts the articles in the index under the empty token (indexing.EVERY_ARTICLE),
so that the ranker has the number exactly, with the words' counts and in the same query."""

from django.db import migrations

EVERY_ARTICLE = ""


def articles_count(apps, schema_editor):
    SearchEntry = apps.get_model("search", "SearchEntry")
    SearchTerm = apps.get_model("search", "SearchTerm")
    SearchTerm.objects.update_or_create(token=EVERY_ARTICLE,
                                        defaults={"documents": SearchEntry.objects.count()})


def articles_uncount(apps, schema_editor):
    apps.get_model("search", "SearchTerm").objects.filter(token=EVERY_ARTICLE).delete()


class Migration(migrations.Migration):
    dependencies = [("search", "0002_search_at_scale")]

    operations = [migrations.RunPython(articles_count, articles_uncount)]
