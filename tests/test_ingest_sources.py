"""Sources and safety: folders, zips, stdin, unknown files, zip-slip, the registry."""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

import pytest

from privacyguard import registry
from privacyguard.errors import InputFormatError, UnknownNameError
from privacyguard.ingest import read, reader_names, write
from privacyguard.models import InputProblem, Message

EXPORTS = Path(__file__).resolve().parent / "data" / "exports"  # tests/data/README.md
pytestmark = pytest.mark.skipif(
    not EXPORTS.is_dir(), reason=f"sample exports not found at {EXPORTS}"
)
NAMES = {
    "messenger_json",
    "instagram_json",
    "messenger_e2ee_json",
    "whatsapp_txt",
    "telegram_json",
    "twitter_dm_js",
    "zendesk_json",
    "intercom_json",
    "email_mbox",
    "email_eml",
    "csv",
    "jsonl",
    "text",
    "sql",
}


def test_every_reader_is_registered_by_its_lower_snake_name() -> None:
    assert NAMES <= set(reader_names()) == set(registry.names(registry.readers))
    for name in NAMES:
        assert registry.lookup(registry.readers, "format", name)().name == name


def test_unknown_format_and_option_say_what_exists(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("hi\n")
    with pytest.raises(UnknownNameError, match="did you mean 'whatsapp_txt'"):
        list(read(p, fmt="whatsap_txt"))
    with pytest.raises(UnknownNameError, match="did you mean 'timezone'"):
        list(read(p, timezon="Europe/Oslo"))
    with pytest.raises(InputFormatError, match="unknown time zone"):
        list(read(p, timezone="Mars/Olympus"))


def test_a_zip_with_a_parent_path_entry_is_refused_for_writing_and_reported_for_reading(
    tmp_path: Path,
) -> None:
    z = tmp_path / "in" / "evil.zip"
    z.parent.mkdir()
    chat = (EXPORTS / "whatsapp" / "ios_nb_NO" / "_chat.txt").read_bytes()
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("_chat.txt", chat)
        zf.writestr("../x", b"21/02/2024, 14:02 - A: escaped\n")
        zf.writestr("/abs.txt", b"x")
    got = list(read(z))
    bad = [r for r in got if isinstance(r, InputProblem)]
    assert sorted(p.location.file for p in bad) == [f"{z}!../x", f"{z}!/abs.txt"]
    assert all("unsafe path in zip" in p.reason for p in bad)
    assert sum(isinstance(r, Message) for r in got) == 11
    out = tmp_path / "out" / "clean.zip"
    out.parent.mkdir()
    with pytest.raises(InputFormatError, match="unsafe path in zip"):
        write(z, out, lambda m, f, t: t)
    assert list(out.parent.iterdir()) == [] and not (tmp_path / "x").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out"]


def test_unrecognised_files_in_a_folder_are_counted_not_skipped(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("# notes\n")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")
    (tmp_path / "voice.opus").write_bytes(b"Ogg")
    (tmp_path / "chat.txt").write_bytes(
        (EXPORTS / "whatsapp" / "ios_nb_NO" / "_chat.txt").read_bytes()
    )
    got = list(read(tmp_path))
    problems = [r for r in got if isinstance(r, InputProblem)]
    assert [Path(p.location.file).name for p in problems] == ["notes.md", tmp_path.name]
    assert "2 attachment files not scanned (jpg 1, opus 1)" in problems[1].reason
    assert sum(isinstance(r, Message) for r in got) == 11


def test_zip_inside_a_folder_is_read_and_written_as_a_zip(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    with zipfile.ZipFile(src / "WhatsApp Chat - Fjordreiser.zip", "w") as zf:
        zf.write(EXPORTS / "whatsapp" / "ios_nb_NO" / "_chat.txt", "_chat.txt")
    ms = [r for r in read(src) if isinstance(r, Message)]
    assert len(ms) == 11 and ms[0].conversation_id == "whatsapp:WhatsApp Chat - Fjordreiser"
    assert ms[0].source.file.endswith("WhatsApp Chat - Fjordreiser.zip!_chat.txt")
    write(src, tmp_path / "out", lambda m, f, t: t)
    with zipfile.ZipFile(tmp_path / "out" / "WhatsApp Chat - Fjordreiser.zip") as zf:
        assert (
            zf.read("_chat.txt") == (EXPORTS / "whatsapp" / "ios_nb_NO" / "_chat.txt").read_bytes()
        )


def test_output_inside_the_source_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"id": "1", "text": "x"}\n')
    with pytest.raises(InputFormatError, match="must not be the source"):
        write(tmp_path, tmp_path / "out", lambda m, f, t: t)


def test_stdin_is_sniffed_like_a_file(monkeypatch: pytest.MonkeyPatch) -> None:
    data = (
        EXPORTS / "whatsapp" / "android_nl_NL" / "WhatsApp-chat Reisbureau Zonnepad.txt"
    ).read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    ms = [r for r in read("-") if isinstance(r, Message)]
    assert len(ms) == 13 and ms[0].source.file == "<stdin>"


def test_ids_in_a_folder_of_line_numbered_files_are_qualified(tmp_path: Path) -> None:
    for n in ("a.txt", "b.jsonl"):
        (tmp_path / n).write_text('{"id": "1", "text": "hello"}\n')
    ids = [r.id for r in read(tmp_path) if isinstance(r, Message)]
    assert ids == ["a.txt#1", "b.jsonl#1"]


def test_cli_format_choices_come_from_the_registry() -> None:
    from click.testing import CliRunner

    from privacyguard.cli import cli

    result = CliRunner().invoke(cli, ["scan", "--help"])
    assert "whatsapp_txt" in result.output and "telegram_json" in result.output
