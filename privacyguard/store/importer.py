"""Any readable source into the store, scanned on the way (``privacyguard import``).

A message's identity is (source, conversation id, the reader's message id), so importing the
same export again adds nothing. ``source`` defaults to the resolved path of what was read.
"""

from __future__ import annotations

from pathlib import Path

from privacyguard.store.sql import ImportCounts, Store

STORED_FIELDS = ("text", "sender")


def import_source(
    store: Store, source: str, *, source_name: str | None = None, fmt: str | None = None,
    rules: str | None = None, **options: object,
) -> ImportCounts:  # fmt: skip
    """Read ``source`` (anything ``ingest.read`` takes), scan it and store what it holds.

    Metadata records (thread headers) are not stored; findings in fields other than the
    text and the sender name are not either (those fields are not stored). Records that
    cannot be read or scanned are counted in ``problems`` (by location, never by content)."""
    from dataclasses import replace

    from privacyguard.ingest import read_by_format
    from privacyguard.models import InputProblem, Message
    from privacyguard.pipeline import detector_for, scan_stream

    name = source_name or (source if "://" in source else str(Path(source).resolve()))
    channels: dict[str, str] = {}
    problems: list[str] = []

    def records():  # type: ignore[no-untyped-def]
        for reader, rec in read_by_format(source, fmt, **options):
            if isinstance(rec, InputProblem):
                yield rec
            elif isinstance(rec, Message) and rec.kind != "metadata":
                channels[rec.id + "\0" + (rec.conversation_id or "")] = reader or "unknown"
                yield rec

    def detected():  # type: ignore[no-untyped-def]
        for item in scan_stream(records(), detector_for(rules)):
            if isinstance(item, InputProblem):
                problems.append(f"{item.location}: {item.reason}")
                continue
            key = item.message.id + "\0" + (item.message.conversation_id or "")
            kept = [f for f in item.findings if f.field in STORED_FIELDS]
            yield channels.pop(key, "unknown"), replace(item, findings=kept)

    counts = store.add(detected(), name)
    counts.problems = problems
    return counts
