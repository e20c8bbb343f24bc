# ruff: noqa: E501  (long table and comprehension lines)
"""The tenth sealed conversation set: reproducible, exact offsets, planned counts, valid numbers."""

from __future__ import annotations

import datetime
import json
import re
from collections import Counter
from pathlib import Path

import phonenumbers
import pytest
from schwifty import IBAN
from stdnum import luhn
from stdnum.nl import bsn
from stdnum.no import fodselsnummer, kontonr
from stdnum.ru import inn

from .sealed_set_checks import DIR, REGION, load_generator

SET = DIR / "sealed10.jsonl"
TYPES = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "BANK_ACCOUNT", "CREDIT_CARD", "CUSTOMER_NUMBER",
         "DATE_OF_BIRTH", "BOOKING_REFERENCE", "TICKET_NUMBER", "NATIONAL_ID", "PASSPORT", "LOCATION"}  # fmt: skip
CLASSES = {"bare_answer", "list", "split", "disguised", "address_no_cue", "plain"}
NEG_KINDS = {"order_number", "travel_date", "destination", "amount", "time", "tracking_number", "seat",
             "product_code", "company_phone", "company_address"}  # fmt: skip
ZW = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


GEN = load_generator("sealed10")
RECORDS, FACTS, MAIN = GEN.build()
BY_ID = {r["message_id"]: r for r in RECORDS}


def test_regenerates_byte_for_byte(tmp_path: Path) -> None:
    out = tmp_path / "s10.jsonl"
    GEN.write_jsonl(GEN.build()[0], out)
    assert out.read_bytes() == SET.read_bytes()


def test_offsets_types_and_kinds() -> None:
    on_disk = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines()]
    assert on_disk == RECORDS
    for r in on_disk:
        assert r["role"] in ("agent", "customer") and r["lang"] in REGION
        for e in r["entities"]:
            frag = r["text"][e["start"] : e["end"]]
            assert frag and frag == frag.strip(), (r["message_id"], e)
            assert e["type"] in TYPES and e["class"] in CLASSES
        for n in r["negatives"]:
            frag = r["text"][n["start"] : n["end"]]
            assert frag and frag == frag.strip() and n["kind"] in NEG_KINDS
        spans = sorted((s["start"], s["end"]) for s in r["entities"] + r["negatives"])
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)), r["message_id"]


def test_planned_counts() -> None:
    convs = Counter(
        (MAIN[r["conversation_id"]], r["lang"]) for r in RECORDS if r["message_id"].endswith("-01")
    )
    assert len(MAIN) == 600
    assert set(convs.values()) == {GEN.PER_CLASS} and len(convs) == 24
    gold = Counter((e["class"], r["lang"]) for r in RECORDS for e in r["entities"])
    for cls in CLASSES:
        for lang in REGION:
            assert gold[cls, lang] >= GEN.PER_CLASS, (cls, lang, gold[cls, lang])
    # every conversation's main class has at least one span of that class
    main_hit = {
        r["conversation_id"]
        for r in RECORDS
        for e in r["entities"]
        if e["class"] == MAIN[r["conversation_id"]]
    }
    assert main_hit == set(MAIN)
    negs = sum(len(r["negatives"]) for r in RECORDS)
    total = sum(gold.values())
    assert 0.25 * total <= negs <= 0.45 * total, (negs, total)


def test_every_type_in_every_language() -> None:
    seen = {(r["lang"], e["type"]) for r in RECORDS for e in r["entities"]}
    for lang in REGION:
        # no national ID in the UK; Dutch accounts are IBANs; Russians do not use IBANs
        want = (
            TYPES
            - {"en": {"NATIONAL_ID"}, "nl": {"BANK_ACCOUNT"}, "nb": set(), "ru": {"IBAN_CODE"}}[
                lang
            ]
        )
        assert {t for la, t in seen if la == lang} == want, lang


def test_agent_names_at_most_a_quarter_of_plain() -> None:
    for lang in REGION:
        plain = [
            (r, e)
            for r in RECORDS
            if r["lang"] == lang
            for e in r["entities"]
            if e["class"] == "plain"
        ]
        agent = [1 for r, e in plain if r["role"] == "agent"]
        assert len(agent) <= 0.25 * len(plain), lang


def test_company_contacts_are_fictional_and_varied() -> None:
    for lang in REGION:
        phones = {r["text"][n["start"] : n["end"]] for r in RECORDS if r["lang"] == lang for n in r["negatives"]
                  if n["kind"] == "company_phone"}  # fmt: skip
        assert len(phones) >= 3, lang
        for p in phones:
            assert phonenumbers.is_valid_number(phonenumbers.parse(p, REGION[lang])), p
            if lang == "en":  # Ofcom drama ranges
                nat = re.sub(r"\D", "", p).removeprefix("44").removeprefix("0")
                assert nat[:7] in {"1134960", "1174960", "1614960", "2079460", "1914980"}, p


# ---------------------------------------------------------------------------------------
# values: undo the split or disguise, then check the checksum
# ---------------------------------------------------------------------------------------


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def _snils_ok(v: str) -> bool:
    d = _digits(v)
    body, check = d[:9], int(d[9:])
    total = sum(int(c) * (9 - i) for i, c in enumerate(body)) % 101
    return len(d) == 11 and (0 if total == 100 else total) == check


