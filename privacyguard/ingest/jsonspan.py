"""A JSON parser that remembers where every value is, so writers can patch strings in place.

Writing back by patching only the changed string tokens keeps everything else exactly as the
exporter wrote it: key order, indentation, number spelling, escaping style, trailing newline.
With an identity rewrite nothing is patched and the output is the input, byte for byte.

``parse(text)`` returns a :class:`JsonDoc` with the decoded value and ``spans``: JSON path
(a tuple of keys and indexes) -> (start, end) character offsets of that value in ``text``.
``tolerant=True`` accepts tdesktop's ``\\xHH`` escapes (invalid JSON, see the format guide).

String encoders (``encode_*``) produce a JSON string token in one exporter's style.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from json.decoder import scanstring  # type: ignore[attr-defined]
from typing import Any

from privacyguard.ingest.base import line_index, line_of

Path = tuple[Any, ...]

_WS = re.compile(r"[ \t\r\n]*")
_NUM = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")
_STR_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)
_X_ESCAPE = re.compile(r"\\(x([0-9A-Fa-f]{2})|.)", re.S)


class JsonSpanError(ValueError):
    def __init__(self, msg: str, pos: int):
        super().__init__(msg)
        self.msg = msg
        self.pos = pos


class JsonTooDeep(JsonSpanError):
    """Arrays and objects nested deeper than the parser's ``max_depth``."""

    def __init__(self, limit: int, pos: int):
        super().__init__(f"nested deeper than {limit} levels (max_json_depth)", pos)
        self.limit = limit


#: the default nesting limit (see privacyguard.ingest.limits.Limits.max_json_depth)
MAX_DEPTH = 100


@dataclass
class JsonDoc:
    text: str
    value: Any
    spans: dict[Path, tuple[int, int]]
    _lines: list[int] | None = field(default=None, repr=False)

    def line(self, pos: int) -> int:
        if self._lines is None:
            self._lines = line_index(self.text)
        return line_of(self._lines, pos)

    def line_col(self, pos: int) -> tuple[int, int]:
        ln = self.line(pos)
        assert self._lines is not None
        return ln, pos - self._lines[ln - 1] + 1

    def line_at(self, path: Path) -> int | None:
        span = self.spans.get(path)
        return self.line(span[0]) if span else None


def path_str(path: Iterable[Any]) -> str:
    out = ""
    for p in path:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out


def parse(
    text: str,
    start: int = 0,
    *,
    tolerant: bool = False,
    trailing: str = "",
    max_depth: int = MAX_DEPTH,
) -> JsonDoc:
    """Parse one JSON value at ``start``; only whitespace (and ``trailing`` chars) may follow.
    Arrays and objects nested deeper than ``max_depth`` raise :class:`JsonTooDeep`."""
    spans: dict[Path, tuple[int, int]] = {}
    p = _Parser(text, spans, tolerant, max_depth)
    i = _WS.match(text, start).end()  # type: ignore[union-attr]
    try:
        value, i = p.value(i, ())
    except RecursionError:  # a max_depth above what the interpreter's stack allows
        raise JsonTooDeep(max_depth, start) from None
    j = _WS.match(text, i).end()  # type: ignore[union-attr]
    while j < len(text) and text[j] in trailing:
        j = _WS.match(text, j + 1).end()  # type: ignore[union-attr]
    if j != len(text):
        raise JsonSpanError("extra data after the JSON value", j)
    return JsonDoc(text, value, spans)


