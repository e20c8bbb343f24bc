"""Changing stored messages in place: spans replaced by type tags and the findings moved
along (retention and erasure), senders and customers anonymised."""

from __future__ import annotations

from sqlalchemy import Connection, update

from privacyguard.spans import tag_spans
from privacyguard.store import tables as t

ANONYMOUS = "<ANONYMISED>"


def redact_stored(conn: Connection, msg, todo, rest, rule: str) -> int:  # type: ignore[no-untyped-def]
    """In a stored message, replace the spans of ``todo`` (findings, or anything with id,
    start, end, entity_type and field) by type tags, overlaps merged; mark those findings
    expired and move the offsets of ``rest`` along. Returns len(todo)."""
    texts = [f for f in todo if f.field == "text"]
    tagged = tag_spans(msg.text, [(f.start, f.end, f.entity_type, f.id) for f in texts], rule)
    conn.execute(update(t.messages).where(t.messages.c.id == msg.id).values(text=tagged.text))
    for start, end, ids in tagged.tags:
        conn.execute(
            update(t.findings)
            .where(t.findings.c.id.in_(ids))
            .values(expired=True, rule=rule, start=start, end=end)
        )
    for f in rest:
        if f.field == "text":
            conn.execute(
                update(t.findings)
                .where(t.findings.c.id == f.id)
                .values(start=tagged.moved(f.start), end=tagged.moved(f.end))
            )
    return len(todo)
