"""Hostile input to the readers: every limit holds in bounded memory, every refusal is one
line naming the file and line (or member), is counted, and nothing else is lost.

People and numbers are synthetic: NL91ABNA0417164300 is a checksum-valid test IBAN, the
e-mail domain is example.com. Peak memory is measured in a child process (os.wait4 gives that
child's own maximum resident set size), with generous bounds.
"""

from __future__ import annotations

import json
import os
import socket
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest

from privacyguard.config.load import MAX_CONFIG_ENV, read_yaml
from privacyguard.config.rules import SettingsSpec, load_rules
from privacyguard.errors import ConfigError, InputFormatError
from privacyguard.ingest import read, write
from privacyguard.ingest.limits import Limits, TooDeep, loads
from privacyguard.models import InputProblem, Message

REPO = Path(__file__).resolve().parents[1]
EXE = Path(sys.executable).parent / "privacyguard"
EMAIL, IBAN = "jan.jansen@example.com", "NL91 ABNA 0417 1643 00"
NAME, PHONE = "Anna de Vries", "+31 6 12345678"
SECRETS = (EMAIL, "NL91", "ABNA", NAME, "Vries", "12345678")
MiB = 1 << 20


# --- helpers ----------------------------------------------------------------------------------


@dataclass
class Ran:
    rc: int
    out: str
    err: str
    peak_mb: float
    seconds: float


#: runs argv[2:] and writes its peak RSS (KiB) to argv[1]. On Linux a child forked from
#: pytest inherits pytest's peak RSS (the counter survives exec), so the process measured is
#: started from this small launcher instead.
_LAUNCH = """
import os, subprocess, sys
p = subprocess.Popen(sys.argv[2:])
_, status, usage = os.wait4(p.pid, 0)
with open(sys.argv[1], "w") as f:
    f.write(str(usage.ru_maxrss))
sys.exit(os.waitstatus_to_exitcode(status) % 256)
"""


def measured(args: list[str], timeout: float = 180, stdin: Path | None = None) -> Ran:
    """Run a process; its exit code, output and its own peak RSS (os.wait4 in a launcher)."""
    with (
        open(os.devnull, "rb") if stdin is None else stdin.open("rb") as fin,
        tempfile.TemporaryFile() as out,
        tempfile.TemporaryFile() as err,
        tempfile.NamedTemporaryFile("r") as rss,
    ):
        start = time.monotonic()
        p = subprocess.Popen(
            [sys.executable, "-c", _LAUNCH, rss.name, *args],
            stdin=fin, stdout=out, stderr=err, cwd=REPO, start_new_session=True,
        )  # fmt: skip
        try:
            rc = p.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, 9)
            raise
        seconds = time.monotonic() - start
        out.seek(0)
        err.seek(0)
        return Ran(
            rc,
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
            int(rss.read() or 0) / 1024,
            seconds,
        )


def py(code: str, timeout: float = 180) -> Ran:
    return measured([sys.executable, "-c", code], timeout)


def problems(records: list[Message | InputProblem]) -> list[InputProblem]:
    return [r for r in records if isinstance(r, InputProblem)]


def texts(records: list[Message | InputProblem]) -> list[str]:
    return [r.text for r in records if isinstance(r, Message) and r.kind != "metadata"]


def one_line(p: InputProblem) -> str:
    line = f"{p.location}: {p.reason}"
    assert "\n" not in line and len(line) < 600
    assert not any(s in p.reason for s in SECRETS)
    return line


def deflate_bomb(path: Path, name: str, head: bytes, size: int, tail: bytes = b"\n") -> None:
    """A zip with one member of ``size`` bytes ('a' after ``head``), written without
    compressing it all: 1 MiB is deflated once and its full-flushed blocks are repeated."""
    chunk = b"a" * MiB
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = co.compress(head) + co.flush(zlib.Z_FULL_FLUSH)
    rep = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = rep.compress(chunk) + rep.flush(zlib.Z_FULL_FLUSH)
    end = zlib.compressobj(9, zlib.DEFLATED, -15)
    last = end.compress(tail) + end.flush()
    n = (size - len(head) - len(tail)) // MiB
    crc = zlib.crc32(head)
    for _ in range(n):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(tail, crc)
    usize = len(head) + n * MiB + len(tail)
    csize = len(first) + n * len(block) + len(last)
    fname = name.encode()
    with path.open("wb") as f:
        f.write(struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0x5821, crc, csize, usize,
                            len(fname), 0) + fname)  # fmt: skip
        f.write(first)
        for _ in range(n):
            f.write(block)
        f.write(last)
        cd = f.tell()
        f.write(struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 8, 0, 0x5821, crc, csize,
                            usize, len(fname), 0, 0, 0, 0, 0, 0) + fname)  # fmt: skip
        cd_size = f.tell() - cd
        f.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 1, 1, cd_size, cd, 0))


WA_HEAD = b"12/03/2024, 10:00 - Anna de Vries: "


