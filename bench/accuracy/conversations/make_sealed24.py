# ruff: noqa: E501, RUF001  (hand-written phrase tables; Cyrillic look-alikes on purpose)
"""Write ``sealed24.jsonl``: the twenty-fourth sealed (blind) set of multi-turn chats.

600 conversations (150 per language: en, nl, nb, ru); per language 25 whose main difficulty
is each failure class (bare_answer, list, split, disguised, address_no_cue) and 25 plain.
Twenty sectors not used by the earlier sets, each with its own company per language; the
people, agents, streets, towns and phrasings are this file's own. Written without reading
privacyguard's rules or detector. Deterministic (seed 20261227):

    .venv/bin/python bench/accuracy/conversations/make_sealed24.py [out.jsonl]
"""

from __future__ import annotations

import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import phonenumbers
from schwifty import IBAN
from stdnum import luhn
from stdnum.no import fodselsnummer, orgnr
from stdnum.ru import inn

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_values import (  # noqa: E402
    NUMBER_WORDS,
    E,
    N,
    Part,
    ascii_name,
    booking_ref,
    conversation_records,
    date_text,
    digits,
    iban,
    nl_bsn,
    no_kontonr,
    order_number,
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

SEED = 20261227
LANGS = ("en", "nl", "nb", "ru")
ORDER = ("bare_answer", "list", "split", "disguised", "address_no_cue", "plain")
PER_CLASS = 25

ENT = {
    "NAME": "PERSON",
    "DOB": "DATE_OF_BIRTH",
    "PHONE": "PHONE_NUMBER",
    "EMAIL": "EMAIL_ADDRESS",
    "ADDRESS": "LOCATION",
    "CUSTNO": "CUSTOMER_NUMBER",
    "BOOKREF": "BOOKING_REFERENCE",
    "PASSPORT": "PASSPORT",
    "NATID": "NATIONAL_ID",
    "IBAN": "IBAN_CODE",
    "BANKACC": "BANK_ACCOUNT",
    "CARD": "CREDIT_CARD",
}

# ---------------------------------------------------------------------------------------
# people and places (this set's own lists)
# ---------------------------------------------------------------------------------------

FIRST = {
    "en": [
        "Rowan",
        "Imogen",
        "Callum",
        "Harriet",
        "Declan",
        "Beatrix",
        "Fergus",
        "Matilda",
        "Rhys",
        "Esme",
        "Gareth",
        "Philippa",
        "Dominic",
        "Tamsin",
        "Malcolm",
        "Lorna",
        "Crispin",
        "Wendy",
        "Ewan",
        "Sorcha",
        "Niall",
        "Bethan",
        "Barnaby",
        "Felicity",
    ],
    "nl": [
        "Marloes",
        "Gijs",
        "Roos",
        "Stijn",
        "Hanneke",
        "Teun",
        "Wietske",
        "Jelle",
        "Mirjam",
        "Bastiaan",
        "Ineke",
        "Floris",
        "Tessa",
        "Ruud",
        "Annelies",
        "Siebe",
        "Marieke",
        "Hidde",
        "Geert",
        "Dieuwke",
        "Joost",
        "Carlijn",
    ],
    "nb": [
        "Torstein",
        "Gunhild",
        "Asbjørn",
        "Liv",
        "Eivind",
        "Synnøve",
        "Bjarte",
        "Randi",
        "Ola",
        "Ingvild",
        "Halvard",
        "Turid",
        "Steinar",
        "Gro",
        "Audun",
        "Borghild",
        "Arild",
        "Sunniva",
        "Geir",
        "Aslaug",
    ],
    "ru": [
        "Глеб",
        "Вера",
        "Тимофей",
        "Лариса",
        "Григорий",
        "Зоя",
        "Арсений",
        "Алла",
        "Всеволод",
        "Нина",
        "Ростислав",
        "Инна",
        "Фёдор",
        "Галина",
        "Святослав",
        "Маргарита",
        "Лев",
        "Полина",
        "Евгений",
        "Раиса",
    ],
}
LAST = {
    "en": [
        "Pennington",
        "Ollerenshaw",
        "Tremayne",
        "Gillespie",
        "Haverford",
        "Ramsbottom",
        "Wakefield",
        "Fairbrother",
        "Coldwell",
        "McAllister",
        "Braithwaite",
        "Penhaligon",
        "Stainforth",
        "Ogilvie",
        "Dunmore",
        "Kershaw",
        "Lockwood",
        "Trevelyan",
    ],
    "nl": [
        "van Wijngaarden",
        "Oosterhuis",
        "Terpstra",
        "de Graaf",
        "Hofstede",
        "Verbeek",
        "van Rooijen",
        "Kloosterman",
        "Dijkhuis",
        "Wijnands",
        "van Beek",
        "Schouten",
        "Veldkamp",
        "Mol",
        "de Ruiter",
        "Post",
        "van Eck",
        "Bosman",
        "Zijlstra",
    ],
    "nb": [
        "Fjeldstad",
        "Rønning",
        "Eide",
        "Tveit",
        "Myklebust",
        "Kvamme",
        "Sandvik",
        "Haugland",
        "Løvås",
        "Nesheim",
        "Ulvestad",
        "Grønli",
        "Skjelbred",
        "Vik",
        "Heggelund",
        "Tjønn",
        "Bratli",
        "Aarstad",
    ],
    "ru": [
        "Воронцов",
        "Беляков",
        "Жуков",
        "Крылов",
        "Тихонов",
        "Гусев",
        "Шубин",
        "Карпов",
        "Ершов",
        "Мельников",
        "Захаров",
        "Носов",
        "Пахомов",
        "Калинин",
        "Рябов",
        "Суханов",
        "Дорофеев",
        "Лапин",
    ],
}
RU_FEM = {"Вера", "Лариса", "Зоя", "Алла", "Нина", "Инна", "Галина", "Маргарита", "Полина", "Раиса"}
RU_PATRONYMIC = {
    "m": ["Андреевич", "Олегович", "Петрович", "Ильич", "Семёнович"],
    "f": ["Андреевна", "Олеговна", "Петровна", "Ильинична", "Семёновна"],
}
KIDS = {
    "en": ["Alfie", "Hattie", "Seb", "Clemmie", "Archie", "Lottie", "Finn", "Nell"],
    "nl": ["Pim", "Saar", "Mees", "Jet", "Ties", "Puck", "Lars", "Fenna"],
    "nb": ["Tobias", "Tiril", "Mathias", "Ronja", "Jonas", "Frida", "Elias", "Vilde"],
    "ru": ["Миша", "Соня", "Егор", "Варя", "Даня", "Алиса", "Тёма", "Лиза"],
}
AGENTS = {
    "en": ["Kirsty", "Dev", "Shona", "Marcus", "Priya", "Hamish"],
    "nl": ["Jolien", "Sander", "Yara", "Bart", "Ilona", "Kees"],
    "nb": ["Tuva", "Even", "Mathilde", "Sivert", "Ylva", "Herman"],
    "ru": ["Дарья", "Кирилл", "Алина", "Роман", "Вероника", "Степан"],
}
STREETS = {
    "en": [
        "Heather Row",
        "Tannery Lane",
        "Cobbler's Walk",
        "Larkspur Drive",
        "Quarry Hill",
        "Wellington Terrace",
        "Ferncliffe Road",
        "Saddler Street",
        "Oakapple Close",
        "Gorse Crescent",
    ],
    "nl": [
        "Zonnebloemstraat",
        "Ketelhaven",
        "Wilgenhof",
        "Veenweg",
        "Koestraat",
        "Boterdiep",
        "Hoefsmidstraat",
        "Vlasakker",
        "Klaproosweg",
        "Ganzenmarkt",
    ],
    "nb": [
        "Lyngveien",
        "Tyttebærstien",
        "Smedgata",
        "Nordre Ringvei",
        "Elveskrenten",
        "Myrullveien",
        "Kongsbakken",
        "Furulia",
        "Rugdeveien",
        "Sjøbodveien",
    ],
    "ru": [
        "ул. Фрунзе",
        "ул. Циолковского",
        "Рябиновая ул.",
        "ул. Некрасова",
        "Кузнечный пер.",
        "ул. Тургенева",
        "Заречная ул.",
        "ул. Островского",
        "Сиреневый б-р",
        "ул. Куйбышева",
    ],
}
TOWNS = {
    "en": [
        ("Harrogate", "HG1 2RD"),
        ("Truro", "TR1 3HQ"),
        ("Lancaster", "LA1 4XS"),
        ("Shrewsbury", "SY1 1UH"),
        ("Kendal", "LA9 4PY"),
        ("Stirling", "FK8 2EA"),
        ("Ipswich", "IP4 1JR"),
        ("Durham", "DH1 3LN"),
    ],
    "nl": [
        ("Assen", "9401 HK"),
        ("Deventer", "7411 JP"),
        ("Gouda", "2801 RM"),
        ("Alkmaar", "1811 LB"),
        ("Roermond", "6041 GN"),
        ("Middelburg", "4331 PL"),
        ("Hengelo", "7551 CZ"),
        ("Sneek", "8601 BE"),
    ],
    "nb": [
        ("Lillehammer", "2609"),
        ("Molde", "6413"),
        ("Bodø", "8006"),
        ("Kongsberg", "3611"),
        ("Harstad", "9405"),
        ("Gjøvik", "2815"),
        ("Arendal", "4836"),
        ("Ålesund", "6002"),
    ],
    "ru": [
        ("Ярославль", "150000"),
        ("Вологда", "160035"),
        ("Калуга", "248000"),
        ("Псков", "180000"),
        ("Иваново", "153000"),
        ("Рязань", "390000"),
        ("Киров", "610000"),
        ("Тула", "300041"),
    ],
}
ABROAD = {
    "en": [
        "{n} Clontarf Road, Dublin 3, D03 K2T7",
        "{n} rue des Tanneurs, 67000 Strasbourg",
        "apartment {f}, {n} Calle del Sol, 29640 Fuengirola",
        "{n} Shore Road, Portrush BT56 8DE",
    ],
    "nl": [
        "Kapelstraat {n} bus {f}, 3000 Leuven",
        "Lindenstraße {n}, 47533 Kleve",
        "Grote Markt {n}, 2300 Turnhout",
        "Rue Haute {n}, 1000 Brussel",
    ],
    "nb": [
        "Kungsgatan {n}, 652 24 Karlstad",
        "Calle Mayor {n}, 3ºB, 03590 Altea",
        "Vestergade {n}, 2. tv, 8000 Aarhus C",
        "Storgatan {n}, 903 26 Umeå",
    ],
    "ru": [
        "Минск, ул. Сурганова, д. {n}, кв. {f}",
        "Алматы, мкр. Самал-2, д. {n}, кв. {f}",
        "Гомель, пр. Ленина {n}-{f}",
        "Бишкек, ул. Токтогула {n}, кв {f}",
    ],
}
BUSINESS_STREETS = {
    "en": ["Market Place", "Quay Street", "Riverside Business Park", "Station Yard", "Abbey Road"],
    "nl": ["Industrieweg", "Havenkade", "Markt", "Spoorlaan", "Stationsplein"],
    "nb": ["Torget", "Industriveien", "Brygga", "Jernbanegata", "Sentrumsgården"],
    "ru": ["ул. Советская", "пр. Октябрьский", "ул. Промышленная", "Вокзальная пл.", "ул. Рабочая"],
}
DESTS = {
    "en": [
        "Santander",
        "Bilbao",
        "Rosslare",
        "Cherbourg",
        "Zeebrugge",
        "the Isle of Mull",
        "Orkney",
    ],
    "nl": ["Harwich", "Hull", "Texel", "Vlieland", "Newcastle", "Kiel", "Schiermonnikoog"],
    "nb": ["Hirtshals", "Kiel", "Frederikshavn", "Strömstad", "Svolvær", "Kristiansand", "Lofoten"],
    "ru": ["Калининград", "Выборг", "Петрозаводск", "Валаам", "Кижи", "Сортавала", "Суздаль"],
}
PETS = {
    "en": ["Biscuit", "Pepper", "Marmalade", "Bramble", "Otis"],
    "nl": ["Pluis", "Guus", "Bobbie", "Snuf", "Moos"],
    "nb": ["Tassen", "Luna", "Kompis", "Bamse", "Pus"],
    "ru": ["Барсик", "Мурка", "Тузик", "Жужа", "Рыжик"],
}  # fmt: skip
RELS = {
    "en": [
        "me",
        "my wife",
        "my husband",
        "our daughter",
        "our son",
        "my mum",
        "my partner",
        "my dad",
    ],
    "nl": [
        "ik",
        "mijn vrouw",
        "mijn man",
        "onze dochter",
        "onze zoon",
        "mijn moeder",
        "mijn vriend",
        "mijn vader",
    ],
    "nb": [
        "meg",
        "kona",
        "mannen min",
        "datteren vår",
        "sønnen vår",
        "mor",
        "samboeren min",
        "far",
    ],
    "ru": ["я", "жена", "муж", "дочь", "сын", "мама", "супруг", "папа"],
}


# ---------------------------------------------------------------------------------------
# sectors: company per language, what they ask for, customer openings and agent details
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sector:
    key: str
    company: dict[str, str]
    family: str  # languages in which the business is named after a family (a hard negative)
    noun: dict[str, str]  # what the sector calls its customer number
    types: tuple[str, ...]
    lists: tuple[str, ...]
    intro: dict[str, list[str]]
    info: dict[str, list[str]]
    negq: tuple[str, ...]  # hard-negative questions the agent asks here


SECTORS = [
    Sector(
        "library",
        {"en": "Wraxall Public Library", "nl": "Bibliotheek Vechtstreek", "nb": "Fjordby folkebibliotek", "ru": "Центральная библиотека Заречья"},
        "",
        {"en": "library card number", "nl": "pasnummer", "nb": "lånekortnummeret", "ru": "номер читательского билета"},
        ("CUSTNO", "DOB", "PHONE", "EMAIL", "NAME", "CARD", "PASSPORT"),
        ("family", "accounts", "emails"),
        {
            "en": ["Hi, I've got a fine of {amount} on my account and I'm sure I returned the book on {date}",
                   "hello, i want to renew my card, it ran out on {date} and the machine won't take it"],
            "nl": ["Hoi, ik heb een boete van {amount} gekregen maar ik heb het boek op {date} al teruggebracht",
                   "goedemiddag, mijn pasje is verlopen op {date} en de uitleenautomaat pakt hem niet meer"],
            "nb": ["Hei, jeg har fått et gebyr på {amount} men leverte boka {date}",
                   "hei! lånekortet mitt gikk ut {date}, hva gjør jeg?"],
            "ru": ["Здравствуйте, мне начислили штраф {amount}, хотя книгу я сдал{a} {date}",
                   "добрый день, билет истёк {date}, не могу продлить книги через сайт"],
        },
        {
            "en": ["The branch ({caddr}) is open until {time} today, or ring the desk on {cphone}."],
            "nl": ["De vestiging ({caddr}) is vandaag open tot {time}, bellen kan via {cphone}."],
            "nb": ["Biblioteket ({caddr}) har åpent til {time} i dag, skranken når du på {cphone}."],
            "ru": ["Абонемент ({caddr}) работает до {time}, телефон {cphone}."],
        },
        ("date", "product"),
    ),
    Sector(
        "allotment",
        {"en": "Bramblegate Allotment Society", "nl": "Volkstuinvereniging De Groene Hoek", "nb": "Solåsen kolonihagelag", "ru": "СНТ «Рассвет»"},
        "",
        {"en": "membership number", "nl": "lidnummer", "nb": "medlemsnummeret", "ru": "номер членской книжки"},
        ("CUSTNO", "IBAN", "BANKACC", "PHONE", "EMAIL", "NAME", "DOB"),
        ("names", "accounts", "phones"),
        {
            "en": ["Hi, I got invoice {invoice} for {amount} for the plot rent but I already pay by standing order",
                   "hello, i'm on the waiting list (number {draw}) and wondered where i am now"],
            "nl": ["Hallo, ik kreeg factuur {invoice} van {amount} voor de tuinhuur, dat wordt toch al afgeschreven?",
                   "hoi, ik sta op de wachtlijst (nummer {draw}), hoe lang duurt het nog ongeveer?"],
            "nb": ["Hei, jeg har fått faktura {invoice} på {amount} for parsellen, men trodde den var betalt",
                   "hei, står på ventelista som nr {draw}. blir det noen ledige hager i år?"],
            "ru": ["Здравствуйте, пришла квитанция {invoice} на {amount} за участок, но я уже платил{a}",
                   "добрый день, я в очереди на участок под номером {draw}, есть новости?"],
        },
        {
            "en": ["Rent goes to the society account {cacct}. The committee meets on {date} at {time}."],
            "nl": ["De huur gaat naar {cacct} van de vereniging. De ledenvergadering is op {date} om {time}."],
            "nb": ["Leie betales til lagets konto {cacct}. Årsmøtet er {date} kl. {time}."],
            "ru": ["Взносы перечисляйте на счёт товарищества {cacct}. Собрание {date} в {time}."],
        },
        ("invoice", "date"),
    ),
    Sector(
        "chimney_sweep",
        {"en": "Hollins & Daughters Chimney Sweeps", "nl": "Schoorsteenvegerij Brandsma", "nb": "Feiermester Rustad AS", "ru": "Трубочист-Сервис"},
        "en nl nb",
        {"en": "customer number", "nl": "klantnummer", "nb": "kundenummeret", "ru": "номер клиента"},
        ("NAME", "PHONE", "EMAIL", "CUSTNO", "CARD", "DOB"),
        ("phones", "names", "accounts"),
        {
            "en": ["Hi, I need the chimney swept before winter, last time was {date}",
                   "hello, your sweep was meant to come at {time} today and nobody turned up"],
            "nl": ["Goedendag, ik wil graag de schoorsteen laten vegen, de vorige keer was op {date}",
                   "hoi, de veger zou om {time} komen maar er is niemand geweest"],
            "nb": ["Hei, vi trenger feiing av pipa før vinteren, sist var {date}",
                   "hei, feieren skulle komme kl {time} i dag men kom aldri"],
            "ru": ["Здравствуйте, нужно почистить дымоход в бане, прошлый раз чистили {date}",
                   "добрый день, мастер должен был приехать в {time}, но так и не приехал"],
        },
        {
            "en": ["Our next free slot is {date} at {time}; a standard sweep is {amount}."],
            "nl": ["We kunnen op {date} om {time} langskomen, een veegbeurt kost {amount}."],
            "nb": ["Neste ledige tid er {date} kl. {time}, og feiing koster {amount}."],
            "ru": ["Ближайшее окно {date} в {time}, чистка стоит {amount}."],
        },
        ("date", "invoice"),
    ),
    Sector(
        "ferry",
        {"en": "North Channel Ferries", "nl": "Rederij Waddenveer", "nb": "Kystlinjen Ferjeselskap", "ru": "Ладожская паромная линия"},
        "",
        {"en": "loyalty number", "nl": "klantnummer", "nb": "kundenummeret", "ru": "номер карты лояльности"},
        ("BOOKREF", "PASSPORT", "DOB", "NAME", "PHONE", "EMAIL", "CARD", "CUSTNO"),
        ("travellers", "sheet", "travellers"),
        {
            "en": ["Hi, I need to move our crossing to {dest} on {date} to a later sailing",
                   "hello, can I add a car to my booking? reg {reg}"],
            "nl": ["Hoi, ik wil onze overtocht naar {dest} van {date} verzetten",
                   "hallo, kan ik de auto nog toevoegen aan de boeking? kenteken {reg}"],
            "nb": ["Hei, jeg må endre overfarten vår til {dest} den {date}",
                   "hei! kan jeg legge til bil på bestillingen? reg.nr {reg}"],
            "ru": ["Здравствуйте, хочу перенести рейс парома {date} на более поздний, направление {dest}",
                   "добрый день, можно добавить машину к брони? госномер {reg}"],
        },
        {
            "en": ["The {time} sailing to {dest} on {date} has space; cabin {room} is free and the difference is {amount}."],
            "nl": ["De afvaart van {time} naar {dest} op {date} heeft nog plek, hut {room}, meerprijs {amount}."],
            "nb": ["Avgangen kl. {time} til {dest} den {date} har plass, lugar {room}, og det blir {amount} i tillegg."],
            "ru": ["На рейс {date} в {time} (направление {dest}) есть места, каюта {room}, доплата {amount}."],
        },
        ("date", "dest", "reg"),
    ),
    Sector(
        "vintage_car",
        {"en": "Chromewell Classic Car Hire", "nl": "Oldtimerverhuur De Zilveren Pijl", "nb": "Veteranbilutleie Vestfold", "ru": "Ретро-прокат «Победа»"},
        "",
        {"en": "customer number", "nl": "klantnummer", "nb": "kundenummeret", "ru": "номер клиента"},
        ("BOOKREF", "DOB", "PASSPORT", "CARD", "IBAN", "PHONE", "EMAIL", "NAME"),
        ("travellers", "names", "phones"),
        {
            "en": ["Hi, we'd like to hire the old convertible for our wedding on {date}",
                   "hello, is the Jaguar still free on {date}? I have a voucher {voucher}"],
            "nl": ["Hallo, we willen graag de oude Citroën huren voor onze bruiloft op {date}",
                   "hoi, is de Volvo Amazon nog vrij op {date}? ik heb een kortingscode {voucher}"],
            "nb": ["Hei, vi vil leie veteranbilen til bryllupet vårt {date}",
                   "hei, er Amazonen ledig {date}? jeg har en rabattkode {voucher}"],
            "ru": ["Здравствуйте, хотим арендовать «Чайку» на свадьбу {date}",
                   "добрый день, «Волга» свободна {date}? у меня промокод {voucher}"],
        },
        {
            "en": ["The car ({reg}) is free on {date}; the day rate is {amount} and pick-up is from {time}."],
            "nl": ["De auto ({reg}) is vrij op {date}, de dagprijs is {amount}, ophalen vanaf {time}."],
            "nb": ["Bilen ({reg}) er ledig {date}, dagsleie {amount}, henting fra kl. {time}."],
            "ru": ["Машина ({reg}) свободна {date}, сутки {amount}, выдача с {time}."],
        },
        ("date", "dest"),
    ),
    Sector(
        "music_school",
        {"en": "Larkfield School of Music", "nl": "Muziekschool De Toonladder", "nb": "Strengen musikkskole", "ru": "Музыкальная школа «Камертон»"},
        "",
        {"en": "pupil number", "nl": "leerlingnummer", "nb": "elevnummeret", "ru": "номер ученика"},
        ("NAME", "DOB", "CUSTNO", "IBAN", "BANKACC", "PHONE", "EMAIL", "NATID"),
        ("family", "sheet", "family"),
        {
            "en": ["Hi, I'd like to sign my kids up for piano lessons from {date}",
                   "hello, invoice {invoice} says {amount} but we dropped the second lesson"],
            "nl": ["Hallo, ik wil mijn kinderen inschrijven voor gitaarles vanaf {date}",
                   "hoi, op factuur {invoice} staat {amount} maar we hadden één les opgezegd"],
            "nb": ["Hei, jeg vil melde på barna til fiolin fra {date}",
                   "hei, faktura {invoice} er på {amount}, men vi sa opp den ene timen"],
            "ru": ["Здравствуйте, хочу записать детей на сольфеджио с {date}",
                   "добрый день, в счёте {invoice} стоит {amount}, а мы отказались от второго занятия"],
        },
        {
            "en": ["Lessons are Wednesdays at {time} in room {room}; the term fee is {amount}."],
            "nl": ["De les is op woensdag om {time} in lokaal {room}, het lesgeld is {amount} per termijn."],
            "nb": ["Timen er onsdager kl. {time} i rom {room}, semesteravgiften er {amount}."],
            "ru": ["Занятия по средам в {time}, кабинет {room}, оплата за четверть {amount}."],
        },
        ("date", "invoice"),
    ),
    Sector(
        "dental",
        {"en": "Kingsmead Dental Practice", "nl": "Tandartspraktijk Oosterpoort", "nb": "Tannlegene Bjerke og Lien", "ru": "Стоматология «Улыбка плюс»"},
        "nb",
        {"en": "patient number", "nl": "patiëntnummer", "nb": "pasientnummeret", "ru": "номер медицинской карты"},
        ("NAME", "DOB", "NATID", "PHONE", "EMAIL", "CUSTNO", "CARD"),
        ("family", "family", "phones"),
        {
            "en": ["Hi, I need to move my check-up on {date} at {time}",
                   "hello, i got a bill {invoice} for {amount} but the treatment was on the plan"],
            "nl": ["Goedemorgen, ik moet mijn controle op {date} om {time} verzetten",
                   "hallo, ik kreeg een rekening {invoice} van {amount}, dat valt toch onder de verzekering?"],
            "nb": ["Hei, jeg må flytte kontrollen min {date} kl {time}",
                   "hei, fikk regning {invoice} på {amount}, stemmer det?"],
            "ru": ["Здравствуйте, нужно перенести приём {date} в {time}",
                   "добрый день, пришёл счёт {invoice} на {amount}, а лечение было по полису"],
        },
        {
            "en": ["We can offer {date} at {time}. If it's urgent, ring reception on {cphone}."],
            "nl": ["We hebben nog plek op {date} om {time}. Bij spoed belt u {cphone}."],
            "nb": ["Vi har ledig {date} kl. {time}. Ved akutt tannverk ring {cphone}."],
            "ru": ["Есть время {date} в {time}. Если срочно, звоните в регистратуру {cphone}."],
        },
        ("date", "invoice"),
    ),
    Sector(
        "pharmacy",
        {"en": "Greenway Pharmacy Direct", "nl": "Apotheek Het Zwaluwnest", "nb": "Fjellapoteket netthandel", "ru": "Аптека «Здоровье рядом»"},
        "",
        {"en": "customer number", "nl": "klantnummer", "nb": "kundenummeret", "ru": "номер клиента"},
        ("NAME", "DOB", "NATID", "PHONE", "EMAIL", "CARD", "CUSTNO"),
        ("family", "emails", "accounts"),
        {
            "en": ["Hi, my order {order} hasn't arrived, tracking {tracking} hasn't moved",
                   "hello, can I reorder product {product}? the one for hay fever"],
            "nl": ["Hoi, mijn bestelling {order} is nog niet binnen, track & trace {tracking} staat stil",
                   "hallo, kan ik artikel {product} opnieuw bestellen?"],
            "nb": ["Hei, bestillingen min {order} har ikke kommet, sporing {tracking} står stille",
                   "hei, kan jeg bestille varenr {product} på nytt?"],
            "ru": ["Здравствуйте, заказ {order} так и не пришёл, трек {tracking} не обновляется",
                   "добрый день, можно снова заказать товар арт. {product}?"],
        },
        {
            "en": ["Order {order} ({amount}) left us at {time}, tracking {tracking}."],
            "nl": ["Bestelling {order} van {amount} is om {time} verzonden, code {tracking}."],
            "nb": ["Ordre {order} på {amount} ble sendt kl. {time}, sporingsnummer {tracking}."],
            "ru": ["Заказ {order} на {amount} передан в доставку в {time}, трек-номер {tracking}."],
        },
        ("order", "product"),
    ),
    Sector(
        "bike_repair",
        {"en": "Spokes & Sprockets Workshop", "nl": "Fietsenmakerij Van Tuyl", "nb": "Sykkelverkstedet på Torget", "ru": "Веломастерская «Крути педали»"},
        "nl",
        {"en": "customer number", "nl": "klantnummer", "nb": "kundenummeret", "ru": "номер клиента"},
        ("NAME", "PHONE", "EMAIL", "CUSTNO", "CARD", "IBAN", "BANKACC"),
        ("phones", "names", "emails"),
        {
            "en": ["Hi, I dropped my bike off on {date}, frame number {bike}, is it ready?",
                   "hello, the quote said {amount} but the bill is higher"],
            "nl": ["Hoi, ik heb mijn fiets op {date} gebracht, framenummer {bike}, is hij klaar?",
                   "hallo, de offerte was {amount} maar de rekening is hoger"],
            "nb": ["Hei, leverte sykkelen {date}, rammenummer {bike}. Er den ferdig?",
                   "hei, tilbudet var {amount} men regningen ble høyere"],
            "ru": ["Здравствуйте, я сдал{a} велосипед {date}, номер рамы {bike}, он готов?",
                   "добрый день, в смете было {amount}, а по факту больше"],
        },
        {
            "en": ["Job {order} is done: new chain ({product}) and brake pads, {amount} in total."],
            "nl": ["Werkorder {order} is klaar: nieuwe ketting ({product}) en remblokjes, totaal {amount}."],
            "nb": ["Arbeidsordre {order} er ferdig: ny kjede ({product}) og bremseklosser, totalt {amount}."],
            "ru": ["Заказ-наряд {order} готов: цепь ({product}) и колодки, итого {amount}."],
        },
        ("order", "bike"),
    ),
    Sector(
        "theatre",
        {"en": "Playhouse on the Quay", "nl": "Stadsschouwburg De Lantaarn", "nb": "Kulturhuset Brygga", "ru": "Драмтеатр на Набережной"},
        "",
        {"en": "customer account number", "nl": "klantnummer", "nb": "kundenummeret", "ru": "номер карты зрителя"},
        ("NAME", "EMAIL", "PHONE", "CUSTNO", "CARD", "DOB"),
        ("names", "emails", "accounts"),
        {
            "en": ["Hi, I booked seats {seat} and {seat} for {date} but can't make it",
                   "hello, order {order}, can I swap to the {time} matinee?"],
            "nl": ["Hallo, ik heb stoel {seat} en {seat} voor {date} maar kan niet",
                   "hoi, bestelling {order}, kan ik ruilen naar de voorstelling van {time}?"],
            "nb": ["Hei, jeg har plass {seat} og {seat} {date} men kan ikke komme",
                   "hei, ordre {order}, kan jeg bytte til forestillingen kl {time}?"],
            "ru": ["Здравствуйте, у меня места {seat} и {seat} на {date}, но я не смогу прийти",
                   "добрый день, заказ {order}, можно поменять на спектакль в {time}?"],
        },
        {
            "en": ["The {time} show on {date} still has {seat} and {seat} at {amount} each."],
            "nl": ["Voor {date} om {time} zijn {seat} en {seat} nog vrij, {amount} per stuk."],
            "nb": ["Forestillingen {date} kl. {time} har {seat} og {seat} ledig, {amount} per billett."],
            "ru": ["На {date} в {time} свободны места {seat} и {seat}, по {amount}."],
        },
        ("order", "date"),
    ),
    Sector(
        "coach_tours",
        {"en": "Heartland Coach Holidays", "nl": "Touringcars Zonnig Onderweg", "nb": "Fjordbuss Reiser", "ru": "Автобусные туры «Золотое кольцо»"},
        "",
        {"en": "customer number", "nl": "klantnummer", "nb": "kundenummeret", "ru": "номер клиента"},
        ("BOOKREF", "NAME", "DOB", "PASSPORT", "PHONE", "EMAIL", "CARD", "NATID"),
        ("travellers", "sheet", "travellers"),
        {
            "en": ["Hi, we're booked on the {dest} trip leaving {date}, can we add two more people?",
                   "hello, what time does the coach to {dest} leave? order {order}"],
            "nl": ["Hallo, wij gaan mee met de reis naar {dest} op {date}, kunnen er nog twee mensen bij?",
                   "hoi, hoe laat vertrekt de bus naar {dest}? bestelling {order}"],
            "nb": ["Hei, vi skal på turen til {dest} {date}, kan vi legge til to personer til?",
                   "hei, når går bussen til {dest}? ordre {order}"],
            "ru": ["Здравствуйте, мы едем в тур {date}, направление {dest}, можно добавить ещё двоих?",
                   "добрый день, во сколько отправление? заказ {order}, направление {dest}"],
        },
        {
            "en": ["The coach leaves at {time} on {date}; seats {seat} and {seat} are free, {amount} per person."],
            "nl": ["De bus vertrekt op {date} om {time}; stoel {seat} en {seat} zijn vrij, {amount} p.p."],
            "nb": ["Bussen går {date} kl. {time}; sete {seat} og {seat} er ledige, {amount} per person."],
            "ru": ["Отправление {date} в {time}, свободны места {seat} и {seat}, {amount} с человека."],
        },
        ("date", "dest", "order"),
    ),
    Sector(
        "vet",
        {"en": "Castleford Veterinary Surgery", "nl": "Dierenkliniek Het Klaverblad", "nb": "Dyreklinikken Sandvika", "ru": "Ветклиника «Айболит»"},
        "",
        {"en": "client number", "nl": "klantnummer", "nb": "kundenummeret", "ru": "номер карты клиента"},
        ("NAME", "PHONE", "EMAIL", "CUSTNO", "CARD", "IBAN", "BANKACC"),
        ("phones", "names", "emails"),
        {
            "en": ["Hi, {pet} needs her booster, last one was {date}",
                   "hello, i got invoice {invoice} for {amount} for {pet}'s x-ray, can I pay in two goes?"],
            "nl": ["Hoi, {pet} moet weer ingeënt worden, de vorige keer was {date}",
                   "hallo, factuur {invoice} van {amount} voor {pet}, kan ik in termijnen betalen?"],
            "nb": ["Hei, {pet} trenger vaksine, forrige var {date}",
                   "hei, fikk faktura {invoice} på {amount} for {pet}, kan jeg dele opp betalingen?"],
            "ru": ["Здравствуйте, кличка {pet}, пора на прививку, прошлая была {date}",
                   "добрый день, счёт {invoice} на {amount}, питомец {pet}, можно оплатить частями?"],
        },
        {
            "en": ["We can see {pet} on {date} at {time}; the vaccination is {amount}."],
            "nl": ["{pet} kan terecht op {date} om {time}, de vaccinatie kost {amount}."],
            "nb": ["{pet} kan komme {date} kl. {time}, vaksinen koster {amount}."],
            "ru": ["Приём {date} в {time}, пациент {pet}, прививка {amount}."],
        },
        ("date", "invoice"),
    ),
    Sector(
        "wine_club",
        {"en": "Cellar Door Wine Club", "nl": "Wijnclub Druif & Zo", "nb": "Vinklubben Korken", "ru": "Винный клуб «Лоза»"},
        "",
        {"en": "member number", "nl": "lidnummer", "nb": "medlemsnummeret", "ru": "номер участника клуба"},
        ("NAME", "DOB", "EMAIL", "PHONE", "CARD", "CUSTNO", "IBAN"),
        ("accounts", "emails", "names"),
        {
            "en": ["Hi, my case from order {order} came with two broken bottles",
                   "hello, I'd like to use code {voucher} on the next box, item {product}"],
            "nl": ["Hoi, in de doos van bestelling {order} zaten twee kapotte flessen",
                   "hallo, mag ik code {voucher} gebruiken voor artikel {product}?"],
            "nb": ["Hei, kassen fra ordre {order} kom med to knuste flasker",
                   "hei, kan jeg bruke koden {voucher} på varenr {product}?"],
            "ru": ["Здравствуйте, в коробке из заказа {order} две разбитые бутылки",
                   "добрый день, можно применить промокод {voucher} к артикулу {product}?"],
        },
        {
            "en": ["Order {order} ({amount}) went out with tracking {tracking}; {voucher} gives 10% off."],
            "nl": ["Bestelling {order} ({amount}) is verstuurd met code {tracking}; {voucher} geeft 10% korting."],
            "nb": ["Ordre {order} ({amount}) er sendt med sporing {tracking}; {voucher} gir 10 % rabatt."],
            "ru": ["Заказ {order} ({amount}) отправлен, трек {tracking}; промокод {voucher} даёт скидку 10%."],
        },
        ("order", "product"),
    ),
    Sector(
        "coworking",
        {"en": "Foundry Lane Coworking", "nl": "Werkplaats 22 Coworking", "nb": "Kontorfellesskapet Loftet", "ru": "Коворкинг «Маяк»"},
        "",
        {"en": "member account number", "nl": "lidnummer", "nb": "medlemsnummeret", "ru": "номер договора клиента"},
        ("NAME", "EMAIL", "PHONE", "IBAN", "BANKACC", "CARD", "CUSTNO"),
        ("names", "emails", "accounts"),
        {
            "en": ["Hi, we need invoice {invoice} reissued with our company number {cid}",
                   "hello, can I book meeting room {room} for {date}?"],
            "nl": ["Hoi, kan factuur {invoice} opnieuw met ons KvK-nummer {cid}?",
                   "hallo, is vergaderruimte {room} vrij op {date}?"],
            "nb": ["Hei, kan dere sende faktura {invoice} på nytt med org.nr {cid}?",
                   "hei, er møterom {room} ledig {date}?"],
            "ru": ["Здравствуйте, перевыставите счёт {invoice} на ИНН {cid}?",
                   "добрый день, переговорная {room} свободна {date}?"],
        },
        {
            "en": ["Room {room} is {amount} per day; our VAT number {vat} is on every invoice."],
            "nl": ["Ruimte {room} kost {amount} per dag; ons btw-nummer {vat} staat op de factuur."],
            "nb": ["Rom {room} koster {amount} per dag; fakturaen har vårt org.nr {vat}."],
            "ru": ["Переговорная {room} стоит {amount} в день; в счёте наш КПП {vat}."],
        },
        ("invoice", "date"),
    ),
    Sector(
        "hostel",
        {"en": "Lantern Youth Hostel", "nl": "Jeugdherberg De Kade", "nb": "Sjøgløtt vandrerhjem", "ru": "Хостел «Перекрёсток»"},
        "",
        {"en": "guest number", "nl": "gastnummer", "nb": "gjestenummeret", "ru": "номер гостя"},
        ("BOOKREF", "NAME", "DOB", "PASSPORT", "PHONE", "EMAIL", "CARD"),
        ("travellers", "sheet", "names"),
        {
            "en": ["Hi, we're 3 people arriving {date}, can we have a private room?",
                   "hello, booked a bed in room {room} but arriving late, around {time}"],
            "nl": ["Hoi, we komen met z'n drieën op {date}, is er een privékamer?",
                   "hallo, ik heb een bed in kamer {room} maar kom pas rond {time} aan"],
            "nb": ["Hei, vi er tre som kommer {date}, har dere et familierom?",
                   "hei, har seng på rom {room} men kommer sent, rundt {time}"],
            "ru": ["Здравствуйте, мы втроём приезжаем {date}, есть отдельный номер?",
                   "добрый день, у меня место в комнате {room}, приеду поздно, около {time}"],
        },
        {
            "en": ["Room {room} is free from {date}; {amount} a night with breakfast, check-in until {time}."],
            "nl": ["Kamer {room} is vrij vanaf {date}; {amount} per nacht met ontbijt, inchecken tot {time}."],
            "nb": ["Rom {room} er ledig fra {date}; {amount} per natt med frokost, innsjekk til kl. {time}."],
            "ru": ["Комната {room} свободна с {date}, {amount} за ночь с завтраком, заселение до {time}."],
        },
        ("date", "dest"),
    ),
    Sector(
        "driving_school",
        {"en": "Clearway Driving School", "nl": "Rijschool Verkerk", "nb": "Trafikkskolen Rattet", "ru": "Автошкола «Зелёный свет»"},
        "nl",
        {"en": "pupil number", "nl": "leerlingnummer", "nb": "elevnummeret", "ru": "номер ученика"},
        ("NAME", "DOB", "NATID", "PASSPORT", "PHONE", "EMAIL", "CARD", "IBAN"),
        ("names", "phones", "emails"),
        {
            "en": ["Hi, I want to book 10 lessons starting {date}",
                   "hello, my test is on {date} at {time}, can I get an extra lesson before?"],
            "nl": ["Hallo, ik wil graag een pakket van 10 lessen vanaf {date}",
                   "hoi, mijn examen is op {date} om {time}, kan ik daarvoor nog een les?"],
            "nb": ["Hei, jeg vil bestille 10 kjøretimer fra {date}",
                   "hei, oppkjøringen min er {date} kl {time}, kan jeg få en time før?"],
            "ru": ["Здравствуйте, хочу записаться на курс вождения с {date}",
                   "добрый день, экзамен в ГИБДД {date} в {time}, можно ещё одно занятие до него?"],
        },
        {
            "en": ["Your instructor's car is {reg}; a lesson is {amount}, next free slot {date} at {time}."],
            "nl": ["De lesauto is de {reg}; een les kost {amount}, eerstvolgende plek {date} om {time}."],
            "nb": ["Bilen er {reg}; en time koster {amount}, neste ledige {date} kl. {time}."],
            "ru": ["Учебная машина {reg}, занятие {amount}, ближайшее окно {date} в {time}."],
        },
        ("date", "case"),
    ),
    Sector(
        "insurance",
        {"en": "Hearthside Home Insurance", "nl": "Verzekeraar Dijkzicht", "nb": "Trygghavn Forsikring", "ru": "Страховая компания «Оберег»"},
        "",
        {"en": "customer number", "nl": "relatienummer", "nb": "kundenummeret", "ru": "номер клиента"},
        ("NAME", "DOB", "NATID", "IBAN", "BANKACC", "PHONE", "EMAIL", "CUSTNO"),
        ("family", "names", "accounts"),
        {
            "en": ["Hi, I need to report a burst pipe on {date}, the damage is about {amount}",
                   "hello, any news on claim {case}?"],
            "nl": ["Hallo, ik wil waterschade melden van {date}, schade ongeveer {amount}",
                   "hoi, is er al nieuws over schadedossier {case}?"],
            "nb": ["Hei, jeg vil melde vannskade fra {date}, anslått {amount}",
                   "hei, noe nytt i skadesak {case}?"],
            "ru": ["Здравствуйте, хочу заявить о заливе квартиры {date}, ущерб примерно {amount}",
                   "добрый день, есть новости по убытку {case}?"],
        },
        {
            "en": ["Claim {case} is approved: {amount} will be paid, transaction {txn}."],
            "nl": ["Dossier {case} is goedgekeurd: {amount} wordt uitbetaald, transactie {txn}."],
            "nb": ["Skadesak {case} er godkjent: {amount} utbetales, transaksjon {txn}."],
            "ru": ["По убытку {case} принято решение: выплата {amount}, транзакция {txn}."],
        },
        ("case", "date"),
    ),
    Sector(
        "water_utility",
        {"en": "Wessex Vale Water", "nl": "Waterbedrijf Lage Landen", "nb": "Øvre Dal vannverk", "ru": "МУП «Горводоканал»"},
        "",
        {"en": "account number", "nl": "klantnummer", "nb": "kundenummeret", "ru": "номер лицевого счёта"},
        ("NAME", "CUSTNO", "IBAN", "BANKACC", "PHONE", "EMAIL", "DOB", "NATID"),
        ("accounts", "names", "phones"),
        {
            "en": ["Hi, my bill {invoice} is {amount}, that's double the usual",
                   "hello, we've had no water since {time} this morning, is there a fault? case {case}"],
            "nl": ["Hoi, mijn jaarafrekening {invoice} is {amount}, dat is het dubbele",
                   "hallo, sinds {time} vanochtend geen water, storing? melding {case}"],
            "nb": ["Hei, regningen {invoice} er på {amount}, det er dobbelt så mye som vanlig",
                   "hei, vi har vært uten vann siden kl {time}, sak {case}"],
            "ru": ["Здравствуйте, в квитанции {invoice} сумма {amount}, это в два раза больше обычного",
                   "добрый день, с {time} нет воды, заявка {case}"],
        },
        {
            "en": ["Payments go to our account {cacct}; your next meter reading is due {date}."],
            "nl": ["Incasso loopt via onze rekening {cacct}; de volgende meterstand is op {date}."],
            "nb": ["Innbetaling til {cacct}; neste avlesning er {date}."],
            "ru": ["Оплата на счёт {cacct}; следующая передача показаний до {date}."],
        },
        ("invoice", "case"),
    ),
    Sector(
        "catering",
        {"en": "Saffron & Sage Catering", "nl": "Partycatering Het Volle Bord", "nb": "Festmat Catering", "ru": "Кейтеринг «Скатерть-самобранка»"},
        "",
        {"en": "customer number", "nl": "klantnummer", "nb": "kundenummeret", "ru": "номер клиента"},
        ("NAME", "PHONE", "EMAIL", "CARD", "IBAN", "BANKACC", "CUSTNO"),
        ("names", "phones", "emails"),
        {
            "en": ["Hi, we'd like a buffet for 40 on {date} from {time}",
                   "hello, order {order}, can we add vegan options? we had code {voucher}"],
            "nl": ["Hallo, wij willen een buffet voor 40 personen op {date} vanaf {time}",
                   "hoi, bestelling {order}, kan er nog vegetarisch bij? we hadden code {voucher}"],
            "nb": ["Hei, vi ønsker koldtbord til 40 personer {date} fra kl {time}",
                   "hei, ordre {order}, kan vi legge til vegetar? vi har kode {voucher}"],
            "ru": ["Здравствуйте, нужен фуршет на 40 человек {date} с {time}",
                   "добрый день, заказ {order}, можно добавить постные блюда? промокод {voucher}"],
        },
        {
            "en": ["For {date} at {time} the buffet comes to {amount}; order {order}."],
            "nl": ["Voor {date} om {time} komt het buffet op {amount}; bestelnummer {order}."],
            "nb": ["For {date} kl. {time} blir det {amount}; ordrenummer {order}."],
            "ru": ["На {date} в {time} фуршет выйдет {amount}, заказ {order}."],
        },
        ("order", "date"),
    ),
    Sector(
        "marina",
        {"en": "Kestrel Point Marina", "nl": "Jachthaven De Meeuw", "nb": "Kvernvika småbåthavn", "ru": "Марина «Северная гавань»"},
        "",
        {"en": "berth holder number", "nl": "ligplaatshoudernummer", "nb": "kundenummeret", "ru": "номер клиента"},
        ("NAME", "PHONE", "EMAIL", "CUSTNO", "IBAN", "BANKACC", "CARD", "DOB", "PASSPORT"),
        ("travellers", "names", "phones"),
        {
            "en": ["Hi, I'd like a visitor berth from {date} for a week, boat reg {reg}",
                   "hello, invoice {invoice} for berth {berth} says {amount}, I thought it was less"],
            "nl": ["Hoi, ik zoek een passantenplek vanaf {date}, registratie {reg}",
                   "hallo, factuur {invoice} voor ligplaats {berth} is {amount}, klopt dat?"],
            "nb": ["Hei, jeg trenger gjesteplass fra {date}, båtreg {reg}",
                   "hei, faktura {invoice} for båtplass {berth} er {amount}, stemmer det?"],
            "ru": ["Здравствуйте, нужна гостевая стоянка с {date}, бортовой номер {reg}",
                   "добрый день, счёт {invoice} за место {berth} на {amount}, почему так дорого?"],
        },
        {
            "en": ["Berth {berth} is free from {date}; {amount} a night, paid to {cacct}."],
            "nl": ["Ligplaats {berth} is vrij vanaf {date}; {amount} per nacht, over te maken naar {cacct}."],
            "nb": ["Plass {berth} er ledig fra {date}; {amount} per døgn til konto {cacct}."],
            "ru": ["Место {berth} свободно с {date}, {amount} в сутки, оплата на счёт {cacct}."],
        },
        ("invoice", "date", "reg"),
    ),
]  # fmt: skip

SECTOR_BY_KEY = {s.key: s for s in SECTORS}
REGION = {"en": "GB", "nl": "NL", "nb": "NO", "ru": "RU"}

# ---------------------------------------------------------------------------------------
# values
# ---------------------------------------------------------------------------------------


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def mistype(rng: random.Random, v: str) -> str:
    """The value with one digit changed (not the first character), as people mistype."""
    idx = [i for i, c in enumerate(v) if c.isdigit() and i > 0]
    i = rng.choice(idx)
    return v[:i] + rng.choice([d for d in "0123456789" if d != v[i]]) + v[i + 1 :]


def card_number(rng: random.Random, lang: str) -> str:
    prefix = rng.choice(["4", "4", "51", "53", "55"] + (["2200", "2202"] if lang == "ru" else []))
    body = prefix + digits(rng, 15 - len(prefix), first_nonzero=False)
    full = body + luhn.calc_check_digit(body)
    return " ".join(full[i : i + 4] for i in range(0, 16, 4)) if rng.random() < 0.75 else full


def nino(rng: random.Random) -> str:
    while True:
        a, b = rng.choice("ABCEGHJKLMNOPRSTWXYZ"), rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    d = digits(rng, 6, first_nonzero=False)
    suffix = rng.choice("ABCD")
    if rng.random() < 0.5:
        return f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {suffix}"
    return f"{a}{b}{d}{suffix}"


def fnr_for(rng: random.Random, d: int, m: int, y: int) -> str:
    """A valid fødselsnummer for this birth date."""
    lo, hi = (0, 499) if y < 2000 else (500, 999)
    while True:
        base = f"{d:02d}{m:02d}{y % 100:02d}{rng.randint(lo, hi):03d}"
        for k1 in range(10):
            for k2 in range(10):
                if fodselsnummer.is_valid(base + f"{k1}{k2}"):
                    return base + f"{k1}{k2}"


def landline(rng: random.Random, lang: str) -> str:
    """A valid fixed-line number of the business."""
    while True:
        if lang == "en":
            pre = rng.choice(["0113", "0117", "0161", "01223", "01904", "01524", "01872"])
            nat = pre + str(rng.randint(2, 8)) + digits(rng, 10 - len(pre), first_nonzero=False)
        elif lang == "nl":
            pre = rng.choice(["010", "020", "030", "050", "058", "071", "0570", "0182"])
            nat = pre + str(rng.randint(2, 8)) + digits(rng, 9 - len(pre), first_nonzero=False)
        elif lang == "nb":
            nat = rng.choice("2357") + digits(rng, 7, first_nonzero=False)
        else:
            nat = "8" + rng.choice(["4852", "8172", "4842", "8112", "4932", "4912", "8332", "4872"])
            nat += str(rng.randint(2, 7)) + digits(rng, 5, first_nonzero=False)
        num = phonenumbers.parse(nat, REGION[lang])
        if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) in (
            phonenumbers.PhoneNumberType.FIXED_LINE,
            phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        ):
            fmt = phonenumbers.PhoneNumberFormat
            return phonenumbers.format_number(
                num, rng.choice([fmt.NATIONAL, fmt.NATIONAL, fmt.INTERNATIONAL])
            )


