"""The two full-text engines behind one interface, chosen by the database in use: SQLite FTS5
in the embedded default, PostgreSQL tsvector with GIN indexes in production.

Both receive the token streams of normalise.index_text and queries built from the same
tokens, so they find the same articles; the ranker (ranking.py) orders them alike. Each finds
candidates in two ways: `ranked`, its own score over every match (for queries with few
matches), and `newest`, the latest matches, anywhere or in the title and lead only, which costs
the same however many articles match (for queries of common words).
"""

from dataclasses import dataclass
from datetime import datetime

from django.db import connection

# Weights of title, lead and body in the engines' own ordering of candidates.
SQLITE_WEIGHTS = (10.0, 4.0, 1.0)
POSTGRES_WEIGHTS = "{0.1, 0.3, 0.6, 1.0}"  # D, C (body), B (lead), A (title)
RECENT_WINDOW = 5000  # PostgresEngine.newest looks among these first
PAGE_BITS = 32
PAGE_MASK = (1 << PAGE_BITS) - 1


def recency_key(entry):
    """Return the FTS5 rowid of `entry`: its minute of publication, then its page id, in one
    integer. FTS5 streams matches in rowid order only, so this is what lets it list the newest
    and stop at a limit (imported archives have recent page ids but old dates)."""
    minutes = int(entry.published_at.timestamp() // 60) if entry.published_at else 0
    return (max(minutes, 0) << PAGE_BITS) | entry.page_id


@dataclass(frozen=True)
class Scope:
    """Where to search: a tree path (a site or a section), and a publication date range."""

    path: str
    since: datetime | None = None
    until: datetime | None = None

    def conditions(self):
        """SQL conditions on the table `e` (a search entry, or a PostgreSQL search vector),
        and their parameters."""
        sql, params = ["e.path LIKE %s"], [f"{self.path}%"]
        if self.since:
            sql.append("e.published_at >= %s")
            params.append(self.since)
        if self.until:
            sql.append("e.published_at < %s")
            params.append(self.until)
        return " AND ".join(sql), params


def _rows(sql, params):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


class SqliteEngine:
    FROM = ("FROM search_fts JOIN search_searchentry e "
            f"ON e.page_id = (search_fts.rowid & {PAGE_MASK}) WHERE search_fts MATCH %s")

    def write(self, entry):
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO search_fts (rowid, title, lead, body) "
                           "VALUES (%s, %s, %s, %s)", [recency_key(entry), entry.title_words,
                                                       entry.lead_words, entry.body_words])

    def write_many(self, entries, same_as=None):
        """Write `entries`, all with their token streams (`same_as` is for PostgreSQL)."""
        with connection.cursor() as cursor:
            cursor.executemany("INSERT INTO search_fts (rowid, title, lead, body) "
                               "VALUES (%s, %s, %s, %s)",
                               [(recency_key(entry), entry.title_words, entry.lead_words,
                                 entry.body_words) for entry in entries])

    def remove(self, entry):
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_fts WHERE rowid = %s", [recency_key(entry)])

    def clear(self):
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_fts")

    def expression(self, groups, *, any_group=False):
        """Groups are lists of tokens that must appear together, in order: one token is a
        term, several a phrase; FTS5 writes both in double quotes (tokens are \\w+ runs, so
        nothing inside needs escaping)."""
        return (" OR " if any_group else " AND ").join(
            '"' + " ".join(group) + '"' for group in groups)

    def ranked(self, groups, *, any_group, scope, limit):
        conditions, params = scope.conditions()
        weights = ", ".join(map(str, SQLITE_WEIGHTS))
        return [page_id for (page_id,) in _rows(
            f"SELECT e.page_id {self.FROM} AND {conditions} "
            f"ORDER BY bm25(search_fts, {weights}) LIMIT %s",
            [self.expression(groups, any_group=any_group), *params, limit])]

    def newest(self, groups, *, any_group, scope, limit, head=False):
        conditions, params = scope.conditions()
        expression = self.expression(groups, any_group=any_group)
        if head:
            expression = f"{{title lead}} : ({expression})"
        return [page_id for (page_id,) in _rows(
            f"SELECT e.page_id {self.FROM} AND {conditions} "
            "ORDER BY search_fts.rowid DESC LIMIT %s", [expression, *params, limit])]



