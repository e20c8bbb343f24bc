"""Progress bars on import, redact, retention apply (and scan): drawn on stderr when it is a
terminal, with totals and rates where known; never on a pipe or in CI logs, never on stdout,
off with --no-progress. Real terminals are pseudo-terminals here (pty). Synthetic people."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest
from click.testing import CliRunner

from privacyguard.cli import cli

# iOS WhatsApp export lines (local times, 2024): old enough for retention as of 2030
LINES = [
    f"[{d:02d}.03.2024, 10:{m:02d}:00] Kari Testesen: Sak {d}-{m}: ring meg på +47 412 34 567\n"
    for d in range(1, 6)
    for m in range(0, 60, 5)
]  # 60 messages
BAR = "\r"  # tqdm redraws its line with carriage returns


@pytest.fixture
def export(tmp_path: Path) -> Path:
    p = tmp_path / "_chat.txt"
    p.write_text("".join(LINES), "utf-8")
    return p


def run_cli(args: list[str], cwd: Path, *, terminal: bool) -> tuple[str, str, int]:
    """The command in a new process, stderr on a pseudo-terminal or a pipe; stdout is a
    pipe either way. Returns (stdout, stderr, exit code)."""
    env = {**os.environ, "PRIVACYGUARD_WORKERS": "1"}
    cmd = [sys.executable, "-m", "privacyguard", *args]
    if not terminal:
        p = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, timeout=300,
                           stdin=subprocess.DEVNULL)  # fmt: skip
        return p.stdout.decode(), p.stderr.decode(), p.returncode
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # 100 columns
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=slave)  # fmt: skip
    os.close(slave)
    err = b""
    while True:
        try:
            chunk = os.read(master, 1 << 16)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        err += chunk
    os.close(master)
    assert proc.stdout is not None
    out = proc.stdout.read()
    proc.stdout.close()
    return out.decode(), err.decode(errors="replace"), proc.wait(timeout=300)


def test_import_draws_progress_on_a_terminal_and_never_on_a_pipe(
    tmp_path: Path, export: Path
) -> None:
    out, err, code = run_cli(["import", str(export), "--db", "a.db", "--json"], tmp_path,
                             terminal=True)  # fmt: skip
    assert code == 0, err
    assert "importing" in err and "records/s" in err and BAR in err  # a count and a rate
    assert json.loads(out)["messages"] == 60  # stdout: only the counts
    out, err, code = run_cli(["import", str(export), "--db", "b.db", "--json"], tmp_path,
                             terminal=False)  # fmt: skip
    assert code == 0, err
    assert err == "" and json.loads(out)["messages"] == 60


def test_no_progress_turns_the_bar_off_on_a_terminal(tmp_path: Path, export: Path) -> None:
    out, err, code = run_cli(["import", str(export), "--db", "a.db", "--json", "--no-progress"],
                             tmp_path, terminal=True)  # fmt: skip
    assert code == 0, err
    assert "importing" not in err and BAR not in err
    assert json.loads(out)["messages"] == 60


def test_redact_shows_scanning_then_writing_out_of_the_known_total(
    tmp_path: Path, export: Path
) -> None:
    args = ["redact", str(export), "-o", "out.txt", "--timezone", "Europe/Oslo"]
    out, err, code = run_cli(args, tmp_path, terminal=True)
    assert code == 0, err
    assert "scanning" in err and "writing" in err
    # the writing bar knows its total (the messages scanned) and so shows a percentage
    assert re.search(r"writing: +\d+%\|.*\| \d+/60 \[", err), err
    assert out == "" and "412 34 567" not in (tmp_path / "out.txt").read_text("utf-8")
    (tmp_path / "out.txt").unlink()
    out, err, code = run_cli(args, tmp_path, terminal=False)
    assert code == 0, err
    assert "scanning" not in err and "writing" not in err and BAR not in err
    assert err.startswith("60 messages, 60 changed")  # the report, as before


def test_retention_apply_counts_actions_out_of_the_planned_total(
    tmp_path: Path, export: Path
) -> None:
    for db in ("a.db", "b.db"):
        out, err, code = run_cli(["import", str(export), "--db", db], tmp_path, terminal=False)
        assert code == 0, err
    plan = json.loads(run_cli(["retention", "plan", "--db", "a.db", "--as-of", "2030-01-01",
                               "--json"], tmp_path, terminal=False)[0])  # fmt: skip
    total = sum(row["count"] for row in plan["actions"])
    assert total > 0
    apply = ["retention", "apply", "--as-of", "2030-01-01", "--batch-size", "1", "--json"]
    out, err, code = run_cli([*apply, "--db", "a.db"], tmp_path, terminal=True)
    assert code == 0, err
    assert "expiring" in err and "actions/s" in err
    done = json.loads(out)
    assert done["batches"] >= 1 and sum(done["done"].values()) > 0
    out, err, code = run_cli([*apply, "--db", "b.db"], tmp_path, terminal=False)
    assert code == 0, err
    assert "expiring" not in err and BAR not in err and json.loads(out)["batches"] >= 1


def test_scan_is_consistent_with_the_others(tmp_path: Path, export: Path) -> None:
    out, err, code = run_cli(["scan", str(export), "--jsonl"], tmp_path, terminal=True)
    assert code == 0, err
    assert "scanning" in err and "records/s" in err
    assert all(json.loads(line)["entity_type"] for line in out.splitlines())  # stdout clean
    out, err, code = run_cli(["scan", str(export), "--jsonl", "--no-progress"], tmp_path,
                             terminal=True)  # fmt: skip
    assert code == 0 and "scanning" not in err


# --- in process: the terminal check forced --------------------------------------------------


@pytest.mark.parametrize(("terminal", "drawn"), [(True, True), (False, False)])
def test_the_terminal_check_decides(
    tmp_path: Path, export: Path, monkeypatch: pytest.MonkeyPatch, terminal: bool, drawn: bool
) -> None:
    import privacyguard.cli.scan as cli_scan

    monkeypatch.setattr(cli_scan, "stderr_is_terminal", lambda: terminal)
    r = CliRunner().invoke(cli, ["import", str(export), "--db", str(tmp_path / "s.db"),
                                 "--json", "--workers", "1"])  # fmt: skip
    assert r.exit_code == 0, r.output
    assert ("importing" in r.stderr) is drawn
    assert json.loads(r.stdout)["messages"] == 60


def test_progress_bars_follow_the_library_stages(capsys: pytest.CaptureFixture[str]) -> None:
    from privacyguard.cli.scan import ProgressBars

    with ProgressBars(enabled=True) as bars:
        bars("scanning", 1, None)
        bars("scanning", 5, None)
        assert bars.bar.n == 5 and bars.bar.total is None
        bars("writing", 2, 5)
        assert bars.stage == "writing" and (bars.bar.n, bars.bar.total) == (2, 5)
        bars.say("a line above the bar")
    assert bars.bar is None
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "scanning" in captured.err and "2/5" in captured.err
    assert "a line above the bar" in captured.err

    off = ProgressBars(enabled=False)
    off("scanning", 1, None)
    assert off.bar is None
    off.say("still said")
    assert capsys.readouterr().err == "still said\n"
