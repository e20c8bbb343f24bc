"""Spans of a text and what replaces them: the edits redaction, retention and erasure make,
and applying them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar


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


T = TypeVar("T")


@dataclass(frozen=True)
class Tagged(Generic[T]):
    """A text whose spans were replaced by type tags (retention, erasure): the new text,
    each merged span's tag position with the items it covered, and where an old offset
    moved to."""

    text: str
    tags: list[tuple[int, int, list[T]]]  # start and end of the tag in `text`, its items
    edits: list[Edit]

    def moved(self, pos: int) -> int:
        """Where offset `pos` of the old text is in the new one (inside a replaced span: the
        end of its tag)."""
        shift = 0
        for e in self.edits:
            if e.end <= pos:
                shift += len(e.new) - (e.end - e.start)
            elif e.start < pos:
                return e.start + shift + len(e.new)
        return pos + shift


def tag_spans(
    text: str, items: Sequence[tuple[int, int, str, T]], rule: str
) -> Tagged[T]:
    """Replace the spans (start, end, entity type, item) of `text` by `<TYPE>` tags,
    overlapping spans merged into one tag of the first span's type."""
    merged: list[list[Any]] = []
    for start, end, entity_type, item in sorted(items, key=lambda i: (i[0], -i[1])):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            merged[-1][3].append(item)
        else:
            merged.append([start, end, entity_type, [item]])
    edits = [Edit(s, e, f"<{et}>", et, rule, "retention", "") for s, e, et, _ in merged]
    result: Tagged[T] = Tagged(splice(text, edits), [], edits)
    for (s, _e, _et, members), ed in zip(merged, edits, strict=True):
        start = result.moved(s)
        result.tags.append((start, start + len(ed.new), members))
    return result
