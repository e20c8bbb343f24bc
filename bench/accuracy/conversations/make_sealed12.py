# ruff: noqa: E501, RUF001  (hand-written phrase, name and address tables in four languages)
"""Sealed conversation set 12: multi-turn customer-service chats, written blind.

    python make_sealed12.py [OUT]     (default: sealed12.jsonl next to this file)

600 conversations, 150 per language (en, nl, nb, ru), 25 per main class per language
(bare_answer, list, split, disguised, address_no_cue, plain); the class of a conversation is
shuffled so it cannot be read from its id. Phrasings, businesses, names and streets are
this file's own. Realities built in that an ordinary set misses:

1. bot-to-human handovers (a virtual assistant asks first, the human agent asks again);
2. quoted replies: the customer quotes the agent's question and answers under it;
3. e-mail-style messages with a signature block (name, phone, address without cues);
4. forwarded confirmation e-mails pasted into the chat (headers, booking lines, amounts);
5. values given for somebody else (a mother, a son, a tenant, a dog's owner);
6. one bare reply answering two questions at once ("dob and name on the booking?");
7. agents reading values back; business phone numbers (negative kind ``business_phone``);
8. the way people dictate numbers in each language (en "oh", "double"; nl and nb in pairs;
   ru in groups of hundreds and tens), WhatsApp edit markers, voice-to-text without punctuation.

All values are synthetic and checksum-valid; ``build()`` also returns, per value, the spans
it was typed in and how to undo its split or disguise, so the test can check every number.
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass
from pathlib import Path

import phonenumbers
from make_values import (
    CLASSES,
    HOMOGLYPHS,
    LANGS,
    ZERO_WIDTH,
    E,
    N,
    Part,
    assemble,
    digits,
    iban,
    nl_bsn,
    no_fnr,
    no_kontonr,
    ru_inn,
    ru_snils,
    verify,
    write_jsonl,
)
from schwifty import IBAN

SEED = 20261215
PER_CLASS = 25
NEG_KINDS = (
    "order_number", "travel_date", "destination", "amount", "time", "tracking_number",
    "seat", "product_code", "business_phone",
)  # fmt: skip


@dataclass(frozen=True)
class G(E):
    """A labelled span that belongs to a value group (for the checksum checks)."""

    gid: str = ""


# ---------------------------------------------------------------------------------------
# people, places (this set's own tables)
# ---------------------------------------------------------------------------------------

FIRST_M = {
    "en": [
        "Callum",
        "Rhys",
        "Dev",
        "Tobias",
        "Kieran",
        "Matthew",
        "Imran",
        "Gareth",
        "Finlay",
        "Declan",
        "Samuel",
        "Ethan",
    ],
    "nl": [
        "Jelle",
        "Stijn",
        "Youssef",
        "Maarten",
        "Wim",
        "Gijs",
        "Niels",
        "Bas",
        "Hendrik",
        "Tijmen",
        "Arjen",
        "Kevin",
    ],
    "nb": [
        "Amund",
        "Eivind",
        "Trygve",
        "Halvard",
        "Espen",
        "Ola",
        "Sverre",
        "Jon Petter",
        "Bjørnar",
        "Arvid",
        "Stian",
        "Geir",
    ],
    "ru": [
        "Пётр",
        "Фёдор",
        "Григорий",
        "Константин",
        "Роман",
        "Тимур",
        "Семён",
        "Виктор",
        "Илья",
        "Олег",
        "Глеб",
        "Степан",
    ],
}
FIRST_F = {
    "en": [
        "Siobhan",
        "Priya",
        "Chloe",
        "Bethan",
        "Harriet",
        "Nadia",
        "Laura",
        "Imogen",
        "Zara",
        "Megan",
        "Eleanor",
        "Jess",
    ],
    "nl": [
        "Marieke",
        "Lieselot",
        "Fenna",
        "Yara",
        "Ilona",
        "Els",
        "Nienke",
        "Sofie",
        "Hanneke",
        "Naima",
        "Joke",
        "Roos",
    ],
    "nb": [
        "Ingvild",
        "Tuva",
        "Synnøve",
        "Marit",
        "Guri",
        "Henriette",
        "Line",
        "Vilde",
        "Sunniva",
        "Oddrun",
        "Kristin",
        "Live",
    ],
    "ru": [
        "Алёна",
        "Ирина",
        "Дарья",
        "Валентина",
        "Людмила",
        "Вера",
        "Полина",
        "Галина",
        "Надежда",
        "Софья",
        "Лариса",
        "Жанна",
    ],
}
LASTN = {
    "en": [
        "O'Neill",
        "Raman",
        "McBride",
        "Pryce",
        "Adeyemi",
        "Greenhalgh",
        "Okafor",
        "Lister",
        "Dunmore",
        "Ferris",
        "Kaur",
        "Hollins",
        "Whittaker",
        "Baxendale",
    ],
    "nl": [
        "Veenstra",
        "Oosterhuis",
        "El Amrani",
        "Vermeulen",
        "Claes",
        "Peeters",
        "van den Broek",
        "Schouten",
        "Dijkstra",
        "Wouters",
        "ter Horst",
        "Goossens",
        "Bosman",
        "Nijland",
    ],
    "nb": [
        "Sæther",
        "Lie",
        "Rønning",
        "Kvale",
        "Fjeld",
        "Haugland",
        "Bråthen",
        "Myhre",
        "Tveit",
        "Eide",
        "Vik",
        "Østby",
        "Grønli",
        "Skjeggestad",
    ],
    "ru": [
        "Семёнов",
        "Ершов",
        "Гусев",
        "Журавлёв",
        "Тарасов",
        "Климов",
        "Фомин",
        "Рябов",
        "Захаров",
        "Голубев",
        "Котов",
        "Борисов",
        "Ильин",
        "Шевченко",
    ],
}
RU_PATR_M = ["Андреевич", "Викторович", "Олегович", "Сергеевич", "Фёдорович", "Ильич"]
RU_PATR_F = ["Андреевна", "Викторовна", "Олеговна", "Сергеевна", "Фёдоровна", "Игоревна"]
AGENTS = {
    "en": ["Megan", "Tom", "Aisha", "Jordan", "Ciaran", "Holly"],
    "nl": ["Sanne", "Jeroen", "Fatima", "Dirk", "Eline", "Robin"],
    "nb": ["Ida", "Mats", "Hanne", "Kristoffer", "Nora", "Petter"],
    "ru": ["Анастасия", "Денис", "Марина", "Кирилл", "Ольга", "Евгений"],
}

STREETS12 = {
    "en": [
        "Blenheim Crescent",
        "Tanners Row",
        "Whinfell Drive",
        "Coppice Lane",
        "Abbotsford Road",
        "Marlowe Court",
        "Quarry Hill",
        "Sefton Terrace",
        "Heol y Parc",
        "Laburnum Grove",
    ],
    "nl": [
        "Meidoornstraat",
        "Bosuil",
        "Van Speijkstraat",
        "Kastanjelaan",
        "Oude Gracht",
        "Zonnebloemweg",
        "Hoogstraat",
        "Pastoor van Arsstraat",
        "Kortrijksesteenweg",
        "Veldstraat",
    ],
    "nb": [
        "Tyrihansveien",
        "Bakkelia",
        "Nordre gate",
        "Kongsveien",
        "Myrvegen",
        "Einerlia",
        "Furuveien",
        "Sjøgata",
        "Lillehagen",
        "Torggata",
    ],
    "ru": [
        "ул. Баумана",
        "ул. Заречная",
        "Ленинградский пр-т",
        "ул. Кирова",
        "пер. Школьный",
        "ул. Зелёная",
        "ул. Строителей",
        "ул. Первомайская",
        "бул. Победы",
        "ул. Ёлочная",
    ],
}
TOWNS = {
    "en": [
        ("Harrogate", "HG1 2RS"),
        ("Swansea", "SA1 4PE"),
        ("Ipswich", "IP4 1LH"),
        ("Carlisle", "CA3 8JB"),
        ("Stockport", "SK4 3DT"),
        ("Exeter", "EX2 5AW"),
        ("Dundee", "DD1 4QB"),
    ],
    "nl": [
        ("Groningen", "9711 KT"),
        ("Amersfoort", "3811 MJ"),
        ("Nijmegen", "6511 PA"),
        ("Tilburg", "5038 DX"),
        ("Alkmaar", "1811 BN"),
        ("Deventer", "7411 HS"),
    ],
    "be": [
        ("Gent", "9000"),
        ("Leuven", "3000"),
        ("Antwerpen", "2018"),
        ("Kortrijk", "8500"),
        ("Hasselt", "3500"),
    ],
    "nb": [
        ("Lillehammer", "2609"),
        ("Bodø", "8006"),
        ("Kristiansand", "4612"),
        ("Ålesund", "6002"),
        ("Fredrikstad", "1606"),
        ("Stavanger", "4006"),
        ("Molde", "6413"),
    ],
    "ru": [
        ("Казань", "420012"),
        ("Нижний Новгород", "603005"),
        ("Екатеринбург", "620014"),
        ("Ярославль", "150000"),
        ("Воронеж", "394036"),
        ("Новосибирск", "630099"),
        ("Рязань", "390000"),
    ],
}
DEST12 = {
    "en": ["Faro", "Tenerife", "Krakow", "Inverness", "Belfast", "Palma", "Reykjavik"],
    "nl": ["Antalya", "Bonaire", "Porto", "Wenen", "Maastricht", "Kopenhagen", "Nice"],
    "nb": ["Kreta", "Tromsø", "Svalbard", "Praha", "Málaga", "Kirkenes", "Riga"],
    "ru": ["Калининград", "Мурманск", "Ереван", "Сочи", "Иркутск", "Анапу", "Минеральные Воды"],
}
DOMAINS12 = {
    "en": ["gmail.com", "hotmail.co.uk", "outlook.com", "sky.com", "icloud.com", "virginmedia.com"],
    "nl": ["gmail.com", "ziggo.nl", "telenet.be", "hotmail.com", "planet.nl", "skynet.be"],
    "nb": ["gmail.com", "online.no", "hotmail.com", "getmail.no", "outlook.com", "icloud.com"],
    "ru": ["mail.ru", "yandex.ru", "gmail.com", "inbox.ru", "list.ru", "ya.ru"],
}
TR = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "ch", "ш": "sh", "щ": "sch", "ы": "y", "э": "e",
    "ю": "yu", "я": "ya", "ь": "", "ъ": "", "ø": "o", "å": "aa", "æ": "ae", "'": "", " ": "",
})  # fmt: skip


# ---------------------------------------------------------------------------------------
# values
# ---------------------------------------------------------------------------------------


@dataclass
class V:
    """A value as typed, its entity type, and what the checks need (kind, region)."""

    text: str
    type: str
    kind: str = (
        ""  # bsn, fnr, snils, inn, nino, kontonr, ukacct, ruacct, card, phone:<REGION>, email, iban
    )
    canon: str = ""


class Person:
    def __init__(self, rng: random.Random, lang: str, female: bool | None = None):
        self.female = rng.random() < 0.5 if female is None else female
        self.first = rng.choice((FIRST_F if self.female else FIRST_M)[lang])
        last = rng.choice(LASTN[lang])
        if lang == "ru" and self.female and last.endswith(("ов", "ёв", "ин", "ев")):
            last += "а"
        self.last = last
        self.patr = rng.choice(RU_PATR_F if self.female else RU_PATR_M) if lang == "ru" else ""
        self.lang = lang

    def full(self, rng: random.Random) -> str:
        if self.lang == "ru":
            s = rng.choice(
                [
                    f"{self.first} {self.last}",
                    f"{self.last} {self.first} {self.patr}",
                    f"{self.last} {self.first}",
                ]
            )
            return s.replace("ё", "е") if rng.random() < 0.4 else s
        return f"{self.first} {self.last}"


def luhn_complete(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def card(rng: random.Random, lang: str) -> V:
    pre = rng.choice(
        ["4", "5" + str(rng.randint(1, 5))]
        + (["220" + str(rng.randint(0, 4))] if lang == "ru" else [])
    )
    num = luhn_complete(pre + digits(rng, 15 - len(pre), first_nonzero=False))
    s = rng.randint(0, 3)
    txt = {
        0: " ".join(num[i : i + 4] for i in range(0, 16, 4)),
        1: num,
        2: "-".join(num[i : i + 4] for i in range(0, 16, 4)),
    }.get(s, " ".join(num[i : i + 4] for i in range(0, 16, 4)))
    return V(txt, "CREDIT_CARD", "card", num)


def mobile(rng: random.Random, lang: str, style: int | None = None) -> V:
    region = {"en": "GB", "nl": "NL", "nb": "NO", "ru": "RU"}[lang]
    if lang == "nl" and rng.random() < 0.2:
        region = "BE"
    while True:
        if region == "NL":
            nat = "6" + digits(rng, 8, first_nonzero=False)
        elif region == "BE":
            nat = "4" + rng.choice("789") + digits(rng, 7, first_nonzero=False)
        elif region == "NO":
            nat = rng.choice("49") + digits(rng, 7, first_nonzero=False)
        elif region == "RU":
            nat = "9" + rng.choice("012356") + digits(rng, 8, first_nonzero=False)
        else:
            nat = "7" + rng.choice("4579") + digits(rng, 8, first_nonzero=False)
        num = phonenumbers.parse(nat, region)
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            break
    s = rng.randint(0, 5) if style is None else style
    e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    if s == 0:
        t = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    elif s == 1:
        t = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    elif s == 2:
        t = {"NL": "0" + nat, "BE": "0" + nat, "NO": nat, "RU": "8" + nat, "GB": "0" + nat}[region]
    elif s == 3:
        t = e164
    elif s == 4:
        t = {
            "NL": f"06 {nat[1:3]} {nat[3:5]} {nat[5:7]} {nat[7:]}",
            "BE": f"0{nat[:3]}/{nat[3:5]}.{nat[5:7]}.{nat[7:]}",
            "NO": f"+47 {nat[:2]} {nat[2:4]} {nat[4:6]} {nat[6:]}",
            "RU": f"+7({nat[:3]}){nat[3:6]}-{nat[6:8]}-{nat[8:]}",
            "GB": f"+44 (0){nat[:4]} {nat[4:]}",
        }[region]
    else:
        t = {
            "NL": f"06-{nat[1:]}",
            "BE": f"0{nat[:3]} {nat[3:6]} {nat[6:]}",
            "NO": f"{nat[:3]} {nat[3:5]} {nat[5:]}",
            "RU": f"8-{nat[:3]}-{nat[3:6]}-{nat[6:8]}-{nat[8:]}",
            "GB": f"0{nat[:4]} {nat[4:7]} {nat[7:]}",
        }[region]
    return V(t, "PHONE_NUMBER", f"phone:{region}", e164)


def landline(rng: random.Random, lang: str) -> V:
    region = {"en": "GB", "nl": "NL", "nb": "NO", "ru": "RU"}[lang]
    while True:
        if lang == "en":
            area = rng.choice(["20", "161", "1904", "117", "131", "1792", "29"])
            nat = area + digits(rng, 10 - len(area), first_nonzero=True)
            if area == "20":
                nat = "20" + rng.choice("78") + digits(rng, 7, first_nonzero=False)
        elif lang == "nl":
            area = rng.choice(["10", "20", "30", "50", "70", "71", "24"])
            nat = area + rng.choice("2345") + digits(rng, 8 - len(area), first_nonzero=False)
        elif lang == "nb":
            nat = rng.choice(["22", "23", "55", "73", "51", "61", "38"]) + digits(
                rng, 6, first_nonzero=False
            )
        else:
            nat = (
                rng.choice(["495", "499", "812", "843", "383", "343"])
                + rng.choice("2345")
                + digits(rng, 6, first_nonzero=False)
            )
        num = phonenumbers.parse(nat, region)
        if (
            phonenumbers.is_valid_number(num)
            and phonenumbers.number_type(num) == phonenumbers.PhoneNumberType.FIXED_LINE
            and phonenumbers.region_code_for_number(num) == region
        ):
            break
    e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    s = rng.randint(0, 2)
    if s == 0:
        t = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    elif s == 1:
        t = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    else:
        t = {
            "en": "0" + nat,
            "nl": "0" + nat[: len(nat) - 7] + "-" + nat[-7:],
            "nb": f"{nat[:2]} {nat[2:4]} {nat[4:6]} {nat[6:]}",
            "ru": f"8 ({nat[:3]}) {nat[3:6]}-{nat[6:8]}-{nat[8:]}",
        }[lang]
    return V(t, "PHONE_NUMBER", f"phone:{region}", e164)


def phone12(rng: random.Random, lang: str) -> V:
    return landline(rng, lang) if rng.random() < 0.3 else mobile(rng, lang)


def be_iban(rng: random.Random) -> str:
    bban = rng.choice(["001", "063", "735", "539", "310", "979"]) + digits(
        rng, 7, first_nonzero=False
    )
    chk = int(bban) % 97 or 97
    bban += f"{chk:02d}"
    cd = 98 - int(bban + "111400") % 97
    s = f"BE{cd:02d}{bban}"
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def iban12(rng: random.Random, lang: str) -> V:
    country = {"en": "GB", "nl": rng.choice(["NL", "NL", "NL", "BE"]), "nb": "NO", "ru": "NO"}[lang]
    while True:  # the national check digit must hold too (schwifty validate_bban)
        t = be_iban(rng) if country == "BE" else iban(rng, country)
        try:
            IBAN(t.replace(" ", ""), validate_bban=True)
            break
        except ValueError:
            continue
    canon = t.replace(" ", "")
    r = rng.random()
    if r < 0.3:
        t = canon
    elif r < 0.45:
        t = t.lower()
    return V(t, "IBAN_CODE", "iban", canon)


def account(rng: random.Random, lang: str) -> V:
    if lang == "nb":
        k = no_kontonr(rng)
        t = rng.choice([f"{k[:4]}.{k[4:6]}.{k[6:]}", k, f"{k[:4]} {k[4:6]} {k[6:]}"])
        return V(t, "BANK_ACCOUNT", "kontonr", k)
    if lang == "ru":
        a = rng.choice(["40817810", "40817810", "42307810", "40820810"]) + digits(
            rng, 12, first_nonzero=False
        )
        t = rng.choice(
            [
                a,
                f"{a[:5]} {a[5:8]} {a[8]} {a[9:13]} {a[13:]}",
                " ".join(a[i : i + 4] for i in range(0, 20, 4)),
            ]
        )
        return V(t, "BANK_ACCOUNT", "ruacct", a)
    sc, acc = digits(rng, 6), digits(rng, 8, first_nonzero=False)
    t = rng.choice(
        [f"{sc[:2]}-{sc[2:4]}-{sc[4:]} {acc}", f"{sc} {acc}", f"{sc[:2]}-{sc[2:4]}-{sc[4:]}, {acc}"]
    )
    return V(t, "BANK_ACCOUNT", "ukacct", sc + acc)


def nino(rng: random.Random) -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = rng.choice(first) + rng.choice(second)
        if p not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
            break
    return p + digits(rng, 6, first_nonzero=False) + rng.choice("ABCD")


def natid(rng: random.Random, lang: str) -> V:
    if lang == "en":
        n = nino(rng)
        t = rng.choice([n, f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}", n.lower()])
        return V(t, "NATIONAL_ID", "nino", n)
    if lang == "nl":
        b = nl_bsn(rng)
        t = rng.choice([b, b, f"{b[:4]}.{b[4:6]}.{b[6:]}", f"{b[:3]} {b[3:6]} {b[6:]}"])
        return V(t, "NATIONAL_ID", "bsn", b)
    if lang == "nb":
        f, _ = no_fnr(rng)
        t = rng.choice([f, f, f"{f[:6]} {f[6:]}"])
        return V(t, "NATIONAL_ID", "fnr", f)
    if rng.random() < 0.55:
        s = ru_snils(rng)
        c = s.replace("-", "").replace(" ", "")
        t = rng.choice([s, c, f"{c[:3]}-{c[3:6]}-{c[6:9]}-{c[9:]}"])
        return V(t, "NATIONAL_ID", "snils", c)
    n = ru_inn(rng)
    return V(n, "NATIONAL_ID", "inn", n)


def passport12(rng: random.Random, lang: str) -> V:
    if lang == "en":
        return V(digits(rng, 9, first_nonzero=True), "PASSPORT", "passport")
    if lang == "nl":
        letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
        v = (
            rng.choice("NB")
            + rng.choice(letters)
            + "".join(rng.choice(letters + "0123456789") for _ in range(6))
            + rng.choice("0123456789")
        )
        return V(v.lower() if rng.random() < 0.25 else v, "PASSPORT", "passport")
    if lang == "nb":
        return V(
            rng.choice(["FH", "FK", "FP", "FS", "FJ"]) + digits(rng, 7, first_nonzero=False),
            "PASSPORT",
            "passport",
        )
    if rng.random() < 0.5:
        return V(f"{rng.randint(70, 76)} {digits(rng, 7)}", "PASSPORT", "passport")
    ser = f"{rng.randint(10, 99)}{rng.randint(0, 24):02d}"
    num = digits(rng, 6)
    return V(
        rng.choice([f"{ser} {num}", f"{ser[:2]} {ser[2:]} {num}", ser + num]),
        "PASSPORT",
        "passport",
    )


def booking12(rng: random.Random) -> V:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    while True:
        v = "".join(rng.choice(alphabet) for _ in range(6))
        if any(c.isdigit() for c in v) and any(c.isalpha() for c in v):
            break
    return V(v.lower() if rng.random() < 0.3 else v, "BOOKING_REFERENCE", "booking")


def ticket12(rng: random.Random) -> V:
    pre = rng.choice(["074", "125", "117", "555", "057", "220"])
    body = digits(rng, 10, first_nonzero=False)
    return V(
        rng.choice([f"{pre}-{body}", pre + body, f"{pre} {body}", f"{pre} {body[:4]} {body[4:]}"]),
        "TICKET_NUMBER",
        "ticket",
        pre + body,
    )


def custno(rng: random.Random, shape: str) -> V:
    if shape == "d":
        t = digits(rng, rng.choice([7, 8, 9, 10]))
    elif shape == "grp":
        d = digits(rng, 10)
        t = f"{d[:4]} {d[4:8]} {d[8:]}"
    elif shape == "alpha":
        t = rng.choice("ABCKMPRT") + digits(rng, 7, first_nonzero=False)
    elif shape == "dash":
        t = f"{digits(rng, 3)}-{digits(rng, 4, False)}-{digits(rng, 2, False)}"
    elif shape == "pref":
        t = rng.choice(["CL", "MB", "HX", "KN", "PL"]) + "-" + digits(rng, 6)
    elif shape == "ls":
        t = digits(rng, 12)
    elif shape == "contract":
        t = f"{rng.randint(10, 99)}/{rng.randint(2019, 2026)}-{digits(rng, 4)}"
    elif shape == "dot":
        d = digits(rng, 9)
        t = f"{d[:3]}.{d[3:6]}.{d[6:]}"
    else:
        raise ValueError(shape)
    return V(t, "CUSTOMER_NUMBER", "cust")


def email12(rng: random.Random, lang: str, p: Person) -> V:
    f, la = p.first.lower().translate(TR), p.last.lower().translate(TR)
    s = rng.randint(0, 5)
    local = [
        f"{f}.{la}",
        f"{f[0]}{la}",
        f"{f}_{la}{rng.randint(1, 99)}",
        f"{la}.{f[0]}",
        f"{f}{rng.choice(['', '.'])}{la}{rng.randint(60, 99)}",
        f"{f}-{la}",
    ][s]
    return V(f"{local}@{rng.choice(DOMAINS12[lang])}", "EMAIL_ADDRESS", "email")


def dob_text(rng: random.Random, lang: str, d: int, m: int, y: int) -> str:
    mon = {
        "en": [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        "nl": [
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december",
        ],
        "nb": [
            "januar",
            "februar",
            "mars",
            "april",
            "mai",
            "juni",
            "juli",
            "august",
            "september",
            "oktober",
            "november",
            "desember",
        ],
        "ru": [
            "января",
            "февраля",
            "марта",
            "апреля",
            "мая",
            "июня",
            "июля",
            "августа",
            "сентября",
            "октября",
            "ноября",
            "декабря",
        ],
    }[lang][m - 1]
    yy = f"{y % 100:02d}"
    if lang == "en":
        suf = "th" if 10 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        opts = [
            f"{d:02d}/{m:02d}/{y}",
            f"{d}/{m}/{yy}",
            f"{d} {mon} {y}",
            f"{d}{suf} {mon} {y}",
            f"{d}{suf} {mon[:3].lower()} {yy}",
            f"{mon} {d}, {y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{y}-{m:02d}-{d:02d}",
        ]
    elif lang == "nl":
        opts = [
            f"{d:02d}-{m:02d}-{y}",
            f"{d}-{m}-{y}",
            f"{d} {mon} {y}",
            f"{d:02d}/{m:02d}/{y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d}-{m}-{yy}",
            f"{d} {mon[:3]} {y}",
        ]
    elif lang == "nb":
        opts = [
            f"{d:02d}.{m:02d}.{y}",
            f"{d}.{m}.{yy}",
            f"{d}. {mon} {y}",
            f"{d:02d}{m:02d}{yy}",
            f"{d}/{m}-{yy}",
            f"{d:02d}.{m:02d}.{yy}",
            f"{d}.{mon} {y}",
        ]
    else:
        opts = [
            f"{d:02d}.{m:02d}.{y}",
            f"{d:02d}.{m:02d}.{yy}",
            f"{d} {mon} {y}",
            f"{d} {mon} {y} г.",
            f"{d:02d}.{m:02d}.{y}г",
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}/{m:02d}/{y}",
        ]
    return rng.choice(opts)


def dob12(rng: random.Random, lang: str, child: bool = False) -> V:
    y = rng.randint(2009, 2021) if child else rng.randint(1938, 2003)
    return V(dob_text(rng, lang, rng.randint(1, 28), rng.randint(1, 12), y), "DATE_OF_BIRTH", "dob")


def tdate(rng: random.Random, lang: str) -> str:
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    y = rng.choice([2026, 2027])
    if lang == "en":
        return rng.choice(
            [
                f"{d}/{m}",
                f"{d:02d}/{m:02d}/{y}",
                f"the {d}th",
                f"{d} {['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]}",
            ]
        )
    if lang == "nl":
        return rng.choice(
            [
                f"{d}-{m}",
                f"{d:02d}-{m:02d}-{y}",
                f"{d} {['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'][m - 1]}",
                f"{d}/{m}",
            ]
        )
    if lang == "nb":
        return rng.choice(
            [
                f"{d}.{m}",
                f"{d:02d}.{m:02d}.{y}",
                f"{d}. {['jan', 'feb', 'mars', 'april', 'mai', 'juni', 'juli', 'aug', 'sep', 'okt', 'nov', 'des'][m - 1]}",
                f"{d}/{m}",
            ]
        )
    return rng.choice(
        [
            f"{d:02d}.{m:02d}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d} {['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'][m - 1]}",
        ]
    )


def amount(rng: random.Random, lang: str) -> str:
    eur = rng.randint(9, 1400)
    c = rng.randint(0, 99)
    if lang == "en":
        return rng.choice([f"£{eur}.{c:02d}", f"£{eur}", f"{eur} quid"])
    if lang == "nl":
        return rng.choice([f"€ {eur},{c:02d}", f"€{eur},-", f"{eur} euro"])
    if lang == "nb":
        return rng.choice([f"{eur * 10} kr", f"kr {eur * 10},-", f"{eur * 10},{c:02d} kr"])
    return rng.choice([f"{eur * 90} ₽", f"{eur * 90} руб.", f"{eur * 90} рублей"])


def clock(rng: random.Random, lang: str) -> str:
    h, mi = rng.randint(7, 21), rng.choice([0, 5, 10, 15, 20, 30, 35, 40, 45, 50])
    if lang == "en":
        return rng.choice(
            [
                f"{h:02d}:{mi:02d}",
                f"{(h - 1) % 12 + 1}.{mi:02d}{'am' if h < 12 else 'pm'}",
                f"{(h - 1) % 12 + 1}{'am' if h < 12 else 'pm'}",
            ]
        )
    if lang == "nl":
        return rng.choice([f"{h:02d}:{mi:02d}", f"{h}.{mi:02d} uur", f"{h}u{mi:02d}"])
    if lang == "nb":
        return rng.choice([f"kl. {h:02d}.{mi:02d}", f"{h:02d}:{mi:02d}", f"kl {h}"])
    return rng.choice([f"{h:02d}:{mi:02d}", f"{h}.{mi:02d}"])


def order12(rng: random.Random) -> str:
    return rng.choice(["#", "", "ORD-", "WEB", "A-"]) + digits(rng, rng.choice([6, 7, 8, 9]))


def tracking(rng: random.Random, lang: str) -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if lang == "en":
        return rng.choice(
            [
                f"{rng.choice(L)}{rng.choice(L)}{digits(rng, 9)}GB",
                f"H{digits(rng, 3)}{rng.choice(L)}{digits(rng, 11, False)}",
            ]
        )
    if lang == "nl":
        return rng.choice(
            [
                f"3S{''.join(rng.choice(L) for _ in range(4))}{digits(rng, 7)}",
                f"JVGL{digits(rng, 16, False)}",
            ]
        )
    if lang == "nb":
        return rng.choice(
            [f"{rng.choice(L)}{rng.choice(L)}{digits(rng, 9)}NO", f"70{digits(rng, 16, False)}"]
        )
    return rng.choice([f"{digits(rng, 14)}", f"RA{digits(rng, 9)}RU", f"CDEK-{digits(rng, 10)}"])


def product(rng: random.Random) -> str:
    return rng.choice(
        [
            f"SKU {digits(rng, 6)}",
            f"{digits(rng, 3)}.{digits(rng, 3, False)}.{digits(rng, 2, False)}",
            f"art. {digits(rng, 7)}",
            f"MX-{digits(rng, 4)}-{rng.choice(['BL', 'WH', 'GR', 'XL'])}",
        ]
    )


def seat(rng: random.Random) -> str:
    return f"{rng.randint(3, 38)}{rng.choice('ABCDEF')}"


def biz_phone(rng: random.Random, lang: str) -> str:
    if lang == "en":
        return rng.choice(
            [
                f"020 7946 0{digits(rng, 3, False)}",
                f"0113 496 0{digits(rng, 3, False)}",
                f"0808 157 0{digits(rng, 3, False)}",
                f"0161 496 0{digits(rng, 3, False)}",
            ]
        )
    if lang == "nl":
        return rng.choice(
            [
                f"0800-{digits(rng, 4)}",
                f"088 {digits(rng, 3)} {digits(rng, 4, False)}",
                f"0900-{digits(rng, 4)}",
            ]
        )
    if lang == "nb":
        return rng.choice(
            [
                f"800 {digits(rng, 2)} {digits(rng, 3, False)}",
                f"815 {digits(rng, 2)} {digits(rng, 3, False)}",
                f"0{digits(rng, 4)}",
            ]
        )
    return rng.choice(
        [
            f"8 800 {digits(rng, 3)}-{digits(rng, 2, False)}-{digits(rng, 2, False)}",
            f"8-800-{digits(rng, 3)}-{digits(rng, 4, False)}",
        ]
    )


def address12(rng: random.Random, lang: str, lower: bool = True) -> V:
    no = str(rng.randint(1, 160))
    if lang == "en":
        st = rng.choice(STREETS12["en"])
        town, pc = rng.choice(TOWNS["en"])
        pc2 = pc if rng.random() < 0.6 else pc.replace(" ", "")
        s = rng.choice(
            [
                f"{no} {st}, {town} {pc2}",
                f"{no} {st} {town} {pc2}",
                f"flat {rng.randint(1, 12)}, {no} {st}, {town}, {pc2}",
                f"{no}{rng.choice('ab')} {st}\n{town}\n{pc2}",
                f"{rng.choice(['Rose Cottage', 'The Old Forge', 'Ivy House'])}, {st}, {town} {pc2}",
            ]
        )
    elif lang == "nl":
        if rng.random() < 0.3:
            st = rng.choice(["Kortrijksesteenweg", "Veldstraat", "Hoogstraat", "Kastanjelaan"])
            town, pc = rng.choice(TOWNS["be"])
            s = rng.choice(
                [f"{st} {no} bus {rng.randint(1, 12)}, {pc} {town}", f"{st} {no}, {pc} {town}"]
            )
        else:
            st = rng.choice(STREETS12["nl"])
            town, pc = rng.choice(TOWNS["nl"])
            pc2 = pc.replace(" ", "") if rng.random() < 0.5 else pc
            s = rng.choice(
                [
                    f"{st} {no} {pc2} {town}",
                    f"{st} {no}{rng.choice(['', '-2', ' hs', 'a', ' III'])}, {pc2} {town}",
                    f"{st} {no}\n{pc2} {town}",
                ]
            )
    elif lang == "nb":
        st = rng.choice(STREETS12["nb"])
        town, pc = rng.choice(TOWNS["nb"])
        s = rng.choice(
            [
                f"{st} {no}, {pc} {town}",
                f"{st} {no}{rng.choice('ab')} {pc} {town}",
                f"{st} {no} H0{rng.randint(1, 4)}0{rng.randint(1, 6)}, {pc} {town}",
                f"{st} {no}\n{pc} {town}",
                f"c/o {rng.choice(LASTN['nb'])}, {st} {no}, {pc} {town}",
            ]
        )
    else:
        st = rng.choice(STREETS12["ru"])
        town, pc = rng.choice(TOWNS["ru"])
        apt = rng.randint(1, 240)
        s = rng.choice(
            [
                f"г. {town}, {st}, д. {no}, кв. {apt}",
                f"{town}, {st} {no}-{apt}",
                f"{pc}, {town}, {st}, д.{no}, кв.{apt}",
                f"{st} {no} кв {apt} {town}",
                f"{town} {st.split(' ', 1)[-1] if st.startswith('ул.') else st} {no} корп. {rng.randint(1, 3)} кв {apt}",
            ]
        )
        if rng.random() < 0.4:
            s = s.replace("ё", "е")
    return V(s.lower() if lower else s, "LOCATION", "address")


# ---------------------------------------------------------------------------------------
# disguises
# ---------------------------------------------------------------------------------------

NW = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "nb": ["null", "en", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni"],
    "ru": ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"],
}
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
RU_TEENS = [
    "десять",
    "одиннадцать",
    "двенадцать",
    "тринадцать",
    "четырнадцать",
    "пятнадцать",
    "шестнадцать",
    "семнадцать",
    "восемнадцать",
    "девятнадцать",
]
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


def pair_word(lang: str, p: str) -> str:
    """Words for a group of digits as people dictate it (a leading zero is said digit by digit)."""
    if p[0] == "0" or len(p) == 1:
        return " ".join(NW[lang][int(c)] for c in p)
    n = int(p)
    if lang == "ru":
        h, rest = divmod(n, 100)
        out = [RU_HUND[h]] if h else []
        if 10 <= rest <= 19:
            out.append(RU_TEENS[rest - 10])
        else:
            t, u = divmod(rest, 10)
            if t:
                out.append(RU_TENS[t])
            if u:
                out.append(NW["ru"][u])
        return " ".join(out)
    t, u = divmod(n, 10)
    if lang == "nl":
        if t == 1:
            return NL_TEENS[u]
        if u == 0:
            return NL_TENS[t]
        unit = NW["nl"][u]
        return unit + ("ën" if unit.endswith("e") else "en") + NL_TENS[t]
    if t == 1:
        return NB_TEENS[u]
    return NB_TENS[t] + (NW["nb"][u] if u else "")


def en_spoken(rng: random.Random, ds: str) -> str:
    out, i = [], 0
    while i < len(ds):
        c = ds[i]
        if c == "+":
            out.append("plus")
            i += 1
            continue
        if i + 1 < len(ds) and ds[i + 1] == c and rng.random() < 0.8:
            if i + 2 < len(ds) and ds[i + 2] == c:
                out.append(f"triple {'oh' if c == '0' else NW['en'][int(c)]}")
                i += 3
                continue
            out.append(f"double {'oh' if c == '0' else NW['en'][int(c)]}")
            i += 2
            continue
        out.append(("oh" if rng.random() < 0.7 else "zero") if c == "0" else NW["en"][int(c)])
        i += 1
    return " ".join(out)


def spoken_number(rng: random.Random, lang: str, groups: list[str], mixed: bool = False) -> str:
    """Digits of ``groups`` as words the way they are dictated; mixed keeps some digit groups."""
    real = [i for i, g in enumerate(groups) if g != "+"]
    keep = set(rng.sample(real, max(1, len(real) // 3))) if mixed and len(real) > 1 else set()
    if lang == "en":
        words = [en_spoken(rng, g) for g in groups]
        words = [g if i in keep else w for i, (g, w) in enumerate(zip(groups, words, strict=True))]
        return " ".join(words)
    out = []
    for i, g in enumerate(groups):
        if g == "+":
            out.append({"nl": "plus", "nb": "pluss", "ru": "плюс"}[lang])
        elif i in keep:
            out.append(g)
        elif lang in ("nl", "nb") and len(g) > 2:
            out.append(" ".join(pair_word(lang, g[i : i + 2]) for i in range(0, len(g), 2)))
        else:
            out.append(pair_word(lang, g))
    sep = ", " if lang == "ru" and rng.random() < 0.7 else (" - " if lang == "ru" else " ")
    return sep.join(out)


def phone_groups(rng: random.Random, lang: str, e164: str, intl: bool) -> list[str]:
    num = phonenumbers.parse(e164)
    nat = phonenumbers.national_significant_number(num)
    cc = str(num.country_code)
    if lang == "ru":
        head = ["+", cc] if intl else ["8"]
        return [*head, nat[:3], nat[3:6], nat[6:8], nat[8:]]
    if lang == "nb":
        head = ["+", cc] if intl else []
        return [*head, nat[:2], nat[2:4], nat[4:6], nat[6:]]
    if lang == "nl":
        head = ["+", cc] if intl else []
        first = nat[:1] if intl else "0" + nat[:1]
        rest = nat[1:]
        return [*head, first, *[rest[i : i + 2] for i in range(0, len(rest), 2)]]
    head = ["+", cc] if intl else []
    first = nat[:4] if intl else "0" + nat[:4]
    return [*head, first, nat[4:]]


SPELL = {
    "en": {
        "@": ["at", "at", "(at)"],
        ".": ["dot", "dot", "(dot)"],
        "_": ["underscore"],
        "-": ["dash", "hyphen"],
    },
    "nl": {
        "@": ["apenstaartje", "apestaart", "at"],
        ".": ["punt"],
        "_": ["underscore", "laag streepje"],
        "-": ["streepje", "koppelteken"],
    },
    "nb": {
        "@": ["alfakrøll", "krøllalfa", "at"],
        ".": ["punktum", "prikk", "dott"],
        "_": ["understrek"],
        "-": ["bindestrek"],
    },
    "ru": {
        "@": ["собака", "собачка", "эт"],
        ".": ["точка"],
        "_": ["нижнее подчёркивание", "подчеркивание"],
        "-": ["дефис", "тире"],
    },
}


def spell_email(rng: random.Random, lang: str, email: str, partial: bool) -> str:
    local, dom = email.split("@")
    out = []
    for i, ch in enumerate(email):
        if ch in SPELL[lang] and not (partial and i > len(local) and ch == "."):
            out.append(f" {rng.choice(SPELL[lang][ch])} ")
        else:
            out.append(ch)
    s = "".join(out).strip()
    while "  " in s:
        s = s.replace("  ", " ")
    return s


def zero_width(rng: random.Random, s: str, n: int) -> str:
    chars = list(s)
    for _ in range(n):
        pos = rng.randint(1, len(chars) - 1)
        chars.insert(pos, rng.choice(ZERO_WIDTH))
    return "".join(chars)


def homoglyph(rng: random.Random, s: str, n: int, digits_only: bool) -> str:
    """Swap up to n characters for look-alikes (digit->letter, Latin->Cyrillic); IBAN: letters only in letter positions."""
    idx = [i for i, c in enumerate(s) if c in HOMOGLYPHS and (c.isdigit() or not digits_only)]
    if not idx:
        return s
    chars = list(s)
    for i in rng.sample(idx, min(n, len(idx))):
        chars[i] = rng.choice(HOMOGLYPHS[chars[i]])
    return "".join(chars)


# ---------------------------------------------------------------------------------------
# businesses and phrases
# ---------------------------------------------------------------------------------------

# sector -> (business names, words for the customer number, customer-number shapes, the types an agent asks for)
SECTORS = {
    "travel": (["booking", "passport", "dob", "ticket", "name"], ["d", "alpha"]),
    "bank": (["cust", "dob", "account", "phone", "natid"], ["d", "grp"]),
    "insurance": (["cust", "dob", "iban", "natid"], ["dash", "pref", "alpha"]),
    "telecom": (["cust", "phone", "dob", "email"], ["d", "pref"]),
    "energy": (["cust", "email", "iban"], ["grp", "d", "ls"]),
    "health": (["dob", "natid", "cust", "name"], ["d", "dot"]),
    "gov": (["natid", "dob", "name"], ["d"]),
    "parcel": (["phone", "email", "name"], ["d"]),
    "housing": (["cust", "phone", "name"], ["pref", "d"]),
    "education": (["cust", "dob", "email"], ["d", "alpha"]),
    "retail": (["cust", "email", "phone"], ["d", "grp"]),
    "carhire": (["booking", "dob", "passport"], ["alpha", "d"]),
    "hotel": (["booking", "name", "phone"], ["d", "pref"]),
    "pension": (["cust", "natid", "dob"], ["dot", "d", "contract"]),
    "tax": (["natid", "dob", "email"], ["d"]),
    "vet": (["cust", "phone", "name"], ["d", "alpha"]),
}

BIZ = {
    "en": {
        "travel": (
            ["Skylark Holidays", "Brightwater Travel"],
            ["booking ID", "customer reference"],
            [
                "my flight got moved by 6 hours and nobody told us",
                "need to add hold luggage",
                "we've got a wedding and the return flight was cancelled",
            ],
        ),
        "bank": (
            ["Penmoor Bank", "Hartley Building Society"],
            ["customer number", "membership number"],
            [
                "my card got declined twice today",
                "there's a payment I don't recognise",
                "locked out of the app again",
            ],
        ),
        "insurance": (
            ["Lindqvist Home Insurance", "Cobalt Motor Cover"],
            ["policy number", "policy no."],
            [
                "want to make a claim, water leak in the kitchen",
                "my renewal went up by loads",
                "need to add my daughter as a named driver",
            ],
        ),
        "telecom": (
            ["Fernwave Mobile", "Tidal Broadband"],
            ["account number", "customer account no."],
            [
                "internet's been down since Tuesday",
                "I got charged for roaming in Spain??",
                "want to port my number",
            ],
        ),
        "energy": (
            ["Northdown Energy", "Greenfield Power"],
            ["account number", "customer reference number"],
            [
                "my direct debit doubled",
                "moving house next month",
                "smart meter stopped sending readings",
            ],
        ),
        "health": (
            ["Riverside Dental Practice", "Ashgrove Physio"],
            ["patient number", "patient ID"],
            [
                "need to rebook my appointment",
                "did my referral letter arrive",
                "got a bill I think is wrong",
            ],
        ),
        "gov": (
            ["the council tax team", "the blue badge helpline"],
            ["reference number", "account reference"],
            [
                "I'm applying for a single person discount",
                "my blue badge expires soon",
                "I moved and still get letters at my old place",
            ],
        ),
        "parcel": (
            ["Parcelhop", "Swiftdrop Couriers"],
            ["account number", "sender ID"],
            [
                "parcel says delivered but it isn't here",
                "want to redirect a delivery",
                "driver left a card but I was in all day",
            ],
        ),
        "housing": (
            ["Meadowbank Housing", "Keystone Lettings"],
            ["tenancy reference", "tenant ref"],
            [
                "boiler's broken again",
                "there's damp in the back bedroom",
                "can I set up a rent payment plan",
            ],
        ),
        "education": (
            ["Kingsmere College", "Open Pathway Learning"],
            ["student number", "learner ID"],
            [
                "can't log in to the portal",
                "need a copy of my certificate",
                "my fee payment didn't go through",
            ],
        ),
        "retail": (
            ["Hollis & Vane", "Bramble Home Store"],
            ["loyalty card number", "rewards number"],
            ["the sofa arrived damaged", "want to return a jacket", "never got my refund"],
        ),
        "carhire": (
            ["Roadrunner Car Hire", "Kestrel Rentals"],
            ["driver ID", "booking number"],
            [
                "need to extend the rental by two days",
                "they charged my card for a scratch that was already there",
                "want to add a second driver",
            ],
        ),
        "hotel": (
            ["The Harbourside Hotel", "Glenmoor Lodge"],
            ["guest number", "member number"],
            [
                "we'd like a late checkout",
                "can we change to a twin room",
                "I was charged twice for one night",
            ],
        ),
        "pension": (
            ["Wyvern Pensions", "Oakline Retirement"],
            ["scheme member number", "plan number"],
            [
                "want to update my beneficiary",
                "need a statement for my mortgage",
                "how do I take my tax-free lump sum",
            ],
        ),
        "tax": (
            ["Ledgerly Tax Advisers", "Clearbook Accountants"],
            ["client reference", "client number"],
            [
                "got a letter about my self assessment",
                "need help with my tax return",
                "HMRC says I owe money",
            ],
        ),
        "vet": (
            ["Willowbrook Vets", "Pawprint Veterinary"],
            ["client number", "client ID"],
            [
                "my dog needs his booster",
                "can I get a repeat prescription for Bella",
                "the invoice for the op looks wrong",
            ],
        ),
    },
    "nl": {
        "travel": (
            ["Zonnekust Reizen", "Vliegwijzer"],
            ["klantnummer", "reizigersnummer"],
            [
                "onze vlucht is verzet en we missen nu de transfer",
                "ik wil bagage bijboeken",
                "de terugvlucht is geannuleerd",
            ],
        ),
        "bank": (
            ["Polderbank", "Spaarhuys"],
            ["klantnummer", "relatienummer"],
            [
                "mijn pas wordt steeds geweigerd",
                "er staat een afschrijving die ik niet ken",
                "ik kom niet meer in de app",
            ],
        ),
        "insurance": (
            ["Dijkwacht Verzekeringen", "Zekerzorg"],
            ["polisnummer", "relatienummer"],
            [
                "ik wil schade melden, lekkage in de badkamer",
                "mijn premie is flink omhoog",
                "mijn zoon moet op de autoverzekering",
            ],
        ),
        "telecom": (
            ["Golfnet", "Belmobiel"],
            ["klantnummer", "abonneenummer"],
            [
                "internet ligt er al 3 dagen uit",
                "ik krijg een rekening voor bellen in het buitenland",
                "ik wil mijn nummer meenemen",
            ],
        ),
        "energy": (
            ["Windkracht Energie", "Stroomhuis"],
            ["klantnummer", "contractnummer"],
            [
                "mijn termijnbedrag is verdubbeld",
                "we verhuizen volgende maand",
                "de slimme meter geeft niks door",
            ],
        ),
        "health": (
            ["Tandartspraktijk de Linde", "Fysio Oost"],
            ["patiëntnummer", "cliëntnummer"],
            [
                "ik moet mijn afspraak verzetten",
                "is mijn verwijsbrief binnen",
                "ik heb een factuur die niet klopt",
            ],
        ),
        "gov": (
            ["gemeente Bergdal", "het Belastingloket"],
            ["dossiernummer", "zaaknummer"],
            [
                "ik wil kwijtschelding aanvragen",
                "mijn parkeervergunning verloopt",
                "ik ben verhuisd en krijg nog post op mijn oude adres",
            ],
        ),
        "parcel": (
            ["Pakketpunt Express", "Snelpost"],
            ["klantnummer", "verzendernummer"],
            [
                "er staat bezorgd maar ik heb niks",
                "ik wil een pakket laten omleiden",
                "de bezorger is niet eens langs geweest",
            ],
        ),
        "housing": (
            ["Woonstede", "Huurhuis Vlaanderen"],
            ["huurdernummer", "contractnummer"],
            [
                "de cv-ketel doet het weer niet",
                "er zit schimmel in de slaapkamer",
                "kan ik een betalingsregeling krijgen",
            ],
        ),
        "education": (
            ["Hogeschool Waterland", "Leerplein"],
            ["studentnummer", "deelnemersnummer"],
            [
                "ik geraak niet ingelogd op het portaal, kunt ge eens kijken?",
                "ik heb een kopie van mijn diploma nodig",
                "mijn collegegeld is niet afgeschreven",
            ],
        ),
        "retail": (
            ["Huis & Haard", "Modehuys Verbeke"],
            ["klantenkaartnummer", "pasnummer"],
            [
                "de zetel is beschadigd toegekomen",
                "ik wil een jas retourneren",
                "mijn terugbetaling is er nog steeds niet",
            ],
        ),
        "carhire": (
            ["Rijklaar Autoverhuur", "Huurauto Direct"],
            ["reserveringsnummer", "klantnummer"],
            [
                "ik wil de huur twee dagen verlengen",
                "er is een kras afgeschreven die er al zat",
                "kan er een tweede bestuurder bij",
            ],
        ),
        "hotel": (
            ["Hotel de Wadden", "Stadslogement"],
            ["gastnummer", "lidnummer"],
            [
                "kunnen we later uitchecken",
                "kunnen we een twin kamer krijgen",
                "ik ben twee keer afgeschreven",
            ],
        ),
        "pension": (
            ["Pensioenfonds Bouwzorg", "PensioenPlus"],
            ["deelnemersnummer", "registratienummer"],
            [
                "ik wil mijn partner aanmelden",
                "ik heb een overzicht nodig voor de hypotheek",
                "wanneer gaat mijn pensioen in",
            ],
        ),
        "tax": (
            ["Cijferhuis Belastingadvies", "Fiscaal Fiks"],
            ["klantnummer", "dossiernummer"],
            [
                "ik heb een aanslag gekregen die niet klopt",
                "kunnen jullie mijn aangifte doen",
                "ik moet een voorlopige aanslag aanpassen",
            ],
        ),
        "vet": (
            ["Dierenkliniek het Klaverblad", "Dierenarts Vandamme"],
            ["klantnummer", "cliëntnummer"],
            [
                "onze hond moet zijn enting",
                "kan ik herhaalmedicatie voor Bobbie bestellen",
                "de factuur van de operatie klopt niet",
            ],
        ),
    },
    "nb": {
        "travel": (
            ["Fjordfly Reiser", "Solreiser Nord"],
            ["kundenummer", "reisenummer"],
            [
                "flyet vårt er flyttet seks timer",
                "vil legge til innsjekket bagasje",
                "returen ble kansellert",
            ],
        ),
        "bank": (
            ["Nordlys Sparebank", "Vestkyst Bank"],
            ["kundenummer", "kundenr"],
            [
                "kortet mitt blir avvist heile tida",
                "det er et trekk æ ikkje kjenner igjen",
                "kommer ikke inn i nettbanken",
            ],
        ),
        "insurance": (
            ["Trygghet Forsikring", "Værn Forsikring"],
            ["avtalenummer", "polisenummer"],
            [
                "skal melde en vannlekkasje",
                "prisen på forsikringen har gått opp mye",
                "sønnen min skal stå som sjåfør",
            ],
        ),
        "telecom": (
            ["Fjellnett", "Bølge Mobil"],
            ["kundenummer", "abonnementsnummer"],
            [
                "nettet har vært nede siden tirsdag",
                "fikk regning for roaming i Spania",
                "vil overføre nummeret mitt",
            ],
        ),
        "energy": (
            ["Fossekraft", "Nordvind Strøm"],
            ["kundenummer", "målepunkt-ID"],
            [
                "fakturaen e dobbelt så høg som vanlig",
                "vi flytter neste måned",
                "målern sender ikkje data",
            ],
        ),
        "health": (
            ["Tannlegene i Sentrum", "Fysioterapi Vest"],
            ["pasientnummer", "journalnummer"],
            ["må flytte timen min", "har dere fått henvisningen", "fakturaen stemmer ikke"],
        ),
        "gov": (
            ["kommunens servicetorg", "Skattekontoret Nord"],
            ["saksnummer", "referansenummer"],
            [
                "søker om bostøtte",
                "parkeringstillatelsen går ut",
                "jeg har flyttet men får post på gammel adresse",
            ],
        ),
        "parcel": (
            ["Pakkebud Nord", "Hentepost"],
            ["kundenummer", "avsendernummer"],
            [
                "det står levert men jeg har ikke fått noe",
                "vil sende pakken til et annet hentested",
                "sjåføren kom aldri",
            ],
        ),
        "housing": (
            ["Boligbyggelaget Fjellheim", "Utleiehuset"],
            ["medlemsnummer", "leietakernummer"],
            [
                "varmtvannsberederen er gått",
                "det er mugg på badet",
                "kan jeg få en betalingsavtale",
            ],
        ),
        "education": (
            ["Høgskolen i Vestdal", "Nettstudier AS"],
            ["studentnummer", "kandidatnummer"],
            [
                "får ikke logget inn",
                "trenger kopi av vitnemålet",
                "semesteravgiften er ikke registrert",
            ],
        ),
        "retail": (
            ["Interiørhuset", "Sport & Fritid Nord"],
            ["medlemsnummer", "kundeklubbnummer"],
            ["sofaen kom i stykker", "vil returnere en jakke", "har ikke fått pengene tilbake"],
        ),
        "carhire": (
            ["Fjordbil Utleie", "Leiebil Direkte"],
            ["bookingnummer", "kundenummer"],
            [
                "vil forlenge leien med to dager",
                "de trakk meg for en ripe som var der fra før",
                "kan vi legge til en sjåfør til",
            ],
        ),
        "hotel": (
            ["Hotell Fjordgløtt", "Bryggen Gjestehus"],
            ["gjestenummer", "medlemsnummer"],
            ["kan vi få sen utsjekk", "vi vil bytte til dobbeltrom", "jeg ble trukket to ganger"],
        ),
        "pension": (
            ["Pensjonskassen Nord", "Sikker Pensjon"],
            ["medlemsnummer", "avtalenummer"],
            ["vil endre begunstiget", "trenger oversikt til banken", "når kan jeg ta ut pensjon"],
        ),
        "tax": (
            ["Regnskapshuset Tall", "Skatteråd AS"],
            ["kundenummer", "oppdragsnummer"],
            [
                "skattemeldingen ser feil ut",
                "kan dere hjelpe meg med skattemeldingen",
                "fikk restskatt og skjønner ikke hvorfor",
            ],
        ),
        "vet": (
            ["Dyreklinikken Lia", "Veterinærsenteret Øst"],
            ["kundenummer", "klientnummer"],
            [
                "hunden trenger vaksine",
                "vil bestille mer medisin til katten",
                "regningen for operasjonen ser feil ut",
            ],
        ),
    },
    "ru": {
        "travel": (
            ["Аэротур", "Северное Сияние Трэвел"],
            ["номер клиента", "номер заказа клиента"],
            [
                "перенесли вылет на 6 часов и никто не предупредил",
                "хочу докупить багаж",
                "отменили обратный рейс",
            ],
        ),
        "bank": (
            ["Банк Волга-Кредит", "Уралинвестбанк"],
            ["номер клиента", "номер договора"],
            [
                "карту блокируют при оплате",
                "списание которое я не делал",
                "не могу войти в приложение",
            ],
        ),
        "insurance": (
            ["СК Надёжный Щит", "Страховой дом Гарант"],
            ["номер полиса", "номер договора"],
            [
                "хочу заявить страховой случай, затопили соседи",
                "сильно подорожало продление",
                "нужно вписать сына в осаго",
            ],
        ),
        "telecom": (
            ["СвязьПлюс", "Волна Телеком"],
            ["номер договора", "лицевой счёт"],
            ["интернета нет с вторника", "списали за роуминг", "хочу перенести номер"],
        ),
        "energy": (
            ["ЭнергоСбыт-Центр", "Теплосеть Юг"],
            ["лицевой счёт", "номер лицевого счета"],
            [
                "пришла квитанция в два раза больше",
                "переезжаем в следующем месяце",
                "счётчик не передаёт показания",
            ],
        ),
        "health": (
            ["Клиника Доктор Рядом", "Стоматология Улыбка"],
            ["номер медкарты", "номер пациента"],
            ["нужно перенести приём", "пришло ли направление", "в счёте ошибка"],
        ),
        "gov": (
            ["МФЦ Центрального района", "Госуслуги: поддержка"],
            ["номер заявления", "номер обращения"],
            [
                "подаю на субсидию",
                "заканчивается разрешение на парковку",
                "переехал а письма приходят на старый адрес",
            ],
        ),
        "parcel": (
            ["Курьер-Экспресс", "ПочтаМаркет"],
            ["номер клиента", "номер договора"],
            ["пишет доставлено но посылки нет", "хочу переадресовать посылку", "курьер не приехал"],
        ),
        "housing": (
            ["УК Домострой", "ТСЖ Северный"],
            ["лицевой счёт", "номер лицевого счёта"],
            ["опять нет горячей воды", "плесень в спальне", "можно ли рассрочку по долгу"],
        ),
        "education": (
            ["Колледж Профи", "Онлайн-школа Грамота"],
            ["номер студенческого", "номер договора"],
            [
                "не могу войти в личный кабинет",
                "нужна копия диплома",
                "оплата за обучение не прошла",
            ],
        ),
        "retail": (
            ["ДомТорг", "Спортмастерская"],
            ["номер карты лояльности", "номер бонусной карты"],
            ["диван привезли поцарапанный", "хочу вернуть куртку", "деньги так и не вернули"],
        ),
        "carhire": (
            ["Прокат Авто-Юг", "РентКар Сибирь"],
            ["номер брони", "номер клиента"],
            [
                "хочу продлить аренду на два дня",
                "списали за царапину которая уже была",
                "можно добавить второго водителя",
            ],
        ),
        "hotel": (
            ["Гостиница Волжская", "Отель Северная Звезда"],
            ["номер гостя", "номер карты гостя"],
            ["можно поздний выезд", "хотим поменять номер на twin", "списали дважды за одну ночь"],
        ),
        "pension": (
            ["НПФ Стабильность", "НПФ Будущее Вместе"],
            ["номер договора", "номер счёта"],
            [
                "хочу сменить правопреемника",
                "нужна выписка для банка",
                "когда можно получить накопления",
            ],
        ),
        "tax": (
            ["Налоговый консультант Про", "Бухгалтерия Онлайн"],
            ["номер договора", "номер клиента"],
            ["пришло требование из налоговой", "нужно подать 3-НДФЛ", "хочу оформить вычет"],
        ),
        "vet": (
            ["Ветклиника Айболит-Плюс", "Ветцентр Лапа"],
            ["номер карты питомца", "номер клиента"],
            [
                "собаке нужна прививка",
                "можно заказать лекарство для кошки",
                "в счёте за операцию ошибка",
            ],
        ),
    },
}

GREET = {
    "en": [
        "Hi, you're through to {a} at {b} 👋 How can I help?",
        "Hello and welcome to {b}. My name is {a}, what can I do for you today?",
        "Hi there! {a} here from {b}, how can I help",
        "Good afternoon, {a} speaking. How can I help you today?",
    ],
    "nl": [
        "Goedemiddag, u spreekt met {a} van {b}. Waarmee kan ik u helpen?",
        "Hoi! Je chat met {a} van {b} 😊 Waar kan ik je mee helpen?",
        "Goeiedag, {a} hier van {b}, zeg het maar",
        "Welkom bij {b}, mijn naam is {a}. Hoe kan ik helpen?",
    ],
    "nb": [
        "Hei, du snakker med {a} i {b}. Hva kan jeg hjelpe deg med?",
        "Hei og velkommen til {b}! Mitt navn er {a} 😊",
        "Heisann, {a} her fra {b}. Hva gjelder det?",
        "God dag, {a} i {b}. Hvordan kan jeg hjelpe?",
    ],
    "ru": [
        "Здравствуйте! Меня зовут {a}, {b}. Чем могу помочь?",
        "Добрый день, на связи {a} из {b} 🙂",
        "Здравствуйте, {a}, служба поддержки {b}. Слушаю вас",
        "Добрый вечер! Это {a}, {b}. Что у вас случилось?",
    ],
}
BOT_HELLO = {
    "en": [
        "🤖 Hi! I'm the {b} virtual assistant. Before I connect you, I'll ask a couple of quick questions.",
        "Automated assistant: Welcome to {b}. Type your question or choose an option below.",
    ],
    "nl": [
        "🤖 Hallo! Ik ben de digitale assistent van {b}. Eerst een paar korte vragen.",
        "Digitale assistent: Welkom bij {b}. Typ je vraag of kies een optie.",
    ],
    "nb": [
        "🤖 Hei! Jeg er den digitale assistenten til {b}. Jeg stiller noen raske spørsmål før du får en rådgiver.",
        "Chatbot: Velkommen til {b}. Skriv spørsmålet ditt kort.",
    ],
    "ru": [
        "🤖 Здравствуйте! Я виртуальный помощник {b}. Пара вопросов, и я переключу вас на оператора.",
        "Бот: Добро пожаловать в {b}. Опишите вопрос в одном сообщении.",
    ],
}
HANDOVER = {
    "en": [
        "Thanks, connecting you to an adviser… ⏳",
        "You're in the queue, position 2. An agent will join shortly.",
    ],
    "nl": [
        "Bedankt! Ik verbind je door met een medewerker… ⏳",
        "Je staat in de wachtrij (positie 3). Een collega komt zo bij je.",
    ],
    "nb": [
        "Takk! Setter deg over til en rådgiver… ⏳",
        "Du er nummer 2 i køen. En rådgiver kommer snart.",
    ],
    "ru": [
        "Спасибо! Перевожу на оператора… ⏳",
        "Вы в очереди, ваш номер 2. Оператор скоро подключится.",
    ],
}
JOINED = {
    "en": ["{a} has joined the chat", "— {a} joined —"],
    "nl": ["{a} neemt het gesprek over", "— {a} is toegevoegd aan het gesprek —"],
    "nb": ["{a} har blitt med i samtalen", "— {a} overtok chatten —"],
    "ru": ["{a} подключилась к чату", "— оператор {a} в чате —"],
}
ASKAGAIN = {
    "en": [
        "Hi, I can see what you gave the bot, but could you confirm it for me here?",
        "Thanks for waiting. I just need to double check a couple of things.",
    ],
    "nl": [
        "Hoi, ik zie wat je aan de bot gaf, maar ik moet nog even iets checken.",
        "Dank voor het wachten. Nog een paar controlevragen.",
    ],
    "nb": [
        "Hei, jeg ser det du skrev til boten, men må sjekke noe til.",
        "Takk for at du ventet. Noen kontrollspørsmål først.",
    ],
    "ru": [
        "Здравствуйте, вижу ваш ответ боту, но нужно кое-что уточнить.",
        "Спасибо за ожидание. Пара уточняющих вопросов.",
    ],
}

ASK = {
    "en": {
        "booking": [
            "What's the booking reference?",
            "I'll need the booking reference please",
            "could you pop the booking ref in here?",
            "Can I take the 6-character reference from your confirmation email?",
            "Do you have the booking code to hand?",
        ],
        "cust": [
            "What's your {w}?",
            "Could I take your {w}, please?",
            "I'll just need your {w} to pull up the account",
            "can you confirm the {w} for me",
            "Have you got your {w} handy? It's at the top of your letters",
        ],
        "dob": [
            "And your date of birth?",
            "Can you confirm the date of birth on the account?",
            "For security, what's your DOB?",
            "I'll need the lead passenger's date of birth",
            "when were you born? (just security, sorry!)",
        ],
        "passport": [
            "What's the passport number for the traveller?",
            "I'll need the passport number exactly as it's printed",
            "can you send over the passport no.?",
            "Could you type the document number from the photo page?",
        ],
        "natid": [
            "What's your National Insurance number?",
            "I'll need your NI number to verify you",
            "can you confirm your NINO please",
        ],
        "phone": [
            "What's the best number to reach you on?",
            "Which phone number should the driver call?",
            "can I grab a contact number?",
            "What mobile number is on the account?",
        ],
        "email": [
            "What email address did you use?",
            "Which email should the confirmation go to?",
            "can you give me the email on the account?",
        ],
        "name": [
            "Whose name is it under?",
            "Who's the account holder?",
            "Full name of the policyholder please",
            "and the name as it appears on the booking?",
        ],
        "iban": [
            "I'll need the IBAN for the refund",
            "What's the IBAN of the account the payments should come from?",
            "Which account should we refund to? An IBAN please",
        ],
        "account": [
            "Can I take the sort code and account number?",
            "What are the bank details for the refund, sort code and account number?",
        ],
        "ticket": [
            "What's the 13-digit ticket number?",
            "Could you send the e-ticket number? It's on the receipt",
            "I need the ticket number, not the booking ref",
        ],
        "addr": [
            "Where should we send it?",
            "What address shall we post the new card to?",
            "and the delivery address?",
            "Where would you like the engineer to come to?",
            "What's the address of the property?",
            "Which address is it for?",
        ],
        "order": [
            "What's the order number?",
            "Do you have the order number? Starts with a #",
            "which order is it about?",
        ],
        "tdate": [
            "When do you want to fly out instead?",
            "What date would you like to move it to?",
            "Which night is the stay?",
            "when are you moving?",
        ],
        "dest": [
            "Where are you flying to?",
            "And the destination?",
            "Which airport are you going to?",
        ],
        "tracking": [
            "Have you got the tracking number?",
            "what's the tracking code on the card we left?",
        ],
        "seat": ["Which seat would you like?", "Any seat preference?"],
        "time": ["What time suits you for the callback?", "What time did the driver come?"],
    },
    "nl": {
        "booking": [
            "Wat is de boekingscode?",
            "Mag ik de reserveringscode van u?",
            "kun je de code van de bevestigingsmail even sturen?",
            "Ik heb de boekingscode nodig, die 6 tekens in de mail",
        ],
        "cust": [
            "Wat is uw {w}?",
            "Kunt u mij het {w} geven?",
            "Mag ik je {w}?",
            "Ik heb even uw {w} nodig om u te vinden",
            "heb je je {w} bij de hand? staat op de factuur",
        ],
        "dob": [
            "En uw geboortedatum?",
            "Wat is je geboortedatum?",
            "Ter controle: wat is de geboortedatum van de verzekerde?",
            "Mag ik de geboortedatum van de hoofdboeker?",
        ],
        "passport": [
            "Wat is het paspoortnummer?",
            "Mag ik het documentnummer van het paspoort of de ID-kaart?",
            "kun je het paspoortnummer precies zo intikken als het erop staat?",
        ],
        "natid": [
            "Wat is uw BSN?",
            "Mag ik uw burgerservicenummer ter controle?",
            "Ik heb je BSN nodig",
        ],
        "phone": [
            "Op welk nummer kunnen we u bereiken?",
            "Welk telefoonnummer mag de bezorger bellen?",
            "wat is je 06?",
            "Mag ik een telefoonnummer voor het terugbelverzoek?",
        ],
        "email": [
            "Op welk e-mailadres heeft u geboekt?",
            "Naar welk mailadres mag de bevestiging?",
            "wat is je mailadres?",
        ],
        "name": [
            "Op wiens naam staat het?",
            "Wie is de verzekeringnemer?",
            "Wat is de naam van de rekeninghouder?",
            "en de naam zoals op de boeking?",
        ],
        "iban": [
            "Op welk rekeningnummer wilt u het geld terug?",
            "Mag ik het IBAN voor de terugbetaling?",
            "Van welke rekening moet de incasso gaan?",
        ],
        "account": [
            "Op welk rekeningnummer wilt u het geld terug?",
            "Mag ik het IBAN voor de terugbetaling?",
        ],
        "ticket": ["Wat is het ticketnummer? Dat zijn 13 cijfers", "Mag ik het e-ticketnummer?"],
        "addr": [
            "Waar mogen we het naartoe sturen?",
            "Wat is het afleveradres?",
            "Naar welk adres moet de nieuwe pas?",
            "Waar moet de monteur langskomen?",
            "en het nieuwe adres?",
        ],
        "order": [
            "Wat is het bestelnummer?",
            "Heeft u het ordernummer?",
            "over welke bestelling gaat het?",
        ],
        "tdate": [
            "Wanneer wilt u vertrekken?",
            "Naar welke datum wil je het verzetten?",
            "Welke nacht gaat het om?",
            "Wanneer gaan jullie verhuizen?",
        ],
        "dest": ["Waar gaat de reis naartoe?", "En de bestemming?", "Naar welke stad vliegt u?"],
        "tracking": ["Heeft u de track & trace code?", "wat is de trackingcode?"],
        "seat": ["Welke stoel wilt u?", "Heeft u een stoelvoorkeur?"],
        "time": ["Hoe laat kunnen we u terugbellen?", "Hoe laat was de bezorger er?"],
    },
    "nb": {
        "booking": [
            "Hva er bestillingsreferansen?",
            "Kan du sende bookingnummeret? Det er 6 tegn",
            "Jeg trenger referansen fra bekreftelsen",
            "har du bookingkoden?",
        ],
        "cust": [
            "Hva er {w}et ditt?",
            "Kan du oppgi {w}et?",
            "Jeg trenger {w}et ditt for å finne deg",
            "Har du {w}et for hånden? Det står på fakturaen",
        ],
        "dob": [
            "Og fødselsdatoen din?",
            "Hva er fødselsdatoen til den som står på avtalen?",
            "Kan du bekrefte fødselsdato?",
            "fødselsdato til den som reiser?",
        ],
        "passport": [
            "Hva er passnummeret?",
            "Kan du skrive passnummeret akkurat som det står?",
            "Trenger passnummeret til den reisende",
        ],
        "natid": [
            "Hva er fødselsnummeret ditt?",
            "Kan du oppgi fødselsnummer, alle 11 sifrene?",
            "Trenger personnummeret ditt for å verifisere",
        ],
        "phone": [
            "Hvilket nummer kan vi nå deg på?",
            "Hvilket mobilnummer kan sjåføren ringe?",
            "kan jeg få et telefonnummer?",
        ],
        "email": [
            "Hvilken e-postadresse bestilte du med?",
            "Hvor skal bekreftelsen sendes?",
            "hva er e-posten din?",
        ],
        "name": [
            "Hvem står bestillingen på?",
            "Hvem er kontoinnehaver?",
            "Fullt navn på forsikringstaker?",
        ],
        "iban": [
            "Hvilket kontonummer skal vi betale tilbake til?",
            "Kan du sende kontonummeret for refusjon?",
            "Hvilken konto skal trekket gå fra?",
        ],
        "account": [
            "Hvilket kontonummer skal vi betale tilbake til?",
            "Kan du sende kontonummeret for refusjon?",
            "Hvilken konto skal trekket gå fra?",
        ],
        "ticket": ["Hva er billettnummeret? 13 siffer", "Kan du sende e-billettnummeret?"],
        "addr": [
            "Hvor skal vi sende det?",
            "Hvilken adresse skal kortet sendes til?",
            "og leveringsadressen?",
            "Hvor skal montøren komme?",
            "Hva er den nye adressen?",
        ],
        "order": ["Hva er ordrenummeret?", "Har du ordrenummeret?", "hvilken ordre gjelder det?"],
        "tdate": [
            "Når vil du reise?",
            "Hvilken dato vil du endre til?",
            "Hvilken natt gjelder det?",
            "Når flytter dere?",
        ],
        "dest": ["Hvor skal du reise?", "Og reisemålet?", "Hvilken by skal du til?"],
        "tracking": ["Har du sporingsnummeret?", "hva er sporingskoden?"],
        "seat": ["Hvilket sete vil du ha?", "Har du et seteønske?"],
        "time": ["Når passer det at vi ringer?", "Når kom sjåføren?"],
    },
    "ru": {
        "booking": [
            "Подскажите код бронирования?",
            "Мне нужен номер брони из письма, 6 символов",
            "пришлите пожалуйста код брони",
            "Какой у вас номер бронирования?",
        ],
        "cust": [
            "Подскажите {w}?",
            "Назовите, пожалуйста, {w}",
            "Мне понадобится ваш {w}",
            "Какой у вас {w}? Он есть в квитанции",
            "уточните {w} пожалуйста",
        ],
        "dob": [
            "Ваша дата рождения?",
            "Для проверки назовите дату рождения",
            "Дата рождения пассажира?",
            "уточните дату рождения владельца договора",
        ],
        "passport": [
            "Номер загранпаспорта?",
            "Продиктуйте серию и номер паспорта",
            "Пришлите номер паспорта как в документе",
        ],
        "natid": [
            "Назовите СНИЛС, пожалуйста",
            "Мне нужен ваш ИНН",
            "Для проверки нужен СНИЛС или ИНН",
        ],
        "phone": [
            "По какому номеру с вами связаться?",
            "На какой телефон звонить курьеру?",
            "оставьте номер телефона",
        ],
        "email": [
            "На какую почту оформлен заказ?",
            "Куда прислать подтверждение?",
            "какой у вас e-mail?",
        ],
        "name": ["На кого оформлено?", "ФИО владельца счёта?", "На чьё имя бронь?"],
        "iban": [
            "На какой счёт вернуть деньги? Нужны 20 цифр",
            "Пришлите номер счёта для возврата",
        ],
        "account": [
            "На какой счёт вернуть деньги? Нужны 20 цифр",
            "Пришлите номер счёта для возврата",
        ],
        "ticket": ["Номер электронного билета? 13 цифр", "Пришлите номер билета"],
        "addr": [
            "Куда отправить?",
            "Адрес доставки?",
            "По какому адресу выехать мастеру?",
            "Какой новый адрес?",
            "куда привезти?",
        ],
        "order": ["Какой номер заказа?", "Подскажите номер заказа", "о каком заказе речь?"],
        "tdate": [
            "Когда планируете вылет?",
            "На какую дату хотите перенести?",
            "На какую ночь бронь?",
            "Когда переезжаете?",
        ],
        "dest": ["Куда летите?", "Направление?", "В какой город летите?"],
        "tracking": ["Есть трек-номер?", "подскажите трек номер"],
        "seat": ["Какое место хотите?", "Есть пожелания по месту?"],
        "time": ["Во сколько вам перезвонить?", "Во сколько приезжал курьер?"],
    },
}
ONE_MOMENT = {
    "en": [
        "one sec",
        "hang on let me find it",
        "just a moment, it's somewhere in my emails",
        "2 mins, looking for the letter",
        "bear with me 🙈",
        "ok hold on",
    ],
    "nl": [
        "momentje",
        "ff zoeken",
        "eén moment, ik pak de brief erbij",
        "wacht even hoor",
        "sec",
        "ogenblikje",
    ],
    "nb": [
        "et øyeblikk",
        "vent litt",
        "vent litt, æ ska finn brevet",
        "to sek",
        "øyeblikk, leter i mailen",
        "skal se",
    ],
    "ru": [
        "минутку",
        "сейчас найду",
        "секунду, ищу в почте",
        "щас гляну",
        "одну минуту",
        "подождите, ищу квитанцию",
    ],
}
AGENT_WAIT = {
    "en": ["no rush", "Of course, take your time", "sure 🙂"],
    "nl": ["geen probleem", "Natuurlijk, neem de tijd", "prima"],
    "nb": ["helt greit", "Ta den tiden du trenger", "ja da"],
    "ru": ["конечно, жду", "не торопитесь", "хорошо"],
}
Q_BACK = {
    "en": [
        ("the one on the email or the app?", "the one in the email please"),
        ("the one at the top of the letter?", "Yes, that's the one"),
        ("on the front of the card?", "that's right"),
    ],
    "nl": [
        ("die uit de mail of uit de app?", "die uit de mail graag"),
        ("bedoelt u het nummer op de brief?", "Ja, precies die"),
        ("welke, die op de pas?", "ja die"),
    ],
    "nb": [
        ("den i mailen eller i appen?", "den i mailen"),
        ("mener du nummeret øverst på brevet?", "Ja, det stemmer"),
        ("det på kortet?", "ja"),
    ],
    "ru": [
        ("тот что в письме или в приложении?", "тот что в письме"),
        ("это который на квитанции сверху?", "Да, верно"),
        ("на карте который?", "да"),
    ],
}
THANKS_A = {
    "en": [
        "Thanks, found you.",
        "Perfect, thank you",
        "lovely, that's brought it up",
        "Great, one moment while I check",
    ],
    "nl": [
        "Dank u, ik heb u gevonden.",
        "Top, dank je",
        "Prima, ik kijk even mee",
        "Dank je, ik zie het staan",
    ],
    "nb": ["Takk, fant deg.", "Supert, takk", "Flott, jeg sjekker", "Takk skal du ha"],
    "ru": ["Спасибо, нашла.", "Отлично, спасибо", "Спасибо, проверяю", "Благодарю, вижу вас"],
}
RESOLVE = {
    "en": [
        "That's all sorted for you. Anything else?",
        "I've updated that now, you'll get an email shortly.",
        "Done. Is there anything else I can help with?",
    ],
    "nl": [
        "Dat is geregeld. Kan ik nog iets voor u doen?",
        "Ik heb het aangepast, je krijgt zo een mail.",
        "Gedaan! Verder nog iets?",
    ],
    "nb": [
        "Det er ordnet. Noe mer jeg kan hjelpe med?",
        "Jeg har endret det, du får en e-post snart.",
        "Fikset! Noe annet?",
    ],
    "ru": [
        "Готово. Могу ещё чем-то помочь?",
        "Я всё обновила, письмо придёт в течение часа.",
        "Сделано! Есть ещё вопросы?",
    ],
}
BYE = {
    "en": ["no that's everything thanks!!", "great cheers", "thank you so much 🙏", "brill thanks"],
    "nl": ["nee dat was het, bedankt!", "top dank je wel", "super, fijne dag nog", "dankjewel 👍"],
    "nb": [
        "nei, det var alt. takk!",
        "supert, takk for hjelpen",
        "tusen takk 🙏",
        "flott, ha en fin dag",
    ],
    "ru": ["нет, спасибо!", "спасибо большое 🙏", "всё, благодарю", "отлично, спасибо"],
}
READBACK = {
    "en": "Just to confirm, that's {v}?",
    "nl": "Even ter controle: {v}, klopt dat?",
    "nb": "Bare for å sjekke: {v}, stemmer det?",
    "ru": "Уточню: {v}, верно?",
}
READBACK_TYPE = {
    "en": {
        "BOOKING_REFERENCE": "booking reference",
        "CUSTOMER_NUMBER": "account",
        "PHONE_NUMBER": "number",
        "DATE_OF_BIRTH": "date of birth",
        "PASSPORT": "passport number",
        "NATIONAL_ID": "NI number",
        "EMAIL_ADDRESS": "email",
        "PERSON": "name",
        "IBAN_CODE": "IBAN",
        "BANK_ACCOUNT": "account number",
        "TICKET_NUMBER": "ticket number",
        "LOCATION": "address",
    },
    "nl": {
        "BOOKING_REFERENCE": "boekingscode",
        "CUSTOMER_NUMBER": "klantnummer",
        "PHONE_NUMBER": "telefoonnummer",
        "DATE_OF_BIRTH": "geboortedatum",
        "PASSPORT": "paspoortnummer",
        "NATIONAL_ID": "BSN",
        "EMAIL_ADDRESS": "mailadres",
        "PERSON": "naam",
        "IBAN_CODE": "IBAN",
        "BANK_ACCOUNT": "rekeningnummer",
        "TICKET_NUMBER": "ticketnummer",
        "LOCATION": "adres",
    },
    "nb": {
        "BOOKING_REFERENCE": "bookingnummer",
        "CUSTOMER_NUMBER": "kundenummer",
        "PHONE_NUMBER": "telefonnummer",
        "DATE_OF_BIRTH": "fødselsdato",
        "PASSPORT": "passnummer",
        "NATIONAL_ID": "fødselsnummer",
        "EMAIL_ADDRESS": "e-post",
        "PERSON": "navn",
        "IBAN_CODE": "IBAN",
        "BANK_ACCOUNT": "kontonummer",
        "TICKET_NUMBER": "billettnummer",
        "LOCATION": "adresse",
    },
    "ru": {
        "BOOKING_REFERENCE": "код брони",
        "CUSTOMER_NUMBER": "номер",
        "PHONE_NUMBER": "телефон",
        "DATE_OF_BIRTH": "дата рождения",
        "PASSPORT": "паспорт",
        "NATIONAL_ID": "номер документа",
        "EMAIL_ADDRESS": "почта",
        "PERSON": "ФИО",
        "IBAN_CODE": "счёт",
        "BANK_ACCOUNT": "счёт",
        "TICKET_NUMBER": "номер билета",
        "LOCATION": "адрес",
    },
}

# cue phrases for the plain (control) class: {v} is the value
CUE = {
    "en": {
        "booking": ["my booking ref is {v}", "booking reference {v}", "ref: {v}"],
        "cust": ["my {w} is {v}", "{w}: {v}", "it's {w} {v} if that helps"],
        "dob": ["my date of birth is {v}", "DOB {v}", "I was born on {v}"],
        "passport": ["passport number {v}", "my passport no is {v}"],
        "natid": ["my NI number is {v}", "National Insurance no. {v}"],
        "phone": ["you can call me on {v}", "my mobile is {v}", "tel {v}"],
        "email": ["my email is {v}", "email me at {v}"],
        "name": ["my name is {v}", "it's booked under {v}"],
        "iban": ["my IBAN is {v}", "IBAN {v}"],
        "account": ["sort code and account: {v}", "bank details {v}"],
        "ticket": ["ticket number {v}", "e-ticket {v}"],
        "card": ["card number {v}", "the card I paid with is {v}"],
        "addr": ["my address is {v}", "I live at {v}"],
    },
    "nl": {
        "booking": ["mijn boekingscode is {v}", "reserveringscode {v}"],
        "cust": ["mijn {w} is {v}", "{w}: {v}", "{w} {v}"],
        "dob": ["mijn geboortedatum is {v}", "geboren op {v}", "geb. {v}"],
        "passport": ["paspoortnummer {v}", "mijn paspoortnr is {v}"],
        "natid": ["mijn BSN is {v}", "burgerservicenummer {v}"],
        "phone": ["u kunt me bellen op {v}", "mijn nummer is {v}", "tel. {v}"],
        "email": ["mijn mail is {v}", "mailadres: {v}"],
        "name": ["mijn naam is {v}", "het staat op naam van {v}"],
        "iban": ["mijn IBAN is {v}", "rekeningnummer {v}"],
        "account": ["rekeningnummer {v}"],
        "ticket": ["ticketnummer {v}"],
        "card": ["creditcardnummer {v}", "ik betaalde met kaart {v}"],
        "addr": ["mijn adres is {v}", "ik woon op {v}"],
    },
    "nb": {
        "booking": ["bookingnummeret er {v}", "referanse {v}"],
        "cust": ["{w}et mitt er {v}", "{w}: {v}"],
        "dob": ["fødselsdatoen min er {v}", "født {v}", "f. {v}"],
        "passport": ["passnummer {v}", "passnummeret er {v}"],
        "natid": ["fødselsnummeret mitt er {v}", "fnr {v}", "personnummer {v}"],
        "phone": ["du kan ringe meg på {v}", "mobilen min er {v}", "tlf {v}"],
        "email": ["e-posten min er {v}", "mail: {v}"],
        "name": ["jeg heter {v}", "den står på {v}"],
        "iban": ["IBAN {v}"],
        "account": ["kontonummeret mitt er {v}", "kontonr {v}"],
        "ticket": ["billettnummer {v}"],
        "card": ["kortnummer {v}", "betalte med kortet {v}"],
        "addr": ["adressen min er {v}", "jeg bor i {v}"],
    },
    "ru": {
        "booking": ["код брони {v}", "номер бронирования {v}"],
        "cust": ["мой {w} {v}", "{w}: {v}"],
        "dob": ["дата рождения {v}", "я родилась {v}", "д.р. {v}"],
        "passport": ["номер паспорта {v}", "паспорт {v}"],
        "natid": ["мой СНИЛС {v}", "ИНН {v}"],
        "phone": ["мой телефон {v}", "звоните на {v}", "тел. {v}"],
        "email": ["моя почта {v}", "e-mail: {v}"],
        "name": ["меня зовут {v}", "бронь на {v}"],
        "iban": ["счёт {v}"],
        "account": ["номер счёта {v}", "счёт для возврата {v}"],
        "ticket": ["номер билета {v}"],
        "card": ["номер карты {v}", "платил картой {v}"],
        "addr": ["мой адрес {v}", "живу по адресу {v}"],
    },
}
NATID_CUE_RU = {"snils": ["мой СНИЛС {v}", "СНИЛС: {v}"], "inn": ["ИНН {v}", "мой инн {v}"]}

FOR_OTHER = {
    "en": [
        "it's for my mum actually",
        "this is for my husband, he's not great with computers",
        "booking it for my son",
        "asking on behalf of my dad",
    ],
    "nl": [
        "het is voor mijn moeder",
        "ik regel dit voor mijn man",
        "het gaat om mijn zoon",
        "ik bel namens mijn vader, nou ja chat",
    ],
    "nb": [
        "det gjelder mora mi",
        "ordner dette for mannen min",
        "det er for sønnen min",
        "spør på vegne av faren min",
    ],
    "ru": ["это для мамы", "оформляю за мужа", "это для сына", "я за папу пишу"],
}


# ---------------------------------------------------------------------------------------
# conversation builder
# ---------------------------------------------------------------------------------------


class Conv:
    def __init__(self, rng: random.Random, lang: str, cid: str, cls: str):
        self.rng, self.lang, self.cid = rng, lang, cid
        self.turns: list[tuple[str, list[Part]]] = []
        self.groups: dict[str, dict] = {}
        self.n = 0
        if cls == "address_no_cue":
            pool = [
                "energy",
                "telecom",
                "parcel",
                "retail",
                "bank",
                "insurance",
                "housing",
                "gov",
                "health",
                "vet",
                "education",
                "pension",
            ]
            self.sector = rng.choice(pool)
        else:
            sectors = list(SECTORS)
            weights = [4 if s in ("travel", "hotel", "carhire") else 1 for s in sectors]
            self.sector = rng.choices(sectors, weights)[0]
        names, words, issues = BIZ[lang][self.sector]
        self.biz = rng.choice(names)
        self.word = rng.choice(words)
        self.issue = rng.choice(issues)
        self.shape = rng.choice(SECTORS[self.sector][1])
        self.asks = SECTORS[self.sector][0]
        self.agent = rng.choice(AGENTS[lang])
        self.customer = Person(rng, lang)

    def a(self, *parts: Part) -> None:
        self.turns.append(("agent", list(parts)))

    def c(self, *parts: Part) -> None:
        self.turns.append(("customer", list(parts)))

    def pick(self, table: dict, key: str) -> str:
        return self.rng.choice(
            table[self.lang][key] if isinstance(table[self.lang], dict) else table[self.lang]
        )

    def ask(self, key: str) -> str:
        opts = ASK[self.lang][key]
        if self.sector not in ("parcel", "retail", "carhire"):
            opts = [
                q
                for q in opts
                if not any(w in q for w in ("driver", "bezorger", "sjåføren", "курьер"))
            ] or opts
        return self.rng.choice(opts).replace("{w}", self.word)

    def g(
        self, v: V, cls: str, text: str | None = None, mode: str = "whole", gid: str | None = None
    ) -> G:
        if gid is None:
            self.n += 1
            gid = f"{self.cid}/{self.n}"
            self.groups[gid] = {
                "type": v.type,
                "kind": v.kind,
                "canon": v.canon,
                "value": v.text,
                "mode": mode,
            }
        return G(v.text if text is None else text, v.type, cls, gid=gid)

    def value(self, key: str, child: bool = False, p: Person | None = None) -> V:
        r, lang = self.rng, self.lang
        if key == "booking":
            return booking12(r)
        if key == "cust":
            return custno(r, self.shape)
        if key == "dob":
            return dob12(r, lang, child)
        if key == "passport":
            return passport12(r, lang)
        if key == "natid":
            return natid(r, lang)
        if key == "phone":
            return phone12(r, lang)
        if key == "email":
            return email12(r, lang, p or self.customer)
        if key == "name":
            return V((p or self.customer).full(r), "PERSON", "name")
        if key == "iban":
            return iban12(r, lang) if lang != "ru" else account(r, lang)
        if key == "account":
            return account(r, lang) if lang in ("en", "nb", "ru") else iban12(r, lang)
        if key == "ticket":
            return ticket12(r)
        if key == "card":
            return card(r, lang)
        if key == "addr":
            return address12(r, lang, lower=r.random() < 0.4)
        raise ValueError(key)

    def cue(self, key: str, v: V, cls: str) -> list[Part]:
        if self.lang == "ru" and key == "natid":
            tpl = self.rng.choice(NATID_CUE_RU[v.kind])
        else:
            tpl = self.rng.choice(CUE[self.lang][key])
        before, after = tpl.replace("{w}", self.word).split("{v}")
        return [before, self.g(v, cls), after] if after else [before, self.g(v, cls)]

    def greet(self, bot: bool = False) -> None:
        if bot:
            self.a(self.rng.choice(BOT_HELLO[self.lang]).format(b=self.biz))
            return
        tpl = self.rng.choice(GREET[self.lang])
        before, after = tpl.replace("{b}", self.biz).split("{a}")
        self.a(before, E(self.agent, "PERSON", "plain"), after)

    def join(self) -> None:
        tpl = self.rng.choice(JOINED[self.lang])
        before, after = tpl.split("{a}")
        parts: list[Part] = [before] if before else []
        self.a(*parts, E(self.agent, "PERSON", "plain"), after)

    def records(self) -> tuple[list[dict], list[dict]]:
        recs, checks = [], {gid: dict(g, gid=gid, spans=[]) for gid, g in self.groups.items()}
        for i, (role, parts) in enumerate(self.turns, 1):
            parts = [p for p in parts if not (isinstance(p, str) and p == "")]
            text, ents, negs = assemble(parts)
            mid = f"{self.cid}-{i:02d}"
            labelled = [p for p in parts if isinstance(p, E)]
            for p, ent in zip(labelled, ents, strict=True):
                if isinstance(p, G):
                    checks[p.gid]["spans"].append([mid, ent["start"], ent["end"]])
            recs.append(
                {
                    "conversation_id": self.cid,
                    "message_id": mid,
                    "role": role,
                    "lang": self.lang,
                    "text": text,
                    "entities": ents,
                    "negatives": negs,
                }
            )
        return recs, list(checks.values())


def neg_for(c: Conv, key: str) -> N:
    r, lang = c.rng, c.lang
    return {
        "order": lambda: N(order12(r), "order_number"),
        "tdate": lambda: N(tdate(r, lang), "travel_date"),
        "dest": lambda: N(r.choice(DEST12[lang]), "destination"),
        "tracking": lambda: N(tracking(r, lang), "tracking_number"),
        "seat": lambda: N(seat(r), "seat"),
        "time": lambda: N(clock(r, lang), "time"),
        "amount": lambda: N(amount(r, lang), "amount"),
        "product": lambda: N(product(r), "product_code"),
    }[key]()


NEG_LINES = {
    "en": {
        "amount": "they took {n} off my card",
        "tdate": "we're meant to travel on {n}",
        "order": "order {n} if that's any use",
        "tracking": "tracking says {n}",
        "product": "the item is {n}",
        "time": "it was about {n}",
        "seat": "we had seats {n} and",
        "dest": "flying to {n}",
    },
    "nl": {
        "amount": "er is {n} afgeschreven",
        "tdate": "we vertrekken op {n}",
        "order": "bestelling {n} trouwens",
        "tracking": "track & trace: {n}",
        "product": "het gaat om artikel {n}",
        "time": "het was rond {n}",
        "seat": "we zaten op {n} en",
        "dest": "we gaan naar {n}",
    },
    "nb": {
        "amount": "de har trukket {n}",
        "tdate": "vi skal reise {n}",
        "order": "ordre {n} forresten",
        "tracking": "sporing: {n}",
        "product": "det gjelder varenr {n}",
        "time": "det var rundt {n}",
        "seat": "vi satt på {n} og",
        "dest": "vi skal til {n}",
    },
    "ru": {
        "amount": "списали {n}",
        "tdate": "вылет {n}",
        "order": "заказ {n} если что",
        "tracking": "трек {n}",
        "product": "артикул {n}",
        "time": "было около {n}",
        "seat": "у нас места {n} и",
        "dest": "летим в {n}",
    },
}


def issue_turn(c: Conv, with_neg: bool) -> None:
    """The customer's opening message, sometimes with a hard negative (amount, date, order ...)."""
    r = c.rng
    if not with_neg:
        c.c(
            r.choice(
                {
                    "en": ["hi ", "", "hey, ", "Hello, "],
                    "nl": ["Hallo, ", "", "hoi ", "Dag, "],
                    "nb": ["Hei, ", "", "hei! "],
                    "ru": ["Здравствуйте, ", "", "добрый день, "],
                }[c.lang]
            ),
            c.issue,
        )
        return
    key = r.choice(
        {
            "travel": ["amount", "tdate", "dest", "seat"],
            "hotel": ["amount", "tdate"],
            "carhire": ["amount", "tdate", "dest"],
            "parcel": ["tracking", "order", "tracking"],
            "retail": ["order", "product", "product"],
            "telecom": ["amount", "product", "order"],
            "energy": ["amount", "tdate"],
            "education": ["amount", "order"],
            "vet": ["amount", "product"],
        }.get(c.sector, ["amount", "time", "order"])
    )
    before, after = NEG_LINES[c.lang][key].split("{n}")
    n = neg_for(c, key)
    if key == "seat":
        n = N(seat(r), "seat")
    c.c(c.issue, r.choice([". ", ", ", " - ", "\n"]), before, n, after)


