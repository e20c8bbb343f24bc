"""Limits on hostile input: how much a reader takes before it refuses, in bounded memory.

Every limit has a default here (documented in ``docs/limits.md``) and a key of the same name
under ``settings:`` in the rules (see :class:`~privacyguard.config.rules.SettingsSpec`);
:meth:`Limits.from_settings` makes one from them, and ``ingest.read(..., limits=...)`` (an
:class:`~privacyguard.ingest.base.Options` field) hands it to the readers. Whatever goes
over a limit is refused with one line naming the file and line (or zip member) and counted
as a problem; the rest of the source is still read. Refusals never quote the content.
"""

from __future__ import annotations

import json
import stat
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, fields, replace
from typing import IO, Any

MiB = 1 << 20


@dataclass(frozen=True)
class Limits:
    """The limits readers enforce (sizes in bytes of the file as stored, UTF-8 or not)."""

    #: one line of a line-based format (WhatsApp, CSV, JSONL, plain text, mbox)
    max_line_bytes: int = 16 * MiB
    #: one CSV record (a quoted field may span lines), one WhatsApp message or one mbox mail
    max_field_bytes: int = 64 * MiB
    #: a file that a reader holds whole (Telegram, Messenger/Instagram pages, X, Zendesk,
    #: Intercom, .eml)
    max_file_bytes: int = 128 * MiB
    #: the uncompressed size of one zip member that is read
    max_zip_member_bytes: int = 1024 * MiB
    #: uncompressed / compressed size of a zip member of at least 1 MiB (zip bombs)
    max_zip_ratio: int = 100
    #: arrays and objects inside each other in one JSON document or JSONL line
    max_json_depth: int = 100
    #: files in a folder (all sub-folders) or members in a zip
    max_files: int = 200_000
    #: MIME parts inside each other in one mail (multiparts and forwarded message/rfc822)
    max_mime_depth: int = 50

    @classmethod
    def make(cls, value: Limits | Mapping[str, Any] | None) -> Limits:
        """A Limits from itself, a mapping of some of its fields, or None (the defaults)."""
        if value is None:
            return cls()
        if isinstance(value, Limits):
            return value
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(value) - known)
        if unknown:
            from privacyguard.errors import UnknownNameError

            raise UnknownNameError("limit", unknown[0], sorted(known))
        return replace(cls(), **{k: int(v) for k, v in value.items()})

    @classmethod
    def from_settings(cls, settings: Any) -> Limits:
        """The limits a :class:`~privacyguard.config.rules.SettingsSpec` sets (same names; a
        limit the settings do not name keeps its default)."""
        default = cls()
        return cls(
            **{f.name: getattr(settings, f.name, getattr(default, f.name)) for f in fields(cls)}
        )


#: the defaults, for function signatures
DEFAULT = Limits()
#: below this uncompressed size a zip member's compression ratio is not checked
RATIO_FLOOR = MiB


def size(n: int) -> str:
    """A byte count for messages: '2.0 GiB', '640 KiB', '12 bytes'."""
    for unit, shift in (("GiB", 30), ("MiB", 20), ("KiB", 10)):
        if n >= 1 << shift:
            return f"{n / (1 << shift):.1f} {unit}"
    return f"{n} bytes"


def over(what: str, amount: str, limit: str, key: str, action: str) -> str:
    """The one-line reason for a refusal: what, how big, the limit and how to raise it."""
    return f"{what} is {amount}, over the limit of {limit} ({key}); {action}"


# --- lines in bounded memory -----------------------------------------------------------------


class LongLine(bytes):
    """Stands for a line over the limit: only its size is kept (its content is dropped), and
    how often the byte ``capped_lines`` was asked to count occurs in it."""

    length: int
    counted: int

    @classmethod
    def of(cls, length: int, counted: int = 0) -> LongLine:
        line = cls(b"")
        line.length, line.counted = length, counted
        return line


