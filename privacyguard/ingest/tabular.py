"""What CSV, JSONL and SQL rows share: the column mapping, roles and timestamp parsing.

A mapping names, for each role (id, text, conversation, sender, role, timestamp, lang), the
column that holds it. Given explicitly (``columns={"text": "Tekst"}``) every named column must
exist; otherwise columns are found by name in several languages (``text``/``tekst``/
``текст``, ``author``/``avsender``, ...), and only ``text`` is required.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import datetime

from privacyguard.errors import InputFormatError
from privacyguard.ingest.base import Options, from_epoch, localize, tz_note
from privacyguard.models import SourceLocation

ROLES = ("id", "text", "conversation", "sender", "role", "timestamp", "lang")

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
    for role, col in given.items():
        if role not in ROLES:
            raise InputFormatError(
                where, f"unknown column role '{role}' in columns=; roles are {', '.join(ROLES)}"
            )
        if col not in names:
            raise InputFormatError(
                where,
                f"column '{col}' (mapped to {role}) is not in the header; "
                f"the header has: {', '.join(names)}",
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
            "no text column found (looked for text, message, body, tekst, ...); the header has: "
            f"{', '.join(names)}; pass columns={{'text': '<column>'}}",
        )
    for col in options.text_columns:
        if col not in names:
            raise InputFormatError(
                where,
                f"text column '{col}' is not in the header; the header has: {', '.join(names)}",
            )
    return out


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
        return from_epoch(value), None
    s = str(value).strip()
    if re.fullmatch(r"-?\d{9,14}(\.\d+)?", s):
        return from_epoch(s), None
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


def other_columns(names: Sequence[str], cols: Mapping[str, str]) -> list[str]:
    """The columns besides the text and sender that are scanned and rewritten too: every one
    that is not mapped to an id, timestamp, role or language (a CSV or JSONL file is written
    back whole, so a column nobody mapped must not pass through unseen)."""
    skip = {cols[r] for r in (*STRUCTURAL_ROLES, "text", "sender") if r in cols}
    return [n for n in names if n not in skip]
