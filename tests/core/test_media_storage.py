"""Media in an S3-compatible bucket keep addresses under the portal's own MEDIA_URL."""

import os
import subprocess
import sys

from django.conf import settings

from bantin.core.media_storage import MediaS3Storage


def test_media_in_the_bucket_are_addressed_on_the_portal_itself():
    storage = MediaS3Storage(bucket_name="bantin-media", location="media",
                             endpoint_url="https://s3.example.vn")
    assert storage.url("original_images/ảnh hội nghị.jpg") == (
        "/media/original_images/%E1%BA%A3nh%20h%E1%BB%99i%20ngh%E1%BB%8B.jpg")


def test_media_s3_bucket_puts_media_in_the_bucket_and_documents_behind_the_view():
    code = ("import bantin.settings.base as s; "
            "print(s.STORAGES['default']['BACKEND'], s.STORAGES['default']['OPTIONS']"
            "['bucket_name'], s.WAGTAILDOCS_SERVE_METHOD)")
    env = {**os.environ, "MEDIA_S3_BUCKET": "bantin-media"}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                            text=True, check=True, cwd=settings.BASE_DIR.parent)
    assert result.stdout.split() == [
        "bantin.core.media_storage.MediaS3Storage", "bantin-media", "serve_view"]
