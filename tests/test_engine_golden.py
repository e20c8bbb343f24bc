"""The engine reproduces the stored golden findings exactly (bench/make_golden.py wrote
them before the engine was rebuilt for speed): same spans, types, scores, recognizers and
explanations, message by message, on the evaluation corpora and the example exports."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
GOLDEN = REPO / "tests" / "data" / "golden"
CORPORA = ["in-sample", "holdout", "examples-chats", "examples-exports"]


def _make_golden():  # type: ignore[no-untyped-def]
    if "make_golden" in sys.modules:
        return sys.modules["make_golden"]
    spec = importlib.util.spec_from_file_location("make_golden", REPO / "bench" / "make_golden.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules["make_golden"] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _by_message(rows: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for row in rows:
        out.setdefault(row["message_id"], []).append(row)
    return out


@pytest.mark.parametrize("name", CORPORA)
def test_engine_reproduces_the_golden_findings(name: str, detector) -> None:
    messages = _read(GOLDEN / f"messages-{name}.jsonl")
    expected = _read(GOLDEN / f"findings-{name}.jsonl")
    assert messages and expected
    actual = list(_make_golden().findings(messages, detector))
    want, got = _by_message(expected), _by_message(actual)
    differing = [m["id"] for m in messages if want.get(m["id"]) != got.get(m["id"])]
    assert not differing, (
        f"{len(differing)} of {len(messages)} messages differ from the golden findings, "
        f"first {differing[:5]}: expected {want.get(differing[0])}, got {got.get(differing[0])}"
    )
    assert actual == expected  # and in the same order
