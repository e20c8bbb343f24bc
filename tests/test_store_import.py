"""`privacyguard import`: any readable source into the store, scanned, without duplicates."""

from __future__ import annotations

import json

from click.testing import CliRunner
from sqlalchemy import func, select

from privacyguard.cli import cli
from privacyguard.store import open_store
from privacyguard.store import tables as t

LINES = [
    {"id": "a1", "conversation_id": "c1", "text": "My IBAN is NL91 ABNA 0417 1643 00"},
    {"id": "a2", "conversation_id": "c1", "text": "Thanks, noted."},
    {"id": "b1", "conversation_id": "c2", "text": "Write to kari.nordmann@example.com"},
]


def test_import_scans_and_reimport_does_not_duplicate(db_url, tmp_path):
    src = tmp_path / "chats.jsonl"
    src.write_text("".join(json.dumps(x) + "\n" for x in LINES), encoding="utf-8")
    run = CliRunner().invoke
    r = run(cli, ["import", str(src), "--db", db_url, "--json"])
    assert r.exit_code == 0, r.output
    first = json.loads(r.output)
    assert first["messages"] == 3 and first["conversations"] == 2 and first["findings"] >= 2
    r = run(cli, ["import", str(src), "--db", db_url, "--json"])
    again = json.loads(r.output)
    assert again["messages"] == 0 and again["skipped"] == 3 and again["findings"] == 0
    # one more line in the same export: only that one is added
    src.write_text(src.read_text() + json.dumps({"id": "a3", "conversation_id": "c1",
                                                 "text": "ok"}) + "\n")  # fmt: skip
    r = run(cli, ["import", str(src), "--db", db_url, "--json"])
    assert json.loads(r.output)["messages"] == 1
    with open_store(db_url) as s, s.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(t.messages)).scalar() == 4
        types = set(conn.execute(select(t.findings.c.entity_type)).scalars())
        chans = set(conn.execute(select(t.conversations.c.channel)).scalars())
        iban = conn.execute(
            select(t.messages.c.text, t.findings.c.start, t.findings.c.end)
            .join(t.findings, t.findings.c.message_id == t.messages.c.id)
            .where(t.findings.c.entity_type == "IBAN_CODE")
        ).one()
    assert {"IBAN_CODE", "EMAIL_ADDRESS"} <= types
    assert chans == {"jsonl"}
    assert iban.text[iban.start : iban.end] == "NL91 ABNA 0417 1643 00"
