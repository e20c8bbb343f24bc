# ruff: noqa: E501, RUF001  (hand-written phrase tables in four languages; look-alike letters on purpose)
"""Sealed conversation set 11: 600 multi-turn customer-service chats, written blind.

    python make_sealed11.py [OUT]      (default: sealed11.jsonl next to this file)

150 conversations per language (en, nl, nb, ru), 25 for each main class (bare_answer, list,
split, disguised, address_no_cue, plain), ids ``s11-<lang>-NNN`` in shuffled order. About a
third of the conversations carry hard negatives. Every person is synthetic (own name tables
below); every number is checksum-valid (schwifty, python-stdnum, Luhn, phonenumbers).
``build()`` also returns, for every checkable number or e-mail, the canonical value and the
spans it was typed in, so the tests can undo the split or disguise and check it.
"""

from __future__ import annotations

import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import phonenumbers
from stdnum import luhn

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_values import (  # noqa: E402
    HOMOGLYPHS,
    NUMBER_WORDS,
    ZERO_WIDTH,
    E,
    N,
    Part,
    T,
    booking_ref,
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

SEED = 20261214
LANGS = ("en", "nl", "nb", "ru")
CLASSES = ("bare_answer", "list", "split", "disguised", "address_no_cue", "plain")
PER_CLASS = 25
NEG_KINDS = (
    "order_number", "travel_date", "destination", "amount", "time", "tracking_number", "seat",
    "product_code", "business_phone",
)  # fmt: skip
REGION = {"en": "GB", "nl": "NL", "nb": "NO", "ru": "RU"}


@dataclass
class Val:
    """A value as typed (``text``), its entity type and, if checkable, how to check it."""

    text: str
    type: str
    check: str | None = (
        None  # iban bsn fnr kontonr inn snils card phone email nino ukacct ruacct ticket booking custno passport
    )
    region: str | None = None

    @property
    def canon(self) -> str:
        if self.check == "email":
            return self.text.lower()
        if self.check == "phone":
            return re.sub(r"[^\d+]", "", self.text)
        return re.sub(r"[\W_]", "", self.text).upper()


# ---------------------------------------------------------------------------------------
# people, addresses, dates (own tables, not the shared ones)
# ---------------------------------------------------------------------------------------

FIRST = {
    "en": ["Callum", "Bethany", "Rhys", "Imogen", "Declan", "Harriet", "Owen", "Niamh", "Jasper",
           "Lucy", "Fraser", "Martha", "Ellis", "Tamsin", "Rory", "Phoebe", "Kwame", "Priya"],
    "nl": ["Jesse", "Roos", "Bas", "Lisa", "Niels", "Merel", "Stijn", "Floor", "Gijs", "Yara",
           "Ties", "Sophie", "Hendrik", "Annelies", "Wim", "Marloes", "Wout", "Lien", "Jens", "Ellen"],
    "nb": ["Ingvild", "Trond", "Marit", "Espen", "Guro", "Bjørnar", "Sunniva", "Lars Erik", "Tuva",
           "Ørjan", "Astrid", "Sverre", "Randi", "Eivind", "Hanne", "Amund"],
}  # fmt: skip
LAST = {
    "en": ["Pritchard", "Oakley", "Brannigan", "Featherstone", "Gallagher", "Whitmore", "Ellwood",
           "Dunmore", "Radcliffe", "Shergill", "Okafor", "Nowak", "Baxter-Hale", "McAllister"],
    "nl": ["van den Heuvel", "Verbeek", "Claessens", "Peeters", "de Graaf", "Schouten", "van Rijn",
           "Bosman", "Willems", "Timmermans", "Vermeulen", "El Amrani", "Dekker", "Goossens"],
    "nb": ["Aune", "Sæther", "Fossum", "Kristiansen", "Rønning", "Vik", "Myhre", "Ødegård",
           "Bjerke", "Tangen", "Holm", "Engebretsen", "Furu", "Iversen"],
}  # fmt: skip
RU_M = ["Григорий", "Роман", "Степан", "Егор", "Фёдор", "Тимур", "Олег", "Вадим"]
RU_F = ["Алёна", "Дарья", "Полина", "Вера", "Людмила", "Ирина", "Софья", "Галина"]
RU_LAST = ["Гаврилов", "Ершов", "Тихонов", "Рябинин", "Семёнов", "Журавлёв", "Медведев",
           "Калинин", "Шестаков", "Громов"]  # fmt: skip
RU_PAT_M = ["Сергеевич", "Андреевич", "Петрович", "Ильич", "Олегович"]
RU_PAT_F = ["Сергеевна", "Андреевна", "Петровна", "Викторовна", "Олеговна"]
AGENTS = {
    "en": ["Grace", "Tom", "Aisha", "Ben", "Hollie", "Marcus"],
    "nl": ["Sanne", "Mark", "Fatima", "Kees", "Ilona", "Rik"],
    "nb": ["Kristin", "Ola", "Mona", "Geir", "Linn", "Stian"],
    "ru": ["Анастасия", "Денис", "Марина", "Кирилл", "Оксана", "Артур"],
}

STREETS = {
    "en": ["Rowan Drive", "Cromwell Terrace", "Ferry Lane", "Hawthorn Avenue", "St Mary's Road",
           "Beacon Hill", "Alder Court", "Quarry Street", "Tennyson Gardens"],
    "nl": ["Wilgenstraat", "Spoorsingel", "Burgemeester Roosstraat", "Acaciahof", "Nieuwe Gracht",
           "Zuiderdiep", "Klaproosweg", "Hertog Janplein", "Eikenlaan"],
    "be": ["Vaartstraat", "Kapelstraat", "Ooststatiestraat", "Dorpsplein", "Bruggesteenweg"],
    "nb": ["Ekebergveien", "Torggata", "Nedre Slottsgate", "Elvebakken", "Sjøgata", "Hagebyveien",
           "Bakkeli", "Tollbugata", "Lyngbakken"],
    "ru": ["ул. Профсоюзная", "ул. Кирова", "пр-т Победы", "ул. Советской Армии", "Берёзовая ул.",
           "пер. Школьный", "ул. Щорса", "ул. Ломоносова"],
}  # fmt: skip
TOWNS = {
    "en": [("Harrogate", "HG1 2QP"), ("Exeter", "EX4 6PX"), ("Ipswich", "IP4 1EH"),
           ("Swansea", "SA1 5DT"), ("Carlisle", "CA1 1RT"), ("Lincoln", "LN2 1QB"), ("Stirling", "FK8 2DA")],
    "nl": [("Amersfoort", "3811 KD"), ("Groningen", "9711 LM"), ("Nijmegen", "6511 PB"),
           ("Tilburg", "5038 EA"), ("Alkmaar", "1811 GH"), ("Deventer", "7411 JZ"), ("Gouda", "2801 JA")],
    "be": [("Gent", "9000"), ("Leuven", "3000"), ("Mechelen", "2800"), ("Brugge", "8000"), ("Hasselt", "3500")],
    "nb": [("Stavanger", "4006"), ("Bodø", "8006"), ("Ålesund", "6002"), ("Kristiansand", "4611"),
           ("Lillehammer", "2609"), ("Fredrikstad", "1606"), ("Molde", "6413")],
    "ru": [("Нижний Новгород", "603005"), ("Ярославль", "150000"), ("Екатеринбург", "620014"),
           ("Воронеж", "394036"), ("Саратов", "410012"), ("Калуга", "248000"), ("Уфа", "450077")],
}  # fmt: skip
DESTS = {
    "en": ["Faro", "Reykjavik", "Inverness", "Valletta", "Krakow", "Tenerife", "Belfast"],
    "nl": ["Porto", "Texel", "Maastricht", "Bonaire", "Wenen", "Ibiza", "Kopenhagen"],
    "nb": ["Kirkenes", "Svalbard", "Praha", "Mallorca", "Stockholm", "Kreta", "Lofoten"],
    "ru": ["Мурманск", "Геленджик", "Ереван", "Анапу", "Иркутск", "Питер", "Сочи"],
}  # fmt: skip
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "nb": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
}  # fmt: skip


def ordinal_en(d: int) -> str:
    suf = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return f"{d}{suf}"


def fmt_date(rng: random.Random, lang: str, d: int, m: int, y: int) -> str:
    mon = MONTHS[lang][m - 1]
    yy = f"{y % 100:02d}"
    forms = {
        "en": [
            f"{d:02d}/{m:02d}/{y}",
            f"{d}/{m}/{yy}",
            f"{ordinal_en(d)} {mon} {y}",
            f"{d} {mon[:3]} {y}",
            f"{mon} {d}, {y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d} {mon.lower()} {y}",
        ],
        "nl": [
            f"{d:02d}-{m:02d}-{y}",
            f"{d}-{m}-{y}",
            f"{d} {mon} {y}",
            f"{d:02d}/{m:02d}/{y}",
            f"{d}.{m}.{y}",
            f"{d} {mon[:3]} {y}",
            f"{d:02d}-{m:02d}-{yy}",
        ],
        "nb": [
            f"{d:02d}.{m:02d}.{y}",
            f"{d}.{m}.{yy}",
            f"{d}. {mon} {y}",
            f"{d}/{m}-{y}",
            f"{d:02d}{m:02d}{yy}",
            f"{d}.{m}.{y}",
            f"{d}. {mon[:3]}. {y}",
        ],
        "ru": [
            f"{d:02d}.{m:02d}.{y}",
            f"{d} {mon} {y} г.",
            f"{d:02d}.{m:02d}.{y}г",
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}/{m:02d}/{yy}",
            f"{d} {mon} {y}",
            f"{d:02d}.{m:02d}.{yy}",
        ],
    }[lang]
    return rng.choice(forms)


def no_yo(s: str) -> str:
    return s.replace("ё", "е").replace("Ё", "Е")


# ---------------------------------------------------------------------------------------
# numbers
# ---------------------------------------------------------------------------------------

LANDLINE = {
    "en": [("01904", 6, "4567"), ("01603", 6, "4567"), ("01225", 6, "3478"), ("0113", 7, "23"), ("029", 8, "2")],
    "nl": [("010", 7, "2345"), ("020", 7, "345678"), ("015", 7, "2368"), ("071", 7, "5"), ("076", 7, "5"), ("038", 7, "4"), ("023", 7, "5")],
    "nb": [("22", 6, "0123456789"), ("55", 6, "1235"), ("73", 6, "5"), ("77", 6, "6"), ("32", 6, "2"), ("62", 6, "5")],
    "ru": [("843", 7, "2"), ("495", 7, "1234"), ("4822", 6, "345"), ("846", 7, "2"), ("342", 7, "2"), ("3822", 6, "5")],
}  # fmt: skip


def landline(rng: random.Random, lang: str) -> str:
    while True:
        area, n, first = rng.choice(LANDLINE[lang])
        sub = rng.choice(first) + digits(rng, n - 1, first_nonzero=False)
        nat = area + sub
        region = REGION[lang]
        num = phonenumbers.parse(nat if lang != "ru" else "8" + nat, region)
        if phonenumbers.is_valid_number(num):
            break
    s = rng.randint(0, 2)
    if lang == "en":
        return [
            f"{area} {sub[:3]} {sub[3:]}" if n == 6 else f"{area} {sub[:3]} {sub[3:]}",
            phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL),
            f"{area}{sub}",
        ][s]
    if lang == "nl":
        return [
            f"{area}-{sub}",
            f"({area}) {sub[:3]} {sub[3:5]} {sub[5:]}",
            f"+31 {area[1:]} {sub[:3]} {sub[3:]}",
        ][s]
    if lang == "nb":
        return [
            f"{nat[:2]} {nat[2:4]} {nat[4:6]} {nat[6:]}",
            f"+47 {nat[:2]} {nat[2:4]} {nat[4:6]} {nat[6:]}",
            nat,
        ][s]
    fmt = f"{sub[:-4]}-{sub[-4:-2]}-{sub[-2:]}"
    return [f"8 ({area}) {fmt}", f"+7 {area} {fmt}", f"8{area}{sub}"][s]


def be_mobile(rng: random.Random) -> str:
    while True:
        nat = "4" + rng.choice("789") + digits(rng, 7, first_nonzero=False)
        num = phonenumbers.parse("0" + nat, "BE")
        if phonenumbers.is_valid_number(num):
            break
    return rng.choice(
        [
            f"0{nat[:3]} {nat[3:5]} {nat[5:7]} {nat[7:]}",
            f"+32 {nat[:3]} {nat[3:5]} {nat[5:7]} {nat[7:]}",
            f"0{nat[:3]}/{nat[3:]}",
        ]
    )


