#!/usr/bin/env python3
"""Generate a labelled, synthetic corpus of customer-service chats (en, nl, nb, ru).

Every message is built by concatenating template parts; the character offsets of the
personal data are recorded while the values are inserted, never searched for afterwards.
Checksummed numbers are made with python-stdnum / schwifty / phonenumbers. Names, streets
and cities come from the hand-written lists below (not Faker's), so the corpus is not
circular with a detector that uses Faker.

    python bench/accuracy/make_corpus.py [--seed 7] [--messages 4000] [--out PATH] [--stats]

Output: JSONL, one message per line:
    {"id", "conversation_id", "lang", "domain", "role", "text",
     "spans": [{"start", "end", "entity_type"}],
     "negatives": [{"start", "end", "kind"}]}
"negatives" marks the inserted hard negatives (order numbers, amounts, travel dates, invalid
look-alikes ...); they are NOT personal data and only help to explain false positives.
"""

from __future__ import annotations

import argparse
import datetime as dt
import ipaddress
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import phonenumbers
from schwifty import IBAN
from schwifty.exceptions import SchwiftyException
from stdnum import ean, luhn
from stdnum.nl import bsn
from stdnum.no import fodselsnummer, kontonr
from stdnum.ru import inn

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "corpus" / "chats.jsonl"

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

# slot name -> entity type (labelled slots)
LABELLED = {
    "PER": "PERSON",  # the customer's full name
    "PERF": "PERSON",  # the customer's first name
    "PERL": "PERSON",  # the customer's last name
    "PERFP": "PERSON",  # ru: first name + patronymic
    "PER3": "PERSON",  # ru: last, first, patronymic
    "AGENT": "PERSON",  # the agent's name
    "OTHER": "PERSON",  # somebody else's full name
    "OTHERF": "PERSON",  # somebody else's first name
    "KINF": "PERSON",  # a female relative: first name + the customer's last name
    "EMAIL": "EMAIL_ADDRESS",
    "PHONE": "PHONE_NUMBER",
    "IBAN": "IBAN_CODE",
    "KONTONR": "BANK_ACCOUNT",
    "RUACC": "BANK_ACCOUNT",
    "UKBANK": "BANK_ACCOUNT",
    "CARD": "CREDIT_CARD",
    "CUSTNO": "CUSTOMER_NUMBER",
    "FB": "CUSTOMER_NUMBER",
    "EB": "CUSTOMER_NUMBER",
    "LOYAL": "CUSTOMER_NUMBER",
    "DOB": "DATE_OF_BIRTH",
    "FLIGHT": "FLIGHT_NUMBER",
    "PNR": "BOOKING_REFERENCE",
    "TICKET": "TICKET_NUMBER",
    "BSN": "NATIONAL_ID",
    "FNR": "NATIONAL_ID",
    "SNILS": "NATIONAL_ID",
    "INN": "NATIONAL_ID",
    "PASSPORT": "PASSPORT",
    "ZAGRAN": "PASSPORT",
    "ADDR": "LOCATION",
    "CITYRES": "LOCATION",
    "IP": "IP_ADDRESS",
    "IP6": "IP_ADDRESS",
}
# unlabelled slots: hard negatives (recorded in "negatives", never in "spans")
NEGATIVE = {
    "ORDER",
    "AMOUNT",
    "TDATE",
    "TIME",
    "AIRCRAFT",
    "SKU",
    "DEST",
    "BADIBAN",
    "BADCARD",
    "BADBSN",
    "BADFNR",
    "TRACK",
    "CAPS",
    "BRAND",
}

LOOKALIKES = {"BADIBAN", "BADCARD", "BADBSN", "BADFNR", "TRACK", "SKU"}

# ---------------------------------------------------------------------------------------
# hand-written name, street and city lists (synthetic; not Faker's)
# ---------------------------------------------------------------------------------------


def _words(block: str) -> list[str]:
    return [w.strip() for w in block.replace("\n", ",").split(",") if w.strip()]


FIRST = {
    "en": {
        "f": _words(
            """Emma, Amelia, Isla, Sophie, Grace, Charlotte, Lily, Freya, Chloe, Ella, Evie,
            Poppy, Ruby, Matilda, Imogen, Tamsin, Philippa, Siobhan, Niamh, Morwenna, Bronwyn,
            Marigold, Hermione, Ottilie, Winifred, Delphine, Clementine, Maeve, Priya, Aaliyah,
            Zainab, Mei, Mary-Jane, Harriet, Rosalind"""
        ),
        "m": _words(
            """Oliver, Harry, Jack, George, Noah, Thomas, James, William, Henry, Samuel, Joseph,
            Daniel, Alfie, Arthur, Theo, Ezekiel, Rhys, Declan, Callum, Ptolemy, Fergus, Crispin,
            Lachlan, Cormac, Jasper, Barnaby, Rupert, Tobias, Kwame, Mohammed, Chidi, Ravi,
            Alasdair, Gideon, Percival"""
        ),
    },
    "nl": {
        "f": _words(
            """Anna, Sanne, Lotte, Femke, Lieke, Noor, Eva, Marieke, Fleur, Inge, Esther, Ilse,
            Anouk, Mirjam, Hanneke, Tjitske, Fenna, Ymke, Roos, Floor, Annelies, Hendrikje,
            Willemijn, Maud, Sietske, Lieve, Marloes, Nienke, Famke, Berber, Loes, Aafke,
            Jannigje, Geertruida, Wendelien"""
        ),
        "m": _words(
            """Daan, Sem, Bram, Jeroen, Thijs, Ruben, Joost, Pieter, Niels, Bas, Wouter, Maarten,
            Koen, Gijs, Sjoerd, Wietse, Jelle, Hidde, Teun, Geert, Cornelis, Jurriaan, Douwe,
            Joep, Stijn, Rutger, Evert, Rik, Gerrit, Tijmen, Mees, Ewoud, Siebren, Lodewijk,
            Hylke"""
        ),
    },
    "nb": {
        "f": _words(
            """Kari, Ingrid, Solveig, Åse, Sigrid, Ragnhild, Silje, Marit, Hege, Tone, Ingeborg,
            Liv, Astrid, Gunnhild, Randi, Eli, Synnøve, Turid, Kjersti, Berit, Guro, Tuva,
            Brynhild, Maja, Hanne, Idunn, Vilde, Oddny, Aslaug, Ylva, Anne-Lise, Sølvi, Torhild,
            Gudrun, Frøydis"""
        ),
        "m": _words(
            """Øyvind, Ola, Lars, Bjørn, Håkon, Torbjørn, Eirik, Knut, Sindre, Magnus, Jørgen,
            Vegard, Espen, Stian, Trond, Halvor, Geir, Arne, Ståle, Audun, Are, Steinar, Nils,
            Anders, Jostein, Torstein, Gaute, Sverre, Eskil, Kristoffer, Jan Erik, Ørjan,
            Asbjørn, Tormod, Leiv"""
        ),
    },
    "ru": {
        "f": _words(
            """Анна, Мария, Елена, Ольга, Наталья, Татьяна, Ирина, Светлана, Екатерина, Юлия,
            Дарья, Ксения, Алёна, Полина, Вероника, Василиса, Злата, Есения, Милана, Варвара,
            Таисия, Ульяна, Людмила, Галина, Лариса, Жанна, Инна, Нина, Вера, Агата, Серафима,
            Мирослава, Эльвира, Зоя, Евдокия"""
        ),
        "m": _words(
            """Иван, Алексей, Дмитрий, Сергей, Андрей, Михаил, Никита, Артём, Егор, Максим,
            Павел, Роман, Олег, Игорь, Владимир, Николай, Константин, Юрий, Евгений, Григорий,
            Тимофей, Ярослав, Всеволод, Святослав, Гордей, Елисей, Захар, Матвей, Фёдор, Степан,
            Илья, Арсений, Богдан, Лев, Глеб"""
        ),
    },
}

LAST = {
    "en": _words(
        """Smith, Jones, Taylor, Brown, Williams, Wilson, Johnson, Davies, Robinson, Wright,
        Thompson, Evans, Walker, White, Roberts, Green, Hall, Wood, Jackson, Clarke, Whitfield,
        Okafor, Pemberton, Ashdown, Featherstone, Blackwood, Thistlewood, Penhaligon, McAllister,
        O'Connor, Fitzgerald, Hargreaves, Abernathy, Cholmondeley, Winterbottom, Ramsbottom,
        Oyelaran, Patel, Nguyen, Kowalczyk, Greenhalgh, Sutcliffe, Entwistle, Trevelyan,
        Kettleborough, Loveday, Pennington, Crabtree, Holloway, Marchetti, Osei, Adeyemi,
        Chowdhury, Bellingham, Fairbairn, Lockwood, Hathaway, Merriweather, Dunmore, Calloway,
        Sinclair, Quayle"""
    ),
    "nl": _words(
        """de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer, de Boer,
        Mulder, de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit,
        Dijkstra, Smits, de Graaf, van der Meer, van der Linden, Kok, Jacobs, de Haan, Vermeulen,
        van den Heuvel, van der Veen, van den Broek, de Bruijn, de Jong, Schouten, van Beek,
        Willems, van Vliet, Hoekstra, Maas, Verhoeven, Koster, Prins, Blom, Huisman, Postma,
        Kuipers, van Wijk, ter Horst, op den Akker, van 't Hof, Zwanenburg, Oosterhuis,
        Timmermans, Groenewegen, Veldkamp, Brinkman, Stapelkamp, Hofstede, IJzerman, Uitdehaag,
        Tjalma, Bleeker, van Bommel, in 't Veld"""
    ),
    "nb": _words(
        """Hansen, Johansen, Olsen, Larsen, Andersen, Pedersen, Nilsen, Kristiansen, Jensen,
        Karlsen, Johnsen, Pettersen, Eriksen, Berg, Haugen, Hagen, Johannessen, Andreassen,
        Jacobsen, Dahl, Jørgensen, Halvorsen, Henriksen, Lund, Sørensen, Jakobsen, Moen,
        Gundersen, Iversen, Strand, Solberg, Svendsen, Eide, Knutsen, Martinsen, Paulsen, Bakken,
        Kristoffersen, Mathisen, Lie, Amundsen, Rasmussen, Ødegård, Bråten, Sæther, Lyngstad,
        Haugland, Fjeldstad, Kvamme, Tveit, Grøndahl, Skjærvø, Vågen, Åsheim, Løvås, Brekke,
        Myklebust, Rønning, Hovland, Aaberg, Ekornes, Bjørklund, Nordby-Holm"""
    ),
    # masculine forms; feminine forms and cases are derived below
    "ru": _words(
        """Петров, Иванов, Смирнов, Кузнецов, Попов, Васильев, Соколов, Михайлов, Новиков,
        Фёдоров, Морозов, Волков, Алексеев, Лебедев, Семёнов, Егоров, Павлов, Козлов, Степанов,
        Николаев, Орлов, Андреев, Макаров, Никитин, Захаров, Зайцев, Соловьёв, Борисов, Яковлев,
        Григорьев, Романов, Воробьёв, Сергеев, Кудрявцев, Баранов, Куликов, Белоусов, Тихомиров,
        Вишневский, Добровольский, Красовский, Богомолов, Преображенский, Голицын, Пушкин, Лапин,
        Ильин, Сорокин, Кукушкин, Белкин, Рябинин, Шевченко, Коваленко, Бондаренко, Черных,
        Седых, Долгих, Завьялов, Толстой, Трубецкой, Донской, Громыко, Оболенский, Снегирёв,
        Журавлёв, Аксёнов, Полянский, Ермолаев, Гусев, Комаров"""
    ),
}

RU_PATRONYMICS = [
    ("Сергеевич", "Сергеевна"),
    ("Иванович", "Ивановна"),
    ("Александрович", "Александровна"),
    ("Дмитриевич", "Дмитриевна"),
    ("Николаевич", "Николаевна"),
    ("Петрович", "Петровна"),
    ("Андреевич", "Андреевна"),
    ("Михайлович", "Михайловна"),
    ("Владимирович", "Владимировна"),
    ("Олегович", "Олеговна"),
    ("Юрьевич", "Юрьевна"),
    ("Викторович", "Викторовна"),
    ("Игоревич", "Игоревна"),
    ("Евгеньевич", "Евгеньевна"),
    ("Павлович", "Павловна"),
    ("Фёдорович", "Фёдоровна"),
    ("Константинович", "Константиновна"),
    ("Романович", "Романовна"),
    ("Геннадьевич", "Геннадьевна"),
    ("Аркадьевич", "Аркадьевна"),
]

CASES = ("nom", "gen", "dat", "acc", "ins", "prep")
_RU_FIRST_OVERRIDES = {
    "Лев": dict(gen="Льва", dat="Льву", acc="Льва", ins="Львом", prep="Льве"),
    "Павел": dict(gen="Павла", dat="Павлу", acc="Павла", ins="Павлом", prep="Павле"),
    "Илья": dict(gen="Ильи", dat="Илье", acc="Илью", ins="Ильёй", prep="Илье"),
}
_HUSHING = "жшщчц"
_VELAR_HUSH = "гкхжшщч"


def ru_first(name: str, case: str) -> str:
    """Decline a Russian first name (the ending decides the paradigm)."""
    if case == "nom":
        return name
    if name in _RU_FIRST_OVERRIDES:
        return _RU_FIRST_OVERRIDES[name][case]
    if name.endswith("ия"):
        s = name[:-1]
        return {"gen": s + "и", "dat": s + "и", "acc": s + "ю", "ins": s + "ей", "prep": s + "и"}[
            case
        ]
    if name.endswith("я"):
        s = name[:-1]
        return {"gen": s + "и", "dat": s + "е", "acc": s + "ю", "ins": s + "ей", "prep": s + "е"}[
            case
        ]
    if name.endswith("а"):
        s = name[:-1]
        gen = s + ("и" if s[-1] in _VELAR_HUSH else "ы")
        ins = s + ("ей" if s[-1] in _HUSHING else "ой")
        return {"gen": gen, "dat": s + "е", "acc": s + "у", "ins": ins, "prep": s + "е"}[case]
    if name.endswith("ий"):
        s = name[:-2]
        forms = {"gen": "ия", "dat": "ию", "acc": "ия", "ins": "ием", "prep": "ии"}
        return s + forms[case]
    if name.endswith(("й", "ь")):
        s = name[:-1]
        return s + {"gen": "я", "dat": "ю", "acc": "я", "ins": "ем", "prep": "е"}[case]
    ins = "ем" if name[-1] in _HUSHING else "ом"
    return name + {"gen": "а", "dat": "у", "acc": "а", "ins": ins, "prep": "е"}[case]


_RU_INDECL = ("ко", "ых", "их", "аго", "яго", "ово")


def ru_last(masc: str, gender: str, case: str) -> str:
    """Decline a Russian surname given in its masculine nominative form."""
    if masc.endswith(_RU_INDECL):
        return masc
    adj = masc.endswith(("ский", "цкий", "ой"))
    if gender == "f":
        if adj:
            s = masc[:-2]
            return s + ("ая" if case == "nom" else "ую" if case == "acc" else "ой")
        if case == "nom":
            return masc + "а"
        return masc + ("у" if case == "acc" else "ой")
    if case == "nom":
        return masc
    if adj:
        s = masc[:-2]
        ins = "им" if (masc.endswith("ий") or s[-1] in _VELAR_HUSH) else "ым"
        return s + {"gen": "ого", "dat": "ому", "acc": "ого", "ins": ins, "prep": "ом"}[case]
    return masc + {"gen": "а", "dat": "у", "acc": "а", "ins": "ым", "prep": "е"}[case]


def ru_patronymic(pat: str, case: str) -> str:
    if case == "nom":
        return pat
    if pat.endswith("ич"):
        return pat + {"gen": "а", "dat": "у", "acc": "а", "ins": "ем", "prep": "е"}[case]
    s = pat[:-1]
    return s + {"gen": "ы", "dat": "е", "acc": "у", "ins": "ой", "prep": "е"}[case]


