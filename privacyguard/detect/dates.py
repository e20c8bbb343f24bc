"""Parse the dates people type, with the month names and year marks of the rules in use
(settings.yaml: ``month_1`` ... ``month_12``, ``year_marks``), passed as :class:`DateWords`."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

#: abbreviations that are a month only as the whole word ("17 maa 2011"; "maandag" is none)
_EXACT = {"maa": 3}
_TOKENS = re.compile(r"\d{1,100}|[^\W\d_]{1,100}")


@dataclass(frozen=True)
class DateWords:
    """The words a date is read with, from the rules in use: each month's names (a word that
    starts with one and has at most five letters more names that month: "januari", "мар" in
    "марта") and the words for "year" after a date's year ("1984г", "1984 года")."""

    #: (name, month), lower case, the longest first
    months: tuple[tuple[str, int], ...] = ()
    #: the rules' ``year_marks`` as written ("г.")
    year_marks: tuple[str, ...] = ()
    #: the year marks as parse_date's words: lower case, without a dot ("г." is "г")
    year_words: frozenset[str] = frozenset()


def date_words(lists: Mapping[str, Sequence[str]]) -> DateWords:
    """The DateWords of the rules' lists (``Rules.lists``)."""
    named = {(w.lower().rstrip("."), m): None for m in range(1, 13)
             for w in lists.get(f"month_{m}", ())}  # fmt: skip (each name once)
    months = sorted(named, key=lambda nm: -len(nm[0]))
    marks = tuple(lists.get("year_marks", ()))
    return DateWords(tuple(months), marks, frozenset(w.lower().rstrip(".") for w in marks))


def month_number(word: str, words: DateWords) -> int | None:
    word = word.lower().rstrip(".")
    if word in _EXACT:
        return _EXACT[word]
    for prefix, month in words.months:
        if word.startswith(prefix) and (len(word) - len(prefix) <= 5):
            return month
    return None


def parse_date(text: str, words: DateWords) -> date | None:
    """Day-first unless the form says otherwise (ISO year first; US month name first); month
    names and year marks are the ``words`` of the rules in use."""
    parts = _TOKENS.findall(text)
    numbers = [p for p in parts if p.isdigit()]
    # a Russian year's mark is no month ("13.04.1984г", "13.04.1984 г.", "... года")
    named = [p for p in parts if not p.isdigit() and p.lower() not in words.year_words]
    try:
        if named:
            month = next((m for w in named if (m := month_number(w, words))), None)
            if month is None or len(numbers) < 2:
                return None
            day, year = (
                (numbers[0], numbers[1]) if len(numbers[0]) <= 2 else (numbers[1], numbers[0])
            )
            return date(_year(year), month, int(day))
        if len(numbers) != 3:
            if len(numbers) == 1 and len(numbers[0]) == 8:  # 19850312 or 12031985
                n = numbers[0]
                numbers = (
                    [n[:4], n[4:6], n[6:]] if n[:2] in ("19", "20") else [n[:2], n[2:4], n[4:]]
                )
            else:
                return None
        a, b, c = numbers
        if len(a) == 4:
            return date(int(a), int(b), int(c))
        day, month = int(a), int(b)
        if month > 12 and day <= 12:  # 03/27/1985: American order
            day, month = month, day
        return date(_year(c), month, day)
    except (ValueError, OverflowError):  # no such day, or a "day" of twenty digits
        return None


def _year(text: str) -> int:
    y = int(text)
    if len(text) == 2:
        y += 1900 if y > date.today().year % 100 else 2000
    if not 1000 <= y <= 9999:
        raise ValueError(text)
    return y
