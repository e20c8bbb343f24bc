"""Reader options: one object that ``scan``, ``redact`` and ``import`` take alike.

:class:`ReaderOptions` holds everything that tells the readers how to read an export (the
exporting device's time zone, the date order, the encoding, the CSV delimiter, the column
mapping, the SQL table or query, the input limits). It is checked once, when it is made,
here and nowhere else: the command line hands its raw option values to it, so a bad value
gets the same one-line message from the command line and from Python. Messages name the
option as the command line spells it (``--timezone`` for ``timezone=``) and never quote
message content.

>>> opts = ReaderOptions(timezone="Europe/Oslo", columns="id=Ticket,text=Body", delimiter="tab")
>>> opts.columns, opts.delimiter
({'id': 'Ticket', 'text': 'Body'}, '\\t')
>>> ReaderOptions(timezone="Europe/Olso")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
privacyguard.errors.InputFormatError: --timezone: unknown time zone 'Europe/Olso'; give ...
"""

from __future__ import annotations

import codecs
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from privacyguard.errors import InputFormatError, UnknownNameError
from privacyguard.ingest.limits import DEFAULT, Limits
from privacyguard.models import SourceLocation

#: the column roles of CSV, JSONL and SQL rows (see :mod:`privacyguard.ingest.tabular`)
ROLES = ("id", "text", "conversation", "sender", "role", "timestamp", "lang")
DATE_ORDERS = ("DMY", "MDY", "YMD")
#: how messages name an option: as the command line spells it, where it has one
_LABELS = {"legacy_encoding": "legacy_encoding"}

Columns = Mapping[str, str] | str | Sequence[str] | None


def _bad(name: str, reason: str) -> InputFormatError:
    label = _LABELS.get(name, "--" + name.replace("_", "-"))
    return InputFormatError(SourceLocation(label), reason)


@dataclass(frozen=True)
class ReaderOptions:
    """How to read a source; every reader ignores the options that do not apply to it.

    timezone        IANA zone of the exporting device, for formats that only give local
                    wall-clock time (WhatsApp, Telegram without date_unixtime, naive CSV
                    times). Default (None or "UTC") UTC; the assumption is noted on each
                    message.
    date_order      "DMY", "MDY" or "YMD" (any case): WhatsApp/CSV dates when the file
                    itself does not decide it (no day above 12).
    encoding        force the CSV/JSONL/text encoding (default: BOM, then strict UTF-8,
                    then ``legacy_encoding``).
    legacy_encoding the ANSI code page to fall back to (default cp1252).
    delimiter       force the CSV delimiter: one character, or "tab" (default: sniffed).
    columns         role -> column name for CSV/JSONL/SQL, as a mapping or as the command
                    line writes it ("id=Ticket,text=Body", or several such strings); roles:
                    id, text, conversation, sender, role, timestamp, lang.
    text_columns    further CSV/JSONL/SQL columns that hold free text (scanned and rewritten).
    table, query    SQL URL sources only: the table to read (and write back), or a SELECT.
    copy_other_files  write(): copy files that are not read (media, unknown files) unchanged
                    instead of withholding them.
    all_text_columns  CSV/JSONL/SQL: scan and rewrite every text column, not only the mapped
                    ones (for SQL every column of a string type).
    csv_neutralise  write(), CSV/TSV output only: a cell that starts with ``=``, ``+``,
                    ``-``, ``@``, a tab or a carriage return gets a leading ``'`` so that a
                    spreadsheet shows it as text and never runs it (OWASP's advice against
                    CSV injection; plain numbers such as ``-3`` are left). Off by default, so
                    that an identity rewrite gives the same bytes; ``privacyguard redact``
                    turns it on (``--no-csv-neutralise`` leaves it off).
    limits          a :class:`~privacyguard.ingest.limits.Limits` (or a mapping of some of
                    its fields). Not given: the rules' ``settings:`` where a command loads
                    rules (scan, redact, import), else the built-in defaults.

    Values are normalised when the object is made (``columns`` becomes a dict, ``delimiter``
    "tab" a tab, ``date_order`` upper case); a bad value raises
    :class:`~privacyguard.errors.InputFormatError` (or
    :class:`~privacyguard.errors.UnknownNameError` for a name with a near miss).
    """

    timezone: str = "UTC"
    date_order: str | None = None
    encoding: str | None = None
    legacy_encoding: str = "cp1252"
    delimiter: str | None = None
    columns: Mapping[str, str] | None = None
    text_columns: Sequence[str] = ()
    table: str | None = None
    query: str | None = None
    copy_other_files: bool = False
    all_text_columns: bool = False
    csv_neutralise: bool = False
    limits: Limits = DEFAULT

    def __post_init__(self) -> None:
        def put(name: str, value: object) -> None:
            object.__setattr__(self, name, value)

        put("timezone", _zone(self.timezone))
        put("date_order", _date_order(self.date_order))
        put("encoding", _encoding("encoding", self.encoding))
        put("legacy_encoding", _encoding("legacy_encoding", self.legacy_encoding) or "cp1252")
        put("delimiter", _delimiter(self.delimiter))
        put("columns", _columns(self.columns))
        put("text_columns", _text_columns(self.text_columns))
        put("table", self.table or None)
        put("query", self.query or None)
        if self.table and self.query:
            raise _bad("query", "give a table or a query, not both")
        put("limits", DEFAULT if self.limits is None else Limits.make(self.limits))

    @classmethod
    def make(
        cls, options: ReaderOptions | Mapping[str, Any] | None = None, **values: Any
    ) -> ReaderOptions:
        """Options from an object or a mapping of field names (None: the defaults), with
        ``values`` over them; an unknown name is an UnknownNameError with the closest one."""
        base = options if isinstance(options, ReaderOptions) else None
        given = {**(dict(options) if isinstance(options, Mapping) else {}), **values}
        known = {f.name for f in fields(cls)}
        for key in given:
            if key not in known:
                raise UnknownNameError("reader option", key, sorted(known))
        if base is None:
            return cls(**given)
        return replace(base, **given) if given else base

    def for_source(self, is_sql_url: bool) -> ReaderOptions:
        """These options, checked against the kind of source they are for (table and query
        apply to SQL URL sources only)."""
        if not is_sql_url and (self.table or self.query):
            raise _bad(
                "table" if self.table else "query",
                "applies to SQL URL sources only, e.g. sqlite:///chats.db or "
                "postgresql://user@host/db",
            )
        return self

    def with_default_limits(self, limits: Limits) -> ReaderOptions:
        """These options with ``limits`` (the rules' settings) unless limits were given."""
        return replace(self, limits=limits) if self.limits is DEFAULT else self

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def tz_is_default(self) -> bool:
        return self.timezone == "UTC"

    def given(self) -> dict[str, Any]:
        """The options that differ from the defaults (for logs and tests; no content)."""
        default = ReaderOptions()
        return {
            f.name: getattr(self, f.name)
            for f in fields(self)
            if getattr(self, f.name) != getattr(default, f.name)
        }


