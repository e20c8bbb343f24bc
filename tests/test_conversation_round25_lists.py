"""Round 25, lists of people with their numbers, the detector through the whole
conversation: the numbers after the names are one column, the number the business files each
person under (a customer or member number), when the agent asked for memberships or
accounts to merge, when an account stands beside them, when their shapes differ and a
document's recognizer did not find them all, or when nothing finds them; an account's
checksum outweighs the customer number a question guessed. Synthetic people and values,
checksum-valid IBANs and accounts."""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _typed(msg: list[tuple[str, str]], kind: str) -> list[str]:
    return [text for t, text in msg if t == kind]


@pytest.mark.parametrize(
    ("asked", "answer", "numbers"),
    [
        # shapes that differ, one read as a passport by the question's guess
        ("Can I have everyone's details?",
         "Oliver Grant, 03/05/1971, P882914; Ada Grant 9 May 1999, 551-2087",
         ["P882914", "551-2087"]),
        ("Wie gaan er mee?",
         "Sanne de Boer 12-04-1980 | M203311\nLotte de Boer 02-11-2006 | 7710349",
         ["M203311", "7710349"]),
        # an account beside them: the account is the person's account, they are not
        ("Which accounts should be merged?",
         "Nora Blake - 4417702, GB29 NWBK 6016 1331 9268 19\nTheo Blake - 309-5521",
         ["4417702", "309-5521"]),
        ("Hvilke medlemskap skal slås sammen?",
         "Kari Lunde - 612-4470, 1503.12.34562\nOla Lunde - L559013",
         ["612-4470", "L559013"]),
        # the memberships or accounts to merge are asked for
        ("Welke lidmaatschappen moeten samengevoegd worden?",
         "Femke Bos - R774210; en Daan Bos - R330918",
         ["R774210", "R330918"]),
        ("Какие аккаунты объединить?",
         "Ирина Соколова - 771-3020\nПавел Соколов - 5583107",
         ["771-3020", "5583107"]),
    ],
)  # fmt: skip
def test_the_numbers_of_listed_people_are_their_member_numbers(
    detector: Detector, asked: str, answer: str, numbers: list[str]
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", answer)])
    assert _typed(out[1], "CUSTOMER_NUMBER") == numbers, out[1]


def test_the_account_beside_them_stays_an_account(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Which accounts should be merged?"),
            (
                "customer",
                "Nora Blake - 4417702, GB29 NWBK 6016 1331 9268 19\nTheo Blake - 309-5521",
            ),
        ],
    )
    assert _typed(out[1], "IBAN_CODE") == ["GB29 NWBK 6016 1331 9268 19"], out[1]


def test_an_accounts_checksum_outweighs_the_questions_guess(detector: Detector) -> None:
    """ "3000.98.76541" after "Hvilke medlemskap …": the customer number the question made of
    it loses to the account its checksum shows."""
    out = talk_spans(
        detector,
        [
            ("agent", "Hvilke medlemskap skal slås sammen?"),
            ("customer", "Berit Haugen - 418-2093, 3000.98.76541\nArne Haugen - 7720154"),
        ],
    )
    assert _typed(out[1], "BANK_ACCOUNT") == ["3000.98.76541"], out[1]
    assert _typed(out[1], "CUSTOMER_NUMBER") == ["418-2093", "7720154"], out[1]


def test_passports_of_one_shape_stay_passports(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Hvem reiser med? Jeg trenger passnummeret til alle."),
            ("customer", "Arne Lunde, 04.05.1970, FH1234567 / Berit Lunde, 12.12.1972, FK7654321"),
        ],
    )
    assert _typed(out[1], "PASSPORT") == ["FH1234567", "FK7654321"], out[1]
    assert not _typed(out[1], "CUSTOMER_NUMBER"), out[1]


def test_order_numbers_by_names_are_no_member_numbers(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Can I have everyone's details?"),
            ("customer", "Emma Hale - order 5512309, Jack Hale - order 220-4410"),
        ],
    )
    assert not _typed(out[1], "CUSTOMER_NUMBER"), out[1]


def test_one_person_is_no_column(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Can I have everyone's details?"),
            ("customer", "just me: Emma Hale, 4 May 1980, P882914"),
        ],
    )
    assert not _typed(out[1], "CUSTOMER_NUMBER"), out[1]


def test_numbers_that_can_each_be_a_passport_stay_as_found(detector: Detector) -> None:
    """A column of eight to ten letters and digits each ("ct737534", "446213852"): they can
    be passports, the question's guess stands."""
    out = talk_spans(
        detector,
        [
            ("agent", "Passport details for everyone travelling please"),
            ("customer", "Mia Holt 4 Oct 1960 446213852 and Ben Holt, 5/6/1949, ct737534"),
        ],
    )
    assert not _typed(out[1], "CUSTOMER_NUMBER"), out[1]


def test_a_ticket_in_groups_beside_is_no_member_number(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Can I have everyone's details?"),
            (
                "customer",
                "Mia Holt, 4 Oct 1960, 324 1428457810 / Ben Holt, 5/6/1949, 324 1428457811",
            ),
        ],
    )
    assert not _typed(out[1], "CUSTOMER_NUMBER"), out[1]


@pytest.mark.parametrize(
    ("asked", "answer", "phone"),
    [
        ("Kun je de gegevens van alle deelnemers sturen?",
         "Femke Bos 1.11.1962, 06 48750379 / Daan Bos - 23-07-2003, 06-23565129", "06 48750379"),
    ],
)  # fmt: skip
def test_a_phone_the_question_read_as_a_passport_in_a_list_of_phones(
    detector: Detector, asked: str, answer: str, phone: str
) -> None:
    """ "06 48750379" has a Russian passport's shape; in a list of phone numbers, with its
    trunk prefix first, it is a phone number."""
    out = talk_spans(detector, [("agent", asked), ("customer", answer)])
    assert phone in _typed(out[1], "PHONE_NUMBER"), out[1]
    assert not _typed(out[1], "PASSPORT"), out[1]


def test_a_name_after_a_slash_and_also_before_a_birth_date(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Can you send me the details of everyone coming?"),
            (
                "customer",
                "mia holt, 24/12/1953, 07590 932177 / also ben ashdown 16 Aug 1985, 07969 955411",
            ),
        ],
    )
    assert "ben ashdown" in _typed(out[1], "PERSON"), out[1]


def test_a_sentence_with_a_slash_is_no_name(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "When were you born?"),
            ("customer", "it's on the form / also the letter 16 Aug 1985"),
        ],
    )
    assert not _typed(out[1], "PERSON"), out[1]


def test_an_item_with_fields_missing_starts_with_its_name(detector: Detector) -> None:
    """An item with fewer fields ("Eilif Sandnes - 527-4557" among records of a name, a
    number and an account): its first is still the person's name."""
    out = talk_spans(
        detector,
        [
            ("agent", "Hvilke medlemskap skal slås sammen?"),
            ("customer", "Kari Lunde - 612-4470, 1503.12.34562\nBerit Lunde - 7720154, "
             "3000.98.76541\nEilif Sandnes - 527-4557\nOla Lunde - 4470612"),
        ],
    )  # fmt: skip
    names = _typed(out[1], "PERSON")
    assert "Eilif Sandnes" in names, out[1]
