"""Issue 13, fifth round: the conversation layer generalises to ways of asking that no
conversation set holds. For each asked type and language, phrasings the way agents really
ask (formal and informal, "could you", "may I have", "can you confirm", "what's the ... on
the booking", inflected Russian forms, Norwegian and Dutch compounds, typos), none of them
in dev*/sealed*.jsonl (``test_the_phrasings_are_new`` checks the sets that may be read), each
followed by the customer's bare answer: the answer is reported as the type asked for. The
rules read the types' vocabulary (stems next to a word for "number", compounds, one typo in
a long word), not these sentences.

Every person and number here is synthetic; checksummed numbers are valid (python-stdnum,
schwifty, phonenumbers).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk

#: the customer's bare answer, per asked type and language, and the types that may report it
ANSWERS: dict[str, tuple[frozenset[str], dict[str, str]]] = {
    "BOOKING_REFERENCE": (
        frozenset({"BOOKING_REFERENCE", "TICKET_NUMBER"}),
        {"en": "qk7t2m", "nl": "ZR4P8L", "nb": "hx52nd", "ru": "LM4R2T"},
    ),
    "CUSTOMER_NUMBER": (
        frozenset({"CUSTOMER_NUMBER"}),
        {"en": "40917733", "nl": "749544173", "nb": "30417719", "ru": "5102883614"},
    ),
    "PASSPORT": (
        frozenset({"PASSPORT"}),
        {"en": "PD4581723", "nl": "NW81K2P03", "nb": "FH5444991", "ru": "4509 123456"},
    ),
    "NATIONAL_ID": (
        frozenset({"NATIONAL_ID"}),
        {"en": "111222333", "nl": "111222333", "nb": "15108695088", "ru": "500100732259"},
    ),
    "DATE_OF_BIRTH": (
        frozenset({"DATE_OF_BIRTH"}),
        {"en": "14/03/1987", "nl": "4-11-1969", "nb": "04.11.1969", "ru": "12.03.1985"},
    ),
    "IBAN_CODE": (
        frozenset({"IBAN_CODE", "BANK_ACCOUNT"}),
        {
            "en": "GB29 NWBK 6016 1331 9268 19",
            "nl": "NL20INGB0001234567",
            "nb": "8601 11 17947",
            "ru": "NL20 INGB 0001 2345 67",
        },
    ),
    "PHONE_NUMBER": (
        frozenset({"PHONE_NUMBER"}),
        {"en": "07911 123456", "nl": "06 12345678", "nb": "912 34 567", "ru": "+7 916 123-45-67"},
    ),
    "EMAIL_ADDRESS": (
        frozenset({"EMAIL_ADDRESS"}),
        {
            "en": "esme.radcliffe@virginmedia.com",
            "nl": "jan.smit@ziggo.nl",
            "nb": "ingvild.lie@online.no",
            "ru": "petrov.ivan@yandex.ru",
        },
    ),
    "LOCATION": (
        frozenset({"LOCATION"}),
        {
            "en": "14 cedar court, lancaster la1 1yw",
            "nl": "lindelaan 7, 2611 ab delft",
            "nb": "granittveien 90b, 2317 hamar",
            "ru": "ул. Ленина, д. 5, кв. 12, Казань",
        },
    ),
    "PERSON": (
        frozenset({"PERSON"}),
        {"en": "Emma Clarke", "nl": "Pieter Bakker", "nb": "Ingrid Solberg", "ru": "Иван Петров"},
    ),
}

#: how agents ask, per type and language
PHRASINGS: dict[str, dict[str, list[str]]] = {
    "BOOKING_REFERENCE": {
        "en": [
            "Could you give me the booking ref, please?",
            "May I have your reservation code?",
            "What's the reference on the booking?",
            "What's the PNR on the booking?",
            "Do you have the airline locator handy?",
            "Can you read me the confirmation code from your e-ticket?",
            "What's your bookin reference?",
            "Could you pass me the reservation ID?",
            "Can you confirm the six-letter code from your confirmation email?",
            "Which reservation is it? The code will do.",
        ],
        "nl": [
            "Mag ik de boekingscode van u?",
            "Wat is je reserveringsnummer?",
            "Kunt u het dossiernummer doorgeven?",
            "Heeft u de boekingsreferentie ergens liggen?",
            "Welke code staat er bovenaan je bevestigingsmail?",
            "Kun je de reserveringscode even bevestigen?",
            "Wat is het nummer van uw boeking?",
            "Graag uw boekingsnr.",
            "Wat is de PNR-code?",
            "Wat is het boekingskenmerk?",
        ],
        "nb": [
            "Kan du gi meg bestillingsreferansen?",
            "Hva er referansenummeret på bestillingen?",
            "Har du PNR-koden for hånden?",
            "Hva er bookingnummeret ditt?",
            "Kan du bekrefte bestillingskoden?",
            "Hvilken referanse står på bekreftelsen?",
            "Hva er reservasjonsnummeret?",
            "Har du bookingreferansen?",
            "Oppgi bestillingsnr., takk",
        ],
        "ru": [
            "Будьте добры, номер вашей брони.",
            "Какой номер бронирования у поездки?",
            "Сообщите, пожалуйста, шестизначный код бронирования",
            "Можете продиктовать номер заказа билета?",
            "Уточните, пожалуйста, PNR.",
            "Какой номер у вашей брони?",
            "Продиктуйте код брони, пожалуйста",
            "Напишите номер резервации",
            "Какой код подтверждения бронирования?",
        ],
    },
    "CUSTOMER_NUMBER": {
        "en": [
            "Could I take your customer number?",
            "What's the account number you have with us?",
            "May I have your membership no.?",
            "Can you confirm your client reference?",
            "What's your loyalty card number?",
            "Do you have your customer ID to hand?",
            "What is the number on your member card?",
            "Please share your subscriber number",
            "can u send ur custmer number",
        ],
        "nl": [
            "Zou ik uw klantnummer mogen ontvangen?",
            "Wat is je relatienummer bij ons?",
            "Kunt u uw lidnummer doorgeven?",
            "Heb je je klantnr. bij de hand?",
            "Wat is het nummer van uw klantenkaart?",
            "Welk abonneenummer heeft u?",
            "Graag even uw klantcode",
            "Wat is uw contractnummer?",
            "Kunt u het klantnumer geven?",
        ],
        "nb": [
            "Kan jeg få kundenummeret ditt?",
            "Hva er medlemsnummeret ditt?",
            "Har du kundenr. tilgjengelig?",
            "Hvilket kundenummer har du?",
            "Hva er nummeret på kundekortet?",
            "Kan du oppgi avtalenummeret?",
            "Hva er abonnementsnummeret ditt?",
            "Oppgi kunde-ID, takk",
            "Hva er kundenumeret ditt?",
        ],
        "ru": [
            "Будьте добры, ваш номер клиента",
            "Какой у вас клиентский номер?",
            "Подскажите номер вашего договора",
            "Продиктуйте номер лицевого счёта",
            "Какой номер указан на вашей карте лояльности?",
            "Уточните номер абонента",
            "Скажите ваш номер участника программы",
            "Какой у вас номер клиентской карты?",
        ],
    },
    "PASSPORT": {
        "en": [
            "Could you give me your passport number?",
            "May I have the number of your passport?",
            "What's the document number on your passport?",
            "Can you confirm the passport no. for the lead passenger?",
            "What's your travel document number?",
            "What's the ID number in your passport?",
            "what's ur pasport number",
            "Can you read me the number on the photo page of your passport?",
        ],
        "nl": [
            "Mag ik uw paspoortnummer?",
            "Wat is het nummer van je paspoort?",
            "Kunt u het documentnummer van uw paspoort doorgeven?",
            "Welk nummer staat er in je paspoort?",
            "Graag het nummer van uw reisdocument",
            "Wat is het paspoortnr.?",
            "Heeft u uw paspoort bij de hand? Ik heb het nummer nodig.",
            "Wat is het nummer van uw ID-kaart?",
        ],
        "nb": [
            "Kan jeg få passnummeret ditt?",
            "Hva er nummeret på passet ditt?",
            "Har du passet for hånden? Trenger nummeret.",
            "Oppgi dokumentnummeret i passet, takk",
            "Hva er passnr.?",
            "Kan du sende meg nummeret på reisedokumentet?",
            "Hva står det som passnummer?",
            "Hva er nummeret på ID-kortet ditt?",
        ],
        "ru": [
            "Сообщите серию и номер вашего паспорта",
            "Какой номер вашего загранпаспорта?",
            "Продиктуйте, пожалуйста, данные паспорта",
            "Укажите номер загранника",
            "Подскажите номер документа, удостоверяющего личность",
            "Какие серия и номер у паспорта?",
            "Нужен номер паспорта пассажира, пришлите, пожалуйста",
            "Пришлите, пожалуйста, номер загранпаспорта ребёнка",
        ],
    },
    "NATIONAL_ID": {
        "en": [
            "Could you give me your BSN?",
            "May I have your citizen service number?",
            "What's your social security number?",
            "Can you confirm your national ID number?",
            "What's your personal ID number?",
            "Do you have your BSN to hand?",
            "What's the BSN on your ID card?",
            "what's ur social security no",
        ],
        "nl": [
            "Zou u uw BSN willen doorgeven?",
            "Wat is je burgerservicenummer?",
            "Kunt u uw BSN-nummer doorgeven?",
            "Wat is uw sofinummer?",
            "Graag even je BSN ter controle",
            "Welk BSN staat er op uw pas?",
            "Kunt u het burgerservicenr. bevestigen?",
            "Wat is uw burgerservicenumer?",
        ],
        "nb": [
            "Kan jeg få fødselsnummeret ditt?",
            "Hva er personnummeret ditt?",
            "Oppgi fødselsnummer (11 siffer), takk",
            "Kan du bekrefte personnummeret?",
            "Hva er D-nummeret ditt?",
            "Har du fødselsnr. for hånden?",
            "Trenger de 11 sifrene i fødselsnummeret ditt",
            "Hva er fødselsnumeret ditt?",
        ],
        "ru": [
            "Назовите, пожалуйста, ваш ИНН",
            "Какой ИНН у владельца счёта?",
            "Продиктуйте ИНН физлица",
            "Подскажите ваш идентификационный номер налогоплательщика",
            "Уточните ИНН, пожалуйста",
            "Нужен ваш ИНН, напишите",
            "Какой ИНН указан в документах?",
            "Пришлите номер ИНН",
        ],
    },
    "DATE_OF_BIRTH": {
        "en": [
            "Could you confirm your date of birth?",
            "May I have your DOB please?",
            "What's your birth date?",
            "And when were you born?",
            "Can I just check your birthday for security?",
            "What date of birth is on the account?",
            "what's ur date of brith",
            "For security, what's your D.O.B.?",
        ],
        "nl": [
            "Zou ik uw geboortedatum mogen noteren?",
            "Wat is de geboortedatum van de verzekerde?",
            "En in welk jaar en op welke dag bent u geboren?",
            "Kunt u ter controle uw geboortedatum noemen?",
            "Wat is de geboortedatum van de hoofdreiziger?",
            "Graag uw geb. datum",
            "Op welke datum ben je geboren?",
            "Wat is uw geboortedatm?",
        ],
        "nb": [
            "Kan du bekrefte fødselsdatoen din?",
            "Hva er fødselsdatoen til kontoinnehaveren?",
            "Når ble du født?",
            "Oppgi fødselsdato, takk",
            "Hvilken dag og hvilket år er du født?",
            "Kan jeg få fødselsdagen din for å verifisere?",
            "Hva er fødselsdatoen til den reisende?",
            "Hva er fødseldatoen din?",
        ],
        "ru": [
            "Сообщите, пожалуйста, свою дату рождения",
            "Какая у вас дата рождения?",
            "Когда родился владелец полиса?",
            "Подскажите дату вашего рождения",
            "Уточните дату рождения пассажира",
            "Продиктуйте день рождения для проверки",
            "Какого числа и года вы родились?",
            "Напишите дату рождения",
        ],
    },
    "IBAN_CODE": {
        "en": [
            "Could you give me your IBAN for the refund?",
            "Which bank account should the refund go to?",
            "May I have the account details for the refund?",
            "Can you confirm your bank account number?",
            "What's the IBAN we should pay into?",
            "Please send the bank details for the reimbursement",
            "What account shall we refund to?",
            "whats ur iban",
        ],
        "nl": [
            "Zou u uw IBAN willen sturen?",
            "Op welk rekeningnummer wilt u het geld terug?",
            "Wat is je IBAN-nummer?",
            "Kunt u uw bankrekeningnummer doorgeven?",
            "Naar welke rekening mogen we het bedrag terugstorten?",
            "Graag uw rekeningnummer voor de restitutie",
            "Welk IBAN mogen we gebruiken?",
            "Wat is uw rekeningnumer?",
        ],
        "nb": [
            "Kunne du sendt meg kontonummeret ditt?",
            "Til hvilket kontonummer ønsker du refusjonen?",
            "Oppgi bankkontoen du vil ha pengene tilbake på",
            "Hva er kontonr. ditt?",
            "Kan du bekrefte kontonummeret?",
            "Hvilken bankkonto ønsker du beløpet på?",
            "Send meg kontonummeret for tilbakebetalingen",
            "Hva er kontonumeret ditt?",
        ],
        "ru": [
            "Сообщите номер банковского счёта для возврата средств",
            "На какой счёт вам удобно получить возврат?",
            "Пришлите реквизиты для возврата",
            "Какой у вас IBAN?",
            "Продиктуйте номер банковского счета",
            "Укажите банковские реквизиты, пожалуйста",
            "Куда перевести возврат? Нужен номер счёта",
            "Подскажите IBAN для возврата средств",
        ],
    },
    "PHONE_NUMBER": {
        "en": [
            "Could you give me a number to call you on?",
            "May I have your mobile number?",
            "What's a good number to get hold of you?",
            "Can you confirm your phone number?",
            "Which number can the courier text?",
            "What's your contact number?",
            "Can we ring you back? What number?",
            "whats ur mobile no",
        ],
        "nl": [
            "Mag ik uw telefoonnummer?",
            "Op welk nummer kunnen we je bereiken?",
            "Wat is je 06-nummer voor de monteur?",
            "Kunt u uw mobiele nummer doorgeven?",
            "Waarop kan de bezorger u bellen?",
            "Graag uw telefoonnr. voor de bezorger",
            "Op welk nummer mogen we u terugbellen morgen?",
            "Wat is uw telefoonnumer?",
        ],
        "nb": [
            "Kan jeg få mobilnummeret ditt?",
            "Hvilket nummer kan montøren nå deg på?",
            "Hva er telefonnummeret ditt?",
            "Kan du oppgi et nummer vi kan ringe deg på?",
            "Oppgi tlf.nr., takk",
            "Hvilket mobilnr. skal sjåføren sende SMS til?",
            "Kan du bekrefte telefonnummeret?",
            "Hva er telefonnumeret ditt?",
        ],
        "ru": [
            "Назовите номер телефона для связи",
            "Какой у вас мобильный номер для курьера?",
            "По какому номеру мастеру вам перезвонить?",
            "Подскажите контактный телефон",
            "Оставьте, пожалуйста, номер для связи",
            "Какой номер телефона указать для курьера?",
            "Уточните ваш номер мобильного",
            "Продиктуйте номер, на который отправить СМС",
        ],
    },
    "EMAIL_ADDRESS": {
        "en": [
            "Could you give me your email address?",
            "May I have an e-mail to send the voucher to?",
            "What's the best email for you?",
            "Can you confirm the email on the account?",
            "Where should we email the invoice?",
            "Which email did you book with?",
            "What address should the confirmation email go to?",
            "whats ur emial",
        ],
        "nl": [
            "Mag ik uw e-mailadres?",
            "Op welk mailadres wil je de bevestiging?",
            "Wat is je emailadres?",
            "Kunt u het e-mailadres van de boeking bevestigen?",
            "Naar welk adres mogen we de factuur mailen?",
            "Graag uw e-mail voor de voucher",
            "Welk e-mailadres heeft u gebruikt?",
            "Wat is uw emailadress?",
        ],
        "nb": [
            "Kan jeg få e-postadressen din?",
            "Hvilken e-post skal bekreftelsen sendes til?",
            "Hva er e-posten din?",
            "Kan du bekrefte e-postadressen på bestillingen?",
            "Oppgi e-post, takk",
            "Hvilken mailadresse brukte du?",
            "Hva er epostadressa di?",
            "Hvilken e-post skal kvitteringen gå til?",
        ],
        "ru": [
            "Назовите адрес электронной почты",
            "Какая у вас электронная почта для чеков?",
            "На какой имейл отправить подтверждение?",
            "Подскажите ваш e-mail",
            "Укажите электронную почту, пожалуйста",
            "Продиктуйте мейл для чека",
            "Какой email указан в брони?",
            "Напишите почту, куда прислать ваучер",
        ],
    },
    "LOCATION": {
        "en": [
            "Could you give me the delivery address?",
            "Where shall we send the replacement?",
            "What's the address for the courier?",
            "Can you confirm your home address?",
            "Which address should the card go to?",
            "Where would you like it delivered?",
            "What's the postal address on the account?",
            "whats ur adress",
        ],
        "nl": [
            "Mag ik uw bezorgadres?",
            "Naar welk adres mag de monteur komen?",
            "Wat is je woonadres?",
            "Kunt u het afleveradres bevestigen?",
            "Waar moet het pakket naartoe?",
            "Graag uw postadres",
            "Op welk adres woont u?",
            "Wat is uw adress?",
        ],
        "nb": [
            "Kan jeg få leveringsadressen?",
            "Hvilken adresse skal vi sende til?",
            "Hva er adressa di?",
            "Hvor skal pakken leveres?",
            "Kan du bekrefte postadressen?",
            "Oppgi hjemmeadresse, takk",
            "Hvor holder du til for tiden?",
            "Hva er adresen din?",
        ],
        "ru": [
            "Назовите адрес доставки",
            "Куда отправить замену?",
            "Какой у вас адрес?",
            "Подскажите адрес для курьера",
            "Уточните ваш домашний адрес",
            "Куда курьеру привезти замену?",
            "Продиктуйте почтовый адрес",
            "На какой адрес выслать карту?",
        ],
    },
    "PERSON": {
        "en": [
            "Could I take your full name?",
            "May I have the name on the booking?",
            "What's the lead passenger's name?",
            "Can you confirm the account holder's name?",
            "Who am I chatting with?",
            "And your name is?",
            "Whose name is the reservation under?",
            "What name should go on the ticket?",
        ],
        "nl": [
            "Mag ik uw naam?",
            "Op wiens naam staat de boeking?",
            "Wat is je volledige naam?",
            "Kunt u de naam van de hoofdboeker bevestigen?",
            "Met wie heb ik het genoegen?",
            "Hoe heet u?",
            "Welke naam staat er op het ticket?",
            "Wat is de naam van de houder van de rekening?",
        ],
        "nb": [
            "Kan jeg få navnet ditt?",
            "Hvem står bestillingen på?",
            "Hva er fullt navn?",
            "Kan du bekrefte navnet på kontoinnehaveren?",
            "Hvem har jeg gleden av å snakke med?",
            "Hva heter passasjeren?",
            "Hvilket navn skal stå på billetten?",
            "Hva er navnet ditt?",
        ],
        "ru": [
            "Назовите ваше имя и фамилию",
            "На чьё имя оформлена бронь?",
            "Как вас зовут?",
            "Подскажите ФИО пассажира",
            "Уточните фамилию и имя владельца карты",
            "С кем я говорю?",
            "Как к вам можно обращаться?",
            "Напишите имя и фамилию гостя",
        ],
    },
}

CASES = [
    pytest.param(etype, lang, question, id=f"{etype}-{lang}-{k}")
    for etype, by_lang in PHRASINGS.items()
    for lang, questions in by_lang.items()
    for k, question in enumerate(questions)
]


@pytest.mark.parametrize(("etype", "lang", "question"), CASES)
def test_a_bare_answer_is_the_type_asked_for(
    detector: Detector, etype: str, lang: str, question: str
) -> None:
    types, values = ANSWERS[etype]
    value = values[lang]
    out = talk(detector, [("agent", question), ("customer", value)])
    found = {(f.entity_type, f.start, f.end) for f in out[1].findings}
    assert any(t in types and s == 0 and e == len(value) for t, s, e in found), found


SETS = Path(__file__).resolve().parents[1] / "bench" / "accuracy" / "conversations"
#: the sets that could be read when these phrasings were written (sealed4 was blind then: 2 of
#: the 329, common ones, turned out to be in it when it was retired; sealed5 is blind)
READABLE = ("dev", "dev2", "dev3", "sealed", "sealed2", "sealed3")


def test_the_phrasings_are_new() -> None:
    """No phrasing here (but for its final "?" or ".") is part of an agent's message of a
    conversation set that may be read, in any case: the rules must not be fitted to the
    sets' sentences."""
    asked = [q for by_lang in PHRASINGS.values() for qs in by_lang.values() for q in qs]
    agents: list[str] = []
    for name in READABLE:
        with (SETS / f"{name}.jsonl").open(encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh]
        agents += [r["text"].lower() for r in rows if r.get("role") == "agent"]
    said = "\n".join(agents)
    assert [q for q in asked if q.lower().strip(" ?.!") in said] == []
    assert all(len(qs) >= 8 for by_lang in PHRASINGS.values() for qs in by_lang.values())


