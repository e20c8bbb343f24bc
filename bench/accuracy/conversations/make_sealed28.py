# ruff: noqa: E501  (hand-written phrase tables)
"""Write sealed28.jsonl: the twenty-eighth blind set of multi-turn conversations (issue 13).

Written without reading rules/ or privacyguard/: 600 conversations, 150 per language
(en, nl, nb, ru), 25 per failure class and plain, the class order shuffled. Twenty sectors
new to the sets, its own names, streets and mail domains, many question phrasings and
answer forms. Seeded (random.Random(20261231)); the output is deterministic.

    .venv/bin/python bench/accuracy/conversations/make_sealed28.py [out.jsonl]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import phonenumbers

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_values import (  # noqa: E402
    MONTHS,
    E,
    N,
    T,
    conversation_records,
    digits,
    digits_as_words,
    iban,
    nl_bsn,
    no_fnr,
    no_kontonr,
    passport,
    ru_account,
    ru_inn,
    ru_snils,
    verify,
    with_homoglyphs,
    with_zero_width,
    write_jsonl,
)

SEED = 20261231
NAME = "sealed28"
LANGS = ("en", "nl", "nb", "ru")
CLASSES = ("bare_answer", "list", "split", "disguised", "address_no_cue", "plain")
REGION = {"en": "GB", "nl": "NL", "nb": "NO", "ru": "RU"}


def L(en: str, nl: str, nb: str, ru: str) -> dict[str, str]:
    return {"en": en, "nl": nl, "nb": nb, "ru": ru}


# ---------------------------------------------------------------------------------------
# names, streets, domains (this set's own)
# ---------------------------------------------------------------------------------------

FIRST_M = {
    "en": ["Callum", "Rhys", "Declan", "Fergus", "Rowan", "Ewan", "Bertie", "Jude", "Silas", "Tobias", "Hugo", "Angus"],
    "nl": ["Gijs", "Stijn", "Maarten", "Lars", "Olaf", "Rik", "Teun", "Jelle", "Siebe", "Hidde", "Floris", "Wessel"],
    "nb": ["Trond", "Asbjørn", "Gaute", "Eivind", "Steinar", "Audun", "Ivar", "Rune", "Halvard", "Jostein", "Arvid", "Leif"],
    "ru": ["Глеб", "Егор", "Тимофей", "Фёдор", "Роман", "Степан", "Вадим", "Кирилл", "Борис", "Григорий", "Лев", "Матвей"],
}  # fmt: skip
FIRST_F = {
    "en": ["Imogen", "Harriet", "Rosalind", "Esme", "Niamh", "Beatrix", "Maisie", "Cordelia", "Tamsin", "Philippa", "Orla", "Hattie"],
    "nl": ["Marloes", "Jikke", "Roos", "Wietske", "Ineke", "Famke", "Sietske", "Brechje", "Lonneke", "Hanneke", "Tessa", "Merel"],
    "nb": ["Gunnhild", "Live", "Torunn", "Vigdis", "Randi", "Synnøve", "Ane", "Borghild", "Tuva", "Marit", "Unni", "Sigrid"],
    "ru": ["Дарья", "Алина", "Вера", "Полина", "Зоя", "Лидия", "Варвара", "Маргарита", "Софья", "Ирина", "Нина", "Галина"],
}  # fmt: skip
LAST = {
    "en": ["Fennimore", "Ravenscroft", "Pettigrew", "Aldridge", "Greenhalgh", "Tillotson", "Blenkinsop", "Haworth", "Ormerod", "Pilkington", "Crabtree", "Lockwood"],
    "nl": ["Terpstra", "van Buuren", "Oosterhuis", "de Waard", "Zwart", "Verbeek", "Dijkhuizen", "van Rossum", "Kamphuis", "Nieuwenhuis", "Bosman", "ter Horst"],
    "nb": ["Fossum", "Rønning", "Myklebust", "Tveit", "Sæther", "Vik", "Hovland", "Skaar", "Grønli", "Lien", "Nesheim", "Rød"],
    "ru": [],
}  # fmt: skip
RU_LAST = [("Воронцов", "Воронцова"), ("Тихонов", "Тихонова"), ("Рябинин", "Рябинина"), ("Гусев", "Гусева"),
           ("Ершов", "Ершова"), ("Комаров", "Комарова"), ("Щербаков", "Щербакова"), ("Лаптев", "Лаптева"),
           ("Горшков", "Горшкова"), ("Суворин", "Суворина"), ("Мельников", "Мельникова"), ("Зуев", "Зуева")]  # fmt: skip
RU_PATR = [("Андреевич", "Андреевна"), ("Олегович", "Олеговна"), ("Юрьевич", "Юрьевна"), ("Игоревич", "Игоревна"),
           ("Викторович", "Викторовна"), ("Петрович", "Петровна")]  # fmt: skip
FAMOUS = [
    "Boris Johnson",
    "Mark Rutte",
    "Erna Solberg",
    "Владимир Путин",
    "Harry Kane",
    "Jonas Gahr Støre",
    "Max Verstappen",
]

DOMAINS = {
    "en": ["gmail.com", "outlook.com", "hotmail.co.uk", "sky.com", "talktalk.net", "proton.me"],
    "nl": ["gmail.com", "planet.nl", "home.nl", "hetnet.nl", "ziggo.nl", "live.nl"],
    "nb": ["gmail.com", "online.no", "getmail.no", "icloud.com", "broadpark.no", "hotmail.com"],
    "ru": ["mail.ru", "yandex.ru", "inbox.ru", "list.ru", "gmail.com", "ya.ru"],
}
STREETS = {
    "en": ["Foxglove Road", "Tanner's Row", "Wharf Street", "Heather Close", "Bellfield Avenue", "Quarry Lane", "Rookery Way", "Saltmarsh Drive", "Cobbler's Yard", "Larch Crescent"],
    "nl": ["Berkenhof", "Ooievaarslaan", "Vlasakker", "Kade", "Zuiderweg", "Meidoornstraat", "Spoorsingel", "Boterdiep", "Lange Nieuwstraat", "Wilgenpad"],
    "nb": ["Furulia", "Kvernveien", "Bryggegata", "Lyngveien", "Tollbodgata", "Elvebakken", "Myrveien", "Sjøgata", "Hagebyveien", "Nordre gate"],
    "ru": ["ул. Рябиновая", "ул. Заречная", "пер. Кузнечный", "ул. Островского", "пр. Строителей", "ул. Тополиная", "ул. Некрасова", "Озёрная ул.", "ул. Луговая", "ул. Фрунзе"],
}  # fmt: skip
CITIES = {
    "en": [("Harrogate", "HG1 2RS"), ("Lancaster", "LA1 4XQ"), ("Exeter", "EX4 3PB"), ("Durham", "DH1 3LE"), ("Ipswich", "IP4 1JS"), ("Stirling", "FK8 2ET")],
    "nl": [("Deventer", "7411 KT"), ("Assen", "9401 HL"), ("Gouda", "2801 JE"), ("Hoorn", "1621 CK"), ("Venlo", "5911 BV"), ("Sneek", "8601 AB")],
    "nb": [("Lillehammer", "2609"), ("Ålesund", "6002"), ("Bodø", "8006"), ("Kongsberg", "3611"), ("Molde", "6413"), ("Arendal", "4836")],
    "ru": [("Ярославль", "150000"), ("Владимир", "600000"), ("Псков", "180000"), ("Кострома", "156000"), ("Вологда", "160000"), ("Рязань", "390000")],
}  # fmt: skip
DESTS = {
    "en": ["Porto", "Valencia", "Reykjavik", "Split", "Tenerife", "Krakow"],
    "nl": ["Madeira", "Bonaire", "Praag", "Sevilla", "Wenen", "Lapland"],
    "nb": ["Mallorca", "Roma", "Tenerife", "Kreta", "Nice", "Riga"],
    "ru": ["Анапу", "Мурманск", "Ереван", "Баку", "Алматы", "Калининград"],
}  # fmt: skip

# ---------------------------------------------------------------------------------------
# sectors: twenty new ones
# ---------------------------------------------------------------------------------------

SECTORS = [
    dict(key="funeral", co=L("Hollowmere Funeral Care", "Uitvaartzorg De Treurwilg", "Stille Havn Begravelsesbyrå", "Ритуальная служба «Светлая память»"), cn=L("client reference", "dossiernummer", "kundenummer", "номер договора"), thing=L("the service for my father", "de uitvaart van mijn moeder", "begravelsen til min far", "похороны отца"), fmt=0, dom="hollowmere.co.uk"),
    dict(key="wedding", co=L("Ashgrove Barn Weddings", "Trouwlocatie Het Koetshuis", "Låven på Tunet", "Усадьба «Белый сад»"), cn=L("couple number", "klantnummer", "kundenummer", "номер клиента"), thing=L("our wedding day", "onze bruiloft", "bryllupet vårt", "нашу свадьбу"), fmt=1, dom="ashgrovebarn.co.uk"),
    dict(key="marina", co=L("Saltwick Marina", "Jachthaven De Blauwe Kom", "Skjærgården Småbåthavn", "Яхт-клуб «Северная гавань»"), cn=L("berth holder number", "ligplaatsnummer klant", "medlemsnummer", "номер владельца"), thing=L("my berth renewal", "mijn ligplaats", "båtplassen min", "стоянку для катера"), fmt=2, dom="saltwickmarina.co.uk"),
    dict(key="stable", co=L("Merrow Riding Stables", "Manege De Hoefslag", "Fjellrytter Rideskole", "Конный клуб «Аллюр»"), cn=L("rider number", "ruiternummer", "rytternummer", "номер абонемента"), thing=L("my daughter's lessons", "de rijlessen", "ridetimene", "занятия дочери"), fmt=3, dom="merrowstables.co.uk"),
    dict(key="escape", co=L("Locked In Leeds", "Escaperoom De Kluis", "Flukt Escape Room", "Квест-рум «Ключ»"), cn=L("player account number", "accountnummer", "kontonummer hos dere", "номер аккаунта"), thing=L("our group booking", "ons uitje", "teamturen vår", "игру для компании"), fmt=4, dom="lockedinleeds.co.uk"),
    dict(key="locksmith", co=L("Keystone Locksmiths", "Slotenmaker Sleutelspoed", "Nøkkelservice Nord", "Служба вскрытия замков «Мастер»"), cn=L("account number", "klantnummer", "kundenummer", "номер клиента"), thing=L("the lock change", "het vervangen van het slot", "låsbyttet", "замену замка"), fmt=0, dom="keystonelocks.co.uk"),
    dict(key="tattoo", co=L("Inkwell Tattoo Studio", "Tattooshop De Naald", "Blekk og Nål Tatovering", "Тату-салон «Чернила»"), cn=L("client card number", "klantkaartnummer", "kundekortnummer", "номер карты клиента"), thing=L("my appointment", "mijn afspraak", "timen min", "мой сеанс"), fmt=5, dom="inkwellstudio.co.uk"),
    dict(key="chimney", co=L("Sootaway Chimney Sweeps", "Schoorsteenveger Roetvrij", "Feiermester Pipe & Co", "Трубочисты «Чистый дымоход»"), cn=L("customer number", "klantnummer", "abonnementsnummer", "лицевой счёт"), thing=L("the annual sweep", "het vegen van de schoorsteen", "feiingen", "чистку дымохода"), fmt=6, dom="sootaway.co.uk"),
    dict(key="piano", co=L("Harmonia Piano Tuning", "Pianostemmer Zuivere Toon", "Klangrein Pianostemming", "Настройка фортепиано «Камертон»"), cn=L("client number", "klantnummer", "kundenummer", "номер клиента"), thing=L("tuning the upright", "het stemmen van de piano", "stemming av pianoet", "настройку пианино"), fmt=1, dom="harmoniapianos.co.uk"),
    dict(key="campsite", co=L("Bracken Hollow Campsite", "Camping De Zandloper", "Fjordkanten Camping", "Кемпинг «Лесное озеро»"), cn=L("guest number", "gastnummer", "gjestenummer", "номер гостя"), thing=L("our pitch for the summer", "onze staanplaats", "campingplassen vår", "место для палатки"), fmt=2, dom="brackenhollow.co.uk"),
    dict(key="sailing", co=L("Tidewater Sailing School", "Zeilschool De Windvaan", "Seilskolen Bris", "Парусная школа «Бейдевинд»"), cn=L("student number", "cursistnummer", "elevnummer", "номер ученика"), thing=L("the dinghy course", "de zeilcursus", "seilkurset", "курс яхтинга"), fmt=3, dom="tidewatersailing.co.uk"),
    dict(key="fishing", co=L("Riverside Angling Permits", "Visvergunningen Het Snoekje", "Fiskekort Elvedalen", "Рыболовное хозяйство «Клёвое место»"), cn=L("permit holder number", "vispasnummer", "fiskekortnummer", "номер путёвки"), thing=L("my fishing licence", "mijn vispas", "fiskekortet mitt", "лицензию на рыбалку"), fmt=4, dom="riversidepermits.co.uk"),
    dict(key="genealogy", co=L("Rootsfinder Archive", "Stamboomarchief Voorouders", "Slektsarkivet", "Генеалогический архив «Родословная»"), cn=L("reader ticket number", "lezerspasnummer", "lånenummer", "номер читательского билета"), thing=L("my research request", "mijn zoekopdracht", "forespørselen min", "запрос на поиск предков"), fmt=5, dom="rootsfinder.co.uk"),
    dict(key="translation", co=L("Clearword Translations", "Vertaalbureau Tolkwerk", "Ordbro Oversettelse", "Бюро переводов «Лингва»"), cn=L("client ID", "klantnummer", "kunde-ID", "номер заказчика"), thing=L("the certified translation", "de beëdigde vertaling", "den autoriserte oversettelsen", "нотариальный перевод"), fmt=6, dom="clearword.co.uk"),
    dict(key="print", co=L("Pressmark Print Shop", "Drukkerij De Letterbak", "Trykkeriet Sats", "Типография «Оттиск»"), cn=L("trade account number", "debiteurnummer", "kundenummer", "номер клиента"), thing=L("the invitation cards", "de geboortekaartjes", "konfirmasjonskortene", "печать приглашений"), fmt=0, dom="pressmark.co.uk"),
    dict(key="photo", co=L("Lumen Photo Studio", "Fotostudio Sluitertijd", "Lysbilde Fotostudio", "Фотостудия «Кадр»"), cn=L("client code", "klantcode", "kundekode", "код клиента"), thing=L("the family portrait", "de familiefoto", "familiefotograferingen", "семейную фотосессию"), fmt=1, dom="lumenphoto.co.uk"),
    dict(key="cowork", co=L("Deskhive Coworking", "Werkplaats Flexplek", "Kontorfellesskapet Loftet", "Коворкинг «Точка роста»"), cn=L("member number", "lidnummer", "medlemsnummer", "номер участника"), thing=L("my hot-desk membership", "mijn flexplek", "medlemskapet mitt", "абонемент на рабочее место"), fmt=2, dom="deskhive.co.uk"),
    dict(key="ortho", co=L("Straightline Orthodontics", "Orthodontiepraktijk Beugelbaas", "Tannregulering Smil", "Ортодонтия «Ровная улыбка»"), cn=L("patient number", "patiëntnummer", "pasientnummer", "номер медкарты"), thing=L("my son's braces", "de beugel van mijn dochter", "tannreguleringen til sønnen min", "брекеты сына"), fmt=3, dom="straightlineortho.co.uk"),
    dict(key="hearing", co=L("ClearTone Hearing Centre", "Hoorcentrum Goed Gehoord", "Hørselsenteret Lydklar", "Центр слуха «Аудиомед»"), cn=L("customer number", "klantnummer", "kundenummer", "номер карты пациента"), thing=L("my hearing aids", "mijn hoortoestel", "høreapparatet mitt", "слуховой аппарат"), fmt=4, dom="cleartonehearing.co.uk"),
    dict(key="drivetest", co=L("TestSlot Driving Tests", "Rijexamenbureau Groen Licht", "Oppkjøring Booking", "Автодром «Зелёный свет»"), cn=L("candidate number", "kandidaatnummer", "kandidatnummer", "номер кандидата"), thing=L("my practical test", "mijn praktijkexamen", "oppkjøringen min", "экзамен по вождению"), fmt=5, dom="testslot.co.uk"),
]  # fmt: skip
CO_DOM = {"en": "co.uk", "nl": "nl", "nb": "no", "ru": "ru"}


def cust_number(rng: random.Random, fmt: int) -> str:
    """Customer numbers: each sector writes them its own way."""
    if fmt == 0:
        return digits(rng, rng.choice([7, 8, 9]))
    if fmt == 1:
        return rng.choice("KCM") + digits(rng, 7)
    if fmt == 2:
        return f"{digits(rng, 3)} {digits(rng, 3, False)} {digits(rng, 3, False)}"
    if fmt == 3:
        return f"{digits(rng, 2)}-{digits(rng, 5, False)}"
    if fmt == 4:
        return rng.choice(["", "00"]) + digits(rng, 10)
    if fmt == 5:
        return f"{rng.choice(['AB', 'RT', 'KL', 'MN'])}{digits(rng, 6)}"
    return f"{digits(rng, 4)}.{digits(rng, 4, False)}"


# ---------------------------------------------------------------------------------------
# values
# ---------------------------------------------------------------------------------------


def luhn_card(rng: random.Random) -> str:
    body = rng.choice(["4", "51", "53", "55"]) + ""
    while len(body) < 15:
        body += rng.choice("0123456789")
    for c in "0123456789":
        d = body + c
        total = 0
        for i, ch in enumerate(reversed(d)):
            n = int(ch) * (2 if i % 2 else 1)
            total += n - 9 if n > 9 else n
        if total % 10 == 0:
            break
    s = rng.randint(0, 2)
    if s == 0:
        return " ".join(d[i : i + 4] for i in range(0, 16, 4))
    if s == 1:
        return "-".join(d[i : i + 4] for i in range(0, 16, 4))
    return d


def phone_any(rng: random.Random, lang: str, mobile: bool | None = None) -> str:
    region = REGION[lang]
    mob = rng.random() < 0.6 if mobile is None else mobile
    while True:
        if lang == "en":
            nat = (
                ("7" + rng.choice("4579") + digits(rng, 8, False))
                if mob
                else rng.choice(
                    [
                        "20" + rng.choice("378") + digits(rng, 7, False),
                        "113" + rng.choice("234") + digits(rng, 6, False),
                        "161" + rng.choice("2345") + digits(rng, 6, False),
                    ]
                )
            )
        elif lang == "nl":
            nat = (
                ("6" + digits(rng, 8, False))
                if mob
                else rng.choice(["10", "20", "30", "50", "70"])
                + rng.choice("2345")
                + digits(rng, 6, False)
            )
        elif lang == "nb":
            nat = (
                (rng.choice("49") + digits(rng, 7, False))
                if mob
                else rng.choice(["22", "55", "73", "51"]) + digits(rng, 6, False)
            )
        else:
            nat = (
                ("9" + rng.choice("0123689") + digits(rng, 8, False))
                if mob
                else rng.choice(["495", "812", "4852", "4932"]) + digits(rng, 10 - 3, False)
            )
            nat = nat[:10]
        num = phonenumbers.parse(nat, region)
        if not phonenumbers.is_valid_number(num):
            continue
        t = phonenumbers.number_type(num)
        if mob != (t == phonenumbers.PhoneNumberType.MOBILE):
            continue
        break
    s = rng.randint(0, 4)
    if s == 0:
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if s == 1:
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    nat_fmt = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    if s == 2:
        return nat_fmt
    if lang == "ru":
        return (
            "8" + nat
            if s == 3
            else "8 (" + nat[:3] + ") " + nat[3:6] + "-" + nat[6:8] + "-" + nat[8:]
        )
    if lang == "nb":
        return nat if s == 3 else f"{nat[:2]} {nat[2:4]} {nat[4:6]} {nat[6:]}"
    return "0" + nat if s == 3 else nat_fmt.replace(" ", "")


NI_PREFIX = ["JT", "KR", "NP", "PL", "RW", "SK", "TZ", "WE", "YH", "AB", "CE", "HR"]


def national_id(rng: random.Random, lang: str) -> str:
    if lang == "nl":
        v = nl_bsn(rng)
        return v if rng.random() < 0.6 else f"{v[:4]}.{v[4:6]}.{v[6:]}"
    if lang == "nb":
        v = no_fnr(rng)[0]
        return v if rng.random() < 0.6 else f"{v[:6]} {v[6:]}"
    if lang == "ru":
        return ru_inn(rng) if rng.random() < 0.5 else ru_snils(rng)
    d = digits(rng, 6, False)
    return f"{rng.choice(NI_PREFIX)} {d[:2]} {d[2:4]} {d[4:]} {rng.choice('ABCD')}"


def bank(rng: random.Random, lang: str) -> tuple[str, str]:
    if lang == "en":
        if rng.random() < 0.5:
            return iban(rng, "GB"), "IBAN_CODE"
        return (
            f"{digits(rng, 2)}-{digits(rng, 2, False)}-{digits(rng, 2, False)} {digits(rng, 8, False)}",
            "BANK_ACCOUNT",
        )
    if lang == "nl":
        v = iban(rng, "NL")
        return (v if rng.random() < 0.6 else v.replace(" ", "")), "IBAN_CODE"
    if lang == "nb":
        if rng.random() < 0.5:
            return iban(rng, "NO"), "IBAN_CODE"
        k = no_kontonr(rng)
        return (k if rng.random() < 0.5 else f"{k[:4]}.{k[4:6]}.{k[6:]}"), "BANK_ACCOUNT"
    return ru_account(rng), "BANK_ACCOUNT"


AIRLINES = [
    ("KL", "074"),
    ("BA", "125"),
    ("SK", "117"),
    ("SU", "555"),
    ("DY", "328"),
    ("HV", "979"),
    ("LH", "220"),
]


def dob_text(rng: random.Random, lang: str) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1941, 2015)
    return date_any(rng, lang, d, m, y)


def date_any(rng: random.Random, lang: str, d: int, m: int, y: int) -> str:
    s = rng.randint(0, 5)
    mon = MONTHS[lang][m - 1]
    if s == 0:
        return f"{d:02d}.{m:02d}.{y}" if lang != "en" else f"{d:02d}/{m:02d}/{y}"
    if s == 1:
        return {
            "en": f"{d} {mon} {y}",
            "nl": f"{d} {mon} {y}",
            "nb": f"{d}. {mon} {y}",
            "ru": f"{d} {mon} {y} г.",
        }[lang]
    if s == 2:
        return f"{d}.{m}.{y}" if lang != "nl" else f"{d}-{m}-{y}"
    if s == 3:
        return {
            "en": f"{mon} {d}, {y}",
            "nl": f"{d:02d}-{m:02d}-{y}",
            "nb": f"{d}/{m}-{y}",
            "ru": f"{d:02d}.{m:02d}.{str(y)[2:]}",
        }[lang]
    if s == 4:
        return f"{y}-{m:02d}-{d:02d}"
    return {
        "en": f"{d}{'st' if d in (1, 21) else 'nd' if d in (2, 22) else 'rd' if d in (3, 23) else 'th'} of {mon} {y}",
        "nl": f"{d} {mon[:3]} {y}",
        "nb": f"{d}. {mon[:3]}. {y}",
        "ru": f"{d:02d}/{m:02d}/{y}",
    }[lang]


def person(rng: random.Random, lang: str, full: bool = True) -> str:
    fem = rng.random() < 0.5
    first = rng.choice((FIRST_F if fem else FIRST_M)[lang])
    if lang == "ru":
        last = rng.choice(RU_LAST)[1 if fem else 0]
        if full and rng.random() < 0.3:
            return f"{first} {rng.choice(RU_PATR)[1 if fem else 0]} {last}"
        if rng.random() < 0.2:
            return f"{last} {first}"
    else:
        last = rng.choice(LAST[lang])
    return f"{first} {last}" if full else first


TRANS = str.maketrans({"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sch", "ы": "y", "э": "e", "ю": "yu", "я": "ya", "ь": "", "ъ": "", "ø": "o", "å": "a", "æ": "ae", "'": ""})  # fmt: skip


def email_pieces(rng: random.Random, lang: str) -> tuple[list[str], str]:
    name = person(rng, lang).split()
    f, la = name[0].lower().translate(TRANS), name[-1].lower().translate(TRANS)
    s = rng.randint(0, 4)
    local = [[f, la], [f[0], la], [f + la + str(rng.randint(2, 98))], [la, f], [f + "_" + la]][s]
    return local, rng.choice(DOMAINS[lang])


def email(rng: random.Random, lang: str) -> str:
    local, dom = email_pieces(rng, lang)
    return ".".join(local) + "@" + dom


def address(rng: random.Random, lang: str) -> str:
    street, (city, pc) = rng.choice(STREETS[lang]), rng.choice(CITIES[lang])
    no = str(rng.randint(1, 160)) + rng.choice(
        ["", "", "", "a", "b"] if lang != "ru" else ["", "", "к2"]
    )
    if lang == "en":
        forms = [
            f"{no} {street}, {city} {pc}",
            f"{no} {street} {city} {pc}",
            f"flat {rng.randint(1, 12)}, {no} {street}, {city}",
            f"{no} {street}\n{city}\n{pc}",
        ]
    elif lang == "nl":
        p = pc.replace(" ", "") if rng.random() < 0.5 else pc
        forms = [
            f"{street} {no} {p} {city}",
            f"{street} {no}, {p} {city}",
            f"{street} {no}\n{p} {city}",
            f"{street} {no} te {city}",
        ]
    elif lang == "nb":
        forms = [
            f"{street} {no}, {pc} {city}",
            f"{street} {no} {pc} {city}",
            f"{street} {no}, {city}",
            f"{street} {no}\n{pc} {city}",
        ]
    else:
        apt = rng.randint(1, 220)
        forms = [
            f"{city}, {street}, д. {no}, кв. {apt}",
            f"{street} {no}-{apt}, {city}",
            f"{pc}, г. {city}, {street}, {no}, кв {apt}",
            f"г. {city}, {street} д{no} кв{apt}",
        ]
    return rng.choice(forms)


TYPES = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CUSTOMER_NUMBER", "DATE_OF_BIRTH", "PASSPORT", "NATIONAL_ID", "LOCATION", "BOOKING_REFERENCE", "FLIGHT_NUMBER", "TICKET_NUMBER", "BANK", "CREDIT_CARD"]  # fmt: skip


def value(rng: random.Random, lang: str, typ: str, sec: dict) -> tuple[str, str]:
    """(text, entity type) of a fresh value; BANK picks IBAN_CODE or BANK_ACCOUNT."""
    if typ == "BANK":
        return bank(rng, lang)
    v = {
        "PERSON": lambda: person(rng, lang),
        "EMAIL_ADDRESS": lambda: email(rng, lang),
        "PHONE_NUMBER": lambda: phone_any(rng, lang),
        "CUSTOMER_NUMBER": lambda: cust_number(
            rng, sec["fmt"] if rng.random() < 0.7 else rng.randint(0, 6)
        ),
        "DATE_OF_BIRTH": lambda: dob_text(rng, lang),
        "PASSPORT": lambda: passport(rng, lang),
        "NATIONAL_ID": lambda: national_id(rng, lang),
        "LOCATION": lambda: address(rng, lang),
        "BOOKING_REFERENCE": lambda: (
            "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(5))
            + rng.choice("23456789")
        ),
        "FLIGHT_NUMBER": lambda: (lambda a: f"{a}{rng.choice(['', ' '])}{rng.randint(100, 2999)}")(
            rng.choice(AIRLINES)[0]
        ),
        "TICKET_NUMBER": lambda: (
            lambda p: f"{p}{rng.choice(['', '-', ' '])}{digits(rng, 10, False)}"
        )(rng.choice(AIRLINES)[1]),
        "CREDIT_CARD": lambda: luhn_card(rng),
    }[typ]()
    return v, typ


# ---------------------------------------------------------------------------------------
# phrasings
# ---------------------------------------------------------------------------------------

PRE = {
    "en": ["", "", "Thanks. ", "Lovely, thank you. ", "Okay. ", "Got that. ", "Right, ", "Perfect. ", "Brilliant. ", "Noted. ", "One more thing: ", "Next, "],
    "nl": ["", "", "Dank u. ", "Top, dank je. ", "Oké. ", "Genoteerd. ", "Prima. ", "Helder. ", "Fijn. ", "Nog één ding: ", "Dan nog: ", "Mooi. "],
    "nb": ["", "", "Takk. ", "Flott, takk. ", "Ok. ", "Notert. ", "Supert. ", "Greit. ", "Fint. ", "En ting til: ", "Så: ", "Tusen takk. "],
    "ru": ["", "", "Спасибо. ", "Отлично, спасибо. ", "Хорошо. ", "Записала. ", "Понял. ", "Принято. ", "Так, ", "Ещё один момент: ", "Далее: ", "Благодарю. "],
}  # fmt: skip

# agent questions per type; {cn} is the sector's word for its customer number
Q = {
    "PERSON": {
        "en": ["Who am I speaking with?", "Could I take your full name?", "What name is the booking under?", "And your name, please?", "Whose name should go on it?", "Can you give me the name of the account holder?", "What's the surname?"],
        "nl": ["Met wie spreek ik?", "Mag ik uw volledige naam?", "Op welke naam staat het?", "En uw naam?", "Op wiens naam moet het komen?", "Wat is de naam van de rekeninghouder?", "Wat is uw achternaam?"],
        "nb": ["Hvem snakker jeg med?", "Kan jeg få fullt navn?", "Hvilket navn står bestillingen på?", "Og navnet ditt?", "Hvem skal stå som kontaktperson?", "Hva heter kontoinnehaveren?", "Hva er etternavnet?"],
        "ru": ["Как к вам обращаться?", "Подскажите ваше ФИО?", "На кого оформлен заказ?", "Ваше имя и фамилия?", "На чьё имя оформляем?", "Как зовут владельца счёта?", "Фамилия какая?"],
    },
    "EMAIL_ADDRESS": {
        "en": ["What e-mail address shall we use?", "Where can I e-mail the confirmation?", "Could you give me your email?", "Which address should the receipt go to (email)?", "What's the best email for you?", "Can I have an e-mail for the quote?", "Email address?"],
        "nl": ["Wat is uw e-mailadres?", "Naar welk mailadres mag de bevestiging?", "Kunt u uw e-mail doorgeven?", "Op welk e-mailadres wilt u de factuur?", "Welk mailadres kunnen we gebruiken?", "Mag ik een e-mailadres voor de offerte?", "E-mail?"],
        "nb": ["Hva er e-postadressen din?", "Hvor skal vi sende bekreftelsen på e-post?", "Kan du gi meg e-posten din?", "Hvilken e-post skal kvitteringen til?", "Hvilken e-postadresse bruker du?", "Kan jeg få en e-post til tilbudet?", "E-post?"],
        "ru": ["Какой у вас e-mail?", "На какую почту отправить подтверждение?", "Продиктуйте, пожалуйста, электронную почту?", "Куда прислать чек, какой адрес почты?", "Какую почту указать?", "Можно e-mail для коммерческого предложения?", "Почта?"],
    },
    "PHONE_NUMBER": {
        "en": ["What's the best number to reach you on?", "Could I take a contact phone number?", "Which number should the driver/technician call?", "Can I get a mobile number for text reminders?", "And a phone number, in case we get cut off?", "What number are you calling from?", "Is there a landline we can use?"],
        "nl": ["Op welk nummer bent u het best bereikbaar?", "Mag ik een telefoonnummer?", "Welk nummer mag de monteur bellen?", "Heeft u een mobiel nummer voor de sms-herinnering?", "En een telefoonnummer, voor het geval de verbinding wegvalt?", "Vanaf welk nummer belt u?", "Heeft u ook een vast nummer?"],
        "nb": ["Hvilket nummer når vi deg best på?", "Kan jeg få et telefonnummer?", "Hvilket nummer skal montøren ringe?", "Har du et mobilnummer for SMS-påminnelse?", "Og et telefonnummer i tilfelle vi blir brutt?", "Hvilket nummer ringer du fra?", "Har du en fasttelefon vi kan bruke?"],
        "ru": ["По какому номеру с вами лучше связаться?", "Оставите контактный телефон?", "На какой номер позвонить мастеру?", "Есть мобильный для СМС-напоминания?", "Телефон на случай, если связь прервётся?", "С какого номера вы звоните?", "А городской номер есть?"],
    },
    "CUSTOMER_NUMBER": {
        "en": ["What's your {cn}?", "Do you have your {cn} handy?", "Could you read me the {cn} from the letter?", "Which {cn} is it under?", "What was the {cn} again?", "Can you find the {cn} on your last invoice?", "I'll need the {cn} first. What is it?"],
        "nl": ["Wat is uw {cn}?", "Heeft u uw {cn} bij de hand?", "Kunt u het {cn} van de brief voorlezen?", "Onder welk {cn} staat het?", "Wat was het {cn} ook alweer?", "Staat het {cn} op uw laatste factuur?", "Ik heb eerst het {cn} nodig. Wat is dat?"],
        "nb": ["Hva er {cn}et ditt?", "Har du {cn}et for hånden?", "Kan du lese opp {cn}et fra brevet?", "Hvilket {cn} står det på?", "Hva var {cn}et igjen?", "Finner du {cn}et på siste faktura?", "Jeg trenger {cn}et først. Hva er det?"],
        "ru": ["Какой у вас {cn}?", "{cn} под рукой?", "Продиктуйте {cn} из письма?", "На какой {cn} оформлено?", "Напомните {cn}?", "Посмотрите {cn} в последнем счёте?", "Сначала мне нужен {cn}. Подскажете?"],
    },
    "DATE_OF_BIRTH": {
        "en": ["And your date of birth?", "When were you born?", "Could you confirm the date of birth on the account?", "What's the birthday of the person concerned?", "DOB, please?", "For security, what's your date of birth?", "How old is he, or rather, what's his date of birth?"],
        "nl": ["En uw geboortedatum?", "Wanneer bent u geboren?", "Kunt u de geboortedatum bevestigen?", "Wat is de geboortedatum van de betrokkene?", "Geboortedatum graag?", "Ter controle: wat is uw geboortedatum?", "Wanneer is hij/zij geboren?"],
        "nb": ["Og fødselsdatoen din?", "Når er du født?", "Kan du bekrefte fødselsdatoen?", "Hva er fødselsdatoen til vedkommende?", "Fødselsdato?", "Av sikkerhetshensyn: hva er fødselsdatoen din?", "Når er hun/han født?"],
        "ru": ["Ваша дата рождения?", "Когда вы родились?", "Подтвердите, пожалуйста, дату рождения?", "Какая дата рождения у этого человека?", "Дата рождения?", "Для проверки: дата вашего рождения?", "А он/она какого года и числа рождения?"],
    },
    "PASSPORT": {
        "en": ["What's the passport number?", "Could you give me the document number on your passport?", "Which ID document number shall I note?", "Passport number for the guest list?", "Can you read out the number on the photo page?", "And the passport number?", "What's the number of the ID you'll bring?"],
        "nl": ["Wat is het paspoortnummer?", "Kunt u het documentnummer van uw paspoort geven?", "Welk documentnummer van uw ID-kaart mag ik noteren?", "Paspoortnummer voor de gastenlijst?", "Kunt u het nummer op de fotopagina voorlezen?", "En het paspoortnummer?", "Wat is het nummer van het identiteitsbewijs dat u meeneemt?"],
        "nb": ["Hva er passnummeret?", "Kan du gi meg dokumentnummeret i passet?", "Hvilket ID-nummer skal jeg notere?", "Passnummer til gjestelisten?", "Kan du lese opp nummeret på bildesiden?", "Og passnummeret?", "Hva er nummeret på legitimasjonen du tar med?"],
        "ru": ["Номер загранпаспорта?", "Продиктуйте номер паспорта?", "Какой номер документа записать?", "Номер паспорта для списка гостей?", "Прочитайте номер на странице с фото?", "И номер паспорта?", "Номер документа, который возьмёте с собой?"],
    },
    "NATIONAL_ID": {
        "en": ["What's your National Insurance number?", "Could you give me your NI number for the form?", "NI number, please?", "Can you confirm your National Insurance number?", "And the NI number of the applicant?", "Do you have your National Insurance number to hand?", "Which NI number should go on it?"],
        "nl": ["Wat is uw BSN?", "Kunt u uw burgerservicenummer geven?", "BSN graag?", "Kunt u het burgerservicenummer bevestigen?", "En het BSN van de aanvrager?", "Heeft u uw BSN bij de hand?", "Welk BSN moet erop?"],
        "nb": ["Hva er fødselsnummeret ditt?", "Kan du gi meg personnummeret (11 siffer)?", "Fødselsnummer?", "Kan du bekrefte fødselsnummeret?", "Og fødselsnummeret til søkeren?", "Har du fødselsnummeret for hånden?", "Hvilket fødselsnummer skal stå på?"],
        "ru": ["Ваш ИНН?", "Продиктуйте СНИЛС?", "ИНН или СНИЛС, пожалуйста?", "Подтвердите номер СНИЛС?", "А ИНН заявителя?", "СНИЛС под рукой?", "Какой ИНН указать в договоре?"],
    },
    "LOCATION": {
        "en": ["Where should we send it?", "What address shall we post the documents to?", "Where do you want us to come?", "Which address is the invoice for?", "And where should the technician go?", "Where are you based?", "Delivery address?"],
        "nl": ["Waar mogen we het naartoe sturen?", "Naar welk adres moeten de documenten?", "Waar moeten we komen?", "Op welk adres komt de factuur?", "En waar moet de monteur heen?", "Waar woont u?", "Afleveradres?"],
        "nb": ["Hvor skal vi sende det?", "Hvilken adresse skal papirene til?", "Hvor skal vi komme?", "Hvilken adresse skal fakturaen til?", "Og hvor skal montøren?", "Hvor bor du?", "Leveringsadresse?"],
        "ru": ["Куда отправить?", "На какой адрес выслать документы?", "Куда нам подъехать?", "На какой адрес выставить счёт?", "А куда ехать мастеру?", "Где вы живёте?", "Адрес доставки?"],
    },
    "BOOKING_REFERENCE": {
        "en": ["What's the booking code?", "Do you have the reference from the confirmation email?", "What was the booking reference again?", "Six characters on the confirmation: what are they?", "Could you give me the reservation code?", "Booking ref?", "Which reference did you get when you booked?"],
        "nl": ["Wat is de boekingscode?", "Heeft u de referentie uit de bevestigingsmail?", "Wat was de reserveringscode ook alweer?", "Zes tekens op de bevestiging: welke zijn dat?", "Kunt u de reserveringscode geven?", "Boekingsnummer?", "Welke code kreeg u bij het boeken?"],
        "nb": ["Hva er bookingkoden?", "Har du referansen fra bekreftelsen på e-post?", "Hva var bestillingsreferansen igjen?", "Seks tegn på bekreftelsen: hva står det?", "Kan du gi meg reservasjonskoden?", "Bookingnummer?", "Hvilken kode fikk du da du bestilte?"],
        "ru": ["Какой код бронирования?", "Есть номер брони из письма?", "Напомните код брони?", "Шесть символов в подтверждении, какие?", "Продиктуйте код резервации?", "Бронь?", "Какой код вам дали при бронировании?"],
    },
    "FLIGHT_NUMBER": {
        "en": ["Which flight are the guests arriving on?", "What's the flight number, so we can time the pick-up?", "Do you know the flight number?", "Flight number?", "Which flight is she on?", "Could you tell me the flight you're coming in on?", "What's the inbound flight?"],
        "nl": ["Met welke vlucht komen de gasten aan?", "Wat is het vluchtnummer, dan plannen we het ophalen?", "Weet u het vluchtnummer?", "Vluchtnummer?", "Met welke vlucht komt ze?", "Met welke vlucht komt u aan?", "Wat is de heenvlucht?"],
        "nb": ["Hvilket fly kommer gjestene med?", "Hva er flightnummeret, så vi kan planlegge hentingen?", "Vet du flightnummeret?", "Flightnummer?", "Hvilket fly er hun på?", "Hvilken flight kommer du med?", "Hva er utreisen?"],
        "ru": ["Каким рейсом прилетают гости?", "Номер рейса, чтобы встретить вовремя?", "Знаете номер рейса?", "Рейс?", "Каким рейсом она летит?", "Подскажите рейс, которым вы прилетаете?", "Какой рейс туда?"],
    },
    "TICKET_NUMBER": {
        "en": ["What's the e-ticket number on the receipt?", "Could you give me the 13-digit ticket number?", "Ticket number, please?", "Which e-ticket number is on the itinerary?", "Can you read out the ticket number for the claim?", "And the ticket number?", "What's the number on the e-ticket?"],
        "nl": ["Wat is het e-ticketnummer op de bon?", "Kunt u het ticketnummer van 13 cijfers geven?", "Ticketnummer graag?", "Welk e-ticketnummer staat op de reisbevestiging?", "Kunt u het ticketnummer voorlezen voor de claim?", "En het ticketnummer?", "Wat is het nummer op het e-ticket?"],
        "nb": ["Hva er e-billettnummeret på kvitteringen?", "Kan du gi meg billettnummeret på 13 siffer?", "Billettnummer?", "Hvilket e-billettnummer står på reiseruten?", "Kan du lese opp billettnummeret til kravet?", "Og billettnummeret?", "Hva er nummeret på e-billetten?"],
        "ru": ["Номер электронного билета из квитанции?", "Продиктуйте 13-значный номер билета?", "Номер билета?", "Какой номер e-ticket в маршрутной квитанции?", "Прочитайте номер билета для претензии?", "И номер билета?", "Какой номер у электронного билета?"],
    },
    "BANK": {
        "en": ["Which account should the refund go to?", "Could I take the bank details for the direct debit?", "What's the account we should pay the deposit back into?", "Bank details, please?", "Can you give me the IBAN or sort code and account number?", "Where shall we transfer it?", "Which account do you want the payments from?"],
        "nl": ["Naar welke rekening mag de terugbetaling?", "Mag ik het rekeningnummer voor de incasso?", "Op welk rekeningnummer storten we de borg terug?", "Rekeningnummer graag?", "Kunt u uw IBAN geven?", "Waar mogen we het naar overmaken?", "Van welke rekening wilt u betalen?"],
        "nb": ["Hvilken konto skal refusjonen til?", "Kan jeg få kontonummeret for avtalegiro?", "Hvilken konto skal depositumet tilbake til?", "Kontonummer?", "Kan du gi meg IBAN eller kontonummer?", "Hvor skal vi overføre det?", "Hvilken konto vil du betale fra?"],
        "ru": ["На какой счёт вернуть деньги?", "Продиктуйте реквизиты для автоплатежа?", "На какой счёт вернуть залог?", "Номер счёта?", "Номер расчётного счёта, 20 цифр?", "Куда перевести?", "С какого счёта будете платить?"],
    },
    "CREDIT_CARD": {
        "en": ["Which card would you like to pay with?", "Could you give me the long number on the card?", "Card number, please?", "What card shall we charge the deposit to?", "Can you read me the card number?", "And the card number?", "Which card is the subscription on?"],
        "nl": ["Met welke kaart wilt u betalen?", "Kunt u het lange nummer op de kaart geven?", "Kaartnummer graag?", "Op welke creditcard mogen we de aanbetaling boeken?", "Kunt u het kaartnummer voorlezen?", "En het kaartnummer?", "Op welke kaart loopt het abonnement?"],
        "nb": ["Hvilket kort vil du betale med?", "Kan du gi meg det lange nummeret på kortet?", "Kortnummer?", "Hvilket kort skal depositumet belastes?", "Kan du lese opp kortnummeret?", "Og kortnummeret?", "Hvilket kort går abonnementet på?"],
        "ru": ["Какой картой будете платить?", "Продиктуйте номер карты?", "Номер карты, пожалуйста?", "С какой карты списать предоплату?", "Прочитайте номер карты?", "И номер карты?", "К какой карте привязана подписка?"],
    },
}  # fmt: skip

# the value with its cue (class plain)
CUE = {
    "PERSON": L("my name is {v}", "mijn naam is {v}", "jeg heter {v}", "меня зовут {v}"),
    "EMAIL_ADDRESS": L(
        "my email is {v}", "mijn e-mailadres is {v}", "e-posten min er {v}", "моя почта {v}"
    ),
    "PHONE_NUMBER": L(
        "you can call me on {v}", "mijn nummer is {v}", "ring meg på {v}", "мой телефон {v}"
    ),
    "CUSTOMER_NUMBER": L(
        "my {cn} is {v}", "mijn {cn} is {v}", "{cn}et mitt er {v}", "мой {cn} {v}"
    ),
    "DATE_OF_BIRTH": L(
        "I was born on {v}", "ik ben geboren op {v}", "jeg er født {v}", "дата рождения {v}"
    ),
    "PASSPORT": L(
        "passport number {v}", "paspoortnummer {v}", "passnummer {v}", "номер паспорта {v}"
    ),
    "NATIONAL_ID": {
        "en": "my NI number is {v}",
        "nl": "mijn BSN is {v}",
        "nb": "fødselsnummeret mitt er {v}",
        "ru": "мой ИНН/СНИЛС {v}",
    },
    "LOCATION": L("I live at {v}", "ik woon op {v}", "jeg bor i {v}", "я живу по адресу {v}"),
    "BOOKING_REFERENCE": L(
        "booking code {v}", "boekingscode {v}", "bookingkode {v}", "код брони {v}"
    ),
    "FLIGHT_NUMBER": L(
        "we land on flight {v}",
        "we komen met vlucht {v}",
        "vi lander med fly {v}",
        "прилетаем рейсом {v}",
    ),
    "TICKET_NUMBER": L(
        "the e-ticket number is {v}",
        "het ticketnummer is {v}",
        "billettnummeret er {v}",
        "номер билета {v}",
    ),
    "BANK": L(
        "my bank account is {v}",
        "mijn rekeningnummer is {v}",
        "kontonummeret mitt er {v}",
        "мой счёт {v}",
    ),
    "CREDIT_CARD": L(
        "my card number is {v}", "mijn kaartnummer is {v}", "kortnummeret er {v}", "номер карты {v}"
    ),
}
CUE_LEAD = {
    "en": ["", "Sure, ", "Yes, ", "Ok so ", "Right, ", "hi again, "],
    "nl": ["", "Ja, ", "Prima, ", "Oké, ", "Goed, ", "Hoi, "],
    "nb": ["", "Ja, ", "Ok, ", "Greit, ", "Jo, ", "Hei igjen, "],
    "ru": ["", "Да, ", "Хорошо, ", "Так, ", "Конечно, ", "Добрый день, "],
}
WAIT = {
    "en": [
        "one moment, let me find it",
        "hang on, it's in my other bag",
        "sec",
        "give me a minute, looking for the letter",
        "just a moment please",
        "brb, checking",
    ],
    "nl": [
        "momentje, even zoeken",
        "wacht even, het ligt in de la",
        "sec",
        "ogenblik, ik pak de brief erbij",
        "een moment alstublieft",
        "even kijken hoor",
    ],
    "nb": [
        "et øyeblikk, jeg leter",
        "vent litt, den ligger i skuffen",
        "sek",
        "gi meg et minutt, jeg finner brevet",
        "et lite øyeblikk",
        "skal bare sjekke",
    ],
    "ru": [
        "минутку, сейчас найду",
        "подождите, документы в другой сумке",
        "сек",
        "секунду, ищу письмо",
        "одну минуточку",
        "сейчас посмотрю",
    ],
}
WAIT_ACK = {
    "en": ["No rush.", "Take your time.", "Sure, I'll wait.", "No problem."],
    "nl": ["Geen haast.", "Neem de tijd.", "Ik wacht wel.", "Geen probleem."],
    "nb": ["Ingen hast.", "Ta den tiden du trenger.", "Jeg venter.", "Null problem."],
    "ru": ["Не торопитесь.", "Конечно, жду.", "Я подожду.", "Без проблем."],
}
FOUND = {
    "en": ["found it: ", "ok here: ", "", "", "got it ", "right. "],
    "nl": ["gevonden: ", "ok hier: ", "", "", "hebbes ", "zo. "],
    "nb": ["fant den: ", "ok her: ", "", "", "her ", "sånn. "],
    "ru": ["нашла: ", "вот: ", "", "", "так, ", "ага. "],
}
TAIL = ["", "", "", ".", " 👍", " 🙂", " thanks", " !"]
TAIL_L = {"en": " thanks", "nl": " dank je", "nb": " takk", "ru": " спасибо"}

GREET = {
    "en": ["Hello, you're through to {co}, {agent} speaking. How can I help?", "Hi! {agent} here from {co}. What can I do for you today?", "Welcome to {co} chat. I'm {agent}, how can I help?", "Good afternoon, {co}, this is {agent}. What's it about?"],
    "nl": ["Goedemiddag, u spreekt met {agent} van {co}. Waarmee kan ik helpen?", "Hoi! {agent} hier van {co}. Wat kan ik voor je doen?", "Welkom bij de chat van {co}. Ik ben {agent}, waar gaat het over?", "Goedemorgen, {co}, met {agent}. Hoe kan ik u helpen?"],
    "nb": ["Hei, du chatter med {agent} i {co}. Hva kan jeg hjelpe med?", "Hallo! {agent} her fra {co}. Hva gjelder det?", "Velkommen til {co}. Jeg heter {agent}, hvordan kan jeg hjelpe?", "God dag, {co}, {agent} her. Hva kan jeg gjøre for deg?"],
    "ru": ["Здравствуйте, {co}, меня зовут {agent}. Чем могу помочь?", "Добрый день! {agent}, {co}. Что у вас случилось?", "Вас приветствует {co}, оператор {agent}. Какой у вас вопрос?", "Доброе утро, {co}, {agent} на связи. Чем помочь?"],
}  # fmt: skip
OPEN = {
    "en": [
        "Hi, I'm writing about {thing}.",
        "hello, question about {thing}",
        "Hi there, I need to sort out {thing} please",
        "hey, can you help me with {thing}?",
    ],
    "nl": [
        "Hallo, ik heb een vraag over {thing}.",
        "hoi, het gaat over {thing}",
        "Goedemiddag, ik wil graag {thing} regelen",
        "hey, kunnen jullie me helpen met {thing}?",
    ],
    "nb": [
        "Hei, jeg skriver angående {thing}.",
        "hei, gjelder {thing}",
        "Hallo, jeg må ordne {thing}",
        "hei, kan dere hjelpe meg med {thing}?",
    ],
    "ru": [
        "Здравствуйте, пишу по поводу: {thing}.",
        "добрый день, вопрос про {thing}",
        "Здравствуйте, хочу оформить {thing}",
        "привет, поможете с вопросом про {thing}?",
    ],
}
ASK_OK = {
    "en": [
        "I can help with that. First I need to find you in our system.",
        "Sure, let's get that sorted.",
        "Of course. A few details first.",
        "Happy to help.",
    ],
    "nl": [
        "Dat kan ik regelen. Eerst zoek ik u op in het systeem.",
        "Natuurlijk, dat lossen we op.",
        "Zeker. Eerst een paar gegevens.",
        "Help ik u graag mee.",
    ],
    "nb": [
        "Det kan jeg hjelpe med. Først må jeg finne deg i systemet.",
        "Selvfølgelig, vi ordner det.",
        "Klart. Noen opplysninger først.",
        "Hjelper gjerne.",
    ],
    "ru": [
        "Помогу. Сначала найду вас в системе.",
        "Конечно, сейчас решим.",
        "Хорошо, сначала пара вопросов.",
        "С удовольствием помогу.",
    ],
}
CLOSE = {
    "en": [
        ("Is there anything else I can help with?", "no that's all, thanks 🙂"),
        ("All done. Anything else today?", "nope, cheers"),
        ("That's updated. Anything else?", "no thank you!"),
    ],
    "nl": [
        ("Kan ik u nog ergens anders mee helpen?", "nee dat was het, bedankt 🙂"),
        ("Alles is geregeld. Verder nog iets?", "nee hoor"),
        ("Aangepast. Nog iets anders?", "nee dank je!"),
    ],
    "nb": [
        ("Er det noe mer jeg kan hjelpe med?", "nei, det var alt, takk 🙂"),
        ("Alt er ordnet. Noe annet?", "nei takk"),
        ("Oppdatert. Noe mer?", "nei, tusen takk!"),
    ],
    "ru": [
        ("Могу ещё чем-то помочь?", "нет, это всё, спасибо 🙂"),
        ("Всё готово. Что-нибудь ещё?", "нет, спасибо"),
        ("Обновила данные. Ещё вопросы?", "нет, благодарю!"),
    ],
}
BYE = L(
    "Thanks for chatting with us. Have a good day!",
    "Bedankt voor het chatten, fijne dag!",
    "Takk for praten, ha en fin dag!",
    "Спасибо за обращение, хорошего дня!",
)

# list questions and connectors
LISTQ = {
    "en": ["Could you give me the {f} of everyone?", "Please list all the people involved, with {f}.", "Who's in the group? I need {f} for each.", "Can you send {f} for all of them?", "{f} for each person, please?", "Could you list them: {f}?"],
    "nl": ["Kunt u van iedereen {f} geven?", "Wilt u alle betrokkenen opsommen, met {f}?", "Wie zijn er allemaal bij? Ik heb per persoon {f} nodig.", "Kunt u van allemaal {f} sturen?", "Per persoon {f} graag?", "Zet ze maar onder elkaar: {f}?"],
    "nb": ["Kan du gi meg {f} for alle?", "List gjerne opp alle det gjelder, med {f}.", "Hvem er med? Jeg trenger {f} for hver.", "Kan du sende {f} for alle sammen?", "{f} for hver person?", "Kan du liste dem opp: {f}?"],
    "ru": ["Продиктуйте {f} всех участников?", "Перечислите, пожалуйста, всех, указав {f}.", "Кто в группе? Нужны {f} каждого.", "Пришлите {f} по каждому?", "{f} каждого, пожалуйста?", "Перечислите списком: {f}?"],
}  # fmt: skip
FIELD = {
    "PERSON": L("names", "namen", "navn", "ФИО"),
    "DATE_OF_BIRTH": L("dates of birth", "geboortedata", "fødselsdatoer", "даты рождения"),
    "PASSPORT": L("passport numbers", "paspoortnummers", "passnumre", "номера паспортов"),
    "NATIONAL_ID": L("NI numbers", "BSN's", "fødselsnumre", "ИНН или СНИЛС"),
    "PHONE_NUMBER": L("phone numbers", "telefoonnummers", "telefonnumre", "телефоны"),
    "EMAIL_ADDRESS": L("e-mail addresses", "e-mailadressen", "e-postadresser", "адреса почты"),
    "CUSTOMER_NUMBER": L("customer numbers", "klantnummers", "kundenumre", "номера клиента"),
    "TICKET_NUMBER": L("e-ticket numbers", "ticketnummers", "billettnumre", "номера билетов"),
    "CREDIT_CARD": L("card numbers", "kaartnummers", "kortnumre", "номера карт"),
}
AND = {"en": " and ", "nl": " en ", "nb": " og ", "ru": " и "}
REL = {
    "en": ["my wife ", "our son ", "my husband ", "our daughter ", "my mum ", "", ""],
    "nl": ["mijn vrouw ", "onze zoon ", "mijn man ", "onze dochter ", "mijn moeder ", "", ""],
    "nb": ["kona mi ", "sønnen vår ", "mannen min ", "datteren vår ", "mamma ", "", ""],
    "ru": ["жена ", "сын ", "муж ", "дочь ", "мама ", "", ""],
}

# disguised e-mail words per language: (at words, dot words)
AT = {
    "en": ["at", "(at)", "AT", "at sign"],
    "nl": ["apenstaart", "apestaartje", "at", "apenstaartje"],
    "nb": ["krøllalfa", "alfakrøll", "snabel-a", "krøll-alfa"],
    "ru": ["собака", "собачка", "эт", "собака"],
}
DOT = {
    "en": ["dot", "(dot)", "DOT", "dot"],
    "nl": ["punt", "punt", "puntje", "dot"],
    "nb": ["prikk", "punktum", "prikk", "dot"],
    "ru": ["точка", "точка", "тчк", "dot"],
}
DOM_SPOKEN = {"ru": {"mail.ru": "мейл", "yandex.ru": "яндекс"}}

SPLIT_ON = {
    "en": ["wait it sent too early", "sorry hit enter", "oops", "…", "the rest:", "and"],
    "nl": ["sorry, te vroeg verstuurd", "oeps", "rest:", "…", "en dan", "sorry enter"],
    "nb": ["sorry, trykket send", "oi", "resten:", "…", "og så", "ups"],
    "ru": ["ой, отправилось", "извините", "дальше:", "…", "и ещё", "продолжаю:"],
}
FIX = {
    "en": [
        "sorry, typo, it's {v}",
        "correction: {v}",
        "no wait {v}",
        "{v}* sorry",
        "that's wrong, should be {v}",
    ],
    "nl": [
        "sorry, typfout: {v}",
        "correctie: {v}",
        "nee wacht, {v}",
        "{v}* sorry",
        "klopt niet, moet {v} zijn",
    ],
    "nb": [
        "sorry, skrivefeil: {v}",
        "rettelse: {v}",
        "nei vent, {v}",
        "{v}* sorry",
        "feil, skal være {v}",
    ],
    "ru": [
        "ой, опечатка: {v}",
        "исправляю: {v}",
        "нет, стоп, {v}",
        "{v}* извините",
        "неверно, правильно {v}",
    ],
}

# ---------------------------------------------------------------------------------------
# hard negatives
# ---------------------------------------------------------------------------------------


def neg_turns(
    rng: random.Random, lang: str, sec: dict, co: dict, kind: str
) -> list[tuple[str, list]]:
    """A short exchange around one hard negative of ``kind``."""
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2026, 2027])
    date = date_any(rng, lang, d, m, y)
    hh, mm = rng.randint(8, 19), rng.choice([0, 15, 30, 45])
    time = (
        f"{hh}:{mm:02d}"
        if lang != "en" or rng.random() < 0.5
        else f"{hh - 12 if hh > 12 else hh}.{mm:02d}{'pm' if hh >= 12 else 'am'}"
    )
    amt = {
        "en": f"£{rng.randint(20, 2400)}.{rng.choice(['00', '50', '95'])}",
        "nl": f"€ {rng.randint(20, 2400)},{rng.choice(['00', '50', '95'])}",
        "nb": f"{rng.randint(200, 24000)} kr",
        "ru": f"{rng.randint(1, 90) * 500} руб.",
    }[lang]
    A, C = "agent", "customer"
    tbl = {
        "company_phone": [
            (
                A,
                T(
                    L(
                        "You can also ring us on {x}.",
                        "U kunt ons ook bellen op {x}.",
                        "Du kan også ringe oss på {x}.",
                        "Также можно позвонить нам по номеру {x}.",
                    )[lang],
                    x=N(co["phone"], kind),
                ),
            )
        ],
        "company_email": [
            (
                A,
                T(
                    L(
                        "Documents can go to {x}.",
                        "Documenten kunt u mailen naar {x}.",
                        "Dokumenter kan sendes til {x}.",
                        "Документы присылайте на {x}.",
                    )[lang],
                    x=N(co["email"], kind),
                ),
            )
        ],
        "company_address": [
            (
                A,
                T(
                    L(
                        "Or drop by our office at {x}.",
                        "Of kom langs op ons kantoor, {x}.",
                        "Eller stikk innom oss i {x}.",
                        "Или приходите к нам: {x}.",
                    )[lang],
                    x=N(co["address"], kind),
                ),
            )
        ],
        "company_account": [
            (
                A,
                T(
                    L(
                        "The deposit can be paid to our account {x}.",
                        "De aanbetaling kan naar onze rekening {x}.",
                        "Depositumet betales til vår konto {x}.",
                        "Предоплату можно перевести на наш счёт {x}.",
                    )[lang],
                    x=N(co["account"], kind),
                ),
            )
        ],
        "company_id": [
            (
                A,
                T(
                    L(
                        "For your records, our company number is {x}.",
                        "Voor uw administratie: ons KvK-nummer is {x}.",
                        "Til info: organisasjonsnummeret vårt er {x}.",
                        "Для бухгалтерии: наш ИНН {x}.",
                    )[lang],
                    x=N(co["id"], kind),
                ),
            )
        ],
        "order_number": [
            (
                C,
                T(
                    L(
                        "I also have order {x} open",
                        "ik heb ook nog bestelling {x} openstaan",
                        "jeg har også ordre {x} åpen",
                        "у меня ещё заказ {x} открыт",
                    )[lang],
                    x=N(
                        f"{rng.choice(['', '#', 'ORD-', 'WO-'])}{digits(rng, rng.choice([6, 7, 8]))}",
                        kind,
                    ),
                ),
            )
        ],
        "case_number": [
            (
                A,
                T(
                    L(
                        "I've opened case {x} for this.",
                        "Ik heb hiervoor zaak {x} aangemaakt.",
                        "Jeg har opprettet sak {x} på dette.",
                        "Я создала обращение {x}.",
                    )[lang],
                    x=N(f"{rng.choice(['CS-', 'SR', 'TKT-', '#'])}{digits(rng, 6)}", kind),
                ),
            )
        ],
        "invoice_number": [
            (
                C,
                T(
                    L(
                        "it's about invoice {x}",
                        "het gaat om factuur {x}",
                        "det gjelder faktura {x}",
                        "это по счёту {x}",
                    )[lang],
                    x=N(
                        f"{rng.choice(['INV-', 'F', '20' + str(y)[2:] + '-'])}{digits(rng, 5)}",
                        kind,
                    ),
                ),
            )
        ],
        "travel_date": [
            (
                A,
                T(
                    L(
                        "When are the guests travelling?",
                        "Wanneer reizen de gasten?",
                        "Når reiser gjestene?",
                        "Когда гости выезжают?",
                    )[lang]
                ),
            ),
            (C, [N(date, kind)]),
        ],
        "appointment_date": [
            (
                A,
                T(
                    L(
                        "I can offer {x} at {t}. Does that suit?",
                        "Ik kan {x} om {t} aanbieden. Past dat?",
                        "Jeg kan tilby {x} kl. {t}. Passer det?",
                        "Могу предложить {x} в {t}. Подходит?",
                    )[lang],
                    x=N(date, kind),
                    t=N(time, "time"),
                ),
            ),
            (
                C,
                T(
                    L("yes {x} works", "ja {x} is goed", "ja, {x} passer", "да, {x} подходит")[
                        lang
                    ],
                    x=N(date, kind),
                ),
            ),
        ],
        "destination": [
            (
                A,
                T(
                    L(
                        "Where are they flying in from?",
                        "Waar vliegen ze vandaan?",
                        "Hvor flyr de fra?",
                        "Откуда они летят?",
                    )[lang]
                ),
            ),
            (C, [N(rng.choice(DESTS[lang]), kind)]),
        ],
        "branch": [
            (
                A,
                T(
                    L(
                        "Our {x} branch handles that.",
                        "Onze vestiging in {x} regelt dat.",
                        "Avdelingen vår i {x} tar seg av det.",
                        "Этим занимается наш филиал в городе {x}.",
                    )[lang],
                    x=N(rng.choice(CITIES[lang])[0], kind),
                ),
            )
        ],
        "amount": [
            (
                A,
                T(
                    L(
                        "The total comes to {x}.",
                        "Het totaal is {x}.",
                        "Totalt blir det {x}.",
                        "Итого {x}",
                    )[lang],
                    x=N(amt, kind),
                ),
            )
        ],
        "time": [
            (
                C,
                T(
                    L(
                        "can someone call me after {x}?",
                        "kan iemand me na {x} bellen?",
                        "kan noen ringe meg etter {x}?",
                        "можно перезвонить после {x}?",
                    )[lang],
                    x=N(time, kind),
                ),
            )
        ],
        "quantity": [
            (
                C,
                T(
                    L(
                        "we'll be {x} people",
                        "we zijn met {x} personen",
                        "vi blir {x} personer",
                        "нас будет {x} человек",
                    )[lang],
                    x=N(str(rng.randint(3, 140)), kind),
                ),
            )
        ],
        "product_code": [
            (
                A,
                T(
                    L(
                        "That's package {x} on our price list.",
                        "Dat is pakket {x} in onze prijslijst.",
                        "Det er pakke {x} i prislisten.",
                        "Это пакет {x} в прайсе.",
                    )[lang],
                    x=N(
                        f"{rng.choice(['PK-', 'ART ', 'SKU'])}{digits(rng, 4)}{rng.choice(['', 'B', '-L'])}",
                        kind,
                    ),
                ),
            )
        ],
        "room_number": [
            (
                A,
                T(
                    L(
                        "Please come to room {x} on the first floor.",
                        "Meld u in ruimte {x} op de eerste verdieping.",
                        "Kom til rom {x} i første etasje.",
                        "Подходите в кабинет {x} на втором этаже.",
                    )[lang],
                    x=N(f"{rng.randint(1, 4)}{rng.randint(0, 2)}{rng.randint(1, 9)}", kind),
                ),
            )
        ],
        "voucher_code": [
            (
                C,
                T(
                    L(
                        "I have a voucher, {x}",
                        "ik heb een kortingscode: {x}",
                        "jeg har en rabattkode: {x}",
                        "у меня промокод {x}",
                    )[lang],
                    x=N(
                        rng.choice(["SPRING", "WELKOM", "SOMMER", "ZIMA"])
                        + str(rng.randint(10, 30)),
                        kind,
                    ),
                ),
            )
        ],
    }
    return tbl[kind]


NEG_KINDS = ["company_phone", "company_email", "company_address", "company_account", "company_id", "order_number", "case_number",
             "invoice_number", "travel_date", "appointment_date", "destination", "branch", "amount", "time", "quantity",
             "product_code", "room_number", "voucher_code"]  # fmt: skip


# ---------------------------------------------------------------------------------------
# the failure classes
# ---------------------------------------------------------------------------------------


def question(rng: random.Random, lang: str, typ: str, sec: dict) -> str:
    return prefixed(rng, lang, rng.choice(Q[typ][lang]).replace("{cn}", sec["cn"][lang]))


def prefixed(rng: random.Random, lang: str, q: str) -> str:
    pre = rng.choice(PRE[lang])
    if q[0].isupper() and pre.endswith(", "):
        q = (
            q[0].lower() + q[1:]
            if not q.startswith(("I ", "NI", "BSN", "ИНН", "СНИЛС", "DOB", "ФИО"))
            else q
        )
    return pre + q


LOWERABLE = {
    "PERSON",
    "EMAIL_ADDRESS",
    "LOCATION",
    "BOOKING_REFERENCE",
    "PASSPORT",
    "FLIGHT_NUMBER",
}


def bare(
    rng: random.Random, lang: str, typ: str, sec: dict, cls: str = "bare_answer"
) -> list[tuple[str, list]]:
    """Agent asks; customer answers with the value alone, maybe after waiting or a question back."""
    v, t = value(rng, lang, typ, sec)
    if t in LOWERABLE and rng.random() < 0.45:
        v = v.lower()
    turns = [("agent", [question(rng, lang, typ, sec)])]
    r = rng.random()
    if r < 0.3:
        turns.append(("customer", [rng.choice(WAIT[lang])]))
        if rng.random() < 0.6:
            turns.append(("agent", [rng.choice(WAIT_ACK[lang])]))
    elif r < 0.42:
        back = L(
            "the one on the letter or on the card?",
            "die op de brief of op de pas?",
            "den på brevet eller på kortet?",
            "тот, что в письме, или на карте?",
        )[lang]
        turns += [
            ("customer", [back]),
            (
                "agent",
                [L("Either is fine.", "Maakt niet uit.", "Samme det.", "Любой подойдёт.")[lang]],
            ),
        ]
    elif r < 0.55:  # the answer comes several turns later, after a question of the customer's own
        side = L(
            "before I look it up: how much is it in total?",
            "voordat ik het opzoek: wat kost het in totaal?",
            "før jeg finner det: hva koster det totalt?",
            "пока ищу: сколько всего будет стоить?",
        )[lang]
        price = {
            "en": f"£{rng.randint(40, 900)}",
            "nl": f"€ {rng.randint(40, 900)}",
            "nb": f"{rng.randint(400, 9000)} kr",
            "ru": f"{rng.randint(2, 90) * 1000} ₽",
        }[lang]
        ans = L(
            "It comes to {x} in total.",
            "In totaal {x}.",
            "Totalt {x}.",
            "Всего {x}.",
        )[lang]
        turns += [("customer", [side]), ("agent", T(ans, x=N(price, "amount")))]
        turns.append(("customer", [rng.choice(WAIT[lang])]))
    lead = (
        rng.choice(FOUND[lang])
        if len(turns) > 1
        else rng.choice(["", "", "", rng.choice(FOUND[lang])])
    )
    tail = rng.choice(TAIL)
    if tail == " thanks":
        tail = TAIL_L[lang]
    turns.append(("customer", [lead, E(v, t, cls), tail] if lead or tail else [E(v, t, cls)]))
    return turns


def misanswer(rng: random.Random, lang: str, sec: dict, cls: str) -> list[tuple[str, list]]:
    """A hard negative given where personal data was asked, then the real value."""
    which = rng.choice([0, 0, 1, 2])
    if which == 0:  # an order/invoice number for a customer-number question
        kind = rng.choice(["order_number", "invoice_number"])
        pre = {
            "order_number": ["", "#", "ORD", "ORD-"],
            "invoice_number": ["INV", "INV-", "F", "2026/"],
        }[kind]
        neg = f"{rng.choice(pre)}{digits(rng, rng.choice([6, 7, 8]))}"
        typ = "CUSTOMER_NUMBER"
        fix = L(
            "That looks like the {k} number. I need the {cn}.",
            "Dat lijkt het {k}nummer. Ik heb het {cn} nodig.",
            "Det ser ut som {k}nummeret. Jeg trenger {cn}et.",
            "Похоже, это номер {k}. Мне нужен {cn}.",
        )[lang]
        kw = {
            "order_number": L("order", "bestel", "ordre", "заказа"),
            "invoice_number": L("invoice", "factuur", "faktura", "счёта"),
        }[kind][lang]
        fix = fix.replace("{k}", kw).replace("{cn}", sec["cn"][lang])
    elif which == 1:  # a travel or appointment date for a birth-date question
        kind = "travel_date"
        neg = date_any(rng, lang, rng.randint(1, 28), rng.randint(1, 12), rng.choice([2026, 2027]))
        typ = "DATE_OF_BIRTH"
        fix = L(
            "Sorry, I meant the date of birth, not the date of the booking.",
            "Sorry, ik bedoel de geboortedatum, niet de datum van de afspraak.",
            "Beklager, jeg mente fødselsdatoen, ikke datoen for bestillingen.",
            "Извините, мне нужна дата рождения, а не дата записи.",
        )[lang]
    else:  # a product code for a booking-reference question
        kind = "product_code"
        neg = f"{rng.choice(['PK', 'ART', 'SKU'])}-{digits(rng, 4)}"
        typ = "BOOKING_REFERENCE"
        fix = L(
            "That's the package code; the booking code has six characters.",
            "Dat is de pakketcode; de boekingscode heeft zes tekens.",
            "Det er pakkekoden; bookingkoden har seks tegn.",
            "Это код пакета; код брони из шести символов.",
        )[lang]
    v, t = value(rng, lang, typ, sec)
    return [
        ("agent", [question(rng, lang, typ, sec)]),
        ("customer", [N(neg, kind)]),
        ("agent", [fix]),
        (
            "customer",
            [
                rng.choice(["", "ah ", "oh ", "ok "])
                if lang != "ru"
                else rng.choice(["", "а, ", "ой, "]),
                E(v, t, cls),
            ],
        ),
    ]


def plain(rng: random.Random, lang: str, typ: str, sec: dict) -> list[tuple[str, list]]:
    v, t = value(rng, lang, typ, sec)
    cue = CUE[typ][lang].replace("{cn}", sec["cn"][lang])
    lead = rng.choice(CUE_LEAD[lang])
    if lead:
        cue = cue[0].lower() + cue[1:] if not cue.startswith(("I ", "NI")) else cue
    else:
        cue = cue[0].upper() + cue[1:]
    turns = []
    if rng.random() < 0.6:
        turns.append(("agent", [question(rng, lang, typ, sec)]))
    turns.append(
        ("customer", [lead, *T(cue, v=E(v, t, "plain")), rng.choice(["", ".", "", " 🙂"])])
    )
    return turns


def lst(rng: random.Random, lang: str, sec: dict) -> list[tuple[str, list]]:
    n = rng.choice([2, 2, 3, 3, 4])
    shape = rng.choice([("PERSON", "DATE_OF_BIRTH", "PASSPORT"), ("PERSON", "DATE_OF_BIRTH"), ("PERSON", "NATIONAL_ID"),
                        ("PERSON", "PHONE_NUMBER"), ("PERSON", "EMAIL_ADDRESS"), ("CUSTOMER_NUMBER",), ("PERSON", "CUSTOMER_NUMBER"),
                        ("PERSON", "DATE_OF_BIRTH", "NATIONAL_ID"), ("PERSON", "TICKET_NUMBER"), ("CREDIT_CARD",)])  # fmt: skip
    layout = rng.randint(0, 3)
    sep_in = {0: ", ", 1: " - ", 2: ", ", 3: " "}[layout]
    parts: list = []
    for i in range(n):
        item: list = []
        rel = rng.choice(REL[lang]) if i and "PERSON" in shape else ""
        for k, typ in enumerate(shape):
            v, t = value(rng, lang, typ, sec)
            if typ == "PERSON" and rng.random() < 0.3:
                v = v.lower()
            if typ == "PERSON" and i and rng.random() < 0.3:
                v = v.split()[0]
            if k:
                item.append(sep_in if layout != 3 else rng.choice([" ", ", "]))
            item.append(E(v, t, "list"))
        if layout == 1:
            parts += [f"{i + 1}. ", *item] + (["\n"] if i < n - 1 else [])
        elif layout == 2:
            parts += [rel, *item] + (["; "] if i < n - 1 else [])
        else:
            if i:
                parts.append(AND[lang] if i == n - 1 else ", ")
            parts += [rel, *item]
    fields = [FIELD[t][lang] for t in shape]
    fl = fields[0] if len(fields) == 1 else ", ".join(fields[:-1]) + AND[lang] + fields[-1]
    q = rng.choice(LISTQ[lang]).replace("{f}", fl)
    turns = [("agent", [prefixed(rng, lang, q[0].upper() + q[1:])])]
    if rng.random() < 0.3:
        turns.append(("customer", [rng.choice(WAIT[lang])]))
    if rng.random() < 0.5:
        parts = [L("here you go:\n", "alsjeblieft:\n", "vær så god:\n", "вот:\n")[lang], *parts]
    turns.append(("customer", parts))
    return turns


def cut_points(rng: random.Random, v: str, k: int) -> list[str]:
    """Cut ``v`` into k non-empty stripped pieces at random places (in words or at spaces)."""
    while True:
        cuts = sorted(rng.sample(range(2, len(v) - 1), k - 1))
        pieces = [v[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(v)], strict=True)]
        if all(pieces):
            return pieces


def split(rng: random.Random, lang: str, sec: dict) -> list[tuple[str, list]]:
    typ = rng.choice(["BANK", "BANK", "PHONE_NUMBER", "CUSTOMER_NUMBER", "CUSTOMER_NUMBER", "CREDIT_CARD", "NATIONAL_ID",
                      "PASSPORT", "EMAIL_ADDRESS", "BOOKING_REFERENCE", "TICKET_NUMBER", "LOCATION"])  # fmt: skip
    v, t = value(rng, lang, typ, sec)
    turns = [("agent", [question(rng, lang, typ, sec)])]
    mode = rng.random()
    if mode < 0.3 and any(c.isdigit() for c in v):  # typed, then corrected
        idx = [i for i, c in enumerate(v) if c.isdigit()]
        i = rng.choice(idx)
        wrong = v[:i] + str((int(v[i]) + rng.randint(1, 9)) % 10) + v[i + 1 :]
        first, second = (wrong, v) if rng.random() < 0.7 else (v, wrong)
        turns.append(("customer", [E(first, t, "split")]))
        if rng.random() < 0.4:
            turns.append(
                (
                    "agent",
                    [
                        L(
                            "Thanks, checking…",
                            "Dank u, ik kijk even…",
                            "Takk, sjekker…",
                            "Спасибо, проверяю…",
                        )[lang]
                    ],
                )
            )
        turns.append(("customer", T(rng.choice(FIX[lang]), v=E(second, t, "split"))))
        return turns
    k = 3 if len(v) >= 12 and rng.random() < 0.4 else 2
    pieces = cut_points(rng, v, k)
    for j, p in enumerate(pieces):
        if j == 0:
            turns.append(
                (
                    "customer",
                    [rng.choice(["", "", "it's " if lang == "en" else ""]), E(p, t, "split")],
                )
            )
        else:
            if rng.random() < 0.25:
                turns.append(
                    ("agent", [L("Go on.", "Ga door.", "Fortsett.", "Продолжайте.")[lang]])
                )
            lead = rng.choice(SPLIT_ON[lang] + ["", "", ""])
            tail = rng.choice(["", "", " sorry", " 😅"]) if j == len(pieces) - 1 else ""
            turns.append(("customer", [lead + " " if lead else "", E(p, t, "split"), tail]))
    return turns


def spell_email(rng: random.Random, lang: str) -> str:
    local, dom = email_pieces(rng, lang)
    at, dot = rng.choice(AT[lang]), rng.choice(DOT[lang])
    s = rng.randint(0, 3)
    if s == 0:
        loc = f" {dot} ".join(local)
        host = f" {dot} ".join(dom.split("."))
    elif s == 1:
        loc = ".".join(local)
        host = f" {dot} ".join(dom.split("."))
    elif s == 3:
        loc, host = ".".join(local), dom
    else:
        loc = f" {dot} ".join(local)
        host = (
            DOM_SPOKEN.get(lang, {}).get(dom, dom.split(".")[0]) + f" {dot} " + dom.split(".", 1)[1]
        )
    return f"{loc} {at} {host}"


def disguise_number(rng: random.Random, lang: str, v: str) -> str:
    m = rng.randint(0, 3)
    if m == 0:
        return digits_as_words(rng, lang, v)
    if m == 1:
        w = digits_as_words(rng, lang, v, mixed=True)
        return w if not w.replace(" ", "").isalnum() or " " in w else v
    if m == 2:
        return with_zero_width(rng, v, rng.randint(1, 3))
    h = with_homoglyphs(rng, v, rng.randint(1, 3))
    return h if h != v else with_zero_width(rng, v, 2)


def disguised(rng: random.Random, lang: str, sec: dict) -> list[tuple[str, list]]:
    typ = rng.choice(["EMAIL_ADDRESS", "EMAIL_ADDRESS", "EMAIL_ADDRESS", "CUSTOMER_NUMBER", "CUSTOMER_NUMBER", "PHONE_NUMBER",
                      "BANK", "CREDIT_CARD", "NATIONAL_ID", "PASSPORT", "TICKET_NUMBER"])  # fmt: skip
    if typ == "EMAIL_ADDRESS":
        v, t = spell_email(rng, lang), typ
    else:
        v, t = value(rng, lang, typ, sec)
        v = disguise_number(rng, lang, v)
    turns = [("agent", [question(rng, lang, typ, sec)])]
    if rng.random() < 0.25:
        turns += [("customer", [rng.choice(WAIT[lang])]), ("agent", [rng.choice(WAIT_ACK[lang])])]
    if rng.random() < 0.5:
        turns.append(("customer", [E(v, t, "disguised")]))
    else:
        lead = {
            "en": ["it's ", "ok: ", ""],
            "nl": ["het is ", "oké: ", ""],
            "nb": ["det er ", "ok: ", ""],
            "ru": ["это ", "так: ", ""],
        }[lang]
        turns.append(
            (
                "customer",
                [
                    rng.choice(lead),
                    E(v, t, "disguised"),
                    rng.choice(["", " (no spam pls)" if lang == "en" else "", " 😊"]),
                ],
            )
        )
    return turns


def addr(rng: random.Random, lang: str, sec: dict) -> list[tuple[str, list]]:
    v = address(rng, lang)
    if rng.random() < 0.75:
        v = v.lower()
    turns = [("agent", [question(rng, lang, "LOCATION", sec)])]
    if rng.random() < 0.2:
        turns += [
            (
                "customer",
                [
                    L(
                        "the new one or the old one?",
                        "het nieuwe of het oude adres?",
                        "den nye eller den gamle?",
                        "новый или старый?",
                    )[lang]
                ],
            ),
            (
                "agent",
                [
                    L(
                        "The one you want the post at.",
                        "Waar u de post wilt ontvangen.",
                        "Der du vil ha posten.",
                        "Куда хотите получать почту.",
                    )[lang]
                ],
            ),
        ]
    if rng.random() < 0.3 and "\n" not in v:
        a, b = cut_points(rng, v, 2) if len(v) > 14 else (v, "")
        if b:
            turns += [
                ("customer", [E(a, "LOCATION", "address_no_cue")]),
                ("customer", [E(b, "LOCATION", "address_no_cue")]),
            ]
            return turns
    turns.append(
        (
            "customer",
            [
                E(v, "LOCATION", "address_no_cue"),
                rng.choice(["", "", " pls", " 🙏"])
                if lang == "en"
                else rng.choice(["", "", " 🙏"]),
            ],
        )
    )
    return turns


# ---------------------------------------------------------------------------------------
# conversations
# ---------------------------------------------------------------------------------------


def plan(lang: str) -> list[str]:
    """The class of each of the language's 150 conversations (shuffled, 25 each)."""
    p = [c for c in CLASSES for _ in range(25)]
    random.Random(f"{SEED}-{lang}").shuffle(p)
    return p


