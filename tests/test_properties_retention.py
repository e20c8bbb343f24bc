"""Property of span-level retention: when some findings of a stored message expire, exactly
their spans become type tags, and every finding that stays still points at the same words
(its offsets moved along). Checked through the store and retention.expire, on an in-memory
SQLite store per example. Derandomized and bounded; see tests/README.md."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from privacyguard.act import retention
from privacyguard.config.policy import load_policy
from privacyguard.spans import Edit, splice
from privacyguard.store import open_store
from privacyguard.store import tables as t

from .store_support import NOW, POLICY, detected

BOUNDED = settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
#: in the test policy IBAN_CODE (financial) is kept 7 days, PERSON 60: ten days on, only
#: the IBANs expire
EXPIRING, STAYING = "IBAN_CODE", "PERSON"

words = st.text(alphabet="abcdefgh ÆØÅñ.,\n", min_size=1, max_size=8)


@st.composite
def message(draw: st.DrawFn) -> tuple[str, list[tuple[str, int, int]]]:
    """A text of pieces, some of them findings (disjoint spans, expiring or staying)."""
    text, spans = "", []
    for _ in range(draw(st.integers(1, 7))):
        piece = draw(words)
        kind = draw(st.sampled_from([None, EXPIRING, STAYING]))
        if kind is not None:
            spans.append((kind, len(text), len(text) + len(piece)))
        text += piece
        if draw(st.booleans()):
            text += " "  # findings may also touch
    return text, spans


@BOUNDED
@given(msg=message())
def test_expired_spans_become_tags_and_the_other_findings_keep_their_words(
    msg: tuple[str, list[tuple[str, int, int]]], tmp_path_factory
) -> None:
    text, spans = msg
    policy_path = tmp_path_factory.mktemp("policy") / "p.yaml"
    policy_path.write_text(POLICY, encoding="utf-8")
    store = open_store("sqlite://")
    try:
        when = NOW - timedelta(days=10)
        store.add([("jsonl", detected("c", "m", when, text, spans))], "s")
        retention.expire(store, load_policy(policy_path), NOW, operator="tester")
        with store.engine.connect() as conn:
            stored = conn.execute(select(t.messages.c.text)).scalar_one()
            rows = conn.execute(
                select(t.findings.c.entity_type, t.findings.c.start, t.findings.c.end,
                       t.findings.c.expired).order_by(t.findings.c.start)
            ).all()  # fmt: skip
    finally:
        store.close()

    tags = [Edit(s, e, f"<{k}>", k, "r", "retention", "") for k, s, e in spans if k == EXPIRING]
    assert stored == splice(text, tags)
    assert len(rows) == len(spans)
    originals = sorted(spans, key=lambda s: s[1])
    for (kind, start, end), row in zip(originals, rows, strict=True):
        assert row.entity_type == kind
        if kind == EXPIRING:
            assert row.expired and stored[row.start : row.end] == f"<{kind}>"
        else:
            assert not row.expired and stored[row.start : row.end] == text[start:end]
