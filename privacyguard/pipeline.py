"""Wires the stages together: the only module that imports all of them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import chain, islice
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from privacyguard.config.rules import load_rules, rules_digest
from privacyguard.detect.engine import Detected, Detector
from privacyguard.models import InputProblem, Message, ScanResult, SourceLocation

if TYPE_CHECKING:
    from privacyguard.parallel import Outcome

MessageLike = Message | dict | str


def detector_for(rules: str | None = None) -> Detector:
    """One detector per rules directory and content: an edited rules/ gives a new detector
    in the same process (building one loads name lists, so an unchanged one is reused)."""
    return _detector(rules, rules_digest(Path(rules) if rules else None))


@lru_cache(maxsize=4)
def _detector(rules: str | None, digest: str) -> Detector:
    return Detector(load_rules(Path(rules) if rules else None))


def as_message(item: MessageLike, index: int) -> Message:
    if isinstance(item, Message):
        return item
    if isinstance(item, str):
        return Message(id=str(index), text=item)
    conv = item.get("conversation_id")
    role = item.get("sender_role", item.get("role"))  # "agent" / "customer": the conversation
    sender = item.get("sender")  # layer reads the agent's questions (detect/conversation.py)
    return Message(
        id=str(item.get("id", index)),
        text=item["text"],
        lang=item.get("lang"),
        conversation_id=str(conv) if conv is not None else None,
        sender=str(sender) if sender is not None else None,
        sender_role=str(role) if role is not None else None,
    )


def scan_stream(
    records: Iterable[Message | InputProblem],
    detector: Detector | None = None,
    *,
    rules: str | Path | None = None,
    workers: int | None = 1,
) -> Iterator[Detected | InputProblem]:
    """Detect in batches of whole conversations, in input order; problems pass through.

    A message over settings.max_message_chars, or whose detection failed, comes out as an
    InputProblem: it is never reported as scanned-and-clean. ``detector`` (default: the one
    for ``rules``) detects in this process; with ``workers`` > 1 (None: every core) and more
    than one batch of input, that many worker processes detect instead, each with its own
    detector built once (from ``detector.rules``, or ``rules``), with the same results in the
    same order. A worker that dies fails its messages closed (see privacyguard.parallel).
    """
    from privacyguard.parallel import (
        DetectorPool,
        DetectorSpec,
        conversation_batches,
        default_workers,
        map_in_order,
        workers_can_start,
    )

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
    if workers > 1 and len(head) > 1 and rebuildable and workers_can_start():
        if detector is None:
            spec = DetectorSpec(rules_path=rules_path)
        else:
            spec = DetectorSpec(rules=detector.rules, cls=type(detector))
        results = DetectorPool(spec, workers).run(prepared)
    else:
        det = detector or detector_for(rules_path)
        results = map_in_order(lambda batch: detect_batch(det, batch), prepared)
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
        return complete(d, det)  # type: ignore[no-any-return]
    except Exception as e:  # noqa: BLE001 - fail closed, never pass the message as clean
        where = d.message.source or SourceLocation(f"message {d.message.id}")
        return InputProblem(where, f"detection in the declared fields failed ({type(e).__name__})")


def scan(
    messages: Iterable[MessageLike], *, rules: str | Path | None = None, workers: int | None = 1
) -> ScanResult:
    """Find personal data in messages (Message objects, dicts with "id"/"text", or strings).

    ``workers`` > 1 (None: every core) detects in that many processes, with the same result.

    >>> result = scan([{"id": "1", "text": "Mijn IBAN is NL91 ABNA 0417 1643 00"}])
    >>> [(f.entity_type, f.start, f.end) for f in result.findings]
    [('IBAN_CODE', 13, 35)]
    """
    result = ScanResult()
    records = (as_message(m, i) for i, m in enumerate(messages, 1))
    for item in scan_stream(records, rules=rules, workers=workers):
        if isinstance(item, InputProblem):
            result.problems.append(item)
            continue
        result.messages_scanned += 1
        result.languages[item.message.id] = item.lang
        result.findings.extend(item.findings)
    return result
