"""The review loop, on SQLite and PostgreSQL: findings below settings.review_below are queued
at import; a decision (interactive or through a JSON export) is audited without the value and
becomes a reviewed rule that the next import and redaction use; the policy's on_uncertain.
Synthetic messages only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from privacyguard.act.reviewed import ReviewedRules
from privacyguard.cli import cli
from privacyguard.config.policy import load_policy
from privacyguard.errors import PrivacyGuardError
from privacyguard.record import audit
from privacyguard.store import open_store
from privacyguard.store import tables as t

KEY = "tests-only-store-key-0123456789abcdef"
FLIGHT, NAME = "KL 1234", "Sofie"  # scored 0.6 each: FLIGHT_NUMBER, PERSON
CHAT = [
    {"id": "m1", "conversation_id": "c1", "role": "agent",
     "timestamp": "2026-04-01T08:00:00+00:00", "text": "Hello, how can I help?"},
    {"id": "m2", "conversation_id": "c1", "role": "customer",
     "timestamp": "2026-04-01T08:01:00+00:00", "text": f"I booked {FLIGHT} for may"},
    {"id": "m3", "conversation_id": "c1", "role": "customer",
     "timestamp": "2026-04-01T08:02:00+00:00", "text": f"Parcel for {NAME} arrived"},
]  # fmt: skip
LATER = [
    {"id": "n1", "conversation_id": "c2", "role": "customer",
     "timestamp": "2026-04-02T08:00:00+00:00", "text": f"Again: I booked {FLIGHT} for may"},
    {"id": "n2", "conversation_id": "c2", "role": "customer",
     "timestamp": "2026-04-02T08:01:00+00:00", "text": f"Parcel for {NAME} arrived"},
]  # fmt: skip


@pytest.fixture(autouse=True)
def _store_key(monkeypatch):
    monkeypatch.setenv("PRIVACYGUARD_AUDIT_KEY", KEY)
    monkeypatch.delenv("PRIVACYGUARD_AUDIT_KEY_FILE", raising=False)
    monkeypatch.delenv("PRIVACYGUARD_REVIEWED", raising=False)


def _invoke(*args: str, input: str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def _jsonl(path: Path, rows: list[dict]) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return str(path)


def _import(src: str, db: str, reviewed: Path) -> dict:
    r = _invoke("import", src, "--db", db, "--reviewed", str(reviewed), "--json")
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout.splitlines()[0])


def _findings(db: str, conversation: str) -> list[tuple[str, float]]:
    f, m, c = t.findings, t.messages, t.conversations
    with open_store(db) as s, s.engine.connect() as conn:
        rows = conn.execute(
            select(f.c.entity_type, f.c.score).join(m, m.c.id == f.c.message_id)
            .join(c, c.c.id == m.c.conversation_id).where(c.c.external_id == conversation)
            .order_by(m.c.external_id)
        ).all()  # fmt: skip
    return [(r.entity_type, r.score) for r in rows]


def _events(db: str) -> list[dict]:
    with open_store(db) as s, s.engine.connect() as conn:
        return [e for _, e in audit.events(conn) if e["event"] == "review.decision"]


def test_queue_decision_next_import_audit(db_url, tmp_path):
    reviewed = tmp_path / "reviewed.yaml"
    got = _import(_jsonl(tmp_path / "a.jsonl", CHAT), db_url, reviewed)
    assert got["queued_for_review"] == 2
    r = _invoke("review", "list", "--db", db_url, "--json")
    items = [json.loads(line) for line in r.stdout.splitlines()]
    assert [(i["entity_type"], i["score"]) for i in items] == [
        ("FLIGHT_NUMBER", 0.6),
        ("PERSON", 0.6),
    ]
    # interactive: the flight number is rejected, the name confirmed
    r = _invoke("review", "next", "--db", db_url, "--reviewed", str(reviewed),
                "--reviewer", "dpo-test", input="r\nc\n")  # fmt: skip
    assert r.exit_code == 0, r.output
    assert f"»{FLIGHT}«" in r.stdout and f"»{NAME}«" in r.stdout
    assert "Hello, how can I help?" in r.stdout  # the turn before
    assert "2 decided" in r.stdout
    assert _invoke("review", "list", "--db", db_url).stdout.startswith("0 undecided, 2 decided")
    # the rules file and the audit log hold no value
    for text in (reviewed.read_text(), json.dumps(_events(db_url))):
        assert FLIGHT not in text and NAME not in text and NAME.lower() not in text
    events = _events(db_url)
    assert [(e["decision"], e["entity_type"], e["operator"]) for e in events] == [
        ("reject", "FLIGHT_NUMBER", "dpo-test"),
        ("confirm", "PERSON", "dpo-test"),
    ]
    assert all(e["finding_id"] and e["at"] for e in events)
    # the next import uses the decisions: no flight number, the name at full confidence,
    # nothing queued again
    got = _import(_jsonl(tmp_path / "b.jsonl", LATER), db_url, reviewed)
    assert got["queued_for_review"] == 0
    assert _findings(db_url, "c2") == [("PERSON", 1.0)]
    # a decided item cannot be decided again
    with pytest.raises(PrivacyGuardError, match="already decided"):
        from privacyguard.act.review import record_decision

        with open_store(db_url) as s:
            record_decision(s, ReviewedRules.load(reviewed), items[0]["item"], "confirm", "x")


def test_retype_and_export_import_round_trip(db_url, tmp_path):
    reviewed = tmp_path / "reviewed.yaml"
    _import(_jsonl(tmp_path / "a.jsonl", CHAT), db_url, reviewed)
    out = tmp_path / "queue.json"
    r = _invoke("review", "export", "--db", db_url, "-o", str(out))
    assert r.exit_code == 0 and "2 items written" in r.stdout
    assert out.stat().st_mode & 0o077 == 0  # it holds message texts: owner only
    doc = json.loads(out.read_text())
    flight, name = doc["items"]
    assert (flight["candidate"], name["candidate"]) == (FLIGHT, NAME)
    assert [turn["text"] for turn in flight["turns"]] == [m["text"] for m in CHAT]
    flight["decision"] = "reject"
    name |= {"decision": "retype", "new_type": "LOCATION", "reviewer": "remote-reviewer"}
    out.write_text(json.dumps(doc))
    r = _invoke("review", "import", str(out), "--db", db_url, "--reviewed", str(reviewed),
                "--reviewer", "dpo-test")  # fmt: skip
    assert r.exit_code == 0, r.output
    assert "2 decisions recorded, 0 items left" in r.stdout
    assert [(e["decision"], e["new_type"], e["operator"]) for e in _events(db_url)] == [
        ("reject", None, "dpo-test"),
        ("retype", "LOCATION", "remote-reviewer"),
    ]
    _import(_jsonl(tmp_path / "b.jsonl", LATER), db_url, reviewed)
    assert _findings(db_url, "c2") == [("LOCATION", 1.0)]
    # importing the same file again: the items are decided already, nothing changes
    r = CliRunner().invoke(cli, ["review", "import", str(out), "--db", db_url,
                                 "--reviewed", str(reviewed)])  # fmt: skip
    assert r.exit_code != 0 and "already decided" in r.output
    assert len(_events(db_url)) == 2


def test_bad_review_file_names_file_and_item(db_url, tmp_path):
    reviewed = tmp_path / "reviewed.yaml"
    _import(_jsonl(tmp_path / "a.jsonl", CHAT), db_url, reviewed)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "privacyguard-review/1",
                               "items": [{"item": 1, "decision": "maybe"}]}))  # fmt: skip
    r = CliRunner().invoke(cli, ["review", "import", str(bad), "--db", db_url,
                                 "--reviewed", str(reviewed)])  # fmt: skip
    assert r.exit_code != 0 and f"{bad}: item 1: decision must be one of" in r.output
    assert _events(db_url) == []


def test_other_key_refused(tmp_path, monkeypatch):
    db = f"sqlite:///{tmp_path / 'store.db'}"
    _import(_jsonl(tmp_path / "a.jsonl", CHAT), db, tmp_path / "reviewed.yaml")
    _invoke("review", "next", "--db", db, "--reviewer", "x", input="r\nq\n")
    assert (tmp_path / "reviewed.yaml").exists()  # beside the SQLite store by default
    monkeypatch.setenv("PRIVACYGUARD_AUDIT_KEY", "another-tests-only-key-9876543210zyxw")
    with pytest.raises(PrivacyGuardError, match="another store key"):
        ReviewedRules.load(tmp_path / "reviewed.yaml")


@pytest.mark.parametrize("on_uncertain", ["redact", "keep"])
def test_on_uncertain(tmp_path, monkeypatch, on_uncertain):
    from privacyguard.act.run import redact

    policy = tmp_path / "p.yaml"
    policy.write_text(f"version: 1\nname: review-test\non_uncertain: {on_uncertain}\n"
                      "default:\n  operator: replace\n")  # fmt: skip
    messages = [{"id": "1", "text": f"Parcel for {NAME} arrived"}]
    got = redact(messages, policy=str(policy)).messages[0]["text"]
    if on_uncertain == "redact":
        assert NAME not in got
    else:
        assert got == messages[0]["text"]
    # a name a reviewer confirmed is no longer uncertain: redacted under either setting
    rules = ReviewedRules(tmp_path / "reviewed.yaml")
    rules.add(NAME, "PERSON", "confirm", None, 1, "2026-01-01T00:00:00+00:00")
    rules.save()
    monkeypatch.setenv("PRIVACYGUARD_REVIEWED", str(rules.path))
    assert NAME not in redact(messages, policy=str(policy)).messages[0]["text"]


def test_on_uncertain_is_validated(tmp_path):
    policy = tmp_path / "p.yaml"
    policy.write_text("version: 1\nname: review-test\non_uncertain: sometimes\n"
                      "default:\n  operator: replace\n")  # fmt: skip
    with pytest.raises(PrivacyGuardError, match="on_uncertain"):
        load_policy(policy)


def test_audit_report_shows_the_queue(db_url, tmp_path):
    from datetime import datetime, timezone

    from privacyguard.record.report import build_report, render_html

    reviewed = tmp_path / "reviewed.yaml"
    _import(_jsonl(tmp_path / "a.jsonl", CHAT), db_url, reviewed)
    _invoke("review", "next", "--db", db_url, "--reviewed", str(reviewed), "--reviewer", "x",
            input="c\nq\n")  # fmt: skip
    with open_store(db_url) as s, s.engine.connect() as conn:
        total = conn.execute(select(t.findings.c.id)).all()
    with open_store(db_url) as s:
        report = build_report(s, load_policy(), datetime.now(timezone.utc))
    rq = report.review_queue
    assert (rq["queued"], rq["undecided"], rq["reviewed"]) == (2, 1, 1)
    assert rq["reviewed_share"] == round(1 / len(total), 4)
    assert rq["oldest_undecided"] is not None and 0 <= rq["oldest_age_days"] < 1
    html = render_html(report)
    assert 'id="review-queue"' in html and NAME not in html and FLIGHT not in html


def test_scan_uses_reviewed_rules(tmp_path, monkeypatch):
    from privacyguard.pipeline import scan_source

    src = _jsonl(tmp_path / "a.jsonl", CHAT)

    def found() -> list[tuple[str, float]]:
        return [(f.entity_type, f.score) for d in scan_source(src) if not hasattr(d, "reason")
                for f in d.findings]  # fmt: skip

    assert found() == [("FLIGHT_NUMBER", 0.6), ("PERSON", 0.6)]
    rules = ReviewedRules(tmp_path / "reviewed.yaml")
    rules.add(FLIGHT, "FLIGHT_NUMBER", "reject", None, 1, "2026-01-01T00:00:00+00:00")
    rules.add(NAME.upper(), "PERSON", "confirm", None, 2, "2026-01-01T00:00:00+00:00")
    rules.save()
    monkeypatch.setenv("PRIVACYGUARD_REVIEWED", str(rules.path))
    assert found() == [("PERSON", 1.0)]  # the value is matched case-folded


def test_erasure_takes_queued_items_with_it(db_url, tmp_path):
    customer = [{**m, "sender": "Pim Tester"} if m["role"] == "customer" else m for m in CHAT]
    _import(_jsonl(tmp_path / "a.jsonl", customer), db_url, tmp_path / "reviewed.yaml")

    def queue_rows() -> tuple[int, int]:
        q, m = t.review_queue, t.messages
        with open_store(db_url) as s, s.engine.connect() as conn:
            rows = conn.execute(select(q.c.message_id)).scalars().all()
            live = set(conn.execute(select(m.c.id)).scalars().all())
        return len(rows), sum(1 for r in rows if r not in live)

    before, orphans = queue_rows()
    assert before >= 2 and orphans == 0
    # the customer's own conversation is deleted (policy: own_conversations: delete)
    r = _invoke("subject", "erase", "--db", db_url, "--name", "Pim Tester", "--same-person",
                "--yes", "--request", "DSR-9")  # fmt: skip
    assert r.exit_code == 0, r.output
    receipt = json.loads(r.stdout[r.stdout.index("{") : r.stdout.rindex("}") + 1])
    assert receipt["done"]["messages_deleted"] == len(CHAT)
    assert queue_rows() == (0, 0)


def test_interactive_retype_skip_and_quit(tmp_path):
    db = f"sqlite:///{tmp_path / 'store.db'}"
    _import(_jsonl(tmp_path / "a.jsonl", CHAT), db, tmp_path / "reviewed.yaml")
    r = _invoke("review", "next", "--db", db, "--reviewer", "x", input="t\nNOT_A_TYPE\nLOCATION\n"
                "q\n")  # fmt: skip
    assert r.exit_code == 0, r.output
    assert "item 1: retype as LOCATION" in r.stdout and "1 decided" in r.stdout
    r = _invoke("review", "next", "--db", db, "--reviewer", "x", input="s\n")
    assert "0 decided" in r.stdout
    assert [e["new_type"] for e in _events(db)] == ["LOCATION"]
    assert _invoke("review", "list", "--db", db).stdout.startswith("     2  PERSON")
