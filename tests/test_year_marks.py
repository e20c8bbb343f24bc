"""The words for "year" after a date's year ("13.04.1984 г.", "13.04.1984 года") are one list
of the rules, per language (settings.yaml ``year_marks``): the date patterns of customer.yaml
and the conversation rules name it as ``{year_marks}``, dates.py and the spaced answer
(conversation/answers.py) read it."""

from __future__ import annotations

import re
import shutil
from datetime import date
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
        # the mark as a word of its own ("благодарим" holds the letters too)
        assert not re.search(r"(?<!\w)года(?!\w)", text.replace("13.04.1984 года", "")), rel
        assert "{year_marks}" in text, rel
    any_date = next(
        s for s in load_conversation_rules().shapes["DATE_OF_BIRTH"] if s.name == "any_date"
    )
    assert "(?:года|год|г\\.|г)" in any_date.regex.pattern


def test_a_mark_added_in_the_rules_is_read_by_every_reader(tmp_path: Path) -> None:
    """A mark of another language ("AD") added to the list of a --rules folder (no
    $PRIVACYGUARD_RULES): part of the date for the patterns, and no month word for dates.py
    and the validators and conversation answers that read a date with it."""
    text = "Date of birth: 13.04.1984 AD"
    message = [Message(id="1", text=text, conversation_id="c", sender_role="customer")]

    def dates_of_birth(detector: Detector, messages: list[Message]) -> list[str]:
        found = detector.detect(messages)[-1].findings
        said = messages[-1].text
        return [said[f.start : f.end] for f in found if f.entity_type == "DATE_OF_BIRTH"]

    shipped = dates.date_words(load_rules().lists)
    assert dates.parse_date("13.04.1984 AD", shipped) is None
    assert dates_of_birth(Detector(), message) == ["13.04.1984"]
    rules = load_rules(_rules(tmp_path, "year_marks: {ru: [г., года, год, г], en: [AD]}"))
    words = dates.date_words(rules.lists)
    assert dates.parse_date("13.04.1984 AD", words) == date(1984, 4, 13)
    assert answers.birth_date("17 4 1978 AD", words) == date(1978, 4, 17)
    detector = Detector(rules)
    assert dates_of_birth(detector, message) == ["13.04.1984 AD"]
    asked = [
        Message(id="1", text="What is your date of birth?", conversation_id="c",
                sender_role="agent"),
        Message(id="2", text="17 4 1978 AD", conversation_id="c", sender_role="customer"),
    ]  # fmt: skip
    assert dates_of_birth(detector, asked) == ["17 4 1978 AD"]
    assert dates_of_birth(Detector(), asked) == ["17 4 1978"]


def test_a_list_of_a_language_not_configured_is_an_error(tmp_path: Path) -> None:
    rules = _rules(tmp_path, "year_marks: {ru: [г., года, год, г], xx: [yr]}")
    with pytest.raises(ConfigError) as err:
        load_rules(rules)
    assert "settings.yaml" in str(err.value)
    assert "lists.year_marks.xx: language not in settings.languages" in str(err.value)


def test_rules_check_names_a_month_without_names(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from privacyguard.cli import cli

    rules = tmp_path / "rules"
    shutil.copytree(REPO / "rules", rules)
    settings = rules / "settings.yaml"
    text = settings.read_text(encoding="utf-8")
    line = next(x for x in text.splitlines(keepends=True) if x.startswith("  month_12:"))
    fragment = "|{month_11}|{month_12}'"
    assert text.count(fragment) == 1
    settings.write_text(text.replace(line, "").replace(fragment, "|{month_11}'"), "utf-8")
    result = CliRunner().invoke(cli, ["rules", "check", str(rules)])
    assert result.exit_code == 0, result.output
    assert "warning: no list month_12:" in result.stderr
    assert "warning: no list" not in CliRunner().invoke(cli, ["rules", "check"]).stderr


def test_a_validator_reads_dates_by_its_keyword_only_dates_parameter() -> None:
    """The shipped date readers, and any validator of a plugin, by signature alone."""
    from privacyguard.detect.validators import (
        booking_answer_shape,
        customer_number_shape,
        luhn_card,
        plausible_birth_date,
        reads_dates,
    )

    def own(text: str, *, dates: object) -> bool:
        return bool(text and dates)

    def positional(text: str, dates: object = None) -> bool:
        return bool(text)

    assert reads_dates(plausible_birth_date) and reads_dates(customer_number_shape)
    assert reads_dates(booking_answer_shape) and reads_dates(own)
    assert not reads_dates(luhn_card) and not reads_dates(positional) and not reads_dates(len)
