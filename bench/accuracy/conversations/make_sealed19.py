# ruff: noqa: E501, RUF001  (hand-written phrase, name, street and town tables; Cyrillic look-alikes on purpose)
"""Write ``sealed19.jsonl``: the nineteenth blind multi-turn set (seed 20261222).

600 conversations, 150 per language (en, nl, nb, ru): 25 per language for each failure class
of issue 13 (bare_answer, list, split, disguised, address_no_cue) and 25 "plain" ones.
Eighteen sectors new to the sets; its own names, streets, towns, companies and phrasings.
Written blind: without reading privacyguard's rules, detector or the other sets.

    .venv/bin/python bench/accuracy/conversations/make_sealed19.py
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import phonenumbers
from schwifty import IBAN
from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.nl import bsn
from stdnum.no import fodselsnummer, kontonr, orgnr
from stdnum.ru import inn

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_values import (  # noqa: E402
    NUMBER_WORDS,
    ZERO_WIDTH,
    E,
    N,
    Part,
    birth_date,
    booking_ref,
    conversation_records,
    date_text,
    digits,
    digits_as_words,
    iban,
    no_fnr,
    no_kontonr,
    passport,
    phone,
    ru_account,
    ru_inn,
    ru_snils,
    travel_date,
    verify,
    with_zero_width,
    write_jsonl,
)

SEED = 20261222
OUT = Path(__file__).resolve().parent / "sealed19.jsonl"
PER_CLASS = 25
MAIN_CLASSES = ("bare_answer", "list", "split", "disguised", "address_no_cue", "plain")
LANGS = ("en", "nl", "nb", "ru")

# ---------------------------------------------------------------------------------------
# own tables: names, streets, towns, rural places, addresses abroad, mail domains
# ---------------------------------------------------------------------------------------

FIRST = {
    "en": ["Callum", "Bethany", "Declan", "Harriet", "Rhys", "Imogen", "Fraser", "Niamh", "Ewan",
           "Rosalind", "Gareth", "Tamsin", "Hamish", "Philippa", "Dominic", "Catriona", "Barnaby",
           "Esme", "Lachlan", "Morwenna"],
    "nl": ["Maarten", "Ineke", "Gijs", "Roos", "Hidde", "Marloes", "Wessel", "Jikke", "Stijn",
           "Annelies", "Floris", "Veerle", "Tijmen", "Esmee", "Reinout", "Margriet", "Lennert",
           "Sietske", "Joost", "Brechtje"],
    "nb": ["Ståle", "Gunhild", "Trygve", "Ingvild", "Eivind", "Synnøve", "Arnfinn", "Birgitte",
           "Halvard", "Torunn", "Audun", "Vilde", "Even", "Ragnfrid", "Steinar", "Oddny", "Jostein",
           "Maren", "Geir", "Liv"],
    "ru": ["Григорий", "Вера", "Тимофей", "Людмила", "Константин", "Галина", "Роман", "Дарья",
           "Евгений", "Полина", "Виктор", "Алина", "Фёдор", "Лариса", "Станислав", "Валентина",
           "Леонид", "Зоя", "Глеб", "Нина"],
}
LAST = {
    "en": ["Pritchard", "Ogilvie", "Trelawney", "Cheadle", "Fenwick", "Braithwaite", "McAllister",
           "Dunmore", "Pilkington", "Venables", "Stainforth", "Ellery", "Gorringe", "Lockhart"],
    "nl": ["Vermeulen", "Dekker", "van den Berg", "Postma", "Verhoeven", "Dijkstra", "de Graaf",
           "Boersma", "Timmermans", "van Beek", "Wouters", "Claes", "Peeters", "Schouten"],
    "nb": ["Skjelbred", "Fossum", "Rønning", "Myhre", "Engebretsen", "Kvalheim", "Sæther", "Tveit",
           "Gjerde", "Lie", "Nordby", "Vik", "Holm", "Aune"],
    "ru": ["Тарасов", "Григорьев", "Савельев", "Комаров", "Щербаков", "Ефимов", "Жуков", "Медведев",
           "Носков", "Голубев", "Карпов", "Прохоров", "Миронов", "Ильин"],
}
RU_FEM = {"Вера", "Людмила", "Галина", "Дарья", "Полина", "Алина", "Лариса", "Валентина", "Зоя", "Нина"}
AGENTS = {
    "en": ["Kirsty", "Darren", "Priya", "Owain", "Shona", "Marcus"],
    "nl": ["Mirjam", "Ruud", "Yara", "Bas", "Chantal", "Dennis"],
    "nb": ["Tuva", "Kristoffer", "Siv", "Ole", "Hanne", "Mathias"],
    "ru": ["Марина", "Антон", "Оксана", "Денис", "Кира", "Илья"],
}
STREETS = {
    "en": ["Wheatsheaf Lane", "Larkspur Drive", "Tannery Close", "Foxglove Way", "Ropewalk",
           "Saxon Street", "Heron Crescent", "Bellfield Road", "Quarry Hill", "Cobblers Row"],
    "nl": ["Populierenlaan", "Hoefsmidstraat", "Zuiderdiep", "Vlasakker", "Meidoornstraat",
           "Oude Vismarkt", "Kastanjelaan", "Sluisweg", "Boterdijk", "Spoorsingel"],
    "nb": ["Ringveien", "Myrvegen", "Tollbugata", "Lyngveien", "Kløverveien", "Sjøgata", "Bekkelia",
           "Furuveien", "Prestegårdsveien", "Eikeveien"],
    "ru": ["ул. Кирова", "ул. Островского", "пр. Победы", "ул. Лермонтова", "ул. Строителей",
           "ул. Некрасова", "Заречная ул.", "ул. Тургенева", "пер. Почтовый", "ул. Космонавтов"],
}
TOWNS = {
    "en": [("Harrogate", "HG1 2RQ"), ("Shrewsbury", "SY1 1QN"), ("Truro", "TR1 2HE"), ("Lancaster", "LA1 4XQ"),
           ("Inverness", "IV2 3HQ"), ("Swansea", "SA1 3SN"), ("Durham", "DH1 3LE"), ("Ely", "CB7 4DL")],
    "nl": [("Assen", "9401 KJ"), ("Deventer", "7411 PB"), ("Alkmaar", "1811 LR"), ("Middelburg", "4331 GK"),
           ("Venlo", "5911 AT"), ("Gouda", "2801 JG"), ("Sneek", "8601 EB"), ("Tilburg", "5038 CD")],
    "nb": [("Lillehammer", "2609"), ("Ålesund", "6002"), ("Bodø", "8006"), ("Kristiansand", "4611"),
           ("Molde", "6413"), ("Gjøvik", "2815"), ("Harstad", "9405"), ("Skien", "3717")],
    "ru": [("Ярославль", "150000"), ("Вологда", "160000"), ("Рязань", "390000"), ("Иркутск", "664003"),
           ("Калуга", "248000"), ("Псков", "180000"), ("Омск", "644099"), ("Тула", "300041")],
}
RURAL = {
    "en": ["Hollin Farm, Bank Lane, Grassington BD23 5NG", "Ivy Cottage, Low Road, Aysgarth, Leyburn DL8 3AB",
           "{no} Mill Cottages, Llanarth SA47 0NP", "The Old Forge, Kirkmichael, Blairgowrie PH10 7NS",
           "Beck House, Mungrisdale, Penrith CA11 0XR"],
    "nl": ["Veenweg {no}, 7936 TH Tiendeveen", "Noorderdijk {no}, 9969 PA Westernieland",
           "Buitenweg {no}, 4568 AB Nieuw-Namen", "Hoge Dijk {no}, 8355 CK Giethoorn"],
    "nb": ["Nordre Bakke gård, Vallsetvegen {no}, 2330 Vallset", "Øvre Lia {no}, 2680 Vågå",
           "Tynsetvegen {no}, 2560 Alvdal", "Holmvika {no}, 8400 Sortland"],
    "ru": ["Тверская обл., Кашинский р-н, с. Булатово, ул. Центральная, д. {no}",
           "Вологодская обл., д. Ивановка, ул. Полевая, д. {no}",
           "Рязанская обл., Спасский р-н, с. Ижевское, ул. Садовая, д. {no}",
           "Калужская обл., пос. Бабынино, ул. Лесная, д. {no}, кв. 2"],
}
ABROAD = {
    "en": ["Calle del Sol {no}, 29780 Nerja, Spain", "{no} Strand Road, Bray, Co. Wicklow A98 X2K4",
           "{no} rue des Lilas, 33000 Bordeaux, France", "Via Roma {no}, 55100 Lucca, Italy"],
    "nl": ["Veldstraat {no}, 9000 Gent", "Lindenstraße {no}, 47533 Kleve, Duitsland",
           "Bondgenotenlaan {no} bus 2, 3000 Leuven", "Kapelstraat {no}, 3500 Hasselt, België"],
    "nb": ["Kungsgatan {no}, 652 24 Karlstad, Sverige", "Østergade {no}, 8000 Aarhus C, Danmark",
           "Storgatan {no}, 931 30 Skellefteå, Sverige", "Calle Mayor {no}, 03502 Benidorm, Spania"],
    "ru": ["г. Минск, ул. Сурганова, д. {no}, кв. 12, Беларусь", "Алматы, пр. Абая {no}, кв 7, Казахстан",
           "Ереван, ул. Туманяна, д. {no}, кв. 31, Армения", "г. Гродно, ул. Ожешко, д. {no}, Беларусь"],
}
DOMAINS = {
    "en": ["gmail.com", "hotmail.co.uk", "sky.com", "virginmedia.com", "protonmail.com"],
    "nl": ["gmail.com", "planet.nl", "hetnet.nl", "telenet.be", "live.nl"],
    "nb": ["gmail.com", "yahoo.no", "icloud.com", "altibox.no", "broadpark.no"],
    "ru": ["mail.ru", "yandex.ru", "inbox.ru", "list.ru", "ya.ru"],
}
TRANS = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ы": "y", "э": "e",
    "ю": "yu", "я": "ya", "ь": "", "ъ": "", "ø": "o", "å": "a", "æ": "ae",
})  # fmt: skip
DESTS = {
    "en": ["Reykjavik", "Porto", "Valletta", "Split", "Seville", "Tenerife"],
    "nl": ["Ibiza", "Bonaire", "Praag", "Napels", "Rhodos", "Wenen"],
    "nb": ["Mallorca", "Praha", "Nice", "Kreta", "Budapest", "Madeira"],
    "ru": ["Анапу", "Ереван", "Баку", "Мурманск", "Владивосток", "Тбилиси"],
}
HOMO = {"0": "О", "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О",
        "P": "Р", "T": "Т", "X": "Х", "1": "l", "3": "З"}  # fmt: skip
MAIL_WORDS = {
    "en": [("at", "dot"), ("(at)", "(dot)"), ("at", "dot")],
    "nl": [("apestaart", "punt"), ("at", "punt"), ("apenstaartje", "punt")],
    "nb": [("alfakrøll", "punktum"), ("krøllalfa", "prikk"), ("snabel-a", "punktum")],
    "ru": [("собака", "точка"), ("собачка", "точка"), ("эт", "тчк")],
}
AND = {"en": "and", "nl": "en", "nb": "og", "ru": "и"}

# ---------------------------------------------------------------------------------------
# sectors: company name, customer-number term, opening reason, negative kinds, list fields
# ---------------------------------------------------------------------------------------

SECTORS = {
    "broadband": dict(
        co={"en": "Fibrelink Home", "nl": "Glasvezel Oost", "nb": "Fiberlinja", "ru": "Оптилайн Дом"},
        term={"en": "account number", "nl": "klantnummer", "nb": "kundenummer", "ru": "номер лицевого счёта"},
        why={"en": "the engineer never turned up for my installation", "nl": "de monteur is niet gekomen voor de aansluiting",
             "nb": "montøren kom aldri for å installere fiberen", "ru": "мастер так и не пришёл на подключение"},
        negs=["appointment_date", "time", "order_number", "version_number", "company_phone"], lst="accounts"),
    "mortgage": dict(
        co={"en": "Keystone Mortgage Advice", "nl": "Hypotheekhuis Noord", "nb": "Boliglånsrådet", "ru": "Ипотечный центр Гарант"},
        term={"en": "client reference", "nl": "relatienummer", "nb": "kundenummer", "ru": "номер клиента"},
        why={"en": "we want to book a mortgage advice meeting", "nl": "we willen een hypotheekgesprek inplannen",
             "nb": "vi vil bestille et møte om boliglån", "ru": "хотим записаться на консультацию по ипотеке"},
        negs=["amount", "appointment_date", "company_address", "company_id", "case_number"], lst="applicants"),
    "rail": dict(
        co={"en": "Northern Arrow Trains", "nl": "Spoorlijn Zuid", "nb": "Vestbanen Tog", "ru": "Северный экспресс"},
        term={"en": "Railcard number", "nl": "abonnementsnummer", "nb": "kundenummer", "ru": "номер карты лояльности"},
        why={"en": "my train was cancelled and I want a refund", "nl": "mijn trein viel uit en ik wil mijn geld terug",
             "nb": "toget mitt ble innstilt og jeg vil ha refusjon", "ru": "мой поезд отменили, хочу вернуть деньги"},
        negs=["travel_date", "amount", "time", "seat", "destination"], lst="travellers", booking=True),
    "hotel": dict(
        co={"en": "Harbourlight Hotels", "nl": "Stadshotels Lumen", "nb": "Fjordhotellene", "ru": "Отели Волна"},
        term={"en": "loyalty number", "nl": "Lumen-pasnummer", "nb": "medlemsnummer", "ru": "номер карты гостя"},
        why={"en": "I need to change a room reservation", "nl": "ik wil mijn reservering aanpassen",
             "nb": "jeg må endre en rombestilling", "ru": "нужно изменить бронирование номера"},
        negs=["travel_date", "room_number", "amount", "company_phone", "voucher_code"], lst="guests", booking=True),
    "baggage": dict(
        co={"en": "Skyward Air", "nl": "Noordzee Air", "nb": "Nordlys Air", "ru": "Авиалинии Сибирь"},
        term={"en": "frequent flyer number", "nl": "frequent flyer-nummer", "nb": "bonusnummer", "ru": "номер бонусной карты"},
        why={"en": "my suitcase didn't arrive", "nl": "mijn koffer is niet aangekomen",
             "nb": "kofferten min kom ikke frem", "ru": "мой чемодан не прилетел"},
        negs=["tracking_number", "case_number", "travel_date", "destination", "amount"], lst="travellers", booking=True),
    "lockers": dict(
        co={"en": "BoxPoint Lockers", "nl": "PakketKluis", "nb": "Hentebox", "ru": "ПостаМат Плюс"},
        term={"en": "customer number", "nl": "klantnummer", "nb": "kundenummer", "ru": "номер клиента"},
        why={"en": "the locker won't open with my code", "nl": "de kluis gaat niet open met mijn code",
             "nb": "skapet åpner seg ikke med koden min", "ru": "ячейка не открывается по коду"},
        negs=["tracking_number", "locker_code", "time", "order_number", "version_number"], lst="accounts"),
    "carclaim": dict(
        co={"en": "Roadshield Insurance", "nl": "AutoZeker", "nb": "Veivern Forsikring", "ru": "АвтоЩит Страхование"},
        term={"en": "policy number", "nl": "polisnummer", "nb": "polisenummer", "ru": "номер полиса"},
        why={"en": "someone reversed into my car", "nl": "iemand is achteruit tegen mijn auto gereden",
             "nb": "noen rygget inn i bilen min", "ru": "в мою машину въехали задом на парковке"},
        negs=["claim_number", "vehicle_registration", "amount", "appointment_date", "company_phone"], lst="drivers"),
    "water": dict(
        co={"en": "Dalebrook Water", "nl": "Waterbedrijf Delta", "nb": "Vannverket Midt", "ru": "Водоканал Запад"},
        term={"en": "customer reference", "nl": "klantnummer", "nb": "kundenummer", "ru": "номер лицевого счёта"},
        why={"en": "my bill has doubled", "nl": "mijn rekening is verdubbeld",
             "nb": "regningen min er doblet", "ru": "счёт вырос в два раза"},
        negs=["meter_number", "amount", "invoice_number", "company_account", "appointment_date"], lst="accounts"),
    "university": dict(
        co={"en": "Wessex University Admissions", "nl": "Hogeschool Rijnland", "nb": "Universitetet i Nordfjord", "ru": "Приёмная комиссия ВолГУ"},
        term={"en": "applicant number", "nl": "studentnummer", "nb": "søkernummer", "ru": "номер заявления абитуриента"},
        why={"en": "my application shows as incomplete", "nl": "mijn aanmelding staat op onvolledig",
             "nb": "søknaden min står som ufullstendig", "ru": "моё заявление висит как неполное"},
        negs=["course_code", "appointment_date", "case_number", "company_address", "amount"], lst="applicants"),
    "letting": dict(
        co={"en": "Cornerstone Lettings", "nl": "Verhuurmakelaar Kade", "nb": "Utleiemegleren", "ru": "Агентство Квартал"},
        term={"en": "tenant reference", "nl": "huurdersnummer", "nb": "leietakernummer", "ru": "номер договора клиента"},
        why={"en": "the boiler in our flat is broken", "nl": "de cv-ketel in ons huurhuis is kapot",
             "nb": "varmtvannsberederen i leiligheten er ødelagt", "ru": "в съёмной квартире сломался котёл"},
        negs=["property_reference", "amount", "appointment_date", "company_account", "time"], lst="tenants"),
    "conference": dict(
        co={"en": "DataSummit Europe", "nl": "Zorgcongres 2027", "nb": "Nordisk Fagkonferanse", "ru": "Форум ЦифраПро"},
        term={"en": "registration number", "nl": "registratienummer", "nb": "påmeldingsnummer", "ru": "номер регистрации"},
        why={"en": "I need to change the names on our group registration", "nl": "ik wil namen wijzigen op onze groepsaanmelding",
             "nb": "jeg må endre navn på gruppepåmeldingen vår", "ru": "нужно поменять участников в групповой регистрации"},
        negs=["invoice_number", "voucher_code", "vat_number", "time", "room_number"], lst="attendees", booking=True),
    "charity": dict(
        co={"en": "Lifeline Rivers Trust", "nl": "Stichting Schone Zee", "nb": "Redd Fjellreven", "ru": "Фонд Тёплый дом"},
        term={"en": "supporter number", "nl": "donateursnummer", "nb": "givernummer", "ru": "номер жертвователя"},
        why={"en": "I'd like to change my monthly donation", "nl": "ik wil mijn maandelijkse gift aanpassen",
             "nb": "jeg vil endre det månedlige bidraget mitt", "ru": "хочу изменить ежемесячное пожертвование"},
        negs=["amount", "company_id", "company_account", "product_code", "appointment_date"], lst="accounts"),
    "dealer": dict(
        co={"en": "Marshgate Motors", "nl": "Autobedrijf Vlietland", "nb": "Bilhuset Nord", "ru": "Автоцентр Магистраль"},
        term={"en": "customer number", "nl": "klantnummer", "nb": "kundenummer", "ru": "номер клиента"},
        why={"en": "I want to book the car in for its service", "nl": "ik wil een onderhoudsbeurt inplannen",
             "nb": "jeg vil bestille service på bilen", "ru": "хочу записать машину на ТО"},
        negs=["vehicle_registration", "appointment_date", "order_number", "product_code", "amount"], lst="drivers"),
    "optician": dict(
        co={"en": "ClearView Opticians", "nl": "Optiek Helder", "nb": "Synsstua", "ru": "Оптика Зоркий глаз"},
        term={"en": "patient number", "nl": "klantnummer", "nb": "kundenummer", "ru": "номер карты клиента"},
        why={"en": "my new glasses are not ready yet", "nl": "mijn nieuwe bril is nog niet klaar",
             "nb": "de nye brillene mine er ikke klare", "ru": "мои новые очки до сих пор не готовы"},
        negs=["appointment_date", "product_code", "amount", "time", "order_number"], lst="family"),
    "petins": dict(
        co={"en": "Pawsure Pet Insurance", "nl": "DierZeker", "nb": "Dyretrygd", "ru": "Хвостик Страхование"},
        term={"en": "policy number", "nl": "polisnummer", "nb": "avtalenummer", "ru": "номер полиса"},
        why={"en": "I'm claiming for my dog's vet bill", "nl": "ik wil de dierenartsrekening van mijn hond declareren",
             "nb": "jeg vil kreve dekning for veterinærregningen til hunden", "ru": "хочу возместить счёт из ветклиники за собаку"},
        negs=["pet_name", "claim_number", "amount", "appointment_date", "company_phone"], lst="family"),
    "tour": dict(
        co={"en": "Sunward Holidays", "nl": "Zonreizen", "nb": "Solreiser Nord", "ru": "Турфирма Горизонт"},
        term={"en": "customer number", "nl": "klantnummer", "nb": "kundenummer", "ru": "номер клиента"},
        why={"en": "we need to add passport details to our package holiday", "nl": "we moeten paspoortgegevens doorgeven voor onze pakketreis",
             "nb": "vi må legge inn passopplysninger for pakkereisen", "ru": "нужно внести паспортные данные для тура"},
        negs=["destination", "travel_date", "room_number", "amount", "voucher_code"], lst="travellers", booking=True),
    "cowork": dict(
        co={"en": "Hive Workspace", "nl": "Werkplaats 21", "nb": "Kontorfellesskapet", "ru": "Коворкинг Улей"},
        term={"en": "member number", "nl": "lidnummer", "nb": "medlemsnummer", "ru": "номер участника"},
        why={"en": "my access card stopped working", "nl": "mijn toegangspas werkt niet meer",
             "nb": "adgangskortet mitt virker ikke lenger", "ru": "перестала работать карта доступа"},
        negs=["desk_number", "invoice_number", "vat_number", "time", "version_number"], lst="members"),
    "museum": dict(
        co={"en": "Riverside Museums", "nl": "Museumvrienden Oost", "nb": "Museumsvennene", "ru": "Друзья музея Кремль"},
        term={"en": "membership number", "nl": "lidmaatschapsnummer", "nb": "medlemsnummer", "ru": "номер членской карты"},
        why={"en": "I want to renew our family membership", "nl": "ik wil ons gezinslidmaatschap verlengen",
             "nb": "jeg vil fornye familiemedlemskapet vårt", "ru": "хочу продлить семейное членство"},
        negs=["amount", "time", "appointment_date", "voucher_code", "company_address"], lst="family", booking=True),
}
SECTOR_KEYS = list(SECTORS)

# ---------------------------------------------------------------------------------------
# values
# ---------------------------------------------------------------------------------------


def person(rng: random.Random, lang: str) -> tuple[str, str]:
    first, last = rng.choice(FIRST[lang]), rng.choice(LAST[lang])
    if lang == "ru" and first in RU_FEM:
        last += "а"
    return first, last


def uk_nino(rng: random.Random) -> str:
    bad = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
    while True:
        p = rng.choice("ABCEGHJKLMNOPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if p not in bad:
            break
    d = digits(rng, 6, first_nonzero=False)
    s = rng.choice("ABCD")
    return rng.choice([f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}", f"{p}{d}{s}"])


def be_national(rng: random.Random) -> str:
    while True:
        y, m, d = rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28)
        body = f"{y % 100:02d}{m:02d}{d:02d}{rng.randint(1, 997):03d}"
        base = int(("2" if y >= 2000 else "") + body)
        v = body + f"{97 - base % 97:02d}"
        if be_nn.is_valid(v):
            return f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}"


def ru_domestic_passport(rng: random.Random) -> str:
    return f"{rng.randint(10, 99)} {rng.randint(0, 24):02d} {digits(rng, 6)}"


def card(rng: random.Random) -> str:
    body = rng.choice(["4", "51", "55"]) + digits(rng, 14 if rng.random() < 0.5 else 13, first_nonzero=False)
    body = body[:15]
    v = body + luhn.calc_check_digit(body)
    return " ".join(v[i : i + 4] for i in range(0, 16, 4))


def gb_sort_account(rng: random.Random) -> str:
    return f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)} {digits(rng, 8)}"


def be_iban(rng: random.Random) -> str:
    return str(IBAN.generate("BE", bank_code=rng.choice(["539", "001", "363", "068"]), account_code=digits(rng, 7)).formatted)


def kontonr_fmt(rng: random.Random) -> str:
    v = no_kontonr(rng)
    return rng.choice([f"{v[:4]}.{v[4:6]}.{v[6:]}", f"{v[:4]} {v[4:6]} {v[6:]}", v])


def cust_number(rng: random.Random, sector: str) -> str:
    style = rng.randint(0, 4)
    if style == 0:
        return digits(rng, 8)
    if style == 1:
        return digits(rng, 10)
    if style == 2:
        return digits(rng, 7)
    pre = {"broadband": "FL", "mortgage": "KS", "rail": "RC", "hotel": "HL", "baggage": "SW", "lockers": "BX",
           "carclaim": "POL", "water": "DW", "university": "A", "letting": "T", "conference": "REG",
           "charity": "SUP", "dealer": "MM", "optician": "P", "petins": "PW", "tour": "SH", "cowork": "HV",
           "museum": "M"}[sector]
    return f"{pre}{digits(rng, 7)}" if style == 3 else f"{pre}-{digits(rng, 6)}"


def addr(rng: random.Random, lang: str, kind: str = "town") -> str:
    if kind in ("rural", "abroad"):
        return rng.choice((RURAL if kind == "rural" else ABROAD)[lang]).replace("{no}", str(rng.randint(1, 96)))
    st = rng.choice(STREETS[lang])
    town, pc = rng.choice(TOWNS[lang])
    no = str(rng.randint(2, 188)) + rng.choice(["", "", "", "a" if lang != "ru" else "к1"])
    if lang == "en":
        return rng.choice([f"{no} {st}, {town} {pc}", f"Flat {rng.randint(1, 12)}, {no} {st}, {town}, {pc}", f"{no} {st} {town} {pc}"])
    if lang == "nl":
        return rng.choice([f"{st} {no}, {pc} {town}", f"{st} {no} {pc.replace(' ', '')} {town}", f"{st} {no}, {town}"])
    if lang == "nb":
        h = rng.choice(["", " H0201", " H0102"])
        return rng.choice([f"{st} {no}{h}, {pc} {town}", f"{st} {no} {pc} {town}", f"{st} {no}, {town}"])
    apt = rng.randint(1, 210)
    return rng.choice([f"г. {town}, {st}, д. {no}, кв. {apt}", f"{pc}, {town}, {st} {no}, кв {apt}", f"{town}, {st} {no}-{apt}"])


def email(rng: random.Random, lang: str, first: str, last: str) -> tuple[list[str], str]:
    f = first.lower().translate(TRANS)
    la = last.lower().translate(TRANS).replace(" ", "")
    style = rng.randint(0, 4)
    local = [[f, la], [f[0], la], [f + la[:3] + str(rng.randint(2, 97))], [la, f[0]], [f + "_" + la]][style]
    return local, rng.choice(DOMAINS[lang])


def national_id(rng: random.Random, lang: str) -> tuple[str, str]:
    """(value, term) of a national identity number of the customer's country."""
    if lang == "en":
        return uk_nino(rng), "National Insurance number"
    if lang == "nl":
        if rng.random() < 0.35:
            return be_national(rng), "rijksregisternummer"
        return nl_bsn_fmt(rng), "BSN"
    if lang == "nb":
        return no_fnr(rng)[0], "fødselsnummer"
    if rng.random() < 0.5:
        return ru_snils(rng), "СНИЛС"
    return ru_inn(rng), "ИНН"


