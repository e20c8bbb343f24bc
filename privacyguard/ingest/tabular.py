"""What CSV, JSONL and SQL rows share: the column mapping, roles and timestamp parsing.

A mapping names, for each role (id, text, conversation, sender, role, timestamp, lang), the
column that holds it. Given explicitly (``columns={"text": "Tekst"}``) every named column must
exist; otherwise columns are found by name in several languages (``text``/``tekst``/
``текст``, ``author``/``avsender``, ...), and only ``text`` is required.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Container, Iterator, Mapping, Sequence
from datetime import datetime

from privacyguard.errors import InputFormatError
from privacyguard.ingest.base import Options, from_epoch, localize, tz_note
from privacyguard.ingest.options import ROLES  # one list, where the options check roles
from privacyguard.models import SourceLocation

ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("messageid", "id", "msgid", "meldingsid", "berichtid", "idсообщения", "commentid"),
    "text": (
        "text",
        "message",
        "body",
        "content",
        "tekst",
        "bericht",
        "melding",
        "текст",
        "сообщение",
        "plainbody",
        "messagetext",
    ),
    "conversation": (
        "conversationid",
        "conversation",
        "threadid",
        "ticketid",
        "chatid",
        "samtaleid",
        "gesprekid",
        "sessionid",
        "диалог",
        "iddialoga",
    ),
    "sender": (
        "author",
        "sender",
        "from",
        "name",
        "authorname",
        "avsender",
        "afzender",
        "автор",
        "отправитель",
        "user",
    ),
    "role": ("role", "authorrole", "sendertype", "rolle", "rol", "роль"),
    "timestamp": (
        "timestamp",
        "time",
        "datetime",
        "date",
        "createdat",
        "sentat",
        "tidspunkt",
        "tijdstip",
        "tijd",
        "время",
        "дата",
    ),
    "lang": ("language", "lang", "locale", "språk", "taal", "язык"),
}

ROLE_VALUES = {
    "customer": "customer",
    "user": "customer",
    "enduser": "customer",
    "lead": "customer",
    "contact": "customer",
    "client": "customer",
    "kunde": "customer",
    "klant": "customer",
    "клиент": "customer",
    "покупатель": "customer",
    "agent": "agent",
    "admin": "agent",
    "operator": "agent",
    "staff": "agent",
    "support": "agent",
    "team": "agent",
    "bot": "agent",
    "medewerker": "agent",
    "medarbeider": "agent",
    "оператор": "agent",
    "агент": "agent",
    "system": "system",
    "event": "system",
    "systeem": "system",
    "система": "system",
}


def _norm(name: str) -> str:
    return re.sub(r"[\W_]+", "", name.replace("\ufeff", "")).casefold()


def role_of(value: object) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    return ROLE_VALUES.get(_norm(value))


def mapping(header: Sequence[str], options: Options, where: SourceLocation) -> dict[str, str]:
    """role -> column name, checked against ``header``."""
    names = [h.replace("\ufeff", "") for h in header]
    out: dict[str, str] = {}
    given: Mapping[str, str] = options.columns or {}
    for role, col in given.items():  # roles checked by ReaderOptions; columns against the header
        if col not in names:
            raise InputFormatError(
                where,
                f"column '{col}' (mapped to {role}) is not in the header; "
                f"the header has{describe_header(names, options)}",
            )
        out[role] = col
    by_norm = {_norm(n): n for n in reversed(names)}
    for role in ROLES:
        if role in out:
            continue
        for alias in ALIASES[role]:
            if alias in by_norm and by_norm[alias] not in out.values():
                out[role] = by_norm[alias]
                break
    if "text" not in out:
        raise InputFormatError(
            where,
            "no text column found (looked for text, message, body, tekst, ...); the header has"
            f"{describe_header(names, options)}; if the first row is data, add a header row, "
            "else pass columns={'text': '<column>'}",
        )
    for col in options.text_columns:
        if col not in names:
            raise InputFormatError(
                where,
                f"text column '{col}' is not in the header; the header has "
                f"{describe_header(names, options)}",
            )
    return out


#: shapes a header cell is described by when it is not a known column name (first match wins)
_SHAPES = [
    (re.compile(r"\S+@\S+\.\w+"), "looks like an e-mail address"),
    (re.compile(r"https?://\S+|www\.\S+", re.I), "looks like a web address"),
    (re.compile(r"[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){10,30}"), "looks like an IBAN"),
    (re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:[ T,].*)?"), "looks like a date"),
    (re.compile(r"\+?[\d() .-]{7,}"), "looks like a phone number"),
    (re.compile(r"[\d.,' -]+"), "holds a number"),
    (re.compile(r"[^\W\d_]+(?:[ .'-]+[^\W\d_]+)*[ .'-]*"), "holds words"),
]
#: header cells described at most (a row of data can be wide)
_DESCRIBED = 12


def describe_header(names: Sequence[str], options: Options) -> str:
    """The header for an error message, never the content of a data row.

    When a cell is a column name privacyguard knows (or the options give), the row is a
    header: its cells are listed, except any that do not look like a column name. Otherwise
    the first row may be data (names, e-mail addresses): every cell is described by position
    and shape only, e.g. "column 2 looks like an e-mail address"."""
    given = {*(options.columns or {}).values(), *options.text_columns}
    known = {a for aliases in ALIASES.values() for a in aliases}
    clean = [n.replace("\ufeff", "").strip() for n in names]
    if any(c in given or _norm(c) in known for c in clean):
        shown = [
            c if c in given or _COLUMN_NAME.fullmatch(c) else f"<column {i}: {_shape(c)}>"
            for i, c in enumerate(clean, 1)
        ]
        return ": " + ", ".join(shown)
    parts = [f"column {i} {_shape(c)}" for i, c in enumerate(clean[:_DESCRIBED], 1)]
    if len(clean) > _DESCRIBED:
        parts.append(f"{len(clean) - _DESCRIBED} more")
    return (
        f" {len(clean)} column{'s' if len(clean) != 1 else ''} and no known column name "
        f"(the first row may be data: {', '.join(parts)})"
    )


#: a header cell shown as it is: a short name without long digit runs or '@'
_COLUMN_NAME = re.compile(r"(?!.*\d{3})[^\W\d][\w .()/#-]{0,39}")


#: cells longer than this are not matched against the shapes (bounded time)
_SHAPE_CHARS = 100


def _shape(cell: str) -> str:
    if not cell:
        return "is empty"
    shapes = _SHAPES if len(cell) <= _SHAPE_CHARS else []
    shape = next((w for rx, w in shapes if rx.fullmatch(cell)), "holds other text")
    return f"{shape} ({len(cell)} characters)"


_DMY = re.compile(
    r"^(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})(?:[ T,]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$"
)


def timestamp(value: object, options: Options) -> tuple[datetime | None, str | None]:
    """A UTC instant from ISO-8601 (with or without offset), epoch s/ms, or d.m.y h:m."""
    if value is None or value == "":
        return None, None
    if isinstance(value, bool):
        return None, "timestamp not understood"
    if isinstance(value, int | float):
        when = from_epoch(value)
        return when, None if when else "timestamp not understood"
    s = str(value).strip()
    if re.fullmatch(r"-?\d{9,14}(\.\d+)?", s):
        return from_epoch(s), None  # at most 14 digits: always in range
    try:
        dt = datetime.fromisoformat(s.replace("z", "Z"))
    except ValueError:
        dt = None
    if dt is None:
        m = _DMY.match(s)
        if not m:
            return None, "timestamp not understood"
        a, b, c = int(m.group(1)), int(m.group(3)), int(m.group(4))
        order = (options.date_order or "").upper()
        if len(m.group(1)) == 4:
            y, mo, d = a, b, c
        elif order == "MDY" or (b > 12 and a <= 12 and order != "DMY"):
            mo, d, y = a, b, c
        else:
            d, mo, y = a, b, c
        if y < 100:
            y += 2000
        try:
            dt = datetime(
                y, mo, d, int(m.group(5) or 0), int(m.group(6) or 0), int(m.group(7) or 0)
            )
        except ValueError:
            return None, "timestamp not understood"
    if dt.tzinfo is not None:
        from privacyguard.ingest.base import UTC

        return dt.astimezone(UTC), None
    utc, dst = localize(dt, options.tz)
    note = tz_note(options)
    return utc, f"{note}; {dst}" if dst else note


#: roles whose columns are structure (never scanned as text)
STRUCTURAL_ROLES = ("id", "timestamp", "role", "lang")


def fallback_ids(line: int) -> Iterator[str]:
    """The ids a record on line ``line`` may take when it has none, in order: ``N``,
    ``line-N``, ``line-N-2``, ``line-N-3``, ... Each names its line, so two lines never share
    one."""
    yield str(line)
    yield f"line-{line}"
    for k in itertools.count(2):
        yield f"line-{line}-{k}"


def fallback_id(line: int, given: Container[str]) -> str:
    """The id of a record without one (or with an empty one): the first of
    :func:`fallback_ids` that no record of the file gives. Unique within the file (no given
    id, no other line's id) and the same on every read of the same file, as long as
    ``given`` answers exactly for these shapes (:class:`~privacyguard.ingest.idset.GivenIds`
    does). Ends: ``given`` is finite."""
    return next(mid for mid in fallback_ids(line) if mid not in given)


def other_columns(names: Sequence[str], cols: Mapping[str, str]) -> list[str]:
    """The columns besides the text and sender that are scanned and rewritten too: every one
    that is not mapped to an id, timestamp, role or language (a CSV or JSONL file is written
    back whole, so a column nobody mapped must not pass through unseen)."""
    skip = {cols[r] for r in (*STRUCTURAL_ROLES, "text", "sender") if r in cols}
    return [n for n in names if n not in skip]