def whatsapp(*bodies: str) -> str:
    return "".join(f"12/03/2024, 10:0{i} - Bob: {b}\n" for i, b in enumerate(bodies))


# --- 1. the limits: defaults, configuration ---------------------------------------------------


def test_limit_defaults_are_the_settings_defaults_and_rules_settings_yaml_sets_them() -> None:
    assert Limits.from_settings(SettingsSpec()) == Limits()
    assert Limits.from_settings(load_rules(REPO / "rules").settings) == Limits()
    assert Limits.make({"max_line_bytes": 2048}).max_line_bytes == 2048
    with pytest.raises(Exception, match="unknown limit 'max_lines'"):
        Limits.make({"max_lines": 1})


@pytest.mark.parametrize(
    ("name", "content", "fmt"),
    [
        ("chat.txt", whatsapp("hallo", "x" * 5000, "doei"), None),
        ("notes.txt", "hallo\n" + "x" * 5000 + "\ndoei\n", "text"),
        ("chat.jsonl", '{"text":"hallo"}\n{"text":"' + "x" * 5000 + '"}\n{"text":"doei"}\n', None),
        ("chat.csv", "id,text\n1,hallo\n2," + "x" * 5000 + "\n3,doei\n", None),
    ],
)
def test_a_line_over_max_line_bytes_is_one_problem_and_the_other_lines_are_read_and_written(
    tmp_path: Path, name: str, content: str, fmt: str | None
) -> None:
    src = tmp_path / name
    src.write_text(content)
    recs = list(read(src, fmt, limits={"max_line_bytes": 4096}))
    [p] = problems(recs)
    assert p.location.file == str(src) and p.location.line in (2, 3)
    assert "over the limit of 4.0 KiB (max_line_bytes)" in one_line(p)
    assert texts(recs) == ["hallo", "doei"]
    report = write(src, tmp_path / ("out-" + name), lambda _m, _f, t: t.upper(), fmt,
                   limits={"max_line_bytes": 4096})  # fmt: skip
    assert [q.reason for q in report.problems] == [p.reason]
    out = (tmp_path / ("out-" + name)).read_text()
    assert "HALLO" in out and "DOEI" in out and "x" * 100 not in out  # withheld, not passed on


def test_a_csv_record_over_max_field_bytes_is_withheld_and_the_quoting_resyncs(
    tmp_path: Path,
) -> None:
    field = "\n".join(["q" * 1000] * 6)  # a quoted field of 6 lines, none over the line limit
    src = tmp_path / "t.csv"
    src.write_text(f'id,text\n1,hallo\n2,"{field}"\n3,"a ""quoted"" word"\n4,doei\n')
    recs = list(read(src, limits={"max_field_bytes": 4096}))
    [p] = problems(recs)
    assert p.location.line == 3 and "(max_field_bytes)" in one_line(p)
    assert texts(recs) == ["hallo", 'a "quoted" word', "doei"]


def test_a_whatsapp_message_over_max_field_bytes_is_withheld_without_holding_its_lines(
    tmp_path: Path,
) -> None:
    src = tmp_path / "chat.txt"
    src.write_text(whatsapp("hallo", "begin\n" + "\n".join(["y" * 100] * 100), "doei"))
    recs = list(read(src, "whatsapp_txt", limits={"max_field_bytes": 5000}))
    [p] = problems(recs)
    assert p.location.line == 2 and "the message starting at line 2" in one_line(p)
    assert "(max_field_bytes)" in p.reason
    assert texts(recs) == ["hallo", "doei"]
    limits = {"max_field_bytes": 5000}
    write(src, tmp_path / "out.txt", lambda _m, _f, t: t, "whatsapp_txt", limits=limits)
    assert "y" not in (tmp_path / "out.txt").read_text()


def test_an_mbox_mail_over_a_limit_is_withheld_and_the_other_mails_are_read(
    tmp_path: Path,
) -> None:
    mail = (
        "From x@example.com Mon Jan  1 00:00:00 2024\nFrom: B <b@example.com>\nSubject: s\n\n{}\n\n"
    )
    src = tmp_path / "box.mbox"
    src.write_text(mail.format("hallo") + mail.format("y" * 5000) + mail.format("doei"))
    recs = list(read(src, limits={"max_line_bytes": 4096}))
    [p] = problems(recs)
    assert p.location.line == 7 and "(max_line_bytes)" in one_line(p)
    assert [t.strip() for t in texts(recs)] == ["hallo", "doei"]


def test_a_200_mib_line_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    src = tmp_path / "big.txt"
    with src.open("wb") as f:
        f.write(b"hallo\n")
        for _ in range(200):
            f.write(b"x" * MiB)
        f.write(b"\ndoei\n")
    code = (
        "from privacyguard.ingest import read\n"
        f"for r in read({str(src)!r}, 'text'):\n"
        "    print(type(r).__name__, getattr(r, 'reason', None) or r.text)\n"
    )
    ran = py(code)
    assert ran.rc == 0, ran.err
    assert ran.out.splitlines() == [
        "Message hallo",
        "InputProblem line 2 is 200.0 MiB, over the limit of 16.0 MiB (max_line_bytes); it "
        "was not read (split the line or raise the limit)",
        "Message doei",
    ]
    assert ran.peak_mb < 200, f"peak RSS {ran.peak_mb:.0f} MB"


