# ruff: noqa: E501  (hand-written name, street and city tables)
"""Synthetic, checksum-valid values and the labelled-text assembly shared by the generators.

Nothing here is a real person's data: names are recombined from short hand-written lists,
numbers are random with their check digits computed by python-stdnum, schwifty and
phonenumbers. A message is written as a list of parts (plain strings, ``E`` labelled spans,
``N`` hard negatives); ``assemble`` joins them and records exact offsets.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

import phonenumbers
from schwifty import IBAN
from stdnum.nl import bsn
from stdnum.no import fodselsnummer, kontonr
from stdnum.ru import inn

CLASSES = ("bare_answer", "list", "split", "disguised", "address_no_cue", "plain")
LANGS = ("en", "nl", "nb", "ru")


@dataclass(frozen=True)
class E:
    """A labelled personal-data span."""

    text: str
    type: str
    cls: str


@dataclass(frozen=True)
class N:
    """A hard negative: text that must not be reported as personal data."""

    text: str
    kind: str


Part = str | E | N


def T(template: str, **slots: Part) -> list[Part]:
    """Split ``template`` on {name} and put the slot parts in."""
    out: list[Part] = []
    for piece in re.split(r"(\{[a-z_0-9]+\})", template):
        if piece.startswith("{") and piece.endswith("}"):
            out.append(slots[piece[1:-1]])
        elif piece:
            out.append(piece)
    return out


def assemble(parts: list[Part]) -> tuple[str, list[dict], list[dict]]:
    """Join parts into text; return (text, entities, negatives) with exact offsets."""
    text, ents, negs = "", [], []
    for p in parts:
        if isinstance(p, str):
            text += p
            continue
        start, end = len(text), len(text) + len(p.text)
        text += p.text
        if isinstance(p, E):
            ents.append({"start": start, "end": end, "type": p.type, "class": p.cls})
        else:
            negs.append({"start": start, "end": end, "kind": p.kind})
    return text, ents, negs


def conversation_records(conv_id: str, lang: str, turns: list[tuple[str, list[Part]]]) -> list[dict]:
    out = []
    for i, (role, parts) in enumerate(turns, 1):
        text, ents, negs = assemble(parts)
        out.append(
            {
                "conversation_id": conv_id,
                "message_id": f"{conv_id}-{i:02d}",
                "role": role,
                "lang": lang,
                "text": text,
                "entities": ents,
                "negatives": negs,
            }
        )
    return out


def write_jsonl(records: list[dict], path: Path) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    tmp.replace(path)


# ---------------------------------------------------------------------------------------
# checksummed numbers
# ---------------------------------------------------------------------------------------


def digits(rng: random.Random, n: int, first_nonzero: bool = True) -> str:
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def nl_bsn(rng: random.Random) -> str:
    while True:
        v = digits(rng, 9)
        if bsn.is_valid(v):
            return v


def no_fnr(rng: random.Random) -> tuple[str, tuple[int, int, int]]:
    """A valid fødselsnummer and its birth date (d, m, y)."""
    while True:
        d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1950, 1999)
        ind = rng.randint(0, 499)
        base = f"{d:02d}{m:02d}{y % 100:02d}{ind:03d}"
        for k1 in range(10):
            for k2 in range(10):
                v = f"{base}{k1}{k2}"
                if fodselsnummer.is_valid(v):
                    return v, (d, m, y)


def no_kontonr(rng: random.Random) -> str:
    while True:
        v = digits(rng, 11)
        if kontonr.is_valid(v) and not fodselsnummer.is_valid(v):
            return v


def ru_inn(rng: random.Random) -> str:
    while True:
        v = digits(rng, 12)
        if inn.is_valid(v):
            return v


def ru_snils(rng: random.Random) -> str:
    body = digits(rng, 9)
    total = sum(int(c) * (9 - i) for i, c in enumerate(body))
    check = total % 101
    check = 0 if check == 100 else check
    return f"{body[:3]}-{body[3:6]}-{body[6:]} {check:02d}"


def ru_account(rng: random.Random) -> str:
    return "40817810" + digits(rng, 12, first_nonzero=False)


BANKS = {"NL": ["INGB", "ABNA", "RABO", "SNSB", "TRIO", "KNAB", "ASNB"], "GB": ["NWBK", "BARC", "MIDL", "LOYD"]}


def iban(rng: random.Random, country: str) -> str:
    """A checksum-valid IBAN in groups of four."""
    if country == "NL":
        raw = IBAN.generate("NL", bank_code=rng.choice(BANKS["NL"]), account_code=digits(rng, 10))
    elif country == "GB":
        raw = IBAN.generate(
            "GB", bank_code=rng.choice(BANKS["GB"]) + digits(rng, 6), account_code=digits(rng, 8)
        )
    elif country == "NO":
        bban = no_kontonr(rng)  # the Norwegian BBAN is the kontonr, with its mod-11 digit
        check = 98 - int(bban + "232400") % 97  # N=23, O=24, then "00"
        raw = IBAN(f"NO{check:02d}{bban}")
    else:
        raise ValueError(country)
    return str(raw.formatted)


def phone(rng: random.Random, lang: str, style: int | None = None) -> str:
    """A valid (per phonenumbers) mobile number written the way people in that country do."""
    region = {"en": "GB", "nl": "NL", "nb": "NO", "ru": "RU"}[lang]
    while True:
        if lang == "nl":
            national = "6" + digits(rng, 8, first_nonzero=False)
        elif lang == "nb":
            national = rng.choice("49") + digits(rng, 7, first_nonzero=False)
        elif lang == "ru":
            national = "9" + rng.choice("0123689") + digits(rng, 8, first_nonzero=False)
        else:
            national = "7" + rng.choice("4579") + digits(rng, 8, first_nonzero=False)
        num = phonenumbers.parse(national, region)
        if phonenumbers.is_valid_number(num):
            break
    s = style if style is not None else rng.randint(0, 2)
    if s == 0:
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if s == 1:
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    if lang == "nl":
        return f"06-{national[1:]}"
    if lang == "nb":
        return f"{national[:3]} {national[3:5]} {national[5:]}"
    if lang == "ru":
        return f"8{national}"
    return f"0{national[:4]} {national[4:]}"


def booking_ref(rng: random.Random) -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    while True:
        v = "".join(rng.choice(alphabet) for _ in range(6))
        if any(c.isdigit() for c in v) and any(c.isalpha() for c in v):
            return v


def passport(rng: random.Random, lang: str) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if lang == "nl":  # 2 letters, 6 letters/digits, 1 digit; no letter O
        mid = "".join(rng.choice(letters + "0123456789") for _ in range(6))
        return rng.choice(["N", "B"]) + rng.choice(letters) + mid + rng.choice("0123456789")
    if lang == "nb":
        return rng.choice(["FH", "FK", "FP", "FS"]) + digits(rng, 7, first_nonzero=False)
    if lang == "ru":  # international passport: series 2 digits, number 7 digits
        return f"{rng.randint(70, 76)} {digits(rng, 7)}"
    return digits(rng, 9)


def customer_number(rng: random.Random) -> str:
    return digits(rng, rng.choice([7, 8, 9, 10]))


def order_number(rng: random.Random) -> str:
    return rng.choice(["", "#", "ORD-", "WO"]) + digits(rng, rng.choice([7, 8, 9]))


# ---------------------------------------------------------------------------------------
# names, addresses, dates
# ---------------------------------------------------------------------------------------

FIRST = {
    "en": ["Oliver", "Amelia", "Harry", "Isla", "George", "Ava", "Noah", "Mia", "Jack", "Freya",
           "Leo", "Grace", "Arthur", "Poppy", "Theo", "Evie", "Alfie", "Ruby", "Oscar", "Ivy"],
    "nl": ["Pieter", "Daan", "Sanne", "Lotte", "Bram", "Femke", "Joris", "Anouk", "Thijs", "Eva",
           "Ruben", "Maaike", "Sem", "Fleur", "Jeroen", "Ilse", "Wouter", "Noor", "Koen", "Lieke"],
    "nb": ["Øyvind", "Ingrid", "Sindre", "Kari", "Håkon", "Solveig", "Magnus", "Ragnhild", "Eirik",
           "Tone", "Jørgen", "Silje", "Torbjørn", "Marte", "Sigurd", "Åse", "Vegard", "Hege",
           "Kjetil", "Frøydis"],
    "ru": ["Иван", "Ольга", "Дмитрий", "Анна", "Сергей", "Мария", "Алексей", "Екатерина", "Павел",
           "Наталья", "Михаил", "Татьяна", "Андрей", "Елена", "Николай", "Юлия", "Артём", "Ксения",
           "Владимир", "Светлана"],
}
LAST = {
    "en": ["Whitfield", "Ashworth", "Pemberton", "Hargreaves", "Thornton", "Blackwood", "Fairley",
           "Cartwright", "Holloway", "Langley", "Marsh", "Kendall", "Rowntree", "Sutcliffe"],
    "nl": ["Bakker", "de Vries", "van Dijk", "Smit", "Mulder", "de Boer", "Visser", "Meijer",
           "van der Linden", "Jansen", "Hoekstra", "Brouwer", "van Leeuwen", "Kuipers"],
    "nb": ["Hansen", "Johansen", "Berg", "Haugen", "Solberg", "Strand", "Lunde", "Dahl",
           "Bakken", "Nygård", "Halvorsen", "Moen", "Aasen", "Brekke"],
    "ru": ["Петров", "Смирнов", "Кузнецов", "Соколов", "Попов", "Лебедев", "Козлов", "Новиков",
           "Морозов", "Волков", "Фёдоров", "Орлов", "Зайцев", "Белов"],
}  # fmt: skip
RU_FEMININE = {"Ольга", "Анна", "Мария", "Екатерина", "Наталья", "Татьяна", "Елена", "Юлия",
               "Ксения", "Светлана"}  # fmt: skip


def person(rng: random.Random, lang: str) -> tuple[str, str]:
    first, last = rng.choice(FIRST[lang]), rng.choice(LAST[lang])
    if lang == "ru" and first in RU_FEMININE:
        last = last + "а"  # every surname in the list ends in -ов/-ёв: Петров -> Петрова
    return first, last


TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "sch", "ы": "y", "э": "e", "ю": "yu", "я": "ya", "ь": "", "ъ": "",
    "ø": "o", "å": "a", "æ": "ae",
})  # fmt: skip


def ascii_name(s: str) -> str:
    return s.lower().translate(TRANSLIT).replace(" ", "").replace("-", "")


DOMAINS = {
    "en": ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "icloud.com"],
    "nl": ["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.com", "xs4all.nl"],
    "nb": ["gmail.com", "online.no", "hotmail.no", "outlook.com", "live.no"],
    "ru": ["mail.ru", "yandex.ru", "gmail.com", "rambler.ru", "bk.ru"],
}


def email_parts(rng: random.Random, lang: str, first: str, last: str) -> tuple[list[str], str]:
    """Local-part pieces (joined by '.') and domain."""
    f, la = ascii_name(first), ascii_name(last)
    style = rng.randint(0, 3)
    if style == 0:
        local = [f, la]
    elif style == 1:
        local = [f[0], la]
    elif style == 2:
        local = [f + la + str(rng.randint(1, 99))]
    else:
        local = [la, f]
    return local, rng.choice(DOMAINS[lang])


STREETS = {
    "en": ["Bramble Close", "Station Road", "Church Lane", "Victoria Street", "Mill Lane",
           "Orchard Way", "Kingsway", "Park Avenue", "Queens Road", "Harbour View"],
    "nl": ["Lindelaan", "Kerkstraat", "Molenweg", "Dorpsstraat", "Prinsengracht", "Julianalaan",
           "Beukenlaan", "Stationsweg", "Havenstraat", "Schoolstraat"],
    "nb": ["Storgata", "Kirkeveien", "Skogveien", "Bjørkelia", "Fjellveien", "Granittveien",
           "Strandgata", "Solbakken", "Løkkeveien", "Havnegata"],
    "ru": ["ул. Ленина", "ул. Гагарина", "пр. Мира", "ул. Садовая", "ул. Пушкина",
           "Лесная ул.", "ул. Советская", "ул. Молодёжная", "Набережная ул.", "ул. Чехова"],
}  # fmt: skip
CITIES = {
    "en": [("York", "YO1 7HH"), ("Leeds", "LS6 2AB"), ("Bristol", "BS8 1TH"), ("Norwich", "NR2 4SQ"),
           ("Cardiff", "CF10 3AT"), ("Bath", "BA1 2QH")],
    "nl": [("Delft", "2611 AB"), ("Utrecht", "3511 LK"), ("Zwolle", "8011 CW"), ("Haarlem", "2011 HJ"),
           ("Leiden", "2312 BT"), ("Breda", "4811 XR")],
    "nb": [("Oslo", "0155"), ("Bergen", "5003"), ("Trondheim", "7011"), ("Tromsø", "9008"),
           ("Drammen", "3015"), ("Hamar", "2317")],
    "ru": [("Казань", "420111"), ("Москва", "125009"), ("Тверь", "170100"), ("Самара", "443099"),
           ("Пермь", "614000"), ("Томск", "634050")],
}  # fmt: skip
DESTINATIONS = {
    "en": ["Malaga", "Lisbon", "Edinburgh", "Dublin", "Rome", "Oslo", "Berlin"],
    "nl": ["Barcelona", "Curaçao", "Lissabon", "Rome", "Londen", "Kreta", "Oslo"],
    "nb": ["Alicante", "Gran Canaria", "København", "London", "Bergen", "Tromsø", "Split"],
    "ru": ["Сочи", "Калининград", "Стамбул", "Дубай", "Казань", "Минск", "Анталью"],
}  # fmt: skip

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


def date_text(rng: random.Random, lang: str, d: int, m: int, y: int, style: int | None = None) -> str:
    s = style if style is not None else rng.randint(0, 3)
    mon = MONTHS[lang][m - 1]
    if s == 0:
        sep = {"en": "/", "nl": "-", "nb": ".", "ru": "."}[lang]
        return f"{d:02d}{sep}{m:02d}{sep}{y}"
    if s == 1:
        if lang == "en":
            return f"{d} {mon} {y}"
        if lang == "nb":
            return f"{d}. {mon} {y}"
        if lang == "ru":
            return f"{d} {mon} {y}"
        return f"{d} {mon} {y}"
    if s == 2:
        return f"{d}.{m}.{y}"
    if lang == "en":
        return f"{mon} {d}, {y}"
    return f"{d}-{m}-{y}" if lang == "nl" else f"{d:02d}.{m:02d}.{str(y)[2:]}"


def birth_date(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(1946, 2016)


def travel_date(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1, 28), rng.randint(1, 12), rng.choice([2026, 2027])


def address(rng: random.Random, lang: str, lower: bool = True) -> str:
    street = rng.choice(STREETS[lang])
    city, pc = rng.choice(CITIES[lang])
    letters = ["а", "б"] if lang == "ru" else ["b", "A"]
    no = str(rng.randint(1, 140)) + rng.choice(["", "", "", *letters])
    if lang == "en":
        s = rng.choice([f"{no} {street}, {city} {pc}", f"{no} {street} {city} {pc}",
                        f"flat {rng.randint(1, 9)}, {no} {street}, {city}"])
    elif lang == "nl":
        pcs = pc.replace(" ", "") if rng.random() < 0.5 else pc
        s = rng.choice([f"{street} {no} {pcs} {city}", f"{street} {no}, {pcs} {city}",
                        f"{street} {no}\n{pcs} {city}"])
    elif lang == "nb":
        s = rng.choice([f"{street} {no}, {pc} {city}", f"{street} {no} {pc} {city}",
                        f"{street} {no}, {city}"])
    else:
        apt = rng.randint(1, 180)
        s = rng.choice([f"{city}, {street}, д. {no}, кв. {apt}", f"{street} {no}-{apt}, {city}",
                        f"{pc}, г. {city}, {street}, {no}, кв {apt}"])
    return s.lower() if lower else s


NUMBER_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "nb": ["null", "en", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni"],
    "ru": ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"],
}


def digits_as_words(rng: random.Random, lang: str, value: str, mixed: bool = False) -> str:
    """Write the digits of ``value`` as words (or, mixed, some of them), keeping other chars."""
    out = []
    for ch in value:
        if ch.isdigit() and (not mixed or rng.random() < 0.5):
            out.append(NUMBER_WORDS[lang][int(ch)])
        elif ch.isdigit():
            out.append(ch)
        elif ch in " -()":
            continue
        else:
            out.append(ch)
    return " ".join(out) if not mixed else " ".join(out).replace("  ", " ")


ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
# Latin/digit -> look-alike from another script (Cyrillic), or letter for digit
HOMOGLYPHS = {"0": ["O", "О"], "1": ["l", "I"], "A": ["А"], "B": ["В"], "C": ["С"], "E": ["Е"],
              "H": ["Н"], "K": ["К"], "M": ["М"], "O": ["О"], "P": ["Р"], "T": ["Т"], "X": ["Х"],
              "5": ["S"], "8": ["B"]}  # fmt: skip


def with_zero_width(rng: random.Random, value: str, n: int = 2) -> str:
    chars = list(value)
    for _ in range(n):
        pos = rng.randint(1, len(chars) - 1)
        chars.insert(pos, rng.choice(ZERO_WIDTH))
    return "".join(chars)


def with_homoglyphs(rng: random.Random, value: str, n: int = 2) -> str:
    idx = [i for i, c in enumerate(value) if c in HOMOGLYPHS]
    if not idx:
        return value
    chars = list(value)
    for i in rng.sample(idx, min(n, len(idx))):
        chars[i] = rng.choice(HOMOGLYPHS[chars[i]])
    return "".join(chars)


def verify(records: list[dict]) -> list[str]:
    """Check that every span is inside its text and no span has spaces at its edges."""
    errors = []
    for r in records:
        t = r["text"]
        for key in ("entities", "negatives"):
            for s in r[key]:
                frag = t[s["start"] : s["end"]]
                if not (0 <= s["start"] < s["end"] <= len(t)) or frag != frag.strip():
                    errors.append(f"{r['message_id']}: bad span {s} {frag!r}")
                if key == "entities" and (s["class"] not in CLASSES or not s["type"].isupper()):
                    errors.append(f"{r['message_id']}: bad class/type {s}")
    return errors