def nl_bsn_fmt(rng: random.Random) -> str:
    while True:
        v = digits(rng, 9)
        if bsn.is_valid(v):
            return rng.choice([v, f"{v[:4]}.{v[4:6]}.{v[6:]}", f"{v[:3]} {v[3:6]} {v[6:]}"])


def bank(rng: random.Random, lang: str) -> tuple[str, str]:
    """(value, type) of a bank account of the customer's country."""
    if lang == "en":
        return (iban(rng, "GB"), "IBAN_CODE") if rng.random() < 0.6 else (gb_sort_account(rng), "BANK_ACCOUNT")
    if lang == "nl":
        return (be_iban(rng), "IBAN_CODE") if rng.random() < 0.25 else (iban(rng, "NL"), "IBAN_CODE")
    if lang == "nb":
        return (iban(rng, "NO"), "IBAN_CODE") if rng.random() < 0.4 else (kontonr_fmt(rng), "BANK_ACCOUNT")
    return ru_account(rng), "BANK_ACCOUNT"


def passport_no(rng: random.Random, lang: str) -> str:
    if lang == "ru" and rng.random() < 0.4:
        return ru_domestic_passport(rng)
    return passport(rng, lang)


class Who:
    """One synthetic person and their values."""

    def __init__(self, rng: random.Random, lang: str, sector: str):
        self.first, self.last = person(rng, lang)
        self.name = f"{self.first} {self.last}"
        self.dob = birth_date(rng)
        self.dob_text = date_text(rng, lang, *self.dob)
        self.phone = phone(rng, lang)
        self.local, self.domain = email(rng, lang, self.first, self.last)
        self.email = ".".join(self.local) + "@" + self.domain
        self.passport = passport_no(rng, lang)
        self.nid, self.nid_term = national_id(rng, lang)
        self.bank, self.bank_type = bank(rng, lang)
        self.cust = cust_number(rng, sector)
        self.booking = booking_ref(rng)
        self.addr = addr(rng, lang, rng.choice(["town", "town", "town", "rural", "abroad"]))

    def value(self, t: str) -> str:
        return {"PERSON": self.name, "DATE_OF_BIRTH": self.dob_text, "PHONE_NUMBER": self.phone,
                "EMAIL_ADDRESS": self.email, "PASSPORT": self.passport, "NATIONAL_ID": self.nid,
                "IBAN_CODE": self.bank, "BANK_ACCOUNT": self.bank, "CUSTOMER_NUMBER": self.cust,
                "BOOKING_REFERENCE": self.booking, "LOCATION": self.addr}[t]  # fmt: skip


