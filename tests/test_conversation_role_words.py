"""The words of the role guess (an export without roles) are conversation rules, per
language: ``first_person``, ``own_words``, ``your_words`` (required) and
``your_words_loose``; a word added in YAML takes effect, a missing key names its file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from privacyguard.cli import cli
from privacyguard.config.conversation import ROLE_WORDS, load_conversation_rules
from privacyguard.config.rules import load_rules
from privacyguard.detect.engine import Detector
from privacyguard.errors import ConfigError
from privacyguard.models import Message

from .conftest import REPO


def _rules(tmp_path: Path, old: str, new: str) -> Path:
    """A copy of the shipped rules with one change to the conversation rules."""
    rules = tmp_path / "rules"
    shutil.copytree(REPO / "rules", rules)
    talk = rules / "conversation" / "conversation.yaml"
    text = talk.read_text(encoding="utf-8")
    assert text.count(old) == 1
    talk.write_text(text.replace(old, new), encoding="utf-8")
    return rules


def test_the_loader_reads_the_role_words_per_language() -> None:
    rules = load_conversation_rules()
    assert {"i", "i'll", "ik", "jeg", "я"} <= set(rules.first_person)
    assert {"my", "mijn", "m'n", "min", "моих"} <= set(rules.own_words)
    assert {"your", "uw", "ditt", "ваших"} <= set(rules.your_words)
    assert {"je", "deres"} <= set(rules.your_words_loose)
    assert "je" not in rules.your_words  # "kun je ..." is who asks
    for key in ROLE_WORDS:
        assert rules.role_languages[key] >= {"en", "nl", "nb", "ru"}, key


@pytest.mark.parametrize("key", ROLE_WORDS)
def test_a_missing_key_names_the_file_and_the_key(tmp_path: Path, key: str) -> None:
    folder = tmp_path / "conversation"
    shutil.copytree(REPO / "rules" / "conversation", folder)
    talk = folder / "conversation.yaml"
    lines = talk.read_text(encoding="utf-8").splitlines(keepends=True)
    start = lines.index(f"{key}:\n")
    end = next(i for i in range(start + 1, len(lines)) if not lines[i].startswith((" ", "#")))
    talk.write_text("".join(lines[:start] + lines[end:]), encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_conversation_rules(folder)
    assert "conversation.yaml" in str(err.value)
    assert f"{key}: missing" in str(err.value)


def test_rules_check_names_a_language_without_role_words(tmp_path: Path) -> None:
    rules = _rules(tmp_path, "  nb: [jeg, vi]\n", "")
    result = CliRunner().invoke(cli, ["rules", "check", str(rules)])
    assert result.exit_code == 0, result.output
    assert "warning: no `first_person` in the conversation rules for nb" in result.stderr
    shipped = CliRunner().invoke(cli, ["rules", "check"])
    assert "warning" not in shipped.stderr


def test_a_first_person_word_added_in_yaml_changes_the_role_guess(tmp_path: Path) -> None:
    """Nynorsk "eg" ("I"): "kundenummeret skriv eg inn seinare" says what the sender will do,
    so the number the other sender gives next answers no question of hers."""
    turns = [
        ("Kari Nordmann", "Hei, kundenummeret skriv eg inn seinare"),
        ("Nordlys Energi", "48213377"),
    ]
    messages = [
        Message(id=f"m{k}", text=text, conversation_id="c", sender=sender)
        for k, (sender, text) in enumerate(turns)
    ]

    def answer(detector: Detector) -> list[str]:
        return [f.entity_type for f in detector.detect(messages)[1].findings]

    assert "CUSTOMER_NUMBER" in answer(Detector())  # "eg" unknown: she is taken for the agent
    rules = _rules(tmp_path, "  nb: [jeg, vi]\n", "  nb: [jeg, vi, eg]\n")
    assert "CUSTOMER_NUMBER" not in answer(Detector(load_rules(rules)))