def card(rng: random.Random, lang: str) -> str:
    prefix = rng.choice(
        {
            "ru": ["2200", "2202", "4276", "5469"],
            "nb": ["4925", "5167", "4571"],
            "nl": ["4917", "5413", "6703"],
            "en": ["4658", "5355", "4929"],
        }[lang]
    )
    body = prefix + digits(rng, 11, first_nonzero=False)
    full = body + luhn.calc_check_digit(body)
    g = [full[i : i + 4] for i in range(0, 16, 4)]
    return rng.choice([" ".join(g), "-".join(g), full, " ".join(g)])


def nino(rng: random.Random) -> str:
    ok1 = "ABCEGHJKLMNOPRSTWXYZ"
    ok2 = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = rng.choice(ok1) + rng.choice(ok2)
        if p not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    d = digits(rng, 6, first_nonzero=False)
    suf = rng.choice("ABCD")
    return rng.choice(
        [f"{p} {d[:2]} {d[2:4]} {d[4:]} {suf}", f"{p}{d}{suf}", f"{p}{d[:2]} {d[2:4]} {d[4:]}{suf}"]
    )


def uk_account(rng: random.Random) -> str:
    sc = digits(rng, 6)
    acc = digits(rng, 8, first_nonzero=False)
    return rng.choice(
        [f"{sc[:2]}-{sc[2:4]}-{sc[4:]} {acc}", f"{sc[:2]}-{sc[2:4]}-{sc[4:]}, {acc}", f"{sc} {acc}"]
    )


def ticket(rng: random.Random, lang: str) -> str:
    pre = rng.choice(
        {
            "en": ["125", "235", "176"],
            "nl": ["074", "057", "125"],
            "nb": ["117", "328", "074"],
            "ru": ["555", "421", "262"],
        }[lang]
    )
    body = digits(rng, 10, first_nonzero=False)
    return rng.choice(
        [f"{pre}-{body}", f"{pre} {body}", f"{pre}{body}", f"{pre} {body[:4]} {body[4:]}"]
    )


def shaped(rng: random.Random, shape: str) -> str:
    out = []
    for i, ch in enumerate(shape):
        if ch == "#":
            out.append(rng.choice("123456789" if i == 0 else "0123456789"))
        elif ch == "@":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        else:
            out.append(ch)
    return "".join(out)


def s10_tracking(rng: random.Random, country: str) -> str:
    """A UPU S10 parcel code (two letters, 8 digits, check digit, country) with its check digit."""
    body = digits(rng, 8, first_nonzero=False)
    total = sum(int(c) * w for c, w in zip(body, [8, 6, 4, 2, 3, 5, 9, 7], strict=True))
    chk = 11 - total % 11
    chk = 0 if chk == 10 else 5 if chk == 11 else chk
    return f"{rng.choice(['RR', 'LP', 'CP', 'RA', 'EE'])}{body}{chk}{country}"


# Ofcom numbers reserved for drama (never allocated): business phones are hard negatives.
def drama_phone(rng: random.Random, intl: bool) -> str:
    a = rng.randint(0, 999)
    forms = [
        ("020 7946 0", "+44 20 7946 0"),
        ("0113 496 0", "+44 113 496 0"),
        ("0808 157 0", "+44 808 157 0"),
        ("0161 496 0", "+44 161 496 0"),
    ]
    local, inter = rng.choice(forms)
    return f"{inter if intl else local}{a:03d}"


# ---------------------------------------------------------------------------------------
# disguise helpers
# ---------------------------------------------------------------------------------------

RU_UNITS = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
RU_TEENS = ["десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать",
            "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать"]  # fmt: skip
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


def ru_group_words(g: str) -> list[str]:
    """A digit group as spoken in Russian: leading zeros one by one, then the number."""
    out = []
    while len(g) > 1 and g[0] == "0":
        out.append("ноль")
        g = g[1:]
    n = int(g)
    if n == 0:
        return [*out, "ноль"]
    h, rest = divmod(n, 100)
    if h:
        out.append(RU_HUND[h])
    if 10 <= rest < 20:
        out.append(RU_TEENS[rest - 10])
    else:
        t, u = divmod(rest, 10)
        if t:
            out.append(RU_TENS[t])
        if u:
            out.append(RU_UNITS[u])
    return out


def ru_spoken(value: str) -> str | None:
    """Digit groups of ``value`` as Russian number words, or None if a group would be ambiguous."""
    groups = re.findall(r"\+|\d+", value)
    words: list[str] = []
    for i, g in enumerate(groups):
        if g == "+":
            words.append("плюс")
            continue
        if len(g) > 3:
            return None
        last = i == len(groups) - 1
        if not last and (
            re.fullmatch(r"[1-9]00", g) or re.fullmatch(r"[1-9]0", g) or len(g) == 1 and i > 1
        ):
            return None
        words += ru_group_words(g)
    return " ".join(words)


def en_spoken(rng: random.Random, value: str) -> str:
    """Digits as English words, with 'oh' for zero and 'double' for a repeated digit."""
    ds = [c for c in value if c.isdigit() or c == "+"]
    out, i = [], 0
    while i < len(ds):
        c = ds[i]
        if c == "+":
            out.append("plus")
            i += 1
            continue
        if i + 1 < len(ds) and ds[i + 1] == c and rng.random() < 0.8:
            out.append(
                "double "
                + ("oh" if c == "0" and rng.random() < 0.5 else NUMBER_WORDS["en"][int(c)])
            )
            i += 2
            continue
        out.append("oh" if c == "0" and rng.random() < 0.6 else NUMBER_WORDS["en"][int(c)])
        i += 1
    return " ".join(out)


NL_TEENS = [
    "tien",
    "elf",
    "twaalf",
    "dertien",
    "veertien",
    "vijftien",
    "zestien",
    "zeventien",
    "achttien",
    "negentien",
]
NL_TENS = [
    "",
    "",
    "twintig",
    "dertig",
    "veertig",
    "vijftig",
    "zestig",
    "zeventig",
    "tachtig",
    "negentig",
]
NB_TEENS = [
    "ti",
    "elleve",
    "tolv",
    "tretten",
    "fjorten",
    "femten",
    "seksten",
    "sytten",
    "atten",
    "nitten",
]
NB_TENS = ["", "", "tjue", "tretti", "førti", "femti", "seksti", "sytti", "åtti", "nitti"]


def pair_word(lang: str, g: str) -> str:
    """A two-digit group as Dutch or Norwegian say it in phone numbers: 'vierendertig', 'trettifire'."""
    if g[0] == "0":
        return f"{NUMBER_WORDS[lang][0]} {NUMBER_WORDS[lang][int(g[1])]}"
    n = int(g)
    if n < 20:
        return (NL_TEENS if lang == "nl" else NB_TEENS)[n - 10]
    t, u = divmod(n, 10)
    if lang == "nl":
        if not u:
            return NL_TENS[t]
        unit = NUMBER_WORDS["nl"][u]
        return f"{unit}{'ën' if unit.endswith('e') else 'en'}{NL_TENS[t]}"
    return NB_TENS[t] + (NUMBER_WORDS["nb"][u] if u else "")


def pairs_spoken(lang: str, value: str) -> str | None:
    """A national number read out in pairs, or None if it has a country code or an odd length."""
    if "+" in value:
        return None
    ds = re.sub(r"\D", "", value)
    if len(ds) % 2:
        return None
    return ", ".join(pair_word(lang, ds[i : i + 2]) for i in range(0, len(ds), 2))