# --- booking references: the shapes of a valid answer, and what is no booking code ------

BOOKING_QUESTIONS = {
    "en": "Could you give me the booking reference?",
    "nl": "Wat is je boekingscode?",
    "nb": "Hva er bestillingsreferansen?",
    "ru": "Какой у вас код бронирования?",
}

#: (answer, the value reported, its types)
BOOKING_SHAPES = [
    ("qk7t2m", "qk7t2m", {"BOOKING_REFERENCE"}),
    ("QKZTRM", "QKZTRM", {"BOOKING_REFERENCE"}),
    ("QK7 T2M", "QK7 T2M", {"BOOKING_REFERENCE"}),
    ("QK-7T2M", "QK-7T2M", {"BOOKING_REFERENCE"}),
    ("qk7-t2m", "qk7-t2m", {"BOOKING_REFERENCE"}),
    ("K7T2M", "K7T2M", {"BOOKING_REFERENCE"}),
    ("QK7T2M4X", "QK7T2M4X", {"BOOKING_REFERENCE"}),
    ("Q K 7 T 2 M", "Q K 7 T 2 M", {"BOOKING_REFERENCE"}),
    ("0741234567890", "0741234567890", {"TICKET_NUMBER"}),
    ("074 1234567890", "074 1234567890", {"TICKET_NUMBER"}),
]


