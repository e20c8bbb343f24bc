"""Reader options are one object (ingest/options.py), checked once, taken by scan, redact and
import alike, from Python and from the command line. Synthetic people only."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from privacyguard.cli import cli
from privacyguard.errors import InputFormatError, UnknownNameError
from privacyguard.ingest import ReaderOptions, read
from privacyguard.ingest.limits import DEFAULT, Limits
from privacyguard.models import Message

UTC = timezone.utc
# a help desk CSV whose headers no reader recognises, naive local times (Oslo: CET in
# January, CEST in July), a Norwegian mobile number and a checksum-valid test IBAN
CSV = (
    "Sak;Kunde;Notat;Opprettet\r\n"
    "S-1;Kari Testesen;Ring meg på +47 412 34 567;15.01.2024 10:00\r\n"
    "S-2;Ola Prøvesen;IBAN NL91 ABNA 0417 1643 00, takk;15.07.2024 10:00\r\n"
)
COLUMNS = "id=Sak,sender=Kunde,text=Notat,timestamp=Opprettet"
# a WhatsApp (iOS, Norwegian) export: local wall-clock times, no zone in the file
WHATSAPP = (
    "[15.01.2024, 10:00:00] Kari Testesen: Hei, jeg har et spørsmål om bestillingen\n"
    "[15.07.2024, 10:00:00] Kari Testesen: Mitt nummer er +47 412 34 567\n"
)


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def helpdesk_csv(tmp_path: Path) -> Path:
    p = tmp_path / "saker.csv"
    p.write_text(CSV, "utf-8", newline="")
    return p


@pytest.fixture
def whatsapp(tmp_path: Path) -> Path:
    p = tmp_path / "_chat.txt"
    p.write_text(WHATSAPP, "utf-8")
    return p


# --- the object --------------------------------------------------------------------------


def test_values_are_normalised_once_when_made() -> None:
    o = ReaderOptions(
        timezone="Europe/Oslo", date_order="dmy", delimiter="tab", columns=[COLUMNS, "lang=Språk"],
        text_columns="Svar", table="", limits={"max_files": 10},
    )  # fmt: skip
    assert o.timezone == "Europe/Oslo" and o.date_order == "DMY" and o.delimiter == "\t"
    assert o.columns == {"id": "Sak", "sender": "Kunde", "text": "Notat",
                         "timestamp": "Opprettet", "lang": "Språk"}  # fmt: skip
    assert o.text_columns == ("Svar",) and o.table is None
    assert o.limits == Limits(max_files=10)
    assert ReaderOptions(timezone=None).timezone == "UTC"  # the command line's "not given"
    assert ReaderOptions(columns={"text": "Notat"}).columns == {"text": "Notat"}


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"timezone": "Europe/Olso"}, "--timezone: unknown time zone 'Europe/Olso'; give an IANA "
                                      "name such as Europe/Oslo, Europe/Amsterdam or "
                                      "America/New_York"),
        ({"encoding": "utf-9"}, "--encoding: unknown encoding 'utf-9'; try utf-8, cp1252 or "
                                "latin-1"),
        ({"delimiter": ";;"}, "--delimiter: must be one character (or 'tab'), got ';;'"),
        ({"columns": "Notat"}, "--columns: expected ROLE=COLUMN pairs separated by commas "
                               "(e.g. id=Ticket,text=Body), got 'Notat'"),
        ({"columns": "text=A,text=B"}, "--columns: role 'text' is mapped twice ('A', 'B')"),
        ({"table": "t", "query": "SELECT 1"}, "--query: give a table or a query, not both"),
    ],
)  # fmt: skip
def test_a_bad_value_is_one_message_naming_the_option(values: dict, message: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(InputFormatError) as e:
        ReaderOptions(**values)
    assert str(e.value) == message


def test_unknown_names_say_what_exists() -> None:
    with pytest.raises(UnknownNameError, match="did you mean 'text'"):
        ReaderOptions(columns="txt=Notat")
    with pytest.raises(UnknownNameError, match="did you mean 'timezone'"):
        ReaderOptions.make(timezon="Europe/Oslo")
    with pytest.raises(UnknownNameError, match="unknown date order"):
        ReaderOptions(date_order="DDMM")


def test_make_lays_keywords_over_an_object_and_limits_default_to_the_rules() -> None:
    base = ReaderOptions(timezone="Europe/Oslo")
    assert ReaderOptions.make(base) is base
    both = ReaderOptions.make(base, delimiter=";")
    assert (both.timezone, both.delimiter) == ("Europe/Oslo", ";")
    assert ReaderOptions.make({"encoding": "cp1252"}).encoding == "cp1252"
    rules = Limits(max_line_bytes=100)
    assert base.limits is DEFAULT and base.with_default_limits(rules).limits is rules
    given = ReaderOptions(limits=Limits(max_files=3))
    assert given.with_default_limits(rules).limits == Limits(max_files=3)  # given ones win


def test_table_and_query_are_for_sql_url_sources_only(helpdesk_csv: Path) -> None:
    message = ("--table: applies to SQL URL sources only, e.g. sqlite:///chats.db or "
               "postgresql://user@host/db")  # fmt: skip
    with pytest.raises(InputFormatError) as e:
        list(read(helpdesk_csv, options=ReaderOptions(table="messages")))
    assert str(e.value) == message
    assert ReaderOptions(table="messages").for_source(is_sql_url=True).table == "messages"


# --- the same object reaches every reader, from Python ----------------------------------------


def _stamps(source: Path, **values: object) -> list[datetime]:
    return [m.timestamp for m in read(source, **values) if isinstance(m, Message) and m.timestamp]


def test_local_times_are_read_as_utc_instants_in_the_given_zone(
    helpdesk_csv: Path, whatsapp: Path
) -> None:
    oslo = ReaderOptions(timezone="Europe/Oslo", columns=COLUMNS, date_order="dmy")
    assert _stamps(helpdesk_csv, options=oslo) == [
        datetime(2024, 1, 15, 9, 0, tzinfo=UTC),  # CET, UTC+1
        datetime(2024, 7, 15, 8, 0, tzinfo=UTC),  # CEST, UTC+2
    ]
    assert _stamps(whatsapp, options=ReaderOptions(timezone="Europe/Oslo")) == [
        datetime(2024, 1, 15, 9, 0, tzinfo=UTC),
        datetime(2024, 7, 15, 8, 0, tzinfo=UTC),
    ]
    assert _stamps(whatsapp)[0] == datetime(2024, 1, 15, 10, 0, tzinfo=UTC)  # no zone: as UTC


# --- import ----------------------------------------------------------------------------------


def _stored_times(db: Path) -> dict[str, datetime]:
    from privacyguard.store import open_store
    from privacyguard.store import tables as t

    store = open_store(f"sqlite:///{db}", create=False)
    try:
        with store.engine.connect() as conn:
            rows = conn.execute(select(t.messages.c.text, t.messages.c.sent_at)).all()
    finally:
        store.engine.dispose()
    return {r.text: r.sent_at.replace(tzinfo=UTC) if r.sent_at.tzinfo is None
            else r.sent_at.astimezone(UTC) for r in rows}  # fmt: skip


def test_import_with_timezone_stores_the_utc_instants(tmp_path: Path, whatsapp: Path) -> None:
    oslo, plain = tmp_path / "oslo.db", tmp_path / "plain.db"
    r = run("import", str(whatsapp), "--db", str(oslo), "--timezone", "Europe/Oslo", "--json")
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["messages"] == 2
    r = run("import", str(whatsapp), "--db", str(plain), "--json")
    assert r.exit_code == 0, r.output
    shifted, as_utc = _stored_times(oslo), _stored_times(plain)
    assert sorted(shifted.values()) == [datetime(2024, 1, 15, 9, 0, tzinfo=UTC),
                                        datetime(2024, 7, 15, 8, 0, tzinfo=UTC)]  # fmt: skip
    hours = sorted((as_utc[text] - shifted[text]).total_seconds() / 3600 for text in shifted)
    assert hours == [1.0, 2.0]  # winter UTC+1, summer UTC+2


def test_import_maps_columns_and_the_library_takes_the_same_object(
    tmp_path: Path, helpdesk_csv: Path
) -> None:
    from privacyguard.importer import import_source
    from privacyguard.store import open_store

    r = run("import", str(helpdesk_csv), "--db", str(tmp_path / "a.db"), "--json")
    assert r.exit_code == 2 and "no text column found" in r.stderr  # unmapped: not readable
    r = run("import", str(helpdesk_csv), "--db", str(tmp_path / "b.db"), "--json",
            "--columns", COLUMNS, "--timezone", "Europe/Oslo", "--date-order", "dmy")  # fmt: skip
    assert r.exit_code == 0, r.output
    counts = json.loads(r.stdout)
    assert counts["messages"] == 2 and counts["findings"] >= 2

    store = open_store(f"sqlite:///{tmp_path / 'c.db'}")
    try:
        opts = ReaderOptions(columns=COLUMNS, timezone="Europe/Oslo", date_order="DMY")
        result = import_source(store, str(helpdesk_csv), options=opts, workers=1)
    finally:
        store.engine.dispose()
    assert (result.messages, result.findings) == (counts["messages"], counts["findings"])
    assert _stored_times(tmp_path / "b.db") == _stored_times(tmp_path / "c.db")


# --- redact ----------------------------------------------------------------------------------


def _rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text("utf-8")), delimiter=";"))


def test_redact_with_columns_rewrites_the_mapped_text_column(
    tmp_path: Path, helpdesk_csv: Path
) -> None:
    out = tmp_path / "out.csv"
    r = run("redact", str(helpdesk_csv), "-o", str(out))
    assert r.exit_code == 2 and "no text column found" in r.stderr
    r = run("redact", str(helpdesk_csv), "-o", str(out), "--columns", COLUMNS)
    assert r.exit_code == 0, r.output
    before, after = _rows(helpdesk_csv), _rows(out)
    assert after[0] == before[0]  # the header as it was
    assert [row[0] for row in after] == [row[0] for row in before]  # ids kept
    assert [row[3] for row in after] == [row[3] for row in before]  # times kept
    notes = [row[2] for row in after[1:]]
    assert "412 34 567" not in notes[0] and "NL91" not in notes[1]
    assert notes[0].startswith("Ring meg på ") and notes[1].endswith(", takk")
    assert "Kari Testesen" not in out.read_text("utf-8")  # the mapped sender is a text field too


def test_the_library_redact_takes_the_same_object(tmp_path: Path, helpdesk_csv: Path) -> None:
    from privacyguard.act.run import redact

    cli_out, lib_out = tmp_path / "cli.csv", tmp_path / "lib.csv"
    r = run("redact", str(helpdesk_csv), "-o", str(cli_out), "--columns", COLUMNS)
    assert r.exit_code == 0, r.output
    result = redact(helpdesk_csv, lib_out, options=ReaderOptions(columns=COLUMNS))
    assert not result.report.failed
    assert lib_out.read_bytes() == cli_out.read_bytes()


# --- one set of messages on every command ---------------------------------------------------


@pytest.mark.parametrize("command", ["scan", "redact", "import"])
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--timezone", "Europe/Olso"], "error: --timezone: unknown time zone 'Europe/Olso'; "
         "give an IANA name such as Europe/Oslo, Europe/Amsterdam or America/New_York"),
        (["--columns", "txt=Notat"], "error: unknown column role 'txt'; did you mean 'text'?"),
        (["--delimiter", "::"], "error: --delimiter: must be one character (or 'tab'), got '::'"),
        (["--table", "saker"], "error: --table: applies to SQL URL sources only, e.g. "
         "sqlite:///chats.db or postgresql://user@host/db"),
    ],
)  # fmt: skip
def test_every_command_gives_the_same_one_line_for_a_bad_option(
    tmp_path: Path, helpdesk_csv: Path, command: str, args: list[str], message: str
) -> None:
    where = {"scan": [], "redact": ["-o", str(tmp_path / "out.csv")],
             "import": ["--db", str(tmp_path / "s.db")]}[command]  # fmt: skip
    r = run(command, str(helpdesk_csv), *where, *args)
    assert r.exit_code == 2, r.output
    assert r.stderr.splitlines() == [message]
    assert r.stdout == ""
    assert not (tmp_path / "out.csv").exists()


def test_the_jsonl_stream_filter_refuses_reader_options_it_would_ignore() -> None:
    line = json.dumps({"id": "1", "text": "Ring meg på +47 412 34 567"}) + "\n"
    r = CliRunner().invoke(cli, ["redact", "-", "-o", "-", "--timezone", "Europe/Oslo",
                                 "--text-column", "Svar"], input=line)  # fmt: skip
    assert r.exit_code == 2
    assert r.stderr.splitlines() == [
        "error: --text-column, --timezone: reader options apply to files, folders, zips and SQL "
        "URLs, not to the JSONL stream (SOURCE - or -o -), whose lines are read as they are"
    ]
    assert r.stdout == ""
