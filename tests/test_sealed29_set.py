"""sealed29.jsonl is exactly what make_sealed29.py writes, and its labels are sound: the
shared checks (tests/sealed_set_checks.py) and this set's own."""

from __future__ import annotations

from collections import Counter, defaultdict

from .sealed_set_checks import LANGS, NEGATIVE_KINDS, ShapeSetChecks, bare_negative_kinds


class TestSealed29(ShapeSetChecks):
    name = "sealed29"
    negative_kinds = NEGATIVE_KINDS | {"company_id", "voucher_code", "tracking_number"}

    def test_lists_hold_several_people_or_accounts(self, records: list[dict]) -> None:
        """Every list message has at least two names or two values of one type."""
        for r in records:
            ents = [e for e in r["entities"] if e["class"] == "list"]
            if not ents:
                continue
            per_type = Counter(e["type"] for e in ents)
            assert max(per_type.values()) >= 2, (r["message_id"], per_type)

    def test_hard_negatives_as_bare_answers(self, records: list[dict]) -> None:
        """Order, invoice and case numbers given to a customer-number question, other dates to
        a birth-date question, destinations as a bare answer: in every language."""
        kinds = bare_negative_kinds(records)
        for lang in LANGS:
            assert kinds[lang] >= {
                "order_number",
                "invoice_number",
                "case_number",
                "voucher_code",
                "destination",
                "travel_date",
                "appointment_date",
            }, (lang, kinds[lang])

    def test_customer_numbers_in_every_class(self, records: list[dict]) -> None:
        seen: dict[str, set[str]] = defaultdict(set)
        for r in records:
            for e in r["entities"]:
                if e["type"] == "CUSTOMER_NUMBER":
                    seen[r["lang"]].add(e["class"])
        for lang in LANGS:
            assert seen[lang] >= {"bare_answer", "list", "split", "disguised", "plain"}, lang

    def test_addresses_without_cue_are_alone_in_their_message(self, records: list[dict]) -> None:
        for r in records:
            for e in r["entities"]:
                if e["class"] == "address_no_cue":
                    assert r["role"] == "customer"
                    assert r["text"][: e["start"]].strip() == "", r["message_id"]
