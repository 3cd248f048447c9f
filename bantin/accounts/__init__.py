"""Staff accounts: two-factor sign-in to the admin, lockout after repeated failed sign-ins, and
sessions that end.

The top layer: it reads newsroom's roles (who must use two-factor sign-in) and writes to
newsroom's audit trail; no other app imports it.
"""
