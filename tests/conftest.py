"""Shared fixtures. Every person and number here is synthetic; numbers are checksum-valid
where the test says so (generated with python-stdnum / schwifty, see tests/README.md)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, text

from privacyguard import Message
from privacyguard.detect.engine import Detector
from privacyguard.pipeline import detector_for
from privacyguard.store import Store, open_store

from .store_support import PG_BASE, POLICY, pg_available
from .subject_data import JSONL, TELEGRAM, WHATSAPP

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def detector() -> Detector:
    return detector_for()


@pytest.fixture(scope="session")
def found(detector):
    """found(text, lang=None) -> sorted [(entity_type, matched text)]."""

    def run(text: str, lang: str | None = None) -> list[tuple[str, str]]:
        [d] = detector.detect([Message(id="t", text=text, lang=lang)])
        return [(f.entity_type, text[f.start : f.end]) for f in d.findings]

    return run


@pytest.fixture(autouse=True)
def _audit_key(monkeypatch, tmp_path_factory):
    """The audit chain's key for tests (synthetic, not a secret; production reads it from
    a file named by PRIVACYGUARD_AUDIT_KEY_FILE, docs/security.md); anchors of PostgreSQL
    stores under the test run's temporary folder, not the home folder."""
    monkeypatch.setenv("PRIVACYGUARD_AUDIT_KEY", "tests-only-audit-key-0123456789abcdef")
    monkeypatch.delenv("PRIVACYGUARD_AUDIT_KEY_FILE", raising=False)
    monkeypatch.delenv("PRIVACYGUARD_AUDIT_ANCHOR", raising=False)
    # the shipped rules and policies, whatever the developer exported (docs/install.md)
    monkeypatch.delenv("PRIVACYGUARD_RULES", raising=False)
    monkeypatch.delenv("PRIVACYGUARD_POLICY_DIR", raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path_factory.getbasetemp() / "state"))


# --- stores: every test that asks for one runs on SQLite and on PostgreSQL ---------------


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database URL nobody else uses: a SQLite file, or a fresh PostgreSQL schema
    (skipped, with the reason, when no server answers at PRIVACYGUARD_TEST_PG)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    reason = pg_available()
    if reason:
        pytest.skip(reason)
    schema = f"pgtest_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_BASE)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{PG_BASE}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    s = open_store(db_url)
    yield s
    s.engine.dispose()


@pytest.fixture
def policy_file(tmp_path: Path) -> Path:
    """The test policy (store_support.POLICY) as a file."""
    path = tmp_path / "store-test.yaml"
    path.write_text(POLICY, encoding="utf-8")
    return path


@pytest.fixture
def store_url(db_url: str, tmp_path: Path) -> str:
    """A store holding the subject tests' three exports (tests/subject_data.py), imported
    through the CLI as a user would."""
    from privacyguard.cli import cli

    (tmp_path / "wa").mkdir()
    (tmp_path / "wa" / "_chat.txt").write_text(WHATSAPP, encoding="utf-8")
    (tmp_path / "tg").mkdir()
    (tmp_path / "tg" / "result.json").write_text(json.dumps(TELEGRAM, ensure_ascii=False))
    (tmp_path / "chats.jsonl").write_text("".join(json.dumps(x) + "\n" for x in JSONL))
    for src in ("wa", "tg", "chats.jsonl"):
        r = CliRunner().invoke(
            cli, ["import", str(tmp_path / src), "--db", db_url], catch_exceptions=False
        )
        assert r.exit_code == 0, r.output
    return db_url
