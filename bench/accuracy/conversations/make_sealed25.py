# ruff: noqa: E501  (hand-written phrase, name and sector tables)
"""Write sealed25.jsonl: 600 blind multi-turn customer-service chats (150 per language).

Seed 20261228, deterministic. Per language 25 conversations whose main difficulty is each
failure class (bare_answer, list, split, disguised, address_no_cue) and 25 plain controls.
Twenty sectors not used by earlier sets; people, streets and towns from lists of its own.
Usage: make_sealed25.py [OUT.jsonl]   (default: sealed25.jsonl next to this script)
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path

from make_values import (
    NUMBER_WORDS,
    E,
    N,
    Part,
    T,
    booking_ref,
    conversation_records,
    date_text,
    digits,
    iban,
    nl_bsn,
    no_fnr,
    no_kontonr,
    passport,
    phone,
    ru_account,
    ru_inn,
    ru_snils,
    verify,
    with_homoglyphs,
    with_zero_width,
    write_jsonl,
)

SEED = 20261228
LANGS = ("en", "nl", "nb", "ru")
ORDER = ("bare_answer", "list", "split", "disguised", "address_no_cue", "plain")

FIRST = {
    "en": [
        "Imogen",
        "Rhys",
        "Tallulah",
        "Callum",
        "Bethany",
        "Declan",
        "Phoebe",
        "Ewan",
        "Harriet",
        "Jude",
        "Niamh",
        "Ravi",
        "Orla",
        "Toby",
    ],
    "nl": [
        "Floor",
        "Jesse",
        "Ilse",
        "Thijs",
        "Marloes",
        "Gijs",
        "Noor",
        "Wessel",
        "Fenna",
        "Joris",
        "Sanne",
        "Maarten",
        "Lieke",
        "Stijn",
    ],
    "nb": [
        "Ingrid",
        "Sindre",
        "Tuva",
        "Eirik",
        "Solveig",
        "Håkon",
        "Maren",
        "Vetle",
        "Ragnhild",
        "Torstein",
        "Sunniva",
        "Amund",
        "Hedda",
        "Kjetil",
    ],
    "ru": [
        "Полина",
        "Глеб",
        "Вероника",
        "Тимофей",
        "Алёна",
        "Ярослав",
        "Кира",
        "Арсений",
        "Варвара",
        "Святослав",
        "Ульяна",
        "Всеволод",
        "Злата",
        "Родион",
    ],
}
RU_F = {"Полина", "Вероника", "Алёна", "Кира", "Варвара", "Ульяна", "Злата"}
LAST = {
    "en": [
        "Ashcombe",
        "Penhallow",
        "Greaves",
        "Fairbairn",
        "Tremayne",
        "Hollis",
        "Kearsley",
        "Marchbank",
        "Ollerton",
        "Pryce",
        "Stannard",
        "Wyndham",
    ],
    "nl": [
        "Terpstra",
        "van Wijngaarden",
        "Hoekstra",
        "Bosman",
        "de Kruijf",
        "Veldhuis",
        "van Ommeren",
        "Brouwers",
        "Lammers",
        "ter Horst",
        "Zijlstra",
        "Wolters",
    ],
    "nb": [
        "Fjeldstad",
        "Rønning",
        "Aasheim",
        "Brekke",
        "Solberg",
        "Kvamme",
        "Tveit",
        "Haugland",
        "Lunde",
        "Myklebust",
        "Nygård",
        "Skjelbred",
    ],
    "ru": [
        "Белоусов",
        "Гончаров",
        "Журавлёв",
        "Калинин",
        "Ларионов",
        "Мельников",
        "Назаров",
        "Осипов",
        "Рябов",
        "Сорокин",
        "Тихонов",
        "Фомин",
    ],
}
AGENTS = {
    "en": ["Kirsty", "Dev", "Shona", "Marcus", "Leanne"],
    "nl": ["Bram", "Yara", "Koen", "Mirjam", "Ruben"],
    "nb": ["Silje", "Jonas", "Hege", "Ola", "Ane"],
    "ru": ["Дарья", "Максим", "Инна", "Егор", "Лилия"],
}
STREETS = {
    "en": [
        "Foxglove Lane",
        "Tanners Row",
        "Mill Brook Road",
        "Quayside Walk",
        "Hawthorn Crescent",
        "Old Forge Close",
        "Bramley Terrace",
        "Kestrel Drive",
    ],
    "nl": [
        "Lijsterbeslaan",
        "Kuipersstraat",
        "Molenvliet",
        "Zwanenburgwal",
        "Hazelaarpad",
        "Koestraat",
        "Reigersbek",
        "Vlasakker",
    ],
    "nb": [
        "Bjørkelia",
        "Tyrihansveien",
        "Skomakergata",
        "Granstien",
        "Fjordgløttveien",
        "Kvernhusvegen",
        "Lyngbakken",
        "Smedgata",
    ],
    "ru": [
        "ул. Рябиновая",
        "Сиреневый бульвар",
        "ул. Кузнечная",
        "Заречная ул.",
        "ул. Полевая",
        "пр. Строителей",
        "ул. Тополиная",
        "Речной пер.",
    ],
}
TOWNS = {
    "en": [
        ("Kendal", "LA9 4QR"),
        ("Truro", "TR1 3HJ"),
        ("Ludlow", "SY8 1AZ"),
        ("Whitby", "YO21 3EP"),
        ("Hexham", "NE46 1BU"),
        ("Penrith", "CA11 7PT"),
    ],
    "nl": [
        ("Zutphen", "7201 KD"),
        ("Harderwijk", "3841 BG"),
        ("Meppel", "7941 AH"),
        ("Tiel", "4001 LS"),
        ("Goes", "4461 JW"),
        ("Sneek", "8601 EM"),
    ],
    "nb": [
        ("Kongsberg", "3611"),
        ("Molde", "6413"),
        ("Steinkjer", "7713"),
        ("Gjøvik", "2815"),
        ("Arendal", "4836"),
        ("Harstad", "9405"),
    ],
    "ru": [
        ("Кострома", "156000"),
        ("Вологда", "160000"),
        ("Псков", "180000"),
        ("Калуга", "248000"),
        ("Тамбов", "392000"),
        ("Смоленск", "214000"),
    ],
}
FLOOR = {
    "en": ["flat {n}", "2nd floor", "apt {n}"],
    "nl": ["{n}e etage", "{n} hoog", "bus {n}"],
    "nb": ["leil. H0{n}01", "{n}. etasje"],
    "ru": ["кв. {n}{n}", "этаж {n}"],
}
DOMAINS = {"en": ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk"], "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
           "nb": ["online.no", "gmail.com", "hotmail.no", "live.no"], "ru": ["yandex.ru", "mail.ru", "gmail.com", "rambler.ru"]}  # fmt: skip
DOT = {"en": ["dot"], "nl": ["punt"], "nb": ["punktum", "prikk"], "ru": ["точка"]}
AT = {
    "en": ["at"],
    "nl": ["apestaart", "at"],
    "nb": ["alfakrøll", "krøllalfa"],
    "ru": ["собака", "эт"],
}
TRANS = str.maketrans({"å": "aa", "ø": "o", "æ": "ae", "ё": "e", "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
                       "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
                       "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sch", "ы": "y", "ь": "", "ъ": "", "э": "e", "ю": "yu", "я": "ya"})  # fmt: skip
DEST = {
    "en": ["Malaga", "Porto", "Inverness"],
    "nl": ["Kreta", "Lissabon", "Texel"],
    "nb": ["Tromsø", "Gran Canaria", "Bergen"],
    "ru": ["Сочи", "Казань", "Калининград"],
}

# sector: (company per language), (what the customer is after, per language), product prefix
SECTORS = [
    (
        ("Keynote Piano Tuners", "Stemmerij Klankzuiver", "Stemmeklang AS", "Камертон-Сервис"),
        (
            "a piano tuning visit",
            "een stembeurt voor de piano",
            "stemming av pianoet",
            "настройку пианино",
        ),
        "PT",
    ),
    (
        ("Hearthside Kitchens", "Keukenhuys Vermeer", "Kjøkkenfabrikken Nord", "Кухни Уют"),
        (
            "the new worktop fitting",
            "het plaatsen van het aanrechtblad",
            "montering av benkeplaten",
            "монтаж столешницы",
        ),
        "KT",
    ),
    (
        ("SkyLine Aerials", "Antennebouw Zenit", "Antennemester AS", "Антенна-Мастер"),
        (
            "an aerial installation",
            "een schotelantenne",
            "montering av parabol",
            "установку антенны",
        ),
        "AE",
    ),
    (
        ("Zipway Scooters", "StepStad", "Sparkesykkel Byrulle", "Самокат Сити"),
        (
            "my scooter rental deposit",
            "mijn borg van de stepverhuur",
            "depositumet for sparkesykkelen",
            "залог за аренду самоката",
        ),
        "SC",
    ),
    (
        ("Fresh Fold Laundry", "Wasserette De Bleek", "Vaskeriet Lin", "Прачечная Свежесть"),
        (
            "my laundry pick-up",
            "het ophalen van mijn was",
            "henting av klesvasken",
            "вывоз белья в стирку",
        ),
        "LD",
    ),
    (
        (
            "Hollins & Vane Funeral Care",
            "Uitvaartzorg Rustpunt",
            "Begravelsesbyrået Stille",
            "Ритуальная служба Память",
        ),
        (
            "arrangements for my late father",
            "de uitvaart van mijn vader",
            "begravelsen til far",
            "похороны отца",
        ),
        "FU",
    ),
    (
        ("PawSure Pet Insurance", "DierVerzekerd", "Dyretrygg Forsikring", "ЗооПолис"),
        (
            "a claim for my dog's surgery",
            "een declaratie voor de operatie van mijn kat",
            "et krav for operasjonen til hunden",
            "возмещение за операцию кота",
        ),
        "PI",
    ),
    (
        ("Bubble Bay Hot Tubs", "Jacuzzi Service Oost", "Boblebad Service", "СПА-Бассейн Сервис"),
        (
            "the hot tub service",
            "het onderhoud van de jacuzzi",
            "service på boblebadet",
            "обслуживание джакузи",
        ),
        "HT",
    ),
    (
        ("Easel & Ink Art Supplies", "Tekenhuis Palet", "Kunstnerbua", "Художник-Маркет"),
        (
            "an oil paint order",
            "een bestelling olieverf",
            "en bestilling oljemaling",
            "заказ масляных красок",
        ),
        "AS",
    ),
    (
        ("PressRun Printing", "Drukkerij Kopij", "Trykkeriet Sats", "Типография Оттиск"),
        (
            "the wedding invitations print job",
            "de drukproef van de geboortekaartjes",
            "trykkjobben med invitasjoner",
            "печать приглашений",
        ),
        "PR",
    ),
    (
        ("FlameFill Gas Bottles", "Gasflessen Direct", "Gassflaske Levering", "ГазБаллон Доставка"),
        (
            "a gas bottle delivery",
            "de levering van gasflessen",
            "levering av gassflasker",
            "доставку газовых баллонов",
        ),
        "GB",
    ),
    (
        ("Lodge Furniture Rental", "Meubelhuur Thuis", "Møbelutleie Hjem", "Мебель напрокат"),
        (
            "renting a sofa and desk",
            "het huren van een bank en bureau",
            "leie av sofa og skrivebord",
            "аренду дивана и стола",
        ),
        "FR",
    ),
    (
        ("ShineClub Car Wash", "Wasstraat Glans", "Bilvask Blank", "Автомойка Блеск"),
        (
            "my car wash membership",
            "mijn wasabonnement",
            "vaskeabonnementet mitt",
            "абонемент на автомойку",
        ),
        "CW",
    ),
    (
        ("Oak & Ash Tree Surgeons", "Boomverzorging Kruin", "Trepleie Krona", "Арбористы Крона"),
        (
            "felling a dead ash",
            "het kappen van een dode es",
            "felling av et dødt tre",
            "спил сухого дерева",
        ),
        "TS",
    ),
    (
        ("Floorcraft Carpets", "Vloerenhuis Plank", "Gulvsenteret", "Паркет-Центр"),
        (
            "the oak floor quote",
            "de offerte voor de eiken vloer",
            "tilbudet på eikegulv",
            "смету на паркет",
        ),
        "FL",
    ),
    (
        (
            "Riverside Parking Permits",
            "Parkeervergunningen Stadsbeheer",
            "Beboerparkering Sentrum",
            "Парковочные разрешения Центр",
        ),
        (
            "a resident parking permit",
            "een bewonersvergunning",
            "beboerparkering",
            "резидентное парковочное разрешение",
        ),
        "PP",
    ),
    (
        ("Crumb & Cherry Cakes", "Taartenbakkerij Kers", "Kakebua Sukker", "Кондитерская Вишня"),
        (
            "a birthday cake order",
            "een taart voor een verjaardag",
            "bestilling av bursdagskake",
            "заказ торта на день рождения",
        ),
        "CK",
    ),
    (
        ("Guardline Alarms", "Alarmcentrale Waakzaam", "Alarmvakta AS", "Охранные системы Щит"),
        (
            "the alarm system contract",
            "het alarmabonnement",
            "alarmavtalen",
            "договор на сигнализацию",
        ),
        "AL",
    ),
    (
        (
            "Masquerade Costume Hire",
            "Kostuumverhuur Toneel",
            "Kostymeutleie Maske",
            "Прокат костюмов Маскарад",
        ),
        (
            "hiring costumes for a party",
            "kostuums huren voor een feest",
            "leie av kostymer til fest",
            "прокат костюмов на праздник",
        ),
        "CH",
    ),
    (
        (
            "Quadrant Student Lets",
            "Studentenhuisvesting Campus",
            "Studentboliger Kvartal",
            "Студенческое жильё Кампус",
        ),
        (
            "a room for my daughter",
            "een kamer voor mijn zoon",
            "en hybel til datteren min",
            "комнату для дочери",
        ),
        "SH",
    ),
]
COMPANY_TOWN = {
    "en": ("Unit 4, Ferry Road, Kendal LA9 5SN",),
    "nl": ("Industrieweg 22, 7202 CA Zutphen",),
    "nb": ("Næringsveien 8, 3612 Kongsberg",),
    "ru": ("г. Калуга, ул. Промышленная, 12",),
}

# ---------------------------------------------------------------------------------------
# phrases (the agent's questions and the customer's cues), written for this set
# ---------------------------------------------------------------------------------------
Q = {
    "en": {"CUSTOMER_NUMBER": ["Could you give me your customer number?", "What's the account number on your profile with us?"],
           "BOOKING_REFERENCE": ["What's the booking reference?", "Do you have the reservation code handy?"],
           "DATE_OF_BIRTH": ["And your date of birth, please?", "Can you confirm your DOB for security?"],
           "PASSPORT": ["I need the passport number for the ID check.", "What's your passport number?"],
           "NATIONAL_ID": ["Could you give me your National Insurance number?", "What's your NI number?"],
           "PHONE_NUMBER": ["Which number can we ring you on?", "What's the best phone number for the driver?"],
           "EMAIL_ADDRESS": ["What email should the confirmation go to?", "Which e-mail address do you use with us?"],
           "PERSON": ["Who is the account holder?", "And whose name is it under?"],
           "IBAN_CODE": ["Which IBAN should we refund to?", "Can I have the IBAN for the refund?"],
           "BANK_ACCOUNT": ["What are the sort code and account number?", "Which bank account shall we pay back into?"],
           "CREDIT_CARD": ["Which card number shall I charge?", "Can you read me the long number on the card?"]},
    "nl": {"CUSTOMER_NUMBER": ["Wat is uw klantnummer?", "Heeft u uw relatienummer bij de hand?"],
           "BOOKING_REFERENCE": ["Wat is de reserveringscode?", "Welke boekingscode staat op uw bevestiging?"],
           "DATE_OF_BIRTH": ["Mag ik ook uw geboortedatum?", "Wat is uw geboortedatum ter controle?"],
           "PASSPORT": ["Wat is het nummer van uw paspoort?", "Ik heb uw paspoortnummer nodig voor de legitimatie."],
           "NATIONAL_ID": ["Wat is uw BSN?", "Mag ik uw burgerservicenummer?"],
           "PHONE_NUMBER": ["Op welk nummer kunnen we u bellen?", "Welk mobiel nummer kan de monteur bellen?"],
           "EMAIL_ADDRESS": ["Naar welk e-mailadres mag de bevestiging?", "Wat is uw mailadres?"],
           "PERSON": ["Op wiens naam staat het?", "Wie is de contractant?"],
           "IBAN_CODE": ["Op welk IBAN mogen we het terugstorten?", "Wat is uw rekeningnummer (IBAN)?"],
           "CREDIT_CARD": ["Welk creditcardnummer mag ik belasten?", "Kunt u het kaartnummer doorgeven?"]},
    "nb": {"CUSTOMER_NUMBER": ["Hva er kundenummeret ditt?", "Har du medlemsnummeret for hånden?"],
           "BOOKING_REFERENCE": ["Hva er bestillingskoden?", "Hvilken referanse står på bekreftelsen?"],
           "DATE_OF_BIRTH": ["Og fødselsdatoen din?", "Kan du bekrefte når du er født?"],
           "PASSPORT": ["Hva er passnummeret?", "Jeg trenger nummeret på passet ditt."],
           "NATIONAL_ID": ["Hva er fødselsnummeret ditt?", "Kan du oppgi personnummeret (11 siffer)?"],
           "PHONE_NUMBER": ["Hvilket nummer kan vi ringe deg på?", "Hva er mobilnummeret ditt?"],
           "EMAIL_ADDRESS": ["Hvilken e-postadresse skal bekreftelsen til?", "Hva er e-posten din?"],
           "PERSON": ["Hvem står avtalen på?", "Hvem er kontoinnehaver?"],
           "IBAN_CODE": ["Hvilken IBAN skal vi refundere til?", "Kan du gi meg IBAN?"],
           "BANK_ACCOUNT": ["Hvilket kontonummer skal pengene inn på?", "Hva er kontonummeret ditt?"],
           "CREDIT_CARD": ["Hvilket kortnummer skal jeg belaste?", "Kan du lese opp kortnummeret?"]},
    "ru": {"CUSTOMER_NUMBER": ["Назовите, пожалуйста, номер клиента.", "Какой у вас номер договора клиента?"],
           "BOOKING_REFERENCE": ["Какой код бронирования?", "Продиктуйте номер брони, пожалуйста."],
           "DATE_OF_BIRTH": ["Ваша дата рождения?", "Подтвердите дату рождения, пожалуйста."],
           "PASSPORT": ["Номер паспорта, пожалуйста.", "Какие серия и номер загранпаспорта?"],
           "NATIONAL_ID": ["Ваш СНИЛС?", "Укажите ИНН, пожалуйста."],
           "PHONE_NUMBER": ["По какому номеру вам позвонить?", "Ваш контактный телефон?"],
           "EMAIL_ADDRESS": ["На какую почту отправить подтверждение?", "Ваш адрес электронной почты?"],
           "PERSON": ["На кого оформлен договор?", "Как зовут владельца счёта?"],
           "BANK_ACCOUNT": ["На какой счёт вернуть деньги?", "Номер вашего счёта для возврата?"],
           "CREDIT_CARD": ["Номер карты для оплаты?", "Продиктуйте номер карты."]},
}  # fmt: skip
CUE = {  # plain: the cue sits in the same message
    "en": {"CUSTOMER_NUMBER": "my customer number is {v}", "BOOKING_REFERENCE": "booking ref {v}", "DATE_OF_BIRTH": "I was born on {v}",
           "PASSPORT": "passport no. {v}", "NATIONAL_ID": "my NI number is {v}", "PHONE_NUMBER": "you can call me on {v}",
           "EMAIL_ADDRESS": "my email is {v}", "IBAN_CODE": "refund to IBAN {v} please", "BANK_ACCOUNT": "sort code and account: {v}", "CREDIT_CARD": "card number {v}"},
    "nl": {"CUSTOMER_NUMBER": "mijn klantnummer is {v}", "BOOKING_REFERENCE": "reserveringscode {v}", "DATE_OF_BIRTH": "ik ben geboren op {v}",
           "PASSPORT": "paspoortnummer {v}", "NATIONAL_ID": "mijn BSN is {v}", "PHONE_NUMBER": "bel me gerust op {v}",
           "EMAIL_ADDRESS": "mijn e-mail is {v}", "IBAN_CODE": "graag terugstorten op {v}", "CREDIT_CARD": "creditcard {v}"},
    "nb": {"CUSTOMER_NUMBER": "kundenummeret mitt er {v}", "BOOKING_REFERENCE": "bestillingskode {v}", "DATE_OF_BIRTH": "jeg er født {v}",
           "PASSPORT": "passnummer {v}", "NATIONAL_ID": "fødselsnummer {v}", "PHONE_NUMBER": "ring meg på {v}",
           "EMAIL_ADDRESS": "e-posten min er {v}", "IBAN_CODE": "IBAN: {v}", "BANK_ACCOUNT": "kontonummer {v}", "CREDIT_CARD": "kortnummer {v}"},
    "ru": {"CUSTOMER_NUMBER": "мой номер клиента {v}", "BOOKING_REFERENCE": "код брони {v}", "DATE_OF_BIRTH": "дата рождения {v}",
           "PASSPORT": "загранпаспорт {v}", "NATIONAL_ID": "СНИЛС {v}", "PHONE_NUMBER": "мой телефон {v}",
           "EMAIL_ADDRESS": "почта {v}", "BANK_ACCOUNT": "счёт для возврата {v}", "CREDIT_CARD": "номер карты {v}"},
}  # fmt: skip
P = {  # the rest of the chat
    "en": {"greet": "Hi, thanks for contacting {co}! You're through to {a}. How can I help?", "open": ["Hello, it's about {t}.", "hi there, question about {t}", "hiya, qustion abt {t}", "Morning. Ringing re {t} – well, typing"],
           "askname": "Happy to help. Can I take your full name first?", "name": ["It's {n}.", "{n} here", "name's {n}"], "ok": ["Thanks!", "Got it, thank you.", "Perfect."],
           "wait": ["one sec, finding it", "hang on, it's in my other email", "erm let me check"], "nohurry": ["No rush.", "Take your time."],
           "back": ["the one on the invoice?", "you mean the long number?"], "yes": ["Yes, that one.", "That's right."],
           "fill": ["uh ", "erm ", "ok so its ", "its ", ""], "oops": ["oops sent too soon", "sorry hit enter", "…"], "fix": ["sorry typo, it's {v}", "no wait: {v}", "correction {v}"],
           "list_intro": ["There are {k} of us:", "ok here are everyone's details", "copied from my spreadsheet:", "The travellers are"], "and": " and ", "rel": ["our son ", "my partner ", "my mum ", ""],
           "accts": ["I've got {k} accounts with you:", "the numbers are"], "askaddr": ["Where should we send it?", "What's the address for the visit?", "Where shall the driver come?"],
           "abroad": "we're abroad at the moment, send it here:", "order_q": "What's the order number?", "date_q": "Which date suits you?", "date_a": "{d} please, around {t}",
           "amount": "That comes to {m} including VAT; invoice {i} will follow.", "contact": "You can also call us on {p} or drop by at {ad}.", "voucher": "I have a discount code, {v}",
           "applied": "Applied! Item {p} is now reduced.", "case": "I've logged it under case {c}.", "acct": "Please transfer the deposit to our account {i}.",
           "away": "just so you know we're in {d} until {dt}", "invq": "Do you have your customer number?", "inva": "I only have invoice number {i}", "inva2": "I'll look it up from that, no problem.",
           "bye_a": "Anything else I can help with?", "bye_c": ["no that's all, thanks!", "All sorted, cheers", "no thx bye"], "amt": "£{x}.{y:02d}", "tm": "{h}:{m:02d}"},
    "nl": {"greet": "Goedemiddag, u chat met {a} van {co}. Waarmee kan ik helpen?", "open": ["Hallo, het gaat over {t}.", "hoi, vraagje over {t}", "hallo, vraag ovr {t}", "Goedemorgen, ik mail over {t}"],
           "askname": "Natuurlijk. Wat is uw volledige naam?", "name": ["{n}", "Met {n}.", "ik ben {n}"], "ok": ["Dank u!", "Top, dank je.", "Genoteerd."],
           "wait": ["momentje, even zoeken", "ff kijken hoor", "wacht, staat in de andere mail"], "nohurry": ["Geen haast.", "Neem de tijd."],
           "back": ["die van de factuur?", "bedoelt u dat lange nummer?"], "yes": ["Ja, die.", "Klopt."],
           "fill": ["eh ", "uhm ", "nou ", "het is ", ""], "oops": ["oeps te vroeg verstuurd", "sorry enter", "…"], "fix": ["sorry tikfout, het is {v}", "nee wacht: {v}", "correctie {v}"],
           "list_intro": ["We zijn met {k}:", "hier de gegevens van iedereen", "uit mijn excel gekopieerd:", "Het gaat om"], "and": " en ", "rel": ["onze zoon ", "mijn vriendin ", "mijn moeder ", ""],
           "accts": ["ik heb {k} klantnummers bij jullie:", "het zijn deze nummers"], "askaddr": ["Waar mogen we het naartoe sturen?", "Op welk adres moet de monteur komen?", "Waar moet de bezorger heen?"],
           "abroad": "we zitten nu in het buitenland, stuur het hierheen:", "order_q": "Wat is het ordernummer?", "date_q": "Welke datum komt u uit?", "date_a": "{d} graag, rond {t}",
           "amount": "Dat wordt {m} inclusief btw; factuur {i} volgt.", "contact": "U kunt ons ook bellen op {p} of langskomen op {ad}.", "voucher": "ik heb een kortingscode, {v}",
           "applied": "Verwerkt! Artikel {p} is nu afgeprijsd.", "case": "Ik heb het vastgelegd onder zaaknummer {c}.", "acct": "Wilt u de borg overmaken naar ons rekeningnummer {i}?",
           "away": "we zitten trouwens tot {dt} in {d}", "invq": "Heeft u uw klantnummer?", "inva": "ik heb alleen factuurnummer {i}", "inva2": "Daar kan ik het ook mee vinden.",
           "bye_a": "Kan ik nog ergens mee helpen?", "bye_c": ["nee dat was het, bedankt!", "Top, fijne dag", "nee hoor doei"], "amt": "€ {x},{y:02d}", "tm": "{h}:{m:02d}"},
    "nb": {"greet": "Hei, du chatter med {a} hos {co}. Hva kan jeg hjelpe med?", "open": ["Hei, det gjelder {t}.", "hallo, spørsmål om {t}", "hei, spørsmål ang {t}", "God morgen, skriver angående {t}"],
           "askname": "Selvsagt. Hva er fullt navn?", "name": ["{n}", "Det er {n}.", "jeg heter {n}"], "ok": ["Takk!", "Flott, takk.", "Notert."],
           "wait": ["et øyeblikk, må finne det", "vent litt", "øh må sjekke mailen"], "nohurry": ["Ingen hast.", "Bare ta tiden du trenger."],
           "back": ["det på fakturaen?", "mener du det lange nummeret?"], "yes": ["Ja, det.", "Stemmer."],
           "fill": ["eh ", "øh ", "altså ", "det er ", ""], "oops": ["oi sendte for tidlig", "sorry trykket enter", "…"], "fix": ["sorry skrivefeil, det er {v}", "nei vent: {v}", "rettelse {v}"],
           "list_intro": ["Vi er {k}:", "her er opplysningene", "kopiert fra regnearket:", "Det gjelder"], "and": " og ", "rel": ["sønnen vår ", "samboeren min ", "mora mi ", ""],
           "accts": ["jeg har {k} kundenummer hos dere:", "det er disse numrene"], "askaddr": ["Hvor skal vi sende det?", "Hvilken adresse skal montøren komme til?", "Hvor skal sjåføren levere?"],
           "abroad": "vi er i utlandet nå, send det hit:", "order_q": "Hva er ordrenummeret?", "date_q": "Hvilken dato passer?", "date_a": "{d} takk, rundt {t}",
           "amount": "Det blir {m} inkl. mva; faktura {i} kommer.", "contact": "Du kan også ringe oss på {p} eller stikke innom {ad}.", "voucher": "jeg har en rabattkode, {v}",
           "applied": "Lagt inn! Vare {p} er nå rabattert.", "case": "Jeg har registrert det som sak {c}.", "acct": "Depositumet betales til vår konto {i}.",
           "away": "forresten er vi i {d} til {dt}", "invq": "Har du kundenummeret ditt?", "inva": "har bare fakturanummer {i}", "inva2": "Det går fint, jeg finner det.",
           "bye_a": "Noe mer jeg kan hjelpe med?", "bye_c": ["nei det var alt, takk!", "Supert, ha en fin dag", "nei takk ha det"], "amt": "{x},{y:02d} kr", "tm": "{h}.{m:02d}"},
    "ru": {"greet": "Здравствуйте! {co}, меня зовут {a}. Чем могу помочь?", "open": ["Добрый день, хочу уточнить про {t}.", "здравствуйте, вопрос про {t}", "здраствуйте вопрос про {t}", "Пишу насчёт заявки на {t}"],
           "askname": "Конечно. Как вас зовут, полностью?", "name": ["{n}", "Меня зовут {n}.", "это {n}"], "ok": ["Спасибо!", "Отлично, спасибо.", "Записано."],
           "wait": ["минутку, ищу", "щас посмотрю", "секунду, это в другой почте"], "nohurry": ["Не торопитесь.", "Конечно, жду."],
           "back": ["который в счёте?", "длинный номер?"], "yes": ["Да, его.", "Верно."],
           "fill": ["эээ ", "так ", "ну ", "вот ", ""], "oops": ["ой рано отправил", "извините, enter нажал", "…"], "fix": ["опечатка, правильно {v}", "нет, стоп: {v}", "исправляю: {v}"],
           "list_intro": ["Нас {k}:", "вот данные всех", "скопировал из таблицы:", "Это"], "and": " и ", "rel": ["наш сын ", "моя жена ", "моя мама ", ""],
           "accts": ["у меня {k} клиентских номера:", "номера такие"], "askaddr": ["Куда отправить?", "По какому адресу приехать мастеру?", "Куда доставить?"],
           "abroad": "мы сейчас за границей, отправьте сюда:", "order_q": "Какой номер заказа?", "date_q": "Какая дата вам удобна?", "date_a": "{d}, примерно в {t}",
           "amount": "Итого {m} с НДС; счёт {i} придёт на почту.", "contact": "Можно также позвонить нам: {p}, или приехать: {ad}.", "voucher": "у меня есть промокод {v}",
           "applied": "Применено! Товар {p} теперь со скидкой.", "case": "Обращение зарегистрировано под номером {c}.", "acct": "Залог переведите на наш счёт {i}.",
           "away": "кстати мы в {d} до {dt}", "invq": "Номер клиента у вас есть?", "inva": "есть только номер счёта {i}", "inva2": "Хорошо, найду по нему.",
           "bye_a": "Могу ещё чем-то помочь?", "bye_c": ["нет, это всё, спасибо!", "Отлично, до свидания", "нет спс"], "amt": "{x} руб. {y:02d} коп.", "tm": "{h}:{m:02d}"},
}  # fmt: skip
TYPES = {lang: list(Q[lang]) for lang in LANGS}
SPLITTABLE = [
    "PHONE_NUMBER",
    "IBAN_CODE",
    "BANK_ACCOUNT",
    "CREDIT_CARD",
    "CUSTOMER_NUMBER",
    "NATIONAL_ID",
]


def luhn_card(rng: random.Random) -> str:
    body = rng.choice(["4", "51", "55", "2221"]) + digits(rng, 15, first_nonzero=False)
    body = body[:15]
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    num = body + str((10 - total % 10) % 10)
    return " ".join(num[i : i + 4] for i in range(0, 16, 4))


def ni_number(rng: random.Random) -> str:
    first, second = rng.choice("ABCEGHJKLMNPRSTWXYZ"), rng.choice("ABCEGHJKLMNPRSTWXYZ")
    d = digits(rng, 6, first_nonzero=False)
    return f"{first}{second} {d[:2]} {d[2:4]} {d[4:]} {rng.choice('ABCD')}"


class Conv:
    def __init__(self, rng: random.Random, lang: str, sector: tuple) -> None:
        self.rng, self.lang, self.p = rng, lang, P[lang]
        self.turns: list[tuple[str, list[Part]]] = []
        self.co = sector[0][LANGS.index(lang)]
        self.topic = sector[1][LANGS.index(lang)]
        self.prefix = sector[2]
        self.first, self.last = self.person()

    def pick(self, key: str) -> str:
        return self.rng.choice(self.p[key])

    def a(self, *parts: Part) -> None:
        self.turns.append(("agent", list(parts)))

    def c(self, *parts: Part) -> None:
        self.turns.append(("customer", list(parts)))

    def person(self) -> tuple[str, str]:
        f, la = self.rng.choice(FIRST[self.lang]), self.rng.choice(LAST[self.lang])
        return f, (la + "а" if self.lang == "ru" and f in RU_F else la)

    def dob(self) -> str:
        if self.lang == "nb" and self.rng.random() < 0.3:
            _, (d, m, y) = no_fnr(self.rng)
        else:
            d, m, y = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1948, 2012)
        return date_text(self.rng, self.lang, d, m, y)

    def value(self, typ: str) -> str:
        r, lang = self.rng, self.lang
        if typ == "CUSTOMER_NUMBER":
            return r.choice(["", "", "K", "C-"]) + digits(r, r.choice([6, 7, 8, 9]))
        if typ == "BOOKING_REFERENCE":
            return booking_ref(r)
        if typ == "DATE_OF_BIRTH":
            return self.dob()
        if typ == "PASSPORT":
            return passport(r, lang)
        if typ == "NATIONAL_ID":
            if lang == "nl":
                return nl_bsn(r)
            if lang == "nb":
                return no_fnr(r)[0]
            if lang == "ru":
                return ru_snils(r) if r.random() < 0.6 else ru_inn(r)
            return ni_number(r)
        if typ == "PHONE_NUMBER":
            return phone(r, lang)
        if typ == "EMAIL_ADDRESS":
            f, la = self.first, self.last
            local = (
                r.choice([f"{f}.{la}", f"{f[0]}{la}", f"{la}{r.randint(2, 98)}"])
                .lower()
                .translate(TRANS)
                .replace(" ", "")
            )
            return f"{local}@{r.choice(DOMAINS[lang])}"
        if typ == "PERSON":
            f, la = self.person()
            return f"{f} {la}"
        if typ == "IBAN_CODE":
            return iban(r, {"en": "GB", "nl": "NL", "nb": "NO"}[lang])
        if typ == "BANK_ACCOUNT":
            if lang == "nb":
                v = no_kontonr(r)
                return r.choice([v, f"{v[:4]} {v[4:6]} {v[6:]}", f"{v[:4]}.{v[4:6]}.{v[6:]}"])
            if lang == "ru":
                return ru_account(r)
            d = digits(r, 6)
            return f"{d[:2]}-{d[2:4]}-{d[4:]} {digits(r, 8)}"
        if typ == "CREDIT_CARD":
            return luhn_card(r)
        raise ValueError(typ)

    def address(self, lower: bool = True, abroad: bool = False) -> str:
        r = self.rng
        lang = r.choice([x for x in LANGS if x != self.lang]) if abroad else self.lang
        street, (town, pc) = r.choice(STREETS[lang]), r.choice(TOWNS[lang])
        no = str(r.randint(1, 160)) + r.choice(
            ["", "", "a", "b"] if lang != "ru" else ["", "", "а", "/2"]
        )
        fl = r.choice(FLOOR[lang]).format(n=r.randint(1, 4)) if r.random() < 0.4 else ""
        if lang == "en":
            s = f"{fl + ', ' if fl else ''}{no} {street}, {town} {pc}"
        elif lang == "nl":
            s = f"{street} {no}{' ' + fl if fl else ''}, {pc.replace(' ', '') if r.random() < 0.5 else pc} {town}"
        elif lang == "nb":
            s = f"{street} {no}{', ' + fl if fl else ''}, {pc} {town}"
        else:
            s = r.choice(
                [
                    f"{town}, {street}, д. {no}, кв. {r.randint(1, 90)}",
                    f"{pc}, {town}, {street} {no}{', ' + fl if fl else ''}",
                ]
            )
        if abroad and lang != self.lang and self.lang in ("en", "nl", "nb") and lang != "ru":
            s += {"en": ", UK", "nl": ", Nederland", "nb": ", Norge"}[lang]
        return s.lower() if lower else s

    # --- building blocks -------------------------------------------------------------
    def opening(self) -> None:
        self.a(
            *T(
                self.p["greet"],
                co=N(self.co, "company_name"),
                a=E(self.rng.choice(AGENTS[self.lang]), "PERSON", "plain"),
            )
        )
        self.c(*T(self.pick("open"), t=self.topic))
        self.a(self.p["askname"])
        self.c(*T(self.pick("name"), n=E(f"{self.first} {self.last}", "PERSON", "plain")))

    def bare(self) -> None:
        typ = self.rng.choice(TYPES[self.lang])
        v = self.value(typ)
        self.a(self.pick("ok") + " " + self.rng.choice(Q[self.lang][typ]))
        mode = self.rng.randint(0, 3)
        if mode == 1:
            self.c(self.pick("wait"))
            self.a(self.pick("nohurry"))
        elif mode == 2 and typ in SPLITTABLE:
            self.c(self.pick("back"))
            self.a(self.pick("yes"))
        if typ in ("BOOKING_REFERENCE", "PERSON", "PASSPORT") and self.rng.random() < 0.5:
            v = v.lower()
        self.c(self.pick("fill"), E(v, typ, "bare_answer"))

    def plain(self, typ: str | None = None) -> None:
        typ = typ or self.rng.choice([t for t in CUE[self.lang] if t != "PERSON"])
        self.c(*T(CUE[self.lang][typ], v=E(self.value(typ), typ, "plain")))
        self.a(self.pick("ok"))

    def listing(self) -> None:
        r, lang, p = self.rng, self.lang, self.p
        k = r.randint(2, 4)
        if r.random() < 0.25:  # several accounts / member numbers
            nums = [self.value("CUSTOMER_NUMBER") for _ in range(k)]
            parts: list[Part] = [p["accts"][r.randint(0, 1)].format(k=k), " "]
            for i, n in enumerate(nums):
                if i:
                    parts.append(p["and"] if i == k - 1 else ", ")
                parts.append(E(n, "CUSTOMER_NUMBER", "list"))
            self.a(self.pick("ok") + " " + Q[lang]["CUSTOMER_NUMBER"][0])
            self.c(*parts)
            return
        doc = r.choice(["PASSPORT", "NATIONAL_ID", "DATE_OF_BIRTH"])
        self.a(
            self.pick("ok") + " " + Q[lang]["PASSPORT" if doc == "PASSPORT" else "DATE_OF_BIRTH"][1]
        )
        rows = []
        for i in range(k):
            f, la = (self.first, self.last) if i == 0 else self.person()
            name = f"{f} {la}" if r.random() < 0.8 else f"{f} {la}".lower()
            rows.append(
                (
                    E(name, "PERSON", "list"),
                    E(self.dob(), "DATE_OF_BIRTH", "list"),
                    E(self.value(doc), doc, "list") if doc != "DATE_OF_BIRTH" else None,
                )
            )
        layout = r.randint(0, 3)
        parts = [self.pick("list_intro").format(k=k), "\n" if layout != 1 else " "]
        for i, row in enumerate(rows):
            cells = [x for x in row if x is not None]
            if layout == 0:
                sep, pre, end = ", ", "", "\n"
            elif layout == 1:
                sep, pre, end = (
                    " ",
                    (self.pick("rel") if i else ""),
                    (p["and"] if i == k - 2 else ", "),
                )
            elif layout == 2:
                sep, pre, end = " – ", f"{i + 1}. ", "\n"
            else:
                sep, pre, end = "\t", "", "\n"
            parts.append(pre)
            for j, cell in enumerate(cells):
                if j:
                    parts.append(sep)
                parts.append(cell)
            if i < k - 1:
                parts.append(end)
        self.c(*parts)

    def split(self) -> None:
        r = self.rng
        typ = r.choice([t for t in SPLITTABLE if t in Q[self.lang]])
        v = self.value(typ)
        self.a(self.pick("ok") + " " + r.choice(Q[self.lang][typ]))
        if r.random() < 0.35:  # typed, then corrected
            idx = [i for i, ch in enumerate(v) if ch.isdigit()][-3]
            wrong = v[:idx] + str((int(v[idx]) + r.randint(1, 8)) % 10) + v[idx + 1 :]
            self.c(E(wrong, typ, "split"))
            self.c(*T(self.pick("fix"), v=E(v, typ, "split")))
            return
        n = 3 if len(v) > 16 and r.random() < 0.4 else 2
        while True:
            cuts = sorted(r.sample(range(3, len(v) - 2), n - 1))
            pieces = [v[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(v)], strict=True)]
            if all(len(x) > 1 for x in pieces):
                break
        for i, piece in enumerate(pieces):
            tail = [" ", self.pick("oops")] if i == 0 and r.random() < 0.5 else []
            self.c(E(piece, typ, "split"), *tail)

    def disguised(self) -> None:
        r, lang = self.rng, self.lang
        mode = r.randint(0, 3)
        if mode == 0:
            typ = "EMAIL_ADDRESS"
            email = self.value(typ)
            local, dom = email.split("@")
            dot, at = r.choice(DOT[lang]), r.choice(AT[lang])
            v = f" {dot} ".join(local.split(".")) + f" {at} " + f" {dot} ".join(dom.split("."))
        elif mode == 1:
            typ = r.choice(["PHONE_NUMBER", "CUSTOMER_NUMBER"])
            raw = "".join(ch for ch in self.value(typ) if ch.isdigit() or ch == "+")
            out = [
                NUMBER_WORDS[lang][int(ch)] if ch.isdigit() and r.random() < 0.7 else ch
                for ch in raw
            ]
            v = " ".join(out).replace("+ ", "+")
        elif mode == 2:
            typ = r.choice(
                [
                    t
                    for t in ("IBAN_CODE", "BANK_ACCOUNT", "PHONE_NUMBER", "CUSTOMER_NUMBER")
                    if t in Q[lang]
                ]
            )
            v = with_zero_width(r, self.value(typ), r.randint(1, 3))
        else:
            typ = r.choice(
                [t for t in ("PASSPORT", "BOOKING_REFERENCE", "IBAN_CODE") if t in Q[lang]]
            )
            v = self.value(typ)
            v2 = with_homoglyphs(r, v, 2)
            v = v2 if v2 != v else with_zero_width(r, v, 1)
        self.a(self.pick("ok") + " " + r.choice(Q[lang][typ]))
        self.c(self.pick("fill"), E(v, typ, "disguised"))

    def addr(self) -> None:
        r = self.rng
        self.a(self.pick("ok") + " " + self.pick("askaddr"))
        abroad = r.random() < 0.3
        v = self.address(lower=r.random() < 0.8, abroad=abroad)
        if abroad:
            self.c(self.p["abroad"], "\n", E(v, "LOCATION", "address_no_cue"))
        else:
            self.c(self.pick("fill"), E(v, "LOCATION", "address_no_cue"))

    def negatives(self, n: int) -> None:
        r, p, lang = self.rng, self.p, self.lang
        inv = f"{r.choice(['INV-', 'F', ''])}{r.randint(2026, 2027)}{digits(r, 5, first_nonzero=False)}"

        def date() -> str:
            d, m, y = r.randint(1, 28), r.randint(1, 12), r.choice([2026, 2027])
            return date_text(r, lang, d, m, y)

        def tm() -> str:
            return p["tm"].format(h=r.randint(8, 18), m=r.choice([0, 15, 30, 45]))

        def order() -> None:
            self.a(p["order_q"])
            self.c(
                self.pick("fill"),
                N(r.choice(["", "#", "ORD-", "SO"]) + digits(r, r.choice([7, 8])), "order_number"),
            )

        def when() -> None:
            self.a(p["date_q"])
            self.c(*T(p["date_a"], d=N(date(), "travel_date"), t=N(tm(), "time")))

        def amount() -> None:
            m = N(p["amt"].format(x=r.randint(20, 2400), y=r.choice([0, 50, 95, 99])), "amount")
            self.a(*T(p["amount"], m=m, i=N(inv, "invoice_number")))
            self.c(self.pick("ok"))

        def contact() -> None:
            self.a(
                *T(
                    p["contact"],
                    p=N(phone(r, lang, 1), "company_phone"),
                    ad=N(COMPANY_TOWN[lang][0], "company_address"),
                )
            )
            self.c(self.pick("ok"))

        def voucher() -> None:
            self.c(
                *T(
                    p["voucher"],
                    v=N(
                        r.choice(["SPRING", "WELKOM", "HOST", "SKIDKA"]) + str(r.randint(10, 30)),
                        "voucher_code",
                    ),
                )
            )
            self.a(*T(p["applied"], p=N(f"{self.prefix}-{digits(r, 4)}", "product_code")))

        def case() -> None:
            self.a(*T(p["case"], c=N(f"CS{digits(r, 6)}", "case_number")))
            self.c(self.pick("ok"))

        def account() -> None:
            acct = (
                ("40702810" + digits(r, 12, first_nonzero=False))
                if lang == "ru"
                else iban(r, {"en": "GB", "nl": "NL", "nb": "NO"}[lang])
            )
            self.a(*T(p["acct"], i=N(acct, "company_account")))
            self.c(self.pick("ok"))

        def away() -> None:
            self.c(
                *T(p["away"], d=N(r.choice(DEST[lang]), "destination"), dt=N(date(), "travel_date"))
            )
            self.a(self.pick("ok"))

        def invoice_for_customer() -> None:
            self.a(p["invq"])
            self.c(*T(p["inva"], i=N(inv, "invoice_number")))
            self.a(p["inva2"])

        blocks = [order, when, amount, contact, voucher, case, account, away, invoice_for_customer]
        for b in r.sample(blocks, n):
            b()

    def closing(self) -> None:
        self.a(self.p["bye_a"])
        self.c(self.pick("bye_c"))


def build(rng: random.Random, lang: str, cls: str, idx: int) -> list[tuple[str, list[Part]]]:
    while True:  # 8-25 messages
        turns = build_once(rng, lang, cls, idx)
        if 8 <= len(turns) <= 25:
            return turns


def build_once(rng: random.Random, lang: str, cls: str, idx: int) -> list[tuple[str, list[Part]]]:
    cv = Conv(rng, lang, SECTORS[(idx * 7 + LANGS.index(lang) * 3) % len(SECTORS)])
    cv.opening()
    main = {
        "bare_answer": cv.bare,
        "list": cv.listing,
        "split": cv.split,
        "disguised": cv.disguised,
        "address_no_cue": cv.addr,
    }
    steps = []
    if cls == "plain":
        steps += [cv.plain] * rng.randint(2, 3)
    else:
        steps += [main[cls]] * (
            rng.randint(2, 3) if cls in ("bare_answer", "disguised") else rng.randint(1, 2)
        )
        if rng.random() < 0.5:
            steps.append(cv.plain)
    k = rng.randint(2, 4)
    neg_at = rng.randint(0, len(steps))
    for i, step in enumerate(steps):
        if i == neg_at:
            cv.negatives(k)
        step()
    if neg_at == len(steps):
        cv.negatives(k)
    cv.closing()
    return cv.turns


def generate() -> list[dict]:
    rng = random.Random(SEED)
    records: list[dict] = []
    for lang in LANGS:
        for ci, cls in enumerate(ORDER):
            for j in range(25):
                n = ci * 25 + j + 1
                records += conversation_records(
                    f"sealed25-{lang}-{n:03d}", lang, build(rng, lang, cls, n)
                )
    return records


def stats(records: list[dict]) -> dict:
    convs = {r["conversation_id"] for r in records}
    return {
        "conversations": len(convs),
        "messages": dict(Counter(r["role"] for r in records)),
        "per_class": dict(Counter(e["class"] for r in records for e in r["entities"])),
        "per_type": dict(Counter(e["type"] for r in records for e in r["entities"])),
        "negatives": dict(Counter(n["kind"] for r in records for n in r["negatives"])),
        "lengths": [
            min(Counter(r["conversation_id"] for r in records).values()),
            max(Counter(r["conversation_id"] for r in records).values()),
        ],
    }


def main() -> None:
    out = (
        Path(sys.argv[1])
        if len(sys.argv) > 1
        else Path(__file__).resolve().parent / "sealed25.jsonl"
    )
    records = generate()
    errors = verify(records)
    if errors:
        raise SystemExit("\n".join(errors[:20]))
    write_jsonl(records, out)
    print(json.dumps(stats(records), ensure_ascii=False))


if __name__ == "__main__":
    main()
