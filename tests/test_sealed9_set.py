"""The ninth sealed conversation set: reproducible, well-formed, planned counts, valid numbers."""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict

from stdnum.nl import bsn
from stdnum.no import fodselsnummer, kontonr
from stdnum.ru import inn

from .sealed_set_checks import (
    CLASSES,
    LANGS,
    REGION,
    RegeneratedByScript,
    iban_parses,
    phone_valid_in,
    snils_ok,
)
from .sealed_set_checks import DIR as CONV

sys.path.insert(0, str(CONV))

import make_sealed9  # noqa: E402

TYPES = {
    "PERSON",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "IBAN_CODE",
    "BANK_ACCOUNT",
    "CREDIT_CARD",
    "CUSTOMER_NUMBER",
    "DATE_OF_BIRTH",
    "BOOKING_REFERENCE",
    "TICKET_NUMBER",
    "NATIONAL_ID",
    "PASSPORT",
    "LOCATION",
}
NEG_KINDS = {
    "order_number",
    "travel_date",
    "destination",
    "amount",
    "time",
    "tracking_number",
    "seat",
    "product_code",
    "company_phone",
    "company_address",
}

# gold spans per class and language, hard negatives per kind (the plan; change with the generator)
EXPECTED_SPANS = {
    "bare_answer": {"en": 60, "nl": 70, "nb": 70, "ru": 62},
    "list": {"en": 212, "nl": 225, "nb": 216, "ru": 226},
    "split": {"en": 57, "nl": 54, "nb": 52, "ru": 55},
    "disguised": {"en": 25, "nl": 25, "nb": 25, "ru": 25},
    "address_no_cue": {"en": 25, "nl": 25, "nb": 25, "ru": 25},
    "plain": {"en": 80, "nl": 73, "nb": 77, "ru": 72},
}
EXPECTED_NEGATIVES = {
    "amount": 99,
    "company_address": 77,
    "company_phone": 43,
    "destination": 57,
    "order_number": 51,
    "product_code": 17,
    "seat": 89,
    "time": 112,
    "tracking_number": 20,
    "travel_date": 111,
}


# ---------------------------------------------------------------------------------------
# undoing the disguise (own tables, independent of the generator)
# ---------------------------------------------------------------------------------------

ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
CYR_TO_LAT = str.maketrans("АВСЕНКМОРТХасеорх", "ABCEHKMOPTXaceopx")
DIGIT_OF = {"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"}
WORDS = {
    "en": "zero one two three four five six seven eight nine".split(),
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "nb": "null en to tre fire fem seks sju åtte ni".split(),
    "ru": "ноль один два три четыре пять шесть семь восемь девять".split(),
}
MAIL_SYMBOLS = {
    "dot": ".",
    "punt": ".",
    "punktum": ".",
    "prikk": ".",
    "точка": ".",
    "at": "@",
    "apenstaartje": "@",
    "apestaart": "@",
    "alfakrøll": "@",
    "krøllalfa": "@",
    "собака": "@",
    "собачка": "@",
    "underscore": "_",
    "understrek": "_",
    "dash": "-",
    "hyphen": "-",
    "streepje": "-",
    "bindestrek": "-",
    "дефис": "-",
    "яндекс": "yandex",
    "мейл": "mail",
    "джимейл": "gmail",
    "ру": "ru",
    "ком": "com",
}


def undo_words(text: str, lang: str) -> str:
    tokens = text.lower().split()
    out, i = "", 0
    while i < len(tokens):
        t = tokens[i]
        if t in ("plus", "pluss", "плюс"):
            out += "+"
        elif t == "double" and lang == "en":
            out += str(WORDS["en"].index(tokens[i + 1])) * 2
            i += 1
        elif t == "oh" and lang == "en":
            out += "0"
        elif t in WORDS[lang]:
            out += str(WORDS[lang].index(t))
        else:
            assert t.isdigit(), (text, t)
            out += t
        i += 1
    return out


