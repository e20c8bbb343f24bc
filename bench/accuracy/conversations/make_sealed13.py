# ruff: noqa: E501, RUF001  (hand-written phrase, name and street tables in four languages)
"""Generate ``sealed13.jsonl``: 600 multi-turn customer-service conversations (sealed set 13).

Written blind: from the issue, ENTITIES.md, the transcript-format guide, the Format and
Scoring sections of the conversations README and ``make_values.py`` only. Names, streets,
businesses and phrasings are this file's own tables. 150 conversations per language (en, nl,
nb, ru), 25 per main class per language, the class shuffled over the ids. Every conversation
holds personal-data spans of at most one class besides ``plain`` (its main class) and at least
one hard negative.

    python make_sealed13.py [OUT]        # default: sealed13.jsonl beside this file
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass, replace
from pathlib import Path

import phonenumbers
from schwifty import IBAN
from stdnum import luhn

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_values import (  # noqa: E402
    CLASSES,
    LANGS,
    NUMBER_WORDS,
    E,
    N,
    Part,
    T,
    assemble,
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

# The rest of the file is hand-laid-out phrase and value tables in four languages; the
# formatter would put every list item on its own line.
# fmt: off
SEED = 20261216
PREFIX = "sealed13"
PER_CLASS = 25

# ---------------------------------------------------------------------------------------
# own tables (synthetic people: first and last names recombined at random)
# ---------------------------------------------------------------------------------------

FIRST = {
    "en": ["Rosalind", "Callum", "Imogen", "Declan", "Harriet", "Rhys", "Philippa", "Fergus", "Tamsin",
           "Ewan", "Clemency", "Lachlan", "Bethan", "Rory", "Octavia", "Dominic", "Sorcha", "Niall",
           "Felicity", "Barnaby"],
    "nl": ["Gijs", "Marloes", "Teun", "Roos", "Jelle", "Mirthe", "Stijn", "Hanneke", "Niels", "Esmee",
           "Wessel", "Jolien", "Olaf", "Suze", "Mees", "Tessel", "Rutger", "Bregje", "Siem", "Liv"],
    "nb": ["Ståle", "Ingvild", "Asbjørn", "Guro", "Trond", "Sunniva", "Eivind", "Randi", "Halvard",
           "Maren", "Geir", "Tuva", "Snorre", "Live", "Oddvar", "Borghild", "Pål", "Synnøve", "Ivar",
           "Idunn"],
    "ru": ["Глеб", "Роман", "Игорь", "Виктор", "Степан", "Фёдор", "Леонид", "Егор", "Тимур", "Борис",
           "Вера", "Дарья", "Полина", "Алина", "Галина", "Лариса", "Варвара", "Зоя", "Нина", "Милана"],
}
LAST = {
    "en": ["Ormerod", "Fairbrother", "Pickersgill", "Tregarthen", "Ashdown", "Merriweather", "Coldwell",
           "Brackley", "Penhaligon", "Lowther", "Greatorex", "Hebblethwaite", "Dunmore", "Stainsby"],
    "nl": ["Verhoeven", "van der Meulen", "Dijkstra", "Kramer", "Postma", "Hendriks", "de Graaf",
           "Vermeulen", "van Wijk", "Schouten", "Timmermans", "Bosman", "Koster", "Wolters"],
    "nb": ["Røed", "Fossum", "Kvamme", "Lie", "Sæther", "Engebretsen", "Tangen", "Rønning", "Vik",
           "Sandvik", "Myhre", "Fjeld", "Holm", "Eide"],
    "ru": ["Громов", "Ершов", "Калинин", "Щукин", "Баранов", "Тихонов", "Лаптев", "Сорокин", "Гусев",
           "Рябов", "Костин", "Мельников", "Жуков", "Денисов"],
}
RU_FEM = {"Вера", "Дарья", "Полина", "Алина", "Галина", "Лариса", "Варвара", "Зоя", "Нина", "Милана"}
RU_PATRONYMIC = [("Игоревич", "Игоревна"), ("Викторович", "Викторовна"), ("Романович", "Романовна"),
                 ("Борисович", "Борисовна"), ("Олегович", "Олеговна"), ("Степанович", "Степановна")]
AGENTS = {
    "en": ["Tamsin", "Rory", "Bethan", "Fergus"],
    "nl": ["Mirthe", "Teun", "Bregje", "Siem"],
    "nb": ["Sunniva", "Halvard", "Tuva", "Geir"],
    "ru": ["Дарья", "Егор", "Полина", "Тимур"],
}
BUSINESS = {  # invented names; travel ones for the travel chats
    "travel": {"en": ["Kestrel Air", "Harbourline Ferries"], "nl": ["Vliegwijs", "Duinhopper Reizen"],
               "nb": ["Fjordfly", "Vestkyst Ferje"], "ru": ["АэроВолга", "ТурЛайн"]},
    "other": {"en": ["Parcelwise", "BrightNest Energy", "Tollgate Mobile"], "nl": ["Polderpost", "Groenstroom", "Kabelnet Oost"],
              "nb": ["Nordlys Strøm", "Budstikka Frakt", "Fjellnett"], "ru": ["ПосылкаПлюс", "ЭнергоСбыт-Север", "СеверТелеком"]},
}

STREETS = {
    "en": ["Larkspur Rise", "Cobblers Walk", "Tanners Lane", "Foxglove Crescent", "Ropewalk",
           "Abbeyfield Road", "Heron Wharf", "Sandpiper Drive", "Weavers Row", "Quarry Hill"],
    "nl": ["Zonnebloemstraat", "Vlasakker", "Meidoornhof", "Kastanjelaan", "Reigerstraat",
           "Achter de Hoven", "Hoge Rijndijk", "Bleekveld", "Turfmarkt", "Klaverweide"],
    "nb": ["Tyttebærveien", "Måkeveien", "Lyngveien", "Bekkeliveien", "Sjøgata", "Rypeveien",
           "Trollhaugen", "Kongsgårdbakken", "Heiveien", "Furulunden"],
    "ru": ["ул. Малышева", "ул. Карла Маркса", "пр. Победы", "ул. Заречная", "ул. Строителей",
           "Цветной б-р", "ул. Кирова", "ул. Луговая", "пер. Школьный", "ул. Вокзальная"],
}
CITIES = {
    "en": [("Harrogate", "HG1 4QT"), ("Kendal", "LA9 6BH"), ("Truro", "TR1 2HE"), ("Ludlow", "SY8 1AX"),
           ("Whitby", "YO21 3PR"), ("Stirling", "FK8 2LX"), ("Carlisle", "CA3 8JH")],
    "nl": [("Amersfoort", "3811 NE"), ("Deventer", "7411 JB"), ("Groningen", "9711 LM"), ("Tilburg", "5038 CB"),
           ("Nijmegen", "6511 PA"), ("Alkmaar", "1811 KH"), ("Gouda", "2801 HB")],
    "nb": [("Lillehammer", "2609"), ("Ålesund", "6002"), ("Bodø", "8006"), ("Kristiansand", "4612"),
           ("Fredrikstad", "1606"), ("Molde", "6413"), ("Stavanger", "4006")],
    "ru": [("Екатеринбург", "620014"), ("Новосибирск", "630099"), ("Ярославль", "150000"),
           ("Воронеж", "394018"), ("Иркутск", "664003"), ("Калуга", "248000"), ("Владимир", "600000")],
}
RU_TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ы": "y", "э": "e",
    "ю": "yu", "я": "ya", "ь": "", "ъ": "", "ø": "o", "å": "a", "æ": "ae", "é": "e",
})  # fmt: skip


def translit(s: str) -> str:
    """Latin spelling of a Russian (or Norwegian) word, capitalisation kept on the first letter."""
    out = s.lower().translate(RU_TRANSLIT)
    return out[:1].upper() + out[1:] if s[:1].isupper() else out


# hard-negative material: the business's own lines and branches, destinations
COMPANY_PHONE = {
    "en": ["0345 600 3172", "0800 917 4420", "0330 088 2561"],
    "nl": ["088 244 6100", "0900 123 4455", "085 303 7720"],
    "nb": ["815 44 200", "22 86 30 00", "800 41 977"],
    "ru": ["8 800 200-41-17", "8 (800) 301-22-90", "+7 495 989-14-40"],
}
COMPANY_ADDRESS = {
    "en": ["Unit 5, Riverside Retail Park", "14 Guildhall Street", "Market Hall, Bridge Street"],
    "nl": ["Stationsplein 14", "Winkelcentrum De Bogaard, unit 22", "Vismarkt 3"],
    "nb": ["Torggata 9", "Strandkaien 2", "Amfi Kremmergården, 2. etg"],
    "ru": ["пр. Ленина, д. 15", "ТЦ «Галерея», 2 этаж", "ул. Тверская, 7"],
}
DESTINATION = {
    "en": ["Reykjavik", "Porto", "Valencia", "Krakow", "Nice", "Split"],
    "nl": ["Bonaire", "Sevilla", "Napels", "Kopenhagen", "Wenen", "Malta"],
    "nb": ["Kreta", "Nice", "Riga", "Praha", "Tenerife", "Mallorca"],
    "ru": ["Ереван", "Мурманск", "Калининград", "Стамбул", "Бишкек", "Ташкент"],
}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "nb": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
           "oktober", "november", "desember"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
           "октября", "ноября", "декабря"],
}  # fmt: skip
EDITED = {"en": " <This message was edited>", "nl": " <Dit bericht is bewerkt>"}
SPELL = {  # how people spell the '.' and '@' of an e-mail address out loud
    "en": (["dot", "dot", "period"], ["at", "at", "(at)"]),
    "nl": (["punt", "punt", "puntje"], ["apestaart", "at", "apenstaartje"]),
    "nb": (["punktum", "prikk", "dot"], ["alfakrøll", "krøllalfa", "at"]),
    "ru": (["точка", "точка", "tochka"], ["собака", "собачка", "sobaka"]),
}


# ---------------------------------------------------------------------------------------
# labelled values with a ledger (canonical value and checksum kind) for the test
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class L(E):
    """A labelled span that also carries its canonical value for the set's own test."""

    kind: str = ""
    value: str = ""
    group: str = ""
    typo: bool = False


@dataclass
class V:
    text: str
    type: str
    kind: str
    value: str


class Ctx:
    def __init__(self, rng: random.Random, lang: str, cls: str, conv_id: str) -> None:
        self.rng, self.lang, self.cls, self.conv_id = rng, lang, cls, conv_id
        self.n_groups = 0
        self.topic = "account"
        self.no_greeting = False
        self.no_prelude = False

    def pick(self, table: dict[str, list[str]] | list[str]) -> str:
        return self.rng.choice(table[self.lang] if isinstance(table, dict) else table)

    def group(self) -> str:
        self.n_groups += 1
        return f"{self.conv_id}/g{self.n_groups}"


def ent(v: V, cls: str, text: str | None = None, group: str = "", typo: bool = False, value: str | None = None) -> L:
    return L(text if text is not None else v.text, v.type, cls, v.kind, v.value if value is None else value, group, typo)


def person(c: Ctx, lang: str | None = None) -> tuple[str, str, str]:
    """(first, last, patronymic-or-empty) from this file's tables."""
    lang = lang or c.lang
    first, last = c.rng.choice(FIRST[lang]), c.rng.choice(LAST[lang])
    pat = ""
    if lang == "ru":
        fem = first in RU_FEM
        last = last + "а" if fem else last
        pat = c.rng.choice(RU_PATRONYMIC)[1 if fem else 0]
    return first, last, pat


def name_v(c: Ctx, style: int | None = None, surname: str | None = None) -> V:
    first, last, pat = person(c)
    if surname:
        last = surname
    s = c.rng.randint(0, 3) if style is None else style
    if c.lang == "ru" and s == 3:
        text = f"{last} {first} {pat}"  # ФИО order, as on forms
    elif s == 1:
        text = f"{first} {last}".lower()
    elif s == 2 and c.lang == "ru":
        text = translit(f"{first} {last}")
    else:
        text = f"{first} {last}"
    return V(text, "PERSON", "name", text)


