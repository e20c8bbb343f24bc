"""sealed24.jsonl is exactly what make_sealed24.py writes, and its labels are sound."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import phonenumbers
import pytest
from schwifty import IBAN
from stdnum import luhn
from stdnum.nl import bsn
from stdnum.no import fodselsnummer, kontonr, orgnr
from stdnum.ru import inn

DIR = Path(__file__).resolve().parent.parent / "bench" / "accuracy" / "conversations"
SET = DIR / "sealed24.jsonl"
GEN = DIR / "make_sealed24.py"
LANGS = ("en", "nl", "nb", "ru")
ORDER = ("bare_answer", "list", "split", "disguised", "address_no_cue", "plain")
REGION = {"en": "GB", "nl": "NL", "nb": "NO", "ru": "RU"}
# spans whose text is the whole value as typed (not cut, corrected or disguised)
WHOLE = {"bare_answer", "list", "plain"}
NUMERIC = {
    "PHONE_NUMBER",
    "CUSTOMER_NUMBER",
    "IBAN_CODE",
    "BANK_ACCOUNT",
    "NATIONAL_ID",
    "CREDIT_CARD",
}
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
NINO = re.compile(r"[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def convs(records: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for r in records:
        out[r["conversation_id"]].append(r)
    return out


def test_regenerates_byte_for_byte(tmp_path: Path) -> None:
    out = tmp_path / "sealed24.jsonl"
    subprocess.run([sys.executable, str(GEN), str(out)], check=True, capture_output=True)
    assert out.read_bytes() == SET.read_bytes()


def test_spans_sit_exactly_on_their_text(records: list[dict]) -> None:
    for r in records:
        t = r["text"]
        for s in r["entities"] + r["negatives"]:
            frag = t[s["start"] : s["end"]]
            assert 0 <= s["start"] < s["end"] <= len(t), r["message_id"]
            assert frag == frag.strip() and frag, (r["message_id"], frag)
        for e in r["entities"]:
            frag = t[e["start"] : e["end"]]
            if e["type"] == "EMAIL_ADDRESS" and e["class"] in WHOLE:
                assert "@" in frag and " " not in frag, frag
            if e["type"] in NUMERIC and e["class"] in WHOLE:
                assert any(c.isdigit() for c in frag), frag
        spans = sorted((s["start"], s["end"]) for s in r["entities"] + r["negatives"])
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)), r["message_id"]


def test_counts_per_language_and_class(convs: dict[str, list[dict]]) -> None:
    assert len(convs) == 600
    per_lang = Counter(msgs[0]["lang"] for msgs in convs.values())
    assert per_lang == {lang: 150 for lang in LANGS}
    for cid, msgs in convs.items():
        assert {m["lang"] for m in msgs} == {msgs[0]["lang"]}
        assert 8 <= len(msgs) <= 25, cid
        ids = [f"{cid}-{i:02d}" for i in range(1, len(msgs) + 1)]
        assert [m["message_id"] for m in msgs] == ids
        cls = ORDER[(int(cid.rsplit("-", 1)[1]) - 1) // 25]  # 25 conversations per class
        assert any(e["class"] == cls for m in msgs for e in m["entities"]), cid
        if cls == "plain":  # the control group has nothing harder than a cued value
            assert {e["class"] for m in msgs for e in m["entities"]} == {"plain"}, cid
        assert any(m["negatives"] for m in msgs), cid  # hard negatives in every chat
        assert {m["role"] for m in msgs} == {"agent", "customer"}
        first = msgs[0]
        assert first["role"] == "agent"
        assert [(e["type"], e["class"]) for e in first["entities"]] == [("PERSON", "plain")]


def snils_ok(v: str) -> bool:
    d = "".join(c for c in v if c.isdigit())
    if len(d) != 11:
        return False
    check = sum(int(c) * (9 - i) for i, c in enumerate(d[:9])) % 101
    return int(d[9:]) == (0 if check == 100 else check)


def checksum_ok(lang: str, typ: str, v: str) -> bool | None:
    """True/False for checksum-carrying types; None for the others."""
    d = "".join(c for c in v if c.isalnum())
    if typ == "IBAN_CODE":
        return IBAN(v, allow_invalid=True).is_valid
    if typ == "CREDIT_CARD":
        return d.isdigit() and len(d) == 16 and luhn.is_valid(d)
    if typ == "BANK_ACCOUNT":
        if lang == "en":  # sort code and account number
            return re.fullmatch(r"\d{2}-\d{2}-\d{2} \d{8}", v) is not None
        return kontonr.is_valid(d) if lang == "nb" else len(d) == 20 and d.startswith("40817810")
    if typ == "NATIONAL_ID":
        if lang == "nl":
            return bsn.is_valid(d)
        if lang == "nb":
            return fodselsnummer.is_valid(d)
        if lang == "ru":
            return inn.is_valid(d) if len(d) == 12 else snils_ok(v)
        return NINO.fullmatch(v.upper()) is not None
    if typ == "PHONE_NUMBER":
        return phonenumbers.is_valid_number(phonenumbers.parse(v, REGION[lang]))
    return None


def test_checksum_carrying_values_are_valid(records: list[dict]) -> None:
    checked = Counter()
    for r in records:
        for e in r["entities"]:
            frag = r["text"][e["start"] : e["end"]]
            if e["class"] == "disguised" and any(z in frag for z in ZERO_WIDTH):
                # the value under the zero-width characters
                frag = "".join(c for c in frag if c not in ZERO_WIDTH)
            elif e["class"] not in WHOLE:
                continue
            ok = checksum_ok(r["lang"], e["type"], frag)
            if ok is not None:
                assert ok, (r["message_id"], e["type"], frag)
                checked[(r["lang"], e["type"])] += 1
        for n in r["negatives"]:
            frag = r["text"][n["start"] : n["end"]]
            if n["kind"] == "company_phone":
                num = phonenumbers.parse(frag, REGION[r["lang"]])
                assert phonenumbers.is_valid_number(num), frag
            if n["kind"] == "company_id" and r["lang"] == "nb":
                assert orgnr.is_valid(frag.replace(" ", "")), frag
            if n["kind"] == "company_id" and r["lang"] == "ru":
                assert inn.is_valid(frag), frag
            if n["kind"] == "company_account" and r["lang"] == "nb":
                assert kontonr.is_valid(frag.replace(".", "").replace(" ", "")), frag
            if n["kind"] == "company_account" and r["lang"] == "nl":
                assert IBAN(frag, allow_invalid=True).is_valid, frag
    types = {t for _, t in checked}
    assert types == {"IBAN_CODE", "BANK_ACCOUNT", "NATIONAL_ID", "PHONE_NUMBER", "CREDIT_CARD"}
    for lang in LANGS:
        assert checked[(lang, "NATIONAL_ID")] > 0, lang


def test_split_values_span_several_customer_messages(convs: dict[str, list[dict]]) -> None:
    for cid, msgs in convs.items():
        parts = [m for m in msgs if any(e["class"] == "split" for e in m["entities"])]
        assert not parts or all(m["role"] == "customer" for m in parts), cid
        if parts:
            assert len(parts) >= 2, cid
