"""Rows written many at a time, for bulk loads (news.bulk and the search index it feeds):
COPY on PostgreSQL and executemany elsewhere, with ids reserved beforehand, and on PostgreSQL
rows that repeat another row's long texts copied from it inside the database.
"""

from django.db import connection, models

# A row holding CLONE_OF (the primary key of a row of the same table) takes the fields it
# does not name from that row, on PostgreSQL; elsewhere it is written as it is.
CLONE_OF = "__clone_of"


def ids_reserve(model, count):
    """Return `count` new primary keys of `model`, taken as inserts would take them. Call it
    inside the transaction that inserts the rows."""
    table = model._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT nextval(pg_get_serial_sequence(%s, %s)) "
                           "FROM generate_series(1, %s)",
                           [table, model._meta.pk.column, count])
            return sorted(row[0] for row in cursor.fetchall())
        # SQLite: take the write lock first, so that no other writer takes the same ids.
        cursor.execute(f"UPDATE {table} SET {model._meta.pk.column} = 0 WHERE 0")
        cursor.execute(f"SELECT MAX({model._meta.pk.column}) FROM {table}")
        highest = cursor.fetchone()[0] or 0
        cursor.execute("SELECT seq FROM sqlite_sequence WHERE name = %s", [table])
        used = cursor.fetchone()
        first = max(highest, used[0] if used else 0) + 1
        return list(range(first, first + count))


def insert(model, rows, *, local=False):
    """Insert `rows` (field attname -> value; the other fields take their defaults) into the
    table of `model` (its own table only, for a child model, if `local`)."""
    every = model._meta.local_concrete_fields if local else model._meta.concrete_fields
    clones = []
    if connection.vendor == "postgresql":
        clones = [row for row in rows if CLONE_OF in row]
        rows = [row for row in rows if CLONE_OF not in row]
    if rows:
        _write(model, every, rows)
    if clones:  # after the rows they may copy from
        _clone(model, every, clones)


def _write(model, every, rows):
    fields = [field for field in every
              if field.attname in rows[0] or not (field.primary_key or field.null)]
    defaults = {field.attname: field.get_db_prep_save(field.get_default(), connection)
                for field in fields if field.attname not in rows[0]}
    names = [field.attname for field in fields]
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    table = connection.ops.quote_name(model._meta.db_table)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row([row[name] if name in row else defaults[name]
                                    for name in names])
            return
        # SQLite stores dates and UUIDs as text: adapt them as Django would.
        adapt = [field for field in fields if field.attname in rows[0]
                 and isinstance(field, models.DateField | models.UUIDField)]
        values = []
        for row in rows:
            for field in adapt:
                row[field.attname] = field.get_db_prep_save(row[field.attname], connection)
            values.append([row[name] if name in row else defaults[name] for name in names])
        marks = ", ".join(["%s"] * len(fields))
        cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", values)


def _clone(model, every, rows):
    """Insert `rows` in one statement, the fields they do not name copied from the rows their
    CLONE_OF names; the columns they name go as arrays."""
    quote = connection.ops.quote_name
    given = [field for field in every if field.attname in rows[0]]
    copied = [field for field in every if field.attname not in rows[0]]
    pk = model._meta.pk
    arrays = ", ".join(f"%s::{field.db_type(connection)}[]" for field in [*given, pk])
    names = ", ".join(quote(field.column) for field in given)
    sql = (f"INSERT INTO {quote(model._meta.db_table)} "
           f"({names}, {', '.join(quote(field.column) for field in copied)}) "
           f"SELECT {', '.join(f'e.{quote(field.column)}' for field in given)}, "
           f"{', '.join(f's.{quote(field.column)}' for field in copied)} "
           f"FROM unnest({arrays}) AS e ({names}, clone_of) "
           f"JOIN {quote(model._meta.db_table)} s ON s.{quote(pk.column)} = e.clone_of")
    params = [[row[field.attname] for row in rows] for field in given]
    params.append([row[CLONE_OF] for row in rows])
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        if cursor.rowcount != len(rows):
            raise ValueError(f"{model.__name__}: {len(rows) - cursor.rowcount} rows to copy "
                             "from rows that are not there")
