"""sealed30.jsonl is exactly what make_sealed30.py writes, and its labels are sound: the
shared checks (tests/sealed_set_checks.py) and this set's own."""

from __future__ import annotations

from .sealed_set_checks import (
    NEGATIVE_KINDS,
    BriefSetChecks,
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
}


class TestSealed30(BriefSetChecks):
    name = "sealed30"
    negative_kinds = NEGATIVE_KINDS | {"company_id", "voucher_code", "tracking_number"}
    earlier_sectors = frozenset(EARLIER_SECTORS)
