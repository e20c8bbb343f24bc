"""Round 32 (rows): a customer's list of people, one row a person, in all four languages.

- A date in a row that starts with a nought ("07.11.1977") is no phone's trunk prefix: the
  row's number after it is read on ("35.164.522").
- A row's number with a check part ("827675/22") is the row's value whole, over a
  recognizer's guess of a part of it.
- A Russian name in the order surname, first name, patronymic, in lower case ("ершова вера
  викторовна"), is a name at a name's place.
- The customer's accounts with the business ("у вас несколько аккаунтов? какие?", "har du
  flere kontoer hos oss?") ask for the numbers a business files them under.
- Hard negatives: a phone number in pairs, a bank account's question, a travel date.
- rows.py decides by Provenance flags (CHECKSUM, CONTEXT, CARRIED), not by the words of an
  explanation.

Every person and number here is synthetic."""

from __future__ import annotations

import pytest

from privacyguard.detect.conversation.answers import phone_layout
from privacyguard.detect.conversation.rows import _guess
from privacyguard.detect.conversation.state import Found
from privacyguard.detect.engine import Detector
from privacyguard.models import Finding, Provenance

from .conversation_support import answer_spans, talk


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


#: a question for each person's name, birth date and member number, and a list of two rows
#: whose birth dates start with a nought and whose numbers are in dotted groups
DATED_ROWS = {
    "en": (
        "please list each person with their dates of birth and member numbers?",
        "Amy Holt: 03.04.1979 41.186.453; Tom Holt: 07.11.1977 35.164.527",
    ),
    "nl": (
        "graag per persoon naam en geboortedata en lidnummers?",
        "Sanne Visser: 03.04.1979 41.186.453; Joost Visser: 07.11.1977 35.164.527",
    ),
    "nb": (
        "list opp hver person med fødselsdatoer og medlemsnumre?",
        "Kari Lunde: 03.04.1979 41.186.453; Ole Lunde: 07.11.1977 35.164.527",
    ),
    "ru": (
        "имена и даты рождения и номера карт всех, пожалуйста?",
        "Ирина Волкова: 03.04.1979 41.186.453; Павел Волков: 07.11.1977 35.164.527",
    ),
}


@pytest.mark.parametrize("lang", sorted(DATED_ROWS))
def test_a_date_with_a_leading_nought_does_not_end_the_row(detector: Detector, lang: str) -> None:
    question, answer = DATED_ROWS[lang]
    found = answer_spans(detector, question, answer)
    assert ("DATE_OF_BIRTH", "03.04.1979") in found
    assert ("DATE_OF_BIRTH", "07.11.1977") in found
    assert ("CUSTOMER_NUMBER", "41.186.453") in found
    assert ("CUSTOMER_NUMBER", "35.164.527") in found


CHECK_PART_ROWS = {
    "en": "please list each person with their dates of birth and member numbers?",
    "nl": "graag per persoon naam en geboortedata en lidnummers?",
    "nb": "list opp hver person med fødselsdatoer og medlemsnumre?",
    "ru": "пришлите имена и даты рождения и номера карт всех участников?",
}


@pytest.mark.parametrize("lang", sorted(CHECK_PART_ROWS))
def test_a_rows_number_with_a_check_part_is_whole(detector: Detector, lang: str) -> None:
    names = {
        "en": ("Amy Holt", "Tom Holt"),
        "nl": ("Sanne Visser", "Joost Visser"),
        "nb": ("Kari Lunde", "Ole Lunde"),
        "ru": ("Ирина Волкова", "Павел Волков"),
    }[lang]
    answer = f"{names[0]}: 16/07/1957 476721/78; {names[1]}: 23/06/1987 381904/25"
    found = answer_spans(detector, CHECK_PART_ROWS[lang], answer)
    assert ("CUSTOMER_NUMBER", "476721/78") in found
    assert ("CUSTOMER_NUMBER", "381904/25") in found
    assert not any(v in ("476721", "381904") for _, v in found)


#: names with e-mail addresses, the middle one after a word for a relative, in lower case
NAMED_ROWS = {
    "en": (
        "please list everyone, with their e-mail?",
        "Valerie Marsh, v.marsh@example.com, husband imogen fairweather, "
        "imo.f@example.org and Alice Grant, alice.g@example.net",
        "imogen fairweather",
    ),
    "nl": (
        "graag iedereen met e-mailadres?",
        "Sanne Visser, s.visser@example.com, mijn man joost bakker, "
        "joost.dv@example.org en Eva Bakker, eva.b@example.net",
        "joost bakker",
    ),
    "nb": (
        "kan du liste opp alle, med e-post?",
        "Kari Lunde, kari.l@example.com, mannen min ole nordmann, "
        "ole.n@example.org og Ingrid Dahl, ingrid.d@example.net",
        "ole nordmann",
    ),
    "ru": (
        "перечислите всех, пожалуйста, с почты?",
        "Савельева Валентина, valya.s@example.com, муж ершова вера викторовна, "
        "vera.e@example.org и Савельева Алёна Игоревна, alena.s@example.net",
        "ершова вера викторовна",
    ),
}


