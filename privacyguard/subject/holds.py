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

from sqlalchemy import Connection, or_, select

from privacyguard.store import tables as t

if TYPE_CHECKING:
    from privacyguard.store.sql import Store
    from privacyguard.subject.identifiers import Identifier, SubjectQuery

HOLD_KINDS = ("conversation", "customer", "channel")
#: direction and isolation marks some exports put around names and numbers (WhatsApp)
_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_PHONE_LIKE = re.compile(r"[+\d][\d\s().\-/]{5,40}")


@contextlib.contextmanager
def guarded_write(store: Store) -> Iterator[Connection]:
    """One write transaction in which the holds read are the ones in force at its commit."""
    with store.engine.connect() as conn:
        if store.dialect == "sqlite":
            conn.exec_driver_sql("BEGIN IMMEDIATE")  # the write lock before the first read
        elif store.dialect == "postgresql":
            conn.exec_driver_sql("LOCK TABLE legal_holds IN SHARE MODE")
        try:
            yield conn
        except BaseException:
            conn.rollback()
            raise
        conn.commit()


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


def _by_sql(kind: str, values: list[str]):
    c = t.conversations.c
    return c.external_id.in_(values) if kind == "conversation" else c.channel.in_(values)


def _read(conn: Connection, among: set[int] | None) -> Iterator[object]:
    """Conversations with their messages, as `subject find` reads them; only ``among``."""
    from privacyguard.subject.find import _conversations

    return _conversations(conn, among)


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
    holds = conn.execute(select(t.legal_holds.c.kind, t.legal_holds.c.value)).all()
    if not holds or among == set():
        return set()
    c = t.conversations.c
    conds = [
        _by_sql(kind, vals)
        for kind in ("conversation", "channel")
        if (vals := [v for k, v in holds if k == kind])
    ]
    out: set[int] = set()
    if conds:
        q = select(c.id).where(or_(*conds))
        if among is not None:
            ids = sorted(among)
            for i in range(0, len(ids), 500):
                out |= set(conn.execute(q.where(c.id.in_(ids[i : i + 500]))).scalars())
        else:
            out |= set(conn.execute(q).scalars())
    customers = [v for k, v in holds if k == "customer"]
    for covered in customer_conversations(conn, customers, among).values():
        out |= covered
    return out


def holds_on(conn: Connection, conversation_ids: set[int]) -> dict[int, list[int]]:
    """For each of these conversations that a hold keeps, the ids of the holds."""
    out: dict[int, list[int]] = {}
    if not conversation_ids:
        return out
    holds = conn.execute(select(t.legal_holds).order_by(t.legal_holds.c.id)).all()
    c = t.conversations.c
    ids = sorted(conversation_ids)
    cust = customer_conversations(
        conn, [h.value for h in holds if h.kind == "customer"], conversation_ids
    )
    for h in holds:
        if h.kind == "customer":
            covered = cust[h.value]
        else:
            covered = set()
            for i in range(0, len(ids), 500):
                q = select(c.id).where(c.id.in_(ids[i : i + 500]), _by_sql(h.kind, [h.value]))
                covered |= set(conn.execute(q).scalars())
        for cid in sorted(covered):
            out.setdefault(cid, []).append(h.id)
    return out


def coverage(conn: Connection, kind: str, value: str) -> Counter[str]:
    """How many conversations per channel one hold covers now."""
    if kind == "customer":
        ids = customer_conversations(conn, [value])[value]
    else:
        q = select(t.conversations.c.id).where(_by_sql(kind, [value]))
        ids = set(conn.execute(q).scalars())
    if not ids:
        return Counter()
    rows = conn.execute(select(t.conversations.c.id, t.conversations.c.channel)).all()
    return Counter(ch for cid, ch in rows if cid in ids)
