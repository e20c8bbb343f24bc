"""The store's side of erasure (:mod:`privacyguard.subject.erase` decides what goes): the
tombstones, deleting a conversation or a message, anonymising a sender or a customer, and
the reads it needs. Every function runs in the caller's transaction."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, func, select, update

from privacyguard.store import tables as t
from privacyguard.store import tombstones as ts
from privacyguard.store.edits import ANONYMOUS


def tombstone(
    conn: Connection, digests: Any, *, conversation_id: int | None = None,
    message_ids: list[int] | None = None, action: str, ref: str, now: datetime,
) -> int:  # fmt: skip
    """Erasure's tombstones for every message of a conversation, or for these messages."""
    m = t.messages.c
    where = m.conversation_id == conversation_id if message_ids is None else m.id.in_(message_ids)
    return ts.record(conn, digests, where, cause=ts.ERASURE, action=action, ref=ref, now=now)


def delete_conversation(conn: Connection, conversation_id: int) -> None:
    """A conversation with its messages and their findings."""
    m = t.messages.c
    mids = select(m.id).where(m.conversation_id == conversation_id)
    conn.execute(delete(t.findings).where(t.findings.c.message_id.in_(mids)))
    conn.execute(delete(t.messages).where(m.conversation_id == conversation_id))
    conn.execute(delete(t.conversations).where(t.conversations.c.id == conversation_id))


def delete_message(conn: Connection, message_id: int) -> None:
    """A message with its findings."""
    conn.execute(delete(t.findings).where(t.findings.c.message_id == message_id))
    conn.execute(delete(t.messages).where(t.messages.c.id == message_id))


def anonymise_customer(conn: Connection, conversation_id: int, names: set[str]) -> None:
    """The conversation's customer, when it is one of these names."""
    c = t.conversations.c
    conn.execute(
        update(t.conversations)
        .where(c.id == conversation_id, c.customer.in_(names))
        .values(customer=ANONYMOUS)
    )


def anonymise_sender(conn: Connection, message_id: int, rule: str) -> None:
    """The message's sender, and its findings outside the text expired under ``rule``."""
    f = t.findings.c
    conn.execute(update(t.messages).where(t.messages.c.id == message_id).values(sender=ANONYMOUS))
    conn.execute(
        update(t.findings)
        .where(f.message_id == message_id, f.field != "text")
        .values(expired=True, rule=rule, start=0, end=len(ANONYMOUS))
    )


def messages_of(conn: Connection, conversation_id: int) -> list[Any]:
    """Every message row of a conversation."""
    q = select(t.messages).where(t.messages.c.conversation_id == conversation_id)
    return list(conn.execute(q).all())


def message(conn: Connection, message_id: int) -> Any | None:
    """One message row, or None when it is gone."""
    return conn.execute(select(t.messages).where(t.messages.c.id == message_id)).first()


def findings_of(conn: Connection, message_id: int) -> list[Any]:
    """Every finding row of a message, expired or not."""
    q = select(t.findings).where(t.findings.c.message_id == message_id)
    return list(conn.execute(q).all())


def live_types(conn: Connection, conversation_id: int) -> Counter[str]:
    """How many findings not expired a conversation holds, per entity type."""
    f = t.findings.c
    mids = select(t.messages.c.id).where(t.messages.c.conversation_id == conversation_id)
    rows = conn.execute(
        select(f.entity_type, func.count())
        .where(f.message_id.in_(mids), f.expired.is_(False))
        .group_by(f.entity_type)
    ).all()
    return Counter({et: n for et, n in rows})


def event_hash(conn: Connection, seq: int) -> str | None:
    """The hash of the audit event with this sequence number."""
    q = select(t.audit_log.c.hash).where(t.audit_log.c.seq == seq)
    found = conn.execute(q).scalar()
    return None if found is None else str(found)
