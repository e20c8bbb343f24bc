"""The detector, through the whole conversation (round 32, issue 13): the business's own
details and references, in English, Dutch, Norwegian and Russian.

- An account to pay into, the amount between the word for paying and where to ("please
  transfer £598.95 to ...", ``payment_between``), and the reference the transfer is to
  carry ("with reference ...", "o.v.v. ...", "merk med ...", "назначение ...").
- An address in brackets after a word for one of the business's places ("our Kendal branch
  (...)", ``business_branch``), and a name right after such a word ("филиал Владимир").
- The contact block after a word for questions ("questions: <phone> or <email>").
- An organisation's INN (ten digits) in an agent's message (``business_ids``).
- The business's name right before its registration's word ("AuPair Bridge, company no.",
  ``business_registration``) and after its desk ("van de klantenservice van ...").
- The code of what the business offers given with a number of pieces ("PC-356, 2x",
  ``quantity_units``), and a discount code asked for by its word alone.

Fail closed: an account, an address, an e-mail address or a number the customer gave and
the agent reads back stays found, as does anything the customer types, a person's INN of
twelve digits, a sole trader's name and a booking code given with a number after it.
Businesses, people and numbers here are made up (checksums valid).
"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import GREETING, talk_spans, values_of


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _all(out: list[list[tuple[str, str]]], k: int) -> list[str]:
    return [v for _, v in out[k]]


#: accounts with valid check digits
IBAN = {
    "en": "GB29 NWBK 6016 1331 9268 19",
    "nl": "NL20 INGB 0001 2345 67",
    "nb": "NO93 8601 1117 947",
    "ru": "40702810500000012345",
}

PAY = [
    ("en", "please transfer £598.95 to {a} with reference R31547", "R31547"),
    ("nl", "graag € 153,00 overmaken naar {a} o.v.v. F960634", "F960634"),
    ("nb", "vennligst overfør 966,00 kr til {a}, merk med R910145", "R910145"),
    ("ru", "переведите, пожалуйста, 9 677 ₽ на счёт {a}, назначение INV-573405", "INV-573405"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "said", "ref"), PAY)
def test_the_account_to_pay_into_with_the_amount_between(
    detector: Detector, lang: str, said: str, ref: str
) -> None:
    said = said.format(a=IBAN[lang])
    out = talk_spans(detector, [("agent", GREETING[lang]), ("customer", "ok"), ("agent", said)])
    found = _all(out, 2)
    assert IBAN[lang] not in found and ref not in found, out


@pytest.mark.parametrize(("lang", "said", "ref"), PAY)
def test_the_customers_account_read_back_stays_found(
    detector: Detector, lang: str, said: str, ref: str
) -> None:
    said = said.format(a=IBAN[lang])
    out = talk_spans(
        detector,
        [("agent", GREETING[lang]), ("customer", IBAN[lang]), ("agent", said)],
    )
    assert IBAN[lang] in _all(out, 1), out
    assert IBAN[lang] in _all(out, 2), out


BRANCH = [
    ("en", "at our Kendal branch (Unit 4, Tanner Yard, Kendal LA9 4QP). see you", "Tanner Yard"),
    ("nl", "om 9:00 in vestiging Assen (Ambachtsweg 19, 9401 RK Assen). tot dan", "Ambachtsweg 19"),
    ("nb", "kl 9:00 på avdeling Molde (Industriveien 8, 2815 Gjøvik). vel møtt", "Industriveien 8"),
    ("ru", "в 9:00, филиал Рязань (г. Владимир, ул. Мастеровая, д. 3). ждём вас", "Мастеровая"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "said", "street"), BRANCH)
def test_the_address_of_the_businesss_branch_in_brackets(
    detector: Detector, lang: str, said: str, street: str
) -> None:
    out = talk_spans(detector, [("agent", GREETING[lang]), ("customer", "ok"), ("agent", said)])
    assert not any(street in v for v in _all(out, 2)), out


HOME = [
    ("en", "we'll deliver to your home (14 Mill Lane, Kendal LA9 4QP) tomorrow", "Mill Lane"),
    ("nl", "we bezorgen morgen bij u thuis (Kerkstraat 12, 9401 RK Assen)", "Kerkstraat"),
    ("nb", "vi leverer hjem til deg (Storgata 12, 2815 Gjøvik) i morgen", "Storgata"),
    ("ru", "доставим вам домой (г. Владимир, ул. Садовая, д. 5) завтра", "Садовая"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "said", "street"), HOME)
def test_the_customers_address_in_brackets_stays_found(
    detector: Detector, lang: str, said: str, street: str
) -> None:
    out = talk_spans(detector, [("agent", GREETING[lang]), ("customer", "ok"), ("agent", said)])
    assert any(street in v for v in _all(out, 2)), out


#: (the customer's "Unit 4, Tanner Yard, ..." is found as a name, no address: a street and
#: house number here)
READ_BACK = [
    ("en", "at our Kendal branch (14 Mill Lane, Kendal LA9 4QP). see you", "Mill Lane"),
    *BRANCH[1:],
]  # fmt: skip


@pytest.mark.parametrize(("lang", "said", "street"), READ_BACK)
def test_an_address_the_customer_gave_read_back_as_a_branch_stays_found(
    detector: Detector, lang: str, said: str, street: str
) -> None:
    start = said.index("(") + 1
    given = said[start : said.index(")")]
    out = talk_spans(detector, [("agent", GREETING[lang]), ("customer", given), ("agent", said)])
    assert any(street in v for v in _all(out, 1)), out
    assert any(street in v for v in _all(out, 2)), out


def test_a_branch_named_after_its_word_is_no_person(detector: Detector) -> None:
    said = "записали на 11.09 в 16:45, филиал Владимир (г. Владимир, ул. Мастеровая, д. 3)"
    out = talk_spans(detector, [("agent", GREETING["ru"]), ("customer", "ок"), ("agent", said)])
    assert values_of(out, 2, "PERSON") == [], out


def test_the_agents_name_after_a_place_and_a_comma_stays_found(detector: Detector) -> None:
    out = talk_spans(detector, [("agent", "Hei og velkommen til Tannklinikken, Ragnhild her.")])
    assert values_of(out, 0, "PERSON") == ["Ragnhild"], out


CONTACT = [
    ("en", "questions: +44 161 230 6049 or {e}", "crumb@crumbcrust.co.uk"),
    ("nl", "vragen: 030 331 4858 of {e}", "schoenmakerij@hak-schoen.nl"),
    ("nb", "spørsmål: 51 35 62 24 eller {e}", "brilleverkstedet@klarsyn.no"),
    ("ru", "вопросы: 8 (495) 169-04-63 или {e}", "pekarnya@kolosok.ru"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "said", "email"), CONTACT)
def test_the_contact_block_after_a_word_for_questions(
    detector: Detector, lang: str, said: str, email: str
) -> None:
    said = said.format(e=email)
    out = talk_spans(detector, [("agent", GREETING[lang]), ("customer", "ok"), ("agent", said)])
    assert _all(out, 2) == [], out


@pytest.mark.parametrize(("lang", "said", "email"), CONTACT)
def test_the_customers_address_read_back_after_questions_stays_found(
    detector: Detector, lang: str, said: str, email: str
) -> None:
    said = said.format(e=email)
    out = talk_spans(detector, [("agent", GREETING[lang]), ("customer", email), ("agent", said)])
    assert email in values_of(out, 1, "EMAIL_ADDRESS"), out
    assert email in values_of(out, 2, "EMAIL_ADDRESS"), out


def test_an_organisations_inn_in_the_agents_message_is_no_finding(detector: Detector) -> None:
    said = "реквизиты: Пекарня Колосок, ИНН 1324370010"
    out = talk_spans(detector, [("agent", GREETING["ru"]), ("customer", "ок"), ("agent", said)])
    assert _all(out, 2) == [], out


def test_a_persons_inn_and_the_customers_own_stay_found(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Какой у вас ИНН?"),
            ("customer", "ИНН 5850875905"),
            ("agent", "Проверяю ИНН 5850875905, и ваш личный ИНН 151081270619?"),
        ],
    )
    assert "5850875905" in values_of(out, 1, "NATIONAL_ID"), out
    assert "5850875905" in values_of(out, 2, "NATIONAL_ID"), out
    assert "151081270619" in values_of(out, 2, "NATIONAL_ID"), out


REGISTERED = [
    ("en", "for your records: AuPair Bridge, company no. 52607855"),
    ("nl", "ter info: Horlogerie Tikkend, KvK 04806315"),
    ("nb", "til info: Instrumentutleie Tone, org.nr. 822 391 362"),
    ("ru", "реквизиты: Школа плавания Дельфинчик, ИНН 8280734373"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "said"), REGISTERED)
def test_the_businesss_name_before_its_registration_is_no_person(
    detector: Detector, lang: str, said: str
) -> None:
    out = talk_spans(detector, [("agent", GREETING[lang]), ("customer", "ok"), ("agent", said)])
    assert values_of(out, 2, "PERSON") == [], out


SOLE_TRADER = [
    ("en", "for your records: Anna Whitlock, company no. 52607855", "Anna Whitlock"),
    ("nl", "ter info: Femke Visser, KvK 04806315", "Femke Visser"),
    ("nb", "til info: Ingrid Haugen, org.nr. 822 391 362", "Ingrid Haugen"),
    ("ru", "реквизиты: Ольга Сергеева, ИНН 8280734373", "Ольга Сергеева"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "said", "name"), SOLE_TRADER)
def test_a_sole_traders_name_before_the_registration_stays_found(
    detector: Detector, lang: str, said: str, name: str
) -> None:
    out = talk_spans(detector, [("agent", GREETING[lang]), ("customer", "ok"), ("agent", said)])
    assert name in values_of(out, 2, "PERSON"), out


DESK = [
    ("nl", "Hoi, met Liesbeth van de klantenservice van PC Dokter Noord.", "Liesbeth"),
    ("nb", "God dag, dette er Synnøve i kundeservice hos Instrumentutleie Tone.", "Synnøve"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "said", "agent"), DESK)
def test_the_business_after_its_desk_in_the_greeting(
    detector: Detector, lang: str, said: str, agent: str
) -> None:
    out = talk_spans(detector, [("agent", said), ("customer", "hei")])
    assert values_of(out, 0, "PERSON") == [agent], out


CODES = [
    ("en", "ok, which item, the product code?", "PC-356, 2x"),
    ("en", "ok, which binding, the option code?", "CA-856 - 1"),
    ("nl", "welke cursus, de cursuscode?", "volgens mij KL-118 (3 st)"),
    ("nb", "hvilken plate, katalognummeret?", "tror det er SK-431 (2x)"),
    ("ru", "какой переплёт, код варианта?", "вроде TP-646 (3 шт)"),
    ("ru", "хорошо, какой товар, есть артикул?", "FR-197, 2x"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "asked", "said"), CODES)
def test_a_code_of_what_the_business_offers_with_a_number_of_pieces(
    detector: Detector, lang: str, asked: str, said: str
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", said)])
    assert out[1] == [], out


BOOKED = [
    ("en", "what's your booking reference?", "QK7T2M, 2x"),
    ("nl", "wat is je boekingscode?", "QK7T2M (3 st)"),
    ("nb", "hva er bestillingsreferansen din?", "QK7T2M - 2 stk"),
    ("ru", "какой у вас код бронирования?", "QK7T2M, 3 шт"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "asked", "said"), BOOKED)
def test_a_booking_code_with_a_number_after_it_stays_found(
    detector: Detector, lang: str, asked: str, said: str
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", said)])
    assert any("QK7T2M" in v for v in _all(out, 1)), out


def test_an_order_number_with_dashes_is_no_quantity(detector: Detector) -> None:
    """'3257-7696-77' after a question for an order number: its '-77' is no number of
    pieces, the whole of it the bare answer (unreported)."""
    out = talk_spans(
        detector, [("agent", "And the order number?"), ("customer", "it's 3257-7696-77")]
    )
    assert out[1] == [], out


DISCOUNT = [
    ("en", "do you have a promo code?", "SPRING15"),
    ("nl", "heb je een kortingscode?", "SPRING16"),
    ("nb", "har du en rabattkode?", "WINTER18"),
    ("ru", "есть промокод?", "VIP19"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "asked", "said"), DISCOUNT)
def test_a_discount_code_asked_for_by_its_word(
    detector: Detector, lang: str, asked: str, said: str
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", said)])
    assert out[1] == [], out


OWN_NUMBER = [
    ("en", "do you have a promo code?", "no, my customer number is 48392011"),
    ("nl", "heb je een kortingscode?", "nee, mijn klantnummer is 48392011"),
    ("nb", "har du en rabattkode?", "nei, kundenummeret mitt er 48392011"),
    ("ru", "есть промокод?", "нет, мой номер клиента 48392011"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "asked", "said"), OWN_NUMBER)
def test_the_customers_own_number_after_a_discount_question_stays_found(
    detector: Detector, lang: str, asked: str, said: str
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", said)])
    assert "48392011" in _all(out, 1), out
