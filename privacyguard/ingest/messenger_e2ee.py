"""Messenger end-to-end-encrypted "secure storage" download: one ``<Name>_<N>.json`` per chat.

``threadName`` + ``participants`` as plain strings; camelCase messages (``senderName``,
``timestamp`` in epoch ms, ``text``, ``isUnsent``, ``media``, ``reactions``, ``type``).
Clean UTF-8: no mojibake repair. Sorted by timestamp (stable), as the order is not documented.
Yields a ``kind="metadata"`` record with threadName and participants[i]; message fields:
text, sender, reactions[i].actor.
"""

from __future__ import annotations

import re
from typing import Any

from privacyguard.errors import InputFormatError
from privacyguard.ingest.base import (
    IdMaker,
    Unit,
    as_list,
    from_epoch,
    short_hash,
)
from privacyguard.ingest.jsonfmt import (
    DocumentReader,
    Item,
    Loaded,
    bind,
    cover_rest,
    load,
    problem,
)
from privacyguard.ingest.jsonspan import style_for
from privacyguard.models import InputProblem, Message
from privacyguard.registry import readers

_SHAPE = re.compile(r'"participants"\s*:\s*\[\s*"')


@readers.register("messenger_e2ee_json")
class MessengerE2eeReader(DocumentReader):
    """Messenger secure-storage (E2EE) JSON."""

    name = "messenger_e2ee_json"
    label = "Messenger end-to-end encrypted chats (JSON)"

    def sniff(self, head: bytes, name: str) -> bool:
        t = head.decode("utf-8", "ignore")
        return '"threadName"' in t and bool(_SHAPE.search(t))

    def _load(self, unit: Unit) -> tuple[list[Loaded], list[Item], list[InputProblem]]:
        try:
            ld = load(unit.entry)
        except InputFormatError as e:
            return [], [], [problem(e)]
        v = ld.doc.value
        if not isinstance(v, dict) or not isinstance(v.get("messages"), list):
            return (
                [],
                [],
                [InputProblem(ld.where(), "no 'messages' list; not a secure-storage chat")],
            )
        enc = style_for(ld.layer.text)
        thread = v.get("threadName") or unit.entry.stem
        conv = f"messenger_e2ee:{thread}"
        meta = Item(
            Message(
                id=f"{conv}#thread",
                text="",
                conversation_id=conv,
                source=ld.where(),
                kind="metadata",
            )
        )
        meta.add(bind(ld, ("threadName",), "threadName", enc))
        for k, _p in enumerate(as_list(v.get("participants"))):
            meta.add(bind(ld, ("participants", k), f"participants[{k}]", enc))
        rows = [(i, m) for i, m in enumerate(v["messages"]) if isinstance(m, dict)]
        problems = [
            InputProblem(ld.where(("messages", i)), "message is not an object")
            for i, m in enumerate(v["messages"])
            if not isinstance(m, dict)
        ]
        rows.sort(key=lambda r: _timestamp_or_zero(r[1]))
        ids = IdMaker()
        items = [meta]
        based: list[tuple[Item, tuple[Any, ...]]] = []
        for i, m in rows:
            base = ("messages", i)
            ts = m.get("timestamp")
            sender = m.get("senderName") if isinstance(m.get("senderName"), str) else None
            text = m.get("text") if isinstance(m.get("text"), str) else ""
            uris = [x.get("uri") for x in as_list(m.get("media")) if isinstance(x, dict)]
            kind = (
                "unsent"
                if m.get("isUnsent")
                else "media"
                if uris and not text
                else str(m.get("type") or "text")
            )
            item = Item(
                Message(
                    id=ids(f"{conv}#{short_hash(thread, sender, ts, text, uris)}"),
                    text="",
                    conversation_id=conv,
                    sender=sender,
                    timestamp=from_epoch(ts, "ms") if isinstance(ts, int | float) else None,
                    source=ld.where(base),
                    kind=kind,
                )
            )
            item.add(bind(ld, (*base, "text"), "text", enc))
            item.add(bind(ld, (*base, "senderName"), "sender", enc))
            for k, _r in enumerate(as_list(m.get("reactions"))):
                item.add(bind(ld, (*base, "reactions", k, "actor"), f"reactions[{k}].actor", enc))
            items.append(item)
            based.append((item, base))
        cover_rest(ld, conv, based, items, enc)
        return [ld], items, problems


def _timestamp_or_zero(m: dict[str, Any]) -> int:
    """A message's integer timestamp, the sort key (0 when it has none)."""
    t = m.get("timestamp")
    return t if isinstance(t, int) else 0
