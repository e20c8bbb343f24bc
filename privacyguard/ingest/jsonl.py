"""JSONL transcripts: one object per line, e.g. {"id", "text", "lang"?, "conversation_id"?}.

Keys are found like CSV columns (``message_id``/``id``, ``text``, ``conversation_id``,
``author``/``sender``, ``role``, ``timestamp``, ``lang``/``language``; see
:mod:`privacyguard.ingest.tabular`), or given with ``columns=``. A ``null`` text is an event
row (kind "event", empty text); a missing text key is a problem. Timestamps may be ISO-8601
with or without offset, or epoch seconds/milliseconds as numbers or strings.

Streams line by line; every line that is not a usable message becomes an InputProblem with its
line number (the line's content is never quoted). The writer patches only the changed strings
of a line (in the line's own escaping style); other lines are copied byte for byte.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import PurePosixPath
from typing import Any

from privacyguard.ingest.base import Options, Reader, Record, Rewrite, Sink, Unit
from privacyguard.ingest.idset import GivenIds
from privacyguard.ingest.jsonfmt import rest_strings
from privacyguard.ingest.jsonspan import apply_patches, parse, path_str, style_for
from privacyguard.ingest.limits import LongLine, TooDeep, capped_lines, loads, long_line
from privacyguard.ingest.tabular import ALIASES, STRUCTURAL_ROLES, fallback_id, role_of, timestamp
from privacyguard.models import InputProblem, Message, SourceLocation
from privacyguard.registry import readers


def _keys(obj: dict[str, Any], options: Options) -> dict[str, str]:
    from privacyguard.ingest.tabular import _norm

    out = dict(options.columns or {})
    by_norm = {_norm(k): k for k in obj}
    for role, aliases in ALIASES.items():
        if role in out:
            continue
        for a in aliases:
            if a in by_norm and by_norm[a] not in out.values():
                out[role] = by_norm[a]
                break
    out.setdefault("text", "text")
    return out


#: key lists remembered per reading pass (lines of a file mostly share one); a longer list of
#: keys is worked out each time
KEYS_REMEMBERED, KEYS_LONGEST = 64, 64


def _keys_of(options: Options) -> Callable[[dict[str, Any]], dict[str, str]]:
    """:func:`_keys` for each object, worked out once per list of key names (in order: a
    later key of the same normalised name wins) and reused for the lines that repeat it."""
    seen: dict[tuple[str, ...], dict[str, str]] = {}

    def keys(obj: dict[str, Any]) -> dict[str, str]:
        if len(obj) > KEYS_LONGEST:
            return _keys(obj, options)
        names = tuple(obj)
        found = seen.get(names)
        if found is None:
            if len(seen) >= KEYS_REMEMBERED:
                seen.clear()
            found = seen[names] = _keys(obj, options)
        return found

    return keys


@readers.register("jsonl")
class JsonlReader(Reader):
    """One JSON object per line."""

    name = "jsonl"
    label = "JSONL transcript"
    global_ids = False

    def sniff(self, head: bytes, name: str) -> bool:
        text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
        if not text.startswith(b"{"):
            return False
        if PurePosixPath(name).suffix.lower() in (".jsonl", ".ndjson"):
            return True
        first = text.split(b"\n", 1)[0]
        try:
            return isinstance(json.loads(first), dict)
        except (ValueError, RecursionError):
            return False

    def _records(self, unit: Unit, options: Options) -> Iterator[tuple[bytes, Record | None]]:
        entry = unit.entry
        name = entry.display
        qualify, given = self._ids(unit, options)
        records = 0
        limits = options.limits
        keys_of = _keys_of(options)
        with entry.open() as stream:
            for number, raw in enumerate(capped_lines(stream, limits.max_line_bytes), 1):
                where = SourceLocation(name, number)
                if isinstance(raw, LongLine):
                    records += 1
                    yield raw, InputProblem(where, long_line(number, raw, limits))
                    continue
                body = raw[3:] if number == 1 and raw.startswith(b"\xef\xbb\xbf") else raw
                if not body.strip():
                    yield raw, None
                    continue
                records += 1
                try:
                    line = body.decode("utf-8").rstrip("\r\n")
                except UnicodeDecodeError as e:
                    yield (
                        raw,
                        InputProblem(
                            where,
                            f"not valid UTF-8 (byte 0x{body[e.start]:02x} at column "
                            f"{e.start + 1}); re-encode the file as UTF-8",
                        ),
                    )
                    continue
                try:
                    obj = loads(line, limits.max_json_depth)
                except TooDeep as e:
                    why = f"{e}; the line was not read (fix or remove it, or raise the limit)"
                    yield raw, InputProblem(where, why)
                    continue
                except json.JSONDecodeError as e:
                    yield (
                        raw,
                        InputProblem(
                            SourceLocation(name, number, e.colno),
                            f"invalid JSON ({e.msg.removesuffix(' at').lower()}); "
                            "fix or remove this line",
                        ),
                    )
                    continue
                if not isinstance(obj, dict):
                    yield raw, InputProblem(where, "expected a JSON object with 'id' and 'text'")
                    continue
                keys = keys_of(obj)
                tkey = keys["text"]
                text = obj.get(tkey)
                if tkey not in obj or not (text is None or isinstance(text, str)):
                    what = (
                        f"has no '{tkey}'"
                        if tkey not in obj
                        else f"'{tkey}' is {type(text).__name__}, not a string"
                    )
                    yield (
                        raw,
                        InputProblem(where, f"message {what}; every line needs a text string"),
                    )
                    continue
                mid = obj.get(keys.get("id", "id"))
                mid = str(mid) if mid not in (None, "") else fallback_id(number, given)
                conv = obj.get(keys.get("conversation", "conversation_id"))
                conv = str(conv) if conv is not None else None
                if qualify and conv:
                    mid = f"{conv}:{mid}"
                lang = obj.get(keys.get("lang", "lang"))
                when, note = (
                    timestamp(obj.get(keys["timestamp"]), options)
                    if "timestamp" in keys
                    else (None, None)
                )
                sender = obj.get(keys["sender"]) if "sender" in keys else None
                extra = []
                if isinstance(sender, str):
                    extra.append(("sender", sender))
                extra += [(path_str(p), v) for p, v in _other_strings(obj, keys)]
                yield (
                    raw,
                    Message(
                        id=mid,
                        text=text or "",
                        lang=str(lang) if lang else None,
                        conversation_id=conv,
                        sender=sender if isinstance(sender, str) else None,
                        sender_role=role_of(obj.get(keys["role"])) if "role" in keys else None,
                        timestamp=when,
                        source=where,
                        fields=tuple(extra),
                        kind="text" if text is not None else "event",
                        notes=(note,) if note else (),
                    ),
                )
        if records == 0:
            yield b"", InputProblem(SourceLocation(name), "empty: no messages to scan")

    def _ids(self, unit: Unit, options: Options) -> tuple[bool, GivenIds]:
        """Whether ids repeat (across conversations), so they need the conversation prefix,
        and the ids the file gives (a line without one must not be given one of them); in
        about 8 bytes per id (:mod:`privacyguard.ingest.idset`)."""
        limits = options.limits
        keys_of = _keys_of(options)

        def values() -> Iterator[str]:
            with unit.entry.open() as stream:
                for raw in capped_lines(stream, limits.max_line_bytes):
                    try:
                        obj = loads(raw.lstrip(b"\xef\xbb\xbf"), limits.max_json_depth)
                    except ValueError:
                        continue
                    if not isinstance(obj, dict):
                        continue
                    keys = keys_of(obj)
                    if "id" not in keys or obj.get(keys["id"]) is None:
                        continue
                    # empty ids count as repeats, as they always did: whether a file's ids
                    # are qualified must not change, or tombstones keyed by them stop matching
                    yield str(obj[keys["id"]])

        given = GivenIds.of(values)
        return given.repeats, given

    def read(self, unit: Unit, options: Options) -> Iterator[Record]:
        for _, rec in self._records(unit, options):
            if rec is not None:
                yield rec

    def write(
        self, unit: Unit, rewrite: Rewrite, sink: Sink, options: Options
    ) -> list[InputProblem]:
        problems: list[InputProblem] = []
        with sink.open(unit.entry.name) as out:
            for raw, rec in self._records(unit, options):
                if isinstance(rec, InputProblem):
                    problems.append(rec)
                    continue  # withheld: it could not be read, so it cannot be redacted
                if isinstance(rec, Message):
                    raw = _rewrite_line(raw, rec, rewrite, options)
                out.write(raw)
        return problems


def _other_strings(obj: dict[str, Any], keys: dict[str, str]) -> Iterator[tuple[Any, str]]:
    """Every string of the object (nested ones too) besides the text, the sender and the
    structural keys (id, timestamp, role, lang): a key nobody mapped is scanned, not passed
    on unseen (see :func:`privacyguard.ingest.jsonfmt.rest_strings`)."""
    skip = frozenset(keys[r] for r in (*STRUCTURAL_ROLES, "text", "sender") if r in keys)
    yield from rest_strings(obj, (), skip, numbers=True)


def _rewrite_line(raw: bytes, msg: Message, rewrite: Rewrite, options: Options) -> bytes:
    bom = b"\xef\xbb\xbf" if raw.startswith(b"\xef\xbb\xbf") else b""
    line = raw[len(bom) :].decode("utf-8")
    depth = options.limits.max_json_depth
    doc = parse(line, trailing="", max_depth=depth) if line.strip() else None
    if doc is None or not isinstance(doc.value, dict):
        return raw
    keys = _keys(doc.value, options)
    enc = style_for(line)
    patches = []
    wanted = [("text", keys["text"])]
    if "sender" in keys:
        wanted.append(("sender", keys["sender"]))
    for fld, key in wanted:
        value = doc.value.get(key)
        if not isinstance(value, str):
            continue
        new = rewrite(msg.id, fld, value)
        if new != value:
            s, e = doc.spans[(key,)]
            patches.append((s, e, enc(new)))
    for path, value in _other_strings(doc.value, keys):
        new = rewrite(msg.id, path_str(path), value)
        if new != value:
            s, e = doc.spans[path]
            patches.append((s, e, enc(new)))  # a number that changed is written as a string
    if not patches:
        return raw
    return bom + apply_patches(line, patches).encode("utf-8")
