"""The id a CSV or JSONL record without one takes (privacyguard/ingest/tabular.py
fallback_id, docs/reader-options.md "Message ids"): N, else line-N, else line-N-2, ... the
first no record of the file gives. Unique within the file whatever ids the file gives, and
the same on every read of the same file, even when every digest of the id check collides."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from privacyguard.cli import cli
from privacyguard.ingest import read
from privacyguard.ingest.idset import GivenIds
from privacyguard.ingest.tabular import fallback_id
from privacyguard.models import Message


def _csv(path: Path, ids: list[str]) -> Path:
    rows = [f"{i},hello {n}" for n, i in enumerate(ids)]
    path.write_text("message_id,text\r\n" + "\r\n".join(rows) + "\r\n", "utf-8")
    return path


def _jsonl(path: Path, ids: list[str]) -> Path:
    lines = [json.dumps({"message_id": i, "text": f"hello {n}"}) for n, i in enumerate(ids)]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def ids_of(path: Path) -> list[str]:
    return [m.id for m in read(path) if isinstance(m, Message)]


@pytest.fixture
def colliding(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every id gets one of four digests: a digest alone would answer "given" for nearly
    every id asked about."""
    monkeypatch.setattr(GivenIds, "_digest", lambda self, mid: (len(mid) % 4) << 56)


@pytest.mark.parametrize(
    ("make", "ids", "expected"),
    [
        # CSV rows start on line 2: the row on line 2 has no id, the file gives 2 and line-2
        (_csv, ["", "2", "line-2"], ["line-2-2", "2", "line-2"]),
        (_csv, ["", "line-2", "2", "line-2-2"], ["line-2-3", "line-2", "2", "line-2-2"]),
        # JSONL lines start on line 1; a later record gives line-1
        (_jsonl, ["", "1", "line-1"], ["line-1-2", "1", "line-1"]),
        (_jsonl, ["", "line-1"], ["1", "line-1"]),
        # a given id that looks like another line's fallback takes nothing from this one
        (_jsonl, ["", "line-2", "2", ""], ["1", "line-2", "2", "4"]),
    ],
)
def test_a_record_without_an_id_never_takes_a_given_id_not_even_line_n(
    make, ids: list[str], expected: list[str], tmp_path: Path
) -> None:
    src = make(tmp_path / ("t.csv" if make is _csv else "t.jsonl"), ids)
    assert ids_of(src) == expected
    out = tmp_path / ("out-" + src.name)
    r = CliRunner().invoke(cli, ["redact", str(src), "-o", str(out), "-q"])
    assert r.exit_code == 0, r.output


_SHAPES = ["", "1", "2", "line-1", "line-2", "line-1-2", "line-2-2", "x"]


@pytest.mark.parametrize("make", [_csv, _jsonl])
def test_every_file_of_fallback_shaped_ids_reads_with_unique_stable_ids(
    make, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every file of three records whose ids are empty or shaped like fallbacks: the ids read
    are unique, and the same again when every digest collides (so they do not depend on the
    random digest key)."""
    name = "t.csv" if make is _csv else "t.jsonl"
    for n, ids in enumerate(itertools.product(_SHAPES, repeat=3)):
        if len({i for i in ids if i}) < len([i for i in ids if i]):
            continue  # given ids that repeat are conversation-qualified; not this test
        src = make(tmp_path / f"{n}-{name}", list(ids))
        got = ids_of(src)
        assert len(set(got)) == 3, (ids, got)
        assert [g for g, i in zip(got, ids, strict=True) if i] == [i for i in ids if i]
        with monkeypatch.context() as m:
            m.setattr(GivenIds, "_digest", lambda self, mid: (len(mid) % 4) << 56)
            assert ids_of(src) == got, ids


def test_the_id_check_answers_fallback_shapes_exactly(colliding) -> None:
    given = GivenIds.of(lambda: iter(["line-7", "line-7-2", "line-07", "line-7-1", "abcdef"]))
    asked = ["line-7", "line-7-2", "line-7-3", "line-8", "line-70", "line-07"]
    assert [a in given for a in asked] == [True, True, False, False, False, True]
    assert fallback_id(7, given) == "7"
    assert fallback_id(8, GivenIds.of(lambda: iter(["8", "line-8", "line-8-2"]))) == "line-8-3"


def test_fallback_id_of_a_plain_set() -> None:
    assert [fallback_id(5, s) for s in (set(), {"5"}, {"5", "line-5"})] == [
        "5", "line-5", "line-5-2",
    ]  # fmt: skip


# --- the other readers: a part without an id, and ids an export gives twice -------------


def test_id_maker_counts_repeats_and_never_issues_an_id_twice() -> None:
    from privacyguard.ingest.base import IdMaker

    ids = IdMaker()
    got = [ids(b) for b in ["a", "a", "a", "a~2", "b", "a", "a~2"]]
    assert got[:3] == ["a", "a~2", "a~3"]  # as before: exact repeats are counted
    assert len(set(got)) == len(got), got


def _zendesk(path: Path, comments: list[dict[str, object]]) -> Path:
    path.write_text(json.dumps({"ticket": {"id": 123}, "users": [], "comments": comments}))
    return path


def _intercom(path: Path, parts: list[dict[str, object]]) -> Path:
    doc = {
        "type": "conversation",
        "id": "77",
        "conversation_parts": {"conversation_parts": parts},
    }
    path.write_text(json.dumps(doc))
    return path


@pytest.mark.parametrize(
    ("make", "name", "prefix"),
    [(_zendesk, "ticket_123.json", "zendesk:comment:"), (_intercom, "c.json", "intercom:77#part-")],
)
def test_a_helpdesk_part_without_an_id_never_takes_another_parts_id(
    make, name: str, prefix: str, tmp_path: Path
) -> None:
    def part(pid: object | None, text: str) -> dict[str, object]:
        p: dict[str, object] = {"author_id": 5, "plain_body": text, "body": text}
        p.update({"part_type": "comment", "author": {"type": "user", "name": "Kari"}})
        return p | ({"id": pid} if pid is not None else {})

    src = make(
        tmp_path / name,
        [
            part(1, "Hello, thanks for writing."),
            part(None, "Mail me at kari.testesen@example.com please"),  # index 1
            part(7, "first seven"),
            part(7, "second seven"),  # given twice
        ],
    )
    got = [m.id for m in read(src) if isinstance(m, Message) and m.id.startswith(prefix)]
    assert got == [prefix + i for i in ["1", "line-1", "7", "7~2"]]
    out = tmp_path / ("out-" + name)
    r = CliRunner().invoke(cli, ["redact", str(src), "-o", str(out), "-q"])
    assert r.exit_code == 0, r.output
    assert "kari.testesen@example.com" not in out.read_text() and "thanks" in out.read_text()
