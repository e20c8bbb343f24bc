# ruff: noqa: E501, RUF001  (Cyrillic look-alikes and number words)
"""The blind conversation set sealed15.jsonl: regenerates exactly, spans exact and well-shaped,
checksummed values valid, counts per language and class as specified."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from functools import cache

import phonenumbers
from schwifty import IBAN
from stdnum import luhn
from stdnum.au import tfn
from stdnum.be import nn as be_nn
from stdnum.ie import pps
from stdnum.nl import bsn
from stdnum.no import fodselsnummer, kontonr
from stdnum.nz import ird
from stdnum.ru import inn
from stdnum.us import ssn

from .sealed_set_checks import DIR, jsonl_text, load_generator, snils_ok

SET = DIR / "sealed15.jsonl"
CLASSES = {"bare_answer", "list", "split", "disguised", "address_no_cue", "plain"}
REGIONS = {"en": ["GB", "IE", "US", "AU", "NZ"], "nl": ["NL", "BE"], "nb": ["NO"], "ru": ["RU"]}
NEG_KINDS = {
    "order_number", "travel_date", "destination", "amount", "time", "tracking_number", "seat", "product_code",
    "company_phone", "business_phone", "company_address", "case_number", "voucher_code", "vehicle_registration",
    "company_id", "invoice_number", "version_number",
}  # fmt: skip

# what the test undoes: invisible characters, look-alike letters, spelled-out digits and e-mail words
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
CYR_TO_LAT = str.maketrans("АВСЕНКМОРТХЗ", "ABCEHKMOPTX3")
DIGIT_WORDS = {
    w: str(i)
    for words in (
        "zero one two three four five six seven eight nine",
        "nul een twee drie vier vijf zes zeven acht negen",
        "null en to tre fire fem seks sju åtte ni",
        "ноль один два три четыре пять шесть семь восемь девять",
        "nol odin dva tri chetyre pyat shest sem vosem devyat",
    )
    for i, w in enumerate(words.split())
}
DIGIT_WORDS["oh"] = "0"
PLUS_WORDS = {"plus", "pluss", "плюс", "plyus"}
AT_WORDS = {"at", "(at)", "[at]", "AT", "apenstaartje", "apestaart", "alfakrøll", "krøllalfa", "собака", "собачка", "эт",
            "sobaka", "sobachka", "et"}  # fmt: skip
DOT_WORDS = {"dot", "(dot)", "DOT", "punt", "prikk", "punktum", "точка", "tochka"}
UNDER_WORDS = ["нижнее подчёркивание", "nizhnee podchyorkivanie", "underscore", "understrek"]


@cache
@cache
def built() -> tuple[list[dict], list[dict]]:
    recs, checks = load_generator("sealed15").build()
    return recs, checks


@cache
def records() -> list[dict]:
    return [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines()]


def clean(s: str) -> str:
    """Undo the disguises: invisible characters, full-width digits, look-alikes, number words."""
    s = unicodedata.normalize("NFKC", s.translate(ZERO_WIDTH))
    if re.search(r"[A-Za-z0-9]", s):
        s = s.translate(CYR_TO_LAT)
    out, toks = [], s.split()
    i = 0
    while i < len(toks):
        t = toks[i]
        if t == "double" and i + 1 < len(toks) and toks[i + 1] in DIGIT_WORDS:
            out.append(DIGIT_WORDS[toks[i + 1]] * 2)
            i += 2
            continue
        out.append("+" if t in PLUS_WORDS else DIGIT_WORDS.get(t, t))
        i += 1
    return " ".join(out)


def alnum(s: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", clean(s)).upper()


def same_alnum(shown: str, canonical: str) -> bool:
    """Equal up to separators, with O for 0 and l/I for 1 typed in place of digits."""
    a, b = alnum(shown), re.sub(r"[^0-9A-Za-z]", "", canonical).upper()
    return len(a) == len(b) and all(
        x == y or (y == "0" and x == "O") or (y == "1" and x in "LI")
        for x, y in zip(a, b, strict=True)
    )


def despell(s: str) -> str:
    for w in UNDER_WORDS:
        s = s.replace(f" {w} ", " _ ")
    return "".join("@" if t in AT_WORDS else "." if t in DOT_WORDS else t for t in s.split())


def valid(kind: str, v: str) -> bool:
    checks = {
        "iban": lambda: IBAN(v, allow_invalid=True).is_valid, "card": lambda: luhn.is_valid(v) and len(v) == 16,
        "bsn": lambda: bsn.is_valid(v), "fnr": lambda: fodselsnummer.is_valid(v), "kontonr": lambda: kontonr.is_valid(v),
        "inn": lambda: inn.is_valid(v) and len(v) == 12, "snils": lambda: snils_ok(v), "pps": lambda: pps.is_valid(v),
        "ssn": lambda: ssn.is_valid(v), "tfn": lambda: tfn.is_valid(v), "ird": lambda: ird.is_valid(v), "be_nn": lambda: be_nn.is_valid(v),
        "nino": lambda: bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]", v)), "email": lambda: bool(EMAIL.fullmatch(v)),
        "phone": lambda: phonenumbers.is_valid_number(phonenumbers.parse(v)),
    }  # fmt: skip
    return bool(checks[kind]())


EMAIL = re.compile(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+")


def phone_e164(shown: str, region: str) -> str:
    num = phonenumbers.parse(clean(shown), region)
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)


def matches(check: dict, shown: str) -> bool:
    if check["kind"] == "phone":
        return phone_e164(shown, check["region"]) == check["value"]
    if check["kind"] == "email":
        return despell(shown) == check["value"]
    return same_alnum(shown, check["value"])


# ---------------------------------------------------------------------------------------


def test_regenerates_byte_for_byte() -> None:
    recs, _ = built()
    text = jsonl_text(recs)
    assert text == SET.read_text(encoding="utf-8")


def test_spans_are_exact_and_disjoint() -> None:
    for r in records():
        t, spans = r["text"], []
        for s in r["entities"] + r["negatives"]:
            frag = t[s["start"] : s["end"]]
            assert 0 <= s["start"] < s["end"] <= len(t), r["message_id"]
            assert frag == frag.strip() and frag, (r["message_id"], frag)
            spans.append((s["start"], s["end"]))
        spans.sort()
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)), r["message_id"]
        assert all(e["class"] in CLASSES for e in r["entities"])
        assert all(n["kind"] in NEG_KINDS for n in r["negatives"])


SHAPES = {
    "EMAIL_ADDRESS": lambda s, c: (
        bool(EMAIL.fullmatch(s.lower())) if c not in ("split", "disguised") else True
    ),
    "PHONE_NUMBER": lambda s, c: (
        (7 if c != "split" else 2) <= len(re.sub(r"\D", "", clean(s))) <= 15
    ),
    "IBAN_CODE": lambda s, c: (
        bool(re.fullmatch(r"[A-Z]{2}[0-9O]{2}[A-Z0-9]{4,30}", alnum(s)))
        if c != "split"
        else len(alnum(s)) >= 4
    ),
    "CREDIT_CARD": lambda s, c: len(alnum(s)) == 16 if c != "split" else len(alnum(s)) >= 4,
    "BANK_ACCOUNT": lambda s, c: len(re.sub(r"\D", "", s)) >= (10 if c != "split" else 3),
    "NATIONAL_ID": lambda s, c: len(re.sub(r"\D", "", clean(s))) >= (6 if c != "split" else 2),
    "PASSPORT": lambda s, c: (
        bool(re.fullmatch(r"[A-Z]{0,2}[0-9OIL]{6,11}", alnum(s.replace("№", ""))))
        or bool(re.fullmatch(r"[A-Z]{2}[A-Z0-9]{6}\d", alnum(s)))
    ),
    "CUSTOMER_NUMBER": lambda s, c: len(re.sub(r"\D", "", clean(s))) >= (4 if c != "split" else 1),
    "BOOKING_REFERENCE": lambda s, c: 6 <= len(alnum(s)) <= 8,
    "DATE_OF_BIRTH": lambda s, c: (
        bool(re.fullmatch(r"\d{6}", s))
        or (
            bool(re.search(r"\d", s))
            and len(re.findall(r"\d+", s)) + bool(re.search(r"[^\W\d]{3,}", s)) >= 2
        )
    ),
    "LOCATION": lambda s, c: bool(re.search(r"\d", s)) and len(s) >= 8,
}


def test_every_span_has_its_labelled_shape() -> None:
    words = load_generator("sealed15").name_words()
    for r in records():
        for e in r["entities"]:
            s = r["text"][e["start"] : e["end"]]
            if e["type"] == "PERSON":
                assert all(w in words for w in s.split()), (r["message_id"], s)
            else:
                assert SHAPES[e["type"]](s, e["class"]), (r["message_id"], e["type"], s)


def test_typed_checksummed_values_are_valid() -> None:
    """Values not split or disguised are valid as typed, checked from the file alone."""
    for r in records():
        for e in r["entities"]:
            if e["class"] in ("split", "disguised"):
                continue
            s = r["text"][e["start"] : e["end"]]
            if e["type"] == "IBAN_CODE":
                assert IBAN(alnum(s), allow_invalid=True).is_valid, s
            elif e["type"] == "CREDIT_CARD":
                assert luhn.is_valid(alnum(s)), s
            elif e["type"] == "PHONE_NUMBER":
                assert any(
                    phonenumbers.is_valid_number(phonenumbers.parse(s, reg))
                    for reg in REGIONS[r["lang"]]
                ), s


def test_checks_are_valid_and_match_what_was_typed() -> None:
    """Every checksummed value (split joined, corrected, disguised cleaned) is valid."""
    _, checks = built()
    spans: dict[str, set[str]] = defaultdict(set)
    for r in records():
        for e in r["entities"]:
            spans[r["conversation_id"]].add(r["text"][e["start"] : e["end"]])
    kinds = Counter(c["kind"] for c in checks)
    assert {"iban", "card", "phone", "bsn", "fnr", "kontonr", "inn", "snils", "email"} <= set(kinds)
    for c in checks:
        assert valid(c["kind"], c["value"]), c
        assert all(s in spans[c["conversation_id"]] for s in c["shown"]), c
        if c["how"] == "joined":
            assert matches(
                c, " ".join(c["shown"]) if c["kind"] != "email" else "".join(c["shown"])
            ), c
        elif c["how"] == "corrected":
            wrong, right = c["shown"]
            assert matches(c, right) and not matches(c, wrong), c
            assert sum(x != y for x, y in zip(wrong, right, strict=True)) == 1, c
        else:
            assert matches(c, c["shown"][0]), c


def test_counts_per_language_and_class() -> None:
    recs = records()
    convs: dict[str, list[dict]] = defaultdict(list)
    for r in recs:
        convs[r["conversation_id"]].append(r)
    assert len(convs) == 600
    assert Counter(m[0]["lang"] for m in convs.values()) == {
        "en": 150,
        "nl": 150,
        "nb": 150,
        "ru": 150,
    }
    per = Counter((r["lang"], e["class"]) for r in recs for e in r["entities"])
    for lang in ("en", "nl", "nb", "ru"):
        for cls in CLASSES:
            assert per[(lang, cls)] >= 25, (lang, cls, per[(lang, cls)])
    spans = [(r, e) for r in recs for e in r["entities"]]
    agent_names = sum(1 for r, e in spans if r["role"] == "agent")
    assert agent_names < len(spans) / 3
    negs = Counter(n["kind"] for r in recs for n in r["negatives"])
    assert set(negs) == NEG_KINDS
    assert sum(negs.values()) >= 1.4 * len(convs)
    lengths = [len(m) for m in convs.values()]
    assert (
        sum(n >= 15 for n in lengths) >= 0.3 * len(convs)
        and max(lengths) <= 36
        and min(lengths) >= 2
    )
