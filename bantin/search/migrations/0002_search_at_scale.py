"""Search at scale. The ranker gets the words as written beside the folded ones, and document
numbers' tokens in place among them; SearchTerm counts the articles holding each token. The
engines list matches newest first: on SQLite the FTS5 rowids become engines.recency_key; on
PostgreSQL the vectors move to a narrow table of their own, `search_vector` (title and lead
`head`, the whole `vector`, path and date), and the ranker's body streams are stored
uncompressed so that reading their start does not unpack them whole."""

from collections import Counter

from django.db import migrations, models

from bantin.search import engines, normalise

STREAMS = [f"{name}_{kind}" for name in ("title", "lead", "body") for kind in ("words", "exact")]
CHUNK = 500
TOKEN_LENGTH = 100

POSTGRES_CREATE = [
    "ALTER TABLE search_searchentry DROP COLUMN vector",
    "ALTER TABLE search_searchentry ALTER COLUMN body_words SET STORAGE EXTERNAL",
    "ALTER TABLE search_searchentry ALTER COLUMN body_exact SET STORAGE EXTERNAL",
    "CREATE TABLE search_vector (page_id integer PRIMARY KEY, path varchar(255) NOT NULL, "
    "published_at timestamp with time zone, head tsvector NOT NULL, vector tsvector NOT NULL)",
    "CREATE INDEX search_vector_head ON search_vector USING GIN (head)",
    "CREATE INDEX search_vector_vector ON search_vector USING GIN (vector)",
    "CREATE INDEX search_vector_published_at ON search_vector (published_at)",
    "CREATE INDEX search_vector_path ON search_vector (path varchar_pattern_ops)",
]


def index_update(apps, schema_editor):
    SearchEntry = apps.get_model("search", "SearchEntry")
    SearchTerm = apps.get_model("search", "SearchTerm")
    postgres = schema_editor.connection.vendor == "postgresql"
    for statement in POSTGRES_CREATE if postgres else ["DELETE FROM search_fts"]:
        schema_editor.execute(statement)
    entries = SearchEntry.objects.order_by("pk").only("page_id", "path", "published_at",
                                                      "title", "lead", "body")
    terms, last = Counter(), 0
    while chunk := list(entries.filter(pk__gt=last)[:CHUNK]):
        last = chunk[-1].pk
        for entry in chunk:
            for name in ("title", "lead", "body"):
                setattr(entry, f"{name}_words", normalise.index_text(getattr(entry, name)))
                setattr(entry, f"{name}_exact", normalise.exact_text(getattr(entry, name)))
            terms.update({token for stream in (entry.title_words, entry.lead_words,
                                               entry.body_words)
                          for token in stream.split() if len(token) <= TOKEN_LENGTH})
        SearchEntry.objects.bulk_update(chunk, STREAMS)
        with schema_editor.connection.cursor() as cursor:
            if postgres:
                cursor.executemany(
                    "INSERT INTO search_vector (page_id, path, published_at, head, vector) "
                    "VALUES (%s, %s, %s, setweight(to_tsvector('simple', %s), 'A') || "
                    "setweight(to_tsvector('simple', %s), 'B'), "
                    "setweight(to_tsvector('simple', %s), 'A') || "
                    "setweight(to_tsvector('simple', %s), 'B') || "
                    "setweight(to_tsvector('simple', %s), 'C'))",
                    [(entry.page_id, entry.path, entry.published_at, entry.title_words,
                      entry.lead_words, entry.title_words, entry.lead_words, entry.body_words)
                     for entry in chunk])
            else:
                cursor.executemany(
                    "INSERT INTO search_fts (rowid, title, lead, body) VALUES (%s, %s, %s, %s)",
                    [(engines.recency_key(entry), entry.title_words, entry.lead_words,
                      entry.body_words) for entry in chunk])
    SearchTerm.objects.bulk_create(
        [SearchTerm(token=token, documents=documents) for token, documents in terms.items()],
        batch_size=1000)


def index_revert(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP TABLE search_vector")
        schema_editor.execute("ALTER TABLE search_searchentry ADD COLUMN vector tsvector")
        schema_editor.execute(
            "UPDATE search_searchentry SET vector = "
            "setweight(to_tsvector('simple', title_words), 'A') || "
            "setweight(to_tsvector('simple', lead_words), 'B') || "
            "setweight(to_tsvector('simple', body_words), 'C')")
        schema_editor.execute(
            "CREATE INDEX search_entry_vector ON search_searchentry USING GIN (vector)")
    else:
        schema_editor.execute("DELETE FROM search_fts")
        schema_editor.execute("INSERT INTO search_fts (rowid, title, lead, body) SELECT "
                              "page_id, title_words, lead_words, body_words "
                              "FROM search_searchentry")


class Migration(migrations.Migration):

    dependencies = [
        ("search", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="searchentry",
            name="title_exact",
            field=models.TextField(blank=True),
        ),
        migrations.AddField(
            model_name="searchentry",
            name="lead_exact",
            field=models.TextField(blank=True),
        ),
        migrations.AddField(
            model_name="searchentry",
            name="body_exact",
            field=models.TextField(blank=True),
        ),
        migrations.CreateModel(
            name="SearchTerm",
            fields=[
                ("token", models.CharField(max_length=100, primary_key=True, serialize=False)),
                ("documents", models.IntegerField(default=0)),
            ],
            options={
                "verbose_name": "search term",
                "verbose_name_plural": "search terms",
            },
        ),
        migrations.RunPython(index_update, index_revert),
    ]