def kontonr_text(rng: random.Random) -> str:
    v = no_kontonr(rng)
    return rng.choice([f"{v[:4]}.{v[4:6]}.{v[6:]}", v, f"{v[:4]} {v[4:6]} {v[6:]}"])


def company_account(rng: random.Random, lang: str) -> str:
    if lang == "en":
        return f"{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)} {digits(rng, 8)}"
    if lang == "nl":
        return iban(rng, "NL")
    if lang == "nb":
        return kontonr_text(rng)
    return "40702810" + digits(rng, 12, first_nonzero=False)


def company_id(rng: random.Random, lang: str) -> str:
    if lang == "en":
        return rng.choice(["SC", "0", "1"]) + digits(rng, 6 if rng.random() < 0.5 else 7, False)
    if lang == "nl":
        return digits(rng, 8)
    if lang == "nb":
        while True:
            v = rng.choice("89") + digits(rng, 8, first_nonzero=False)
            if orgnr.is_valid(v):
                return f"{v[:3]} {v[3:6]} {v[6:]}" if rng.random() < 0.5 else v
    while True:
        v = digits(rng, 10)
        if inn.is_valid(v):
            return v


def vat_number(rng: random.Random, lang: str) -> str:
    if lang == "en":
        return "GB" + digits(rng, 9)
    if lang == "nl":
        return "NL" + digits(rng, 9) + "B01"
    if lang == "nb":
        return company_id(rng, "nb").replace(" ", "") + " MVA"
    return rng.choice(["7736", "7604", "4027", "5027"]) + "01001"


