"""A first name in lower case after "thanks again" or "thank you so much" without a comma
("thanks again siobhan", issue 15), in English, Dutch and Norwegian. Synthetic names."""

from __future__ import annotations

import pytest

from privacyguard.config.rules import load_rules
from privacyguard.detect.engine import Detector

from .names_support import person_names


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(load_rules())


names = person_names


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("thanks again siobhan", "en", ["siobhan"]),
        ("ok thank you so much siobhan!", "en", ["siobhan"]),
        ("takk igjen marit!", "nb", ["marit"]),
        ("dank je nogmaals sanne", "nl", ["sanne"]),
        # a word that is no listed first name, or more of the sentence, is no name
        ("thanks again mate", "en", []),
        ("thanks again for your help", "en", []),
        ("Thanks again Team", "en", []),
    ],
)
def test_first_name_after_thanks_again(
    detector: Detector, text: str, lang: str, expected: list[str]
) -> None:
    assert names(detector, text, lang) == expected