def ordinal(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def date_str(c: Ctx, d: int, m: int, y: int, style: int | None = None) -> str:
    yy = f"{y % 100:02d}"
    forms = {
        "en": [f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{yy}", f"{ordinal(d)} {MONTHS['en'][m - 1]} {y}",
               f"{d} {MONTHS['en'][m - 1][:3]} {y}", f"{y}-{m:02d}-{d:02d}", f"{d}.{m}.{y}"],
        "nl": [f"{d}-{m}-{y}", f"{d:02d}-{m:02d}-{y}", f"{d} {MONTHS['nl'][m - 1]} {y}",
               f"{d}-{m}-'{yy}", f"{d:02d}{m:02d}{y}", f"{d}/{m}/{y}"],
        "nb": [f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.{yy}", f"{d}. {MONTHS['nb'][m - 1]} {y}",
               f"{d}/{m}-{y}", f"{d:02d}{m:02d}{yy}", f"{d:02d}.{m:02d}.{y}"],
        "ru": [f"{d:02d}.{m:02d}.{y}", f"{d} {MONTHS['ru'][m - 1]} {y}", f"{d:02d}.{m:02d}.{yy}",
               f"{d}/{m}/{y}", f"{d:02d}-{m:02d}-{y}", f"{d:02d}.{m:02d}.{y}"],
    }[c.lang]
    return forms[c.rng.randrange(len(forms)) if style is None else style]


def dob_v(c: Ctx, style: int | None = None) -> V:
    d, m, y = c.rng.randint(1, 28), c.rng.randint(1, 12), c.rng.randint(1941, 2017)
    return V(date_str(c, d, m, y, style), "DATE_OF_BIRTH", "dob", f"{y:04d}-{m:02d}-{d:02d}")


def grouped(s: str, sizes: list[int], sep: str) -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(p for p in out if p)


def cust_v(c: Ctx, style: int | None = None) -> V:
    n = digits(c.rng, c.rng.choice([7, 8, 9, 10]))
    s = c.rng.randint(0, 5) if style is None else style
    text = [n, grouped(n, [4, 4], " "), grouped(n, [3, 3], "-"), grouped(n, [4], "."), grouped(n, [3, 3], "_"), n][s]
    return V(text, "CUSTOMER_NUMBER", "customer", n)


def booking_v(c: Ctx, lower: bool | None = None) -> V:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    while True:
        v = "".join(c.rng.choice(alphabet) for _ in range(6))
        if any(ch.isdigit() for ch in v) and sum(ch.isalpha() for ch in v) >= 2:
            break
    low = c.rng.random() < 0.3 if lower is None else lower
    return V(v.lower() if low else v, "BOOKING_REFERENCE", "booking", v)


PASSPORT_COUNTRIES = {
    "en": ["GB", "GB", "IE", "DE", "PL"],
    "nl": ["NL", "NL", "NL", "BE", "DE"],
    "nb": ["NO", "NO", "NO", "SE", "PL"],
    "ru": ["RU", "RU", "RUI", "BY", "RU"],
}


def passport_v(c: Ctx, country: str | None = None) -> V:
    r = c.rng
    cc = country or r.choice(PASSPORT_COUNTRIES[c.lang])
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if cc == "NL":
        v = r.choice("NB") + r.choice(letters) + "".join(r.choice(letters + "0123456789") for _ in range(6)) + r.choice("0123456789")
        text = v
    elif cc == "BE":
        v = "".join(r.choice(letters) for _ in range(2)) + digits(r, 6)
        text = v
    elif cc == "DE":
        v = "C" + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
        text = v
    elif cc == "NO":
        v = r.choice(["FH", "FK", "FP", "FS", "FM"]) + digits(r, 7, first_nonzero=False)
        text = v
    elif cc == "SE":
        v = digits(r, 8)
        text = v
    elif cc == "PL":
        v = "".join(r.choice(letters) for _ in range(2)) + digits(r, 7)
        text = v
    elif cc == "IE":
        v = "P" + r.choice(letters) + digits(r, 7)
        text = v
    elif cc == "BY":
        v = r.choice(["MP", "MC", "AB"]) + digits(r, 7)
        text = v
    elif cc == "RUI":  # internal passport: series of 4 digits, number of 6
        v = digits(r, 4) + digits(r, 6, first_nonzero=False)
        text = r.choice([f"{v[:2]} {v[2:4]} {v[4:]}", f"{v[:4]} {v[4:]}", f"{v[:4]} №{v[4:]}"])
    elif cc == "RU":  # international passport: 2 + 7 digits
        v = f"{r.randint(70, 77)}{digits(r, 7)}"
        text = r.choice([f"{v[:2]} {v[2:]}", v, f"{v[:2]}№{v[2:]}"])
    else:  # GB
        v = digits(r, 9)
        text = v
    if c.rng.random() < 0.2:
        text = text.lower()
    return V(text, "PASSPORT", "passport", v)


REGION = {"en": "GB", "nl": "NL", "nb": "NO", "ru": "RU"}


def phone_v(c: Ctx, style: int | None = None, lang: str | None = None) -> V:
    lang = lang or c.lang
    r = c.rng
    region = REGION[lang]
    while True:
        if lang == "nl":
            nat = "6" + r.choice("12345") + digits(r, 7, first_nonzero=False)
        elif lang == "nb":
            nat = r.choice("49") + digits(r, 7, first_nonzero=False)
        elif lang == "ru":
            nat = "9" + r.choice("0125689") + digits(r, 8, first_nonzero=False)
        else:
            nat = "7" + r.choice("45789") + digits(r, 8, first_nonzero=False)
        num = phonenumbers.parse(nat, region)
        if phonenumbers.is_valid_number(num):
            break
    e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    cc = e164[1 : len(e164) - len(nat)]
    s = r.randint(0, 6) if style is None else style
    if s == 0:
        text = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    elif s == 1:
        text = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    elif s == 2:  # dots
        text = {"nl": f"06.{nat[1:3]}.{nat[3:5]}.{nat[5:7]}.{nat[7:]}", "nb": f"{nat[:3]}.{nat[3:5]}.{nat[5:]}",
                "ru": f"8.{nat[:3]}.{nat[3:6]}.{nat[6:8]}.{nat[8:]}", "en": f"0{nat[:4]}.{nat[4:7]}.{nat[7:]}"}[lang]
    elif s == 3 and lang == "ru":
        text = f"+7 ({nat[:3]}) {nat[3:6]} {nat[6:8]} {nat[8:]}"
    elif s == 3:  # 00 prefix
        text = f"00{cc} {nat[:3]} {nat[3:]}"
    elif s == 4:  # underscores / slashes
        text = {"nl": f"06/{nat[1:]}", "nb": f"{nat[:3]}_{nat[3:5]}_{nat[5:]}", "ru": f"+7_{nat[:3]}_{nat[3:6]}_{nat[6:]}",
                "en": f"0{nat[:4]}/{nat[4:]}"}[lang]
    elif s == 5:
        text = f"+{cc}{nat}"
    else:
        text = {"nl": f"06-{nat[1:]}", "nb": f"{nat[:3]} {nat[3:5]} {nat[5:]}", "ru": f"8{nat}", "en": f"0{nat[:4]} {nat[4:]}"}[lang]
    return V(text, "PHONE_NUMBER", "phone", e164)


def email_v(c: Ctx, first: str | None = None, last: str | None = None) -> V:
    if first is None or last is None:
        first, last, _ = person(c)
    f, la = translit(first).lower(), translit(last).lower().replace(" ", "")
    r = c.rng
    local = r.choice([f"{f}.{la}", f"{f[0]}.{la}", f"{f}{la}{r.randint(1, 99)}", f"{la}.{f}", f"{f}_{la}", f"{f}{r.randint(1970, 2005)}"])
    dom = r.choice({
        "en": ["gmail.com", "btinternet.com", "outlook.com", "sky.com", "proton.me"],
        "nl": ["gmail.com", "ziggo.nl", "kpnmail.nl", "planet.nl", "hotmail.nl"],
        "nb": ["gmail.com", "online.no", "hotmail.no", "lyse.net", "getmail.no"],
        "ru": ["mail.ru", "yandex.ru", "gmail.com", "inbox.ru", "list.ru"],
    }[c.lang])
    addr = f"{local}@{dom}"
    return V(addr, "EMAIL_ADDRESS", "email", addr)


def iban_v(c: Ctx, country: str | None = None) -> V:
    r = c.rng
    cc = country or {"en": r.choice(["GB", "GB", "IE", "DE"]), "nl": r.choice(["NL", "NL", "NL", "BE"]),
                     "nb": "NO", "ru": r.choice(["DE", "NL"])}[c.lang]
    if cc in ("NL", "GB", "NO"):
        text = iban(r, cc)
    elif cc == "BE":
        text = str(IBAN.generate("BE", bank_code=r.choice(["539", "063", "001", "310"]), account_code=digits(r, 7, first_nonzero=False)).formatted)
    elif cc == "DE":
        text = str(IBAN.generate("DE", bank_code=r.choice(["50010517", "10010010", "37040044", "20041111"]), account_code=digits(r, 10)).formatted)
    else:  # IE
        text = str(IBAN.generate("IE", bank_code=r.choice(["AIBK", "BOFI"]), branch_code=digits(r, 6), account_code=digits(r, 8)).formatted)
    compact = text.replace(" ", "")
    s = r.randint(0, 5)
    if s == 1:
        text = compact
    elif s == 2:
        text = compact.lower()
    elif s == 3:
        text = text.replace(" ", ".")
    return V(text, "IBAN_CODE", "iban", compact)


def acct_v(c: Ctx) -> V:
    """A domestic account (BANK_ACCOUNT) where people use one, else an IBAN."""
    r = c.rng
    if c.lang in ("nb", "ru") and r.random() < 0.2:  # Norwegian IBAN; a Russian customer's account abroad
        return iban_v(c)
    if c.lang == "nb":
        k = no_kontonr(r)
        text = r.choice([k, f"{k[:4]}.{k[4:6]}.{k[6:]}", f"{k[:4]} {k[4:6]} {k[6:]}"])
        return V(text, "BANK_ACCOUNT", "kontonr", k)
    if c.lang == "ru":
        a = ru_account(r)
        text = r.choice([a, f"{a[:5]} {a[5:8]} {a[8]} {a[9:13]} {a[13:]}", f"{a[:4]} {a[4:8]} {a[8:12]} {a[12:16]} {a[16:]}"])
        return V(text, "BANK_ACCOUNT", "ru_account", a)
    return iban_v(c)


def nid_v(c: Ctx) -> V:
    r = c.rng
    if c.lang == "nb" or (c.lang == "en" and r.random() < 0.4):
        v, _ = no_fnr(r)
        text = r.choice([v, f"{v[:6]} {v[6:]}"])
        return V(text, "NATIONAL_ID", "fnr", v)
    if c.lang == "ru":
        if r.random() < 0.5:
            s = ru_snils(r)
            text = r.choice([s, s.replace("-", " "), s.replace("-", "").replace(" ", "")])
            return V(text, "NATIONAL_ID", "snils", s.replace("-", "").replace(" ", ""))
        v = ru_inn(r)
        return V(v, "NATIONAL_ID", "inn", v)
    v = nl_bsn(r)
    text = r.choice([v, f"{v[:4]}.{v[4:6]}.{v[6:]}", f"{v[:3]} {v[3:6]} {v[6:]}"])
    return V(text, "NATIONAL_ID", "bsn", v)


CARD_PREFIXES = {
    "en": ["4", "4", "51", "53", "34", "37", "2221"],
    "nl": ["4", "55", "52", "6703", "37"],
    "nb": ["4", "4", "54", "2223", "37"],
    "ru": ["2200", "2202", "2204", "4", "54", "62"],
}


def card_v(c: Ctx) -> V:
    r = c.rng
    prefix = r.choice(CARD_PREFIXES[c.lang])
    length = 15 if prefix in ("34", "37") else 16
    body = prefix + digits(r, length - len(prefix) - 1, first_nonzero=False)
    num = body + luhn.calc_check_digit(body)
    sizes = [4, 6, 5] if length == 15 else [4, 4, 4, 4]
    text = r.choice([grouped(num, sizes, " "), num, grouped(num, sizes, "-"), grouped(num, sizes, " ")])
    if r.random() < 0.12 and length == 16:
        text = grouped(num, sizes, "/")
    return V(text, "CREDIT_CARD", "card", num)


def ticket_v(c: Ctx) -> V:
    prefix = c.rng.choice({"en": ["125", "220", "057"], "nl": ["074", "057", "074"], "nb": ["117", "328", "117"], "ru": ["555", "262", "555"]}[c.lang])
    v = prefix + digits(c.rng, 10, first_nonzero=False)
    text = c.rng.choice([v, f"{v[:3]}-{v[3:]}", f"{v[:3]} {v[3:7]} {v[7:]}"])
    return V(text, "TICKET_NUMBER", "ticket", v)


def ip_v(c: Ctx) -> V:
    v = f"{c.rng.choice(['203.0.113', '198.51.100', '192.0.2'])}.{c.rng.randint(2, 254)}"
    return V(v, "IP_ADDRESS", "ip", v)


def address_v(c: Ctx, lower: bool | None = None, lang: str | None = None) -> V:
    lang = lang or c.lang
    r = c.rng
    street = r.choice(STREETS[lang])
    city, pc = r.choice(CITIES[lang])
    no = r.randint(1, 160)
    if lang == "en":
        s = r.choice([f"{no} {street}, {city} {pc}", f"flat {r.randint(1, 12)}, {no} {street}\n{city}\n{pc}",
                      f"{no}{r.choice('ab')} {street} {city} {pc}", f"{no} {street}, {city}, {pc}",
                      f"{r.choice(['Rose Cottage', 'The Old Forge', 'Ivy House'])}, {street}, {city} {pc}"])
    elif lang == "nl":
        toev = r.choice(["", "", "-2", " hs", "-bis", "A", " III", "-1hg"])
        pcs = pc.replace(" ", "") if r.random() < 0.5 else pc
        s = r.choice([f"{street} {no}{toev} {pcs} {city}", f"{street} {no}{toev}, {pcs} {city}",
                      f"{street} {no}{toev}\n{pcs} {city}", f"{street} {no}{toev} te {city}"])
    elif lang == "nb":
        letter = r.choice(["", "", "B", "a", "C"])
        h = f"H0{r.randint(1, 4)}0{r.randint(1, 6)}"
        s = r.choice([f"{street} {no}{letter}, {pc} {city}", f"{street} {no}{letter} {h}, {pc} {city}",
                      f"{street} {no}{letter} {pc} {city}", f"{street} {no}{letter}, {city}"])
    else:
        apt = r.randint(1, 240)
        translit_form = r.random() < 0.15
        s = r.choice([f"г. {city}, {street}, д. {no}, кв. {apt}", f"{pc}, г. {city}, {street}, {no}-{apt}",
                      f"{city}, {street} {no} корп. {r.randint(1, 4)} кв {apt}", f"{street}, {no}, кв. {apt}, {city}"])
        if translit_form:
            s = f"g. {translit(city)}, {translit(street.replace('ул. ', 'ul. ').replace('пр. ', 'pr. '))} {no}-{apt}"
    low = r.random() < 0.6 if lower is None else lower
    s = s.lower() if low else s
    return V(s, "LOCATION", "address", s)


# ---------------------------------------------------------------------------------------
# disguises
# ---------------------------------------------------------------------------------------


def spell_email(c: Ctx, addr: str) -> str:
    dots, ats = SPELL[c.lang]
    dot, at = c.rng.choice(dots), c.rng.choice(ats)
    if c.lang == "ru" and c.rng.random() < 0.3:
        dot, at = "tochka", "sobaka"  # transliterated chat
    local, dom = addr.split("@")
    under = {"en": "underscore", "nl": "underscore", "nb": "understrek", "ru": "нижнее подчёркивание"}[c.lang]
    local = local.replace("_", f" {under} ").replace(".", f" {dot} ")
    dom = dom.replace(".", f" {dot} ")
    if at == "(at)":
        dom = dom.replace(f" {dot} ", " (dot) ")
    return f"{local} {at} {dom}"


def words_for(c: Ctx, value: str, mixed: bool = False) -> str:
    """Digits as words; ``mixed`` keeps about half of them as digits. English may say 'oh' and 'double'."""
    words = NUMBER_WORDS[c.lang]
    out: list[str] = []
    chars = [ch for ch in value if ch.isalnum() or ch == "+"]
    i = 0
    while i < len(chars):
        ch = chars[i]
        if ch == "+":
            out.append({"en": "plus", "nl": "plus", "nb": "pluss", "ru": "плюс"}[c.lang])
        elif not ch.isdigit():
            out.append(ch)
        elif mixed and c.rng.random() < 0.5:
            out.append(ch)
        elif c.lang == "en" and i + 1 < len(chars) and chars[i + 1] == ch and c.rng.random() < 0.5:
            out.append(f"double {'oh' if ch == '0' else words[int(ch)]}")
            i += 1
        elif c.lang == "en" and ch == "0" and c.rng.random() < 0.6:
            out.append("oh")
        else:
            out.append(words[int(ch)])
        i += 1
    return " ".join(out)


def fullwidth(s: str) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if ch.isdigit() else ch for ch in s)


