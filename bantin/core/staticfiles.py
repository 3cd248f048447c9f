"""The storage of static files: content-hashed, gzip-compressed copies wherever collectstatic ran.

WhiteNoise gives a hashed name a far-future, immutable Cache-Control (issue 9); Django hashes
names only when DEBUG is off, which would leave the demo (`make demo` collects, then runs the
DEBUG server) on plain names that browsers must ask about again on every page.
"""

import os
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import StaticFilesStorage
from whitenoise.storage import CompressedManifestStaticFilesStorage


class PortalStaticFilesStorage(CompressedManifestStaticFilesStorage):
    """Hand out hashed names whatever DEBUG says, wherever a current collected copy exists.

    Where WhiteNoise also serves straight from the apps' folders (WHITENOISE_USE_FINDERS:
    development, tests that never collect), a file that was not collected, or that was edited
    since (DEBUG only), keeps its plain name, so the page shows the file as it is now. Production
    reads only collected files and keeps Django's strict manifest: a deployment that skipped
    collectstatic fails on its first page instead of serving pages without styles.
    """

    def url(self, name, force=False):
        if getattr(settings, "WHITENOISE_USE_FINDERS", settings.DEBUG) and not self._current(name):
            return StaticFilesStorage.url(self, name)
        return super().url(name, force=True)

    def _current(self, name):
        """Return whether `name` has a collected copy and, under DEBUG, its source is no newer."""
        key = self.hash_key(self.clean_name(urlsplit(unquote(name)).path.strip()))
        if key not in self.hashed_files:
            return False
        if not settings.DEBUG:
            return True
        source = finders.find(name)
        return not source or os.path.getmtime(source) <= os.path.getmtime(
            self.path(self.manifest_name))
