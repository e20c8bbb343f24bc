"""File names hold people's names ("chat with Jan Jansen.txt"): problems shown to the user
name the file (they need it), logs carry a keyed digest of it instead
(SourceLocation.for_log, paths.id_for_log; docs/security.md)."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from privacyguard.ingest import read, write
from privacyguard.ingest.paths import id_for_log
from privacyguard.models import InputProblem, SourceLocation, name_digest

NAME = "Jan Jansen"


def test_for_log_names_no_file_and_keeps_the_rest() -> None:
    loc = SourceLocation(f"exports/chat with {NAME}.json", 12, 3, "messages[4].text")
    logged = loc.for_log()
    assert NAME not in logged and "chat with" not in logged
    assert logged == f"{name_digest(loc.file)}:12:3 (messages[4].text)"
    assert logged.startswith("file-") and name_digest(loc.file).endswith(".json")
    assert str(loc) == f"exports/chat with {NAME}.json:12:3 (messages[4].text)"  # unchanged


def test_the_digest_is_stable_in_a_run_and_tells_files_apart() -> None:
    a, b = name_digest(f"chat with {NAME}.txt"), name_digest("chat with Anna.txt")
    assert a == name_digest(f"chat with {NAME}.txt") and a != b
    assert name_digest("x.<script>") == name_digest("x.<script>") and "<" not in name_digest(
        "x.<script>"
    )


@pytest.mark.parametrize(
    ("mid", "kept"),
    [("m1", True), ("conv-3:17", True), (f"chats/WhatsApp Chat with {NAME}.txt#12", False),
     (f"email:<{NAME.replace(' ', '.').lower()}@example.org>", False)],
)  # fmt: skip
def test_ids_that_could_carry_a_name_are_digested(mid: str, kept: bool) -> None:
    out = id_for_log(mid)
    assert (out == mid) is kept
    if not kept:
        assert "Jan" not in out and "jan" not in out
    if "#" in mid:
        assert out.endswith("#12")


def test_a_reader_failure_is_logged_without_the_file_name_but_shown_with_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from privacyguard.ingest.telegram import TelegramJsonReader

    def broken(self, unit, options):  # type: ignore[no-untyped-def]
        raise KeyError("x")

    monkeypatch.setattr(TelegramJsonReader, "read", broken)
    monkeypatch.setattr(TelegramJsonReader, "write", broken)
    src = tmp_path / "export"
    folder = src / f"chat with {NAME}"
    folder.mkdir(parents=True)
    msg = {"id": 1, "type": "message", "date": "2024-01-01T10:00:00", "from": "A", "text": "x"}
    doc = {"name": "C", "type": "personal_chat", "id": 1, "messages": [msg]}
    (folder / "result.json").write_text(json.dumps(doc, indent=1))
    with caplog.at_level(logging.DEBUG, logger="privacyguard"):
        recs = list(read(src))
        write(src, tmp_path / "out", lambda _m, _f, t: t)
    [problem] = [r for r in recs if isinstance(r, InputProblem)]
    assert NAME in str(problem.location)  # the user is told which file
    logged = [r.getMessage() for r in caplog.records if "failed on" in r.getMessage()]
    assert len(logged) == 2  # the reader and the writer
    assert all(NAME not in line and "file-" in line for line in logged), logged