def company(rng: random.Random, lang: str, sec: dict) -> dict:
    street, (city, pc) = rng.choice(STREETS[lang]), rng.choice(CITIES[lang])
    if lang == "en":
        ad, acc = f"Unit {rng.randint(1, 9)}, {street}, {city} {pc}", iban(rng, "GB")
        cid = digits(rng, 8, False)
    elif lang == "nl":
        ad, acc, cid = (
            f"{street} {rng.randint(1, 99)}, {pc} {city}",
            iban(rng, "NL"),
            digits(rng, 8),
        )
    elif lang == "nb":
        ad, acc, cid = (
            f"{street} {rng.randint(1, 99)}, {pc} {city}",
            iban(rng, "NO"),
            f"9{digits(rng, 2, False)} {digits(rng, 3, False)} {digits(rng, 3, False)}",
        )
    else:
        from stdnum.ru import inn

        while True:
            cid = digits(rng, 10)
            if inn.is_valid(cid):
                break
        ad, acc = (
            f"г. {city}, {street}, д. {rng.randint(1, 99)}",
            "40702810" + digits(rng, 12, False),
        )
    dom = sec["dom"] if lang == "en" else sec["dom"].replace(".co.uk", "." + CO_DOM[lang])
    mail = (
        rng.choice(["info", "contact", "hello", "post", "zakaz" if lang == "ru" else "service"])
        + "@"
        + dom
    )
    return {
        "phone": phone_any(rng, lang, mobile=False),
        "email": mail,
        "address": ad,
        "account": acc,
        "id": cid,
    }


