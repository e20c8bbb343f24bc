"""Wires the stages together: the only module that imports all of them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import islice
from pathlib import Path

from privacyguard.config.rules import load_rules, rules_digest
from privacyguard.detect.engine import Detected, Detector
from privacyguard.models import InputProblem, Message, ScanResult, SourceLocation

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
    return Message(
        id=str(item.get("id", index)),
        text=item["text"],
        lang=item.get("lang"),
        conversation_id=str(conv) if conv is not None else None,
    )


def scan_stream(
    records: Iterable[Message | InputProblem], detector: Detector | None = None
) -> Iterator[Detected | InputProblem]:
    """Detect in batches, in input order; problems pass through as they come.

    A message over settings.max_message_chars, or whose detection failed, comes out as an
    InputProblem: it is never reported as scanned-and-clean.
    """
    det = detector or detector_for()
    limit = det.settings.max_message_chars
    it = iter(records)
    while True:
        chunk = list(islice(it, det.settings.batch_size))
        if not chunk:
            return
        pending: list[Message] = []
        order: list[Message | InputProblem] = []
        for rec in chunk:
            if isinstance(rec, Message) and len(rec.text) > limit:
                order.append(InputProblem(
                    rec.source or SourceLocation(f"message {rec.id}"),
                    f"message is {len(rec.text):,} characters, over the limit of {limit:,} "
                    "(settings.max_message_chars); split it or raise the limit",
                ))  # fmt: skip
                continue
            order.append(rec)
            if isinstance(rec, Message):
                pending.append(rec)
        detected = iter(det.detect(pending))
        for rec in order:
            if isinstance(rec, InputProblem):
                yield rec
                continue
            d = next(detected)
            if d.error:
                yield InputProblem(d.message.source or SourceLocation(f"message {d.message.id}"),
                                   d.error)  # fmt: skip
            else:
                yield _complete(d, det)


def _complete(d: Detected, det: Detector) -> Detected | InputProblem:
    """The findings the reader's field declarations add (identifiers, file names, copies of
    a found value in the message's other fields); a failure fails the message closed."""
    from privacyguard.ingest.fields import complete

    try:
        return complete(d, det)  # type: ignore[no-any-return]
    except Exception as e:  # noqa: BLE001 - fail closed, never pass the message as clean
        where = d.message.source or SourceLocation(f"message {d.message.id}")
        return InputProblem(where, f"detection in the declared fields failed ({type(e).__name__})")


def scan(messages: Iterable[MessageLike], *, rules: str | Path | None = None) -> ScanResult:
    """Find personal data in messages (Message objects, dicts with "id"/"text", or strings).

    >>> result = scan([{"id": "1", "text": "Mijn IBAN is NL91 ABNA 0417 1643 00"}])
    >>> [(f.entity_type, f.start, f.end) for f in result.findings]
    [('IBAN_CODE', 13, 35)]
    """
    detector = detector_for(str(rules) if rules else None)
    result = ScanResult()
    records = (as_message(m, i) for i, m in enumerate(messages, 1))
    for item in scan_stream(records, detector):
        if isinstance(item, InputProblem):
            result.problems.append(item)
            continue
        result.messages_scanned += 1
        result.languages[item.message.id] = item.lang
        result.findings.extend(item.findings)
    return result
