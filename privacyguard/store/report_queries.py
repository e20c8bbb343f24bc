"""The queries behind the audit report (SQLAlchemy Core; SQLite and PostgreSQL), kept in the
store so that no module outside it builds SQL against its tables.

Every function takes an open connection and returns plain values. Nothing here reads message
texts or customer identifiers: findings are counted by type, channel, language and age, and a
customer hold is listed without its value.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, case, desc, func, select

from privacyguard.store import audit
from privacyguard.store import tables as t
from privacyguard.store.sql import utc

#: (label, minimum age); a message falls in the first bucket whose minimum it reaches
AGE_BUCKETS: tuple[tuple[str, timedelta], ...] = (
    ("> 2 y", timedelta(days=730)),
    ("1–2 y", timedelta(days=365)),
    ("90 d–1 y", timedelta(days=90)),
    ("30–90 d", timedelta(days=30)),
    ("< 30 d", timedelta(0)),
)
AFTER_AS_OF = "after as-of"  # sent after the report's moment (a report for a past date)
UNKNOWN = "unknown"
#: the order in which the age buckets are shown, youngest first
AGE_ORDER = (*(label for label, _ in reversed(AGE_BUCKETS)), UNKNOWN, AFTER_AS_OF)
DIMENSIONS = ("entity_type", "channel", "language", "age")
SUBJECT_PREFIX = "subject."
LATEST = 20


def _count(conn: Connection, table: Any) -> int:
    return int(conn.execute(select(func.count()).select_from(table)).scalar() or 0)


def totals(conn: Connection) -> dict[str, int]:
    f = t.findings.c
    present = select(func.count()).where(f.expired.is_(False))
    return {
        "conversations": _count(conn, t.conversations),
        "messages": _count(conn, t.messages),
        "findings": _count(conn, t.findings),
        "findings_present": int(conn.execute(present).scalar() or 0),
        "channels": int(
            conn.execute(select(func.count(func.distinct(t.conversations.c.channel)))).scalar() or 0
        ),
    }


def findings_breakdown(conn: Connection, as_of: datetime) -> dict[str, list[dict[str, Any]]]:
    """Findings per entity type, channel, language and age bucket: for each key the number
    still present and the number expired (span rewritten to a type tag by retention)."""
    m, f, c = t.messages.c, t.findings.c, t.conversations.c
    sent = m.sent_at
    bucket = case(
        (sent.is_(None), UNKNOWN),
        (sent > as_of, AFTER_AS_OF),
        *((sent <= as_of - age, label) for label, age in AGE_BUCKETS),
        else_=AGE_BUCKETS[-1][0],
    ).label("age")
    # group in an outer query: PostgreSQL would not match the CASE's bound parameters in
    # GROUP BY with those in the select list
    rows = (
        select(
            f.entity_type,
            c.channel,
            func.coalesce(m.lang, UNKNOWN).label("language"),
            bucket,
            f.expired,
        )
        .join(t.messages, m.id == f.message_id)
        .join(t.conversations, c.id == m.conversation_id)
        .subquery()
    )
    keys = [rows.c[d] for d in DIMENSIONS]
    q = select(*keys, rows.c.expired, func.count().label("n")).group_by(*keys, rows.c.expired)
    counts: dict[str, Counter[tuple[str, bool]]] = defaultdict(Counter)
    for r in conn.execute(q):
        for d in DIMENSIONS:
            counts[d][(str(r._mapping[d]), bool(r.expired))] += int(r.n)
    out: dict[str, list[dict[str, Any]]] = {}
    for d in DIMENSIONS:
        names = {k for k, _ in counts[d]}
        if d == "age":
            order = [a for a in AGE_ORDER if a != AFTER_AS_OF or a in names]
        else:  # most first, then by name
            order = sorted(names, key=lambda k: (-counts[d][(k, False)] - counts[d][(k, True)], k))
        out[d] = [
            {"key": k, "present": counts[d][(k, False)], "expired": counts[d][(k, True)]}
            for k in order
        ]
    return out


def overdue(plan_json: dict[str, Any]) -> dict[str, Any]:
    """The retention plan grouped per rule and action (channels summed), and what holds keep."""

    def group(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        sums: Counter[tuple[str, str, str]] = Counter()
        for r in rows:
            sums[(r["rule"], r["action"], r["cite"])] += int(r["count"])
        return [
            {"rule": rule, "action": action, "cite": cite, "count": n}
            for (rule, action, cite), n in sorted(sums.items())
        ]

    return {
        "total": plan_json["total"],
        "total_held_back": plan_json["total_held_back"],
        "by_rule": group(plan_json["actions"]),
        "held_back_by_rule": group(plan_json["held_back"]),
        "by_channel": plan_json["actions"],
        "held_back_by_channel": plan_json["held_back"],
    }


def _iso(value: datetime | None) -> str | None:
    v = utc(value)
    return v.isoformat() if v else None


def retention_runs(conn: Connection, limit: int = LATEST) -> list[dict[str, Any]]:
    r = t.retention_runs.c
    q = select(t.retention_runs).order_by(desc(r.started_at), desc(r.id)).limit(limit)
    return [
        {
            "id": row.id,
            "as_of": _iso(row.as_of),
            "policy": row.policy,
            "started_at": _iso(row.started_at),
            "finished_at": _iso(row.finished_at),
            "status": row.status,
            "batches": row.batches,
        }
        for row in conn.execute(q)
    ]


def holds(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Legal holds as list_holds gives them, minus the value of a customer hold (personal
    data); a conversation id or a channel name is kept, it says what is held."""
    keep = ("id", "kind", "reason", "created_at", "operator")
    return [
        {**{k: h.get(k) for k in keep}, "value": None if h["kind"] == "customer" else h["value"]}
        for h in rows
    ]


