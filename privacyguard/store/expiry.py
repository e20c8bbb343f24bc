"""The store's side of retention (:mod:`privacyguard.act.retention` decides what is due):
the rows that may be due, the record of runs, and deleting or rewriting what is due with
its tombstones first. Every function runs in the caller's transaction."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, or_, select, update

from privacyguard.store import tables as t
from privacyguard.store import tombstones as ts
from privacyguard.store.edits import ANONYMOUS, redact_stored

# --- what may be due (the caller decides exactly) -------------------------------------------


def conversations_inactive_since(conn: Connection, bound: datetime) -> Iterator[Any]:
    """(id, channel, last_activity) of conversations last active up to ``bound``, by id."""
    c = t.conversations.c
    q = select(c.id, c.channel, c.last_activity).where(c.last_activity <= bound)
    yield from conn.execute(q.order_by(c.id))


def messages_sent_since(conn: Connection, bound: datetime) -> Iterator[Any]:
    """(id, conversation_id, sent_at, channel) of messages sent up to ``bound``, by id."""
    m, c = t.messages.c, t.conversations.c
    q = (
        select(m.id, m.conversation_id, m.sent_at, c.channel)
        .join(t.conversations, c.id == m.conversation_id)
        .where(m.sent_at <= bound)
    )
    yield from conn.execute(q.order_by(m.id))


def live_entity_types(conn: Connection) -> list[str]:
    """The entity types of findings retention has not expired."""
    f = t.findings.c
    q = select(f.entity_type).where(f.expired.is_(False)).distinct()
    return list(conn.execute(q).scalars())


def live_findings_since(conn: Connection, bound: datetime) -> Iterator[Any]:
    """(id, entity_type, field, mid, sent_at, conversation_id, last_activity, channel) of the
    findings not expired whose message was sent, or conversation last active, up to
    ``bound``; by message and finding."""
    m, c, f = t.messages.c, t.conversations.c, t.findings.c
    q = (
        select(f.id, f.entity_type, f.field, m.id.label("mid"), m.sent_at, m.conversation_id,
               c.last_activity, c.channel)  # fmt: skip
        .join(t.messages, m.id == f.message_id)
        .join(t.conversations, c.id == m.conversation_id)
        .where(f.expired.is_(False), or_(m.sent_at <= bound, c.last_activity <= bound))
        .order_by(m.id, f.id)
    )
    yield from conn.execute(q)


# --- runs -------------------------------------------------------------------------------------


def mark_interrupted_runs(conn: Connection) -> list[int]:
    """Runs still ``running`` (the caller holds the run lock, so they were killed) become
    ``interrupted``; their ids."""
    r = t.retention_runs.c
    ids = list(conn.execute(select(r.id).where(r.status == "running").order_by(r.id)).scalars())
    if ids:
        conn.execute(update(t.retention_runs).where(r.id.in_(ids)).values(status="interrupted"))
    return ids


def start_run(conn: Connection, *, as_of: datetime, policy: str, at: datetime) -> int:
    run_id = conn.execute(
        insert(t.retention_runs).values(
            as_of=as_of, policy=policy, started_at=at, status="running", batches=0
        )
    ).inserted_primary_key[0]  # type: ignore[index]
    return int(run_id)


def count_batch(conn: Connection, run_id: int) -> None:
    r = t.retention_runs
    conn.execute(update(r).where(r.c.id == run_id).values(batches=r.c.batches + 1))


def finish_run(conn: Connection, run_id: int, at: datetime) -> None:
    r = t.retention_runs
    conn.execute(update(r).where(r.c.id == run_id).values(status="done", finished_at=at))


# --- doing it ---------------------------------------------------------------------------------


def delete_conversations(
    conn: Connection, digests: Any, wanted: Iterable[int], *, cause: str, ref: str,
    now: datetime,
) -> tuple[list[int], int]:  # fmt: skip
    """Delete the conversations of ``wanted`` still there, with their messages and findings,
    each message tombstoned first (the deleted rows come back for that: no second read).
    Returns the ids deleted and the tombstones written."""
    m, c, f = t.messages.c, t.conversations.c, t.findings.c
    q = select(c.id, c.source, c.external_id).where(c.id.in_(list(wanted)))
    convs = {r.id: (r.source, r.external_id) for r in conn.execute(q)}
    ids = sorted(convs)
    if not ids:
        return [], 0
    mids = select(m.id).where(m.conversation_id.in_(ids))
    conn.execute(delete(t.findings).where(f.message_id.in_(mids)))
    returning = delete(t.messages).where(m.conversation_id.in_(ids))
    gone = ts.plain_rows(conn, returning.returning(m.conversation_id, m.external_id, m.text))
    gone.sort(key=lambda r: r[0])
    stones = ts.record_rows(
        conn, digests, [(cid, *convs[cid], msg, text) for cid, msg, text in gone],
        cause=cause, action=ts.DELETED, ref=ref, now=now,
    )  # fmt: skip
    conn.execute(delete(t.conversations).where(c.id.in_(ids)))
    return ids, stones


def delete_messages(
    conn: Connection, digests: Any, wanted: Iterable[int], *, cause: str, ref: str,
    now: datetime,
) -> tuple[list[int], int]:  # fmt: skip
    """Delete the messages of ``wanted`` still there with their findings, tombstoned first.
    Returns the ids deleted and the tombstones written."""
    m, f = t.messages.c, t.findings.c
    ids = sorted(conn.execute(select(m.id).where(m.id.in_(list(wanted)))).scalars().all())
    if not ids:
        return [], 0
    stones = ts.record(conn, digests, m.id.in_(ids), cause=cause, action=ts.DELETED, ref=ref,
                       now=now)  # fmt: skip
    conn.execute(delete(t.findings).where(f.message_id.in_(ids)))
    conn.execute(delete(t.messages).where(m.id.in_(ids)))
    return ids, stones


def rewrite_message(
    conn: Connection, digests: Any, message_id: int, finding_ids: Iterable[int], *,
    anonymise_sender: bool, rule: str, cause: str, ref: str, now: datetime,
) -> tuple[int, int]:  # fmt: skip
    """Tombstone the message, then rewrite what is still there of it: the spans of these
    findings replaced by type tags, or the sender anonymised. Returns the units changed (0
    when the message or the findings are gone) and the tombstones written."""
    m = t.messages.c
    stones = ts.record(conn, digests, m.id == message_id, cause=cause, action=ts.REDACTED,
                       ref=ref, now=now)  # fmt: skip
    msg = conn.execute(select(t.messages).where(m.id == message_id)).first()
    if msg is None:
        return 0, stones
    f = t.findings.c
    rows = conn.execute(
        select(t.findings).where(f.message_id == message_id, f.expired.is_(False))
    ).all()
    wanted = set(finding_ids)
    todo = [r for r in rows if r.id in wanted]
    if not todo:
        return 0, stones
    if anonymise_sender:
        conn.execute(update(t.messages).where(m.id == message_id).values(sender=ANONYMOUS))
        conn.execute(
            update(t.findings)
            .where(f.id.in_([r.id for r in todo]))
            .values(expired=True, rule=rule, start=0, end=len(ANONYMOUS))
        )
        return 1, stones
    rest = [r for r in rows if r.id not in wanted]
    return redact_stored(conn, msg, todo, rest, rule), stones
