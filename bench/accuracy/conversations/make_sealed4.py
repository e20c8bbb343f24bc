# ruff: noqa: E501  (hand-written phrase, name and street tables)
"""Write sealed4.jsonl: the fourth sealed, blind set of multi-turn conversations (seed 20261207).

Written without reading privacyguard's rules, detector or the earlier sets' generators. Only
the checksummed number generators and the offset-exact assembly come from ``make_values``;
names, streets, cities, companies, domains, sectors, date forms and phrasings are this file's.

    .venv/bin/python bench/accuracy/conversations/make_sealed4.py
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_values import (  # noqa: E402
    E,
    N,
    Part,
    T,
    booking_ref,
    conversation_records,
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

SEED = 20261207
PER_LANG = 150
OUT = Path(__file__).resolve().parent / "sealed4.jsonl"
Turn = tuple[str, list[Part]]

# ---------------------------------------------------------------------------------------
# people, places, companies (own lists)
# ---------------------------------------------------------------------------------------

FIRST = {
    "en": ["Callum", "Bethany", "Rhys", "Imogen", "Declan", "Harriet", "Finlay", "Niamh", "Gareth",
           "Tamsin", "Rory", "Esme", "Owain", "Lydia", "Barnaby", "Phoebe"],
    "nl": ["Gijs", "Marloes", "Stijn", "Roos", "Teun", "Janneke", "Mees", "Floor", "Hidde", "Esmee",
           "Luuk", "Iris", "Siebe", "Wietske", "Jelle", "Nienke"],
    "nb": ["Aksel", "Ingvild", "Eskil", "Torunn", "Halvard", "Gunnhild", "Leif", "Synnøve", "Trygve",
           "Marit", "Ola", "Bjørg", "Audun", "Live", "Snorre", "Randi"],
    "ru": ["Григорий", "Вера", "Степан", "Лариса", "Фёдор", "Галина", "Виктор", "Нина", "Роман",
           "Полина", "Борис", "Дарья", "Кирилл", "Алёна", "Тимофей", "Вероника"],
}
LAST = {
    "en": ["Pritchard", "Okafor", "McAllister", "Fenwick", "Greaves", "Talbot", "Ainsworth",
           "Dunmore", "Kershaw", "Lockhart", "Prendergast", "Hollis", "Whitlock", "Ibbotson"],
    "nl": ["van den Heuvel", "Verhoeven", "Scholten", "de Groot", "Postma", "Dijkstra", "van Beek",
           "Timmermans", "ter Horst", "Wijnands", "Kramer", "Vos", "Hendriks", "de Wit"],
    "nb": ["Eikeland", "Fossum", "Rasmussen", "Tveit", "Myhre", "Sandvik", "Kvamme", "Lie", "Aune",
           "Rønning", "Vik", "Skaug", "Hovland", "Ødegaard"],
    "ru": ["Громов", "Ершов", "Тихонов", "Крылов", "Сорокин", "Медведев", "Гусев", "Щербаков",
           "Баранов", "Жуков", "Комаров", "Афанасьев"],
}
RU_FEM = {"Вера", "Лариса", "Галина", "Нина", "Полина", "Дарья", "Алёна", "Вероника"}
RU_PATR = {"m": ["Игоревич", "Павлович", "Олегович", "Юрьевич"], "f": ["Игоревна", "Павловна", "Олеговна", "Юрьевна"]}
AGENTS = {
    "en": ["Kirsty", "Dev", "Morgan", "Shona", "Priya"],
    "nl": ["Yara", "Bas", "Mirjam", "Joost", "Lisanne"],
    "nb": ["Tiril", "Even", "Hanne", "Jonas", "Mathilde"],
    "ru": ["Алина", "Денис", "Марина", "Глеб", "Оксана"],
}
TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "ch", "ш": "sh", "щ": "shch",
    "ы": "y", "э": "e", "ю": "yu", "я": "ya", "ь": "", "ъ": "", "ø": "o", "å": "aa", "æ": "ae",
    " ": "", "-": "",
})
DOMAINS = {
    "en": [("proton", "me"), ("hotmail", "co.uk"), ("sky", "com"), ("virginmedia", "com"), ("aol", "co.uk")],
    "nl": [("planet", "nl"), ("home", "nl"), ("live", "nl"), ("casema", "nl"), ("upcmail", "nl")],
    "nb": [("getmail", "no"), ("broadpark", "no"), ("icloud", "com"), ("yahoo", "no"), ("lyse", "net")],
    "ru": [("inbox", "ru"), ("list", "ru"), ("ya", "ru"), ("internet", "ru"), ("ro", "ru")],
}
STREETS = {
    "en": ["Tanners Row", "Willow Crescent", "Foundry Lane", "Abbey Walk", "Lark Rise", "Canal Street", "Beacon Hill Road", "Cedar Grove"],
    "nl": ["Merelstraat", "Hoefsmidstraat", "Kastanjelaan", "Zuiderdiep", "Wilhelminakade", "Bloemgracht", "Esdoornhof", "Raadhuisplein"],
    "nb": ["Elvebakken", "Tollbugata", "Lyngveien", "Nedre Slottsgate", "Furulia", "Kongsbakken", "Myrveien", "Bryggeveien"],
    "ru": ["ул. Кирова", "ул. Тургенева", "Заречная ул.", "пер. Рябиновый", "ул. Декабристов", "пр. Победы", "ул. Полевая", "бульвар Строителей"],
}
CITIES = {
    "en": [("Exeter", "EX4 3PB"), ("Durham", "DH1 4RT"), ("Lincoln", "LN2 1HQ"), ("Swansea", "SA1 5DP"), ("Reading", "RG1 8EQ"), ("Carlisle", "CA3 8LZ"), ("Inverness", "IV2 3XS")],
    "nl": [("Assen", "9401 KL"), ("Amersfoort", "3811 HG"), ("Nijmegen", "6511 PJ"), ("Tilburg", "5038 BA"), ("Groningen", "9712 CP"), ("Deventer", "7411 JE"), ("Alkmaar", "1811 MN")],
    "nb": [("Kristiansand", "4611"), ("Stavanger", "4006"), ("Bodø", "8006"), ("Lillehammer", "2609"), ("Ålesund", "6002"), ("Molde", "6413"), ("Fredrikstad", "1606")],
    "ru": [("Ярославль", "150000"), ("Воронеж", "394036"), ("Иркутск", "664003"), ("Владимир", "600000"), ("Тула", "300041"), ("Омск", "644099"), ("Рязань", "390000")],
}
DESTS = {
    "en": ["Faro", "Prague", "Belfast", "Reykjavik", "Nice", "Krakow", "Glasgow"],
    "nl": ["Valencia", "Porto", "Wenen", "Boedapest", "Malta", "Ibiza", "Maastricht"],
    "nb": ["Palma", "Riga", "Stockholm", "Kraków", "Nice", "Tenerife", "Kirkenes"],
    "ru": ["Ереван", "Тбилиси", "Мурманск", "Владивосток", "Анапа", "Алматы", "Самарканд"],
}
SECTORS = ["insurance", "energy", "cars", "vet", "library", "luggage", "train", "housing", "admissions", "roaming", "charity", "tickets"]
COMPANY = {
    "en": {"insurance": "Harbourside Mutual", "energy": "Brightwatt Energy", "cars": "Pennine Motors", "vet": "Oakfield Vets",
           "library": "Eastgate Libraries", "luggage": "SkyLark Air baggage desk", "train": "Northern Arrow Rail", "housing": "Keystone Lettings",
           "admissions": "Admissions, University of Wessex", "roaming": "Tidal Mobile", "charity": "Hedgehog Rescue Trust", "tickets": "GigBox"},
    "nl": {"insurance": "Polderzeker", "energy": "Windkracht Energie", "cars": "Autohuis Brammer", "vet": "Dierenkliniek De Hoeve",
           "library": "Bibliotheek Rivierenland", "luggage": "Tulpair bagageservice", "train": "Lijnspoor", "housing": "Woonstede Verhuur",
           "admissions": "Studentenzaken Hogeschool Vecht", "roaming": "Belbaar Mobiel", "charity": "Stichting Zeehondenhulp", "tickets": "Kaartenbak.nl"},
    "nb": {"insurance": "Fjordtrygd", "energy": "Nordlys Kraft", "cars": "Bilhuset Vestby", "vet": "Dyreklinikken Lien",
           "library": "Bydelsbiblioteket", "luggage": "Polarfly bagasjetjeneste", "train": "Fjellbanen", "housing": "Bo Utleie AS",
           "admissions": "Opptakskontoret ved Høgskolen", "roaming": "Mobilia", "charity": "Redd Havørna", "tickets": "Billettbua"},
    "ru": {"insurance": "СтрахДом", "energy": "ЭнергоСбыт-Волга", "cars": "Автосалон Магистраль", "vet": "Ветклиника Айболит-Плюс",
           "library": "Городская библиотека №4", "luggage": "Авиакомпания СеверЭйр, розыск багажа", "train": "ЭкспрессТранс", "housing": "Аренда Квартал",
           "admissions": "Приёмная комиссия", "roaming": "Связь-Мобайл", "charity": "Фонд Лапа помощи", "tickets": "БилетТут"},
}  # fmt: skip

# ---------------------------------------------------------------------------------------
# value helpers
# ---------------------------------------------------------------------------------------


def person(rng: random.Random, lang: str, patr: bool = False) -> str:
    first, last = rng.choice(FIRST[lang]), rng.choice(LAST[lang])
    if lang == "ru":
        fem = first in RU_FEM
        if fem:
            last += "а"
        if patr:
            return rng.choice([f"{last} {first} {rng.choice(RU_PATR['f' if fem else 'm'])}", f"{first} {rng.choice(RU_PATR['f' if fem else 'm'])} {last}"])
    return f"{first} {last}"


def translit(s: str) -> str:
    return s.lower().translate(TRANSLIT)


def email_pieces(rng: random.Random, lang: str, name: str) -> tuple[list[str], str, str]:
    words = name.split()
    first, last = (words[1], words[0]) if lang == "ru" and len(words) == 3 and words[0].endswith(("в", "а", "н")) else (words[0], words[-1])
    f, la = translit(first), translit(last)
    local = rng.choice([[f, la], [f[0] + la], [la, f], [f + str(rng.randint(70, 99))], [f, la + str(rng.randint(1, 9))]])
    host, tld = rng.choice(DOMAINS[lang])
    return local, host, tld


def email(rng: random.Random, lang: str, name: str) -> str:
    local, host, tld = email_pieces(rng, lang, name)
    sep = rng.choice([".", "_", "."])
    return f"{sep.join(local)}@{host}.{tld}"


MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "nb": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
}  # fmt: skip


RU_ABBR = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."]


def ordinal(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def date_form(rng: random.Random, lang: str, d: int, m: int, y: int) -> str:
    mon = MONTHS[lang][m - 1]
    forms = {
        "en": [f"{d:02d}/{m:02d}/{y}", f"{ordinal(d)} {mon} {y}", f"{d} {mon[:3]} {y}", f"{mon} {ordinal(d)} {y}",
               f"{d}/{m}/{str(y)[2:]}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}"],
        "nl": [f"{d}-{m}-{y}", f"{d:02d}-{m:02d}-{y}", f"{d} {mon} {y}", f"{d} {mon[:3]} {y}", f"{d}/{m}/{y}",
               f"{d:02d}{m:02d}{y}", f"{d} {mon} '{str(y)[2:]}"],
        "nb": [f"{d:02d}.{m:02d}.{y}", f"{d}. {mon} {y}", f"{d}.{m}.{str(y)[2:]}", f"{d}/{m} {y}", f"{d}. {mon if len(mon) <= 4 else mon[:3] + '.'} {y}",
               f"{d:02d}{m:02d}{str(y)[2:]}", f"{y}-{m:02d}-{d:02d}"],
        "ru": [f"{d:02d}.{m:02d}.{y}", f"{d} {mon} {y} г.", f"{d} {mon} {y}", f"{d:02d}.{m:02d}.{str(y)[2:]}",
               f"{d}.{m}.{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {RU_ABBR[m - 1]} {y}"],
    }[lang]
    return rng.choice(forms)


def dob(rng: random.Random, lang: str) -> str:
    return date_form(rng, lang, rng.randint(1, 28), rng.randint(1, 12), rng.randint(1940, 2019))


def tdate(rng: random.Random, lang: str) -> str:
    return date_form(rng, lang, rng.randint(1, 28), rng.randint(1, 12), rng.choice([2026, 2027]))


def cust_no(rng: random.Random) -> str:
    d = "".join(rng.choice("0123456789") for _ in range(rng.choice([6, 7, 8, 9])))
    return rng.choice(["", "", "", "K", "C-", "KL"]) + str(rng.randint(1, 9)) + d


def order_no(rng: random.Random, clear: bool = False) -> str:
    return rng.choice(["ORD", "SO-", "ORD-"] if clear else ["ORD", "#", "SO-", "B2", "W"]) + "".join(rng.choice("0123456789") for _ in range(rng.choice([6, 7, 8])))


def tracking(rng: random.Random) -> str:
    return rng.choice(["3S", "JJD", "TT", "LX"]) + "".join(rng.choice("0123456789ABCDEFGHKLMNPRTX") for _ in range(rng.choice([10, 12, 14]))) + rng.choice(["", "NL", "GB", "NO"])


def product(rng: random.Random) -> str:
    return rng.choice(["SKU ", "ART-", "P/N ", "", "MX-"]) + "".join(rng.choice("0123456789") for _ in range(rng.choice([4, 5, 6]))) + rng.choice(["", "-B", "/XL", "-02"])


def amount(rng: random.Random, lang: str) -> str:
    v = rng.randint(4, 2400)
    c = rng.randint(0, 99)
    return rng.choice({
        "en": [f"£{v}.{c:02d}", f"£{v}", f"{v} quid", f"€{v}.{c:02d}"],
        "nl": [f"€ {v},{c:02d}", f"€{v},-", f"{v} euro", f"EUR {v},{c:02d}"],
        "nb": [f"{v} kr", f"kr {v},{c:02d}", f"{v},- kr", f"NOK {v}"],
        "ru": [f"{v} руб.", f"{v} ₽", f"{v},{c:02d} руб", f"{v} рублей"],
    }[lang])


def clock(rng: random.Random, lang: str) -> str:
    h, mi = rng.randint(5, 22), rng.choice([0, 5, 10, 15, 20, 30, 35, 40, 45, 50, 55])
    if lang == "en" and rng.random() < 0.4:
        return f"{(h - 1) % 12 + 1}:{mi:02d}{'am' if h < 12 else 'pm'}"
    return rng.choice([f"{h:02d}:{mi:02d}", f"{h}.{mi:02d}", f"{h}:{mi:02d}"])


def seat(rng: random.Random) -> str:
    return f"{rng.randint(1, 38)}{rng.choice('ABCDEF')}"


def address(rng: random.Random, lang: str) -> str:
    street = rng.choice(STREETS[lang])
    city, pc = rng.choice(CITIES[lang])
    no = rng.randint(1, 220)
    if lang == "en":
        s = rng.choice([f"{no} {street}, {city}, {pc}", f"{no} {street} {pc}", f"apartment {rng.randint(1, 40)} {no} {street} {city}",
                        f"{no}a {street}\n{city} {pc}", f"{rng.choice(['Rose', 'Ivy', 'Holly'])} Cottage, {street}, {city}"])
    elif lang == "nl":
        pcx = pc.replace(" ", "")
        s = rng.choice([f"{street} {no}, {pc} {city}", f"{street} {no}{rng.choice(['a', '-1', ' bis', ' A'])} {pcx}", f"{pcx} {no}",
                        f"{street} {no}\n{pc}  {city}", f"{street} {no} te {city}"])
    elif lang == "nb":
        s = rng.choice([f"{street} {no}, {pc} {city}", f"{street} {no} H0{rng.randint(1, 4)}0{rng.randint(1, 4)}, {pc} {city}",
                        f"{street} {no}{rng.choice(['a', 'B', ''])}\n{pc} {city}", f"{pc} {city}, {street} {no}", f"{street} {no} {city}"])
    else:
        s = rng.choice([f"г. {city}, {street}, д. {no}, кв. {rng.randint(1, 200)}", f"{pc} {city} {street} {no} кв {rng.randint(1, 200)}",
                        f"{street}, {no}/{rng.randint(1, 5)}, кв.{rng.randint(1, 200)}, {city}", f"{city}, {street} {no}, корп. {rng.randint(1, 4)}, кв. {rng.randint(1, 200)}"])
    return s.lower() if rng.random() < 0.75 else s


def nat_id(rng: random.Random, lang: str) -> str | None:
    if lang == "nl":
        v = nl_bsn(rng)
        return rng.choice([v, f"{v[:4]}.{v[4:6]}.{v[6:]}", f"{v[:3]} {v[3:6]} {v[6:]}"])
    if lang == "nb":
        v = no_fnr(rng)[0]
        return rng.choice([v, f"{v[:6]} {v[6:]}"])
    if lang == "ru":
        return rng.choice([ru_inn(rng), ru_snils(rng)])
    return None


def bank(rng: random.Random, lang: str) -> tuple[str, str]:
    if lang == "nb" and rng.random() < 0.5:
        v = no_kontonr(rng)
        return rng.choice([v, f"{v[:4]}.{v[4:6]}.{v[6:]}", f"{v[:4]} {v[4:6]} {v[6:]}"]), "BANK_ACCOUNT"
    if lang == "ru":
        return ru_account(rng), "BANK_ACCOUNT"
    v = iban(rng, {"en": "GB", "nl": "NL", "nb": "NO"}[lang])
    return (v if rng.random() < 0.7 else v.replace(" ", "")), "IBAN_CODE"


def pick_value(rng: random.Random, lang: str, kind: str) -> tuple[str, str]:
    """(value, entity type) of a kind the agent may ask for."""
    if kind == "booking":
        return booking_ref(rng), "BOOKING_REFERENCE"
    if kind == "customer":
        return cust_no(rng), "CUSTOMER_NUMBER"
    if kind == "dob":
        return dob(rng, lang), "DATE_OF_BIRTH"
    if kind == "passport":
        return passport(rng, lang), "PASSPORT"
    if kind == "phone":
        return phone(rng, lang), "PHONE_NUMBER"
    if kind == "email":
        return email(rng, lang, person(rng, lang)), "EMAIL_ADDRESS"
    if kind == "natid":
        v = nat_id(rng, lang)
        if v is None:
            return passport(rng, lang), "PASSPORT"
        return v, "NATIONAL_ID"
    if kind == "bank":
        return bank(rng, lang)
    if kind == "name":
        return person(rng, lang, patr=True), "PERSON"
    raise ValueError(kind)


KINDS = ["booking", "customer", "dob", "passport", "phone", "email", "natid", "bank", "name"]

# ---------------------------------------------------------------------------------------
# phrasings
# ---------------------------------------------------------------------------------------

ASK = {
    "en": {
        "booking": ["Could you give me the booking reference please?", "whats the ref on the booking?", "Can I take the reservation code?", "And the confirmation code on your email is...?"],
        "customer": ["What's your account number with us?", "could u send ur customer no. pls", "Do you have your membership number handy?", "I'll need the customer ID first."],
        "dob": ["And your date of birth, for security?", "can you confirm DOB?", "When were you born, please?", "Just the birthdate of the policy holder please"],
        "passport": ["What's the passport number you travelled on?", "passport no. for the file?", "Could you type the number from the photo page of your passport?"],
        "phone": ["Best number to reach you on?", "what mobile should the driver call?", "Can I get a contact number?", "Which phone number is on the account?"],
        "email": ["Which email shall I send the confirmation to?", "email address pls", "What's the email on the account?"],
        "natid": ["Could you give me the passport number instead?", "we need a passport number for ID, sorry"],
        "bank": ["Which account should the refund go to? IBAN please", "sort of need your IBAN for the payout", "What's the IBAN for the direct debit?"],
        "name": ["And the full name of the account holder?", "who's the policy in the name of?", "Full name as on the ticket pls"],
    },
    "nl": {
        "booking": ["Mag ik het reserveringsnummer?", "wat is de boekingscode?", "Heeft u de bevestigingscode bij de hand?", "Kunt u de reserveringscode even doorgeven?", "booking ref graag?"],
        "customer": ["Wat is uw relatienummer?", "klantnr graag", "Mag ik uw lidnummer?", "Wat is je klantnummer bij ons?", "je customer ID?"],
        "dob": ["Wat is uw geboortedatum?", "geboortedatum ter controle?", "Wanneer ben je geboren?", "Mag ik de geboortedatum van de verzekerde?"],
        "passport": ["Wat is het paspoortnummer?", "nummer van je paspoort graag", "Kunt u het documentnummer van uw paspoort geven?"],
        "phone": ["Op welk nummer kunnen we u bellen?", "Wat is je 06?", "Welk telefoonnummer mogen we noteren?", "mobiel nummer voor de monteur?"],
        "email": ["Naar welk mailadres mag de bevestiging?", "wat is je e-mail?", "Welk e-mailadres hoort bij het account?"],
        "natid": ["Mag ik ter verificatie uw BSN?", "wat is je burgerservicenummer?", "Kunt u uw BSN doorgeven voor de inschrijving?"],
        "bank": ["Op welk rekeningnummer wilt u het bedrag ontvangen?", "iban voor de terugbetaling?", "Wat is het IBAN voor de automatische incasso?"],
        "name": ["Op wiens naam staat het contract?", "volledige naam graag", "Wat is de naam van de hoofdhuurder?"],
    },
    "nb": {
        "booking": ["Kan jeg få bestillingsreferansen?", "hva er bookingnummeret?", "Har du referansekoden fra e-posten?", "Hvilken bestillingskode gjelder det?"],
        "customer": ["Hva er kundenummeret ditt?", "kundenr?", "Har du medlemsnummeret tilgjengelig?", "Kan du oppgi kunde-ID?", "customer number?"],
        "dob": ["Hva er fødselsdatoen din?", "fødselsdato til kontroll?", "Når er du født?", "Fødselsdatoen til forsikringstaker, takk"],
        "passport": ["Hva er passnummeret?", "passnr. takk", "Kan du skrive inn nummeret fra passet?"],
        "phone": ["Hvilket nummer kan vi nå deg på?", "mobilnr?", "Hvilket telefonnummer skal stå på saken?", "hva er tlf til sjåføren?"],
        "email": ["Hvilken e-post skal bekreftelsen sendes til?", "mailadresse?", "Hva er e-postadressen på kontoen?", "din email, please?"],
        "natid": ["Kan du oppgi fødselsnummeret (11 siffer)?", "personnummer takk", "Trenger fødselsnr for å verifisere deg"],
        "bank": ["Hvilket kontonummer skal refusjonen til?", "kontonr for utbetaling?", "Hva er kontoen vi skal trekke fra?"],
        "name": ["Hvem står som innehaver av avtalen?", "fullt navn?", "Navnet på leietaker, takk"],
    },
    "ru": {
        "booking": ["Подскажите номер бронирования?", "код брони какой?", "Назовите, пожалуйста, номер заказа билета из письма", "Какой у вас код бронирования?", "booking reference?"],
        "customer": ["Какой у вас номер клиента?", "номер лицевого счёта?", "Назовите номер читательского билета", "Ваш клиентский номер, пожалуйста"],
        "dob": ["Ваша дата рождения?", "дата рождения для проверки?", "Когда вы родились?", "Дата рождения страхователя, пожалуйста"],
        "passport": ["Номер загранпаспорта?", "серия и номер паспорта?", "Продиктуйте номер паспорта, пожалуйста"],
        "phone": ["По какому номеру с вами связаться?", "телефон для курьера?", "Какой номер телефона указать?", "Ваш мобильный?", "ваш phone number?"],
        "email": ["На какую почту отправить подтверждение?", "e-mail?", "Какой адрес электронной почты в аккаунте?"],
        "natid": ["Назовите ИНН или СНИЛС, пожалуйста", "нужен ваш снилс", "Продиктуйте ИНН для договора"],
        "bank": ["На какой счёт вернуть деньги?", "номер счёта для возврата?", "Реквизиты: номер счёта получателя?"],
        "name": ["ФИО владельца договора?", "на кого оформлен договор?", "Полное имя пассажира, пожалуйста"],
    },
}  # fmt: skip
CUE = {  # plain: the cue in the same message as the value
    "en": {"booking": "my booking ref is", "customer": "account no.", "dob": "I was born on", "passport": "passport number", "phone": "ring me on", "email": "my email is", "natid": "passport:", "bank": "my IBAN is", "name": "my name's"},
    "nl": {"booking": "mijn boekingsnummer is", "customer": "klantnummer", "dob": "ik ben geboren op", "passport": "paspoortnummer", "phone": "bel me op", "email": "mijn mail is", "natid": "BSN:", "bank": "rekeningnummer", "name": "mijn naam is"},
    "nb": {"booking": "bestillingsnummer", "customer": "kundenummer mitt er", "dob": "jeg er født", "passport": "passnummer", "phone": "ring meg på", "email": "e-posten min er", "natid": "fødselsnummer:", "bank": "kontonummer", "name": "jeg heter"},
    "ru": {"booking": "код брони", "customer": "номер клиента", "dob": "дата рождения", "passport": "паспорт", "phone": "мой телефон", "email": "почта", "natid": "ИНН/СНИЛС:", "bank": "счёт", "name": "меня зовут"},
}  # fmt: skip
WAIT = {
    "en": ["one sec", "hang on, looking for it", "2 mins, its in the other email", "brb", "let me dig it out..."],
    "nl": ["momentje", "even zoeken hoor", "ff kijken", "sec, moet mijn mail openen", "wacht even"],
    "nb": ["et øyeblikk", "vent litt", "må finne det fram", "sek", "hold on, leter"],
    "ru": ["минутку", "секунду, ищу", "щас посмотрю", "подождите, пожалуйста", "сейчас найду"],
}
BACK = {  # a question back, answered by the agent
    "en": [("the one on the letter or the app?", "Either is fine."), ("is that the same as the policy number?", "Yes, same thing."), ("sorry where do I find that", "Top right of your emails.")],
    "nl": [("die van de brief of van de app?", "Maakt niet uit."), ("is dat hetzelfde als het polisnummer?", "Ja, dat klopt."), ("waar vind ik dat?", "Rechtsboven in de mail.")],
    "nb": [("den fra brevet eller appen?", "Begge går fint."), ("er det samme som avtalenummeret?", "Ja, det er det samme."), ("hvor finner jeg det?", "Øverst i e-posten.")],
    "ru": [("тот, что в письме, или в приложении?", "Любой подойдёт."), ("это то же, что номер договора?", "Да, то же самое."), ("а где его посмотреть?", "В правом верхнем углу письма.")],
}  # fmt: skip
CHATTER = {  # wrapping an answer without a cue
    "en": ["{v}", "{v}", "ok its {v}", "um {v} i think", "{v} - hope that helps", "sure: {v}", "{v}\nthanks"],
    "nl": ["{v}", "{v}", "oké, {v}", "eh {v} volgens mij", "{v} toch?", "hier: {v}", "{v} 👍"],
    "nb": ["{v}", "{v}", "ok, {v}", "øhm {v}", "{v} tror jeg", "værsågod: {v}", "{v} 🙂"],
    "ru": ["{v}", "{v}", "так, {v}", "эээ {v}", "{v} вроде", "вот: {v}", "{v} спасибо"],
}
THANKS = {
    "en": ["Thanks, that's all sorted.", "Lovely, got that.", "Cheers, noted."],
    "nl": ["Dank u, genoteerd.", "Top, heb ik.", "Prima, dat staat erin."],
    "nb": ["Takk, notert.", "Flott, det har jeg.", "Supert, registrert."],
    "ru": ["Спасибо, записала.", "Отлично, принято.", "Благодарю, зафиксировано."],
}
GREET = {
    "en": ["Hi, {a} here from {c}. What can I do for you?", "{c} chat - you're talking to {a} 😊", "Good afternoon, my name is {a} ({c}). How can I help?"],
    "nl": ["Goedemiddag, u spreekt met {a} van {c}. Waarmee kan ik helpen?", "Hoi! {a} hier van {c} 👋", "{c}, je chat met {a}. Wat kan ik voor je doen?"],
    "nb": ["Hei, du snakker med {a} hos {c}. Hva kan jeg hjelpe med?", "{c} kundeservice, {a} her!", "God dag, {a} fra {c} her."],
    "ru": ["Здравствуйте! {c}, меня зовут {a}. Чем помочь?", "{c}, оператор {a}. Слушаю вас", "Добрый день, это {a} из {c}."],
}
BYE = {
    "en": [("agent", "Anything else I can help with?"), ("customer", "no that's it, ta")],
    "nl": [("agent", "Kan ik nog ergens anders mee helpen?"), ("customer", "nee dank je")],
    "nb": [("agent", "Noe mer jeg kan hjelpe med?"), ("customer", "nei, takk for hjelpen")],
    "ru": [("agent", "Ещё что-нибудь?"), ("customer", "нет, спасибо")],
}


def issue(rng: random.Random, lang: str, sector: str) -> list[Part]:
    """The customer's opening message for a sector, with hard negatives in it."""
    a = N(amount(rng, lang), "amount")
    t = N(clock(rng, lang), "time")
    d = N(tdate(rng, lang), "travel_date")
    o = N(order_no(rng), "order_number")
    k = N(tracking(rng), "tracking_number")
    p = N(product(rng), "product_code")
    s = N(seat(rng), "seat")
    x = N(rng.choice(DESTS[lang]), "destination")
    tmpl = {
        "en": {"insurance": ["hi, I'm claiming for a cracked windscreen from {d}, quote was {a}", "claim for my phone (model {p}), it got nicked on {d} around {t}"],
               "energy": ["my bill jumped to {a} this month??", "smart meter {p} stopped sending readings on {d}"],
               "cars": ["Hi, asking about the test drive booked for {d} at {t}", "my deposit of {a} for order {o} hasn't shown"],
               "vet": ["need to move the jab appointment on {d} at {t}", "the flea stuff ({p}) cost {a}, can I return it"],
               "library": ["I returned the books on {d} but got a fine of {a}", "can I extend the loan on item {p} past {d}"],
               "luggage": ["my bag never arrived in {x}, flight landed {t} on {d}", "suitcase missing, I was in seat {s} to {x}, tag on receipt {k}"],
               "train": ["the {t} to {x} on {d} was cancelled, I paid {a}", "I want a refund, coach C seat {s}, travelled {d}"],
               "housing": ["the boiler broke again, engineer said it's part {p}", "rent was taken twice, {a} each, on {d}"],
               "admissions": ["my application status hasn't changed since {d}", "I paid the {a} fee, receipt {o}"],
               "roaming": ["got charged {a} roaming in {x}??", "data stopped working in {x} on {d} at {t}"],
               "charity": ["I'd like to change my monthly gift to {a}", "the gift pack order {o} was never delivered, tracking {k}"],
               "tickets": ["the e-tickets for the {d} show didn't come, order {o}", "can I swap seats {s} for the {t} matinee"]},
        "nl": {"insurance": ["ik wil schade melden van {d}, offerte is {a}", "mijn fiets ({p}) is op {d} rond {t} gestolen"],
               "energy": ["mijn termijnbedrag is ineens {a}?", "de slimme meter {p} geeft sinds {d} niks door"],
               "cars": ["ik heb een proefrit op {d} om {t}", "aanbetaling van {a} voor order {o} zie ik niet terug"],
               "vet": ["ik wil de vaccinatie van {d} om {t} verzetten", "het ontwormmiddel ({p}) kostte {a}, kan ik het terugbrengen"],
               "library": ["ik heb de boeken op {d} ingeleverd maar kreeg {a} boete", "kan ik {p} verlengen tot na {d}"],
               "luggage": ["mijn koffer is niet aangekomen in {x}, landing {t} op {d}", "bagage kwijt, ik zat op stoel {s} naar {x}, tracking {k}"],
               "train": ["de trein van {t} naar {x} op {d} reed niet, ik betaalde {a}", "ik wil geld terug, stoel {s}, reisdatum {d}"],
               "housing": ["de cv is weer stuk, monteur zei onderdeel {p}", "huur is dubbel afgeschreven, 2x {a} op {d}"],
               "admissions": ["mijn aanmelding staat al sinds {d} op in behandeling", "ik heb {a} collegegeld betaald, bon {o}"],
               "roaming": ["ik kreeg {a} roamingkosten in {x}??", "mijn data werkte niet in {x} op {d} vanaf {t}"],
               "charity": ["ik wil mijn maandelijkse gift naar {a} zetten", "het bedankpakket, bestelling {o}, kwam nooit, trackingcode {k}"],
               "tickets": ["de e-tickets voor {d} zijn niet gekomen, order {o}", "kan ik stoel {s} ruilen voor de voorstelling van {t}"]},
        "nb": {"insurance": ["vil melde skade fra {d}, takst {a}", "sykkelen ({p}) ble stjålet {d} ca {t}"],
               "energy": ["regningen ble {a} denne måneden??", "målern {p} har ikke sendt data siden {d}"],
               "cars": ["har prøvekjøring {d} kl {t}", "depositumet på {a} for ordre {o} er ikke registrert"],
               "vet": ["må flytte vaksinetimen {d} kl {t}", "loppemiddelet ({p}) kostet {a}, kan jeg returnere"],
               "library": ["leverte bøkene {d} men fikk gebyr på {a}", "kan jeg forlenge lånet av {p} til etter {d}"],
               "luggage": ["kofferten kom ikke fram til {x}, landet {t} den {d}", "mangler bagasje, satt på {s} til {x}, sporing {k}"],
               "train": ["toget kl {t} til {x} {d} ble innstilt, betalte {a}", "vil ha refusjon, sete {s}, reiste {d}"],
               "housing": ["varmtvannsberederen er ødelagt igjen, del {p}", "husleia ble trukket to ganger, {a} hver, {d}"],
               "admissions": ["søknaden min har stått uendret siden {d}", "betalte semesteravgift {a}, kvittering {o}"],
               "roaming": ["fikk {a} i roaming i {x}??", "mobildata sluttet å virke i {x} {d} kl {t}"],
               "charity": ["vil endre det faste bidraget til {a}", "gavepakken, ordre {o}, kom aldri, sporingsnr {k}"],
               "tickets": ["fikk ikke e-billettene til {d}, ordre {o}", "kan jeg bytte plass {s} til forestillingen kl {t}"]},
        "ru": {"insurance": ["хочу заявить о страховом случае от {d}, ущерб {a}", "телефон ({p}) украли {d} около {t}"],
               "energy": ["почему счёт вырос до {a}?", "счётчик {p} не передаёт показания с {d}"],
               "cars": ["у меня тест-драйв {d} в {t}", "предоплата {a} по заказу {o} не отображается"],
               "vet": ["нужно перенести прививку {d} в {t}", "капли ({p}) стоили {a}, можно вернуть?"],
               "library": ["сдала книги {d}, а мне начислили штраф {a}", "можно продлить {p} до {d}?"],
               "luggage": ["чемодан не прилетел в {x}, посадка в {t} {d}", "потерялся багаж, место {s}, рейс в {x}, трек {k}"],
               "train": ["поезд в {t} до {x} {d} отменили, я платил {a}", "хочу возврат, место {s}, поездка {d}"],
               "housing": ["опять сломалась колонка, мастер сказал деталь {p}", "аренду списали дважды по {a} {d}"],
               "admissions": ["статус заявления не меняется с {d}", "оплатил сбор {a}, квитанция {o}"],
               "roaming": ["мне списали {a} за роуминг в {x}", "интернет не работал в {x} {d} с {t}"],
               "charity": ["хочу изменить ежемесячное пожертвование на {a}", "подарочный набор, заказ {o}, не пришёл, трек {k}"],
               "tickets": ["не пришли электронные билеты на {d}, заказ {o}", "можно поменять место {s} на сеанс в {t}?"]},
    }[lang][sector]  # fmt: skip


    return T(rng.choice(tmpl), a=a, t=t, d=d, o=o, k=k, p=p, s=s, x=x)


