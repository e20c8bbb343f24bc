# ruff: noqa: E501, RUF001  (hand-written phrase, name and street tables; Cyrillic look-alikes on purpose)
"""Write sealed26.jsonl: the sealed set 26 of multi-turn conversations (issue 13).

Written blind: without reading privacyguard's rules, detector or the other sets. Seeded
(20261229) and deterministic. 600 conversations, 150 per language (en, nl, nb, ru), 25 per
failure class and 25 ``plain`` per language; the class of a conversation is shuffled, so it
cannot be read from its id (``plan(lang)`` gives it). Twenty sectors new to the sets, each
with its own invented business per language; names, streets, towns and e-mail domains are
this file's own lists. Checksummed values come from make_values.py's makers (IBAN, BSN,
fødselsnummer, kontonummer, INN, SNILS) or are made here (Luhn cards, phonenumbers-valid
mobile and landline numbers).

    .venv/bin/python bench/accuracy/conversations/make_sealed26.py [out.jsonl]
"""

from __future__ import annotations

import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import phonenumbers  # noqa: E402
from make_values import (  # noqa: E402
    E,
    N,
    Part,
    conversation_records,
    iban,
    nl_bsn,
    no_fnr,
    no_kontonr,
    ru_account,
    ru_inn,
    ru_snils,
    verify,
    write_jsonl,
)

SEED = 20261229
LANGS = ("en", "nl", "nb", "ru")
CLASS_ORDER = ("bare_answer", "list", "split", "disguised", "address_no_cue", "plain")
OUT = Path(__file__).resolve().parent / "sealed26.jsonl"


def plan(lang: str) -> list[str]:
    """The class of conversations sealed26-<lang>-001 … -150, in id order (25 of each)."""
    classes = [c for c in CLASS_ORDER for _ in range(25)]
    random.Random(f"{SEED}:{lang}:plan").shuffle(classes)
    return classes


# ---------------------------------------------------------------------------------------
# names, streets, towns, domains (this set's own lists)
# ---------------------------------------------------------------------------------------

FIRST_M = {
    "en": ["Callum", "Rhys", "Declan", "Ewan", "Fraser", "Gareth", "Owen", "Rory", "Tobias",
           "Miles", "Jasper", "Dominic", "Barnaby", "Nathaniel", "Kieran", "Lewis"],
    "nl": ["Gijs", "Stijn", "Maarten", "Sjoerd", "Hidde", "Jelle", "Teun", "Rutger", "Floris",
           "Niels", "Bas", "Wessel", "Mees", "Olivier", "Tijmen", "Guus"],
    "nb": ["Trygve", "Audun", "Eivind", "Halvard", "Stian", "Bjørnar", "Torgeir", "Aslak",
           "Sverre", "Leif", "Gaute", "Ørjan", "Kåre", "Espen", "Arve", "Njål"],
    "ru": ["Константин", "Григорий", "Тимофей", "Евгений", "Роман", "Вадим", "Станислав",
           "Игорь", "Фёдор", "Олег", "Борис", "Леонид", "Ярослав", "Глеб", "Степан", "Кирилл"],
}  # fmt: skip
FIRST_F = {
    "en": ["Imogen", "Harriet", "Phoebe", "Rosalind", "Niamh", "Bethany", "Eleanor", "Tamsin",
           "Georgina", "Orla", "Esme", "Clementine", "Hannah", "Lydia", "Felicity", "Maisie"],
    "nl": ["Merel", "Roos", "Esmee", "Marloes", "Jikke", "Liesbeth", "Annemiek", "Floor", "Iris",
           "Saskia", "Tessa", "Hanneke", "Marijke", "Jolien", "Nienke", "Veerle"],
    "nb": ["Guro", "Sigrid", "Tuva", "Synnøve", "Idunn", "Åshild", "Maren", "Vilde", "Gunnhild",
           "Live", "Torunn", "Birgitte", "Ingeborg", "Eldbjørg", "Sunniva", "Hedda"],
    "ru": ["Полина", "Дарья", "Вера", "Алёна", "Людмила", "Ирина", "Галина", "Маргарита",
           "Софья", "Евгения", "Лариса", "Варвара", "Зинаида", "Надежда", "Олеся", "Валентина"],
}  # fmt: skip
LAST = {
    "en": ["Ainsworth", "Birtwistle", "Calloway", "Dunmore", "Ellwood", "Featherstone",
           "Greenhalgh", "Hollingsworth", "Ingleby", "Jessop", "Kilbride", "Lightfoot",
           "Moorcroft", "Netherton", "Oakes", "Penhaligon", "Quarrie", "Rusholme", "Stansfield",
           "Tattersall", "Underhill", "Yardley", "McAllister", "O'Donnell", "Fitzwarren-Hale"],
    "nl": ["van der Heijden", "de Groot", "Verhoeven", "van Wijk", "Schouten", "van 't Hof",
           "ter Haar", "Dijkstra", "Postma", "van Beek", "de Wit", "Kramer", "Vermeulen",
           "in 't Veld", "van der Meulen", "Hendriks", "de Lange", "Timmermans", "van Dongen",
           "op den Akker", "Zwart", "Wolters", "Huisman", "Bosman-de Graaf"],
    "nb": ["Kvamme", "Østby", "Sæther", "Bråten", "Fjeldstad", "Rønning", "Myrvold", "Tveit",
           "Haugland", "Løvås", "Skjæveland", "Grønli", "Aune", "Bøe", "Vik", "Eggen", "Hovland",
           "Sørensen", "Nærland", "Kleppe", "Årdal", "Helland", "Rødseth-Lie"],
}  # fmt: skip
# Russian surnames: (masculine, feminine)
RU_LAST = [("Кравцов", "Кравцова"), ("Ершов", "Ершова"), ("Гусев", "Гусева"), ("Тихонов", "Тихонова"),
           ("Калинин", "Калинина"), ("Сорокин", "Сорокина"), ("Абрамов", "Абрамова"),
           ("Ларионов", "Ларионова"), ("Быстров", "Быстрова"), ("Щербаков", "Щербакова"),
           ("Трофимов", "Трофимова"), ("Воронин", "Воронина"), ("Мельников", "Мельникова"),
           ("Вишневский", "Вишневская"), ("Завадский", "Завадская"), ("Лапшин", "Лапшина"),
           ("Шевчук", "Шевчук"), ("Коваленко", "Коваленко"), ("Гордиенко", "Гордиенко"),
           ("Рябинин", "Рябинина"), ("Соломатин", "Соломатина")]  # fmt: skip
# patronymics: (masculine, feminine)
RU_PATR = [("Андреевич", "Андреевна"), ("Викторович", "Викторовна"), ("Петрович", "Петровна"),
           ("Сергеевич", "Сергеевна"), ("Николаевич", "Николаевна"), ("Юрьевич", "Юрьевна"),
           ("Геннадьевич", "Геннадьевна"), ("Аркадьевич", "Аркадьевна"), ("Ильич", "Ильинична"),
           ("Максимович", "Максимовна"), ("Олегович", "Олеговна")]  # fmt: skip

STREETS = {
    "en": ["Coppice Row", "Wheelwright Lane", "Tannery Court", "Alder Grove", "Foxhall Road",
           "Sandpiper Crescent", "Cromwell Terrace", "Lambourne Drive", "Heather Bank",
           "Quarry Hill", "Nightingale Walk", "Saxon Way", "Beech Hollow", "Ropewalk Street"],
    "nl": ["Berkenhof", "Wilhelminastraat", "Korte Nieuwstraat", "Van Speijkstraat",
           "Meidoornlaan", "Oude Vest", "Kastanjelaan", "Zandpad", "Tulpstraat", "Rijnkade",
           "Hoogstraat", "Burgemeester Jansenlaan", "Populierenweg", "Achter de Hoven"],
    "nb": ["Bekkeveien", "Lillehagen", "Nordre gate", "Tollbugata", "Furulia", "Myrveien",
           "Rognstien", "Elvebakken", "Kløverveien", "Sjøgata", "Tårnveien", "Åsveien",
           "Lyngveien", "Eikelundveien"],
    "ru": ["ул. Маяковского", "ул. Кирова", "пр-т Победы", "ул. Строителей", "ул. Лермонтова",
           "пер. Школьный", "ул. Заречная", "ул. Полевая", "ул. Некрасова", "ш. Энтузиастов",
           "ул. 8 Марта", "ул. Рябиновая", "Береговой пр.", "ул. Луначарского"],
}  # fmt: skip
TOWNS = {
    "en": [("Harrogate", "HG1 2RE"), ("Stockport", "SK4 3DN"), ("Swindon", "SN1 5BP"),
           ("Exeter", "EX4 6PT"), ("Lancaster", "LA1 4YW"), ("Ipswich", "IP4 2BT"),
           ("Carlisle", "CA1 1RR"), ("Worcester", "WR1 3LD"), ("Truro", "TR1 2QE"),
           ("Dundee", "DD1 4HN"), ("Shrewsbury", "SY1 1QH"), ("Kendal", "LA9 4DT")],
    "nl": [("Amersfoort", "3811 HN"), ("Apeldoorn", "7311 KZ"), ("Nijmegen", "6511 PL"),
           ("Groningen", "9711 LM"), ("Tilburg", "5038 EA"), ("Deventer", "7411 JH"),
           ("Alkmaar", "1811 KP"), ("Gouda", "2801 JG"), ("Venlo", "5911 CE"),
           ("'s-Hertogenbosch", "5211 HS"), ("Leeuwarden", "8911 BK"), ("Hoorn", "1621 CE")],
    "nb": [("Fredrikstad", "1606"), ("Kristiansand", "4612"), ("Ålesund", "6002"),
           ("Bodø", "8006"), ("Lillehammer", "2609"), ("Sandnes", "4306"), ("Tønsberg", "3110"),
           ("Gjøvik", "2815"), ("Molde", "6413"), ("Harstad", "9405"), ("Skien", "3724"),
           ("Kongsberg", "3611")],
    "ru": [("Ярославль", "150000"), ("Воронеж", "394036"), ("Екатеринбург", "620014"),
           ("Новосибирск", "630099"), ("Нижний Новгород", "603005"), ("Калуга", "248000"),
           ("Иркутск", "664003"), ("Рязань", "390000"), ("Тула", "300041"),
           ("Владимир", "600000"), ("Ростов-на-Дону", "344002"), ("Омск", "644099")],
}  # fmt: skip
DOMAINS = {
    "en": ["hotmail.co.uk", "sky.com", "talktalk.net", "aol.com", "proton.me", "virginmedia.com"],
    "nl": ["planet.nl", "home.nl", "live.nl", "casema.nl", "upcmail.nl", "zonnet.nl"],
    "nb": ["getmail.no", "broadpark.no", "lyse.net", "altibox.no", "icloud.com", "yahoo.no"],
    "ru": ["inbox.ru", "list.ru", "ya.ru", "yandex.com", "internet.ru", "mail.com"],
}  # fmt: skip
DESTS = {
    "en": ["Faro", "Reykjavik", "Palma", "Naples", "Split", "Kraków", "Geneva", "Tenerife"],
    "nl": ["Bonaire", "Praag", "Kopenhagen", "Lyon", "Boedapest", "Madeira", "Napels", "Wenen"],
    "nb": ["Malaga", "Riga", "Nice", "Kreta", "Svalbard", "Amsterdam", "Antalya", "Praha"],
    "ru": ["Калининград", "Ереван", "Мурманск", "Тбилиси", "Анапу", "Владивосток", "Алматы", "Баку"],
}  # fmt: skip

TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ы": "y", "э": "e", "ю": "yu", "я": "ya", "ь": "", "ъ": "",
    "ø": "o", "å": "aa", "æ": "ae", "'": "",
})  # fmt: skip


def ascii_name(s: str) -> str:
    s = s.lower()
    for pre in ("van der ", "van 't ", "in 't ", "op den ", "van den ", "van ", "de ", "ter "):
        if s.startswith(pre):
            s = s[len(pre) :]
    return s.translate(TRANSLIT).replace(" ", "").replace("-", "")


@dataclass
class Person:
    first: str
    last: str
    fem: bool
    patr: str = ""

    def full(self, rng: random.Random, lang: str) -> str:
        if lang == "ru":
            return rng.choice(
                [
                    f"{self.last} {self.first} {self.patr}",
                    f"{self.first} {self.last}",
                    f"{self.first} {self.patr} {self.last}",
                    f"{self.last} {self.first}",
                ]
            )
        return f"{self.first} {self.last}"


# combinations the lists could make that are (or are close to) well-known people: never used
FAMOUS = {"Фёдор Абрамов", "Олег Ершов", "Вера Воронина", "Борис Щербаков", "Фёдор Сорокин",
          "Kåre Vik", "Iris Kramer", "Olivier de Groot", "Niamh McAllister", "Owen Oakes"}  # fmt: skip


def person(
    rng: random.Random, lang: str, fem: bool | None = None, last: str | None = None
) -> Person:
    while True:
        p = _person(rng, lang, fem, last)
        if f"{p.first} {p.last}" not in FAMOUS:
            return p


def _person(rng: random.Random, lang: str, fem: bool | None, last: str | None) -> Person:
    fem = rng.random() < 0.5 if fem is None else fem
    first = rng.choice(FIRST_F[lang] if fem else FIRST_M[lang])
    if lang == "ru":
        m, f = rng.choice(RU_LAST)
        if last is not None:
            m = f = last
            for mm, ff in RU_LAST:
                if last in (mm, ff):
                    m, f = mm, ff
        pm, pf = rng.choice(RU_PATR)
        return Person(first, f if fem else m, fem, pf if fem else pm)
    return Person(first, last or rng.choice(LAST[lang]), fem)


# ---------------------------------------------------------------------------------------
# values
# ---------------------------------------------------------------------------------------

REGION = {"en": "GB", "nl": "NL", "nb": "NO", "ru": "RU"}


def dg(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _valid(national: str, lang: str) -> phonenumbers.PhoneNumber | None:
    num = phonenumbers.parse(national, REGION[lang])
    return num if phonenumbers.is_valid_number(num) else None


def mobile(rng: random.Random, lang: str) -> str:
    while True:
        if lang == "en":
            nat = "07" + rng.choice("4579") + dg(rng, 8)
        elif lang == "nl":
            nat = "06" + rng.choice("12345") + dg(rng, 7)
        elif lang == "nb":
            nat = rng.choice("49") + dg(rng, 7)
        else:
            nat = "89" + rng.choice("0123456") + dg(rng, 8)
        num = _valid(nat, lang)
        if num:
            break
    d = nat
    s = rng.randint(0, 5)
    if s == 0:
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if s == 1:
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    if lang == "en":
        return [d, f"{d[:5]} {d[5:8]} {d[8:]}", f"+44{d[1:]}", f"+44 (0){d[1:5]} {d[5:]}"][s - 2]
    if lang == "nl":
        return [d, f"06-{d[2:]}", f"+31{d[1:]}", f"06 {d[2:4]} {d[4:6]} {d[6:8]} {d[8:]}"][s - 2]
    if lang == "nb":
        return [
            d,
            f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
            f"+47{d}",
            f"0047 {d[:3]} {d[3:5]} {d[5:]}",
        ][s - 2]
    return [
        d,
        f"+7{d[1:]}",
        f"8-{d[1:4]}-{d[4:7]}-{d[7:9]}-{d[9:]}",
        f"+7 ({d[1:4]}) {d[4:7]} {d[7:9]} {d[9:]}",
    ][s - 2]


LAND_AREAS = {"en": ["0113496", "0117496", "0121496", "0131496", "0161496", "0191498", "02079460"],
              "nl": ["010", "020", "030", "033", "040", "050", "070", "026", "053"],
              "nb": ["22", "23", "55", "73", "51", "69", "38", "77"],
              "ru": ["8495", "8812", "8343", "8383", "8473", "8862", "8499"]}  # fmt: skip


def landline(rng: random.Random, lang: str) -> str:
    while True:
        area = rng.choice(LAND_AREAS[lang])
        if lang == "en":
            nat = area + dg(rng, 11 - len(area))
        elif lang == "nl":
            nat = area + str(rng.randint(2, 9)) + dg(rng, 10 - len(area) - 1)
        elif lang == "nb":
            nat = area + dg(rng, 6)
        else:
            nat = area + str(rng.randint(2, 9)) + dg(rng, 6)
        num = _valid(nat, lang)
        if num:
            break
    s = rng.randint(0, 3)
    if s == 0:
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if s == 1 or lang == "en":
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    if lang == "nl":
        a = len(area)
        return f"{nat[:a]}-{nat[a:]}" if s == 2 else nat
    if lang == "nb":
        return nat if s == 2 else f"{nat[:2]} {nat[2:4]} {nat[4:6]} {nat[6:]}"
    return f"8 ({nat[1:4]}) {nat[4:7]}-{nat[7:9]}-{nat[9:]}" if s == 2 else f"+7{nat[1:]}"


def phone(rng: random.Random, lang: str) -> str:
    return landline(rng, lang) if rng.random() < 0.3 else mobile(rng, lang)


def luhn_card(rng: random.Random) -> str:
    prefix = rng.choice(["4", "51", "53", "55", "2221", "4571"])
    body = prefix + dg(rng, 15 - len(prefix))
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    d = body + str((10 - total % 10) % 10)
    return rng.choice(
        [
            f"{d[:4]} {d[4:8]} {d[8:12]} {d[12:]}",
            d,
            f"{d[:4]}-{d[4:8]}-{d[8:12]}-{d[12:]}",
            f"{d[:4]} {d[4:8]} {d[8:12]} {d[12:]}",
        ]
    )


def bank(rng: random.Random, lang: str) -> tuple[str, str]:
    """(type, value): an IBAN or a domestic account number."""
    if lang == "ru":
        v = ru_account(rng)
        return "BANK_ACCOUNT", rng.choice(
            [v, f"{v[:5]} {v[5:8]} {v[8]} {v[9:13]} {v[13:]}", f"{v[:8]} {v[8:]}"]
        )
    if lang == "nb" and rng.random() < 0.6:
        v = no_kontonr(rng)
        return "BANK_ACCOUNT", rng.choice(
            [v, f"{v[:4]}.{v[4:6]}.{v[6:]}", f"{v[:4]} {v[4:6]} {v[6:]}"]
        )
    if lang == "en" and rng.random() < 0.5:
        return "BANK_ACCOUNT", f"{dg(rng, 2)}-{dg(rng, 2)}-{dg(rng, 2)} {dg(rng, 8)}"
    v = iban(rng, {"en": "GB", "nl": "NL", "nb": "NO"}[lang])
    return "IBAN_CODE", rng.choice([v, v, v.replace(" ", "")])


def national_id(rng: random.Random, lang: str, kind: str = "") -> str:
    if lang == "nl":
        v = nl_bsn(rng)
        return rng.choice([v, f"{v[:4]}.{v[4:6]}.{v[6:]}", f"{v[:3]} {v[3:6]} {v[6:]}"])
    if lang == "nb":
        v = no_fnr(rng)[0]
        return rng.choice([v, f"{v[:6]} {v[6:]}"])
    if lang == "ru":
        return ru_inn(rng) if kind == "INN" else ru_snils(rng)
    a = rng.choice("ABCEGHJKLMNPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
    return f"{a} {dg(rng, 2)} {dg(rng, 2)} {dg(rng, 2)} {rng.choice('ABCD')}"


def passport(rng: random.Random, lang: str) -> str:
    al = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if lang == "nl":
        mid = "".join(rng.choice(al + "0123456789") for _ in range(6))
        return rng.choice("NB") + rng.choice(al) + mid + rng.choice("0123456789")
    if lang == "nb":
        return rng.choice(["FH", "FK", "FP", "FS", "FN"]) + dg(rng, 7)
    if lang == "ru":
        return rng.choice(
            [
                f"{rng.randint(70, 77)} {dg(rng, 7)}",
                f"{rng.randint(70, 77)}{dg(rng, 7)}",
                f"{rng.randint(10, 99)} {rng.randint(10, 29)} {dg(rng, 6)}",
            ]
        )
    return str(rng.randint(1, 9)) + dg(rng, 8)


def booking(rng: random.Random) -> str:
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    while True:
        v = "".join(rng.choice(al) for _ in range(6))
        if any(c.isdigit() for c in v) and sum(c.isalpha() for c in v) >= 2:
            return v


AIRLINES = {"en": ["BA", "U2", "LS", "EI"], "nl": ["KL", "HV", "TB"], "nb": ["SK", "DY", "WF"],
            "ru": ["SU", "S7", "DP", "U6"]}  # fmt: skip
TICKET_PREFIX = {
    "en": ["125", "053"],
    "nl": ["074", "057"],
    "nb": ["117", "328"],
    "ru": ["555", "421"],
}


def flight(rng: random.Random, lang: str) -> str:
    code = rng.choice(AIRLINES[lang])
    n = str(rng.randint(11, 2999))
    return rng.choice([f"{code}{n}", f"{code} {n}", f"{code}{n}", f"{code.lower()}{n}"])


def ticket(rng: random.Random, lang: str) -> str:
    p, d = rng.choice(TICKET_PREFIX[lang]), dg(rng, 10)
    return rng.choice([f"{p}-{d}", f"{p}{d}", f"{p} {d}", f"{p} {d[:4]} {d[4:]}"])


MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "nb": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
           "oktober", "november", "desember"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
           "октября", "ноября", "декабря"],
}  # fmt: skip
MON3 = {"en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"],
        "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
        "nb": ["jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des"],
        "ru": ["янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"]}  # fmt: skip


