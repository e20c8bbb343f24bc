"""sealed27.jsonl is exactly what make_sealed27.py writes, and its labels are sound: the
shared checks (tests/sealed_set_checks.py) and this set's own."""

from __future__ import annotations

from .sealed_set_checks import SectorSetChecks


class TestSealed27(SectorSetChecks):
    name = "sealed27"