@pytest.mark.parametrize("lang", sorted(BOOKING_QUESTIONS))
@pytest.mark.parametrize(("answer", "value", "types"), BOOKING_SHAPES)
def test_a_booking_code_in_any_common_shape_answers_the_question(
    detector: Detector, lang: str, answer: str, value: str, types: set[str]
) -> None:
    out = talk(detector, [("agent", BOOKING_QUESTIONS[lang]), ("customer", answer)])
    assert [(f.entity_type, answer[f.start : f.end]) for f in out[1].findings] == [
        (t, value) for t in types
    ]


@pytest.mark.parametrize("lang", sorted(BOOKING_QUESTIONS))
@pytest.mark.parametrize("answer", ["14C", "14C 15D", "10:45", "2 adults"])
def test_a_seat_or_a_time_is_no_booking_code(detector: Detector, lang: str, answer: str) -> None:
    out = talk(detector, [("agent", BOOKING_QUESTIONS[lang]), ("customer", answer)])
    assert out[1].findings == []


@pytest.mark.parametrize("answer", ["KL1234", "KL 1234"])
def test_a_flight_number_after_a_booking_question_is_a_flight_number(
    detector: Detector, answer: str
) -> None:
    out = talk(detector, [("agent", BOOKING_QUESTIONS["en"]), ("customer", answer)])
    assert {f.entity_type for f in out[1].findings} == {"FLIGHT_NUMBER"}


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("What's the order number?", "QK7 T2M"),
        ("Wat is het bestelnummer?", "K7T2M"),
        ("Hva er ordrenummeret?", "qk7-t2m"),
        ("Какой номер заказа?", "QK7 T2M"),
    ],
)
def test_a_code_answering_an_order_question_is_no_booking_code(
    detector: Detector, question: str, answer: str
) -> None:
    out = talk(detector, [("agent", question), ("customer", answer)])
    assert out[1].findings == []