def biz_phone_turn(c: Conv) -> None:
    p = N(biz_phone(c.rng, c.lang), "business_phone")
    tpl = {
        "en": [
            "If it drops again just ring us on {n}, we're open till 8.",
            "You can also call the claims line: {n}",
        ],
        "nl": [
            "Lukt het niet, bel dan gerust {n} (ma-vr 8-20 uur).",
            "Je kunt ook de schadelijn bellen: {n}",
        ],
        "nb": [
            "Om det skjer igjen kan du ringe oss på {n}.",
            "Du kan også ringe kundeservice på {n}",
        ],
        "ru": [
            "Если повторится, звоните на горячую линию {n}.",
            "Можно также позвонить по номеру {n}, это бесплатно",
        ],
    }[c.lang]
    before, after = c.rng.choice(tpl).split("{n}")
    c.a(before, p, after)


NEGKEYS = {
    "travel": ["tdate", "dest", "seat", "time"],
    "hotel": ["tdate", "time"],
    "carhire": ["tdate", "dest", "time"],
    "parcel": ["order", "tracking", "tracking"],
    "retail": ["order", "tracking", "order"],
    "telecom": ["order", "time"],
    "bank": ["time"],
    "energy": ["tdate", "time"],
    "housing": ["tdate", "time"],
    "education": ["order", "time"],
}


