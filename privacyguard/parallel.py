"""Detection on every core: batches of whole conversations, detected in worker processes
that each build their detector once, the results handed back in input order.

The batches are cut the same way whatever the number of workers, so N workers give exactly
what one gives. Workers start with ``forkserver`` (``spawn`` where there is none): nothing is
inherited from the parent but what is sent, a :class:`DetectorSpec` and the batches.

A pool starts with the first run and stops at its end; a program that scans many times
(or a benchmark that times detection apart from start-up) starts one ahead and passes it::

    with DetectorPool(DetectorSpec(), workers=2) as pool:  # every worker ready here
        for item in scan_stream(messages, pool=pool):
            ...
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, islice
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from privacyguard.config.rules import load_rules, rules_digest
from privacyguard.detect.engine import Detected, Detector
from privacyguard.errors import PrivacyGuardError
from privacyguard.models import InputProblem, Message, SourceLocation

if TYPE_CHECKING:
    from privacyguard.config.rules import Rules
    from privacyguard.models import Finding

log = logging.getLogger(__name__)

#: what detection says of one message: its language, its findings, or why it failed
Outcome = tuple[str, "list[Finding]", "str | None"]
#: a batch may grow past batch_size to keep a conversation whole, up to this many times it
CONVERSATION_SLACK = 20
#: batches in the pool at a time, per worker (bounds the memory of what is read ahead)
IN_FLIGHT_PER_WORKER = 2
#: pools that may break (a worker killed, out of memory) before the run gives up
MAX_BROKEN_POOLS = 3
WORKER_DIED = "not scanned: a detection worker process died (killed or out of memory)"

Key = TypeVar("Key")


class WorkerError(PrivacyGuardError):
    """Detection workers keep dying; the run stops rather than go on without them."""


def default_workers() -> int:
    """The cores this process may use (its CPU affinity where the system tells it)."""
    count = getattr(os, "process_cpu_count", None)  # Python 3.13+
    if count is not None:
        n = count()
    elif hasattr(os, "sched_getaffinity"):
        n = len(os.sched_getaffinity(0))
    else:
        n = os.cpu_count()
    return max(1, n or 1)


def workers_can_start() -> bool:
    """Worker processes import the main script again (spawn, forkserver); a script read from
    standard input (``python -``) has no file to import, so detection stays in-process."""
    main_file = getattr(sys.modules.get("__main__"), "__file__", None)
    return main_file is None or os.path.exists(main_file)


def conversation_batches(
    records: Iterable[Message | InputProblem], size: int, slack: int = CONVERSATION_SLACK
) -> Iterator[list[Message | InputProblem]]:
    """The records in batches of about ``size``, cut only between conversations.

    A batch that is full takes the rest of the conversation its last message belongs to
    (consecutive messages with the same ``conversation_id``), so the detector sees the
    conversation's context whole; only a conversation longer than ``size * slack`` records
    is cut (at that length), and context does not cross that cut.
    """
    limit = size * slack
    batch: list[Message | InputProblem] = []
    last: str | None = None  # conversation of the batch's last message
    for rec in records:
        if batch and (
            len(batch) >= limit
            or (
                len(batch) >= size
                and isinstance(rec, Message)
                and (rec.conversation_id is None or rec.conversation_id != last)
            )
        ):
            yield batch
            batch = []
        batch.append(rec)
        if isinstance(rec, Message):
            last = rec.conversation_id
    if batch:
        yield batch


@dataclass(frozen=True)
class DetectorSpec:
    """How a worker builds its detector: ``cls(rules)`` for given rules, else the default
    detector for the rules directory ``rules_path`` (:func:`detector_for`)."""

    rules_path: str | None = None
    rules: Rules | None = None
    cls: type | None = None

    def build(self) -> Any:
        if self.rules is not None and self.cls is not None:
            return self.cls(self.rules)
        return detector_for(self.rules_path)

    def settings(self) -> Any:
        """The rules' settings (batch size, message limit) without building a detector."""
        if self.rules is not None:
            return self.rules.settings
        return _settings_only(self.rules_path).settings