# cities: residence (labelled when someone lives there) and travel destinations (never)
CITIES_NL = _words(
    """Amsterdam, Rotterdam, Utrecht, Den Haag, 's-Hertogenbosch, Zwolle, Amersfoort,
    Groningen, Leeuwarden, Nijkerk, Alkmaar, Haarlem, Delft, Leiden, Eindhoven, Tilburg, Breda,
    Maastricht, Enschede, Apeldoorn, Arnhem, Nijmegen, Deventer, Hilversum, Zaandam, Purmerend,
    Hoorn, Veenendaal, Gouda, Dordrecht, Harderwijk, Sneek, Terneuzen, Roermond, Assen"""
)
CITIES_NO = _words(
    """Oslo, Bergen, Trondheim, Stavanger, Tromsø, Kristiansand, Drammen, Fredrikstad, Sandnes,
    Bodø, Ålesund, Tønsberg, Hamar, Lillehammer, Molde, Harstad, Gjøvik, Arendal, Haugesund,
    Skien, Moss, Larvik, Halden, Steinkjer, Alta, Narvik, Kongsberg, Sandefjord, Førde, Levanger"""
)
UK_CITIES = [
    ("London", ["NW1", "SE15", "E8", "N7", "SW9", "W5", "EC1V"]),
    ("Manchester", ["M14", "M20", "M4"]),
    ("Leeds", ["LS6", "LS8"]),
    ("Bristol", ["BS8", "BS3"]),
    ("Edinburgh", ["EH1", "EH9"]),
    ("Glasgow", ["G12", "G41"]),
    ("Birmingham", ["B15", "B13"]),
    ("Cardiff", ["CF10", "CF24"]),
    ("Brighton", ["BN1", "BN2"]),
    ("York", ["YO10", "YO31"]),
    ("Oxford", ["OX4", "OX2"]),
    ("Cambridge", ["CB1", "CB4"]),
    ("Liverpool", ["L17", "L8"]),
    ("Newcastle upon Tyne", ["NE6", "NE2"]),
    ("Sheffield", ["S10", "S7"]),
    ("Norwich", ["NR2", "NR3"]),
    ("Exeter", ["EX4", "EX1"]),
    ("Bath", ["BA1", "BA2"]),
]
US_CITIES = [
    ("New York", "NY", "10"),
    ("Boston", "MA", "02"),
    ("Chicago", "IL", "60"),
    ("Austin", "TX", "78"),
    ("Seattle", "WA", "98"),
    ("Denver", "CO", "80"),
    ("Portland", "OR", "97"),
    ("Atlanta", "GA", "30"),
    ("Miami", "FL", "33"),
]
RU_CITIES = _words(
    """Москва, Санкт-Петербург, Казань, Новосибирск, Екатеринбург, Нижний Новгород, Самара, Омск,
    Ростов-на-Дону, Уфа, Красноярск, Пермь, Воронеж, Волгоград, Краснодар, Саратов, Тюмень,
    Тольятти, Ижевск, Барнаул, Ульяновск, Иркутск, Хабаровск, Ярославль, Владивосток,
    Махачкала, Томск, Оренбург, Кемерово, Рязань, Калининград, Тверь, Мурманск, Петрозаводск"""
)
_RU_CITY_OVERRIDES = {
    "Нижний Новгород": dict(
        gen="Нижнего Новгорода", prep="Нижнем Новгороде", acc="Нижний Новгород"
    ),
    "Ростов-на-Дону": dict(gen="Ростова-на-Дону", prep="Ростове-на-Дону", acc="Ростов-на-Дону"),
    "Ярославль": dict(gen="Ярославля", prep="Ярославле", acc="Ярославль"),
    "Минеральные Воды": dict(
        gen="Минеральных Вод", prep="Минеральных Водах", acc="Минеральные Воды"
    ),
}
_RU_CITY_INDECL = {"Сочи", "Тбилиси", "Баку", "Тольятти", "Кемерово"}


def ru_city(city: str, case: str) -> str:
    if case == "nom" or city in _RU_CITY_INDECL:
        return city
    if city in _RU_CITY_OVERRIDES:
        return _RU_CITY_OVERRIDES[city][case]
    if city.endswith("ья"):
        s = city[:-1]
        return s + {"gen": "и", "prep": "е", "acc": "ю"}[case]
    if city.endswith("а"):
        s = city[:-1]
        gen = s + ("и" if s[-1] in _VELAR_HUSH else "ы")
        return {"gen": gen, "prep": s + "е", "acc": s + "у"}[case]
    if city.endswith("ь"):  # feminine soft stem: Казань, Пермь, Тверь
        s = city[:-1]
        return {"gen": s + "и", "prep": s + "и", "acc": city}[case]
    if city.endswith("й"):
        s = city[:-1]
        return {"gen": s + "я", "prep": s + "е", "acc": city}[case]
    return {"gen": city + "а", "prep": city + "е", "acc": city}[case]


DESTINATIONS = {
    "en": _words(
        """Oslo, Amsterdam, Barcelona, Rome, Nice, Málaga, Dublin, Edinburgh, New York, Lisbon,
        Bergen, Reykjavik, Athens, Prague, Copenhagen, Stockholm, Tromsø, Utrecht"""
    ),
    "nl": _words(
        """Barcelona, Oslo, Londen, Rome, Nice, Málaga, Lissabon, Kopenhagen, Bergen, New York,
        Curaçao, Aruba, Istanbul, Parijs, Bonaire, Amsterdam, Eindhoven"""
    ),
    "nb": _words(
        """Bergen, Tromsø, Oslo, London, Alicante, Gran Canaria, Split, Roma, Amsterdam, Bodø,
        Stavanger, Kreta, Berlin, Nice, Trondheim"""
    ),
    "ru": _words(
        """Сочи, Стамбул, Ереван, Минск, Дубай, Калининград, Москва, Санкт-Петербург, Казань,
        Анталья, Тбилиси, Баку, Минеральные Воды, Мурманск, Владивосток, Махачкала"""
    ),
}

STREETS = {
    "nl": _words(
        """Kerkstraat, Dorpsstraat, Molenweg, Stationsweg, Julianalaan, Prinsengracht,
        Lange Nieuwstraat, Burgemeester de Withstraat, Van Oldenbarneveltlaan, Hoofdweg,
        Beukenlaan, Eikenlaan, Schoolstraat, Marktplein, Tulpstraat, Wilhelminastraat,
        Oranjestraat, Korte Gracht, Zeedijk, Spoorlaan, Esdoornstraat, Mauritsweg, Vondelstraat,
        Graaf Florislaan, Koninginneweg, Ringdijk, Achterom, Hertog Hendriklaan"""
    ),
    "nb": _words(
        """Storgata, Kongens gate, Dronningens gate, Bjørnstjerne Bjørnsons vei, Fjellveien,
        Kirkeveien, Skolegata, Sjøgata, Parkveien, Thorvald Meyers gate, Markveien, Nordre gate,
        Sandviksveien, Hans Nielsen Hauges gate, Ringveien, Bakkeveien, Løkkeveien, Solbakken,
        Granstubben, Eikelundveien, Strandgata, Øvre Slottsgate, Tollbugata, Møllergata,
        Åsveien, Bekkefaret"""
    ),
    "en": _words(
        """Baker Street, Elm Road, Church Lane, Victoria Road, Station Road, High Street,
        Mill Lane, Park Avenue, Queens Drive, Kings Road, Albert Terrace, Willow Close, Orchard Way,
        Hawthorn Crescent, Beech Grove, St John's Road, Nightingale Lane, Marlborough Place,
        Cavendish Square, Abbey Road, Foxglove Gardens, Tanner's Row"""
    ),
    "us": _words(
        """Fifth Avenue, Elm Street, Maple Avenue, Oak Street, Washington Boulevard, Lake Shore
        Drive, Pine Street, Cedar Lane, Sunset Boulevard, Broadway"""
    ),
    "ru": _words(
        """ул. Ленина, ул. Тверская, пр-т Мира, Невский проспект, ул. Гагарина, ул. Пушкина,
        пер. Садовый, ул. Советская, Ленинградское шоссе, ул. Малая Бронная, наб. реки Фонтанки,
        бульвар Рокоссовского, ул. Строителей, ул. Профсоюзная, ул. 8 Марта, ул. Чкалова,
        Кутузовский проспект, ул. Кирова"""
    ),
}

BRANDS = {
    ("en", "airline"): ["British Airways", "easyJet", "KLM", "SAS"],
    ("en", "bank"): ["Barclays", "Monzo", "HSBC", "ING"],
    ("en", "telecom"): ["BT", "Vodafone", "O2", "Telenor"],
    ("en", "webshop"): ["Amazon", "Argos", "ASOS", "bol.com"],
    ("nl", "airline"): ["KLM", "Transavia", "TUI"],
    ("nl", "bank"): ["ING", "Rabobank", "ABN AMRO", "bunq"],
    ("nl", "telecom"): ["KPN", "Vodafone", "Odido", "Ziggo"],
    ("nl", "webshop"): ["bol.com", "Coolblue", "Zalando", "Wehkamp"],
    ("nb", "airline"): ["SAS", "Norwegian", "Widerøe"],
    ("nb", "bank"): ["DNB", "SpareBank 1", "Nordea", "Sbanken"],
    ("nb", "telecom"): ["Telenor", "Telia", "Ice", "Talkmore"],
    ("nb", "webshop"): ["Komplett", "Elkjøp", "Zalando", "XXL"],
    ("ru", "airline"): ["Аэрофлот", "Aeroflot", "S7", "Победа"],
    ("ru", "bank"): ["Сбербанк", "Sberbank", "Тинькофф", "ВТБ"],
    ("ru", "telecom"): ["МТС", "Билайн", "МегаФон", "Tele2"],
    ("ru", "webshop"): ["Ozon", "Wildberries", "Яндекс Маркет", "М.Видео"],
}

AIRLINES = {
    "en": ["BA", "U2", "FR", "LH", "AF", "KL", "VS", "EI"],
    "nl": ["KL", "HV", "KL", "OR", "U2", "FR", "TB"],
    "nb": ["SK", "DY", "WF", "D8", "SK", "KL"],
    "ru": ["SU", "S7", "U6", "DP", "FV", "SU"],
}
TICKET_PREFIXES = {
    "en": ["125", "074", "220", "057"],
    "nl": ["074", "074", "057"],
    "nb": ["117", "328", "074"],
    "ru": ["555", "555", "421"],
}
ALL_TICKET_PREFIXES = {"074", "117", "555", "125", "220", "057", "328", "421"}
AIRCRAFT = [
    "Boeing 737-800",
    "A320neo",
    "Embraer E190",
    "Airbus A321",
    "Boeing 787-9",
    "ATR 72",
    "Sukhoi Superjet 100",
    "Dash 8-Q400",
    "Airbus A330-200",
    "Embraer 175",
    "Boeing 777-300ER",
    "A319",
]
CAPS = {
    "en": ["THANKS", "ASAP", "URGENT", "PLEASE", "HELLO", "REFUND", "CANCEL", "HELP"],
    "nl": ["BEDANKT", "ASAP", "DRINGEND", "GRAAG", "HALLO", "SNEL", "HELP"],
    "nb": ["TAKK", "HASTER", "ASAP", "VIKTIG", "HJELP", "HALLO"],
    "ru": ["СРОЧНО", "ПОМОГИТЕ", "СПАСИБО", "ASAP", "ВАЖНО"],
}
MONTHS = {
    "en": """January February March April May June July August September October November
    December""".split(),
    "nl": """januari februari maart april mei juni juli augustus september oktober november
    december""".split(),
    "nb": """januar februar mars april mai juni juli august september oktober november
    desember""".split(),
    "ru": """января февраля марта апреля мая июня июля августа сентября октября ноября
    декабря""".split(),
}
EMAIL_DOMAINS = {
    "en": [
        "gmail.com",
        "outlook.com",
        "yahoo.co.uk",
        "hotmail.co.uk",
        "btinternet.com",
        "icloud.com",
        "proton.me",
        "sky.com",
    ],
    "nl": [
        "gmail.com",
        "ziggo.nl",
        "kpnmail.nl",
        "hotmail.com",
        "outlook.com",
        "live.nl",
        "planet.nl",
        "xs4all.nl",
        "icloud.com",
    ],
    "nb": [
        "gmail.com",
        "online.no",
        "hotmail.com",
        "outlook.com",
        "live.no",
        "icloud.com",
        "getmail.no",
        "broadpark.no",
    ],
    "ru": [
        "mail.ru",
        "yandex.ru",
        "gmail.com",
        "bk.ru",
        "inbox.ru",
        "list.ru",
        "rambler.ru",
        "ya.ru",
    ],
}
HANDLE_WORDS = [
    "sunny",
    "blue",
    "fox",
    "zomer",
    "fjell",
    "kotik",
    "tiger",
    "wolk",
    "nordlys",
    "star",
    "moose",
    "kater",
    "lynx",
    "berry",
]

_TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya".split(),
        strict=True,
    )
)


def ascii_fold(s: str) -> str:
    out = []
    for ch in s.lower():
        if ch in _TRANSLIT:
            t = _TRANSLIT[ch]
            out.append("" if t == "_" else t)
        elif ch in "øö":
            out.append("o")
        elif ch in "åáà":
            out.append("a")
        elif ch == "æ":
            out.append("ae")
        elif ch in "éèëê":
            out.append("e")
        elif ch in "üú":
            out.append("u")
        elif ch in "ïí":
            out.append("i")
        elif ch.isascii() and ch.isalnum():
            out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------------------


def _digits(rng: random.Random, n: int, first: str = "0123456789") -> str:
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def snils_check(nine: str) -> str:
    """SNILS check number. python-stdnum has no SNILS module, so this is the one checksum
    written out here; it is tested against the published example 112-233-445 95."""
    total = sum(int(d) * w for d, w in zip(nine, range(9, 0, -1), strict=True))
    if total > 101:
        total %= 101
    return "00" if total in (100, 101) else f"{total:02d}"


def snils_is_valid(number: str) -> bool:
    digits = re.sub(r"[\s-]", "", number)
    if not re.fullmatch(r"\d{11}", digits) or int(digits[:9]) <= 1001998:
        return False
    return snils_check(digits[:9]) == digits[9:]


def _collides(number: str) -> bool:
    """True when a plain digit string also passes a checksum of another entity type."""
    if len(number) == 9 and bsn.is_valid(number):
        return True
    if len(number) == 11 and (kontonr.is_valid(number) or fodselsnummer.is_valid(number)):
        return True
    if len(number) in (15, 16) and luhn.is_valid(number):
        return True
    return False


def gen_bsn(rng: random.Random) -> str:
    while True:
        body = _digits(rng, 8, "123456789")
        for last in rng.sample("0123456789", 10):
            if bsn.is_valid(body + last):
                return body + last


def fmt_bsn(rng: random.Random, n: str) -> str:
    return rng.choice([n, n, n, f"{n[:4]}.{n[4:6]}.{n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}"])


def gen_fnr(rng: random.Random) -> str:
    while True:
        d = dt.date(1945, 1, 1) + dt.timedelta(days=rng.randrange(365 * 60))
        ind = rng.randrange(0, 500) if d.year < 2000 else rng.randrange(500, 1000)
        body = d.strftime("%d%m%y") + f"{ind:03d}"
        k1 = fodselsnummer.calc_check_digit1(body)
        if len(k1) != 1:
            continue
        k2 = fodselsnummer.calc_check_digit2(body + k1)
        if len(k2) != 1:
            continue
        number = body + k1 + k2
        # note: the second fødselsnummer check digit is the kontonr mod-11 check, so every
        # fødselsnummer is also a well-formed kontonr; only context tells them apart
        if fodselsnummer.is_valid(number):
            return number


def gen_kontonr(rng: random.Random) -> str:
    banks = [
        "1503",
        "1506",
        "1594",
        "2801",
        "3000",
        "6011",
        "8601",
        "9710",
        "1254",
        "1201",
        "1813",
        "3201",
        "4200",
        "9235",
        "1645",
        "2050",
    ]
    while True:
        body = rng.choice(banks) + _digits(rng, 6)
        for last in rng.sample("0123456789", 10):
            n = body + last
            if kontonr.is_valid(n) and not fodselsnummer.is_valid(n):
                return n


