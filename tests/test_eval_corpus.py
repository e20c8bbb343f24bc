"""Fast tests of the accuracy benchmark (bench/accuracy): the corpus generator and the scorer.

They do not test privacyguard's detector; bench/accuracy/evaluate.py reports on that.
"""

from __future__ import annotations

import importlib.util
import ipaddress
import json
import re
import socket
import sys
from collections import Counter
from pathlib import Path

import phonenumbers
import pytest
from schwifty import IBAN
from schwifty.exceptions import SchwiftyException
from stdnum import luhn
from stdnum.nl import bsn
from stdnum.no import fodselsnummer, kontonr
from stdnum.ru import inn

BENCH = Path(__file__).resolve().parents[1] / "bench" / "accuracy"


def _load(module_name: str, file_name: str):
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, BENCH / file_name)
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


mc = _load("make_corpus", "make_corpus.py")  # evaluate.py imports it under this name
ev = _load("privacyguard_bench_evaluate", "evaluate.py")


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    return mc.generate(7, 4000)


def _value(rec: dict, span: dict) -> str:
    return rec["text"][span["start"] : span["end"]]


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


# --- generator -----------------------------------------------------------------------------


def test_generator_is_deterministic_for_a_seed() -> None:
    a, b = mc.generate(11, 300), mc.generate(11, 300)
    assert json.dumps(a, ensure_ascii=False) == json.dumps(b, ensure_ascii=False)
    assert mc.generate(12, 300) != a


def test_records_have_the_contract_shape(corpus: list[dict]) -> None:
    assert 4000 <= len(corpus) < 4010
    assert len({r["id"] for r in corpus}) == len(corpus)
    convs: dict[str, list[dict]] = {}
    for r in corpus:
        assert set(r) == {"id", "conversation_id", "lang", "domain", "role", "text", "spans",
                          "negatives"}  # fmt: skip
        assert r["lang"] in mc.LANGS and r["domain"] in mc.DOMAINS
        assert r["role"] in ("customer", "agent")
        # ids must not give the language away to the detector
        assert re.fullmatch(r"c\d{5}", r["conversation_id"])
        assert re.fullmatch(r"c\d{5}-m\d{2}", r["id"])
        convs.setdefault(r["conversation_id"], []).append(r)
    for msgs in convs.values():
        assert 4 <= len(msgs) <= 10
        assert len({m["lang"] for m in msgs}) == 1 and len({m["domain"] for m in msgs}) == 1
        roles = [m["role"] for m in msgs]
        assert all(x != y for x, y in zip(roles, roles[1:], strict=False))


def test_span_offsets_are_exact(corpus: list[dict]) -> None:
    for r in corpus:
        text, prev_end = r["text"], 0
        assert text.strip()
        for s in r["spans"]:
            assert s["entity_type"] in mc.ENTITY_TYPES
            assert 0 <= s["start"] < s["end"] <= len(text)
            assert s["start"] >= prev_end, "spans are sorted and do not overlap"
            prev_end = s["end"]
            value = _value(r, s)
            assert value and value == value.strip()
        for n in r["negatives"]:
            assert 0 <= n["start"] < n["end"] <= len(text)
            assert all(n["end"] <= s["start"] or n["start"] >= s["end"] for s in r["spans"])


def test_every_type_appears_in_every_language(corpus: list[dict]) -> None:
    counts = Counter((r["lang"], s["entity_type"]) for r in corpus for s in r["spans"])
    for lang in mc.LANGS:
        for t in mc.ENTITY_TYPES:
            assert counts[(lang, t)] >= 40, (lang, t, counts[(lang, t)])


def test_a_quarter_of_messages_has_no_personal_data(corpus: list[dict]) -> None:
    assert sum(not r["spans"] for r in corpus) / len(corpus) >= 0.25


