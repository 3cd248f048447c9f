"""Media in an S3-compatible bucket, addressed under the portal's own MEDIA_URL.

nginx passes /media/ to the bucket (deploy/nginx/bantin.conf, docs/deploy.md), so a page never
names another host: agency networks that block outside hosts still show its pictures.
"""

from django.conf import settings
from django.utils.encoding import filepath_to_uri
from storages.backends.s3 import S3Storage
from storages.utils import clean_name


class MediaS3Storage(S3Storage):
    """S3Storage whose URLs are MEDIA_URL plus the file's name (the bucket prefix is nginx's)."""

    def url(self, name, parameters=None, expire=None, http_method=None):
        return settings.MEDIA_URL + filepath_to_uri(clean_name(name))