@pytest.mark.parametrize("lang", sorted(NAMED_ROWS))
def test_a_lower_case_name_after_a_relative_in_a_list(detector: Detector, lang: str) -> None:
    question, answer, name = NAMED_ROWS[lang]
    assert ("PERSON", name) in answer_spans(detector, question, answer)


ACCOUNTS = {
    "en": ("do you have more than one account with us? which ones?", "here\n{} and {} and {}"),
    "nl": ("heb je meer accounts bij ons? welke?", "hier\n{} en {} en {}"),
    "nb": ("har du flere kontoer hos oss? hvilke?", "her\n{} og {} og {}"),
    "ru": ("у вас несколько аккаунтов? какие?", "вот\n{} и {} и {}"),
}


@pytest.mark.parametrize("lang", sorted(ACCOUNTS))
def test_the_customers_accounts_with_the_business(detector: Detector, lang: str) -> None:
    question, shape = ACCOUNTS[lang]
    numbers = ("485-870-702", "KL2806560", "N-79431")
    found = answer_spans(detector, question, shape.format(*numbers))
    for number in numbers:
        assert ("CUSTOMER_NUMBER", number) in found


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("hvilket kontonummer skal refusjonen til?", "1503 22 41873"),
        ("на какой счёт вернуть деньги?", "40817810099910004312"),
    ],
)
def test_a_bank_accounts_question_stays_a_bank_accounts(
    detector: Detector, question: str, answer: str
) -> None:
    found = answer_spans(detector, question, answer)
    assert not any(t == "CUSTOMER_NUMBER" for t, _ in found)


#: hard negatives in rows: a phone number in pairs ends the row's numbers for the phone
#: recognizers, a travel date is no person's number
@pytest.mark.parametrize(
    ("lang", "question", "answer", "not_a_number"),
    [
        ("nb", "kan du gi meg navn og telefonnumre på alle?",
         "Kari Lunde 99 94 17 90; Ole Lunde 412345; Per Lunde 99 94 17 91", "99 94 17 90"),
        ("en", "please list each person with their member numbers?",
         "Amy Holt 2027-08-22 418645; Tom Holt 2027-08-22 381904", "2027-08-22"),
        ("nl", "graag per persoon naam en lidnummers?",
         "Sanne Visser 2027-08-22 418645; Joost Visser 2027-08-22 381904", "2027-08-22"),
        ("ru", "пришлите имена и номера карт всех участников?",
         "Ирина Волкова 2027-08-22 418645; Павел Волков 2027-08-22 381904", "2027-08-22"),
    ],
)  # fmt: skip
def test_a_phone_or_a_travel_date_is_no_rows_number(
    detector: Detector, lang: str, question: str, answer: str, not_a_number: str
) -> None:
    found = answer_spans(detector, question, answer)
    assert ("CUSTOMER_NUMBER", not_a_number) not in found


def test_phone_layout_is_libphonenumbers_national_grouping() -> None:
    assert phone_layout("99 94 17 90", "nb")  # a Norwegian number in pairs
    assert phone_layout("99 94 17 90", "ru")  # in any language's message
    assert not phone_layout("9077 5496", "ru")  # a customer number's grouping
    assert not phone_layout("490 295 789", "en")
    assert not phone_layout("12 34 56 78", "nb")  # no valid number


def _finding(etype: str, provenance: Provenance, recognizer: str = "customer_number") -> Finding:
    return Finding("m", etype, 0, 9, 0.8, recognizer, "(words code never reads)", "en", "text",
                   provenance)  # fmt: skip


def test_guess_reads_provenance_flags_not_the_explanation() -> None:
    text = "381904252"
    # a number's type by context alone, in this message or an earlier one: a guess
    assert _guess(text, _finding("CUSTOMER_NUMBER", Provenance.CONTEXT), False)
    assert _guess(text, _finding("CUSTOMER_NUMBER", Provenance.CARRIED), False)
    # made by the conversation: a guess; unless a checksum passed
    assert _guess(text, _finding("NATIONAL_ID", Provenance.NONE, "conversation"), True)
    assert not _guess(
        text, _finding("NATIONAL_ID", Provenance.CHECKSUM | Provenance.CONTEXT), False
    )
    # neither: it stands
    assert not _guess(text, _finding("PASSPORT", Provenance.NONE), False)
    # another type, a name without a digit: no guess
    assert not _guess(text, _finding("PHONE_NUMBER", Provenance.CONTEXT), False)
    found = Found(0, 9, "PERSON", 0.6, "conversation: a name")
    assert not _guess("Amy Holts", found, True)
    assert _guess("Amy Holt4", found, True)


def test_recognizers_set_the_checksum_and_context_flags(detector: Detector) -> None:
    out = talk(detector, [("customer", "mijn BSN is 111222333 en klantnummer 4817263")])
    flags = {f.entity_type: f.provenance for f in out[0].findings}
    assert Provenance.CHECKSUM in flags["NATIONAL_ID"]
    assert Provenance.CONTEXT in flags["CUSTOMER_NUMBER"]
    assert Provenance.CHECKSUM not in flags["CUSTOMER_NUMBER"]
