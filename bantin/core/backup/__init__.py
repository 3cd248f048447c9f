"""Backing up a whole installation into one archive, and rebuilding one from it (issue 10).

The archive is a gzip-compressed tar file holding the database (`database.py`: SQLite's online
backup or pg_dump's custom format), the folders of files beside it (`files.py`) and a
manifest (`manifest.py`); `archive.py` writes and unpacks it, `restore.py` puts it back.
"""