# ---------------------------------------------------------------------------------------
# blocks: each returns turns
# ---------------------------------------------------------------------------------------

Ctx = dict


def kinds_for(lang: str) -> list[str]:
    return [k for k in KINDS if not (lang == "en" and k == "natid")]


ASK2 = {"en": "Full name and date of birth please?", "nl": "Naam en geboortedatum graag?", "nb": "Navn og fødselsdato?", "ru": "ФИО и дата рождения?"}


def blk_bare(rng: random.Random, lang: str, ctx: Ctx) -> list[Turn]:
    if rng.random() < 0.15:  # two things asked at once
        name = E(person(rng, lang, patr=lang == "ru"), "PERSON", "bare_answer")
        born = E(dob(rng, lang), "DATE_OF_BIRTH", "bare_answer")
        sep = rng.choice([", ", " ", " - "])
        if rng.random() < 0.3:
            return [("agent", [ASK2[lang]]), ("customer", [name]), ("customer", [born])]
        return [("agent", [ASK2[lang]]), ("customer", [name, sep, born])]
    kind = rng.choice(kinds_for(lang))
    v, typ = pick_value(rng, lang, kind)
    if kind == "booking" and rng.random() < 0.4:
        v = v.lower()
    if kind == "email" and rng.random() < 0.2:
        v = v.upper()
    turns: list[Turn] = [("agent", [rng.choice(ASK[lang][kind])])]
    r = rng.random()
    if r < 0.3:
        turns.append(("customer", [rng.choice(WAIT[lang])]))
    elif r < 0.5:
        q, a = rng.choice(BACK[lang])
        turns += [("customer", [q]), ("agent", [a])]
    pre, _, post = rng.choice(CHATTER[lang]).partition("{v}")
    turns.append(("customer", [pre, E(v, typ, "bare_answer"), post]))
    if rng.random() < 0.5:
        turns.append(("agent", [rng.choice(THANKS[lang])]))
    return turns


