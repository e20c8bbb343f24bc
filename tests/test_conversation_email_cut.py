"""The detector, through the whole conversation: an e-mail address cut inside a word over
two messages of the customer ("hmcallister@pro" / "ton.me", "rosalind.m..." /
"callister@virginmedia.com") is one address, reported in both messages; a word, a code or
a date alone before an e-mail address is no piece of it."""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.mark.parametrize(
    ("asked", "first", "second", "pieces"),
    [
        ("What's your email address?", "hmcallister@pro", "ton.me oops",
         ("hmcallister@pro", "ton.me")),
        ("Which email should the receipt go to?", "rosalind.m...",
         "callister@virginmedia.com oops", ("rosalind.m", "callister@virginmedia.com")),
        ("Wat is uw e-mailadres?", "pieter.bakk@zig", "go.nl sorry", ("pieter.bakk@zig", "go.nl")),
        ("Hva er e-postadressen din?", "kari.nordm@onl", "ine.no", ("kari.nordm@onl", "ine.no")),
        ("Какая у вас почта?", "ivan.petrov@yan", "dex.ru", ("ivan.petrov@yan", "dex.ru")),
    ],
)  # fmt: skip
def test_an_email_address_cut_inside_a_word_is_found_in_both_messages(
    detector: Detector, asked: str, first: str, second: str, pieces: tuple[str, str]
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", first), ("customer", second)])
    assert ("EMAIL_ADDRESS", pieces[0]) in out[1], out[1]
    assert ("EMAIL_ADDRESS", pieces[1]) in out[2], out[2]


@pytest.mark.parametrize("alone", ["Kiel", "PX2553B", "2.9", "B-20", "Gouda"])
def test_a_word_code_or_date_before_an_email_address_is_no_piece_of_it(
    detector: Detector, alone: str
) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Where are you going?"),
            ("customer", alone),
            ("customer", "k.nilsen@gmail.com"),
        ],
    )
    assert not [f for f in out[1] if f[0] == "EMAIL_ADDRESS"], out[1]
    assert ("EMAIL_ADDRESS", "k.nilsen@gmail.com") in out[2], out[2]