def words_all(rng: random.Random, lang: str, value: str, mixed: bool) -> str:
    """Each digit as a word (all, or about half when ``mixed``, never none), letters kept."""
    pos = [i for i, ch in enumerate(value) if ch.isdigit()]
    as_word = set(pos) if not mixed else set(rng.sample(pos, max(2, len(pos) // 2)))
    out = []
    for i, ch in enumerate(value):
        if ch.isdigit():
            out.append(NUMBER_WORDS[lang][int(ch)] if i in as_word else ch)
        elif ch == "+":
            out.append({"en": "plus", "nl": "plus", "nb": "pluss", "ru": "плюс"}[lang])
        elif ch.isalpha():
            out.append(ch)
    return " ".join(out)


def zero_width(rng: random.Random, value: str, n: int) -> str:
    chars = list(value)
    slots = rng.sample(range(1, len(chars)), min(n, len(chars) - 1))
    for pos in sorted(slots, reverse=True):
        chars.insert(pos, rng.choice(ZERO_WIDTH))
    return "".join(chars)


def homoglyphs(rng: random.Random, value: str, n: int) -> str:
    idx = [i for i, c in enumerate(value) if c in HOMOGLYPHS]
    chars = list(value)
    for i in rng.sample(idx, min(n, len(idx))):
        chars[i] = rng.choice(HOMOGLYPHS[chars[i]])
    return "".join(chars)


AT = {
    "en": ["at", "at sign", "at"],
    "nl": ["apenstaartje", "apestaart", "at"],
    "nb": ["krøllalfa", "alfakrøll", "at"],
    "ru": ["собака", "собачка", "эт"],
}
DOT = {"en": ["dot"], "nl": ["punt"], "nb": ["punktum", "prikk"], "ru": ["точка"]}
UNDERSCORE = {
    "en": "underscore",
    "nl": "liggend streepje",
    "nb": "understrek",
    "ru": "нижнее подчёркивание",
}
HYPHEN = {"en": "dash", "nl": "streepje", "nb": "bindestrek", "ru": "дефис"}
RU_DOMAIN_WORDS = {"mail": "мэйл", "yandex": "яндекс", "gmail": "джимейл", "ru": "ру", "com": "ком"}


def spell_email(rng: random.Random, lang: str, email: str) -> str:
    at, dot = rng.choice(AT[lang]), rng.choice(DOT[lang])
    local, domain = email.split("@")
    out = []
    for piece in re.split(r"([._-])", local):
        out.append({".": dot, "_": UNDERSCORE[lang], "-": HYPHEN[lang]}.get(piece, piece))
    out.append(at)
    dparts = domain.split(".")
    cyr = lang == "ru" and rng.random() < 0.5
    for k, dp in enumerate(dparts):
        if k:
            out.append(dot)
        out.append(RU_DOMAIN_WORDS.get(dp, dp) if cyr else dp)
    return " ".join(x for x in out if x)


# ---------------------------------------------------------------------------------------
# phrase tables
# ---------------------------------------------------------------------------------------

# businesses: (name, word for the customer number, shape of that number, the customer's problem)
BIZ = {
    "en": [
        (
            "Brightwave Energy",
            "account number",
            "##########",
            "my direct debit went out twice this month",
        ),
        (
            "Kestrel Mutual",
            "policy number",
            "KM-#######",
            "I need to add my partner to the car insurance",
        ),
        ("Parcelpoint", "customer ID", "########", "my parcel says delivered but it isn't here"),
        (
            "Northgate Building Society",
            "membership number",
            "#########",
            "I'm locked out of online banking",
        ),
        ("Fernlea Vets", "client number", "FL#####", "I want to move my dog's booster appointment"),
        (
            "Carrick Car Hire",
            "driver number",
            "C#######",
            "there's a damage charge on my card I don't agree with",
        ),
        (
            "Oakridge Housing",
            "tenancy reference",
            "T######",
            "the boiler in my flat has broken down again",
        ),
        ("Linden Mobile", "account number", "#### #### ##", "my roaming bill is way too high"),
        ("Marlow Pensions", "member number", "M########", "I'd like to transfer an old pension in"),
        (
            "Ashby & Cole Tax",
            "client reference",
            "AC######",
            "HMRC sent me a letter I don't understand",
        ),
        (
            "Seaview Hotels",
            "loyalty number",
            "#### #### ####",
            "I was charged for a room I cancelled",
        ),
        ("Kingsmead College", "student number", "########", "my student loan form got rejected"),
        (
            "Harbourline Ferries",
            "Harbourline Club number",
            "HC#######",
            "I need to change the name on our crossing",
        ),
        (
            "Skylark Holidays",
            "Skylark account number",
            "SK-######",
            "our transfer to the hotel never showed up",
        ),
        (
            "Threadbare Outfitters",
            "customer number",
            "#########",
            "I sent a jacket back three weeks ago and no refund yet",
        ),
    ],
    "nl": [
        ("Polderzon Energie", "klantnummer", "########", "mijn voorschot is ineens verdubbeld"),
        (
            "Zilvermeeuw Verzekeringen",
            "relatienummer",
            "#########",
            "ik wil mijn inboedelverzekering opzeggen",
        ),
        ("DeltaPost", "klantnummer", "DP-######", "mijn pakket staat al 4 dagen op 'onderweg'"),
        (
            "Woonstichting Eemhof",
            "huurdersnummer",
            "######",
            "de lekkage in de badkamer is nog steeds niet gemaakt",
        ),
        (
            "Hogeschool Dijkzicht",
            "studentnummer",
            "#######",
            "ik kan niet inloggen op het studentenportaal",
        ),
        (
            "Dierenkliniek De Wissel",
            "cliëntnummer",
            "#####",
            "ik wil de castratie van onze kater verzetten",
        ),
        (
            "Reisbureau Zonnewende",
            "klantnummer",
            "Z#######",
            "onze vlucht is verplaatst en nu missen we de transfer",
        ),
        (
            "Bank IJsselkant",
            "klantnummer",
            "##########",
            "er staat een afschrijving op mijn rekening die ik niet ken",
        ),
        (
            "Pensioenfonds Lindeboom",
            "deelnemersnummer",
            "########",
            "ik wil weten wat mijn pensioen wordt als ik eerder stop",
        ),
        (
            "BelNet Mobiel",
            "abonneenummer",
            "####-####",
            "mijn bundel is op terwijl ik bijna niks gebruikt heb",
        ),
        (
            "Verzekeringen Scheldeland",
            "klantennummer",
            "###/######",
            "mijn autoverzekering is opgeslagen zonder uitleg",
        ),
        (
            "Fietsverhuur Trapkracht",
            "klantcode",
            "@@####",
            "de fiets die ik huurde had een lekke band",
        ),
        (
            "Vliegwiel Vakanties",
            "reizigersnummer",
            "VV#######",
            "ons hotel op Kreta blijkt overboekt",
        ),
        ("Webwinkel Kralenkist", "klantnummer", "#######", "ik heb het verkeerde pakket gekregen"),
    ],
    "nb": [
        ("Fjordlys Strøm", "kundenummer", "#######", "strømregninga mi er helt vill denne måneden"),
        ("Nordkyst Forsikring", "kundenummer", "########", "jeg må melde en skade på bilen"),
        (
            "Postbudet Express",
            "kundenummer",
            "PB######",
            "pakken min har stått på terminalen i en uke",
        ),
        (
            "Boligbyggelaget Furua",
            "medlemsnummer",
            "######",
            "jeg lurer på hvor jeg står i ansiennitetskøen",
        ),
        ("Vestvidda Sparebank", "kundenummer", "#########", "kortet mitt er sperret"),
        (
            "Dyreklinikken Lia",
            "eiernummer",
            "#####",
            "katta skal vaksineres og jeg vil flytte timen",
        ),
        ("Fjelltur Reiser", "kundenummer", "FT######", "flyet vårt ble kansellert"),
        ("Telenett Mobil", "kundenummer", "########", "jeg har fått regning for data i utlandet"),
        (
            "Pensjonskassen Aurora",
            "medlemsnummer",
            "########",
            "jeg vil ha oversikt over pensjonen min",
        ),
        ("Bilutleie Nord", "leietakernummer", "BN#####", "de trakk depositum to ganger"),
        (
            "Studiesenteret Vestland",
            "studentnummer",
            "######",
            "jeg fikk ikke registrert meg til eksamen",
        ),
        ("Regnskapskontoret Tallriket", "klientnummer", "####", "skattemeldinga mi er feil"),
        ("Sydvest Charter", "kundenummer", "SC######", "bagasjen vår kom ikke fram"),
        ("Nettbutikken Stasj", "kundenummer", "########", "jeg fikk feil størrelse på jakka"),
    ],
    "ru": [
        (
            "ЭнергоСбыт Волга",
            "лицевой счёт",
            "############",
            "мне пришёл счёт за свет в три раза больше обычного",
        ),
        ("страховая «Берёзка»", "номер клиента", "########", "хочу продлить полис ОСАГО"),
        (
            "служба доставки «Почтовик»",
            "номер клиента",
            "##-######",
            "посылка висит в пункте выдачи уже неделю",
        ),
        ("ТелеВолна", "номер договора", "##########", "интернет не работает с утра"),
        ("банк «Северный»", "номер клиента", "#########", "у меня заблокировали карту"),
        ("ветклиника «Лапа»", "номер карты клиента", "#####", "хочу перенести прививку кота"),
        (
            "турагентство «Ветер странствий»",
            "номер клиента",
            "ВС######",
            "наш рейс перенесли, а отель не отвечает",
        ),
        ("НПФ «Опора»", "номер участника", "##########", "хочу узнать, сколько накоплено"),
        ("прокат «Колесо»", "номер клиента", "#######", "с меня списали залог два раза"),
        ("УК «Уютный дом»", "лицевой счёт", "#########", "в подъезде третий день нет света"),
        ("гостиница «Волжская»", "номер гостя", "######", "я забыл в номере зарядку"),
        (
            "туроператор «Полярная звезда»",
            "номер туриста",
            "ПЗ-#######",
            "нам не дали трансфер из аэропорта",
        ),
        ("интернет-магазин «Полка»", "номер покупателя", "########", "пришёл не тот товар"),
    ],
}

# which businesses fit which request (indices into BIZ)
FIT = {
    "en": {"travel": [12, 13], "insurance": [1, 8, 9], "bank": [3, 8]},
    "nl": {"travel": [6, 12], "insurance": [1, 10, 8], "bank": [7, 8]},
    "nb": {"travel": [6, 12], "insurance": [1, 8, 11], "bank": [4, 8]},
    "ru": {"travel": [6, 11], "insurance": [1, 7], "bank": [4, 7]},
}
KIND_SECTOR = {"booking": "travel", "passport": "travel", "ticket": "travel", "natid": "insurance", "trav": "travel",
               "tickets": "travel", "bookings": "travel", "mail": "travel", "fam": "insurance", "acct": "bank"}  # fmt: skip

GREET = {
    "en": ["Hi, you're chatting with {agent} at {biz}. How can I help today?", "Hello and welcome to {biz}! My name's {agent}, what can I do for you?",
           "Morning! {agent} here from the {biz} team 😊", "Thanks for contacting {biz}, you're speaking to {agent}."],
    "nl": ["Goedemiddag, u spreekt met {agent} van {biz}. Waarmee kan ik u helpen?", "Hoi! Je chat met {agent} van {biz} 👋 Waar kan ik je mee helpen?",
           "Welkom bij {biz}, mijn naam is {agent}.", "Dag, {agent} hier van {biz}. Wat kan ik voor u doen?"],
    "nb": ["Hei, du snakker med {agent} i {biz}. Hva kan jeg hjelpe deg med?", "Hei og velkommen til {biz}! Jeg heter {agent} 😊",
           "God morgen, {agent} fra {biz} her.", "Takk for at du kontakter {biz}, mitt navn er {agent}."],
    "ru": ["Здравствуйте! Вас приветствует {agent}, {biz}. Чем могу помочь?", "Добрый день, меня зовут {agent}, {biz}. Слушаю вас",
           "Здравствуйте, на связи {agent} из {biz} 🙂", "Добрый вечер! Оператор {agent}, {biz}."],
}  # fmt: skip
GREET_NONAME = {
    "en": ["Hi, welcome to {biz} chat, how can we help?", "Hello, {biz} support here."],
    "nl": [
        "Welkom bij de chat van {biz}, hoe kunnen we helpen?",
        "Goedemorgen, klantenservice {biz}.",
    ],
    "nb": ["Hei, velkommen til chatten hos {biz}!", "Kundeservice {biz}, hva gjelder det?"],
    "ru": ["Здравствуйте, чат поддержки {biz}. Чем помочь?", "{biz}, добрый день!"],
}
OPEN = {  # how the customer states the problem, several messages sometimes
    "en": [["hi {issue}"], ["Hello, {issue}."], ["hiya", "{issue}", "can someone sort it pls"], ["Good afternoon. {issue} and I'd like it sorted today please."], ["{issue} 😤"]],
    "nl": [["hallo {issue}"], ["Goedendag, {issue}."], ["hoi", "{issue}", "kunnen jullie even kijken?"], ["Dag mevrouw/meneer, {issue}. Graag een reactie."], ["{issue} 🙈"], ["allez, {issue}, kunt ge da efkes bekijken?"]],
    "nb": [["hei {issue}"], ["Hei. {issue}."], ["heisann", "{issue}", "ka gjør eg nå?"], ["God dag, {issue}, og jeg ønsker en forklaring."], ["{issue} 😩"], ["hei, æ har et problem: {issue}"]],
    "ru": [["здравствуйте {issue}"], ["Добрый день. {issue}."], ["алло", "{issue}", "помогите пожалуйста"], ["Здравствуйте! {issue}, прошу разобраться."], ["{issue} 😡"]],
}  # fmt: skip
WAIT = {
    "en": [
        "one sec",
        "hang on let me find the letter",
        "2 mins, it's upstairs",
        "bear with me",
        "just a moment please",
    ],
    "nl": [
        "moment",
        "effe zoeken hoor",
        "ff kijken",
        "één momentje, ik pak de brief erbij",
        "wacht even",
    ],
    "nb": ["vent litt", "et øyeblikk", "skal bare finne det", "2 sek", "vent, må finne papirene"],
    "ru": ["минутку", "сек, ищу", "подождите, сейчас найду", "одну минуту", "щас"],
}
OK_WAIT = {
    "en": ["No rush!", "Sure, take your time.", "No problem."],
    "nl": ["Geen probleem, neem de tijd.", "Prima!", "Tuurlijk."],
    "nb": ["Ingen stress!", "Selvsagt, ta den tiden du trenger.", "Helt greit."],
    "ru": ["Конечно, жду.", "Хорошо, не торопитесь.", "Жду 🙂"],
}
BACKQ = {  # customer question back, agent explanation
    "en": [("is that the one on the letter?", "Yes, top right of any letter or bill from us."), ("where do I find that", "It's in the confirmation email."), ("the long one or the short one?", "The long one please.")],
    "nl": [("staat die op de brief?", "Ja, rechtsboven op elke brief of factuur."), ("waar vind ik dat?", "In de bevestigingsmail."), ("bedoelt u die lange?", "Ja, die lange graag.")],
    "nb": [("står det på brevet?", "Ja, øverst til høyre på brev og faktura."), ("kor finn eg det?", "Det står i bekreftelsen på e-post."), ("det lange nummeret?", "Ja, det lange.")],
    "ru": [("это тот, что в квитанции?", "Да, в правом верхнем углу квитанции."), ("а где его посмотреть?", "В письме-подтверждении."), ("длинный номер?", "Да, длинный.")],
}  # fmt: skip
THANKS = {
    "en": ["Thanks, that's found you.", "Perfect, thank you.", "Got it 👍", "Lovely, thanks."],
    "nl": ["Dank u, ik heb u gevonden.", "Top, dank je!", "Helemaal goed.", "Bedankt, ik zie het."],
    "nb": ["Takk, da fant jeg deg.", "Supert!", "Flott, takk.", "Den er god."],
    "ru": ["Спасибо, нашла вас.", "Отлично, спасибо.", "Принято 👍", "Вижу, спасибо."],
}
BYE_C = {
    "en": ["cheers", "thanks so much!", "ok thank you", "brill ta"],
    "nl": ["top bedankt", "dank u wel", "oké dankjewel!", "merci!"],
    "nb": ["takk skal du ha", "tusen takk!", "flott, takk", "takk for hjelpa"],
    "ru": ["спасибо", "благодарю!", "ок спс", "спасибо большое"],
}
BYE_A = {
    "en": [
        "You're welcome, have a good day!",
        "All sorted. Anything else?",
        "Happy to help, take care.",
    ],
    "nl": ["Graag gedaan, fijne dag nog!", "Is er verder nog iets?", "Succes ermee!"],
    "nb": ["Bare hyggelig, ha en fin dag!", "Noe mer jeg kan hjelpe med?", "Lykke til!"],
    "ru": ["Пожалуйста, хорошего дня!", "Могу ещё чем-то помочь?", "Обращайтесь!"],
}

# agent questions per kind; {word} = the business's word for the customer number
Q = {
    "en": {
        "name": ["Can I take your full name please?", "Who am I speaking with today?", "What name is the account under?", "And the name of the account holder?"],
        "dob": ["Can you confirm your date of birth for security?", "What's your DOB?", "I'll just need your date of birth.", "And when were you born?"],
        "phone": ["What's the best number to reach you on?", "Can I grab a contact number?", "Which mobile should we text the code to?", "Is there a number I can call you back on?"],
        "email": ["What email address is on the account?", "Where shall I send the confirmation email?", "Can you give me your email please?"],
        "booking": ["I'll need the booking reference.", "What was the booking code again?", "Have you got the 6-character reference from your confirmation?", "Could you pop the booking ref in here?"],
        "customer": ["What's your {word}?", "I'll need your {word} to pull up the account.", "Could you give me the {word}? It's on your letters.", "Have you got your {word} handy?"],
        "passport": ["What's the passport number?", "I need the passport number as printed on the photo page.", "Can you give me the passport no. for the traveller?"],
        "natid": ["Could you confirm your National Insurance number?", "What's your NI number?", "I'll need your NINO to match the records."],
        "iban": ["Which IBAN should the refund go to?", "Can you send the IBAN for the refund please?"],
        "account": ["What's the sort code and account number?", "Which account should we pay it into? Sort code and account number please."],
        "card": ["I need the full card number to trace the payment, can you type it?", "Can you give me the long number on the card?"],
        "ticket": ["What's the e-ticket number? It's 13 digits.", "Do you have the ticket number from the receipt?"],
        "landline": ["Do you have a landline too?", "Is there a home number we can use?"],
    },
    "nl": {
        "name": ["Mag ik uw volledige naam?", "Met wie spreek ik?", "Op welke naam staat het contract?", "Op wiens naam staat het?"],
        "dob": ["Wat is uw geboortedatum?", "Kunt u ter controle uw geboortedatum geven?", "Ik heb nog even je geboortedatum nodig.", "Wanneer bent u geboren?"],
        "phone": ["Op welk nummer kunnen we u bereiken?", "Mag ik een telefoonnummer voor als de verbinding wegvalt?", "Naar welk mobiel nummer mag de code?", "Wat is je 06?"],
        "email": ["Wat is het e-mailadres dat bij ons bekend is?", "Naar welk mailadres mag de bevestiging?", "Mag ik je e-mailadres?"],
        "booking": ["Ik heb de boekingscode nodig.", "Wat is het reserveringsnummer?", "Heeft u de code van 6 tekens uit de bevestiging?", "Kun je de boekingsreferentie even sturen?"],
        "customer": ["Wat is uw {word}?", "Kunt u mij het {word} geven?", "Ik heb uw {word} nodig om u te vinden.", "Heb je je {word} bij de hand?"],
        "passport": ["Wat is het paspoortnummer?", "Mag ik het documentnummer van het paspoort?", "Welk nummer staat er op het paspoort?"],
        "natid": ["Mag ik uw BSN ter controle?", "Wat is je burgerservicenummer?", "Ik heb het BSN van uw partner nodig."],
        "iban": ["Op welk rekeningnummer wilt u het geld terug?", "Wat is uw IBAN?", "Naar welke rekening mogen we het storten?"],
        "card": ["Met welke creditcard heeft u betaald? Ik heb het volledige nummer nodig.", "Wat is het kaartnummer?"],
        "ticket": ["Wat is het ticketnummer? Dat zijn 13 cijfers.", "Heeft u het e-ticketnummer?"],
        "landline": ["Heeft u ook een vast nummer?", "Is er een vaste lijn waarop we u kunnen bellen?"],
    },
    "nb": {
        "name": ["Hva er fullt navn?", "Hvem snakker jeg med?", "Hvilket navn står avtalen på?", "Og navnet på den som står på avtalen?"],
        "dob": ["Hva er fødselsdatoen din?", "Kan du bekrefte fødselsdato?", "Jeg trenger fødselsdatoen din.", "Når er du født?"],
        "phone": ["Hvilket nummer kan vi nå deg på?", "Kan jeg få et mobilnummer?", "Hvilket nummer skal koden sendes til?", "Har du et nummer vi kan ringe tilbake til?"],
        "email": ["Hvilken e-postadresse er registrert?", "Hvor skal bekreftelsen sendes?", "Kan jeg få e-posten din?"],
        "booking": ["Jeg trenger bestillingsreferansen.", "Hva er referansenummeret på bestillingen?", "Har du koden på 6 tegn fra bekreftelsen?", "Kan du sende bookingreferansen?"],
        "customer": ["Hva er {word}et ditt?", "Kan jeg få {word}et?", "Jeg trenger {word}et for å finne deg.", "Har du {word}et for hånden?"],
        "passport": ["Hva er passnummeret?", "Kan jeg få passnummeret til den reisende?", "Hvilket nummer står i passet?"],
        "natid": ["Kan du oppgi fødselsnummeret, alle 11 siffer?", "Hva er personnummeret ditt?", "Jeg trenger fødselsnummeret til barnet."],
        "iban": ["Hvilket IBAN skal pengene til?", "Kan du sende IBAN-nummeret?"],
        "account": ["Hvilket kontonummer skal refusjonen til?", "Hva er kontonummeret ditt?", "Hvor skal vi betale ut? Kontonummer takk."],
        "card": ["Hva er kortnummeret? Jeg trenger alle 16 sifrene.", "Hvilket kort betalte du med? Hele nummeret."],
        "ticket": ["Hva er billettnummeret? Det er 13 siffer.", "Har du e-billettnummeret?"],
        "landline": ["Har du fasttelefon også?", "Er det et fastnummer vi kan bruke?"],
    },
    "ru": {
        "name": ["Как к вам обращаться? Полностью ФИО", "Назовите, пожалуйста, ваше ФИО.", "На кого оформлен договор?", "Фамилия, имя, отчество владельца?"],
        "dob": ["Ваша дата рождения?", "Подтвердите, пожалуйста, дату рождения.", "Мне нужна ваша дата рождения.", "Когда вы родились?"],
        "phone": ["По какому номеру с вами связаться?", "Оставьте, пожалуйста, контактный телефон.", "На какой номер отправить код?", "Куда вам перезвонить?"],
        "email": ["Какая электронная почта указана в договоре?", "На какую почту отправить подтверждение?", "Продиктуйте вашу почту, пожалуйста."],
        "booking": ["Мне нужен номер брони.", "Какой у вас код бронирования?", "Пришлите, пожалуйста, шестизначный код из подтверждения.", "Назовите номер бронирования."],
        "customer": ["Какой у вас {word}?", "Назовите, пожалуйста, {word}.", "Мне нужен ваш {word}, чтобы найти вас в системе.", "{word} подскажете?"],
        "passport": ["Номер загранпаспорта?", "Серия и номер паспорта?", "Продиктуйте серию и номер паспорта пассажира."],
        "natid_snils": ["Назовите СНИЛС, пожалуйста.", "Какой у вас СНИЛС?", "Продиктуйте номер СНИЛС."],
        "natid_inn": ["Мне нужен ваш ИНН.", "Подскажите ИНН, пожалуйста.", "ИНН физлица, 12 цифр?"],
        "account": ["На какой счёт вернуть деньги? Нужен номер счёта, 20 цифр.", "Номер вашего счёта?"],
        "card": ["Номер карты, с которой была оплата?", "Продиктуйте номер карты полностью."],
        "ticket": ["Номер электронного билета? Там 13 цифр.", "Подскажите номер билета."],
        "landline": ["А домашний телефон есть?", "Есть городской номер?"],
    },
}  # fmt: skip

# cue templates for plain values
CUE = {
    "en": {
        "name": ["Hi my name is {v}", "it's {v} here", "Name: {v}", "this is {v} speaking"],
        "dob": ["my date of birth is {v}", "DOB {v}", "I was born on {v}", "d.o.b. is {v}"],
        "phone": ["you can reach me on {v}", "my mobile is {v}", "call me on {v} after 5", "my number's {v}"],
        "email": ["my email is {v}", "email: {v}", "send it to my email {v} please"],
        "booking": ["booking reference {v}", "my booking ref is {v}", "the booking code is {v}"],
        "customer": ["my {word} is {v}", "{word}: {v}", "{word} {v} if that helps"],
        "passport": ["passport number {v}", "my passport no is {v}"],
        "natid": ["my NI number is {v}", "National Insurance no. {v}"],
        "iban": ["my IBAN is {v}", "refund to IBAN {v} please"],
        "account": ["sort code and account no: {v}", "my bank details are sort code/account {v}"],
        "card": ["card number {v}", "I paid with my card, number {v}"],
        "ticket": ["ticket number {v}", "e-ticket no. {v}"],
        "landline": ["home phone {v}", "landline is {v}"],
        "address": ["my address is {v}", "I live at {v}"],
    },
    "nl": {
        "name": ["Hallo, mijn naam is {v}", "u spreekt met {v}", "Naam: {v}", "met {v} hier"],
        "dob": ["mijn geboortedatum is {v}", "geb. datum {v}", "ik ben geboren op {v}", "geboren {v}"],
        "phone": ["mijn nummer is {v}", "mobiel: {v}", "bel me maar op {v}", "je kunt me bereiken op {v}"],
        "email": ["mijn mail is {v}", "e-mailadres: {v}", "stuur het maar naar mijn e-mail {v}"],
        "booking": ["boekingscode {v}", "mijn reserveringsnummer is {v}", "de boekingsreferentie is {v}"],
        "customer": ["mijn {word} is {v}", "{word}: {v}", "{word} {v}"],
        "passport": ["paspoortnummer {v}", "mijn paspoort heeft nummer {v}"],
        "natid": ["mijn BSN is {v}", "burgerservicenummer {v}"],
        "iban": ["mijn IBAN is {v}", "graag terugstorten op rekening {v}"],
        "card": ["creditcardnummer {v}", "ik heb betaald met kaart {v}"],
        "ticket": ["ticketnummer {v}", "e-ticket {v}"],
        "landline": ["vast nummer {v}", "thuis {v}"],
        "address": ["mijn adres is {v}", "ik woon op {v}"],
    },
    "nb": {
        "name": ["Hei, jeg heter {v}", "det er {v} her", "Navn: {v}", "mitt navn er {v}"],
        "dob": ["fødselsdatoen min er {v}", "født {v}", "jeg er født {v}", "f. {v}"],
        "phone": ["du når meg på {v}", "mobilnummeret mitt er {v}", "ring meg på {v}", "tlf {v}"],
        "email": ["e-posten min er {v}", "epost: {v}", "send det til e-post {v}"],
        "booking": ["bestillingsreferanse {v}", "referansen min er {v}", "bookingnummer {v}"],
        "customer": ["{word}et mitt er {v}", "{word}: {v}", "{word} {v}"],
        "passport": ["passnummer {v}", "passet mitt har nummer {v}"],
        "natid": ["fødselsnummeret mitt er {v}", "personnummer {v}"],
        "iban": ["IBAN: {v}", "IBAN-en min er {v}"],
        "account": ["kontonummeret mitt er {v}", "kontonr {v}"],
        "card": ["kortnummer {v}", "jeg betalte med kort {v}"],
        "ticket": ["billettnummer {v}", "e-billett {v}"],
        "landline": ["fasttelefon {v}", "hjemme: {v}"],
        "address": ["adressen min er {v}", "jeg bor i {v}"],
    },
    "ru": {
        "name": ["Здравствуйте, меня зовут {v}", "это {v}", "ФИО: {v}", "пишет {v}"],
        "dob": ["дата рождения {v}", "я родилась {v}", "д.р. {v}", "родился {v}"],
        "phone": ["мой номер {v}", "телефон для связи {v}", "звоните на {v}", "тел. {v}"],
        "email": ["моя почта {v}", "e-mail: {v}", "пишите на почту {v}"],
        "booking": ["номер брони {v}", "код бронирования {v}", "бронь {v}"],
        "customer": ["мой {word} {v}", "{word}: {v}", "{word} {v}"],
        "passport": ["паспорт {v}", "серия и номер паспорта {v}"],
        "natid_snils": ["СНИЛС {v}", "мой снилс {v}"],
        "natid_inn": ["мой ИНН {v}", "ИНН: {v}"],
        "account": ["номер счёта {v}", "мой счёт {v}"],
        "card": ["номер карты {v}", "оплачивала картой {v}"],
        "ticket": ["номер билета {v}", "электронный билет {v}"],
        "landline": ["домашний {v}", "городской телефон {v}"],
        "address": ["мой адрес {v}", "живу по адресу {v}"],
    },
}  # fmt: skip

ADDR_Q = {
    "en": ["Where should we send it?", "What's the delivery address?", "Which address should we post it to?", "And where are you living now?", "What address should go on the policy?", "Where would you like the replacement sent?"],
    "nl": ["Waar mogen we het naartoe sturen?", "Wat is het bezorgadres?", "Naar welk adres mogen we het opsturen?", "Waar woon je nu?", "Op welk adres komt de polis?", "Waar mag de monteur langskomen?"],
    "nb": ["Hvor skal vi sende det?", "Hva er leveringsadressen?", "Hvilken adresse skal vi sende brevet til?", "Hvor bor du nå?", "Hvilken adresse skal stå på avtalen?", "Hvor skal montøren komme?"],
    "ru": ["Куда отправить?", "Адрес доставки?", "На какой адрес выслать документы?", "Где вы сейчас проживаете?", "Какой адрес указать в договоре?", "Куда подъехать мастеру?"],
}  # fmt: skip

# hard negatives: (question, [answer templates with {v}]) per kind
NEGQ = {
    "en": {
        "order_number": ["And the order number?", "What's the order number on the receipt?"],
        "travel_date": ["When do you want to travel?", "What date is the outbound flight?"],
        "stay_date": ["Which date is the stay?", "And the arrival date?"],
        "start_date": ["From which date should the change apply?", "When are you moving out?"],
        "destination": ["Where are you flying to?", "And the destination?"],
        "amount": ["How much were you charged?", "What was the amount taken?"],
        "time": ["What time was the delivery slot?", "What time did the driver come?"],
        "time_travel": ["What time does the flight leave?", "What time is the sailing?"],
        "time_visit": ["What time was the appointment?", "What time did the engineer say he'd come?"],
        "tracking_number": ["Have you got the tracking number?", "What's the tracking code?"],
        "seat": ["Which seat were you given?", "What seat number is on the boarding pass?"],
        "product_code": ["What's the product code on the box?", "Which model is it? There's a code on the label."],
    },
    "nl": {
        "order_number": ["En het ordernummer?", "Wat is het bestelnummer?"],
        "travel_date": ["Wanneer wilt u vertrekken?", "Op welke datum is de heenvlucht?"],
        "stay_date": ["Voor welke datum is de overnachting?", "Wat is de aankomstdatum?"],
        "start_date": ["Per welke datum wilt u de wijziging?", "Wanneer verhuist u?"],
        "destination": ["Waar gaat de reis naartoe?", "En de bestemming?"],
        "amount": ["Welk bedrag is er afgeschreven?", "Hoeveel heeft u betaald?"],
        "time": ["Hoe laat zou het bezorgd worden?", "Hoe laat kwam de bezorger?"],
        "time_travel": ["Hoe laat vertrekt de vlucht?", "Hoe laat gaat de bus naar het hotel?"],
        "time_visit": ["Hoe laat was de afspraak?", "Hoe laat zou de monteur komen?"],
        "tracking_number": ["Heb je de track & trace code?", "Wat is de zendingscode?"],
        "seat": ["Welke stoel heeft u gekregen?", "Welk stoelnummer staat op de instapkaart?"],
        "product_code": ["Wat is het artikelnummer?", "Welk typenummer staat op de sticker?"],
    },
    "nb": {
        "order_number": ["Og ordrenummeret?", "Hva er bestillingsnummeret på kvitteringen?"],
        "travel_date": ["Når vil dere reise?", "Hvilken dato er utreisen?"],
        "stay_date": ["Hvilken dato gjelder oppholdet?", "Hva er ankomstdatoen?"],
        "start_date": ["Fra hvilken dato skal endringen gjelde?", "Når flytter du?"],
        "destination": ["Hvor skal dere reise?", "Og reisemålet?"],
        "amount": ["Hvor mye ble trukket?", "Hvilket beløp gjelder det?"],
        "time": ["Når skulle pakken komme?", "Når kom sjåføren?"],
        "time_travel": ["Når går flyet?", "Når går ferja?"],
        "time_visit": ["Når var timen?", "Når sa montøren at han skulle komme?"],
        "tracking_number": ["Har du sporingsnummeret?", "Hva er sendingsnummeret?"],
        "seat": ["Hvilket sete fikk du?", "Hva står det på boardingkortet, sete?"],
        "product_code": ["Hva er varenummeret?", "Hvilken modell er det? Det står en kode på lappen."],
    },
    "ru": {
        "order_number": ["А номер заказа?", "Какой номер заказа в чеке?"],
        "travel_date": ["Когда планируете вылет?", "Дата вылета туда?"],
        "stay_date": ["На какую дату заселение?", "Дата заезда?"],
        "start_date": ["С какой даты внести изменения?", "Когда переезжаете?"],
        "destination": ["Куда летите?", "Пункт назначения?"],
        "amount": ["Какая сумма списалась?", "Сколько вы заплатили?"],
        "time": ["Во сколько обещали доставку?", "Во сколько приезжал курьер?"],
        "time_travel": ["Во сколько вылет?", "Во сколько трансфер?"],
        "time_visit": ["Во сколько была запись?", "Во сколько обещал прийти мастер?"],
        "tracking_number": ["Трек-номер есть?", "Подскажите трек-номер посылки."],
        "seat": ["Какое у вас место?", "Место в посадочном какое?"],
        "product_code": ["Какой артикул товара?", "Артикул с коробки подскажете?"],
    },
}  # fmt: skip


def neg_value(rng: random.Random, lang: str, kind: str) -> str:
    if kind == "order_number":
        return rng.choice(
            [
                shaped(rng, "#######"),
                "#" + shaped(rng, "######"),
                shaped(rng, "ORD-#######"),
                shaped(rng, "W########"),
                shaped(rng, "####-####-##"),
            ]
        )
    if kind == "travel_date":
        d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2026, 2027])
        return fmt_date(rng, lang, d, m, y)
    if kind == "destination":
        c = rng.choice(DESTS[lang])
        return c.lower() if rng.random() < 0.4 else c
    if kind == "amount":
        a = rng.randint(12, 2400)
        c = rng.randint(0, 99)
        return {"en": rng.choice([f"£{a}.{c:02d}", f"£{a}", f"{a} quid"]),
                "nl": rng.choice([f"€ {a},{c:02d}", f"€{a}", f"{a} euro"]),
                "nb": rng.choice([f"{a} kr", f"kr {a},-", f"{a},{c:02d} kroner"]),
                "ru": rng.choice([f"{a} ₽", f"{a} руб.", f"{a},{c:02d} р"])}[lang]  # fmt: skip
    if kind == "time":
        h, mi = rng.randint(6, 22), rng.choice([0, 5, 15, 20, 30, 35, 45, 50])
        return {"en": rng.choice([f"{h}:{mi:02d}", f"{h % 12 or 12}.{mi:02d}pm" if h > 12 else f"{h}:{mi:02d}am", f"between {h} and {h + 2}"]),
                "nl": rng.choice([f"{h}:{mi:02d}", f"{h}.{mi:02d} uur", f"tussen {h} en {h + 2} uur"]),
                "nb": rng.choice([f"kl. {h}.{mi:02d}", f"{h}:{mi:02d}", f"mellom {h} og {h + 2}"]),
                "ru": rng.choice([f"{h}:{mi:02d}", f"в {h}.{mi:02d}", f"с {h} до {h + 2}"])}[lang]  # fmt: skip
    if kind == "tracking_number":
        return rng.choice(
            [
                s10_tracking(rng, {"en": "GB", "nl": "NL", "nb": "NO", "ru": "RU"}[lang]),
                shaped(rng, "3S@@@@#######"),
                shaped(rng, "JJ################"),
            ]
        )
    if kind == "seat":
        return f"{rng.randint(1, 38)}{rng.choice('ABCDEF')}"
    if kind == "product_code":
        return rng.choice(
            [
                shaped(rng, "@@-####/@@"),
                shaped(rng, "###.###.##"),
                shaped(rng, "@@@####-#"),
                "EAN " + shaped(rng, "#############"),
            ]
        )
    raise ValueError(kind)


QKIND = {
    "stay_date": "travel_date",
    "start_date": "travel_date",
    "time_travel": "time",
    "time_visit": "time",
}
SECTORS = {
    "en": [
        "other",
        "other",
        "parcel",
        "other",
        "other",
        "shop",
        "other",
        "shop",
        "other",
        "other",
        "hotel",
        "other",
        "travel",
        "travel",
        "parcel",
    ],
    "nl": [
        "other",
        "other",
        "parcel",
        "other",
        "other",
        "other",
        "travel",
        "other",
        "other",
        "shop",
        "other",
        "shop",
        "travel",
        "parcel",
    ],
    "nb": [
        "other",
        "other",
        "parcel",
        "other",
        "other",
        "other",
        "travel",
        "shop",
        "other",
        "shop",
        "other",
        "other",
        "travel",
        "parcel",
    ],
    "ru": [
        "other",
        "other",
        "parcel",
        "shop",
        "other",
        "other",
        "travel",
        "other",
        "shop",
        "other",
        "hotel",
        "travel",
        "parcel",
    ],
}
SECTOR_NEG = {  # the agent questions whose answers are hard negatives, per kind of business
    "travel": [
        "travel_date",
        "destination",
        "seat",
        "time_travel",
        "amount",
        "business_phone",
        "stay_date",
    ],
    "hotel": ["stay_date", "amount", "business_phone", "time_visit"],
    "parcel": [
        "tracking_number",
        "order_number",
        "time",
        "product_code",
        "amount",
        "business_phone",
    ],
    "shop": ["order_number", "product_code", "amount", "start_date", "business_phone"],
    "other": ["amount", "start_date", "time_visit", "business_phone"],
}


# how the agent gives the business's own number (a hard negative)
BIZ_PHONE = {
    "en": [
        "If it happens again call us on {v}, we're open till 8.",
        "You can also ring the claims line: {v}",
    ],
    "nl": [
        "Mocht het weer gebeuren, bel ons gerust op {v} (ook vanuit het buitenland).",
        "Onze internationale servicelijn is {v}.",
    ],
    "nb": [
        "Du kan også ringe vår britiske avdeling på {v}.",
        "Skadeavdelingen i London har nummer {v}.",
    ],
    "ru": ["Если что, звоните в наш лондонский офис: {v}", "Международная линия поддержки: {v}"],
}


# ---------------------------------------------------------------------------------------
# value generation
# ---------------------------------------------------------------------------------------


class Conv:
    """One conversation under construction: turns, the business, and the checkable values."""

    def __init__(self, rng: random.Random, lang: str, cls: str, j: int) -> None:
        self.rng, self.lang, self.cls, self.j = rng, lang, cls, j
        self.turns: list[tuple[str, list[Part]]] = []
        self.groups: list[dict] = []
        self.bi = rng.randrange(len(BIZ[lang]))
        if rng.random() < 0.5:  # half the chats are with travel firms, shops and parcel services
            self.bi = rng.choice([i for i, sec in enumerate(SECTORS[lang]) if sec != "other"])
        self.neg_key: str | None = None
        if j % 3 == 0:  # a third of the chats carry a hard negative; spread the kinds evenly
            keys = sorted({k for ks in SECTOR_NEG.values() for k in ks})
            self.neg_key = keys[
                (j // 3 + 3 * LANGS.index(lang) + 5 * CLASSES.index(cls)) % len(keys)
            ]
            self.bi = rng.choice(
                [i for i, sec in enumerate(SECTORS[lang]) if self.neg_key in SECTOR_NEG[sec]]
            )
        self.flemish = lang == "nl" and j % 5 == 0
        self.yo = not (lang == "ru" and j % 2 == 1)
        self.voice = j % 7 == 3  # voice-to-text: no punctuation, lower case
        self.emoji = j % 6 == 2
        self.typos = j % 4 == 1  # a customer who types fast: letters swapped in a word now and then
        self.ru_natid = "snils" if cls == "list" or rng.random() < 0.3 else "inn"

    def fit(self, kind: str) -> None:
        """Pick a business for which the agent would plausibly ask for ``kind``."""
        sector = KIND_SECTOR.get(kind)
        if sector:
            self.bi = self.rng.choice(FIT[self.lang][sector])

    @property
    def biz(self) -> tuple[str, str, str, str]:
        return BIZ[self.lang][self.bi]

    @property
    def sector(self) -> str:
        return SECTORS[self.lang][self.bi]

    # -- turns ---------------------------------------------------------------------------
    def _fix(self, s: str, customer: bool) -> str:
        if not self.yo:
            s = no_yo(s)
        if customer and self.voice:
            s = re.sub(r"[.,!?;:]+(\s|$)", r"\1", s).lower()
        return s

    def a(self, *parts: Part) -> None:
        self.turns.append(
            ("agent", [self._fix(p, False) if isinstance(p, str) else p for p in parts])
        )

    def c(self, *parts: Part) -> None:
        ps = [self._fix(p, True) if isinstance(p, str) else p for p in parts]
        if self.typos:
            ps = [self._typo(p) if isinstance(p, str) else p for p in ps]
        if self.emoji and self.rng.random() < 0.3:
            ps.append(self.rng.choice([" 🙏", " 😅", " 👍", " 🙂"]))
        self.turns.append(("customer", ps))

    def _typo(self, s: str) -> str:
        words = [m for m in re.finditer(r"[^\W\d_]{5,}", s)]
        if not words or self.rng.random() < 0.5:
            return s
        w = self.rng.choice(words)
        i = self.rng.randrange(w.start() + 1, w.end() - 2)
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :]

    def pick(self, xs: list) -> str:
        return self.rng.choice(xs)

    # -- values --------------------------------------------------------------------------
    def name(self) -> str:
        rng, lang = self.rng, self.lang
        if lang == "ru":
            fem = rng.random() < 0.5
            first = rng.choice(RU_F if fem else RU_M)
            last = rng.choice(RU_LAST) + ("а" if fem else "")
            pat = rng.choice(RU_PAT_F if fem else RU_PAT_M)
            s = rng.choice(
                [
                    f"{last} {first} {pat}",
                    f"{first} {last}",
                    f"{last} {first}",
                    f"{first} {pat} {last}",
                ]
            )
            return s if self.yo else no_yo(s)
        return f"{rng.choice(FIRST[lang])} {rng.choice(LAST[lang])}"

    def value(self, kind: str) -> Val:
        rng, lang = self.rng, self.lang
        if kind == "name":
            return Val(self.name(), "PERSON")
        if kind == "dob":
            d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1941, 2012)
            return Val(fmt_date(rng, lang, d, m, y), "DATE_OF_BIRTH")
        if kind == "phone":
            if self.flemish and rng.random() < 0.6:
                return Val(be_mobile(rng), "PHONE_NUMBER", "phone", "BE")
            return Val(phone(rng, lang), "PHONE_NUMBER", "phone", REGION[lang])
        if kind == "landline":
            return Val(landline(rng, lang), "PHONE_NUMBER", "phone", REGION[lang])
        if kind == "email":
            return Val(self.email(), "EMAIL_ADDRESS", "email")
        if kind == "booking":
            return Val(booking_ref(rng), "BOOKING_REFERENCE", "booking")
        if kind == "customer":
            return Val(shaped(rng, self.biz[2]), "CUSTOMER_NUMBER", "custno")
        if kind == "passport":
            if lang == "ru" and rng.random() < 0.5:
                return Val(
                    f"{rng.randint(10, 99)} {rng.randint(10, 24)} {digits(rng, 6)}",
                    "PASSPORT",
                    "passport",
                )
            return Val(passport(rng, lang), "PASSPORT", "passport")
        if kind == "natid":
            if lang == "nl":
                v = nl_bsn(rng)
                return Val(
                    rng.choice([v, f"{v[:4]}.{v[4:6]}.{v[6:]}", f"{v[:3]} {v[3:6]} {v[6:]}"]),
                    "NATIONAL_ID",
                    "bsn",
                )
            if lang == "nb":
                v, _ = no_fnr(rng)
                return Val(rng.choice([v, f"{v[:6]} {v[6:]}"]), "NATIONAL_ID", "fnr")
            if lang == "ru":
                if self.ru_natid == "snils":
                    v = ru_snils(rng)
                    return Val(
                        rng.choice([v, v.replace("-", "").replace(" ", "")]), "NATIONAL_ID", "snils"
                    )
                return Val(ru_inn(rng), "NATIONAL_ID", "inn")
            return Val(nino(rng), "NATIONAL_ID", "nino")
        if kind == "iban":
            country = {"en": "GB", "nl": "NL", "nb": "NO"}[lang]
            v = iban(rng, country)
            return Val(v if rng.random() < 0.7 else v.replace(" ", ""), "IBAN_CODE", "iban")
        if kind == "account":
            if lang == "nb":
                v = no_kontonr(rng)
                return Val(
                    rng.choice([f"{v[:4]}.{v[4:6]}.{v[6:]}", f"{v[:4]} {v[4:6]} {v[6:]}", v]),
                    "BANK_ACCOUNT",
                    "kontonr",
                )
            if lang == "ru":
                v = ru_account(rng)
                return Val(
                    rng.choice([v, f"{v[:5]} {v[5:8]} {v[8]} {v[9:13]} {v[13:]}"]),
                    "BANK_ACCOUNT",
                    "ruacct",
                )
            return Val(uk_account(rng), "BANK_ACCOUNT", "ukacct")
        if kind == "card":
            return Val(card(rng, lang), "CREDIT_CARD", "card")
        if kind == "ticket":
            return Val(ticket(rng, lang), "TICKET_NUMBER", "ticket")
        if kind == "address":
            return Val(self.address(), "LOCATION")
        raise ValueError(kind)

    def email(self) -> str:
        rng, lang = self.rng, self.lang
        tr = str.maketrans({"ø": "o", "å": "a", "æ": "ae", "é": "e", "ë": "e"})
        if lang == "ru":
            first = rng.choice(
                [
                    "grisha",
                    "roma",
                    "alena",
                    "dasha",
                    "polina",
                    "vera",
                    "egor",
                    "timur",
                    "irina",
                    "oleg",
                ]
            )
            last = rng.choice(
                ["gavrilov", "ershova", "tikhonov", "semenova", "gromov", "kalinina", "zhuravlev"]
            )
        else:
            first = rng.choice(FIRST[lang]).lower().split()[0].translate(tr)
            last = rng.choice(LAST[lang]).lower().replace(" ", "").replace("-", "").translate(tr)
        dom = rng.choice({"en": ["gmail.com", "outlook.com", "sky.com", "hotmail.co.uk"],
                          "nl": ["gmail.com", "ziggo.nl", "planet.nl", "telenet.be", "hotmail.com"],
                          "nb": ["gmail.com", "online.no", "hotmail.com", "icloud.com"],
                          "ru": ["mail.ru", "yandex.ru", "gmail.com", "list.ru"]}[lang])  # fmt: skip
        local = rng.choice(
            [
                f"{first}.{last}",
                f"{first[0]}{last}",
                f"{first}_{last}{rng.randint(70, 99)}",
                f"{last}.{first}",
                f"{first}-{last}",
            ]
        )
        return f"{local}@{dom}"

    def address(self) -> str:
        rng, lang = self.rng, self.lang
        if self.flemish:
            st, (town, pc) = rng.choice(STREETS["be"]), rng.choice(TOWNS["be"])
            no = rng.randint(1, 180)
            s = rng.choice(
                [
                    f"{st} {no}, {pc} {town}",
                    f"{st} {no} bus {rng.randint(1, 12)}, {pc} {town}",
                    f"{st} {no} {pc} {town}",
                ]
            )
        elif lang == "en":
            st, (town, pc) = rng.choice(STREETS["en"]), rng.choice(TOWNS["en"])
            no = rng.randint(1, 99)
            s = rng.choice(
                [
                    f"{no} {st}, {town}, {pc}",
                    f"flat {rng.randint(1, 12)}, {no} {st}, {town} {pc}",
                    f"{no} {st}\n{town}\n{pc}",
                    f"{no}{rng.choice('ab')} {st} {town} {pc}",
                    f"{rng.choice(['Ivy Cottage', 'The Old Forge', 'Rosebank'])}, {st}, {town} {pc}",
                ]
            )
        elif lang == "nl":
            st, (town, pc) = rng.choice(STREETS["nl"]), rng.choice(TOWNS["nl"])
            no = f"{rng.randint(1, 240)}{rng.choice(['', '', '-bis', 'a', ' hs', '-2'])}"
            pcs = pc if rng.random() < 0.5 else pc.replace(" ", "")
            s = rng.choice(
                [
                    f"{st} {no}, {pcs} {town}",
                    f"{st} {no} {pcs} {town}",
                    f"{st} {no}\n{pcs} {town}",
                    f"{st} {no} te {town}",
                ]
            )
        elif lang == "nb":
            st, (town, pc) = rng.choice(STREETS["nb"]), rng.choice(TOWNS["nb"])
            no = f"{rng.randint(1, 120)}{rng.choice(['', '', 'B', ' C'])}"
            s = rng.choice(
                [
                    f"{st} {no}, {pc} {town}",
                    f"{st} {no} {pc} {town}",
                    f"{st} {no}, leil. H0{rng.randint(1, 4)}0{rng.randint(1, 6)}, {pc} {town}",
                    f"{st} {no}\n{pc} {town}",
                    f"c/o {rng.choice(LAST['nb'])}, {st} {no}, {pc} {town}",
                ]
            )
        else:
            st, (town, pc) = rng.choice(STREETS["ru"]), rng.choice(TOWNS["ru"])
            no, kv = rng.randint(1, 160), rng.randint(1, 300)
            s = rng.choice(
                [
                    f"г. {town}, {st}, д. {no}, кв. {kv}",
                    f"{pc}, {town}, {st} {no}-{kv}",
                    f"{town} {st} д{no} кв{kv}",
                    f"{st}, {no}, корп. {rng.randint(1, 4)}, кв. {kv}, {town}",
                    f"{pc} г {town} {st} дом {no} квартира {kv}",
                ]
            )
            s = s if self.yo else no_yo(s)
        return s.lower() if rng.random() < 0.75 else s

    def ent(self, v: Val, cls: str, text: str | None = None) -> E:
        e = E(text if text is not None else v.text, v.type, cls)
        if v.check:
            self.groups.append(
                {
                    "check": v.check,
                    "canon": v.canon,
                    "region": v.region,
                    "mode": "whole",
                    "parts": [e],
                }
            )
        return e

    def neg(self, kind: str) -> N:
        return N(neg_value(self.rng, self.lang, kind), kind)

    # -- common turns ----------------------------------------------------------------------
    def opening(self) -> None:
        rng, lang = self.rng, self.lang
        biz = self.biz[0]
        if rng.random() < 0.6:
            agent = rng.choice(AGENTS[lang])
            tpl = rng.choice(GREET[lang])
            self.a(*T(tpl, agent=E(agent, "PERSON", "plain"), biz=biz))
        else:
            self.a(rng.choice(GREET_NONAME[lang]).replace("{biz}", biz))
        opens = OPEN[lang]
        if lang == "nl" and not self.flemish:
            opens = opens[:-1]
        if lang == "nl" and self.flemish and rng.random() < 0.6:
            opens = opens[-1:]
        for line in rng.choice(opens):
            self.c(line.replace("{issue}", self.biz[3]))

    def closing(self) -> None:
        if self.rng.random() < 0.8:
            self.c(self.pick(BYE_C[self.lang]))
        self.a(self.pick(BYE_A[self.lang]))

    def _key(self, kind: str) -> str:
        return f"natid_{self.ru_natid}" if self.lang == "ru" and kind == "natid" else kind

    def question(self, kind: str) -> str:
        q = self.pick(Q[self.lang][self._key(kind)])
        return q.replace("{word}", self.biz[1])

    def cue(self, kind: str, e: E | N) -> list[Part]:
        return T(self.pick(CUE[self.lang][self._key(kind)]).replace("{word}", self.biz[1]), v=e)

    def negative_exchange(self, kinds: list[str] | None = None) -> None:
        """A hard negative, mostly as a bare answer to the agent's question."""
        rng, lang = self.rng, self.lang
        key = (
            self.neg_key
            if self.neg_key in SECTOR_NEG[self.sector]
            else rng.choice(kinds or SECTOR_NEG[self.sector])
        )
        self.neg_key = None  # a second negative in the same chat is of another kind
        kind = QKIND.get(key, key)
        if kind == "business_phone":
            self.a(
                *T(
                    self.pick(BIZ_PHONE[lang]),
                    v=N(drama_phone(rng, lang != "en" or rng.random() < 0.3), "business_phone"),
                )
            )
            return
        self.a(self.pick(NEGQ[lang][key]))
        n = self.neg(kind)
        if rng.random() < 0.7:
            self.c(n)
        else:
            self.c(*T(self.pick({"en": ["it's {v}", "{v} I think", "should be {v}"], "nl": ["{v} denk ik", "het is {v}", "volgens mij {v}"],
                                 "nb": ["{v} tror jeg", "det er {v}", "{v}"], "ru": ["{v} вроде", "{v}", "кажется {v}"]}[lang]), v=n))  # fmt: skip

    def low(self, v: Val) -> str:
        """The value as a customer might type it in a hurry (lower case for codes and names)."""
        if (
            v.type
            in {
                "BOOKING_REFERENCE",
                "PASSPORT",
                "PERSON",
                "LOCATION",
                "EMAIL_ADDRESS",
                "CUSTOMER_NUMBER",
                "NATIONAL_ID",
            }
            and self.rng.random() < 0.45
        ):
            return v.text.lower()
        return v.text

    def records(self, conv_id: str) -> tuple[list[dict], list[dict]]:
        recs = conversation_records(conv_id, self.lang, self.turns)
        where: dict[int, tuple[str, int]] = {}
        for rec, (_, parts) in zip(recs, self.turns, strict=True):
            k = 0
            for p in parts:
                if isinstance(p, E):
                    where[id(p)] = (rec["message_id"], k)
                    k += 1
        checks = []
        for g in self.groups:
            checks.append({"check": g["check"], "canon": g["canon"], "region": g["region"], "mode": g["mode"],
                           "parts": [where[id(e)] for e in g["parts"]]})  # fmt: skip
        return recs, checks