NEG_ASK = {  # agent asks for something personal, customer answers with a negative
    "en": {"customer": ("What's your customer number?", ["only got the order number, {o}", "{o}", "hmm {o}? that's on the invoice"]),
           "dob": ("Date of birth please?", ["oh sorry I read that as travel date - {d}", "{d}"]),
           "dest": ("Where were you flying to?", ["{x}", "to {x}"]),
           "order": ("What's the order number?", ["{o}", "it's {o}"]),
           "seat": ("Which seat were you in?", ["{s}", "{s} I think"]), "product": ("Which item is it about?", ["{p}", "the {p}"]),
           "when": ("When would you like to travel instead?", ["{d}", "{d} if possible"]), "howmuch": ("How much did you pay?", ["{a}", "about {a}"]),
           "clock": ("What time did it happen?", ["{t}", "around {t}"]),
           "track": ("Do you have the tracking code?", ["{k}", "yes {k}"])},
    "nl": {"customer": ("Wat is uw klantnummer?", ["ik heb alleen het ordernummer: {o}", "{o}", "eh {o}? staat op de factuur"]),
           "dob": ("Geboortedatum graag?", ["oh ik dacht de reisdatum, {d}", "{d}"]),
           "dest": ("Waar ging de reis naartoe?", ["{x}", "naar {x}"]),
           "order": ("Wat is het bestelnummer?", ["{o}", "dat is {o}"]),
           "seat": ("Op welke stoel zat u?", ["{s}", "{s} geloof ik"]), "product": ("Om welk artikel gaat het?", ["{p}", "het {p}"]),
           "when": ("Wanneer wilt u reizen?", ["{d}", "{d} als dat kan"]), "howmuch": ("Hoeveel heeft u betaald?", ["{a}", "zo'n {a}"]),
           "clock": ("Hoe laat was dat?", ["{t}", "rond {t}"]),
           "track": ("Heeft u de trackingcode?", ["{k}", "ja {k}"])},
    "nb": {"customer": ("Hva er kundenummeret?", ["har bare ordrenummeret, {o}", "{o}", "hm {o}? står på fakturaen"]),
           "dob": ("Fødselsdato?", ["å, trodde du mente reisedato: {d}", "{d}"]),
           "dest": ("Hvor skulle du reise?", ["{x}", "til {x}"]),
           "order": ("Hva er ordrenummeret?", ["{o}", "det er {o}"]),
           "seat": ("Hvilket sete satt du på?", ["{s}", "{s} tror jeg"]), "product": ("Hvilken vare gjelder det?", ["{p}", "den {p}"]),
           "when": ("Når vil du reise i stedet?", ["{d}", "{d} om mulig"]), "howmuch": ("Hvor mye betalte du?", ["{a}", "ca {a}"]),
           "clock": ("Når skjedde det?", ["{t}", "rundt {t}"]),
           "track": ("Har du sporingsnummeret?", ["{k}", "ja, {k}"])},
    "ru": {"customer": ("Ваш номер клиента?", ["есть только номер заказа: {o}", "{o}", "хм, {o}? это из чека"]),
           "dob": ("Дата рождения?", ["ой, я думал дату поездки: {d}", "{d}"]),
           "dest": ("Куда вы летели?", ["{x}", "в {x}"]),
           "order": ("Номер заказа?", ["{o}", "это {o}"]),
           "seat": ("Какое у вас было место?", ["{s}", "{s} вроде"]), "product": ("О каком товаре речь?", ["{p}", "артикул {p}"]),
           "when": ("На какую дату перенести поездку?", ["{d}", "{d}, если можно"]), "howmuch": ("Сколько вы заплатили?", ["{a}", "около {a}"]),
           "clock": ("Во сколько это было?", ["{t}", "примерно в {t}"]),
           "track": ("Есть трек-номер?", ["{k}", "да, {k}"])},
}  # fmt: skip


