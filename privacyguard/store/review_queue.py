"""The review queue: what the detector could not decide, waiting for a person
(``privacyguard review``). Two kinds of item:

- a **finding item**: a finding that scored below ``settings.review_below``, to confirm,
  reject or retype. Its row holds what the finding row holds (type, field, offsets, score,
  recognizer);
- a **message item** (``finding_id`` empty, ``entity_type`` :data:`MESSAGE`): an *undecided
  message*, one the detector returned no findings for because it could not scan it: the
  detection raised (``Detected.error``), the detection in the reader's declared fields
  failed, the detection worker died, or the message is longer than
  ``settings.max_message_chars``. Such a message is failed closed by ``scan`` and
  ``redact``; ``import`` stores it, counts it as a problem and queues it here, so that a
  person decides: it holds personal data (:data:`REDACT_MESSAGE`, the whole text as one
  finding of a type the reviewer gives, or :data:`REDACT_SPANS`, the spans the reviewer
  marks) or it does not (:data:`NOTHING_PERSONAL`). Its offsets are the whole text
  (0 to its length when queued); ``reason`` is :data:`NOT_SCANNED` and ``detail`` the
  detector's reason ("detection failed (RuntimeError)"), which holds no value.

Either row holds the decision once made (which, by whom, when), never a value: the value is
only in the message text. Deleting a message (erasure, retention) deletes its findings and
their queue rows with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, and_, func, insert, or_, select, update

from privacyguard.store import StoreError, audit
from privacyguard.store import tables as t
from privacyguard.store.reviewed import MESSAGE
from privacyguard.store.sql import utc

CONFIRM, REJECT, RETYPE = "confirm", "reject", "retype"
DECISIONS = (CONFIRM, REJECT, RETYPE)
#: decisions on a message item: personal data (the whole text, or the spans given), or none
REDACT_MESSAGE, REDACT_SPANS = "redact_message", "redact_spans"
NOTHING_PERSONAL = "nothing_personal"
MESSAGE_DECISIONS = (REDACT_MESSAGE, REDACT_SPANS, NOTHING_PERSONAL)
#: why a message is undecided: the detector returned no verdict on it (see the module doc)
NOT_SCANNED = "not_scanned"
#: the recognizer of the findings a reviewer's decision on a message item adds
REVIEW_RECOGNIZER = "review"


@dataclass(frozen=True)
class Item:
    """One queued finding or undecided message, with where its message sits in the store."""

    id: int
    finding_id: int | None  # None: a message item
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
    reason: str | None = None  # a message item's: NOT_SCANNED
    detail: str | None = None  # a message item's: the detector's reason, no value

    @property
    def is_message(self) -> bool:
        """A message item (the message as a whole), not a finding."""
        return self.finding_id is None

    @property
    def decisions(self) -> tuple[str, ...]:
        return MESSAGE_DECISIONS if self.is_message else DECISIONS


@dataclass(frozen=True)
class Span:
    """A span a reviewer marks in a message item's text, with its entity type."""

    start: int
    end: int
    entity_type: str


@dataclass(frozen=True)
class Turn:
    """A message of the conversation around a queued item."""

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
        select(
            f.c.id,
            f.c.message_id,
            f.c.entity_type,
            f.c.field,
            f.c.start,
            f.c.end,
            f.c.score,
            f.c.recognizer,
        )  # fmt: skip
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


def last_message_id(conn: Connection) -> int:
    """The newest message's id (0 when there is none): an import queues only those after it."""
    return int(conn.execute(select(func.max(t.messages.c.id))).scalar() or 0)


def enqueue_messages(
    conn: Connection, source: str, undecided: list[tuple[str, str, str]], now: datetime,
    after: int = 0,
) -> int:  # fmt: skip
    """Queue message items for undecided messages stored with an id above ``after``:
    ``undecided`` holds (conversation id, message id, the detector's reason) as the reader
    gave them (a conversation without an id is "-", as the store keys it); messages not
    stored by this import, or queued already, are left. How many were queued."""
    if not undecided:
        return 0
    c, m, q = t.conversations, t.messages, t.review_queue
    why = {(conv, msg): detail for conv, msg, detail in undecided}
    rows: list[Any] = []
    convs = sorted({conv for conv, _, _ in undecided})
    for i in range(0, len(convs), 500):  # SQLite's limit on bound parameters
        rows += conn.execute(
            select(m.c.id, m.c.text, m.c.external_id, c.c.external_id.label("conv"))
            .join(c, c.c.id == m.c.conversation_id)
            .outerjoin(q, and_(q.c.message_id == m.c.id, q.c.finding_id.is_(None)))
            .where(c.c.source == source, c.c.external_id.in_(convs[i : i + 500]),
                   m.c.id > after, q.c.id.is_(None))
            .order_by(m.c.id)
        ).all()  # fmt: skip
    todo = [r for r in rows if (r.conv, r.external_id) in why]
    if todo:
        conn.execute(insert(q), [
            {"finding_id": None, "message_id": r.id, "entity_type": MESSAGE, "field": "text",
             "start": 0, "end": len(r.text or ""), "score": 0.0, "recognizer": None,
             "queued_at": now, "reason": NOT_SCANNED,
             "detail": why[(r.conv, r.external_id)][:300]}
            for r in sorted(todo, key=lambda r: r.id)
        ])  # fmt: skip
    return len(todo)


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