def test_a_hostile_first_line_does_not_make_csv_sniffing_quadratic(tmp_path: Path) -> None:
    """csv.Sniffer takes 8.7 s on this 60,000-character line; only its start is sniffed."""
    src = tmp_path / "export"
    src.mkdir()
    (src / "a.csv").write_text('a,"' * 20_000 + "\n1,2\n")
    (src / "b.txt").write_text('a,"' * 20_000 + "\n")  # sniffed by every reader
    start = time.monotonic()
    recs = list(read(src))
    assert time.monotonic() - start < 3
    assert len(problems(recs)) == 2


def test_describing_a_hostile_header_cell_takes_linear_time(tmp_path: Path) -> None:
    """A cell of letters ending in a digit once backtracked exponentially (26 letters: 5 s)."""
    src = tmp_path / "export.csv"
    src.write_text("a" * 40 + "1,b,c\n1,2,3\n")
    start = time.monotonic()
    [p] = list(read(src))
    assert time.monotonic() - start < 3
    assert "column 1 holds other text (41 characters)" in one_line(p)


@pytest.mark.parametrize(
    "html", ["<a" * 40_000, "<!--" * 40_000, '<a "' * 40_000], ids=["tags", "comments", "quotes"]
)
def test_hostile_html_in_a_help_desk_body_is_read_in_linear_time(tmp_path: Path, html: str) -> None:
    """Each of these took 40-80 s to tokenise (every '<' searched to the end of the text)."""
    src = tmp_path / "ticket_1_comments.json"
    comment = {"id": 1, "author_id": 2, "body": "hallo", "html_body": html, "plain_body": "x"}
    src.write_text(json.dumps({"comments": [comment]}))
    start = time.monotonic()
    recs = list(read(src))
    assert time.monotonic() - start < 5
    assert not problems(recs) and texts(recs) == ["x"]  # plain_body is the text


def test_a_long_whatsapp_message_is_classified_in_linear_time(tmp_path: Path) -> None:
    """'security code with ' 40,000 times took 69 s in the system-message patterns."""
    src = tmp_path / "chat.txt"
    src.write_text(whatsapp("hallo", "security code with " * 40_000, "doei"))
    start = time.monotonic()
    recs = list(read(src))
    assert time.monotonic() - start < 5
    assert len(texts(recs)) == 3 and not problems(recs)


def test_a_file_over_max_file_bytes_is_refused_and_the_folder_is_still_read(
    tmp_path: Path,
) -> None:
    src = tmp_path / "export"
    src.mkdir()
    doc = {"name": "Chat", "type": "personal_chat", "id": 1, "messages": [
        {"id": 1, "type": "message", "date": "2024-01-01T10:00:00", "from": "A",
         "text": "y" * 5000}]}  # fmt: skip
    (src / "result.json").write_text(json.dumps(doc))
    (src / "chat.jsonl").write_text('{"text":"hallo"}\n')
    recs = list(read(src, limits={"max_file_bytes": 4096}))
    [p] = problems(recs)
    assert p.location.file == str(src / "result.json")
    assert "the file is 5.0 KiB, over the limit of 4.0 KiB (max_file_bytes)" in one_line(p)
    assert texts(recs) == ["hallo"]


# --- zips ----------------------------------------------------------------------------------


def test_a_2_mib_zip_holding_a_2_gib_whatsapp_line_is_refused_without_inflating_it(
    tmp_path: Path,
) -> None:
    bomb = tmp_path / "chats.zip"
    deflate_bomb(bomb, "WhatsApp Chat with Anna.txt", WA_HEAD, 2 << 30)
    assert bomb.stat().st_size < 3 * MiB
    with zipfile.ZipFile(bomb) as z:  # a valid zip: its start inflates to the line
        with z.open("WhatsApp Chat with Anna.txt") as f:
            assert f.read(len(WA_HEAD) + 3) == WA_HEAD + b"aaa"
    ran = measured([str(EXE), "scan", str(bomb), "--no-progress"], timeout=120)
    assert ran.rc == 2, ran.err
    assert ran.err.splitlines() == [
        f"{bomb}!WhatsApp Chat with Anna.txt: the member's uncompressed size is 2.0 GiB, over "
        "the limit of 1.0 GiB (max_zip_member_bytes); it was not read (unzip and split it, or "
        "raise the limit)",
        "1 record(s) could not be scanned; see the lines above",
    ]
    assert ran.seconds < 60 and ran.peak_mb < 600, (ran.seconds, ran.peak_mb)
    # under a raised size limit the ratio (about 1000:1) still refuses it
    recs = list(read(bomb, limits={"max_zip_member_bytes": 4 << 30}))
    [p] = problems(recs)
    assert "compression ratio is 1,0" in one_line(p) and "(max_zip_ratio)" in p.reason