# --- detection of one batch (in a worker process or in this one) -----------------------------


def detector_for(rules: str | None = None) -> Detector:
    """One detector per rules directory and content: an edited rules/ gives a new detector
    in the same process (building one loads name lists, so an unchanged one is reused)."""
    return _cached_detector(rules, rules_digest(Path(rules) if rules else None))


@lru_cache(maxsize=4)
def _cached_detector(rules: str | None, digest: str) -> Detector:
    return Detector(load_rules(Path(rules) if rules else None))


def detect_batch(det: Detector, messages: Sequence[Message]) -> list[Outcome]:
    """For each message: its language, its findings, or why it could not be scanned (in a
    worker process or in this one)."""
    out: list[Outcome] = []
    for d in det.detect(messages):
        if d.error:
            out.append((d.lang, [], d.error))
            continue
        done = _complete(d, det)
        if isinstance(done, InputProblem):
            out.append((d.lang, [], done.reason))
        else:
            out.append((done.lang, done.findings, None))
    return out


def _complete(d: Detected, det: Detector) -> Detected | InputProblem:
    """The findings the reader's field declarations add (identifiers, file names, copies of
    a found value in the message's other fields); a failure fails the message closed."""
    from privacyguard.ingest.fields import complete

    try:
        return complete(d, det)
    except Exception as e:  # noqa: BLE001 - fail closed, never pass the message as clean
        where = d.message.source or SourceLocation(f"message {d.message.id}")
        return InputProblem(where, f"detection in the declared fields failed ({type(e).__name__})")


# --- in the worker process ----------------------------------------------------------------

_detector: Any = None
_barrier: Any = None  # every worker of the pool meets here once it is ready (DetectorPool.start)
#: how long a started worker waits for the others to be ready (building a detector without
#: its on-disk cache takes seconds; a worker that dies breaks the pool long before this)
READY_TIMEOUT = 600.0


def _start_worker(spec: DetectorSpec, barrier: Any = None) -> None:
    global _detector, _barrier
    _detector = spec.build()
    _barrier = barrier


def _detect_in_worker(messages: list[Message]) -> list[Outcome]:
    return detect_batch(_detector, messages)


def _ready(warm_up: list[Message]) -> int:
    """Detect ``warm_up`` (loads what the detector loads on first use), then wait until every
    worker of the pool is here: so each of them gets exactly one of these calls."""
    if warm_up:
        detect_batch(_detector, warm_up)
    if _barrier is not None:
        _barrier.wait(READY_TIMEOUT)
    return os.getpid()


# --- in the parent ------------------------------------------------------------------------


#: imported once in the fork server, so that each worker does not import them again
PRELOAD = ["__main__", "privacyguard.pipeline", "privacyguard.detect.engine"]


def _context() -> Any:
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(PRELOAD)  # takes effect when the server starts (the first pool)
    return ctx


