"""A SQL table or query, through a SQLAlchemy URL.

``read("sqlite:///chats.db?table=messages")`` (or ``table=``/``query=`` as options; the
``table`` and ``query`` URL parameters are taken off before connecting). Columns are mapped
like CSV columns (:mod:`privacyguard.ingest.tabular`); rows are streamed. Message ids are the
id column (the mapped one, else the primary key), else the row number.

Writing back needs a table with an id column: ``write(url, output, rewrite)`` updates the
changed text cells by id. ``output`` is a URL to update (it may be the source itself: that
redacts in place), or, for a SQLite source, a file path: the database is copied next to it,
updated, and moved into place atomically.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from typing import Any

from privacyguard.errors import InputFormatError
from privacyguard.ingest.base import Entry, Options, Reader, Record, Rewrite, Sink, Unit
from privacyguard.ingest.tabular import mapping, role_of, timestamp
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
    return u, table, query, u.render_as_string(hide_password=True)


def _rows(url: str, options: Options) -> Iterator[Any]:
    """First (shown, table, keys, mapping, id column), then (row number, row mapping)."""
    from sqlalchemy import MetaData, Table, create_engine, select, text
    from sqlalchemy.exc import SQLAlchemyError

    u, table, query, shown = _source(url, options)
    engine = create_engine(u)
    try:
        with engine.connect() as conn:
            try:
                if query:
                    result = conn.execution_options(stream_results=True).execute(text(query))
                    pk = None
                else:
                    t = Table(table, MetaData(), autoload_with=conn)
                    pk = next(iter(t.primary_key.columns), None)
                    result = conn.execution_options(stream_results=True).execute(select(t))
            except SQLAlchemyError as e:
                raise InputFormatError(
                    SourceLocation(shown),
                    f"cannot read ({type(e).__name__}: {str(e).splitlines()[0][:200]})",
                ) from None
            keys = list(result.keys())
            cols = mapping(keys, options, SourceLocation(shown, path=table or "query"))
            idcol = cols.get("id") or (pk.name if pk is not None else None)
            yield shown, table, keys, cols, idcol
            yield from enumerate(result.mappings(), 1)
    finally:
        engine.dispose()


def _message(
    shown: str,
    table: str | None,
    cols: dict[str, str],
    idcol: str | None,
    n: int,
    row: Any,
    options: Options,
) -> Message | InputProblem:
    def get(role: str) -> Any:
        return row[cols[role]] if role in cols else None

    mid = str(row[idcol]) if idcol and row[idcol] is not None else str(n)
    where = SourceLocation(shown, path=f"{table or 'query'}[{idcol or 'row'}={mid}]")
    text = get("text")
    if text is not None and not isinstance(text, str):
        return InputProblem(where, f"text is {type(text).__name__}, not a string")
    when, note = timestamp(get("timestamp"), options)
    sender = get("sender")
    extra = [("sender", sender)] if isinstance(sender, str) else []
    extra += [(c, row[c]) for c in options.text_columns if isinstance(row[c], str)]
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
        shown, table, _keys, cols, idcol = next(it)
        for n, row in it:
            yield _message(shown, table, cols, idcol, n, row, options)

    def write(
        self, unit: Unit, rewrite: Rewrite, sink: Sink, options: Options
    ) -> list[InputProblem]:
        raise InputFormatError(SourceLocation(unit.entry.display), "use ingest.write() with a URL")


def write_sql(source: str, output: str, rewrite: Rewrite, options: Options) -> list[InputProblem]:
    from sqlalchemy import MetaData, Table, create_engine, update
    from sqlalchemy.engine import make_url

    u, table, query, shown = _source(source, options)
    if not table:
        raise InputFormatError(SourceLocation(shown), "a query cannot be written back; give table=")
    is_url = "://" in output
    tmp = None
    if is_url:
        target = _split(output)[0]
    else:
        if u.get_backend_name() != "sqlite" or not u.database:
            raise InputFormatError(
                SourceLocation(output),
                "a file output needs a SQLite source; give a SQLAlchemy URL to write to",
            )
        folder = os.path.dirname(os.path.abspath(output)) or "."
        fd, tmp = tempfile.mkstemp(prefix=".pg-", suffix=".db", dir=folder)
        os.close(fd)
        shutil.copyfile(u.database, tmp)
        target = make_url(f"sqlite:///{tmp}")
    problems: list[InputProblem] = []
    engine = create_engine(target)
    try:
        it = _rows(source, options)
        _shown, _t, _keys, cols, idcol = next(it)
        if not idcol:
            raise InputFormatError(
                SourceLocation(shown),
                "no id column (map one with columns={'id': ...} or give the table a primary key)",
            )
        targets = [("text", cols["text"])]
        if "sender" in cols:
            targets.append(("sender", cols["sender"]))
        targets += [(c, c) for c in options.text_columns]
        with engine.begin() as conn:
            t = Table(table, MetaData(), autoload_with=conn)
            for n, row in it:
                msg = _message(shown, table, cols, idcol, n, row, options)
                if isinstance(msg, InputProblem):
                    problems.append(msg)
                    continue
                changes = {}
                for fld, col in targets:
                    value = row[col]
                    if isinstance(value, str):
                        new = rewrite(msg.id, fld, value)
                        if new != value:
                            changes[col] = new
                if changes:
                    conn.execute(update(t).where(t.c[idcol] == row[idcol]).values(**changes))
        engine.dispose()
        if tmp:
            os.replace(tmp, output)
            tmp = None
    finally:
        engine.dispose()
        if tmp and os.path.exists(tmp):
            os.unlink(tmp)
    return problems
