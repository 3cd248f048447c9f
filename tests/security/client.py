"""A reader's HTTP client for the live server that sends bytes exactly as given: raw invalid
UTF-8 in a request line or a body, which urllib and browsers would percent-encode first."""

import http.client
import json
import socket
from dataclasses import dataclass
from http.cookies import SimpleCookie
from urllib.parse import quote_from_bytes

READER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0"
# What may stay unencoded in a query value: printable ASCII but the query's own syntax.
_SAFE = "!$'()*,-./:;@_~"


def encoded(value):
    """Percent-encode `value` (bytes) for a query string or a form body."""
    return quote_from_bytes(value, safe=_SAFE).encode()


# Bytes the live server (Python's http.server) takes for spaces in a request line, once read
# as Latin-1: sent raw, they split it and the server answers 400 before Django sees it.
SPLIT_BY_THE_TEST_SERVER = {0x85, 0xA0}


def raw_high(value):
    """Percent-encode `value` but leave the bytes 0x80-0xFF as they are (invalid UTF-8 sent
    raw, as a hostile client can)."""
    return b"".join(bytes([byte]) if byte >= 0x80 and byte not in SPLIT_BY_THE_TEST_SERVER
                    else encoded(bytes([byte])) for byte in value)


def form(fields, *, encode=encoded):
    """A query string or urlencoded body from {name: bytes or str}."""
    return b"&".join(
        encode(name.encode()) + b"=" + encode(value if isinstance(value, bytes)
                                              else str(value).encode())
        for name, value in fields.items())


@dataclass
class Answer:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    @property
    def text(self):
        return self.body.decode("utf-8", "replace")

    def json(self):
        return json.loads(self.body)


class Reader:
    """One reader (a cookie jar) talking to the server at `host`:`port`."""

    def __init__(self, host, port):
        self.host, self.port, self.cookies = host, port, {}

    def send(self, method, target, *, body=None, headers=None):
        """Send one request (`target`: the path and query, bytes) and return its Answer."""
        lines = [f"{method} ".encode() + target + b" HTTP/1.1",
                 f"Host: {self.host}:{self.port}".encode(),
                 f"User-Agent: {READER_AGENT}".encode(), b"Connection: close"]
        if self.cookies:
            lines.append(b"Cookie: " + "; ".join(
                f"{name}={value}" for name, value in self.cookies.items()).encode())
        for name, value in (headers or {}).items():
            lines.append(f"{name}: {value}".encode())
        if body is not None:
            lines.append(f"Content-Length: {len(body)}".encode())
        with socket.create_connection((self.host, self.port), timeout=120) as connection:
            try:
                connection.sendall(b"\r\n".join(lines) + b"\r\n\r\n" + (body or b""))
            except (BrokenPipeError, ConnectionResetError):
                pass  # the server answered (414) and closed before reading all of it
            response = http.client.HTTPResponse(connection)
            try:
                response.begin()
            except (http.client.RemoteDisconnected, ConnectionResetError):
                return Answer(0, http.client.HTTPMessage(), b"")  # closed without an answer
            answer = Answer(response.status, response.headers, response.read())
        for header in answer.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        return answer

    def get(self, target, *, headers=None):
        return self.send("GET", target, headers=headers)

    def post(self, path, body, *, content_type="application/x-www-form-urlencoded",
             headers=None):
        headers = {"Content-Type": content_type, **(headers or {})}
        return self.send("POST", path.encode() if isinstance(path, str) else path, body=body,
                         headers=headers)