class _Parser:
    def __init__(self, s: str, spans: dict[Path, tuple[int, int]], tolerant: bool, max_depth: int):
        self.s, self.spans, self.tolerant, self.max_depth = s, spans, tolerant, max_depth
        self.n = len(s)

    def value(self, i: int, path: Path) -> tuple[Any, int]:
        s = self.s
        if i >= self.n:
            raise JsonSpanError("unexpected end of file (truncated?)", i)
        c = s[i]
        v: Any
        if c == '"':
            v, j = self.string(i)
        elif c in "{[":
            if len(path) >= self.max_depth:  # the path's length is the nesting depth
                raise JsonTooDeep(self.max_depth, i)
            v, j = self.obj(i, path) if c == "{" else self.arr(i, path)
        elif s.startswith("true", i):
            v, j = True, i + 4
        elif s.startswith("false", i):
            v, j = False, i + 5
        elif s.startswith("null", i):
            v, j = None, i + 4
        else:
            m = _NUM.match(s, i)
            if not m:
                raise JsonSpanError("expecting a value", i)
            tok = m.group()
            v = float(tok) if any(ch in tok for ch in ".eE") else int(tok)
            j = m.end()
        self.spans[path] = (i, j)
        return v, j

    def string(self, i: int) -> tuple[str, int]:
        if self.tolerant:
            # decoded from the string's own text: a JSONDecodeError on the whole document
            # computes its line and column from the start (quadratic over many bad strings)
            m = _STR_TOKEN.match(self.s, i)
            if m:
                token = m.group()
                for text, strict in ((token, True), (_X_ESCAPE.sub(_x_to_u, token), False)):
                    try:
                        return scanstring(text, 1, strict)[0], m.end()
                    except json.JSONDecodeError:
                        pass
        try:
            return scanstring(self.s, i + 1, True)
        except json.JSONDecodeError as e:
            msg = e.msg
            if "Unterminated" in msg:
                msg = "unterminated string (truncated?)"
            raise JsonSpanError(msg.lower(), e.pos) from None

    def obj(self, i: int, path: Path) -> tuple[dict[str, Any], int]:
        s, ws = self.s, _WS
        out: dict[str, Any] = {}
        i = ws.match(s, i + 1).end()  # type: ignore[union-attr]
        if i < self.n and s[i] == "}":
            return out, i + 1
        while True:
            if i >= self.n:
                raise JsonSpanError("unexpected end of file inside an object (truncated?)", i)
            if s[i] != '"':
                raise JsonSpanError("expecting a property name in double quotes", i)
            key, i = self.string(i)
            i = ws.match(s, i).end()  # type: ignore[union-attr]
            if i >= self.n or s[i] != ":":
                raise JsonSpanError("expecting ':' after a property name", i)
            i = ws.match(s, i + 1).end()  # type: ignore[union-attr]
            out[key], i = self.value(i, (*path, key))
            i = ws.match(s, i).end()  # type: ignore[union-attr]
            if i < self.n and s[i] == ",":
                i = ws.match(s, i + 1).end()  # type: ignore[union-attr]
                continue
            if i < self.n and s[i] == "}":
                return out, i + 1
            if i >= self.n:
                raise JsonSpanError("unexpected end of file inside an object (truncated?)", i)
            raise JsonSpanError("expecting ',' or '}'", i)

    def arr(self, i: int, path: Path) -> tuple[list[Any], int]:
        s, ws = self.s, _WS
        out: list[Any] = []
        i = ws.match(s, i + 1).end()  # type: ignore[union-attr]
        if i < self.n and s[i] == "]":
            return out, i + 1
        while True:
            v, i = self.value(i, (*path, len(out)))
            out.append(v)
            i = ws.match(s, i).end()  # type: ignore[union-attr]
            if i < self.n and s[i] == ",":
                i = ws.match(s, i + 1).end()  # type: ignore[union-attr]
                continue
            if i < self.n and s[i] == "]":
                return out, i + 1
            if i >= self.n:
                raise JsonSpanError("unexpected end of file inside an array (truncated?)", i)
            raise JsonSpanError("expecting ',' or ']'", i)


def _x_to_u(m: re.Match[str]) -> str:
    return "\\u00" + m.group(2) if m.group(2) else m.group(0)


# --- encoders ---------------------------------------------------------------------------


def encode_ascii(value: str) -> str:
    return json.dumps(value)


def encode_raw(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def encode_meta(value: str) -> str:
    """Meta DYI: the UTF-8 bytes, each written as its own \\u00XX escape (the mojibake)."""
    return json.dumps(value.encode("utf-8").decode("latin-1"))


_TD_ESC = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def encode_tdesktop(value: str) -> str:
    """Telegram Desktop: raw UTF-8, \\u2028/\\u2029, other control characters as \\xHH."""
    out = ['"']
    for ch in value:
        if ch in _TD_ESC:
            out.append(_TD_ESC[ch])
        elif ch in "\u2028\u2029":
            out.append(f"\\u{ord(ch):04x}")
        elif ord(ch) < 0x20:
            out.append(f"\\x{ord(ch):02X}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def style_for(text: str) -> Callable[[str], str]:
    """Pick the encoder that matches how a generic JSON file writes non-ASCII and '/'."""
    raw = any(ord(c) > 127 for c in text)
    enc = encode_raw if raw else encode_ascii
    if "\\/" in text:
        return lambda v: enc(v).replace("/", "\\/")
    return enc


def apply_patches(text: str, patches: list[tuple[int, int, str]]) -> str:
    """Replace each (start, end) span with its new text; spans must not overlap."""
    if not patches:
        return text
    out: list[str] = []
    pos = 0
    for start, end, new in sorted(patches, key=lambda p: (p[0], p[1])):
        if start < pos:
            raise ValueError("overlapping patches")
        out.append(text[pos:start])
        out.append(new)
        pos = end
    out.append(text[pos:])
    return "".join(out)
