"""The health check."""

from unittest import mock

from django.db import DatabaseError


def test_health_reports_ok_when_the_database_answers(client, db):
    response = client.get("/healthz/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_health_reports_503_when_the_database_fails(client, db):
    with mock.patch("bantin.core.views.connection.cursor", side_effect=DatabaseError):
        response = client.get("/healthz/")
    assert response.status_code == 503
    assert response.json()["status"] == "error"
