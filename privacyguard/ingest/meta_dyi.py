"""Meta "Download Your Information" JSON: Facebook Messenger and Instagram DMs.

One thread is a folder of ``message_N.json`` pages, each newest first with the header
repeated; the pages are merged and sorted by ``timestamp_ms`` (stable within ties: page order,
then file order).

Reading streams, so a thread of any length takes the memory of about one page: a first pass
parses each page with :func:`json.loads` (C speed) only to note its header and its smallest and
largest timestamp, then pages whose time ranges overlap or touch are grouped, and each group
(normally a single page of at most ~10,000 messages) is loaded with spans, sorted and yielded
before the next. Ranges only overlap when an export is out of order (or messages lack
``timestamp_ms``); then the overlapping pages are held together, so the order is always the
same as sorting the whole thread. Writing still loads a whole thread.
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

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from privacyguard.errors import InputFormatError
from privacyguard.ingest.base import (
    Entry,
    Options,
    Reader,
    Record,
    Rewrite,
    Sink,
    Unit,
    as_list,
    from_epoch,
    short_hash,
)
from privacyguard.ingest.jsonfmt import (
    Item,
    Loaded,
    bind,
    bind_rest,
    load,
    problem,
    rest_strings,
    write_docs,
)
from privacyguard.ingest.jsonspan import encode_ascii, encode_meta, encode_raw, path_str
from privacyguard.ingest.segments import Binding
from privacyguard.models import InputProblem, Message
from privacyguard.registry import readers

#: a value's text as shown (mojibake repaired) and the encoder that writes it back
_Repairing = Callable[[str], tuple[str, Callable[[str], str]]]

_SHAPE = re.compile(r'"participants"\s*:\s*\[\s*\{\s*"name"')
_PAGE = re.compile(r"^message_(\d+)\.json$")
_MEDIA = ("photos", "videos", "audio_files", "files", "gifs", "sticker")
_IG_PSEUDO = re.compile(r"^(Liked a message|Reacted .{1,16} to your message)$", re.S)
_WS = re.compile(r"[ \t\r\n]*")


def repair(s: str) -> tuple[str, bool]:
    """(repaired text, whether the result must be re-mojibaked when written)."""
    if s.isascii():
        return s, True
    if max(s) <= "\xff":  # every code point fits in a byte
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
        """The same records as :meth:`_load`, in the same order, one page group at a time."""
        pages = [_survey(e, o) for o, e in enumerate(_in_page_order(unit))]
        parsed = [p for p in pages if p.parsed]
        failed = [p.failure for p in pages if p.failure is not None]
        if not parsed:
            yield from failed
            return
        first = parsed[0]
        if not first.thread:
            yield from failed
            yield InputProblem(first.where(), "no 'messages' list; not a DYI thread")
            return
        thread_path = first.thread_path or unit.key
        conv = f"{self.tag}:{thread_path}"
        header: list[tuple[str, str]] = []
        page_problems: list[tuple[tuple[int, int], InputProblem]] = []
        for page, p in enumerate(parsed, 1):
            if not p.thread:
                page_problems.append(((p.order, -1), InputProblem(p.where(), _NOT_READ)))
                continue
            for name, text in p.header:
                if any(f == name and t != text for f, t in header):
                    name = f"{name}@page{page}"
                if (name, text) not in header:
                    header.append((name, text))
        yield Message(
            id=f"{conv}#thread",
            text="",
            conversation_id=conv,
            source=first.where(),
            kind="metadata",
            fields=tuple(header),
        )
        ids = _Ids()
        with_rows = [p for p in parsed if p.thread and p.lo is not None]
        only_bad = [[p] for p in parsed if p.thread and p.lo is None and p.bad_rows]
        for group in [*_groups(with_rows), *only_bad]:
            # a generator per group: its pages are let go before the next group is loaded
            yield from self._group(group, conv, str(thread_path), ids, failed, page_problems)
        yield from failed
        yield from (pr for _, pr in sorted(page_problems, key=lambda x: x[0]))

    def _group(
        self,
        group: list[_Page],
        conv: str,
        thread: str,
        ids: _Ids,
        failed: list[InputProblem],
        page_problems: list[tuple[tuple[int, int], InputProblem]],
    ) -> Iterator[Message]:
        rows: list[tuple[float, int, int, Loaded, dict[str, Any]]] = []
        for p in group:
            try:
                ld = load(p.entry)
            except InputFormatError as err:  # json.loads took it, the span parser not
                failed.append(problem(err))
                continue
            for i, m in enumerate(ld.doc.value["messages"]):
                if isinstance(m, dict):
                    rows.append((_ts_key(m), p.order, i, ld, m))
                else:
                    where = ld.where(("messages", i))
                    page_problems.append(((p.order, i), InputProblem(where, _NOT_OBJECT)))
        rows.sort(key=lambda r: r[:3])
        for _key, _o, i, ld, m in rows:
            yield self._message(ld, i, m, conv, thread, ids).finished()

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
        for e in _in_page_order(unit):
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
                problems.append(InputProblem(ld.where(), _NOT_READ))
                continue
            enc = self._encoder(ld)
            for b in self._header(ld, v, enc):
                clash = any(x.field == b.field and x.text != b.text for x in meta.bindings)
                if clash:
                    b.field = f"{b.field}@page{page}"
                meta.merge(b)
            for i, m in enumerate(v["messages"]):
                if not isinstance(m, dict):
                    problems.append(InputProblem(ld.where(("messages", i)), _NOT_OBJECT))
                    continue
                rows.append((ld, i, m))
        rows.sort(key=lambda r: _ts_key(r[2]))
        ids = _Ids()
        items = [meta]
        for ld, i, m in rows:
            items.append(self._message(ld, i, m, conv, str(thread_path), ids))
        return docs, items, problems

    def _encoder(self, ld: Loaded) -> _Repairing:
        mojibake = ld.layer.text.isascii()

        def enc(value: str) -> tuple[str, Callable[[str], str]]:
            if not mojibake:
                return value, encode_raw
            fixed, remoji = repair(value)
            return fixed, encode_meta if remoji else encode_ascii

        return enc

    def _bind(
        self, ld: Loaded, path: tuple[Any, ...], name: str, enc: _Repairing
    ) -> Binding | None:
        value = None
        try:
            value = ld.get(path)
        except (KeyError, IndexError, TypeError):
            return None
        if not isinstance(value, str):
            return None
        shown, encoder = enc(value)
        return bind(ld, path, name, encoder, shown=lambda _v: shown)

    def _header(self, ld: Loaded, v: dict[str, Any], enc: Any) -> Iterator[Any]:
        b = self._bind(ld, ("title",), "title", enc)
        if b:
            yield b
        found: list[Binding] = [b] if b else []
        for k, p in enumerate(as_list(v.get("participants"))):
            if isinstance(p, dict):
                b = self._bind(ld, ("participants", k, "name"), f"participants[{k}].name", enc)
                if b:
                    found.append(b)
                    yield b
        # the rest of the header (image, joinable_mode.link, thread_path, new keys)
        rest = Item(Message(id="", text=""))
        skip = frozenset({"messages"})
        bind_rest(rest, ld, (), enc, _spans(ld, found), self._bind, skip=skip)
        yield from rest.bindings

    def _message(
        self, ld: Loaded, i: int, m: dict[str, Any], conv: str, thread: str, ids: _Ids
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
        mid = ids(conv, short_hash(thread, sender, ts, content, uris))
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
        # everything else in the message (media URIs, share links, call narration, new keys)
        bind_rest(item, ld, base, enc, _spans(ld, item.bindings), self._bind)
        return item


def _spans(ld: Loaded, bindings: list[Binding]) -> set[tuple[int, int]]:
    return {g.span for b in bindings for segs in b.targets for g in segs if g.layer is ld.layer}


_NOT_READ = "no 'messages' list; page not read"
_NOT_OBJECT = "message is not an object"


def _in_page_order(unit: Unit) -> list[Entry]:
    return sorted(unit.entries, key=lambda e: (_page_no(e), e.name))


class _Ids:
    """:class:`~privacyguard.ingest.base.IdMaker`'s numbering (``~2``, ``~3`` for exact
    repeats, counted in output order) in less memory: within one thread every id is
    ``<conversation>#<12 hex digits>``, so the digits, as an int, are the key."""

    def __init__(self) -> None:
        self.once: set[int] = set()
        self.more: dict[int, int] = {}

    def __call__(self, conv: str, digest: str) -> str:
        k = int(digest, 16)
        if k not in self.once:
            self.once.add(k)
            return f"{conv}#{digest}"
        n = self.more.get(k, 1) + 1
        self.more[k] = n
        return f"{conv}#{digest}~{n}"


