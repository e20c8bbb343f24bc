"""The person recognizer's faster look-ups give the answers of the slower ones they
replaced: a token's lower-case form is its normalised text, the plain name sets are the
name tables less the never-a-name words, the unwrapped tables hold what the wrapped ones
hold, and the answers kept per word form or per sender are those computed afresh.
Synthetic words and names, written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from privacyguard.detect.cache import Without, WordTable, members
from privacyguard.detect.names import (
    EVERYDAY_LANGUAGES,
    city_names,
    common_words,
    everyday_word,
    faker_names,
    place_names,
    stop_words,
)
from privacyguard.detect.recognizers.person import _TOKEN, RulesPersonRecognizer, _norm, _Tok

GOLDEN = Path(__file__).resolve().parent / "data" / "golden"
WORDS = ["anna", "Bergen", "de", "the", "Kvitfjell", "zorgnu", "burgemeester", "", "x"]


@pytest.fixture(scope="module")
def person(detector) -> RulesPersonRecognizer:  # type: ignore[no-untyped-def]
    [rec] = [r for r in detector.recognizers if isinstance(r, RulesPersonRecognizer)]
    return rec


def _texts() -> list[str]:
    with (GOLDEN / "messages-in-sample.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh][:1500]


def test_a_tokens_lower_case_form_is_its_normalised_text() -> None:
    texts = _texts() + ["Anna's kat", "Dr. J.P. Ødegård-Ås.", "İstanbul", "ÀÉ. o'Neil's"]
    seen = 0
    for text in texts:
        for m in _TOKEN.finditer(text):
            for tok in (_Tok(m.start(), m.end(), m.group(0)), _Tok(0, 2, m.group(0)[:-2] or "a")):
                assert tok.low == _norm(tok.text), tok.text
                seen += 1
    assert seen > 10_000


def test_members_holds_what_the_table_holds() -> None:
    for table in (city_names(), place_names(), stop_words("nl")):
        raw = members(table)
        assert not isinstance(raw, WordTable)
        sample = [*list(table)[:200], "qzxv", "Bergen", ""]
        assert [w in raw for w in sample] == [w in table for w in sample]
    plain = frozenset({"a"})
    assert members(plain) is plain


def test_the_name_sets_are_the_tables_less_the_never_a_name_words(person) -> None:  # type: ignore[no-untyped-def]
    first, last = faker_names(person._locales)
    for table, names in ((first, person.first_names), (last, person.last_names)):
        wrapped = Without(table, person.not_names)  # what the recognizer asked before
        assert names == {w for w in table if w in wrapped}
        assert person.not_names & set(table)  # the difference is tested, not empty
        assert not person.not_names & names


@pytest.mark.parametrize("lang", ["en", "nl", "nb", "ru", "xx"])
def test_the_unwrapped_tables_of_a_language_answer_as_before(person, lang: str) -> None:  # type: ignore[no-untyped-def]
    v = person._words(lang)
    english = person._words("en").all_words
    for word in WORDS + [w.lower() for w in list(stop_words(lang))[:50]]:
        assert (word in v.stop) == (word in stop_words(lang))
        assert (word in v.cities) == (word in city_names())
        assert (word in v.places) == (word in place_names())
        assert (word in v.english) == (word in english)


def test_answers_kept_per_word_form_are_those_computed_afresh(person) -> None:  # type: ignore[no-untyped-def]
    v = person._words("nb")
    for word in ["Kvitfjell", "Bergen", "Burgemeester", "Don't", "X", "Sortvik", "Иванов"]:
        tok = _Tok(0, len(word), word)
        first = person._unknown_word(tok, v)
        assert person._unknown_word(tok, v) == first == person._unknown(tok, v)
        assert person._excluded(tok) == (
            tok.low in person.not_names
            or len(tok.low) < 2
            or "'" in tok.low
            or person._is_role(tok)
        )


def test_a_senders_parts_are_kept_and_handed_out_as_a_fresh_list(person) -> None:  # type: ignore[no-untyped-def]
    parts = person.sender_parts("Siobhan Kelvrosa", "en")
    assert parts == list(person._sender_parts("Siobhan Kelvrosa", "en")) == ["Siobhan", "Kelvrosa"]
    parts.append("changed")
    assert person.sender_parts("Siobhan Kelvrosa", "en") == ["Siobhan", "Kelvrosa"]


def test_everyday_word_asks_the_everyday_table() -> None:
    table = common_words(EVERYDAY_LANGUAGES)
    for word in ["House", "huis", "kelvrosa", "Bergen", "the", "qzxv", "Anna"]:
        assert everyday_word(word) == (word.lower() in table)
    assert everyday_word("House") and not everyday_word("Kelvrosa")


@pytest.mark.parametrize(
    ("name", "lang"),
    [("Hanneke van Leeuwen", "nl"), ("Fardal", "nb"), ("Adolf Bortens", "nb"), ("Ruby", "en")],
)
def test_a_names_parts_are_kept_and_handed_out_afresh(person, name: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    parts = person.name_parts(name, lang)
    assert parts == person._name_parts(name, lang)
    parts.append("changed")
    assert person.name_parts(name, lang) == person._name_parts(name, lang)


def test_a_set_difference_iterates_and_counts_the_words_it_holds() -> None:
    from privacyguard.cache import Without

    kept = Without({"anna", "bergen", "oslo", "piet"}, {"bergen"}, {"oslo"})
    assert sorted(kept) == ["anna", "piet"]
    assert len(kept) == 2
    assert "anna" in kept and "oslo" not in kept
