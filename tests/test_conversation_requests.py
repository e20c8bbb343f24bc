"""Request words (``requests``, required) and the words for "number" that the kind of
number follows (``kind_after``) are conversation rules, per language: a word added in YAML
takes effect, a missing key or a misplaced gap names its file and key."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from privacyguard.cli import cli
from privacyguard.config.conversation import load_conversation_rules
from privacyguard.config.rules import load_rules
from privacyguard.detect.conversation.base import request_regex
from privacyguard.detect.engine import Detector
from privacyguard.errors import ConfigError
from privacyguard.models import Message

from .conftest import REPO

_NB_REQUESTS = "  nb: [takk, kan jeg, jeg trenger, gi meg, skriv, gjerne, oppgi, tast inn, send]\n"


def _rules(tmp_path: Path, old: str, new: str) -> Path:
    """A copy of the shipped rules with one change to the conversation rules."""
    rules = tmp_path / "rules"
    shutil.copytree(REPO / "rules", rules)
    talk = rules / "conversation" / "conversation.yaml"
    text = talk.read_text(encoding="utf-8")
    assert text.count(old) == 1
    talk.write_text(text.replace(old, new), encoding="utf-8")
    return rules


def _answer(detector: Detector, question: str, answer: str) -> list[str]:
    messages = [
        Message(id="m0", text=question, conversation_id="c", sender_role="agent"),
        Message(id="m1", text=answer, conversation_id="c", sender_role="customer"),
    ]
    return [f.entity_type for f in detector.detect(messages)[1].findings]


def test_the_loader_reads_the_request_words_per_language() -> None:
    rules = load_conversation_rules()
    assert {"please", "graag", "ik heb … nodig", "gi meg", "назовите"} <= set(rules.requests)
    assert rules.role_languages["requests"] >= {"en", "nl", "nb", "ru"}
    assert {"номер", "nomer"} <= set(rules.kind_after)


def test_a_gap_stands_for_a_few_words_of_the_sentence() -> None:
    request = request_regex(["ik heb … nodig", "graag"])
    assert request.search("Ik heb je geboortedatum nodig.")
    assert not request.search("Ik heb het. Nodig je hem uit")  # another sentence
    assert not request.search("graagte")  # whole words only


def test_a_request_word_added_in_yaml_makes_a_request(tmp_path: Path) -> None:
    """"vennligst" ("please"): the agent's request for a number of a kind no rule names,
    with no question mark, opens the question."""
    ask = "Gjestenummeret ditt, vennligst."
    assert "CUSTOMER_NUMBER" not in _answer(Detector(), ask, "b7368543")
    rules = _rules(tmp_path, _NB_REQUESTS, _NB_REQUESTS.replace("send]", "send, vennligst]"))
    assert "CUSTOMER_NUMBER" in _answer(Detector(load_rules(rules)), ask, "b7368543")


def test_the_kind_after_a_word_for_number_is_a_rule(tmp_path: Path) -> None:
    ask = "номер гостя, пожалуйста"
    assert "CUSTOMER_NUMBER" in _answer(Detector(), ask, "7368543")
    rules = _rules(tmp_path, "  ru: [номер, №, nomer]\n", "  ru: [nomer]\n")
    assert "CUSTOMER_NUMBER" not in _answer(Detector(load_rules(rules)), ask, "7368543")


def test_a_gap_at_an_end_names_the_file_and_the_key(tmp_path: Path) -> None:
    rules = _rules(tmp_path, _NB_REQUESTS, _NB_REQUESTS.replace("send]", "send, jeg …]"))
    with pytest.raises(ConfigError) as err:
        load_conversation_rules(rules / "conversation")
    assert "conversation.yaml" in str(err.value)
    assert "requests.nb[9]" in str(err.value)


def test_missing_request_words_name_the_file_and_the_key(tmp_path: Path) -> None:
    folder = tmp_path / "conversation"
    shutil.copytree(REPO / "rules" / "conversation", folder)
    talk = folder / "conversation.yaml"
    lines = talk.read_text(encoding="utf-8").splitlines(keepends=True)
    start = lines.index("requests:\n")
    end = next(i for i in range(start + 1, len(lines)) if not lines[i].startswith((" ", "#")))
    talk.write_text("".join(lines[:start] + lines[end:]), encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_conversation_rules(folder)
    assert "conversation.yaml" in str(err.value)
    assert "requests: missing" in str(err.value)


def test_rules_check_names_a_language_without_request_words(tmp_path: Path) -> None:
    rules = _rules(tmp_path, _NB_REQUESTS, "")
    result = CliRunner().invoke(cli, ["rules", "check", str(rules)])
    assert result.exit_code == 0, result.output
    assert "warning: no `requests` in the conversation rules for nb" in result.stderr