def subject_requests(conn: Connection, limit: int = LATEST) -> dict[str, Any]:
    """Subject requests from the audit log: counts and integer sums per kind, the latest few.

    Events are canonical JSON (sorted keys, no spaces), so a LIKE narrows the scan; the
    parsed event is checked again. Keys other than the known ones are kept as they are."""
    a = t.audit_log.c
    q = select(a.seq, a.event).where(a.event.like('%"event":"subject.%')).order_by(a.seq)
    per_kind: Counter[str] = Counter()
    sums: dict[str, Counter[str]] = defaultdict(Counter)
    latest: list[dict[str, Any]] = []
    for seq, body in conn.execute(q):
        try:
            ev = json.loads(body)
        except ValueError:
            continue  # the chain check reports a damaged row
        name = ev.get("event") if isinstance(ev, dict) else None
        if not isinstance(name, str) or not name.startswith(SUBJECT_PREFIX):
            continue
        kind = name[len(SUBJECT_PREFIX) :]
        per_kind[kind] += 1
        for k, v in ev.items():
            if isinstance(v, int) and not isinstance(v, bool):
                sums[kind][k] += v
        latest.append({"seq": seq, "kind": kind, **{k: v for k, v in ev.items() if k != "event"}})
        latest = latest[-limit:]
    return {
        "total": sum(per_kind.values()),
        "by_kind": [
            {"kind": k, "count": n, "sums": dict(sorted(sums[k].items()))}
            for k, n in sorted(per_kind.items())
        ],
        "latest": latest[::-1],
    }


def chain_status(conn: Connection) -> dict[str, Any]:
    """OK with the event count and head hash, or BROKEN with the reason."""
    try:
        v = audit.verify(conn)
    except audit.AuditBroken as e:
        return {"status": "BROKEN", "error": str(e), "events": _count(conn, t.audit_log),
                "head": None}  # fmt: skip
    return {"status": "OK", "error": None, "events": v.count, "head": v.head}
