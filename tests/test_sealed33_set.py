"""sealed33.jsonl is exactly what make_sealed33.py writes, and its labels are sound: the
shared checks (tests/sealed_set_checks.py) and this set's own."""

from __future__ import annotations

from collections import Counter

from .sealed_set_checks import (
    LANGS,
    NEGATIVE_KINDS,
    BriefSetChecks,
)


class TestSealed33(BriefSetChecks):
    name = "sealed33"
    negative_kinds = NEGATIVE_KINDS | {"company_id", "voucher_code", "tracking_number", "quantity"}

    def test_generator_is_deterministic(self, gen) -> None:
        assert gen.generate() == gen.generate()

    def test_read_backs_and_declines_are_there(self, records: list[dict], gen) -> None:
        """The agent reads personal values back (labelled as the customer's data), and
        customers decline to give some values."""
        readbacks: Counter[str] = Counter()
        declines: Counter[str] = Counter()
        for r in records:
            if r["role"] == "agent" and r["entities"] and not r["message_id"].endswith("-01"):
                readbacks[r["lang"]] += 1
            if r["role"] == "customer" and r["text"] in gen.DECLINE_C[r["lang"]]:
                declines[r["lang"]] += 1
        for lang in LANGS:
            assert readbacks[lang] >= 20 and declines[lang] >= 20, (lang, readbacks, declines)
