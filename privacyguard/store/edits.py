"""Changing stored messages in place: spans replaced by type tags and the findings moved
along (retention and erasure), senders and customers anonymised."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, update

from privacyguard.spans import Edit, splice
from privacyguard.store import tables as t

ANONYMOUS = "<ANONYMISED>"


def redact_stored(conn: Connection, msg, todo, rest, rule: str) -> int:  # type: ignore[no-untyped-def]
    """In a stored message, replace the spans of ``todo`` (findings, or anything with id,
    start, end, entity_type and field) by type tags, overlaps merged; mark those findings
    expired and move the offsets of ``rest`` along. Returns len(todo)."""
    spans: list[list[Any]] = []
    for f in sorted((f for f in todo if f.field == "text"), key=lambda f: (f.start, -f.end)):
        if spans and f.start < spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], f.end)
            spans[-1][3].append(f.id)
        else:
            spans.append([f.start, f.end, f.entity_type, [f.id]])
    edits = [Edit(s, e, f"<{et}>", et, rule, "retention", "") for s, e, et, _ in spans]
    text = splice(msg.text, edits)

    def moved(pos: int) -> int:
        shift = 0
        for e in edits:
            if e.end <= pos:
                shift += len(e.new) - (e.end - e.start)
            elif e.start < pos:  # inside a removed span: clamp to its tag
                return e.start + shift + len(e.new)
        return pos + shift

    conn.execute(update(t.messages).where(t.messages.c.id == msg.id).values(text=text))
    for (s, _e, _et, ids), ed in zip(spans, edits, strict=True):
        new_start = moved(s)
        conn.execute(
            update(t.findings)
            .where(t.findings.c.id.in_(ids))
            .values(expired=True, rule=rule, start=new_start, end=new_start + len(ed.new))
        )
    for f in rest:
        if f.field == "text":
            conn.execute(
                update(t.findings)
                .where(t.findings.c.id == f.id)
                .values(start=moved(f.start), end=moved(f.end))
            )
    return len(todo)
