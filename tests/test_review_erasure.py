"""Subject erasure and the reviewed-rules file, on SQLite and PostgreSQL: the entries of the
values the erasure removes (the findings and messages of the subject's own conversation,
the subject's identifiers) leave the file, which is written atomically in the erasure's
transaction; the receipt and the audit event count them; other entries stay; a file that
cannot be written fails the erasure and nothing is erased. Synthetic people only."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from privacyguard.act.review import record_decision
from privacyguard.act.reviewed import ReviewedRules
from privacyguard.cli import cli
from privacyguard.detect.engine import Detector
from privacyguard.importer import import_source
from privacyguard.record import audit
from privacyguard.store import open_store, review_queue
from privacyguard.store import reviewed as reviewed_rules
from privacyguard.store import tables as t

KEY = "tests-only-store-key-0123456789abcdef"
SUBJECT, OTHER = "Pim Tester", "Ola Nordmann"
FLIGHT, NAME, OTHER_NAME = "KL 1234", "Sofie", "Maren"  # scored below review_below
BROKEN = "Tell Ingrid Solberg the parcel is here"  # the detector fails on it (fixture)


def _row(mid: str, conv: str, sender: str, role: str, minute: int, text: str) -> dict:
    return {"id": mid, "conversation_id": conv, "sender": sender, "role": role,
            "timestamp": f"2026-04-01T08:{minute:02d}:00+00:00", "text": text}  # fmt: skip


ROWS = [
    _row("m1", "c1", "Agent Kim", "agent", 0, "Hello, how can I help?"),
    _row("m2", "c1", SUBJECT, "customer", 1, f"I booked {FLIGHT} for may"),
    _row("m3", "c1", SUBJECT, "customer", 2, f"Parcel for {NAME} arrived"),
    _row("m4", "c1", SUBJECT, "customer", 3, BROKEN),
    _row("o1", "c9", "Agent Kim", "agent", 10, "Hello, how can I help?"),
    _row("o2", "c9", OTHER, "customer", 11, f"Parcel for {OTHER_NAME} arrived"),
]


@pytest.fixture(autouse=True)
def _store_key_and_failing_detector(monkeypatch):
    monkeypatch.setenv("PRIVACYGUARD_AUDIT_KEY", KEY)
    monkeypatch.delenv("PRIVACYGUARD_AUDIT_KEY_FILE", raising=False)
    real = Detector._in_conversation

    def failing(self, message, *args, **kwargs):  # type: ignore[no-untyped-def]
        if message.text == BROKEN:
            raise RuntimeError("synthetic failure")
        return real(self, message, *args, **kwargs)

    monkeypatch.setattr(Detector, "_in_conversation", failing)


@pytest.fixture
def decided(db_url, tmp_path, monkeypatch):
    """A store with every queued item decided, and its reviewed-rules file (also in
    PRIVACYGUARD_REVIEWED, where `subject erase` finds it)."""
    src = tmp_path / "chats.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in ROWS), encoding="utf-8")
    reviewed = tmp_path / "reviewed.yaml"
    monkeypatch.setenv("PRIVACYGUARD_REVIEWED", str(reviewed))
    with open_store(db_url) as store:
        import_source(store, str(src), workers=1, reviewed=reviewed)
        with store.engine.connect() as conn:
            items = review_queue.pending(conn)
        rules = ReviewedRules.load(reviewed)
        kinds = []
        for item in items:
            if item.is_message:
                record_decision(store, rules, item.id, "redact_spans", "dpo", spans=[
                    {"text": "Ingrid Solberg", "type": "PERSON"}])  # fmt: skip
            else:
                record_decision(store, rules, item.id, "confirm", "dpo")
            kinds.append((item.message_ref, item.entity_type))
    assert sorted(kinds) == [("m2", "FLIGHT_NUMBER"), ("m3", "PERSON"), ("m4", "MESSAGE"),
                             ("o2", "PERSON")]  # fmt: skip
    rules = ReviewedRules.load(reviewed)
    rules.add(SUBJECT, "PERSON", "confirm", None, 99, "2026-04-02T00:00:00+00:00")
    rules.save()  # an entry of the subject's name as such (matched by the identifier)
    return reviewed


def _digests(reviewed: Path) -> dict[str, str]:
    """Which of the test's values still have an entry."""
    rules = ReviewedRules.load(reviewed)
    wanted = {
        "flight": rules.digest(FLIGHT, "FLIGHT_NUMBER"), "name": rules.digest(NAME, "PERSON"),
        "message": rules.message_digest(BROKEN),
        "span": rules.digest("Ingrid Solberg", "PERSON"),
        "subject": rules.digest(SUBJECT, "PERSON"), "other": rules.digest(OTHER_NAME, "PERSON"),
    }  # fmt: skip
    return {k: d for k, d in wanted.items() if d in rules.entries}