def undo_email(text: str) -> str:
    s = text.lower().replace("laag streepje", "_").replace("нижнее подчёркивание", "_")
    s = re.sub(r"[(\[](at|dot|punt)[)\]]", lambda m: f" {m.group(1)} ", s)
    return "".join(MAIL_SYMBOLS.get(t, t) for t in s.split())


def undo_glyphs(text: str, typ: str) -> str:
    s = text.translate(CYR_TO_LAT)
    if typ == "IBAN_CODE":
        compact = s.replace(" ", "")
        letters = set(range(2)) | (
            set(range(4, 8)) if compact[:2].upper() in ("NL", "GB") else set()
        )
        return "".join(ch if i in letters else DIGIT_OF.get(ch, ch) for i, ch in enumerate(compact))
    if typ == "PASSPORT":
        return s
    return "".join(DIGIT_OF.get(ch, ch) for ch in s)


def undo(text: str, typ: str, lang: str) -> str:
    s = ZERO_WIDTH.sub("", text)
    if typ == "EMAIL_ADDRESS":
        return undo_email(s) if ("@" not in s or " " in s) else s
    if (
        re.search(r"[^\W\d_]{2,}", s.translate(CYR_TO_LAT))
        and typ != "IBAN_CODE"
        and typ != "PASSPORT"
    ):
        if any(
            w in s.lower().split() for w in [*WORDS[lang], "oh", "double", "plus", "pluss", "плюс"]
        ):
            return undo_words(s, lang)
    return undo_glyphs(s, typ)


# ---------------------------------------------------------------------------------------
# validity per type
# ---------------------------------------------------------------------------------------