def negative_ask(c: Conv) -> None:
    """The agent asks for something that is not personal data; the customer answers it bare."""
    r = c.rng
    key = r.choice(NEGKEYS.get(c.sector, ["time"]))
    if key == "tdate":
        idx = {"travel": [0, 1], "carhire": [1], "hotel": [2]}.get(c.sector, [1, 3])
        c.a(ASK[c.lang]["tdate"][r.choice(idx)])
    else:
        c.a(c.ask(key))
    n = neg_for(c, key)
    if r.random() < 0.3:
        n = N(n.text.lower(), n.kind)
    c.c(n)


# ---------------------------------------------------------------------------------------
# the six classes
# ---------------------------------------------------------------------------------------


def lowerish(rng: random.Random, v: V, p: float = 0.35) -> V:
    if (
        v.type in ("BOOKING_REFERENCE", "PASSPORT", "NATIONAL_ID", "PERSON", "IBAN_CODE")
        and rng.random() < p
    ):
        return V(v.text.lower(), v.type, v.kind, v.canon)
    return v


def conv_bare(c: Conv) -> None:
    r, lang = c.rng, c.lang
    bot = r.random() < 0.25
    c.greet(bot=bot)
    issue_turn(c, r.random() < 0.5)
    keys = [k for k in c.asks if not (k == "natid" and lang == "ru" and r.random() < 0.3)]
    first = r.choice(keys)
    other = None
    if r.random() < 0.2 and first in ("dob", "name", "passport", "natid", "phone"):
        c.c(r.choice(FOR_OTHER[lang]))
        other = Person(r, lang)
    if r.random() < 0.45:
        negative_ask(c)
    if "cust" in c.asks and r.random() < 0.35:
        # a customer number asked for, an order number given instead (hard negative), then the real one
        c.a(c.ask("cust"))
        c.c(N(order12(r), "order_number"))
        c.a(
            {
                "en": "That looks like an order number, I need the {w} please",
                "nl": "Dat lijkt een bestelnummer, ik heb het {w} nodig",
                "nb": "Det ser ut som et ordrenummer, jeg trenger {w}et",
                "ru": "Это похоже на номер заказа, а нужен {w}",
            }[lang].replace("{w}", c.word)
        )
        first = "cust"
    else:
        c.a(c.ask(first))
    v = lowerish(r, c.value(first, p=other))
    style = r.randint(0, 5)
    if style == 1:
        c.c(r.choice(ONE_MOMENT[lang]))
        if r.random() < 0.5:
            c.a(r.choice(AGENT_WAIT[lang]))
        c.c(c.g(v, "bare_answer"))
    elif style == 2:
        q, ans = r.choice(Q_BACK[lang])
        c.c(q)
        c.a(ans)
        c.c(c.g(v, "bare_answer"))
    elif style == 3:
        # quoted reply: the question quoted, the value under it
        quote = c.turns[-1][1][0] if isinstance(c.turns[-1][1][0], str) else ""
        c.c(f"> {quote}\n", c.g(v, "bare_answer"))
    elif style == 4 and lang in ("en", "nl"):
        c.c(
            c.g(v, "bare_answer"), r.choice([" 🙏", " x", " thx" if lang == "en" else " thnx", "!"])
        )
    else:
        c.c(c.g(v, "bare_answer"))
    if r.random() < 0.2:
        c.a(READBACK[lang].split("{v}")[0], c.g(v, "plain"), READBACK[lang].split("{v}")[1])
        c.c({"en": "yep", "nl": "ja klopt", "nb": "ja", "ru": "да"}[lang])
    if bot:
        c.a(r.choice(HANDOVER[lang]))
        c.join()
        c.a(r.choice(ASKAGAIN[lang]))
    # a second question, or two at once
    rest = [k for k in c.asks if k != first] or ["dob"]
    if r.random() < 0.3 and "name" not in (first,):
        k2 = r.choice([k for k in rest if k != "name"] or ["dob"])
        q = {
            "en": "Can I have the {x} and the name it's under?",
            "nl": "Mag ik de {x} en de naam waarop het staat?",
            "nb": "Kan jeg få {x} og navnet det står på?",
            "ru": "Назовите {x} и на кого оформлено?",
        }[lang]
        c.a(q.replace("{x}", READBACK_TYPE[lang][c.value(k2).type]))
        v2 = lowerish(r, c.value(k2))
        p = V(
            c.customer.full(r).lower() if r.random() < 0.5 else c.customer.full(r), "PERSON", "name"
        )
        sep = r.choice([" ", "\n", ", ", " / "])
        c.c(c.g(v2, "bare_answer"), sep, c.g(p, "bare_answer"))
    elif r.random() < 0.7:
        k2 = r.choice(rest)
        c.a(c.ask(k2))
        v2 = lowerish(r, c.value(k2))
        if r.random() < 0.3:
            c.c(r.choice(ONE_MOMENT[lang]))
            c.c(r.choice(["ok", "found it", "hier"] if lang != "ru" else ["вот", "нашла"]))
        c.c(c.g(v2, "bare_answer"))
    c.a(r.choice(THANKS_A[lang]))
    if r.random() < 0.25:
        biz_phone_turn(c)
    c.a(r.choice(RESOLVE[lang]))
    c.c(r.choice(BYE[lang]))


