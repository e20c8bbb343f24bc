"""Plain text: every non-blank line is one message, its id the line number.

Only used for a single file (or stdin) that no other reader recognises; in a folder or zip an
unrecognised file is reported instead. The writer keeps line endings and a BOM as they were.
"""

from __future__ import annotations

from collections.abc import Iterator

from privacyguard.ingest.base import Options, Reader, Record, Rewrite, Sink, Unit
from privacyguard.ingest.limits import Limits, LongLine, capped_lines, long_line
from privacyguard.models import InputProblem, Message, SourceLocation
from privacyguard.registry import readers

_BOM = b"\xef\xbb\xbf"


@readers.register("text")
class TextReader(Reader):
    """One message per non-blank line."""

    name = "text"
    label = "plain text"
    global_ids = False

    def sniff(self, head: bytes, name: str) -> bool:
        return True  # the fallback

    def _lines(
        self, unit: Unit, limits: Limits
    ) -> Iterator[tuple[bytes, bytes, bytes, Record | None]]:
        """(prefix, content, terminator, record) per line; a line over the limit is a problem."""
        name = unit.entry.display
        records = 0
        with unit.entry.open() as stream:
            for number, raw in enumerate(capped_lines(stream, limits.max_line_bytes), 1):
                if isinstance(raw, LongLine):
                    records += 1
                    problem = InputProblem(
                        SourceLocation(name, number), long_line(number, raw, limits)
                    )
                    yield b"", b"", b"", problem
                    continue
                prefix = _BOM if number == 1 and raw.startswith(_BOM) else b""
                body = raw[len(prefix) :]
                content = body.rstrip(b"\r\n")
                term = body[len(content) :]
                try:
                    line = content.decode("utf-8")
                except UnicodeDecodeError as e:
                    records += 1
                    yield (
                        prefix,
                        content,
                        term,
                        InputProblem(
                            SourceLocation(name, number),
                            f"not valid UTF-8 (byte 0x{content[e.start]:02x} at column "
                            f"{e.start + 1}); re-encode the file as UTF-8",
                        ),
                    )
                    continue
                if not line.strip():
                    yield prefix, content, term, None
                    continue
                records += 1
                msg = Message(
                    id=str(number), text=line, source=SourceLocation(name, number), kind="text"
                )
                yield prefix, content, term, msg
        if records == 0:
            yield b"", b"", b"", InputProblem(SourceLocation(name), "empty: no messages to scan")

    def read(self, unit: Unit, options: Options) -> Iterator[Record]:
        for *_, rec in self._lines(unit, options.limits):
            if rec is not None:
                yield rec

    def write(
        self, unit: Unit, rewrite: Rewrite, sink: Sink, options: Options
    ) -> list[InputProblem]:
        problems: list[InputProblem] = []
        with sink.open(unit.entry.name) as out:
            for prefix, content, term, rec in self._lines(unit, options.limits):
                if isinstance(rec, InputProblem):
                    problems.append(rec)
                    continue
                if isinstance(rec, Message):
                    content = rewrite(rec.id, "text", rec.text).encode("utf-8")
                out.write(prefix + content + term)
        return problems
