"""The sealed14 conversation set: regenerates byte for byte, exact spans, valid numbers, counts."""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict

import phonenumbers
import pytest
from schwifty import IBAN
from stdnum import luhn
from stdnum.nl import bsn
from stdnum.no import fodselsnummer, kontonr
from stdnum.ru import inn

from .sealed_set_checks import DIR as CONV
from .sealed_set_checks import (
    REGION,
    assert_spans_sit_on_text,
    iban_parses,
    jsonl_text,
    phone_valid_in,
    snils_ok,
)

sys.path.insert(0, str(CONV))

import make_sealed14 as gen  # noqa: E402

ZW = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
ENTITY_TYPES = {
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "BANK_ACCOUNT", "CREDIT_CARD",
    "CUSTOMER_NUMBER", "DATE_OF_BIRTH", "BOOKING_REFERENCE", "NATIONAL_ID", "PASSPORT", "LOCATION",
}  # fmt: skip


@pytest.fixture(scope="module")
def built():
    return gen.build_meta()


@pytest.fixture(scope="module")
def records(built):
    return built[0]


def phone_ok(text: str, lang: str) -> bool:
    s = text.replace("(0)", "")
    s = ("+" if s.lstrip().startswith("+") else "") + re.sub(r"\D", "", s)
    if s.startswith("00"):
        s = "+" + s[2:]
    if lang == "ru" and not s.startswith("+") and len(s) == 11 and s[0] in "78":
        s = "+7" + s[1:]
    return phone_valid_in(s, [REGION[lang]])


def number_ok(typ: str, text: str, lang: str) -> bool | None:
    """True/False for kinds with a checksum; None when the kind has none."""
    compact = re.sub(r"[\s.\-/]", "", text).upper()
    d = re.sub(r"\D", "", text)
    if typ == "IBAN_CODE":
        return iban_parses(compact)
    if typ == "CREDIT_CARD":
        return len(d) in (15, 16) and luhn.is_valid(d)
    if typ == "PHONE_NUMBER":
        return phone_ok(text, lang)
    if typ == "NATIONAL_ID":
        if len(d) == 9:
            return bsn.is_valid(d)
        if len(d) == 11 and lang == "ru":
            return snils_ok(d)
        if len(d) == 11:
            return fodselsnummer.is_valid(d)
        return len(d) == 12 and inn.is_valid(d)
    if typ == "BANK_ACCOUNT" and lang == "nb":
        return kontonr.is_valid(d)
    return None


def test_regenerates_byte_for_byte(records):
    expected = jsonl_text(records)
    assert (CONV / "sealed14.jsonl").read_text(encoding="utf-8") == expected


def test_spans_are_exact(records):
    assert gen.verify(records) == []
    assert_spans_sit_on_text(records)
    for r in records:
        assert r["role"] in ("agent", "customer") and r["lang"] in gen.LANGS
        for e in r["entities"]:
            assert e["type"] in ENTITY_TYPES and e["class"] in gen.CLASSES, e


def test_span_texts_have_the_labelled_shape(records):
    at_words = {w.strip(" ()[]") for ws in gen.AT.values() for w in ws}
    for r in records:
        t = r["text"]
        for e in r["entities"]:
            v, typ, cls = t[e["start"] : e["end"]], e["type"], e["class"]
            where = (r["message_id"], v, typ, cls)
            if typ == "EMAIL_ADDRESS":
                if cls == "disguised":
                    assert any(w in v for w in at_words) and "@" not in v, where
                else:
                    assert re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}", v), where
            elif typ == "DATE_OF_BIRTH":
                assert re.search(r"\d", v) and (
                    re.search(r"\d{4}|'\d\d|-\d\d$|\d{6,8}|[./]\d\d$", v)
                ), where
            elif typ == "LOCATION":
                assert re.search(r"\d", v), where
            elif typ == "BOOKING_REFERENCE" and cls not in ("split", "disguised"):
                assert re.fullmatch(r"[A-Za-z0-9]{6}", v), where
            elif typ == "CUSTOMER_NUMBER" and cls not in ("disguised",):
                assert re.fullmatch(r"[0-9][0-9./ -]*[0-9]", v), where
            elif typ == "PASSPORT" and cls not in ("split", "disguised"):
                assert re.fullmatch(r"[A-Z0-9][A-Z0-9 №]{6,11}[A-Z0-9]", v.upper()), where


