"""The CSV and JSONL readers' id check (do ids repeat? is a line number an id of the file?)
in about 8 bytes per id (privacyguard/ingest/idset.py), with answers that do not depend on
digest collisions: a collision must never qualify ids that do not repeat, nor change or drop
a message. bench/reader_ids_memory.py measures the memory on a million records."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest

from privacyguard.ingest import idset, read
from privacyguard.ingest.idset import GivenIds
from privacyguard.models import Message


def given(values: list[str]) -> GivenIds:
    return GivenIds.of(lambda: iter(values))


@pytest.fixture
def colliding(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every id gets one of four digests: collisions everywhere."""

    def weak(self: GivenIds, mid: str) -> int:
        return (len(mid) % 4) << 56

    monkeypatch.setattr(GivenIds, "_digest", weak)


@pytest.mark.parametrize(
    ("values", "repeats"),
    [
        (["a", "b", "c"], False),
        (["a", "b", "a"], True),
        (["1", "2", "3"], False),
        (["7", "x", "7"], True),
        (["", "a", ""], True),  # two empty ids are a repeat, as they always were
        (["", "a"], False),
        ([], False),
    ],
)
def test_repeats_are_exact(values: list[str], repeats: bool) -> None:
    assert given(values).repeats is repeats


@pytest.mark.parametrize(
    ("values", "repeats"),
    [(["ab", "cd", "ef", "gh"], False), (["ab", "cd", "ab"], True), (["1", "22", "3"], False)],
)
def test_when_every_digest_collides_then_repeats_are_still_exact(
    colliding, values: list[str], repeats: bool
) -> None:
    assert given(values).repeats is repeats


def test_line_numbers_are_answered_exactly_never_by_a_digest(colliding) -> None:
    ids = given(["3", "abc", "042", str(2**64), "", "17"])
    assert ["3" in ids, "17" in ids, "4" in ids, "42" in ids, "042" in ids] == [
        True, True, False, False, True,
    ]  # fmt: skip
    assert "" not in ids  # an empty id is no id


def test_ids_take_at_most_16_bytes_each(colliding) -> None:
    n = 200_000
    values = [f"conversation-{i // 7}:msg-{i}" for i in range(n)]
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        ids = given(values)
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert ids.count == n and not ids.repeats
    # 8 bytes of digest per id and array slack; the set of strings took about 110 per id
    assert kept < 16 * n, kept


def _csv(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    path.write_text(
        "id,conversation,text\n" + "".join(f"{i},{c},{t}\n" for i, c, t in rows), "utf-8"
    )
    return path


def _jsonl(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    lines = []
    for i, c, t in rows:
        obj = {"conversation_id": c, "text": t}
        if i:
            obj["id"] = i
        lines.append(json.dumps(obj))
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def ids_of(path: Path) -> list[str]:
    return [m.id for m in read(path) if isinstance(m, Message)]


@pytest.mark.parametrize(("make", "name"), [(_csv, "t.csv"), (_jsonl, "t.jsonl")])
def test_a_row_without_an_id_takes_its_line_unless_another_row_has_that_id(
    make, name: str, tmp_path: Path
) -> None:
    # CSV rows start on line 2 (the header is line 1), JSONL lines on line 1
    rows = [("3", "c1", "a"), ("", "c1", "b"), ("", "c1", "c")] if make is _jsonl else [
        ("3", "c1", "a"), ("", "c1", "on line 3"), ("9", "c1", "c")
    ]  # fmt: skip
    expect = ["3", "2", "line-3"] if make is _jsonl else ["3", "line-3", "9"]
    assert ids_of(make(tmp_path / name, rows)) == expect


@pytest.mark.parametrize("make", [_csv, _jsonl])
def test_ids_that_repeat_across_conversations_are_qualified_and_others_are_not(
    make, tmp_path: Path
) -> None:
    name = "t.csv" if make is _csv else "t.jsonl"
    same = make(tmp_path / ("a" + name), [("1", "c1", "x"), ("1", "c2", "y"), ("2", "c2", "z")])
    unique = make(tmp_path / ("b" + name), [("1", "c1", "x"), ("2", "c2", "y")])
    assert ids_of(same) == ["c1:1", "c2:1", "c2:2"]
    assert ids_of(unique) == ["1", "2"]


@pytest.mark.parametrize("make", [_csv, _jsonl])
def test_when_digests_collide_the_messages_and_their_ids_are_the_same(
    make, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = "t.csv" if make is _csv else "t.jsonl"
    rows = [(f"m{i}", f"c{i % 3}", f"text {i}") for i in range(40)] + [("", "c1", "none")]
    path = make(tmp_path / name, rows)
    normal = [(m.id, m.text) for m in read(path) if isinstance(m, Message)]
    monkeypatch.setattr(GivenIds, "_digest", lambda self, mid: (len(mid) % 2) << 56)
    collided = [(m.id, m.text) for m in read(path) if isinstance(m, Message)]
    assert collided == normal and len(normal) == 41
    assert normal[0][0] == "m0"  # not qualified: no id repeats


def test_the_key_is_random_per_object_so_digests_cannot_be_aimed() -> None:
    a, b = GivenIds(), GivenIds()
    assert a._digest("same id") != b._digest("same id")
    assert idset._number("12") == 12 and idset._number("٣") is None  # an Arabic-Indic 3
