"""privacyguard scan over real export formats: folders, zips, reader options, accounting."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

import privacyguard.ingest
from privacyguard.cli import cli
from privacyguard.ingest import ReaderOptions, read
from privacyguard.ingest.limits import DEFAULT
from privacyguard.models import Message

EXPORTS = Path(__file__).resolve().parent / "data" / "exports"  # tests/data/README.md
pytestmark = pytest.mark.skipif(
    not EXPORTS.is_dir(), reason=f"sample exports not found at {EXPORTS}"
)
MESSENGER = EXPORTS / "facebook_messenger"
WHATSAPP_NB = EXPORTS / "whatsapp" / "ios_nb_NO" / "_chat.txt"
WHATSAPP_NL = EXPORTS / "whatsapp" / "android_nl_NL" / "WhatsApp-chat Reisbureau Zonnepad.txt"


def scan(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["scan", *args])


def format_counts(output: str) -> dict[str, tuple[int, int]]:
    """The 'by format' block of the summary: reader -> (records read, could not be read)."""
    lines = output.splitlines()
    start = lines.index("by format (records read / could not be read):") + 1
    out = {}
    for line in lines[start:]:
        if not line.startswith("  "):
            break
        name, read_, _, bad = line.split()
        out[name] = (int(read_.replace(",", "")), int(bad.replace(",", "")))
    return out


def test_a_folder_is_sniffed_per_file_and_counted_per_format() -> None:
    result = scan(str(MESSENGER))
    assert result.exit_code == 0, result.output
    assert format_counts(result.stdout) == {"messenger_json": (24, 0)}  # 2 threads: 2 + 14 + 8
    assert "24 messages scanned" in result.stdout
    assert "Zoë" not in result.stdout and "NL91" not in result.stdout  # previews are masked


def test_a_zip_of_several_exports_is_read_member_by_member(tmp_path: Path) -> None:
    archive = tmp_path / "exports.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for f in sorted(MESSENGER.rglob("*.json")):
            z.write(f, f"fb/{f.relative_to(MESSENGER).as_posix()}")
        z.write(WHATSAPP_NB, "whatsapp/_chat.txt")
    result = scan(str(archive))
    assert result.exit_code == 0, result.output
    counts = format_counts(result.stdout)
    assert counts["messenger_json"] == (24, 0)
    assert counts["whatsapp_txt"][0] > 10 and counts["whatsapp_txt"][1] == 0
    assert set(counts) == {"messenger_json", "whatsapp_txt"}


def test_jsonl_output_of_a_folder_is_one_finding_per_line() -> None:
    result = scan(str(MESSENGER), "--jsonl")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all(r["message_id"].startswith("messenger:") for r in rows)
    assert "by format" not in result.output  # the contract stays: nothing else on stdout


def test_timezone_turns_local_times_into_the_right_utc_instants(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def stamps(**options: str) -> list:  # type: ignore[type-arg]
        return [m.timestamp for m in read(WHATSAPP_NL, **options) if isinstance(m, Message)]

    utc, amsterdam = stamps(), stamps(timezone="Europe/Amsterdam")
    assert len(utc) == len(amsterdam) > 5
    shifts = {(u - a).total_seconds() / 3600 for u, a in zip(utc, amsterdam, strict=True)}
    assert shifts <= {1.0, 2.0} and shifts  # CET/CEST are 1-2 hours ahead of UTC

    seen: list[ReaderOptions] = []
    real = privacyguard.ingest.read_by_format

    def spy(source, fmt=None, options=None, **values):  # type: ignore[no-untyped-def]
        seen.append(options)
        return real(source, fmt, options, **values)

    monkeypatch.setattr(privacyguard.ingest, "read_by_format", spy)
    result = scan(str(WHATSAPP_NL), "--timezone", "Europe/Amsterdam", "--date-order", "dmy")
    assert result.exit_code == 0, result.output
    [opts] = seen  # one object, made once by the library from the command line's values
    assert opts.limits is not DEFAULT  # the rules' input limits (docs/limits.md)
    given = {k: v for k, v in opts.given().items() if k != "limits"}
    assert given == {"timezone": "Europe/Amsterdam", "date_order": "DMY"}


def test_an_unknown_time_zone_is_one_clear_line_and_exit_2() -> None:
    result = scan(str(WHATSAPP_NL), "--timezone", "Europe/Amsterdan")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "error: --timezone: unknown time zone 'Europe/Amsterdan'; give an IANA name such as "
        "Europe/Oslo, Europe/Amsterdam or America/New_York"
    ]
    assert result.stdout == ""


CSV = (
    "Ticket,Kunde,Notat,Opprettet\r\n"
    "T-1,Kari,Ring meg på +47 412 34 567,2024-03-01T10:00:00Z\r\n"
    "T-2,Ola,Takk for hjelpen,2024-03-01T10:05:00Z\r\n"
)


def test_columns_map_a_csv_whose_headers_are_not_recognised(tmp_path: Path) -> None:
    src = tmp_path / "tickets.csv"
    src.write_text(CSV, "utf-8", newline="")
    unmapped = scan(str(src), "--jsonl")
    assert unmapped.exit_code == 2
    assert "no text column found" in unmapped.stderr and unmapped.stdout == ""

    result = scan(
        str(src), "--jsonl", "--columns", "id=Ticket,text=Notat", "--columns", "sender=Kunde"
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert ("T-1", "PHONE_NUMBER") in {(r["message_id"], r["entity_type"]) for r in rows}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--columns", "txt=Notat"], "error: unknown column role 'txt'; did you mean 'text'?"),
        (["--columns", "Notat"], "error: --columns: expected ROLE=COLUMN pairs separated by "
                                 "commas (e.g. id=Ticket,text=Body), got 'Notat'"),
        (["--encoding", "utf-9"], "error: --encoding: unknown encoding 'utf-9'; try utf-8, "
                                  "cp1252 or latin-1"),
        (["--delimiter", ";;"], "error: --delimiter: must be one character (or 'tab'), got ';;'"),
        (["--table", "messages"], "error: --table: applies to SQL URL sources only, e.g. "
                                  "sqlite:///chats.db or postgresql://user@host/db"),
    ],
)  # fmt: skip
def test_bad_reader_options_are_one_line_and_exit_2(
    tmp_path: Path, args: list[str], message: str
) -> None:
    src = tmp_path / "tickets.csv"
    src.write_text(CSV, "utf-8", newline="")
    result = scan(str(src), *args)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [message]


def test_table_and_delimiter_reach_the_sql_and_csv_readers(tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "chats.db"
    with sqlite3.connect(db) as con:
        con.execute("CREATE TABLE notes (id TEXT PRIMARY KEY, body TEXT)")
        con.execute("INSERT INTO notes VALUES ('n1', 'IBAN NL91 ABNA 0417 1643 00')")
    con.close()
    result = scan(f"sqlite:///{db}", "--table", "notes", "--columns", "text=body", "--jsonl")
    assert result.exit_code == 0, result.output
    assert [json.loads(x)["entity_type"] for x in result.stdout.splitlines()] == ["IBAN_CODE"]

    semi = tmp_path / "semi.csv"
    semi.write_text("id|text\r\n1|bel 06-12345678\r\n", "utf-8", newline="")
    result = scan(str(semi), "--delimiter", "|", "--jsonl")
    assert result.exit_code == 0, result.output
    assert [json.loads(x)["entity_type"] for x in result.stdout.splitlines()] == ["PHONE_NUMBER"]


def test_a_zip_member_with_dotdot_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    archive = work / "evil.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.write(WHATSAPP_NB, "ok/_chat.txt")
        z.writestr(
            "../escaped/_chat.txt", "[01.02.2024, 10:00:00] Eve: IBAN NL91 ABNA 0417 1643 00\n"
        )
    before = sorted(p.name for p in tmp_path.rglob("*"))
    result = scan(str(archive), "--jsonl")
    assert result.exit_code == 2
    assert (
        f"{archive}!../escaped/_chat.txt: unsafe path in zip ('..' in the path); "
        "this member was not read"
    ) in result.stderr.splitlines()
    assert not (tmp_path / "escaped").exists()
    assert sorted(p.name for p in tmp_path.rglob("*")) == before  # nothing extracted anywhere
    ids = {json.loads(x)["message_id"] for x in result.stdout.splitlines()}
    assert ids and all("escaped" not in i for i in ids)  # the safe member is still scanned


def test_one_unreadable_record_gives_exit_2_and_the_rest_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    thread = folder / "messages" / "inbox" / "shop_1"
    shutil.copytree(
        MESSENGER
        / "your_facebook_activity"
        / "messages"
        / "inbox"
        / "reisbureauzonnepad_7312845590123456",
        thread,
    )
    page = thread / "message_1.json"
    page.write_bytes(page.read_bytes()[:900])  # truncated: this page cannot be read
    shutil.copy(WHATSAPP_NB, folder / "_chat.txt")
    result = scan(str(folder))
    assert result.exit_code == 2
    [problem] = [x for x in result.stderr.splitlines() if "message_1.json" in x]
    assert problem.startswith(f"{page}:")  # file:line:column
    assert "invalid JSON" in problem
    assert result.stderr.splitlines()[-1] == "1 record(s) could not be scanned; see the lines above"
    counts = format_counts(result.stdout)
    assert counts["messenger_json"] == (7, 1)  # header + the 6 messages of page 2; page 1 lost
    assert counts["whatsapp_txt"][0] > 10 and counts["whatsapp_txt"][1] == 0
    assert f"{sum(n for n, _ in counts.values())} messages scanned" in result.stdout


def test_no_progress_bar_when_stderr_is_not_a_terminal() -> None:
    result = scan(str(MESSENGER))
    assert result.exit_code == 0
    assert "scanning" not in result.stderr and "records/s" not in result.output


# --- streaming: what makes `scan` of a 1 GB export run in bounded memory -----------------


def _page(folder: Path, n: int, messages: list) -> None:  # type: ignore[type-arg]
    doc = {
        "participants": [{"name": "Shop"}, {"name": "Zo\u00c3\u00ab Bakker"}],
        "messages": messages,
        "title": "Shop",
        "thread_path": f"inbox/{folder.name}",
    }
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"message_{n}.json").write_text(json.dumps(doc, indent=2), "ascii")


def _m(ts: object, text: str) -> dict:  # type: ignore[type-arg]
    return {"sender_name": "Zo\u00c3\u00ab Bakker", "timestamp_ms": ts, "content": text}


def test_a_thread_streamed_page_by_page_equals_sorting_the_whole_thread(tmp_path: Path) -> None:
    from privacyguard.ingest.base import Options, Unit
    from privacyguard.ingest.meta_dyi import MessengerJsonReader
    from privacyguard.ingest.sources import folder_entries

    t = tmp_path / "shop_1"
    _page(t, 1, [_m(500, "newest"), _m(300, "tie a"), _m(300, "tie b"), _m(200, "edge")])
    _page(t, 2, [_m(200, "tie across pages"), _m(100, "x"), _m(100, "x"), 7])
    _page(t, 3, [_m(250, "out of order"), _m(50, "old"), _m(None, "no time")])
    _page(t, 4, [_m(40, "x"), _m(10, "oldest")])
    reader = MessengerJsonReader()
    unit = Unit(list(folder_entries(t)), "shop_1", True, "")
    _, items, problems = reader._load(unit)
    whole = [i.finished() for i in items] + problems
    streamed = list(reader.read(unit, Options()))
    assert streamed == whole
    texts = [m.text for m in streamed if isinstance(m, Message)]
    assert texts[1:4] == ["no time", "oldest", "x"]
    assert texts.index("edge") < texts.index("tie across pages") < texts.index("out of order")
    ids = [m.id for m in streamed if isinstance(m, Message)]
    assert len(set(ids)) == len(ids) and sum(i.endswith("~2") for i in ids) == 1  # x at 100, twice


def test_pages_in_time_order_are_held_one_at_a_time(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import weakref

    from privacyguard.ingest import meta_dyi

    t = tmp_path / "big_1"
    for page in range(1, 9):  # page 1 newest; each page newest first
        top = 1_000_000 - page * 1000
        _page(t, page, [_m(top - k, f"p{page} m{k}") for k in range(50)])
    alive, peak = [0], [0]
    real = meta_dyi.load

    def counting(entry, **kw):  # type: ignore[no-untyped-def]
        ld = real(entry, **kw)
        alive[0] += 1
        peak[0] = max(peak[0], alive[0])
        weakref.finalize(ld, lambda: alive.__setitem__(0, alive[0] - 1))
        return ld

    monkeypatch.setattr(meta_dyi, "load", counting)
    got = [r for r in read(tmp_path) if isinstance(r, Message)]
    assert len(got) == 1 + 8 * 50
    stamps = [m.timestamp for m in got[1:]]
    assert stamps == sorted(stamps)
    assert peak[0] == 1  # one page at a time: their time ranges do not overlap


def test_the_id_ledger_on_disk_gives_the_same_ids(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from privacyguard.ingest import sniff

    for copy in ("a", "b", "c"):  # the same chat exported three times
        shutil.copytree(MESSENGER, tmp_path / copy)
    in_memory = [r.id for r in read(tmp_path) if isinstance(r, Message)]
    assert len(set(in_memory)) == len(in_memory) == 3 * 24
    real = sniff.IdLedger.__init__
    monkeypatch.setattr(
        sniff.IdLedger, "__init__", lambda self: real(self, in_memory=5, max_namespaces=1)
    )
    assert [r.id for r in read(tmp_path) if isinstance(r, Message)] == in_memory