class DetectorPool:
    """``workers`` processes, each with a detector built once from ``spec``.

    :meth:`run` starts the processes and stops them when it ends, unless the pool was
    started ahead with :meth:`start` (or ``with DetectorPool(...) as pool:``): then the
    same warm workers serve every run until :meth:`close`.
    """

    def __init__(self, spec: DetectorSpec, workers: int) -> None:
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self.spec = spec
        self.workers = workers
        self.in_flight = workers * IN_FLIGHT_PER_WORKER
        self.broken = 0  # pools that broke so far
        self._executor: ProcessPoolExecutor | None = None
        self._generation = 0  # which pool; a broken one is replaced once

    def _new_executor(self) -> ProcessPoolExecutor:
        ctx = _context()
        return ProcessPoolExecutor(
            self.workers,
            mp_context=ctx,
            initializer=_start_worker,
            initargs=(self.spec, ctx.Barrier(self.workers)),
        )

    def start(self, warm_up: Sequence[Message] = ()) -> DetectorPool:
        """Start every worker now and return once each has built its detector and detected
        ``warm_up`` (what a detector loads on first use is then loaded); runs until
        :meth:`close` use these workers."""
        if self._executor is None:
            self._executor = self._new_executor()
        futures = [self._executor.submit(_ready, list(warm_up)) for _ in range(self.workers)]
        try:
            pids = {f.result() for f in futures}
        except BaseException:
            self.close()
            raise
        if len(pids) != self.workers:  # the barrier makes this impossible; say so if not
            log.warning("detection pool: %d of %d workers answered", len(pids), self.workers)
        return self

    def pids(self) -> list[int]:
        """The process ids of the workers running now (none before a run or :meth:`start`)."""
        if self._executor is None:
            return []
        return sorted(self._executor._processes or {})

    def close(self) -> None:
        """Stop the workers (a pool that was not started has none)."""
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def __enter__(self) -> DetectorPool:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def run(
        self, batches: Iterable[tuple[Key, Sequence[Message]]]
    ) -> Iterator[tuple[Key, list[Outcome]]]:
        """Each batch's key with the outcome for each of its messages, in input order.

        At most ``workers * 2`` batches are read ahead. When a worker dies, every batch the
        broken pool still held comes out with WORKER_DIED for each message (fail closed:
        nothing is lost or passed as scanned) and a new pool takes the rest; after
        MAX_BROKEN_POOLS broken pools, :class:`WorkerError` stops the run.
        """
        own = self._executor is None  # not started ahead: this run starts and stops it
        if own:
            self._executor = self._new_executor()
        pending: deque[_Pending[Key]] = deque()
        try:
            for key, messages in batches:
                pending.append(self._submit(key, messages))
                while len(pending) >= self.in_flight:
                    yield self._collect(pending.popleft())
            while pending:
                yield self._collect(pending.popleft())
        finally:
            if own:
                self.close()
            else:  # a run given up early: what it still had queued is not detected
                for p in pending:
                    if p.future is not None:
                        p.future.cancel()

    def _submit(self, key: Key, messages: Sequence[Message]) -> _Pending[Key]:
        if not messages:
            return _Pending(key, messages, None, self._generation)
        assert self._executor is not None
        try:
            future = self._executor.submit(_detect_in_worker, list(messages))
        except BrokenProcessPool:  # it broke since the last look; this batch was not sent
            self._replace(self._generation)
            future = self._executor.submit(_detect_in_worker, list(messages))
        return _Pending(key, messages, future, self._generation)

    def _collect(self, p: _Pending[Key]) -> tuple[Key, list[Outcome]]:
        if p.future is None:
            return p.key, []
        try:
            return p.key, p.future.result()
        except BrokenProcessPool:
            self._replace(p.generation)
            return p.key, [("", [], WORKER_DIED) for _ in p.messages]

    def _replace(self, generation: int) -> None:
        """A new pool for the rest, once per broken pool; too many broken ones stop the run."""
        if generation != self._generation:
            return  # that pool was replaced already
        self.broken += 1
        log.error("a detection worker died; the batches it held are reported as not scanned")
        self.close()
        if self.broken >= MAX_BROKEN_POOLS:
            raise WorkerError(
                f"detection workers died {self.broken} times (killed, out of memory or a "
                "crash in a native library); stopping. Try fewer --workers, or --workers 1."
            )
        self._executor = self._new_executor()
        self._generation += 1


@dataclass
class _Pending(Generic[Key]):
    key: Key
    messages: Sequence[Message]
    future: Future[list[Outcome]] | None
    generation: int


def map_in_order(
    fn: Callable[[Sequence[Message]], list[Outcome]],
    batches: Iterable[tuple[Key, Sequence[Message]]],
) -> Iterator[tuple[Key, list[Outcome]]]:
    """The same as :meth:`DetectorPool.run`, in this process (one worker: no pool)."""
    for key, messages in batches:
        yield key, fn(messages) if messages else []


# --- the stream: batches in, detected messages out, in input order ---------------------------


