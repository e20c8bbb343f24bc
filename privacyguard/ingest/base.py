"""The reader interface that every format implements, and the small types it works with.

A *reader* is a class registered in :data:`privacyguard.registry.readers` under a lower_snake
name. It is instantiated without arguments and has:

``sniff(head: bytes, name: str) -> bool``
    Whether a file whose first bytes are ``head`` (up to :data:`HEAD_BYTES`) and whose path
    inside the source is ``name`` is in this format. Cheap and side-effect free.
``group_key(entry: Entry) -> str``
    Files with the same key are read together as one :class:`Unit` (a Messenger thread's
    ``message_N.json`` pages, a folder of ``.eml`` files). The default is the file itself.
``read(unit: Unit, options: Options) -> Iterator[Message | InputProblem]``
    Streams the messages. A record that cannot be read is yielded as an
    :class:`~privacyguard.models.InputProblem` (file, line or JSON path, and a reason that
    never quotes message content); reading goes on with the next record.
``write(unit: Unit, rewrite: Rewrite, sink: Sink, options: Options) -> list[InputProblem]``
    Writes the same format to ``sink`` with every text field passed through ``rewrite`` and
    everything else unchanged; see :mod:`privacyguard.ingest` for the contract. Returns the
    records that could not be read; they are withheld from the output (fail closed).

Class attributes: ``name`` (the registered name), ``label`` (a human name for messages), and
``global_ids`` (False when message ids are only unique inside one file, e.g. line numbers; in a
folder or zip such ids are then prefixed with the file's path).
"""

from __future__ import annotations

import hashlib
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import PurePosixPath
from typing import IO, Any, BinaryIO, ClassVar

from privacyguard.errors import InputFormatError, PrivacyGuardError
from privacyguard.files import atomic_file, write_atomic  # noqa: F401 - where readers find them
from privacyguard.ingest.limits import Limits, file_too_big, read_capped
from privacyguard.ingest.options import ReaderOptions
from privacyguard.models import InputProblem, Message, SourceLocation

Record = Message | InputProblem
#: ``rewrite(message_id, field, original_text) -> new_text``; the identity keeps the input.
Rewrite = Callable[[str, str, str], str]

HEAD_BYTES = 65536
UTC = timezone.utc


#: the reader options (one object for scan, redact and import; see ingest/options.py)
Options = ReaderOptions


@dataclass
class Entry:
    """One file of a source: a plain file, a file in a folder, or a member of a zip."""

    name: str  # posix path relative to the source root (a single file: its file name)
    display: str  # what SourceLocation.file shows
    opener: Callable[[], BinaryIO]
    size: int | None = None
    _head: bytes | None = field(default=None, repr=False)
    closer: Callable[[], None] | None = field(default=None, repr=False)
    #: the limits of the read this entry belongs to (set when the source is planned)
    limits: Limits = field(default=Limits(), repr=False)
    compressed: int | None = None  # a zip member's compressed size

    def close(self) -> None:
        if self.closer is not None:
            self.closer()

    def open(self) -> BinaryIO:
        return self.opener()

    def head(self, n: int = HEAD_BYTES) -> bytes:
        if self._head is None or (len(self._head) < n and len(self._head) == HEAD_BYTES):
            with self.open() as f:
                self._head = f.read(max(n, HEAD_BYTES))
        return self._head[:n]

    def forget_head(self) -> None:
        """Drop the cached head: a plan of a large folder must not keep 64 KB of every file."""
        self._head = None

    def read_bytes(self) -> bytes:
        """The whole file; InputFormatError past ``limits.max_file_bytes`` (never read whole)."""
        cap = self.limits.max_file_bytes
        if self.size is not None and self.size > cap:
            raise InputFormatError(self.where(), file_too_big(self.size, self.limits))
        with self.open() as f:
            data = read_capped(f, cap)
        if data is None:
            raise InputFormatError(self.where(), file_too_big(None, self.limits))
        return data

    @property
    def stem(self) -> str:
        return PurePosixPath(self.name).stem

    @property
    def parent(self) -> str:
        return str(PurePosixPath(self.name).parent)

    def where(
        self, line: int | None = None, path: str | None = None, column: int | None = None
    ) -> SourceLocation:
        return SourceLocation(self.display, line, column, path)


@dataclass
class Unit:
    """Files that one reader reads together (usually a single file)."""

    entries: list[Entry]
    key: str
    in_container: bool = False
    container_name: str = ""  # the folder or zip the unit is in (its file name)

    @property
    def entry(self) -> Entry:
        return self.entries[0]


