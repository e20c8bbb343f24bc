"""Helpers for the store, retention and audit tests: the PostgreSQL test server, a test
policy, and a store seeded with synthetic conversations. The fixtures that open a store on
SQLite and on PostgreSQL (`db_url`, `store`, `policy_file`) are in conftest.py."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone

from sqlalchemy import create_engine, select, text

from privacyguard.detect.engine import Detected
from privacyguard.models import Finding, Message
from privacyguard.store import tables as t
from privacyguard.store.sql import utc

PG_BASE = os.environ.get(
    "PRIVACYGUARD_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
NOW = datetime(2026, 6, 1, tzinfo=timezone.utc)

POLICY = """\
version: 1
name: store-test
conversations:
  keep_for: 1y
  counted_from: conversation_close
default:
  operator: replace
financial_placeholder: null
categories:
  financial:
    entity_types: [IBAN_CODE]
    operator: redact
    keep_for: 7d
    counted_from: message_time
entities:
  PERSON:
    operator: replace
    keep_for: 60d
    counted_from: conversation_close
"""
POLICY = POLICY.replace("financial_placeholder: null\n", "")

_pg_reason: list[str] = []


def pg_available() -> str | None:
    """None when PostgreSQL answers, else why not (checked once)."""
    if not _pg_reason:
        try:
            eng = create_engine(PG_BASE, connect_args={"connect_timeout": 3})
            with eng.connect() as conn:
                conn.execute(text("SELECT 1"))
            eng.dispose()
            _pg_reason.append("")
        except Exception as e:  # noqa: BLE001 - any failure means "not reachable"
            _pg_reason.append(f"no PostgreSQL at {PG_BASE}: {type(e).__name__}: {e}"[:300])
    return _pg_reason[0] or None


def detected(conv: str, mid: str, when: datetime, text_: str, spans, sender="Kari Nordmann",
             role="customer") -> Detected:  # fmt: skip
    """A scanned message made by hand: spans are (entity_type, start, end[, field])."""
    msg = Message(id=mid, text=text_, conversation_id=conv, sender=sender, sender_role=role,
                  timestamp=when)  # fmt: skip
    findings = [
        Finding(mid, s[0], s[1], s[2], 0.9, "test", "test", field=s[3] if len(s) > 3 else "text")
        for s in spans
    ]
    return Detected(msg, "en", findings)


IBAN_TEXT = "Refund to NL91ABNA0417164300 please, Kari"


def seed(store, n_conversations: int = 6) -> None:
    """Conversations of several ages on two channels; IBANs, names, a sender name finding."""
    items = []
    for i in range(n_conversations):
        age = timedelta(days=[3, 20, 100, 200, 400, 800][i % 6] + i // 6)
        channel = "whatsapp_txt" if i % 2 else "messenger_json"
        for j in range(3):
            when = NOW - age - timedelta(hours=3 - j)
            spans = [("IBAN_CODE", 10, 28), ("PERSON", 37, 41)]
            if j == 0:
                spans.append(("PERSON", 0, 13, "sender"))
            items.append((channel, detected(f"c{i}", f"m{j}", when, IBAN_TEXT, spans)))
    store.add(items, "seed-export")


def dump(store) -> dict[str, list[tuple]]:
    """Everything but the audit log and runs, for comparing end states."""
    out = {}
    with store.engine.connect() as conn:
        for table in (t.conversations, t.messages, t.findings, t.legal_holds):
            cols = [c for c in table.c if c.name not in ("created_at",)]
            rows = conn.execute(select(*cols).order_by(*table.primary_key.columns)).all()
            out[table.name] = [
                tuple(utc(v) if isinstance(v, datetime) else v for v in r) for r in rows
            ]
    return out


def counts(store) -> dict[str, int]:
    return {k: len(v) for k, v in dump(store).items()}