# ---------------------------------------------------------------------------------------
# the six classes
# ---------------------------------------------------------------------------------------

KINDS = {
    "en": ["booking", "customer", "dob", "passport", "phone", "email", "name", "natid", "account", "ticket", "iban", "card", "landline"],
    "nl": ["customer", "booking", "dob", "passport", "phone", "email", "name", "natid", "iban", "ticket", "card", "landline"],
    "nb": ["customer", "booking", "dob", "passport", "phone", "email", "name", "natid", "account", "ticket", "iban", "card", "landline"],
    "ru": ["customer", "booking", "dob", "passport", "phone", "email", "name", "natid", "account", "ticket", "card", "landline"],
}  # fmt: skip


def bare_answer(cv: Conv) -> None:
    rng, lang = cv.rng, cv.lang
    kinds = KINDS[lang]
    cycle = kinds + [
        "customer",
        "booking",
        "dob",
        "passport",
        "customer",
        "booking",
    ]  # the weakest kinds twice
    first = cycle[cv.j % len(cycle)]
    cv.fit(first)
    sector = KIND_SECTOR.get(first)
    fits = [k for k in kinds if k != first and KIND_SECTOR.get(k) in {None, sector}]
    todo = [first] + ([rng.choice(fits)] if rng.random() < 0.6 else [])
    cv.opening()
    for n, kind in enumerate(todo):
        v = cv.value(kind)
        mode = rng.choice(["direct", "direct", "wait", "back", "later", "lower"])
        if mode == "back" and kind not in {"customer", "booking", "ticket"}:
            mode = "wait"  # the questions back are about codes on letters and confirmations
        cv.a(
            cv.question(kind)
            if n == 0 or rng.random() < 0.5
            else cv.pick(THANKS[lang]) + " " + cv.question(kind)
        )
        if mode == "wait":
            cv.c(cv.pick(WAIT[lang]))
            if rng.random() < 0.5:
                cv.a(cv.pick(OK_WAIT[lang]))
        elif mode == "back":
            q, ans = rng.choice(BACKQ[lang])
            cv.c(q)
            cv.a(ans)
        elif mode == "later":
            cv.c(cv.pick(WAIT[lang]))
            cv.c(
                {
                    "en": "sorry the kids are going mad",
                    "nl": "sorry de hond blaft de hele tijd",
                    "nb": "beklager, ungene bråker",
                    "ru": "извините, ребёнок отвлёк",
                }[lang]
            )
            cv.a(cv.pick(OK_WAIT[lang]))
        text = cv.low(v) if mode in {"lower", "later"} else v.text
        if kind == "dob" and cv.j % 3 == 0 and n == 0:
            cv.c(cv.ent(v, "bare_answer", text))
            key = {"travel": "travel_date", "hotel": "stay_date"}.get(cv.sector, "start_date")
            cv.a(
                cv.pick(THANKS[lang]) + " " + cv.pick(NEGQ[lang][key])
            )  # another date right after a birth date
            cv.c(cv.neg("travel_date"))
            continue
        if kind == "customer" and cv.j % 3 == 0 and n == 0:
            shop = cv.sector in {"parcel", "shop"}
            cv.c(*T({"en": "I've only got the order number: {v}" if shop else "I've only got the invoice number, {v}",
                     "nl": "ik heb alleen het ordernummer {v}" if shop else "ik heb alleen een factuurnummer: {v}",
                     "nb": "har bare ordrenummeret, {v}" if shop else "jeg har bare fakturanummeret {v}",
                     "ru": "у меня только номер заказа {v}" if shop else "есть только номер счёта на оплату {v}"}[lang], v=cv.neg("order_number")))  # fmt: skip
            cv.a({"en": "That's fine, but I do need the {w} itself, it's on your app.", "nl": "Dat is prima, maar ik heb echt het {w} nodig, dat staat in de app.",
                  "nb": "Det er greit, men jeg trenger selve {w}et, det står i appen.", "ru": "Понимаю, но мне нужен именно {w}, он есть в приложении."}[lang].replace("{w}", cv.biz[1]))  # fmt: skip
            cv.c(cv.pick(WAIT[lang]))
        cv.c(cv.ent(v, "bare_answer", text))
    if cv.j % 3 == 0:
        cv.a(cv.pick(THANKS[lang]))
        cv.negative_exchange()
    cv.a(cv.pick(THANKS[lang]))
    cv.closing()


