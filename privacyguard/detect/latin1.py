"""Word patterns for texts of Latin-1 characters only (U+0000-U+00FF: English, Dutch,
Norwegian), without Unicode data.

On a str pattern, ``[^\\W_]`` or ``\\d`` asks Unicode data about every character it tries
(several look-ups a character: is it a letter, a decimal, a digit, numeric); the per-message
tokenizers (context words, the person recognizer's words) try every character of a
message. Their twin here spells each such class out as the Latin-1 characters it matches,
which the regex engine tests in a bitmap: on a text with no character above U+00FF it finds
the same matches, class for class (tests/test_latin1_twins.py checks every class against
all 256 characters, and the twins against the originals on random texts).
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: a character a twin cannot read (above U+00FF)
_WIDE = re.compile(r"[^\x00-\xff]")

#: the classes a twin spells out: what stands in the pattern -> the class it matches
_CLASSES = (r"[^\W\d_]", r"[^\W_]")
#: a class's \d (a decimal digit: 0-9 alone among the Latin-1 characters)
_DIGIT_IN_CLASS = "[\\d"
#: what a twin must not hold any more: every other escape that asks Unicode data
_UNICODE_ESCAPES = re.compile(r"\\[wWdDsSbB]")


def _spelled(atom: str) -> str:
    """The Latin-1 characters ``atom`` matches, as a class (ranges of consecutive ones)."""
    rx = re.compile(atom)
    codes = [c for c in range(256) if rx.match(chr(c))]
    parts: list[str] = []
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        a, b = chr(codes[i]), chr(codes[j])
        parts.append(re.escape(a) if i == j else f"{re.escape(a)}-{re.escape(b)}")
        i = j + 1
    return "[" + "".join(parts) + "]"


def _literal(text: str) -> Callable[[re.Match[str]], str]:
    """A ``re.sub`` replacement that puts ``text`` in as it is."""
    return lambda _match: text


def twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` for Latin-1 texts, or ``pattern`` itself where it holds a class or an
    escape this does not spell out (it then reads every text as before)."""
    source = pattern.pattern
    # (a class's "[", not an escaped one: "\[\d" is a bracket and a digit, and stays)
    for atom in _CLASSES:
        # (a function as the replacement: the spelled class's escapes are taken literally)
        source = re.compile(r"(?<!\\)" + re.escape(atom)).sub(_literal(_spelled(atom)), source)
    source = re.sub(r"(?<!\\)" + re.escape(_DIGIT_IN_CLASS), "[0-9", source)
    if _UNICODE_ESCAPES.search(source) or pattern.flags & (re.IGNORECASE | re.ASCII):
        return pattern
    return re.compile(source, pattern.flags)


def latin1(text: str, start: int = 0, end: int | None = None) -> bool:
    """Is every character of text[start:end] U+00FF or below?"""
    if text.isascii():
        return True
    return _WIDE.search(text, start, len(text) if end is None else end) is None
