"""X/Twitter archive DMs."""

from __future__ import annotations

from pathlib import Path

import pytest

from privacyguard.ingest import read, write
from privacyguard.models import InputProblem, Message

EXPORTS = Path(__file__).resolve().parent / "data" / "exports"  # tests/data/README.md
X = EXPORTS / "twitter_x" / "data"
pytestmark = pytest.mark.skipif(
    not EXPORTS.is_dir(), reason=f"sample exports not found at {EXPORTS}"
)


def msgs(path: Path) -> list[Message]:
    out = list(read(path))
    assert not [r for r in out if isinstance(r, InputProblem)]
    return [r for r in out if isinstance(r, Message)]


def test_one_to_one_dms_oldest_first_with_url_expansions() -> None:
    ms = msgs(X / "direct-messages.js")
    assert len(ms) == 6
    assert [m.timestamp for m in ms] == sorted(m.timestamp for m in ms)
    assert ms[0].id == "x:1790294162789109760" and ms[0].sender == "987654321"
    assert ms[0].conversation_id == "x:987654321-1456789012345678901"
    assert ms[3].kind == "media"
    assert (
        dict(ms[4].fields)["urls[0].expanded"]
        == "https://www.example.com/manage-booking?ref=7HQ2LX"
    )
    assert "STC-00911204 & m'n" in ms[-1].text


def test_group_events_are_system_messages() -> None:
    ms = msgs(X / "direct-messages-group.js")
    assert len(ms) == 8
    assert [m.kind for m in ms].count("system") == 4
    assert ms[1].text == "Barcelona group trip – May"
    assert ms[0].sender_role == "system"


def test_prefix_is_kept_when_writing(tmp_path: Path) -> None:
    out = tmp_path / "direct-messages.js"
    write(X / "direct-messages.js", out, lambda m, f, t: t.replace("7HQ2LX", "<REF>"))
    data = out.read_text("utf-8")
    assert data.startswith("window.YTD.direct_messages.part0 = [")
    assert "7HQ2LX" not in data and data.count("<REF>") == 2
