"""The person recognizer's per-word-form short cuts give what the full computation gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from privacyguard.detect.recognizers.person import (
    _INITIALS,
    _NEVER,
    _POSSESSIVES,
    _TOKEN,
    RulesPersonRecognizer,
    _Tok,
)

GOLDEN = Path(__file__).resolve().parent / "data" / "golden"


def _words() -> list[str]:
    words = ["Anna's", "Ola’s", "J.P.", "A.", "dr.", "Jean-Luc", "O'Connor's", "Ёлка", "van"]
    for name in ("in-sample", "holdout"):
        with (GOLDEN / f"messages-{name}.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                words += [m.group(0) for m in _TOKEN.finditer(json.loads(line)["text"])]
    return words


@pytest.mark.parametrize("lang", ["en", "nl", "nb", "ru"])
def test_a_word_forms_fields_are_its_tokens(detector, lang) -> None:
    [person] = [r for r in detector.recognizers if isinstance(r, RulesPersonRecognizer)]
    v = person._words(lang)
    v.forms.clear()
    words = _words()
    assert len(set(words)) > 5_000
    for word in words:
        # the token as find made it before the forms were cached
        if word.endswith(_POSSESSIVES):
            tok, cut = _Tok(10, 10 + len(word) - 2, word[:-2]), 2
        else:
            tok, cut = _Tok(10, 10 + len(word), word), 0
        kind = person._start_kind(tok, v)
        # a lower-case word is never a start exactly where _may_start_lower_case says so
        if not tok.capitalised:
            assert (kind == _NEVER) == (not person._may_start_lower_case(tok)), word
        else:
            assert kind != _NEVER, word
        expected = (tok.text, tok.word, tok.low, tok.capitalised, kind, cut)
        assert person._form(word, v) == expected, word
        assert v.forms[word] == expected, word


def test_initials_need_a_dot_second() -> None:
    # _evidence asks _INITIALS only of a word whose second character is a dot
    for word in _words():
        if _INITIALS.fullmatch(word):
            assert word[1:2] == ".", word