# ---------------------------------------------------------------------------------------
# hard negatives
# ---------------------------------------------------------------------------------------

COMPANY_STREET = {"en": ["Unit 4, Kelvin Park, Warrington WA1 1RG", "20 Albion Quay, Leeds LS1 4DX"],
                  "nl": ["Stationsplein 9, 3811 PB Amersfoort", "Kanaalweg 140, 2903 LV Capelle aan den IJssel"],
                  "nb": ["Dronning Eufemias gate 30, 0191 Oslo", "Kanalveien 11, 5068 Bergen"],
                  "ru": ["г. Москва, ул. Новослободская, д. 23, офис 410", "г. Казань, пр. Ямашева, д. 10"]}  # fmt: skip


def neg_value(rng: random.Random, lang: str, kind: str) -> str:
    if kind in ("travel_date", "appointment_date"):
        d, m, y = travel_date(rng)
        return date_text(rng, lang, d, m, y, rng.choice([0, 1, 2]))
    if kind == "amount":
        a = rng.randint(12, 2400)
        c = rng.randint(0, 99)
        return {"en": rng.choice([f"£{a}.{c:02d}", f"£{a}"]), "nl": rng.choice([f"€ {a},{c:02d}", f"€{a}"]),
                "nb": rng.choice([f"{a} kr", f"kr {a},-"]), "ru": rng.choice([f"{a} ₽", f"{a} руб."])}[lang]
    if kind == "time":
        h, mi = rng.randint(7, 21), rng.choice([0, 15, 30, 45, 10, 50])
        return f"{h:02d}.{mi:02d}" if lang == "nb" and rng.random() < 0.5 else f"{h}:{mi:02d}"
    if kind == "order_number":
        return rng.choice(["", "ORD-", "#", "WO-"]) + digits(rng, rng.choice([7, 8, 9]))
    if kind == "invoice_number":
        return rng.choice(["INV-2026-", "F2026-", "2026/", ""]) + digits(rng, 5)
    if kind == "case_number":
        return rng.choice(["CS-", "#", "ZK", "SAK-", ""]) + digits(rng, rng.choice([6, 7, 8]))
    if kind == "claim_number":
        return rng.choice(["CLM-", "SCH-", "SK-", "У-"]) + digits(rng, 7)
    if kind == "tracking_number":
        return rng.choice([f"3SBXP{digits(rng, 9)}", f"JJD{digits(rng, 14, False)}", f"{rng.choice(['SKW', 'NZA', 'NLR', 'SIB'])}{digits(rng, 5)}"])
    if kind == "locker_code":
        return digits(rng, 6)
    if kind == "meter_number":
        return rng.choice(["W", "M-", ""]) + digits(rng, 8)
    if kind == "version_number":
        return rng.choice([f"v{rng.randint(2, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}", f"{rng.randint(1, 5)}.{rng.randint(0, 9)}.{rng.randint(10, 999)}"])
    if kind == "product_code":
        return rng.choice([f"SKU-{digits(rng, 5)}", f"{digits(rng, 5)}-{rng.choice(['BLK', 'TIT', 'GRN'])}", f"ART{digits(rng, 6)}"])
    if kind == "voucher_code":
        return rng.choice(["WELCOME15", "ZOMER20", "VINTER10", "ОСЕНЬ25", "FRIEND30", "EARLYBIRD"])
    if kind == "seat":
        return f"{rng.randint(1, 80)}{rng.choice('ABCDF')}"
    if kind == "room_number":
        return str(rng.randint(101, 740))
    if kind == "desk_number":
        return f"{rng.choice('ABCD')}-{rng.randint(1, 40)}"
    if kind == "destination":
        return rng.choice(DESTS[lang])
    if kind == "company_phone":
        return {"en": rng.choice([f"0345 {digits(rng, 3)} {digits(rng, 4, False)}", f"0800 {digits(rng, 3)} {digits(rng, 4, False)}"]),
                "nl": rng.choice([f"088 {digits(rng, 3)} {digits(rng, 4, False)}", f"0800-{digits(rng, 4)}"]),
                "nb": rng.choice([f"815 {digits(rng, 2)} {digits(rng, 3)}", f"22 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}"]),
                "ru": f"8 800 {digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 2)}"}[lang]
    if kind == "company_address":
        return rng.choice(COMPANY_STREET[lang])
    if kind == "company_account":
        return {"en": iban(rng, "GB"), "nl": iban(rng, "NL"), "nb": kontonr_fmt(rng), "ru": "40702810" + digits(rng, 12, False)}[lang]
    if kind == "vat_number":
        return {"en": f"GB {digits(rng, 3)} {digits(rng, 4)} {digits(rng, 2)}", "nl": f"NL{digits(rng, 9)}B01",
                "nb": f"NO {company_orgnr(rng)} MVA", "ru": digits(rng, 10)}[lang]
    if kind == "company_id":
        return {"en": f"0{digits(rng, 7)}", "nl": digits(rng, 8), "nb": company_orgnr(rng), "ru": "1" + digits(rng, 12)}[lang]
    if kind == "vehicle_registration":
        return {"en": f"{rng.choice(['YK', 'LV', 'SN'])}{rng.randint(16, 24)} {rng.choice(['ZPL', 'HFR', 'OXD'])}",
                "nl": f"{rng.choice(['GZ', 'KT', 'TR'])}-{rng.randint(100, 999)}-{rng.choice('BDFHJ')}",
                "nb": f"{rng.choice(['EL', 'DN', 'VH'])} {rng.randint(10000, 99999)}",
                "ru": f"{rng.choice(['А', 'В', 'К'])}{rng.randint(100, 999)}{rng.choice(['ВС', 'МО', 'ТХ'])} {rng.choice(['77', '76', '150'])}"}[lang]
    if kind == "course_code":
        return rng.choice(["ECON-BSC-27", "CHEM101", "LAW4021", "MED-2027-A"])
    if kind == "property_reference":
        return f"{rng.choice(['LET', 'OBJ', 'UL', 'КВ'])}-{digits(rng, 4)}"
    if kind == "pet_name":
        return rng.choice({"en": ["Biscuit", "Marmite", "Pickle"], "nl": ["Bolletje", "Sproet", "Kees"],
                           "nb": ["Trofast", "Bamse", "Pjokken"], "ru": ["Бублик", "Шарик", "Тузик"]}[lang])
    raise ValueError(kind)


