"""Working through the review queue: a decision updates the queue, appends its audit event
and adds its entry to the reviewed rules; export and import carry the queue elsewhere.

An item is a finding (confirm, reject, retype) or an undecided message (redact_message with
its type, redact_spans with the spans, nothing_personal); see
:mod:`privacyguard.store.review_queue`. Spans are given as ``{"start", "end", "type"}``
(offsets into the message's text) or ``{"text", "type"}`` (every occurrence of that text).

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
from privacyguard.store.review_queue import (
    DECISIONS,
    MESSAGE_DECISIONS,
    REDACT_MESSAGE,
    REDACT_SPANS,
    RETYPE,
    Item,
    Span,
    Turn,
)

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
    return Shown(item, text if item.is_message else text[item.start : item.end], turns)


def record_decision(
    store: Store, rules: ReviewedRules, item_id: int, decision: str, reviewer: str,
    new_type: str | None = None, *, known_types: Collection[str] | None = None,
    at: datetime | None = None, spans: list[Any] | None = None,
) -> int:  # fmt: skip
    """Decide one item; the audit event's seq. A finding item: confirm | reject | retype (with
    ``new_type``). A message item: redact_message (with ``new_type``) | redact_spans (with
    ``spans``, see the module doc) | nothing_personal."""
    if not reviewer.strip():
        raise PrivacyGuardError("a review decision needs a reviewer (--reviewer)")
    wanted = [new_type] + [s.get("type") if isinstance(s, dict) else None for s in spans or []]
    for etype in wanted:
        if etype and known_types is not None and etype not in known_types:
            raise PrivacyGuardError(f"review item {item_id}: {etype!r} is not an entity type "
                                    "of the rules")  # fmt: skip
    at = at or datetime.now(timezone.utc)
    with store.engine.begin() as conn:
        item = review_queue.get(conn, item_id)
        text = review_queue.field_text(conn, item)
        if not item.is_message:
            seq = review_queue.decide(conn, item_id, decision, reviewer, at, new_type)
            rules.add(text[item.start : item.end], item.entity_type, decision, new_type, item_id,
                      at.isoformat())  # fmt: skip
        else:
            marked = resolve_spans(text, spans or [], f"review item {item_id}")
            seq = review_queue.decide(conn, item_id, decision, reviewer, at, new_type, marked)
            if decision == REDACT_MESSAGE:
                marked = [Span(0, len(text), new_type or "")]
            rules.add_message(text, decision, [(s.start, s.end, s.entity_type) for s in marked],
                              item_id, at.isoformat())  # fmt: skip
        rules.save()
    return seq


def resolve_spans(text: str, specs: list[Any], where: str) -> list[Span]:
    """Spans given as {"start", "end", "type"} or {"text", "type"} (every occurrence), in
    text order; :class:`ReviewFileError` naming ``where`` for one that does not fit."""
    out: set[Span] = set()
    for n, spec in enumerate(specs, 1):
        if isinstance(spec, Span):
            out.add(spec)
            continue
        etype = spec.get("type") if isinstance(spec, dict) else None
        if not isinstance(etype, str) or not etype:
            raise ReviewFileError(f"{where}: span {n}: needs its entity type ('type')")
        if isinstance(spec.get("text"), str) and spec["text"]:
            found = [i for i in range(len(text)) if text.startswith(spec["text"], i)]
            if not found:
                raise ReviewFileError(f"{where}: span {n}: that text is not in the message")
            out.update(Span(i, i + len(spec["text"]), etype) for i in found)
            continue
        start, end = spec.get("start"), spec.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            raise ReviewFileError(f"{where}: span {n}: needs start < end inside the message's "
                                  f"text (0 to {len(text)}), or the text to redact")  # fmt: skip
        out.add(Span(start, end, etype))
    return sorted(out, key=lambda s: (s.start, s.end, s.entity_type))


def export_queue(store: Store, path: str | Path, around: int = 2) -> int:
    """Write the undecided items with their message and turns to ``path`` (JSON, owner-only:
    it holds message texts); how many."""
    with store.engine.connect() as conn:
        items = review_queue.pending(conn)
    out = []
    for item in items:
        s = show(store, item, around)
        row: dict[str, Any] = {
            "item": item.id, "kind": "message" if item.is_message else "finding",
            "finding": item.finding_id, "message": item.message_id,
            "message_ref": item.message_ref, "entity_type": item.entity_type,
            "field": item.field, "start": item.start, "end": item.end,
            "score": item.score, "recognizer": item.recognizer,
            "queued_at": item.queued_at.isoformat(), "candidate": s.candidate,
            "turns": [{"message": t.message_id, "sender": t.sender, "role": t.sender_role,
                       "sent_at": t.sent_at.isoformat() if t.sent_at else None, "text": t.text}
                      for t in s.turns],
            "decision": None, "new_type": None, "reviewer": None,
        }  # fmt: skip
        if item.is_message:
            row |= {"reason": item.reason, "detail": item.detail, "spans": None}
        out.append(row)
    doc = {"format": EXPORT_FORMAT, "decisions": list(DECISIONS),
           "message_decisions": list(MESSAGE_DECISIONS), "items": out}  # fmt: skip
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
    todo: list[tuple[int, str, str | None, str, list[Any]]] = []
    for n, entry in enumerate(doc.get("items") or [], 1):
        todo += _checked(path, n, entry, reviewer)
    with store.engine.connect() as conn:  # every item checked against the queue first
        for item_id, decision, _, _, spans in todo:
            item = review_queue.get(conn, item_id)
            where = f"{path}: item {item_id}"
            if decision not in item.decisions:
                raise ReviewFileError(f"{where}: decision must be one of "
                                      f"{', '.join(item.decisions)}")  # fmt: skip
            if spans:
                resolve_spans(review_queue.field_text(conn, item), spans, where)
    for item_id, decision, new_type, who, spans in todo:
        record_decision(store, rules, item_id, decision, who, new_type, known_types=known_types,
                        spans=spans)  # fmt: skip
    return {"decided": len(todo), "left": len(doc.get("items") or []) - len(todo)}


def _checked(path: str | Path, n: int, entry: Any, reviewer: str) -> list[Any]:
    where = f"{path}: item {n}"
    if not isinstance(entry, dict) or not isinstance(entry.get("item"), int):
        raise ReviewFileError(f"{where}: needs the item number ('item')")
    decision = entry.get("decision")
    if decision is None:
        return []
    if decision not in DECISIONS + MESSAGE_DECISIONS:
        raise ReviewFileError(
            f"{where}: decision must be one of {', '.join(DECISIONS)} (a finding) or "
            f"{', '.join(MESSAGE_DECISIONS)} (a message)"
        )
    new_type = entry.get("new_type")
    typed = REDACT_MESSAGE if decision in MESSAGE_DECISIONS else RETYPE
    if (decision == typed) != bool(new_type):
        raise ReviewFileError(f"{where}: a {typed} needs new_type, and only a {typed} takes one")
    spans = entry.get("spans") or []
    if (decision == REDACT_SPANS) != bool(spans) or not isinstance(spans, list):
        raise ReviewFileError(
            f"{where}: redact_spans needs spans (a list of start, end and type, or text and "
            "type), and only redact_spans takes them"
        )
    return [(entry["item"], decision, new_type, entry.get("reviewer") or reviewer, spans)]


def queue_stats(store: Store) -> dict[str, Any]:
    with store.engine.connect() as conn:
        return review_queue.stats(conn, datetime.now(timezone.utc))


def pending(store: Store, limit: int | None = None) -> list[Item]:
    with store.engine.connect() as conn:
        return review_queue.pending(conn, limit)
