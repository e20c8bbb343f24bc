"""Generate the held-out evaluation corpus for privacyguard (bench/accuracy/corpus/holdout.jsonl).

    .venv/bin/python bench/accuracy/make_holdout.py [--seed 2026] [--out FILE] [--stats]

The corpus is independent of make_corpus.py: its own hand-written templates, name lists, street
lists and value formats, written without looking at the detector's rules. About 2000 messages in
English, Dutch, Norwegian bokmål and Russian: customer/agent chats of an airline, a bank, a
telecom operator and a webshop, plus an "article" domain (role "text") with paragraphs written
like published news pieces. One JSON object per line: id, conversation_id, lang, domain, role,
text, spans (start, end, entity_type; Python str offsets, end exclusive) and negatives (the hard
negatives that were inserted, with their kind; never personal data, for explaining false
positives only).

How labels are made: every text is concatenated from literal parts and generated values, and a
span is recorded at the moment a value is inserted; no value is ever searched for afterwards.
Noise (lower-cased first letters, transposition typos, emoji, dropped full stops) is applied to
literal parts only, before the offsets are computed; that customers sometimes type an address,
a flight number or a booking code in lower case is part of the generated value. Spans never
overlap and never touch whitespace.

Labelling conventions
- PERSON: a natural person's name as written: first name alone, surname alone, full name,
  initials + surname ("J.P. de Vries", "Смирнова А. П."), Russian first name + patronymic
  ("Ольга Петровна") and surname + first name + patronymic, all in the grammatical case used in
  the sentence ("с Петром Ивановым", "Ольге Смирновой"). Titles, forms of address and roles are
  outside the span ("Mr", "mevrouw", "dhr.", "Dr", "advokat", "следователь"). Dutch particles are
  inside the span ("de Vries"; "De Vries" when the surname stands alone). An English possessive
  "'s" is outside the span. Brand, shop and company names that contain a person's name ("Albert
  Heijn", "John Lewis", "Marks & Spencer") are NOT persons; neither are names used as streets
  (inside a LOCATION span) or words that are names elsewhere ("Will", "Per", "Вера").
- LOCATION: a whole street address of a person, from the street (or flat/apartment number, or
  Russian postcode) through the city/postcode, as one span ("Kerkstraat 12, 1017 GB Amsterdam",
  "Flat 2, 17 Mill Lane, Bristol BS3 4AA", "г. Москва, ул. Тверская, д. 7, кв. 18"), or a street
  + number alone when that is all that is written; and the place name in a mention of where a
  person lives ("I live in Leeds", "jeg bor på Hamar", "живу в Казани"): only the place name,
  not the preposition. Travel destinations, departure cities, shop and warehouse towns, cities
  in news reports that do not locate a person, and postcodes of shops are NOT labelled.
- DATE_OF_BIRTH: only the date itself ("12-03-1985", "3 maart 1985", "1 февраля 1990"), not the
  context words and not a following "г."/"года"/"г.р.".
  Ages ("54-year-old", "(61)") and all other dates (travel, delivery, payment, expiry, news
  dates) are NOT labelled.
- PHONE_NUMBER, EMAIL_ADDRESS, IBAN_CODE, CREDIT_CARD, IP_ADDRESS, TICKET_NUMBER: the value with
  its internal separators as typed, without surrounding brackets or punctuation; a phone's "+"
  or leading "(" of an area code is inside the span ("(415) 555-0132", "8 (916) 123-45-67").
- BANK_ACCOUNT: Norwegian kontonummer, Russian 20-digit account (valid control key against the
  bank's BIK), old Dutch 9-digit account (11-proef), and a UK sort code + account number written
  together ("20-45-77 43218765") as ONE span.
- CUSTOMER_NUMBER: customer, member, loyalty and subscriber account numbers, recognised by their
  context; a letter prefix that belongs to the number is inside ("EBG123456789", "C-4471902");
  the programme or company name is outside ("Flying Blue 1234567890" -> "1234567890").
- NATIONAL_ID: BSN (11-proef), fødselsnummer (real date, both mod-11 digits), SNILS (check =
  weighted sum % 101 % 100), personal INN (12 digits, stdnum check digits).
- FLIGHT_NUMBER: IATA designator + 1-4 digits, with an optional space or dash between.
- BOOKING_REFERENCE: a 6-character PNR given as a booking code, in context.
- PASSPORT: a passport or ID-card document number, in context; Russian internal passports as
  series + number ("45 12 345678", "4512 345678") in one span.
- Articles (domain "article", role "text"): every natural person is PERSON, on first mention
  (full name, with the title/role outside: "Judge", "Cllr", "Dr", "mr.", "politiadvokat",
  "следователь") and after it (surname alone, first name alone, Dutch news style "Ids op de W.");
  bylines and reporters' names too, and a reporter's e-mail address is EMAIL_ADDRESS. LOCATION
  only for a person's address ("of 7b Victoria Road, Leeds", "wonend aan de ...", "по адресу
  ...") and the place in "lives in X" / "from X" / "uit X" / "fra X" / "из X" / "жительница X"
  about a person; birthplaces ("born in Manchester"), courts, airports, cities where something
  happened and travel destinations are not labelled. Full birth dates ("born on 3 March 1958",
  "(født 1. september 1960)", "12 мая 1961 года рождения") are DATE_OF_BIRTH; ages are not.
- Hard negatives (never labelled; listed under "negatives"): order, invoice, case and tracking
  numbers, prices, travel/delivery/payment dates, times, aircraft types, seats, gates, product
  codes and EANs, IMEIs, firmware versions that look like IPv4, shop postcodes, voucher codes,
  the last four digits of a card, card expiry dates, invalid-checksum look-alikes (IBAN with a
  wrong check, Luhn-failing 16-digit numbers, 9-digit numbers failing the 11-proef, 11-digit
  numbers failing both fødselsnummer and kontonummer), Norwegian KID payment references, Russian
  BIK and correspondent accounts (bank data, 20 digits), brand names (also those named after
  people), destination cities, ages, words in capitals ("URGENT", "СРОЧНО") and sentence-initial
  words that are names elsewhere ("Will", "Mark", "Wil", "Mei", "Per", "Vår", "Вера", "Слава").
"""

from __future__ import annotations

import argparse
import datetime as dt
import ipaddress
import json
import random
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import phonenumbers
from schwifty import IBAN
from stdnum import luhn
from stdnum.nl import bsn as nl_bsn
from stdnum.no import fodselsnummer, kontonr
from stdnum.ru import inn as ru_inn

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "corpus" / "holdout.jsonl"
DEFAULT_SEED = 2026
LANGS = ("en", "nl", "nb", "ru")
DOMAINS = ("airline", "bank", "telecom", "webshop")
ENTITY_TYPES = (
    "PERSON",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "IBAN_CODE",
    "BANK_ACCOUNT",
    "CREDIT_CARD",
    "CUSTOMER_NUMBER",
    "DATE_OF_BIRTH",
    "FLIGHT_NUMBER",
    "BOOKING_REFERENCE",
    "TICKET_NUMBER",
    "NATIONAL_ID",
    "PASSPORT",
    "LOCATION",
    "IP_ADDRESS",
)
TODAY = dt.date(2025, 11, 14)  # fixed "now" for ages and near-future travel dates

Seg = tuple  # (text, entity_type or None, negative kind or None)


def lit(text: str) -> Seg:
    return (text, None, None)


def pii(text: str, etype: str) -> Seg:
    assert text and text == text.strip(), (text, etype)
    return (text, etype, None)


def neg(text: str, kind: str) -> Seg:
    return (text, None, kind)


# --------------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------------

EN_MALE = (
    "Oliver James Declan Rhys Callum Hamish Kwame Tomasz Jude Fergus Ellis Gareth Arjun Chidi "
    "Theo Rory Lachlan Mohammed Barnaby Cormac Ewan Dominic Samuel Marcus Aled Tobias Kieran"
).split()
EN_FEMALE = (
    "Amelia Siobhan Niamh Priya Aoife Imogen Zara Margot Bethany Eilidh Harriet Chloe Ngozi "
    "Freya Rosalind Keeley Tamsin Megan Saoirse Yasmin Georgia Hollie Ffion Olivia Maisie Wendy"
).split()
EN_LAST = (
    "Smith|Patel|O'Connor|McAllister|Okafor|Nguyen|Featherstone|Hughes|Wright|Thompson|Khan|"
    "Davies|Llewellyn|Ashworth|Fairbairn|Kowalski|Osei|Campbell|Whitfield|Baxter|Pemberton|"
    "Fitzgerald|Sinclair|Holloway|Cartwright|Iqbal|Ramsay|MacLeod|Adeyemi|Brennan|Greenhalgh|"
    "Okonkwo-Reid|Vaughan-Jones|Entwistle|Thistlethwaite|Chaudhry|Doyle|Harrington|Lowe|Quinn"
).split("|")

NL_MALE = (
    "Sjoerd Joost Bram Thijs Hidde Ruud Ewoud Daan Siebe Koen Gerrit-Jan Teun Jelle Maarten "
    "Wouter Pieter Jurre Arjen Freek Mees Ids Okke Wessel Hendrik Mohamed Sven"
).split()
NL_FEMALE = (
    "Femke Wietske Maartje Ilse Anouk Jildou Tjitske Meike Floor Sanne Noor Marieke Aukje "
    "Lieke Geertje Hanneke Esmee Roos Fenna Ymke Annemiek Liesbeth Saskia Fatima Mirjam Zoë"
).split()
NL_LAST = (
    "Jansen|de Vries|van den Berg|van der Meer|de Jong|Bakker|Visser|Smit|Meijer|Mulder|de Boer|"
    "Dekker|van Dijk|Bos|Hendriks|van Leeuwen|Dijkstra|Kuipers|van 't Hof|ter Horst|Oosterhuis|"
    "Brouwer|de Groot|in 't Veld|van Beek|Hoekstra|Vermeulen|Ouwehand|van Rijswijk|Terpstra|"
    "den Uyl|op de Weegh|Schaap|Kramer|van der Sluis|El Amrani|Yılmaz|Wijnberg|Zwartjes"
).split("|")

NB_MALE = (
    "Øyvind|Bjørn|Håkon|Torbjørn|Eirik|Sindre|Jørgen|Vebjørn|Ola|Ådne|Trond|Espen|Steinar|"
    "Jan Erik|Ole Martin|Magnus|Halvard|Kjetil|Aksel|Sigurd|Even|Tormod|Arild|Per|Truls"
).split("|")
NB_FEMALE = (
    "Åse|Kjersti|Solveig|Sigrid|Ingrid|Magnhild|Ragnhild|Tuva|Astrid|Liv|Kari|Synnøve|Gunnhild|"
    "Marit|Frøydis|Anne-Lise|Anne Kristin|Hege|Silje|Ingvild|Maren|Tiril|Guro|Idunn|Vår"
).split("|")
NB_LAST = (
    "Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Karlsen Pettersen Eriksen "
    "Berg Haugen Hagen Johannessen Dahl Jørgensen Halvorsen Solberg Bakken Sæther Kvåle "
    "Bjørnstad Løken Nordbø Aasheim Fjeldstad Tveit Øvrebø Skjæveland Grønli Myhre Strøm "
    "Haaland Thorsen Rønning Lunde Ødegård Vik Sørensen Hovland Aune"
).split()

# Russian first names: nominative, and an oblique stem when it differs (Пётр -> Петр-).
RU_MALE = (
    "Иван Пётр:Петр Алексей Дмитрий Сергей Михаил Никита Илья Артём Глеб Ярослав Всеволод "
    "Фёдор Константин Тимур Рустам Роман Лев:Льв Павел:Павл Олег Аркадий Евгений"
).split()
RU_FEMALE = (
    "Анна Ольга Мария Екатерина Наталья Татьяна Ирина Елена Дарья Ксения Светлана Вера "
    "Любовь Аглая Алсу Софья Полина Милана Ульяна Евгения Зинаида Алёна Василиса Надежда"
).split()
RU_LAST = (
    "Иванов Смирнов Кузнецов Соколов Лебедев Новиков Морозов Волков Соловьёв Васильев Зайцев "
    "Голубев Виноградов Воробьёв Фёдоров Беляев Комаров Орлов Киселёв Ильин Сорокин Никитин "
    "Калинин Галкин Хабибуллин Ковальский Вишневский Покровский Заболоцкий Шевченко Черных "
    "Седых Петросян Ким Абрамович Гарипов Мухаметшин Троицкий"
).split()
RU_PATRONYMICS = (
    ("Иванович", "Ивановна"),
    ("Сергеевич", "Сергеевна"),
    ("Петрович", "Петровна"),
    ("Александрович", "Александровна"),
    ("Дмитриевич", "Дмитриевна"),
    ("Николаевич", "Николаевна"),
    ("Андреевич", "Андреевна"),
    ("Олегович", "Олеговна"),
    ("Михайлович", "Михайловна"),
    ("Юрьевич", "Юрьевна"),
    ("Владимирович", "Владимировна"),
    ("Геннадьевич", "Геннадьевна"),
    ("Ильдарович", "Ильдаровна"),
)
CASES = ("nom", "gen", "dat", "acc", "ins", "prep")


def _cases(*forms: str) -> dict[str, str]:
    return dict(zip(CASES, forms, strict=True))


_HUSH = "жшчщц"


def ru_first_forms(name: str, gender: str) -> dict[str, str]:
    """Case forms of a Russian first name (nominative may carry ':stem')."""
    nom, _, stem = name.partition(":")
    if gender == "m":
        if nom == "Илья":
            return _cases("Илья", "Ильи", "Илье", "Илью", "Ильёй", "Илье")
        if nom.endswith("а"):
            s = nom[:-1]
            g = "и" if s[-1] in "гкхжшчщ" else "ы"
            return _cases(nom, s + g, s + "е", s + "у", s + "ой", s + "е")
        if nom.endswith("ий"):
            s = nom[:-2]
            return _cases(nom, s + "ия", s + "ию", s + "ия", s + "ием", s + "ии")
        if nom.endswith("й"):
            s = nom[:-1]
            return _cases(nom, s + "я", s + "ю", s + "я", s + "ем", s + "е")
        s = stem or nom
        ins = "ем" if s[-1] in _HUSH else "ом"
        return _cases(nom, s + "а", s + "у", s + "а", s + ins, s + "е")
    if nom == "Любовь":
        return _cases("Любовь", "Любови", "Любови", "Любовь", "Любовью", "Любови")
    if nom.endswith("ия"):
        s = nom[:-1]
        return _cases(nom, s + "и", s + "и", s + "ю", s + "ей", s + "и")
    if nom.endswith("я"):
        s = nom[:-1]
        return _cases(nom, s + "и", s + "е", s + "ю", s + "ей", s + "е")
    if nom.endswith("а"):
        s = nom[:-1]
        g = "и" if s[-1] in "гкхжшчщ" else "ы"
        ins = "ей" if s[-1] in _HUSH else "ой"
        return _cases(nom, s + g, s + "е", s + "у", s + ins, s + "е")
    return dict.fromkeys(CASES, nom)  # Алсу


def ru_surname_forms(male: str, gender: str) -> dict[str, str]:
    if male.endswith(("ко", "ых", "их")):
        return dict.fromkeys(CASES, male)
    if male.endswith(("ский", "цкий")):
        s = male[:-2]
        if gender == "m":
            return _cases(male, s + "ого", s + "ому", s + "ого", s + "им", s + "ом")
        return _cases(s + "ая", s + "ой", s + "ой", s + "ую", s + "ой", s + "ой")
    if male.endswith(("ов", "ев", "ёв", "ин", "ын")):
        if gender == "m":
            return _cases(male, male + "а", male + "у", male + "а", male + "ым", male + "е")
        f = male + "а"
        return _cases(f, male + "ой", male + "ой", male + "у", male + "ой", male + "ой")
    if gender == "f":  # Петросян, Ким, Абрамович: women's forms do not decline
        return dict.fromkeys(CASES, male)
    ins = "ем" if male[-1] in _HUSH else "ом"
    return _cases(male, male + "а", male + "у", male + "а", male + ins, male + "е")


def ru_patronymic_forms(pat: str, gender: str) -> dict[str, str]:
    if gender == "m":
        return _cases(pat, pat + "а", pat + "у", pat + "а", pat + "ем", pat + "е")
    s = pat[:-1]
    return _cases(pat, s + "ы", s + "е", s + "у", s + "ой", s + "е")


_TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "a b v g d e yo zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya".split(),
        strict=True,
    )
)


def translit(text: str) -> str:
    out = []
    for ch in text:
        low = ch.lower()
        if low in _TRANSLIT:
            t = _TRANSLIT[low].replace("-", "")
            out.append(t.capitalize() if ch != low else t)
        else:
            out.append(ch)
    s = "".join(out)
    return s.replace("iy ", "y ").replace("Dmitriy", "Dmitry").replace("Yevgeniy", "Evgeny")


def ascii_fold(text: str) -> str:
    table = {
        "ø": "o",
        "æ": "ae",
        "å": "a",
        "ö": "o",
        "ü": "u",
        "é": "e",
        "ë": "e",
        "ı": "i",
        "ç": "c",
        "'": "",
        " ": "",
        "-": "",
    }
    return "".join(table.get(c, c) for c in text.lower())


# --------------------------------------------------------------------------------------------
# Places
# --------------------------------------------------------------------------------------------

NL_CITIES = (
    ("Amsterdam", 1011, 1109),
    ("Rotterdam", 3011, 3089),
    ("Utrecht", 3511, 3585),
    ("Den Haag", 2491, 2597),
    ("Groningen", 9711, 9747),
    ("Eindhoven", 5611, 5658),
    ("Zwolle", 8011, 8047),
    ("Leeuwarden", 8911, 8941),
    ("Maastricht", 6211, 6229),
    ("Haarlem", 2011, 2037),
    ("Nijmegen", 6511, 6546),
    ("Tilburg", 5011, 5049),
    ("Delft", 2611, 2629),
    ("Enschede", 7511, 7548),
    ("Alkmaar", 1811, 1827),
    ("'s-Hertogenbosch", 5211, 5236),
    ("Apeldoorn", 7311, 7339),
    ("Dokkum", 9101, 9104),
    ("Amersfoort", 3811, 3829),
    ("Middelburg", 4331, 4339),
    ("Hoorn", 1621, 1628),
    ("Zaandam", 1501, 1507),
    ("Deventer", 7411, 7429),
    ("Emmen", 7811, 7828),
)
NL_STREETS = (
    "Kerkstraat|Dorpsstraat|Molenweg|Julianalaan|Prinses Beatrixlaan|Van Goghstraat|"
    "Oranjestraat|Stationsweg|Burg. de Withstraat|Hoofdstraat|Lange Nieuwstraat|Oudegracht|"
    "Herengracht|Korte Koestraat|Heiligeweg|Jan van Galenstraat|1e Helmersstraat|Meidoornlaan|"
    "Esdoornhof|Wethouder Sangersstraat|Zeeheldenkade|Tjalkstraat|Grote Markt|Vlaardingerdijk|"
    "Pastoor van Arsstraat|Laan van Meerdervoort|Hortensiastraat|Schapendijk"
).split("|")
NB_CITIES = (
    ("Oslo", "i", 150, 1295),
    ("Bergen", "i", 5003, 5098),
    ("Trondheim", "i", 7010, 7099),
    ("Stavanger", "i", 4005, 4099),
    ("Tromsø", "i", 9008, 9038),
    ("Bodø", "i", 8005, 8041),
    ("Kristiansand", "i", 4608, 4639),
    ("Ålesund", "i", 6002, 6030),
    ("Drammen", "i", 3011, 3048),
    ("Fredrikstad", "i", 1601, 1639),
    ("Hamar", "på", 2315, 2326),
    ("Lillehammer", "på", 2609, 2619),
    ("Harstad", "i", 9405, 9415),
    ("Molde", "i", 6411, 6422),
    ("Alta", "i", 9510, 9518),
    ("Gjøvik", "på", 2815, 2822),
    ("Mo i Rana", "i", 8610, 8626),
    ("Sandnes", "i", 4306, 4329),
    ("Stord", "på", 5410, 5417),
    ("Kirkenes", "i", 9900, 9900),
    ("Sortland", "på", 8400, 8400),
    ("Haugesund", "i", 5501, 5538),
    ("Arendal", "i", 4801, 4848),
    ("Steinkjer", "i", 7713, 7725),
)
NB_STREETS = (
    "Storgata|Kirkegata|Kong Oscars gate|Thorvald Meyers gate|Bygdøy allé|Sørkedalsveien|"
    "Trondheimsveien|Nedre Slottsgate|Øvre Holmegate|Bjørnstjerne Bjørnsons gate|Fjellveien|"
    "Skogveien|Granåsen|Solbakken|Åsveien|Lillevollveien|Nordre gate|Elvegata|Strandgata|"
    "Kvernhusveien|Bekkestien|Prinsens gate|Løkkeveien|Tyttebærstien|Rådhusgata|Havnegata"
).split("|")
RU_CITIES = (
    ("Москва", "в Москве", "в Москву", "из Москвы", 101000, 129999),
    (
        "Санкт-Петербург",
        "в Санкт-Петербурге",
        "в Санкт-Петербург",
        "из Санкт-Петербурга",
        190000,
        199406,
    ),
    ("Екатеринбург", "в Екатеринбурге", "в Екатеринбург", "из Екатеринбурга", 620000, 620149),
    ("Казань", "в Казани", "в Казань", "из Казани", 420000, 420140),
    ("Новосибирск", "в Новосибирске", "в Новосибирск", "из Новосибирска", 630000, 630132),
    (
        "Нижний Новгород",
        "в Нижнем Новгороде",
        "в Нижний Новгород",
        "из Нижнего Новгорода",
        603000,
        603163,
    ),
    ("Самара", "в Самаре", "в Самару", "из Самары", 443000, 443125),
    ("Краснодар", "в Краснодаре", "в Краснодар", "из Краснодара", 350000, 350089),
    ("Владивосток", "во Владивостоке", "во Владивосток", "из Владивостока", 690000, 690109),
    ("Пермь", "в Перми", "в Пермь", "из Перми", 614000, 614113),
    ("Воронеж", "в Воронеже", "в Воронеж", "из Воронежа", 394000, 394095),
    ("Тюмень", "в Тюмени", "в Тюмень", "из Тюмени", 625000, 625063),
    ("Калининград", "в Калининграде", "в Калининград", "из Калининграда", 236000, 236044),
    ("Иркутск", "в Иркутске", "в Иркутск", "из Иркутска", 664000, 664082),
    ("Ярославль", "в Ярославле", "в Ярославль", "из Ярославля", 150000, 150066),
    ("Сочи", "в Сочи", "в Сочи", "из Сочи", 354000, 354068),
    ("Мурманск", "в Мурманске", "в Мурманск", "из Мурманска", 183000, 183053),
)
RU_STREETS = (
    "ул. Ленина|ул. Пушкина|Тверская ул.|проспект Мира|Невский пр-т|ул. Малышева|ул. Баумана|"
    "Садовая ул.|ул. Гагарина|ул. Советская|ул. Профсоюзная|Ленинский проспект|ул. 8 Марта|"
    "ул. Чкалова|бульвар Рокоссовского|пер. Сивцев Вражек|наб. реки Фонтанки|ул. Комсомольская|"
    "ул. Кирова|ул. Карла Маркса|ш. Энтузиастов|ул. Белинского|мкр. Северный|ул. Декабристов"
).split("|")
UK_CITIES = (
    ("London", ("SE15", "N7", "E8", "NW3", "SW9", "W12", "E17")),
    ("Leeds", ("LS6", "LS11")),
    ("Manchester", ("M14", "M20", "M4")),
    ("Bristol", ("BS3", "BS6")),
    ("Glasgow", ("G42", "G12")),
    ("Cardiff", ("CF24", "CF11")),
    ("Edinburgh", ("EH6", "EH9")),
    ("Birmingham", ("B29", "B13")),
    ("Norwich", ("NR2",)),
    ("Belfast", ("BT9", "BT7")),
    ("York", ("YO10", "YO31")),
    ("Brighton", ("BN2", "BN1")),
    ("Sheffield", ("S11", "S7")),
    ("Nottingham", ("NG7",)),
    ("Liverpool", ("L17", "L8")),
    ("Aberdeen", ("AB10", "AB24")),
)
UK_STREETS = (
    "Hawthorn Crescent|Mill Lane|Victoria Road|Albert Street|Church Walk|Kingsley Avenue|"
    "Elm Grove|Rosebery Terrace|Station Road|Park View|Queen's Drive|Beechwood Close|"
    "Marlborough Gardens|St Mark's Road|Cromwell Place|Netherfield Way|Cavendish Street"
).split("|")
US_CITIES = (
    ("Portland", "OR", 97201, 97239),
    ("Austin", "TX", 78701, 78759),
    ("Boston", "MA", 2108, 2137),
    ("Chicago", "IL", 60601, 60661),
    ("Denver", "CO", 80202, 80249),
    ("Seattle", "WA", 98101, 98199),
    ("Madison", "WI", 53703, 53726),
)
US_STREETS = (
    "Maple Ave|W 3rd St|Elm Street|Lakeview Dr|Oak Ridge Rd|Pine St|Cedar Ln|N Halsted St|"
    "Commonwealth Ave|SE Hawthorne Blvd"
).split("|")
UK_INWARD = "ABDEFGHJLNPQRSTUWXYZ"


