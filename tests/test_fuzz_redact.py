"""Property tests for scan and redact (see fuzz/README.md), with synthetic people only
(checksum-valid IBANs from schwifty, BSNs checked by python-stdnum, valid phone numbers,
e-mail addresses on example domains):

* every finding's offsets lie inside the field it names, and every finding is covered by an
  edit of the redaction;
* nothing the scan found (and the policy does not keep) survives redaction: through the
  library (lists of texts, and files in every format) and through the command line
  (``redact - -o -`` and ``redact FILE -o OUT``);
* synthetic identifiers put into generated chats in every format are gone from the output
  file's bytes, and no error, problem or withheld reason quotes them.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from fuzz import strategies as S
from fuzz.properties import (
    check_cli_file,
    check_cli_stream,
    check_redact_file,
    check_scan_and_redact_items,
)

QUICK = settings(
    max_examples=6,
    deadline=None,
    derandomize=True,
    database=None,
    phases=(Phase.explicit, Phase.generate),  # no shrinking: a failure reports fast
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

_texts = st.one_of(
    S.hostile_text,
    S.tricky_text,
    S.pii_message().map(lambda m: m[0]),
    st.tuples(S.tricky_text, S.pii_message(), S.tricky_text).map(lambda t: t[0] + t[1][0] + t[2]),
)


@settings(QUICK, max_examples=25)
@given(texts=st.lists(_texts, min_size=1, max_size=5))
def test_any_texts_have_valid_offsets_and_nothing_found_survives_the_library_redact(
    texts: list[str],
) -> None:
    check_scan_and_redact_items(texts)


@pytest.mark.parametrize("fmt", S.FORMATS)
@QUICK
@given(data=st.data())
def test_synthetic_people_in_every_format_are_gone_after_redaction(
    fmt: str, data: st.DataObject
) -> None:
    chat, values = data.draw(S.pii_chat())
    name, doc = S.RENDER[fmt](chat)
    check_redact_file(name, doc, fmt, values)


@pytest.mark.parametrize("fmt", S.FORMATS)
@settings(QUICK, max_examples=3)
@given(data=st.data())
def test_redacting_a_hostile_export_leaves_nothing_found_in_it(
    fmt: str, data: st.DataObject
) -> None:
    name, doc = data.draw(S.document(fmt))
    check_redact_file(name, doc, fmt)


@settings(QUICK, max_examples=10)
@given(
    rows=st.lists(
        st.one_of(
            S.pii_message().map(lambda m: ({"id": "x", "text": m[0]}, m[1])),
            S.pii_message().map(lambda m: ({"text": "hi", "sender": m[0], "n": [m[0]]}, m[1])),
            S.hostile_text.map(lambda t: ({"text": t}, [])),
            S.tricky_text.map(lambda t: (t, [])),  # not a JSON object: withheld, reported
        ),
        min_size=1,
        max_size=4,
    )
)
def test_the_cli_stream_filter_answers_every_good_line_and_leaks_nothing(
    rows: list[tuple[object, list[str]]],
) -> None:
    lines = [row if isinstance(row, str) else json.dumps(row) for row, _ in rows]
    lines = [line.replace("\n", " ") for line in lines]
    check_cli_stream(lines, [v for _, vals in rows for v in vals])


@pytest.mark.parametrize("fmt", ["whatsapp_txt", "csv", "telegram_json", "email_mbox"])
@settings(QUICK, max_examples=3)
@given(data=st.data())
def test_the_cli_redact_of_a_file_leaks_nothing(fmt: str, data: st.DataObject) -> None:
    chat, values = data.draw(S.pii_chat())
    name, doc = S.RENDER[fmt](chat)
    check_cli_file(name, doc, fmt, values)
