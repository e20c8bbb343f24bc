"""The PERSON findings of one message's text, for the names tests."""

from __future__ import annotations

from privacyguard.detect.engine import Detector
from privacyguard.models import Message


def person_findings(detector: Detector, text: str, lang: str) -> list[tuple[str, str]]:
    """(matched text, explanation) of each PERSON finding in the text (not in other fields)."""
    [d] = detector.detect([Message(id="1", text=text, lang=lang)])
    return [
        (text[f.start : f.end], f.explanation)
        for f in d.findings
        if f.entity_type == "PERSON" and f.field == "text"
    ]


def person_names(detector: Detector, text: str, lang: str) -> list[str]:
    """The matched text of each PERSON finding in the text."""
    return [name for name, _ in person_findings(detector, text, lang)]