def blk_neg(rng: random.Random, lang: str, ctx: Ctx) -> list[Turn]:


    key = rng.choice(["customer", "customer", "dob", "dob", "dest", "order", "track", "seat", "product", "when", "howmuch", "clock"])
    q, answers = NEG_ASK[lang][key]
    slots = {"o": N(order_no(rng, clear=True), "order_number"), "d": N(tdate(rng, lang), "travel_date"),
             "x": N(rng.choice(DESTS[lang]), "destination"), "k": N(tracking(rng), "tracking_number"),
             "s": N(seat(rng), "seat"), "p": N(product(rng), "product_code"), "a": N(amount(rng, lang), "amount"), "t": N(clock(rng, lang), "time")}
    turns: list[Turn] = [("agent", [q]), ("customer", T(rng.choice(answers), **slots))]
    if key in ("customer", "dob"):  # the real value follows, plain
        kind = key
        v, typ = pick_value(rng, lang, kind)
        again = {"en": "No, I mean the {w} itself.", "nl": "Nee, ik bedoel echt de {w}.", "nb": "Nei, jeg mener selve {w}.", "ru": "Нет, именно {w}."}[lang]
        word = {"customer": {"en": "customer number", "nl": "klantnummer", "nb": "kundenummeret", "ru": "номер клиента"},
                "dob": {"en": "date of birth", "nl": "geboortedatum", "nb": "fødselsdatoen", "ru": "дату рождения"}}[key][lang]
        turns += [("agent", [again.format(w=word)]), ("customer", [E(v, typ, "bare_answer")])]
    return turns


