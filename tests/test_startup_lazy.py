"""Start-up (issue 12): what a detector needs only for some messages is compiled when a
message first needs it, the same pattern as compiled at start; one normaliser per
detector."""

from __future__ import annotations

import re

from privacyguard.config.conversation import load_conversation_rules
from privacyguard.detect.engine import Detector
from privacyguard.detect.normalise import Normaliser


def test_number_words_are_compiled_for_the_languages_of_the_messages_only() -> None:
    normaliser = Normaliser(load_conversation_rules())
    runs, codes = normaliser._number_runs, normaliser._code_runs
    assert set(runs) == set(codes) >= {"en", "nl", "nb", "ru"}
    assert not runs._compiled and not codes._compiled and not normaliser._spelled._compiled
    out = normaliser.normalise("my number is zero six one two three four five six seven", "en")
    assert out is not None and "061234567" in out.text
    assert set(runs._compiled) == {"en"}  # not nl, nb or ru
    assert set(codes._compiled) <= {"en"}
    assert runs.get("xx") is None  # a language without number words: none, as before
    assert not normaliser._spelled._compiled  # no "@" spelled out: the e-mail pass waits
    nl = normaliser.normalise("mijn nummer is nul zes een twee drie vier vijf zes", "nl")
    assert nl is not None and "0612345" in nl.text
    assert {"nl", "en"} <= set(runs._compiled) and "ru" not in runs._compiled
    for lang in runs:  # each is the pattern its source gives, compiled once
        assert runs[lang] is runs[lang]
        assert runs[lang].pattern == normaliser._number_run(lang)
        assert codes[lang].pattern == normaliser._code_run(lang)
        assert runs[lang].flags == re.compile(normaliser._number_run(lang)).flags


def test_a_spelled_address_compiles_the_email_pass_when_met() -> None:
    normaliser = Normaliser(load_conversation_rules())
    out = normaliser.normalise("mail me: jan dot smit at gmail dot com", "en")
    assert out is not None and "jan.smit@gmail.com" in out.text
    assert {"email", "symbols"} <= set(normaliser._spelled._compiled)
    assert normaliser._email.flags & re.IGNORECASE


def test_the_engine_and_the_conversation_layer_share_one_normaliser(detector: Detector) -> None:
    assert detector.normaliser is detector.conversations.normaliser
    assert detector.normaliser is detector.conversations._normaliser
