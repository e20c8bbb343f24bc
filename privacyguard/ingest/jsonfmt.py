"""Shared plumbing for the JSON formats: load a file with spans, bind fields, write back."""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from privacyguard.errors import InputFormatError
from privacyguard.ingest.base import Entry, Options, Reader, Record, Rewrite, Sink, Unit
from privacyguard.ingest.jsonspan import (
    JsonDoc,
    JsonSpanError,
    JsonTooDeep,
    Path,
    parse,
    path_str,
)
from privacyguard.ingest.segments import Binding, Layer, Seg, apply_binding, flush
from privacyguard.models import InputProblem, Message, SourceLocation


@dataclass
class Loaded:
    entry: Entry
    doc: JsonDoc
    layer: Layer
    children: list[Layer] = field(default_factory=list)

    def nested(self, path: Path, encode: Callable[[str], str]) -> Layer | None:
        """A layer over the decoded string at ``path`` (HTML inside a JSON string)."""
        span = self.doc.spans.get(path)
        value = self.get(path) if span else None
        if not isinstance(value, str) or span is None:
            return None
        layer = Layer(value, self.layer, span, encode)
        self.children.append(layer)
        return layer

    def where(self, path: Path = ()) -> SourceLocation:
        return self.entry.where(self.doc.line_at(path), path_str(path) or None)

    def get(self, path: Path) -> Any:
        v: Any = self.doc.value
        for p in path:
            v = v[p]
        return v


def load(entry: Entry, *, tolerant: bool = False, skip: int = 0, trailing: str = "") -> Loaded:
    """Parse ``entry`` (UTF-8, optional BOM); ``skip`` characters of wrapper are kept as-is."""
    raw = entry.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw.count(b"\n", 0, e.start) + 1
        raise InputFormatError(
            entry.where(line),
            f"not valid UTF-8 (byte 0x{raw[e.start]:02x}); re-encode the file as UTF-8",
        ) from None
    start = skip + (1 if text[skip : skip + 1] == "\ufeff" else 0)
    limit = entry.limits.max_json_depth
    try:
        doc = parse(text, start, tolerant=tolerant, trailing=trailing, max_depth=limit)
    except JsonSpanError as e:
        tmp = JsonDoc(text, None, {})
        line, col = tmp.line_col(min(e.pos, len(text)))
        why = (
            f"JSON {e.msg}; the file was not read (raise the limit if the export is genuine)"
            if isinstance(e, JsonTooDeep)
            else f"invalid JSON ({e.msg}); the file was not read"
        )
        raise InputFormatError(entry.where(line, column=col), why) from None
    return Loaded(entry, doc, Layer(text))


def problem(err: InputFormatError) -> InputProblem:
    return InputProblem(err.location, err.reason)


def bind(
    ld: Loaded,
    path: Path,
    name: str,
    encode: Callable[[str], str],
    shown: Callable[[str], str] | None = None,
) -> Binding | None:
    """A binding for the string at ``path`` (None when it is absent or not a string)."""
    span = ld.doc.spans.get(path)
    if span is None:
        return None
    try:
        value = ld.get(path)
    except (KeyError, IndexError, TypeError):
        return None
    if not isinstance(value, str):
        return None
    text = shown(value) if shown else value
    return Binding(name, text, [[Seg(text, ld.layer, span, encode)]])


def bind_number(ld: Loaded, path: Path, name: str) -> Binding | None:
    """A number exposed as text (coordinates): new text that is a number stays a number,
    anything else is written as a JSON string."""
    import json

    span = ld.doc.spans.get(path)
    value = ld.get(path) if span else None
    if span is None or isinstance(value, bool) or not isinstance(value, int | float):
        return None
    raw = ld.layer.text[span[0] : span[1]]

    def enc(new: str) -> str:
        try:
            float(new)
            return new
        except ValueError:
            return json.dumps(new, ensure_ascii=False)

    return Binding(name, raw, [[Seg(raw, ld.layer, span, enc)]])


@dataclass
class Item:
    """One message to yield, with the bindings its writer rewrites."""

    message: Message
    bindings: list[Binding] = field(default_factory=list)

    def add(self, b: Binding | None) -> None:
        if b is not None:
            self.bindings.append(b)

    def merge(self, b: Binding | None) -> None:
        """Add, or add as another place of an existing field with the same text."""
        if b is None:
            return
        for old in self.bindings:
            if old.field == b.field and old.text == b.text:
                old.targets.extend(b.targets)
                return
        self.bindings.append(b)

    def finished(self) -> Message:
        text = ""
        extra: list[tuple[str, str]] = []
        for b in self.bindings:
            if b.field == "text":
                text = b.text
            else:
                extra.append((b.field, b.text))
        return replace(self.message, text=text, fields=tuple(extra))


def prefixed(prefix: str, items: Iterable[tuple[str, Binding | None]]) -> Iterator[Binding]:
    for name, b in items:
        if b is not None:
            b.field = f"{prefix}{name}"
            yield b


def write_docs(
    items: Iterable[Item],
    docs: list[Loaded],
    rewrite: Rewrite,
    sink: Sink,
    extra_layers: Iterable[Layer] = (),
) -> None:
    for item in items:
        mid = item.message.id
        for b in item.bindings:
            apply_binding(b, rewrite(mid, b.field, b.text))
    flush([*extra_layers, *(c for d in docs for c in d.children), *(d.layer for d in docs)])
    for d in docs:
        sink.write_bytes(d.entry.name, d.layer.result().encode("utf-8"))