def blk_plain(rng: random.Random, lang: str, ctx: Ctx) -> list[Turn]:
    kind = rng.choice(kinds_for(lang))
    v, typ = pick_value(rng, lang, kind)
    cue = CUE[lang][kind]
    extra = rng.choice([[], [" ", {"en": "and I land at", "nl": "en ik land om", "nb": "og jeg lander kl", "ru": "прилетаю в"}[lang], " ", N(clock(rng, lang), "time")],
                        [", ", {"en": "paid", "nl": "betaald", "nb": "betalt", "ru": "оплатил"}[lang], " ", N(amount(rng, lang), "amount")]])
    if rng.random() < 0.5:
        return [("customer", [cue[0].upper() + cue[1:], " ", E(v, typ, "plain"), *extra])]
    return [("customer", [{"en": "fyi ", "nl": "ter info: ", "nb": "fyi: ", "ru": "кстати, "}[lang], cue, " ", E(v, typ, "plain"), *extra])]


LIST_ASK = {
    "en": ["Who's travelling? Names, DOBs and passport numbers please", "Please list everyone on the claim with date of birth", "Can you give me all the people on the booking?"],
    "nl": ["Wie reizen er mee? Naam, geboortedatum en paspoort graag", "Kunt u alle verzekerden noemen met geboortedatum?", "Wie staan er allemaal op de boeking?"],
    "nb": ["Hvem reiser? Navn, fødselsdato og passnummer", "Kan du liste opp alle som skal stå på avtalen med fødselsdato?", "Hvem er med på bestillingen?"],
    "ru": ["Кто едет? ФИО, даты рождения и номера паспортов", "Перечислите всех застрахованных с датами рождения", "Кто указан в бронировании?"],
}
REL = {  # relations without gender: the names are drawn at random
    "en": ["my partner", "our kid", "plus", "my other half", "the youngest", "then"],
    "nl": ["mijn partner", "ons kind", "plus", "de jongste", "en dan", "mijn schoonouder"],
    "nb": ["samboeren", "barnet vårt", "pluss", "den yngste", "så", "partneren min"],
    "ru": ["супруг(а)", "ребёнок", "плюс", "младший ребёнок", "ещё", "второй взрослый"],
}
AND = {"en": " and ", "nl": " en ", "nb": " og ", "ru": " и "}


