"""Dumping and loading the database: SQLite through its online backup API, PostgreSQL through
pg_dump and pg_restore. Both dump one consistent state while the portal keeps writing, and
count each table's rows in that same state for the manifest."""

import os
import re
import shutil
import sqlite3
import subprocess
from contextlib import closing
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import DatabaseError, connections
from django.db.backends.postgresql.client import DatabaseClient
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from bantin.core.backup.manifest import BackupError

# SQLite's own tables (sqlite_sequence, sqlite_stat1) are left out: it keeps them itself.
SQLITE_TABLES = r"""SELECT name FROM sqlite_master
                    WHERE type = 'table' AND name NOT LIKE 'sqlite\_%' ESCAPE '\' ORDER BY name"""
POSTGRES_TABLES = """SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                     WHERE c.relkind = 'r' AND n.nspname = current_schema() ORDER BY c.relname"""


def for_connection(connection):
    """Return the dumper of `connection`'s database."""
    if connection.vendor == "sqlite":
        return SqliteDatabase(connection)
    if connection.vendor == "postgresql":
        return PostgresDatabase(connection)
    raise BackupError(_("Backups support SQLite and PostgreSQL databases only, not %(vendor)s.")
                      % {"vendor": connection.vendor})


def row_counts(connection, tables):
    """Return {table: rows} of `tables` in the database `connection` is connected to now."""
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        counts = {}
        for table in tables:
            cursor.execute(f"SELECT COUNT(*) FROM {quote(table)}")
            counts[table] = cursor.fetchone()[0]
    return counts


def has_content(connection):
    """Whether the database holds what people made: users, pages below the home pages, images
    or documents. A database just created, or just migrated, holds none of these."""
    try:
        tables = set(connection.introspection.table_names())
        made = [get_user_model().objects.all(), Page.objects.filter(depth__gt=2),
                get_image_model().objects.all(), get_document_model().objects.all()]
        return any(rows.model._meta.db_table in tables and rows.exists() for rows in made)
    except DatabaseError:  # unreadable or of another schema: only --force may replace it
        return True


