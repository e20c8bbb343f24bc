"""The sealed set 21 is what make_sealed21.py writes, its spans are exact and its numbers valid.

Only the set's own properties are checked here; privacyguard never reads it in a test.
"""

from __future__ import annotations

import collections
import sys

import phonenumbers
import pytest
from schwifty import IBAN
from stdnum import luhn
from stdnum.nl import bsn
from stdnum.no import fodselsnummer, kontonr
from stdnum.ru import inn

from .sealed_set_checks import DIR as CONV
from .sealed_set_checks import RegeneratedByScript, assert_spans_sit_on_text, snils_ok

sys.path.insert(0, str(CONV))

import make_sealed21 as gen  # noqa: E402
from make_values import HOMOGLYPHS, NUMBER_WORDS, ZERO_WIDTH  # noqa: E402

CHECKED_TYPES = {"IBAN_CODE", "NATIONAL_ID", "CREDIT_CARD", "PHONE_NUMBER"}


@pytest.fixture(scope="module")
def audit() -> list[dict]:
    return gen.build()[1]


def _number_words(lang: str) -> dict[str, str]:
    table = {w: str(i) for i, w in enumerate(NUMBER_WORDS[lang])}
    table.update({gen.pair_word(lang, n): str(n) for n in range(10, 100)})
    return table


def decode(text: str, lang: str) -> str:
    """Undo the disguises: zero-width characters out, number words to digits, separators out."""
    text = "".join(c for c in text if c not in ZERO_WIDTH)
    table = _number_words(lang)
    toks, out, i = text.split(), [], 0
    while i < len(toks):
        two = " ".join(toks[i : i + 2])
        if i + 1 < len(toks) and two in table:
            out.append(table[two])
            i += 2
            continue
        out.append(table.get(toks[i], toks[i]))
        i += 1
    return "".join(c for c in "".join(out) if c not in " -().+/")


def same_value(typed: str, canon: str) -> bool:
    """typed equals canon up to case and look-alike characters."""
    if len(typed) != len(canon):
        return False
    for t, c in zip(typed, canon, strict=True):
        looks = HOMOGLYPHS.get(c, []) + HOMOGLYPHS.get(c.upper(), [])
        if t.upper() != c.upper() and t not in looks:
            return False
    return True


def checksum_valid(check: str, v: str) -> bool:
    bare = "".join(c for c in v if c.isalnum())
    if check == "iban":
        IBAN(bare)  # raises on a wrong checksum or BBAN
        return True
    if check.startswith("phone:"):
        return phonenumbers.is_valid_number(phonenumbers.parse(v, check[6:] or None))
    return {
        "bsn": bsn.is_valid,
        "fnr": fodselsnummer.is_valid,
        "kontonr": kontonr.is_valid,
        "inn": inn.is_valid,
        "snils": snils_ok,
        "luhn": luhn.is_valid,
    }[check](bare)


def checksum_valid_safe(check: str, v: str) -> bool:
    try:
        return checksum_valid(check, v)
    except Exception:  # noqa: BLE001 - schwifty raises on an invalid IBAN
        return False


class TestSealed21(RegeneratedByScript):
    name = "sealed21"

    def test_spans_are_exact(self, records: list[dict]) -> None:
        assert gen.verify(records) == []
        assert_spans_sit_on_text(records)

    def test_counts_per_language_and_class(self, records: list[dict]) -> None:
        plan = gen.plan()
        assert len(plan) == 600
        cells = collections.Counter((lang, cls) for _, lang, cls in plan)
        assert set(cells.values()) == {25} and len(cells) == 24
        assert collections.Counter(lang for _, lang, _ in plan) == {
            "en": 150,
            "nl": 150,
            "nb": 150,
            "ru": 150,
        }
        by_conv: dict[str, list[dict]] = collections.defaultdict(list)
        for r in records:
            by_conv[r["conversation_id"]].append(r)
        assert list(by_conv) == [cid for cid, _, _ in plan]
        for cid, lang, cls in plan:
            msgs = by_conv[cid]
            assert {m["lang"] for m in msgs} == {lang}
            classes = {e["class"] for m in msgs for e in m["entities"]}
            assert cls in classes, cid
            if cls == "plain":
                assert classes == {"plain"}, cid
            kinds = [n["kind"] for m in msgs for n in m["negatives"]]
            assert len(kinds) >= 2 and set(kinds) - {"company_name"}, (
                f"{cid}: too few hard negatives"
            )
            assert [m["message_id"] for m in msgs] == [
                f"{cid}-{i:02d}" for i in range(1, len(msgs) + 1)
            ]

    def test_checksum_values_are_valid_and_typed_as_labelled(
        self, records: list[dict], audit: list[dict]
    ) -> None:
        texts = {r["message_id"]: (r["text"], r["lang"]) for r in records}
        rows = {(a["message_id"], a["start"], a["end"]): a for a in audit}
        for r in records:  # every checksum-carrying span has its canonical value in the audit
            for e in r["entities"]:
                if e["type"] in CHECKED_TYPES:
                    assert rows[(r["message_id"], e["start"], e["end"])]["check"], r["message_id"]
        chains: dict[str, list[dict]] = collections.defaultdict(list)
        n_checked = 0
        for a in audit:
            text, lang = texts[a["message_id"]]
            typed = text[a["start"] : a["end"]]
            if a["check"]:
                assert checksum_valid(a["check"], a["canon"]), a
                n_checked += 1
            if a["chain"]:
                raw = a["type"] == "EMAIL_ADDRESS"  # e-mails keep their dots
                chains[a["chain"]].append({**a, "typed": typed if raw else decode(typed, lang)})
            elif a["type"] != "EMAIL_ADDRESS":
                assert same_value(decode(typed, lang), decode(a["canon"], lang)), (
                    a["message_id"],
                    a["canon"],
                )
        assert n_checked > 600
        for chain, parts in chains.items():
            canon = parts[0]["canon"]
            if parts[0]["type"] != "EMAIL_ADDRESS":
                canon = decode(canon, "en")
            roles = [p["role"] for p in parts]
            if "typo" in roles:  # typed, then corrected: one digit differs
                assert roles == ["typo", "whole"], chain
                assert same_value(parts[1]["typed"], canon), chain
                diff = [(x, y) for x, y in zip(parts[0]["typed"], canon, strict=True) if x != y]
                assert len(diff) == 1 and diff[0][0].isdigit(), chain
                if (
                    parts[0]["check"]
                    and parts[0]["check"] != "luhn"
                    and not parts[0]["check"].startswith("phone")
                ):
                    assert not checksum_valid_safe(parts[0]["check"], parts[0]["typed"]), chain
            else:  # split over messages: the parts together are the value
                joined = "".join(p["typed"] for p in parts)
                assert len(parts) >= 2 and same_value(joined, canon), chain

    def test_split_values_are_plentiful(self, records: list[dict]) -> None:
        spans = [e for r in records for e in r["entities"]]
        split = [e for e in spans if e["class"] == "split"]
        in_other = {
            r["conversation_id"] for r in records for e in r["entities"] if e["class"] == "split"
        }
        plan_split = {cid for cid, _, cls in gen.plan() if cls == "split"}
        assert (
            len(in_other - plan_split) >= 100
        )  # split values also inside the other classes' chats
        assert len(split) >= 600
