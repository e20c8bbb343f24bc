"""sealed23.jsonl is exactly what make_sealed23.py writes, and its labels are sound: the
checks the twenty-third to twenty-fifth sets share (tests/sealed_set_checks.py)."""

from __future__ import annotations

from .sealed_set_checks import LANGS, OrderedSetChecks, inn_ok, orgnr_ok, phone_ok


class TestSealed23(OrderedSetChecks):
    name = "sealed23"
    message_range = None  # some chats run to 28 messages
    plain_is_a_control_group = False  # plain chats have harder values too
    checksum_types = frozenset({"IBAN_CODE", "BANK_ACCOUNT", "NATIONAL_ID", "PHONE_NUMBER"})
    negative_checks = {
        "company_phone": dict.fromkeys(LANGS, phone_ok),
        "company_id": {"nb": orgnr_ok, "ru": inn_ok},
    }
