# ruff: noqa: E501, RUF001  (hand-written phrase, name and street tables; Cyrillic text)
"""Write ``sealed18.jsonl``: the eighteenth sealed multi-turn set (seed 20261221).

Written blind by helper W16 from the Format section of the README, ENTITIES.md and issue 13,
without reading the rules, the detector or the other sets. Its own names, streets, businesses,
sectors and phrasings; the checksum and assembly helpers come from ``make_values``.

Design: every conversation is built from *blocks* (greeting, opening, the main-class block,
hard-negative blocks, an optional second easier value, filler, closing), shuffled within fixed
slots, so that a value's question and its answer are separated by a varying number of turns.
"""

from __future__ import annotations

import random
import statistics
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import phonenumbers  # noqa: E402
from make_values import (  # noqa: E402
    CLASSES,
    LANGS,
    MONTHS,
    NUMBER_WORDS,
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
    ru_account,
    ru_inn,
    ru_snils,
    with_homoglyphs,
    with_zero_width,
)
from make_values import verify as _verify_spans  # noqa: E402
from make_values import write_jsonl as _write  # noqa: E402
from stdnum import luhn  # noqa: E402
from stdnum.be import nn as be_nn  # noqa: E402
from stdnum.no import orgnr  # noqa: E402

SEED = 20261221
PER_CLASS = 25  # main-class conversations per class and language
OUT = Path(__file__).resolve().parent / "sealed18.jsonl"

# ---------------------------------------------------------------------------------------
# own tables: names, streets, towns (none shared with make_values)
# ---------------------------------------------------------------------------------------

FIRST = {
    "en": ["Rowena", "Callum", "Bethan", "Declan", "Imogen", "Fergus", "Tamsin", "Ewan", "Harriet",
           "Rhys", "Orla", "Barnaby", "Niamh", "Crispin", "Lowri", "Ambrose", "Philippa", "Gareth"],
    "nl": ["Marloes", "Gijs", "Roos", "Teun", "Hanneke", "Stijn", "Jolien", "Maarten", "Wietske",
           "Floris", "Geertje", "Reinier", "Mirjam", "Olaf", "Tessel", "Hidde", "Willemijn", "Bart"],
    "nb": ["Eldbjørg", "Trygve", "Gunnhild", "Asbjørn", "Synnøve", "Ivar", "Borghild", "Lars Erik",
           "Randi", "Geir", "Ingvild", "Halvard", "Tuva", "Snorre", "Vilde", "Arnfinn", "Liv", "Audun"],
    "ru": ["Всеволод", "Людмила", "Григорий", "Варвара", "Тимофей", "Зинаида", "Яков", "Алёна",
           "Фёдор", "Полина", "Кирилл", "Вероника", "Степан", "Лариса", "Глеб", "Дарья", "Роман", "Нина"],
}  # fmt: skip
LAST = {
    "en": ["Pennington", "Oakes", "Trevelyan", "Mabry", "Goodall", "Prosser", "Quayle", "Ellery",
           "Tolley", "Cresswell", "Ainsworth", "Dunmore", "Lightfoot", "Varley"],
    "nl": ["Verhoeven", "Postma", "van den Heuvel", "Schouten", "de Groot", "Wijnands", "Koster",
           "ten Brink", "Veenstra", "Dekker", "van Rijn", "Huisman", "Zwart", "Bosman"],
    "nb": ["Rønning", "Sæther", "Fossum", "Tangen", "Kvalheim", "Engen", "Lie", "Sandvik",
           "Grønli", "Ødegård", "Myklebust", "Vik", "Eide", "Hovland"],
    "ru": ["Громов", "Тихонов", "Ершов", "Комаров", "Дроздов", "Щукин", "Баранов", "Крылов",
           "Гусев", "Медведев", "Суханов", "Ларионов", "Ефимов", "Носков"],
}  # fmt: skip
RU_F = {"Людмила", "Варвара", "Зинаида", "Алёна", "Полина", "Вероника", "Лариса", "Дарья", "Нина"}

# street forms and towns with their real postcode shapes (invented combinations)
STREETS = {
    "en": ["Foxglove Rise", "Tannery Lane", "Chapel Walk", "Wharf Street", "Hazel Grove", "Lime Kiln Road",
           "Beacon Crescent", "Nightingale Close", "Ropewalk", "Sycamore Drive"],
    "nl": ["Lijsterbesstraat", "Vlasakker", "Oude Gracht", "Brinkweg", "Zwanenveld", "Hoefsmidstraat",
           "Kastanjeplein", "Dijkgraaflaan", "Polderweg", "Wilgenhof"],
    "nb": ["Tyttebærstien", "Elvebakken", "Sjøbodveien", "Nyveien", "Rypeveien", "Gamle Kongevei",
           "Furuholtet", "Kaiveien", "Bekkefaret", "Myrvollveien"],
    "ru": ["ул. Строителей", "ул. Рябиновая", "пер. Почтовый", "ул. Заречная", "пр. Победы",
           "ул. Кирова", "ул. Осенняя", "Школьный пер.", "ул. Луговая", "бул. Энтузиастов"],
}  # fmt: skip
TOWNS = {
    "en": [("Truro", "TR1 2PQ"), ("Kendal", "LA9 4DL"), ("Hexham", "NE46 1AB"), ("Ludlow", "SY8 1RT"),
           ("Frome", "BA11 3EE"), ("Ely", "CB7 4DJ"), ("Whitby", "YO21 3HQ"), ("Oban", "PA34 4LW")],
    "nl": [("Assen", "9401 GH"), ("Gouda", "2801 KM"), ("Deventer", "7411 PJ"), ("Hoorn", "1621 CW"),
           ("Tiel", "4001 BN"), ("Sneek", "8601 ED"), ("Venlo", "5911 AT"), ("Middelburg", "4331 LX")],
    "nb": [("Lillehammer", "2609"), ("Molde", "6413"), ("Bodø", "8006"), ("Arendal", "4836"),
           ("Gjøvik", "2815"), ("Harstad", "9405"), ("Kongsberg", "3611"), ("Ålesund", "6002")],
    "ru": [("Вологда", "160000"), ("Калуга", "248000"), ("Рязань", "390000"), ("Киров", "610000"),
           ("Псков", "180000"), ("Иваново", "153000"), ("Курск", "305000"), ("Омск", "644000")],
}  # fmt: skip
RURAL = {
    "en": ["Lower Hayes Farm", "Bryn Teg", "The Old Forge", "Stonecroft Cottage"],
    "nl": ["Buitenweg", "Achterdijk", "Veldhoek", "Kampweg"],
    "nb": ["Nordre Haugland gård", "Øvre Tveit", "Bakkestølen", "Sørli småbruk"],
    "ru": ["д. Берёзовка", "с. Никольское", "пос. Лесной", "д. Горки"],
}
ABROAD = {
    "en": ["14 Ashgrove Park, Ballincollig, Co. Cork P31 KX20", "Rue des Tanneurs 22, 1000 Bruxelles"],
    "nl": ["Kapelstraat 31, 2018 Antwerpen", "Hauptstraße 7, 47533 Kleve"],
    "nb": ["Västra Hamngatan 12, 411 17 Göteborg", "Nørregade 5, 1165 København K"],
    "ru": ["ул. Сурганова 41-12, Минск 220013", "Ağaoğlu Sk. 3, Antalya 07100"],
}

# the businesses' own details (hard negatives)
BUSINESS_STREETS = {"en": "Unit 4, Riverside Park, Bicester OX26 4UR", "nl": "Industrieweg 18, 3846 BD Harderwijk",
                    "nb": "Verkstedveien 3, 1537 Moss", "ru": "ул. Промышленная, 9, Липецк, 398000"}

# ---------------------------------------------------------------------------------------
# sectors: (business name pattern, customer opening) per language
# ---------------------------------------------------------------------------------------

