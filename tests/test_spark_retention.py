"""Retention of a table of messages in Spark (privacyguard.spark.retention): expired
conversations left out, expired spans tagged with the findings moved along, legal holds
respected, the store's audit events recorded in its chain.

Every person and number here is synthetic (the IBAN is the standard documentation one).
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from . import test_spark_support as _support

_support.pyspark_or_skip()

from privacyguard.config.policy import load_policy  # noqa: E402
from privacyguard.spark import Columns  # noqa: E402
from privacyguard.spark.retention import (  # noqa: E402
    HoldsNotApplicable,
    rewrite,
    store_holds,
    write_and_record,
)

spark = _support.spark  # fixture: the shared local-mode session

AS_OF = datetime(2026, 12, 1, tzinfo=timezone.utc)
COLS = Columns(id="id", text="text", conversation="conversation_id", timestamp="sent_at")
IBAN_TEXT = "My IBAN is NL91 ABNA 0417 1643 00 and mail me at jan.jansen@example.org"
ROWS = [
    ("o1", "old", "Hello, I am Jan Jansen.", "2024-06-01 10:00:00"),
    ("o2", "old", "Thanks, bye", "2024-06-01 10:05:00"),
    ("r1", "recent", IBAN_TEXT, "2026-10-01 09:00:00"),
    ("h1", "held", "Call me on +31 6 12345678", "2024-01-01 08:00:00"),
    ("f1", "fresh", "IBAN NL91 ABNA 0417 1643 00", "2026-11-25 12:00:00"),
]


def _table(spark: Any) -> Any:
    from pyspark.sql import functions as F

    df = spark.createDataFrame(ROWS, "id string, conversation_id string, text string, t string")
    return df.withColumn("sent_at", F.to_timestamp("t")).drop("t")


def test_rewrite_applies_the_policy_and_records_it(spark: Any, tmp_path: Path) -> None:
    from privacyguard.act.retention import add_hold
    from privacyguard.record import audit
    from privacyguard.store.sql import open_store

    policy = load_policy("gdpr-default")
    store = open_store(str(tmp_path / "audit.sqlite"))
    add_hold(store, "conversation", "held", reason="complaint C-1", operator="test", now=AS_OF)
    held, channels = store_holds(store)
    assert held == {"held"} and channels == set()
    result = rewrite(_table(spark), policy, AS_OF, columns=COLS, held_conversations=held)
    out = tmp_path / "table"
    applied = write_and_record(result, out, store=store, policy=policy, now=AS_OF,
                               operator="test")  # fmt: skip
    texts = {r.id: r.text for r in spark.read.parquet(str(out / "messages")).collect()}
    assert set(texts) == {"r1", "h1", "f1"}  # the old conversation is gone, the held one kept
    assert texts["r1"] == "My IBAN is <IBAN_CODE> and mail me at jan.jansen@example.org"
    assert texts["h1"] == ROWS[3][2] and texts["f1"] == ROWS[4][2]  # held; not due yet
    found = {(r.message_id, r.entity_type): r for r in
             spark.read.parquet(str(out / "findings")).collect()}  # fmt: skip
    iban, mail = found[("r1", "IBAN_CODE")], found[("r1", "EMAIL_ADDRESS")]
    assert iban.expired and texts["r1"][iban.start : iban.end] == "<IBAN_CODE>"
    assert not mail.expired and texts["r1"][mail.start : mail.end] == "jan.jansen@example.org"
    assert not found[("f1", "IBAN_CODE")].expired
    assert applied.done == {"delete_conversation": 1, "redact_spans": 1}
    assert applied.held_back >= 1
    with store.engine.connect() as conn:
        audit.verify(conn)
        events = [e for _seq, e in audit.events(conn) if e["event"].startswith("retention.")]
    by_action = {e["action"]: e for e in events if e["event"] == "retention.apply"}
    assert by_action["delete_conversation"]["ids"] == ["old"]
    assert by_action["delete_conversation"]["id_kind"] == "conversation"
    assert by_action["redact_spans"]["ids"] == ["r1"]
    assert by_action["redact_spans"]["cite"].startswith("policies/gdpr-default.yaml:")
    [run] = [e for e in events if e["event"] == "retention.run"]
    assert run["done"] == {"delete_conversation": 1, "redact_spans": 1}
    assert run["run"] == applied.run and run["table"] == str(out)
    assert "Jansen" not in str(events) and "NL91" not in str(events)
    with pytest.raises(Exception, match="exists"):
        write_and_record(result, out, store=store, policy=policy, now=AS_OF, operator="test")
    store.close()


def test_customer_holds_stop_a_table_rewrite(tmp_path: Path) -> None:
    from privacyguard.act.retention import add_hold
    from privacyguard.store.sql import open_store

    store = open_store(str(tmp_path / "audit.sqlite"))
    add_hold(store, "customer", "jan.jansen@example.org", reason="claim", operator="t", now=AS_OF)
    with pytest.raises(HoldsNotApplicable, match="1 customer hold"):
        store_holds(store)
    store.close()
