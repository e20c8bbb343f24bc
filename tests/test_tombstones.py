"""Tombstones: erased and expired messages do not come back with a re-import, on SQLite and
PostgreSQL; a restore needs a reason and is audited; tombstones hold no text and a wrong
key is refused. Synthetic people and checksum-valid numbers only (IBAN by schwifty)."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from click.testing import CliRunner
from schwifty import IBAN
from sqlalchemy import func, select

from privacyguard.cli import cli
from privacyguard.record import audit
from privacyguard.store import open_store
from privacyguard.store import tables as t

from .store_support import NOW, POLICY
from .subject_data import IVAN_ALL, IVAN_EMAIL, IVAN_IBAN

KEY = "tests-only-store-key-0123456789abcdef"
KARI_IBAN = IBAN.generate("NL", bank_code="RABO", account_code="0300065264").compact


@pytest.fixture(autouse=True)
def _store_key(monkeypatch):
    monkeypatch.setenv("PRIVACYGUARD_AUDIT_KEY", KEY)
    monkeypatch.delenv("PRIVACYGUARD_AUDIT_KEY_FILE", raising=False)


def _invoke(*args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return CliRunner(env=env).invoke(cli, list(args), catch_exceptions=False)


def _import_json(*args: str) -> dict:
    r = _invoke("import", *args, "--json")
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout.splitlines()[0])


def _count(url: str, table) -> int:  # type: ignore[no-untyped-def]
    with open_store(url) as s, s.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def _events(url: str, name: str) -> list[dict]:
    with open_store(url) as s, s.engine.connect() as conn:
        return [e for _, e in audit.events(conn) if e["event"] == name]


# --- erasure ----------------------------------------------------------------------------------


def test_erased_person_stays_erased_after_reimport(store_url, tmp_path):
    r = _invoke("subject", "erase", "--db", store_url, *IVAN_ALL, "--yes", "--request", "DSR-1")
    assert r.exit_code == 0, r.output
    receipt = json.loads(r.stdout[r.stdout.index("{") : r.stdout.rindex("}") + 1])
    erased = receipt["done"]["messages_deleted"] + receipt["done"]["messages_redacted"]
    assert receipt["done"]["tombstones"] == erased > 0
    [event] = _events(store_url, "subject.erase")
    assert event["tombstones"] == erased
    messages_before = _count(store_url, t.messages)
    # the nightly job imports the same exports again
    skipped = redacted = 0
    for src in ("wa", "tg", "chats.jsonl"):
        got = _import_json(str(tmp_path / src), "--db", store_url)
        assert got["messages"] == 0 and got["conversations"] == 0, (src, got)
        skipped += got["skipped_erased_or_expired"]
        redacted += got["skipped_redacted_kept"]
    assert skipped == receipt["done"]["messages_deleted"]
    assert redacted == receipt["done"]["messages_redacted"]
    assert _count(store_url, t.messages) == messages_before
    r = _invoke("subject", "find", "--db", store_url, *IVAN_ALL)
    assert r.exit_code == 1 and "no message matches" in r.output
    # the import says it, and the audit log counts it
    r = _invoke("import", str(tmp_path / "wa"), "--db", store_url)
    assert "messages skipped: erased or expired earlier" in r.stdout
    imports = _events(store_url, "import")
    assert sum(e["skipped_erased_or_expired"] for e in imports) == skipped + 4  # wa: 4 lines
    blob = json.dumps(imports)
    assert "Ivan" not in blob and IVAN_EMAIL not in blob


def test_tombstones_hold_no_text_and_no_identifier(store_url):
    r = _invoke("subject", "erase", "--db", store_url, *IVAN_ALL, "--yes")
    assert r.exit_code == 0, r.output
    with open_store(store_url) as s, s.engine.connect() as conn:
        rows = [tuple(r) for r in conn.execute(select(t.tombstones))]
    assert rows
    blob = " ".join(str(v) for row in rows for v in row).casefold()
    for secret in ("ivan", "иван", IVAN_EMAIL, "612345678", IVAN_IBAN.casefold(), "wa/",
                   "chats.jsonl", "ivan-2"):  # fmt: skip
        assert secret.casefold() not in blob


def test_an_export_under_another_source_name_is_recognised(store_url, tmp_path):
    assert _invoke("subject", "erase", "--db", store_url, *IVAN_ALL, "--yes").exit_code == 0
    got = _import_json(str(tmp_path / "wa"), "--db", store_url, "--source-name", "elsewhere")
    assert got["messages"] == 0 and got["skipped_erased_or_expired"] == 4
    r = _invoke("subject", "find", "--db", store_url, *IVAN_ALL)
    assert r.exit_code == 1


def test_restore_needs_a_reason_and_is_audited(store_url, tmp_path):
    assert _invoke("subject", "erase", "--db", store_url, *IVAN_ALL, "--yes").exit_code == 0
    r = _invoke("import", str(tmp_path / "wa"), "--db", store_url, "--restore-erased")
    assert r.exit_code == 2 and "--reason" in r.output
    got = _import_json(str(tmp_path / "wa"), "--db", store_url, "--restore-erased",
                       "--reason", "court order 2026-44", "--operator", "dpo")  # fmt: skip
    assert got["restored"] == 4 and got["messages"] == 4
    [event] = _events(store_url, "import.restore")
    assert event["restored"] == 4 and event["reason"] == "court order 2026-44"
    assert event["operator"] == "dpo"
    r = _invoke("subject", "find", "--db", store_url, *IVAN_ALL)
    assert r.exit_code == 0  # back, on purpose
    # restored messages are stored again: a plain re-import neither skips nor adds them
    got = _import_json(str(tmp_path / "wa"), "--db", store_url)
    assert (got["messages"], got["skipped"], got["skipped_erased_or_expired"]) == (0, 4, 0)


def test_another_key_is_refused_before_anything_is_imported(store_url, tmp_path):
    assert _invoke("subject", "erase", "--db", store_url, *IVAN_ALL, "--yes").exit_code == 0
    before = _count(store_url, t.messages)
    other = {"PRIVACYGUARD_AUDIT_KEY": "another-key-that-is-long-enough-0123456789"}
    r = _invoke("import", str(tmp_path / "wa"), "--db", store_url, env=other)
    assert r.exit_code == 2 and "tombstones were made with another key" in r.output
    assert _count(store_url, t.messages) == before
    r = _invoke("import", str(tmp_path / "wa"), "--db", store_url,
                env={"PRIVACYGUARD_AUDIT_KEY": ""})  # fmt: skip
    assert r.exit_code == 2 and "no store key" in r.output
    assert _count(store_url, t.messages) == before


# --- retention ----------------------------------------------------------------------------


def _export(tmp_path):  # type: ignore[no-untyped-def]
    """An old conversation (past the 1-year period) and a recent one with an IBAN older
    than its 7 days."""
    old = (NOW - timedelta(days=500)).isoformat()
    recent = (NOW - timedelta(days=30)).isoformat()
    lines = [
        {"id": "o1", "conversation_id": "old", "sender": "Kari Nordmann", "role": "customer",
         "timestamp": old, "text": "Mitt nummer er +47 412 34 567"},
        {"id": "o2", "conversation_id": "old", "sender": "Agent", "role": "agent",
         "timestamp": old, "text": "Takk, notert."},
        {"id": "n1", "conversation_id": "recent", "sender": "Ola Testmann", "role": "customer",
         "timestamp": recent, "text": f"Refund to IBAN {KARI_IBAN} please"},
        {"id": "n2", "conversation_id": "recent", "sender": "Agent", "role": "agent",
         "timestamp": recent, "text": "Done."},
    ]  # fmt: skip
    src = tmp_path / "export.jsonl"
    src.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    policy = tmp_path / "policy.yaml"
    policy.write_text(POLICY, encoding="utf-8")
    return src, policy


def test_expired_data_does_not_come_back_and_redacted_text_stays_redacted(db_url, tmp_path):
    src, policy = _export(tmp_path)
    assert _import_json(str(src), "--db", db_url)["messages"] == 4
    r = _invoke("retention", "apply", "--db", db_url, "--policy", str(policy),
                "--as-of", NOW.isoformat(), "--json")  # fmt: skip
    assert r.exit_code == 0, r.output
    done = json.loads(r.stdout.splitlines()[0])["done"]
    assert done == {"delete_conversation": 1, "redact_spans": 1}
    with open_store(db_url) as s, s.engine.connect() as conn:
        texts = dict(conn.execute(select(t.messages.c.external_id, t.messages.c.text)).all())
        stones = conn.execute(
            select(t.tombstones.c.action, t.tombstones.c.cause, t.tombstones.c.messages)
        ).all()
    assert texts == {"n1": "Refund to IBAN <IBAN_CODE> please", "n2": "Done."}
    # one tombstone for the deleted conversation's two messages, one for the redacted one
    assert sorted(stones) == [("deleted", "retention", 2), ("redacted", "retention", 1)]
    [run] = _events(db_url, "retention.run")
    assert run["tombstones"] == 3
    got = _import_json(str(src), "--db", db_url)
    assert got["messages"] == 0 and got["conversations"] == 0
    assert got["skipped_erased_or_expired"] == 2 and got["skipped_redacted_kept"] == 1
    with open_store(db_url) as s, s.engine.connect() as conn:
        after = dict(conn.execute(select(t.messages.c.external_id, t.messages.c.text)).all())
    assert after == texts  # the original IBAN did not come back
    # under another source name the redacted original is recognised by its content
    got = _import_json(str(src), "--db", db_url, "--source-name", "copy")
    assert got["messages"] == 1 and got["skipped_redacted_kept"] == 1  # only n2 ("Done.")
    assert got["skipped_erased_or_expired"] == 2
    with open_store(db_url) as s, s.engine.connect() as conn:
        every = " ".join(conn.execute(select(t.messages.c.text)).scalars())
    assert KARI_IBAN not in every and "412 34 567" not in every


def test_a_restore_never_overwrites_a_redacted_message(db_url, tmp_path):
    src, policy = _export(tmp_path)
    _import_json(str(src), "--db", db_url)
    r = _invoke("retention", "apply", "--db", db_url, "--policy", str(policy),
                "--as-of", NOW.isoformat())  # fmt: skip
    assert r.exit_code == 0, r.output
    got = _import_json(str(src), "--db", db_url, "--restore-erased", "--reason", "case 5")
    assert got["restored"] == 2 and got["skipped_redacted_kept"] == 1
    with open_store(db_url) as s, s.engine.connect() as conn:
        n1 = conn.execute(
            select(t.messages.c.text).where(t.messages.c.external_id == "n1")
        ).scalar_one()
    assert n1 == "Refund to IBAN <IBAN_CODE> please"


def test_anonymised_conversations_stay_anonymised_after_reimport(store_url, tmp_path):
    from .conftest import REPO

    policy = tmp_path / "anon.yaml"
    base = (REPO / "policies" / "gdpr-default.yaml").read_text(encoding="utf-8")
    policy.write_text(base.replace("own_conversations: delete", "own_conversations: anonymise"))
    r = _invoke("subject", "erase", "--db", store_url, *IVAN_ALL, "--yes",
                "--policy", str(policy))  # fmt: skip
    assert r.exit_code == 0, r.output
    with open_store(store_url) as s, s.engine.connect() as conn:
        before = dict(conn.execute(select(t.messages.c.id, t.messages.c.text)).all())
    for src in ("wa", "tg", "chats.jsonl"):
        got = _import_json(str(tmp_path / src), "--db", store_url)
        assert got["messages"] == 0, (src, got)
    with open_store(store_url) as s, s.engine.connect() as conn:
        after = dict(conn.execute(select(t.messages.c.id, t.messages.c.text)).all())
    assert after == before
    r = _invoke("subject", "find", "--db", store_url, *IVAN_ALL)
    assert r.exit_code == 1


def test_a_partial_restore_leaves_the_other_messages_tombstoned(db_url, tmp_path):
    src, policy = _export(tmp_path)
    _import_json(str(src), "--db", db_url)
    r = _invoke("retention", "apply", "--db", db_url, "--policy", str(policy),
                "--as-of", NOW.isoformat())  # fmt: skip
    assert r.exit_code == 0, r.output
    # an export holding only o1 of the expired conversation ("old": o1, o2)
    part = tmp_path / "part.jsonl"
    part.write_text(src.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    got = _import_json(str(part), "--db", db_url, "--source-name", str(src.resolve()),
                       "--restore-erased", "--reason", "case 6")  # fmt: skip
    assert got["restored"] == 1 and got["messages"] == 1
    got = _import_json(str(src), "--db", db_url)
    assert got["messages"] == 0 and got["skipped"] == 2  # o1 restored, n2 kept
    assert got["skipped_erased_or_expired"] == 1 and got["skipped_redacted_kept"] == 1  # o2, n1
