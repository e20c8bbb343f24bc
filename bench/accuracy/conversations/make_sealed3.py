# ruff: noqa: E501  (hand-written phrasing, name and street tables)
"""Write sealed3.jsonl: the third sealed multi-turn conversation set (issue 13), written blind.

Written without reading privacyguard's rules, detector or the earlier generators and sets;
only the checksummed number generators and the offset-exact assembly of ``make_values`` are
imported. Names, streets, companies, domains, sectors and phrasings are this file's own.

    .venv/bin/python bench/accuracy/conversations/make_sealed3.py [--seed N] [--out PATH]
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_values import (  # noqa: E402
    E,
    N,
    Part,
    T,
    conversation_records,
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
    write_jsonl,
)

SEED = 20261206
PER_LANG = 156
LANGS = ("en", "nl", "nb", "ru")
Turn = tuple[str, list[Part]]

# ---------------------------------------------------------------------------------------
# people, places, companies (own lists; synthetic)
# ---------------------------------------------------------------------------------------

FIRST_M = {
    "en": [
        "Callum",
        "Rhys",
        "Idris",
        "Dominic",
        "Finlay",
        "Kieran",
        "Marcus",
        "Rohan",
        "Tobias",
        "Ewan",
        "Lachlan",
        "Declan",
    ],
    "nl": [
        "Gijs",
        "Stijn",
        "Maarten",
        "Bas",
        "Tygo",
        "Hidde",
        "Wessel",
        "Rik",
        "Floris",
        "Jelle",
        "Teun",
        "Siebe",
    ],
    "nb": [
        "Anders",
        "Trygve",
        "Sverre",
        "Halvard",
        "Olav",
        "Espen",
        "Runar",
        "Audun",
        "Geir",
        "Bjarte",
        "Ivar",
        "Lars-Erik",
    ],
    "ru": [
        "Григорий",
        "Константин",
        "Роман",
        "Тимофей",
        "Виктор",
        "Глеб",
        "Фёдор",
        "Степан",
        "Егор",
        "Леонид",
        "Борис",
        "Максим",
    ],
}
FIRST_F = {
    "en": [
        "Tamsin",
        "Niamh",
        "Imogen",
        "Priya",
        "Harriet",
        "Bethany",
        "Orla",
        "Zara",
        "Eleanor",
        "Lydia",
        "Megan",
        "Rosalind",
    ],
    "nl": [
        "Marloes",
        "Femke",
        "Roos",
        "Yara",
        "Iris",
        "Merel",
        "Jasmijn",
        "Esmee",
        "Mirjam",
        "Hanneke",
        "Tessa",
        "Willemijn",
    ],
    "nb": [
        "Ingeborg",
        "Sigrid",
        "Astrid",
        "Live",
        "Guro",
        "Randi",
        "Synnøve",
        "Tuva",
        "Vilde",
        "Brit",
        "Marit",
        "Anne-Lise",
    ],
    "ru": [
        "Вероника",
        "Дарья",
        "Алина",
        "Полина",
        "Людмила",
        "Зоя",
        "Маргарита",
        "Варвара",
        "Галина",
        "Кристина",
        "Вера",
        "Лариса",
    ],
}
LAST = {
    "en": [
        "Okafor",
        "Pennington",
        "Davenport",
        "McAllister",
        "Ridley",
        "Fenwick",
        "Baxter-Lowe",
        "O'Connell",
        "Whitmore",
        "Ainsworth",
        "Chaudhry",
        "Lockhart",
    ],
    "nl": [
        "van der Berg",
        "de Wit",
        "ten Brink",
        "Verhoeven",
        "van 't Hof",
        "Kok",
        "Dijkstra",
        "op den Kamp",
        "Schouten",
        "van Rijn",
        "Postma",
        "de Graaf-Huisman",
    ],
    "nb": [
        "Ødegård-Hansen",
        "Fossum",
        "Kvam",
        "Rønning",
        "Tveit",
        "Sæther",
        "Eide",
        "Myklebust",
        "Grønli",
        "Vik",
        "Aune",
        "Løvås",
    ],
    "ru": [
        "Захаров",
        "Тихонов",
        "Мельников",
        "Громов",
        "Баранов",
        "Крылов",
        "Суворов",
        "Жуков",
        "Комаров",
        "Ершов",
        "Карпов",
        "Щукин",
    ],
}
RU_PATRON = [
    "Андреевич",
    "Игоревич",
    "Олегович",
    "Викторович",
    "Сергеевич",
    "Павлович",
    "Юрьевич",
    "Николаевич",
]
AGENTS = {
    "en": ["Shauna", "Brendan", "Keely", "Nadia", "Joel"],
    "nl": ["Ruud", "Ilona", "Mehmet", "Dewi", "Karin"],
    "nb": ["Stine", "Jonas", "Helene", "Petter", "Amira"],
    "ru": ["Ирина", "Денис", "Оксана", "Артур", "Ульяна"],
}
TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "ch", "ш": "sh", "щ": "sch",
    "ы": "y", "э": "e", "ю": "yu", "я": "ya", "ь": "", "ъ": "", "ø": "o", "å": "aa", "æ": "ae",
    "'": "", " ": "", "-": "",
})  # fmt: skip
DOMAINS = {
    "en": ["proton.me", "hey.com", "sky.com", "talktalk.net", "gmx.co.uk"],
    "nl": ["planet.nl", "home.nl", "caiway.nl", "upcmail.nl", "live.nl"],
    "nb": ["getmail.no", "altibox.no", "broadpark.no", "frisurf.no", "icloud.com"],
    "ru": ["inbox.ru", "list.ru", "ya.ru", "internet.ru", "gmx.com"],
}
# (street, abbreviation) and (city, postcode)
STREETS = {
    "en": [("Rosebery Road", "Rosebery Rd"), ("Hawthorn Crescent", "Hawthorn Cres"), ("Quarry Lane", "Quarry Ln"),
           ("Albion Street", "Albion St"), ("Westfield Avenue", "Westfield Ave"), ("Larch Drive", "Larch Dr"),
           ("Tannery Court", "Tannery Ct"), ("Beacon Hill", "Beacon Hill")],
    "nl": [("Zonnebloemstraat", "Zonnebloemstr."), ("Burgemeester Visserlaan", "Burg. Visserlaan"), ("Eikenhof", "Eikenhof"),
           ("Oude Gracht", "Oudegracht"), ("Kastanjelaan", "Kastanjeln"), ("Weverstraat", "Weverstr."),
           ("Dokter Lelylaan", "Dr. Lelylaan"), ("Sluisweg", "Sluisweg")],
    "nb": [("Tollbugata", "Tollbugt."), ("Fagerliveien", "Fagerliveien"), ("Nedre Slottsgate", "Nedre Slottsgt."),
           ("Bekkestien", "Bekkestien"), ("Lyngveien", "Lyngvn."), ("Kongsveien", "Kongsvn."),
           ("Hammerstads gate", "Hammerstads gt."), ("Myrvegen", "Myrvegen")],
    "ru": [("улица Баумана", "ул. Баумана"), ("проспект Победы", "пр-т Победы"), ("улица Некрасова", "ул Некрасова"),
           ("Липовая улица", "Липовая ул."), ("улица Толстого", "ул. Толстого"), ("переулок Гоголя", "пер. Гоголя"),
           ("Заречная улица", "Заречная ул."), ("бульвар Строителей", "б-р Строителей")],
}  # fmt: skip
CITIES = {
    "en": [("Durham", "DH1 3LE"), ("Exeter", "EX4 6PX"), ("Chester", "CH1 2HS"), ("Lincoln", "LN2 1PF"), ("Stirling", "FK8 2ET"), ("Swansea", "SA1 5DZ")],
    "nl": [("Amersfoort", "3811 KB"), ("Deventer", "7411 JP"), ("Groningen", "9712 HW"), ("Nijmegen", "6511 PK"), ("Alkmaar", "1811 LH"), ("Tilburg", "5038 TA")],
    "nb": [("Fredrikstad", "1606"), ("Ålesund", "6002"), ("Bodø", "8006"), ("Lillehammer", "2609"), ("Kristiansand", "4612"), ("Molde", "6413")],
    "ru": [("Ярославль", "150000"), ("Воронеж", "394036"), ("Калуга", "248000"), ("Иркутск", "664003"), ("Владимир", "600000"), ("Тула", "300041")],
}  # fmt: skip
DESTS = {
    "en": ["Faro", "Reykjavik", "Belfast", "Prague", "Kraków", "Santander", "Jersey"],
    "nl": ["Texel", "Ameland", "Harwich", "Hull", "Napels", "Porto", "Bonaire"],
    "nb": ["Kiel", "Frederikshavn", "Hirtshals", "Svalbard", "Malaga", "Riga", "Stavanger"],
    "ru": ["Калининград", "Мурманск", "Ереван", "Тбилиси", "Сочи", "Владивосток", "Алматы"],
}  # fmt: skip
COMPANIES = {
    "car_rental": {"en": "Motorway Hire", "nl": "AutoVrij Verhuur", "nb": "Fjordbil Utleie", "ru": "ПрокатАвто"},
    "dentist": {"en": "Bridgegate Dental", "nl": "Tandartspraktijk De Molen", "nb": "Smil Tannklinikk", "ru": "Стоматология «Жемчуг»"},
    "ferry": {"en": "Channel Link Ferries", "nl": "Waddenveer", "nb": "Nordkyst Ferjer", "ru": "Балтпаром"},
    "gym": {"en": "IronWorks Gym", "nl": "SportCity Fit", "nb": "Treningshuset", "ru": "ФитнесЛайн"},
    "pharmacy": {"en": "Wellside Pharmacy", "nl": "Apotheek Zonnehof", "nb": "Fjellapoteket", "ru": "Аптека «Здоровье+»"},
    "mobile": {"en": "Vantage Mobile", "nl": "Belnet Mobiel", "nb": "Signalnett", "ru": "СвязьПлюс"},
    "bank": {"en": "Northgate Bank", "nl": "Noorderbank", "nb": "Vestlandsbanken", "ru": "Банк «Рассвет»"},
    "airline": {"en": "Albatross Airways", "nl": "Zeemeeuw Air", "nb": "Polarfly", "ru": "Авиалинии «Север»"},
    "hotel": {"en": "The Greyfriars Hotel", "nl": "Hotel De Gouden Leeuw", "nb": "Fjordhotellet", "ru": "Отель «Волга»"},
    "school": {"en": "St Aidan's Primary", "nl": "Basisschool De Regenboog", "nb": "Skogly skole", "ru": "Школа № 17"},
    "municipality": {"en": "Riverside Council", "nl": "Gemeente Lingewaard", "nb": "Nordfjord kommune", "ru": "МФЦ «Мои документы»"},
}  # fmt: skip
SECTORS = list(COMPANIES)
# what each sector asks for
SECTOR_TYPES = {
    "car_rental": ["BOOKING_REFERENCE", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "CUSTOMER_NUMBER", "PERSON"],
    "dentist": ["DATE_OF_BIRTH", "PHONE_NUMBER", "NATIONAL_ID", "CUSTOMER_NUMBER", "EMAIL_ADDRESS"],
    "ferry": ["BOOKING_REFERENCE", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "PASSPORT"],
    "gym": ["CUSTOMER_NUMBER", "BANK", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "pharmacy": ["DATE_OF_BIRTH", "NATIONAL_ID", "PHONE_NUMBER", "CUSTOMER_NUMBER", "PERSON"],
    "mobile": ["CUSTOMER_NUMBER", "PHONE_NUMBER", "BANK", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    "bank": ["CUSTOMER_NUMBER", "BANK", "DATE_OF_BIRTH", "NATIONAL_ID", "PHONE_NUMBER"],
    "airline": ["BOOKING_REFERENCE", "PASSPORT", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "CUSTOMER_NUMBER", "PHONE_NUMBER"],
    "hotel": ["BOOKING_REFERENCE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "PERSON"],
    "school": ["DATE_OF_BIRTH", "NATIONAL_ID", "PHONE_NUMBER", "EMAIL_ADDRESS", "PERSON"],
    "municipality": ["NATIONAL_ID", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "PERSON"],
}  # fmt: skip
TRAVEL_SECTORS = {"airline", "ferry"}

# ---------------------------------------------------------------------------------------
# value writers
# ---------------------------------------------------------------------------------------

MON_FULL = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "nb": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
}  # fmt: skip
MON_ABBR = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"],
    "nl": ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."],
    "nb": ["jan.", "feb.", "mar.", "apr.", "mai", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "des."],
    "ru": ["янв.", "фев.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."],
}  # fmt: skip


def ordinal(d: int) -> str:
    suf = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return f"{d}{suf}"


def write_date(rng: random.Random, lang: str, d: int, m: int, y: int) -> str:
    """A date in one of the ways people in ``lang`` write it (no surrounding words)."""
    yy = f"{y % 100:02d}"
    full, ab = MON_FULL[lang][m - 1], MON_ABBR[lang][m - 1]
    forms = {
        "en": [f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{yy}", f"{d} {ab} {y}", f"{ordinal(d)} {full} {y}",
               f"{full} {ordinal(d)}, {y}", f"{y}-{m:02d}-{d:02d}", f"{d} {ab.lower()} {yy}", f"{d}.{m}.{y}",
               f"{ordinal(d)} of {ab.lower()} {y}"],
        "nl": [f"{d:02d}-{m:02d}-{y}", f"{d} {ab} {y}", f"{d} {full} {y}", f"{d:02d}/{m:02d}/{yy}",
               f"{y}-{m:02d}-{d:02d}", f"{d}-{m}-'{yy}", f"{d}/{m}/{y}", f"{d} {full} '{yy}"],
        "nb": [f"{d:02d}.{m:02d}.{y}", f"{d}. {full} {y}", f"{d}. {ab} {yy}", f"{d:02d}.{m:02d}.{yy}",
               f"{y}-{m:02d}-{d:02d}", f"{d}/{m}-{yy}", f"{d}/{m} {y}", f"{d}.{full[:3]}.{y}"],
        "ru": [f"{d:02d}.{m:02d}.{y}", f"{d} {full} {y}", f"{d} {ab} {y}", f"{d:02d}.{m:02d}.{yy}",
               f"{y}-{m:02d}-{d:02d}", f"{d}.{m}.{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {full} {y} г."],
    }  # fmt: skip
    return rng.choice(forms[lang])


def dob(rng: random.Random, lang: str, young: bool = False) -> str:
    y = rng.randint(2009, 2019) if young else rng.randint(1941, 2004)
    return write_date(rng, lang, rng.randint(1, 28), rng.randint(1, 12), y)


def later_date(rng: random.Random, lang: str) -> str:
    return write_date(rng, lang, rng.randint(1, 28), rng.randint(1, 12), rng.choice([2026, 2027]))


def booking(rng: random.Random, sector: str) -> str:
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    dg = "23456789"
    s = rng.randint(0, 3)
    if s == 0 or sector in TRAVEL_SECTORS and s < 3:
        while True:
            v = "".join(rng.choice(al + dg) for _ in range(6))
            if any(c in dg for c in v) and sum(c in al for c in v) >= 2:
                return v
    if s == 1:
        return "".join(rng.choice(al) for _ in range(3)) + "-" + digits(rng, 4)
    if s == 2:
        return "".join(rng.choice(al) for _ in range(2)) + digits(rng, 6)
    return rng.choice(al) + digits(rng, 3) + rng.choice(al) + rng.choice(al) + digits(rng, 2)


def cust_no(rng: random.Random) -> str:
    s = rng.randint(0, 4)
    if s == 0:
        return digits(rng, 8)
    if s == 1:
        v = digits(rng, 9)
        return f"{v[:3]}-{v[3:6]}-{v[6:]}"
    if s == 2:
        return digits(rng, 10)
    if s == 3:
        v = digits(rng, 8)
        return f"{v[:4]} {v[4:]}"
    return digits(rng, 7)


def nat_id(rng: random.Random, lang: str) -> str:
    if lang == "nl":
        v = nl_bsn(rng)
        return rng.choice([v, f"{v[:4]}.{v[4:6]}.{v[6:]}", f"{v[:3]} {v[3:6]} {v[6:]}"])
    if lang == "nb":
        v, _ = no_fnr(rng)
        return rng.choice([v, f"{v[:6]} {v[6:]}"])
    if lang == "ru":
        return ru_inn(rng) if rng.random() < 0.5 else ru_snils(rng)
    raise ValueError(lang)


def bank(rng: random.Random, lang: str) -> tuple[str, str]:
    """(type, value) of a bank account the way it is given in ``lang``."""
    if lang == "nl":
        v = iban(rng, "NL")
        return "IBAN_CODE", v if rng.random() < 0.6 else v.replace(" ", "")
    if lang == "en":
        if rng.random() < 0.5:
            return "IBAN_CODE", iban(rng, "GB")
        return (
            "BANK_ACCOUNT",
            f"{digits(rng, 2)}-{digits(rng, 2, False)}-{digits(rng, 2, False)} {digits(rng, 8)}",
        )
    if lang == "nb":
        if rng.random() < 0.3:
            return "IBAN_CODE", iban(rng, "NO")
        v = no_kontonr(rng)
        return "BANK_ACCOUNT", rng.choice(
            [v, f"{v[:4]}.{v[4:6]}.{v[6:]}", f"{v[:4]} {v[4:6]} {v[6:]}"]
        )
    v = ru_account(rng)
    return "BANK_ACCOUNT", rng.choice([v, f"{v[:5]} {v[5:8]} {v[8]} {v[9:13]} {v[13:]}"])


def phone_no(rng: random.Random, lang: str) -> str:
    v = phone(rng, lang)
    if rng.random() < 0.2:
        return v.replace(" ", "").replace("-", "")
    return v


@dataclass
class Person:
    first: str
    last: str
    female: bool
    patron: str = ""

    def full(self, rng: random.Random, lang: str) -> str:
        if lang == "ru":
            return rng.choice(
                [
                    f"{self.first} {self.last}",
                    f"{self.last} {self.first} {self.patron}",
                    f"{self.first} {self.patron} {self.last}",
                    f"{self.last} {self.first[0]}. {self.patron[0]}.",
                ]
            )
        r = rng.random()
        if r < 0.15:
            return f"{self.first[0]}. {self.last}"
        if r < 0.22 and lang in ("nl", "en"):
            return f"{self.first[0]}.{rng.choice('ABCDEFHJKLMPW')}. {self.last}"
        return f"{self.first} {self.last}"


def new_person(rng: random.Random, lang: str, last: str | None = None) -> Person:
    female = rng.random() < 0.5
    first = rng.choice((FIRST_F if female else FIRST_M)[lang])
    surname = last or rng.choice(LAST[lang])
    patron = ""
    if lang == "ru":
        base = surname[:-1] if surname.endswith("а") else surname
        surname = base + "а" if female else base
        patron = rng.choice(RU_PATRON)
        if female:
            patron = patron[:-2] + "на"
    return Person(first, surname, female, patron)


def email_local(rng: random.Random, p: Person) -> list[str]:
    f, la = p.first.lower().translate(TRANSLIT), p.last.lower().translate(TRANSLIT)
    s = rng.randint(0, 4)
    return [[f, la], [f[0] + la], [la, f[:3]], [f + str(rng.randint(70, 99))], [f, la[0]]][s]


def address(rng: random.Random, lang: str, lower: bool = True) -> str:
    (street, abbr), (city, pc) = rng.choice(STREETS[lang]), rng.choice(CITIES[lang])
    st = abbr if rng.random() < 0.4 else street
    no = rng.randint(1, 160)
    if lang == "en":
        s = rng.choice(
            [
                f"{no} {st}, {city} {pc}",
                f"flat {rng.randint(1, 12)}{rng.choice(['', 'b'])}, {no} {st}, {city}, {pc}",
                f"{no} {st} {pc}",
                f"{no} {st}\n{city}\n{pc}",
                f"{no}a {st}, {city}",
            ]
        )
    elif lang == "nl":
        pcs = pc.replace(" ", "") if rng.random() < 0.5 else pc
        add = rng.choice(["", "", "a", "-2", " hs", " bis", "-III"])
        s = rng.choice(
            [
                f"{st} {no}{add} {pcs} {city}",
                f"{st} {no}{add}, {city}",
                f"{pcs} {no}{add}",
                f"{st} {no}{add}\n{pcs} {city}",
                f"{st} {no}{add}, {pcs}, {city}",
            ]
        )
    elif lang == "nb":
        add = rng.choice(["", "", "B", " H0201", "a"])
        s = rng.choice(
            [
                f"{st} {no}{add}, {pc} {city}",
                f"{st} {no}{add} {pc} {city}",
                f"{st} {no}{add}, {city}",
                f"{st} {no}{add}\n{pc} {city}",
            ]
        )
    else:
        kv = rng.randint(1, 220)
        s = rng.choice(
            [
                f"г. {city}, {st}, д. {no}, кв. {kv}",
                f"{pc} {city} {st} {no}-{kv}",
                f"{city}, {st} {no}, корп. {rng.randint(1, 4)}, кв {kv}",
                f"{st}, {no}, кв. {kv}, {city}",
                f"{pc}, {city}, {st}, дом {no}",
            ]
        )
    return s.lower() if lower else s


# ---------------------------------------------------------------------------------------
# negatives
# ---------------------------------------------------------------------------------------


def amount(rng: random.Random, lang: str) -> str:
    a, c = rng.randint(8, 1900), rng.randint(0, 99)
    return rng.choice({
        "en": [f"£{a}.{c:02d}", f"£{a}", f"{a} quid", f"£ {a}.{c:02d}"],
        "nl": [f"€ {a},{c:02d}", f"€{a},-", f"{a} euro", f"EUR {a},{c:02d}"],
        "nb": [f"{a} kr", f"kr {a},-", f"NOK {a}", f"{a},{c:02d} kroner"],
        "ru": [f"{a} руб.", f"{a} ₽", f"{a * 10} рублей", f"{a},{c:02d} р."],
    }[lang])  # fmt: skip


def clock(rng: random.Random, lang: str) -> str:
    h, m = rng.randint(6, 22), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, 55])
    return rng.choice({
        "en": [f"{h:02d}:{m:02d}", f"{(h - 1) % 12 + 1}.{m:02d}{'pm' if h >= 12 else 'am'}", f"{h}:{m:02d}"],
        "nl": [f"{h:02d}:{m:02d}", f"{h}.{m:02d} uur", f"{h}:{m:02d}"],
        "nb": [f"{h:02d}:{m:02d}", f"{h:02d}.{m:02d}", f"{h}.{m:02d}"],
        "ru": [f"{h:02d}:{m:02d}", f"{h}.{m:02d}", f"{h}:{m:02d}"],
    }[lang])  # fmt: skip


def seat(rng: random.Random) -> str:
    return f"{rng.randint(1, 38)}{rng.choice('ABCDEF')}"


def product(rng: random.Random) -> str:
    return rng.choice(
        [
            f"SKU-{digits(rng, 5)}",
            f"{digits(rng, 4)}-{digits(rng, 3)}",
            f"PX{digits(rng, 4)}{rng.choice('ABC')}",
            f"art. {digits(rng, 6)}",
            f"{rng.choice('ABCDEFG')}{rng.choice('ABCDEFG')}-{digits(rng, 3)}-{digits(rng, 2)}",
        ]
    )


def order_no(rng: random.Random) -> str:
    return rng.choice(
        [
            f"#{digits(rng, 7)}",
            f"WO-{digits(rng, 6)}",
            f"{digits(rng, 4)}-{digits(rng, 5)}",
            f"BST{digits(rng, 8)}",
            f"A{digits(rng, 9)}",
            digits(rng, 8),
        ]
    )


def tracking(rng: random.Random) -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return rng.choice(
        [
            f"{rng.choice(L)}{rng.choice(L)}{digits(rng, 9)}{rng.choice(['GB', 'NL', 'NO', 'RU'])}",
            f"3S{''.join(rng.choice(L) for _ in range(4))}{digits(rng, 9)}",
            f"1Z{digits(rng, 3)}{rng.choice(L)}{rng.choice(L)}{digits(rng, 11)}",
            f"JJD{digits(rng, 15)}",
            f"{digits(rng, 14)}",
        ]
    )


def neg_value(rng: random.Random, lang: str, kind: str) -> str:
    return {
        "amount": lambda: amount(rng, lang), "time": lambda: clock(rng, lang), "seat": lambda: seat(rng),
        "product_code": lambda: product(rng), "order_number": lambda: order_no(rng), "tracking_number": lambda: tracking(rng),
        "travel_date": lambda: later_date(rng, lang), "destination": lambda: rng.choice(DESTS[lang]),
    }[kind]()  # fmt: skip


# side remarks carrying negatives, by sector (customer) -- {a} {t} {d} {dest} {seat} {p} {o} {tr}
OPENERS = {
    "car_rental": {
        "en": [
            "hi, I picked up a car on {d} and the deposit of {a} still hasn't come back",
            "need to move my pickup to {d} at {t} if poss",
        ],
        "nl": [
            "hoi, ik heb op {d} een auto gehuurd en de borg van {a} is nog steeds niet terug",
            "kan ik de ophaaltijd verzetten naar {t} op {d}?",
        ],
        "nb": [
            "hei, jeg hentet bil {d} og depositumet på {a} er ikke tilbakeført",
            "kan jeg flytte hentingen til {d} kl {t}?",
        ],
        "ru": [
            "здравствуйте, я брал машину {d}, а залог {a} так и не вернули",
            "можно перенести получение на {d} в {t}?",
        ],
    },
    "dentist": {
        "en": [
            "hello, I'd like to move my check-up on {d} at {t}",
            "hiya, got charged {a} for a filling, is that right?",
        ],
        "nl": [
            "goedemiddag, ik wil mijn controle van {d} om {t} verzetten",
            "ik kreeg een rekening van {a} voor een vulling??",
        ],
        "nb": [
            "hei! må flytte timen min {d} kl. {t}",
            "fikk en regning på {a} for en fylling, stemmer det?",
        ],
        "ru": [
            "добрый день, хочу перенести приём {d} в {t}",
            "мне выставили {a} за пломбу, это правильно?",
        ],
    },
    "ferry": {
        "en": [
            "we're crossing to {dest} on {d}, the {t} sailing, can I add a cabin?",
            "booked the {t} to {dest} for {a} but need another date",
        ],
        "nl": [
            "we gaan op {d} met de boot van {t} naar {dest}, kan er een hut bij?",
            "ik had de overtocht naar {dest} om {t} geboekt voor {a}",
        ],
        "nb": [
            "vi skal med ferja til {dest} {d}, avgang {t}, kan vi få lugar?",
            "har bestilt overfart til {dest} kl {t} for {a}, må endre dato",
        ],
        "ru": [
            "мы плывём в {dest} {d}, рейс в {t}, можно добавить каюту?",
            "купил билеты в {dest} на {t} за {a}, нужно поменять дату",
        ],
    },
    "gym": {
        "en": [
            "hey I want to freeze my membership from {d}, paying {a} a month atm",
            "the {t} spin class keeps getting cancelled",
        ],
        "nl": [
            "hallo, ik wil mijn abonnement van {a} per maand pauzeren vanaf {d}",
            "de spinningles van {t} gaat steeds niet door",
        ],
        "nb": [
            "hei, vil fryse medlemskapet fra {d}, betaler {a} i mnd nå",
            "timen kl {t} blir avlyst hele tiden",
        ],
        "ru": [
            "привет, хочу заморозить абонемент с {d}, плачу {a} в месяц",
            "занятие в {t} постоянно отменяют",
        ],
    },
    "pharmacy": {
        "en": [
            "hi, ordered {p} online (order {o}) and it's not arrived",
            "is {p} in stock? it was {a} last time",
        ],
        "nl": [
            "hallo, ik heb {p} besteld (bestelling {o}) maar nog niets ontvangen",
            "hebben jullie {p} op voorraad? vorige keer {a}",
        ],
        "nb": [
            "hei, bestilte {p} på nett, ordre {o}, har ikke kommet",
            "har dere {p} inne? kostet {a} sist",
        ],
        "ru": [
            "здравствуйте, заказала {p} на сайте, заказ {o}, до сих пор нет",
            "есть в наличии {p}? в прошлый раз было {a}",
        ],
    },
    "mobile": {
        "en": [
            "my new phone ({p}) was sent with tracking {tr} but nothing yet",
            "why is my bill {a} this month??",
        ],
        "nl": [
            "mijn nieuwe toestel ({p}) is verstuurd met track & trace {tr} maar nog niks",
            "waarom is mijn rekening {a} deze maand?",
        ],
        "nb": [
            "ny telefon ({p}) ble sendt med sporingsnummer {tr}, men ingenting har kommet",
            "hvorfor er regningen {a} denne mnd?",
        ],
        "ru": [
            "новый телефон ({p}) отправили, трек {tr}, но ничего нет",
            "почему счёт {a} в этом месяце?",
        ],
    },
    "bank": {
        "en": [
            "there's a payment of {a} on {d} I don't recognise",
            "card got stuck in the machine at {t} today",
        ],
        "nl": [
            "er staat een afschrijving van {a} op {d} die ik niet herken",
            "mijn pas is om {t} ingeslikt door de automaat",
        ],
        "nb": [
            "det er trukket {a} {d} som jeg ikke kjenner igjen",
            "kortet ble slukt av minibanken kl {t} i dag",
        ],
        "ru": ["списали {a} {d}, я эту операцию не делал", "карту зажевал банкомат сегодня в {t}"],
    },
    "airline": {
        "en": [
            "flying to {dest} on {d}, can I change from {seat} to a window?",
            "my flight at {t} to {dest} got cancelled, rebooking fee was {a}",
        ],
        "nl": [
            "we vliegen op {d} naar {dest}, kan ik van stoel {seat} naar het raam?",
            "mijn vlucht van {t} naar {dest} is geannuleerd",
        ],
        "nb": [
            "skal fly til {dest} {d}, kan jeg bytte fra sete {seat}?",
            "flyet mitt kl {t} til {dest} ble kansellert",
        ],
        "ru": [
            "летим в {dest} {d}, можно поменять место {seat} на окно?",
            "мой рейс в {t} в {dest} отменили",
        ],
    },
    "hotel": {
        "en": [
            "we're staying from {d}, arriving around {t}, can we get a late checkout?",
            "was charged {a} for the minibar, we didn't use it",
        ],
        "nl": [
            "we verblijven vanaf {d}, aankomst rond {t}, kan laat uitchecken?",
            "er is {a} voor de minibar afgeschreven",
        ],
        "nb": [
            "vi bor hos dere fra {d}, kommer ca {t}, går det med sen utsjekk?",
            "ble trukket {a} for minibaren",
        ],
        "ru": [
            "мы заезжаем {d}, приедем около {t}, можно поздний выезд?",
            "с нас сняли {a} за мини-бар",
        ],
    },
    "school": {
        "en": [
            "hi, about the trip on {d}, the {a} payment, when's it due?",
            "pick-up is at {t} on friday right?",
        ],
        "nl": [
            "hoi, over het schoolreisje op {d}, wanneer moet de {a} betaald zijn?",
            "ophalen is om {t} vrijdag toch?",
        ],
        "nb": ["hei, angående turen {d}, når skal de {a} betales?", "henting er kl {t} på fredag?"],
        "ru": [
            "здравствуйте, по поводу экскурсии {d}, когда сдать {a}?",
            "забирать в {t} в пятницу?",
        ],
    },
    "municipality": {
        "en": [
            "we're moving on {d} and need to register, is there a fee? saw {a}",
            "appointment at {t}, do I need to bring anything",
        ],
        "nl": [
            "we verhuizen op {d}, moet ik me inschrijven? kost het {a}?",
            "ik heb een afspraak om {t}, wat moet ik meenemen",
        ],
        "nb": [
            "vi flytter {d} og må melde flytting, koster det {a}?",
            "har time kl {t}, hva må jeg ta med",
        ],
        "ru": [
            "мы переезжаем {d}, нужно оформить регистрацию, пошлина {a}?",
            "у меня запись на {t}, что взять с собой",
        ],
    },
}
KIND_OF_SLOT = {"a": "amount", "t": "time", "d": "travel_date", "dest": "destination", "seat": "seat",
                "p": "product_code", "o": "order_number", "tr": "tracking_number"}  # fmt: skip
# extra remarks of one negative kind each, anywhere in a chat
REMARKS = {
    "amount": {"en": ["and the total was {a}", "they quoted me {a} for that"], "nl": ["en het totaal was {a}", "ze rekenden {a}"],
               "nb": ["totalt ble det {a}", "de sa det kostet {a}"], "ru": ["итого было {a}", "мне сказали, что будет {a}"]},
    "time": {"en": ["I'm free after {t}", "can you call back at {t}?"], "nl": ["ik ben vrij na {t}", "kun je om {t} terugbellen?"],
             "nb": ["jeg er ledig etter {t}", "kan dere ringe tilbake kl {t}?"], "ru": ["я свободна после {t}", "перезвоните в {t}?"]},
    "seat": {"en": ["we had seats {seat} and {seat2}", "can I keep {seat}?"], "nl": ["we hadden stoel {seat} en {seat2}", "mag ik {seat} houden?"],
             "nb": ["vi hadde sete {seat} og {seat2}", "kan jeg beholde {seat}?"], "ru": ["у нас были места {seat} и {seat2}", "можно оставить {seat}?"]},
    "product_code": {"en": ["it's item {p} on the website", "the box says {p}"], "nl": ["het is artikel {p} op de site", "op de doos staat {p}"],
                     "nb": ["det er vare {p} på nettsida", "på esken står det {p}"], "ru": ["на сайте это товар {p}", "на коробке написано {p}"]},
    "tracking_number": {"en": ["the courier gave me {tr}", "tracking says {tr} delivered?? it wasn't"], "nl": ["de bezorger gaf me {tr}", "volgens {tr} bezorgd?? niet dus"],
                        "nb": ["sporing {tr} sier levert, men nei", "fikk {tr} fra budet"], "ru": ["курьер дал номер {tr}", "по треку {tr} доставлено, но нет"]},
    "order_number": {"en": ["the order was {o} btw", "not sure if it matters but order {o}"], "nl": ["de bestelling was {o} trouwens", "bestelnummer {o} als dat helpt"],
                     "nb": ["ordren var {o} forresten", "ordrenr {o} hvis det hjelper"], "ru": ["заказ был {o}, кстати", "номер заказа {o}, если надо"]},
    "travel_date": {"en": ["we come back on {d}", "ideally before {d}"], "nl": ["we komen {d} terug", "het liefst voor {d}"],
                    "nb": ["vi kommer tilbake {d}", "helst før {d}"], "ru": ["вернёмся {d}", "желательно до {d}"]},
    "destination": {"en": ["we're off to {dest} after that", "my sister lives in {dest}"], "nl": ["daarna gaan we naar {dest}", "mijn zus woont in {dest}"],
                    "nb": ["etterpå skal vi til {dest}", "søsteren min bor i {dest}"], "ru": ["потом едем в {dest}", "сестра живёт в {dest}"]},
}  # fmt: skip


def fill(rng: random.Random, lang: str, template: str) -> list[Part]:
    """Fill a remark template's negative slots with fresh values."""
    slots: dict[str, Part] = {}
    for key in ("a", "t", "d", "dest", "seat", "seat2", "p", "o", "tr"):
        if "{" + key + "}" in template:
            kind = KIND_OF_SLOT.get(key, "seat")
            slots[key] = N(neg_value(rng, lang, kind), kind)
    return T(template, **slots)