class PostgresEngine:
    """The vectors sit in a narrow table of their own, `search_vector` (made by the migrations),
    so that checking thousands of matches reads few pages."""

    HEAD = ("setweight(to_tsvector('simple', {title}), 'A') || "
            "setweight(to_tsvector('simple', {lead}), 'B')")
    VECTOR = HEAD + " || setweight(to_tsvector('simple', {body}), 'C')"

    def write(self, entry):
        names = {"title": "%(title)s", "lead": "%(lead)s", "body": "%(body)s"}
        with connection.cursor() as cursor:
            cursor.execute(
                "INSERT INTO search_vector (page_id, path, published_at, head, vector) VALUES "
                f"(%(page)s, %(path)s, %(published_at)s, {self.HEAD.format(**names)}, "
                f"{self.VECTOR.format(**names)})",
                {"page": entry.page_id, "path": entry.path, "published_at": entry.published_at,
                 "title": entry.title_words, "lead": entry.lead_words,
                 "body": entry.body_words})

    def write_many(self, entries, same_as=None):
        """Write `entries` in one statement, their columns passed as arrays. Those `same_as`
        names ({page id: page id}) take the vectors of an entry already written with the
        same token streams, copied in the database instead of made again."""
        same_as = same_as or {}
        made = [entry for entry in entries if entry.page_id not in same_as]
        copied = [entry for entry in entries if entry.page_id in same_as]
        names = {"title": "e.title", "lead": "e.lead", "body": "e.body"}
        with connection.cursor() as cursor:
            if made:
                cursor.execute(
                    "INSERT INTO search_vector (page_id, path, published_at, head, vector) "
                    f"SELECT e.page_id, e.path, e.published_at, {self.HEAD.format(**names)}, "
                    f"{self.VECTOR.format(**names)} FROM unnest(%s::integer[], "
                    "%s::varchar[], %s::timestamptz[], %s::text[], %s::text[], %s::text[]) "
                    "AS e (page_id, path, published_at, title, lead, body)",
                    [[entry.page_id for entry in made], [entry.path for entry in made],
                     [entry.published_at for entry in made],
                     [entry.title_words for entry in made],
                     [entry.lead_words for entry in made],
                     [entry.body_words for entry in made]])
            if copied:
                cursor.execute(
                    "INSERT INTO search_vector (page_id, path, published_at, head, vector) "
                    "SELECT e.page_id, e.path, e.published_at, v.head, v.vector "
                    "FROM unnest(%s::integer[], %s::varchar[], %s::timestamptz[], "
                    "%s::integer[]) AS e (page_id, path, published_at, same_as) "
                    "JOIN search_vector v ON v.page_id = e.same_as",
                    [[entry.page_id for entry in copied], [entry.path for entry in copied],
                     [entry.published_at for entry in copied],
                     [same_as[entry.page_id] for entry in copied]])
                if cursor.rowcount != len(copied):
                    raise ValueError("search_vector: entries to copy that are not there")

    def remove(self, entry):
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_vector WHERE page_id = %s", [entry.page_id])

    def clear(self):
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_vector")

    def expression(self, groups, *, any_group=False):
        parts = [" <-> ".join(group) for group in groups]
        parts = [f"({part})" if len(group) > 1 else part
                 for part, group in zip(parts, groups, strict=True)]
        return (" | " if any_group else " & ").join(parts)

    def ranked(self, groups, *, any_group, scope, limit):
        conditions, params = scope.conditions()
        return [page_id for (page_id,) in _rows(
            "SELECT e.page_id FROM search_vector e, to_tsquery('simple', %s) q "
            f"WHERE e.vector @@ q AND {conditions} "
            f"ORDER BY ts_rank('{POSTGRES_WEIGHTS}', e.vector, q, 1) DESC LIMIT %s",
            [self.expression(groups, any_group=any_group), *params, limit])]

    def newest(self, groups, *, any_group, scope, limit, head=False):
        """The newest matches. The planner expects few articles to hold several common words
        together, so it reads every match from the GIN index and sorts them; the newest
        RECENT_WINDOW articles are tried first instead, and if they hold `limit` matches those
        are the newest of all."""
        conditions, params = scope.conditions()
        column = "head" if head else "vector"
        params = [self.expression(groups, any_group=any_group), *params, limit]
        for source in (f"(SELECT * FROM search_vector ORDER BY published_at DESC "
                       f"LIMIT {RECENT_WINDOW})", "search_vector"):
            found = [page_id for (page_id,) in _rows(
                f"SELECT e.page_id FROM {source} e, to_tsquery('simple', %s) q "
                f"WHERE e.{column} @@ q AND {conditions} ORDER BY e.published_at DESC LIMIT %s",
                params)]
            if len(found) == limit:
                break
        return found


def engine():
    """Return the engine of the database in use."""
    return PostgresEngine() if connection.vendor == "postgresql" else SqliteEngine()
