# ruff: noqa: E501  (hand-written phrase, name and street tables)
"""Generate sealed14.jsonl: 600 held-out multi-turn conversations (en/nl/nb/ru), written blind.

    python make_sealed14.py [OUT]        (default: sealed14.jsonl beside this file)

Deterministic (seed 20261217). 150 conversations per language, 25 per main class per
language, the class shuffled over the ids. Names, streets and phrasings are this file's own;
numbers come from make_values (or are computed here with python-stdnum) and are
checksum-valid. ``build_meta()`` also returns each conversation's main class and the
canonical form of every checksummed value, so the test can verify split and disguised values.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import phonenumbers
from stdnum import luhn
from stdnum.no import orgnr

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_values import (  # noqa: E402
    CLASSES,
    LANGS,
    NUMBER_WORDS,
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
    ru_account,
    ru_inn,
    ru_snils,
    verify,
    with_homoglyphs,
    with_zero_width,
    write_jsonl,
)

SEED = 20261217
PER_CLASS = 25

# ---------------------------------------------------------------------------------------
# own name and place tables (synthetic people: first and last names recombined at random)
# ---------------------------------------------------------------------------------------

FIRST = {
    "en": [
        "Rosalind",
        "Callum",
        "Imogen",
        "Declan",
        "Harriet",
        "Rhys",
        "Beatrice",
        "Fergus",
        "Matilda",
        "Owen",
        "Tamsin",
        "Ewan",
        "Clementine",
        "Hamish",
        "Phoebe",
        "Alistair",
    ],
    "nl": [
        "Mees",
        "Roos",
        "Jesse",
        "Tessa",
        "Stijn",
        "Iris",
        "Gijs",
        "Floor",
        "Niels",
        "Marloes",
        "Teun",
        "Esmee",
        "Hidde",
        "Jikke",
        "Sjoerd",
        "Wietske",
    ],
    "nb": [
        "Eivind",
        "Astrid",
        "Torstein",
        "Guro",
        "Arild",
        "Sunniva",
        "Halvard",
        "Ylva",
        "Espen",
        "Ingvild",
        "Trond",
        "Maren",
        "Audun",
        "Synnøve",
    ],
    "ru": [
        "Григорий",
        "Валерия",
        "Роман",
        "Полина",
        "Игорь",
        "Вера",
        "Степан",
        "Дарья",
        "Тимур",
        "Алина",
        "Фёдор",
        "Лидия",
    ],
}
LAST = {
    "en": ["Pennington", "Ridley", "Greaves", "Oakes", "Tennant", "Barraclough", "Whitlock",
           "Ainsworth", "Lowther", "Fenwick", "Merriman", "Castleford"],
    "nl": ["Verhoeven", "Dijkstra", "van Wijk", "Kramer", "de Groot", "Postma", "Schouten",
           "Vermeulen", "Bosman", "Timmermans", "van der Heijden", "Peeters"],
    "nb": ["Fosse", "Rønning", "Eide", "Myhre", "Tveit", "Sandvik", "Aune", "Lie", "Hovland",
           "Kvam", "Bjerke", "Sæther"],
    "ru": ["Громов", "Ершов", "Зуев", "Калинин", "Ларин", "Сорокин", "Тихонов", "Быков", "Носов",
           "Ильин", "Крылов", "Шубин"],
}  # fmt: skip
RU_FEM = {"Валерия", "Полина", "Вера", "Дарья", "Алина", "Лидия"}
AGENTS = {
    "en": ["Kirsty", "Dominic", "Lorna", "Gareth"],
    "nl": ["Mirjam", "Rutger", "Ellen", "Bas"],
    "nb": ["Tonje", "Kristoffer", "Linn", "Ole"],
    "ru": ["Марина", "Константин", "Оксана", "Денис"],
}
LAT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ы": "y", "э": "e", "ю": "yu", "я": "ya", "ь": "", "ъ": "",
})  # fmt: skip


def lat(s: str) -> str:
    out = []
    for w in s.split(" "):
        t = w.lower().translate(LAT)
        out.append(t[:1].upper() + t[1:] if w[:1].isupper() else t)
    return " ".join(out)


def name(rng: random.Random, lang: str, last: str | None = None) -> tuple[str, str]:
    f = rng.choice(FIRST[lang])
    la = last or rng.choice(LAST[lang])
    if lang == "ru" and f in RU_FEM and not la.endswith("а"):
        la += "а"
    if lang == "ru" and f not in RU_FEM and la.endswith("а"):
        la = la[:-1]
    return f, la


STREETS = {
    "en": [
        "Larkspur Drive",
        "Ferncliffe Road",
        "Abbey Mews",
        "Cowgate",
        "Tannery Row",
        "Mallard Court",
        "Elm Grove",
        "Quarry Hill",
    ],
    "nl": [
        "Wilhelminastraat",
        "Esdoornlaan",
        "Bleekveld",
        "Koestraat",
        "Nieuwe Gracht",
        "Zonnebloemstraat",
        "Oranjelaan",
        "Groenmarkt",
    ],
    "nb": [
        "Tollbugata",
        "Ringveien",
        "Kongens gate",
        "Bekkelia",
        "Furuveien",
        "Nordre gate",
        "Myrvegen",
        "Sjøgata",
    ],
    "ru": [
        "ул. Тургенева",
        "ул. Заречная",
        "пр. Победы",
        "ул. Кирова",
        "пер. Рабочий",
        "ул. Луговая",
        "бульвар Строителей",
        "ул. Осенняя",
    ],
}
TOWNS = {
    "en": [("Harrogate", "HG1 2RS"), ("Durham", "DH1 3LE"), ("Exeter", "EX4 4QJ"),
           ("Lancaster", "LA1 1XN"), ("Ipswich", "IP1 3QH"), ("Chester", "CH1 2HU")],
    "nl": [("Amersfoort", "3811 HM"), ("Deventer", "7411 KT"), ("Tilburg", "5038 BM"),
           ("Alkmaar", "1811 KH"), ("Groningen", "9712 GP"), ("Nijmegen", "6511 LM")],
    "nb": [("Stavanger", "4006"), ("Kristiansand", "4611"), ("Bodø", "8006"), ("Ålesund", "6002"),
           ("Lillehammer", "2609"), ("Fredrikstad", "1606")],
    "ru": [("Ярославль", "150000"), ("Воронеж", "394036"), ("Омск", "644024"), ("Иркутск", "664003"),
           ("Калуга", "248000"), ("Владимир", "600000")],
}  # fmt: skip
BE_TOWNS = [
    ("Gent", "9000"),
    ("Leuven", "3000"),
    ("Brugge", "8000"),
    ("Hasselt", "3500"),
    ("Mechelen", "2800"),
]
BE_STREETS = [
    "Kerkhofstraat",
    "Brusselsesteenweg",
    "Vlamingstraat",
    "Lange Lozanastraat",
    "Veldstraat",
]

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


def ordinal(d: int) -> str:
    suf = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return f"{d}{suf}"


def dob_text(rng: random.Random, lang: str, d: int, m: int, y: int) -> str:
    mon = MONTHS[lang][m - 1]
    forms = {
        "en": [f"{ordinal(d)} of {mon} {y}", f"{d}/{m}/{y % 100:02d}", f"{d:02d}.{m:02d}.{y}",
               f"{y}-{m:02d}-{d:02d}", f"{mon[:3]} {d} {y}", f"{d} {mon.lower()} {y}"],
        "nl": [f"{d} {mon} {y}", f"{d:02d}-{m:02d}-{y}", f"{d}/{m}/{y}", f"{d:02d}{m:02d}{y}",
               f"{d}-{m}-'{y % 100:02d}", f"{y}-{m:02d}-{d:02d}"],
        "nb": [f"{d}. {mon} {y}", f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y % 100:02d}", f"{d}/{m} {y}",
               f"{d}. {mon} -{y % 100:02d}", f"{d:02d}{m:02d}{y % 100:02d}"],
        "ru": [f"{d} {mon} {y}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y % 100:02d}",
               f"{d} {mon} {y} г.", f"{y}.{m:02d}.{d:02d}"],
    }  # fmt: skip
    return rng.choice(forms[lang])


def bdate(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(1941, 2012)


def future_date(rng: random.Random, lang: str) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), 2027
    mon = MONTHS[lang][m - 1]
    return rng.choice(
        [f"{d:02d}.{m:02d}.{y}", f"{d} {mon}", f"{d}/{m}"]
        if lang != "nb"
        else [f"{d}. {mon}", f"{d:02d}.{m:02d}.{y}", f"{d}/{m}"]
    )


# ---------------------------------------------------------------------------------------
# values (surface text, plus the canonical form of checksummed ones for the test)
# ---------------------------------------------------------------------------------------


class Ctx:
    """Per-conversation state: the rng, language and the register of checksummed values."""

    def __init__(self, rng: random.Random, lang: str, cid: str, register: list[dict]):
        self.rng, self.lang, self.cid, self.register = rng, lang, cid, register

    def reg(self, check: str, value: str, typ: str) -> None:
        self.register.append(
            {"conversation_id": self.cid, "type": typ, "check": check, "value": value}
        )


REGION = {"en": "GB", "nl": "NL", "nb": "NO", "ru": "RU"}


def mobile(c: Ctx, lang: str | None = None) -> str:
    """A valid mobile number in one of several ways people write them (prefix, trunk, (0))."""
    lang = lang or c.lang
    rng = c.rng
    region = REGION[lang]
    while True:
        if lang == "nl":
            n = "6" + digits(rng, 8, first_nonzero=False)
        elif lang == "nb":
            n = rng.choice("49") + digits(rng, 7, first_nonzero=False)
        elif lang == "ru":
            n = "9" + rng.choice("0123689") + digits(rng, 8, first_nonzero=False)
        else:
            n = "7" + rng.choice("4579") + digits(rng, 8, first_nonzero=False)
        num = phonenumbers.parse(n, region)
        if phonenumbers.is_valid_number(num):
            break
    c.reg(
        "phone",
        phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164),
        "PHONE_NUMBER",
    )
    if lang == "nl":
        forms = [
            f"+31 (0)6 {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}",
            f"0031 6 {n[1:]}",
            f"06 {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}",
            f"(06) {n[1:]}",
            f"+31-6-{n[1:]}",
            f"06.{n[1:5]}.{n[5:]}",
            f"06{n[1:]}",
        ]
    elif lang == "nb":
        forms = [
            f"0047 {n[:3]} {n[3:5]} {n[5:]}",
            f"+47 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
            f"(+47) {n}",
            n,
            f"{n[:3]} {n[3:5]} {n[5:]}",
            f"+47-{n[:3]}-{n[3:5]}-{n[5:]}",
        ]
    elif lang == "ru":
        forms = [
            f"+7 ({n[:3]}) {n[3:6]}-{n[6:8]}-{n[8:]}",
            f"8-{n[:3]}-{n[3:6]}-{n[6:8]}-{n[8:]}",
            f"8 ({n[:3]}) {n[3:6]} {n[6:8]} {n[8:]}",
            f"+7 {n[:3]} {n[3:]}",
            f"8{n}",
            f"+7{n}",
            f"7 {n[:3]} {n[3:6]} {n[6:]}",
        ]
    else:
        forms = [
            f"+44 (0){n[:4]} {n[4:]}",
            f"0044 {n[:4]} {n[4:]}",
            f"0{n[:4]}-{n[4:7]}-{n[7:]}",
            f"+44-{n[:4]}-{n[4:]}",
            f"0{n[:4]} {n[4:7]} {n[7:]}",
            f"0{n}",
        ]
    return rng.choice(forms)


def card(c: Ctx) -> str:
    rng = c.rng
    kind = rng.choice(
        ["visa", "mc", "mc2", "mir", "amex"]
        if c.lang == "ru"
        else ["visa", "mc", "mc2", "amex", "visa"]
    )
    if kind == "visa":
        body = "4" + digits(rng, 14, first_nonzero=False)
    elif kind == "mc":
        body = "5" + rng.choice("12345") + digits(rng, 13, first_nonzero=False)
    elif kind == "mc2":
        body = "2" + rng.choice(["3", "4", "5", "6"]) + digits(rng, 13, first_nonzero=False)
    elif kind == "mir":
        body = "220" + rng.choice("01234") + digits(rng, 11, first_nonzero=False)
    else:
        body = rng.choice(["34", "37"]) + digits(rng, 12, first_nonzero=False)
    v = body + luhn.calc_check_digit(body)
    c.reg("luhn", v, "CREDIT_CARD")
    if len(v) == 15:
        return rng.choice([f"{v[:4]} {v[4:10]} {v[10:]}", v])
    sep = rng.choice([" ", " ", "-", "", "."])
    return sep.join(v[i : i + 4] for i in range(0, 16, 4))


def an_iban(c: Ctx, country: str | None = None) -> str:
    country = country or {"en": "GB", "nl": "NL", "nb": "NO", "ru": "NL"}[c.lang]
    v = iban(c.rng, country)
    c.reg("iban", v.replace(" ", ""), "IBAN_CODE")
    r = c.rng.random()
    if r < 0.2:
        return v.replace(" ", "")
    if r < 0.3:
        return v.lower()
    return v


def bank_account(c: Ctx) -> str:
    rng = c.rng
    if c.lang == "nb":
        v = no_kontonr(rng)
        c.reg("kontonr", v, "BANK_ACCOUNT")
        return rng.choice([f"{v[:4]}.{v[4:6]}.{v[6:]}", f"{v[:4]} {v[4:6]} {v[6:]}", v])
    if c.lang == "ru":
        v = ru_account(rng)
        return rng.choice([v, f"{v[:5]} {v[5:8]} {v[8:9]} {v[9:13]} {v[13:]}", f"{v[:8]} {v[8:]}"])
    sc = f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"
    acc = digits(rng, 8)
    return rng.choice([f"{sc} {acc}", f"{sc.replace('-', '')} {acc}", f"{sc}, {acc}"])


def national_id(c: Ctx) -> str:
    rng = c.rng
    if c.lang == "nl" or (c.lang == "en" and rng.random() < 0.5):
        v = nl_bsn(rng)
        c.reg("bsn", v, "NATIONAL_ID")
        return rng.choice([v, f"{v[:4]}.{v[4:6]}.{v[6:]}", f"{v[:3]} {v[3:6]} {v[6:]}"])
    if c.lang in ("nb", "en"):
        v, _ = no_fnr(rng)
        c.reg("fnr", v, "NATIONAL_ID")
        return rng.choice([v, f"{v[:6]} {v[6:]}", f"{v[:6]}-{v[6:]}"])
    if rng.random() < 0.5:
        v = ru_snils(rng)
        c.reg("snils", v, "NATIONAL_ID")
        return rng.choice([v, v.replace("-", " "), v.replace("-", "").replace(" ", "")])
    v = ru_inn(rng)
    c.reg("inn", v, "NATIONAL_ID")
    return v


def passport_no(c: Ctx) -> str:
    rng = c.rng
    letters = "CFGHJKLMNPRTVWXYZ"
    if c.lang == "en":
        return rng.choice(
            [
                digits(rng, 9),
                "P" + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(rng, 7, False),
                rng.choice(letters) + "".join(rng.choice(letters + "0123456789") for _ in range(8)),
            ]
        )
    if c.lang == "nl":
        al = "ABCDEFGHJKLMNPRSTUVWXYZ"
        nl = (
            rng.choice("NB")
            + rng.choice(al)
            + "".join(rng.choice(al + "0123456789") for _ in range(6))
            + rng.choice("0123456789")
        )
        be = rng.choice(["EM", "EN", "EP"]) + digits(rng, 6, False)
        return rng.choice([nl, nl, be])
    if c.lang == "nb":
        return rng.choice(
            [
                rng.choice(["FH", "FK", "FP", "FS"]) + digits(rng, 7, False),
                digits(rng, 8),
                rng.choice(["FH", "FK"]) + " " + digits(rng, 7, False),
            ]
        )
    return rng.choice(
        [
            f"{rng.randint(70, 76)} {digits(rng, 7)}",
            f"{rng.randint(10, 99)} {rng.randint(10, 99)} {digits(rng, 6)}",
            f"{rng.randint(70, 76)}№{digits(rng, 7)}",
            f"{rng.randint(1000, 9999)} {digits(rng, 6)}",
        ]
    )


def customer_no(c: Ctx) -> str:
    rng = c.rng
    v = digits(rng, rng.choice([7, 8, 9, 10]))
    r = rng.random()
    if r < 0.15:
        return f"{v[:3]}-{v[3:]}"
    if r < 0.25:
        return f"{v[:4]}/{v[4:]}"
    if r < 0.35:
        return f"{v[:2]}.{v[2:5]}.{v[5:]}"
    if r < 0.45:
        return f"{v[:4]} {v[4:]}"
    return v


def email(c: Ctx, f: str, la: str) -> str:
    rng = c.rng
    fa = ascii_name(f) if c.lang != "ru" else lat(f).lower()
    lo = ascii_name(la) if c.lang != "ru" else lat(la).lower().replace(" ", "")
    sep = rng.choice([".", "_", ".", ""])
    local = rng.choice(
        [
            f"{fa}{sep}{lo}",
            f"{fa[0]}{sep}{lo}",
            f"{lo}{rng.randint(60, 99)}",
            f"{fa}{sep}{lo}{rng.randint(1, 9)}",
        ]
    )
    dom = rng.choice(
        {
            "en": ["gmail.com", "hotmail.co.uk", "sky.com", "virginmedia.com", "proton.me"],
            "nl": ["gmail.com", "planet.nl", "live.nl", "hetnet.nl", "telenet.be"],
            "nb": ["gmail.com", "getmail.no", "icloud.com", "broadpark.no", "yahoo.no"],
            "ru": ["mail.ru", "yandex.ru", "list.ru", "inbox.ru", "gmail.com"],
        }[c.lang]
    )
    return f"{local}@{dom}"


def value(c: Ctx, typ: str, who: tuple[str, str] | None = None) -> str:
    rng = c.rng
    if typ == "PHONE_NUMBER":
        return mobile(c)
    if typ == "CREDIT_CARD":
        return card(c)
    if typ == "IBAN_CODE":
        return an_iban(c)
    if typ == "BANK_ACCOUNT":
        return bank_account(c)
    if typ == "NATIONAL_ID":
        return national_id(c)
    if typ == "PASSPORT":
        return passport_no(c)
    if typ == "CUSTOMER_NUMBER":
        return customer_no(c)
    if typ == "BOOKING_REFERENCE":
        b = booking_ref(rng)
        return b.lower() if rng.random() < 0.3 else b
    if typ == "DATE_OF_BIRTH":
        return dob_text(rng, c.lang, *bdate(rng))
    if typ == "EMAIL_ADDRESS":
        f, la = who or name(rng, c.lang)
        return email(c, f, la)
    if typ == "PERSON":
        f, la = who or name(rng, c.lang)
        s = f"{f} {la}"
        return s.lower() if rng.random() < 0.3 else s
    if typ == "LOCATION":
        return addr(c)
    raise ValueError(typ)


def addr(c: Ctx, lower: bool | None = None) -> str:
    rng = c.rng
    lang = c.lang
    no = str(rng.randint(1, 160))
    kind = rng.randint(0, 9)
    if lang == "en":
        st = rng.choice(STREETS["en"])
        town, pc = rng.choice(TOWNS["en"])
        forms = [
            f"{no} {st}, {town} {pc}",
            f"flat {rng.randint(1, 12)}b, {no} {st}, {town}",
            f"{no} {st}\n{town}\n{pc}",
            f"PO Box {rng.randint(100, 999)}, {town} {pc}",
            f"{no} {st} {pc}",
            f"{no} Seapoint Avenue, Blackrock, Co. Dublin A94 {rng.choice('CDEFHKNPRTVWXY')}{rng.randint(1, 9)}{rng.choice('CDEFHKNPRTVWXY')}{rng.randint(1, 9)}",
            f"{no} Rue des Tanneurs, 67000 Strasbourg, France",
        ]
    elif lang == "nl":
        st = rng.choice(STREETS["nl"])
        town, pc = rng.choice(TOWNS["nl"])
        bst = rng.choice(BE_STREETS)
        btown, bpc = rng.choice(BE_TOWNS)
        forms = [
            f"{st} {no}, {pc} {town}",
            f"{st} {no} {pc.replace(' ', '')} {town}",
            f"{st} {no}-{rng.choice(['a', 'bis', 'hs', '2'])}\n{pc} {town}",
            f"{bst} {no} bus {rng.randint(1, 30)}, {bpc} {btown}",
            f"{bst} {no}/{rng.randint(1, 9)}, {bpc} {btown}",
            f"postbus {rng.randint(100, 9999)}, {pc} {town}",
            f"Gartenstraße {no}, 47533 Kleve, Duitsland",
        ]
    elif lang == "nb":
        st = rng.choice(STREETS["nb"])
        town, pc = rng.choice(TOWNS["nb"])
        forms = [
            f"{st} {no}, {pc} {town}",
            f"{st} {no}{rng.choice(['A', 'B', 'C'])}, {pc} {town}",
            f"{st} {no} {town}",
            f"Postboks {rng.randint(10, 999)}, {pc} {town}",
            f"{st} {no}, H0{rng.randint(1, 4)}0{rng.randint(1, 4)}, {pc} {town}",
            f"Storgatan {no}, 452 31 Strömstad, Sverige",
            f"{st} {no}\n{pc} {town}",
        ]
    else:
        st = rng.choice(STREETS["ru"])
        town, pc = rng.choice(TOWNS["ru"])
        apt = rng.randint(1, 220)
        forms = [
            f"{town}, {st}, д. {no}, кв. {apt}",
            f"{pc}, г. {town}, {st} {no}-{apt}",
            f"{st} {no}, кв {apt}, {town}",
            f"{lat(st.replace('ул. ', 'ul. ').replace('пр. ', 'pr-t ').replace('пер. ', 'per. '))}, d. {no}, kv. {apt}, {lat(town)}, {pc}",
            f"{pc}, {town}, а/я {rng.randint(1, 400)}",
            f"г. Минск, ул. Сурганова, д. {no}, кв. {apt}",
            f"{town}, {st}, {no}, корп. {rng.randint(1, 4)}, кв. {apt}",
        ]
    s = forms[min(kind, len(forms) - 1)] if kind < len(forms) else rng.choice(forms)
    if lower is None:
        lower = rng.random() < 0.6
    return s.lower() if lower else s


# ---------------------------------------------------------------------------------------
# phrase tables
# ---------------------------------------------------------------------------------------

ASK = {
    "en": {
        "CUSTOMER_NUMBER": ["What's your customer number?", "Could I take your account number with us please?", "cust no pls?", "And the membership number on your card?"],
        "BOOKING_REFERENCE": ["What's the booking reference?", "Can you give me the 6-character reservation code?", "booking ref pls", "Which booking is this about (the code)?"],
        "PASSPORT": ["What's the passport number you travel on?", "Could you confirm the document number on your passport?", "passport no. pls"],
        "DATE_OF_BIRTH": ["Can you confirm your date of birth?", "And your DOB?", "What's the date of birth on the policy?", "d.o.b. please"],
        "PHONE_NUMBER": ["What's the best number to reach you on?", "Which mobile should we text the code to?", "contact no?"],
        "EMAIL_ADDRESS": ["Which e-mail address should the confirmation go to?", "What's the email on the account?", "email pls?"],
        "IBAN_CODE": ["Which IBAN should we refund to?", "Can you give me the IBAN for the direct debit?"],
        "BANK_ACCOUNT": ["What's the sort code and account number for the refund?", "Which account should the money go to?"],
        "CREDIT_CARD": ["Which card number would you like to pay with?", "Can you read me the long number on the card?"],
        "NATIONAL_ID": ["For the tax form I need your national ID number (BSN or fødselsnummer).", "What's your personal ID number?"],
        "PERSON": ["Who is the booking under?", "What name is on the account?", "And the lead passenger's name?"],
    },
    "nl": {
        "CUSTOMER_NUMBER": ["Wat is uw klantnummer?", "Mag ik je klantnr even?", "Heeft u uw relatienummer bij de hand?", "wat is je lidnummer?"],
        "BOOKING_REFERENCE": ["Wat is de boekingscode?", "Kunt u het reserveringsnummer geven (6 tekens)?", "boekingsnr?"],
        "PASSPORT": ["Wat is het nummer van uw paspoort?", "Welk documentnummer staat op je ID-kaart?", "paspoortnr graag"],
        "DATE_OF_BIRTH": ["Wat is uw geboortedatum?", "Mag ik je gebdat?", "Wanneer bent u geboren?", "En de geboortedatum van de verzekerde?"],
        "PHONE_NUMBER": ["Op welk nummer kunnen we u bereiken?", "Wat is je 06-nummer?", "tel.nr voor de bezorger?"],
        "EMAIL_ADDRESS": ["Naar welk e-mailadres mogen we de bevestiging sturen?", "Wat is je mailadres?"],
        "IBAN_CODE": ["Op welk rekeningnummer (IBAN) wilt u het geld terug?", "Wat is je IBAN voor de incasso?"],
        "CREDIT_CARD": ["Met welke creditcard wilt u betalen? Het lange nummer graag.", "Kaartnummer?"],
        "NATIONAL_ID": ["Voor de aangifte hebben we uw BSN nodig.", "Wat is je burgerservicenummer?"],
        "PERSON": ["Op wiens naam staat de boeking?", "Wat is de naam van de rekeninghouder?"],
    },
    "nb": {
        "CUSTOMER_NUMBER": ["Hva er kundenummeret ditt?", "Har du medlemsnummeret for hånden?", "kundenr?"],
        "BOOKING_REFERENCE": ["Hva er bestillingsreferansen?", "Kan du gi meg referansen på seks tegn?", "bookingnr?"],
        "PASSPORT": ["Hva er passnummeret ditt?", "Hvilket nummer står på passet?", "passnr takk"],
        "DATE_OF_BIRTH": ["Hva er fødselsdatoen din?", "Når er du født?", "f.dato?", "Og fødselsdatoen til den forsikrede?"],
        "PHONE_NUMBER": ["Hvilket mobilnummer kan vi nå deg på?", "tlf.nr?", "Hvilket nummer skal koden sendes til?"],
        "EMAIL_ADDRESS": ["Hvilken e-postadresse skal kvitteringen til?", "Hva er e-posten din?"],
        "IBAN_CODE": ["Hvilket IBAN skal vi betale tilbake til?"],
        "BANK_ACCOUNT": ["Hvilket kontonummer skal pengene til?", "Kontonr for tilbakebetaling?"],
        "CREDIT_CARD": ["Hvilket kortnummer vil du bruke?", "Kan du lese opp kortnummeret?"],
        "NATIONAL_ID": ["Vi trenger fødselsnummeret ditt (11 siffer).", "Hva er personnummeret ditt?"],
        "PERSON": ["Hvem står bestillingen på?", "Hva heter kontoinnehaveren?"],
    },
    "ru": {
        "CUSTOMER_NUMBER": ["Какой у вас номер клиента?", "Подскажите номер договора?", "номер карты лояльности?", "№ клиента пжл"],
        "BOOKING_REFERENCE": ["Какой код бронирования?", "Назовите номер брони (6 символов)", "код брони?"],
        "PASSPORT": ["Назовите номер загранпаспорта", "Серия и номер паспорта?", "номер паспорта пжл"],
        "DATE_OF_BIRTH": ["Ваша дата рождения?", "Подскажите дату рождения", "д.р.?", "Когда вы родились?"],
        "PHONE_NUMBER": ["На какой номер вам перезвонить?", "Ваш мобильный?", "тел. для связи?"],
        "EMAIL_ADDRESS": ["На какую почту отправить чек?", "Какой у вас e-mail?"],
        "BANK_ACCOUNT": ["Номер счёта для возврата?", "На какой счёт перевести деньги?"],
        "CREDIT_CARD": ["Номер карты, на которую вернуть?", "Продиктуйте номер карты"],
        "NATIONAL_ID": ["Нужен ваш СНИЛС или ИНН", "Подскажите СНИЛС", "ИНН пожалуйста"],
        "PERSON": ["На кого оформлено бронирование?", "ФИО владельца счёта?"],
    },
}  # fmt: skip

CUE = {
    "en": {
        "CUSTOMER_NUMBER": ["my customer number is {v}", "acct no: {v}", "Customer no. - {v}", "membership number ({v})"],
        "BOOKING_REFERENCE": ["booking ref {v}", "the reservation code is {v}", "Ref: {v}"],
        "PASSPORT": ["passport number {v}", "my passport no is {v}", "Passport - {v}"],
        "DATE_OF_BIRTH": ["dob - {v}", "I was born on {v}", "date of birth: {v}", "born {v}"],
        "PHONE_NUMBER": ["my mobile is {v}", "call me on {v}", "tel: {v}"],
        "EMAIL_ADDRESS": ["my email is {v}", "e-mail: {v}", "reach me at {v}"],
        "IBAN_CODE": ["IBAN: {v}", "my IBAN is {v}"],
        "BANK_ACCOUNT": ["sort code and account: {v}", "bank details {v}"],
        "CREDIT_CARD": ["card number {v}", "use my Visa, {v}"],
        "NATIONAL_ID": ["my BSN is {v}", "personal ID number: {v}"],
        "PERSON": ["my name is {v}", "this is {v} speaking"],
    },
    "nl": {
        "CUSTOMER_NUMBER": ["mijn klantnummer is {v}", "klantnr. {v}", "Relatienummer: {v}", "lidnummer ({v})"],
        "BOOKING_REFERENCE": ["boekingscode {v}", "mijn reserveringsnummer is {v}"],
        "PASSPORT": ["paspoortnummer {v}", "mijn ID-kaart nr is {v}"],
        "DATE_OF_BIRTH": ["geboren op {v}", "gebdat {v}", "geboortedatum: {v}"],
        "PHONE_NUMBER": ["mijn nummer is {v}", "bel me op {v}", "tel. {v}"],
        "EMAIL_ADDRESS": ["mijn mail is {v}", "e-mailadres: {v}"],
        "IBAN_CODE": ["mijn rekeningnummer is {v}", "IBAN - {v}"],
        "CREDIT_CARD": ["creditcard {v}", "kaartnummer: {v}"],
        "NATIONAL_ID": ["mijn BSN is {v}", "burgerservicenummer {v}"],
        "PERSON": ["mijn naam is {v}", "u spreekt met {v}"],
    },
    "nb": {
        "CUSTOMER_NUMBER": ["kundenummeret mitt er {v}", "kundenr. {v}", "Medlemsnr: {v}"],
        "BOOKING_REFERENCE": ["bestillingsreferanse {v}", "referansen er {v}"],
        "PASSPORT": ["passnummer {v}", "passnr: {v}"],
        "DATE_OF_BIRTH": ["jeg er født {v}", "f.dato {v}", "fødselsdato: {v}"],
        "PHONE_NUMBER": ["mobilen min er {v}", "ring meg på {v}", "tlf {v}"],
        "EMAIL_ADDRESS": ["e-posten min er {v}", "epost: {v}"],
        "IBAN_CODE": ["IBAN: {v}"],
        "BANK_ACCOUNT": ["kontonummeret mitt er {v}", "kontonr {v}"],
        "CREDIT_CARD": ["kortnummer {v}", "bruk kortet mitt, {v}"],
        "NATIONAL_ID": ["fødselsnummeret mitt er {v}", "personnr: {v}"],
        "PERSON": ["jeg heter {v}", "navnet mitt er {v}"],
    },
    "ru": {
        "CUSTOMER_NUMBER": ["мой номер клиента {v}", "номер договора: {v}", "№ клиента - {v}"],
        "BOOKING_REFERENCE": ["код брони {v}", "номер бронирования: {v}"],
        "PASSPORT": ["номер паспорта {v}", "загранпаспорт {v}", "паспорт: {v}"],
        "DATE_OF_BIRTH": ["дата рождения {v}", "д.р. {v}", "я родился {v}"],
        "PHONE_NUMBER": ["мой телефон {v}", "звоните на {v}", "тел. {v}"],
        "EMAIL_ADDRESS": ["моя почта {v}", "e-mail: {v}"],
        "BANK_ACCOUNT": ["номер счёта {v}", "счёт: {v}"],
        "CREDIT_CARD": ["номер карты {v}", "карта {v}"],
        "NATIONAL_ID": ["мой СНИЛС {v}", "ИНН: {v}"],
        "PERSON": ["меня зовут {v}", "это {v}"],
    },
}  # fmt: skip

# answers that repeat the question before the value
ECHO = {
    "en": {"DATE_OF_BIRTH": "my date of birth? ", "CUSTOMER_NUMBER": "customer number? sure, ", "PASSPORT": "passport number, ok: ", "PHONE_NUMBER": "best number? ", "BOOKING_REFERENCE": "the code? "},
    "nl": {"DATE_OF_BIRTH": "mijn geboortedatum? ", "CUSTOMER_NUMBER": "klantnummer, even kijken... ", "PASSPORT": "paspoort? ", "PHONE_NUMBER": "mijn nummer? ", "BOOKING_REFERENCE": "de code? "},
    "nb": {"DATE_OF_BIRTH": "fødselsdatoen min? ", "CUSTOMER_NUMBER": "kundenummer, ja: ", "PASSPORT": "passnummer? ", "PHONE_NUMBER": "mobilnr? ", "BOOKING_REFERENCE": "referansen? "},
    "ru": {"DATE_OF_BIRTH": "дата рождения? ", "CUSTOMER_NUMBER": "номер клиента? ", "PASSPORT": "паспорт? ", "PHONE_NUMBER": "телефон? ", "BOOKING_REFERENCE": "код? "},
}  # fmt: skip

HELLO = {
    "en": ["Hi, you're through to {a} at Northway Rail. How can I help?", "Good morning, {a} here from Fenmoor Energy. What can I do for you?", "Hello! I'm {a}, Brightcell support."],
    "nl": ["Goedemiddag, u spreekt met {a} van Zuiderzee Verzekeringen. Waarmee kan ik helpen?", "Hoi! Je chat met {a} van Polderpost.", "Dag, {a} hier van TulpReizen."],
    "nb": ["Hei, du snakker med {a} i Fjordnett kundeservice. Hva kan jeg hjelpe med?", "God dag, {a} her fra Nordlys Reiser.", "Hei! {a} fra Vidda Forsikring her."],
    "ru": ["Здравствуйте! Меня зовут {a}, служба поддержки «ВолгаТелеком». Чем помочь?", "Добрый день, это {a} из «СеверАвиа».", "Привет! Я {a}, поддержка магазина «Кедр»."],
}  # fmt: skip
REASON = {
    "en": ["hi, my refund still hasn't come through", "hiya I need to change something on my booking", "Hello, I moved house and need to update my details", "hey - the app won't let me log in", "I was double charged last month"],
    "nl": ["hoi, mijn terugbetaling is nog steeds niet binnen", "Goedemiddag, ik wil mijn gegevens wijzigen", "hallo ik ben verhuisd", "de app doet het niet meer", "ik ben twee keer afgeschreven"],
    "nb": ["hei, har ikke fått tilbakebetalingen ennå", "Hei, jeg må endre bestillingen min", "jeg har flyttet og må oppdatere adressen", "appen slipper meg ikke inn", "ble trukket to ganger"],
    "ru": ["здравствуйте, деньги так и не вернули", "добрый день, нужно поменять данные в брони", "я переехал, надо обновить адрес", "приложение не пускает", "списали дважды"],
}  # fmt: skip
WAIT = {
    "en": ["one sec", "hang on, getting my wallet", "give me a minute, it's in the other room", "brb", "hold on"],
    "nl": ["momentje", "ff zoeken", "wacht even, ligt boven", "sec"],
    "nb": ["et øyeblikk", "vent litt", "må finne den, sek", "2 sek"],
    "ru": ["секунду", "щас найду", "минутку", "ща"],
}  # fmt: skip
THANKS = {
    "en": ["Thanks, that's all updated.", "Lovely, thank you. Anything else?", "Got it, cheers."],
    "nl": ["Dank je, dat is aangepast.", "Top, dank u wel. Verder nog iets?", "Helemaal goed, bedankt."],
    "nb": ["Takk, det er oppdatert.", "Supert, takk. Noe mer?", "Den er grei, tusen takk."],
    "ru": ["Спасибо, всё обновили.", "Отлично, спасибо. Что-то ещё?", "Принято, спасибо!"],
}  # fmt: skip
BYE = {"en": ["no that's it, thanks 👍", "cheers, bye", "that's all ta"], "nl": ["nee dat was het, dank je", "top bedankt 👍", "fijne dag"],
       "nb": ["nei, det var alt. takk!", "takk for hjelpen 👍", "ha det"], "ru": ["нет, всё, спасибо", "спасибо 👍", "всего доброго"]}  # fmt: skip
CHAT = {
    "en": ["ok", "sure", "right", "yeah go on", "it's been three weeks already", "sorry, the signal here is awful", "I'm on the train", "did you get that?", "ok thanks"],
    "nl": ["oké", "prima", "ja hoor", "het duurt nu al drie weken", "sorry, slecht bereik hier", "ik zit in de trein", "is het gelukt?", "ok top"],
    "nb": ["ok", "greit", "ja", "det har gått tre uker nå", "sorry, dårlig dekning her", "sitter på bussen", "fikk du det?", "ok takk"],
    "ru": ["ок", "хорошо", "да", "уже три недели жду", "извините, связь плохая", "я в метро", "получилось?", "ок спасибо"],
}  # fmt: skip
AGENT_FILL = {
    "en": ["Let me have a look.", "Thanks for waiting.", "I can see the account now.", "Bear with me, the system is slow today.", "I'm sorry about that."],
    "nl": ["Ik kijk even mee.", "Bedankt voor het wachten.", "Ik zie het dossier nu.", "Het systeem is traag vandaag, momentje.", "Vervelend, sorry daarvoor."],
    "nb": ["Jeg skal se på det.", "Takk for at du venter.", "Jeg ser saken nå.", "Systemet er tregt i dag, et øyeblikk.", "Beklager det."],
    "ru": ["Сейчас посмотрю.", "Спасибо за ожидание.", "Вижу ваш аккаунт.", "Система сегодня медленная, минутку.", "Приносим извинения."],
}  # fmt: skip

TYPES = {
    "en": ["CUSTOMER_NUMBER", "BOOKING_REFERENCE", "PASSPORT", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "IBAN_CODE", "BANK_ACCOUNT", "CREDIT_CARD", "NATIONAL_ID", "PERSON"],
    "nl": ["CUSTOMER_NUMBER", "BOOKING_REFERENCE", "PASSPORT", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "IBAN_CODE", "CREDIT_CARD", "NATIONAL_ID", "PERSON"],
    "nb": ["CUSTOMER_NUMBER", "BOOKING_REFERENCE", "PASSPORT", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "IBAN_CODE", "BANK_ACCOUNT", "CREDIT_CARD", "NATIONAL_ID", "PERSON"],
    "ru": ["CUSTOMER_NUMBER", "BOOKING_REFERENCE", "PASSPORT", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "BANK_ACCOUNT", "CREDIT_CARD", "NATIONAL_ID", "PERSON"],
}  # fmt: skip

# ---------------------------------------------------------------------------------------
# hard negatives
# ---------------------------------------------------------------------------------------


def veh(c: Ctx) -> str:
    rng = c.rng
    L = "BCDFGHJKLNPRSTVXZ"
    if c.lang == "nl":
        return f"{rng.choice(L)}{rng.choice(L)}-{rng.randint(100, 999)}-{rng.choice(L)}"
    if c.lang == "nb":
        return f"{rng.choice(['EL', 'EK', 'DN', 'SV', 'BT'])} {rng.randint(10000, 99999)}"
    if c.lang == "ru":
        return f"{rng.choice('АВЕКМНОРСТУХ')}{rng.randint(100, 999)}{rng.choice('АВЕКМНОРСТУХ')}{rng.choice('АВЕКМНОРСТУХ')} {rng.choice(['77', '152', '76', '36'])}"
    return f"{rng.choice(L)}{rng.choice(L)}{rng.randint(51, 74)} {rng.choice(L)}{rng.choice(L)}{rng.choice(L)}"


def company_id(c: Ctx) -> str:
    rng = c.rng
    if c.lang == "nb":
        while True:
            v = digits(rng, 9)
            if v[0] in "89" and orgnr.is_valid(v):
                return f"{v[:3]} {v[3:6]} {v[6:]}"
    if c.lang == "ru":
        return digits(rng, 13)  # ОГРН-like
    if c.lang == "nl":
        return digits(rng, 8)
    return f"{rng.randint(10, 13)}{digits(rng, 6, False)}"


def negative(c: Ctx, kind: str) -> list[tuple[str, list[Part]]]:
    """A short exchange containing one or two hard negatives of ``kind``."""
    rng, lang = c.rng, c.lang
    A, C = "agent", "customer"
    if kind == "invoice_number":
        v = rng.choice(["F", "INV-", "", "2027-"]) + digits(rng, rng.choice([6, 7, 8]))
        t = {
            "en": "I can only find the invoice, number {n}",
            "nl": "ik heb alleen de factuur hier, nr {n}",
            "nb": "har bare fakturaen, fakturanr {n}",
            "ru": "у меня только счёт-фактура № {n}",
        }[lang]
        return [(C, T(t, n=N(v, "invoice_number")))]
    if kind == "order_number":
        v = rng.choice(["#", "", "BST-", "WO"]) + digits(rng, rng.choice([7, 8, 9]))
        t = rng.choice(
            {
                "en": ["it's about order {n}", "order {n} never arrived"],
                "nl": ["het gaat om bestelling {n}", "bestelnr {n} is niet aangekomen"],
                "nb": ["gjelder ordre {n}", "ordrenr {n} kom aldri"],
                "ru": ["это по заказу {n}", "заказ {n} не пришёл"],
            }[lang]
        )
        return [(C, T(t, n=N(v, "order_number")))]
    if kind == "tracking_number":
        v = (
            rng.choice(["3S", "JVGL", "LX", "CP"])
            + digits(rng, rng.choice([9, 10, 12]), False)
            + rng.choice(["", "NL", "NO", "RU", "GB"])
        )
        t = {
            "en": "Your parcel's tracking code is {n}.",
            "nl": "De track & trace code is {n}.",
            "nb": "Sporingsnummeret er {n}.",
            "ru": "Трек-номер посылки: {n}.",
        }[lang]
        return [(A, T(t, n=N(v, "tracking_number")))]
    if kind == "case_number":
        v = rng.choice(["CS", "SR-", "", "ZD#"]) + digits(rng, rng.choice([6, 7]))
        t = {
            "en": "I've logged it under case {n} for you.",
            "nl": "Ik heb er een melding van gemaakt: {n}.",
            "nb": "Saken har fått referanse {n}.",
            "ru": "Номер вашего обращения {n}.",
        }[lang]
        return [(A, T(t, n=N(v, "case_number")))]
    if kind == "amount":
        v = rng.choice(
            {
                "en": ["£42.99", "£118", "12.50 GBP"],
                "nl": ["€ 34,95", "€89", "12,50 euro"],
                "nb": ["kr 499,-", "1 249 kr", "NOK 350"],
                "ru": ["1 290 ₽", "4500 руб.", "780 р"],
            }[lang]
        )
        t = {
            "en": "the charge was {n}",
            "nl": "het ging om {n}",
            "nb": "beløpet var {n}",
            "ru": "сумма была {n}",
        }[lang]
        return [(C, T(t, n=N(v, "amount")))]
    if kind == "opening_hours":
        a, b = rng.choice([("08:00", "20:00"), ("9.00", "17.30"), ("10:00", "18:00")])
        t = {
            "en": "We're open {a}-{b} on weekdays.",
            "nl": "We zijn doordeweeks open van {a} tot {b}.",
            "nb": "Vi har åpent {a}–{b} på hverdager.",
            "ru": "Мы работаем с {a} до {b} по будням.",
        }[lang]
        return [(A, T(t, a=N(a, "time"), b=N(b, "time")))]
    if kind == "business_phone":
        v = {
            "en": f"0345 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
            "nl": f"088 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
            "nb": f"815 {rng.randint(10, 99)} {rng.randint(100, 999)}",
            "ru": f"8 800 {rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
        }[lang]
        t = {
            "en": "You can also ring us on {n}.",
            "nl": "Je kunt ons ook bellen op {n}.",
            "nb": "Du kan også ringe oss på {n}.",
            "ru": "Можете позвонить нам: {n} (бесплатно).",
        }[lang]
        return [(A, T(t, n=N(v, "business_phone")))]
    if kind == "company_address":
        v = {
            "en": f"{rng.randint(1, 90)} Commercial Street, Leeds LS1 6AL",
            "nl": f"Stationsplein {rng.randint(1, 40)}, 3511 ED Utrecht",
            "nb": f"Karl Johans gate {rng.randint(1, 40)}, 0162 Oslo",
            "ru": f"Москва, Тверская ул., д. {rng.randint(1, 30)}",
        }[lang]
        t = {
            "en": "Our branch is at {n} if you'd rather pop in.",
            "nl": "Ons servicepunt zit aan de {n}.",
            "nb": "Butikken vår ligger i {n}.",
            "ru": "Наш офис: {n}.",
        }[lang]
        return [(A, T(t, n=N(v, "company_address")))]
    if kind == "company_id":
        v = company_id(c)
        t = {
            "en": "(Fenmoor Energy Ltd, company no. {n})",
            "nl": "Polderpost B.V., KvK {n}",
            "nb": "Fjordnett AS, org.nr. {n}",
            "ru": "ООО «Кедр», ОГРН {n}",
        }[lang]
        return [(A, T(t, n=N(v, "company_id")))]
    if kind == "vehicle_registration":
        t = {
            "en": "the car is {n}, it's in the car park",
            "nl": "het gaat om de auto met kenteken {n}",
            "nb": "bilen har skilt {n}",
            "ru": "машина {n}",
        }[lang]
        return [(C, T(t, n=N(veh(c), "vehicle_registration")))]
    if kind == "appointment_date":
        q = {
            "en": "What's your date of birth?",
            "nl": "Wat is uw geboortedatum?",
            "nb": "Hva er fødselsdatoen din?",
            "ru": "Ваша дата рождения?",
        }[lang]
        t = rng.choice(
            {
                "en": [
                    "wait, is this about the appointment on {n}?",
                    "before that - can I move the {n} appointment?",
                ],
                "nl": [
                    "is dit voor de afspraak op {n}?",
                    "eerst even: kan de afspraak van {n} verzet worden?",
                ],
                "nb": ["gjelder dette timen {n}?", "kan jeg flytte timen {n} først?"],
                "ru": ["это насчёт записи на {n}?", "а запись на {n} можно перенести?"],
            }[lang]
        )
        return [(A, [q]), (C, T(t, n=N(future_date(rng, lang), "travel_date")))]
    if kind == "travel_date":
        t = {
            "en": "we fly out on {n} and back on {m}",
            "nl": "we vertrekken {n} en komen {m} terug",
            "nb": "vi reiser {n} og kommer hjem {m}",
            "ru": "вылет {n}, обратно {m}",
        }[lang]
        return [
            (
                C,
                T(
                    t,
                    n=N(future_date(rng, lang), "travel_date"),
                    m=N(future_date(rng, lang), "travel_date"),
                ),
            )
        ]
    if kind == "destination":
        d = rng.choice(
            {
                "en": ["Faro", "Reykjavik", "Krakow", "Inverness"],
                "nl": ["Porto", "Valencia", "Kopenhagen", "Ibiza"],
                "nb": ["Kraków", "Nice", "Reykjavík", "Tenerife"],
                "ru": ["Минеральные Воды", "Ереван", "Ташкент", "Мурманск"],
            }[lang]
        )
        q = {
            "en": "Where are you flying to?",
            "nl": "Waar gaat de reis naartoe?",
            "nb": "Hvor skal du reise?",
            "ru": "Куда летите?",
        }[lang]
        return [(A, [q]), (C, [N(d.lower() if rng.random() < 0.4 else d, "destination")])]
    if kind == "voucher_code":
        v = "".join(rng.choice("ABCDEFGHKLMNPRSTWXYZ") for _ in range(5)) + str(rng.randint(10, 99))
        t = {
            "en": "Here's a voucher for the trouble: {n}",
            "nl": "Als excuus een kortingscode: {n}",
            "nb": "Her er en rabattkode som plaster på såret: {n}",
            "ru": "Вот промокод в качестве извинения: {n}",
        }[lang]
        return [(A, T(t, n=N(v, "voucher_code")))]
    if kind == "seat":
        v = f"{rng.randint(3, 38)}{rng.choice('ABCDEF')}"
        t = {
            "en": "can I keep seat {n}?",
            "nl": "kan ik stoel {n} houden?",
            "nb": "kan jeg beholde sete {n}?",
            "ru": "можно оставить место {n}?",
        }[lang]
        return [(C, T(t, n=N(v, "seat")))]
    if kind == "business_reference":
        v = rng.choice(["RF", "REF-", "KS", ""]) + digits(rng, rng.choice([8, 9, 10]))
        t = {
            "en": "Please quote payment reference {n} on the transfer.",
            "nl": "Vermeld bij de overboeking betalingskenmerk {n}.",
            "nb": "Bruk KID {n} når du betaler.",
            "ru": "В назначении платежа укажите {n}.",
        }[lang]
        return [(A, T(t, n=N(v, "case_number")))]
    raise ValueError(kind)


NEG_KINDS = ["order_number", "tracking_number", "case_number", "amount", "opening_hours", "business_phone", "company_address",
             "company_id", "vehicle_registration", "travel_date", "destination", "voucher_code", "seat", "business_reference", "invoice_number"]  # fmt: skip

# ---------------------------------------------------------------------------------------
# conversation skeleton
# ---------------------------------------------------------------------------------------

Turn = tuple[str, list[Part]]


def opening(c: Ctx) -> list[Turn]:
    rng = c.rng
    a = rng.choice(AGENTS[c.lang])
    hello = rng.choice(HELLO[c.lang])
    turns: list[Turn] = []
    if rng.random() < 0.3:  # customer writes first
        turns.append(("customer", [rng.choice(REASON[c.lang])]))
        turns.append(("agent", T(hello, a=E(a, "PERSON", "plain"))))
    else:
        turns.append(("agent", T(hello, a=E(a, "PERSON", "plain"))))
        turns.append(("customer", [rng.choice(REASON[c.lang])]))
    return turns


def lc(rng: random.Random, s: str, p: float = 0.3) -> str:
    return s.lower() if rng.random() < p else s


def ask(c: Ctx, typ: str) -> str:
    return c.rng.choice(ASK[c.lang][typ])


def pick(c: Ctx, types: list[str] | None = None) -> str:
    return c.rng.choice(types or TYPES[c.lang])


# ---- bare_answer ------------------------------------------------------------------------


WEAK = ["BOOKING_REFERENCE", "CUSTOMER_NUMBER", "PASSPORT", "DATE_OF_BIRTH"]


def bare(c: Ctx) -> list[Turn]:
    rng, lang = c.rng, c.lang
    cls = "bare_answer"
    variant = rng.randint(0, 9)
    turns: list[Turn] = []
    if variant == 0:  # invoice number first, then the customer number
        turns.append(("agent", [ask(c, "CUSTOMER_NUMBER")]))
        turns += negative(c, "invoice_number")
        turns.append(
            (
                "agent",
                [
                    {
                        "en": "That's the invoice number - the customer number is on the top right of the letter.",
                        "nl": "Dat is het factuurnummer, het klantnummer staat rechtsboven op de brief.",
                        "nb": "Det er fakturanummeret, kundenummeret står øverst til høyre.",
                        "ru": "Это номер счёта, номер клиента указан справа вверху.",
                    }[lang]
                ],
            )
        )
        turns.append(
            (
                "customer",
                [
                    rng.choice(["ah ", "oh ", ""]),
                    E(value(c, "CUSTOMER_NUMBER"), "CUSTOMER_NUMBER", cls),
                ],
            )
        )
        return turns
    if variant == 1:  # masked confirmation, the customer gives the whole number
        typ = rng.choice(
            ["CREDIT_CARD", "PHONE_NUMBER"] + (["IBAN_CODE"] if lang != "ru" else ["BANK_ACCOUNT"])
        )
        v = value(c, typ)
        tail = "".join(ch for ch in v if ch.isalnum())[-4:]
        q = {
            "en": f"Is that the one ending in {tail}?",
            "nl": f"Is dat die eindigt op {tail}?",
            "nb": f"Er det den som slutter på {tail}?",
            "ru": f"Это тот, что заканчивается на {tail}?",
        }[lang]
        turns.append(("agent", [q]))
        no = {
            "en": "no, different one: ",
            "nl": "nee, een andere: ",
            "nb": "nei, en annen: ",
            "ru": "нет, другой: ",
        }[lang]
        turns.append(("customer", [rng.choice([no, ""]), E(v, typ, cls)]))
        return turns
    if variant == 2:  # two asked in one turn, answered in the other order
        t1, t2 = rng.sample([t for t in TYPES[lang] if t not in ("PERSON", "EMAIL_ADDRESS")], 2)
        q1, q2 = ask(c, t1).rstrip("?. "), ask(c, t2).rstrip("?. ")
        joiner = {"en": " and also: ", "nl": " en ook: ", "nb": " og: ", "ru": " и ещё: "}[lang]
        turns.append(("agent", [q1 + "?" + joiner + q2[0].lower() + q2[1:] + "?"]))
        v1, v2 = value(c, t1), value(c, t2)
        if rng.random() < 0.5:
            turns.append(("customer", [E(v2, t2, cls)]))
            turns.append(("customer", [E(v1, t1, cls)]))
        else:
            turns.append(("customer", [E(v2, t2, cls), "\n", E(v1, t1, cls)]))
        return turns
    if variant == 3:  # long conversation, value late
        typ = pick(c, TYPES[lang] + WEAK)
        n = rng.randint(10, 20)
        for i in range(n):
            turns.append(
                (
                    "agent" if i % 2 == 0 else "customer",
                    [rng.choice(AGENT_FILL[lang] if i % 2 == 0 else CHAT[lang])],
                )
            )
            if i == n // 2:
                turns += negative(
                    c, rng.choice(["amount", "order_number", "case_number", "travel_date"])
                )
        turns.append(("agent", [ask(c, typ)]))
        turns.append(("customer", [rng.choice(WAIT[lang])]))
        turns.append(
            (
                "customer",
                [
                    E(
                        lc(rng, value(c, typ))
                        if typ in ("BOOKING_REFERENCE", "PERSON")
                        else value(c, typ),
                        typ,
                        cls,
                    )
                ],
            )
        )
        return turns
    if variant == 4:  # answer in another language than the question
        typ = pick(
            c, ["CUSTOMER_NUMBER", "DATE_OF_BIRTH", "PHONE_NUMBER", "BOOKING_REFERENCE", "PASSPORT"]
        )
        turns.append(("agent", [ask(c, typ)]))
        pre = {
            "en": ["sorry my English is bad - ", "ja, "],
            "nl": ["sorry, I don't speak Dutch: ", "sure, it's "],
            "nb": ["sorry, English ok? it's ", "yes: "],
            "ru": ["sorry, ", "yes, it is "],
        }[lang]
        turns.append(("customer", [rng.choice(pre), E(value(c, typ), typ, cls)]))
        return turns
    if variant == 5:  # value in brackets or after a dash
        typ = pick(c, TYPES[lang] + WEAK)
        v = value(c, typ)
        turns.append(("agent", [ask(c, typ)]))
        form = rng.randint(0, 2)
        if form == 0:
            turns.append(("customer", ["(", E(v, typ, cls), ")"]))
        elif form == 1:
            turns.append(("customer", ["- ", E(v, typ, cls)]))
        else:
            turns.append(
                (
                    "customer",
                    [E(v, typ, cls), " ", rng.choice(["🙂", "👍", "(I think)", "!!", "..."])],
                )
            )
        return turns
    if variant == 6:  # echoing the question
        typ = rng.choice(list(ECHO[lang]))
        turns.append(("agent", [ask(c, typ)]))
        turns.append(("customer", [ECHO[lang][typ], E(value(c, typ), typ, cls)]))
        return turns
    if variant == 7:  # several kinds in one question, answered over two messages
        q = {
            "en": "Can I have your full name and date of birth please?",
            "nl": "Mag ik uw volledige naam en geboortedatum?",
            "nb": "Kan jeg få fullt navn og fødselsdato?",
            "ru": "Назовите, пожалуйста, ФИО и дату рождения",
        }[lang]
        turns.append(("agent", [q]))
        f, la = name(rng, lang)
        turns.append(("customer", [E(lc(rng, f"{f} {la}"), "PERSON", cls)]))
        turns.append(("customer", [E(value(c, "DATE_OF_BIRTH"), "DATE_OF_BIRTH", cls)]))
        return turns
    if variant == 8:  # appointment date first (negative), then the birth date
        turns += negative(c, "appointment_date")
        turns.append(
            (
                "agent",
                [
                    {
                        "en": "No, I need the date you were born.",
                        "nl": "Nee, ik bedoel de datum waarop u geboren bent.",
                        "nb": "Nei, jeg mener datoen du ble født.",
                        "ru": "Нет, мне нужна именно дата рождения.",
                    }[lang]
                ],
            )
        )
        turns.append(("customer", [E(value(c, "DATE_OF_BIRTH"), "DATE_OF_BIRTH", cls)]))
        return turns
    # variant 9: plain bare answer after a question back
    typ = pick(c, TYPES[lang] + WEAK + WEAK)
    turns.append(("agent", [ask(c, typ)]))
    back = {
        "en": [
            "the one on the letter or in the app?",
            "mine or my wife's?",
            "why do you need that?",
        ],
        "nl": [
            "die van de brief of uit de app?",
            "van mij of van mijn man?",
            "waarvoor is dat nodig?",
        ],
        "nb": ["den på brevet eller i appen?", "min eller kona sin?", "hvorfor trenger dere det?"],
        "ru": ["из письма или из приложения?", "мой или жены?", "а зачем это?"],
    }[lang]
    turns.append(("customer", [rng.choice(back)]))
    turns.append(
        (
            "agent",
            [
                {
                    "en": "Yours, please - just to find the account.",
                    "nl": "Die van u graag, om het dossier te vinden.",
                    "nb": "Din, bare for å finne saken.",
                    "ru": "Ваш, чтобы найти аккаунт.",
                }[lang]
            ],
        )
    )
    v = value(c, typ)
    turns.append(
        (
            "customer",
            [
                E(
                    v.lower()
                    if typ in ("BOOKING_REFERENCE", "PASSPORT", "PERSON") and rng.random() < 0.5
                    else v,
                    typ,
                    cls,
                )
            ],
        )
    )
    return turns


# ---- list -------------------------------------------------------------------------------

REL = {
    "en": ["my husband", "our daughter", "my mum", "and my friend", "our son"],
    "nl": ["mijn vrouw", "onze dochter", "mijn schoonvader", "en mijn vriend", "ons zoontje"],
    "nb": ["mannen min", "datteren vår", "mamma", "og kompisen min", "sønnen vår"],
    "ru": ["муж", "дочь", "мама", "и мой друг", "сын"],
}  # fmt: skip


def lst(c: Ctx) -> list[Turn]:
    rng, lang = c.rng, c.lang
    cls = "list"
    variant = rng.randint(0, 6)
    turns: list[Turn] = []
    if variant == 6:  # several bookings or memberships, one per person
        typ = rng.choice(["BOOKING_REFERENCE", "CUSTOMER_NUMBER"])
        turns.append(("agent", [ask(c, typ)]))
        intro = {
            "en": "there are two, ",
            "nl": "het zijn er twee: ",
            "nb": "det er to: ",
            "ru": "их две: ",
        }[lang]
        k = rng.randint(2, 3)
        parts: list[Part] = [rng.choice([intro, ""]) if k == 2 else ""]
        for i in range(k):
            f, la = name(rng, lang)
            parts += [
                E(value(c, typ), typ, cls),
                " (",
                E(f if rng.random() < 0.5 else f"{f} {la}", "PERSON", cls),
                ")",
            ]
            parts += [rng.choice([", ", " / ", "\n"])] if i < k - 1 else []
        turns.append(("customer", parts))
        return turns
    if variant <= 2:  # travellers: name, birth date, passport
        q = {
            "en": "Could you send me the names, dates of birth and passport numbers of everyone travelling?",
            "nl": "Kunt u van alle reizigers naam, geboortedatum en paspoortnummer sturen?",
            "nb": "Kan du sende navn, fødselsdato og passnummer for alle som skal reise?",
            "ru": "Пришлите ФИО, даты рождения и номера загранпаспортов всех пассажиров",
        }[lang]
        turns.append(("agent", [q]))
        k = rng.randint(2, 3)
        fam = rng.choice(LAST[lang])
        people = []
        for i in range(k):
            f, la = name(rng, lang, fam if i and rng.random() < 0.6 else None)
            people.append((f, la))
        parts: list[Part] = []
        if variant == 0:  # numbered lines
            for i, (f, la) in enumerate(people, 1):
                parts += [
                    f"{i}) ",
                    E(lc(rng, f"{f} {la}"), "PERSON", cls),
                    " ",
                    E(value(c, "DATE_OF_BIRTH"), "DATE_OF_BIRTH", cls),
                    " ",
                    E(value(c, "PASSPORT"), "PASSPORT", cls),
                    "\n" if i < k else "",
                ]
        elif variant == 1:  # pipes / semicolons
            sep = rng.choice([" | ", "; "])
            for i, (f, la) in enumerate(people):
                parts += [
                    E(f"{f} {la}", "PERSON", cls),
                    sep,
                    E(value(c, "DATE_OF_BIRTH"), "DATE_OF_BIRTH", cls),
                    sep,
                    E(value(c, "PASSPORT"), "PASSPORT", cls),
                    "\n" if i < k - 1 else "",
                ]
        else:  # running text with relations
            for i, (f, la) in enumerate(people):
                if i:
                    parts += [
                        rng.choice([", ", " and ", " + "])
                        if lang == "en"
                        else rng.choice(
                            [", ", " + ", {"nl": " en ", "nb": " og ", "ru": " и "}[lang]]
                        ),
                        rng.choice(REL[lang]),
                        " ",
                    ]
                else:
                    parts += [{"en": "me: ", "nl": "ik: ", "nb": "meg: ", "ru": "я: "}[lang]]
                parts += [
                    E(f if i and rng.random() < 0.5 else f"{f} {la}", "PERSON", cls),
                    " (",
                    E(value(c, "DATE_OF_BIRTH"), "DATE_OF_BIRTH", cls),
                    ", ",
                    E(value(c, "PASSPORT"), "PASSPORT", cls),
                    ")",
                ]
        turns.append(("customer", parts))
        turns += negative(c, rng.choice(["seat", "travel_date", "destination"]))
        return turns
    if variant == 3:  # several accounts / cards
        typ = rng.choice(
            ["IBAN_CODE", "CREDIT_CARD"] if lang != "ru" else ["BANK_ACCOUNT", "CREDIT_CARD"]
        )
        q = {
            "en": "Which accounts are linked to the membership?",
            "nl": "Welke rekeningen zijn er gekoppeld?",
            "nb": "Hvilke kontoer er koblet til?",
            "ru": "Какие счета привязаны?",
        }[lang]
        turns.append(("agent", [q]))
        lab = {
            "en": ["joint: ", "savings: ", "mine - "],
            "nl": ["gezamenlijk: ", "spaar: ", "de mijne - "],
            "nb": ["felles: ", "sparing: ", "min - "],
            "ru": ["общий: ", "накопительный: ", "мой - "],
        }[lang]
        if typ == "CREDIT_CARD":
            lab = {
                "en": ["personal: ", "work: ", "old one - "],
                "nl": ["privé: ", "zakelijk: ", "de oude - "],
                "nb": ["privat: ", "jobb: ", "gamle - "],
                "ru": ["личная: ", "рабочая: ", "старая - "],
            }[lang]
        parts = []
        for i in range(rng.randint(2, 3)):
            parts += [lab[i], E(value(c, typ), typ, cls), "\n"]
        turns.append(("customer", parts[:-1]))
        return turns
    if variant == 4:  # contacts: phones and e-mails of several people
        q = {
            "en": "Who should we contact about the move?",
            "nl": "Wie mogen we bellen over de verhuizing?",
            "nb": "Hvem skal vi kontakte om flyttingen?",
            "ru": "С кем связаться по переезду?",
        }[lang]
        turns.append(("agent", [q]))
        parts = []
        for i in range(2):
            f, la = name(rng, lang)
            parts += [
                E(f"{f} {la}", "PERSON", cls),
                " - ",
                E(value(c, "PHONE_NUMBER"), "PHONE_NUMBER", cls),
                rng.choice([" / ", ", "]),
                E(email(c, f, la), "EMAIL_ADDRESS", cls),
            ]
            if i == 0:
                parts += ["\n"]
        turns.append(("customer", parts))
        return turns
    # variant 5: e-mail thread with greeting and closing, list of insured persons
    f0, la0 = name(rng, lang)
    greet = {
        "en": "Dear Sir or Madam,\n\nplease add the following people to the policy:\n",
        "nl": "Geachte heer/mevrouw,\n\nGraag de volgende personen toevoegen aan de polis:\n",
        "nb": "Hei,\n\nvennligst legg til disse på forsikringen:\n",
        "ru": "Добрый день!\n\nПрошу добавить в полис:\n",
    }[lang]
    close = {
        "en": "\n\nKind regards,\n",
        "nl": "\n\nMet vriendelijke groet,\n",
        "nb": "\n\nMed vennlig hilsen\n",
        "ru": "\n\nС уважением,\n",
    }[lang]
    parts = [greet]
    for _ in range(rng.randint(2, 3)):
        f, la = name(rng, lang, la0 if rng.random() < 0.5 else None)
        if lang == "nb":  # the fødselsnummer carries the birth date
            v, (d, m, y) = no_fnr(rng)
            c.reg("fnr", v, "NATIONAL_ID")
            dob, idv = dob_text(rng, lang, d, m, y), rng.choice([v, f"{v[:6]} {v[6:]}"])
        else:
            dob = value(c, "DATE_OF_BIRTH")
            idv = value(c, "NATIONAL_ID") if lang != "en" else value(c, "PASSPORT")
        parts += [
            "- ",
            E(f"{f} {la}", "PERSON", cls),
            ", ",
            E(dob, "DATE_OF_BIRTH", cls),
            ", ",
            E(idv, "NATIONAL_ID" if lang != "en" else "PASSPORT", cls),
            "\n",
        ]
    parts = parts[:-1] + [close, E(f"{f0} {la0}", "PERSON", "plain")]
    turns.append(("customer", parts))
    turns += negative(c, rng.choice(["case_number", "company_id"]))
    return turns


# ---- split ------------------------------------------------------------------------------


def change_digit(rng: random.Random, v: str) -> str:
    idx = [i for i, ch in enumerate(v) if ch.isdigit()]
    i = rng.choice(idx[len(idx) // 2 :])
    d = str((int(v[i]) + rng.randint(1, 8)) % 10)
    return v[:i] + d + v[i + 1 :]


def cut(rng: random.Random, v: str, n: int = 2) -> list[str]:
    """Split into n stripped parts at a separator where possible, each with enough characters."""
    need = 4 if n == 2 else 3

    def parts(cuts: list[int]) -> list[str]:
        bounds = [0, *sorted(cuts), len(v)]
        return [v[bounds[i] : bounds[i + 1]].strip(" -./") for i in range(n)]

    def ok(ps: list[str]) -> bool:
        return all(sum(ch.isalnum() for ch in p) >= need for p in ps)

    seps = [i for i, ch in enumerate(v) if ch in " -./"]
    inner = [i for i in range(2, len(v) - 1) if v[i - 1].isalnum() and v[i].isalnum()]
    for pool in (seps, seps + inner, inner):
        if len(pool) < n - 1:
            continue
        for _ in range(40):
            ps = parts(rng.sample(pool, n - 1))
            if ok(ps):
                return ps
    need = 3
    for _ in range(40):
        ps = parts(rng.sample(inner, n - 1))
        if ok(ps):
            return ps
    raise ValueError(f"cannot split {v!r}")


def split(c: Ctx) -> list[Turn]:
    rng, lang = c.rng, c.lang
    cls = "split"
    typ = pick(
        c,
        [
            "IBAN_CODE" if lang != "ru" else "BANK_ACCOUNT",
            "PHONE_NUMBER",
            "CREDIT_CARD",
            "CUSTOMER_NUMBER",
            "NATIONAL_ID",
            "PASSPORT",
        ],
    )
    v = value(c, typ)
    turns: list[Turn] = [("agent", [ask(c, typ)])]
    variant = rng.randint(0, 4)
    if variant in (0, 1):  # two messages
        a, b = cut(rng, v)
        tail = rng.choice(["", "", " oops", " sorry, hit enter", " (rest)"]) if variant == 0 else ""
        turns.append(("customer", [E(a, typ, cls)]))
        if variant == 1:
            turns.append(
                (
                    "agent",
                    [
                        {
                            "en": "And the rest?",
                            "nl": "En de rest?",
                            "nb": "Og resten?",
                            "ru": "А дальше?",
                        }[lang]
                    ],
                )
            )
        turns.append(("customer", [E(b, typ, cls), tail]))
    elif variant == 2 and sum(ch.isalnum() for ch in v) >= 11:  # three messages
        a, b, d = cut(rng, v, 3)
        turns += [
            ("customer", [E(a, typ, cls)]),
            ("customer", [E(b, typ, cls)]),
            ("customer", [E(d, typ, cls), rng.choice(["", " 🙏", " done"])]),
        ]
    elif variant == 2:
        a, b = cut(rng, v)
        turns += [
            ("customer", [E(a, typ, cls), rng.choice([" ...", ""])]),
            ("customer", [E(b, typ, cls)]),
        ]
    else:  # typed wrongly, corrected in the next message (full retype)
        wrong = change_digit(rng, v)
        turns.append(("customer", [E(wrong, typ, cls)]))
        fix = rng.choice(
            {
                "en": ["sorry typo, it's ", "wait no: ", "correction - "],
                "nl": ["sorry, typfout: ", "nee wacht: ", "moet zijn "],
                "nb": ["sorry, skrivefeil: ", "nei vent: ", "rettelse: "],
                "ru": ["ой, опечатка: ", "нет, правильно ", "исправляю: "],
            }[lang]
        )
        if variant == 4:
            turns.append(
                (
                    "agent",
                    [
                        {
                            "en": "That doesn't seem to validate, could you check it?",
                            "nl": "Dat nummer klopt niet helemaal, kunt u het controleren?",
                            "nb": "Det nummeret ser ikke riktig ut, kan du sjekke?",
                            "ru": "Номер не проходит проверку, проверьте, пожалуйста",
                        }[lang]
                    ],
                )
            )
        turns.append(("customer", [fix, E(v, typ, cls)]))
    if rng.random() < 0.6:
        turns += negative(
            c, rng.choice(["amount", "business_reference", "case_number", "voucher_code"])
        )
    return turns


# ---- disguised --------------------------------------------------------------------------

AT = {"en": [" at ", " (at) ", " [at] ", " at sign "], "nl": [" apenstaartje ", " apestaart ", " at ", " (at) "],
      "nb": [" krøllalfa ", " alfakrøll ", " snabel-a ", " at "], "ru": [" собака ", " собачка ", " эт ", " (собака) "]}  # fmt: skip
DOT = {"en": [" dot ", " (dot) ", " period "], "nl": [" punt ", " puntje ", " dot "], "nb": [" punktum ", " prikk ", " dott "], "ru": [" точка ", " тчк ", " dot "]}  # fmt: skip
UNDERSCORE = {
    "en": " underscore ",
    "nl": " underscore ",
    "nb": " understrek ",
    "ru": " нижнее подчёркивание ",
}


def spell_email(rng: random.Random, lang: str, e: str) -> str:
    at, dot = rng.choice(AT[lang]), rng.choice(DOT[lang])
    local, dom = e.split("@")
    s = local.replace(".", dot).replace("_", UNDERSCORE[lang]) + at + dom.replace(".", dot)
    return " ".join(s.split())


def disguised(c: Ctx) -> list[Turn]:
    rng, lang = c.rng, c.lang
    cls = "disguised"
    variant = rng.randint(0, 5)
    turns: list[Turn] = []
    if variant <= 1:  # spelled-out e-mail
        turns.append(("agent", [ask(c, "EMAIL_ADDRESS")]))
        f, la = name(rng, lang)
        e = email(c, f, la)
        s = spell_email(rng, lang, e)
        pre = rng.choice(
            {
                "en": ["", "it's ", "(so the bot doesn't eat it) "],
                "nl": ["", "het is ", "schrijf ik even uit: "],
                "nb": ["", "den er ", "skriver det ut: "],
                "ru": ["", "пишу словами: ", "это "],
            }[lang]
        )
        turns.append(("customer", [pre, E(s, "EMAIL_ADDRESS", cls)]))
        return turns
    if variant == 2:  # digits as words (or mixed)
        typ = rng.choice(["PHONE_NUMBER", "CUSTOMER_NUMBER"])
        turns.append(("agent", [ask(c, typ)]))
        v = value(c, typ)
        digs = "".join(ch for ch in v if ch.isdigit() or ch == "+")
        words = []
        for ch in digs:
            if ch == "+":
                words.append({"en": "plus", "nl": "plus", "nb": "pluss", "ru": "плюс"}[lang])
            elif rng.random() < 0.7:
                words.append(NUMBER_WORDS[lang][int(ch)])
            else:
                words.append(ch)
        turns.append(("customer", [E(rng.choice([" ", ", ", " "]).join(words), typ, cls)]))
        return turns
    if variant == 3:  # zero-width characters inside a number (pasted)
        typ = rng.choice(
            [
                "IBAN_CODE" if lang != "ru" else "BANK_ACCOUNT",
                "PHONE_NUMBER",
                "CREDIT_CARD",
                "NATIONAL_ID",
            ]
        )
        turns.append(("agent", [ask(c, typ)]))
        v = value(c, typ)
        turns.append(
            (
                "customer",
                [
                    rng.choice(["", "copied from the app: " if lang == "en" else ""]),
                    E(with_zero_width(rng, v, rng.randint(1, 3)), typ, cls),
                ],
            )
        )
        return turns
    if variant == 4:  # homoglyphs (Cyrillic look-alikes or O for 0)
        typ = rng.choice(
            [
                "IBAN_CODE" if lang != "ru" else "BANK_ACCOUNT",
                "PASSPORT",
                "BOOKING_REFERENCE",
                "CUSTOMER_NUMBER",
            ]
        )
        turns.append(("agent", [ask(c, typ)]))
        v = value(c, typ).upper()
        h = with_homoglyphs(rng, v, rng.randint(1, 2))
        if h == v:
            h = (
                v.replace("0", "O", 1)
                if "0" in v
                else v.replace("1", "l", 1)
                if "1" in v
                else with_zero_width(rng, v, 1)
            )
        turns.append(("customer", [E(h, typ, cls)]))
        return turns
    # variant 5: e-mail spelled letter by letter for the tricky part, with "as in"
    turns.append(("agent", [ask(c, "EMAIL_ADDRESS")]))
    f, la = name(rng, lang)
    e = email(c, f, la)
    local, dom = e.split("@")
    dot = rng.choice(DOT[lang])
    pieces = [
        dot if seg == "." else UNDERSCORE[lang] if seg == "_" else "-".join(seg)
        for seg in re.split(r"([._])", local)
        if seg
    ]
    s = "".join(pieces) + rng.choice(AT[lang]) + dom.replace(".", dot)
    turns.append(("customer", [E(" ".join(s.split()), "EMAIL_ADDRESS", cls)]))
    return turns


# ---- address_no_cue ----------------------------------------------------------------------


def address_no_cue(c: Ctx) -> list[Turn]:
    rng, lang = c.rng, c.lang
    cls = "address_no_cue"
    q = rng.choice(
        {
            "en": [
                "Where should we send the replacement?",
                "Where do you want the new card posted?",
                "And where's it going?",
            ],
            "nl": [
                "Waar mogen we het pakket naartoe sturen?",
                "Naar welk adres moet de nieuwe pas?",
                "waar moet het heen?",
            ],
            "nb": [
                "Hvor skal vi sende det?",
                "Hvor vil du ha det nye kortet?",
                "leveringsadresse?",
            ],
            "ru": ["Куда отправить замену?", "Куда доставить карту?", "куда везти?"],
        }[lang]
    )
    turns: list[Turn] = [("agent", [q])]
    v = addr(c)
    variant = rng.randint(0, 3)
    if variant == 0:
        turns.append(("customer", [E(v, "LOCATION", cls)]))
    elif variant == 1:
        turns.append(("customer", [rng.choice(WAIT[lang])]))
        turns.append(("customer", [E(v, "LOCATION", cls)]))
    elif variant == 2:
        pre = rng.choice(
            {
                "en": ["to my work: ", "new place - "],
                "nl": ["naar mijn werk: ", "nieuw adres - "],
                "nb": ["til jobben: ", "ny adresse - "],
                "ru": ["на работу: ", "новый - "],
            }[lang]
        )
        turns.append(("customer", [pre, E(v, "LOCATION", cls), rng.choice(["", " pls", " 🙏"])]))
    else:  # branch address said by the agent first (negative), then the customer's
        turns += negative(c, "company_address")
        no = {
            "en": "no, send it home pls: ",
            "nl": "nee, liever thuis: ",
            "nb": "nei, send hjem: ",
            "ru": "нет, лучше домой: ",
        }[lang]
        turns.append(("customer", [no, E(v, "LOCATION", cls)]))
    if rng.random() < 0.7:
        turns += negative(
            c, rng.choice(["tracking_number", "opening_hours", "vehicle_registration", "amount"])
        )
    return turns


# ---- plain ------------------------------------------------------------------------------


def plain(c: Ctx) -> list[Turn]:
    rng, lang = c.rng, c.lang
    cls = "plain"
    typ = pick(c, TYPES[lang] + ["LOCATION"])
    variant = rng.randint(0, 3)
    if typ == "LOCATION":
        cue = {
            "en": "my new address is {v}",
            "nl": "mijn nieuwe adres is {v}",
            "nb": "ny adresse: {v}",
            "ru": "мой адрес: {v}",
        }[lang]
    else:
        cue = rng.choice(CUE[lang][typ])
    v = value(c, typ)
    msg = T(cue, v=E(v, typ, cls))
    turns: list[Turn] = []
    if variant == 0:  # value before any question
        turns.append(("customer", msg))
    elif variant == 1:  # e-mail with greeting and closing
        f, la = name(rng, lang)
        greet = {
            "en": "Hello,\n\n",
            "nl": "Beste klantenservice,\n\n",
            "nb": "Hei!\n\n",
            "ru": "Здравствуйте!\n\n",
        }[lang]
        close = {
            "en": ".\n\nBest wishes,\n",
            "nl": ".\n\nGroetjes,\n",
            "nb": ".\n\nHilsen\n",
            "ru": ".\n\nСпасибо,\n",
        }[lang]
        turns.append(("customer", [greet, *msg, close, E(f"{f} {la}", "PERSON", cls)]))
    elif variant == 2:  # SMS style, lower case
        turns.append(
            (
                "customer",
                [
                    p.lower() if isinstance(p, str) else E(lc(rng, p.text, 0.5), p.type, p.cls)
                    for p in msg
                ],
            )
        )
    else:
        turns.append(("agent", [ask(c, typ) if typ in ASK[lang] else rng.choice(AGENT_FILL[lang])]))
        turns.append(("customer", msg))
    turns += negative(c, rng.choice(NEG_KINDS))
    return turns


BUILDERS = {
    "bare_answer": bare,
    "list": lst,
    "split": split,
    "disguised": disguised,
    "address_no_cue": address_no_cue,
    "plain": plain,
}


def conversation(c: Ctx, cls: str) -> list[Turn]:
    rng = c.rng
    turns = opening(c)
    if rng.random() < 0.5:  # a negative before the main part
        turns += negative(c, rng.choice(NEG_KINDS))
    if rng.random() < 0.12:  # a long chat before the personal data is asked for
        for i in range(rng.randint(8, 16)):
            role = "agent" if i % 2 == 0 else "customer"
            turns.append(
                (role, [rng.choice(AGENT_FILL[c.lang] if role == "agent" else CHAT[c.lang])])
            )
    turns += BUILDERS[cls](c)
    if rng.random() < 0.5:
        turns += negative(c, rng.choice(NEG_KINDS))
    turns.append(("agent", [rng.choice(THANKS[c.lang])]))
    if rng.random() < 0.7:
        turns.append(("customer", [rng.choice(BYE[c.lang])]))
    return turns


def build_meta() -> tuple[list[dict], dict[str, str], list[dict]]:
    """(records, main class per conversation id, register of checksummed values)."""
    rng = random.Random(SEED)
    records: list[dict] = []
    meta: dict[str, str] = {}
    register: list[dict] = []
    for lang in LANGS:
        plan = [cls for cls in CLASSES for _ in range(PER_CLASS)]
        rng.shuffle(plan)
        for i, cls in enumerate(plan, 1):
            cid = f"sealed14-{lang}-{i:03d}"
            c = Ctx(random.Random(rng.getrandbits(64)), lang, cid, register)
            turns = conversation(c, cls)
            meta[cid] = cls
            records += conversation_records(cid, lang, turns)
    errors = verify(records)
    if errors:
        raise SystemExit("\n".join(errors[:20]))
    return records, meta, register


def build() -> list[dict]:
    return build_meta()[0]


def main() -> None:
    out = (
        Path(sys.argv[1])
        if len(sys.argv) > 1
        else Path(__file__).resolve().parent / "sealed14.jsonl"
    )
    records = build()
    write_jsonl(records, out)
    print(
        f"{out}: {len(records)} messages, {len({r['conversation_id'] for r in records})} conversations"
    )


if __name__ == "__main__":
    main()