MULTI_ASK = {
    "en": ("Which bookings is this about?", "Which accounts do you have with us?"),
    "nl": ("Om welke boekingen gaat het?", "Welke klantnummers heeft u bij ons?"),
    "nb": ("Hvilke bestillinger gjelder det?", "Hvilke kundenumre har du hos oss?"),
    "ru": ("О каких бронированиях речь?", "Какие у вас номера договоров?"),
}


def blk_multi(rng: random.Random, lang: str) -> list[Turn]:
    """Several booking codes or customer numbers in one message."""
    books = rng.random() < 0.5
    vals = [E(booking_ref(rng) if books else cust_no(rng), "BOOKING_REFERENCE" if books else "CUSTOMER_NUMBER", "list")
            for _ in range(rng.randint(2, 4))]
    style = rng.randint(0, 2)
    parts: list[Part] = []
    for i, e in enumerate(vals):
        if i:
            parts.append(AND[lang] if style == 0 and i == len(vals) - 1 else (", " if style == 0 else "\n" if style == 1 else " | "))
        parts.append(e)
    return [("agent", [MULTI_ASK[lang][0 if books else 1]]), ("customer", parts)]


def blk_list(rng: random.Random, lang: str, ctx: Ctx) -> list[Turn]:
    if rng.random() < 0.25:
        return blk_multi(rng, lang)
    n = rng.randint(2, 4)
    layout = rng.randint(0, 5)
    with_pass = rng.random() < 0.6
    rows = []
    for _ in range(n):
        row = [E(person(rng, lang, patr=rng.random() < 0.3), "PERSON", "list"), E(dob(rng, lang), "DATE_OF_BIRTH", "list")]
        if with_pass:
            row.append(E(passport(rng, lang), "PASSPORT", "list"))
        rows.append(row)
    turns: list[Turn] = [("agent", [rng.choice(LIST_ASK[lang])])]
    if rng.random() < 0.3:
        turns.append(("customer", [rng.choice(WAIT[lang])]))
    parts: list[Part] = []
    if layout == 0:  # inline with relations
        for i, row in enumerate(rows):
            if i:
                parts += [AND[lang] if i == n - 1 else ", ", rng.choice(REL[lang]), " "]
            for j, e in enumerate(row):
                parts += [" " if j == 0 else " / ", e] if j else [e]
        turns.append(("customer", parts))
    elif layout == 1:  # semicolon table with header
        head = {"en": "name;dob;passport", "nl": "naam;geb.datum;paspoort", "nb": "navn;født;pass", "ru": "ФИО;д.р.;паспорт"}[lang]
        parts = [head if with_pass else head.rsplit(";", 1)[0]]
        for row in rows:
            parts.append("\n")
            for j, e in enumerate(row):
                parts += [";", e] if j else [e]
        turns.append(("customer", parts))
    elif layout == 2:  # one traveller per message, "a)" "b)"
        for i, row in enumerate(rows):
            p: list[Part] = [f"{'abcd'[i]}) "]
            for j, e in enumerate(row):
                p += [" - ", e] if j else [e]
            turns.append(("customer", p))
    elif layout == 3:  # name line, then indented details
        for i, row in enumerate(rows):
            if i:
                parts.append("\n\n")
            parts += [row[0]]
            for e in row[1:]:
                parts += ["\n   ", e]
        turns.append(("customer", parts))
    elif layout == 4:  # "name (dob), passport" comma list
        for i, row in enumerate(rows):
            if i:
                parts.append(" + ")
            parts += [row[0], " (", row[1], ")"]
            if with_pass:
                parts += [" ", row[2]]
        turns.append(("customer", parts))
    else:  # arrows
        for i, row in enumerate(rows):
            if i:
                parts.append("\n")
            parts += [f"#{i + 1} ", row[0]]
            for e in row[1:]:
                parts += [" → ", e]
        turns.append(("customer", parts))
    turns.append(("agent", [rng.choice(THANKS[lang])]))
    if rng.random() < 0.35:  # contact list: phones / e-mails of several people
        ask = {"en": "And a phone for each of them?", "nl": "En van ieder een telefoonnummer?", "nb": "Og telefonnummer til hver?", "ru": "И телефоны каждого?"}[lang]
        p2: list[Part] = []
        for i in range(rng.randint(2, 3)):
            p2 += (["\n"] if i else []) + ["- ", E(phone(rng, lang), "PHONE_NUMBER", "list")]
        turns += [("agent", [ask]), ("customer", p2)]
    return turns


