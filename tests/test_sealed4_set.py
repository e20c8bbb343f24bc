"""The fourth sealed conversation set: reproducible, exact offsets, balanced, valid values.

These checks read only the labelled file and its generator; they never run privacyguard on it.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from stdnum.nl import bsn
from stdnum.no import fodselsnummer, kontonr
from stdnum.ru import inn

from .sealed_set_checks import (
    CLASSES,
    LANGS,
    REGION,
    SealedSetFiles,
    iban_parses,
    load_generator,
    phone_valid_in,
    snils_ok,
)
from .sealed_set_checks import DIR as HERE

SET = HERE / "sealed4.jsonl"
KINDS = {
    "order_number",
    "tracking_number",
    "travel_date",
    "destination",
    "amount",
    "time",
    "seat",
    "product_code",
}


# ---------------------------------------------------------------------------------------
# value validity, through a decoder of the disguises written for this test
# ---------------------------------------------------------------------------------------

INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
CYR = str.maketrans("ОЗАВСЕНКМРТХ", "03ABCEHKMPTX")
WORDS = {
    "en": "zero one two three four five six seven eight nine".split(),
    "nl": "nul één twee drie vier vijf zes zeven acht negen".split(),
    "nb": "null én to tre fire fem seks sju åtte ni".split(),
    "ru": "ноль один два три четыре пять шесть семь восемь девять".split(),
}
AT = (
    r"(?:at|AT|at-sign|apenstaartje|apestaart|apenstaart"
    r"|krøllalfa|alfakrøll|krøll|собака|собачка|эт)"
)
DOT = r"(?:dot|DOT|punt|punktum|prikk|точка|тчк|дот)"
EMAIL = re.compile(r"^[a-z0-9]+(?:[._][a-z0-9]+)*@[a-z]+(?:\.[a-z]+)+$")


def decode_number(text: str, lang: str, letters: bool = False) -> str:
    t = text.translate(INVISIBLE)
    for i, w in enumerate(WORDS[lang]):
        t = re.sub(rf"(?<![^\W\d_]){w}(?![^\W\d_])", str(i), t)
    t = re.sub(r"(?i)\bplus+\b|плюс", "+", t)
    t = t.translate(CYR)
    return t if letters else t.replace("l", "1")  # booking codes keep their lower-case l


def decode_email(text: str) -> str:
    t = text.translate(INVISIBLE)
    t = re.sub(rf"\s*[\[(]{AT}[\])]\s*|\s+{AT}\s+|\s*@\s*", "@", t)
    t = re.sub(rf"\s*[\[(]{DOT}[\])]\s*|\s+{DOT}\s+|\s+\.\s+", ".", t)
    return t.lower()


def valid(typ: str, text: str, lang: str) -> bool:
    """Valid as typed, or with some Cyrillic О read as the letter O rather than the digit 0."""
    spots = [i for i, c in enumerate(text) if c == "О"]
    if typ == "PERSON" or typ == "LOCATION" or not spots or len(spots) > 3:
        return _valid(typ, text, lang)
    for mask in range(2 ** len(spots)):
        t = list(text)
        for k, i in enumerate(spots):
            t[i] = "O" if mask >> k & 1 else "0"
        if _valid(typ, "".join(t), lang):
            return True
    return False


def _valid(typ: str, text: str, lang: str) -> bool:
    if typ == "EMAIL_ADDRESS":
        return bool(EMAIL.match(decode_email(text)))
    v = decode_number(text, lang, letters=typ == "BOOKING_REFERENCE")
    digits = re.sub(r"\D", "", v)
    if typ == "IBAN_CODE":
        return iban_parses(v.replace(" ", ""))
    if typ == "BANK_ACCOUNT":
        return (
            kontonr.is_valid(digits)
            if lang == "nb"
            else (len(digits) == 20 and digits.startswith("40817810"))
        )
    if typ == "NATIONAL_ID":
        return {
            "nl": bsn.is_valid,
            "nb": fodselsnummer.is_valid,
            "ru": lambda d: inn.is_valid(d) or snils_ok(d),
        }[lang](digits)
    if typ == "PHONE_NUMBER":
        return phone_valid_in(re.sub(r"[^\d+]", "", v), [REGION[lang]])
    if typ == "PASSPORT":
        compact = v.replace(" ", "").upper()
        pattern = {
            "en": r"\d{9}",
            "nl": r"[NB][A-Z][A-Z0-9]{6}\d",
            "nb": r"F[HKPS]\d{7}",
            "ru": r"7[0-6]\d{7}",
        }[lang]
        return bool(re.fullmatch(pattern, compact))
    if typ == "CUSTOMER_NUMBER":
        compact = re.sub(r"[\s,\-]", "", v)
        return bool(re.fullmatch(r"(?:K|C|KL)?\d{7,10}", compact))
    if typ == "BOOKING_REFERENCE":
        return bool(re.fullmatch(r"[A-Z2-9]{6}", re.sub(r"[\s.\-]", "", v).upper()))
    if typ == "DATE_OF_BIRTH":  # a date with digits, never in the travel years
        return bool(re.search(r"\d", text)) and not re.search(r"202[6-9]", text)
    return True  # PERSON, LOCATION: free text


class TestSealed4(SealedSetFiles):
    name = "sealed4"

    def test_regenerates_byte_for_byte(self, tmp_path: Path) -> None:
        gen = load_generator("sealed4")
        out = tmp_path / "sealed4.jsonl"
        gen.write_jsonl(gen.build(), out)
        assert out.read_bytes() == SET.read_bytes()

    def test_shape_and_offsets(self, records: list[dict]) -> None:
        convs: dict[str, list[dict]] = {}
        for r in records:
            convs.setdefault(r["conversation_id"], []).append(r)
            assert r["role"] in ("agent", "customer") and r["lang"] in LANGS
            assert r["message_id"].startswith(r["conversation_id"] + "-")
            text = r["text"]
            spans = [(s["start"], s["end"]) for s in r["entities"] + r["negatives"]]
            for s in r["entities"] + r["negatives"]:
                frag = text[s["start"] : s["end"]]
                assert 0 <= s["start"] < s["end"] <= len(text) and frag == frag.strip(), (
                    r["message_id"],
                    s,
                )
            for e in r["entities"]:
                assert e["class"] in CLASSES and e["type"].isupper()
            for n in r["negatives"]:
                assert n["kind"] in KINDS
            spans.sort()
            for (_, e1), (s2, _) in zip(spans, spans[1:], strict=False):
                assert e1 <= s2, f"overlapping spans in {r['message_id']}"
        assert len(convs) == 600
        per_lang = Counter(msgs[0]["lang"] for msgs in convs.values())
        assert per_lang == dict.fromkeys(LANGS, 150)
        for cid, msgs in convs.items():  # consecutive, numbered in order, one language
            assert [m["message_id"] for m in msgs] == [
                f"{cid}-{i:02d}" for i in range(1, len(msgs) + 1)
            ]
            assert len({m["lang"] for m in msgs}) == 1

    def test_every_cell_has_40_spans_and_negatives_of_every_kind(self, records: list[dict]) -> None:
        cells = Counter((e["class"], r["lang"]) for r in records for e in r["entities"])
        for c in CLASSES:
            for lang in LANGS:
                assert cells[(c, lang)] >= 40, (c, lang, cells[(c, lang)])
        kinds = Counter((n["kind"], r["lang"]) for r in records for n in r["negatives"])
        for k in KINDS:
            for lang in LANGS:
                assert kinds[(k, lang)] >= 10, (k, lang)

    def test_values_are_valid(self, records: list[dict]) -> None:
        bad = []
        convs: dict[str, list[dict]] = {}
        for r in records:
            convs.setdefault(r["conversation_id"], []).append(r)
            for e in r["entities"]:
                if e["class"] != "split" and not valid(
                    e["type"], r["text"][e["start"] : e["end"]], r["lang"]
                ):
                    bad.append((r["message_id"], r["text"][e["start"] : e["end"]], e["type"]))
        # split values: the parts of one type in customer turns between two agent turns form a
        # group; the whole value is either the last part (a correction) or all the parts joined
        groups = 0
        for msgs in convs.values():
            group: list[tuple[str, str]] = []
            lang = msgs[0]["lang"]
            for r in [*msgs, {"role": "agent", "entities": [], "text": ""}]:
                parts = [
                    (e["type"], r["text"][e["start"] : e["end"]])
                    for e in r["entities"]
                    if e["class"] == "split"
                ]
                ends = r["role"] == "agent" or (parts and group and parts[0][0] != group[0][0])
                if ends and group:
                    typ = group[0][0]
                    groups += 1
                    assert len(group) >= 2, group
                    if not (
                        valid(typ, group[-1][1], lang)
                        or valid(typ, "".join(p for _, p in group), lang)
                    ):
                        bad.append(("split", group))
                    group = []
                group += parts
        assert groups >= 300
        assert not bad, bad[:20]

    def test_a_broken_value_is_caught(self) -> None:  # the checks can fail
        assert not valid("IBAN_CODE", "NL20 INGB 0001 2345 68", "nl")
        assert not valid("NATIONAL_ID", "123456789", "nl")
        assert not valid("EMAIL_ADDRESS", "jan at home", "nl")
        assert valid("EMAIL_ADDRESS", "jan punt smit apenstaartje home punt nl", "nl")
        assert valid("PHONE_NUMBER", "nul zes 1 2 drie 4 5 6 7 8", "nl")
        assert not valid("DATE_OF_BIRTH", "12.04.2026", "nb")