def reg_plate(rng: random.Random, lang: str) -> str:
    up = "ABCDEFGHJKLMNPRSTVWXYZ"
    if lang == "en":
        return (
            "".join(rng.choice(up) for _ in range(2))
            + digits(rng, 2)
            + " "
            + "".join(rng.choice(up) for _ in range(3))
        )
    if lang == "nl":
        side = "BDFGHJKLNPRSTVXZ"
        return f"{rng.choice(side)}{rng.choice(side)}-{digits(rng, 3)}-{rng.choice(side)}"
    if lang == "nb":
        return rng.choice(["EL", "EK", "DN", "VH", "SU", "BT"]) + " " + digits(rng, 5)
    cyr = "АВЕКМНОРСТУХ"
    return f"{rng.choice(cyr)}{digits(rng, 3)}{rng.choice(cyr)}{rng.choice(cyr)} {rng.choice(['76', '35', '40', '60', '37', '62'])}"


def neg_value(rng: random.Random, lang: str, kind: str) -> tuple[str, str]:
    """(text, README kind) of a fresh hard negative."""
    if kind == "amount":
        x = rng.randint(4, 900)
        c = rng.randint(0, 99)
        return {
            "en": rng.choice([f"£{x}.{c:02d}", f"£{x}"]),
            "nl": rng.choice([f"€{x},{c:02d}", f"€ {x},-", f"{x} euro"]),
            "nb": rng.choice([f"{x * 10} kr", f"kr {x * 10},-", f"{x * 10} kroner"]),
            "ru": rng.choice([f"{x * 10} ₽", f"{x * 10} руб.", f"{x * 10} рублей"]),
        }[lang], "amount"
    if kind == "time":
        h, mi = rng.randint(7, 20), rng.choice([0, 15, 30, 45])
        if lang == "en":
            return rng.choice(
                [f"{h}:{mi:02d}", f"{h % 12 or 12}.{mi:02d}pm" if h > 12 else f"{h}:{mi:02d}"]
            ), "time"
        sep = {"nl": rng.choice([":", "."]), "nb": rng.choice([".", ":"]), "ru": ":"}[lang]
        return f"{h:02d}{sep}{mi:02d}", "time"
    if kind == "date":
        d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2026, 2027])
        if rng.random() < 0.3:
            short = {
                "en": f"{d}/{m}",
                "nl": f"{d}-{m}",
                "nb": f"{d}.{m}.",
                "ru": f"{d:02d}.{m:02d}",
            }[lang]
            return short.rstrip("."), "travel_date"
        return date_text(rng, lang, d, m, y), "travel_date"
    if kind == "dest":
        return rng.choice(DESTS[lang]), "destination"
    if kind == "order":
        return order_number(rng), "order_number"
    if kind == "invoice":
        return {
            "en": f"INV-{digits(rng, 6)}",
            "nl": f"F2026-{digits(rng, 5, False)}",
            "nb": digits(rng, 7),
            "ru": f"СЧ-{digits(rng, 6)}",
        }[lang], "invoice_number"
    if kind == "case":
        return {
            "en": rng.choice([f"CAS-{digits(rng, 6)}", f"#{digits(rng, 6)}"]),
            "nl": f"Z-{digits(rng, 6)}",
            "nb": digits(rng, 8),
            "ru": f"№{digits(rng, 7)}",
        }[lang], "case_number"
    if kind == "voucher":
        word = {"en": ["SUMMER", "WELCOME", "FRIENDS", "LOYAL"], "nl": ["LENTE", "WELKOM", "KORTING", "ZOMER"],
                "nb": ["SOMMER", "VELKOMMEN", "HOST", "VENN"], "ru": ["LETO", "SKIDKA", "DRUZYA", "OSEN"]}[lang]  # fmt: skip
        return rng.choice(word) + str(rng.choice([5, 10, 15, 20, 25])), "voucher_code"
    if kind == "reg":
        return reg_plate(rng, lang), "vehicle_registration"
    if kind == "seat":
        return f"{rng.choice('ABCDEFGHJK')}{rng.randint(1, 28)}", "seat"
    if kind == "room":
        return str(rng.choice([rng.randint(101, 340), rng.randint(1, 24)])), "room_number"
    if kind == "berth":
        return f"{rng.choice('ABCDE')}-{rng.randint(1, 60)}", "berth_number"
    if kind == "tracking":
        return {
            "en": f"RR{digits(rng, 9)}GB",
            "nl": f"3SZWN{digits(rng, 9)}",
            "nb": f"LX{digits(rng, 9)}NO",
            "ru": digits(rng, 14),
        }[lang], "tracking_number"
    if kind == "product":
        return {
            "en": f"SKU-{digits(rng, 5)}",
            "nl": digits(rng, 6),
            "nb": digits(rng, 6),
            "ru": f"{digits(rng, 3)}-{digits(rng, 3)}",
        }[lang], "product_code"
    if kind == "txn":
        return "TX" + "".join(rng.choice("0123456789ABCDEF") for _ in range(8)), "transaction_id"
    if kind == "bike":
        return rng.choice(["WAW", "GZ", "BK", "SN"]) + digits(rng, 7, False), "bike_number"
    if kind == "draw":
        return str(rng.randint(3, 80)), "draw_number"
    raise ValueError(kind)