LIST_INTRO = {
    "en": [
        "ok here's everyone:",
        "these are the travellers",
        "right, all of us:",
        "the kids are on it too:",
        "details below",
    ],
    "nl": [
        "oké hier zijn ze:",
        "dit zijn de reizigers",
        "we zijn met z'n vieren:",
        "de gegevens:",
        "hieronder alles",
    ],
    "nb": ["her er alle:", "dette er de som reiser", "vi er fire:", "opplysningene:", "se under"],
    "ru": ["вот все:", "данные пассажиров", "нас четверо:", "записывайте:", "ниже данные"],
}
REL = {
    "en": ["and my wife", "and our son", "and my daughter", "my partner"],
    "nl": ["en mijn vrouw", "en onze zoon", "en ons dochtertje", "mijn partner"],
    "nb": ["og kona", "og sønnen vår", "og dattera", "samboeren min"],
    "ru": ["и жена", "и сын", "и дочка", "муж"],
}


def list_item(c: Conv, fields: list[str], p: Person, child: bool) -> list[list[Part]]:
    out: list[list[Part]] = []
    for f in fields:
        if f == "name":
            v = V(
                p.full(c.rng) if c.rng.random() < 0.6 else p.first + " " + p.last, "PERSON", "name"
            )
            if c.rng.random() < 0.3:
                v = V(v.text.lower(), "PERSON", "name")
        elif f == "dob":
            v = dob12(c.rng, c.lang, child)
        else:
            v = c.value(f, p=p)
        out.append([c.g(v, "list")])
    return out