LIST_PROMPT = {
    "en": {"trav": "Could you send the names, dates of birth and passport numbers of everyone travelling?", "fam": "Who needs to be on the policy? Name, date of birth and NI number for each please.",
           "acct": "Which accounts should the payments be split over? Name and IBAN for each.", "phones": "Who can we contact about the booking? Names and numbers please.",
           "mail": "Which e-mail addresses should get the tickets?", "bookings": "Which bookings is this about?", "tickets": "Can you list the passengers and their ticket numbers?"},
    "nl": {"trav": "Kunt u van alle reizigers de naam, geboortedatum en het paspoortnummer sturen?", "fam": "Wie moeten er op de polis? Naam, geboortedatum en BSN graag.",
           "acct": "Op welke rekeningen moet het verdeeld worden? Naam en IBAN per persoon.", "phones": "Wie kunnen we bellen over de reservering? Namen en nummers graag.",
           "mail": "Naar welke mailadressen moeten de tickets?", "bookings": "Om welke boekingen gaat het?", "tickets": "Kunt u de passagiers met hun ticketnummers doorgeven?"},
    "nb": {"trav": "Kan du sende navn, fødselsdato og passnummer på alle som reiser?", "fam": "Hvem skal med på forsikringen? Navn, fødselsdato og fødselsnummer.",
           "acct": "Hvilke kontoer skal utbetalingen fordeles på? Navn og kontonummer.", "phones": "Hvem kan vi kontakte om bestillingen? Navn og telefon.",
           "mail": "Hvilke e-postadresser skal billettene til?", "bookings": "Hvilke bestillinger gjelder det?", "tickets": "Kan du liste opp passasjerene med billettnummer?"},
    "ru": {"trav": "Пришлите, пожалуйста, ФИО, даты рождения и номера загранпаспортов всех туристов.", "fam": "Кого вписать в полис? ФИО, дата рождения и СНИЛС каждого.",
           "acct": "На какие счета распределить выплату? ФИО, ИНН и номер счёта.", "phones": "Кому звонить по заказу? Имена и телефоны.",
           "mail": "На какие адреса отправить билеты?", "bookings": "О каких бронях идёт речь?", "tickets": "Перечислите пассажиров и номера их билетов."},
}  # fmt: skip
REL = {
    "en": ["myself", "my partner", "our eldest", "our youngest", "a colleague", "my plus one"],
    "nl": [
        "ikzelf",
        "mijn partner",
        "onze oudste",
        "onze jongste",
        "een collega",
        "mijn schoonouder",
    ],
    "nb": [
        "meg selv",
        "samboeren min",
        "den eldste",
        "den yngste",
        "en kollega",
        "svigerforelderen min",
    ],
    "ru": ["я", "супруг(а)", "старший ребёнок", "младший ребёнок", "коллега", "родственник"],
}
HEAD = {
    "en": {"name": "Name", "dob": "DOB", "passport": "Passport", "natid": "NI no", "iban": "IBAN", "account": "Account", "phone": "Phone", "email": "Email", "booking": "Ref", "ticket": "Ticket", "seat": "Seat"},
    "nl": {"name": "Naam", "dob": "Geb.datum", "passport": "Paspoort", "natid": "BSN", "iban": "IBAN", "phone": "Tel", "email": "Mail", "booking": "Code", "ticket": "Ticket", "seat": "Stoel"},
    "nb": {"name": "Navn", "dob": "Født", "passport": "Pass", "natid": "Fnr", "iban": "IBAN", "account": "Konto", "phone": "Tlf", "email": "E-post", "booking": "Ref", "ticket": "Billett", "seat": "Sete"},
    "ru": {"name": "ФИО", "dob": "Д.р.", "passport": "Паспорт", "natid": "СНИЛС", "account": "Счёт", "phone": "Тел", "email": "Почта", "booking": "Бронь", "ticket": "Билет", "seat": "Место"},
}  # fmt: skip