def fmt_kontonr(rng: random.Random, n: str) -> str:
    return rng.choice([kontonr.format(n), kontonr.format(n), n, f"{n[:4]} {n[4:6]} {n[6:]}"])


def gen_snils(rng: random.Random) -> str:
    while True:
        nine = _digits(rng, 9, "123456789")
        n = nine + snils_check(nine)
        if snils_is_valid(n):
            return rng.choice([f"{n[:3]}-{n[3:6]}-{n[6:9]} {n[9:]}"] * 3 + [n])


def gen_inn(rng: random.Random) -> str:
    regions = ["77", "78", "50", "16", "66", "54", "63", "23", "52", "61", "02", "24", "74", "59"]
    while True:
        ten = rng.choice(regions) + _digits(rng, 8)
        n = ten + inn.calc_personal_check_digits(ten)
        if inn.is_valid(n):
            return n


NL_BANKS = ["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ", "RBRB"]
DE_BANKS = ["37040044", "10020890", "50010517", "20041133", "70150000", "43060967", "12030000"]
GB_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]
IBAN_COUNTRIES = {
    "en": [("GB", 45), ("NL", 25), ("DE", 20), ("NO", 10)],
    "nl": [("NL", 80), ("DE", 15), ("GB", 5)],
    "nb": [("NO", 85), ("DE", 8), ("GB", 7)],
    "ru": [("DE", 45), ("NL", 20), ("GB", 15), ("NO", 20)],
}


def _weighted(rng: random.Random, pairs):
    items, weights = zip(*pairs, strict=True)
    return rng.choices(items, weights=weights)[0]


def gen_iban(rng: random.Random, lang: str) -> IBAN:
    country = _weighted(rng, IBAN_COUNTRIES[lang])
    if country == "NL":
        return IBAN.generate("NL", bank_code=rng.choice(NL_BANKS), account_code=_digits(rng, 10))
    if country == "DE":
        return IBAN.generate("DE", bank_code=rng.choice(DE_BANKS), account_code=_digits(rng, 10))
    if country == "GB":
        return IBAN.generate(
            "GB",
            bank_code=rng.choice(GB_BANKS),
            branch_code=_digits(rng, 6),
            account_code=_digits(rng, 8),
        )
    while True:  # a few kontonr that stdnum accepts are refused by schwifty's NO checksum
        k = gen_kontonr(rng)
        try:
            return IBAN.generate("NO", bank_code=k[:4], account_code=k[4:10])
        except SchwiftyException:
            continue


def fmt_iban(rng: random.Random, iban: str) -> str:
    compact = iban.replace(" ", "")
    grouped = " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return grouped if rng.random() < 0.6 else compact


def gen_bad_iban(rng: random.Random, lang: str) -> str:
    good = str(gen_iban(rng, lang))
    while True:
        pos = rng.choice([i for i, c in enumerate(good) if c.isdigit() and i >= 4])
        new = rng.choice([d for d in "0123456789" if d != good[pos]])
        bad = good[:pos] + new + good[pos + 1 :]
        try:
            IBAN(bad)
        except SchwiftyException:
            return fmt_iban(rng, bad)


def gen_card_digits(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.55:
        body = "4" + _digits(rng, 14)
    elif kind < 0.85:
        body = "5" + rng.choice("12345") + _digits(rng, 13)
    else:
        body = str(rng.randint(2221, 2720)) + _digits(rng, 11)
    return body + luhn.calc_check_digit(body)


def fmt_card(rng: random.Random, n: str) -> str:
    style = rng.random()
    if style < 0.5:
        return " ".join(n[i : i + 4] for i in range(0, 16, 4))
    if style < 0.8:
        return n
    return "-".join(n[i : i + 4] for i in range(0, 16, 4))


def gen_bad_card(rng: random.Random) -> str:
    n = gen_card_digits(rng)
    bad = n[:-1] + rng.choice([d for d in "0123456789" if d != n[-1]])
    assert not luhn.is_valid(bad)
    return fmt_card(rng, bad)


def gen_ruacc(rng: random.Random) -> str:
    n = rng.choice(["40817810", "40817810", "42301810", "40820810"]) + _digits(rng, 12)
    return n if rng.random() < 0.8 else f"{n[:5]} {n[5:8]} {n[8]} {n[9:13]} {n[13:]}"


def gen_ukbank(rng: random.Random) -> str:
    sc = _digits(rng, 6, "123456789")
    acc = _digits(rng, 8, "123456789")
    sort = rng.choice([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}"] * 3 + [sc])
    return sort + rng.choice([" ", ", ", " / ", " "]) + acc


# phone numbers: per-country formatters; every number must pass phonenumbers.is_valid_number
def _phone_nl(rng):
    if rng.random() < 0.65:
        s = _digits(rng, 8, "12345")
        return rng.choice(
            [
                f"06-{s}",
                f"06 {s}",
                f"06{s}",
                f"06 {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
                f"+31 6 {s[:4]} {s[4:]}",
                f"+316{s}",
                f"0031 6 {s}",
                f"+31 (0)6 {s}",
            ]
        )
    a = rng.choice(
        [
            "20",
            "10",
            "30",
            "70",
            "40",
            "50",
            "13",
            "15",
            "23",
            "24",
            "26",
            "33",
            "35",
            "38",
            "43",
            "45",
            "46",
            "53",
            "55",
            "58",
            "71",
            "72",
            "73",
            "74",
            "75",
            "76",
        ]
    )
    s = _digits(rng, 7, "23456789")
    return rng.choice(
        [
            f"0{a} {s[:3]} {s[3:]}",
            f"0{a}-{s}",
            f"+31 {a} {s[:3]} {s[3:]}",
            f"0{a} {s}",
            f"(0{a}) {s}",
        ]
    )


def _phone_no(rng):
    if rng.random() < 0.75:
        s = _digits(rng, 8, "49")
        return rng.choice(
            [
                f"{s[:3]} {s[3:5]} {s[5:]}",
                s,
                f"+47 {s[:3]} {s[3:5]} {s[5:]}",
                f"+47 {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
                f"0047 {s}",
                f"+47{s}",
                f"{s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
            ]
        )
    s = _digits(rng, 8, "2357")
    return rng.choice(
        [f"{s[:2]} {s[2:4]} {s[4:6]} {s[6:]}", f"+47 {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}"]
    )


def _phone_ru(rng):
    if rng.random() < 0.75:
        c = rng.choice(
            [
                "916",
                "903",
                "905",
                "925",
                "926",
                "977",
                "985",
                "999",
                "911",
                "921",
                "952",
                "981",
                "913",
                "950",
                "960",
            ]
        )
    else:
        c = rng.choice(["495", "499", "812", "343", "383", "843"])
    n = _digits(rng, 7, "123456789")
    return rng.choice(
        [
            f"8 ({c}) {n[:3]}-{n[3:5]}-{n[5:]}",
            f"+7 {c} {n[:3]} {n[3:5]} {n[5:]}",
            f"+7 ({c}) {n[:3]}-{n[3:5]}-{n[5:]}",
            f"8{c}{n}",
            f"8-{c}-{n[:3]}-{n[3:5]}-{n[5:]}",
            f"+7{c}{n}",
            f"8 {c} {n}",
        ]
    )


def _phone_gb(rng):
    kind = rng.random()
    if kind < 0.6:
        m = "7" + rng.choice("456789") + _digits(rng, 8)
        return rng.choice(
            [
                f"0{m[:4]} {m[4:]}",
                f"+44 {m[:4]} {m[4:]}",
                f"+44 (0){m[:4]} {m[4:]}",
                f"0{m}",
                f"0{m[:4]} {m[4:7]} {m[7:]}",
            ]
        )
    if kind < 0.85:
        s = rng.choice("378") + _digits(rng, 7)
        return rng.choice([f"020 {s[:4]} {s[4:]}", f"+44 20 {s[:4]} {s[4:]}", f"(020) {s}"])
    s = _digits(rng, 7, "23456789")
    return rng.choice([f"0161 {s[:3]} {s[3:]}", f"+44 161 {s[:3]} {s[3:]}"])


def _phone_us(rng):
    a = rng.choice(["212", "646", "415", "312", "617", "202", "305", "512", "206", "303"])
    e = _digits(rng, 3, "23456789")
    n = _digits(rng, 4)
    return rng.choice(
        [f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"+1 {a} {e} {n}", f"+1 ({a}) {e}-{n}", f"{a}.{e}.{n}"]
    )


def _phone_de(rng):
    if rng.random() < 0.5:
        p = rng.choice(["151", "152", "160", "162", "170", "171", "172", "176", "177"])
        s = _digits(rng, 8 if p.startswith("15") or p == "176" else 7)
        return rng.choice([f"+49 {p} {s}", f"0{p} {s}", f"+49 (0){p} {s}"])
    a, n = rng.choice([("30", 8), ("40", 8), ("89", 7), ("69", 8), ("221", 7)])
    s = _digits(rng, n, "23456789")
    return rng.choice([f"+49 {a} {s}", f"0{a} {s}", f"0{a}/{s}", f"+49 (0){a} {s}"])


PHONE_GEN = {
    "NL": _phone_nl,
    "NO": _phone_no,
    "RU": _phone_ru,
    "GB": _phone_gb,
    "US": _phone_us,
    "DE": _phone_de,
}
PHONE_COUNTRIES = {
    "en": [("GB", 45), ("US", 30), ("NL", 15), ("DE", 10)],
    "nl": [("NL", 85), ("DE", 10), ("GB", 5)],
    "nb": [("NO", 90), ("GB", 5), ("DE", 5)],
    "ru": [("RU", 95), ("DE", 5)],
}


def phone_is_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def gen_phone(rng: random.Random, lang: str) -> str:
    country = _weighted(rng, PHONE_COUNTRIES[lang])
    while True:
        s = PHONE_GEN[country](rng)
        if phone_is_valid(s, country):
            return s


def _rand_date(rng, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange((end - start).days))


def fmt_date(rng: random.Random, lang: str, d: dt.date, year: bool = True) -> str:
    mon = MONTHS[lang][d.month - 1]
    day, m, y = d.day, d.month, d.year
    if not year:
        return {
            "en": rng.choice([f"{day} {mon}", f"{mon} {day}", f"{mon} {day}{_en_ord(day)}"]),
            "nl": f"{day} {mon}",
            "nb": rng.choice([f"{day}. {mon}", f"{day:02d}.{m:02d}"]),
            "ru": f"{day} {mon}",
        }[lang]
    options = {
        "en": [
            f"{day:02d}/{m:02d}/{y}",
            f"{day} {mon} {y}",
            f"{mon} {day}, {y}",
            f"{y}-{m:02d}-{day:02d}",
            f"{day}{_en_ord(day)} of {mon} {y}",
            f"{day:02d}-{m:02d}-{y}",
            f"{day}/{m}/{y}",
        ],
        "nl": [
            f"{day:02d}-{m:02d}-{y}",
            f"{day} {mon} {y}",
            f"{day:02d}/{m:02d}/{y}",
            f"{day}-{m}-{y}",
            f"{y}-{m:02d}-{day:02d}",
            f"{day:02d}.{m:02d}.{y}",
        ],
        "nb": [
            f"{day:02d}.{m:02d}.{y}",
            f"{day}. {mon} {y}",
            f"{day}.{m}.{y}",
            f"{day:02d}.{m:02d}.{y % 100:02d}",
            f"{day} {mon} {y}",
            f"{y}-{m:02d}-{day:02d}",
        ],
        "ru": [
            f"{day:02d}.{m:02d}.{y}",
            f"{day} {mon} {y}",
            f"{day:02d}.{m:02d}.{y}",
            f"{y}-{m:02d}-{day:02d}",
            f"{day}.{m}.{y}",
        ],
    }[lang]
    return rng.choice(options)


def _en_ord(day: int) -> str:
    if 10 <= day % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def gen_dob(rng, lang):
    return fmt_date(rng, lang, _rand_date(rng, dt.date(1940, 1, 1), dt.date(2006, 12, 31)))


def gen_tdate(rng, lang):
    d = _rand_date(rng, dt.date(2024, 1, 1), dt.date(2026, 12, 31))
    return fmt_date(rng, lang, d, year=rng.random() < 0.6)


def gen_time(rng, lang):
    h, m = rng.randint(5, 23), rng.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55])
    opts = [f"{h:02d}:{m:02d}", f"{h}:{m:02d}", f"{h:02d}.{m:02d}"]
    if lang == "en" and 1 <= h % 12:
        opts.append(f"{h % 12}{'' if m == 0 else f':{m:02d}'} {'pm' if h >= 12 else 'am'}")
    return rng.choice(opts)


def gen_amount(rng, lang):
    v = rng.choice([rng.randint(5, 99), rng.randint(100, 999), rng.randint(1000, 9999)])
    c = rng.randint(0, 99)
    if lang == "nl":
        th = f"{v:,}".replace(",", ".")
        return rng.choice(
            [f"€ {th},{c:02d}", f"€{v},{c:02d}", f"EUR {v}", f"{v},{c:02d} euro", f"€ {th},-"]
        )
    if lang == "nb":
        th = f"{v:,}".replace(",", " ")
        return rng.choice(
            [f"{th} kr", f"kr {th},-", f"NOK {th}", f"{v} kroner", f"{th},{c:02d} kr"]
        )
    if lang == "ru":
        th = f"{v:,}".replace(",", " ")
        return rng.choice([f"{th} ₽", f"{v} руб.", f"{th} рублей", f"{v} р", f"{th},{c:02d} ₽"])
    return rng.choice([f"£{v}.{c:02d}", f"${v:,}.{c:02d}", f"€{v}", f"{v} pounds", f"£{v:,}"])


def _plain_number(rng, lengths) -> str:
    while True:
        n = _digits(rng, rng.choice(lengths), "123456789")
        if not _collides(n):
            return n


def gen_order(rng, lang):
    k = rng.random()
    if k < 0.5:
        return _plain_number(rng, [7, 8, 10])
    if k < 0.7:
        return rng.choice("ABCDEFGHKLMNPRSTVWXZ") + _digits(rng, 7)
    if k < 0.85:
        return f"{_digits(rng, 3)}-{_digits(rng, 7)}-{_digits(rng, 7)}"
    return rng.choice(["WS", "NL", "ORD", "BO"]) + "-" + _digits(rng, 6)


def gen_sku(rng):
    k = rng.random()
    if k < 0.45:  # EAN-13, not starting like an airline ticket
        while True:
            body = rng.choice(["87", "40", "70", "46", "50", "30", "76"]) + _digits(rng, 10)
            code = body + ean.calc_check_digit(body)
            if code[:3] not in ALL_TICKET_PREFIXES:
                return code
    if k < 0.65:  # 16-digit shop article id that fails Luhn
        while True:
            n = "92000001" + _digits(rng, 8)
            if not luhn.is_valid(n):
                return n
    return rng.choice(
        [
            "SM-G991B",
            "WH-1000XM5",
            "MQD32ZM/A",
            "KD-55X80K",
            "DCB771N",
            "HR-4521",
            "AX-3300B",
            "RT-AX58U",
            "TX-200",
            "WM14N228NL",
        ]
    )


def gen_track(rng):
    k = rng.random()
    if k < 0.65:
        while True:
            n = _digits(rng, 13, "123456789")
            if n[:3] not in ALL_TICKET_PREFIXES:
                return n
    if k < 0.85:
        return (
            "3S" + "".join(rng.choice("ABCDEFGHKLMNPRSTVWXZ") for _ in range(4)) + _digits(rng, 7)
        )
    return (
        rng.choice(["RA", "RB", "LP", "CP"])
        + _digits(rng, 9)
        + rng.choice(["RU", "NL", "NO", "CN"])
    )


def gen_bad_bsn(rng):
    while True:
        n = _digits(rng, 9, "123456789")
        if not bsn.is_valid(n):
            return n


def gen_bad_fnr(rng):
    while True:
        n = _digits(rng, 11, "123456789")
        if not fodselsnummer.is_valid(n) and not kontonr.is_valid(n):
            return n


