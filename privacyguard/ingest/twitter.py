"""X/Twitter archive direct messages: ``data/direct-messages*.js`` (and the group variant).

JavaScript files: ``window.YTD.direct_messages.part0 = [ ... ]``; the prefix is kept as is
and the rest parsed as JSON (Jackson style, only changed strings are patched on write).
Conversations split over several ``dmConversation`` entries are merged; messages are newest
first in the file and yielded oldest first (by ``createdAt``, stable). Events
(participantsJoin/Leave, joinConversation, conversationNameUpdate, reactionCreate) are
yielded as system messages; a name update's new name is its text.
Fields: text, urls[i].expanded, urls[i].display. Senders are numeric user ids (no names).
``direct_message_headers`` files (no text) are recognised and yield nothing.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from privacyguard.errors import InputFormatError
from privacyguard.ingest.base import (
    IdMaker,
    Unit,
    as_list,
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
from privacyguard.ingest.jsonspan import encode_raw, style_for
from privacyguard.models import InputProblem, Message
from privacyguard.registry import readers

_PREFIX = re.compile(r"^\ufeff?\s*window\.YTD\.(\w+)\.part\d+\s*=\s*")


def _when(s: Any) -> datetime | None:
    if not isinstance(s, str):
        return None
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        return None


@readers.register("twitter_dm_js")
class TwitterDmReader(DocumentReader):
    """X/Twitter archive direct-messages .js."""

    name = "twitter_dm_js"
    label = "X/Twitter archive direct messages"

    def sniff(self, head: bytes, name: str) -> bool:
        m = _PREFIX.match(head.decode("utf-8", "ignore"))
        return bool(m and m.group(1).startswith("direct_message"))

    def _load(self, unit: Unit) -> tuple[list[Loaded], list[Item], list[InputProblem]]:
        text = unit.entry.read_bytes().decode("utf-8", "replace")
        m = _PREFIX.match(text)
        if not m:
            return [], [], [InputProblem(unit.entry.where(1), "no window.YTD... prefix")]
        try:
            ld = load(unit.entry, skip=m.end(), trailing=";")
        except InputFormatError as e:
            return [], [], [problem(e)]
        if m.group(1) == "direct_message_headers":
            return [ld], [], []
        enc = style_for(ld.layer.text[m.end() :])
        if enc is not encode_raw and not ld.layer.text.isascii():
            enc = encode_raw
        problems: list[InputProblem] = []
        convs: dict[str, list[tuple[tuple[Any, ...], str, dict[str, Any]]]] = {}
        for i, wrap in enumerate(ld.doc.value if isinstance(ld.doc.value, list) else []):
            dm = wrap.get("dmConversation") if isinstance(wrap, dict) else None
            if not isinstance(dm, dict):
                problems.append(InputProblem(ld.where((i,)), "no dmConversation object"))
                continue
            cid = str(dm.get("conversationId"))
            for j, ev in enumerate(as_list(dm.get("messages"))):
                if not isinstance(ev, dict) or len(ev) != 1:
                    problems.append(
                        InputProblem(
                            ld.where((i, "dmConversation", "messages", j)),
                            "event is not a one-key object",
                        )
                    )
                    continue
                [(etype, body)] = ev.items()
                path = (i, "dmConversation", "messages", j, etype)
                convs.setdefault(cid, []).append(
                    (path, etype, body if isinstance(body, dict) else {})
                )
        items: list[Item] = []
        based: list[tuple[Item, tuple[Any, ...]]] = []
        for cid, events in convs.items():
            conv = f"x:{cid}"
            events.sort(key=lambda e: (_str(e[2].get("createdAt")), _str(e[2].get("id"))))
            ids = IdMaker()
            for path, etype, body in events:
                items.append(self._event(ld, path, etype, body, conv, ids, enc))
                based.append((items[-1], path))
        cover_rest(ld, None, based, items, enc)
        return [ld], items, problems

    def _event(
        self,
        ld: Loaded,
        path: tuple[Any, ...],
        etype: str,
        body: dict[str, Any],
        conv: str,
        ids: IdMaker,
        enc: Any,
    ) -> Item:
        created = body.get("createdAt")
        sender = body.get("senderId") or body.get("initiatingUserId")
        if etype == "messageCreate" and body.get("id"):
            mid = f"x:{body['id']}"
        else:
            mid = (
                f"{conv}#{etype}-{short_hash(created, sender, body.get('text'), body.get('name'))}"
            )
        kind = (
            "text"
            if etype == "messageCreate"
            else "reaction"
            if etype == "reactionCreate"
            else "system"
        )
        if etype == "messageCreate" and body.get("mediaUrls"):
            kind = "media"
        item = Item(
            Message(
                id=ids(mid),
                text="",
                conversation_id=conv,
                sender=str(sender) if sender is not None else None,
                sender_role="system" if kind == "system" else None,
                timestamp=_when(created),
                source=ld.where(path),
                kind=kind,
            )
        )
        if etype == "conversationNameUpdate":
            item.add(bind(ld, (*path, "name"), "text", enc))
        else:
            item.add(bind(ld, (*path, "text"), "text", enc))
        for k, _u in enumerate(as_list(body.get("urls"))):
            for key in ("expanded", "display"):
                item.add(bind(ld, (*path, "urls", k, key), f"urls[{k}].{key}", enc))
        return item


def _str(v: object) -> str:
    """A sort key part: the string, or "" for anything else (a malformed export)."""
    return v if isinstance(v, str) else ""