# ---------------------------------------------------------------------------------------
# phrase tables
# ---------------------------------------------------------------------------------------

Q = {  # the agent asking for one value; some with the typos agents make
    "customer": {
        "en": ["What's your customer number?", "Can I take your account number please?", "membership no. pls?",
               "could you give me your custmer number?", "Have you got your account reference handy?"],
        "nl": ["Wat is uw klantnummer?", "Mag ik je klantnummer?", "klantnumer graag", "Heeft u uw lidnummer bij de hand?",
               "Wat is het klantnr. waaronder u bekend bent?"],
        "nb": ["Hva er kundenummeret ditt?", "Kan du oppgi kundenr?", "kundenumeret ditt?", "Har du medlemsnummeret for hånden?",
               "Hvilket kundenummer står på fakturaen?"],
        "ru": ["Ваш номер клиента?", "Подскажите номер договора, пожалуйста", "номер клента?", "Номер лицевого счёта назовите, пожалуйста",
               "Какой у вас номер участника программы?"],
    },
    "booking": {
        "en": ["What's the booking reference?", "booking ref?", "Can you send me the reservation code?", "bookng code pls",
               "Which booking is it? The 6-character code from the confirmation"],
        "nl": ["Wat is de boekingscode?", "Reserveringsnummer?", "boekingskode?", "Mag ik het dossiernummer van de boeking?",
               "Welke boeking gaat het om? (6 tekens)"],
        "nb": ["Hva er bestillingsreferansen?", "Referansenummeret på bestillingen?", "bookingnr?", "Har du bestillingskoden?",
               "Hvilken bestilling gjelder det? Koden har 6 tegn"],
        "ru": ["Номер бронирования?", "код брони подскажите", "Назовите код бронирования (6 символов)", "номер брони пжл",
               "Какой у вас номер заказа на перелёт? Код из 6 символов"],
    },
    "passport": {
        "en": ["Passport number?", "pasport nr?", "And the passport number for the traveller?", "What's the number on your passport?",
               "I also need the travel document number"],
        "nl": ["Wat is het paspoortnummer?", "Documentnummer van je paspoort?", "paspoortnumer?", "Welk paspoortnummer mag ik noteren?",
               "Het nummer van het reisdocument graag"],
        "nb": ["Hva er passnummeret?", "passnr?", "Nummeret på passet ditt?", "Hvilket passnummer skal stå på billetten?",
               "Trenger passnummer også"],
        "ru": ["Номер загранпаспорта?", "Серия и номер паспорта?", "номер паспотра?", "Укажите номер документа, пожалуйста",
               "А данные паспорта?"],
    },
    "dob": {
        "en": ["Date of birth?", "And your DOB?", "Can you confirm your date of brith?", "When were you born?",
               "For security, your birth date please"],
        "nl": ["Wat is uw geboortedatum?", "geboortedatun?", "Wanneer bent u geboren?", "Ter controle: je geboortedatum?",
               "En de geboortedatum?"],
        "nb": ["Fødselsdato?", "fødselsdatoen din?", "Når er du født?", "Kan du bekrefte fødselsdatoen?", "fødselsdao?"],
        "ru": ["Дата рождения?", "Ваша дата рожденья?", "Когда вы родились?", "Для проверки — дата рождения?", "дату рождения подскажите"],
    },
    "phone": {
        "en": ["Best number to reach you on?", "What's your mobile number?", "Which number can the driver call?", "mob no?"],
        "nl": ["Op welk nummer kunnen we u bereiken?", "06-nummer?", "Welk nummer mag de bezorger bellen?", "telefoonnumer?"],
        "nb": ["Hvilket nummer kan vi nå deg på?", "mobilnr?", "Hvilket nummer kan sjåføren ringe?", "telefonnummeret ditt?"],
        "ru": ["По какому номеру с вами связаться?", "Ваш мобильный?", "Номер для курьера?", "телефон для связи?"],
    },
    "email": {
        "en": ["What's your email address?", "Email to send the receipt to?", "which email is the account under?"],
        "nl": ["Wat is je e-mailadres?", "Naar welk mailadres mag ik het sturen?", "emailadres?"],
        "nb": ["Hvilken e-postadresse skal vi bruke?", "epost?", "Hvilken e-post er kontoen registrert på?"],
        "ru": ["Ваш адрес электронной почты?", "На какую почту отправить?", "email для чека?"],
    },
    "account": {
        "en": ["Which account should the refund go to?", "IBAN for the refund?", "Bank details for the refund please"],
        "nl": ["Op welk rekeningnummer wilt u het terug?", "IBAN?", "Naar welke rekening mag de terugbetaling?"],
        "nb": ["Hvilket kontonummer skal vi betale tilbake til?", "kontonr for refusjon?", "Hvilken konto skal pengene inn på?"],
        "ru": ["На какой счёт вернуть деньги?", "Номер счёта для возврата?", "реквизиты для возврата — номер счёта?"],
    },
    "nid": {
        "en": ["We need your national ID number for the contract (BSN or fødselsnummer)", "What's your personal ID number?", "national id no.?"],
        "nl": ["Wat is uw BSN?", "burgerservicenummer?", "Mag ik je BSN voor het contract?"],
        "nb": ["Hva er fødselsnummeret ditt (11 siffer)?", "personnummer?", "Fødselsnr for kredittsjekken?"],
        "ru": ["Ваш СНИЛС или ИНН?", "ИНН подскажите", "СНИЛС для договора?"],
    },
    "name": {
        "en": ["Under which name is the booking?", "Who's the account holder?", "Name of the passenger?"],
        "nl": ["Op welke naam staat de boeking?", "Wie is de contracthouder?", "Naam van de reiziger?"],
        "nb": ["Hvilket navn står bestillingen på?", "Hvem står som kontoinnehaver?", "Navn på passasjeren?"],
        "ru": ["На чьё имя бронирование?", "ФИО владельца договора?", "Как зовут пассажира?"],
    },
    "address": {
        "en": ["Where should we send it?", "What's the delivery address?", "And where are we posting the new card to?",
               "Where do you want the engineer to come?", "new addy?"],
        "nl": ["Naar welk adres mogen we het sturen?", "Wat is het nieuwe adres?", "Waar moet het pakket heen?",
               "Waar mag de monteur langskomen?", "Bezorgadres?"],
        "nb": ["Hvor skal vi sende det?", "Hvilken adresse skal pakken til?", "Hvor bor du nå?",
               "Hvor skal montøren komme?", "Leveringsadresse?"],
        "ru": ["Куда отправить?", "Адрес доставки?", "Куда привезти роутер?", "Куда подъехать мастеру?", "куда доставить?"],
    },
    "card": {
        "en": ["Which card did you pay with? I need the full number to trace the payment"],
        "nl": ["Met welke creditcard is betaald? Ik heb het volledige nummer nodig om de betaling te traceren"],
        "nb": ["Hvilket kort betalte du med? Jeg trenger hele kortnummeret for å spore betalingen"],
        "ru": ["Какой картой оплачивали? Нужен полный номер, чтобы найти платёж"],
    },
    "ticket": {
        "en": ["What's the e-ticket number? 13 digits, starts with the airline code"],
        "nl": ["Wat is het ticketnummer (13 cijfers)?"],
        "nb": ["Hva er billettnummeret (13 siffer)?"],
        "ru": ["Номер электронного билета (13 цифр)?"],
    },
}
SLOT_VALUE = {
    "customer": cust_v, "booking": booking_v, "passport": passport_v, "dob": dob_v, "phone": phone_v,
    "email": email_v, "account": acct_v, "nid": nid_v, "name": name_v, "address": address_v, "ticket": ticket_v,
}
TOPIC = {"booking": "travel", "passport": "travel", "ticket": "travel", "name": "travel", "dob": "travel", "address": "delivery"}
NEG_BY_TOPIC = {
    "travel": ["travel_date", "destination", "seat", "amount", "time", "company_phone", "case_number", "voucher_code"],
    "account": ["order_number", "amount", "time", "company_phone", "company_address", "case_number", "voucher_code", "product_code"],
    "delivery": ["order_number", "tracking_number", "time", "product_code", "company_phone", "company_address", "amount", "case_number"],
}
OPEN = {
    "travel": {
        "en": ["hi, I need to change the return date of my flight", "Hello! Our flight got cancelled and nobody emailed us",
               "hey, can I add a suitcase to my trip?", "Hi there, I booked the wrong day, can it be moved?"],
        "nl": ["hoi, ik wil mijn terugvlucht omboeken", "Goedemiddag, onze vlucht is geannuleerd en we horen niks",
               "hey kan ik nog een koffer bijboeken?", "Hallo, ik heb per ongeluk de verkeerde dag geboekt"],
        "nb": ["hei, jeg må endre returdatoen", "Hei! Flyet vårt ble kansellert og vi har ikke fått beskjed",
               "kan jeg legge til en koffert på reisen?", "Hei, jeg bestilte feil dag, kan det flyttes?"],
        "ru": ["здравствуйте, хочу поменять дату обратного вылета", "Добрый день! Наш рейс отменили, а нам никто не написал",
               "можно докупить багаж?", "Здравствуйте, я ошибся датой при покупке, можно перенести?"],
    },
    "delivery": {
        "en": ["hi, I ordered a replacement bank card last week", "Hello, when is my new router coming?",
               "hi, the parcel came back to you as undeliverable??", "hiya, I've moved and the meter reading kit went to the old place"],
        "nl": ["hoi, ik heb vorige week een nieuwe pas aangevraagd", "Hallo, wanneer komt mijn nieuwe modem?",
               "hey, het pakket is teruggestuurd als onbestelbaar??", "hoi, ik ben verhuisd en de meterkast-set ging naar het oude adres"],
        "nb": ["hei, jeg bestilte nytt bankkort forrige uke", "Hei, når kommer den nye ruteren?",
               "hei, pakken ble returnert som ikke levert??", "hei, har flyttet og målerbrikken ble sendt til gammel adresse"],
        "ru": ["здравствуйте, заказывал перевыпуск карты на прошлой неделе", "Добрый день, когда привезут новый роутер?",
               "посылка вернулась к вам как невручённая??", "здравствуйте, я переехал, а счётчик отправили на старый адрес"],
    },
    "account": {
        "en": ["hi, my last bill is double what it normally is", "Hello, my parcel says delivered but it isn't here",
               "I'd like to cancel my contract please", "hiya, I've moved and need to update my details"],
        "nl": ["hoi, mijn laatste rekening is twee keer zo hoog", "Hallo, volgens de app is mijn pakket bezorgd maar ik heb niks",
               "Ik wil graag mijn abonnement opzeggen", "hey, ik ben verhuisd en wil mijn gegevens aanpassen"],
        "nb": ["hei, siste faktura er dobbelt så høy som vanlig", "Hei, pakken står som levert men den er ikke her",
               "Jeg vil si opp abonnementet", "hei, jeg har flyttet og må oppdatere opplysningene"],
        "ru": ["здравствуйте, пришёл счёт в два раза больше обычного", "Добрый день, посылка числится доставленной, но её нет",
               "хочу расторгнуть договор", "здравствуйте, я переехал, нужно обновить данные"],
    },
}
HOLD = {
    "en": ["one sec, looking for it", "hang on, it's in my other email", "2 mins", "brb getting my wallet"],
    "nl": ["momentje, even zoeken", "wacht even, staat in mijn andere mail", "sec", "even mijn pasje pakken"],
    "nb": ["øyeblikk, må finne den", "vent litt, den ligger i den andre e-posten", "sek", "må finne lommeboka"],
    "ru": ["секунду, ищу", "минутку, это в другой почте", "щас", "сейчас, достану паспорт"],
}
ACK = {
    "en": ["Thanks, I've found it.", "Perfect, thank you!", "Great, that's all I needed.", "Lovely, one moment while I check."],
    "nl": ["Dank u, ik heb het gevonden.", "Top, dank je!", "Helemaal goed.", "Fijn, ik kijk even mee."],
    "nb": ["Takk, fant den.", "Supert, takk!", "Flott, da har jeg det jeg trenger.", "Takk, et øyeblikk mens jeg sjekker."],
    "ru": ["Спасибо, вижу вашу заявку.", "Отлично, спасибо!", "Всё, этого достаточно.", "Благодарю, минутку, проверяю."],
}
GREET = {
    "en": ["Hi, you're chatting with {a} from {b} 👋 How can I help?", "Hello, {a} here. What can I do for you today?"],
    "nl": ["Hoi, je chat met {a} van {b}. Waarmee kan ik helpen?", "Goedemiddag, u spreekt met {a}. Wat kan ik voor u doen?"],
    "nb": ["Hei, du chatter med {a} i {b}. Hva kan jeg hjelpe med?", "Hei! {a} her. Hva gjelder det?"],
    "ru": ["Здравствуйте, меня зовут {a}, {b}. Чем помочь?", "Добрый день! На связи {a}. Слушаю вас"],
}
BOT_HANDOVER = {
    "en": ("🤖 Before I connect you: please type your {what}.", "You're now connected to {a}."),
    "nl": ("🤖 Voordat ik je doorverbind: typ je {what}.", "Je bent nu verbonden met {a}."),
    "nb": ("🤖 Før jeg setter deg over: skriv inn {what}.", "Du er nå koblet til {a}."),
    "ru": ("🤖 Перед соединением с оператором введите {what}.", "Вас соединили с оператором: {a}."),
}
BOT_WHAT = {
    "customer": {"en": "customer number", "nl": "klantnummer", "nb": "kundenummeret ditt", "ru": "номер договора"},
    "booking": {"en": "booking code", "nl": "boekingscode", "nb": "bestillingskoden", "ru": "код брони"},
    "dob": {"en": "date of birth", "nl": "geboortedatum", "nb": "fødselsdatoen din", "ru": "дату рождения"},
    "phone": {"en": "mobile number", "nl": "mobiele nummer", "nb": "mobilnummeret ditt", "ru": "номер телефона"},
}
SUFFIX = {
    "en": ["", "", "", " thanks", " 👍", ".", " ta", " 🙏"],
    "nl": ["", "", "", " dankje", " 👍", ".", " toppie", " 🙏"],
    "nb": ["", "", "", " takk", " 👍", ".", " 😊", " 🙏"],
    "ru": ["", "", "", " спасибо", " 👍", ".", " )", " 🙏"],
}


