"""Legal holds: what each kind covers, and the write transaction in which they are checked.

* ``conversation``: a conversation by its id in the export;
* ``channel``: every conversation of a channel (``whatsapp_txt``);
* ``customer``: a person, by the identifiers `subject find` takes (e-mail, phone in any
  format, IBAN, customer number, name with its variants), normalised the same way and
  stored normalised. A customer hold covers every conversation `subject find` returns for
  them with ``--same-person`` (every sender with their name counts as them: a hold keeps too
  much rather than too little). It is evaluated whenever holds are checked, so
  conversations imported after the hold are held too.

:func:`guarded_write` is the transaction every deletion and redaction runs in: holds read
inside it are the holds in force when it commits, so a hold committed before a batch's
write always wins (SQLite: ``BEGIN IMMEDIATE``; PostgreSQL: the holds table locked in SHARE
mode, which waits for a hold being added and blocks new ones until the commit).
"""

from __future__ import annotations

import contextlib
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from privacyguard.store.subjects import (
    channels_of,
    conversations_named,
    conversations_with_messages,
    hold_rows,
)
from privacyguard.store.subjects import guarded_write as guarded_write  # where callers find it

if TYPE_CHECKING:
    from privacyguard.subject.identifiers import Identifier, SubjectQuery

HOLD_KINDS = ("conversation", "customer", "channel")
#: direction and isolation marks some exports put around names and numbers (WhatsApp)
_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_PHONE_LIKE = re.compile(r"[+\d][\d\s().\-/]{5,40}")


# --- customer identifiers ---------------------------------------------------------------------


def identifier_of(raw: str, region: str | None = None) -> Identifier:
    """One identifier given without its kind (``hold add customer VALUE``, and holds stored
    before holds took identifiers): an e-mail address, a phone number, a name, or else a
    customer number."""
    from privacyguard.subject.identifiers import (
        BadIdentifier,
        parse_customer,
        parse_email,
        parse_name,
        parse_phone,
    )

    value = _MARKS.sub("", raw).strip()
    if "@" in value:
        return parse_email(value)
    if _PHONE_LIKE.fullmatch(value):
        with contextlib.suppress(BadIdentifier):
            return parse_phone(value, region)
    if not re.search(r"\d", value):
        with contextlib.suppress(BadIdentifier):
            return parse_name(value)
    return parse_customer(value)


def customer_value(query: SubjectQuery) -> str:
    """How a customer hold is stored: its normalised identifiers as canonical JSON."""
    by: dict[str, list[str]] = {}
    for ident in query.identifiers:
        by.setdefault(ident.kind, []).append(ident.value)
    return json.dumps({k: sorted(set(v)) for k, v in sorted(by.items())}, separators=(",", ":"))


def customer_query(value: str) -> SubjectQuery:
    """The query a stored customer hold stands for (``same_person``: see the module doc)."""
    from privacyguard.subject.identifiers import (
        SubjectQuery,
        parse_customer,
        parse_email,
        parse_iban,
        parse_name,
        parse_phone,
    )

    parse = {"email": parse_email, "phone": parse_phone, "iban": parse_iban,
             "customer": parse_customer, "name": parse_name}  # fmt: skip
    try:
        stored = json.loads(value)
    except ValueError:
        stored = None
    if isinstance(stored, dict):
        ids = tuple(parse[k](v) for k, vs in stored.items() for v in vs)
    else:
        ids = (identifier_of(value),)
    return SubjectQuery(ids, same_person=True)


def describe(kind: str, value: str) -> str:
    """A hold for people to read: a customer hold by the kinds of its identifiers."""
    if kind != "customer":
        return f"{kind} {value}"
    return "customer by " + ", ".join(customer_query(value).kinds())


# --- what holds cover -------------------------------------------------------------------------


def _read(conn: Connection, among: set[int] | None) -> Iterator[object]:
    """Conversations with their messages, as `subject find` reads them; only ``among``."""
    from privacyguard.subject.find import MessageHit

    return conversations_with_messages(conn, MessageHit, among)


def customer_conversations(
    conn: Connection, values: Iterable[str], among: set[int] | None = None
) -> dict[str, set[int]]:
    """For each stored customer hold value, the conversations (of ``among``) it covers: one
    read of the conversations, every hold's matcher on each."""
    from privacyguard.subject.find import _hits, _look
    from privacyguard.subject.match import Matcher

    queries = {v: customer_query(v) for v in dict.fromkeys(values)}
    out: dict[str, set[int]] = {v: set() for v in queries}
    if not queries or among == set():
        return out
    matchers = {v: Matcher(q) for v, q in queries.items()}
    for conv in _read(conn, among):
        for v, q in queries.items():
            seen = _look(conv, matchers[v], q)  # type: ignore[arg-type]
            if seen is not None and _hits(seen, seen.linked | seen.named, set()) is not None:
                out[v].add(conv.id)  # type: ignore[attr-defined]
    return out


def held_conversations(conn: Connection, among: set[int] | None = None) -> set[int]:
    """The conversations (of ``among``, or all) that a legal hold keeps."""
    holds = hold_rows(conn)
    if not holds or among == set():
        return set()
    named = [
        (kind, [h.value for h in holds if h.kind == kind]) for kind in ("conversation", "channel")
    ]
    out = conversations_named(conn, named, among)
    customers = [h.value for h in holds if h.kind == "customer"]
    for covered in customer_conversations(conn, customers, among).values():
        out |= covered
    return out


def holds_on(conn: Connection, conversation_ids: set[int]) -> dict[int, list[int]]:
    """For each of these conversations that a hold keeps, the ids of the holds."""
    out: dict[int, list[int]] = {}
    if not conversation_ids:
        return out
    holds = hold_rows(conn)
    cust = customer_conversations(
        conn, [h.value for h in holds if h.kind == "customer"], conversation_ids
    )
    for h in holds:
        if h.kind == "customer":
            covered = cust[h.value]
        else:
            covered = conversations_named(conn, [(h.kind, [h.value])], conversation_ids)
        for cid in sorted(covered):
            out.setdefault(cid, []).append(h.id)
    return out


def coverage(conn: Connection, kind: str, value: str) -> Counter[str]:
    """How many conversations per channel one hold covers now."""
    if kind == "customer":
        ids = customer_conversations(conn, [value])[value]
    else:
        ids = conversations_named(conn, [(kind, [value])])
    return channels_of(conn, ids)