def conversation(
    rng: random.Random, lang: str, cls: str, sec: dict, co: dict, k: int
) -> list[tuple[str, list]]:
    agent = person(rng, lang, full=False)
    turns: list = [("agent", T(rng.choice(GREET[lang]), co=N(sec["co"][lang], "company_name"), agent=E(agent, "PERSON", "plain"))),
                   ("customer", [rng.choice(OPEN[lang]).replace("{thing}", sec["thing"][lang])]),
                   ("agent", [rng.choice(ASK_OK[lang])])]  # fmt: skip
    blocks: list = []
    n_main = rng.choice([2, 2, 3]) if cls != "plain" else rng.choice([3, 4])
    for j in range(n_main):
        if cls == "bare_answer":
            if j == 0 and rng.random() < 0.6:
                blocks.append(misanswer(rng, lang, sec, cls))
            else:
                blocks.append(
                    bare(rng, lang, TYPES[(k * 3 + j * 5 + rng.randint(0, 2)) % len(TYPES)], sec)
                )
        elif cls == "list":
            blocks.append(
                lst(rng, lang, sec)
                if j == 0
                else bare(
                    rng,
                    lang,
                    rng.choice(["PHONE_NUMBER", "EMAIL_ADDRESS", "BANK"]),
                    sec,
                    "bare_answer",
                )
            )
        elif cls == "split":
            blocks.append(
                split(rng, lang, sec) if j < 2 else bare(rng, lang, rng.choice(TYPES), sec)
            )
        elif cls == "disguised":
            blocks.append(disguised(rng, lang, sec))
        elif cls == "address_no_cue":
            blocks.append(
                addr(rng, lang, sec)
                if j == 0
                else plain(
                    rng, lang, rng.choice(["PERSON", "PHONE_NUMBER", "CUSTOMER_NUMBER"]), sec
                )
            )
        else:
            typ = TYPES[(k * 4 + j) % len(TYPES)]
            blocks.append(plain(rng, lang, typ, sec))
    kinds = rng.sample(NEG_KINDS, rng.choice([2, 3, 3, 4]))
    for kind in kinds:
        blocks.insert(rng.randint(0, len(blocks)), neg_turns(rng, lang, sec, co, kind))
    for b in blocks:
        turns += b
    q, a = rng.choice(CLOSE[lang])
    turns += [("agent", [q]), ("customer", [a])]
    if rng.random() < 0.5:
        turns.append(("agent", [BYE[lang]]))
    while len(turns) > 25:  # drop a negative exchange from the middle if it got long
        for i in range(len(turns) - 3, 3, -1):
            if not any(isinstance(p, E) for p in turns[i][1]) and not any(
                isinstance(p, E) for p in turns[i - 1][1]
            ):
                del turns[i]
                break
        else:
            break
    return turns


def build() -> list[dict]:
    rng = random.Random(SEED)
    companies = {lang: [company(rng, lang, s) for s in SECTORS] for lang in LANGS}
    records: list[dict] = []
    for lang in LANGS:
        for k, cls in enumerate(plan(lang), 1):
            si = (k - 1) % len(SECTORS)
            sec, co = SECTORS[si], companies[lang][si]
            turns = conversation(rng, lang, cls, sec, co, k)
            records += conversation_records(f"{NAME}-{lang}-{k:03d}", lang, turns)
    errs = verify(records)
    if errs:
        raise SystemExit("\n".join(errs[:20]))
    return records


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / f"{NAME}.jsonl"
    write_jsonl(build(), out)


if __name__ == "__main__":
    main()