def bare_turn(c: Ctx, v: V, cls: str = "bare_answer", allow_edit: bool = True) -> list[Part]:
    parts: list[Part] = [ent(v, cls)]
    suf = c.pick(SUFFIX)
    if allow_edit and c.lang in EDITED and c.rng.random() < 0.12:
        suf = EDITED[c.lang]
    if c.rng.random() < 0.15:
        parts.insert(0, c.pick({"en": ["it's ", "its ", "um "], "nl": ["het is ", "eh ", "is "], "nb": ["det er ", "eh ", "den er "], "ru": ["это ", "эм ", "вот: "]}))
    if suf:
        parts.append(suf)
    return parts


# ---------------------------------------------------------------------------------------
# hard negatives
# ---------------------------------------------------------------------------------------


def neg_value(c: Ctx, kind: str) -> str:
    r = c.rng
    if kind == "order_number":
        return r.choice(["", "#", "WEB-", "B", "NR"]) + digits(r, r.choice([7, 8, 9]))
    if kind == "travel_date":
        d, m, y = r.randint(1, 28), r.randint(1, 12), 2027  # the chats are from December 2026
        return date_str(c, d, m, y, r.choice([0, 2, 5]))
    if kind == "destination":
        return c.pick(DESTINATION)
    if kind == "amount":
        a, cts = r.randint(9, 1900), r.randint(0, 99)
        return {"en": [f"£{a}.{cts:02d}", f"€{a}", f"£{a:,}"], "nl": [f"€ {a},{cts:02d}", f"{a},{cts:02d} euro", f"€{a},-"],
                "nb": [f"{a} kr", f"kr {a},-", f"{a:,} kr".replace(",", " ")], "ru": [f"{a} ₽", f"{a * 10} руб.", f"{a},{cts:02d} р."]}[c.lang][r.randrange(3)]
    if kind == "time":
        return r.choice([f"{r.randint(7, 21):02d}:{r.choice(['00', '15', '30', '45'])}", f"{r.randint(7, 21)}.{r.choice(['00', '30'])}"])
    if kind == "tracking_number":
        return {"en": f"{r.choice(['JX', 'LB', 'RE'])}{digits(r, 9)}GB", "nl": f"3S{''.join(r.choice('ABCDEFGHKLMNPRSTVWXZ') for _ in range(4))}{digits(r, 7)}",
                "nb": r.choice([f"70{digits(r, 15, False)}", f"LA{digits(r, 9)}NO"]), "ru": r.choice([digits(r, 14), f"RB{digits(r, 9)}CN"])}[c.lang]
    if kind == "seat":
        return f"{r.randint(1, 34)}{r.choice('ABCDEF')}"
    if kind == "product_code":
        return r.choice([f"{digits(r, 2)}-{digits(r, 4)}-{r.choice(['BL', 'ZW', 'XL', 'GR'])}", digits(r, 10), f"{digits(r, 4)}-{digits(r, 3)}"])
    if kind == "company_phone":
        return c.pick(COMPANY_PHONE)
    if kind == "company_address":
        return c.pick(COMPANY_ADDRESS)
    if kind == "case_number":
        return r.choice([f"CS-{digits(r, 7)}", digits(r, 8), f"2026{digits(r, 4, False)}-{digits(r, 3)}"])
    if kind == "voucher_code":
        return r.choice(["WINTER25", "KADO-7Q2X", "JULEGAVE25", "ZIMA2026", "WELCOME15", "FJORD-7QX2", "SPRING10"])
    raise ValueError(kind)


NEG = {  # (role, template with {n})
    "order_number": {
        "en": [("customer", "it's about order {n}"), ("agent", "I can see order {n} was dispatched yesterday")],
        "nl": [("customer", "het gaat om bestelling {n}"), ("agent", "Ik zie dat bestelling {n} gisteren is verzonden")],
        "nb": [("customer", "det gjelder ordre {n}"), ("agent", "Jeg ser at ordre {n} ble sendt i går")],
        "ru": [("customer", "речь про заказ {n}"), ("agent", "Вижу, заказ {n} отправлен вчера")],
    },
    "travel_date": {
        "en": [("customer", "we fly out on {n} and back a week later"), ("agent", "I can move you to {n}, same time")],
        "nl": [("customer", "we vertrekken op {n}"), ("agent", "Ik kan u omzetten naar {n}, zelfde tijd")],
        "nb": [("customer", "vi reiser {n} og kommer hjem uka etter"), ("agent", "Jeg kan flytte deg til {n}, samme tid")],
        "ru": [("customer", "вылет {n}, обратно через неделю"), ("agent", "Могу перенести на {n}, то же время")],
    },
    "destination": {
        "en": [("customer", "it's the flight to {n}"), ("agent", "There's a seat left on the later flight to {n}")],
        "nl": [("customer", "het is de vlucht naar {n}"), ("agent", "Er is nog plek op de latere vlucht naar {n}")],
        "nb": [("customer", "det er flyet til {n}"), ("agent", "Det er ledig plass på det senere flyet til {n}")],
        "ru": [("customer", "это рейс в {n}"), ("agent", "Есть места на вечерний рейс, направление {n}")],
    },
    "amount": {
        "en": [("customer", "I was charged {n} twice!!"), ("agent", "I've refunded {n}, it takes 3-5 working days")],
        "nl": [("customer", "er is twee keer {n} afgeschreven"), ("agent", "Ik heb {n} teruggestort, duurt 3-5 werkdagen")],
        "nb": [("customer", "jeg ble trukket {n} to ganger"), ("agent", "Jeg har refundert {n}, det tar 3-5 virkedager")],
        "ru": [("customer", "с меня списали {n} два раза"), ("agent", "Вернули {n}, срок зачисления 3–5 рабочих дней")],
    },
    "time": {
        "en": [("agent", "The driver will come between {n} and {n2}"), ("agent", "Our phone team is open until {n} today")],
        "nl": [("agent", "De bezorger komt tussen {n} en {n2}"), ("agent", "We zijn vandaag telefonisch bereikbaar tot {n}")],
        "nb": [("agent", "Sjåføren kommer mellom {n} og {n2}"), ("agent", "Kundeservice på telefon er åpen til {n} i dag")],
        "ru": [("agent", "Курьер приедет с {n} до {n2}"), ("agent", "Горячая линия сегодня работает до {n}")],
    },
    "tracking_number": {
        "en": [("agent", "Your parcel's tracking number is {n}"), ("customer", "tracking says {n} is out for delivery??")],
        "nl": [("agent", "De track & trace is {n}"), ("customer", "track en trace {n} zegt bezorgd")],
        "nb": [("agent", "Sporingsnummeret er {n}"), ("customer", "sporing {n} sier levert")],
        "ru": [("agent", "Трек-номер посылки: {n}"), ("customer", "по треку {n} пишет вручено")],
    },
    "seat": {
        "en": [("customer", "can we keep seats {n} and {n2}?"), ("agent", "I've put you in {n}, window")],
        "nl": [("customer", "kunnen we stoel {n} en {n2} houden?"), ("agent", "Ik heb u op {n} gezet, bij het raam")],
        "nb": [("customer", "kan vi beholde sete {n} og {n2}?"), ("agent", "Du har fått sete {n}, vindu")],
        "ru": [("customer", "можно оставить места {n} и {n2}?"), ("agent", "Пересадили вас на место {n}, у окна")],
    },
    "product_code": {
        "en": [("customer", "the item is {n}, the blue one"), ("agent", "Product {n} is back in stock next week")],
        "nl": [("customer", "het gaat om artikel {n}"), ("agent", "Artikelnummer {n} is volgende week weer leverbaar")],
        "nb": [("customer", "det gjelder varenr. {n}"), ("agent", "Vare {n} er på lager igjen neste uke")],
        "ru": [("customer", "артикул {n}, синий"), ("agent", "Артикул {n} снова будет в наличии на следующей неделе")],
    },
    "company_phone": {
        "en": [("agent", "If it happens again ring us on {n}"), ("agent", "You can also call {n} (free from mobiles)")],
        "nl": [("agent", "Gebeurt het weer, bel dan {n}"), ("agent", "U kunt ook bellen met {n}")],
        "nb": [("agent", "Skjer det igjen, ring oss på {n}"), ("agent", "Du kan også ringe {n}")],
        "ru": [("agent", "Если повторится, звоните по номеру {n}"), ("agent", "Также можно позвонить: {n}")],
    },
    "company_address": {
        "en": [("agent", "You can also pick it up at our branch, {n}"), ("agent", "Returns can go to our shop at {n}")],
        "nl": [("agent", "Ophalen kan ook in onze winkel, {n}"), ("agent", "Retourneren kan bij ons servicepunt {n}")],
        "nb": [("agent", "Du kan også hente den i butikken vår, {n}"), ("agent", "Retur kan leveres på {n}")],
        "ru": [("agent", "Можно забрать в нашем офисе: {n}"), ("agent", "Возврат принимаем по адресу {n}")],
    },
    "case_number": {
        "en": [("agent", "I've logged it under case {n}"), ("customer", "I already have a ticket open, {n}")],
        "nl": [("agent", "Ik heb het vastgelegd onder zaaknummer {n}"), ("customer", "ik heb al een melding lopen, {n}")],
        "nb": [("agent", "Saken er registrert med saksnummer {n}"), ("customer", "jeg har allerede en sak, {n}")],
        "ru": [("agent", "Зарегистрировали обращение № {n}"), ("customer", "у меня уже есть заявка {n}")],
    },
    "voucher_code": {
        "en": [("agent", "As an apology here's a code for next time: {n}")],
        "nl": [("agent", "Als excuus een kortingscode voor de volgende keer: {n}")],
        "nb": [("agent", "Som en unnskyldning får du rabattkoden {n}")],
        "ru": [("agent", "В качестве извинения — промокод {n}")],
    },
}
NEG_KINDS = list(NEG)


