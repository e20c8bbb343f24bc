"""Meta "Download Your Information" JSON: Facebook Messenger and Instagram DMs.

One thread is a folder of ``message_N.json`` pages, each newest first with the header
repeated; the pages are merged and sorted by ``timestamp_ms`` (stable within ties).
Strings are mojibake (each UTF-8 byte written as its own ``\\u00XX`` escape) and are repaired
per string (Latin-1 bytes decoded as UTF-8; kept as they are if that fails). Writing patches
only the changed strings and re-applies the mojibake, so the rest of the file (2-space indent,
empty arrays over three lines, key order) is untouched.

Each thread also yields one ``kind="metadata"`` record (id ``<conversation>#thread``) whose
fields are the title and the participants' names, which are in every page's header.
Fields per message: text (``content``), sender, share.link, share.share_text,
share.original_content_owner, reactions[i].actor, users[i].name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import PurePosixPath
from typing import Any

from privacyguard.errors import InputFormatError
from privacyguard.ingest.base import (
    Entry,
    IdMaker,
    Options,
    Reader,
    Record,
    Rewrite,
    Sink,
    Unit,
    from_epoch,
    short_hash,
)
from privacyguard.ingest.jsonfmt import Item, Loaded, bind, load, problem, write_docs
from privacyguard.ingest.jsonspan import encode_ascii, encode_meta, encode_raw
from privacyguard.models import InputProblem, Message
from privacyguard.registry import readers

_SHAPE = re.compile(r'"participants"\s*:\s*\[\s*\{\s*"name"')
_PAGE = re.compile(r"^message_(\d+)\.json$")
_MEDIA = ("photos", "videos", "audio_files", "files", "gifs", "sticker")
_IG_PSEUDO = re.compile(r"^(Liked a message|Reacted .{1,16} to your message)$", re.S)


def repair(s: str) -> tuple[str, bool]:
    """(repaired text, whether the result must be re-mojibaked when written)."""
    if s.isascii():
        return s, True
    if all(ord(c) <= 0xFF for c in s):
        try:
            return s.encode("latin-1").decode("utf-8"), True
        except UnicodeDecodeError:
            pass
    return s, False


def _is_instagram(text: str, name: str) -> bool:
    parts = [p.lower() for p in PurePosixPath(name).parts]
    return (
        "your_instagram_activity" in text
        or any("instagram" in p for p in parts)
        or "ig.me/" in text
        or "instagram.com/" in text[:4096]
    )


def _page_no(entry: Entry) -> int:
    m = _PAGE.match(PurePosixPath(entry.name).name)
    return int(m.group(1)) if m else 0


class _MetaReader(Reader):
    tag = "messenger"
    instagram = False

    def sniff(self, head: bytes, name: str) -> bool:
        t = head.decode("utf-8", "ignore")
        if not (_SHAPE.search(t) and '"sender_name"' in t and '"timestamp_ms"' in t):
            return False
        return _is_instagram(t, name) == self.instagram

    def group_key(self, entry: Entry) -> str:
        return entry.parent if _PAGE.match(PurePosixPath(entry.name).name) else entry.name

    def read(self, unit: Unit, options: Options) -> Iterator[Record]:
        docs, items, problems = self._load(unit)
        for item in items:
            yield item.finished()
        yield from problems

    def write(
        self, unit: Unit, rewrite: Rewrite, sink: Sink, options: Options
    ) -> list[InputProblem]:
        docs, items, problems = self._load(unit)
        write_docs(items, docs, rewrite, sink)
        return problems

    # -- the model both directions share ---------------------------------------------------

    def _load(self, unit: Unit) -> tuple[list[Loaded], list[Item], list[InputProblem]]:
        docs: list[Loaded] = []
        problems: list[InputProblem] = []
        for e in sorted(unit.entries, key=lambda e: (_page_no(e), e.name)):
            try:
                docs.append(load(e))
            except InputFormatError as err:
                problems.append(problem(err))
        if not docs:
            return docs, [], problems
        first = docs[0].doc.value
        if not isinstance(first, dict) or not isinstance(first.get("messages"), list):
            problems.append(InputProblem(docs[0].where(), "no 'messages' list; not a DYI thread"))
            return [], [], problems
        thread_path = first.get("thread_path") or unit.key
        conv = f"{self.tag}:{thread_path}"
        meta = Item(
            Message(
                id=f"{conv}#thread",
                text="",
                conversation_id=conv,
                source=docs[0].where(),
                kind="metadata",
            )
        )
        rows: list[tuple[Loaded, int, dict[str, Any]]] = []
        for page, ld in enumerate(docs, 1):
            v = ld.doc.value
            if not isinstance(v, dict) or not isinstance(v.get("messages"), list):
                problems.append(InputProblem(ld.where(), "no 'messages' list; page not read"))
                continue
            enc = self._encoder(ld)
            for b in self._header(ld, v, enc):
                clash = any(x.field == b.field and x.text != b.text for x in meta.bindings)
                if clash:
                    b.field = f"{b.field}@page{page}"
                meta.merge(b)
            for i, m in enumerate(v["messages"]):
                if not isinstance(m, dict):
                    problems.append(
                        InputProblem(ld.where(("messages", i)), "message is not an object")
                    )
                    continue
                rows.append((ld, i, m))
        rows.sort(key=lambda r: _ts_key(r[2]))
        ids = IdMaker()
        items = [meta]
        for ld, i, m in rows:
            items.append(self._message(ld, i, m, conv, str(thread_path), ids))
        return docs, items, problems

    def _encoder(self, ld: Loaded) -> Callable[[str, str], tuple[str, Callable[[str], str]]]:
        mojibake = ld.layer.text.isascii()

        def enc(value: str, _: str = "") -> tuple[str, Callable[[str], str]]:
            if not mojibake:
                return value, encode_raw
            fixed, remoji = repair(value)
            return fixed, encode_meta if remoji else encode_ascii

        return enc

    def _bind(self, ld: Loaded, path: tuple[Any, ...], name: str, enc: Any):  # type: ignore[no-untyped-def]
        value = None
        try:
            value = ld.get(path)
        except (KeyError, IndexError, TypeError):
            return None
        if not isinstance(value, str):
            return None
        shown, encoder = enc(value)
        return bind(ld, path, name, encoder, shown=lambda _v, s=shown: s)

    def _header(self, ld: Loaded, v: dict[str, Any], enc: Any) -> Iterator[Any]:
        b = self._bind(ld, ("title",), "title", enc)
        if b:
            yield b
        for k, p in enumerate(v.get("participants") or []):
            if isinstance(p, dict):
                b = self._bind(ld, ("participants", k, "name"), f"participants[{k}].name", enc)
                if b:
                    yield b

    def _message(
        self, ld: Loaded, i: int, m: dict[str, Any], conv: str, thread: str, ids: IdMaker
    ) -> Item:
        enc = self._encoder(ld)
        base = ("messages", i)
        sender_b = self._bind(ld, (*base, "sender_name"), "sender", enc)
        text_b = self._bind(ld, (*base, "content"), "text", enc)
        sender = sender_b.text if sender_b else None
        content = text_b.text if text_b else ""
        uris = [x.get("uri") for k in _MEDIA for x in _as_list(m.get(k)) if isinstance(x, dict)]
        ts = m.get("timestamp_ms")
        notes: tuple[str, ...] = ()
        try:
            when = from_epoch(ts, "ms") if ts is not None else None
        except (TypeError, ValueError):
            when, notes = None, ("timestamp_ms is not a number",)
        mid = ids(f"{conv}#{short_hash(thread, sender, ts, content, uris)}")
        item = Item(
            Message(
                id=mid,
                text="",
                conversation_id=conv,
                sender=sender,
                timestamp=when,
                source=ld.where(base),
                kind=_kind(m, content),
                notes=notes,
            )
        )
        item.add(text_b)
        item.add(sender_b)
        for key in ("link", "share_text", "original_content_owner"):
            item.add(self._bind(ld, (*base, "share", key), f"share.{key}", enc))
        for k, _r in enumerate(_as_list(m.get("reactions"))):
            item.add(self._bind(ld, (*base, "reactions", k, "actor"), f"reactions[{k}].actor", enc))
        for k, _u in enumerate(_as_list(m.get("users"))):
            item.add(self._bind(ld, (*base, "users", k, "name"), f"users[{k}].name", enc))
        return item


def _as_list(v: Any) -> list[Any]:
    return v if isinstance(v, list) else []


def _ts_key(m: dict[str, Any]) -> float:
    ts = m.get("timestamp_ms")
    return float(ts) if isinstance(ts, int | float) and not isinstance(ts, bool) else 0.0


def _kind(m: dict[str, Any], content: str) -> str:
    if m.get("is_unsent"):
        return "unsent"
    if "call_duration" in m:
        return "call"
    if m.get("users") or m.get("type") in ("Subscribe", "Unsubscribe"):
        return "system"
    if content:
        if _IG_PSEUDO.match(content):
            return "reaction"
        if "share" in m:
            return "share"
        if any(k in m for k in _MEDIA):
            return "media"
        return "text"
    if any(k in m for k in _MEDIA):
        return "media"
    return "empty"


@readers.register("messenger_json")
class MessengerJsonReader(_MetaReader):
    """Facebook Messenger DYI export (message_N.json)."""

    name = "messenger_json"
    label = "Facebook Messenger (DYI JSON)"
    tag = "messenger"
    instagram = False


@readers.register("instagram_json")
class InstagramJsonReader(_MetaReader):
    """Instagram DYI messages (same family as Messenger)."""

    name = "instagram_json"
    label = "Instagram DMs (DYI JSON)"
    tag = "instagram"
    instagram = True