# --- corrections that name the wrong digits and the right ones --------------------------

CUSTOMER_QUESTIONS = {
    "en": "What's your customer number?",
    "nl": "Wat is je klantnummer?",
    "nb": "Hva er kundenummeret ditt?",
    "ru": "Какой у вас номер клиента?",
}


@pytest.mark.parametrize(
    ("lang", "correction", "digits"),
    [
        ("en", "not 3 but 8", "8"),
        ("en", "sorry, 8 not 3 at the end", "8"),
        ("en", "the last 33 should be 38", "38"),
        ("en", "*4", "4"),
        ("en", "oops last 2 digits are 35", "35"),
        ("nl", "*34 aan het eind", "34"),
        ("ru", "*7 в конце", "7"),
        ("nl", "niet 3 maar 8", "8"),
        ("nl", "oeps, laatste cijfer is een 7", "7"),
        ("nb", "ikke 3 men 8", "8"),
        ("nb", "nei, siste siffer er 7", "7"),
        ("ru", "не 3, а 8", "8"),
        ("ru", "ой, последняя цифра 7", "7"),
    ],
)
def test_a_correction_reports_the_right_digits(
    detector: Detector, lang: str, correction: str, digits: str
) -> None:
    out = talk(
        detector,
        [("agent", CUSTOMER_QUESTIONS[lang]), ("customer", "40917733"), ("customer", correction)],
    )
    assert [(f.entity_type, correction[f.start : f.end]) for f in out[2].findings] == [
        ("CUSTOMER_NUMBER", digits)
    ]


