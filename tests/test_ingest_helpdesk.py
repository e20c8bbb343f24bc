"""Zendesk ticket comments and Intercom conversations: every copy of the text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from privacyguard.ingest import read, write
from privacyguard.models import InputProblem, Message

EXPORTS = Path(__file__).resolve().parent / "data" / "exports"  # tests/data/README.md
ZD = EXPORTS / "helpdesk" / "zendesk" / "ticket_48213_comments.json"
IC = EXPORTS / "helpdesk" / "intercom" / "conversation_215469920334871.json"
pytestmark = pytest.mark.skipif(
    not EXPORTS.is_dir(), reason=f"sample exports not found at {EXPORTS}"
)


def msgs(path: Path) -> list[Message]:
    out = list(read(path))
    assert not [r for r in out if isinstance(r, InputProblem)]
    return [r for r in out if isinstance(r, Message)]


def test_zendesk_comments_roles_notes_and_all_copies() -> None:
    users, *cs = msgs(ZD)
    assert (
        users.kind == "metadata"
        and dict(users.fields)["users[0].email"] == "emily.hartwell84@example.com"
    )
    assert len(cs) == 5 and cs[0].conversation_id == "zendesk:48213"
    assert [c.sender_role for c in cs] == ["customer", "customer", "agent", "agent", "agent"]
    assert [c.kind for c in cs] == ["text", "text", "note", "text", "note"]
    f = dict(cs[1].fields)
    assert f["body"] == cs[1].text
    assert "You can debit GB29 NWBK 6016 1331 9268 19." in f["html_body"]
    assert f["via.source.from.address"] == "emily.hartwell84@example.com"
    assert f["metadata.system.ip_address"] == "203.0.113.45"
    assert f["metadata.system.latitude"] == "51.4545"
    assert f["attachments[0].file_name"] == "passport_scan.jpg"


def test_zendesk_redaction_reaches_body_html_and_plain(tmp_path: Path) -> None:
    out = tmp_path / "t.json"
    write(ZD, out, lambda m, f, t: t.replace("533380006", "<PASSPORT>"))
    c = json.loads(out.read_text("utf-8"))["comments"][2]
    assert all("533380006" not in c[k] and "<PASSPORT>" in c[k] for k in ("body", "plain_body"))
    assert "&lt;PASSPORT&gt;" in c["html_body"] and "<strong>NOT</strong>" in c["html_body"]


def test_intercom_source_parts_html_and_notes() -> None:
    meta, *ms = msgs(IC)
    assert dict(meta.fields)["contacts[0].external_id"] == "FR-558201"
    assert ms[0].id.endswith("#source-2283470451") and ms[0].sender_role == "customer"
    assert ms[0].text == "Hei! Kan jeg ta med sykkel på DY1302 til Alicante?"
    assert len(ms) == 9
    assert "NO93\u00a08601\u00a01117\u00a0947" in ms[4].text  # &nbsp; decoded
    assert ms[5].text == "Ja takk & send kvittering til orjan.braten@example.com"
    assert dict(ms[5].fields)["body.attributes"] == "mailto:orjan.braten@example.com"
    assert [m.kind for m in ms].count("note") == 1 and [m.kind for m in ms].count("event") == 2
    assert {m.sender_role for m in ms} == {"customer", "agent"}


def test_intercom_writer_keeps_entities_and_patches_attributes(tmp_path: Path) -> None:
    out = tmp_path / "c.json"
    write(IC, out, lambda m, f, t: t.replace("orjan.braten@example.com", "<EMAIL>"))
    parts = json.loads(out.read_text("utf-8"))["conversation_parts"]["conversation_parts"]
    assert parts[4]["body"] == (
        '<p>Ja takk &amp; send kvittering til <a href="mailto:&lt;EMAIL&gt;">&lt;EMAIL&gt;</a></p>'
    )
    assert parts[4]["author"]["email"] == "<EMAIL>"
    assert "NO93&nbsp;8601" in parts[3]["body"]  # untouched parts keep their entities