def capped_lines(
    stream: IO[bytes], cap: int, *, count: bytes = b"", chunk: int = MiB
) -> Iterator[bytes]:
    """The lines of ``stream`` (with their terminators), a line longer than ``cap`` bytes as
    a :class:`LongLine` that holds only its size (and how often ``count`` occurs in it, for
    CSV quotes): memory stays under ``cap`` + ``chunk`` however long the line is."""
    while True:
        line = stream.readline(cap + 1)
        if not line:
            return
        if len(line) <= cap or line.endswith(b"\n"):
            yield line
            continue
        n = len(line)
        k = line.count(count) if count else 0
        del line
        while True:
            more = stream.readline(chunk)
            n += len(more)
            k += more.count(count) if count else 0
            if not more or more.endswith(b"\n"):
                break
        yield LongLine.of(n, k)


def long_line(number: int, line: LongLine, limits: Limits) -> str:
    """The reason given for a line over ``max_line_bytes``."""
    return over(
        f"line {number}",
        size(line.length),
        size(limits.max_line_bytes),
        "max_line_bytes",
        "it was not read (split the line or raise the limit)",
    )


# --- whole files ------------------------------------------------------------------------------


def read_capped(stream: IO[bytes], cap: int) -> bytes | None:
    """All of ``stream``, or None when it holds more than ``cap`` bytes (read at most one past)."""
    data = stream.read(cap + 1)
    return None if len(data) > cap else data


def file_too_big(length: int | None, limits: Limits) -> str:
    shown = size(length) if length is not None else "larger than that"
    return over(
        "the file",
        shown,
        size(limits.max_file_bytes),
        "max_file_bytes",
        "it was not read (split the export or raise the limit)",
    )


def special_kind(mode: int) -> str | None:
    """'a named pipe', 'a device', ... for a file that is not a regular file, else None."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file"


# --- zip members ------------------------------------------------------------------------------


def zip_member_refusal(file_size: int, compress_size: int, limits: Limits) -> str | None:
    """Why a zip member must not be inflated (by its declared sizes), or None."""
    if file_size > limits.max_zip_member_bytes:
        return over(
            "the member's uncompressed size",
            size(file_size),
            size(limits.max_zip_member_bytes),
            "max_zip_member_bytes",
            "it was not read (unzip and split it, or raise the limit)",
        )
    if file_size >= RATIO_FLOOR:
        ratio = file_size / max(compress_size, 1)
        if ratio > limits.max_zip_ratio:
            return over(
                "the member's compression ratio",
                f"{ratio:,.0f}:1",
                f"{limits.max_zip_ratio}:1",
                "max_zip_ratio",
                "it was not read (a zip bomb?); unzip it yourself if you trust it",
            )
    return None


def too_many_files(what: str, limits: Limits) -> str:
    n = limits.max_files
    return (
        f"more than {n:,} files in this {what} (max_files); only the first {n:,} in sorted "
        "order were read (split the export or raise the limit)"
    )


# --- JSON nesting -----------------------------------------------------------------------------


class TooDeep(ValueError):
    """A JSON value nested deeper than ``max_json_depth``."""

    def __init__(self, limit: int):
        super().__init__(f"JSON nested deeper than {limit} levels (max_json_depth)")
        self.limit = limit


def json_depth(value: Any, limit: int) -> int:
    """The nesting depth of a decoded JSON value (iteratively; stops counting past ``limit``)."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        v, d = stack.pop()
        if isinstance(v, dict | list):
            d += 1
            if d > deepest:
                deepest = d
                if d > limit:
                    return d
            stack.extend((x, d) for x in (v.values() if isinstance(v, dict) else v))
    return deepest


def loads(text: str | bytes, limit: int, **kwargs: Any) -> Any:
    """:func:`json.loads` that raises :class:`TooDeep` (a ValueError) instead of a
    RecursionError, and for any value deeper than ``limit``."""
    try:
        value = json.loads(text, **kwargs)
    except RecursionError:
        raise TooDeep(limit) from None
    # every level opens with a '{' or '[' in the text (counted in strings too: never fewer),
    # so a line with no more of them than the limit needs no walk (most lines, most records)
    opening = (
        text.count("{") + text.count("[")
        if isinstance(text, str)
        else (text.count(b"{") + text.count(b"["))
    )
    if opening > limit and json_depth(value, limit) > limit:
        raise TooDeep(limit)
    return value