@dataclass
class Home:
    country: str  # NL NO RU GB US
    city: str
    prep: str = ""  # Norwegian "i"/"på"; Russian prepositional phrase
    data: tuple = ()


def random_home(rng: random.Random, country: str) -> Home:
    if country == "NL":
        c = rng.choice(NL_CITIES)
        return Home("NL", c[0], "in", c)
    if country == "NO":
        c = rng.choice(NB_CITIES)
        return Home("NO", c[0], c[1], c)
    if country == "RU":
        c = rng.choice(RU_CITIES)
        return Home("RU", c[0], c[1], c)
    if country == "US":
        c = rng.choice(US_CITIES)
        return Home("US", c[0], "in", c)
    c = rng.choice(UK_CITIES)
    return Home("GB", c[0], "in", c)


def address(rng: random.Random, home: Home, short: bool = False) -> str:
    """A street address in the style of the home's country (short: street + number only)."""
    if home.country == "NL":
        _, lo, hi = home.data
        num = rng.choice(
            [
                str(rng.randint(1, 180)),
                f"{rng.randint(1, 90)}{rng.choice('abc')}",
                f"{rng.randint(1, 90)}-{rng.randint(1, 3)}",
                f"{rng.randint(1, 200)} hs",
                f"{rng.randint(1, 60)}-III",
                f"{rng.randint(2, 70)} bis",
                f"{rng.randint(1, 99)} A",
            ]
        )
        street = f"{rng.choice(NL_STREETS)} {num}"
        if short:
            return street
        pc = f"{rng.randint(lo, hi)}"
        letters = rng.choice("ABCDEGHJKLMNPRTVWXZ") + rng.choice("ABCEGHJKLMNPRTVWXZ")
        pcs = rng.choice([f"{pc} {letters}", f"{pc}{letters}", f"{pc} {letters}"])
        city = home.city
        return rng.choice(
            [
                f"{street}, {pcs} {city}",
                f"{street} {pcs} {city}",
                f"{street}, {pcs}  {city}".replace("  ", " "),
                f"{street}, {city}",
            ]
        )
    if home.country == "NO":
        _, _, lo, hi = home.data
        num = rng.choice(
            [
                str(rng.randint(1, 120)),
                f"{rng.randint(1, 60)}{rng.choice('ABC')}",
                f"{rng.randint(1, 60)} {rng.choice('AB')}",
                f"{rng.randint(1, 40)}, leil. H0{rng.randint(1, 4)}0{rng.randint(1, 6)}",
            ]
        )
        street = f"{rng.choice(NB_STREETS)} {num}"
        if short:
            return street
        pc = f"{rng.randint(lo, hi):04d}"
        city = home.city
        return rng.choice(
            [
                f"{street}, {pc} {city}",
                f"{street}, {pc} {city.upper()}",
                f"{street} {pc} {city}",
                f"{street}, {city}",
            ]
        )
    if home.country == "RU":
        nom, _, _, _, lo, hi = home.data
        street = rng.choice(RU_STREETS)
        h, a = rng.randint(1, 140), rng.randint(1, 320)
        house = rng.choice(
            [
                f"д. {h}",
                f"д. {h}, корп. {rng.randint(1, 4)}",
                f"д. {h}/{rng.randint(1, 9)}",
                f"д.{h}",
            ]
        )
        if short:
            return rng.choice([f"{street}, {house}, кв. {a}", f"{street} {h}-{a}"])
        pc = rng.randint(lo, hi)
        return rng.choice(
            [
                f"г. {nom}, {street}, {house}, кв. {a}",
                f"{street} {h}-{a}, {nom}",
                f"{pc}, г. {nom}, {street}, {house}, кв. {a}",
                f"{nom}, {street} {h} кв {a}",
                f"{pc}, {nom}, {street}, {h}-{a}",
                f"г.{nom}, {street} {h}, кв.{a}",
            ]
        )
    if home.country == "US":
        city, st, lo, hi = home.data
        street = f"{rng.randint(12, 9800)} {rng.choice(US_STREETS)}"
        if short:
            return street
        z = f"{rng.randint(lo, hi):05d}"
        apt = rng.choice(
            ["", f", Apt {rng.randint(1, 30)}{rng.choice('ABCD')}", f" #{rng.randint(2, 900)}"]
        )
        return f"{street}{apt}, {city}, {st} {z}"
    city, areas = home.data
    n = rng.choice([str(rng.randint(1, 240)), f"{rng.randint(1, 90)}{rng.choice('ab')}"])
    street = f"{n} {rng.choice(UK_STREETS)}"
    if rng.random() < 0.3:
        street = f"Flat {rng.randint(1, 12)}, {street}"
    if short:
        return street
    pc = f"{rng.choice(areas)} {rng.randint(0, 9)}{rng.choice(UK_INWARD)}{rng.choice(UK_INWARD)}"
    return rng.choice([f"{street}, {city} {pc}", f"{street}, {city}, {pc}", f"{street}, {city}"])


# --------------------------------------------------------------------------------------------
# Persons
# --------------------------------------------------------------------------------------------


@dataclass
class Person:
    culture: str  # en nl nb ru rul (Russian in Latin script)
    gender: str  # m / f
    first: str
    last: str
    patronymic: str = ""
    birth: dt.date = dt.date(1980, 1, 1)
    home: Home | None = None

    def forms(self, part: str, case: str) -> str:
        if self.culture != "ru":
            return {"first": self.first, "last": self.last, "pat": self.patronymic}[part]
        if part == "first":
            return ru_first_forms(self.first, self.gender)[case]
        if part == "last":
            return ru_surname_forms(self.last, self.gender)[case]
        return ru_patronymic_forms(self.patronymic, self.gender)[case]

    def render(self, attr: str, case: str = "nom") -> str:
        first = self.forms("first", case)
        last = self.forms("last", case)
        if attr == "first":
            return first
        if attr == "last":
            if self.culture == "nl":
                return last[0].upper() + last[1:]
            return last
        if attr == "init":
            if self.culture == "ru":
                fi = self.first.partition(":")[0][0]
                return f"{last} {fi}. {self.patronymic[0]}."
            parts = re.split(r"[ -]", self.first)
            return "".join(p[0] + "." for p in parts) + " " + last
        if attr == "fio":
            if self.culture == "ru":
                return f"{last} {first} {self.forms('pat', case)}"
            return f"{first} {last}"
        if attr == "io":
            if self.culture == "ru":
                return f"{first} {self.forms('pat', case)}"
            return first
        return f"{first} {last}"


def ru_clean_first(name: str) -> str:
    return name.partition(":")[0]


def make_person(rng: random.Random, culture: str, gender: str | None = None) -> Person:
    gender = gender or rng.choice("mf")
    birth = dt.date(1944, 1, 1) + dt.timedelta(days=rng.randint(0, 61 * 365))
    if culture == "en":
        first = rng.choice(EN_MALE if gender == "m" else EN_FEMALE)
        p = Person("en", gender, first, rng.choice(EN_LAST), birth=birth)
        p.home = random_home(rng, rng.choice(["GB"] * 7 + ["US"] * 2 + ["NL", "NO"]))
        return p
    if culture == "nl":
        first = rng.choice(NL_MALE if gender == "m" else NL_FEMALE)
        p = Person("nl", gender, first, rng.choice(NL_LAST), birth=birth)
        p.home = random_home(rng, "NL")
        return p
    if culture == "nb":
        first = rng.choice(NB_MALE if gender == "m" else NB_FEMALE)
        p = Person("nb", gender, first, rng.choice(NB_LAST), birth=birth)
        p.home = random_home(rng, "NO")
        return p
    first = rng.choice(RU_MALE if gender == "m" else RU_FEMALE)
    pat = rng.choice(RU_PATRONYMICS)[0 if gender == "m" else 1]
    p = Person("ru", gender, first, rng.choice(RU_LAST), pat, birth=birth)
    p.home = random_home(rng, "RU")
    if culture == "rul":
        nom_last = ru_surname_forms(p.last, gender)["nom"]
        p = Person(
            "rul",
            gender,
            translit(ru_clean_first(first)),
            translit(nom_last),
            "",
            birth,
            random_home(rng, rng.choice(["GB", "NL", "NO"])),
        )
    return p


def person_for_lang(rng: random.Random, lang: str, gender: str | None = None) -> Person:
    if lang == "en":
        culture = rng.choice(["en"] * 7 + ["nl", "nb", "rul"])
    else:
        culture = lang
    return make_person(rng, culture, gender)


# --------------------------------------------------------------------------------------------
# Values (checksummed where the entity definition requires it)
# --------------------------------------------------------------------------------------------

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "nb": "januar februar mars april mai juni juli august september oktober november desember",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}
MONTHS_SHORT = {
    "en": [m[:3] for m in MONTHS["en"]],
    "nl": [m[:3] for m in MONTHS["nl"]],
    "nb": [m[:3] for m in MONTHS["nb"]],
    "ru": [m[:3] for m in MONTHS["ru"]],
}


def fmt_date(rng: random.Random, d: dt.date, lang: str, written: bool | None = None) -> str:
    if written is None:
        written = rng.random() < 0.35
    m = d.month
    if written:
        if lang == "en":
            return rng.choice(
                [
                    f"{d.day} {MONTHS['en'][m - 1]} {d.year}",
                    f"{MONTHS['en'][m - 1]} {d.day}, {d.year}",
                    f"{d.day} {MONTHS_SHORT['en'][m - 1]} {d.year}",
                    f"{d.day}th of {MONTHS['en'][m - 1]} {d.year}"
                    if d.day in range(4, 21)
                    else f"{d.day} {MONTHS['en'][m - 1]} {d.year}",
                ]
            )
        if lang == "nl":
            return rng.choice(
                [
                    f"{d.day} {MONTHS['nl'][m - 1]} {d.year}",
                    f"{d.day} {MONTHS_SHORT['nl'][m - 1]} {d.year}",
                ]
            )
        if lang == "nb":
            return rng.choice(
                [
                    f"{d.day}. {MONTHS['nb'][m - 1]} {d.year}",
                    f"{d.day} {MONTHS['nb'][m - 1]} {d.year}",
                ]
            )
        return f"{d.day} {MONTHS['ru'][m - 1]} {d.year}"
    yy = d.year % 100
    if lang == "en":
        opts = [
            f"{d.day:02d}/{m:02d}/{d.year}",
            f"{d.day}/{m}/{d.year}",
            f"{m:02d}/{d.day:02d}/{d.year}",
            f"{d.year}-{m:02d}-{d.day:02d}",
            f"{d.day:02d}.{m:02d}.{d.year}",
            f"{d.day:02d}/{m:02d}/{yy:02d}",
        ]
    elif lang == "nl":
        opts = [
            f"{d.day:02d}-{m:02d}-{d.year}",
            f"{d.day}-{m}-{d.year}",
            f"{d.day:02d}/{m:02d}/{d.year}",
            f"{d.day:02d}.{m:02d}.{d.year}",
            f"{d.year}-{m:02d}-{d.day:02d}",
            f"{d.day}-{m}-{yy:02d}",
        ]
    elif lang == "nb":
        opts = [
            f"{d.day:02d}.{m:02d}.{d.year}",
            f"{d.day}.{m}.{d.year}",
            f"{d.day:02d}.{m:02d}.{yy:02d}",
            f"{d.day:02d}/{m:02d}/{d.year}",
            f"{d.year}-{m:02d}-{d.day:02d}",
        ]
    else:
        opts = [
            f"{d.day:02d}.{m:02d}.{d.year}",
            f"{d.day:02d}.{m:02d}.{yy:02d}",
            f"{d.day:02d}/{m:02d}/{d.year}",
            f"{d.year}-{m:02d}-{d.day:02d}",
            f"{d.day}.{m:02d}.{d.year}",
        ]
    return rng.choice(opts)


def group(digits: str, sizes, sep: str = " ") -> str:
    out, i = [], 0
    for s in sizes:
        out.append(digits[i : i + s])
        i += s
    if i < len(digits):
        out.append(digits[i:])
    return sep.join(x for x in out if x)


def rdigits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


# Phones: (region, national significant number pattern as (prefix choices, n random digits)),
# formats use '#' for the digits of the national significant number in order.
PHONE_PLANS = {
    "NL": [
        (
            ("61", "62", "63", "64", "65", "68"),
            7,
            [
                "0#-########",
                "0# #### ####",
                "0#########",
                "+31 # ########",
                "+31 # #### ####",
                "+31#########",
                "0031 # ## ## ## ##",
                "+31 (0)# ########",
                "0#.##.##.##.##",
                "0# ## ## ## ##",
                "0# - ########",
            ],
        ),
        (
            ("20", "10", "30", "70", "50", "40", "71", "24"),
            7,
            ["0##-#######", "0## ### ####", "+31 ## ### ####", "0##-### ## ##", "(0##) #######"],
        ),
        (
            ("575", "513", "346", "172", "229"),
            6,
            ["0###-######", "0### ## ## ##", "+31 ### ######"],
        ),
    ],
    "NO": [
        (
            ("4", "9"),
            7,
            [
                "### ## ###",
                "## ## ## ##",
                "########",
                "+47 ### ## ###",
                "+47########",
                "0047 ########",
                "+47 ## ## ## ##",
                "+47-###-##-###",
                "###.##.###",
            ],
        ),
        (("22", "23", "55", "73", "51", "77"), 6, ["## ## ## ##", "+47 ## ## ## ##", "########"]),
    ],
    "RU": [
        (
            ("915", "916", "903", "926", "977", "985", "912", "922", "950", "999", "962"),
            7,
            [
                "8 (###) ###-##-##",
                "8##########",
                "8-###-###-##-##",
                "+7 ### ###-##-##",
                "+7 (###) ###-##-##",
                "+7##########",
                "8 ### ### ## ##",
                "+7-###-###-####",
                "8(###)###-##-##",
                "+7 ### ### ## ##",
            ],
        ),
        (
            ("495", "499", "812", "343", "843", "383"),
            7,
            ["8 (###) ###-##-##", "+7 (###) ###-##-##", "8 ### ###-##-##"],
        ),
    ],
    "GB": [
        (
            ("74", "75", "77", "78", "79"),
            8,
            [
                "0#### ######",
                "+44 #### ######",
                "+44 (0)#### ######",
                "0044 ##########",
                "0#########",
                "+44#########",
                "0### ### ####",
            ],
        ),
        (("20",), 8, ["0## #### ####", "+44 ## #### ####", "(0##) #### ####"]),
        (("161", "113", "131", "141", "117"), 7, ["0### ### ####", "+44 ### ### ####"]),
    ],
    "US": [
        (
            ("212", "415", "617", "312", "206", "512", "303", "404", "718", "646", "503", "608"),
            7,
            [
                "(###) ###-####",
                "###-###-####",
                "###.###.####",
                "+1 ### ### ####",
                "+1 (###) ###-####",
                "1-###-###-####",
                "+1-###-###-####",
            ],
        ),
    ],
    "DE": [
        (
            ("151", "152", "160", "162", "170", "172", "176", "179"),
            8,
            [
                "0### ########",
                "0###/########",
                "0###-#### ####",
                "+49 ### ########",
                "+49 (0)### ########",
                "+49###########",
                "0049 ### ########",
            ],
        ),
        (("30", "40", "89", "69"), 8, ["0##/########", "0## ########", "+49 ## ########"]),
    ],
}


def make_phone(rng: random.Random, region: str, intl: bool | None = None) -> str:
    plans = PHONE_PLANS[region]
    for _ in range(200):
        prefixes, n, formats = plans[0] if rng.random() < 0.75 else rng.choice(plans)
        nsn = rng.choice(prefixes) + rdigits(rng, n)
        if region == "US" and nsn[3] in "01":
            continue
        fmts = [f for f in formats if f.count("#") == len(nsn)]
        if intl is not None:
            fmts = [f for f in fmts if f.startswith(("+", "00")) == intl] or fmts
        f = rng.choice(fmts)
        it = iter(nsn)
        s = "".join(next(it) if c == "#" else c for c in f)
        try:
            num = phonenumbers.parse(s, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num) and str(num.national_number) == nsn.lstrip("0"):
            return s
    raise RuntimeError(f"no valid phone for {region}")


LANG_PHONE_REGIONS = {
    "en": ["GB"] * 6 + ["US"] * 3 + ["NL", "NO", "DE"],
    "nl": ["NL"] * 9 + ["DE", "GB"],
    "nb": ["NO"] * 9 + ["GB", "DE"],
    "ru": ["RU"] * 10 + ["DE"],
}

