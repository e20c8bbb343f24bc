"""The seventh sealed conversation set: reproducible, exact offsets, checksum-valid numbers.

Checks only the labelled data (never privacyguard's findings on it): the set is sealed.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict

from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.nl import bsn
from stdnum.no import fodselsnummer, kontonr
from stdnum.ru import inn

from .sealed_set_checks import (
    CLASSES,
    DIGIT_WORDS,
    LANGS,
    REGION,
    RegeneratedByScript,
    assert_spans_sit_on_text,
    phone_valid_in,
    snils_digits_ok,
)
from .sealed_set_checks import DIR as CONV

sys.path.insert(0, str(CONV))
import make_sealed7  # noqa: E402

ENTITY_TYPES = {
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "BANK_ACCOUNT", "CREDIT_CARD",
    "CUSTOMER_NUMBER", "DATE_OF_BIRTH", "FLIGHT_NUMBER", "BOOKING_REFERENCE", "TICKET_NUMBER",
    "NATIONAL_ID", "PASSPORT", "LOCATION", "IP_ADDRESS",
}  # fmt: skip
ZW = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
CYR_TO_LAT = str.maketrans("АВСЕНКМОРТХаеорсх", "ABCEHKMOPTXaeopcx")
DIGIT_LOOK = str.maketrans("OoIlSB", "001158")
WORDS = DIGIT_WORDS


def canon(frag: str, lang: str, etype: str) -> str:
    """Undo the disguises: zero-width characters, look-alikes, digits written as words."""
    s = frag.translate(ZW)
    toks = re.split(r"[\s,]+", s.strip())
    out: list[str] = []
    i = 0
    while i < len(toks):
        t = toks[i].lower()
        if t in ("plus", "pluss", "плюс"):
            out.append("+")
        elif lang == "en" and t == "double" and i + 1 < len(toks):
            nxt = toks[i + 1].lower()
            d = str(WORDS["en"].index(nxt)) if nxt in WORDS["en"] else ("0" if nxt == "oh" else nxt)
            out.append(d + d)
            i += 1
        elif lang == "en" and t == "oh":
            out.append("0")
        elif t in WORDS[lang]:
            out.append(str(WORDS[lang].index(t)))
        else:
            out.append(toks[i])
        i += 1
    s = " ".join(out).translate(CYR_TO_LAT)
    if etype == "IBAN_CODE":
        c = re.sub(r"[\s]", "", s)
        keep = {0, 1} | ({4, 5, 6, 7} if c[:2].upper() in ("NL", "GB") else set())
        return "".join(
            ch if k in keep else ch.translate(DIGIT_LOOK) for k, ch in enumerate(c)
        ).upper()
    return re.sub(r"[\s.\-()/]", "", s.translate(DIGIT_LOOK))


def valid(frag: str, lang: str, etype: str) -> bool | None:
    """True/False for types with a checksum (or a validity rule), None when there is none."""
    v = canon(frag, lang, etype)
    if etype == "IBAN_CODE":
        return std_iban.is_valid(v)
    if etype == "CREDIT_CARD":
        return v.isdigit() and len(v) == 16 and luhn.is_valid(v)
    if etype == "NATIONAL_ID":
        if lang == "nl":
            return bsn.is_valid(v)
        if lang == "nb":
            return fodselsnummer.is_valid(v)
        if lang == "ru":
            return snils_digits_ok(v) or inn.is_valid(v)
    if etype == "BANK_ACCOUNT":
        if lang == "nb":
            return kontonr.is_valid(v)
        if lang == "ru":
            return bool(re.fullmatch(r"40817810\d{12}", v))
        return bool(re.fullmatch(r"\d{14}", v))
    if etype == "PHONE_NUMBER":
        return phone_valid_in(v.replace("(0)", ""), [REGION[lang]])
    return None


class TestSealed7(RegeneratedByScript):
    name = "sealed7"

    def test_offsets_exact_and_trimmed(self, records: list[dict]) -> None:
        assert_spans_sit_on_text(records)
        for r in records:
            for s in r["entities"] + r["negatives"]:
                frag = r["text"][s["start"] : s["end"]]
                assert frag.strip("\u200b\u200c\u200d\u2060\ufeff") == frag, r["message_id"]
            for e in r["entities"]:
                assert e["type"] in ENTITY_TYPES, e
                assert e["class"] in CLASSES, e
                assert set(e) == {"start", "end", "type", "class"}
            for n in r["negatives"]:
                assert n["kind"] in make_sealed7.NEG_KINDS, n
                assert set(n) == {"start", "end", "kind"}

    def test_structure_and_planned_counts(self, records: list[dict]) -> None:
        ids = [r["message_id"] for r in records]
        assert len(ids) == len(set(ids))
        # conversations consecutive, messages numbered in order
        order: list[str] = []
        for r in records:
            cid = r["conversation_id"]
            if not order or order[-1] != cid:
                assert cid not in order, f"{cid} is not consecutive"
                order.append(cid)
        count = Counter()
        for r in records:
            count[r["conversation_id"]] += 1
            assert r["message_id"] == f"{r['conversation_id']}-{count[r['conversation_id']]:02d}"
            assert r["role"] in ("agent", "customer")
            assert r["lang"] == r["conversation_id"].split("-")[1]
        plan = make_sealed7.plan()
        assert [p[0] for p in plan] == order
        per = Counter((lang, cls) for _, lang, cls, _ in plan)
        assert per == {(lang, cls): 25 for lang in LANGS for cls in CLASSES}
        assert Counter(
            r["lang"] for r in records if r["message_id"].endswith("-01")
        ) == dict.fromkeys(LANGS, 150)
        # every conversation holds at least one span of its planned class
        classes_in = defaultdict(set)
        for r in records:
            for e in r["entities"]:
                classes_in[r["conversation_id"]].add(e["class"])
        for cid, _, cls, _ in plan:
            assert cls in classes_in[cid], cid
        # every class in every language, with enough spans; hard negatives in every language
        spans = Counter((r["lang"], e["class"]) for r in records for e in r["entities"])
        for lang in LANGS:
            for cls in CLASSES:
                assert spans[(lang, cls)] >= 40, (lang, cls, spans[(lang, cls)])
            assert sum(len(r["negatives"]) for r in records if r["lang"] == lang) >= 200
        # only customers give personal data, except the agent's own name in the greeting
        for r in records:
            if r["role"] == "agent":
                assert all(
                    e["type"] == "PERSON" and e["class"] == "plain" for e in r["entities"]
                ), r["message_id"]

    def test_checksums(self, records: list[dict]) -> None:
        checked = Counter()
        split_groups: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
        for r in records:
            for e in r["entities"]:
                frag = r["text"][e["start"] : e["end"]]
                if e["class"] == "split":
                    split_groups[(r["conversation_id"], e["type"])].append((frag, r["lang"]))
                    continue
                ok = valid(frag, r["lang"], e["type"])
                if ok is not None:
                    assert ok, (r["message_id"], e["type"], repr(frag))
                    checked[(e["type"], e["class"])] += 1
        # split: the value over two messages joins into a valid one, or the correction is valid
        for (cid, etype), parts in split_groups.items():
            lang = parts[0][1]
            if valid(parts[0][0], lang, etype) is None and etype != "PHONE_NUMBER":
                continue
            frags = [a for a, _ in parts]
            joined = list(frags)
            for n in (2, 3):
                for k in range(len(frags) - n + 1):
                    joined += ["".join(frags[k : k + n]), " ".join(frags[k : k + n])]
            assert any(valid(j, lang, etype) for j in joined), (cid, etype, parts)
            checked[(etype, "split")] += 1
        for etype in ("IBAN_CODE", "NATIONAL_ID", "CREDIT_CARD", "BANK_ACCOUNT", "PHONE_NUMBER"):
            assert (
                checked[(etype, "disguised")]
                + checked[(etype, "plain")]
                + checked[(etype, "bare_answer")]
                > 5
            ), etype
        assert checked[("IBAN_CODE", "disguised")] > 0 and checked[("NATIONAL_ID", "disguised")] > 0

    def test_disguises_present(self, records: list[dict]) -> None:
        dis = [
            (r["lang"], r["text"][e["start"] : e["end"]], e["type"])
            for r in records
            for e in r["entities"]
            if e["class"] == "disguised"
        ]
        for lang in LANGS:
            mine = [d for d in dis if d[0] == lang]
            assert any(t == "EMAIL_ADDRESS" and "@" not in f for _, f, t in mine), lang
            assert any(any(w in f.lower().split() for w in WORDS[lang]) for _, f, _ in mine), lang
            assert any(f.translate(ZW) != f for _, f, _ in mine), lang
            assert any(
                f.translate(CYR_TO_LAT).translate(DIGIT_LOOK) != f and f.translate(ZW) == f
                for _, f, _ in mine
            ), lang
