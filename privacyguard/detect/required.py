"""What every match of a regex needs in the text: here, a decimal digit.

A pattern recognizer whose patterns all need a digit cannot match a message without one,
so the engine skips it there after one cheap search for a digit. The answer comes from
the pattern's parse tree (Python's own regex parser) and errs only towards "no": a
pattern it cannot reason about is always run, so the findings are exactly the same.
"""

from __future__ import annotations

import re
import sys
from typing import Any

if sys.version_info >= (3, 11):
    from re import _constants as c
    from re import _parser as sre_parse
else:  # pragma: no cover - Python 3.10
    import sre_constants as c
    import sre_parse

_DIGITS = frozenset("0123456789")


def needs_digit(regex: str) -> bool:
    """True only when every match of `regex` contains an ASCII or Unicode decimal digit
    (or a look-ahead that must see one)."""
    try:
        return _seq(sre_parse.parse(regex))
    except Exception:  # unknown syntax or node: do not skip anything
        return False


def _seq(items: Any) -> bool:
    return any(_node(op, av) for op, av in items)


def _node(op: Any, av: Any) -> bool:
    if op is c.LITERAL:
        return chr(av) in _DIGITS
    if op is c.IN:
        return _all_digits(av)
    if op is c.SUBPATTERN:
        return _seq(av[-1])
    if op is c.BRANCH:
        return all(_seq(alt) for alt in av[1])
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) or op is getattr(c, "POSSESSIVE_REPEAT", None):
        low, _, sub = av
        return low >= 1 and _seq(sub)
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _seq(av)
    if op is c.ASSERT:  # a look-ahead/-behind that must match reads a digit in the text
        return _seq(av[1])
    return False  # AT, ASSERT_NOT, ANY, NOT_LITERAL, GROUPREF, ...: no digit promised


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


# Python's \d for str patterns: any Unicode decimal digit, the same set needs_digit assumes
HAS_DIGIT = re.compile(r"\d")
