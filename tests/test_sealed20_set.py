"""The twentieth sealed conversation set (bench/accuracy/conversations/sealed20.jsonl): its
integrity only. Nothing here runs the detector: the set is scored once, by the lead.

The set is regenerated from make_sealed20.py and compared byte for byte; every span is checked
against its message; every value that has a check digit is checked again here (plain and
bare values from the text itself, disguised ones after undoing the disguise with a decoder
written for this test, split and corrected ones through the generator's record of the whole
value).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import pytest
from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.nl import bsn
from stdnum.no import fodselsnummer, kontonr
from stdnum.ru import inn

from .sealed_set_checks import (
    DIGIT_WORDS,
    LANGS,
    REGION,
    SealedSetFiles,
    iban_parses,
    jsonl_text,
    load_generator,
    phone_valid_in,
)
from .sealed_set_checks import DIR as CONV

SET = CONV / "sealed20.jsonl"
CLASSES = {"bare_answer", "list", "split", "disguised", "address_no_cue", "plain"}
TYPES = {
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "BANK_ACCOUNT", "DATE_OF_BIRTH",
    "PASSPORT", "NATIONAL_ID", "BOOKING_REFERENCE", "CUSTOMER_NUMBER", "LOCATION", "CREDIT_CARD",
}  # fmt: skip
KINDS = {
    "order_number", "invoice_number", "case_number", "tracking_number", "amount", "time",
    "travel_date", "product_code", "voucher_code", "version_number", "seat", "room_number",
    "unit_number", "pitch_number", "sample_id", "transaction_id", "vehicle_registration",
    "company_phone", "company_address", "company_account", "vat_number", "company_id",
    "destination",
}  # fmt: skip
WORDS = DIGIT_WORDS
PLUS = {"plus", "pluss", "плюс"}
ZW = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
CYR = str.maketrans("АВСЕНКМОРТХ", "ABCEHKMOPTX")
TO_DIGIT = str.maketrans("OlIS", "0115")


@pytest.fixture(scope="module")
def built() -> tuple[list[dict], list[tuple[str, str, str]]]:
    records, vc = load_generator("sealed20").build()
    return records, vc.checks


def _undisguise_number(lang: str, s: str) -> str:
    s = s.translate(ZW).translate(CYR)
    out = []
    for tok in s.split():
        low = tok.lower()
        if low in WORDS[lang]:
            out.append(str(WORDS[lang].index(low)))
        elif low in PLUS:
            out.append("+")
        else:
            out.append(tok)
    return "".join(out)


def _valid_number(typ: str, lang: str, s: str) -> bool | None:
    """Checksum validity of a number span (None: the type has no check to run)."""
    c = re.sub(r"[\s\-.()/]", "", s)
    if typ == "PHONE_NUMBER":
        c = c.translate(TO_DIGIT).replace("B", "8")
        return phone_valid_in(c, [REGION[lang]])
    if typ == "CREDIT_CARD":
        c = c.translate(TO_DIGIT).replace("B", "8")
        return bool(luhn.is_valid(c))
    if typ == "IBAN_CODE":
        c = c.upper()
        keep = 8 if c[:2] in ("NL", "GB") else 4  # letters kept: country (+ bank code)
        dig = str.maketrans("OLISB", "01158")  # after upper(): a look-alike l is L here
        c = c[:2] + c[2:4].translate(dig) + c[4:keep] + c[keep:].translate(dig)
        return iban_parses(c)
    if typ == "BANK_ACCOUNT":
        return bool(kontonr.is_valid(c)) if lang == "nb" else len(c) == 20 and c.isdigit()
    if typ == "NATIONAL_ID":
        if lang == "en":
            c = c.upper().translate(CYR)
            c = c[:2] + c[2:8].translate(str.maketrans("OLISB", "01158")) + c[8:]
            return bool(re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", c))
        c = c.translate(TO_DIGIT).replace("B", "8")
        if lang == "nl":
            return bool(bsn.is_valid(c) or be_nn.is_valid(c))
        if lang == "nb":
            return bool(fodselsnummer.is_valid(c))
        if len(c) == 12:
            return bool(inn.is_valid(c))
        total = sum(int(x) * (9 - i) for i, x in enumerate(c[:9])) % 101
        return len(c) == 11 and int(c[9:]) == (0 if total == 100 else total)
    return None


class TestSealed20(SealedSetFiles):
    name = "sealed20"

    def test_regenerates_byte_for_byte(self, built: tuple[list[dict], list]) -> None:
        text = jsonl_text(built[0])
        assert text == SET.read_text(encoding="utf-8")

    def test_every_whole_value_has_valid_check_digits(self, built: tuple[list[dict], list]) -> None:
        gen = load_generator("sealed20")
        checks = built[1]
        assert len(checks) > 500
        bad = [(t, lang) for t, lang, v in checks if not gen.valid(t, lang, v)]
        assert not bad

    def test_shape_and_counts(self, records: list[dict]) -> None:
        convs: dict[str, list[dict]] = defaultdict(list)
        for r in records:
            convs[r["conversation_id"]].append(r)
        assert len(convs) == 600
        per_lang = Counter(ms[0]["lang"] for ms in convs.values())
        assert per_lang == dict.fromkeys(LANGS, 150)
        main = Counter()
        for cid, ms in convs.items():
            assert 7 <= len(ms) <= 35, cid
            assert [m["message_id"] for m in ms] == [
                f"{cid}-{i:02d}" for i in range(1, len(ms) + 1)
            ]
            assert any(m["negatives"] for m in ms), cid
            hard = {e["class"] for m in ms for e in m["entities"]} - {"plain"}
            assert len(hard) <= 1, cid
            main[(ms[0]["lang"], hard.pop() if hard else "plain")] += 1
        assert set(main.values()) == {25}
        assert len(main) == 24

    def test_spans(self, records: list[dict]) -> None:
        for r in records:
            t = r["text"]
            assert r["role"] in ("agent", "customer") and r["lang"] in LANGS
            spans = []
            for e in r["entities"]:
                frag = t[e["start"] : e["end"]]
                assert frag and frag == frag.strip(), r["message_id"]
                assert e["type"] in TYPES and e["class"] in CLASSES
                spans.append((e["start"], e["end"]))
            for n in r["negatives"]:
                frag = t[n["start"] : n["end"]]
                assert frag and frag == frag.strip(), r["message_id"]
                assert n["kind"] in KINDS
                spans.append((n["start"], n["end"]))
            spans.sort()
            for (_, e1), (s2, _) in zip(spans, spans[1:], strict=False):
                assert e1 <= s2, r["message_id"]
            if r["role"] == "agent":  # the agent only says its own name and the business's data
                assert all(e["type"] == "PERSON" and e["class"] == "plain" for e in r["entities"])

    def test_no_flight_numbers_as_negatives(self, records: list[dict]) -> None:
        flight = re.compile(r"^(?:[A-Z]{2}|[A-Z]\d|\d[A-Z])[ -]?\d{1,4}$")
        for r in records:
            for n in r["negatives"]:
                frag = r["text"][n["start"] : n["end"]]
                assert not flight.match(frag), frag

    def test_plain_bare_list_values_are_valid(self, records: list[dict]) -> None:
        checked = 0
        for r in records:
            for e in r["entities"]:
                if e["class"] in ("split", "disguised"):
                    continue
                ok = _valid_number(e["type"], r["lang"], r["text"][e["start"] : e["end"]])
                if ok is not None:
                    assert ok, (r["message_id"], e["type"])
                    checked += 1
        assert checked > 400

    def test_disguised_values_decode_to_valid_ones(self, records: list[dict]) -> None:
        at = {"at", "(at)", "[at]", "apestaart", "apenstaartje", "alfakrøll", "krøllalfa", "собака",
              "собачка", "эт"}  # fmt: skip
        dot = {"dot", "(dot)", "punt", "prikk", "punktum", "точка", "тчк"}
        n_mail = n_num = 0
        for r in records:
            for e in r["entities"]:
                if e["class"] != "disguised":
                    continue
                s = r["text"][e["start"] : e["end"]]
                if e["type"] == "EMAIL_ADDRESS":
                    toks = s.lower().split()
                    mail = "".join(
                        "@" if t in at else "." if t in dot else "_" if t == "underscore" else t
                        for t in toks
                    )
                    assert re.fullmatch(r"[a-z0-9._]+@[a-z0-9]+(\.[a-z]+)+", mail), r["message_id"]
                    n_mail += 1
                    continue
                if e["type"] == "CUSTOMER_NUMBER":
                    assert re.search(r"\d", _undisguise_number(r["lang"], s))
                    continue
                decoded = _undisguise_number(r["lang"], s)
                ok = _valid_number(e["type"], r["lang"], decoded)
                if ok is not None:
                    assert ok, (r["message_id"], e["type"])
                    n_num += 1
                # really disguised: number words, zero-width, another script, or a look-alike letter
                assert (
                    decoded != s
                    or s != s.translate(ZW)
                    or re.search(r"[^\x00-\x7f]", s)
                    or re.search(r"\d[OlISB]|[OlISB]\d", s)
                ), r["message_id"]
        assert n_mail > 60 and n_num > 60, (n_mail, n_num)