def test_a_zip_member_over_the_ratio_is_refused_and_withheld_from_the_output(
    tmp_path: Path,
) -> None:
    src = tmp_path / "export.zip"
    with zipfile.ZipFile(src, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("a.jsonl", '{"text":"hallo"}\n')
        z.writestr("b.jsonl", '{"text":"' + "a" * (4 * MiB) + '"}\n')
    recs = list(read(src))
    [p] = problems(recs)
    assert p.location.file == f"{src}!b.jsonl" and "(max_zip_ratio)" in one_line(p)
    assert texts(recs) == ["hallo"]
    report = write(src, tmp_path / "out.zip", lambda _m, _f, t: t)
    assert report.withheld == ["b.jsonl"] and [q.reason for q in report.problems] == [p.reason]
    with zipfile.ZipFile(tmp_path / "out.zip") as z:
        assert z.namelist() == ["a.jsonl"]


def test_a_zip_with_two_members_of_the_same_name_reports_the_second(tmp_path: Path) -> None:
    src = tmp_path / "export.zip"
    with pytest.warns(UserWarning, match="Duplicate name"):
        with zipfile.ZipFile(src, "w") as z:
            z.writestr("chat.jsonl", '{"text":"eerste"}\n')
            z.writestr("chat.jsonl", '{"text":"tweede"}\n')
            z.writestr("other.jsonl", '{"text":"derde"}\n')
    recs = list(read(src))
    [p] = problems(recs)
    assert p.location.file == f"{src}!chat.jsonl"
    assert "the zip holds 2 members of this name; only the first was read" in one_line(p)
    assert texts(recs) == ["eerste", "derde"]
    report = write(src, tmp_path / "out.zip", lambda _m, _f, t: t)
    assert [q.reason for q in report.problems] == [p.reason]


def test_a_zip_of_many_small_members_is_read_in_linear_time(tmp_path: Path) -> None:
    """Each member once opened the archive anew (reading its central directory): a zip of
    5,000 members took more than ten minutes."""
    src = tmp_path / "many.zip"
    with zipfile.ZipFile(src, "w") as z:
        for i in range(3000):
            z.writestr(f"{i:05}.jsonl", f'{{"text":"m{i}"}}\n')
    start = time.monotonic()
    recs = list(read(src))
    assert time.monotonic() - start < 30
    assert len(texts(recs)) == 3000 and not problems(recs)
    report = write(src, tmp_path / "out.zip", lambda _m, _f, t: t.upper())
    assert not report.problems
    with zipfile.ZipFile(tmp_path / "out.zip") as z:
        assert len(z.namelist()) == 3000 and z.read("00042.jsonl") == b'{"text":"M42"}\n'


def test_max_files_bounds_a_folder_and_a_zip_with_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    with zipfile.ZipFile(tmp_path / "many.zip", "w") as z:
        for i in range(12):
            (folder / f"{i:02}.jsonl").write_text(f'{{"text":"m{i}"}}\n')
            z.writestr(f"{i:02}.jsonl", f'{{"text":"m{i}"}}\n')
    for src in (folder, tmp_path / "many.zip"):
        recs = list(read(src, limits={"max_files": 10}))
        [p] = problems(recs)
        assert "more than 10 files" in one_line(p) and "(max_files)" in p.reason
        assert texts(recs) == [f"m{i}" for i in range(10)]


# --- 2. JSON nested thousands deep ----------------------------------------------------------


DEEP = "[" * 3000 + "]" * 3000


def test_a_deep_jsonl_line_is_withheld_and_the_following_lines_are_read_and_written(
    tmp_path: Path,
) -> None:
    src = tmp_path / "chat.jsonl"
    src.write_text('{"text":"hallo"}\n{"text":"x","extra":' + DEEP + '}\n{"text":"doei"}\n')
    recs = list(read(src))
    [p] = problems(recs)
    assert p.location.line == 2
    assert "JSON nested deeper than 100 levels (max_json_depth)" in one_line(p)
    assert texts(recs) == ["hallo", "doei"]
    report = write(src, tmp_path / "out.jsonl", lambda _m, _f, t: t.upper())
    assert len(report.problems) == 1
    assert (tmp_path / "out.jsonl").read_text() == '{"text":"HALLO"}\n{"text":"DOEI"}\n'


def test_deep_json_in_telegram_zendesk_and_a_messenger_page_is_one_problem_each(
    tmp_path: Path,
) -> None:
    src = tmp_path / "export"
    (src / "tg").mkdir(parents=True)
    (src / "tg" / "result.json").write_text(
        '{"name":"Chat","type":"personal_chat","id":1,"messages":[{"id":1,"type":"message",'
        '"date":"2024-01-01T10:00:00","from":"A","text":' + DEEP + "}]}"
    )
    (src / "zd").mkdir()
    (src / "zd" / "ticket_1_comments.json").write_text(
        '{"comments":[{"id":1,"type":"Comment","author_id":2,"body":"hallo","x":' + DEEP + "}]}"
    )
    thread = src / "messages" / "inbox" / "anna_1"
    thread.mkdir(parents=True)
    page = {"participants": [{"name": "A"}, {"name": "B"}], "title": "A",
            "thread_path": "inbox/anna_1", "messages": [
                {"sender_name": "A", "timestamp_ms": 1715586422966,
                 "content": "pagina een"}]}  # fmt: skip
    (thread / "message_1.json").write_text(json.dumps(page))
    (thread / "message_2.json").write_text(
        '{"participants":[{"name":"A"}],"messages":[{"sender_name":"A","timestamp_ms":1,'
        '"content":' + DEEP + "}]}"
    )
    (src / "ok.jsonl").write_text('{"text":"hallo"}\n')
    recs = list(read(src))
    where = sorted(p.location.file for p in problems(recs))
    assert where == sorted(
        str(p) for p in (src / "tg/result.json", src / "zd/ticket_1_comments.json",
                         thread / "message_2.json")
    )  # fmt: skip
    for p in problems(recs):
        assert "nested deeper than 100 levels (max_json_depth)" in one_line(p)
        assert p.location.line == 1 and p.location.column
    assert {"hallo", "pagina een"} <= set(texts(recs))


def test_the_cli_scan_of_deep_json_gives_lines_and_exit_2_never_a_traceback(
    tmp_path: Path,
) -> None:
    src = tmp_path / "chat.jsonl"
    src.write_text('{"text":"hallo"}\n{"text":' + "[" * 5000 + "]" * 5000 + "}\n")
    ran = measured([str(EXE), "scan", str(src), "--no-progress"], timeout=120)
    assert ran.rc == 2 and "Traceback" not in ran.err
    assert f"{src}:2: JSON nested deeper than 100 levels" in ran.err
    assert "1 messages scanned" in ran.out


def test_loads_turns_recursion_into_a_value_error_for_stream_filters() -> None:
    with pytest.raises(TooDeep) as e:
        loads("[" * 5000 + "]" * 5000, 100)
    assert isinstance(e.value, ValueError)
    with pytest.raises(TooDeep):
        loads("[" * 150 + "]" * 150, 100)  # json.loads takes it; the limit does not
    assert loads('{"a":[[1]]}', 3) == {"a": [[1]]}


def test_the_json_depth_limit_is_configurable(tmp_path: Path) -> None:
    src = tmp_path / "chat.jsonl"
    src.write_text('{"text":"hallo","x":' + "[" * 50 + "]" * 50 + "}\n")
    assert texts(list(read(src))) == ["hallo"]
    assert problems(list(read(src, limits={"max_json_depth": 20})))


# --- 3. special files and links -------------------------------------------------------------


def test_a_folder_with_a_fifo_a_socket_and_links_out_finishes_and_reports_each(
    tmp_path: Path,
) -> None:
    src = tmp_path / "export"
    src.mkdir()
    (src / "a.jsonl").write_text('{"text":"hallo"}\n')
    os.mkfifo(src / "pipe.jsonl")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(src / "sock"))
    outside = tmp_path / "secret.jsonl"
    outside.write_text('{"text":"buiten"}\n')
    (src / "link-out.jsonl").symlink_to(outside)
    (src / "link-in.jsonl").symlink_to(src / "a.jsonl")
    (src / "dir-out").symlink_to(tmp_path, target_is_directory=True)
    (src / "broken.jsonl").symlink_to(tmp_path / "nothing")
    try:
        ran = measured([str(EXE), "scan", str(src), "--no-progress"], timeout=60)
    finally:
        sock.close()
    assert ran.rc == 2 and ran.seconds < 60
    lines = ran.err.splitlines()
    assert sorted(lines[:-1]) == sorted([
        f"{src / 'broken.jsonl'}: a symbolic link that leads nowhere (broken or looping); it "
        "was not read",
        f"{src / 'dir-out'}: a link to a folder outside the scanned folder; it was not "
        "followed (copy the files in if they belong to the export)",
        f"{src / 'link-out.jsonl'}: a symbolic link to a file outside the scanned folder; it "
        "was not followed (copy the file in if it belongs to the export)",
        f"{src / 'pipe.jsonl'}: a named pipe, not a regular file; it was skipped",
        f"{src / 'sock'}: a socket, not a regular file; it was skipped",
    ])  # fmt: skip
    assert lines[-1] == "5 record(s) could not be scanned; see the lines above"
    assert "2 messages scanned" in ran.out  # a.jsonl and the link inside the folder
    assert "buiten" not in ran.out