SECTORS = [
    "dental", "gym", "energy", "home_claim", "bikeshare", "outpatient", "school", "immigration",
    "wedding", "marketplace", "crypto", "language", "charter", "homecare", "library", "lottery",
]
BIZ = {
    "dental": {"en": "Brightsmile Dental", "nl": "Tandartspraktijk De Molenhoek", "nb": "Tannlegesenteret Nord", "ru": "Стоматология «Жемчуг»"},
    "gym": {"en": "PulseFit", "nl": "SportCity Oost", "nb": "Treningshuset", "ru": "Фитнес-клуб «Атлет»"},
    "energy": {"en": "Meadow Energy", "nl": "Windkracht Energie", "nb": "Fjordkraftverket Strøm", "ru": "ЭнергоСбыт Центр"},
    "home_claim": {"en": "Hearthguard Home Insurance", "nl": "Woonzeker Verzekeringen", "nb": "Trygt Hjem Forsikring", "ru": "СК «Надёжный дом»"},
    "bikeshare": {"en": "CycleHop", "nl": "FietsFlits", "nb": "Bysykkel Pluss", "ru": "ВелоГород"},
    "outpatient": {"en": "St Aldhelm's outpatients", "nl": "poli Gelre Zuid", "nb": "poliklinikken ved Innlandet sykehus", "ru": "консультативная поликлиника №3"},
    "school": {"en": "Hollybrook Primary", "nl": "basisschool De Regenboog", "nb": "Haugen skole", "ru": "гимназия №12"},
    "immigration": {"en": "Carrow & Finch Immigration", "nl": "Advocatenkantoor Verhoeven & Postma", "nb": "Advokatfirmaet Sæther", "ru": "Миграционный центр «Право»"},
    "wedding": {"en": "Ashcombe Barn weddings", "nl": "Landgoed Zonnehoeve", "nb": "Sjøhuset Selskapslokaler", "ru": "Загородный клуб «Усадьба»"},
    "marketplace": {"en": "Swapsy", "nl": "Tweedehandsje", "nb": "Bruktbua", "ru": "Барахолка.ру"},
    "crypto": {"en": "Northcoin", "nl": "Bitkluis", "nb": "Kryptobørsen", "ru": "КриптоОбмен"},
    "language": {"en": "Lingua House", "nl": "Taalschool Babbel & Co", "nb": "Norskkurs Oslo", "ru": "Школа языков «Полиглот»"},
    "charter": {"en": "Solent Sail Charters", "nl": "Zeilvloot Friesland", "nb": "Lofoten Båtutleie", "ru": "Яхт-клуб «Бриз»"},
    "homecare": {"en": "Kindly Homecare", "nl": "Thuiszorg Samen", "nb": "Hjemmetjenesten Vest", "ru": "Патронажная служба «Забота»"},
    "library": {"en": "Westshire Libraries", "nl": "Bibliotheek Rivierenland", "nb": "Deichman-filialen", "ru": "Городская библиотека им. Гайдара"},
    "lottery": {"en": "People's Prize Draw", "nl": "Vriendenloterij Noord", "nb": "Grasrotlotteriet", "ru": "Лотерея «Удача»"},
}
# businesses named after a family: the whole name is a hard negative
FAMILY_BIZ = {"en": "Pennington & Sons Removals", "nl": "Schouten Tweewielers", "nb": "Brødrene Fossum AS", "ru": "ИП Громов и партнёры"}

OPEN = {
    "en": {"dental": "hi, I need to move my check-up", "gym": "I want to freeze my membership for two months",
           "energy": "my last bill for gas and electricity looks way too high", "home_claim": "I'd like to report water damage in the kitchen",
           "bikeshare": "the app charged me twice for one ride", "outpatient": "I got a letter about a clinic appointment but can't make it",
           "school": "we'd like to register our daughter for september", "immigration": "I'm calling about my spouse visa application",
           "wedding": "we booked the barn for next summer and want to change the date", "marketplace": "the jacket I bought doesn't fit, can I return it",
           "crypto": "my account is locked pending verification", "language": "I'd like to sign up for the evening Spanish course",
           "charter": "we want to charter a yacht for a week", "homecare": "my mother needs more visits per week",
           "library": "I have a fine on my card I don't understand", "lottery": "I think I won something but got no email"},
    "nl": {"dental": "hoi, ik wil mijn controle verzetten", "gym": "ik wil mijn abonnement twee maanden stopzetten",
           "energy": "mijn jaarafrekening gas en stroom klopt niet", "home_claim": "ik wil waterschade in de badkamer melden",
           "bikeshare": "de app heeft twee keer afgeschreven voor één rit", "outpatient": "ik kan niet naar mijn afspraak op de poli",
           "school": "we willen onze zoon aanmelden voor groep 1", "immigration": "het gaat over de verblijfsvergunning van mijn partner",
           "wedding": "we hebben de zaal geboekt en willen de datum wijzigen", "marketplace": "het pakket is beschadigd aangekomen, ik wil retour",
           "crypto": "mijn account is geblokkeerd tot de verificatie", "language": "ik wil me inschrijven voor de cursus Italiaans",
           "charter": "we willen een zeilboot huren voor een week", "homecare": "mijn vader heeft meer zorg nodig",
           "library": "ik heb een boete die ik niet snap", "lottery": "ik heb volgens mij een prijs gewonnen"},
    "nb": {"dental": "hei, jeg må flytte timen min", "gym": "jeg vil fryse medlemskapet i to måneder",
           "energy": "strømregningen for januar er altfor høy", "home_claim": "jeg vil melde en vannlekkasje på badet",
           "bikeshare": "appen trakk meg to ganger for én tur", "outpatient": "jeg har fått innkalling til poliklinikken men kan ikke komme",
           "school": "vi vil melde på datteren vår til skolestart", "immigration": "det gjelder søknaden om familiegjenforening",
           "wedding": "vi har booket lokalet og vil endre dato", "marketplace": "jeg vil returnere en vare som var ødelagt",
           "crypto": "kontoen min er sperret til jeg er verifisert", "language": "jeg vil melde meg på norskkurs nivå B1",
           "charter": "vi vil leie en seilbåt en uke i juli", "homecare": "mor trenger flere besøk i uka",
           "library": "jeg har fått et gebyr jeg ikke forstår", "lottery": "jeg tror jeg har vunnet men fikk ingen e-post"},
    "ru": {"dental": "здравствуйте, мне нужно перенести приём", "gym": "хочу заморозить абонемент на два месяца",
           "energy": "в квитанции за электричество какая-то огромная сумма", "home_claim": "хочу заявить о заливе квартиры",
           "bikeshare": "приложение списало деньги дважды за одну поездку", "outpatient": "не смогу прийти на приём в поликлинику",
           "school": "хотим записать сына в первый класс", "immigration": "вопрос по разрешению на работу для супруга",
           "wedding": "мы забронировали зал и хотим перенести дату", "marketplace": "хочу вернуть куртку, не подошла",
           "crypto": "аккаунт заблокирован до верификации", "language": "хочу записаться на курс английского",
           "charter": "хотим арендовать яхту на выходные", "homecare": "маме нужна сиделка чаще",
           "library": "мне начислили штраф, не понимаю за что", "lottery": "кажется, я выиграл, но письма не было"},
}  # fmt: skip

# value types the sector plausibly asks for (main block), besides PERSON/PHONE/EMAIL/LOCATION
SECTOR_TYPES = {
    "dental": ["DATE_OF_BIRTH", "CUSTOMER_NUMBER", "NATIONAL_ID"], "gym": ["CUSTOMER_NUMBER", "IBAN", "CREDIT_CARD"],
    "energy": ["CUSTOMER_NUMBER", "IBAN"], "home_claim": ["CUSTOMER_NUMBER", "IBAN", "DATE_OF_BIRTH"],
    "bikeshare": ["CREDIT_CARD", "CUSTOMER_NUMBER"], "outpatient": ["DATE_OF_BIRTH", "NATIONAL_ID"],
    "school": ["DATE_OF_BIRTH", "NATIONAL_ID"], "immigration": ["PASSPORT", "DATE_OF_BIRTH", "NATIONAL_ID"],
    "wedding": ["BOOKING_REFERENCE", "IBAN"], "marketplace": ["CREDIT_CARD", "IBAN", "CUSTOMER_NUMBER"],
    "crypto": ["PASSPORT", "NATIONAL_ID", "DATE_OF_BIRTH", "IBAN"], "language": ["DATE_OF_BIRTH", "CUSTOMER_NUMBER", "BOOKING_REFERENCE"],
    "charter": ["BOOKING_REFERENCE", "PASSPORT", "CREDIT_CARD"], "homecare": ["NATIONAL_ID", "DATE_OF_BIRTH", "IBAN"],
    "library": ["CUSTOMER_NUMBER", "DATE_OF_BIRTH"], "lottery": ["CUSTOMER_NUMBER", "IBAN"],
}  # fmt: skip

# ---------------------------------------------------------------------------------------
# values
# ---------------------------------------------------------------------------------------


def person(rng: random.Random, lang: str) -> tuple[str, str]:
    f, la = rng.choice(FIRST[lang]), rng.choice(LAST[lang])
    if lang == "ru" and f in RU_F:
        la += "а"
    return f, la


TR = str.maketrans({"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
                    "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
                    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "c",
                    "ч": "ch", "ш": "sh", "щ": "sch", "ы": "y", "э": "e", "ю": "yu", "я": "ya", "ь": "",
                    "ъ": "", "ø": "o", "å": "aa", "æ": "ae", " ": "", "-": ""})  # fmt: skip
MAILDOM = {"en": ["hotmail.co.uk", "sky.com", "gmail.com", "proton.me"], "nl": ["planet.nl", "gmail.com", "home.nl", "live.nl"],
           "nb": ["getmail.no", "gmail.com", "broadpark.no", "icloud.com"], "ru": ["list.ru", "inbox.ru", "ya.ru", "gmail.com"]}  # fmt: skip


def email_pieces(rng: random.Random, lang: str, f: str, la: str) -> tuple[list[str], list[str]]:
    f, la = f.lower().translate(TR), la.lower().translate(TR)
    local = rng.choice([[f, la], [f[0], la], [la + str(rng.randint(60, 99))], [f, la[:3]], [f + "_" + la]])
    return local, rng.choice(MAILDOM[lang]).split(".")


