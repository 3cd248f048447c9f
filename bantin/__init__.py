"""Bantin: a publishing portal and newsroom for Party committees and state agencies."""
