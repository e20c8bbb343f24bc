"""Round 29 (lists): Endre is a Norwegian first name as well as the verb "to change": a
list of people with it keeps its birth dates (only the verb before what changes says a
date is a travel date), and a name after "og"/"en"/"and" starts at a word, not inside one
("endre økland", not "dre økland"). Every person here is synthetic."""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import answer_spans, talk


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def test_endre_in_a_list_keeps_the_birth_dates(detector: Detector) -> None:
    question = "Hvem skal være med? Navn og fødselsdato, takk."
    answer = "vi er 3: endre lunde (4.9.1961); Marit Lunde (17.02.1965) og Ole Lunde (3.3.1990)"
    found = answer_spans(detector, question, answer)
    assert ("DATE_OF_BIRTH", "4.9.1961") in found
    assert ("DATE_OF_BIRTH", "17.02.1965") in found
    assert ("PERSON", "endre lunde") in found
    assert not any(t == "PERSON" and v == "dre lunde" for t, v in found)


def test_endre_as_the_verb_still_marks_a_travel_date(detector: Detector) -> None:
    out = talk(
        detector,
        [
            ("agent", "Hva er fødselsdatoen din?"),
            ("customer", "jeg vil endre til 14.03.2027"),
        ],
    )
    assert not any(f.entity_type == "DATE_OF_BIRTH" for f in out[1].findings)


@pytest.mark.parametrize(
    "answer",
    ["meg: endre - 28. mars 1979", "1. endre - 28.03.1979\n2. kari - 02.11.1981"],
)
def test_endre_as_a_listed_name_is_no_change(detector: Detector, answer: str) -> None:
    found = answer_spans(detector, "Navn og fødselsdato for alle, takk.", answer)
    assert ("DATE_OF_BIRTH", answer[answer.index("28") :].split("\n")[0]) in found