def ordinal(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def date_text(rng: random.Random, lang: str, d: int, m: int, y: int) -> str:
    mon, m3, yy = MONTHS[lang][m - 1], MON3[lang][m - 1], f"{y % 100:02d}"
    forms = {
        "en": [
            f"{d:02d}/{m:02d}/{y}",
            f"{d}/{m}/{y}",
            f"{d} {mon} {y}",
            f"{ordinal(d)} {mon} {y}",
            f"{mon} {d}, {y}",
            f"{d} {m3} {y}",
            f"{d:02d}.{m:02d}.{yy}",
            f"{ordinal(d)} of {mon.lower()} {y}",
            f"{d}-{m}-{y}",
            f"{d:02d}/{m:02d}/{yy}",
        ],
        "nl": [
            f"{d:02d}-{m:02d}-{y}",
            f"{d}-{m}-{y}",
            f"{d} {mon} {y}",
            f"{d} {m3} {y}",
            f"{d:02d}/{m:02d}/{y}",
            f"{d:02d}.{m:02d}.{yy}",
            f"{d} {mon} '{yy}",
            f"{d}-{m}-'{yy}",
        ],
        "nb": [
            f"{d:02d}.{m:02d}.{y}",
            f"{d}.{m}.{yy}",
            f"{d}. {mon} {y}",
            f"{d} {mon} {y}",
            f"{d}/{m}-{y}",
            f"{d:02d}.{m:02d}.{yy}",
            f"{d}. {m3} {y}",
            f"{d}/{m}/{y}",
        ],
        "ru": [
            f"{d:02d}.{m:02d}.{y}",
            f"{d:02d}.{m:02d}.{y} г.",
            f"{d} {mon} {y}",
            f"{d} {mon} {y} г.",
            f"{d}.{m}.{yy}",
            f"{d:02d}/{m:02d}/{y}",
            f"{d} {mon} {y}г",
            f"{y}-{m:02d}-{d:02d}",
        ],
    }[lang]
    return rng.choice(forms)


def dob(rng: random.Random, lang: str, child: bool = False) -> str:
    y = rng.randint(2009, 2021) if child else rng.randint(1941, 2004)
    return date_text(rng, lang, rng.randint(1, 28), rng.randint(1, 12), y)


def future_date(rng: random.Random, lang: str) -> str:
    return date_text(rng, lang, rng.randint(1, 28), rng.randint(1, 12), rng.choice([2026, 2027]))


def address(rng: random.Random, lang: str) -> str:
    street = rng.choice(STREETS[lang])
    town, pc = rng.choice(TOWNS[lang])
    no = str(rng.randint(1, 212)) + rng.choice(
        ["", "", "", "", "a", "b"] if lang != "ru" else ["", "", "", "а", "/2", " к1"]
    )
    if lang == "en":
        forms = [
            f"{no} {street}, {town} {pc}",
            f"{no} {street} {town} {pc}",
            f"flat {rng.randint(1, 14)}, {no} {street}, {town}",
            f"{no} {street}\n{town}\n{pc}",
            f"{no} {street}, {town}",
            f"{rng.randint(1, 9)}/{no} {street}, {town} {pc}",
        ]
    elif lang == "nl":
        pcs = pc.replace(" ", "") if rng.random() < 0.5 else pc
        forms = [
            f"{street} {no} {pcs} {town}",
            f"{street} {no}, {pcs} {town}",
            f"{street} {no}\n{pcs} {town}",
            f"{street} {no}, {town}",
            f"{street} {no}-{rng.choice(['I', 'II', 'bis', 'zw'])} {pcs} {town}",
        ]
    elif lang == "nb":
        forms = [
            f"{street} {no}, {pc} {town}",
            f"{street} {no} {pc} {town}",
            f"{street} {no}, {town}",
            f"{street} {no}\n{pc} {town}",
            f"{street} {no} H0{rng.randint(1, 4)}0{rng.randint(1, 4)}, {pc} {town}",
        ]
    else:
        apt = rng.randint(1, 240)
        forms = [
            f"г. {town}, {street}, д. {no}, кв. {apt}",
            f"{town}, {street} {no}-{apt}",
            f"{pc}, {town}, {street}, {no}, кв {apt}",
            f"{street}, д.{no}, кв.{apt}, {town}",
            f"{town} {street.replace('ул. ', '')} {no} кв {apt}",
        ]
    return rng.choice(forms)


def email(rng: random.Random, lang: str, p: Person) -> tuple[list[str], str, str]:
    """(local-part pieces, separator between them, domain)."""
    f, la = ascii_name(p.first), ascii_name(p.last)
    s = rng.randint(0, 5)
    local = [
        [f, la],
        [f[0], la],
        [f + la + str(rng.randint(2, 98))],
        [la, f],
        [f, la + str(rng.randint(70, 99))],
        [f + "_" + la[:4]],
    ][s]
    sep = rng.choice([".", ".", "_", "-"]) if len(local) > 1 else ""
    return local, sep, rng.choice(DOMAINS[lang])


def email_text(parts: tuple[list[str], str, str]) -> str:
    local, sep, dom = parts
    return f"{sep.join(local)}@{dom}"


def mutate_digit(rng: random.Random, v: str) -> str:
    idx = [i for i, c in enumerate(v) if c.isdigit()]
    i = rng.choice(idx[1:] if len(idx) > 1 else idx)
    return v[:i] + rng.choice([c for c in "0123456789" if c != v[i]]) + v[i + 1 :]


# ---------------------------------------------------------------------------------------
# what agents ask (many phrasings per asked type and language)
# ---------------------------------------------------------------------------------------

ASK: dict[str, dict[str, list[str]]] = {
    "en": {
        "NAME": ["Can I take your full name please?", "Who am I speaking with?", "What name is the account under?",
                 "And your name is...?", "Could you tell me your first and last name?", "Whose name is the booking in?",
                 "Name please?", "May I have the name of the account holder?", "Sorry, I didn't catch your name?",
                 "Full name, as it is on your ID?"],
        "EMAIL": ["What's the best email to reach you on?", "Could you confirm your email address?",
                  "Which email did you sign up with?", "email address please?", "What email should the confirmation go to?",
                  "And an e-mail for the receipt?", "Can you give me the email linked to the account?",
                  "Where should I email the quote?", "Got an email I can use?", "Which email do you want us to use from now on?"],
        "PHONE": ["What's a good number to call you back on?", "Could I get a contact number?",
                  "Which mobile number is linked to your account?", "Phone number please?",
                  "And a number in case the driver needs to reach you?", "Can you confirm the phone number on the account?",
                  "Best number to text you?", "Is there a landline we can use as well?", "What number should we ring?",
                  "Could you give me a daytime number?"],
        "BANK": ["Which account should the refund go to?", "Can you give me the bank details for the direct debit?",
                 "What are the account details you want to pay from?", "Where should we send the money?",
                 "Could you type out the account details?", "I'll need your bank details for the refund.",
                 "Bank details?", "Which account should we debit each month?", "Where shall we pay the deposit back to?"],
        "CARD": ["What's the long number on the card?", "Could you give me the card number?",
                 "Which card would you like to pay with? The 16 digits please.", "Card number please?",
                 "Can you read me the card number?", "What card did you pay with? I need the full number to trace it.",
                 "Long card number?", "The number on the front of the card, please.", "Could you type the card number here?"],
        "CUSTNO": ["What's your {cn}?", "Do you have your {cn} handy?", "Could you give me your {cn}?", "{Cn} please?",
                   "Can I have your {cn} so I can pull up the account?", "What's the {cn} on the letter?",
                   "Which {cn} is it under?", "Let me look you up. Your {cn}?", "And your {cn}?", "It'd help to have your {cn}."],
        "DOB": ["What's your date of birth?", "Could you confirm your date of birth?", "DOB please?", "And when were you born?",
                "For security, your date of birth?", "Birthday please, day, month and year?",
                "Can you give me the date of birth on the account?", "Date of birth, please?",
                "When's your birthday (with the year)?", "Date of birth as on your passport?"],
        "PASSPORT": ["What's your passport number?", "Could I have the passport number?", "Passport no. please?",
                     "Which passport will you travel on? I need the number.", "Can you type out the document number from your passport?",
                     "And the number of your passport?", "Passport number as on the photo page?",
                     "I need the number of the ID you'll be travelling with.", "Could you read out the passport number?"],
        "NATID": ["What's your National Insurance number?", "NI number please?", "Could you give me your NI number?",
                  "For the payroll we need your National Insurance number.", "And your NI no.?",
                  "Have you got your National Insurance number to hand?", "Can you type out your NI number?",
                  "Which NI number should I put on the form?", "National Insurance number?"],
        "BOOKING": ["What's the booking reference?", "Do you have the booking code?", "Could you give me the reference on your confirmation?",
                    "Booking ref please?", "Which reservation code is it?", "What's the six-character code on the confirmation email?",
                    "Booking reference?", "Can you find the booking code for me?", "The reference from your confirmation, please."],
        "FLIGHT": ["Which flight are you on?", "What's your flight number?", "Flight number please?",
                   "Which flight are you coming back on?", "Could you tell me the flight number so we can track delays?",
                   "What flight is it?", "Flight no.?", "And the return flight number?", "Which flight do you land on?"],
        "TICKET": ["What's the e-ticket number?", "Could you give me the 13-digit ticket number?", "Ticket number please?",
                   "The ticket number from your e-ticket receipt?", "Can I have the ticket number?",
                   "What's the number on the e-ticket?", "Do you have the ticket number (starts with 3 digits)?",
                   "e-ticket no.?", "Could you type the ticket number?"],
        "ADDR": ["Where should we send it?", "Where shall we post it to?", "Where do you want it delivered?",
                 "Where should the engineer come to?", "Where do you want it sent?", "And where should the letter go?",
                 "Where can we drop it off?", "Where should we send the new card?", "Where are we coming to?",
                 "Where should the kit go?", "Where do you live, so we can send it over?"],
    },
    "nl": {
        "NAME": ["Mag ik uw volledige naam?", "Met wie spreek ik?", "Op wiens naam staat het account?",
                 "Wat is uw voor- en achternaam?", "En uw naam was...?", "Naam graag?", "Op welke naam staat de reservering?",
                 "Sorry, ik heb uw naam gemist, hoe was die?", "Kunt u de naam van de rekeninghouder geven?", "Hoe heet u?"],
        "EMAIL": ["Wat is uw e-mailadres?", "Op welk mailadres wilt u de bevestiging ontvangen?",
                  "Met welk e-mailadres heeft u zich aangemeld?", "Mailadres graag?", "Naar welk adres mag ik de offerte mailen?",
                  "Kunt u uw e-mailadres bevestigen?", "Welk e-mailadres hoort bij het account?",
                  "Heeft u een mailadres voor de factuur?", "Waar kan ik u mailen?", "En uw e-mail?"],
        "PHONE": ["Op welk nummer kunnen we u terugbellen?", "Wat is uw telefoonnummer?", "Welk mobiele nummer hoort bij uw account?",
                  "Telefoonnummer graag?", "Mag ik een nummer voor de monteur?", "Kunt u uw telefoonnummer bevestigen?",
                  "Op welk nummer kunnen we u appen?", "Heeft u ook een vast nummer?", "Wat is het beste nummer om u te bereiken?",
                  "En een nummer voor als er iets is?"],
        "BANK": ["Op welk rekeningnummer mogen we het bedrag terugstorten?", "Wat is uw IBAN voor de incasso?",
                 "Rekeningnummer graag?", "Van welke rekening wilt u betalen?", "Kunt u het IBAN even intypen?",
                 "Naar welke rekening moet de terugbetaling?", "IBAN?", "Welk rekeningnummer mogen we maandelijks afschrijven?",
                 "Wat is het IBAN van de rekeninghouder?"],
        "CARD": ["Wat is het kaartnummer?", "Kunt u de 16 cijfers van de creditcard geven?",
                 "Met welke kaart heeft u betaald? Het volledige nummer graag.", "Creditcardnummer graag?",
                 "Kunt u het nummer op de voorkant van de kaart intypen?", "Het lange nummer van de kaart?",
                 "Welke creditcard wilt u gebruiken? Nummer graag.", "Wat zijn de cijfers van de kaart?", "Kaartnummer?"],
        "CUSTNO": ["Wat is uw {cn}?", "Heeft u uw {cn} bij de hand?", "Mag ik uw {cn}?", "{Cn} graag?",
                   "Kunt u uw {cn} geven, dan zoek ik u op?", "Wat is uw {cn}, staat op de brief?",
                   "Onder welk nummer staat het? Uw {cn} bedoel ik.", "Even opzoeken: uw {cn}?", "En uw {cn}?", "Weet u uw {cn}?"],
        "DOB": ["Wat is uw geboortedatum?", "Kunt u uw geboortedatum bevestigen?", "Geboortedatum graag?", "Wanneer bent u geboren?",
                "Ter controle: uw geboortedatum?", "Mag ik de geboortedatum van de accounthouder?", "Wat is uw geb. datum?",
                "En uw geboortedatum?", "Dag, maand en jaar van geboorte graag.", "Wat is uw geboortedatum zoals in het paspoort?"],
        "PASSPORT": ["Wat is uw paspoortnummer?", "Mag ik het documentnummer van uw paspoort?", "Paspoortnummer graag?",
                     "Met welk paspoort reist u? Het nummer graag.", "Kunt u het nummer van uw paspoort intypen?",
                     "En het paspoortnummer?", "Wat is het nummer van uw ID-kaart of paspoort?",
                     "Documentnummer graag (staat rechtsboven)?", "Welk paspoortnummer mag ik noteren?"],
        "NATID": ["Wat is uw BSN?", "Mag ik uw burgerservicenummer?", "BSN graag?", "Kunt u uw BSN intypen?",
                  "Wat is het BSN van de cliënt?", "Voor de registratie hebben we uw BSN nodig.", "En uw burgerservicenummer?",
                  "Heeft u uw BSN bij de hand?", "Welk BSN hoort erbij?"],
        "BOOKING": ["Wat is de boekingscode?", "Heeft u het reserveringsnummer?", "Mag ik de boekingsreferentie?",
                    "Boekingscode graag?", "Welke code staat op uw bevestiging?", "Wat is de code van 6 tekens uit de bevestigingsmail?",
                    "Reserveringscode?", "Kunt u de boekingscode opzoeken?", "De referentie van uw boeking graag."],
        "FLIGHT": ["Met welke vlucht komt u terug?", "Wat is uw vluchtnummer?", "Vluchtnummer graag?", "Welke vlucht neemt u?",
                   "Kunt u het vluchtnummer geven zodat we vertraging kunnen volgen?", "Welke vlucht is het?", "Vluchtnr?",
                   "En het vluchtnummer van de terugreis?", "Met welke vlucht landt u?"],
        "TICKET": ["Wat is het ticketnummer?", "Mag ik het e-ticketnummer van 13 cijfers?", "Ticketnummer graag?",
                   "Het ticketnummer van uw e-ticket?", "Wat is het nummer op het e-ticket?",
                   "Heeft u het ticketnummer (begint met 3 cijfers)?", "E-ticketnr.?", "Kunt u het ticketnummer intypen?",
                   "Welk ticketnummer staat op de bon?"],
        "ADDR": ["Waar mogen we het naartoe sturen?", "Waar moet het heen?", "Waar moet de monteur zijn?",
                 "Waar kunnen we het bezorgen?", "Waar moet de nieuwe pas heen?", "Waar mag ik het naartoe sturen?",
                 "Waar komen we naartoe?", "Waar moet het pakket heen?", "Waar woont u, dan sturen we het op?",
                 "Waarheen mag de brief?", "Waar kunnen we langskomen?"],
    },
    "nb": {
        "NAME": ["Hva er fullt navn?", "Hvem snakker jeg med?", "Hvilket navn står kontoen på?", "Kan jeg få for- og etternavn?",
                 "Og navnet ditt var…?", "Navn?", "Hvem står bestillingen på?", "Beklager, fikk ikke med meg navnet, hva var det?",
                 "Navn på kontoinnehaver?", "Hva heter du?"],
        "EMAIL": ["Hva er e-postadressen din?", "Hvilken e-post vil du ha bekreftelsen på?", "Hvilken e-post registrerte du deg med?",
                  "E-post?", "Hvor kan jeg sende tilbudet på mail?", "Kan du bekrefte e-postadressen?",
                  "Hvilken e-post er knyttet til kontoen?", "Har du en mailadresse til fakturaen?", "Hvor kan jeg maile deg?",
                  "Og e-posten din?"],
        "PHONE": ["Hvilket nummer kan vi ringe deg tilbake på?", "Hva er telefonnummeret ditt?",
                  "Hvilket mobilnummer er registrert på kontoen?", "Tlf.nr?", "Kan jeg få et nummer montøren kan nå deg på?",
                  "Kan du bekrefte telefonnummeret?", "Hvilket nummer kan vi sende SMS til?", "Har du fasttelefon også?",
                  "Beste nummer å nå deg på?", "Og et nummer i tilfelle noe skjer?"],
        "BANK": ["Hvilket kontonummer skal pengene settes inn på?", "Kontonummer?", "Kan du oppgi kontonummeret ditt?",
                 "Hva er kontonr. for tilbakebetalingen?", "Hvilken konto skal vi trekke fra? Kontonummer, takk.",
                 "Kan du skrive inn kontonummeret?", "Hvilken konto skal refusjonen til?", "Kontonummeret til den som betaler?",
                 "Hvor skal vi sende pengene?"],
        "CARD": ["Hva er kortnummeret?", "Kan du oppgi de 16 sifrene på kortet?", "Hvilket kort betalte du med? Hele nummeret, takk.",
                 "Kortnummer?", "Kan du skrive nummeret foran på kortet?", "Det lange nummeret på kortet?",
                 "Hvilket kort vil du bruke? Nummeret, takk.", "Sifrene på kortet?", "Kan du lese opp kortnummeret?"],
        "CUSTNO": ["Hva er ditt {cn}?", "Har du {cn} for hånden?", "Kan jeg få ditt {cn}?", "{Cn}?",
                   "Kan du oppgi {cn}, så finner jeg deg?", "Hvilket {cn} står på brevet?", "Hvilket {cn} står det på?",
                   "Jeg slår deg opp – {cn}?", "Og {cn}?", "Husker du {cn}?"],
        "DOB": ["Hva er fødselsdatoen din?", "Kan du bekrefte fødselsdato?", "Fødselsdato?", "Når er du født?",
                "For sikkerhets skyld: fødselsdato?", "Fødselsdatoen til kontoinnehaver?", "Dag, måned og år du er født?",
                "Og fødselsdato?", "Hvilken dato er du født?", "Fødselsdato som i passet?"],
        "PASSPORT": ["Hva er passnummeret?", "Kan jeg få passnummeret ditt?", "Passnr.?", "Hvilket pass reiser du på? Nummeret, takk.",
                     "Kan du skrive inn nummeret på passet?", "Og passnummeret?", "Nummeret på passet eller ID-kortet?",
                     "Dokumentnummer fra passet?", "Hvilket passnummer skal jeg registrere?"],
        "NATID": ["Hva er fødselsnummeret ditt (11 siffer)?", "Kan jeg få personnummer?", "Fødselsnummer?",
                  "Kan du oppgi fødselsnummeret?", "Vi trenger fødselsnummeret for registreringen.", "Og fødselsnummeret?",
                  "Har du fødselsnummeret tilgjengelig?", "Hele fødselsnummeret, takk.", "Hvilket fødselsnummer gjelder det?"],
        "BOOKING": ["Hva er bestillingsreferansen?", "Har du bookingkoden?", "Kan jeg få referansen fra bekreftelsen?", "Bookingref?",
                    "Hvilken reservasjonskode er det?", "Hva er koden på 6 tegn i bekreftelsesmailen?",
                    "Referansen på bestillingen?", "Finner du bookingkoden?", "Referansen fra bekreftelsen, takk."],
        "FLIGHT": ["Hvilket fly kommer du hjem med?", "Hva er flightnummeret?", "Flightnr?", "Hvilket fly tar du?",
                   "Kan du oppgi flynummeret så vi kan følge med på forsinkelser?", "Hvilken flight er det?", "Flynummer?",
                   "Og flynummeret hjem?", "Hvilket fly lander du med?"],
        "TICKET": ["Hva er billettnummeret?", "Kan jeg få det 13-sifrede e-billettnummeret?", "Billettnr?",
                   "Billettnummeret fra e-billetten?", "Hva står det av nummer på e-billetten?",
                   "Har du billettnummeret (starter med tre siffer)?", "E-billettnummer?", "Kan du skrive inn billettnummeret?",
                   "Hvilket billettnummer står på kvitteringen?"],
        "ADDR": ["Hvor skal vi sende det?", "Hvor skal det sendes?", "Hvor skal montøren komme?", "Hvor kan vi levere det?",
                 "Hvor skal det nye kortet sendes?", "Hvor vil du ha det?", "Hvor skal vi komme?", "Hvor skal pakken?",
                 "Hvor bor du, så vi kan sende det?", "Hvor skal brevet?", "Hvor skal vi kjøre det?"],
    },
    "ru": {
        "NAME": ["Как к вам обращаться? Полное ФИО, пожалуйста.", "С кем я говорю?", "На кого оформлен договор?",
                 "Назовите, пожалуйста, фамилию, имя и отчество.", "Ваше ФИО?", "Как вас зовут?", "На чьё имя бронирование?",
                 "Простите, не расслышала, как ваше имя?", "ФИО владельца счёта?", "Подскажите ваши имя и фамилию"],
        "EMAIL": ["Какая у вас электронная почта?", "На какой e-mail отправить подтверждение?", "С какой почтой вы регистрировались?",
                  "Email?", "Куда прислать счёт на почту?", "Подтвердите, пожалуйста, адрес эл. почты.",
                  "Какая почта привязана к аккаунту?", "Есть почта для чека?", "Куда вам написать?", "И ваш e-mail?"],
        "PHONE": ["По какому номеру вам перезвонить?", "Ваш номер телефона?", "Какой мобильный привязан к аккаунту?",
                  "Телефон, пожалуйста?", "Номер для мастера оставите?", "Подтвердите номер телефона.",
                  "На какой номер прислать СМС?", "Есть городской номер?", "По какому номеру с вами лучше связаться?",
                  "И контактный телефон?"],
        "BANK": ["На какой счёт вернуть деньги?", "Номер счёта для возврата?", "Продиктуйте номер счёта, пожалуйста.",
                 "Номер банковского счёта (20 цифр)?", "С какого счёта будете платить?", "Укажите номер счёта получателя.",
                 "Счёт?", "Напишите, пожалуйста, номер счёта.", "Куда перевести возврат?"],
        "CARD": ["Номер карты, пожалуйста?", "Продиктуйте 16 цифр карты.", "Какой картой платили? Нужен полный номер.",
                 "Номер карты?", "Напишите номер с лицевой стороны карты.", "Длинный номер карты?",
                 "Какой картой будете оплачивать? Номер, пожалуйста.", "Цифры карты?", "Можете написать номер карты?"],
        "CUSTNO": ["Какой у вас {cn}?", "{Cn} под рукой?", "Назовите, пожалуйста, {cn}.", "{Cn}?",
                   "Подскажите {cn}, я найду вас в системе.", "Какой {cn} указан в письме?", "На какой {cn} оформлено?",
                   "Секунду, ищу. Ваш {cn}?", "И {cn}?", "Помните свой {cn}?"],
        "DOB": ["Ваша дата рождения?", "Подтвердите, пожалуйста, дату рождения.", "Дата рождения?", "Когда вы родились?",
                "Для проверки: дата рождения?", "Дата рождения владельца аккаунта?", "Назовите число, месяц и год рождения.",
                "И дату рождения, пожалуйста.", "Какого числа вы родились?", "Дата рождения как в паспорте?"],
        "PASSPORT": ["Номер загранпаспорта?", "Продиктуйте серию и номер паспорта.", "Паспорт: серия и номер?",
                     "По какому паспорту летите? Нужен номер.", "Напишите номер загранпаспорта.", "И номер паспорта?",
                     "Номер документа, удостоверяющего личность?", "Серия и номер загранника?", "Какой номер паспорта записать?"],
        "INN": ["Ваш ИНН?", "Продиктуйте ИНН.", "И ИНН?", "ИНН под рукой?", "Какой ИНН указать?", "Нужен ваш ИНН (12 цифр).",
                "Подскажите ИНН физлица.", "ИНН, пожалуйста.", "Для договора нужен ИНН. Какой у вас?"],
        "SNILS": ["СНИЛС, пожалуйста?", "Номер СНИЛС?", "Для оформления нужен ваш СНИЛС.", "Напишите номер СНИЛС полностью.",
                  "И СНИЛС?", "СНИЛС под рукой?", "Какой у вас СНИЛС?", "Продиктуйте СНИЛС.", "Номер страхового свидетельства (СНИЛС)?"],
        "BOOKING": ["Номер бронирования?", "Код брони, пожалуйста?", "Продиктуйте код бронирования из письма.", "Бронь: код?",
                    "Какой шестизначный код в подтверждении?", "Номер брони?", "Найдёте код бронирования?",
                    "Код из подтверждения, пожалуйста.", "Какой у вас номер брони?"],
        "FLIGHT": ["Каким рейсом возвращаетесь?", "Номер рейса?", "Какой у вас рейс?", "Каким рейсом летите?",
                   "Подскажите номер рейса, чтобы мы отслеживали задержку.", "Рейс?", "И номер обратного рейса?",
                   "Каким рейсом прилетаете?", "Номер рейса, пожалуйста."],
        "TICKET": ["Номер электронного билета?", "Продиктуйте 13-значный номер билета.", "Номер билета?",
                   "Номер из маршрутной квитанции?", "Какой номер на электронном билете?",
                   "Номер билета (начинается с трёх цифр)?", "Номер e-ticket?", "Напишите номер билета.",
                   "Какой номер билета в квитанции?"],
        "ADDR": ["Куда отправить?", "Куда доставить?", "Куда приехать мастеру?", "Куда привезти?", "Куда выслать новую карту?",
                 "Куда вам прислать?", "Куда нам подъехать?", "Куда отправить посылку?", "Где вы живёте, чтобы мы выслали?",
                 "Куда прислать письмо?", "Куда везти?"],
    },
}  # fmt: skip

# a customer's value with its cue in the same message ({v}: the value)
CUE: dict[str, dict[str, list[str]]] = {
    "en": {"NAME": ["my name is {v}", "this is {v}", "it's {v} here", "name: {v}", "I'm {v}", "name's {v}"],
           "EMAIL": ["my email is {v}", "email me at {v}", "e-mail: {v}", "my email address is {v}", "my email's {v}"],
           "PHONE": ["my number is {v}", "call me on {v}", "phone: {v}", "my mobile is {v}", "ring me on {v}", "tel {v}"],
           "BANK": ["my bank details are {v}", "account: {v}", "pay it into {v} please, that's my account", "the account is {v}"],
           "CARD": ["card number {v}", "my card is {v}", "the card no. is {v}"],
           "CUSTNO": ["my {cn} is {v}", "{cn}: {v}", "{cn} {v}"],
           "DOB": ["my date of birth is {v}", "I was born on {v}", "DOB {v}", "born {v}"],
           "PASSPORT": ["my passport number is {v}", "passport: {v}", "passport no {v}"],
           "NATID": ["my NI number is {v}", "National Insurance: {v}", "NI no. {v}"],
           "BOOKING": ["booking ref {v}", "my booking code is {v}", "the reference is {v}"],
           "FLIGHT": ["we're on flight {v}", "flight {v}", "coming back on flight {v}"],
           "TICKET": ["ticket number {v}", "e-ticket {v}", "my ticket no. is {v}"]},
    "nl": {"NAME": ["mijn naam is {v}", "u spreekt met {v}", "met {v}", "naam: {v}", "ik ben {v}"],
           "EMAIL": ["mijn mail is {v}", "mailadres: {v}", "mijn e-mailadres is {v}", "mailen mag naar {v}"],
           "PHONE": ["mijn nummer is {v}", "bel me op {v}", "tel: {v}", "mijn mobiel is {v}", "telnr {v}"],
           "BANK": ["mijn rekeningnummer is {v}", "IBAN: {v}", "rekeningnr {v}", "mijn IBAN is {v}"],
           "CARD": ["kaartnummer {v}", "mijn creditcard is {v}", "creditcardnr {v}"],
           "CUSTNO": ["mijn {cn} is {v}", "{cn}: {v}", "{cn} {v}"],
           "DOB": ["mijn geboortedatum is {v}", "ik ben geboren op {v}", "geb. {v}", "geboren {v}"],
           "PASSPORT": ["mijn paspoortnummer is {v}", "paspoort: {v}", "paspoortnr {v}"],
           "NATID": ["mijn BSN is {v}", "BSN: {v}", "burgerservicenummer {v}"],
           "BOOKING": ["boekingscode {v}", "mijn reserveringscode is {v}", "de boekingsref is {v}"],
           "FLIGHT": ["we vliegen met {v}", "vlucht {v}", "terug met vlucht {v}"],
           "TICKET": ["ticketnummer {v}", "e-ticket {v}", "mijn ticketnr is {v}"]},
    "nb": {"NAME": ["jeg heter {v}", "det er {v} her", "navnet er {v}", "navn: {v}", "mitt navn er {v}"],
           "EMAIL": ["e-posten min er {v}", "mail: {v}", "e-postadressa mi er {v}", "send mail til {v}"],
           "PHONE": ["nummeret mitt er {v}", "ring meg på {v}", "tlf: {v}", "mobilen min er {v}", "tlf.nr {v}"],
           "BANK": ["kontonummeret mitt er {v}", "kontonr: {v}", "kontonummer {v}", "konto {v}"],
           "CARD": ["kortnummer {v}", "kortet mitt er {v}", "kortnr {v}"],
           "CUSTNO": ["mitt {cn} er {v}", "{cn}: {v}", "{cn} {v}"],
           "DOB": ["fødselsdatoen min er {v}", "jeg er født {v}", "f. {v}", "født {v}"],
           "PASSPORT": ["passnummeret mitt er {v}", "pass: {v}", "passnr {v}"],
           "NATID": ["fødselsnummeret mitt er {v}", "fnr: {v}", "personnummer {v}"],
           "BOOKING": ["bookingref {v}", "bestillingskoden er {v}", "referansen er {v}"],
           "FLIGHT": ["vi flyr med {v}", "fly {v}", "hjem med {v}"],
           "TICKET": ["billettnummer {v}", "e-billett {v}", "billettnr {v}"]},
    "ru": {"NAME": ["меня зовут {v}", "это {v}", "на связи {v}", "ФИО: {v}", "пишет {v}"],
           "EMAIL": ["моя почта {v}", "e-mail: {v}", "почта {v}", "пишите на почту {v}"],
           "PHONE": ["мой номер {v}", "звоните на {v}", "тел. {v}", "мой мобильный {v}", "телефон {v}"],
           "BANK": ["номер счёта {v}", "мой счёт {v}", "счёт: {v}", "реквизиты: счёт {v}"],
           "CARD": ["номер карты {v}", "карта {v}", "моя карта {v}"],
           "CUSTNO": ["мой {cn} {v}", "{cn}: {v}", "{cn} {v}"],
           "DOB": ["дата рождения {v}", "д.р. {v}", "дата рожд. {v}", "я {born} {v}"],
           "PASSPORT": ["номер паспорта {v}", "загранпаспорт {v}", "паспорт: {v}"],
           "INN": ["мой ИНН {v}", "ИНН: {v}", "ИНН {v}"],
           "SNILS": ["СНИЛС {v}", "мой СНИЛС {v}", "СНИЛС: {v}"],
           "BOOKING": ["код брони {v}", "номер бронирования {v}", "бронь {v}"],
           "FLIGHT": ["летим рейсом {v}", "рейс {v}", "обратно рейсом {v}"],
           "TICKET": ["номер билета {v}", "э-билет {v}", "билет № {v}"]},
}  # fmt: skip

# small talk around values
LEAD = {"en": ["", "", "ok so ", "sure, ", "right, ", "yes, ", "yep "],
        "nl": ["", "", "oké, ", "ja, ", "prima, ", "uhm ", "ja hoor, "],
        "nb": ["", "", "ok, ", "ja, ", "greit, ", "jepp ", "ja da, "],
        "ru": ["", "", "да, ", "хорошо, ", "так, ", "ок, ", "ага, "]}  # fmt: skip
TAIL = {"en": ["", "", ".", " if that helps", " 🙂", " thanks", "!"],
        "nl": ["", "", ".", " hoor", " 👍", " alvast bedankt", "!"],
        "nb": ["", "", ".", " :)", " takk", " btw", "!"],
        "ru": ["", "", ".", ")", " спасибо", " 🙏", "!"]}  # fmt: skip
BARE_TAIL = {"en": ["", "", "", ".", " 🙂", " thx", "  ", " ?"],
             "nl": ["", "", "", ".", " 👍", " hoor", " toch?", " dacht ik"],
             "nb": ["", "", "", ".", " :)", " tror jeg", " ja", " 👍"],
             "ru": ["", "", "", ".", ")", " вроде", " 👌", " кажется"]}  # fmt: skip
WAIT = {
    "en": ["one sec", "hang on, looking for it", "just a mo, it's in my other email", "2 mins pls",
           "let me grab my wallet", "hold on...", "brb finding the letter", "ok give me a minute", "sec 🙏",
           "hmm where did I put it", "one moment please", "wait, it's on the fridge somewhere lol"],
    "nl": ["momentje", "even zoeken hoor", "ff kijken, staat in m'n andere mail", "sec", "wacht even, pasje pakken",
           "moment...", "effe de brief erbij pakken", "1 minuutje", "even geduld 🙏", "huh waar heb ik dat gelaten",
           "ogenblik", "wacht ff, ligt boven"],
    "nb": ["et øyeblikk", "vent litt, leter", "2 sek, ligger i den andre mailen", "vent", "må bare finne lommeboka",
           "øyeblikk...", "skal bare finne brevet", "gi meg et minutt", "sekund 🙏", "hmm hvor la jeg den",
           "vent litt", "må sjekke i appen"],
    "ru": ["секунду", "минутку, ищу", "щас, это в другой почте", "сек", "подождите, достану карту",
           "минуточку...", "сейчас найду письмо", "одну минуту", "щас 🙏", "хм, куда я его дела",
           "момент", "погодите, посмотрю в приложении"],
}  # fmt: skip
WAIT_OK = {
    "en": ["No problem, take your time.", "Sure, I'll wait.", "Of course!", "No rush 🙂", "Take all the time you need.", "Sure thing."],
    "nl": ["Geen probleem, neem de tijd.", "Prima, ik wacht even.", "Natuurlijk!", "Geen haast 🙂", "Rustig aan hoor.", "Tuurlijk."],
    "nb": ["Ikke noe problem, ta den tiden du trenger.", "Greit, jeg venter.", "Selvsagt!", "Ingen hast 🙂", "Bare ta det rolig.", "Klart det."],
    "ru": ["Конечно, не торопитесь.", "Хорошо, жду.", "Да, конечно!", "Без спешки 🙂", "Я на линии.", "Ничего страшного."],
}  # fmt: skip
BACK_Q = {
    "en": ["the one on the invoice or the one in the app?", "is that the long one?", "with or without the letters in front?",
           "do you need the whole thing?", "mine or my partner's?", "sorry, what's that for again?", "the new one or the old one?",
           "why do you need that?"],
    "nl": ["die op de factuur of die in de app?", "is dat die lange?", "met of zonder de letters ervoor?", "heel het nummer?",
           "van mij of van mijn vriendin?", "sorry, waar is dat voor?", "de nieuwe of de oude?", "waarom heeft u dat nodig?"],
    "nb": ["den på fakturaen eller den i appen?", "er det den lange?", "med eller uten bokstavene foran?", "hele nummeret?",
           "mitt eller samboerens?", "sorry, hva trenger du det til?", "det nye eller det gamle?", "hvorfor trenger dere det?"],
    "ru": ["тот, что в счёте, или в приложении?", "это длинный который?", "с буквами впереди или без?", "целиком?",
           "мой или мужа?", "а зачем это?", "новый или старый?", "а это обязательно?"],
}  # fmt: skip
BACK_A = {  # index-aligned with BACK_Q
    "en": ["Either is fine.", "Yes, that one.", "With the letters, please.", "Yes, the whole thing please.", "Yours please.",
           "It's so I can find your file.", "The current one, please.", "We need it to check it's really you."],
    "nl": ["Allebei goed.", "Ja, precies die.", "Met de letters graag.", "Ja, het hele nummer graag.", "Die van u graag.",
           "Dan kan ik uw dossier vinden.", "De huidige graag.", "Om te controleren dat u het echt bent."],
    "nb": ["Begge går fint.", "Ja, akkurat den.", "Med bokstavene, takk.", "Ja, hele, takk.", "Ditt, takk.",
           "Det er for å finne saken din.", "Det gjeldende, takk.", "For å sjekke at det faktisk er deg."],
    "ru": ["Любой подойдёт.", "Да, именно его.", "С буквами, пожалуйста.", "Да, полностью, пожалуйста.", "Ваш, пожалуйста.",
           "Чтобы найти вашу заявку.", "Действующий, пожалуйста.", "Чтобы убедиться, что это вы."],
}  # fmt: skip
BACK_FOR = {"CUSTNO": [0, 1, 2, 3, 5, 6], "BOOKING": [0, 2, 5, 7], "PHONE": [4, 5, 6, 7], "EMAIL": [4, 5, 6, 7],
            "BANK": [3, 4, 5, 7], "CARD": [1, 3, 5, 7], "PASSPORT": [3, 5, 6, 7], "NATID": [3, 4, 5, 7], "DOB": [4, 5, 7],
            "NAME": [4, 5, 7], "FLIGHT": [5, 7], "TICKET": [1, 3, 5], "ADDR": [4, 5, 7]}  # fmt: skip
THANKS_AGENT = {
    "en": ["Thank you!", "Great, thanks.", "Perfect.", "Got it, thanks.", "Lovely, thank you.", "Thanks, that's found it.", "Cheers."],
    "nl": ["Dank u!", "Top, dank u wel.", "Perfect.", "Helemaal goed.", "Dank je, gevonden.", "Prima, bedankt.", "Duidelijk, dank u."],
    "nb": ["Takk!", "Flott, takk.", "Perfekt.", "Den er notert.", "Supert, takk skal du ha.", "Takk, fant deg.", "Tusen takk."],
    "ru": ["Спасибо!", "Отлично, спасибо.", "Принято.", "Записала.", "Нашла, спасибо.", "Так, вижу вас.", "Благодарю."],
}  # fmt: skip
GREET = {
    "en": ["Hi, you're chatting with {a} from {co}. How can I help?", "Hello and welcome to {co}! {a} here, what can I do for you?",
           "Good morning, {co}, this is {a}.", "{co} support, {a} speaking. How can I help today?", "Hi there! I'm {a} at {co} 😊",
           "Thanks for contacting {co}. My name is {a}, how can I help?"],
    "nl": ["Hallo, u chat met {a} van {co}. Waarmee kan ik helpen?", "Welkom bij {co}! Je spreekt met {a}, wat kan ik voor je doen?",
           "Goedemorgen, {co}, met {a}.", "{co} klantenservice, met {a}. Hoe kan ik u helpen?", "Hoi! Ik ben {a} van {co} 😊",
           "Bedankt voor uw bericht aan {co}. Mijn naam is {a}, waarmee kan ik u helpen?"],
    "nb": ["Hei, du chatter med {a} i {co}. Hva kan jeg hjelpe med?", "Velkommen til {co}! {a} her, hva kan jeg gjøre for deg?",
           "God morgen, {co}, det er {a}.", "{co} kundeservice, {a} her. Hvordan kan jeg hjelpe?", "Hei! Jeg heter {a} og jobber i {co} 😊",
           "Takk for at du kontakter {co}. Mitt navn er {a}, hva gjelder det?"],
    "ru": ["Здравствуйте, {co}, меня зовут {a}. Чем помочь?", "Добрый день! {co}, оператор {a}.",
           "Доброе утро, {co}, на связи {a}.", "Служба поддержки «{co}», {a}. Слушаю вас.", "Привет! Я {a}, «{co}» 😊",
           "Спасибо, что обратились в «{co}». Меня зовут {a}, чем могу помочь?"],
}  # fmt: skip
OPEN_FRAME = {
    "en": ["hi, {i}", "hello! {i}", "hey there, {i} 😅", "Good morning. {i}.", "{i}, can you help?", "hi there {i} pls help",
           "Hiya, {i}", "hello, quick one: {i}"],
    "nl": ["hoi, {i}", "Hallo! {i}", "hey, {i} 😅", "Goedemorgen. {i}.", "{i}, kunt u helpen?", "hallo {i} help aub",
           "Hoi hoi, {i}", "dag, korte vraag: {i}"],
    "nb": ["hei, {i}", "Hei! {i}", "hallo, {i} 😅", "God morgen. {i}.", "{i}, kan dere hjelpe?", "hei {i} hjelp",
           "Heisann, {i}", "hei, kjapt spørsmål: {i}"],
    "ru": ["здравствуйте, {i}", "Добрый день! {i}", "привет, {i} 😅", "Доброе утро. {i}.", "{i}, поможете?",
           "здрасте {i} помогите пж", "Добрый вечер, {i}", "здравствуйте, вопрос: {i}"],
}  # fmt: skip
BYE_C = {"en": ["thanks, bye!", "great, cheers 👍", "perfect thank you", "ok thanks a lot", "that's all, ta"],
         "nl": ["dank je, doei!", "top, bedankt 👍", "super dank u", "oké thanks", "dat was het, bedankt"],
         "nb": ["takk, ha det!", "supert, takk 👍", "perfekt takk", "ok tusen takk", "det var alt, takk"],
         "ru": ["спасибо, до свидания!", "отлично, спасибо 👍", "супер, спасибо", "ок, благодарю", "это всё, спасибо"]}  # fmt: skip
BYE_A = {"en": ["You're welcome, have a lovely day!", "Glad I could help. Bye!", "Anytime. Take care!"],
         "nl": ["Graag gedaan, fijne dag nog!", "Fijn dat ik kon helpen. Doei!", "Tot ziens!"],
         "nb": ["Bare hyggelig, ha en fin dag!", "Godt å kunne hjelpe. Ha det!", "Ha det bra!"],
         "ru": ["Пожалуйста, хорошего дня!", "Рада была помочь. До свидания!", "Всего доброго!"]}  # fmt: skip


# ---------------------------------------------------------------------------------------
# sectors: twenty new to the sets, an invented business per language
# ---------------------------------------------------------------------------------------


@dataclass
class Sector:
    key: str
    co: dict[str, str]
    cn: dict[str, list[str]]  # the sector's own names for the customer number
    cn_fmt: str  # pattern: 9 a digit, A a letter, other characters kept
    types: list[str]  # what agents of this sector ask for (besides name, e-mail, phone)
    fields: list[str]  # fields of a traveller/participant in a list
    issues: dict[str, list[str]]
    prod: str  # product-code pattern
    natid: str = "SNILS"  # Russian national id this sector asks for
    extra_neg: list[str] = field(default_factory=list)


def fmt(rng: random.Random, pattern: str) -> str:
    al = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return "".join(
        rng.choice("0123456789") if c == "9" else rng.choice(al) if c == "A" else c for c in pattern
    )


SECTORS = [
    Sector("airport_parking",
           {"en": "ParkSure Airside", "nl": "ParkeerPoort Schiphol-Oost", "nb": "Parkgarasjen Gardermoen Sør", "ru": "ПаркЭкспресс Внуково"},
           {"en": ["parking account number", "ParkSure ID"], "nl": ["parkeeraccount", "klantnummer"],
            "nb": ["parkeringsnummer", "kundenummer"], "ru": ["номер клиента", "номер парковочного аккаунта"]},
           "PK-99999999", ["BOOKING", "FLIGHT", "CARD", "CUSTNO", "TICKET"], ["FLIGHT", "BOOKING"],
           {"en": ["my flight back is delayed and I need to extend the parking", "I got charged twice for the long stay"],
            "nl": ["mijn terugvlucht heeft vertraging, kan ik het parkeren verlengen", "ik ben twee keer afgeschreven voor lang parkeren"],
            "nb": ["flyet hjem er forsinket og jeg må forlenge parkeringen", "jeg ble trukket to ganger for langtidsparkering"],
            "ru": ["мой обратный рейс задерживается, надо продлить парковку", "с меня дважды списали за парковку"]},
           "LS-999", extra_neg=["vehicle_registration", "parking_space"]),
    Sector("visa_service",
           {"en": "Stamp & Go Visas", "nl": "VisumVlot", "nb": "Visumkontoret Nordlys", "ru": "ВизаПрофи Центр"},
           {"en": ["application number", "client number"], "nl": ["aanvraagnummer", "dossiernummer"],
            "nb": ["søknadsnummer", "kundenummer"], "ru": ["номер анкеты", "номер клиента"]},
           "VA-9999-AA99", ["PASSPORT", "DOB", "FLIGHT", "TICKET", "CUSTNO"], ["DOB", "PASSPORT"],
           {"en": ["we need visas for a family trip and the embassy slot is soon", "my visa application is stuck"],
            "nl": ["we hebben visa nodig voor een familiereis", "mijn visumaanvraag zit vast"],
            "nb": ["vi trenger visum til en familietur", "visumsøknaden min står fast"],
            "ru": ["нужны визы на всю семью, запись в консульство скоро", "моя анкета на визу зависла"]},
           "FORM-99", natid="INN"),
    Sector("river_cruise",
           {"en": "Meander River Cruises", "nl": "Rivierkroon Cruises", "nb": "Elvecruise Vestkyst", "ru": "Волжские Зори Круизы"},
           {"en": ["guest number", "Meander Club number"], "nl": ["gastnummer", "Kroonclub-nummer"],
            "nb": ["gjestenummer", "medlemsnummer"], "ru": ["номер гостя", "номер клубной карты"]},
           "MC99999", ["BOOKING", "PASSPORT", "DOB", "CARD", "CUSTNO", "FLIGHT", "TICKET"], ["DOB", "PASSPORT"],
           {"en": ["I want to add my parents to our cruise", "we need to change cabins on the Danube cruise"],
            "nl": ["ik wil mijn ouders toevoegen aan onze cruise", "we willen van hut wisselen op de Donaucruise"],
            "nb": ["jeg vil legge til foreldrene mine på cruiset", "vi må bytte lugar på elvecruiset"],
            "ru": ["хочу добавить родителей в наш круиз", "нужно поменять каюту на круизе"]},
           "CAB-99A", extra_neg=["room_number"]),
    Sector("ski_school",
           {"en": "Snowplough Ski School", "nl": "Skischool De Witte Ploeg", "nb": "Hemsedal Skiskole Toppsving", "ru": "Горнолыжная школа Снежный Барс"},
           {"en": ["pupil account number", "family account number"], "nl": ["gezinsnummer", "leerlingnummer"],
            "nb": ["elevnummer", "familienummer"], "ru": ["номер ученика", "номер семейного аккаунта"]},
           "SK26-9999", ["DOB", "CARD", "CUSTNO", "BANK"], ["DOB"],
           {"en": ["I'd like to book lessons for the kids over half term", "one of the kids is ill and we need to move the lessons"],
            "nl": ["ik wil skiles boeken voor de kinderen in de vakantie", "een van de kinderen is ziek, we willen de les verzetten"],
            "nb": ["jeg vil booke skikurs for ungene i vinterferien", "den ene ungen er syk, vi må flytte kurset"],
            "ru": ["хочу записать детей на занятия на каникулах", "ребёнок заболел, надо перенести занятия"]},
           "GRP-9A"),
    Sector("summer_camp",
           {"en": "Pinecone Summer Camps", "nl": "Zomerkamp De Kampvuurtjes", "nb": "Sommerleir Fjellgløtt", "ru": "Детский лагерь Солнечная Поляна"},
           {"en": ["family ID", "parent account number"], "nl": ["ouderaccountnummer", "gezinscode"],
            "nb": ["foreldrenummer", "familienummer"], "ru": ["номер договора", "номер родительского кабинета"]},
           "FAM-99999", ["DOB", "NATID", "BANK", "CUSTNO"], ["DOB", "NATID"],
           {"en": ["I want to sign up my kids for the July camp", "we need to add a child to the camp booking"],
            "nl": ["ik wil mijn kinderen inschrijven voor het kamp in juli", "we willen nog een kind toevoegen aan de kampboeking"],
            "nb": ["jeg vil melde på ungene til leiren i juli", "vi vil legge til et barn til på leiren"],
            "ru": ["хочу записать детей в лагерь на июль", "нужно добавить ещё одного ребёнка в путёвку"]},
           "SHIFT-9", natid="SNILS"),
    Sector("solar_panels",
           {"en": "Brightroof Solar", "nl": "ZonneDak Oost", "nb": "Solcellekompaniet Midnattsol", "ru": "СолнцеДом Энерго"},
           {"en": ["installation number", "customer reference"], "nl": ["installatienummer", "klantnummer"],
            "nb": ["anleggsnummer", "kundenummer"], "ru": ["номер договора", "номер объекта"]},
           "ZP 9999 9999", ["BANK", "CUSTNO", "NATID"], ["PHONE", "EMAIL"],
           {"en": ["one of the panels stopped producing after the storm", "I want a quote for a battery"],
            "nl": ["een van de panelen levert niks meer na de storm", "ik wil een offerte voor een thuisbatterij"],
            "nb": ["ett av panelene produserer ikke etter stormen", "jeg vil ha tilbud på batteri"],
            "ru": ["после грозы одна панель перестала работать", "хочу расчёт на аккумулятор"]},
           "SP-410W-99", natid="INN"),
    Sector("heat_pump",
           {"en": "Thermacore Heat Pumps", "nl": "WarmteWijzer Installatie", "nb": "Varmepumpe-Gutta", "ru": "ТеплоНасос Сервис"},
           {"en": ["service contract number", "account number"], "nl": ["contractnummer", "servicenummer"],
            "nb": ["serviceavtalenummer", "kundenummer"], "ru": ["номер сервисного договора", "номер клиента"]},
           "SC-99999-A", ["CUSTNO", "BANK", "CARD"], ["PHONE"],
           {"en": ["the heat pump is showing error E7 and the house is freezing", "I need the yearly service booked"],
            "nl": ["de warmtepomp geeft foutcode E7 en het huis is ijskoud", "ik wil het jaarlijkse onderhoud inplannen"],
            "nb": ["varmepumpa viser feilkode E7 og det er iskaldt", "jeg må bestille årlig service"],
            "ru": ["тепловой насос выдаёт ошибку E7, дома холодно", "нужно записаться на ежегодное ТО"]},
           "HP-AW99"),
    Sector("self_storage",
           {"en": "BoxLocker Self Storage", "nl": "OpslagOase", "nb": "Lagerboden Sentrum", "ru": "Склад-Бокс 24"},
           {"en": ["tenant number", "unit account number"], "nl": ["huurdernummer", "klantnummer"],
            "nb": ["leietakernummer", "kundenummer"], "ru": ["номер арендатора", "номер договора аренды"]},
           "U-9999-999", ["CUSTNO", "BANK", "CARD", "NATID"], ["PHONE", "EMAIL"],
           {"en": ["I need a bigger unit from next month", "my access code for the gate stopped working"],
            "nl": ["ik heb vanaf volgende maand een grotere box nodig", "mijn toegangscode voor het hek werkt niet meer"],
            "nb": ["jeg trenger en større bod fra neste måned", "adgangskoden til porten virker ikke"],
            "ru": ["нужен бокс побольше со следующего месяца", "перестал работать код на воротах"]},
           "BOX-9A", natid="INN"),
    Sector("hair_salon",
           {"en": "Snip & Sparrow Hair", "nl": "Kapsalon De Krul", "nb": "Frisørstua Lokken", "ru": "Салон красоты Локон"},
           {"en": ["client card number", "loyalty number"], "nl": ["klantenkaartnummer", "spaarkaartnummer"],
            "nb": ["kundekortnummer", "medlemsnummer"], "ru": ["номер карты клиента", "номер бонусной карты"]},
           "SN9999", ["CUSTNO", "CARD", "DOB"], ["PHONE"],
           {"en": ["I need to move my colour appointment", "can I book a cut for me and my two boys"],
            "nl": ["ik moet mijn kleurafspraak verzetten", "kan ik een knipbeurt boeken voor mij en mijn twee jongens"],
            "nb": ["jeg må flytte fargetimen min", "kan jeg bestille klipp til meg og de to guttene"],
            "ru": ["мне нужно перенести окрашивание", "можно записать меня и двух сыновей на стрижку"]},
           "TRT-99"),
    Sector("plumber",
           {"en": "Pipewise Plumbing", "nl": "Loodgietersbedrijf Druppel", "nb": "Rørlegger Vannvittig", "ru": "СанТехМастер"},
           {"en": ["job account number", "customer number"], "nl": ["klantnummer", "werkbonnummer klant"],
            "nb": ["kundenummer", "avtalenummer"], "ru": ["номер клиента", "номер лицевого счёта"]},
           "C99999", ["CUSTNO", "CARD", "BANK"], ["PHONE"],
           {"en": ["there's water coming through the kitchen ceiling", "my boiler pressure keeps dropping, need a plumber"],
            "nl": ["er lekt water door het plafond van de keuken", "de afvoer in de badkamer is verstopt"],
            "nb": ["det drypper vann gjennom taket på kjøkkenet", "sluket på badet er tett"],
            "ru": ["с потолка на кухне течёт вода", "засорилась канализация в ванной"]},
           "VALVE-99"),
    Sector("language_school",
           {"en": "Babel Bridge Language School", "nl": "Taalhuis De Tolk", "nb": "Språkskolen Ordflyt", "ru": "Языковая школа Полиглот"},
           {"en": ["student number", "learner ID"], "nl": ["studentnummer", "cursistnummer"],
            "nb": ["elevnummer", "studentnummer"], "ru": ["номер студента", "номер договора"]},
           "ST-99-99999", ["DOB", "PASSPORT", "CUSTNO", "BANK", "NATID"], ["DOB", "EMAIL"],
           {"en": ["I want to enrol in the evening Spanish course", "I need a letter for my visa for the intensive course"],
            "nl": ["ik wil me inschrijven voor de avondcursus Spaans", "ik heb een brief nodig voor mijn visum"],
            "nb": ["jeg vil melde meg på kveldskurset i spansk", "jeg trenger et brev til visumsøknaden"],
            "ru": ["хочу записаться на вечерний курс испанского", "нужна справка для визы на интенсив"]},
           "LVL-A9", natid="SNILS"),
    Sector("travel_clinic",
           {"en": "Globetrot Travel Clinic", "nl": "Reisvaccinatiepunt Kompas", "nb": "Reisevaksinen Kompasset", "ru": "Центр прививок Путник"},
           {"en": ["patient number", "clinic ID"], "nl": ["patiëntnummer", "cliëntnummer"],
            "nb": ["pasientnummer", "journalnummer"], "ru": ["номер пациента", "номер медкарты"]},
           "TC999999", ["DOB", "NATID", "PASSPORT", "CUSTNO", "CARD"], ["DOB", "NATID"],
           {"en": ["we need yellow fever jabs before our trip", "I lost my vaccination certificate"],
            "nl": ["we hebben de gelekoortsprik nodig voor de reis", "ik ben mijn vaccinatieboekje kwijt"],
            "nb": ["vi trenger gulfebervaksine før turen", "jeg har mistet vaksinasjonskortet"],
            "ru": ["нужна прививка от жёлтой лихорадки перед поездкой", "я потеряла сертификат о прививках"]},
           "VAC-99", natid="SNILS"),
    Sector("computer_repair",
           {"en": "ByteMend Repairs", "nl": "PC-Dokter Hollandia", "nb": "Datadoktoren Sentrum", "ru": "КомпьютерДоктор"},
           {"en": ["repair account number", "customer ID"], "nl": ["klantnummer", "reparatieaccount"],
            "nb": ["kundenummer", "servicenummer"], "ru": ["номер клиента", "номер квитанции клиента"]},
           "BM-99999", ["CUSTNO", "CARD", "EMAIL"], ["EMAIL", "PHONE"],
           {"en": ["my laptop came back from repair with the same fault", "the screen on my laptop is flickering"],
            "nl": ["mijn laptop is terug van reparatie maar doet het nog steeds niet", "het scherm van mijn laptop flikkert"],
            "nb": ["laptopen kom tilbake fra reparasjon med samme feil", "skjermen på PC-en blinker"],
            "ru": ["ноутбук вернули из ремонта с той же поломкой", "мерцает экран ноутбука"]},
           "SSD-99A"),
    Sector("cinema_membership",
           {"en": "Reel Circle Cinemas", "nl": "Filmhuis Lichtspel", "nb": "Kino Nordstjerna", "ru": "Кинотеатр Иллюзион Плюс"},
           {"en": ["membership number", "Reel Circle number"], "nl": ["lidnummer", "pasnummer"],
            "nb": ["medlemsnummer", "kinokortnummer"], "ru": ["номер карты зрителя", "номер абонемента"]},
           "RC-999-9999", ["CUSTNO", "CARD", "DOB"], ["DOB", "EMAIL"],
           {"en": ["my membership renewed but the app says expired", "I want a family membership for four"],
            "nl": ["mijn abonnement is verlengd maar de app zegt verlopen", "ik wil een gezinsabonnement voor vier"],
            "nb": ["medlemskapet er fornyet, men appen sier utløpt", "jeg vil ha familiemedlemskap for fire"],
            "ru": ["абонемент продлили, а в приложении пишет истёк", "хочу семейный абонемент на четверых"]},
           "SEAT-A99", extra_neg=["seat"]),
    Sector("zoo_pass",
           {"en": "Wildgate Zoo", "nl": "Dierenpark De Wildernis", "nb": "Dyreparken Villmark", "ru": "Зоопарк Дикий Край"},
           {"en": ["pass number", "Friends of Wildgate number"], "nl": ["abonnementsnummer", "pasnummer"],
            "nb": ["sesongkortnummer", "medlemsnummer"], "ru": ["номер абонемента", "номер карты друга зоопарка"]},
           "WG 99999", ["CUSTNO", "DOB", "CARD", "BANK"], ["DOB"],
           {"en": ["I want annual passes for the whole family", "my son's pass photo is wrong"],
            "nl": ["ik wil jaarkaarten voor het hele gezin", "de foto op het pasje van mijn zoon klopt niet"],
            "nb": ["jeg vil ha årskort til hele familien", "bildet på sesongkortet til sønnen min er feil"],
            "ru": ["хочу годовые абонементы на всю семью", "на абонементе сына не та фотография"]},
           "TKT-AA9"),
    Sector("home_cleaning",
           {"en": "Sparkle & Sage Cleaners", "nl": "Schoonmaakbedrijf Blinkend Huis", "nb": "Vaskehjelpen Glans", "ru": "Клининг Чистый Дом"},
           {"en": ["client number", "account code"], "nl": ["klantnummer", "abonnementsnummer"],
            "nb": ["kundenummer", "avtalenummer"], "ru": ["номер договора", "номер клиента"]},
           "CL-99-999", ["CUSTNO", "BANK", "CARD"], ["PHONE"],
           {"en": ["the cleaner didn't turn up on Tuesday", "I want a deep clean before we move out"],
            "nl": ["de schoonmaker is dinsdag niet gekomen", "ik wil een grote schoonmaak voor we verhuizen"],
            "nb": ["vaskehjelpen kom ikke på tirsdag", "jeg vil ha flyttevask før vi flytter"],
            "ru": ["уборщица не пришла во вторник", "нужна генеральная уборка перед переездом"]},
           "PKG-A9"),
    Sector("temp_agency",
           {"en": "Shiftwise Staffing", "nl": "Uitzendbureau Flexwerk Noord", "nb": "Vikarbyrået Rask", "ru": "Кадровое агентство Смена"},
           {"en": ["worker number", "payroll number"], "nl": ["registratienummer", "uitzendkrachtnummer"],
            "nb": ["ansattnummer", "vikarnummer"], "ru": ["табельный номер", "номер сотрудника"]},
           "W-999999", ["NATID", "BANK", "DOB", "CUSTNO"], ["DOB", "NATID"],
           {"en": ["my last payslip is missing two shifts", "I've just registered and need to send my details"],
            "nl": ["op mijn loonstrook missen twee diensten", "ik heb me net ingeschreven en moet mijn gegevens doorgeven"],
            "nb": ["det mangler to vakter på lønnsslippen", "jeg har nettopp registrert meg og må sende opplysninger"],
            "ru": ["в расчётном листке не хватает двух смен", "я только зарегистрировался, надо передать данные"]},
           "JOB-9999", natid="SNILS"),
    Sector("yoga_studio",
           {"en": "Lotus Loft Yoga", "nl": "Yogastudio Ademruimte", "nb": "Yogaloftet Pust", "ru": "Йога-студия Прана"},
           {"en": ["member number", "studio ID"], "nl": ["lidnummer", "ledennummer"],
            "nb": ["medlemsnummer", "kortnummer"], "ru": ["номер абонемента", "номер клиента"]},
           "LL99999", ["CUSTNO", "CARD", "BANK", "DOB"], ["EMAIL"],
           {"en": ["I want to freeze my membership while I'm injured", "the class card I bought isn't showing"],
            "nl": ["ik wil mijn lidmaatschap pauzeren vanwege een blessure", "de rittenkaart die ik kocht staat er niet op"],
            "nb": ["jeg vil fryse medlemskapet mens jeg er skadet", "klippekortet jeg kjøpte vises ikke"],
            "ru": ["хочу заморозить абонемент, у меня травма", "купленный абонемент не отображается"]},
           "MAT-9A"),
    Sector("blood_test_lab",
           {"en": "Clearview Diagnostics", "nl": "Prikpunt Labdiagnostiek", "nb": "Prøvetakingen Medlab", "ru": "Лаборатория Анализ-Плюс"},
           {"en": ["patient ID", "order reference"], "nl": ["patiëntnummer", "labnummer"],
            "nb": ["pasient-ID", "rekvisisjonsnummer"], "ru": ["номер пациента", "номер карты пациента"]},
           "LAB-999999", ["DOB", "NATID", "CUSTNO", "CARD"], ["DOB", "NATID"],
           {"en": ["I haven't got my blood test results yet", "I need to book a fasting blood test"],
            "nl": ["ik heb mijn bloeduitslag nog niet", "ik wil een nuchtere bloedafname inplannen"],
            "nb": ["jeg har ikke fått svar på blodprøven", "jeg må bestille fastende blodprøve"],
            "ru": ["ещё не пришли результаты анализа крови", "нужно записаться сдать кровь натощак"]},
           "PANEL-99", natid="SNILS"),
    Sector("airport_lounge",
           {"en": "Skyward Lounges", "nl": "WolkenLounge Eindhoven", "nb": "Nordavind Lounge", "ru": "Бизнес-зал Небо"},
           {"en": ["lounge membership number", "Skyward number"], "nl": ["loungepasnummer", "lidnummer"],
            "nb": ["loungekortnummer", "medlemsnummer"], "ru": ["номер карты доступа", "номер участника"]},
           "SW9999999", ["FLIGHT", "TICKET", "BOOKING", "CARD", "CUSTNO"], ["FLIGHT", "TICKET"],
           {"en": ["I pre-booked lounge access but the gate scanner rejected us", "can I add two guests to my lounge booking"],
            "nl": ["ik had loungetoegang geboekt maar de scanner weigerde ons", "kan ik twee gasten toevoegen aan mijn loungeboeking"],
            "nb": ["jeg forhåndsbestilte lounge, men skanneren avviste oss", "kan jeg legge til to gjester på loungebookingen"],
            "ru": ["оплатил доступ в бизнес-зал, а на входе не пустили", "можно добавить двух гостей к брони зала"]},
           "PASS-9A", extra_neg=["seat"]),
]  # fmt: skip

CO_DOMAIN = {s.key: {lang: "".join(c for c in s.co[lang].lower().translate(TRANSLIT) if c.isalnum())[:24] + tld
                     for lang, tld in (("en", ".co.uk"), ("nl", ".nl"), ("nb", ".no"), ("ru", ".ru"))}
             for s in SECTORS}  # fmt: skip


# ---------------------------------------------------------------------------------------
# disguises
# ---------------------------------------------------------------------------------------

WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "nb": ["null", "en", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni"],
    "ru": ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"],
}  # fmt: skip
RU_TEENS = ["десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать",
            "семнадцать", "восемнадцать", "девятнадцать"]  # fmt: skip
RU_TENS = [
    "",
    "",
    "двадцать",
    "тридцать",
    "сорок",
    "пятьдесят",
    "шестьдесят",
    "семьдесят",
    "восемьдесят",
    "девяносто",
]
RU_HUND = [
    "",
    "сто",
    "двести",
    "триста",
    "четыреста",
    "пятьсот",
    "шестьсот",
    "семьсот",
    "восемьсот",
    "девятьсот",
]


def ru_group(g: str) -> str:
    """A group of 1-3 digits read as a Russian number ("045" -> "ноль сорок пять")."""
    out = []
    if g.startswith("0") and len(g) > 1:
        return " ".join([WORDS["ru"][0], ru_group(g[1:])])
    n = int(g)
    if n == 0:
        return WORDS["ru"][0]
    if n >= 100:
        out.append(RU_HUND[n // 100])
        n %= 100
    if 10 <= n <= 19:
        out.append(RU_TEENS[n - 10])
    else:
        if n >= 20:
            out.append(RU_TENS[n // 10])
        if n % 10:
            out.append(WORDS["ru"][n % 10])
    return " ".join(out)


def as_words(rng: random.Random, lang: str, value: str, mixed: bool = False) -> str:
    ds = [c for c in value if c.isdigit() or c == "+"]
    if lang == "ru" and not mixed and rng.random() < 0.6:
        # Russians read numbers in groups: 916 123 45 67
        body = "".join(c for c in ds if c.isdigit())
        lead = "плюс " if ds and ds[0] == "+" else ""
        groups, i = [], 0
        for size in [1, 3, 3, 2, 2, 3, 3, 3, 3, 3]:
            if i >= len(body):
                break
            groups.append(body[i : i + size])
            i += size
        return lead + " ".join(ru_group(g) for g in groups)
    words = []
    i = 0
    while i < len(ds):
        c = ds[i]
        if c == "+":
            words.append({"en": "plus", "nl": "plus", "nb": "pluss", "ru": "плюс"}[lang])
        elif (
            lang == "en" and not mixed and i + 1 < len(ds) and ds[i + 1] == c and rng.random() < 0.5
        ):
            words.append("double " + ("oh" if c == "0" else WORDS["en"][int(c)]))
            i += 1
        elif mixed and rng.random() < 0.45:
            words.append(c)
        elif lang == "en" and c == "0" and rng.random() < 0.5:
            words.append("oh")
        else:
            words.append(WORDS[lang][int(c)])
        i += 1
    sep = rng.choice([" ", " ", ", ", "-"]) if not mixed else " "
    return sep.join(words)


ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
LOOK = {"0": ["O", "О", "o"], "1": ["l", "I", "|"], "A": ["А"], "B": ["В"], "C": ["С"], "E": ["Е"], "H": ["Н"],
        "K": ["К"], "M": ["М"], "O": ["О"], "P": ["Р"], "T": ["Т"], "X": ["Х"], "5": ["S"], "8": ["B"], "3": ["З"],
        "a": ["а"], "e": ["е"], "o": ["о"], "p": ["р"], "c": ["с"], "x": ["х"]}  # fmt: skip


def zero_width(rng: random.Random, v: str) -> str:
    chars = list(v)
    for _ in range(rng.randint(1, 3)):
        chars.insert(rng.randint(1, len(chars) - 1), rng.choice(ZW))
    return "".join(chars)


def homoglyph(rng: random.Random, v: str) -> str:
    idx = [i for i, c in enumerate(v) if c in LOOK]
    if not idx:
        return zero_width(rng, v)
    chars = list(v)
    for i in rng.sample(idx, min(len(idx), rng.randint(1, 3))):
        chars[i] = rng.choice(LOOK[chars[i]])
    return "".join(chars)


def spaced(rng: random.Random, v: str) -> str:
    core = [c for c in v if c not in " -."]
    sep = rng.choice([" ", " ", ". ", "  ", " - "])
    if rng.random() < 0.5:
        return sep.join(core)
    out, i = [], 0
    while i < len(core):
        k = rng.choice([1, 2])
        out.append("".join(core[i : i + k]))
        i += k
    return sep.join(out)


AT = {"en": [" at ", " (at) ", " [at] ", " at sign ", " AT "], "nl": [" apenstaartje ", " apestaart ", " at ", " (at) ", " apenstaart "],
      "nb": [" alfakrøll ", " krøllalfa ", " at ", " (at) ", " grisehale "], "ru": [" собака ", " собачка ", " эт ", " (собака) ", " собака "]}  # fmt: skip
DOT = {"en": [" dot ", " (dot) ", " [dot] ", " dot ", " period "], "nl": [" punt ", " (punt) ", " puntje ", " punt "],
       "nb": [" punktum ", " prikk ", " dot ", " punktum "], "ru": [" точка ", " (точка) ", " тчк ", " точка "]}  # fmt: skip
UND = {
    "en": " underscore ",
    "nl": " underscore ",
    "nb": " understrek ",
    "ru": " нижнее подчёркивание ",
}
DASH = {"en": " dash ", "nl": " streepje ", "nb": " bindestrek ", "ru": " дефис "}


def spell_email(rng: random.Random, lang: str, parts: tuple[list[str], str, str]) -> str:
    local, sep, dom = parts
    at, dot = rng.choice(AT[lang]), rng.choice(DOT[lang])
    style = rng.randint(0, 4)
    if style == 4:  # spaces around the signs only
        return f"{sep.join(local)} @ {dom.replace('.', ' . ')}"
    sepw = {".": dot, "_": UND[lang], "-": DASH[lang], "": ""}[sep]
    loc = sepw.join(local) if style != 2 else sep.join(local)
    d = dom.replace(".", dot) if style != 3 else dom
    return f"{loc}{at}{d}".strip()


# ---------------------------------------------------------------------------------------
# more phrasings: lists, splits, hard negatives, closings
# ---------------------------------------------------------------------------------------

ACK = {
    "en": ["Sorry to hear that, let's sort it out.", "Happy to help with that.", "Of course, I can help with that.",
           "Oh no! Let me have a look.", "Sure, let me check.", "No problem at all.", "Right, let's get that fixed."],
    "nl": ["Vervelend, dat lossen we op.", "Daar help ik u graag mee.", "Natuurlijk, ik kijk even mee.", "Oei! Ik kijk het even na.",
           "Zeker, ik ga het na.", "Geen probleem.", "Dat gaan we regelen."],
    "nb": ["Så kjedelig, det skal vi ordne.", "Det hjelper jeg gjerne med.", "Selvsagt, jeg ser på det.", "Å nei! La meg sjekke.",
           "Klart, jeg sjekker.", "Ikke noe problem.", "Det fikser vi."],
    "ru": ["Неприятно, давайте разберёмся.", "С радостью помогу.", "Конечно, сейчас посмотрю.", "Ой! Сейчас проверю.",
           "Да, проверяю.", "Без проблем.", "Сейчас всё решим."],
}  # fmt: skip
FIELD = {
    "en": {"DOB": "dates of birth", "PASSPORT": "passport numbers", "NATID": "NI numbers", "FLIGHT": "flight numbers",
           "TICKET": "ticket numbers", "BOOKING": "booking references", "PHONE": "phone numbers", "EMAIL": "email addresses"},
    "nl": {"DOB": "geboortedata", "PASSPORT": "paspoortnummers", "NATID": "BSN-nummers", "FLIGHT": "vluchtnummers",
           "TICKET": "ticketnummers", "BOOKING": "boekingscodes", "PHONE": "telefoonnummers", "EMAIL": "e-mailadressen"},
    "nb": {"DOB": "fødselsdatoer", "PASSPORT": "passnumre", "NATID": "fødselsnumre", "FLIGHT": "flynumre",
           "TICKET": "billettnumre", "BOOKING": "bookingreferanser", "PHONE": "telefonnumre", "EMAIL": "e-postadresser"},
    "ru": {"DOB": "даты рождения", "PASSPORT": "номера паспортов", "NATID": "номера СНИЛС", "FLIGHT": "номера рейсов",
           "TICKET": "номера билетов", "BOOKING": "коды брони", "PHONE": "телефоны", "EMAIL": "адреса почты"},
}  # fmt: skip
LIST_ASK = {
    "en": ["Could you send me the names and {f} of everyone?", "Please list everyone with their {f}.",
           "Who's included? I'll need names and {f}.", "Can I have the full names and {f} for all of them?",
           "Go ahead and give me everyone's name and {f}.", "For each person: name and {f}, please.",
           "I'll need the {f} for each person too, and their names.", "Can you type the details for all of them (name, {f})?"],
    "nl": ["Kunt u de namen en {f} van iedereen sturen?", "Zet u iedereen even op een rijtje met {f}?",
           "Wie doen er mee? Ik heb namen en {f} nodig.", "Mag ik de volledige namen en {f} van allemaal?",
           "Geeft u maar van iedereen naam en {f}.", "Per persoon graag naam en {f}.",
           "Ik heb ook de {f} nodig, met de namen erbij.", "Kunt u de gegevens van iedereen intypen (naam, {f})?"],
    "nb": ["Kan du sende navn og {f} for alle?", "Kan du liste opp alle med {f}?", "Hvem gjelder det? Trenger navn og {f}.",
           "Kan jeg få fullt navn og {f} for alle sammen?", "Bare gi meg navn og {f} for hver enkelt.",
           "For hver person: navn og {f}, takk.", "Jeg trenger {f} også, med navnene.", "Kan du skrive opplysningene for alle (navn, {f})?"],
    "ru": ["Пришлите, пожалуйста, ФИО и {f} всех.", "Перечислите всех, с {f}.", "Кто едет? Нужны ФИО и {f}.",
           "Можно полные имена и {f} каждого?", "Давайте по каждому: имя и {f}.", "По каждому человеку: ФИО и {f}, пожалуйста.",
           "Ещё нужны {f} и имена.", "Напишите данные на всех (ФИО, {f})."],
}  # fmt: skip
REL = {  # role -> (masculine forms, feminine forms)
    "en": {"self": (["me", "myself"], ["me", "myself"]), "partner": (["my husband", "my partner", "hubby"], ["my wife", "my partner", "the missus"]),
           "child": (["our son", "the little one", "our eldest"], ["our daughter", "the little one", "our youngest"])},
    "nl": {"self": (["ik", "ikzelf"], ["ik", "ikzelf"]), "partner": (["mijn man", "mijn vriend", "manlief"], ["mijn vrouw", "mijn vriendin", "vrouwlief"]),
           "child": (["onze zoon", "de kleine", "onze oudste"], ["onze dochter", "de kleine", "onze jongste"])},
    "nb": {"self": (["meg", "meg selv"], ["meg", "meg selv"]), "partner": (["mannen min", "samboeren"], ["kona", "samboeren", "kjæresten"]),
           "child": (["sønnen vår", "minstemann", "eldstemann"], ["datteren vår", "minstejenta", "eldstejenta"])},
    "ru": {"self": (["я"], ["я"]), "partner": (["муж", "супруг"], ["жена", "супруга"]), "child": (["сын", "младший", "старший"], ["дочь", "дочка", "младшая"])},
}  # fmt: skip
AND = {"en": " and ", "nl": " en ", "nb": " og ", "ru": " и "}
MISSING = {"en": ["(no passport yet)", "- hasn't got one", "n/a", "(will send later)"],
           "nl": ["(heeft nog geen)", "- volgt nog", "n.v.t.", "(stuur ik later)"],
           "nb": ["(har ikke ennå)", "- kommer senere", "mangler", "(sender senere)"],
           "ru": ["(ещё нет)", "- пришлю позже", "нет", "(потом досылаю)"]}  # fmt: skip
LIST_INTRO = {"en": ["", "here you go:\n", "ok so\n", "right, ", "there's {n} of us, ", "us lot:\n"],
              "nl": ["", "alsjeblieft:\n", "oké dus\n", "nou, ", "we zijn met z'n {n}, ", "wij:\n"],
              "nb": ["", "her:\n", "ok så\n", "altså, ", "vi er {n} stykker, ", "oss:\n"],
              "ru": ["", "вот:\n", "так\n", "записывайте: ", "нас {n}, ", "мы:\n"]}  # fmt: skip
ENTER = {"en": ["oops hit enter", "sorry, sent too soon", "", "", "pressed send lol", "…"],
         "nl": ["oeps op enter gedrukt", "sorry, te vroeg verstuurd", "", "", "haha verzonden", "…"],
         "nb": ["oi trykket enter", "sorry, sendte for tidlig", "", "", "sendte ved et uhell", "…"],
         "ru": ["ой, нажал(а) отправить", "сорри, рано отправилось", "", "", "случайно отправил", "…"]}  # fmt: skip
FIX = {"en": ["sorry typo, it's {v}", "no wait, {v}", "*{v}", "correction: {v}", "ugh wrong one, {v}", "sorry, should be {v}"],
       "nl": ["sorry typfout, het is {v}", "nee wacht, {v}", "*{v}", "correctie: {v}", "verkeerd getypt, {v}", "moet zijn {v}"],
       "nb": ["sorry skrivefeil, det er {v}", "nei vent, {v}", "*{v}", "rettelse: {v}", "feil, {v}", "skal være {v}"],
       "ru": ["ой опечатка, {v}", "нет, стоп: {v}", "*{v}", "исправляю: {v}", "не то, {v}", "правильно так: {v}"]}  # fmt: skip
GO_ON = {"en": ["go on", "yes?", "ok, and the rest?", "mhm"], "nl": ["ja?", "ga door", "oké, en de rest?", "mm"],
         "nb": ["ja?", "fortsett", "ok, og resten?", "mhm"], "ru": ["да?", "продолжайте", "так, а дальше?", "угу"]}  # fmt: skip
ADDR_CUE = {"en": ["my address is {v}", "I live at {v}", "address: {v}", "home address {v}"],
            "nl": ["mijn adres is {v}", "ik woon op {v}", "adres: {v}", "woonadres {v}"],
            "nb": ["adressen min er {v}", "jeg bor i {v}", "adresse: {v}", "bostedsadresse {v}"],
            "ru": ["мой адрес {v}", "я живу по адресу {v}", "адрес: {v}", "адрес проживания {v}"]}  # fmt: skip
ADDR_TAIL = {"en": ["", "", "", " (side door)", "\nring twice pls", " thanks", " – it's the blue door"],
             "nl": ["", "", "", " (achterom)", "\nbel 2x aub", " dank je", " – de groene deur"],
             "nb": ["", "", "", " (inngang bak)", "\nring på to ganger", " takk", " – det gule huset"],
             "ru": ["", "", "", " (домофон не работает)", "\nзвоните заранее", " спасибо", " – второй подъезд"]}  # fmt: skip
BRANCH = {"en": ["Or would you rather collect it from our {t} branch?", "We can also keep it at the {t} office if that's easier."],
          "nl": ["Of haalt u het liever op bij onze vestiging in {t}?", "We kunnen het ook klaarleggen in {t} als dat makkelijker is."],
          "nb": ["Eller vil du heller hente det på kontoret vårt i {t}?", "Vi kan også legge det klart i {t} hvis det passer bedre."],
          "ru": ["Или заберёте сами в нашем филиале в {t}?", "Можем оставить в офисе в {t}, если удобнее."]}  # fmt: skip
NOT_BRANCH = {"en": ["no, send it please", "nah post is fine", "send it"], "nl": ["nee, stuur maar op", "opsturen is prima", "stuur maar"],
              "nb": ["nei, send det", "send det, takk", "bare send"], "ru": ["нет, отправьте", "лучше доставкой", "пришлите"]}  # fmt: skip
LABEL = {
    "order_number": {"en": "order number", "nl": "bestelnummer", "nb": "ordrenummer", "ru": "номер заказа"},
    "invoice_number": {"en": "invoice number", "nl": "factuurnummer", "nb": "fakturanummer", "ru": "номер счёта-фактуры"},
    "case_number": {"en": "case number", "nl": "dossiernummer van de melding", "nb": "saksnummer", "ru": "номер обращения"},
    "transaction_id": {"en": "payment reference", "nl": "betalingskenmerk", "nb": "KID", "ru": "номер платежа"},
}  # fmt: skip
SWAP_C = {"en": ["I've only got the {l}: {v}", "{v}", "is it {v}? that's what's on the email", "the {l} is {v}, will that do?"],
          "nl": ["ik heb alleen het {l}: {v}", "{v}", "is het {v}? dat staat in de mail", "{l} is {v}, is dat goed?"],
          "nb": ["har bare {l}: {v}", "{v}", "er det {v}? det står i mailen", "{l} er {v}, holder det?"],
          "ru": ["есть только {l}: {v}", "{v}", "это {v}? так в письме", "{l} {v}, подойдёт?"]}  # fmt: skip
SWAP_A = {"en": ["That's the {l}, I'm afraid. I need your {cn}, it's on your account page.", "Hmm, that's an {l}. Do you have the {cn}?"],
          "nl": ["Dat is het {l}, helaas. Ik heb uw {cn} nodig, dat staat in uw account.", "Hm, dat is een {l}. Heeft u het {cn}?"],
          "nb": ["Det er {l}, dessverre. Jeg trenger {cn}, det står på kontosiden.", "Hm, det er et {l}. Har du {cn}?"],
          "ru": ["Это {l}, к сожалению. Нужен {cn}, он есть в личном кабинете.", "Хм, это {l}. А {cn} у вас есть?"]}  # fmt: skip
DATE_SWAP_C = {"en": ["{v}", "the appointment is {v} if that's what you mean", "we go on {v}", "{v}? that's when we're booked"],
               "nl": ["{v}", "de afspraak is op {v}, bedoelt u dat?", "we gaan {v}", "{v}? dan staan we geboekt"],
               "nb": ["{v}", "timen er {v}, er det det du mener?", "vi reiser {v}", "{v}? da er vi booket"],
               "ru": ["{v}", "запись на {v}, вы про это?", "едем {v}", "{v}? на это число бронь"]}  # fmt: skip
DATE_SWAP_A = {"en": ["Sorry, I meant your own date of birth.", "That's the booking date, I need your birthday for security."],
               "nl": ["Sorry, ik bedoel uw eigen geboortedatum.", "Dat is de datum van de boeking, ik heb uw geboortedatum nodig."],
               "nb": ["Beklager, jeg mente din egen fødselsdato.", "Det er datoen for bestillingen, jeg trenger fødselsdatoen din."],
               "ru": ["Простите, я про вашу дату рождения.", "Это дата брони, а мне нужна дата рождения для проверки."]}  # fmt: skip
WHEN_Q = {"en": ["Which date would suit you?", "When would you like us to come?", "What date shall I book?"],
          "nl": ["Welke datum komt u uit?", "Wanneer wilt u dat we komen?", "Welke datum zal ik inplannen?"],
          "nb": ["Hvilken dato passer?", "Når vil du at vi skal komme?", "Hvilken dato skal jeg booke?"],
          "ru": ["Какая дата вам удобна?", "Когда вам удобно?", "На какое число записать?"]}  # fmt: skip
WHERE_Q = {"en": ["Where are you heading?", "Which office suits you best?", "Where are you travelling to?"],
           "nl": ["Waar gaat de reis naartoe?", "Welke vestiging past u het best?", "Waar reist u naartoe?"],
           "nb": ["Hvor skal dere?", "Hvilket kontor passer best?", "Hvor reiser du?"],
           "ru": ["Куда направляетесь?", "Какой филиал вам удобнее?", "Куда летите?"]}  # fmt: skip
SIDE = {
    "en": [("how much will that be?", "That comes to {amt} including VAT."),
           ("what time can you do?", "We've got {date} at {time}, does that work?"),
           ("is the {code} one still available?", "Yes, {code} is in stock, {amt}."),
           ("do you have a discount?", "You can use the code {vch} for 10% off."),
           ("can I get more than one?", "Yes, I've put {qty} on the order.")],
    "nl": [("wat gaat dat kosten?", "Dat wordt {amt} inclusief btw."),
           ("hoe laat kunnen jullie?", "We hebben {date} om {time}, past dat?"),
           ("is die {code} nog leverbaar?", "Ja, {code} is op voorraad, {amt}."),
           ("is er korting?", "Met de code {vch} krijgt u 10% korting."),
           ("kan ik er meer krijgen?", "Ja, ik heb er {qty} op gezet.")],
    "nb": [("hva kommer det på?", "Det blir {amt} inkl. mva."),
           ("når kan dere komme?", "Vi har ledig {date} kl. {time}, passer det?"),
           ("er {code} fortsatt tilgjengelig?", "Ja, {code} er på lager, {amt}."),
           ("har dere rabatt?", "Du kan bruke koden {vch} for 10 % rabatt."),
           ("kan jeg få flere?", "Ja, jeg har lagt inn {qty}.")],
    "ru": [("сколько это будет стоить?", "Получится {amt} с НДС."),
           ("во сколько сможете?", "Есть окно {date} в {time}, подойдёт?"),
           ("а {code} ещё есть в наличии?", "Да, {code} есть, {amt}."),
           ("есть скидка?", "Промокод {vch} даёт скидку 10%."),
           ("а можно несколько?", "Да, добавила {qty} в заказ.")],
}  # fmt: skip
CASE_A = {"en": ["I've logged this as case {v}.", "Your ticket with us is {v}, for reference.", "Reference for this chat: {v}."],
          "nl": ["Ik heb dit vastgelegd onder melding {v}.", "Uw meldingsnummer is {v}.", "Referentie van dit gesprek: {v}."],
          "nb": ["Jeg har registrert dette som sak {v}.", "Saksnummeret ditt er {v}.", "Referanse for denne chatten: {v}."],
          "ru": ["Я зарегистрировала обращение {v}.", "Номер вашей заявки: {v}.", "Номер этого обращения: {v}."]}  # fmt: skip
CONTACT = {
    "en": ["If anything else comes up, call us on {ph} or email {em}.", "Our number is {ph} if you need us.",
           "You're welcome to pop into our office at {ad}.", "For bank transfers our account is {ac}, please quote your reference.",
           "Any questions, just email {em}."],
    "nl": ["Is er nog iets, bel ons op {ph} of mail naar {em}.", "U kunt ons bereiken op {ph}.",
           "U kunt ook langskomen op ons kantoor: {ad}.", "Overmaken kan naar {ac} o.v.v. uw kenmerk.", "Vragen? Mail gerust naar {em}."],
    "nb": ["Dukker det opp noe, ring oss på {ph} eller send e-post til {em}.", "Du når oss på {ph}.",
           "Du kan også stikke innom kontoret vårt i {ad}.", "Innbetaling til konto {ac}, husk referanse.", "Spørsmål? Send mail til {em}."],
    "ru": ["Если что-то ещё, звоните {ph} или пишите на {em}.", "Наш телефон {ph}.",
           "Можно прийти к нам в офис: {ad}.", "Для перевода наш счёт {ac}, укажите номер договора.", "Вопросы пишите на {em}."],
}  # fmt: skip
CO_STREET = {"en": ["Unit 4, Hawthorn Business Park", "2 Foundry Yard", "Suite 9, Mercer House", "17 Chandlers Wharf"],
             "nl": ["Industrieweg 12", "Handelskade 88", "Bedrijvenpark Zuid 4", "Ambachtsstraat 31"],
             "nb": ["Industriveien 14", "Næringsparken 3", "Havnelageret 7", "Verkstedgata 22"],
             "ru": ["ул. Промышленная, д. 5, офис 210", "Деловой центр Сфера, оф. 14", "пр-т Индустриальный, 40", "ул. Складская, 7"]}  # fmt: skip


# ---------------------------------------------------------------------------------------
# conversations
# ---------------------------------------------------------------------------------------

ETYPE = {"NAME": "PERSON", "EMAIL": "EMAIL_ADDRESS", "PHONE": "PHONE_NUMBER", "CARD": "CREDIT_CARD",
         "CUSTNO": "CUSTOMER_NUMBER", "DOB": "DATE_OF_BIRTH", "PASSPORT": "PASSPORT", "NATID": "NATIONAL_ID",
         "BOOKING": "BOOKING_REFERENCE", "FLIGHT": "FLIGHT_NUMBER", "TICKET": "TICKET_NUMBER"}  # fmt: skip
REG_Q = {"en": "And the car's registration?", "nl": "En het kenteken van de auto?", "nb": "Og registreringsnummeret på bilen?",
         "ru": "И госномер машины?"}  # fmt: skip
SPACE_A = {"en": "You're in bay {v} on level 2.", "nl": "U staat op plek {v}, niveau 2.", "nb": "Du står på plass {v} i plan 2.",
           "ru": "Ваше место {v}, второй уровень."}  # fmt: skip
ROOM_A = {"en": "You'll be in cabin {v} on the upper deck.", "nl": "U slaapt in hut {v} op het bovendek.",
          "nb": "Dere får lugar {v} på øvre dekk.", "ru": "Ваша каюта {v} на верхней палубе."}  # fmt: skip
SEAT_A = {
    "en": "I've put you in seat {v}.",
    "nl": "U zit op stoel {v}.",
    "nb": "Du har sete {v}.",
    "ru": "Ваше место {v}.",
}


def company(sector: Sector, lang: str) -> dict[str, str]:
    """The business's own contact details (one set per sector and language)."""
    r = random.Random(f"{SEED}:{sector.key}:{lang}:company")
    town, pc = r.choice(TOWNS[lang])
    street = r.choice(CO_STREET[lang])
    ad = {"en": f"{street}, {town} {pc}", "nl": f"{street}, {pc} {town}", "nb": f"{street}, {pc} {town}",
          "ru": f"г. {town}, {street}"}[lang]  # fmt: skip
    if lang == "ru":
        ac = ru_account(r).replace("40817810", "40702810")  # a business's settlement account
    elif lang == "en":
        ac = iban(r, "GB")
    else:
        ac = iban(r, {"nl": "NL", "nb": "NO"}[lang])
    if lang == "ru":
        from stdnum.ru import inn as _inn

        while not _inn.is_valid(cid := dg(r, 10)):
            pass
    else:
        cid = {
            "en": f"{r.randint(1, 9)}{dg(r, 7)}",
            "nl": f"{r.randint(1, 9)}{dg(r, 7)}",
            "nb": f"9{dg(r, 2)} {dg(r, 3)} {dg(r, 3)}",
        }[lang]
    return {
        "id": cid,
        "ph": landline(r, lang),
        "em": f"{r.choice(['info', 'hello', 'service', 'klant' if lang == 'nl' else 'post'])}@{CO_DOMAIN[sector.key][lang]}",
        "ad": ad,
        "ac": ac,
    }


class Conv:
    def __init__(self, rng: random.Random, lang: str, sector: Sector, cls: str) -> None:
        self.rng, self.lang, self.s, self.cls = rng, lang, sector, cls
        self.p = person(rng, lang)
        self.mail = email(rng, lang, self.p)
        self.cn = rng.choice(sector.cn[lang])
        self.co = sector.co[lang]
        self.comp = company(sector, lang)
        self.turns: list[tuple[str, list[Part]]] = []
        self.cache: dict[str, tuple[str, str]] = {}
        self.given: set[str] = set()
        self.pool: list[str] = []
        self.ok_types: set[str] = set()

    # -- messages -----------------------------------------------------------------------
    def A(self, *parts: Part) -> None:
        self.turns.append(("agent", [p for p in parts if p != ""]))

    def C(self, *parts: Part, casual: bool = True) -> None:
        ps = [p for p in parts if p != ""]
        r = self.rng
        if casual:
            low, typo, nopunct = r.random() < 0.35, r.random() < 0.15, r.random() < 0.3
            out: list[Part] = []
            for p in ps:
                if isinstance(p, str) and low:
                    p = p.lower()
                out.append(p)
            if typo:
                strs = [
                    i
                    for i, p in enumerate(out)
                    if isinstance(p, str) and any(len(w) >= 5 and w.isalpha() for w in p.split(" "))
                ]
                if strs:
                    i = r.choice(strs)
                    words = out[i].split(" ")  # type: ignore[union-attr]
                    j = r.choice([k for k, w in enumerate(words) if len(w) >= 5 and w.isalpha()])
                    w = words[j]
                    k = r.randint(1, len(w) - 3)
                    words[j] = w[:k] + w[k + 1] + w[k] + w[k + 2 :]
                    out[i] = " ".join(words)
            if nopunct and out and isinstance(out[-1], str) and out[-1][-1:] in ".?!":
                out[-1] = out[-1][:-1]
                if not out[-1]:
                    out.pop()
            ps = out
        self.turns.append(("customer", ps))

    def pick(self, table: dict[str, list[str]]) -> str:
        return self.rng.choice(table[self.lang])

    # -- values -------------------------------------------------------------------------
    def key(self, typ: str) -> str:
        return self.s.natid if typ == "NATID" and self.lang == "ru" else typ

    def ask(self, typ: str) -> str:
        q = self.rng.choice(ASK[self.lang][self.key(typ)])
        return q.replace("{cn}", self.cn).replace("{Cn}", self.cn[0].upper() + self.cn[1:])

    def val(self, typ: str, who: Person | None = None, child: bool = False) -> tuple[str, str]:
        """A value of ``typ``; the customer's own values stay the same through the chat."""
        if who is None or who is self.p:
            if typ not in self.cache or typ in ("NAME", "PHONE"):
                self.cache[typ] = self._val(typ, self.p, child)
            return self.cache[typ]
        return self._val(typ, who, child)

    def _val(self, typ: str, who: Person, child: bool) -> tuple[str, str]:
        r, lang = self.rng, self.lang
        if typ == "NAME":
            return "PERSON", who.full(r, lang)
        if typ == "EMAIL":
            return "EMAIL_ADDRESS", email_text(self.mail if who is self.p else email(r, lang, who))
        if typ == "PHONE":
            return "PHONE_NUMBER", phone(r, lang)
        if typ == "BANK":
            return bank(r, lang)
        if typ == "CARD":
            return "CREDIT_CARD", luhn_card(r)
        if typ == "CUSTNO":
            v = fmt(r, self.s.cn_fmt)
            x = r.random()
            if x < 0.15:
                v = v.replace("-", "").replace(" ", "")
            elif x < 0.25:
                v = v.lower()
            return "CUSTOMER_NUMBER", v
        if typ == "DOB":
            return "DATE_OF_BIRTH", dob(r, lang, child)
        if typ == "PASSPORT":
            return "PASSPORT", passport(r, lang)
        if typ == "NATID":
            return "NATIONAL_ID", national_id(r, lang, self.s.natid)
        if typ == "BOOKING":
            return "BOOKING_REFERENCE", booking(r)
        if typ == "FLIGHT":
            return "FLIGHT_NUMBER", flight(r, lang)
        if typ == "TICKET":
            return "TICKET_NUMBER", ticket(r, lang)
        raise ValueError(typ)

    def cue(self, typ: str, ent: E) -> list[Part]:
        if typ == "ADDR":
            tpl = self.pick(ADDR_CUE)
        else:
            tpl = self.rng.choice(CUE[self.lang][self.key(typ)]).replace("{cn}", self.cn)
            tpl = tpl.replace("{born}", "родилась" if self.p.fem else "родился")
        a, b = tpl.split("{v}")
        return [self.pick(LEAD) + a, ent, b + self.pick(TAIL)]

    # -- blocks -------------------------------------------------------------------------
    def waiting(self, typ: str) -> None:
        x = self.rng.random()
        if x < 0.25:
            self.C(self.pick(WAIT))
            self.A(self.pick(WAIT_OK))
        elif x < 0.4:
            i = self.rng.choice(BACK_FOR[typ])
            self.C(BACK_Q[self.lang][i])
            self.A(BACK_A[self.lang][i])

    def fresh(self, typ: str) -> str:
        """``typ`` if the customer has not given it yet, else another type of the sector."""
        if typ not in self.given:
            self.given.add(typ)
            return typ
        left = [t for t in self.pool if t not in self.given and t in self.ok_types]
        t = self.rng.choice(left) if left else typ
        self.given.add(t)
        return t

    def bare(self, typ: str, cls: str = "bare_answer") -> None:
        r = self.rng
        self.ok_types = set(self.pool)
        typ = self.fresh(typ)
        self.A(self.ask(typ))
        self.waiting(typ)
        et, v = self.val(typ)
        if typ in ("NAME", "EMAIL", "BOOKING", "PASSPORT", "CUSTNO", "FLIGHT") and r.random() < 0.4:
            v = v.lower()
        self.C(E(v, et, cls), r.choice(BARE_TAIL[self.lang]), casual=False)
        if r.random() < 0.7:
            self.A(self.pick(THANKS_AGENT))

    def bare_later(self, t1: str, t2: str) -> None:
        """Two questions; the first is answered after the second ("several turns later")."""
        self.ok_types = set(self.pool)
        t1, t2 = self.fresh(t1), self.fresh(t2)
        self.A(self.ask(t1))
        self.C(self.pick(WAIT))
        self.A(self.pick(WAIT_OK) + " " + self.ask(t2))
        et2, v2 = self.val(t2)
        self.C(E(v2, et2, "bare_answer"), casual=False)
        et1, v1 = self.val(t1)
        if t1 in ("BOOKING", "PASSPORT", "CUSTNO") and self.rng.random() < 0.5:
            v1 = v1.lower()
        self.C(E(v1, et1, "bare_answer"), self.rng.choice(BARE_TAIL[self.lang]), casual=False)
        self.A(self.pick(THANKS_AGENT))

    def plain(self, typ: str) -> None:
        r = self.rng
        self.ok_types = set(self.pool) | {"ADDR"}
        typ = self.fresh(typ)
        if r.random() < 0.5 and typ != "ADDR":
            self.A(self.ask(typ))
        if typ == "ADDR":
            ent = E(address(r, self.lang), "LOCATION", "plain")
        else:
            et, v = self.val(typ)
            ent = E(v, et, "plain")
        self.C(*self.cue(typ, ent))
        if r.random() < 0.6:
            self.A(self.pick(THANKS_AGENT))

    def address_block(self) -> None:
        r, lang = self.rng, self.lang
        q = self.ask("ADDR")
        if r.random() < 0.35:
            t = r.choice(TOWNS[lang])[0]
            a, b = r.choice(BRANCH[lang]).split("{t}")
            self.A(q + " " + a, N(t, "branch_town"), b)
            if r.random() < 0.5:
                self.C(self.pick(NOT_BRANCH))
                self.A(
                    r.choice(
                        ["👍", "OK!", "Oké.", "Greit.", "Хорошо."][:1] + [self.pick(THANKS_AGENT)]
                    )
                )
        else:
            self.A(q)
        self.waiting("ADDR")
        v = address(r, lang)
        if r.random() < 0.75:
            v = v.lower()
        if r.random() < 0.15:  # a slip in the street name
            w = [i for i, c in enumerate(v[:8]) if c.isalpha()]
            if len(w) >= 4:
                i = w[2]
                v = v[:i] + v[i + 1] + v[i] + v[i + 2 :]
        x = r.random()
        if x < 0.25:
            name = self.p.full(r, lang)
            if r.random() < 0.5:
                name = name.lower()
            self.C(
                E(name, "PERSON", "address_no_cue"),
                r.choice(["\n", ", ", "\n"]),
                E(v, "LOCATION", "address_no_cue"),
                casual=False,
            )
        elif x < 0.5:
            self.C(E(v, "LOCATION", "address_no_cue"), self.pick(ADDR_TAIL), casual=False)
        else:
            self.C(E(v, "LOCATION", "address_no_cue"), casual=False)
        self.A(self.pick(THANKS_AGENT))
        if r.random() < 0.45:
            q2 = {"en": "And the invoice address, same one?", "nl": "En het factuuradres, hetzelfde?",
                  "nb": "Og fakturaadressen, den samme?", "ru": "А адрес для счёта тот же?"}[lang]  # fmt: skip
            self.A(q2)
            no = {"en": ["no, ", "nope: ", "no it's "], "nl": ["nee, ", "nee: ", "nee die is "], "nb": ["nei, ", "nei: ", "nei den er "],
                  "ru": ["нет, ", "нет: ", "нет, "]}[lang]  # fmt: skip
            self.C(
                r.choice(no),
                E(address(r, lang).lower(), "LOCATION", "address_no_cue"),
                casual=False,
            )
            self.A(self.pick(THANKS_AGENT))

    def list_block(self) -> None:
        r, lang = self.rng, self.lang
        fields = [f for f in self.s.fields if not (lang == "en" and f == "NATID")] or ["DOB"]
        n = r.randint(2, 5)
        self.A(self.pick(LIST_ASK).replace("{f}", AND[lang].join(FIELD[lang][f] for f in fields)))
        self.waiting("NAME")
        family = r.random() < 0.7
        roles = ["self", "partner", "child", "child", "child"][:n]
        people = [self.p]
        for role in roles[1:]:
            while True:
                fem = (not self.p.fem) if role == "partner" and r.random() < 0.8 else None
                who = person(
                    r,
                    lang,
                    fem=fem,
                    last=self.p.last if family and (role == "child" or r.random() < 0.7) else None,
                )
                if who.first not in {q.first for q in people}:
                    break
            people.append(who)
        sep = r.choice([", ", " - ", " / ", " ", " | ", ", "])
        layout = r.randint(0, 5)
        lower = r.random() < 0.3
        with_names = not (set(fields) <= {"FLIGHT", "TICKET", "BOOKING"}) or r.random() < 0.6
        count = {"en": ["two", "three", "four", "five"], "nl": ["tweeën", "drieën", "vieren", "vijven"],
                 "nb": ["to", "tre", "fire", "fem"], "ru": ["двое", "трое", "четверо", "пятеро"]}[lang][n - 2]  # fmt: skip
        parts: list[Part] = [self.pick(LIST_INTRO).replace("{n}", count)]
        for i, who in enumerate(people):
            item: list[Part] = []
            if layout == 1:
                item.append(f"{i + 1}. ")
            elif layout == 2:
                item.append(r.choice(["- ", "• ", "* "]))
            elif layout == 5:
                item.append(r.choice(REL[lang][roles[i]][who.fem]) + ": ")
            vals: list[Part] = []
            if with_names:
                nm = who.full(r, lang) if (i == 0 or r.random() < 0.6) else who.first
                vals.append(E(nm.lower() if lower else nm, "PERSON", "list"))
            for f in fields:
                if (
                    i > 0
                    and f in ("PASSPORT", "NATID", "EMAIL", "PHONE", "TICKET")
                    and r.random() < 0.2
                ):
                    vals.append(self.pick(MISSING))
                    continue
                et, v = self.val(f, who=who, child=roles[i] == "child")
                vals.append(
                    E(
                        v.lower()
                        if lower and f in ("PASSPORT", "BOOKING", "FLIGHT", "EMAIL")
                        else v,
                        et,
                        "list",
                    )
                )
            if with_names and r.random() < 0.2 and len(vals) > 1:
                vals = vals[1:] + vals[:1]
            for j, v in enumerate(vals):
                if j:
                    item.append(sep if sep != " " or not isinstance(v, str) else " ")
                item.append(v)
            parts.extend(item)
            if i < n - 1:
                if layout in (1, 2, 5) or r.random() < 0.3:
                    parts.append("\n")
                elif i == n - 2:
                    parts.append(AND[lang] if r.random() < 0.6 else "; ")
                else:
                    parts.append(r.choice(["; ", ", ", "\n"]))
        if r.random() < 0.3:
            parts.append(self.pick(TAIL))
        self.C(*[p for p in parts if p != ""], casual=False)
        self.A(self.pick(THANKS_AGENT))

    def item_list(self) -> None:
        """Several accounts, passes or cards of one household in one message."""
        r, lang = self.rng, self.lang
        typ = r.choice(["CUSTNO", "CUSTNO", "PHONE", "EMAIL"])
        n = r.randint(2, 4)
        q = r.choice({"en": ["Send me all the ones it's about ({x}), please.", "Which ones is it about? ({x}) If there are several, list them all."],
                      "nl": ["Stuur gerust alle nummers waar het om gaat ({x}).", "Om welke gaat het ({x})? Zijn het er meer, stuur ze allemaal."],
                      "nb": ["Send gjerne alle det gjelder ({x}).", "Hvilke gjelder det ({x})? Send alle hvis det er flere."],
                      "ru": ["Пришлите все, о которых речь ({x}).", "О каких речь ({x})? Если их несколько, пришлите все."]}[lang])  # fmt: skip
        x = {"CUSTNO": self.cn, "PHONE": FIELD[lang]["PHONE"], "EMAIL": FIELD[lang]["EMAIL"]}[typ]
        self.A(q.replace("{x}", x))
        parts: list[Part] = []
        sep = r.choice([", ", "; ", "\n", " + ", " and ".replace(" and ", AND[lang])])
        numbered = r.random() < 0.3
        for i in range(n):
            who = self.p if i == 0 else person(r, lang, last=self.p.last)
            et, v = self.val(typ, who=who)
            if i:
                parts.append("\n" if numbered else sep)
            if numbered:
                parts.append(f"{i + 1}) ")
            parts.append(E(v, et, "list"))
            if r.random() < 0.3:
                parts.append(
                    " ("
                    + r.choice(REL[lang][["self", "partner", "child", "child"][i]][who.fem])
                    + ")"
                )
        self.C(*parts, casual=False)
        self.A(self.pick(THANKS_AGENT))

    def split_block(self, typ: str) -> None:
        r = self.rng
        self.ok_types = set(SPLITTABLE)
        typ = self.fresh(typ)
        et, v = self.val(typ)
        if r.random() < 0.8:
            self.A(self.ask(typ))
        mode = r.randint(0, 4)

        def cut(s: str) -> int:
            while True:
                i = r.randint(2, len(s) - 2)
                if s[:i].strip() and s[i:].strip():
                    return i

        def wrong(s: str) -> str:
            if any(c.isdigit() for c in s):
                return mutate_digit(r, s)
            i = r.randint(1, len(s) - 3)
            return (
                s[:i] + s[i + 1] + s[i] + s[i + 2 :]
                if s[i] != s[i + 1]
                else s[:i] + "x" + s[i + 1 :]
            )

        if mode in (0, 3):
            i = cut(v)
            self.C(E(v[:i].strip(), et, "split"), casual=False)
            if mode == 3:
                self.A(self.pick(GO_ON))
            tail = self.pick(ENTER)
            self.C(E(v[i:].strip(), et, "split"), " " + tail if tail else "", casual=False)
        elif mode == 1 and len(v) >= 8:
            i = cut(v)
            j = i + cut(v[i:]) if len(v[i:]) >= 5 else len(v)
            for piece in (v[:i], v[i:j], v[j:]):
                if piece.strip():
                    self.C(E(piece.strip(), et, "split"), casual=False)
        elif mode == 4:
            i = cut(v)
            head, tail = v[:i].strip(), v[i:].strip()
            self.C(E(head, et, "split"), casual=False)
            bad = wrong(tail) if len(tail) >= 4 else tail + r.choice("0123456789")
            self.C(E(bad, et, "split"), casual=False)
            a, b = self.pick(FIX).split("{v}")
            self.C(a, E(tail, et, "split"), b, casual=False)
        else:
            self.C(E(wrong(v), et, "split"), casual=False)
            a, b = self.pick(FIX).split("{v}")
            self.C(a, E(v, et, "split"), b, casual=False)
        self.A(self.pick(THANKS_AGENT))

    def disguised_block(self, typ: str) -> None:
        r, lang = self.rng, self.lang
        self.ok_types = set(DISGUISABLE)
        typ = self.fresh(typ)
        self.A(self.ask(typ))
        self.waiting(typ)
        et, v = self.val(typ)
        if typ == "EMAIL":
            d = (
                spell_email(r, lang, self.mail)
                if r.random() < 0.85
                else homoglyph(r, email_text(self.mail))
            )
        elif typ in ("PHONE", "NATID", "CUSTNO", "CARD") and r.random() < 0.55:
            d = words_keep(r, lang, v, mixed=r.random() < 0.35)
        else:
            d = r.choice([zero_width, homoglyph, spaced])(r, v)
        ent = E(d, et, "disguised")
        if r.random() < 0.6:
            self.C(self.pick(LEAD), ent, r.choice(BARE_TAIL[lang]), casual=False)
        else:
            self.C(*self.cue(typ, ent), casual=False)
        self.A(self.pick(THANKS_AGENT))

    # -- hard negatives -----------------------------------------------------------------
    def neg_number(self, kind: str) -> str:
        r = self.rng
        if kind == "order_number":
            return r.choice(["", "#", "ORD-", "B", "WO-"]) + dg(r, r.choice([6, 7, 8, 9]))
        if kind == "invoice_number":
            return r.choice(
                [
                    f"INV-2026-{dg(r, 5)}",
                    f"F26{dg(r, 6)}",
                    f"2026-{dg(r, 5)}",
                    f"СЧ-{dg(r, 5)}" if self.lang == "ru" else f"FA{dg(r, 7)}",
                ]
            )
        if kind == "case_number":
            return r.choice(
                [f"CS-{dg(r, 6)}", f"#{dg(r, 6)}", f"SR{dg(r, 7)}", f"{dg(r, 2)}-{dg(r, 5)}"]
            )
        return r.choice([f"{dg(r, 4)} {dg(r, 4)} {dg(r, 4)}", f"TX{dg(r, 9)}", f"{dg(r, 16)}"])

    def swap_neg(self) -> None:
        r = self.rng
        if "CUSTNO" in self.given:
            return self.date_neg()
        kind = r.choice(["order_number", "invoice_number", "case_number", "transaction_id"])
        lab = LABEL[kind][self.lang]
        self.given.add("CUSTNO")
        self.A(self.ask("CUSTNO"))
        a, b = self.pick(SWAP_C).replace("{l}", lab).split("{v}")
        self.C(a, N(self.neg_number(kind), kind), b)
        self.A(self.pick(SWAP_A).replace("{l}", lab).replace("{cn}", self.cn))
        et, v = self.val("CUSTNO")
        if self.cls == "bare_answer":
            self.C(E(v, et, "bare_answer"), casual=False)
        else:
            self.C(*self.cue("CUSTNO", E(v, et, "plain")))
        self.A(self.pick(THANKS_AGENT))

    def date_neg(self) -> None:
        r = self.rng
        if "DOB" in self.s.types and "DOB" not in self.given:
            self.given.add("DOB")
            self.A(self.ask("DOB"))
            a, b = self.pick(DATE_SWAP_C).split("{v}")
            self.C(a, N(future_date(r, self.lang), "travel_date"), b)
            self.A(self.pick(DATE_SWAP_A))
            et, v = self.val("DOB")
            if self.cls == "bare_answer":
                self.C(E(v, et, "bare_answer"), casual=False)
            else:
                self.C(*self.cue("DOB", E(v, et, "plain")))
        else:
            self.A(self.pick(WHEN_Q))
            self.C(
                N(future_date(r, self.lang), "travel_date"),
                r.choice(BARE_TAIL[self.lang]),
                casual=False,
            )
        self.A(self.pick(THANKS_AGENT))

    def town_neg(self) -> None:
        r = self.rng
        i = r.randint(0, 2)
        self.A(WHERE_Q[self.lang][i])
        if i == 1:
            t, kind = r.choice(TOWNS[self.lang])[0], "branch_town"
        else:
            t, kind = r.choice(DESTS[self.lang]), "destination"
        self.C(
            N(t.lower() if r.random() < 0.4 else t, kind),
            r.choice(BARE_TAIL[self.lang]),
            casual=False,
        )
        self.A(self.pick(THANKS_AGENT))

    def side_neg(self) -> None:
        r, lang = self.rng, self.lang
        q, a = r.choice(SIDE[lang])
        slots = {
            "amt": N(amount(r, lang), "amount"),
            "time": N(clock(r, lang), "time"),
            "date": N(future_date(r, lang), "travel_date"),
            "code": N(fmt(r, self.s.prod), "product_code"),
            "vch": N(
                r.choice(["WINTER", "SPRING", "WELCOME", "HELLO", "VIP"]) + str(r.randint(10, 30)),
                "voucher_code",
            ),
            "qty": N(
                f"{r.randint(2, 12)} {dict(en='pcs', nl='stuks', nb='stk', ru='шт.')[lang]}",
                "quantity",
            ),
        }
        code = slots["code"]
        qp: list[Part] = []
        for piece in q.split("{code}"):
            qp += [piece, code]
        self.C(*qp[:-1])
        ap: list[Part] = []
        for piece in _split_slots(a):
            ap.append(slots[piece[1:-1]] if piece.startswith("{") else piece)
        self.A(*ap)

    def case_neg(self) -> None:
        a, b = self.pick(CASE_A).split("{v}")
        self.A(a, N(self.neg_number("case_number"), "case_number"), b)

    def sector_neg(self) -> None:
        r, lang = self.rng, self.lang
        kinds = self.s.extra_neg
        if not kinds:
            return self.case_neg()
        kind = r.choice(kinds)
        if kind == "vehicle_registration":
            self.A(REG_Q[lang])
            reg = {"en": f"{r.choice(['AB', 'KT', 'LR', 'YD'])}{dg(r, 2)} {fmt(r, 'AAA')}", "nl": f"{fmt(r, 'AA')}-{dg(r, 3)}-{fmt(r, 'A')}",
                   "nb": f"{r.choice(['EL', 'EK', 'DN', 'BR'])} {dg(r, 5)}", "ru": f"{r.choice('АВЕКМНОРСТУХ')}{dg(r, 3)}{r.choice('АВЕКМНОРСТУХ')}{r.choice('АВЕКМНОРСТУХ')} {r.choice(['77', '150', '76', '52'])}"}[lang]  # fmt: skip
            self.C(N(reg, "vehicle_registration"), casual=False)
            a, b = SPACE_A[lang].split("{v}")
            self.A(a, N(f"{r.choice('ABCDE')}-{r.randint(1, 240)}", "parking_space"), b)
        elif kind == "room_number":
            a, b = ROOM_A[lang].split("{v}")
            self.A(a, N(f"{r.choice('ABC')}{r.randint(101, 340)}", "room_number"), b)
        else:
            a, b = SEAT_A[lang].split("{v}")
            self.A(a, N(f"{r.randint(1, 30)}{r.choice('ABCDEF')}", "seat"), b)

    def contact(self) -> None:
        r = self.rng
        line = self.pick(CONTACT)
        slots = {
            "ph": N(self.comp["ph"], "company_phone"),
            "em": N(self.comp["em"], "company_email"),
            "ad": N(self.comp["ad"], "company_address"),
            "ac": N(self.comp["ac"], "company_account"),
        }
        parts: list[Part] = []
        for piece in _split_slots(line):
            parts.append(slots[piece[1:-1]] if piece.startswith("{") else piece)
        if r.random() < 0.35:
            a, b = {"en": " (Company no. {v}, registered in England.)", "nl": " (KvK {v})", "nb": " (org.nr. {v})",
                    "ru": " (ИНН организации {v})"}[self.lang].split("{v}")  # fmt: skip
            parts += [a, N(self.comp["id"], "company_id"), b]
        if r.random() < 0.3:
            parts.append(" " + {"en": "Thanks for choosing ", "nl": "Bedankt voor uw keuze voor ", "nb": "Takk for at du valgte ",
                                "ru": "Спасибо, что выбрали "}[self.lang])  # fmt: skip
            q = ("«", "»") if self.lang == "ru" else ("", "")
            parts += [q[0], N(self.co, "company_name"), q[1] + "!"]
        self.A(*parts)


def _split_slots(s: str) -> list[str]:
    return [p for p in re.split(r"(\{[a-z]+\})", s) if p]


def words_keep(rng: random.Random, lang: str, v: str, mixed: bool) -> str:
    """Digits as words, letters kept (a prefix like "PK" stays)."""
    if all(c.isdigit() or c in " -+()" for c in v):
        return as_words(rng, lang, v, mixed)
    out: list[str] = []
    run = ""
    for c in v:
        if c.isalpha():
            run += c
            continue
        if run:
            out.append(run)
            run = ""
        if c.isdigit():
            out.append(c if mixed and rng.random() < 0.45 else WORDS[lang][int(c)])
    if run:
        out.append(run)
    return " ".join(out)


def amount(rng: random.Random, lang: str) -> str:
    x = rng.randint(9, 2400)
    c = rng.randint(0, 99)
    return {"en": rng.choice([f"£{x}.{c:02d}", f"£{x}"]), "nl": rng.choice([f"€ {x},{c:02d}", f"€{x},-"]),
            "nb": rng.choice([f"{x} kr", f"kr {x},-", f"{x},{c:02d} kr"]), "ru": rng.choice([f"{x} ₽", f"{x} руб", f"{x * 10} рублей"])}[lang]  # fmt: skip


def clock(rng: random.Random, lang: str) -> str:
    h, m = rng.randint(7, 19), rng.choice([0, 15, 30, 45])
    if lang == "en":
        return rng.choice(
            [
                f"{h}:{m:02d}",
                f"{h % 12 or 12}:{m:02d}pm" if h >= 12 else f"{h}:{m:02d}am",
                f"{h % 12 or 12}{'pm' if h >= 12 else 'am'}",
            ]
        )
    return rng.choice([f"{h:02d}:{m:02d}", f"{h}.{m:02d}"])


SPLITTABLE = ["BANK", "PHONE", "CARD", "CUSTNO", "NATID", "EMAIL", "PASSPORT", "TICKET"]
DISGUISABLE = ["EMAIL", "PHONE", "CUSTNO", "NATID", "CARD", "BANK", "BOOKING", "PASSPORT", "TICKET"]


def build(rng: random.Random, lang: str, sector: Sector, cls: str, cid: str) -> list[dict]:
    cv = Conv(rng, lang, sector, cls)
    pool = ["NAME", "EMAIL", "PHONE", *sector.types]
    agent = person(
        rng, lang, fem=True if lang == "ru" else None
    )  # the Russian replies are in the feminine

    def opening() -> None:
        g = rng.choice(GREET[lang])
        parts: list[Part] = []
        for piece in _split_slots(g):
            if piece == "{a}":
                parts.append(E(agent.first, "PERSON", "plain"))
            elif piece == "{co}":
                parts.append(N(sector.co[lang], "company_name"))
            else:
                parts.append(piece)
        cv.A(*parts)
        fa, fb = rng.choice(OPEN_FRAME[lang]).split("{i}")
        issue = rng.choice(sector.issues[lang])
        if intro_name:
            nm = E(cv.p.full(rng, lang), "PERSON", "plain")
            intro = {"en": "this is ", "nl": "met ", "nb": "det er ", "ru": "это "}[lang]
            cv.C(fa, intro, nm, ". ", issue, fb)
        else:
            cv.C(fa, issue, fb)
        cv.A(rng.choice(ACK[lang]))

    intro_name = rng.random() < 0.25
    if intro_name:
        pool.remove("NAME")
    cv.pool = pool
    blocks: list = []
    if cls == "bare_answer":
        ts = rng.sample(pool, rng.randint(2, 4))
        if rng.random() < 0.35 and len(ts) >= 2:
            t1, t2 = ts[:2]
            blocks.append(lambda: cv.bare_later(t1, t2))
            ts = ts[2:]
        blocks += [lambda t=t: cv.bare(t) for t in ts]
    elif cls == "list":
        blocks.append(cv.list_block)
        if rng.random() < 0.4:
            blocks.append(cv.item_list)
        blocks += [lambda t=t: cv.plain(t) for t in rng.sample(pool, rng.randint(0, 2))]
    elif cls == "split":
        st = [t for t in SPLITTABLE if t in pool]
        blocks += [lambda t=t: cv.split_block(t) for t in rng.sample(st, rng.choice([1, 2, 2]))]
        blocks += [lambda t=t: cv.plain(t) for t in rng.sample(pool, rng.randint(0, 2))]
    elif cls == "disguised":
        dt = [t for t in DISGUISABLE if t in pool]
        first = ["EMAIL"] if rng.random() < 0.45 else []
        rest = [t for t in dt if t not in first]
        blocks += [
            lambda t=t: cv.disguised_block(t)
            for t in first
            + rng.sample(rest, rng.choice([1, 1, 2]) if first else rng.choice([1, 2, 2]))
        ]
        blocks += [lambda t=t: cv.plain(t) for t in rng.sample(pool, rng.randint(0, 1))]
    elif cls == "address_no_cue":
        blocks.append(cv.address_block)
        blocks += [lambda t=t: cv.plain(t) for t in rng.sample(pool, rng.randint(1, 2))]
    else:
        blocks += [lambda t=t: cv.plain(t) for t in rng.sample([*pool, "ADDR"], rng.randint(2, 4))]
    tagged = [(2 if i == 0 else 1, b) for i, b in enumerate(blocks)]  # 2: the class's own block
    rng.shuffle(tagged)
    negs = [
        cv.swap_neg,
        cv.date_neg,
        cv.town_neg,
        cv.side_neg,
        cv.side_neg,
        cv.case_neg,
        cv.sector_neg,
    ]
    for nb in rng.sample(negs, rng.randint(1, 3)):
        tagged.insert(rng.randint(0, len(tagged)), (0, nb))

    opening()
    spans: list[tuple[int, int, int]] = []  # (priority, first turn, end turn) of each block
    for prio, b in tagged:
        start = len(cv.turns)
        b()
        spans.append((prio, start, len(cv.turns)))
    tail_start = len(cv.turns)
    cv.contact()
    cv.C(rng.choice(BYE_C[lang]))
    cv.A(rng.choice(BYE_A[lang]))
    turns = cv.turns
    # too long: leave out whole blocks, hard-negative ones first, never the class's own
    drop: set[int] = set()
    total = len(turns)
    for prio in (0, 1):
        for _, a, b in sorted((s for s in spans if s[0] == prio), key=lambda s: s[1] - s[2]):
            if total <= 25:
                break
            if (
                prio == 0
                and sum(1 for s in spans if s[0] == 0)
                - sum(1 for s in spans if s[0] == 0 and s[1] in drop)
                <= 1
            ):
                break
            drop.add(a)
            total -= b - a
    keep = [
        t
        for i, t in enumerate(turns[:tail_start])
        if not any(a <= i < b for _, a, b in spans if a in drop)
    ]
    turns = keep + turns[tail_start:]
    while len(turns) < 8:
        cv.turns = turns[:-3]
        cv.side_neg()
        turns = cv.turns + turns[-3:]
    return conversation_records(cid, lang, turns)


def generate() -> list[dict]:
    records: list[dict] = []
    for lang in LANGS:
        rng = random.Random(f"{SEED}:{lang}")
        classes = plan(lang)
        order = [s for s in SECTORS for _ in range(8)][:150]
        rng.shuffle(order)
        for i, (cls, sector) in enumerate(zip(classes, order, strict=True), 1):
            records += build(rng, lang, sector, cls, f"sealed26-{lang}-{i:03d}")
    return records


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else OUT
    records = generate()
    errors = verify(records)
    if errors:
        print("\n".join(errors[:20]), file=sys.stderr)
        return 1
    write_jsonl(records, out)
    convs = len({r["conversation_id"] for r in records})
    spans = sum(len(r["entities"]) for r in records)
    negs = sum(len(r["negatives"]) for r in records)
    print(
        f"{out}: {convs} conversations, {len(records)} messages, {spans} gold spans, {negs} hard negatives"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
