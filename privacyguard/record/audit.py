"""The audit log: every retention apply, hold and erasure appends one event.

An event is a JSON object (when, policy file and rule, action, count, ids, operator) that
holds no raw personal data: ids are the store's own row ids. Events are chained: each row
stores ``hash = sha256(prev_hash + canonical JSON)``, where canonical JSON is sorted keys,
no spaces, UTF-8. The ``audit_head`` row keeps the count and last hash, so a deleted tail is
caught as well as an edited or deleted row. :func:`append` runs inside the caller's
transaction, so an event exists exactly when the change it records does.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, insert, select, update

from privacyguard.errors import PrivacyGuardError
from privacyguard.store import tables as t

GENESIS = "0" * 64


class AuditBroken(PrivacyGuardError):
    """The chain does not verify: an event was edited, removed or inserted."""


def canonical(event: dict[str, Any]) -> str:
    return json.dumps(event, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def chain_hash(prev_hash: str, event_json: str) -> str:
    return hashlib.sha256((prev_hash + event_json).encode("utf-8")).hexdigest()


def append(conn: Connection, event: dict[str, Any]) -> int:
    """Append one event in the caller's transaction; returns its sequence number.

    The head row is updated first, so two writers serialise on it (a row lock on
    PostgreSQL, the write lock on SQLite)."""
    head = conn.execute(select(t.audit_head).where(t.audit_head.c.id == 1)).first()
    if head is None:
        conn.execute(insert(t.audit_head).values(id=1, count=0, hash=GENESIS))
        count, prev = 0, GENESIS
    else:
        conn.execute(
            update(t.audit_head).where(t.audit_head.c.id == 1).values(count=t.audit_head.c.count)
        )
        head = conn.execute(select(t.audit_head).where(t.audit_head.c.id == 1)).one()
        count, prev = head.count, head.hash
    body = canonical(event)
    digest = chain_hash(prev, body)
    seq = count + 1
    conn.execute(insert(t.audit_log).values(seq=seq, event=body, prev_hash=prev, hash=digest))
    conn.execute(update(t.audit_head).where(t.audit_head.c.id == 1).values(count=seq, hash=digest))
    return seq


def events(conn: Connection) -> Iterator[tuple[int, dict[str, Any]]]:
    for row in conn.execute(select(t.audit_log).order_by(t.audit_log.c.seq)):
        yield row.seq, json.loads(row.event)


@dataclass(frozen=True)
class Verified:
    count: int
    head: str


def verify(conn: Connection) -> Verified:
    """Walk the chain; raise AuditBroken naming the first bad sequence number."""
    prev, expected = GENESIS, 1
    for row in conn.execute(select(t.audit_log).order_by(t.audit_log.c.seq)):
        if row.seq != expected:
            raise AuditBroken(
                f"audit log: event {expected} is missing (next is {row.seq}); events were deleted"
            )
        if row.prev_hash != prev:
            raise AuditBroken(f"audit log: event {row.seq} does not follow event {row.seq - 1}")
        if chain_hash(prev, row.event) != row.hash:
            raise AuditBroken(f"audit log: event {row.seq} was changed after it was written")
        prev, expected = row.hash, expected + 1
    count = expected - 1
    head = conn.execute(select(t.audit_head).where(t.audit_head.c.id == 1)).first()
    head_count, head_hash = (head.count, head.hash) if head else (0, GENESIS)
    if head_count != count or head_hash != prev:
        raise AuditBroken(
            f"audit log: the head records {head_count} events but {count} are present; "
            "the last events were deleted or the head was changed"
        )
    return Verified(count, prev)
