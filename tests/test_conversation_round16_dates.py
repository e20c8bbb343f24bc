"""The detector, through the whole conversation (round 16): birth dates and lists.

- A birth date with a two-digit year after a dash ("2. mai -90", "15. juli -68"), the
  year first ("1955.04.23", "1987-05-03"), the month first with an elided century
  ("May 3rd '87"), the Dutch "maa" for March ("17 maa 2011"), after "f.dato?".
- A list item's document number with the capitals of its series apart ("FK 9930388").
- Lines of a number and the name in brackets after it ("736-009432 (Роман)").

Every person and number here is synthetic.
"""

from __future__ import annotations

import pytest

from privacyguard.detect.dates import month_number, parse_date
from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Kan jeg få fullt navn og fødselsdato?", "15. juli -68"),
        ("Kan jeg få fødselsdatoen din?", "2. mai-90"),
        ("f.dato?", "21.3.64"),
        ("Когда вы родились?", "1955.04.23"),
        ("Дата рождения?", "2003.12.04"),
        ("What's your date of birth?", "1987-05-03"),
        ("What's your date of birth?", "May 3rd '87"),
        ("Wat is uw geboortedatum?", "17 maa 2011"),
    ],
)
def test_birth_date_forms_as_bare_answers(detector: Detector, question: str, answer: str) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", answer)])
    assert ("DATE_OF_BIRTH", answer) in out[1], out


def test_a_travel_date_year_first_is_no_birth_date(detector: Detector) -> None:
    out = talk_spans(detector, [("agent", "When do you want to fly?"), ("customer", "2027-05-03")])
    assert not any(t == "DATE_OF_BIRTH" for t, _ in out[1]), out


def test_dates_of_a_norwegian_list_with_a_dash_year(detector: Detector) -> None:
    text = (
        "1) Ingvild Rønning 26/12 1981 FK 1802827\n2) Audun Tveit 05.03.2008 FP8554927\n"
        "3) Torstein Lie 21. februar -03 83838884"
    )
    question = "Kan du sende navn, fødselsdato og passnummer for alle som skal reise?"
    out = talk_spans(detector, [("agent", question), ("customer", text)])
    for span in [
        ("DATE_OF_BIRTH", "21. februar -03"),
        ("PERSON", "Ingvild Rønning"),
        ("PASSPORT", "FK 1802827"),
    ]:
        assert span in out[1], out


def test_a_passport_with_its_series_apart_in_a_record(detector: Detector) -> None:
    text = "Arild Aune; 7/12 1978; FK 9930388\nTrond Lie; 19. april 1960; FP3296178"
    question = "Kan du sende navn, fødselsdato og passnummer for alle som skal reise?"
    out = talk_spans(detector, [("agent", question), ("customer", text)])
    assert ("PASSPORT", "FK 9930388") in out[1], out


def test_numbers_with_the_names_in_brackets_after_them(detector: Detector) -> None:
    text = "7887 062835 (Полина)\n736-009432 (Роман)\n14.884.93 (Алина Ларина)"
    out = talk_spans(detector, [("customer", text)])
    got = {s for _, s in out[0]}
    assert {"736-009432", "14.884.93", "Роман"} <= got, out


def test_birth_dates_in_brackets_are_no_numbers(detector: Detector) -> None:
    text = "12.03.2015 (Полина)\n04.07.2018 (Роман)"
    out = talk_spans(detector, [("customer", text)])
    assert not any(t == "CUSTOMER_NUMBER" for t, _ in out[0]), out


def test_maa_is_march_only_as_a_whole_word() -> None:
    from privacyguard.config.rules import load_rules
    from privacyguard.detect.dates import date_words

    words = date_words(load_rules().lists)
    assert month_number("maa", words) == 3
    assert month_number("maa.", words) == 3
    assert month_number("maandag", words) is None
    assert parse_date("17 maa 2011", words) is not None


def test_the_travellers_of_a_list_leave_their_birth_dates(detector: Detector) -> None:
    text = "these are the travellers\nDeclan Lister\t15/8/60\t8B\nKieran Lister\t04.04.1989\t23F"
    question = "I'll need full names and DOBs for all passengers please"
    out = talk_spans(detector, [("agent", question), ("customer", text)])
    assert ("DATE_OF_BIRTH", "15/8/60") in out[1], out


def test_a_travel_word_still_makes_a_date_no_birth_date(detector: Detector) -> None:
    out = talk_spans(
        detector, [("agent", "What is your date of birth?"), ("customer", "I travel on 12.03.2019")]
    )
    assert not any(t == "DATE_OF_BIRTH" for t, _ in out[1]), out


def test_a_lower_case_name_after_navnet_mitt_er(detector: Detector) -> None:
    text = "Hei!\n\nnavnet mitt er halvard sæther.\n\nHilsen\nSynnøve Sæther"
    out = talk_spans(detector, [("customer", text)])
    assert ("PERSON", "halvard sæther") in out[0], out


def test_who_the_person_is_before_a_birth_date_is_no_name(detector: Detector) -> None:
    text = "it's for my father, born 2001-11-26, he can't manage the phone"
    out = talk_spans(detector, [("agent", "Date of birth please?"), ("customer", text)])
    assert ("DATE_OF_BIRTH", "2001-11-26") in out[1], out
    assert not any(t == "PERSON" for t, _ in out[1]), out


def test_if_anything_changes_is_no_change_of_date(detector: Detector) -> None:
    text = (
        "altså meg, Tuva Holm, født 140413, og samboeren min Synnøve Myhre 5. april 1961. "
        "hvis noe endres send sms til 995 07 589"
    )
    out = talk_spans(detector, [("agent", "Hvem står på bestillingen?"), ("customer", text)])
    assert ("DATE_OF_BIRTH", "5. april 1961") in out[1], out


def test_a_change_of_date_is_still_no_birth_date(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [("agent", "Hva er fødselsdatoen din?"), ("customer", "kan du endre den til 12.03.1999")],
    )
    assert not any(t == "DATE_OF_BIRTH" for t, _ in out[1]), out