# ---------------------------------------------------------------------------------------
# agent questions, plain cues, chatter (own phrasings, some with typos)
# ---------------------------------------------------------------------------------------

Q = {
    "BOOKING_REFERENCE": {
        "en": ["What's the booking reference?", "could you give me your booking ref pls", "Do you have the confirmation code to hand?", "and the reservaton number?", "Which booking is it, what's the code on your confirmation?"],
        "nl": ["Wat is uw reserveringsnummer?", "heb je de boekingscode bij de hand?", "Mag ik het reserveringsnr. even?", "Welke code staat er op je bevestiging?", "wat is de boekings code?"],
        "nb": ["Hva er bestillingsnummeret?", "har du referansen fra bekreftelsen?", "Kan jeg få bookingnummeret ditt?", "hva står det av kode på bekreftelsen?", "Hvilket reservasjonsnummer gjelder det?"],
        "ru": ["Назовите, пожалуйста, номер бронирования.", "какой у вас код брони?", "Подскажите номер брони из письма", "номер бронировнаия пришлите пожалуйста", "Какой код указан в подтверждении?"],
    },
    "CUSTOMER_NUMBER": {
        "en": ["Can I take your account number please?", "what's your membership no.?", "Could you confirm your customer ID?", "whats the account number on your bill", "Do you know your patient number?"],
        "nl": ["Wat is uw klantnummer?", "mag ik je lidnummer?", "Wat is het relatienummer dat op de factuur staat?", "heeft u uw klantnr bij de hand?", "Wat is je pasnummer van de club?"],
        "nb": ["Hva er kundenummeret ditt?", "kan du oppgi medlemsnummeret?", "Har du kundenr. for hånden?", "hva er kundenummeret som står på fakturaen?", "Medlemsnummer?"],
        "ru": ["Назовите номер договора, пожалуйста", "какой у вас номер клиента?", "Подскажите номер карты лояльности", "номер лицевого счёта можно?", "Ваш клиентский номер?"],
    },
    "DATE_OF_BIRTH": {
        "en": ["And your date of birth?", "Can you confirm the DOB please", "when were you born?", "date of birth for the main driver?", "What's the date of birth on the account?"],
        "nl": ["Wat is uw geboortedatum?", "en je geboortedatum?", "Wanneer bent u geboren?", "Mag ik de geboortedatum van de patiënt?", "geboortedatum graag"],
        "nb": ["Hva er fødselsdatoen din?", "Når er du født?", "fødselsdato?", "Kan du bekrefte fødselsdatoen?", "Og fødselsdagen til eleven?"],
        "ru": ["Ваша дата рождения?", "Когда вы родились?", "подскажите дату рождения", "Дата рождения пациента?", "назовите дату рождения, пожалуйста"],
    },
    "PASSPORT": {
        "en": ["What's your passport number?", "can I have the passport no. for the booking", "Passport number please, as it appears on the document", "and the passprot number?"],
        "nl": ["Wat is uw paspoortnummer?", "mag ik het nummer van je paspoort?", "Paspoortnr. graag", "wat is het documentnummer van het paspoort?"],
        "nb": ["Hva er passnummeret?", "kan du gi meg nummeret i passet?", "Passnr. takk", "hva er passnummeret til den reisende?"],
        "ru": ["Номер загранпаспорта?", "укажите номер паспорта, пожалуйста", "Серия и номер паспорта?", "номер загран паспорта какой?"],
    },
    "PHONE_NUMBER": {
        "en": ["What's the best number to reach you on?", "can I grab a contact number?", "Which mobile should we text the code to?", "phone number pls"],
        "nl": ["Op welk nummer kunnen we u bereiken?", "wat is je 06-nummer?", "Mag ik een telefoonnummer voor het geval dat?", "welk mobiel nummer?"],
        "nb": ["Hvilket nummer kan vi nå deg på?", "mobilnummer?", "Kan jeg få et telefonnummer?", "hvilket nr skal vi sende koden til?"],
        "ru": ["По какому номеру с вами связаться?", "ваш телефон?", "Оставьте, пожалуйста, номер мобильного", "на какой номер отправить смс?"],
    },
    "EMAIL_ADDRESS": {
        "en": ["Which email should the confirmation go to?", "whats your email?", "Could you give me an e-mail address?", "email address on the account?"],
        "nl": ["Naar welk e-mailadres mogen we de bevestiging sturen?", "wat is je mailadres?", "Mag ik uw e-mail?", "welk emailadres staat bij ons?"],
        "nb": ["Hvilken e-postadresse skal vi bruke?", "e-post?", "Kan du oppgi e-postadressen din?", "hva er mailen din?"],
        "ru": ["На какую почту отправить подтверждение?", "ваш e-mail?", "Укажите электронную почту", "какая у вас почта?"],
    },
    "NATIONAL_ID": {
        "nl": ["Wat is uw BSN?", "mag ik je burgerservicenummer?", "Wat is het BSN van uw kind?", "bsn graag ter controle"],
        "nb": ["Hva er fødselsnummeret ditt?", "kan du oppgi personnummer (11 siffer)?", "Fødselsnummer til eleven?", "trenger fødselsnr."],
        "ru": ["Назовите ИНН, пожалуйста", "ваш СНИЛС?", "Укажите ИНН или СНИЛС", "номер снилс можно?"],
    },
    "BANK": {
        "en": ["Which account should the refund go to?", "what are the bank details for the direct debit?", "Can you give me the account to pay into?", "bank details please"],
        "nl": ["Op welk rekeningnummer wilt u het terug?", "wat is je IBAN?", "Van welke rekening mogen we incasseren?", "rekeningnummer graag"],
        "nb": ["Hvilket kontonummer skal pengene tilbake til?", "kontonr?", "Hvilken konto skal vi trekke fra?", "kan du gi meg kontonummeret?"],
        "ru": ["На какой счёт вернуть деньги?", "номер счёта для возврата?", "Укажите реквизиты счёта", "какой счёт привязать?"],
    },
    "PERSON": {
        "en": ["Who's the lead driver?", "What name is it under?", "and the account holder's name?", "whose name is the prescription in?"],
        "nl": ["Op wiens naam staat het?", "wat is de naam van de hoofdbestuurder?", "Voor wie is het recept?", "naam van de leerling?"],
        "nb": ["Hvem står bestillingen på?", "hva heter eleven?", "Hvem er resepten til?", "navn på hovedsjåfør?"],
        "ru": ["На кого оформлено?", "ФИО водителя?", "На чьё имя рецепт?", "как зовут ученика?"],
    },
}  # fmt: skip
# a cue and the value in one customer message
PLAIN = {
    "BOOKING_REFERENCE": {"en": ["my booking ref is {v}", "booking reference {v}, thanks"], "nl": ["mijn reserveringsnummer is {v}", "boekingscode: {v}"],
                          "nb": ["bestillingsnummer {v}", "referansen min er {v}"], "ru": ["номер брони {v}", "код бронирования: {v}"]},
    "CUSTOMER_NUMBER": {"en": ["my account number is {v}", "membership number {v}"], "nl": ["mijn klantnummer is {v}", "lidnummer {v}"],
                        "nb": ["kundenummeret mitt er {v}", "medlemsnr {v}"], "ru": ["номер договора {v}", "мой номер клиента {v}"]},
    "DATE_OF_BIRTH": {"en": ["I was born {v}", "DOB {v}"], "nl": ["ik ben geboren op {v}", "geb. {v}"],
                      "nb": ["jeg er født {v}", "f. {v}"], "ru": ["я родилась {v}", "дата рождения {v}"]},
    "PASSPORT": {"en": ["passport no {v}", "my passport number is {v}"], "nl": ["paspoortnummer {v}", "mijn paspoort is {v}"],
                 "nb": ["passnummer {v}", "passet mitt har nr {v}"], "ru": ["загранпаспорт {v}", "номер паспорта {v}"]},
    "PHONE_NUMBER": {"en": ["you can call me on {v}", "my mobile is {v}"], "nl": ["bel me op {v}", "mijn nummer is {v}"],
                     "nb": ["ring meg på {v}", "mobilen min er {v}"], "ru": ["мой телефон {v}", "звоните на {v}"]},
    "EMAIL_ADDRESS": {"en": ["my email is {v}", "email me at {v}"], "nl": ["mijn mail is {v}", "mail maar naar {v}"],
                      "nb": ["e-posten min er {v}", "send til {v}"], "ru": ["моя почта {v}", "пишите на {v}"]},
    "NATIONAL_ID": {"nl": ["mijn BSN is {v}", "bsn {v}"], "nb": ["fødselsnummeret mitt er {v}", "personnr {v}"], "ru": ["мой ИНН {v}", "СНИЛС {v}"]},
    "BANK": {"en": ["my account is {v}", "bank details: {v}"], "nl": ["mijn rekeningnummer is {v}", "IBAN {v}"],
             "nb": ["kontonummeret mitt er {v}", "konto {v}"], "ru": ["мой счёт {v}", "номер счёта {v}"]},
    "PERSON": {"en": ["my name is {v}", "it's {v} speaking"], "nl": ["mijn naam is {v}", "u spreekt met {v}"],
               "nb": ["jeg heter {v}", "det er {v} her"], "ru": ["меня зовут {v}", "это {v}"]},
}  # fmt: skip
# chatter around a bare answer (no cue)
WRAP = {
    "en": ["{v}", "{v}", "sure, it's {v}", "um ok {v}", "{v} I think", "yeah {v}", "it should be {v}", "ah got it - {v}"],
    "nl": ["{v}", "{v}", "ja hoor, {v}", "ehm {v}", "{v} volgens mij", "dat is {v}", "even kijken.. {v}", "oké: {v}"],
    "nb": ["{v}", "{v}", "ja, det er {v}", "øh {v}", "{v} tror jeg", "klart, {v}", "vent litt.. {v}", "ok: {v}"],
    "ru": ["{v}", "{v}", "да, {v}", "эм, {v}", "{v} вроде", "сейчас... {v}", "вот: {v}", "ага, {v}"],
}  # fmt: skip
HOLD = {
    "en": ["one sec, looking for it", "hang on", "let me check my emails", "hmm where did I put it"],
    "nl": ["momentje, even zoeken", "wacht even", "ik kijk even in mijn mail", "ff zoeken hoor"],
    "nb": ["et øyeblikk, skal se", "vent litt", "må sjekke e-posten", "hm hvor var den"],
    "ru": ["секунду, ищу", "минутку", "сейчас посмотрю в почте", "так, где же это"],
}  # fmt: skip
AGENT_WAIT = {
    "en": ["No rush!", "take your time", "Sure, no problem."], "nl": ["Geen haast!", "neem je tijd", "Prima, ik wacht even."],
    "nb": ["Ingen stress!", "ta den tiden du trenger", "Helt greit."], "ru": ["Не торопитесь.", "конечно, жду", "Хорошо."],
}  # fmt: skip
BACK_Q = {
    "en": [("is that the one on the email or the app?", "Either is fine, they're the same."), ("do you need the whole thing?", "Yes please, all of it.")],
    "nl": [("die van de mail of uit de app?", "Maakt niet uit, die zijn hetzelfde."), ("het hele nummer?", "Ja graag, helemaal.")],
    "nb": [("den fra e-posten eller appen?", "Samme det, de er like."), ("hele nummeret?", "Ja takk, hele.")],
    "ru": [("из письма или из приложения?", "Неважно, они одинаковые."), ("весь номер?", "Да, полностью.")],
}  # fmt: skip
GREET = {
    "en": ["Hi, you're chatting with {n} from {c}. How can I help?", "Hello and welcome to {c}, {n} here.", "Hiya! {c} support, how can we help today?"],
    "nl": ["Goedemiddag, u chat met {n} van {c}. Waarmee kan ik helpen?", "Hoi! Je spreekt met {n} van {c}.", "Welkom bij {c}, waarmee kunnen we je helpen?"],
    "nb": ["Hei, du snakker med {n} i {c}. Hva kan jeg hjelpe med?", "Hei og velkommen til {c}! {n} her.", "Hei! {c} kundeservice, hva gjelder det?"],
    "ru": ["Здравствуйте! Вас приветствует {n}, {c}. Чем могу помочь?", "Добрый день, {c}, меня зовут {n}.", "Здравствуйте, {c}. Чем помочь?"],
}  # fmt: skip
THANKS = {
    "en": ["Thanks, that's all sorted.", "Perfect, thank you.", "Great, found you."], "nl": ["Dank je, het is geregeld.", "Top, dank u wel.", "Gevonden, bedankt."],
    "nb": ["Takk, da er det ordnet.", "Supert, takk.", "Fant deg, takk."], "ru": ["Спасибо, всё оформлено.", "Отлично, спасибо.", "Нашла, спасибо."],
}  # fmt: skip
BYE = {
    "en": ["cheers", "thanks!", "brilliant ta"],
    "nl": ["top, bedankt", "dank je!", "fijn"],
    "nb": ["takk!", "flott", "tusen takk"],
    "ru": ["спасибо!", "благодарю", "ок, спасибо"],
}


