"""Plain text: every non-blank line is one message, its id the line number."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from privacyguard.models import InputProblem, Message, SourceLocation
from privacyguard.registry import readers


@readers.register("text")
class TextReader:
    def sniff(self, head: bytes) -> bool:
        return True  # the fallback

    def read(self, stream: BinaryIO, name: str) -> Iterator[Message | InputProblem]:
        records = 0
        for number, raw in enumerate(stream, 1):
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            try:
                line = raw.decode("utf-8").rstrip("\r\n")
            except UnicodeDecodeError as e:
                records += 1
                yield InputProblem(
                    SourceLocation(name, number),
                    f"not valid UTF-8 (byte 0x{raw[e.start]:02x} at column {e.start + 1}); "
                    "re-encode the file as UTF-8",
                )
                continue
            if not line.strip():
                continue
            records += 1
            yield Message(id=str(number), text=line, source=SourceLocation(name, number))
        if records == 0:
            yield InputProblem(SourceLocation(name), "empty: no messages to scan")

    def write(self, messages: Iterator[Message], stream: BinaryIO) -> None:
        for m in messages:
            stream.write(m.text.encode("utf-8") + b"\n")
