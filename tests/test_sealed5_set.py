# ruff: noqa: E501  (hand-written word tables of the decoder)
"""The fifth sealed conversation set: reproducible, exactly labelled, balanced, valid values.

Regenerates ``sealed5.jsonl`` from ``make_sealed5.py`` and compares byte for byte, then checks
the labels themselves: offsets, classes, the balance of class x language, the validity of every
value (checksums by schwifty, python-stdnum and phonenumbers, through a decoder for the
disguises written for this test, not taken from the generator), split values and corrections,
and the hard negatives. It never runs privacyguard on the set.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import phonenumbers
from stdnum.nl import bsn
from stdnum.no import fodselsnummer, kontonr
from stdnum.ru import inn

from .sealed_set_checks import (
    CLASSES,
    DIR,
    LANGS,
    REGION,
    SealedSetFiles,
    assert_spans_sit_on_text,
    iban_parses,
    snils_digits_ok,
)

SET = DIR / "sealed5.jsonl"
KINDS = {
    "order_number",
    "travel_date",
    "destination",
    "amount",
    "time",
    "tracking_number",
    "seat",
    "product_code",
}
TYPES = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "BANK_ACCOUNT", "DATE_OF_BIRTH", "PASSPORT",
         "NATIONAL_ID", "BOOKING_REFERENCE", "CUSTOMER_NUMBER", "LOCATION"}  # fmt: skip


# ---------------------------------------------------------------------------------------
# decoding disguises (this test's own tables)
# ---------------------------------------------------------------------------------------

ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
CYR_LATIN = str.maketrans("АВСЕНКМОРТХаеорсух", "ABCEHKMOPTXaeopcyx")
DIGIT_WORDS = {
    "zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "nul": "0", "een": "1", "twee": "2", "drie": "3", "vier": "4", "vijf": "5", "zes": "6",
    "zeven": "7", "acht": "8", "negen": "9", "null": "0", "en": "1", "to": "2", "tre": "3", "fire": "4", "fem": "5",
    "seks": "6", "sju": "7", "syv": "7", "åtte": "8", "ni": "9", "ноль": "0", "один": "1", "два": "2", "три": "3",
    "четыре": "4", "пять": "5", "шесть": "6", "семь": "7", "восемь": "8", "девять": "9", "plus": "+",
}  # fmt: skip
RU_TENS = {"двадцать": 2, "тридцать": 3, "сорок": 4, "пятьдесят": 5, "шестьдесят": 6, "семьдесят": 7,
           "восемьдесят": 8, "девяносто": 9}  # fmt: skip
RU_TEENS = {"десять": "10", "одиннадцать": "11", "двенадцать": "12", "тринадцать": "13", "четырнадцать": "14",
            "пятнадцать": "15", "шестнадцать": "16", "семнадцать": "17", "восемнадцать": "18", "девятнадцать": "19"}  # fmt: skip
AT_WORDS = {
    "at",
    "(at)",
    "[at]",
    "@",
    "apenstaartje",
    "apestaart",
    "alfakrøll",
    "krøllalfa",
    "собака",
    "собачка",
}
DOT_WORDS = {
    "dot",
    "(dot)",
    "[dot]",
    ".",
    "punt",
    "puntje",
    "punktum",
    "prikk",
    "punkt",
    "точка",
    "тчк",
}
SEP_WORDS = {
    "underscore": "_",
    "understrek": "_",
    "dash": "-",
    "streepje": "-",
    "bindestrek": "-",
    "дефис": "-",
}
RU_DOMAIN = {
    "яндекс": "yandex",
    "ру": "ru",
    "мэйл": "mail",
    "ком": "com",
    "гмейл": "gmail",
    "инбокс": "inbox",
    "лист": "list",
}


def clean(s: str) -> str:
    return unicodedata.normalize("NFKC", s.translate(ZERO_WIDTH))


def decode_email(s: str) -> str:
    s = clean(s).lower().replace("at sign", "at").replace("нижнее подчёркивание", "underscore")
    out = []
    for tok in s.split():
        if tok in AT_WORDS:
            out.append("@")
        elif tok in DOT_WORDS:
            out.append(".")
        else:
            out.append(SEP_WORDS.get(tok) or RU_DOMAIN.get(tok) or tok)
    return "".join(out)


def decode_number(s: str) -> str:
    """Digits (and letters, '+') of a number however it was typed: words, look-alikes, spacing."""
    toks = clean(s).split()
    out: list[str] = []
    i = 0
    while i < len(toks):
        low = toks[i].lower()
        nxt = toks[i + 1].lower() if i + 1 < len(toks) else ""
        if low == "double" and nxt in DIGIT_WORDS:
            out.append(DIGIT_WORDS[nxt] * 2)
            i += 2
        elif low in RU_TENS:
            unit = DIGIT_WORDS.get(nxt)
            assert unit is not None and unit != "0", s  # "двадцать" is only written with its unit
            out.append(f"{RU_TENS[low]}{unit}")
            i += 2
        elif low in RU_TEENS:
            out.append(RU_TEENS[low])
            i += 1
        elif low in DIGIT_WORDS:
            out.append(DIGIT_WORDS[low])
            i += 1
        else:
            out.append(toks[i].translate(CYR_LATIN))
            i += 1
    return re.sub(r"[\s\-.()/]", "", "".join(out))


def as_digits(s: str) -> str:
    """Letters that stand for digits where only digits belong."""
    return s.translate(str.maketrans("OolI", "0011"))


# ---------------------------------------------------------------------------------------
# validity of values
# ---------------------------------------------------------------------------------------

MONTHS: dict[str, int] = {}
for names in (
    "january february march april may june july august september october november december",
    "jan feb mar apr may jun jul aug sep oct nov dec",
    "januari februari maart april mei juni juli augustus september oktober november december",
    "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "januar februar mars april mai juni juli august september oktober november desember",
    "jan. feb. mars apr. mai juni juli aug. sep. okt. nov. des.",
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "янв. февр. марта апр. мая июня июля авг. сент. окт. нояб. дек.",
):
    for k, name in enumerate(names.split(), 1):
        MONTHS[name] = k


def parse_date(s: str) -> date:
    t = s.lower().removesuffix(" г.")
    year = lambda y: int(y) if len(y) == 4 else 1900 + int(y) if int(y) > 25 else 2000 + int(y)  # noqa: E731
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t):
        return date(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})", t):
        return date(year(m[3]), int(m[2]), int(m[1]))
    if m := re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?\.? (\S{1,12}) (\d{4})", t):
        return date(int(m[3]), MONTHS[m[2]], int(m[1]))
    if m := re.fullmatch(r"([a-z]{3,9}) (\d{1,2}), (\d{4})", t):
        return date(int(m[3]), MONTHS[m[1]], int(m[2]))
    raise AssertionError(f"not a date: {s!r}")


def compact(v: str, typ: str) -> str:
    if typ in ("EMAIL_ADDRESS", "PERSON", "LOCATION", "DATE_OF_BIRTH"):
        return v
    return re.sub(r"[\s\-.()/]", "", v)


def valid(v: str, typ: str, lang: str, disguised: bool = False) -> bool:
    """Is ``v`` (as typed, or decoded when ``disguised``) a valid value of ``typ``?"""
    if typ == "EMAIL_ADDRESS":
        e = decode_email(v) if disguised else v.lower()
        return (
            re.fullmatch(r"[a-z0-9._-]{1,64}@[a-z0-9-]{1,40}(\.[a-z0-9-]{1,20}){1,3}", e)
            is not None
        )
    if typ == "DATE_OF_BIRTH":
        return 1900 < parse_date(v).year < 2025
    if typ == "PERSON":
        return not re.search(r"\d", v) and v[0].isupper() and len(v.split()) >= 1
    if typ == "LOCATION":
        return re.search(r"\d", v) is not None
    c = decode_number(v) if disguised else compact(v, typ)
    if typ == "PHONE_NUMBER":
        c = as_digits(c)
        return re.fullmatch(r"\+?\d{8,13}", c) is not None and phonenumbers.is_valid_number(
            phonenumbers.parse(c, REGION[lang])
        )
    if typ == "IBAN_CODE":
        country = c[:2].upper()
        rest = c[4:8].upper() + as_digits(c[8:]) if country in ("NL", "GB") else as_digits(c[4:])
        body = country + as_digits(c[2:4]) + rest
        return iban_parses(body)
    c = as_digits(c) if typ != "BOOKING_REFERENCE" else c
    if typ == "BANK_ACCOUNT":
        if lang == "nb":
            return kontonr.is_valid(c)
        if lang == "ru":
            return re.fullmatch(r"40817810\d{12}", c) is not None
        return re.fullmatch(r"\d{14}", c) is not None  # sort code + account
    if typ == "NATIONAL_ID":
        if lang == "nl":
            return bsn.is_valid(c)
        if lang == "nb":
            return fodselsnummer.is_valid(c)
        return inn.is_valid(c) if len(c) == 12 else snils_digits_ok(c)
    if typ == "PASSPORT":
        pattern = {
            "en": r"\d{9}",
            "nl": r"[NB][A-Z][A-Z0-9]{6}\d",
            "nb": r"F[HKPS]\d{7}",
            "ru": r"7[0-6]\d{7}",
        }[lang]
        return re.fullmatch(pattern, c) is not None
    if typ == "BOOKING_REFERENCE":
        return re.fullmatch(r"[A-Z0-9]{6}", c.upper()) is not None
    if typ == "CUSTOMER_NUMBER":
        return re.fullmatch(r"[KMP]?\d{6,10}", c) is not None
    raise AssertionError(typ)


def split_runs(msgs: list[dict]) -> list[tuple[str, list[str]]]:
    """The split values of a conversation: runs of split spans of one type in consecutive customer turns."""
    runs: list[tuple[str, list[str]]] = []
    open_runs: dict[str, list[str]] = {}
    for m in msgs:
        if m["role"] != "customer":
            continue
        here: dict[str, list[str]] = defaultdict(list)
        for e in m["entities"]:
            if e["class"] == "split":
                here[e["type"]].append(m["text"][e["start"] : e["end"]])
        for typ in list(open_runs):
            if typ not in here:
                runs.append((typ, open_runs.pop(typ)))
        for typ, vals in here.items():
            open_runs.setdefault(typ, []).extend(vals)
    runs.extend(open_runs.items())
    return runs


def one_char_apart(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1


class TestSealed5(SealedSetFiles):
    name = "sealed5"

    def test_regenerates_byte_for_byte(self, tmp_path: Path) -> None:
        sys.path.insert(0, str(DIR))
        try:
            import make_sealed5
            from make_values import write_jsonl
        finally:
            sys.path.remove(str(DIR))
        out = tmp_path / "sealed5.jsonl"
        write_jsonl(make_sealed5.build(), out)
        assert out.read_bytes() == SET.read_bytes()

    def test_shape(self, records: list[dict], convs: dict[str, list[dict]]) -> None:
        per_lang = Counter(msgs[0]["lang"] for msgs in convs.values())
        assert per_lang == {lang: 150 for lang in LANGS}
        for cid, msgs in convs.items():
            assert 10 <= len(msgs) <= 25, cid
            assert [m["message_id"] for m in msgs] == [
                f"{cid}-{i:02d}" for i in range(1, len(msgs) + 1)
            ]
            assert {m["lang"] for m in msgs} == {msgs[0]["lang"]}
            assert {m["role"] for m in msgs} == {"agent", "customer"}
        # the messages of a conversation are consecutive
        seen: list[str] = []
        for r in records:
            if not seen or seen[-1] != r["conversation_id"]:
                assert r["conversation_id"] not in seen
                seen.append(r["conversation_id"])

    def test_offsets_exact_and_disjoint(self, records: list[dict]) -> None:
        assert_spans_sit_on_text(records)
        for r in records:
            for key in ("entities", "negatives"):
                for s in r[key]:
                    frag = r["text"][s["start"] : s["end"]]
                    # the value as typed: no punctuation of the sentence around it
                    assert not frag.endswith((",", ";", ":", "!", "?")), (r["message_id"], frag)
                    assert not frag.startswith((",", ".", ";", ":", "!", "?")), (
                        r["message_id"],
                        frag,
                    )
                    if key == "entities":
                        assert s["type"] in TYPES and s["class"] in CLASSES, (r["message_id"], s)
                    else:
                        assert s["kind"] in KINDS, (r["message_id"], s)

    def test_every_class_and_language_has_40_spans(self, records: list[dict]) -> None:
        cells = Counter((e["class"], r["lang"]) for r in records for e in r["entities"])
        for cls in CLASSES:
            for lang in LANGS:
                assert cells[(cls, lang)] >= 40, (cls, lang, cells[(cls, lang)])

    def test_value_labelled_wherever_it_occurs(self, convs: dict[str, list[dict]]) -> None:
        """A careful annotator marks every occurrence of a value, not only the first."""
        for cid, msgs in convs.items():
            values = {m["text"][e["start"] : e["end"]] for m in msgs for e in m["entities"]}
            for v in values:
                if len(v.replace(" ", "")) < 6:
                    continue
                for m in msgs:
                    covered = [(e["start"], e["end"]) for e in m["entities"]]
                    for hit in re.finditer(re.escape(v), m["text"]):
                        assert any(s <= hit.start() and hit.end() <= e for s, e in covered), (
                            cid,
                            m["message_id"],
                            v,
                        )

    def test_every_value_is_valid(self, records: list[dict]) -> None:
        """Checksums of every value that is typed whole (plain, bare, list, disguised after decoding)."""
        checked: Counter[str] = Counter()
        for r in records:
            for e in r["entities"]:
                if e["class"] == "split":
                    continue
                v = r["text"][e["start"] : e["end"]]
                assert valid(v, e["type"], r["lang"], e["class"] == "disguised"), (
                    r["message_id"],
                    e["type"],
                    v,
                )
                checked[e["type"]] += 1
        for typ in ("IBAN_CODE", "NATIONAL_ID", "PHONE_NUMBER", "BANK_ACCOUNT", "EMAIL_ADDRESS"):
            assert checked[typ] >= 40, (typ, checked)

    def test_split_and_corrected_values(self, convs: dict[str, list[dict]]) -> None:
        """Parts of a split value join into a valid value; a corrected value differs in one character."""
        kinds: Counter[str] = Counter()
        for cid, msgs in convs.items():
            lang = msgs[0]["lang"]
            for typ, parts in split_runs(msgs):
                assert len(parts) >= 2, (cid, typ, parts)
                if typ == "LOCATION":
                    kinds["address"] += 1
                    continue
                joined = "".join(compact(p, typ) for p in parts)
                if typ not in ("DATE_OF_BIRTH", "PERSON") and valid(joined, typ, lang):
                    kinds["split"] += 1
                    continue
                last = parts[-1]
                assert valid(last, typ, lang), (cid, typ, parts)
                for wrong in parts[:-1]:
                    assert one_char_apart(compact(wrong, typ), compact(last, typ)), (
                        cid,
                        typ,
                        parts,
                    )
                kinds["corrected"] += 1
        assert min(kinds.values()) >= 40, kinds

    def test_hard_negatives(self, records: list[dict], convs: dict[str, list[dict]]) -> None:
        kinds = Counter(n["kind"] for r in records for n in r["negatives"])
        assert set(kinds) == KINDS
        assert all(kinds[k] >= 40 for k in KINDS), kinds
        # given as the whole answer (apart from a word or an emoji) to the agent's question
        bare: Counter[str] = Counter()
        for r in records:
            if r["role"] == "customer" and len(r["negatives"]) == 1 and not r["entities"]:
                n = r["negatives"][0]
                rest = r["text"][: n["start"]] + r["text"][n["end"] :]
                if len(rest.strip()) <= 6:
                    bare[n["kind"]] += 1
        assert sum(bare.values()) >= 300 and len(bare) == len(KINDS), bare
        # an order number given instead of the customer number, a travel date instead of the birth date,
        # each followed (after the agent's remark) by the value that was asked for
        swapped: Counter[str] = Counter()
        for msgs in convs.values():
            for i in range(len(msgs) - 2):
                first, agent, then = msgs[i], msgs[i + 1], msgs[i + 2]
                if (
                    first["role"] != "customer"
                    or agent["role"] != "agent"
                    or then["role"] != "customer"
                ):
                    continue
                got = {e["type"] for e in then["entities"] if e["class"] == "bare_answer"}
                negs = {n["kind"] for n in first["negatives"]}
                if "order_number" in negs and "CUSTOMER_NUMBER" in got:
                    swapped["order for customer number"] += 1
                if "travel_date" in negs and "DATE_OF_BIRTH" in got:
                    swapped["date for birth date"] += 1
        assert len(swapped) == 2 and min(swapped.values()) >= 30, swapped

    def test_no_negative_is_personal_data(self, records: list[dict]) -> None:
        """A hard negative never carries a value that is labelled personal data elsewhere in its chat."""
        by_conv: dict[str, set[str]] = defaultdict(set)
        for r in records:
            for e in r["entities"]:
                by_conv[r["conversation_id"]].add(r["text"][e["start"] : e["end"]])
        for r in records:
            for n in r["negatives"]:
                assert r["text"][n["start"] : n["end"]] not in by_conv[r["conversation_id"]], r[
                    "message_id"
                ]
