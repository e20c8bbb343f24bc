"""One finding per span: overlapping candidates are resolved by score, then length."""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable

from privacyguard.models import Finding


def resolve(candidates: Iterable[Finding], priority: dict[str, int]) -> list[Finding]:
    """Keep the strongest of each group of overlapping findings, in text order.

    Ties go to the longer span, then to the entity type listed first in `priority`
    (checksum-validated types before context-only ones).
    """
    if not isinstance(candidates, list):
        candidates = list(candidates)
    if len(candidates) <= 1:
        return list(candidates)  # nothing to resolve (most texts)
    in_order = sorted(candidates, key=lambda f: (f.start, f.end))
    reach = -1
    for f in in_order:
        if f.start >= f.end or f.start < reach:
            break  # an empty span, or two that overlap: ranked below
        reach = f.end
    else:
        return in_order  # no two overlap: every one is kept (most texts with findings)
    ranked = sorted(
        candidates,
        key=lambda f: (-round(f.score, 6), -(f.end - f.start), priority.get(f.entity_type, 99)),
    )
    taken = _Taken(max((f.end for f in ranked), default=0))
    kept = [f for f in ranked if taken.claim(f.start, f.end)]
    return sorted(kept, key=lambda f: (f.start, f.end))


class _Taken:
    """The characters of the spans kept so far, so that testing a candidate costs its own
    length, not the number of spans kept (10,000s of findings in a hostile message made
    the pairwise test quadratic). Spans [s, e) and [a, b) overlap when a < e and s < b;
    an empty span overlaps a kept span that has it strictly inside."""

    def __init__(self, size: int):
        self.marks = bytearray(size + 1)  # 1 for every character of a kept span
        self.starts: set[int] = set()  # where kept non-empty spans start
        self.empty: list[int] = []  # kept empty spans, sorted

    def claim(self, start: int, end: int) -> bool:
        """Keep [start, end) unless it overlaps a kept span."""
        if start >= end:
            inside = start > 0 and self.marks[start - 1] and self.marks[start]
            if inside and start not in self.starts:
                return False
            insort(self.empty, start)
            return True
        if self.marks.find(1, start, end) != -1:
            return False
        i = bisect_left(self.empty, start + 1)
        if i < len(self.empty) and self.empty[i] < end:
            return False  # a kept empty span strictly inside
        self.marks[start:end] = b"\x01" * (end - start)
        self.starts.add(start)
        return True
