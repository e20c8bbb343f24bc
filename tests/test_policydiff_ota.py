"""policy-watch import-ota: a service's history from an Open Terms Archive versions repo."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from privacyguard.cli import cli

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git not installed")

BODY = "This policy explains how Example Chat collects, uses and shares information about you."


def _policy(days: int, extra: str = "") -> str:
    return (f"# Privacy Policy\n\n{BODY}\n\n## Retention\n\n"
            f"We keep messages for {days} days.{extra}\n")  # fmt: skip


def _git(repo: Path, *args: str, date: str | None = None) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "ota", "GIT_AUTHOR_EMAIL": "ota@example.org",
           "GIT_COMMITTER_NAME": "ota", "GIT_COMMITTER_EMAIL": "ota@example.org"}  # fmt: skip
    if date:
        env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = f"{date}T12:00:00+00:00"
    subprocess.run(["git", "-C", str(repo), *args], check=True, env=env, capture_output=True)


def _commit(repo: Path, path: str, text: str, date: str) -> None:
    f = repo / path
    f.parent.mkdir(parents=True, exist_ok=True)
    f.write_text(text, encoding="utf-8")
    _git(repo, "add", path)
    _git(repo, "commit", "-m", f"Record new version of {path}", date=date)


@pytest.fixture
def ota(tmp_path: Path) -> Path:
    """A versions repo: Example's policy in three versions (the first under an old file name,
    renamed later), a terms document and a second service."""
    repo = tmp_path / "versions"
    repo.mkdir()
    _git(repo, "init", "-q")
    _commit(repo, "Example/Privacy Notice.md", _policy(30), "2024-01-10")
    _git(repo, "mv", "Example/Privacy Notice.md", "Example/Privacy Policy.md")
    _git(repo, "commit", "-m", "Rename", date="2024-02-01")
    _commit(repo, "Example/Terms of Service.md", _policy(1, " Terms."), "2024-02-15")
    _commit(repo, "Example/Privacy Policy.md", _policy(90), "2024-03-05")
    _commit(repo, "Example/Privacy Policy.md", _policy(90, " Backups too."), "2024-06-20")
    _commit(repo, "Other/Privacy Policy.md", _policy(7), "2024-04-01")
    return repo


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["policy-watch", *args], catch_exceptions=False)


def test_import_fills_the_store_with_every_version_in_one_command(ota: Path, tmp_path: Path):
    db = str(tmp_path / "p.sqlite")
    r = run("import-ota", str(ota), "--service", "Example", "--db", db)
    assert r.exit_code == 0, r.output
    # the rename commit records the same text again: one version, not two
    assert r.output.strip() == "Example: 3 version(s) stored, 1 already stored"
    r = run("history", "Example", "--json", "--db", db)
    rows = [json.loads(line) for line in r.output.splitlines()]
    assert [x["date"] for x in rows] == ["2024-01-10", "2024-03-05", "2024-06-20"]
    assert rows[0]["source"].startswith("Example/Privacy Notice.md@")  # followed the rename
    assert rows[2]["source"].startswith("Example/Privacy Policy.md@")
    d = json.loads(run("diff", "Example", "--from", "2024-01-31", "--to", "2024-03-31",
                       "--json", "--db", db).output)  # fmt: skip
    assert d["status"] == "substantive" and "retention" in d["topics"]
    again = run("import-ota", str(ota), "--db", db)
    assert again.output.splitlines() == [
        "Example: 0 version(s) stored, 4 already stored",
        "Other: 1 version(s) stored, 0 already stored",
    ]


def test_a_version_that_is_not_a_policy_is_refused_and_the_others_stored(ota, tmp_path):
    _commit(ota, "Example/Privacy Policy.md", "   \n", "2024-07-01")
    db = str(tmp_path / "p.sqlite")
    r = CliRunner().invoke(cli, ["policy-watch", "import-ota", str(ota), "--service",
                                 "Example", "--db", db])  # fmt: skip
    assert r.exit_code == 2
    assert "3 version(s) stored" in r.output and "1 refused" in r.output
    assert "refused Example/Privacy Policy.md@" in r.output and "the page is empty" in r.output


def test_unknown_service_names_the_ones_there(ota, tmp_path):
    r = run("import-ota", str(ota), "--service", "Nope", "--db", str(tmp_path / "p.sqlite"))
    assert r.exit_code == 2 and "no folder 'Nope'" in r.output and "Example" in r.output


def test_a_plain_folder_of_dated_versions_is_imported_by_date(tmp_path: Path):
    folder = tmp_path / "plain" / "example"
    folder.mkdir(parents=True)
    (folder / "2023-05-01.md").write_text(_policy(30), encoding="utf-8")
    (folder / "2023-09-01.md").write_text(_policy(60), encoding="utf-8")
    db = str(tmp_path / "p.sqlite")
    r = run("import-ota", str(tmp_path / "plain"), "--db", db)
    assert r.output.strip() == "example: 2 version(s) stored, 0 already stored"
    history = run("history", "example", "--json", "--db", db).output
    rows = [json.loads(line) for line in history.splitlines()]
    assert [x["date"] for x in rows] == ["2023-05-01", "2023-09-01"]
