"""The hostile payload corpus (payloads.txt, plus the generated giants: 100 KB strings, deep
nesting, very long numbers), as bytes to send and text where the bytes are valid UTF-8."""

import re
from dataclasses import dataclass
from pathlib import Path

PAYLOADS_FILE = Path(__file__).with_name("payloads.txt")
ESCAPE = re.compile(r"\\(\\|n|r|t|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})")
HUNDRED_KB = 100 * 1024


@dataclass(frozen=True)
class Payload:
    category: str
    raw: bytes  # what goes on the wire (percent-encoded, or as it is where a test says so)

    @property
    def text(self):
        """The payload as text, or None where its bytes are not UTF-8."""
        try:
            return self.raw.decode()
        except UnicodeDecodeError:
            return None

    def __repr__(self):
        shown = self.raw[:60].decode("utf-8", "backslashreplace")
        more = f"…+{len(self.raw) - 60} bytes" if len(self.raw) > 60 else ""
        return f"<{self.category}: {shown!r}{more}>"


def _unescape(line, *, as_bytes):
    """Decode the file's escapes; in a bytes line "\\xNN" is one byte, the rest UTF-8."""
    parts = []
    for at, piece in enumerate(ESCAPE.split(line)):
        if at % 2 == 0:
            parts.append(piece.encode())
        elif piece in ("\\", "n", "r", "t"):
            parts.append({"\\": b"\\", "n": b"\n", "r": b"\r", "t": b"\t"}[piece])
        elif piece[0] == "x" and as_bytes:
            parts.append(bytes([int(piece[1:], 16)]))
        else:
            parts.append(chr(int(piece[1:], 16)).encode("utf-8", "surrogatepass"))
    return b"".join(parts)


def written():
    """The entries of payloads.txt, in order."""
    payloads, category = [], ""
    for line in PAYLOADS_FILE.read_text(encoding="utf-8").split("\n"):
        if line.startswith("## "):
            category = line[3:].strip()
        elif line and not line.startswith("#"):
            as_bytes = line.startswith("bytes: ")
            payloads.append(Payload(category, _unescape(line.removeprefix("bytes: "),
                                                        as_bytes=as_bytes)))
    return payloads


def _sized(unit, size=HUNDRED_KB):
    """`unit` repeated to `size` bytes of UTF-8 (give or take one unit)."""
    return unit * max(1, size // len(unit.encode()))


GENERATED = [
    Payload("giant", _sized(text).encode()) for text in (
        "A", "Đ", "<", "😀", "\u0301", "\u202e", "\u200b", " ", "\r\n", "&#60;", "%3C",
        "<script>alert(1)</script>", "Hội nghị giao ban khối Đảng ", "50-NQ/ĐUK ",
        "Nghị quyết số ", "../", '"', "<img src=x onerror=alert(1)>",
    )
] + [
    Payload("giant", b"\x00" * HUNDRED_KB),
    Payload("giant", b"\xff" * HUNDRED_KB),
    # Backtracking bait for the regular expressions of the number grammar and the searches.
    Payload("giant", ("a" * 50_000 + "!").encode()),
    Payload("giant", ("1/" + "a" * 50_000 + "/").encode()),
    Payload("giant", ("Nghị quyết " + "x " * 40_000 + "số 50-NQ/ĐUK").encode()),
    Payload("giant", ("a" + "\u0301" * 30_000).encode()),
    Payload("nesting", ("[" * 10_000 + "]" * 10_000).encode()),
    Payload("nesting", ('{"a":' * 5_000 + "1" + "}" * 5_000).encode()),
    Payload("nesting", ("(" * 5_000 + ")" * 5_000).encode()),
    Payload("nesting", ("<div>" * 5_000 + "</div>" * 5_000).encode()),
    Payload("nesting", ("{{" * 3_000 + "}}" * 3_000).encode()),
    Payload("nesting", ("[" * 100_000).encode()),
    Payload("long-number", b"9" * 100),
    Payload("long-number", b"1" * 5_000),  # past Python's 4,300-digit conversion limit
    Payload("long-number", b"-" + b"9" * 5_000),
    Payload("long-number", b"1" + b"0" * 400),
    Payload("long-number", b"0." + b"0" * 1_000 + b"1"),
    Payload("long-number", b"1e" + b"9" * 400),
]


def payloads():
    """Every payload: the written ones, then the generated."""
    return written() + GENERATED