CACHED = {"pet": "pet_name", "cphone": "company_phone", "caddr": "company_address", "cacct": "company_account",
          "reg": "vehicle_registration", "cid": "company_id", "vat": "vat_number"}  # fmt: skip


def cust_address(rng: random.Random, lang: str, mode: str) -> str:
    no = str(rng.randint(1, 160))
    f = rng.randint(1, 12)
    street = rng.choice(STREETS[lang])
    town, pc = rng.choice(TOWNS[lang])
    if mode == "abroad":
        return rng.choice(ABROAD[lang]).format(n=no, f=f)
    if lang == "en":
        forms = {
            "plain": [f"{no} {street}, {town} {pc}", f"{no} {street} {town} {pc}"],
            "floor": [
                f"flat {f}, {no} {street}, {town} {pc}",
                f"top floor flat, {no} {street}, {town}",
                f"2nd floor, {no} {street}, {town} {pc}",
                f"{no}{rng.choice('ab')} {street}, {town}",
            ],
            "multiline": [f"{no} {street}\n{town}\n{pc}", f"{no} {street},\n{town} {pc}"],
            "nopc": [f"{no} {street}, {town}", f"{no} {street} in {town}"],
        }
    elif lang == "nl":
        p = pc.replace(" ", "") if rng.random() < 0.5 else pc
        forms = {
            "plain": [f"{street} {no}, {p} {town}", f"{street} {no} {p} {town}"],
            "floor": [
                f"{street} {no}-{rng.choice(['I', 'II', 'III'])}, {p} {town}",
                f"{street} {no} {rng.randint(1, 4)}-hoog, {town}",
                f"{street} {no}{rng.choice(['A', 'B', ' bis'])} {p} {town}",
                f"{street} {no} (2e verdieping), {p} {town}",
            ],
            "multiline": [f"{street} {no}\n{p} {town}", f"{street} {no}\n{p}\n{town}"],
            "nopc": [f"{street} {no}, {town}", f"{street} {no} {town}"],
        }
    elif lang == "nb":
        fl = rng.randint(1, 4)
        forms = {
            "plain": [f"{street} {no}, {pc} {town}", f"{street} {no} {pc} {town}"],
            "floor": [
                f"{street} {no}, H0{fl}0{rng.randint(1, 4)}, {pc} {town}",
                f"{street} {no}, {fl}. etasje, {pc} {town}",
                f"{street} {no}{rng.choice('ABC')}, leilighet {f}, {town}",
            ],
            "multiline": [f"{street} {no}\n{pc} {town}"],
            "nopc": [f"{street} {no}, {town}", f"{street} {no} i {town}"],
        }
    else:
        apt = rng.randint(1, 190)
        forms = {
            "plain": [
                f"г. {town}, {street}, д. {no}, кв. {apt}",
                f"{pc}, {town}, {street} {no}-{apt}",
            ],
            "floor": [
                f"{town}, {street} {no}, подъезд {rng.randint(1, 6)}, этаж {rng.randint(2, 9)}, кв. {apt}",
                f"{street}, д. {no}, кв. {apt} ({rng.randint(2, 9)} этаж), {town}",
            ],
            "multiline": [
                f"{town}\n{street}, {no}, кв {apt}",
                f"{pc}\n{town}, {street} {no}-{apt}",
            ],
            "nopc": [f"{street} {no}, кв. {apt}, {town}", f"{town}, {street} {no} кв {apt}"],
        }
    return rng.choice(forms[mode])


# ---------------------------------------------------------------------------------------
# phrasings
# ---------------------------------------------------------------------------------------

