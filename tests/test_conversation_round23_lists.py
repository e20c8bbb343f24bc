"""Round 23, lists: records of a name and a phone number after a line that leads in to them
("there's 3 of us:", "vi er 4:"), with the words that say who each person is before the name
("and our son ...", "my wife ...", "datteren vår ...", "mannen min ...", "mijn vrouw ..."),
and names of two or three words that no list has as first names ("crispin pennington",
"janneke ter horst") before a colon. (Synthetic names, valid phone numbers.)"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


def _people(found: list[tuple[str, str]]) -> list[str]:
    return [s for t, s in found if t == "PERSON"]


@pytest.mark.parametrize(
    ("question", "answer", "names"),
    [
        (
            "Can you send the names and mobile numbers of everyone on the account?",
            "there's 3 of us:\nbrannoc tilsworth: +44 7911 234567\n"
            "ysolde tilsworth - 07912 345678\nperrin quenby - 07923 456789",
            ["brannoc tilsworth", "ysolde tilsworth", "perrin quenby"],
        ),
        (
            "Can you send the names and mobile numbers of everyone on the account?",
            "here goes:\nysolde tilsworth - +44 7911 234567 and our son perrin tilsworth: "
            "07912 345678",
            ["ysolde tilsworth", "perrin tilsworth"],
        ),
        (
            "Kun je de namen en mobiele nummers sturen van iedereen?",
            "oké:\nfenneke olderaan - 06 12345678, mijn vrouw rinske olderaan 06-23456789, "
            "mijn man tjalling olderaan: 06-34567890",
            ["fenneke olderaan", "rinske olderaan", "tjalling olderaan"],
        ),
        (
            "Kan du sende navn og mobilnummer til alle?",
            "vi er 3:\nsolvor brekkestø - 412 34 567; datteren vår ingvild brekkestø - "
            "+47 912 34 567; mannen min torgrim brekkestø - 934 56 789",
            ["solvor brekkestø", "ingvild brekkestø", "torgrim brekkestø"],
        ),
    ],
)
def test_each_person_of_a_list_of_names_and_phones_is_found(
    detector: Detector, question: str, answer: str, names: list[str]
) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", answer)])
    people = _people(out[1])
    for name in names:
        assert any(name in p for p in people), (name, out[1])
    # who the person is stays out of the name
    assert not [p for p in people if p.split()[0] in ("our", "mijn", "datteren", "mannen")]


def test_a_lead_in_line_with_a_name_found_is_kept(detector: Detector) -> None:
    answer = "Ysolde Tilsworth:\n07911 234567\n07912 345678"
    out = talk_spans(detector, [("agent", "Which numbers should we add?"), ("customer", answer)])
    assert any("Tilsworth" in p for p in _people(out[1])), out[1]


def test_a_label_before_a_colon_is_no_name(detector: Detector) -> None:
    answer = "home phone: 020 7946 0321\nmobile phone: 07911 234567"
    out = talk_spans(detector, [("agent", "Which numbers can we use?"), ("customer", answer)])
    assert not _people(out[1]), out[1]


@pytest.mark.parametrize(
    ("question", "answer", "names", "numbers"),
    [
        (
            "Hvilke medlemsnumre skal inn i familiekontoen?",
            "ok, her:\nsolvor brekkestø: 166348256 og torgrim aasheim 939-62247",
            ["solvor brekkestø", "torgrim aasheim"],
            ["166348256", "939-62247"],
        ),
        (
            "Which membership numbers should go on the family account?",
            "sure:\nysolde tilsworth: 166348256 and perrin quenby 939-62247",
            ["ysolde tilsworth", "perrin quenby"],
            ["166348256", "939-62247"],
        ),
    ],
)
def test_names_and_member_numbers_in_records_are_found(
    detector: Detector, question: str, answer: str, names: list[str], numbers: list[str]
) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", answer)])
    people = _people(out[1])
    for name in names:
        assert any(name in p for p in people), (name, out[1])
    assert not [p for p in people if p.split()[0] in ("og", "and")], out[1]
    values = [s for t, s in out[1] if t != "PERSON"]
    for number in numbers:
        assert any(number in v for v in values), (number, out[1])


def test_words_that_end_in_a_function_word_are_no_name_in_records(detector: Detector) -> None:
    answer = (
        "altså meg, Solvor Brekkestø, født 070610, og samboeren min Ingvild Aasheim 09.11.62. "
        "hvis noe endres send sms til 412_34_567, jeg sjekker aldri mailen"
    )
    turns = [("agent", "Hvem står på bestillingen?"), ("customer", answer)]
    out = talk_spans(detector, turns)
    assert any("Aasheim" in p for p in _people(out[1])), out[1]
    assert not [p for p in _people(out[1]) if p.endswith("til")], out[1]
