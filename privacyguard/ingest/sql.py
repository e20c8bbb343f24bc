"""A SQL table or query, through a SQLAlchemy URL.

``read("sqlite:///chats.db?table=messages")`` (or ``table=``/``query=`` as options; the
``table`` and ``query`` URL parameters are taken off before connecting). Columns are mapped
like CSV columns (:mod:`privacyguard.ingest.tabular`); rows are streamed. Message ids are the
id column (the mapped one, else the primary key), else the row number.

Writing back needs a table with an id column: ``write(url, output, rewrite)`` updates the
changed text cells by id. ``output`` is a URL to update (it may be the source itself: that
redacts in place), or a file path: a new SQLite database with only the table read and only
its id, mapped and text columns (every string column with ``all_text_columns``), written next
to it and moved into place atomically. Other tables and columns are never copied; what was
left out is listed in the write report. With ``all_text_columns`` every string column is
scanned and rewritten.

Reading is read-only: a ``query`` must be one SELECT (or WITH ... SELECT) statement, and it
runs on a connection that cannot write: on SQLite the file is opened ``mode=ro`` with
``PRAGMA query_only`` and an authorizer that refuses ATTACH and anything but reading; on
PostgreSQL in a read-only transaction. A SQLite file that is not there is an error, never
created.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Container, Iterator
from dataclasses import dataclass
from typing import Any

from privacyguard.errors import InputFormatError
from privacyguard.ingest.base import Entry, Options, Reader, Record, Rewrite, Sink, Unit
from privacyguard.ingest.tabular import fallback_id, mapping, role_of, timestamp
from privacyguard.models import InputProblem, Message, SourceLocation
from privacyguard.registry import readers


def _split(url: str) -> tuple[Any, dict[str, str]]:
    from sqlalchemy.engine import make_url

    try:
        u = make_url(url)
    except Exception as e:  # noqa: BLE001 - sqlalchemy raises ArgumentError and others
        raise InputFormatError(SourceLocation(url), f"not a SQLAlchemy URL ({e})") from None
    extra = {k: str(u.query[k]) for k in ("table", "query") if k in u.query}
    return u.difference_update_query(["table", "query"]), extra


def check_select(query: str, shown: str = "--query") -> None:
    """Refuse anything but one SELECT (or WITH ... SELECT) statement."""
    import sqlparse

    statements = [st for st in sqlparse.parse(query) if str(st).strip(" \t\r\n;")]
    if len(statements) != 1:
        raise InputFormatError(
            SourceLocation(shown), f"must be one SELECT statement, got {len(statements)} "
            "statements; a SQL source is only read",
        )  # fmt: skip
    kind = statements[0].get_type()
    if kind == "UNKNOWN":
        first = statements[0].token_first(skip_cm=True)
        kind = str(first.value).split()[0].upper() if first is not None else kind
    if kind != "SELECT":
        raise InputFormatError(
            SourceLocation(shown), f"must be a SELECT (or WITH ... SELECT) statement, got "
            f"{'an' if kind[:1] in 'AEIOUaeiou' else 'a'} {kind} statement; a SQL source is "
            "only read",
        )  # fmt: skip


#: SQLite authorizer actions a reading query needs (sqlite3.SQLITE_*)
_SQLITE_READ_ACTIONS = frozenset(
    getattr(__import__("sqlite3"), name)
    for name in ("SQLITE_SELECT", "SQLITE_READ", "SQLITE_FUNCTION", "SQLITE_RECURSIVE")
)


#: pragmas that only describe the schema (what reflecting a table reads)
_SQLITE_SCHEMA_PRAGMAS = frozenset(
    ("table_info", "table_xinfo", "index_list", "index_info", "index_xinfo", "foreign_key_list",
     "database_list", "table_list", "collation_list", "compile_options")
)  # fmt: skip


def _sqlite_authorize(action: int, arg1: Any, arg2: Any, _db: Any, _trigger: Any) -> int:
    import sqlite3

    if action in _SQLITE_READ_ACTIONS:
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_PRAGMA and str(arg1).lower() in _SQLITE_SCHEMA_PRAGMAS:
        return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY


def read_only_engine(u: Any, shown: str) -> Any:
    """An engine on URL ``u`` whose connections cannot change anything (see the module)."""
    from sqlalchemy import create_engine, event

    backend = u.get_backend_name()
    if backend == "sqlite":
        path = u.database
        if not path or path == ":memory:":
            raise InputFormatError(SourceLocation(shown), "an in-memory SQLite database is empty")
        if not path.startswith("file:"):
            if not os.path.isfile(path):
                raise InputFormatError(SourceLocation(shown), "no SQLite database at this path")
            from urllib.parse import quote

            path = f"file:{quote(os.path.abspath(path))}"
        u = u.set(database=f"{path}{'&' if '?' in path else '?'}mode=ro").update_query_dict(
            {"uri": "true"}
        )
    engine = create_engine(u, hide_parameters=True)
    if backend == "sqlite":

        @event.listens_for(engine, "connect")
        def _read_only(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.execute("PRAGMA query_only=ON")
            dbapi_conn.set_authorizer(_sqlite_authorize)

    elif backend == "postgresql":

        @event.listens_for(engine, "connect")
        def _pg_read_only(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
            cur.close()
            dbapi_conn.commit()

    return engine


def url_unit(url: str) -> Unit:
    u, _ = _split(url)
    shown = u.render_as_string(hide_password=True)

    def nothing() -> Any:
        raise OSError("a SQL source has no byte stream")

    return Unit([Entry(url, shown, nothing)], url)


def _source(url: str, options: Options) -> tuple[Any, str | None, str | None, str]:
    u, extra = _split(url)
    table = options.table or extra.get("table")
    query = options.query or extra.get("query")
    if not table and not query:
        raise InputFormatError(
            SourceLocation(u.render_as_string(hide_password=True)),
            "no table or query; add ?table=<name> to the URL or pass table=/query=",
        )
    if query:
        check_select(query)
    return u, table, query, u.render_as_string(hide_password=True)


def _string_columns(t: Any) -> list[str]:
    """The columns of a reflected table whose type holds text."""
    from sqlalchemy import String

    out = []
    for c in t.columns:
        try:
            is_text = c.type.python_type is str
        except NotImplementedError:
            is_text = isinstance(c.type, String)
        if is_text:
            out.append(c.name)
    return out


@dataclass
class _Header:
    shown: str
    table: str | None
    keys: list[str]
    cols: dict[str, str]
    idcol: str | None
    strings: list[str] | None  # string-typed columns of a table (None for a query)
    source_table: Any = None
    #: the ids the source gives (read again, once, when a row has none)
    given: Callable[[], Container[str]] | None = None

    def text_fields(self, options: Options, row: Any = None) -> list[tuple[str, str]]:
        """(field, column) of every column that is scanned and rewritten."""
        out = [("text", self.cols["text"])]
        if "sender" in self.cols:
            out.append(("sender", self.cols["sender"]))
        out += [(c, c) for c in options.text_columns if c not in {c2 for _, c2 in out}]
        if options.all_text_columns:
            structural = {self.idcol, *(self.cols.get(r) for r in ("timestamp", "role", "lang"))}
            strings = self.strings
            if strings is None:
                strings = [k for k in self.keys if row is not None and isinstance(row[k], str)]
            taken = {c for _, c in out}
            out += [(c, c) for c in strings if c not in taken and c not in structural]
        return out

    def written_columns(self, options: Options) -> list[str]:
        """The columns a file output holds: the id, the mapped ones and the text ones."""
        keep = {self.idcol, *self.cols.values(), *(c for _, c in self.text_fields(options))}
        if options.all_text_columns and self.strings is not None:
            keep.update(self.strings)
        return [k for k in self.keys if k in keep]


def _rows(url: str, options: Options) -> Iterator[Any]:
    """First a :class:`_Header`, then (row number, row mapping)."""
    from sqlalchemy import MetaData, Table, select, text
    from sqlalchemy.exc import SQLAlchemyError

    u, table, query, shown = _source(url, options)
    engine = read_only_engine(u, shown)

    def cannot(e: Exception) -> InputFormatError:
        from privacyguard.errors import db_error_detail, one_line

        return InputFormatError(
            SourceLocation(shown), f"cannot read ({one_line(db_error_detail(e), 300)})"
        )

    try:
        with engine.connect() as conn:
            t = None
            try:
                if query:
                    result = conn.execution_options(stream_results=True).execute(text(query))
                    pk = None
                else:
                    assert table  # _source gives a table or a query
                    t = Table(table, MetaData(), autoload_with=conn)
                    pk = next(iter(t.primary_key.columns), None)
                    result = conn.execution_options(stream_results=True).execute(select(t))
            except SQLAlchemyError as e:
                raise cannot(e) from None
            keys = list(result.keys())
            cols = mapping(keys, options, SourceLocation(shown, path=table or "query"))
            idcol = cols.get("id") or (pk.name if pk is not None else None)
            strings = _string_columns(t) if t is not None else None
            yield _Header(shown, table, keys, cols, idcol, strings, t, _given_ids(url, options))
            try:
                yield from enumerate(result.mappings(), 1)
            except SQLAlchemyError as e:
                raise cannot(e) from None
    except SQLAlchemyError as e:
        raise cannot(e) from None
    finally:
        engine.dispose()


def _given_ids(url: str, options: Options) -> Callable[[], Container[str]]:
    """The ids of the source's id column, read in a second pass the first time a row has
    none (NULL), so that such a row takes an id no other row has."""
    from privacyguard.ingest.idset import GivenIds

    cache: list[GivenIds] = []

    def values() -> Iterator[str]:
        it = _rows(url, options)
        h: _Header = next(it)
        for _, row in it:
            if h.idcol and row[h.idcol] is not None:
                yield str(row[h.idcol])

    def given() -> Container[str]:
        if not cache:
            cache.append(GivenIds.of(values))
        return cache[0]

    return given


def _message(h: _Header, n: int, row: Any, options: Options) -> Message | InputProblem:
    cols, idcol = h.cols, h.idcol

    def get(role: str) -> Any:
        return row[cols[role]] if role in cols else None

    if idcol and row[idcol] is not None:
        mid = str(row[idcol])
    elif idcol and h.given is not None:
        mid = fallback_id(n, h.given())  # the row number, unless another row has that id
    else:
        mid = str(n)
    given = idcol is not None and row[idcol] is not None
    at = f"{idcol}={mid}" if given else f"row {n}" if idcol else f"row={mid}"
    where = SourceLocation(h.shown, path=f"{h.table or 'query'}[{at}]")
    text = get("text")
    if text is not None and not isinstance(text, str):
        return InputProblem(where, f"text is {type(text).__name__}, not a string")
    when, note = timestamp(get("timestamp"), options)
    sender = get("sender")
    extra = [(f, row[c]) for f, c in h.text_fields(options, row)[1:] if isinstance(row[c], str)]
    conv = get("conversation")
    return Message(
        id=mid,
        text=text or "",
        lang=get("lang") or None,
        conversation_id=str(conv) if conv is not None else None,
        sender=sender if isinstance(sender, str) else None,
        sender_role=role_of(get("role")),
        timestamp=when,
        source=where,
        fields=tuple(extra),
        kind="text" if text is not None else "event",
        notes=(note,) if note else (),
    )


@readers.register("sql")
class SqlReader(Reader):
    """A table or SELECT through SQLAlchemy (give a URL as the source)."""

    name = "sql"
    label = "SQL table or query"

    def read(self, unit: Unit, options: Options) -> Iterator[Record]:
        it = _rows(unit.entry.name, options)
        header = next(it)
        for n, row in it:
            yield _message(header, n, row, options)

    def write(
        self, unit: Unit, rewrite: Rewrite, sink: Sink, options: Options
    ) -> list[InputProblem]:
        raise InputFormatError(SourceLocation(unit.entry.display), "use ingest.write() with a URL")


def write_sql(
    source: str, output: str, rewrite: Rewrite, options: Options
) -> tuple[list[InputProblem], list[str]]:
    """Write the table read from ``source`` with its text rewritten; (problems, what was left
    out). ``output`` a URL: the changed cells are updated by id there (the source itself
    redacts in place). ``output`` a path: a new SQLite file with only the mapped table and
    columns (every text column with ``all_text_columns``), never a copy of the database."""
    _u, table, _query, shown = _source(source, options)
    if not table:
        raise InputFormatError(SourceLocation(shown), "a query cannot be written back; give table=")
    if "://" in output:
        return _update_in(source, _split(output)[0], rewrite, options)
    return _new_file(source, output, rewrite, options)


def _header_with_id(it: Iterator[Any]) -> tuple[_Header, str, str]:
    """The header of a table source, with its table's name and its id column."""
    h: _Header = next(it)
    if not h.table:
        raise InputFormatError(
            SourceLocation(h.shown), "a query cannot be written back; give table="
        )
    if not h.idcol:
        raise InputFormatError(
            SourceLocation(h.shown),
            "no id column (map one with columns={'id': ...} or give the table a primary key)",
        )
    return h, h.table, h.idcol


