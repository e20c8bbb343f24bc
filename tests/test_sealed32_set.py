"""sealed32.jsonl is exactly what make_sealed32.py writes, and its labels are sound: the
shared checks (tests/sealed_set_checks.py) and this set's own."""

from __future__ import annotations

from .sealed_set_checks import (
    NEGATIVE_KINDS,
    BriefSetChecks,
)


class TestSealed32(BriefSetChecks):
    name = "sealed32"
    negative_kinds = NEGATIVE_KINDS | {"company_id", "voucher_code", "tracking_number", "quantity"}
