"""Spans of a text and what replaces them: the edits redaction, retention and erasure make,
and applying them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Edit:
    """One span of the original text and what replaced it."""

    start: int
    end: int
    new: str
    entity_type: str
    rule: str
    operator: str
    cite: str
    kept: bool = False


def splice(text: str, edits: Sequence[Edit]) -> str:
    parts, pos = [], 0
    for e in sorted(edits, key=lambda e: e.start):
        parts.append(text[pos : e.start])
        parts.append(e.new)
        pos = e.end
    parts.append(text[pos:])
    return "".join(parts)