NL_BANKS = ("ABNA", "RABO", "INGB", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB", "RBRB")
NO_BANKS = ("1503", "1254", "1822", "3000", "6011", "9710", "1600", "4200", "1506", "8601", "3201")
DE_BANKS = ("10010010", "37040044", "50010517", "70150000", "20041133", "12030000", "76010085")
GB_BANKS = ("NWBK", "BARC", "LOYD", "HBUK", "MIDL")


def make_iban(rng: random.Random, country: str) -> str:
    for _ in range(500):
        try:
            if country == "NL":
                acct = rdigits(rng, 10) if rng.random() < 0.7 else "000" + rdigits(rng, 7)
                i = IBAN.generate("NL", rng.choice(NL_BANKS), acct)
            elif country == "NO":
                i = IBAN.generate("NO", rng.choice(NO_BANKS), rdigits(rng, 6))
            elif country == "DE":
                i = IBAN.generate("DE", rng.choice(DE_BANKS), rdigits(rng, 10))
            elif country == "GB":
                i = IBAN.generate("GB", rng.choice(GB_BANKS), rdigits(rng, 8), rdigits(rng, 6))
            elif country == "BE":
                i = IBAN.generate("BE", rdigits(rng, 3), rdigits(rng, 7))
            else:
                i = IBAN.generate("FR", rdigits(rng, 5), rdigits(rng, 11), rdigits(rng, 5))
            IBAN(str(i))  # validates, including the national check digits
        except Exception:  # noqa: BLE001 - schwifty raises several types; just retry
            continue
        return str(i)
    raise RuntimeError(country)


def fmt_iban(rng: random.Random, compact: str) -> str:
    groups = [compact[i : i + 4] for i in range(0, len(compact), 4)]
    r = rng.random()
    if r < 0.55:
        return " ".join(groups)
    if r < 0.78:
        return compact
    if r < 0.86:
        return compact.lower()
    if r < 0.93:
        return "-".join(groups)
    if r < 0.97:
        return " ".join(groups).lower()
    return compact[:4] + " " + compact[4:8] + " " + compact[8:]


def bad_iban(rng: random.Random, country: str) -> str:
    good = make_iban(rng, country)
    for _ in range(50):
        pos = rng.randrange(4, len(good))
        if not good[pos].isdigit():
            continue
        cand = good[:pos] + str((int(good[pos]) + rng.randint(1, 9)) % 10) + good[pos + 1 :]
        try:
            IBAN(cand)
        except Exception:  # noqa: BLE001
            return " ".join(cand[i : i + 4] for i in range(0, len(cand), 4))
    raise RuntimeError("bad iban")


def make_card(rng: random.Random, lang: str) -> str:
    kind = rng.choice(
        ["visa", "visa", "mc", "mc2", "amex"] + (["mir", "mir", "mir"] if lang == "ru" else [])
    )
    if kind == "visa":
        body = "4" + rdigits(rng, 14)
    elif kind == "mc":
        body = str(rng.randint(51, 55)) + rdigits(rng, 13)
    elif kind == "mc2":
        body = str(rng.randint(2221, 2720)) + rdigits(rng, 11)
    elif kind == "mir":
        body = str(rng.randint(2200, 2204)) + rdigits(rng, 11)
    else:
        body = rng.choice(["34", "37"]) + rdigits(rng, 12)
    num = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(num)
    if len(num) == 15:
        return rng.choice([group(num, (4, 6, 5)), num, group(num, (4, 6, 5), "-")])
    return rng.choice(
        [
            group(num, (4, 4, 4, 4)),
            group(num, (4, 4, 4, 4)),
            num,
            group(num, (4, 4, 4, 4), "-"),
            group(num, (4, 4, 4, 4), "."),
            group(num, (4, 4, 4, 4), "  ").replace("  ", " ", 2),
        ]
    )


def bad_card(rng: random.Random) -> str:
    while True:
        num = rng.choice("4523") + rdigits(rng, 15)
        if not luhn.is_valid(num):
            return group(num, (4, 4, 4, 4), rng.choice([" ", " ", "-", ""]))


def make_bsn(rng: random.Random) -> str:
    while True:
        num = str(rng.randint(1, 7)) + rdigits(rng, 8)
        if nl_bsn.is_valid(num):
            return rng.choice(
                [
                    num,
                    num,
                    f"{num[:4]}.{num[4:6]}.{num[6:]}",
                    group(num, (3, 3, 3)),
                    f"{num[:3]}.{num[3:6]}.{num[6:]}",
                    group(num, (3, 3, 3), "-"),
                ]
            )


def bad_nine(rng: random.Random) -> str:
    while True:
        num = str(rng.randint(1, 9)) + rdigits(rng, 8)
        if not nl_bsn.is_valid(num) and sum(int(c) * (9 - i) for i, c in enumerate(num)) % 11:
            return num


def make_fnr(rng: random.Random, birth: dt.date) -> str:
    for _ in range(200):
        if birth.year < 2000:
            ind = rng.randint(0, 499)
        else:
            ind = rng.randint(500, 999)
        base = birth.strftime("%d%m%y") + f"{ind:03d}"
        k1 = fodselsnummer.calc_check_digit1(base)
        if k1 == "10":
            continue
        k2 = fodselsnummer.calc_check_digit2(base + k1)
        if k2 == "10":
            continue
        num = base + k1 + k2
        assert fodselsnummer.is_valid(num), num
        return rng.choice(
            [
                num,
                num,
                f"{num[:6]} {num[6:]}",
                f"{num[:6]}-{num[6:]}",
                f"{num[:6]} {num[6:9]} {num[9:]}",
            ]
        )
    raise RuntimeError("fnr")


def bad_eleven(rng: random.Random) -> str:
    while True:
        num = rdigits(rng, 11)
        if not fodselsnummer.is_valid(num) and not kontonr.is_valid(num):
            return num


def make_kontonr(rng: random.Random) -> str:
    while True:
        body = rng.choice(NO_BANKS) + rdigits(rng, 6)
        check = (
            sum(w * int(n) for w, n in zip((6, 7, 8, 9, 4, 5, 6, 7, 8, 9), body, strict=True)) % 11
        )
        if check == 10:
            continue
        num = body + str(check)
        assert kontonr.is_valid(num)
        return rng.choice(
            [
                f"{num[:4]}.{num[4:6]}.{num[6:]}",
                f"{num[:4]} {num[4:6]} {num[6:]}",
                num,
                f"{num[:4]}.{num[4:6]}.{num[6:]}",
                f"{num[:4]}-{num[4:6]}-{num[6:]}",
                f"{num[:4]} {num[4:]}",
            ]
        )


def snils_check(nine: str) -> str:
    return f"{sum(int(c) * (9 - i) for i, c in enumerate(nine)) % 101 % 100:02d}"


def make_snils(rng: random.Random) -> str:
    while True:
        nine = rdigits(rng, 9)
        if int(nine) > 1001998:
            break
    num = nine + snils_check(nine)
    return rng.choice(
        [
            f"{num[:3]}-{num[3:6]}-{num[6:9]} {num[9:]}",
            num,
            f"{num[:3]}-{num[3:6]}-{num[6:9]}-{num[9:]}",
            f"{num[:3]} {num[3:6]} {num[6:9]} {num[9:]}",
            f"{num[:3]}-{num[3:6]}-{num[6:9]} {num[9:]}",
        ]
    )


def make_inn(rng: random.Random) -> str:
    ten = rng.choice(
        ["77", "50", "66", "16", "78", "54", "52", "63", "23", "25", "02", "74"]
    ) + rdigits(rng, 8)
    num = ten + ru_inn.calc_personal_check_digits(ten)
    assert ru_inn.is_valid(num)
    return rng.choice(
        [num, num, num, group(num, (4, 4, 4)), f"{num[:2]} {num[2:4]} {num[4:10]} {num[10:]}"]
    )


RU_BIKS = ("044525225", "044525593", "044525974", "046577674", "049205603", "044030653")


def make_ru_account(rng: random.Random) -> str:
    bik = rng.choice(RU_BIKS)
    head = rng.choice(["40817810", "40817810", "42307810", "40820810"])
    tail = rdigits(rng, 11)
    weights = ([7, 1, 3] * 8)[:23]
    for k in range(10):
        acct = head + str(k) + tail
        s = sum((int(c) * w) % 10 for c, w in zip(bik[-3:] + acct, weights, strict=True))
        if s % 10 == 0:
            break
    return rng.choice(
        [
            acct,
            acct,
            group(acct, (5, 3, 1, 4, 7)),
            group(acct, (4, 4, 4, 4, 4)),
            group(acct, (5, 3, 1, 11)),
        ]
    )


def make_nl_oldacct(rng: random.Random) -> str:
    while True:
        num = str(rng.randint(1, 9)) + rdigits(rng, 8)
        if sum(int(c) * (9 - i) for i, c in enumerate(num)) % 11 == 0:
            return rng.choice(
                [
                    f"{num[:2]}.{num[2:4]}.{num[4:6]}.{num[6:]}",
                    num,
                    f"{num[:4]}.{num[4:6]}.{num[6:]}",
                    f"{num[:2]} {num[2:4]} {num[4:6]} {num[6:]}",
                ]
            )


def make_sortacc(rng: random.Random) -> str:
    sc = rdigits(rng, 6)
    acc = rdigits(rng, 8)
    sc_s = rng.choice([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}"])
    return rng.choice([f"{sc_s} {acc}", f"{sc_s} {acc}", f"{sc_s}, {acc}", f"{sc_s} / {acc}"])


TICKET_PREFIXES = ("074", "057", "117", "125", "220", "555", "328")


def make_ticket(rng: random.Random, lang: str) -> str:
    prefer = {"nl": "074", "nb": "117", "ru": "555", "en": "125"}[lang]
    pre = prefer if rng.random() < 0.45 else rng.choice(TICKET_PREFIXES)
    num = pre + rdigits(rng, 10)
    return rng.choice(
        [
            num,
            f"{pre}-{num[3:]}",
            f"{pre} {num[3:]}",
            f"{pre} {num[3:6]} {num[6:9]} {num[9:]}",
            f"{pre}-{num[3:8]}-{num[8:]}",
            num,
        ]
    )


AIRLINES = {
    "en": ("BA", "U2", "FR", "VS", "EI", "LS", "KL", "DY", "LH", "AA", "DL", "UA", "BE"),
    "nl": ("KL", "HV", "OR", "TB", "U2", "FR", "LH", "AF", "TK", "KL"),
    "nb": ("DY", "SK", "WF", "D8", "KL", "LH", "FR", "SK", "DY"),
    "ru": ("SU", "S7", "U6", "DP", "FV", "UT", "N4", "SU", "TK", "EK"),
}


def make_flight(rng: random.Random, lang: str, role: str) -> str:
    code = rng.choice(AIRLINES[lang])
    n = str(
        rng.choice(
            [
                rng.randint(1, 99),
                rng.randint(100, 999),
                rng.randint(100, 999),
                rng.randint(1000, 9999),
                rng.randint(1000, 2999),
            ]
        )
    )
    sep = rng.choice(["", "", "", " ", " ", "-"])
    s = f"{code}{sep}{n}"
    if role == "customer" and rng.random() < 0.12:
        s = s.lower()
    return s


def make_pnr(rng: random.Random, role: str) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    chars = [rng.choice(letters) for _ in range(6)]
    for _ in range(rng.choice([0, 1, 1, 2, 2, 3])):
        chars[rng.randrange(6)] = rng.choice("23456789")
    s = "".join(chars)
    if s.isdigit() or not any(c.isdigit() for c in s) and rng.random() < 0.3:
        chars[rng.randrange(6)] = rng.choice("23456789")
        s = "".join(chars)
    if role == "customer" and rng.random() < 0.12:
        s = s.lower()
    return s


def make_passport(rng: random.Random, lang: str, kind: str = "") -> str:
    al = "ABCDEFGHIJKLMNPQRSTUVWXYZ"
    aln = al + "0123456789"
    kind = (
        kind
        or {
            "nl": "NL",
            "nb": "NO",
            "ru": rng.choice(["RUI", "RUI", "RUZ"]),
            "en": rng.choice(["GB", "GB", "US", "NL", "DE"]),
        }[lang]
    )
    if kind == "NL":
        return (
            "".join(rng.choice(al) for _ in range(2))
            + "".join(rng.choice(aln) for _ in range(6))
            + rdigits(rng, 1)
        )
    if kind == "NO":
        return rng.choice(
            [rdigits(rng, 8), "".join(rng.choice(al) for _ in range(2)) + rdigits(rng, 7)]
        )
    if kind == "RUI":
        s = rdigits(rng, 10)
        return rng.choice(
            [
                f"{s[:2]} {s[2:4]} {s[4:]}",
                f"{s[:4]} {s[4:]}",
                s,
                f"{s[:4]} №{s[4:]}",
                f"{s[:4]} № {s[4:]}",
            ]
        )
    if kind == "RUZ":
        s = str(rng.randint(70, 77)) + rdigits(rng, 7)
        return rng.choice([f"{s[:2]} {s[2:]}", s, f"{s[:2]} №{s[2:]}"])
    if kind == "US":
        return rng.choice(["A", "C", "E"]) + rdigits(rng, 8)
    if kind == "DE":
        return rng.choice("CFGHJK") + "".join(
            rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)
        )
    return str(rng.randint(1, 9)) + rdigits(rng, 8)  # GB


LOYALTY = {
    "en": (
        ("BA Executive Club", 8, ""),
        ("Avios", 8, ""),
        ("Flying Blue", 10, ""),
        ("EuroBonus", 9, "EB"),
        ("Virgin Flying Club", 10, ""),
    ),
    "nl": (("Flying Blue", 10, ""), ("Miles & More", 15, ""), ("Flying Blue", 10, "")),
    "nb": (("EuroBonus", 9, "EB"), ("Norwegian Reward", 9, ""), ("EuroBonus", 9, "EB")),
    "ru": (("Аэрофлот Бонус", 9, ""), ("S7 Priority", 9, ""), ("Аэрофлот Бонус", 10, "")),
}


def make_loyalty(rng: random.Random, prog: tuple) -> str:
    _, n, pre = prog
    num = rdigits(rng, n)
    if num[0] == "0":
        num = "1" + num[1:]
    if pre == "EB":
        p = "EB" + rng.choice("SGDB")
        return rng.choice([p + num, f"{p} {num}", f"{p} {num[:3]} {num[3:6]} {num[6:]}"])
    if n == 10:
        return rng.choice([num, group(num, (4, 3, 3)), group(num, (3, 3, 4))])
    if n == 15:  # Miles & More
        num = "992" + num[3:]
        return group(num, (4, 4, 4, 3)) if rng.random() < 0.6 else num
    return rng.choice([num, num, group(num, (3, 3, 3)) if n == 9 else group(num, (4, 4))])


def make_custno(rng: random.Random, lang: str, domain: str) -> str:
    r = rng.random()
    if domain == "telecom" and lang == "ru":
        return rdigits(rng, 1).replace("0", "3") + rdigits(rng, rng.choice([8, 11]))
    if r < 0.45:
        n = rng.choice([6, 7, 8, 9, 10])
        return str(rng.randint(1, 9)) + rdigits(rng, n - 1)
    if r < 0.6:
        s = str(rng.randint(1, 9)) + rdigits(rng, 8)
        return group(s, (3, 3, 3), rng.choice([" ", ".", "-"]))
    if r < 0.8:
        pre = {
            "en": ["C-", "CUS", "AC-"],
            "nl": ["K", "KL-", "C"],
            "nb": ["K-", "KU"],
            "ru": ["КЛ-", "N"],
        }[lang]
        return rng.choice(pre) + rdigits(rng, rng.choice([6, 7, 8]))
    if r < 0.9:
        return f"{rng.randint(10, 99)}-{rdigits(rng, rng.choice([3, 5, 6]))}"
    return f"{rng.randint(1, 9)}.{rdigits(rng, 8)}"


def make_ip(rng: random.Random, v6: bool | None = None) -> str:
    if v6 is None:
        v6 = rng.random() < 0.3
    if v6:
        pre = rng.choice(
            [
                "2a02:a44a",
                "2001:67c",
                "2a01:79d",
                "2a00:1370",
                "2001:1c00",
                "2a02:2121",
                "2a0a:a545",
                "2001:4640",
            ]
        )
        rest = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(8 - pre.count(":") - 1)]
        if rng.random() < 0.5:
            k = rng.randrange(1, len(rest) - 1)
            rest[k] = "0"
            rest[k + 1] = "0"
        addr = ipaddress.IPv6Address(pre + ":" + ":".join(rest))
        return addr.compressed if rng.random() < 0.85 else addr.exploded
    r = rng.random()
    if r < 0.15:
        return f"192.168.{rng.choice([0, 1, 1, 2, 10, 178])}.{rng.randint(2, 254)}"
    if r < 0.22:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    first = rng.choice(
        [
            31,
            37,
            46,
            62,
            77,
            78,
            80,
            81,
            84,
            85,
            87,
            89,
            91,
            93,
            94,
            95,
            109,
            145,
            176,
            178,
            185,
            188,
            193,
            195,
            212,
            213,
            217,
        ]
    )
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


EMAIL_DOMAINS = {
    "en": (
        "gmail.com",
        "outlook.com",
        "yahoo.co.uk",
        "btinternet.com",
        "hotmail.co.uk",
        "icloud.com",
        "sky.com",
        "protonmail.com",
        "live.co.uk",
    ),
    "nl": (
        "gmail.com",
        "hotmail.com",
        "ziggo.nl",
        "kpnmail.nl",
        "outlook.com",
        "live.nl",
        "planet.nl",
        "xs4all.nl",
        "home.nl",
        "icloud.com",
        "student.uva.nl",
    ),
    "nb": (
        "gmail.com",
        "online.no",
        "hotmail.com",
        "live.no",
        "outlook.com",
        "icloud.com",
        "broadpark.no",
        "getmail.no",
        "stud.ntnu.no",
    ),
    "ru": (
        "mail.ru",
        "yandex.ru",
        "gmail.com",
        "bk.ru",
        "list.ru",
        "inbox.ru",
        "rambler.ru",
        "ya.ru",
    ),
}


def make_email(rng: random.Random, p: Person, lang: str) -> str:
    if p.culture == "ru":
        first = translit(ru_clean_first(p.first)).lower()
        last = translit(ru_surname_forms(p.last, p.gender)["nom"]).lower()
    else:
        first = ascii_fold(p.first)
        last = ascii_fold(p.last)
    yy = f"{p.birth.year % 100:02d}"
    local = rng.choice(
        [
            f"{first}.{last}",
            f"{first[0]}.{last}",
            f"{first}{last}{yy}",
            f"{last}.{first}",
            f"{first}_{last}",
            f"{first}{last[0]}",
            f"{first}.{last}{rng.randint(1, 99)}",
            f"{last}{p.birth.year}",
            f"{first}+{rng.choice(['shop', 'bank', 'travel', 'mail'])}",
            f"{first[:3]}{last[:4]}",
            f"{first}-{last}",
        ]
    )
    local = re.sub(r"[^a-z0-9._+-]", "", local) or "mail"
    dom = rng.choice(EMAIL_DOMAINS[lang])
    s = f"{local}@{dom}"
    if rng.random() < 0.07:
        s = s[0].upper() + s[1:]
    return s


# --------------------------------------------------------------------------------------------
# Hard negatives
# --------------------------------------------------------------------------------------------

BRANDS = {
    "en": {
        "airline": ("British Airways", "easyJet", "Ryanair", "Jet2", "Virgin Atlantic", "Loganair"),
        "bank": ("Barclays", "Lloyds", "Monzo", "Santander", "HSBC", "Nationwide", "Starling"),
        "telecom": ("Vodafone", "EE", "O2", "Three", "BT", "Sky", "giffgaff"),
        "webshop": ("Amazon", "Currys", "Argos", "ASOS", "John Lewis", "Marks & Spencer", "Boots"),
    },
    "nl": {
        "airline": ("KLM", "Transavia", "Corendon", "TUI fly"),
        "bank": ("ING", "Rabobank", "ABN AMRO", "bunq", "SNS", "ASN Bank", "Triodos"),
        "telecom": ("KPN", "Ziggo", "Odido", "Vodafone", "Simyo", "Ben"),
        "webshop": ("bol.com", "Coolblue", "Zalando", "Wehkamp", "HEMA", "Albert Heijn", "Blokker"),
    },
    "nb": {
        "airline": ("Norwegian", "SAS", "Widerøe", "Flyr"),
        "bank": ("DNB", "SpareBank 1", "Nordea", "Handelsbanken", "Sbanken", "Bulder"),
        "telecom": ("Telenor", "Telia", "Ice", "Talkmore", "OneCall"),
        "webshop": ("Komplett", "Elkjøp", "XXL", "Power", "Zalando", "Clas Ohlson", "Jernia"),
    },
    "ru": {
        "airline": ("Аэрофлот", "S7", "Победа", "Уральские авиалинии", "ЮТэйр"),
        "bank": ("Сбербанк", "Т-Банк", "ВТБ", "Альфа-Банк", "Газпромбанк"),
        "telecom": ("МТС", "Tele2", "Yota", "«Билайн»", "«МегаФон»", "«Ростелеком»"),
        "webshop": ("Ozon", "Wildberries", "Яндекс Маркет", "М.Видео", "DNS", "Lamoda"),
    },
}
# fictional companies for the news articles (real firms are not made to go bankrupt)
FICT_SHOPS = {
    "en": ("HomeHaus", "Sofa Direct", "Brightcart"),
    "nl": ("Huis&Co", "Fietsplanet", "BedDirect"),
    "nb": ("Møbelkassa", "Sykkelsentralen", "Hjemmebutikken"),
    "ru": ("«Домовой»", "«ТехноГрад»", "«Мебель-Онлайн»"),
}
DESTS = {
    "en": (
        "Edinburgh",
        "Dublin",
        "Malaga",
        "Faro",
        "Amsterdam",
        "New York",
        "Tenerife",
        "Reykjavik",
        "Kraków",
        "Palma",
    ),
    "nl": (
        "Barcelona",
        "Málaga",
        "Oslo",
        "Curaçao",
        "Bonaire",
        "Istanbul",
        "Lissabon",
        "Parijs",
        "Londen",
        "New York",
        "Kaapstad",
        "Bergen",
    ),
    "nb": (
        "Oslo",
        "Tromsø",
        "Bergen",
        "Alicante",
        "Gran Canaria",
        "Kraków",
        "København",
        "Stockholm",
        "Longyearbyen",
        "Amsterdam",
        "Bodø",
    ),
    "ru": (
        "в Сочи",
        "в Казань",
        "в Стамбул",
        "в Дубай",
        "в Калининград",
        "во Владивосток",
        "в Минеральные Воды",
        "в Ереван",
        "в Новосибирск",
        "в Анталью",
    ),
}
NEWS_CITIES = {
    "en": ("Manchester", "Leeds", "Glasgow", "Bristol", "Cardiff", "Belfast", "Norwich", "Gatwick"),
    "nl": (
        "Amsterdam",
        "Rotterdam",
        "Utrecht",
        "Den Haag",
        "Zwolle",
        "Groningen",
        "Breda",
        "Arnhem",
    ),
    "nb": ("Oslo", "Bergen", "Trondheim", "Stavanger", "Tromsø", "Kristiansand", "Bodø", "Hamar"),
    "ru": (
        "Москва",
        "Санкт-Петербург",
        "Екатеринбург",
        "Казань",
        "Самара",
        "Пермь",
        "Томск",
        "Омск",
    ),
}
RU_CITY_PREP = {
    "Москва": "Москве",
    "Санкт-Петербург": "Санкт-Петербурге",
    "Екатеринбург": "Екатеринбурге",
    "Казань": "Казани",
    "Самара": "Самаре",
    "Пермь": "Перми",
    "Томск": "Томске",
    "Омск": "Омске",
}
RU_CITY_GEN = {
    "Москва": "Москвы",
    "Санкт-Петербург": "Санкт-Петербурга",
    "Екатеринбург": "Екатеринбурга",
    "Казань": "Казани",
    "Самара": "Самары",
    "Пермь": "Перми",
    "Томск": "Томска",
    "Омск": "Омска",
}
AIRPORTS = {
    "en": ("Heathrow", "Gatwick", "Manchester", "Stansted"),
    "nl": ("Schiphol", "Eindhoven Airport"),
    "nb": ("Gardermoen", "Flesland", "Værnes", "Sola"),
    "ru": ("Шереметьево", "Внуково", "Пулково", "Кольцово", "Толмачёво"),
}
AIRCRAFT = (
    "Boeing 737-800",
    "A320neo",
    "A321",
    "E190",
    "Dash 8-400",
    "787-9",
    "ATR 72",
    "B738",
    "Embraer 175",
    "A350",
    "737 MAX 8",
    "SSJ-100",
    "A220-300",
    "777-300ER",
)
AIRCRAFT_RU = ("Boeing 737-800", "A320neo", "SSJ-100", "МС-21", "A321", "Ту-214", "777-300ER")


def make_ean(rng: random.Random, prefix: str) -> str:
    body = prefix + rdigits(rng, 12 - len(prefix))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def make_imei(rng: random.Random) -> str:
    body = rng.choice(["35", "86", "49", "01"]) + rdigits(rng, 12)
    return body + luhn.calc_check_digit(body)


