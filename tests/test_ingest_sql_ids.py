"""A SQL row whose id column is NULL (privacyguard/ingest/sql.py): it takes its row number,
or the next of line-N, line-N-2, ... when another row has that id (the ids are read in a
second pass only then), and redacting in place finds rows by the primary key, never by a
NULL id, which matched every row without one and wrote one row's text over the others."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from privacyguard.cli import cli
from privacyguard.ingest import read
from privacyguard.models import Message

ROWS = [
    ("2", "hello there"),
    (None, "mail kari.testesen@example.com"),
    (None, "ring meg på +47 412 34 567 nå"),
]


def _db(path: Path, pk: bool) -> str:
    con = sqlite3.connect(path)
    key = "rowkey integer primary key, " if pk else ""
    con.execute(f"create table notes ({key}ext text, body text)")
    con.executemany("insert into notes(ext, body) values (?, ?)", ROWS)
    con.commit()
    con.close()
    return f"sqlite:///{path}?table=notes"


def _bodies(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("select body from notes order by rowid")]
    finally:
        con.close()


def _redact(url: str, out: str) -> tuple[int, str]:
    args = ["redact", url, "-o", out, "--columns", "id=ext,text=body", "-q"]
    r = CliRunner().invoke(cli, args)
    return r.exit_code, r.output


def test_a_row_without_an_id_never_takes_another_rows_id(tmp_path: Path) -> None:
    url = _db(tmp_path / "n.db", pk=True)
    ids = [m.id for m in read(url, columns="id=ext,text=body") if isinstance(m, Message)]
    assert ids == ["2", "line-2", "3"]


def test_in_place_each_row_keeps_its_own_text(tmp_path: Path) -> None:
    db = tmp_path / "n.db"
    url = _db(db, pk=True)
    code, out = _redact(url, url)
    assert code == 0, out
    assert _bodies(db) == ["hello there", "mail <EMAIL_ADDRESS>", "ring meg på <PHONE_NUMBER> nå"]


def test_in_place_without_a_primary_key_a_null_id_row_is_reported_not_overwritten(
    tmp_path: Path,
) -> None:
    db = tmp_path / "n.db"
    url = _db(db, pk=False)
    code, out = _redact(url, url)
    assert code == 2
    assert out.count("cannot be updated in place") == 2, out
    assert "kari.testesen" not in out  # the problem names the row, never its text
    assert _bodies(db) == [body for _, body in ROWS]  # left as they were, not mixed up


@pytest.mark.parametrize("pk", [True, False])
def test_a_file_output_reports_the_rows_it_cannot_key(tmp_path: Path, pk: bool) -> None:
    """A file output keys its rows by the id column: a row with a NULL id is reported and
    left out (it stopped the whole run with an IntegrityError before), the others written."""
    url = _db(tmp_path / "n.db", pk=pk)
    out = tmp_path / "out.db"
    code, shown = _redact(url, str(out))
    assert code == 2, shown
    assert shown.count("the row was not written") == 2 and "kari" not in shown
    assert _bodies(out) == ["hello there"]