def conv_list(c: Conv) -> None:
    r, lang = c.rng, c.lang
    c.greet()
    issue_turn(c, r.random() < 0.5)
    kind = r.randint(0, 5)
    travel = c.sector in ("travel", "hotel", "carhire")
    if kind <= 2:
        # travellers / family members: name + dob (+ passport or national id)
        extra = r.choice(["passport", "passport", None]) if travel else r.choice([None, "natid"])
        fields = ["name", "dob"] + ([extra] if extra else [])
        travel = c.sector in ("travel", "hotel", "carhire")
        q_list = {
            "en": [
                "Could you give me the names and dates of birth of everyone travelling?",
                "I'll need full names and DOBs for all passengers please",
            ]
            if travel
            else [
                "Who else is on the policy? Names and dates of birth please",
                "Can you list everyone in the household with their date of birth?",
            ],
            "nl": [
                "Mag ik de namen en geboortedata van alle reizigers?",
                "Stuur even van iedereen naam + geboortedatum",
            ]
            if travel
            else [
                "Wie staan er nog meer op de polis? Naam en geboortedatum graag",
                "Kunt u de gezinsleden met geboortedatum noemen?",
            ],
            "nb": [
                "Kan jeg få navn og fødselsdato på alle som skal være med?",
                "Trenger fullt navn og fødselsdato på alle passasjerene",
            ]
            if travel
            else [
                "Hvem andre står på avtalen? Navn og fødselsdato",
                "Kan du liste opp alle i husstanden med fødselsdato?",
            ],
            "ru": [
                "Пришлите ФИО и даты рождения всех, кто едет",
                "Нужны ФИО и даты рождения всех пассажиров",
            ]
            if travel
            else [
                "Кто ещё вписан в договор? ФИО и даты рождения",
                "Перечислите членов семьи с датами рождения",
            ],
        }[lang]
        c.a(r.choice(q_list))
        people = [c.customer] + [Person(r, lang) for _ in range(r.randint(1, 3))]
        for p in people[1:]:
            if lang == "ru" and r.random() < 0.6:
                p.last = c.customer.last if p.female == c.customer.female else p.last
            elif lang != "ru":
                p.last = c.customer.last if r.random() < 0.6 else p.last
        layout = r.randint(0, 4)
        intros = (
            LIST_INTRO[lang]
            if travel
            else [x for i, x in enumerate(LIST_INTRO[lang]) if i not in (1, 2)]
        )
        lines: list[Part] = [r.choice(intros), "\n"]
        with_seat = r.random() < 0.35
        for i, p in enumerate(people):
            child = i > 1 or (i == 1 and r.random() < 0.3)
            cells = list_item(c, fields, p, child)
            if with_seat:
                cells.append([N(seat(r), "seat")])
            if layout == 0:
                sep = r.choice([", ", " - ", " "])
                row: list[Part] = []
                for j, cell in enumerate(cells):
                    row += ([sep] if j else []) + cell
                pre = f"{i + 1}. " if r.random() < 0.5 else ""
                lines += [pre, *row, "\n"]
            elif layout == 1:
                row = []
                for j, cell in enumerate(cells):
                    row += ([" | "] if j else []) + cell
                lines += ["| ", *row, " |\n"]
            elif layout == 2:
                row = []
                for j, cell in enumerate(cells):
                    row += ([" / "] if j else []) + cell
                lines += ["- ", *row, "\n"]
            elif layout == 3:
                row = []
                for j, cell in enumerate(cells):
                    row += (["\t"] if j else []) + cell
                lines += [*row, "\n"]
            else:
                row = []
                for j, cell in enumerate(cells):
                    row += ([", "] if j else []) + cell
                rel = r.choice(REL[lang])
                lines += ([f" {rel} "] if i else []) + row
        if layout == 4:
            lines = lines[2:]
        while lines and isinstance(lines[-1], str) and lines[-1].strip() == "":
            lines.pop()
        if lines and isinstance(lines[-1], str) and lines[-1].endswith("\n"):
            lines[-1] = lines[-1].rstrip("\n")
        c.c(*lines)
    elif kind == 3:
        # several numbers or accounts in one line
        key = r.choice(["phone", "iban", "booking", "email", "cust"])
        if key == "phone":
            c.a(c.ask("phone"))
            vs = [c.value("phone") for _ in range(r.randint(2, 3))]
            glue = {
                "en": [" or ", " / ", ", landline "],
                "nl": [" of ", " / ", ", vast: "],
                "nb": [" eller ", " / ", ", fasttlf "],
                "ru": [" или ", " / ", ", домашний "],
            }[lang]
        elif key == "email":
            c.a(c.ask("email"))
            vs = [c.value("email"), c.value("email", p=Person(r, lang))]
            glue = {
                "en": [" and ", ", cc "],
                "nl": [" en ", ", cc "],
                "nb": [" og ", ", kopi til "],
                "ru": [" и ", ", копию на "],
            }[lang]
        elif key == "booking":
            c.a(
                {
                    "en": "Which bookings are affected?",
                    "nl": "Om welke boekingen gaat het?",
                    "nb": "Hvilke bestillinger gjelder det?",
                    "ru": "Какие брони затронуты?",
                }[lang]
            )
            vs = [booking12(r) for _ in range(r.randint(2, 4))]
            glue = [
                ", ",
                " + ",
                " and "
                if lang == "en"
                else " en "
                if lang == "nl"
                else " og "
                if lang == "nb"
                else " и ",
            ]
        elif key == "cust":
            c.a(c.ask("cust"))
            vs = [custno(r, c.shape) for _ in range(r.randint(2, 3))]
            glue = {
                "en": [" (mine) and ", " and my mum's is ", ", "],
                "nl": [" (van mij) en ", " en die van mijn moeder ", ", "],
                "nb": [" (mitt) og ", " og mora mi har ", ", "],
                "ru": [" (мой) и ", " и мамин ", ", "],
            }[lang]
        else:
            c.a(c.ask("iban"))
            vs = [c.value("iban") for _ in range(2)]
            glue = {
                "en": [" or the joint one ", " / "],
                "nl": [" of de en/of rekening ", " / "],
                "nb": [" eller felleskontoen ", " / "],
                "ru": [" или второй ", " / "],
            }[lang]
        parts: list[Part] = []
        for i, v in enumerate(vs):
            if i:
                parts.append(r.choice(glue))
            parts.append(c.g(v, "list"))
        c.c(*parts)
    elif kind == 4:
        # e-mail style message with a signature block (items without cues)
        c.a(c.ask("cust"))
        sig = {
            "en": ["Kind regards,", "Many thanks", "Best,"],
            "nl": ["Met vriendelijke groet,", "Groetjes,", "Mvg"],
            "nb": ["Med vennlig hilsen", "Hilsen", "Mvh"],
            "ru": ["С уважением,", "Спасибо,", "--"],
        }[lang]
        body = {
            "en": "Hello, I've written to you twice already about this. Please can someone call me back.",
            "nl": "Beste, ik heb hier al twee keer over gemaild. Kan iemand mij terugbellen?",
            "nb": "Hei, jeg har sendt e-post om dette to ganger. Kan noen ringe meg?",
            "ru": "Здравствуйте, пишу уже второй раз. Перезвоните мне, пожалуйста.",
        }[lang]
        name = V(c.customer.full(r), "PERSON", "name")
        items = [c.g(name, "list"), c.g(c.value("phone"), "list")]
        if r.random() < 0.7:
            items.append(c.g(address12(r, lang, lower=False), "list"))
        if r.random() < 0.5:
            items.append(c.g(c.value("email"), "list"))
        parts = [body, "\n\n", r.choice(sig), "\n"]
        for i, it in enumerate(items):
            parts += (["\n"] if i else []) + [it]
        c.c(*parts)
    else:
        # bank or card details as a numbered list
        c.a(
            {
                "en": "Please send the details for both refunds",
                "nl": "Stuur de gegevens voor beide terugbetalingen maar",
                "nb": "Send opplysningene for begge refusjonene",
                "ru": "Пришлите реквизиты для обоих возвратов",
            }[lang]
        )
        p2 = Person(r, lang)
        rows = [(c.customer, c.value("account")), (p2, c.value("iban"))]
        parts = []
        for i, (p, v) in enumerate(rows):
            parts += [
                f"{i + 1}) " if r.random() < 0.5 else "• ",
                c.g(V(p.full(r), "PERSON", "name"), "list"),
                r.choice([": ", " - ", " "]),
                c.g(v, "list"),
            ]
            if r.random() < 0.4:
                parts += [" ", N(amount(r, lang), "amount")]
            parts.append("\n" if i == 0 else "")
        c.c(*parts)
    if r.random() < 0.45:
        negative_ask(c)
    c.a(r.choice(THANKS_A[lang]))
    if r.random() < 0.3:
        biz_phone_turn(c)
    c.a(r.choice(RESOLVE[lang]))
    c.c(r.choice(BYE[lang]))