def test_many_templates_per_type_and_language() -> None:
    for lang in mc.LANGS:
        for t in mc.ENTITY_TYPES:
            pools = mc.TEMPLATES[lang]
            tpls = pools["customer"].get(t, []) + pools["agent"].get(t, [])
            assert len(tpls) >= 6, (lang, t, len(tpls))
            assert all(t in tpl.entity_types() for tpl in tpls)


def test_names_are_hand_written_lists() -> None:
    for lang in mc.LANGS:
        assert len(mc.FIRST[lang]["f"]) + len(mc.FIRST[lang]["m"]) >= 60
        assert len(set(mc.LAST[lang])) >= 60
    assert "van den Berg" in mc.LAST["nl"] and "Øyvind" in mc.FIRST["nb"]["m"]


def _phone_valid(value: str) -> bool:
    for region in ("NL", "NO", "RU", "GB", "US", "DE"):
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(value, region)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


def test_labelled_values_are_valid(corpus: list[dict]) -> None:
    seen = Counter()
    for r in corpus:
        for s in r["spans"]:
            v, t, lang = _value(r, s), s["entity_type"], r["lang"]
            d = _digits(v)
            seen[t] += 1
            if t == "IBAN_CODE":
                IBAN(v)  # raises on a bad checksum
            elif t == "NATIONAL_ID":
                checks = {
                    "nl": [bsn.is_valid],
                    "nb": [fodselsnummer.is_valid],
                    "ru": [inn.is_valid, mc.snils_is_valid],
                    "en": [bsn.is_valid, fodselsnummer.is_valid, inn.is_valid, mc.snils_is_valid],
                }[lang]
                assert any(ok(d) for ok in checks), (lang, v)
            elif t == "CREDIT_CARD":
                assert len(d) == 16 and d[0] in "245" and luhn.is_valid(d), v
            elif t == "BANK_ACCOUNT":
                if len(d) == 11:
                    assert kontonr.is_valid(d), v
                elif len(d) == 20:
                    assert d.startswith(("40817810", "42301810", "40820810")), v
                else:
                    assert re.fullmatch(r"\d\d-?\d\d-?\d\d(, | / | )\d{8}", v), v
            elif t == "PHONE_NUMBER":
                assert _phone_valid(v), v
            elif t == "TICKET_NUMBER":
                assert len(d) == 13 and d[:3] in mc.ALL_TICKET_PREFIXES, v
            elif t == "BOOKING_REFERENCE":
                assert re.fullmatch(r"[A-Z0-9]{6}", v), v
            elif t == "FLIGHT_NUMBER":
                assert re.fullmatch(r"[A-Z0-9]{2}[ -]?\d{1,4}", v, re.I), v
            elif t == "IP_ADDRESS":
                ipaddress.ip_address(v)
            elif t == "EMAIL_ADDRESS":
                assert re.fullmatch(r"[\w.+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", v), v
    assert set(seen) == set(mc.ENTITY_TYPES)


def test_hard_negative_lookalikes_are_invalid(corpus: list[dict]) -> None:
    kinds = Counter()
    for r in corpus:
        for n in r["negatives"]:
            v, k = _value(r, n), n["kind"]
            d = _digits(v)
            kinds[k] += 1
            if k == "BADIBAN":
                with pytest.raises(SchwiftyException):
                    IBAN(v)
            elif k == "BADCARD":
                assert len(d) == 16 and not luhn.is_valid(d), v
            elif k == "BADBSN":
                assert len(d) == 9 and not bsn.is_valid(d), v
            elif k == "BADFNR":
                assert len(d) == 11 and not fodselsnummer.is_valid(d) and not kontonr.is_valid(d)
            elif k == "TRACK" and v.isdigit():
                assert len(v) == 13 and v[:3] not in mc.ALL_TICKET_PREFIXES, v
            elif k == "SKU" and len(d) == 16:
                assert not luhn.is_valid(d), v
            elif k == "ORDER" and v.isdigit():
                assert not mc._collides(v), v
    for k in ("BADIBAN", "BADCARD", "BADBSN", "BADFNR", "TRACK", "ORDER", "AMOUNT", "TDATE",
              "AIRCRAFT", "DEST", "CAPS", "BRAND"):  # fmt: skip
        assert kinds[k] >= 10, (k, kinds[k])


