"""Headless Chromium over the pages the corpus leaves behind: the article under all the hostile
feedback the editors published, every page of "Hỏi - Đáp" holding the hostile questions, the
search with the payloads as its words and dates, the register with them in every filter.
No alert, confirm or prompt ever opens, no frame goes to a javascript: address, and the DOM
Chromium builds holds no handler attribute, active address or script but the portal's.

The page's Content-Security-Policy is bypassed: what is tested is that input never becomes
markup, not that the policy would stop it if it did."""

import math
import re
from urllib.parse import quote_from_bytes

import pytest

from bantin.engagement.models import Question
from bantin.engagement.questions import PER_PAGE
from tests.security import corpus, markup
from tests.security.readers import Sender, publish_everything
from tests.security.test_query_parameters import REGISTER_PARAMETERS

pytestmark = [pytest.mark.browser, pytest.mark.corpus]
PAYLOADS = corpus.payloads()
COULD_BE_MARKUP = re.compile(r"[<>\"'`&%\\]|script|\+AD|\{\{|\$\{", re.IGNORECASE)
# What the DOM may not hold once Chromium has parsed a page (its parser, not Python's).
FOREIGN_IN_DOM = """(URL_ATTRIBUTES) => {
  const found = [];
  for (const element of document.querySelectorAll("*")) {
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      const address = attribute.value.replace(/[\\u0000-\\u0020\\u007f]/g, "").toLowerCase();
      const active = /^(javascript:|vbscript:|data:(text\\/html|image\\/svg))/.test(address);
      // The portal's script sets the reader's text size on <html>; nothing else has a style.
      if (name.startsWith("on") || (name === "style" && element !== document.documentElement)
          || (URL_ATTRIBUTES.includes(name) && active)) {
        found.push(`${element.tagName} ${name}=${attribute.value.slice(0, 80)}`);
      }
    }
    if (element.tagName === "SCRIPT" && element.type !== "application/ld+json"
        && !element.getAttribute("src")?.startsWith("/static/")) {
      found.push(`SCRIPT ${element.outerHTML.slice(0, 80)}`);
    }
  }
  return found;
}"""


def could_be_markup(payload):
    """Whether `payload` could open a tag, an attribute or a script: it holds a markup
    character, an escape or an encoding of one, or a script word (or bytes that are no text).
    The others go through the same pages in the HTTP pass."""
    return payload.text is None or bool(COULD_BE_MARKUP.search(payload.text))


def seed(portal, payloads):
    """Send `payloads` into the fields the public pages show, and publish what is kept."""
    sender, number = Sender(portal), 0
    for payload in payloads:
        for field in ("name", "message"):
            number += 1
            sender.feedback(number, **{field: payload.raw})
        for field in ("name", "title", "body"):
            number += 1
            sender.question(number, **{field: payload.raw})
    publish_everything(portal)


def query(params, payloads):
    """A query string giving each of `params` the next of `payloads` (cut to 2,000 bytes, so
    that seven stay under the request line the server reads)."""
    return "&".join(f"{name}={quote_from_bytes(payload.raw[:2000], safe='')}"
                    for name, payload in zip(params, payloads, strict=False))


def addresses(portal, payloads):
    """The pages to open: the article under the hostile feedback, every page of hostile
    questions, and the search and the register with the payloads in their parameters (the
    search shows three of them again: its words and both dates)."""
    base = portal["base_url"]
    urls = [base + portal["articles"][0].url]
    pages = math.ceil(Question.objects.count() / PER_PAGE)
    urls += [f"{base}{portal['questions'].url}?trang={n}" for n in range(1, pages + 1)]
    search = ("q", "tu_ngay", "den_ngay")
    register = REGISTER_PARAMETERS
    for at in range(0, len(payloads), len(search)):
        urls.append(f"{base}/tim-kiem/?{query(search, payloads[at:at + len(search)])}")
    for at in range(0, len(payloads), len(register)):
        urls.append(f"{base}/van-ban/?{query(register, payloads[at:at + len(register)])}")
    return urls


def test_no_dialog_fires_on_any_page_the_corpus_leaves(browser, hostile_portal):
    payloads = [payload for payload in PAYLOADS if could_be_markup(payload)]
    seed(hostile_portal, payloads)
    page = browser.new_context(bypass_csp=True).new_page()
    dialogs, navigations, foreign = [], [], []
    page.on("dialog", lambda dialog: (dialogs.append((page.url, dialog.type, dialog.message)),
                                      dialog.dismiss()))
    page.on("framenavigated", lambda frame: navigations.append(frame.url))
    page.on("popup", lambda popup: navigations.append(f"popup {popup.url}"))
    urls = addresses(hostile_portal, payloads)
    for url in urls:
        # Each page asks the page-state endpoint for its tokens and counts (engagement.js),
        # then shows its forms: the pass waits for that answer before reading the DOM.
        with page.expect_response(lambda answer: "/tuong-tac/trang/" in answer.url):
            response = page.goto(url)
        assert response.status < 500, url
        foreign += [(url, found) for found in page.evaluate(
            FOREIGN_IN_DOM, sorted(markup.URL_ATTRIBUTES))]
    page.context.close()
    assert len(payloads) >= 300
    assert not dialogs, dialogs[:10]
    assert not [url for url in navigations if url.lower().startswith(("javascript:", "popup"))]
    assert not foreign, foreign[:10]


def test_the_pass_sees_a_dialog_and_markup_from_input(browser):
    page = browser.new_context().new_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.type), dialog.dismiss()))
    page.set_content('<p>Ý kiến</p><img src=x onerror="confirm(1)">'
                     '<a href=" java&#9;script:void(0)">bấm</a>')
    assert dialogs == ["confirm"]
    assert len(page.evaluate(FOREIGN_IN_DOM, sorted(markup.URL_ATTRIBUTES))) == 2
    page.context.close()
