"""Compiled patterns, constants and two word checks that several parts of the conversation
layer share."""

from __future__ import annotations

import re

#: a turn of more words than this does more than ask for time ("one moment")
HOLD_WORDS = 8

#: a message longer than this holds no piece of a value typed over several messages
FRAGMENT_MAX_CHARS = 60

#: a bare answer longer than this is not read again in its canonical form
DISGUISED_ANSWER_CHARS = 200

#: a message longer than this is no list of travellers (and the layout pass is skipped)
LIST_MAX_CHARS = 4000

#: the type of an address
LOCATION = "LOCATION"

#: a postcode's four digits alone ("1621" after "Kastanjelaan 95", before "CK Hoorn"; "4836"
#: before "arendal"): Dutch, Norwegian, Danish, Belgian
POSTCODE_DIGITS = re.compile(r"[1-9]\d{3}")

#: a word: letters and digits (bounded: linear, config/regex_bounds.py)
WORDS = re.compile(r"[^\W_]{1,64}", re.UNICODE)
#: the same, under its former private name: the modules that import it so move to WORDS as
#: they are next changed (a rename of all at once would clash with work in flight)
_WORDS = WORDS

# an amount of money: a currency sign, or a number with a currency's code or word after it
_MONEY = re.compile(
    r"(?i)[€£$₽]|\d\s?(?:kr|nok|sek|dkk|eur|euro|euros|usd|gbp|rub|руб\w{0,6}|р|quid|pounds?"
    r"|dollars?|kroner?|kronor|rubles?|roubles?)(?![^\W\d_])"
)

#: a run of digits (in groups) that may be a value: "7843 7862", "+47 90 17 49 86"
_LEFTOVER = re.compile(r"(?<![\w+\-./])\+?\d[\d ()\-./]{2,24}\d(?![\w\-./])")

#: words that mark a town ("г. воронеж")
_TOWN_MARKS = frozenset({"г", "гор", "город"})

#: dots before an answer that goes on from the sender's previous message ("... 83")
_LEADING_DOTS = re.compile(r"(?:\.{2,3}|…)[ \t]{1,3}")


def _everyday_only(piece: str) -> bool:
    """Words that join or introduce list items only ("and our son", "en onze")."""
    from privacyguard.detect.names import everyday_word

    words = _WORDS.findall(piece)
    if all(w[:1].isupper() for w in words) and len(words) > 1:
        return False  # "Ruby Marsh": capitalised words may be a name made of words
    return bool(words) and all(w.isalpha() and everyday_word(w) for w in words)


def stop_word(word: str) -> bool:
    """A function word of one of the languages ("the", "het", "og", "и")."""
    from privacyguard.detect.names import stop_words

    low = word.lower()
    return any(low in stop_words(lang) for lang in ("en", "nl", "nb", "ru"))
