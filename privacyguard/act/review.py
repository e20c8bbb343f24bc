"""Working through the review queue: a decision updates the queue, appends its audit event
and adds its entry to the reviewed rules; export and import carry the queue elsewhere.

A decision's queue row and audit event are written in one transaction, and the reviewed-rules
file is written (atomically) inside it: a file that cannot be written rolls the decision back.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from privacyguard.act.reviewed import ReviewedRules
from privacyguard.errors import PrivacyGuardError
from privacyguard.files import write_atomic
from privacyguard.store import Store, review_queue
from privacyguard.store.review_queue import DECISIONS, RETYPE, Item, Turn

EXPORT_FORMAT = "privacyguard-review/1"


class ReviewFileError(PrivacyGuardError):
    """A review export is not what ``review import`` takes; the message names file and item."""


@dataclass(frozen=True)
class Shown:
    """An item with what a reviewer needs to see: the candidate's text and the turns."""

    item: Item
    candidate: str
    turns: list[Turn]


def show(store: Store, item: Item, around: int = 2) -> Shown:
    with store.engine.connect() as conn:
        text = review_queue.field_text(conn, item)
        turns = review_queue.turns(conn, item, around)
    return Shown(item, text[item.start : item.end], turns)


def record_decision(
    store: Store, rules: ReviewedRules, item_id: int, decision: str, reviewer: str,
    new_type: str | None = None, *, known_types: Collection[str] | None = None,
    at: datetime | None = None,
) -> int:  # fmt: skip
    """Decide one item (confirm | reject | retype, with ``new_type``); the audit event's seq."""
    if not reviewer.strip():
        raise PrivacyGuardError("a review decision needs a reviewer (--reviewer)")
    if new_type and known_types is not None and new_type not in known_types:
        raise PrivacyGuardError(f"review item {item_id}: {new_type!r} is not an entity type "
                                "of the rules")  # fmt: skip
    at = at or datetime.now(timezone.utc)
    with store.engine.begin() as conn:
        item = review_queue.get(conn, item_id)
        value = review_queue.field_text(conn, item)[item.start : item.end]
        seq = review_queue.decide(conn, item_id, decision, reviewer, at, new_type)
        rules.add(value, item.entity_type, decision, new_type, item_id, at.isoformat())
        rules.save()
    return seq


def export_queue(store: Store, path: str | Path, around: int = 2) -> int:
    """Write the undecided items with their message and turns to ``path`` (JSON, owner-only:
    it holds message texts); how many."""
    with store.engine.connect() as conn:
        items = review_queue.pending(conn)
    out = []
    for item in items:
        s = show(store, item, around)
        out.append({
            "item": item.id, "finding": item.finding_id, "message": item.message_id,
            "message_ref": item.message_ref, "entity_type": item.entity_type,
            "field": item.field, "start": item.start, "end": item.end,
            "score": item.score, "recognizer": item.recognizer,
            "queued_at": item.queued_at.isoformat(), "candidate": s.candidate,
            "turns": [{"message": t.message_id, "sender": t.sender, "role": t.sender_role,
                       "sent_at": t.sent_at.isoformat() if t.sent_at else None, "text": t.text}
                      for t in s.turns],
            "decision": None, "new_type": None, "reviewer": None,
        })  # fmt: skip
    doc = {"format": EXPORT_FORMAT, "decisions": list(DECISIONS), "items": out}
    write_atomic(path, json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    return len(out)


def import_decisions(
    store: Store, rules: ReviewedRules, path: str | Path, reviewer: str,
    known_types: Collection[str] | None = None,
) -> dict[str, int]:  # fmt: skip
    """Record the decisions filled in an export (items left without one are skipped).
    Every item is checked before any is recorded; an item decided meanwhile is refused."""
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise ReviewFileError(f"{path}, line {e.lineno}: not valid JSON ({e.msg})") from None
    except OSError as e:
        raise ReviewFileError(f"{path}: cannot be read ({e.strerror})") from None
    if not isinstance(doc, dict) or doc.get("format") != EXPORT_FORMAT:
        raise ReviewFileError(f"{path}: not a review export (format {EXPORT_FORMAT})")
    todo: list[tuple[int, str, str | None, str]] = []
    for n, entry in enumerate(doc.get("items") or [], 1):
        todo += _checked(path, n, entry, reviewer)
    for item_id, decision, new_type, who in todo:
        record_decision(store, rules, item_id, decision, who, new_type, known_types=known_types)
    return {"decided": len(todo), "left": len(doc.get("items") or []) - len(todo)}


def _checked(path: str | Path, n: int, entry: Any, reviewer: str) -> list[Any]:
    where = f"{path}: item {n}"
    if not isinstance(entry, dict) or not isinstance(entry.get("item"), int):
        raise ReviewFileError(f"{where}: needs the item number ('item')")
    decision = entry.get("decision")
    if decision is None:
        return []
    if decision not in DECISIONS:
        raise ReviewFileError(f"{where}: decision must be one of {', '.join(DECISIONS)}")
    new_type = entry.get("new_type")
    if (decision == RETYPE) != bool(new_type):
        raise ReviewFileError(f"{where}: a retype needs new_type, and only a retype takes one")
    return [(entry["item"], decision, new_type, entry.get("reviewer") or reviewer)]


def queue_stats(store: Store) -> dict[str, Any]:
    with store.engine.connect() as conn:
        return review_queue.stats(conn, datetime.now(timezone.utc))


def pending(store: Store, limit: int | None = None) -> list[Item]:
    with store.engine.connect() as conn:
        return review_queue.pending(conn, limit)
