"""CSV transcripts (privacyguard's interchange schema, help-desk and Excel exports).

Encoding: a UTF-8 BOM, else strict UTF-8 if the whole file decodes, else the legacy code
page (``legacy_encoding``, default cp1252; ``encoding=`` forces one). Delimiter: sniffed from
the header among ``, ; TAB |`` (``delimiter=`` forces one). RFC 4180 quoting with embedded
newlines and ``""``. Columns: see :mod:`privacyguard.ingest.tabular`.

The file is read record by record. Every field keeps its position in the raw record, so the
writer replaces only the text fields it changes (quoting them as they were, or as needed),
and an identity rewrite gives back the same bytes, BOM and line endings included.
Message ids are the id column (qualified as ``<conversation>:<id>`` when ids repeat across
conversations), else the record's first line number.
"""

from __future__ import annotations

import codecs
import csv
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath

from privacyguard.errors import InputFormatError
from privacyguard.ingest.base import Entry, Options, Reader, Record, Rewrite, Sink, Unit
from privacyguard.ingest.idset import GivenIds
from privacyguard.ingest.limits import Limits, LongLine, capped_lines, long_line, over
from privacyguard.ingest.limits import size as fmt_size
from privacyguard.ingest.tabular import fallback_id, mapping, other_columns, role_of, timestamp
from privacyguard.models import InputProblem, Message
from privacyguard.registry import readers

DELIMITERS = ",;\t|"


@dataclass
class Row:
    line: int  # first line of the record
    raw: str  # the record's text including its line terminator(s)
    end: int  # where the content ends (before the final terminator)
    cells: list[tuple[str, int, int, bool]]  # (value, start, end, quoted)
    bad: str | None = None  # why the record could not be decoded


def _encoding(entry: Entry, options: Options) -> tuple[str, bool]:
    """(codec, whether the legacy fallback decided it)."""
    if options.encoding:
        return options.encoding, False
    if entry.head(3) == codecs.BOM_UTF8:
        return "utf-8", False
    dec = codecs.getincrementaldecoder("utf-8")()
    try:
        with entry.open() as f:
            while chunk := f.read(1 << 16):
                dec.decode(chunk)
            dec.decode(b"", final=True)
        return "utf-8", False
    except UnicodeDecodeError:
        return options.legacy_encoding, True


#: the most of a header line given to csv.Sniffer (its regexes take quadratic time)
SNIFF_CHARS = 1024


def _delimiter(header: str, options: Options) -> str:
    if options.delimiter:
        return options.delimiter
    header = header[:SNIFF_CHARS]
    try:
        return csv.Sniffer().sniff(header, delimiters=DELIMITERS).delimiter
    except csv.Error:
        counts = {d: header.count(d) for d in DELIMITERS}
        return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def _cells(text: str, delim: str) -> list[tuple[str, int, int, bool]]:
    cells = []
    i, n = 0, len(text)
    while True:
        if i < n and text[i] == '"':
            j = i + 1
            buf = []
            while j < n:
                k = text.find('"', j)
                if k == -1:
                    buf.append(text[j:])
                    j = n
                    break
                buf.append(text[j:k])
                if k + 1 < n and text[k + 1] == '"':
                    buf.append('"')
                    j = k + 2
                    continue
                j = k + 1
                break
            # anything between the closing quote and the delimiter is kept in the value
            k = text.find(delim, j)
            stop = n if k == -1 else k
            value = "".join(buf) + text[j:stop]
            cells.append((value, i, stop, True))
        else:
            k = text.find(delim, i)
            stop = n if k == -1 else k
            cells.append((text[i:stop], i, stop, False))
        if stop >= n:
            return cells
        i = stop + len(delim)


def rows(entry: Entry, encoding: str, delim: str | None) -> Iterator[Row | str]:
    """The records of a CSV file; the delimiter (when None) is decided on the header and
    yielded first as a string. A record over ``max_field_bytes`` (or with a line over
    ``max_line_bytes``) is not held: it comes as a Row without cells whose ``bad`` says so."""
    limits = entry.limits
    buf: list[str] = []
    start = 1
    bad: str | None = None
    quotes = size = 0
    refused: str | None = None  # the record is over a limit: only its quotes are counted
    with entry.open() as f:
        lines = capped_lines(f, limits.max_line_bytes, count=b'"')
        for number, raw in enumerate(lines, 1):
            if not buf and refused is None:
                start, size = number, 0
            if isinstance(raw, LongLine):
                quotes += raw.counted
                refused = refused or long_line(number, raw, limits)
                buf = []
            else:
                try:
                    line = raw.decode(encoding)
                except UnicodeDecodeError as e:
                    line = raw.decode(encoding, "replace")
                    bad = bad or (
                        f"byte 0x{raw[e.start]:02x} at column {e.start + 1} of line {number} "
                        f"cannot be decoded as {encoding}; pass encoding=... (e.g. cp1252, "
                        "cp1251, utf-8)"
                    )
                quotes += line.count('"')
                size += len(raw)
                if refused is None and size > limits.max_field_bytes:
                    refused = _record_too_big(start, size, limits)
                    buf = []
                if refused is None:
                    buf.append(line)
            if quotes % 2:
                continue  # inside a quoted field: the newline is part of the value
            if refused is not None:
                if delim is None:
                    delim = ","
                    yield delim
                yield Row(start, "", 0, [], refused)
                refused, bad, quotes = None, None, 0
                continue
            text = "".join(buf)
            buf, quotes = [], 0
            content = text.rstrip("\r\n")
            if delim is None:
                delim = _delimiter(content, Options())
                yield delim
            yield Row(start, text, len(content), _cells(content, delim), bad)
            bad = None
    if refused is not None:
        if delim is None:
            yield ","
        yield Row(start, "", 0, [], refused)
    elif buf:
        text = "".join(buf)
        content = text.rstrip("\r\n")
        if delim is None:
            delim = ","
            yield delim
        yield Row(
            start,
            text,
            len(content),
            _cells(content, delim),
            bad or "unterminated quoted field at the end of the file (truncated?)",
        )


