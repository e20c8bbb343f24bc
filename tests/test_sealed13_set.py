"""Checks of the sealed conversation set 13 (bench/accuracy/conversations/sealed13.jsonl).

The set must regenerate byte for byte, every labelled span must be exactly the value it
claims to be (offsets exact, the canonical value recovered from what was typed), every number
whose kind has a checksum must pass it (python-stdnum, schwifty, phonenumbers), and the sizes
per language and class must hold. Names must come from the generator's own tables.
"""

from __future__ import annotations

import collections
import ipaddress
import re
import unicodedata

import phonenumbers
import pytest
from schwifty import IBAN
from stdnum import luhn
from stdnum.nl import bsn
from stdnum.no import fodselsnummer, kontonr
from stdnum.ru import inn

from .sealed_set_checks import (
    CLASSES,
    DIGIT_WORDS,
    LANGS,
    REGION,
    SealedSetFiles,
    load_generator,
    snils_digits_ok,
)
from .sealed_set_checks import DIR as CONV

SET = CONV / "sealed13.jsonl"
ENTITY_TYPES = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "BANK_ACCOUNT",
                "CREDIT_CARD", "CUSTOMER_NUMBER", "DATE_OF_BIRTH", "BOOKING_REFERENCE",
                "TICKET_NUMBER", "NATIONAL_ID", "PASSPORT", "LOCATION", "IP_ADDRESS"}  # fmt: skip


gen = load_generator("sealed13")


@pytest.fixture(scope="module")
def built():
    return gen.build_with_ledger()


# ---------------------------------------------------------------------------------------
# independent normalisation of what the customer typed
# ---------------------------------------------------------------------------------------

ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
CYR_TO_LAT = str.maketrans("АВСЕНКМОРТХавсенкмортхІі", "ABCEHKMOPTXabcehkmoptxIi")
LOOKS_LIKE_DIGIT = {
    "O": "0",
    "o": "0",
    "l": "1",
    "I": "1",
    "i": "1",
    "S": "5",
    "s": "5",
    "B": "8",
    "b": "8",
}
NUMBER_WORDS = DIGIT_WORDS
PLUS = {"plus", "pluss", "плюс"}
DOT_WORDS = {"dot", "period", "punt", "puntje", "punktum", "prikk", "точка", "tochka", "(dot)"}
AT_WORDS = {
    "at",
    "(at)",
    "apestaart",
    "apenstaartje",
    "alfakrøll",
    "krøllalfa",
    "собака",
    "собачка",
    "sobaka",
}
UNDERSCORE = {"underscore", "understrek", "нижнее подчёркивание"}


def spoken_to_chars(text: str, lang: str) -> str:
    """Number words, 'double', 'oh', 'plus' and spelled separators to characters; spaces dropped."""
    t = unicodedata.normalize("NFKC", text.translate(ZERO_WIDTH).replace("№", " ")).lower()
    for u in UNDERSCORE:
        t = t.replace(u, " _ ")
    words = {w: str(i) for i, w in enumerate(NUMBER_WORDS[lang])}
    if lang == "en":
        words["oh"] = "0"
    out, toks, i = [], t.split(), 0
    while i < len(toks):
        tok = toks[i]
        if tok == "double" and i + 1 < len(toks) and toks[i + 1] in words:
            out.append(words[toks[i + 1]] * 2)
            i += 2
            continue
        if tok in words and len(toks) > 1:
            out.append(words[tok])
        elif tok in PLUS:
            out.append("+")
        elif tok in DOT_WORDS:
            out.append(".")
        elif tok in AT_WORDS:
            out.append("@")
        else:
            out.append(tok)
        i += 1
    return "".join(out)


def alnum(s: str) -> str:
    return "".join(ch for ch in s if ch.isalnum())


def same_chars(typed: str, value: str) -> bool:
    """Equal up to case, Cyrillic look-alikes and letters that look like digits."""
    a, b = alnum(typed.translate(CYR_TO_LAT)), alnum(value)
    if len(a) != len(b):
        return False
    return all(
        x.upper() == y.upper() or LOOKS_LIKE_DIGIT.get(x) == y for x, y in zip(a, b, strict=True)
    )


