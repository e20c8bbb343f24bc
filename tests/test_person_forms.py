"""The person recognizer's per-word-form short cuts give what the full computation gives."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from privacyguard.detect.recognizers.person import (
    _INITIALS,
    _NEVER,
    _POSSESSIVES,
    _TOKEN,
    _TOKEN_FREE,
    DIGITS_NOT_DECIMAL,
    RulesPersonRecognizer,
    _glued_to_digit,
    _maybe_again,
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


def _taken_again(toks: list[_Tok], parts: dict[str, str], lower: frozenset[str]) -> list[int]:
    """The tokens _mentions_again's word test lets through, one by one (as before)."""
    empty = "" in parts
    out = []
    for k, tok in enumerate(toks):
        w = tok.word
        if w not in parts and not (w in lower and w.islower()):
            if len(w) > 3 and w[-1] == "s":
                if w[:-1] not in parts:
                    continue
            elif not empty:
                continue
        out.append(k)
    return out


@pytest.mark.parametrize(
    ("text", "parts", "lower"),
    [
        ("Per Borten said, Bortens tabbe; borten and Borten again", {"Borten": "x"}, set()),
        ("thanks siobhan, Siobhan and siobhans", {"Siobhan": "x"}, {"siobhan"}),
        ("Ann and Anns and Ans", {"Ann": "x", "An": "y"}, set()),
        ("a genitive of nothing: s and ss and words", {"": "x", "Ola": "y"}, set()),
        ("no part here at all", {"Ola": "x"}, {"ola"}),
    ],
)
def test_the_tokens_mentioned_again_are_those_tested_one_by_one(text, parts, lower) -> None:
    toks = [_Tok(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
    lower = frozenset(lower)
    taken = _taken_again(toks, parts, lower)
    maybe = list(_maybe_again(toks, parts, lower, "" in parts))
    assert set(taken) <= set(maybe)
    # and no more than those (a superset only where the empty part lets every word in)
    assert maybe == taken or "" in parts


def test_the_digits_not_decimal_are_this_pythons() -> None:
    chars = "".join(c for c in map(chr, range(0x110000)) if c.isdigit() and not c.isdecimal())
    assert re.fullmatch(f"[{DIGITS_NOT_DECIMAL}]*", chars)
    assert len(re.findall(f"[{DIGITS_NOT_DECIMAL}]", chars)) == len(chars)
    assert not re.search(
        f"[{DIGITS_NOT_DECIMAL}]",
        "".join(c for c in map(chr, range(0x110000)) if not (c.isdigit() and not c.isdecimal())),
    )


@pytest.mark.parametrize(
    "text",
    [
        "IPv6 A320neo O2 5abc abc5 abc.5 x²y abc² ①abc abc.② ١abc ok",
        "a" * 130 + "²" + "b" * 120 + "5 " + "c" * 100 + "³d",
        "Jean-Luc O'Connor's dr. 7J.P. Ёлка₂ van",
    ],
)
def test_the_free_tokens_are_those_no_digit_touches(text) -> None:
    whole = [m.span() for m in _TOKEN.finditer(text)]
    assert [m.span() for m in _TOKEN_FREE.finditer(text)] == whole
    free = [m.span() for m in _TOKEN_FREE.finditer(text) if m.lastindex is not None]
    assert free == [(s, e) for s, e in whole if not _glued_to_digit(text, s, e)]