class DocumentReader(Reader):
    """A JSON format read whole per unit: `_load` binds the fields, and reading and writing
    back both follow from it."""

    @abstractmethod
    def _load(self, unit: Unit) -> tuple[list[Loaded], list[Item], list[InputProblem]]:
        """The unit's parsed documents, its items (messages with bound fields), problems."""

    def read(self, unit: Unit, options: Options) -> Iterator[Record]:
        _, items, problems = self._load(unit)
        for item in items:
            yield item.finished()
        yield from problems

    def write(
        self, unit: Unit, rewrite: Rewrite, sink: Sink, options: Options
    ) -> list[InputProblem]:
        docs, items, problems = self._load(unit)
        write_docs(items, docs, rewrite, sink)
        return problems


#: keys whose string values are structure (types, states, times, ids the vendor made up)
STRUCTURAL_KEYS = frozenset(
    {
        "type",
        "part_type",
        "delivered_as",
        "state",
        "priority",
        "content_type",
        "mime_type",
        "media_type",
        "created_at",
        "updated_at",
        "notified_at",
        "date",
        "date_unixtime",
        "edited",
        "edited_unixtime",
        "id",
        "role",
        "channel",
        "rel",
        "locale",
        "createdAt",
        "timestamp",
        "reactionKey",
        # X/Twitter's numeric user and event ids hold the archive together (senders,
        # conversations): they are pseudonymous ids, not redacted (docs/how-to/redact-an-export.md)
        "senderId",
        "recipientId",
        "conversationId",
        "initiatingUserId",
        "userIds",
        "participantsSnapshot",
        "eventId",
        # sizes and times that are numbers
        "creation_timestamp",
        "timestamp_ms",
        "size",
        "filesize",
        "file_size",
        "photo_file_size",
        "width",
        "height",
        "duration_seconds",
        "call_duration",
        "count",
        "total_count",
    }
)


def taken_spans(ld: Loaded, items: Iterable[Item]) -> set[tuple[int, int]]:
    """The spans of ``ld`` that the items' bindings (and nested HTML layers) already cover."""
    taken = {c.span for c in ld.children if c.span is not None}
    for item in items:
        for b in item.bindings:
            for segs in b.targets:
                taken.update(s.span for s in segs if s.layer is ld.layer)
    return taken


def bind_rest(
    item: Item,
    ld: Loaded,
    base: Path,
    encode: Any,  # what `binder` takes as its encoder (bind's: Callable[[str], str])
    taken: set[tuple[int, int]],
    binder: Callable[..., Binding | None] | None = None,
    name_from: Path | None = None,
    skip: frozenset[str] = frozenset(),
) -> None:
    """Bind every string under ``base`` that no binding covers yet (and whose key is not
    :data:`STRUCTURAL_KEYS`), named by its path relative to ``base``: whatever a vendor adds
    to its format (custom attributes, new keys) is scanned and rewritten, never passed on
    unseen. Names are paths relative to ``name_from`` (default ``base``); keys in ``skip``
    are left out too (another record's subtree); ``taken`` is updated."""
    binder = binder or bind
    try:
        root = ld.get(base)
    except (KeyError, IndexError, TypeError):
        return
    for path, _value in rest_strings(root, base, skip, numbers=True):
        span = ld.doc.spans.get(path)
        if span is None or span in taken:
            continue
        rel = path[len(base if name_from is None else name_from) :]
        name = path_str(rel) or "value"
        if isinstance(ld.get(path), str):
            b = binder(ld, path, name, encode)
        else:
            b = bind_number(ld, path, name)
        if b is not None:
            item.add(b)
            taken.add(span)


def rest_strings(
    value: Any, base: Path = (), skip: frozenset[str] = frozenset(), numbers: bool = False
) -> Iterator[tuple[Path, str]]:
    """Every non-empty string under ``value`` (at ``base``) in document order, with its path;
    keys in :data:`STRUCTURAL_KEYS` or ``skip`` are not entered. With ``numbers``, whole
    numbers of six digits or more too (as text: a BSN or an account number kept as a number),
    unless their key names an id (``*_id``, ``*Id``; ``external_id`` is scanned)."""
    stack: list[tuple[Path, Any]] = [(base, value)]
    while stack:
        path, v = stack.pop()
        if isinstance(v, dict):
            stack.extend((((*path, k), x) for k, x in reversed(v.items())
                          if k not in STRUCTURAL_KEYS and k not in skip))  # fmt: skip
        elif isinstance(v, list):
            stack.extend(((*path, i), x) for i, x in reversed(list(enumerate(v))))
        elif isinstance(v, str) and v:
            yield path, v
        elif numbers and _personal_number(path, v):
            yield path, str(v)


def _personal_number(path: Path, v: Any) -> bool:
    if isinstance(v, bool) or not isinstance(v, int) or abs(v) < 100_000:
        return False
    key = next((p for p in reversed(path) if isinstance(p, str)), "")
    return key == "external_id" or not (key.endswith(("_id", "Id")) or key == "id")


def cover_rest(
    ld: Loaded,
    conv: str | None,
    based: list[tuple[Item, Path]],
    items: list[Item],
    encode: Callable[[str], str],
    binder: Callable[..., Binding | None] | None = None,
) -> None:
    """Every string no field covers yet: under each record's own path (``based``, records
    before their containers), then anywhere in the document as a ``#document`` metadata
    record, so nothing in the file is passed on unscanned. A record's own fields are named
    from its path; a header's (kind metadata: users, contacts, a chat) from the root."""
    taken = taken_spans(ld, items)
    for item, base in based:
        own = item.message.kind != "metadata"
        bind_rest(item, ld, base, encode, taken, binder, name_from=None if own else ())
    doc = Item(
        Message(id=f"{conv or ld.entry.name}#document", text="", conversation_id=conv,
                source=ld.where(), kind="metadata")
    )  # fmt: skip
    bind_rest(doc, ld, (), encode, taken, binder)
    if doc.bindings:
        items.append(doc)
