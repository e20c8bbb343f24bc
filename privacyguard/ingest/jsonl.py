"""JSONL messages: one {"id", "text", "lang"?, "conversation_id"?} object per line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from privacyguard.models import InputProblem, Message, SourceLocation
from privacyguard.registry import readers

Record = Message | InputProblem


@readers.register("jsonl")
class JsonlReader:
    """Streams the file line by line; every line that is not a usable message becomes an
    InputProblem with its line number (the line's content is never quoted)."""

    def sniff(self, head: bytes) -> bool:
        return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")

    def read(self, stream: BinaryIO, name: str) -> Iterator[Record]:
        records = 0
        for number, raw in enumerate(stream, 1):
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            records += 1
            where = SourceLocation(name, number)
            try:
                line = raw.decode("utf-8").rstrip("\r\n")
            except UnicodeDecodeError as e:
                yield InputProblem(
                    where,
                    f"not valid UTF-8 (byte 0x{raw[e.start]:02x} at column {e.start + 1}); "
                    "re-encode the file as UTF-8",
                )
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                yield InputProblem(
                    SourceLocation(name, number, e.colno),
                    f"invalid JSON ({e.msg.removesuffix(' at').lower()}); fix or remove this line",
                )
                continue
            if not isinstance(obj, dict):
                yield InputProblem(where, "expected a JSON object with 'id' and 'text'")
                continue
            text = obj.get("text")
            if not isinstance(text, str):
                what = (
                    "has no 'text'"
                    if text is None
                    else f"'text' is {type(text).__name__}, not a string"
                )
                yield InputProblem(where, f"message {what}; every line needs a text string")
                continue
            mid = obj.get("id", number)
            lang = obj.get("lang")
            conv = obj.get("conversation_id")
            yield Message(
                id=str(mid),
                text=text,
                lang=str(lang) if lang else None,
                conversation_id=str(conv) if conv is not None else None,
                source=where,
            )
        if records == 0:
            yield InputProblem(SourceLocation(name), "empty: no messages to scan")

    def write(self, messages: Iterator[Message], stream: BinaryIO) -> None:
        for m in messages:
            obj: dict[str, object] = {"id": m.id, "text": m.text}
            if m.lang:
                obj["lang"] = m.lang
            if m.conversation_id is not None:
                obj["conversation_id"] = m.conversation_id
            stream.write(json.dumps(obj, ensure_ascii=False).encode("utf-8") + b"\n")