def _record_too_big(start: int, size: int, limits: Limits) -> str:
    return over(
        f"the record starting at line {start}",
        f"at least {fmt_size(size)}",
        fmt_size(limits.max_field_bytes),
        "max_field_bytes",
        "it was not read (check the quoting, or raise the limit)",
    )


#: what a cell a spreadsheet would run as a formula starts with (OWASP, "CSV Injection")
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def neutralised_cell(cell: str) -> str:
    """``cell`` as a spreadsheet shows text and never runs: a leading ``'`` when it starts
    with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return, unless it is a plain number
    (``-3``, ``+0.5``, which no spreadsheet runs). The rest of the cell is kept as it is.

    >>> neutralised_cell("=1+1"), neutralised_cell("@SUM(A1)"), neutralised_cell("-3")
    ("'=1+1", "'@SUM(A1)", '-3')
    """
    if cell.startswith("\ufeff"):  # the file's BOM, in the first cell of the header
        return "\ufeff" + neutralised_cell(cell[1:])
    if cell.startswith(FORMULA_PREFIXES) and not _NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def _quote(value: str, delim: str, quoted: bool) -> str:
    if quoted or any(c in value for c in (delim, '"', "\r", "\n")) or value != value.strip():
        return '"' + value.replace('"', '""') + '"'
    return value


