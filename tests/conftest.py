"""Shared fixtures. Every person and number here is synthetic; numbers are checksum-valid
where the test says so (generated with python-stdnum / schwifty, see tests/README.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from privacyguard import Message
from privacyguard.detect.engine import Detector
from privacyguard.pipeline import detector_for

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def detector() -> Detector:
    return detector_for()


@pytest.fixture(scope="session")
def found(detector):
    """found(text, lang=None) -> sorted [(entity_type, matched text)]."""

    def run(text: str, lang: str | None = None) -> list[tuple[str, str]]:
        [d] = detector.detect([Message(id="t", text=text, lang=lang)])
        return [(f.entity_type, text[f.start : f.end]) for f in d.findings]

    return run


@pytest.fixture(autouse=True)
def _audit_key(monkeypatch, tmp_path_factory):
    """The audit chain's key for tests (synthetic, not a secret; production reads it from
    a file named by PRIVACYGUARD_AUDIT_KEY_FILE, docs/security.md); anchors of PostgreSQL
    stores under the test run's temporary folder, not the home folder."""
    monkeypatch.setenv("PRIVACYGUARD_AUDIT_KEY", "tests-only-audit-key-0123456789abcdef")
    monkeypatch.delenv("PRIVACYGUARD_AUDIT_KEY_FILE", raising=False)
    monkeypatch.delenv("PRIVACYGUARD_AUDIT_ANCHOR", raising=False)
    # the shipped rules and policies, whatever the developer exported (docs/install.md)
    monkeypatch.delenv("PRIVACYGUARD_RULES", raising=False)
    monkeypatch.delenv("PRIVACYGUARD_POLICY_DIR", raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path_factory.getbasetemp() / "state"))