Q = {  # the agent asks for one value (no cue in the answer)
    "NAME": {"en": ["Can I take your full name, please?", "Who am I speaking with?", "What name is it under?"],
             "nl": ["Mag ik uw volledige naam?", "Op welke naam staat het?", "Met wie spreek ik?"],
             "nb": ["Hva er fullt navn?", "Hvem snakker jeg med?", "Hvilket navn står det på?"],
             "ru": ["Как вас зовут?", "Подскажите ваше ФИО, пожалуйста.", "На чьё имя оформлено?"]},
    "DOB": {"en": ["What's your date of birth?", "Could you confirm your date of birth for security?", "And the date of birth?"],
            "nl": ["Wat is uw geboortedatum?", "Kunt u ter controle uw geboortedatum geven?", "En de geboortedatum?"],
            "nb": ["Hva er fødselsdatoen din?", "Kan du bekrefte fødselsdato?", "Og fødselsdatoen?"],
            "ru": ["Ваша дата рождения?", "Назовите, пожалуйста, дату рождения для проверки.", "А дата рождения?"]},
    "PHONE": {"en": ["What's the best number to reach you on?", "Could I have a contact number?", "Which mobile should we text?"],
              "nl": ["Op welk nummer kunnen we u bereiken?", "Wat is uw telefoonnummer?", "Naar welk mobiel nummer mogen we sms'en?"],
              "nb": ["Hvilket nummer kan vi nå deg på?", "Hva er mobilnummeret ditt?", "Hvilket nummer skal vi sende SMS til?"],
              "ru": ["По какому номеру с вами связаться?", "Оставьте, пожалуйста, номер телефона.", "На какой номер прислать СМС?"]},
    "EMAIL": {"en": ["What email address should we use?", "Where shall I send the confirmation?", "Can you give me your email?"],
              "nl": ["Wat is uw e-mailadres?", "Naar welk mailadres mag de bevestiging?", "Welk e-mailadres kunnen we gebruiken?"],
              "nb": ["Hva er e-postadressen din?", "Hvor skal vi sende bekreftelsen?", "Hvilken e-post bruker du?"],
              "ru": ["Какой у вас e-mail?", "На какую почту отправить подтверждение?", "Подскажите адрес электронной почты."]},
    "ADDRESS": {"en": ["Where should we send it?", "What address should the letter go to?", "And where are you based?", "Where should we post it to?"],
                "nl": ["Naar welk adres mogen we het sturen?", "Waar mag het naartoe?", "Wat is het afleveradres?", "Waar mag de post heen?"],
                "nb": ["Hvor skal vi sende det?", "Hvilken adresse gjelder det?", "Hvor skal det sendes?", "Hvor skal brevet?"],
                "ru": ["Куда отправить?", "Куда прислать документы?", "Куда доставить?", "Куда прислать письмо?"]},
    "CUSTNO": {"en": ["What's your {noun}?", "Do you have your {noun} handy?", "Could you read me the {noun}?"],
               "nl": ["Wat is uw {noun}?", "Heeft u uw {noun} bij de hand?", "Kunt u het {noun} doorgeven?"],
               "nb": ["Hva er {noun} ditt?", "Har du {noun} for hånden?", "Kan du gi meg {noun}?"],
               "ru": ["Назовите, пожалуйста, {noun}.", "Подскажите {noun}?", "Какой у вас {noun}?"]},
    "BOOKREF": {"en": ["What's the booking reference?", "Have you got the booking code?", "Which booking is it? The six-character code, please."],
                "nl": ["Wat is de boekingscode?", "Heeft u de reserveringscode?", "Mag ik de boekingsreferentie?"],
                "nb": ["Hva er bestillingsreferansen?", "Har du bookingnummeret?", "Hva er referansen på bestillingen?"],
                "ru": ["Какой код бронирования?", "Подскажите номер брони.", "Назовите код брони из письма."]},
    "PASSPORT": {"en": ["What's the passport number?", "Can I have the lead passenger's passport number?", "Passport number, please?"],
                 "nl": ["Wat is het paspoortnummer?", "Mag ik het documentnummer van uw paspoort?"],
                 "nb": ["Hva er passnummeret?", "Kan du gi meg passnummeret?"],
                 "ru": ["Номер паспорта?", "Продиктуйте серию и номер паспорта.", "Паспортные данные: серия и номер?"]},
    "NATID": {"en": ["What's your National Insurance number?", "Could I have your NI number?"],
              "nl": ["Wat is uw BSN?", "Mag ik uw burgerservicenummer?"],
              "nb": ["Hva er fødselsnummeret ditt?", "Kan du oppgi personnummeret, 11 siffer?"],
              "ru": ["Назовите СНИЛС, пожалуйста.", "Продиктуйте СНИЛС."]},
    "NATID_INN": {"ru": ["Ваш ИНН?", "Подскажите ИНН, пожалуйста."]},
    "IBAN": {"en": ["Which IBAN should the refund go to?", "What's the IBAN for the direct debit?"],
             "nl": ["Op welk rekeningnummer mag het terug?", "Wat is uw IBAN?", "Van welke rekening mogen we incasseren?"],
             "nb": ["Hva er IBAN-nummeret?", "Hvilken IBAN skal refusjonen til?"],
             "ru": []},
    "BANKACC": {"en": ["What are your sort code and account number?", "Which account should we pay it back to? Sort code and number please."],
                "nl": [],
                "nb": ["Hvilket kontonummer skal vi bruke?", "Hva er kontonummeret ditt?", "Hvilken konto skal pengene tilbake til?"],
                "ru": ["Номер счёта для возврата?", "Продиктуйте номер расчётного счёта.", "На какой счёт вернуть деньги?"]},
    "CARD": {"en": ["Can you give me the long card number?", "Which card should I charge? The 16 digits, please."],
             "nl": ["Wat is het kaartnummer?", "Met welke creditcard wilt u betalen? Het hele nummer graag."],
             "nb": ["Hva er kortnummeret?", "Hvilket kort skal vi belaste? Hele nummeret."],
             "ru": ["Номер карты?", "Какую карту привязать? Продиктуйте номер полностью."]},
}  # fmt: skip

PLAIN = {  # the customer gives a value with its cue
    "NAME": {"en": ["my name is {v}", "it's {v} here", "this is {v}", "it's booked under {v}"],
             "nl": ["mijn naam is {v}", "u spreekt met {v}", "het staat op naam van {v}"],
             "nb": ["jeg heter {v}", "navnet er {v}", "det står på {v}"],
             "ru": ["меня зовут {v}", "это {v}", "бронь на имя {v}", "ФИО: {v}"]},
    "DOB": {"en": ["my date of birth is {v}", "I was born on {v}", "DOB: {v}"],
            "nl": ["mijn geboortedatum is {v}", "ik ben geboren op {v}", "geb. {v}"],
            "nb": ["fødselsdatoen min er {v}", "jeg er født {v}", "født {v}"],
            "ru": ["дата рождения {v}", "д.р. {v}", "моя дата рождения: {v}"]},
    "PHONE": {"en": ["my mobile is {v}", "you can call me on {v}", "phone number: {v}"],
              "nl": ["mijn nummer is {v}", "u kunt me bellen op {v}", "tel: {v}"],
              "nb": ["mobilnummeret mitt er {v}", "du når meg på {v}", "tlf {v}"],
              "ru": ["мой телефон {v}", "звоните на {v}", "номер для связи {v}"]},
    "EMAIL": {"en": ["my email is {v}", "email: {v}", "send it to {v} please"],
              "nl": ["mijn e-mailadres is {v}", "mail: {v}", "stuur het maar naar {v}"],
              "nb": ["e-posten min er {v}", "e-post: {v}", "send det til {v}"],
              "ru": ["моя почта {v}", "e-mail: {v}", "пишите на {v}"]},
    "ADDRESS": {"en": ["I live at {v}", "my address is {v}", "home address: {v}"],
                "nl": ["ik woon op {v}", "mijn adres is {v}", "adres: {v}"],
                "nb": ["jeg bor i {v}", "adressen min er {v}", "adresse: {v}"],
                "ru": ["я живу по адресу {v}", "адрес: {v}", "мой адрес {v}"]},
    "CUSTNO": {"en": ["my {noun} is {v}", "{noun}: {v}"],
               "nl": ["mijn {noun} is {v}", "{noun}: {v}"],
               "nb": ["{noun} mitt er {v}", "{noun} er {v}"],
               "ru": ["{noun} {v}", "мой {noun}: {v}"]},
    "BOOKREF": {"en": ["booking reference {v}", "the booking code is {v}", "booking ref: {v}"],
                "nl": ["boekingscode {v}", "de reserveringscode is {v}"],
                "nb": ["bestillingsreferansen er {v}", "bookingnummer {v}"],
                "ru": ["код бронирования {v}", "номер брони {v}"]},
    "PASSPORT": {"en": ["passport number {v}", "my passport no. is {v}"],
                 "nl": ["paspoortnummer {v}", "mijn paspoort heeft nummer {v}"],
                 "nb": ["passnummeret er {v}", "passnr. {v}"],
                 "ru": ["паспорт {v}", "серия и номер паспорта {v}", "паспорт: {v}"]},
    "NATID": {"en": ["my NI number is {v}", "National Insurance: {v}"],
              "nl": ["mijn BSN is {v}", "burgerservicenummer: {v}"],
              "nb": ["fødselsnummeret mitt er {v}", "personnr: {v}"],
              "ru": ["СНИЛС {v}", "мой СНИЛС: {v}"]},
    "NATID_INN": {"ru": ["ИНН {v}", "мой ИНН {v}"]},
    "IBAN": {"en": ["my IBAN is {v}", "refund to IBAN {v} please"],
             "nl": ["mijn IBAN is {v}", "rekeningnummer {v}", "IBAN: {v}"],
             "nb": ["IBAN: {v}", "IBAN-en min er {v}"],
             "ru": []},
    "BANKACC": {"en": ["sort code and account: {v}", "my bank details are {v}"],
                "nl": [],
                "nb": ["kontonummeret mitt er {v}", "kontonr {v}", "betal tilbake til konto {v}"],
                "ru": ["номер счёта {v}", "мой счёт: {v}", "реквизиты: счёт {v}"]},
    "CARD": {"en": ["card number {v}", "my card is {v}"],
             "nl": ["creditcardnummer {v}", "mijn kaartnummer is {v}"],
             "nb": ["kortnummer {v}", "kortet mitt er {v}"],
             "ru": ["номер карты {v}", "карта {v}"]},
}  # fmt: skip