# ---------------------------------------------------------------------------------------
# one chat
# ---------------------------------------------------------------------------------------


@dataclass
class Chat:
    rng: random.Random
    lang: str
    sector: str
    who: Person
    turns: list[Turn] = field(default_factory=list)

    def agent(self, *parts: Part) -> None:
        self.turns.append(("agent", list(parts)))

    def cust(self, *parts: Part) -> None:
        self.turns.append(("customer", list(parts)))

    def pick(self, seq):  # noqa: ANN001, ANN201
        return self.rng.choice(seq)

    def remark(self) -> str:
        """A side remark template with a negative that fits the sector (seats only on board)."""
        kinds = [k for k in REMARKS if k != "seat" or self.sector in TRAVEL_SECTORS]
        return self.pick(REMARKS[self.pick(kinds)][self.lang])

    def kinds(self) -> list[str]:
        return [
            t for t in SECTOR_TYPES[self.sector] if not (t == "NATIONAL_ID" and self.lang == "en")
        ]

    def value(self, typ: str) -> tuple[str, str]:
        """(entity type, value) for an asked-for type."""
        rng, lang = self.rng, self.lang
        if typ == "BANK":
            return bank(rng, lang)
        v = {
            "BOOKING_REFERENCE": lambda: booking(rng, self.sector),
            "CUSTOMER_NUMBER": lambda: cust_no(rng),
            "DATE_OF_BIRTH": lambda: dob(rng, lang, young=self.sector == "school"),
            "PASSPORT": lambda: passport(rng, lang),
            "PHONE_NUMBER": lambda: phone_no(rng, lang),
            "EMAIL_ADDRESS": lambda: self.email(),
            "NATIONAL_ID": lambda: nat_id(rng, lang),
            "PERSON": lambda: self.who.full(rng, lang),
        }[typ]()
        return typ, v

    def email(self, p: Person | None = None) -> str:
        local = email_local(self.rng, p or self.who)
        return ".".join(local) + "@" + self.pick(DOMAINS[self.lang])


