"""The store's side of subject requests and legal holds: reading conversations with their
messages, the holds and what they name, and the write transaction holds are checked in.

The subject matcher (:mod:`privacyguard.subject`) decides who a person is; these functions
only read and lock, so that no module outside the store builds SQL against its tables.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from sqlalchemy import ColumnElement, Connection, Row, delete, insert, or_, select

from privacyguard.store import tables as t
from privacyguard.store.sql import utc

if TYPE_CHECKING:
    from privacyguard.store.sql import Store

M = TypeVar("M")
#: builds one message of a conversation: (id, external_id, sender, sender_role, sent_at, text)
MessageFactory = Callable[[int, str, "str | None", "str | None", "datetime | None", str], M]
_CHUNK = 500  # ids per IN (...) list


@dataclass
class StoredConversation(Generic[M]):
    id: int
    external_id: str
    channel: str
    source: str
    rows: list[M]


def conversations_with_messages(
    conn: Connection, message: MessageFactory[M], among: set[int] | None = None
) -> Iterator[StoredConversation[M]]:
    """Conversations with their messages in order (sent_at, id), one at a time; only
    ``among`` if given (read 500 conversations per query)."""
    m, c = t.messages.c, t.conversations.c
    q = (
        select(
            m.id, m.conversation_id, m.external_id, m.sender, m.sender_role, m.sent_at, m.text,
            c.external_id.label("conv_ext"), c.channel, c.source,
        )  # fmt: skip
        .join(t.conversations, c.id == m.conversation_id)
        .order_by(m.conversation_id, m.sent_at, m.id)
    )
    if among is None:
        queries = [q.execution_options(yield_per=2000)]
    else:
        ids = sorted(among)
        queries = [
            q.where(m.conversation_id.in_(ids[i : i + _CHUNK]))
            for i in range(0, len(ids), _CHUNK)
        ]
    for query in queries:
        current: StoredConversation[M] | None = None
        for r in conn.execute(query):
            if current is None or current.id != r.conversation_id:
                if current is not None:
                    yield current
                current = StoredConversation(r.conversation_id, r.conv_ext, r.channel,
                                             r.source, [])  # fmt: skip
            current.rows.append(
                message(r.id, r.external_id, r.sender, r.sender_role, utc(r.sent_at), r.text)
            )
        if current is not None:
            yield current


# --- legal holds -------------------------------------------------------------------------------


@contextlib.contextmanager
def guarded_write(store: Store) -> Iterator[Connection]:
    """One write transaction in which the holds read are the ones in force at its commit
    (SQLite: ``BEGIN IMMEDIATE``; PostgreSQL: the holds table locked in SHARE mode)."""
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


@dataclass(frozen=True)
class HoldRow:
    id: int
    kind: str
    value: str


def hold_rows(conn: Connection) -> list[HoldRow]:
    """Every legal hold in force, oldest first."""
    h = t.legal_holds.c
    rows = conn.execute(select(h.id, h.kind, h.value).order_by(h.id))
    return [HoldRow(r.id, r.kind, r.value) for r in rows]


def _named(kind: str, values: list[str]) -> ColumnElement[bool]:
    c = t.conversations.c
    return c.external_id.in_(values) if kind == "conversation" else c.channel.in_(values)


def conversations_named(
    conn: Connection, named: Iterable[tuple[str, list[str]]], among: set[int] | None = None
) -> set[int]:
    """The conversations (of ``among``, or all) that any (kind, values) names: ``conversation``
    by the export's id, ``channel`` by channel."""
    conds = [_named(kind, values) for kind, values in named if values]
    if not conds or among == set():
        return set()
    c = t.conversations.c
    q = select(c.id).where(or_(*conds))
    if among is None:
        return set(conn.execute(q).scalars())
    ids = sorted(among)
    out: set[int] = set()
    for i in range(0, len(ids), _CHUNK):
        out |= set(conn.execute(q.where(c.id.in_(ids[i : i + _CHUNK]))).scalars())
    return out


def channels_of(conn: Connection, ids: set[int]) -> Counter[str]:
    """How many of these conversations each channel has."""
    if not ids:
        return Counter()
    rows = conn.execute(select(t.conversations.c.id, t.conversations.c.channel)).all()
    return Counter(ch for cid, ch in rows if cid in ids)


def find_hold(conn: Connection, kind: str, values: list[str]) -> HoldRow | None:
    """The first hold of this kind stored with one of these values."""
    h = t.legal_holds.c
    row = conn.execute(
        select(h.id, h.kind, h.value).where(h.kind == kind, h.value.in_(values))
    ).first()
    return HoldRow(row.id, row.kind, row.value) if row is not None else None


def insert_hold(
    conn: Connection, kind: str, value: str, *, reason: str | None, operator: str, at: datetime
) -> int:
    """A new hold row; its id."""
    hid = conn.execute(
        insert(t.legal_holds).values(
            kind=kind, value=value, reason=reason, created_at=at, operator=operator
        )
    ).inserted_primary_key[0]  # type: ignore[index]
    return int(hid)


def delete_hold(conn: Connection, hold_id: int) -> None:
    conn.execute(delete(t.legal_holds).where(t.legal_holds.c.id == hold_id))


def holds_listed(conn: Connection) -> list[dict[str, object]]:
    """Every hold with its reason, time and operator, oldest first."""
    rows = conn.execute(select(t.legal_holds).order_by(t.legal_holds.c.id)).all()
    return [
        {"id": r.id, "kind": r.kind, "value": r.value, "reason": r.reason,
         "created_at": utc(r.created_at).isoformat(), "operator": r.operator}  # type: ignore[union-attr]
        for r in rows
    ]  # fmt: skip


# --- what an export reads -------------------------------------------------------------------------


def conversation_rows(conn: Connection, conversation_id: int) -> list[Row[Any]]:
    """Every message row of a conversation, in order (sent_at, id)."""
    m = t.messages.c
    return list(
        conn.execute(
            select(t.messages).where(m.conversation_id == conversation_id)
            .order_by(m.sent_at, m.id)
        ).all()
    )  # fmt: skip


def live_text_findings(conn: Connection, conversation_id: int) -> dict[int, list[Row[Any]]]:
    """Per message of a conversation, its findings in the text that retention has not
    expired (one query)."""
    m, f = t.messages.c, t.findings.c
    live: dict[int, list[Row[Any]]] = {}
    for row in conn.execute(
        select(t.findings)
        .join(t.messages, m.id == f.message_id)
        .where(m.conversation_id == conversation_id, f.field == "text", f.expired.is_(False))
    ):
        live.setdefault(row.message_id, []).append(row)
    return live