def _rewritten(
    h: _Header, n: int, row: Any, rewrite: Rewrite, options: Options
) -> tuple[dict[str, Any], InputProblem | None]:
    """The changed text cells of one row, or the problem that withholds it."""
    msg = _message(h, n, row, options)
    if isinstance(msg, InputProblem):
        return {}, msg
    changes = {}
    for fld, col in h.text_fields(options, row):
        value = row[col]
        if isinstance(value, str):
            new = rewrite(msg.id, fld, value)
            if new != value:
                changes[col] = new
    return changes, None


def _update_in(
    source: str, target: Any, rewrite: Rewrite, options: Options
) -> tuple[list[InputProblem], list[str]]:
    from sqlalchemy import MetaData, Table, create_engine, update

    problems: list[InputProblem] = []
    h: _Header | None = None
    engine = create_engine(target, hide_parameters=True)
    try:
        it = _rows(source, options)
        h, table, idcol = _header_with_id(it)
        with engine.begin() as conn:
            t = Table(table, MetaData(), autoload_with=conn)
            # a row is found by the table's primary key when it has one, else by the id
            # column; never by a NULL (that would update every row without one)
            keys = [c.name for c in t.primary_key.columns if c.name in h.keys] or [idcol]
            for n, row in it:
                changes, problem = _rewritten(h, n, row, rewrite, options)
                if problem is not None:
                    problems.append(problem)
                elif changes and any(row[k] is None for k in keys):
                    problems.append(_unaddressable(h, n, keys))
                elif changes:
                    found = [t.c[k] == row[k] for k in keys]
                    conn.execute(update(t).where(*found).values(**changes))
    finally:
        engine.dispose()
    # the other text columns stay as they were there: say so, never silently
    left = []
    if h is not None:
        done = {c for _, c in h.text_fields(options)}
        mapped = set(h.cols.values())
        untouched = [c for c in (h.strings or []) if c not in done | mapped]
        if untouched:
            left.append(
                f"{h.shown} table {h.table}: text columns not redacted: "
                f"{', '.join(untouched)}; --all-text-columns redacts them"
            )
    return problems, left