def bare_value(c: Chat, v: str, typ: str) -> str:
    if typ == "BOOKING_REFERENCE" and c.rng.random() < 0.35:
        return v.lower()
    if typ == "EMAIL_ADDRESS" and c.rng.random() < 0.2:
        return v.upper() if c.rng.random() < 0.3 else v
    return v


HARD = {"BOOKING_REFERENCE": 4, "PASSPORT": 3, "CUSTOMER_NUMBER": 3}  # asked for more often


def ep_bare(c: Chat) -> None:
    """An agent's question answered with the value alone (maybe late, maybe with chatter)."""
    kinds = c.kinds()
    typ = c.rng.choices(kinds, weights=[HARD.get(k, 1) for k in kinds])[0]
    etype, v = c.value(typ)
    v = bare_value(c, v, etype)
    c.agent(c.pick(Q[typ][c.lang]))
    r = c.rng.random()
    if r < 0.25:
        c.cust(c.pick(HOLD[c.lang]))
        if c.rng.random() < 0.5:
            c.agent(c.pick(AGENT_WAIT[c.lang]))
    elif r < 0.4:
        q, a = c.pick(BACK_Q[c.lang])
        c.cust(q)
        c.agent(a)
    elif r < 0.5:
        c.cust(*fill(c.rng, c.lang, c.remark()))
    elif r < 0.6:  # three turns before the answer
        c.cust(c.pick(HOLD[c.lang]))
        c.agent(c.pick(AGENT_WAIT[c.lang]))
        c.cust(*fill(c.rng, c.lang, c.remark()))
        c.cust(FOUND[c.lang])
    c.cust(*T(c.pick(WRAP[c.lang]), v=E(v, etype, "bare_answer")))


