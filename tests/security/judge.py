"""How an answer to hostile input is judged: a normal page (or image, or JSON) or a clear
refusal in Vietnamese, never a server error, with nothing of the input turned into markup."""

import re

from tests.security import markup

# Letters only Vietnamese writes: a refusal holding some is in Vietnamese, not Django's English.
VIETNAMESE = re.compile("[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]",
                        re.IGNORECASE)
# Words of Django's own English messages: a refusal holding one was not translated.
ENGLISH = re.compile(r"\b(the|this|is|are|ensure|allowed|enter|value|valid|field|required|"
                     r"characters|please|forbidden|error)\b", re.IGNORECASE)
NORMAL = {200, 201, 204, 301, 302, 304}
REFUSED = {400, 403, 404, 405, 409}
# The longest request line the server reads (http.server's limit; nginx's is shorter): a
# longer one is refused before the portal sees it.
LONGEST_REQUEST_LINE = 65_536
ERROR_NOTICE = re.compile(r'class="notice notice--error"[^>]*>(.*?)</p>', re.DOTALL)


def verdict(answer, *, payload=None, request_line=0):
    """Return what is wrong with `answer` (empty when nothing is). `payload` is the text sent,
    `request_line` the length of the request's first line."""
    if answer.status in (0, 414):  # 0: the connection closed without an answer
        return [] if request_line > LONGEST_REQUEST_LINE else [
            f"status {answer.status} for a request line of {request_line} bytes"]
    if answer.status not in NORMAL | REFUSED:
        return [f"status {answer.status}: {answer.text[:300]}"]
    kind = answer.headers.get("Content-Type", "")
    wrong = []
    if kind.startswith("text/html"):
        html = answer.text
        if 'lang="vi"' not in html:
            wrong.append(f"status {answer.status}, a page not in Vietnamese: {html[:200]}")
        notice = ERROR_NOTICE.search(html)
        reason = notice.group(1) if notice else html.split("<main", 1)[-1]
        if answer.status in REFUSED and (not VIETNAMESE.search(reason)
                                         or (notice and ENGLISH.search(reason))):
            wrong.append(f"status {answer.status} without a Vietnamese reason: {reason[:300]}")
        wrong += markup.problems(html, payload=payload,
                                 nonce=markup.response_nonce(answer.headers))
    elif kind.startswith("application/json"):
        data = answer.json()
        message = str(data.get("message", ""))
        if answer.status in REFUSED and (not VIETNAMESE.search(message)
                                         or ENGLISH.search(message)):
            wrong.append(f"status {answer.status}, JSON without a Vietnamese message: {data}")
    elif answer.status in REFUSED or kind not in ("image/gif", ""):
        wrong.append(f"status {answer.status} as {kind!r}: {answer.text[:200]}")
    return wrong


def report(failures):
    """The failures `(payload, what, problem)` grouped by what failed how, for an assertion
    message: each kind once, with how often and a payload that caused it."""
    kinds = {}
    for payload, what, problem in failures:
        kinds.setdefault((what, problem[:60]), []).append((payload, problem))
    return "\n".join(f"{len(found)}x {what}: {found[0][1][:300]} (e.g. {found[0][0]!r})"
                     for (what, _start), found in kinds.items())