def neg_value(rng: random.Random, kind: str, lang: str, domain: str) -> str:
    if kind == "ORDER":
        return rng.choice(
            {
                "en": [
                    f"#{rdigits(rng, 9)}",
                    f"ORD-{rdigits(rng, 7)}",
                    f"{rng.randint(200, 408)}-{rdigits(rng, 7)}-{rdigits(rng, 7)}",
                    f"A{rdigits(rng, 8)}",
                ],
                "nl": [
                    f"{rng.randint(1, 9)}{rdigits(rng, 9)}",
                    f"NL-2025-{rdigits(rng, 6)}",
                    f"#{rdigits(rng, 8)}",
                    bad_nine(rng),
                ],
                "nb": [
                    f"{rng.randint(1, 9)}{rdigits(rng, 7)}",
                    f"#{rdigits(rng, 9)}",
                    f"NO{rdigits(rng, 8)}",
                ],
                "ru": [
                    f"{rdigits(rng, 8)}-{rdigits(rng, 4)}",
                    f"{rng.randint(1, 9)}{rdigits(rng, 8)}",
                    f"№ {rdigits(rng, 2)}-{rdigits(rng, 6)}",
                ],
            }[lang]
        )
    if kind == "INVOICE":
        return rng.choice(
            [
                f"F2025-{rdigits(rng, 5)}",
                f"INV-{rdigits(rng, 6)}",
                f"2025-{rng.randint(1, 12):02d}-{rdigits(rng, 4)}",
                f"{rdigits(rng, 2)}/{rng.choice(['2024', '2025'])}",
                f"{rng.randint(1, 9)}{rdigits(rng, 6)}",
            ]
        )
    if kind == "CASE":
        return rng.choice(
            [
                f"#{rdigits(rng, 6)}",
                f"CS-2025-{rdigits(rng, 6)}",
                f"SR 1-{rdigits(rng, 8)}",
                f"{rdigits(rng, 8)}",
                f"2025-{rdigits(rng, 6)}",
            ]
        )
    if kind == "TRACK":
        return rng.choice(
            [
                "3S"
                + "".join(rng.choice("ABCDEFGHKLMNPRSTVWXZ") for _ in range(4))
                + rdigits(rng, 7),
                f"LA{rdigits(rng, 9)}NO",
                f"RA{rdigits(rng, 9)}RU",
                f"JJD{rdigits(rng, 18)}",
                "00" + rdigits(rng, 18),
                f"8008{rdigits(rng, 10)}",
                f"AB{rdigits(rng, 9)}GB",
                f"1Z{rdigits(rng, 3)}AA{rdigits(rng, 10)}",
                f"CP{rdigits(rng, 9)}NL",
            ]
        )
    if kind == "PRICE":
        e, c = rng.randint(3, 1900), rng.randint(0, 99)
        return rng.choice(
            {
                "en": [
                    f"£{e}.{c:02d}",
                    f"£{e}",
                    f"${e}.{c:02d}",
                    f"€{e}",
                    f"{e}.{c:02d} GBP",
                    f"£{e:,}.00",
                ],
                "nl": [
                    f"€ {e},{c:02d}",
                    f"€{e},-",
                    f"{e},{c:02d} euro",
                    f"EUR {e}",
                    f"€ {e}.{c:02d}",
                ],
                "nb": [
                    f"{e} kr",
                    f"kr {e},-",
                    f"{e:,} kr".replace(",", " "),
                    f"NOK {e}",
                    f"{e},{c:02d} kroner",
                ],
                "ru": [
                    f"{e * 10} ₽",
                    f"{e * 10} руб.",
                    f"{e:,} 000 рублей".replace(",", " "),
                    f"{e * 10}р",
                ],
            }[lang]
        )
    if kind == "DATE":
        d = TODAY + dt.timedelta(days=rng.randint(-40, 220))
        if domain == "article":  # news style: day and month
            return {
                "en": rng.choice(
                    [f"{d.day} {MONTHS['en'][d.month - 1]}", f"{MONTHS['en'][d.month - 1]} {d.day}"]
                ),
                "nl": f"{d.day} {MONTHS['nl'][d.month - 1]}",
                "nb": f"{d.day}. {MONTHS['nb'][d.month - 1]}",
                "ru": f"{d.day} {MONTHS['ru'][d.month - 1]}",
            }[lang]
        if rng.random() < 0.3:
            return rng.choice(
                {
                    "en": [f"{d.day} {MONTHS['en'][d.month - 1]}", f"{d.day:02d}/{d.month:02d}"],
                    "nl": [f"{d.day} {MONTHS['nl'][d.month - 1]}", f"{d.day}-{d.month}"],
                    "nb": [f"{d.day}. {MONTHS['nb'][d.month - 1]}", f"{d.day}.{d.month}"],
                    "ru": [f"{d.day} {MONTHS['ru'][d.month - 1]}", f"{d.day:02d}.{d.month:02d}"],
                }[lang]
            )
        return fmt_date(rng, d, lang)
    if kind == "TIME":
        h, m = rng.randint(5, 23), rng.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55])
        return rng.choice(
            [f"{h:02d}:{m:02d}", f"{h}:{m:02d}", f"{h}.{m:02d}"]
            + ([f"{h % 12 or 12}{'am' if h < 12 else 'pm'}"] if lang == "en" else [])
        )
    if kind == "AIRCRAFT":
        return rng.choice(AIRCRAFT_RU if lang == "ru" else AIRCRAFT)
    if kind == "SKU":
        return rng.choice(
            [
                f"SKU {rdigits(rng, 5)}-BLK",
                f"art.nr. 92000001{rdigits(rng, 8)}",
                "SM-A546B",
                "KD-55X85L",
                "MQKJ3ZD/A",
                "WH-1000XM5",
                f"{rng.choice(['HX', 'QN', 'GZ'])}{rdigits(rng, 4)}",
                "iPhone 15 Pro",
            ]
        )
    if kind == "EAN":
        return make_ean(rng, {"en": "50", "nl": "87", "nb": "70", "ru": "46"}[lang])
    if kind == "SHOPPC":
        if lang == "nl":
            letters = rng.choice("ABCDEGHJKLMNPRTVWXZ") + rng.choice("ABCEGHJKLMNPRTVWXZ")
            return f"{rng.randint(1011, 9999)} {letters}"
        if lang == "nb":
            return f"{rng.randint(150, 9990):04d}"
        if lang == "ru":
            return f"{rng.randint(101000, 690000)}"
        inward = f"{rng.randint(1, 9)}{rng.choice(UK_INWARD)}{rng.choice(UK_INWARD)}"
        return f"{rng.choice(['SW1A', 'M1', 'LS1', 'G2', 'EC2V'])} {inward}"
    if kind == "BADIBAN":
        return bad_iban(rng, {"en": "GB", "nl": "NL", "nb": "NO", "ru": "DE"}[lang])
    if kind == "BADCARD":
        return bad_card(rng)
    if kind == "BADBSN":
        return bad_nine(rng)
    if kind == "BADFNR":
        return bad_eleven(rng)
    if kind == "BRAND":
        return rng.choice(BRANDS[lang][domain])
    if kind == "SEAT":
        return f"{rng.randint(1, 40)}{rng.choice('ABCDEF')}"
    if kind == "GATE":
        return f"{rng.choice('ABCDEFH')}{rng.randint(1, 60)}"
    if kind == "VOUCHER":
        return rng.choice(
            {
                "en": ["WINTER25", "SAVE15", "HELLO10", "BLACKFRIDAY"],
                "nl": ["WELKOM10", "ZOMER24", "KORTING15", "SINTERKLAAS"],
                "nb": ["SOMMER24", "VELKOMMEN", "JUL2025", "RABATT20"],
                "ru": ["ВЕСНА20", "SKIDKA10", "NEWYEAR", "ПРИВЕТ15"],
            }[lang]
        )
    if kind == "IMEI":
        return make_imei(rng)
    if kind == "VERSION":
        return rng.choice(
            [
                ".".join(str(rng.randint(a, b)) for a, b in ((1, 7), (0, 12), (0, 30), (1, 99))),
                f"{rng.randint(1, 17)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}",
            ]
        )
    if kind == "LAST4":
        return rdigits(rng, 4)
    if kind == "EXPIRY":
        return rng.choice(
            [
                f"{rng.randint(1, 12):02d}/{rng.randint(26, 30)}",
                f"{rng.randint(1, 12):02d}/20{rng.randint(26, 30)}",
            ]
        )
    if kind == "BAGTAG":
        return (
            rng.choice(["AMS", "OSL", "LHR", "SVO", "BGO", "MAN", "LED"])
            + rng.choice(["KL", "SK", "BA", "SU", "DY"])
            + rdigits(rng, 5)
        )
    if kind == "KID":
        return rdigits(rng, rng.choice([10, 12, 15]))
    if kind == "BIK":
        return rng.choice(RU_BIKS)
    if kind == "CORR":
        return "30101810" + rdigits(rng, 9) + rng.choice(RU_BIKS)[-3:]
    if kind == "CITY":
        return rng.choice(NEWS_CITIES[lang])
    if kind == "AIRPORT":
        return rng.choice(AIRPORTS[lang])
    if kind == "SHOPNAME":
        return rng.choice(FICT_SHOPS[lang])
    raise KeyError(kind)


NEG_KINDS = {
    "ORDER",
    "INVOICE",
    "CASE",
    "TRACK",
    "PRICE",
    "DATE",
    "TIME",
    "AIRCRAFT",
    "SKU",
    "EAN",
    "SHOPPC",
    "BADIBAN",
    "BADCARD",
    "BADBSN",
    "BADFNR",
    "BRAND",
    "SEAT",
    "GATE",
    "VOUCHER",
    "IMEI",
    "VERSION",
    "LAST4",
    "EXPIRY",
    "BAGTAG",
    "KID",
    "BIK",
    "CORR",
    "CITY",
    "AIRPORT",
    "SHOPNAME",
}
CACHED_NEG = {"BRAND", "CITY", "AIRPORT", "SHOPNAME"}  # stay the same within a conversation/article


# --------------------------------------------------------------------------------------------
# Templates
# --------------------------------------------------------------------------------------------

PERSON_KEYS = {"CUST", "AGENT", "OTHER", "P1", "P2", "P3", "P4"}
PERSON_ATTRS_PII = {
    None: "PERSON",
    "first": "PERSON",
    "last": "PERSON",
    "init": "PERSON",
    "fio": "PERSON",
    "io": "PERSON",
    "fl": "PERSON",
    "dob": "DATE_OF_BIRTH",
    "home": "LOCATION",
    "addr": "LOCATION",
    "street": "LOCATION",
    "city": "LOCATION",
    "from": "LOCATION",
    "cityg": "LOCATION",
    "email": "EMAIL_ADDRESS",
    "fnr": "NATIONAL_ID",
    "age": None,
}
ALIASES = {
    "NAME": ("CUST", None),
    "FIRST": ("CUST", "first"),
    "DOB": ("CUST", "dob"),
    "HOME": ("CUST", "home"),
    "ADDRESS": ("CUST", "addr"),
    "STREET": ("CUST", "street"),
}
VALUE_TYPES = {
    "EMAIL": "EMAIL_ADDRESS",
    "PHONE": "PHONE_NUMBER",
    "PHONE_INT": "PHONE_NUMBER",
    "IBAN": "IBAN_CODE",
    "IBAN_X": "IBAN_CODE",
    "IBAN_NL": "IBAN_CODE",
    "IBAN_DE": "IBAN_CODE",
    "IBAN_NO": "IBAN_CODE",
    "IBAN_GB": "IBAN_CODE",
    "IBAN_FR": "IBAN_CODE",
    "KONTO": "BANK_ACCOUNT",
    "RUACC": "BANK_ACCOUNT",
    "NLACC": "BANK_ACCOUNT",
    "SORTACC": "BANK_ACCOUNT",
    "CARD": "CREDIT_CARD",
    "CUSTNO": "CUSTOMER_NUMBER",
    "LOYALTY": "CUSTOMER_NUMBER",
    "FLIGHT": "FLIGHT_NUMBER",
    "PNR": "BOOKING_REFERENCE",
    "TICKET": "TICKET_NUMBER",
    "BSN": "NATIONAL_ID",
    "FNR": "NATIONAL_ID",
    "SNILS": "NATIONAL_ID",
    "INN": "NATIONAL_ID",
    "PASSPORT": "PASSPORT",
    "PASSPORT_RUZ": "PASSPORT",
    "IP": "IP_ADDRESS",
    "IP6": "IP_ADDRESS",
}
OTHER_TOKENS = {"PROGRAM", "DEST", "FROM", "CITYP", "CITYG", "CITY2"}
TOKEN_RE = re.compile(r"\{([^{}]+)\}")
NAME_RE = re.compile(r"([A-Z][A-Z0-9_]*)(?:\.([a-z]+))?(?::([a-z]+))?")


@dataclass
class Template:
    lang: str
    domain: str
    role: str
    text: str
    types: frozenset = field(default_factory=frozenset)
    tid: int = 0


def token_type(tok: str) -> str | None:
    if "?" in tok or tok.startswith("="):
        return None
    m = NAME_RE.fullmatch(tok)
    if not m:
        raise ValueError(f"bad token {{{tok}}}")
    name, attr, case = m.groups()
    if case and case not in CASES:
        raise ValueError(f"bad case in {{{tok}}}")
    if name in ALIASES:
        name, attr = ALIASES[name]
    if name in PERSON_KEYS:
        if attr not in PERSON_ATTRS_PII:
            raise ValueError(f"bad attribute in {{{tok}}}")
        return PERSON_ATTRS_PII[attr]
    if name in VALUE_TYPES:
        return VALUE_TYPES[name]
    if name in NEG_KINDS or name in OTHER_TOKENS or name.startswith("BRAND_"):
        return None
    raise ValueError(f"unknown token {{{tok}}}")


def parse_chat_block(lang: str, block: str) -> list[Template]:
    out: list[Template] = []
    domain = role = ""
    for raw in block.splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if raw.startswith("@"):
            domain, role = raw[1:].split()
            continue
        if raw[0].isspace():
            out[-1].text += " " + raw.strip()
            continue
        out.append(Template(lang, domain, role, raw.strip()))
    for t in out:
        t.types = frozenset(x for x in (token_type(k) for k in TOKEN_RE.findall(t.text)) if x)
    return out


def parse_article_block(lang: str, block: str) -> list[list[Template]]:
    """Stories as lists of paragraph templates; templates of a story flagged "old" get the
    domain "article-old" (its P1 is born 1945-1965)."""
    stories: list[list[Template]] = []
    old: list[bool] = []
    para: list[str] = []

    def flush() -> None:
        if para:
            stories[-1].append(Template(lang, "article", "text", " ".join(para)))
            para.clear()

    for raw in block.splitlines():
        if raw.startswith("==="):
            flush()
            stories.append([])
            old.append("old" in raw.split()[2:])
        elif not raw.strip():
            flush()
        else:
            para.append(raw.strip())
    flush()
    for story, is_old in zip(stories, old, strict=True):
        for t in story:
            t.domain = "article-old" if is_old else "article"
            t.types = frozenset(x for x in (token_type(k) for k in TOKEN_RE.findall(t.text)) if x)
    return stories


# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------


@dataclass
class Ctx:
    rng: random.Random
    lang: str
    domain: str
    role: str
    persons: dict
    cache: dict


