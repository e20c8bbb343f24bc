"""The held-out corpus generator (bench/accuracy/make_holdout.py): determinism, exact and
well-formed labels, coverage of all entity types in all languages, and checksum-valid values."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path

import phonenumbers
import pytest
from schwifty import IBAN
from stdnum import luhn
from stdnum.nl import bsn
from stdnum.no import fodselsnummer, kontonr
from stdnum.ru import inn

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "bench" / "accuracy" / "make_holdout.py"
ENTITIES_MD = REPO.parent / "shared" / "docs" / "ENTITIES.md"
KEYS = {"id", "conversation_id", "lang", "domain", "role", "text", "spans", "negatives"}


def _load():
    spec = importlib.util.spec_from_file_location("make_holdout", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up while the class is built
    spec.loader.exec_module(module)
    return module


mh = _load()


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    return mh.build_corpus()


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def values(corpus, etype, lang=None):
    for r in corpus:
        if lang and r["lang"] != lang:
            continue
        for s in r["spans"]:
            if s["entity_type"] == etype:
                yield r, r["text"][s["start"] : s["end"]]


def snils_ok(num: str) -> bool:
    return len(num) == 11 and mh.snils_check(num[:9]) == num[9:]


def test_snils_check_on_published_example():
    assert mh.snils_check("112233445") == "95"


def test_deterministic_and_seeded(corpus):
    assert mh.build_corpus() == corpus
    assert mh.build_corpus(seed=7) != corpus


def test_schema_and_size(corpus):
    assert 1900 <= len(corpus) <= 2100
    assert len({r["id"] for r in corpus}) == len(corpus)
    for r in corpus:
        assert set(r) == KEYS
        assert r["lang"] in mh.LANGS
        assert r["domain"] in (*mh.DOMAINS, "article")
        roles = ("text",) if r["domain"] == "article" else ("customer", "agent")
        assert r["role"] in roles
        assert r["text"].strip()
        assert "{" not in r["text"] and "}" not in r["text"], r["text"]
    articles = sum(r["domain"] == "article" for r in corpus) / len(corpus)
    assert 0.12 <= articles <= 0.18


def test_entity_types_match_the_shared_definition():
    if not ENTITIES_MD.exists():
        pytest.skip("shared/docs/ENTITIES.md not present")
    documented = re.findall(r"^\| ([A-Z_]+) \|", ENTITIES_MD.read_text(encoding="utf-8"), re.M)
    assert set(documented) - {"entity_type"} == set(mh.ENTITY_TYPES)


def test_spans_well_formed(corpus):
    for r in corpus:
        text = r["text"]
        prev_end = -1
        for s in sorted(r["spans"], key=lambda s: s["start"]):
            assert s["entity_type"] in mh.ENTITY_TYPES
            assert 0 <= s["start"] < s["end"] <= len(text), (r["id"], s)
            value = text[s["start"] : s["end"]]
            assert value == value.strip(), (r["id"], value)
            assert s["start"] >= prev_end, f"overlap in {r['id']}"
            prev_end = s["end"]
        for n in r["negatives"]:
            assert 0 <= n["start"] < n["end"] <= len(text)
            for s in r["spans"]:
                assert n["end"] <= s["start"] or n["start"] >= s["end"], (r["id"], n, s)


def test_every_type_in_every_language(corpus):
    cell = Counter((r["lang"], s["entity_type"]) for r in corpus for s in r["spans"])
    missing = [(lang, t) for lang in mh.LANGS for t in mh.ENTITY_TYPES if cell[(lang, t)] < 5]
    assert not missing


def test_share_without_personal_data(corpus):
    share = sum(1 for r in corpus if not r["spans"]) / len(corpus)
    assert share >= 0.25


def test_template_coverage():
    chats, _ = mh.load_templates()
    for lang in mh.LANGS:
        per_type = Counter(t for tpl in chats[lang] for t in tpl.types)
        assert min(per_type[t] for t in mh.ENTITY_TYPES) >= 10, (lang, per_type)


def test_person_spans_exclude_titles(corpus):
    titles = ("mr ", "mrs ", "ms ", "dr ", "mr. ", "meneer ", "mevrouw ", "dhr. ", "mevr. ")
    for r, value in values(corpus, "PERSON"):
        assert not value.lower().startswith(titles), (r["id"], value)
        assert not re.search(r"\d", value), (r["id"], value)


def test_national_ids_valid(corpus):
    seen = Counter()
    for r, value in values(corpus, "NATIONAL_ID"):
        num = digits(value)
        lang = r["lang"]
        if len(num) == 9:
            assert lang in ("nl", "en") and bsn.is_valid(num), (r["id"], value)
            seen["bsn"] += 1
        elif len(num) == 11 and lang == "ru":
            assert snils_ok(num), (r["id"], value)
            seen["snils"] += 1
        elif len(num) == 11:
            assert fodselsnummer.is_valid(num) or (lang == "en" and snils_ok(num)), value
            seen["fnr"] += fodselsnummer.is_valid(num)
        else:
            assert len(num) == 12 and inn.is_valid(num), (r["id"], value)
            seen["inn"] += 1
    assert all(seen[k] >= 5 for k in ("bsn", "fnr", "snils", "inn")), seen


def test_ibans_and_cards_valid(corpus):
    n_iban = n_card = 0
    for _r, value in values(corpus, "IBAN_CODE"):
        IBAN(re.sub(r"[\s-]", "", value).upper())  # raises when invalid
        n_iban += 1
    for r, value in values(corpus, "CREDIT_CARD"):
        num = digits(value)
        assert len(num) in (15, 16) and luhn.is_valid(num), (r["id"], value)
        n_card += 1
    assert n_iban >= 40 and n_card >= 40


def test_bank_accounts_valid(corpus):
    for r, value in values(corpus, "BANK_ACCOUNT"):
        num = digits(value)
        if len(num) == 11:
            assert kontonr.is_valid(num), value
        elif len(num) == 20:
            assert r["lang"] == "ru" and num.startswith(("408", "423")), value
        elif len(num) == 9:
            assert sum(int(c) * (9 - i) for i, c in enumerate(num)) % 11 == 0, value
        else:
            assert len(num) == 14, value  # UK sort code + account number
    for _r, value in values(corpus, "BANK_ACCOUNT", "nb"):
        assert kontonr.is_valid(digits(value)), value


def test_phones_valid(corpus):
    regions = ("NL", "NO", "RU", "GB", "US", "DE")
    for r, value in values(corpus, "PHONE_NUMBER"):
        ok = False
        for region in regions:
            try:
                ok = phonenumbers.is_valid_number(phonenumbers.parse(value, region))
            except phonenumbers.NumberParseException:
                continue
            if ok:
                break
        assert ok, (r["id"], value)


def test_travel_identifiers(corpus):
    prefixes = ("074", "057", "117", "125", "220", "555", "328")
    for _r, value in values(corpus, "TICKET_NUMBER"):
        num = digits(value)
        assert len(num) == 13 and num.startswith(prefixes), value
    for _r, value in values(corpus, "FLIGHT_NUMBER"):
        assert re.fullmatch(r"[A-Z0-9]{2}[ -]?\d{1,4}", value.upper()), value
    for _r, value in values(corpus, "BOOKING_REFERENCE"):
        assert re.fullmatch(r"[A-Z0-9]{6}", value.upper()), value
    for _r, value in values(corpus, "EMAIL_ADDRESS"):
        assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", value), value


def test_look_alike_negatives_are_invalid(corpus):
    for r in corpus:
        for n in r["negatives"]:
            value = r["text"][n["start"] : n["end"]]
            if n["kind"] == "BADCARD":
                assert not luhn.is_valid(digits(value))
            elif n["kind"] == "BADBSN":
                assert not bsn.is_valid(digits(value))
            elif n["kind"] == "BADFNR":
                assert not fodselsnummer.is_valid(value) and not kontonr.is_valid(value)
            elif n["kind"] == "BADIBAN":
                with pytest.raises(Exception):  # noqa: B017 - schwifty raises several types
                    IBAN(value.replace(" ", ""))


def test_cli_writes_jsonl(tmp_path):
    out = tmp_path / "sub" / "holdout.jsonl"
    assert mh.main(["--out", str(out), "--messages", "200", "--seed", "3"]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 200
    assert json.loads(lines[0])["conversation_id"]