def list_conv(cv: Conv) -> None:
    rng, lang = cv.rng, cv.lang
    acct = "iban" if lang in {"nl", "en"} else "account"
    designs = {"trav": ["name", "dob", "passport"], "fam": ["name", "dob", "natid"], "acct": ["name", acct], "phones": ["name", "phone"],
               "mail": ["name", "email"], "bookings": ["booking"], "tickets": ["name", "ticket"]}  # fmt: skip
    key = list(designs)[cv.j % len(designs)]
    cols = list(designs[key])
    if lang == "ru" and key == "acct":  # a Russian payout needs the payee's INN
        cols = ["name", "natid", "account"]
        cv.ru_natid = "inn"
    seats = cv.j % 3 == 0 and key in {"trav", "tickets"}
    n_items = rng.randint(2, 5)
    layout = rng.choice(["line", "lines", "numbered", "bullets", "table", "prose"])
    if cols == ["booking"]:
        layout = rng.choice(["line", "lines", "bullets"])
    cv.fit(key)
    cv.opening()
    cv.a(LIST_PROMPT[lang][key])
    rows: list[list[Part]] = []
    for _ in range(n_items):
        cells: list[Part] = []
        for col in cols:
            v = cv.value(col)
            cells.append(
                cv.ent(
                    v,
                    "list",
                    cv.low(v) if col in {"name", "passport"} and rng.random() < 0.3 else v.text,
                )
            )
        if seats:
            cells.append(cv.neg("seat"))
        rows.append(cells)
    parts: list[Part] = []
    sep = rng.choice([", ", " ", " - ", " / "]) if layout != "table" else " | "
    if layout == "table":
        heads = [
            HEAD[lang][c] if cv._key(c) != "natid_inn" else "ИНН"
            for c in cols + (["seat"] if seats else [])
        ]
        parts.append(" | ".join(heads) + "\n")
    if layout == "prose":
        rel = rng.sample(REL[lang], n_items) if n_items <= len(REL[lang]) else REL[lang]
    for i, cells in enumerate(rows):
        if i:
            if layout == "line":
                parts.append(
                    {"en": "; ", "nl": "; ", "nb": "; ", "ru": "; "}[lang]
                    if rng.random() < 0.5
                    else {"en": " and ", "nl": " en ", "nb": " og ", "ru": " и "}[lang]
                )
            elif layout == "prose":
                parts.append(
                    ", "
                    if i < len(rows) - 1
                    else {"en": " and ", "nl": " en ", "nb": " og ", "ru": " и "}[lang]
                )
            else:
                parts.append("\n")
        if layout == "numbered":
            parts.append(f"{i + 1}{rng.choice(['.', ')', '.'])} ")
        elif layout == "bullets":
            parts.append(rng.choice(["- ", "• ", "* "]))
        elif layout == "prose":
            parts.append(f"{rel[i]} ")
        for k, cell in enumerate(cells):
            if k:
                parts.append(sep)
            parts.append(cell)
    intro = {"en": ["here you go:\n", "", "ok\n", "Sure. "], "nl": ["alsjeblieft:\n", "", "oké\n", "Hierbij: "],
             "nb": ["her:\n", "", "ok\n", "Værsågod: "], "ru": ["вот:\n", "", "ок\n", "Пожалуйста: "]}[lang]  # fmt: skip
    pre = rng.choice(intro)
    if layout == "table" and pre and not pre.endswith("\n"):
        pre += "\n"
    if pre:
        parts.insert(0, pre)
    cv.c(*parts)
    if cv.j % 3 == 0 and not seats:
        cv.a(cv.pick(THANKS[lang]))
        cv.negative_exchange()
    cv.a(cv.pick(THANKS[lang]))
    cv.closing()


