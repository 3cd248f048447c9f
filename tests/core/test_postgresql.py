"""The PostgreSQL backend's health check (bantin/core/postgresql): a kept connection the server
has ended is found broken without a query, and a working one is kept."""

import time

import pytest
from django.db import connection

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql",
                                reason="PostgreSQL only: the SQLite pass keeps no connection")


def from_another_connection(sql, params):
    import psycopg

    settings = connection.get_connection_params()
    with psycopg.connect(**{key: value for key, value in settings.items()
                            if key in ("host", "port", "user", "password", "dbname")},
                         autocommit=True) as other:
        return other.execute(sql, params).fetchone()[0]


@pytest.mark.django_db(transaction=True)
def test_a_connection_the_server_ended_is_found_broken_without_a_query():
    connection.ensure_connection()
    assert connection.is_usable()
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    assert connection.is_usable()  # done with its query: nothing left to read
    last = "SELECT query FROM pg_stat_activity WHERE pid = %s"
    assert from_another_connection(last, [pid]) == "SELECT pg_backend_pid()"  # no SELECT 1

    # As a restart or an administrator does.
    assert from_another_connection("SELECT pg_terminate_backend(%s)", [pid])
    for _ in range(100):  # the server's goodbye crosses the socket
        if not connection.is_usable():
            break
        time.sleep(0.01)
    assert not connection.is_usable()

    connection.close_if_unusable_or_obsolete()  # what each request starts with
    with connection.cursor() as cursor:  # checked, found broken, opened anew
        cursor.execute("SELECT pg_backend_pid()")
        assert cursor.fetchone()[0] != pid
