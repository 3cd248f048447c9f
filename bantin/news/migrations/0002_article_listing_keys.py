"""Articles carry the paths of the home page, section and subsection that list them while they
are live and public (news/listing.py), each with an index in order of publication, as all
articles have (#9); existing articles get theirs from the page tree in one statement."""

from django.db import migrations, models

LISTING = {"listed_home": 2, "listed_section": 3, "listed_subsection": 4}
STEP = 4  # treebeard's steplen, as Wagtail sets it

# A page is public when no view restriction lies on it or above it (its path starts with the
# restricted page's). Correlated subqueries rather than UPDATE ... FROM, which SQLite has only
# from 3.33.
FILL = "UPDATE news_articlepage SET " + ", ".join(
    f"{column} = (SELECT CASE WHEN p.live AND LENGTH(p.path) > {depth * STEP} "
    "AND NOT EXISTS (SELECT 1 FROM wagtailcore_pageviewrestriction r "
    "JOIN wagtailcore_page rp ON rp.id = r.page_id "
    "WHERE rp.path = SUBSTR(p.path, 1, LENGTH(rp.path))) "
    f"THEN SUBSTR(p.path, 1, {depth * STEP}) END "
    "FROM wagtailcore_page p WHERE p.id = news_articlepage.page_ptr_id)"
    for column, depth in LISTING.items())


class Migration(migrations.Migration):

    dependencies = [("news", "0001_initial")]

    operations = [
        *(migrations.AddField(
            model_name="articlepage", name=column,
            field=models.CharField(editable=False, max_length=255, null=True),
        ) for column in LISTING),
        migrations.AlterField(
            model_name="articlepage",
            name="published_at",
            field=models.DateTimeField(
                blank=True, null=True, verbose_name="published at",
                help_text="Leave empty to use the time the article is first published."),
        ),
        *(migrations.AddIndex(
            model_name="articlepage",
            index=models.Index(fields=[column, "published_at", "page_ptr"], name=f"news_{column}"),
        ) for column in LISTING),
        migrations.AddIndex(
            model_name="articlepage",
            index=models.Index(fields=["published_at", "page_ptr"], name="news_articles_newest"),
        ),
        migrations.RunSQL(FILL, migrations.RunSQL.noop),
    ]