def typed_matches(kind: str, typed: str, value: str, lang: str) -> bool:
    if kind == "phone":
        spoken = spoken_to_chars(typed, lang).translate(CYR_TO_LAT)
        raw = re.sub(r"[^\d+]", "", "".join(LOOKS_LIKE_DIGIT.get(ch, ch) for ch in spoken))
        try:
            num = phonenumbers.parse(raw, REGION[lang])
        except phonenumbers.NumberParseException:
            return False
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164) == value
    if kind == "email":
        return spoken_to_chars(typed, lang) == value.lower()
    if kind == "dob":
        y, m, d = (int(x) for x in value.split("-"))
        nums = re.findall(r"\d+", typed)
        flat = "".join(nums)
        return (str(y) in flat or f"{y % 100:02d}" in flat) and str(d) in flat
    if kind in ("name", "address"):
        return alnum(typed).lower() == alnum(value).lower()
    return same_chars(spoken_to_chars(typed, lang), value)


CHECKS = {
    "iban": lambda v: IBAN(v).compact == v,
    "bsn": bsn.is_valid,
    "fnr": fodselsnummer.is_valid,
    "kontonr": lambda v: kontonr.is_valid(v) and len(v) == 11,
    "inn": lambda v: inn.is_valid(v) and len(v) == 12,
    "snils": snils_digits_ok,
    "card": lambda v: luhn.is_valid(v) and len(v) in (15, 16),
    "phone": lambda v: phonenumbers.is_valid_number(phonenumbers.parse(v)),
    "ru_account": lambda v: re.fullmatch(r"40817810\d{12}", v) is not None,
    "ticket": lambda v: re.fullmatch(r"\d{13}", v) is not None,
    "booking": lambda v: re.fullmatch(r"[A-Z0-9]{6}", v) is not None,
    "customer": lambda v: re.fullmatch(r"[1-9]\d{6,9}", v) is not None,
    "passport": lambda v: re.fullmatch(r"[A-Z0-9]{8,10}", v) is not None,
    "email": lambda v: re.fullmatch(r"[a-z0-9._]+@[a-z0-9.]+\.[a-z]{2,}", v) is not None,
    "ip": lambda v: (
        ipaddress.ip_address(v).is_private
        or v.startswith(("203.0.113.", "198.51.100.", "192.0.2."))
    ),
    "dob": lambda v: re.fullmatch(r"(19[4-9]\d|20[01]\d)-\d\d-\d\d", v) is not None,
    "name": lambda v: bool(v.strip()),
    "address": lambda v: bool(v.strip()),
}


# ---------------------------------------------------------------------------------------
# tests
# ---------------------------------------------------------------------------------------