@readers.register("csv")
class CsvReader(Reader):
    """CSV with a header row and a column mapping."""

    name = "csv"
    label = "CSV transcript"
    global_ids = False

    def sniff(self, head: bytes, name: str) -> bool:
        suffix = PurePosixPath(name).suffix.lower()
        if suffix in (".csv", ".tsv"):
            return True
        text = head.decode("utf-8", "ignore").lstrip("\ufeff")
        first = text.split("\n", 1)[0].strip()
        if not first or first.startswith(("{", "[", "<")):
            return False
        delim = _delimiter(first, Options())
        cols = [c.strip('"') for c in first.split(delim)]
        try:
            mapping(cols, Options(), None)  # type: ignore[arg-type]
        except InputFormatError:
            return False
        return len(cols) >= 3

    def _setup(
        self, unit: Unit, options: Options
    ) -> tuple[Entry, str, bool, Iterator[Row | str], str]:
        entry = unit.entry
        encoding, legacy = _encoding(entry, options)
        it = rows(entry, encoding, options.delimiter)
        delim = options.delimiter or next(it, ",")
        assert isinstance(delim, str)  # rows() yields the delimiter it decided first
        return entry, encoding, legacy, it, delim

    def _header(
        self, entry: Entry, it: Iterator[Row | str], options: Options
    ) -> tuple[Row, list[str], dict[str, str], dict[str, int]]:
        header = next(it, None)
        if isinstance(header, Row) and header.bad:
            raise InputFormatError(entry.where(1), header.bad)
        if header is None or not isinstance(header, Row) or not header.raw.strip():
            raise InputFormatError(entry.where(), "empty: no header row")
        names = [c[0] for c in header.cells]
        cols = mapping(names, options, entry.where(1))
        index = {n.replace("\ufeff", ""): i for i, n in enumerate(names)}
        return header, names, cols, index

    def _ids(self, unit: Unit, options: Options) -> tuple[bool, GivenIds]:
        """Whether ids repeat (across conversations), so they need the conversation prefix,
        and the ids the file gives (a row without one must not be given one of them); in
        about 8 bytes per id (:mod:`privacyguard.ingest.idset`)."""

        def values() -> Iterator[str]:
            entry, _, _, it, _ = self._setup(unit, options)
            try:
                _, _, cols, index = self._header(entry, it, options)
            except InputFormatError:
                return
            if "id" not in cols:
                return
            col = index[cols["id"]]
            for row in it:
                if isinstance(row, Row) and len(row.cells) > col:
                    # empty ids count as repeats, as they always did: whether a file's ids
                    # are qualified must not change, or tombstones keyed by them stop matching
                    yield row.cells[col][0]

        given = GivenIds.of(values)
        return given.repeats, given

    def _messages(
        self, unit: Unit, options: Options
    ) -> Iterator[tuple[Row, Message | InputProblem]]:
        entry, encoding, legacy, it, delim = self._setup(unit, options)
        header, names, cols, index = self._header(entry, it, options)
        self.ctx = (encoding, delim, cols, index)
        yield header, None  # type: ignore[misc]
        qualify, given = self._ids(unit, options)
        notes: tuple[str, ...] = ()
        if legacy:
            notes = (f"not UTF-8; decoded as {encoding} (legacy_encoding)",)
        count = 0
        for row in it:
            if not isinstance(row, Row):
                continue
            if row.bad:
                count += 1
                yield row, InputProblem(entry.where(row.line), row.bad)
                continue
            if not row.raw.strip():
                yield row, None  # type: ignore[misc]
                continue
            count += 1
            if len(row.cells) != len(names):
                yield (
                    row,
                    InputProblem(
                        entry.where(row.line),
                        f"record has {len(row.cells)} fields, the header has {len(names)}; "
                        "check the delimiter and quoting",
                    ),
                )
                continue

            def get(role: str, _row: Row = row) -> str | None:
                col = cols.get(role)
                return _row.cells[index[col]][0] if col else None

            conv = get("conversation") or None
            mid = get("id") or fallback_id(row.line, given)
            if qualify and conv:
                mid = f"{conv}:{mid}"
            when, note = timestamp(get("timestamp"), options)
            extra = []
            if "sender" in cols:
                extra.append(("sender", get("sender") or ""))
            for col in other_columns(list(index), cols):
                if row.cells[index[col]][0]:
                    extra.append((col, row.cells[index[col]][0]))
            text = get("text") or ""
            yield (
                row,
                Message(
                    id=mid,
                    text=text,
                    lang=get("lang") or None,
                    conversation_id=conv,
                    sender=get("sender") or None,
                    sender_role=role_of(get("role")),
                    timestamp=when,
                    source=entry.where(row.line),
                    fields=tuple(extra),
                    kind="text" if text else "event",
                    notes=notes + ((note,) if note else ()),
                ),
            )
        if count == 0:
            yield header, InputProblem(entry.where(), "empty: no messages to scan")

    def read(self, unit: Unit, options: Options) -> Iterator[Record]:
        try:
            for _, rec in self._messages(unit, options):
                if rec is not None:
                    yield rec
        except InputFormatError as e:
            yield InputProblem(e.location, e.reason)

    def write(
        self, unit: Unit, rewrite: Rewrite, sink: Sink, options: Options
    ) -> list[InputProblem]:
        entry = unit.entry
        problems: list[InputProblem] = []
        messages = self._messages(unit, options)
        first = next(messages)  # reads the header: errors in it are raised here
        encoding, delim, cols, index = self.ctx
        neutralise = options.csv_neutralise
        neutralised = 0
        with sink.open(entry.name) as out:
            for row, rec in itertools.chain([first], messages):
                if isinstance(rec, InputProblem):
                    problems.append(rec)
                    continue  # withheld: it could not be read, so it cannot be redacted
                raw = row.raw
                new_cells: dict[int, str] = {}
                if isinstance(rec, Message):
                    targets = [("text", cols["text"])]
                    if "sender" in cols:
                        targets.append(("sender", cols["sender"]))
                    targets += [(c, c) for c in other_columns(list(index), cols)]
                    for fld, col in targets:
                        value = row.cells[index[col]][0]
                        if fld != "text" and not value:
                            continue  # empty cells are no fields (as in _messages)
                        new_cells[index[col]] = rewrite(rec.id, fld, value)
                patches = []
                for i, (value, start, end, quoted) in enumerate(row.cells):
                    new = new_cells.get(i, value)
                    if neutralise and (isinstance(rec, Message) or row is first[0]):
                        safe = neutralised_cell(new)
                        if safe != new:
                            neutralised += 1
                            if new == value:  # only the quote is added: the rest stays as is
                                at = start + quoted + value.startswith("\ufeff")
                                patches.append((at, at, "'"))
                                continue
                            new = safe
                    if new != value:
                        patches.append((start, end, _quote(new, delim, quoted)))
                if patches:
                    from privacyguard.ingest.jsonspan import apply_patches

                    raw = apply_patches(raw[: row.end], patches) + raw[row.end :]
                try:
                    data = raw.encode(encoding)
                except UnicodeEncodeError:  # fail closed: this record is withheld, reported
                    problems.append(
                        InputProblem(
                            entry.where(row.line),
                            f"the rewritten text cannot be encoded in {encoding}, the file's "
                            "encoding; the record was withheld (use replacement text that "
                            "it can hold)",
                        )
                    )
                    continue
                out.write(data)
        sink.note_neutralised(neutralised)
        return problems