def luhn(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        n = int(ch) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def valid(value: str, typ: str, lang: str) -> bool:
    compact = re.sub(r"[\s\-.()/,]", "", value)
    d = re.sub(r"\D", "", value)
    if typ == "IBAN_CODE":
        return iban_parses(compact.upper())
    if typ == "NATIONAL_ID":
        if lang == "nl":
            return bsn.is_valid(d)
        if lang == "nb":
            return fodselsnummer.is_valid(d)
        return inn.is_valid(d) if len(d) == 12 else snils_ok(d)
    if typ == "BANK_ACCOUNT":
        if lang == "nb":
            return kontonr.is_valid(d)
        if lang == "ru":
            return len(d) == 20 and d.startswith("40817810")
        return len(d) in (6, 8, 14)
    if typ == "CREDIT_CARD":
        return len(d) == 16 and luhn(d)
    if typ == "PHONE_NUMBER":
        return phone_valid_in(compact, [REGION[lang]])
    if typ == "TICKET_NUMBER":
        return len(d) == 13 and d == compact
    if typ == "EMAIL_ADDRESS":
        return re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", value) is not None
    if typ == "PASSPORT":
        shape = {
            "nl": r"[NB][A-Z][A-Z0-9]{6}\d",
            "nb": r"F[A-Z]\d{7}",
            "ru": r"\d{9}|\d{10}",
            "en": r"\d{9}",
        }[lang]
        return re.fullmatch(shape, compact.upper()) is not None
    if typ == "BOOKING_REFERENCE":
        return re.fullmatch(r"[A-Z0-9]{6}", compact.upper()) is not None
    if typ == "CUSTOMER_NUMBER":
        return len(d) >= 6
    if typ == "DATE_OF_BIRTH":
        return re.search(r"\d{1,2}", value) is not None
    return bool(value.strip())


class TestSealed9(RegeneratedByScript):
    name = "sealed9"

    def test_offsets_types_and_kinds(self, records: list[dict]) -> None:
        for r in records:
            assert r["role"] in ("agent", "customer") and r["lang"] in LANGS
            assert r["message_id"].startswith(r["conversation_id"] + "-")
            for e in r["entities"]:
                frag = r["text"][e["start"] : e["end"]]
                assert frag and frag == frag.strip(), (r["message_id"], e)
                assert e["type"] in TYPES and e["class"] in CLASSES, e
            for n in r["negatives"]:
                frag = r["text"][n["start"] : n["end"]]
                assert frag and frag == frag.strip() and n["kind"] in NEG_KINDS, (
                    r["message_id"],
                    n,
                )
            spans = sorted((s["start"], s["end"]) for s in r["entities"] + r["negatives"])
            assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)), r[
                "message_id"
            ]

    def test_planned_counts(self, records: list[dict]) -> None:
        _, plan = make_sealed9.build()
        convs = Counter((cid.split("-")[1], cls) for cid, cls in plan.items())
        assert convs == Counter({(lang, cls): 25 for lang in LANGS for cls in CLASSES})
        assert {r["conversation_id"] for r in records} == set(plan)
        by_conv: dict[str, set[str]] = defaultdict(set)
        for r in records:
            by_conv[r["conversation_id"]] |= {e["class"] for e in r["entities"]}
        assert all(plan[cid] in classes for cid, classes in by_conv.items())
        spans = Counter((e["class"], r["lang"]) for r in records for e in r["entities"])
        assert {c: {lang: spans[(c, lang)] for lang in LANGS} for c in CLASSES} == EXPECTED_SPANS
        assert (
            dict(Counter(n["kind"] for r in records for n in r["negatives"])) == EXPECTED_NEGATIVES
        )
        # the agent's own first name is at most a quarter of the plain spans
        agent_names = sum(1 for r in records for e in r["entities"] if r["role"] == "agent")
        assert agent_names <= 0.25 * sum(EXPECTED_SPANS["plain"].values())
        # every type occurs in every language where it exists
        # (no NL account outside the IBAN, no RU IBAN, no EN national ID)
        types = defaultdict(set)
        for r in records:
            types[r["lang"]] |= {e["type"] for e in r["entities"]}
        for lang in LANGS:
            absent = {
                "en": {"NATIONAL_ID"},
                "nl": {"BANK_ACCOUNT"},
                "nb": set(),
                "ru": {"IBAN_CODE"},
            }[lang]
            assert types[lang] >= TYPES - absent, lang

    def test_numbers_are_valid(self, records: list[dict]) -> None:
        split_parts: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        checked = Counter()
        for r in records:
            for e in r["entities"]:
                text = r["text"][e["start"] : e["end"]]
                if e["class"] == "split":
                    split_parts[r["conversation_id"]].append((text, e["type"], r["lang"]))
                    continue
                value = undo(text, e["type"], r["lang"]) if e["class"] == "disguised" else text
                assert valid(value, e["type"], r["lang"]), (r["message_id"], e, text, value)
                checked[e["class"]] += 1
        for cid, parts in split_parts.items():
            types = {t for _, t, _ in parts}
            assert len(types) == 1, (cid, parts)
            typ, lang = parts[0][1], parts[0][2]
            if typ == "DATE_OF_BIRTH":
                continue
            texts = [p[0] for p in parts]
            joined = "".join(texts)
            compact = [re.sub(r"[\s\-.]", "", t) for t in texts]
            base = "".join(compact[:-1])
            fixed = base[: len(base) - len(compact[-1])] + compact[-1]
            assert (
                valid(joined, typ, lang) or valid(texts[-1], typ, lang) or valid(fixed, typ, lang)
            ), (
                cid,
                parts,
            )
            checked["split"] += 1
        assert checked["split"] >= 75 and checked["disguised"] == 100

    def test_disguise_is_real(self, records: list[dict]) -> None:
        """Disguised spans differ from their undone value (the label covers what was typed)."""
        n = 0
        for r in records:
            for e in r["entities"]:
                if e["class"] == "disguised":
                    text = r["text"][e["start"] : e["end"]]
                    assert undo(text, e["type"], r["lang"]) != text, (r["message_id"], text)
                    n += 1
        assert n == 100
