"""The words for "year" after a date's year ("13.04.1984 г.", "13.04.1984 года") are one list
of the rules, per language (settings.yaml ``year_marks``): the date patterns of customer.yaml
and the conversation rules name it as ``{year_marks}``, dates.py and the spaced answer
(conversation/answers.py) read it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from privacyguard.config.conversation import load_conversation_rules
from privacyguard.config.rules import load_rules
from privacyguard.detect import dates
from privacyguard.detect.conversation import answers
from privacyguard.detect.engine import Detector
from privacyguard.errors import ConfigError
from privacyguard.models import Message

from .conftest import REPO

SHIPPED = "year_marks: {ru: [г., года, год, г]}"


def _clear() -> None:
    for cached in (dates.year_marks, dates._year_words, answers._spaced_date):
        cached.cache_clear()


@pytest.fixture
def fresh() -> Iterator[None]:
    _clear()
    yield
    _clear()


def _rules(tmp_path: Path, marks: str) -> Path:
    rules = tmp_path / "rules"
    shutil.copytree(REPO / "rules", rules)
    settings = rules / "settings.yaml"
    text = settings.read_text(encoding="utf-8")
    assert text.count(SHIPPED) == 1
    settings.write_text(text.replace(SHIPPED, marks), encoding="utf-8")
    return rules


def test_the_marks_are_written_once() -> None:
    assert load_rules().lists["year_marks"] == ["г.", "года", "год", "г"]
    for rel in ("rules/customer.yaml", "rules/conversation/conversation.yaml"):
        text = (REPO / rel).read_text(encoding="utf-8")
        assert "года" not in text.replace("13.04.1984 года", ""), rel
        assert "{year_marks}" in text, rel
    any_date = next(
        s for s in load_conversation_rules().shapes["DATE_OF_BIRTH"] if s.name == "any_date"
    )
    assert "(?:года|год|г\\.|г)" in any_date.regex.pattern


def test_a_mark_added_in_the_rules_is_read_by_every_reader(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh: None
) -> None:
    """A mark of another language ("AD") added to the list: part of the date for the
    patterns, and no month word for dates.py, whose plausible_birth_date keeps the date."""
    text = "Date of birth: 13.04.1984 AD"
    message = [Message(id="1", text=text, conversation_id="c", sender_role="customer")]

    def dates_of_birth(detector: Detector) -> list[str]:
        found = detector.detect(message)[0].findings
        return [text[f.start : f.end] for f in found if f.entity_type == "DATE_OF_BIRTH"]

    assert dates_of_birth(Detector()) == ["13.04.1984"]
    rules = _rules(tmp_path, "year_marks: {ru: [г., года, год, г], en: [AD]}")
    monkeypatch.setenv("PRIVACYGUARD_RULES", str(rules))
    _clear()
    assert dates.parse_date("13.04.1984 AD") is not None
    assert answers.birth_date("17 4 1978 AD") is not None
    assert dates_of_birth(Detector(load_rules(rules))) == ["13.04.1984 AD"]


def test_a_list_of_a_language_not_configured_is_an_error(tmp_path: Path) -> None:
    rules = _rules(tmp_path, "year_marks: {ru: [г., года, год, г], xx: [yr]}")
    with pytest.raises(ConfigError) as err:
        load_rules(rules)
    assert "settings.yaml" in str(err.value)
    assert "lists.year_marks.xx: language not in settings.languages" in str(err.value)
