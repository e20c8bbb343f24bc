"""The second sealed conversation set (bench/accuracy/conversations/sealed2.jsonl): its
integrity only. Nothing here runs the detector: the set is scored once, by the lead.

Every value is checked against what it claims to be: checksums (python-stdnum, schwifty),
phone numbers (phonenumbers), and disguised values after undoing the disguise here, with a
decoder written for this test (words to digits, look-alikes and zero-width characters out).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from pathlib import Path

import phonenumbers
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
    snils_digits_ok,
)
from .sealed_set_checks import DIR as CONV

SET = CONV / "sealed2.jsonl"
TYPES = {
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "BANK_ACCOUNT", "DATE_OF_BIRTH",
    "PASSPORT", "NATIONAL_ID", "BOOKING_REFERENCE", "CUSTOMER_NUMBER", "LOCATION",
}  # fmt: skip
NEGATIVE_KINDS = {
    "order_number", "travel_date", "destination", "amount", "time", "tracking_number", "seat",
    "product_code",
}  # fmt: skip
MIN_SPANS_PER_CELL = 40
MIN_CONVERSATIONS = 600


# ---------------------------------------------------------------------------------------
# undoing the disguises (independent of the generator)
# ---------------------------------------------------------------------------------------

ZW = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
CYR_TO_LAT = str.maketrans("АВСЕНКМОРТХаеорсху", "ABCEHKMOPTXaeopcxy")
WORDS = {
    "zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9,
    "nul": 0, "een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
    "acht": 8, "negen": 9,
    "null": 0, "en": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "sju": 7, "åtte": 8,
    "ni": 9,
    "ноль": 0, "один": 1, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
    "восемь": 8, "девять": 9,
}  # fmt: skip
DOUBLE = {"double", "dubbel", "dobbel"}
PLUS = {"plus", "pluss", "плюс"}
AT = {"at", "(at)", "[at]", "at sign", "apenstaartje", "apestaart", "apenstaart", "alfakrøll",
      "krøllalfa", "snabel-a", "собака", "собачка", "эт"}  # fmt: skip
DOT = {"dot", "(dot)", "[dot]", "period", "punt", "(punt)", "puntje", "punktum", "prikk", "dott",
       "(punktum)", "точка", "тчк"}  # fmt: skip
UNDER = {"underscore", "understrek", "нижнее подчёркивание"}
EMAIL = re.compile(r"^[a-z0-9._]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def number_text(s: str) -> str:
    """Digits (and a leading +, and letters) of a value typed with words, look-alikes,
    zero-width characters, spaces, dots or dashes."""
    s = s.translate(ZW)
    tokens = [t for t in re.split(r"[\s,\-]+", s.lower()) if t]
    out: list[str] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t in DOUBLE and i + 1 < len(tokens) and tokens[i + 1] in WORDS:
            out.append(str(WORDS[tokens[i + 1]]) * 2)
            i += 2
            continue
        out.append("+" if t in PLUS else str(WORDS[t]) if t in WORDS else t)
        i += 1
    return "".join(out).replace(".", "").replace("(", "").replace(")", "")


def readings(s: str) -> list[str]:
    """Every reading of ``s`` with Cyrillic look-alikes made Latin and the letters that stand
    in for digits (O, I, l, S, B) read either way."""
    s = s.translate(ZW).translate(CYR_TO_LAT)
    alt = {"O": "0", "I": "1", "l": "1", "S": "5", "B": "8", "o": "0"}
    idx = [i for i, c in enumerate(s) if c in alt]
    out = []
    for mask in itertools.product((False, True), repeat=min(len(idx), 10)):
        chars = list(s)
        for on, i in zip(mask, idx, strict=False):
            if on:
                chars[i] = alt[chars[i]]
        out.append("".join(chars))
    return out


def email_text(s: str) -> str:
    s = s.translate(ZW).lower()
    for w in sorted(UNDER, key=len, reverse=True):
        s = s.replace(f" {w} ", "_")
    words = re.split(r"\s+", s.strip())
    out = []
    i = 0
    while i < len(words):
        w = words[i]
        if i + 1 < len(words) and f"{w} {words[i + 1]}" in AT:
            out.append("@")
            i += 2
            continue
        out.append("@" if w in AT else "." if w in DOT else w)
        i += 1
    return "".join(out).translate(CYR_TO_LAT)  # look-alikes inside the address itself


def valid(typ: str, lang: str, value: str) -> bool:
    """Is ``value`` (as typed, or any reading of its disguise) a valid value of ``typ``?"""
    if typ == "EMAIL_ADDRESS":
        return bool(EMAIL.match(email_text(value)))
    cands = {number_text(r) for r in readings(value)} | {number_text(value)}
    for c in cands:
        compact = re.sub(r"[\s./\-]", "", c)
        if typ == "IBAN_CODE" and IBAN(compact.upper(), allow_invalid=True).is_valid:
            return True
        if typ == "PHONE_NUMBER":
            try:
                num = phonenumbers.parse(compact, REGION[lang])
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(num):
                return True
        if typ == "NATIONAL_ID" and (
            bsn.is_valid(compact) or fodselsnummer.is_valid(compact) or inn.is_valid(compact)
            or snils_digits_ok(compact)
        ):  # fmt: skip
            return True
        if typ == "BANK_ACCOUNT" and (
            kontonr.is_valid(compact)
            or re.fullmatch(r"40817810\d{12}", compact)
            or re.fullmatch(r"\d{6}\d{8}", compact)  # UK sort code + account
        ):
            return True
        if typ == "CUSTOMER_NUMBER" and re.fullmatch(r"\d{7,10}", compact):
            return True
        if typ == "BOOKING_REFERENCE" and re.fullmatch(r"[A-Z0-9]{6}", compact.upper()):
            return True
        if typ == "PASSPORT" and re.fullmatch(
            r"[A-Z]{2}[A-Z0-9]{6}\d|F[HKPS]\d{7}|7\d{8}|\d{9}", compact.upper()
        ):
            return True
    return False


CHECKED = {"EMAIL_ADDRESS", "IBAN_CODE", "PHONE_NUMBER", "NATIONAL_ID", "BANK_ACCOUNT",
           "CUSTOMER_NUMBER", "BOOKING_REFERENCE", "PASSPORT"}  # fmt: skip


# ---------------------------------------------------------------------------------------
# tests
# ---------------------------------------------------------------------------------------


CUSTOMER_Q = ("customer", "account", "member", "klant", "lid", "relatie", "kunde", "medlem",
              "клиент", "договор", "лицев", "лояльн")  # fmt: skip
DOB_Q = ("birth", "born", "dob", "geboort", "fødsel", "født", "рожд", "родил")


class TestSealed2(SealedSetFiles):
    name = "sealed2"

    def test_the_decoder_of_this_test_reads_every_disguise(self) -> None:
        """The checks below can fail: the decoder accepts disguised valid values and rejects
        a value with one digit changed."""
        assert valid("EMAIL_ADDRESS", "nl", "f puntje vanwijk apenstaart kpnmail puntje nl")
        assert valid("EMAIL_ADDRESS", "ru", "v.vorobeva собака inbox точка ru")
        assert valid("EMAIL_ADDRESS", "en", "rory underscore yardley at sign gmail dot com")
        assert valid("PHONE_NUMBER", "en", "oh seven double four one two three four five six seven")
        assert valid("IBAN_CODE", "nl", "NL91 ABNA 0417 1643 00")
        assert valid("IBAN_CODE", "nl", "NL91 АBNA O417\u200b 1643 00")
        assert not valid("IBAN_CODE", "nl", "NL91 ABNA 0417 1643 01")
        assert not valid("EMAIL_ADDRESS", "en", "rory yardley gmail")
        assert valid("NATIONAL_ID", "ru", "112-233-445 95")
        assert not valid("NATIONAL_ID", "ru", "112-233-445 96")

    def test_offsets_are_exact_and_at_token_edges(self, records: list[dict]) -> None:
        bad = []
        for r in records:
            t = r["text"]
            for s in r["entities"] + r["negatives"]:
                if not 0 <= s["start"] < s["end"] <= len(t):
                    bad.append((r["message_id"], s))
                    continue
                frag = t[s["start"] : s["end"]]
                cut_left = s["start"] > 0 and t[s["start"] - 1].isalnum() and frag[0].isalnum()
                cut_right = s["end"] < len(t) and t[s["end"]].isalnum() and frag[-1].isalnum()
                if frag != frag.strip() or cut_left or cut_right:
                    bad.append((r["message_id"], frag))
        assert not bad, bad[:10]

    def test_format_labels_and_ids(self, records: list[dict], convs: dict[str, list[dict]]) -> None:
        for r in records:
            assert set(r) == RECORD_KEYS
            assert r["role"] in ("agent", "customer") and r["lang"] in LANGS
            assert r["conversation_id"].startswith(f"sealed2-{r['lang']}-")
            for e in r["entities"]:
                assert e["type"] in TYPES and e["class"] in CLASSES, e
            for n in r["negatives"]:
                assert n["kind"] in NEGATIVE_KINDS, n
                assert not any(
                    n["start"] < e["end"] and e["start"] < n["end"] for e in r["entities"]
                )
            if r["role"] == "agent":  # the agent gives only its own first name
                assert all((e["type"], e["class"]) == ("PERSON", "plain") for e in r["entities"]), r
        seen: set[str] = set()
        last = None
        for r in records:  # the messages of a conversation are consecutive and numbered in order
            cid = r["conversation_id"]
            if cid != last:
                assert cid not in seen, cid
                seen.add(cid)
                last = cid
        for cid, msgs in convs.items():
            assert [m["message_id"] for m in msgs] == [
                f"{cid}-{i:02d}" for i in range(1, len(msgs) + 1)
            ]
            assert len({m["lang"] for m in msgs}) == 1

    def test_balance_per_class_and_language(
        self, records: list[dict], convs: dict[str, list[dict]]
    ) -> None:
        per_lang = Counter(msgs[0]["lang"] for msgs in convs.values())
        assert sum(per_lang.values()) >= MIN_CONVERSATIONS
        assert len(set(per_lang.values())) == 1, per_lang  # the same number in every language
        cells = Counter((e["class"], r["lang"]) for r in records for e in r["entities"])
        thin = {
            (c, la): cells[(c, la)]
            for c in CLASSES
            for la in LANGS
            if cells[(c, la)] < MIN_SPANS_PER_CELL
        }
        assert not thin, thin
        kinds = Counter(n["kind"] for r in records for n in r["negatives"])
        assert set(kinds) == NEGATIVE_KINDS, kinds  # every kind of hard negative is there
        per_lang_neg = Counter(r["lang"] for r in records for _ in r["negatives"])
        assert min(per_lang_neg[la] for la in LANGS) >= 200, per_lang_neg

    def test_every_whole_value_is_valid(self, records: list[dict]) -> None:
        """Checksums and number plans hold for every value given whole, disguised ones after
        undoing the disguise (split values are checked below)."""
        bad = []
        for r in records:
            for e in r["entities"]:
                if e["class"] == "split" or e["type"] not in CHECKED:
                    continue
                v = r["text"][e["start"] : e["end"]]
                if not valid(e["type"], r["lang"], v):
                    bad.append((r["message_id"], e["type"], e["class"], v))
        assert not bad, bad[:10]

    def test_split_values_join_into_a_valid_value_or_are_a_one_digit_correction(
        self,
        convs: dict[str, list[dict]],
    ) -> None:
        bad = []
        for msgs in convs.values():
            lang = msgs[0]["lang"]
            spans = [
                (i, e["type"], m["text"][e["start"] : e["end"]])
                for i, m in enumerate(msgs)
                for e in m["entities"]
                if e["class"] == "split"
            ]
            for k, (i, typ, v) in enumerate(spans):
                if typ not in CHECKED or valid(typ, lang, v):
                    continue
                ok = False
                for a in range(max(0, k - 2), k + 1):  # a run of 2-3 parts in consecutive messages
                    for b in range(k + 1, min(len(spans), a + 3) + 1):
                        run = spans[a:b]
                        if len(run) < 2 or any(s[1] != typ for s in run):
                            continue
                        if any(run[j + 1][0] != run[j][0] + 1 for j in range(len(run) - 1)):
                            continue
                        if any(valid(typ, lang, sep.join(s[2] for s in run)) for sep in ("", " ")):
                            ok = True
                nxt = spans[k + 1] if k + 1 < len(spans) else None
                if nxt and nxt[1] == typ and nxt[0] == i + 1 and len(nxt[2]) == len(v):
                    diff = [(x, y) for x, y in zip(v, nxt[2], strict=True) if x != y]
                    ok = ok or (
                        len(diff) == 1 and diff[0][0].isdigit() and valid(typ, lang, nxt[2])
                    )
                if not ok:
                    bad.append((msgs[0]["conversation_id"], typ, v))
        assert not bad, bad[:10]

    def test_dates_of_birth_and_travel_dates_are_what_they_say(self, records: list[dict]) -> None:
        years = re.compile(r"(19[4-9]\d|20[01]\d|\b\d{2}$)")
        for r in records:
            for e in r["entities"]:
                v = r["text"][e["start"] : e["end"]]
                if e["type"] == "DATE_OF_BIRTH":
                    assert years.search(v) and not re.search(r"202[6-7]", v), (r["message_id"], v)
                if e["type"] == "LOCATION":
                    assert re.search(r"\d", v), (r["message_id"], v)  # a house number or postcode
            for n in r["negatives"]:
                if n["kind"] == "travel_date":
                    assert re.search(r"202[67]|\.2[67]$", r["text"][n["start"] : n["end"]])

    def test_the_generator_is_deterministic(self, tmp_path: Path) -> None:
        """Regenerating with the default seed gives the committed file, byte for byte."""
        gen = load_generator("sealed2")
        out = tmp_path / "sealed2.jsonl"
        assert gen.main(["--out", str(out)]) == 0
        assert out.read_bytes() == SET.read_bytes()
        other = tmp_path / "other.jsonl"
        assert gen.main(["--out", str(other), "--seed", "7"]) == 0
        assert other.read_bytes() != SET.read_bytes()

    def test_the_traps_are_there(self, records: list[dict]) -> None:
        """Hard negatives given as answers: an order number right after a question for the
        customer number, a travel date right after a question for the date of birth, and
        destinations and travel dates as bare answers, in every language."""
        seen: Counter = Counter()
        for prev, r in itertools.pairwise(records):
            if prev["conversation_id"] != r["conversation_id"] or prev["role"] != "agent":
                continue
            q = prev["text"].lower()
            for n in r["negatives"]:
                bare = (n["start"], n["end"]) == (0, len(r["text"]))
                if n["kind"] == "order_number" and any(w in q for w in CUSTOMER_Q):
                    seen[("order_for_customer", r["lang"])] += 1
                if n["kind"] == "travel_date" and any(w in q for w in DOB_Q):
                    seen[("travel_for_dob", r["lang"])] += 1
                if n["kind"] in ("destination", "order_number", "tracking_number") and bare:
                    seen[(f"bare_{n['kind']}", r["lang"])] += 1
        low = {k: v for k, v in seen.items() if v < 3}
        kinds = {k for k, _ in seen}
        assert kinds == {"order_for_customer", "travel_for_dob", "bare_destination",
                         "bare_order_number", "bare_tracking_number"}, kinds  # fmt: skip
        assert len(seen) == 5 * len(LANGS) and not low, seen