SPLIT_REMARK = {
    "en": ["oops sent too early", "sorry", "hang on", "…"],
    "nl": ["oeps te vroeg verstuurd", "sorry", "wacht", "…"],
    "nb": ["oi sendte for tidlig", "sorry", "vent", "…"],
    "ru": ["ой, рано отправил", "сорри", "щас", "…"],
}
GO_ON = {
    "en": ["Go on", "Yep?", "And the rest?"],
    "nl": ["Ja?", "En de rest?", "Ga door"],
    "nb": ["Ja?", "Og resten?", "Fortsett"],
    "ru": ["Да?", "А дальше?", "Продолжайте"],
}
CORR = {
    "en": ["sorry typo, it's {v}", "wait no {v}", "correction: {v}"],
    "nl": ["sorry tikfout, {v}", "nee wacht, {v}", "moet zijn {v}"],
    "nb": ["sorry skrivefeil, {v}", "nei vent, {v}", "skal være {v}"],
    "ru": ["ой опечатка, {v}", "нет, правильно {v}", "исправляю: {v}"],
}
TAIL = {
    "en": ["the last digits are {v} not what I put", "sorry last bit should be {v}"],
    "nl": ["de laatste cijfers zijn {v}, sorry", "laatste stuk moet {v} zijn"],
    "nb": ["de siste sifrene er {v}", "sorry, slutten skal være {v}"],
    "ru": ["последние цифры {v}, извините", "в конце должно быть {v}"],
}


