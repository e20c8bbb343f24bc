"""privacyguard redact / reidentify on the command line: files, the JSONL filter, the report,
and keys (never on the command line, never in any output)."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from click.testing import CliRunner

from privacyguard.cli import cli

KEY = "cli-test-key-" + "x7Qp2" * 8
ROWS = [
    {"id": "m1", "text": "Mijn naam is Anna de Vries, IBAN NL91 ABNA 0417 1643 00", "n": 1},
    {"id": "m2", "text": "Ring meg på +47 912 34 567", "lang": "nb"},
    {"id": "m3", "text": "Kaart 4111 1111 1111 1111, BSN 999990019", "conversation_id": "c9"},
]
VALUES = ["Anna de Vries", "NL91 ABNA 0417 1643 00", "912 34 567", "4111 1111 1111", "999990019"]


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


@pytest.fixture
def no_key_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PRIVACYGUARD_KEY", raising=False)


def test_redact_a_file_writes_the_same_format_and_a_report(tmp_path: Path, no_key_env) -> None:
    src, out, rep = (
        write_jsonl(tmp_path / "in.jsonl", ROWS),
        tmp_path / "out.jsonl",
        tmp_path / "r.json",
    )
    result = CliRunner().invoke(cli, ["redact", str(src), "-o", str(out), "--report", str(rep)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["text"] for r in rows] == [
        "Mijn naam is <PERSON_1>, IBAN <IBAN_CODE>",
        "Ring meg på <PHONE_NUMBER>",
        "Kaart <CREDIT_CARD>, BSN <NATIONAL_ID>",
    ]
    assert [list(r) for r in rows] == [list(r) for r in ROWS]
    report = json.loads(rep.read_text())
    assert (report["messages"], report["messages_changed"], report["spans_changed"]) == (3, 3, 5)
    assert {(c["entity_type"], c["operator"], c["rule"]) for c in report["changes"]} >= {
        ("PERSON", "pseudonym.v1", "categories.identity"),
        ("CREDIT_CARD", "replace", "entities.CREDIT_CARD"),
    }
    assert all(c["where"].startswith("policies/gdpr-default.yaml:") for c in report["changes"])
    assert "changed by entity type and rule:" in result.stderr
    for value in VALUES:
        assert value not in result.output and value not in rep.read_text()


def test_redact_stdin_to_stdout_is_a_jsonl_filter(no_key_env) -> None:
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS)
    result = CliRunner().invoke(cli, ["redact", "-", "-o", "-", "-q"], input=lines)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["m1", "m2", "m3"]
    assert rows[0] == {"id": "m1", "text": "Mijn naam is <PERSON_1>, IBAN <IBAN_CODE>", "n": 1}
    assert result.stderr == ""


def test_the_filter_withholds_unreadable_lines_and_exits_2(no_key_env) -> None:
    lines = json.dumps(ROWS[0]) + "\n{broken\n" + json.dumps({"id": "x"}) + "\n"
    result = CliRunner().invoke(cli, ["redact", "-", "-o", "-"], input=lines)
    assert result.exit_code == 2
    assert len(result.stdout.splitlines()) == 1
    assert "<stdin>:2: not read, withheld from the output: not JSON" in result.stderr
    assert (
        '<stdin>:3: not read, withheld from the output: expected a JSON object with a "text"'
        in (result.stderr)
    )


def test_stdout_takes_only_the_jsonl_stream(tmp_path: Path, no_key_env) -> None:
    src = tmp_path / "chat.txt"
    src.write_text("hello\n")
    result = CliRunner().invoke(cli, ["redact", str(src), "-o", "-"])
    assert result.exit_code == 2
    assert "standard output takes the JSONL stream only" in result.output


def test_there_is_no_option_that_takes_the_key_itself(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", ROWS)
    for cmd in (
        ["redact", str(src), "-o", str(tmp_path / "o.jsonl")],
        ["reidentify", str(src), "-o", "-"],
    ):
        result = CliRunner().invoke(cli, [*cmd, "--key", KEY])
        assert result.exit_code == 2
        assert "No such option '--key'" in result.output
        assert KEY not in result.output
        help_text = CliRunner().invoke(cli, [cmd[0], "--help"]).output
        assert "--key-file" in help_text and "--key-env" in help_text
        assert "--key " not in help_text and "--key=" not in help_text
    assert not (tmp_path / "o.jsonl").exists()


def test_a_missing_key_is_a_clear_error_with_exit_2(tmp_path: Path, no_key_env) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", ROWS)
    out = tmp_path / "o.jsonl"
    base = ["redact", str(src), "-o", str(out), "--policy", "airline-customer-service"]
    result = CliRunner().invoke(cli, base)
    assert result.exit_code == 2
    assert result.output.startswith(
        "error: no key: the environment variable PRIVACYGUARD_KEY is not set "
        "(policy airline-customer-service uses keyed_hash.v1: categories.loyalty at "
        "policies/airline-customer-service.yaml:60)"
    )
    assert "--key-file FILE" in result.output
    result = CliRunner().invoke(cli, [*base, "--key-env", "MY_TEAM_KEY"])
    assert "the environment variable MY_TEAM_KEY is not set" in result.output
    result = CliRunner().invoke(cli, [*base, "--key-file", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert f"error: key file {tmp_path / 'nope'} not found" in result.output
    assert not out.exists()
    result = CliRunner().invoke(cli, ["reidentify", str(src), "-o", str(out)])
    assert result.exit_code == 2 and "no key" in result.output


@pytest.mark.parametrize("via", ["env", "file"])
def test_keys_never_appear_in_output_report_or_logs(
    tmp_path: Path, via: str, no_key_env, caplog: pytest.LogCaptureFixture
) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", ROWS)
    out, rep = tmp_path / "o.jsonl", tmp_path / "r.json"
    args = ["-vv", "redact", str(src), "-o", str(out), "--policy", "bank-customer-service"]
    args += ["--report", str(rep)]
    env = {}
    if via == "file":
        key_file = tmp_path / "key"
        key_file.write_text(KEY + "\n")
        key_file.chmod(0o600)
        args += ["--key-file", str(key_file)]
    else:
        env = {"PRIVACYGUARD_KEY": KEY}
    with caplog.at_level(logging.DEBUG):
        result = CliRunner(env=env).invoke(cli, args)
    assert result.exit_code == 0, result.output
    produced = [result.output, out.read_text(), rep.read_text(), caplog.text]
    for text in produced:
        assert KEY not in text
        assert KEY[:16] not in text
    assert "<IBAN_CODE:enc.v1:" in out.read_text()
    for value in VALUES:
        assert all(value not in text for text in produced), value


def encrypt_everything_policy(tmp_path: Path) -> Path:
    path = tmp_path / "enc.yaml"
    path.write_text("version: 1\nname: enc\ndefault: {operator: encrypt.v1}\n")
    return path


def test_reidentify_restores_the_original_file_exactly(tmp_path: Path, no_key_env) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", ROWS)
    red, back = tmp_path / "red.jsonl", tmp_path / "back.jsonl"
    env = {"PRIVACYGUARD_KEY": KEY}
    policy = str(encrypt_everything_policy(tmp_path))
    result = CliRunner(env=env).invoke(
        cli, ["redact", str(src), "-o", str(red), "--policy", policy]
    )
    assert result.exit_code == 0, result.output
    assert all(v not in red.read_text() for v in VALUES)
    result = CliRunner(env=env).invoke(cli, ["reidentify", str(red), "-o", str(back)])
    assert result.exit_code == 0, result.output
    assert back.read_bytes() == src.read_bytes()
    assert result.stderr.startswith("restored 5 values (")
    # the stream: stdin -> stdout
    stream = CliRunner(env=env).invoke(cli, ["reidentify", "-", "-o", "-"], input=red.read_text())
    assert [json.loads(x) for x in stream.stdout.splitlines()] == ROWS


def test_reidentify_with_a_wrong_key_fails_and_writes_nothing(tmp_path: Path, no_key_env) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", ROWS)
    red, back = tmp_path / "red.jsonl", tmp_path / "back.jsonl"
    policy = str(encrypt_everything_policy(tmp_path))
    CliRunner(env={"PRIVACYGUARD_KEY": KEY}).invoke(
        cli, ["redact", str(src), "-o", str(red), "--policy", policy]
    )
    wrong = "w" * 40
    result = CliRunner(env={"PRIVACYGUARD_KEY": wrong}).invoke(
        cli, ["reidentify", str(red), "-o", str(back)]
    )
    assert result.exit_code == 2
    assert (
        "does not decrypt with the key from environment variable PRIVACYGUARD_KEY" in result.output
    )
    assert wrong not in result.output
    assert not back.exists() and sorted(p.name for p in tmp_path.iterdir()) == [
        "enc.yaml", "in.jsonl", "red.jsonl",
    ]  # fmt: skip


def test_pseudonyms_hold_across_runs_with_the_same_key(tmp_path: Path, no_key_env) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", ROWS[:1])

    def person(key: str, n: int) -> str:
        out = tmp_path / f"o{n}.jsonl"
        CliRunner(env={"PRIVACYGUARD_KEY": key}).invoke(
            cli, ["redact", str(src), "-o", str(out), "--policy", "bank-customer-service"]
        )
        return json.loads(out.read_text())["text"].split()[3].rstrip(",")

    first = person(KEY, 1)
    assert first.startswith("<PERSON_") and len(first) == len("<PERSON_>") + 10
    assert person(KEY, 2) == first
    assert person("another-key-" + "z" * 30, 3) != first


def test_the_filter_answers_each_line_without_waiting_for_a_full_batch(tmp_path: Path) -> None:
    import os
    import select
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "PRIVACYGUARD_KEY"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "privacyguard", "redact", "-", "-o", "-", "-q"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=env,
    )
    assert proc.stdin is not None and proc.stdout is not None
    try:
        for i in range(2):  # one line at a time; stdin stays open
            proc.stdin.write((json.dumps({"id": str(i), "text": "BSN 999990019"}) + "\n").encode())
            proc.stdin.flush()
            ready, _, _ = select.select([proc.stdout], [], [], 120)
            assert ready, "no answer while stdin is still open"
            assert json.loads(proc.stdout.readline()) == {"id": str(i), "text": "BSN <NATIONAL_ID>"}
        proc.stdin.close()
        assert proc.wait(60) == 0
    finally:
        proc.kill()
        proc.wait()
        proc.stdout.close()
