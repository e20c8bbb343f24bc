"""What every match of a regex needs in the text: here, a number of decimal digits.

A pattern recognizer whose every pattern needs at least n digits cannot match a message
with fewer, so the engine skips it there after counting the message's digits once. The
bound comes from the pattern's parse tree (Python's own regex parser) and errs only
towards 0: a pattern it cannot reason about is always run, so the findings are the same.
"""

from __future__ import annotations

import re
import sys
from typing import Any

from privacyguard.detect.latin1 import latin1

if sys.version_info >= (3, 11):
    from re import _constants as c
    from re import _parser as sre_parse
else:  # pragma: no cover - Python 3.10
    import sre_constants as c
    import sre_parse

_DIGITS = frozenset("0123456789")


def min_digits(regex: str) -> int:
    """A lower bound on the decimal digits in any text that `regex` matches in (0 when it
    cannot tell)."""
    try:
        return _seq(sre_parse.parse(regex))
    except Exception:  # unknown syntax or node: do not skip anything
        return 0


def needs_digit(regex: str) -> bool:
    """True only when every match of `regex` contains a decimal digit (or a look-ahead
    that must see one)."""
    return min_digits(regex) >= 1


def _seq(items: Any) -> int:
    """Digits in a sequence: those its parts consume add up; a look-around's overlap with
    them, so it counts only as a lower bound of its own."""
    consumed, seen = 0, 0
    for op, av in items:
        if op is c.ASSERT:
            seen = max(seen, _seq(av[1]))
        else:
            consumed += _node(op, av)
    return max(consumed, seen)


def _node(op: Any, av: Any) -> int:
    if op is c.LITERAL:
        return int(chr(av) in _DIGITS)
    if op is c.IN:
        return int(_all_digits(av))
    if op is c.SUBPATTERN:
        return _seq(av[-1])
    if op is c.BRANCH:
        return min(_seq(alt) for alt in av[1])
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) or op is getattr(c, "POSSESSIVE_REPEAT", None):
        low, _, sub = av
        return int(low) * _seq(sub)
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _seq(av)
    return 0  # AT, ASSERT_NOT, ANY, NOT_LITERAL, GROUPREF, ...: no digit promised


def _all_digits(items: Any) -> bool:
    """A character class every member of which is a decimal digit."""
    if not items:
        return False
    for op, av in items:
        if op is c.NEGATE:
            return False
        if op is c.CATEGORY:
            if av is not c.CATEGORY_DIGIT:
                return False
        elif op is c.LITERAL:
            if chr(av) not in _DIGITS:
                return False
        elif op is c.RANGE:
            low, high = av
            if not (ord("0") <= low and high <= ord("9")):
                return False
        else:
            return False
    return True


# Python's \d for str patterns: any Unicode decimal digit (str.isdecimal), a superset of
# the digits min_digits counts
HAS_DIGIT = re.compile(r"\d")


#: the Latin-1 characters \d matches (tests/test_latin1_twins.py)
_LATIN1_DIGITS = b"0123456789"


def digit_count(text: str) -> int:
    """How many characters of ``text`` \\d matches (on Latin-1, the bytes that deleting the
    ten digits removes: no list of matches, no Unicode data asked)."""
    if latin1(text):
        data = text.encode("latin-1")
        return len(data) - len(data.translate(None, _LATIN1_DIGITS))
    return len(HAS_DIGIT.findall(text))
