"""CSV, JSONL and SQL transcripts: column mapping, encodings, delimiters, mixed timestamps."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import pytest

from privacyguard.errors import InputFormatError
from privacyguard.ingest import read, write
from privacyguard.models import InputProblem, Message

EXPORTS = Path(__file__).resolve().parent / "data" / "exports"  # tests/data/README.md
GEN = EXPORTS / "helpdesk" / "generic"
DATA = Path(__file__).resolve().parent / "data" / "ingest"
pytestmark = pytest.mark.skipif(
    not EXPORTS.is_dir(), reason=f"sample exports not found at {EXPORTS}"
)
UTC = timezone.utc


def msgs(path: Path | str, **options: object) -> list[Message]:
    out = list(read(path, **options))
    assert not [r for r in out if isinstance(r, InputProblem)], out
    return [r for r in out if isinstance(r, Message)]


def test_interchange_csv_bom_crlf_quotes_and_mixed_offsets() -> None:
    ms = msgs(GEN / "transcripts_en_nl.csv")
    assert len(ms) == 8
    assert ms[0].sender == "Zoë Bakker" and ms[0].sender_role == "customer" and ms[0].lang == "nl"
    assert ms[1].timestamp == datetime(2024, 5, 13, 7, 6, 47, tzinfo=UTC)  # +02:00
    assert ms[2].text == "03-11-1979\nklantnummer ZP-2024-118273\nIBAN NL91 ABNA 0417 1643 00"
    assert ms[3].sender is None and ms[3].sender_role == "system"
    assert ms[3].text == 'Conversation transferred to queue "Omboekingen"'
    assert ms[4].text.startswith('Hi, it\'s Emily "Em" Hartwell')
    assert [m.id for m in ms[:2]] == [
        "C-2024-0001:1",
        "C-2024-0001:2",
    ]  # ids repeat per conversation
    assert ms[3].source.line == 7  # records are numbered by their first line


def test_excel_nb_cp1252_semicolons_and_local_times_on_the_dst_night() -> None:
    ms = msgs(GEN / "transcripts_nb_NO_excel_semicolon_cp1252.csv", timezone="Europe/Oslo")
    assert len(ms) == 5
    assert ms[0].sender == "Ørjan Bråten" and ms[0].sender_role == "customer"
    assert ms[1].text == "Det koster 899 kr; trekkes fra NO93 8601 1117 947"
    assert any("cp1252" in n for n in ms[0].notes)
    assert ms[3].timestamp == datetime(2024, 3, 31, 0, 58, tzinfo=UTC)  # 01:58 CET
    assert ms[4].timestamp == datetime(2024, 3, 31, 1, 0, tzinfo=UTC)  # 03:00 CEST


def test_csv_writer_keeps_quoting_encoding_and_other_columns(tmp_path: Path) -> None:
    src = GEN / "transcripts_nb_NO_excel_semicolon_cp1252.csv"
    out = tmp_path / "o.csv"
    write(src, out, lambda m, f, t: t.replace("Ørjan Bråten", "Åse Ø") if f == "sender" else t)
    data = out.read_bytes()
    assert data.count("Åse Ø".encode("cp1252")) == 2 and b";899,00;" in data
    assert (
        data.replace("Åse Ø".encode("cp1252"), "Ørjan Bråten".encode("cp1252")) == src.read_bytes()
    )
    # a record whose new text the file's encoding cannot hold is withheld and reported
    report = write(src, tmp_path / "p.csv", lambda m, f, t: "▇▇▇")
    assert report.problems and all(
        "cannot be encoded in cp1252" in p.reason for p in report.problems
    )
    assert "Ørjan".encode("cp1252") not in (tmp_path / "p.csv").read_bytes()


def test_when_a_mapped_column_is_missing_then_a_clear_error_names_the_file_and_header(
    tmp_path: Path,
) -> None:
    src = GEN / "transcripts_en_nl.csv"
    [p] = list(read(src, columns={"text": "Body"}))
    assert isinstance(p, InputProblem) and p.location.line == 1
    assert "column 'Body' (mapped to text) is not in the header" in p.reason
    assert "conversation_id, message_id" in p.reason
    with pytest.raises(InputFormatError, match="mapped to text"):
        write(src, tmp_path / "x.csv", lambda m, f, t: t, columns={"text": "Body"})
    assert not (tmp_path / "x.csv").exists()


def test_explicit_mapping_and_extra_text_columns() -> None:
    ms = msgs(
        GEN / "transcripts_en_nl.csv",
        columns={"text": "text", "sender": "channel"},
        text_columns=["author"],
    )
    assert ms[0].sender == "webchat" and dict(ms[0].fields)["author"] == "Zoë Bakker"


def test_undecodable_byte_is_a_problem_naming_the_line() -> None:
    got = list(read(DATA / "bad_byte_cp1252.csv"))
    assert [type(r).__name__ for r in got] == ["Message", "InputProblem", "Message"]
    assert got[0].text == "Hei på deg"
    assert got[1].location.line == 3 and "0x81" in got[1].reason and "cp1252" in got[1].reason


def test_jsonl_mixed_timestamps_null_text_events_and_keys() -> None:
    ms = msgs(GEN / "transcripts_ru_nb.jsonl")
    assert len(ms) == 6
    assert (
        ms[0].id == "AT-7781-1"
        and ms[0].sender == "Дмитрий Кузнецов"
        and ms[0].sender_role == "customer"
    )
    assert ms[0].timestamp == datetime(2024, 10, 12, 20, 55, 10, tzinfo=UTC)
    assert ms[3].kind == "event" and ms[3].text == "" and ms[3].sender_role == "system"
    assert ms[4].timestamp == datetime(2024, 10, 12, 21, 2, tzinfo=UTC)  # epoch ms as a string
    assert ms[5].timestamp == datetime(2024, 10, 14, 7, 12, tzinfo=UTC)


def test_jsonl_writer_patches_one_string_and_keeps_the_rest(tmp_path: Path) -> None:
    src = GEN / "transcripts_ru_nb.jsonl"
    out = tmp_path / "o.jsonl"
    write(src, out, lambda m, f, t: t.replace("112-233-445 95", "<SNILS>"))
    a, b = src.read_text("utf-8").splitlines(), out.read_text("utf-8").splitlines()
    assert [x == y for x, y in zip(a, b, strict=True)] == [True, True, False, True, True, True]
    assert b[2] == a[2].replace("112-233-445 95", "<SNILS>")


@pytest.fixture
def chat_db(tmp_path: Path) -> Path:
    db = tmp_path / "chats.db"
    con = sqlite3.connect(db)
    con.execute(
        "create table messages (id integer primary key, conv text, author text, "
        "body text, sent_at text, channel text)"
    )
    con.executemany(
        "insert into messages values (?,?,?,?,?,?)",
        [
            (
                1,
                "c1",
                "Emily Hartwell",
                "DOB 12/08/1984, IBAN GB29 NWBK 6016 1331 9268 19",
                "2024-02-21T14:02:41Z",
                "chat",
            ),
            (2, "c1", "Rita", "Thanks Emily", "1708524309", "chat"),
            (3, "c2", None, None, "2024-02-21T15:00:00+01:00", "system"),
        ],
    )
    con.commit()
    con.close()
    return db


def test_sql_table_via_url_with_mapping(chat_db: Path) -> None:
    url = f"sqlite:///{chat_db}?table=messages"
    ms = msgs(url, columns={"text": "body", "conversation": "conv", "timestamp": "sent_at"})
    assert [m.id for m in ms] == ["1", "2", "3"]
    assert ms[0].sender == "Emily Hartwell" and ms[0].conversation_id == "c1"
    assert ms[1].timestamp == datetime(2024, 2, 21, 14, 5, 9, tzinfo=UTC)
    assert ms[2].kind == "event" and ms[2].timestamp == datetime(2024, 2, 21, 14, 0, tzinfo=UTC)
    assert ms[0].source.path == "messages[id=1]"


def test_sql_query_option_and_missing_table(chat_db: Path) -> None:
    ms = msgs(f"sqlite:///{chat_db}", query="select id, body as text from messages where id < 3")
    assert [m.text for m in ms] == [
        "DOB 12/08/1984, IBAN GB29 NWBK 6016 1331 9268 19",
        "Thanks Emily",
    ]
    with pytest.raises(InputFormatError, match="no table or query"):
        list(read(f"sqlite:///{chat_db}"))


def test_sql_write_to_a_copy_and_in_place(chat_db: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{chat_db}?table=messages"
    cols = {"text": "body"}
    out = tmp_path / "redacted.db"
    report = write(url, str(out), lambda m, f, t: t.replace("12/08/1984", "<DOB>"), columns=cols)
    row = sqlite3.connect(out).execute("select body, author from messages where id=1").fetchone()
    assert row == ("DOB <DOB>, IBAN GB29 NWBK 6016 1331 9268 19", "Emily Hartwell")
    # only the mapped columns are written, and the report says what was left out
    names = [r[1] for r in sqlite3.connect(out).execute("pragma table_info(messages)")]
    assert "channel" not in names and any("channel" in w for w in report.left_out)
    write(url, str(out), lambda m, f, t: t, columns=cols, all_text_columns=True)
    row = sqlite3.connect(out).execute("select channel from messages where id=1").fetchone()
    assert row == ("chat",)
    assert (
        "12/08/1984" in sqlite3.connect(chat_db).execute("select body from messages").fetchone()[0]
    )
    write(url, url, lambda m, f, t: "<PERSON>" if f == "sender" else t, columns=cols)
    assert sqlite3.connect(chat_db).execute(
        "select author from messages where id=2"
    ).fetchone() == ("<PERSON>",)


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("t.csv", "conversation_id,message_id,text\r\nC-1,,hello\r\nC-1,2,world\r\n",
         ["line-2", "2"]),
        ("t.jsonl", '{"message_id": "", "text": "hello"}\n{"message_id": "2", "text": "x"}\n'
                    '{"message_id": "", "text": "world"}\n', ["1", "2", "3"]),
    ],
)  # fmt: skip
def test_a_record_without_an_id_never_takes_another_records_id(
    tmp_path: Path, name: str, content: str, expected: list[str]
) -> None:
    """An empty id is no id: the record gets its line number, or "line-N" when the file gives
    that number to another record, so ids stay unique and redaction withholds nothing."""
    from click.testing import CliRunner

    from privacyguard.cli import cli

    src = tmp_path / name
    src.write_text(content, encoding="utf-8")
    assert [m.id for m in read(src) if isinstance(m, Message)] == expected
    result = CliRunner().invoke(cli, ["redact", str(src), "-o", str(tmp_path / ("out-" + name))])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("t.csv", "conversation_id,message_id,text\r\nA,,hi\r\nA,,ho\r\nB,7,x\r\n",
         ["A:2", "A:3", "B:7"]),
        ("t.jsonl", '{"conversation_id": "A", "message_id": "", "text": "hi"}\n'
                    '{"conversation_id": "A", "message_id": "", "text": "ho"}\n'
                    '{"conversation_id": "B", "message_id": "7", "text": "x"}\n',
         ["A:1", "A:2", "B:7"]),
    ],
)  # fmt: skip
def test_empty_ids_still_make_a_files_ids_qualified_as_before(
    tmp_path: Path, name: str, content: str, expected: list[str]
) -> None:
    """Repeated empty ids made a file's ids conversation-qualified before empty ids got line
    numbers; they still do, so the other messages keep the ids their tombstones know."""
    src = tmp_path / name
    src.write_text(content, encoding="utf-8")
    assert [m.id for m in read(src) if isinstance(m, Message)] == expected
