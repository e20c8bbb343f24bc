# ruff: noqa: E501, RUF001  (hand-written phrase tables in four languages)
"""Sealed conversation set 8: 600 multi-turn chats (150 per language), written blind.

Written without reading the rules, the package or the other sets; only the format and the
classes of the README, ENTITIES.md and the number generators of ``make_values``.

    python bench/accuracy/conversations/make_sealed8.py [out.jsonl]
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

from stdnum import luhn

try:  # run as a script or imported from the tests
    from make_values import (
        NUMBER_WORDS,
        E,
        N,
        Part,
        conversation_records,
        digits,
        iban,
        nl_bsn,
        no_fnr,
        no_kontonr,
        order_number,
        phone,
        ru_account,
        ru_inn,
        ru_snils,
        verify,
        with_zero_width,
        write_jsonl,
    )
    from make_values import passport as _passport
except ImportError:  # pragma: no cover
    from bench.accuracy.conversations.make_values import (  # type: ignore[no-redef]
        NUMBER_WORDS,
        E,
        N,
        Part,
        conversation_records,
        digits,
        iban,
        nl_bsn,
        no_fnr,
        no_kontonr,
        order_number,
        phone,
        ru_account,
        ru_inn,
        ru_snils,
        verify,
        with_zero_width,
        write_jsonl,
    )
    from bench.accuracy.conversations.make_values import passport as _passport  # type: ignore[no-redef]

SEED = 20261211
LANGS = ("en", "nl", "nb", "ru")
CLASSES = ("bare_answer", "list", "split", "disguised", "address_no_cue", "plain")
PER_CLASS = 25  # conversations per class and language -> 150 per language

# ---------------------------------------------------------------------------------------
# people and places of this set (its own tables)
# ---------------------------------------------------------------------------------------

FIRST = {
    "en": [
        "Callum",
        "Harriet",
        "Rhys",
        "Imogen",
        "Declan",
        "Beatrice",
        "Finlay",
        "Eleanor",
        "Jasper",
        "Phoebe",
        "Rory",
        "Matilda",
        "Ewan",
        "Rosalind",
        "Gareth",
        "Lydia",
        "Owain",
        "Tamsin",
    ],
    "nl": [
        "Gijs",
        "Marloes",
        "Teun",
        "Roos",
        "Niels",
        "Esmee",
        "Stijn",
        "Merel",
        "Hidde",
        "Jikke",
        "Maarten",
        "Wietske",
        "Luuk",
        "Janneke",
        "Sjoerd",
        "Floor",
        "Bart",
        "Annemiek",
    ],
    "nb": [
        "Audun",
        "Sigrid",
        "Torstein",
        "Live",
        "Halvard",
        "Ingvild",
        "Espen",
        "Guro",
        "Snorre",
        "Tuva",
        "Ole",
        "Marit",
        "Fredrik",
        "Randi",
        "Geir",
        "Astrid",
        "Lars",
        "Synnøve",
    ],
    "ru": [
        "Григорий",
        "Вера",
        "Станислав",
        "Людмила",
        "Тимофей",
        "Дарья",
        "Роман",
        "Галина",
        "Виктор",
        "Полина",
        "Егор",
        "Надежда",
        "Олег",
        "Алёна",
        "Борис",
        "Ирина",
        "Кирилл",
        "Зоя",
    ],
}
LAST = {
    "en": [
        "Pennington",
        "Ollerton",
        "Fairbrother",
        "Gallagher",
        "Whitlock",
        "Brockley",
        "Appleby",
        "Treharne",
        "McAllister",
        "Crowther",
        "Lambourne",
        "Stanhope",
        "Entwistle",
        "Pryce",
    ],
    "nl": [
        "Verhoeven",
        "Dijkstra",
        "Postma",
        "van den Berg",
        "Koster",
        "de Graaf",
        "Wijnands",
        "Kramer",
        "ter Horst",
        "Veenstra",
        "Schouten",
        "van Wijk",
        "Bos",
        "Hendriks",
    ],
    "nb": [
        "Kristiansen",
        "Eide",
        "Fossum",
        "Rønning",
        "Sandvik",
        "Lie",
        "Myhre",
        "Tveit",
        "Skjelbred",
        "Hovland",
        "Bøe",
        "Vik",
        "Engen",
        "Ødegaard",
    ],
    "ru": [
        "Захаров",
        "Тихонов",
        "Егоров",
        "Гусев",
        "Комаров",
        "Баранов",
        "Антонов",
        "Жуков",
        "Медведев",
        "Крылов",
        "Громов",
        "Карпов",
        "Щербаков",
        "Субботин",
    ],
}
RU_FEM = {"Вера", "Людмила", "Дарья", "Галина", "Полина", "Надежда", "Алёна", "Ирина", "Зоя"}

STREETS = {
    "en": [
        "Heron Close",
        "Tanner's Row",
        "Elmfield Road",
        "Copse Lane",
        "Cathedral Walk",
        "Ropewalk",
        "Larkspur Drive",
        "Quarry Hill",
        "Nelson Terrace",
        "Beacon Rise",
        "Moorgate Street",
    ],
    "nl": [
        "Sparrenlaan",
        "Vlietweg",
        "Kastanjestraat",
        "Zuiderdiep",
        "Hoogstraat",
        "Populierenweg",
        "Wilhelminakade",
        "Achterom",
        "Koningsweg",
        "Brinkstraat",
        "Zeedijk",
    ],
    "nb": [
        "Rugveien",
        "Nordlysvegen",
        "Lerkeveien",
        "Sjøgata",
        "Blåbærstien",
        "Tollbugata",
        "Furulia",
        "Elvegata",
        "Trollsvingen",
        "Prestegårdsveien",
        "Bryggeveien",
    ],
    "ru": [
        "ул. Льва Толстого",
        "ул. Рябиновая",
        "пр. Победы",
        "ул. Заречная",
        "ул. Кирова",
        "ул. Строителей",
        "Полевая ул.",
        "ул. Комсомольская",
        "пер. Школьный",
        "ул. Луговая",
    ],
}
TOWNS = {
    "en": [
        ("Harrogate", "HG1 2RL"),
        ("Ipswich", "IP4 1QT"),
        ("Carlisle", "CA3 8PJ"),
        ("Exeter", "EX2 5DW"),
        ("Stirling", "FK8 1EA"),
        ("Lancaster", "LA1 4XQ"),
        ("Swansea", "SA2 0HN"),
        ("Durham", "DH1 3LE"),
    ],
    "nl": [
        ("Assen", "9401 HX"),
        ("Deventer", "7411 KT"),
        ("Gouda", "2801 JD"),
        ("Middelburg", "4331 LG"),
        ("Tilburg", "5038 BR"),
        ("Alkmaar", "1811 MC"),
        ("Sneek", "8601 AE"),
        ("Venlo", "5911 EZ"),
    ],
    "nb": [
        ("Gjøvik", "2815"),
        ("Molde", "6413"),
        ("Larvik", "3256"),
        ("Bodø", "8006"),
        ("Ålesund", "6002"),
        ("Harstad", "9405"),
        ("Kongsberg", "3611"),
        ("Arendal", "4836"),
    ],
    "ru": [
        ("Ярославль", "150000"),
        ("Воронеж", "394036"),
        ("Псков", "180000"),
        ("Иркутск", "664003"),
        ("Рязань", "390000"),
        ("Калуга", "248000"),
        ("Вологда", "160000"),
        ("Тула", "300041"),
    ],
}
DEST = {
    "en": ["Faro", "Reykjavik", "Bergen", "Porto", "Inverness", "Valencia", "Split"],
    "nl": ["Tenerife", "Praag", "Kopenhagen", "Ameland", "Nice", "Wenen", "Bonaire"],
    "nb": ["Kreta", "Tallinn", "Svalbard", "Mallorca", "Hurtigruten-Kirkenes", "Riga", "Nice"],
    "ru": ["Мурманск", "Ереван", "Владивосток", "Анапу", "Байкал", "Ташкент", "Петрозаводск"],
}
MONTHS = {
    "en": ["jan", "feb", "march", "april", "may", "june", "july", "aug", "sept", "oct", "nov", "dec"],
    "nl": ["jan", "feb", "maart", "april", "mei", "juni", "juli", "aug", "sept", "okt", "nov", "dec"],
    "nb": ["jan", "feb", "mars", "april", "mai", "juni", "juli", "aug", "sep", "okt", "nov", "des"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
           "октября", "ноября", "декабря"],
}  # fmt: skip
DOMAINS = {
    "en": ["gmail.com", "hotmail.co.uk", "sky.com", "protonmail.com", "virginmedia.com"],
    "nl": ["gmail.com", "planet.nl", "live.nl", "upcmail.nl", "outlook.com"],
    "nb": ["gmail.com", "getmail.no", "yahoo.no", "altibox.no", "icloud.com"],
    "ru": ["yandex.ru", "mail.ru", "inbox.ru", "list.ru", "gmail.com"],
}
TRANS = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
    "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "ch", "ш": "sh", "щ": "shch", "ы": "y", "э": "e",
    "ю": "yu", "я": "ya", "ь": "", "ъ": "", "ø": "oe", "å": "aa", "æ": "ae", "'": "", " ": "", "-": "",
})  # fmt: skip

# sector: company, the word for "customer number" there, an opening line of the customer
SECTORS: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        ("Brightsmile Dental", "patient number", "hi, i need to move my check-up"),
        ("Solent Isle Ferries", "customer number", "hello, our crossing got cancelled??"),
        ("Northbridge University admissions", "applicant ID", "hi im chasing my offer letter"),
        ("Wheelshare Club", "member number", "the app wont unlock the car"),
        ("Kingsmead Pharmacy", "patient ref", "my repeat prescription hasnt arrived"),
        (
            "Midlands Netball Association",
            "licence number",
            "hi, query about my player registration",
        ),
        ("Foxglove Pension Trust", "member reference", "i want to update my beneficiary details"),
        ("Hollybank Vets", "client number", "hi need to book the dog in for jabs"),
        ("Greystone Housing", "tenancy reference", "the boiler is broken again"),
        ("Riverside Live Promotions", "fan account number", "tickets for saturday never came"),
        ("Quayside Customs Brokers", "client code", "parcel held at customs, need help"),
        ("Ardmore Marina", "berth holder number", "hi about renewing my berth"),
    ],
    "nl": [
        ("Tandartspraktijk De Kies", "patiëntnummer", "hoi ik wil mijn afspraak verzetten"),
        ("Waddenveer", "klantnummer", "goedemiddag, onze overtocht is geannuleerd"),
        ("Hogeschool Zuidwest toelatingen", "studentnummer", "ik heb nog geen toelating gekregen"),
        ("DeelAuto Collectief", "lidnummer", "de auto gaat niet open met de app"),
        ("Apotheek De Vijzel", "klantnummer", "mijn herhaalrecept is er nog niet"),
        ("Volleybalbond Noord", "relatienummer", "vraagje over mijn spelerspas"),
        ("Pensioenfonds Zorgsaam", "deelnemersnummer", "ik wil mijn partner aanmelden"),
        ("Dierenkliniek Het Hoefijzer", "cliëntnummer", "mijn kat moet gevaccineerd worden"),
        ("Woonstichting Eemland", "huurdersnummer", "de cv-ketel doet het weer niet"),
        ("Podium Plaza Tickets", "accountnummer", "mijn e-tickets zijn niet binnengekomen"),
        ("Douane-expediteur Rijnmond", "klantcode", "mijn pakket staat vast bij de douane"),
        ("Jachthaven Het Anker", "ligplaatsnummer", "ik wil mijn ligplaats verlengen"),
    ],
    "nb": [
        ("Tannlegene i Sentrum", "pasientnummer", "hei, jeg må flytte timen min"),
        ("Fjordferja", "kundenummer", "hei, fergen vår ble innstilt"),
        ("Universitetet i Nord opptak", "søkernummer", "hei, har ikke fått svar på søknaden"),
        ("Delebilklubben", "medlemsnummer", "appen låser ikke opp bilen"),
        ("Apotek Nordstjerna", "kundenummer", "e-resepten min er ikke kommet"),
        ("Norges Orienteringskrets", "lisensnummer", "spørsmål om lisensen min"),
        ("Pensjonskassa Vest", "medlemsnummer", "jeg vil endre begunstiget"),
        ("Dyreklinikken Fjellstua", "kundenummer", "hunden trenger vaksine"),
        ("Boligbyggelaget Heimen", "leietakernummer", "varmtvannsberederen er ødelagt"),
        ("Scenekraft Konserter", "brukernummer", "billettene kom aldri"),
        ("Tollagent Grensefrakt", "kundekode", "pakken står i tollen"),
        ("Småbåthavna Kvernvika", "båtplassnummer", "vil fornye båtplassen"),
    ],
    "ru": [
        ("Стоматология «Жемчуг»", "номер карты пациента", "здравствуйте, хочу перенести приём"),
        ("Паромная линия «Балтика»", "номер клиента", "добрый день, наш рейс парома отменили"),
        (
            "Приёмная комиссия университета",
            "номер абитуриента",
            "здравствуйте, не пришло письмо о зачислении",
        ),
        ("Каршеринг «Соседи»", "номер участника", "приложение не открывает машину"),
        ("Аптека «Здоровье+»", "номер карты покупателя", "заказ в аптеку не пришёл"),
        ("Федерация лыжных гонок", "номер лицензии", "вопрос по лицензии спортсмена"),
        ("НПФ «Опора»", "номер договора", "хочу поменять наследника по договору"),
        ("Ветклиника «Айболит»", "номер клиента", "собаке нужна прививка"),
        ("ТСЖ «Северное»", "лицевой счёт", "опять нет горячей воды"),
        ("Концертное агентство «Звук»", "номер аккаунта", "не пришли билеты на концерт"),
        ("Таможенный брокер «Граница»", "код клиента", "посылка застряла на таможне"),
        ("Яхт-клуб «Парус»", "номер места", "хочу продлить место для лодки"),
    ],
}

AGENT_HELLO = {
    "en": [
        "Hi, you're chatting with {a} at {c}. How can I help?",
        "Hello and welcome to {c}, {a} here.",
        "{c}, {a} speaking - what can I do for you?",
    ],
    "nl": [
        "Goedendag, u chat met {a} van {c}. Waarmee kan ik helpen?",
        "Welkom bij {c}, je spreekt met {a}.",
        "Hoi! {a} van {c} hier. Wat kan ik voor je doen?",
    ],
    "nb": [
        "Hei, du chatter med {a} i {c}. Hva kan jeg hjelpe med?",
        "Velkommen til {c}, {a} her.",
        "Hei! {a} fra {c}. Hva gjelder det?",
    ],
    "ru": [
        "Здравствуйте! {c}, меня зовут {a}. Чем могу помочь?",
        "Добрый день, это {a} из {c}.",
        "{c}, оператор {a}. Слушаю вас.",
    ],
}
HOLD = {
    "en": [
        "one sec",
        "hang on let me find it",
        "just a mo",
        "sec, its in my emails somewhere",
        "hold on",
    ],
    "nl": ["momentje", "even zoeken", "ff kijken hoor", "sec, staat in mijn mail", "wacht even"],
    "nb": [
        "et øyeblikk",
        "vent litt",
        "skal finne det",
        "sek, ligger i mailen",
        "må bare lete litt",
    ],
    "ru": ["секунду", "сейчас посмотрю", "минутку", "щас найду в почте", "подождите"],
}
LATE = {
    "en": [
        "also can i change the time of my appointment?",
        "before that - do you open on sundays?",
        "wait is this the right chat for refunds",
    ],
    "nl": [
        "kan ik ook meteen de tijd aanpassen?",
        "eerst even: zijn jullie zondag open?",
        "is dit trouwens de goede chat voor terugbetalingen",
    ],
    "nb": [
        "kan jeg også endre tidspunktet?",
        "først: har dere åpent på søndag?",
        "er dette riktig chat for refusjon forresten",
    ],
    "ru": [
        "а время можно тоже поменять?",
        "сначала вопрос: вы в воскресенье работаете?",
        "а это вообще правильный чат по возвратам?",
    ],
}
LATE_A = {
    "en": ["Yes, I can sort that after this. So, the number?", "Sure. I still need the detail above first."],
    "nl": ["Ja, dat regel ik zo. Eerst nog even mijn vraag van net?", "Zeker. Ik heb nog wel het gegeven van net nodig."],
    "nb": ["Ja, det fikser jeg etterpå. Men først det jeg spurte om?", "Klart. Jeg trenger fortsatt opplysningen over."],
    "ru": ["Да, сейчас сделаем. Но сначала ответьте на мой вопрос выше.", "Конечно. Но мне всё ещё нужны данные выше."],
}  # fmt: skip
BACKQ = {
    "en": [
        "the one on the letter?",
        "do you mean the number on my card?",
        "which one, the old one or new one?",
    ],
    "nl": [
        "die op de brief?",
        "bedoel je het nummer op mijn pasje?",
        "welke, de oude of de nieuwe?",
    ],
    "nb": ["den på brevet?", "mener du nummeret på kortet?", "hvilket, det gamle eller nye?"],
    "ru": ["тот что в письме?", "это который на карте?", "старый или новый?"],
}
BACKA = {
    "en": ["Yes, that one please.", "Yep, that's the one.", "The current one, thanks."],
    "nl": ["Ja, die bedoel ik.", "Klopt, die.", "De huidige graag."],
    "nb": ["Ja, det stemmer.", "Ja, den.", "Det nåværende, takk."],
    "ru": ["Да, его.", "Да, именно.", "Текущий, пожалуйста."],
}
THANKS = {
    "en": ["Thanks, I've got that.", "Perfect, thank you.", "Great, one moment while I check."],
    "nl": ["Dank je, ik heb het.", "Top, bedankt.", "Fijn, ik kijk het even na."],
    "nb": ["Takk, da har jeg det.", "Flott, takk.", "Supert, et øyeblikk mens jeg sjekker."],
    "ru": ["Спасибо, записала.", "Отлично, спасибо.", "Хорошо, минуту, проверю."],
}

# the agent's question for each type (bare answers follow); {cw} = the sector's customer-number word
Q = {
    "en": {
        "CUSTOMER_NUMBER": ["Can I take your {cw}?", "What's your {cw}, please?", "Could you confirm the {cw} on your account?"],
        "BOOKING_REFERENCE": ["What's the booking reference?", "Do you have the 6-character booking code?", "Which reservation code is it under?"],
        "PASSPORT": ["And the passport number?", "I'll need the number of the passport you're travelling on.", "What's your passport no.?"],
        "DATE_OF_BIRTH": ["Can you confirm your date of birth?", "And your DOB please?", "When were you born?"],
        "PHONE_NUMBER": ["What's the best number to reach you on?", "Which mobile number should we text?", "Could I have a contact number?"],
        "EMAIL_ADDRESS": ["What email should the confirmation go to?", "Which e-mail address is on the account?"],
        "IBAN_CODE": ["Which IBAN should the refund go to?", "Can you give me the IBAN for the direct debit?"],
        "BANK_ACCOUNT": ["What's the sort code and account number for the refund?"],
        "NATIONAL_ID": [],
        "CREDIT_CARD": ["What's the long number on the card you paid with?"],
        "TICKET_NUMBER": ["What's the 13-digit ticket number?", "Can you read me the e-ticket number?"],
        "PERSON": ["Who's the account holder?", "And your full name?", "What name is it booked under?"],
    },
    "nl": {
        "CUSTOMER_NUMBER": ["Wat is je {cw}?", "Mag ik uw {cw}?", "Kunt u uw {cw} doorgeven?"],
        "BOOKING_REFERENCE": ["Wat is de boekingscode?", "Heeft u het reserveringsnummer (6 tekens)?", "Onder welke boekingscode staat het?"],
        "PASSPORT": ["En het paspoortnummer?", "Wat is het documentnummer van je paspoort?", "Mag ik het nummer van het reisdocument?"],
        "DATE_OF_BIRTH": ["Wat is uw geboortedatum?", "Kun je je geboortedatum bevestigen?", "Wanneer bent u geboren?"],
        "PHONE_NUMBER": ["Op welk nummer kunnen we je bereiken?", "Wat is uw mobiele nummer?", "Welk telefoonnummer mogen we noteren?"],
        "EMAIL_ADDRESS": ["Naar welk e-mailadres mag de bevestiging?", "Welk mailadres hoort bij het account?"],
        "IBAN_CODE": ["Op welk IBAN wilt u het geld terug?", "Wat is het rekeningnummer (IBAN) voor de incasso?"],
        "BANK_ACCOUNT": [],
        "NATIONAL_ID": ["Wat is uw BSN?", "Mag ik je burgerservicenummer?"],
        "CREDIT_CARD": ["Wat is het kaartnummer van de creditcard?"],
        "TICKET_NUMBER": ["Wat is het ticketnummer (13 cijfers)?", "Kun je het e-ticketnummer geven?"],
        "PERSON": ["Op wiens naam staat het?", "Wat is uw volledige naam?", "Wie is de rekeninghouder?"],
    },
    "nb": {
        "CUSTOMER_NUMBER": ["Kan jeg få {cw}?", "Kan du oppgi {cw}?", "Har du {cw} for hånden?"],
        "BOOKING_REFERENCE": ["Hva er bestillingsreferansen?", "Har du bookingkoden på 6 tegn?", "Hvilken referanse står reisen på?"],
        "PASSPORT": ["Og passnummeret?", "Hva er nummeret på passet du reiser med?", "Kan jeg få passnr.?"],
        "DATE_OF_BIRTH": ["Hva er fødselsdatoen din?", "Kan du bekrefte fødselsdato?", "Når er du født?"],
        "PHONE_NUMBER": ["Hvilket nummer kan vi nå deg på?", "Hva er mobilnummeret ditt?", "Kan jeg få et telefonnummer?"],
        "EMAIL_ADDRESS": ["Hvilken e-post skal bekreftelsen til?", "Hvilken e-postadresse står på kontoen?"],
        "IBAN_CODE": ["Hvilket IBAN skal refusjonen til?"],
        "BANK_ACCOUNT": ["Hvilket kontonummer skal pengene tilbake til?", "Kan du oppgi kontonr. for utbetaling?"],
        "NATIONAL_ID": ["Hva er fødselsnummeret ditt (11 siffer)?", "Kan du oppgi personnummer?"],
        "CREDIT_CARD": ["Hva er kortnummeret du betalte med?"],
        "TICKET_NUMBER": ["Hva er billettnummeret (13 siffer)?"],
        "PERSON": ["Hvem står som eier av kontoen?", "Hva er fullt navn?", "Hvilket navn er det bestilt på?"],
    },
    "ru": {
        "CUSTOMER_NUMBER": ["Подскажите, пожалуйста, {cw}?", "Назовите {cw}.", "Какой у вас {cw}?"],
        "BOOKING_REFERENCE": ["Какой код бронирования?", "Назовите номер брони (6 символов).", "Под каким кодом бронь?"],
        "PASSPORT": ["Номер загранпаспорта?", "Назовите серию и номер паспорта.", "Какой номер паспорта, по которому летите?"],
        "DATE_OF_BIRTH": ["Ваша дата рождения?", "Подтвердите, пожалуйста, дату рождения.", "Когда вы родились?"],
        "PHONE_NUMBER": ["По какому номеру с вами связаться?", "Ваш мобильный?", "Оставьте контактный телефон."],
        "EMAIL_ADDRESS": ["На какую почту отправить подтверждение?", "Какой e-mail указан в аккаунте?"],
        "IBAN_CODE": [],
        "BANK_ACCOUNT": ["На какой счёт вернуть деньги? Нужен номер счёта (20 цифр).", "Номер счёта для возврата?"],
        "NATIONAL_ID": ["Назовите СНИЛС.", "Ваш ИНН, пожалуйста?"],
        "CREDIT_CARD": ["Номер карты, с которой платили?"],
        "TICKET_NUMBER": ["Номер электронного билета (13 цифр)?"],
        "PERSON": ["На чьё имя оформлено?", "Ваше ФИО полностью?", "Кто владелец аккаунта?"],
    },
}  # fmt: skip

# ---------------------------------------------------------------------------------------
# values
# ---------------------------------------------------------------------------------------


def person(rng: random.Random, lang: str) -> tuple[str, str]:
    f, la = rng.choice(FIRST[lang]), rng.choice(LAST[lang])
    if lang == "ru" and f in RU_FEM:
        la += "а"
    return f, la


def card(rng: random.Random) -> str:
    body = rng.choice(["4", "51", "52", "55"]) + digits(rng, 14, first_nonzero=False)
    body = body[:15]
    full = body + luhn.calc_check_digit(body)
    return rng.choice(
        [
            " ".join(full[i : i + 4] for i in range(0, 16, 4)),
            full,
            "-".join(full[i : i + 4] for i in range(0, 16, 4)),
        ]
    )


def ticket(rng: random.Random) -> str:
    v = rng.choice(["074", "157", "125", "220", "555", "086"]) + digits(
        rng, 10, first_nonzero=False
    )
    return rng.choice([v, f"{v[:3]}-{v[3:]}", f"{v[:3]} {v[3:]}"])


def booking(rng: random.Random) -> str:
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    while True:
        v = "".join(rng.choice(al) for _ in range(6))
        if any(c.isdigit() for c in v) and any(c.isalpha() for c in v):
            return v


def cust(rng: random.Random) -> str:
    k = rng.randint(0, 5)
    if k == 0:
        return digits(rng, 8)
    if k == 1:
        return f"{digits(rng, 3)}-{digits(rng, 4, False)}"
    if k == 2:
        return digits(rng, rng.choice([6, 7, 9, 10]))
    if k == 3:
        return f"{digits(rng, 4)} {digits(rng, 4, False)}"
    if k == 4:
        return digits(rng, 7)
    return f"{digits(rng, 2)}{digits(rng, 5, False)}"


def passport(rng: random.Random, lang: str) -> str:
    return _passport(rng, lang)


def dob(rng: random.Random, lang: str, dmy: tuple[int, int, int] | None = None) -> str:
    d, m, y = dmy or (rng.randint(1, 28), rng.randint(1, 12), rng.randint(1941, 2012))
    k = rng.randint(0, 5)
    if k == 0:
        return (
            f"{d:02d}.{m:02d}.{y}"
            if lang in ("nb", "ru")
            else f"{d:02d}-{m:02d}-{y}"
            if lang == "nl"
            else f"{d:02d}/{m:02d}/{y}"
        )
    if k == 1:
        return f"{d} {MONTHS[lang][m - 1]} {y}"
    if k == 2:
        return f"{d}.{m}.{y % 100:02d}" if lang != "en" else f"{d}/{m}/{y % 100:02d}"
    if k == 3:
        return f"{y}-{m:02d}-{d:02d}"
    if k == 4:
        return f"{d:02d}{m:02d}{y}"
    return f"{d}/{m}/{y}" if lang in ("en", "nl") else f"{d}.{m}.{y}"


def travel(rng: random.Random, lang: str) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2027, 2027, 2028])
    k = rng.randint(0, 2)
    if k == 0:
        return (
            f"{d:02d}.{m:02d}.{y}"
            if lang in ("nb", "ru")
            else f"{d}-{m}-{y}"
            if lang == "nl"
            else f"{d}/{m}/{y}"
        )
    if k == 1:
        return f"{d} {MONTHS[lang][m - 1]}"
    return f"{d} {MONTHS[lang][m - 1]} {y}"


def email(rng: random.Random, lang: str, f: str, la: str) -> tuple[list[str], str]:
    a, b = f.lower().translate(TRANS), la.lower().translate(TRANS)
    k = rng.randint(0, 3)
    local = [[a, b], [a[0] + b], [b, a + str(rng.randint(60, 99))], [a + "_" + b]][k]
    return local, rng.choice(DOMAINS[lang])


def addr(rng: random.Random, lang: str) -> str:
    st, (town, pc), no = rng.choice(STREETS[lang]), rng.choice(TOWNS[lang]), rng.randint(1, 160)
    suf = rng.choice(["", "", "", "b" if lang != "ru" else "а", "A" if lang != "ru" else "/2"])
    if lang == "en":
        s = rng.choice(
            [
                f"{no}{suf} {st}, {town}, {pc}",
                f"{no} {st} {town} {pc}",
                f"flat {rng.randint(1, 12)} {no} {st}, {town}",
                f"{no} {st}\n{town}\n{pc}",
            ]
        )
    elif lang == "nl":
        p = rng.choice([pc, pc.replace(" ", ""), pc.replace(" ", "").lower()])
        s = rng.choice(
            [
                f"{st} {no}{suf} {p} {town}",
                f"{st} {no}, {p}, {town}",
                f"{st} {no}{suf}\n{p} {town}",
                f"{st} {no} in {town}",
            ]
        )
    elif lang == "nb":
        s = rng.choice(
            [
                f"{st} {no}{suf.upper()}, {pc} {town}",
                f"{st} {no} {pc} {town}",
                f"{st} {no}{suf}\n{pc} {town}",
                f"{st} {no}, {town}",
            ]
        )
    else:
        s = rng.choice(
            [
                f"{pc}, {town}, {st}, д. {no}, кв. {rng.randint(1, 200)}",
                f"г. {town}, {st} {no}{suf}-{rng.randint(1, 200)}",
                f"{town}, {st}, {no}, кв {rng.randint(1, 200)}",
                f"{st} {no}, {town}",
            ]
        )
    return s.lower() if rng.random() < 0.8 else s


def nat_id(rng: random.Random, lang: str) -> str:
    if lang == "nl":
        v = nl_bsn(rng)
        return rng.choice([v, f"{v[:4]}.{v[4:6]}.{v[6:]}", f"{v[:3]} {v[3:6]} {v[6:]}"])
    if lang == "nb":
        v, _ = no_fnr(rng)
        return rng.choice([v, f"{v[:6]} {v[6:]}"])
    return ru_snils(rng) if rng.random() < 0.6 else ru_inn(rng)


def bank(rng: random.Random, lang: str) -> str:
    if lang == "nb":
        v = no_kontonr(rng)
        return rng.choice([v, f"{v[:4]}.{v[4:6]}.{v[6:]}", f"{v[:4]} {v[4:6]} {v[6:]}"])
    if lang == "ru":
        v = ru_account(rng)
        return rng.choice([v, f"{v[:5]} {v[5:8]} {v[8]} {v[9:13]} {v[13:]}"])
    return (
        f"{digits(rng, 2)}-{digits(rng, 2, False)}-{digits(rng, 2, False)} {digits(rng, 8, False)}"
    )


def iban_l(rng: random.Random, lang: str) -> str:
    v = iban(rng, {"en": "GB", "nl": "NL", "nb": "NO"}[lang])
    return rng.choice([v, v.replace(" ", ""), v.lower(), v])


def value(rng: random.Random, lang: str, typ: str) -> str:
    gen: dict[str, Callable[[], str]] = {
        "CUSTOMER_NUMBER": lambda: cust(rng),
        "BOOKING_REFERENCE": lambda: booking(rng),
        "PASSPORT": lambda: passport(rng, lang),
        "DATE_OF_BIRTH": lambda: dob(rng, lang),
        "PHONE_NUMBER": lambda: phone(rng, lang),
        "IBAN_CODE": lambda: iban_l(rng, lang),
        "BANK_ACCOUNT": lambda: bank(rng, lang),
        "NATIONAL_ID": lambda: nat_id(rng, lang),
        "CREDIT_CARD": lambda: card(rng),
        "TICKET_NUMBER": lambda: ticket(rng),
    }
    return gen[typ]()


def lowerish(rng: random.Random, v: str) -> str:
    return v.lower() if rng.random() < 0.5 else v


def neg(rng: random.Random, lang: str, kind: str) -> str:
    if kind == "order_number":
        return order_number(rng)
    if kind == "travel_date":
        return travel(rng, lang)
    if kind == "destination":
        return rng.choice(DEST[lang])
    if kind == "amount":
        a = rng.randint(12, 900)
        return {
            "en": f"£{a}.{rng.randint(0, 99):02d}",
            "nl": f"€ {a},{rng.randint(0, 99):02d}",
            "nb": f"{a} kr",
            "ru": f"{a * 10} руб.",
        }[lang]
    if kind == "time":
        return f"{rng.randint(6, 22):02d}:{rng.choice(['00', '15', '30', '45'])}"
    if kind == "tracking_number":
        return (
            rng.choice(["3S", "JVGL", "RR", "LX"])
            + digits(rng, 9)
            + rng.choice(["", "NL", "GB", "RU"])
        )
    if kind == "product_code":
        return rng.choice(["SKU-", "art. ", "ART", "REF "]).strip() + digits(rng, 5)
    if kind == "company_phone":
        return {
            "en": "0800 917 4420",
            "nl": "088 123 4567",
            "nb": "815 33 300",
            "ru": "8 800 555-35-35",
        }[lang]
    if kind == "flight_number":
        return (
            rng.choice(["KL", "SK", "BA", "SU", "DY", "HV"])
            + rng.choice(["", " "])
            + str(rng.randint(100, 2999))
        )
    if kind == "seat":
        return f"{rng.randint(1, 38)}{rng.choice('ABCDEF')}"
    raise ValueError(kind)


# ---------------------------------------------------------------------------------------
# conversation builders
# ---------------------------------------------------------------------------------------

Turn = tuple[str, list[Part]]


class Conv:
    def __init__(self, rng: random.Random, lang: str) -> None:
        self.rng, self.lang = rng, lang
        self.sector = rng.choice(SECTORS[lang])
        self.turns: list[Turn] = []

    def a(self, *parts: Part) -> None:
        self.turns.append(("agent", list(parts)))

    def c(self, *parts: Part) -> None:
        self.turns.append(("customer", list(parts)))

    def hello(self) -> None:
        rng, lang = self.rng, self.lang
        agent = rng.choice(FIRST[lang])
        tpl = rng.choice(AGENT_HELLO[lang])
        pre, rest = tpl.split("{a}")
        self.a(
            pre.replace("{c}", self.sector[0]),
            E(agent, "PERSON", "plain"),
            rest.replace("{c}", self.sector[0]),
        )
        self.c(self.sector[2])

    def q(self, typ: str) -> str:
        return self.rng.choice(Q[self.lang][typ]).replace("{cw}", self.sector[1])


def types_for(lang: str) -> list[str]:
    return [t for t, qs in Q[lang].items() if qs and t != "PERSON"]


# filler / wrappers for bare answers: the value alone, possibly with a trailing word
BARE_WRAP = {
    "en": ["{v}", "{v}", "{v}", "{v} ", "{v}.", "{v} i think", "its {v}", "{v} 👍", "ok {v}"],
    "nl": [
        "{v}",
        "{v}",
        "{v}",
        "{v}.",
        "{v} denk ik",
        "is {v}",
        "{v} 👍",
        "oke {v}",
        "{v} btw",
        "sorry, {v}",
    ],
    "nb": [
        "{v}",
        "{v}",
        "{v}",
        "{v}.",
        "{v} tror jeg",
        "det er {v}",
        "{v} 👍",
        "ok {v}",
        "{v} btw",
        "{v} sorry",
    ],
    "ru": [
        "{v}",
        "{v}",
        "{v}",
        "{v}.",
        "{v} вроде",
        "вот {v}",
        "{v} 👍",
        "ок {v}",
        "{v} ok?",
        "ага, {v}",
    ],
}


def wrap(rng: random.Random, lang: str, v: str, typ: str, cls: str) -> list[Part]:
    tpl = rng.choice(BARE_WRAP[lang])
    pre, post = tpl.split("{v}")
    out: list[Part] = []
    if pre:
        out.append(pre)
    out.append(E(v, typ, cls))
    if post.strip():
        out.append(post)
    return out


def conv_bare(cv: Conv) -> None:
    rng, lang = cv.rng, cv.lang
    cv.hello()
    types = types_for(lang)
    n = rng.choice([1, 2, 2, 3])
    chosen = rng.sample(types, n)
    if rng.random() < 0.3:
        chosen.append("PERSON")
    negdone = False
    for typ in chosen:
        cv.a(cv.q(typ))
        # hard negative given first to the wrong question
        if not negdone and typ == "CUSTOMER_NUMBER" and rng.random() < 0.5:
            negdone = True
            cv.c(N(neg(rng, lang, "order_number"), "order_number"))
            cv.a(
                {
                    "en": "That looks like an order number - I need the number on your account.",
                    "nl": "Dat lijkt een ordernummer, ik zoek het nummer van uw account.",
                    "nb": "Det ser ut som et ordrenummer - jeg trenger nummeret på kontoen.",
                    "ru": "Это номер заказа, а нужен именно номер из аккаунта.",
                }[lang]
            )
        if not negdone and typ == "DATE_OF_BIRTH" and rng.random() < 0.5:
            negdone = True
            cv.c(
                {"en": "we fly ", "nl": "we vliegen ", "nb": "vi reiser ", "ru": "летим "}[lang],
                N(neg(rng, lang, "travel_date"), "travel_date"),
            )
            cv.a(
                {
                    "en": "Sorry, I meant your own date of birth.",
                    "nl": "Sorry, ik bedoel uw eigen geboortedatum.",
                    "nb": "Beklager, jeg mente din fødselsdato.",
                    "ru": "Извините, я про вашу дату рождения.",
                }[lang]
            )
        r = rng.random()
        if r < 0.12:  # the customer answers late, after a question of their own
            cv.c(rng.choice(LATE[lang]))
            cv.a(rng.choice(LATE_A[lang]))
        elif r < 0.25:
            cv.c(rng.choice(HOLD[lang]))
        elif r < 0.4:
            cv.c(rng.choice(BACKQ[lang]))
            cv.a(rng.choice(BACKA[lang]))
        if typ == "PERSON":
            f, la = person(rng, lang)
            v = f"{f} {la}"
            v = v.lower() if rng.random() < 0.5 else v
        elif typ == "EMAIL_ADDRESS":
            f, la = person(rng, lang)
            loc, dom = email(rng, lang, f, la)
            v = ".".join(loc) + "@" + dom
        else:
            v = value(rng, lang, typ)
            if typ in ("BOOKING_REFERENCE", "PASSPORT", "IBAN_CODE"):
                v = lowerish(rng, v)
        cv.c(*wrap(rng, lang, v, typ, "bare_answer"))
        cv.a(rng.choice(THANKS[lang]))
    if not negdone:
        kind = rng.choice(["order_number", "travel_date", "destination", "time", "product_code"])
        qn = {
            "order_number": {
                "en": "And the order number?",
                "nl": "En het ordernummer?",
                "nb": "Og ordrenummeret?",
                "ru": "А номер заказа?",
            },
            "travel_date": {
                "en": "Which date do you want to go instead?",
                "nl": "Naar welke datum wilt u omboeken?",
                "nb": "Hvilken dato vil du heller reise?",
                "ru": "На какую дату перенести?",
            },
            "destination": {
                "en": "Where are you headed?",
                "nl": "Waar gaat de reis naartoe?",
                "nb": "Hvor skal du reise?",
                "ru": "Куда летите?",
            },
            "time": {
                "en": "What time suits you?",
                "nl": "Hoe laat schikt het?",
                "nb": "Hvilket klokkeslett passer?",
                "ru": "Во сколько удобно?",
            },
            "product_code": {
                "en": "Which item code is on the box?",
                "nl": "Welk artikelnummer staat op de doos?",
                "nb": "Hvilket varenummer står på esken?",
                "ru": "Какой артикул на коробке?",
            },
        }[kind][lang]
        cv.a(qn)
        cv.c(N(neg(rng, lang, kind), kind))
    cv.a(
        {
            "en": "All sorted, anything else?",
            "nl": "Geregeld! Nog iets?",
            "nb": "Da er det ordnet. Noe mer?",
            "ru": "Готово. Что-то ещё?",
        }[lang]
    )


LIST_INTRO = {
    "en": [
        "Please send the names, dates of birth and passport numbers of everyone travelling.",
        "Who's on the booking? Name, DOB and passport for each please.",
        "I need each member's name and membership number.",
        "Can you list the family members with their birth dates?",
        "Who should we call on the day? Names and mobiles please.",
    ],
    "nl": [
        "Kunt u van alle reizigers naam, geboortedatum en paspoortnummer sturen?",
        "Wie reizen er mee? Graag naam, geboortedatum en paspoort.",
        "Ik heb van elk lid naam en lidnummer nodig.",
        "Kun je de gezinsleden met geboortedatum opsommen?",
        "Wie mogen we op de dag bellen? Namen en mobiele nummers graag.",
    ],
    "nb": [
        "Send navn, fødselsdato og passnummer for alle som reiser.",
        "Hvem står på bestillingen? Navn, fødselsdato og pass.",
        "Jeg trenger navn og medlemsnummer for hvert medlem.",
        "Kan du liste opp familien med fødselsdatoer?",
        "Hvem kan vi ringe på dagen? Navn og mobilnummer.",
    ],
    "ru": [
        "Пришлите ФИО, даты рождения и номера паспортов всех пассажиров.",
        "Кто едет? Имя, дата рождения и паспорт каждого.",
        "Нужны имена и номера участников для каждого.",
        "Перечислите членов семьи с датами рождения.",
        "Кому звонить в день поездки? Имена и телефоны.",
    ],
}
AND = {
    "en": [" and ", " & ", ", and "],
    "nl": [" en ", " & "],
    "nb": [" og ", " & "],
    "ru": [" и ", ", "],
}
REL = {
    "en": ["me", "my wife", "our son", "daughter", "my partner", "grandad"],
    "nl": ["ik", "mijn vrouw", "onze zoon", "dochter", "mijn partner", "opa"],
    "nb": ["meg", "kona", "sønnen vår", "datter", "samboer", "bestefar"],
    "ru": ["я", "жена", "сын", "дочь", "муж", "бабушка"],
}


TABLE_HEAD = {
    "en": [["name", "dob", "passport"], ["name", "dob", "passport"], ["name", "member no"], ["name", "born"], ["name", "mobile"]],
    "nl": [["naam", "geb.datum", "paspoort"], ["naam", "geb.datum", "paspoort"], ["naam", "lidnr"], ["naam", "geboren"], ["naam", "mobiel"]],
    "nb": [["navn", "f.dato", "pass"], ["navn", "f.dato", "pass"], ["navn", "medl.nr"], ["navn", "født"], ["navn", "mobil"]],
    "ru": [["ФИО", "д.р.", "паспорт"], ["ФИО", "д.р.", "паспорт"], ["ФИО", "номер"], ["ФИО", "дата рождения"], ["ФИО", "телефон"]],
}  # fmt: skip


def conv_list(cv: Conv) -> None:
    rng, lang = cv.rng, cv.lang
    cv.hello()
    mode = rng.randint(0, 4)
    intro = LIST_INTRO[lang][mode]
    cv.a(intro)
    last = person(rng, lang)[1]
    n = rng.randint(2, 4)
    items: list[list[Part]] = []
    for i in range(n):
        f, la = person(rng, lang)
        if rng.random() < 0.6:
            la = (
                last
                if not (lang == "ru" and f in RU_FEM and not last.endswith("а"))
                else last + "а"
            )
            if lang == "ru" and f not in RU_FEM and la.endswith("а"):
                la = la[:-1]
        name = f"{f} {la}" if rng.random() < 0.7 or i == 0 else f
        if rng.random() < 0.35:
            name = name.lower()
        fields: list[Part] = [E(name, "PERSON", "list")]
        if mode in (0, 1):
            fields += [
                E(dob(rng, lang), "DATE_OF_BIRTH", "list"),
                E(
                    lowerish(rng, passport(rng, lang))
                    if rng.random() < 0.4
                    else passport(rng, lang),
                    "PASSPORT",
                    "list",
                ),
            ]
        elif mode == 2:
            fields += [E(cust(rng), "CUSTOMER_NUMBER", "list")]
        elif mode == 3:
            fields += [E(dob(rng, lang), "DATE_OF_BIRTH", "list")]
        else:
            fields += [E(phone(rng, lang), "PHONE_NUMBER", "list")]
        items.append(fields)
    layout = rng.randint(0, 7)
    sep_f = rng.choice([", ", " ", " - ", " / ", "; ", " | "])
    if layout == 6:
        sep_f = " | "
    elif layout == 7:  # pasted from a spreadsheet
        sep_f = "\t"
    if layout == 2 and sep_f == "; ":
        sep_f = ", "

    def item_parts(fields: list[Part], i: int) -> list[Part]:
        out: list[Part] = []
        if rng.random() < 0.25 and i > 0:
            out.append(rng.choice(REL[lang]) + ": ")
        for j, fpart in enumerate(fields):
            if j:
                out.append(sep_f)
            out.append(fpart)
        return out

    parts: list[Part] = []
    if rng.random() < 0.5:
        parts.append(
            {"en": "ok here goes:", "nl": "oke, hier:", "nb": "ok her:", "ru": "вот:"}[lang]
            + ("\n" if layout in (0, 3, 4, 6, 7) else " ")
        )
    if layout == 6 and rng.random() < 0.6:
        cols = TABLE_HEAD[lang][min(mode, 3) if mode != 4 else 4]
        parts.append("| " + " | ".join(cols) + " |\n|" + "---|" * len(cols) + "\n")
    for i, fields in enumerate(items):
        if layout in (0, 7):  # one per line
            if i:
                parts.append("\n")
        elif layout == 1:  # commas / and
            if i:
                parts.append(rng.choice(AND[lang]) if i == len(items) - 1 else ", ")
        elif layout == 2:  # semicolons
            if i:
                parts.append("; ")
        elif layout == 3:  # numbered
            if i:
                parts.append("\n")
            parts.append(rng.choice([f"{i + 1}. ", f"{i + 1}) "]))
        elif layout == 4:  # bullets
            if i:
                parts.append("\n")
            parts.append(rng.choice(["- ", "• ", "* "]))
        elif layout == 5:  # 'and' chain
            if i:
                parts.append(AND[lang][0])
        else:  # table-ish
            if i:
                parts.append("\n")
            parts.append("| ")
        parts += item_parts(fields, i)
        if layout == 6:
            parts.append(" |")
    if rng.random() < 0.5:
        kind = rng.choice(["destination", "travel_date", "seat"])
        lead = {
            "destination": {
                "en": "\nall going to ",
                "nl": "\nallemaal naar ",
                "nb": "\nalle skal til ",
                "ru": "\nвсе едем в ",
            },
            "travel_date": {
                "en": "\nout on ",
                "nl": "\nheen op ",
                "nb": "\nutreise ",
                "ru": "\nвылет ",
            },
            "seat": {
                "en": "\nand pls keep seat ",
                "nl": "\nen graag stoel ",
                "nb": "\nog sete ",
                "ru": "\nи место ",
            },
        }[kind][lang]
        parts += [lead, N(neg(rng, lang, kind), kind)]
    cv.c(*parts)
    cv.a(rng.choice(THANKS[lang]))
    if rng.random() < 0.4:
        cv.c({"en": "thx", "nl": "dankjewel", "nb": "takk", "ru": "спасибо"}[lang])


SPLIT_TAIL = {
    "en": ["", "", " sorry hit enter", " oops", " (sorry)", "... pressed send too soon"],
    "nl": ["", "", " sorry te vroeg op enter", " oeps", " (sorry)", "... te snel verstuurd"],
    "nb": ["", "", " sorry trykket enter", " oi", " (sorry)", "... sendte for tidlig"],
    "ru": ["", "", " сорри, случайно отправил", " ой", " (извините)", "... рано отправила"],
}
CORR = {
    "en": ["sorry, {v}", "*{v}", "no wait its {v}", "typo - {v}", "correction: {v}"],
    "nl": ["sorry, {v}", "*{v}", "nee wacht, {v}", "typfout: {v}", "correctie {v}"],
    "nb": ["sorry, {v}", "*{v}", "nei vent, {v}", "skrivefeil: {v}", "rettelse {v}"],
    "ru": ["извините, {v}", "*{v}", "нет, стоп, {v}", "опечатка: {v}", "правильно {v}"],
}


def change_digit(rng: random.Random, v: str) -> str:
    idx = [i for i, ch in enumerate(v) if ch.isdigit()]
    i = rng.choice(idx)
    return v[:i] + str((int(v[i]) + rng.randint(1, 9)) % 10) + v[i + 1 :]


def conv_split(cv: Conv) -> None:
    rng, lang = cv.rng, cv.lang
    cv.hello()
    typs = [
        t
        for t in (
            "PHONE_NUMBER",
            "IBAN_CODE",
            "BANK_ACCOUNT",
            "CUSTOMER_NUMBER",
            "CREDIT_CARD",
            "NATIONAL_ID",
            "TICKET_NUMBER",
        )
        if Q[lang][t]
    ]
    correct = rng.random() < 0.35
    if correct:
        typ = rng.choice(
            [
                t
                for t in (
                    "CUSTOMER_NUMBER",
                    "BOOKING_REFERENCE",
                    "PASSPORT",
                    "DATE_OF_BIRTH",
                    "PHONE_NUMBER",
                )
                if Q[lang][t]
            ]
        )
    else:
        typ = rng.choice(typs)
    cv.a(cv.q(typ))
    v = value(rng, lang, typ)
    if correct:
        wrong = change_digit(rng, v)
        cv.c(E(wrong, typ, "split"))
        tpl = rng.choice(CORR[lang])
        pre, post = tpl.split("{v}")
        cv.c(pre, E(v, typ, "split"), post)
    else:
        cut = rng.randint(2, len(v) - 2)
        p1, p2 = v[:cut].rstrip(), v[cut:].lstrip()
        if not p1 or not p2:
            p1, p2 = v[:3], v[3:].lstrip()
        lead = rng.choice(
            ["", "", {"en": "its ", "nl": "het is ", "nb": "det er ", "ru": "это "}[lang]]
        )
        cv.c(lead, E(p1, typ, "split"))
        if rng.random() < 0.3:  # the agent types in between
            cv.a({"en": "Go on...", "nl": "Ja?", "nb": "Ja?", "ru": "Да?"}[lang])
        cv.c(E(p2, typ, "split"), rng.choice(SPLIT_TAIL[lang]))
    cv.a(rng.choice(THANKS[lang]))
    if rng.random() < 0.5:
        kind = rng.choice(["amount", "order_number", "company_phone"])
        txt = {
            "amount": {
                "en": "The refund will be ",
                "nl": "Het terug te betalen bedrag is ",
                "nb": "Refusjonen blir ",
                "ru": "Сумма возврата ",
            },
            "order_number": {
                "en": "I've logged it under case ",
                "nl": "Ik heb het vastgelegd onder zaak ",
                "nb": "Registrert på sak ",
                "ru": "Зарегистрировала обращение ",
            },
            "company_phone": {
                "en": "If anything goes wrong call us on ",
                "nl": "Bel ons anders op ",
                "nb": "Ring oss ellers på ",
                "ru": "Если что, звоните нам: ",
            },
        }[kind][lang]
        nv = neg(rng, lang, kind)
        cv.a(txt, N(nv, kind), "" if nv.endswith(".") else ".")


AT = {"en": ["at", "(at)", "[at]", "at sign"], "nl": ["apestaart", "at", "apenstaartje", "(at)"],
      "nb": ["alfakrøll", "krøllalfa", "at", "(at)"], "ru": ["собака", "собачка", "at", "эт"]}  # fmt: skip
DOT = {"en": ["dot", "dot", "(dot)", "."], "nl": ["punt", "punt", "dot", "(punt)"],
       "nb": ["prikk", "punktum", "dot", "prikk"], "ru": ["точка", "точка", "дот", "точка"]}  # fmt: skip
HG_LATIN_TO_CYR = {
    "A": "А",
    "B": "В",
    "C": "С",
    "E": "Е",
    "H": "Н",
    "K": "К",
    "M": "М",
    "O": "О",
    "P": "Р",
    "T": "Т",
    "X": "Х",
}


def spelled_email(rng: random.Random, lang: str) -> str:
    f, la = person(rng, lang)
    loc, dom = email(rng, lang, f, la)
    at, dot = rng.choice(AT[lang]), rng.choice(DOT[lang])
    words = f" {dot} ".join(loc) + f" {at} " + f" {dot} ".join(dom.split("."))
    if dot == ".":
        words = ".".join(loc) + f" {at} " + dom
    return words


def conv_disguised(cv: Conv) -> None:
    rng, lang = cv.rng, cv.lang
    cv.hello()
    kinds = rng.sample(
        ["email", "email", "words", "mixed", "zw", "homoglyph"], rng.choice([1, 1, 2])
    )
    for kind in dict.fromkeys(kinds):
        disguised_one(cv, kind)
    if rng.random() < 0.4:
        k = rng.choice(["tracking_number", "order_number"])
        cv.a(
            {
                "en": "Your parcel/case number is ",
                "nl": "Uw zending-/zaaknummer is ",
                "nb": "Sendings-/saksnummeret er ",
                "ru": "Номер отправления/обращения: ",
            }[lang],
            N(neg(rng, lang, k), k),
        )


def disguised_one(cv: Conv, kind: str) -> None:
    rng, lang = cv.rng, cv.lang
    if kind == "email":
        cv.a(cv.q("EMAIL_ADDRESS"))
        if rng.random() < 0.3:
            cv.c(
                {
                    "en": "the bot keeps rejecting it so ill spell it",
                    "nl": "de bot pakt het niet dus ik schrijf het uit",
                    "nb": "boten godtar den ikke, så jeg skriver den ut",
                    "ru": "бот не принимает, напишу словами",
                }[lang]
            )
        v = spelled_email(rng, lang)
        pre = rng.choice(
            ["", "", {"en": "its ", "nl": "het is ", "nb": "den er ", "ru": "это "}[lang]]
        )
        cv.c(pre, E(v, "EMAIL_ADDRESS", "disguised"))
    elif kind in ("words", "mixed"):
        typ = rng.choice(
            ["PHONE_NUMBER", "CUSTOMER_NUMBER", "CUSTOMER_NUMBER"]
            + (["NATIONAL_ID"] if Q[lang]["NATIONAL_ID"] else [])
        )
        cv.a(cv.q(typ))
        raw = value(rng, lang, typ)
        toks = [ch for ch in raw if ch.isdigit() or ch == "+"]
        out = []
        for ch in toks:
            if ch == "+" or (kind == "mixed" and rng.random() < 0.5):
                out.append(ch)
            else:
                out.append(NUMBER_WORDS[lang][int(ch)])
        sep = rng.choice([" ", " ", "-", ", "]) if kind == "words" else " "
        v = sep.join(out)
        cv.c(E(v, typ, "disguised"))
    elif kind == "zw":
        typ = rng.choice(
            [
                t
                for t in (
                    "IBAN_CODE",
                    "PHONE_NUMBER",
                    "CUSTOMER_NUMBER",
                    "CREDIT_CARD",
                    "BANK_ACCOUNT",
                )
                if Q[lang][t]
            ]
        )
        cv.a(cv.q(typ))
        raw = value(rng, lang, typ)
        v = with_zero_width(rng, raw, rng.randint(1, 3))
        lead = rng.choice(
            [
                "",
                {
                    "en": "copy paste from the app: ",
                    "nl": "gekopieerd uit de app: ",
                    "nb": "kopiert fra appen: ",
                    "ru": "скопировал из приложения: ",
                }[lang],
            ]
        )
        cv.c(lead, E(v, typ, "disguised"))
    else:
        typ = rng.choice(
            [
                t
                for t in ("IBAN_CODE", "BOOKING_REFERENCE", "PASSPORT", "CUSTOMER_NUMBER")
                if Q[lang][t]
            ]
        )
        cv.a(cv.q(typ))
        raw = value(rng, lang, typ)
        if typ == "IBAN_CODE":
            raw = raw.upper()
            idx = [i for i, ch in enumerate(raw) if ch in HG_LATIN_TO_CYR]
            chars = list(raw)
            for i in rng.sample(idx, min(len(idx), rng.randint(1, 2))):
                chars[i] = HG_LATIN_TO_CYR[chars[i]]
            v = "".join(chars)
        else:
            look = {"0": "O", "1": "l", "5": "S", "8": "B"}
            idx = [i for i, ch in enumerate(raw) if ch in look or ch in HG_LATIN_TO_CYR]
            chars = list(raw)
            for i in rng.sample(idx, min(len(idx), rng.randint(1, 2))) if idx else []:
                ch = chars[i]
                chars[i] = look[ch] if ch in look else HG_LATIN_TO_CYR[ch]
            v = "".join(chars)
        cv.c(E(v, typ, "disguised"))
    cv.a(rng.choice(THANKS[lang]))


ADDR_Q = {
    "en": [
        "Where should we send it?",
        "What address shall we post the new card to?",
        "Where do you want the replacement delivered?",
        "And the address for the paperwork?",
    ],
    "nl": [
        "Waar mogen we het naartoe sturen?",
        "Op welk adres wil je de nieuwe pas?",
        "Waar moet het pakket bezorgd worden?",
        "Naar welk adres mogen de papieren?",
    ],
    "nb": [
        "Hvor skal vi sende det?",
        "Hvilken adresse skal det nye kortet til?",
        "Hvor vil du ha pakken levert?",
        "Og adressen for papirene?",
    ],
    "ru": [
        "Куда отправить?",
        "На какой адрес выслать новую карту?",
        "Куда доставить замену?",
        "Адрес для документов?",
    ],
}


ADDR_Q2 = {
    "en": ["Is the invoice address the same?", "And where does the bill go?"],
    "nl": ["Is het factuuradres hetzelfde?", "En waar moet de rekening heen?"],
    "nb": ["Er fakturaadressen den samme?", "Og hvor skal regningen?"],
    "ru": ["Счёт отправлять туда же?", "А куда присылать квитанции?"],
}
ADDR_A2 = {
    "en": ["no, {v}", "nope send that to my mum's: {v}", "{v} for that one"],
    "nl": ["nee, {v}", "nee die naar mijn ouders: {v}", "{v} graag"],
    "nb": ["nei, {v}", "nei, til foreldrene mine: {v}", "{v} for den"],
    "ru": ["нет, {v}", "нет, к маме: {v}", "{v}, туда"],
}


def conv_address(cv: Conv) -> None:
    rng, lang = cv.rng, cv.lang
    cv.hello()
    if rng.random() < 0.4:
        cv.a(
            {
                "en": "The depot is at ",
                "nl": "Ons depot zit in ",
                "nb": "Lageret vårt ligger i ",
                "ru": "Наш склад находится в г. ",
            }[lang],
            N(rng.choice(TOWNS[lang])[0], "destination"),
            {
                "en": ", so it ships from there.",
                "nl": ", daar vandaan wordt het verstuurd.",
                "nb": ", derfra sendes det.",
                "ru": ", отправка оттуда.",
            }[lang],
        )
    cv.a(rng.choice(ADDR_Q[lang]))
    if rng.random() < 0.3:
        cv.c(rng.choice(HOLD[lang]))
    v = addr(rng, lang)
    if rng.random() < 0.15:  # a typo doubled letter
        i = rng.randint(1, len(v) - 2)
        if v[i].isalpha():
            v = v[:i] + v[i] + v[i:]
    pre = rng.choice(
        [
            "",
            "",
            "",
            {
                "en": "same as before - ",
                "nl": "zelfde als vorige keer: ",
                "nb": "samme som sist: ",
                "ru": "как в прошлый раз: ",
            }[lang],
        ]
    )
    post = rng.choice(
        ["", "", {"en": " pls", "nl": " aub", "nb": " takk", "ru": " пожалуйста"}[lang]]
    )
    cv.c(pre, E(v, "LOCATION", "address_no_cue"), post)
    cv.a(rng.choice(THANKS[lang]))
    if rng.random() < 0.45:  # a second address: the invoice goes elsewhere
        cv.a(rng.choice(ADDR_Q2[lang]))
        pre2, post2 = rng.choice(ADDR_A2[lang]).split("{v}")
        cv.c(pre2, E(addr(rng, lang), "LOCATION", "address_no_cue"), post2)
    if rng.random() < 0.5:
        cv.a(
            {
                "en": "It should arrive by ",
                "nl": "Het komt uiterlijk om ",
                "nb": "Det kommer innen kl. ",
                "ru": "Привезём к ",
            }[lang],
            N(neg(rng, lang, "time"), "time"),
            {"en": " tomorrow.", "nl": " morgen.", "nb": " i morgen.", "ru": " завтра."}[lang],
        )


PLAIN = {
    "en": {
        "CUSTOMER_NUMBER": ["my {cw} is {v}", "{cw}: {v}", "account no {v} if that helps"],
        "BOOKING_REFERENCE": ["booking ref {v}", "the reservation code is {v}"],
        "PASSPORT": ["passport number {v}", "my passport no. is {v}"],
        "DATE_OF_BIRTH": ["i was born on {v}", "dob {v}", "date of birth: {v}"],
        "PHONE_NUMBER": ["you can call me on {v}", "mob {v}", "my number is {v}"],
        "EMAIL_ADDRESS": ["email me at {v}", "my email is {v}"],
        "IBAN_CODE": ["refund to IBAN {v} please", "my IBAN: {v}"],
        "BANK_ACCOUNT": ["sort code and account {v}"],
        "CREDIT_CARD": ["card number {v}"],
        "TICKET_NUMBER": ["e-ticket number {v}", "ticket no {v}"],
        "PERSON": ["my name is {v}", "this is {v} btw"],
    },
    "nl": {
        "CUSTOMER_NUMBER": ["mijn {cw} is {v}", "{cw}: {v}", "{cw} {v} als dat helpt"],
        "BOOKING_REFERENCE": ["boekingscode {v}", "de reserveringscode is {v}"],
        "PASSPORT": ["paspoortnummer {v}", "mijn paspoort heeft nummer {v}"],
        "DATE_OF_BIRTH": ["ik ben geboren op {v}", "geb. {v}", "geboortedatum: {v}"],
        "PHONE_NUMBER": ["bel me op {v}", "mobiel {v}", "mijn nummer is {v}"],
        "EMAIL_ADDRESS": ["mail naar {v}", "mijn e-mail is {v}"],
        "IBAN_CODE": ["terugstorten op IBAN {v} graag", "mijn rekeningnummer: {v}"],
        "NATIONAL_ID": ["mijn BSN is {v}", "bsn {v}"],
        "CREDIT_CARD": ["creditcardnummer {v}"],
        "TICKET_NUMBER": ["ticketnummer {v}"],
        "PERSON": ["mijn naam is {v}", "u spreekt met {v}"],
    },
    "nb": {
        "CUSTOMER_NUMBER": ["{cw} mitt er {v}", "{cw}: {v}", "kundenr {v} hvis det hjelper"],
        "BOOKING_REFERENCE": ["bestillingsreferanse {v}", "bookingkoden er {v}"],
        "PASSPORT": ["passnummer {v}", "passet mitt har nr {v}"],
        "DATE_OF_BIRTH": ["jeg er født {v}", "f. {v}", "fødselsdato: {v}"],
        "PHONE_NUMBER": ["ring meg på {v}", "mobil {v}", "nummeret mitt er {v}"],
        "EMAIL_ADDRESS": ["send til {v}", "e-posten min er {v}"],
        "IBAN_CODE": ["IBAN {v}"],
        "BANK_ACCOUNT": ["kontonummer {v}", "pengene kan gå til konto {v}"],
        "NATIONAL_ID": ["fødselsnummer {v}", "personnr: {v}"],
        "CREDIT_CARD": ["kortnummer {v}"],
        "TICKET_NUMBER": ["billettnummer {v}"],
        "PERSON": ["jeg heter {v}", "det er {v} som skriver"],
    },
    "ru": {
        "CUSTOMER_NUMBER": ["мой {cw} {v}", "{cw}: {v}"],
        "BOOKING_REFERENCE": ["код брони {v}", "номер бронирования {v}"],
        "PASSPORT": ["загранпаспорт {v}", "номер паспорта {v}"],
        "DATE_OF_BIRTH": ["дата рождения {v}", "я родилась {v}", "д.р. {v}"],
        "PHONE_NUMBER": ["мой телефон {v}", "звоните на {v}", "тел. {v}"],
        "EMAIL_ADDRESS": ["почта {v}", "мой e-mail {v}"],
        "BANK_ACCOUNT": ["счёт для возврата {v}", "номер счёта {v}"],
        "NATIONAL_ID": ["мой СНИЛС/ИНН {v}", "ИНН или СНИЛС: {v}"],
        "CREDIT_CARD": ["номер карты {v}"],
        "TICKET_NUMBER": ["номер билета {v}"],
        "PERSON": ["меня зовут {v}", "это {v} пишет"],
    },
}  # fmt: skip


def conv_plain(cv: Conv) -> None:
    rng, lang = cv.rng, cv.lang
    cv.hello()
    typs = rng.sample(list(PLAIN[lang]), rng.randint(1, 3))
    for typ in typs:
        if typ == "PERSON":
            f, la = person(rng, lang)
            v = f"{f} {la}"
        elif typ == "EMAIL_ADDRESS":
            f, la = person(rng, lang)
            loc, dom = email(rng, lang, f, la)
            v = ".".join(loc) + "@" + dom
        else:
            v = value(rng, lang, typ)
        tpl = rng.choice(PLAIN[lang][typ]).replace("{cw}", cv.sector[1])
        pre, post = tpl.split("{v}")
        cv.c(pre, E(v, typ, "plain"), post)
        cv.a(rng.choice(THANKS[lang]))
    if rng.random() < 0.6:
        kind = rng.choice(["flight_number", "amount", "travel_date", "order_number"])
        t = {
            "flight_number": {
                "en": "saw on the news flight {n} was cancelled, not ours right?",
                "nl": "op het nieuws zag ik dat vlucht {n} geschrapt is, dat is niet de onze toch?",
                "nb": "så på nyhetene at fly {n} er innstilt, det er vel ikke vårt?",
                "ru": "в новостях видел, что рейс {n} отменили, это же не наш?",
            },
            "amount": {
                "en": "I was charged {n} twice",
                "nl": "er is twee keer {n} afgeschreven",
                "nb": "jeg ble trukket {n} to ganger",
                "ru": "с меня дважды списали {n}",
            },
            "travel_date": {
                "en": "can we move it to {n}?",
                "nl": "kan het naar {n}?",
                "nb": "kan vi flytte til {n}?",
                "ru": "можно перенести на {n}?",
            },
            "order_number": {
                "en": "order {n} was the last one",
                "nl": "bestelling {n} was de laatste",
                "nb": "ordre {n} var den siste",
                "ru": "последний заказ {n}",
            },
        }[kind][lang]
        pre, post = t.split("{n}")
        cv.c(pre, N(neg(rng, lang, kind), kind), post)
        cv.a(
            {
                "en": "Let me check that for you.",
                "nl": "Ik kijk het even na.",
                "nb": "Jeg sjekker det.",
                "ru": "Сейчас проверю.",
            }[lang]
        )


BUILDERS = {"bare_answer": conv_bare, "list": conv_list, "split": conv_split, "disguised": conv_disguised,
            "address_no_cue": conv_address, "plain": conv_plain}  # fmt: skip


def build(seed: int = SEED) -> list[dict]:
    rng = random.Random(seed)
    records: list[dict] = []
    for lang in LANGS:
        plan = [c for c in CLASSES for _ in range(PER_CLASS)]
        rng.shuffle(plan)
        for i, cls in enumerate(plan, 1):
            cv = Conv(rng, lang)
            BUILDERS[cls](cv)
            records += conversation_records(f"sealed8-{lang}-{i:03d}", lang, cv.turns)
    errors = verify(records)
    if errors:
        raise SystemExit("\n".join(errors[:20]))
    return records


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).with_name("sealed8.jsonl")
    write_jsonl(build(), out)


if __name__ == "__main__":
    main(sys.argv)
