"""sealed31.jsonl is exactly what make_sealed31.py writes, and its labels are sound: the
shared checks (tests/sealed_set_checks.py) and this set's own."""

from __future__ import annotations

from collections import Counter, defaultdict

from .sealed_set_checks import (
    LANGS,
    NEGATIVE_KINDS,
    ShapeSetChecks,
    bare_negative_kinds,
    conversations,
)

#: sectors of the earlier sets, generic and recent (the brief of this set): none is reused
EARLIER_SECTORS = {
    "airline",
    "bank",
    "insurer",
    "telecom",
    "hotel",
    "utilities",
    "retail",
    "healthcare",
    "travel agency",
    "car rental",
    "government",
    "shipping",
    "funeral home",
    "wedding venue",
    "marina berth",
    "riding stable",
    "escape room",
    "locksmith",
    "tattoo studio",
    "chimney sweep",
    "piano tuner",
    "campsite",
    "sailing school",
    "fishing permits",
    "genealogy archive",
    "translation agency",
    "print shop",
    "photo studio",
    "coworking",
    "orthodontist",
    "hearing-aid centre",
    "driving-test booking",
    "allotment association",
    "blood donor register",
    "bicycle courier",
    "boiler service",
    "moving-crate hire",
    "flower subscription",
    "catering",
    "bridal shop",
    "kite-surf school",
    "glass collection",
    "pest control",
    "tree surgery",
    "roofing",
    "window cleaning",
    "carpet cleaning",
    "sign-language interpreting",
    "model-railway shop",
    "board-game cafe",
    "climbing centre",
    "stargazing tours",
    "airport valet parking",
    "au pair agency",
    "pet relocation",
    "dive centre",
    "hot-air balloon flights",
    "ski school",
    "dog grooming",
    "self storage",
    "student housing",
    "yoga studio",
    "swimming school",
    "dance school",
    "computer repair",
    "dry cleaning",
    "upholstery",
    "solar panel installer",
    "watch repair",
    "cookery school",
    "golf club",
    "instrument hire",
}


class TestSealed31(ShapeSetChecks):
    name = "sealed31"
    negative_kinds = NEGATIVE_KINDS | {"company_id", "voucher_code", "tracking_number", "quantity"}

    def test_sectors_are_new(self, gen) -> None:
        keys = {s["key"].replace("_", " ") for s in gen.SECTORS}
        assert len(keys) == 20
        for key in keys:
            assert not any(old in key or key in old for old in EARLIER_SECTORS), key

    def test_every_sector_in_every_language(self, records: list[dict], gen) -> None:
        """Each sector's own opening lines are used in each language."""
        openers: dict[str, set[str]] = defaultdict(set)
        for msgs in conversations(records).values():
            openers[msgs[0]["lang"]].add(msgs[1]["text"].lower())
        for lang in LANGS:
            for s in gen.SECTORS:
                assert openers[lang] & {o.lower() for o in s["open"][lang]}, (lang, s["key"])

    def test_lists_hold_several_people_or_accounts(self, records: list[dict]) -> None:
        """Every list message has at least two names or two values of one type."""
        for r in records:
            ents = [e for e in r["entities"] if e["class"] == "list"]
            if not ents:
                continue
            per_type = Counter(e["type"] for e in ents)
            assert max(per_type.values()) >= 2, (r["message_id"], per_type)

    def test_list_layouts_vary(self, records: list[dict]) -> None:
        """Inline with 'and', one per line, bullets, numbers, semicolons and tables."""
        marks: dict[str, set[str]] = defaultdict(set)
        for r in records:
            if not any(e["class"] == "list" for e in r["entities"]):
                continue
            t = r["text"]
            for mark, test in (
                ("line", "\n" in t),
                ("bullet", "• " in t),
                ("numbered", "1. " in t),
                ("semicolon", "; " in t),
                ("table", " | " in t),
                ("slash", " / " in t),
            ):
                if test:
                    marks[r["lang"]].add(mark)
        for lang in LANGS:
            assert len(marks[lang]) >= 5, (lang, marks[lang])

    def test_hard_negatives_as_bare_answers(self, records: list[dict]) -> None:
        """Order and invoice numbers given to a customer-number question, case numbers,
        voucher and tracking codes, destinations and other dates, each alone in the answer."""
        kinds = bare_negative_kinds(records)
        for lang in LANGS:
            assert kinds[lang] >= {
                "order_number",
                "invoice_number",
                "case_number",
                "voucher_code",
                "tracking_number",
                "destination",
                "travel_date",
                "appointment_date",
            }, (lang, kinds[lang])

    def test_at_least_as_many_hard_negatives_as_gold_spans(self, records: list[dict]) -> None:
        for lang in LANGS:
            gold = sum(len(r["entities"]) for r in records if r["lang"] == lang)
            neg = sum(len(r["negatives"]) for r in records if r["lang"] == lang)
            assert neg >= gold, (lang, gold, neg)

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

    def test_bare_answers_come_late_and_after_fillers(self, records: list[dict], gen) -> None:
        """Some bare answers follow a 'one moment' turn, and some answer the question before
        the last one (two turns or more after their question)."""
        waits = {lang: {w.lower() for w in gen.WAIT_C[lang]} for lang in LANGS}
        after_wait: Counter[str] = Counter()
        back_to_back: Counter[str] = Counter()
        for msgs in conversations(records).values():
            lang = msgs[0]["lang"]
            for a, b, c in zip(msgs, msgs[1:], msgs[2:], strict=False):
                bare = [e for e in c["entities"] if e["class"] == "bare_answer"]
                if bare and a["text"].lower() in waits[lang]:
                    after_wait[lang] += 1
                if bare and any(e["class"] == "bare_answer" for e in b["entities"]):
                    back_to_back[lang] += 1
        for lang in LANGS:
            assert after_wait[lang] >= 5 and back_to_back[lang] >= 5, (
                lang,
                after_wait,
                back_to_back,
            )