def test_numbers_are_checksum_valid(records):
    checked = 0
    for r in records:
        t, lang = r["text"], r["lang"]
        for e in r["entities"]:
            if e["class"] in ("split", "disguised"):
                continue
            ok = number_ok(e["type"], t[e["start"] : e["end"]], lang)
            if ok is not None:
                assert ok, (r["message_id"], t[e["start"] : e["end"]], e["type"])
                checked += 1
    assert checked > 100


def test_zero_width_values_are_valid_once_cleaned(records):
    n = 0
    for r in records:
        for e in r["entities"]:
            v = r["text"][e["start"] : e["end"]]
            if e["class"] == "disguised" and ZW.search(v):
                ok = number_ok(e["type"], ZW.sub("", v), r["lang"])
                assert ok in (True, None), (r["message_id"], v)
                n += 1
    assert n >= 10


def test_split_values_join_or_correct_to_a_valid_number(records):
    by_conv: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for r in records:
        for e in r["entities"]:
            if e["class"] == "split":
                by_conv[(r["conversation_id"], e["type"])].append(
                    (r["text"][e["start"] : e["end"]], r["lang"])
                )
    checked = 0
    for (cid, typ), parts in by_conv.items():
        lang = parts[0][1]
        texts = [p for p, _ in parts]
        joined = " ".join(texts)
        ok = number_ok(typ, joined, lang)
        if ok is None:
            continue
        checked += 1
        # either the parts together make the number, or the last one corrects the first
        assert ok or (len(texts) == 2 and number_ok(typ, texts[-1], lang)), (cid, texts)
    assert checked > 50


def test_register_of_checksummed_values_is_valid(built):
    _, _, register = built
    checks = {
        "iban": lambda v: IBAN(v) is not None,
        "luhn": luhn.is_valid,
        "bsn": bsn.is_valid,
        "fnr": fodselsnummer.is_valid,
        "kontonr": kontonr.is_valid,
        "inn": inn.is_valid,
        "snils": snils_ok,
        "phone": lambda v: phonenumbers.is_valid_number(phonenumbers.parse(v)),
    }
    assert len(register) > 150
    for item in register:
        assert checks[item["check"]](item["value"]), item


def test_counts(built):
    records, meta, _ = built
    assert len(meta) == 600
    per = Counter((cid.split("-")[1], cls) for cid, cls in meta.items())
    assert set(per.values()) == {25} and len(per) == 24
    assert Counter(r["lang"] for r in records if r["message_id"].endswith("-01")) == dict.fromkeys(
        gen.LANGS, 150
    )
    classes_in = defaultdict(set)
    for r in records:
        for e in r["entities"]:
            classes_in[r["conversation_id"]].add(e["class"])
    for cid, cls in meta.items():
        assert cls in classes_in[cid], cid
    # the class cannot be read from the id: not in order
    first = [meta[f"sealed14-en-{i:03d}"] for i in range(1, 26)]
    assert len(set(first)) > 2
    negatives = sum(len(r["negatives"]) for r in records)
    assert negatives >= 600


def test_people_are_synthetic(records):
    words = set()
    for table in (gen.FIRST, gen.LAST, gen.AGENTS):
        for names in table.values():
            for n in names:
                words.update(n.lower().split())
    words |= {w + "а" for w in words}  # Russian feminine surnames
    for r in records:
        for e in r["entities"]:
            if e["type"] == "PERSON":
                v = r["text"][e["start"] : e["end"]]
                assert all(w in words for w in v.lower().split()), (r["message_id"], v)