def test_the_agent_moving_on_ends_the_wait_for_a_correction(detector: Detector) -> None:
    """A request for another type (no "?") ends the wait for a correction of the booking
    code: the next pieces are the passport number asked for."""
    out = talk(
        detector,
        [
            ("agent", "Kan jeg få bookingkoden?"),
            ("customer", "7kq2mz"),
            ("agent", "Til passasjerlisten trenger jeg passnummeret til sjåføren"),
            ("customer", "FH267 …"),
            ("customer", "3229 sendte for tidlig"),
        ],
    )
    assert [f.entity_type for f in out[3].findings] == ["PASSPORT"]
    assert [f.entity_type for f in out[4].findings] == ["PASSPORT"]


# --- names with initials and particles ---------------------------------------------------

INITIALS = [
    (
        "Names and dates of birth of all passengers please",
        "N.P. Ainsworth 04/11/1969, K. van den Berg 02/06/2015, Anna de Vries-Smit 12/03/1985",
        ["Anna de Vries-Smit", "K. van den Berg", "N.P. Ainsworth"],
    ),
    (
        "Namen en geboortedata van alle reizigers graag",
        "J.W. van den Berg 4-11-1969\nA. de Vries-Smit 2-6-2015",
        ["A. de Vries-Smit", "J.W. van den Berg"],
    ),
    (
        "Navn og fødselsdato på alle som reiser?",
        "1) T.E. Lockhart 25.03.1961\n2) H. Dahl-Sørensen 02.06.2015",
        ["H. Dahl-Sørensen", "T.E. Lockhart"],
    ),
    (
        "Имена и даты рождения всех пассажиров, пожалуйста",
        "1. Петров И.И. 04.11.1969\n2. Петрова А.С. 02.06.2015",
        ["Петров И.И.", "Петрова А.С."],
    ),
]


