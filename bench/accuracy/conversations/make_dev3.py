#!/usr/bin/env python3
# ruff: noqa: E501  (hand-written phrase tables: one phrasing per string, kept on one line)
"""Write dev3.jsonl: a third development set of multi-turn conversations (issue 13).

    .venv/bin/python bench/accuracy/conversations/make_dev3.py

Written by the author of the rules after the third round of tuning (on the retired sealed2
set), to check that its mechanisms hold in other businesses (ferry, car rental, dentist,
concert tickets, landlord) and phrasings: second lists several turns later, dates of birth
in words and eight digits, records in any field order and tab-separated, values of the asked
type in pieces, addresses over two messages, mistyped checksummed numbers, "_" and "-"
spelled out, the agent saying the answer was an order number, product codes and seats
after a question for them. It is NOT blind (its author knows the rules), and it was written
without running privacyguard on it first; the sealed sets are the blind check. Same format
and classes as dev.jsonl (README.md); checksummed values come from make_values.py.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_values as mv  # noqa: E402
from make_values import E, N, Part, T  # noqa: E402

Turns = list[tuple[str, list[Part]]]

S: dict[str, dict[str, list[str]]] = {
    "en": {
        "hello": [
            "Hiya, {agent} at NorthSea Ferries, what can I do for you?",
            "Good evening, {agent} from Drive4Less car hire.",
            "Hello, you're through to {agent} at Smile Dental.",
        ],
        "issue": [
            "the cabin we booked isn't on my ticket",
            "the hire car had a dent already",
            "I need to move my check-up",
            "the concert tickets never came",
        ],
        "q_CUSTOMER_NUMBER": [
            "Could you read me the account ref from your last statement?",
            "What's the patient number on your appointment card?",
            "And your tenant number?",
        ],
        "q_BOOKING_REFERENCE": [
            "What's the six-character reference on the confirmation?",
            "Can I take the booking code?",
        ],
        "q_PASSPORT": [
            "For the manifest I need the passport no. of the driver",
            "Passport number for the lead traveller please",
        ],
        "q_DATE_OF_BIRTH": [
            "And the date of birth on the account?",
            "To check it's you: your DOB?",
        ],
        "q_PHONE_NUMBER": [
            "Which mobile should the depot text?",
            "A number we can call you back on?",
        ],
        "q_EMAIL_ADDRESS": [
            "Which email shall we send the e-tickets to?",
            "Email for the confirmation?",
        ],
        "q_where": ["Where shall we send the new key?", "What's the address for the invoice?"],
        "q_all": [
            "Please send full names, dates of birth and passport numbers for all passengers",
            "For each driver I need name, date of birth and passport no.",
        ],
        "q_seat": ["Which seat would you prefer?"],
        "q_product": ["What's the product code on the box?"],
        "withdraw": [
            "That one's an order number, sorry – the account ref is at the top of your statement"
        ],
        "hold": ["hang on, looking", "one sec"],
        "ok": ["Brilliant, thanks.", "Got it."],
        "bye": ["Anything else at all?", "That's all done for you."],
        "more": ["ah and the two kids:", "plus the grandparents:"],
        "sorry": ["sorry {v}", "no wait, it's {v}"],
        "rest": ["{v}", "{v} sorry hit send"],
        "only": ["I've only got {v}", "there's just {v} on the email"],
        "tdate": ["the booking is for {v}, is that what you mean?"],
    },
    "nl": {
        "hello": [
            "Goedenavond, {agent} van Waddenveer, zeg het maar.",
            "Hoi, met {agent} van Autoverhuur Snel.",
            "Hallo, u spreekt met {agent} van Tandartspraktijk Zuid.",
        ],
        "issue": [
            "de hut staat niet op mijn ticket",
            "de huurauto had al een deuk",
            "ik wil mijn controle verzetten",
            "de concertkaartjes zijn nooit gekomen",
        ],
        "q_CUSTOMER_NUMBER": [
            "Wat is het debiteurennummer op uw laatste afschrift?",
            "Welk patiëntnummer staat op uw afsprakenkaart?",
            "En uw huurdersnummer?",
        ],
        "q_BOOKING_REFERENCE": [
            "Wat is de referentie van zes tekens op de bevestiging?",
            "Mag ik de boekingscode?",
        ],
        "q_PASSPORT": [
            "Voor de passagierslijst heb ik het paspoortnummer van de bestuurder nodig",
            "Paspoortnummer van de hoofdreiziger graag",
        ],
        "q_DATE_OF_BIRTH": [
            "En de geboortedatum op het account?",
            "Ter controle: uw geboortedatum?",
        ],
        "q_PHONE_NUMBER": [
            "Naar welk mobiel mag het depot sms'en?",
            "Op welk nummer kunnen we u terugbellen?",
        ],
        "q_EMAIL_ADDRESS": [
            "Naar welk e-mailadres mogen de e-tickets?",
            "Mailadres voor de bevestiging?",
        ],
        "q_where": ["Waar mogen we de nieuwe sleutel heen sturen?", "Wat is het factuuradres?"],
        "q_all": [
            "Stuur de namen, geboortedata en paspoortnummers van alle passagiers",
            "Per bestuurder heb ik naam, geboortedatum en paspoortnummer nodig",
        ],
        "q_seat": ["Welke stoel heeft uw voorkeur?"],
        "q_product": ["Wat is de productcode op de doos?"],
        "withdraw": [
            "Dat is een bestelnummer helaas – het debiteurennummer staat bovenaan uw afschrift"
        ],
        "hold": ["effe zoeken", "moment hoor"],
        "ok": ["Top, dank u.", "Genoteerd."],
        "bye": ["Kan ik nog iets doen?", "Alles is geregeld."],
        "more": ["o en de twee kinderen:", "plus opa en oma:"],
        "sorry": ["sorry {v}", "nee wacht, het is {v}"],
        "rest": ["{v}", "{v} sorry te vroeg verstuurd"],
        "only": ["ik heb alleen {v}", "er staat alleen {v} in de mail"],
        "tdate": ["de boeking is voor {v}, bedoelt u dat?"],
    },
    "nb": {
        "hello": [
            "God kveld, {agent} i Kystferja, hva kan jeg gjøre for deg?",
            "Hei, {agent} her fra Bilutleie Nord.",
            "Hallo, du snakker med {agent} på Tannklinikken.",
        ],
        "issue": [
            "lugaren vi booket står ikke på billetten",
            "leiebilen hadde en bulk fra før",
            "jeg må flytte kontrollen min",
            "konsertbillettene kom aldri",
        ],
        "q_CUSTOMER_NUMBER": [
            "Hva er kundereferansen på siste kontoutskrift?",
            "Hvilket pasientnummer står på innkallingen?",
            "Og leietakernummeret ditt?",
        ],
        "q_BOOKING_REFERENCE": [
            "Hva er den sekstegns referansen på bekreftelsen?",
            "Kan jeg få bookingkoden?",
        ],
        "q_PASSPORT": [
            "Til passasjerlisten trenger jeg passnummeret til sjåføren",
            "Passnummer for hovedreisende, takk",
        ],
        "q_DATE_OF_BIRTH": [
            "Og fødselsdatoen på kontoen?",
            "For å sjekke at det er deg: fødselsdato?",
        ],
        "q_PHONE_NUMBER": [
            "Hvilket mobilnummer skal depotet sende SMS til?",
            "Et nummer vi kan ringe deg tilbake på?",
        ],
        "q_EMAIL_ADDRESS": ["Hvilken e-post skal e-billettene til?", "E-post for bekreftelsen?"],
        "q_where": ["Hvor skal vi sende den nye nøkkelen?", "Hva er fakturaadressen?"],
        "q_all": [
            "Send navn, fødselsdato og passnummer for alle passasjerene",
            "For hver sjåfør trenger jeg navn, fødselsdato og passnummer",
        ],
        "q_seat": ["Hvilket sete vil du ha?"],
        "q_product": ["Hva er produktkoden på esken?"],
        "withdraw": ["Det der er et ordrenummer – kundereferansen står øverst på kontoutskriften"],
        "hold": ["vent litt, leter", "et sekund"],
        "ok": ["Supert, takk.", "Notert."],
        "bye": ["Noe mer?", "Da er alt ordnet."],
        "more": ["å ja, og de to barna:", "pluss besteforeldrene:"],
        "sorry": ["beklager, {v}", "nei vent, det er {v}"],
        "rest": ["{v}", "{v} sendte for tidlig"],
        "only": ["jeg har bare {v}", "det står bare {v} i mailen"],
        "tdate": ["bestillingen er for {v}, er det det du mener?"],
    },
    "ru": {
        "hello": [
            "Добрый вечер, {agent}, Паромная линия Балтика, слушаю вас.",
            "Здравствуйте, {agent}, прокат автомобилей Руль.",
            "Алло, это {agent} из стоматологии Улыбка.",
        ],
        "issue": [
            "каюты нет в моём билете",
            "у арендованной машины уже была вмятина",
            "мне нужно перенести осмотр",
            "билеты на концерт так и не пришли",
        ],
        "q_CUSTOMER_NUMBER": [
            "Продиктуйте, пожалуйста, номер лицевого счёта из последней выписки",
            "Какой номер пациента в вашей карточке?",
            "А номер договора аренды?",
        ],
        "q_BOOKING_REFERENCE": [
            "Какой шестизначный код в подтверждении?",
            "Назовите код брони, пожалуйста",
        ],
        "q_PASSPORT": [
            "Для списка пассажиров нужен номер паспорта водителя",
            "Номер загранпаспорта основного путешественника, пожалуйста",
        ],
        "q_DATE_OF_BIRTH": [
            "И дата рождения владельца счёта?",
            "Для проверки: ваша дата рождения?",
        ],
        "q_PHONE_NUMBER": ["На какой мобильный прислать СМС?", "По какому номеру вам перезвонить?"],
        "q_EMAIL_ADDRESS": [
            "На какую почту отправить электронные билеты?",
            "Почта для подтверждения?",
        ],
        "q_where": ["Куда отправить новый ключ?", "Какой адрес для счёта?"],
        "q_all": [
            "Пришлите ФИО, даты рождения и номера паспортов всех пассажиров",
            "Для каждого водителя нужны имя, дата рождения и номер паспорта",
        ],
        "q_seat": ["Какое место вы хотите?"],
        "q_product": ["Какой артикул на коробке?"],
        "withdraw": ["Это номер заказа, а номер лицевого счёта указан в выписке вверху"],
        "hold": ["секунду, ищу", "сейчас посмотрю"],
        "ok": ["Отлично, спасибо.", "Записала."],
        "bye": ["Что-нибудь ещё?", "Всё оформлено."],
        "more": ["а, и ещё двое детей:", "и бабушка с дедушкой:"],
        "sorry": ["извините, {v}", "нет, стоп, {v}"],
        "rest": ["{v}", "{v} рано отправил"],
        "only": ["у меня есть только {v}", "в письме только {v}"],
        "tdate": ["бронь на {v}, вы об этом?"],
    },
}

UNDERSCORE = {
    "en": "underscore",
    "nl": "liggend streepje",
    "nb": "understrek",
    "ru": "нижнее подчёркивание",
}
AT = {"en": "at", "nl": "apenstaartje", "nb": "alfakrøll", "ru": "собака"}
DOT = {"en": "dot", "nl": "punt", "nb": "punktum", "ru": "точка"}
SEP = {"en": " & ", "nl": " en ", "nb": " og ", "ru": " и "}


def pick(rng: random.Random, lang: str, key: str, **slots: Part) -> list[Part]:
    return T(rng.choice(S[lang][key]), **slots)


def opening(rng: random.Random, lang: str) -> Turns:
    first, _ = mv.person(rng, lang)
    return [
        ("agent", pick(rng, lang, "hello", agent=E(first, "PERSON", "plain"))),
        ("customer", pick(rng, lang, "issue")),
    ]


def dob(rng: random.Random, lang: str, cls: str, style: int | None = None) -> E:
    d, m, y = mv.birth_date(rng)
    if style == 4:
        return E(f"{d:02d}{m:02d}{y}", "DATE_OF_BIRTH", cls)
    return E(mv.date_text(rng, lang, d, m, y, style), "DATE_OF_BIRTH", cls)


def name(rng: random.Random, lang: str, cls: str, lower: bool = False) -> E:
    first, last = mv.person(rng, lang)
    full = f"{first} {last}"
    return E(full.lower() if lower else full, "PERSON", cls)


def bare(rng: random.Random, lang: str) -> Turns:
    kind = rng.choice(
        ["CUSTOMER_NUMBER", "BOOKING_REFERENCE", "PASSPORT", "DATE_OF_BIRTH", "PHONE_NUMBER"]
    )
    value = {
        "CUSTOMER_NUMBER": lambda: mv.customer_number(rng),
        "BOOKING_REFERENCE": lambda: mv.booking_ref(rng).lower(),
        "PASSPORT": lambda: mv.passport(rng, lang),
        "PHONE_NUMBER": lambda: mv.phone(rng, lang),
        "DATE_OF_BIRTH": lambda: dob(rng, lang, "bare_answer", rng.choice([1, 2, 4])).text,
    }[kind]()
    turns: Turns = [("agent", pick(rng, lang, f"q_{kind}"))]
    if rng.random() < 0.5:
        turns.append(("customer", pick(rng, lang, "hold")))
    turns.append(("customer", [E(value, kind, "bare_answer")]))
    return turns + [("agent", pick(rng, lang, "ok"))]


def lists(rng: random.Random, lang: str) -> Turns:
    def record(order: list[str]) -> list[Part]:
        fields = {
            "n": name(rng, lang, "list", lower=rng.random() < 0.3),
            "d": dob(rng, lang, "list", rng.choice([0, 1, 2, 4])),
            "p": E(mv.passport(rng, lang), "PASSPORT", "list"),
        }
        sep = rng.choice([", ", " / ", "\t", " - "])
        out: list[Part] = []
        for k, f in enumerate(order):
            out += ([sep] if k else []) + [fields[f]]
        return out

    base = rng.choice([["n", "d", "p"], ["n", "p", "d"]])
    first: list[Part] = []
    for k in range(rng.choice([2, 3])):
        order = (
            base if rng.random() < 0.7 else ["n", "p", "d"] if base[1] == "d" else ["n", "d", "p"]
        )
        first += ([rng.choice(["\n", "; "])] if k else []) + [f"{k + 1}. "] + record(order)
    kids: list[Part] = []
    for k in range(2):
        kids += (["\n"] if k else []) + [
            "- ",
            name(rng, lang, "list"),
            rng.choice([", ", " "]),
            dob(rng, lang, "list", rng.choice([1, 3, 4])),
        ]
    return [
        ("agent", pick(rng, lang, "q_all")),
        ("customer", first),
        ("agent", pick(rng, lang, "ok")),
        ("customer", pick(rng, lang, "more")),
        ("customer", kids),
        ("agent", pick(rng, lang, "bye")),
    ]


def split(rng: random.Random, lang: str) -> Turns:
    kind = rng.choice(["pieces_code", "pieces_passport", "address", "correction", "email"])
    if kind == "pieces_code":
        code = mv.booking_ref(rng)
        code = code.lower() if rng.random() < 0.5 else code
        cut = rng.randint(2, 4)
        return [
            ("agent", pick(rng, lang, "q_BOOKING_REFERENCE")),
            ("customer", [E(code[:cut], "BOOKING_REFERENCE", "split")]),
            ("customer", pick(rng, lang, "rest", v=E(code[cut:], "BOOKING_REFERENCE", "split"))),
        ]
    if kind == "pieces_passport":
        p = mv.passport(rng, lang).replace(" ", "")
        cut = rng.randint(3, 5)
        return [
            ("agent", pick(rng, lang, "q_PASSPORT")),
            ("customer", [E(p[:cut], "PASSPORT", "split"), " …"]),
            ("customer", pick(rng, lang, "rest", v=E(p[cut:], "PASSPORT", "split"))),
        ]
    if kind == "address":
        street = rng.choice(mv.STREETS[lang])
        city, post = rng.choice(mv.CITIES[lang])
        line1 = (
            f"{street} {rng.randint(2, 180)}"
            if lang != "ru"
            else f"{street}, д. {rng.randint(2, 90)}, кв. {rng.randint(1, 120)}"
        )
        line2 = f"{post} {city}" if lang != "en" else f"{city} {post}"
        return [
            ("agent", pick(rng, lang, "q_where")),
            ("customer", [E(line1.lower(), "LOCATION", "split")]),
            ("customer", [E(line2.lower(), "LOCATION", "split")]),
        ]
    if kind == "email":
        first, last = mv.person(rng, lang)
        local = f"{mv.ascii_name(first)}.{mv.ascii_name(last)}"
        domain = rng.choice(mv.DOMAINS[lang])
        return [
            ("agent", pick(rng, lang, "q_EMAIL_ADDRESS")),
            ("customer", [E(local, "EMAIL_ADDRESS", "split"), " -"]),
            ("customer", pick(rng, lang, "rest", v=E("@" + domain, "EMAIL_ADDRESS", "split"))),
        ]
    # a mistyped customer number, then its correction with one digit changed
    value = mv.customer_number(rng)
    k = rng.randrange(len(value) - 1) + 1
    wrong = value[:k] + str((int(value[k]) + 1) % 10) + value[k + 1 :]
    return [
        ("agent", pick(rng, lang, "q_CUSTOMER_NUMBER")),
        ("customer", [E(wrong, "CUSTOMER_NUMBER", "split")]),
        ("customer", pick(rng, lang, "sorry", v=E(value, "CUSTOMER_NUMBER", "split"))),
    ]


def disguised(rng: random.Random, lang: str) -> Turns:
    first, last = mv.person(rng, lang)
    if rng.random() < 0.5:
        domain, tld = rng.choice(mv.DOMAINS[lang]).rsplit(".", 1)
        spelled = f"{mv.ascii_name(first)} {UNDERSCORE[lang]} {mv.ascii_name(last)} {AT[lang]} {domain} {DOT[lang]} {tld}"
        return [
            ("agent", pick(rng, lang, "q_EMAIL_ADDRESS")),
            ("customer", [E(spelled, "EMAIL_ADDRESS", "disguised")]),
        ]
    number = mv.phone(rng, lang, 1)
    if rng.random() < 0.5:
        number = mv.with_homoglyphs(rng, number, 1)
    else:
        number = mv.with_zero_width(rng, number, 2)
    return [
        ("agent", pick(rng, lang, "q_PHONE_NUMBER")),
        ("customer", [E(number, "PHONE_NUMBER", "disguised")]),
    ]


def address(rng: random.Random, lang: str) -> Turns:
    street = rng.choice(mv.STREETS[lang]).lower()
    city, post = rng.choice(mv.CITIES[lang])
    n = rng.randint(2, 180)
    forms = {
        "en": [f"{n} {street}, {city.lower()} {post.lower()}", f"{city.lower()}, {n} {street}"],
        "nl": [f"{post.lower()} {city.lower()}, {street} {n}", f"{street} {n}-ii, {city.lower()}"],
        "nb": [f"{post} {city.lower()}, {street} {n}", f"{street} {n}b, {post} {city.lower()}"],
        "ru": [
            f"{post} {city.lower()}, {street} {n}-{rng.randint(1, 99)}",
            f"{city.lower()}, {street}, д. {n}",
        ],
    }[lang]
    return [
        ("agent", pick(rng, lang, "q_where")),
        ("customer", [E(rng.choice(forms), "LOCATION", "address_no_cue")]),
    ]


def plain(rng: random.Random, lang: str) -> Turns:
    cue = {
        "en": "my account ref is ",
        "nl": "mijn debiteurennummer is ",
        "nb": "kundereferansen min er ",
        "ru": "номер лицевого счёта ",
    }[lang]
    return [
        ("customer", [cue, E(mv.customer_number(rng), "CUSTOMER_NUMBER", "plain")]),
        ("agent", pick(rng, lang, "ok")),
    ]


def negatives(rng: random.Random, lang: str) -> Turns:
    kind = rng.choice(["withdraw", "only", "tdate", "seat", "product"])
    if kind in ("withdraw", "only"):
        order = N(mv.order_number(rng), "order_number")
        answer = [order] if kind == "withdraw" else pick(rng, lang, "only", v=order)
        turns: Turns = [("agent", pick(rng, lang, "q_CUSTOMER_NUMBER")), ("customer", answer)]
        if kind == "withdraw":
            turns.append(("agent", pick(rng, lang, "withdraw")))
        return turns
    if kind == "tdate":
        d, m, y = mv.travel_date(rng)
        when = N(mv.date_text(rng, lang, d, m, 2027, rng.choice([0, 1, 2])), "travel_date")
        return [
            ("agent", pick(rng, lang, "q_DATE_OF_BIRTH")),
            ("customer", pick(rng, lang, "tdate", v=when)),
        ]
    if kind == "seat":
        return [
            ("agent", pick(rng, lang, "q_seat")),
            ("customer", [N(f"{rng.randint(2, 40)}{rng.choice('ABCDEF')}", "seat")]),
        ]
    code = N(
        f"{rng.choice(['SKU', 'ART', 'PRD'])}-{rng.randint(1000, 9999)}-{rng.randint(10, 99)}",
        "product_code",
    )
    return [("agent", pick(rng, lang, "q_product")), ("customer", [code])]


BUILDERS = [bare, lists, split, disguised, address, plain]


def build(seed: int, per_lang: int) -> list[dict]:
    rng = random.Random(seed)
    records: list[dict] = []
    for lang in mv.LANGS:
        for k in range(per_lang):
            turns = opening(rng, lang)
            for builder in rng.sample(BUILDERS, 2) + [negatives]:
                turns += builder(rng, lang)
            turns.append(("agent", pick(rng, lang, "bye")))
            records += mv.conversation_records(f"dev3-{lang}-{k + 1:03d}", lang, turns)
    return records


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE / "dev3.jsonl")
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--per-lang", type=int, default=60)
    args = ap.parse_args(argv)
    records = build(args.seed, args.per_lang)
    errors = mv.verify(records)
    if errors:
        print("\n".join(errors[:20]), file=sys.stderr)
        return 1
    mv.write_jsonl(records, args.out)
    print(f"wrote {len(records)} messages to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
