"""Any readable source into the store, scanned on the way (``privacyguard import``).

A message's identity is (source, conversation id, the reader's message id), so importing the
same export again adds nothing. ``source`` defaults to the resolved path of what was read.

Messages that erasure or retention removed earlier are recognised by their tombstones
(:mod:`privacyguard.store.tombstones`) before they are scanned, and skipped: a nightly
re-import never undoes an erasure. A message whose spans retention or erasure redacted keeps
its stored, redacted version; the export's original is skipped and counted
(``redacted_kept``), also when the stored row is gone or the export comes under another
source name. ``restore`` (a reason) imports deleted ones again, removes their tombstones and
appends an audit event; redacted ones are never restored over their stored version.

The review queue (:mod:`privacyguard.store.review_queue`): findings the import adds that
score below ``settings.review_below`` are queued, and so is every *undecided message*, one
the detector returned no verdict on (its detection failed, or it is over
``settings.max_message_chars``). Such a message is still counted in ``problems``, and is
stored (with no findings) so that a person can decide it; a message of exactly the same text
that a reviewer decided before is stored with that decision's findings instead, and neither
queued nor counted as a problem (``settled_by_review``).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, fields
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from privacyguard.store.sql import ImportCounts, Store

if TYPE_CHECKING:
    from privacyguard.ingest.options import ReaderOptions

STORED_FIELDS = ("text", "sender")
_CHECK_BATCH = 500


@dataclass
class ImportResult(ImportCounts):
    """The counts, and what tombstones kept out (or let back in, with ``restore``)."""

    erased_or_expired: int = 0  # skipped: deleted earlier by erasure or retention
    redacted_kept: int = 0  # skipped: the stored (or since deleted) version was redacted
    restored: int = 0  # deleted earlier, imported again on purpose
    queued_for_review: int = 0  # findings below settings.review_below and messages, queued
    queued_messages: int = 0  # of those, undecided messages (their detection failed)
    settled_by_review: int = 0  # undecided messages a reviewer decided before (same text)
    audit_seq: int | None = None


class _Gate:
    """Lets through the messages no tombstone matches, in order, checking 500 at a time."""

    def __init__(self, store: Store, source: str, restore: bool):
        from privacyguard.store import tombstones

        self.store, self.source, self.restore = store, source, restore
        self.skipped = self.redacted = 0
        self.restored: list[tuple[tombstones.Stone, str, str, str]] = []
        with store.engine.connect() as conn:
            self.active = tombstones.any_tombstones(conn)
            if self.active:
                self.d = tombstones.digests()
                tombstones.check_key(conn, self.d)
                self.lookup = tombstones.Lookup(self.d)

    def filter(self, records: Iterable[object]) -> Iterator[object]:
        from privacyguard.models import Message

        if not self.active:
            yield from records
            return
        pending: list[Message] = []
        for rec in records:
            if isinstance(rec, Message):
                pending.append(rec)
                if len(pending) >= _CHECK_BATCH:
                    yield from self._check(pending)
                    pending = []
            else:
                yield from self._check(pending)
                pending = []
                yield rec
        yield from self._check(pending)

    def _check(self, batch: list) -> Iterator[object]:
        from privacyguard.store import tombstones

        if not batch:
            return
        keys = {}
        for msg in batch:
            conv = msg.conversation_id or "-"  # as Store.add keys it
            if conv not in keys:
                keys[conv] = (self.d.conversation(self.source, conv),
                              self.d.conversation_ref(conv))  # fmt: skip
        with self.store.engine.connect() as conn:
            self.lookup.load(conn, keys.values())
        for msg in batch:
            conv = msg.conversation_id or "-"
            hits = self.lookup.matches(*keys[conv], conv, msg.id, msg.text)
            if not hits:
                yield msg
            elif any(s.action == tombstones.REDACTED for s in hits):
                self.redacted += 1  # never the original text over a redacted version
            elif self.restore:
                self.restored.extend((s, conv, msg.id, msg.text) for s in hits)
                yield msg
            else:
                self.skipped += 1


def import_source(
    store: Store, source: str, *, source_name: str | None = None, fmt: str | None = None,
    rules: str | None = None, restore: str | None = None, operator: str = "",
    workers: int | None = 1, options: ReaderOptions | None = None,
    progress: Callable[[str, int, int | None], object] | None = None,
    reviewed: str | Path | None = None, **values: object,
) -> ImportResult:  # fmt: skip
    """Read ``source`` (anything ``ingest.read`` takes), scan it and store what it holds.

    Metadata records (thread headers) are not stored; findings in fields other than the
    text and the sender name are not either (those fields are not stored). Records that
    cannot be read or scanned are counted in ``problems`` (by location, never by content).
    Tombstoned messages are skipped and counted; ``restore`` (the reason, required to
    restore) imports the deleted ones again, audited. ``workers`` > 1 (None: every core)
    scans in that many processes, with the same result. ``options`` (a ReaderOptions) and
    ``values`` (its fields, e.g. ``timezone="Europe/Oslo"``) tell the readers how to read
    ``source``; limits not given are the rules'. ``progress("importing", done, None)`` is
    called for each record scanned. Reviewed rules (``reviewed``, see
    :mod:`privacyguard.act.reviewed`) drop denied findings and keep allowed ones at full
    confidence; findings still below ``settings.review_below``, and messages the detector
    could not decide, go to the review queue (see the module doc)."""
    from dataclasses import replace

    from privacyguard.act.reviewed import ReviewedRules, reviewed_path
    from privacyguard.config.rules import load_rules
    from privacyguard.detect.engine import Detected
    from privacyguard.ingest import ReaderOptions, read_by_format
    from privacyguard.ingest.limits import Limits
    from privacyguard.models import InputProblem, Message
    from privacyguard.parallel import scan_stream
    from privacyguard.store import review_queue

    settings = load_rules(rules).settings
    opts = ReaderOptions.make(options, **values)
    opts = opts.with_default_limits(Limits.from_settings(settings))
    db_url = store.engine.url.render_as_string(hide_password=False)
    decided = ReviewedRules.load(reviewed_path(reviewed, db_url))
    name = source_name or (source if "://" in source else str(Path(source).resolve()))
    if restore is not None and not restore.strip():
        from privacyguard.store import StoreError

        raise StoreError("restoring erased or expired messages needs a reason (--reason)")
    gate = _Gate(store, name, restore is not None)
    channels: dict[str, str] = {}
    problems: list[str] = []

    def records():
        for reader, rec in read_by_format(source, fmt, opts):
            if isinstance(rec, InputProblem):
                yield rec
            elif isinstance(rec, Message) and rec.kind != "metadata":
                channels[rec.id + "\0" + (rec.conversation_id or "")] = reader or "unknown"
                yield rec

    fed: deque[object] = deque()  # what scan_stream was given: one item out per record in
    undecided: list[tuple[str, str, str]] = []  # (conversation, message, the detector's reason)
    settled = 0

    def feed() -> Iterator[object]:
        for rec in gate.filter(records()):
            fed.append(rec)
            yield rec

    def detected():
        nonlocal settled
        scanned = scan_stream(feed(), rules=rules, workers=workers)
        for done, item in enumerate(scanned, 1):
            src = fed.popleft()
            if progress is not None:
                progress("importing", done, None)
            if isinstance(item, InputProblem) and isinstance(src, Message):
                # not scanned: stored for a person to decide, unless one decided this text
                found = decided.message_findings(src.id, src.text, src.lang)
                if found is None:
                    problems.append(f"{item.location}: {item.reason}")
                    undecided.append((src.conversation_id or "-", src.id, item.reason))
                else:
                    settled += 1
                item = Detected(src, src.lang or "", found or [])
            elif isinstance(item, InputProblem):
                problems.append(f"{item.location}: {item.reason}")
                continue
            key = item.message.id + "\0" + (item.message.conversation_id or "")
            kept = [f for f in item.findings if f.field in STORED_FIELDS]
            texts = {"text": item.message.text, "sender": item.message.sender}
            kept = decided.apply(kept, texts)
            yield channels.pop(key, "unknown"), replace(item, findings=kept)

    with store.engine.connect() as conn:
        last_finding = review_queue.last_finding_id(conn)
        last_message = review_queue.last_message_id(conn)
    counts = store.add(detected(), name)
    counts.problems = problems
    now = datetime.now(timezone.utc)
    with store.engine.begin() as conn:
        queued = review_queue.enqueue_below(conn, settings.review_below, now, after=last_finding)
        messages = review_queue.enqueue_messages(conn, name, undecided, now, after=last_message)
    result = ImportResult(**{f.name: getattr(counts, f.name) for f in fields(ImportCounts)})
    result.erased_or_expired, result.redacted_kept = gate.skipped, gate.redacted
    result.restored = len({(conv, msg) for _, conv, msg, _ in gate.restored})
    result.queued_for_review = queued + messages
    result.queued_messages, result.settled_by_review = messages, settled
    if gate.skipped or gate.redacted or gate.restored:
        result.audit_seq = _audit(store, result, gate, restore, operator)
    return result


def _audit(store: Store, r: ImportResult, gate: _Gate, reason: str | None, operator: str) -> int:
    """One ``import`` event with what tombstones kept out; a restore takes what came back
    out of its tombstones, in the same transaction."""
    from privacyguard.store import audit, tombstones

    event: dict[str, object] = {
        "event": "import", "at": datetime.now(timezone.utc).isoformat(), "operator": operator,
        "messages": r.messages, "skipped_erased_or_expired": r.erased_or_expired,
        "skipped_redacted_kept": r.redacted_kept,
    }  # fmt: skip
    with store.engine.begin() as conn:
        if reason is not None:
            tombstones.lift(conn, gate.d, gate.restored)
            event |= {"event": "import.restore", "restored": r.restored, "reason": reason}
        return audit.append(conn, event)