def company_orgnr(rng: random.Random) -> str:
    while True:
        v = "9" + digits(rng, 8, False)
        if orgnr.is_valid(v):
            return v


NEG_SENT = {  # agent (a) or customer (c) sentences carrying a negative {n}
    "en": {
        "appointment_date": ("a", "The next free slot is {n}, would that suit?"), "travel_date": ("c", "It's about the trip on {n}."),
        "time": ("a", "Our team can call you back at {n}."), "order_number": ("c", "The order number on the email is {n}."),
        "version_number": ("a", "Your app is on version {n}, which is fine."), "company_phone": ("a", "If we get cut off, our line is {n}."),
        "amount": ("c", "It came to {n} in the end."), "company_address": ("a", "Post can go to our office at {n}."),
        "company_id": ("a", "For the record we are registered at Companies House under {n}."), "case_number": ("a", "I've logged this as case {n}."),
        "seat": ("c", "I was sat in seat {n}."), "destination": ("c", "It's the trip to {n}."), "room_number": ("c", "We were given room {n} last time."),
        "voucher_code": ("c", "I also have the code {n} from your newsletter."), "tracking_number": ("a", "The reference for it is {n}."),
        "locker_code": ("c", "The pickup code in the text was {n}."), "claim_number": ("a", "Your claim reference is {n}."),
        "vehicle_registration": ("c", "The car is {n}."), "meter_number": ("a", "The meter on our records is {n}."),
        "invoice_number": ("c", "The invoice says {n} at the top."), "company_account": ("a", "Payments go to our account {n}."),
        "course_code": ("c", "I applied for {n}."), "property_reference": ("a", "The property is listed as {n}."),
        "vat_number": ("a", "Our VAT number, for your finance team, is {n}."), "product_code": ("c", "The item code was {n}."),
        "desk_number": ("c", "I normally sit at desk {n}."), "pet_name": ("c", "She's called {n}, a springer spaniel."),
    },
    "nl": {
        "appointment_date": ("a", "De eerstvolgende afspraak kan op {n}, schikt dat?"), "travel_date": ("c", "Het gaat om de reis van {n}."),
        "time": ("a", "We bellen u terug om {n}."), "order_number": ("c", "Het ordernummer in de mail is {n}."),
        "version_number": ("a", "Uw app draait op versie {n}, dat is goed."), "company_phone": ("a", "Mocht de chat wegvallen: ons nummer is {n}."),
        "amount": ("c", "Het ging om {n}."), "company_address": ("a", "Post kan naar ons kantoor, {n}."),
        "company_id": ("a", "Wij staan in het handelsregister onder KvK {n}."), "case_number": ("a", "Ik heb er een dossier van gemaakt: {n}."),
        "seat": ("c", "Ik zat op stoel {n}."), "destination": ("c", "Het gaat om de reis naar {n}."), "room_number": ("c", "Vorige keer hadden we kamer {n}."),
        "voucher_code": ("c", "Ik heb ook nog de kortingscode {n}."), "tracking_number": ("a", "Het volgnummer is {n}."),
        "locker_code": ("c", "De ophaalcode in de sms was {n}."), "claim_number": ("a", "Uw schadenummer is {n}."),
        "vehicle_registration": ("c", "Het kenteken is {n}."), "meter_number": ("a", "Het meternummer bij ons is {n}."),
        "invoice_number": ("c", "Bovenaan de factuur staat {n}."), "company_account": ("a", "Betalen kan op onze rekening {n}."),
        "course_code": ("c", "Ik heb me aangemeld voor {n}."), "property_reference": ("a", "De woning staat bij ons als {n}."),
        "vat_number": ("a", "Ons btw-nummer voor uw administratie is {n}."), "product_code": ("c", "Het artikelnummer was {n}."),
        "desk_number": ("c", "Ik zit meestal aan werkplek {n}."), "pet_name": ("c", "Ze heet {n}, een labrador."),
    },
    "nb": {
        "appointment_date": ("a", "Første ledige time er {n}, passer det?"), "travel_date": ("c", "Det gjelder reisen {n}."),
        "time": ("a", "Vi kan ringe deg tilbake kl. {n}."), "order_number": ("c", "Ordrenummeret i e-posten er {n}."),
        "version_number": ("a", "Appen din har versjon {n}, det er greit."), "company_phone": ("a", "Hvis chatten faller ut, ring oss på {n}."),
        "amount": ("c", "Det ble {n} til sammen."), "company_address": ("a", "Post kan sendes til kontoret vårt, {n}."),
        "company_id": ("a", "Vi har org.nr. {n}."), "case_number": ("a", "Jeg har opprettet sak {n}."),
        "seat": ("c", "Jeg satt på sete {n}."), "destination": ("c", "Det gjelder turen til {n}."), "room_number": ("c", "Sist fikk vi rom {n}."),
        "voucher_code": ("c", "Jeg har også rabattkoden {n}."), "tracking_number": ("a", "Sporingsnummeret er {n}."),
        "locker_code": ("c", "Hentekoden på sms var {n}."), "claim_number": ("a", "Skadenummeret ditt er {n}."),
        "vehicle_registration": ("c", "Bilen har skilt {n}."), "meter_number": ("a", "Måleren vi har registrert er {n}."),
        "invoice_number": ("c", "Fakturanummeret er {n}."), "company_account": ("a", "Betaling til kontoen vår {n}."),
        "course_code": ("c", "Jeg søkte på {n}."), "property_reference": ("a", "Boligen står som {n} hos oss."),
        "vat_number": ("a", "Vårt MVA-nummer til regnskapet er {n}."), "product_code": ("c", "Varenummeret var {n}."),
        "desk_number": ("c", "Jeg sitter vanligvis på plass {n}."), "pet_name": ("c", "Hun heter {n}, en border collie."),
    },
    "ru": {
        "appointment_date": ("a", "Ближайшая свободная дата {n}, подойдёт?"), "travel_date": ("c", "Речь о поездке {n}."),
        "time": ("a", "Мы перезвоним вам в {n}."), "order_number": ("c", "Номер заказа в письме {n}."),
        "version_number": ("a", "У вас версия приложения {n}, это нормально."), "company_phone": ("a", "Если чат оборвётся, наш телефон {n}."),
        "amount": ("c", "Вышло {n}."), "company_address": ("a", "Документы можно прислать в наш офис: {n}."),
        "company_id": ("a", "Наш ОГРН для документов {n}."), "case_number": ("a", "Я завела обращение {n}."),
        "seat": ("c", "У меня было место {n}."), "destination": ("c", "Это поездка в {n}."), "room_number": ("c", "В прошлый раз у нас был номер {n}."),
        "voucher_code": ("c", "Ещё у меня есть промокод {n}."), "tracking_number": ("a", "Трек-номер {n}."),
        "locker_code": ("c", "Код получения в смс был {n}."), "claim_number": ("a", "Номер убытка {n}."),
        "vehicle_registration": ("c", "Госномер машины {n}."), "meter_number": ("a", "Номер счётчика у нас {n}."),
        "invoice_number": ("c", "Номер счёта на оплату {n}."), "company_account": ("a", "Оплата на наш расчётный счёт {n}."),
        "course_code": ("c", "Я подавал на программу {n}."), "property_reference": ("a", "Квартира у нас числится как {n}."),
        "vat_number": ("a", "Наш ИНН для бухгалтерии {n}."), "product_code": ("c", "Артикул был {n}."),
        "desk_number": ("c", "Обычно я сижу за столом {n}."), "pet_name": ("c", "Её зовут {n}, это спаниель."),
    },
}  # fmt: skip

# ---------------------------------------------------------------------------------------
# phrases
# ---------------------------------------------------------------------------------------

