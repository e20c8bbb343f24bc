"""--workers: N detection processes give byte for byte what one gives; batches keep
conversations whole; a worker that dies fails its messages closed.

Every person and number here is synthetic (the corpora's generators, tests/conftest.py).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
from collections.abc import Iterator
from multiprocessing import active_children
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from privacyguard import parallel
from privacyguard.cli import cli
from privacyguard.models import InputProblem, Message, SourceLocation
from privacyguard.parallel import WORKER_DIED, DetectorPool, conversation_batches
from privacyguard.pipeline import scan_stream

from .conftest import REPO

EVAL_CORPUS = REPO / "bench" / "accuracy" / "corpus" / "chats.jsonl"  # 4,007 messages


@pytest.fixture(scope="module", autouse=True)
def _eval_corpus() -> None:
    """`make eval` writes the corpus; a fresh clone (CI) has not run it yet, so generate it."""
    if not EVAL_CORPUS.exists():
        import subprocess
        import sys

        subprocess.run(
            [sys.executable, str(REPO / "bench" / "accuracy" / "make_corpus.py")], check=True
        )


EXPORTS = REPO / "examples" / "exports"


@pytest.fixture(scope="module")
def small_batches(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled rules with batches of 16 messages, so that small inputs make many."""
    rules = tmp_path_factory.mktemp("rules") / "rules"
    shutil.copytree(REPO / "rules", rules)
    settings = rules / "settings.yaml"
    text = settings.read_text(encoding="utf-8")
    assert "  batch_size: 256\n" in text
    settings.write_text(text.replace("  batch_size: 256\n", "  batch_size: 16\n"), "utf-8")
    return rules


