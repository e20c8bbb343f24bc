"""privacyguard scan: the findings contract, the summary, and bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from privacyguard.cli import cli

from .conftest import REPO, SHARED

GOOD = [
    {"id": "m1", "text": "Mijn naam is Anna de Vries, IBAN NL91 ABNA 0417 1643 00"},
    {"id": "m2", "text": "Ring meg på +47 912 34 567", "lang": "nb"},
    {"id": "m3", "text": "Спасибо, всё понятно"},
]


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


def test_jsonl_output_keeps_the_findings_contract(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "m.jsonl", GOOD)
    result = CliRunner().invoke(cli, ["scan", str(src), "--jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["message_id"], r["entity_type"]) for r in rows] == [
        ("m1", "PERSON"), ("m1", "IBAN_CODE"), ("m2", "PHONE_NUMBER"),
    ]  # fmt: skip
    keys = ["message_id", "entity_type", "start", "end", "score", "recognizer", "explanation"]
    assert all(list(r) == keys for r in rows)
    assert GOOD[0]["text"][rows[1]["start"] : rows[1]["end"]] == "NL91 ABNA 0417 1643 00"


def test_shared_contract_check_accepts_the_output(tmp_path: Path) -> None:
    checker = SHARED / "checks" / "findings_contract.py"
    if not checker.exists():
        pytest.skip("shared/checks/findings_contract.py is not beside the repo")
    src = write_jsonl(tmp_path / "m.jsonl", GOOD)
    out = tmp_path / "f.jsonl"
    out.write_text(CliRunner().invoke(cli, ["scan", str(src), "--jsonl"]).stdout)
    check = subprocess.run([sys.executable, str(checker), str(src), str(out)], capture_output=True)
    assert check.returncode == 0, check.stdout.decode()


def test_summary_counts_per_type_and_language_and_masks_values(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "m.jsonl", GOOD)
    result = CliRunner().invoke(cli, ["scan", str(src)])
    assert result.exit_code == 0
    assert "3 messages scanned, 3 findings" in result.output
    assert "IBAN_CODE          1" in result.output
    assert "m1 [nl] Mijn naam is <PERSON>, IBAN <IBAN_CODE>" in result.output
    assert "NL91" not in result.output and "Vries" not in result.output


def test_reads_stdin_and_plain_text() -> None:
    result = CliRunner().invoke(cli, ["scan", "-", "--jsonl"], input="bel 06-12345678\n\nok\n")
    assert result.exit_code == 0
    assert [json.loads(x)["message_id"] for x in result.stdout.splitlines()] == ["1"]


def test_bad_lines_are_reported_by_line_and_the_rest_is_scanned(tmp_path: Path) -> None:
    src = tmp_path / "bad.jsonl"
    lines = [
        json.dumps(GOOD[0]).encode(),
        b'{"id": "x2", "text": "unterminated',
        json.dumps({"id": "x3"}).encode(),
        b'{"id": "x4", "text": "caf\xe9"}',
        json.dumps({"id": "x5", "text": "a" * 10_500_000}).encode(),
        json.dumps(GOOD[1]).encode(),
    ]
    src.write_bytes(b"\n".join(lines) + b"\n")
    result = CliRunner().invoke(cli, ["scan", str(src), "--jsonl"])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"{src}:2:22: invalid JSON (unterminated string starting); fix or remove this line",
        f"{src}:3: message has no 'text'; every line needs a text string",
        f"{src}:4: not valid UTF-8 (byte 0xe9 at column 26); re-encode the file as UTF-8",
        f"{src}:5: message is 10,500,000 characters, over the limit of 1,000,000 "
        "(settings.max_message_chars); split it or raise the limit",
        "4 record(s) could not be scanned; see the lines above",
    ]
    ids = {json.loads(x)["message_id"] for x in result.stdout.splitlines()}
    assert ids == {"m1", "m2"}


def test_an_empty_file_is_reported(tmp_path: Path) -> None:
    src = tmp_path / "empty.jsonl"
    src.write_bytes(b"")
    result = CliRunner().invoke(cli, ["scan", str(src)])
    assert result.exit_code == 2
    assert f"{src}: empty: no messages to scan" in result.stderr


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["scan", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2
    assert "nope.jsonl: no such file" in result.stderr


def test_fail_on_findings_exits_1(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "m.jsonl", GOOD[:1])
    assert CliRunner().invoke(cli, ["scan", str(src), "--fail-on-findings"]).exit_code == 1


def test_the_bundled_example_scans(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["scan", str(REPO / "examples" / "chats.jsonl")])
    assert result.exit_code == 0
    assert "21 messages scanned" in result.output
