"""sealed16.jsonl: regenerates byte for byte, exact spans of the labelled shape, valid checksums."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.nl import bsn
from stdnum.no import fodselsnummer, kontonr
from stdnum.ru import inn

from .sealed_set_checks import (
    DIR,
    SealedSetFiles,
    assert_spans_sit_on_text,
    iban_parses,
    load_generator,
    phone_valid_in,
)

CORPUS = DIR / "sealed16.jsonl"
REGIONS = ["GB", "IE", "US", "AU", "NZ", "CA", "NL", "BE", "DE", "NO", "SE", "DK", "RU"]
ZW = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
CYR = str.maketrans("АВСЕНКМОРТХ", "ABCEHKMOPTX")


MOD = load_generator("sealed16")


def _phone_ok(v: str) -> bool:
    v = v.replace("(+", "+").replace(")", " ").replace("(", "")
    return phone_valid_in(v, REGIONS)


def _iban_ok(v: str) -> bool:
    return iban_parses(re.sub(r"[ .\-]", "", v).upper())


def _natid_ok(v: str, lang: str) -> bool:
    c = re.sub(r"[ .\-]", "", v)
    if lang == "en":
        return re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]", c) is not None
    if lang == "nl":
        return bsn.is_valid(c) or be_nn.is_valid(c)
    if lang == "nb":
        return fodselsnummer.is_valid(c)
    if len(c) == 11:  # SNILS
        body, check = c[:9], int(c[9:])
        total = sum(int(d) * (9 - i) for i, d in enumerate(body)) % 101
        return check == (0 if total == 100 else total)
    return inn.is_valid(c)


def _bank_ok(v: str, lang: str) -> bool:
    c = re.sub(r"[ .\-]", "", v)
    if lang == "nb":
        return kontonr.is_valid(c)
    if lang == "ru":
        return c.isdigit() and len(c) == 20
    return re.fullmatch(r"\d{2}-\d{2}-\d{2} \d{8}", v) is not None


SHAPES = {
    "DATE_OF_BIRTH": re.compile(r"(?=.*\d)[\w .,/'\-]+"),
    "PERSON": re.compile(r"[^\W\d_][\w' \-]*"),
    "PASSPORT": re.compile(r"[A-Za-z0-9 ]{8,12}"),
    "BOOKING_REFERENCE": re.compile(r"[A-Za-z0-9/\-]{6,10}"),
    "CUSTOMER_NUMBER": re.compile(r"[A-Z0-9][A-Z0-9 /\-]{6,13}"),
    "EMAIL_ADDRESS": re.compile(r"[a-z0-9.]+@[a-z0-9.\-]+\.[a-z]{2,}"),
    "LOCATION": re.compile(r"(?s)(?=.*\d).{8,80}"),
}


def _words_to_digits(v: str, lang: str) -> str:
    words = {w: str(i) for i, w in enumerate(MOD.NUMBER_WORDS[lang])}
    out = []
    for tok in v.split():
        plus = tok.startswith("+")
        tok = tok.lstrip("+")
        out.append(("+" if plus else "") + words.get(tok, tok))
    return "".join(out)


def _unspell_email(v: str, lang: str) -> str:
    at_w, dot_w = MOD.EMAIL_SPELL[lang]
    s = v.lower()
    for a in sorted(at_w, key=len, reverse=True):
        s = s.replace(f" {a} ", "@")
    for d in sorted(dot_w, key=len, reverse=True):
        s = s.replace(f" {d} ", ".")
    return s


def _clean(v: str, typ: str, cls: str, lang: str) -> str:
    if cls != "disguised":
        return v
    v = v.translate(ZW)
    if typ in ("IBAN_CODE", "PASSPORT", "BOOKING_REFERENCE"):
        v = v.translate(CYR)
    if typ == "EMAIL_ADDRESS" and "@" not in v:
        return _unspell_email(v, lang)
    if typ == "PHONE_NUMBER" and any(ch.isalpha() for ch in v):
        return _words_to_digits(v, lang)
    return v


def _valid(v: str, typ: str, lang: str) -> bool:
    if typ == "PHONE_NUMBER":
        return _phone_ok(v)
    if typ == "IBAN_CODE":
        return _iban_ok(v)
    if typ == "CREDIT_CARD":
        c = re.sub(r"[ \-]", "", v)
        return c.isdigit() and len(c) in (15, 16) and luhn.is_valid(c)
    if typ == "NATIONAL_ID":
        return _natid_ok(v, lang)
    if typ == "BANK_ACCOUNT":
        return _bank_ok(v, lang)
    pat = SHAPES[typ]
    return pat.fullmatch(v) is not None


class TestSealed16(SealedSetFiles):
    name = "sealed16"

    def test_regenerates_byte_for_byte(self, tmp_path: Path) -> None:
        recs, _ = MOD.build()
        out = tmp_path / "s16.jsonl"
        MOD.write_jsonl(recs, out)
        assert out.read_bytes() == CORPUS.read_bytes()

    def test_spans_exact(self, records: list[dict]) -> None:
        assert MOD.verify(records) == []
        assert_spans_sit_on_text(records)

    def test_values_valid_and_shaped(self, records: list[dict]) -> None:
        splits: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        for r in records:
            for s in r["entities"]:
                v = r["text"][s["start"] : s["end"]]
                if s["class"] == "split":
                    splits[r["conversation_id"]].append((v, s["type"], r["lang"]))
                    continue
                v = _clean(v, s["type"], s["class"], r["lang"])
                assert _valid(v, s["type"], r["lang"]), (r["message_id"], s["type"], v)
        assert len(splits) >= 100
        for cid, parts in splits.items():
            assert len(parts) == 2, cid
            (a, typ, lang), (b, typ2, _) = parts
            assert typ == typ2
            joined = any(_valid(a + sep + b, typ, lang) for sep in ("", " ", "-", "."))
            assert joined or _valid(b, typ, lang), (cid, a, b)

    def test_counts(self, records: list[dict]) -> None:
        _, plan = MOD.build()
        per_lang = Counter(cid.split("-")[1] for cid in plan)
        assert per_lang == {"en": 150, "nl": 150, "nb": 150, "ru": 150}
        mains = Counter((cid.split("-")[1], cls) for cid, cls in plan.items())
        assert set(mains.values()) == {25}
        spans = Counter((r["lang"], s["class"]) for r in records for s in r["entities"])
        for lang in ("en", "nl", "nb", "ru"):
            for cls in MOD.CLASSES:
                assert spans[(lang, cls)] >= 25, (lang, cls)
        agent_names = sum(1 for r in records if r["role"] == "agent" for _ in r["entities"])
        total = sum(len(r["entities"]) for r in records)
        assert agent_names < total / 3
        negs = sum(len(r["negatives"]) for r in records)
        assert negs >= 1.3 * 600
        kinds = {n["kind"] for r in records for n in r["negatives"]}
        assert len(kinds) >= 15

    def test_person_words_from_own_tables(self, records: list[dict]) -> None:
        allowed = {w.lower() for w in MOD.NAME_WORDS}
        for r in records:
            for s in r["entities"]:
                if s["type"] == "PERSON":
                    for word in r["text"][s["start"] : s["end"]].split():
                        assert word.lower() in allowed, (r["message_id"], word)