P = {
    "en": {
        "greet": ["Hi, you're through to {co}, this is {agent}. How can I help?", "Good morning, {agent} from {co} here. What can I do for you?",
                  "hiya, {agent} at {co} 👋 what's up?"],
        "bot": ["Hi! I'm the {co} virtual assistant. I'll pass you to a colleague.", "Welcome to {co} chat. Connecting you to an adviser…"],
        "handover": ["Hello, {agent} here, I've read your message.", "Hi, my name is {agent}, I'll take it from here."],
        "open": ["Hi, {why}.", "hello, {why} and nobody has called me back", "Evening. Basically {why}."],
        "intro": ["This is {v} by the way.", "My name is {v}.", "It's {v} here."],
        "hold": ["one sec, let me find it", "hang on, it's in my emails somewhere", "just a moment please", "give me a minute, looking for the letter"],
        "hold_ok": ["No rush.", "Of course, take your time.", "Sure thing."],
        "back": ["the one on the letter?", "is that the long number on the card?", "you mean the one in the confirmation email?"],
        "yes": ["Yes, that one.", "That's right.", "Yep, that's the one."],
        "thanks": ["Thank you, one moment while I check.", "Lovely, thanks.", "Got it, thanks.", "Thanks, that's found you."],
        "wrong_order": "That looks like an order or invoice number I'm afraid, I need your {term}.",
        "wrong_date": "Sorry, I meant your own date of birth, not the date of the appointment.",
        "close_c": ["great, thanks for your help", "ok cheers", "Brilliant, thank you!", "thanks, bye"],
        "close_a": ["You're welcome, have a good day.", "Anything else I can help with?", "Thanks for contacting {co}."],
        "filler_c": ["ok", "right", "fine by me", "sounds good", "sorry for the long messages lol", "it's been a week already tbh"],
        "filler_a": ["I understand, let me have a look.", "Thanks for your patience.", "Bear with me a moment.", "I'm just updating the system."],
        "Q": {
            "CUSTOMER_NUMBER": ["Could you give me your {term}, please?", "what's your {term}?", "Please enter your {term}."],
            "BOOKING_REFERENCE": ["What's the booking reference?", "Do you have the six-character booking code?", "Please type your booking reference."],
            "PASSPORT": ["And the passport number?", "Could I take the passport number of the lead traveller?", "What's the number on your passport?"],
            "DATE_OF_BIRTH": ["Can you confirm your date of birth?", "and your DOB?", "For security, what's your date of birth?"],
            "PHONE_NUMBER": ["What's the best number to reach you on?", "Which mobile number should we text?", "Could I take a contact number?"],
            "EMAIL_ADDRESS": ["What email address should we use?", "Which email is the account under?", "Where shall I send the confirmation email?"],
            "PERSON": ["Who am I speaking with?", "Can I take your full name?", "And the name of the account holder?"],
            "NATIONAL_ID": ["I also need your {nid}, please.", "Can you give me your {nid}?", "What is your {nid}?"],
            "IBAN_CODE": ["Which account should the refund go to?", "Can I take the bank details for the payment?", "What are the account details?"],
            "BANK_ACCOUNT": ["Which account should the refund go to?", "Can I take the bank details for the payment?", "What are the account details?"],
            "LOCATION": ["Where should we send it?", "What address shall we post it to?", "where do you want it delivered?", "Where should the letter go?"],
        },
        "C": {
            "CUSTOMER_NUMBER": ["my {term} is {v}", "{term}: {v}"], "BOOKING_REFERENCE": ["booking ref is {v}", "The booking reference is {v}."],
            "PASSPORT": ["passport number {v}", "My passport no. is {v}."], "DATE_OF_BIRTH": ["I was born on {v}", "date of birth {v}"],
            "PHONE_NUMBER": ["you can ring me on {v}", "my mobile is {v}"], "EMAIL_ADDRESS": ["my email is {v}", "email me at {v}"],
            "PERSON": ["my name's {v}", "the account is in the name of {v}"], "NATIONAL_ID": ["my {nid} is {v}", "{nid}: {v}"],
            "IBAN_CODE": ["my IBAN is {v}", "IBAN {v}"], "BANK_ACCOUNT": ["sort code and account: {v}", "my account is {v}"],
            "LOCATION": ["I live at {v}", "my address is {v}"],
        },
        "list_ask": {"travellers": "Please list everyone travelling: name, date of birth and passport number.",
                     "guests": "Could you give me the names and dates of birth of all guests, and a passport number each?",
                     "applicants": "I need the name, date of birth and {nid} for each applicant.",
                     "tenants": "Please send the name, phone number and email of every tenant.",
                     "attendees": "Send me the new attendees with their email and phone, please.",
                     "members": "Who else should get a card? Name, email and phone please.",
                     "drivers": "Please list all named drivers with their dates of birth.",
                     "family": "Who's on the policy/membership? Names and dates of birth please.",
                     "accounts": "Which accounts is this about? You can list the {term}s."},
        "list_more": ["oh and also", "forgot one:", "and the last one"],
        "split_more": ["sorry pressed enter too early", "", "the rest:"], "correct": ["sorry typo, it's {v}", "no wait, {v}", "correction: {v}"],
    },
    "nl": {
        "greet": ["Goedemiddag, u spreekt met {agent} van {co}. Waarmee kan ik u helpen?", "Hoi! Je chat met {agent} van {co}, wat kan ik voor je doen?",
                  "Goedemorgen, {agent} hier namens {co}."],
        "bot": ["Hallo! Ik ben de digitale assistent van {co}. Ik verbind je door met een medewerker.", "Welkom bij {co}. Een moment, er komt een collega bij."],
        "handover": ["Hallo, met {agent}, ik neem het over.", "Goedendag, {agent} hier, ik heb uw bericht gelezen."],
        "open": ["Hallo, {why}.", "goedemiddag, {why} en niemand belt terug", "Hoi, {why}, kunnen jullie helpen?"],
        "intro": ["U spreekt met {v}.", "Mijn naam is {v}.", "Met {v} hier."],
        "hold": ["momentje, even zoeken", "ff kijken waar die brief is", "een ogenblik alstublieft", "wacht even, het staat in mijn mail"],
        "hold_ok": ["Geen probleem.", "Neem gerust de tijd.", "Prima, ik wacht."],
        "back": ["die op de brief?", "bedoelt u het nummer op de pas?", "het nummer uit de bevestigingsmail?"],
        "yes": ["Ja, precies die.", "Klopt.", "Ja, dat is hem."],
        "thanks": ["Dank u, ik kijk het even na.", "Top, bedankt.", "Dank je, ik heb je gevonden.", "Helder, dank u."],
        "wrong_order": "Dat lijkt een order- of factuurnummer, ik heb uw {term} nodig.",
        "wrong_date": "Excuus, ik bedoelde uw eigen geboortedatum, niet de datum van de afspraak.",
        "close_c": ["top, bedankt!", "ok dank je wel", "Fijn, dank u voor de hulp.", "doei"],
        "close_a": ["Graag gedaan, fijne dag nog.", "Kan ik verder nog iets voor u doen?", "Bedankt voor het contact met {co}."],
        "filler_c": ["ok", "prima", "is goed", "klinkt goed", "sorry voor de lange berichten", "het loopt al een week hoor"],
        "filler_a": ["Ik begrijp het, ik zoek het even uit.", "Dank voor uw geduld.", "Een moment alstublieft.", "Ik pas het even aan in het systeem."],
        "Q": {
            "CUSTOMER_NUMBER": ["Mag ik uw {term}?", "wat is je {term}?", "Voer uw {term} in, alstublieft."],
            "BOOKING_REFERENCE": ["Wat is de boekingscode?", "Heeft u de reserveringscode van zes tekens?", "Typ je boekingsnummer maar even."],
            "PASSPORT": ["En het paspoortnummer?", "Mag ik het documentnummer van het paspoort?", "Wat is het nummer van je paspoort?"],
            "DATE_OF_BIRTH": ["Kunt u uw geboortedatum bevestigen?", "en je geboortedatum?", "Wat is uw geboortedatum, ter controle?"],
            "PHONE_NUMBER": ["Op welk nummer kunnen we u bereiken?", "Welk mobiel nummer mogen we sms'en?", "Wat is je telefoonnummer?"],
            "EMAIL_ADDRESS": ["Welk e-mailadres zullen we gebruiken?", "Op welk mailadres staat het account?", "Waar mag de bevestiging heen gemaild worden?"],
            "PERSON": ["Met wie spreek ik?", "Mag ik uw volledige naam?", "Op wiens naam staat het?"],
            "NATIONAL_ID": ["Ik heb ook uw {nid} nodig.", "Kunt u uw {nid} doorgeven?", "Wat is je {nid}?"],
            "IBAN_CODE": ["Op welke rekening mogen we het terugstorten?", "Wat is uw rekeningnummer?", "Naar welk IBAN moet het geld?"],
            "BANK_ACCOUNT": ["Op welke rekening mogen we het terugstorten?", "Wat is uw rekeningnummer?", "Naar welke rekening moet het geld?"],
            "LOCATION": ["Waar mogen we het naartoe sturen?", "Naar welk adres moet het?", "waar moet het heen?", "Waar kunnen we de brief naartoe sturen?"],
        },
        "C": {
            "CUSTOMER_NUMBER": ["mijn {term} is {v}", "{term}: {v}"], "BOOKING_REFERENCE": ["boekingscode {v}", "Mijn reserveringscode is {v}."],
            "PASSPORT": ["paspoortnummer {v}", "Mijn paspoort heeft nummer {v}."], "DATE_OF_BIRTH": ["ik ben geboren op {v}", "geboortedatum {v}"],
            "PHONE_NUMBER": ["bel me op {v}", "mijn mobiel is {v}"], "EMAIL_ADDRESS": ["mijn mail is {v}", "mailen naar {v}"],
            "PERSON": ["mijn naam is {v}", "het staat op naam van {v}"], "NATIONAL_ID": ["mijn {nid} is {v}", "{nid}: {v}"],
            "IBAN_CODE": ["mijn IBAN is {v}", "rekeningnummer {v}"], "BANK_ACCOUNT": ["rekening {v}", "mijn rekeningnummer is {v}"],
            "LOCATION": ["ik woon op {v}", "mijn adres is {v}"],
        },
        "list_ask": {"travellers": "Geef alle reizigers door: naam, geboortedatum en paspoortnummer.",
                     "guests": "Mag ik de namen en geboortedata van alle gasten, met elk een paspoortnummer?",
                     "applicants": "Ik heb per aanvrager de naam, geboortedatum en {nid} nodig.",
                     "tenants": "Stuur de naam, telefoon en e-mail van alle huurders, graag.",
                     "attendees": "Stuur me de nieuwe deelnemers met e-mail en telefoonnummer.",
                     "members": "Wie krijgt er nog een pas? Naam, e-mail en telefoon graag.",
                     "drivers": "Noem alle bestuurders met hun geboortedatum.",
                     "family": "Wie staan er op de polis/het lidmaatschap? Namen en geboortedata graag.",
                     "accounts": "Om welke aansluitingen gaat het? Noem de {term}s maar."},
        "list_more": ["o ja en ook", "vergeten:", "en de laatste"],
        "split_more": ["sorry, te vroeg op enter", "", "de rest:"], "correct": ["sorry typfout, het is {v}", "nee wacht, {v}", "verbetering: {v}"],
    },
    "nb": {
        "greet": ["Hei, du snakker med {agent} i {co}. Hva kan jeg hjelpe med?", "God morgen, {agent} fra {co} her.", "Hei hei! {agent} i {co} 🙂 hva gjelder det?"],
        "bot": ["Hei! Jeg er den digitale assistenten til {co}. Jeg setter deg over til en rådgiver.", "Velkommen til {co}. Et øyeblikk, en kollega kommer."],
        "handover": ["Hei, {agent} her, jeg tar over.", "Hei, jeg heter {agent} og har lest meldingen din."],
        "open": ["Hei, {why}.", "hei, {why} og ingen har ringt meg tilbake", "God kveld. Saken er at {why}."],
        "intro": ["Det er {v} som skriver.", "Jeg heter {v}.", "Dette er {v}."],
        "hold": ["et øyeblikk, må finne det", "vent litt, det står i en e-post", "to sek", "øyeblikk, leter etter brevet"],
        "hold_ok": ["Ingen hast.", "Bare ta den tiden du trenger.", "Helt greit."],
        "back": ["det som står på brevet?", "mener du nummeret på kortet?", "det i bekreftelsen på e-post?"],
        "yes": ["Ja, det stemmer.", "Ja, det.", "Riktig."],
        "thanks": ["Takk, jeg sjekker.", "Supert, takk.", "Takk, da fant jeg deg.", "Flott."],
        "wrong_order": "Det ser ut som et ordre- eller fakturanummer, jeg trenger {term}et ditt.",
        "wrong_date": "Beklager, jeg mente din egen fødselsdato, ikke datoen for timen.",
        "close_c": ["tusen takk for hjelpen", "ok takk", "Flott, takk skal du ha!", "ha det"],
        "close_a": ["Bare hyggelig, ha en fin dag.", "Er det noe mer jeg kan hjelpe med?", "Takk for at du kontaktet {co}."],
        "filler_c": ["ok", "greit", "det passer fint", "høres bra ut", "sorry for lange meldinger", "det har vart en uke nå altså"],
        "filler_a": ["Jeg forstår, jeg ser på det.", "Takk for tålmodigheten.", "Et lite øyeblikk.", "Jeg oppdaterer saken nå."],
        "Q": {
            "CUSTOMER_NUMBER": ["Kan jeg få {term}et ditt?", "hva er {term}et?", "Skriv inn {term}et ditt, takk."],
            "BOOKING_REFERENCE": ["Hva er bestillingsreferansen?", "Har du bookingkoden på seks tegn?", "Skriv inn referansenummeret på bestillingen."],
            "PASSPORT": ["Og passnummeret?", "Kan jeg få passnummeret til hovedreisende?", "Hva er nummeret i passet ditt?"],
            "DATE_OF_BIRTH": ["Kan du bekrefte fødselsdatoen din?", "og fødselsdato?", "Hva er fødselsdatoen din, for sikkerhets skyld?"],
            "PHONE_NUMBER": ["Hvilket nummer kan vi nå deg på?", "Hvilket mobilnummer skal vi sende sms til?", "Hva er telefonnummeret ditt?"],
            "EMAIL_ADDRESS": ["Hvilken e-postadresse skal vi bruke?", "Hvilken e-post er kontoen registrert på?", "Hvor skal bekreftelsen sendes på e-post?"],
            "PERSON": ["Hvem snakker jeg med?", "Kan jeg få fullt navn?", "Hvem står som kontoinnehaver?"],
            "NATIONAL_ID": ["Jeg trenger også {nid}et ditt.", "Kan du oppgi {nid}et?", "Hva er {nid}et ditt?"],
            "IBAN_CODE": ["Hvilken konto skal pengene tilbake til?", "Kan jeg få kontonummeret?", "Hvilket kontonummer skal vi bruke?"],
            "BANK_ACCOUNT": ["Hvilken konto skal pengene tilbake til?", "Kan jeg få kontonummeret?", "Hvilket kontonummer skal vi bruke?"],
            "LOCATION": ["Hvor skal vi sende det?", "Hvilken adresse skal det sendes til?", "hvor vil du ha det levert?", "Hvor skal brevet sendes?"],
        },
        "C": {
            "CUSTOMER_NUMBER": ["{term}et mitt er {v}", "{term}: {v}"], "BOOKING_REFERENCE": ["bookingkoden er {v}", "Referansen er {v}."],
            "PASSPORT": ["passnummer {v}", "Passet mitt har nummer {v}."], "DATE_OF_BIRTH": ["jeg er født {v}", "fødselsdato {v}"],
            "PHONE_NUMBER": ["ring meg på {v}", "mobilen min er {v}"], "EMAIL_ADDRESS": ["e-posten min er {v}", "send til {v}"],
            "PERSON": ["jeg heter {v}", "kontoen står på {v}"], "NATIONAL_ID": ["{nid}et mitt er {v}", "{nid}: {v}"],
            "IBAN_CODE": ["IBAN-en min er {v}", "IBAN {v}"], "BANK_ACCOUNT": ["kontonummer {v}", "kontoen min er {v}"],
            "LOCATION": ["jeg bor i {v}", "adressen min er {v}"],
        },
        "list_ask": {"travellers": "Send navn, fødselsdato og passnummer for alle som reiser.",
                     "guests": "Kan jeg få navn og fødselsdato på alle gjestene, og ett passnummer hver?",
                     "applicants": "Jeg trenger navn, fødselsdato og {nid} for hver søker.",
                     "tenants": "Send navn, telefon og e-post til alle leietakerne.",
                     "attendees": "Send meg de nye deltakerne med e-post og telefon.",
                     "members": "Hvem skal ha kort i tillegg? Navn, e-post og telefon.",
                     "drivers": "List opp alle førere med fødselsdato.",
                     "family": "Hvem står på avtalen/medlemskapet? Navn og fødselsdatoer, takk.",
                     "accounts": "Hvilke avtaler gjelder det? Du kan liste opp numrene."},
        "list_more": ["å ja, og", "glemte en:", "og den siste"],
        "split_more": ["sorry, trykket enter for tidlig", "", "resten:"], "correct": ["sorry, skrivefeil, det er {v}", "nei vent, {v}", "rettelse: {v}"],
    },
    "ru": {
        "greet": ["Здравствуйте! Вас приветствует {co}, меня зовут {agent}. Чем могу помочь?", "Добрый день, это {agent}, {co}.", "Привет! На связи {agent} из {co} 🙂"],
        "bot": ["Здравствуйте! Я виртуальный помощник {co}. Перевожу вас на оператора.", "Добро пожаловать в чат {co}. Подключаем специалиста…"],
        "handover": ["Здравствуйте, меня зовут {agent}, я продолжу.", "Добрый день, {agent} на связи, прочитала ваше сообщение."],
        "open": ["Здравствуйте, {why}.", "добрый вечер, {why}, и никто не перезвонил", "Привет, {why}, помогите пожалуйста"],
        "intro": ["Меня зовут {v}.", "Это {v}.", "Пишет {v}."],
        "hold": ["секунду, сейчас найду", "минутку, письмо где-то в почте", "подождите пожалуйста", "щас посмотрю"],
        "hold_ok": ["Конечно, не торопитесь.", "Жду.", "Хорошо."],
        "back": ["тот, что в письме?", "это номер на карте?", "который в подтверждении на почту?"],
        "yes": ["Да, он.", "Верно.", "Да, именно."],
        "thanks": ["Спасибо, проверяю.", "Отлично, спасибо.", "Спасибо, нашла вас.", "Принято."],
        "wrong_order": "Это похоже на номер заказа или счёта, а мне нужен {term}.",
        "wrong_date": "Простите, я имела в виду вашу дату рождения, а не дату записи.",
        "close_c": ["спасибо большое", "ок спасибо", "Отлично, благодарю!", "всего доброго"],
        "close_a": ["Пожалуйста, хорошего дня!", "Могу ещё чем-то помочь?", "Спасибо, что обратились в {co}."],
        "filler_c": ["ок", "понятно", "меня устраивает", "хорошо", "извините за длинные сообщения", "уже неделю так"],
        "filler_a": ["Понимаю, сейчас посмотрю.", "Спасибо за ожидание.", "Одну минуту.", "Вношу изменения в систему."],
        "Q": {
            "CUSTOMER_NUMBER": ["Подскажите, пожалуйста, ваш {term}.", "какой у вас {term}?", "Введите {term}."],
            "BOOKING_REFERENCE": ["Какой код бронирования?", "Назовите, пожалуйста, номер брони из шести символов.", "Напишите код брони."],
            "PASSPORT": ["А номер паспорта?", "Назовите серию и номер паспорта.", "Какой номер загранпаспорта?"],
            "DATE_OF_BIRTH": ["Подтвердите, пожалуйста, дату рождения.", "Ваша дата рождения?", "Для проверки: когда вы родились?"],
            "PHONE_NUMBER": ["По какому номеру с вами связаться?", "На какой мобильный прислать смс?", "Оставьте контактный телефон."],
            "EMAIL_ADDRESS": ["На какую почту отправить?", "Какой e-mail указан в аккаунте?", "Куда прислать подтверждение по почте?"],
            "PERSON": ["Как к вам обращаться?", "Назовите ФИО, пожалуйста.", "На чьё имя оформлено?"],
            "NATIONAL_ID": ["Нужен ещё ваш {nid}.", "Назовите, пожалуйста, {nid}.", "Какой у вас {nid}?"],
            "IBAN_CODE": ["На какой счёт вернуть деньги?", "Реквизиты для возврата?", "Какой номер счёта?"],
            "BANK_ACCOUNT": ["На какой счёт вернуть деньги?", "Реквизиты для возврата?", "Какой номер счёта?"],
            "LOCATION": ["Куда вам отправить?", "На какой адрес выслать?", "куда доставить?", "Куда направить письмо?"],
        },
        "C": {
            "CUSTOMER_NUMBER": ["мой {term} {v}", "{term}: {v}"], "BOOKING_REFERENCE": ["код брони {v}", "Номер бронирования {v}."],
            "PASSPORT": ["паспорт {v}", "Номер паспорта {v}."], "DATE_OF_BIRTH": ["д.р. {v}", "дата рождения {v}"],
            "PHONE_NUMBER": ["звоните на {v}", "мой мобильный {v}"], "EMAIL_ADDRESS": ["моя почта {v}", "пишите на {v}"],
            "PERSON": ["меня зовут {v}", "оформлено на {v}"], "NATIONAL_ID": ["мой {nid} {v}", "{nid}: {v}"],
            "IBAN_CODE": ["счёт {v}", "мой счёт {v}"], "BANK_ACCOUNT": ["мой счёт {v}", "номер счёта {v}"],
            "LOCATION": ["я живу по адресу {v}", "мой адрес {v}"],
        },
        "list_ask": {"travellers": "Пришлите всех путешественников: ФИО, дата рождения и номер паспорта.",
                     "guests": "Назовите имена и даты рождения всех гостей и номер паспорта каждого.",
                     "applicants": "Нужны ФИО, дата рождения и {nid} каждого заявителя.",
                     "tenants": "Пришлите имя, телефон и почту каждого жильца.",
                     "attendees": "Пришлите новых участников с почтой и телефоном.",
                     "members": "Кому ещё сделать карту? Имя, почта и телефон.",
                     "drivers": "Перечислите всех водителей с датами рождения.",
                     "family": "Кто входит в полис/членство? Имена и даты рождения.",
                     "accounts": "О каких договорах речь? Перечислите номера."},
        "list_more": ["да, и ещё", "забыла одного:", "и последний"],
        "split_more": ["ой, рано нажала", "", "дальше:"], "correct": ["извините, опечатка: {v}", "нет, стоп, {v}", "исправляю: {v}"],
    },
}  # fmt: skip

