"""Round 29 (addresses without a cue): a Dutch street named after someone with a name
particle before its street word ("pastoor van arsstraat 31"), a town written with "'s-"
("'s-hertogenbosch"), and a Russian building's number after the house number ("д. 40 к1,
кв. 101") stay inside the address the customer gives. Every address here is synthetic."""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _places(detector: Detector, question: str, answer: str) -> list[str]:
    out = talk(detector, [("agent", question), ("customer", answer)])
    return [answer[f.start : f.end] for f in out[1].findings if f.entity_type == "LOCATION"]


@pytest.mark.parametrize(
    ("question", "answer", "value"),
    [
        (
            "Waar mogen we het pakket naartoe sturen?",
            "zelfde als altijd, burgemeester van der veldestraat 12 2311bx leiden (achterom)",
            "burgemeester van der veldestraat 12 2311bx leiden",
        ),
        (
            "Op welk adres woont u?",
            "dokter de vriesweg 8, 1811 kp alkmaar",
            "dokter de vriesweg 8, 1811 kp alkmaar",
        ),
        (
            "Waar moet de monteur langskomen?",
            "kastanjelaan 14, 5211 ab 's-hertogenbosch",
            "kastanjelaan 14, 5211 ab 's-hertogenbosch",
        ),
        (
            "Куда отправить заказ?",
            "г. тверь, ул. садовая, д. 17 к2, кв. 45",
            "г. тверь, ул. садовая, д. 17 к2, кв. 45",
        ),
        (
            "Куда доставить?",
            "нет, 170000, тверь, садовый пр., 9 к1, кв 12",
            "170000, тверь, садовый пр., 9 к1, кв 12",
        ),
    ],
)
def test_the_whole_address_is_found(
    detector: Detector, question: str, answer: str, value: str
) -> None:
    assert value in _places(detector, question, answer)


def test_a_particle_alone_makes_no_address(detector: Detector) -> None:
    assert _places(detector, "Waar woont u?", "van de week ben ik er 3 dagen") == []
