"""MIME parts nested deeper than ``max_mime_depth`` (default 50): the mail is one problem that
names the file, the line of the part and the depth, and says what to do; it is withheld from
the output, never passed on unscanned, and the other mails are read and written. Never a
RecursionError (3,000 levels gave one before)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from privacyguard.cli import cli
from privacyguard.ingest import read, write
from privacyguard.models import InputProblem, Message

HEAD = (
    b"From: Anna Example <anna@example.org>\nTo: bob@example.org\nSubject: deep\n"
    b"Message-ID: <deep@example.org>\nMIME-Version: 1.0\n"
)
SECRET = b"innermost words"


def multipart(levels: int) -> bytes:
    """A mail whose body is ``levels`` multiparts inside each other, text in the last."""
    body = b"Content-Type: text/plain\n\n" + SECRET + b"\n"
    for i in range(levels, 0, -1):
        b = f"b{i}".encode()
        body = (
            b"Content-Type: multipart/mixed; boundary=" + b + b"\n\n--" + b + b"\n"
            + body + b"\n--" + b + b"--\n"
        )  # fmt: skip
    return HEAD + body


def forwarded(levels: int) -> bytes:
    """A mail that forwards a mail that forwards ... (message/rfc822), ``levels`` deep."""
    inner = b"Content-Type: text/plain\n\n" + SECRET + b"\n"
    for _ in range(levels):
        inner = b"Content-Type: message/rfc822\n\nSubject: fwd\n" + inner
    return HEAD + inner


def records(path: Path, **options: object) -> tuple[list[Message], list[InputProblem]]:
    recs = list(read(path, **options))
    return (
        [r for r in recs if isinstance(r, Message)],
        [r for r in recs if isinstance(r, InputProblem)],
    )


@pytest.mark.parametrize("make", [multipart, forwarded])
def test_a_mail_nested_3000_deep_is_one_problem_naming_file_depth_and_what_to_do(
    make, tmp_path: Path
) -> None:
    src = tmp_path / "chat with nobody.eml"
    src.write_bytes(make(3000))
    messages, problems = records(src)
    assert messages == []
    assert len(problems) == 1
    p = problems[0]
    assert str(p.location) == f"{src}:1"
    assert "nested 51 levels deep, over the limit of 50 levels (max_mime_depth)" in p.reason
    assert "withheld" in p.reason and "raise the limit" in p.reason
    assert "Recursion" not in p.reason and "innermost" not in p.reason


def test_the_limit_is_exact_and_can_be_changed(tmp_path: Path) -> None:
    at, over = tmp_path / "at.eml", tmp_path / "over.eml"
    at.write_bytes(multipart(50))
    over.write_bytes(multipart(51))
    assert [m.text for m in records(at)[0]] == [SECRET.decode() + "\n"]
    assert "nested 51 levels deep" in records(over)[1][0].reason
    small, big = (
        records(at, limits={"max_mime_depth": 5}),
        records(over, limits={"max_mime_depth": 60}),
    )
    assert small[0] == [] and "nested 6 levels deep" in small[1][0].reason
    assert big[1] == [] and len(big[0]) == 1


def test_the_problem_names_the_line_of_the_too_deep_part(tmp_path: Path) -> None:
    src = tmp_path / "x.eml"
    data = multipart(60)
    src.write_bytes(data)
    reason = records(src)[1][0].reason
    line = int(reason.split("line ", 1)[1].split(" ", 1)[0])
    # the 51st nested part: its headers start on that line of the file
    lines = data.split(b"\n")
    assert lines[line - 1] == b"Content-Type: multipart/mixed; boundary=b52"


def test_in_an_mbox_the_deep_mail_is_withheld_and_the_others_are_read_and_written(
    tmp_path: Path,
) -> None:
    good = b"From: c@example.org\nSubject: hi\nMessage-ID: <%d@example.org>\n\nplain text %d\n"
    src = tmp_path / "box.mbox"
    src.write_bytes(
        b"From a@example.org Mon Jan  1 00:00:00 2024\n" + good % (1, 1) + b"\n"
        + b"From a@example.org Mon Jan  1 00:00:00 2024\n" + multipart(3000) + b"\n"
        + b"From a@example.org Mon Jan  1 00:00:00 2024\n" + good % (2, 2)
    )  # fmt: skip
    messages, problems = records(src)
    assert [m.text for m in messages] == ["plain text 1\n", "plain text 2\n"]
    assert len(problems) == 1 and str(problems[0].location) == f"{src}:8"
    out = tmp_path / "out.mbox"
    report = write(src, out, lambda _m, _f, text: text)
    assert [str(p.location) for p in report.problems] == [f"{src}:8"]
    data = out.read_bytes()
    assert SECRET not in data and b"plain text 1" in data and b"plain text 2" in data


def test_redact_on_the_command_line_reports_it_and_exits_2(tmp_path: Path) -> None:
    src = tmp_path / "deep.eml"
    src.write_bytes(multipart(3000))
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["redact", str(src), "-o", str(out / "deep.eml")])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert f"{src}:1: not read, withheld from the output:" in result.stderr
    assert "max_mime_depth" in result.stderr
    written = out / "deep.eml"
    assert not written.exists() or SECRET not in written.read_bytes()