SPLIT_REMARK = {
    "en": ["", "", " oops sent too early", " wait", "...", " sorry fat fingers"],
    "nl": ["", "", " oeps te vroeg verstuurd", " wacht", "...", " sorry"],
    "nb": ["", "", " oi, sendte for tidlig", " vent", "...", " sorry"],
    "ru": ["", "", " ой рано отправил", " щас", "...", " сорри"],
}
CORRECT = {
    "en": ["sorry typo, it's {v}", "no wait it's {v}", "correction: {v}", "*{v}"],
    "nl": ["sorry typfout, het is {v}", "nee wacht, {v}", "correctie: {v}", "*{v}"],
    "nb": ["sorry, skrivefeil: {v}", "nei vent, {v}", "rettelse: {v}", "*{v}"],
    "ru": ["ой, опечатка: {v}", "нет, правильно {v}", "исправляю: {v}", "*{v}"],
}
LAST_DIGITS = {
    "en": "sorry the last digits are {v} not {x}",
    "nl": "sorry de laatste cijfers zijn {v}, niet {x}",
    "nb": "sorry, de siste sifrene er {v}, ikke {x}",
    "ru": "последние цифры {v}, а не {x}",
}
GO_ON = {
    "en": ["go on", "and the rest?", "👍"],
    "nl": ["ga door", "en de rest?", "👍"],
    "nb": ["ja?", "og resten?", "👍"],
    "ru": ["так", "а дальше?", "👍"],
}