def card(rng: random.Random) -> str:
    body = rng.choice(["4", "51", "53", "55", "22"]) + digits(rng, 14, first_nonzero=False)
    body = body[:15]
    v = body + luhn.calc_check_digit(body)
    return " ".join(v[i : i + 4] for i in range(0, 16, 4))


def be_national(rng: random.Random) -> str:
    while True:
        y, m, d, s = rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28), rng.randint(1, 997)
        base = f"{y:02d}{m:02d}{d:02d}{s:03d}"
        v = base + f"{97 - int(base) % 97:02d}"
        if be_nn.is_valid(v):
            return f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}"


ABROAD_MOBILE = {"IE": ("8", "3579", 7), "SE": ("7", "0236", 7), "BE": ("4", "789", 7), "DE": ("15", "12", 8)}


def phone_number(rng: random.Random, lang: str) -> str:
    if rng.random() < 0.12:  # a number from abroad
        region = rng.choice(sorted(ABROAD_MOBILE))
        head, second, rest = ABROAD_MOBILE[region]
        while True:
            num = phonenumbers.parse(head + rng.choice(second) + digits(rng, rest, first_nonzero=False), region)
            if phonenumbers.is_valid_number(num):
                return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    region = {"en": "GB", "nl": "NL", "nb": "NO", "ru": "RU"}[lang]
    while True:
        if lang == "en":
            nat = "7" + rng.choice("3456789") + digits(rng, 8, first_nonzero=False)
        elif lang == "nl":
            nat = "6" + rng.choice("12345") + digits(rng, 7, first_nonzero=False)
        elif lang == "nb":
            nat = rng.choice("49") + digits(rng, 7, first_nonzero=False)
        else:
            nat = "9" + rng.choice("0125689") + digits(rng, 8, first_nonzero=False)
        num = phonenumbers.parse(nat, region)
        if phonenumbers.is_valid_number(num):
            break
    s = rng.randint(0, 3)
    if s == 0:
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if s == 1:
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    if lang == "en":
        return "0" + nat if s == 2 else f"0{nat[:3]} {nat[3:6]} {nat[6:]}"
    if lang == "nl":
        return "0" + nat if s == 2 else f"+31{nat}"
    if lang == "nb":
        return nat if s == 2 else f"{nat[:2]} {nat[2:4]} {nat[4:6]} {nat[6:]}"
    return f"8-{nat[:3]}-{nat[3:6]}-{nat[6:8]}-{nat[8:]}" if s == 2 else f"+7{nat}"


def national_id(rng: random.Random, lang: str) -> str:
    if lang == "nl":
        return be_national(rng) if rng.random() < 0.15 else nl_bsn(rng)
    if lang == "nb":
        return no_fnr(rng)[0]
    if lang == "ru":
        return ru_snils(rng) if rng.random() < 0.6 else ru_inn(rng)
    return be_national(rng)  # en: a customer living in Belgium


def bank(rng: random.Random, lang: str) -> tuple[str, str]:
    """(type, value): an IBAN, or a domestic account where the country uses one."""
    if lang == "ru":
        return "BANK_ACCOUNT", ru_account(rng)
    if lang == "nb" and rng.random() < 0.5:
        k = no_kontonr(rng)
        return "BANK_ACCOUNT", rng.choice([k, f"{k[:4]}.{k[4:6]}.{k[6:]}", f"{k[:4]} {k[4:6]} {k[6:]}"])
    if lang == "en" and rng.random() < 0.3:
        return "BANK_ACCOUNT", f"{digits(rng, 2)}-{digits(rng, 2, False)}-{digits(rng, 2, False)} {digits(rng, 8, False)}"
    country = {"en": "GB", "nl": "NL", "nb": "NO"}[lang]
    v = iban(rng, country)
    return "IBAN_CODE", (v.replace(" ", "") if rng.random() < 0.3 else v)


def dob_text(rng: random.Random, lang: str, adult: bool = True) -> str:
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    y = rng.randint(1941, 2003) if adult else rng.randint(2012, 2021)
    s = rng.randint(0, 4)
    mon = MONTHS[lang][m - 1]
    if s == 0:
        return f"{d:02d}.{m:02d}.{y}" if lang != "en" else f"{d:02d}/{m:02d}/{y}"
    if s == 1:
        return f"{d}. {mon} {y}" if lang == "nb" else f"{d} {mon} {y}"
    if s == 2:
        return f"{d}-{m}-{y}" if lang == "nl" else f"{d}.{m}.{str(y)[2:]}" if lang != "en" else f"{d}/{m}/{str(y)[2:]}"
    if s == 3:
        return f"{y}-{m:02d}-{d:02d}"
    return f"{mon[:3]} {d} {y}" if lang == "en" else f"{d} {mon[:3]} {y}"


def cust_no(rng: random.Random, lang: str) -> str:
    shape = rng.randint(0, 4)
    if shape == 0:
        return digits(rng, 8)
    if shape == 1:
        return f"{digits(rng, 3)}-{digits(rng, 3, False)}-{digits(rng, 3, False)}"
    if shape == 2:
        return rng.choice(["KL", "M", "C", "LID"]) + digits(rng, 6)
    if shape == 3:
        return digits(rng, 10)
    return f"{digits(rng, 4)} {digits(rng, 4, False)}"


def value(rng: random.Random, lang: str, typ: str) -> tuple[str, str]:
    """(entity type, value) for a requested type; IBAN may come back as BANK_ACCOUNT."""
    if typ == "IBAN":
        return bank(rng, lang)
    if typ == "DATE_OF_BIRTH":
        return typ, dob_text(rng, lang)
    if typ == "CUSTOMER_NUMBER":
        return typ, cust_no(rng, lang)
    if typ == "NATIONAL_ID":
        return typ, national_id(rng, lang)
    if typ == "PASSPORT":
        return typ, passport(rng, lang)
    if typ == "BOOKING_REFERENCE":
        return typ, booking_ref(rng)
    if typ == "CREDIT_CARD":
        return typ, card(rng)
    if typ == "PHONE_NUMBER":
        return typ, phone_number(rng, lang)
    raise ValueError(typ)


def address(rng: random.Random, lang: str) -> str:
    kind = rng.choices(["street", "flat", "pobox", "rural", "abroad"], [5, 2, 1, 1, 1])[0]
    st, (town, pc) = rng.choice(STREETS[lang]), rng.choice(TOWNS[lang])
    no = str(rng.randint(1, 212)) + rng.choice(["", "", "", "a" if lang != "ru" else "а"])
    if kind == "abroad":
        return rng.choice(ABROAD[lang])
    if lang == "en":
        return {"street": f"{no} {st}, {town} {pc}", "flat": f"Flat {rng.randint(1, 24)}, {no} {st}, {town} {pc}",
                "pobox": f"PO Box {rng.randint(100, 9999)}, {town} {pc}", "rural": f"{rng.choice(RURAL[lang])}, near {town}, {pc}"}[kind]
    if lang == "nl":
        pc2 = pc if rng.random() < 0.5 else pc.replace(" ", "")
        return {"street": f"{st} {no}, {pc2} {town}", "flat": f"{st} {no}-{rng.choice(['I', 'II', 'bis', '2'])} {pc2} {town}",
                "pobox": f"Postbus {rng.randint(10, 999)}, {pc2} {town}", "rural": f"{rng.choice(RURAL[lang])} {no}, {pc2} {town}"}[kind]
    if lang == "nb":
        return {"street": f"{st} {no}, {pc} {town}", "flat": f"{st} {no}, leil. H0{rng.randint(1, 4)}0{rng.randint(1, 4)}, {pc} {town}",
                "pobox": f"Postboks {rng.randint(10, 999)}, {pc} {town}", "rural": f"{rng.choice(RURAL[lang])}, {pc} {town}"}[kind]
    return {"street": f"{pc}, г. {town}, {st}, д. {no}", "flat": f"{town}, {st}, д. {no}, кв. {rng.randint(1, 240)}",
            "pobox": f"{pc}, {town}, а/я {rng.randint(1, 400)}", "rural": f"{rng.choice(RURAL[lang])}, Вологодская обл., {pc}"}[kind]


# ---------------------------------------------------------------------------------------
# phrasing: questions (bare answers), cues (plain), names of the types
# ---------------------------------------------------------------------------------------

