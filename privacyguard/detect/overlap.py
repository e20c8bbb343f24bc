"""One finding per span: overlapping candidates are resolved by score, then length."""

from __future__ import annotations

from collections.abc import Iterable

from privacyguard.models import Finding


def resolve(candidates: Iterable[Finding], priority: dict[str, int]) -> list[Finding]:
    """Keep the strongest of each group of overlapping findings, in text order.

    Ties go to the longer span, then to the entity type listed first in `priority`
    (checksum-validated types before context-only ones).
    """
    ranked = sorted(
        candidates,
        key=lambda f: (-round(f.score, 6), -(f.end - f.start), priority.get(f.entity_type, 99)),
    )
    kept: list[Finding] = []
    for f in ranked:
        if all(f.end <= k.start or k.end <= f.start for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: (f.start, f.end))