def person_attr(ctx: Ctx, p: Person, attr: str | None, case: str) -> list[Seg]:
    rng, lang = ctx.rng, ctx.lang
    if attr in (None, "first", "last", "init", "fio", "io"):
        return [pii(p.render(attr or "full", case), "PERSON")]
    if attr == "fl":  # Dutch/Norwegian news style: first name + initial of the surname
        last = p.render("last", case)
        if p.culture == "nl" and " " in p.last:
            parts = p.last.split(" ")
            return [pii(f"{p.first} {' '.join(parts[:-1])} {parts[-1][0]}.", "PERSON")]
        return [pii(f"{p.forms('first', case)} {last[0]}.", "PERSON")]
    if attr == "dob":
        written = True if ctx.domain == "article" else None
        return [pii(fmt_date(rng, p.birth, lang, written), "DATE_OF_BIRTH")]
    if attr == "age":
        return [neg(str((TODAY - p.birth).days // 365), "AGE")]
    if attr == "email":
        return [pii(make_email(rng, p, lang), "EMAIL_ADDRESS")]
    if attr == "fnr":
        return [pii(make_fnr(rng, p.birth), "NATIONAL_ID")]
    home = p.home
    if attr in ("addr", "street"):
        key = ("addr", id(p), attr)
        if key not in ctx.cache:
            ctx.cache[key] = address(rng, home, short=attr == "street")
        text = ctx.cache[key]
        if ctx.role == "customer" and rng.random() < 0.06 and home.country != "RU":
            text = text.lower()
        return [pii(text, "LOCATION")]
    if home.country == "RU":
        nom, prep, _acc, gen, *_ = home.data
        if attr == "home":
            pre, _, city = prep.partition(" ")
            return [lit(pre + " "), pii(city, "LOCATION")]
        if attr == "from":
            return [lit("из "), pii(gen.partition(" ")[2], "LOCATION")]
        if attr == "cityg":
            return [pii(gen.partition(" ")[2], "LOCATION")]
        return [pii(nom, "LOCATION")]
    city = home.city
    if attr == "home":
        if lang == "nb":
            prep = home.prep if home.country == "NO" else "i"
            return [lit(prep + " "), pii(city, "LOCATION")]
        return [pii(city, "LOCATION")]
    if attr == "from":
        word = {"en": "from", "nl": "uit", "nb": "fra", "ru": "из"}[lang]
        return [lit(word + " "), pii(city, "LOCATION")]
    return [pii(city, "LOCATION")]


def pick_iban_country(rng: random.Random, lang: str, tok: str) -> str:
    if tok != "IBAN" and tok != "IBAN_X":
        return tok[-2:]
    home = {"en": "GB", "nl": "NL", "nb": "NO", "ru": "DE"}[lang]
    if tok == "IBAN" and rng.random() < 0.8:
        return home
    return rng.choice([c for c in ("NL", "DE", "GB", "BE", "FR", "NO") if c != home])


def expand(ctx: Ctx, tok: str) -> list[Seg]:
    rng, lang, domain, role = ctx.rng, ctx.lang, ctx.domain, ctx.role
    if tok.startswith("="):  # {=KIND:literal text} marks a literal hard negative
        kind, _, text = tok[1:].partition(":")
        return [neg(text, kind)]
    if "?" in tok:
        key, _, alts = tok.partition("?")
        male, _, female = alts.partition("|")
        return [lit(male if ctx.persons[key].gender == "m" else female)]
    name, attr, case = NAME_RE.fullmatch(tok).groups()
    case = case or "nom"
    if name in ALIASES:
        name, attr = ALIASES[name]
    if name in PERSON_KEYS:
        return person_attr(ctx, ctx.persons[name], attr, case)
    if name == "EMAIL":
        p = ctx.persons["CUST"] if rng.random() < 0.8 else person_for_lang(rng, lang)
        return [pii(make_email(rng, p, lang), "EMAIL_ADDRESS")]
    if name in ("PHONE", "PHONE_INT"):
        region = rng.choice(LANG_PHONE_REGIONS[lang])
        local = region in {"en": ("GB", "US"), "nl": ("NL",), "nb": ("NO",), "ru": ("RU",)}[lang]
        intl = True if name == "PHONE_INT" or not local else None
        return [pii(make_phone(rng, region, intl), "PHONE_NUMBER")]
    if name.startswith("IBAN"):
        return [pii(fmt_iban(rng, make_iban(rng, pick_iban_country(rng, lang, name))), "IBAN_CODE")]
    if name == "KONTO":
        return [pii(make_kontonr(rng), "BANK_ACCOUNT")]
    if name == "RUACC":
        return [pii(make_ru_account(rng), "BANK_ACCOUNT")]
    if name == "NLACC":
        return [pii(make_nl_oldacct(rng), "BANK_ACCOUNT")]
    if name == "SORTACC":
        return [pii(make_sortacc(rng), "BANK_ACCOUNT")]
    if name == "CARD":
        return [pii(make_card(rng, lang), "CREDIT_CARD")]
    if name == "CUSTNO":
        return [pii(make_custno(rng, lang, domain), "CUSTOMER_NUMBER")]
    if name == "PROGRAM":
        prog = rng.choice(LOYALTY[lang])
        ctx.cache["prog"] = prog
        return [lit(prog[0])]
    if name == "LOYALTY":
        prog = ctx.cache.get("prog") or rng.choice(LOYALTY[lang])
        return [pii(make_loyalty(rng, prog), "CUSTOMER_NUMBER")]
    if name == "FLIGHT":
        return [pii(make_flight(rng, lang, role), "FLIGHT_NUMBER")]
    if name == "PNR":
        return [pii(make_pnr(rng, role), "BOOKING_REFERENCE")]
    if name == "TICKET":
        return [pii(make_ticket(rng, lang), "TICKET_NUMBER")]
    if name == "BSN":
        return [pii(make_bsn(rng), "NATIONAL_ID")]
    if name == "FNR":
        return [pii(make_fnr(rng, ctx.persons["CUST"].birth), "NATIONAL_ID")]
    if name == "SNILS":
        return [pii(make_snils(rng), "NATIONAL_ID")]
    if name == "INN":
        return [pii(make_inn(rng), "NATIONAL_ID")]
    if name == "PASSPORT":
        return [pii(make_passport(rng, lang), "PASSPORT")]
    if name == "PASSPORT_RUZ":
        return [pii(make_passport(rng, lang, "RUZ"), "PASSPORT")]
    if name == "IP":
        return [pii(make_ip(rng), "IP_ADDRESS")]
    if name == "IP6":
        return [pii(make_ip(rng, True), "IP_ADDRESS")]
    if name == "DEST":
        d = rng.choice(DESTS[lang])
        if lang == "ru":
            pre, _, city = d.partition(" ")
            return [lit(pre + " "), neg(city, "DEST")]
        return [neg(d, "DEST")]
    if name == "FROM":  # Russian "из Москвы" as a departure city
        c = rng.choice(RU_CITIES)
        return [lit("из "), neg(c[3].partition(" ")[2], "DEST")]
    if name in ("CITYP", "CITYG"):
        key = ("CITY", "")
        if key not in ctx.cache:
            ctx.cache[key] = neg_value(rng, "CITY", lang, domain)
        city = ctx.cache[key]
        if lang != "ru":
            return [neg(city, "CITY")]
        if name == "CITYP":
            return [lit("в "), neg(RU_CITY_PREP[city], "CITY")]
        return [neg(RU_CITY_GEN[city], "CITY")]
    if name == "CITY2":
        key = ("CITY2", "")
        if key not in ctx.cache:
            ctx.cache[key] = rng.choice(
                [c for c in NEWS_CITIES[lang] if c != ctx.cache.get(("CITY", ""))]
            )
        return [neg(ctx.cache[key], "CITY")]
    if name.startswith("BRAND_"):
        dom = {"AIR": "airline", "BANK": "bank", "TEL": "telecom", "SHOP": "webshop"}[name[6:]]
        key = ("BRAND", dom)
        if key not in ctx.cache:
            ctx.cache[key] = rng.choice(BRANDS[lang][dom])
        return [neg(ctx.cache[key], "BRAND")]
    if name in CACHED_NEG:
        key = (name, "")
        if key not in ctx.cache:
            ctx.cache[key] = neg_value(rng, name, lang, domain)
        return [neg(ctx.cache[key], name)]
    return [neg(neg_value(rng, name, lang, domain), name)]


def render_template(ctx: Ctx, text: str) -> list[Seg]:
    segs: list[Seg] = []
    pos = 0
    for m in TOKEN_RE.finditer(text):
        if m.start() > pos:
            segs.append(lit(text[pos : m.start()]))
        segs.extend(expand(ctx, m.group(1)))
        pos = m.end()
    if pos < len(text):
        segs.append(lit(text[pos:]))
    # merge adjacent literals (gender alternatives are literals too)
    merged: list[Seg] = []
    for s in segs:
        if (
            merged
            and s[1] is None
            and s[2] is None
            and merged[-1][1] is None
            and merged[-1][2] is None
        ):
            merged[-1] = lit(merged[-1][0] + s[0])
        else:
            merged.append(s)
    return merged


EMOJI = ("🙏", "😊", "😡", "🙂", "👍", "😅", "🤞", "😩", "🙄", "!!", "??", "...", "😬", "✈️", "🤷")
_WORD_RE = re.compile(r"[^\W\d_]{5,}")


def add_noise(rng: random.Random, segs: list[Seg], role: str) -> list[Seg]:
    """Sloppy typing, applied to literal parts only (labels stay exact)."""
    if role != "customer":
        return segs
    segs = list(segs)
    lits = [i for i, s in enumerate(segs) if s[1] is None and s[2] is None]
    if lits and rng.random() < 0.14:  # one transposition typo in a longer word
        i = rng.choice(lits)
        words = [m for m in _WORD_RE.finditer(segs[i][0]) if m.group().islower()]
        if words:
            w = rng.choice(words)
            k = rng.randrange(1, len(w.group()) - 2)
            t = segs[i][0]
            p = w.start() + k
            segs[i] = lit(t[:p] + t[p + 1] + t[p] + t[p + 2 :])
    if rng.random() < 0.06:
        segs = [lit(s[0].lower()) if s[1] is None and s[2] is None else s for s in segs]
    first = segs[0]
    if (
        first[1] is None
        and first[2] is None
        and first[0][:1].isupper()
        and first[0][1:2].islower()
        and rng.random() < 0.35
    ):
        segs[0] = lit(first[0][0].lower() + first[0][1:])
    last = segs[-1]
    if last[1] is None and last[2] is None and last[0].endswith(".") and rng.random() < 0.4:
        segs[-1] = lit(last[0][:-1])
    if rng.random() < 0.14:
        segs.append(lit(" " + rng.choice(EMOJI)))
    return [s for s in segs if s[0]]


def assemble(segs: list[Seg]) -> tuple[str, list[dict], list[dict]]:
    text, spans, negs, pos = [], [], [], 0
    for t, etype, kind in segs:
        if etype:
            spans.append({"start": pos, "end": pos + len(t), "entity_type": etype})
        elif kind:
            negs.append({"start": pos, "end": pos + len(t), "kind": kind})
        text.append(t)
        pos += len(t)
    return "".join(text), spans, negs


# --------------------------------------------------------------------------------------------
# Corpus assembly
# --------------------------------------------------------------------------------------------

P_NO_PII = 0.37  # share of chat messages drawn from the templates without personal data
ARTICLE_SHARE = 0.15


def load_templates() -> tuple[dict, dict]:
    chats = {lang: parse_chat_block(lang, CHAT_TEMPLATES[lang]) for lang in LANGS}
    articles = {lang: parse_article_block(lang, ARTICLE_TEMPLATES[lang]) for lang in LANGS}
    tid = 0
    for lang in LANGS:
        for t in chats[lang]:
            t.tid = tid = tid + 1
    return chats, articles


def make_message(ctx: Ctx, tpl: Template, mid: str, cid: str) -> dict:
    segs = add_noise(ctx.rng, render_template(ctx, tpl.text), ctx.role)
    text, spans, negs = assemble(segs)
    return {
        "id": mid,
        "conversation_id": cid,
        "lang": ctx.lang,
        "domain": ctx.domain,
        "role": ctx.role,
        "text": text,
        "spans": spans,
        "negatives": negs,
    }


def choose_template(
    rng: random.Random, pool: list[Template], used: set, counts: Counter, lang: str, want_pii: bool
) -> Template:
    cands = [t for t in pool if bool(t.types) == want_pii] or pool
    fresh = [t for t in cands if t.tid not in used] or cands
    if not want_pii:  # prefer the ones that carry hard negatives
        return rng.choices(fresh, [2.5 if "{" in t.text else 1.0 for t in fresh])[0]
    types = sorted({ty for t in fresh for ty in t.types})
    weights = [1.0 / (1 + counts[(lang, ty)]) ** 1.5 for ty in types]
    ty = rng.choices(types, weights)[0]
    return rng.choice([t for t in fresh if ty in t.types])


def build_corpus(seed: int = DEFAULT_SEED, messages: int = 2000) -> list[dict]:
    rng = random.Random(seed)
    chats, articles = load_templates()
    n_articles = round(messages * ARTICLE_SHARE)
    n_chat = messages - n_articles
    records: list[dict] = []
    counts: Counter = Counter()
    conv = 0
    per_lang: Counter = Counter()
    while len(records) < n_chat:
        # round-robin over languages that are still below their share; domains rotate per lap
        open_langs = [x for x in LANGS if per_lang[x] < n_chat / len(LANGS)] or list(LANGS)
        lang = open_langs[conv % len(open_langs)]
        domain = DOMAINS[(conv // 4) % 4]
        conv += 1
        cid = f"h{conv:04d}"
        persons = {
            "CUST": person_for_lang(rng, lang),
            "AGENT": person_for_lang(rng, lang),
            "OTHER": person_for_lang(rng, lang),
        }
        if lang == "en" and persons["AGENT"].culture == "rul":
            persons["AGENT"] = make_person(rng, "en")
        cache: dict = {}
        used: set = set()
        role = "customer" if rng.random() < 0.65 else "agent"
        for k in range(rng.randint(4, 9)):
            if k and rng.random() > 0.15:
                role = "agent" if role == "customer" else "customer"
            pool = [
                t for t in chats[lang] if t.domain in (domain, "any") and t.role in (role, "both")
            ]
            tpl = choose_template(rng, pool, used, counts, lang, rng.random() >= P_NO_PII)
            used.add(tpl.tid)
            ctx = Ctx(rng, lang, domain, role, persons, cache)
            rec = make_message(ctx, tpl, f"{cid}-m{k + 1:02d}", cid)
            for s in rec["spans"]:
                counts[(lang, s["entity_type"])] += 1
            records.append(rec)
            per_lang[lang] += 1
    art = 0
    order = {lang: [] for lang in LANGS}
    while len(records) < messages:
        lang = LANGS[art % 4]
        art += 1
        if not order[lang]:
            order[lang] = list(range(len(articles[lang])))
            rng.shuffle(order[lang])
        story = articles[lang][order[lang].pop()]
        cid = f"a{art:04d}"
        persons = {k: make_person(rng, lang) for k in ("P1", "P2", "P3", "P4")}
        if story[0].domain == "article-old":  # profiles and obituaries of long careers
            persons["P1"].birth = dt.date(1945, 1, 1) + dt.timedelta(days=rng.randint(0, 20 * 365))
        cache = {}
        for k, tpl in enumerate(story):
            ctx = Ctx(rng, lang, "article", "text", persons, cache)
            records.append(make_message(ctx, tpl, f"{cid}-p{k + 1:02d}", cid))
    return records


def write_jsonl(records: list[dict], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def stats(records: list[dict]) -> str:
    by_lang = Counter(r["lang"] for r in records)
    by_domain = Counter(r["domain"] for r in records)
    by_type = Counter(s["entity_type"] for r in records for s in r["spans"])
    cell = Counter((r["lang"], s["entity_type"]) for r in records for s in r["spans"])
    no_pii = sum(1 for r in records if not r["spans"]) / len(records)
    lines = [
        f"{len(records)} messages, {sum(by_type.values())} spans, "
        f"{no_pii:.1%} without personal data",
        "per language: " + ", ".join(f"{k} {by_lang[k]}" for k in LANGS),
        "per domain: " + ", ".join(f"{k} {by_domain[k]}" for k in (*DOMAINS, "article")),
        f"{'type':<18}" + "".join(f"{k:>6}" for k in LANGS) + f"{'all':>7}",
    ]
    for t in ENTITY_TYPES:
        lines.append(f"{t:<18}" + "".join(f"{cell[(k, t)]:>6}" for k in LANGS) + f"{by_type[t]:>7}")
    negs = Counter(n["kind"] for r in records for n in r["negatives"])
    lines.append("hard negatives: " + ", ".join(f"{k} {v}" for k, v in sorted(negs.items())))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--messages", type=int, default=2000)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--stats", action="store_true", help="print corpus statistics")
    args = ap.parse_args(argv)
    records = build_corpus(args.seed, args.messages)
    write_jsonl(records, args.out)
    print(f"wrote {len(records)} messages to {args.out}")
    if args.stats:
        print(stats(records))
    return 0


# --------------------------------------------------------------------------------------------
# Chat templates. "@domain role" starts a section (domain "any", role "both" match all); an
# indented line continues the previous template. {CUST} {AGENT} {OTHER} are the conversation's
# people (.first .last .init .fio .io .dob .home .addr .street .email, Russian :case), {X?m|f}
# picks by X's gender; other tokens are values (see VALUE_TYPES) or hard negatives (NEG_KINDS).
# --------------------------------------------------------------------------------------------

EN_CHAT = """
@any customer
hi its {CUST} here, been on hold 40 mins so trying the chat instead 😤
Hi, name's {CUST.first}. i sent an email last week and nobody got back to me
{CUST} - account holder. I need to update my details please
the name on the account is {CUST} but your letters keep coming addressed to {OTHER.first}??
you can reach me on {PHONE} after 6pm, or just email {EMAIL}
{PHONE} is my mobile, the landline hasnt worked since tuesday
can you ring me back on {PHONE}? cant type much at work
new address is {ADDRESS}, moved last month so pls update everything
I live in {HOME} now so anything sent to the old place is no use to me
my email's {EMAIL} - the old hotmail doesnt work anymore
{EMAIL} is the right one, not the one with the typo in it
DOB {DOB}, postcode should already be on there
its {CUST.first} again lol sorry for all the messages
Hello, {CUST.init} here (main account holder), date of birth {DOB}
my {OTHER?husband|wife} {OTHER} might call from {PHONE}, {OTHER?he's|she's} allowed to discuss
  the account
thanks {AGENT.first}, you've been a star ⭐
ok so full address {ADDRESS}, phone {PHONE}, email {EMAIL}. anything else you need??
I'm based in {HOME}, is there anywhere near me I can drop it off
born on {DOB} if you need it for security
it's {CUST?Mr|Ms} {CUST.last} actually, {CUST.first} is my first name
Could you send everything to {EMAIL} and not to {STREET}, I'm hardly ever there
my birthday's {DOB}, what else do you need to verify me
Write to me at {ADDRESS} please, I don't do online anything
please stop calling {PHONE}, use {PHONE_INT} instead, I'm abroad till march
I'm writing for my {OTHER?dad|mum}, {OTHER}, {OTHER?he's|she's} 84 and doesn't use computers
we've just moved to {HOME} and the welcome pack went to the old flat
@any agent
Hi, you're through to {AGENT.first} at {BRAND}. How can I help today?
Good afternoon, my name is {AGENT} and I'll be looking after your query.
Thanks {CUST.first}. Can I just confirm the email on file is {EMAIL}?
I can see the account is registered to {CUST.init} at {ADDRESS}. Is that still correct?
Thank you {CUST?Mr|Ms} {CUST.last}. For security, could you confirm your date of birth please?
Lovely, I've updated your mobile to {PHONE}. You'll get a text to confirm.
My colleague {OTHER} from the complaints team will contact you within 48 hours.
Thanks for confirming, {DOB} matches what we have.
Hi {CUST.first}, {AGENT.first} here again 🙂 just picking this back up for you.
We've sent a verification code to {PHONE}. Could you read it back to me?
I've changed the correspondence address to {ADDRESS} as requested.
Is {CUST} the full name as it appears on your ID?
I'll pass this to {OTHER.first} in our specialist team, {OTHER?he|she} will email you at {EMAIL}.
@airline customer
hi, flight {FLIGHT} on {DATE} got cancelled and nobody told us. booking ref {PNR}
booking code {PNR}, passengers {CUST} and {OTHER}. we need the later flight pls
{PNR} is the ref. can i still add my {PROGRAM} number {LOYALTY}? forgot it at booking
e-ticket {TICKET}, I was charged twice for the seat on {FLIGHT}
my passport number is {PASSPORT}, do I have to enter it again for the return leg?
the name on ticket {TICKET} is misspelt, should be {CUST} like on my passport ({PASSPORT})
was on {FLIGHT} from {DEST} last night and my bag never arrived, file ref {BAGTAG}
can you check in me and my {OTHER?son|daughter} {OTHER.first}? PNR {PNR}, {OTHER?his|her} DOB is
  {OTHER.dob}
flying {FLIGHT} to {DEST} on {DATE} at {TIME}, is that the {AIRCRAFT} with wifi?
My {PROGRAM} membership no. is {LOYALTY} but the miles from {FLIGHT} never showed up
passport {PASSPORT}, nationality british, DOB {DOB}. thats for the API form thing
{TICKET} - ticket number from my receipt. paid {PRICE} for a flight that never left
travelling with a friend, {OTHER}, {OTHER?his|her} booking is separate ({PNR}) can you link them
my name is {CUST} and I was bumped off {FLIGHT}, booking {PNR}. claiming under EU261 please
ref {PNR}, surname {CUST.last}. want to upgrade to business on the way back
ticket numbers are {TICKET} and {TICKET}, both for {DATE}
the booking confirmation went to {EMAIL} but I cant find it, ref {PNR}
i booked {FLIGHT} + {FLIGHT} on one ticket ({TICKET}), if the first is late do I lose the second
can you put passport {PASSPORT} and date of birth {DOB} on booking {PNR}? the app keeps crashing
{PROGRAM} {LOYALTY}, gold status, and you put us in row 38 😒
{FLIGHT} landed 4 hours late, {PNR}, i want the compensation paid to {IBAN}
hello my flight number is {FLIGHT}, PNR {PNR}, i need special assistance for my {OTHER?dad|mum}
@airline agent
Thank you. I can see booking {PNR} for {CUST}, flying {FLIGHT} on {DATE}.
Your new e-ticket number is {TICKET}. The confirmation has been sent to {EMAIL}.
I've added {PROGRAM} number {LOYALTY} to the reservation; miles usually post within 2 weeks.
Flight {FLIGHT} is now expected to depart at {TIME} from gate {GATE}.
I've rebooked you onto {FLIGHT} tomorrow morning, your booking reference stays {PNR}.
Could you confirm the passport number? I currently have {PASSPORT} on the booking.
The refund for ticket {TICKET} has been processed and should reach your card in 7-10 days.
Both passengers are now on {FLIGHT}: {CUST} and {OTHER}.
Thanks, {PNR} is confirmed. The {AIRCRAFT} on this route has no first class, I'm afraid.
Passport {PASSPORT} expires before your return date, please renew it before travelling.
I've linked {PNR} and {PNR} so you'll be seated together on {FLIGHT}.
@bank customer
I want to dispute a payment on card {CARD}, {PRICE} at some shop ive never been to
refund should go to {IBAN} please, thats my new account
sort code and account no: {SORTACC}. salary goes in there every month
someone logged into my online banking from {IP}, that wasnt me!! I'm in {HOME}
I also have a Norwegian account, {KONTO}, can I transfer from that one
my BSN is {BSN}, the Dutch tax office wants it on the form apparently
card number {CARD}, expiry {EXPIRY}, please block it NOW it got stolen
customer number {CUSTNO}, DOB {DOB}
pls send {PRICE} to {IBAN_X}, name {OTHER}, reference "rent"
opened my account in Oslo, fødselsnummer {FNR}, not sure if you need that
I'm Russian, the tax residency form wants my INN: {INN}. is 12 digits right?
my russian pension number (SNILS) is {SNILS}, do you need it for the transfer?
{IBAN} - that's the account for the refund, in the name of {CUST}
the cash machine at the station swallowed my card {CARD} 😩
Hi, my online banking ID is {CUSTNO} and I'm locked out again
new card ({CARD}) arrived but i've moved, new address is {ADDRESS}
I live in the Netherlands, BSN {BSN} and my Dutch IBAN is {IBAN_NL}
could you confirm my sort code and account? I think it's {SORTACC}
logged in from {IP} at {TIME} and later from {IP} abroad, both were me, I was travelling
my Norwegian personal number is {FNR} and my kontonummer {KONTO}, for the mortgage form
the account {SORTACC} belonged to my late {OTHER?father|mother}, {OTHER}. how do I close it?
@bank agent
Thanks. I've blocked the card {CARD} and ordered a replacement to {ADDRESS}.
The payment of {PRICE} was sent from {IBAN} to {IBAN_X} on {DATE}.
We noticed a login from {IP} at {TIME}. If that wasn't you, please reset your password.
I can see the account {SORTACC} in the name of {CUST}.
Your customer number is {CUSTNO}; please keep it handy for future calls.
For the tax residency form we need your BSN. I have {BSN} on file, is that correct?
The refund has been paid into {IBAN}, it can take up to 2 working days.
Could you confirm your Norwegian account number? We have {KONTO}.
We have INN {INN} on your profile, please check it before we submit the form.
@telecom customer
my account number is {CUSTNO}, the bill of {PRICE} is wrong, i never used roaming in {DEST}
router shows public ip {IP} and it keeps dropping every 10 min
please port my number {PHONE} over from {BRAND}, my account no is {CUSTNO}
broadband install at {ADDRESS}, whats the earliest date?
the sim for {PHONE} was swapped without my permission!!! I didnt ask for that
my ipv6 is {IP6}, is that right? the game server cant reach me
can you send the new sim to {ADDRESS}? contract's in my name, {CUST}
acct {CUSTNO}, direct debit should come from {IBAN}
moving to {ADDRESS} on {DATE}, can I take my broadband with me
my {OTHER?son|daughter} {OTHER} has a phone on my account, {PHONE}, can you cap the data
i'm on {IP} according to whatsmyip, but the router page says {IP}
the engineer never showed up at {STREET} today, I took a day off for this
{PHONE} - this is the number getting all the scam calls, can you block them
ID for the contract: passport {PASSPORT}, is that ok or do you need a driving licence?
date of birth is {DOB}, account number {CUSTNO}
pay monthly, card {CARD}, account {CUSTNO}. why was it charged twice
@telecom agent
I can see two devices on your line, one at {IP} and one at {IP}.
Your account number is {CUSTNO}. The engineer will visit {ADDRESS} on {DATE} between 8am and
  12pm.
The number {PHONE} has been ported and will be active from {DATE}.
The new SIM has been dispatched to {ADDRESS}, it should arrive within 2 days.
I've set up the direct debit from {IBAN}. The first payment will be taken on {DATE}.
Thanks {CUST.first}, I can see account {CUSTNO} under your name.
I can see repeated logins to your account from {IP6} over the weekend.
@webshop customer
order {ORDER} never arrived, it says delivered to {ADDRESS}?? i was home all day
pls change delivery address to {ADDRESS}, order {ORDER}
paid with {CARD} and got charged twice, {PRICE} each time
customer ID {CUSTNO}, email {EMAIL}
refund to {IBAN} if you can't put it back on the card
the courier says he left it with {OTHER} next door, I've never heard of {OTHER?him|her}
I ordered using my {OTHER?husband|wife}'s account, {OTHER}, {OTHER.email}
login from {IP} that wasnt me, someone ordered {SKU} on my account
my loyalty card number is {CUSTNO} but the points didnt go on
please deliver to {ADDRESS} and ring {PHONE} when outside, the bell is broken
{ADDRESS} - that's the address, the parcel went to the old one
card {CARD} declined but it works everywhere else
I'm {CUST}, I returned the jacket on {DATE} and still no refund
invoice should say {CUST}, {ADDRESS}, not my old company
@webshop agent
I've updated the delivery address to {ADDRESS}. The parcel should arrive on {DATE}.
I can see the order was placed from IP {IP} with the e-mail {EMAIL}.
Thanks {CUST.first}! Your customer number is {CUSTNO} for future reference.
The refund of {PRICE} will be paid to {IBAN} within 5 working days.
We will call you on {PHONE} when the driver is 30 minutes away.
The card used for order {ORDER} was {CARD}, is that the one you'd like refunded?
@any customer
hello?? anyone there
ok thanks, thats all for now
{=NAMEWORD:Will} the refund go back automatically or do i need to do something?
{=NAMEWORD:Mark} it as urgent please, its been 3 weeks!!
i've been with you for 12 years and this is how you treat me 🙄
can i talk to a real person pls
{=NAMEWORD:Bill} me next month instead, is that possible?
sorry typing on my phone 😅 fat fingers
what time does the chat close today
{=CAPS:URGENT}: still waiting on the callback promised on {DATE}
{=NAMEWORD:Grace} period is 14 days right? I read that on your website
{=NAMEWORD:Frank} question: is this going to be fixed or not
perfect, thank you so much 🙏
{=NAMEWORD:Amber} warning for wind where I am, will that affect anything?
Sorry, Sunday is the only day I can do, Monday to Saturday I'm at work
@any agent
Thank you for your patience, I'm just looking into this for you.
Is there anything else I can help you with today?
I'm sorry to hear that. Let me check what happened.
I've escalated this to our Customer Relations team, case number {CASE}.
For security reasons, please don't share your full card number or passwords in the chat.
You'll receive an email confirmation within 24 hours.
@airline customer
flying to {DEST} on {DATE}, is the {AIRCRAFT} the one with the bigger seats?
gate changed to {GATE}?? we're at the other end of the terminal
can i take a 23kg bag on the cheapest fare to {DEST}
we land at {TIME}, will the connection to {DEST} wait for us
seat {SEAT} doesn't recline, can I move to an empty row
is the {TIME} flight to {DEST} still going ahead with the strike?
@airline agent
Flights to {DEST} on {DATE} are operated with the {AIRCRAFT}.
Your baggage file reference is {BAGTAG}, please keep it for your claim.
Boarding for {DEST} starts at {TIME} at gate {GATE}.
@bank customer
card ending {LAST4} declined at {BRAND} for {PRICE}, there's definitely money on it
why is there a charge of {PRICE} on {DATE}? i never signed up for anything
the example IBAN on your website ({BADIBAN}) doesn't validate, typo?
the transaction reference is {BADCARD}, does that help?
Interest went from 4.1% to 3.6% on {DATE}?? nobody told me
@bank agent
The transfer of {PRICE} is scheduled for {DATE}.
Card payments over {PRICE} need approval in the app.
@telecom customer
IMEI {IMEI}, the phone's been blocked since the update
router firmware says {VERSION}, is that the latest one?
my bill went up to {PRICE} a month, nobody told me
is there an outage in {CITY}? no signal since {TIME}
@telecom agent
Your contract ends on {DATE}, after that it's {PRICE} a month.
The outage in {CITY} should be resolved by {TIME}.
@webshop customer
ordered {SKU} on {DATE}, tracking {TRACK} hasnt moved in 5 days
is the {BRAND} store at {SHOPPC} open on sunday?
order number {ORDER}, you opened case {CASE} but nobody replied
discount code {VOUCHER} not working 😡
the barcode on the box says {EAN}, is that the 2024 model
hi, {BRAND} order {ORDER} arrived broken, invoice {INVOICE}
{=NAMEWORD:Rose} gold or silver, which one is actually in stock?
@webshop agent
Your order {ORDER} has been shipped, tracking number {TRACK}.
Invoice {INVOICE} for {PRICE} has been credited.
The item {SKU} is back in stock from {DATE}.
@bank customer
can you move my direct debit to sort code and account {SORTACC}? the old one is closed
business account {SORTACC}, I need a letter confirming it's in the name of {CUST}
sending money home to Norway, konto {KONTO} in the name of {OTHER}
my BSN {BSN} came back as invalid on your form but it's definitely right
personal number {FNR}, I'm a Norwegian citizen living in {HOME}
someone paid {PRICE} with my card {CARD} at 3am, I was asleep!!
@airline customer
refund for e-ticket {TICKET} please, I've got the receipt, paid with {CARD}
passport {PASSPORT} was stolen in {DEST}, my new one is {PASSPORT}. booking {PNR}
my {OTHER?son's|daughter's} ticket is {TICKET}, mine is {TICKET}, same booking {PNR}
the API form rejected my passport number {PASSPORT}, I've checked it three times
@airline agent
Could you confirm the 13-digit ticket number? I have {TICKET} for {CUST}.
@telecom agent
To verify your identity please confirm your passport number. We have {PASSPORT} on file.
@bank customer
the transfer to {IBAN} bounced, your letter had {BADIBAN} which is obviously wrong
what's the right IBAN format? the one in your letter, {BADIBAN}, fails in my banking app
case ref {BADFNR} from your fraud team, any update?
card expires {EXPIRY}, will the new one come automatically?
@webshop customer
orders {BADBSN} and {ORDER}, both missing, both paid
the reference on the parcel label is {BADCARD}, does that help you find it
"""

NL_CHAT = """
@any customer
hoi, met {CUST}. ik heb vorige week al gemaild maar nog niks gehoord
goedemiddag, {CUST} hier, ik wil graag mijn gegevens wijzigen
mijn naam is {CUST.init}, het account staat nog op naam van mijn {OTHER?man|vrouw} {OTHER}
je kunt me bereiken op {PHONE} of mail naar {EMAIL}
{PHONE} is mijn nieuwe nummer, het oude werkt niet meer
bel me maar terug op {PHONE}, ik zit in de trein dus typen gaat lastig
nieuw adres: {ADDRESS}. ben vorige maand verhuisd
ik woon sinds kort in {HOME} dus de post naar het oude adres komt niet aan
mijn mailadres is {EMAIL}, niet die oude hotmail
{EMAIL} is het goede adres, bij de andere zat een typfout
geboortedatum {DOB}, postcode staat er als het goed is al in
ik ben geboren op {DOB}, als je dat nodig hebt ter controle
dankjewel {AGENT.first}, top geholpen 👍
mijn {OTHER?vader|moeder} {OTHER} belt misschien vanaf {PHONE}, {OTHER?hij|zij} mag namens mij
  praten
dus: {ADDRESS}, tel {PHONE}, mail {EMAIL}. nog iets nodig?
ik ben {CUST?meneer|mevrouw} {CUST.last}, ik heb vanochtend al gebeld over hetzelfde
stuur alles maar naar {EMAIL}, ik ben bijna nooit op {STREET}
geb. {DOB}, mijn BSN heb je niet nodig toch?
ik woon in {HOME}, is er een winkel bij mij in de buurt?
graag schriftelijk naar {ADDRESS}, ik doe niet aan internetbankieren
bel alsjeblieft niet meer naar {PHONE}, gebruik {PHONE_INT}, ik zit tot maart in het buitenland
ik regel dit voor mijn {OTHER?opa|oma}, {OTHER}, {OTHER?hij|zij} is 86 en heeft geen computer
{CUST.first} weer, sorry voor de spam haha
we zijn net naar {HOME} verhuisd en het welkomstpakket ging naar het oude huis
@any agent
Goedemiddag, je spreekt met {AGENT.first} van {BRAND}. Waarmee kan ik je helpen?
Hallo, mijn naam is {AGENT}. Ik help je graag verder.
Dank je {CUST.first}. Klopt het dat je e-mailadres {EMAIL} is?
Ik zie dat het account op naam staat van {CUST.init}, {ADDRESS}. Klopt dat nog?
Dank u wel {CUST?meneer|mevrouw} {CUST.last}. Mag ik ter controle uw geboortedatum?
Ik heb je mobiele nummer gewijzigd naar {PHONE}. Je krijgt een sms ter bevestiging.
Mijn collega {OTHER} van de afdeling klachten neemt binnen 2 werkdagen contact met je op.
Dank je, {DOB} komt overeen met onze gegevens.
Hoi {CUST.first}, {AGENT.first} hier weer 🙂 ik pak je vraag weer op.
We hebben een code gestuurd naar {PHONE}, wil je die even doorgeven?
Het correspondentieadres is aangepast naar {ADDRESS}.
Is {CUST} uw volledige naam zoals die op uw identiteitsbewijs staat?
Ik zet je vraag door naar {OTHER.first}, {OTHER?hij|zij} mailt je vandaag nog op {EMAIL}.
@airline customer
hoi, vlucht {FLIGHT} op {DATE} is geannuleerd en niemand heeft ons iets laten weten.
  boekingscode {PNR}
boekingsnummer {PNR}, reizigers {CUST} en {OTHER}. we willen graag de latere vlucht
{PNR} is de code. kan ik mijn {PROGRAM}-nummer {LOYALTY} er nog aan toevoegen?
e-ticket {TICKET}, ik heb twee keer betaald voor de stoel op {FLIGHT}
mijn paspoortnummer is {PASSPORT}, moet ik die voor de terugreis opnieuw invullen?
op ticket {TICKET} staat mijn naam verkeerd, het moet {CUST} zijn zoals in mijn paspoort
  ({PASSPORT})
gisteren met {FLIGHT} uit {DEST} aangekomen en mijn koffer is er niet, dossiernummer {BAGTAG}
kun je mij en mijn {OTHER?zoon|dochter} {OTHER.first} inchecken? reserveringscode {PNR},
  {OTHER?hij|zij} is geboren op {OTHER.dob}
we vliegen {DATE} met {FLIGHT} naar {DEST} om {TIME}, is dat die {AIRCRAFT} met wifi?
mijn {PROGRAM} nummer is {LOYALTY} maar de miles van {FLIGHT} zijn nooit bijgeschreven
paspoort {PASSPORT}, nationaliteit Nederlandse, geboortedatum {DOB}. voor het API formulier
{TICKET} - dat is het ticketnummer op mijn bon. {PRICE} betaald voor een vlucht die nooit ging
ik reis met {OTHER?een vriend|een vriendin}, {OTHER}, {OTHER?zijn|haar} boeking is apart ({PNR}),
  kunnen jullie die koppelen?
mijn naam is {CUST} en ik ben van vlucht {FLIGHT} gezet wegens overboeking, boeking {PNR}
code {PNR}, achternaam {CUST.last}. graag upgrade naar business op de terugweg
ticketnummers zijn {TICKET} en {TICKET}, allebei voor {DATE}
de bevestiging is naar {EMAIL} gestuurd maar ik kan hem niet vinden, boekingscode {PNR}
ik heb {FLIGHT} en {FLIGHT} op één ticket ({TICKET}), als de eerste vertraging heeft mis ik dan
  de tweede?
kunnen jullie paspoort {PASSPORT} en geb.datum {DOB} bij boeking {PNR} zetten, de app crasht
  steeds
{PROGRAM} {LOYALTY}, platinum, en dan zetten jullie ons in rij 38 😒
ID-kaart nummer {PASSPORT}, mag ik daarmee naar {DEST} of moet het een paspoort zijn?
{FLIGHT} had 4 uur vertraging, boeking {PNR}, compensatie graag op {IBAN}
@airline agent
Dank je. Ik zie boeking {PNR} op naam van {CUST}, vlucht {FLIGHT} op {DATE}.
Je nieuwe e-ticketnummer is {TICKET}. De bevestiging is verstuurd naar {EMAIL}.
Ik heb {PROGRAM}-nummer {LOYALTY} aan de reservering toegevoegd.
Vlucht {FLIGHT} vertrekt nu naar verwachting om {TIME} vanaf gate {GATE}.
Ik heb je omgeboekt naar {FLIGHT} morgenochtend, je boekingscode blijft {PNR}.
Kun je het paspoortnummer bevestigen? Ik heb nu {PASSPORT} in de boeking staan.
De terugbetaling voor ticket {TICKET} is verwerkt.
Beide reizigers staan nu op {FLIGHT}: {CUST} en {OTHER}.
Het paspoort {PASSPORT} verloopt vóór je terugreis, laat het op tijd verlengen.
Ik heb {PNR} en {PNR} gekoppeld, jullie zitten nu naast elkaar op {FLIGHT}.
@bank customer
ik wil een betaling betwisten op pas {CARD}, {PRICE} bij een winkel waar ik nooit ben geweest
het geld mag naar {IBAN}, dat is mijn nieuwe rekening
iemand heeft ingelogd vanaf {IP}, dat was ik niet!! ik woon gewoon in {HOME}
mijn BSN is {BSN}, de belastingdienst vraagt erom
burgerservicenummer: {BSN}. klopt het dat jullie dat moeten hebben voor de hypotheek?
kaartnummer {CARD}, geldig tot {EXPIRY}, blokkeer hem AUB hij is gestolen
klantnummer {CUSTNO}, geboortedatum {DOB}
wil je {PRICE} overmaken naar {IBAN_X} t.n.v. {OTHER}, omschrijving huur
mijn oude rekeningnummer was {NLACC}, staat dat nog ergens bij jullie?
ik heb ook een Noorse rekening, {KONTO}, kan ik daarvandaan overboeken
{IBAN} t.n.v. {CUST}, daar mag de terugbetaling op
de pinautomaat bij het station heeft mijn pas {CARD} ingeslikt 😩
ik kan niet inloggen, mijn klantnummer is {CUSTNO} en mijn BSN {BSN}
mijn nieuwe pas ({CARD}) is gekomen maar ik ben verhuisd naar {ADDRESS}
ik woon in Engeland, sort code en rekeningnummer: {SORTACC}
ingelogd vanaf {IP} om {TIME} en daarna vanaf {IP} in het buitenland, allebei ik hoor
kun je mijn IBAN even checken, ik denk dat het {IBAN} is
rekening {NLACC} was van mijn {OTHER?vader|moeder}, {OTHER}, {OTHER?hij|zij} is overleden. hoe
  sluit ik die af?
BSN {BSN} en rekening {IBAN}, dat is alles wat de notaris vroeg
@bank agent
Ik heb de pas {CARD} geblokkeerd en een nieuwe besteld naar {ADDRESS}.
De betaling van {PRICE} is op {DATE} van {IBAN} naar {IBAN_X} overgemaakt.
We zagen een inlogpoging vanaf {IP} om {TIME}. Was u dat niet? Wijzig dan uw wachtwoord.
Uw klantnummer is {CUSTNO}, bewaar het goed.
Voor de woonplaatsverklaring hebben we uw BSN nodig. Ik heb {BSN} genoteerd, klopt dat?
De terugbetaling staat op {IBAN}, het kan 2 werkdagen duren.
Ik zie het oude rekeningnummer {NLACC} nog gekoppeld aan uw profiel.
Uw Noorse rekening {KONTO} kunnen we helaas niet als tegenrekening gebruiken.
@telecom customer
klantnummer {CUSTNO}, de rekening van {PRICE} klopt niet, ik heb nooit gebeld in {DEST}
mijn router geeft {IP} als extern ip en valt elke 10 min weg
graag mijn nummer {PHONE} overzetten van {BRAND}, klantnummer {CUSTNO}
glasvezel aansluiten op {ADDRESS}, wanneer kan dat het snelst?
de simkaart van {PHONE} is zonder toestemming omgezet!!! daar heb ik niet om gevraagd
mijn ipv6 adres is {IP6}, klopt dat? de server kan me niet bereiken
kunnen jullie de nieuwe sim naar {ADDRESS} sturen? abonnement staat op mijn naam, {CUST}
klantnr {CUSTNO}, incasso graag van {IBAN}
ik verhuis op {DATE} naar {ADDRESS}, kan ik mijn internet meenemen?
mijn {OTHER?zoon|dochter} {OTHER} heeft een abonnement op mijn account, {PHONE}, kunnen jullie de
  data begrenzen
volgens whatsmyip ben ik {IP} maar in de router staat {IP}
de monteur is vandaag niet gekomen op {STREET}, ik had er vrij voor genomen
{PHONE} - dit nummer krijgt steeds spambellers, kunnen jullie dat blokkeren
voor het contract: ID-kaart {PASSPORT}, is dat goed of moet het rijbewijs zijn?
geboortedatum {DOB}, klantnummer {CUSTNO}
betaal per maand met creditcard {CARD}, klantnr {CUSTNO}. waarom twee keer afgeschreven
@telecom agent
Ik zie twee apparaten op je verbinding, een op {IP} en een op {IP}.
Je klantnummer is {CUSTNO}. De monteur komt op {DATE} tussen 8 en 12 uur naar {ADDRESS}.
Het nummer {PHONE} is overgezet en werkt vanaf {DATE}.
De nieuwe simkaart is verstuurd naar {ADDRESS}.
De automatische incasso loopt vanaf nu via {IBAN}. De eerste afschrijving is op {DATE}.
Dank je {CUST.first}, ik zie klantnummer {CUSTNO} op jouw naam.
Voor een abonnement met toestel hebben we het documentnummer van je ID nodig. Ik heb {PASSPORT}
  genoteerd.
Ik zie dit weekend herhaaldelijk inlogpogingen vanaf {IP6}.
@webshop customer
bestelling {ORDER} is nooit aangekomen, er staat bezorgd op {ADDRESS}?? ik was de hele dag thuis
graag het bezorgadres wijzigen naar {ADDRESS}, bestelnummer {ORDER}
betaald met {CARD} en twee keer afgeschreven, {PRICE} per keer
klantnummer {CUSTNO}, mail {EMAIL}
terugbetalen op {IBAN} als het niet op de creditcard kan
de bezorger zegt dat hij het bij {OTHER} van hiernaast heeft afgegeven, ken ik niet eens
ik heb besteld via het account van mijn {OTHER?man|vrouw}, {OTHER}, {OTHER.email}
inlog vanaf {IP} was ik niet, iemand heeft {SKU} besteld op mijn account
mijn klantenkaart nummer is {CUSTNO} maar de punten staan er niet op
graag bezorgen op {ADDRESS} en bellen naar {PHONE} als je voor de deur staat, bel is kapot
{ADDRESS} - dat is het adres, het pakket is naar het oude gegaan
creditcard {CARD} wordt geweigerd maar hij werkt overal
ik ben {CUST}, heb de jas op {DATE} teruggestuurd en nog steeds geen geld terug
op de factuur moet {CUST}, {ADDRESS} staan, niet mijn oude bedrijf
@webshop agent
Ik heb het bezorgadres aangepast naar {ADDRESS}. Het pakket komt naar verwachting op {DATE}.
Ik zie dat de bestelling is geplaatst vanaf IP {IP} met het e-mailadres {EMAIL}.
Dank je {CUST.first}! Je klantnummer is {CUSTNO}.
Het bedrag van {PRICE} wordt binnen 5 werkdagen teruggestort op {IBAN}.
We bellen je op {PHONE} zodra de bezorger onderweg is.
De kaart waarmee bestelling {ORDER} is betaald is {CARD}, wil je het daarop terug?
@any customer
hallo?? is daar iemand
oke bedankt, dat was het
{=NAMEWORD:Wil} je me even terugbellen of moet ik zelf bellen?
Graag met spoed, het duurt nu al 3 weken!!
ik ben al 12 jaar klant en zo gaan jullie met me om 🙄
kan ik iemand aan de lijn krijgen aub
sorry, typ op mijn telefoon 😅
tot hoe laat is de chat open vandaag
{=NAMEWORD:Mei} of juni maakt niet uit, als het maar geregeld wordt
super, heel erg bedankt 🙏
{=CAPS:DRINGEND}: nog steeds niet teruggebeld terwijl dat op {DATE} beloofd was
Mvg en fijne dag verder
Zondag kan ik niet, Maandag t/m Vrijdag werk ik tot 6
@any agent
Dank voor je geduld, ik zoek het even voor je uit.
Kan ik je verder nog ergens mee helpen?
Wat vervelend om te horen. Ik ga na wat er is gebeurd.
Ik heb het doorgezet naar onze klachtenafdeling, zaaknummer {CASE}.
Deel om veiligheidsredenen nooit je pincode of wachtwoord in de chat.
@airline customer
we vliegen {DATE} naar {DEST}, is dat die {AIRCRAFT} met meer beenruimte?
gate veranderd naar {GATE}?? we staan aan de andere kant van {AIRPORT}
mag ik 23 kilo meenemen op het goedkoopste tarief naar {DEST}
we landen om {TIME}, wacht de aansluiting naar {DEST} op ons?
stoel {SEAT} gaat niet naar achteren, mag ik verhuizen naar een lege rij
gaat de vlucht van {TIME} naar {DEST} nog door met die staking?
@airline agent
Vluchten naar {DEST} op {DATE} worden uitgevoerd met een {AIRCRAFT}.
Het dossiernummer van je bagage is {BAGTAG}, bewaar dat goed.
Het boarden voor {DEST} begint om {TIME} bij gate {GATE}.
@bank customer
pas eindigend op {LAST4} geweigerd bij {BRAND_SHOP} voor {PRICE}, er staat echt genoeg op
waarom is er op {DATE} {PRICE} afgeschreven? ik heb nergens voor getekend
het voorbeeld-IBAN op jullie site ({BADIBAN}) klopt niet, typfout?
betalingskenmerk {BADCARD}, helpt dat?
het ordernummer {BADBSN} van de webwinkel staat in de omschrijving
De rente ging op {DATE} van 4,1% naar 3,6%?? niemand heeft wat laten weten
@bank agent
De overboeking van {PRICE} staat ingepland voor {DATE}.
Betalingen boven {PRICE} moet je goedkeuren in de app.
@telecom customer
IMEI {IMEI}, telefoon is geblokkeerd sinds de update
de router zegt firmware {VERSION}, is dat de nieuwste?
mijn rekening is opeens {PRICE} per maand, niemand heeft iets gezegd
is er een storing in {CITY}? geen bereik sinds {TIME}
@telecom agent
Je contract loopt af op {DATE}, daarna betaal je {PRICE} per maand.
De storing in {CITY} is naar verwachting om {TIME} opgelost.
@webshop customer
{SKU} besteld op {DATE}, track & trace {TRACK} staat al 5 dagen stil
is de {BRAND} winkel in {SHOPPC} zondag open?
bestelnummer {ORDER}, jullie hebben zaak {CASE} geopend maar niemand reageert
kortingscode {VOUCHER} werkt niet 😡
op de doos staat {EAN}, is dat het model van 2024?
hoi, bestelling {ORDER} bij {BRAND} kwam kapot aan, factuur {INVOICE}
{=NAMEWORD:Roos} of lavendel, welke geur is nog op voorraad?
kan ik het ophalen bij de {=BRAND:Albert Heijn} om de hoek, postcode {SHOPPC}?
@webshop agent
Je bestelling {ORDER} is verzonden, track & trace {TRACK}.
Factuur {INVOICE} van {PRICE} is gecrediteerd.
Het artikel {SKU} is vanaf {DATE} weer op voorraad.
@bank customer
kun je de incasso omzetten naar mijn oude rekening {NLACC}? nee wacht, dat is nu {IBAN}
op mijn oude bankpas staat nog rekeningnummer {NLACC}, is dat hetzelfde als mijn IBAN?
salaris uit Noorwegen komt binnen op {KONTO}, kan ik dat koppelen aan mijn account hier?
BSN: {BSN}, geboren {DOB}, voor de aanvraag van de rekening
ik heb mijn BSN ({BSN}) per ongeluk in het verkeerde vakje gezet, kan dat nog aangepast worden
betaald met creditcard {CARD} maar het bedrag staat er twee keer af
@bank agent
Ik heb uw BSN {BSN} aan het dossier toegevoegd.
@telecom customer
voor de kredietcheck: BSN {BSN}, geboortedatum {DOB}
@webshop customer
achteraf betalen ging mis, de incasso kwam van mijn oude rekening {NLACC}
@airline customer
terugbetaling van e-ticket {TICKET} graag, betaald met {CARD}
paspoort {PASSPORT} is gestolen in {DEST}, mijn nieuwe is {PASSPORT}. boeking {PNR}
het ticket van mijn {OTHER?zoon|dochter} is {TICKET}, de mijne {TICKET}, zelfde boeking {PNR}
@airline agent
Kun je het ticketnummer van 13 cijfers bevestigen? Ik heb {TICKET} voor {CUST}.
@bank customer
mijn partner {OTHER} heeft BSN {BSN}, moet die ook op de aanvraag?
betaald naar {IBAN}, betalingskenmerk {BADCARD}, maar het staat nog open
acceptgiro kenmerk {BADCARD}, bedrag {PRICE}, vervaldatum {DATE}
mijn pas verloopt {EXPIRY}, krijg ik vanzelf een nieuwe?
@webshop customer
ordernummer {BADBSN}, waar blijft mijn pakket?
EAN {EAN} staat op de bon maar ik heb iets anders gekregen
@telecom customer
zaaknummer {BADFNR}, is er al nieuws?
"""

NB_CHAT = """
@any customer
hei, det er {CUST}. sendte mail forrige uke men har ikke hørt noe
hei! {CUST} her, jeg må endre kontaktinfoen min
navnet mitt er {CUST.init}, men kontoen står fortsatt på {OTHER}
du kan nå meg på {PHONE} eller sende mail til {EMAIL}
{PHONE} er det nye nummeret mitt, det gamle er sagt opp
ring meg tilbake på {PHONE}, sitter på bussen så det er vanskelig å skrive
ny adresse: {ADDRESS}. flyttet forrige måned
jeg bor {HOME} nå, så posten til den gamle adressen kommer ikke fram
eposten min er {EMAIL}, ikke den gamle hotmailen
{EMAIL} er riktig adresse, den andre hadde en skrivefeil
fødselsdato {DOB}, postnummeret har dere allerede
jeg er født {DOB} hvis dere trenger det for å sjekke
tusen takk {AGENT.first}, supert 👍
{OTHER?faren|moren} min, {OTHER}, ringer kanskje fra {PHONE}, {OTHER?han|hun} har fullmakt
altså: {ADDRESS}, tlf {PHONE}, epost {EMAIL}. trenger du noe mer?
send alt til {EMAIL}, jeg er nesten aldri hjemme i {STREET}
f. {DOB}, trenger dere fødselsnummeret også?
jeg bor {HOME}, finnes det en butikk i nærheten?
send det i posten til {ADDRESS}, jeg bruker ikke nettbank
ikke ring {PHONE} lenger, bruk {PHONE_INT}, er i utlandet til mars
bor {HOME} men jobber i {CITY}, kan jeg hente pakken der?
hei, {CUST.first} her igjen, beklager maset 😅
jeg skriver for {OTHER?bestefar|bestemor}, {OTHER}, {OTHER?han|hun} er 86 og har ikke pc
vi har nettopp flyttet, bor {HOME} nå og velkomstpakken gikk til den gamle leiligheten
@any agent
Hei, du snakker med {AGENT.first} i {BRAND}. Hva kan jeg hjelpe deg med?
Hei og velkommen! Mitt navn er {AGENT}.
Takk, {CUST.first}. Stemmer det at e-postadressen din er {EMAIL}?
Jeg ser at kontoen er registrert på {CUST.init}, {ADDRESS}. Stemmer det fortsatt?
Takk {CUST}. Kan du bekrefte fødselsdatoen din?
Jeg har endret mobilnummeret ditt til {PHONE}. Du får en SMS som bekreftelse.
Kollegaen min {OTHER} i klageavdelingen tar kontakt innen to virkedager.
Takk, {DOB} stemmer med det vi har registrert.
Hei igjen {CUST.first}, det er {AGENT.first} 🙂 jeg tar over saken din.
Vi har sendt en kode til {PHONE}. Kan du oppgi den?
Postadressen er endret til {ADDRESS}.
Er {CUST} fullt navn slik det står i legitimasjonen din?
Jeg sender saken videre til {OTHER.first}, {OTHER?han|hun} svarer deg på {EMAIL} i dag.
@airline customer
hei, {FLIGHT} {DATE} ble kansellert og ingen sa fra. bookingnummer {PNR}
bestillingsreferanse {PNR}, passasjerer {CUST} og {OTHER}. vi vil gjerne ha det senere flyet
{PNR} er referansen. kan jeg legge til {PROGRAM}-nummeret mitt {LOYALTY}? glemte det
e-billett {TICKET}, jeg har betalt to ganger for setet på {FLIGHT}
passnummeret mitt er {PASSPORT}, må jeg legge det inn på nytt for returen?
navnet på billett {TICKET} er feilstavet, det skal være {CUST} som i passet ({PASSPORT})
landet med {FLIGHT} fra {DEST} i går og kofferten kom ikke, referanse {BAGTAG}
kan du sjekke inn meg og {OTHER?sønnen|datteren} min {OTHER.first}? referanse {PNR},
  {OTHER?han|hun} er født {OTHER.dob}
vi flyr {FLIGHT} til {DEST} {DATE} kl. {TIME}, er det {AIRCRAFT} med wifi?
{PROGRAM}-nummeret mitt er {LOYALTY}, men poengene fra {FLIGHT} kom aldri
pass {PASSPORT}, norsk statsborger, født {DOB}. til APIS-skjemaet
{TICKET} – billettnummeret fra kvitteringen. betalte {PRICE} for et fly som aldri gikk
reiser med {OTHER?en kompis|ei venninne}, {OTHER}, {OTHER?hans|hennes} bestilling er egen
  ({PNR}), kan dere koble dem
jeg heter {CUST} og ble kastet av {FLIGHT} pga overbooking, referanse {PNR}
ref {PNR}, etternavn {CUST.last}. vil oppgradere til Plus på hjemturen
billettnumrene er {TICKET} og {TICKET}, begge {DATE}
bekreftelsen gikk til {EMAIL} men jeg finner den ikke, ref {PNR}
jeg har {FLIGHT} og {FLIGHT} på samme billett ({TICKET}), hva skjer hvis det første er forsinket
kan dere legge inn passet {PASSPORT} og fødselsdato {DOB} på {PNR}? appen krasjer hele tiden
{PROGRAM} {LOYALTY}, gullkort, og så får vi rad 38 😒
nasjonalt ID-kort nr {PASSPORT}, holder det til {DEST}?
{FLIGHT} var 4 timer forsinket, ref {PNR}, kompensasjonen kan gå til {KONTO}
@airline agent
Takk. Jeg ser bestilling {PNR} på {CUST}, {FLIGHT} {DATE}.
Det nye billettnummeret ditt er {TICKET}. Bekreftelsen er sendt til {EMAIL}.
Jeg har lagt {PROGRAM}-nummer {LOYALTY} til bestillingen.
{FLIGHT} er nå beregnet til avgang kl. {TIME} fra gate {GATE}.
Jeg har booket deg om til {FLIGHT} i morgen tidlig, referansen er fortsatt {PNR}.
Kan du bekrefte passnummeret? Jeg har {PASSPORT} registrert.
Refusjonen for billett {TICKET} er behandlet.
Begge passasjerene står nå på {FLIGHT}: {CUST} og {OTHER}.
Passet {PASSPORT} går ut før hjemreisen, husk å fornye det.
Jeg har koblet {PNR} og {PNR}, dere sitter sammen på {FLIGHT}.
@bank customer
vil bestride et kjøp på kort {CARD}, {PRICE} i en butikk jeg aldri har vært i
pengene kan settes inn på {KONTO}, det er den nye kontoen min
noen logget inn fra {IP}, det var ikke meg!! jeg bor {HOME}
fødselsnummeret mitt er {FNR}, trenger dere det for lånesøknaden?
personnummer: {FNR}. skattekortet ble feil
kortnummer {CARD}, utløper {EXPIRY}, sperr det NÅ det er stjålet
kundenummer {CUSTNO}, født {DOB}
kan du overføre {PRICE} til {IBAN_X}, mottaker {OTHER}, melding husleie
kontonr {KONTO} står på meg, {CUST}
har også en nederlandsk konto, {IBAN_NL}, kan jeg overføre derfra?
IBAN-en min er {IBAN}, til overføring fra utlandet
minibanken på senteret slukte kortet mitt {CARD} 😩
får ikke logget inn, kundenr {CUSTNO} og fødselsnr {FNR}
nytt kort ({CARD}) kom men jeg har flyttet til {ADDRESS}
jeg bor i England, sort code og kontonummer: {SORTACC}
logget inn fra {IP} kl. {TIME} og så fra {IP} i utlandet, begge var meg
kan du sjekke kontonummeret? tror det er {KONTO}
kontoen {KONTO} var {OTHER?faren|moren} min sin, {OTHER}, {OTHER?han|hun} er død. hvordan
  avslutter jeg den?
fnr {FNR} og konto {KONTO}, det var alt skifteretten ba om
@bank agent
Jeg har sperret kortet {CARD} og bestilt nytt til {ADDRESS}.
Betalingen på {PRICE} ble overført fra {KONTO} til {IBAN_X} {DATE}.
Vi så en innlogging fra {IP} kl. {TIME}. Var det ikke deg, bytt passord.
Kundenummeret ditt er {CUSTNO}.
Jeg har registrert fødselsnummer {FNR}, stemmer det?
Tilbakebetalingen er satt inn på {KONTO}, det kan ta to virkedager.
IBAN for kontoen din er {IBAN}.
Den nederlandske kontoen {IBAN_NL} kan dessverre ikke brukes som fast konto.
@telecom customer
kundenummer {CUSTNO}, regningen på {PRICE} stemmer ikke, har aldri ringt fra {DEST}
ruteren viser {IP} som ekstern ip og faller ut hvert 10. minutt
vil flytte nummeret {PHONE} fra {BRAND}, kundenr {CUSTNO}
fiber til {ADDRESS}, når er første ledige dato?
sim-kortet for {PHONE} ble byttet uten at jeg ba om det!!!
ipv6-adressen min er {IP6}, stemmer det? serveren når meg ikke
kan dere sende nytt sim til {ADDRESS}? abonnementet står på meg, {CUST}
kundenr {CUSTNO}, avtalegiro fra {KONTO}
flytter til {ADDRESS} {DATE}, kan jeg ta med bredbåndet?
{OTHER?sønnen|datteren} min {OTHER} har abonnement på min konto, {PHONE}, kan dere sette
  datasperre
whatsmyip sier {IP} men ruteren sier {IP}
montøren kom aldri til {STREET} i dag, jeg tok fri for dette
{PHONE} – dette nummeret får hele tiden svindelanrop, kan dere blokkere
til avtalen: pass {PASSPORT}, holder det eller trenger dere førerkort?
fødselsnummer {FNR}, kundenummer {CUSTNO} (til kredittsjekken)
betaler med kort {CARD} hver måned, kundenr {CUSTNO}. hvorfor trukket to ganger
@telecom agent
Jeg ser to enheter på linjen din, en på {IP} og en på {IP}.
Kundenummeret ditt er {CUSTNO}. Montøren kommer til {ADDRESS} {DATE} mellom 8 og 12.
Nummeret {PHONE} er overført og aktivt fra {DATE}.
Det nye SIM-kortet er sendt til {ADDRESS}.
Avtalegiro er satt opp fra {KONTO}. Første trekk er {DATE}.
Takk {CUST.first}, jeg ser kundenummer {CUSTNO} på deg.
Jeg ser gjentatte innlogginger fra {IP6} i helgen.
@webshop customer
ordre {ORDER} kom aldri, står levert på {ADDRESS}?? jeg var hjemme hele dagen
endre leveringsadresse til {ADDRESS}, ordrenummer {ORDER}
betalte med {CARD} og ble trukket to ganger, {PRICE} hver gang
kundenummer {CUSTNO}, epost {EMAIL}
refusjon til {KONTO} hvis det ikke går tilbake på kortet
budet sier pakken ble levert til {OTHER} i nabohuset, aner ikke hvem det er
bestilte via kontoen til {OTHER?mannen|kona} min, {OTHER}, {OTHER.email}
innlogging fra {IP} var ikke meg, noen har bestilt {SKU} på kontoen min
medlemsnummeret mitt er {CUSTNO}, men bonusen kom ikke
lever til {ADDRESS} og ring {PHONE} når du er utenfor, ringeklokka virker ikke
{ADDRESS} – det er adressen, pakken gikk til den gamle
kortet {CARD} blir avvist men det funker overalt ellers
jeg heter {CUST}, returnerte jakka {DATE} og har fortsatt ikke fått pengene
på fakturaen skal det stå {CUST}, {ADDRESS}
@webshop agent
Jeg har endret leveringsadressen til {ADDRESS}. Pakken kommer {DATE}.
Bestillingen ble lagt inn fra IP {IP} med e-post {EMAIL}.
Takk {CUST.first}! Kundenummeret ditt er {CUSTNO}.
Beløpet på {PRICE} blir satt inn på {KONTO} innen fem virkedager.
Sjåføren ringer deg på {PHONE} en halvtime før levering.
Kortet som ble brukt på ordre {ORDER} er {CARD}, skal pengene tilbake dit?
@any customer
hallo?? er det noen der
ok takk, det var alt
{=NAMEWORD:Per} i dag har jeg ikke fått noe svar
{=NAMEWORD:Per} nå er det tre uker siden jeg klaget!!
har vært kunde i 12 år og så blir jeg behandlet sånn 🙄
kan jeg få snakke med et menneske
sorry, skriver på mobilen 😅
når stenger chatten i dag
{=NAMEWORD:Vår} avtale sier noe annet, sjekk gjerne
{=NAMEWORD:Mai} eller juni går fint, bare det blir ordnet
supert, tusen takk 🙏
{=CAPS:HASTER}: fortsatt ikke ringt tilbake som lovet {DATE}
Mvh og god helg
Søndag passer ikke, Mandag til Fredag jobber jeg til 16
@any agent
Takk for tålmodigheten, jeg ser på saken nå.
Er det noe mer jeg kan hjelpe deg med?
Så leit å høre. Jeg sjekker hva som har skjedd.
Jeg har sendt saken videre til kundeservice, saksnummer {CASE}.
Av sikkerhetshensyn må du aldri dele PIN-kode eller passord i chatten.
@airline customer
vi flyr til {DEST} {DATE}, er det {AIRCRAFT} med mer beinplass?
gaten er endret til {GATE}?? vi står helt i andre enden av {AIRPORT}
kan jeg ta med 23 kilo på den billigste billetten til {DEST}
vi lander kl. {TIME}, venter flyet videre til {DEST} på oss?
sete {SEAT} kan ikke legges bakover, kan jeg flytte
går flyet kl. {TIME} til {DEST} selv om det er streik?
{=NAMEWORD:Storm} i {CITY}, blir flyet i kveld innstilt?
@airline agent
Flyvningene til {DEST} {DATE} opereres med {AIRCRAFT}.
Referansen for bagasjesaken er {BAGTAG}.
Boarding til {DEST} starter kl. {TIME} ved gate {GATE}.
@bank customer
kort som slutter på {LAST4} ble avvist hos {BRAND_SHOP} for {PRICE}, det er nok penger på
hvorfor ble det trukket {PRICE} {DATE}? har ikke bestilt noe
eksempel-IBAN-en på nettsiden deres ({BADIBAN}) er ugyldig, skrivefeil?
KID-nummeret er {KID}, hjelper det?
saksnummeret fra NAV er {BADFNR}, står i meldingsfeltet
Renta gikk fra 5,1 % til 4,6 % {DATE}? ingen sa fra
@bank agent
Overføringen på {PRICE} er satt til {DATE}.
Betalinger over {PRICE} må godkjennes i appen.
@telecom customer
IMEI {IMEI}, telefonen har vært sperret siden oppdateringen
ruteren har fastvare {VERSION}, er det den nyeste?
regningen er plutselig {PRICE} i måneden, ingen sa fra
er det brudd i {CITY}? ingen dekning siden kl. {TIME}
@telecom agent
Avtalen din går ut {DATE}, deretter koster det {PRICE} i måneden.
Bruddet i {CITY} er ventet utbedret kl. {TIME}.
@webshop customer
bestilte {SKU} {DATE}, sporingsnummer {TRACK} har stått stille i 5 dager
har {BRAND}-butikken i {CITY} (postnr {SHOPPC}) åpent på søndag?
ordrenummer {ORDER}, dere åpnet sak {CASE} men ingen har svart
rabattkoden {VOUCHER} funker ikke 😡
på esken står det {EAN}, er det 2024-modellen?
hei, ordre {ORDER} fra {BRAND} kom ødelagt, faktura {INVOICE}
{=NAMEWORD:Liv}-serien fra {BRAND}, finnes den i svart?
@webshop agent
Ordren {ORDER} er sendt, sporingsnummer {TRACK}.
Faktura {INVOICE} på {PRICE} er kreditert.
Varen {SKU} er tilbake på lager fra {DATE}.
@bank customer
lønna fra Tyskland kommer inn på {IBAN_DE}, kan dere hjelpe meg å flytte den hjem?
IBAN til kontoen min er {IBAN}, BIC DNBANOKKXXX
trenger IBAN-nummeret mitt til en utenlandsk arbeidsgiver, er det {IBAN}?
fødselsnummer {FNR}, jeg vil søke om BSU
D-nummer? nei, jeg har vanlig fødselsnummer: {FNR}
kortet {CARD} ble belastet {PRICE} kl. 03 om natta, jeg sov!!
født {DOB}, fnr {FNR}, konto {KONTO}
@webshop customer
refusjonen skal til den nederlandske kontoen min, {IBAN_NL}
@telecom customer
født {DOB}, kan dere sjekke hvilke abonnement som står på meg?
@airline customer
refusjon for e-billett {TICKET}, betalte med {CARD}
passet {PASSPORT} ble stjålet i {DEST}, det nye er {PASSPORT}. bestilling {PNR}
billetten til {OTHER?sønnen|datteren} min er {TICKET}, min er {TICKET}, samme ref {PNR}
@airline agent
Kan du bekrefte billettnummeret på 13 sifre? Jeg har {TICKET} på {CUST}.
Kompensasjonen blir utbetalt til {IBAN} innen 14 dager.
@bank customer
{OTHER?sønnen|datteren} min {OTHER.first} har fødselsnummer {OTHER.fnr}, kan {OTHER?han|hun} få
  egen konto?
betalte {PRICE} til {KONTO} med KID {KID}, men regningen står fortsatt som ubetalt
KID {KID} og beløp {PRICE}, forfall {DATE}, er den betalt?
kortet utløper {EXPIRY}, kommer det nytt automatisk?
@airline customer
passnr {PASSPORT}, utløper {DATE}, holder det for innreise til {DEST}?
@webshop customer
ordrenummer {BADBSN}, hvor blir pakken av?
strekkoden på esken er {EAN}, men det er feil farge
@telecom customer
saksnummer {BADFNR}, skjer det noe snart?
"""

RU_CHAT = """
@any customer
здравствуйте, это {CUST}. {CUST?писал|писала} вам на почту на прошлой неделе, ответа нет
добрый день! {CUST.fio}, хочу поменять контактные данные
меня зовут {CUST.first}, но договор почему-то оформлен на {OTHER:acc}
со мной можно связаться по номеру {PHONE} или на почту {EMAIL}
{PHONE} — мой новый номер, старый больше не работает
перезвоните мне на {PHONE}, я в метро, печатать неудобно
новый адрес: {ADDRESS}. переехали в прошлом месяце
я теперь живу {HOME}, письма по старому адресу не доходят
моя почта {EMAIL}, не та старая на рамблере
{EMAIL} — правильный адрес, в другом была опечатка
дата рождения {DOB}, индекс у вас уже есть
я {CUST?родился|родилась} {DOB}, если нужно для проверки
спасибо, {AGENT.first}, очень помогли 👍
{OTHER?мой муж|моя жена} {OTHER} может позвонить с {PHONE}, {OTHER?ему|ей} можно всё
  рассказывать
итак: {ADDRESS}, тел. {PHONE}, почта {EMAIL}. что-то ещё нужно?
всё присылайте на {EMAIL}, по адресу {STREET} я почти не бываю
д.р. {DOB}, СНИЛС тоже нужен?
живу {HOME}, есть у вас офис рядом?
отправьте письмом на {ADDRESS}, онлайн-банком не пользуюсь
не звоните больше на {PHONE}, лучше на {PHONE_INT}, я до марта за границей
это снова {CUST.first}, извините что пишу так много 😅
пишу от имени {OTHER?отца|мамы}, {OTHER:gen}, {OTHER?ему|ей} 84 года и компьютером
  {OTHER?он не пользуется|она не пользуется}
мы только что переехали, живём {HOME}, а приветственный пакет ушёл на старую квартиру
{CUST.fio}, {DOB} г.р., номер телефона {PHONE}
@any agent
Здравствуйте! Меня зовут {AGENT.first}, чем могу помочь?
{BRAND}, служба поддержки. На связи {AGENT}, слушаю вас.
Спасибо, {CUST.io}. Подтвердите, пожалуйста: ваша почта {EMAIL}?
Вижу, что договор оформлен на {CUST.init:acc}, адрес {ADDRESS}. Всё верно?
Спасибо, {CUST.io}. Для проверки назовите, пожалуйста, дату рождения.
{AGENT?Я изменил|Я изменила} ваш номер на {PHONE}, придёт СМС с подтверждением.
С вами свяжется {OTHER?мой коллега|моя коллега} {OTHER} из отдела претензий в течение двух
  рабочих дней.
Спасибо, дата {DOB} совпадает с нашими данными.
{CUST.io}, добрый вечер, это снова {AGENT.first} 🙂
Мы отправили код на {PHONE}, продиктуйте его, пожалуйста.
Адрес для корреспонденции изменён на {ADDRESS}.
Подскажите, {CUST.fio} — это полное ФИО, как в паспорте?
Передаю ваш вопрос {OTHER:dat}, {OTHER?он|она} ответит вам на {EMAIL} сегодня.
@airline customer
здравствуйте, рейс {FLIGHT} {DATE} отменили и никто не предупредил. код бронирования {PNR}
номер брони {PNR}, пассажиры {CUST} и {OTHER}. хотим на более поздний рейс
{PNR} — это бронь. можно ещё добавить номер {PROGRAM} {LOYALTY}? {CUST?забыл|забыла} указать
электронный билет {TICKET}, с меня дважды списали за место на {FLIGHT}
номер загранпаспорта {PASSPORT_RUZ}, надо ли вводить его заново на обратный рейс?
в билете {TICKET} ошибка в фамилии, должно быть {CUST}, как в загранпаспорте ({PASSPORT_RUZ})
вчера {CUST?прилетел|прилетела} рейсом {FLIGHT} {FROM}, а чемодана нет, номер заявки {BAGTAG}
зарегистрируйте меня и {OTHER?сына|дочь} {OTHER.first:acc}, бронь {PNR},
  {OTHER?он родился|она родилась} {OTHER.dob}
летим {FLIGHT} {DEST} {DATE} в {TIME}, это {AIRCRAFT} с вайфаем?
мой номер {PROGRAM} {LOYALTY}, а мили за {FLIGHT} так и не начислили
паспорт {PASSPORT}, гражданство РФ, дата рождения {DOB}. это для анкеты
{TICKET} — номер билета из квитанции. {CUST?заплатил|заплатила} {PRICE} за рейс, который не
  улетел
лечу с {OTHER?другом|подругой} {OTHER:ins}, у {OTHER?него|неё} отдельная бронь ({PNR}), можно
  объединить?
меня зовут {CUST}, меня сняли с рейса {FLIGHT} из-за овербукинга, бронь {PNR}
бронь {PNR}, фамилия {CUST.last}. хочу повысить класс на обратный рейс
номера билетов {TICKET} и {TICKET}, оба на {DATE}
подтверждение ушло на {EMAIL}, но я его не нахожу, бронь {PNR}
у меня {FLIGHT} и {FLIGHT} в одном билете ({TICKET}), если первый задержат, я опоздаю на второй?
внесите, пожалуйста, загран {PASSPORT_RUZ} и дату рождения {DOB} в бронь {PNR}, приложение
  вылетает
{PROGRAM} {LOYALTY}, золотой уровень, а нас посадили в 38 ряд 😒
рейс {FLIGHT} задержали на 4 часа, бронь {PNR}, компенсацию прошу на счёт {RUACC}
@airline agent
Спасибо. Вижу бронирование {PNR} на имя {CUST:gen}, рейс {FLIGHT} {DATE}.
Ваш новый номер электронного билета {TICKET}. Подтверждение отправлено на {EMAIL}.
{AGENT?Я добавил|Я добавила} номер {PROGRAM} {LOYALTY} в бронирование.
Рейс {FLIGHT} ожидается к вылету в {TIME}, выход {GATE}.
Переоформили вас на рейс {FLIGHT} завтра утром, код бронирования остаётся {PNR}.
Подтвердите номер паспорта, пожалуйста: у меня указан {PASSPORT}.
Возврат по билету {TICKET} оформлен.
Оба пассажира теперь на рейсе {FLIGHT}: {CUST} и {OTHER}.
Срок действия загранпаспорта {PASSPORT_RUZ} истекает до даты возвращения.
{AGENT?Я объединил|Я объединила} брони {PNR} и {PNR}, на рейсе {FLIGHT} вы сидите рядом.
@bank customer
хочу оспорить операцию по карте {CARD}, {PRICE} в магазине, где я никогда не {CUST?был|была}
деньги переведите на счёт {RUACC}, это мой новый счёт
кто-то зашёл в мой личный кабинет с {IP}, это {CUST?был не я|была не я}!! я живу {HOME}
мой СНИЛС {SNILS}, его просят для госуслуг
ИНН {INN}, нужен для налогового вычета
номер карты {CARD}, срок {EXPIRY}, заблокируйте срочно, украли!!
номер клиента {CUSTNO}, дата рождения {DOB}
переведите {PRICE} на {IBAN_X}, получатель {OTHER}, назначение «аренда»
счёт {RUACC} открыт на меня, {CUST.fio}
мне переводят зарплату из Германии, мой IBAN там {IBAN_DE}
банкомат в торговом центре зажевал карту {CARD} 😩
не могу войти, номер клиента {CUSTNO}, ИНН {INN}
новая карта ({CARD}) пришла, но я {CUST?переехал|переехала}, новый адрес {ADDRESS}
проверьте, пожалуйста, номер счёта, вроде {RUACC}
счёт {RUACC} был {OTHER?отца|мамы}, {OTHER:gen}, {OTHER?он умер|она умерла}. как его закрыть?
СНИЛС: {SNILS}, ИНН: {INN}. для зарплатного проекта
{CUST?заходил|заходила} с {IP} в {TIME} и потом с {IP} из-за границы, оба раза это я
реквизиты: р/с {RUACC}, БИК {BIK}, к/с {CORR}
для вычета прикладываю ИНН {INN} и СНИЛС {SNILS}, паспорт {PASSPORT}
@bank agent
Карта {CARD} заблокирована, новая будет доставлена по адресу {ADDRESS}.
Перевод {PRICE} со счёта {RUACC} выполнен {DATE}.
Мы зафиксировали вход с IP {IP} в {TIME}. Если это были не вы, смените пароль.
Ваш номер клиента {CUSTNO}.
Уточните, пожалуйста: ваш ИНН {INN}?
Для оформления нужен СНИЛС. У нас указан {SNILS}, верно?
Возврат зачислен на счёт {RUACC}.
Перевод на IBAN {IBAN_X} отклонён банком получателя.
@telecom customer
лицевой счёт {CUSTNO}, в счёте {PRICE}, хотя я не {CUST?звонил|звонила} {DEST}
роутер показывает внешний ip {IP} и отваливается каждые 10 минут
хочу перенести номер {PHONE} от {BRAND}, лицевой счёт {CUSTNO}
подключите интернет по адресу {ADDRESS}, когда ближайшая дата?
сим-карту на номер {PHONE} перевыпустили без моего согласия!!!
мой ipv6 {IP6}, это правильно? сервер меня не видит
отправьте новую сим на {ADDRESS}, договор на меня, {CUST.fio}
лицевой счёт {CUSTNO}, автоплатёж с карты {CARD}
переезжаю {DATE} по адресу {ADDRESS}, интернет можно перенести?
у {OTHER?сына|дочки} {OTHER:gen} симка на моём договоре, {PHONE}, поставьте ограничение на
  трафик
whatsmyip показывает {IP}, а в роутере {IP}
мастер так и не пришёл по адресу {STREET}, я {CUST?отпросился|отпросилась} с работы
{PHONE} — на этот номер постоянно звонят мошенники, заблокируйте
для договора паспорт {PASSPORT}, подойдёт?
дата рождения {DOB}, лицевой счёт {CUSTNO}
@telecom agent
Вижу два устройства на вашей линии: {IP} и {IP}.
Ваш лицевой счёт {CUSTNO}. Мастер приедет по адресу {ADDRESS} {DATE} с 9 до 13.
Номер {PHONE} перенесён и будет активен с {DATE}.
Новая SIM-карта отправлена по адресу {ADDRESS}.
Спасибо, {CUST.io}, вижу лицевой счёт {CUSTNO} на ваше имя.
Для оформления договора нужны серия и номер паспорта. У меня указано {PASSPORT}.
Вижу повторные входы в личный кабинет с {IP6} в выходные.
@webshop customer
заказ {ORDER} так и не пришёл, написано доставлен по адресу {ADDRESS}?? я весь день
  {CUST?был|была} дома
поменяйте адрес доставки на {ADDRESS}, заказ {ORDER}
{CUST?оплатил|оплатила} картой {CARD} и списали дважды, по {PRICE}
номер клиента {CUSTNO}, почта {EMAIL}
верните деньги на счёт {RUACC}, если на карту нельзя
курьер говорит, что отдал посылку {OTHER:dat} из соседней квартиры, я {OTHER?его|её} не знаю
{CUST?заказывал|заказывала} через аккаунт {OTHER?мужа|жены}, {OTHER:gen}, {OTHER.email}
вход с {IP} был не мой, кто-то заказал {SKU} с моего аккаунта
номер бонусной карты {CUSTNO}, баллы не начислились
доставьте на {ADDRESS} и позвоните на {PHONE}, домофон не работает
{ADDRESS} — вот адрес, посылка ушла на старый
карта {CARD} не проходит, хотя везде работает
я {CUST}, {CUST?вернул|вернула} куртку {DATE}, денег до сих пор нет
в чеке должно быть {CUST.fio}, ИНН {INN}
мой ID в приложении {CUSTNO}, промокод не сработал
@webshop agent
Адрес доставки изменён на {ADDRESS}. Ожидаемая дата — {DATE}.
Вижу, что заказ оформлен с IP {IP}, почта {EMAIL}.
Спасибо, {CUST.first}! Ваш номер клиента {CUSTNO}.
Сумма {PRICE} вернётся на карту {CARD} в течение 5 рабочих дней.
Курьер позвонит на {PHONE} за полчаса до доставки.
@any customer
алло?? есть кто-нибудь
ок спасибо, это всё
{=NAMEWORD:Вера} в ваш банк у меня уже закончилась, третий раз пишу
{=NAMEWORD:Надежда} только на вас, в отделении не помогли
{=NAMEWORD:Слава} богу, разобрались 🙏
я {CUST?ваш клиент|ваша клиентка} 12 лет и вот такое отношение 🙄
можно поговорить с живым человеком
извините, пишу с телефона 😅
до скольки сегодня работает чат
{=CAPS:СРОЧНО}: так и не перезвонили, хотя обещали {DATE}
спс, хорошего дня
щас проверю и напишу
{=NAMEWORD:Любовь} к вашему сервису прошла 😂
В Воскресенье не могу, с Понедельника по Пятницу работаю до 18
@any agent
Спасибо за ожидание, уточняю информацию.
Могу ещё чем-нибудь помочь?
Очень жаль, что так вышло. Сейчас разберусь.
Обращение передано в отдел претензий, номер {CASE}.
В целях безопасности никогда не сообщайте в чате ПИН-код и коды из СМС.
@airline customer
летим {DEST} {DATE}, это {AIRCRAFT} с большим расстоянием между креслами?
выход поменяли на {GATE}?? мы в другом конце {AIRPORT}
можно взять 23 кг на самом дешёвом тарифе {DEST}?
садимся в {TIME}, стыковочный рейс {DEST} нас подождёт?
кресло {SEAT} не откидывается, можно пересесть
рейс {FROM} в {TIME} полетит, несмотря на погоду?
@airline agent
Рейсы {DEST} {DATE} выполняются на {AIRCRAFT}.
Номер заявки по багажу {BAGTAG}, сохраните его.
Посадка на рейс {DEST} начинается в {TIME}, выход {GATE}.
@bank customer
карта, оканчивающаяся на {LAST4}, не прошла в {BRAND_SHOP} на {PRICE}, деньги на ней есть
почему {DATE} списали {PRICE}? я ничего не {CUST?подключал|подключала}
на вашем сайте пример IBAN ({BADIBAN}) не проходит проверку, опечатка?
номер операции {BADCARD}, это поможет?
БИК банка {BIK}, корр. счёт {CORR}, правильно?
ставку подняли с 16% до 21% {DATE}, никто не предупредил
@bank agent
Перевод на {PRICE} запланирован на {DATE}.
Платежи свыше {PRICE} нужно подтвердить в приложении.
@telecom customer
IMEI {IMEI}, телефон заблокирован после обновления
в роутере прошивка {VERSION}, это последняя?
счёт вдруг {PRICE} в месяц, никто не предупредил
авария {CITYP}? нет связи с {TIME}
@telecom agent
Договор заканчивается {DATE}, дальше {PRICE} в месяц.
Аварию {CITYP} устранят к {TIME}.
@webshop customer
{CUST?заказал|заказала} {SKU} {DATE}, трек {TRACK} стоит на месте 5 дней
пункт выдачи {BRAND} с индексом {SHOPPC} работает в воскресенье?
заказ {ORDER}, вы открыли обращение {CASE}, но никто не ответил
промокод {VOUCHER} не работает 😡
на коробке штрихкод {EAN}, это модель 2024 года?
заказ {ORDER} с {BRAND} пришёл битый, счёт {INVOICE}
{=NAMEWORD:Роман} {=TITLE:«Мастер и Маргарита»} в твёрдой обложке есть в наличии?
@webshop agent
Заказ {ORDER} передан в доставку, трек-номер {TRACK}.
Счёт {INVOICE} на {PRICE} оплачен.
Товар {SKU} снова появится в продаже с {DATE}.
@bank customer
мне нужно получить перевод из Нидерландов, мой IBAN там {IBAN_NL}
для SWIFT-перевода: IBAN получателя {IBAN_X}, получатель {OTHER}
вы вернули деньги на IBAN {IBAN_DE}? в выписке ничего нет
какой IBAN указывать? у меня во Франции счёт {IBAN_FR}, хочу перевести оттуда
с карты {CARD} ночью списали {PRICE}, я {CUST?спал|спала}!!
СНИЛС {SNILS}, дата рождения {DOB}, это для пенсионного
номер счёта для зарплаты {RUACC}, передайте в бухгалтерию пожалуйста
@telecom customer
ИНН {INN} нужен для договора или хватит паспорта?
@airline customer
верните деньги за билет {TICKET}, {CUST?платил|платила} картой {CARD}
у меня украли загранпаспорт {PASSPORT_RUZ}, новый {PASSPORT_RUZ}, бронь {PNR}
билет {OTHER?сына|дочери} {TICKET}, мой {TICKET}, бронь одна — {PNR}
@airline agent
Подтвердите 13-значный номер билета: у меня {TICKET} на имя {CUST:gen}.
Компенсация будет перечислена на IBAN {IBAN_X} в течение 14 дней.
@bank agent
Отправитель указал IBAN {IBAN_X}, получатель {CUST}. Перевод пока на проверке.
@webshop customer
возврат за заказ с зарубежного сайта должен был прийти на IBAN {IBAN_DE}, где он?
@bank customer
в платёжке БИК {BIK} и корсчёт {CORR}, а номер счёта получателя где?
номер обращения {BADFNR}, есть новости?
срок действия карты {EXPIRY}, новую выпустят автоматически?
@webshop customer
номер заказа {BADBSN}, где посылка?
артикул {SKU}, а пришёл совсем другой товар
"""

CHAT_TEMPLATES = {"en": EN_CHAT, "nl": NL_CHAT, "nb": NB_CHAT, "ru": RU_CHAT}


# --------------------------------------------------------------------------------------------
# Article templates: "=== name" starts a story, blank lines separate paragraphs (one message
# each). P1..P4 are the story's people; {P1.home}/{P1.from}/{P1.addr} locate a person and are
# labelled, {CITY} {CITY2} {CITYP} {CITYG} {DEST} {AIRPORT} are places in the news and are not.
# --------------------------------------------------------------------------------------------

EN_ARTICLES = """
=== fraud
Fraudsters posing as bank staff have emptied the savings of a {P2.age}-year-old {P2?man|woman},
police said on {DATE}. {P2}, who lives in {P2.home}, received a call from a man who claimed to be
from the fraud team at {BRAND_BANK} and persuaded {P2?him|her} to move {PRICE} into a
"safe account".

"{P2?He|She} did everything the caller asked because the number on the screen looked genuine," said
Detective Sergeant {P1}, who is leading the inquiry. {P1.last} urged customers to hang up and call
back on the number printed on the back of their card.

{P2.last}'s {P3?son|daughter}, {P3}, said the family had reported the loss within an hour. The bank
said it was reviewing the case and would not comment on individual customers. Have you been
affected? Contact our reporter {P4} at {P4.email}.

=== strike
Hundreds of passengers were stranded at {AIRPORT} on {DATE} after cabin crew at {BRAND_AIR} walked
out over pay. Union negotiator {P1} said the strike would continue "until management takes our
members seriously".

Among those waiting was {P2}, {P2.age}, {P2.from}, who had been due to fly to {DEST} for
{P2?his|her} sister's wedding. "Nobody from the airline has told us anything," {P2.last} said,
pointing at a departures board that showed every flight as cancelled.

A spokesperson for the airline, {P3}, apologised for the disruption and said passengers on
cancelled flights could rebook free of charge or request a refund. Talks are due to resume in
{CITY} on Thursday.

=== court
A former call-centre worker has been jailed for three years for selling customers' personal data,
{CITY} Crown Court heard on {DATE}. {P1}, {P1.age}, of {P1.addr}, admitted passing the details of
more than 4,000 customers of a mobile network to a gang that used them to order phones.

Judge {P2} told {P1.last}: "You betrayed the trust of people who had no idea their information was
being sold." The court heard that {P1?he|she} had been paid around {PRICE} for the data.

Prosecutor {P3} said the victims included {P4}, a retired nurse born on {P4.dob}, whose account
was used to order six handsets. {P4?Mr|Mrs} {P4.last} told the court {P4?he|she} still checks
the post every morning.

=== flood
Neighbours have rallied round a family whose house at {P1.addr} was flooded for the second time
in twelve months. {P1}, {P1.age}, said the water came up through the floor within minutes on
{DATE}.

Council leader {P2} promised a review of the drainage scheme. Cllr {P2.last} said the council had
spent {PRICE} on flood defences in {CITY} since 2019 and that "more needs to be done".

A fundraiser set up by {P1.first}'s neighbour {P3} has raised more than £8,000. "{P1.first} would
do the same for any of us," {P3?he|she} said.

=== obituary old
{P1}, who has died aged {P1.age}, ran the customer service desk at {AIRPORT} for almost three
decades. Born on {P1.dob} in {CITY2}, {P1?he|she} joined {BRAND_AIR} as a check-in agent at 19.

Colleagues remember {P1.first} as unflappable. "When the ash cloud closed everything in 2010,
{P1?he|she} slept in the office for four nights," said {P2}, a former duty manager.

{P1.last} is survived by {P1?his|her} {P3?husband|wife}, {P3}, and two children.

=== retailer
Customers of online retailer {SHOPNAME} are still waiting for refunds three months after the
company went into administration. Administrator {P1} said on {DATE} that unsecured creditors were
unlikely to receive more than a fraction of what they were owed.

{P2}, a teacher who lives in {P2.home}, paid {PRICE} for a sofa that never arrived. "I've rung
every number I can find," {P2?he|she} said.

Consumer lawyer Dr {P3} advised shoppers who paid by card to ask their bank about a chargeback.
"The sooner you claim, the better," said {P3.last}.

=== outage-brief
Mobile customers across {CITY} lost signal for most of {DATE} after a fault at a data centre run
by {BRAND_TEL}. The operator said services had been restored by {TIME} and that affected
customers would receive a credit on their next bill.

=== rates-brief
{=NAMEWORD:Will} interest rates fall again before Christmas? Mortgage lenders including
{BRAND_BANK} cut their
fixed rates on {DATE}, and analysts in {CITY} expect further cuts.
{=BRAND:Grace Street Capital}, a brokerage, said average two-year deals now cost {PRICE} less a
month than a year ago.
"""

NL_ARTICLES = """
=== oplichting
Een {P2.age}-jarige {P2?man|vrouw} {P2.from} is voor {PRICE} opgelicht door criminelen die zich
voordeden als medewerkers van {BRAND_BANK}. Dat meldde de politie op {DATE}. {P2.fl} kreeg een
telefoontje van een 'fraudeafdeling' en gaf daarna {P2?zijn|haar} pinpas mee aan een koerier.

Wijkagent {P1} waarschuwt: 'Een bank vraagt nooit om uw pas op te halen.' Volgens {P1.last} zijn er
dit jaar in de regio al tientallen aangiftes gedaan van deze vorm van oplichting.

{P3?De zoon|De dochter} van het slachtoffer, {P3}, kreeg argwaan toen {P3?zijn|haar}
{P2?vader|moeder}
vertelde dat er iemand aan de deur was geweest. De bank laat weten de zaak te onderzoeken.

=== staking
Door een staking van het grondpersoneel op {AIRPORT} zijn op {DATE} tientallen vluchten van
{BRAND_AIR} geschrapt. Vakbondsbestuurder {P1} noemt de actie 'onvermijdelijk' en dreigt met meer
acties als er geen nieuw bod komt.

{P2} ({P2.age}) {P2.from} zou met {P2?zijn|haar} gezin naar {DEST} vliegen. 'We hebben een jaar
gespaard voor deze vakantie', zegt {P2.last}, die met twee kinderen in de vertrekhal zit.

Een woordvoerder van de luchtvaartmaatschappij, {P3}, laat weten dat gedupeerde reizigers
kosteloos kunnen omboeken of hun geld terugkrijgen. Het overleg wordt donderdag in {CITY}
hervat.

=== rechtszaak
De rechtbank in {CITY} heeft op {DATE} een {P1.age}-jarige {P1?man|vrouw} veroordeeld tot twee
jaar cel voor het doorverkopen van klantgegevens van een telecomprovider. {P1.fl}, wonend aan de
{P1.addr}, werkte als medewerker bij de klantenservice.

Officier van justitie mr. {P2} sprak van 'een ernstige schending van vertrouwen'. {P1.fl}
verdiende volgens het OM ruim {PRICE} met de handel in gegevens van meer dan vierduizend klanten.

Een van de gedupeerden, {P3} (geboren {P3.dob}), vertelde in de rechtszaal dat er op
{P3?zijn|haar} naam drie telefoons waren besteld. 'Ik kreeg ineens aanmaningen van een
incassobureau.'

=== brand
{P1} ({P1.age}) zag op {DATE} hoe {P1?zijn|haar} woning aan de {P1.addr} in vlammen opging. De
brandweer was binnen tien minuten ter plaatse, maar kon niet voorkomen dat het huis volledig
uitbrandde.

Burgemeester {P2} bracht dezelfde middag een bezoek aan de straat. 'We laten {P1.first} niet in de
steek', aldus {P2.last}. De gemeente biedt tijdelijk onderdak aan.

De inzamelingsactie die {P3?buurman|buurvrouw} {P3} opzette, heeft inmiddels ruim {PRICE}
opgebracht. 'Iedereen kent {P1.first} hier', zegt {P3.last}.

=== profiel old
{P1} werd geboren op {P1.dob} in {CITY2} en werkt al vijfentwintig jaar als
{P1?steward|stewardess} bij {BRAND_AIR}. Deze maand maakt {P1?hij|zij} {P1?zijn|haar} laatste
vlucht.

'Ik heb alles meegemaakt: stakingen, aswolken, een noodlanding in {DEST}', vertelt {P1.last}.
Collega {P2} noemt {P1?hem|haar} 'de rust zelve'.

Na {P1?zijn|haar} pensioen verhuist {P1.first} met {P1?zijn|haar} {P3?man|vrouw} {P3} naar
{P1.home},
waar het stel een huis heeft gekocht.

=== failliet
Klanten van webwinkel {SHOPNAME} wachten drie maanden na het faillissement nog steeds op hun
geld. Curator {P1} liet op {DATE} weten dat schuldeisers weinig kunnen verwachten.

{P2}, die in {P2.home} woont, betaalde {PRICE} voor een bank die nooit werd geleverd. 'Ik heb
iedereen gebeld die ik kon vinden', zegt {P2?hij|zij}.

Consumentenadvocaat mr. {P3} raadt kopers die met een creditcard betaalden aan hun bank om een
terugboeking te vragen. Tips voor de redactie? Mail verslaggever {P4} via {P4.email}.

=== storing-kort
Klanten van {BRAND_TEL} in {CITY} zaten op {DATE} urenlang zonder mobiel internet. Volgens de
provider was een defect in een datacentrum de oorzaak. Om {TIME} werkte alles weer; getroffen
klanten krijgen een tegoed op hun volgende rekening.

=== rente-kort
Goed nieuws voor huizenkopers: de nieuwe vestiging van {BRAND_BANK} in {CITY} opent op {DATE}.
De bank
verlaagde dezelfde week de hypotheekrente met 0,2 procentpunt, wat bij een gemiddelde lening
neerkomt op zo'n {PRICE} per maand.
"""

NB_ARTICLES = """
=== svindel
En {P2.age} år gammel {P2?mann|kvinne} {P2.from} ble svindlet for {PRICE} av personer som utga seg
for å være fra {BRAND_BANK}, opplyser politiet {DATE}. {P2} fikk en telefon fra det som så ut som
bankens nummer.

– Svindlerne visste alt om kontoene {P2?hans|hennes}, sier politiadvokat {P1}. Ifølge {P1.last}
har det
kommet inn over hundre lignende anmeldelser i distriktet i år.

{P3?Sønnen|Datteren} til {P2.first}, {P3}, oppdaget overføringene samme kveld og kontaktet banken.
Banken vil ikke kommentere enkeltsaker.

=== streik
Flere tusen passasjerer ble rammet da flyteknikere i {BRAND_AIR} gikk ut i streik {DATE}.
Forhandlingsleder {P1} sier at streiken kan bli langvarig.

{P2} ({P2.age}) {P2.from} skulle til {DEST} i bryllup. – Vi har stått her siden klokka seks uten å
få noe informasjon, sier {P2.last} på {AIRPORT}.

Pressevakt {P3} beklager og opplyser at passasjerer på innstilte fly kan booke om gratis eller få
pengene tilbake. Partene møtes igjen hos Riksmekleren i {CITY}.

=== rettssak
En {P1.age} år gammel {P1?mann|kvinne} ble {DATE} dømt til to års fengsel i tingretten i {CITY}
for å ha solgt kundeopplysninger fra et teleselskap. Den tiltalte, {P1}, med adresse
{P1.addr}, jobbet på kundesenteret.

Tingrettsdommer {P2} skriver i dommen at {P1.last} «grovt har misbrukt den tilliten kundene viste
selskapet». {P1?Han|Hun} skal ha tjent rundt {PRICE} på salget.

Fornærmede {P3}, født {P3.dob}, forklarte i retten at det var bestilt tre telefoner i
{P3?hans|hennes} navn. – Jeg fikk inkassokrav for ting jeg aldri hadde kjøpt.

=== brann
Naboene stiller opp for {P1}, som mistet huset sitt i {P1.addr} i en brann {DATE}.
{P1.first} ({P1.age}) kom seg ut i tide sammen med hunden.

Ordfører {P2} besøkte brannstedet samme kveld. – Kommunen skal hjelpe med bolig, sier {P2.last}.

Innsamlingsaksjonen som naboen {P3} startet, har allerede samlet inn over {PRICE}.

=== profil old
{P1} (født {P1.dob}) har jobbet som kabinansatt i {BRAND_AIR} i 25 år. Nå tar {P1?han|hun}
sin siste tur, fra {CITY} til {DEST}.

– Jeg har opplevd askesky, streik og en nødlanding, forteller {P1.first}. Kollega {P2} kaller
{P1?ham|henne} «den roligste på hele flyet».

Etter pensjonen flytter {P1.last} og {P3?mannen|kona} {P3} hjem igjen, og skal bo {P1.home}.

=== konkurs
Kunder av nettbutikken {SHOPNAME} venter fortsatt på pengene sine tre måneder etter konkursen.
Bostyrer, advokat {P1}, sa {DATE} at usikrede kreditorer må regne med lite.

{P2}, som bor {P2.home}, betalte {PRICE} for en sofa som aldri kom. – Jeg har ringt alle numre
jeg finner, sier {P2?han|hun}.

Forbrukeradvokat {P3} råder dem som betalte med kort, til å kreve pengene tilbake fra banken.
Tips oss på {P4.email}, skriver journalist {P4}.

=== brudd-kort
Kunder av {BRAND_TEL} i {CITY} var uten mobildekning store deler av {DATE} etter en feil i et
datasenter. Ifølge selskapet var alt i orden igjen kl. {TIME}, og berørte kunder får avslag på
neste faktura.

=== rente-kort
{=NAMEWORD:Per} {DATE} setter {BRAND_BANK} ned boliglånsrenten med 0,25 prosentpoeng.
For et gjennomsnittlig lån i {CITY} betyr det rundt {PRICE} mindre i måneden.
"""

RU_ARTICLES = """
=== мошенничество
{P2?Житель|Жительница} {P2.cityg} {P2} {P2?перевёл|перевела} мошенникам {PRICE}, сообщили в
пресс-службе полиции {DATE}. Злоумышленники позвонили {P2?ему|ей} от имени службы безопасности
банка и убедили перевести сбережения на «безопасный счёт».

«Звонивший знал {P2?его|её} имя, отчество и последние цифры карты», — рассказал следователь {P1}.
По словам {P1.last:gen}, с начала года в регионе возбуждено более 300 подобных дел.

{P3?Сын|Дочь} {P2?пострадавшего|пострадавшей}, {P3}, {P3?обратился|обратилась} в полицию в тот
же вечер. В банке от комментариев отказались.

=== задержки
Более сорока рейсов задержаны в аэропорту {AIRPORT} {DATE} из-за нехватки техников у
авиакомпании {BRAND_AIR}. Председатель профсоюза {P1} заявил, что ситуация «была предсказуемой».

Среди застрявших пассажиров — {P2} ({P2.age}) {P2.from}, {P2?который летел|которая летела} {DEST}
на свадьбу. «Нам никто ничего не объясняет», — говорит {P2.last}.

Представитель авиакомпании {P3} {P3?принёс|принесла} извинения и напомнил{P3?|а}, что пассажиры
могут бесплатно переоформить билет или вернуть деньги.

=== суд
Районный суд {CITYG} приговорил {P1?бывшего сотрудника|бывшую сотрудницу} салона связи к трём
годам колонии за продажу персональных данных клиентов. Как следует из материалов дела,
{P1} ({P1.age}), {P1?зарегистрированный|зарегистрированная} по адресу {P1.addr}, передавал{P1?|а}
сведения о четырёх тысячах абонентов.

Судья {P2} {P2?отметил|отметила}, что {P1.last} «грубо злоупотребил{P1?|а} доверием клиентов».
По данным следствия, за данные {P1?он получил|она получила} около {PRICE}.

{P3?Потерпевший|Потерпевшая} {P3}, {P3.dob} года рождения, {P3?рассказал|рассказала} в суде, что
на {P3?его|её} имя оформили три телефона в кредит.

=== жкх
{P1}, {P1?проживающий|проживающая} по адресу {P1.addr}, уже третий месяц живёт без горячей воды.
{P1?Он|Она} {P1?обращался|обращалась} в управляющую компанию шесть раз.

Глава района {P2} {P2?пообещал|пообещала} разобраться до конца месяца. «Ситуация
недопустимая», — {P2?заявил|заявила} {P2.last} журналистам {DATE}.

{P3?Сосед|Соседка} {P1.first:gen} по подъезду {P3} говорит, что без воды сидят все сорок квартир.

=== профиль old
{P1} {P1?родился|родилась} {P1.dob} {CITYP} и двадцать пять лет
{P1?проработал бортпроводником|проработала бортпроводницей} в авиакомпании {BRAND_AIR}.
В этом месяце у {P1.first:gen} последний рейс.

«Я видел{P1?|а} всё: забастовки, вулканический пепел, вынужденную посадку», — вспоминает
{P1.last}. Коллега {P2} называет {P1.first:acc} «самым спокойным человеком на борту».

После выхода на пенсию {P1.first} с {P3?мужем|женой} {P3:ins} будут жить {P1.home}, где купили
дом.

=== банкротство
Покупатели интернет-магазина {SHOPNAME} три месяца после банкротства компании ждут возврата денег.
Конкурсный управляющий {P1} {DATE} {P1?заявил|заявила}, что рассчитывать на многое не стоит.

{P2}, {P2?который живёт|которая живёт} {P2.home}, {P2?заплатил|заплатила} {PRICE} за диван,
который так и не привезли. «Я {P2?обзвонил|обзвонила} все номера, какие нашёл{P2?|а}», —
говорит {P2.last}.

Юрист {P3} советует тем, кто платил картой, требовать возврат через банк. Пишите нашему
корреспонденту {P4:dat} на {P4.email}.

=== сбой-кратко
Абоненты {BRAND_TEL} {CITYP} {DATE} несколько часов оставались без мобильного интернета. По
данным оператора, причиной стал сбой в дата-центре; к {TIME} связь восстановили, пострадавшим
начислят компенсацию.

=== ставки-кратко
{=NAMEWORD:Вера} в снижение ставок растёт: {BRAND_BANK} {DATE} снизил ставки по ипотеке.
Для среднего
кредита {CITYP} это около {PRICE} экономии в месяц, подсчитали аналитики.
"""

ARTICLE_TEMPLATES = {"en": EN_ARTICLES, "nl": NL_ARTICLES, "nb": NB_ARTICLES, "ru": RU_ARTICLES}


if __name__ == "__main__":
    raise SystemExit(main())