def scan_stream(
    records: Iterable[Message | InputProblem],
    detector: Detector | None = None,
    *,
    rules: str | Path | None = None,
    workers: int | None = 1,
    pool: DetectorPool | None = None,
) -> Iterator[Detected | InputProblem]:
    """Detect in batches of whole conversations, in input order; problems pass through.

    A message over settings.max_message_chars, or whose detection failed, comes out as an
    InputProblem: it is never reported as scanned-and-clean. ``detector`` (default: the one
    for ``rules``) detects in this process; with ``workers`` > 1 (None: every core) and more
    than one batch of input, that many worker processes detect instead, each with its own
    detector built once (from ``detector.rules``, or ``rules``), with the same results in the
    same order. ``pool``: a :class:`DetectorPool` (started ahead, or not) detects instead,
    with its own rules; ``detector``, ``rules`` and ``workers`` are not given then. A worker
    that dies fails its messages closed (see privacyguard.parallel).
    """
    if pool is not None:
        if detector is not None or rules is not None or workers not in (1, None):
            raise ValueError("scan_stream: give a pool, or a detector / rules / workers")
        settings = pool.spec.settings()
        batches = conversation_batches(records, settings.batch_size)
        limit = settings.max_message_chars
        prepared = (_set_aside_long(chunk, limit) for chunk in batches)
        yield from _detected(pool.run(prepared))
        return
    workers = default_workers() if workers is None else workers
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    rules_path = str(rules) if rules else None
    if detector is None and workers == 1:
        detector = detector_for(rules_path)
    settings = (detector or _settings_only(rules_path)).settings
    limit = settings.max_message_chars
    batches = conversation_batches(records, settings.batch_size)
    head = list(islice(batches, 2))  # one batch only: no pool is worth starting
    prepared = (_set_aside_long(chunk, limit) for chunk in chain(head, batches))
    # a detector of another kind (a wrapper, a test double) cannot be rebuilt in a worker
    rebuildable = detector is None or isinstance(detector, Detector)
    results: Iterator[tuple[list[Message | InputProblem], list[Outcome]]]
    if workers > 1 and len(head) > 1 and rebuildable and workers_can_start():
        if detector is None:
            spec = DetectorSpec(rules_path=rules_path)
        else:
            spec = DetectorSpec(rules=detector.rules, cls=type(detector))
        results = DetectorPool(spec, workers).run(prepared)
    else:
        det = detector or detector_for(rules_path)
        results = map_in_order(lambda batch: detect_batch(det, batch), prepared)
    yield from _detected(results)


def _detected(
    results: Iterable[tuple[list[Message | InputProblem], list[Outcome]]],
) -> Iterator[Detected | InputProblem]:
    """Each record of each batch in order: a problem, or the message with its findings."""
    for order, outcomes in results:
        found = iter(outcomes)
        for rec in order:
            if isinstance(rec, InputProblem):
                yield rec
                continue
            lang, findings, error = next(found)
            if error:
                yield InputProblem(rec.source or SourceLocation(f"message {rec.id}"), error)
            else:
                yield Detected(rec, lang, findings)


def _settings_only(rules: str | None) -> Any:
    """The rules (for their settings) without building a detector: the workers build it."""
    return SimpleNamespace(settings=load_rules(Path(rules) if rules else None).settings)


def _set_aside_long(
    chunk: list[Message | InputProblem], limit: int
) -> tuple[list[Message | InputProblem], list[Message]]:
    """The chunk in order, with messages over ``limit`` characters turned into problems,
    and the messages to detect."""
    order: list[Message | InputProblem] = []
    for rec in chunk:
        if isinstance(rec, Message) and len(rec.text) > limit:
            order.append(InputProblem(
                rec.source or SourceLocation(f"message {rec.id}"),
                f"message is {len(rec.text):,} characters, over the limit of {limit:,} "
                "(settings.max_message_chars); split it or raise the limit",
            ))  # fmt: skip
        else:
            order.append(rec)
    return order, [rec for rec in order if isinstance(rec, Message)]
