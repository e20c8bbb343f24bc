"""sealed33.jsonl is exactly what make_sealed33.py writes, and its labels are sound: the
shared checks (tests/sealed_set_checks.py) and this set's own."""

from __future__ import annotations

from collections import Counter

from .sealed_set_checks import (
    LANGS,
    NEGATIVE_KINDS,
    BriefSetChecks,
)

#: sectors of the earlier sets, generic and recent (sealed31's and sealed32's too): none reused
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
    "bakery orders",
    "vet clinic",
    "optician",
    "cobbler",
    "tailor",
    "music lessons",
    "beekeeping supplies",
    "christmas-tree delivery",
    "farrier",
    "pottery workshop",
    "tutoring",
    "kennel boarding",
    "picture framing",
    "sauna rental",
    "bouncy-castle hire",
    "firewood delivery",
    "vinyl record store",
    "chess club",
    "ice rink",
    "bookbinding",
    "hunting licence office",
    "falconry centre",
    "scaffolding hire",
    "choir tours",
    "polar expeditions",
    "land registry",
    "public library",
    "lab glassware supplier",
    "taxidermy",
    "stonemason",
    "vintage car restoration",
    "notary office",
    "film extras casting",
    "drone registration",
    "well drilling",
    "organ builder",
    "air ambulance membership",
    "team kit supplier",
    "tractor parts",
    "archery range",
}


class TestSealed33(BriefSetChecks):
    name = "sealed33"
    negative_kinds = NEGATIVE_KINDS | {"company_id", "voucher_code", "tracking_number", "quantity"}
    earlier_sectors = frozenset(EARLIER_SECTORS)

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
