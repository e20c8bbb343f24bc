"""sealed18.jsonl: regenerates byte for byte, exact spans, valid check digits, intended counts."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest
from schwifty import IBAN
from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.nl import bsn
from stdnum.no import fodselsnummer, kontonr
from stdnum.ru import inn

from .sealed_set_checks import CLASSES, phone_valid_in, snils_ok
from .sealed_set_checks import DIR as HERE

sys.path.insert(0, str(HERE))

import make_sealed18  # noqa: E402

REGIONS = ("GB", "NL", "NO", "RU", "IE", "SE", "BE", "DE")
NEG_KINDS = {
    "order_number", "invoice_number", "travel_date", "company_phone", "company_address",
    "company_id", "vat_number", "company_account", "amount", "time", "case_number",
    "tracking_number",
    "version_number", "voucher_code", "company_name", "pet_name", "room_number", "bike_number",
    "draw_number", "transaction_id",
}  # fmt: skip


@pytest.fixture(scope="module")
def built() -> tuple[list[dict], dict]:
    return make_sealed18.build()


def test_regenerates_byte_for_byte(built: tuple[list[dict], dict], tmp_path: Path) -> None:
    out = tmp_path / "s18.jsonl"
    make_sealed18.write_jsonl(built[0], out)
    assert out.read_bytes() == (HERE / "sealed18.jsonl").read_bytes()


def test_every_span_exact(built: tuple[list[dict], dict]) -> None:
    records = built[0]
    assert make_sealed18.verify(records) == []
    for r in records:
        for s in r["entities"] + r["negatives"]:
            frag = r["text"][s["start"] : s["end"]]
            assert frag and frag == frag.strip(), (r["message_id"], s)
        assert all(e["class"] in CLASSES for e in r["entities"])
        assert all(n["kind"] in NEG_KINDS for n in r["negatives"])


def test_counts(built: tuple[list[dict], dict]) -> None:
    records, stats = built
    convs = Counter(r["conversation_id"] for r in records)
    assert len(convs) == 600
    assert Counter(cid.split("-")[1] for cid in convs) == {
        "en": 150,
        "nl": 150,
        "nb": 150,
        "ru": 150,
    }
    assert all(7 <= n <= 35 for n in convs.values())
    assert 11 <= stats["median_len"] <= 13
    assert set(stats["main"].values()) == {25} and len(stats["main"]) == 24
    per = Counter((r["lang"], e["class"]) for r in records for e in r["entities"])
    for lang in ("en", "nl", "nb", "ru"):
        for cls in CLASSES:
            assert per[(lang, cls)] >= 25, (lang, cls)
    assert stats["negatives"] >= 900
    assert 150 <= stats["with_second_value"] <= 210  # about 30 % carry a second, easier value
    assert stats["spans"] >= 1500


def _phone_ok(v: str) -> bool:
    return phone_valid_in(v, REGIONS)


def _valid(typ: str, v: str) -> bool:
    compact = re.sub(r"[\s.\-()]", "", v)
    if typ == "IBAN_CODE":
        return IBAN(compact.upper()).is_valid
    if typ == "CREDIT_CARD":
        return luhn.is_valid(compact)
    if typ == "PHONE_NUMBER":
        return _phone_ok(v)
    if typ == "NATIONAL_ID":
        if re.fullmatch(r"\d\d\.\d\d\.\d\d-\d{3}\.\d\d", v):
            return be_nn.is_valid(v)
        if re.fullmatch(r"\d{3}-\d{3}-\d{3} \d\d", v):
            return snils_ok(v)
        if len(compact) == 9:
            return bsn.is_valid(compact)
        if len(compact) == 11:
            return fodselsnummer.is_valid(compact)
        return inn.is_valid(compact)
    if typ == "BANK_ACCOUNT" and len(compact) == 11:
        return kontonr.is_valid(compact)
    return True  # no checksum (UK sort code + account, Russian 20-digit account, names, ...)


def test_checksums_of_all_generated_values(built: tuple[list[dict], dict]) -> None:
    bad = [(t, v) for t, v in built[1]["values"] if not _valid(t, v)]
    assert not bad, bad[:10]


def test_checksums_of_the_typed_spans(built: tuple[list[dict], dict]) -> None:
    """Every whole value as typed (not split, not disguised) carries a valid check digit."""
    bad = []
    for r in built[0]:
        for e in r["entities"]:
            if e["class"] in ("plain", "bare_answer", "list"):
                v = r["text"][e["start"] : e["end"]]
                if not _valid(e["type"], v):
                    bad.append((r["message_id"], e["type"], v))
    assert not bad, bad[:10]


def test_disguised_spans_differ_from_their_value(built: tuple[list[dict], dict]) -> None:
    plain_values = {v for _, v in built[1]["values"]}
    for r in built[0]:
        for e in r["entities"]:
            if e["class"] == "disguised":
                assert r["text"][e["start"] : e["end"]] not in plain_values


def test_the_file_is_json_lines() -> None:
    lines = (HERE / "sealed18.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == sum(1 for _ in lines) and all(json.loads(x)["lang"] for x in lines)