def _zone(value: str | None) -> str:
    if value is None or value == "":
        return "UTC"
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise _bad(
            "timezone",
            f"unknown time zone '{value}'; give an IANA name such as Europe/Oslo, "
            "Europe/Amsterdam or America/New_York",
        ) from None
    return value


def _date_order(value: str | None) -> str | None:
    if not value:
        return None
    if value.upper() not in DATE_ORDERS:
        raise UnknownNameError("date order", value, list(DATE_ORDERS))
    return value.upper()


def _encoding(name: str, value: str | None) -> str | None:
    if value is None or value == "":
        return None
    try:
        codecs.lookup(value)
    except LookupError:
        raise _bad(name, f"unknown encoding '{value}'; try utf-8, cp1252 or latin-1") from None
    return value


def _delimiter(value: str | None) -> str | None:
    if value is None or value == "":
        return None
    d = {"tab": "\t", "\\t": "\t"}.get(value.lower(), value)
    if len(d) != 1:
        raise _bad("delimiter", f"must be one character (or 'tab'), got '{value}'")
    return d


def _columns(value: Columns) -> dict[str, str] | None:
    """role -> column from a mapping or from "ROLE=COL,..." strings; every role checked."""
    if value is None:
        return None
    if isinstance(value, Mapping):
        pairs = [(str(r), str(c)) for r, c in value.items()]
    else:
        pairs = []
        for pair in (p.strip() for arg in _strings(value) for p in arg.split(",")):
            role, eq, col = pair.partition("=")
            if not eq or not role.strip() or not col.strip():
                raise _bad(
                    "columns",
                    "expected ROLE=COLUMN pairs separated by commas (e.g. id=Ticket,text=Body), "
                    f"got '{pair}'",
                )
            pairs.append((role.strip(), col.strip()))
    mapping: dict[str, str] = {}
    for role, col in pairs:
        if role not in ROLES:
            raise UnknownNameError("column role", role, ROLES)
        if not col:
            raise _bad("columns", f"role '{role}' is mapped to an empty column name")
        if role in mapping and mapping[role] != col:
            raise _bad("columns", f"role '{role}' is mapped twice ('{mapping[role]}', '{col}')")
        mapping[role] = col
    return mapping or None


def _text_columns(value: str | Sequence[str]) -> tuple[str, ...]:
    cols = tuple(c for c in _strings(value or ()) if c)
    return cols


def _strings(value: str | Sequence[str]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(str(v) for v in value)
