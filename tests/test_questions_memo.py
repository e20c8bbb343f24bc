"""The questions a message's words hold are remembered (Questions._questions_of, an
lru_cache): per detector's rules, never across them, and never changed by a caller."""

from __future__ import annotations

import shutil
from pathlib import Path

from privacyguard.config.conversation import load_conversation_rules
from privacyguard.config.rules import load_rules
from privacyguard.detect.context import context_words
from privacyguard.detect.conversation import Conversations
from privacyguard.detect.dates import date_words

from .conftest import REPO

ASKED = "Uw lidmaatschapskaart?"
DATES = date_words(load_rules().lists)


def _with_question(tmp_path: Path) -> Path:
    """The shipped conversation rules and one question more ("lidmaatschapskaart")."""
    folder = tmp_path / "conversation"
    shutil.copytree(REPO / "rules" / "conversation", folder)
    (folder / "extra.yaml").write_text(
        "version: 1\nquestions:\n  - expect: [CUSTOMER_NUMBER]\n"
        "    phrases: {nl: [lidmaatschapskaart]}\n",
        encoding="utf-8",
    )
    return folder


def test_a_changed_rule_file_changes_the_answer(tmp_path: Path) -> None:
    shipped = Conversations(load_conversation_rules(), [], DATES)
    assert not shipped.asks_for(ASKED)  # remembered now for the shipped rules
    changed = Conversations(load_conversation_rules(_with_question(tmp_path)), [], DATES)
    assert changed.asks_for(ASKED)
    assert not shipped.asks_for(ASKED)


def test_a_remembered_answer_is_the_same_and_a_callers_own(tmp_path: Path) -> None:
    conv = Conversations(load_conversation_rules(_with_question(tmp_path)), [], DATES)
    words = context_words(ASKED)
    first = conv._questions_in(words)
    assert first
    first.append(-1)  # a caller's list: the memo keeps its own
    again = conv._questions_in(list(words))
    assert again == first[:-1]
    assert conv._questions_in(tuple(words)) == again