P = {
    "en": {
        "greet": ["Hi, you're chatting with {agent} at {company}. How can I help?",
                  "Hello and welcome to {company}! I'm {agent}, what can I do for you today?",
                  "{company}, {agent} here. How can I help?"],
        "ack": ["I can help with that. First I need to find you on our system.", "Sure, let me look into it.",
                "Sorry to hear that! Let's sort it out.", "No problem, I'll check for you."],
        "thanks": ["Thanks.", "Got it.", "Perfect, thank you.", "Lovely.", "Great, noted."],
        "hold": ["one sec, let me find it", "hang on its in my other bag", "just a mo", "wait let me check the email",
                 "sorry, looking for it now"],
        "norush": ["No rush.", "Take your time.", "Sure, I'll wait."],
        "back": ["the one on the letter?", "which one, the old or the new one?", "you mean the one from the email?"],
        "yes": ["Yes, that one.", "Yep, that's it.", "That's the one."],
        "found": ["found it", "ok got it", "right here it is"],
        "filler": ["uh ", "um ", "erm ", "ok so ", "it's ", "its "],
        "tail": ["", "", "", " i think", " x", "."],
        "side": [("sorry, quick one: how much is it all going to be?", "It's {amount} in total."),
                 ("sorry, quick q: what time do you close today?", "We're here until {time}."),
                 ("btw is {date} still ok for you?", "Yes, {date} is fine.")],
        "closeq": ["Is there anything else I can help with?", "That's all sorted. Anything else?"],
        "closec": ["no that's all, thanks!", "great, cheers", "that's it, thank you so much", "brilliant thanks"],
        "bye": ["Have a lovely day! If anything comes up, call us on {cphone}.", "Thanks for contacting {company}. Bye!",
                "You're welcome, take care!"],
        "list_travellers": ["Could you give me the name, date of birth and passport number of everyone travelling?",
                            "I'll need everyone's full name, date of birth and passport number."],
        "list_family": ["Who should I register? Names and dates of birth please.",
                        "Can you list the family members with their dates of birth?"],
        "list_names": ["Who else should be on it? Just the names is fine.", "Whose names should go on the booking?"],
        "list_accounts": ["Which {noun}s are affected?", "Could you list the {noun}s?"],
        "list_phones": ["Which numbers should we call on the day?", "Who can we ring if we can't reach you?"],
        "list_emails": ["Which email addresses should get the updates?", "Who should receive the emails?"],
        "here": ["here you go:", "sure:", "ok:", ""],
        "and": "and",
        "sheet_head": ["Name\tDOB\tPassport", "name\tdate of birth\tpassport no"],
        "sheet_head_family": ["Name\tDOB", "child\tborn"],
        "split_more": ["go on", "and the rest?", "ok..."],
        "split_oops": [" oops sent too soon", "", "", " (sorry)"],
        "fix": ["sorry typo, it's {v}", "*{v}", "no wait: {v}", "correction, {v}"],
        "split_lead": ["it's ", "", "", "ok "],
        "instead": ["i don't have that, only the order number {o}", "no idea sorry, i've got order {o} though"],
        "instead_ok": ["That works too, let me look it up.", "No problem, I can find it with that."],
        "negq": {"order": ["What's the order number?", "Which order is it about?"],
                 "invoice": ["What's the invoice number at the top?", "Which invoice is it?"],
                 "date": ["Which date would suit you?", "And which date is it for?"],
                 "dest": ["Where are you heading?", "Which destination?"],
                 "reg": ["What's the registration?", "And the reg?"],
                 "product": ["Which item number is it?", "Do you have the product code?"],
                 "case": ["Do you have the case number?", "What's the reference from our letter?"],
                 "bike": ["What's the frame number?"]},
        "addr_lead": ["", "", "to ", "home please: ", "send it to my work please: "],
        "also": ["oh and ", "also ", "btw "],
        "addr_fix": ["actually no, send it to {v}", "sorry, we've moved: {v}", "wait, use my parents' place: {v} x"],
        "thanks_name": "Cheers {first}. ",
        "spell_where": ["my email is ", "", "", "it's "],
    },
    "nl": {
        "greet": ["Goedendag, u chat met {agent} van {company}. Waarmee kan ik helpen?",
                  "Hoi! Je spreekt met {agent} van {company}, wat kan ik voor je doen?",
                  "Welkom bij {company}, ik ben {agent}. Waar gaat het over?"],
        "ack": ["Dat zoek ik voor u uit. Eerst even uw gegevens.", "Vervelend! Ik ga het voor je nakijken.",
                "Natuurlijk, ik help u graag.", "Ik kijk even mee."],
        "thanks": ["Dank u.", "Top, dank je.", "Genoteerd.", "Helemaal goed.", "Dankjewel."],
        "hold": ["momentje, even zoeken", "wacht even hoor", "ff kijke", "sec, moet de brief pakken", "even in mijn mail kijken"],
        "norush": ["Geen haast.", "Neem de tijd.", "Prima, ik wacht even."],
        "back": ["die op de brief?", "bedoelt u die uit de mail?", "de oude of de nieuwe?"],
        "yes": ["Ja, die.", "Klopt.", "Ja, precies."],
        "found": ["gevonden", "ok hier", "hebbes"],
        "filler": ["eh ", "ehm ", "uh ", "dat is ", "nou "],
        "tail": ["", "", "", " geloof ik", " denk ik", "."],
        "side": [("o ja, wat gaat het eigenlijk kosten?", "Dat komt op {amount}."),
                 ("tot hoe laat zijn jullie vandaag open?", "Tot {time}."),
                 ("kan het ook op {date}?", "Ja, {date} kan ook.")],
        "closeq": ["Kan ik verder nog iets voor u doen?", "Alles is geregeld. Verder nog iets?"],
        "closec": ["nee dat was het, bedankt!", "super, dank je", "top, fijne dag", "nee hoor, thnx"],
        "bye": ["Fijne dag! Vragen? Bel ons op {cphone}.", "Bedankt voor uw bericht aan {company}. Tot ziens!",
                "Graag gedaan, doei!"],
        "list_travellers": ["Mag ik van iedereen die meereist de naam, geboortedatum en het paspoortnummer?",
                            "Ik heb van alle reizigers naam, geboortedatum en paspoortnummer nodig."],
        "list_family": ["Wie wilt u inschrijven? Namen en geboortedata graag.", "Kunt u de gezinsleden met geboortedatum doorgeven?"],
        "list_names": ["Wie komen er nog meer op? Alleen de namen is goed.", "Op welke namen moet het?"],
        "list_accounts": ["Om welke {noun}s gaat het?", "Kunt u de {noun}s opsommen?"],
        "list_phones": ["Op welke nummers kunnen we bellen op de dag zelf?", "Wie kunnen we bellen als we u niet bereiken?"],
        "list_emails": ["Welke mailadressen moeten de updates krijgen?", "Naar wie mogen de mails?"],
        "here": ["alsjeblieft:", "hier:", "ok:", ""],
        "and": "en",
        "sheet_head": ["Naam\tGeb.datum\tPaspoort", "naam\tgeboren\tpaspoortnr"],
        "sheet_head_family": ["Naam\tGeboortedatum", "kind\tgeboren"],
        "split_more": ["ga door", "en de rest?", "ok..."],
        "split_oops": [" oeps te vroeg verstuurd", "", "", " (sorry)"],
        "fix": ["sorry typfout, het is {v}", "*{v}", "nee wacht: {v}", "correctie: {v}"],
        "split_lead": ["het is ", "", "", "ok "],
        "instead": ["dat heb ik niet, alleen bestelnummer {o}", "geen idee, wel het ordernummer {o}"],
        "instead_ok": ["Daarmee kan ik het ook vinden.", "Geen probleem, dat werkt ook."],
        "negq": {"order": ["Wat is het bestelnummer?", "Om welke bestelling gaat het?"],
                 "invoice": ["Welk factuurnummer staat erop?", "Om welke factuur gaat het?"],
                 "date": ["Welke datum wilt u?", "Voor welke datum is het?"],
                 "dest": ["Waar gaat de reis naartoe?", "Welke bestemming?"],
                 "reg": ["Wat is het kenteken?", "En het kenteken?"],
                 "product": ["Welk artikelnummer?", "Heeft u het artikelnummer?"],
                 "case": ["Heeft u het dossiernummer?", "Wat is het kenmerk uit onze brief?"],
                 "bike": ["Wat is het framenummer?"]},
        "addr_lead": ["", "", "naar ", "graag naar huis: ", "liever naar mijn werk: "],
        "also": ["o ja, ", "en ", "trouwens "],
        "addr_fix": ["nee wacht, stuur het naar {v}", "sorry, we zijn net verhuisd: {v}", "of toch naar mijn ouders: {v}"],
        "thanks_name": "Dank je wel, {first}. ",
        "spell_where": ["mijn mail is ", "", "", "het is "],
    },
    "nb": {
        "greet": ["Hei, du chatter med {agent} i {company}. Hva kan jeg hjelpe med?",
                  "Velkommen til {company}! Jeg heter {agent}, hva gjelder det?",
                  "Hei og velkommen, {agent} her fra {company}."],
        "ack": ["Det skal jeg hjelpe deg med. Først trenger jeg litt info.", "Så leit! Jeg ser på det.",
                "Selvfølgelig.", "Jeg sjekker det for deg."],
        "thanks": ["Takk.", "Flott, notert.", "Supert.", "Takk skal du ha.", "Den er grei."],
        "hold": ["et øyeblikk, må finne det", "vent litt", "skal sjekke, finner det ikek", "øyeblikk, ligger i mailen", "sekund"],
        "norush": ["Ingen hast.", "Bare ta den tiden du trenger.", "Greit, jeg venter."],
        "back": ["den som står i brevet?", "mener du den i e-posten?", "det gamle eller det nye?"],
        "yes": ["Ja, den.", "Stemmer.", "Ja, nettopp."],
        "found": ["fant det", "ok her", "sånn"],
        "filler": ["øh ", "ehm ", "det er ", "e ", "altså "],
        "tail": ["", "", "", " tror jeg", " :)", "."],
        "side": [("forresten, hva kommer det til å koste?", "Det blir {amount} totalt."),
                 ("hvor lenge har dere åpent i dag?", "Til kl. {time}."),
                 ("går det an {date} også?", "Ja, {date} går fint.")],
        "closeq": ["Er det noe mer jeg kan hjelpe med?", "Da er alt i orden. Noe annet?"],
        "closec": ["nei det var alt, takk!", "supert, takk", "flott, ha en fin dag", "nei takk :)"],
        "bye": ["Ha en fin dag! Lurer du på noe, ring {cphone}.", "Takk for at du kontaktet {company}. Ha det!",
                "Bare hyggelig, ha det bra!"],
        "list_travellers": ["Kan jeg få navn, fødselsdato og passnummer på alle som reiser?",
                            "Jeg trenger fullt navn, fødselsdato og passnummer for hver reisende."],
        "list_family": ["Hvem skal meldes på? Navn og fødselsdato, takk.", "Kan du liste opp familiemedlemmene med fødselsdato?"],
        "list_names": ["Hvem flere skal stå på? Bare navn holder.", "Hvilke navn skal stå på bestillingen?"],
        "list_accounts": ["Hvilke {noun} gjelder det?", "Kan du liste opp {noun}?"],
        "list_phones": ["Hvilke numre kan vi ringe på dagen?", "Hvem kan vi ringe hvis vi ikke når deg?"],
        "list_emails": ["Hvilke e-postadresser skal få oppdateringene?", "Hvem skal få e-postene?"],
        "here": ["værsågod:", "her:", "ok:", ""],
        "and": "og",
        "sheet_head": ["Navn\tFødt\tPass", "navn\tfødselsdato\tpassnr"],
        "sheet_head_family": ["Navn\tFødt", "barn\tfødselsdato"],
        "split_more": ["fortsett", "og resten?", "ok..."],
        "split_oops": [" ups sendte for tidlig", "", "", " (sorry)"],
        "fix": ["sorry skrivefeil, det er {v}", "*{v}", "nei vent: {v}", "rettelse: {v}"],
        "split_lead": ["det er ", "", "", "ok "],
        "instead": ["har ikke det, bare ordrenummeret {o}", "aner ikke, men ordrenr er {o}"],
        "instead_ok": ["Det går fint, jeg finner deg med det.", "Ikke noe problem."],
        "negq": {"order": ["Hva er ordrenummeret?", "Hvilken ordre gjelder det?"],
                 "invoice": ["Hva er fakturanummeret?", "Hvilken faktura gjelder det?"],
                 "date": ["Hvilken dato passer?", "Hvilken dato gjelder det?"],
                 "dest": ["Hvor skal dere?", "Hvilket reisemål?"],
                 "reg": ["Hva er registreringsnummeret?", "Og reg.nr?"],
                 "product": ["Hvilket varenummer?", "Har du varenummeret?"],
                 "case": ["Har du saksnummeret?", "Hva er referansen i brevet?"],
                 "bike": ["Hva er rammenummeret?"]},
        "addr_lead": ["", "", "til ", "hjem: ", "send det heller på jobben: "],
        "also": ["å ja, ", "og ", "forresten "],
        "addr_fix": ["nei vent, send det til {v}", "sorry, vi har nettopp flyttet: {v}", "eller til foreldrene mine: {v}"],
        "thanks_name": "Takk for praten, {first}. ",
        "spell_where": ["e-posten er ", "", "", "den er "],
    },
    "ru": {
        "greet": ["Здравствуйте! {company}, меня зовут {agent}. Чем могу помочь?",
                  "Добрый день, вас приветствует {agent}, {company}. Слушаю вас.",
                  "{company}, оператор {agent}. Чем помочь?"],
        "ack": ["Сейчас разберёмся. Сначала нужно найти вас в базе.", "Понимаю, давайте проверим.",
                "Конечно, помогу.", "Сейчас посмотрю."],
        "thanks": ["Спасибо.", "Принято.", "Отлично, спасибо.", "Хорошо.", "Зафиксировано."],
        "hold": ["секунду, сейчас найду", "минутку", "щас посмотрю", "погодите, где-то в почте было", "сек"],
        "norush": ["Не торопитесь.", "Конечно, жду.", "Хорошо, подожду."],
        "back": ["тот, что в письме?", "который в договоре?", "старый или новый?"],
        "yes": ["Да, его.", "Да, верно.", "Да."],
        "found": ["нашёл", "вот", "так, есть"],
        "filler": ["ээ ", "ну ", "это ", "так, ", "щас... "],
        "tail": ["", "", "", " вроде", " кажется", ")"],
        "side": [("а сколько это всё будет стоить?", "Итого {amount}."),
                 ("до скольки вы сегодня работаете?", "До {time}."),
                 ("а {date} можно?", "Да, {date} подходит.")],
        "closeq": ["Могу ещё чем-то помочь?", "Всё оформлено. Что-то ещё?"],
        "closec": ["нет, это всё, спасибо!", "отлично, спасибо", "всё, благодарю", "нет, спасибо)"],
        "bye": ["Хорошего дня! Если что, звоните {cphone}.", "Спасибо за обращение! До свидания!",
                "Пожалуйста, всего доброго!"],
        "list_travellers": ["Продиктуйте ФИО, дату рождения и номер паспорта каждого туриста.",
                            "Нужны имя, дата рождения и номер паспорта всех, кто едет."],
        "list_family": ["Кого записываем? Имена и даты рождения, пожалуйста.", "Перечислите членов семьи с датами рождения."],
        "list_names": ["Кого ещё вписать? Достаточно имён.", "На кого оформить?"],
        "list_accounts": ["Какие номера затронуты? ({noun})", "Перечислите, пожалуйста: {noun}, все."],
        "list_phones": ["По каким номерам звонить в день мероприятия?", "Кому звонить, если не дозвонимся до вас?"],
        "list_emails": ["На какие адреса слать уведомления?", "Кому отправлять письма?"],
        "here": ["вот:", "пишу:", "так:", ""],
        "and": "и",
        "sheet_head": ["ФИО\tДата рожд.\tПаспорт", "фио\tд.р.\tпаспорт"],
        "sheet_head_family": ["Имя\tДата рождения", "ребёнок\tд.р."],
        "split_more": ["дальше", "а остальное?", "так..."],
        "split_oops": [" ой, рано отправил{a}", "", "", " (извините)"],
        "fix": ["извините, опечатка, правильно {v}", "*{v}", "нет, стоп: {v}", "исправляю: {v}"],
        "split_lead": ["это ", "", "", "так, "],
        "instead": ["такого нет, есть только номер заказа {o}", "не знаю, есть номер заказа {o}"],
        "instead_ok": ["Подойдёт, найду по нему.", "Хорошо, этого достаточно."],
        "negq": {"order": ["Какой номер заказа?", "По какому заказу вопрос?"],
                 "invoice": ["Какой номер квитанции?", "Номер счёта на оплату какой?"],
                 "date": ["На какое число?", "На какую дату?"],
                 "dest": ["Куда едете?", "Какое направление?"],
                 "reg": ["Какой госномер?", "Номер машины?"],
                 "product": ["Какой артикул?", "Подскажите артикул товара."],
                 "case": ["Номер обращения есть?", "Какой номер заявки?"],
                 "bike": ["Номер рамы?"]},
        "addr_lead": ["", "", "вот: ", "домой: ", "лучше на работу: "],
        "also": ["и ещё: ", "кстати, ", "да, и "],
        "addr_fix": ["ой, нет, лучше сюда: {v}", "извините, мы переехали: {v}", "или к родителям: {v}"],
        "thanks_name": "Спасибо, {first}! ",
        "spell_where": ["почта ", "", "", "это "],
    },
}  # fmt: skip

AT = {
    "en": ["at", "(at)", "[at]", "at sign"],
    "nl": ["apestaart", "at", "apenstaartje", "(at)"],
    "nb": ["alfakrøll", "krøllalfa", "snabel-a", "(at)"],
    "ru": ["собака", "собачка", "эт", "(собака)"],
}
DOT = {
    "en": ["dot", "(dot)", "[dot]", "full stop"],
    "nl": ["punt", "(punt)", "punt"],
    "nb": ["punktum", "prikk", "dot"],
    "ru": ["точка", "тчк", "(точка)"],
}
PLUS = {"en": "plus", "nl": "plus", "nb": "pluss", "ru": "плюс"}
EN_SAY = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


# ---------------------------------------------------------------------------------------
# a conversation being written
# ---------------------------------------------------------------------------------------

Turn = tuple[str, list[Part]]


@dataclass
class Ctx:
    rng: random.Random
    lang: str
    sector: Sector
    first: str
    last: str
    fem: bool
    dob: tuple[int, int, int]
    agent: str
    cache: dict[str, str] = field(default_factory=dict)
    natid_sub: str = "snils"
    used: set[str] = field(default_factory=set)

    def fresh(self, options: list[str]) -> str:
        """A phrasing not used yet in this conversation, if there is one."""
        left = [o for o in options if o not in self.used] or options
        choice = self.rng.choice(left)
        self.used.add(choice)
        return choice

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    def pick(self, key: str) -> str:
        return self.rng.choice(P[self.lang][key])


def new_person(rng: random.Random, lang: str, last: str | None = None) -> tuple[str, str, bool]:
    first = rng.choice(FIRST[lang])
    fem = lang == "ru" and first in RU_FEM
    surname = last or rng.choice(LAST[lang])
    if lang == "ru":
        base = surname[:-1] if surname.endswith("а") and surname[:-1] in LAST["ru"] else surname
        surname = base + "а" if fem else base
    return first, surname, fem


def biz_address(rng: random.Random, lang: str) -> str:
    street, n = rng.choice(BUSINESS_STREETS[lang]), rng.randint(1, 90)
    town, pc = rng.choice(TOWNS[lang])
    return {
        "en": f"{n} {street}, {town} {pc}",
        "nl": f"{street} {n}, {town}",
        "nb": f"{street} {n}, {pc} {town}",
        "ru": f"г. {town}, {street}, {n}",
    }[lang]


def cached(ctx: Ctx, key: str) -> str:
    if key not in ctx.cache:
        rng, lang = ctx.rng, ctx.lang
        ctx.cache[key] = {
            "pet": lambda: rng.choice(PETS[lang]),
            "cphone": lambda: landline(rng, lang),
            "caddr": lambda: biz_address(rng, lang),
            "cacct": lambda: company_account(rng, lang),
            "reg": lambda: reg_plate(rng, lang),
            "cid": lambda: company_id(rng, lang),
            "vat": lambda: vat_number(rng, lang),
        }[key]()
    return ctx.cache[key]


def fill(ctx: Ctx, template: str, **slots: Part) -> list[Part]:
    """Split a template on {slot}; unknown slots become hard negatives of that kind."""
    out: list[Part] = []
    for piece in re.split(r"(\{[a-z_]+\})", template):
        if not piece:
            continue
        if not (piece.startswith("{") and piece.endswith("}")):
            out.append(piece)
            continue
        key = piece[1:-1]
        if key in slots:
            out.append(slots[key])
        elif key == "agent":
            out.append(E(ctx.agent, "PERSON", "plain"))
        elif key == "company":
            comp = ctx.sector.company[ctx.lang]
            out.append(N(comp, "company_name") if ctx.lang in ctx.sector.family.split() else comp)
        elif key == "a":
            out.append("а" if ctx.fem else "")
        elif key == "noun":
            out.append(ctx.sector.noun[ctx.lang])
        elif key in CACHED:
            out.append(N(cached(ctx, key), CACHED[key]))
        else:
            text, kind = neg_value(ctx.rng, ctx.lang, key)
            out.append(N(text, kind))
    return out


def resolve(lang: str, typ: str) -> str:
    if typ == "IBAN" and lang == "ru":
        return "BANKACC"
    if typ == "BANKACC" and lang == "nl":
        return "IBAN"
    return typ


def passport_text(rng: random.Random, lang: str) -> str:
    if lang == "ru" and rng.random() < 0.5:
        return f"{digits(rng, 2)} {digits(rng, 2, False)} {digits(rng, 6)}"  # internal: series and number
    return passport(rng, lang)


def iban_text(rng: random.Random, lang: str) -> str:
    if lang == "nl" and rng.random() < 0.2:
        if rng.random() < 0.5:
            v = str(
                IBAN.generate(
                    "BE",
                    bank_code=rng.choice(["539", "001", "363"]),
                    account_code=digits(rng, 7, False),
                ).formatted
            )
        else:
            v = str(
                IBAN.generate(
                    "DE",
                    bank_code=rng.choice(["37040044", "50010517"]),
                    account_code=digits(rng, 10, False),
                ).formatted
            )
    else:
        v = iban(rng, {"en": "GB", "nl": "NL", "nb": "NO"}[lang])
    return v if rng.random() < 0.8 else v.replace(" ", "")


def value(ctx: Ctx, typ: str, dob: tuple[int, int, int] | None = None) -> str:
    rng, lang = ctx.rng, ctx.lang
    if typ == "NAME":
        if lang == "ru" and rng.random() < 0.25:
            return f"{ctx.first} {rng.choice(RU_PATRONYMIC['f' if ctx.fem else 'm'])} {ctx.last}"
        return ctx.name
    if typ == "DOB":
        d, m, y = dob or ctx.dob
        return date_text(rng, lang, d, m, y)
    if typ == "PHONE":
        return phone(rng, lang)
    if typ == "EMAIL":
        return email_of(rng, lang, ctx.first, ctx.last)
    if typ == "CUSTNO":
        n = rng.choice([7, 8, 8, 9, 10])
        return rng.choice(
            [
                digits(rng, n),
                digits(rng, n),
                "00" + digits(rng, n - 2),
                f"{rng.choice('KMLC')}-{digits(rng, 6)}",
            ]
        )
    if typ == "BOOKREF":
        return booking_ref(rng)
    if typ == "PASSPORT":
        return passport_text(rng, lang)
    if typ == "NATID":
        if lang == "nl":
            v = nl_bsn(rng)
            return v if rng.random() < 0.6 else f"{v[:4]}.{v[4:6]}.{v[6:]}"
        if lang == "nb":
            v = fnr_for(rng, *(dob or ctx.dob))
            return v if rng.random() < 0.6 else f"{v[:6]} {v[6:]}"
        if lang == "ru":
            return ru_inn(rng) if ctx.natid_sub == "inn" else ru_snils(rng)
        return nino(rng)
    if typ == "IBAN":
        return iban_text(rng, lang)
    if typ == "BANKACC":
        if lang == "en":
            return f"{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)} {digits(rng, 8)}"
        if lang == "nb":
            return kontonr_text(rng)
        return ru_account(rng)
    if typ == "CARD":
        return card_number(rng, lang)
    raise ValueError(typ)


