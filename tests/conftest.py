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
