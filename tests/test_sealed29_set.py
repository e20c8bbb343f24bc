"""sealed29.jsonl is exactly what make_sealed29.py writes, and its labels are sound: the
shared checks (tests/sealed_set_checks.py) and this set's own."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import phonenumbers

from .sealed_set_checks import INVISIBLE, LANGS, REGION, WHOLE, SealedSetChecks, conversations


class TestSealed29(SealedSetChecks):
    name = "sealed29"

    def test_twenty_sectors_each_with_its_company_in_every_language(
        self, records: list[dict], gen
    ) -> None:
        assert len(gen.SECTORS) == 20
        names: dict[str, set[str]] = defaultdict(set)
        for r in records:
            for n in r["negatives"]:
                if n["kind"] == "company_name":
                    names[r["lang"]].add(r["text"][n["start"] : n["end"]])
        for lang in LANGS:
            assert names[lang] == {s["co"][lang] for s in gen.SECTORS}, lang

    def test_phones_mobile_and_landline_national_and_international(
        self, records: list[dict]
    ) -> None:
        kinds: dict[str, set[str]] = defaultdict(set)
        for r in records:
            for e in r["entities"]:
                if e["type"] != "PHONE_NUMBER" or e["class"] not in WHOLE:
                    continue
                frag = r["text"][e["start"] : e["end"]]
                num = phonenumbers.parse(frag, REGION[r["lang"]])
                t = phonenumbers.number_type(num)
                kinds[r["lang"]].add(
                    "mobile" if t == phonenumbers.PhoneNumberType.MOBILE else "other"
                )
                kinds[r["lang"]].add("intl" if frag.startswith(("+", "00")) else "national")
        for lang in LANGS:
            assert kinds[lang] == {"mobile", "other", "intl", "national"}, (lang, kinds[lang])

    def test_hard_negatives_of_every_kind_in_every_language(self, records: list[dict]) -> None:
        kinds: dict[str, Counter[str]] = defaultdict(Counter)
        for r in records:
            for n in r["negatives"]:
                kinds[r["lang"]][n["kind"]] += 1
        for lang in LANGS:
            assert set(kinds[lang]) >= {
                "company_name",
                "company_phone",
                "company_email",
                "company_address",
                "company_account",
                "order_number",
                "case_number",
                "invoice_number",
                "travel_date",
                "appointment_date",
                "destination",
                "branch",
                "amount",
                "time",
                "quantity",
                "product_code",
                "room_number",
                "company_id",
                "voucher_code",
                "tracking_number",
            }, (lang, kinds[lang])

    def test_spelled_out_emails_use_the_customers_language(self, records: list[dict]) -> None:
        words = {
            "en": ("at", "dot"),
            "nl": ("apenstaart", "punt"),
            "nb": ("krøll", "prikk"),
            "ru": ("собак", "точка"),
        }
        seen: dict[str, set[str]] = defaultdict(set)
        for r in records:
            for e in r["entities"]:
                if e["type"] == "EMAIL_ADDRESS" and e["class"] == "disguised":
                    frag = r["text"][e["start"] : e["end"]]
                    for w in words[r["lang"]]:
                        if w in frag:
                            seen[r["lang"]].add(w)
        for lang in LANGS:
            assert seen[lang] == set(words[lang]), lang

    def test_questions_are_varied(self, records: list[dict]) -> None:
        """Many different agent questions per language, not a handful of templates."""
        asked: dict[str, set[str]] = defaultdict(set)
        for r in records:
            if r["role"] == "agent" and r["text"].rstrip().endswith("?"):
                asked[r["lang"]].add(r["text"])
        for lang in LANGS:
            assert len(asked[lang]) >= 150, (lang, len(asked[lang]))

    def test_split_values_cut_in_two_and_three_and_corrected(self, records: list[dict]) -> None:
        """Every split chat has two split values; some are cut in three (five or six parts)."""
        shapes: dict[str, set[int]] = defaultdict(set)
        for msgs in conversations(records).values():
            parts = [m for m in msgs if any(e["class"] == "split" for e in m["entities"])]
            if parts:
                shapes[parts[0]["lang"]].add(len(parts))
        for lang in LANGS:
            assert shapes[lang] >= {4, 5}, (lang, shapes[lang])

    def test_customer_numbers_in_many_shapes(self, records: list[dict]) -> None:
        """Customer numbers: digits only, grouped, with letters, dots and dashes."""
        shapes: dict[str, set[str]] = defaultdict(set)
        for r in records:
            for e in r["entities"]:
                if e["type"] == "CUSTOMER_NUMBER" and e["class"] in WHOLE:
                    frag = r["text"][e["start"] : e["end"]]
                    shapes[r["lang"]].add(re.sub(r"\d+", "9", re.sub("[A-Z]+", "A", frag)))
        for lang in LANGS:
            assert len(shapes[lang]) >= 5, (lang, shapes[lang])

    def test_disguised_values_use_every_trick(self, records: list[dict]) -> None:
        """Number words, zero-width characters and look-alike letters in every language."""
        tricks: dict[str, set[str]] = defaultdict(set)
        for r in records:
            for e in r["entities"]:
                if e["class"] != "disguised" or e["type"] == "EMAIL_ADDRESS":
                    continue
                frag = r["text"][e["start"] : e["end"]]
                if INVISIBLE.search(frag):
                    tricks[r["lang"]].add("invisible")
                elif " " in frag:
                    tricks[r["lang"]].add("words")
                else:
                    tricks[r["lang"]].add("homoglyph")
        for lang in LANGS:
            assert tricks[lang] == {"invisible", "words", "homoglyph"}, (lang, tricks[lang])

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
        kinds: dict[str, set[str]] = defaultdict(set)
        for r in records:
            if r["role"] != "customer" or len(r["negatives"]) != 1 or r["entities"]:
                continue
            n = r["negatives"][0]
            if r["text"][n["start"] : n["end"]] == r["text"].strip():
                kinds[r["lang"]].add(n["kind"])
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
