"""The sealed conversation set 12 is reproducible, well labelled, and every number in it is valid.

The checks undo each split and disguise with their own code (not the generator's): zero-width
characters and look-alike letters, number words as people dictate them in en/nl/nb/ru, and
e-mail addresses spelled out in words.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict

import phonenumbers
import pytest
from schwifty import IBAN
from stdnum.nl import bsn
from stdnum.no import fodselsnummer, kontonr
from stdnum.ru import inn

from .sealed_set_checks import DIR as CONV
from .sealed_set_checks import LANGS, RECORD_KEYS, SealedSetFiles

SET = CONV / "sealed12.jsonl"
sys.path.insert(0, str(CONV))

import make_sealed12  # noqa: E402

TYPES = {
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "BANK_ACCOUNT", "CREDIT_CARD",
    "CUSTOMER_NUMBER", "DATE_OF_BIRTH", "FLIGHT_NUMBER", "BOOKING_REFERENCE", "TICKET_NUMBER",
    "NATIONAL_ID", "PASSPORT", "LOCATION", "IP_ADDRESS",
}  # fmt: skip
CLASSES = {"bare_answer", "list", "split", "disguised", "address_no_cue", "plain"}
NEG_KINDS = {
    "order_number", "travel_date", "destination", "amount", "time", "tracking_number", "seat",
    "product_code", "business_phone",
}  # fmt: skip


@pytest.fixture(scope="module")
def built():
    return make_sealed12.build()


def main_class(msgs: list[dict]) -> str:
    cls = {e["class"] for m in msgs for e in m["entities"]} - {"plain"}
    assert len(cls) <= 1, cls
    return cls.pop() if cls else "plain"


def _runs(seq):
    run = [seq[0]]
    for x in seq[1:]:
        if x == run[-1]:
            run.append(x)
        else:
            yield run
            run = [x]
    yield run


# --------------------------------------------------------------------------------------
# undoing disguises (independent of the generator)
# --------------------------------------------------------------------------------------

ZW = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
CYR = str.maketrans("АВСЕНКМОРТХаесорх", "ABCEHKMOPTXaecopx")
DIGIT_LOOK = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"})

EN_UNITS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine".split())}
NL_UNITS = {w: i for i, w in enumerate("nul een twee drie vier vijf zes zeven acht negen".split())}
NL_TEENS = {
    w: 10 + i
    for i, w in enumerate(
        "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien".split()
    )
}
NL_TENS = {
    w: 20 + 10 * i
    for i, w in enumerate("twintig dertig veertig vijftig zestig zeventig tachtig negentig".split())
}
NB_UNITS = {w: i for i, w in enumerate("null en to tre fire fem seks sju åtte ni".split())}
NB_TEENS = {
    w: 10 + i
    for i, w in enumerate(
        "ti elleve tolv tretten fjorten femten seksten sytten atten nitten".split()
    )
}
NB_TENS = {
    w: 20 + 10 * i for i, w in enumerate("tjue tretti førti femti seksti sytti åtti nitti".split())
}
RU_WORDS = {
    w: i for i, w in enumerate("ноль один два три четыре пять шесть семь восемь девять".split())
}
RU_WORDS |= {
    w: 10 + i
    for i, w in enumerate(
        (
            "десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать"
            " семнадцать восемнадцать девятнадцать"
        ).split()
    )
}
RU_WORDS |= {
    w: 20 + 10 * i
    for i, w in enumerate(
        "двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто".split()
    )
}
RU_WORDS |= {
    w: 100 * (i + 1)
    for i, w in enumerate(
        "сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот".split()
    )
}


def en_words(s: str) -> str:
    out, toks, i = "", s.replace(",", " ").split(), 0
    while i < len(toks):
        t = toks[i]
        if t == "plus":
            out += "+"
        elif t in ("double", "triple"):
            d = "0" if toks[i + 1] == "oh" else str(EN_UNITS[toks[i + 1]])
            out += d * (2 if t == "double" else 3)
            i += 1
        elif t == "oh":
            out += "0"
        elif t in EN_UNITS:
            out += str(EN_UNITS[t])
        else:
            assert t.isdigit(), t
            out += t
        i += 1
    return out


def nl_nb_word(t: str, lang: str) -> str:
    units, teens, tens = (
        (NL_UNITS, NL_TEENS, NL_TENS) if lang == "nl" else (NB_UNITS, NB_TEENS, NB_TENS)
    )
    if t.isdigit():
        return t
    if t in units:
        return str(units[t])
    if t in teens:
        return str(teens[t])
    if t in tens:
        return str(tens[t])
    if lang == "nl":
        m = re.fullmatch(r"(een|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|ën)(\w+ig)", t)
        assert m and m.group(2) in tens, t
        return str(tens[m.group(2)] + units[m.group(1)])
    m = re.fullmatch(
        r"(tjue|tretti|førti|femti|seksti|sytti|åtti|nitti)(en|to|tre|fire|fem|seks|sju|åtte|ni)", t
    )
    assert m, t
    return str(tens[m.group(1)] + units[m.group(2)])


def words_to_digits(s: str, lang: str) -> str:
    if lang == "en":
        return en_words(s)
    if lang in ("nl", "nb"):
        return "".join("+" if t in ("plus", "pluss") else nl_nb_word(t, lang) for t in s.split())
    out = ""
    for group in re.split(r"\s*,\s*|\s+-\s+", s.strip()):
        toks = group.split()
        if toks == ["плюс"]:
            out += "+"
            continue
        vals = [int(t) if t.isdigit() else RU_WORDS[t] for t in toks]
        if len(toks) > 1 and any(not t.isdigit() and RU_WORDS[t] >= 10 for t in toks):
            out += str(sum(vals))
        else:
            out += "".join(toks[i] if toks[i].isdigit() else str(vals[i]) for i in range(len(toks)))
    return out


SPOKEN = {
    "en": [
        ("(at)", "@"),
        ("(dot)", "."),
        ("underscore", "_"),
        ("hyphen", "-"),
        ("dash", "-"),
        ("at", "@"),
        ("dot", "."),
    ],
    "nl": [
        ("apenstaartje", "@"),
        ("apestaart", "@"),
        ("laag streepje", "_"),
        ("underscore", "_"),
        ("koppelteken", "-"),
        ("streepje", "-"),
        ("punt", "."),
        ("at", "@"),
    ],
    "nb": [
        ("alfakrøll", "@"),
        ("krøllalfa", "@"),
        ("understrek", "_"),
        ("bindestrek", "-"),
        ("punktum", "."),
        ("prikk", "."),
        ("dott", "."),
        ("at", "@"),
    ],
    "ru": [
        ("собачка", "@"),
        ("собака", "@"),
        ("нижнее подчёркивание", "_"),
        ("подчеркивание", "_"),
        ("дефис", "-"),
        ("тире", "-"),
        ("точка", "."),
        ("эт", "@"),
    ],
}


def unspell(s: str, lang: str) -> str:
    s = f" {s} "
    for word, sym in SPOKEN[lang]:
        s = s.replace(f" {word} ", f" {sym} ")
    return s.replace(" ", "")


def unmask_iban(s: str) -> str:
    s = s.translate(ZW).translate(CYR).replace(" ", "")
    cc = s[:2].upper()
    letters = {"NL": range(4, 8), "GB": range(4, 8)}.get(cc, range(0))
    chars = [ch if i < 2 or i in letters else ch.translate(DIGIT_LOOK) for i, ch in enumerate(s)]
    return "".join(chars).upper()


def unmask_digits(s: str, kind: str) -> str:
    s = s.translate(ZW).translate(CYR)
    if kind == "nino":
        s = s.replace(" ", "")
        return (s[:2] + s[2:8].translate(DIGIT_LOOK) + s[8:]).upper()
    return s.translate(DIGIT_LOOK)


def only_digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def luhn_ok(num: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(num)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def snils_ok(num: str) -> bool:
    body, check = num[:9], int(num[9:])
    total = sum(int(c) * (9 - i) for i, c in enumerate(body)) % 101
    return len(num) == 11 and (0 if total == 100 else total) == check


def valid(kind: str, typ: str, s: str) -> bool:
    """Is the normalised value s valid for its kind?"""
    d = only_digits(s)
    if kind == "iban":
        return IBAN(s.replace(" ", "").upper(), validate_bban=True) is not None
    if kind == "bsn":
        return bsn.is_valid(d)
    if kind == "fnr":
        return fodselsnummer.is_valid(d)
    if kind == "kontonr":
        return kontonr.is_valid(d)
    if kind == "inn":
        return inn.is_valid(d)
    if kind == "snils":
        return snils_ok(d)
    if kind == "nino":
        return (
            re.fullmatch(
                r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s.replace(" ", "").upper()
            )
            is not None
        )
    if kind == "card":
        return len(d) == 16 and luhn_ok(d)
    if kind == "ruacct":
        return len(d) == 20 and d.startswith("4")
    if kind == "ukacct":
        return len(d) == 14
    if kind == "ticket":
        return len(d) == 13
    if kind.startswith("phone:"):
        region = kind.split(":")[1]
        num = phonenumbers.parse(s, region)
        return (
            phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region
        )
    if kind == "email":
        return re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}", s) is not None
    if typ == "BOOKING_REFERENCE":
        return re.fullmatch(r"[A-Z0-9]{6}", s.upper()) is not None
    return bool(s.strip())


def same_number(kind: str, got: str, canon: str) -> bool:
    if kind.startswith("phone:"):
        num = phonenumbers.parse(got, kind.split(":")[1])
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164) == canon
    if kind == "iban":
        return got.replace(" ", "").upper() == canon
    if kind == "nino":
        return got.replace(" ", "").upper() == canon
    return only_digits(got) == only_digits(canon)


CHECKED = {
    "IBAN_CODE",
    "NATIONAL_ID",
    "BANK_ACCOUNT",
    "CREDIT_CARD",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "TICKET_NUMBER",
}


def _with_prefix(text: str, digits_: str) -> str:
    return ("+" if text.strip().startswith("+") else "") + digits_


def _letters_kept(text: str, digits_: str) -> str:
    it = iter(digits_)
    return "".join(next(it) if ch.isdigit() else ch for ch in text)


class TestSealed12(SealedSetFiles):
    name = "sealed12"

    def test_regenerates_byte_for_byte(self, tmp_path):
        out = tmp_path / "sealed12.jsonl"
        assert make_sealed12.main(["make_sealed12.py", str(out)]) == 0
        assert out.read_bytes() == SET.read_bytes()

    def test_ids_roles_languages(self, records):
        convs: dict[str, list[dict]] = defaultdict(list)
        for r in records:
            convs[r["conversation_id"]].append(r)
        assert len(convs) == 600
        per_lang = Counter(cid.split("-")[1] for cid in convs)
        assert per_lang == {lang: 150 for lang in LANGS}
        seen_order = list(dict.fromkeys(r["conversation_id"] for r in records))
        assert len(seen_order) == len(convs)  # messages of a conversation are consecutive
        for cid, msgs in convs.items():
            assert re.fullmatch(r"s12-(en|nl|nb|ru)-\d{3}", cid)
            assert [m["message_id"] for m in msgs] == [
                f"{cid}-{i:02d}" for i in range(1, len(msgs) + 1)
            ]
            assert {m["lang"] for m in msgs} == {cid.split("-")[1]}
            assert {m["role"] for m in msgs} <= {"agent", "customer"}
            assert msgs[0]["role"] == "agent" and len(msgs) >= 4
            assert set(msgs[0]) == RECORD_KEYS

    def test_offsets_types_classes_kinds(self, records):
        for r in records:
            t = r["text"]
            spans = []
            for e in r["entities"]:
                frag = t[e["start"] : e["end"]]
                assert frag and frag == frag.strip(), (r["message_id"], frag)
                assert e["type"] in TYPES and e["class"] in CLASSES, e
                assert set(e) == {"start", "end", "type", "class"}
                spans.append((e["start"], e["end"]))
            for n in r["negatives"]:
                frag = t[n["start"] : n["end"]]
                assert frag and frag == frag.strip(), (r["message_id"], frag)
                assert n["kind"] in NEG_KINDS, n
                spans.append((n["start"], n["end"]))
            spans.sort()
            for (_, e1), (s2, _) in zip(spans, spans[1:], strict=False):
                assert e1 <= s2, f"overlapping spans in {r['message_id']}"
            # a customer's value is never labelled in an agent message except a read-back or a name
            if r["role"] == "agent":
                assert all(e["class"] == "plain" for e in r["entities"]), r["message_id"]

    def test_planned_counts(self, records, built):
        _, _, plan = built
        convs: dict[str, list[dict]] = defaultdict(list)
        for r in records:
            convs[r["conversation_id"]].append(r)
        counts = Counter()
        for cid, msgs in convs.items():
            cls = main_class(msgs)
            assert cls == plan[cid], cid
            assert any(e["class"] == cls for m in msgs for e in m["entities"]), cid
            counts[(cid.split("-")[1], cls)] += 1
        assert counts == {(lang, cls): 25 for lang in LANGS for cls in CLASSES}
        # the class is not readable from the id: no run of ids holds one class only
        for lang in LANGS:
            seq = [plan[f"s12-{lang}-{i:03d}"] for i in range(1, 151)]
            assert max(len(list(g)) for g in _runs(seq)) < 10

    def test_hard_negatives_share_and_kinds(self, records):
        n_ent = sum(len(r["entities"]) for r in records)
        kinds = Counter(n["kind"] for r in records for n in r["negatives"])
        share = sum(kinds.values()) / (n_ent + sum(kinds.values()))
        assert 0.25 <= share <= 0.40, share
        assert set(kinds) == NEG_KINDS
        # negatives also as bare answers (the whole customer message)
        bare = [
            r
            for r in records
            if r["role"] == "customer"
            and len(r["negatives"]) == 1
            and not r["entities"]
            and r["negatives"][0]["start"] == 0
            and r["negatives"][0]["end"] == len(r["text"])
        ]
        assert len(bare) >= 100
        for lang in LANGS:
            assert sum(1 for r in records if r["lang"] == lang and r["negatives"]) >= 100

    def test_every_number_valid_after_undoing_split_or_disguise(self, records, built):
        by_id = {r["message_id"]: r for r in records}
        _, checks, _ = built
        covered = set()
        for g in checks:
            assert g["spans"], g
            for mid, s, e in g["spans"]:
                covered.add((mid, s, e))
        # every number-like gold span belongs to a checked value
        for r in records:
            for e in r["entities"]:
                if e["type"] in CHECKED:
                    assert (r["message_id"], e["start"], e["end"]) in covered, (r["message_id"], e)
        counts = Counter()
        by_gid = {g["gid"]: g for g in checks}
        for g in checks:
            texts = [by_id[mid]["text"][s:e] for mid, s, e in g["spans"]]
            lang = g["spans"][0][0].split("-")[1]
            kind, typ, mode, value, canon = g["kind"], g["type"], g["mode"], g["value"], g["canon"]
            if mode == "whole":
                assert texts == [value]
                got = value
            elif mode == "concat":
                assert len(texts) in (2, 3)
                assert "".join(texts).replace(" ", "") == value.replace(" ", "")
                got = value
            elif mode == "masked":
                assert texts[0] != value  # really disguised
                got = unmask_iban(texts[0]) if kind == "iban" else unmask_digits(texts[0], kind)
                assert same_number(kind, got, canon), (texts, canon)
            elif mode == "words":
                got = words_to_digits(texts[0], lang)
                assert len(re.findall(r"[^\W\d_]+", texts[0])) >= 2  # at least two number words
                if kind.startswith("phone:"):
                    assert same_number(kind, got, canon), (texts, got, canon)
                else:
                    assert got == only_digits(canon), (texts, got, canon)
            elif mode == "spelled":
                got = unspell(texts[0], lang)
                assert "@" not in texts[0] or " " in texts[0]
                assert got == value, (texts, got, value)
            elif mode in ("typo", "typo_tail"):
                final = by_gid[g["final"]]
                right_d = only_digits(final["value"]) if mode == "typo" else None
                wrong_d = only_digits(texts[0])
                if mode == "typo_tail":
                    tail_d = only_digits(
                        by_id[final["spans"][0][0]]["text"][
                            final["spans"][0][1] : final["spans"][0][2]
                        ]
                    )
                    assert (
                        len(texts) == 2
                        and only_digits(texts[1]) == wrong_d[-len(only_digits(texts[1])) :]
                    )
                    right_d = wrong_d[: len(wrong_d) - len(tail_d)] + tail_d
                assert (
                    len(right_d) == len(wrong_d)
                    and sum(a != b for a, b in zip(right_d, wrong_d, strict=True)) == 1
                )
                if kind.startswith("phone:"):
                    assert same_number(kind, _with_prefix(texts[0], right_d), canon)
                    got = canon
                elif kind == "iban":
                    got = canon
                    assert only_digits(canon) == only_digits(_letters_kept(texts[0], right_d))
                else:
                    got = right_d
                    assert not canon or right_d == only_digits(canon)
                counts["corrections"] += 1
            elif mode == "tail":
                assert len(texts) == 1
                continue
            else:
                raise AssertionError(mode)
            assert valid(kind, typ, got), (g, got)
            if canon and mode in ("whole", "concat"):
                assert same_number(kind, got, canon) or kind == "ticket", (got, canon)
            counts[mode] += 1
        for mode in ("whole", "concat", "masked", "words", "spelled", "corrections"):
            assert counts[mode] >= 20, counts

    def test_people_are_from_own_tables(self, records):
        firsts = {
            n
            for t in (make_sealed12.FIRST_M, make_sealed12.FIRST_F, make_sealed12.AGENTS)
            for names in t.values()
            for n in names
        }
        for r in records:
            for e in r["entities"]:
                if e["type"] == "PERSON":
                    frag = r["text"][e["start"] : e["end"]]
                    low = frag.lower().replace("ё", "е")
                    assert any(f.lower().replace("ё", "е") in low for f in firsts), frag