def email_of(rng: random.Random, lang: str, first: str, last: str) -> str:
    local = email_local(rng, first, last)
    return f"{'.'.join(local)}@{rng.choice(OWN_DOMAINS[lang])}"


OWN_DOMAINS = {
    "en": ["gmail.com", "outlook.com", "sky.com", "hotmail.co.uk", "proton.me"],
    "nl": ["gmail.com", "ziggo.nl", "planet.nl", "outlook.com", "home.nl"],
    "nb": ["gmail.com", "online.no", "hotmail.com", "getmail.no", "icloud.com"],
    "ru": ["mail.ru", "yandex.ru", "list.ru", "inbox.ru", "gmail.com"],
}


def email_local(rng: random.Random, first: str, last: str) -> list[str]:
    f, la = ascii_name(first), ascii_name(last)
    style = rng.randint(0, 4)
    return [[f, la], [f[0], la], [f + la[:3] + str(rng.randint(2, 98))], [la, f], [f + "_" + la]][
        style
    ]


def question(ctx: Ctx, typ: str) -> str:
    key = "NATID_INN" if typ == "NATID" and ctx.lang == "ru" and ctx.natid_sub == "inn" else typ
    return ctx.fresh(Q[key][ctx.lang]).replace("{noun}", ctx.sector.noun[ctx.lang])


def plain_template(ctx: Ctx, typ: str) -> str:
    key = "NATID_INN" if typ == "NATID" and ctx.lang == "ru" and ctx.natid_sub == "inn" else typ
    return ctx.rng.choice(PLAIN[key][ctx.lang]).replace("{noun}", ctx.sector.noun[ctx.lang])


def ask(ctx: Ctx, text: str) -> Turn:
    pre = ctx.pick("thanks") + " " if ctx.rng.random() < 0.45 else ""
    return ("agent", [pre + text])


def spell_email(rng: random.Random, lang: str, email: str) -> str:
    local, domain = email.split("@")
    at, dot = rng.choice(AT[lang]), rng.choice(DOT[lang])
    style = rng.randint(0, 3)
    if style == 0:  # every separator spelled, spaced
        return f" {dot} ".join(local.split(".")) + f" {at} " + f" {dot} ".join(domain.split("."))
    if style == 1:  # bracketed, no spaces
        at2, dot2 = rng.choice(["(at)", "[at]"]), rng.choice(["(dot)", "[dot]"])
        if lang == "nl":
            dot2 = rng.choice(["(punt)", "[punt]"])
        if lang == "ru":
            at2, dot2 = "(собака)", "(точка)"
        return dot2.join(local.split(".")) + at2 + dot2.join(domain.split("."))
    if style == 2:  # only the @ spelled
        return f"{local} {at} {domain}"
    return f" {dot} ".join(local.split(".")) + f" {at} " + domain  # dots of the name spelled


def say_digits(rng: random.Random, lang: str, v: str, mode: str) -> str:
    """A number read out: all digits as words, some of them, or English 'oh' and 'double'."""
    words = NUMBER_WORDS[lang]
    if v.startswith("+"):
        v = v[1:]
        lead = [PLUS[lang]]
    else:
        lead = []
    ds = [c for c in v if c.isalnum()]
    out: list[str] = []
    if mode == "say" and lang == "en":
        i = 0
        while i < len(ds):
            c = ds[i]
            w = EN_SAY[int(c)] if c.isdigit() else c
            if i + 1 < len(ds) and ds[i + 1] == c and c.isdigit():
                out.append(f"double {w}")
                i += 2
            else:
                out.append(w)
                i += 1
        return " ".join(lead + out)
    for c in ds:
        if c.isdigit() and (mode == "words" or rng.random() < 0.5):
            out.append(words[int(c)])
        else:
            out.append(c)
    if (
        mode == "mixed"
        and all(c.isdigit() for c in out if len(c) == 1)
        and all(len(c) == 1 for c in out)
    ):
        out[0] = words[int(out[0])] if out[0].isdigit() else out[0]
    return " ".join(lead + out)


def disguise_number(rng: random.Random, lang: str, v: str, mode: str) -> str:
    if mode == "zw":
        return with_zero_width(rng, v, rng.choice([1, 2, 3]))
    if mode == "homo":
        out = with_homoglyphs(rng, v, rng.choice([1, 2]))
        return out if out != v else with_zero_width(rng, v, 2)
    return say_digits(rng, lang, v, mode)


# ---------------------------------------------------------------------------------------
# blocks: a few turns each
# ---------------------------------------------------------------------------------------

LOWERABLE = {"NAME", "EMAIL", "BOOKREF", "PASSPORT", "IBAN", "NATID"}
BORN = {"en": "born", "nl": "geb.", "nb": "f.", "ru": "д.р."}
SPLITTABLE = {"IBAN", "BANKACC", "PHONE", "CARD", "NATID", "CUSTNO", "EMAIL", "PASSPORT", "BOOKREF"}
FIXABLE = {"IBAN", "BANKACC", "PHONE", "CARD", "NATID", "CUSTNO", "PASSPORT"}
DISGUISE_MODES = {
    "PHONE": ["words", "mixed", "say", "zw", "homo"],
    "CUSTNO": ["words", "mixed", "zw", "homo"],
    "NATID": ["words", "mixed", "zw", "homo"],
    "BANKACC": ["mixed", "zw", "homo"],
    "IBAN": ["zw", "homo"],
    "CARD": ["zw", "homo", "mixed"],
    "PASSPORT": ["homo", "zw"],
    "BOOKREF": ["homo", "zw"],
}


def cust(*parts: Part) -> Turn:
    return ("customer", [p for p in parts if p != ""])


def lowerish(rng: random.Random, typ: str, v: str, p: float = 0.4) -> str:
    return v.lower() if typ in LOWERABLE and rng.random() < p else v


def blk_bare(ctx: Ctx, typ: str, variant: int, cls: str = "bare_answer") -> list[Turn]:
    rng = ctx.rng
    v = lowerish(rng, typ, value(ctx, typ))
    filler = ctx.pick("filler") if rng.random() < 0.3 else ""
    ans = cust(filler, E(v, ENT[typ], cls), ctx.pick("tail"))
    t = [ask(ctx, question(ctx, typ))]
    if variant == 1:
        t += [cust(ctx.pick("hold")), ("agent", [ctx.pick("norush")]), ans]
    elif variant == 2 and typ in (
        "CUSTNO",
        "BOOKREF",
        "PASSPORT",
        "IBAN",
        "BANKACC",
        "CARD",
        "NATID",
    ):
        t += [cust(ctx.pick("back")), ("agent", [ctx.pick("yes")]), ans]
    elif variant == 3:
        t += side(ctx) + [ans]
    else:
        t += [ans]
    return t


def blk_bare_two(ctx: Ctx, t1: str, t2: str) -> list[Turn]:
    """Two questions at once; the answers come one by one, the second after a pause."""
    rng = ctx.rng
    v1, v2 = lowerish(rng, t1, value(ctx, t1)), lowerish(rng, t2, value(ctx, t2))
    t = [ask(ctx, question(ctx, t1) + " " + question(ctx, t2)), cust(E(v1, ENT[t1], "bare_answer"))]
    if rng.random() < 0.5:
        t += [cust(ctx.pick("hold")), ("agent", [ctx.pick("norush")])]
    return t + [cust(E(v2, ENT[t2], "bare_answer"), ctx.pick("tail"))]


def side(ctx: Ctx) -> list[Turn]:
    pairs = P[ctx.lang]["side"]
    q = ctx.fresh([q for q, _ in pairs])
    a = dict(pairs)[q]
    text, kind = neg_value(ctx.rng, ctx.lang, "date")
    d = N(text, kind)
    return [cust(*fill(ctx, q, date=d)), ("agent", fill(ctx, a, date=d))]


def blk_negq(ctx: Ctx, kind: str) -> list[Turn]:
    rng = ctx.rng
    text, nkind = (
        neg_value(rng, ctx.lang, kind) if kind not in CACHED else (cached(ctx, kind), CACHED[kind])
    )
    if kind == "reg" and rng.random() < 0.4:
        text = text.lower()
    q = ctx.fresh(P[ctx.lang]["negq"][kind])
    return [
        ask(ctx, q),
        cust(ctx.pick("filler") if rng.random() < 0.25 else "", N(text, nkind), ctx.pick("tail")),
    ]


def blk_instead(ctx: Ctx) -> list[Turn]:
    text, kind = neg_value(ctx.rng, ctx.lang, "order")
    return [
        ask(ctx, question(ctx, "CUSTNO")),
        cust(*fill(ctx, ctx.pick("instead"), o=N(text, kind))),
        ("agent", [ctx.pick("instead_ok")]),
    ]


def blk_plain(ctx: Ctx, typ: str) -> list[Turn]:
    rng = ctx.rng
    v = (
        cust_address(rng, ctx.lang, rng.choice(["plain", "nopc", "floor"]))
        if typ == "ADDRESS"
        else value(ctx, typ)
    )
    parts = fill(ctx, plain_template(ctx, typ), v=E(v, ENT[typ], "plain"))
    if rng.random() < 0.5 and typ != "ADDRESS":
        return [ask(ctx, question(ctx, typ)), cust(*parts)]
    if isinstance(parts[0], str):
        parts[0] = ctx.pick("also") + parts[0] if rng.random() < 0.6 else cap(parts[0])
    return [cust(*parts)]


def blk_address(ctx: Ctx, variant: int) -> list[Turn]:
    rng, lang = ctx.rng, ctx.lang
    mode = rng.choice(["plain", "floor", "multiline", "nopc", "abroad", "floor"])
    v = cust_address(rng, lang, mode)
    v = v.lower() if rng.random() < 0.75 else v
    t = [ask(ctx, ctx.fresh(Q["ADDRESS"][lang]))]
    ans = cust(ctx.pick("addr_lead"), E(v, "LOCATION", "address_no_cue"))
    if variant == 1:
        t += [cust(ctx.pick("hold")), ("agent", [ctx.pick("norush")]), ans]
    elif variant == 2:  # given, then replaced by another address
        v2 = cust_address(rng, lang, rng.choice(["plain", "nopc", "abroad"])).lower()
        fix = rng.choice(P[lang]["addr_fix"]).split("{v}")
        t += [ans, cust(*[x for x in (fix[0], E(v2, "LOCATION", "address_no_cue"), fix[1]) if x])]
    else:
        t += [ans]
    return t


def family_people(ctx: Ctx, n: int) -> list[tuple[str, str, tuple[int, int, int]]]:
    rng = ctx.rng
    firsts = rng.sample(KIDS[ctx.lang], n)
    out = []
    for f in firsts:
        dob = (rng.randint(1, 28), rng.randint(1, 12), rng.randint(2008, 2021))
        last = ctx.last
        if ctx.lang == "ru":
            base = ctx.last[:-1] if ctx.fem else ctx.last
            last = base + "а" if f in {"Соня", "Варя", "Алиса", "Лиза"} else base
        out.append((f, last, dob))
    return out


def adult_people(ctx: Ctx, n: int) -> list[tuple[str, str, tuple[int, int, int]]]:
    rng = ctx.rng
    out = [(ctx.first, ctx.last, ctx.dob)]
    while len(out) < n:
        same = rng.random() < 0.6
        f, la, _ = new_person(rng, ctx.lang, ctx.last if same else None)
        if f in {p[0] for p in out}:
            continue
        out.append((f, la, (rng.randint(1, 28), rng.randint(1, 12), rng.randint(1950, 2012))))
    return out


NEUTRAL_RELS = {
    "en": ["my partner", "a friend", "my colleague", "my neighbour", "my cousin"],
    "nl": ["mijn partner", "een collega", "mijn buur", "een kennis", "mijn vriend(in)"],
    "nb": ["samboeren min", "en kollega", "naboen", "en venn", "søskenbarnet mitt"],
}
RU_RELS = {
    "m": ["муж", "брат", "сын", "папа", "коллега"],
    "f": ["жена", "сестра", "дочь", "мама", "коллега"],
}


def rel_labels(rng: random.Random, lang: str, people: list, me: bool) -> list[str]:
    """How the customer names each person of a list; 'me' first when the customer is in it."""
    out: list[str] = []
    for i, (f, _, _) in enumerate(people):
        if i == 0 and me:
            out.append(RELS[lang][0])
            continue
        pool = RU_RELS["f" if f in RU_FEM else "m"] if lang == "ru" else NEUTRAL_RELS[lang]
        left = [r for r in pool if r not in out] or pool
        out.append(rng.choice(left))
    return out


def joined(items: list[list[Part]], sep: str, last_sep: str | None = None) -> list[Part]:
    out: list[Part] = []
    for i, it in enumerate(items):
        if i:
            out.append(last_sep if (last_sep and i == len(items) - 1) else sep)
        out += it
    return out


