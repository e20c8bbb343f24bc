"""The peer suite (bench/accuracy/peer, docs/peer-suite.md): Presidio's recognizer tests and
python-stdnum's test vectors, run through privacyguard. At least 97 % of the cases pass
exactly, and every case that does not is explained in differences.yaml."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

PEER = Path(__file__).resolve().parents[1] / "bench" / "accuracy" / "peer"


def _load(name: str):  # type: ignore[no-untyped-def]
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, PEER / f"{name}.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules[name] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@pytest.fixture(scope="module")
def outcome():  # type: ignore[no-untyped-def]
    peer = _load("evaluate_peer")
    return peer.evaluate(peer.load_cases(), peer.load_differences())


def test_every_case_names_its_source() -> None:
    cases = _load("evaluate_peer").load_cases()
    repos = {c["source"]["repo"] for c in cases}
    assert repos == {"microsoft/presidio", "arthurdejong/python-stdnum"}
    for c in cases:
        src = c["source"]
        assert len(src["commit"]) == 40 and src["line"] > 0 and src["path"], c["id"]
        assert all(0 <= e["start"] < e["end"] <= len(c["text"]) for e in c["expected"]), c["id"]


def test_suite_passes_at_97_percent_exactly(outcome) -> None:
    _, summary = outcome
    assert summary["cases"] >= 700
    assert summary["exact_rate"] >= 0.97, f"{summary['exact']}/{summary['cases']} exact"


def test_every_difference_is_explained(outcome) -> None:
    _, summary = outcome
    unexplained = [
        f"{d['id']} [{d['outcome']}] {d['text']!r}: {'; '.join(d['details'])}"
        for d in summary["not_exact"]
        if not d["reason"]
    ]
    assert not unexplained, "not in differences.yaml:\n" + "\n".join(unexplained)


def test_no_stale_difference(outcome) -> None:
    _, summary = outcome
    assert not summary["stale_differences"], (
        "differences.yaml entries whose case passes now, differs otherwise, or is no case: "
        f"{summary['stale_differences']}"
    )


def test_judge_names_the_kind_of_difference() -> None:
    peer = _load("evaluate_peer")
    case = {"text": "IBAN NO93 8601 1117 947", "type": "IBAN_CODE",
            "expected": [{"start": 5, "end": 23, "type": "IBAN_CODE"}]}  # fmt: skip
    span = peer.Span
    assert peer.judge(case, [span(5, 23, "IBAN_CODE")]).outcome == "exact"
    assert peer.judge(case, [span(5, 9, "IBAN_CODE")]).outcome == "span"
    assert peer.judge(case, [span(10, 23, "BANK_ACCOUNT")]).outcome == "other_type"
    assert peer.judge(case, []).outcome == "miss"
    extra = [span(5, 23, "IBAN_CODE"), span(0, 4, "FLIGHT_NUMBER")]
    assert peer.judge(case, extra).outcome == "false_positive"


def test_extract_reads_tables_and_doctests() -> None:
    ex = _load("extract")
    table = '''
import pytest
@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        ("mail info@example.org", 1, ((5, 21),),),
        ("nothing", 0, ()),
        (f"fe80::1%eth0", 1, (),),
    ],
)
def test_x(text, expected_len, expected_positions):
    pass
'''
    src = ex.Source("microsoft/presidio", "presidio-analyzer/tests/test_x.py", "0" * 40, "EMAIL")
    cases = ex.presidio_cases(src, table)
    assert [(c["text"], c["source"]["line"]) for c in cases] == [
        ("mail info@example.org", 6), ("nothing", 7), ("fe80::1%eth0", 8)]  # fmt: skip
    assert cases[0]["expected"] == [{"start": 5, "end": 21, "type": "EMAIL"}]
    assert cases[2]["expected"][0]["end"] == len("fe80::1%eth0")  # no span given: all

    doctest = """>>> from stdnum.nl import bsn
>>> bsn.is_valid('111222333')
True
>>> bsn.validate('1112.52.333')
Traceback (most recent call last):
>>> numbers = '''
... 111222333
... 123456782
... '''
>>> [x for x in numbers.splitlines() if x and not bsn.is_valid(x)]
[]
"""
    src = ex.Source("arthurdejong/python-stdnum", "tests/test_nl_bsn.doctest", "0" * 40,
                    "NATIONAL_ID", "BSN", "nl")  # fmt: skip
    cases = ex.stdnum_cases(src, doctest)
    assert [(c["text"], c["kind"], c["source"]["line"]) for c in cases] == [
        ("BSN: 111222333", "valid", 2), ("BSN: 1112.52.333", "invalid", 4),
        ("BSN: 123456782", "valid", 8)]  # fmt: skip
    assert cases[0]["expected"] == [{"start": 5, "end": 14, "type": "NATIONAL_ID"}]