HARD_Q = {  # an agent question that looks like one for personal data, answered by a value that is not
    "travel": [
        ("travel_date", {"en": "When do you want to travel?", "nl": "Wanneer wilt u reizen?", "nb": "Når vil du reise?", "ru": "Когда хотите лететь?"}, None),
        ("destination", {"en": "Where are you flying to?", "nl": "Waar vliegt u heen?", "nb": "Hvor skal du?", "ru": "Куда летите?"}, None),
        ("seat", {"en": "Which seat did you have?", "nl": "Welke stoel had u?", "nb": "Hvilket sete hadde du?", "ru": "Какое у вас было место?"}, None),
        ("travel_date", {"en": "Date of birth?", "nl": "Geboortedatum?", "nb": "Fødselsdato?", "ru": "Дата рождения?"},
         {"en": "That's the departure date I think 🙂 never mind, I've found the booking", "nl": "Dat is de vertrekdatum denk ik 🙂 laat maar, ik heb de boeking al",
          "nb": "Det er vel avreisedatoen 🙂 glem det, jeg fant bestillingen", "ru": "Это, кажется, дата вылета 🙂 ничего, бронь уже нашли"}),
        ("travel_date", {"en": "And the date of birth of the lead passenger?", "nl": "En de geboortedatum van de hoofdboeker?",
                         "nb": "Og fødselsdatoen til hovedpassasjeren?", "ru": "А дата рождения основного пассажира?"},
         {"en": "Sorry, I meant when they were born, but I've found the booking anyway", "nl": "Ik bedoelde de geboortedatum, maar ik heb de boeking al gevonden",
          "nb": "Jeg mente når hen er født, men jeg fant bestillingen uansett", "ru": "Имелась в виду дата рождения, но бронь уже нашлась"}),
    ],
    "account": [
        ("order_number", {"en": "What's the order number?", "nl": "Wat is het bestelnummer?", "nb": "Hva er ordrenummeret?", "ru": "Номер заказа?"}, None),
        ("order_number", {"en": "Customer number?", "nl": "Klantnummer?", "nb": "Kundenummer?", "ru": "Номер клиента?"},
         {"en": "That's an order number, but it works too, got you", "nl": "Dat is een bestelnummer, maar daarmee vind ik u ook", "nb": "Det er et ordrenummer, men det går fint, fant deg",
          "ru": "Это номер заказа, но так тоже нашли"}),
        ("amount", {"en": "How much was taken?", "nl": "Hoeveel is er afgeschreven?", "nb": "Hvor mye ble trukket?", "ru": "Сколько списали?"}, None),
    ],
    "delivery": [
        ("tracking_number", {"en": "Have you got the tracking number?", "nl": "Heeft u de track & trace-code?", "nb": "Har du sporingsnummeret?", "ru": "Трек-номер есть?"}, None),
        ("order_number", {"en": "Customer number?", "nl": "Klantnummer?", "nb": "Kundenummer?", "ru": "Номер клиента?"},
         {"en": "That's the order number, fine, I can see it", "nl": "Dat is het bestelnummer, prima, ik zie hem", "nb": "Det er ordrenummeret, greit, jeg ser den",
          "ru": "Это номер заказа, хорошо, вижу"}),
        ("product_code", {"en": "Which item is it?", "nl": "Om welk artikel gaat het?", "nb": "Hvilken vare gjelder det?", "ru": "Какой товар?"}, None),
    ],
}


def hard_pair(c: Ctx) -> list[tuple[str, list[Part]]]:
    kind, q, after = c.rng.choice(HARD_Q[c.topic])
    v = neg_value(c, kind)
    if kind == "product_code":
        v = f"{digits(c.rng, 2)}-{digits(c.rng, 4)}-{c.rng.choice(['BL', 'ZW', 'XL', 'GR'])}"
    turns: list[tuple[str, list[Part]]] = [("agent", [q[c.lang]]), ("customer", bare_neg(c, N(v, kind)))]
    if after:
        turns.append(("agent", [after[c.lang]]))
    return turns


def bare_neg(c: Ctx, n: N) -> list[Part]:
    parts: list[Part] = [n]
    if n.kind == "destination" and c.lang == "ru":
        parts.insert(0, "в ")
    suf = c.pick(SUFFIX)
    return [*parts, suf] if suf else parts


def neg_turn(c: Ctx, kind: str) -> tuple[str, list[Part]]:
    role, tpl = c.rng.choice(NEG[kind][c.lang])
    slots: dict[str, Part] = {"n": N(neg_value(c, kind), kind)}
    if "{n2}" in tpl and kind == "time":
        h = c.rng.randint(8, 18)
        m = c.rng.choice(["00", "30"])
        sep = c.rng.choice([":", "."])
        slots = {"n": N(f"{h}{sep}{m}", kind), "n2": N(f"{h + 2}{sep}{m}", kind)}
    elif "{n2}" in tpl:
        v2 = neg_value(c, kind)
        while v2 == slots["n"].text:  # type: ignore[union-attr]
            v2 = neg_value(c, kind)
        slots["n2"] = N(v2, kind)
    return role, T(tpl, **slots)


# ---------------------------------------------------------------------------------------
# scenarios, one list per class; each returns the turns
# ---------------------------------------------------------------------------------------

Turn = tuple[str, list[Part]]
BARE_SLOTS = ["customer", "booking", "passport", "dob", "phone", "email", "account", "nid", "name", "ticket", "customer", "booking", "dob", "passport"]


def opener(c: Ctx, slot: str) -> Turn:
    c.topic = TOPIC.get(slot, "account")
    return "customer", [c.pick(OPEN[c.topic])]


def b_simple(c: Ctx, slot: str) -> list[Turn]:
    v = SLOT_VALUE[slot](c)
    return [opener(c, slot), ("agent", [c.pick(Q[slot])]), ("customer", bare_turn(c, v)), ("agent", [c.pick(ACK)])]


def b_hold(c: Ctx, slot: str) -> list[Turn]:
    v = SLOT_VALUE[slot](c)
    turns = [opener(c, slot), ("agent", [c.pick(Q[slot])]), ("customer", [c.pick(HOLD)])]
    if c.rng.random() < 0.5:
        turns.append(("agent", [c.pick({"en": ["No rush!", "sure, take your time"], "nl": ["Geen haast!", "prima, neem de tijd"],
                                         "nb": ["Ingen hast!", "helt greit"], "ru": ["Не торопитесь", "конечно, жду"]})]))
    turns += [("customer", bare_turn(c, v)), ("agent", [c.pick(ACK)])]
    return turns


def b_question_back(c: Ctx, slot: str) -> list[Turn]:
    v = SLOT_VALUE[slot](c)
    back = {
        "en": ("the one on the email or the one on the app?", "Either is fine, they're the same"),
        "nl": ("die uit de mail of die in de app?", "Maakt niet uit, dat is dezelfde"),
        "nb": ("den i e-posten eller den i appen?", "Samme det, de er like"),
        "ru": ("тот, что в письме, или который в приложении?", "Без разницы, они совпадают"),
    }[c.lang]
    return [opener(c, slot), ("agent", [c.pick(Q[slot])]), ("customer", [back[0]]), ("agent", [back[1]]),
            ("customer", bare_turn(c, v)), ("agent", [c.pick(ACK)])]


TWO_Q = {
    "en": "Can I have {a} and {b}?", "nl": "Mag ik {a} en {b}?", "nb": "Kan jeg få {a} og {b}?", "ru": "Подскажите {a} и {b}",
}
SLOT_NOUN = {
    "customer": {"en": "your customer number", "nl": "uw klantnummer", "nb": "kundenummeret", "ru": "номер договора"},
    "dob": {"en": "your date of birth", "nl": "je geboortedatum", "nb": "fødselsdatoen din", "ru": "дату рождения"},
    "booking": {"en": "the booking code", "nl": "de boekingscode", "nb": "bestillingskoden", "ru": "код брони"},
    "passport": {"en": "the passport number", "nl": "het paspoortnummer", "nb": "passnummeret", "ru": "номер паспорта"},
    "phone": {"en": "a phone number", "nl": "een telefoonnummer", "nb": "et telefonnummer", "ru": "номер телефона"},
    "address": {"en": "the address", "nl": "het adres", "nb": "adressen", "ru": "адрес"},
}


def b_two_reversed(c: Ctx, slot: str) -> list[Turn]:
    """Two questions in one turn, answered in the other order, both bare."""
    a, b = c.rng.choice([("customer", "dob"), ("booking", "dob"), ("dob", "passport"), ("booking", "phone"), ("customer", "phone")])
    va, vb = SLOT_VALUE[a](c), SLOT_VALUE[b](c)
    sep = c.rng.choice([" ", ", ", "\n", " / ", " and " if c.lang == "en" else {"nl": " en ", "nb": " og ", "ru": " и "}.get(c.lang, " ")])
    q = TWO_Q[c.lang].format(a=SLOT_NOUN[a][c.lang], b=SLOT_NOUN[b][c.lang])
    return [opener(c, a), ("agent", [q]), ("customer", [ent(vb, "bare_answer"), sep, ent(va, "bare_answer")]), ("agent", [c.pick(ACK)])]


def b_volunteered(c: Ctx, slot: str) -> list[Turn]:
    """The value comes first, alone, before anyone asks for it."""
    slot = c.rng.choice(["customer", "booking", "customer", "booking", "phone"])
    v = SLOT_VALUE[slot](c)
    follow = {
        "en": ["^ that's my number. the router's been down since Tuesday", "sorry pressed enter too early. need to change my trip"],
        "nl": ["^ dat is mijn nummer. internet ligt er sinds dinsdag uit", "sorry te vroeg op enter. wil mijn reis wijzigen"],
        "nb": ["^ det er nummeret mitt. nettet har vært nede siden tirsdag", "sorry trykket enter for tidlig. må endre reisen"],
        "ru": ["^ это мой номер. интернета нет со вторника", "извините, рано отправил. нужно поменять поездку"],
    }
    ack = {"en": "Thanks, I've got your details up.", "nl": "Dank je, ik heb je gegevens erbij.", "nb": "Takk, jeg har deg oppe.", "ru": "Спасибо, ваши данные вижу."}
    c.topic = "travel" if slot == "booking" else "account"
    c.no_prelude = True
    return [("customer", [ent(v, "bare_answer")]), ("customer", [follow[c.lang][1 if slot == "booking" else 0]]), ("agent", [ack[c.lang]])]


def b_group(c: Ctx, slot: str) -> list[Turn]:
    """Group chat: one customer asks the other for the value, the other answers bare."""
    slot = c.rng.choice(["passport", "dob", "passport", "phone"])
    c.topic = "travel"
    f2, _, _ = person(c)
    v = SLOT_VALUE[slot](c)
    ask = {
        "en": f"{f2} what's your {('passport number' if slot == 'passport' else 'date of birth' if slot == 'dob' else 'number')}?? they need it",
        "nl": f"{f2} wat is jouw {('paspoortnummer' if slot == 'passport' else 'geboortedatum' if slot == 'dob' else 'nummer')}? ze willen het weten",
        "nb": f"{f2} hva er {('passnummeret' if slot == 'passport' else 'fødselsdatoen' if slot == 'dob' else 'nummeret')} ditt? de trenger det",
        "ru": f"{f2}, скинь {('номер паспорта' if slot == 'passport' else 'дату рождения' if slot == 'dob' else 'свой номер')}, им нужно",
    }[c.lang]
    name_e = L(f2, "PERSON", "plain", "name", f2)
    first = ask.split(f2, 1)
    return [("agent", [c.pick(Q[slot])]), ("customer", [name_e, first[1]]), ("customer", bare_turn(c, v)), ("agent", [c.pick(ACK)])]


def b_quoted(c: Ctx, slot: str) -> list[Turn]:
    q = c.pick(Q[slot])
    v = SLOT_VALUE[slot](c)
    return [opener(c, slot), ("agent", [q]), ("agent", [c.pick({"en": ["?", "are you still there?"], "nl": ["?", "bent u er nog?"], "nb": ["?", "er du der fortsatt?"], "ru": ["?", "вы ещё здесь?"]})]),
            ("customer", [f"> {q}\n", ent(v, "bare_answer")]), ("agent", [c.pick(ACK)])]


def b_bot(c: Ctx, slot: str) -> list[Turn]:
    slot = c.rng.choice(list(BOT_WHAT))
    v = SLOT_VALUE[slot](c)
    ask, hand = BOT_HANDOVER[c.lang]
    c.no_greeting = c.no_prelude = True
    a = c.pick(AGENTS)
    h1, h2 = hand.split("{a}")
    return [opener(c, slot), ("agent", [ask.format(what=BOT_WHAT[slot][c.lang])]), ("customer", bare_turn(c, v, allow_edit=False)),
            ("agent", [h1, L(a, "PERSON", "plain", "name", a), h2]), ("agent", [c.pick(ACK)])]


def b_wrong_kind(c: Ctx, slot: str) -> list[Turn]:
    """Hard negatives first: an order number for the customer number, a travel date for the birth date."""
    if c.rng.random() < 0.5:
        v = cust_v(c)
        retry = {"en": "That looks like an order number, I need the customer number (it's on your invoice)",
                 "nl": "Dat is een bestelnummer, ik heb het klantnummer nodig (staat op de factuur)",
                 "nb": "Det ser ut som et ordrenummer, jeg trenger kundenummeret (står på fakturaen)",
                 "ru": "Это номер заказа, а нужен номер договора (он есть в квитанции)"}[c.lang]
        return [opener(c, "customer"), ("agent", [c.pick(Q["customer"])]), ("customer", [N(neg_value(c, "order_number"), "order_number")]),
                ("agent", [retry]), ("customer", bare_turn(c, v)), ("agent", [c.pick(ACK)])]
    v = dob_v(c)
    when = {"en": "And which day do you want to fly instead?", "nl": "En op welke dag wilt u dan vliegen?",
            "nb": "Og hvilken dag vil du fly i stedet?", "ru": "А на какую дату хотите перенести?"}[c.lang]
    d, m, y = c.rng.randint(1, 28), c.rng.randint(1, 12), 2027
    if c.rng.random() < 0.5:  # the travel date given to the birth-date question, then the birth date
        again = {"en": "That's the travel date I think? I need the date you were born", "nl": "Dat is de reisdatum toch? Ik bedoel uw geboortedatum",
                 "nb": "Det er reisedatoen? Jeg trenger datoen du er født", "ru": "Это дата поездки? Нужна именно дата рождения"}[c.lang]
        return [opener(c, "dob"), ("agent", [c.pick(Q["dob"])]), ("customer", [N(date_str(c, d, m, y), "travel_date")]), ("agent", [again]),
                ("customer", bare_turn(c, v)), ("agent", [c.pick(ACK)])]
    return [opener(c, "dob"), ("agent", [c.pick(Q["dob"])]), ("customer", bare_turn(c, v)), ("agent", [when]),
            ("customer", [N(date_str(c, d, m, y), "travel_date")]), ("agent", [c.pick(ACK)])]