def cut(rng: random.Random, s: str, pieces: int) -> list[str]:
    while True:
        pos = sorted(rng.sample(range(2, len(s) - 1), pieces - 1))
        out = [s[a:b].strip() for a, b in zip([0, *pos], [*pos, len(s)], strict=True)]
        if all(out) and all(len(x) >= 2 for x in out):
            return out


def mistype(rng: random.Random, s: str) -> str:
    idx = [i for i, c in enumerate(s) if c.isdigit()][2:]
    i = rng.choice(idx)
    return s[:i] + rng.choice([d for d in "0123456789" if d != s[i]]) + s[i + 1 :]


def split_conv(cv: Conv) -> None:
    rng, lang = cv.rng, cv.lang
    kinds = {"en": ["iban", "phone", "card", "natid", "customer", "account", "email", "landline", "address", "passport"],
             "nl": ["iban", "phone", "card", "natid", "customer", "email", "landline", "address", "passport"],
             "nb": ["account", "phone", "card", "natid", "customer", "iban", "email", "landline", "address"],
             "ru": ["account", "phone", "card", "natid", "customer", "email", "landline", "address", "passport"]}[lang]  # fmt: skip
    kind = kinds[cv.j % len(kinds)]
    v = cv.value(kind)
    mode = ["two", "three", "prompt", "remark", "retype", "tail"][(cv.j // len(kinds) + cv.j) % 6]
    digits_n = sum(ch.isdigit() for ch in v.text)
    if mode == "tail" and (not v.check or v.check in {"email"} or digits_n < 6):
        mode = "retype" if v.check and v.check != "email" and digits_n >= 6 else "two"
    if mode == "retype" and (not v.check or v.check == "email"):
        mode = "prompt"
    cv.fit(kind)
    cv.opening()
    if kind == "address":
        cv.a(cv.pick(ADDR_Q[lang]))
    else:
        cv.a(cv.question(kind))
    if mode in {"two", "three", "prompt", "remark"}:
        n = 3 if mode == "three" and len(v.text) >= 9 else 2
        pieces = cut(rng, v.text, n)
        if (
            kind == "address"
        ):  # an address is broken where people press enter: at a comma or a space
            cuts = [m.start() for m in re.finditer(r"\n|, | ", v.text)]
            at = cuts[len(cuts) // 2] if "\n" not in v.text else v.text.index("\n")
            pieces = [v.text[:at].strip(" ,"), v.text[at:].strip(" ,\n")]
        ents = [E(p, v.type, "split") for p in pieces]
        if v.check:
            cv.groups.append(
                {
                    "check": v.check,
                    "canon": v.canon,
                    "region": v.region,
                    "mode": "whole",
                    "parts": ents,
                }
            )
        for i, e in enumerate(ents):
            if i and mode == "prompt":
                cv.a(cv.pick(GO_ON[lang]))
            if i and mode == "remark":
                cv.c(cv.pick(SPLIT_REMARK[lang]))
            if i == 0 and cv._key(kind) in CUE[lang] and rng.random() < 0.3:
                cv.c(*cv.cue(kind, e))
            else:
                cv.c(e)
    else:
        wrong = mistype(rng, v.text)
        we = E(wrong, v.type, "split")
        cv.c(we)
        if rng.random() < 0.4:
            cv.a({"en": "Hmm, that doesn't validate, could you check it?", "nl": "Hm, dat nummer klopt niet helemaal, kunt u het checken?",
                  "nb": "Hm, det nummeret ser ikke riktig ut, kan du sjekke?", "ru": "Хм, номер не проходит проверку, проверьте, пожалуйста."}[lang])  # fmt: skip
        if mode == "retype":
            cv.groups.append(
                {
                    "check": v.check,
                    "canon": v.canon,
                    "region": v.region,
                    "mode": "wrong",
                    "parts": [we],
                }
            )
            re_ = E(v.text, v.type, "split")
            cv.groups.append(
                {
                    "check": v.check,
                    "canon": v.canon,
                    "region": v.region,
                    "mode": "whole",
                    "parts": [re_],
                }
            )
            cv.c(*T(cv.pick(CORR[lang]), v=re_))
        else:
            k = rng.choice([2, 3, 4])
            dpos = [i for i, ch in enumerate(v.text) if ch.isdigit()]
            # the tail from the k-th last digit, as typed, must contain the mistyped digit
            wi = next(i for i, (a, b) in enumerate(zip(v.text, wrong, strict=True)) if a != b)
            k = max(k, sum(1 for p in dpos if p >= wi))
            start = dpos[-k]
            tail = v.text[start:].strip()
            if rng.random() < 0.5:
                tail = re.sub(r"\D", "", tail)
            te = E(tail, v.type, "split")
            cv.groups.append(
                {
                    "check": v.check,
                    "canon": v.canon,
                    "region": v.region,
                    "mode": "tail",
                    "parts": [we, te],
                }
            )
            cv.c(*T(cv.pick(TAIL[lang]), v=te))
    if cv.j % 3 == 0:
        cv.a(cv.pick(THANKS[lang]))
        cv.negative_exchange()
    cv.a(cv.pick(THANKS[lang]))
    cv.closing()


def disguise(cv: Conv, kind: str, mode: str) -> tuple[Val, str]:
    """A value of ``kind`` and the way the customer types it in ``mode``."""
    rng, lang = cv.rng, cv.lang
    v = cv.value(kind)
    if mode == "email":
        typed = spell_email(rng, lang, v.text)
        if rng.random() < 0.3:
            typed = typed.replace(" ", "  ", 1)
    elif mode in {"words", "words_cue"}:
        typed = words_all(rng, lang, v.text, mixed=False)
    elif mode == "mixed":
        typed = words_all(rng, lang, v.text, mixed=True)
    elif mode == "zw":
        typed = zero_width(rng, v.text, rng.randint(1, 3))
    elif mode == "homo":
        typed = homoglyphs(rng, v.text, rng.randint(1, 2))
        if typed == v.text:
            typed = zero_width(rng, v.text, 2)
    else:  # spoken: Russian number groups, English "double"/"oh", Dutch and Norwegian in pairs
        sp = None
        for _ in range(200):
            if lang == "ru":
                sp = ru_spoken(v.text)
            elif lang == "en":
                sp = en_spoken(rng, v.text)
            else:
                sp = pairs_spoken(lang, v.text)
            if sp:
                break
            v = cv.value(kind)
        typed = sp if sp else words_all(rng, lang, v.text, mixed=False)
    return v, typed


def disguised_conv(cv: Conv) -> None:
    rng, lang = cv.rng, cv.lang
    modes = ["email", "words", "mixed", "zw", "homo", "email", "spoken", "words_cue", "email"]
    mode = modes[cv.j % len(modes)]
    num_kinds = {"en": ["phone", "customer", "natid", "card", "iban", "landline"], "nl": ["phone", "natid", "customer", "iban", "card", "landline"],
                 "nb": ["phone", "natid", "account", "customer", "card", "iban"], "ru": ["phone", "natid", "customer", "card", "account", "landline"]}[lang]  # fmt: skip
    kind = "email" if mode == "email" else num_kinds[(cv.j // len(modes) + cv.j) % len(num_kinds)]
    if mode == "spoken":
        kind = "phone" if cv.j % 2 else "landline"
    todo = [(kind, mode)]
    if rng.random() < 0.4:  # a second value, disguised another way
        k2 = rng.choice([k for k in num_kinds if k != kind and KIND_SECTOR.get(k) is None])
        todo.append((k2, rng.choice(["zw", "mixed", "homo", "words"])))
    cv.fit(kind)
    cv.opening()
    for n, (kind, mode) in enumerate(todo):
        cv.a(cv.question(kind) if n == 0 else cv.pick(THANKS[lang]) + " " + cv.question(kind))
        v, typed = disguise(cv, kind, mode)
        e = cv.ent(v, "disguised", typed)
        if mode == "words_cue" or (mode == "email" and rng.random() < 0.5):
            cv.c(*cv.cue(kind, e))
        else:
            cv.c(e)
    if cv.j % 3 == 0:
        cv.a(cv.pick(THANKS[lang]))
        cv.negative_exchange()
    cv.a(cv.pick(THANKS[lang]))
    cv.closing()


def address_conv(cv: Conv) -> None:
    rng, lang = cv.rng, cv.lang
    cv.opening()
    if rng.random() < 0.4:
        k = rng.choice(["customer", "name"] + (["booking"] if cv.sector == "travel" else []))
        cv.a(cv.question(k))
        cv.c(*cv.cue(k, cv.ent(cv.value(k), "plain")))
    cv.a(cv.pick(ADDR_Q[lang]))
    if rng.random() < 0.3:
        cv.c(cv.pick(WAIT[lang]))
    v = cv.value("address")
    cv.c(cv.ent(v, "address_no_cue"))
    if cv.j % 3 == 0:
        cv.a(cv.pick(THANKS[lang]))
        cv.negative_exchange()
    cv.a(cv.pick(THANKS[lang]))
    cv.closing()


def plain_conv(cv: Conv) -> None:
    rng, lang = cv.rng, cv.lang
    kinds = [k for k in KINDS[lang] if cv._key(k) in CUE[lang]] + ["address"]
    todo = rng.sample(kinds, rng.randint(1, 3))
    sectors = {KIND_SECTOR[k] for k in todo if k in KIND_SECTOR}
    if len(sectors) > 1:
        todo = [k for k in todo if KIND_SECTOR.get(k) in {None, sorted(sectors)[0]}]
    for k in todo:
        cv.fit(k)
    cv.opening()
    for n, kind in enumerate(todo):
        if n or rng.random() < 0.5:
            cv.a(cv.question(kind) if kind != "address" else cv.pick(ADDR_Q[lang]))
        cv.c(*cv.cue(kind, cv.ent(cv.value(kind), "plain")))
    if cv.j % 3 == 0:
        kind = rng.choice({"travel": ["amount", "travel_date"], "hotel": ["amount", "travel_date"], "parcel": ["order_number", "tracking_number", "product_code"],
                           "shop": ["order_number", "product_code", "amount"], "other": ["amount", "travel_date"]}[cv.sector])  # fmt: skip
        cue = {"en": {"order_number": "order number {v}", "tracking_number": "tracking {v}", "product_code": "item code {v}", "amount": "they took {v}", "travel_date": "we fly out on {v}"},
               "nl": {"order_number": "bestelnummer {v}", "tracking_number": "track & trace {v}", "product_code": "artikelnr. {v}", "amount": "er is {v} afgeschreven", "travel_date": "we vertrekken {v}"},
               "nb": {"order_number": "ordrenr {v}", "tracking_number": "sporingsnummer {v}", "product_code": "varenr {v}", "amount": "de trakk {v}", "travel_date": "vi reiser {v}"},
               "ru": {"order_number": "номер заказа {v}", "tracking_number": "трек {v}", "product_code": "артикул {v}", "amount": "списали {v}", "travel_date": "вылет {v}"}}[lang][kind]  # fmt: skip
        if kind == "travel_date" and cv.sector not in {"travel", "hotel"}:
            cue = {
                "en": "I'm moving on {v}",
                "nl": "ik verhuis op {v}",
                "nb": "jeg flytter {v}",
                "ru": "переезжаю {v}",
            }[lang]
        cv.c(*T(cue, v=cv.neg(kind)))
        if rng.random() < 0.5:
            cv.negative_exchange()
    cv.a(cv.pick(THANKS[lang]))
    cv.closing()


BUILDERS = {"bare_answer": bare_answer, "list": list_conv, "split": split_conv, "disguised": disguised_conv,
            "address_no_cue": address_conv, "plain": plain_conv}  # fmt: skip


def build(seed: int = SEED) -> tuple[list[dict], list[dict], dict[str, str]]:
    """All records, the checks of every checkable value, and the main class of each conversation."""
    rng = random.Random(seed)
    records: list[dict] = []
    checks: list[dict] = []
    main_class: dict[str, str] = {}
    for lang in LANGS:
        convs = [(cls, j) for cls in CLASSES for j in range(PER_CLASS)]
        rng.shuffle(convs)
        for num, (cls, j) in enumerate(convs, 1):
            cv = Conv(rng, lang, cls, j)
            BUILDERS[cls](cv)
            cid = f"s11-{lang}-{num:03d}"
            recs, chk = cv.records(cid)
            records += recs
            checks += chk
            main_class[cid] = cls
    return records, checks, main_class


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent / "sealed11.jsonl"
    records, _, _ = build()
    errors = verify(records)
    if errors:
        print("\n".join(errors[:20]), file=sys.stderr)
        return 1
    write_jsonl(records, out)
    convs = len({r["conversation_id"] for r in records})
    print(f"{out}: {convs} conversations, {len(records)} messages, "
          f"{sum(len(r['entities']) for r in records)} spans, {sum(len(r['negatives']) for r in records)} hard negatives")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
