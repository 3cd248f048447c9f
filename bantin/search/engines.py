"""The two full-text engines behind one interface, chosen by the database in use: SQLite FTS5
in the embedded default, PostgreSQL tsvector with a GIN index in production.

Both receive the token streams of normalise.index_text and queries built from the same
tokens, so they find the same articles; the ranker (ranking.py) orders them alike.
"""

from django.db import connection

# Weights of title, lead and body in the engines' own first ordering of candidates.
SQLITE_WEIGHTS = (10.0, 4.0, 1.0)
POSTGRES_WEIGHTS = "{0.1, 0.3, 0.6, 1.0}"  # D, C (body), B (lead), A (title)


def _quoted(tokens):
    # Tokens are \w+ runs, so a pair of double quotes is all FTS5 needs around them.
    return f'"{tokens}"'


class SqliteEngine:
    def write(self, page_id, title, lead, body):
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_fts WHERE rowid = %s", [page_id])
            cursor.execute("INSERT INTO search_fts (rowid, title, lead, body) "
                           "VALUES (%s, %s, %s, %s)", [page_id, title, lead, body])

    def remove(self, page_id):
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_fts WHERE rowid = %s", [page_id])

    def clear(self):
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_fts")

    def expression(self, groups, *, any_group=False):
        """Groups are lists of tokens that must appear together, in order: one token is a
        term, several a phrase; FTS5 writes both in double quotes."""
        return (" OR " if any_group else " AND ").join(
            _quoted(" ".join(group)) for group in groups)

    def match(self, groups, *, any_group, path, since, until, limit):
        sql = [f"SELECT e.page_id, bm25(search_fts, {', '.join(map(str, SQLITE_WEIGHTS))}) "
               "FROM search_fts JOIN search_searchentry e ON e.page_id = search_fts.rowid "
               "WHERE search_fts MATCH %s AND e.path LIKE %s"]
        params = [self.expression(groups, any_group=any_group), f"{path}%"]
        sql, params = _dates(sql, params, since, until)
        sql.append("ORDER BY 2 LIMIT %s")
        with connection.cursor() as cursor:
            cursor.execute(" ".join(sql), [*params, limit])
            return [(page_id, -score) for page_id, score in cursor.fetchall()]

    def documents_with(self, token):
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM search_fts WHERE search_fts MATCH %s",
                           [_quoted(token)])
            return cursor.fetchone()[0]


class PostgresEngine:
    def write(self, page_id, title, lead, body):
        with connection.cursor() as cursor:
            cursor.execute(
                "UPDATE search_searchentry SET vector = "
                "setweight(to_tsvector('simple', %s), 'A') || "
                "setweight(to_tsvector('simple', %s), 'B') || "
                "setweight(to_tsvector('simple', %s), 'C') WHERE page_id = %s",
                [title, lead, body, page_id])

    def remove(self, page_id):
        pass  # the vector goes with its entry's row

    def clear(self):
        pass

    def expression(self, groups, *, any_group=False):
        parts = [" <-> ".join(group) for group in groups]
        parts = [f"({part})" if len(group) > 1 else part
                 for part, group in zip(parts, groups, strict=True)]
        return (" | " if any_group else " & ").join(parts)

    def match(self, groups, *, any_group, path, since, until, limit):
        rank = f"ts_rank('{POSTGRES_WEIGHTS}', e.vector, q, 1)"
        sql = [f"SELECT e.page_id, {rank} FROM search_searchentry e, "
               "to_tsquery('simple', %s) q WHERE e.vector @@ q AND e.path LIKE %s"]
        params = [self.expression(groups, any_group=any_group), f"{path}%"]
        sql, params = _dates(sql, params, since, until)
        sql.append(f"ORDER BY {rank} DESC LIMIT %s")
        with connection.cursor() as cursor:
            cursor.execute(" ".join(sql), [*params, limit])
            return cursor.fetchall()

    def documents_with(self, token):
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM search_searchentry "
                           "WHERE vector @@ to_tsquery('simple', %s)", [token])
            return cursor.fetchone()[0]


def _dates(sql, params, since, until):
    if since:
        sql.append("AND e.published_at >= %s")
        params.append(since)
    if until:
        sql.append("AND e.published_at < %s")
        params.append(until)
    return sql, params


def engine():
    """Return the engine of the database in use."""
    return PostgresEngine() if connection.vendor == "postgresql" else SqliteEngine()
