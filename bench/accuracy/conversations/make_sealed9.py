# ruff: noqa: E501  (hand-written phrase, name, street and business tables)
"""Sealed conversation set 9, written blind (issue 13).

Written without reading the rules, the detector, the other sets or their generators. Seeded and
deterministic: ``python make_sealed9.py [OUT]`` writes ``sealed9.jsonl`` beside this file (or OUT).

600 conversations: per language (en, nl, nb, ru) 25 per failure class (bare_answer, list, split,
disguised, address_no_cue, plain). Each conversation has one main class; any other personal data
in it is labelled with its own class. All people and numbers are synthetic and checksum-valid.
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

import phonenumbers
from make_values import (
    CLASSES,
    LANGS,
    E,
    N,
    Part,
    T,
    ascii_name,
    booking_ref,
    conversation_records,
    digits,
    iban,
    nl_bsn,
    no_fnr,
    no_kontonr,
    phone,
    ru_account,
    ru_inn,
    ru_snils,
    verify,
    write_jsonl,
)

SEED = 20261212
PER_CELL = 25
HERE = Path(__file__).resolve().parent
REGION = {"en": "GB", "nl": "NL", "nb": "NO", "ru": "RU"}

# ---------------------------------------------------------------------------------------
# people, places, businesses (own lists)
# ---------------------------------------------------------------------------------------

FIRST = {
    "en": ["Callum", "Bethany", "Rhys", "Imogen", "Declan", "Harriet", "Owen", "Niamh", "Ellis", "Tamsin",
           "Fergus", "Lydia", "Rory", "Phoebe", "Dominic", "Jessica", "Kieran", "Martha"],
    "nl": ["Maarten", "Annelies", "Gijs", "Marloes", "Tijmen", "Renske", "Hidde", "Floor", "Stijn", "Iris",
           "Wessel", "Esmee", "Joost", "Roos", "Luuk", "Marieke", "Bart", "Nienke"],
    "nb": ["Torstein", "Guro", "Anders", "Synnøve", "Halvor", "Ingvild", "Espen", "Live", "Trygve", "Marit",
           "Audun", "Sunniva", "Bjørnar", "Hanne", "Even", "Tuva", "Geir", "Ylva"],
}  # fmt: skip
LAST = {
    "en": ["Pickering", "Oakley", "Brennan", "Fairbrother", "Haddon", "Lowther", "McAllister", "Prentice",
           "Quigley", "Radcliffe", "Stanway", "Treadwell", "Underhill", "Wainwright"],
    "nl": ["van den Berg", "Verhoeven", "de Graaf", "Postma", "Hendriks", "van Beek", "Koster", "Dijkstra",
           "Willems", "Schouten", "van der Meer", "Timmermans", "Bosman", "de Wit"],
    "nb": ["Sandvik", "Fossum", "Rognstad", "Eide", "Kvamme", "Tangen", "Vik", "Myhre", "Lie",
           "Engebretsen", "Sæther", "Holm", "Bratli", "Aune"],
}  # fmt: skip
RU_MALE = ["Глеб", "Роман", "Егор", "Кирилл", "Тимур", "Степан", "Олег", "Виктор", "Денис", "Фёдор"]
RU_FEMALE = ["Полина", "Вера", "Дарья", "Алина", "Софья", "Лариса", "Ирина", "Галина", "Марина", "Валерия"]
RU_LAST = [("Гончаров", "Гончарова"), ("Ефимов", "Ефимова"), ("Тарасов", "Тарасова"), ("Крылов", "Крылова"),
           ("Лаврентьев", "Лаврентьева"), ("Муравьёв", "Муравьёва"), ("Шубин", "Шубина"), ("Громов", "Громова"),
           ("Ковалёв", "Ковалёва"), ("Рябинин", "Рябинина"), ("Островский", "Островская"), ("Вишневский", "Вишневская")]  # fmt: skip
RU_PATR = [("Андреевич", "Андреевна"), ("Игоревич", "Игоревна"), ("Петрович", "Петровна"),
           ("Олегович", "Олеговна"), ("Викторович", "Викторовна"), ("Юрьевич", "Юрьевна")]  # fmt: skip
AGENTS = {
    "en": ["Shona", "Priya", "Gareth", "Abby", "Malcolm", "Jade"],
    "nl": ["Sietske", "Mohammed", "Yvonne", "Ruud", "Demi", "Jasper"],
    "nb": ["Hilde", "Ola", "Camilla", "Petter", "Nora", "Stian"],
    "ru": ["Алёна", "Максим", "Оксана", "Артур", "Кристина", "Вадим"],
}  # fmt: skip

STREETS = {
    "en": ["Larkspur Drive", "Tanners Row", "Well Lane", "Beaconsfield Road", "Clifton Terrace", "Hazel Grove",
           "Albion Street", "Meadow Bank", "Rectory Close", "Foundry Walk"],
    "nl": ["Esdoornstraat", "Vondellaan", "Zuiderkade", "Kastanjelaan", "Weverstraat", "Bleekveld",
           "Tolhuisweg", "Nieuwe Gracht", "Wilhelminastraat", "Hofdijk"],
    "nb": ["Ekebergveien", "Tollbugata", "Lyngveien", "Fagerlia", "Nordre gate", "Møllerveien", "Bakkeveien",
           "Furuveien", "Elvegata", "Sjøgata"],
    "ru": ["ул. Мичурина", "ул. Строителей", "пр-т Победы", "ул. Некрасова", "ул. Белинского", "Заводская ул.",
           "ул. Куйбышева", "ул. Лермонтова", "Цветной бульвар", "ул. Октябрьская"],
}  # fmt: skip
CITIES = {
    "en": [("Sheffield", "S11 8YB"), ("Exeter", "EX4 3PQ"), ("Lancaster", "LA1 4XQ"), ("Derby", "DE22 1GB"),
           ("Swansea", "SA2 0DW"), ("Ipswich", "IP4 2BX"), ("Harrogate", "HG1 5LT"), ("Reading", "RG1 6NP")],
    "nl": [("Amersfoort", "3811 KN"), ("Groningen", "9712 GT"), ("Nijmegen", "6511 PV"), ("Alkmaar", "1811 BD"),
           ("Deventer", "7411 EP"), ("Tilburg", "5038 CD"), ("Gouda", "2801 JB"), ("Apeldoorn", "7311 KZ")],
    "nb": [("Stavanger", "4006"), ("Kristiansand", "4610"), ("Lillehammer", "2609"), ("Bodø", "8006"),
           ("Ålesund", "6002"), ("Fredrikstad", "1606"), ("Gjøvik", "2815"), ("Molde", "6413")],
    "ru": [("Екатеринбург", "620014"), ("Новосибирск", "630099"), ("Нижний Новгород", "603005"),
           ("Ярославль", "150000"), ("Воронеж", "394036"), ("Иркутск", "664003"), ("Краснодар", "350000"),
           ("Омск", "644024")],
}  # fmt: skip
DESTINATIONS = {
    "en": ["Faro", "Reykjavik", "Palma", "Krakow", "Belfast", "Tenerife", "Inverness", "Nice"],
    "nl": ["Bonaire", "Porto", "Kopenhagen", "Wenen", "Ibiza", "Boedapest", "Maastricht", "Praag"],
    "nb": ["Kirkenes", "Alta", "Málaga", "Riga", "Stockholm", "Kraków", "Svolvær", "Nice"],
    "ru": ["Мурманск", "Анапу", "Ереван", "Ташкент", "Владивосток", "Минеральные Воды", "Пхукет", "Баку"],
}  # fmt: skip
MAIL_DOMAINS = {
    "en": ["gmail.com", "hotmail.co.uk", "outlook.com", "sky.com", "virginmedia.com", "icloud.com"],
    "nl": ["gmail.com", "hotmail.nl", "live.nl", "planet.nl", "ziggo.nl", "outlook.com"],
    "nb": ["gmail.com", "online.no", "hotmail.com", "getmail.no", "icloud.com"],
    "ru": ["yandex.ru", "mail.ru", "gmail.com", "inbox.ru", "list.ru", "ya.ru"],
}  # fmt: skip

SECTORS = ["airline", "rail", "bank", "insurer", "telecom", "energy", "clinic", "municipality",
           "parcel", "landlord", "gym", "school", "carrental", "hotel"]  # fmt: skip
# travel and banking fill the most customer-service chats (and carry passports, tickets, IBANs)
SECTOR_WEIGHT = {"airline": 4, "carrental": 2, "hotel": 2, "bank": 2, "telecom": 2, "rail": 1.5}
BUSINESS = {
    "en": {"airline": "Skylark Air", "rail": "Northmoor Rail", "bank": "Thistle & Oak Bank",
           "insurer": "Bluecastle Insurance", "telecom": "Fernwave Mobile", "energy": "Brightmere Energy",
           "clinic": "Elmfield Dental", "municipality": "Wexbridge Borough Council", "parcel": "Parcelhop",
           "landlord": "Kestrel Homes", "gym": "IronLeaf Gym", "school": "St Aldric's Primary",
           "carrental": "Roadwise Car Hire", "hotel": "Harbourlight Hotel"},
    "nl": {"airline": "Zilvermeeuw Airlines", "rail": "RailNoord", "bank": "Spaarbank Hofstad",
           "insurer": "De Linde Verzekeringen", "telecom": "Belnet", "energy": "Windkracht Energie",
           "clinic": "Huisartsenpraktijk Het Anker", "municipality": "Gemeente Waterdam", "parcel": "PakketPiet",
           "landlord": "Woonstichting Thuisbaak", "gym": "FitHal", "school": "Basisschool De Regenboog",
           "carrental": "Autoverhuur Snelweg", "hotel": "Hotel De Zwaan"},
    "nb": {"airline": "Nordlys Air", "rail": "Fjordtog", "bank": "Sparebanken Vestvik",
           "insurer": "Trygghet Forsikring", "telecom": "Fjellnett", "energy": "Vestkraft Energi",
           "clinic": "Legesenteret Sentrum", "municipality": "Elvdal kommune", "parcel": "Pakkeposten",
           "landlord": "Boligbyggelaget Heimly", "gym": "Treningshuset", "school": "Solbakken skole",
           "carrental": "Bilutleie Nord", "hotel": "Hotell Fjordgløtt"},
    "ru": {"airline": "АэроСевер", "rail": "Экспресс-Вагон", "bank": "банк «Волжский»",
           "insurer": "страховая «Оберег»", "telecom": "Связь-Плюс", "energy": "ЭнергоСбыт Заречье",
           "clinic": "клиника «Здоровье+»", "municipality": "МФЦ Заречного района", "parcel": "Посылка24",
           "landlord": "УК «Уютный дом»", "gym": "фитнес-клуб «Атлант»", "school": "школа № 17",
           "carrental": "прокат «Дорога»", "hotel": "гостиница «Берёзка»"},
}  # fmt: skip
# kinds of personal data each business asks for (besides names)
SECTOR_KINDS = {
    "airline": ["booking", "passport", "dob", "ticket", "member", "email", "phone"],
    "rail": ["booking", "customer", "card", "email", "dob"],
    "bank": ["customer", "iban", "card", "dob", "natid", "phone", "account"],
    "insurer": ["customer", "dob", "iban", "natid", "email", "address"],
    "telecom": ["customer", "phone", "email", "dob", "iban", "address"],
    "energy": ["customer", "iban", "email", "phone", "address"],
    "clinic": ["dob", "natid", "phone", "customer", "name"],
    "municipality": ["natid", "dob", "email", "phone", "address"],
    "parcel": ["phone", "email", "name", "address"],
    "landlord": ["customer", "iban", "phone", "email", "address"],
    "gym": ["member", "iban", "email", "dob", "phone"],
    "school": ["name", "dob", "phone", "email"],
    "carrental": ["booking", "card", "dob", "passport", "phone"],
    "hotel": ["booking", "card", "email", "phone"],
}
KIND_TYPE = {
    "booking": "BOOKING_REFERENCE", "customer": "CUSTOMER_NUMBER", "member": "CUSTOMER_NUMBER",
    "passport": "PASSPORT", "dob": "DATE_OF_BIRTH", "email": "EMAIL_ADDRESS", "phone": "PHONE_NUMBER",
    "iban": "IBAN_CODE", "account": "BANK_ACCOUNT", "card": "CREDIT_CARD", "ticket": "TICKET_NUMBER",
    "natid": "NATIONAL_ID", "address": "LOCATION", "name": "PERSON",
}  # fmt: skip

# ---------------------------------------------------------------------------------------
# phrasings per language
# ---------------------------------------------------------------------------------------

GREET = {
    "en": ["Hi, you're through to {biz}. How can I help?", "Hello and welcome to {biz} live chat!", "Hi there, thanks for contacting {biz}."],
    "nl": ["Goedemiddag, welkom bij de chat van {biz}. Waarmee kan ik helpen?", "Hoi! Je chat met {biz}.", "Welkom bij {biz}, wat kan ik voor u doen?"],
    "nb": ["Hei, du chatter med {biz}. Hva kan jeg hjelpe med?", "Hei og velkommen til {biz}!", "God dag, {biz} kundeservice her."],
    "ru": ["Здравствуйте! Вас приветствует {biz}. Чем могу помочь?", "Добрый день, {biz}, слушаю вас.", "Здравствуйте, это чат {biz}."],
}  # fmt: skip
GREET_NAMED = {
    "en": ["Hi, my name is {agent} from {biz}. What can I do for you?", "Hello, {agent} here at {biz} 😊 how can I help?", "Good morning, you're chatting with {agent}."],
    "nl": ["Goedemorgen, u spreekt met {agent} van {biz}.", "Hoi, je chat met {agent} van {biz}. Waar kan ik je mee helpen?", "Hallo, met {agent}! Wat kan ik voor je doen?"],
    "nb": ["Hei, du snakker med {agent} i {biz}.", "Hei! {agent} her fra {biz}, hva gjelder det?", "God morgen, mitt navn er {agent}."],
    "ru": ["Здравствуйте, меня зовут {agent}, {biz}. Чем помочь?", "Добрый день! На связи {agent}.", "Здравствуйте, оператор {agent}, слушаю вас."],
}  # fmt: skip
OPEN = {
    "en": {"airline": ["hi, I need to change my flight", "Our flight got cancelled, what now?"], "rail": ["I was charged twice for my train tickets", "hi, my season ticket hasn't arrived"],
           "bank": ["My card got blocked this morning", "I want to set up a new standing order"], "insurer": ["I need to make a claim, someone reversed into my car", "hi can I add my son to my policy"],
           "telecom": ["my bill is way higher than usual??", "I'd like to port my number over"], "energy": ["I'm moving house next month and need to sort the meter", "why did my direct debit go up"],
           "clinic": ["Hi, I need to book a check-up", "I have to cancel tomorrow's appointment"], "municipality": ["I've just moved into the borough and need to register for council tax", "hi, about the parking permit"],
           "parcel": ["my parcel says delivered but it's not here", "Can I change the delivery address?"], "landlord": ["the boiler's broken again", "I paid the rent twice by mistake"],
           "gym": ["I want to freeze my membership", "hi, my key fob stopped working"], "school": ["Hi, I'd like to register my daughter for the after-school club", "my son will be off sick this week"],
           "carrental": ["I need to add a second driver", "hi, there's a charge on my card from the hire"], "hotel": ["I'd like to change the dates of my stay", "Hi, I think I left my charger in the room"]},
    "nl": {"airline": ["hoi, ik wil mijn vlucht omboeken", "Onze vlucht is geannuleerd, wat nu?"], "rail": ["Ik heb twee keer betaald voor mijn treinkaartjes", "mijn abonnement werkt niet meer"],
           "bank": ["Mijn pas is vanochtend geblokkeerd", "ik wil een periodieke overboeking instellen"], "insurer": ["Ik wil schade melden, iemand is tegen mijn auto gereden", "kan mijn zoon mee in mijn polis?"],
           "telecom": ["mijn rekening is veel hoger dan normaal??", "Ik wil mijn nummer meenemen naar jullie"], "energy": ["Ik ga volgende maand verhuizen", "waarom is mijn termijnbedrag omhoog gegaan"],
           "clinic": ["Hallo, ik wil graag een afspraak maken", "Ik moet de afspraak van morgen afzeggen"], "municipality": ["Ik wil een verhuizing doorgeven", "hoi, over de parkeervergunning"],
           "parcel": ["mijn pakket staat op bezorgd maar ik heb niks", "Kan ik het bezorgadres nog wijzigen?"], "landlord": ["de cv-ketel is weer kapot", "Ik heb per ongeluk twee keer huur betaald"],
           "gym": ["ik wil mijn abonnement pauzeren", "mijn toegangspas doet het niet meer"], "school": ["Hallo, ik wil mijn dochter aanmelden voor de BSO", "mijn zoon is deze week ziek"],
           "carrental": ["Ik wil een tweede bestuurder toevoegen", "er staat een afschrijving van jullie op mijn creditcard"], "hotel": ["Ik wil de data van mijn verblijf wijzigen", "hoi, ik denk dat ik mijn oplader in de kamer heb laten liggen"]},
    "nb": {"airline": ["hei, jeg må endre flyet mitt", "Flyet vårt ble kansellert, hva nå?"], "rail": ["Jeg har blitt belastet to ganger for billettene", "periodebilletten min er borte fra appen"],
           "bank": ["Kortet mitt ble sperret i dag tidlig", "jeg vil sette opp et fast trekk"], "insurer": ["Jeg må melde en skade på bilen", "kan jeg legge til sønnen min på forsikringen?"],
           "telecom": ["regningen er mye høyere enn vanlig??", "Jeg vil flytte nummeret mitt til dere"], "energy": ["Jeg flytter neste måned og må si opp strømmen", "hvorfor har a-kontoen gått opp"],
           "clinic": ["Hei, jeg vil bestille time", "Jeg må avbestille timen i morgen"], "municipality": ["Jeg skal søke om barnehageplass", "hei, gjelder parkeringstillatelse"],
           "parcel": ["pakken står som levert men den er ikke her", "Kan jeg endre leveringsadressen?"], "landlord": ["varmtvannsberederen er ødelagt igjen", "Jeg betalte husleia to ganger ved en feil"],
           "gym": ["jeg vil fryse medlemskapet", "adgangsbrikken min virker ikke"], "school": ["Hei, jeg vil melde datteren min på SFO", "sønnen min er syk denne uka"],
           "carrental": ["Jeg må legge til en sjåfør til", "det står et trekk fra dere på kortet mitt"], "hotel": ["Jeg vil endre datoene for oppholdet", "hei, jeg tror jeg glemte laderen på rommet"]},
    "ru": {"airline": ["здравствуйте, мне нужно поменять рейс", "Наш рейс отменили, что делать?"], "rail": ["С меня дважды списали за билеты", "не приходит электронный билет"],
           "bank": ["Заблокировали карту сегодня утром", "хочу настроить автоплатёж"], "insurer": ["Нужно оформить страховой случай, в меня въехали", "можно вписать сына в ОСАГО?"],
           "telecom": ["счёт в этом месяце какой-то огромный", "Хочу перенести номер к вам"], "energy": ["Переезжаю, надо переоформить договор", "почему выросла сумма в квитанции"],
           "clinic": ["Здравствуйте, хочу записаться к терапевту", "Нужно отменить завтрашнюю запись"], "municipality": ["Хочу подать заявление на прописку", "по поводу справки"],
           "parcel": ["посылка доставлена, а у меня её нет", "Можно поменять адрес доставки?"], "landlord": ["опять течёт батарея", "Я дважды оплатил квартплату по ошибке"],
           "gym": ["хочу заморозить абонемент", "не работает браслет на вход"], "school": ["Здравствуйте, хочу записать дочь на продлёнку", "сын заболел, не придёт на этой неделе"],
           "carrental": ["Нужно добавить второго водителя", "с карты списали деньги за прокат"], "hotel": ["Хочу перенести даты проживания", "кажется, я забыл зарядку в номере"]},
}  # fmt: skip

ASK = {
    "en": {
        "booking": ["What's the booking reference?", "Can I have your booking code please?", "Could you give me the reservation number? It's the 6 characters on your confirmation.", "which booking is it? the reference would help"],
        "customer": ["What's your customer number?", "Can you give me your account number please? It's on your bill.", "Do you have your customer reference to hand?", "What's the number at the top of your statement?"],
        "member": ["What's your membership number?", "Could I take your Skypoints number?", "Your member ID please?"],
        "passport": ["And the passport number?", "Could you give me the passport number as shown on the photo page?", "What's the document number on the passport?"],
        "dob": ["What's your date of birth?", "Can you confirm your DOB for security?", "And when were you born?", "Date of birth of the patient?"],
        "email": ["What email address should we use?", "Which email is on the account?", "Where can we email the confirmation?"],
        "phone": ["What's the best number to reach you on?", "Can I take a contact number?", "Which mobile number should the driver call?"],
        "iban": ["What's the IBAN for the refund?", "Which IBAN should we pay it into?"],
        "account": ["What's your sort code and account number?", "Which account should we refund to? Sort code and account number please."],
        "card": ["What's the long number on the card?", "Which card did you pay with? I need the full card number to trace it."],
        "ticket": ["What's the 13-digit ticket number?", "Could you read me the e-ticket number?"],
        "name": ["And the name on the booking?", "Who's the appointment for?", "What's your full name?", "What's the child's name?"],
    },
    "nl": {
        "booking": ["Wat is je boekingscode?", "Mag ik het reserveringsnummer?", "Wat is de boekingsreferentie? Zes tekens, staat in de bevestiging.", "welke boeking gaat het om?"],
        "customer": ["Wat is uw klantnummer?", "Mag ik uw relatienummer?", "Wat is het klantnummer bovenaan de factuur?", "Heeft u uw contractnummer bij de hand?"],
        "member": ["Wat is je lidnummer?", "Mag ik je Meeuwenpunten-nummer?", "Wat is het nummer van je ledenpas?"],
        "passport": ["Wat is het paspoortnummer?", "Mag ik het documentnummer van het paspoort of de ID-kaart?", "Welk nummer staat er in het paspoort?"],
        "dob": ["Wat is uw geboortedatum?", "Wanneer bent u geboren?", "Mag ik ter controle de geboortedatum?", "Geboortedatum van de patiënt?"],
        "email": ["Op welk e-mailadres wilt u de bevestiging?", "Wat is je mailadres?", "Welk e-mailadres hoort bij het account?"],
        "phone": ["Op welk nummer kunnen we u bereiken?", "Wat is je 06-nummer?", "Welk telefoonnummer mag de bezorger bellen?"],
        "iban": ["Op welk rekeningnummer mogen we het terugstorten?", "Wat is je IBAN?", "Naar welk IBAN moet de restitutie?"],
        "card": ["Wat is het kaartnummer?", "Met welke creditcard is betaald? Het volledige nummer graag."],
        "ticket": ["Wat is het ticketnummer? 13 cijfers.", "Mag ik het e-ticketnummer?"],
        "natid": ["Wat is uw BSN?", "Mag ik uw burgerservicenummer?", "Wat is het BSN van uw dochter?"],
        "name": ["Op welke naam staat de boeking?", "Voor wie is de afspraak?", "Wat is je volledige naam?", "Hoe heet uw kind?"],
    },
    "nb": {
        "booking": ["Hva er bestillingsreferansen?", "Kan jeg få referansenummeret på bestillingen?", "Hvilken bestilling gjelder det? Koden har seks tegn."],
        "customer": ["Hva er kundenummeret ditt?", "Kan du oppgi kundenummer?", "Hva er avtalenummeret som står på fakturaen?", "Har du leietakernummeret?"],
        "member": ["Hva er medlemsnummeret ditt?", "Kan jeg få Nordlys Bonus-nummeret?", "Nummeret på medlemskortet?"],
        "passport": ["Hva er passnummeret?", "Kan du gi meg nummeret på passet?", "Passnummer til den reisende?"],
        "dob": ["Hva er fødselsdatoen din?", "Når er du født?", "Fødselsdato på pasienten?", "Kan du bekrefte fødselsdato?"],
        "email": ["Hvilken e-postadresse skal vi bruke?", "Hva er e-posten din?", "Hvor skal vi sende bekreftelsen på e-post?"],
        "phone": ["Hvilket nummer kan vi nå deg på?", "Hva er mobilnummeret ditt?", "Hvilket nummer skal sjåføren ringe?"],
        "iban": ["Hva er IBAN-nummeret?", "Hvilken IBAN skal vi betale tilbake til?"],
        "account": ["Hvilket kontonummer skal pengene tilbake til?", "Hva er kontonummeret ditt?"],
        "card": ["Hva er kortnummeret?", "Hvilket kort ble brukt? Jeg trenger hele kortnummeret."],
        "ticket": ["Hva er billettnummeret (13 siffer)?", "Kan du lese opp e-billettnummeret?"],
        "natid": ["Hva er fødselsnummeret ditt?", "Kan jeg få personnummeret, alle 11 sifrene?", "Fødselsnummer til barnet?"],
        "name": ["Hvilket navn står bestillingen på?", "Hvem gjelder timen?", "Hva heter du, fullt navn?", "Hva heter barnet?"],
    },
    "ru": {
        "booking": ["Назовите, пожалуйста, код бронирования.", "Какой номер брони?", "Номер бронирования подскажете? Шесть символов из письма."],
        "customer": ["Назовите номер лицевого счёта.", "Какой у вас номер клиента?", "Подскажите номер договора.", "Ваш номер абонента?"],
        "member": ["Номер карты лояльности?", "Ваш номер участника программы?", "Номер клубной карты?"],
        "passport": ["Серия и номер паспорта?", "Номер загранпаспорта подскажите.", "Паспортные данные, пожалуйста: серия и номер."],
        "dob": ["Ваша дата рождения?", "Дата рождения пациента?", "Когда вы родились?", "Для проверки назовите дату рождения."],
        "email": ["На какую почту отправить?", "Ваш адрес электронной почты?", "Какой email указан в личном кабинете?"],
        "phone": ["По какому номеру с вами связаться?", "Ваш контактный телефон?", "Какой номер дать курьеру?"],
        "account": ["Номер счёта для возврата?", "На какой счёт перечислить? Нужны все 20 цифр."],
        "card": ["Номер карты, пожалуйста.", "Какой картой оплачивали? Нужен полный номер."],
        "ticket": ["Номер электронного билета (13 цифр)?", "Подскажите номер билета."],
        "natid": ["Номер СНИЛС, пожалуйста.", "Назовите СНИЛС.", "Ваш ИНН?", "Подскажите ИНН."],
        "name": ["На кого оформлена бронь?", "ФИО пациента?", "Как вас зовут? Полностью.", "Как зовут ребёнка?"],
    },
}  # fmt: skip
CUE = {
    "en": {
        "booking": ["my booking ref is {v}", "booking code {v}", "Reservation: {v}", "it's under reference {v}"],
        "customer": ["my customer number is {v}", "account no. {v}", "customer ref {v} if that helps"],
        "member": ["membership number {v}", "my Skypoints number is {v}"],
        "passport": ["passport number {v}", "my passport no is {v}"],
        "dob": ["my date of birth is {v}", "DOB {v}", "I was born on {v}"],
        "email": ["my email is {v}", "email: {v}", "you can email me at {v}"],
        "phone": ["my number is {v}", "call me on {v}", "mobile {v}"],
        "iban": ["my IBAN is {v}", "IBAN {v}"],
        "account": ["sort code and account: {v}"],
        "card": ["card number {v}", "I paid with my card {v}"],
        "ticket": ["ticket number {v}", "e-ticket {v}"],
        "natid": [],
        "address": ["my address is {v}", "I live at {v}", "new address: {v}"],
        "name": ["my name is {v}", "the booking is in the name of {v}"],
    },
    "nl": {
        "booking": ["mijn boekingscode is {v}", "reserveringsnummer {v}", "Boeking: {v}"],
        "customer": ["mijn klantnummer is {v}", "klantnr {v}", "relatienummer {v}"],
        "member": ["lidnummer {v}", "mijn Meeuwenpunten-nummer is {v}"],
        "passport": ["paspoortnummer {v}", "mijn paspoort heeft nummer {v}"],
        "dob": ["mijn geboortedatum is {v}", "geb. {v}", "ik ben geboren op {v}"],
        "email": ["mijn e-mailadres is {v}", "mail: {v}", "mailen mag naar {v}"],
        "phone": ["mijn nummer is {v}", "bel me op {v}", "tel {v}"],
        "iban": ["mijn IBAN is {v}", "rekeningnummer {v}"],
        "card": ["kaartnummer {v}", "betaald met creditcard {v}"],
        "ticket": ["ticketnummer {v}"],
        "natid": ["mijn BSN is {v}", "BSN {v}"],
        "address": ["mijn adres is {v}", "ik woon op {v}", "nieuw adres: {v}"],
        "name": ["mijn naam is {v}", "de boeking staat op naam van {v}"],
    },
    "nb": {
        "booking": ["bestillingsreferansen er {v}", "referanse {v}", "Bestilling: {v}"],
        "customer": ["kundenummeret mitt er {v}", "kundenr. {v}", "avtalenummer {v}"],
        "member": ["medlemsnummer {v}", "bonusnummeret mitt er {v}"],
        "passport": ["passnummer {v}", "passet mitt har nummer {v}"],
        "dob": ["fødselsdatoen min er {v}", "f. {v}", "jeg er født {v}"],
        "email": ["e-posten min er {v}", "e-post: {v}", "send gjerne til {v}"],
        "phone": ["nummeret mitt er {v}", "ring meg på {v}", "mob {v}"],
        "iban": ["IBAN {v}"],
        "account": ["kontonummeret mitt er {v}", "kontonr {v}"],
        "card": ["kortnummer {v}", "betalte med kortet {v}"],
        "ticket": ["billettnummer {v}"],
        "natid": ["fødselsnummeret mitt er {v}", "fnr {v}", "personnummer {v}"],
        "address": ["adressen min er {v}", "jeg bor i {v}", "ny adresse: {v}"],
        "name": ["jeg heter {v}", "bestillingen står på {v}"],
    },
    "ru": {
        "booking": ["код брони {v}", "номер бронирования {v}", "Бронь: {v}"],
        "customer": ["мой лицевой счёт {v}", "номер договора {v}", "номер клиента {v}"],
        "member": ["номер карты лояльности {v}", "номер клубной карты {v}"],
        "passport": ["паспорт {v}", "серия и номер паспорта {v}", "загранпаспорт {v}"],
        "dob": ["дата рождения {v}", "я родился {v}", "д.р. {v}"],
        "email": ["моя почта {v}", "email: {v}", "пишите на {v}"],
        "phone": ["мой телефон {v}", "звоните на {v}", "тел. {v}"],
        "account": ["номер счёта {v}", "счёт для возврата {v}"],
        "card": ["номер карты {v}", "оплачивал картой {v}"],
        "ticket": ["номер билета {v}"],
        "natid": ["СНИЛС {v}", "мой ИНН {v}"],
        "address": ["мой адрес: {v}", "я живу по адресу {v}", "новый адрес: {v}"],
        "name": ["меня зовут {v}", "бронь на имя {v}"],
    },
}  # fmt: skip
WAIT = {
    "en": ["one moment", "sec", "hang on, let me find it", "just a minute, it's in my emails somewhere", "hold on"],
    "nl": ["momentje", "sec", "even zoeken hoor", "wacht even, staat in mijn mail", "ff kijken"],
    "nb": ["et øyeblikk", "sek", "vent litt, må finne det", "to sek, det står i e-posten", "øyeblikk"],
    "ru": ["минутку", "сек", "сейчас найду", "секунду, посмотрю в письме", "одну минуту"],
}  # fmt: skip
NO_RUSH = {
    "en": ["No rush!", "Take your time.", "sure"], "nl": ["Geen haast!", "Neem de tijd.", "prima"],
    "nb": ["Ingen hast!", "Bare ta den tiden du trenger.", "greit"], "ru": ["Конечно, жду.", "Не торопитесь.", "хорошо"],
}  # fmt: skip
QBACK = {  # a question back; None: the agent asks again in other words
    "en": [("mine or my partner's?", "Yours please."), ("sorry, which one do you need?", None), ("is that the one on the letter?", None)],
    "nl": [("die van mij of van mijn partner?", "Die van u graag."), ("sorry, welke bedoel je?", None), ("staat dat op de brief?", None)],
    "nb": [("mitt eller samboerens?", "Ditt, takk."), ("unnskyld, hvilket trenger du?", None), ("står det på brevet?", None)],
    "ru": [("мой или мужа?", "Ваш, пожалуйста."), ("простите, какой именно?", None), ("это который в письме?", None)],
}  # fmt: skip
FILLER = {
    "en": ["ok", "Thanks, checking that now.", "Got it.", "Bear with me while I pull that up.", "lovely, thanks"],
    "nl": ["oké", "Dank je, ik kijk even.", "Helder.", "Momentje, ik zoek het op.", "top, dank"],
    "nb": ["ok", "Takk, jeg sjekker nå.", "Skjønner.", "Et øyeblikk mens jeg finner det.", "supert, takk"],
    "ru": ["хорошо", "Спасибо, проверяю.", "Понял вас.", "Минутку, открываю вашу заявку.", "отлично, спасибо"],
}  # fmt: skip
CUST_FILLER = {
    "en": ["ok", "right", "ok np", "sure"], "nl": ["oké", "prima", "ok"], "nb": ["ok", "greit", "javel"], "ru": ["ок", "хорошо", "ага"],
}  # fmt: skip
CLOSE_AGENT = {
    "en": ["That's all sorted now. Anything else I can help with?", "Done! You'll get a confirmation shortly.", "Thanks for your patience, that's been updated."],
    "nl": ["Dat is geregeld. Kan ik nog ergens mee helpen?", "Klaar! Je krijgt zo een bevestiging.", "Bedankt voor het wachten, het is aangepast."],
    "nb": ["Det er ordnet. Noe mer jeg kan hjelpe med?", "Ferdig! Du får en bekreftelse straks.", "Takk for tålmodigheten, det er oppdatert."],
    "ru": ["Готово. Могу ещё чем-то помочь?", "Всё оформлено, подтверждение придёт в течение часа.", "Спасибо за ожидание, данные обновлены."],
}  # fmt: skip
CLOSE_CUSTOMER = {
    "en": ["no that's all, thanks", "great thank you!", "cheers"], "nl": ["nee dat was het, bedankt", "top, dank je!", "fijn, bedankt"],
    "nb": ["nei, det var alt. takk", "supert, tusen takk!", "takk for hjelpen"], "ru": ["нет, это всё, спасибо", "отлично, спасибо!", "спасибо большое"],
}  # fmt: skip

# ---------------------------------------------------------------------------------------
# values
# ---------------------------------------------------------------------------------------

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "nb": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
}  # fmt: skip
MON3 = {"en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
        "nb": ["jan.", "feb.", "mars", "apr.", "mai", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "des."]}  # fmt: skip


def ordinal(d: int) -> str:
    suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return f"{d}{suf}"


def date_text(rng: random.Random, lang: str, d: int, m: int, y: int, year: bool = True) -> str:
    """A date written the way people of ``lang`` write it (many forms)."""
    yy = f"{y % 100:02d}"
    mon = MONTHS[lang][m - 1]
    if not year:
        return rng.choice({"en": [f"{d} {mon}", f"{ordinal(d)} {mon}", f"{d}/{m}"], "nl": [f"{d} {mon}", f"{d}-{m}"],
                           "nb": [f"{d}. {mon}", f"{d}.{m}."], "ru": [f"{d} {mon}", f"{d:02d}.{m:02d}"]}[lang])  # fmt: skip
    forms = {
        "en": [f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d}/{m}/{yy}", f"{d} {mon} {y}", f"{ordinal(d)} {mon} {y}",
               f"{mon} {d}, {y}", f"{d} {MON3['en'][m - 1]} {y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}"],
        "nl": [f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d} {mon} {y}", f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{yy}",
               f"{d:02d}.{m:02d}.{y}", f"{d} {MON3['nl'][m - 1]} {y}", f"{d}-{m}-{yy}"],
        "nb": [f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{d}. {mon} {y}", f"{d:02d}.{m:02d}.{yy}", f"{d}/{m}-{y}",
               f"{d}/{m} {y}", f"{d}. {MON3['nb'][m - 1]} {y}", f"{d:02d}{m:02d}{yy}"],
        "ru": [f"{d:02d}.{m:02d}.{y}", f"{d} {mon} {y}", f"{d:02d}.{m:02d}.{yy}", f"{d}.{m}.{y}", f"{d:02d}/{m:02d}/{y}",
               f"{y}-{m:02d}-{d:02d}", f"{d:02d} {mon} {y}"],
    }  # fmt: skip
    return rng.choice(forms[lang])


def luhn_ok(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        n = int(ch) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def card(rng: random.Random, lang: str) -> str:
    prefix = rng.choice(["4", "4", "51", "53", "55", "2221"] + (["2200", "2202"] if lang == "ru" else []))
    body = prefix + digits(rng, 15 - len(prefix), first_nonzero=False)
    check = next(str(k) for k in range(10) if luhn_ok(body + str(k)))
    n = body + check
    style = rng.randint(0, 3)
    if style == 0:
        return n
    sep = "-" if style == 3 else " "
    return sep.join(n[i : i + 4] for i in range(0, 16, 4))


def ticket(rng: random.Random) -> str:
    p = rng.choice(["157", "612", "487", "324", "739"])
    rest = digits(rng, 10, first_nonzero=False)
    return rng.choice([f"{p}-{rest}", f"{p} {rest}", f"{p}{rest}", f"{p} {rest[:4]} {rest[4:]}"])


def passport_no(rng: random.Random, lang: str) -> str:
    if lang == "nl":
        letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
        mid = "".join(rng.choice(letters + "0123456789") for _ in range(6))
        return rng.choice("NB") + rng.choice(letters) + mid + str(rng.randint(0, 9))
    if lang == "nb":
        return rng.choice(["FH", "FJ", "FK", "FM", "FP"]) + digits(rng, 7, first_nonzero=False)
    if lang == "ru":
        if rng.random() < 0.5:  # international: series 2 digits + 7
            s, n = str(rng.randint(70, 77)), digits(rng, 7)
            return rng.choice([f"{s} {n}", f"{s}{n}", f"{s} {n}"])
        s, n = f"{rng.randint(1, 99):02d}{rng.randint(0, 24):02d}", digits(rng, 6)
        return rng.choice([f"{s} {n}", f"{s[:2]} {s[2:]} {n}", f"{s}{n}"])
    return rng.choice(["1", "5", "6"]) + digits(rng, 8, first_nonzero=False)


def cust_no(rng: random.Random, lang: str, kind: str) -> str:
    if kind in ("member", "member_gym"):
        gym = kind == "member_gym"
        pre = {"en": ["IL", ""] if gym else ["SK", ""], "nl": ["FH", ""] if gym else ["ZM", ""],
               "nb": ["TH", ""] if gym else ["NB", ""], "ru": ["А-", ""] if gym else ["", "АС"]}[lang]  # fmt: skip
        p = rng.choice(pre)
        n = digits(rng, rng.choice([8, 10]))
        return rng.choice([f"{p}{n}", f"{p} {n}".strip(), f"{p}{n[:4]} {n[4:]}"])
    style = rng.randint(0, 5)
    if style == 0:
        return digits(rng, rng.choice([7, 8, 9, 10]))
    if style == 1:
        n = digits(rng, 9)
        return f"{n[:3]} {n[3:6]} {n[6:]}"
    if style == 2:
        pre = {"en": ["CU", "AC", "BX", "TK"], "nl": ["KL", "RN", "C", "HB"], "nb": ["K", "KN", "A"], "ru": ["ЛС", "Д", "К"]}[lang]
        return rng.choice(pre) + rng.choice(["", "-", " "]) + digits(rng, rng.choice([6, 7, 8]))
    if style == 3:
        n = digits(rng, 10)
        return f"{n[:4]}-{n[4:8]}-{n[8:]}"
    if style == 4:
        return f"{rng.randint(10, 99)}-{digits(rng, 6)}"
    return digits(rng, 12) if lang == "ru" else "00" + digits(rng, 6)


def account_no(rng: random.Random, lang: str) -> str:
    if lang == "nb":
        v = no_kontonr(rng)
        return rng.choice([v, f"{v[:4]}.{v[4:6]}.{v[6:]}", f"{v[:4]} {v[4:6]} {v[6:]}"])
    if lang == "ru":
        v = ru_account(rng)
        return rng.choice([v, f"{v[:5]} {v[5:8]} {v[8]} {v[9:13]} {v[13:]}", " ".join(v[i : i + 4] for i in range(0, 20, 4))])
    sc, acc = digits(rng, 6), digits(rng, 8)
    return rng.choice([f"{sc[:2]}-{sc[2:4]}-{sc[4:]} {acc}", f"{sc[:2]}-{sc[2:4]}-{sc[4:]}, {acc}", f"{sc} {acc}"])


def natid(rng: random.Random, lang: str) -> str:
    if lang == "nl":
        v = nl_bsn(rng)
        return rng.choice([v, v, f"{v[:4]}.{v[4:6]}.{v[6:]}", f"{v[:3]} {v[3:6]} {v[6:]}"])
    if lang == "nb":
        v = no_fnr(rng)[0]
        return rng.choice([v, v, f"{v[:6]} {v[6:]}"])
    if lang == "ru":
        if rng.random() < 0.5:
            s = ru_snils(rng)
            return rng.choice([s, s.replace(" ", "-"), s.replace("-", "").replace(" ", "")])
        return ru_inn(rng)
    raise ValueError(lang)


def phone_no(rng: random.Random, lang: str) -> str:
    p = phone(rng, lang)
    if lang == "ru" and rng.random() < 0.4:
        d = "".join(ch for ch in p if ch.isdigit())[-10:]
        return rng.choice([f"+7 ({d[:3]}) {d[3:6]}-{d[6:8]}-{d[8:]}", f"8-{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:]}", f"8 {d[:3]} {d[3:6]} {d[6:8]} {d[8:]}"])
    if lang == "nl" and rng.random() < 0.3:
        d = "".join(ch for ch in p if ch.isdigit())[-9:]
        return rng.choice([f"+31 {d}", f"0{d}", f"06 {d[1:5]} {d[5:]}"])
    if lang == "nb" and rng.random() < 0.3:
        d = "".join(ch for ch in p if ch.isdigit())[-8:]
        return rng.choice([f"+47{d}", f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", d])
    return p


IBAN_COUNTRY = {"en": "GB", "nl": "NL", "nb": "NO"}


def iban_no(rng: random.Random, lang: str) -> str:
    v = iban(rng, IBAN_COUNTRY[lang])
    r = rng.random()
    if r < 0.3:
        return v.replace(" ", "")
    if r < 0.45:
        return v.lower()
    return v


@dataclass
class Person:
    first: str
    last: str
    patr: str = ""
    male: bool = True

    def full(self, rng: random.Random, lang: str) -> str:
        if lang == "ru":
            return rng.choice([f"{self.first} {self.last}", f"{self.last} {self.first} {self.patr}", f"{self.last} {self.first}"])
        return f"{self.first} {self.last}"


def new_person(rng: random.Random, lang: str, last: str | None = None) -> Person:
    if lang == "ru":
        male = rng.random() < 0.5
        first = rng.choice(RU_MALE if male else RU_FEMALE)
        pair = rng.choice(RU_LAST)
        if last is not None:  # same family
            pair = next(p for p in RU_LAST if last in p)
        patr = rng.choice(RU_PATR)
        return Person(first, pair[0] if male else pair[1], patr[0] if male else patr[1], male)
    return Person(rng.choice(FIRST[lang]), last or rng.choice(LAST[lang]))


def email_addr(rng: random.Random, lang: str, p: Person) -> str:
    f, la = ascii_name(p.first), ascii_name(p.last)
    y = str(rng.randint(60, 99))
    local = rng.choice([f"{f}.{la}", f"{f[0]}.{la}", f"{f}{la}{y}", f"{la}_{f}", f"{f}-{la}", f"{f}{y}", f"{la}.{f[0]}"])
    return f"{local}@{rng.choice(MAIL_DOMAINS[lang])}"


def address_text(rng: random.Random, lang: str) -> str:
    street = rng.choice(STREETS[lang])
    city, pc = rng.choice(CITIES[lang])
    no = rng.randint(1, 160)
    if lang == "en":
        return rng.choice([f"{no} {street}, {city} {pc}", f"{no} {street}\n{city}\n{pc}", f"flat {rng.randint(1, 12)}, {no} {street}, {city}, {pc}",
                           f"{no} {street} {city} {pc}", f"{no}a {street}, {city}"])
    if lang == "nl":
        nr = rng.choice([str(no), f"{no}a", f"{no}-2", f"{no} hs", f"{no}B"])
        return rng.choice([f"{street} {nr}, {pc} {city}", f"{street} {nr} {pc.replace(' ', '')} {city}", f"{street} {nr}\n{pc} {city.upper()}",
                           f"{street} {nr}, {city}"])
    if lang == "nb":
        nr = rng.choice([str(no), f"{no}B", f"{no} H0{rng.randint(1, 4)}0{rng.randint(1, 4)}"])
        return rng.choice([f"{street} {nr}, {pc} {city}", f"{street} {nr} {pc} {city}", f"{street} {nr}, {city}", f"{street} {nr}\n{pc} {city.upper()}"])
    apt = rng.randint(1, 220)
    return rng.choice([f"{pc}, г. {city}, {street}, д. {no}, кв. {apt}", f"г. {city}, {street} {no}-{apt}", f"{city}, {street}, {no}, кв {apt}",
                       f"{street}, д.{no}, корп. 2, кв.{apt}, {city}"])


def value_for(c: Ctx, kind: str, p: Person | None = None) -> str:
    rng, lang = c.rng, c.lang
    p = p or c.cust
    if kind == "booking":
        return booking_ref(rng)
    if kind in ("customer", "member"):
        return cust_no(rng, lang, "member_gym" if kind == "member" and c.sector == "gym" else kind)
    if kind == "passport":
        return passport_no(rng, lang)
    if kind == "dob":
        d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1941, 2012)
        return date_text(rng, lang, d, m, y)
    if kind == "email":
        return email_addr(rng, lang, p)
    if kind == "phone":
        return phone_no(rng, lang)
    if kind == "iban":
        return iban_no(rng, lang)
    if kind == "account":
        return account_no(rng, lang)
    if kind == "card":
        return card(rng, lang)
    if kind == "ticket":
        return ticket(rng)
    if kind == "natid":
        return natid(rng, lang)
    if kind == "address":
        return address_text(rng, lang)
    if kind == "name":
        return p.full(rng, lang)
    raise ValueError(kind)


def kinds_for(sector: str, lang: str) -> list[str]:
    ks = list(SECTOR_KINDS[sector])
    if lang == "ru" and "iban" in ks:
        ks[ks.index("iban")] = "account"
    if lang == "en" and "natid" in ks:
        ks.remove("natid")
    if lang == "nl" and "account" in ks:
        ks[ks.index("account")] = "iban"
    return ks


# ---------------------------------------------------------------------------------------
# hard negatives
# ---------------------------------------------------------------------------------------


def order_no(rng: random.Random, lang: str) -> str:
    n = digits(rng, rng.choice([6, 7, 8, 9]))
    pre = {"en": ["#", "ORD-", "", "WEB"], "nl": ["#", "BST-", "", "NL-"], "nb": ["#", "ORD", "", "NO-"], "ru": ["№ ", "", "З-", "#"]}[lang]
    return rng.choice(pre) + n


def tracking_no(rng: random.Random, lang: str) -> str:
    if lang == "en":
        return rng.choice(["AB", "RX", "JT"]) + digits(rng, 9) + "GB"
    if lang == "nl":
        return "3S" + "".join(rng.choice("ABCDEFGHKLMNPRSTVWXZ") for _ in range(4)) + digits(rng, 7, first_nonzero=False)
    if lang == "nb":
        return "70" + digits(rng, 15, first_nonzero=False)
    return rng.choice(["RA", "CP", "EE"]) + digits(rng, 9) + "RU" if rng.random() < 0.5 else "8" + digits(rng, 13, first_nonzero=False)


def amount(rng: random.Random, lang: str) -> str:
    a, cents = rng.randint(5, 1400), rng.randint(0, 99)
    return rng.choice({"en": [f"£{a}.{cents:02d}", f"£{a}", f"{a} pounds"], "nl": [f"€ {a},{cents:02d}", f"€{a}", f"{a} euro"],
                       "nb": [f"{a} kr", f"kr {a},-", f"{a},{cents:02d} kroner"], "ru": [f"{a * 10} ₽", f"{a * 10} руб.", f"{a * 10} рублей"]}[lang])  # fmt: skip


def clock(rng: random.Random, lang: str) -> str:
    h, mi = rng.randint(6, 21), rng.choice([0, 5, 15, 20, 30, 40, 45, 55])
    if lang == "en":
        return rng.choice([f"{h:02d}:{mi:02d}", f"{h % 12 or 12}.{mi:02d}{'pm' if h >= 12 else 'am'}", f"{h % 12 or 12}{'pm' if h >= 12 else 'am'}"])
    if lang == "nl":
        return rng.choice([f"{h:02d}:{mi:02d}", f"{h}.{mi:02d} uur", f"{h} uur"])
    if lang == "nb":
        return rng.choice([f"{h:02d}:{mi:02d}", f"kl. {h}.{mi:02d}", f"{h}.{mi:02d}"])
    return rng.choice([f"{h:02d}:{mi:02d}", f"{h}.{mi:02d}"])


def seat(rng: random.Random) -> str:
    return f"{rng.randint(1, 38)}{rng.choice('ABCDEF')}"


def product_code(rng: random.Random) -> str:
    return rng.choice([f"SKU-{digits(rng, 6)}", f"{rng.choice(['KX', 'RT', 'HB'])}-{rng.randint(100, 9999)}{rng.choice('ABCW')}",
                       digits(rng, 7), f"{digits(rng, 3)}.{digits(rng, 3, first_nonzero=False)}.{digits(rng, 2, first_nonzero=False)}"])


def travel_date(rng: random.Random, lang: str) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2026, 2027])
    return date_text(rng, lang, d, m, y, year=rng.random() < 0.6)


def company_phone(rng: random.Random, lang: str) -> str:
    """A valid number from a range for drama/fiction (GB) or a business range (NL 088, NO 8xx, RU 8 800)."""
    while True:
        if lang == "en":
            area = rng.choice(["020 7946", "0113 496", "0117 496", "0161 496", "0121 496"])
            s = f"{area} 0{digits(rng, 3, first_nonzero=False)}"
        elif lang == "nl":
            s = f"088 {digits(rng, 3)} {digits(rng, 4, first_nonzero=False)}"
        elif lang == "nb":
            s = f"815 {digits(rng, 2, first_nonzero=False)} {digits(rng, 3, first_nonzero=False)}"
        else:
            s = f"8 800 {digits(rng, 3)}-{digits(rng, 2, first_nonzero=False)}-{digits(rng, 2, first_nonzero=False)}"
        if phonenumbers.is_valid_number(phonenumbers.parse(s, REGION[lang])):
            return s


def company_address(rng: random.Random, lang: str) -> str:
    return rng.choice({
        "en": [f"PO Box {rng.randint(100, 9999)}, Leeds LS98 {rng.randint(1, 9)}XT", f"Unit {rng.randint(1, 20)}, Riverside Business Park, Reading RG2 {rng.randint(1, 9)}QT"],
        "nl": [f"Postbus {rng.randint(100, 9999)}, 3500 GD Utrecht", f"Antwoordnummer {rng.randint(10000, 99999)}, 1000 VB Amsterdam"],
        "nb": [f"Postboks {rng.randint(100, 999)} Sentrum, 0106 Oslo", f"Postboks {rng.randint(1000, 9999)}, 5020 Bergen"],
        "ru": [f"г. Москва, ул. Электрозаводская, д. {rng.randint(1, 60)}, стр. 3", f"а/я {rng.randint(10, 999)}, г. Казань, 420000"],
    }[lang])  # fmt: skip


NEG_LINES = {  # agent or customer lines carrying hard negatives: {x} is the negative
    "order_number": {"en": ["Your order {x} is still with the warehouse.", "I found order {x}."], "nl": ["Je bestelling {x} ligt nog in het magazijn.", "Ik zie bestelling {x}."],
                     "nb": ["Ordre {x} ligger fortsatt på lageret.", "Jeg fant ordren {x}."], "ru": ["Заказ {x} ещё на складе.", "Вижу ваш заказ {x}."]},
    "amount": {"en": ["We'll refund {x} within 5 working days.", "There's a fee of {x}, is that ok?"], "nl": ["We storten {x} binnen 5 werkdagen terug.", "Er zijn kosten van {x}, akkoord?"],
               "nb": ["Vi refunderer {x} innen fem virkedager.", "Det koster {x}, er det greit?"], "ru": ["Вернём {x} в течение 5 рабочих дней.", "Доплата составит {x}, подходит?"]},
    "time": {"en": ["I can call you back at {x}.", "we close at {x} today"], "nl": ["Ik kan je om {x} terugbellen.", "we sluiten vandaag om {x}"],
             "nb": ["Jeg kan ringe deg tilbake {x}.", "vi stenger {x} i dag"], "ru": ["Могу перезвонить вам в {x}.", "сегодня работаем до {x}"]},
    "travel_date": {"en": ["I've moved it to {x}.", "The new date is {x}."], "nl": ["Ik heb het verzet naar {x}.", "De nieuwe datum is {x}."],
                    "nb": ["Jeg har flyttet det til {x}.", "Ny dato er {x}."], "ru": ["Перенесла на {x}.", "Новая дата: {x}."]},
    "company_phone": {"en": ["If it happens again, ring us on {x}.", "You can also call our team on {x}."], "nl": ["Bel anders gerust {x}.", "Ons team is bereikbaar op {x}."],
                      "nb": ["Du kan også ringe oss på {x}.", "Kundeservice har telefon {x}."], "ru": ["Можете также позвонить на нашу горячую линию {x}.", "Наш телефон: {x}"]},
    "company_address": {"en": ["Please post the form to {x}.", "Returns go to {x}."], "nl": ["Stuur het formulier naar {x}.", "Retouren gaan naar {x}."],
                        "nb": ["Send skjemaet til {x}.", "Returer sendes til {x}."], "ru": ["Оригиналы отправьте по адресу: {x}.", "Возврат по адресу {x}."]},
    "tracking_number": {"en": ["Your tracking number is {x}.", "It went out as {x}."], "nl": ["Je track & trace is {x}.", "Verzonden met code {x}."],
                        "nb": ["Sporingsnummeret er {x}.", "Sendingen har nummer {x}."], "ru": ["Трек-номер {x}.", "Отправление {x}."]},
    "product_code": {"en": ["the item is {x} btw", "It's model {x}."], "nl": ["het gaat om artikel {x}", "Model {x}."], "nb": ["det gjelder vare {x}", "Modell {x}."], "ru": ["артикул {x}", "модель {x}"]},
    "seat": {"en": ["You're in seat {x} now.", "I've put you in {x}."], "nl": ["Je zit nu op stoel {x}.", "Ik heb je op {x} gezet."], "nb": ["Du sitter nå på sete {x}.", "Jeg har gitt deg {x}."],
             "ru": ["Ваше место {x}.", "Пересадила вас на {x}."]},
    "destination": {"en": ["Your connection to {x} is unchanged.", "the {x} flight is full"], "nl": ["Je aansluiting naar {x} blijft staan.", "de vlucht naar {x} is vol"],
                    "nb": ["Forbindelsen til {x} er uendret.", "flyet til {x} er fullt"], "ru": ["Стыковка в {x} без изменений.", "рейс в {x} полный"]},
}  # fmt: skip
NEG_GEN = {
    "order_number": order_no, "amount": amount, "time": clock, "travel_date": travel_date,
    "company_phone": company_phone, "company_address": company_address, "tracking_number": tracking_no,
    "product_code": lambda rng, lang: product_code(rng), "seat": lambda rng, lang: seat(rng),
    "destination": lambda rng, lang: rng.choice(DESTINATIONS[lang]),
}  # fmt: skip
SECTOR_NEGS = {
    "airline": ["seat", "destination", "travel_date", "time", "amount", "company_phone"], "rail": ["travel_date", "time", "amount", "order_number"],
    "bank": ["amount", "company_phone", "company_address"], "insurer": ["amount", "company_address", "travel_date"],
    "telecom": ["amount", "order_number", "product_code", "company_phone"], "energy": ["amount", "travel_date", "time", "order_number"],
    "clinic": ["time", "travel_date", "company_phone"], "municipality": ["amount", "company_address", "travel_date"],
    "parcel": ["tracking_number", "tracking_number", "order_number", "time", "company_address", "product_code"], "landlord": ["amount", "time", "company_phone"],
    "gym": ["amount", "time", "product_code", "order_number"], "school": ["travel_date", "time", "amount"],
    "carrental": ["amount", "travel_date", "time", "company_address"], "hotel": ["travel_date", "amount", "time", "company_phone"],
}  # fmt: skip

# ---------------------------------------------------------------------------------------
# conversation context
# ---------------------------------------------------------------------------------------

Turn = tuple[str, list[Part]]


@dataclass
class Ctx:
    rng: random.Random
    lang: str
    sector: str
    cust: Person
    turns: list[Turn] = field(default_factory=list)

    def say(self, role: str, *parts: Part) -> None:
        self.turns.append((role, [p for p in parts if p != ""]))

    def agent(self, *parts: Part) -> None:
        self.say("agent", *parts)

    def customer(self, *parts: Part) -> None:
        self.say("customer", *parts)

    def pick(self, table: dict[str, list[str]]) -> str:
        return self.rng.choice(table[self.lang])


def lower_maybe(rng: random.Random, kind: str, v: str, p: float = 0.4) -> str:
    if kind in ("booking", "passport", "iban", "customer", "member", "name") and rng.random() < p:
        return v.lower()
    return v


def neg_line(c: Ctx, kind: str | None = None) -> list[Part]:
    kind = kind or c.rng.choice(SECTOR_NEGS[c.sector])
    x = NEG_GEN[kind](c.rng, c.lang)
    lines = NEG_LINES[kind][c.lang]
    return T(c.rng.choice([t for t in lines if fits(c, t)] or lines), x=N(x, kind))


def start(c: Ctx, named: bool) -> None:
    biz = BUSINESS[c.lang][c.sector]
    if named:
        agent = c.rng.choice(AGENTS[c.lang])
        c.agent(*T(c.rng.choice(GREET_NAMED[c.lang]).replace("{biz}", biz), agent=E(agent, "PERSON", "plain")))
    else:
        c.agent(c.rng.choice(GREET[c.lang]).format(biz=biz))
    c.customer(c.rng.choice(OPEN[c.lang][c.sector]))


def finish(c: Ctx) -> None:
    if c.sector in ("parcel", "airline") and c.rng.random() < 0.6:  # tracking codes and seats are rarer otherwise
        c.agent(*neg_line(c, "tracking_number" if c.sector == "parcel" else "seat"))
    elif c.rng.random() < 0.55:
        c.agent(*neg_line(c))
    c.agent(c.pick(CLOSE_AGENT))
    if c.rng.random() < 0.7:
        c.customer(c.pick(CLOSE_CUSTOMER))


def cue_template(c: Ctx, kind: str, v: str) -> str:
    tpls = [t for t in CUE[c.lang].get(kind) or ["{v}"] if fits(c, t)] or ["{v}"]
    if c.lang == "ru" and kind == "natid":  # SNILS or INN by shape
        is_inn = len(v) == 12 and v.isdigit()
        tpls = [t for t in tpls if ("ИНН" in t) == is_inn]
    return c.rng.choice(tpls)


def cued(c: Ctx, kind: str, cls: str = "plain") -> list[Part]:
    v = value_for(c, kind)
    tpl = cue_template(c, kind, v)
    if c.lang == "ru" and kind == "dob" and c.rng.random() < 0.4 and v[-4:].isdigit():
        tpl += c.rng.choice([" г.", " года"])
    return T(tpl, v=E(v, KIND_TYPE[kind], cls))


def plain_kinds(c: Ctx) -> list[str]:
    return [k for k in kinds_for(c.sector, c.lang) if CUE[c.lang].get(k)]


PHRASE_SECTORS = [  # words that fit only some businesses
    (("patient", "patiënt", "pasienten", "пациента", "appointment", "afspraak", "timen"), ("clinic",)),
    (("child", "kind", "dochter", "barnet", "ребёнка"), ("school", "clinic", "insurer", "municipality")),
    (("driver", "bezorger", "sjåføren", "курьеру"), ("parcel", "carrental")),
    (("booking", "boeking", "bestillingen", "бронь"), ("airline", "hotel", "carrental", "rail")),
    (("Skypoints", "Meeuwenpunten", "Nordlys Bonus"), ("airline",)),
    (("new card", "nieuwe pas", "kortet sendes", "выслать карту"), ("bank",)),
    (("courier", "koerier", "budet", "курьеру"), ("parcel", "carrental")),
    (("engineer", "monteur", "montøren", "мастеру"), ("energy", "telecom", "landlord")),
    (("Returns", "Retouren", "Returer", "Возврат"), ("parcel", "telecom")),
    (("bill", "factuur", "fakturaen", "leietakernummeret", "абонента", "лицевого"), ("telecom", "energy", "landlord")),
]


def usable(c: Ctx, kinds: list[str]) -> list[str]:
    """The kinds this business would ask for (phone, e-mail and address: any business)."""
    own = [*kinds_for(c.sector, c.lang), "phone", "email", "address"]
    return [k for k in kinds if k in own] or ["phone"]


def addr_question(c: Ctx) -> str:
    return c.rng.choice([q for q in ADDR_ASK[c.lang] if fits(c, q)])


def fits(c: Ctx, phrase: str) -> bool:
    return all(c.sector in sectors for words, sectors in PHRASE_SECTORS if any(w in phrase for w in words))


def ask_kind(c: Ctx, kind: str) -> str:
    options = ASK[c.lang][kind]
    if kind == "natid" and c.lang == "ru":
        options = options[:2] if c.rng.random() < 0.5 else options[2:]
    return c.rng.choice([q for q in options if fits(c, q)] or options)


def natid_for_question(c: Ctx, question: str) -> str:
    """For Russian, the national ID must match the question (SNILS or INN)."""
    while True:
        v = natid(c.rng, c.lang)
        if c.lang != "ru":
            return v
        is_inn = len(v) == 12 and v.isdigit()
        if is_inn == ("ИНН" in question):
            return v


# ---------------------------------------------------------------------------------------
# class builders
# ---------------------------------------------------------------------------------------

CUST_NEG_LINES = {  # customer remarks carrying hard negatives
    "order_number": {"en": ["order {x}", "it was order {x}"], "nl": ["bestelling {x}", "het ging om bestelling {x}"], "nb": ["ordre {x}", "det var ordre {x}"], "ru": ["заказ {x}", "это был заказ {x}"]},
    "travel_date": {"en": ["we're off on {x}", "it's for {x}"], "nl": ["we gaan {x}", "het is voor {x}"], "nb": ["vi reiser {x}", "det gjelder {x}"], "ru": ["едем {x}", "это на {x}"]},
    "destination": {"en": ["we're going to {x}", "it's the one to {x}"], "nl": ["we gaan naar {x}", "die naar {x}"], "nb": ["vi skal til {x}", "den til {x}"], "ru": ["летим в {x}", "тот, что в {x}"]},
    "time": {"en": ["I'm home after {x}", "any time after {x}"], "nl": ["ik ben thuis na {x}", "na {x} kan het"], "nb": ["er hjemme etter {x}", "etter {x} passer"], "ru": ["дома после {x}", "после {x} удобно"]},
    "amount": {"en": ["it was {x}", "they took {x}"], "nl": ["het was {x}", "er is {x} afgeschreven"], "nb": ["det var på {x}", "de trakk {x}"], "ru": ["списали {x}", "сумма была {x}"]},
    "product_code": {"en": ["it's the {x}", "item {x}"], "nl": ["het is de {x}", "artikel {x}"], "nb": ["det er {x}", "vare {x}"], "ru": ["артикул {x}", "модель {x}"]},
    "tracking_number": {"en": ["tracking says {x}", "tracking no {x}"], "nl": ["track & trace {x}", "de code is {x}"], "nb": ["sporing {x}", "sendingsnr {x}"], "ru": ["трек {x}", "трек-номер {x}"]},
    "seat": {"en": ["I had seat {x}", "we were in {x}"], "nl": ["ik had stoel {x}", "we zaten op {x}"], "nb": ["jeg hadde sete {x}", "vi satt på {x}"], "ru": ["у меня было место {x}", "мы сидели на {x}"]},
}  # fmt: skip
BARE_NEG_Q = {
    "order_number": {"en": "What's the order number?", "nl": "Wat is het bestelnummer?", "nb": "Hva er ordrenummeret?", "ru": "Какой номер заказа?"},
    "travel_date": {"en": "Which date would you like instead?", "nl": "Naar welke datum wil je het verzetten?", "nb": "Hvilken dato vil du flytte til?", "ru": "На какую дату перенести?"},
    "destination": {"en": "And where are you flying to?", "nl": "En waar vlieg je naartoe?", "nb": "Og hvor skal du?", "ru": "А куда летите?"},
    "time": {"en": "What time suits you?", "nl": "Hoe laat komt het uit?", "nb": "Når passer det?", "ru": "Во сколько удобно?"},
    "seat": {"en": "Which seat would you like?", "nl": "Welke stoel wil je?", "nb": "Hvilket sete vil du ha?", "ru": "Какое место хотите?"},
}  # fmt: skip
INSTEAD = {  # customer offers an order number instead of the customer number asked for
    "en": ["don't have that, only the order number from the email: {x}", "I've only got {x}, will that do?"],
    "nl": ["heb ik niet, alleen het bestelnummer uit de mail: {x}", "ik heb alleen {x}, is dat goed?"],
    "nb": ["har ikke det, bare ordrenummeret fra e-posten: {x}", "har bare {x}, holder det?"],
    "ru": ["договора под рукой нет, есть только номер заказа {x}", "есть только {x}, подойдёт?"],
}  # fmt: skip
DOB_TRAVEL = {  # agent asks date of birth, customer (mis)reads it as a travel date
    "en": ("What's the date of birth on the booking?", "the flight? that's {x}", "No, your own date of birth please."),
    "nl": ("Wat is de geboortedatum op de boeking?", "de vlucht? die is op {x}", "Nee, uw eigen geboortedatum graag."),
    "nb": ("Hva er fødselsdatoen på bestillingen?", "flyet? det går {x}", "Nei, din egen fødselsdato."),
    "ru": ("Дата рождения в брони?", "вылет? {x}", "Нет, ваша дата рождения."),
}  # fmt: skip


def bare_value(c: Ctx, kind: str, question: str) -> str:
    v = natid_for_question(c, question) if kind == "natid" else value_for(c, kind)
    return lower_maybe(c.rng, kind, v)


def warm_up(c: Ctx) -> None:
    """An identifying question answered bare before the main part of the conversation."""
    kind = c.rng.choice([k for k in ("name", "dob", "customer", "booking", "member") if k in kinds_for(c.sector, c.lang)] or ["name"])
    q = ask_kind(c, kind)
    c.agent(q)
    c.customer(E(bare_value(c, kind, q), KIND_TYPE[kind], "bare_answer"))
    c.agent(c.pick(FILLER))


def build_bare(c: Ctx) -> None:
    rng = c.rng
    ks = [k for k in kinds_for(c.sector, c.lang) if k != "address"]  # a bare address is address_no_cue
    n_q = rng.choice([1, 1, 2])
    for kind in rng.sample(ks, min(n_q, len(ks))):
        q = ask_kind(c, kind)
        v = bare_value(c, kind, q)
        style = rng.randint(0, 4)
        if kind == "customer" and rng.random() < 0.25:  # order number instead, then the real one
            c.agent(q)
            c.customer(*T(rng.choice(INSTEAD[c.lang]), x=N(order_no(rng, c.lang), "order_number")))
            c.agent(c.pick(FILLER))
            c.agent(q)
            c.customer(E(v, KIND_TYPE[kind], "bare_answer"))
            continue
        if kind == "dob" and c.sector == "airline" and rng.random() < 0.6:
            qa, wrong, redo = DOB_TRAVEL[c.lang]
            c.agent(qa)
            c.customer(*T(wrong, x=N(travel_date(rng, c.lang), "travel_date")))
            c.agent(redo)
            c.customer(E(v, "DATE_OF_BIRTH", "bare_answer"))
            continue
        c.agent(q)
        if style == 1:
            c.customer(c.pick(WAIT))
            if rng.random() < 0.6:
                c.agent(c.pick(NO_RUSH))
        elif style == 2:
            back, answer = rng.choice(QBACK[c.lang])
            c.customer(back)
            others = [x for x in ASK[c.lang][kind] if x != q and fits(c, x)] if kind != "natid" else []
            c.agent(answer or (rng.choice(others) if others else c.pick(NO_RUSH)))
        elif style == 3:  # several turns later
            c.customer(c.pick(WAIT))
            c.agent(*neg_line(c))
            c.customer(c.pick(CUST_FILLER))
        end = rng.choice(["", "", "", ".", " 👍"]) if kind not in ("email", "dob") else ""
        c.customer(E(v, KIND_TYPE[kind], "bare_answer"), end)
        c.agent(c.pick(FILLER))
    if rng.random() < 0.5:  # a bare hard negative that fits the business
        nk = rng.choice([k for k in [*SECTOR_NEGS[c.sector], "order_number"] if k in BARE_NEG_Q])
        c.agent(BARE_NEG_Q[nk][c.lang])
        c.customer(N(NEG_GEN[nk](rng, c.lang), nk))


LIST_INTRO = {
    "en": {"travellers": ["It's for all of us:", "here are the passengers", "ok so there are {n} of us", "Details below"],
           "accounts": ["These are the accounts:", "both accounts please", "here they are"],
           "bookings": ["I've got these bookings", "the references are", "all of these:"],
           "children": ["the kids are", "Here are the children:", "both of them:"],
           "phones": ["the lines on the contract:", "these numbers please"]},
    "nl": {"travellers": ["Het is voor ons allemaal:", "hier zijn de passagiers", "we zijn met {n}", "Gegevens hieronder"],
           "accounts": ["Dit zijn de rekeningen:", "allebei graag", "hier zijn ze"],
           "bookings": ["ik heb deze boekingen", "de codes zijn", "al deze:"],
           "children": ["de kinderen zijn", "Hier de kinderen:", "allebei:"],
           "phones": ["de nummers op het abonnement:", "deze nummers graag"]},
    "nb": {"travellers": ["Det gjelder alle oss:", "her er de reisende", "vi er {n} stykker", "Info under"],
           "accounts": ["Dette er kontoene:", "begge kontoene", "her er de"],
           "bookings": ["jeg har disse bestillingene", "referansene er", "alle disse:"],
           "children": ["barna er", "Her er barna:", "begge to:"],
           "phones": ["numrene på abonnementet:", "disse numrene"]},
    "ru": {"travellers": ["Данные пассажиров:", "Нас {n} человек(а):", "Вот список:", "пассажиры"],
           "accounts": ["Счета:", "оба счёта", "вот они"],
           "bookings": ["брони такие", "коды бронирования:", "вот все брони:"],
           "children": ["дети:", "Данные детей:", "оба ребёнка:"],
           "phones": ["номера по договору:", "вот номера"]},
}  # fmt: skip
AND_SON = {"en": ["and our son", "and my wife", "plus our daughter", "and my husband"], "nl": ["en onze zoon", "en mijn vrouw", "plus onze dochter", "en mijn man"],
           "nb": ["og sønnen vår", "og kona mi", "pluss datteren vår", "og mannen min"], "ru": ["и сын", "и жена", "и дочь", "и муж"]}  # fmt: skip
LIST_TOPIC = {"airline": "travellers", "carrental": "travellers", "hotel": "bookings", "rail": "bookings", "bank": "accounts", "landlord": "accounts",
              "energy": "accounts", "insurer": "children", "clinic": "children", "school": "children", "municipality": "children", "gym": "children",
              "telecom": "phones", "parcel": "bookings"}  # fmt: skip
LIST_ASK = {
    "travellers": {"en": "Can I have the names, dates of birth and passport numbers of everyone travelling?", "nl": "Mag ik van iedereen naam, geboortedatum en paspoortnummer?",
                   "nb": "Kan jeg få navn, fødselsdato og passnummer på alle som reiser?", "ru": "Пришлите ФИО, даты рождения и номера паспортов всех пассажиров."},
    "accounts": {"en": "Which accounts does it concern?", "nl": "Om welke rekeningen gaat het?", "nb": "Hvilke kontoer gjelder det?", "ru": "О каких счетах речь?"},
    "bookings": {"en": "Which bookings is it about?", "nl": "Om welke boekingen gaat het?", "nb": "Hvilke bestillinger gjelder det?", "ru": "О каких бронях речь?"},
    "children": {"en": "Could you give me the names and dates of birth?", "nl": "Mag ik de namen en geboortedata?", "nb": "Kan jeg få navn og fødselsdato?", "ru": "Назовите ФИО и даты рождения."},
    "phones": {"en": "Which numbers should be on the family plan?", "nl": "Welke nummers moeten in het gezinsabonnement?", "nb": "Hvilke numre skal inn i familieabonnementet?", "ru": "Какие номера подключить к семейному тарифу?"},
}  # fmt: skip


def list_item_fields(c: Ctx, topic: str, family: str) -> list[tuple[str, str]]:
    """(text, type) fields of one list item."""
    rng, lang = c.rng, c.lang
    p = new_person(rng, lang, last=family if rng.random() < 0.7 else None)
    name = p.full(rng, lang) if rng.random() < 0.8 else p.first
    if lang == "ru" and rng.random() < 0.5:
        name = f"{p.last} {p.first} {p.patr}"
    if topic == "travellers":
        fields = [(name, "PERSON"), (value_for(c, "dob"), "DATE_OF_BIRTH"), (lower_maybe(rng, "passport", passport_no(rng, lang), 0.3), "PASSPORT")]
        if rng.random() < 0.3:
            fields.append((cust_no(rng, lang, "member"), "CUSTOMER_NUMBER"))
        elif rng.random() < 0.3:
            fields.append((ticket(rng), "TICKET_NUMBER"))
        return fields
    if topic == "children":
        fields = [(name, "PERSON"), (date_text(rng, lang, rng.randint(1, 28), rng.randint(1, 12), rng.randint(2008, 2022)), "DATE_OF_BIRTH")]
        if lang != "en" and c.sector in ("insurer", "clinic", "municipality") and rng.random() < 0.6:
            fields.append((natid(rng, lang), "NATIONAL_ID"))
        if c.sector == "gym":
            fields.append((cust_no(rng, lang, "member_gym"), "CUSTOMER_NUMBER"))
        return fields
    if topic == "accounts":
        kind = "account" if lang == "ru" else rng.choice(["iban", "iban", "account"] if lang != "nl" else ["iban"])
        if rng.random() < 0.4:
            return [(name, "PERSON"), (value_for(c, kind), KIND_TYPE[kind])]
        return [(value_for(c, kind), KIND_TYPE[kind])]
    if topic == "phones":
        return [(name, "PERSON"), (phone_no(rng, lang), "PHONE_NUMBER")]
    fields = [(lower_maybe(rng, "booking", booking_ref(rng), 0.3), "BOOKING_REFERENCE")]
    if rng.random() < 0.4:
        fields.insert(0, (name, "PERSON"))
    return fields


def build_list(c: Ctx) -> None:
    rng, lang = c.rng, c.lang
    topic = LIST_TOPIC[c.sector]
    family = c.cust.last
    n = rng.randint(2, 5)
    items = [list_item_fields(c, topic, family) for _ in range(n)]
    c.agent(LIST_ASK[topic][lang])
    if rng.random() < 0.3:
        c.customer(c.pick(WAIT))
    layout = rng.choice(["commas", "lines", "numbered", "bullets", "and_son", "table", "semicolons"])
    if lang == "ru" and layout == "bullets":
        layout = "dashes"
    both = ("both", "allebei", "begge", "оба")
    intro = rng.choice([x for x in LIST_INTRO[lang][topic] if n == 2 or not any(b in x for b in both)]).format(n=n)
    ru_marker = rng.choice(["num", "dash"])
    parts: list[Part] = []
    if layout in ("lines", "numbered", "bullets", "dashes", "table") or rng.random() < 0.4:
        parts += [intro, "\n" if layout != "commas" else " "]
    for i, fields in enumerate(items):
        sep = {"commas": ", ", "lines": ", ", "numbered": ", ", "bullets": " - ", "dashes": ", ", "and_son": ", ", "table": " | ", "semicolons": ", "}[layout]
        if layout == "and_son" and i > 0:
            parts.append(" " + rng.choice(AND_SON[lang]) + " " if i == len(items) - 1 else ", ")
        elif layout == "commas" and i > 0:
            parts.append(rng.choice([", ", "; ", " / "]) if i < len(items) - 1 else rng.choice({"en": [" and ", ", "], "nl": [" en ", ", "], "nb": [" og ", ", "], "ru": [" и ", ", "]}[lang]))
        elif layout == "semicolons" and i > 0:
            parts.append("; ")
        elif layout in ("lines", "numbered", "bullets", "dashes", "table") and i > 0:
            parts.append("\n")
        if layout == "numbered":
            parts.append(rng.choice([f"{i + 1}. ", f"{i + 1}) "]))
        elif layout == "bullets":
            parts.append(rng.choice(["- ", "* ", "• "]))
        elif layout == "dashes":
            parts.append(f"{i + 1}) " if ru_marker == "num" else "— ")
        for j, (text, typ) in enumerate(fields):
            if j > 0:
                parts.append(sep)
            parts.append(E(text, typ, "list"))
        if layout == "dashes":
            parts.append(";" if i < len(items) - 1 else ".")
    c.customer(*parts)
    c.agent(c.pick(FILLER))
    if rng.random() < 0.4:
        c.agent(*neg_line(c))


CORR = {  # correction templates: full retype, last digit, last group
    "full": {"en": ["sorry, typo: {v}", "wait that's wrong, it's {v}", "correction: {v}"], "nl": ["sorry, typfout: {v}", "wacht, klopt niet, het is {v}", "correctie: {v}"],
             "nb": ["beklager, skrivefeil: {v}", "vent, det ble feil, det er {v}", "rettelse: {v}"], "ru": ["извините, опечатка: {v}", "ой, не так, правильно {v}", "исправляю: {v}"]},
    "last": {"en": ["sorry, last digit is {v}", "oops last number should be {v}"], "nl": ["sorry, laatste cijfer is {v}", "oeps, laatste cijfer moet {v} zijn"],
             "nb": ["beklager, siste siffer er {v}", "oi, siste tall skal være {v}"], "ru": ["извините, последняя цифра {v}", "ой, последняя цифра {v}"]},
    "tail": {"en": ["no wait, it ends {v}", "the last bit is {v}, sorry"], "nl": ["nee wacht, het eindigt op {v}", "het laatste stuk is {v}, sorry"],
             "nb": ["nei vent, det slutter på {v}", "siste del er {v}, beklager"], "ru": ["нет, в конце {v}", "последние цифры {v}, простите"]},
}  # fmt: skip
YEAR_FIX = {"en": ["sorry, the year is {v}", "oops, {v}"], "nl": ["sorry, het jaar is {v}", "oeps, {v}"],
            "nb": ["beklager, året er {v}", "oi, {v}"], "ru": ["извините, год {v}", "ой, {v} год"]}  # fmt: skip
SPLIT_MID = {
    "agent": {"en": ["go on", "ok, and the rest?", "Yes?"], "nl": ["ga door", "oké, en de rest?", "Ja?"], "nb": ["fortsett", "ok, og resten?", "Ja?"], "ru": ["да, слушаю", "так, дальше?", "Продолжайте"]},
    "oops": {"en": [" oops", " sorry pressed enter", ""], "nl": [" oeps", " sorry te vroeg op enter", ""], "nb": [" oi", " sorry, trykket enter", ""], "ru": [" ой", " извините, рано отправил", ""]},
}  # fmt: skip
SPLIT_KINDS = {"en": ["address", "iban", "phone", "card", "customer", "passport", "account", "email", "ticket", "booking", "dob"],
               "nl": ["address", "iban", "phone", "card", "customer", "natid", "passport", "email", "ticket", "booking", "dob"],
               "nb": ["address", "iban", "phone", "card", "customer", "natid", "account", "passport", "email", "booking", "dob"],
               "ru": ["address", "phone", "card", "customer", "natid", "account", "passport", "email", "ticket", "booking", "dob"]}  # fmt: skip


def cut_points(rng: random.Random, v: str, n_parts: int) -> list[str]:
    """Cut ``v`` into ``n_parts`` pieces, at a group boundary or inside a group; a separator at
    the cut is not typed (pieces are stripped of spaces, and of hyphens and dots unless e-mail)."""
    edge = " " if "@" in v else " -."
    while True:
        inner = sorted(rng.sample(range(2, len(v) - 1), n_parts - 1))
        pieces = [v[a:b].strip(edge) for a, b in zip([0, *inner], [*inner, len(v)], strict=True)]
        if all(len(p) >= 2 for p in pieces):
            return pieces


def mistype(rng: random.Random, v: str, where: str) -> str:
    idx = [i for i, ch in enumerate(v) if ch.isdigit()]
    i = idx[-1] if where == "last" else rng.choice(idx[-4:])
    d = str((int(v[i]) + rng.randint(1, 8)) % 10)
    return v[:i] + d + v[i + 1 :]


def build_split(c: Ctx) -> None:
    rng, lang = c.rng, c.lang
    kind = rng.choice(usable(c, SPLIT_KINDS[lang]))
    q = ask_kind(c, kind) if kind in ASK[lang] else addr_question(c)
    v = natid_for_question(c, q) if kind == "natid" else value_for(c, kind)
    typ = KIND_TYPE[kind]
    c.agent(q)
    mode = rng.choice(["cut", "cut", "cut", "correct"]) if kind not in ("email", "booking", "address") else "cut"
    if kind == "dob":
        mode = "correct_year"
    if kind == "address":  # street in one message, the rest in the next
        v = v.lower() if rng.random() < 0.6 else v
        cuts = [i for i, ch in enumerate(v) if ch in ",\n"] or [i for i, ch in enumerate(v) if ch == " "][1:]
        i = rng.choice(cuts)
        pieces = [v[:i].strip(" ,"), v[i + 1 :].strip(" ,")]
    if mode == "cut":
        if kind != "address":
            n_parts = 3 if len(v) >= 12 and rng.random() < 0.35 else 2
            pieces = cut_points(rng, v, n_parts)
        for i, piece in enumerate(pieces):
            if i == 0:
                c.customer(E(piece, typ, "split"), rng.choice(SPLIT_MID["oops"][lang]))
            else:
                c.customer(E(piece, typ, "split"))
            if i < len(pieces) - 1:
                r = rng.random()
                if r < 0.35:
                    c.agent(rng.choice(SPLIT_MID["agent"][lang]))
                elif r < 0.55:
                    c.customer(c.pick(WAIT))
    elif mode == "correct":
        how = rng.choice(["full", "last", "tail"])
        wrong = mistype(rng, v, "last" if how == "last" else "tail")
        c.customer(E(wrong, typ, "split"))
        if rng.random() < 0.3:
            c.agent(c.pick(FILLER))
        if how == "full":
            fix = v
        elif how == "last":
            fix = next(ch for ch in reversed(v) if ch.isdigit())
        else:
            compact = v.replace(" ", "").replace("-", "")
            fix = compact[-4:]
        c.customer(*T(rng.choice(CORR[how][lang]), v=E(fix, typ, "split")))
    else:  # date of birth with the year corrected
        year = next((v[i : i + 4] for i in range(len(v) - 3) if v[i : i + 4].isdigit() and v[i : i + 2] in ("19", "20")), "")
        if not year:
            v = date_text(rng, lang, rng.randint(1, 28), rng.randint(1, 12), rng.randint(1941, 2005))
            v = v if any(v[i : i + 4].isdigit() for i in range(len(v) - 3)) else f"{v[:-2]}19{v[-2:]}"
            year = next(v[i : i + 4] for i in range(len(v) - 3) if v[i : i + 4].isdigit())
        wrong = year[:2] + year[3] + year[2] if year[2] != year[3] else year[:3] + str((int(year[3]) + 1) % 10)
        c.customer(E(v.replace(year, wrong, 1), typ, "split"))
        c.customer(*T(rng.choice(YEAR_FIX[lang]), v=E(year, typ, "split")))
    c.agent(c.pick(FILLER))
    if rng.random() < 0.5:  # another value, plain
        ks = plain_kinds(c)
        if ks:
            c.customer(*cued(c, rng.choice(ks)))


# -- disguise --------------------------------------------------------------------------

NUM_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "nb": ["null", "en", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni"],
    "ru": ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"],
}  # fmt: skip
MAIL_WORDS = {  # (dot, at, underscore, hyphen) choices
    "en": (["dot"], ["at", "(at)", "[at]"], ["underscore"], ["dash", "hyphen"]),
    "nl": (["punt"], ["apenstaartje", "apestaart", "at", "(at)"], ["laag streepje"], ["streepje"]),
    "nb": (["punktum", "prikk"], ["alfakrøll", "krøllalfa", "at"], ["understrek"], ["bindestrek"]),
    "ru": (["точка"], ["собака", "собачка"], ["нижнее подчёркивание"], ["дефис"]),
}  # fmt: skip
RU_DOMAIN_WORDS = {"yandex.ru": "яндекс точка ру", "mail.ru": "мейл точка ру", "gmail.com": "джимейл точка ком"}
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
DIGIT_LOOKALIKE = {"0": ["O", "О", "o"], "1": ["l", "I"], "5": ["S"], "8": ["B"]}
LATIN_TO_CYR = {"A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х",
                "a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х"}  # fmt: skip
MAIL_SPELL_INTRO = {"en": ["it's {v}", "{v}", "email is {v}"], "nl": ["het is {v}", "{v}", "mijn mail is {v}"],
                    "nb": ["det er {v}", "{v}", "e-posten er {v}"], "ru": ["{v}", "почта {v}", "пишите на {v}"]}  # fmt: skip


def spell_email(rng: random.Random, lang: str, email: str) -> str:
    dots, ats, unders, hyph = MAIL_WORDS[lang]
    local, domain = email.split("@")
    style = rng.randint(0, 2)
    if lang == "ru" and domain in RU_DOMAIN_WORDS and rng.random() < 0.5:
        dom = RU_DOMAIN_WORDS[domain]
    elif style == 2:
        dom = domain  # only the @ disguised: "jan.smit at gmail.com"
    else:
        dom = f" {rng.choice(dots)} ".join(domain.split("."))
    if style == 1 and lang in ("en", "nl"):  # bracketed, no spaces
        at = "(at)" if lang == "nl" else rng.choice(["(at)", "[at]"])
        dot = "(dot)" if lang == "en" else "(punt)"
        return local + at + domain.replace(".", dot)
    loc = local
    if style != 2:
        loc = local.replace(".", f" {rng.choice(dots)} ").replace("_", f" {rng.choice(unders)} ").replace("-", f" {rng.choice(hyph)} ")
    return f"{loc} {rng.choice(ats)} {dom}"


def words_for_digits(rng: random.Random, lang: str, v: str, mixed: bool) -> str:
    ds = [ch for ch in v if ch.isdigit()]
    out: list[str] = []
    i = 0
    while i < len(ds):
        d = ds[i]
        if lang == "en" and not mixed and i + 1 < len(ds) and ds[i + 1] == d and rng.random() < 0.5:
            out.append(f"double {NUM_WORDS['en'][int(d)]}")
            i += 2
            continue
        if mixed and rng.random() < 0.5:
            out.append(d)
        elif lang == "en" and d == "0" and rng.random() < 0.5:
            out.append("oh")
        else:
            out.append(NUM_WORDS[lang][int(d)])
        i += 1
    if v.startswith("+"):
        out.insert(0, {"en": "plus", "nl": "plus", "nb": "pluss", "ru": "плюс"}[lang])
    return " ".join(out)


def zero_width(rng: random.Random, v: str) -> str:
    chars = list(v)
    for _ in range(rng.randint(1, 3)):
        chars.insert(rng.randint(1, len(chars) - 1), rng.choice(ZW))
    return "".join(chars)


def lookalike(rng: random.Random, v: str, kind: str) -> str:
    """Swap 1-2 characters for look-alikes: digits in number positions, Latin letters for Cyrillic."""
    chars = list(v)
    if kind == "iban":
        compact_pos = [i for i, ch in enumerate(v) if ch != " "]
        letter_zone = set(compact_pos[:2] + (compact_pos[4:8] if v[:2].upper() in ("NL", "GB") else []))
        digit_idx = [i for i in compact_pos if i not in letter_zone and v[i] in DIGIT_LOOKALIKE]
        letter_idx = [i for i in letter_zone if v[i] in LATIN_TO_CYR]
    elif kind == "passport":
        digit_idx, letter_idx = [], [i for i, ch in enumerate(v) if ch in LATIN_TO_CYR]
    else:
        digit_idx, letter_idx = [i for i, ch in enumerate(v) if ch in DIGIT_LOOKALIKE], [i for i, ch in enumerate(v) if ch in LATIN_TO_CYR]
    pool = [("d", i) for i in digit_idx] + [("l", i) for i in letter_idx]
    for what, i in rng.sample(pool, min(len(pool), rng.randint(1, 2))):
        chars[i] = rng.choice(DIGIT_LOOKALIKE[v[i]]) if what == "d" else LATIN_TO_CYR[v[i]]
    return "".join(chars)


DIS_LEAD = {"en": ["sure:", "here you go", ""], "nl": ["hier:", "alsjeblieft", ""], "nb": ["her:", "vær så god", ""], "ru": ["вот:", "пожалуйста", ""]}  # fmt: skip


def build_disguised(c: Ctx) -> None:
    rng, lang = c.rng, c.lang
    method = rng.choice(["email", "email", "words", "mixed", "zw", "glyph"])
    if method == "email":
        q = rng.choice(ASK[lang]["email"])
        c.agent(q)
        spelled = spell_email(rng, lang, email_addr(rng, lang, c.cust))
        c.customer(*T(rng.choice(MAIL_SPELL_INTRO[lang]), v=E(spelled, "EMAIL_ADDRESS", "disguised")))
        c.agent(c.pick(FILLER))
        return
    if method in ("words", "mixed"):
        kind = rng.choice(usable(c, ["phone", "phone", "customer"] + (["natid"] if lang != "en" else ["card"])))
        q = ask_kind(c, kind)
        v = natid_for_question(c, q) if kind == "natid" else value_for(c, kind)
        if kind == "customer":
            v = digits(rng, rng.choice([7, 8, 9]))
        shown = words_for_digits(rng, lang, v, mixed=method == "mixed")
    else:
        kind = rng.choice(usable(c, ["iban", "account", "card", "phone", "customer", "passport"] + (["natid"] if lang != "en" else [])))
        q = ask_kind(c, kind)
        v = natid_for_question(c, q) if kind == "natid" else value_for(c, kind)
        if kind == "customer":
            v = digits(rng, rng.choice([8, 9, 10]))
        shown = zero_width(rng, v) if method == "zw" else lookalike(rng, v, kind)
        if shown == v:
            shown = zero_width(rng, v)
    c.agent(q)
    if rng.random() < 0.5:
        lead = rng.choice(DIS_LEAD[lang])
        c.customer(f"{lead} " if lead else "", E(shown, KIND_TYPE[kind], "disguised"))
    else:
        c.customer(*cued_with(c, kind, E(shown, KIND_TYPE[kind], "disguised")))
    c.agent(c.pick(FILLER))


def cued_with(c: Ctx, kind: str, e: E) -> list[Part]:
    return T(cue_template(c, kind, e.text), v=e)


ADDR_ASK = {
    "en": ["Where should we send it?", "What address should the new card go to?", "And where do you live now?", "Where shall the engineer come to?", "Where should the courier drop it off?"],
    "nl": ["Waar mogen we het naartoe sturen?", "Naar welk adres moet de nieuwe pas?", "Wat is uw nieuwe adres?", "Waar moet de monteur heen?", "Waar mag de koerier het afleveren?"],
    "nb": ["Hvor skal vi sende det?", "Hvilken adresse skal kortet sendes til?", "Hva er den nye adressen?", "Hvor skal montøren komme?", "Hvor skal budet levere?"],
    "ru": ["Куда отправить?", "На какой адрес выслать карту?", "Ваш новый адрес?", "Куда подъехать мастеру?", "Куда доставить курьеру?"],
}  # fmt: skip
ADDR_AFTER = {"en": ["thanks, updated", "Perfect, that's saved."], "nl": ["dank, aangepast", "Top, opgeslagen."], "nb": ["takk, oppdatert", "Supert, lagret."], "ru": ["спасибо, записала", "Отлично, сохранил."]}  # fmt: skip


def build_address(c: Ctx) -> None:
    rng, lang = c.rng, c.lang
    if rng.random() < 0.3:
        c.agent(*neg_line(c, "company_address"))
    c.agent(addr_question(c))
    style = rng.randint(0, 4)
    a = address_text(rng, lang)
    if rng.random() < 0.8:
        a = a.lower()
    if style == 1:
        c.customer(c.pick(WAIT))
    if style == 2:  # name line then address
        c.customer(E(c.cust.full(rng, lang).lower() if rng.random() < 0.5 else c.cust.full(rng, lang), "PERSON", "bare_answer"), "\n", E(a, "LOCATION", "address_no_cue"))
    elif style == 3:  # with a trailing remark
        tail = {"en": [" pls", " thx", ""], "nl": [" graag", " aub", ""], "nb": [" takk", ""], "ru": [" пожалуйста", ""]}[lang]
        c.customer(E(a, "LOCATION", "address_no_cue"), rng.choice(tail))
    else:
        c.customer(E(a, "LOCATION", "address_no_cue"))
    c.agent(rng.choice(ADDR_AFTER[lang]))
    if rng.random() < 0.4:  # a destination answered the same way (hard negative)
        c.agent(BARE_NEG_Q["destination"][lang])
        c.customer(N(rng.choice(DESTINATIONS[lang]).lower() if rng.random() < 0.5 else rng.choice(DESTINATIONS[lang]), "destination"))
    if rng.random() < 0.3:
        c.agent(*neg_line(c, rng.choice(["time", "travel_date"])))


def build_plain(c: Ctx) -> None:
    rng = c.rng
    ks = plain_kinds(c)
    for kind in rng.sample(ks, min(len(ks), rng.choice([1, 2, 2, 3]))):
        c.agent(c.pick(FILLER) if rng.random() < 0.5 else ask_kind(c, kind) if kind in ASK[c.lang] else c.pick(FILLER))
        parts = cued(c, kind)
        if rng.random() < 0.3:
            nk = rng.choice([k for k in SECTOR_NEGS[c.sector] if k in CUST_NEG_LINES] or ["order_number"])
            parts = [*parts, rng.choice([", ", ". ", {"en": ", and ", "nl": ", en ", "nb": ", og ", "ru": ", и "}[c.lang]]), *T(rng.choice(CUST_NEG_LINES[nk][c.lang]), x=N(NEG_GEN[nk](rng, c.lang), nk))]
        c.customer(*parts)


BUILDERS = {"bare_answer": build_bare, "list": build_list, "split": build_split, "disguised": build_disguised,
            "address_no_cue": build_address, "plain": build_plain}  # fmt: skip


def build() -> tuple[list[dict], dict[str, str]]:
    """All records and the main class of each conversation."""
    rng = random.Random(SEED)
    records: list[dict] = []
    plan: dict[str, str] = {}
    for lang in LANGS:
        order = [cls for cls in CLASSES for _ in range(PER_CELL)]
        rng.shuffle(order)
        for n, cls in enumerate(order, 1):
            sector = rng.choices(SECTORS, weights=[SECTOR_WEIGHT.get(x, 1) for x in SECTORS])[0]
            c = Ctx(rng, lang, sector, new_person(rng, lang))
            start(c, named=rng.random() < 0.09)
            if cls in ("list", "split", "disguised", "address_no_cue") and rng.random() < 0.3:
                warm_up(c)
            BUILDERS[cls](c)
            finish(c)
            conv_id = f"sealed9-{lang}-{n:03d}"
            plan[conv_id] = cls
            records += conversation_records(conv_id, lang, c.turns)
    return records, plan


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "sealed9.jsonl"
    records, _ = build()
    errors = verify(records)
    if errors:
        raise SystemExit("\n".join(errors[:20]))
    write_jsonl(records, out)
    print(f"wrote {len(records)} messages to {out}")


if __name__ == "__main__":
    main()
