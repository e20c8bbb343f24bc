# ruff: noqa: E501  (hand-written phrasing, name, street and sector tables)
"""Write ``sealed17.jsonl``: the seventeenth blind conversation set (issue 13).

Written by helper W15 without reading privacyguard's rules or detector. Seed 20261220.
600 conversations (150 per language, 25 per main class and language), fourteen sectors,
own names, streets, businesses and phrasings. Values are synthetic and checksum-valid
(IBAN via schwifty, BSN / fødselsnummer / kontonummer / INN / Belgian national number via
python-stdnum, SNILS and card check digits computed, phones valid per phonenumbers).

New in this set's design: values of a neighbouring country (Belgian customers in nl, Swedish
in nb, Irish in en, Belarusian and Kazakh in ru), two values asked in one question and answered
in the other order, a split value interrupted by the agent ("go on"), numbers dictated in
groups (English "double seven", Russian pairs such as "девяносто один"), and hard negatives
of the business itself that share a personal value's checksum (its own IBAN, VAT number),
pet names and company names that look like surnames.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

import phonenumbers
from schwifty import IBAN
from stdnum import luhn
from stdnum.be import nn as be_nn

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_values as mv  # noqa: E402
from make_values import E, N, Part  # noqa: E402

SEED = 20261220
PER_CLASS = 25
HERE = Path(__file__).resolve().parent
OUT = HERE / "sealed17.jsonl"

# ---------------------------------------------------------------------------------------
# own tables: names, streets, places (not make_values's)
# ---------------------------------------------------------------------------------------

FIRST = {
    "en": ["Eleanor", "Callum", "Bethany", "Rhys", "Imogen", "Declan", "Harriet", "Owen", "Niamh",
           "Tobias", "Rosalind", "Fergus", "Maisie", "Duncan", "Philippa", "Ewan", "Tamsin", "Angus"],
    "nl": ["Marloes", "Gijs", "Renske", "Teun", "Floor", "Maarten", "Wietske", "Jelle", "Annelies",
           "Stijn", "Hanneke", "Roel", "Dieuwke", "Bas", "Mirjam", "Niels", "Ineke", "Sjoerd"],
    "nb": ["Torunn", "Arvid", "Guro", "Halvard", "Synnøve", "Eivind", "Line", "Ståle", "Randi",
           "Audun", "Vigdis", "Trond", "Marit", "Gaute", "Bodil", "Stian", "Åshild", "Per Olav"],
    "ru": ["Григорий", "Вера", "Роман", "Лариса", "Степан", "Алина", "Фёдор", "Дарья", "Тимофей",
           "Полина", "Кирилл", "Жанна", "Виктор", "Оксана", "Глеб", "Нина", "Егор", "Людмила"],
}  # fmt: skip
LAST = {
    "en": ["Pennington", "Oakley", "Featherstone", "McAllister", "Danvers", "Greenhalgh", "Lockwood",
           "Ainsworth", "Trelawney", "Brennan", "Whitlock", "Horsfall", "Kinsella", "Yardley"],
    "nl": ["Verhoeven", "Schouten", "van den Berg", "Postma", "Dijkstra", "de Graaf", "Kramer",
           "van Wijk", "Hendriks", "Bosman", "ter Horst", "Wijnands", "Oosterhuis", "Claes"],
    "nb": ["Fossum", "Rønning", "Skjelbred", "Vik", "Tangen", "Hovland", "Eide", "Aune", "Myrvold",
           "Sætre", "Grønli", "Løvås", "Rustad", "Kvamme"],
    "ru": ["Громов", "Ефимов", "Тихонов", "Горшков", "Баранов", "Мельников", "Сорокин", "Журавлёв",
           "Крылов", "Щербаков", "Абрамов", "Гусев", "Карпов", "Никитин"],
}  # fmt: skip
RU_F = {"Вера", "Лариса", "Алина", "Дарья", "Полина", "Жанна", "Оксана", "Нина", "Людмила"}
PETS = {"en": ["Biscuit", "Pepper", "Rolo", "Hazel"], "nl": ["Guusje", "Bolle", "Pluis", "Sam"],
        "nb": ["Tassen", "Luna", "Rufus", "Mille"], "ru": ["Барсик", "Муся", "Рекс", "Дымка"]}  # fmt: skip

# each address kind, per language: a list of format strings over {no},{flat},{st},{pc},{city}
STREETS = {
    "en": ["Foxglove Road", "Tanners Lane", "Albion Terrace", "Ferry Road", "Quarry Hill",
           "Saxon Way", "Abbey Gardens", "Coronation Street", "Moorland Drive", "Cherry Tree Close"],
    "nl": ["Vlietweg", "Populierenlaan", "Oude Gracht", "Zuiderdiep", "Merelstraat", "Brinklaan",
           "Nieuwe Haven", "Sluisweg", "Esdoornstraat", "Kastanjeplein"],
    "nb": ["Bekkeveien", "Tollbugata", "Myrveien", "Lyngveien", "Elvegata", "Kongens gate",
           "Furuveien", "Nordre Ringvei", "Sjøgata", "Hagegata"],
    "ru": ["ул. Кирова", "ул. Луначарского", "пр. Победы", "ул. Заводская", "ул. Рябиновая",
           "ул. Степана Разина", "Октябрьский пр.", "ул. Толстого", "пер. Мирный", "ул. Циолковского"],
}  # fmt: skip
PLACES = {
    "en": [("Harrogate", "HG1 4QR"), ("Truro", "TR1 3JT"), ("Lancaster", "LA1 4XS"),
           ("Stirling", "FK8 2LJ"), ("Ipswich", "IP4 1AE"), ("Shrewsbury", "SY1 2BT")],
    "nl": [("Deventer", "7411 HX"), ("Assen", "9401 EK"), ("Gouda", "2801 JG"), ("Venlo", "5911 BN"),
           ("Alkmaar", "1811 KH"), ("Middelburg", "4331 LP")],
    "nb": [("Lillehammer", "2609"), ("Molde", "6413"), ("Bodø", "8006"), ("Gjøvik", "2815"),
           ("Arendal", "4836"), ("Steinkjer", "7713")],
    "ru": [("Ярославль", "150000"), ("Владимир", "600017"), ("Калуга", "248000"),
           ("Рязань", "390000"), ("Вологда", "160000"), ("Псков", "180000")],
}  # fmt: skip
RURAL = {
    "en": ["Lower Barn, Stoke Row, Henley-on-Thames RG9 5QL", "2 Mill Cottages, Little Hadham SG11 2DX",
           "Hill Farm, Brockweir, Chepstow NP16 7NW"],
    "nl": ["Buitenweg 41, 7687 PG Daarlerveen", "Polderdijk 3a, 4471 NA Wolphaartsdijk",
           "Hoofdweg 218, 9681 AJ Midwolda"],
    "nb": ["Nordre Haug gård, Haugsvegen 120, 2838 Snertingdal", "Bakkelia 14, 8664 Mosjøen",
           "Øvre Rise, 6590 Tustna"],
    "ru": ["Тверская обл., Калининский р-н, д. Заречье, ул. Полевая, д. 7",
           "с. Никольское, ул. Центральная, 15, Вологодская обл., 161120",
           "Рязанская обл., пос. Солотча, ул. Лесная, 3"],
}  # fmt: skip
POBOX = {"en": "PO Box {n}, {city} {pc}", "nl": "Postbus {n}, {pc} {city}",
         "nb": "Postboks {n}, {pc} {city}", "ru": "а/я {n}, {pc}, г. {city}"}  # fmt: skip
ABROAD = {
    "en": ["14 Clontarf Road, Dublin 3, D03 W2K8", "Apt 5, 22 Eyre Square, Galway H91 T6C4"],
    "nl": ["Meir 118, 2000 Antwerpen", "rue Haute 40 bus 3, 1000 Brussel", "Kapellestraat 9, 8400 Oostende"],
    "nb": ["Järntorgsgatan 6, 413 01 Göteborg", "Strandvejen 52, 2100 København Ø"],
    "ru": ["г. Минск, ул. Сурганова, д. 11, кв. 40", "Казахстан, г. Алматы, пр. Абая, 52, кв. 8"],
}  # fmt: skip

# ---------------------------------------------------------------------------------------
# values
# ---------------------------------------------------------------------------------------


class Vals:
    """Value factory; records the canonical form of every checksummed value it makes."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.checked: list[tuple[str, str, str]] = []  # (type, scheme, canonical)

    def note(self, typ: str, scheme: str, v: str) -> str:
        self.checked.append((typ, scheme, v))
        return v

    def person(self, lang: str) -> tuple[str, str]:
        f, la = self.rng.choice(FIRST[lang]), self.rng.choice(LAST[lang])
        if lang == "ru" and f in RU_F:
            la = la[:-1] + "ёва" if la.endswith("ёв") else la + "а"
        return f, la

    def phone(self, lang: str, foreign: bool = False, style: int | None = None) -> str:
        rng = self.rng
        region = {
            "en": ["GB", "IE"],
            "nl": ["NL", "BE"],
            "nb": ["NO", "SE"],
            "ru": ["RU", "BY", "KZ"],
        }[lang]
        reg = rng.choice(region[1:]) if foreign else region[0]
        gen = {
            "GB": lambda: "7" + rng.choice("4579") + mv.digits(rng, 8, False),
            "IE": lambda: "8" + rng.choice("35679") + mv.digits(rng, 7, False),
            "NL": lambda: "6" + rng.choice("1234") + mv.digits(rng, 7, False),
            "BE": lambda: (
                "4"
                + rng.choice(["70", "72", "75", "77", "78", "85", "86", "94", "96"])
                + mv.digits(rng, 6, False)
            ),
            "NO": lambda: rng.choice("49") + mv.digits(rng, 7, False),
            "SE": lambda: "7" + rng.choice("0236") + mv.digits(rng, 7, False),
            "RU": lambda: "9" + rng.choice("0125689") + mv.digits(rng, 8, False),
            "BY": lambda: rng.choice(["29", "33", "44"]) + mv.digits(rng, 7),
            "KZ": lambda: (
                "7" + rng.choice(["01", "05", "07", "47", "77"]) + mv.digits(rng, 7, False)
            ),
        }[reg]
        while True:
            nat = gen()
            num = phonenumbers.parse(nat, reg)
            if phonenumbers.is_valid_number(num):
                break
        self.note(
            "PHONE_NUMBER",
            "phone",
            phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164),
        )
        s = rng.randint(0, 3) if style is None else style
        if foreign or s == 0:
            out = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            return out.replace(" ", "") if "-" not in out and rng.random() < 0.2 else out
        if s == 1:
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        if s == 2:
            return {"GB": "0" + nat, "NL": "0" + nat, "NO": nat, "RU": "8" + nat}[reg]
        return {
            "GB": f"0{nat[:3]} {nat[3:6]} {nat[6:]}",
            "NL": f"06 {nat[1:3]} {nat[3:5]} {nat[5:7]} {nat[7:]}",
            "NO": f"{nat[:2]} {nat[2:4]} {nat[4:6]} {nat[6:]}",
            "RU": f"+7-{nat[:3]}-{nat[3:6]}-{nat[6:8]}-{nat[8:]}",
        }[reg]

    def business_phone(self, lang: str) -> str:
        rng = self.rng
        reg = {"en": "GB", "nl": "NL", "nb": "NO", "ru": "RU"}[lang]
        while True:
            nat = {
                "GB": lambda: rng.choice(["20", "113", "1392", "345"]) + mv.digits(rng, 7, False),
                "NL": lambda: rng.choice(["88", "20", "50", "85"]) + mv.digits(rng, 7, False),
                "NO": lambda: rng.choice(["22", "55", "73"]) + mv.digits(rng, 6, False),
                "RU": lambda: rng.choice(["800", "495", "812"]) + mv.digits(rng, 7, False),
            }[reg]()
            num = phonenumbers.parse(nat, reg)
            if phonenumbers.is_valid_number(num):
                return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)

    def iban(self, lang: str, foreign: bool = False) -> str:
        rng = self.rng
        if lang == "nl" and foreign:
            raw = IBAN.generate(
                "BE",
                bank_code=rng.choice(["001", "063", "310", "737"]),
                account_code=mv.digits(rng, 7, False),
            )
            v = str(raw.formatted)
        else:
            v = mv.iban(rng, {"en": "GB", "nl": "NL", "nb": "NO"}[lang])
        return self.note("IBAN_CODE", "iban", v)

    def bank_account(self, lang: str) -> str:
        rng = self.rng
        if lang == "nb":
            k = self.note("BANK_ACCOUNT", "kontonr", mv.no_kontonr(rng))
            return rng.choice([f"{k[:4]}.{k[4:6]}.{k[6:]}", f"{k[:4]} {k[4:6]} {k[6:]}", k])
        if lang == "ru":
            a = mv.ru_account(rng)
            return a if rng.random() < 0.6 else f"{a[:5]} {a[5:8]} {a[8:9]} {a[9:13]} {a[13:]}"
        sc = f"{rng.randint(10, 89)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"
        return (
            f"{sc} {mv.digits(rng, 8)}"
            if rng.random() < 0.5
            else f"{sc.replace('-', '')} {mv.digits(rng, 8)}"
        )

    def card(self) -> str:
        body = self.rng.choice(["4", "51", "53", "55", "2221"])
        body += mv.digits(self.rng, 15 - len(body), False)
        v = body + luhn.calc_check_digit(body)
        self.note("CREDIT_CARD", "luhn", v)
        return " ".join(v[i : i + 4] for i in range(0, 16, 4)) if self.rng.random() < 0.7 else v

    def national_id(self, lang: str, foreign: bool = False) -> str:
        rng = self.rng
        if lang == "nl" and foreign:
            while True:
                y, m, d = rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28)
                base = f"{y:02d}{m:02d}{d:02d}{rng.randint(1, 997):03d}"
                v = base + f"{97 - int(base) % 97:02d}"
                if be_nn.is_valid(v):
                    self.note("NATIONAL_ID", "be_nn", v)
                    return (
                        f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}" if rng.random() < 0.6 else v
                    )
        if lang == "nl":
            v = self.note("NATIONAL_ID", "bsn", mv.nl_bsn(rng))
            return v if rng.random() < 0.6 else f"{v[:4]}.{v[4:6]}.{v[6:]}"
        if lang == "nb":
            v = self.note("NATIONAL_ID", "fnr", mv.no_fnr(rng)[0])
            return v if rng.random() < 0.6 else f"{v[:6]} {v[6:]}"
        if lang == "ru":
            if rng.random() < 0.5:
                s = mv.ru_snils(rng)
                return self.note("NATIONAL_ID", "snils", s)
            return self.note("NATIONAL_ID", "inn", mv.ru_inn(rng))
        a = rng.choice("ABCEGHJKLMNPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
        while a in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            a = "A" + a[1]
        d = mv.digits(rng, 6, False)
        return (
            f"{a} {d[:2]} {d[2:4]} {d[4:]} {rng.choice('ABCD')}"
            if rng.random() < 0.5
            else f"{a}{d}{rng.choice('ABCD')}"
        )

    def passport(self, lang: str) -> str:
        rng = self.rng
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        if lang == "nl":
            return (
                rng.choice("NB")
                + rng.choice(L)
                + "".join(rng.choice(L + "0123456789") for _ in range(6))
                + str(rng.randint(0, 9))
            )
        if lang == "nb":
            return rng.choice(["FF", "FJ", "FN", "FR"]) + mv.digits(rng, 7, False)
        if lang == "ru":
            return rng.choice(
                [
                    f"{rng.randint(70, 77)} {mv.digits(rng, 7)}",
                    f"{rng.randint(10, 99)} {rng.randint(10, 24)} {mv.digits(rng, 6)}",
                ]
            )
        return rng.choice(["1", "5", "6"]) + mv.digits(rng, 8, False)

    def booking(self) -> str:
        A = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        while True:
            v = "".join(self.rng.choice(A) for _ in range(6))
            if any(c.isdigit() for c in v) and sum(c.isalpha() for c in v) >= 2:
                return v

    def customer(self) -> str:
        rng = self.rng
        k = rng.random()
        if k < 0.7:
            return mv.digits(rng, rng.choice([6, 7, 8, 9, 10]))
        if k < 0.85:
            return f"{rng.choice(['C', 'K', 'M', 'P'])}{mv.digits(rng, 7)}"
        return f"{mv.digits(rng, 3)}-{mv.digits(rng, 4)}-{mv.digits(rng, 2)}"

    def dob(self, lang: str) -> tuple[str, tuple[int, int, int]]:
        rng = self.rng
        d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1938, 2012)
        return self.date(lang, d, m, y), (d, m, y)

    def date(self, lang: str, d: int, m: int, y: int) -> str:
        s = self.rng.randint(0, 4)
        if s == 4:
            return f"{d}/{m}/{str(y)[2:]}" if lang == "en" else f"{d:02d}{m:02d}{y}"
        return mv.date_text(self.rng, lang, d, m, y, s)

    def email(self, lang: str, first: str, last: str) -> tuple[list[str], str]:
        f, la = mv.ascii_name(first), mv.ascii_name(last)
        dom = self.rng.choice(
            {
                "en": ["gmail.com", "hotmail.co.uk", "sky.com", "aol.com", "protonmail.com"],
                "nl": ["gmail.com", "planet.nl", "home.nl", "live.nl", "telfort.nl"],
                "nb": ["gmail.com", "hotmail.com", "icloud.com", "broadpark.no", "getmail.no"],
                "ru": ["yandex.ru", "mail.ru", "list.ru", "inbox.ru", "ya.ru"],
            }[lang]
        )
        s = self.rng.randint(0, 3)
        local = [[f, la], [f + la[:1]], [la + str(self.rng.randint(60, 99))], [f[0], la]][s]
        return local, dom

    def address(self, lang: str) -> tuple[str, str]:
        """(address, kind) in the country's real format."""
        rng = self.rng
        k = rng.random()
        city, pc = rng.choice(PLACES[lang])
        st = rng.choice(STREETS[lang])
        no = str(rng.randint(1, 180))
        if k < 0.12:
            return POBOX[lang].format(n=rng.randint(12, 9800), city=city, pc=pc), "pobox"
        if k < 0.24:
            return rng.choice(RURAL[lang]), "rural"
        if k < 0.34:
            return rng.choice(ABROAD[lang]), "abroad"
        flat = k < 0.6
        if lang == "en":
            if flat:
                return rng.choice(
                    [
                        f"Flat {rng.randint(1, 24)}, {no} {st}, {city} {pc}",
                        f"{rng.randint(1, 9)}B {st}\n{city}\n{pc}",
                    ]
                ), "flat"
            return rng.choice([f"{no} {st}, {city} {pc}", f"{no} {st}, {city}, {pc}"]), "street"
        if lang == "nl":
            pcs = pc if rng.random() < 0.5 else pc.replace(" ", "")
            if flat:
                return rng.choice(
                    [
                        f"{st} {no}-{rng.randint(1, 4)} hoog, {pcs} {city}",
                        f"{st} {no}bis, {pcs} {city}",
                        f"{st} {no} III\n{pcs} {city}",
                        f"{st} {no}A-{rng.randint(1, 3)}, {city}",
                    ]
                ), "flat"
            return rng.choice([f"{st} {no}, {pcs} {city}", f"{st} {no} {pcs} {city}"]), "street"
        if lang == "nb":
            if flat:
                return rng.choice(
                    [
                        f"{st} {no} H{rng.randint(1, 4)}0{rng.randint(1, 4)}, {pc} {city}",
                        f"{st} {no}B, leil. {rng.randint(1, 30)}, {pc} {city}",
                    ]
                ), "flat"
            return rng.choice([f"{st} {no}, {pc} {city}", f"{st} {no} {pc} {city}"]), "street"
        apt = rng.randint(1, 220)
        if flat:
            return rng.choice(
                [
                    f"{pc}, г. {city}, {st}, д. {no}, корп. {rng.randint(1, 4)}, кв. {apt}",
                    f"{city}, {st} {no}/{rng.randint(1, 5)}, кв. {apt}",
                    f"{st}, {no}, кв. {apt}, {city}",
                ]
            ), "flat"
        return rng.choice([f"г. {city}, {st}, д. {no}", f"{st}, д. {no}, {city}, {pc}"]), "street"