def gen_flight(rng, lang):
    code = rng.choice(AIRLINES[lang])
    num = str(
        rng.choice(
            [
                rng.randint(1, 99),
                rng.randint(100, 999),
                rng.randint(1000, 9999),
                rng.randint(100, 2999),
            ]
        )
    )
    return rng.choice(
        [f"{code}{num}", f"{code}{num}", f"{code} {num}", f"{code} {num}", f"{code}-{num}"]
    )


_PNR_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_PNR_BLOCK = {"THANKS", "PLEASE", "URGENT", "REFUND", "CANCEL", "HELLOO", "BEDANK", "HASTER"}


def gen_pnr(rng):
    while True:
        if rng.random() < 0.7:
            chars = [rng.choice(_PNR_CHARS) for _ in range(6)]
            for _ in range(rng.randint(1, 3)):
                chars[rng.randrange(6)] = rng.choice("23456789")
            code = "".join(chars)
            if not any(c.isdigit() for c in code):
                continue
        else:
            code = "".join(rng.choice(_PNR_CHARS) for _ in range(6))
        if code not in _PNR_BLOCK:
            return code


def gen_ticket(rng, lang):
    p = rng.choice(TICKET_PREFIXES[lang])
    n = _digits(rng, 10, "123456789")
    return rng.choice([f"{p}-{n}", f"{p}-{n}", f"{p}{n}", f"{p}{n}", f"{p} {n}"])


def gen_custno(rng):
    k = rng.random()
    if k < 0.6:
        return _plain_number(rng, [6, 7, 8, 9, 10])
    if k < 0.8:
        return f"{_digits(rng, 2, '123456789')}-{_digits(rng, rng.choice([3, 6]))}"
    return rng.choice(["K", "CU", "KN", "C-", "AB-"]) + _digits(rng, rng.choice([6, 7]))


def gen_fb(rng):
    return _plain_number(rng, [10])


def gen_eb(rng):
    n = _plain_number(rng, [9])
    return rng.choice([n, n, "EBG" + n, "EBS " + n])


def gen_loyal(rng):
    return _plain_number(rng, [8, 9, 10])


_PASS_ALNUM = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def gen_passport(rng, lang):
    if lang == "nl":
        return (
            "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
            + "".join(rng.choice(_PASS_ALNUM) for _ in range(6))
            + rng.choice("0123456789")
        )
    if lang == "nb":
        return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + _digits(rng, 7)
    if lang == "ru":
        s = f"{rng.randint(1, 99):02d}{rng.randint(0, 25):02d}"
        n = _digits(rng, 6)
        return rng.choice([f"{s[:2]} {s[2:]} {n}", f"{s} {n}", f"{s} №{n}", f"{s}{n}"])
    if rng.random() < 0.7:
        return _plain_number(rng, [9])
    return rng.choice("ACEGKLMNPRS") + _digits(rng, 8)


def gen_zagran(rng):
    s, n = f"{rng.randint(70, 77)}", _digits(rng, 7)
    return rng.choice([f"{s} {n}", f"{s}{n}", f"{s} №{n}"])


def gen_ip(rng, v6: bool = False):
    if v6 or rng.random() < 0.15:
        k = rng.random()
        if k < 0.4:
            raw = (0x20010DB8 << 96) | rng.getrandbits(96)
        elif k < 0.7:
            raw = (0x2A02 << 112) | rng.getrandbits(112)
        else:
            raw = (0xFE80 << 112) | rng.getrandbits(64)
        return str(ipaddress.IPv6Address(raw))
    k = rng.random()
    if k < 0.3:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
    if k < 0.45:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    if k < 0.5:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    while True:
        a = rng.randint(2, 223)
        if a not in (10, 127, 172, 192):
            return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _nl_postcode(rng):
    while True:
        letters = "".join(rng.choice("ABCEGHJKLMNPRTVWXZ") for _ in range(2))
        if letters not in ("SA", "SD", "SS"):
            break
    pc = f"{rng.randint(1000, 9999)}"
    return f"{pc} {letters}" if rng.random() < 0.8 else f"{pc}{letters}"


def _uk_postcode(rng, outs):
    inward = "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
    return f"{rng.choice(outs)} {rng.randint(1, 9)}{inward}"


def gen_address(rng, lang):
    if lang == "nl":
        num = rng.choice(
            [str(rng.randint(1, 250))] * 4
            + [
                f"{rng.randint(1, 90)}{rng.choice('abcABC')}",
                f"{rng.randint(1, 90)}-{rng.randint(1, 3)}",
                f"{rng.randint(1, 90)} hs",
            ]
        )
        street, city, pc = rng.choice(STREETS["nl"]), rng.choice(CITIES_NL), _nl_postcode(rng)
        return rng.choice(
            [
                f"{street} {num}, {pc} {city}",
                f"{street} {num} {pc} {city}",
                f"{street} {num}, {city}",
                f"{street} {num},{pc} {city}".replace(",", ", "),
            ]
        )
    if lang == "nb":
        num = rng.choice(
            [str(rng.randint(1, 120))] * 4
            + [
                f"{rng.randint(1, 60)}{rng.choice('ABC')}",
                f"{rng.randint(1, 60)} {rng.choice('AB')}",
            ]
        )
        street, city, pc = (
            rng.choice(STREETS["nb"]),
            rng.choice(CITIES_NO),
            f"{rng.randint(1, 9999):04d}",
        )
        return rng.choice(
            [
                f"{street} {num}, {pc} {city}",
                f"{street} {num}, {pc} {city}",
                f"{street} {num} {pc} {city}",
                f"{street} {num}, {city}",
                f"{street} {num} H0{rng.randint(1, 4)}0{rng.randint(1, 6)}, {pc} {city}",
            ]
        )
    if lang == "ru":
        street, city = rng.choice(STREETS["ru"]), rng.choice(RU_CITIES)
        n, k = rng.randint(1, 120), rng.randint(1, 250)
        idx = f"{rng.randint(101000, 690999)}"
        return rng.choice(
            [
                f"{street}, д. {n}, кв. {k}, {city}",
                f"г. {city}, {street}, д. {n}, кв. {k}",
                f"{idx}, г. {city}, {street}, д. {n}",
                f"{city}, {street}, {n}-{k}",
                f"{street} {n}, кв. {k}, {city}",
                f"{city}, {street}, дом {n}, корпус 2, квартира {k}",
            ]
        )
    if rng.random() < 0.75:
        city, outs = rng.choice(UK_CITIES)
        num = rng.choice(
            [str(rng.randint(1, 200))] * 4
            + [f"{rng.randint(1, 250)}B", f"Flat {rng.randint(1, 12)}, {rng.randint(1, 90)}"]
        )
        street, pc = rng.choice(STREETS["en"]), _uk_postcode(rng, outs)
        return rng.choice(
            [
                f"{num} {street}, {city} {pc}",
                f"{num} {street}, {city}, {pc}",
                f"{num} {street}, {city}",
            ]
        )
    city, state, z = rng.choice(US_CITIES)
    street = rng.choice(STREETS["us"])
    return f"{rng.randint(1, 2999)} {street}, {city}, {state} {z}{rng.randint(100, 999)}"


def gen_city_res(rng, lang):
    if lang == "nl":
        return rng.choice(CITIES_NL)
    if lang == "nb":
        return rng.choice(CITIES_NO)
    if lang == "ru":
        return rng.choice(RU_CITIES)
    k = rng.random()
    if k < 0.7:
        return rng.choice(UK_CITIES)[0]
    return rng.choice(CITIES_NL + CITIES_NO[:10])


# ---------------------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------------------


@dataclass
class Person:
    lang: str
    gender: str
    first: str
    last: str  # ru: masculine nominative
    patronymic: str = ""  # ru only, in the person's gender

    def first_(self, case: str = "nom") -> str:
        return ru_first(self.first, case) if self.lang == "ru" else self.first

    def last_(self, case: str = "nom", standalone: bool = False) -> str:
        if self.lang == "ru":
            return ru_last(self.last, self.gender, case)
        if self.lang == "nl" and standalone:
            return self.last[0].upper() + self.last[1:]
        return self.last

    def pat_(self, case: str = "nom") -> str:
        return ru_patronymic(self.patronymic, case)

    def full(self, rng: random.Random, case: str = "nom") -> str:
        if self.lang == "ru":
            k = rng.random()
            if k < 0.7:
                return f"{self.first_(case)} {self.last_(case)}"
            if k < 0.85:
                return f"{self.last_(case)} {self.first_(case)}"
            return f"{self.first_(case)} {self.pat_(case)} {self.last_(case)}"
        if self.lang == "en" and rng.random() < 0.06:
            return f"{self.first} {rng.choice('ABCDEJKLMRST')}. {self.last}"
        return f"{self.first} {self.last}"


def make_person(rng: random.Random, lang: str, gender: str | None = None) -> Person:
    g = gender or rng.choice("mf")
    pat = ""
    if lang == "ru":
        m, f = rng.choice(RU_PATRONYMICS)
        pat = m if g == "m" else f
    return Person(lang, g, rng.choice(FIRST[lang][g]), rng.choice(LAST[lang]), pat)


def make_email(rng: random.Random, p: Person | None, lang: str) -> str:
    dom = rng.choice(EMAIL_DOMAINS[lang])
    if p is None or rng.random() < 0.15:
        local = (
            rng.choice(HANDLE_WORDS)
            + rng.choice(["", "_", "."])
            + rng.choice(HANDLE_WORDS)
            + str(rng.randint(1, 99))
        )
        return f"{local}@{dom}"
    f, la = ascii_fold(p.first), ascii_fold(p.last)
    yy = f"{rng.randint(40, 99)}"
    local = rng.choice(
        [
            f"{f}.{la}",
            f"{f}{la}",
            f"{f[0]}.{la}",
            f"{f}{la}{yy}",
            f"{la}.{f}",
            f"{f}_{la}",
            f"{f}{rng.randint(1, 999)}",
            f"{la}{f[0]}",
            f"{f}-{la}",
        ]
    )
    if rng.random() < 0.05:
        local = local.capitalize()
    return f"{local}@{dom}"


# ---------------------------------------------------------------------------------------
# templates
# ---------------------------------------------------------------------------------------
# One template per line. Optional "[domain,domain]" prefix restricts a template to domains.
# Slots: {NAME}, {NAME.m|f} (gender of a new person), {NAME:case} (ru case), and
# {G:masc|fem} / {AG:masc|fem} for agreement with the customer's / agent's gender.

