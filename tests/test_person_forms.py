"""The person recognizer's per-word-form short cuts give what the full computation gives."""

from __future__ import annotations

import json
from pathlib import Path

from privacyguard.detect.recognizers.person import (
    _INITIALS,
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


def test_a_word_forms_fields_are_its_tokens(detector) -> None:
    [person] = [r for r in detector.recognizers if isinstance(r, RulesPersonRecognizer)]
    person._forms.clear()
    words = _words()
    assert len(set(words)) > 5_000
    for word in words:
        # the token as find made it before the forms were cached
        if word.endswith(_POSSESSIVES):
            tok, cut = _Tok(10, 10 + len(word) - 2, word[:-2]), 2
        else:
            tok, cut = _Tok(10, 10 + len(word), word), 0
        may_start = tok.capitalised or person._may_start_lower_case(tok)
        expected = (tok.text, tok.word, tok.low, tok.capitalised, may_start, cut)
        assert person._form(word) == expected, word
        assert person._forms[word] == expected, word


def test_initials_need_a_dot_second() -> None:
    # _evidence asks _INITIALS only of a word whose second character is a dot
    for word in _words():
        if _INITIALS.fullmatch(word):
            assert word[1:2] == ".", word