Q = {
    "DATE_OF_BIRTH": {"en": ["Can I take your date of birth?", "and your DOB pls?", "Please enter your date of birth."],
                      "nl": ["Wat is uw geboortedatum?", "En je geboortedatum?", "Voer uw geboortedatum in."],
                      "nb": ["Hva er fødselsdatoen din?", "Og fødselsdato?", "Oppgi fødselsdato."],
                      "ru": ["Подскажите вашу дату рождения?", "А дата рождения?", "Введите дату рождения."]},
    "CUSTOMER_NUMBER": {"en": ["What's your membership number?", "could you give me your account number with us?", "Please enter your customer ID."],
                        "nl": ["Wat is uw klantnummer?", "Heb je je lidnummer bij de hand?", "Vul uw relatienummer in."],
                        "nb": ["Hva er kundenummeret ditt?", "Har du medlemsnummeret?", "Oppgi kundenummer."],
                        "ru": ["Назовите номер клиента, пожалуйста.", "А номер карты участника?", "Введите номер договора."]},
    "NATIONAL_ID": {"en": ["For the Belgian records I need your national register number.", "What's your national number?", "Please enter your national ID number."],
                    "nl": ["Wat is uw BSN?", "Mag ik je burgerservicenummer?", "Vul uw BSN in."],
                    "nb": ["Hva er fødselsnummeret ditt (11 siffer)?", "Kan du gi meg personnummeret?", "Oppgi fødselsnummer."],
                    "ru": ["Укажите, пожалуйста, СНИЛС или ИНН.", "Какой у вас СНИЛС?", "Введите ИНН физлица."]},
    "PASSPORT": {"en": ["What's the passport number?", "can you read me the number on your passport?", "Please enter your passport number."],
                 "nl": ["Wat is het paspoortnummer?", "Kun je het documentnummer van je paspoort geven?", "Vul uw paspoortnummer in."],
                 "nb": ["Hva er passnummeret?", "Kan du lese opp nummeret i passet?", "Oppgi passnummer."],
                 "ru": ["Серия и номер загранпаспорта?", "Продиктуйте номер паспорта.", "Введите номер загранпаспорта."]},
    "BOOKING_REFERENCE": {"en": ["What's your booking reference?", "got the booking code handy?", "Please enter your 6-character booking reference."],
                          "nl": ["Wat is uw reserveringscode?", "Heb je de boekingscode?", "Vul uw boekingscode in (6 tekens)."],
                          "nb": ["Hva er bookingreferansen?", "Har du bestillingskoden?", "Oppgi referansekode (6 tegn)."],
                          "ru": ["Назовите код бронирования.", "А номер брони какой?", "Введите код бронирования (6 символов)."]},
    "CREDIT_CARD": {"en": ["Which card number was charged?", "what's the long number on the card?", "Please enter the card number used."],
                    "nl": ["Met welk kaartnummer is betaald?", "Wat is het nummer van je creditcard?", "Vul het kaartnummer in."],
                    "nb": ["Hvilket kortnummer ble belastet?", "Hva er kortnummeret?", "Oppgi kortnummer."],
                    "ru": ["С какой карты было списание? Номер, пожалуйста.", "Номер карты продиктуете?", "Введите номер карты."]},
    "IBAN": {"en": ["Which account should we refund to?", "what bank account do you want the payout on?", "Please enter your bank account for the refund."],
             "nl": ["Op welk rekeningnummer wilt u het geld?", "Wat is je IBAN?", "Vul uw rekeningnummer (IBAN) in."],
             "nb": ["Hvilket kontonummer skal vi betale til?", "Hva er kontonummeret ditt?", "Oppgi kontonummer for utbetaling."],
             "ru": ["На какой счёт вернуть деньги?", "Номер счёта продиктуете?", "Введите номер счёта (20 цифр)."]},
    "PHONE_NUMBER": {"en": ["What number can we call you back on?", "best number to reach you?", "Please enter a contact phone number."],
                     "nl": ["Op welk nummer kunnen we u terugbellen?", "Wat is je mobiele nummer?", "Vul uw telefoonnummer in."],
                     "nb": ["Hvilket nummer kan vi ringe deg på?", "Mobilnummer?", "Oppgi telefonnummer."],
                     "ru": ["По какому номеру вам перезвонить?", "Телефон для связи?", "Введите номер телефона."]},
    "EMAIL_ADDRESS": {"en": ["What email should the confirmation go to?", "and your email?", "Please enter your email address."],
                      "nl": ["Naar welk e-mailadres mag de bevestiging?", "En je mailadres?", "Vul uw e-mailadres in."],
                      "nb": ["Hvilken e-postadresse skal bekreftelsen til?", "E-posten din?", "Oppgi e-postadresse."],
                      "ru": ["На какую почту отправить подтверждение?", "А электронная почта?", "Введите адрес электронной почты."]},
    "PERSON": {"en": ["Who is the account holder?", "and the name please?", "Please enter the full name."],
               "nl": ["Op wiens naam staat het?", "En de naam?", "Vul de volledige naam in."],
               "nb": ["Hvem står som kontoinnehaver?", "Og navnet?", "Oppgi fullt navn."],
               "ru": ["На кого оформлено?", "ФИО, пожалуйста.", "Введите фамилию и имя."]},
    "LOCATION": {"en": ["Where should we send it?", "what address shall I put on the letter?", "Please enter the delivery address."],
                 "nl": ["Naar welk adres mogen we het sturen?", "Waar woon je?", "Vul het bezorgadres in."],
                 "nb": ["Hvor skal vi sende det?", "Hvilken adresse bor du på?", "Oppgi leveringsadresse."],
                 "ru": ["Куда отправить документы?", "Адрес проживания?", "Введите адрес доставки."]},
}  # fmt: skip
CUE = {
    "DATE_OF_BIRTH": {"en": "my date of birth is {v}", "nl": "ik ben geboren op {v}", "nb": "jeg er født {v}", "ru": "дата рождения {v}"},
    "CUSTOMER_NUMBER": {"en": "my member number is {v}", "nl": "mijn klantnummer is {v}", "nb": "kundenummer {v}", "ru": "номер клиента {v}"},
    "NATIONAL_ID": {"en": "my Belgian national number is {v}", "nl": "mijn BSN is {v}", "nb": "fødselsnummer {v}", "ru": "мой СНИЛС/ИНН {v}"},
    "PASSPORT": {"en": "passport no. {v}", "nl": "paspoortnummer {v}", "nb": "passnummer {v}", "ru": "загранпаспорт {v}"},
    "BOOKING_REFERENCE": {"en": "booking ref {v}", "nl": "reserveringscode {v}", "nb": "bookingnummer {v}", "ru": "код брони {v}"},
    "CREDIT_CARD": {"en": "the card was {v}", "nl": "betaald met creditcard {v}", "nb": "kortnummer {v}", "ru": "карта {v}"},
    "IBAN_CODE": {"en": "refund to IBAN {v}", "nl": "mijn IBAN is {v}", "nb": "IBAN {v}", "ru": "IBAN {v}"},
    "BANK_ACCOUNT": {"en": "account (sort code + number) {v}", "nl": "rekening {v}", "nb": "kontonummer {v}", "ru": "мой расчётный счёт {v}"},
    "PHONE_NUMBER": {"en": "call me on {v}", "nl": "bel me op {v}", "nb": "ring meg på {v}", "ru": "мой телефон {v}"},
    "EMAIL_ADDRESS": {"en": "email me at {v}", "nl": "mail naar {v}", "nb": "send til {v}", "ru": "пишите на {v}"},
}  # fmt: skip

ONE_MOMENT = {"en": ["one sec", "hang on, it's in my other bag", "just a moment, looking", "brb"],
              "nl": ["momentje", "even zoeken hoor", "wacht even, ik pak de brief erbij", "ff kijken"],
              "nb": ["et øyeblikk", "vent litt, jeg leter", "må finne brevet", "sek"],
              "ru": ["секунду", "сейчас найду", "минутку, ищу письмо", "щас"]}  # fmt: skip
OK = {"en": ["Thanks.", "Perfect, thank you.", "Got it 👍", "Thank you, one moment while I check."],
      "nl": ["Dank u.", "Top, dankjewel.", "Helder.", "Dank, ik kijk even mee."],
      "nb": ["Takk.", "Supert, takk.", "Den er notert.", "Takk, et øyeblikk mens jeg sjekker."],
      "ru": ["Спасибо.", "Отлично, спасибо.", "Записал.", "Спасибо, минуту, проверяю."]}  # fmt: skip
