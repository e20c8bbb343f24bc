"""Round 20's negatives in questions and answers: the bare answer to a question for the
invoice, the app's version or the branch the customer went to is no personal data; the
business's return address stays no location where "you" is the subject of its words
("Retouren stuurt u naar ..."); a voucher the agent gives ("Use code ...", "Bruk koden ...")
is no booking code. What the customer gives as their own stays found. (Synthetic values.)"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans

#: the customer's number asked for first: a bare number after it was taken for another
_BEFORE = {
    "en": ("What's your customer number?", "customer number 408-772-060"),
    "nl": ("Wat is uw klantnummer?", "klantnummer 408-772-060"),
    "nb": ("Hva er kundenummeret ditt?", "Kundenummer 408-772-060"),
    "ru": ("Назовите номер клиента, пожалуйста.", "номер клиента 408-772-060"),
}


@pytest.mark.parametrize(
    ("lang", "question", "answer"),
    [
        ("en", "Which invoice is it about?", "7152220318"),
        ("nl", "Om welke factuur gaat het?", "1737196667"),
        ("nb", "Hvilken faktura gjelder det?", "92255841"),
        ("ru", "Какой номер счёта-фактуры?", "3313982585"),
        ("en", "which app version are you on? should be 2.16.9 or newer", "2.16.7"),
        ("nl", "Welke versie van de app? Het moet 9.26.0 of nieuwer zijn.", "9.26.2"),
        ("nb", "Hvilken versjon av appen? Den bør være 9.26.9 eller nyere.", "9.26.2"),
        ("ru", "Какая версия приложения? Нужна 9.1.9 или новее.", "9.1.2"),
        ("en", "Which branch did you visit?", "TR1 2PQ Truro"),
        ("nl", "Bij welke vestiging was u?", "1621 CW Hoorn"),
        ("nb", "Hvilken avdeling var du på?", "8006 Bodø"),
        ("ru", "В каком отделении вы были?", "248000 Калуга"),
    ],
)
def test_answers_to_questions_for_the_business_own_things(
    detector: Detector, lang: str, question: str, answer: str
) -> None:
    asked, given = _BEFORE[lang]
    out = talk_spans(
        detector,
        [("agent", asked), ("customer", given), ("agent", question), ("customer", answer)],
    )
    assert "CUSTOMER_NUMBER" in {t for t, _ in out[1]}
    assert out[3] == []


@pytest.mark.parametrize(
    ("question", "answer", "kind"),
    [
        ("Which branch did you visit?", "my email is orla.quin@example.com", "EMAIL_ADDRESS"),
        ("Om welke factuur gaat het?", "bel me op 06 31059805", "PHONE_NUMBER"),
    ],
)
def test_the_customer_own_values_stay_found(
    detector: Detector, question: str, answer: str, kind: str
) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", answer)])
    assert kind in {t for t, _ in out[1]}


@pytest.mark.parametrize(
    "text",
    [
        "Retouren stuurt u naar Industrieweg 18, 3846 BD Harderwijk.",
        "Returer sender du til Verkstedveien 3, 1537 Moss.",
        "You can send returns to Unit 4, Riverside Park, Bicester OX26 4UR.",
    ],
)
def test_a_return_address_with_you_as_subject(detector: Detector, text: str) -> None:
    assert talk_spans(detector, [("agent", text)]) == [[]]


@pytest.mark.parametrize(
    "text",
    [
        # "u" after the business words: the customer's address, read back
        "We sturen het naar u op Industrieweg 18, 3846 BD Harderwijk.",
        "Klopt het dat u woont op Industrieweg 18, 3846 BD Harderwijk?",
    ],
)
def test_the_customer_address_read_back_stays(detector: Detector, text: str) -> None:
    assert "LOCATION" in {t for t, _ in talk_spans(detector, [("agent", text)])[0]}


@pytest.mark.parametrize(
    "text",
    [
        "Use code VAAR24 next time for 10% off.",
        "Gebruik de code VAAR24 voor 10% korting.",
        "Bruk koden VAAR24 for 10 % rabatt.",
        "Используйте код VAAR24 для скидки 10 %.",
    ],
)
def test_a_voucher_the_agent_gives(detector: Detector, text: str) -> None:
    assert talk_spans(detector, [("agent", text)]) == [[]]


def test_a_booking_code_stays_found(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [("agent", "Wat is uw boekingscode?"), ("customer", "VAAR24")],
    )
    assert ("BOOKING_REFERENCE", "VAAR24") in out[1]


@pytest.mark.parametrize(
    "text",
    ["gjesteparkeringen vises ikke", "gjesteparkeringen virker ikke i appen"],
)
def test_a_compound_of_guest_asks_for_no_name(detector: Detector, text: str) -> None:
    """'gjest' a whole word: "gjesteparkeringen" (guest parking) names no guest."""
    out = talk_spans(detector, [("customer", text)])
    assert "PERSON" not in {t for t, _ in out[0]}


def test_a_word_that_holds_branch_asks_for_it_still(detector: Detector) -> None:
    """'welke =vestiging' a whole word: "Welke bevestigingscode ..." asks for a booking code."""
    out = talk_spans(
        detector,
        [("agent", "Welke bevestigingscode heeft het hotel u gegeven?"), ("customer", "Y6X2D9")],
    )
    assert out[1] == [("BOOKING_REFERENCE", "Y6X2D9")]