CUSTOMER_PII = {
    "en": {
        "PERSON": """
            hi, my name is {PER}
            This is {PER} speaking, I called yesterday about my bill
            {PER} here. I have a question about my invoice
            The account is in my partner's name, {OTHER}.
            [airline] the booking is for me and my daughter {KINF}
            Surname {PERL}, first name {PERF}.
            I spoke to your colleague {OTHERF} yesterday and nothing happened
            it's {PERF} again, sorry for the late reply
            please address the letter to {PER}
            [webshop] the parcel was signed for by {OTHER}, no idea who that is
            name on the account: {PERL}, {PERF}
            can you put me through to {OTHER}? we spoke last week
        """,
        "EMAIL_ADDRESS": """
            my email is {EMAIL}
            You can reach me at {EMAIL}.
            please send the invoice to {EMAIL}, not my old address
            {EMAIL} is the address on my account
            e-mail: {EMAIL}
            I never got the confirmation at {EMAIL}?
            could you update my email to {EMAIL} please
            I changed my email from {EMAIL} to {EMAIL} last month
        """,
        "PHONE_NUMBER": """
            my number is {PHONE}
            call me back on {PHONE} please
            You can reach me at {PHONE} after {TIME}.
            phone: {PHONE}
            {PHONE} is my mobile, the landline is disconnected
            [telecom] the number {PHONE} has had no signal since yesterday
            I'm texting from a different phone, my usual number is {PHONE}.
            [webshop] please text me on {PHONE} when it's dispatched
        """,
        "IBAN_CODE": """
            my IBAN is {IBAN}
            Please refund {AMOUNT} to {IBAN}.
            account (IBAN): {IBAN}
            [bank,telecom] can you change the direct debit to {IBAN}
            {IBAN} is my new bank account
            I transferred {AMOUNT} from {IBAN} on {TDATE}
            The money should go to IBAN {IBAN}, in the name of {PER}
        """,
        "BANK_ACCOUNT": """
            my sort code and account number are {UKBANK}
            bank details: {UKBANK}
            please pay the refund into {UKBANK} (sort code then account no.)
            my Norwegian account number is {KONTONR}
            [bank] the salary goes to account no. {KONTONR} in Norway
            [bank] can you send it to my Russian account {RUACC}?
            {UKBANK} - that's sort code and account number
            refund to my account {UKBANK} please
        """,
        "CREDIT_CARD": """
            [bank,webshop,airline] my card number is {CARD}
            [bank,webshop,airline] I was charged twice on card {CARD}
            card: {CARD}, exp 09/27
            [bank,webshop,airline] {CARD} - that's the visa I used
            please charge {CARD} instead
            The payment with {CARD} was declined, why?
            [bank] my new Mastercard is {CARD}
            [webshop] the order was paid with card number {CARD}
        """,
        "CUSTOMER_NUMBER": """
            my customer number is {CUSTNO}
            customer no. {CUSTNO}
            [airline] Flying Blue number {FB}
            [airline] my EuroBonus number is {EB}, the points are missing
            [telecom] my customer ID is {CUSTNO}
            [webshop] customer id: {CUSTNO}
            membership number {LOYAL}
            [airline] I'm an Executive Club member, number {LOYAL}
            {CUSTNO} is my client number
        """,
        "DATE_OF_BIRTH": """
            my date of birth is {DOB}
            DOB {DOB}
            I was born on {DOB}
            born {DOB}, if you need it
            date of birth: {DOB}
            {PER}, born {DOB}
            [airline] my son was born on {DOB}, does he need his own seat?
            d.o.b. is {DOB}
        """,
        "FLIGHT_NUMBER": """
            [airline] I'm on flight {FLIGHT} tomorrow
            [airline] {FLIGHT} was cancelled, what now?
            [airline] my flight {FLIGHT} to {DEST} is delayed by 3 hours
            [airline] can I switch from {FLIGHT} to {FLIGHT}?
            [airline] flight number is {FLIGHT}, departing {TIME}
            [airline] we missed our connection, {FLIGHT} landed at {TIME}
            [airline] is {FLIGHT} operated by a {AIRCRAFT}?
            [airline] my bag didn't arrive on {FLIGHT} from {DEST}
            [bank] there's a charge of {AMOUNT} for flight {FLIGHT} that I never took
        """,
        "BOOKING_REFERENCE": """
            [airline] my booking reference is {PNR}
            [airline] PNR: {PNR}
            [airline] booking ref {PNR}, flying to {DEST} on {TDATE}
            [airline] the reservation code is {PNR}
            [airline] {PNR} is my booking code
            [airline] I can't find booking {PNR} in the app
            [airline] I booked via the website, reference {PNR}
            [bank] the airline charged me twice for booking {PNR}
        """,
        "TICKET_NUMBER": """
            [airline] ticket number {TICKET}
            [airline] my e-ticket is {TICKET}
            [airline] e-ticket no. {TICKET}, but the name is misspelled
            [airline] {TICKET} is the ticket number on the receipt
            [airline] I have ticket {TICKET} and want a refund
            [airline] the eticket number: {TICKET}
            [bank] the refund for ticket {TICKET} never reached my card
        """,
        "NATIONAL_ID": """
            [bank,telecom] my BSN is {BSN}
            [bank,telecom] citizen service number (BSN): {BSN}
            [bank,telecom] my Norwegian national ID number is {FNR}
            [bank,telecom] my personal number (fødselsnummer) is {FNR}
            [bank,telecom] my SNILS is {SNILS}
            [bank,telecom] my Russian tax number (INN) is {INN}
            [bank,telecom] here's my BSN {BSN} for the verification
            [bank,telecom] you asked for my fødselsnummer: {FNR}
        """,
        "PASSPORT": """
            [airline,bank,telecom] passport number {PASSPORT}
            my passport no. is {PASSPORT}
            [airline] I renewed my passport, the new number is {PASSPORT}
            {PASSPORT} - passport number, expires in 2031
            [airline] do I need to add passport {PASSPORT} to the booking?
            ID document: passport {PASSPORT}
            [bank] passport {PASSPORT} was used to open the account
            [airline] can you update the passport number to {PASSPORT}?
        """,
        "LOCATION": """
            my address is {ADDR}
            please deliver to {ADDR}
            I moved to {ADDR} last month
            I live in {CITYRES}
            [webshop] shipping address: {ADDR}
            {ADDR} is the correct address
            [telecom] we live in {CITYRES}, is there fibre coverage?
            I'm based in {CITYRES} now
            [bank] send the new card to {ADDR}
        """,
        "IP_ADDRESS": """
            [telecom,webshop,bank] my router shows {IP}
            my IP address is {IP}
            [telecom] the modem's WAN IP is {IP}
            [bank,webshop,airline] your site blocked my IP {IP}
            [telecom] I get {IP} when I run ipconfig
            {IP} - is that a fixed IP?
            [telecom] IPv6 shows {IP6}
        """,
    },
    "nl": {
        "PERSON": """
            hoi, met {PER}
            Goedemiddag, u spreekt met {PER}.
            mijn naam is {PER}
            {PER} hier, ik heb een vraag over mijn factuur
            Het abonnement staat op naam van mijn partner, {OTHER}.
            [airline] de boeking is voor mij en mijn dochter {KINF}
            Achternaam {PERL}, voornaam {PERF}.
            ik heb gisteren met uw collega {OTHERF} gesproken maar er is niks gebeurd
            met {PERF} weer, sorry voor de late reactie
            graag de brief t.a.v. {PER} sturen
            [webshop] het pakket is afgetekend door ene {OTHER}, geen idee wie dat is
            kan ik {OTHER} even spreken? die had mijn dossier
        """,
        "EMAIL_ADDRESS": """
            mijn e-mailadres is {EMAIL}
            U kunt mij mailen op {EMAIL}.
            stuur de factuur maar naar {EMAIL}
            {EMAIL} is het mailadres dat bij jullie bekend is
            email: {EMAIL}
            ik heb geen bevestiging ontvangen op {EMAIL}?
            wil je mijn mailadres wijzigen in {EMAIL}
            mijn oude adres {EMAIL} werkt niet meer, nieuw is {EMAIL}
        """,
        "PHONE_NUMBER": """
            mijn telefoonnummer is {PHONE}
            Bel me even terug op {PHONE} aub
            ik ben na {TIME} bereikbaar op {PHONE}
            tel: {PHONE}
            {PHONE} is mijn mobiele nummer
            [telecom] het nummer {PHONE} heeft sinds gisteren geen bereik
            Je kunt me ook appen op {PHONE}.
            [webshop] stuur maar een sms naar {PHONE} als het verzonden is
        """,
        "IBAN_CODE": """
            mijn IBAN is {IBAN}
            Graag {AMOUNT} terugstorten op {IBAN}.
            rekeningnummer: {IBAN}
            [bank,telecom] kunnen jullie de automatische incasso omzetten naar {IBAN}
            {IBAN} is mijn nieuwe rekening
            ik heb op {TDATE} {AMOUNT} overgemaakt vanaf {IBAN}
            Het geld moet naar {IBAN} t.n.v. {PER}
        """,
        "BANK_ACCOUNT": """
            ik heb ook een Noorse bankrekening, rekeningnummer {KONTONR}
            kontonummer {KONTONR} (Noorse bank)
            mijn Britse rekening, sort code en rekeningnummer: {UKBANK}
            [bank] kunnen jullie overmaken naar mijn Engelse rekening {UKBANK}?
            [bank] Het salaris komt binnen op rekening {KONTONR} bij DNB.
            mijn Russische rekening {RUACC} bij Sberbank
            {UKBANK} is mijn sort code plus rekeningnummer
            [bank] mijn salaris uit Noorwegen komt op kontonummer {KONTONR}
        """,
        "CREDIT_CARD": """
            [bank,webshop,airline] mijn creditcardnummer is {CARD}
            [bank,webshop,airline] Er is twee keer afgeschreven van creditcard {CARD}
            kaart: {CARD}, geldig tot 09/27
            [bank,webshop,airline] {CARD} is de Visa die ik heb gebruikt
            graag afschrijven van {CARD}
            De betaling met {CARD} werd geweigerd, hoe kan dat?
            [bank] mijn nieuwe Mastercard is {CARD}
            [webshop] de bestelling is betaald met kaartnummer {CARD}
        """,
        "CUSTOMER_NUMBER": """
            mijn klantnummer is {CUSTNO}
            klantnr. {CUSTNO}
            [airline] Flying Blue-nummer {FB}
            [airline] mijn Flying Blue nummer is {FB}, de miles zijn niet bijgeschreven
            [telecom] klantnummer: {CUSTNO}
            [webshop] ik heb klantnummer {CUSTNO}
            lidnummer {LOYAL}
            {CUSTNO} is mijn klantnummer
        """,
        "DATE_OF_BIRTH": """
            mijn geboortedatum is {DOB}
            geboren op {DOB}
            ik ben geboren op {DOB}
            geb. datum: {DOB}
            geboortedatum {DOB}, als je die nodig hebt
            {PER}, geboren {DOB}
            [airline] mijn zoon is geboren op {DOB}, heeft hij een eigen stoel nodig?
            ik ben van {DOB}
        """,
        "FLIGHT_NUMBER": """
            [airline] ik vlieg morgen met {FLIGHT}
            [airline] {FLIGHT} is geannuleerd, wat nu?
            [airline] mijn vlucht {FLIGHT} naar {DEST} heeft 3 uur vertraging
            [airline] kan ik omboeken van {FLIGHT} naar {FLIGHT}?
            [airline] vluchtnummer is {FLIGHT}, vertrek {TIME}
            [airline] we hebben onze aansluiting gemist, {FLIGHT} landde pas om {TIME}
            [airline] wordt {FLIGHT} met een {AIRCRAFT} gevlogen?
            [airline] mijn koffer is niet aangekomen met {FLIGHT} uit {DEST}
            [bank] er is {AMOUNT} afgeschreven voor vlucht {FLIGHT}, die heb ik nooit gemaakt
        """,
        "BOOKING_REFERENCE": """
            [airline] mijn boekingscode is {PNR}
            [airline] boekingscode: {PNR}
            [airline] reserveringsnummer {PNR}, vlucht naar {DEST} op {TDATE}
            [airline] PNR {PNR}
            [airline] {PNR} is mijn boekingscode
            [airline] ik kan boeking {PNR} niet vinden in de app
            [airline] ik heb via de website geboekt, code {PNR}
            [bank] de luchtvaartmaatschappij heeft boeking {PNR} twee keer afgeschreven
        """,
        "TICKET_NUMBER": """
            [airline] ticketnummer {TICKET}
            [airline] mijn e-ticket is {TICKET}
            [airline] e-ticketnummer {TICKET}, maar mijn naam is verkeerd gespeld
            [airline] {TICKET} is het ticketnummer op de bon
            [airline] ik heb ticket {TICKET} en wil mijn geld terug
            [airline] Ticketnr: {TICKET}
            [bank] de terugbetaling voor ticket {TICKET} is nooit binnengekomen
        """,
        "NATIONAL_ID": """
            [bank,telecom] mijn BSN is {BSN}
            [bank,telecom] burgerservicenummer: {BSN}
            [bank,telecom] BSN {BSN}, voor de controle
            [bank,telecom] mijn sofinummer is {BSN}
            [bank,telecom] {BSN} is mijn burgerservicenummer
            [bank,telecom] het BSN van mijn dochter is {BSN}
            [bank,telecom] mijn BSN-nummer: {BSN}
            [bank,telecom] hierbij mijn burgerservicenummer {BSN} voor de identificatie
        """,
        "PASSPORT": """
            [airline,bank,telecom] paspoortnummer {PASSPORT}
            mijn paspoortnummer is {PASSPORT}
            [airline] ik heb een nieuw paspoort, nummer {PASSPORT}
            {PASSPORT} is mijn paspoortnummer, geldig tot 2031
            [airline] moet ik paspoort {PASSPORT} nog toevoegen aan de boeking?
            documentnummer paspoort: {PASSPORT}
            [bank] met paspoort {PASSPORT} heb ik de rekening geopend
            [airline] kunt u het paspoortnummer wijzigen in {PASSPORT}?
        """,
        "LOCATION": """
            mijn adres is {ADDR}
            graag bezorgen op {ADDR}
            ik ben vorige maand verhuisd naar {ADDR}
            ik woon in {CITYRES}
            [webshop] bezorgadres: {ADDR}
            {ADDR} is het juiste adres
            [telecom] wij wonen in {CITYRES}, is daar glasvezel?
            ik woon tegenwoordig in {CITYRES}
            [bank] stuur de nieuwe pas maar naar {ADDR}
        """,
        "IP_ADDRESS": """
            [telecom,webshop,bank] mijn router geeft {IP} aan
            mijn IP-adres is {IP}
            [telecom] het WAN IP van de modem is {IP}
            [bank,webshop,airline] jullie site blokkeert mijn IP {IP}
            [telecom] ipconfig geeft {IP}
            {IP} - is dat een vast IP?
            [telecom] IPv6 adres: {IP6}
        """,
    },
    "nb": {
        "PERSON": """
            hei, dette er {PER}
            Hei! Jeg heter {PER}.
            navnet mitt er {PER}
            {PER} her, jeg har et spørsmål om regningen
            Abonnementet står på samboeren min, {OTHER}.
            [airline] bestillingen gjelder meg og datteren min {KINF}
            Etternavn {PERL}, fornavn {PERF}.
            jeg snakket med kollegaen din {OTHERF} i går, men ingenting har skjedd
            det er {PERF} igjen, beklager sent svar
            [webshop] pakken ble kvittert ut av en {OTHER}, aner ikke hvem det er
            kan jeg få snakke med {OTHER}? vi snakket sammen forrige uke
            brevet kan sendes til {PER}
        """,
        "EMAIL_ADDRESS": """
            e-posten min er {EMAIL}
            Du kan nå meg på {EMAIL}.
            send fakturaen til {EMAIL}, ikke den gamle adressen
            {EMAIL} er e-postadressen som er registrert
            epost: {EMAIL}
            jeg har ikke fått noen bekreftelse på {EMAIL}?
            kan du endre e-postadressen min til {EMAIL}
            byttet fra {EMAIL} til {EMAIL} i fjor
        """,
        "PHONE_NUMBER": """
            mobilnummeret mitt er {PHONE}
            ring meg tilbake på {PHONE}
            jeg kan nås på {PHONE} etter kl. {TIME}
            tlf: {PHONE}
            {PHONE} er mobilen min
            [telecom] nummeret {PHONE} har ikke hatt dekning siden i går
            Send gjerne en SMS til {PHONE} når pakken er sendt.
            nytt nummer: {PHONE}
        """,
        "IBAN_CODE": """
            IBAN-en min er {IBAN}
            Vennligst refunder {AMOUNT} til {IBAN}.
            IBAN: {IBAN}
            [bank,telecom] kan dere flytte avtalegiroen til {IBAN}
            {IBAN} er den nye kontoen min
            jeg overførte {AMOUNT} fra {IBAN} den {TDATE}
            Pengene skal til IBAN {IBAN}, kontoeier {PER}
            [bank] lønna kommer fra Tyskland, IBAN {IBAN}
        """,
        "BANK_ACCOUNT": """
            kontonummeret mitt er {KONTONR}
            Refusjonen kan settes inn på konto {KONTONR}.
            kontonr: {KONTONR}
            {KONTONR} er lønnskontoen min
            kan dere betale tilbake til {KONTONR}?
            jeg har byttet bank, nytt kontonummer er {KONTONR}
            [bank] overfør til konto {KONTONR} i DNB
        """,
        "CREDIT_CARD": """
            [bank,webshop,airline] kortnummeret mitt er {CARD}
            [bank,webshop,airline] Jeg ble trukket to ganger på kort {CARD}
            kort: {CARD}, utløper 09/27
            [bank,webshop,airline] {CARD} er Visa-kortet jeg brukte
            belast {CARD} i stedet
            Betalingen med {CARD} ble avvist, hvorfor?
            [bank] mitt nye Mastercard er {CARD}
            [webshop] ordren ble betalt med kortnummer {CARD}
        """,
        "CUSTOMER_NUMBER": """
            kundenummeret mitt er {CUSTNO}
            kundenr. {CUSTNO}
            [airline] EuroBonus-nummer {EB}
            [airline] EuroBonus {EB}, poengene er ikke registrert
            [telecom] kundenummer: {CUSTNO}
            [webshop] jeg har kundenummer {CUSTNO}
            medlemsnummer {LOYAL}
            {CUSTNO} er kundenummeret mitt
            [airline] Norwegian Reward-nummeret mitt er {LOYAL}
        """,
        "DATE_OF_BIRTH": """
            fødselsdatoen min er {DOB}
            født {DOB}
            jeg er født {DOB}
            f. {DOB}
            fødselsdato: {DOB}
            {PER}, født {DOB}
            [airline] sønnen min er født {DOB}, trenger han eget sete?
            jeg ble født den {DOB}
        """,
        "FLIGHT_NUMBER": """
            [airline] jeg flyr med {FLIGHT} i morgen
            [airline] {FLIGHT} er kansellert, hva nå?
            [airline] flyet mitt {FLIGHT} til {DEST} er forsinket 3 timer
            [airline] kan jeg bytte fra {FLIGHT} til {FLIGHT}?
            [airline] flightnummer er {FLIGHT}, avgang {TIME}
            [airline] vi rakk ikke forbindelsen, {FLIGHT} landet først kl. {TIME}
            [airline] flys {FLIGHT} med en {AIRCRAFT}?
            [airline] bagasjen min kom ikke med {FLIGHT} fra {DEST}
            [bank] jeg er trukket {AMOUNT} for flyvning {FLIGHT} som jeg aldri tok
        """,
        "BOOKING_REFERENCE": """
            [airline] bestillingsreferansen min er {PNR}
            [airline] bestillingsnummer: {PNR}
            [airline] referanse {PNR}, reiser til {DEST} {TDATE}
            [airline] PNR {PNR}
            [airline] {PNR} er bestillingskoden min
            [airline] jeg finner ikke bestilling {PNR} i appen
            [airline] booket på nettsiden, referanse {PNR}
            [bank] flyselskapet trakk meg to ganger for bestilling {PNR}
        """,
        "TICKET_NUMBER": """
            [airline] billettnummer {TICKET}
            [airline] e-billetten min er {TICKET}
            [airline] billettnr. {TICKET}, men navnet er feilstavet
            [airline] {TICKET} er billettnummeret på kvitteringen
            [airline] jeg har billett {TICKET} og vil ha refusjon
            [airline] Ticket number: {TICKET}
            [bank] refusjonen for billett {TICKET} kom aldri inn på kortet
        """,
        "NATIONAL_ID": """
            [bank,telecom] fødselsnummeret mitt er {FNR}
            [bank,telecom] fødselsnr: {FNR}
            [bank,telecom] personnummer {FNR}
            [bank,telecom] {FNR} er fødselsnummeret mitt
            [bank,telecom] her er fødselsnummeret til datteren min: {FNR}
            [bank,telecom] fnr. {FNR}, for å bekrefte
            [bank,telecom] trenger dere fødselsnummeret? det er {FNR}
            [bank,telecom] personnr: {FNR}
        """,
        "PASSPORT": """
            [airline,bank,telecom] passnummer {PASSPORT}
            passnummeret mitt er {PASSPORT}
            [airline] jeg har fått nytt pass, nummer {PASSPORT}
            {PASSPORT} er passnummeret, gyldig til 2031
            [airline] må jeg legge inn pass {PASSPORT} på bestillingen?
            legitimasjon: pass nr. {PASSPORT}
            [bank] kontoen ble åpnet med pass {PASSPORT}
            [airline] kan dere endre passnummeret til {PASSPORT}?
        """,
        "LOCATION": """
            adressen min er {ADDR}
            lever til {ADDR}
            jeg flyttet til {ADDR} forrige måned
            jeg bor i {CITYRES}
            [webshop] leveringsadresse: {ADDR}
            {ADDR} er riktig adresse
            [telecom] vi bor i {CITYRES}, har dere fiber der?
            jeg bor i {CITYRES} nå
            [bank] send det nye kortet til {ADDR}
        """,
        "IP_ADDRESS": """
            [telecom,webshop,bank] ruteren viser {IP}
            IP-adressen min er {IP}
            [telecom] WAN-IP på modemet er {IP}
            [bank,webshop,airline] nettsiden deres blokkerer IP-en min {IP}
            [telecom] ipconfig gir {IP}
            {IP} - er det en fast IP?
            [telecom] IPv6-adressen er {IP6}
        """,
    },
    "ru": {
        "PERSON": """
            здравствуйте, меня зовут {PER}
            Добрый день! Это {PER}.
            {PER}, пишу по поводу счёта за связь
            Договор оформлен на мужа, {OTHER.m}.
            [airline] бронь на меня и на дочь, {KINF}
            Фамилия {PERL}, имя {PERF}.
            вчера со мной общался ваш сотрудник {OTHERF.m}, но ничего не изменилось
            Переведите, пожалуйста, деньги {OTHER:dat}
            [airline] Билет оформлен на имя {PER:gen}
            Соедините меня с {OTHER:ins}, пожалуйста
            ФИО: {PER3}
            я по поводу заказа моей мамы, {OTHER.f:gen}
            [webshop] посылку получил некий {OTHER.m}, я его не знаю
        """,
        "EMAIL_ADDRESS": """
            моя почта {EMAIL}
            Напишите мне на {EMAIL}.
            пришлите квитанцию на {EMAIL}, пожалуйста
            {EMAIL} — это мой адрес в вашей системе
            e-mail: {EMAIL}
            подтверждение на {EMAIL} так и не пришло
            поменяйте, пожалуйста, почту на {EMAIL}
            старая почта {EMAIL} больше не работает, новая {EMAIL}
        """,
        "PHONE_NUMBER": """
            мой номер {PHONE}
            Перезвоните мне на {PHONE}, пожалуйста
            я на связи после {TIME} по номеру {PHONE}
            тел.: {PHONE}
            {PHONE} — мой мобильный
            [telecom] на номере {PHONE} со вчерашнего дня нет связи
            Можно написать в WhatsApp на {PHONE}.
            контактный телефон {PHONE}
        """,
        "IBAN_CODE": """
            мой IBAN {IBAN}
            Верните, пожалуйста, {AMOUNT} на {IBAN}.
            IBAN: {IBAN}
            у меня счёт в европейском банке, IBAN {IBAN}
            {IBAN} — мой новый счёт в Германии
            деньги ушли с {IBAN} {TDATE}
            Получатель {PER}, IBAN {IBAN}
            [bank] зарплата приходит на европейский счёт IBAN {IBAN}
        """,
        "BANK_ACCOUNT": """
            мой счёт {RUACC}
            номер счёта: {RUACC}
            Верните деньги на счёт {RUACC} в Сбербанке
            счёт получателя {RUACC}
            {RUACC} — это мой зарплатный счёт
            переведите на мой счёт {RUACC}
            р/с {RUACC}
            [bank] реквизиты: счёт {RUACC}, БИК 044525225
        """,
        "CREDIT_CARD": """
            [bank,webshop,airline] номер моей карты {CARD}
            [bank,webshop,airline] С карты {CARD} списали два раза
            карта: {CARD}, срок до 09/27
            [bank,webshop,airline] {CARD} — это карта, которой была оплата
            спишите с карты {CARD}
            Платёж по карте {CARD} отклонён, почему?
            [bank] моя новая карта {CARD}
            [webshop] заказ оплачен картой {CARD}
        """,
        "CUSTOMER_NUMBER": """
            мой номер клиента {CUSTNO}
            номер клиента: {CUSTNO}
            [airline] номер участника Аэрофлот Бонус {LOYAL}
            [airline] карта Аэрофлот Бонус {LOYAL}, мили не начислены
            [telecom] номер договора {CUSTNO}
            [webshop] мой клиентский номер {CUSTNO}
            {CUSTNO} — мой номер клиента
            [airline] номер в программе S7 Priority {LOYAL}
        """,
        "DATE_OF_BIRTH": """
            дата рождения {DOB}
            Моя дата рождения: {DOB}
            я {G:родился|родилась} {DOB}
            д.р. {DOB}
            {PER}, {DOB} г.р.
            {G:родился|родилась} {DOB}, если нужно
            [airline] сын родился {DOB}, ему нужно отдельное место?
            число рождения {DOB}
        """,
        "FLIGHT_NUMBER": """
            [airline] я лечу завтра рейсом {FLIGHT}
            [airline] рейс {FLIGHT} отменили, что делать?
            [airline] мой рейс {FLIGHT} в {DEST:acc} задерживается на 3 часа
            [airline] можно поменять {FLIGHT} на {FLIGHT}?
            [airline] номер рейса {FLIGHT}, вылет в {TIME}
            [airline] мы опоздали на стыковку, {FLIGHT} сел только в {TIME}
            [airline] {FLIGHT} выполняется на {AIRCRAFT}?
            [airline] мой багаж не прилетел рейсом {FLIGHT} из {DEST:gen}
            [bank] списали {AMOUNT} за рейс {FLIGHT}, которым я не летал{G:|а}
        """,
        "BOOKING_REFERENCE": """
            [airline] номер брони {PNR}
            [airline] код бронирования: {PNR}
            [airline] бронь {PNR}, лечу в {DEST:acc} {TDATE}
            [airline] PNR {PNR}
            [airline] {PNR} — мой код брони
            [airline] не могу найти бронирование {PNR} в приложении
            [airline] покупка была на сайте, номер брони {PNR}
            [bank] авиакомпания дважды списала деньги за бронь {PNR}
        """,
        "TICKET_NUMBER": """
            [airline] номер билета {TICKET}
            [airline] мой электронный билет {TICKET}
            [airline] билет № {TICKET}, но фамилия написана с ошибкой
            [airline] {TICKET} — номер билета из квитанции
            [airline] у меня билет {TICKET}, хочу вернуть деньги
            [airline] номер эл. билета: {TICKET}
            [bank] возврат за билет {TICKET} так и не пришёл на карту
        """,
        "NATIONAL_ID": """
            [bank,telecom] мой СНИЛС {SNILS}
            [bank,telecom] СНИЛС: {SNILS}
            [bank,telecom] ИНН {INN}
            [bank,telecom] мой ИНН: {INN}
            [bank,telecom] {SNILS} — это мой СНИЛС
            [bank,telecom] страховой номер {SNILS}, для проверки
            [bank,telecom] {INN} — мой ИНН
            [bank,telecom] ИНН физлица: {INN}
        """,
        "PASSPORT": """
            [airline,bank,telecom] паспорт {PASSPORT}
            серия и номер паспорта: {PASSPORT}
            [airline] у меня новый загранпаспорт, номер {ZAGRAN}
            {PASSPORT} — мой паспорт
            [airline] нужно ли вносить загранпаспорт {ZAGRAN} в бронь?
            паспортные данные: {PASSPORT}
            [bank] счёт открывали по паспорту {PASSPORT}
            [airline] поменяйте номер загранпаспорта на {ZAGRAN}
        """,
        "LOCATION": """
            мой адрес: {ADDR}
            доставьте, пожалуйста, по адресу {ADDR}
            в прошлом месяце {G:переехал|переехала}, новый адрес: {ADDR}
            я живу в {CITYRES:prep}
            [webshop] адрес доставки: {ADDR}
            {ADDR} — правильный адрес
            [telecom] мы живём в {CITYRES:prep}, там есть оптоволокно?
            я сейчас живу в {CITYRES:prep}
            [bank] пришлите новую карту на адрес {ADDR}
        """,
        "IP_ADDRESS": """
            [telecom,webshop,bank] роутер показывает {IP}
            мой IP-адрес {IP}
            [telecom] внешний IP на модеме {IP}
            [bank,webshop,airline] ваш сайт заблокировал мой IP {IP}
            [telecom] ipconfig выдаёт {IP}
            {IP} — это статический IP?
            [telecom] IPv6-адрес: {IP6}
        """,
    },
}

