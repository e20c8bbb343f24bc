"""sealed24.jsonl is exactly what make_sealed24.py writes, and its labels are sound: the
checks the twenty-third to twenty-fifth sets share (tests/sealed_set_checks.py)."""

from __future__ import annotations

import re

from .sealed_set_checks import (
    LANGS,
    OrderedSetChecks,
    iban_ok,
    inn_ok,
    kontonr_ok,
    orgnr_ok,
    phone_ok,
)

NINO = re.compile(r"[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]")


class TestSealed24(OrderedSetChecks):
    name = "sealed24"
    checked_in_every_language = frozenset({"NATIONAL_ID"})
    checks_zero_width_disguises = True
    negative_checks = {
        "company_phone": dict.fromkeys(LANGS, phone_ok),
        "company_id": {"nb": orgnr_ok, "ru": inn_ok},
        "company_account": {"nb": kontonr_ok, "nl": iban_ok},
    }

    def national_insurance_ok(self, v: str) -> bool:
        """Spaces optional, any case."""
        return NINO.fullmatch(v.upper()) is not None