@pytest.mark.parametrize(("question", "answer", "names"), INITIALS)
def test_a_name_is_reported_with_its_initials_and_particles(
    detector: Detector, question: str, answer: str, names: list[str]
) -> None:
    out = talk(detector, [("agent", question), ("customer", answer)])
    found = sorted(answer[f.start : f.end] for f in out[1].findings if f.entity_type == "PERSON")
    assert found == names


def test_initials_before_an_everyday_word_are_no_name(detector: Detector) -> None:
    out = talk(
        detector,
        [("agent", "What's the lead passenger's name?"), ("customer", "Emma Clarke. P.S. Thanks!")],
    )
    found = [out[1].message.text[f.start : f.end] for f in out[1].findings]
    assert found == ["Emma Clarke"]


# --- a town where someone else lives is no address --------------------------------------


@pytest.mark.parametrize(
    ("question", "answer", "address"),
    [
        ("Where should we send it?", "my sister lives in Prague, can you send it there?", None),
        ("Waar moeten we het naartoe sturen?", "mijn zus woont in Praag", None),
        ("Hvor skal vi sende den?", "søsteren min bor i Praha", None),
        ("Куда отправить?", "сестра живёт в Праге", None),
        ("How can I help?", "my daughter moved to Lisbon last year", None),
        (
            "Where should we send it?",
            "to my brother: 14 cedar court, lancaster la1 1yw",
            "14 cedar court, lancaster la1 1yw",
        ),
    ],
)
def test_a_town_where_someone_else_lives_is_no_address(
    detector: Detector, question: str, answer: str, address: str | None
) -> None:
    out = talk(detector, [("agent", question), ("customer", answer)])
    places = [answer[f.start : f.end] for f in out[1].findings if f.entity_type == "LOCATION"]
    assert places == ([address] if address else [])


# --- names a message introduces: the agent's in a greeting, the customer's own ----------

GREETINGS = [
    ("Hello and welcome to Riverside Council, Keely here.", ["Keely"]),
    ("Hi there, Poppy speaking. What's up?", ["Poppy"]),
    ("Hello, you're through to Ruby at Smile Dental.", ["Ruby"]),
    ("Goedemiddag, u spreekt met Femke van de klantenservice.", ["Femke"]),
    ("Hei og velkommen til Tannklinikken, Ragnhild her.", ["Ragnhild"]),
    ("Здравствуйте! Вас приветствует Ирина, Банк «Рассвет». Чем могу помочь?", ["Ирина"]),
    ("Hello, welcome to Smile Dental at Leeds. How can I help?", []),
    ("Thanks for contacting Support here at Northgate Bank.", []),
    ("Оператор на связи. Какой вопрос?", []),
    ("Welcome to Ryanair. How can I help you today?", []),
]


