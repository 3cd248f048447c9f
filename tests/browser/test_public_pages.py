"""Home, section, article and register pages in a real headless Chromium, at phone and desktop
widths."""

import pytest

pytestmark = pytest.mark.browser

VIEWPORTS = {"phone": {"width": 360, "height": 740}, "desktop": {"width": 1366, "height": 900}}
SERIOUS = {"serious", "critical"}
# The elements that stick out past the right edge, for the failure message.
WIDER_THAN_VIEWPORT = """() => {
  const width = document.documentElement.clientWidth;
  return [...document.querySelectorAll("body *")]
    .filter((e) => e.getBoundingClientRect().right > width + 1)
    .slice(0, 8)
    .map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
}"""


def page_urls(portal):
    return {
        "home": portal["base_url"] + "/",
        "section": portal["base_url"] + portal["sections"]["news"].url,
        "article": portal["base_url"] + portal["articles"][0].url,
        "documents": portal["base_url"] + "/van-ban/",
        "document": portal["base_url"] + portal["document"].get_absolute_url(),
    }


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_pages_render_without_horizontal_scroll_and_are_saved(browser, live_portal, artifacts,
                                                              viewport):
    context = browser.new_context(viewport=VIEWPORTS[viewport])
    page = context.new_page()
    for name, url in page_urls(live_portal).items():
        response = page.goto(url)
        assert response.status == 200
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, (
            f"{name} scrolls sideways by {overflow}px at {viewport} width: "
            f"{page.evaluate(WIDER_THAN_VIEWPORT)}"
        )
        page.screenshot(path=str(artifacts / f"{name}-{viewport}.png"), full_page=True)
    context.close()


def body_font_size(page):
    return page.eval_on_selector(
        ".article__body p", "p => parseFloat(getComputedStyle(p).fontSize)"
    )


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_font_size_buttons_change_the_text_and_the_choice_is_remembered(browser, live_portal,
                                                                         viewport):
    context = browser.new_context(viewport=VIEWPORTS[viewport])
    page = context.new_page()
    url = page_urls(live_portal)["article"]
    page.goto(url)
    before = body_font_size(page)
    page.get_by_role("button", name="Tăng cỡ chữ").click()
    page.get_by_role("button", name="Tăng cỡ chữ").click()
    grown = body_font_size(page)
    assert grown > before
    page.goto(page_urls(live_portal)["article"])
    assert body_font_size(page) == grown  # remembered for this visitor
    page.get_by_role("button", name="Giảm cỡ chữ").click()
    assert body_font_size(page) < grown
    context.close()


def test_pages_work_without_javascript(browser, live_portal):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(page_urls(live_portal)["article"])
    assert page.get_by_role("heading", level=1).inner_text() == live_portal["articles"][0].title
    assert not page.get_by_role("button", name="Tăng cỡ chữ").is_visible()
    assert page.get_by_role("link", name="Sao chép liên kết").is_visible()
    page.get_by_role("link", name="Tin tức").first.click()
    assert page.url.endswith(live_portal["sections"]["news"].url)
    context.close()


def test_slogan_pauses_and_stays_still_for_reduced_motion(browser, live_portal):
    context = browser.new_context()
    page = context.new_page()
    page.goto(page_urls(live_portal)["home"])
    track = ".slogan__track"
    assert page.eval_on_selector(track, "t => getComputedStyle(t).animationPlayState") == "running"
    pause = page.get_by_role("checkbox", name="Dừng chữ chạy")
    pause.check()
    assert page.eval_on_selector(track, "t => getComputedStyle(t).animationPlayState") == "paused"
    pause.uncheck()
    assert page.eval_on_selector(track, "t => getComputedStyle(t).animationPlayState") == "running"
    context.close()

    still = browser.new_context(reduced_motion="reduce")
    page = still.new_page()
    page.goto(page_urls(live_portal)["home"])
    assert page.eval_on_selector(track, "t => getComputedStyle(t).animationName") == "none"
    still.close()


def test_skip_link_is_first_and_moves_focus_to_the_content(browser, live_portal):
    context = browser.new_context()
    page = context.new_page()
    page.goto(page_urls(live_portal)["article"])
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == (
        "Bỏ qua, đến nội dung chính"
    )
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#noi-dung"
    context.close()


def test_print_stylesheet_leaves_only_the_article(browser, live_portal, artifacts):
    context = browser.new_context()
    page = context.new_page()
    page.goto(page_urls(live_portal)["article"])
    page.emulate_media(media="print")
    for selector in (".main-nav", ".sidebar", ".article-tools", ".slogan", "#cac-tin-khac"):
        assert not page.locator(selector).first.is_visible(), selector
    assert page.locator(".article__body").is_visible()
    page.pdf(path=str(artifacts / "article-print.pdf"))
    context.close()


HEADING_LEVELS = "() => [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => +h.tagName[1])"


@pytest.mark.parametrize("name", ["home", "section", "article", "documents", "document"])
def test_headings_start_at_one_h1_and_never_skip_a_level(browser, live_portal, name):
    context = browser.new_context()
    page = context.new_page()
    page.goto(page_urls(live_portal)[name])
    levels = page.evaluate(HEADING_LEVELS)
    assert levels.count(1) == 1 and levels[0] == 1, levels
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False)), levels
    context.close()


@pytest.mark.parametrize("name", ["home", "section", "article", "documents", "document"])
def test_axe_finds_no_serious_or_critical_violation(browser, live_portal, axe_script, name):
    for viewport in VIEWPORTS.values():
        # axe goes in as an inline script, which the pages' Content-Security-Policy refuses.
        context = browser.new_context(viewport=viewport, bypass_csp=True)
        page = context.new_page()
        page.goto(page_urls(live_portal)[name])
        page.add_script_tag(path=str(axe_script))
        result = page.evaluate("async () => await axe.run(document)")
        serious = [
            f"{v['id']} ({v['impact']}): {v['help']} -> "
            + "; ".join(node["target"][0] for node in v["nodes"][:3])
            for v in result["violations"]
            if v["impact"] in SERIOUS
        ]
        assert not serious, "\n".join(serious)
        context.close()
