# ruff: noqa: E501  (hand-written phrasing, name, street and town tables)
"""Write sealed16.jsonl: 600 blind multi-turn customer-service conversations (seed 20261219).

Written without reading privacyguard's rules or any other conversation set: its own sectors,
names, streets, towns, e-mail domains and phrasings; values from many countries. Run it from
anywhere: ``python make_sealed16.py`` rewrites ``sealed16.jsonl`` next to this file.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import phonenumbers
from schwifty import IBAN
from stdnum.be import nn as be_nn

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_values import (  # noqa: E402
    CLASSES,
    LANGS,
    NUMBER_WORDS,
    E,
    N,
    Part,
    T,
    conversation_records,
    digits,
    nl_bsn,
    no_fnr,
    no_kontonr,
    ru_inn,
    ru_snils,
    verify,
    with_zero_width,
    write_jsonl,
)

SEED = 20261219
PER_CLASS = 25  # conversations per class and language (6 x 25 = 150 per language)
OUT = Path(__file__).resolve().parent / "sealed16.jsonl"

# ---------------------------------------------------------------------------------------
# own tables: names, streets, towns, domains, sectors
# ---------------------------------------------------------------------------------------

FIRST16 = {
    "en": ["Callum", "Niamh", "Declan", "Siobhan", "Brody", "Kylie", "Tanner", "Madison", "Rhys", "Ffion",
           "Hamish", "Isobel", "Jarrah", "Tamsin", "Wyatt", "Aoife", "Lachlan", "Bronwyn", "Cormac", "Delphine"],
    "nl": ["Gijs", "Marloes", "Stijn", "Annelies", "Wessel", "Roos", "Jelle", "Hanneke", "Tibo", "Elke",
           "Maarten", "Griet", "Sven", "Famke", "Lars", "Jozefien", "Niels", "Mirthe", "Arne", "Lotte"],
    "nb": ["Trond", "Gunhild", "Audun", "Liv", "Halvard", "Sigrid", "Ørjan", "Torunn", "Espen", "Vilde",
           "Bjørnar", "Ingeborg", "Steinar", "Maren", "Geir", "Ylva", "Odd", "Åshild", "Runar", "Synnøve"],
    "ru": ["Григорий", "Вера", "Святослав", "Лидия", "Роман", "Полина", "Тимофей", "Дарья", "Глеб", "Алёна",
           "Ярослав", "Нина", "Фёдор", "Зоя", "Кирилл", "Варвара", "Эдуард", "Милена", "Степан", "Кира"],
}
LAST16 = {
    "en": ["O'Sullivan", "McAllister", "Featherstone", "Okonkwo", "Brennan", "Cavanagh", "Prescott", "Nakamura",
           "Lindqvist", "Ravensworth", "Quigley", "Abernethy", "Delacroix", "Tremayne"],
    "nl": ["Verhoeven", "Peeters", "van den Broek", "Claes", "Schouten", "Wuyts", "de Graaf", "Maes",
           "Timmermans", "van Wijk", "Goossens", "Vermeulen", "Dekker", "Janssens"],
    "nb": ["Fjeldstad", "Rønning", "Myhre", "Tveit", "Sæther", "Ødegård", "Kvale", "Lien",
           "Brattli", "Hovland", "Engen", "Skaug", "Vik", "Torvik"],
    "ru": ["Гусев", "Тихонов", "Ермаков", "Щербаков", "Калинин", "Воронцов", "Суханов", "Ширяев",
           "Дорофеев", "Крылов", "Лаптев", "Мухин", "Рябов", "Савельев"],
}
RU_FEM16 = {"Вера", "Лидия", "Полина", "Дарья", "Алёна", "Нина", "Зоя", "Варвара", "Милена", "Кира"}
RU_LAT = {"Григорий": "Grigoriy", "Вера": "Vera", "Святослав": "Svyatoslav", "Лидия": "Lidiya", "Роман": "Roman",
          "Полина": "Polina", "Тимофей": "Timofey", "Дарья": "Darya", "Глеб": "Gleb", "Алёна": "Alyona",
          "Ярослав": "Yaroslav", "Нина": "Nina", "Фёдор": "Fedor", "Зоя": "Zoya", "Кирилл": "Kirill",
          "Варвара": "Varvara", "Эдуард": "Eduard", "Милена": "Milena", "Степан": "Stepan", "Кира": "Kira",
          "Гусев": "Gusev", "Тихонов": "Tikhonov", "Ермаков": "Ermakov", "Щербаков": "Shcherbakov",
          "Калинин": "Kalinin", "Воронцов": "Vorontsov", "Суханов": "Sukhanov", "Ширяев": "Shiryaev",
          "Дорофеев": "Dorofeev", "Крылов": "Krylov", "Лаптев": "Laptev", "Мухин": "Mukhin", "Рябов": "Ryabov",
          "Савельев": "Savelev"}
AGENTS = {
    "en": ["Shauna", "Marcus", "Priya", "Dougie", "Keely"],
    "nl": ["Yara", "Bas", "Ilona", "Mehmet", "Kiki"],
    "nb": ["Mona", "Stian", "Tiril", "Amund", "Hedda"],
    "ru": ["Алина", "Виталий", "Диана", "Руслан", "Инна"],
}
NAME_WORDS: set[str] = set()
for _tab in (FIRST16, LAST16, AGENTS):
    for _names in _tab.values():
        for _n in _names:
            NAME_WORDS.update(_n.split())
for _n in list(LAST16["ru"]):
    NAME_WORDS.add(_n + "а")
NAME_WORDS.update(RU_LAT.values())
NAME_WORDS.update(v + "a" for k, v in RU_LAT.items() if k in LAST16["ru"])

SECTORS = {
    "en": [("Kestrel Car Hire", "car rental"), ("Brightsmile Dental", "dental clinic"), ("IronBark Gym", "gym"),
           ("Irish Sea Ferries", "ferry"), ("Tallyho Mobile", "mobile operator"), ("Harbourside Pensions", "pension fund"),
           ("Campus Nest Housing", "student housing"), ("Gigbox Tickets", "ticketing"), ("Pawsafe Insurance", "pet insurance"),
           ("Oak & Anchor Furniture", "furniture delivery")],
    "nl": [("Fietsdeel", "bike sharing"), ("Tandartspraktijk De Molen", "dental clinic"), ("SportCity Kanaal", "gym"),
           ("Veerdienst Westerschelde", "ferry"), ("Belmobiel", "mobile operator"), ("Pensioenfonds Bouwzorg", "pension fund"),
           ("Studentenhuis Kotmadam", "student housing"), ("Ticketpoort", "ticketing"), ("Gemeente Zeewolde", "municipality"),
           ("Meubelexpres", "furniture delivery")],
    "nb": [("Fjordbil Utleie", "car rental"), ("Tannlegesenteret Sentrum", "dental clinic"), ("Treningshuset", "gym"),
           ("Kystferja", "ferry"), ("Nordtele", "mobile operator"), ("Pensjonskassen Vest", "pension fund"),
           ("Studentboligene Lia", "student housing"), ("Billettluka", "ticketing"), ("Dyretrygd", "pet insurance"),
           ("Møbelbudet", "furniture delivery")],
    "ru": [("Прокат Колесо", "car rental"), ("Стоматология Улыбка Плюс", "dental clinic"), ("Фитнес Атлант", "gym"),
           ("Паромная линия Балтика", "ferry"), ("СвязьТел", "mobile operator"), ("НПФ Опора", "pension fund"),
           ("Общежитие Кампус", "student housing"), ("Билетория", "ticketing"), ("Госуслуги района", "municipality"),
           ("Мебель Экспресс", "furniture delivery")],
}
DOMAINS16 = {
    "en": ["eircom.net", "bigpond.com", "sky.com", "protonmail.com", "xtra.co.nz", "comcast.net"],
    "nl": ["telenet.be", "planet.nl", "skynet.be", "caiway.nl", "proton.me", "home.nl"],
    "nb": ["getmail.no", "broadpark.no", "frisurf.no", "icloud.com", "c2i.net"],
    "ru": ["inbox.ru", "list.ru", "ya.ru", "mail.ua", "proton.me"],
}
# (street, town, postcode) per lang and country flavour
ADDR = {
    "en": [("{n} Wicklow Road", "Bray", "A98 K2X4", "IE"), ("Unit {u}/{n} Kookaburra Street", "Toowoomba QLD", "4350", "AU"),
           ("{n} Maple Hollow Dr", "Boise, ID", "83702", "US"), ("{n} Tern Crescent", "Whanganui", "4500", "NZ"),
           ("{n} Cobbler's Row", "Ludlow", "SY8 1AX", "GB"), ("PO Box {n}", "Ballarat VIC", "3353", "AU"),
           ("{n} Larkspur Ave Apt {u}", "Dayton, OH", "45409", "US"), ("{n} Gorse Lane", "Tralee, Co. Kerry", "V92 P3F8", "IE"),
           ("{n} Birchmount Rd", "Scarborough, ON", "M1K 1N8", "CA")],
    "nl": [("Zilvermeeuwstraat {n}", "Harderwijk", "3844 KT", "NL"), ("Kapelsesteenweg {n}", "Brasschaat", "2930", "BE"),
           ("Turfschip {n}", "Emmen", "7812 AB", "NL"), ("Pastoor Denaeyerstraat {n}", "Aalst", "9300", "BE"),
           ("Hooiberg {n}", "Nijkerk", "3861 RS", "NL"), ("Vlasmarkt {n} bus {u}", "Gent", "9000", "BE"),
           ("Kirchstraße {n}", "Kleve", "47533", "DE")],
    "nb": [("Tyttebærstien {n}", "Gjøvik", "2819", "NO"), ("Elvebakken {n}", "Steinkjer", "7713", "NO"),
           ("Måkeveien {n} B", "Ålesund", "6011", "NO"), ("Myrullveien {n}", "Lillehammer", "2615", "NO"),
           ("Sjøboden {n}", "Arendal", "4836", "NO"), ("Lyngvegen {n}", "Bodø", "8008", "NO"),
           ("Lärkvägen {n}", "Sundsvall", "852 34", "SE"), ("Fasanvej {n}, 2. th.", "Aarhus", "8200", "DK")],
    "ru": [("ул. Зелёная, д. {n}, кв. {u}", "Вологда", "160009", "RU"), ("пер. Рябиновый, {n}-{u}", "Калуга", "248000", "RU"),
           ("ул. Кленовая, {n}, кв {u}", "Ярославль", "150000", "RU"), ("пр-т Строителей, д.{n}, кв.{u}", "Череповец", "162600", "RU"),
           ("ул. Речная {n}, кв. {u}", "Псков", "180000", "RU")],
}
MONTHS16 = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"],
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "nb": ["jan.", "feb.", "mars", "april", "mai", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "des."],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
}
FULL_MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December"]

# ---------------------------------------------------------------------------------------
# values
# ---------------------------------------------------------------------------------------


@dataclass
class Ctx:
    rng: random.Random
    lang: str
    first: str = ""
    last: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def pick_person(rng: random.Random, lang: str) -> tuple[str, str]:
    first, last = rng.choice(FIRST16[lang]), rng.choice(LAST16[lang])
    if lang == "ru" and first in RU_FEM16:
        last += "а"
    return first, last


def full_name(rng: random.Random, lang: str, first: str, last: str) -> str:
    if lang == "ru" and rng.random() < 0.15:
        base = last[:-1] if last.endswith("ва") or last.endswith("на") else last
        lat_last = RU_LAT[base] + ("a" if base != last else "")
        return f"{RU_LAT[first]} {lat_last}"
    s = f"{first} {last}" if rng.random() < 0.8 else f"{last} {first}" if lang == "ru" else f"{first} {last}"
    return s.lower() if rng.random() < 0.2 else s


def dob_text(rng: random.Random, lang: str, d: int, m: int, y: int) -> str:
    yy = f"{y % 100:02d}"
    mon = MONTHS16[lang][m - 1]
    opts = [f"{d:02d}.{m:02d}.{y}", f"{d}/{m}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d}-{m}-{yy}", f"{d} {mon} {y}",
            f"{d:02d}{m:02d}{yy}" if lang == "nb" else f"{d}.{m}.{yy}"]
    if lang == "en":
        opts += [f"{FULL_MONTHS_EN[m - 1]} {d}, {y}", f"{m}/{d}/{yy}", f"{d}th {mon} {yy}" if d in (4, 5, 6, 7, 8, 9) else f"{d} {mon} '{yy}"]
    if lang == "nb":
        opts += [f"{d}. {mon} -{yy}", f"{d:02d}.{m:02d}.-{yy}"]
    if lang == "ru":
        opts += [f"{d} {mon} {y} г.", f"{d:02d}/{m:02d}/{y}"]
    if lang == "nl":
        opts += [f"{d} {mon}. '{yy}", f"{y}/{m:02d}/{d:02d}"]
    return rng.choice(opts)


PHONE_REGIONS = {"en": ["GB", "IE", "US", "AU", "NZ", "CA"], "nl": ["NL", "NL", "BE", "DE"],
                 "nb": ["NO", "NO", "NO", "SE", "DK"], "ru": ["RU", "RU", "RU", "DE"]}


def phone16(rng: random.Random, lang: str) -> str:
    region = rng.choice(PHONE_REGIONS[lang])
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nat = str(ex.national_number)
    while True:
        cand = nat[:3] + digits(rng, len(nat) - 3, first_nonzero=False)
        num = phonenumbers.parse(cand, region)
        if phonenumbers.is_valid_number(num) and "555" not in cand:
            break
    intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    natf = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    opts = [intl, natf, e164, "00" + e164[1:], natf.replace(" ", ".") if "(" not in natf else natf,
            intl.replace(" ", "-", 1)]
    if region == "NL":
        opts.append(f"(+31) {natf[1:]}")
    return rng.choice(opts)


def _iban_check(cc: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return f"{98 - int(num) % 97:02d}"


def iban16(rng: random.Random, lang: str) -> str:
    cc = rng.choice({"en": ["GB", "IE", "DE"], "nl": ["NL", "NL", "BE", "DE"], "nb": ["NO", "NO", "SE", "DK"], "ru": ["DE", "NO", "NL"]}[lang])
    while True:
        if cc == "NL":
            bban = rng.choice(["RABO", "INGB", "ABNA", "BUNQ", "TRIO"]) + digits(rng, 10)
        elif cc in ("GB", "IE"):
            bban = rng.choice(["BOFI", "AIBK", "NWBK", "HBUK"] if cc == "IE" else ["NWBK", "HBUK", "BARC"]) + digits(rng, 14)
        elif cc == "BE":
            b = digits(rng, 10)
            c = int(b) % 97 or 97
            bban = f"{b}{c:02d}"
        elif cc == "NO":
            bban = no_kontonr(rng)
        elif cc == "SE":
            bban = "500" + digits(rng, 17, first_nonzero=False)
        elif cc == "DK":
            bban = digits(rng, 14)
        else:
            bban = digits(rng, 18)
        try:
            ib = IBAN(cc + _iban_check(cc, bban) + bban)
        except Exception:  # noqa: BLE001  (retry on a BBAN the registry rejects)
            continue
        break
    style = rng.randint(0, 4)
    grouped = str(ib.formatted)
    if style == 0:
        return grouped
    if style == 1:
        return str(ib.compact)
    if style == 2:
        return grouped.replace(" ", ".") if rng.random() < 0.5 else grouped.replace(" ", "-")
    if style == 3:
        return str(ib.compact).lower()
    return grouped


def luhn_complete(body: str) -> str:
    for k in range(10):
        s = body + str(k)
        total = 0
        for i, ch in enumerate(reversed(s)):
            d = int(ch)
            if i % 2:
                d = d * 2 - 9 if d > 4 else d * 2
            total += d
        if total % 10 == 0:
            return s
    raise AssertionError


def card16(rng: random.Random) -> str:
    kind = rng.randint(0, 3)
    if kind == 3:
        n = luhn_complete(rng.choice(["34", "37"]) + digits(rng, 12, first_nonzero=False))
        return rng.choice([f"{n[:4]} {n[4:10]} {n[10:]}", n])
    prefix = rng.choice(["4", "51", "53", "2221"])
    n = luhn_complete(prefix + digits(rng, 15 - len(prefix), first_nonzero=False))
    groups = [n[i : i + 4] for i in range(0, 16, 4)]
    return rng.choice([" ".join(groups), "-".join(groups), n, "  ".join(groups)])


def passport16(rng: random.Random, lang: str) -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    c = rng.choice({"en": ["GB", "IE", "US", "AU", "CA"], "nl": ["NL", "NL", "BE", "DE"], "nb": ["NO", "NO", "SE"], "ru": ["RU", "RU", "RUi", "DE"]}[lang])
    if c == "NL":
        return rng.choice("NB") + rng.choice(L) + "".join(rng.choice(L + "0123456789") for _ in range(6)) + digits(rng, 1, False)
    if c == "BE":
        return rng.choice(L) + rng.choice(L) + digits(rng, 6)
    if c == "DE":
        return "C" + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    if c == "NO":
        return rng.choice(["FH", "FJ", "FN"]) + digits(rng, 7, False)
    if c == "SE":
        return digits(rng, 8)
    if c == "RU":
        return rng.choice([f"{rng.randint(70, 76)} {digits(rng, 7)}", f"{rng.randint(70, 76)}{digits(rng, 7)}"])
    if c == "RUi":
        return f"{digits(rng, 2)} {digits(rng, 2)} {digits(rng, 6)}"
    if c == "IE":
        return rng.choice(L) + rng.choice(L) + digits(rng, 7)
    if c == "US":
        return rng.choice(["A", "E"]) + digits(rng, 8)
    if c == "AU":
        return rng.choice(["PA", "PB", "N"]) + digits(rng, 7)
    if c == "CA":
        return rng.choice(L) + rng.choice(L) + digits(rng, 6)
    return digits(rng, 9)


def nino(rng: random.Random) -> str:
    a = rng.choice("ABCEGHJKLMNPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
    d = digits(rng, 6, False)
    s = rng.choice("ABCD")
    return rng.choice([f"{a}{d}{s}", f"{a} {d[:2]} {d[2:4]} {d[4:]} {s}"])


def be_national(rng: random.Random) -> str:
    while True:
        y, m, d = rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28)
        seq = rng.randint(1, 997)
        base = f"{y:02d}{m:02d}{d:02d}{seq:03d}"
        v = base + f"{97 - int(base) % 97:02d}"
        if be_nn.is_valid(v):
            return rng.choice([v, f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}"])


def natid16(rng: random.Random, lang: str) -> str:
    if lang == "en":
        return nino(rng)
    if lang == "nl":
        if rng.random() < 0.35:
            return be_national(rng)
        b = nl_bsn(rng)
        return rng.choice([b, f"{b[:4]}.{b[4:6]}.{b[6:]}", f"{b[:3]} {b[3:6]} {b[6:]}"])
    if lang == "nb":
        f, _ = no_fnr(rng)
        return rng.choice([f, f"{f[:6]} {f[6:]}"])
    return rng.choice([ru_snils(rng), ru_inn(rng)])


def booking16(rng: random.Random) -> str:
    A = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    D = "23456789"
    s = rng.randint(0, 4)
    if s <= 1:
        while True:
            v = "".join(rng.choice(A + D) for _ in range(6))
            if any(c in D for c in v) and any(c in A for c in v):
                return v
    if s == 2:
        return f"{rng.choice(['KR', 'FY', 'TK', 'BK'])}-{digits(rng, 4)}-{rng.choice(A)}{rng.choice(A)}"
    if s == 3:
        return f"{rng.choice(A)}{digits(rng, 2)}/{digits(rng, 5)}"
    return f"{digits(rng, 3)}{rng.choice(A)}{rng.choice(A)}{digits(rng, 3)}"


def customer16(rng: random.Random) -> str:
    A = "ABCDEFGHJKLMNPRSTUVWXYZ"
    s = rng.randint(0, 5)
    if s == 0:
        return digits(rng, rng.choice([8, 9, 10]))
    if s == 1:
        return f"{rng.choice(['GM', 'MB', 'CL', 'PF'])}-{digits(rng, 3)}-{digits(rng, 4)}"
    if s == 2:
        return f"{rng.choice(A)}/{digits(rng, 4)}/{digits(rng, 2)}"
    if s == 3:
        return f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}"
    if s == 4:
        return f"{rng.choice(A)}{rng.choice(A)}{digits(rng, 7)}"
    return f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}"


def bank_account16(rng: random.Random, lang: str) -> str:
    if lang == "nb":
        k = no_kontonr(rng)
        return rng.choice([k, f"{k[:4]}.{k[4:6]}.{k[6:]}", f"{k[:4]} {k[4:6]} {k[6:]}"])
    if lang == "ru":
        a = "40817810" + digits(rng, 12, False)
        return rng.choice([a, f"{a[:5]} {a[5:8]} {a[8]} {a[9:13]} {a[13:]}"])
    return f"{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)} {digits(rng, 8)}"


def address16(rng: random.Random, lang: str, lower: bool) -> str:
    street, town, pc, cc = rng.choice(ADDR[lang])
    st = street.format(n=rng.randint(2, 180), u=rng.randint(1, 12))
    if cc in ("AU",):
        s = f"{st}, {town} {pc}"
    elif cc in ("US", "CA"):
        s = rng.choice([f"{st}, {town} {pc}", f"{st}\n{town} {pc}"])
    elif cc in ("IE", "GB", "NZ"):
        s = rng.choice([f"{st}, {town}, {pc}", f"{st} {town} {pc}"])
    elif cc in ("NL", "BE", "DE", "SE", "DK"):
        s = rng.choice([f"{st}, {pc} {town}", f"{st} {pc.replace(' ', '')} {town}", f"{st}\n{pc} {town}"])
    elif cc == "NO":
        s = rng.choice([f"{st}, {pc} {town}", f"{st} {pc} {town}"])
    else:
        s = rng.choice([f"{town}, {st}", f"{pc}, г. {town}, {st}", f"г. {town}, {st}"])
    return s.lower() if lower else s


def email16(rng: random.Random, lang: str, first: str, last: str) -> tuple[list[str], str]:
    def asc(x: str) -> str:
        x = RU_LAT.get(x, RU_LAT.get(x[:-1], x) + ("a" if x not in RU_LAT and x[:-1] in RU_LAT else ""))
        return x.lower().replace("'", "").replace(" ", "").translate(str.maketrans("øåæ", "oaa"))

    f, la = asc(first), asc(last)
    local = rng.choice([[f, la], [f[0] + la], [la, f[:3]], [f + str(rng.randint(70, 99))], [f, la[0]]])
    return local, rng.choice(DOMAINS16[lang])


# ---------------------------------------------------------------------------------------
# phrasings
# ---------------------------------------------------------------------------------------

Q = {  # agent questions per field
    "en": {
        "dob": ["Can I take your date of birth please?", "and your DOB?", "What's the date of birth on the account?", "Could you confirm the birth date of the policy holder?", "For security, when were you born?"],
        "phone": ["What's the best number to reach you on?", "Could I grab a mobile number?", "Which phone number should the driver call?", "Contact number please?"],
        "email": ["What email should the confirmation go to?", "Can you give me your email address?", "Which e-mail is on your account?", "email for the receipt?"],
        "iban": ["Which IBAN should the refund go to?", "Could you send the IBAN for the direct debit?", "What account (IBAN) do you want the payout on?"],
        "card": ["What's the long number on the card you paid with?", "Can you read me the card number?", "Which card should we charge?"],
        "passport": ["What's the passport number of the person travelling?", "Could you give me the passport number please?", "passport no. for the manifest?"],
        "natid": ["I'll need your National Insurance number.", "Could you confirm your NI number?", "What's your NINO please?"],
        "booking": ["What's the booking reference?", "Have you got the booking ref handy?", "Can you give me the reservation code?", "booking number?"],
        "customer": ["What's your member number?", "Could you give me the customer number on your letter?", "And your account number with us?", "membership ID pls"],
        "address": ["Where should we send it?", "What address do you want it delivered to?", "Where should the replacement go?", "And the delivery address?"],
        "name": ["Who am I speaking with?", "Can I take the full name on the booking?", "What name is the account under?"],
        "bank": ["What sort code and account number should the refund go to?", "Which UK account should we pay into (sort code + number)?"],
    },
    "nl": {
        "dob": ["Wat is uw geboortedatum?", "Mag ik je geboortedatum?", "Wanneer bent u geboren?", "geb. datum van de verzekerde?", "Kunt u de geboortedatum van de patiënt bevestigen?"],
        "phone": ["Op welk nummer kunnen we u bereiken?", "Wat is je 06-nummer?", "Welk telefoonnummer mag de bezorger bellen?", "Telefoonnummer graag?"],
        "email": ["Naar welk e-mailadres mag de bevestiging?", "Wat is je mailadres?", "Welk e-mailadres staat bij het account?"],
        "iban": ["Op welk rekeningnummer wilt u het geld terug?", "Wat is het IBAN voor de incasso?", "Welke IBAN mogen we gebruiken?"],
        "card": ["Wat is het kaartnummer?", "Welke creditcard wilt u gebruiken?", "Kunt u het nummer op de kaart doorgeven?"],
        "passport": ["Wat is het nummer van uw paspoort?", "Mag ik het paspoortnummer van de reiziger?", "Paspoort- of ID-kaartnummer?"],
        "natid": ["Mag ik uw BSN?", "Wat is uw burgerservicenummer?", "Uw rijksregisternummer alstublieft?"],
        "booking": ["Wat is de boekingscode?", "Heb je het reserveringsnummer bij de hand?", "Welk boekingsnummer staat op de bevestiging?"],
        "customer": ["Wat is uw klantnummer?", "Wat is je lidnummer?", "Mag ik het relatienummer?", "Wat is uw deelnemersnummer?"],
        "address": ["Waar mogen we het naartoe sturen?", "Op welk adres moet het bezorgd worden?", "Waar moet de nieuwe pas heen?", "Afleveradres?"],
        "name": ["Met wie spreek ik?", "Op welke naam staat de reservering?", "Wat is uw naam?"],
        "bank": ["Wat is het rekeningnummer?"],
    },
    "nb": {
        "dob": ["Hva er fødselsdatoen din?", "Når er du født?", "Fødselsdato til den forsikrede?", "Kan du bekrefte fødselsdatoen?", "fødselsdato?"],
        "phone": ["Hvilket nummer kan vi nå deg på?", "Hva er mobilnummeret ditt?", "Hvilket telefonnummer skal sjåføren ringe?"],
        "email": ["Hvilken e-postadresse skal bekreftelsen til?", "Hva er e-posten din?", "Hvilken epost er registrert?"],
        "iban": ["Hvilket IBAN skal refusjonen til?", "Kan du oppgi IBAN for utbetalingen?"],
        "card": ["Hva er kortnummeret?", "Hvilket kort vil du belaste?", "Kan du lese opp nummeret på kortet?"],
        "passport": ["Hva er passnummeret?", "Passnummer til den reisende?", "Kan du gi meg nummeret på passet?"],
        "natid": ["Hva er fødselsnummeret ditt?", "Jeg trenger personnummeret ditt (11 siffer).", "Fødselsnummer, takk?"],
        "booking": ["Hva er bestillingsnummeret?", "Har du referansen på bestillingen?", "Hvilken bookingkode står på billetten?"],
        "customer": ["Hva er kundenummeret ditt?", "Medlemsnummer?", "Kan du oppgi kundenummeret som står på fakturaen?"],
        "address": ["Hvor skal vi sende det?", "Hvilken adresse skal det leveres til?", "Hvor skal det nye kortet sendes?", "Leveringsadresse?"],
        "name": ["Hvem snakker jeg med?", "Hvilket navn står bestillingen på?", "Hva er navnet ditt?"],
        "bank": ["Hvilket kontonummer skal pengene til?", "Kontonummer for tilbakebetalingen?"],
    },
    "ru": {
        "dob": ["Назовите, пожалуйста, дату рождения.", "Ваша дата рождения?", "Когда вы родились?", "Дата рождения владельца договора?", "др?"],
        "phone": ["По какому номеру с вами связаться?", "Ваш номер телефона?", "Какой номер дать курьеру?"],
        "email": ["На какую почту отправить подтверждение?", "Ваш e-mail?", "Какой адрес электронной почты указан в профиле?"],
        "iban": ["На какой IBAN вернуть деньги?", "Укажите IBAN для возврата, пожалуйста."],
        "card": ["Номер карты, пожалуйста.", "С какой карты списать оплату?", "Продиктуйте номер карты."],
        "passport": ["Номер паспорта?", "Укажите серию и номер паспорта.", "Какой номер загранпаспорта у пассажира?"],
        "natid": ["Ваш СНИЛС?", "Назовите ИНН, пожалуйста.", "Нужен ваш СНИЛС или ИНН."],
        "booking": ["Какой номер бронирования?", "Продиктуйте код брони.", "Номер заказа на бронь?"],
        "customer": ["Ваш номер клиента?", "Какой номер договора?", "Номер клубной карты?", "Ваш лицевой счёт?"],
        "address": ["Куда доставить?", "Какой адрес доставки?", "Куда отправить новую карту?", "Адрес для курьера?"],
        "name": ["Как к вам обращаться?", "На чьё имя бронь?", "Ваши ФИО?"],
        "bank": ["Номер счёта для возврата?", "Какой счёт указать для перевода?"],
    },
}

CUE = {  # customer statement with the cue in the same message: {v}
    "en": {"dob": ["I was born on {v}", "dob {v}", "my date of birth is {v}"], "phone": ["you can ring me on {v}", "my mobile is {v}", "call me at {v}"],
           "email": ["my email is {v}", "send it to {v} please", "email: {v}"], "iban": ["my IBAN is {v}", "refund to IBAN {v}"],
           "card": ["card number {v}", "the card is {v}"], "passport": ["my passport number is {v}", "passport no {v}"],
           "natid": ["my NI number is {v}", "NINO {v}"], "booking": ["my booking ref is {v}", "reservation {v}"],
           "customer": ["my member number is {v}", "account no. {v}"], "address": ["I live at {v}", "my address is {v}"],
           "name": ["my name is {v}", "this is {v}"], "bank": ["sort code and account: {v}"]},
    "nl": {"dob": ["ik ben geboren op {v}", "geboortedatum {v}"], "phone": ["mijn nummer is {v}", "bel me op {v}"],
           "email": ["mijn mail is {v}", "e-mail: {v}"], "iban": ["mijn IBAN is {v}", "rekeningnummer {v}"],
           "card": ["kaartnummer {v}"], "passport": ["paspoortnummer {v}", "mijn paspoort is {v}"],
           "natid": ["mijn BSN is {v}", "rijksregisternummer {v}"], "booking": ["boekingscode {v}", "mijn reservering is {v}"],
           "customer": ["klantnummer {v}", "mijn lidnummer is {v}"], "address": ["ik woon op {v}", "mijn adres is {v}"],
           "name": ["mijn naam is {v}", "u spreekt met {v}"], "bank": ["rekening {v}"]},
    "nb": {"dob": ["jeg er født {v}", "fødselsdato {v}"], "phone": ["mobilen min er {v}", "ring meg på {v}"],
           "email": ["e-posten min er {v}", "epost: {v}"], "iban": ["IBAN-en min er {v}"], "card": ["kortnummer {v}"],
           "passport": ["passnummeret mitt er {v}"], "natid": ["fødselsnummeret mitt er {v}", "fnr {v}"],
           "booking": ["bestillingsnummer {v}", "referansen er {v}"], "customer": ["kundenummeret mitt er {v}", "medlemsnr {v}"],
           "address": ["jeg bor i {v}", "adressen min er {v}"], "name": ["jeg heter {v}", "det er {v} her"],
           "bank": ["kontonummeret mitt er {v}", "kontonr {v}"]},
    "ru": {"dob": ["я родился {v}", "дата рождения {v}", "data rozhdeniya {v}"], "phone": ["мой телефон {v}", "звоните на {v}", "moy nomer {v}"],
           "email": ["моя почта {v}", "e-mail: {v}", "pochta {v}"], "iban": ["мой IBAN {v}"], "card": ["номер карты {v}"],
           "passport": ["номер паспорта {v}", "паспорт {v}"], "natid": ["мой СНИЛС {v}", "ИНН {v}"],
           "booking": ["номер брони {v}", "код бронирования {v}"], "customer": ["номер клиента {v}", "договор № {v}"],
           "address": ["я живу по адресу {v}", "мой адрес: {v}"], "name": ["меня зовут {v}", "это {v}"],
           "bank": ["мой счёт {v}", "номер счёта {v}"]},
}
FTYPE = {"dob": "DATE_OF_BIRTH", "phone": "PHONE_NUMBER", "email": "EMAIL_ADDRESS", "iban": "IBAN_CODE", "card": "CREDIT_CARD",
         "passport": "PASSPORT", "natid": "NATIONAL_ID", "booking": "BOOKING_REFERENCE", "customer": "CUSTOMER_NUMBER",
         "address": "LOCATION", "name": "PERSON", "bank": "BANK_ACCOUNT"}

W = {  # small phrases
    "en": {"hi": ["Hi there, thanks for contacting {biz}. You're speaking with {agent}.", "Hello, {agent} from {biz} here, how can I help?", "G'day, {agent} at {biz}, what can I do for you?"],
           "hi_noname": ["Hi! Welcome to {biz} chat.", "Hello and thanks for messaging {biz}."],
           "bot": "🤖 {biz} assistant: I'll pass you to a human colleague, hang tight.",
           "wait": ["one sec", "hang on, let me find it", "two ticks, it's in my other email", "brb getting my wallet", "just a moment, looking"],
           "ok": ["Thanks!", "Lovely, thank you.", "Got it.", "Cheers."], "check": ["Let me check that for you.", "One moment while I pull that up.", "Bear with me a sec."],
           "bye": ["Anything else I can help with?", "All sorted. Have a great day!"], "cbye": ["no that's all, ta", "that's everything, thanks so much", "perfect, bye"],
           "clar": ["the one on the app or the paper letter?", "sorry, which one do you mean?", "the new one or the old one?"],
           "clar_a": ["Either is fine.", "The one on the letter please.", "The current one."],
           "small": [("how's the weather on your end?", "Grey and drizzly here, typical!"), ("sorry I'm a bit slow, on the bus", "No rush at all."),
                     ("I've been on hold forever earlier lol", "Sorry about that, it's been a busy morning."), ("is this a real person?", "Yep, a real person!"),
                     ("the app keeps logging me out btw", "Annoying, I'll pass that on to our tech team."),
                     ("do you lot work weekends too?", "We're open Saturdays till 4."), ("my daughter set this account up so bear with me", "No worries, take your time."),
                     ("can I ask something unrelated after?", "Of course."), ("ugh the website crashed twice", "Sorry! Chat is the quickest way today."),
                     ("I'm in a different timezone so it's late here haha", "Thanks for sticking with us!")],
           "open": ["hi, I need to change something on my {topic}", "hey, question about my {topic}", "Good afternoon, I'd like some help with my {topic} please.", "hiya can u help w my {topic}"],
           "topic": {"car rental": "rental", "dental clinic": "appointment", "gym": "membership", "ferry": "ferry booking", "mobile operator": "phone plan",
                     "pension fund": "pension", "student housing": "room contract", "ticketing": "tickets", "pet insurance": "dog's policy", "furniture delivery": "sofa delivery",
                     "municipality": "parking permit", "bike sharing": "subscription"},
           "sig": "Kind regards,", "form": ["Name", "DOB", "Phone", "Email"], "and": "and", "son": ["my partner", "our kid", "my colleague", "the second traveller"],
           "listq": "Please give me name, date of birth and passport number for each traveller.",
           "sendq": "Where should we send it?", "wrongcust": "That looks like an order number. I need your customer number.",
           "wrongdob": "Sorry, I meant the date of birth, not the travel date.", "fix": ["sorry typo, {v}", "oops it's {v}", "correction: {v}"],
           "split2": ["and the rest: ", "cont. ", ""], "tx": "thx"},
    "nl": {"hi": ["Goedemiddag, u spreekt met {agent} van {biz}.", "Hoi! Je chat met {agent} van {biz}.", "Dag, {agent} van {biz} hier, waarmee kan ik helpen?"],
           "hi_noname": ["Welkom bij de chat van {biz}!", "Hallo, fijn dat je {biz} een bericht stuurt."],
           "bot": "🤖 Digitale assistent van {biz}: ik verbind je door met een medewerker.",
           "wait": ["momentje", "ff zoeken", "sec, moet het opzoeken", "wacht even, het staat in mijn mail", "eén moment aub"],
           "ok": ["Dank u wel.", "Top, dankjewel!", "Helder.", "Dankje."], "check": ["Ik kijk even voor u.", "Momentje, ik zoek het op.", "Eén moment."],
           "bye": ["Kan ik verder nog iets voor u doen?", "Alles is geregeld, fijne dag nog!"], "cbye": ["nee dat was het, bedankt", "super, dank je", "top doei"],
           "clar": ["die van de brief of van de app?", "bedoelt u het oude of het nieuwe?", "welke bedoel je precies?"],
           "clar_a": ["Die van de brief graag.", "Maakt niet uit.", "Het huidige."],
           "small": [("wat een weer vandaag he", "Zeker, echt herfst!"), ("sorry zit in de trein", "Geen probleem hoor."),
                     ("ik heb eerder al 20 min in de wacht gestaan", "Excuses daarvoor, het is erg druk."), ("ben ik met een echt persoon?", "Ja hoor, echt een mens!"),
                     ("zijn jullie zaterdag ook open?", "Ja, tot 16.00 uur."), ("mijn zoon heeft dit account aangemaakt, sorry als ik traag ben", "Geen enkel probleem."),
                     ("de website liep net vast", "Vervelend! Via de chat gaat het sneller."), ("mag ik straks nog iets anders vragen?", "Natuurlijk.")],
           "open": ["hoi, ik wil iets wijzigen aan mijn {topic}", "Goedendag, ik heb een vraag over mijn {topic}.", "hallo kunnen jullie helpen met m'n {topic}"],
           "topic": {"bike sharing": "abonnement", "dental clinic": "afspraak", "gym": "lidmaatschap", "ferry": "overtocht", "mobile operator": "bundel",
                     "pension fund": "pensioen", "student housing": "huurcontract", "ticketing": "tickets", "municipality": "parkeervergunning", "furniture delivery": "bankstel"},
           "sig": "Met vriendelijke groet,", "form": ["Naam", "Geb.datum", "Tel", "E-mail"], "and": "en", "son": ["mijn partner", "ons kind", "mijn collega", "de tweede reiziger"],
           "listq": "Graag naam, geboortedatum en paspoortnummer van iedere reiziger.",
           "sendq": "Waar mogen we het naartoe sturen?", "wrongcust": "Dat is een ordernummer, ik heb uw klantnummer nodig.",
           "wrongdob": "Ik bedoelde uw geboortedatum, niet de reisdatum.", "fix": ["sorry tikfout, {v}", "oeps, het is {v}", "correctie: {v}"],
           "split2": ["en de rest ", "verder: ", ""], "tx": "thx"},
    "nb": {"hi": ["Hei, du snakker med {agent} i {biz}.", "Hei og velkommen til {biz}, {agent} her.", "God dag, {agent} fra {biz}. Hva kan jeg hjelpe med?"],
           "hi_noname": ["Velkommen til chatten hos {biz}!", "Hei, takk for at du kontakter {biz}."],
           "bot": "🤖 {biz}-assistenten: jeg setter deg over til en rådgiver.",
           "wait": ["et øyeblikk", "vent litt", "sekund, må finne det", "øyeblikk, ligger i mailen", "2 sek"],
           "ok": ["Takk!", "Supert, takk.", "Flott.", "Den er notert."], "check": ["Jeg sjekker det for deg.", "Et øyeblikk, jeg slår det opp.", "Vent litt."],
           "bye": ["Noe mer jeg kan hjelpe med?", "Da er alt i orden, ha en fin dag!"], "cbye": ["nei, det var alt. takk", "topp, takk for hjelpen", "ha det"],
           "clar": ["det på brevet eller i appen?", "mener du det gamle eller det nye?", "hvilket mener du?"],
           "clar_a": ["Det på brevet.", "Det spiller ingen rolle.", "Det nye."],
           "small": [("for et vær i dag, regner som bare det", "Her også, typisk november!"), ("sorry, sitter på bussen", "Helt i orden."),
                     ("jeg sto i telefonkø i 30 min i går", "Beklager det, det har vært travelt."), ("er du en robot?", "Nei da, et ekte menneske!"),
                     ("har dere åpent på lørdager?", "Ja, til kl. 15."), ("datteren min satte opp kontoen, så jeg er litt treg", "Helt greit, ta den tiden du trenger."),
                     ("nettsiden hang seg opp to ganger", "Leit å høre! Chatten er raskest i dag."), ("kan jeg spørre om noe annet etterpå?", "Selvfølgelig.")],
           "open": ["hei, jeg må endre noe på {topic}", "Hei! Jeg har et spørsmål om {topic}.", "hei kan dere hjelpe m {topic}"],
           "topic": {"car rental": "leiebilen", "dental clinic": "timen min", "gym": "medlemskapet", "ferry": "fergebilletten", "mobile operator": "abonnementet",
                     "pension fund": "pensjonen", "student housing": "hybelkontrakten", "ticketing": "billettene", "pet insurance": "forsikringen til katten", "furniture delivery": "sofaleveringen"},
           "sig": "Mvh", "form": ["Navn", "Født", "Tlf", "E-post"], "and": "og", "son": ["samboeren min", "barnet vårt", "kollegaen min", "den andre reisende"],
           "listq": "Jeg trenger navn, fødselsdato og passnummer for alle som reiser.",
           "sendq": "Hvor skal vi sende det?", "wrongcust": "Det ser ut som et ordrenummer. Jeg trenger kundenummeret.",
           "wrongdob": "Jeg mente fødselsdatoen, ikke reisedatoen.", "fix": ["sorry skrivefeil, {v}", "oi, det er {v}", "rettelse: {v}"],
           "split2": ["og resten: ", "forts. ", ""], "tx": "takk"},
    "ru": {"hi": ["Здравствуйте! Вас приветствует {agent}, {biz}.", "Добрый день, меня зовут {agent}, служба поддержки {biz}.", "Привет! {agent} из {biz} на связи."],
           "hi_noname": ["Добро пожаловать в чат {biz}!", "Здравствуйте, вы написали в {biz}."],
           "bot": "🤖 Бот {biz}: перевожу вас на оператора, подождите немного.",
           "wait": ["минутку", "сек, ищу", "щас найду", "подождите, посмотрю в почте", "одну минуту"],
           "ok": ["Спасибо!", "Принято.", "Отлично, спасибо.", "Записал."], "check": ["Сейчас проверю.", "Минутку, смотрю.", "Одну секунду."],
           "bye": ["Могу ещё чем-то помочь?", "Всё готово, хорошего дня!"], "cbye": ["нет, это всё, спасибо", "супер, спасибо", "пока"],
           "clar": ["который в приложении или в письме?", "старый или новый?", "а какой именно?"],
           "clar_a": ["Тот, что в письме.", "Любой.", "Новый."],
           "small": [("ну и погода сегодня", "Да, снег с утра!"), ("извините, я в метро", "Ничего страшного."),
                     ("я вчера час висел на линии", "Приносим извинения, была большая нагрузка."), ("вы бот?", "Нет, я живой оператор."),
                     ("а в субботу вы работаете?", "Да, до 16:00."), ("аккаунт заводил сын, так что я немного путаюсь", "Ничего, не торопитесь."),
                     ("сайт у вас опять завис", "Извините! Через чат сейчас быстрее."), ("можно потом ещё один вопрос?", "Конечно.")],
           "open": ["здравствуйте, хочу изменить {topic}", "Добрый день! Хочу уточнить про {topic}.", "привет, вопрос про {topic}, помогите плз", "zdravstvuyte, nuzhna pomoshch", "privet, vopros po zakazu"],
           "topic": {"car rental": "аренду", "dental clinic": "запись", "gym": "абонемент", "ferry": "билет на паром", "mobile operator": "тариф",
                     "pension fund": "пенсионный договор", "student housing": "договор на комнату", "ticketing": "билеты", "municipality": "справку", "furniture delivery": "доставку дивана"},
           "sig": "С уважением,", "form": ["ФИО", "Дата рождения", "Телефон", "Почта"], "and": "и", "son": ["второй пассажир:", "и ещё", "коллега:", "третий:"],
           "listq": "Укажите ФИО, дату рождения и номер паспорта каждого пассажира.",
           "sendq": "Куда отправить?", "wrongcust": "Это номер заказа, а мне нужен номер клиента.",
           "wrongdob": "Я имела в виду дату рождения, а не дату поездки.", "fix": ["ой опечатка, {v}", "правильно: {v}", "исправляю: {v}"],
           "split2": ["и дальше ", "продолжение: ", ""], "tx": "спс"},
}

EMAIL_SPELL = {  # (at words, dot words)
    "en": (["at", "(at)", "[at]", "at sign"], ["dot", "(dot)", "[dot]", "period"]),
    "nl": (["apenstaartje", "at", "apestaart", "(at)"], ["punt", "punt", "(punt)"]),
    "nb": (["krøllalfa", "alfakrøll", "snabel-a", "at"], ["punktum", "prikk", "dott"]),
    "ru": (["собака", "собачка", "эт", "at"], ["точка", "тчк", "dot"]),
}

# ---------------------------------------------------------------------------------------
# hard negatives
# ---------------------------------------------------------------------------------------


def neg_value(rng: random.Random, lang: str, kind: str) -> str:
    A = "ABCDEFGHJKLMNPRSTUVWXYZ"
    d = rng.randint(1, 28)
    m = rng.randint(1, 12)
    if kind == "order_number":
        return rng.choice([f"ORD-2026-{digits(rng, 5)}", f"#{digits(rng, 8)}", f"W{digits(rng, 9)}", f"{digits(rng, 3)}-{digits(rng, 7)}"])
    if kind == "invoice_number":
        return rng.choice([f"INV/2026/{digits(rng, 4)}", f"F2026-{digits(rng, 5)}", f"{digits(rng, 10)}"])
    if kind == "case_number":
        return rng.choice([f"CS-{digits(rng, 7)}", f"#{digits(rng, 6)}", f"SR{digits(rng, 8)}"])
    if kind == "tracking_number":
        return rng.choice([f"1Z{digits(rng, 4)}X{digits(rng, 10)}", f"JJD{digits(rng, 12)}", f"LX{digits(rng, 9)}NL", f"RR {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)} SE"])
    if kind == "seat":
        return f"{rng.randint(1, 42)}{rng.choice('ABCDEF')}"
    if kind == "product_code":
        return rng.choice([f"SKU-{rng.choice(A)}{rng.choice(A)}-{digits(rng, 4)}", f"{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 2)}", f"ART {digits(rng, 6)}"])
    if kind == "voucher_code":
        return rng.choice(["WINTER26", "SMILE15", "FERRY-10", "WELKOM20", "VELKOMMEN", "СКИДКА10"])
    if kind == "vehicle_registration":
        return {"en": rng.choice([f"{rng.choice(A)}{rng.choice(A)}{digits(rng, 2)} {rng.choice(A)}{rng.choice(A)}{rng.choice(A)}", f"{digits(rng, 3)}-D-{digits(rng, 5)}"]),
                "nl": rng.choice([f"{rng.choice(A)}{rng.choice(A)}-{digits(rng, 3)}-{rng.choice(A)}", f"1-{rng.choice(A)}{rng.choice(A)}{rng.choice(A)}-{digits(rng, 3)}"]),
                "nb": f"{rng.choice(['EL', 'EK', 'DN', 'BT'])} {digits(rng, 5)}",
                "ru": f"{rng.choice('АВЕКМНОРСТУХ')}{digits(rng, 3)}{rng.choice('АВЕКМНОРСТУХ')}{rng.choice('АВЕКМНОРСТУХ')} {rng.choice(['77', '178', '35', '76'])}"}[lang]
    if kind == "company_id":
        return {"en": f"{digits(rng, 8, False)}", "nl": f"{digits(rng, 8)}", "nb": f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}", "ru": f"{digits(rng, 13)}"}[lang]
    if kind == "version_number":
        return rng.choice([f"{rng.randint(3, 17)}.{rng.randint(0, 9)}.{rng.randint(0, 40)}", f"{rng.randint(10, 24)}.{rng.randint(0, 9)}.{rng.randint(100, 255)}.{rng.randint(1, 99)}"])
    if kind == "amount":
        return {"en": rng.choice([f"£{rng.randint(10, 900)}.{rng.randint(10, 99)}", f"${rng.randint(10, 900)}", f"€{rng.randint(10, 400)}"]),
                "nl": f"€ {rng.randint(10, 900)},{rng.randint(10, 99)}", "nb": f"{rng.randint(1, 9)} {rng.randint(100, 999)} kr", "ru": f"{rng.randint(1, 60)} {rng.randint(100, 999)} ₽"}[lang]
    if kind == "time":
        return rng.choice([f"{rng.randint(7, 21)}:{rng.choice(['00', '15', '30', '45'])}", f"{rng.randint(7, 21)}.{rng.choice(['00', '30'])}"])
    if kind == "travel_date":
        return rng.choice([f"{d:02d}.{m:02d}.2027", f"{d}/{m}/2026", f"{d} {MONTHS16[lang][m - 1]}", f"2027-{m:02d}-{d:02d}"])
    if kind == "destination":
        return rng.choice({"en": ["Holyhead", "Cairns", "Galway", "Queenstown"], "nl": ["Vlissingen", "Texel", "Antwerpen", "Maastricht"],
                           "nb": ["Kristiansand", "Hirtshals", "Svolvær", "Stavanger"], "ru": ["Калининград", "Мурманск", "Сочи", "Выборг"]}[lang])
    if kind in ("company_phone", "business_phone"):
        return {"en": rng.choice(["0800 046 1122", "1300 882 441", "+353 1 555 0182"]), "nl": rng.choice(["088 - 123 9900", "0900 1234", "+32 2 555 12 12"]),
                "nb": rng.choice(["815 00 300", "22 55 01 01"]), "ru": rng.choice(["8 800 555-35-35", "+7 (495) 100-20-30"])}[lang]
    if kind == "company_address":
        return {"en": "Unit 3, Lakeside Business Park, Naas", "nl": "Industrieweg 14, 3846 BD Harderwijk", "nb": "Kaigata 2, 6003 Ålesund",
                "ru": "ул. Заводская, 5, Вологда"}[lang]
    raise ValueError(kind)


NEG_T = {  # who says it and how; {x} is the negative
    "en": {"order_number": ("customer", "also I've got order {x} from last week, same problem"), "invoice_number": ("customer", "the invoice says {x} at the top"),
           "case_number": ("agent", "I've opened case {x} for this."), "tracking_number": ("agent", "Tracking for the parcel: {x}"),
           "seat": ("customer", "can I keep seat {x} on the crossing?"), "product_code": ("customer", "it's the grey one, item code {x}"),
           "voucher_code": ("customer", "I tried code {x} but it didn't work"), "vehicle_registration": ("customer", "the car reg is {x}"),
           "company_id": ("agent", "For your records our company number is {x}."), "version_number": ("customer", "app is on version {x} if it matters"),
           "amount": ("agent", "The refund will be {x}."), "time": ("agent", "We've got a slot at {x} that day."),
           "travel_date": ("customer", "we're travelling on {x}"), "destination": ("customer", "going to {x} and back"),
           "company_phone": ("agent", "You can also call us on {x}."), "business_phone": ("agent", "Our direct line is {x}."),
           "company_address": ("agent", "Returns go to {x}.")},
    "nl": {"order_number": ("customer", "ik heb ook nog bestelling {x} lopen"), "invoice_number": ("customer", "op de factuur staat {x}"),
           "case_number": ("agent", "Ik heb er melding {x} van gemaakt."), "tracking_number": ("agent", "De track & trace is {x}."),
           "seat": ("customer", "kan ik stoel {x} houden?"), "product_code": ("customer", "het gaat om artikel {x}"),
           "voucher_code": ("customer", "de kortingscode {x} werkt niet"), "vehicle_registration": ("customer", "kenteken is {x}"),
           "company_id": ("agent", "Ons KvK-nummer is {x}."), "version_number": ("customer", "ik heb de app versie {x}"),
           "amount": ("agent", "U krijgt {x} terug."), "time": ("agent", "Er is nog plek om {x} die dag."),
           "travel_date": ("customer", "we gaan op {x}"), "destination": ("customer", "we varen naar {x}"),
           "company_phone": ("agent", "U kunt ons ook bellen op {x}."), "business_phone": ("agent", "Ons directe nummer is {x}."),
           "company_address": ("agent", "Retourneren kan naar {x}.")},
    "nb": {"order_number": ("customer", "har også ordre {x} som ikke har kommet"), "invoice_number": ("customer", "fakturaen har nummer {x}"),
           "case_number": ("agent", "Jeg har opprettet sak {x}."), "tracking_number": ("agent", "Sporingsnummeret er {x}."),
           "seat": ("customer", "kan jeg beholde sete {x}?"), "product_code": ("customer", "det gjelder varenr {x}"),
           "voucher_code": ("customer", "rabattkoden {x} funker ikke"), "vehicle_registration": ("customer", "bilen har skilt {x}"),
           "company_id": ("agent", "Vårt org.nr er {x}."), "version_number": ("customer", "appen er versjon {x}"),
           "amount": ("agent", "Du får tilbake {x}."), "time": ("agent", "Vi har ledig tid kl. {x} den dagen."),
           "travel_date": ("customer", "vi reiser {x}"), "destination": ("customer", "skal til {x}"),
           "company_phone": ("agent", "Du kan også ringe oss på {x}."), "business_phone": ("agent", "Direktenummeret vårt er {x}."),
           "company_address": ("agent", "Retur sendes til {x}.")},
    "ru": {"order_number": ("customer", "ещё есть заказ {x}, он тоже не пришёл"), "invoice_number": ("customer", "в счёте указан номер {x}"),
           "case_number": ("agent", "Я создал обращение {x}."), "tracking_number": ("agent", "Трек-номер посылки: {x}"),
           "seat": ("customer", "можно оставить место {x}?"), "product_code": ("customer", "артикул {x}"),
           "voucher_code": ("customer", "промокод {x} не сработал"), "vehicle_registration": ("customer", "госномер машины {x}"),
           "company_id": ("agent", "Наш ОГРН {x}."), "version_number": ("customer", "версия приложения {x}"),
           "amount": ("agent", "Вам вернут {x}."), "time": ("agent", "Есть свободное время в {x}."),
           "travel_date": ("customer", "едем {x}"), "destination": ("customer", "плывём в {x}"),
           "company_phone": ("agent", "Также можно позвонить нам по номеру {x}."), "business_phone": ("agent", "Наш прямой номер: {x}."),
           "company_address": ("agent", "Возврат по адресу {x}.")},
}
NEG_KINDS = list(NEG_T["en"])

# ---------------------------------------------------------------------------------------
# conversation building
# ---------------------------------------------------------------------------------------

Turn = tuple[str, list[Part]]


def value(c: Ctx, f: str, lower: bool = False) -> str:
    rng, lang = c.rng, c.lang
    if f == "dob":
        return dob_text(rng, lang, rng.randint(1, 28), rng.randint(1, 12), rng.randint(1941, 2008))
    if f == "phone":
        return phone16(rng, lang)
    if f == "email":
        local, dom = email16(rng, lang, c.first, c.last)
        return ".".join(local) + "@" + dom
    if f == "iban":
        return iban16(rng, lang)
    if f == "card":
        return card16(rng)
    if f == "passport":
        v = passport16(rng, lang)
        return v.lower() if lower else v
    if f == "natid":
        return natid16(rng, lang)
    if f == "booking":
        v = booking16(rng)
        return v.lower() if lower else v
    if f == "customer":
        return customer16(rng)
    if f == "address":
        return address16(rng, lang, lower)
    if f == "name":
        return full_name(rng, lang, c.first, c.last)
    if f == "bank":
        return bank_account16(rng, lang)
    raise ValueError(f)


def fields_for(lang: str) -> list[str]:
    base = ["dob", "phone", "email", "iban", "card", "passport", "natid", "booking", "customer", "name"]
    return base + (["bank"] if lang in ("en", "nb", "ru") else [])


def q(c: Ctx, f: str) -> str:
    return c.rng.choice(Q[c.lang][f])


def w(c: Ctx, key: str) -> str:
    return c.rng.choice(W[c.lang][key])


def cue(c: Ctx, f: str, v: Part) -> list[Part]:
    return T(c.rng.choice(CUE[c.lang][f]), v=v)


def block_bare(c: Ctx) -> list[Turn]:
    rng = c.rng
    # the weakest types are asked more often
    f = rng.choice(fields_for(c.lang) + ["booking", "customer", "passport", "dob", "email"])
    turns: list[Turn] = []
    variant = rng.randint(0, 5)
    if variant == 0 and f != "name":  # two things at once
        g = rng.choice(["dob", "phone", "email"] if f != "dob" else ["name", "phone"])
        turns.append(("agent", [f"{q(c, f)} {q(c, g)}" if rng.random() < 0.5 else f"{q(c, g)} {q(c, f)}"]))
        turns.append(("customer", T(rng.choice(["{a} {b}", "{a}, {b}", "{a}\n{b}", "{b} / {a}"]), a=E(value(c, f, lower=rng.random() < 0.4), FTYPE[f], "bare_answer"), b=E(value(c, g), FTYPE[g], "bare_answer"))))
        return turns
    if variant == 1 and f == "customer":  # an order number first, then corrected by the agent
        turns.append(("agent", [q(c, f)]))
        turns.append(("customer", [N(neg_value(rng, c.lang, rng.choice(["order_number", "invoice_number"])), rng.choice(["order_number", "invoice_number"]))]))
        # keep kind consistent with its shape: re-label by prefix below
        turns.append(("agent", [W[c.lang]["wrongcust"]]))
        turns.append(("customer", [w(c, "wait")]))
        turns.append(("customer", [E(value(c, f), FTYPE[f], "bare_answer")]))
        return turns
    if variant == 1 and f == "dob":  # a travel date first
        turns.append(("agent", [q(c, f)]))
        turns.append(("customer", [N(neg_value(rng, c.lang, "travel_date"), "travel_date")]))
        turns.append(("agent", [W[c.lang]["wrongdob"]]))
        turns.append(("customer", [E(value(c, f), FTYPE[f], "bare_answer")]))
        return turns
    turns.append(("agent", [q(c, f)]))
    if variant == 2:
        turns.append(("customer", [w(c, "clar")]))
        turns.append(("agent", [w(c, "clar_a")]))
    elif variant == 3:
        turns.append(("customer", [w(c, "wait")]))
        if rng.random() < 0.5:
            turns.append(("agent", ["👍" if rng.random() < 0.5 else w(c, "ok")]))
    low = f in ("booking", "passport") and rng.random() < 0.5
    v = E(value(c, f, lower=low), FTYPE[f], "bare_answer")
    turns.append(("customer", T(rng.choice(["{v}", "{v}", "{v}", "{v} " + W[c.lang]["tx"], "{v}?"]), v=v)))
    return turns


def block_list(c: Ctx) -> list[Turn]:
    rng, lang = c.rng, c.lang
    kind = rng.randint(0, 2)
    people = [(c.first, c.last)] + [pick_person(rng, lang) for _ in range(rng.randint(1, 2))]
    if lang == "ru":  # the family shares a surname root
        pass
    parts: list[Part] = []
    if kind == 0:  # travellers: name, dob, passport
        turns: list[Turn] = [("agent", [W[lang]["listq"]])]
        for i, (fi, la) in enumerate(people):
            if i:
                parts.append(rng.choice([f" {W[lang]['and']} {rng.choice(W[lang]['son'])} ", "; ", "\n"]))
            cc = Ctx(rng, lang, fi, la)
            parts += T(rng.choice(["{n}, {d}, {p}", "{n} {d} {p}", "{n} - {d} - {p}"]),
                       n=E(full_name(rng, lang, fi, la), "PERSON", "list"), d=E(value(cc, "dob"), "DATE_OF_BIRTH", "list"),
                       p=E(value(cc, "passport", lower=rng.random() < 0.2), "PASSPORT", "list"))
        turns.append(("customer", parts))
        return turns
    if kind == 1:  # accounts / members: name + customer number or e-mail
        f = rng.choice(["customer", "email", "phone"])
        turns = [("agent", [q(c, "name") + " " + q(c, f)])]
        for i, (fi, la) in enumerate(people):
            if i:
                parts.append(rng.choice([", ", "\n", f" {W[lang]['and']} "]))
            cc = Ctx(rng, lang, fi, la)
            parts += T(rng.choice(["{n} {v}", "{n}: {v}", "{n} ({v})"]), n=E(full_name(rng, lang, fi, la), "PERSON", "list"), v=E(value(cc, f), FTYPE[f], "list"))
        turns.append(("customer", parts))
        return turns
    # bullet list of patients/pets owners: name + dob per line
    turns = [("agent", [q(c, "dob")])]
    lines: list[Part] = []
    for i, (fi, la) in enumerate(people):
        if i:
            lines.append("\n")
        cc = Ctx(rng, lang, fi, la)
        lines += T(rng.choice(["- {n} {d}", "* {n}: {d}", "{n} {d}"]), n=E(full_name(rng, lang, fi, la), "PERSON", "list"), d=E(value(cc, "dob"), "DATE_OF_BIRTH", "list"))
    turns.append(("customer", lines))
    return turns


def mutate(rng: random.Random, v: str, f: str) -> str:
    idx = [i for i, ch in enumerate(v) if ch.isdigit()]
    if f == "iban":
        idx = [i for i in idx if i >= 4]
    if not idx:  # letters only: swap one letter
        i = rng.randrange(1, len(v))
        return v[:i] + ("X" if v[i] != "X" else "K") + v[i + 1 :]
    i = rng.choice(idx[1:] if len(idx) > 1 else idx)
    return v[:i] + str((int(v[i]) + rng.randint(1, 8)) % 10) + v[i + 1 :]


def split_point(rng: random.Random, v: str) -> int:
    cuts = [i for i, ch in enumerate(v) if ch in " .-" and 3 <= i <= len(v) - 3]
    if cuts:
        return rng.choice(cuts)
    return len(v) // 2


def block_split(c: Ctx) -> list[Turn]:
    rng, lang = c.rng, c.lang
    f = rng.choice(["phone", "iban", "card", "customer", "natid", "passport"] + (["bank"] if lang != "nl" else []))
    v = value(c, f)
    typ = FTYPE[f]
    turns: list[Turn] = [("agent", [q(c, f)])]
    if rng.random() < 0.5 and f in ("phone", "iban", "card", "bank", "customer") and len(v) >= 8:
        k = split_point(rng, v)
        a, b = v[:k].strip(" .-"), v[k:].strip(" .-")
        turns.append(("customer", [E(a, typ, "split")] + ([] if rng.random() < 0.5 else ["..."])))
        if rng.random() < 0.4:
            turns.append(("customer", [w(c, "wait")]))
        turns.append(("customer", [rng.choice(W[lang]["split2"]), E(b, typ, "split")]))
        return turns
    if f == "natid" and lang == "en":
        wrong = v[:3] + ("9" if v[3] != "9" else "8") + v[4:]
    elif f == "natid" and lang == "ru" and "-" in v:
        wrong = v[:2] + ("9" if v[2] != "9" else "8") + v[3:]
    else:
        wrong = mutate(rng, v, f)
    turns.append(("customer", [E(wrong, typ, "split")]))
    fix = rng.choice(W[lang]["fix"])
    pre, post = fix.split("{v}")
    turns.append(("customer", [pre, E(v, typ, "split"), post] if post else [pre, E(v, typ, "split")]))
    return turns


def spell_email(c: Ctx) -> str:
    rng = c.rng
    local, dom = email16(rng, c.lang, c.first, c.last)
    at_w, dot_w = EMAIL_SPELL[c.lang]
    at, dot = rng.choice(at_w), rng.choice(dot_w)
    parts = [f" {dot} ".join(local), f" {at} ", f" {dot} ".join(dom.split("."))]
    s = "".join(parts)
    return s.upper() if rng.random() < 0.1 else s


def block_disguised(c: Ctx) -> list[Turn]:
    rng, lang = c.rng, c.lang
    kind = rng.randint(0, 4)
    if kind <= 1:
        f, v = "email", spell_email(c)
    elif kind == 2:
        f = "phone"
        raw = phone16(rng, lang)
        mixed = rng.random() < 0.5
        out = []
        for ch in raw:
            if ch.isdigit():
                out.append(NUMBER_WORDS[lang][int(ch)] if (not mixed or rng.random() < 0.5) else ch)
            elif ch == "+":
                out.append("+")
        v = " ".join(out).replace("+ ", "+")
    elif kind == 3:
        f = rng.choice(["iban", "phone", "customer", "card", "natid"])
        v = with_zero_width(rng, value(c, f), n=rng.randint(1, 3))
    else:
        f = rng.choice(["iban", "passport", "booking"])
        v = value(c, f)
        cyr = {"A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х"}
        idx = [i for i, ch in enumerate(v) if ch in cyr]
        if not idx:
            f, v = "email", spell_email(c)
        else:
            chars = list(v)
            for i in rng.sample(idx, min(2, len(idx))):
                chars[i] = cyr[chars[i]]
            v = "".join(chars)
    turns: list[Turn] = [("agent", [q(c, f)])]
    if rng.random() < 0.5:
        turns.append(("customer", [E(v, FTYPE[f], "disguised")]))
    else:
        turns.append(("customer", cue(c, f, E(v, FTYPE[f], "disguised"))))
    return turns


def block_address(c: Ctx) -> list[Turn]:
    rng, lang = c.rng, c.lang
    turns: list[Turn] = [("agent", [q(c, "address") if rng.random() < 0.7 else W[lang]["sendq"]])]
    if rng.random() < 0.3:
        turns.append(("customer", [w(c, "clar")]))
        turns.append(("agent", [w(c, "clar_a")]))
    v = address16(rng, lang, lower=rng.random() < 0.75)
    turns.append(("customer", [E(v, "LOCATION", "address_no_cue")]))
    return turns


def block_plain(c: Ctx) -> list[Turn]:
    rng, lang = c.rng, c.lang
    style = rng.randint(0, 3)
    if style == 0:  # e-mail style with a signature
        f = rng.choice(["booking", "customer", "phone"])
        name = E(f"{c.first} {c.last}", "PERSON", "plain")
        body = cue(c, f, E(value(c, f), FTYPE[f], "plain"))
        ph = E(phone16(rng, lang), "PHONE_NUMBER", "plain")
        return [("customer", [w(c, "open").format(topic=W[lang]["topic"].get(c.extra["sector"], "")) + ".\n"] + body + [f"\n\n{W[lang]['sig']}\n", name, "\n", ph])]
    if style == 1:  # copy-pasted form
        labels = W[lang]["form"]
        parts: list[Part] = [f"{labels[0]}: ", E(f"{c.first} {c.last}", "PERSON", "plain"), f"\n{labels[1]}: ", E(value(c, "dob"), "DATE_OF_BIRTH", "plain"),
                             f"\n{labels[2]}: ", E(phone16(rng, lang), "PHONE_NUMBER", "plain")]
        if rng.random() < 0.5:
            parts += [f"\n{labels[3]}: ", E(value(c, "email"), "EMAIL_ADDRESS", "plain")]
        return [("agent", [q(c, "name")]), ("customer", parts)]
    f = rng.choice(fields_for(lang) + ["address"])
    v = E(value(c, f), FTYPE[f], "plain")
    if style == 2:  # value before any question
        return [("customer", [w(c, "open").format(topic=W[lang]["topic"].get(c.extra["sector"], "")) + rng.choice([". ", ", ", "\n"])] + cue(c, f, v))]
    return [("agent", [q(c, f)]), ("customer", cue(c, f, v))]


BLOCKS: dict[str, Callable[[Ctx], list[Turn]]] = {
    "bare_answer": block_bare, "list": block_list, "split": block_split, "disguised": block_disguised,
    "address_no_cue": block_address, "plain": block_plain,
}


NEG_Q = {
    "en": {"destination": "Where are you heading?", "travel_date": "When do you want to travel?", "order_number": "What's the order number?", "tracking_number": "Do you have the tracking number?"},
    "nl": {"destination": "Waar gaat de reis naartoe?", "travel_date": "Wanneer wil je reizen?", "order_number": "Wat is het ordernummer?", "tracking_number": "Heeft u de track & trace-code?"},
    "nb": {"destination": "Hvor skal du reise?", "travel_date": "Når vil du reise?", "order_number": "Hva er ordrenummeret?", "tracking_number": "Har du sporingsnummeret?"},
    "ru": {"destination": "Куда едете?", "travel_date": "На какую дату?", "order_number": "Номер заказа?", "tracking_number": "Есть трек-номер?"},
}


def neg_turns(c: Ctx, kind: str) -> list[Turn]:
    x = N(neg_value(c.rng, c.lang, kind), kind)
    if kind in NEG_Q[c.lang] and c.rng.random() < 0.5:  # a bare answer that is not personal data
        return [("agent", [NEG_Q[c.lang][kind]]), ("customer", [x])]
    role, tpl = NEG_T[c.lang][kind]
    return [(role, T(tpl, x=x))]


def small_talk(c: Ctx, n_pairs: int) -> list[Turn]:
    out: list[Turn] = []
    pool = list(W[c.lang]["small"])
    for a, b in c.rng.sample(pool, min(n_pairs, len(pool))):
        out += [("customer", [a]), ("agent", [b])]
    return out


def fix_order_kinds(turns: list[Turn]) -> list[Turn]:
    """An order/invoice negative keeps the kind that matches its shape."""
    fixed: list[Turn] = []
    for role, parts in turns:
        new: list[Part] = []
        for p in parts:
            if isinstance(p, N) and p.kind in ("order_number", "invoice_number"):
                kind = "invoice_number" if p.text.startswith(("INV", "F2026")) or (p.text.isdigit() and len(p.text) == 10) else "order_number"
                p = N(p.text, kind)
            new.append(p)
        fixed.append((role, new))
    return fixed


def conversation(rng: random.Random, lang: str, main: str) -> list[Turn]:
    first, last = pick_person(rng, lang)
    biz, sector = rng.choice(SECTORS[lang])
    c = Ctx(rng, lang, first, last, {"sector": sector})
    agent = rng.choice(AGENTS[lang])
    long_chat = rng.random() < 0.4
    turns: list[Turn] = []
    if rng.random() < 0.15:
        turns.append(("agent", [W[lang]["bot"].format(biz=biz)]))
    if rng.random() < 0.3:
        pre, post = rng.choice(W[lang]["hi"]).split("{agent}")
        turns.append(("agent", [pre.format(biz=biz), E(agent, "PERSON", "plain"), post.format(biz=biz)]))
    else:
        turns.append(("agent", [w(c, "hi_noname").format(biz=biz)]))
    topic = W[lang]["topic"].get(sector, "")
    if main != "plain" or rng.random() < 0.5:
        turns.append(("customer", [w(c, "open").format(topic=topic)]))
    n_neg = rng.choice([1, 1, 2, 2, 1, 2, 2])
    kinds = rng.sample(NEG_KINDS, n_neg)
    negs = [neg_turns(c, k) for k in kinds]
    middle: list[Turn] = []
    if long_chat:
        middle += small_talk(c, rng.randint(3, 7))
        middle += [("agent", [w(c, "check")]), ("customer", [w(c, "wait")]), ("agent", [w(c, "ok")])]
    # negatives mixed in before and after the main block
    cut = rng.randint(0, len(negs))
    before = [t for n in negs[:cut] for t in n]
    after = [t for n in negs[cut:] for t in n]
    if rng.random() < 0.35 and main != "plain":  # a second, easier value
        extra = rng.choice([block_plain, block_bare, block_address, block_disguised])(c)
    else:
        extra = []
    main_turns = BLOCKS[main](c)
    body = middle + before + ([("agent", [w(c, "ok")])] if before else []) + main_turns + [("agent", [w(c, "ok")])] + after
    tail = small_talk(c, rng.randint(1, 4)) if long_chat else []
    body = extra + body + tail if rng.random() < 0.5 else body + extra + tail
    turns += body
    turns += [("agent", [w(c, "bye")]), ("customer", [w(c, "cbye")])]
    return fix_order_kinds(trim(turns, lang))


def trim(turns: list[Turn], lang: str, limit: int = 35) -> list[Turn]:
    """Drop small-talk pairs until the chat has at most ``limit`` messages."""
    small = {a for a, _ in W[lang]["small"]}
    while len(turns) > limit:
        i = next(i for i, (_, p) in enumerate(turns) if p and p[0] in small)
        del turns[i : i + 2]
    return turns


def build() -> tuple[list[dict], dict[str, str]]:
    rng = random.Random(SEED)
    records: list[dict] = []
    plan: dict[str, str] = {}
    for lang in LANGS:
        mains = [cl for cl in CLASSES for _ in range(PER_CLASS)]
        rng.shuffle(mains)
        for i, main in enumerate(mains, 1):
            cid = f"s16-{lang}-{i:03d}"
            plan[cid] = main
            records += conversation_records(cid, lang, conversation(rng, lang, main))
    return records, plan


def main() -> None:
    records, _ = build()
    errs = verify(records)
    if errs:
        raise SystemExit("\n".join(errs[:20]))
    write_jsonl(records, OUT)
    print(f"wrote {len(records)} messages to {OUT}")


if __name__ == "__main__":
    main()
