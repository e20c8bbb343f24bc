"""Sealed conversation set 8: reproducible, exact offsets, planned counts, valid numbers."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

from stdnum import luhn
from stdnum.nl import bsn
from stdnum.no import fodselsnummer, kontonr
from stdnum.ru import inn

from .sealed_set_checks import (
    CLASSES,
    DIGIT_WORDS,
    DIR,
    LANGS,
    REGION,
    SealedSetFiles,
    assert_spans_sit_on_text,
    iban_parses,
    phone_valid_in,
    snils_ok,
)

SET = DIR / "sealed8.jsonl"
PER_CLASS = 25
TYPES = {
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "BANK_ACCOUNT", "CREDIT_CARD",
    "CUSTOMER_NUMBER", "DATE_OF_BIRTH", "FLIGHT_NUMBER", "BOOKING_REFERENCE", "TICKET_NUMBER",
    "NATIONAL_ID", "PASSPORT", "LOCATION", "IP_ADDRESS",
}  # fmt: skip
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
CYR_TO_LAT = str.maketrans("АВСЕНКМОРТХ", "ABCEHKMOPTX")
WORDS = DIGIT_WORDS


def valid(typ: str, lang: str, v: str) -> bool:
    """Checksum (or phonenumbers) validity; True for types without a check."""
    d = re.sub(r"\D", "", v)
    if typ == "IBAN_CODE":
        return iban_parses(re.sub(r"\s", "", v).upper())
    if typ == "CREDIT_CARD":
        return len(d) == 16 and luhn.is_valid(d)
    if typ == "NATIONAL_ID":
        if lang == "nl":
            return bsn.is_valid(d)
        if lang == "nb":
            return fodselsnummer.is_valid(d)
        return snils_ok(v) if len(d) == 11 else inn.is_valid(d)
    if typ == "BANK_ACCOUNT" and lang == "nb":
        return kontonr.is_valid(d)
    if typ == "BANK_ACCOUNT" and lang == "ru":
        return len(d) == 20 and d.startswith("40817810")
    if typ == "PHONE_NUMBER":
        return phone_valid_in(v, [REGION[lang]])
    if typ == "TICKET_NUMBER":
        return len(d) == 13
    return True


def undisguise(lang: str, v: str) -> str:
    v = "".join(ch for ch in v if ch not in ZERO_WIDTH).translate(CYR_TO_LAT)
    toks = re.split(r"[\s,\-]+", v)
    if any(t in WORDS[lang] for t in toks):
        return "".join(str(WORDS[lang].index(t)) if t in WORDS[lang] else t for t in toks)
    return v


class TestSealed8(SealedSetFiles):
    name = "sealed8"

    def test_regenerates_byte_for_byte(self, tmp_path: Path) -> None:
        out = tmp_path / "sealed8.jsonl"
        subprocess.run(
            [sys.executable, str(DIR / "make_sealed8.py"), str(out)], check=True, cwd=DIR
        )
        assert out.read_bytes() == SET.read_bytes()

    def test_offsets_exact_and_types(self, records: list[dict]) -> None:
        assert_spans_sit_on_text(records)
        for r in records:
            for e in r["entities"]:
                assert e["type"] in TYPES and e["class"] in CLASSES, (r["message_id"], e)
            for n in r["negatives"]:
                assert n["kind"] and n["kind"].islower()

    def test_ids_unique_and_conversations_consecutive(self, records: list[dict]) -> None:
        ids = [r["message_id"] for r in records]
        assert len(ids) == len(set(ids))
        seen: list[str] = []
        for r in records:
            cid = r["conversation_id"]
            if not seen or seen[-1] != cid:
                assert cid not in seen, f"conversation {cid} is not consecutive"
                seen.append(cid)
            assert r["message_id"].startswith(cid + "-")
            assert r["role"] in ("agent", "customer") and r["lang"] in LANGS
            assert cid.startswith(f"sealed8-{r['lang']}-")
        assert len(seen) == 600

    def test_planned_counts(self, records: list[dict]) -> None:
        by_conv: dict[str, set[str]] = defaultdict(set)
        lang_of: dict[str, str] = {}
        for r in records:
            lang_of[r["conversation_id"]] = r["lang"]
            if r["role"] == "customer":
                by_conv[r["conversation_id"]].update(e["class"] for e in r["entities"])
        per = Counter()
        for cid, lang in lang_of.items():
            classes = by_conv[cid]
            assert len(classes) == 1, (cid, classes)  # one failure class per conversation
            per[(lang, next(iter(classes)))] += 1
        assert per == Counter({(lang, c): PER_CLASS for lang in LANGS for c in CLASSES})
        negs = Counter(r["lang"] for r in records for _ in r["negatives"])
        assert all(negs[lang] >= 50 for lang in LANGS), negs

    def test_checker_can_fail(self) -> None:
        assert valid("IBAN_CODE", "nl", "NL91 ABNA 0417 1643 00")
        assert not valid("IBAN_CODE", "nl", "NL91 ABNA 0417 1643 01")
        assert not valid("CREDIT_CARD", "en", "4111 1111 1111 1112")
        assert not valid("NATIONAL_ID", "nl", "123456780")
        assert undisguise("nl", "twee 3 vier") == "234"

    def test_numbers_are_checksum_valid(self, records: list[dict]) -> None:
        split_parts: dict[tuple[str, str], list[str]] = defaultdict(list)
        checked = Counter()
        for r in records:
            lang, t = r["lang"], r["text"]
            for e in r["entities"]:
                v = t[e["start"] : e["end"]]
                if e["class"] == "split":
                    split_parts[(r["conversation_id"], e["type"])].append(v)
                    continue
                if e["class"] == "disguised":
                    if e["type"] == "EMAIL_ADDRESS":
                        continue
                    v = undisguise(lang, v)
                    if e["type"] in ("CUSTOMER_NUMBER", "BOOKING_REFERENCE", "PASSPORT"):
                        continue  # letter-for-digit look-alikes: no checksum to test
                assert valid(e["type"], lang, v), (r["message_id"], e["type"], e["class"])
                checked[e["type"]] += 1
        for (cid, typ), parts in split_parts.items():
            lang = cid.split("-")[1]
            assert len(parts) == 2, (cid, typ)
            joined = parts[0] + parts[1]
            # a value over two messages is valid when joined; a corrected one in its second message
            assert valid(typ, lang, joined.replace(" ", "")) or valid(typ, lang, parts[1]), (
                cid,
                typ,
            )
        for typ in ("IBAN_CODE", "CREDIT_CARD", "NATIONAL_ID", "PHONE_NUMBER", "BANK_ACCOUNT"):
            assert checked[typ] >= 20, checked
