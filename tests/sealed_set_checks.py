"""The checks the blind conversation sets pass from the twenty-sixth on: the file is exactly
what its generator writes, and its labels are sound. A set's test module subclasses
SealedSetChecks (from the twenty-seventh on SectorSetChecks, from the twenty-eighth on
ShapeSetChecks) with the set's name and adds its own checks."""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType

import phonenumbers
import pytest
from schwifty import IBAN
from stdnum.nl import bsn
from stdnum.no import fodselsnummer, kontonr, orgnr
from stdnum.ru import inn

DIR = Path(__file__).resolve().parent.parent / "bench" / "accuracy" / "conversations"
LANGS = ("en", "nl", "nb", "ru")
CLASSES = ("bare_answer", "list", "split", "disguised", "address_no_cue", "plain")
REGION = {"en": "GB", "nl": "NL", "nb": "NO", "ru": "RU"}
# spans whose text is the whole value as typed (not cut, corrected or disguised)
WHOLE = {"bare_answer", "list", "plain"}
NUMERIC = {
    "PHONE_NUMBER",
    "CUSTOMER_NUMBER",
    "IBAN_CODE",
    "BANK_ACCOUNT",
    "NATIONAL_ID",
    "CREDIT_CARD",
    "TICKET_NUMBER",
}
#: the fields of every record of every set
RECORD_KEYS = frozenset(
    {"conversation_id", "message_id", "role", "lang", "text", "entities", "negatives"}
)
INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def conversations(records: list[dict]) -> dict[str, list[dict]]:
    convs: dict[str, list[dict]] = defaultdict(list)
    for r in records:
        convs[r["conversation_id"]].append(r)
    return convs


def snils_ok(v: str) -> bool:
    d = "".join(c for c in v if c.isdigit())
    if len(d) != 11:
        return False
    check = sum(int(c) * (9 - i) for i, c in enumerate(d[:9])) % 101
    return int(d[9:]) == (0 if check == 100 else check)


def snils_digits_ok(d: str) -> bool:
    """A SNILS given as its eleven digits and nothing else."""
    return re.fullmatch(r"\d{11}", d) is not None and snils_ok(d)