FOUND = {"en": "found it!", "nl": "gevonden!", "nb": "fant den!", "ru": "нашла!"}
TWO_AT_ONCE = {
    "en": "Could you give me {x} and {y}?",
    "nl": "Mag ik {x} en {y}?",
    "nb": "Kan jeg få {x} og {y}?",
    "ru": "Назовите {x} и {y}",
}
NOUN = {
    "DATE_OF_BIRTH": {"en": "your date of birth", "nl": "uw geboortedatum", "nb": "fødselsdatoen", "ru": "дату рождения"},
    "PHONE_NUMBER": {"en": "a phone number", "nl": "een telefoonnummer", "nb": "et mobilnummer", "ru": "телефон"},
    "CUSTOMER_NUMBER": {"en": "your account number", "nl": "uw klantnummer", "nb": "kundenummeret", "ru": "номер договора"},
    "BOOKING_REFERENCE": {"en": "the booking reference", "nl": "het reserveringsnummer", "nb": "bestillingsnummeret", "ru": "номер брони"},
    "EMAIL_ADDRESS": {"en": "your email", "nl": "je e-mailadres", "nb": "e-posten din", "ru": "почту"},
    "PASSPORT": {"en": "the passport number", "nl": "het paspoortnummer", "nb": "passnummeret", "ru": "номер паспорта"},
    "NATIONAL_ID": {"nl": "uw BSN", "nb": "fødselsnummeret", "ru": "ИНН или СНИЛС"},
    "BANK": {"en": "the account for the refund", "nl": "uw IBAN", "nb": "kontonummeret", "ru": "номер счёта"},
    "PERSON": {"en": "the name on the booking", "nl": "de naam", "nb": "navnet", "ru": "ФИО"},
}  # fmt: skip


