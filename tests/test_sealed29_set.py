"""sealed29.jsonl is exactly what make_sealed29.py writes, and its labels are sound: the
shared checks (tests/sealed_set_checks.py) and this set's own."""

from __future__ import annotations

from .sealed_set_checks import NEGATIVE_KINDS, AnswerAndListChecks


class TestSealed29(AnswerAndListChecks):
    name = "sealed29"
    negative_kinds = NEGATIVE_KINDS | {"company_id", "voucher_code", "tracking_number"}

    # the twenty-ninth set gives no tracking number alone as an answer
    bare_negatives = AnswerAndListChecks.bare_negatives - {"tracking_number"}