def _unaddressable(h: _Header, n: int, keys: list[str]) -> InputProblem:
    return InputProblem(
        SourceLocation(h.shown, path=f"{h.table}[row {n}]"),
        f"{', '.join(keys)} is NULL and the table has no primary key to find the row by: it "
        "cannot be updated in place and was left as it is (give the table a primary key, "
        "or write to a file)",
    )


def _new_file(
    source: str, output: str, rewrite: Rewrite, options: Options
) -> tuple[list[InputProblem], list[str]]:
    from sqlalchemy import Column, MetaData, Table, create_engine, insert

    folder = os.path.dirname(os.path.abspath(output)) or "."
    fd, tmp = tempfile.mkstemp(prefix=".pg-", suffix=".db", dir=folder)
    os.close(fd)
    problems: list[InputProblem] = []
    engine = create_engine(f"sqlite:///{tmp}", hide_parameters=True)
    try:
        it = _rows(source, options)
        h, table, idcol = _header_with_id(it)
        keep = h.written_columns(options)
        src = h.source_table
        columns = [
            Column(c.name, _generic(c.type), primary_key=c.name == idcol)
            for c in src.columns
            if c.name in keep
        ]
        out = Table(table, MetaData(), *columns)
        with engine.begin() as conn:
            out.create(conn)
            batch: list[dict[str, Any]] = []
            for n, row in it:
                changes, problem = _rewritten(h, n, row, rewrite, options)
                if problem is None and row[idcol] is None:
                    problem = InputProblem(
                        SourceLocation(h.shown, path=f"{h.table}[row {n}]"),
                        f"{idcol} is NULL and the file output keys its rows by {idcol}: the "
                        "row was not written (map an id column without NULLs)",
                    )
                if problem is not None:
                    problems.append(problem)
                    continue
                batch.append({k: changes.get(k, row[k]) for k in keep})
                if len(batch) >= 1000:
                    conn.execute(insert(out), batch)
                    batch = []
            if batch:
                conn.execute(insert(out), batch)
        engine.dispose()
        os.replace(tmp, output)
        tmp = ""
    finally:
        engine.dispose()
        if tmp and os.path.exists(tmp):
            os.unlink(tmp)
    left = [k for k in h.keys if k not in keep]
    withheld = [f"{h.shown}: only table {h.table} is written (other tables are not copied)"]
    if left:
        hint = "" if options.all_text_columns else "; --all-text-columns writes every text column"
        withheld.append(f"{h.shown} table {h.table}: columns not written: {', '.join(left)}{hint}")
    return problems, withheld


def _generic(type_: Any) -> Any:
    """A column type SQLite can create (a PostgreSQL type as its generic counterpart)."""
    try:
        return type_.as_generic()
    except NotImplementedError:
        from sqlalchemy import Text

        return Text()
