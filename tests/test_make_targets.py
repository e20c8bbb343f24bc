"""The Makefile's housekeeping: `make clean` removes every output the project ignores in git
(and nothing else), and `make eval` changes no tracked file (`make eval-record` does, on
purpose). Run on a copy of the Makefile in a temporary folder, never on the checkout."""

from __future__ import annotations

import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
RECORD = "privacyguard/data/accuracy.json"

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="no make")


def _ignored_examples() -> list[str]:
    """One concrete path per .gitignore line (a glob gets a name it matches)."""
    examples = []
    for line in (REPO / ".gitignore").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith(("#", "!")):
            continue
        path = line.rstrip("/").replace("*", "privacyguard")
        if "/" not in path and line.endswith("/") and path == "__pycache__":
            path = "privacyguard/store/__pycache__"
        examples.append(path + ("/" if line.endswith("/") else ""))
    return examples


def test_make_clean_removes_every_ignored_output_and_keeps_the_rest(tmp_path: Path) -> None:
    shutil.copy2(REPO / "Makefile", tmp_path / "Makefile")
    ignored = _ignored_examples()
    assert len(ignored) >= 10
    kept = ["rules/names.yaml", RECORD, "fuzz/crashes/new/csv--x--t.csv", "README.md",
            "privacyguard/store/sql.py", "bench/accuracy/evaluate.py"]  # fmt: skip
    for path in [*ignored, *kept]:
        target = tmp_path / path
        if path.endswith("/"):
            target.mkdir(parents=True, exist_ok=True)
            (target / "something").write_text("x")
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text("x")
    done = subprocess.run(["make", "-s", "clean"], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    left = [p for p in ignored if (tmp_path / p).exists()]
    assert not left, f"make clean leaves {left}"
    assert all((tmp_path / p).exists() for p in kept)


def _dry_run(target: str, tmp_path: Path) -> list[list[str]]:
    for name in ("Makefile", "pyproject.toml", "setup.py"):  # what the install stamp needs
        shutil.copy2(REPO / name, tmp_path / name)
    done = subprocess.run(["make", "-n", target], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return [_words(line) for line in done.stdout.splitlines() if line.strip()]


def _words(line: str) -> list[str]:
    try:
        return shlex.split(line)
    except ValueError:  # a shell line continued on the next (the browser check)
        return line.split()


def test_make_eval_writes_its_records_outside_tracked_files(tmp_path: Path) -> None:
    commands = _dry_run("eval", tmp_path)
    evaluations = [c for c in commands if any("bench/accuracy/evaluate" in w for w in c)]
    assert len(evaluations) >= 3
    for command in commands:
        for flag in ("--accuracy-record", "--record"):
            if flag in command:
                assert command[command.index(flag) + 1].startswith("out/"), command
        if RECORD in command:  # only ever the source of the copy the run merges into
            assert command[0] == "cp" and command.index(RECORD) == 1, command


def test_make_eval_record_updates_the_packaged_record(tmp_path: Path) -> None:
    commands = _dry_run("eval-record", tmp_path)
    copies = [c for c in commands if c[:1] == ["cp"] and c[-1] == RECORD]
    assert copies == [["cp", "out/eval/accuracy.json", RECORD]]
