"""context.Mentions answers, for each of several matchers, what its mentions() answers."""

from __future__ import annotations

import random

from privacyguard.detect.context import ContextMatcher, Mentions, context_words, make_terms

DOB = ContextMatcher(
    make_terms(
        ["date of birth", "dob", "born", "geboortedatum", "=geb", "fødselsdato", "рожд*", "f."],
        ["delivery date", "order date", "leveringsdatum"],
    ),
    8,
    4,
)
NINO = ContextMatcher(
    make_terms(
        ["national insurance", "ni number", "ni no", "nino", "insurance number", "=ni"],
        ["order", "invoice", "tracking", "reference", "booking", "product", "item"],
    ),
    8,
    4,
)
DIGITS = ContextMatcher(make_terms(["2fa", "code"], []), 4, 2)  # a key with a digit

TEXTS = [
    "What is your date of birth?",
    "my NI number is QQ 12 34 56 C",
    "national insurance: qq123456c",
    "the nationl insurence number please",  # typos of both words
    "Geb. 12-03-1985, order 55512",
    "дата рождения 01.02.1990",
    "ni",
    "evening all, the final invoice is here",
    "no number here 12345 67890",
    "2fa code 123456",
    "",
    "insurance",
    "insurance number",
    "born 1984 / booking reference ABC123",
]


def _each(matchers: list[ContextMatcher], words: list[str]) -> list[bool]:
    return [m.mentions(words) for m in matchers]


def test_the_same_answers_as_each_matcher() -> None:
    matchers = [DOB, NINO, DIGITS]
    both = Mentions(matchers)
    for text in TEXTS:
        words = context_words(text)
        assert both.of(words) == _each(matchers, words), text
        assert both.of(words) == _each(matchers, words), text  # remembered words too
    assert Mentions([DOB, NINO]).of(context_words("my NI number")) == [False, True]
    assert Mentions([DOB, NINO]).of(context_words("date of birth and ni no")) == [True, True]


def test_random_word_lists_and_a_bounded_memory(monkeypatch) -> None:
    import privacyguard.detect.context as context

    monkeypatch.setattr(context, "WORD_CACHE", 50)
    rng = random.Random(7)
    vocabulary = sorted({w for t in TEXTS for w in context_words(t)} | {"x1", "42", "nummer"})
    matchers = [NINO, DOB, DIGITS]
    both = Mentions(matchers)
    for _ in range(2000):
        words = [rng.choice(vocabulary) for _ in range(rng.randint(0, 12))]
        assert both.of(words) == _each(matchers, words), words
        assert len(both._by_word) <= 50


def test_no_matchers() -> None:
    assert Mentions([]).of(["date", "of", "birth"]) == []


class _Counting(dict):
    """A matcher's word cache that counts the look-ups."""

    asked = 0

    def get(self, *args):  # type: ignore[no-untyped-def, override]
        _Counting.asked += 1
        return super().get(*args)


def test_a_word_with_no_positive_key_of_any_matcher_asks_none() -> None:
    """A new word that holds no positive key of any matcher ("hello", "invoice": a
    negative term's word) starts no positive term of any: no matcher is asked about it."""
    matchers = [
        ContextMatcher(m.terms, m.before, m.after) for m in (DOB, NINO, DIGITS)
    ]  # fresh caches
    for m in matchers:
        m._by_word = _Counting()
    both = Mentions(matchers)
    _Counting.asked = 0
    assert both.of(["hello", "invoice", "order", "42"]) == [False, False, False]
    assert _Counting.asked == 0
    assert both.of(["national", "insurance"]) == [False, True, False]
    assert _Counting.asked > 0