@dataclass
class _Page:
    """What the first pass keeps of one page: its header and its time range, not its body."""

    order: int
    entry: Entry
    parsed: bool = False  # is JSON
    failure: InputProblem | None = None  # why it is not
    line: int = 1  # where its top-level value starts
    thread: bool = False  # an object with a 'messages' list
    thread_path: Any = None
    header: list[tuple[str, str]] = field(default_factory=list)  # (field, text) as read
    lo: float | None = None  # smallest and largest timestamp key of its message objects
    hi: float | None = None
    bad_rows: int = 0  # entries of 'messages' that are not objects

    def where(self) -> Any:
        return self.entry.where(self.line, None)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _survey(entry: Entry, order: int) -> _Page:
    p = _Page(order, entry)
    try:
        raw = entry.read_bytes()
    except InputFormatError as err:  # over max_file_bytes
        p.failure = problem(err)
        return p
    value: Any = None
    try:
        text = raw.decode("utf-8")
        start = 1 if text[:1] == "\ufeff" else 0
        value = json.loads(text[start:] if start else text, parse_constant=_reject_constant)
    except (UnicodeDecodeError, ValueError, RecursionError):
        try:  # the span parser is the judge (and gives the line and column)
            value = load(entry).doc.value
        except InputFormatError as err:
            p.failure = problem(err)
            return p
        text = raw.decode("utf-8")
        start = 1 if text[:1] == "\ufeff" else 0
    del raw
    p.parsed = True
    p.line = text.count("\n", 0, _WS.match(text, start).end()) + 1  # type: ignore[union-attr]
    if not isinstance(value, dict) or not isinstance(value.get("messages"), list):
        return p
    p.thread = True
    p.thread_path = value.get("thread_path")
    mojibake = text.isascii()

    def shown(v: Any) -> str | None:
        if not isinstance(v, str):
            return None
        return repair(v)[0] if mojibake else v

    title = shown(value.get("title"))
    if title is not None:
        p.header.append(("title", title))
    for k, person in enumerate(as_list(value.get("participants"))):
        name = shown(person.get("name")) if isinstance(person, dict) else None
        if name is not None:
            p.header.append((f"participants[{k}].name", name))
    # the rest of the header, as _header binds it (bind_rest over the same strings)
    known = {("title",), *(("participants", k, "name") for k in range(len(p.header)))}
    for path, v in rest_strings(value, (), frozenset({"messages"}), numbers=True):
        if path not in known:
            p.header.append((path_str(path), shown(v) or v))
    for m in value["messages"]:
        if not isinstance(m, dict):
            p.bad_rows += 1
            continue
        key = _ts_key(m)
        p.lo = key if p.lo is None else min(p.lo, key)
        p.hi = key if p.hi is None else max(p.hi, key)
    return p


def _groups(pages: list[_Page]) -> list[list[_Page]]:
    """Pages in time order, those whose ranges overlap or touch in one group: every key of a
    group is below every key of the next, so sorting group by group sorts the thread."""
    out: list[list[_Page]] = []
    hi = 0.0
    for p in sorted(pages, key=lambda p: (p.lo, p.order)):
        assert p.lo is not None and p.hi is not None
        if out and p.lo <= hi:
            out[-1].append(p)
            hi = max(hi, p.hi)
        else:
            out.append([p])
            hi = p.hi
    return out


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
