"""sealed26.jsonl is exactly what make_sealed26.py writes, and its labels are sound (the
shared checks: tests/sealed_set_checks.py)."""

from __future__ import annotations

from .sealed_set_checks import SealedSetChecks


class TestSealed26(SealedSetChecks):
    name = "sealed26"