def _erase(db: str, *extra: str) -> object:
    args = ["subject", "erase", "--db", db, "--name", SUBJECT, "--same-person", "--yes"]
    return CliRunner().invoke(cli, [*args, "--request", "DSR-7", *extra])


def _erase_events(db: str) -> list[dict]:
    with open_store(db) as s, s.engine.connect() as conn:
        return [e for _, e in audit.events(conn) if e["event"] == "subject.erase"]


def test_erasure_drops_the_subjects_reviewed_entries_and_counts_them(db_url, decided):
    assert set(_digests(decided)) == {"flight", "name", "message", "span", "subject", "other"}
    r = _erase(db_url)
    assert r.exit_code == 0, r.output
    receipt = json.loads(r.stdout[r.stdout.index("{") : r.stdout.rindex("}") + 1])
    assert receipt["done"]["reviewed_entries_dropped"] == 5
    (event,) = _erase_events(db_url)
    assert event["reviewed_entries_dropped"] == 5
    assert set(_digests(decided)) == {"other"}  # another customer's decision stays
    text = decided.read_text()
    assert "Ingrid" not in text and SUBJECT not in text and "reviewed rules" in text
    # a second erasure finds nothing left to drop
    assert _erase(db_url).exit_code != 0  # no match any more
    assert set(_digests(decided)) == {"other"}


def test_erase_names_the_reviewed_file_with_an_option(db_url, decided, monkeypatch):
    monkeypatch.delenv("PRIVACYGUARD_REVIEWED")  # a PostgreSQL store has no file beside it
    r = _erase(db_url, "--reviewed", str(decided))
    assert r.exit_code == 0, r.output
    assert set(_digests(decided)) == {"other"}


def test_when_the_reviewed_file_cannot_be_written_nothing_is_erased(db_url, decided,
                                                                    monkeypatch):  # fmt: skip
    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    def counts() -> tuple[int, int]:
        with open_store(db_url) as s, s.engine.connect() as conn:
            return (
                conn.execute(select(func.count()).select_from(t.messages)).scalar_one(),
                conn.execute(select(func.count()).select_from(t.findings)).scalar_one(),
            )

    before, entries = counts(), decided.read_text()
    monkeypatch.setattr(reviewed_rules, "write_atomic", full)
    r = _erase(db_url)
    assert r.exit_code != 0
    assert "cannot be written (No space left on device)" in r.output
    assert "nothing was erased" in r.output and "Ingrid" not in r.output
    assert counts() == before and _erase_events(db_url) == []
    assert decided.read_text() == entries
    with open_store(db_url) as s, s.engine.connect() as conn:
        assert conn.execute(select(t.subject_keys.c.destroyed_at)).scalars().all() in (
            [], [None])  # no key destroyed either  # fmt: skip
    monkeypatch.undo()  # the disk has room again: the same erasure now goes through
    monkeypatch.setenv("PRIVACYGUARD_AUDIT_KEY", KEY)
    monkeypatch.setenv("PRIVACYGUARD_REVIEWED", str(decided))
    assert _erase(db_url).exit_code == 0
    assert set(_digests(decided)) == {"other"}


def test_erasure_without_a_reviewed_file_writes_none(db_url, tmp_path, monkeypatch):
    src = tmp_path / "chats.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in ROWS[:3]), encoding="utf-8")
    monkeypatch.setenv("PRIVACYGUARD_REVIEWED", str(tmp_path / "none.yaml"))
    with open_store(db_url) as store:
        import_source(store, str(src), workers=1)
    r = _erase(db_url)
    assert r.exit_code == 0, r.output
    receipt = json.loads(r.stdout[r.stdout.index("{") : r.stdout.rindex("}") + 1])
    assert receipt["done"]["reviewed_entries_dropped"] == 0
    assert not (tmp_path / "none.yaml").exists()