class TestSealed13(SealedSetFiles):
    name = "sealed13"

    def test_regenerates_byte_for_byte(self, tmp_path):
        out = tmp_path / "sealed13.jsonl"
        gen.main(["make_sealed13.py", str(out)])
        assert out.read_bytes() == SET.read_bytes()

    def test_build_matches_file(self, built, records):
        assert built[0] == records

    def test_sizes_per_language_and_class(self, records):
        convs: dict[str, list[dict]] = collections.defaultdict(list)
        for r in records:
            convs[r["conversation_id"]].append(r)
        assert len(convs) == 600
        main = collections.Counter()
        for cid, msgs in convs.items():
            lang = msgs[0]["lang"]
            assert re.fullmatch(rf"sealed13-{lang}-\d{{3}}", cid)
            assert [m["message_id"] for m in msgs] == [
                f"{cid}-{i:02d}" for i in range(1, len(msgs) + 1)
            ]
            assert all(m["lang"] == lang and m["role"] in ("agent", "customer") for m in msgs)
            hard = {e["class"] for m in msgs for e in m["entities"]} - {"plain"}
            assert len(hard) <= 1, (cid, hard)
            cls = hard.pop() if hard else "plain"
            assert any(e["class"] == cls for m in msgs for e in m["entities"]), cid
            main[(lang, cls)] += 1
            assert sum(len(m["negatives"]) for m in msgs) >= 1, cid
        assert main == {(lang, cls): 25 for lang in LANGS for cls in CLASSES}

    def test_spans_exact(self, built, records):
        _, ledger = built
        by_msg = {r["message_id"]: r for r in records}
        assert sum(len(r["entities"]) for r in records) == len(ledger)
        for r in records:
            t = r["text"]
            for s in r["entities"] + r["negatives"]:
                frag = t[s["start"] : s["end"]]
                assert 0 <= s["start"] < s["end"] <= len(t) and frag == frag.strip(), (
                    r["message_id"],
                    s,
                )
            for e in r["entities"]:
                assert e["type"] in ENTITY_TYPES and e["class"] in CLASSES
            spans = sorted((s["start"], s["end"]) for s in r["entities"] + r["negatives"])
            assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)), r[
                "message_id"
            ]
        for item in ledger:
            r = by_msg[item["message_id"]]
            assert {
                "start": item["start"],
                "end": item["end"],
                "type": item["type"],
                "class": item["class"],
            } in r["entities"]

    def test_typed_text_is_the_labelled_value(self, built, records):
        _, ledger = built
        by_msg = {r["message_id"]: r for r in records}
        groups: dict[str, list[dict]] = collections.defaultdict(list)
        for item in ledger:
            typed = by_msg[item["message_id"]]["text"][item["start"] : item["end"]]
            if item["group"]:
                groups[item["group"]].append({**item, "typed": typed})
            else:
                assert typed_matches(item["kind"], typed, item["value"], item["lang"]), (
                    item,
                    typed,
                )
        assert groups
        for g, parts in groups.items():
            assert all(p["class"] == "split" for p in parts), g
            typos = [p for p in parts if p["typo"]]
            # typed, then corrected: the correction is the whole value, the typo one digit off
            if typos:
                assert len(parts) == 2 and not parts[1]["typo"], g
                good, bad = parts[1], typos[0]
                assert typed_matches(good["kind"], good["typed"], good["value"], good["lang"]), good
                a, b = alnum(bad["typed"]), alnum(good["typed"])
                assert len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1, (
                    bad,
                    good,
                )
            else:
                assert len(parts) in (2, 3), g
                joined = "".join(p["typed"] for p in parts)
                assert typed_matches(
                    parts[0]["kind"], joined, parts[0]["value"], parts[0]["lang"]
                ), (
                    g,
                    joined,
                )

    def test_checksums(self, built):
        _, ledger = built
        kinds = collections.Counter()
        for item in ledger:
            assert CHECKS[item["kind"]](item["value"]), item
            kinds[item["kind"]] += 1
        for k in ("iban", "bsn", "fnr", "kontonr", "inn", "snils", "card", "phone"):
            assert kinds[k] >= 3, (k, kinds)

    def test_names_are_synthetic(self, built, records):
        _, ledger = built
        by_msg = {r["message_id"]: r for r in records}
        allowed: set[str] = set()
        for table in (gen.FIRST, gen.LAST, gen.AGENTS):
            for names in table.values():
                for name in names:
                    for tok in name.split():
                        for form in (tok, tok + "а", gen.translit(tok), gen.translit(tok + "а")):
                            allowed.add(form.lower())
        for pair in gen.RU_PATRONYMIC:
            allowed.update(p.lower() for p in pair)
        n = 0
        for item in ledger:
            if item["type"] != "PERSON":
                continue
            typed = by_msg[item["message_id"]]["text"][item["start"] : item["end"]]
            toks = [t for t in re.split(r"[\s,/]+", typed.lower()) if t]
            assert toks and all(t in allowed for t in toks), typed
            n += 1
        assert n > 100

    def test_hard_negatives(self, records):
        kinds = collections.Counter(n["kind"] for r in records for n in r["negatives"])
        assert sum(kinds.values()) >= 600
        assert {
            "order_number",
            "travel_date",
            "destination",
            "company_phone",
            "company_address",
            "tracking_number",
        } <= set(kinds)