@pytest.mark.parametrize(("greeting", "names"), GREETINGS)
def test_the_agents_name_in_a_greeting(detector: Detector, greeting: str, names: list[str]) -> None:
    out = talk(detector, [("agent", greeting), ("customer", "hi")])
    found = [greeting[f.start : f.end] for f in out[0].findings if f.entity_type == "PERSON"]
    assert found == names


def test_only_the_agents_first_message_introduces_the_agent(detector: Detector) -> None:
    out = talk(
        detector,
        [
            ("agent", "Hello, how can I help?"),
            ("customer", "my parcel is late"),
            ("agent", "Sorry to hear that, Royal Mail here is slow this week."),
        ],
    )
    assert out[2].findings == []


INTRODUCED = [
    ("ik ben marloes prins", "marloes prins"),
    ("ik ben bas van beek. e-mail volgt", "bas van beek"),
    ("it's niall winslow here", "niall winslow"),
    ("jeg heter ingvild grønli og kontonummer 4327.24.74150", "ingvild grønli"),
    ("dette er ørjan sæther. bestillingsreferanse ye7hak", "ørjan sæther"),
    ("меня зовут степанова дарья", "степанова дарья"),
    ("это громова дарья (поездка 22.5.2027)", "громова дарья"),
    ("it's grace period right?", None),
    ("ik ben morgen thuis", None),
    ("met vriendelijke groet", None),
    ("это было давно", None),
    ("jeg er litt usikker", None),
]


@pytest.mark.parametrize(("message", "name"), INTRODUCED)
def test_a_customers_own_name_in_lower_case(
    detector: Detector, message: str, name: str | None
) -> None:
    out = talk(detector, [("agent", "How can I help?"), ("customer", message)])
    found = [message[f.start : f.end] for f in out[1].findings if f.entity_type == "PERSON"]
    assert found == ([name] if name else [])


# --- pieces with a word after the first that says more is to come -----------------------


@pytest.mark.parametrize(
    ("question", "pieces"),
    [
        (
            "Mag ik een telefoonnummer voor het geval dat?",
            [("06 82 en", "06 82"), ("479560", "479560")],
        ),
        ("Hvilket nummer kan vi nå deg på?", [("98 16 og", "98 16"), ("29 43", "29 43")]),
        ("ваш телефон?", [("+7 902 и", "+7 902"), ("357...", "357"), ("-77-78", "-77-78")]),
        ("What's your mobile?", [("+447 cont", "+447"), ("911", "911"), ("123456", "123456")]),
    ],
)
def test_a_phone_number_in_pieces_with_a_joining_word(
    detector: Detector, question: str, pieces: list[tuple[str, str]]
) -> None:
    out = talk(detector, [("agent", question), *[("customer", text) for text, _ in pieces]])
    for d, (text, piece) in zip(out[1:], pieces, strict=True):
        assert [(f.entity_type, text[f.start : f.end]) for f in d.findings] == [
            ("PHONE_NUMBER", piece)
        ]


# --- values split over messages: an IBAN's country part alone, an account's groups --------


@pytest.mark.parametrize(
    ("question", "pieces"),
    [
        ("Wat is je IBAN?", ["NL20", "INGB 0001 2345 67"]),
        ("What's your IBAN?", ["GB29", "NWBK 6016 1331 9268 19"]),
        ("Hva er kontonummeret?", ["8601.", "11.17947"]),
        ("Hva er kontonummeret ditt?", ["8601. og", "11", ".17947"]),
    ],
)
def test_a_checksummed_value_in_pieces_is_reported_in_each(
    detector: Detector, question: str, pieces: list[str]
) -> None:
    out = talk(detector, [("agent", question), *[("customer", p) for p in pieces]])
    for d, piece in zip(out[1:], pieces, strict=True):
        typed = [f.entity_type for f in d.findings]
        assert len(typed) == 1 and typed[0] in {"IBAN_CODE", "BANK_ACCOUNT"}
        covered = d.message.text[d.findings[0].start : d.findings[0].end]
        assert covered == piece.removesuffix(" og")


def test_a_date_and_an_amount_are_no_pieces_of_an_account(detector: Detector) -> None:
    out = talk(
        detector,
        [
            ("agent", "Hva er kontonummeret ditt?"),
            ("customer", "8601 11 17947"),
            ("customer", "2026-02-02"),
            ("customer", "de tok 783 kr"),
        ],
    )
    assert out[2].findings == [] and out[3].findings == []


# --- lists: labelled lines, a list that goes on in the next message ----------------------


def test_a_list_of_labelled_lines(detector: Detector) -> None:
    text = "Name: Kari Nordmann\nDOB: 04.11.1969\nName: Ola Nordmann\nDOB: 02.06.2015"
    out = talk(detector, [("agent", "Navn og fødselsdato på alle reisende?"), ("customer", text)])
    assert sorted((f.entity_type, text[f.start : f.end]) for f in out[1].findings) == [
        ("DATE_OF_BIRTH", "02.06.2015"),
        ("DATE_OF_BIRTH", "04.11.1969"),
        ("PERSON", "Kari Nordmann"),
        ("PERSON", "Ola Nordmann"),
    ]


def test_a_list_that_goes_on_in_the_next_message(detector: Detector) -> None:
    out = talk(
        detector,
        [
            ("agent", "Names and passport numbers please"),
            ("customer", "Emma Clarke - PD4581723,"),
            ("customer", "Tom Clarke - PD4581724"),
        ],
    )
    assert [f.entity_type for f in out[2].findings] == ["PERSON", "PASSPORT"]