def _live() -> Any:
    """Items still to offer: message items, and finding items whose finding span retention
    or erasure has not redacted since (marked expired)."""
    q = t.review_queue
    live = select(t.findings.c.id).where(t.findings.c.expired.is_(False))
    return or_(q.c.finding_id.is_(None), q.c.finding_id.in_(live))


def pending(conn: Connection, limit: int | None = None) -> list[Item]:
    """Undecided items, oldest first (see :func:`_live`)."""
    return _items(conn, t.review_queue.c.decided_at.is_(None), _live(), limit=limit)


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
    new_type: str | None = None, spans: list[Span] | None = None,
) -> int:  # fmt: skip
    """Record a decision on an undecided item and its audit event (who, when, which finding
    or message, the decision; no value), in the caller's transaction. Returns the event's
    sequence. A finding item takes confirm, reject or retype (with ``new_type``); a message
    item takes redact_message (with ``new_type``, the whole text's type), redact_spans (with
    ``spans``) or nothing_personal, and its redactions become findings of the message
    (score 1.0, recognizer "review")."""
    item = get(conn, item_id)
    if decision not in item.decisions:
        raise StoreError(f"review item {item_id}: decision {decision!r} is not one of "
                         f"{', '.join(item.decisions)}")  # fmt: skip
    if item.decided_at is not None:
        raise StoreError(f"review item {item_id}: already decided ({item.decision} by "
                         f"{item.reviewer})")  # fmt: skip
    typed = REDACT_MESSAGE if item.is_message else RETYPE
    if (decision == typed) != bool(new_type):
        raise StoreError(f"review item {item_id}: a {typed} needs the new type, and only a "
                         f"{typed} takes one")  # fmt: skip
    if (decision == REDACT_SPANS) != bool(spans):
        raise StoreError(f"review item {item_id}: redact_spans needs the spans, and only "
                         "redact_spans takes them")  # fmt: skip
    added = _message_findings(conn, item, decision, new_type, spans or [])
    q = t.review_queue
    conn.execute(
        update(q).where(q.c.id == item_id)
        .values(decided_at=at, decision=decision, new_type=new_type, reviewer=reviewer)
    )  # fmt: skip
    event: dict[str, Any] = {
        "event": "review.decision", "at": at.isoformat(), "operator": reviewer,
        "review_item": item_id, "finding_id": item.finding_id, "message_id": item.message_id,
        "entity_type": item.entity_type, "decision": decision, "new_type": new_type,
    }  # fmt: skip
    if item.is_message:  # offsets and types only, never the text
        event["spans"] = [[s.start, s.end, s.entity_type] for s in added]
    return audit.append(conn, event)


def _message_findings(
    conn: Connection, item: Item, decision: str, new_type: str | None, spans: list[Span]
) -> list[Span]:
    """A message item's redactions as findings of its message (checked against the text as
    stored now); the spans added."""
    if not item.is_message or decision == NOTHING_PERSONAL:
        return []
    size = len(field_text(conn, item))
    if decision == REDACT_MESSAGE:
        spans = [Span(0, size, new_type or "")]
    for s in spans:
        if not (0 <= s.start < s.end <= size) or not s.entity_type:
            raise StoreError(f"review item {item.id}: span {s.start}:{s.end} is not inside the "
                             f"message's text (0:{size}) or has no type")  # fmt: skip
    conn.execute(insert(t.findings), [
        {"message_id": item.message_id, "entity_type": s.entity_type, "field": "text",
         "start": s.start, "end": s.end, "score": 1.0, "recognizer": REVIEW_RECOGNIZER,
         "rule": None, "expired": False}
        for s in spans
    ])  # fmt: skip
    return spans


def stats(conn: Connection, now: datetime) -> dict[str, Any]:
    """The queue's size, the oldest undecided item's age and the share reviewed: decided
    items (finding and message items) over what could be reviewed, the stored findings (not
    those a reviewer's decision added) and the message items."""
    q, f = t.review_queue, t.findings
    queued = int(conn.execute(select(func.count()).select_from(q)).scalar() or 0)
    decided = int(conn.execute(
        select(func.count()).select_from(q).where(q.c.decided_at.is_not(None))
    ).scalar() or 0)  # fmt: skip
    undecided, oldest = conn.execute(
        select(func.count(), func.min(q.c.queued_at)).where(q.c.decided_at.is_(None), _live())
    ).one()  # fmt: skip
    messages_undecided = int(conn.execute(
        select(func.count()).select_from(q)
        .where(q.c.decided_at.is_(None), q.c.finding_id.is_(None))
    ).scalar() or 0)  # fmt: skip
    message_items = int(conn.execute(
        select(func.count()).select_from(q).where(q.c.finding_id.is_(None))
    ).scalar() or 0)  # fmt: skip
    findings = int(conn.execute(
        select(func.count()).select_from(f)
        .where(or_(f.c.recognizer.is_(None), f.c.recognizer != REVIEW_RECOGNIZER))
    ).scalar() or 0)  # fmt: skip
    oldest = utc(oldest)
    reviewable = findings + message_items
    return {
        "queued": queued,
        "undecided": int(undecided or 0),
        "undecided_messages": messages_undecided,
        "reviewed": decided,
        "oldest_undecided": oldest.isoformat() if oldest else None,
        "oldest_age_days": round((now - oldest).total_seconds() / 86400, 1) if oldest else None,
        "findings": findings,
        "reviewed_share": round(decided / reviewable, 4) if reviewable else 0.0,
    }
