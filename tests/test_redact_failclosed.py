"""Fail closed: a message that cannot be scanned or redacted is never passed on in clear."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from privacyguard.act import run as run_mod
from privacyguard.act.operators import PolicyOperator, register
from privacyguard.act.run import Run, redact_items, redact_lines, redact_path
from privacyguard.config.policy import load_policy
from privacyguard.ingest import read
from privacyguard.models import Message

SECRET = "Anna de Vries"
ROWS = [
    {"id": "1", "text": "Mijn IBAN is NL91 ABNA 0417 1643 00", "conversation_id": "c"},
    {"id": "2", "text": f"BOOM ik ben {SECRET}, BSN 999990019", "conversation_id": "c"},
    {"id": "3", "text": "Bedankt!", "conversation_id": "c"},
]


class FailingDetector:
    """The real detector, except that detection 'fails' for messages containing BOOM."""

    def __init__(self, real: Any, max_chars: int | None = None):
        self.real = real
        self.settings = real.settings
        if max_chars is not None:
            self.settings = real.settings.model_copy(update={"max_message_chars": max_chars})

    def detect(self, messages: list[Message]) -> list[Any]:
        out = self.real.detect(messages)
        return [
            replace(d, findings=[], error="detection failed (RuntimeError)")
            if "BOOM" in d.message.text
            else d
            for d in out
        ]


def make_run(detector: Any, on_error: str = "withhold", tmp_path: Path | None = None) -> Run:
    policy = load_policy()
    return Run(replace(policy, on_error=on_error), None, FailingDetector(detector))


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


def test_when_detection_fails_then_the_message_is_withheld_from_a_list(detector) -> None:
    run = make_run(detector)
    out = redact_items(run, ROWS)
    assert [r["id"] for r in out] == ["1", "3"]
    assert out[0]["text"] == "Mijn IBAN is <IBAN_CODE>"
    [w] = run.report.withheld
    assert (w.message_id, w.reason, w.action) == (
        "2",
        "detection failed (RuntimeError)",
        "withhold",
    )
    assert run.report.failed


def test_when_on_error_is_redact_all_then_every_text_of_the_message_is_replaced(detector) -> None:
    run = make_run(detector, "redact_all")
    rows = [dict(ROWS[1], sender=SECRET)]
    [row] = redact_items(run, rows)
    assert (row["text"], row["sender"]) == ("<REDACTED>", "<REDACTED>")


def test_when_detection_fails_in_a_file_then_the_record_is_written_withheld(
    detector, tmp_path: Path
) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", ROWS)
    out = tmp_path / "out.jsonl"
    report = redact_path(make_run(detector), src, out)
    texts = [m.text for m in read(out) if isinstance(m, Message)]
    assert texts == ["Mijn IBAN is <IBAN_CODE>", "<WITHHELD>", "Bedankt!"]
    assert SECRET not in out.read_text() and "999990019" not in out.read_text()
    assert [w.message_id for w in report.withheld] == ["2"]


def test_when_a_message_is_too_large_then_it_is_withheld(detector) -> None:
    policy = load_policy()
    run = Run(policy, None, FailingDetector(detector, max_chars=30))
    out = redact_items(run, [ROWS[0], {"id": "4", "text": "ok"}])
    assert [r["id"] for r in out] == ["4"]
    assert "over the limit" in run.report.withheld[0].reason


def test_when_an_operator_fails_then_the_message_is_withheld_and_the_value_not_reported(
    detector, tmp_path: Path
) -> None:
    @register("explode.v1")
    class Explode(PolicyOperator):
        def apply(self, text, entity_type, params, ctx):  # type: ignore[no-untyped-def]
            raise RuntimeError(f"cannot handle {text}")

    try:
        path = tmp_path / "p.yaml"
        path.write_text(
            "version: 1\nname: p\non_error: redact_all\ndefault: {operator: replace}\n"
            "entities:\n  PERSON: {operator: explode.v1}\n"
        )
        run = Run(load_policy(path), None, detector)
        out = redact_items(run, [f"Ik ben {SECRET}", "IBAN NL91 ABNA 0417 1643 00"])
        assert out == ["<REDACTED>", "IBAN <IBAN_CODE>"]
        [w] = run.report.withheld
        assert w.reason == "redaction failed (RuntimeError)"
        assert SECRET not in json.dumps(run.report.to_json())
    finally:
        from catalogue import _remove

        _remove(("privacyguard", "operators", "explode.v1"))


def test_the_stream_filter_drops_withheld_and_unreadable_lines(detector) -> None:
    run = make_run(detector)
    lines = [json.dumps(r) + "\n" for r in ROWS] + ["not json\n", b"\xff\xfe\n"]
    written: list[str] = []
    report = redact_lines(run, lines, written.append)
    assert [json.loads(x)["id"] for x in written] == ["1", "3"]
    assert [(str(p.location), p.reason) for p in report.not_read] == [
        ("<stdin>:4", "not JSON"),
        ("<stdin>:5", "not UTF-8"),
    ]


def test_when_the_writer_hands_over_a_text_that_was_not_scanned_then_it_is_withheld(
    detector, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from privacyguard import ingest

    real_write = ingest.write

    def tampering_write(source, output, rewrite, fmt=None, **options):  # type: ignore[no-untyped-def]
        def rw(mid: str, fld: str, text: str) -> str:
            return rewrite(mid, fld, text + " 4111 1111 1111 1111" if mid.endswith("3") else text)

        return real_write(source, output, rw, fmt, **options)

    monkeypatch.setattr(ingest, "write", tampering_write)
    src = write_jsonl(tmp_path / "in.jsonl", ROWS)
    out = tmp_path / "out.jsonl"
    report = redact_path(Run(load_policy(), None, detector), src, out)
    texts = [m.text for m in read(out) if isinstance(m, Message)]
    assert texts[2] == "<WITHHELD>"
    assert report.withheld[-1].reason == "the writer gave a text that was not scanned"


def test_a_failed_run_leaves_no_half_written_file(
    detector, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = {"n": 0}
    real = run_mod.splice

    def failing_splice(text: str, edits: list) -> str:  # type: ignore[type-arg]
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError("disk full")
        return real(text, edits)

    monkeypatch.setattr(run_mod, "splice", failing_splice)
    src = write_jsonl(tmp_path / "in.jsonl", ROWS)
    outdir = tmp_path / "out"
    outdir.mkdir()
    with pytest.raises(OSError):
        redact_path(Run(load_policy(), None, detector), src, outdir / "out.jsonl")
    assert list(outdir.iterdir()) == []