def b_destination(c: Ctx, slot: str) -> list[Turn]:
    v = SLOT_VALUE[c.rng.choice(["booking", "name", "passport"])](c)
    where = {"en": "Where are you flying to?", "nl": "Waar vliegt u naartoe?", "nb": "Hvor skal du fly?", "ru": "Куда летите?"}[c.lang]
    qs = {"en": "And the booking code or passenger details?", "nl": "En de boekingscode of gegevens van de reiziger?",
          "nb": "Og bestillingskoden eller passasjeropplysninger?", "ru": "А код брони или данные пассажира?"}[c.lang]
    dest: list[Part] = [N(c.pick(DESTINATION), "destination")]
    if c.lang == "ru" and c.rng.random() < 0.5:
        dest = ["в ", *dest]
    return [opener(c, "booking"), ("agent", [where]), ("customer", dest), ("agent", [qs]), ("customer", bare_turn(c, v)), ("agent", [c.pick(ACK)])]


def b_translit(c: Ctx, slot: str) -> list[Turn]:
    """Customer answers in Latin letters / English, the agent asks in the chat's language."""
    slot = c.rng.choice(["customer", "passport", "dob", "phone"])
    v = SLOT_VALUE[slot](c)
    pre = {"en": ["sorry typing on my phone ", ""], "nl": ["sorry, in English: ", "ok so "], "nb": ["ok ", "sorry engelsk tastatur: "],
           "ru": ["izvinite net russkoi raskladki: ", "vot "]}[c.lang]
    return [opener(c, slot), ("agent", [c.pick(Q[slot])]), ("customer", [c.rng.choice(pre), ent(v, "bare_answer")]), ("agent", [c.pick(ACK)])]


BARE = [b_simple, b_hold, b_question_back, b_two_reversed, b_volunteered, b_group, b_quoted, b_bot, b_wrong_kind, b_destination, b_translit, b_simple]


def l_travellers(c: Ctx, n: int | None = None) -> list[Turn]:
    n = n or c.rng.choice([2, 2, 3])
    base = c.rng.choice(LAST[c.lang])
    items: list[list[Part]] = []
    for i in range(n):
        first, _, pat = person(c)
        sur = base + ("а" if c.lang == "ru" and first in RU_FEM else "")
        if c.lang == "ru" and c.rng.random() < 0.5:
            nm = f"{sur} {first} {pat}"
        else:
            nm = f"{first} {sur}" if i == 0 or c.rng.random() < 0.6 else first
        nm = nm.lower() if c.rng.random() < 0.25 else nm
        nv = V(nm, "PERSON", "name", nm)
        dv, pv = dob_v(c), passport_v(c)
        fields = [ent(nv, "list"), ", ", ent(dv, "list"), ", ", ent(pv, "list")]
        if c.rng.random() < 0.3:
            fields = [ent(nv, "list"), " ", ent(pv, "list"), " ", ent(dv, "list")]
        items.append(fields)
    style = c.rng.randint(0, 2)
    joiner = {"en": " and ", "nl": " en ", "nb": " og ", "ru": " и "}[c.lang]
    body: list[Part] = []
    if style == 0:  # one line
        for i, it in enumerate(items):
            if i:
                body.append(joiner if i == len(items) - 1 else "; ")
                if i == len(items) - 1 and c.rng.random() < 0.5:
                    body.append({"en": "our son ", "nl": "onze zoon ", "nb": "sønnen vår ", "ru": "сын "}[c.lang])
            body += it
    elif style == 1:  # numbered lines with emoji
        for i, it in enumerate(items):
            body += [f"{i + 1}) " if c.rng.random() < 0.5 else "👤 ", *it, "\n" if i < len(items) - 1 else ""]
    else:  # bullet lines
        for i, it in enumerate(items):
            body += ["- ", *it, "\n" if i < len(items) - 1 else ""]
    q = {"en": "Please send the full name, date of birth and passport number of everyone travelling",
         "nl": "Stuur a.u.b. naam, geboortedatum en paspoortnummer van alle reizigers",
         "nb": "Send fullt navn, fødselsdato og passnummer for alle som reiser",
         "ru": "Пришлите ФИО, дату рождения и номер паспорта каждого пассажира"}[c.lang]
    return [opener(c, "booking"), ("agent", [q]), ("customer", [b for b in body if b != ""])]


def l_phones(c: Ctx) -> list[Turn]:
    v1, v2 = phone_v(c), phone_v(c)
    who = {"en": ("mine ", ", my husband's "), "nl": ("van mij ", ", van mijn vriendin "), "nb": ("min ", ", kona sin "), "ru": ("мой ", ", жены ")}[c.lang]
    q = c.pick(Q["phone"])
    if c.rng.random() < 0.5:
        body: list[Part] = [ent(v1, "list"), " / ", ent(v2, "list")]
    else:
        body = [who[0], ent(v1, "list"), who[1], ent(v2, "list")]
    return [opener(c, "phone"), ("agent", [q]), ("customer", body)]


def l_names_dobs(c: Ctx) -> list[Turn]:
    n = c.rng.choice([2, 3, 4])
    body: list[Part] = []
    for i in range(n):
        first, _, _ = person(c)
        dv = dob_v(c)
        if i:
            body.append(", " if i < n - 1 else {"en": " and ", "nl": " en ", "nb": " og ", "ru": " и "}[c.lang])
        body += [L(first, "PERSON", "list", "name", first), " (", ent(dv, "list"), ")"]
    q = {"en": "Who's travelling, and their dates of birth? The kids' fares depend on age", "nl": "Wie reizen er mee, met geboortedata? Kinderprijs hangt af van de leeftijd",
         "nb": "Hvem reiser, og fødselsdatoene deres? Barnepris avhenger av alder", "ru": "Кто летит и даты рождения? Детский тариф зависит от возраста"}[c.lang]
    return [opener(c, "booking"), ("agent", [q]), ("customer", body)]


def l_accounts(c: Ctx) -> list[Turn]:
    v1, v2 = acct_v(c), acct_v(c)
    amount = N(neg_value(c, "amount"), "amount")
    t = {"en": "split it please: half to {a} and half to my daughter's, {b}", "nl": "graag verdelen: helft naar {a} en de rest naar die van mijn dochter {b}",
         "nb": "del det: halvparten til {a} og resten til datteren min {b}", "ru": "разделите, пожалуйста: половину на {a}, остальное на счёт дочери {b}"}[c.lang]
    return [opener(c, "account"), ("agent", T({"en": "The refund is {m}. Which account?", "nl": "De terugbetaling is {m}. Naar welke rekening?",
                                              "nb": "Refusjonen er {m}. Hvilken konto?", "ru": "Сумма возврата {m}. На какой счёт?"}[c.lang], m=amount)),
            ("customer", T(t, a=ent(v1, "list"), b=ent(v2, "list")))]


def l_tickets(c: Ctx) -> list[Turn]:
    n1, n2 = name_v(c, style=0), name_v(c, style=0)
    t1, t2 = ticket_v(c), ticket_v(c)
    body: list[Part] = [ent(n1, "list"), " ", ent(t1, "list"), "\n", ent(n2, "list"), " ", ent(t2, "list")]
    return [opener(c, "ticket"), ("agent", [c.pick(Q["ticket"])]), ("customer", body)]


def l_story(c: Ctx) -> list[Turn]:
    """A list inside a longer story, mixed fields."""
    n1, n2 = name_v(c, style=0), name_v(c, style=0)
    d1, d2 = dob_v(c), dob_v(c)
    p = phone_v(c)
    t = {"en": "so it's me, {n1}, born {d1}, and my partner {n2} {d2}. if anything changes text me on {p} not email, I never check it",
         "nl": "dus ik, {n1}, geboren {d1}, en mijn vriend {n2} {d2}. als er iets verandert app me op {p}, mail lees ik nooit",
         "nb": "altså meg, {n1}, født {d1}, og samboeren min {n2} {d2}. hvis noe endres send sms til {p}, jeg sjekker aldri mailen",
         "ru": "значит я, {n1}, {d1} г.р., и муж {n2} {d2}. если что-то поменяется, пишите на {p}, почту я не читаю"}[c.lang]
    return [opener(c, "booking"), ("agent", [c.pick({"en": ["Who's on the booking?"], "nl": ["Wie staan er op de boeking?"], "nb": ["Hvem står på bestillingen?"], "ru": ["Кто в бронировании?"]})]),
            ("customer", T(t, n1=ent(n1, "list"), d1=ent(d1, "list"), n2=ent(n2, "list"), d2=ent(d2, "list"), p=ent(p, "list")))]


def l_customers(c: Ctx) -> list[Turn]:
    v1, v2, v3 = cust_v(c, 0), cust_v(c, 0), cust_v(c, 1)
    t = {"en": "we have three accounts with you: {a}, {b} and {c} (the last one is my mum's)",
         "nl": "we hebben drie contracten: {a}, {b} en {c} (de laatste is van mijn moeder)",
         "nb": "vi har tre avtaler hos dere: {a}, {b} og {c} (den siste er mammas)",
         "ru": "у нас три договора: {a}, {b} и {c} (последний мамин)"}[c.lang]
    return [opener(c, "customer"), ("agent", [c.pick(Q["customer"])]), ("customer", T(t, a=ent(v1, "list"), b=ent(v2, "list"), c=ent(v3, "list")))]


LIST = [l_travellers, l_phones, l_names_dobs, l_accounts, l_tickets, l_story, l_customers, l_travellers]


