"""Round 26, hard negatives: the business's own account given with a price or a fee ("£566 a
night, paid to 12-34-56 12345678", "De huur gaat naar NL..", "kr 1790,- per døgn til konto
...", "Взносы перечисляйте на счёт товарищества ..."), its phone for emergencies ("Bij spoed
belt u 030 ..."), a bicycle's frame number and the reference of the business's own letter are
no customer's data; money paid back into an account, and the customer's own numbers, stay
found."""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans

_ACCOUNTS = ("BANK_ACCOUNT", "IBAN_CODE")


def _of(found: list[tuple[str, str]], *kinds: str) -> list[str]:
    return [text for etype, text in found if etype in kinds]


@pytest.mark.parametrize(
    "text",
    [
        "Berth D-18 is free from 15 July; £566 a night, paid to 20-00-00 55779911.",
        "Rent goes to the society account 20-00-00 55779911. The committee meets on Monday.",
        "De huur gaat naar NL91 ABNA 0417 1643 00 van de vereniging.",
        "Plass E-45 er ledig fra 28.6; kr 1790,- per døgn til konto 8601 11 17947.",
        "Взносы перечисляйте на счёт товарищества 40702810900000000001. Собрание в пятницу.",
    ],
)
def test_the_business_account_for_a_fee_is_no_customers(detector: Detector, text: str) -> None:
    out = talk_spans(detector, [("customer", "how do I pay?"), ("agent", text)])
    assert not _of(out[1], *_ACCOUNTS), out[1]


@pytest.mark.parametrize(
    "text",
    [
        "The refund was paid to 20-00-00 55779911 this morning.",
        "De terugbetaling gaat naar NL91 ABNA 0417 1643 00.",
        "Refusjonen går til konto 8601 11 17947 i morgen.",
    ],
)
def test_money_paid_back_into_an_account_stays_found(detector: Detector, text: str) -> None:
    out = talk_spans(detector, [("customer", "where is my money?"), ("agent", text)])
    assert _of(out[1], *_ACCOUNTS), out[1]


def test_the_business_phone_for_emergencies_is_no_customers(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [("customer", "kan ik verzetten?"), ("agent", "Bij spoed belt u 030 544 5681.")],
    )
    assert not _of(out[1], "PHONE_NUMBER"), out[1]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("What's the frame number?", "BK8226433."),
        ("Wat is het framenummer?", "WAW2348478"),
        ("Hva er rammenummeret?", "SN8068102."),
        ("Номер рамы?", "WAW2681523"),
        ("What's the reference from our letter?", "uh CAS-304675."),
        ("Hva er referansen i brevet?", "71893085"),
        ("Hva er registreringsnummeret?", "ehm EK 58436."),
        ("Какой номер квитанции?", "СЧ-275660"),
    ],
)
def test_a_frame_number_or_the_letters_reference_is_no_customers(
    detector: Detector, question: str, answer: str
) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", answer)])
    assert not out[1], out[1]


@pytest.mark.parametrize(
    "text",
    [
        "Hi, I dropped my bike off on 21/5, frame number SN9758097, is it ready?",
        "Здравствуйте, я сдала велосипед 25.02, номер рамы BK3780168, он готов?",
        "hei, noe nytt i skadesak 24484239?",
    ],
)
def test_a_frame_or_case_number_the_customer_names_is_no_personal(
    detector: Detector, text: str
) -> None:
    out = talk_spans(detector, [("agent", "Hello, how can I help?"), ("customer", text)])
    assert not out[1], out[1]


@pytest.mark.parametrize(
    ("question", "answer", "kind"),
    [
        ("What's your customer number?", "L-780626", "CUSTOMER_NUMBER"),
        ("Hva er telefonnummeret ditt?", "91456075", "PHONE_NUMBER"),
    ],
)
def test_the_customers_own_numbers_stay_found(
    detector: Detector, question: str, answer: str, kind: str
) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", answer)])
    assert _of(out[1], kind), out[1]


@pytest.mark.parametrize(
    "text",
    [
        "The library (14 Mill Lane, Hexham NE46 3NH) is open until 6pm today.",
        "Het loket (Kerkstraat 12, 3511 AB Utrecht) is open tot 17:00.",
        "Biblioteket (Storgata 5, 0155 Oslo) har åpent til 18.15 i dag.",
        "Абонемент (г. Тверь, ул. Советская, д. 12) работает до 20:30.",
    ],
)
def test_a_place_with_opening_hours_is_the_business(detector: Detector, text: str) -> None:
    out = talk_spans(detector, [("customer", "where do I go?"), ("agent", text)])
    assert not _of(out[1], "LOCATION"), out[1]


def test_the_customers_address_read_back_before_opening_hours_stays_found(
    detector: Detector,
) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Hva er adressen din?"),
            ("customer", "Bekkeveien 26, 3611 Kongsberg"),
            ("agent", "Takk. Bekkeveien 26, 3611 Kongsberg, er det riktig?"),
        ],
    )
    assert _of(out[1], "LOCATION"), out[1]


def test_a_pets_klichka_is_no_persons_name(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Ветклиника, оператор Вероника. Чем помочь?"),
            ("customer", "Здравствуйте, меня зовут Жанна, кличка Жужа, пора на прививку"),
        ],
    )
    names = _of(out[1], "PERSON")
    assert "Жужа" not in names and "Жанна" in names, out[1]
