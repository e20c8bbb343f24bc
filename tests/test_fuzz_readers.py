"""Property tests for every reader (see fuzz/README.md): any bytes, any text in any field and
any JSON value in any place either read (as messages and problems) or are refused with
privacyguard's own one-line error, never another exception; message ids are unique, line
numbers lie inside the file, no problem quotes the personal data given in, and an export
that reads cleanly is written back byte for byte by an identity rewrite.

Bounded for a shared machine: a fixed number of examples per format, derandomized (the same
examples every run), no deadline (timing on a busy machine is no property). ``make fuzz``
explores the same properties at random for longer.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from fuzz import strategies as S
from fuzz.properties import check_read, check_zip
from privacyguard.models import InputProblem, Message

QUICK = settings(
    max_examples=12,
    deadline=None,
    derandomize=True,
    database=None,
    phases=(Phase.explicit, Phase.generate),  # no shrinking: a failure reports fast
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _file_name(fmt: str | None) -> str:
    return S.RENDER[fmt or "text"]([])[0].rsplit("/", 1)[-1]


@pytest.mark.parametrize("fmt", [*S.FORMATS, None], ids=lambda f: f or "sniffed")
@QUICK
@given(data=st.binary(max_size=400))
def test_any_bytes_are_read_or_refused_in_one_line(fmt: str | None, data: bytes) -> None:
    check_read(_file_name(fmt), data, fmt)


@pytest.mark.parametrize("fmt", S.FORMATS)
@QUICK
@given(data=st.data())
def test_hostile_texts_and_byte_mutations_read_or_are_refused_and_clean_exports_round_trip(
    fmt: str, data: st.DataObject
) -> None:
    name, doc = data.draw(S.document(fmt))
    check_read(name, doc, fmt, roundtrip=True)
    check_read(name, doc, None)  # sniffed: whatever reader takes it must cope too


@pytest.mark.parametrize("fmt", S.JSON_FORMATS)
@QUICK
@given(data=st.data())
def test_any_json_value_in_any_place_reads_or_is_refused(fmt: str, data: st.DataObject) -> None:
    name, doc = data.draw(S.json_swapped(fmt))
    check_read(name, doc, fmt)


@pytest.mark.parametrize("fmt", [*S.JSON_FORMATS, "jsonl"])
@settings(QUICK, max_examples=3)
@given(depth=st.integers(500, 5000))
def test_deeply_nested_json_reads_or_is_refused(fmt: str, depth: int) -> None:
    name, doc = S.deep_json(depth, fmt)
    check_read(name, doc, fmt)


@pytest.mark.parametrize("fmt", S.FORMATS)
@settings(QUICK, max_examples=8)
@given(data=st.data())
def test_generated_chats_read_back_every_text_and_no_problem_quotes_them(
    fmt: str, data: st.DataObject
) -> None:
    chat, values = data.draw(S.pii_chat())
    name, doc = S.RENDER[fmt](chat)
    records = check_read(name, doc, fmt, secrets=values, roundtrip=True)
    assert records is not None, f"a generated {fmt} export was refused"
    assert not [r for r in records if isinstance(r, InputProblem)]
    read_texts = "\n".join(
        t for r in records if isinstance(r, Message) for t in (r.text, *(v for _, v in r.fields))
    )
    for _sender, text in chat:
        for line in text.split("\n"):
            assert line.strip() in read_texts, f"a {fmt} message text was not read"


_MEMBER_NAMES = st.one_of(
    st.sampled_from(
        ["chat.txt", "message_1.json", "result.json", "a.csv", "t.jsonl", "x/../y.txt",
         "/abs.txt", "C:/w.txt", "__MACOSX/._a", "p.jpg", "inner.zip", "m.eml", "dup.txt"]
    ),
    st.text(min_size=1, max_size=12),
)  # fmt: skip


@QUICK
@given(
    members=st.lists(
        st.tuples(
            _MEMBER_NAMES,
            st.one_of(
                st.binary(max_size=200),
                st.sampled_from(S.FORMATS).map(lambda f: S.RENDER[f]([("Fuzz Travel", "hi")])[1]),
            ),
        ),
        max_size=4,
    )
)
def test_a_zip_of_anything_reads_or_is_refused(members: list[tuple[str, bytes]]) -> None:
    check_zip(members)
