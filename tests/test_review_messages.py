"""Undecided messages in the review loop, on SQLite and PostgreSQL: a message the detector
returned no verdict on (its detection failed) is stored at import, counted as a problem and
queued as a message item; `privacyguard review` decides it (redact the whole message, the
spans marked, or nothing personal) with an audit event and a message entry in the reviewed
rules that the next import of the same text uses; the audit report counts message items;
migration 0006 keeps the finding items of a 0005 store. Synthetic messages only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import insert, select

from privacyguard.act.reviewed import ReviewedRules
from privacyguard.cli import cli
from privacyguard.detect.engine import Detector
from privacyguard.errors import PrivacyGuardError
from privacyguard.importer import import_source
from privacyguard.record import audit
from privacyguard.store import open_store
from privacyguard.store import tables as t

KEY = "tests-only-store-key-0123456789abcdef"
#: the detector fails on this message (see the fixture); it holds a synthetic name
BROKEN = "Tell Ingrid Solberg the parcel is here"
NAME = "Ingrid Solberg"
CHAT = [
    {"id": "m1", "conversation_id": "c1", "role": "agent",
     "timestamp": "2026-04-01T08:00:00+00:00", "text": "Hello, how can I help?"},
    {"id": "m2", "conversation_id": "c1", "role": "customer",
     "timestamp": "2026-04-01T08:01:00+00:00", "text": BROKEN},
    {"id": "m3", "conversation_id": "c1", "role": "customer",
     "timestamp": "2026-04-01T08:02:00+00:00", "text": "Parcel for Sofie arrived"},
]  # fmt: skip
AGAIN = [
    {"id": "n1", "conversation_id": "c2", "role": "customer",
     "timestamp": "2026-04-02T08:00:00+00:00", "text": BROKEN},
]  # fmt: skip


@pytest.fixture(autouse=True)
def _store_key_and_failing_detector(monkeypatch):
    monkeypatch.setenv("PRIVACYGUARD_AUDIT_KEY", KEY)
    monkeypatch.delenv("PRIVACYGUARD_AUDIT_KEY_FILE", raising=False)
    monkeypatch.delenv("PRIVACYGUARD_REVIEWED", raising=False)
    real = Detector._in_conversation

    def failing(self, message, *args, **kwargs):  # type: ignore[no-untyped-def]
        if message.text.startswith(BROKEN):
            raise RuntimeError(f"cannot read {message.text}")  # the value never leaves
        return real(self, message, *args, **kwargs)

    monkeypatch.setattr(Detector, "_in_conversation", failing)


def _jsonl(path: Path, rows: list[dict]) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return str(path)


def _import(db: str, src: str, reviewed: Path):  # type: ignore[no-untyped-def]
    with open_store(db) as store:
        return import_source(store, src, workers=1, reviewed=reviewed)


def _invoke(*args: str, input: str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def _items(db: str) -> list[dict]:
    r = _invoke("review", "list", "--db", db, "--json")
    assert r.exit_code == 0, r.output
    return [json.loads(line) for line in r.stdout.splitlines()]


def _message_findings(db: str, conversation: str) -> list[tuple[str, int, int, float, str]]:
    f, m, c = t.findings, t.messages, t.conversations
    with open_store(db) as s, s.engine.connect() as conn:
        rows = conn.execute(
            select(f.c.entity_type, f.c.start, f.c.end, f.c.score, f.c.recognizer)
            .join(m, m.c.id == f.c.message_id).join(c, c.c.id == m.c.conversation_id)
            .where(c.c.external_id == conversation, m.c.text == BROKEN)
            .order_by(f.c.start)
        ).all()  # fmt: skip
    return [tuple(r) for r in rows]


def _events(db: str) -> list[dict]:
    with open_store(db) as s, s.engine.connect() as conn:
        return [e for _, e in audit.events(conn) if e["event"] == "review.decision"]


def test_when_detection_fails_then_the_message_is_stored_counted_and_queued(db_url, tmp_path):
    got = _import(db_url, _jsonl(tmp_path / "a.jsonl", CHAT), tmp_path / "reviewed.yaml")
    assert got.messages == 3 and got.queued_messages == 1
    assert got.queued_for_review == 2  # the message and the name in m3
    assert got.problems == [f"{tmp_path / 'a.jsonl'}:2: detection failed (RuntimeError)"]
    items = _items(db_url)
    message = [i for i in items if i["kind"] == "message"]
    assert [(i["message_ref"], i["entity_type"], i["reason"], i["detail"]) for i in message] == [
        ("m2", "MESSAGE", "not_scanned", "detection failed (RuntimeError)")
    ]
    assert [i["kind"] for i in items].count("finding") == 1
    listing = _invoke("review", "list", "--db", db_url).stdout
    assert "detection failed (RuntimeError) (message m2)" in listing
    assert "1 undecided messages" in listing
    assert NAME not in listing and NAME not in json.dumps(items)
    assert _message_findings(db_url, "c1") == []  # stored without findings, and queued
    # the same export again: stored already, nothing queued twice
    again = _import(db_url, _jsonl(tmp_path / "a.jsonl", CHAT), tmp_path / "reviewed.yaml")
    assert (again.skipped, again.queued_for_review) == (3, 0)
    assert len(_items(db_url)) == 2


def test_redact_spans_decision_is_audited_and_used_by_the_next_import(db_url, tmp_path):
    reviewed = tmp_path / "reviewed.yaml"
    _import(db_url, _jsonl(tmp_path / "a.jsonl", CHAT), reviewed)
    item = next(i["item"] for i in _items(db_url) if i["kind"] == "message")
    start = BROKEN.index(NAME)
    r = _invoke("review", "decide", str(item), "redact_spans", "--db", db_url,
                "--reviewed", str(reviewed), "--reviewer", "dpo-test",
                "--span", f"{start}:{start + len(NAME)}:PERSON")  # fmt: skip
    assert r.exit_code == 0, r.output
    assert f"item {item}: redact_spans" in r.stdout
    assert _message_findings(db_url, "c1") == [("PERSON", start, start + len(NAME), 1.0, "review")]
    (event,) = _events(db_url)
    assert (event["decision"], event["finding_id"], event["entity_type"], event["operator"]) == (
        "redact_spans",
        None,
        "MESSAGE",
        "dpo-test",
    )
    assert event["spans"] == [[start, start + len(NAME), "PERSON"]]
    for text in (reviewed.read_text(), json.dumps(event)):
        assert NAME not in text and "Ingrid" not in text and "parcel" not in text
    # the next import meets the same text, still not scannable: the decision settles it
    got = _import(db_url, _jsonl(tmp_path / "b.jsonl", AGAIN), reviewed)
    assert (got.settled_by_review, got.queued_for_review, got.problems) == (1, 0, [])
    assert _message_findings(db_url, "c2") == [("PERSON", start, start + len(NAME), 1.0, "review")]
    # and a finding of that value elsewhere is confirmed by the span's own entry
    rules = ReviewedRules.load(reviewed)
    assert rules.entries[rules.digest(NAME, "PERSON")]["decision"] == "allow"


def test_interactive_nothing_personal_and_whole_message(db_url, tmp_path):
    reviewed = tmp_path / "reviewed.yaml"
    _import(db_url, _jsonl(tmp_path / "a.jsonl", CHAT), reviewed)
    # the finding was queued first (both at the same time, by id): skip it, then answer the
    # message "nothing personal"
    assert [i["kind"] for i in _items(db_url)] == ["finding", "message"]
    r = _invoke("review", "next", "--db", db_url, "--reviewed", str(reviewed),
                "--reviewer", "x", input="s\nn\n")  # fmt: skip
    assert r.exit_code == 0, r.output
    assert "a message not scanned" in r.stdout and f"»{BROKEN}«" in r.stdout
    assert "detection failed (RuntimeError); does the marked message hold" in r.stdout
    assert "nothing_personal" in r.stdout and "1 decided" in r.stdout
    assert _message_findings(db_url, "c1") == []
    got = _import(db_url, _jsonl(tmp_path / "b.jsonl", AGAIN), reviewed)
    assert (got.settled_by_review, got.queued_for_review) == (1, 0)
    assert _message_findings(db_url, "c2") == []


def test_export_import_redact_message_and_validation(db_url, tmp_path):
    reviewed = tmp_path / "reviewed.yaml"
    _import(db_url, _jsonl(tmp_path / "a.jsonl", CHAT), reviewed)
    out = tmp_path / "queue.json"
    assert _invoke("review", "export", "--db", db_url, "-o", str(out)).exit_code == 0
    doc = json.loads(out.read_text())
    assert doc["message_decisions"] == ["redact_message", "redact_spans", "nothing_personal"]
    (message,) = [i for i in doc["items"] if i["kind"] == "message"]
    (finding,) = [i for i in doc["items"] if i["kind"] == "finding"]
    assert message["candidate"] == BROKEN and message["detail"].startswith("detection failed")
    assert (message["start"], message["end"]) == (0, len(BROKEN))
    # a finding's decision on a message, and the other way round, are refused, nothing kept
    for wrong in ({"item": message["item"], "decision": "confirm"},
                  {"item": finding["item"], "decision": "nothing_personal"}):  # fmt: skip
        out.write_text(json.dumps({**doc, "items": [wrong]}))
        r = CliRunner().invoke(cli, ["review", "import", str(out), "--db", db_url,
                                     "--reviewed", str(reviewed)])  # fmt: skip
        assert r.exit_code != 0 and "decision must be one of" in r.output
    bad_span = {"item": message["item"], "decision": "redact_spans",
                "spans": [{"start": 0, "end": len(BROKEN) + 5, "type": "PERSON"}]}  # fmt: skip
    out.write_text(json.dumps({**doc, "items": [bad_span]}))
    r = CliRunner().invoke(cli, ["review", "import", str(out), "--db", db_url,
                                 "--reviewed", str(reviewed)])  # fmt: skip
    assert r.exit_code != 0 and "span 1: needs start < end inside" in r.output
    assert _events(db_url) == [] and not reviewed.exists()
    message |= {"decision": "redact_message", "new_type": "PERSON", "reviewer": "remote"}
    out.write_text(json.dumps(doc))
    r = _invoke("review", "import", str(out), "--db", db_url, "--reviewed", str(reviewed),
                "--reviewer", "dpo-test")  # fmt: skip
    assert r.exit_code == 0 and "1 decisions recorded, 1 items left" in r.stdout
    assert _message_findings(db_url, "c1") == [("PERSON", 0, len(BROKEN), 1.0, "review")]
    assert [(e["decision"], e["new_type"], e["operator"], e["spans"]) for e in _events(db_url)] == [
        ("redact_message", "PERSON", "remote", [[0, len(BROKEN), "PERSON"]])
    ]


def test_decisions_that_do_not_fit_the_item_are_refused(db_url, tmp_path):
    from privacyguard.act.review import record_decision

    reviewed = tmp_path / "reviewed.yaml"
    _import(db_url, _jsonl(tmp_path / "a.jsonl", CHAT), reviewed)
    items = {i["kind"]: i["item"] for i in _items(db_url)}
    with open_store(db_url) as s:
        rules = ReviewedRules.load(reviewed)
        with pytest.raises(PrivacyGuardError, match="not one of redact_message"):
            record_decision(s, rules, items["message"], "reject", "x")
        with pytest.raises(PrivacyGuardError, match="a redact_message needs the new type"):
            record_decision(s, rules, items["message"], "redact_message", "x")
        with pytest.raises(PrivacyGuardError, match="redact_spans needs the spans"):
            record_decision(s, rules, items["message"], "redact_spans", "x")
        with pytest.raises(PrivacyGuardError, match="not in the message"):
            record_decision(s, rules, items["message"], "redact_spans", "x",
                            spans=[{"text": "Nobody Here", "type": "PERSON"}])  # fmt: skip
        with pytest.raises(PrivacyGuardError, match="not one of confirm"):
            record_decision(s, rules, items["finding"], "redact_message", "x", "PERSON")
    assert _events(db_url) == []


def test_audit_report_counts_message_items(db_url, tmp_path):
    from datetime import datetime, timezone

    from privacyguard.config.policy import load_policy
    from privacyguard.record.report import build_report

    reviewed = tmp_path / "reviewed.yaml"
    _import(db_url, _jsonl(tmp_path / "a.jsonl", CHAT), reviewed)
    with open_store(db_url) as s, s.engine.connect() as conn:
        findings = len(conn.execute(select(t.findings.c.id)).all())

    def queue() -> dict:
        with open_store(db_url) as s:
            return build_report(s, load_policy(), datetime.now(timezone.utc)).review_queue

    rq = queue()
    assert (rq["queued"], rq["undecided"], rq["undecided_messages"], rq["reviewed"]) == (2, 2, 1, 0)
    assert rq["oldest_undecided"] is not None
    item = next(i["item"] for i in _items(db_url) if i["kind"] == "message")
    _invoke("review", "decide", str(item), "redact_message", "--type", "PERSON", "--db", db_url,
            "--reviewed", str(reviewed), "--reviewer", "x")  # fmt: skip
    rq = queue()
    assert (rq["undecided"], rq["undecided_messages"], rq["reviewed"]) == (1, 0, 1)
    # reviewable: the findings the detector stored and the message item (the finding the
    # decision added is not counted as a second thing to review)
    assert rq["findings"] == findings
    assert rq["reviewed_share"] == round(1 / (findings + 1), 4)


def test_migration_0006_keeps_the_finding_items_of_a_0005_store(db_url):
    from datetime import datetime, timezone

    s = open_store(db_url, check=False)
    s.upgrade("0005")
    now = datetime(2026, 4, 1, tzinfo=timezone.utc)
    with s.engine.begin() as conn:
        cid = conn.execute(insert(t.conversations).values(
            source="s", external_id="c", channel="jsonl")).inserted_primary_key[0]  # fmt: skip
        mid = conn.execute(insert(t.messages).values(
            conversation_id=cid, external_id="m", text="Parcel for Sofie arrived")
        ).inserted_primary_key[0]  # fmt: skip
        fid = conn.execute(insert(t.findings).values(
            message_id=mid, entity_type="PERSON", field="text", start=11, end=16, score=0.6,
            expired=False)).inserted_primary_key[0]  # fmt: skip
        q = t.review_queue.c
        conn.execute(insert(t.review_queue).values({
            q.finding_id: fid, q.message_id: mid, q.entity_type: "PERSON", q.field: "text",
            q.start: 11, q.end: 16, q.score: 0.6, q.queued_at: now}))  # fmt: skip
    assert s.upgrade() == ("0005", "0006")
    s.check_schema()
    from privacyguard.store import review_queue

    with s.engine.begin() as conn:
        (item,) = review_queue.pending(conn)
        assert (item.finding_id, item.reason, item.is_message) == (fid, None, False)
        n = review_queue.enqueue_messages(conn, "s", [("c", "m", "detection failed (X)")], now)
        assert n == 1
        kinds = sorted(i.is_message for i in review_queue.pending(conn))
    assert kinds == [False, True]
    s.engine.dispose()


def test_review_decide_takes_finding_items_too(db_url, tmp_path):
    reviewed = tmp_path / "reviewed.yaml"
    _import(db_url, _jsonl(tmp_path / "a.jsonl", CHAT), reviewed)
    item = next(i["item"] for i in _items(db_url) if i["kind"] == "finding")
    base = ["--db", db_url, "--reviewed", str(reviewed), "--reviewer", "dpo-test"]
    r = CliRunner().invoke(cli, ["review", "decide", str(item), "retype", *base])
    assert r.exit_code != 0 and "a retype needs the new type" in r.output
    r = CliRunner().invoke(cli, ["review", "decide", str(item), "retype", "--type", "NOPE",
                                 *base])  # fmt: skip
    assert r.exit_code != 0 and "'NOPE' is not an entity type" in r.output
    r = _invoke("review", "decide", str(item), "retype", "--type", "LOCATION", *base)
    assert r.exit_code == 0 and f"item {item}: retype as LOCATION" in r.stdout
    assert [(e["decision"], e["new_type"], e["finding_id"] is not None)
            for e in _events(db_url)] == [("retype", "LOCATION", True)]  # fmt: skip


def test_interactive_parts_and_whole_message(tmp_path):
    db = f"sqlite:///{tmp_path / 'store.db'}"
    reviewed = tmp_path / "reviewed.yaml"
    _import(db, _jsonl(tmp_path / "a.jsonl", CHAT), reviewed)
    start = BROKEN.index(NAME)
    # skip the finding; mark a part that is not there (refused, nothing recorded), then again
    r = _invoke("review", "next", "--db", db, "--reviewer", "x",
                input="s\np\nNobody Here\nPERSON\n\n")  # fmt: skip
    assert r.exit_code == 0, r.output
    assert "span 1: that text is not in the message; skipped" in r.stdout
    assert "0 decided" in r.stdout and _events(db) == []
    r = _invoke("review", "next", "--db", db, "--reviewer", "x",
                input=f"s\np\n{NAME}\nPERSON\n\n")  # fmt: skip
    assert r.exit_code == 0 and "redact_spans" in r.stdout and "1 decided" in r.stdout
    assert _message_findings(db, "c1") == [("PERSON", start, start + len(NAME), 1.0, "review")]
    # a new undecided message, decided as a whole
    _import(db, _jsonl(tmp_path / "b.jsonl", [{**AGAIN[0], "text": BROKEN + "!"}]), reviewed)
    r = _invoke("review", "next", "--db", db, "--reviewer", "x", input="s\nw\nPERSON\n")
    assert r.exit_code == 0 and "redact_message as PERSON" in r.stdout


def test_redaction_uses_a_decision_on_a_message_it_cannot_scan(db_url, tmp_path, monkeypatch):
    """Redaction withholds a message it cannot scan, unless a reviewer decided that exact
    text: then the decided spans are redacted and the rest passes."""
    from privacyguard import redact

    reviewed = tmp_path / "reviewed.yaml"
    monkeypatch.setenv("PRIVACYGUARD_REVIEWED", str(reviewed))
    other = {"id": "x1", "text": BROKEN + " today"}  # not decided: withheld
    before = redact([{"id": "n1", "text": BROKEN}, other])
    assert before.messages == []
    assert {w.message_id for w in before.report.withheld} == {"n1", "x1"}

    _import(db_url, _jsonl(tmp_path / "a.jsonl", CHAT), reviewed)
    item = next(i["item"] for i in _items(db_url) if i["kind"] == "message")
    start = BROKEN.index(NAME)
    span = f"{start}:{start + len(NAME)}:PERSON"
    r = _invoke("review", "decide", str(item), "redact_spans", "--db", db_url,
                "--reviewed", str(reviewed), "--span", span)  # fmt: skip
    assert r.exit_code == 0, r.output
    after = redact([{"id": "n1", "text": BROKEN}, other])
    texts = {m["id"]: m["text"] for m in after.messages}
    assert NAME not in texts["n1"] and texts["n1"].startswith("Tell ")
    assert texts["n1"].endswith(" the parcel is here")
    assert {w.message_id for w in after.report.withheld} == {"x1"} and "x1" not in texts