# --- an answer to a question for several types, the values with only spaces between -----


@pytest.mark.parametrize(
    ("question", "answer", "values"),
    [
        (
            "Kan jeg få fødselsdatoen og kundenummeret?",
            "1996-06-20 7843 7862",
            [("CUSTOMER_NUMBER", "7843 7862"), ("DATE_OF_BIRTH", "1996-06-20")],
        ),
        (
            "Mag ik een telefoonnummer en uw BSN?",
            "06-44556650 111 222 333",
            [("NATIONAL_ID", "111 222 333"), ("PHONE_NUMBER", "06-44556650")],
        ),
        (
            "Could you give me your date of birth and a phone number?",
            "November 25th, 1986 07911 123456",
            [("DATE_OF_BIRTH", "November 25th, 1986"), ("PHONE_NUMBER", "07911 123456")],
        ),
        (
            "Назовите дату рождения и номер договора",
            "12.03.1985 5102883614",
            [("CUSTOMER_NUMBER", "5102883614"), ("DATE_OF_BIRTH", "12.03.1985")],
        ),
    ],
)
def test_the_other_value_of_an_answer_to_several_questions(
    detector: Detector, question: str, answer: str, values: list[tuple[str, str]]
) -> None:
    out = talk(detector, [("agent", question), ("customer", answer)])
    assert sorted((f.entity_type, answer[f.start : f.end]) for f in out[1].findings) == values


def test_an_amount_by_an_answer_to_several_questions_is_no_value(detector: Detector) -> None:
    answer = "1996-06-20, betalte 1520 kr"
    out = talk(
        detector,
        [("agent", "Kan jeg få fødselsdatoen og kundenummeret?"), ("customer", answer)],
    )
    assert "1520" not in [answer[f.start : f.end] for f in out[1].findings]


# --- "one moment" and hedges around a bare answer in the same message --------------------


@pytest.mark.parametrize(
    ("question", "answer", "address"),
    [
        (
            "En het vorige adres?",
            "even kijken.. kastanjelaan 154-iii, amersfoort",
            "kastanjelaan 154-iii, amersfoort",
        ),
        (
            "Куда отправить?",
            "сейчас... г. воронеж, заречная ул., д. 107, кв. 55",
            "г. воронеж, заречная ул., д. 107, кв. 55",
        ),
        (
            "Where would you like the parcel delivered?",
            "8a beacon hill, exeter I think",
            "8a beacon hill, exeter",
        ),
        ("Hva er den nye adressen?", "fagerliveien 123, bodø tror jeg", "fagerliveien 123, bodø"),
    ],
)
def test_an_address_between_one_moment_and_a_hedge(
    detector: Detector, question: str, answer: str, address: str
) -> None:
    out = talk(detector, [("agent", question), ("customer", answer)])
    assert [(f.entity_type, answer[f.start : f.end]) for f in out[1].findings] == [
        ("LOCATION", address)
    ]


# --- names in answers to several questions, and a whole name over a part of it -----------


@pytest.mark.parametrize(
    ("question", "answer", "name"),
    [
        (
            "Wat is de naam van de rekeninghouder en welk telefoonnummer mag de bezorger bellen?",
            "mats huisman\n06 17622539",
            "mats huisman",
        ),
        (
            "Could I have the lead passenger's name and a contact number?",
            "07911 123456, rhys bramwell",
            "rhys bramwell",
        ),
        ("Full name as on your ID?", "rhys bramwell", "rhys bramwell"),
    ],
)
def test_a_name_in_an_answer_is_reported_whole(
    detector: Detector, question: str, answer: str, name: str
) -> None:
    out = talk(detector, [("agent", question), ("customer", answer)])
    assert [answer[f.start : f.end] for f in out[1].findings if f.entity_type == "PERSON"] == [name]


# --- more answer forms: a name after a comma, a passport's letters apart, "69-го" ----------


@pytest.mark.parametrize(
    ("question", "answer", "value"),
    [
        (
            "Op welke naam staat de boeking?",
            "op naam van mijn man, jan de vries",
            ("PERSON", "jan de vries"),
        ),
        ("Hvem står bestillingen på?", "min kone, kari nordmann", ("PERSON", "kari nordmann")),
        (
            "Name on the booking?",
            "it's under my wife's name, sarah clarke",
            ("PERSON", "sarah clarke"),
        ),
        ("Passnummer?", "fh 5444991", ("PASSPORT", "fh 5444991")),
        ("Когда вы родились?", "4 ноября 69-го", ("DATE_OF_BIRTH", "4 ноября 69-го")),
    ],
)
def test_more_answer_forms(
    detector: Detector, question: str, answer: str, value: tuple[str, str]
) -> None:
    out = talk(detector, [("agent", question), ("customer", answer)])
    assert [(f.entity_type, answer[f.start : f.end]) for f in out[1].findings] == [value]


def test_a_part_between_commas_that_is_no_name_is_none(detector: Detector) -> None:
    answer = "under my name, same as last time"
    out = talk(detector, [("agent", "Name on the booking?"), ("customer", answer)])
    assert out[1].findings == []
