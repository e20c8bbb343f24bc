"""The redaction contract on a slice of the labelled corpus (bench/accuracy/redaction_leak.py):
every detected span is replaced, and no checksum-valid number from a detected span survives.
The leak figures themselves are a report (they depend on the detector), not asserted here."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from privacyguard.act.run import Run
from privacyguard.config.policy import load_policy

BENCH = Path(__file__).resolve().parents[1] / "bench" / "accuracy"


def _load(name: str, file: str):  # type: ignore[no-untyped-def]
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, BENCH / file)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules[name] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


leak = _load("privacyguard_bench_redaction_leak", "redaction_leak.py")


def test_on_a_corpus_slice_every_detected_span_is_replaced_and_no_valid_number_survives_it(
    detector,
) -> None:
    records = leak._make_corpus().generate(7, 300)
    res = leak.measure(records, Run(load_policy(), None, detector))
    assert res["messages"] >= 300 and res["pii_chars"] > 0
    assert res["contract_violations"] == []
    assert "detected span" not in res["valid_numbers_surviving"]
    # what the default policy keeps on purpose: only the last four digits of cards
    kept = {t for t, row in res["by_type"].items() if row["kept"]}
    assert kept <= {"CREDIT_CARD"}
    assert report_mentions_everything(leak.report(res, "gdpr-default"))


def report_mentions_everything(text: str) -> bool:
    return all(
        part in text
        for part in ("still verbatim in the output", "checksum-valid numbers", "contract")
    )


def test_the_validators_find_what_they_should() -> None:
    text = "IBAN NL91 ABNA 0417 1643 00, card 4111 1111 1111 1111, BSN 999990019, x 123456789"
    kinds = [k for _, _, k in leak.valid_numbers(text)]
    assert kinds == ["IBAN", "Luhn", "BSN"]
    assert leak.valid_numbers("<IBAN_CODE> **** **** **** 1111 <NATIONAL_ID>") == []