def blk_list(ctx: Ctx, kind: str) -> list[Turn]:
    rng, lang = ctx.rng, ctx.lang
    L = "list"
    low = rng.random() < 0.3
    and_ = f" {P[lang]['and']} "

    def nm(f: str, la: str) -> E:
        s = f"{f} {la}"
        return E(s.lower() if low else s, "PERSON", L)

    def dt(d: tuple[int, int, int]) -> E:
        return E(date_text(rng, lang, *d, style=rng.choice([0, 0, 2, 3])), "DATE_OF_BIRTH", L)

    head = ctx.pick("here")
    head_parts: list[Part] = [head + "\n"] if head else []
    if kind in ("travellers", "sheet"):
        people = adult_people(ctx, rng.randint(2, 4))
        if kind == "travellers" and ctx.sector.key not in (
            "ferry",
            "coach_tours",
            "hostel",
            "marina",
            "vintage_car",
        ):
            kind = "names"
        if kind != "names":
            prompt = ctx.pick("list_travellers")
            rows = [
                (
                    nm(f, la),
                    dt(d),
                    E(lowerish(rng, "PASSPORT", passport_text(rng, lang), 0.3), "PASSPORT", L),
                )
                for f, la, d in people
            ]
            layout = rng.randint(0, 4) if kind == "travellers" else 5
            if layout == 0:
                body = joined([[a, ", ", b, ", ", c] for a, b, c in rows], "\n")
            elif layout == 1:
                rels = rel_labels(rng, lang, people, me=True)
                body = joined(
                    [
                        [f"{r}: ", a, " ", b, " ", c]
                        for r, (a, b, c) in zip(rels, rows, strict=True)
                    ],
                    "\n",
                )
            elif layout == 2:
                body = joined(
                    [[f"{i}. ", a, " - ", b, " - ", c] for i, (a, b, c) in enumerate(rows, 1)], "\n"
                )
            elif layout == 3:
                body = joined([[a, " (", b, ", ", c, ")"] for a, b, c in rows], ", ", and_)
                head_parts = [head + " "] if head else []
            elif layout == 4:
                body = joined([[a, " ", b, " ", c] for a, b, c in rows], "; ")
                head_parts = [head + " "] if head else []
            else:
                hdr = rng.choice(P[lang]["sheet_head"])
                body = [hdr + "\n"] + joined([[a, "\t", b, "\t", c] for a, b, c in rows], "\n")
            return [ask(ctx, prompt), cust(*head_parts, *body)]
    if kind == "family":
        kids = family_people(ctx, rng.randint(2, 3))
        prompt = ctx.pick("list_family")
        with_id = "NATID" in ctx.sector.types and lang in ("nl", "nb") and rng.random() < 0.5
        layout = rng.randint(0, 4)
        if with_id:
            rows = []
            for f, la, d in kids:
                nid = nl_bsn(rng) if lang == "nl" else fnr_for(rng, *d)
                rows.append(
                    [
                        nm(f, la),
                        ", ",
                        dt(d),
                        ", " + ("BSN " if lang == "nl" else ""),
                        E(nid, "NATIONAL_ID", L),
                    ]
                )
            body = joined([[f"{i}. ", *r] for i, r in enumerate(rows, 1)], "\n")
        elif layout == 0:
            body = joined([[nm(f, la), " ", dt(d)] for f, la, d in kids], "\n")
        elif layout == 1:
            body = joined(
                [[E(f.lower() if low else f, "PERSON", L), " ", dt(d)] for f, _, d in kids],
                ", ",
                and_,
            )
            last = kids[0][1]
            body += [
                {"en": " (both ", "nl": " (allebei ", "nb": " (begge ", "ru": " (фамилия "}[lang],
                E(last, "PERSON", L),
                ")",
            ]
            head_parts = [head + " "] if head else []
        elif layout == 2:
            body = joined([[nm(f, la), f" {BORN[lang]} ", dt(d)] for f, la, d in kids], ", ", and_)
            head_parts = [head + " "] if head else []
        elif layout == 3:
            hdr = rng.choice(P[lang]["sheet_head_family"])
            body = [hdr + "\n"] + joined([[nm(f, la), "\t", dt(d)] for f, la, d in kids], "\n")
        else:
            body = joined(
                [[f"{i}) ", nm(f, la), " - ", dt(d)] for i, (f, la, d) in enumerate(kids, 1)], "\n"
            )
        return [ask(ctx, prompt), cust(*head_parts, *body)]
    if kind == "sheet":  # a family sheet where there is no travel
        kind = "names"
    if kind == "names":
        people = (
            adult_people(ctx, rng.randint(3, 4))[1:]
            if rng.random() < 0.5
            else adult_people(ctx, rng.randint(2, 4))
        )
        prompt = ctx.pick("list_names")
        layout = rng.randint(0, 3)
        items = [[nm(f, la)] for f, la, _ in people]
        if layout == 0:
            body = joined(items, ", ", and_)
            head_parts = [head + " "] if head else []
        elif layout == 1:
            body = joined(items, "\n")
        elif layout == 2:
            body = joined([[f"{i}. ", *it] for i, it in enumerate(items, 1)], "\n")
        else:
            others = [p for p in people if p[0] != ctx.first] or people
            rels = rel_labels(rng, lang, others, me=False)
            items = [[nm(f, la)] for f, la, _ in others]
            body = joined([[f"{r} ", *it] for r, it in zip(rels, items, strict=True)], ", ", and_)
            head_parts = [head + " "] if head else []
        return [ask(ctx, prompt), cust(*head_parts, *body)]
    if kind == "accounts":
        n = rng.randint(2, 4)
        vals = [value(ctx, "CUSTNO") for _ in range(n)]
        prompt = ctx.pick("list_accounts").replace("{noun}", ctx.sector.noun[lang])
        layout = rng.randint(0, 3)
        items = [[E(v, "CUSTOMER_NUMBER", L)] for v in vals]
        if layout == 0:
            body = joined(items, ", ", and_)
            head_parts = [head + " "] if head else []
        elif layout == 1:
            kids = family_people(ctx, n)
            body = joined(
                [[*it, " (", E(k[0], "PERSON", L), ")"] for it, k in zip(items, kids, strict=True)],
                "\n",
            )
        elif layout == 2:
            body = joined(items, " / ")
            head_parts = [head + " "] if head else []
        else:
            body = joined(items, "\n")
        return [ask(ctx, prompt), cust(*head_parts, *body)]
    if kind == "phones":
        people = adult_people(ctx, rng.randint(2, 3))
        prompt = ctx.pick("list_phones")
        layout = rng.randint(0, 2)
        if layout == 0:
            rels = [RELS[lang][0]] + rng.sample(RELS[lang][1:], len(people) - 1)
            body = joined([[f"{r}: ", E(phone(rng, lang), "PHONE_NUMBER", L)] for r in rels], "\n")
        elif layout == 1:
            body = joined(
                [
                    [E(phone(rng, lang), "PHONE_NUMBER", L), " (", E(f, "PERSON", L), ")"]
                    for f, _, _ in people
                ],
                ", ",
                and_,
            )
            head_parts = [head + " "] if head else []
        else:
            body = joined(
                [[nm(f, la), " ", E(phone(rng, lang), "PHONE_NUMBER", L)] for f, la, _ in people],
                "\n",
            )
        return [ask(ctx, prompt), cust(*head_parts, *body)]
    # emails
    people = adult_people(ctx, rng.randint(2, 3))
    prompt = ctx.pick("list_emails")
    items = [[E(email_of(rng, lang, f, la), "EMAIL_ADDRESS", L)] for f, la, _ in people]
    layout = rng.randint(0, 2)
    if layout == 0:
        body = joined(items, ", ", and_)
        head_parts = [head + " "] if head else []
    elif layout == 1:
        body = joined(items, "\n")
    else:
        body = joined(items, "; ")
        head_parts = [head + " "] if head else []
    return [ask(ctx, prompt), cust(*head_parts, *body)]


def cut(v: str, n: int, typ: str) -> list[str]:
    """Cut a value into n pieces where a person would pause (spaces, @, commas, lines)."""
    if typ == "NATID" and v.isdigit() and len(v) == 11 and n == 2:
        return [v[:6], v[6:]]  # fødselsnummer: the birth date, then the personal number
    if typ == "IBAN" and " " not in v:
        return [v[:8], v[8:]] if n == 2 else [v[:4], v[4:8], v[8:]]
    if typ == "EMAIL":
        local, dom = v.split("@")
        return (
            [local + "@", dom]
            if n == 2 or "." not in local
            else [local.split(".")[0] + ".", local.split(".", 1)[1] + "@", dom]
        )
    for sep in ("\n", ", ", " "):
        toks = v.split(sep)
        if len(toks) >= n:
            k = len(toks)
            bounds = [round(k * i / n) for i in range(n + 1)]
            return [sep.join(toks[bounds[i] : bounds[i + 1]]) for i in range(n)]
    if " " in v and n > 2:
        return cut(v, 2, typ)
    k = len(v)
    bounds = [round(k * i / n) for i in range(n + 1)]
    return [v[bounds[i] : bounds[i + 1]] for i in range(n)]


def blk_split(ctx: Ctx, typ: str, variant: str) -> list[Turn]:
    rng, lang = ctx.rng, ctx.lang
    S = "split"
    if typ == "ADDRESS":
        v = cust_address(rng, lang, rng.choice(["plain", "nopc", "floor"])).lower()
        t = [ask(ctx, ctx.fresh(Q["ADDRESS"][lang]))]
    else:
        v = value(ctx, typ)
        t = [ask(ctx, question(ctx, typ))]
    ent = ENT[typ]
    lead = ctx.pick("split_lead")
    if variant == "fix" and typ in FIXABLE:
        wrong = mistype(rng, v)
        fix = ctx.pick("fix").split("{v}")
        t.append(cust(lead, E(wrong, ent, S)))
        if rng.random() < 0.3:
            t.append(("agent", [ctx.pick("thanks")]))
        t.append(cust(*[x for x in (fix[0], E(v, ent, S), fix[1]) if x]))
        return t
    pieces = [p.strip() for p in cut(v, 3 if variant == "three" else 2, typ)]
    oops = "".join(x for x in fill(ctx, ctx.pick("split_oops")) if isinstance(x, str))
    t.append(cust(lead, E(pieces[0], ent, S), oops))
    for i, p in enumerate(pieces[1:]):
        if variant == "agent" and i == 0:
            t.append(("agent", [ctx.pick("split_more")]))
        t.append(cust(E(p, ent, S)))
    return t


def blk_disguised(ctx: Ctx, typ: str) -> list[Turn]:
    rng, lang = ctx.rng, ctx.lang
    if typ == "EMAIL":
        d = spell_email(rng, lang, email_of(rng, lang, ctx.first, ctx.last))
        lead = ctx.pick("spell_where")
    else:
        v = value(ctx, typ)
        modes = [m for m in DISGUISE_MODES[typ] if m != "say" or lang == "en"]
        mode = rng.choice(modes)
        if typ == "PASSPORT" and lang == "ru":
            mode = rng.choice(["words", "zw"])
        d = disguise_number(rng, lang, v, mode)
        lead = ctx.pick("filler") if rng.random() < 0.4 else ""
    t = [ask(ctx, question(ctx, typ))]
    if rng.random() < 0.3:
        parts = fill(ctx, plain_template(ctx, typ), v=E(d, ENT[typ], "disguised"))
        return t + [cust(*parts)]
    return t + [cust(lead, E(d, ENT[typ], "disguised"), ctx.pick("tail"))]


# ---------------------------------------------------------------------------------------
# conversations
# ---------------------------------------------------------------------------------------

LIST_TYPES = {"travellers": ("NAME", "DOB", "PASSPORT"), "sheet": ("NAME", "DOB", "PASSPORT"), "family": ("DOB",),
              "names": ("NAME",), "accounts": ("CUSTNO",), "phones": ("PHONE",), "emails": ("EMAIL",)}  # fmt: skip
ORDER_SECTORS = {"pharmacy", "bike_repair", "theatre", "coach_tours", "wine_club", "catering"}


def n_msgs(blocks: list[list[Turn]]) -> int:
    return sum(len(b) for b in blocks)


def build(rng: random.Random, lang: str, cls: str, sector: Sector) -> list[Turn]:
    first, last, fem = new_person(rng, lang)
    dob = (rng.randint(1, 28), rng.randint(1, 12), rng.randint(1948, 2004))
    ctx = Ctx(rng, lang, sector, first, last, fem, dob, rng.choice(AGENTS[lang]))
    if lang == "ru":
        ctx.natid_sub = rng.choice(["snils", "inn"])
    types: list[str] = []
    for t in sector.types:
        t = resolve(lang, t)
        if t not in types and (
            t != "NATID"
            or lang != "en"
            or sector.key in ("driving_school", "insurance", "coworking")
        ):
            types.append(t)
    head: list[Turn] = [
        ("agent", fill(ctx, ctx.pick("greet"))),
        cust(*fill(ctx, rng.choice(sector.intro[lang]))),
        ("agent", [ctx.pick("ack")]),
    ]
    main: list[list[Turn]] = []
    extra: list[list[Turn]] = []
    order = list(types)
    rng.shuffle(order)
    for rare in ("NATID", "BOOKREF"):  # the sector's own numbers come up early in most chats
        if rare in order and rng.random() < 0.6:
            order.remove(rare)
            order.insert(0, rare)

    def take(pred: object = None) -> str:
        for t in order:
            if pred is None or t in pred:  # type: ignore[operator]
                order.remove(t)
                return t
        return order.pop(0)

    if cls == "bare_answer":
        k = rng.randint(3, 4)
        for i in range(k):
            if i == k - 1 and rng.random() < 0.35 and len(order) >= 2:
                main.append(blk_bare_two(ctx, take(), take()))
            else:
                main.append(blk_bare(ctx, take(), rng.choice([0, 0, 1, 2, 3])))
    elif cls == "list":
        kinds = list(sector.lists)
        chosen = [kinds.pop(rng.randrange(len(kinds)))]
        other = [k for k in kinds if not set(LIST_TYPES[k]) & set(LIST_TYPES[chosen[0]])]
        if other and rng.random() < 0.4:
            chosen.append(rng.choice(other))
        for kind in chosen:
            main.append(blk_list(ctx, kind))
            for t in LIST_TYPES[kind]:
                if t in order and len(order) > 2:
                    order.remove(t)
    elif cls == "split":
        can = [t for t in types if t in SPLITTABLE] + ["ADDRESS"]
        for t in rng.sample(can, rng.choice([1, 2, 2])):
            if t in order:
                order.remove(t)
            main.append(
                blk_split(ctx, t, rng.choice(["two", "two", "three", "fix", "fix", "agent"]))
            )
    elif cls == "disguised":
        can = [t for t in types if t in DISGUISE_MODES]
        picks = (["EMAIL"] if rng.random() < 0.55 else []) + rng.sample(can, 2)
        for t in picks[: rng.choice([2, 2, 3])]:
            if t in order:
                order.remove(t)
            main.append(blk_disguised(ctx, t))
    elif cls == "address_no_cue":
        main.append(blk_address(ctx, rng.choice([0, 0, 1, 2])))
        if rng.random() < 0.3:
            main.append(blk_address(ctx, 0))
    else:
        for _ in range(rng.randint(3, 4)):
            main.append(blk_plain(ctx, take()))
        if rng.random() < 0.5:
            main.append(blk_plain(ctx, "ADDRESS"))
    # what else happens in the chat
    if cls != "plain":
        r = rng.random()
        if r < 0.4:
            extra.append(blk_bare(ctx, take(), rng.choice([0, 1])))
        elif r < 0.75:
            extra.append(blk_plain(ctx, take()))
        elif cls != "address_no_cue":
            extra.append(blk_address(ctx, 0))
    if sector.key in ORDER_SECTORS and rng.random() < 0.35:
        extra.append(blk_instead(ctx))
        extra.append(blk_negq(ctx, rng.choice([k for k in sector.negq if k != "order"])))
    else:
        extra.append(blk_negq(ctx, rng.choice(sector.negq)))
    if rng.random() < 0.35:
        extra.append(side(ctx))
    info: list[Turn] = [("agent", fill(ctx, rng.choice(sector.info[lang])))]
    closing: list[Turn] = [("agent", [ctx.pick("closeq")]), cust(ctx.pick("closec"))]
    bye = fill(ctx, ctx.pick("bye"))
    if rng.random() < 0.3:
        pre, post = P[lang]["thanks_name"].split("{first}")
        bye = [pre, E(first, "PERSON", "plain"), post, *bye]
    closing.append(("agent", bye))

    while len(head) + n_msgs(main) + n_msgs(extra) + 1 + len(closing) > 25 and len(extra) > 1:
        extra.pop(0)
    while len(head) + n_msgs(main) + n_msgs(extra) + 1 + len(closing) > 25 and len(main) > 1:
        main.pop()
    blocks = main + extra
    rng.shuffle(blocks)
    if cls != "plain" and main and blocks[0] is not main[0] and rng.random() < 0.5:
        blocks.remove(main[0])
        blocks.insert(0, main[0])
    blocks.insert(rng.randint(0, len(blocks)), info)
    turns = head + [t for b in blocks for t in b] + closing
    while len(turns) < 8:
        turns[-3:-3] = side(ctx)
    return turns


def generate() -> list[dict]:
    rng = random.Random(SEED)
    records: list[dict] = []
    for lang in LANGS:
        sectors: list[Sector] = []
        while len(sectors) < len(ORDER) * PER_CLASS:
            batch = list(SECTORS)
            rng.shuffle(batch)
            sectors += batch
        for i in range(len(ORDER) * PER_CLASS):
            cls = ORDER[i // PER_CLASS]
            turns = build(rng, lang, cls, sectors[i])
            records += conversation_records(f"sealed24-{lang}-{i + 1:03d}", lang, turns)
    return records


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent / "sealed24.jsonl"
    records = generate()
    errors = verify(records)
    if errors:
        print("\n".join(errors[:20]), file=sys.stderr)
        return 1
    write_jsonl(records, out)
    print(f"wrote {len(records)} messages to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