def mistype(rng: random.Random, v: str) -> str:
    idx = [i for i, c in enumerate(v) if c.isdigit()]
    i = rng.choice(idx[len(idx) // 2 :])
    return v[:i] + str((int(v[i]) + rng.randint(1, 8)) % 10) + v[i + 1 :]


# ---------------------------------------------------------------------------------------
# sectors: business names, customer-number nouns, why the customer writes
# ---------------------------------------------------------------------------------------

SECTORS = ["vet", "carrental", "housing", "pharmacy", "marina", "funeral", "pension", "ferry",
           "concerts", "porting", "parking", "tax", "driving", "furniture"]  # fmt: skip
TRAVEL = {"carrental", "ferry"}
SECTOR_TYPES = {
    "vet": [
        "CUSTOMER_NUMBER",
        "PHONE_NUMBER",
        "EMAIL_ADDRESS",
        "PERSON",
        "IBAN_CODE",
        "CREDIT_CARD",
    ],
    "carrental": [
        "BOOKING_REFERENCE",
        "DATE_OF_BIRTH",
        "PASSPORT",
        "CREDIT_CARD",
        "PHONE_NUMBER",
        "EMAIL_ADDRESS",
        "PERSON",
    ],
    "housing": [
        "CUSTOMER_NUMBER",
        "DATE_OF_BIRTH",
        "NATIONAL_ID",
        "IBAN_CODE",
        "PHONE_NUMBER",
        "EMAIL_ADDRESS",
        "PERSON",
    ],
    "pharmacy": ["CUSTOMER_NUMBER", "DATE_OF_BIRTH", "NATIONAL_ID", "PHONE_NUMBER", "PERSON"],
    "marina": ["CUSTOMER_NUMBER", "IBAN_CODE", "PHONE_NUMBER", "EMAIL_ADDRESS", "PERSON"],
    "funeral": [
        "PERSON",
        "DATE_OF_BIRTH",
        "PHONE_NUMBER",
        "EMAIL_ADDRESS",
        "IBAN_CODE",
        "NATIONAL_ID",
    ],
    "pension": ["CUSTOMER_NUMBER", "NATIONAL_ID", "DATE_OF_BIRTH", "IBAN_CODE", "EMAIL_ADDRESS"],
    "ferry": [
        "BOOKING_REFERENCE",
        "PASSPORT",
        "DATE_OF_BIRTH",
        "PHONE_NUMBER",
        "PERSON",
        "CREDIT_CARD",
    ],
    "concerts": ["BOOKING_REFERENCE", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "PERSON"],
    "porting": ["CUSTOMER_NUMBER", "PHONE_NUMBER", "DATE_OF_BIRTH", "IBAN_CODE", "EMAIL_ADDRESS"],
    "parking": ["CUSTOMER_NUMBER", "NATIONAL_ID", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "tax": ["NATIONAL_ID", "DATE_OF_BIRTH", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "driving": ["DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "PERSON", "CUSTOMER_NUMBER"],
    "furniture": ["CUSTOMER_NUMBER", "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD"],
}
# business name per sector and language; names with a surname in them are hard negatives
BIZ = {
    "en": {"vet": "Hollybush Veterinary Practice", "carrental": "Roadstar Car Hire", "housing": "Unitrust Student Living",
           "pharmacy": "Wellspring Pharmacy", "marina": "Port Solent Marina", "funeral": "J. Ashby & Sons Funeral Directors",
           "pension": "Northgate Pension Trust", "ferry": "Hebridean Ferries", "concerts": "GigDesk Tickets",
           "porting": "Vellum Mobile", "parking": "City Council Parking Services", "tax": "Marlow Tax Advisers",
           "driving": "Greenlight Driving School", "furniture": "Oak & Loom Furniture"},
    "nl": {"vet": "Dierenkliniek De Hoeksteen", "carrental": "AutoVerhuur Snelweg", "housing": "Campuswonen Oost",
           "pharmacy": "Apotheek Het Lindeblad", "marina": "Jachthaven De Kreupel", "funeral": "Uitvaartzorg Verbeek",
           "pension": "Pensioenfonds Zorgsaam", "ferry": "Waddenveer", "concerts": "Podiumtickets",
           "porting": "Belbaar Mobiel", "parking": "Gemeente Parkeerbeheer", "tax": "Belastingadvies Roosendaal",
           "driving": "Rijschool Van Hattem", "furniture": "Woonhuys Meubelen"},
    "nb": {"vet": "Fjordvet Dyreklinikk", "carrental": "Veimil Bilutleie", "housing": "Studentbo Nord",
           "pharmacy": "Apotek Løvetann", "marina": "Vikhavna Båtforening", "funeral": "Begravelsesbyrå Hoelstad",
           "pension": "Pensjonskassen Forte", "ferry": "Kystferja", "concerts": "Billettluka",
           "porting": "Nettfri Mobil", "parking": "Bymiljøetaten parkering", "tax": "Skatteråd Nordvest",
           "driving": "Trafikkskolen Grønt Lys", "furniture": "Møbelstua"},
    "ru": {"vet": "ветклиника «Лапа»", "carrental": "прокат «Колесо»", "housing": "студгородок «Кампус»",
           "pharmacy": "аптека «Здравица»", "marina": "яхт-клуб «Парус»", "funeral": "ритуальная служба «Память»",
           "pension": "НПФ «Опора»", "ferry": "паромная линия «Балтика»", "concerts": "«БилетПлюс»",
           "porting": "оператор «СвязьОн»", "parking": "городской парковочный центр", "tax": "налоговый консультант «Декларант»",
           "driving": "автошкола «Зелёный свет»", "furniture": "мебельный салон «Уют»"},
}  # fmt: skip
SURNAME_BIZ = {("en", "funeral"): "Ashby", ("nl", "funeral"): "Verbeek", ("nb", "funeral"): "Hoelstad",
               ("nl", "driving"): "Van Hattem"}  # fmt: skip
CN = {  # what the sector calls the customer number
    "en": {"vet": "client number", "housing": "tenant number", "pharmacy": "patient number", "marina": "berth-holder number",
           "pension": "member number", "porting": "account number", "parking": "customer number", "driving": "student number",
           "furniture": "customer number"},
    "nl": {"vet": "klantnummer", "housing": "huurdernummer", "pharmacy": "patiëntnummer", "marina": "lidnummer",
           "pension": "deelnemersnummer", "porting": "klantnummer", "parking": "klantnummer", "driving": "leerlingnummer",
           "furniture": "klantnummer"},
    "nb": {"vet": "kundenummer", "housing": "leietakernummer", "pharmacy": "kundenummer", "marina": "medlemsnummer",
           "pension": "medlemsnummer", "porting": "kundenummer", "parking": "kundenummer", "driving": "elevnummer",
           "furniture": "kundenummer"},
    "ru": {"vet": "номер карты клиента", "housing": "номер договора найма", "pharmacy": "номер карты покупателя",
           "marina": "номер члена клуба", "pension": "номер счёта участника", "porting": "лицевой счёт",
           "parking": "номер клиента", "driving": "номер ученика", "furniture": "номер клиента"},
}  # fmt: skip
REASON = {
    "en": {"vet": ["Hi, I need to move {pet}'s vaccination appointment", "our cat {pet} needs a repeat prescription"],
           "carrental": ["I want to add a second driver to my rental", "hello, can I pick the car up later than planned?"],
           "housing": ["Hi, my room's heating hasn't worked since Monday", "I'd like to end my tenancy at the end of term"],
           "pharmacy": ["Is my repeat prescription ready?", "hi, I think I was given the wrong dose"],
           "marina": ["I'd like to renew my berth for next season", "hello, the electricity at my pontoon is off"],
           "funeral": ["Good afternoon, I'm calling about the arrangements for my father", "I need to change the date of the ceremony"],
           "pension": ["I want to check my pension statement", "I'm retiring next year and need a quote"],
           "ferry": ["we need to change our crossing", "hi, can I add a caravan to my booking?"],
           "concerts": ["my tickets never arrived by email", "can I swap my standing tickets for seats?"],
           "porting": ["I want to bring my number over from my old provider", "hi, the number transfer failed"],
           "parking": ["I'm applying for a resident's parking permit", "my visitor permit isn't showing up"],
           "tax": ["I'd like help with my self-assessment", "I got a letter about underpaid tax"],
           "driving": ["I want to book a block of lessons", "can I move my practical test lesson?"],
           "furniture": ["my sofa delivery was missed", "the wardrobe arrived damaged"]},
    "nl": {"vet": ["Hoi, ik wil de vaccinatie van {pet} verzetten", "onze kat {pet} heeft nieuwe medicijnen nodig"],
           "carrental": ["Ik wil een tweede bestuurder toevoegen", "goedemiddag, kan ik de auto later ophalen?"],
           "housing": ["De verwarming in mijn kamer doet het al dagen niet", "ik wil mijn huurcontract opzeggen"],
           "pharmacy": ["Is mijn herhaalrecept al klaar?", "ik denk dat ik de verkeerde sterkte heb gekregen"],
           "marina": ["Ik wil mijn ligplaats verlengen voor volgend seizoen", "de walstroom op mijn steiger is uitgevallen"],
           "funeral": ["Goedemiddag, ik bel over de uitvaart van mijn moeder", "we willen de datum van de afscheidsdienst wijzigen"],
           "pension": ["Ik wil graag mijn pensioenoverzicht bekijken", "ik ga volgend jaar met pensioen en wil een berekening"],
           "ferry": ["we willen onze overtocht omboeken", "kan ik een aanhanger bijboeken?"],
           "concerts": ["mijn e-tickets zijn nooit aangekomen", "kan ik mijn staanplaatsen omruilen?"],
           "porting": ["ik wil mijn nummer meenemen van mijn oude provider", "het overzetten van mijn nummer is mislukt"],
           "parking": ["ik wil een bewonersvergunning aanvragen", "mijn bezoekersvergunning werkt niet"],
           "tax": ["ik wil hulp bij mijn aangifte inkomstenbelasting", "ik heb een naheffing gekregen"],
           "driving": ["ik wil een lespakket boeken", "kan mijn les van donderdag verplaatst worden?"],
           "furniture": ["mijn bank is niet bezorgd", "de kast is beschadigd aangekomen"]},
    "nb": {"vet": ["Hei, jeg må flytte vaksinetimen til {pet}", "katten vår {pet} trenger ny resept"],
           "carrental": ["Jeg vil legge til en sjåfør til", "kan jeg hente bilen senere enn avtalt?"],
           "housing": ["Ovnen på hybelen har ikke virket siden mandag", "jeg vil si opp leiekontrakten"],
           "pharmacy": ["Er resepten min klar?", "jeg tror jeg fikk feil styrke"],
           "marina": ["Jeg vil fornye båtplassen til neste sesong", "strømmen på brygga er borte"],
           "funeral": ["God dag, jeg ringer angående begravelsen til far", "vi må endre datoen for bisettelsen"],
           "pension": ["Jeg vil se pensjonsoversikten min", "jeg går av neste år og vil ha en beregning"],
           "ferry": ["vi må endre overfarten", "kan jeg legge til campingvogn på bestillingen?"],
           "concerts": ["billettene kom aldri på e-post", "kan jeg bytte ståplass til sitteplass?"],
           "porting": ["jeg vil ta med nummeret fra gammel operatør", "nummeroverføringen feilet"],
           "parking": ["jeg søker om beboerparkering", "gjesteparkeringen vises ikke"],
           "tax": ["jeg trenger hjelp med skattemeldingen", "jeg har fått restskatt og skjønner ikke hvorfor"],
           "driving": ["jeg vil bestille en lettpakke", "kan vi flytte kjøretimen på torsdag?"],
           "furniture": ["sofaen ble ikke levert", "skapet kom skadet"]},
    "ru": {"vet": ["Здравствуйте, хочу перенести прививку для {pet}", "нашему коту {pet} нужен новый рецепт"],
           "carrental": ["Хочу добавить второго водителя", "можно забрать машину позже?"],
           "housing": ["В комнате не работает отопление с понедельника", "хочу расторгнуть договор найма"],
           "pharmacy": ["Готов ли мой заказ по рецепту?", "мне кажется, выдали не ту дозировку"],
           "marina": ["Хочу продлить место у причала на следующий сезон", "на понтоне нет электричества"],
           "funeral": ["Добрый день, я по поводу похорон отца", "нам нужно перенести дату прощания"],
           "pension": ["Хочу узнать состояние пенсионного счёта", "выхожу на пенсию в следующем году, нужен расчёт"],
           "ferry": ["нам нужно перенести рейс парома", "можно добавить прицеп в бронь?"],
           "concerts": ["билеты так и не пришли на почту", "можно поменять танцпол на места?"],
           "porting": ["хочу перенести номер от старого оператора", "перенос номера не прошёл"],
           "parking": ["хочу оформить резидентное парковочное разрешение", "гостевое разрешение не отображается"],
           "tax": ["нужна помощь с декларацией 3-НДФЛ", "пришло уведомление о недоимке"],
           "driving": ["хочу записаться на пакет занятий", "можно перенести вождение с четверга?"],
           "furniture": ["диван так и не привезли", "шкаф привезли повреждённым"]},
}  # fmt: skip

# ---------------------------------------------------------------------------------------
# phrasings per language
# ---------------------------------------------------------------------------------------

P: dict[str, dict] = {
    "en": {
        "greet": ["Hi, you're through to {biz}, {agent} speaking. How can I help?", "Hello and welcome to {biz}! I'm {agent}. What can I do for you today?",
                  "Good morning, {agent} here from {biz}.", "hiya, {agent} at {biz} :) what's up?"],
        "bot": ["[{biz} assistant] Welcome. Please describe your question in a few words.", "Hi! I'm the {biz} virtual assistant. How can I help?"],
        "handover": ["You're now chatting with {agent}.", "{agent} has joined the chat."],
        "q": {"CUSTOMER_NUMBER": ["Could I take your {cn}, please?", "what's your {cn}?", "Please enter your {cn}.", "And the {cn} on your account?"],
              "BOOKING_REFERENCE": ["What's the booking reference?", "Can you give me the six-character reference from your confirmation?", "Please enter your booking code."],
              "DATE_OF_BIRTH": ["Can you confirm your date of birth?", "and your DOB?", "For security, please enter your date of birth."],
              "PASSPORT": ["What's the passport number you'll be travelling on?", "I'll need the passport number, please.", "Passport number of the lead driver?"],
              "NATIONAL_ID": ["Could you give me your National Insurance number?", "I'll need your NI number to find the record."],
              "PHONE_NUMBER": ["What's the best number to reach you on?", "Which mobile number should we text?", "Please enter your mobile number."],
              "EMAIL_ADDRESS": ["What email address should we use?", "Which email is on the account?", "Please type your email address."],
              "PERSON": ["Can I take your full name?", "And who am I speaking with?", "Name of the account holder, please?"],
              "IBAN_CODE": ["Which IBAN should the refund go to?", "Could you give me the account details for the refund?"],
              "BANK_ACCOUNT": ["What's your sort code and account number?", "Which account should we pay into? Sort code and number, please."],
              "CREDIT_CARD": ["Which card would you like to use? The long number, please.", "Please type the card number."]},
        "moment": ["one sec, let me find it", "hang on, it's in my other bag", "just a moment", "hold on, looking for the letter", "brb, getting it"],
        "wait_ok": ["No rush.", "Of course, take your time.", "Sure.", "No problem, I'll wait."],
        "back": ["the one on the email?", "with the letters or just numbers?", "mine or my husband's?", "do you mean the new one?"],
        "back_ok": ["Yes, that one.", "Yes please.", "Yours, please.", "Yep."],
        "pre": ["", "", "", "it's ", "I think it's ", "ok so ", "umm "],
        "post": ["", "", "", " thanks", " I think", " if that helps", "."],
        "plain": {"CUSTOMER_NUMBER": ["my {cn} is {v}", "{cn}: {v}"], "BOOKING_REFERENCE": ["booking ref is {v}", "my reference number is {v}"],
                  "DATE_OF_BIRTH": ["my date of birth is {v}", "I was born on {v}"], "PASSPORT": ["passport number {v}", "my passport no. is {v}"],
                  "NATIONAL_ID": ["my NI number is {v}", "National Insurance no {v}"], "PHONE_NUMBER": ["you can call me on {v}", "my mobile is {v}"],
                  "EMAIL_ADDRESS": ["my email is {v}", "email me at {v}"], "PERSON": ["my name is {v}", "this is {v}"],
                  "IBAN_CODE": ["my IBAN is {v}", "pay it back to IBAN {v}"], "BANK_ACCOUNT": ["sort code and account: {v}", "my account is {v}"],
                  "CREDIT_CARD": ["card number {v}", "use my card {v}"]},
        "two_q": "Can I have your full name and date of birth?",
        "list_q": {"travel": "Please send the name, date of birth and passport number of every traveller.",
                   "family": "Who else should be on the file? Name and date of birth for each, please.",
                   "accounts": "Which accounts is this about? The {cn}s, please.", "phones": "Which numbers are we moving across?"},
        "list_intro": ["", "here you go:\n", "ok, ", "sure: "],
        "rel": ["and", "plus", "and also", "and my partner", "and our kid"],
        "acct": ["mine", "my wife's", "the old one", "the business one"],
        "split_a": ["{v}", "{v}...", "it's {v}"], "split_b": ["{v}", "{v} sorry, hit enter", "{v} that's the rest"],
        "go_on": ["go on", "mhm", "and the rest?"],
        "fix": ["sorry, typo: {v}", "no wait, {v}", "{v}* oops", "correction, it's {v}"],
        "at": ["at", "at sign", "(at)", "[at]"], "dot": ["dot", "dot", "(dot)", "point"], "us": "underscore",
        "addr_q": ["Where should we send it?", "Which address shall I put the delivery down for?", "And where should the letter go?", "Where do you live now?"],
        "fill_a": ["Let me check that for you.", "Thanks, just pulling that up.", "Bear with me a moment.", "I can see the issue now.", "That's been updated on our side.", "Is there anything else on that?"],
        "fill_c": ["ok thanks", "great", "sure", "no that's it for that", "brilliant cheers", "ok", "how long will it take?", "perfect"],
        "close_a": ["Thanks for contacting {biz}. Have a lovely day!", "All sorted. Anything else I can help with?", "Thank you, goodbye."],
        "close_c": ["thanks, bye", "that's all, cheers", "thank you!"],
        "neg": {"order": ["I don't have that, only the order number {v}", "all I've got is order {v}"], "order_q": "What's the order number?",
                "invoice": "the invoice says {v}, is that it?", "date_q": "When would you like it?", "date": ["{v}", "on {v} if possible"],
                "ticket_date": "the event is on {v}", "amount": "That comes to {v}.", "time": "The crossing leaves at {v}.",
                "tracking": "Here's your tracking number: {v}", "case": "I've opened case {v} for you.", "version": "the app says version {v}",
                "company": "You can reach us on {ph} or at {addr}.", "vat": "Our VAT number is {v} if you need it for the invoice.",
                "company_acct": "Please pay to our account {v}, quoting the invoice number.", "pet": "it's for {v}",
                "flight": "we land on {v} at 10", "berth": "My boat is on berth {v}.", "dest_q": "Where are you heading?", "dest": "{v}",
                "company_name": "is this still {v}?"},
        "dests": ["Stornoway", "Belfast", "Amsterdam", "Cherbourg"], "currency": ["£{a}", "£{a}.50", "{a} pounds"],
        "biz_addr": ["Unit 4, Riverside Park, Ipswich IP2 8LN", "27 High Street, Harrogate HG1 1SJ"],
    },
    "nl": {
        "greet": ["Goedemiddag, u spreekt met {agent} van {biz}. Waarmee kan ik u helpen?", "Hoi! Je chat met {agent} van {biz}. Wat kan ik voor je doen?",
                  "Welkom bij {biz}, mijn naam is {agent}.", "Goedemorgen, {agent} hier. Hoe kan ik helpen?"],
        "bot": ["[{biz}] Welkom! Typ hieronder je vraag.", "Hallo, ik ben de digitale assistent van {biz}."],
        "handover": ["Je wordt nu geholpen door {agent}.", "{agent} neemt het gesprek over."],
        "q": {"CUSTOMER_NUMBER": ["Wat is uw {cn}?", "mag ik je {cn}?", "Vul hieronder uw {cn} in.", "Heeft u uw {cn} bij de hand?"],
              "BOOKING_REFERENCE": ["Wat is de boekingscode?", "Mag ik het reserveringsnummer van zes tekens?", "Typ je boekingscode."],
              "DATE_OF_BIRTH": ["Wat is uw geboortedatum?", "en je geboortedatum?", "Ter controle: uw geboortedatum graag."],
              "PASSPORT": ["Wat is het paspoortnummer?", "Ik heb het documentnummer van uw paspoort nodig.", "Nummer van het identiteitsbewijs van de bestuurder?"],
              "NATIONAL_ID": ["Wat is uw BSN?", "Mag ik je burgerservicenummer?", "Ik heb uw rijksregisternummer nodig."],
              "PHONE_NUMBER": ["Op welk nummer kunnen we u bereiken?", "welk 06-nummer mogen we sms'en?", "Vul uw mobiele nummer in."],
              "EMAIL_ADDRESS": ["Op welk e-mailadres wilt u de bevestiging?", "Welk mailadres staat op het account?", "Typ uw e-mailadres."],
              "PERSON": ["Wat is uw volledige naam?", "Met wie spreek ik?", "Op wiens naam staat het contract?"],
              "IBAN_CODE": ["Op welk IBAN mogen we het terugstorten?", "Wat is het rekeningnummer voor de terugbetaling?"],
              "BANK_ACCOUNT": ["Wat is het rekeningnummer?"],
              "CREDIT_CARD": ["Met welke creditcard wilt u betalen? Het kaartnummer graag.", "Typ het kaartnummer."]},
        "moment": ["moment, even zoeken", "ff pakken hoor", "wacht even, ligt in de auto", "momentje", "ik zoek de brief even op"],
        "wait_ok": ["Geen haast.", "Natuurlijk, neem de tijd.", "Prima.", "Ik wacht even."],
        "back": ["die van de mail?", "met of zonder letters?", "van mij of van mijn man?", "het nieuwe nummer bedoelt u?"],
        "back_ok": ["Ja, die.", "Ja graag.", "Van u graag.", "Klopt."],
        "pre": ["", "", "", "het is ", "volgens mij ", "ok ", "eh "],
        "post": ["", "", "", " dank je", " denk ik", " toch?", "."],
        "plain": {"CUSTOMER_NUMBER": ["mijn {cn} is {v}", "{cn}: {v}"], "BOOKING_REFERENCE": ["boekingscode {v}", "mijn reserveringsnummer is {v}"],
                  "DATE_OF_BIRTH": ["mijn geboortedatum is {v}", "ik ben geboren op {v}"], "PASSPORT": ["paspoortnummer {v}", "mijn paspoort is {v}"],
                  "NATIONAL_ID": ["mijn BSN is {v}", "burgerservicenummer {v}", "rijksregisternummer {v}"], "PHONE_NUMBER": ["bel me op {v}", "mijn mobiel is {v}"],
                  "EMAIL_ADDRESS": ["mijn e-mail is {v}", "mail maar naar {v}"], "PERSON": ["mijn naam is {v}", "u spreekt met {v}"],
                  "IBAN_CODE": ["mijn IBAN is {v}", "rekeningnummer {v}"], "BANK_ACCOUNT": ["rekening {v}"],
                  "CREDIT_CARD": ["kaartnummer {v}", "mijn creditcard is {v}"]},
        "two_q": "Mag ik uw volledige naam en geboortedatum?",
        "list_q": {"travel": "Graag van iedere reiziger de naam, geboortedatum en het paspoortnummer.",
                   "family": "Wie moeten er nog meer op het dossier? Naam en geboortedatum graag.",
                   "accounts": "Om welke {cn}s gaat het?", "phones": "Welke nummers wilt u overzetten?"},
        "list_intro": ["", "alsjeblieft:\n", "ok, ", "zeker: "],
        "rel": ["en", "plus", "en ook", "en mijn partner", "en ons kind"],
        "acct": ["die van mij", "die van mijn vrouw", "het oude", "de zakelijke"],
        "split_a": ["{v}", "{v}...", "het is {v}"], "split_b": ["{v}", "{v} sorry te vroeg op enter", "{v} dat is de rest"],
        "go_on": ["ga door", "ja?", "en de rest?"],
        "fix": ["sorry typfout: {v}", "nee wacht, {v}", "{v}* oeps", "correctie: {v}"],
        "at": ["apestaart", "at", "(at)", "apenstaartje"], "dot": ["punt", "punt", "(punt)", "dot"], "us": "underscore",
        "addr_q": ["Waar mogen we het naartoe sturen?", "Op welk adres wilt u het ontvangen?", "Waar moet de brief heen?", "Waar woont u nu?"],
        "fill_a": ["Ik kijk het even voor u na.", "Dank u, ik zoek het op.", "Een ogenblik geduld alstublieft.", "Ik zie het probleem.", "Dat is aangepast.", "Verder nog iets hierover?"],
        "fill_c": ["ok dank je", "top", "prima", "nee verder niet", "super bedankt", "oke", "hoe lang duurt dat?", "fijn"],
        "close_a": ["Bedankt voor uw bericht aan {biz}. Fijne dag!", "Alles geregeld. Kan ik verder nog iets doen?", "Dank u wel, tot ziens."],
        "close_c": ["dank je, doei", "dat was het, bedankt", "bedankt!"],
        "neg": {"order": ["dat heb ik niet, alleen het bestelnummer {v}", "ik heb alleen ordernummer {v}"], "order_q": "Wat is het bestelnummer?",
                "invoice": "op de factuur staat {v}, is dat het?", "date_q": "Wanneer komt het u uit?", "date": ["{v}", "op {v} graag"],
                "ticket_date": "het concert is op {v}", "amount": "Dat wordt {v}.", "time": "De boot vertrekt om {v}.",
                "tracking": "Uw track-and-tracecode is {v}", "case": "Ik heb melding {v} aangemaakt.", "version": "de app zegt versie {v}",
                "company": "U kunt ons bereiken op {ph} of langskomen op {addr}.", "vat": "Ons btw-nummer is {v}, voor op de factuur.",
                "company_acct": "Wilt u overmaken naar ons rekeningnummer {v} onder vermelding van het factuurnummer?", "pet": "het gaat om {v}",
                "flight": "we landen met {v} om 10 uur", "berth": "Mijn boot ligt op steiger {v}.", "dest_q": "Waar gaat de reis heen?", "dest": "{v}",
                "company_name": "is dit nog steeds {v}?"},
        "dests": ["Terschelling", "Harwich", "Vlieland", "Texel"], "currency": ["€ {a},00", "€{a},50", "{a} euro"],
        "biz_addr": ["Industrieweg 14, 7411 HX Deventer", "Havenkade 3, 1811 KH Alkmaar"],
    },
    "nb": {
        "greet": ["Hei, du snakker med {agent} i {biz}. Hva kan jeg hjelpe med?", "God dag, {agent} her fra {biz}.",
                  "Velkommen til {biz}! Mitt navn er {agent}.", "hei hei, {agent} her :) hva gjelder det?"],
        "bot": ["[{biz}] Velkommen! Skriv spørsmålet ditt under.", "Hei, jeg er den digitale assistenten til {biz}."],
        "handover": ["Du snakker nå med {agent}.", "{agent} har tatt over samtalen."],
        "q": {"CUSTOMER_NUMBER": ["Hva er {cn}et ditt?", "kan jeg få {cn}et?", "Skriv inn {cn}et ditt.", "Har du {cn}et for hånden?"],
              "BOOKING_REFERENCE": ["Hva er bestillingsreferansen?", "Kan jeg få referansen på seks tegn?", "Skriv inn bookingkoden."],
              "DATE_OF_BIRTH": ["Hva er fødselsdatoen din?", "og fødselsdato?", "Av sikkerhetshensyn: fødselsdato, takk."],
              "PASSPORT": ["Hva er passnummeret?", "Jeg trenger passnummeret ditt.", "Passnummer til sjåføren?"],
              "NATIONAL_ID": ["Hva er fødselsnummeret ditt?", "Kan jeg få personnummeret, alle 11 sifrene?"],
              "PHONE_NUMBER": ["Hvilket nummer kan vi nå deg på?", "hvilket mobilnummer skal vi sende sms til?", "Skriv inn mobilnummeret ditt."],
              "EMAIL_ADDRESS": ["Hvilken e-postadresse skal vi bruke?", "Hvilken e-post står på kontoen?", "Skriv e-postadressen din."],
              "PERSON": ["Hva er fullt navn?", "Hvem snakker jeg med?", "Hvem står kontrakten på?"],
              "IBAN_CODE": ["Hvilket IBAN skal vi tilbakebetale til?"],
              "BANK_ACCOUNT": ["Hvilket kontonummer skal pengene til?", "Kan jeg få kontonummeret ditt?"],
              "CREDIT_CARD": ["Hvilket kort vil du bruke? Kortnummeret, takk.", "Skriv inn kortnummeret."]},
        "moment": ["et øyeblikk, må finne det", "vent litt", "to sek", "må bare finne brevet", "vent, det ligger i bilen"],
        "wait_ok": ["Ingen hast.", "Selvsagt, ta den tiden du trenger.", "Greit.", "Jeg venter."],
        "back": ["det på e-posten?", "med eller uten bokstaver?", "mitt eller min manns?", "det nye mener du?"],
        "back_ok": ["Ja, det.", "Ja takk.", "Ditt, takk.", "Stemmer."],
        "pre": ["", "", "", "det er ", "tror det er ", "ok ", "ehm "],
        "post": ["", "", "", " takk", " tror jeg", " hvis det hjelper", "."],
        "plain": {"CUSTOMER_NUMBER": ["{cn}et mitt er {v}", "{cn}: {v}"], "BOOKING_REFERENCE": ["bestillingsnummer {v}", "referansen min er {v}"],
                  "DATE_OF_BIRTH": ["fødselsdatoen min er {v}", "jeg er født {v}"], "PASSPORT": ["passnummer {v}", "passet mitt har nummer {v}"],
                  "NATIONAL_ID": ["fødselsnummeret mitt er {v}", "fnr {v}"], "PHONE_NUMBER": ["ring meg på {v}", "mobilen min er {v}"],
                  "EMAIL_ADDRESS": ["e-posten min er {v}", "send det til {v}"], "PERSON": ["jeg heter {v}", "det er {v} her"],
                  "IBAN_CODE": ["IBAN-en min er {v}"], "BANK_ACCOUNT": ["kontonummeret mitt er {v}", "konto {v}"],
                  "CREDIT_CARD": ["kortnummer {v}", "bruk kortet mitt {v}"]},
        "two_q": "Kan jeg få fullt navn og fødselsdato?",
        "list_q": {"travel": "Send navn, fødselsdato og passnummer for alle som skal reise.",
                   "family": "Hvem flere skal stå på saken? Navn og fødselsdato, takk.",
                   "accounts": "Hvilke {cn} gjelder det?", "phones": "Hvilke numre skal vi flytte over?"},
        "list_intro": ["", "værsågod:\n", "ok, ", "klart: "],
        "rel": ["og", "pluss", "og også", "og samboeren min", "og barnet vårt"],
        "acct": ["mitt", "kona sitt", "det gamle", "firmaets"],
        "split_a": ["{v}", "{v}...", "det er {v}"], "split_b": ["{v}", "{v} sorry, trykket enter", "{v} det er resten"],
        "go_on": ["fortsett", "mhm", "og resten?"],
        "fix": ["sorry skrivefeil: {v}", "nei vent, {v}", "{v}* oops", "rettelse: {v}"],
        "at": ["alfakrøll", "krøllalfa", "at", "(at)"], "dot": ["punktum", "prikk", "dot", "punkt"], "us": "understrek",
        "addr_q": ["Hvor skal vi sende det?", "Hvilken adresse vil du ha det levert til?", "Hvor skal brevet sendes?", "Hvor bor du nå?"],
        "fill_a": ["Jeg sjekker det for deg.", "Takk, jeg ser på det.", "Et lite øyeblikk.", "Nå ser jeg feilen.", "Det er oppdatert hos oss.", "Noe mer om det?"],
        "fill_c": ["ok takk", "flott", "greit", "nei det var det", "supert takk", "ok", "hvor lang tid tar det?", "topp"],
        "close_a": ["Takk for at du kontaktet {biz}. Ha en fin dag!", "Da er alt ordnet. Noe mer jeg kan hjelpe med?", "Takk, ha det bra."],
        "close_c": ["takk, ha det", "det var alt, takk", "tusen takk!"],
        "neg": {"order": ["har ikke det, bare ordrenummeret {v}", "jeg har bare ordre {v}"], "order_q": "Hva er ordrenummeret?",
                "invoice": "på fakturaen står det {v}, er det det?", "date_q": "Når passer det?", "date": ["{v}", "den {v} helst"],
                "ticket_date": "konserten er {v}", "amount": "Det blir {v}.", "time": "Ferja går {v}.",
                "tracking": "Sporingsnummeret er {v}", "case": "Jeg har opprettet sak {v}.", "version": "appen sier versjon {v}",
                "company": "Du når oss på {ph} eller på {addr}.", "vat": "Org.nr. vårt er {v}, hvis du trenger det på fakturaen.",
                "company_acct": "Betal til kontoen vår {v}, merk med fakturanummeret.", "pet": "det gjelder {v}",
                "flight": "vi lander med {v} klokka 10", "berth": "Båten min ligger på plass {v}.", "dest_q": "Hvor skal dere?", "dest": "{v}",
                "company_name": "er dette fortsatt {v}?"},
        "dests": ["Hirtshals", "Kiel", "Svolvær", "Stavanger"], "currency": ["{a} kr", "kr {a},-", "{a} kroner"],
        "biz_addr": ["Industrigata 9, 2609 Lillehammer", "Kaiveien 2, 8006 Bodø"],
    },
    "ru": {
        "greet": ["Здравствуйте! Вас приветствует {agent}, {biz}. Чем могу помочь?", "Добрый день, меня зовут {agent}. Слушаю вас.",
                  "Привет! Это {agent}, {biz} :) Что случилось?", "{biz}: добрый вечер, на связи {agent}."],
        "bot": ["[{biz}] Здравствуйте! Опишите ваш вопрос.", "Я виртуальный помощник, {biz}. Чем помочь?"],
        "handover": ["Вас обслуживает оператор {agent}.", "К чату подключился {agent}."],
        "q": {"CUSTOMER_NUMBER": ["Назовите, пожалуйста, {cn}.", "какой у вас {cn}?", "Введите {cn}.", "{cn} у вас под рукой?"],
              "BOOKING_REFERENCE": ["Какой код бронирования?", "Назовите номер брони из шести символов.", "Введите код брони."],
              "DATE_OF_BIRTH": ["Ваша дата рождения?", "и дату рождения, пожалуйста", "Для проверки укажите дату рождения."],
              "PASSPORT": ["Номер паспорта, пожалуйста.", "Мне нужны серия и номер паспорта.", "Номер загранпаспорта водителя?"],
              "NATIONAL_ID": ["Назовите ваш СНИЛС или ИНН.", "Укажите ИНН, пожалуйста."],
              "PHONE_NUMBER": ["По какому номеру с вами связаться?", "на какой номер прислать смс?", "Введите номер мобильного."],
              "EMAIL_ADDRESS": ["На какую почту отправить?", "Какая почта указана в аккаунте?", "Введите адрес электронной почты."],
              "PERSON": ["Как к вам обращаться? ФИО полностью.", "С кем я говорю?", "На кого оформлен договор?"],
              "IBAN_CODE": ["Номер счёта для возврата?"], "BANK_ACCOUNT": ["На какой счёт вернуть деньги?", "Номер счёта для возврата, 20 цифр."],
              "CREDIT_CARD": ["Какой картой будете платить? Номер карты, пожалуйста.", "Введите номер карты."]},
        "moment": ["секунду, найду", "щас, подождите", "минутку", "сейчас посмотрю в письме", "погодите, в машине лежит"],
        "wait_ok": ["Не торопитесь.", "Конечно, жду.", "Хорошо.", "Жду."],
        "back": ["который в письме?", "с буквами или только цифры?", "мой или мужа?", "новый в смысле?"],
        "back_ok": ["Да, его.", "Да, пожалуйста.", "Ваш.", "Верно."],
        "pre": ["", "", "", "это ", "вроде ", "так, ", "эээ "],
        "post": ["", "", "", " спасибо", " кажется", ", если поможет", "."],
        "plain": {"CUSTOMER_NUMBER": ["мой {cn} {v}", "{cn}: {v}"], "BOOKING_REFERENCE": ["код брони {v}", "номер бронирования {v}"],
                  "DATE_OF_BIRTH": ["дата рождения {v}", "я родилась {v}"], "PASSPORT": ["паспорт {v}", "номер паспорта {v}"],
                  "NATIONAL_ID": ["мой СНИЛС {v}", "ИНН {v}"], "PHONE_NUMBER": ["мой телефон {v}", "звоните на {v}"],
                  "EMAIL_ADDRESS": ["моя почта {v}", "пишите на {v}"], "PERSON": ["меня зовут {v}", "это {v}"],
                  "IBAN_CODE": ["счёт {v}"], "BANK_ACCOUNT": ["мой счёт {v}", "номер счёта {v}"],
                  "CREDIT_CARD": ["номер карты {v}", "карта {v}"]},
        "two_q": "Назовите ФИО и дату рождения.",
        "list_q": {"travel": "Пришлите ФИО, дату рождения и номер паспорта каждого пассажира.",
                   "family": "Кого ещё вписать? ФИО и дата рождения каждого.",
                   "accounts": "Какие счета? Назовите {cn} по каждому.", "phones": "Какие номера переносим?"},
        "list_intro": ["", "вот:\n", "так, ", "записывайте: "],
        "rel": ["и", "плюс", "а также", "ещё", "и ребёнок"],
        "acct": ["мой", "жены", "старый", "рабочий"],
        "split_a": ["{v}", "{v}...", "это {v}"], "split_b": ["{v}", "{v} сорри, случайно отправил", "{v} это остальное"],
        "go_on": ["продолжайте", "так", "а дальше?"],
        "fix": ["ой опечатка: {v}", "нет, стоп, {v}", "{v}* извините", "исправляю: {v}"],
        "at": ["собака", "собачка", "эт", "(at)"], "dot": ["точка", "точка", "dot", "тчк"], "us": "нижнее подчёркивание",
        "addr_q": ["Куда отправить?", "На какой адрес оформить доставку?", "Куда прислать письмо?", "Где вы сейчас проживаете?"],
        "fill_a": ["Сейчас проверю.", "Спасибо, смотрю.", "Одну минуту, пожалуйста.", "Вижу проблему.", "Обновили у себя.", "Что-то ещё по этому вопросу?"],
        "fill_c": ["ок спасибо", "отлично", "хорошо", "нет, по этому всё", "супер", "ясно", "а сколько это займёт?", "понял"],
        "close_a": ["Спасибо за обращение! Хорошего дня!", "Всё готово. Ещё чем-то помочь?", "Спасибо, до свидания."],
        "close_c": ["спасибо, до свидания", "всё, спасибо", "благодарю!"],
        "neg": {"order": ["его нет, есть только номер заказа {v}", "у меня только заказ {v}"], "order_q": "Номер заказа?",
                "invoice": "в счёте написано {v}, это он?", "date_q": "Когда вам удобно?", "date": ["{v}", "{v}, если можно"],
                "ticket_date": "концерт {v}", "amount": "Итого {v}.", "time": "Паром отходит в {v}.",
                "tracking": "Трек-номер: {v}", "case": "Создала обращение {v}.", "version": "приложение версии {v}",
                "company": "Наш телефон {ph}, адрес: {addr}.", "vat": "Наш ИНН организации {v}, для счёта.",
                "company_acct": "Оплатите на наш расчётный счёт {v}, в назначении укажите номер счёта.", "pet": "это для {v}",
                "flight": "прилетаем рейсом {v} в 10", "berth": "Лодка стоит на месте {v}.", "dest_q": "Куда направляетесь?", "dest": "{v}",
                "company_name": "это всё ещё {v}?"},
        "dests": ["Калининград", "Хельсинки", "Таллин", "Сочи"], "currency": ["{a} ₽", "{a} рублей", "{a},00 руб"],
        "biz_addr": ["г. Калуга, ул. Кирова, д. 1", "г. Рязань, пр. Победы, 20, офис 5"],
    },
}  # fmt: skip


# ---------------------------------------------------------------------------------------
# disguises
# ---------------------------------------------------------------------------------------

RU_TEENS = ["десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать",
            "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать"]  # fmt: skip
RU_TENS = ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят",
           "восемьдесят", "девяносто"]  # fmt: skip
RU_HUND = ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот",
           "девятьсот"]  # fmt: skip


def ru_group(g: str) -> str:
    """A digit group as Russians dictate it: "045" -> "ноль сорок пять", "916" -> "девятьсот шестнадцать"."""
    units = mv.NUMBER_WORDS["ru"]
    if g.startswith("0"):
        return " ".join([units[0], ru_group(g[1:])]) if len(g) > 1 else units[0]
    n = int(g)
    out = []
    if n >= 100:
        out.append(RU_HUND[n // 100])
        n %= 100
    if 10 <= n < 20:
        out.append(RU_TEENS[n - 10])
    else:
        if n >= 20:
            out.append(RU_TENS[n // 10])
        if n % 10 or not out:
            out.append(units[n % 10])
    return " ".join(out)


PAIR_WORDS = {
    "nl": (["tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien",
            "achttien", "negentien"],
           ["", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig",
            "negentig"]),
    "nb": (["ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten",
            "nitten"],
           ["", "", "tjue", "tretti", "førti", "femti", "seksti", "sytti", "åtti", "nitti"]),
}  # fmt: skip


def pair_words(lang: str, g: str) -> str:
    """Two digits as Dutch or Norwegians say them in a phone number: "34" -> "vierendertig"."""
    units = mv.NUMBER_WORDS[lang]
    if g[0] == "0":
        return " ".join(units[int(c)] for c in g)
    n = int(g)
    teens, tens = PAIR_WORDS[lang]
    if n < 10:
        return units[n]
    if n < 20:
        return teens[n - 10]
    if n % 10 == 0:
        return tens[n // 10]
    if lang == "nb":
        return tens[n // 10] + ("en" if n % 10 == 1 else units[n % 10])
    u = units[n % 10]
    return u + ("ën" if u.endswith("e") else "en") + tens[n // 10]


def en_dictated(v: str) -> str:
    """English phone dictation: "oh" for zero, "double"/"triple" for repeats, groups by comma."""
    words = mv.NUMBER_WORDS["en"]
    out: list[str] = []
    for grp in v.split():
        ws, i = [], 0
        while i < len(grp):
            c, j = grp[i], i
            while j < len(grp) and grp[j] == c:
                j += 1
            w = "oh" if c == "0" else words[int(c)]
            run = j - i
            if run == 2:
                ws.append(f"double {w}")
            elif run == 3:
                ws.append(f"triple {w}")
            else:
                ws.extend([w] * run)
            i = j
        out.append(" ".join(ws))
    return ", ".join(out)


def spelled_email(rng: random.Random, lang: str, local: list[str], dom: str) -> str:
    p = P[lang]
    at, dot = rng.choice(p["at"]), rng.choice(p["dot"])
    k = rng.randint(0, 3)
    if at.startswith("(") or at.startswith("["):
        sep = dot if dot.startswith("(") else f" {dot} "
        return ".".join(local) + at + dom.replace(".", sep if sep.startswith("(") else ".")
    if k == 0:
        return f" {dot} ".join(local) + f" {at} " + dom.replace(".", f" {dot} ")
    if k == 1:
        return ".".join(local) + f" {at} " + dom
    if k == 2 and len(local) == 2:
        return f"{local[0]} {p['us']} {local[1]} {at} " + dom.replace(".", f" {dot} ")
    return f" {dot} ".join(local) + f" {at} " + dom.replace(".", f" {dot} ")


def disguise_number(rng: random.Random, lang: str, v: str, kind: str) -> str:
    if kind == "words":
        return mv.digits_as_words(rng, lang, v)
    if kind == "mixed":
        return mv.digits_as_words(rng, lang, v, mixed=True)
    if kind == "spaced":
        return " ".join(c for c in v if c.isalnum())
    if kind == "zw":
        return mv.with_zero_width(rng, v, rng.randint(1, 3))
    if kind == "homo":
        w = mv.with_homoglyphs(rng, v, 2)
        return w if w != v else mv.with_zero_width(rng, v, 2)
    if kind == "dictated":
        plus = {"en": "plus", "nl": "plus", "nb": "pluss", "ru": "плюс"}[lang]
        units = mv.NUMBER_WORDS[lang]
        head = ""
        rest = v.replace("-", " ").replace("(", "").replace(")", "")
        if rest.startswith("+"):
            cc, _, rest = rest[1:].partition(" ")
            if cc == "7" or len(cc) > 3:  # "+7 916 ..." or written without spaces
                cc, rest = (cc, rest) if cc == "7" else (cc[:2], cc[2:] + " " + rest)
            head = " ".join([plus, *(units[int(d)] for d in cc)]) + ", "
        groups: list[str] = []
        for g in rest.split():
            while len(g) > 4:  # a run of digits is dictated as 3, 3, 2, 2
                step = 3 if len(g) > 6 else 2
                groups.append(g[:step])
                g = g[step:]
            groups.append(g)
        if lang == "ru":
            return head + " ".join(ru_group(g) for g in groups)
        if lang == "en":
            return head + en_dictated(
                " ".join(x[:2] + " " + x[2:] if len(x) == 4 else x for x in groups)
            )
        flat = "".join(groups)
        lead = 2 if len(flat) % 2 == 0 else 1
        pairs = [flat[:lead]] + [flat[k : k + 2] for k in range(lead, len(flat), 2)]
        return head + ", ".join(
            pair_words(lang, x) if len(x) == 2 else units[int(x)] for x in pairs
        )
    raise ValueError(kind)


# ---------------------------------------------------------------------------------------
# conversation builder
# ---------------------------------------------------------------------------------------

Turn = tuple[str, list[Part]]
CHECKED_TYPES = {"IBAN_CODE", "NATIONAL_ID", "CREDIT_CARD", "PHONE_NUMBER"}


class Conv:
    def __init__(self, rng: random.Random, vals: Vals, lang: str, sector: str) -> None:
        self.rng, self.v, self.lang, self.sector = rng, vals, lang, sector
        self.p = P[lang]
        self.blocks: list[list[Turn]] = []
        self.first, self.last = vals.person(lang)
        self.mistyped: list[str] = []  # texts typed wrong on purpose (fail their checksum)

    # -- small helpers
    def pick(self, key: str) -> str:
        return self.rng.choice(self.p[key])

    def cn(self) -> str:
        return CN[self.lang].get(
            self.sector,
            {
                "en": "customer number",
                "nl": "klantnummer",
                "nb": "kundenummer",
                "ru": "номер клиента",
            }[self.lang],
        )

    def q(self, typ: str, foreign: bool = False) -> list[Part]:
        qs = self.p["q"][typ]
        if typ == "NATIONAL_ID" and self.lang == "nl":
            qs = qs[2:] if foreign else qs[:2]
        return [self.rng.choice(qs).format(cn=self.cn())]

    def value(self, typ: str) -> tuple[str, str, bool]:
        """(text, final type, foreign)"""
        rng, lang, v = self.rng, self.lang, self.v
        foreign = rng.random() < 0.18
        if typ == "IBAN_CODE" and (
            lang == "ru"
            or (lang == "nb" and rng.random() < 0.5)
            or (lang == "en" and rng.random() < 0.4)
        ):
            typ = "BANK_ACCOUNT"
        if typ == "CUSTOMER_NUMBER":
            return v.customer(), typ, False
        if typ == "BOOKING_REFERENCE":
            return v.booking(), typ, False
        if typ == "DATE_OF_BIRTH":
            return v.dob(lang)[0], typ, False
        if typ == "PASSPORT":
            return v.passport(lang), typ, False
        if typ == "NATIONAL_ID":
            foreign = foreign and lang == "nl"
            return v.national_id(lang, foreign), typ, foreign
        if typ == "PHONE_NUMBER":
            return v.phone(lang, foreign), typ, foreign
        if typ == "EMAIL_ADDRESS":
            local, dom = v.email(lang, self.first, self.last)
            return ".".join(local) + "@" + dom, typ, False
        if typ == "PERSON":
            return f"{self.first} {self.last}", typ, False
        if typ == "IBAN_CODE":
            foreign = foreign and lang == "nl"
            return v.iban(lang, foreign), typ, foreign
        if typ == "BANK_ACCOUNT":
            return v.bank_account(lang), typ, False
        if typ == "CREDIT_CARD":
            return v.card(), typ, False
        raise ValueError(typ)

    def plain_tmpl(self, typ: str, foreign: bool, val: str = "") -> str:
        ts = self.p["plain"][typ]
        if typ == "NATIONAL_ID" and self.lang == "nl":
            ts = ts[2:] if foreign else ts[:2]
        if typ == "NATIONAL_ID" and self.lang == "ru":
            ts = ts[:1] if "-" in val else ts[1:]
        return self.rng.choice(ts).format(cn=self.cn(), v="{v}")

    def typo(self, s: str) -> str:
        """Customers type fast: now and then two letters swapped, or all lower case."""
        r = self.rng.random()
        if r < 0.15 and len(s) > 5:
            i = self.rng.randint(1, len(s) - 3)
            if s[i].isalpha() and s[i + 1].isalpha():
                return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
        return s.lower() if r > 0.8 else s

    def casual(self, s: str) -> str:
        return s.lower() if self.rng.random() < 0.5 else s

    def add(self, *turns: Turn) -> None:
        self.blocks.append(list(turns))

    # -- opening and closing
    def opening(self, agent: str, bot: bool) -> None:
        rng, p = self.rng, self.p
        biz = BIZ[self.lang][self.sector]
        bizpart: Part = N(biz, "company_name") if (self.lang, self.sector) in SURNAME_BIZ else biz
        pet = rng.choice(PETS[self.lang])
        reason = rng.choice(REASON[self.lang][self.sector])
        pre, _, post = reason.partition("{pet}")
        rparts: list[Part] = (
            [pre, N(pet, "pet_name"), post] if "{pet}" in reason else [self.typo(reason)]
        )
        if bot:
            g = rng.choice(p["bot"])
            a, _, b = g.partition("{biz}")
            h = rng.choice(p["handover"])
            ha, _, hb = h.partition("{agent}")
            self.add(
                ("agent", [a, bizpart, b]),
                ("customer", rparts),
                ("agent", [ha, E(agent, "PERSON", "plain"), hb]),
            )
        else:
            g = rng.choice(p["greet"])
            parts: list[Part] = []
            for piece in mv.re.split(r"(\{agent\}|\{biz\})", g):
                parts.append(
                    E(agent, "PERSON", "plain")
                    if piece == "{agent}"
                    else bizpart
                    if piece == "{biz}"
                    else piece
                )
            self.add(("agent", [x for x in parts if x != ""]), ("customer", rparts))

    def closing(self) -> None:
        biz = BIZ[self.lang][self.sector]
        a = self.pick("close_a").replace("{biz}", biz)
        self.add(("agent", [a]), ("customer", [self.pick("close_c")]))

    # -- main classes
    def bare(self, typ: str) -> None:
        rng, p = self.rng, self.p
        k = rng.randint(0, 6)
        if k == 5 or (typ == "PERSON" and rng.random() < 0.5):
            dob = self.v.dob(self.lang)[0]
            name = self.casual(f"{self.first} {self.last}")
            order = [E(name, "PERSON", "bare_answer"), E(dob, "DATE_OF_BIRTH", "bare_answer")]
            if rng.random() < 0.5:
                order.reverse()
            self.add(
                ("agent", [p["two_q"]]),
                ("customer", [order[0], rng.choice([", ", " ", "\n"]), order[1]]),
            )
            return
        val, typ, foreign = self.value(typ)
        if k == 1 or (
            typ in {"BOOKING_REFERENCE", "EMAIL_ADDRESS", "PASSPORT"} and rng.random() < 0.4
        ):
            val = val.lower()
        if typ == "EMAIL_ADDRESS" and k == 1:
            val = val.replace("@", "@ ") if rng.random() < 0.2 else val
        ask = ("agent", self.q(typ, foreign))
        ans: Turn = (
            "customer",
            [self.pick("pre"), E(val, typ, "bare_answer"), self.pick("post")]
            if k == 4
            else [E(val, typ, "bare_answer")],
        )
        ans = (ans[0], [x for x in ans[1] if x != ""])
        if k == 2:
            self.add(
                ask, ("customer", [self.pick("moment")]), ("agent", [self.pick("wait_ok")]), ans
            )
        elif k == 3:
            self.add(ask, ("customer", [self.pick("back")]), ("agent", [self.pick("back_ok")]), ans)
        elif k == 6:
            filler = self.typo(self.pick("fill_c")) if rng.random() < 0.5 else self.pick("moment")
            self.add(ask, ("customer", [filler]), ans)
        else:
            self.add(ask, ans)

    def list_(self) -> None:
        rng, p, lang = self.rng, self.p, self.lang
        if self.sector in TRAVEL:
            kind = "travel"
        elif self.sector == "porting":
            kind = "phones"
        elif self.sector in {"pension", "marina", "parking", "furniture", "concerts"}:
            kind = "accounts"
        else:
            kind = "family"
        n = rng.choice([2, 2, 3, 3, 4])
        items: list[list[Part]] = []
        low = rng.random() < 0.35
        used = {self.first}
        for i in range(n):
            f, la = (self.first, self.last) if i == 0 else self.v.person(lang)
            while i and f in used:
                f, la = self.v.person(lang)
            used.add(f)
            if i and rng.random() < 0.5:
                la = self.last
            name = f"{f} {la}"
            name = name.lower() if low else name
            if kind == "travel":
                fields = [
                    E(name, "PERSON", "list"),
                    E(self.v.dob(lang)[0], "DATE_OF_BIRTH", "list"),
                    E(self.v.passport(lang), "PASSPORT", "list"),
                ]
            elif kind == "family":
                fields = [
                    E(name, "PERSON", "list"),
                    E(self.v.dob(lang)[0], "DATE_OF_BIRTH", "list"),
                ]
                if self.sector == "tax":
                    fields.append(E(self.v.national_id(lang), "NATIONAL_ID", "list"))
            elif kind == "phones":
                fields = [E(self.v.phone(lang, style=rng.randint(0, 3)), "PHONE_NUMBER", "list")]
            else:
                fields = [E(self.v.customer(), "CUSTOMER_NUMBER", "list")]
            items.append(fields)
        layout = rng.randint(0, 3)
        lead_numbered = rng.random() < 0.6
        msg: list[Part] = [rng.choice(p["list_intro"])]
        if layout == 1 and isinstance(msg[0], str) and msg[0] and not msg[0].endswith("\n"):
            msg[0] = msg[0].rstrip(", :") + ":\n"
        bounds: list[int] = []  # where each item after the first starts (its separator)
        for i, fields in enumerate(items):
            if i:
                bounds.append(len(msg))
            sep = [", ", " ", " - ", " / "][layout] if kind in {"travel", "family"} else ""
            row: list[Part] = []
            for j, fpart in enumerate(fields):
                if j:
                    row.append(sep)
                row.append(fpart)
            if kind in {"phones", "accounts"} and rng.random() < 0.5:
                row = [rng.choice(p["acct"]) + ": ", *row]
            if layout == 1:
                lead = f"{i + 1}. " if lead_numbered else "- "
                msg += ([lead] if i == 0 else ["\n", lead]) + row
            elif layout == 2:
                msg += row if i == 0 else ["; ", *row]
            else:
                if i == 0:
                    msg += row
                elif kind in {"travel", "family"}:
                    msg += [
                        f" {rng.choice(p['rel'])} " if i == n - 1 or rng.random() < 0.5 else ", ",
                        *row,
                    ]
                else:
                    msg += [
                        ", "
                        if i < n - 1
                        else {"en": " and ", "nl": " en ", "nb": " og ", "ru": " и "}[lang],
                        *row,
                    ]
        ask = p["list_q"][kind].format(cn=self.cn())
        if rng.random() < 0.25:  # the list comes in two messages, cut between items
            cut = rng.choice(bounds)
            first = [x for x in msg[:cut] if x != ""]
            second = [x for x in msg[cut:] if x != ""]
            if isinstance(first[-1], str):
                first = [*first[:-1], first[-1].rstrip(" ;,\n")]
                first = [x for x in first if x != ""]
            if isinstance(second[0], str):
                second = [second[0].lstrip("\n ;,") or "", *second[1:]]
                if second[0] == "" and len(second) > 1 and second[1] in {"- ", "\n"}:
                    second = second[1:]
            if any(isinstance(x, E) for x in second):
                self.add(
                    ("agent", [ask]),
                    ("customer", first),
                    ("customer", [x for x in second if x != ""]),
                )
                return
        self.add(("agent", [ask]), ("customer", [x for x in msg if x != ""]))

    def split(self, typ: str) -> None:
        rng = self.rng
        val, typ, foreign = self.value(typ)
        ask = ("agent", self.q(typ, foreign))
        if (
            rng.random() < 0.4 or typ == "DATE_OF_BIRTH"
        ) and typ != "EMAIL_ADDRESS":  # typed, then corrected
            wrong = mistype(rng, val)
            self.mistyped.append(wrong)
            fix = self.pick("fix")
            a, _, b = fix.partition("{v}")
            self.add(
                ask,
                ("customer", [E(wrong, typ, "split")]),
                ("customer", [x for x in [a, E(val, typ, "split"), b] if x]),
            )
            return
        if " " in val.strip():
            gs = val.split(" ")
            ok = [
                i
                for i in range(1, len(gs))
                if len(" ".join(gs[:i])) >= 3 and len(" ".join(gs[i:])) >= 3
            ]
            cut = rng.choice(ok or [1])
            pa, pb = " ".join(gs[:cut]), " ".join(gs[cut:])
        else:
            cut = len(val) // 2 + rng.randint(-1, 1)
            pa, pb = val[:cut], val[cut:]
        ta, _, tb = self.pick("split_a").partition("{v}")
        ua, _, ub = self.pick("split_b").partition("{v}")
        m1: Turn = ("customer", [x for x in [ta, E(pa, typ, "split"), tb] if x])
        m2: Turn = ("customer", [x for x in [ua, E(pb, typ, "split"), ub] if x])
        if rng.random() < 0.25:
            self.add(ask, m1, ("agent", [self.pick("go_on")]), m2)
        else:
            self.add(ask, m1, m2)

    def disguised(self, typ: str) -> None:
        rng, lang = self.rng, self.lang
        if typ == "EMAIL_ADDRESS" or rng.random() < 0.3:
            typ = "EMAIL_ADDRESS"
            local, dom = self.v.email(lang, self.first, self.last)
            val = spelled_email(rng, lang, local, dom)
            orig, foreign = val, False
        else:
            val, typ, foreign = self.value(typ)
            if typ == "PHONE_NUMBER":
                kinds = ["dictated", "dictated", "words", "mixed", "spaced", "zw"]
            elif typ in {"PASSPORT", "BOOKING_REFERENCE", "IBAN_CODE"}:
                kinds = ["homo", "zw", "homo"]
            elif typ in {"PERSON", "DATE_OF_BIRTH"}:
                typ = "CUSTOMER_NUMBER"
                val = self.v.customer()
                kinds = ["words", "mixed"]
            else:
                kinds = ["words", "mixed", "zw", "spaced"]
            kind = rng.choice(kinds)
            orig = val
            val = disguise_number(rng, lang, val, kind)
        ask = ("agent", self.q(typ, foreign))
        if rng.random() < 0.5:
            self.add(ask, ("customer", [E(val, typ, "disguised")]))
        else:
            a, _, b = self.plain_tmpl(typ, foreign, orig).partition("{v}")
            self.add(("customer", [x for x in [a, E(val, typ, "disguised"), b] if x]))

    def address(self) -> None:
        rng = self.rng
        addr, _kind = self.v.address(self.lang)
        if rng.random() < 0.6:
            addr = addr.lower()
        ask = ("agent", [self.pick("addr_q")])
        k = rng.randint(0, 3)
        if k == 0:
            self.add(
                ask,
                ("customer", [self.pick("moment")]),
                ("agent", [self.pick("wait_ok")]),
                ("customer", [E(addr, "LOCATION", "address_no_cue")]),
            )
        elif k == 1:
            self.add(
                ask,
                (
                    "customer",
                    [
                        x
                        for x in [
                            self.pick("pre"),
                            E(addr, "LOCATION", "address_no_cue"),
                            self.pick("post"),
                        ]
                        if x
                    ],
                ),
            )
        else:
            self.add(ask, ("customer", [E(addr, "LOCATION", "address_no_cue")]))

    def plain(self, typ: str, cls: str = "plain") -> None:
        val, typ, foreign = self.value(typ)
        a, _, b = self.plain_tmpl(typ, foreign, val).partition("{v}")
        msg: list[Part] = [x for x in [a, E(val, typ, cls), b] if x]
        if self.rng.random() < 0.4:
            self.add(("customer", msg))
        else:
            self.add(("agent", [self.pick("fill_a")]), ("customer", msg))

    # -- hard negatives
    def neg_value(self, kind: str) -> str:
        rng, lang = self.rng, self.lang
        if kind == "order_number":
            return rng.choice(
                ["ORD-", "#", "", {"en": "WEB", "nl": "BST", "nb": "ORD", "ru": "З-"}[lang]]
            ) + mv.digits(rng, rng.choice([7, 8, 9]))
        if kind == "invoice_number":
            return rng.choice(
                [
                    f"INV-2026-{mv.digits(rng, 5, False)}",
                    f"F2026{mv.digits(rng, 5, False)}",
                    f"{rng.randint(2025, 2026)}{mv.digits(rng, 6, False)}",
                ]
            )
        if kind == "travel_date":
            return self.v.date(
                lang, rng.randint(1, 28), rng.randint(1, 12), rng.choice([2026, 2027])
            )
        if kind == "amount":
            return rng.choice(self.p["currency"]).format(a=rng.randint(12, 2400))
        if kind == "time":
            return rng.choice(
                [
                    f"{rng.randint(6, 22)}:{rng.choice(['00', '15', '30', '45', '05'])}",
                    f"{rng.randint(6, 22)}.{rng.choice(['10', '35', '50'])}",
                ]
            )
        if kind == "tracking_number":
            return rng.choice(
                [
                    f"3S{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(4))}{mv.digits(rng, 9)}",
                    f"JVGL{mv.digits(rng, 14, False)}",
                    f"R{rng.choice('ABLR')}{mv.digits(rng, 9)}{ {'en': 'GB', 'nl': 'NL', 'nb': 'NO', 'ru': 'RU'}[lang] }",
                ]
            )
        if kind == "case_number":
            return rng.choice(
                [
                    f"CS-{mv.digits(rng, 6)}",
                    f"#{mv.digits(rng, 7)}",
                    f"SR{mv.digits(rng, 8, False)}",
                    f"2026-{mv.digits(rng, 6, False)}",
                ]
            )
        if kind == "version_number":
            return rng.choice(
                [
                    f"{rng.randint(3, 17)}.{rng.randint(0, 40)}.{rng.randint(0, 9)}",
                    f"10.0.{rng.randint(19041, 26100)}.{rng.randint(100, 5000)}",
                    f"v{rng.randint(1, 9)}.{rng.randint(0, 99)}.{rng.randint(0, 9)}",
                ]
            )
        if kind == "vat_number":
            return {
                "en": f"GB {mv.digits(rng, 3)} {mv.digits(rng, 4, False)} {mv.digits(rng, 2, False)}",
                "nl": f"NL{mv.digits(rng, 9)}B0{rng.randint(1, 3)}",
            }[lang]
        if kind == "company_id":
            if lang == "nb":
                from stdnum.no import orgnr

                while True:
                    o = "9" + mv.digits(rng, 8, False)
                    if orgnr.is_valid(o):
                        return f"{o[:3]} {o[3:6]} {o[6:]}"
            from stdnum.ru import inn as ru_inn

            while True:
                o = mv.digits(rng, 10)
                if ru_inn.is_valid(o):
                    return o
        if kind == "company_account":
            if lang in {"en", "nl"}:
                return mv.iban(rng, "GB" if lang == "en" else "NL")
            if lang == "nb":
                k = mv.no_kontonr(rng)
                return f"{k[:4]}.{k[4:6]}.{k[6:]}"
            return "40702810" + mv.digits(rng, 12, False)
        if kind == "flight_number":
            return rng.choice(
                {
                    "en": ["BA 1432", "EI 712", "U2 8841"],
                    "nl": ["KL1577", "HV 6021", "KL 1344"],
                    "nb": ["SK 4021", "DY1302", "WF 781"],
                    "ru": ["SU 1234", "S7 2051", "DP-405"],
                }[lang]
            )
        if kind == "berth_number":
            return f"{rng.choice('ABCDE')}{rng.choice(['-', ' ', ''])}{rng.randint(1, 60)}"
        if kind == "seat":
            return f"{rng.choice('ABCDEFGHJK')}{rng.randint(1, 40)}"
        if kind == "product_code":
            return rng.choice(
                [
                    f"{mv.digits(rng, 3)}.{mv.digits(rng, 3, False)}.{mv.digits(rng, 2, False)}",
                    f"SKU-{mv.digits(rng, 6)}",
                    f"ART{mv.digits(rng, 7)}",
                ]
            )
        if kind == "vehicle_registration":
            L = "BCDFGHJKLMNPRSTVWXYZ"
            return {
                "en": f"{rng.choice(L)}{rng.choice(L)}{rng.randint(20, 74)} {''.join(rng.choice(L) for _ in range(3))}",
                "nl": f"{rng.choice(L)}-{rng.randint(100, 999)}-{rng.choice(L)}{rng.choice(L)}",
                "nb": f"{rng.choice(['EL', 'EK', 'DN', 'BU'])} {rng.randint(10000, 99999)}",
                "ru": f"{rng.choice('АВЕКМНОРСТУХ')}{rng.randint(100, 999)}{rng.choice('АВЕКМНОРСТУХ')}{rng.choice('АВЕКМНОРСТУХ')} {rng.choice(['77', '50', '62', '76'])}",
            }[lang]
        raise ValueError(kind)

    def neg_scene(self, scene: str) -> None:
        rng, p, lang = self.rng, self.p, self.lang
        ng = p["neg"]

        def fmt(t: str, v: Part) -> list[Part]:
            a, _, b = t.partition("{v}")
            return [x for x in [a, v, b] if x != ""]

        if scene == "order_cn":
            self.add(
                ("agent", self.q("CUSTOMER_NUMBER")),
                (
                    "customer",
                    fmt(rng.choice(ng["order"]), N(self.neg_value("order_number"), "order_number")),
                ),
                ("agent", [self.pick("fill_a")]),
            )
        elif scene == "invoice_cn":
            self.add(
                ("agent", self.q("CUSTOMER_NUMBER")),
                (
                    "customer",
                    fmt(ng["invoice"], N(self.neg_value("invoice_number"), "invoice_number")),
                ),
            )
        elif scene == "order_bare":
            v = self.neg_value("order_number")
            self.add(("agent", [ng["order_q"]]), ("customer", [N(v.lower(), "order_number")]))
        elif scene == "date":
            self.add(
                ("agent", [ng["date_q"]]),
                (
                    "customer",
                    fmt(rng.choice(ng["date"]), N(self.neg_value("travel_date"), "travel_date")),
                ),
            )
        elif scene == "ticket_date":
            self.add(
                (
                    "customer",
                    fmt(ng["ticket_date"], N(self.neg_value("travel_date"), "travel_date")),
                )
            )
        elif scene == "dob_travel":
            dob = self.v.dob(lang)[0]
            tail = {
                "en": ", we travel on ",
                "nl": ", we reizen op ",
                "nb": ", vi reiser ",
                "ru": ", едем ",
            }[lang]
            self.add(
                ("agent", self.q("DATE_OF_BIRTH")),
                (
                    "customer",
                    [
                        E(dob, "DATE_OF_BIRTH", "bare_answer"),
                        tail,
                        N(self.neg_value("travel_date"), "travel_date"),
                    ],
                ),
            )
        elif scene == "time" and self.sector != "ferry":
            t = {
                "en": "Your appointment is at {v}.",
                "nl": "Uw afspraak staat om {v}.",
                "nb": "Timen din er kl. {v}.",
                "ru": "Вы записаны на {v}.",
            }[lang]
            self.add(("agent", fmt(t, N(self.neg_value("time"), "time"))))
        elif scene in {"amount", "time", "tracking", "case", "company_acct", "berth", "vat"}:
            kind = {
                "amount": "amount",
                "time": "time",
                "tracking": "tracking_number",
                "case": "case_number",
                "company_acct": "company_account",
                "berth": "berth_number",
                "vat": "vat_number" if lang in {"en", "nl"} else "company_id",
            }[scene]
            who = "customer" if scene == "berth" else "agent"
            self.add((who, fmt(ng[scene], N(self.neg_value(kind), kind))))
        elif scene == "version":
            self.add(
                (
                    "agent",
                    [
                        {
                            "en": "Which app version are you on?",
                            "nl": "Welke versie van de app heeft u?",
                            "nb": "Hvilken versjon av appen har du?",
                            "ru": "Какая версия приложения?",
                        }[lang]
                    ],
                ),
                (
                    "customer",
                    fmt(ng["version"], N(self.neg_value("version_number"), "version_number")),
                ),
            )
        elif scene == "company":
            t = ng["company"]
            a, _, rest = t.partition("{ph}")
            b, _, c = rest.partition("{addr}")
            self.add(
                (
                    "agent",
                    [
                        x
                        for x in [
                            a,
                            N(self.v.business_phone(lang), "company_phone"),
                            b,
                            N(rng.choice(p["biz_addr"]), "company_address"),
                            c,
                        ]
                        if x
                    ],
                )
            )
        elif scene == "flight":
            self.add(
                ("customer", fmt(ng["flight"], N(self.neg_value("flight_number"), "flight_number")))
            )
        elif scene == "dest":
            self.add(
                ("agent", [ng["dest_q"]]),
                ("customer", [N(self.casual(rng.choice(p["dests"])), "destination")]),
            )
        elif scene == "seat":
            t = {
                "en": "we're in row {r}, seats {v}",
                "nl": "we zitten op {v}",
                "nb": "vi har sete {v}",
                "ru": "наши места {v}",
            }[lang]
            self.add(
                (
                    "customer",
                    fmt(
                        t.replace("{r}", str(rng.randint(3, 30))), N(self.neg_value("seat"), "seat")
                    ),
                )
            )
        elif scene == "product":
            t = {
                "en": "the item number is {v}",
                "nl": "artikelnummer {v}",
                "nb": "varenummer {v}",
                "ru": "артикул {v}",
            }[lang]
            self.add(("customer", fmt(t, N(self.neg_value("product_code"), "product_code"))))
        elif scene == "vehicle":
            t = {
                "en": "Your car is a grey Corsa, registration {v}.",
                "nl": "Uw auto is een grijze Polo met kenteken {v}.",
                "nb": "Bilen din er en grå Golf med reg.nr. {v}.",
                "ru": "Ваша машина — серый Солярис, госномер {v}.",
            }[lang]
            self.add(
                ("agent", fmt(t, N(self.neg_value("vehicle_registration"), "vehicle_registration")))
            )
        else:
            raise ValueError(scene)


NEG_POOL = {
    "vet": ["amount", "company", "case", "date", "time"],
    "carrental": ["vehicle", "amount", "flight", "date", "time", "company", "dob_travel"],
    "housing": ["case", "amount", "company_acct", "date", "invoice_cn"],
    "pharmacy": ["amount", "time", "company", "order_cn", "date"],
    "marina": ["berth", "amount", "company_acct", "date", "invoice_cn"],
    "funeral": ["date", "time", "amount", "company", "company_acct"],
    "pension": ["amount", "case", "vat", "date", "invoice_cn"],
    "ferry": ["time", "dest", "date", "amount", "order_bare", "dob_travel", "flight"],
    "concerts": ["order_cn", "seat", "amount", "ticket_date", "version", "order_bare"],
    "porting": ["version", "order_cn", "case", "amount", "date"],
    "parking": ["case", "amount", "company_acct", "date", "company"],
    "tax": ["vat", "amount", "date", "case", "invoice_cn"],
    "driving": ["date", "time", "amount", "company"],
    "furniture": [
        "order_cn",
        "tracking",
        "product",
        "amount",
        "date",
        "invoice_cn",
        "company",
        "order_bare",
    ],
}
MAIN_TYPES = {
    "bare_answer": [
        "CUSTOMER_NUMBER",
        "BOOKING_REFERENCE",
        "DATE_OF_BIRTH",
        "PASSPORT",
        "NATIONAL_ID",
        "PHONE_NUMBER",
        "EMAIL_ADDRESS",
        "PERSON",
        "IBAN_CODE",
    ],
    "split": [
        "IBAN_CODE",
        "PHONE_NUMBER",
        "CREDIT_CARD",
        "NATIONAL_ID",
        "CUSTOMER_NUMBER",
        "DATE_OF_BIRTH",
    ],
    "disguised": [
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "CUSTOMER_NUMBER",
        "IBAN_CODE",
        "PASSPORT",
        "BOOKING_REFERENCE",
        "NATIONAL_ID",
        "CREDIT_CARD",
    ],
    "plain": [
        "CUSTOMER_NUMBER",
        "BOOKING_REFERENCE",
        "DATE_OF_BIRTH",
        "PASSPORT",
        "NATIONAL_ID",
        "PHONE_NUMBER",
        "EMAIL_ADDRESS",
        "PERSON",
        "IBAN_CODE",
        "CREDIT_CARD",
    ],
}


def one_conversation(
    rng: random.Random, vals: Vals, lang: str, cls: str, sector: str
) -> tuple[list[Turn], list[str], bool]:
    c = Conv(rng, vals, lang, sector)
    agent = rng.choice(FIRST[lang])
    c.opening(agent, bot=rng.random() < 0.25)
    main_at = len(c.blocks)
    if cls == "list":
        c.list_()
    elif cls == "address_no_cue":
        c.address()
    else:
        pool = MAIN_TYPES[cls]
        cands = [t for t in pool if t in SECTOR_TYPES[sector]] or pool
        k = {
            "bare_answer": rng.choice([1, 2, 2, 3]),
            "split": rng.choice([1, 1, 2]),
            "disguised": rng.choice([1, 2]),
            "plain": rng.choice([1, 2]),
        }[cls]
        for typ in rng.sample(cands, min(k, len(cands))):
            {"bare_answer": c.bare, "split": c.split, "disguised": c.disguised, "plain": c.plain}[
                cls
            ](typ)
    if cls == "address_no_cue" and rng.random() < 0.3:
        c.address()
    second = rng.random() < 0.3
    if second:  # a second, easier value
        c.plain(rng.choice([t for t in SECTOR_TYPES[sector] if t not in {"PERSON"}]))
    scenes = rng.sample(NEG_POOL[sector], rng.choice([2, 2, 3, 3, 4]))
    for s in scenes:
        c.neg_scene(s)
    # the main block stays early or in the middle, never after the closing
    body = c.blocks[main_at:]
    rng.shuffle(body)
    c.blocks = c.blocks[:main_at] + body
    c.closing()
    target = 7 + int(rng.gammavariate(2.0, 1.9))
    if rng.random() < 0.06:
        target = rng.randint(22, 35)
    target = min(target, 35)
    n = sum(len(b) for b in c.blocks)
    while n + 2 <= target:
        at = rng.randint(1, len(c.blocks) - 1)
        c.blocks.insert(
            at, [("agent", [c.pick("fill_a")]), ("customer", [c.typo(c.pick("fill_c"))])]
        )
        n += 2
    if n < 7:
        c.blocks.insert(len(c.blocks) - 1, [("agent", [c.pick("fill_a")])])
    turns = [t for b in c.blocks for t in b]
    return turns, c.mistyped, second


def build() -> tuple[list[dict], dict]:
    rng = random.Random(SEED)
    vals = Vals(rng)
    records: list[dict] = []
    main: Counter[tuple[str, str]] = Counter()
    sectors: Counter[str] = Counter()
    mistyped: list[str] = []
    seconds = 0
    for lang in mv.LANGS:
        plan = [
            (cls, SECTORS[(i * 5 + j * 3) % len(SECTORS)])
            for j, cls in enumerate(mv.CLASSES)
            for i in range(PER_CLASS)
        ]
        rng.shuffle(plan)
        for n, (cls, sector) in enumerate(plan, 1):
            turns, wrong, second = one_conversation(rng, vals, lang, cls, sector)
            mistyped += wrong
            seconds += second
            main[(lang, cls)] += 1
            sectors[sector] += 1
            records += mv.conversation_records(f"s17-{lang}-{n:03d}", lang, turns)
    lengths = sorted(Counter(r["conversation_id"] for r in records).values())
    stats = {
        "conversations": len(lengths), "messages": len(records),
        "min_len": lengths[0], "median_len": lengths[len(lengths) // 2], "max_len": lengths[-1],
        "spans": sum(len(r["entities"]) for r in records), "negatives": sum(len(r["negatives"]) for r in records),
        "main": dict(main),
        "with_second_value": seconds, "sectors": dict(sectors),
        "by_class": dict(Counter(e["class"] for r in records for e in r["entities"])),
        "by_type": dict(Counter(e["type"] for r in records for e in r["entities"])),
        "by_lang": dict(Counter(r["lang"] for r in records for _ in r["entities"])),
        "neg_kinds": dict(Counter(x["kind"] for r in records for x in r["negatives"])),
        "checked": list(vals.checked), "mistyped": mistyped,
    }  # fmt: skip
    return records, stats


def write_jsonl(records: list[dict], path: Path) -> None:
    mv.write_jsonl(records, path)


def verify(records: list[dict]) -> list[str]:
    errors = mv.verify(records)
    seen: set[str] = set()
    for r in records:
        if r["message_id"] in seen:
            errors.append(f"{r['message_id']}: duplicate id")
        seen.add(r["message_id"])
        if not r["text"].strip():
            errors.append(f"{r['message_id']}: empty text")
        spans = sorted([(s["start"], s["end"]) for s in r["entities"] + r["negatives"]])
        for (_, e1), (s2, _) in zip(spans, spans[1:], strict=False):
            if s2 < e1:
                errors.append(f"{r['message_id']}: overlapping spans")
    return errors


if __name__ == "__main__":
    recs, st = build()
    errs = verify(recs)
    if errs:
        raise SystemExit("\n".join(errs[:20]))
    write_jsonl(recs, OUT)
    print({k: v for k, v in st.items() if k not in {"checked", "mistyped"}})
