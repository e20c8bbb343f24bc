"""The Spark session the Spark tests share (local mode, two cores, few shuffle partitions).

Skipped with the reason when PySpark is not installed (``pip install -e '.[spark]'``;
``make install`` installs it, so CI runs these tests).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .conftest import REPO

EVAL_CORPUS = REPO / "bench" / "accuracy" / "corpus" / "chats.jsonl"
CONVERSATIONS = REPO / "bench" / "accuracy" / "conversations" / "dev.jsonl"
EXAMPLE = REPO / "examples" / "chats.jsonl"


def pyspark_or_skip() -> None:
    pytest.importorskip(
        "pyspark", reason="PySpark is not installed (the spark extra: pip install -e '.[spark]')"
    )


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    pyspark_or_skip()
    from privacyguard.spark.session import get_session

    session = get_session("local[2]", "privacyguard-tests")
    session.conf.set("spark.sql.shuffle.partitions", "4")
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def eval_corpus() -> Path:
    """`make eval` writes the corpus; a fresh clone (CI) has not run it yet: generate it."""
    if not EVAL_CORPUS.exists():
        import subprocess
        import sys

        subprocess.run(
            [sys.executable, str(REPO / "bench" / "accuracy" / "make_corpus.py")], check=True
        )
    return EVAL_CORPUS


def read_rows(path: Path) -> list[dict[str, Any]]:
    """id, conversation_id, text, lang and role of each JSONL record (None where absent)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            rows.append({
                "id": str(r.get("id", r.get("message_id"))),
                "conversation_id": r.get("conversation_id"),
                "text": r["text"],
                "lang": r.get("lang"),
                "role": r.get("role"),
            })  # fmt: skip
    return rows
