"""sealed22.jsonl is exactly what make_sealed22.py writes, and its spans and values are sound.

The set is sealed: this test never runs privacyguard on it, it only checks the data.
"""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from stdnum import luhn
from stdnum.nl import bsn
from stdnum.no import fodselsnummer, kontonr
from stdnum.ru import inn

from .sealed_set_checks import (
    DIGIT_WORDS,
    REGION,
    SealedSetFiles,
    assert_spans_sit_on_text,
    iban_parses,
    load_generator,
    phone_valid_in,
    snils_ok,
)
from .sealed_set_checks import DIR as HERE

GEN = HERE / "make_sealed22.py"
SET = HERE / "sealed22.jsonl"
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
CYR_TO_LAT = str.maketrans("АВСЕНКМОРТХ", "ABCEHKMOPTX")
TO_DIGIT = str.maketrans("OОlIS", "00115") | {ord("B"): "8", ord("В"): "8"}
WORDS = DIGIT_WORDS


def _words_to_digits(text: str, lang: str) -> str:
    out, mult = "", 1
    for tok in text.replace("+", "+ ").split():
        if tok in ("double", "triple"):
            mult = 2 if tok == "double" else 3
            continue
        if tok in ("plus", "+"):
            out += "+"
        elif tok in WORDS[lang]:
            out += str(WORDS[lang].index(tok)) * mult
        elif tok.isdigit():
            out += tok * mult
        mult = 1
    return out


def _plain_text(text: str, lang: str, typ: str) -> str:
    """The value behind a disguised span: no zero-width, no look-alikes, no number words."""
    t = "".join(c for c in text if c not in ZERO_WIDTH)
    if any(w in t.split() for w in WORDS[lang] + ["double", "triple", "plus"]):
        return _words_to_digits(t, lang)
    if typ == "IBAN_CODE":
        t = t.replace(" ", "").translate(CYR_TO_LAT)
        letters = 8 if t[:2] in ("NL", "GB") else 2
        head, tail = t[:letters], t[letters:].translate(TO_DIGIT)
        return head[:2] + head[2:4].translate(TO_DIGIT) + head[4:] + tail
    return t.translate(TO_DIGIT)


def _valid(typ: str, value: str, lang: str) -> bool:
    compact = "".join(c for c in value if c not in " .-()")
    if typ == "IBAN_CODE":
        return iban_parses(compact)
    if typ == "PHONE_NUMBER":
        return phone_valid_in(value, [REGION[lang]])
    if typ == "CREDIT_CARD":
        return len(compact) == 16 and luhn.is_valid(compact)
    if typ == "NATIONAL_ID":
        return {"nl": bsn.is_valid, "nb": fodselsnummer.is_valid}.get(
            lang, lambda v: snils_ok(v) or inn.is_valid(v)
        )(compact)
    if typ == "BANK_ACCOUNT":
        return (
            kontonr.is_valid(compact) if lang == "nb" else compact.isdigit() and len(compact) == 20
        )
    return True


CHECKSUM_TYPES = {"IBAN_CODE", "PHONE_NUMBER", "CREDIT_CARD", "NATIONAL_ID", "BANK_ACCOUNT"}


class TestSealed22(SealedSetFiles):
    name = "sealed22"

    @pytest.fixture(scope="class")
    @classmethod
    def gen(cls):
        mod = load_generator("sealed22")
        mod.build()
        return mod

    def test_regenerates_byte_for_byte(self, tmp_path: Path) -> None:
        out = tmp_path / "sealed22.jsonl"
        subprocess.run(
            [sys.executable, str(GEN), str(out)], check=True, capture_output=True, cwd=tmp_path
        )
        assert out.read_bytes() == SET.read_bytes()

    def test_spans_are_exact(self, records: list[dict], gen) -> None:
        assert gen.verify(records) == []
        assert_spans_sit_on_text(records)

    def test_counts_per_language_and_class(self, records: list[dict], gen) -> None:
        convs = {r["conversation_id"]: r["lang"] for r in records}
        assert len(convs) == 600
        assert Counter(convs.values()) == {lang: 150 for lang in REGION}
        assert set(gen.FOCUS_OF) == set(convs)
        cells = Counter((convs[c], cls) for c, cls in gen.FOCUS_OF.items())
        assert set(cells.values()) == {25} and len(cells) == 24
        classes: dict[str, set[str]] = {}
        for r in records:
            classes.setdefault(r["conversation_id"], set()).update(
                e["class"] for e in r["entities"]
            )
        for cid, cls in gen.FOCUS_OF.items():
            assert cls in classes[cid], cid
        per_conv_negs = Counter(r["conversation_id"] for r in records for _ in r["negatives"])
        assert all(per_conv_negs[c] >= 3 for c in convs), "hard negatives in every chat"

    def test_checksum_values_are_valid(self, records: list[dict], gen) -> None:
        checked = Counter()
        for r in records:
            for e in r["entities"]:
                if e["type"] not in CHECKSUM_TYPES or e["class"] == "split":
                    continue  # split parts: checked below through the generator's own values
                frag = r["text"][e["start"] : e["end"]]
                if e["class"] == "disguised":
                    frag = _plain_text(frag, r["lang"], e["type"])
                assert _valid(e["type"], frag, r["lang"]), (r["message_id"], e["type"], e["class"])
                checked[e["class"]] += 1
        assert checked["disguised"] > 60 and checked["bare_answer"] > 100 and checked["list"] > 100
        assert len(gen.CHECKED) > 500
        for typ, value in gen.CHECKED:
            lang = (
                "nb"
                if typ == "BANK_ACCOUNT"
                else ("ru" if "-" in value and typ == "NATIONAL_ID" else "")
            )
            if typ == "NATIONAL_ID" and not lang:
                lang = "nl" if len(value) == 9 else ("nb" if len(value) == 11 else "ru")
            if typ == "PHONE_NUMBER":
                assert any(_valid(typ, value, lg) for lg in REGION), typ
            else:
                assert _valid(typ, value, lang or "en"), typ

    def test_split_parts_join_to_a_valid_value(self, records: list[dict]) -> None:
        """Consecutive split parts of an IBAN or phone number join into a valid value."""
        joined = 0
        msgs = {r["message_id"]: r for r in records}
        for r in records:
            parts = [
                e
                for e in r["entities"]
                if e["class"] == "split" and e["type"] in ("IBAN_CODE", "PHONE_NUMBER")
            ]
            if not parts:
                continue
            prev_id = f"{r['conversation_id']}-{int(r['message_id'].rsplit('-', 1)[1]) - 1:02d}"
            prev = msgs.get(prev_id)
            if prev and any(
                e["class"] == "split" and e["type"] == parts[0]["type"] for e in prev["entities"]
            ):
                continue  # not the first part
            value, cur, typ = "", r, parts[0]["type"]
            while cur:
                es = [e for e in cur["entities"] if e["class"] == "split" and e["type"] == typ]
                if not es:
                    break
                value += " " + cur["text"][es[0]["start"] : es[0]["end"]]
                if _valid(typ, value.strip(), r["lang"]):
                    joined += 1
                    break
                nid = f"{cur['conversation_id']}-{int(cur['message_id'].rsplit('-', 1)[1]) + 1:02d}"
                cur = msgs.get(nid)
        assert joined > 80
