# ruff: noqa: E501  (hand-written phrasing, name, street and city tables)
"""Write ``sealed5.jsonl``: the fifth sealed set of multi-turn conversations (issue 13).

Written blind: without opening the rules, the detector, the other generators or their sets
(see "How sealed5.jsonl was written" in README.md). It imports from ``make_values.py`` only
the checksummed number generators and the offset-exact assembly; names, streets, postcodes,
cities, destinations, companies, e-mail domains, date forms and phrasings are its own.

    .venv/bin/python bench/accuracy/conversations/make_sealed5.py
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_values import (  # noqa: E402
    LANGS,
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

SEED = 20261208
PER_LANG = 150
PREFIX = "sealed5"
OUT = Path(__file__).with_name("sealed5.jsonl")

Turn = tuple[str, list[Part]]

# ---------------------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------------------

FIRST_M = {
    "en": ["Callum", "Rhys", "Declan", "Tobias", "Ewan", "Kwame", "Fergus", "Rory", "Lachlan", "Hamish", "Dev", "Barnaby"],
    "nl": ["Gijs", "Sjoerd", "Hidde", "Teun", "Maarten", "Wessel", "Stijn", "Bart", "Luuk", "Jelle", "Mees", "Reinier"],
    "nb": ["Åsmund", "Trygve", "Ørjan", "Stian", "Eskil", "Halvard", "Sølve", "Anders", "Pål", "Torstein", "Ådne", "Bjørnar"],
    "ru": ["Геннадий", "Борис", "Тимур", "Григорий", "Степан", "Лев", "Фёдор", "Ярослав", "Кирилл", "Олег"],
}
FIRST_F = {
    "en": ["Niamh", "Imogen", "Saoirse", "Harriet", "Priya", "Siobhan", "Ottilie", "Beatrix", "Tamsin", "Zara", "Maeve", "Esme"],
    "nl": ["Marloes", "Floor", "Roos", "Janneke", "Iris", "Mirjam", "Esmee", "Nienke", "Annelies", "Tessa", "Jorien", "Wietske"],
    "nb": ["Bjørg", "Gunnhild", "Signe", "Tuva", "Mette", "Liv", "Kjersti", "Ingeborg", "Synnøve", "Åshild", "Ragna", "Tiril"],
    "ru": ["Валентина", "Дарья", "Зоя", "Людмила", "Алёна", "Вера", "Полина", "Галина", "Лариса", "Милана"],
}
LAST_X = {
    "en": ["Fitzgerald", "O'Driscoll", "Okafor", "Ramsbottom", "Featherstone", "Bhattacharya", "MacAulay",
           "Penhaligon", "Carrington-Smythe", "Lloyd-Jones", "Winterbourne", "Ashdown", "de Souza", "le Fevre"],
    "nl": ["van den Broek-Dekker", "ter Horst", "van 't Hof", "Zwanenburg", "de Groot-Verhagen", "Schoemaker",
           "van Ommeren", "Kramer", "IJzerman", "Oosterhuis", "in 't Veld", "Verbeek", "op den Camp", "Heemskerk"],
    "nb": ["Lund-Olsen", "Kvalheim", "Sæther", "Fjærli", "Røed", "Bøe", "Aamodt", "Ødegård", "Tveit",
           "Skjærvø", "Holm Nilsen", "Vestby", "Grønli", "Åkre"],
}  # fmt: skip
RU_LAST = [("Ковалёв", "Ковалёва"), ("Жуков", "Жукова"), ("Сафонов", "Сафонова"), ("Третьяков", "Третьякова"),
           ("Баранов", "Баранова"), ("Громов", "Громова"), ("Ершов", "Ершова"), ("Вишневский", "Вишневская"),
           ("Савицкий", "Савицкая"), ("Шевченко", "Шевченко"), ("Черных", "Черных"), ("Белов-Юрьев", "Белова-Юрьева")]  # fmt: skip
RU_PATR = {"Геннадий": "Геннадье", "Борис": "Борисо", "Тимур": "Тимуро", "Григорий": "Григорье", "Степан": "Степано",
           "Лев": "Льво", "Фёдор": "Фёдоро", "Ярослав": "Ярославо", "Кирилл": "Кирилло", "Олег": "Олего"}  # fmt: skip
RU_DIMIN = {"Геннадий": "Гена", "Борис": "Боря", "Григорий": "Гриша", "Степан": "Стёпа", "Фёдор": "Федя",
            "Ярослав": "Слава", "Кирилл": "Кирюша", "Олег": "Олежка", "Валентина": "Валя", "Дарья": "Даша",
            "Людмила": "Люда", "Полина": "Поля", "Галина": "Галя", "Лариса": "Лара", "Милана": "Мила"}  # fmt: skip
AGENTS = {
    "en": ["Bethan", "Marcus", "Shona", "Idris", "Carys", "Nadia"],
    "nl": ["Yvette", "Rutger", "Demi", "Kees", "Lisanne", "Mohamed"],
    "nb": ["Vilde", "Sverre", "Hanne", "Joakim", "Malin", "Espen"],
    "ru": ["Ангелина", "Роман", "Кристина", "Денис", "Олеся", "Артур"],
}


class Who:
    """A synthetic person: first name, surname, gender."""

    def __init__(self, rng: random.Random, lang: str, family: Who | None = None) -> None:
        self.female = rng.random() < 0.5
        self.lang = lang
        self.first = rng.choice((FIRST_F if self.female else FIRST_M)[lang])
        self.mid = rng.choice("ABCDEFGHJKLMNPRSTW")
        if lang == "ru":
            self.pair: tuple[str, str] = family.pair if family is not None else rng.choice(RU_LAST)
            self.last = self.pair[1] if self.female else self.pair[0]
            self.patr = RU_PATR[rng.choice(list(RU_PATR))] + ("вна" if self.female else "вич")
        else:
            share = family is not None and rng.random() < 0.6
            self.last = family.last if family is not None and share else rng.choice(LAST_X[lang])
            self.patr = ""

    def full(self, rng: random.Random, allow_short: bool = True) -> str:
        r = rng.random()
        if self.lang == "ru":
            if r < 0.35:
                return f"{self.last} {self.first} {self.patr}"
            if r < 0.55:
                return f"{self.first} {self.patr} {self.last}"
            if r < 0.8 or not allow_short:
                return f"{self.first} {self.last}"
            if r < 0.9:
                return f"{self.last} {self.first[0]}. {self.patr[0]}."
            return f"{RU_DIMIN.get(self.first, self.first)} {self.last}"
        if r < 0.8 or not allow_short:
            return f"{self.first} {self.last}"
        if r < 0.9 and self.lang in ("nl", "en"):
            return f"{self.first[0]}.{self.mid}. {self.last}"
        return f"{self.first[0]}. {self.last}"


# ---------------------------------------------------------------------------------------
# values
# ---------------------------------------------------------------------------------------

MONTHS_FULL = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "nb": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
}  # fmt: skip
MONTHS_ABBR = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "nb": ["jan.", "feb.", "mars", "apr.", "mai", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "des."],
    "ru": ["янв.", "февр.", "марта", "апр.", "мая", "июня", "июля", "авг.", "сент.", "окт.", "нояб.", "дек."],
}  # fmt: skip


def ordinal(d: int) -> str:
    if d in (11, 12, 13):
        return f"{d}th"
    return f"{d}" + {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def dob_text(rng: random.Random, lang: str, d: int, m: int, y: int) -> str:
    mf, ma, yy = MONTHS_FULL[lang][m - 1], MONTHS_ABBR[lang][m - 1], f"{y % 100:02d}"
    forms = {
        "en": [f"{d:02d}/{m:02d}/{y}", f"{d} {mf} {y}", f"{ordinal(d)} {mf} {y}", f"{mf} {d}, {y}",
               f"{d:02d}.{m:02d}.{yy}", f"{d:02d}-{m:02d}-{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {ma} {y}"],
        "nl": [f"{d:02d}-{m:02d}-{y}", f"{d} {mf} {y}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}",
               f"{d:02d}.{m:02d}.{y}", f"{d} {ma} {y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}-{m:02d}-{yy}"],
        "nb": [f"{d:02d}.{m:02d}.{y}", f"{d}. {mf} {y}", f"{d}.{m}.{yy}", f"{d}/{m}-{y}", f"{d}/{m}-{yy}",
               f"{d:02d}.{m:02d}.{yy}", f"{y}-{m:02d}-{d:02d}", f"{d} {mf} {y}"],
        "ru": [f"{d:02d}.{m:02d}.{y}", f"{d} {mf} {y}", f"{d} {mf} {y} г.", f"{d:02d}.{m:02d}.{yy}",
               f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}", f"{d} {ma} {y}"],
    }  # fmt: skip
    return rng.choice(forms[lang])


def new_dob(rng: random.Random, lang: str, young: bool = False) -> str:
    y = rng.randint(2004, 2022) if young else rng.randint(1941, 2003)
    return dob_text(rng, lang, rng.randint(1, 28), rng.randint(1, 12), y)


def other_date(rng: random.Random, lang: str) -> str:
    """A date that is not a birth date: a sailing, an appointment, a moving day."""
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2026, 2027])
    mf = MONTHS_FULL[lang][m - 1]
    forms = {
        "en": [f"{d} {mf}", f"{ordinal(d)} of {mf}", f"{d:02d}/{m:02d}", f"{d:02d}/{m:02d}/{y}", f"{mf} {d}"],
        "nl": [f"{d} {mf}", f"{d}-{m}", f"{d:02d}-{m:02d}-{y}", f"{d} {mf} {y}"],
        "nb": [f"{d}. {mf}", f"{d}.{m}", f"{d:02d}.{m:02d}.{y}", f"{d}/{m}"],
        "ru": [f"{d} {mf}", f"{d:02d}.{m:02d}", f"{d:02d}.{m:02d}.{y}", f"{d} {mf} {y} г."],
    }  # fmt: skip
    return rng.choice(forms[lang])


def a_time(rng: random.Random, lang: str) -> str:
    h, mi = rng.randint(6, 21), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
    if lang == "en":
        return rng.choice([f"{h}:{mi:02d}", f"{h % 12 or 12}:{mi:02d}{'pm' if h >= 12 else 'am'}", f"{h:02d}{mi:02d}"])
    if lang in ("nl", "nb"):
        return rng.choice([f"{h:02d}.{mi:02d}", f"{h}:{mi:02d}"])
    return rng.choice([f"{h}:{mi:02d}", f"{h:02d}.{mi:02d}"])


def amount(rng: random.Random, lang: str, big_ok: bool = True) -> str:
    big = big_ok and rng.random() < 0.3
    n = rng.randint(1000, 25000) if big else rng.randint(9, 900)
    c = rng.choice([0, 50, 95, 99, 0])
    if lang == "en":
        return rng.choice([f"£{n:,}.{c:02d}", f"£{n:,}", f"{n:,} pounds"])
    if lang == "nl":
        s = f"{n:,}".replace(",", ".")
        return rng.choice([f"€ {s},{c:02d}", f"€{s}", f"{s} euro"])
    if lang == "nb":
        s = f"{n:,}".replace(",", " ")
        return rng.choice([f"{s} kr", f"kr {s},-", f"{s},{c:02d} kr", f"NOK {s}"])
    s = f"{n:,}".replace(",", " ")
    return rng.choice([f"{s} ₽", f"{s} руб.", f"{s} рублей", f"{s}р"])


def order_no(rng: random.Random) -> str:
    r = rng.randint(0, 5)
    if r == 0:
        return "#" + digits(rng, 8)
    if r == 1:
        return f"{digits(rng, 4)}-{digits(rng, 4, False)}-{digits(rng, 2, False)}"
    if r == 2:
        return f"SO{digits(rng, 7)}"
    if r == 3:
        return f"GPA.{digits(rng, 4)}-{digits(rng, 4, False)}-{digits(rng, 4, False)}-{digits(rng, 5, False)}"
    if r == 4:
        return f"WO-{rng.choice([2026, 2027])}-{digits(rng, 5)}"
    return digits(rng, rng.choice([8, 9]))


def tracking(rng: random.Random, lang: str) -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if lang == "en":
        return rng.choice(L) + rng.choice(L) + digits(rng, 9) + "GB"
    if lang == "nl":
        return "3S" + "".join(rng.choice(L) for _ in range(4)) + digits(rng, 9)
    if lang == "nb":
        return "70" + digits(rng, 15, False)
    return digits(rng, 14)


def seat(rng: random.Random) -> str:
    return rng.choice([f"{rng.randint(1, 40)}{rng.choice('ABCDEF')}", f"{rng.choice('ABCDEFGH')}{rng.randint(1, 48)}", f"{rng.choice('BCDF')}-{rng.randint(1, 30):02d}"])


PRODUCT = {
    "car": ["CDMR", "IFAR", "ECMN", "SWMR", "PVAR", "CFMR"],
    "gym": ["FLEX-12", "OFFPEAK-6", "DUO-PLUS", "STUDENT-FLEX", "PT-10"],
    "game": ["GEM-PACK-1200", "GOLD_CHEST_L", "SEASONPASS-S7", "STARTER-BUNDLE-2"],
    "moving": ["BOX-40", "KIT-M", "WARDROBE-BOX-4", "TAPE-PRO-6"],
    "pet": ["PET-BASIS-2", "VET-PLUS", "PAW-PREMIUM-3"],
    "concert": ["VIP-PKG-A", "MERCH-TEE-L", "PARK-PASS-02"],
}

DEST = {
    "en": ["Santander", "Bilbao", "Cherbourg", "Rosslare", "Belfast", "Faro", "Glasgow", "Manchester"],
    "nl": ["Hull", "Newcastle", "Harwich", "Texel", "Vlieland", "Antwerpen", "Keulen", "Ameland"],
    "nb": ["Kiel", "Frederikshavn", "Hirtshals", "Strømstad", "Stockholm", "Svolvær", "Kirkenes", "Larvik"],
    "ru": ["Мурманск", "Выборг", "Светлогорск", "Геленджик", "Ереван", "Баку", "Мурманск", "Петрозаводск"],
}
DEST_RU_GEN = {"Мурманск": "Мурманска", "Выборг": "Выборга", "Светлогорск": "Светлогорска", "Геленджик": "Геленджика",
               "Ереван": "Еревана", "Баку": "Баку", "Петрозаводск": "Петрозаводска"}  # fmt: skip

STREETS = {
    "en": ["Larkspur Drive", "Tanner's Row", "Gorse Hill Road", "Wellington Terrace", "Fenwick Crescent", "Abbey Mews",
           "Copper Beech Lane", "Saltmarsh Way", "Ravensworth Gardens", "Dunmore Street"],
    "nl": ["Zonnebloemstraat", "Van Heemstralaan", "Burgemeester Lovinklaan", "Spoorsingel", "Wilhelminakade",
           "Klaverweide", "Ganzenmarkt", "Lange Nieuwstraat", "Oranjeboomstraat", "Tolhuisweg"],
    "nb": ["Måkeveien", "Kløverstien", "Øvre Slottsgate", "Bergtunet", "Fossveien", "Tyttebærlia", "Sjøgata",
           "Eikeveien", "Furulundveien", "Lyngåsen"],
    "ru": ["ул. Заречная", "ул. Кирова", "ул. Строителей", "пр-т Победы", "ул. Маяковского", "Цветной б-р",
           "ул. Лермонтова", "пер. Почтовый", "ул. Энтузиастов", "Комсомольский пр-т"],
}  # fmt: skip
TOWNS = {
    "en": [("Harrogate", "HG1 2RT"), ("Stockport", "SK4 3EW"), ("Truro", "TR1 2JF"), ("Inverness", "IV2 4PB"),
           ("Lancaster", "LA1 4XQ"), ("Swansea", "SA2 0DL"), ("Colchester", "CO3 3NB"), ("Durham", "DH1 3LE")],
    "nl": [("Amersfoort", "3811 HN"), ("Deventer", "7411 KT"), ("Groningen", "9711 RD"), ("Eindhoven", "5611 EM"),
           ("Nijmegen", "6511 PV"), ("Alkmaar", "1811 GW"), ("Apeldoorn", "7311 JB"), ("Gouda", "2801 JK")],
    "nb": [("Bodø", "8006"), ("Ålesund", "6002"), ("Kristiansand", "4611"), ("Lillehammer", "2609"),
           ("Stavanger", "4006"), ("Fredrikstad", "1606"), ("Molde", "6413"), ("Gjøvik", "2815")],
    "ru": [("Екатеринбург", "620014"), ("Новосибирск", "630099"), ("Ярославль", "150000"), ("Воронеж", "394036"),
           ("Калуга", "248000"), ("Иркутск", "664003"), ("Рязань", "390000"), ("Омск", "644099")],
}  # fmt: skip


def address(rng: random.Random, lang: str) -> str:
    street = rng.choice(STREETS[lang])
    town, pc = rng.choice(TOWNS[lang])
    no = rng.randint(1, 160)
    if lang == "en":
        s = rng.choice([f"{no} {street}, {town} {pc}", f"flat {rng.randint(1, 24)}, {no} {street}, {town}, {pc}",
                        f"{no} {street}\n{town}\n{pc}", f"{no} {street} {pc}", f"{no}a {street}, {town}"])
    elif lang == "nl":
        add = rng.choice(["", "", "", "-2", " hs", " bis", "a", "-III", " zw"])
        pcs = pc.replace(" ", "") if rng.random() < 0.5 else pc
        s = rng.choice([f"{street} {no}{add}, {pcs} {town}", f"{street} {no}{add} {pcs} {town}",
                        f"{pcs} {no}{add}", f"{street} {no}{add}\n{pcs} {town}", f"{street} {no}{add} {town}"])
    elif lang == "nb":
        letter = rng.choice(["", "", "b", "c"])
        h = f"H{rng.randint(1, 4):02d}{rng.randint(1, 4):02d}"
        s = rng.choice([f"{street} {no}{letter}, {pc} {town}", f"{street} {no}{letter}, {h}, {pc} {town}",
                        f"{street} {no}{letter} {town}", f"{street} {no}{letter}\n{pc} {town}"])
    else:
        apt, k = rng.randint(1, 240), rng.randint(1, 4)
        s = rng.choice([f"г. {town}, {street}, д. {no}, кв. {apt}", f"{pc}, {town}, {street} {no}-{apt}",
                        f"{street}, {no}, корп. {k}, кв. {apt}, {town}", f"{town}, {street} д{no} кв{apt}",
                        f"{town} {street} {no} кв {apt}"])
    return s.lower() if rng.random() < 0.75 else s


MAIL_DOMAINS = {
    "en": ["gmail.com", "hotmail.co.uk", "sky.com", "protonmail.com", "virginmedia.com"],
    "nl": ["planet.nl", "hetnet.nl", "gmail.com", "live.nl", "casema.nl"],
    "nb": ["getmail.no", "broadpark.no", "gmail.com", "hotmail.com", "icloud.com"],
    "ru": ["inbox.ru", "list.ru", "ya.ru", "gmail.com", "mail.ru", "yandex.ru"],
}
LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "i",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ы": "y", "э": "e", "ю": "iu", "я": "ia", "ь": "", "ъ": "",
    "ø": "o", "å": "aa", "æ": "ae", "'": "", " ": "", "-": "",
})  # fmt: skip


def email_for(rng: random.Random, lang: str, who: Who) -> str:
    f, la = who.first.lower().translate(LATIN), who.last.lower().translate(LATIN)
    la = la.replace(".", "")
    y = rng.randint(60, 99)
    local = rng.choice([f"{f}.{la}", f"{f[0]}{la}", f"{f}_{la}", f"{la}{f[0]}{y}", f"{f}-{la}", f"{f}{y}", f"{la}.{f}"])
    return f"{local}@{rng.choice(MAIL_DOMAINS[lang])}"


def custno(rng: random.Random, lang: str, sector: str) -> str:
    if sector == "grid" and lang == "ru":
        return digits(rng, 10)
    r = rng.randint(0, 5)
    if r == 0:
        return f"{digits(rng, 3)}-{digits(rng, 3, False)}-{digits(rng, 3, False)}"
    if r == 1:
        return f"{rng.choice('KMP')}{digits(rng, 7)}"
    return digits(rng, rng.choice([7, 8, 9, 10]))


def bank(rng: random.Random, lang: str) -> tuple[str, str]:
    """(value, entity type) of a bank account the customer gives."""
    if lang == "en":
        if rng.random() < 0.7:
            return iban(rng, "GB"), "IBAN_CODE"
        return f"{digits(rng, 2)}-{digits(rng, 2, False)}-{digits(rng, 2, False)} {digits(rng, 8, False)}", "BANK_ACCOUNT"
    if lang == "nl":
        v = iban(rng, "NL")
        return (v if rng.random() < 0.8 else v.replace(" ", "")), "IBAN_CODE"
    if lang == "nb":
        if rng.random() < 0.35:
            return iban(rng, "NO"), "IBAN_CODE"
        k = no_kontonr(rng)
        return rng.choice([f"{k[:4]}.{k[4:6]}.{k[6:]}", f"{k[:4]} {k[4:6]} {k[6:]}", k]), "BANK_ACCOUNT"
    a = ru_account(rng)
    return rng.choice([a, f"{a[:5]} {a[5:8]} {a[8]} {a[9:13]} {a[13:]}"]), "BANK_ACCOUNT"


def natid(rng: random.Random, lang: str, kind: str = "") -> str:
    if lang == "nl":
        b = nl_bsn(rng)
        return rng.choice([b, b, f"{b[:4]}.{b[4:6]}.{b[6:]}", f"{b[:3]} {b[3:6]} {b[6:]}"])
    if lang == "nb":
        f, _ = no_fnr(rng)
        return rng.choice([f, f, f"{f[:6]} {f[6:]}"])
    if kind == "inn":
        return ru_inn(rng)
    return ru_snils(rng)


def booking(rng: random.Random) -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    while True:
        v = "".join(rng.choice(alphabet) for _ in range(6))
        if sum(c.isdigit() for c in v) in (1, 2, 3):
            return v


def mistype(rng: random.Random, v: str, last: int = 0) -> str:
    """The value with one digit changed (not in an IBAN's country code; ``last``: only the last n digits)."""
    idx = [i for i, c in enumerate(v) if c.isdigit() and i >= 2]
    idx = idx[-last:] if last else idx
    i = rng.choice(idx)
    return v[:i] + rng.choice([d for d in "0123456789" if d != v[i]]) + v[i + 1 :]


# ---------------------------------------------------------------------------------------
# sectors
# ---------------------------------------------------------------------------------------

SECTORS: dict[str, dict] = {
    "car": {
        "co": {"en": ["Kestrel Car Hire", "Motorline Rentals"], "nl": ["RijVrij Autoverhuur", "Polder Car Rental"],
               "nb": ["Fjordbil Utleie", "Nordkapp Leiebil"], "ru": ["АвтоПрокат Север", "Драйв-Аренда"]},
        "lbl": {"en": "loyalty number", "nl": "klantnummer", "nb": "kundenummer", "ru": "номер клиента"},
        "fields": ["name", "dob", "phone", "email", "booking", "custno", "bank", "passport"],
        "people": ["name", "dob"], "negs": ["date", "time", "dest", "prod", "amount"],
        "open": {
            "en": ["hi, I've got a car booked from {date} at {time}, group {prod}, want to change the drop-off to {dest}",
                   "Hello, you charged me {amount} for fuel on a {prod} I returned full on {date}??"],
            "nl": ["hoi, ik heb een auto gehuurd vanaf {date} om {time} (categorie {prod}) en wil hem in {dest} inleveren",
                   "Goedemiddag, er is {amount} afgeschreven voor schade die er al was bij ophalen op {date}"],
            "nb": ["hei! har leiebil fra {date} kl {time}, gruppe {prod}, kan jeg levere den i {dest} i stedet?",
                   "Hei, jeg ble trukket {amount} for bompenger på en bil jeg leverte {date}. Stemmer det?"],
            "ru": ["здравствуйте, у меня бронь машины с {date} в {time}, класс {prod}, хочу сдать её в другом городе",
                   "Добрый день! С карты списали {amount} за топливо, хотя машину я вернул с полным баком {date}"],
        },
    },
    "ferry": {
        "co": {"en": ["Westwind Ferries", "Channel Star Line"], "nl": ["Waddenveer", "NoordzeeLijn"],
               "nb": ["Skagerak Linjen", "Fjordferja"], "ru": ["Балтийская паромная линия", "Паром-Экспресс"]},
        "lbl": {"en": "Seafarers Club number", "nl": "clubnummer", "nb": "klubbnummer", "ru": "номер карты клуба"},
        "fields": ["name", "dob", "phone", "email", "booking", "custno", "passport"],
        "people": ["name", "dob", "passport"], "negs": ["date", "time", "dest", "seat", "amount"],
        "open": {
            "en": ["Hi there, we're on the {time} sailing to {dest} on {date} and want to add a cabin",
                   "hello, can I move our crossing from {date} to a later one? paid {amount} already. seats {seat} and {seat2}"],
            "nl": ["Hallo, wij gaan op {date} met de boot van {time} naar {dest}, kan er nog een auto bij?",
                   "goedemorgen, ik heb stoel {seat} geboekt maar wil liever een hut, wat kost dat? heb al {amount} betaald"],
            "nb": ["Hei, vi skal med ferja til {dest} {date} kl {time} og lurer på om vi kan ta med hund",
                   "hei, har sete {seat} og {seat2} på avgangen {date}, går det an å bytte til lugar? betalte {amount}"],
            "ru": ["Здравствуйте, мы плывём {date} в {time}, хотим докупить каюту",
                   "добрый вечер, у нас места {seat} и {seat2} на {date}, можно ли поменять на каюту? заплатили {amount}"],
        },
    },
    "dental": {
        "co": {"en": ["Brightsmile Dental", "Harbourside Dental Practice"], "nl": ["Tandartspraktijk De Linde", "Mondzorg Centrum Oost"],
               "nb": ["Tannlegene i Sentrum", "Smil Tannklinikk"], "ru": ["Стоматология «Белый клык»", "Дентал-Центр на Кирова"]},
        "lbl": {"en": "patient number", "nl": "patiëntnummer", "nb": "pasientnummer", "ru": "номер карты пациента"},
        "fields": ["name", "dob", "phone", "email", "custno", "natid", "bank", "address"],
        "people": ["name", "dob", "natid"], "negs": ["date", "time", "amount"],
        "open": {
            "en": ["hi I need to move my check-up on {date} at {time}, can't make it",
                   "Hello, I was billed {amount} for a filling on {date} but I thought it was covered?"],
            "nl": ["Hallo, ik wil graag mijn afspraak van {date} om {time} verzetten",
                   "goedemiddag, ik kreeg een rekening van {amount} voor de controle van {date}, klopt dat?"],
            "nb": ["hei, må flytte timen min {date} kl {time}, har dere noe neste uke?",
                   "Hei, jeg fikk en regning på {amount} etter timen {date}. Er ikke det litt mye?"],
            "ru": ["Здравствуйте, хочу перенести приём {date} в {time}",
                   "добрый день, мне выставили счёт на {amount} за лечение {date}, можно детализацию?"],
        },
    },
    "gym": {
        "co": {"en": ["PulseFit", "IronWorks Gym"], "nl": ["SportCity Oost", "FitLab"], "nb": ["Treningsloftet", "Aktiv365"],
               "ru": ["ФитнесЛайф", "Спортзал «Атлет»"]},
        "lbl": {"en": "membership number", "nl": "lidnummer", "nb": "medlemsnummer", "ru": "номер клубной карты"},
        "fields": ["name", "dob", "phone", "email", "custno", "bank", "address"],
        "people": ["name", "dob"], "negs": ["date", "time", "prod", "amount"],
        "open": {
            "en": ["hiya, want to freeze my {prod} membership from {date}, I'm away for a bit",
                   "Hi, why was I charged {amount} twice this month?? I'm on {prod}"],
            "nl": ["hoi, ik wil mijn abonnement ({prod}) opzeggen per {date}",
                   "Hallo, er is 2x {amount} afgeschreven, ik heb gewoon {prod}"],
            "nb": ["hei, kan jeg fryse medlemskapet ({prod}) fra {date}?",
                   "Hei! dere har trukket {amount} to ganger denne måneden, jeg har {prod}"],
            "ru": ["привет, хочу заморозить абонемент {prod} с {date}",
                   "Здравствуйте, с меня дважды списали {amount}, у меня тариф {prod}"],
        },
    },
    "pension": {
        "co": {"en": ["Evergreen Pensions", "Northgate Retirement Trust"], "nl": ["Pensioenfonds Bouwvak", "PGW Pensioen"],
               "nb": ["Fjellpensjon", "Pensjonskassen Nord"], "ru": ["НПФ «Северный капитал»", "НПФ «Опора-Плюс»"]},
        "lbl": {"en": "member reference", "nl": "deelnemersnummer", "nb": "medlemsnummer", "ru": "номер участника"},
        "fields": ["name", "dob", "phone", "email", "custno", "natid", "bank", "address"],
        "people": ["name", "dob", "natid"], "negs": ["date", "amount"],
        "open": {
            "en": ["Good morning. I'd like to take my pension from {date} and wondered what {amount} a month would mean for the lump sum",
                   "hi, my statement says {amount} but last year it was more, why?"],
            "nl": ["Goedemorgen, ik wil per {date} met pensioen en vroeg me af of {amount} bruto per maand klopt",
                   "hallo, mijn pensioenoverzicht zegt {amount} maar vorig jaar was het hoger?"],
            "nb": ["God morgen. Jeg vurderer å ta ut pensjon fra {date}, blir det {amount} i måneden?",
                   "hei, årsoppgaven viser {amount}, i fjor var det mer. hvorfor?"],
            "ru": ["Добрый день. Хочу оформить выплаты с {date}, правильно понимаю, что это {amount} в месяц?",
                   "здравствуйте, в выписке {amount}, а в прошлом году было больше, почему так?"],
        },
    },
    "muni": {
        "co": {"en": ["Riverside Borough Council", "Fenmoor District Council"], "nl": ["Gemeente Heuvelrug-Noord", "Gemeente Lekdal"],
               "nb": ["Fjordvik kommune", "Øvre Dal kommune"], "ru": ["МФЦ района Северный", "Управа района Заречье"]},
        "lbl": {"en": "council tax account number", "nl": "", "nb": "", "ru": ""},
        "fields": ["name", "dob", "phone", "email", "natid", "address", "custno"],
        "people": ["name", "dob", "natid"], "negs": ["date", "time", "amount", "track"],
        "open": {
            "en": ["Hi, I booked an appointment for {date} at {time} to register a move, is that still on?",
                   "hello, the parking permit was {amount} and hasn't arrived, tracking says {track}"],
            "nl": ["Goedendag, ik heb een afspraak op {date} om {time} voor een nieuw paspoort, moet ik iets meenemen?",
                   "hoi, mijn rijbewijs zou per post komen, track & trace {track}, maar er is niks. heb {amount} betaald"],
            "nb": ["Hei, jeg har time {date} kl {time} på servicetorget, kan jeg flytte den?",
                   "hei, betalte {amount} for parkeringstillatelse, sporing {track} står stille"],
            "ru": ["Здравствуйте, я записан на {date} в {time} на регистрацию по месту жительства, можно перенести?",
                   "добрый день, заплатил пошлину {amount}, документы отправили почтой, трек {track}, а их нет"],
        },
    },
    "uni": {
        "co": {"en": ["Northfield University admissions", "Kingsbridge College"], "nl": ["Hogeschool Rijnmond", "Universiteit Lekdelta"],
               "nb": ["Vestkyst høgskole", "Universitetet i Nordfjord"], "ru": ["Приёмная комиссия СевТУ", "Институт Приморья"]},
        "lbl": {"en": "", "nl": "", "nb": "", "ru": ""},
        "fields": ["name", "dob", "phone", "email", "passport", "natid", "address"],
        "people": [], "negs": ["date", "time", "amount", "track"],
        "open": {
            "en": ["Hi, I applied for the MSc and the deadline is {date}, but my transcript was posted with {track} and you haven't logged it",
                   "hello, is the application fee of {amount} refundable if I withdraw before {date}?"],
            "nl": ["Hallo, ik heb me aangemeld voor de bachelor en de deadline is {date}, maar mijn diploma is verstuurd met {track}",
                   "hoi, krijg ik het collegegeld ({amount}) terug als ik voor {date} stop?"],
            "nb": ["Hei, søknadsfristen er {date} og vitnemålet er sendt, sporingsnummer {track}, men det står ikke registrert",
                   "hei, får jeg tilbake semesteravgiften på {amount} hvis jeg trekker meg før {date}?"],
            "ru": ["Здравствуйте, я подал документы, срок до {date}, оригинал аттестата отправлен почтой, трек {track}",
                   "добрый день, вернут ли {amount} за общежитие, если я откажусь до {date}?"],
        },
    },
    "concert": {
        "co": {"en": ["TicketHarbour", "Stagefront Tickets"], "nl": ["TicketPoort", "Podiumkaart"], "nb": ["Billettluka", "Scenepass"],
               "ru": ["Билетный Двор", "Концерт-Касса"]},
        "lbl": {"en": "account number", "nl": "accountnummer", "nb": "kundenummer", "ru": "номер аккаунта"},
        "fields": ["name", "phone", "email", "custno", "address"],
        "people": ["name", "email"], "negs": ["date", "time", "dest", "seat", "amount", "order", "track", "prod"],
        "open": {
            "en": ["hi!! my tickets for the {dest} show on {date} haven't come, order {order}, seats {seat} and {seat2}",
                   "Hello, doors are at {time} on {date} right? And I paid {amount} for {prod} but it's not on the ticket"],
            "nl": ["hoi! mijn kaarten voor het concert in {dest} op {date} zijn er nog niet, bestelling {order}",
                   "Hallo, ik heb stoel {seat} en {seat2} voor {date} maar zie {prod} niet terug, wel {amount} betaald"],
            "nb": ["hei, billettene til konserten i {dest} {date} har ikke kommet, ordre {order}",
                   "Hei! har plass {seat} og {seat2} {date}, dørene åpner {time}? betalte {amount} for {prod}"],
            "ru": ["здравствуйте, билеты на концерт {date} так и не пришли, заказ {order}, места {seat} и {seat2}",
                   "Добрый день, вход с {time}? Я оплатил {amount} за {prod}, а в билете этого нет"],
        },
    },
    "pet": {
        "co": {"en": ["Pawsure Pet Insurance", "Whiskers & Co Insurance"], "nl": ["Dierverzekeraar Snuffel", "PetPolis"],
               "nb": ["Dyretrygd Nord", "Pote Forsikring"], "ru": ["ЗооСтрах", "Страховая «Хвост»"]},
        "lbl": {"en": "customer number", "nl": "relatienummer", "nb": "kundenummer", "ru": "номер клиента"},
        "fields": ["name", "dob", "phone", "email", "custno", "bank", "address"],
        "people": [], "negs": ["date", "amount", "prod"],
        "open": {
            "en": ["Hi, our dog Biscuit had surgery on {date}, the vet bill is {amount}, we're on {prod}",
                   "hello, can I upgrade to {prod}? the cat's got a vet appointment {date}"],
            "nl": ["Hallo, onze kat Pluis is op {date} geopereerd, de rekening is {amount}. We hebben {prod}",
                   "hoi, kan ik overstappen naar {prod}? de hond moet {date} naar de dierenarts"],
            "nb": ["Hei, hunden vår Tassen ble operert {date}, regningen ble {amount}. Vi har {prod}",
                   "hei, kan jeg oppgradere til {prod}? katten skal til dyrlegen {date}"],
            "ru": ["Здравствуйте, нашего кота Барсика прооперировали {date}, счёт {amount}, у нас тариф {prod}",
                   "добрый день, можно перейти на {prod}? у собаки приём у ветеринара {date}"],
        },
    },
    "moving": {
        "co": {"en": ["Swift Move Removals", "Boxwell Movers"], "nl": ["Verhuisbedrijf De Vlijt", "Verhuis & Co"],
               "nb": ["Flyttekompaniet Nord", "Bære og Kjøre Flytt"], "ru": ["ПереездСервис", "Мувинг-Плюс"]},
        "lbl": {"en": "customer number", "nl": "klantnummer", "nb": "kundenummer", "ru": "номер клиента"},
        "fields": ["name", "phone", "email", "custno", "bank", "address"],
        "people": ["name", "phone"], "negs": ["date", "time", "amount", "prod", "order"],
        "open": {
            "en": ["Hi, we're moving on {date}, can the van come at {time}? also need {prod}",
                   "hello, quote {order} says {amount}, is that with packing?"],
            "nl": ["Hoi, wij verhuizen op {date}, kan de wagen om {time} komen? en graag {prod}",
                   "Goedemiddag, offerte {order} zegt {amount}, is dat inclusief inpakken?"],
            "nb": ["Hei, vi flytter {date}, kan bilen komme kl {time}? trenger også {prod}",
                   "hei, tilbud {order} sier {amount}, er pakking med?"],
            "ru": ["Здравствуйте, переезжаем {date}, сможете подать машину к {time}? ещё нужен {prod}",
                   "добрый день, в заявке {order} стоит {amount}, это с упаковкой?"],
        },
    },
    "grid": {
        "co": {"en": ["Midshire Power Networks", "Coastline Grid"], "nl": ["Netbeheer Delta-Oost", "Stroomnet Noord"],
               "nb": ["Nordvest Nett", "Dalnett"], "ru": ["Горэлектросеть-7", "Энергосбыт Приволжья"]},
        "lbl": {"en": "customer number", "nl": "klantnummer", "nb": "kundenummer", "ru": "лицевой счёт"},
        "fields": ["name", "phone", "email", "custno", "bank", "address"],
        "people": ["name", "phone"], "negs": ["date", "time", "amount", "order"],
        "open": {
            "en": ["power's been off since {time}, whole street. any idea when it's back?",
                   "Hi, engineer visit {order} was booked for {date} but nobody came"],
            "nl": ["hallo, de stroom is al uit sinds {time}, hele straat. weet u wanneer het terug is?",
                   "Goedemiddag, monteursbezoek {order} stond op {date} maar er kwam niemand"],
            "nb": ["strømmen har vært borte siden kl {time}, hele gata. når kommer den tilbake?",
                   "Hei, montørbesøk {order} var avtalt {date}, men ingen kom"],
            "ru": ["у нас нет света с {time}, весь дом. когда дадут?",
                   "Здравствуйте, выезд мастера по заявке {order} был назначен на {date}, никто не пришёл"],
        },
    },
    "game": {
        "co": {"en": ["Pixel Harbour Games", "Dragonkeep support"], "nl": ["Pixelhaven Games", "Kasteelstrijd support"],
               "nb": ["Trollspill Studio", "Nordlys Games"], "ru": ["студия «Кракен»", "поддержка «Кристальных войн»"]},
        "lbl": {"en": "", "nl": "", "nb": "", "ru": ""},
        "fields": ["name", "dob", "phone", "email"],
        "people": [], "negs": ["time", "amount", "prod", "order"],
        "open": {
            "en": ["bought {prod} for {amount} and got nothing, receipt {order}",
                   "hi my account got banned at {time} last night for no reason?? i spent {amount} on this game"],
            "nl": ["ik heb {prod} gekocht voor {amount} en niks gekregen, bon {order}",
                   "hoi mijn account is om {time} geblokkeerd zonder reden, heb {amount} uitgegeven aan dit spel"],
            "nb": ["kjøpte {prod} for {amount} og fikk ingenting, kvittering {order}",
                   "hei kontoen min ble utestengt kl {time} i går?? har brukt {amount} på spillet"],
            "ru": ["купил {prod} за {amount} и ничего не пришло, чек {order}",
                   "здрасте, мой аккаунт заблокировали в {time} вчера ни за что, я потратил {amount}"],
        },
    },
}

GREET = {
    "en": ["Hi, you're through to {co}, I'm {agent}. How can I help?", "Hello and welcome to {co} chat! {agent} here 😊",
           "{co}: good afternoon, my name is {agent}, what can I do for you?", "Hey! {agent} from {co}, what's up?",
           "Welcome to {co}. How can I help you today?"],
    "nl": ["Goedemiddag, u chat met {agent} van {co}. Waarmee kan ik helpen?", "Hoi! Je spreekt met {agent} van {co} 😊",
           "Welkom bij {co}, mijn naam is {agent}. Wat kan ik voor u doen?", "Hallo, {agent} hier namens {co}.",
           "Welkom bij de chat van {co}. Waarmee kunnen we je helpen?"],
    "nb": ["Hei, du chatter med {agent} i {co}. Hva kan jeg hjelpe med?", "Hei og velkommen til {co}! {agent} her 😊",
           "God dag, mitt navn er {agent} fra {co}. Hva gjelder det?", "Hallo! {agent} hos {co}, hva lurer du på?",
           "Velkommen til {co}. Hva kan vi hjelpe deg med i dag?"],
    "ru": ["Здравствуйте! {co}, меня зовут {agent}. Чем могу помочь?", "Добрый день, это {agent} из {co} 😊",
           "{co}, оператор {agent}. Слушаю вас.", "Привет! {agent}, {co}. Что случилось?",
           "Добро пожаловать в чат {co}. Чем помочь?"],
}

# ---------------------------------------------------------------------------------------
# phrasings
# ---------------------------------------------------------------------------------------

NOUN = {
    "name": {"en": "full name", "nl": "volledige naam", "nb": "fullt navn", "ru": "ФИО"},
    "dob": {"en": "date of birth", "nl": "geboortedatum", "nb": "fødselsdato", "ru": "дату рождения"},
    "phone": {"en": "phone number", "nl": "telefoonnummer", "nb": "telefonnummer", "ru": "номер телефона"},
    "email": {"en": "email address", "nl": "e-mailadres", "nb": "e-postadresse", "ru": "электронную почту"},
    "booking": {"en": "booking reference", "nl": "reserveringscode", "nb": "bookingreferanse", "ru": "код бронирования"},
    "passport": {"en": "passport number", "nl": "paspoortnummer", "nb": "passnummer", "ru": "номер загранпаспорта"},
}

Q: dict[str, dict[str, list[str]]] = {
    "name": {
        "en": ["Could I take your full name, please?", "whats ur name pls", "Who am I speaking with?",
               "Before we go any further, could you tell me the name the account is under?", "And your name is...?",
               "Can I just grab the lead name on the booking?"],
        "nl": ["Mag ik uw volledige naam?", "hoe heet je?", "Met wie spreek ik?",
               "Op welke naam staat het, als ik vragen mag, dan zoek ik het even voor u op?", "Uw voor- en achternaam graag.",
               "Op wiens naam staat de reservering?"],
        "nb": ["Kan jeg få fullt navn?", "hva heter du?", "Hvem snakker jeg med?",
               "Hvilket navn står avtalen på, om jeg får spørre, så skal jeg sjekke det for deg?", "Navnet ditt?",
               "Hvem står som hovedperson på bestillingen?"],
        "ru": ["Подскажите, пожалуйста, ваше ФИО.", "как вас зовут?", "С кем я говорю?",
               "На чьё имя оформлен договор, если не секрет? Я посмотрю.", "Ваши фамилия и имя?",
               "На кого оформлено?"],
    },
    "dob": {
        "en": ["What's your date of birth?", "and DOB?", "Can I get your date of birth for security?",
               "To make sure I'm talking to the account holder I need the date of birth on the account.",
               "When were you born? (just need it for the check)", "date of brith please"],
        "nl": ["Wat is uw geboortedatum?", "geboortedatum?", "Voor de verificatie heb ik uw geboortedatum nodig.",
               "Wanneer ben je geboren?", "Mag ik ter controle uw geboortedatum?", "Wat is je gebortedatum?"],
        "nb": ["Hva er fødselsdatoen din?", "fødselsdato?", "Kan du oppgi fødselsdatoen for å bekrefte identiteten?",
               "Når er du født?", "Fødselsdatoen din, takk.", "Hva er fødseldsatoen din?"],
        "ru": ["Ваша дата рождения?", "дата рождения?", "Для проверки назовите, пожалуйста, дату рождения.",
               "Когда вы родились?", "Подскажите дату рождения владельца.", "Ваша дата рожденя?"],
    },
    "phone": {
        "en": ["What's the best number to reach you on?", "mobile number?", "Could you give me a phone number in case we get cut off?",
               "Which number should we text the confirmation to?", "Can I have a contact number?"],
        "nl": ["Op welk nummer kunnen we u bereiken?", "06-nummer?", "Mag ik een telefoonnummer voor als de verbinding wegvalt?",
               "Naar welk nummer mogen we de sms sturen?", "Wat is je mobiele nummer?"],
        "nb": ["Hvilket nummer kan vi nå deg på?", "mobilnr?", "Kan jeg få et telefonnummer i tilfelle vi blir brutt?",
               "Hvilket nummer skal vi sende SMS til?", "Hva er mobilnummeret ditt?"],
        "ru": ["По какому номеру с вами связаться?", "номер телефона?", "Оставьте, пожалуйста, телефон на случай, если чат оборвётся.",
               "На какой номер прислать СМС?", "Какой у вас мобильный?"],
    },
    "email": {
        "en": ["What's your email address?", "email?", "Which e-mail should the confirmation go to?",
               "Could you give me the email you registered with?", "And your emial address pls"],
        "nl": ["Wat is uw e-mailadres?", "mailadres?", "Naar welk e-mailadres mag de bevestiging?",
               "Met welk mailadres heb je je aangemeld?", "En je emailadres graag"],
        "nb": ["Hva er e-postadressen din?", "e-post?", "Hvilken e-post skal bekreftelsen sendes til?",
               "Hvilken e-postadresse registrerte du deg med?", "Og e-postaddressen?"],
        "ru": ["Ваш адрес электронной почты?", "почта?", "На какой e-mail отправить подтверждение?",
               "С какой почты вы регистрировались?", "И ваш имейл, пожалуйста"],
    },
    "booking": {
        "en": ["What's the booking reference?", "booking ref?", "Have you got the six-character reference from your confirmation?",
               "Can you tell me the booking code so I can find the right one, I can see a few under that name?",
               "What was the reservation code again?"],
        "nl": ["Wat is de reserveringscode?", "boekingsnummer?", "Heeft u de code van zes tekens uit de bevestiging?",
               "Kunt u de boekingscode geven, want ik zie er meerdere op die naam?", "Wat was de reserveringscode ook alweer?"],
        "nb": ["Hva er bookingreferansen?", "ref?", "Har du koden på seks tegn fra bekreftelsen?",
               "Kan du gi meg bestillingskoden, jeg ser flere på det navnet?", "Hva var referansen igjen?"],
        "ru": ["Какой у вас код бронирования?", "номер брони?", "Есть шестизначный код из подтверждения?",
               "Подскажите код брони, на это имя их несколько?", "Напомните код бронирования?"],
    },
    "passport": {
        "en": ["What's your passport number?", "passport no.?", "I'll need the passport number for the manifest.",
               "Could you type the passport number exactly as it's printed?"],
        "nl": ["Wat is uw paspoortnummer?", "paspoortnr?", "Ik heb het paspoortnummer nodig voor de passagierslijst.",
               "Kunt u het documentnummer van uw paspoort intypen?"],
        "nb": ["Hva er passnummeret ditt?", "passnr?", "Jeg trenger passnummeret til passasjerlisten.",
               "Kan du skrive inn passnummeret slik det står?"],
        "ru": ["Номер загранпаспорта?", "номер паспорта?", "Для списка пассажиров нужен номер загранпаспорта.",
               "Введите, пожалуйста, серию и номер загранпаспорта."],
    },
    "custno": {
        "en": ["What's your {lbl}?", "{lbl}?", "Could you give me your {lbl}? It's on your emails from us.",
               "Can I take the {lbl} please", "I'll just need the {lbl} to open your file."],
        "nl": ["Wat is uw {lbl}?", "{lbl}?", "Mag ik uw {lbl}? Die staat in onze mails.",
               "Kun je je {lbl} even geven", "Ik heb uw {lbl} nodig om uw dossier te openen."],
        "nb": ["Hva er {lbld} ditt?", "{lbl}?", "Kan du gi meg {lbld}? Det står i e-postene fra oss.",
               "Har du {lbld} for hånden?", "Jeg trenger {lbld} for å finne saken din."],
        "ru": ["Ваш {lbl}?", "{lbl}?", "Подскажите {lbl}, он есть в наших письмах.",
               "Назовите, пожалуйста, {lbl}", "Мне нужен {lbl}, чтобы открыть вашу карточку."],
    },
    "bank": {
        "en": ["Which account should we refund to?", "Which bank account do you want the direct debit from?",
               "What are the account details for the refund?", "acc details for the refund?"],
        "nl": ["Op welk rekeningnummer mogen we het terugstorten?", "Van welke rekening mogen we incasseren?",
               "Wat is uw IBAN?", "iban voor de terugbetaling?"],
        "nb": ["Hvilket kontonummer skal vi betale tilbake til?", "Hvilken konto skal trekket gå fra?",
               "Kan jeg få kontonummeret for tilbakebetalingen?", "kontonr?"],
        "ru": ["На какой счёт вернуть деньги?", "С какого счёта списывать?", "Подскажите реквизиты для возврата — номер счёта.",
               "номер счёта для возврата?"],
    },
    "natid": {
        "en": [],
        "nl": ["Wat is uw BSN?", "Mag ik uw burgerservicenummer?", "bsn?", "Voor de aanvraag heb ik je BSN nodig."],
        "nb": ["Hva er fødselsnummeret ditt (11 siffer)?", "Kan jeg få personnummeret?", "fnr?", "Til søknaden trenger jeg fødselsnummer."],
        "ru": ["Ваш СНИЛС?", "Подскажите номер СНИЛС.", "снилс?", "Для заявления нужен СНИЛС."],
    },
}
NATID_INN_Q = ["Ваш ИНН?", "Подскажите ИНН, пожалуйста.", "инн?"]

PLAIN = {
    "name": {"en": ["Hi, this is {v}", "my name is {v}", "Name's {v}", "name: {v}"],
             "nl": ["Hallo, u spreekt met {v}", "mijn naam is {v}", "Ik ben {v}", "naam: {v}"],
             "nb": ["Hei, dette er {v}", "jeg heter {v}", "Navnet mitt er {v}", "navn: {v}"],
             "ru": ["Здравствуйте, меня зовут {v}", "это {v}", "Я {v}", "ФИО: {v}"]},
    "dob": {"en": ["my date of birth is {v}", "born {v}", "DOB: {v}", "I was born on {v}"],
            "nl": ["mijn geboortedatum is {v}", "geboren {v}", "geb. {v}", "ik ben geboren op {v}"],
            "nb": ["fødselsdatoen min er {v}", "født {v}", "f.dato: {v}", "jeg er født {v}"],
            "ru": ["дата рождения {v}", "Дата рождения: {v}", "д.р. {v}", "год и дата рождения: {v}"]},
    "phone": {"en": ["you can call me on {v}", "my mobile is {v}", "Tel: {v}", "phone number {v}"],
              "nl": ["u kunt me bellen op {v}", "mijn mobiel is {v}", "tel: {v}", "telefoonnummer {v}"],
              "nb": ["du kan ringe meg på {v}", "mobilen min er {v}", "Tlf: {v}", "telefonnummer {v}"],
              "ru": ["мой телефон {v}", "звоните на {v}", "Тел.: {v}", "мобильный {v}"]},
    "email": {"en": ["my email is {v}", "e-mail: {v}", "send it to my email {v} please", "Email: {v}"],
              "nl": ["mijn mail is {v}", "e-mail: {v}", "stuur het maar naar mijn mailadres {v}", "Mail: {v}"],
              "nb": ["e-posten min er {v}", "e-post: {v}", "send det til e-postadressen {v}", "Mail: {v}"],
              "ru": ["моя почта {v}", "e-mail: {v}", "пришлите на почту {v}", "Почта: {v}"]},
    "booking": {"en": ["booking ref {v}", "Ref: {v}", "my reservation code is {v}", "Booking reference: {v}"],
                "nl": ["reserveringscode {v}", "Ref: {v}", "mijn boekingscode is {v}", "Boekingsnr: {v}"],
                "nb": ["bookingreferanse {v}", "Ref: {v}", "bestillingskoden er {v}", "Referanse: {v}"],
                "ru": ["код брони {v}", "Бронь: {v}", "мой номер бронирования {v}", "Код бронирования: {v}"]},
    "passport": {"en": ["passport number {v}", "Passport: {v}", "my passport no. is {v}"],
                 "nl": ["paspoortnummer {v}", "Paspoort: {v}", "mijn paspoortnr is {v}"],
                 "nb": ["passnummer {v}", "Pass: {v}", "passnummeret mitt er {v}"],
                 "ru": ["загранпаспорт {v}", "Паспорт: {v}", "номер загранпаспорта {v}"]},
    "custno": {"en": ["my {lbl} is {v}", "{Lbl}: {v}", "{lbl} {v}"], "nl": ["mijn {lbl} is {v}", "{Lbl}: {v}", "{lbl} {v}"],
               "nb": ["{Lbld} mitt er {v}", "{Lbl}: {v}", "{lbl} {v}"], "ru": ["мой {lbl} {v}", "{Lbl}: {v}", "{lbl} {v}"]},
    "bank": {"en": ["my account is {v}", "Account: {v}", "refund to account {v} please"],
             "nl": ["mijn rekeningnummer is {v}", "IBAN: {v}", "graag terugstorten op rekening {v}"],
             "nb": ["kontonummeret mitt er {v}", "Konto: {v}", "betal tilbake til konto {v}"],
             "ru": ["мой счёт {v}", "Счёт: {v}", "верните на счёт {v}"]},
    "natid": {"en": [], "nl": ["mijn BSN is {v}", "BSN: {v}", "burgerservicenummer {v}"],
              "nb": ["fødselsnummer {v}", "fnr: {v}", "personnummeret mitt er {v}"],
              "ru": ["мой СНИЛС {v}", "СНИЛС: {v}", "СНИЛС {v}"]},
}
INN_PLAIN = ["мой ИНН {v}", "ИНН: {v}", "ИНН {v}"]

# bare-answer wrappers (no type cue); {v} is the value
WRAP = {
    "en": ["{v}", "{v}", "{v}", "sure, {v}", "it's {v}", "ok {v}", "{v} 👍", "yep {v}", "{v} I think", "that'd be {v}"],
    "nl": ["{v}", "{v}", "{v}", "ja, {v}", "dat is {v}", "oké {v}", "{v} 👍", "ehm {v}", "{v} denk ik", "{v} toch?"],
    "nb": ["{v}", "{v}", "{v}", "ja, {v}", "det er {v}", "ok {v}", "{v} 👍", "øh {v}", "{v} tror jeg", "{v} 🙂"],
    "ru": ["{v}", "{v}", "{v}", "да, {v}", "это {v}", "ок {v}", "{v} 👍", "эм, {v}", "{v} вроде", "{v} 🙂"],
}
WAIT = {
    "en": ["one sec, finding it", "hang on", "let me check my emails", "just a moment pls", "brb getting the letter"],
    "nl": ["momentje, even zoeken", "wacht even", "even in mijn mail kijken", "sec", "moment, ik pak de brief erbij"],
    "nb": ["et øyeblikk, skal finne det", "vent litt", "må sjekke e-posten", "sek", "øyeblikk, henter brevet"],
    "ru": ["секунду, ищу", "минутку", "сейчас посмотрю в почте", "щас", "момент, достану письмо"],
}
NO_RUSH = {"en": ["no rush", "take your time", "sure"], "nl": ["geen haast", "neem de tijd", "prima"],
           "nb": ["ingen hast", "ta den tiden du trenger", "klart"], "ru": ["не торопитесь", "конечно, жду", "хорошо"]}
BACKQ = {
    "en": [("the one on the card or the one in the email?", "The one on the card, please."),
           ("why do you need that?", "Just to confirm it's you, it's standard."),
           ("is that the long one or the short one?", "The long one.")],
    "nl": [("die op de pas of die in de mail?", "Die op de pas graag."), ("waarom heeft u dat nodig?", "Alleen ter verificatie, dat is standaard."),
           ("de lange of de korte?", "De lange.")],
    "nb": [("den på kortet eller den i e-posten?", "Den på kortet."), ("hvorfor trenger dere det?", "Bare for å bekrefte at det er deg."),
           ("den lange eller den korte?", "Den lange.")],
    "ru": [("тот, что на карте, или из письма?", "Тот, что на карте."), ("а зачем вам?", "Только для проверки, это стандартная процедура."),
           ("длинный или короткий?", "Длинный.")],
}
ACK = {"en": ["Thanks!", "Great, thank you.", "perfect ty", "Got it.", "Lovely, thanks."],
       "nl": ["Dank u!", "Top, dankjewel.", "Helder.", "Prima, bedankt.", "Gevonden."],
       "nb": ["Takk!", "Supert, takk.", "Flott.", "Skjønner.", "Da har jeg det."],
       "ru": ["Спасибо!", "Отлично, спасибо.", "Принято.", "Вижу.", "Хорошо."]}
CONFIRM = {
    "en": ["Can you confirm the email we have is {v}?", "Just to confirm, your phone is still {v}?",
           "I have {v} as the date of birth, can you confirm that's right?"],
    "nl": ["Kunt u bevestigen dat uw e-mailadres {v} is?", "Klopt het dat uw telefoonnummer nog {v} is?",
           "Ik heb als geboortedatum {v}, klopt dat?"],
    "nb": ["Kan du bekrefte at e-posten vi har er {v}?", "Stemmer det at telefonnummeret fortsatt er {v}?",
           "Jeg har fødselsdato {v}, stemmer det?"],
    "ru": ["Подтвердите, пожалуйста, что ваша почта {v}?", "Ваш телефон всё ещё {v}?",
           "У меня дата рождения {v}, верно?"],
}
YES = {"en": ["yes that's right", "yep", "correct"], "nl": ["ja klopt", "jep", "correct"], "nb": ["ja, stemmer", "jepp", "korrekt"],
       "ru": ["да, верно", "ага", "всё так"]}
NO_NEW = {"en": ["no, it's {v} now", "nope, changed it, {v}"], "nl": ["nee, nu {v}", "nee, gewijzigd: {v}"],
          "nb": ["nei, nå er det {v}", "nei, har byttet, {v}"], "ru": ["нет, теперь {v}", "нет, актуальный — {v}"]}
TWO_Q = {
    "en": ["Can I have your {a} and your {b}, please?", "I'll need your {a} and {b} to pull things up.", "{a} and {b}?"],
    "nl": ["Mag ik uw {a} en uw {b}?", "Ik heb je {a} en {b} nodig om het op te zoeken.", "{a} en {b}?"],
    "nb": ["Kan jeg få {a} og {b}?", "Jeg trenger {a} og {b} for å finne deg.", "{a} og {b}?"],
    "ru": ["Назовите, пожалуйста, {a} и {b}.", "Мне нужны {a} и {b}, чтобы найти вас.", "{a} и {b}?"],
}
ENGLISH_SWITCH = {
    "nl": "sorry, my Dutch isn't great, can I write in English?",
    "nb": "sorry, can we continue in English? my Norwegian is not so good",
    "ru": "sorry, can I write in English? typing in Russian is slow for me",
}
ENGLISH_OK = {"nl": "Natuurlijk, schrijf gerust in het Engels, ik begrijp het prima.",
              "nb": "Selvfølgelig, skriv gjerne på engelsk, jeg forstår det fint.",
              "ru": "Конечно, пишите по-английски, я всё понимаю."}
SPLIT_MORE = {"en": ["sorry pressed enter", "...", "hit send too early"], "nl": ["sorry op enter gedrukt", "...", "te vroeg verstuurd"],
              "nb": ["sorry, trykket enter", "...", "sendte for tidlig"], "ru": ["ой, отправилось", "...", "случайно отправилось"]}
CORRECT = {
    "en": ["sorry, {v}", "*{v}", "no wait: {v}", "typo, it's {v}", "oops {v}"],
    "nl": ["sorry, {v}", "*{v}", "nee wacht: {v}", "typfout, moet zijn {v}", "oeps {v}"],
    "nb": ["unnskyld, {v}", "*{v}", "nei vent: {v}", "skrivefeil, riktig er {v}", "oi {v}"],
    "ru": ["ой, {v}", "*{v}", "нет, стоп: {v}", "опечатка: {v}", "извините, {v}"],
}
ADDR_Q = {
    "en": ["Where should we send it?", "What's the address?", "And the address for the paperwork?", "whats the postal address pls",
           "Which address is it for?", "Could you confirm your home address so the letter goes to the right place?"],
    "nl": ["Naar welk adres mogen we het sturen?", "Wat is het adres?", "En het postadres?", "adres?",
           "Om welk adres gaat het?", "Kunt u uw woonadres geven, zodat de brief goed aankomt?"],
    "nb": ["Hvor skal vi sende det?", "Hva er adressen?", "Og postadressen?", "adresse?",
           "Hvilken adresse gjelder det?", "Kan du oppgi bostedsadressen så brevet kommer riktig fram?"],
    "ru": ["Куда отправить?", "Ваш адрес?", "И почтовый адрес?", "адрес?", "По какому адресу?",
           "Уточните адрес проживания, чтобы письмо дошло?"],
}
Q["address"] = ADDR_Q
PLAIN["address"] = {
    "en": ["my address is {v}", "I live at {v}", "Address: {v}"],
    "nl": ["mijn adres is {v}", "ik woon op {v}", "Adres: {v}"],
    "nb": ["adressen min er {v}", "jeg bor i {v}", "Adresse: {v}"],
    "ru": ["мой адрес: {v}", "живу по адресу {v}", "Адрес: {v}"],
}
REL = {
    "en": ("me", ("my husband", "my wife"), ("our son", "our daughter")),
    "nl": ("ikzelf", ("mijn man", "mijn vrouw"), ("onze zoon", "onze dochter")),
    "nb": ("meg", ("mannen min", "kona mi"), ("sønnen vår", "datteren vår")),
    "ru": ("я", ("муж", "жена"), ("сын", "дочь")),
}
RU_FEM_PAST = {"вернул ": "вернула ", "подал ": "подала ", "записан ": "записана ", "заплатил ": "заплатила ",
               "оплатил ": "оплатила ", "купил ": "купила ", "потратил ": "потратила "}
ADDR_PREV = {"en": "And the previous address?", "nl": "En het vorige adres?", "nb": "Og forrige adresse?", "ru": "А предыдущий адрес?"}
ADDR_MOVE = {
    "en": ("Where are we collecting from?", "And where's it all going?"),
    "nl": ("Waar halen we de spullen op?", "En waar gaat het naartoe?"),
    "nb": ("Hvor henter vi fra?", "Og hvor skal det?"),
    "ru": ("Откуда забираем?", "А куда везём?"),
}
CLOSE = {
    "en": [("Anything else I can help with?", "no that's all, thanks"), ("All sorted! Anything else?", "nope cheers"),
           ("Is there anything more?", "That's it, thank you 🙏")],
    "nl": [("Kan ik nog iets voor u doen?", "nee dat was het, bedankt"), ("Geregeld! Verder nog iets?", "nee top, dank je"),
           ("Is er nog iets?", "Nee hoor, fijne dag 🙏")],
    "nb": [("Noe mer jeg kan hjelpe med?", "nei, det var alt, takk"), ("Ordnet! Noe annet?", "nei takk 👍"),
           ("Var det noe mer?", "Nei, takk for hjelpen 🙏")],
    "ru": [("Могу ещё чем-то помочь?", "нет, спасибо"), ("Готово! Что-то ещё?", "нет, всё, спасибо 👍"),
           ("Ещё вопросы есть?", "Нет, спасибо большое 🙏")],
}
FILLER = {
    "en": [("Let me just check that for you.", "ok"), ("Bear with me, the system is slow today.", "np"),
           ("I'm putting a note on your file.", "great thanks")],
    "nl": [("Ik kijk het even voor u na.", "oké"), ("Momentje, het systeem is traag vandaag.", "geen probleem"),
           ("Ik zet een notitie in uw dossier.", "fijn, dank je")],
    "nb": [("Jeg skal sjekke det for deg.", "ok"), ("Et øyeblikk, systemet er tregt i dag.", "greit"),
           ("Jeg legger inn et notat på saken.", "flott, takk")],
    "ru": [("Сейчас проверю.", "ок"), ("Секунду, система сегодня медленная.", "ничего"),
           ("Оставлю комментарий в вашей карточке.", "спасибо")],
}

# hard negatives asked for directly
NEG_Q = {
    "date": {"en": ["Which date are we talking about?", "What date works for you?"], "nl": ["Om welke datum gaat het?", "Welke datum past u?"],
             "nb": ["Hvilken dato gjelder det?", "Hvilken dato passer?"], "ru": ["На какое число?", "Какая дата вам удобна?"]},
    "time": {"en": ["What time?", "roughly what time was that?"], "nl": ["Hoe laat?", "Hoe laat ongeveer?"],
             "nb": ["Hva var klokka?", "Når på dagen?"], "ru": ["Во сколько?", "Примерно во сколько?"]},
    "dest": {"en": ["Where to?", "Which city is that?"], "nl": ["Waarheen?", "Welke stad?"],
             "nb": ["Hvor til?", "Hvilken by?"], "ru": ["Куда?", "Какой город?"]},
    "order": {"en": ["What's the order number?", "got the order no.?"], "nl": ["Wat is het ordernummer?", "bestelnummer?"],
              "nb": ["Hva er ordrenummeret?", "ordrenr?"], "ru": ["Номер заказа?", "какой номер заказа?"]},
    "track": {"en": ["Do you have the tracking number?"], "nl": ["Heeft u de track & trace code?"],
              "nb": ["Har du sporingsnummeret?"], "ru": ["Есть трек-номер?"]},
    "seat": {"en": ["Which seat is it?"], "nl": ["Welke stoel?"], "nb": ["Hvilket sete?"], "ru": ["Какое место?"]},
    "prod": {"en": ["Which one did you get?", "What's the product code?"], "nl": ["Welke heeft u?", "Welke productcode?"],
             "nb": ["Hvilken har du?", "Hvilken produktkode?"], "ru": ["Какой именно?", "Код товара?"]},
    "amount": {"en": ["How much was it?"], "nl": ["Om welk bedrag gaat het?"], "nb": ["Hvor mye var det?"], "ru": ["На какую сумму?"]},
}
KIND = {"date": "travel_date", "time": "time", "dest": "destination", "order": "order_number", "track": "tracking_number",
        "seat": "seat", "prod": "product_code", "amount": "amount"}
WRONG_ORDER = {
    "en": ("That's the order number I think, the {lbl} is on your account page.", "oh sorry, {v}"),
    "nl": ("Dat is volgens mij het ordernummer, uw {lbl} staat op uw accountpagina.", "o sorry, {v}"),
    "nb": ("Det er nok ordrenummeret, {lbld} står på kontosiden din.", "å sorry, {v}"),
    "ru": ("Кажется, это номер заказа, а {lbl} указан в личном кабинете.", "ой, {v}"),
}
WRONG_DATE = {
    "en": ("Sorry, I meant your own date of birth 🙂", "haha oops, {v}"),
    "nl": ("Sorry, ik bedoelde uw eigen geboortedatum 🙂", "haha oeps, {v}"),
    "nb": ("Beklager, jeg mente din egen fødselsdato 🙂", "haha oi, {v}"),
    "ru": ("Извините, мне нужна ваша дата рождения 🙂", "ой, {v}"),
}


# ---------------------------------------------------------------------------------------
# disguises
# ---------------------------------------------------------------------------------------

DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "nb": ["null", "en", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni"],
    "ru": ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"],
}
RU_TENS = ["", "десять", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"]
RU_TEENS = ["десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать",
            "семнадцать", "восемнадцать", "девятнадцать"]  # fmt: skip
AT = {"en": [" at ", " (at) ", " [at] ", " at sign ", " @ "], "nl": [" apenstaartje ", " apestaart ", " at ", " (at) ", " @ "],
      "nb": [" alfakrøll ", " krøllalfa ", " at ", " (at) ", " @ "], "ru": [" собака ", " собачка ", " at ", " (at) ", " @ "]}
DOT = {"en": [" dot ", " (dot) ", " [dot] ", " dot "], "nl": [" punt ", " punt ", " (dot) ", " puntje "],
       "nb": [" punktum ", " prikk ", " (dot) ", " punkt "], "ru": [" точка ", " тчк ", " (dot) ", " точка "]}
SEPW = {"_": {"en": " underscore ", "nl": " underscore ", "nb": " understrek ", "ru": " нижнее подчёркивание "},
        "-": {"en": " dash ", "nl": " streepje ", "nb": " bindestrek ", "ru": " дефис "}}
RU_DOMAIN_WORDS = {"yandex": "яндекс", "ru": "ру", "mail": "мэйл", "com": "ком", "gmail": "гмейл", "inbox": "инбокс", "list": "лист"}
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
CYR = {"A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х"}


def spell_email(rng: random.Random, lang: str, email: str) -> str:
    local, domain = email.split("@")
    style = rng.randint(0, 5)
    if style == 5:  # zero-width characters inside the symbols and the domain
        i = rng.randint(1, len(domain) - 1)
        return f"{local}\u200b@{domain[:i]}{rng.choice(ZW)}{domain[i:]}"
    at = rng.choice(AT[lang])
    dot = rng.choice(DOT[lang])

    def words(s: str, domain_part: bool) -> str:
        out = s
        for sep, w in SEPW.items():
            out = out.replace(sep, w[lang])
        if style == 3 and domain_part:  # only the @ spelled out
            return out
        out = out.replace(".", dot)
        if lang == "ru" and domain_part and style == 4:
            for latin, cyr in RU_DOMAIN_WORDS.items():
                out = " ".join(cyr if w == latin else w for w in out.split(" "))
        return out

    s = f"{words(local, False)}{at}{words(domain, True)}".strip()
    s = " ".join(s.split())
    if style == 2:
        s = s.upper()
    return s


def number_words(rng: random.Random, lang: str, v: str, mixed: bool) -> str:
    ds = [c for c in v if c.isdigit() or c == "+"]
    out: list[str] = []
    i = 0
    while i < len(ds):
        c = ds[i]
        if c == "+":
            out.append("+" if lang != "en" or rng.random() < 0.5 else "plus")
            i += 1
            continue
        if (lang == "ru" and not mixed and i + 1 < len(ds) and ds[i + 1] not in "+0" and c != "0" and rng.random() < 0.6) or (
            lang == "ru" and not mixed and c == "1" and i + 1 < len(ds) and ds[i + 1] == "0"
        ):
            t, u = int(c), int(ds[i + 1])
            out.append(RU_TEENS[u] if t == 1 else RU_TENS[t] + ("" if u == 0 else " " + DIGIT_WORDS["ru"][u]))
            i += 2
            continue
        if lang == "en" and i + 1 < len(ds) and ds[i + 1] == c and rng.random() < 0.7:
            out.append("double " + ("oh" if c == "0" else DIGIT_WORDS["en"][int(c)]))
            i += 2
            continue
        if mixed and rng.random() < 0.5:
            out.append(c)
        else:
            out.append("oh" if lang == "en" and c == "0" and rng.random() < 0.5 else DIGIT_WORDS[lang][int(c)])
        i += 1
    return " ".join(out)


def disguise_number(rng: random.Random, lang: str, v: str, allow_words: bool = True) -> str:
    styles = ["spaced", "zw", "homo", "full"] + (["words", "mixed"] if allow_words else [])
    style = rng.choice(styles)
    if style == "words":
        return number_words(rng, lang, v, False)
    if style == "mixed":
        return number_words(rng, lang, v, True)
    if style == "spaced":
        return " ".join(c for c in v if c.isalnum() or c == "+")
    if style == "zw":
        chars = list(v)
        for _ in range(rng.randint(1, 3)):
            chars.insert(rng.randint(1, len(chars) - 1), rng.choice(ZW))
        return "".join(chars)
    if style == "full":  # full-width digits, as some phone keyboards type them
        return "".join(chr(ord(c) - 0x30 + 0xFF10) if c.isdigit() else c for c in v)
    chars = list(v)
    spots = [i for i, c in enumerate(chars) if c in "01" or c in CYR]
    if not spots:
        return "".join(chars[:1]) + "\u200b" + "".join(chars[1:])
    for i in rng.sample(spots, min(2, len(spots))):
        c = chars[i]
        chars[i] = {"0": rng.choice(["O", "О"]), "1": rng.choice(["l", "I"])}.get(c) or CYR[c]
    return "".join(chars)


# ---------------------------------------------------------------------------------------
# the conversation builder
# ---------------------------------------------------------------------------------------


class Chat:
    def __init__(self, rng: random.Random, lang: str, sector: str) -> None:
        self.rng, self.lang, self.sector = rng, lang, sector
        self.cfg = SECTORS[sector]
        self.turns: list[Turn] = []
        self.me = Who(rng, lang)
        self.lbl = self.cfg["lbl"][lang]
        self.english = False  # the customer switched to English
        self.ru_natid = rng.choice(["snils", "inn"])

    # helpers
    def pick(self, xs: list):
        return self.rng.choice(xs)

    def a(self, *parts: Part) -> None:
        self.turns.append(("agent", list(parts)))

    def c(self, *parts: Part) -> None:
        self.turns.append(("customer", list(parts)))

    def at(self, template: str, **slots: Part) -> None:
        self.turns.append(("agent", T(template, **slots)))

    def ct(self, template: str, **slots: Part) -> None:
        self.turns.append(("customer", T(template, **slots)))

    @property
    def clang(self) -> str:
        """The language the customer writes in."""
        return "en" if self.english else self.lang

    def fields(self) -> list[str]:
        fs = [f for f in self.cfg["fields"] if not (f == "custno" and not self.lbl)]
        if self.lang == "en":
            fs = [f for f in fs if f != "natid"]
        return fs

    def value(self, field: str, who: Who | None = None, young: bool = False) -> tuple[str, str]:
        rng, lang = self.rng, self.lang
        who = who or self.me
        if field == "name":
            return who.full(rng), "PERSON"
        if field == "dob":
            return new_dob(rng, self.clang, young), "DATE_OF_BIRTH"
        if field == "phone":
            return phone(rng, lang), "PHONE_NUMBER"
        if field == "email":
            e = email_for(rng, lang, who)
            return (e.upper() if rng.random() < 0.08 else e), "EMAIL_ADDRESS"
        if field == "booking":
            return booking(rng), "BOOKING_REFERENCE"
        if field == "passport":
            return passport(rng, lang), "PASSPORT"
        if field == "custno":
            return custno(rng, lang, self.sector), "CUSTOMER_NUMBER"
        if field == "bank":
            return bank(rng, lang)
        if field == "natid":
            return natid(rng, lang, self.ru_natid), "NATIONAL_ID"
        if field == "address":
            return address(rng, lang), "LOCATION"
        raise ValueError(field)

    def label(self, tpl: str, lbl: str | None = None) -> str:
        lbl = self.lbl if lbl is None else lbl
        lbld = lbl + "et" if self.lang == "nb" and lbl.endswith("nummer") else lbl
        for k, v in (("{lbld}", lbld), ("{Lbld}", lbld[:1].upper() + lbld[1:]), ("{lbl}", lbl), ("{Lbl}", lbl[:1].upper() + lbl[1:])):
            tpl = tpl.replace(k, v)
        return tpl

    def question(self, field: str) -> str:
        if field == "natid" and self.lang == "ru" and self.ru_natid == "inn":
            return self.pick(NATID_INN_Q)
        return self.label(self.pick(Q[field][self.lang]))

    def neg(self, key: str) -> N:
        rng, lang = self.rng, self.clang
        if key == "date":
            return N(other_date(rng, lang), "travel_date")
        if key == "time":
            return N(a_time(rng, lang), "time")
        if key == "dest":
            d = self.pick(DEST[self.lang])
            return N(d, "destination")
        if key == "amount":
            return N(amount(rng, self.lang, self.sector in ("pension", "moving", "uni", "car", "dental")), "amount")
        if key == "order":
            return N(order_no(rng), "order_number")
        if key == "track":
            return N(tracking(rng, self.lang), "tracking_number")
        if key == "seat":
            return N(seat(rng), "seat")
        if key == "prod":
            return N(self.pick(PRODUCT.get(self.sector, PRODUCT["gym"])), "product_code")
        raise ValueError(key)

    # ---- episodes ----------------------------------------------------------------------
    def greeting(self) -> None:
        co = self.pick(self.cfg["co"][self.lang])
        tpl = self.pick(GREET[self.lang])
        if "{agent}" in tpl:
            self.at(tpl, co=co, agent=E(self.pick(AGENTS[self.lang]), "PERSON", "plain"))
        else:
            self.at(tpl, co=co)
        tpl = self.pick(self.cfg["open"][self.lang])
        slots: dict[str, Part] = {}
        for key in ("date", "time", "dest", "prod", "amount", "order", "track", "seat"):
            if "{" + key + "}" in tpl:
                slots[key] = self.neg(key)
        if "{seat2}" in tpl:
            slots["seat2"] = self.neg("seat")
        if self.lang == "ru" and self.me.female:
            for k, v in RU_FEM_PAST.items():
                tpl = tpl.replace(k, v)
        self.ct(tpl, **slots)

    def plain(self, field: str) -> None:
        v, typ = self.value(field)
        lang = self.clang
        if field == "natid" and self.lang == "ru" and self.ru_natid == "inn":
            tpl = self.pick(INN_PLAIN)
        else:
            tpl = self.pick(PLAIN[field][lang if PLAIN[field].get(lang) else self.lang])
        tpl = self.label(tpl, "customer number" if lang != self.lang else None)
        if self.rng.random() < 0.35:
            self.a(self.question(field))
        self.ct(tpl, v=E(v, typ, "plain"))
        self.a(self.pick(ACK[self.lang]))

    def confirm(self) -> None:
        which = self.rng.randint(0, 2)
        field = ["email", "phone", "dob"][which]
        v, typ = self.value(field)
        self.at(CONFIRM[self.lang][which], v=E(v, typ, "plain"))
        if self.rng.random() < 0.5:
            self.c(self.pick(YES[self.clang]))
        else:
            v2, _ = self.value(field)
            self.ct(self.pick(NO_NEW[self.clang]), v=E(v2, typ, "bare_answer"))
            self.a(self.pick(ACK[self.lang]))

    def bare(self, field: str) -> None:
        rng = self.rng
        v, typ = self.value(field)
        if field == "booking" and rng.random() < 0.4:
            v = v.lower()
        self.a(self.question(field))
        r = rng.random()
        if r < 0.25:
            self.c(self.pick(WAIT[self.clang]))
            if rng.random() < 0.5:
                self.a(self.pick(NO_RUSH[self.lang]))
        elif r < 0.4:
            i = rng.randrange(len(BACKQ["en"]))
            self.c(BACKQ[self.clang][i][0])
            self.a(BACKQ[self.lang][i][1])
        self.ct(self.pick(WRAP[self.clang]), v=E(v, typ, "bare_answer"))
        self.a(self.pick(ACK[self.lang]))

    def two_at_once(self) -> None:
        fs = [f for f in ("name", "dob", "phone", "email", "booking", "passport") if f in self.fields()]
        if len(fs) < 2:
            return self.bare(fs[0])
        f1, f2 = self.rng.sample(fs, 2)
        v1, t1 = self.value(f1)
        v2, t2 = self.value(f2)
        self.at(self.pick(TWO_Q[self.lang]), a=NOUN[f1][self.lang], b=NOUN[f2][self.lang])
        if self.rng.random() < 0.6:
            sep = self.pick([", ", " / ", " - ", "\n", " and " if self.clang == "en" else " "])
            self.c(E(v1, t1, "bare_answer"), sep, E(v2, t2, "bare_answer"))
        else:
            self.c(E(v1, t1, "bare_answer"))
            self.c(E(v2, t2, "bare_answer"))
        self.a(self.pick(ACK[self.lang]))

    def wrong_then_right(self) -> None:
        """A hard negative given instead of the value asked for, then the value."""
        rng = self.rng
        if self.lbl and rng.random() < 0.65:
            self.a(self.question("custno"))
            self.ct(self.pick(["{v}", "{v}?", "is it {v}?" if self.clang == "en" else "{v} ?"]), v=self.neg("order"))
            q, ans = WRONG_ORDER[self.lang]
            self.a(self.label(q))
            v, typ = self.value("custno")
            self.ct(ans if not self.english else "oh sorry, {v}", v=E(v, typ, "bare_answer"))
        else:
            self.a(self.question("dob"))
            self.ct(self.pick(["{v}", "{v}?"]), v=self.neg("date"))
            q, ans = WRONG_DATE[self.lang]
            self.a(q)
            v, typ = self.value("dob")
            self.ct(ans if not self.english else "haha oops, {v}", v=E(v, typ, "bare_answer"))
        self.a(self.pick(ACK[self.lang]))

    def neg_answer(self) -> None:
        key = self.pick(self.cfg["negs"])
        if "dest" in self.cfg["negs"] and self.rng.random() < 0.4:
            key = "dest"
        self.a(self.pick(NEG_Q[key][self.lang]))
        n = self.neg(key)
        if key == "dest" and self.lang == "ru" and self.rng.random() < 0.5:
            self.ct("до {v}", v=N(DEST_RU_GEN[n.text], "destination"))
        else:
            self.ct(self.pick(WRAP[self.clang][:7]), v=n)
        self.a(self.pick(ACK[self.lang]))

    def people_list(self) -> None:
        rng, lang = self.rng, self.lang
        cols = list(self.cfg["people"])
        if not cols:
            return self.small_list()
        if "natid" in cols and (lang == "en" or rng.random() < 0.5):
            cols.remove("natid")
        if "passport" in cols and rng.random() < 0.4:
            cols.remove("passport")
        n = rng.randint(2, 4)
        people = [self.me]
        while len(people) < n:
            p = Who(rng, lang, family=self.me)
            if all(p.first != q.first for q in people):
                people.append(p)
        rows: list[list[E]] = []
        for i, p in enumerate(people):
            row = []
            for col in cols:
                if col == "name":
                    row.append(E(p.full(rng, allow_short=False), "PERSON", "list"))
                elif col == "dob":
                    row.append(E(new_dob(rng, self.clang, young=i >= 2), "DATE_OF_BIRTH", "list"))
                elif col == "email":
                    row.append(E(email_for(rng, lang, p), "EMAIL_ADDRESS", "list"))
                elif col == "phone":
                    row.append(E(phone(rng, lang), "PHONE_NUMBER", "list"))
                else:
                    v, typ = self.value(col, p)
                    row.append(E(v, typ, "list"))
            rows.append(row)
        ask = {
            "en": ["Could you give me the details of everyone on it?", "Who else needs to be added? name and date of birth for each please",
                   "Please list everyone, with the details from their ID."],
            "nl": ["Kunt u de gegevens van iedereen doorgeven?", "Wie moeten er nog bij? Naam en geboortedatum per persoon graag",
                   "Graag een lijstje van iedereen, met de gegevens van hun ID."],
            "nb": ["Kan du gi meg opplysningene for alle?", "Hvem flere skal med? navn og fødselsdato på hver",
                   "Skriv gjerne en liste over alle, med opplysningene fra legitimasjonen."],
            "ru": ["Пришлите, пожалуйста, данные всех.", "Кого ещё добавить? ФИО и дата рождения каждого",
                   "Перечислите всех, с данными из документов."],
        }
        if cols == ["name", "dob"]:
            self.a(self.pick(ask[lang]))
        elif "dob" in cols:
            self.a(self.pick([ask[lang][0], ask[lang][2]]))
        else:
            self.a(ask[lang][0])
        layout = rng.choice(["inline", "table", "tabs", "numbered", "lines", "permsg", "bullets"])
        hdr = {"name": {"en": "name", "nl": "naam", "nb": "navn", "ru": "ФИО"},
               "dob": {"en": "date of birth", "nl": "geb.datum", "nb": "fødselsdato", "ru": "дата рождения"},
               "passport": {"en": "passport", "nl": "paspoort", "nb": "pass", "ru": "загран"},
               "natid": {"en": "", "nl": "BSN", "nb": "fødselsnr", "ru": "ИНН" if self.ru_natid == "inn" else "СНИЛС"},
               "email": {"en": "email", "nl": "e-mail", "nb": "e-post", "ru": "почта"},
               "phone": {"en": "phone", "nl": "telefoon", "nb": "telefon", "ru": "телефон"}}
        cl = self.clang
        if layout in ("table", "tabs"):
            sep = " | " if layout == "table" else "\t"
            parts: list[Part] = []
            if rng.random() < 0.7:
                parts.append(sep.join(hdr[c][cl if c != "natid" else lang] for c in cols) + "\n")
            for j, row in enumerate(rows):
                for k, e in enumerate(row):
                    parts.append(e)
                    if k < len(row) - 1:
                        parts.append(sep)
                if j < len(rows) - 1:
                    parts.append("\n")
            self.c(*parts)
        elif layout == "permsg":
            for row in rows:
                parts = []
                for k, e in enumerate(row):
                    parts.append(e)
                    if k < len(row) - 1:
                        parts.append(self.pick([", ", " ", " - "]))
                self.c(*parts)
        else:
            rel_self, rel_partner, rel_child = REL[cl]
            parts = []
            for j, row in enumerate(rows):
                if layout == "numbered":
                    parts.append(self.pick([f"{j + 1}. ", f"{j + 1}) "]))
                elif layout == "bullets":
                    parts.append(self.pick(["- ", "• ", "* "]))
                elif layout == "inline" and rng.random() < 0.5:
                    p = people[j]
                    word = rel_self if j == 0 else (rel_partner if j == 1 else rel_child)[int(p.female)]
                    parts.append(word + (": " if j == 0 else " "))
                for k, e in enumerate(row):
                    parts.append(e)
                    if k < len(row) - 1:
                        parts.append(self.pick([", ", " ", " / "]) if layout != "inline" else ", ")
                if j < len(rows) - 1:
                    if layout == "inline":
                        andw = {"en": " and ", "nl": " en ", "nb": " og ", "ru": " и "}[cl]
                        parts.append(andw if j == len(rows) - 2 else "; ")
                    else:
                        parts.append("\n")
            self.c(*parts)
        self.a(self.pick(ACK[self.lang]))

    def small_list(self) -> None:
        """Two or three phone numbers or e-mails in one message."""
        rng, cl = self.rng, self.clang
        field = rng.choice(["phone", "email"])
        vals = [self.value(field, Who(rng, self.lang) if field == "email" and i else None) for i in range(rng.randint(2, 3))]
        ask = {"phone": {"en": "Which numbers can we use?", "nl": "Welke nummers mogen we gebruiken?",
                         "nb": "Hvilke numre kan vi bruke?", "ru": "Какие номера можно использовать?"},
               "email": {"en": "Which e-mail addresses should get the updates?", "nl": "Welke mailadressen moeten de updates krijgen?",
                         "nb": "Hvilke e-postadresser skal få oppdateringer?", "ru": "На какие адреса слать уведомления?"}}
        self.a(ask[field][self.lang])
        parts: list[Part] = []
        sep = rng.choice([", ", " / ", "\n", " | "])
        for i, (v, typ) in enumerate(vals):
            parts.append(E(v, typ, "list"))
            if i < len(vals) - 1:
                parts.append(sep)
        if rng.random() < 0.3:
            parts.append({"en": " 👍", "nl": " graag", "nb": " takk", "ru": " 🙏"}[cl])
        self.c(*parts)
        self.a(self.pick(ACK[self.lang]))

    def split(self) -> None:
        rng = self.rng
        choices = [f for f in ("bank", "phone", "custno", "natid", "booking", "dob", "address") if f in self.fields() or f == "phone"]
        field = "address" if "address" in choices and rng.random() < 0.3 else self.pick(choices)
        v, typ = self.value(field)
        self.a(self.question(field))
        correct = field in ("booking", "dob") or rng.random() < 0.35
        if field == "address":
            correct = False
        if correct:
            if field == "booking":
                i = rng.randrange(6)
                wrong = v[:i] + rng.choice([c for c in "ABCDEFGHJKLMNPQRSTUVWXYZ23456789" if c != v[i]]) + v[i + 1 :]
            else:
                wrong = mistype(rng, v, last=2 if field == "dob" else 0)
            self.ct(self.pick(WRAP[self.clang][:6]), v=E(wrong, typ, "split"))
            if rng.random() < 0.3:
                self.a(self.pick(ACK[self.lang]))
            self.ct(self.pick(CORRECT[self.clang]), v=E(v, typ, "split"))
        else:
            if field == "address":
                cut = v.find(", ") if ", " in v else v.find("\n")
                if cut < 0:
                    cut = v.rfind(" ")
                pieces = [v[:cut], v[cut:].lstrip(" ,\n")]
            else:
                pieces = self.cut(v)
            for j, piece in enumerate(pieces):
                if j == 0 or rng.random() < 0.6:
                    self.c(E(piece, typ, "split"))
                else:
                    self.ct(self.pick(["{v}", "{v} " + self.pick(SPLIT_MORE[self.clang]), "... {v}"]), v=E(piece, typ, "split"))
        self.a(self.pick(ACK[self.lang]))

    def cut(self, v: str) -> list[str]:
        groups = v.split(" ")
        if len(groups) >= 3:
            k = self.rng.choice([2, 3]) if len(groups) >= 4 else 2
            if k == 3:
                a, b = sorted(self.rng.sample(range(1, len(groups)), 2))
                return [" ".join(groups[:a]), " ".join(groups[a:b]), " ".join(groups[b:])]
            a = self.rng.randint(1, len(groups) - 1)
            return [" ".join(groups[:a]), " ".join(groups[a:])]
        if len(groups) == 2:
            return groups
        seps = [i for i, c in enumerate(v) if c in "-." and 2 <= i <= len(v) - 3]
        if seps and self.rng.random() < 0.7:
            i = self.rng.choice(seps)
            return [v[:i], v[i + 1 :]] if self.rng.random() < 0.5 else [v[: i + 1], v[i + 1 :]]
        i = self.rng.randint(3, len(v) - 3)
        while not (v[i - 1].isalnum() and v[i].isalnum()):
            i -= 1
        return [v[:i], v[i:]]

    def disguised(self) -> None:
        rng = self.rng
        opts = ["email", "email", "phone", "phone"] + [f for f in ("custno", "natid", "bank", "booking") if f in self.fields()]
        field = self.pick(opts)
        v, typ = self.value(field)
        if field == "email":
            v = v.lower()
            d = spell_email(rng, self.clang, v)
        elif field == "booking":
            if rng.random() < 0.5:
                d = rng.choice([" ", "-", " - "]).join(v.lower() if rng.random() < 0.5 else v)
            else:
                d = disguise_number(rng, self.lang, v, allow_words=False)
        else:
            d = disguise_number(rng, self.clang, v, allow_words=field in ("phone", "custno", "natid"))
        if d == v:
            d = v[:2] + "\u200b" + v[2:]
        if rng.random() < 0.5:
            self.a(self.question(field))
            self.ct(self.pick(WRAP[self.clang][:6]), v=E(d, typ, "disguised"))
        else:
            tpl = self.pick(PLAIN[field][self.clang] or PLAIN[field][self.lang]) if field in PLAIN else "{v}"
            if field == "natid" and self.lang == "ru" and self.ru_natid == "inn":
                tpl = self.pick(INN_PLAIN)
            tpl = self.label(tpl, "customer number" if self.clang != self.lang else None)
            self.ct(tpl, v=E(d, typ, "disguised"))
        self.a(self.pick(ACK[self.lang]))

    def address_episode(self) -> None:
        rng = self.rng
        if self.sector == "moving":
            q1, q2 = ADDR_MOVE[self.lang]
            self.a(q1)
            self.ct(self.pick(WRAP[self.clang][:6]), v=E(self.value("address")[0], "LOCATION", "address_no_cue"))
            self.a(q2)
            self.ct(self.pick(WRAP[self.clang][:6]), v=E(self.value("address")[0], "LOCATION", "address_no_cue"))
        else:
            self.a(self.pick(ADDR_Q[self.lang]))
            if rng.random() < 0.2:
                self.c(self.pick(WAIT[self.clang]))
            self.ct(self.pick(WRAP[self.clang][:7]), v=E(self.value("address")[0], "LOCATION", "address_no_cue"))
            if self.sector in ("muni", "uni", "pension", "dental") and rng.random() < 0.5:
                self.a(ADDR_PREV[self.lang])
                self.ct(self.pick(WRAP[self.clang][:6]), v=E(self.value("address")[0], "LOCATION", "address_no_cue"))
        self.a(self.pick(ACK[self.lang]))

    def paste_block(self) -> None:
        """Several labelled values pasted as one message, one per line."""
        rng, cl = self.rng, self.clang
        fs = [f for f in ("name", "dob", "phone", "email", "booking", "custno", "passport") if f in self.fields()]
        chosen = [f for f in fs if f == "name"] + rng.sample([f for f in fs if f != "name"], min(2, len(fs) - 1))
        labels = {
            "name": {"en": "Name", "nl": "Naam", "nb": "Navn", "ru": "ФИО"},
            "dob": {"en": "DOB", "nl": "Geb. datum", "nb": "Født", "ru": "Дата рождения"},
            "phone": {"en": "Mobile", "nl": "Mobiel", "nb": "Mobil", "ru": "Тел."},
            "email": {"en": "Email", "nl": "E-mail", "nb": "E-post", "ru": "Email"},
            "booking": {"en": "Ref", "nl": "Ref", "nb": "Ref", "ru": "Бронь"},
            "custno": {"en": "Customer no.", "nl": "Klantnr.", "nb": "Kundenr.", "ru": "№ клиента"},
            "passport": {"en": "Passport", "nl": "Paspoort", "nb": "Pass", "ru": "Загран"},
        }
        self.a({"en": "Could you send me your details?", "nl": "Kunt u uw gegevens sturen?",
                "nb": "Kan du sende meg opplysningene dine?", "ru": "Пришлите, пожалуйста, ваши данные."}[self.lang])
        parts: list[Part] = []
        sep = rng.choice([": ", ": ", " - ", ":\t"])
        for i, f in enumerate(chosen):
            v, typ = self.value(f)
            parts += [labels[f][cl] + sep, E(v, typ, "plain")]
            if i < len(chosen) - 1:
                parts.append("\n")
        self.c(*parts)
        self.a(self.pick(ACK[self.lang]))

    def switch_english(self) -> None:
        if self.lang != "en" and not self.english:
            self.c(ENGLISH_SWITCH[self.lang])
            self.a(ENGLISH_OK[self.lang])
            self.english = True

    def filler(self) -> None:
        q, ans = self.pick(FILLER[self.lang])
        self.a(q)
        self.c(ans)

    def close(self) -> None:
        q, ans = self.pick(CLOSE[self.lang])
        self.a(q)
        self.c(ans if not self.english else self.pick(["no that's all, thanks", "that's it, thank you"]))


def plan(rng: random.Random, chat: Chat) -> list[Callable[[], None]]:
    fs = chat.fields()
    steps: list[Callable[[], None]] = []
    order = rng.sample(fs, len(fs))
    steps.append(partial(chat.plain, order[0]))
    asked = [f for f in order[1:] if f != "address"]
    for f in asked[: rng.randint(1, 2)]:
        steps.append(partial(chat.bare, f))
    if rng.random() < 0.2:
        steps.append(chat.paste_block)
    if rng.random() < 0.35:
        steps.append(chat.two_at_once)
    if rng.random() < 0.55:
        steps.append(chat.people_list)
    if rng.random() < 0.6:
        steps.append(chat.split)
    if rng.random() < 0.6:
        steps.append(chat.disguised)
    if "address" in fs and rng.random() < 0.75 or rng.random() < 0.15:
        steps.append(chat.address_episode)
    if rng.random() < 0.45:
        steps.append(chat.wrong_then_right)
    for _ in range(rng.randint(0, 2)):
        steps.append(chat.neg_answer)
    if rng.random() < 0.25:
        steps.append(chat.confirm)
    if rng.random() < 0.3:
        steps.append(partial(chat.plain, order[-1]))
    rng.shuffle(steps)
    if chat.lang != "en" and rng.random() < 0.12:
        steps.insert(rng.randint(0, len(steps) // 2), chat.switch_english)
    return steps


def conversation(rng: random.Random, lang: str, sector: str) -> list[Turn]:
    while True:
        chat = Chat(rng, lang, sector)
        chat.greeting()
        for step in plan(rng, chat):
            step()
        while len(chat.turns) < 8:
            chat.filler()
        chat.close()
        if 10 <= len(chat.turns) <= 25:
            return chat.turns


def build() -> list[dict]:
    rng = random.Random(SEED)
    sectors = list(SECTORS)
    records: list[dict] = []
    for lang in LANGS:
        order = [sectors[i % len(sectors)] for i in range(PER_LANG)]
        rng.shuffle(order)
        for i, sector in enumerate(order, 1):
            turns = conversation(rng, lang, sector)
            records.extend(conversation_records(f"{PREFIX}-{lang}-{i:03d}", lang, turns))
    return records


def main() -> None:
    records = build()
    errors = verify(records)
    if errors:
        raise SystemExit("\n".join(errors[:20]))
    write_jsonl(records, OUT)
    print(f"wrote {OUT.name}: {len(records)} messages")


if __name__ == "__main__":
    main()
