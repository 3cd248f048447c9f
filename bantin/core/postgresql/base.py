"""Django's PostgreSQL backend, with a health check that costs no round trip.

A kept connection is checked at the start of each request that uses the database
(CONN_HEALTH_CHECKS, issue 10). Django checks it by sending `SELECT 1`: a round trip on every
request. An idle connection has nothing to read unless the server has ended it (a restart, an
administrator, an idle timeout), which it says before closing; so a look at the socket tells.
Anything there, or an error looking, counts as broken: the connection is opened anew.
"""

import select

from django.db.backends.postgresql import base


class DatabaseWrapper(base.DatabaseWrapper):
    def is_usable(self):
        if self.connection is None or self.connection.closed or self.connection.broken:
            return False
        try:
            poller = select.poll()
            poller.register(self.connection.fileno(), select.POLLIN)
            return not poller.poll(0)
        except (OSError, ValueError):
            return False