def load_generator(name: str, module_name: str | None = None) -> ModuleType:
    """DIR/make_<name>.py, imported afresh, its sibling modules (make_values, ...) importable
    and itself in sys.modules (dataclasses look their module up there)."""
    if str(DIR) not in sys.path:
        sys.path.insert(0, str(DIR))
    module_name = module_name or f"make_{name}"
    spec = importlib.util.spec_from_file_location(module_name, DIR / f"make_{name}.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = mod
    spec.loader.exec_module(mod)
    return mod


def jsonl_text(records: list[dict]) -> str:
    """The records as the generators write them: one JSON object a line, UTF-8 as is."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def iban_parses(v: str) -> bool:
    """schwifty takes ``v`` as an IBAN (country, length, check digits and, where schwifty
    knows them, the bank code)."""
    try:
        IBAN(v)
    except ValueError:
        return False
    return True


def phone_valid_in(v: str, regions: Iterable[str]) -> bool:
    """``v`` is a valid phone number read as dialled in one of ``regions``."""
    for region in regions:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(v, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


#: the digits 0-9 as words, per language
DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "nb": ["null", "en", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni"],
    "ru": ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"],
}


def luhn_ok(d: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(d)):
        n = int(c) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def checksum_ok(lang: str, typ: str, v: str) -> bool | None:
    """True/False for checksum-carrying types; None for the others."""
    d = "".join(c for c in v if c.isalnum())
    if typ == "IBAN_CODE":
        return IBAN(v, allow_invalid=True).is_valid
    if typ == "CREDIT_CARD":
        return len(d) == 16 and luhn_ok(d)
    if typ == "BANK_ACCOUNT":
        if lang == "nb":
            return kontonr.is_valid(d)
        if lang == "ru":
            return len(d) == 20 and d.startswith("40817810")
        return re.fullmatch(r"\d\d-\d\d-\d\d \d{8}", v) is not None  # UK sort code + account
    if typ == "NATIONAL_ID":
        if lang == "nl":
            return bsn.is_valid(d)
        if lang == "nb":
            return fodselsnummer.is_valid(d)
        if lang == "ru":
            return inn.is_valid(d) if len(d) == 12 else snils_ok(v)
        return re.fullmatch(r"[A-Z]{2} \d\d \d\d \d\d [A-D]", v) is not None  # UK NI number
    if typ == "PHONE_NUMBER":
        return phonenumbers.is_valid_number(phonenumbers.parse(v, REGION[lang]))
    if typ == "TICKET_NUMBER":
        return len(d) == 13 and d.isdigit()
    return None


def assert_spans_sit_on_text(records: list[dict]) -> None:
    """Every record has the fields of a record, every span sits on its text, trimmed and
    not empty, every entity has a class of CLASSES (a whole e-mail address has an @, a whole
    number a digit), and no two spans of a message overlap."""
    for r in records:
        t = r["text"]
        assert set(r) == RECORD_KEYS
        for s in r["entities"] + r["negatives"]:
            frag = t[s["start"] : s["end"]]
            assert 0 <= s["start"] < s["end"] <= len(t), r["message_id"]
            assert frag == frag.strip() and frag, (r["message_id"], frag)
        for e in r["entities"]:
            frag = t[e["start"] : e["end"]]
            assert e["class"] in CLASSES
            if e["type"] == "EMAIL_ADDRESS" and e["class"] in WHOLE:
                assert "@" in frag and " " not in frag
            if e["type"] in NUMERIC and e["class"] in WHOLE:
                assert any(c.isdigit() for c in frag), frag
        spans = sorted((s["start"], s["end"]) for s in r["entities"] + r["negatives"])
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)), r["message_id"]


class SealedSetFiles:
    """A set's file and generator: the fixtures every set's checks use."""

    #: the set's name: its file is DIR/<name>.jsonl, its generator DIR/make_<name>.py
    name: str

    @property
    def set_path(self) -> Path:
        return DIR / f"{self.name}.jsonl"

    @property
    def gen_path(self) -> Path:
        return DIR / f"make_{self.name}.py"

    # class-scoped fixtures are classmethods (pytest 9 deprecates them as instance methods)
    @pytest.fixture(scope="class")
    @classmethod
    def gen(cls):
        gen_path = DIR / f"make_{cls.name}.py"
        spec = importlib.util.spec_from_file_location(f"make_{cls.name}", gen_path)
        assert spec and spec.loader
        mod = importlib.util.module_from_spec(spec)
        sys.modules.setdefault(f"make_{cls.name}", mod)
        spec.loader.exec_module(mod)
        return mod

    @pytest.fixture(scope="class")
    @classmethod
    def records(cls) -> list[dict]:
        text = (DIR / f"{cls.name}.jsonl").read_text(encoding="utf-8")
        return [json.loads(line) for line in text.splitlines()]

    @pytest.fixture(scope="class")
    @classmethod
    def convs(cls, records: list[dict]) -> dict[str, list[dict]]:
        return conversations(records)


class RegeneratedByScript(SealedSetFiles):
    """A set whose generator, run as a script, writes its file."""

    def test_regenerates_byte_for_byte(self, tmp_path: Path) -> None:
        out = tmp_path / f"{self.name}.jsonl"
        subprocess.run(
            [sys.executable, str(self.gen_path), str(out)], check=True, capture_output=True
        )
        assert out.read_bytes() == self.set_path.read_bytes()


class SpanChecks(RegeneratedByScript):
    """Every record has the fields of a record, every span sits on its text, trimmed, with
    a class of CLASSES, and no two spans of a message overlap."""

    def test_spans_sit_exactly_on_their_text(self, records: list[dict]) -> None:
        assert_spans_sit_on_text(records)


class SealedSetChecks(SpanChecks):
    def test_counts_per_language_and_class(self, records: list[dict], gen) -> None:
        convs = conversations(records)
        assert len(convs) == 600
        assert Counter(msgs[0]["lang"] for msgs in convs.values()) == {lang: 150 for lang in LANGS}
        for lang in LANGS:
            plan = gen.plan(lang)
            assert Counter(plan) == {c: 25 for c in CLASSES}
            assert plan[:25] != [plan[0]] * 25  # the class is not read from the id
            for i, cls in enumerate(plan, 1):
                cid = f"{self.name}-{lang}-{i:03d}"
                msgs = convs[cid]
                assert {m["lang"] for m in msgs} == {lang}
                assert 8 <= len(msgs) <= 25, cid
                assert [m["message_id"] for m in msgs] == [
                    f"{cid}-{k:02d}" for k in range(1, len(msgs) + 1)
                ]
                assert any(e["class"] == cls for m in msgs for e in m["entities"]), cid
                assert any(m["negatives"] for m in msgs), cid  # hard negatives in every chat
                assert {m["role"] for m in msgs} == {"agent", "customer"}

    def test_every_class_and_type_is_there_in_every_language(self, records: list[dict]) -> None:
        seen: dict[str, Counter[str]] = defaultdict(Counter)
        types: dict[str, set[str]] = defaultdict(set)
        for r in records:
            for e in r["entities"]:
                seen[r["lang"]][e["class"]] += 1
                types[r["lang"]].add(e["type"])
        for lang in LANGS:
            assert set(seen[lang]) == set(CLASSES), lang
            assert min(seen[lang].values()) >= 25, (lang, seen[lang])
            assert types[lang] >= {
                "PERSON",
                "EMAIL_ADDRESS",
                "PHONE_NUMBER",
                "CREDIT_CARD",
                "CUSTOMER_NUMBER",
                "DATE_OF_BIRTH",
                "PASSPORT",
                "NATIONAL_ID",
                "LOCATION",
                "BOOKING_REFERENCE",
                "FLIGHT_NUMBER",
                "TICKET_NUMBER",
            }, lang
            assert types[lang] & {"IBAN_CODE", "BANK_ACCOUNT"}, lang

    def test_checksum_carrying_values_are_valid(self, records: list[dict]) -> None:
        checked: Counter[str] = Counter()
        for r in records:
            for e in r["entities"]:
                if e["class"] not in WHOLE:
                    continue
                ok = checksum_ok(r["lang"], e["type"], r["text"][e["start"] : e["end"]])
                if ok is not None:
                    assert ok, (r["message_id"], e["type"], r["text"][e["start"] : e["end"]])
                    checked[e["type"]] += 1
            for n in r["negatives"]:
                frag = r["text"][n["start"] : n["end"]]
                if n["kind"] == "company_phone":
                    assert phonenumbers.is_valid_number(
                        phonenumbers.parse(frag, REGION[r["lang"]])
                    ), frag
                if n["kind"] == "company_account" and r["lang"] != "ru":
                    assert IBAN(frag, allow_invalid=True).is_valid, frag
                if n["kind"] == "company_id" and r["lang"] == "ru":
                    assert inn.is_valid(frag), frag  # a legal entity's 10-digit INN
        assert set(checked) == {
            "IBAN_CODE",
            "BANK_ACCOUNT",
            "NATIONAL_ID",
            "PHONE_NUMBER",
            "CREDIT_CARD",
            "TICKET_NUMBER",
        }

    def test_split_values_span_several_customer_messages(self, records: list[dict]) -> None:
        for msgs in conversations(records).values():
            parts = [m for m in msgs if any(e["class"] == "split" for e in m["entities"])]
            assert not parts or all(m["role"] == "customer" for m in parts)
            if parts:
                assert len(parts) >= 2

    def test_disguised_values_are_really_disguised(self, records: list[dict]) -> None:
        """Each disguised span has invisible characters, look-alike letters, words or spaces."""
        for r in records:
            for e in r["entities"]:
                if e["class"] != "disguised":
                    continue
                frag = r["text"][e["start"] : e["end"]]
                if e["type"] == "EMAIL_ADDRESS":
                    assert " " in frag or any(ord(c) > 0x3FF for c in frag), frag
                else:
                    assert (
                        INVISIBLE.search(frag)
                        or " " in frag
                        or any("\u0400" <= c <= "\u04ff" for c in frag)
                        or any(c in "OoIl|SBЗ" for c in frag)
                    ), frag

    def test_no_real_people(self, records: list[dict], gen) -> None:
        """Every name is put together from the generator's own short lists, never a known person."""
        words = set()
        for table in (gen.FIRST_M, gen.FIRST_F, gen.LAST):
            for names in table.values():
                for n in names:
                    words.update(n.lower().split())
        for m, f in gen.RU_LAST + gen.RU_PATR:
            words.update({m.lower(), f.lower()})
        for r in records:
            for e in r["entities"]:
                if e["type"] != "PERSON":
                    continue
                frag = r["text"][e["start"] : e["end"]]
                assert set(frag.lower().split()) <= words, (r["message_id"], frag)
                assert frag not in gen.FAMOUS
        for famous in gen.FAMOUS:
            assert famous not in self.set_path.read_text(encoding="utf-8")
        # e-mail addresses of customers are on the set's own domain list
        domains = {d for ds in gen.DOMAINS.values() for d in ds}
        for r in records:
            for e in r["entities"]:
                frag = r["text"][e["start"] : e["end"]]
                if e["type"] == "EMAIL_ADDRESS" and e["class"] in WHOLE:
                    assert frag.split("@")[1].lower() in domains, frag


#: the hard-negative kinds every set from the twenty-seventh on has in every language
NEGATIVE_KINDS = frozenset(
    {
        "company_name",
        "company_phone",
        "company_email",
        "company_address",
        "company_account",
        "order_number",
        "case_number",
        "invoice_number",
        "travel_date",
        "appointment_date",
        "destination",
        "branch",
        "amount",
        "time",
        "quantity",
        "product_code",
        "room_number",
    }
)


class SectorSetChecks(SealedSetChecks):
    """Sets of twenty sectors, each with its own company in every language (sealed27 on)."""

    #: the hard-negative kinds the set has in every language
    negative_kinds: frozenset[str] = NEGATIVE_KINDS

    def test_twenty_sectors_each_with_its_company_in_every_language(
        self, records: list[dict], gen
    ) -> None:
        assert len(gen.SECTORS) == 20
        names: dict[str, set[str]] = defaultdict(set)
        for r in records:
            for n in r["negatives"]:
                if n["kind"] == "company_name":
                    names[r["lang"]].add(r["text"][n["start"] : n["end"]])
        for lang in LANGS:
            assert names[lang] == {s["co"][lang] for s in gen.SECTORS}, lang

    def test_phones_mobile_and_landline_national_and_international(
        self, records: list[dict]
    ) -> None:
        kinds: dict[str, set[str]] = defaultdict(set)
        for r in records:
            for e in r["entities"]:
                if e["type"] != "PHONE_NUMBER" or e["class"] not in WHOLE:
                    continue
                frag = r["text"][e["start"] : e["end"]]
                num = phonenumbers.parse(frag, REGION[r["lang"]])
                t = phonenumbers.number_type(num)
                kinds[r["lang"]].add(
                    "mobile" if t == phonenumbers.PhoneNumberType.MOBILE else "other"
                )
                kinds[r["lang"]].add("intl" if frag.startswith(("+", "00")) else "national")
        for lang in LANGS:
            assert kinds[lang] == {"mobile", "other", "intl", "national"}, (lang, kinds[lang])

    def test_hard_negatives_of_every_kind_in_every_language(self, records: list[dict]) -> None:
        kinds: dict[str, Counter[str]] = defaultdict(Counter)
        for r in records:
            for n in r["negatives"]:
                kinds[r["lang"]][n["kind"]] += 1
        for lang in LANGS:
            assert set(kinds[lang]) >= self.negative_kinds, (lang, kinds[lang])

    def test_spelled_out_emails_use_the_customers_language(self, records: list[dict]) -> None:
        words = {
            "en": ("at", "dot"),
            "nl": ("apenstaart", "punt"),
            "nb": ("krøll", "prikk"),
            "ru": ("собак", "точка"),
        }
        seen: dict[str, set[str]] = defaultdict(set)
        for r in records:
            for e in r["entities"]:
                if e["type"] == "EMAIL_ADDRESS" and e["class"] == "disguised":
                    frag = r["text"][e["start"] : e["end"]]
                    for w in words[r["lang"]]:
                        if w in frag:
                            seen[r["lang"]].add(w)
        for lang in LANGS:
            assert seen[lang] == set(words[lang]), lang

    def test_questions_are_varied(self, records: list[dict]) -> None:
        """Many different agent questions per language, not a handful of templates."""
        asked: dict[str, set[str]] = defaultdict(set)
        for r in records:
            if r["role"] == "agent" and r["text"].rstrip().endswith("?"):
                asked[r["lang"]].add(r["text"])
        for lang in LANGS:
            assert len(asked[lang]) >= 150, (lang, len(asked[lang]))


class ShapeSetChecks(SectorSetChecks):
    """... with values split in three, customer numbers in many shapes and every disguise
    (sealed28 on)."""

    def test_split_values_cut_in_two_and_three_and_corrected(self, records: list[dict]) -> None:
        """Every split chat has two split values; some are cut in three (five or six parts)."""
        shapes: dict[str, set[int]] = defaultdict(set)
        for msgs in conversations(records).values():
            parts = [m for m in msgs if any(e["class"] == "split" for e in m["entities"])]
            if parts:
                shapes[parts[0]["lang"]].add(len(parts))
        for lang in LANGS:
            assert shapes[lang] >= {4, 5}, (lang, shapes[lang])

    def test_customer_numbers_in_many_shapes(self, records: list[dict]) -> None:
        """Customer numbers: digits only, grouped, with letters, dots and dashes."""
        shapes: dict[str, set[str]] = defaultdict(set)
        for r in records:
            for e in r["entities"]:
                if e["type"] == "CUSTOMER_NUMBER" and e["class"] in WHOLE:
                    frag = r["text"][e["start"] : e["end"]]
                    shapes[r["lang"]].add(re.sub(r"\d+", "9", re.sub("[A-Z]+", "A", frag)))
        for lang in LANGS:
            assert len(shapes[lang]) >= 5, (lang, shapes[lang])

    def test_disguised_values_use_every_trick(self, records: list[dict]) -> None:
        """Number words, zero-width characters and look-alike letters in every language."""
        tricks: dict[str, set[str]] = defaultdict(set)
        for r in records:
            for e in r["entities"]:
                if e["class"] != "disguised" or e["type"] == "EMAIL_ADDRESS":
                    continue
                frag = r["text"][e["start"] : e["end"]]
                if INVISIBLE.search(frag):
                    tricks[r["lang"]].add("invisible")
                elif " " in frag:
                    tricks[r["lang"]].add("words")
                else:
                    tricks[r["lang"]].add("homoglyph")
        for lang in LANGS:
            assert tricks[lang] == {"invisible", "words", "homoglyph"}, (lang, tricks[lang])


def phone_ok(lang: str, frag: str) -> bool:
    return phonenumbers.is_valid_number(phonenumbers.parse(frag, REGION[lang]))


def iban_ok(lang: str, frag: str) -> bool:
    return IBAN(frag, allow_invalid=True).is_valid


def orgnr_ok(lang: str, frag: str) -> bool:
    """A Norwegian organisation number, spaces allowed."""
    return orgnr.is_valid(frag.replace(" ", ""))


def inn_ok(lang: str, frag: str) -> bool:
    return inn.is_valid(frag)


def kontonr_ok(lang: str, frag: str) -> bool:
    """A Norwegian account number, dots and spaces allowed."""
    return kontonr.is_valid(frag.replace(".", "").replace(" ", ""))


class OrderedSetChecks(SpanChecks):
    """The checks the twenty-third to the twenty-fifth set share: 600 chats whose class is
    read from their number (25 of each class in turn), spans on their text and the whole
    values of the checksum-carrying types valid. A set's module subclasses this with its
    own facts as class attributes and adds its own checks."""

    #: the chat's class is ORDER[(number - 1) // 25]
    order: tuple[str, ...] = (
        "bare_answer",
        "list",
        "split",
        "disguised",
        "address_no_cue",
        "plain",
    )
    #: how many messages a chat has, or None where the set does not bound them
    message_range: tuple[int, int] | None = (8, 25)
    #: the plain chats are a control group: nothing harder than a cued value in them
    plain_is_a_control_group: bool = True
    #: the types whose whole values are checked; every one of them is checked at least once
    checksum_types: frozenset[str] = frozenset(
        {"IBAN_CODE", "BANK_ACCOUNT", "NATIONAL_ID", "PHONE_NUMBER", "CREDIT_CARD"}
    )
    #: types checked at least once in every language
    checked_in_every_language: frozenset[str] = frozenset()
    #: disguised values whose only disguise is zero-width characters are checked too
    checks_zero_width_disguises: bool = False
    #: the hard negatives checked: kind -> language -> check(lang, text)
    negative_checks: dict[str, dict[str, Callable[[str, str], bool]]] = {
        "company_phone": dict.fromkeys(LANGS, phone_ok)
    }

    def national_insurance_ok(self, v: str) -> bool:
        """A UK national insurance number as the set types it."""
        return re.fullmatch(r"[A-Z]{2} \d\d \d\d \d\d [A-D]", v) is not None

    def checksum(self, lang: str, typ: str, v: str) -> bool | None:
        """True/False for the set's checksum-carrying types; None for the others."""
        if typ not in self.checksum_types:
            return None
        if typ == "NATIONAL_ID" and lang == "en":
            return self.national_insurance_ok(v)
        return checksum_ok(lang, typ, v)

    def test_counts_per_language_and_class(self, convs: dict[str, list[dict]]) -> None:
        assert len(convs) == 600
        assert Counter(msgs[0]["lang"] for msgs in convs.values()) == {lang: 150 for lang in LANGS}
        for cid, msgs in convs.items():
            assert {m["lang"] for m in msgs} == {msgs[0]["lang"]}
            if self.message_range:
                assert self.message_range[0] <= len(msgs) <= self.message_range[1], cid
            assert [m["message_id"] for m in msgs] == [
                f"{cid}-{i:02d}" for i in range(1, len(msgs) + 1)
            ]
            cls = self.order[(int(cid.rsplit("-", 1)[1]) - 1) // 25]  # 25 chats per class
            assert any(e["class"] == cls for m in msgs for e in m["entities"]), cid
            if cls == "plain" and self.plain_is_a_control_group:
                assert {e["class"] for m in msgs for e in m["entities"]} == {"plain"}, cid
            assert any(m["negatives"] for m in msgs), cid  # hard negatives in every chat
            assert {m["role"] for m in msgs} == {"agent", "customer"}
            # the agent opens, giving only its own first name
            assert msgs[0]["role"] == "agent"
            assert [(e["type"], e["class"]) for e in msgs[0]["entities"]] == [("PERSON", "plain")]

    def test_checksum_carrying_values_are_valid(self, records: list[dict]) -> None:
        checked: Counter[tuple[str, str]] = Counter()
        zero_width = "\u200b\u200c\u200d\u2060\ufeff"
        for r in records:
            for e in r["entities"]:
                frag = r["text"][e["start"] : e["end"]]
                if (
                    self.checks_zero_width_disguises
                    and e["class"] == "disguised"
                    and any(z in frag for z in zero_width)
                ):  # the value under the zero-width characters
                    frag = "".join(c for c in frag if c not in zero_width)
                elif e["class"] not in WHOLE:
                    continue
                ok = self.checksum(r["lang"], e["type"], frag)
                if ok is not None:
                    assert ok, (r["message_id"], e["type"], frag)
                    checked[(r["lang"], e["type"])] += 1
            for n in r["negatives"]:
                check = self.negative_checks.get(n["kind"], {}).get(r["lang"])
                if check:
                    frag = r["text"][n["start"] : n["end"]]
                    assert check(r["lang"], frag), (r["message_id"], n["kind"], frag)
        assert {t for _, t in checked} == self.checksum_types
        for typ in self.checked_in_every_language:
            for lang in LANGS:
                assert checked[(lang, typ)] > 0, (lang, typ)

    def test_split_values_span_several_customer_messages(
        self, convs: dict[str, list[dict]]
    ) -> None:
        for cid, msgs in convs.items():
            parts = [m for m in msgs if any(e["class"] == "split" for e in m["entities"])]
            assert not parts or all(m["role"] == "customer" for m in parts), cid
            if parts:
                assert len(parts) >= 2, cid


def bare_negative_kinds(records: list[dict]) -> dict[str, set[str]]:
    """Per language, the kinds of hard negative a customer gives alone as the whole answer
    (a message with that one negative and no personal data)."""
    kinds: dict[str, set[str]] = defaultdict(set)
    for r in records:
        if r["role"] != "customer" or len(r["negatives"]) != 1 or r["entities"]:
            continue
        n = r["negatives"][0]
        if r["text"][n["start"] : n["end"]] == r["text"].strip():
            kinds[r["lang"]].add(n["kind"])
    return kinds


class AnswerAndListChecks(ShapeSetChecks):
    """Lists of several people or accounts, hard negatives given alone as answers (the kinds
    in ``bare_negatives``), customer numbers in every class and addresses alone in their
    message: the checks of the twenty-ninth set and of those written to the brief after it."""

    bare_negatives: frozenset[str] = frozenset(
        {
            "order_number",
            "invoice_number",
            "case_number",
            "voucher_code",
            "tracking_number",
            "destination",
            "travel_date",
            "appointment_date",
        }
    )

    def test_lists_hold_several_people_or_accounts(self, records: list[dict]) -> None:
        """Every list message has at least two names or two values of one type."""
        for r in records:
            ents = [e for e in r["entities"] if e["class"] == "list"]
            if not ents:
                continue
            per_type = Counter(e["type"] for e in ents)
            assert max(per_type.values()) >= 2, (r["message_id"], per_type)

    def test_hard_negatives_as_bare_answers(self, records: list[dict]) -> None:
        """Order and invoice numbers given to a customer-number question, and the set's other
        ``bare_negatives`` (case numbers, codes, destinations, other dates), each alone in
        the answer, in every language."""
        kinds = bare_negative_kinds(records)
        for lang in LANGS:
            assert kinds[lang] >= self.bare_negatives, (lang, kinds[lang])

    def test_customer_numbers_in_every_class(self, records: list[dict]) -> None:
        seen: dict[str, set[str]] = defaultdict(set)
        for r in records:
            for e in r["entities"]:
                if e["type"] == "CUSTOMER_NUMBER":
                    seen[r["lang"]].add(e["class"])
        for lang in LANGS:
            assert seen[lang] >= {"bare_answer", "list", "split", "disguised", "plain"}, lang

    def test_addresses_without_cue_are_alone_in_their_message(self, records: list[dict]) -> None:
        for r in records:
            for e in r["entities"]:
                if e["class"] == "address_no_cue":
                    assert r["role"] == "customer"
                    assert r["text"][: e["start"]].strip() == "", r["message_id"]


#: the sectors of the sets before the first written to the brief (generic ones, and those of
#: sealed26 to sealed29, as the thirtieth set's brief listed them)
SECTORS_BEFORE_THE_BRIEF = frozenset(
    {
        "airline",
        "bank",
        "insurer",
        "telecom",
        "hotel",
        "utilities",
        "retail",
        "healthcare",
        "travel agency",
        "car rental",
        "government",
        "shipping",
        "funeral home",
        "wedding venue",
        "marina berth",
        "riding stable",
        "escape room",
        "locksmith",
        "tattoo studio",
        "chimney sweep",
        "piano tuner",
        "campsite",
        "sailing school",
        "fishing permits",
        "genealogy archive",
        "translation agency",
        "print shop",
        "photo studio",
        "coworking",
        "orthodontist",
        "hearing-aid centre",
        "driving-test booking",
        "allotment association",
        "blood donor register",
        "bicycle courier",
        "boiler service",
        "moving-crate hire",
        "flower subscription",
        "catering",
        "bridal shop",
        "kite-surf school",
        "glass collection",
        "pest control",
        "tree surgery",
        "roofing",
        "window cleaning",
        "carpet cleaning",
        "sign-language interpreting",
        "model-railway shop",
        "board-game cafe",
        "climbing centre",
        "stargazing tours",
    }
)
#: the first set written to the brief; each later one's sectors are new against all before it
FIRST_BRIEF_SET = 30


def sector_names(gen: ModuleType) -> set[str]:
    """The sectors a generator's SECTORS name, as words ("self_storage" -> "self storage")."""
    return {s["key"].replace("_", " ") for s in gen.SECTORS}


class BriefSetChecks(AnswerAndListChecks):
    """The checks of the sets written to the brief of the thirtieth on: twenty new sectors in
    every language, lists of several people in varied layouts, hard negatives as bare answers,
    customer numbers in every class, addresses alone, bare answers late. A set's module gives
    its name, its negative kinds and the sectors of the sets before it (``earlier_sectors``)."""

    #: sectors to avoid besides those of the sets before it (SECTORS_BEFORE_THE_BRIEF and the
    #: generators of the brief's sets before this one, read from their SECTORS)
    earlier_sectors: frozenset[str] = frozenset()

    def test_sectors_are_new(self, gen) -> None:
        keys = sector_names(gen)
        assert len(keys) == 20
        number = int(self.name.removeprefix("sealed"))
        earlier = set(SECTORS_BEFORE_THE_BRIEF | self.earlier_sectors)
        for k in range(FIRST_BRIEF_SET, number):
            earlier |= sector_names(load_generator(f"sealed{k}", f"_earlier_make_sealed{k}"))
        assert len(earlier) >= len(SECTORS_BEFORE_THE_BRIEF) + 20 * (number - FIRST_BRIEF_SET)
        for key in keys:
            assert not any(old in key or key in old for old in earlier), key

    def test_every_sector_in_every_language(self, records: list[dict], gen) -> None:
        """Each sector's own opening lines are used in each language."""
        openers: dict[str, set[str]] = defaultdict(set)
        for msgs in conversations(records).values():
            openers[msgs[0]["lang"]].add(msgs[1]["text"].lower())
        for lang in LANGS:
            for s in gen.SECTORS:
                assert openers[lang] & {o.lower() for o in s["open"][lang]}, (lang, s["key"])

    def test_list_layouts_vary(self, records: list[dict]) -> None:
        """Inline with 'and', one per line, bullets, numbers, semicolons and tables."""
        marks: dict[str, set[str]] = defaultdict(set)
        for r in records:
            if not any(e["class"] == "list" for e in r["entities"]):
                continue
            t = r["text"]
            for mark, test in (
                ("line", "\n" in t),
                ("bullet", "• " in t),
                ("numbered", "1. " in t),
                ("semicolon", "; " in t),
                ("table", " | " in t),
                ("slash", " / " in t),
            ):
                if test:
                    marks[r["lang"]].add(mark)
        for lang in LANGS:
            assert len(marks[lang]) >= 5, (lang, marks[lang])

    def test_at_least_as_many_hard_negatives_as_gold_spans(self, records: list[dict]) -> None:
        for lang in LANGS:
            gold = sum(len(r["entities"]) for r in records if r["lang"] == lang)
            neg = sum(len(r["negatives"]) for r in records if r["lang"] == lang)
            assert neg >= gold, (lang, gold, neg)

    def test_bare_answers_come_late_and_after_fillers(self, records: list[dict], gen) -> None:
        """Some bare answers follow a 'one moment' turn, and some answer the question before
        the last one (two turns or more after their question)."""
        waits = {lang: {w.lower() for w in gen.WAIT_C[lang]} for lang in LANGS}
        after_wait: Counter[str] = Counter()
        back_to_back: Counter[str] = Counter()
        for msgs in conversations(records).values():
            lang = msgs[0]["lang"]
            for a, b, c in zip(msgs, msgs[1:], msgs[2:], strict=False):
                bare = [e for e in c["entities"] if e["class"] == "bare_answer"]
                if bare and a["text"].lower() in waits[lang]:
                    after_wait[lang] += 1
                if bare and any(e["class"] == "bare_answer" for e in b["entities"]):
                    back_to_back[lang] += 1
        for lang in LANGS:
            assert after_wait[lang] >= 5 and back_to_back[lang] >= 5, (
                lang,
                after_wait,
                back_to_back,
            )
