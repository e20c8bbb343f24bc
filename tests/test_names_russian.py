"""The pymorphy3 predicates the conversation code asks of a Russian word (names.py), not
its private parses: each reads pymorphy3's dictionary, shipped with the package."""

from __future__ import annotations

import pytest

from privacyguard.detect.names import russian_name_reading, russian_plural_only


@pytest.mark.parametrize(
    ("word", "any_form", "nominative"),
    [
        ("Роман", True, True),  # a first name, and a novel
        ("Вера", True, True),  # a first name, and faith
        ("Света", True, True),  # "На связи Света", and "of light"
        ("Свете", True, False),  # a name's dative: no one introduced by it
        ("Ивану", True, False),
        ("Стол", False, False),  # a table: no name in any reading
    ],
)
def test_a_first_name_reading(word: str, any_form: bool, nominative: bool) -> None:
    assert russian_name_reading(word) is any_form
    assert russian_name_reading(word, nominative=True) is nominative


def test_a_group_greeted_is_plural_only() -> None:
    assert russian_plural_only("Арбористы")
    assert not russian_plural_only("Арборист")