def ep_bare_two(c: Chat) -> None:
    """Two things asked at once, answered bare on one line or in two messages."""
    x, y = c.rng.sample(c.kinds(), 2)
    (tx, vx), (ty, vy) = c.value(x), c.value(y)
    c.agent(TWO_AT_ONCE[c.lang].format(x=NOUN[x][c.lang], y=NOUN[y][c.lang]))
    if c.rng.random() < 0.5:
        c.cust(E(vx, tx, "bare_answer"), c.pick([" ", ", ", " / ", "\n"]), E(vy, ty, "bare_answer"))
    else:
        c.cust(E(vx, tx, "bare_answer"))
        c.cust(E(vy, ty, "bare_answer"))


def ep_plain(c: Chat) -> None:
    typ = c.pick(c.kinds())
    etype, v = c.value(typ)
    lang = "en" if c.rng.random() < 0.1 and typ in PLAIN and "en" in PLAIN[typ] else c.lang
    c.cust(*T(c.pick(PLAIN[typ][lang]), v=E(v, etype, "plain")))  # an English cue now and then
    if c.rng.random() < 0.5:
        typ2 = c.pick([k for k in c.kinds() if k != typ])
        etype2, v2 = c.value(typ2)
        c.agent(c.pick(THANKS[c.lang]))
        c.cust(*T(c.pick(PLAIN[typ2][c.lang]), v=E(v2, etype2, "plain")))


# traps: a negative where a personal value was asked for
TRAP_ORDER_FOR_CUSTOMER = {
    "en": ["{o}", "{o} - that's the order number, don't have the other one", "erm I only have the order no {o}"],
    "nl": ["{o}", "{o} (dat is het bestelnummer, klantnummer weet ik niet)", "ik heb alleen ordernummer {o}"],
    "nb": ["{o}", "{o} - det er ordrenummeret, har ikke kundenr", "har bare ordrenr {o}"],
    "ru": ["{o}", "{o} — это номер заказа, другого нет", "есть только номер заказа {o}"],
}  # fmt: skip
TRAP_TRAVEL_FOR_DOB = {
    "en": ["{d}", "oh you mean the travel date? {d}", "{d} is when we go"],
    "nl": ["{d}", "bedoelt u de reisdatum? {d}", "{d} vertrekken we"],
    "nb": ["{d}", "mener du reisedatoen? {d}", "{d} reiser vi"],
    "ru": ["{d}", "вы про дату поездки? {d}", "{d} уезжаем"],
}  # fmt: skip
TRAP_APPOINTMENT_FOR_DOB = {
    "en": ["{d}", "{d} - that's the appointment date, right?", "erm {d}?"],
    "nl": ["{d}", "{d}, dat is toch de afspraak?", "eh {d}?"],
    "nb": ["{d}", "{d}, det er jo timen?", "øh {d}?"],
    "ru": ["{d}", "{d} — это же дата записи?", "эм, {d}?"],
}  # fmt: skip
ASK_ORDER = {"en": ["What's the order number?", "order no.?"], "nl": ["Wat is het bestelnummer?", "ordernummer?"],
             "nb": ["Hva er ordrenummeret?", "ordrenr.?"], "ru": ["Номер заказа?", "Какой номер заказа?"]}  # fmt: skip
ASK_TRACK = {"en": ["Do you have the tracking number?", "what's the tracking code?"], "nl": ["Heeft u de track & trace code?", "wat is de trackingcode?"],
             "nb": ["Har du sporingsnummeret?", "sporingskode?"], "ru": ["Трек-номер есть?", "Подскажите трек-номер"]}  # fmt: skip
ASK_DEST = {"en": ["Where are you travelling to?", "and where to?"], "nl": ["Waar reist u naartoe?", "waarheen?"],
            "nb": ["Hvor skal dere reise?", "hvor skal du?"], "ru": ["Куда летите?", "куда едете?"]}  # fmt: skip
ASK_WHEN = {"en": ["When would you like to travel?", "which date?"], "nl": ["Wanneer wilt u reizen?", "welke datum?"],
            "nb": ["Når vil dere reise?", "hvilken dato?"], "ru": ["Когда хотите поехать?", "на какую дату?"]}  # fmt: skip
ASK_DATE = {"en": ["Which date works for you?", "from what date?"], "nl": ["Welke datum komt u uit?", "vanaf welke datum?"],
            "nb": ["Hvilken dato passer?", "fra hvilken dato?"], "ru": ["Какая дата вам удобна?", "с какого числа?"]}  # fmt: skip
ASK_SEAT = {
    "en": ["Which seat are you in now?"],
    "nl": ["Welke stoel heeft u nu?"],
    "nb": ["Hvilket sete har du nå?"],
    "ru": ["Какое у вас место сейчас?"],
}
ASK_PRODUCT = {
    "en": ["Which item is it?"],
    "nl": ["Om welk artikel gaat het?"],
    "nb": ["Hvilken vare gjelder det?"],
    "ru": ["Какой артикул?"],
}


def ep_trap(c: Chat) -> None:
    rng, lang = c.rng, c.lang
    r = rng.randint(0, 7)
    if c.sector not in ("airline", "ferry", "car_rental", "hotel"):
        r = {4: 2, 6: 7}.get(r, r)  # no seats or destinations at the dentist
    if r == 0:
        c.agent(c.pick(Q["CUSTOMER_NUMBER"][lang]))
        c.cust(*T(c.pick(TRAP_ORDER_FOR_CUSTOMER[lang]), o=N(order_no(rng), "order_number")))
    elif r == 1:
        c.agent(c.pick(Q["DATE_OF_BIRTH"][lang]))
        traps = TRAP_TRAVEL_FOR_DOB if c.sector in TRAVEL_SECTORS else TRAP_APPOINTMENT_FOR_DOB
        c.cust(*T(c.pick(traps[lang]), d=N(later_date(rng, lang), "travel_date")))
    elif r == 2:
        c.agent(c.pick(ASK_ORDER[lang]))
        c.cust(N(order_no(rng), "order_number"))
    elif r == 3:
        c.agent(c.pick(ASK_TRACK[lang]))
        c.cust(N(tracking(rng), "tracking_number"))
    elif r == 4:
        c.agent(c.pick(ASK_DEST[lang]))
        c.cust(
            N(
                rng.choice(DESTS[lang]).lower() if rng.random() < 0.4 else rng.choice(DESTS[lang]),
                "destination",
            )
        )
    elif r == 5:
        travel = c.sector in ("airline", "ferry", "car_rental", "hotel")
        c.agent(c.pick((ASK_WHEN if travel else ASK_DATE)[lang]))
        c.cust(N(later_date(rng, lang), "travel_date"))
    elif r == 6:
        c.agent(c.pick(ASK_SEAT[lang]))
        c.cust(N(seat(rng), "seat"))
    else:
        c.agent(c.pick(ASK_PRODUCT[lang]))
        c.cust(N(product(rng), "product_code"))


# ---------------------------------------------------------------------------------------
# lists
# ---------------------------------------------------------------------------------------

