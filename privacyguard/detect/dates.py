"""Parse the dates people type, with month names in English, Dutch, Norwegian and Russian."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

_MONTHS = {
    1: ("jan", "januari", "january", "januar", "январ", "янв"),
    2: ("feb", "februari", "february", "februar", "феврал", "фев"),
    3: ("mar", "maart", "march", "mars", "mrt", "март", "мар"),
    4: ("apr", "april", "апрел", "апр"),
    5: ("mei", "may", "mai", "мая", "май"),
    6: ("jun", "juni", "june", "июн"),
    7: ("jul", "juli", "july", "июл"),
    8: ("aug", "augustus", "august", "август", "авг"),
    9: ("sep", "sept", "september", "сентябр", "сен"),
    10: ("okt", "oct", "oktober", "october", "октябр", "окт"),
    11: ("nov", "november", "ноябр", "ноя"),
    12: ("dec", "des", "december", "desember", "декабр", "дек"),
}
#: abbreviations that are a month only as the whole word ("17 maa 2011"; "maandag" is none)
_EXACT = {"maa": 3}
_PREFIXES = sorted(((p, m) for m, ps in _MONTHS.items() for p in ps), key=lambda x: -len(x[0]))
_TOKENS = re.compile(r"\d{1,100}|[^\W\d_]{1,100}")


@lru_cache(maxsize=1)
def year_marks() -> tuple[str, ...]:
    """The words for "year" after a date's year ("1984г", "1984 г.", "1984 года"): the list
    ``year_marks`` of the rules (settings.yaml) in use by default ($PRIVACYGUARD_RULES, else
    the shipped rules; the shipped ones when those do not load)."""
    from privacyguard.config.rules import DEFAULT_RULES_DIR, load_rules
    from privacyguard.errors import ConfigError

    try:
        lists = load_rules().lists
    except ConfigError:
        lists = load_rules(DEFAULT_RULES_DIR).lists
    return tuple(lists.get("year_marks", ()))


@lru_cache(maxsize=1)
def _year_words() -> frozenset[str]:
    """The year marks as parse_date's words: lower case, without a dot ("г." is "г")."""
    return frozenset(w.lower().rstrip(".") for w in year_marks())


def month_number(word: str) -> int | None:
    word = word.lower().rstrip(".")
    if word in _EXACT:
        return _EXACT[word]
    for prefix, month in _PREFIXES:
        if word.startswith(prefix) and (len(word) - len(prefix) <= 5):
            return month
    return None


def parse_date(text: str) -> date | None:
    """Day-first unless the form says otherwise (ISO year first; US month name first)."""
    parts = _TOKENS.findall(text)
    numbers = [p for p in parts if p.isdigit()]
    # a Russian year's mark is no month ("13.04.1984г", "13.04.1984 г.", "... года")
    words = [p for p in parts if not p.isdigit() and p.lower() not in _year_words()]
    try:
        if words:
            month = next((m for w in words if (m := month_number(w))), None)
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