AGENT_PII = {
    "en": {
        "PERSON": """
            Thanks {PERF}, let me look into it.
            Dear {PER}, thank you for waiting.
            I've passed this on to my colleague {OTHERF}.
        """,
        "EMAIL_ADDRESS": """
            I've sent the confirmation to {EMAIL}.
            Is {EMAIL} still correct?
        """,
        "PHONE_NUMBER": """
            We'll call you on {PHONE} within 24 hours.
            Is {PHONE} the best number to reach you?
        """,
        "FLIGHT_NUMBER": """
            [airline] I've rebooked you on {FLIGHT} departing at {TIME}.
            [airline] {FLIGHT} is operated by an {AIRCRAFT} today.
        """,
        "BOOKING_REFERENCE": """
            [airline] Booking {PNR} is now confirmed.
            [airline] I found your reservation {PNR}.
        """,
        "TICKET_NUMBER": "[airline] Your new ticket number is {TICKET}.",
        "LOCATION": "I see the address {ADDR} on file, is that correct?",
        "CUSTOMER_NUMBER": "I see customer number {CUSTNO} on the account.",
        "IBAN_CODE": "The refund of {AMOUNT} will go to {IBAN}.",
        "DATE_OF_BIRTH": "Just to confirm, your date of birth is {DOB}?",
        "IP_ADDRESS": "[telecom] Your modem should get {IP} after the reset.",
    },
    "nl": {
        "PERSON": """
            Dank je {PERF}, ik zoek het voor je uit.
            Beste {PER}, bedankt voor het wachten.
            Ik heb het doorgezet naar mijn collega {OTHERF}.
        """,
        "EMAIL_ADDRESS": """
            Ik heb de bevestiging naar {EMAIL} gestuurd.
            Klopt {EMAIL} nog?
        """,
        "PHONE_NUMBER": """
            We bellen u binnen 24 uur terug op {PHONE}.
            Is {PHONE} het beste nummer om je te bereiken?
        """,
        "FLIGHT_NUMBER": """
            [airline] Ik heb je omgeboekt op {FLIGHT}, vertrek {TIME}.
            [airline] {FLIGHT} wordt vandaag gevlogen met een {AIRCRAFT}.
        """,
        "BOOKING_REFERENCE": """
            [airline] Boeking {PNR} is nu bevestigd.
            [airline] Ik heb je reservering {PNR} gevonden.
        """,
        "TICKET_NUMBER": "[airline] Je nieuwe ticketnummer is {TICKET}.",
        "LOCATION": "Ik zie het adres {ADDR} in ons systeem, klopt dat?",
        "CUSTOMER_NUMBER": "Ik zie klantnummer {CUSTNO} bij dit account.",
        "IBAN_CODE": "Het bedrag van {AMOUNT} wordt teruggestort op {IBAN}.",
        "DATE_OF_BIRTH": "Ter controle: uw geboortedatum is {DOB}?",
        "IP_ADDRESS": "[telecom] Na de reset zou je modem {IP} moeten krijgen.",
    },
    "nb": {
        "PERSON": """
            Takk {PERF}, jeg skal se på det.
            Hei {PER}, takk for at du ventet.
            Jeg har sendt saken videre til kollegaen min {OTHERF}.
        """,
        "EMAIL_ADDRESS": """
            Jeg har sendt bekreftelsen til {EMAIL}.
            Stemmer {EMAIL} fortsatt?
        """,
        "PHONE_NUMBER": """
            Vi ringer deg på {PHONE} innen 24 timer.
            Er {PHONE} det beste nummeret å nå deg på?
        """,
        "FLIGHT_NUMBER": """
            [airline] Jeg har booket deg om til {FLIGHT} med avgang {TIME}.
            [airline] {FLIGHT} flys med {AIRCRAFT} i dag.
        """,
        "BOOKING_REFERENCE": """
            [airline] Bestilling {PNR} er nå bekreftet.
            [airline] Jeg fant bestillingen din, {PNR}.
        """,
        "TICKET_NUMBER": "[airline] Det nye billettnummeret ditt er {TICKET}.",
        "LOCATION": "Jeg ser adressen {ADDR} hos oss, stemmer det?",
        "CUSTOMER_NUMBER": "Jeg ser kundenummer {CUSTNO} på kontoen.",
        "BANK_ACCOUNT": "Beløpet på {AMOUNT} blir betalt tilbake til konto {KONTONR}.",
        "DATE_OF_BIRTH": "Bare for å bekrefte: fødselsdatoen din er {DOB}?",
        "IP_ADDRESS": "[telecom] Etter omstart skal modemet få {IP}.",
    },
    "ru": {
        "PERSON": """
            {PERFP}, добрый день!
            Спасибо, {PERF}, сейчас проверю.
            Я {AG:передал|передала} ваш вопрос коллеге {OTHERF:dat}.
        """,
        "EMAIL_ADDRESS": """
            {AG:Отправил|Отправила} подтверждение на {EMAIL}.
            Почта {EMAIL} ещё актуальна?
        """,
        "PHONE_NUMBER": """
            Мы перезвоним вам на {PHONE} в течение суток.
            Вам удобно по номеру {PHONE}?
        """,
        "FLIGHT_NUMBER": """
            [airline] Вы переоформлены на рейс {FLIGHT}, вылет в {TIME}.
            [airline] Сегодня {FLIGHT} выполняется на {AIRCRAFT}.
        """,
        "BOOKING_REFERENCE": """
            [airline] Бронь {PNR} подтверждена.
            [airline] Ваша бронь {PNR} найдена.
        """,
        "TICKET_NUMBER": "[airline] Номер вашего нового билета {TICKET}.",
        "LOCATION": "У нас указан адрес {ADDR}, верно?",
        "CUSTOMER_NUMBER": "Вижу номер клиента {CUSTNO}.",
        "BANK_ACCOUNT": "Возврат {AMOUNT} поступит на счёт {RUACC}.",
        "DATE_OF_BIRTH": "Уточните, ваша дата рождения {DOB}?",
        "IP_ADDRESS": "[telecom] После перезагрузки модем должен получить {IP}.",
    },
}