LIST_ASK = {
    "en": ["Can I have the names, dates of birth and passport numbers of everyone travelling?", "I'll need full name + DOB for each person pls", "Please list all the guests with their dates of birth."],
    "nl": ["Mag ik van alle reizigers naam, geboortedatum en paspoortnummer?", "graag naam en geboortedatum van iedereen", "Wie komen er allemaal mee (naam + geb.datum)?"],
    "nb": ["Kan jeg få navn, fødselsdato og passnummer på alle som reiser?", "trenger navn og fødselsdato på alle", "Hvem skal være med? Navn og fødselsdato takk."],
    "ru": ["Пришлите ФИО, даты рождения и номера паспортов всех пассажиров", "нужны ФИО и даты рождения всех", "Кто едет? ФИО и дата рождения каждого"],
}  # fmt: skip
RELATION = {
    "en": ["my wife", "my husband", "our son", "our daughter", "my partner", "my mum", "the little one"],
    "nl": ["mijn vrouw", "mijn man", "onze zoon", "onze dochter", "mijn vriendin", "mijn moeder", "de kleine"],
    "nb": ["kona mi", "mannen min", "sønnen vår", "datteren vår", "samboeren min", "mora mi", "minstemann"],
    "ru": ["жена", "муж", "сын", "дочь", "мама", "брат", "младшая"],
}  # fmt: skip
AND = {"en": "and", "nl": "en", "nb": "og", "ru": "и"}
PASSENGER = {"en": "passenger", "nl": "reiziger", "nb": "passasjer", "ru": "пассажир"}
HEADER = {
    "en": ("name", "dob", "passport"), "nl": ("naam", "geb.datum", "paspoort"),
    "nb": ("navn", "født", "pass"), "ru": ("ФИО", "д.р.", "паспорт"),
}  # fmt: skip


def ep_list(c: Chat) -> None:
    rng, lang = c.rng, c.lang
    with_doc = c.sector in TRAVEL_SECTORS or rng.random() < 0.25
    n = rng.choice([2, 2, 3, 3, 4])
    shared_last = c.who.last if rng.random() < 0.6 else None
    people = [c.who] + [new_person(rng, lang, shared_last) for _ in range(n - 1)]
    rows = []
    for i, p in enumerate(people):
        row = [
            E(p.full(rng, lang), "PERSON", "list"),
            E(dob(rng, lang, young=i > 1), "DATE_OF_BIRTH", "list"),
        ]
        if with_doc:
            if c.sector in TRAVEL_SECTORS or lang == "en":
                row.append(E(passport(rng, lang), "PASSPORT", "list"))
            else:
                row.append(E(nat_id(rng, lang), "NATIONAL_ID", "list"))
        rows.append(row)
    c.agent(LIST_ASK[lang][0] if with_doc else c.pick(LIST_ASK[lang][1:]))
    layout = rng.randint(0, 6)

    def join(row: list[Part], sep: str) -> list[Part]:
        out: list[Part] = []
        for k, x in enumerate(row):
            if k:
                out.append(sep)
            out.append(x)
        return out

    if layout == 0:  # inline with relations and "and"
        parts: list[Part] = []
        for i, row in enumerate(rows):
            if i == len(rows) - 1:
                parts.append(f" {AND[lang]} ")
            elif i:
                parts.append(", ")
            if i:
                parts.append(c.pick(RELATION[lang]) + " ")
            parts += join(row, ", ")
        c.cust(*parts)
    elif layout == 1:  # a table with |
        parts = [" | ".join(HEADER[lang][: len(rows[0])]) + "\n"]
        for i, row in enumerate(rows):
            parts += ["\n" if i else "", *join(row, " | ")]
        c.cust(*parts)
    elif layout == 2:  # tabs
        parts = []
        for i, row in enumerate(rows):
            parts += ["\n" if i else "", *join(row, "\t")]
        c.cust(*parts)
    elif layout == 3:  # 1) ... 2) ...
        parts = []
        for i, row in enumerate(rows):
            parts += [f"{' ' if i else ''}{i + 1}) ", *join(row, " ")]
        c.cust(*parts)
    elif layout == 4:  # passenger 2: ...
        parts = []
        for i, row in enumerate(rows):
            parts += [f"{chr(10) if i else ''}{PASSENGER[lang]} {i + 1}: ", *join(row, ", ")]
        c.cust(*parts)
    elif layout == 5:  # one item per message
        c.cust(
            {
                "en": "ok here goes",
                "nl": "oké komt ie",
                "nb": "ok, her kommer det",
                "ru": "сейчас напишу",
            }[lang]
        )
        for row in rows:
            c.cust(*join(row, c.pick([", ", " ", " - "])))
    else:  # bulleted, name in parentheses-free "name - born dd"
        parts = []
        for i, row in enumerate(rows):
            parts += [f"{chr(10) if i else ''}- ", *join(row, " / ")]
        c.cust(*parts)
    if rng.random() < 0.15:  # a second, shorter list later (phones or accounts)
        ep_list_numbers(c)


NUM_LIST_ASK = {
    "PHONE_NUMBER": {"en": "Which numbers are on the contract?", "nl": "Welke nummers horen bij het abonnement?", "nb": "Hvilke numre er på avtalen?", "ru": "Какие номера на договоре?"},
    "CUSTOMER_NUMBER": {"en": "What are the membership numbers?", "nl": "Wat zijn de lidnummers?", "nb": "Hva er medlemsnumrene?", "ru": "Какие номера карт у всех?"},
    "BANK": {"en": "Which accounts do you want closed?", "nl": "Welke rekeningen wilt u opheffen?", "nb": "Hvilke kontoer skal avsluttes?", "ru": "Какие счета закрыть?"},
}  # fmt: skip


def ep_list_numbers(c: Chat) -> None:
    rng, lang = c.rng, c.lang
    typ = c.pick(list(NUM_LIST_ASK))
    vals = [c.value(typ) for _ in range(rng.randint(2, 3))]
    c.agent(NUM_LIST_ASK[typ][lang])
    parts: list[Part] = []
    style = rng.randint(0, 2)
    for i, (t, v) in enumerate(vals):
        if style == 0:
            parts += [
                ", " if 0 < i < len(vals) - 1 else f" {AND[lang]} " if i else "",
                E(v, t, "list"),
            ]
        elif style == 1:
            parts += ["\n" if i else "", E(v, t, "list")]
        else:
            parts += [f"{' ' if i else ''}{i + 1}) ", E(v, t, "list")]
    c.cust(*parts)


# ---------------------------------------------------------------------------------------
# split and corrected values
# ---------------------------------------------------------------------------------------

NO_WAIT = {
    "en": ["no wait, {v}", "sorry typo: {v}", "oops, {v}", "*{v}", "hang on that's wrong, it's {v}"],
    "nl": ["nee wacht, {v}", "sorry typfout: {v}", "oeps, {v}", "*{v}", "klopt niet, het is {v}"],
    "nb": ["nei vent, {v}", "sorry skrivefeil: {v}", "oi, {v}", "*{v}", "feil, det er {v}"],
    "ru": ["ой нет, {v}", "опечатка: {v}", "извините, {v}", "*{v}", "не так, правильно {v}"],
}  # fmt: skip
MORE = {
    "en": ["", "", "...", " cont"],
    "nl": ["", "", "...", " en"],
    "nb": ["", "", "...", " og"],
    "ru": ["", "", "...", " и"],
}


def mistype(rng: random.Random, v: str) -> str:
    idx = [i for i, ch in enumerate(v) if ch.isdigit()]
    i = rng.choice(idx[1:] if len(idx) > 1 else idx)
    return v[:i] + rng.choice([d for d in "0123456789" if d != v[i]]) + v[i + 1 :]


