"""The detector, through the whole conversation: a value typed in pieces over messages with
a short note between them ("sorry hit enter", "wacht er komt nog meer", "vent, mer kommer",
"подождите, ещё не всё"): the note is no piece and does not end the pieces."""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


# IBANs with valid check digits (and a valid Norwegian account number inside NO91...)
@pytest.mark.parametrize(
    ("asked", "first", "note", "rest"),
    [
        (
            "Which account should the refund go to? The full IBAN, please.",
            "GB46 LOYD 3099 1264 0177",
            "sorry hit enter",
            "35",
        ),
        (
            "Naar welke rekening mag het terug? Graag het volledige IBAN.",
            "NL29 RABO 0317",
            "wacht er komt nog meer",
            "2648 05",
        ),
        (
            "Hvilken konto skal pengene til? Hele IBAN, takk.",
            "NO91 6057 1294",
            "vent, mer kommer",
            "837",
        ),
    ],
)
def test_a_note_between_the_pieces_of_an_iban(
    detector: Detector, asked: str, first: str, note: str, rest: str
) -> None:
    out = talk_spans(
        detector, [("agent", asked), ("customer", first), ("customer", note), ("customer", rest)]
    )
    assert ("IBAN_CODE", first) in out[1], out[1]
    assert not out[2], out[2]
    assert ("IBAN_CODE", rest) in out[3], out[3]


def test_a_note_between_two_numbers_that_join_to_nothing(detector: Detector) -> None:
    """Pieces whose joined value has no valid checksum stay unreported as an IBAN."""
    out = talk_spans(
        detector,
        [
            ("agent", "Which account should the refund go to? The full IBAN, please."),
            ("customer", "GB47 LOYD 3099 1264 0177"),
            ("customer", "sorry hit enter"),
            ("customer", "35"),
        ],
    )
    assert ("IBAN_CODE", "35") not in out[3], out[3]


def test_a_note_between_the_halves_of_a_russian_account(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "На какой счёт вернуть деньги? Полный номер счёта, пожалуйста."),
            ("customer", "4081781055"),
            ("customer", "подождите, ещё не всё"),
            ("customer", "3319027741"),
        ],
    )
    assert ("BANK_ACCOUNT", "4081781055") in out[1], out[1]
    assert ("BANK_ACCOUNT", "3319027741") in out[3], out[3]