class SqliteDatabase:
    engine = "sqlite"
    file_name = "bantin.sqlite3"

    def __init__(self, connection):
        self.connection = connection
        self.path = Path(connection.settings_dict["NAME"])

    def dump(self, destination):
        """Copy the database to `destination` with SQLite's online backup (in WAL mode the
        writers never wait for it); return its description for the manifest."""
        # Read-write, never create: a missing database is an error, not an empty backup.
        source_uri = f"{self.path.resolve().as_uri()}?mode=rw"
        quote = self.connection.ops.quote_name
        try:
            with (closing(sqlite3.connect(source_uri, uri=True, timeout=20)) as source,
                  closing(sqlite3.connect(destination)) as copy):
                source.backup(copy)
                # The copy stands alone in the archive: no write-ahead log beside it.
                copy.execute("PRAGMA journal_mode=DELETE")
                tables = [row[0] for row in copy.execute(SQLITE_TABLES)]
                counts = {table: copy.execute(f"SELECT COUNT(*) FROM {quote(table)}").fetchone()[0]
                          for table in tables}
        except sqlite3.Error as error:
            raise BackupError(_("The database could not be copied: %(error)s")
                              % {"error": error}) from error
        return {"engine": self.engine, "server_version": sqlite3.sqlite_version, "tables": counts}

    def load(self, dump, description):
        """Replace the database file with `dump`: checked, copied beside the database, then
        moved over it in one rename once every connection is closed."""
        try:
            with closing(sqlite3.connect(dump)) as check:
                result = check.execute("PRAGMA quick_check").fetchone()[0]
        except sqlite3.DatabaseError:
            result = "not a database"
        if result != "ok":
            raise BackupError(_("The database in the archive is damaged (%(result)s).")
                              % {"result": result})
        self.path.parent.mkdir(parents=True, exist_ok=True)
        incoming = self.path.with_name(self.path.name + ".restoring")
        shutil.copyfile(dump, incoming)
        with open(incoming, "rb+") as file:
            os.fsync(file.fileno())
        connections.close_all()
        try:
            self._empty_log()
        except BackupError:
            incoming.unlink()
            raise
        os.replace(incoming, self.path)
        # The old database's log and its index must not be read as the new one's.
        for suffix in ("-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)

    def _empty_log(self):
        """Write the old database's log back into it, so nothing waits there to be applied."""
        if not self.path.exists():
            return
        try:
            with closing(sqlite3.connect(self.path, timeout=20)) as old:
                busy = old.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        except sqlite3.OperationalError:
            busy = True
        except sqlite3.DatabaseError:  # damaged beyond reading: replacing it is the point
            return
        if busy:
            raise BackupError(_("The database is in use: stop the portal's processes (the web "
                                "server, the scheduler) and restore again."))


class PostgresDatabase:
    engine = "postgresql"
    file_name = "bantin.pgdump"

    def __init__(self, connection):
        self.connection = connection

    def _environment(self):
        """Return the environment that points pg_dump and pg_restore at the database, the
        password included (never on a command line, where `ps` shows it)."""
        settings_dict = self.connection.settings_dict
        _args, extra = DatabaseClient.settings_to_cmd_args_env(settings_dict, [])
        environment = {**os.environ, **(extra or {})}
        for variable, key in (("PGHOST", "HOST"), ("PGPORT", "PORT"), ("PGUSER", "USER")):
            if settings_dict.get(key):
                environment[variable] = str(settings_dict[key])
        return environment

    def _tool(self, name):
        """Return the path of the PostgreSQL client program `name` and its major version."""
        path = shutil.which(name)
        if path is None:
            raise BackupError(
                _("%(program)s was not found on PATH: install the PostgreSQL client programs "
                  "(package postgresql-client) of the server's major version or newer.")
                % {"program": name})
        output = subprocess.run([path, "--version"], capture_output=True, text=True).stdout
        found = re.search(r"\(PostgreSQL\)\s+(\d+)", output)
        if not found:
            raise BackupError(_("%(program)s did not say which version it is.")
                              % {"program": path})
        return path, int(found.group(1))

    def _run(self, command):
        result = subprocess.run(command, env=self._environment(), capture_output=True, text=True)
        if result.returncode:
            lines = result.stderr.strip().splitlines()
            raise BackupError(_("%(program)s failed: %(error)s")
                              % {"program": Path(command[0]).name,
                                 "error": " ".join(lines[-3:]) or result.returncode})

    def dump(self, destination):
        """Write pg_dump's custom-format dump to `destination` from one exported snapshot, in
        which the rows are counted too; return its description for the manifest."""
        pg_dump, version = self._tool("pg_dump")
        self.connection.ensure_connection()
        server = self.connection.pg_version // 10000
        if version < server:
            raise BackupError(
                _("pg_dump is version %(tool)d, older than the database server (%(server)d): "
                  "install the PostgreSQL %(server)d client programs.")
                % {"tool": version, "server": server})
        # A connection of its own: the caller may be inside a transaction of its own.
        snapshot = connections.create_connection(self.connection.alias)
        try:
            with snapshot.cursor() as cursor:
                cursor.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                cursor.execute("SELECT pg_export_snapshot()")
                snapshot_id = cursor.fetchone()[0]
                cursor.execute(POSTGRES_TABLES)
                tables = [row[0] for row in cursor.fetchall()]
            counts = row_counts(snapshot, tables)
            self._run([pg_dump, "--format=custom", f"--file={destination}",
                       f"--snapshot={snapshot_id}", self.connection.settings_dict["NAME"]])
        finally:
            snapshot.close()
        return {"engine": self.engine, "server_version": server, "pg_dump_version": version,
                "tables": counts}

    def load(self, dump, description):
        """Restore `dump` with pg_restore in one transaction: it is all restored, or nothing."""
        pg_restore, version = self._tool("pg_restore")
        if version < description.get("pg_dump_version", 0):
            raise BackupError(
                _("pg_restore is version %(tool)d, older than the pg_dump that wrote the "
                  "archive (%(dump)d): install the PostgreSQL %(dump)d client programs.")
                % {"tool": version, "dump": description["pg_dump_version"]})
        connections.close_all()
        self._run([pg_restore, "--clean", "--if-exists", "--no-owner", "--no-acl",
                   "--single-transaction", "--exit-on-error",
                   f"--dbname={self.connection.settings_dict['NAME']}", str(dump)])

