"""A program the tests need and the machine lacks: the test is skipped with the reason printed,
except under CI, where it fails: CI must install it (see .ci/run)."""

import os

import pytest


def missing(reason):
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI must install it)")
    pytest.skip(reason)
