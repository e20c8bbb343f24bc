"""sealed25.jsonl is exactly what make_sealed25.py writes, and its labels are sound: the
checks the twenty-third to twenty-fifth sets share (tests/sealed_set_checks.py)."""

from __future__ import annotations

from .sealed_set_checks import LANGS, OrderedSetChecks, iban_ok, phone_ok


class TestSealed25(OrderedSetChecks):
    name = "sealed25"
    negative_checks = {
        "company_phone": dict.fromkeys(LANGS, phone_ok),
        "company_account": {"en": iban_ok, "nl": iban_ok, "nb": iban_ok},
    }
