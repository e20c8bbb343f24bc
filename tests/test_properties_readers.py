"""Reader round trips as a property: a chat with synthetic identifiers, in every format a
reader writes back, rewritten with every identifier replaced by a tag, reads back as the
same messages (in order, with their times) with exactly that replacement made in every
text, and no identifier is left in the bytes.

The chats come from fuzz/strategies.py (synthetic people: schwifty IBANs, BSNs passing the
11-proof, phone numbers phonenumbers accepts, reserved e-mail domains). Derandomized and
bounded; ``make fuzz`` explores the readers' own properties at length. See tests/README.md."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from fuzz import strategies as S
from privacyguard.ingest import read, write
from privacyguard.models import InputProblem, Message

BOUNDED = settings(
    max_examples=15,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
TAG = "<PII>"


def _messages(path: Path) -> list[Message]:
    records = list(read(path))
    problems = [r for r in records if isinstance(r, InputProblem)]
    assert not problems, problems
    return [r for r in records if isinstance(r, Message)]


@pytest.mark.parametrize("fmt", S.FORMATS)
@BOUNDED
@given(chat=S.pii_chat())
def test_a_rewrite_reads_back_as_made_and_leaves_no_identifier_in_the_bytes(
    fmt: str, chat: tuple[list[tuple[str, str]], list[str]], tmp_path_factory
) -> None:
    turns, values = chat
    # longest first: a value that contains another is replaced whole
    ordered = sorted(set(values), key=len, reverse=True)

    def tagged(text: str) -> str:
        for v in ordered:
            text = text.replace(v, TAG)
        return text

    folder = tmp_path_factory.mktemp(fmt)
    name, data = S.RENDER[fmt](turns)
    src = folder / name
    src.parent.mkdir(parents=True, exist_ok=True)
    src.write_bytes(data)
    out = folder / "out" / name
    out.parent.mkdir(parents=True)

    report = write(src, out, lambda _mid, _field, text: tagged(text))
    assert report.problems == []
    before, after = _messages(src), _messages(out)
    # ids are not compared: where a format has none they are derived from the content
    assert len(after) == len(before)
    assert [m.text for m in after] == [tagged(m.text) for m in before]
    assert [m.timestamp for m in after] == [m.timestamp for m in before]
    raw = out.read_bytes()
    for v in ordered:
        assert v.encode() not in raw, f"{fmt}: an identifier is left in the written file"