AGENT_INTRO = {
    "en": """
        Hi {PERF}, this is {AGENT} from {BRAND}.
        Hello, my name is {AGENT}, how can I help?
        Good morning! You're chatting with {AGENT} at {BRAND} customer service.
        {AGENT} here from the {BRAND} team 👋
        Hi, it's {AGENT}. What can I do for you?
    """,
    "nl": """
        Hoi {PERF}, je spreekt met {AGENT} van {BRAND}.
        Goedemiddag, mijn naam is {AGENT}. Waarmee kan ik u helpen?
        Hallo! Je chat met {AGENT} van de klantenservice van {BRAND}.
        Met {AGENT} van {BRAND}, goedemorgen!
        Hoi, {AGENT} hier 👋 Wat kan ik voor je doen?
    """,
    "nb": """
        Hei {PERF}, du snakker med {AGENT} fra {BRAND}.
        God dag, mitt navn er {AGENT}. Hva kan jeg hjelpe deg med?
        Hei! Du chatter med {AGENT} i kundeservice hos {BRAND}.
        {AGENT} her fra {BRAND} 😊
        Hei, det er {AGENT}. Hvordan kan jeg hjelpe?
    """,
    "ru": """
        Здравствуйте, {PERF}! Меня зовут {AGENT}, я специалист компании {BRAND}.
        Добрый день! Вас приветствует {AGENT}, служба поддержки {BRAND}.
        Здравствуйте! На связи {AGENT}.
        {AGENT}, оператор {BRAND}, чем могу помочь?
        Меня зовут {AGENT}, чем могу помочь?
    """,
}
AGENT_INTRO_ANON = {
    "en": """
        Hello, thanks for contacting {BRAND}. How can I help you today?
        Hi! Welcome to {BRAND} support.
    """,
    "nl": """
        Welkom bij de klantenservice van {BRAND}. Waarmee kan ik helpen?
        Hallo! Fijn dat je contact opneemt met {BRAND}.
    """,
    "nb": """
        Velkommen til {BRAND} kundeservice. Hva kan jeg hjelpe med?
        Hei! Takk for at du kontakter {BRAND}.
    """,
    "ru": """
        Здравствуйте! Вы обратились в поддержку {BRAND}. Чем могу помочь?
        Добрый день! Спасибо, что написали в {BRAND}.
    """,
}
AGENT_SIGNOFF = {
    "en": """
        Kind regards, {AGENT}
        Have a nice day! {AGENT}
        Best wishes, {AGENT} | {BRAND}
        Cheers, {AGENT}
    """,
    "nl": """
        Met vriendelijke groet, {AGENT}
        Fijne dag nog! Groetjes, {AGENT}
        Mvg, {AGENT} | {BRAND}
        Groet, {AGENT}
    """,
    "nb": """
        Med vennlig hilsen {AGENT}
        Ha en fin dag! Hilsen {AGENT}
        Mvh {AGENT}, {BRAND}
        Hilsen {AGENT}
    """,
    "ru": """
        С уважением, {AGENT}
        Хорошего дня! {AGENT}
        С уважением, {AGENT}, {BRAND}
        Всего доброго, {AGENT}
    """,
}
CUSTOMER_OPENERS = {
    "en": ["Hi,", "Hello", "hey", "Good morning,", "Hi there!", "HELLO", "Evening,"],
    "nl": ["Hoi,", "Hallo", "Goedemorgen,", "Goedemiddag", "Dag,", "hey", "HALLO"],
    "nb": ["Hei,", "Hei!", "Heisann", "God morgen,", "Hallo", "hei hei", "HEI"],
    "ru": [
        "Здравствуйте!",
        "Добрый день,",
        "Привет",
        "здравствуйте",
        "Доброе утро!",
        "ЗДРАВСТВУЙТЕ",
    ],
}
CUSTOMER_CLOSERS = {
    "en": "Thanks!\nthx\n{CAPS}\nCheers\nthanks in advance\nRegards, {PERF}\n{CAPS}!",
    "nl": "Bedankt!\nAlvast bedankt\n{CAPS}\ngroetjes\nMvg {PER}\ndank je wel\nGraag zsm reactie",
    "nb": "Takk!\nTakk på forhånd\n{CAPS}\nmvh {PER}\nHilsen {PERF}\nHaster!\ntusen takk",
    "ru": "Спасибо!\nЗаранее спасибо\n{CAPS}\nС уважением, {PER}\nжду ответа\nСРОЧНО",
}

CUSTOMER_NEUTRAL = {
    "en": """
        [webshop] hi, I ordered on {TDATE} and it still hasn't arrived
        [webshop] order #{ORDER} hasn't arrived yet
        [webshop] my order number is {ORDER}
        [webshop] the track & trace {TRACK} hasn't updated in days
        [webshop] tracking number {TRACK} says delivered but there's nothing here
        [webshop] I paid {AMOUNT} but was charged {AMOUNT}
        [webshop] is SKU {SKU} back in stock?
        [webshop] the gift card code {BADCARD} doesn't work
        [airline] flying to {DEST} on {TDATE}, can I bring a bike?
        [airline] departure on {TDATE} at {TIME}, will I make the connection?
        [airline] is the {AIRCRAFT} on this route equipped with wifi?
        [bank] the app says {BADIBAN} is not a valid IBAN, is it broken?
        [bank] invoice number {BADBSN}
        [telecom] reference number {BADBSN} on my last bill
        [telecom] my bill went up to {AMOUNT} a month, why?
        {CAPS}, it's urgent
        {CAPS}!!
        thanks, that's all
        ok
        Sorry, I don't understand.
        Can you check again?
        I've been waiting since {TIME}
        [bank] I'm a {BRAND} customer and the app keeps crashing
        [airline] I'm travelling to {DEST} with {BRAND} on {TDATE}
        [webshop] delivery on {TDATE} is too late for me
        [telecom] case number {BADFNR}, you said someone would call
        is it possible to sort this out by {TDATE}?
        [airline] we land in {DEST} at {TIME}
        [webshop] the voucher {BADCARD} says it has expired
        [telecom] the router keeps rebooting every evening
        [bank] why was my payment of {AMOUNT} on {TDATE} reversed?
        [airline] can I still check in online for the {TIME} departure?
    """,
    "nl": """
        [webshop] ik heb op {TDATE} besteld en het is nog steeds niet binnen
        [webshop] bestelnummer {ORDER} is nog niet geleverd
        [webshop] mijn bestelling {ORDER} klopt niet
        [webshop] de track & trace {TRACK} wordt al dagen niet bijgewerkt
        [webshop] volgens track & trace {TRACK} is het bezorgd, maar ik heb niks
        [webshop] ik heb {AMOUNT} betaald maar er is {AMOUNT} afgeschreven
        [webshop] is artikel {SKU} weer op voorraad?
        [webshop] de cadeaukaartcode {BADCARD} werkt niet
        [airline] ik vlieg op {TDATE} naar {DEST}, mag mijn fiets mee?
        [airline] vertrek op {TDATE} om {TIME}, haal ik mijn overstap?
        [airline] zit er wifi in de {AIRCRAFT} op deze route?
        [bank] de app zegt dat {BADIBAN} geen geldig IBAN is
        [bank] factuurnummer {BADBSN}
        [telecom] referentienummer {BADBSN} op mijn laatste factuur
        [telecom] mijn rekening is ineens {AMOUNT} per maand, hoe kan dat?
        {CAPS}, het is dringend
        {CAPS}!!
        bedankt, dat was het
        oké
        Sorry, ik snap het niet.
        Kunt u nog een keer kijken?
        ik wacht al sinds {TIME}
        [bank] ik ben klant bij {BRAND} en de app crasht steeds
        [airline] ik reis op {TDATE} met {BRAND} naar {DEST}
        [webshop] levering op {TDATE} is te laat voor mij
        [telecom] zaaknummer {BADFNR}, jullie zouden terugbellen
        kan dit voor {TDATE} geregeld worden?
        [airline] we landen om {TIME} in {DEST}
        [webshop] de kortingscode {BADCARD} is verlopen zegt de site
        [telecom] de modem herstart elke avond
        [bank] waarom is mijn betaling van {AMOUNT} op {TDATE} teruggeboekt?
        [airline] kan ik nog online inchecken voor de vlucht van {TIME}?
    """,
    "nb": """
        [webshop] jeg bestilte {TDATE} og har fortsatt ikke fått pakken
        [webshop] ordrenummer {ORDER} har ikke kommet
        [webshop] ordren min {ORDER} er feil
        [webshop] sporingsnummer {TRACK} er ikke oppdatert på flere dager
        [webshop] sporingen {TRACK} sier levert, men jeg har ikke fått noe
        [webshop] jeg betalte {AMOUNT}, men ble trukket {AMOUNT}
        [webshop] er varenummer {SKU} på lager igjen?
        [webshop] gavekortkoden {BADCARD} fungerer ikke
        [airline] jeg skal fly til {DEST} {TDATE}, kan jeg ta med sykkel?
        [airline] avreise {TDATE} kl. {TIME}, rekker jeg forbindelsen?
        [airline] har {AIRCRAFT} på denne ruten wifi?
        [bank] appen sier at {BADIBAN} ikke er en gyldig IBAN
        [bank] fakturanummer {BADBSN}
        [telecom] saksnummer {BADFNR}, dere skulle ringe tilbake
        [telecom] regningen er plutselig {AMOUNT} i måneden, hvorfor?
        {CAPS}, det haster
        {CAPS}!!
        takk, det var alt
        ok
        Beklager, jeg forstår ikke.
        Kan du sjekke en gang til?
        jeg har ventet siden kl. {TIME}
        [bank] jeg er kunde i {BRAND} og appen krasjer hele tiden
        [airline] jeg reiser med {BRAND} til {DEST} {TDATE}
        [webshop] levering {TDATE} er for sent for meg
        kan dette ordnes før {TDATE}?
        [airline] vi lander i {DEST} kl. {TIME}
        [telecom] referanse {BADBSN} på siste faktura
        [webshop] rabattkoden {BADCARD} er utløpt ifølge nettsiden
        [telecom] ruteren starter på nytt hver kveld
        [bank] hvorfor ble betalingen på {AMOUNT} {TDATE} tilbakeført?
        [airline] kan jeg fortsatt sjekke inn på nett til avgangen kl. {TIME}?
    """,
    "ru": """
        [webshop] заказ оформлен {TDATE}, до сих пор не пришёл
        [webshop] номер заказа {ORDER}, он так и не доставлен
        [webshop] в заказе {ORDER} не тот товар
        [webshop] трек-номер {TRACK} не обновляется уже неделю
        [webshop] по трек-номеру {TRACK} написано «вручено», но я ничего не {G:получал|получала}
        [webshop] оплата была {AMOUNT}, а списали {AMOUNT}
        [webshop] артикул {SKU} снова в наличии?
        [webshop] код подарочного сертификата {BADCARD} не работает
        [airline] лечу в {DEST:acc} {TDATE}, можно взять велосипед?
        [airline] рейс {TDATE} в {TIME}, успею на пересадку?
        [airline] на {AIRCRAFT} есть wi-fi?
        [bank] приложение пишет, что {BADIBAN} — неверный IBAN
        [bank] номер обращения {BADBSN}
        [telecom] номер заявки {BADFNR}, обещали перезвонить
        [telecom] счёт за связь вырос до {AMOUNT} в месяц, почему?
        {CAPS}, пожалуйста
        {CAPS}!!
        спасибо, это всё
        ок
        Извините, не понимаю.
        Можете проверить ещё раз?
        жду с {TIME}
        [bank] я клиент {BRAND}, приложение постоянно вылетает
        [airline] лечу в {DEST:acc} {TDATE}, авиакомпания {BRAND}
        [webshop] доставка {TDATE} — слишком поздно
        можно решить это до {TDATE}?
        [airline] прилетаем в {DEST:acc} в {TIME}
        [airline] пересадка в {DEST:prep}, багаж перегрузят?
        [webshop] промокод {BADCARD} не принимается
        [telecom] роутер каждый вечер перезагружается
        [bank] почему платёж {AMOUNT} от {TDATE} вернулся?
        [airline] ещё можно пройти онлайн-регистрацию на рейс в {TIME}?
    """,
}

AGENT_NEUTRAL = {
    "en": """
        Let me check that for you.
        Could you give me your date of birth for verification?
        [airline] Can you confirm your booking reference please?
        What's the best phone number to reach you?
        I'm sorry to hear that.
        [webshop] Your order {ORDER} will be delivered on {TDATE}.
        [webshop] The refund of {AMOUNT} has been processed.
        [airline] Your flight to {DEST} leaves at {TIME}.
        [airline] This route is operated with an {AIRCRAFT}.
        [telecom] I've reset your line, please restart the modem.
        Is there anything else I can help you with?
        One moment please.
        {BRAND} will never ask for your PIN.
        [bank] For security reasons please don't share your card number in this chat.
        [webshop] The tracking number is {TRACK}.
        [telecom] Your new plan costs {AMOUNT} per month from {TDATE}.
        Thanks for your patience!
        I have escalated this to our second line team.
        [airline] Check-in opens 24 hours before departure.
        [bank] The transfer of {AMOUNT} will be visible within 2 working days.
    """,
    "nl": """
        Ik ga het voor je nakijken.
        Mag ik ter verificatie uw geboortedatum?
        [airline] Kun je je boekingscode doorgeven?
        Op welk nummer kunnen we je het beste bereiken?
        Wat vervelend om te horen.
        [webshop] Je bestelling {ORDER} wordt op {TDATE} bezorgd.
        [webshop] De terugbetaling van {AMOUNT} is verwerkt.
        [airline] Je vlucht naar {DEST} vertrekt om {TIME}.
        [airline] Deze route wordt gevlogen met een {AIRCRAFT}.
        [telecom] Ik heb je lijn gereset, wil je de modem herstarten?
        Kan ik je nog ergens anders mee helpen?
        Een moment geduld alstublieft.
        {BRAND} zal nooit om je pincode vragen.
        [bank] Deel om veiligheidsredenen nooit je pasnummer in deze chat.
        [webshop] Het track & trace-nummer is {TRACK}.
        [telecom] Vanaf {TDATE} kost je nieuwe abonnement {AMOUNT} per maand.
        Bedankt voor je geduld!
        Ik heb dit doorgezet naar de tweede lijn.
        [airline] Inchecken kan vanaf 24 uur voor vertrek.
        [bank] De overboeking van {AMOUNT} is binnen 2 werkdagen zichtbaar.
    """,
    "nb": """
        Jeg skal sjekke det for deg.
        Kan du oppgi fødselsdatoen din for verifisering?
        [airline] Kan du sende meg bestillingsreferansen?
        Hvilket nummer kan vi nå deg på?
        Så leit å høre.
        [webshop] Ordren din {ORDER} blir levert {TDATE}.
        [webshop] Refusjonen på {AMOUNT} er behandlet.
        [airline] Flyet ditt til {DEST} går kl. {TIME}.
        [airline] Ruten flys med {AIRCRAFT}.
        [telecom] Jeg har tilbakestilt linjen, start modemet på nytt.
        Er det noe mer jeg kan hjelpe med?
        Et øyeblikk.
        {BRAND} ber aldri om PIN-koden din.
        [bank] Av sikkerhetshensyn: ikke del kortnummeret ditt i chatten.
        [webshop] Sporingsnummeret er {TRACK}.
        [telecom] Fra {TDATE} koster det nye abonnementet {AMOUNT} per måned.
        Takk for tålmodigheten!
        Jeg har sendt saken videre til andrelinjen.
        [airline] Innsjekking åpner 24 timer før avgang.
        [bank] Overføringen på {AMOUNT} vises innen 2 virkedager.
    """,
    "ru": """
        Сейчас проверю.
        Назовите, пожалуйста, дату рождения для проверки.
        [airline] Подскажите номер брони, пожалуйста.
        По какому номеру с вами удобно связаться?
        Очень жаль, что так получилось.
        [webshop] Ваш заказ {ORDER} будет доставлен {TDATE}.
        [webshop] Возврат {AMOUNT} оформлен.
        [airline] Ваш рейс в {DEST:acc} вылетает в {TIME}.
        [airline] На этом направлении летает {AIRCRAFT}.
        [telecom] Линия перезапущена, перезагрузите модем.
        Могу ещё чем-то помочь?
        Минуту, пожалуйста.
        {BRAND} никогда не запрашивает ПИН-код.
        [bank] В целях безопасности не отправляйте номер карты в чат.
        [webshop] Трек-номер: {TRACK}.
        [telecom] С {TDATE} новый тариф стоит {AMOUNT} в месяц.
        Спасибо за ожидание!
        Передали обращение на вторую линию.
        [airline] Регистрация открывается за 24 часа до вылета.
        [bank] Перевод {AMOUNT} поступит в течение 2 рабочих дней.
    """,
}

# ---------------------------------------------------------------------------------------
# template parsing and rendering
# ---------------------------------------------------------------------------------------

_SLOT_RE = re.compile(
    r"\{(?P<agr>G|AG):(?P<m>[^|{}]*)\|(?P<f>[^{}]*)\}"
    r"|\{(?P<name>[A-Z0-9]+)(?:\.(?P<g>[mf]))?(?::(?P<case>[a-z]+))?\}"
)


@dataclass(frozen=True)
class Template:
    text: str
    domains: frozenset | None

    def fits(self, domain: str) -> bool:
        return self.domains is None or domain in self.domains

    def negative_weight(self) -> float:
        """Templates with hard negatives are drawn more often than plain small talk."""
        names = [m.group("name") for m in _SLOT_RE.finditer(self.text)]
        return (
            1.0
            + 2.0 * sum(n in LOOKALIKES for n in names)
            + 0.5 * sum(n in ("ORDER", "TDATE", "AIRCRAFT", "DEST", "AMOUNT") for n in names)
        )

    def entity_types(self) -> set[str]:
        return {
            LABELLED[m.group("name")]
            for m in _SLOT_RE.finditer(self.text)
            if m.group("name") in LABELLED
        }