SPLIT_ASK = {
    "en": {"bank": "IBAN for the refund?", "phone": "Which number should we call?", "customer": "Your customer number?", "natid": "Passport number?"},
    "nl": {"bank": "IBAN voor de terugbetaling?", "phone": "Welk nummer kunnen we bellen?", "customer": "Uw klantnummer?", "natid": "Uw BSN graag"},
    "nb": {"bank": "Kontonummer for utbetaling?", "phone": "Hvilket nummer kan vi ringe?", "customer": "Kundenummer?", "natid": "Fødselsnummer?"},
    "ru": {"bank": "Номер счёта для возврата?", "phone": "По какому номеру позвонить?", "customer": "Номер клиента?", "natid": "ИНН или СНИЛС?"},
}
CORR = {
    "en": ["sorry, {v}", "no wait - {v}", "typo, it's {v}", "{v} (last one was wrong)"],
    "nl": ["sorry, {v}", "nee wacht: {v}", "tikfout, moet {v} zijn", "{v} bedoel ik"],
    "nb": ["sorry, {v}", "nei vent: {v}", "skrivefeil, {v}", "{v} mener jeg"],
    "ru": ["извините, {v}", "нет, стоп: {v}", "опечатка, {v}", "{v}, правильно так"],
}
SPLIT_ADDR = {"en": "Where should we send the replacement?", "nl": "Naar welk adres mag het?", "nb": "Hvor skal vi sende det?", "ru": "Куда отправить?"}


def mistype(rng: random.Random, v: str) -> str:
    idx = [i for i, c in enumerate(v) if c.isdigit()]
    i = rng.choice(idx[1:] if len(idx) > 1 else idx)
    return v[:i] + str((int(v[i]) + rng.randint(1, 9)) % 10) + v[i + 1 :]


def blk_split(rng: random.Random, lang: str, ctx: Ctx) -> list[Turn]:
    key = rng.choice(["bank", "phone", "customer", "natid", "addr", "booking"])
    if key == "booking":  # a booking code typed in two halves, the second in lower case
        v = booking_ref(rng)
        cut = rng.randint(2, 4)
        return [("agent", [rng.choice(ASK[lang]["booking"])]), ("customer", [E(v[:cut], "BOOKING_REFERENCE", "split")]),
                ("customer", [E(v[cut:].lower() if rng.random() < 0.5 else v[cut:], "BOOKING_REFERENCE", "split")])]
    if key == "addr":
        a = address(rng, lang).replace("\n", " ")
        cut = a.index(",") if "," in a else a.rfind(" ", 0, len(a) // 2 + 4)
        first, second = a[:cut].strip(), a[cut + 1 :].strip()
        return [("agent", [SPLIT_ADDR[lang]]), ("customer", [E(first, "LOCATION", "split")]), ("customer", [E(second, "LOCATION", "split")])]
    if key == "natid" and lang == "en":
        v, typ = passport(rng, lang), "PASSPORT"
    elif key == "natid":
        v, typ = pick_value(rng, lang, "natid")
    else:
        v, typ = pick_value(rng, lang, key)
    turns: list[Turn] = [("agent", [SPLIT_ASK[lang][key]])]
    if rng.random() < 0.5:  # typed in two or three pieces
        vs = v.replace(" ", "")
        k = 3 if len(vs) >= 12 and rng.random() < 0.4 else 2
        cuts = sorted(rng.sample(range(2, len(vs) - 1), k - 1))
        pieces = [vs[i:j] for i, j in zip([0, *cuts], [*cuts, len(vs)], strict=True)]
        tails = {"en": ["", " ...", " cont", ""], "nl": ["", " ...", " en dan", ""], "nb": ["", " ...", " så", ""], "ru": ["", " ...", " дальше", ""]}[lang]
        for i, pc in enumerate(pieces):
            tail = rng.choice(tails) if i < len(pieces) - 1 else rng.choice(["", " 👍", "!"])
            turns.append(("customer", [E(pc, typ, "split"), tail]))
    else:  # typed wrong, then corrected
        bad = mistype(rng, v)
        pre, _, post = rng.choice(CORR[lang]).partition("{v}")
        turns += [("customer", [E(bad, typ, "split")]), ("customer", [pre, E(v, typ, "split"), post])]
    return turns


SPELL = {
    "en": [("{l} at {h} dot {t}", " dot "), ("{l} [at] {h} [dot] {t}", " [dot] "), ("{l}(at){h}(dot){t}", "(dot)"),
           ("{l} AT {h} DOT {t}", " DOT "), ("{l} @ {h} . {t}", " . "), ("{l} at-sign {h} dot {t}", " dot ")],
    "nl": [("{l} apenstaartje {h} punt {t}", " punt "), ("{l} at {h} punt {t}", " punt "), ("{l} (apestaart) {h} . {t}", "."),
           ("{l}[at]{h}[punt]{t}", "[punt]"), ("{l} apenstaart {h} dot {t}", " punt ")],
    "nb": [("{l} krøllalfa {h} punktum {t}", " punktum "), ("{l} alfakrøll {h} prikk {t}", " prikk "), ("{l} at {h} dot {t}", " dot "),
           ("{l}(krøll){h}(prikk){t}", "(prikk)"), ("{l} @ {h} punktum {t}", " punktum ")],
    "ru": [("{l} собака {h} точка {t}", " точка "), ("{l} собачка {h} тчк {t}", " тчк "), ("{l} эт {h} дот {t}", " дот "),
           ("{l} (at) {h} (точка) {t}", " (точка) "), ("{l} @ {h} . {t}", " . ")],
}  # fmt: skip
WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "nl": ["nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "nb": ["null", "én", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni"],
    "ru": ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"],
}
ZW = ["\u200b", "\u200d", "\u2060", "\u00ad"]
LOOK = {"0": "О", "3": "З", "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х", "1": "l"}


