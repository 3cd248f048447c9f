"""Headless Chromium (Debian's, never a downloaded one) driven by Playwright: one browser for
the whole session, shared by tests/browser and tests/security (a second sync_playwright in the
same thread fails, so the fixture lives in one plugin, loaded by tests/conftest.py).

Without a Chromium the browser tests are skipped, or fail under CI (tests/needs.py).
"""

import os
import shutil

import pytest

from tests.needs import missing

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _chromium_path():
    return os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which(
        "chromium-browser"
    )


@pytest.fixture(scope="session")
def browser():
    executable = _chromium_path()
    if not executable:
        missing("Chromium is not installed: apt-get install -y chromium")
    # Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
    # around it are ordinary synchronous ones.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_FLAGS
        )
        yield browser
        browser.close()