def parse_block(block: str) -> list[Template]:
    out = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        domains = None
        m = re.match(r"\[([a-z,]+)\]\s*", line)
        if m:
            domains = frozenset(m.group(1).split(","))
            assert domains <= set(DOMAINS), line
            line = line[m.end() :]
        for sm in _SLOT_RE.finditer(line):
            name = sm.group("name")
            assert sm.group("agr") or name in LABELLED or name in NEGATIVE, (name, line)
        out.append(Template(line, domains))
    return out


TEMPLATES = {
    lang: {
        "customer": {t: parse_block(b) for t, b in CUSTOMER_PII[lang].items()},
        "agent": {t: parse_block(b) for t, b in AGENT_PII[lang].items()},
        "customer_neutral": parse_block(CUSTOMER_NEUTRAL[lang]),
        "agent_neutral": parse_block(AGENT_NEUTRAL[lang]),
        "intro": parse_block(AGENT_INTRO[lang]),
        "intro_anon": parse_block(AGENT_INTRO_ANON[lang]),
        "signoff": parse_block(AGENT_SIGNOFF[lang]),
        "closer": parse_block(CUSTOMER_CLOSERS[lang]),
    }
    for lang in LANGS
}


class Conversation:
    """Per-conversation state: the people, the brand and the random source."""

    def __init__(self, rng: random.Random, lang: str, domain: str):
        self.rng, self.lang, self.domain = rng, lang, domain
        self.customer = make_person(rng, lang)
        self.agent = make_person(rng, lang)
        self.brand = rng.choice(BRANDS[(lang, domain)])
        self.email = make_email(rng, self.customer, lang)

    def value(self, name: str, gender: str | None, case: str | None) -> str:
        rng, lang, c = self.rng, self.lang, self.customer
        case = case or "nom"
        if name == "PER":
            return c.full(rng, case)
        if name == "PERF":
            return c.first_(case)
        if name == "PERL":
            return c.last_(case, standalone=True)
        if name == "PERFP":
            return f"{c.first_(case)} {c.pat_(case)}" if lang == "ru" else c.first
        if name == "PER3":
            if lang != "ru":
                return c.full(rng, case)
            return f"{c.last_(case)} {c.first_(case)} {c.pat_(case)}"
        if name == "AGENT":
            a = self.agent
            return a.first_(case) if rng.random() < 0.85 else f"{a.first_(case)} {a.last_(case)}"
        if name in ("OTHER", "OTHERF"):
            p = make_person(rng, lang, gender)
            return p.full(rng, case) if name == "OTHER" else p.first_(case)
        if name == "KINF":
            kin = Person(lang, "f", rng.choice(FIRST[lang]["f"]), c.last, "")
            return f"{kin.first_(case)} {kin.last_(case)}"
        if name == "EMAIL":
            return self.email if rng.random() < 0.6 else make_email(rng, c, lang)
        if name == "PHONE":
            return gen_phone(rng, lang)
        if name == "IBAN":
            return fmt_iban(rng, str(gen_iban(rng, lang)))
        if name == "KONTONR":
            return fmt_kontonr(rng, gen_kontonr(rng))
        if name == "RUACC":
            return gen_ruacc(rng)
        if name == "UKBANK":
            return gen_ukbank(rng)
        if name == "CARD":
            return fmt_card(rng, gen_card_digits(rng))
        if name == "CUSTNO":
            return gen_custno(rng)
        if name == "FB":
            return gen_fb(rng)
        if name == "EB":
            return gen_eb(rng)
        if name == "LOYAL":
            return gen_loyal(rng)
        if name == "DOB":
            return gen_dob(rng, lang)
        if name == "FLIGHT":
            return gen_flight(rng, lang)
        if name == "PNR":
            return gen_pnr(rng)
        if name == "TICKET":
            return gen_ticket(rng, lang)
        if name == "BSN":
            return fmt_bsn(rng, gen_bsn(rng))
        if name == "FNR":
            n = gen_fnr(rng)
            return rng.choice([n, n, fodselsnummer.format(n)])
        if name == "SNILS":
            return gen_snils(rng)
        if name == "INN":
            return gen_inn(rng)
        if name == "PASSPORT":
            return gen_passport(rng, lang)
        if name == "ZAGRAN":
            return gen_zagran(rng)
        if name == "ADDR":
            return gen_address(rng, lang)
        if name == "CITYRES":
            city = gen_city_res(rng, lang)
            return ru_city(city, case) if lang == "ru" else city
        if name in ("IP", "IP6"):
            return gen_ip(rng, v6=name == "IP6")
        # hard negatives
        if name == "ORDER":
            return gen_order(rng, lang)
        if name == "AMOUNT":
            return gen_amount(rng, lang)
        if name == "TDATE":
            return gen_tdate(rng, lang)
        if name == "TIME":
            return gen_time(rng, lang)
        if name == "AIRCRAFT":
            return rng.choice(AIRCRAFT)
        if name == "SKU":
            return gen_sku(rng)
        if name == "DEST":
            city = rng.choice(DESTINATIONS[lang])
            return ru_city(city, case) if lang == "ru" else city
        if name == "BADIBAN":
            return gen_bad_iban(rng, lang)
        if name == "BADCARD":
            return gen_bad_card(rng)
        if name == "BADBSN":
            return gen_bad_bsn(rng)
        if name == "BADFNR":
            return gen_bad_fnr(rng)
        if name == "TRACK":
            return gen_track(rng)
        if name == "CAPS":
            return rng.choice(CAPS[lang])
        if name == "BRAND":
            return self.brand
        raise KeyError(name)


# A part is (text, entity_type or None, negative kind or None)
Part = tuple[str, str | None, str | None]


def render(tpl: Template, conv: Conversation) -> list[Part]:
    parts: list[Part] = []
    pos = 0
    for m in _SLOT_RE.finditer(tpl.text):
        if m.start() > pos:
            parts.append((tpl.text[pos : m.start()], None, None))
        if m.group("agr"):
            person = conv.customer if m.group("agr") == "G" else conv.agent
            word = m.group("m") if person.gender == "m" else m.group("f")
            if word:
                parts.append((word, None, None))
        else:
            name = m.group("name")
            value = conv.value(name, m.group("g"), m.group("case"))
            assert value == value.strip() and value, (name, value)
            if name in LABELLED:
                parts.append((value, LABELLED[name], None))
            else:
                parts.append((value, None, name))
        pos = m.end()
    if pos < len(tpl.text):
        parts.append((tpl.text[pos:], None, None))
    return parts


def _ends_with_punct(parts: list[Part]) -> bool:
    return bool(parts) and parts[-1][0].rstrip()[-1:] in ".!?…:)😊👋"


def _finish_clause(parts: list[Part], rng: random.Random, role: str) -> list[Part]:
    """Vary the final punctuation of a clause."""
    parts = list(parts)
    if not parts:
        return parts
    last, etype, neg = parts[-1]
    literal = etype is None and neg is None
    if role == "agent":
        if not _ends_with_punct(parts):
            parts.append((".", None, None))
        return parts
    if literal and last[-1:] in ".!" and rng.random() < 0.35:
        parts[-1] = (last[:-1].rstrip(), None, None)
        if not parts[-1][0]:
            parts.pop()
        return parts
    if not _ends_with_punct(parts):
        r = rng.random()
        suffix = (
            "."
            if r < 0.35
            else "!"
            if r < 0.42
            else "!!"
            if r < 0.45
            else " :)"
            if r < 0.48
            else "..."
            if r < 0.52
            else ""
        )
        if suffix:
            parts.append((suffix, None, None))
    return parts


def _join(clauses: list[list[Part]], rng: random.Random) -> list[Part]:
    out: list[Part] = []
    for clause in clauses:
        if not clause:
            continue
        if out:
            after_comma = out[-1][0].endswith(",")
            sep = (
                " "
                if (_ends_with_punct(out) or after_comma)
                else rng.choice([". ", ", ", " - ", " ", "\n"])
            )
            out.append((sep, None, None))
            head, etype, neg = clause[0]
            if (
                (after_comma or sep == ", ")
                and etype is None
                and neg is None
                and not head[1:2].isupper()
            ):
                clause = [(head[:1].lower() + head[1:], None, None)] + clause[1:]
        out.extend(clause)
    return out


def _apply_style(parts: list[Part], rng: random.Random, role: str) -> list[Part]:
    if role != "customer":
        return parts
    style = rng.random()
    out = []
    if style < 0.12:  # all lower case, as people type on phones
        for text, etype, neg in parts:
            if etype is None and neg is None:
                text = text.lower()
            elif etype in ("PERSON", "LOCATION") and rng.random() < 0.5:
                text = text.lower()
            elif etype == "EMAIL_ADDRESS":
                text = text.lower()
            out.append((text, etype, neg))
        return out
    out = list(parts)
    head = out[0][0] if out and out[0][1] is None and out[0][2] is None else ""
    acronym = head[1:2].isupper()  # "IBAN", "ID", "PNR" keep their capitals
    if style < 0.45 and head[:1].isalpha() and not acronym:
        out[0] = (head[0].lower() + head[1:], None, None)
    elif head[:1].isalpha():
        out[0] = (head[0].upper() + head[1:], None, None)
    return out


def assemble(parts: list[Part]) -> tuple[str, list[dict], list[dict]]:
    """Concatenate parts, recording the offsets of every inserted value."""
    text, spans, negatives, pos = [], [], [], 0
    for chunk, etype, neg in parts:
        if etype:
            spans.append({"start": pos, "end": pos + len(chunk), "entity_type": etype})
        elif neg:
            negatives.append({"start": pos, "end": pos + len(chunk), "kind": neg})
        text.append(chunk)
        pos += len(chunk)
    return "".join(text), spans, negatives


TYPE_WEIGHT = {"PERSON": 1.0, "EMAIL_ADDRESS": 1.3, "PHONE_NUMBER": 1.3, "LOCATION": 1.3}


class Generator:
    def __init__(self, seed: int = 7):
        self.rng = random.Random(seed)
        self.counts: dict[str, Counter] = defaultdict(Counter)

    def _pick_pii(self, lang: str, role: str, domain: str) -> Template | None:
        pool = TEMPLATES[lang][role]
        avail = {t: [x for x in tpls if x.fits(domain)] for t, tpls in pool.items()}
        avail = {t: v for t, v in avail.items() if v}
        if not avail:
            return None
        types = sorted(avail)
        if self.rng.random() < 0.75:  # balance: the type that is furthest behind
            need = {t: self.counts[lang][t] / TYPE_WEIGHT.get(t, 1.0) for t in types}
            low = min(need.values())
            t = self.rng.choice([t for t in types if need[t] == low])
        else:
            t = self.rng.choice(types)
        return self.rng.choice(avail[t])

    def _pick(self, pool: list[Template], domain: str) -> Template:
        cands = [t for t in pool if t.fits(domain)]
        return self.rng.choices(cands, weights=[t.negative_weight() for t in cands])[0]

    def message(
        self,
        conv: Conversation,
        role: str,
        first_agent_turn: bool,
        last_turn: bool,
        first_turn: bool,
    ) -> tuple[str, list[dict], list[dict]]:
        rng, lang, T = self.rng, conv.lang, TEMPLATES[conv.lang]
        clauses: list[list[Part]] = []
        fixed: set[int] = set()  # clauses whose punctuation is left as written
        if role == "agent":
            body_needed = True
            if first_agent_turn and rng.random() < 0.8:
                pool = T["intro"] if rng.random() < 0.65 else T["intro_anon"]
                clauses.append(render(self._pick(pool, conv.domain), conv))
                fixed.add(len(clauses) - 1)
                body_needed = rng.random() < 0.35
            if body_needed:
                tpl = self._pick_pii(lang, "agent", conv.domain) if rng.random() < 0.5 else None
                tpl = tpl or self._pick(T["agent_neutral"], conv.domain)
                clauses.append(render(tpl, conv))
            if last_turn and rng.random() < 0.5:
                clauses.append(render(self._pick(T["signoff"], conv.domain), conv))
                fixed.add(len(clauses) - 1)
        else:
            if rng.random() < (0.35 if first_turn else 0.08):
                clauses.append([(rng.choice(CUSTOMER_OPENERS[lang]), None, None)])
                fixed.add(0)
            n_main = 2 if rng.random() < 0.4 else 1
            for i in range(n_main):
                p_pii = 0.8 if i == 0 else 0.55
                tpl = (
                    self._pick_pii(lang, "customer", conv.domain) if rng.random() < p_pii else None
                )
                tpl = tpl or self._pick(T["customer_neutral"], conv.domain)
                clauses.append(render(tpl, conv))
            if rng.random() < 0.12:
                clauses.append(render(self._pick(T["closer"], conv.domain), conv))
        clauses = [c if j in fixed else _finish_clause(c, rng, role) for j, c in enumerate(clauses)]
        parts = _apply_style(_join(clauses, rng), rng, role)
        text, spans, negatives = assemble(parts)
        for s in spans:
            self.counts[lang][s["entity_type"]] += 1
        return text, spans, negatives

    def corpus(self, n_messages: int = 4000) -> list[dict]:
        records: list[dict] = []
        conv_idx = 0
        while len(records) < n_messages:
            lang = LANGS[conv_idx % len(LANGS)]
            domain = DOMAINS[(conv_idx // len(LANGS)) % len(DOMAINS)]
            conv = Conversation(self.rng, lang, domain)
            conv_id = f"c{conv_idx + 1:05d}"
            k = self.rng.randint(4, 10)
            role = "customer" if self.rng.random() < 0.75 else "agent"
            seen_agent = False
            for i in range(k):
                text, spans, negatives = self.message(
                    conv,
                    role,
                    first_agent_turn=role == "agent" and not seen_agent,
                    last_turn=i == k - 1,
                    first_turn=i == 0,
                )
                seen_agent = seen_agent or role == "agent"
                records.append(
                    {
                        "id": f"{conv_id}-m{i + 1:02d}",
                        "conversation_id": conv_id,
                        "lang": lang,
                        "domain": domain,
                        "role": role,
                        "text": text,
                        "spans": spans,
                        "negatives": negatives,
                    }
                )
                role = "agent" if role == "customer" else "customer"
            conv_idx += 1
        return records


def generate(seed: int = 7, n_messages: int = 4000) -> list[dict]:
    """The corpus as a list of records (at least n_messages; whole conversations)."""
    return Generator(seed).corpus(n_messages)


def write_jsonl(records: list[dict], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def stats(records: list[dict]) -> dict:
    per_lang = Counter(r["lang"] for r in records)
    spans: dict[str, Counter] = defaultdict(Counter)
    for r in records:
        for s in r["spans"]:
            spans[s["entity_type"]][r["lang"]] += 1
    no_pii = sum(1 for r in records if not r["spans"])
    return {
        "messages": len(records),
        "conversations": len({r["conversation_id"] for r in records}),
        "messages_per_lang": dict(per_lang),
        "spans_per_type_lang": {t: dict(spans[t]) for t in ENTITY_TYPES},
        "share_without_pii": no_pii / len(records) if records else 0.0,
        "negatives": dict(Counter(n["kind"] for r in records for n in r.get("negatives", []))),
    }


def format_stats(st: dict) -> str:
    lines = [
        f"messages: {st['messages']} in {st['conversations']} conversations; "
        f"without personal data: {st['share_without_pii']:.1%}",
        "messages per language: "
        + ", ".join(f"{k} {st['messages_per_lang'].get(k, 0)}" for k in LANGS),
        f"{'entity type':<20}" + "".join(f"{k:>6}" for k in LANGS),
    ]
    for t in ENTITY_TYPES:
        row = st["spans_per_type_lang"][t]
        lines.append(f"{t:<20}" + "".join(f"{row.get(k, 0):>6}" for k in LANGS))
    lines.append(
        "hard negatives: " + ", ".join(f"{k} {v}" for k, v in sorted(st["negatives"].items()))
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--messages", type=int, default=4000, help="at least this many messages")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--stats", action="store_true", help="print per-type / per-language counts")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    records = generate(args.seed, args.messages)
    write_jsonl(records, args.out)
    took = time.perf_counter() - t0
    print(f"wrote {len(records)} messages to {args.out} in {took:.1f}s", file=sys.stderr)
    if args.stats:
        print(format_stats(stats(records)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
