"""Bounded match attempts: the property that keeps every rule pattern linear in the text.

Python's ``re`` backtracks, so one pattern with an unbounded repeat can take time quadratic
(or worse) in a hostile message: ``(?:[A-Z]\\w*\\s)*`` over 48 KB of capitalised words
tries every word as a start and runs to the end of the text from each. When every repeat
has an upper bound, a match attempt examines at most a fixed number of characters (the
pattern's *reach*: what it consumes, plus what its look-aheads read beyond that), so a
scan costs at most (text length) x (a constant of the pattern): linear in the text.

:func:`reach` computes that number from the parse tree (Python's own regex parser), with
nested repeats multiplying; :func:`problem` refuses a pattern whose reach is unbounded
or over :data:`MAX_REACH`. Rules are checked when they are loaded (``rules check`` and
every command), with one line naming the file, the recognizer and the pattern.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Sequence
from typing import Any

if sys.version_info >= (3, 11):
    from re import _constants as c
    from re import _parser as sre_parse
else:  # pragma: no cover - Python 3.10
    import sre_constants as c
    import sre_parse

#: the most characters one match attempt of a rule pattern may examine; the longest
#: pattern shipped in rules/ (an e-mail address of up to 64+1+253 characters) stays below
MAX_REACH = 1000

UNBOUNDED = sys.maxsize
_REPEATS = {c.MAX_REPEAT, c.MIN_REPEAT} | (
    {c.POSSESSIVE_REPEAT} if hasattr(c, "POSSESSIVE_REPEAT") else set()
)


class _Unbounded(Exception):
    """A repeat without an upper bound (its text says which)."""


def _cap(n: int) -> int:
    return min(n, UNBOUNDED)


def _seq(items: Any, groups: dict[int, int]) -> tuple[int, int]:
    """(most characters consumed, most characters examined) by a sequence."""
    width = reach = 0
    for op, av in items:
        w, r = _node(op, av, groups)
        reach = max(reach, _cap(width + r))
        width = _cap(width + w)
    return width, max(width, reach)


def _node(op: Any, av: Any, groups: dict[int, int]) -> tuple[int, int]:
    if op in (c.LITERAL, c.NOT_LITERAL, c.ANY, c.IN):
        return 1, 1
    if op is c.SUBPATTERN:
        group, body = av[0], av[-1]
        w, r = _seq(body, groups)
        if group is not None:
            groups[group] = w
        return w, r
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _seq(av, groups)
    if op is c.BRANCH:
        parts = [_seq(alt, groups) for alt in av[1]]
        return max(p[0] for p in parts), max(p[1] for p in parts)
    if op in _REPEATS:
        low, high, body = av
        w, r = _seq(body, groups)
        if high == c.MAXREPEAT and r > 0:
            sign = {0: "*", 1: "+"}.get(int(low), f"{{{int(low)},}}")
            raise _Unbounded(f"unbounded repeat '{sign}' (write {{{int(low)},40}} instead)")
        if w == 0:
            return 0, r
        # the last iteration may look as far as its own reach beyond the others
        return _cap(int(high) * w), _cap((int(high) - 1) * w + r)
    if op in (c.ASSERT, c.ASSERT_NOT):
        direction, body = av
        _, r = _seq(body, groups)
        return 0, (r if direction > 0 else 0)  # a look-behind reads back (fixed width)
    if op is c.GROUPREF:
        return groups.get(av, UNBOUNDED), groups.get(av, UNBOUNDED)
    if op is c.GROUPREF_EXISTS:
        _, yes, no = av
        y = _seq(yes, groups)
        n = _seq(no, groups) if no is not None else (0, 0)
        return max(y[0], n[0]), max(y[1], n[1])
    return 0, 0  # AT (anchors, \b), FAILURE: nothing consumed


def reach(regex: str) -> int:
    """The most characters one match attempt of `regex` can examine from its start
    (:data:`UNBOUNDED` when a repeat has no upper bound). Raises re.error on bad syntax."""
    try:
        return _seq(sre_parse.parse(regex), {})[1]
    except _Unbounded:
        return UNBOUNDED


def problem(regex: str, limit: int = MAX_REACH) -> str | None:
    """Why `regex` may not run in time linear in the text, or None when it is bounded.
    A pattern that does not compile gets None here (the caller reports that)."""
    try:
        return _problem(sre_parse.parse(regex), limit)
    except re.error:
        return None


def _problem(parsed: Any, limit: int) -> str | None:
    try:
        n = _seq(parsed, {})[1]
    except _Unbounded as e:
        return f"{e}, so that a match attempt reads at most {limit} characters and a scan stays linear in the text"  # noqa: E501
    if n > limit:
        return f"a match attempt may read {n} characters (nested repeats multiply), over the limit of {limit}: lower the repeats' upper bounds"  # noqa: E501
    return None


def excerpt(regex: str, size: int = 60) -> str:
    """The start of a pattern, for an error line."""
    return regex if len(regex) <= size else regex[: size - 3] + "..."


def recognizer_problems(
    spec: Any,
    regexes: Sequence[str],
    where: Callable[[tuple[Any, ...]], Any],
    path: tuple[Any, ...],
    at: str,
) -> list[tuple[Any, str]]:
    """One (location, line) per pattern or prefilter of a recognizer spec that is not
    bounded. `regexes` are its patterns with lists and fragments expanded; `where(path)`
    is the rule file's location of a path (`path` leads to the recognizer)."""
    out: list[tuple[Any, str]] = []
    for j, (pattern, regex) in enumerate(zip(spec.patterns, regexes, strict=False)):
        why = problem(regex)
        if why is not None:
            out.append(
                (where((*path, "patterns", j, "regex")),
                 f"{at}.patterns[{j}].regex (recognizer '{spec.name}', pattern "
                 f"'{pattern.name}': '{excerpt(regex)}'): {why}")
            )  # fmt: skip
    if spec.prefilter is not None:
        why = problem(spec.prefilter)
        if why is not None:
            out.append(
                (where((*path, "prefilter")),
                 f"{at}.prefilter (recognizer '{spec.name}': '{excerpt(spec.prefilter)}'): {why}")
            )  # fmt: skip
    return out
