"""Pick a reader by looking at the first bytes, unless the format is given."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from pathlib import Path

from privacyguard import registry
from privacyguard.errors import InputFormatError
from privacyguard.models import InputProblem, Message, SourceLocation

SNIFF_ORDER = ["jsonl", "text"]


def read(source: str | Path, fmt: str | None = None) -> Iterator[Message | InputProblem]:
    """Messages (and problems) from a file path, or '-' for standard input."""
    name = "<stdin>" if str(source) == "-" else str(source)
    if str(source) == "-":
        stream = io.BufferedReader(sys.stdin.buffer)  # type: ignore[arg-type]
    else:
        path = Path(source)
        if not path.exists():
            raise InputFormatError(SourceLocation(name), "no such file")
        if path.is_dir():
            raise InputFormatError(SourceLocation(name), "is a directory; give a file")
        stream = path.open("rb")
    with stream:
        head = stream.peek(4096)[:4096] if hasattr(stream, "peek") else b""
        reader = _choose(head, fmt)
        yield from reader.read(stream, name)


def _choose(head: bytes, fmt: str | None):  # type: ignore[no-untyped-def]
    if fmt:
        return registry.lookup(registry.readers, "format", fmt)()
    for name in SNIFF_ORDER:
        reader = registry.lookup(registry.readers, "format", name)()
        if reader.sniff(head):
            return reader
    raise InputFormatError(SourceLocation("<input>"), "unknown format; pass --format")
