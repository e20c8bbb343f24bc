"""The detector, through the whole conversation (round 21): names in lists.

- A name given earlier, typed again in lower case in a list, is found whole: "callum
  venables", "sietske dijkstra", "oddny aune", "ольга смирнова" after the customer gave it
  capitalised, not only the part that is a listed first or last name ("callum", "aune").
- A lower-case name before an e-mail address that holds it is found whole even where a
  part of it was found already ("sietske dijkstra - dijkstra.s@..." , "esmee dijkstra,
  esmee_dijkstra@...").

Every person here is synthetic.
"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.mark.parametrize(
    ("intro", "ask", "line", "name"),
    [
        (
            "This is Callum Venables by the way.",
            "Please list everyone travelling: name, date of birth and passport number.",
            "- callum venables - 8 January 1972 - 201866783\n"
            "- dominic venables; 8 May 1989; 157880933\n"
            "- philippa pilkington, 27/10/1996, 996323442",
            "callum venables",
        ),
        (
            "Mijn naam is Sietske Dijkstra.",
            "Ik heb per aanvrager de naam, geboortedatum en BSN nodig.",
            "sietske dijkstra; 25.4.1958; 3351.93.675; mijn collega esmee van beek 03-11-2003 "
            "9746.62.549; plus ineke van beek, 7-12-1984, 983816967",
            "sietske dijkstra",
        ),
        (
            "Jeg heter Oddny Aune.",
            "Send meg de nye deltakerne med e-post og telefon.",
            "- oddny aune oddny_aune@yahoo.no 941 67 361\n"
            "- maren aune, maren.a@yahoo.no, 957 68 048",
            "oddny aune",
        ),
        (
            "Меня зовут Ольга Смирнова.",
            "Перечислите всех: имя и дату рождения.",
            "- ольга смирнова 12.03.1980\n- мария смирнова 01.02.2011",
            "ольга смирнова",
        ),
    ],
)
def test_a_name_given_earlier_comes_back_whole_in_lower_case(
    detector: Detector, intro: str, ask: str, line: str, name: str
) -> None:
    out = talk_spans(detector, [("customer", intro), ("agent", ask), ("customer", line)])
    people = [v for t, v in out[2] if t == "PERSON"]
    assert name in people
    assert people[0] == name  # whole, not a part of it alone


def test_a_name_held_by_its_email_is_whole_over_its_found_part(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("customer", "Met Sietske Dijkstra hier."),
            ("agent", "Wie krijgt er nog een pas? Naam, e-mail en telefoon graag."),
            (
                "customer",
                "sietske dijkstra - dijkstra.s@planet.nl - 06 41051778 en mijn partner "
                "esmee dijkstra, esmee_dijkstra@telenet.be, +31 6 80024399",
            ),
        ],
    )
    people = [v for t, v in out[2] if t == "PERSON"]
    assert people == ["sietske dijkstra", "esmee dijkstra"]


def test_an_unrelated_lower_case_word_is_not_joined(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("customer", "This is Callum Venables by the way."),
            ("customer", "callum here again, venables was the surname"),
        ],
    )
    people = [v for t, v in out[1] if t == "PERSON"]
    assert "callum here" not in people