LIST_FIELDS = {"travellers": ("PERSON", "DATE_OF_BIRTH", "PASSPORT"), "guests": ("PERSON", "DATE_OF_BIRTH", "PASSPORT"),
               "applicants": ("PERSON", "DATE_OF_BIRTH", "NATIONAL_ID"), "tenants": ("PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"),
               "attendees": ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"), "members": ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"),
               "drivers": ("PERSON", "DATE_OF_BIRTH"), "family": ("PERSON", "DATE_OF_BIRTH"), "accounts": ("CUSTOMER_NUMBER",)}  # fmt: skip
REL = {"en": ["my partner", "my colleague", "then", "plus"], "nl": ["mijn partner", "mijn collega", "dan", "plus"],
       "nb": ["samboeren min", "kollegaen min", "så", "pluss"], "ru": ["коллега", "второй:", "потом", "плюс"]}  # fmt: skip


# ---------------------------------------------------------------------------------------
# conversation building
# ---------------------------------------------------------------------------------------


class Chat:
    def __init__(self, rng: random.Random, lang: str, sector: str):
        self.rng, self.lang, self.sector = rng, lang, sector
        self.s = SECTORS[sector]
        self.p = P[lang]
        self.turns: list[tuple[str, list[Part]]] = []
        self.me = Who(rng, lang, sector)
        self.nid_term = self.me.nid_term
        self.negs_done = 0
        self.used: set[str] = set()

    def fmt(self, s: str, **kw: str) -> str:
        return s.format(co=self.s["co"][self.lang], term=self.s["term"][self.lang], nid=self.nid_term, **kw)

    def say(self, role: str, parts: list[Part] | str) -> None:
        if isinstance(parts, str):
            parts = [parts]
        if role == "customer":
            parts = [typo(self.rng, x) if isinstance(x, str) else x for x in parts]
        self.turns.append((role, parts))

    def pick(self, key: str) -> str:
        last = self.turns[-1][1] if self.turns else []
        for _ in range(4):  # not the same sentence twice in a row
            s = self.fmt(self.rng.choice(self.p[key]))
            if [s] != last:
                break
        return s

    def templ(self, template: str, v: Part) -> list[Part]:
        t = self.fmt(template, v="\x00", agent="\x00", n="\x00")
        a, _, b = t.partition("\x00")
        return [x for x in (a, v, b) if x != ""]

    def neg(self, kind: str | None = None, role: str | None = None) -> tuple[str, list[Part]]:
        if kind is None:
            pool = [k for k in self.s["negs"] if role is None or NEG_SENT[self.lang][k][0] == role]
            pool = pool or ["amount"]
            fresh = [k for k in pool if k not in self.used]
            kind = self.rng.choice(fresh or pool)
        self.used.add(kind)
        role, sent = NEG_SENT[self.lang][kind]
        self.negs_done += 1
        return ("agent" if role == "a" else "customer"), self.templ(sent, N(neg_value(self.rng, self.lang, kind), kind))

    def add_neg(self, kind: str | None = None) -> None:
        role, parts = self.neg(kind)
        self.say(role, parts)

    def ask(self, t: str) -> str:
        return self.fmt(self.rng.choice(self.p["Q"][t]))

    def plain(self, t: str, who: Who | None = None) -> list[Part]:
        who = who or self.me
        return self.templ(self.rng.choice(self.p["C"][t]), E(who.value(t), t, "plain"))

    # -- opening and closing -------------------------------------------------------------

    def open(self) -> None:
        agent = self.rng.choice(AGENTS[self.lang])
        if self.rng.random() < 0.3:
            self.say("agent", self.pick("bot"))
            self.say("customer", self.fmt(self.rng.choice(self.p["open"]), why=self.s["why"][self.lang]))
            self.say("agent", self.templ(self.rng.choice(self.p["handover"]), E(agent, "PERSON", "plain")))
        else:
            self.say("agent", self.templ(self.rng.choice(self.p["greet"]), E(agent, "PERSON", "plain")))
            self.say("customer", self.fmt(self.rng.choice(self.p["open"]), why=self.s["why"][self.lang]))
        if self.rng.random() < 0.5:
            self.say("customer", self.templ(self.rng.choice(self.p["intro"]), E(self.me.name, "PERSON", "plain")))

    def close(self) -> None:
        if self.negs_done < 2 or self.rng.random() < 0.5:
            self.add_neg("company_phone" if "company_phone" in self.s["negs"] else None)
        if self.negs_done < 2:
            self.add_neg()
        self.say("customer", self.pick("close_c"))
        self.say("agent", self.pick("close_a"))

    def filler(self, n: int) -> None:
        for _ in range(n):
            r = self.rng.random()
            if r < 0.35:
                self.add_neg()
            elif r < 0.7:
                self.say("agent", self.pick("filler_a"))
                self.say("customer", self.pick("filler_c"))
            else:
                self.say("customer", self.pick("filler_c"))

    # -- episodes --------------------------------------------------------------------------

    def ep_bare(self, t: str, cls: str = "bare_answer") -> None:
        rng, v = self.rng, self.me.value(t)
        if t == "DATE_OF_BIRTH" and rng.random() < 0.4:  # an appointment or travel date first
            k = "appointment_date" if "appointment_date" in self.s["negs"] else "travel_date"
            self.add_neg(k)
            if rng.random() < 0.4:
                self.say("agent", self.ask(t))
                self.say("customer", [N(neg_value(rng, self.lang, k), k)])
                self.say("agent", self.p["wrong_date"])
                self.say("customer", [E(v, t, cls)])
                self.say("agent", self.pick("thanks"))
                return
        if t == "CUSTOMER_NUMBER" and rng.random() < 0.35:  # an order / invoice number first
            k = rng.choice(["order_number", "invoice_number"])
            self.say("agent", self.ask(t))
            self.say("customer", [N(neg_value(rng, self.lang, k), k), rng.choice(["", "?", " ?"])])
            self.say("agent", self.fmt(self.p["wrong_order"]))
            self.say("customer", [E(v, t, cls)])
            self.say("agent", self.pick("thanks"))
            return
        self.say("agent", self.ask(t))
        r = rng.random()
        if r < 0.3:
            self.say("customer", self.pick("hold"))
            self.say("agent", self.pick("hold_ok"))
            if rng.random() < 0.5:
                self.add_neg()
        elif r < 0.45:
            self.say("customer", self.pick("back"))
            self.say("agent", self.pick("yes"))
        shown = v.lower() if t in ("BOOKING_REFERENCE", "PERSON", "PASSPORT") and rng.random() < 0.4 else v
        tail = rng.choice(["", "", "", " thx" if self.lang == "en" else "", "."]) if t not in ("EMAIL_ADDRESS",) else ""
        msg: list[Part] = [E(shown, t, cls), tail] if tail else [E(shown, t, cls)]
        if rng.random() < 0.15:  # the value in the same message as a negative
            _, negparts = self.neg(role="c")
            msg += ["\n", *negparts]
        self.say("customer", msg)
        self.say("agent", self.pick("thanks"))

    def ep_list(self) -> None:
        rng, lang = self.rng, self.lang
        kind = self.s["lst"]
        if kind in ("travellers", "guests") and not sector_travels(self.sector):
            kind = "family"
        fields = LIST_FIELDS[kind]
        n = rng.randint(2, 3) if kind == "accounts" else rng.randint(2, 5)
        people = [self.me] + [Who(rng, lang, self.sector) for _ in range(n - 1)]
        base = self.me.last[:-1] if lang == "ru" and self.me.first in RU_FEM else self.me.last
        seen = {self.me.first}
        for w in people[1:]:
            while w.first in seen:  # everyone in a list has their own first name
                w.first = rng.choice(FIRST[lang])
                w.name = f"{w.first} {w.last}"
            seen.add(w.first)
            if rng.random() < 0.6:
                w.last = base + ("а" if lang == "ru" and w.first in RU_FEM else "")
                w.name = f"{w.first} {w.last}"
            while lang == "nl" and w.nid_term != self.nid_term:
                w.nid, w.nid_term = national_id(rng, lang)
        ask = self.fmt(self.p["list_ask"][kind])
        self.say("agent", ask)
        style = rng.choice(["numbered", "dashed", "inline", "two_messages", "lines"])
        lower = rng.random() < 0.3
        items: list[list[Part]] = []
        for i, w in enumerate(people):
            parts: list[Part] = []
            if i > 0 and style in ("inline", "two_messages") and kind != "accounts" and rng.random() < 0.5:
                parts.append(rng.choice(REL[lang]) + " ")
            sep = rng.choice([", ", " ", " - ", "; "]) if kind != "accounts" else ""
            for j, f in enumerate(fields):
                val = w.value(f)
                if f == "PERSON" and lower:
                    val = val.lower()
                if j:
                    parts.append(sep)
                parts.append(E(val, f, "list"))
            items.append(parts)
        if style == "numbered":
            msg: list[Part] = []
            for i, it in enumerate(items):
                msg += ([f"\n{i + 1}. "] if i else ["1. "]) + it
            self.say("customer", msg)
        elif style in ("dashed", "lines"):
            msg = []
            for i, it in enumerate(items):
                msg += (["\n"] if i else []) + (["- "] if style == "dashed" else []) + it
            self.say("customer", msg)
        elif style == "inline":
            msg = []
            for i, it in enumerate(items):
                if i == len(items) - 1 and i:
                    msg.append(f" {AND[lang]} ")
                elif i:
                    msg.append(", " if kind == "accounts" else "; ")
                msg += it
            self.say("customer", msg)
        else:
            cut = rng.randint(1, len(items) - 1)
            msg = []
            for i, it in enumerate(items[:cut]):
                msg += (["\n"] if i else []) + it
            self.say("customer", msg)
            if rng.random() < 0.4:
                self.add_neg()
            msg = [rng.choice(self.p["list_more"]) + " "]
            for i, it in enumerate(items[cut:]):
                msg += (["\n"] if i else []) + it
            self.say("customer", msg)
        self.say("agent", self.pick("thanks"))

    def split_parts(self, t: str, v: str, k: int) -> list[str]:
        """Cut v into k parts at spaces (or, if none, in the middle of the digits)."""
        rng = self.rng
        if t == "EMAIL_ADDRESS":
            at = v.index("@")
            return [v[:at], v[at:]] if k == 2 or "." not in v[:at] else [v[: v.index(".")], v[v.index(".") : at], v[at:]]
        if t == "LOCATION" and "," in v:
            c = v.index(",")
            return [v[:c], v[c + 1 :].strip()]
        spaces = [i for i, ch in enumerate(v) if ch == " " and 0 < i < len(v) - 1]
        if t == "LOCATION" and spaces:
            c = min(spaces, key=lambda i: abs(i - len(v) // 2))
            return [v[:c], v[c + 1 :]]
        if len(spaces) >= k - 1:
            cuts = sorted(rng.sample(spaces, k - 1))
            out, prev = [], 0
            for c in cuts:
                out.append(v[prev:c])
                prev = c + 1
            out.append(v[prev:])
            return [o for o in out if o]
        step = len(v) // k
        return [v[i * step : (i + 1) * step] if i < k - 1 else v[i * step :] for i in range(k)]

    def ep_split(self, t: str) -> None:
        rng, v = self.rng, self.me.value(t)
        self.say("agent", self.ask(t))
        if rng.random() < 0.4 and t != "LOCATION":  # typed, then corrected
            idx = [i for i, ch in enumerate(v) if ch.isdigit()]
            if t == "EMAIL_ADDRESS" or not idx:
                wrong = v.replace(".", "", 1) if "." in v.split("@")[0] else v.replace("@", "@@", 1)
            else:
                i = rng.choice(idx[-4:])
                wrong = v[:i] + str((int(v[i]) + rng.choice([1, 2, 7])) % 10) + v[i + 1 :]
            if rng.random() < 0.5:
                self.say("customer", self.templ(rng.choice(self.p["C"][t]), E(wrong, t, "split")))
            else:
                self.say("customer", [E(wrong, t, "split")])
            if rng.random() < 0.3:
                self.say("agent", self.pick("thanks"))
            self.say("customer", self.templ(rng.choice(self.p["correct"]), E(v, t, "split")))
            self.say("agent", self.pick("thanks"))
            return
        k = 3 if rng.random() < 0.3 and len(v) > 11 else 2
        parts = self.split_parts(t, v, k)
        for i, part in enumerate(parts):
            lead = self.rng.choice(self.p["split_more"]) if i == 1 else ""
            msg: list[Part] = ([lead + " "] if lead else []) + [E(part, t, "split")]
            if i == len(parts) - 1 and rng.random() < 0.3:
                msg.append(rng.choice([" sorry", " oops", " 🙈", " :)"]))
            self.say("customer", msg)
        self.say("agent", self.pick("thanks"))

    def disguise(self, t: str) -> str:
        rng, lang, w = self.rng, self.lang, self.me
        if t == "EMAIL_ADDRESS":
            at, dot = rng.choice(MAIL_WORDS[lang])
            local = f" {dot} ".join(w.local)
            dom = f" {dot} ".join(w.domain.split("."))
            s = f"{local} {at} {dom}"
            return s.upper() if rng.random() < 0.1 else s
        v = w.value(t)
        r = rng.random()
        if t in ("PHONE_NUMBER", "CUSTOMER_NUMBER", "NATIONAL_ID") and r < 0.5 and sum(c.isdigit() for c in v) <= 12:
            return digits_as_words(rng, lang, v, mixed=rng.random() < 0.5)
        if r < 0.75:
            return with_zero_width(rng, v, rng.randint(1, 3))
        idx = [i for i, c in enumerate(v) if c in HOMO]
        if not idx:
            return with_zero_width(rng, v, 2)
        chars = list(v)
        for i in rng.sample(idx, min(len(idx), rng.randint(1, 2))):
            chars[i] = HOMO[chars[i]]
        return "".join(chars)

    def ep_disguised(self, t: str) -> None:
        rng = self.rng
        shown = self.disguise(t)
        if rng.random() < 0.5:
            self.say("agent", self.ask(t))
            if rng.random() < 0.25:
                self.say("customer", self.pick("hold"))
                self.say("agent", self.pick("hold_ok"))
            self.say("customer", [E(shown, t, "disguised")])
        else:
            self.say("customer", self.templ(rng.choice(self.p["C"][t]), E(shown, t, "disguised")))
        self.say("agent", self.pick("thanks"))

    def ep_address(self) -> None:
        rng = self.rng
        v = self.me.addr
        shown = v.lower() if rng.random() < 0.75 else v
        if rng.random() < 0.3:
            shown = shown.replace(",", "")
        self.say("agent", self.ask("LOCATION"))
        r = rng.random()
        if r < 0.25:
            self.say("customer", self.pick("hold"))
            self.say("agent", self.pick("hold_ok"))
        if r > 0.8:  # the value in the same message as a negative
            _, negparts = self.neg(role="c")
            self.say("customer", [E(shown, "LOCATION", "address_no_cue"), "\n", *negparts])
        else:
            self.say("customer", [E(shown, "LOCATION", "address_no_cue")])
        self.say("agent", self.pick("thanks"))


def typo(rng: random.Random, s: str) -> str:
    """Now and then swap two letters inside one word, as people mistype."""
    if rng.random() > 0.12:
        return s
    words = s.split(" ")
    cand = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not cand:
        return s
    i = rng.choice(cand)
    w = words[i]
    j = rng.randint(1, len(w) - 3)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words)


BARE_TYPES = ["CUSTOMER_NUMBER", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "PERSON", "NATIONAL_ID", "PASSPORT", "IBAN_CODE"]
SPLIT_TYPES = ["IBAN_CODE", "PHONE_NUMBER", "CUSTOMER_NUMBER", "NATIONAL_ID", "EMAIL_ADDRESS", "LOCATION"]
DISG_TYPES = ["EMAIL_ADDRESS", "EMAIL_ADDRESS", "PHONE_NUMBER", "CUSTOMER_NUMBER", "IBAN_CODE", "NATIONAL_ID", "PASSPORT"]
PLAIN_TYPES = ["CUSTOMER_NUMBER", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "NATIONAL_ID", "LOCATION", "IBAN_CODE"]


def sector_travels(sector: str) -> bool:
    """Whether passports belong in this sector's chats."""
    return sector in ("rail", "hotel", "baggage", "tour")


def build(rng: random.Random, lang: str, cls: str, n: int) -> list[tuple[str, list[Part]]]:
    sector = SECTOR_KEYS[(n * 7 + LANGS.index(lang) * 5 + MAIN_CLASSES.index(cls)) % len(SECTOR_KEYS)]
    c = Chat(rng, lang, sector)
    c.open()
    if rng.random() < 0.5:
        c.add_neg()
    booking = bool(c.s.get("booking"))
    travel = sector_travels(c.sector)

    def fix(t: str) -> str:
        if t in ("IBAN_CODE", "BANK_ACCOUNT"):
            return c.me.bank_type
        if t == "PASSPORT" and not travel and lang != "ru":
            return "PHONE_NUMBER" if cls == "disguised" else "DATE_OF_BIRTH"
        return t

    if cls == "bare_answer":
        types = rng.sample(BARE_TYPES + (["BOOKING_REFERENCE", "BOOKING_REFERENCE"] if booking else []), rng.randint(2, 3))
        for t in types:
            c.ep_bare(fix(t))
            c.filler(rng.randint(0, 2))
    elif cls == "list":
        if rng.random() < 0.3:
            t0 = "CUSTOMER_NUMBER" if not booking else "BOOKING_REFERENCE"
            c.say("agent", c.ask(t0))
            c.say("customer", c.plain(t0))
        c.filler(rng.randint(0, 1))
        c.ep_list()
        c.filler(rng.randint(0, 2))
    elif cls == "split":
        for t in rng.sample(SPLIT_TYPES, rng.randint(1, 2)):
            c.ep_split(fix(t))
            c.filler(rng.randint(0, 2))
    elif cls == "disguised":
        for t in rng.sample(DISG_TYPES + (["BOOKING_REFERENCE"] if booking else []), rng.randint(1, 3)):
            c.ep_disguised(fix(t))
            c.filler(rng.randint(0, 2))
    elif cls == "address_no_cue":
        c.filler(rng.randint(0, 2))
        c.ep_address()
        c.filler(rng.randint(0, 2))
        if rng.random() < 0.25:  # a second person: an address abroad or in the country
            c.me.addr = addr(rng, lang, rng.choice(["abroad", "rural", "town"]))
            c.ep_address()
    else:
        for t in rng.sample(PLAIN_TYPES + (["BOOKING_REFERENCE"] if booking else []) + (["PASSPORT"] if travel else []), rng.randint(2, 4)):
            t = fix(t)
            c.say("agent", c.ask(t))
            if rng.random() < 0.4:  # the value in the same message as a negative
                _, negparts = c.neg(role="c")
                c.say("customer", [*c.plain(t), ". ", *negparts])
            else:
                c.say("customer", c.plain(t))
            c.say("agent", c.pick("thanks"))
            c.filler(rng.randint(0, 2))
    c.filler(rng.randint(0, 3))
    c.close()
    return c.turns


# ---------------------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------------------

WORD_DIGITS = {w: str(i) for lang in NUMBER_WORDS for i, w in enumerate(NUMBER_WORDS[lang])}
ZW = set(ZERO_WIDTH)


def clean_value(text: str) -> str | None:
    """The value behind a span: zero-width removed, number words read; None if look-alikes."""
    s = "".join(ch for ch in text if ch not in ZW)
    if any(ch in HOMO.values() and not ch.isascii() for ch in s):
        return None
    toks = s.split(" ")
    if any(t in WORD_DIGITS for t in toks):
        s = "".join(WORD_DIGITS.get(t, t) for t in toks)
    return s


def check_value(t: str, text: str, lang: str) -> str | None:
    """An error message if a checksummed value is not valid, else None."""
    v = clean_value(text)
    if v is None:
        return None
    compact = v.replace(" ", "").replace("-", "").replace(".", "")
    if t == "IBAN_CODE":
        try:
            IBAN(compact)
        except Exception:  # noqa: BLE001
            return f"bad IBAN {text!r}"
    elif t == "NATIONAL_ID":
        if lang == "nl" and len(compact) == 9 and not bsn.is_valid(compact):
            return f"bad BSN {text!r}"
        if lang == "nl" and len(compact) == 11 and not be_nn.is_valid(compact):
            return f"bad BE nn {text!r}"
        if lang == "nb" and not fodselsnummer.is_valid(compact):
            return f"bad fnr {text!r}"
        if lang == "ru" and len(compact) == 12 and not inn.is_valid(compact):
            return f"bad INN {text!r}"
        if lang == "ru" and len(compact) == 11:
            body, ck = compact[:9], int(compact[9:])
            tot = sum(int(c) * (9 - i) for i, c in enumerate(body)) % 101
            if (0 if tot == 100 else tot) != ck:
                return f"bad SNILS {text!r}"
    elif t == "BANK_ACCOUNT" and lang == "nb" and not kontonr.is_valid(compact):
        return f"bad kontonr {text!r}"
    elif t == "PHONE_NUMBER":
        region = {"en": "GB", "nl": "NL", "nb": "NO", "ru": "RU"}[lang]
        try:
            ok = phonenumbers.is_valid_number(phonenumbers.parse(v, region))
        except phonenumbers.NumberParseException:
            ok = False
        if not ok:
            return f"bad phone {text!r}"
    elif t == "CREDIT_CARD" and not luhn.is_valid(compact):
        return f"bad card {text!r}"
    return None


def check(records: list[dict]) -> list[str]:
    errors = verify(records)
    for r in records:
        for s in r["entities"]:
            if s["class"] == "split":
                continue  # parts and corrected (mistyped) values carry no valid check digit
            frag = r["text"][s["start"] : s["end"]]
            err = check_value(s["type"], frag, r["lang"])
            if err and not (s["class"] == "disguised" and any(ch in HOMO.values() for ch in frag)):
                errors.append(f"{r['message_id']}: {err}")
    return errors


def generate() -> list[dict]:
    rng = random.Random(SEED)
    records: list[dict] = []
    for lang in LANGS:
        k = 0
        order = [cls for cls in MAIN_CLASSES for _ in range(PER_CLASS)]
        rng.shuffle(order)
        counts = dict.fromkeys(MAIN_CLASSES, 0)
        for cls in order:
            counts[cls] += 1
            k += 1
            while True:
                turns = build(rng, lang, cls, counts[cls])
                if 7 <= len(turns) <= 35:
                    break
            records += conversation_records(f"sealed19-{lang}-{k:03d}", lang, turns)
    return records


def main() -> None:
    records = generate()
    errors = check(records)
    if errors:
        raise SystemExit("\n".join(errors[:20]))
    write_jsonl(records, OUT)
    print(f"wrote {len(records)} messages to {OUT}")


if __name__ == "__main__":
    main()