class Sink(ABC):
    """Where a writer puts its files; every file is written atomically."""

    #: maps a path as the source names it to the path written (file names redacted, see
    #: :mod:`privacyguard.ingest.paths`); None writes the same paths
    rename: Callable[[str], str] | None = None

    def renamed(self, name: str) -> str:
        return self.rename(name) if self.rename is not None else name

    @abstractmethod
    def open(self, name: str) -> AbstractContextManager[IO[bytes]]:
        """A context manager yielding a binary file that is written atomically."""

    def write_bytes(self, name: str, data: bytes) -> None:
        with self.open(name) as f:
            f.write(data)

    def note_left_out(self, what: str) -> None:
        """Say that part of a file is not in the output by design (an e-mail attachment that
        is not scanned); ingest.write lists it in WriteReport.left_out."""
        self.__dict__.setdefault("left_out", []).append(what)

    def take_left_out(self) -> list[str]:
        return self.__dict__.pop("left_out", [])

    def note_neutralised(self, cells: int) -> None:
        """Count CSV cells given a leading ``'`` against formula injection
        (``csv_neutralise``); ingest.write adds them up in WriteReport.csv_neutralised."""
        self.__dict__["neutralised"] = self.__dict__.get("neutralised", 0) + cells

    def take_neutralised(self) -> int:
        return int(self.__dict__.pop("neutralised", 0))


class Reader(ABC):
    """Base class with the defaults; see the module docstring for the protocol."""

    name: ClassVar[str] = ""
    label: ClassVar[str] = ""
    global_ids: ClassVar[bool] = True

    def sniff(self, head: bytes, name: str) -> bool:
        return False

    def group_key(self, entry: Entry) -> str:
        return entry.name

    @abstractmethod
    def read(self, unit: Unit, options: Options) -> Iterator[Record]:
        """Messages and problems of one unit, in order."""

    def write(
        self, unit: Unit, rewrite: Rewrite, sink: Sink, options: Options
    ) -> list[InputProblem]:
        raise PrivacyGuardError(f"the {self.name} reader cannot write its format back")


# --- helpers shared by readers ------------------------------------------------------------


def short_hash(*parts: object, n: int = 12) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(repr(p).encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()[:n]


class IdMaker:
    """Stable ids: a hash of the content (or the id the export gives), with a counter for
    repeats in one unit: ``base``, ``base~2``, ``base~3``, ... skipping any id already
    issued, so an id the export gives that looks like a counted one (``x~2``) never takes
    another message's id: ids are unique in the unit, and depend only on its content."""

    def __init__(self) -> None:
        #: every id issued -> the last counter used for it as a base (1: only itself)
        self.seen: dict[str, int] = {}

    def __call__(self, base: str) -> str:
        n = self.seen.get(base, 0)
        if n == 0:
            self.seen[base] = 1
            return base
        mid = f"{base}~{n + 1}"
        while mid in self.seen:
            n += 1
            mid = f"{base}~{n + 1}"
        self.seen[base] = n + 1
        self.seen[mid] = 1
        return mid


def from_epoch(value: float | int | str, unit: str = "auto") -> datetime | None:
    """An epoch time in seconds or milliseconds as UTC; None when it is no date (out of the
    range a datetime holds: 1e300, a year past 9999, NaN)."""
    v = float(value)
    if unit == "ms" or (unit == "auto" and abs(v) >= 1e11):
        v /= 1000.0
    try:
        return datetime.fromtimestamp(v, UTC)
    except (OverflowError, ValueError, OSError):
        return None


def as_list(value: Any) -> list[Any]:
    """``value`` when it is a JSON array, else []: an export of an unexpected shape is read
    as far as it goes (every string of it is still scanned, see jsonfmt.cover_rest)."""
    return value if isinstance(value, list) else []


def as_dict(value: Any) -> dict[str, Any]:
    """``value`` when it is a JSON object, else {}."""
    return value if isinstance(value, dict) else {}


def localize(naive: datetime, tz: Any) -> tuple[datetime, str | None]:
    """A wall-clock time in ``tz`` as a UTC instant, and a note if DST made it doubtful."""
    a = naive.replace(tzinfo=tz, fold=0)
    b = naive.replace(tzinfo=tz, fold=1)
    note = None
    if a.utcoffset() != b.utcoffset():
        back = a.astimezone(UTC).astimezone(tz).replace(tzinfo=None)
        if back != naive:
            note = "local time does not exist (DST gap); read with the offset before the change"
        else:
            note = "local time is ambiguous (DST fall-back); read as the first occurrence"
    return a.astimezone(UTC), note


def tz_note(options: Options) -> str:
    if options.tz_is_default:
        return "local time read as UTC (exporter time zone unknown; pass timezone=...)"
    return f"local time read in {options.timezone} (reader option)"


def decode_text(raw: bytes, where: SourceLocation, encoding: str = "utf-8") -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as e:
        raise InputFormatError(
            where,
            f"not valid {encoding} (byte 0x{raw[e.start]:02x} at offset {e.start}); "
            "re-encode the file as UTF-8",
        ) from None


def line_index(text: str) -> list[int]:
    """Offsets of line starts, for turning a character offset into a 1-based line."""
    starts = [0]
    find = text.find
    i = find("\n")
    while i != -1:
        starts.append(i + 1)
        i = find("\n", i + 1)
    return starts


def line_of(starts: list[int], pos: int) -> int:
    import bisect

    return bisect.bisect_right(starts, pos)