def mistype(rng: random.Random, s: str) -> str:
    idx = [i for i, ch in enumerate(s) if ch.isdigit()]
    i = rng.choice(idx[len(idx) // 2 :])
    new = rng.choice([d for d in "0123456789" if d != s[i]])
    return s[:i] + new + s[i + 1 :]


def cut_points(rng: random.Random, s: str, n: int) -> list[str]:
    """Cut s into n non-empty pieces (cuts anywhere, trailing/leading spaces dropped)."""
    while True:
        cuts = sorted(rng.sample(range(2, len(s) - 1), n - 1))
        pieces = [s[a:b] for a, b in zip([0, *cuts], [*cuts, len(s)], strict=True)]
        pieces = [p.strip() for p in pieces]
        if all(len(p) >= 2 for p in pieces):
            return pieces


def conv_split(c: Conv) -> None:
    r, lang = c.rng, c.lang
    c.greet(bot=r.random() < 0.15)
    issue_turn(c, r.random() < 0.5)
    cands = [
        k for k in c.asks if k in ("phone", "natid", "account", "iban", "cust", "passport")
    ] + ["phone", "iban" if lang != "en" else "account"]
    if c.sector in ("hotel", "carhire", "retail", "travel"):
        cands += ["card", "card"]
    key = r.choice(cands)
    if key == "account" and lang == "nl":
        key = "iban"
    if key == "card":
        c.a(
            {
                "en": "I can take the card number here, it's a secure chat",
                "nl": "U kunt het kaartnummer hier veilig doorgeven",
                "nb": "Du kan oppgi kortnummeret her, chatten er sikker",
                "ru": "Можете написать номер карты здесь, чат защищён",
            }[lang]
        )
    else:
        c.a(c.ask(key))
    v = c.value(key)
    mode = r.choice(["split", "split", "split3", "correct", "lastdigits"])
    if mode == "split3" and len(v.text.replace(" ", "")) < 10:
        mode = "split"
    if mode in ("correct", "lastdigits") and sum(ch.isdigit() for ch in v.text) < 8:
        mode = "split"
    if mode.startswith("split"):
        pieces = cut_points(r, v.text, 3 if mode == "split3" else 2)
        gid = None
        for i, piece in enumerate(pieces):
            e = c.g(v, "split", text=piece, mode="concat", gid=gid)
            gid = e.gid
            remark = r.choice(SPLIT_REMARK[lang]) if i == 0 else ""
            c.c(e, remark)
            if i < len(pieces) - 1 and r.random() < 0.4:
                c.a(r.choice(GO_ON[lang]))
    elif mode == "correct":
        wrong = mistype(r, v.text)
        e1 = c.g(V(wrong, v.type, v.kind, v.canon), "split", mode="typo")
        c.groups[e1.gid]["final"] = None
        c.c(e1)
        if r.random() < 0.5:
            c.a(r.choice(THANKS_A[lang]))
        before, after = r.choice(CORRECT[lang]).split("{v}")
        e2 = c.g(v, "split")
        c.groups[e1.gid]["final"] = e2.gid
        c.c(before, e2, after)
    else:
        wrong = mistype(r, v.text)
        # how many trailing digits differ: retype the tail from the changed digit on
        i = next(k for k in range(len(v.text)) if v.text[k] != wrong[k])
        tail_start = max(i - r.randint(1, 3), 0)
        while v.text[tail_start] == " ":
            tail_start += 1
        tail_ok, tail_bad = v.text[tail_start:], wrong[tail_start:]
        e1 = c.g(V(wrong, v.type, v.kind, v.canon), "split", mode="typo_tail")
        c.c(e1)
        before, rest = LAST_DIGITS[lang].split("{v}")
        mid, after = rest.split("{x}")
        e2 = c.g(V(tail_ok, v.type, v.kind, v.canon), "split", mode="tail")
        e3 = c.g(V(tail_bad, v.type, v.kind, v.canon), "split", gid=e1.gid)
        c.groups[e1.gid]["final"] = e2.gid
        c.c(before, e2, mid, e3, after)
    if r.random() < 0.45:
        negative_ask(c)
    if r.random() < 0.35:
        k2 = r.choice([k for k in c.asks if k in ("dob", "name", "email")] or ["dob"])
        c.a(c.ask(k2))
        c.c(*c.cue(k2, c.value(k2), "plain"))
    c.a(r.choice(THANKS_A[lang]))
    if r.random() < 0.25:
        biz_phone_turn(c)
    c.a(r.choice(RESOLVE[lang]))
    c.c(r.choice(BYE[lang]))


def conv_disguised(c: Conv) -> None:
    r, lang = c.rng, c.lang
    c.greet()
    issue_turn(c, r.random() < 0.5)
    how = r.choice(["email", "email", "words", "mixed", "zw", "homo"])
    voice = r.random() < 0.3
    if how == "email":
        c.a(c.ask("email"))
        v = c.value("email")
        txt = spell_email(r, lang, v.text, partial=r.random() < 0.3)
        lead = {
            "en": ["its ", "it's ", ""],
            "nl": ["het is ", "", "t is "],
            "nb": ["det er ", "", ""],
            "ru": ["", "почта ", ""],
        }[lang]
        c.c(r.choice(lead), c.g(v, "disguised", text=txt, mode="spelled"))
    elif how in ("words", "mixed"):
        key = r.choice(
            ["phone", "phone", "cust", "natid"] if lang != "en" else ["phone", "phone", "cust"]
        )
        c.a(c.ask(key))
        v = c.value(key) if key != "phone" else mobile(r, lang, style=1)
        if key == "phone":
            groups = phone_groups(r, lang, v.canon, intl=r.random() < 0.3)
        else:
            ds = "".join(ch for ch in v.text if ch.isdigit())
            if not ds or ds != v.text.replace(" ", "").replace("-", "").replace(".", ""):
                v = custno(r, "d")
                ds = v.text
            groups = (
                [ds[i : i + 3] for i in range(0, len(ds), 3)]
                if lang == "ru"
                else (
                    [ds[i : i + 2] for i in range(0, len(ds), 2)] if lang in ("nl", "nb") else [ds]
                )
            )
            if lang == "en":
                groups = [ds[:4], ds[4:]] if len(ds) > 6 else [ds]
        txt = spoken_number(r, lang, groups, mixed=how == "mixed")
        canon = v.canon if v.canon else ds
        lead = {
            "en": ["yeah it's ", "", "its "],
            "nl": ["", "het is ", ""],
            "nb": ["", "det er ", ""],
            "ru": ["", "записывайте ", ""],
        }[lang]
        e = c.g(V(v.text, v.type, v.kind, canon), "disguised", text=txt, mode="words")
        c.groups[e.gid]["region"] = v.kind.split(":")[1] if v.kind.startswith("phone:") else ""
        if voice:
            c.c(
                r.choice(lead),
                e,
                r.choice([" thanks", " over", "", " did you get that"]) if lang == "en" else "",
            )
        else:
            c.c(r.choice(lead), e)
    else:
        key = r.choice(
            ["iban", "phone", "natid", "card"]
            if lang != "ru"
            else ["phone", "natid", "card", "account"]
        )
        c.a(
            c.ask(key)
            if key != "card"
            else {
                "en": "What's the long number on the card?",
                "nl": "Wat is het kaartnummer?",
                "nb": "Hva er kortnummeret?",
                "ru": "Номер карты?",
            }[lang]
        )
        v = c.value(key)
        if how == "zw":
            txt = zero_width(r, v.text, r.randint(1, 3))
        else:
            txt = homoglyph(r, v.text, r.randint(1, 2), digits_only=v.type != "IBAN_CODE")
            if txt == v.text:
                txt = zero_width(r, v.text, 1)
        c.c(c.g(v, "disguised", text=txt, mode="masked"))
    if r.random() < 0.45:
        negative_ask(c)
    if r.random() < 0.3:
        k2 = r.choice([k for k in c.asks if k in ("dob", "name", "cust", "booking")] or ["dob"])
        c.a(c.ask(k2))
        c.c(*c.cue(k2, c.value(k2), "plain"))
    c.a(r.choice(THANKS_A[lang]))
    if r.random() < 0.25:
        biz_phone_turn(c)
    c.a(r.choice(RESOLVE[lang]))
    c.c(r.choice(BYE[lang]))


ADDR_ASK = {
    "en": {
        "send": [
            "Where should we send it?",
            "and the delivery address?",
            "Which address should the replacement go to?",
            "what's the address for redelivery?",
        ],
        "visit": [
            "Where would you like the engineer to come to?",
            "What's the address of the property?",
            "and the new address you're moving to?",
            "Which address is the supply for?",
        ],
        "post": [
            "What address shall we post the new card to?",
            "Where should we send the letter?",
            "What's your current address?",
            "Which address do you want on the account?",
        ],
    },
    "nl": {
        "send": [
            "Waar mogen we het naartoe sturen?",
            "Wat is het afleveradres?",
            "naar welk adres moet de vervanging?",
        ],
        "visit": [
            "Waar moet de monteur langskomen?",
            "Wat is het adres van de woning?",
            "en het nieuwe adres?",
            "Op welk adres is de aansluiting?",
        ],
        "post": [
            "Naar welk adres moet de nieuwe pas?",
            "Waar mogen we de brief naartoe sturen?",
            "Wat is uw huidige adres?",
            "Welk adres mag ik noteren?",
        ],
    },
    "nb": {
        "send": [
            "Hvor skal vi sende det?",
            "og leveringsadressen?",
            "hvilken adresse skal erstatningen til?",
        ],
        "visit": [
            "Hvor skal montøren komme?",
            "Hva er adressen til boligen?",
            "Hva er den nye adressen?",
            "hvilken adresse gjelder strømmen?",
        ],
        "post": [
            "Hvilken adresse skal kortet sendes til?",
            "Hvor skal vi sende brevet?",
            "Hva er adressen din nå?",
            "Hvilken adresse skal stå på avtalen?",
        ],
    },
    "ru": {
        "send": ["Куда отправить?", "Адрес доставки?", "куда привезти замену?"],
        "visit": [
            "По какому адресу выехать мастеру?",
            "Адрес квартиры?",
            "Какой новый адрес?",
            "По какому адресу подключение?",
        ],
        "post": [
            "Куда отправить новую карту?",
            "На какой адрес выслать письмо?",
            "Ваш адрес регистрации?",
            "Какой адрес указать в договоре?",
        ],
    },
}


def conv_address(c: Conv) -> None:
    r, lang = c.rng, c.lang
    c.greet(bot=r.random() < 0.15)
    issue_turn(c, r.random() < 0.5)
    if r.random() < 0.35:
        # a destination or moving date as a bare answer first (hard negative)
        k = "tdate"
        c.a(ASK[lang]["tdate"][3])
        c.c(
            N(r.choice(DEST12[lang]).lower(), "destination")
            if k == "dest"
            else N(tdate(r, lang), "travel_date")
        )
    grp = (
        "send"
        if c.sector in ("parcel", "retail")
        else "visit"
        if c.sector in ("energy", "telecom", "housing")
        else "post"
    )
    c.a(r.choice(ADDR_ASK[lang][grp]))
    v = address12(r, lang, lower=r.random() < 0.8)
    style = r.randint(0, 3)
    if style == 1:
        c.c(
            r.choice(ONE_MOMENT[lang])
            if r.random() < 0.5
            else {
                "en": "the new one or the old one?",
                "nl": "het nieuwe of het oude?",
                "nb": "den nye eller den gamle?",
                "ru": "новый или старый?",
            }[lang]
        )
        c.a(
            {"en": "The new one please", "nl": "Het nieuwe graag", "nb": "Den nye", "ru": "Новый"}[
                lang
            ]
        )
        c.c(c.g(v, "address_no_cue"))
    elif style == 2:
        quote = c.turns[-1][1][0] if isinstance(c.turns[-1][1][0], str) else ""
        c.c(f"> {quote}\n", c.g(v, "address_no_cue"))
    else:
        c.c(c.g(v, "address_no_cue"))
    if r.random() < 0.3:
        # "for someone else": the address of a relative, again bare after a remark
        c.c(r.choice(FOR_OTHER[lang]))
        c.a(
            {
                "en": "No problem, and where does she/he live?",
                "nl": "Geen probleem, en wat is het adres daar?",
                "nb": "Ingen problem, og hvor bor hen?",
                "ru": "Хорошо, а по какому адресу?",
            }[lang]
        )
        c.c(c.g(address12(r, lang, lower=True), "address_no_cue"))
    if r.random() < 0.4:
        c.a(
            {
                "en": "What day suits for delivery?",
                "nl": "Welke dag schikt het?",
                "nb": "Hvilken dag passer?",
                "ru": "Какой день удобен?",
            }[lang]
        )
        c.c(
            N(tdate(r, lang), "travel_date"),
            r.choice([" ", " after ", " na "][:2] if lang == "en" else [" "]),
            N(clock(r, lang), "time"),
        )
    c.a(r.choice(THANKS_A[lang]))
    if r.random() < 0.25:
        biz_phone_turn(c)
    c.a(r.choice(RESOLVE[lang]))
    c.c(r.choice(BYE[lang]))


FWD = {
    "en": (
        "---------- Forwarded message ---------\nFrom: {b} <no-reply@example.com>\nTo: ",
        "\nSubject: Your booking confirmation\n\nBooking reference: ",
        "\nTotal paid: ",
        "\nDeparture: ",
    ),
    "nl": (
        "---------- Doorgestuurd bericht ---------\nVan: {b} <noreply@example.nl>\nAan: ",
        "\nOnderwerp: Bevestiging van je boeking\n\nBoekingscode: ",
        "\nTotaal betaald: ",
        "\nVertrek: ",
    ),
    "nb": (
        "---------- Videresendt melding ---------\nFra: {b} <noreply@example.no>\nTil: ",
        "\nEmne: Bekreftelse på bestillingen\n\nReferanse: ",
        "\nTotalt betalt: ",
        "\nAvreise: ",
    ),
    "ru": (
        "---------- Пересылаемое сообщение ---------\nОт: {b} <noreply@example.ru>\nКому: ",
        "\nТема: Подтверждение бронирования\n\nКод бронирования: ",
        "\nОплачено: ",
        "\nВылет: ",
    ),
}


def conv_plain(c: Conv) -> None:
    r, lang = c.rng, c.lang
    c.greet()
    form = r.randint(0, 4)
    if form == 0 and c.sector in ("travel", "hotel", "carhire"):
        # a forwarded confirmation e-mail pasted into the chat
        c.c(
            {
                "en": "hi, forwarding the confirmation:",
                "nl": "hoi, ik stuur de bevestiging even door:",
                "nb": "hei, videresender bekreftelsen:",
                "ru": "пересылаю подтверждение:",
            }[lang]
        )
        h1, h2, h3, h4 = FWD[lang]
        c.c(
            h1.format(b=c.biz),
            c.g(c.value("email"), "plain"),
            h2,
            c.g(booking12(r), "plain"),
            h3,
            N(amount(r, lang), "amount"),
            h4,
            N(tdate(r, lang), "travel_date"),
            " ",
            N(clock(r, lang), "time"),
        )
        c.a(r.choice(THANKS_A[lang]))
    else:
        issue_turn(c, r.random() < 0.5)
    n_vals = r.randint(1, 3)
    keys = list(c.asks) + ["phone", "email", "addr"]
    for _ in range(n_vals):
        k = r.choice(keys)
        if r.random() < 0.5:
            c.a(c.ask(k))
        v = c.value(k)
        parts = c.cue(k, v, "plain")
        if r.random() < 0.15 and lang in ("en", "nl"):
            parts.append(
                " <This message was edited>" if lang == "en" else " <Dit bericht is bewerkt>"
            )
        c.c(*parts)
    if r.random() < 0.5:
        negative_ask(c)
    c.a(r.choice(THANKS_A[lang]))
    if r.random() < 0.3:
        biz_phone_turn(c)
    c.a(r.choice(RESOLVE[lang]))
    c.c(r.choice(BYE[lang]))


BUILDERS = {
    "bare_answer": conv_bare, "list": conv_list, "split": conv_split,
    "disguised": conv_disguised, "address_no_cue": conv_address, "plain": conv_plain,
}  # fmt: skip


def build(seed: int = SEED) -> tuple[list[dict], list[dict], dict[str, str]]:
    """Return (records, value checks, conversation id -> planned class)."""
    rng = random.Random(seed)
    records: list[dict] = []
    checks: list[dict] = []
    plan: dict[str, str] = {}
    for lang in LANGS:
        classes = [cls for cls in CLASSES for _ in range(PER_CLASS)]
        rng.shuffle(classes)
        for i, cls in enumerate(classes, 1):
            cid = f"s12-{lang}-{i:03d}"
            c = Conv(rng, lang, cid, cls)
            BUILDERS[cls](c)
            recs, chk = c.records()
            records += recs
            checks += chk
            plan[cid] = cls
    return records, checks, plan


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).with_name("sealed12.jsonl")
    records, _, _ = build()
    errors = verify(records)
    if errors:
        print("\n".join(errors[:20]), file=sys.stderr)
        return 1
    write_jsonl(records, out)
    n_conv = len({r["conversation_id"] for r in records})
    n_ent = sum(len(r["entities"]) for r in records)
    n_neg = sum(len(r["negatives"]) for r in records)
    print(
        f"{out}: {n_conv} conversations, {len(records)} messages, {n_ent} spans, {n_neg} negatives"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