FILLER = {
    "en": [("agent", "Is there anything else I can help with?"), ("customer", "no thats all i think"), ("customer", "sorry the wifi is terrible here"),
           ("agent", "No problem at all, take your time."), ("customer", "ok"), ("agent", "I'm just checking that with a colleague."),
           ("customer", "how long will that take?"), ("agent", "Usually three to five working days."), ("customer", "great thx"),
           ("agent", "[Bot] Your chat is being transferred to the next available agent."), ("customer", "will i get an email about this"),
           ("agent", "Yes, you'll get a confirmation once it's processed."), ("customer", "sorry my kid is yelling, one sec")],
    "nl": [("agent", "Kan ik verder nog iets voor u doen?"), ("customer", "nee dat was t"), ("customer", "sorry, mijn internet hapert"),
           ("agent", "Geen probleem hoor."), ("customer", "ok"), ("agent", "Ik overleg even met een collega."),
           ("customer", "hoe lang duurt dat ongeveer?"), ("agent", "Meestal drie tot vijf werkdagen."), ("customer", "fijn bedankt"),
           ("agent", "[Automatisch bericht] U wordt doorverbonden met een medewerker."), ("customer", "krijg ik daar nog een mail van?"),
           ("agent", "Ja, u ontvangt een bevestiging zodra het verwerkt is."), ("customer", "sorry, de kinderen zijn aan het schreeuwen")],
    "nb": [("agent", "Er det noe mer jeg kan hjelpe med?"), ("customer", "nei det var alt"), ("customer", "beklager, dårlig dekning her"),
           ("agent", "Helt i orden."), ("customer", "ok"), ("agent", "Jeg sjekker med en kollega."),
           ("customer", "hvor lang tid tar det?"), ("agent", "Vanligvis tre til fem virkedager."), ("customer", "flott takk"),
           ("agent", "[Automatisk melding] Du settes over til neste ledige rådgiver."), ("customer", "får jeg en e-post om dette?"),
           ("agent", "Ja, du får en bekreftelse når det er behandlet."), ("customer", "beklager, ungene roper, vent litt")],
    "ru": [("agent", "Могу ещё чем-то помочь?"), ("customer", "нет, всё"), ("customer", "извините, интернет тупит"),
           ("agent", "Ничего страшного."), ("customer", "ок"), ("agent", "Уточню у коллеги."),
           ("customer", "а сколько это займёт?"), ("agent", "Обычно от трёх до пяти рабочих дней."), ("customer", "отлично спасибо"),
           ("agent", "[Бот] Переводим вас на свободного оператора."), ("customer", "а письмо придёт?"),
           ("agent", "Да, подтверждение придёт после обработки."), ("customer", "извините, ребёнок плачет, минуту")],
}  # fmt: skip
BYE = {"en": [("agent", "Thanks for contacting {biz}. Have a lovely day!"), ("customer", "cheers, bye")],
       "nl": [("agent", "Bedankt voor uw bericht aan {biz}. Fijne dag!"), ("customer", "dankjewel, doei")],
       "nb": [("agent", "Takk for at du kontaktet {biz}. Ha en fin dag!"), ("customer", "takk, ha det")],
       "ru": [("agent", "Спасибо за обращение! {biz}, хорошего дня!"), ("customer", "спасибо, до свидания")]}  # fmt: skip

HESITATE = {"en": "erm ", "nl": "ehm ", "nb": "øhm ", "ru": "эээ "}
Turn = tuple[str, list[Part]]


def typo(rng: random.Random, s: str) -> str:
    """Swap two neighbouring letters, as people do when they type fast."""
    idx = [i for i in range(len(s) - 1) if s[i].isalpha() and s[i + 1].isalpha()]
    if not idx:
        return s
    i = rng.choice(idx)
    return s[:i] + s[i + 1] + s[i] + s[i + 2 :]


def greet(rng: random.Random, lang: str, biz: str) -> list[Turn]:
    """Agent greeting: a named agent (PERSON, plain), or a templated bot with no name."""
    if rng.random() < 0.25:
        bot = {"en": "Hi! I'm the {biz} virtual assistant. How can I help?", "nl": "Hallo! Ik ben de digitale assistent van {biz}. Waar kan ik mee helpen?",
               "nb": "Hei! Jeg er den digitale assistenten til {biz}. Hva kan jeg hjelpe med?", "ru": "Здравствуйте! Я виртуальный помощник, {biz}. Чем помочь?"}[lang]  # fmt: skip
        return [("agent", [bot.replace("{biz}", biz)])]
    name = rng.choice(FIRST[lang])
    tpl = rng.choice({"en": ["Good morning, you're speaking with {n} at {b}. How may I help?", "hey there, {n} here from {b} 🙂 what's up?"],
                      "nl": ["Goedemiddag, u spreekt met {n} van {b}. Waarmee kan ik u helpen?", "Hoi! Je chat met {n} van {b}. Vertel!"],
                      "nb": ["God dag, du snakker med {n} i {b}. Hva kan jeg hjelpe deg med?", "Hei, {n} her fra {b} 😊 hva gjelder det?"],
                      "ru": ["Добрый день, меня зовут {n}, {b}. Чем могу помочь?", "Привет! На связи {n}, {b}. Что случилось?"]}[lang])  # fmt: skip
    return [("agent", T(tpl.replace("{b}", biz), n=E(name, "PERSON", "plain")))]


# ---------------------------------------------------------------------------------------
# hard negatives: blocks of turns carrying values that are NOT personal data
# ---------------------------------------------------------------------------------------


