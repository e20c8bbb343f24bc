"""The third sealed conversation set (bench/accuracy/conversations/sealed3.jsonl): its
integrity only. Nothing here runs the detector: the set is scored once, by the lead.

Every value is checked against what it claims to be (python-stdnum, schwifty, phonenumbers),
disguised values after undoing the disguise with a decoder written for this test.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from pathlib import Path

from schwifty import IBAN
from stdnum.nl import bsn
from stdnum.no import fodselsnummer, kontonr
from stdnum.ru import inn

from .sealed_set_checks import (
    CLASSES,
    LANGS,
    RECORD_KEYS,
    REGION,
    SealedSetFiles,
    load_generator,
    phone_valid_in,
    snils_digits_ok,
)
from .sealed_set_checks import DIR as CONV

SET = CONV / "sealed3.jsonl"
TYPES = {
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "BANK_ACCOUNT", "DATE_OF_BIRTH",
    "PASSPORT", "NATIONAL_ID", "BOOKING_REFERENCE", "CUSTOMER_NUMBER", "LOCATION",
}  # fmt: skip
NEGATIVE_KINDS = {
    "order_number", "travel_date", "destination", "amount", "time", "tracking_number", "seat",
    "product_code",
}  # fmt: skip
MIN_SPANS_PER_CELL = 40
PASSPORT = {
    "en": r"\d{9}",
    "nl": r"[NB][A-Z][A-Z0-9]{6}\d",
    "nb": r"F[HKPS]\d{7}",
    "ru": r"7[0-6]\d{7}",
}


# ---------------------------------------------------------------------------------------
# undoing the disguises (this test's own decoder)
# ---------------------------------------------------------------------------------------

ZW = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
CYR = str.maketrans("АВСЕНКМОРТХ", "ABCEHKMOPTX")
WORDS = {
    w: i
    for words in (
        "zero one two three four five six seven eight nine",
        "nul een twee drie vier vijf zes zeven acht negen",
        "null en to tre fire fem seks sju åtte ni",
        "ноль один два три четыре пять шесть семь восемь девять",
    )
    for i, w in enumerate(words.split())
}
PLUS = {"plus", "pluss", "плюс"}
AT = {"at", "(at)", "[at]", "at sign", "apenstaartje", "apestaart", "krøllalfa", "alfakrøll",
      "собака", "собачка", "эт", "@"}  # fmt: skip
DOT = {"dot", "(dot)", "[dot]", "period", "punt", "(punt)", "puntje", "punktum", "prikk",
       "(punktum)", "точка", "тчк", "(точка)", "дот", "."}  # fmt: skip
EMAIL = re.compile(r"^[a-z0-9._]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def number_text(s: str) -> str:
    """The characters of a number typed with words, look-alikes or zero-width characters."""
    s = s.translate(ZW).translate(CYR)
    tokens = [t for t in re.split(r"[\s]+", s) if t]
    if tokens and all(t.lower() in WORDS or t.isdigit() or t.lower() in PLUS for t in tokens):
        s = "".join(
            "+" if t.lower() in PLUS else str(WORDS[t.lower()]) if t.lower() in WORDS else t
            for t in tokens
        )
    return s


def compact(s: str) -> str:
    return re.sub(r"[\s.\-/()]", "", s)


def email_text(s: str) -> str:
    s = s.translate(ZW).lower()
    s = s.replace("at sign", "@")
    words = [w for w in re.split(r"\s+", s.strip()) if w]
    return "".join("@" if w in AT else "." if w in DOT else w for w in words)


def valid(typ: str, lang: str, value: str) -> bool:
    """Is ``value`` (as typed, or after undoing its disguise) a valid value of ``typ``?"""
    if typ == "EMAIL_ADDRESS":
        return bool(EMAIL.match(email_text(value)))
    c0 = compact(number_text(value)).upper()
    o = [i for i, ch in enumerate(c0) if ch == "O"]  # a letter O may stand for a zero
    readings = set()
    for mask in itertools.product((False, True), repeat=min(len(o), 6)):
        chars = list(c0)
        for on, i in zip(mask, o, strict=False):
            chars[i] = "0" if on else "O"
        readings.add("".join(chars))
    return any(_valid_number(typ, lang, value, c) for c in sorted(readings))


def _valid_number(typ: str, lang: str, value: str, c: str) -> bool:
    if typ == "IBAN_CODE":
        return IBAN(c, allow_invalid=True).is_valid
    if typ == "PHONE_NUMBER":
        return phone_valid_in(c, [REGION[lang]])
    if typ == "NATIONAL_ID":
        return {
            "nl": bsn.is_valid,
            "nb": fodselsnummer.is_valid,
            "ru": lambda v: inn.is_valid(v) or snils_digits_ok(v),
        }[lang](c)
    if typ == "BANK_ACCOUNT":
        return bool(
            (lang == "nb" and kontonr.is_valid(c))
            or (lang == "ru" and re.fullmatch(r"40817810\d{12}", c))
            or (lang == "en" and re.fullmatch(r"\d{14}", c))
        )
    if typ == "CUSTOMER_NUMBER":
        return bool(re.fullmatch(r"\d{7,10}", c))
    if typ == "BOOKING_REFERENCE":
        return bool(
            re.fullmatch(r"[A-Z0-9]{6}|[A-Z]{3}\d{4}|[A-Z]{2}\d{6}|[A-Z]\d{3}[A-Z]{2}\d{2}", c)
        )
    if typ == "PASSPORT":
        return bool(re.fullmatch(PASSPORT[lang], c))
    if typ == "DATE_OF_BIRTH":
        return bool(re.search(r"\d", value)) and not re.search(r"202[6-9]", value)
    if typ == "LOCATION":
        return bool(re.search(r"\d", value))
    return typ == "PERSON" and bool(re.fullmatch(r"[^\d@]+", value))


# ---------------------------------------------------------------------------------------
# tests
# ---------------------------------------------------------------------------------------


CUSTOMER_Q = ("account", "member", "customer", "patient", "klant", "lid", "relatie", "pasnummer",
              "kunde", "medlem", "клиент", "договор", "лицев", "лояльн")  # fmt: skip
DOB_Q = ("birth", "born", "dob", "geboort", "geboren", "fødsel", "født", "рожд", "родил")


class TestSealed3(SealedSetFiles):
    name = "sealed3"

    def test_the_decoder_of_this_test_can_fail(self) -> None:
        assert valid("EMAIL_ADDRESS", "nb", "anne punktum eide krøllalfa altibox punktum no")
        assert valid("EMAIL_ADDRESS", "ru", "ivan.k собака in\u200bbox.ru")
        assert not valid("EMAIL_ADDRESS", "en", "anne eide altibox")
        assert valid("PHONE_NUMBER", "nl", "nul zes 1 2 drie vier 5 6 7 8")
        assert not valid("PHONE_NUMBER", "nl", "nul zes 1 2 drie")
        assert valid("IBAN_CODE", "nl", "NL91 АBNA О417 1643 00")
        assert not valid("IBAN_CODE", "nl", "NL91 ABNA 0417 1643 01")
        assert valid("NATIONAL_ID", "ru", "112-233-445 95")
        assert not valid("NATIONAL_ID", "ru", "112-233-445 96")
        assert valid("NATIONAL_ID", "nl", "1112.22.333")
        assert not valid("NATIONAL_ID", "nl", "1112.22.334")

    def test_offsets_are_exact(self, records: list[dict]) -> None:
        bad = []
        for r in records:
            t = r["text"]
            for s in r["entities"] + r["negatives"]:
                frag = t[s["start"] : s["end"]]
                ok = 0 <= s["start"] < s["end"] <= len(t) and frag == frag.strip()
                ok = ok and not (
                    s["start"] > 0 and t[s["start"] - 1].isalnum() and frag[0].isalnum()
                )
                ok = ok and not (s["end"] < len(t) and t[s["end"]].isalnum() and frag[-1].isalnum())
                if not ok:
                    bad.append((r["message_id"], frag))
        assert not bad, bad[:10]

    def test_format_and_labels_do_not_overlap_negatives(
        self, records: list[dict], convs: dict[str, list[dict]]
    ) -> None:
        for r in records:
            assert set(r) == RECORD_KEYS
            assert r["role"] in ("agent", "customer") and r["lang"] in LANGS
            assert r["conversation_id"].startswith(f"sealed3-{r['lang']}-")
            for e in r["entities"]:
                assert e["type"] in TYPES and e["class"] in CLASSES, e
                assert not any(
                    n["start"] < e["end"] and e["start"] < n["end"] for n in r["negatives"]
                )
            for n in r["negatives"]:
                assert n["kind"] in NEGATIVE_KINDS, n
            for a, b in itertools.combinations(r["entities"], 2):
                assert a["end"] <= b["start"] or b["end"] <= a["start"], r["message_id"]
            if r["role"] == "agent":
                assert all((e["type"], e["class"]) == ("PERSON", "plain") for e in r["entities"])
        for cid, msgs in convs.items():
            assert [m["message_id"] for m in msgs] == [
                f"{cid}-{i:02d}" for i in range(1, len(msgs) + 1)
            ]
        ids = [r["conversation_id"] for r in records]
        assert ids == sorted(ids, key=lambda c: (LANGS.index(c.split("-")[1]), c))  # consecutive

    def test_size_and_balance(self, records: list[dict], convs: dict[str, list[dict]]) -> None:
        per_lang = Counter(m[0]["lang"] for m in convs.values())
        assert 600 <= sum(per_lang.values()) <= 650 and len(set(per_lang.values())) == 1, per_lang
        cells = Counter((e["class"], r["lang"]) for r in records for e in r["entities"])
        thin = {
            k: cells[k] for k in itertools.product(CLASSES, LANGS) if cells[k] < MIN_SPANS_PER_CELL
        }
        assert not thin, thin
        kinds = Counter(n["kind"] for r in records for n in r["negatives"])
        assert set(kinds) == NEGATIVE_KINDS and sum(kinds.values()) >= 1500, kinds
        neg_cells = Counter((n["kind"], r["lang"]) for r in records for n in r["negatives"])
        assert min(neg_cells[k] for k in itertools.product(NEGATIVE_KINDS, LANGS)) >= 10, neg_cells

    def test_every_whole_value_is_valid(self, records: list[dict]) -> None:
        bad = []
        for r in records:
            for e in r["entities"]:
                v = r["text"][e["start"] : e["end"]]
                if e["class"] != "split" and not valid(e["type"], r["lang"], v):
                    bad.append((r["message_id"], e["type"], e["class"], v))
        assert not bad, bad[:10]

    def test_split_values_join_or_are_one_digit_corrections(
        self,
        convs: dict[str, list[dict]],
    ) -> None:
        """Split spans come in runs over consecutive messages; a run joins into a valid value,
        or is a mistyped value followed by the corrected one (one digit changed)."""
        bad, runs_seen = [], 0
        for msgs in convs.values():
            lang = msgs[0]["lang"]
            spans = [
                (i, e["type"], m["text"][e["start"] : e["end"]])
                for i, m in enumerate(msgs)
                for e in m["entities"]
                if e["class"] == "split"
            ]
            runs: list[list[tuple[int, str, str]]] = []
            for s in spans:
                if runs and runs[-1][-1][0] == s[0] - 1 and runs[-1][-1][1] == s[1]:
                    runs[-1].append(s)
                else:
                    runs.append([s])
            for run in runs:
                runs_seen += 1
                typ, vals = run[0][1], [v for _, _, v in run]
                ok = len(run) >= 2 and (
                    valid(typ, lang, "".join(vals))
                    or valid(typ, lang, ", ".join(vals))
                    or (
                        len(run) == 2
                        and len(vals[0]) == len(vals[1])
                        and sum(a != b for a, b in zip(vals[0], vals[1], strict=True)) == 1
                        and valid(typ, lang, vals[1])
                    )
                )
                if not ok:
                    bad.append((msgs[0]["conversation_id"], typ, vals))
        assert runs_seen and not bad, bad[:10]

    def test_dates_are_what_they_say(self, records: list[dict]) -> None:
        for r in records:
            for e in r["entities"]:
                v = r["text"][e["start"] : e["end"]]
                if e["type"] == "DATE_OF_BIRTH":
                    assert re.search(r"(19[4-9]\d|20[01]\d|\b\d{2}$)", v), (r["message_id"], v)
            for n in r["negatives"]:
                v = r["text"][n["start"] : n["end"]]
                if n["kind"] == "travel_date":
                    assert re.search(r"202[67]|\b2[67]$", v), (r["message_id"], v)

    def test_the_traps_are_there(self, records: list[dict]) -> None:
        """Hard negatives given as answers, in every language: an order number after a question
        for the customer number, a travel date after a date-of-birth question, and order
        numbers, tracking numbers, destinations, seats and product codes as bare answers."""
        seen: Counter = Counter()
        for prev, r in itertools.pairwise(records):
            if prev["conversation_id"] != r["conversation_id"] or prev["role"] != "agent":
                continue
            q = prev["text"].lower()
            for n in r["negatives"]:
                if n["kind"] == "order_number" and any(w in q for w in CUSTOMER_Q):
                    seen[("order_for_customer", r["lang"])] += 1
                if n["kind"] == "travel_date" and any(w in q for w in DOB_Q):
                    seen[("travel_for_dob", r["lang"])] += 1
                if (n["start"], n["end"]) == (0, len(r["text"])):
                    seen[(f"bare_{n['kind']}", r["lang"])] += 1
        want = {"order_for_customer", "travel_for_dob", "bare_order_number",
                "bare_tracking_number", "bare_destination", "bare_seat", "bare_product_code",
                "bare_travel_date"}  # fmt: skip
        low = {(k, la): seen[(k, la)] for k in want for la in LANGS if seen[(k, la)] < 3}
        assert not low, low

    def test_no_personal_value_repeats_a_real_looking_one(self, records: list[dict]) -> None:
        """Agents never get the customer's data in their own messages (only their first name)."""
        for r in records:
            if r["role"] == "agent":
                assert not re.search(r"\d{6,}", r["text"]), r["message_id"]

    def test_the_generator_is_deterministic(self, tmp_path: Path) -> None:
        gen = load_generator("sealed3")
        out = tmp_path / "sealed3.jsonl"
        assert gen.main(["--out", str(out)]) == 0
        assert out.read_bytes() == SET.read_bytes()
        other = tmp_path / "other.jsonl"
        assert gen.main(["--out", str(other), "--seed", "7"]) == 0
        assert other.read_bytes() != SET.read_bytes()