def test_a_folder_that_cannot_be_listed_is_reported_not_skipped_silently(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = tmp_path / "export"
    (src / "locked").mkdir(parents=True)
    (src / "a.jsonl").write_text('{"text":"hallo"}\n')
    (src / "locked" / "b.jsonl").write_text('{"text":"binnen"}\n')
    real = os.scandir

    def scandir(path):  # type: ignore[no-untyped-def]
        if Path(path).name == "locked":  # what a folder without permission does (tests run as root)
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    recs = list(read(src))
    [p] = problems(recs)
    assert one_line(p) == (
        f"{src / 'locked'}: folder cannot be read (Permission denied); it was skipped"
    )
    assert texts(recs) == ["hallo"]


def test_a_fifo_given_on_its_own_is_refused_with_one_line(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    with pytest.raises(InputFormatError) as e:
        list(read(tmp_path / "pipe"))
    assert str(e.value) == (
        f"{tmp_path / 'pipe'}: a named pipe, not a regular file; it was not read (give its "
        "contents on standard input with '-')"
    )


# --- 4. YAML -----------------------------------------------------------------------------------


BILLION_LAUGHS = "version: 1\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{n}: &{n} [{', '.join(['*' + p] * 9)}]\n" for p, n in zip("abcdefgh", "bcdefghi", strict=True)
)


@pytest.mark.parametrize("command", ["rules", "policy"])
def test_a_billion_laughs_file_is_refused_fast_in_bounded_memory(
    tmp_path: Path, command: str
) -> None:
    path = tmp_path / "bomb.yaml"
    path.write_text(BILLION_LAUGHS)
    ran = measured([str(EXE), command, "check", str(path)], timeout=60)
    assert ran.rc == 2 and ran.seconds < 30 and ran.peak_mb < 400, (ran.seconds, ran.peak_mb)
    assert ran.err.splitlines()[0] == (
        f"{path}: anchors and aliases expand to more than 200,000 values (an alias bomb?); the "
        "file was not read. Write the values out, or use fewer aliases"
    )


def test_ordinary_aliases_and_merge_keys_still_load(tmp_path: Path) -> None:
    path = tmp_path / "aliases.yaml"
    path.write_text("version: 1\na: &a [x, y]\nb: *a\nc: {<<: {k: v}, d: *a}\n")
    assert read_yaml(path).data["c"]["d"] == ["x", "y"]


def test_a_100_mb_policy_file_is_refused_with_one_line_in_bounded_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "policy.yaml"
    with path.open("w") as f:
        f.write("version: 1\n")
        line = "# " + "x" * 1000 + "\n"
        for _ in range(100_000):
            f.write(line)
    ran = measured([str(EXE), "policy", "check", str(path)], timeout=60)
    assert ran.rc == 2 and ran.peak_mb < 300, ran.peak_mb
    assert ran.err.splitlines()[0] == (
        f"{path}: larger than 16,777,216 bytes, the limit for a rules or policy file; it was "
        f"not read (set {MAX_CONFIG_ENV} to raise the limit)"
    )
    small = tmp_path / "small.yaml"
    small.write_text("version: 1\n" + "# comment\n" * 20)
    assert read_yaml(small).data["version"] == 1
    monkeypatch.setenv(MAX_CONFIG_ENV, "100")  # the limit is configurable
    with pytest.raises(ConfigError, match="larger than 100 bytes"):
        read_yaml(small)


# --- 5. no content in errors ------------------------------------------------------------------


def test_a_csv_without_a_header_is_described_by_shape_never_by_its_values(
    tmp_path: Path,
) -> None:
    src = tmp_path / "export.csv"
    src.write_text(f"{EMAIL},{IBAN},{NAME},{PHONE},12-03-2024,42\nb,c,d,e,f,g\n")
    [p] = list(read(src))
    assert one_line(p) == (
        f"{src}:1: no text column found (looked for text, message, body, tekst, ...); the "
        "header has 6 columns and no known column name (the first row may be data: column 1 "
        "looks like an e-mail address (22 characters), column 2 looks like an IBAN (22 "
        "characters), column 3 holds words (13 characters), column 4 looks like a phone number "
        "(14 characters), column 5 looks like a date (10 characters), column 6 holds a number "
        "(2 characters)); if the first row is data, add a header row, else pass "
        "columns={'text': '<column>'}"
    )
    ran = measured([str(EXE), "scan", str(src), "--no-progress"], timeout=60)
    assert ran.rc == 2
    assert not any(s in ran.out + ran.err for s in SECRETS)


def test_header_errors_name_only_cells_that_look_like_column_names(tmp_path: Path) -> None:
    src = tmp_path / "export.csv"
    src.write_text(f"id,{EMAIL},body_text\n1,x,y\n")
    [p] = list(read(src, columns={"text": "Tekst"}))
    assert one_line(p).endswith(
        "column 'Tekst' (mapped to text) is not in the header; the header has: id, <column 2: "
        "looks like an e-mail address (22 characters)>, body_text"
    )


def test_no_reader_problem_quotes_the_content_of_broken_input(tmp_path: Path) -> None:
    """Broken input in every format, each holding the synthetic secrets: no reason repeats
    them (reasons name files, lines, columns, shapes and sizes only)."""
    s = f"{NAME} {EMAIL} {IBAN}"
    cases = {
        "a.jsonl": f'{{"text": "{s}"\n[1, "{s}"]\n{{"id": "{s}"}}\n{{"text": 5, "x": "{s}"}}\n',
        "b.csv": f'text,{s}\n"{s}\n',
        "c.csv": f'id,text\n1,"{s}",{s}\n',
        "result.json": f'{{"name": "{s}", "messages": [{{"id": 1, "text": "{s}"',
        "e.eml": f"From: {s}\nSubject: {s}\n\n{s}\n",
    }
    folder = tmp_path / "export"
    folder.mkdir()
    for name, content in cases.items():
        (folder / name).write_text(content)
    (folder / "f.jsonl").write_bytes(f'{{"text": "{s}\xff"}}\n'.encode("latin-1"))
    recs = list(read(folder))
    assert len(problems(recs)) >= 6
    for p in problems(recs):
        one_line(p)


# --- crashes the fuzzers found (/tmp/fuzz-crashes.md), as regression tests ------------------


FUZZ_CRASHES = [
    # (format, file name, content, texts read, problem reasons)
    ("csv", "transcripts.csv", b"", [], ["empty: no header row"]),
    ("email_eml", "message.eml",
     b"From: a <c@example.org>\r\nTo: a: b; c <s@example.com>\r\nSubject: x\r\n\r\nhello\r\n",
     ["hello\r\n"], []),
    ("email_eml", "message.eml",
     b"From: =?utf-8?b?\x00PCQgIA=?= <c@example.org>\r\nSubject: q\r\n\r\n hi\r\n",
     [" hi\r\n"], []),
    ("email_eml", "message.eml", b"From: Fuzz Travel <customer0@", [""], []),
    ("email_eml", "message.eml",
     b"From: a <c@example.org>\r\nMessage-ID: <@example.org>\r\nSubject: x\r\n\r\nhi\r\n",
     ["hi\r\n"], []),
    ("email_eml", "message.eml",
     b"From: =?utf-8?b?QQpC?= <c@example.org>\r\nSubject: x\r\n\r\nhi\r\n", ["hi\r\n"], []),
    ("email_eml", "message.eml",
     b"From: =?utf-\xc5?q?abc?= <c@example.org>\r\nSubject: x\r\n\r\nhi\r\n", ["hi\r\n"], []),
    ("email_mbox", "thread.mbox",
     b"From c@example.org Wed Feb 21 14:00:00 2024\nFrom: a <c@example.org>\r\nDate: Wed, 21 Feb "
     b"2024 14:00:00 +000999999999999999999990\r\nSubject: x\r\n\r\nhi\r\n\n",
     ["hi\r\n"], []),
    ("email_mbox", "thread.mbox", b"", [], ["empty: no messages to scan"]),
    ("zendesk_json", "ticket_1_comments.json", b'{"comments": true}', [],
     ["'comments' is missing or not a list; no comment was read"]),
    ("zendesk_json", "ticket_2_comments.json",
     b'{"comments": [{"id": 1, "author_id": [1], "body": "hi", "plain_body": "hi"}]}',
     ["hi"], []),
    ("twitter_dm_js", "direct-messages.js",
     b'window.YTD.direct_messages.part0 = [{"dmConversation": {"conversationId": "1-2", '
     b'"messages": [{"messageCreate": {"id": "1", "senderId": "1", "recipientId": "2", "text": '
     b'"hi", "createdAt": true}}, {"messageCreate": {"id": "2", "senderId": "2", "recipientId": '
     b'"1", "text": "ok", "createdAt": "2024-05-14T08:25:47.090Z"}}]}}]',
     ["hi", "ok"], []),
    ("intercom_json", "conversation_1.json",
     b'{"type": "conversation", "id": "1", "conversation_parts": {"type": '
     b'"conversation_part.list", "conversation_parts": true}}',
     [], ["'conversation_parts' is not a list; no part of it was read"]),
    ("intercom_json", "conversation_2.json",
     b'{"type": "conversation", "id": "2", "conversation_parts": {"type": '
     b'"conversation_part.list", "conversation_parts": [{"type": "conversation_part", "id": '
     b'"1", "part_type": "comment", "body": "<p>hi</p>", "created_at": 1e300, "author": '
     b'{"type": "user", "name": "A"}}]}}',
     ["hi"], []),
    ("messenger_json", "message_1.json",
     b'{"participants": true, "messages": [{"sender_name": "A", "timestamp_ms": 1715584650000, '
     b'"content": "hi"}]}',
     ["hi"], []),
    ("messenger_e2ee_json", "Fuzz_1.json",
     b'{"participants": 1.0, "threadName": "Fuzz_1", "messages": []}', [], []),
    ("messenger_e2ee_json", "Fuzz_2.json",
     b'{"participants": ["A"], "threadName": "Fuzz_2", "messages": [{"isUnsent": false, '
     b'"media": 1, "reactions": [], "senderName": "A", "text": "hi", "timestamp": '
     b'1715584650000, "type": "text"}]}',
     ["hi"], []),
]  # fmt: skip


@pytest.mark.parametrize(("fmt", "name", "content", "want", "reasons"), FUZZ_CRASHES)
def test_fuzz_crashes_are_read_or_reported_and_written_back(
    tmp_path: Path, fmt: str, name: str, content: bytes, want: list[str], reasons: list[str]
) -> None:
    src = tmp_path / name
    src.write_bytes(content)
    recs = list(read(src, fmt))
    assert texts(recs) == want
    assert [p.reason for p in problems(recs)] == reasons
    out = tmp_path / ("out-" + name)
    try:
        report = write(src, out, lambda _m, _f, t: t, fmt)
    except InputFormatError as e:  # a file given alone that cannot be read at all
        assert [e.reason] == reasons and not out.exists()
        return
    assert [p.reason for p in report.problems] == reasons
    assert out.read_bytes() == content  # identity: the same bytes


def test_rewriting_a_quoted_printable_mbox_body_keeps_the_mails_apart(tmp_path: Path) -> None:
    mail = (
        "From c{0}@example.org Wed Feb 21 14:00:00 2024\nFrom: A <c{0}@example.org>\r\n"
        'Subject: q\r\nContent-Type: text/plain; charset="utf-8"\r\n'
        "Content-Transfer-Encoding: {1}\r\nMIME-Version: 1.0\r\n\r\n{2}\r\n\n"
    )
    src = tmp_path / "thread.mbox"
    src.write_text(mail.format(0, "quoted-printable", "hello") + mail.format(1, "7bit", "world"))
    write(src, tmp_path / "out.mbox", lambda _m, f, t: t.upper() if f == "text" else t)
    assert texts(list(read(tmp_path / "out.mbox"))) == ["HELLO\r\n", "WORLD\r\n"]


def test_a_reader_that_fails_unexpectedly_is_one_problem_and_the_rest_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from privacyguard.ingest.telegram import TelegramJsonReader

    def broken(self, unit, options):  # type: ignore[no-untyped-def]
        raise KeyError(NAME)  # what a reader bug could carry: never shown

    monkeypatch.setattr(TelegramJsonReader, "read", broken)
    monkeypatch.setattr(TelegramJsonReader, "write", broken)
    src = tmp_path / "export"
    src.mkdir()
    msg = {"id": 1, "type": "message", "date": "2024-01-01T10:00:00", "from": "A", "text": "x"}
    doc = {"name": "C", "type": "personal_chat", "id": 1, "messages": [msg]}
    (src / "result.json").write_text(json.dumps(doc, indent=1))
    (src / "chat.jsonl").write_text('{"text":"hallo"}\n')
    recs = list(read(src))
    [p] = problems(recs)
    assert one_line(p) == (
        f"{src / 'result.json'}: could not be read: the Telegram Desktop export (result.json) "
        "reader "
        "met KeyError (an export of a shape it does not expect); the rest of this file was "
        "not read"
    )
    assert texts(recs) == ["hallo"]
    report = write(src, tmp_path / "out", lambda _m, _f, t: t)
    assert [one_line(q) for q in report.problems] and not (tmp_path / "out/result.json").exists()
    assert (tmp_path / "out/chat.jsonl").exists()


# --- the limits in rules/settings.yaml reach every command that reads -------------------------


@pytest.mark.parametrize("command", ["scan", "redact", "import"])
def test_the_settings_limits_reach_scan_redact_and_import(tmp_path: Path, command: str) -> None:
    """A rules folder whose settings lower max_line_bytes makes each command refuse the long
    line with that limit's name, and read the others."""
    import shutil

    from click.testing import CliRunner

    from privacyguard.cli import cli

    rules = tmp_path / "rules"
    shutil.copytree(REPO / "rules", rules)
    settings = rules / "settings.yaml"
    text = settings.read_text()
    assert "max_line_bytes: 16777216" in text
    settings.write_text(text.replace("max_line_bytes: 16777216", "max_line_bytes: 4096"))
    src = tmp_path / "chat.jsonl"
    src.write_text('{"id":"1","text":"hallo"}\n{"id":"2","text":"' + "x" * 5000 + '"}\n'
                   '{"id":"3","text":"doei"}\n')  # fmt: skip
    args = {
        "scan": ["scan", str(src), "--rules", str(rules), "--no-progress"],
        "redact": ["redact", str(src), "-o", str(tmp_path / "out.jsonl"), "--rules", str(rules)],
        "import": ["import", str(src), "--db", str(tmp_path / "s.sqlite"), "--rules", str(rules)],
    }[command]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2, result.output
    assert "4.0 KiB (max_line_bytes)" in result.output
    if command == "redact":
        out = (tmp_path / "out.jsonl").read_text()
        assert "hallo" in out and "doei" in out and "xxxx" not in out
