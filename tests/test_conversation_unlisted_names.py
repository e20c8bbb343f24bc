"""The detector, through the whole conversation: the name before a birth date in a list of
people is a name even when its first name is on no list, as long as no dictionary knows its
words as everyday words ("a. oddleif brunvatne, 3.4.1988"); everyday words before a date
are no name ("tickets for, 3.4.1988")."""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.mark.parametrize(
    ("asked", "answer", "names"),
    [
        (
            "Jeg trenger navn og fødselsdato på alle på avtalen.",
            "her:\na. oddleif brunvatne, 3.4.1988\nb. torgunn brunvatne, 12.9.2015",
            ["oddleif brunvatne", "torgunn brunvatne"],
        ),
        (
            "Ik heb de naam en geboortedatum van iedereen nodig.",
            "goed:\n- wiebren hoekstra, 02-11-1971\n- ytje hoekstra, 17-5-2008",
            ["wiebren hoekstra", "ytje hoekstra"],
        ),
    ],
)
def test_unlisted_first_names_before_birth_dates(
    detector: Detector, asked: str, answer: str, names: list[str]
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", answer)])
    for name in names:
        assert ("PERSON", name) in out[1], out[1]


def test_everyday_words_before_a_birth_date_are_no_name(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "I need the name and date of birth of everyone on the booking."),
            ("customer", "Bjarke Lund, 3/4/1988\nsame address, 12/9/2015"),
        ],
    )
    assert not [v for t, v in out[1] if t == "PERSON" and "address" in v], out[1]