def cut_points(v: str, n: int, rng: random.Random) -> list[str]:
    """Cut ``v`` into n pieces of 3+ characters, at a space or dash (dropped) if it has one."""
    seps = [i for i, ch in enumerate(v) if ch in " -"]
    for _ in range(50):
        cuts = sorted(rng.sample(seps, n - 1)) if len(seps) >= n - 1 else []
        if cuts:
            bounds = [-1, *cuts, len(v)]
            pieces = [v[a + 1 : b] for a, b in itertools.pairwise(bounds)]
        else:
            cuts = sorted(rng.sample(range(3, len(v) - 2), n - 1))
            pieces = [v[a:b] for a, b in itertools.pairwise([0, *cuts, len(v)])]
        if all(len(p.replace(" ", "")) >= 3 for p in pieces):
            return [p.strip() for p in pieces]
        seps = [] if rng.random() < 0.3 else seps
    return [v[: len(v) // 2], v[len(v) // 2 :]]


def ep_split(c: Chat) -> None:
    rng, lang = c.rng, c.lang
    r = rng.random()
    if r < 0.15:  # an address in two messages
        c.agent(c.pick(WHERE[lang]))
        a = address(rng, lang).replace("\n", ", ")
        pieces = [p.strip() for p in a.split(",") if p.strip()]
        if len(pieces) < 2 or not any(ch.isdigit() for ch in pieces[0]):
            c.cust(E(a, "LOCATION", "address_no_cue"))
            return
        c.cust(E(pieces[0], "LOCATION", "split"))
        c.cust(E(", ".join(pieces[1:]), "LOCATION", "split"))
        return
    typ = c.pick(
        ["BANK", "PHONE_NUMBER", "CUSTOMER_NUMBER"]
        + [t for t in c.kinds() if t in ("NATIONAL_ID", "PHONE_NUMBER", "BANK")]
        + ["BOOKING_REFERENCE"] * 2 * ("BOOKING_REFERENCE" in c.kinds())
    )
    etype, v = c.value(typ)
    c.agent(c.pick(Q[typ][lang]))
    if r < 0.55:  # typed in 2-3 messages
        n = 3 if len(v) > 12 and rng.random() < 0.4 else 2
        pieces = cut_points(v, n, rng)
        for k, piece in enumerate(pieces):
            tail = c.pick(MORE[lang]) if k < n - 1 else ""
            c.cust(E(piece, etype, "split"), tail)
    else:  # typed wrong, corrected in the next message with the whole value again
        wrong = mistype(rng, v)
        c.cust(E(wrong, etype, "split"))
        c.cust(*T(c.pick(NO_WAIT[lang]), v=E(v, etype, "split")))


# ---------------------------------------------------------------------------------------
# disguised values
# ---------------------------------------------------------------------------------------

AT_W = {"en": ["at", "(at)", "[at]", "at sign"], "nl": ["apenstaartje", "at", "(at)", "apestaart"],
        "nb": ["krøllalfa", "alfakrøll", "at", "(at)"], "ru": ["собака", "собачка", "(at)", "эт"]}  # fmt: skip
DOT_W = {"en": ["dot", "(dot)", "[dot]", "period"], "nl": ["punt", "(punt)", "puntje", "dot"],
         "nb": ["punktum", "prikk", "(punktum)", "dot"], "ru": ["точка", "тчк", "(точка)", "дот"]}  # fmt: skip
NUM_W = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "nb": ["null", "en", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni"],
    "ru": ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"],
}  # fmt: skip
ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]
LOOK = {
    "0": "О",
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
DISG_INTRO = {
    "en": ["{v}", "it's {v}", "{v} (spelling it out so the bot doesn't eat it)"],
    "nl": ["{v}", "het is {v}", "{v} (uitgeschreven, anders pakt de chat het niet)"],
    "nb": ["{v}", "det er {v}", "{v} (skriver det ut sånn)"],
    "ru": ["{v}", "это {v}", "{v} (пишу словами, а то не проходит)"],
}  # fmt: skip


def spell_email(c: Chat) -> str:
    rng, lang = c.rng, c.lang
    local = email_local(rng, c.who)
    dom = rng.choice(DOMAINS[lang]).split(".")
    at, dot = c.pick(AT_W[lang]), c.pick(DOT_W[lang])
    style = rng.randint(0, 3)
    if style == 0:
        return f" {dot} ".join(local) + f" {at} " + f" {dot} ".join(dom)
    if style == 1:  # only the @ spelled
        return ".".join(local) + f" {at} " + ".".join(dom)
    if style == 2:  # spaces around symbols
        return " . ".join(local) + " @ " + " . ".join(dom)
    w = f" {dot} ".join(local) + f" {at} " + f" {dot} ".join(dom)  # with a zero-width char inside
    k = rng.randint(1, len(local[0]) - 1) if len(local[0]) > 1 else 1
    return w[:k] + rng.choice(ZW) + w[k:]


def words_number(rng: random.Random, lang: str, v: str, mixed: bool) -> str:
    out = []
    for ch in v:
        if ch == "+":
            out.append({"en": "plus", "nl": "plus", "nb": "pluss", "ru": "плюс"}[lang])
        elif ch.isdigit():
            out.append(NUM_W[lang][int(ch)] if not mixed or rng.random() < 0.5 else ch)
    return " ".join(out)


def ep_disguised(c: Chat) -> None:
    rng, lang = c.rng, c.lang
    r = rng.randint(0, 6)
    if r == 6 and "BOOKING_REFERENCE" not in c.kinds():
        r = 5
    if r == 6:  # a booking code with look-alikes, a zero-width space, or letter by letter
        v = booking(rng, c.sector)
        d = rng.randint(0, 2)
        if d == 0 and any(ch in LOOK for ch in v):
            w = "".join(LOOK.get(ch, ch) if rng.random() < 0.5 else ch for ch in v)
            w = w if w != v else "".join(LOOK.get(ch, ch) for ch in v)
        elif d == 1:
            w = v[:3] + rng.choice(ZW) + v[3:]
        else:
            w = " ".join(ch for ch in v if ch != "-")
        c.agent(c.pick(Q["BOOKING_REFERENCE"][lang]))
        c.cust(*T(c.pick(WRAP[lang]), v=E(w, "BOOKING_REFERENCE", "disguised")))
        return
    if r <= 1:
        c.agent(c.pick(Q["EMAIL_ADDRESS"][lang]))
        c.cust(*T(c.pick(DISG_INTRO[lang]), v=E(spell_email(c), "EMAIL_ADDRESS", "disguised")))
        return
    if r == 2:  # a phone number in words or mixed
        v = phone(rng, lang, style=rng.choice([0, 1]))
        c.agent(c.pick(Q["PHONE_NUMBER"][lang]))
        c.cust(
            *T(
                c.pick(DISG_INTRO[lang]),
                v=E(words_number(rng, lang, v, rng.random() < 0.5), "PHONE_NUMBER", "disguised"),
            )
        )
        return
    if r == 3:  # a number with zero-width characters inside
        typ = c.pick(["BANK", "CUSTOMER_NUMBER"] + (["NATIONAL_ID"] if lang != "en" else []))
        etype, v = c.value(typ)
        chars = list(v)
        for _ in range(rng.randint(1, 3)):
            chars.insert(rng.randint(1, len(chars) - 1), rng.choice(ZW))
        c.agent(c.pick(Q[typ][lang]))
        c.cust(*T(c.pick(WRAP[lang]), v=E("".join(chars), etype, "disguised")))
        return
    if r == 4:  # look-alike letters inside an IBAN / number
        if lang in ("en", "nl", "nb") and rng.random() < 0.7:
            v = iban(rng, {"en": "GB", "nl": "NL", "nb": "NO"}[lang])
            etype = "IBAN_CODE"
        elif lang == "ru" and rng.random() < 0.5:
            etype, v = "BANK_ACCOUNT", ru_account(rng)
        else:
            etype, v = "PHONE_NUMBER", phone(rng, lang, style=0)
        idx = [i for i, ch in enumerate(v) if ch in LOOK]
        chars = list(v)
        for i in rng.sample(idx, min(2, len(idx))):
            chars[i] = LOOK[chars[i]]
        if not idx:  # nothing has a look-alike: a zero-width joiner instead
            chars.insert(rng.randint(2, len(chars) - 2), "\u2060")
        c.agent(c.pick(Q["BANK" if etype == "IBAN_CODE" else "PHONE_NUMBER"][lang]))
        c.cust(*T(c.pick(WRAP[lang]), v=E("".join(chars), etype, "disguised")))
        return
    # a customer number or national id with digits as words / one digit per space
    typ = c.pick(["CUSTOMER_NUMBER"] + (["NATIONAL_ID"] if lang != "en" else ["CUSTOMER_NUMBER"]))
    etype, v = c.value(typ)
    if typ == "NATIONAL_ID" and lang == "ru" and "-" in v:
        etype, v = "NATIONAL_ID", ru_inn(rng)
    w = (
        words_number(rng, lang, v, True)
        if rng.random() < 0.6
        else " ".join(ch for ch in v if ch.isdigit())
    )
    c.agent(c.pick(Q[typ][lang]))
    c.cust(*T(c.pick(WRAP[lang]), v=E(w, etype, "disguised")))


# ---------------------------------------------------------------------------------------
# addresses without a cue
# ---------------------------------------------------------------------------------------

WHERE = {
    "en": ["Where should we send it?", "what address shall I post the new card to?", "Where would you like the parcel delivered?", "and the postal address?", "Where do you live now?"],
    "nl": ["Naar welk adres mogen we het sturen?", "waar moet het pakketje heen?", "Wat is het nieuwe adres?", "waar woon je?", "Waar mag de pas naartoe?"],
    "nb": ["Hvor skal vi sende det?", "hvilken adresse skal kortet til?", "Hva er den nye adressen?", "hvor bor du nå?", "Leveringsadresse?"],
    "ru": ["Куда отправить?", "по какому адресу доставить?", "Укажите новый адрес", "где вы сейчас живёте?", "Адрес для доставки?"],
}  # fmt: skip


def ep_address(c: Chat) -> None:
    rng, lang = c.rng, c.lang
    c.agent(c.pick(WHERE[lang]))
    a = address(rng, lang, lower=rng.random() < 0.75)
    if rng.random() < 0.2:
        c.cust(c.pick(HOLD[lang]))
    c.cust(*T(c.pick(WRAP[lang]), v=E(a, "LOCATION", "address_no_cue")))
    if rng.random() < 0.3:  # and the previous one
        c.agent(OLD_ADDRESS[lang])
        c.cust(*T(c.pick(WRAP[lang]), v=E(address(rng, lang), "LOCATION", "address_no_cue")))


OLD_ADDRESS = {
    "en": "And the previous address?",
    "nl": "En het vorige adres?",
    "nb": "Og den forrige adressen?",
    "ru": "А прежний адрес?",
}


# ---------------------------------------------------------------------------------------
# the set
# ---------------------------------------------------------------------------------------

EPISODES: dict[str, Callable[[Chat], None]] = {
    "bare_answer": ep_bare, "list": ep_list, "split": ep_split, "disguised": ep_disguised,
    "address_no_cue": ep_address, "plain": ep_plain,
}  # fmt: skip


def conversation(rng: random.Random, lang: str, idx: int) -> list[Turn]:
    sector = SECTORS[(idx * 7 + rng.randint(0, 2)) % len(SECTORS)]
    c = Chat(rng, lang, sector, new_person(rng, lang))
    company = COMPANIES[sector][lang]
    g = c.pick(GREET[lang])
    if "{n}" in g:
        c.agent(*T(g, n=E(c.pick(AGENTS[lang]), "PERSON", "plain"), c=company))
    else:
        c.agent(g.replace("{c}", company))
    c.cust(*fill(rng, lang, c.pick(OPENERS[sector][lang])))
    classes = list(EPISODES)
    main = classes[idx % len(classes)]
    plan = [main] + rng.sample(classes, rng.randint(0, 2))
    if rng.random() < 0.35:
        plan.append("bare_two")
    rng.shuffle(plan)
    traps = rng.randint(1, 2)
    for _ in range(traps):
        plan.insert(rng.randint(0, len(plan)), "trap")
    for step in plan:
        if step == "trap":
            ep_trap(c)
        elif step == "bare_two":
            ep_bare_two(c)
        else:
            EPISODES[step](c)
            if step == "disguised" and rng.random() < 0.5:  # often two things spelled out
                ep_disguised(c)
        if rng.random() < 0.3:
            c.cust(*fill(rng, lang, c.remark()))
        if rng.random() < 0.35:
            c.agent(c.pick(THANKS[lang]))
    c.cust(c.pick(BYE[lang]))
    return c.turns


def build(seed: int = SEED) -> list[dict]:
    records: list[dict] = []
    for li, lang in enumerate(LANGS):
        rng = random.Random(seed * 10 + li)
        for i in range(PER_LANG):
            cid = f"sealed3-{lang}-{i + 1:03d}"
            records += conversation_records(cid, lang, conversation(rng, lang, i))
    return records


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out", type=Path, default=HERE / "sealed3.jsonl")
    args = ap.parse_args(argv)
    records = build(args.seed)
    errors = verify(records)
    if errors:
        print("\n".join(errors[:20]), file=sys.stderr)
        return 1
    write_jsonl(records, args.out)
    print(f"wrote {len(records)} messages to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