@pytest.fixture
def pools(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many batches went through a worker pool (so a test knows one was used)."""
    seen: list[int] = []
    run = DetectorPool.run

    def counting(self: DetectorPool, batches: Any) -> Iterator[Any]:
        for item in run(self, batches):
            seen.append(1)
            yield item

    monkeypatch.setattr(DetectorPool, "run", counting)
    return seen


def _cli(*args: str) -> Any:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code in (0, 2), result.output  # 2: records that could not be read
    return result


# --- 1 worker and 2 workers: the same bytes ---------------------------------------------


def test_scan_jsonl_is_identical_with_two_workers_on_the_eval_corpus(pools: list[int]) -> None:
    one = _cli("scan", str(EVAL_CORPUS), "--jsonl", "--workers", "1")
    assert pools == []  # one worker starts no pool
    two = _cli("scan", str(EVAL_CORPUS), "--jsonl", "--workers", "2")
    assert len(pools) >= 16  # 4,007 messages in batches of 256 went through the pool
    assert one.stdout.count("\n") > 1000
    assert two.stdout == one.stdout
    assert two.exit_code == one.exit_code


def test_scan_jsonl_is_identical_with_two_workers_on_the_exports(
    small_batches: Path, pools: list[int]
) -> None:
    args = ["scan", str(EXPORTS), "--jsonl", "--rules", str(small_batches)]
    one = _cli(*args, "--workers", "1")
    two = _cli(*args, "--workers", "2")
    assert len(pools) >= 3  # a batch per conversation: they are not cut
    assert one.stdout.count("\n") > 50
    assert (two.stdout, two.stderr, two.exit_code) == (one.stdout, one.stderr, one.exit_code)


def test_redact_is_identical_with_two_workers(
    tmp_path: Path, small_batches: Path, pools: list[int]
) -> None:
    outputs = {}
    for workers in ("1", "2"):
        out = tmp_path / f"eval-{workers}.jsonl"
        _cli("redact", str(EVAL_CORPUS), "-o", str(out), "-q", "--workers", workers)
        folder = tmp_path / f"exports-{workers}"
        _cli("redact", str(EXPORTS), "-o", str(folder), "-q", "--rules", str(small_batches),
             "--workers", workers)  # fmt: skip
        files = sorted(p for p in folder.rglob("*") if p.is_file())
        assert len(files) >= 5
        outputs[workers] = [out.read_bytes()] + [
            (p.relative_to(folder).as_posix(), p.read_bytes()) for p in files
        ]
    assert len(pools) > 16
    assert b"<IBAN_CODE>" in outputs["1"][0]
    assert outputs["2"] == outputs["1"]


def _stored(db: str, prefix: str) -> list[tuple[Any, ...]]:
    """Every stored conversation, message and finding of the sources named prefix*, by
    external ids (the row ids differ between imports into one database)."""
    from sqlalchemy import select

    from privacyguard.store import open_store
    from privacyguard.store import tables as t

    c, m, f = t.conversations.c, t.messages.c, t.findings.c
    with open_store(db) as store, store.engine.connect() as conn:
        convs = conn.execute(
            select(c.source, c.external_id, c.channel, c.customer, c.last_activity)
            .where(c.source.startswith(prefix)).order_by(c.id)
        ).all()  # fmt: skip
        msgs = conn.execute(
            select(c.source, c.external_id, m.external_id, m.sender, m.sender_role, m.sent_at,
                   m.lang, m.kind, m.text)
            .join(t.messages, m.conversation_id == c.id)
            .where(c.source.startswith(prefix)).order_by(m.id)
        ).all()  # fmt: skip
        finds = conn.execute(
            select(c.source, m.external_id, f.entity_type, f.field, f.start, f.end, f.score,
                   f.recognizer)
            .join(t.messages, m.id == f.message_id).join(t.conversations, c.id == m.conversation_id)
            .where(c.source.startswith(prefix)).order_by(f.id)
        ).all()  # fmt: skip
    return [tuple(row[1:]) + (row[0].removeprefix(prefix),) for row in (*convs, *msgs, *finds)]


def test_import_stores_the_same_rows_with_two_workers(
    db_url: str, small_batches: Path, pools: list[int]
) -> None:
    """With inserts of many rows per statement too: the second import of the exports looks
    up stored conversations and skips every stored message, batch by batch."""
    for workers in ("1", "2"):
        for source in (EXPORTS, EVAL_CORPUS, EXPORTS):
            _cli("import", str(source), "--db", db_url, "--rules", str(small_batches),
                 "--source-name", f"w{workers}-{source.name}", "--workers", workers)  # fmt: skip
    assert len(pools) > 16
    one, two = _stored(db_url, "w1-"), _stored(db_url, "w2-")
    assert len(one) > 4000 + 500 + 3000  # messages, conversations, findings
    assert two == one


def test_the_library_functions_take_workers(pools: list[int]) -> None:
    import privacyguard

    rows = [json.loads(line) for line in EVAL_CORPUS.read_text("utf-8").splitlines()[:600]]
    items = [{"id": r["id"], "text": r["text"], "conversation_id": r["conversation_id"]}
             for r in rows]  # fmt: skip
    one, two = privacyguard.scan(items), privacyguard.scan(items, workers=2)
    assert (two.findings, two.languages, two.problems) == (one.findings, one.languages, [])
    assert len(one.findings) > 300
    redacted = privacyguard.redact(items, workers=2).messages
    assert redacted == privacyguard.redact(items, workers=1).messages
    assert len(pools) >= 4  # 600 messages in three batches, twice through a pool


def test_a_pool_started_ahead_serves_runs_with_what_one_worker_gives(small_batches: Path) -> None:
    """DetectorPool.start: every worker ready before the first batch (the benchmark times a
    warm pool), the same workers for each run, the same findings and order as one worker."""
    messages = _eval_messages(300)
    one = [(d.message.id, d.lang, d.findings) for d in scan_stream(messages, rules=small_batches)]
    spec = parallel.DetectorSpec(rules_path=str(small_batches))
    with DetectorPool(spec, 2) as pool:
        started = pool.pids()
        assert len(started) == 2  # both workers built their detector in start()
        for _ in range(2):
            two = [(d.message.id, d.lang, d.findings) for d in scan_stream(messages, pool=pool)]
            assert two == one
            assert pool.pids() == started  # no new processes: the warm ones did the work
        abandoned = scan_stream(messages, pool=pool)
        next(abandoned)
        abandoned.close()  # a run given up early leaves the pool usable
        assert [d.message.id for d in scan_stream(messages[:40], pool=pool)] == [
            m.id for m in messages[:40]
        ]
    assert pool.pids() == []
    assert len(one) == 300 and sum(len(f) for _, _, f in one) > 100


def test_a_pool_is_given_instead_of_a_detector_rules_or_workers(small_batches: Path) -> None:
    pool = DetectorPool(parallel.DetectorSpec(rules_path=str(small_batches)), 2)
    with pytest.raises(ValueError, match="give a pool"):
        next(scan_stream([_msg("1", None)], pool=pool, workers=2))
    with pytest.raises(ValueError, match="give a pool"):
        next(scan_stream([_msg("1", None)], pool=pool, rules=small_batches))
    assert pool.pids() == []  # nothing was started


# --- conversations stay whole -------------------------------------------------------------


def _msg(mid: str, conv: str | None, text: str = "hallo") -> Message:
    return Message(id=mid, conversation_id=conv, text=text)


def test_batches_are_cut_between_conversations_only() -> None:
    records = [_msg(f"a{i}", "a") for i in range(3)] + [_msg(f"b{i}", "b") for i in range(3)]
    batches = list(conversation_batches(records, size=2))
    assert [[m.id for m in b] for b in batches] == [["a0", "a1", "a2"], ["b0", "b1", "b2"]]
    loose = list(conversation_batches([_msg(str(i), None) for i in range(5)], size=2))
    assert [len(b) for b in loose] == [2, 2, 1]
    problem = InputProblem(SourceLocation("in.jsonl", 3), "not JSON")
    mixed = [_msg("a0", "a"), _msg("a1", "a"), problem, _msg("a2", "a"), _msg("b0", "b")]
    assert [len(b) for b in conversation_batches(mixed, size=2)] == [4, 1]


def test_a_conversation_longer_than_the_limit_is_cut_at_the_limit() -> None:
    records = [_msg(str(i), "long") for i in range(25)]
    assert [len(b) for b in conversation_batches(records, size=2, slack=5)] == [10, 10, 5]


class _Batches:
    """The session's detector, with another batch size."""

    def __init__(self, detector: Any, batch_size: int) -> None:
        self._detector = detector
        self.settings = detector.settings.model_copy(update={"batch_size": batch_size})

    def __getattr__(self, name: str) -> Any:
        return getattr(self._detector, name)


def test_a_conversation_across_a_batch_boundary_keeps_its_context(detector: Any) -> None:
    conv = [
        _msg("0", "other", "Goedemiddag, waarmee kan ik helpen?"),
        _msg("1", "c", "Kunt u uw geboortedatum doorgeven?"),
        _msg("2", "c", "12-03-1985"),  # the third message: past a batch of two
    ]
    [*_, answer] = scan_stream(conv, _Batches(detector, 2))
    assert [(f.entity_type, f.start, f.end) for f in answer.findings] == [("DATE_OF_BIRTH", 0, 10)]
    [alone] = scan_stream([_msg("2", None, "12-03-1985")], _Batches(detector, 2))
    assert alone.findings == []  # the date is a birth date only because of the question


# --- a worker that dies -------------------------------------------------------------------


def _eval_messages(n: int) -> list[Message]:
    out = []
    with EVAL_CORPUS.open(encoding="utf-8") as f:
        for line, _ in zip(f, range(n), strict=False):
            r = json.loads(line)
            out.append(Message(id=r["id"], text=r["text"], conversation_id=r["conversation_id"]))
    return out


def _kill_workers_at(messages: list[Message], at: set[int]) -> Iterator[Message]:
    for i, m in enumerate(messages):
        if i in at:
            for child in active_children():
                os.kill(child.pid, signal.SIGKILL)  # type: ignore[arg-type]
        yield m


def test_a_killed_worker_fails_its_messages_closed(small_batches: Path, pools: list[int]) -> None:
    messages = _eval_messages(400)
    expected = {d.message.id: d.findings for d in scan_stream(messages, rules=small_batches)}
    out = list(scan_stream(_kill_workers_at(messages, {40}), rules=small_batches, workers=2))
    ids = [str(o.location) if isinstance(o, InputProblem) else o.message.id for o in out]
    assert [i.removeprefix("message ") for i in ids] == [m.id for m in messages]  # in order
    died = [o for o in out if isinstance(o, InputProblem)]
    assert died and all(o.reason == WORKER_DIED for o in died)
    scanned = [o for o in out if not isinstance(o, InputProblem)]
    assert len(scanned) > 200  # a new pool took the rest
    assert all(d.findings == expected[d.message.id] for d in scanned)


def test_workers_that_keep_dying_stop_the_run(
    small_batches: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "MAX_BROKEN_POOLS", 2)
    messages = _eval_messages(400)
    with pytest.raises(parallel.WorkerError, match="died 2 times"):
        for _ in scan_stream(_kill_workers_at(messages, {40, 200}), rules=small_batches,
                             workers=2):  # fmt: skip
            pass
