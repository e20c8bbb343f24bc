"""limits.loads skips the nesting walk for a line with no more '{' / '[' than the limit: the
bound is exact, so a line one level too deep is still refused, as text and as bytes, and
brackets inside strings never make a shallow line fail."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from privacyguard.ingest.limits import TooDeep, json_depth, loads


@pytest.mark.parametrize("limit", [2, 5, 100])
@pytest.mark.parametrize("opener", ["[", '{"a":'])
def test_one_level_over_the_limit_is_refused(limit: int, opener: str) -> None:
    closer = "]" if opener == "[" else "}"
    at_limit = opener * limit + "1" + closer * limit
    over = opener * (limit + 1) + "1" + closer * (limit + 1)
    assert json_depth(json.loads(at_limit), limit) == limit
    assert loads(at_limit, limit) == json.loads(at_limit)
    assert loads(at_limit.encode(), limit) == json.loads(at_limit)
    for text in (over, over.encode(), over.encode("utf-16")):
        with pytest.raises(TooDeep):
            loads(text, limit)


def test_brackets_in_strings_do_not_count_as_depth() -> None:
    line = json.dumps({"id": "m1", "text": "[[[[{{{{ ]]]] }}}}" * 10, "tags": [["a"]]})
    assert loads(line, 3)["tags"] == [["a"]]
    with pytest.raises(TooDeep):
        loads(line, 2)


def test_jsonl_key_mapping_per_line_whatever_the_lines_before(tmp_path: Path) -> None:
    """The JSONL reader remembers the key mapping per list of key names: lines that name
    their keys differently, in another order or with more keys each get their own (synthetic
    values)."""
    from privacyguard.ingest import read
    from privacyguard.ingest.jsonl import KEYS_LONGEST
    from privacyguard.models import Message

    wide = {f"k{i}": "x" for i in range(KEYS_LONGEST + 1)}
    lines = [
        {"id": "a1", "text": "one", "conversation_id": "c1"},
        {"message": "two", "id": "a2"},
        {"id": "a3", "text": "three", "conversation_id": "c1"},
        {"text": "four", "id": "a4", "body": "kept as another field"},
        {"body": "five", "id": "a5"},
        {**wide, "id": "a6", "message": "six"},
        {"id": "a7", "text": "seven", "conversation_id": "c2"},
    ]
    src = tmp_path / "mixed.jsonl"
    src.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    got = [m for m in read(str(src)) if isinstance(m, Message)]
    assert [(m.id, m.text, m.conversation_id) for m in got] == [
        ("a1", "one", "c1"),
        ("a2", "two", None),
        ("a3", "three", "c1"),
        ("a4", "four", None),
        ("a5", "five", None),
        ("a6", "six", None),
        ("a7", "seven", "c2"),
    ]
    assert ("body", "kept as another field") in dict(got[3].fields).items()
    assert len(got[5].fields) == KEYS_LONGEST + 1