def s_two(c: Ctx, slot: str | None = None) -> list[Turn]:
    """One value typed over two messages."""
    slot = slot or c.rng.choice(["account", "phone", "customer", "nid", "email", "card", "address"])
    v = {"card": card_v, **SLOT_VALUE}[slot](c)
    g = c.group()
    t = v.text
    if slot == "email":
        cut = t.index("@") + 1
    elif slot == "address":
        spaces = [i for i, ch in enumerate(t) if ch == " "] or [len(t) // 2]
        cut = next((i for i, ch in enumerate(t) if ch in ",\n"), spaces[len(spaces) // 2])
    else:
        spaces = [i for i, ch in enumerate(t) if ch in " .-_/"] or [len(t) // 2]
        cut = spaces[len(spaces) // 2]
    a, b = t[:cut].rstrip(" ,.-_/\n"), t[cut:].lstrip(" ,.-_/\n")
    oops = c.pick({"en": [" oops", "", " sorry hit send"], "nl": [" oeps", "", " sorry te vroeg"], "nb": [" oops", "", " sorry sendte for tidlig"], "ru": [" ой", "", " сорри, рано отправил"]})
    q = Q[slot]
    turns: list[Turn] = [opener(c, slot), ("agent", [c.pick(q)]), ("customer", [ent(v, "split", a, g)]), ("customer", [ent(v, "split", b, g), oops] if oops else [ent(v, "split", b, g)])]
    return turns + [("agent", [c.pick(ACK)])]


def s_three(c: Ctx) -> list[Turn]:
    slot = c.rng.choice(["account", "customer", "phone", "nid"])
    v = SLOT_VALUE[slot](c)
    g = c.group()
    alnum = [i for i, ch in enumerate(v.text) if ch.isalnum()]
    c1, c2 = alnum[len(alnum) // 3], alnum[2 * len(alnum) // 3]
    parts = [v.text[:c1].strip(" .-_"), v.text[c1:c2].strip(" .-_"), v.text[c2:].strip(" .-_")]
    return [opener(c, slot), ("agent", [c.pick(Q[slot])]), ("customer", [ent(v, "split", parts[0], g)]), ("customer", [ent(v, "split", parts[1], g)]),
            ("customer", [ent(v, "split", parts[2], g)]), ("agent", [c.pick(ACK)])]


def mistype(c: Ctx, s: str) -> tuple[str, int]:
    idx = [i for i, ch in enumerate(s) if ch.isdigit()]
    i = c.rng.choice(idx[len(idx) // 2 :])
    new = c.rng.choice([d for d in "0123456789" if d != s[i]])
    return s[:i] + new + s[i + 1 :], i


def s_correction(c: Ctx) -> list[Turn]:
    """A value typed wrong, then corrected in the next message (both labelled)."""
    slot = c.rng.choice(["customer", "phone", "account", "passport", "nid", "dob", "booking"])
    v = SLOT_VALUE[slot](c)
    while sum(ch.isdigit() for ch in v.text) < 2:
        v = SLOT_VALUE[slot](c)
    wrong, i = mistype(c, v.text)
    g = c.group()
    style = c.rng.randint(0, 2)
    wrong_e = ent(v, "split", wrong, g, typo=True)
    right_e = ent(v, "split", v.text, g)
    if style == 0:
        fix: list[Part] = [c.pick({"en": ["sorry, ", "*", "correction: "], "nl": ["sorry, ", "*", "verbetering: "], "nb": ["sorry, ", "*", "rettelse: "], "ru": ["ой, ", "*", "исправляю: "]}), right_e]
    elif style == 1:
        note = {"en": f"not {wrong[i]}, {v.text[i]}", "nl": f"geen {wrong[i]} maar {v.text[i]}", "nb": f"ikke {wrong[i]}, men {v.text[i]}", "ru": f"не {wrong[i]}, а {v.text[i]}"}[c.lang]
        fix = [right_e, f" ({note})"]
    else:
        fix = [right_e, c.pick({"en": [" is the right one, typo above", " ← this one"], "nl": [" is de goede, typfout hierboven", " ← deze"],
                                "nb": [" er riktig, skrivefeil over", " ← denne"], "ru": [" — вот правильный, выше опечатка", " ← этот"]})]
    return [opener(c, slot), ("agent", [c.pick(Q[slot])]), ("customer", [wrong_e]), ("customer", fix), ("agent", [c.pick(ACK)])]


def s_agent_readback(c: Ctx) -> list[Turn]:
    """Split value; the agent reads the whole value back (with its cue, labelled plain)."""
    v = SLOT_VALUE["account"](c)
    g = c.group()
    t = v.text.replace(".", " ")
    cut = t.find(" ", len(t) // 2)
    if cut < 0:
        cut = len(t) // 2
    a, b = v.text[:cut].strip(" ."), v.text[cut:].strip(" .")
    read = {"en": "So the account is {v}, correct?", "nl": "Dus de rekening is {v}, klopt dat?", "nb": "Altså konto {v}, stemmer det?", "ru": "Итак, счёт {v}, верно?"}[c.lang]
    yes = {"en": "yep", "nl": "jep", "nb": "jepp", "ru": "да"}[c.lang]
    return [opener(c, "account"), ("agent", [c.pick(Q["account"])]), ("customer", [ent(v, "split", a, g)]), ("customer", [ent(v, "split", b, g)]),
            ("agent", T(read, v=ent(v, "plain"))), ("customer", [yes])]


def s_address(c: Ctx) -> list[Turn]:
    return s_two(c, "address")


SPLIT = [s_two, s_three, s_correction, s_agent_readback, s_two, s_correction, s_address, s_three]


def d_email(c: Ctx) -> list[Turn]:
    v = email_v(c)
    spelled = spell_email(c, v.text)
    if c.rng.random() < 0.2:
        spelled = spelled.upper() if c.lang == "en" else spelled
    pre = c.pick({"en": ["", "its "], "nl": ["", "het is "], "nb": ["", "den er "], "ru": ["", "пишите на "]})
    return [opener(c, "email"), ("agent", [c.pick(Q["email"])]), ("customer", [pre, ent(v, "disguised", spelled)] if pre else [ent(v, "disguised", spelled)]), ("agent", [c.pick(ACK)])]


def d_words(c: Ctx) -> list[Turn]:
    slot = c.rng.choice(["phone", "customer", "phone", "nid"])
    v = SLOT_VALUE[slot](c)
    mixed = c.rng.random() < 0.5
    text = words_for(c, v.text, mixed)
    if c.rng.random() < 0.4:  # voice-to-text: no punctuation, all lower case
        pre = {"en": "yeah so my number is ", "nl": "ja dus mijn nummer is ", "nb": "ja altså nummeret er ", "ru": "да значит номер "}[c.lang]
        return [opener(c, slot), ("agent", [c.pick(Q[slot])]), ("customer", [pre, ent(v, "disguised", text)])]
    return [opener(c, slot), ("agent", [c.pick(Q[slot])]), ("customer", [ent(v, "disguised", text)]), ("agent", [c.pick(ACK)])]


def d_zero_width(c: Ctx) -> list[Turn]:
    slot = c.rng.choice(["account", "phone", "nid", "customer", "booking", "card"])
    v = SLOT_VALUE_PLAIN[slot](c)
    text = with_zero_width(c.rng, v.text, c.rng.randint(1, 3))
    return [opener(c, slot), ("agent", [c.pick(Q[slot])]), ("customer", [c.pick({"en": ["copied from the app: ", ""], "nl": ["gekopieerd uit de app: ", ""], "nb": ["kopiert fra appen: ", ""], "ru": ["скопировал из приложения: ", ""]}), ent(v, "disguised", text)]),
            ("agent", [c.pick(ACK)])]


def d_homoglyph(c: Ctx) -> list[Turn]:
    slot = c.rng.choice(["account", "passport", "booking", "customer", "phone"])
    v = SLOT_VALUE[slot](c)
    text = with_homoglyphs(c.rng, v.text, c.rng.randint(1, 3))
    tries = 0
    while text == v.text and tries < 5:
        v = SLOT_VALUE[slot](c)
        text = with_homoglyphs(c.rng, v.text, 2)
        tries += 1
    if text == v.text:
        text = fullwidth(v.text)
    return [opener(c, slot), ("agent", [c.pick(Q[slot])]), ("customer", bare_turn(c, V(text, v.type, v.kind, v.value), "disguised", allow_edit=False)), ("agent", [c.pick(ACK)])]


def d_fullwidth(c: Ctx) -> list[Turn]:
    slot = c.rng.choice(["phone", "customer", "nid"])
    v = SLOT_VALUE[slot](c)
    return [opener(c, slot), ("agent", [c.pick(Q[slot])]), ("customer", [ent(v, "disguised", fullwidth(v.text))]), ("agent", [c.pick(ACK)])]


def d_email_with_cue(c: Ctx) -> list[Turn]:
    """A spelled-out e-mail inside a longer message, volunteered."""
    first, last, _ = person(c)
    v = email_v(c, first, last)
    spelled = spell_email(c, v.text)
    t = {"en": "also pls send the invoice to my work address instead, {e}, the old one is dead",
         "nl": "en stuur de factuur voortaan naar mijn werkmail, {e}, de oude werkt niet meer",
         "nb": "og send fakturaen til jobbmailen min i stedet, {e}, den gamle er stengt",
         "ru": "и счета теперь шлите на рабочую почту: {e}, старая не работает"}[c.lang]
    return [opener(c, "email"), ("customer", T(t, e=ent(v, "disguised", spelled))), ("agent", [c.pick(ACK)])]


DISGUISED = [d_email, d_words, d_zero_width, d_homoglyph, d_email, d_words, d_fullwidth, d_email_with_cue]


def a_simple(c: Ctx) -> list[Turn]:
    v = address_v(c)
    return [opener(c, "address"), ("agent", [c.pick(Q["address"])]), ("customer", bare_turn(c, v, "address_no_cue")), ("agent", [c.pick(ACK)])]


def a_someone_else(c: Ctx) -> list[Turn]:
    v = address_v(c)
    t = {"en": "to my mum's please, {a}, she'll be in all day", "nl": "naar mijn moeder graag, {a}, zij is de hele dag thuis",
         "nb": "til mamma, {a}, hun er hjemme hele dagen", "ru": "к маме, {a}, она весь день дома"}[c.lang]
    return [opener(c, "address"), ("agent", [c.pick(Q["address"])]), ("customer", T(t, a=ent(v, "address_no_cue"))), ("agent", [c.pick(ACK)])]


def a_pickup_or_home(c: Ctx) -> list[Turn]:
    v = address_v(c)
    q = {"en": "Do you want to pick it up at {b} or shall we deliver?", "nl": "Haalt u het op bij {b} of zullen we bezorgen?",
         "nb": "Vil du hente den på {b}, eller skal vi levere?", "ru": "Заберёте в офисе по адресу {b} или доставить?"}[c.lang]
    home = {"en": "deliver pls: ", "nl": "bezorgen graag: ", "nb": "lever: ", "ru": "доставить: "}[c.lang]
    return [opener(c, "address"), ("agent", T(q, b=N(c.pick(COMPANY_ADDRESS), "company_address"))), ("customer", [home, ent(v, "address_no_cue")]), ("agent", [c.pick(ACK)])]


def a_moved(c: Ctx) -> list[Turn]:
    v1, v2 = address_v(c), address_v(c)
    t = {"en": "we moved from {a} to {b} in october", "nl": "we zijn in oktober verhuisd van {a} naar {b}",
         "nb": "vi flyttet fra {a} til {b} i oktober", "ru": "мы в октябре переехали с {a} на {b}"}[c.lang]
    v1 = V(v1.text.replace("\n", " "), v1.type, v1.kind, v1.value.replace("\n", " "))
    v2 = V(v2.text.replace("\n", " "), v2.type, v2.kind, v2.value.replace("\n", " "))
    return [opener(c, "address"), ("agent", [c.pick(Q["address"])]), ("customer", T(t, a=ent(v1, "address_no_cue"), b=ent(v2, "address_no_cue"))), ("agent", [c.pick(ACK)])]


def a_hold(c: Ctx) -> list[Turn]:
    v = address_v(c, lower=True)
    return [opener(c, "address"), ("agent", [c.pick(Q["address"])]), ("customer", [c.pick(HOLD)]), ("customer", bare_turn(c, v, "address_no_cue", allow_edit=False))]


def a_story(c: Ctx) -> list[Turn]:
    v = address_v(c)
    t = {"en": "honestly this is the 3rd time. the courier left it at {a} which is my neighbour's, not mine, and they're away",
         "nl": "eerlijk, derde keer al. de koerier heeft het afgeleverd op {a}, dat zijn de buren, en die zijn op vakantie",
         "nb": "ærlig talt, tredje gang. budet leverte på {a}, det er naboen, og de er bortreist",
         "ru": "честно, уже третий раз. курьер оставил посылку по {a}, это соседи, а они в отъезде"}[c.lang]
    return [opener(c, "address"), ("customer", T(t, a=ent(v, "address_no_cue"))), ("agent", [c.pick(ACK)])]


def a_foreign(c: Ctx) -> list[Turn]:
    """Someone living abroad: the address is in another country's format."""
    other = c.rng.choice([x for x in LANGS if x != c.lang])
    v = address_v(c, lower=c.rng.random() < 0.5, lang=other)
    return [opener(c, "address"), ("agent", [c.pick(Q["address"])]), ("customer", bare_turn(c, v, "address_no_cue", allow_edit=False)), ("agent", [c.pick(ACK)])]


ADDRESS = [a_simple, a_someone_else, a_pickup_or_home, a_moved, a_hold, a_story, a_simple, a_foreign]


LABEL = {  # label - value forms customers type, some with typos
    "dob": {"en": ["dob - ", "DOB: ", "d.o.b "], "nl": ["geb.datum: ", "geboren ", "geb "], "nb": ["født ", "f. ", "fødselsdato: "], "ru": ["д.р. ", "дата рождения: ", "др "]},
    "passport": {"en": ["pasport nr ", "passport: ", "passport no "], "nl": ["paspoort nr ", "paspoortnr: ", "ppnr "], "nb": ["pass nr ", "passnr: ", "pass "], "ru": ["загран ", "паспорт: ", "pasport "]},
    "account": {"en": ["IBAN: ", "iban ", "acct "], "nl": ["IBAN: ", "rek.nr ", "iban "], "nb": ["kontonr: ", "konto ", "kto "], "ru": ["счёт: ", "р/с ", "номер счета "]},
    "phone": {"en": ["mob: ", "tel ", "phone - "], "nl": ["tel: ", "mob ", "nummer "], "nb": ["tlf ", "mob: ", "tlf.nr "], "ru": ["тел. ", "моб: ", "тел "]},
    "customer": {"en": ["customer no: ", "acc no ", "account ref "], "nl": ["klantnr: ", "klantnummer ", "lidnr "], "nb": ["kundenr: ", "kundenummer ", "medlemsnr "], "ru": ["номер договора ", "л/с ", "номер клиента: "]},
    "nid": {"en": ["BSN ", "personnummer ", "national ID: "], "nl": ["BSN: ", "bsn ", "burgerservicenr "], "nb": ["fnr ", "fødselsnr: ", "personnr "], "ru": ["СНИЛС/ИНН: ", "снилс ", "инн "]},
    "email": {"en": ["email: ", "e-mail ", "mail "], "nl": ["mail: ", "e-mail ", "emailadres "], "nb": ["epost: ", "e-post ", "mail "], "ru": ["почта: ", "email ", "e-mail: "]},
    "booking": {"en": ["booking ref ", "PNR: ", "ref "], "nl": ["boekingscode ", "ref: ", "PNR "], "nb": ["ref ", "bestillingsnr: ", "PNR "], "ru": ["бронь ", "PNR: ", "код брони "]},
    "card": {"en": ["card ", "visa ending... no wait full number ", "card no. "], "nl": ["pas ", "creditcard ", "kaartnr "], "nb": ["kort ", "kortnr ", "kredittkort "], "ru": ["карта ", "номер карты ", "карта мир "]},
    "ticket": {"en": ["e-ticket ", "ticket no "], "nl": ["ticketnr ", "e-ticket "], "nb": ["billettnr ", "e-billett "], "ru": ["билет № ", "эл. билет "]},
    "ip": {"en": ["my IP is ", "ip "], "nl": ["mijn IP is ", "ip-adres "], "nb": ["IP-en min er ", "ip "], "ru": ["мой айпи ", "IP "]},
}
SLOT_VALUE_PLAIN = {**SLOT_VALUE, "card": card_v, "ip": ip_v}


def p_labels(c: Ctx) -> list[Turn]:
    """Label - value answers, two or three in one message."""
    travel = c.rng.random() < 0.4
    pool = ["dob", "passport", "booking", "phone", "email"] if travel else ["account", "phone", "customer", "nid", "email", "dob", "card"]
    slots = c.rng.sample(pool, c.rng.choice([2, 3]))
    body: list[Part] = []
    for i, s in enumerate(slots):
        v = SLOT_VALUE_PLAIN[s](c)
        if i:
            body.append(c.rng.choice(["\n", ", ", " | ", "\n"]))
        body += [c.rng.choice(LABEL[s][c.lang]), ent(v, "plain")]
    q = {"en": "To update the account I need a few details, whatever you have handy", "nl": "Om het account bij te werken heb ik wat gegevens nodig",
         "nb": "For å oppdatere kontoen trenger jeg noen opplysninger", "ru": "Для обновления данных нужна информация, что есть под рукой"}[c.lang]
    if travel:
        q = {"en": "To rebook I need a few details from the passenger", "nl": "Voor het omboeken heb ik wat gegevens van de reiziger nodig",
             "nb": "For å endre bestillingen trenger jeg noen opplysninger om den reisende", "ru": "Для переоформления нужны данные пассажира"}[c.lang]
    return [opener(c, "booking" if travel else "account"), ("agent", [q]), ("customer", body), ("agent", [c.pick(ACK)])]


def p_story(c: Ctx) -> list[Turn]:
    c.topic = "travel"
    first, last, _ = person(c)
    nv = V(f"{first} {last}", "PERSON", "name", f"{first} {last}")
    s = c.rng.choice(["customer", "phone", "booking"])
    v = SLOT_VALUE_PLAIN[s](c)
    cue = {"customer": {"en": "my customer number is", "nl": "mijn klantnummer is", "nb": "kundenummeret mitt er", "ru": "номер договора"},
           "phone": {"en": "you can call me on", "nl": "bel me gerust op", "nb": "ring meg på", "ru": "мой телефон"},
           "booking": {"en": "booking code", "nl": "boekingscode", "nb": "bestillingskode", "ru": "код брони"}}[s][c.lang]
    t = {"en": "Hi, I'm {n}. Long story: we booked through you in the summer, paid {m}, then the hotel closed and nobody told us. {cue} {v}. I've been on hold for an hour already",
         "nl": "Hoi, ik ben {n}. Lang verhaal: in de zomer bij jullie geboekt, {m} betaald, toen ging het hotel dicht en niemand zei iets. {cue} {v}. Ik hang al een uur in de wacht",
         "nb": "Hei, jeg heter {n}. Lang historie: vi bestilte i sommer, betalte {m}, så stengte hotellet og ingen sa noe. {cue} {v}. Har ventet i telefonkø i en time",
         "ru": "Здравствуйте, я {n}. Долгая история: летом бронировали у вас, заплатили {m}, потом отель закрылся, и никто не предупредил. {cue} {v}. Уже час вишу на линии"}[c.lang]
    return [("customer", T(t, n=ent(nv, "plain"), m=N(neg_value(c, "amount"), "amount"), cue=cue, v=ent(v, "plain"))), ("agent", [c.pick(ACK)])]


def p_signature(c: Ctx) -> list[Turn]:
    c.topic = "delivery"
    first, last, _ = person(c)
    nv = V(f"{first} {last}", "PERSON", "name", f"{first} {last}")
    pv = phone_v(c)
    ev = email_v(c, first, last)
    body = {"en": "Please find the photos of the damaged box attached.\n\nKind regards,\n", "nl": "In de bijlage de foto's van de beschadigde doos.\n\nMet vriendelijke groet,\n",
            "nb": "Vedlagt bilder av den ødelagte esken.\n\nMed vennlig hilsen\n", "ru": "Фото повреждённой коробки во вложении.\n\nС уважением,\n"}[c.lang]
    sent = {"en": "\nSent from my iPhone", "nl": "\nVerstuurd vanaf mijn iPhone", "nb": "\nSendt fra min iPhone", "ru": "\nОтправлено с iPhone"}[c.lang]
    return [("customer", [body, ent(nv, "plain"), "\n", c.rng.choice(["m: ", "tel. ", "", "📱 "]), ent(pv, "plain"), "\n", ent(ev, "plain"), sent]), ("agent", [c.pick(ACK)])]


def p_forwarded(c: Ctx) -> list[Turn]:
    c.topic = "travel"
    first, last, _ = person(c)
    shown = f"{translit(last).upper()}/{translit(first).upper()} {c.rng.choice(['MR', 'MRS', 'MS'])}"
    nv = V(shown.rsplit(" ", 1)[0], "PERSON", "name", shown.rsplit(" ", 1)[0])
    b, t = booking_v(c, lower=False), ticket_v(c)
    hdr = {"en": "---------- Forwarded message ---------\nSubject: Your e-ticket receipt\n\n", "nl": "---------- Doorgestuurd bericht ---------\nOnderwerp: Uw e-ticket\n\n",
           "nb": "---------- Videresendt melding ---------\nEmne: Din e-billett\n\n", "ru": "---------- Пересылаемое сообщение ---------\nТема: Ваш электронный билет\n\n"}[c.lang]
    d, m = c.rng.randint(1, 28), c.rng.randint(1, 12)
    parts: list[Part] = [hdr, "Booking reference: ", ent(b, "plain"), "\nPassenger: ", ent(nv, "plain"), f" {shown.rsplit(' ', 1)[1]}", "\nTicket number: ", ent(t, "plain"),
                         "\nDate: ", N(f"{d:02d}{['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'][m - 1]}", "travel_date"),
                         "  Seat: ", N(neg_value(c, "seat"), "seat")]
    ask = {"en": "see below, can I change this one?", "nl": "zie hieronder, kan deze omgeboekt worden?", "nb": "se under, kan denne endres?", "ru": "см. ниже, можно поменять?"}[c.lang]
    return [("customer", [ask]), ("customer", parts), ("agent", [c.pick(ACK)])]


def p_readback(c: Ctx) -> list[Turn]:
    """The agent greets with a name and reads a value back; the customer gave it with a cue."""
    s = c.rng.choice(["customer", "phone", "email", "booking"])
    v = SLOT_VALUE_PLAIN[s](c)
    lab = c.rng.choice(LABEL[s][c.lang])
    read = {"en": "Just to check, that's {v}?", "nl": "Even checken: {v}?", "nb": "Bare for å sjekke: {v}?", "ru": "Уточню: {v}?"}[c.lang]
    ok = {"en": "yes", "nl": "ja klopt", "nb": "ja", "ru": "да, верно"}[c.lang]
    return [opener(c, s), ("customer", [lab, ent(v, "plain")]), ("agent", T(read, v=L(v.text, v.type, "plain", v.kind, v.value))), ("customer", [ok])]


def p_code_switch(c: Ctx) -> list[Turn]:
    s = c.rng.choice(["phone", "email", "account", "passport", "card", "ip"])
    v = SLOT_VALUE_PLAIN[s](c)
    t = {
        "en": {"phone": "ok my mobiel is {v}", "email": "my mail is {v} btw", "account": "refund to {v} please, that's my Dutch account", "passport": "it's a Norwegian passport, {v}", "card": "I paid with card {v}", "ip": "router shows WAN IP {v} if that helps"},
        "nl": {"phone": "mijn phone number is {v}", "email": "mijn email address is {v}", "account": "refund graag naar {v}", "passport": "paspoort number {v}", "card": "betaald met creditcard {v}, is dat safe om te sturen?", "ip": "de router zegt IP address {v}"},
        "nb": {"phone": "nummeret mitt er {v} btw", "email": "mailen er {v}", "account": "refund til konto {v} thanks", "passport": "passport number er {v}", "card": "betalte med kortet {v}", "ip": "routeren viser IP {v}"},
        "ru": {"phone": "moi nomer {v}", "email": "мой имейл {v}", "account": "рефанд на счёт {v} плиз", "passport": "pasport {v}", "card": "оплачивал картой {v}", "ip": "в роутере IP {v}"},
    }[c.lang][s]
    return [opener(c, s if s in Q else "account"), ("customer", T(t, v=ent(v, "plain"))), ("agent", [c.pick(ACK)])]


def p_fio(c: Ctx) -> list[Turn]:
    """A form-like block pasted in one message."""
    first, last, pat = person(c)
    nm = f"{last} {first} {pat}" if c.lang == "ru" else f"{first} {last}"
    nv = V(nm, "PERSON", "name", nm)
    dv, nid = dob_v(c), nid_v(c)
    lab = {"en": ("Name: ", "\nDOB: ", "\nID: "), "nl": ("Naam: ", "\nGeb.datum: ", "\nBSN: "), "nb": ("Navn: ", "\nFødt: ", "\nFnr: "), "ru": ("ФИО: ", "\nД.р.: ", "\nСНИЛС/ИНН: ")}[c.lang]
    return [opener(c, "account"), ("customer", [lab[0], ent(nv, "plain"), lab[1], ent(dv, "plain"), lab[2], ent(nid, "plain")]), ("agent", [c.pick(ACK)])]


def p_emoji(c: Ctx) -> list[Turn]:
    s = c.rng.choice(["phone", "booking", "customer"])
    v = SLOT_VALUE_PLAIN[s](c)
    lab = c.rng.choice(LABEL[s][c.lang]).strip()
    return [("customer", [c.pick({"en": ["heyy 👋", "hiii"], "nl": ["heyy 👋", "hoii"], "nb": ["heii 👋", "hallo!!"], "ru": ["привет 👋", "здрасьте"]})]),
            ("customer", [f"{lab} ", ent(v, "plain"), " 😭😭"]), ("customer", [c.pick({"en": ["pls help", "it says error"], "nl": ["help pls", "hij doet het niet"], "nb": ["hjelp", "står feil"], "ru": ["помогите", "пишет ошибка"]})]),
            ("agent", [c.pick(ACK)])]


PLAIN = [p_labels, p_story, p_signature, p_forwarded, p_readback, p_code_switch, p_fio, p_emoji]


# ---------------------------------------------------------------------------------------
# assembly
# ---------------------------------------------------------------------------------------


def main_turns(c: Ctx, i: int) -> list[Turn]:
    r = c.rng
    if c.cls == "bare_answer":
        f = BARE[i % len(BARE)]
        return f(c, BARE_SLOTS[r.randrange(len(BARE_SLOTS))])
    table = {"list": LIST, "split": SPLIT, "disguised": DISGUISED, "address_no_cue": ADDRESS, "plain": PLAIN}[c.cls]
    return table[i % len(table)](c)


def lower_part(p: Part) -> Part:
    if isinstance(p, str):
        return p if p.startswith(" <") else p.lower()  # the app's own edit marker keeps its case
    if isinstance(p, L):
        return replace(p, text=p.text.lower())
    if isinstance(p, N):
        return N(p.text.lower(), p.kind)
    return p


def conversation(c: Ctx, i: int) -> list[Turn]:
    r = c.rng
    turns = main_turns(c, i)
    if r.random() < 0.4 and not c.no_prelude:  # a question answered by a value that is not personal
        at = 1 if turns[0][0] == "customer" else 0
        turns[at:at] = hard_pair(c)
    if turns[0][0] == "customer" and not c.no_greeting and r.random() < 0.3:
        a = c.pick(AGENTS)
        g1, g2 = c.pick(GREET).split("{a}")
        biz = c.pick(BUSINESS["travel" if c.topic == "travel" else "other"])
        turns.insert(1, ("agent", [g1, L(a, "PERSON", "plain", "name", a), g2.replace("{b}", biz)]))
    n_neg = sum(isinstance(p, N) for _, parts in turns for p in parts)
    kinds = r.sample(NEG_BY_TOPIC[c.topic], 3)
    want = max(1 - n_neg, 0) + (1 if r.random() < 0.5 else 0)
    for k in kinds[:want]:
        role, parts = neg_turn(c, k)
        if role == "customer" and turns[0][0] == "customer" and r.random() < 0.6:
            turns.insert(1, (role, parts))  # mentioned right after the opening line
        else:
            turns.append((role, parts))
    if r.random() < 0.12:  # a customer who types everything in lower case
        turns = [(role, [lower_part(p) for p in parts] if role == "customer" else parts) for role, parts in turns]
    return turns


def build_with_ledger() -> tuple[list[dict], list[dict]]:
    rng = random.Random(SEED)
    records: list[dict] = []
    ledger: list[dict] = []
    for lang in LANGS:
        classes = [cls for cls in CLASSES for _ in range(PER_CLASS)]
        rng.shuffle(classes)
        counters = dict.fromkeys(CLASSES, 0)
        for n, cls in enumerate(classes, 1):
            conv_id = f"{PREFIX}-{lang}-{n:03d}"
            c = Ctx(rng, lang, cls, conv_id)
            turns = conversation(c, counters[cls])
            counters[cls] += 1
            recs = conversation_records(conv_id, lang, turns)
            for rec, (_, parts) in zip(recs, turns, strict=True):
                _, ents, _ = assemble(parts)
                labelled = [p for p in parts if isinstance(p, E)]
                for p, e in zip(labelled, ents, strict=True):
                    assert isinstance(p, L), p
                    ledger.append({"message_id": rec["message_id"], "start": e["start"], "end": e["end"], "type": p.type, "class": p.cls,
                                   "kind": p.kind, "value": p.value, "group": p.group, "typo": p.typo, "lang": lang})
            records += recs
    errors = verify(records)
    if errors:
        raise ValueError("\n".join(errors[:10]))
    return records, ledger


def build() -> list[dict]:
    return build_with_ledger()[0]


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent / "sealed13.jsonl"
    records = build()
    write_jsonl(records, out)
    n_conv = len({r["conversation_id"] for r in records})
    n_ent = sum(len(r["entities"]) for r in records)
    n_neg = sum(len(r["negatives"]) for r in records)
    print(f"wrote {out}: {n_conv} conversations, {len(records)} messages, {n_ent} spans, {n_neg} hard negatives")


if __name__ == "__main__":
    main(sys.argv)