def _valid(validator: str, v: str, lang: str) -> bool:
    if validator == "iban":
        return IBAN(v.upper()).validate()
    checks = {
        "bsn": lambda: bsn.is_valid(_digits(v)),
        "fnr": lambda: fodselsnummer.is_valid(_digits(v)),
        "kontonr": lambda: kontonr.is_valid(_digits(v)),
        "inn": lambda: inn.is_valid(v) and len(v) == 12,
        "snils": lambda: _snils_ok(v),
        "ru_account": lambda: re.fullmatch(r"40817810\d{12}", _digits(v)) is not None,
        "uk_account": lambda: len(_digits(v)) == 14,
        "luhn": lambda: luhn.is_valid(_digits(v)) and len(_digits(v)) == 16,
        "booking": lambda: re.fullmatch(r"(?=.*\d)(?=.*[A-Z])[A-Z0-9]{6}", v) is not None,
        "ticket": lambda: len(_digits(v)) == 13,
        "custno": lambda: len(_digits(v)) >= 5,
        "passport_en": lambda: re.fullmatch(r"\d{9}", v) is not None,
        "passport_nl": lambda: re.fullmatch(r"[NB][A-Z][A-Z0-9]{6}\d", v) is not None,
        "passport_nb": lambda: re.fullmatch(r"F[HKPS]\d{7}", v) is not None,
        "passport_ru": lambda: re.fullmatch(r"\d{2} \d{7}|\d{2} \d{2} \d{6}", v) is not None,
        "email": lambda: re.fullmatch(r"[a-z0-9._]+@[a-z0-9]+(\.[a-z0-9]+)+", v) is not None,
        "date": lambda: datetime.date.fromisoformat(v) < datetime.date(2020, 1, 1),
        "address": lambda: bool(v.strip()),
        "name": lambda: bool(v.strip()),
    }
    if validator.startswith("phone_"):
        return phonenumbers.is_valid_number(phonenumbers.parse(v, REGION[lang]))
    return bool(checks[validator]())


def _span_texts(f: object) -> list[str]:
    out = []
    for turn, k in f.spans:  # type: ignore[attr-defined]
        r = BY_ID[f"{f.conv}-{turn + 1:02d}"]  # type: ignore[attr-defined]
        e = r["entities"][k]
        assert e["type"] == f.type and e["class"] == f.cls, (r["message_id"], e)  # type: ignore[attr-defined]
        out.append(r["text"][e["start"] : e["end"]])
    return out


def _unspell(text: str, lang: str) -> str:
    words = GEN.SPELL[lang]
    for w in words["_"]:
        text = text.replace(f" {w} ", "_")
    toks = text.split()
    return "".join("." if t in words["dot"] else "@" if t in words["at"] else t for t in toks)


def _same_homoglyphs(typed: str, canon: str) -> bool:
    return (
        len(typed) == len(canon)
        and typed != canon
        and all(a == b or a in GEN.HOMOGLYPHS.get(b, []) for a, b in zip(typed, canon, strict=True))
    )


def test_every_span_belongs_to_one_fact() -> None:
    refs = Counter((f"{f.conv}-{t + 1:02d}", k) for f in FACTS for t, k in f.spans)
    spans = Counter((r["message_id"], k) for r in RECORDS for k in range(len(r["entities"])))
    assert refs == spans


@pytest.mark.parametrize("lang", sorted(REGION))
def test_values_are_valid_after_undoing_split_and_disguise(lang: str) -> None:
    hows: Counter[str] = Counter()
    for f in (f for f in FACTS if f.lang == lang):
        hows[f.how] += 1
        texts = _span_texts(f)
        val = f.meta["validator"]
        if f.how == "typo":
            right = f.meta["right"]
            assert len(texts[0]) == len(right)
            diff = [(a, b) for a, b in zip(texts[0], right, strict=True) if a != b]
            assert len(diff) == 1 and diff[0][0].isdigit() and diff[0][1].isdigit()
            continue
        assert _valid(val, f.canonical, lang), (f.conv, f.canonical, val)
        if f.how == "split":
            assert len(texts) in (2, 3) and len({t for t, _ in f.spans}) == len(texts)
            assert all(sum(ch.isalnum() for ch in t) >= 2 for t in texts)
            assert re.sub(r"[\s-]", "", "".join(texts)) == re.sub(r"[\s-]", "", f.canonical)
        elif f.how == "tail":
            assert texts[0].isdigit() and _digits(f.canonical).endswith(texts[0])
        elif f.how == "words":
            inv = {w: str(i) for i, w in enumerate(GEN.NUMBER_WORDS[lang])}
            toks = texts[0].split()
            assert any(t in inv for t in toks)
            assert "".join(inv.get(t, t) for t in toks) == _digits(f.canonical)
        elif f.how == "zero_width":
            assert ZW.search(texts[0]) and ZW.sub("", texts[0]) == f.canonical
        elif f.how == "homoglyph":
            assert _same_homoglyphs(texts[0], f.canonical), (texts[0], f.canonical)
        elif f.how == "spelled_email":
            assert "@" not in texts[0] and _unspell(texts[0], lang) == f.canonical, texts[0]
        elif f.type == "DATE_OF_BIRTH":
            y, _, d = f.canonical.split("-")
            assert len(texts) == 1 and str(int(d)) in texts[0] and y[2:] in texts[0], (
                texts,
                f.canonical,
            )
        else:
            assert len(texts) == 1 and texts[0].lower() == f.canonical.lower(), (texts, f.canonical)
    for how in ("split", "typo", "tail", "words", "zero_width", "homoglyph", "spelled_email"):
        assert hows[how] >= 2, (lang, how, hows)
