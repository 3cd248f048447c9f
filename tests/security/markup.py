"""What a public page answering hostile input may hold: the portal's own markup only. No script
but the portal's files, its JSON-LD and scripts carrying the response's CSP nonce; no
event-handler or style attribute; no javascript:, vbscript: or HTML data: address; no element
the public templates never write; and no payload's markup copied as it was typed."""

import re
from html.parser import HTMLParser

# Elements no public template writes: any of them in a page came from input.
FOREIGN_TAGS = {
    "iframe", "frame", "frameset", "object", "embed", "applet", "base", "svg", "math",
    "foreignobject", "animate", "set", "use", "image", "isindex", "keygen", "marquee",
    "plaintext", "xmp", "template", "xss", "x", "mglyph", "mtext", "mi", "style", "audio",
}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "background",
                  "poster", "srcdoc", "srcset", "ping", "cite", "longdesc", "dynsrc", "lowsrc"}
ACTIVE_SCHEMES = ("javascript:", "vbscript:", "data:text/html", "data:image/svg",
                  "data:application")
# What browsers drop from an address before reading its scheme.
IGNORED_IN_URLS = re.compile(r"[\x00-\x20\x7f]")
# A payload with a tag in it ("<b>", "</textarea>", "<!--"): found as typed, it is markup.
TAG_LIKE = re.compile(r"<[A-Za-z!/?]")
NONCE = re.compile(r"'nonce-([^']+)'")


class _Inspector(HTMLParser):
    def __init__(self, nonce):
        super().__init__(convert_charrefs=True)
        self.nonce, self.problems = nonce, []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "script" and not self._ours(attributes):
            self.problems.append(f"a script that is not the portal's: {attrs}")
        if tag in FOREIGN_TAGS:
            self.problems.append(f"<{tag}> from input: {attrs}")
        if tag == "meta" and (attributes.get("http-equiv") or "").lower() == "refresh":
            self.problems.append("a <meta http-equiv=refresh>")
        for name, value in attrs:
            if name.startswith("on") or name == "style":
                self.problems.append(f"attribute {name}={value!r} on <{tag}>")
            address = IGNORED_IN_URLS.sub("", value or "").lower()
            if name in URL_ATTRIBUTES and address.startswith(ACTIVE_SCHEMES):
                self.problems.append(f"active address {name}={value!r} on <{tag}>")

    handle_startendtag = handle_starttag

    def _ours(self, attributes):
        if attributes.get("type") == "application/ld+json":
            return True
        if self.nonce and attributes.get("nonce") == self.nonce:
            return True
        return (attributes.get("src") or "").startswith("/static/")


def response_nonce(headers):
    """The nonce of a response's Content-Security-Policy, if it has one."""
    found = NONCE.search(headers.get("Content-Security-Policy", "") or "")
    return found.group(1) if found else None


def problems(html, *, payload=None, nonce=None):
    """Return what in `html` is not the portal's own markup (empty when the page is inert).
    `payload` is the text that was sent: found as typed, with its tags, it is a problem."""
    inspector = _Inspector(nonce)
    inspector.feed(html)
    inspector.close()
    found = inspector.problems
    if payload and copied_as_typed(html, payload):
        found.append(f"the payload as typed: {payload[:80]!r}")
    return found


def copied_as_typed(html, payload):
    """True if `payload` has a tag in it and is in `html` as it was typed."""
    return bool(TAG_LIKE.search(payload)) and len(payload.strip()) > 3 \
        and payload.strip() in html
