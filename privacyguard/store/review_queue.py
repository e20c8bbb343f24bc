"""The review queue: findings that scored below ``settings.review_below``, waiting for a
person to confirm, reject or retype them (``privacyguard review``).

A queue row holds what the finding row holds (type, field, offsets, score, recognizer) and
the decision once made (which, by whom, when), never the value: the value is only in the
message text. Deleting a message (erasure, retention) deletes its findings and their queue
rows with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from privacyguard.store import StoreError, audit
from privacyguard.store import tables as t
from privacyguard.store.sql import utc

CONFIRM, REJECT, RETYPE = "confirm", "reject", "retype"
DECISIONS = (CONFIRM, REJECT, RETYPE)


@dataclass(frozen=True)
class Item:
    """One queued finding, with where its message sits in the store."""

    id: int
    finding_id: int
    message_id: int
    conversation_id: int
    message_ref: str  # the reader's message id
    entity_type: str
    field: str
    start: int
    end: int
    score: float
    recognizer: str | None
    queued_at: datetime
    decided_at: datetime | None = None
    decision: str | None = None
    new_type: str | None = None
    reviewer: str | None = None


@dataclass(frozen=True)
class Turn:
    """A message of the conversation around a queued finding."""

    message_id: int
    sender: str | None
    sender_role: str | None
    sent_at: datetime | None
    text: str


def last_finding_id(conn: Connection) -> int:
    """The newest finding's id (0 when there is none): an import queues only those after it."""
    return int(conn.execute(select(func.max(t.findings.c.id))).scalar() or 0)


def enqueue_below(conn: Connection, threshold: float, now: datetime, after: int = 0) -> int:
    """Queue every finding with an id above ``after`` scoring below ``threshold`` that is not
    queued yet; how many."""
    f, q = t.findings, t.review_queue
    rows = conn.execute(
        select(f.c.id, f.c.message_id, f.c.entity_type, f.c.field, f.c.start, f.c.end,
               f.c.score, f.c.recognizer)  # fmt: skip
        .outerjoin(q, q.c.finding_id == f.c.id)
        .where(f.c.id > after, f.c.score < threshold, q.c.id.is_(None), f.c.expired.is_(False))
        .order_by(f.c.id)
    ).all()
    if rows:
        conn.execute(insert(q), [
            {"finding_id": r.id, "message_id": r.message_id, "entity_type": r.entity_type,
             "field": r.field, "start": r.start, "end": r.end, "score": r.score,
             "recognizer": r.recognizer, "queued_at": now}
            for r in rows
        ])  # fmt: skip
    return len(rows)


def _items(conn: Connection, *where: Any, limit: int | None = None) -> list[Item]:
    q, m = t.review_queue, t.messages
    query = (
        select(q, m.c.conversation_id, m.c.external_id.label("message_ref"))
        .join(m, m.c.id == q.c.message_id)
        .where(*where)
        .order_by(q.c.queued_at, q.c.id)
        .limit(limit)
    )
    out = []
    for r in conn.execute(query).mappings():
        values = {k: r[k] for k in Item.__dataclass_fields__}
        values["queued_at"], values["decided_at"] = utc(r["queued_at"]), utc(r["decided_at"])
        out.append(Item(**values))
    return out


def pending(conn: Connection, limit: int | None = None) -> list[Item]:
    """Undecided items, oldest first; not those whose span retention or erasure redacted
    since (their finding is marked expired)."""
    live = select(t.findings.c.id).where(t.findings.c.expired.is_(False))
    q = t.review_queue
    return _items(conn, q.c.decided_at.is_(None), q.c.finding_id.in_(live), limit=limit)


def get(conn: Connection, item_id: int) -> Item:
    """One item; :class:`StoreError` naming the id when there is none."""
    found = _items(conn, t.review_queue.c.id == item_id)
    if not found:
        raise StoreError(f"review item {item_id}: not in the review queue")
    return found[0]


def field_text(conn: Connection, item: Item) -> str:
    """The text of the field the item's offsets refer to ("text" or "sender")."""
    column = t.messages.c.sender if item.field == "sender" else t.messages.c.text
    text = conn.execute(select(column).where(t.messages.c.id == item.message_id)).scalar()
    return text or ""


def turns(conn: Connection, item: Item, around: int = 2) -> list[Turn]:
    """The item's message with up to ``around`` messages before and after it, in order."""
    m = t.messages
    rows = conn.execute(
        select(m.c.id, m.c.sender, m.c.sender_role, m.c.sent_at, m.c.text)
        .where(m.c.conversation_id == item.conversation_id)
        .order_by(m.c.sent_at, m.c.id)
    ).all()
    at = next(i for i, r in enumerate(rows) if r.id == item.message_id)
    return [Turn(r.id, r.sender, r.sender_role, utc(r.sent_at), r.text)
            for r in rows[max(0, at - around) : at + around + 1]]  # fmt: skip


def decide(
    conn: Connection, item_id: int, decision: str, reviewer: str, at: datetime,
    new_type: str | None = None,
) -> int:  # fmt: skip
    """Record a decision on an undecided item and its audit event (who, when, which finding,
    the decision; no value), in the caller's transaction. Returns the event's sequence."""
    if decision not in DECISIONS:
        raise StoreError(f"review item {item_id}: decision {decision!r} is not one of "
                         f"{', '.join(DECISIONS)}")  # fmt: skip
    if (decision == RETYPE) != bool(new_type):
        raise StoreError(f"review item {item_id}: a retype needs the new type, and only a "
                         "retype takes one")  # fmt: skip
    item = get(conn, item_id)
    if item.decided_at is not None:
        raise StoreError(f"review item {item_id}: already decided ({item.decision} by "
                         f"{item.reviewer})")  # fmt: skip
    q = t.review_queue
    conn.execute(
        update(q).where(q.c.id == item_id)
        .values(decided_at=at, decision=decision, new_type=new_type, reviewer=reviewer)
    )  # fmt: skip
    return audit.append(conn, {
        "event": "review.decision", "at": at.isoformat(), "operator": reviewer,
        "review_item": item_id, "finding_id": item.finding_id, "message_id": item.message_id,
        "entity_type": item.entity_type, "decision": decision, "new_type": new_type,
    })  # fmt: skip


def stats(conn: Connection, now: datetime) -> dict[str, Any]:
    """The queue's size, the oldest undecided item's age and the share of findings reviewed."""
    q, f = t.review_queue, t.findings
    queued = int(conn.execute(select(func.count()).select_from(q)).scalar() or 0)
    decided = int(conn.execute(
        select(func.count()).select_from(q).where(q.c.decided_at.is_not(None))
    ).scalar() or 0)  # fmt: skip
    live = select(f.c.id).where(f.c.expired.is_(False))  # as pending() offers them
    undecided, oldest = conn.execute(
        select(func.count(), func.min(q.c.queued_at))
        .where(q.c.decided_at.is_(None), q.c.finding_id.in_(live))
    ).one()  # fmt: skip
    reviewed = decided
    findings = int(conn.execute(select(func.count()).select_from(f)).scalar() or 0)
    oldest = utc(oldest)
    return {
        "queued": queued,
        "undecided": int(undecided or 0),
        "reviewed": reviewed,
        "oldest_undecided": oldest.isoformat() if oldest else None,
        "oldest_age_days": round((now - oldest).total_seconds() / 86400, 1) if oldest else None,
        "findings": findings,
        "reviewed_share": round(reviewed / findings, 4) if findings else 0.0,
    }