def words_of(rng: random.Random, lang: str, v: str, mixed: bool) -> str:
    out = []
    for ch in v:
        if ch.isdigit():
            out.append(WORDS[lang][int(ch)] if not mixed or rng.random() < 0.6 else ch)
        elif ch == "+":
            out.append({"en": "plus", "nl": "plus", "nb": "pluss", "ru": "плюс"}[lang])
        elif ch.isalpha():
            out.append(ch)
    sep = rng.choice([" ", " ", ", ", "-"])
    return sep.join(out)


def blk_disguised(rng: random.Random, lang: str, ctx: Ctx) -> list[Turn]:
    mode = rng.choice(["email", "email", "email", "words", "zw", "look", "spelled"])
    if mode == "spelled":  # a booking code letter by letter
        v = booking_ref(rng)
        v = rng.choice([" ".join(v), "-".join(v), ". ".join(v), " ".join(v).lower()])
        pre, _, post = rng.choice(CHATTER[lang]).partition("{v}")
        return [("agent", [rng.choice(ASK[lang]["booking"])]), ("customer", [pre, E(v, "BOOKING_REFERENCE", "disguised"), post])]
    if mode == "email":
        local, host, tld = email_pieces(rng, lang, person(rng, lang))
        tmpl, dot = rng.choice(SPELL[lang])
        v = tmpl.format(l=dot.join(local), h=host, t=tld.replace(".", dot))
        if rng.random() < 0.15:
            v = rng.choice(ZW).join([v[: len(v) // 2], v[len(v) // 2 :]])
        turns: list[Turn] = [("agent", [rng.choice(ASK[lang]["email"])])]
        pre, _, post = rng.choice(CHATTER[lang]).partition("{v}")
        turns.append(("customer", [pre, E(v, "EMAIL_ADDRESS", "disguised"), post]))
        return turns
    kind = rng.choice(["phone", "customer", "bank", "natid"] if lang != "en" else ["phone", "customer", "bank"])
    v, typ = pick_value(rng, lang, kind)
    if mode == "words":
        if kind == "bank":
            kind, (v, typ) = "phone", pick_value(rng, lang, "phone")
        v = words_of(rng, lang, v, mixed=rng.random() < 0.5)
    elif mode == "zw":
        chars = list(v)
        for _ in range(rng.randint(1, 3)):
            chars.insert(rng.randint(1, len(chars) - 1), rng.choice(ZW))
        v = "".join(chars)
    else:
        idx = [i for i, c in enumerate(v) if c in LOOK]
        if not idx:
            v = " ".join(v.replace(" ", ""))  # one digit per space
        else:
            chars = list(v)
            for i in rng.sample(idx, min(len(idx), rng.randint(1, 2))):
                chars[i] = LOOK[chars[i]]
            v = "".join(chars)
    ask = rng.choice(ASK[lang][kind]) if kind != "natid" or lang != "en" else rng.choice(ASK[lang]["phone"])
    pre, _, post = rng.choice(CHATTER[lang]).partition("{v}")
    return [("agent", [ask]), ("customer", [pre, E(v, typ, "disguised"), post])]


ADDR_ASK = {
    "en": ["Where shall we post the new card?", "whats the delivery address?", "Where should the courier bring your bag?", "And where do you live now?"],
    "nl": ["Naar welk adres mogen we de pas sturen?", "waar moet het heen?", "Waar kan de koerier uw koffer afleveren?", "Wat is je nieuwe adres?"],
    "nb": ["Hvor skal vi sende det nye kortet?", "leveringsadresse?", "Hvor skal budet levere kofferten?", "Hvor bor du nå?"],
    "ru": ["Куда прислать новую карту?", "адрес доставки?", "Куда курьеру привезти чемодан?", "Где вы сейчас проживаете?"],
}


def blk_addr(rng: random.Random, lang: str, ctx: Ctx) -> list[Turn]:
    turns: list[Turn] = [("agent", [rng.choice(ADDR_ASK[lang])])]
    if rng.random() < 0.25:
        turns.append(("customer", [rng.choice(WAIT[lang])]))
    pre, _, post = rng.choice(CHATTER[lang][:4]).partition("{v}")
    turns.append(("customer", [pre, E(address(rng, lang), "LOCATION", "address_no_cue"), post]))
    if rng.random() < 0.3:  # a hard negative right after: delivery window
        win = {"en": "any time after", "nl": "graag na", "nb": "helst etter", "ru": "лучше после"}[lang]
        turns.append(("customer", [win, " ", N(clock(rng, lang), "time")]))
    return turns


BLOCKS: dict[str, Callable[[random.Random, str, Ctx], list[Turn]]] = {
    "bare": blk_bare, "neg": blk_neg, "plain": blk_plain, "list": blk_list,
    "split": blk_split, "disg": blk_disguised, "addr": blk_addr,
}  # fmt: skip
ROTATION = [("list", "disg"), ("split", "addr"), ("disg", "addr"), ("list", "split"), ("addr", "disg"), ("split", "disg")]


def english_inside(rng: random.Random, lang: str, turns: list[Turn]) -> list[Turn]:
    """Now and then an English side remark in a non-English chat."""
    if lang != "en" and rng.random() < 0.2:
        turns.insert(rng.randint(2, len(turns)), ("customer", [rng.choice(["sorry, my keyboard is in English", "ok thx", "wait, what?", "lol"])]))
    return turns


def conversation(rng: random.Random, lang: str, no: int) -> list[dict]:
    sector = SECTORS[no % len(SECTORS)]
    agent = rng.choice(AGENTS[lang])
    g = rng.choice(GREET[lang])
    pre, _, rest = g.partition("{a}")
    turns: list[Turn] = [("agent", [pre.format(c=COMPANY[lang][sector]), E(agent, "PERSON", "plain"), rest.format(c=COMPANY[lang][sector])]),
                         ("customer", issue(rng, lang, sector))]  # fmt: skip
    names = ["bare", "neg", *ROTATION[no % len(ROTATION)]]
    if rng.random() < 0.6:
        names.append("plain")
    if rng.random() < 0.5:
        names.append("bare")
    if rng.random() < 0.3:
        names.append(rng.choice(["disg", "addr", "split", "neg"]))
    rng.shuffle(names)
    ctx: Ctx = {}
    for name in names:
        turns += BLOCKS[name](rng, lang, ctx)
    turns = english_inside(rng, lang, turns)
    turns += [(r, [t]) for r, t in BYE[lang]]
    return conversation_records(f"sealed4-{lang}-{no + 1:03d}", lang, turns)


def build() -> list[dict]:
    rng = random.Random(SEED)
    records: list[dict] = []
    for lang in ("en", "nl", "nb", "ru"):
        for no in range(PER_LANG):
            records += conversation(rng, lang, no)
    errors = verify(records)
    if errors:
        raise SystemExit("\n".join(errors[:20]))
    return records


def main() -> None:
    records = build()
    write_jsonl(records, OUT)
    print(f"wrote {len(records)} messages to {OUT}")


if __name__ == "__main__":
    main()
