"""bench/throughput.py's privacyguard children (what `make bench` times) run, and 1 worker
and a pool of 2 started ahead find the same spans: a check of the harness, not a timing.

The corpus is bench/accuracy/make_holdout.py's generator (synthetic people)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .conftest import REPO

BENCH = REPO / "bench" / "throughput.py"


def _child(system: str, corpus: Path, out: Path) -> dict:
    subprocess.run(
        [sys.executable, str(BENCH), "--child", system, str(corpus), str(out)],
        check=True,
        cwd=REPO,
        timeout=300,
    )
    return json.loads(out.read_text(encoding="utf-8"))


def test_one_worker_and_a_pool_started_ahead_find_the_same(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    subprocess.run(
        [sys.executable, "-c",
         "import json, sys; sys.path.insert(0, 'bench/accuracy'); import make_holdout; "
         f"rows = make_holdout.build_corpus(11, 400); open({str(corpus)!r}, 'w', "
         "encoding='utf-8').writelines(json.dumps(r, ensure_ascii=False) + '\\n' for r in rows)"],
        check=True, cwd=REPO, timeout=300,
    )  # fmt: skip
    one = _child("privacyguard:1", corpus, tmp_path / "one.json")
    two = _child("privacyguard:2", corpus, tmp_path / "two.json")
    assert len(one["preds"]) > 100
    assert two["preds"] == one["preds"]  # the same findings, in the same order
    assert one["problems"] == two["problems"] == 0
    for r in (one, two):
        assert 0 < r["startup"] and 0 < r["seconds"]
    assert len(two["worker_cpu"]) == 2  # both workers of the pool were measured
    if sys.platform == "linux":  # the workers' CPU time and memory come from /proc
        assert two["cpu"] and two["cpu"] >= sum(two["worker_cpu"]) > 0
        assert two["peak_worker_mb"] > 50
