"""privacyguard spark scan | redact | import | retention, in the tests' local Spark session;
and the core package without PySpark.

Every person and number here is synthetic (examples/chats.jsonl).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from privacyguard.cli import cli
from privacyguard.pipeline import scan

from . import test_spark_support as _support
from .conftest import REPO

spark = _support.spark  # fixture: the shared local-mode session
EXAMPLE = REPO / "examples" / "chats.jsonl"


def _run(*args: str) -> Any:
    return CliRunner().invoke(cli, ["spark", *args])


def test_the_core_package_does_not_import_pyspark() -> None:
    code = ("import sys, privacyguard, privacyguard.cli.spark, privacyguard.pipeline; "
            "assert 'pyspark' not in sys.modules, 'pyspark imported'")  # fmt: skip
    subprocess.run([sys.executable, "-c", code], check=True)


def test_scan_redact_and_import(spark: Any, tmp_path: Path) -> None:
    _support.pyspark_or_skip()
    records = [json.loads(line) for line in EXAMPLE.read_text(encoding="utf-8").splitlines()]
    expected = scan(records)
    out = tmp_path / "findings.parquet"
    r = _run("scan", str(EXAMPLE), str(out))
    assert r.exit_code == 0, r.output
    rows = spark.read.parquet(str(out)).collect()
    assert sorted((x.message_id, x.entity_type, x.start, x.end) for x in rows) == sorted(
        (f.message_id, f.entity_type, f.start, f.end) for f in expected.findings
    )
    assert f"{len(expected.findings)} findings" in r.output
    assert not list(tmp_path.glob(".*staging*"))  # staged, then moved into place

    again = _run("scan", str(EXAMPLE), str(out))
    assert again.exit_code == 2 and "exists" in again.output

    red = tmp_path / "redacted.jsonl"
    r = _run("redact", str(EXAMPLE), str(red))
    assert r.exit_code == 0, r.output
    lines = [json.loads(x) for p in sorted(red.glob("*.json")) for x in p.read_text().splitlines()]
    assert len(lines) == len(records)
    texts = {x["id"]: x["text"] for x in lines}
    assert texts["kl-1"].startswith("Goedemiddag, mijn naam is <PERSON_1>.")
    assert all("privacyguard_action" in x for x in lines)

    imp = tmp_path / "warehouse"
    r = _run("import", str(EXAMPLE), str(imp))
    assert r.exit_code == 0, r.output
    assert spark.read.parquet(str(imp / "findings")).count() == len(expected.findings)
    stored = {x.id: x.text for x in spark.read.parquet(str(imp / "messages")).collect()}
    assert stored == texts


def test_retention_command_records_in_the_store(spark: Any, tmp_path: Path) -> None:
    from privacyguard.record import audit
    from privacyguard.store.sql import open_store

    _support.pyspark_or_skip()
    table = tmp_path / "in.jsonl"
    table.write_text("\n".join(json.dumps(r) for r in [
        {"id": "a1", "conversation_id": "a", "sent_at": "2023-01-02T10:00:00",
         "text": "Hello, my name is Jan Jansen"},
        {"id": "b1", "conversation_id": "b", "sent_at": "2026-11-20T10:00:00",
         "text": "Hello, my name is Jan Jansen"},
    ]) + "\n", encoding="utf-8")  # fmt: skip
    db = tmp_path / "audit.sqlite"
    open_store(str(db)).close()
    out = tmp_path / "expired"
    r = _run("retention", str(table), str(out), "--db", str(db), "--as-of", "2026-12-01",
             "--operator", "dpo")  # fmt: skip
    assert r.exit_code == 0, r.output
    assert "1 delete_conversation" in r.output
    kept = [x.id for x in spark.read.parquet(str(out / "messages")).collect()]
    assert kept == ["b1"]
    store = open_store(str(db), create=False)
    with store.engine.connect() as conn:
        audit.verify(conn)
        kinds = [e["event"] for _s, e in audit.events(conn)]
    store.close()
    assert kinds[-2:] == ["retention.apply", "retention.run"]
    missing = _run("retention", str(table), str(tmp_path / "x"), "--db", str(tmp_path / "no.db"))
    assert missing.exit_code == 2 and "no database" in missing.output