def test_snils_checksum_and_russian_declension() -> None:
    assert mc.snils_is_valid("112-233-445 95")
    assert not mc.snils_is_valid("112-233-445 96")
    assert f"{mc.ru_first('Иван', 'dat')} {mc.ru_last('Петров', 'm', 'dat')}" == "Ивану Петрову"
    assert f"{mc.ru_first('Анна', 'ins')} {mc.ru_last('Смирнов', 'f', 'ins')}" == "Анной Смирновой"
    assert mc.ru_first("Дмитрий", "gen") == "Дмитрия"
    assert mc.ru_last("Вишневский", "f", "nom") == "Вишневская"
    assert mc.ru_city("Казань", "prep") == "Казани"


def test_cli_writes_jsonl(tmp_path: Path) -> None:
    out = tmp_path / "sub" / "chats.jsonl"
    assert mc.main(["--messages", "40", "--seed", "3", "--out", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 40 and all(json.loads(line)["text"] for line in lines)


# --- scorer ----------------------------------------------------------------------------------


def test_iou_and_greedy_matching() -> None:
    assert ev.iou((0, 10), (0, 5)) == 0.5
    assert ev.iou((0, 10), (10, 20)) == 0.0
    assert ev.match_spans([(0, 10)], [(0, 5)]) == [(0, 0)]  # IoU exactly 0.5 matches
    assert ev.match_spans([(0, 10)], [(0, 4)]) == []
    assert ev.match_spans([(0, 10), (10, 20)], [(5, 20)]) == [(1, 0)]
    assert ev.match_spans([(0, 10)], [(0, 8), (0, 10)]) == [(0, 1)]  # one gold, best pred


def _hand_made():
    records = [
        {"id": "a", "lang": "en", "text": "x" * 40,
         "spans": [{"start": 0, "end": 10, "entity_type": "PERSON"},
                   {"start": 20, "end": 30, "entity_type": "EMAIL_ADDRESS"}],
         "negatives": [{"start": 32, "end": 36, "kind": "ORDER"}]},
        {"id": "b", "lang": "nl", "text": "y" * 20,
         "spans": [{"start": 5, "end": 15, "entity_type": "PHONE_NUMBER"}]},
    ]  # fmt: skip
    preds = [
        ev.Pred("a", "PERSON", 0, 8),  # loses to the exact one: FP
        ev.Pred("a", "PERSON", 0, 10),  # TP
        ev.Pred("a", "EMAIL_ADDRESS", 25, 40),  # IoU 5/20: FP, and the e-mail is an FN
        ev.Pred("b", "PERSON", 5, 15),  # wrong type: FP; the phone is an FN but not leaked
        ev.Pred("zzz", "PERSON", 0, 1),  # unknown message: ignored
    ]
    return records, preds


def test_score_on_a_hand_made_example() -> None:
    records, preds = _hand_made()
    res = ev.score(records, preds, errors=5)
    approx = pytest.approx
    person, email, phone = (res["per_type"][t] for t in ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"))
    assert (person["tp"], person["fp"], person["fn"]) == (1, 2, 0)
    assert person["precision"] == approx(1 / 3) and person["recall"] == 1.0
    assert person["f2"] == approx(5 / 7)
    assert (email["tp"], email["fp"], email["fn"]) == (0, 1, 1)
    assert email["precision"] == 0.0 and email["recall"] == 0.0 and email["f2"] == 0.0
    assert (phone["tp"], phone["fp"], phone["fn"], phone["support"]) == (0, 0, 1, 1)
    assert phone["precision"] is None and phone["recall"] == 0.0 and phone["f2"] == 0.0
    iban = res["per_type"]["IBAN_CODE"]
    assert iban["support"] == 0 and iban["f2"] is None
    en, nl = res["per_language"]["en"], res["per_language"]["nl"]
    assert en["precision"] == approx(1 / 3) and en["recall"] == approx(1 / 2)
    assert en["f2"] == approx(5 / 11)
    assert (nl["precision"], nl["recall"], nl["f2"]) == (0.0, 0.0, 0.0)
    overall = res["overall"]
    assert overall["precision"] == approx(0.25) and overall["recall"] == approx(1 / 3)
    assert overall["f2"] == approx(5 / 16)
    assert res["leak"]["en"] == {"chars": 20, "leaked": 5, "rate": 0.25}
    assert res["leak"]["nl"]["rate"] == 0.0
    assert res["leak_overall"] == approx(5 / 30)
    assert res["findings_for_unknown_messages"] == 1
    assert res["hard_negatives"]["ORDER"] == {"total": 1, "hit": 1}
    fn = res["errors"]["false_negatives"]
    assert [e["value"] for e in fn["EMAIL_ADDRESS"]] == ["x" * 10]
    assert len(res["errors"]["false_positives"]["PERSON"]) == 2
    fails = "\n".join(ev.check_failures(res))
    for needle in ("PERSON: precision", "EMAIL_ADDRESS: recall", "PHONE_NUMBER: recall"):
        assert needle in fails
    assert "en: leak 25.00%" in fails


def test_unmapped_types_count_for_leak_not_for_precision() -> None:
    records = [{"id": "m", "lang": "ru", "text": "d" * 12,
                "spans": [{"start": 2, "end": 12, "entity_type": "DATE_OF_BIRTH"}]}]  # fmt: skip
    res = ev.score(records, [ev.Pred("m", "DATE_TIME", 0, 12, 0.6, "DATE_TIME")])
    dob = res["per_type"]["DATE_OF_BIRTH"]
    assert (dob["tp"], dob["fp"], dob["fn"], dob["precision"]) == (0, 0, 1, None)
    assert res["leak"]["ru"]["rate"] == 0.0
    assert res["unmapped"] == 1 and res["unmapped_types"] == {"DATE_TIME": 1}


def test_perfect_findings_score_one() -> None:
    records = mc.generate(5, 200)
    preds = [ev.Pred(r["id"], s["entity_type"], s["start"], s["end"]) for r in records
             for s in r["spans"]]  # fmt: skip
    res = ev.score(records, preds)
    assert res["overall"]["precision"] == 1.0 and res["overall"]["recall"] == 1.0
    assert res["leak_overall"] == 0.0 and ev.check_failures(res) == []


def test_presidio_mapping() -> None:
    assert ev.map_presidio("US_BANK_NUMBER") == "BANK_ACCOUNT"
    assert ev.map_presidio("US_PASSPORT") == "PASSPORT"
    assert ev.map_presidio("IBAN_CODE") == "IBAN_CODE"
    assert ev.map_presidio("DATE_TIME") is None
    assert ev.map_presidio("US_DRIVER_LICENSE") is None


def test_detector_payload_hides_labels_and_language() -> None:
    records = mc.generate(2, 20)
    assert all(set(m) == {"id", "text", "conversation_id"} for m in ev.detector_payload(records))
    with_lang = ev.detector_payload(records, give_lang=True)
    assert all(m["lang"] == r["lang"] for m, r in zip(with_lang, records, strict=True))


def test_network_guard_refuses_connections_at_once() -> None:
    original = socket.create_connection
    with ev.NetworkGuard() as guard:
        with pytest.raises(OSError, match="blocked"):
            socket.create_connection(("203.0.113.7", 443), timeout=1)
        with pytest.raises(OSError, match="blocked"):
            socket.getaddrinfo("publicsuffix.org", 443)
    assert len(guard.attempts) == 2
    assert socket.create_connection is original