def date_future(rng: random.Random, lang: str) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2026, 2027])
    return rng.choice([f"{d:02d}.{m:02d}.{y}" if lang != "en" else f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[lang][m - 1]} {y}", f"{d}.{m}."])


def biz_phone(rng: random.Random, lang: str) -> str:
    return {"en": f"0800 {digits(rng, 3)} {digits(rng, 4, False)}", "nl": f"088-{digits(rng, 7)}",
            "nb": f"815 {digits(rng, 2)} {digits(rng, 3, False)}", "ru": f"8 800 {digits(rng, 3)}-{digits(rng, 2, False)}-{digits(rng, 2, False)}"}[lang]  # fmt: skip


def company_id(rng: random.Random, lang: str) -> str:
    if lang == "nb":
        while True:
            v = "9" + digits(rng, 8, False)
            if orgnr.is_valid(v):
                return f"{v[:3]} {v[3:6]} {v[6:]}"
    return {"en": digits(rng, 8, False).rjust(8, "0"), "nl": digits(rng, 8), "ru": "1" + digits(rng, 12, False)}[lang]


def vat(rng: random.Random, lang: str) -> str:
    return {"en": f"GB {digits(rng, 3)} {digits(rng, 4, False)} {digits(rng, 2, False)}", "nl": f"NL{digits(rng, 9)}B01",
            "nb": f"NO {digits(rng, 9)} MVA", "ru": f"ИНН {digits(rng, 10)}"}[lang]  # fmt: skip


def neg_block(rng: random.Random, lang: str, sector: str, biz: str) -> list[Turn]:
    """One block of one or two turns with hard negatives; 14 kinds, chosen at random."""
    k = rng.randint(0, 15)
    if k == 0:  # an invoice/order number given as a bare answer (same shape as a customer number)
        q = {"en": "Which invoice is it about?", "nl": "Om welke factuur gaat het?", "nb": "Hvilken faktura gjelder det?", "ru": "Какой номер счёта-фактуры?"}[lang]
        kind = rng.choice(["invoice_number", "order_number"])
        v = digits(rng, rng.choice([8, 9, 10])) if rng.random() < 0.6 else rng.choice(["F", "INV-", "2026-"]) + digits(rng, 6)
        return [("agent", [q]), ("customer", [N(v, kind)])]
    if k == 1:  # appointment / course / event date as a bare answer
        q = {"en": "Which date works for you?", "nl": "Welke datum past u?", "nb": "Hvilken dato passer?", "ru": "Какая дата вам удобна?"}[lang]
        return [("agent", [q]), ("customer", [N(date_future(rng, lang), "travel_date")])]
    if k == 2:  # the business's own phone number
        tpl = {"en": "You can also ring us on {x}, Mon-Fri.", "nl": "U kunt ons ook bellen op {x}.", "nb": "Du kan også ringe oss på {x}.", "ru": "Также можно позвонить нам: {x}."}[lang]
        return [("agent", T(tpl, x=N(biz_phone(rng, lang), "company_phone")))]
    if k == 3:  # the business's own address
        tpl = {"en": "Returns go to {x}.", "nl": "Retouren stuurt u naar {x}.", "nb": "Returer sendes til {x}.", "ru": "Возвраты принимаем по адресу: {x}."}[lang]
        return [("agent", T(tpl, x=N(BUSINESS_STREETS[lang], "company_address")))]
    if k == 4:  # company registration + VAT number
        tpl = {"en": "For your records: {b}, company no. {c}, VAT {v}.", "nl": "Ter info: {b}, KvK {c}, btw-nr {v}.",
               "nb": "Til info: {b}, org.nr. {c}, {v}.", "ru": "Реквизиты: «{b}», ОГРН {c}, {v}."}[lang]  # fmt: skip
        return [("agent", T(tpl, b=biz, c=N(company_id(rng, lang), "company_id"), v=N(vat(rng, lang), "vat_number")))]
    if k == 5:  # the business's own bank account
        acct = iban(rng, {"en": "GB", "nl": "NL", "nb": "NO"}[lang]) if lang != "ru" else "40702810" + digits(rng, 12, False)
        tpl = {"en": "Please pay the balance to our account {x}.", "nl": "Het bedrag kunt u overmaken naar ons rekeningnummer {x}.",
               "nb": "Beløpet betales til vår konto {x}.", "ru": "Оплатить можно на наш расчётный счёт {x}."}[lang]  # fmt: skip
        return [("agent", T(tpl, x=N(acct, "company_account")))]
    if k == 6:  # amounts and times
        amt = {"en": f"£{rng.randint(5, 400)}.{rng.randint(10, 99)}", "nl": f"€ {rng.randint(5, 400)},{rng.randint(10, 99)}",
               "nb": f"{rng.randint(100, 9000)} kr", "ru": f"{rng.randint(300, 40000)} ₽"}[lang]  # fmt: skip
        tm = f"{rng.randint(17, 21)}:{rng.choice(['00', '30'])}"
        tpl = {"en": "The charge is {a}; we're open until {t}.", "nl": "Het gaat om {a}; we zijn open tot {t}.", "nb": "Det gjelder {a}; vi har åpent til {t}.", "ru": "Сумма {a}; мы работаем до {t}."}[lang]
        return [("agent", T(tpl, a=N(amt, "amount"), t=N(tm, "time")))]
    if k == 7:  # a case / claim number given by the agent, repeated by the customer
        v = rng.choice(["CS-", "SR", "#", "Z"]) + digits(rng, 7)
        tpl = {"en": "I've opened case {x} for this.", "nl": "Ik heb er dossier {x} van gemaakt.", "nb": "Jeg har opprettet sak {x}.", "ru": "Создал обращение {x}."}[lang]
        back = {"en": "so {x} is my case?", "nl": "dus {x} is mijn dossier?", "nb": "så {x} er saken min?", "ru": "то есть {x} — номер обращения?"}[lang]
        return [("agent", T(tpl, x=N(v, "case_number"))), ("customer", T(back, x=N(v, "case_number")))]
    if k == 8:  # parcel tracking
        v = rng.choice(["3S", "JVGL", "LX", "RR"]) + digits(rng, 9) + rng.choice(["", "NL", "GB", "RU"])
        tpl = {"en": "Tracking is {x}.", "nl": "De track & trace is {x}.", "nb": "Sporingsnummer: {x}.", "ru": "Трек-номер: {x}."}[lang]
        return [("agent", T(tpl, x=N(v, "tracking_number")))]
    if k == 9:  # app version
        v = f"{rng.randint(2, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}"
        tpl = {"en": "which app version are you on? should be {x} or newer", "nl": "Welke versie van de app? Het moet {x} of nieuwer zijn.",
               "nb": "Hvilken versjon av appen? Den bør være {x} eller nyere.", "ru": "Какая версия приложения? Нужна {x} или новее."}[lang]  # fmt: skip
        ans = f"{v[:-1]}{rng.randint(0, 9)}"
        return [("agent", T(tpl, x=N(v, "version_number"))), ("customer", [N(ans, "version_number")])]
    if k == 10:  # voucher / product code
        v = rng.choice({"en": ["WELCOME", "SPRING"], "nl": ["LENTE", "WELKOM"], "nb": ["KAMPANJE", "VAAR"], "ru": ["SKIDKA", "LETO"]}[lang]) + str(rng.randint(10, 50))
        tpl = {"en": "Use code {x} next time for 10% off.", "nl": "Met code {x} krijgt u 10% korting.", "nb": "Bruk koden {x} for 10 % rabatt.", "ru": "Промокод {x} даст скидку 10%."}[lang]
        return [("agent", T(tpl, x=N(v, "voucher_code")))]
    if k == 11:  # a family-named business (whole name)
        tpl = {"en": "the van from {x} is blocking the drive again", "nl": "ik heb de fiets bij {x} gekocht", "nb": "vi brukte {x} til flyttingen", "ru": "мы заказывали через {x}"}[lang]
        return [("customer", T(tpl, x=N(FAMILY_BIZ[lang], "company_name")))]
    if k == 12:  # pet's name (home care / home claim: the dog did it)
        pet = rng.choice({"en": ["Biscuit", "Pickle", "Monty"], "nl": ["Bolletje", "Snuffie", "Guus"], "nb": ["Tassen", "Pusur", "Bamse"], "ru": ["Барсик", "Мурка", "Шарик"]}[lang])
        tpl = {"en": "our dog {x} chewed the letter lol", "nl": "onze hond {x} had de brief opgegeten haha", "nb": "hunden vår {x} tygget på brevet", "ru": "наш кот {x} порвал письмо"}[lang]
        return [("customer", T(tpl, x=N(pet, "pet_name")))]
    if k == 13:  # NEW: room / desk number at the clinic, school or course
        v = rng.choice([f"{rng.randint(0, 4)}.{rng.randint(10, 60)}", f"B{rng.randint(100, 340)}", f"{rng.randint(1, 9)}{rng.choice('ABC')}"])
        tpl = {"en": "Please report to room {x}.", "nl": "U kunt zich melden in lokaal {x}.", "nb": "Meld deg på rom {x}.", "ru": "Подходите в кабинет {x}."}[lang]
        return [("agent", T(tpl, x=N(v, "room_number")))]
    if k == 14:  # NEW: bike / draw / transaction identifiers by sector
        if sector == "crypto":
            v, kind = "0x" + "".join(rng.choice("0123456789abcdef") for _ in range(16)) + "…", "transaction_id"
        elif sector == "lottery":
            v, kind = f"{rng.randint(1, 52)}/{rng.choice([2026, 2027])}", "draw_number"
        else:
            v, kind = f"{rng.randint(10000, 99999)}", "bike_number"
        tpl = {"en": "That was reference {x}.", "nl": "Dat was nummer {x}.", "nb": "Det var nummer {x}.", "ru": "Это был номер {x}."}[lang]
        return [("agent", T(tpl, x=N(v, kind)))]
    # k == 15: the shop's postcode as a bare answer to "which branch?"
    town, pc = rng.choice(TOWNS[lang])
    q = {"en": "Which branch did you visit?", "nl": "Bij welke vestiging was u?", "nb": "Hvilken avdeling var du på?", "ru": "В каком отделении вы были?"}[lang]
    return [("agent", [q]), ("customer", T("{p} {t}", p=N(pc, "company_address"), t=town))]


# ---------------------------------------------------------------------------------------
# disguises
# ---------------------------------------------------------------------------------------

AT = {"en": [" at ", " (at) ", " @ "], "nl": [" apestaart ", " at ", " apenstaartje "], "nb": [" alfakrøll ", " krøllalfa ", " at "], "ru": [" собака ", " собачка ", " эт "]}
DOT = {"en": [" dot ", " . ", " (dot) "], "nl": [" punt ", " dot "], "nb": [" prikk ", " punktum "], "ru": [" точка ", " тчк "]}


def spelled_email(rng: random.Random, lang: str, local: list[str], dom: list[str]) -> str:
    dot = rng.choice(DOT[lang])
    return dot.join(local).strip() + rng.choice(AT[lang]) + dot.join(dom)


def disguise_number(rng: random.Random, lang: str, v: str) -> str:
    mode = rng.randint(0, 3)
    if mode == 0:  # all words
        return " ".join(NUMBER_WORDS[lang][int(c)] if c.isdigit() else c for c in v if c not in " -.()")
    if mode == 1:  # mixed: words and digits, in groups
        out = []
        for c in v:
            if c.isdigit():
                out.append(NUMBER_WORDS[lang][int(c)] if rng.random() < 0.5 else c)
            elif c.isalpha() or c == "+":
                out.append(c)
        return " ".join(out)
    if mode == 2:
        return with_zero_width(rng, v, rng.randint(1, 3))
    h = with_homoglyphs(rng, v, 2)
    return h if h != v else with_zero_width(rng, v, 2)


# ---------------------------------------------------------------------------------------
# main-class blocks
# ---------------------------------------------------------------------------------------


class Ctx:
    def __init__(self, rng: random.Random, lang: str, sector: str, biz: str) -> None:
        self.rng, self.lang, self.sector, self.biz = rng, lang, sector, biz
        self.values: list[tuple[str, str]] = []  # (type, canonical value) for checksum tests

    def pick_type(self, extra: list[str]) -> str:
        return self.rng.choice(SECTOR_TYPES[self.sector] + extra)

    def val(self, typ: str) -> tuple[str, str]:
        t, v = value(self.rng, self.lang, typ)
        self.values.append((t, v))
        return t, v

    def ask(self, typ: str) -> str:
        return self.rng.choice(Q[typ][self.lang])


def late(ctx: Ctx) -> list[Turn]:
    """Turns between a question and its answer: a 'one moment', or a question back."""
    rng, lang = ctx.rng, ctx.lang
    r = rng.random()
    if r < 0.35:
        return [("customer", [rng.choice(ONE_MOMENT[lang])])]
    if r < 0.45:  # the agent's own template interrupts before the answer
        hold = {"en": "[Auto] Thanks for waiting. Your agent is still with you.", "nl": "[Automatisch] Fijn dat u wacht, uw medewerker is er nog.",
                "nb": "[Auto] Takk for at du venter, rådgiveren er fortsatt her.", "ru": "[Авто] Спасибо за ожидание, оператор на связи."}[lang]  # fmt: skip
        return [("agent", [hold])]
    if r < 0.58:
        qb = {"en": ("is that the one on the letter?", "Yes, top right."), "nl": ("staat dat op de brief?", "Ja, rechtsboven."),
              "nb": ("står det på brevet?", "Ja, øverst til høyre."), "ru": ("это которое в письме?", "Да, справа вверху.")}[lang]  # fmt: skip
        return [("customer", [qb[0]]), ("agent", [qb[1]]), ("customer", [rng.choice(ONE_MOMENT[lang])])]
    return []


def bare_block(ctx: Ctx) -> list[Turn]:
    rng, lang = ctx.rng, ctx.lang
    if rng.random() < 0.7:  # mostly what the sector asks for; otherwise contact details or a name
        typ = rng.choice(SECTOR_TYPES[ctx.sector])
    else:
        typ = rng.choice(["PHONE_NUMBER", "EMAIL_ADDRESS", "PERSON"])
    turns: list[Turn] = [("agent", [ctx.ask(typ)])]
    turns += late(ctx)
    if typ == "PERSON":
        f, la = person(rng, lang)
        v = f"{f} {la}" if rng.random() < 0.6 else f"{la} {f}" if lang == "ru" else f"{f} {la}".lower()
        ctx.values.append(("PERSON", v))
        turns.append(("customer", [E(v, "PERSON", "bare_answer")]))
        return turns
    if typ == "EMAIL_ADDRESS":
        f, la = person(rng, lang)
        loc, dom = email_pieces(rng, lang, f, la)
        v = ".".join(loc) + "@" + ".".join(dom)
        ctx.values.append(("EMAIL_ADDRESS", v))
        turns.append(("customer", [E(v, "EMAIL_ADDRESS", "bare_answer")]))
        return turns
    t, v = ctx.val(typ)
    if t in ("BOOKING_REFERENCE", "PASSPORT") and rng.random() < 0.5:
        v = v.lower()
    # sometimes the customer first gives the wrong kind of number (a hard negative)
    if typ == "CUSTOMER_NUMBER" and rng.random() < 0.4:
        wrong = rng.choice(["", "ORD"]) + digits(rng, len(v.replace("-", "").replace(" ", "")) if v[0].isdigit() else 8)
        no = {"en": "That looks like an order number; I need the membership number.", "nl": "Dat lijkt een ordernummer, ik zoek het klantnummer.",
              "nb": "Det ser ut som et ordrenummer, jeg trenger kundenummeret.", "ru": "Это номер заказа, а нужен номер клиента."}[lang]  # fmt: skip
        turns += [("customer", [N(wrong, "order_number")]), ("agent", [no])]
    # or answers a date-of-birth question with the appointment date first (a hard negative)
    if typ == "DATE_OF_BIRTH" and rng.random() < 0.45:
        mix = {"en": ("the appointment? {x}", "No, sorry, I meant your own date of birth."), "nl": ("de afspraak? {x}", "Nee, ik bedoel uw eigen geboortedatum."),
               "nb": ("timen? {x}", "Nei, jeg mente din egen fødselsdato."), "ru": ("дата приёма? {x}", "Нет, ваша дата рождения.")}[lang]  # fmt: skip
        turns += [("customer", T(mix[0], x=N(date_future(rng, lang), "travel_date"))), ("agent", [mix[1]])]
    tail = rng.choice(["", "", "", " thx" if lang == "en" else " takk" if lang == "nb" else " dank" if lang == "nl" else " спасибо"])
    um = rng.choice(["", "", "", "", HESITATE[lang]])
    answer: list[Part] = [um] if um else []
    answer += [E(v, t, "bare_answer")] + ([tail] if tail else [])
    turns.append(("customer", answer))
    return turns


def list_block(ctx: Ctx) -> list[Turn]:
    rng, lang = ctx.rng, ctx.lang
    n = rng.choice([2, 2, 3, 3, 4])
    mode = rng.choice(["travellers", "family", "accounts", "contacts"])
    if ctx.sector in ("charter", "immigration", "crypto") and rng.random() < 0.6:
        mode = "travellers"
    ask = {"travellers": {"en": "Please send the name, date of birth and passport number of everyone on board.", "nl": "Graag naam, geboortedatum en paspoortnummer van iedereen.",
                          "nb": "Send navn, fødselsdato og passnummer for alle.", "ru": "Пришлите ФИО, дату рождения и номер паспорта всех участников."},
           "family": {"en": "Who should be on the family plan? Names and birth dates please.", "nl": "Wie komen er op het gezinsabonnement? Namen en geboortedata graag.",
                      "nb": "Hvem skal med på familieavtalen? Navn og fødselsdato.", "ru": "Кого вписать в семейный договор? ФИО и даты рождения."},
           "accounts": {"en": "Which accounts should the payments come from?", "nl": "Van welke rekeningen moeten de betalingen komen?",
                        "nb": "Hvilke kontoer skal betalingene trekkes fra?", "ru": "С каких счетов будут платежи?"},
           "contacts": {"en": "Who can we contact in an emergency? Names and numbers.", "nl": "Wie mogen we bellen in geval van nood? Naam en nummer.",
                        "nb": "Hvem kan vi kontakte i nødstilfeller? Navn og nummer.", "ru": "Кому звонить в экстренном случае? Имя и телефон."}}[mode][lang]  # fmt: skip
    items: list[list[Part]] = []
    la0 = person(rng, lang)[1]
    used: set[str] = set()
    for i in range(n):
        f, la = person(rng, lang)
        while f in used:
            f, la = person(rng, lang)
        used.add(f)
        if mode == "family" or (mode == "travellers" and rng.random() < 0.5):
            la = la0 if not (lang == "ru" and (f in RU_F) != la0.endswith("а")) else la
        nm = f"{f} {la}" if rng.random() < 0.8 else f"{f} {la}".lower()
        ctx.values.append(("PERSON", nm))
        item: list[Part] = [E(nm, "PERSON", "list")]
        if mode in ("travellers", "family"):
            d = dob_text(rng, lang, adult=(mode == "travellers" and i < 2) or i == 0)
            ctx.values.append(("DATE_OF_BIRTH", d))
            item += [", ", E(d, "DATE_OF_BIRTH", "list")]
            if mode == "travellers":
                p = ctx.val("PASSPORT")[1]
                item += [rng.choice([", ", " ", " - "]), E(p, "PASSPORT", "list")]
        elif mode == "accounts":
            t, a = ctx.val("IBAN")
            item += [rng.choice([": ", " - ", " "]), E(a, t, "list")]
        else:
            p = ctx.val("PHONE_NUMBER")[1]
            item += [rng.choice([" ", ": ", ", "]), E(p, "PHONE_NUMBER", "list")]
        items.append(item)
    layout = rng.randint(0, 2)
    parts: list[Part] = []
    conj = {"en": " and ", "nl": " en ", "nb": " og ", "ru": " и "}[lang]
    for i, it in enumerate(items):
        if layout == 0:
            parts += (["\n"] if i else []) + [f"{i + 1}) "] + it
        elif layout == 1:
            parts += ([conj if i == n - 1 else "; "] if i else []) + it
        else:
            parts += (["\n"] if i else []) + ["- "] + it
    turns: list[Turn] = [("agent", [ask])]
    turns += late(ctx)
    lead = rng.choice(["", {"en": "here you go:\n", "nl": "alsjeblieft:\n", "nb": "her:\n", "ru": "вот:\n"}[lang]])
    turns.append(("customer", ([lead] if lead else []) + parts))
    return turns


def mistype(rng: random.Random, v: str) -> str:
    idx = [i for i, c in enumerate(v) if c.isdigit()]
    i = rng.choice(idx[1:] if len(idx) > 1 else idx)
    return v[:i] + str((int(v[i]) + rng.randint(1, 8)) % 10) + v[i + 1 :]


def split_block(ctx: Ctx) -> list[Turn]:
    rng, lang = ctx.rng, ctx.lang
    r = rng.random()
    if r < 0.3:  # an e-mail or an address typed in two messages
        if r < 0.13:
            f, la = person(rng, lang)
            loc, dom = email_pieces(rng, lang, f, la)
            a, b, t, q = ".".join(loc) + "@", ".".join(dom), "EMAIL_ADDRESS", ctx.ask("EMAIL_ADDRESS")
        else:
            full = address(rng, lang)
            cut = full.rfind(", ") if lang != "ru" else full.find(", ")
            if cut < 0:
                full = f"{rng.choice(STREETS[lang])} {rng.randint(2, 90)}, {rng.choice(TOWNS[lang])[0]}"
                cut = full.rfind(", ")
            a, b, t, q = full[:cut], full[cut + 2 :], "LOCATION", ctx.ask("LOCATION")
        if rng.random() < 0.5:
            a, b = a.lower(), b.lower()
        ctx.values.append((t, a + b))
        return [("agent", [q]), ("customer", [E(a, t, "split")]), ("customer", [E(b, t, "split")])]
    typ = ctx.pick_type(["PHONE_NUMBER"])
    if typ in ("BOOKING_REFERENCE", "DATE_OF_BIRTH") and rng.random() < 0.7:
        typ = "PHONE_NUMBER"
    t, v = ctx.val(typ)
    turns: list[Turn] = [("agent", [ctx.ask(typ)])]
    if rng.random() < 0.45 and sum(c.isdigit() for c in v) >= 2:  # typed, then corrected
        wrong = mistype(rng, v)
        fix = rng.choice({"en": ["sorry typo: ", "wait no, it's ", "correction "], "nl": ["sorry typfout: ", "nee wacht, ", "correctie: "],
                          "nb": ["beklager, skrivefeil: ", "nei vent, ", "rettelse: "], "ru": ["ой, опечатка: ", "нет, правильно ", "поправка: "]}[lang])  # fmt: skip
        turns.append(("customer", [E(wrong, t, "split")]))
        if rng.random() < 0.3:
            turns.append(("agent", [rng.choice(OK[lang])]))
        turns.append(("customer", [fix, E(v, t, "split")]))
        return turns
    # typed in two messages, at a space or in the middle
    spaces = [i for i, c in enumerate(v) if c == " "]
    if spaces:
        i = rng.choice(spaces)
        a, b = v[:i], v[i + 1 :]
    else:
        i = len(v) // 2
        a, b = v[:i], v[i:]
    more = rng.choice(["", "", " oops", " …", " (sent too soon)" if lang == "en" else ""])
    turns.append(("customer", [E(a, t, "split")]))
    if rng.random() < 0.25:
        turns.append(("agent", [{"en": "Go on", "nl": "Ja?", "nb": "Ja?", "ru": "Да?"}[lang]]))
    turns.append(("customer", [E(b, t, "split"), more] if more else [E(b, t, "split")]))
    return turns


def disguised_block(ctx: Ctx) -> list[Turn]:
    rng, lang = ctx.rng, ctx.lang
    r = rng.random()
    if r < 0.4:
        typ = "EMAIL_ADDRESS"
        f, la = person(rng, lang)
        loc, dom = email_pieces(rng, lang, f, la)
        ctx.values.append(("EMAIL_ADDRESS", ".".join(loc) + "@" + ".".join(dom)))
        shown = spelled_email(rng, lang, loc, dom)
        if rng.random() < 0.2:
            shown = shown.upper() if lang == "en" else shown
        t = "EMAIL_ADDRESS"
    else:
        typ = rng.choice(["PHONE_NUMBER", "PHONE_NUMBER"] + [x for x in SECTOR_TYPES[ctx.sector] if x not in ("DATE_OF_BIRTH", "BOOKING_REFERENCE")])
        t, v = ctx.val(typ)
        shown = disguise_number(rng, lang, v)
    turns: list[Turn] = [("agent", [ctx.ask(typ)])]
    turns += late(ctx)
    style = rng.randint(0, 2)
    if style == 0:
        turns.append(("customer", [E(shown, t, "disguised")]))
    else:
        pre = {"en": ["it's ", "ok so "], "nl": ["het is ", "dat is "], "nb": ["det er ", "den er "], "ru": ["это ", "записывайте: "]}[lang]
        turns.append(("customer", [rng.choice(pre), E(shown, t, "disguised")]))
    return turns


def address_block(ctx: Ctx) -> list[Turn]:
    rng, lang = ctx.rng, ctx.lang
    a = address(rng, lang)
    ctx.values.append(("LOCATION", a))
    if rng.random() < 0.6:
        a = a.lower()
    if rng.random() < 0.2 and ", " in a:
        a = a.replace(", ", "\n", 1)
    turns: list[Turn] = [("agent", [ctx.ask("LOCATION")])]
    turns += late(ctx)
    turns.append(("customer", [E(a, "LOCATION", "address_no_cue")]))
    return turns


def plain_block(ctx: Ctx, cls: str = "plain") -> list[Turn]:
    rng, lang = ctx.rng, ctx.lang
    typ = ctx.pick_type(["PHONE_NUMBER", "EMAIL_ADDRESS"])
    if typ == "EMAIL_ADDRESS":
        f, la = person(rng, lang)
        loc, dom = email_pieces(rng, lang, f, la)
        v, t = ".".join(loc) + "@" + ".".join(dom), "EMAIL_ADDRESS"
        ctx.values.append((t, v))
    else:
        t, v = ctx.val(typ)
    tpl = CUE[t][lang]
    if rng.random() < 0.3:
        tpl = tpl[0].upper() + tpl[1:] + rng.choice(["", ".", " 🙂", " – thanks"])
    return [("customer", T(tpl, v=E(v, t, cls)))]


BLOCKS = {"bare_answer": bare_block, "list": list_block, "split": split_block, "disguised": disguised_block,
          "address_no_cue": address_block, "plain": plain_block}  # fmt: skip


# ---------------------------------------------------------------------------------------
# conversations
# ---------------------------------------------------------------------------------------


def conversation(rng: random.Random, lang: str, cls: str, sector: str) -> tuple[list[Turn], list[tuple[str, str]]]:
    biz = BIZ[sector][lang]
    ctx = Ctx(rng, lang, sector, biz)
    turns = greet(rng, lang, biz)
    opening = OPEN[lang][sector]
    turns.append(("customer", [typo(rng, opening) if rng.random() < 0.25 else opening]))
    # middle: main block, 1-3 negative blocks, optional second value, in a random order
    middle: list[list[Turn]] = [BLOCKS[cls](ctx)]
    target = int(rng.triangular(7, 18, 7)) if rng.random() < 0.9 else rng.randint(20, 33)
    n_neg = rng.choice([1, 1, 2, 2, 2, 3]) + max(0, (target - 12) // 5)  # long chats: more content
    middle += [neg_block(rng, lang, sector, biz) for _ in range(n_neg)]
    if rng.random() < 0.3:  # a second, easier value
        ctx.values.append(("SECOND", ""))  # counted in stats, not a value
        middle.append(plain_block(ctx) if cls != "plain" else [("agent", [ctx.ask("PHONE_NUMBER")]), ("customer", [E(ctx.val("PHONE_NUMBER")[1], "PHONE_NUMBER", "bare_answer")])])
    rng.shuffle(middle)
    base = len(turns) + sum(len(b) for b in middle) + 2
    off = rng.randrange(len(FILLER[lang]))
    fill: list[Turn] = [(r, [x]) for r, x in FILLER[lang][off:] + FILLER[lang][:off]]  # in order
    pos = 0
    for block in middle:
        turns += block
        if base < target and rng.random() < 0.7:
            k = min(target - base, rng.randint(1, 4))
            turns += [fill[(pos + j) % len(fill)] for j in range(k)]
            pos += k
            base += k
        if rng.random() < 0.45:
            turns.append(("agent", [rng.choice(OK[lang])]))
    while len(turns) + 2 < target:
        turns.append(fill[pos % len(fill)])
        pos += 1
    bye = BYE[lang] if rng.random() < 0.6 else BYE[lang][:1]
    while len(turns) + len(bye) < 7:
        turns.append(fill[pos % len(fill)])
        pos += 1
    turns += [(role, [s.replace("{biz}", biz)]) for role, s in bye]
    return turns, ctx.values


def build() -> tuple[list[dict], dict]:
    rng = random.Random(SEED)
    records: list[dict] = []
    main: Counter[tuple[str, str]] = Counter()
    values: list[tuple[str, str]] = []
    lengths: list[int] = []
    second = 0
    for lang in LANGS:
        plan = [c for c in CLASSES for _ in range(PER_CLASS)]
        rng.shuffle(plan)
        for i, cls in enumerate(plan, 1):
            sector = SECTORS[(i + LANGS.index(lang) * 5) % len(SECTORS)]
            turns, vals = conversation(rng, lang, cls, sector)
            recs = conversation_records(f"s18-{lang}-{i:03d}", lang, turns)
            records += recs
            second += ("SECOND", "") in vals
            values += [tv for tv in vals if tv[0] != "SECOND"]
            lengths.append(len(recs))
            main[(lang, cls)] += 1
    ents = [e for r in records for e in r["entities"]]
    stats = {
        "conversations": len(lengths),
        "messages": len(records),
        "min_len": min(lengths),
        "median_len": statistics.median(lengths),
        "max_len": max(lengths),
        "spans": len(ents),
        "with_second_value": second,
        "agent_names": sum(1 for r in records if r["role"] == "agent" for _ in r["entities"]),
        "negatives": sum(len(r["negatives"]) for r in records),
        "main": {f"{la}/{c}": n for (la, c), n in sorted(main.items())},
        "by_class": dict(sorted(Counter(e["class"] for e in ents).items())),
        "by_type": dict(sorted(Counter(e["type"] for e in ents).items())),
        "by_lang": dict(sorted(Counter(r["lang"] for r in records for _ in r["entities"]).items())),
        "neg_kinds": dict(sorted(Counter(n["kind"] for r in records for n in r["negatives"]).items())),
        "values": values,
    }
    return records, stats


def write_jsonl(records: list[dict], path: Path) -> None:
    _write(records, path)


def verify(records: list[dict]) -> list[str]:
    """Empty when every span is exact, inside its text, with no spaces at its edges."""
    errors = _verify_spans(records)
    for r in records:
        if r["role"] not in ("agent", "customer") or r["lang"] not in LANGS:
            errors.append(f"{r['message_id']}: bad role/lang")
    return errors


if __name__ == "__main__":
    recs, st = build()
    errs = verify(recs)
    if errs:
        raise SystemExit("\n".join(errs[:20]))
    write_jsonl(recs, OUT)
    print({k: v for k, v in st.items() if k != "values"})
