"""In headless Chromium the portal keeps to its Content-Security-Policy: home, an article (with a
vote), the search page and the admin's login page, then an editor in the admin (an article's
editor with its preview and a chooser, a picture upload) report no violation
(`securitypolicyviolation` events), log no console error and throw no uncaught exception. An
inline script injected into a public page is refused and reported, which shows the watch can
fail."""

import pytest
from django.conf import settings
from PIL import Image

from bantin.newsroom import roles
from tests.browser.conftest import admin_sign_in
from tests.engagement.test_polls import make_poll
from tests.newsroom.conftest import make_staff

pytestmark = pytest.mark.browser
DESKTOP = {"width": 1280, "height": 900}
# Runs in every document before its own scripts.
WATCH = """
window.policyViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.policyViolations.push(
    `${event.effectiveDirective} blocked ${event.blockedURI || "?"} ` +
    `(${event.sourceFile}:${event.lineNumber}) ${event.sample}`);
});
"""


class Watched:
    """A page whose policy violations, console errors and uncaught exceptions are collected."""

    def __init__(self, browser):
        self.context = browser.new_context(viewport=DESKTOP)
        self.context.add_init_script(WATCH)
        self.page = self.context.new_page()
        self.problems = []
        self.page.on("console", lambda message: message.type == "error" and self.problems.append(
            f"console: {message.text} ({message.location.get('url')})"))
        self.page.on("pageerror", lambda error: self.problems.append(f"exception: {error}"))

    def visit(self, url):
        response = self.page.goto(url, wait_until="networkidle")
        assert response.ok, url
        assert "default-src 'none'" in response.headers["content-security-policy"], url
        return response

    def violations(self):
        return self.page.evaluate("window.policyViolations")

    def assert_clean(self, where):
        assert self.violations() == [], where
        assert self.problems == [], where


def test_home_article_search_and_admin_login_break_no_rule(browser, live_portal):
    poll = make_poll(live_portal["site"])
    watched = Watched(browser)
    base = live_portal["base_url"]

    watched.visit(base + "/")
    watched.assert_clean("home")

    watched.visit(base + live_portal["articles"][0].url)
    watched.page.get_by_role("button", name="Tăng cỡ chữ").click()
    box = watched.page.locator(f'[data-poll="{poll.pk}"]').first
    box.locator("form").wait_for(state="visible")
    box.get_by_label("Hữu ích", exact=True).check()
    box.get_by_role("button", name="Gửi bình chọn").click()
    box.get_by_text("1 lượt bình chọn").wait_for()  # the results, put in by engagement.js
    watched.assert_clean("article")

    watched.visit(base + "/tim-kiem/?q=h%E1%BB%99i+ngh%E1%BB%8B+giao+ban")
    assert watched.page.locator("main").get_by_role("link").count() > 0
    watched.assert_clean("search")

    response = watched.visit(f"{base}/{settings.ADMIN_PATH}login/")
    assert "'unsafe-inline'" not in response.headers["content-security-policy"]
    watched.page.locator("input[name=username]").wait_for()
    watched.assert_clean("admin login")
    watched.context.close()


def test_an_editor_editing_an_article_breaks_no_rule_of_the_admin_policy(browser, live_portal,
                                                                        tmp_path):
    editor = make_staff("btv", roles.EDITOR, live_portal["sections"]["local"])
    article = live_portal["articles"][0]  # in "Tin trong tỉnh", the editor's section
    watched = Watched(browser)
    admin = f"{live_portal['base_url']}/{settings.ADMIN_PATH}"

    admin_sign_in(watched.page, live_portal["base_url"], editor)  # password, then the code
    watched.page.wait_for_load_state("networkidle")
    watched.assert_clean("signing in")

    watched.visit(admin)
    watched.assert_clean("dashboard")

    watched.visit(f"{admin}pages/{article.pk}/edit/")
    page = watched.page
    page.locator("form#page-edit-form").wait_for()
    # The preview, in a frame of the editor (frame-src and frame-ancestors 'self').
    page.locator('[data-side-panel-toggle="preview"]').click()
    page.frame_locator("#w-preview-iframe").get_by_role("heading", level=1).wait_for()
    # A chooser (the featured picture's, "change" in its menu): a modal whose HTML and scripts
    # arrive through fetch.
    page.locator("button[data-chooser-action-choose]").first.dispatch_event("click")
    page.locator(".modal-content").get_by_role("heading").first.wait_for()
    page.wait_for_load_state("networkidle")
    watched.assert_clean("page editor, preview and chooser")

    # Uploading pictures: each shows a preview (drawn from a blob: image) while it is sent.
    picture = tmp_path / "hoi-nghi.png"
    Image.new("RGB", (320, 200), "#a3121f").save(picture)
    watched.visit(f"{admin}images/multiple/add/")
    page.set_input_files("input[type=file]", str(picture))
    page.locator("#upload-list .thumb canvas, #upload-list .thumb img").first.wait_for()
    page.locator("#upload-list .upload-success").wait_for()
    page.wait_for_load_state("networkidle")
    watched.assert_clean("picture upload")
    watched.context.close()


def test_an_inline_script_injected_into_a_public_page_is_refused_and_reported(browser,
                                                                              live_portal):
    watched = Watched(browser)
    watched.visit(live_portal["base_url"] + "/")
    blocked = watched.page.evaluate("""() => new Promise((resolve) => {
      document.addEventListener("securitypolicyviolation",
                                (event) => resolve(event.effectiveDirective), {once: true});
      const script = document.createElement("script");
      script.textContent = "window.injectedRan = true";
      document.body.append(script);
    })""")
    assert blocked == "script-src-elem"
    assert watched.page.evaluate("window.injectedRan") is None
    assert watched.violations()[0].startswith("script-src-elem blocked inline")
    watched.context.close()
