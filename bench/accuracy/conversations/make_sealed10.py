# ruff: noqa: E501  (hand-written phrasing tables)
"""Generate the tenth sealed multi-turn conversation set, ``sealed10.jsonl`` (issue 13).

Written blind: without reading the rules, the detector or any earlier set. Seeded and
deterministic: ``python make_sealed10.py [OUT]``. Every number is checksum-valid (see
make_values.py); names, streets, businesses and phrasings are this file's own tables.

``build()`` returns the records and a list of facts: one per labelled value (its canonical
form, how it was typed, and the spans that carry it), which the test uses to check validity
after undoing a split or a disguise.
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import phonenumbers  # noqa: E402
from make_values import (  # noqa: E402
    HOMOGLYPHS,
    NUMBER_WORDS,
    ZERO_WIDTH,
    E,
    N,
    Part,
    booking_ref,
    conversation_records,
    digits,
    iban,
    nl_bsn,
    no_fnr,
    no_kontonr,
    order_number,
    passport,
    phone,
    ru_account,
    ru_inn,
    ru_snils,
    verify,
    write_jsonl,
)

SEED = 20261213
LANGS = ("en", "nl", "nb", "ru")
CLASSES = ("bare_answer", "list", "split", "disguised", "address_no_cue", "plain")
PER_CLASS = 25  # conversations per class and language

# ---------------------------------------------------------------------------------------
# people and places (this set's own lists)
# ---------------------------------------------------------------------------------------

FIRST = {
    "en": ["Rosalind", "Callum", "Imogen", "Declan", "Harriet", "Ewan", "Bethany", "Rhys", "Tamsin", "Gareth",
           "Niamh", "Kieran", "Philippa", "Dominic", "Sian", "Barnaby"],
    "nl": ["Gerrit", "Marloes", "Hidde", "Janneke", "Stijn", "Roos", "Maarten", "Wendela", "Tijmen", "Esmee",
           "Floris", "Marieke", "Jelle", "Annelies", "Gijs", "Sietske"],
    "nb": ["Anders", "Guri", "Trond", "Sunniva", "Leif", "Brynhild", "Espen", "Tuva", "Geir", "Ingeborg",
           "Halvor", "Randi", "Sverre", "Live", "Ottar", "Synnøve"],
    "ru": ["Григорий", "Вера", "Степан", "Людмила", "Роман", "Галина", "Тимофей", "Дарья", "Олег", "Полина",
           "Кирилл", "Зоя", "Фёдор", "Алёна", "Денис", "Нина"],
}  # fmt: skip
LAST = {
    "en": ["Okonkwo", "Pritchard", "Featherstone", "Quigley", "Ellsworth", "Dunmore", "Abernethy", "Penhaligon",
           "Greaves", "Mallory", "Tregothnan", "Winterbourne"],
    "nl": ["Verhoeven", "Wijnands", "ter Horst", "Oosterhuis", "van Rijswijk", "Dekkers", "Lammers", "Hofstede",
           "van Gool", "Schipper", "Zwart", "Boomsma"],
    "nb": ["Fjeldstad", "Rønning", "Sæther", "Tveit", "Kvamme", "Ødegård", "Eide", "Lien", "Myhre", "Vik",
           "Grønlie", "Skaug"],
    "ru": ["Тарасов", "Воронин", "Ефимов", "Комаров", "Баранов", "Суханов", "Горбунов", "Медведев", "Никитин",
           "Жуков", "Блинов", "Лаптев"],
}  # fmt: skip
RU_FEM = {"Вера", "Людмила", "Галина", "Дарья", "Полина", "Зоя", "Алёна", "Нина"}
AGENTS = {
    "en": ["Priya", "Tom", "Shauna", "Mo", "Kelly", "Josh"],
    "nl": ["Iris", "Bas", "Yara", "Mehmet", "Loes", "Rik"],
    "nb": ["Mona", "Pål", "Ida", "Stian", "Hanne", "Ola"],
    "ru": ["Алина", "Максим", "Ирина", "Егор", "Оксана", "Глеб"],
}
STREETS = {
    "en": ["Hazel Grove", "Ferry Lane", "Copper Beech Road", "Tannery Row", "Windmill Hill", "Gorse Close",
           "Lark Rise", "Abbey Mews", "Cobble Street", "Foundry Walk"],
    "nl": ["Kastanjelaan", "Vlietweg", "Sluisstraat", "Wilgenhof", "Brink", "Zuiderdiep", "Merelstraat",
           "Lange Nieuwstraat", "Esdoornlaan", "Turfmarkt"],
    "nb": ["Kvernhusveien", "Bekkeliveien", "Tollbugata", "Furulia", "Sjøgata", "Marienlyst", "Lyngveien",
           "Prestegårdsveien", "Elvebakken", "Nordre gate"],
    "ru": ["ул. Луговая", "ул. Заречная", "ул. Строителей", "пр. Победы", "ул. Кирова", "ул. Энтузиастов",
           "Берёзовая ул.", "ул. Островского", "пер. Почтовый", "ул. Полевая"],
}  # fmt: skip
CITIES = {
    "en": [("Ipswich", "IP4 2DX"), ("Exeter", "EX2 5PL"), ("Carlisle", "CA1 3QW"), ("Swindon", "SN3 1RT"),
           ("Derby", "DE22 4GH"), ("Lincoln", "LN2 1JF"), ("Preston", "PR1 8BU")],
    "nl": [("Amersfoort", "3811 HM"), ("Deventer", "7411 JK"), ("Gouda", "2801 RB"), ("Assen", "9401 EP"),
           ("Tilburg", "5038 CT"), ("Alkmaar", "1811 KN"), ("Venlo", "5911 GA")],
    "nb": [("Lillehammer", "2609"), ("Bodø", "8006"), ("Ålesund", "6002"), ("Fredrikstad", "1606"),
           ("Kristiansand", "4611"), ("Molde", "6413"), ("Gjøvik", "2815")],
    "ru": [("Ярославль", "150000"), ("Владимир", "600017"), ("Рязань", "390023"), ("Кострома", "156000"),
           ("Иваново", "153002"), ("Тула", "300041"), ("Калуга", "248000")],
}  # fmt: skip
DESTS = {
    "en": ["Faro", "Porto", "Inverness", "Belfast", "Naples", "Reykjavik", "Krakow"],
    "nl": ["Faro", "Bonaire", "Porto", "Napels", "Kopenhagen", "Wenen", "Split"],
    "nb": ["Malaga", "Kraków", "Stavanger", "Kirkenes", "Praha", "Nice", "Reykjavik"],
    "ru": ["Анапу", "Мурманск", "Ереван", "Ташкент", "Иркутск", "Калининград", "Баку"],
}  # fmt: skip
DOMAINS = {
    "en": ["gmail.com", "hotmail.co.uk", "sky.com", "protonmail.com", "aol.com"],
    "nl": ["gmail.com", "planet.nl", "home.nl", "outlook.com", "live.nl"],
    "nb": ["gmail.com", "yahoo.no", "broadpark.no", "icloud.com", "hotmail.com"],
    "ru": ["yandex.ru", "mail.ru", "inbox.ru", "list.ru", "gmail.com"],
}
TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "ch", "ш": "sh", "щ": "sch", "ы": "y", "э": "e", "ю": "yu",
    "я": "ya", "ь": "", "ъ": "", "ø": "o", "å": "aa", "æ": "ae", " ": "",
})  # fmt: skip

# ---------------------------------------------------------------------------------------
# sectors, businesses, what they ask for
# ---------------------------------------------------------------------------------------

SECTORS: dict[str, dict[str, list[str]]] = {
    "bank": {"en": ["Kestrel Bank", "Millbrook Building Society"], "nl": ["Polderbank", "Spaarkas Rivierland"],
             "nb": ["Fjordsparebanken", "Nordlys Bank"], "ru": ["банк «Волжский кредит»", "Северный расчётный банк"]},
    "insurer": {"en": ["Lanyard Insurance"], "nl": ["Zekerheid Verzekeringen", "Dijkwacht Zorgverzekeraar"],
                "nb": ["Trygghet Forsikring"], "ru": ["страховая «Оберег»"]},
    "airline": {"en": ["Skylark Airways"], "nl": ["Zilvermeeuw Airlines"], "nb": ["Havørn Air"], "ru": ["авиакомпания «Стриж»"]},
    "rail": {"en": ["Pennine Rail"], "nl": ["Spoorlijn Oost"], "nb": ["Fjelltoget"], "ru": ["«Северные экспрессы»"]},
    "telecom": {"en": ["Beacon Mobile"], "nl": ["Belnet Mobiel"], "nb": ["Signalnett"], "ru": ["оператор «Связь-Плюс»"]},
    "utility": {"en": ["Brightwater Energy"], "nl": ["Stroomkracht Energie"], "nb": ["Elvekraft Strøm"], "ru": ["«Горэнергосбыт»"]},
    "clinic": {"en": ["Meadowbank Surgery"], "nl": ["Huisartsenpraktijk De Linde"], "nb": ["Bryggen Legesenter"], "ru": ["клиника «Здоровье+»"]},
    "municipality": {"en": ["Eastmoor District Council"], "nl": ["Gemeente Waterdonk"], "nb": ["Sørvik kommune"], "ru": ["МФЦ района"]},
    "parcel": {"en": ["Swiftbox Parcels"], "nl": ["PakketPost Snel"], "nb": ["Budhuset"], "ru": ["служба доставки «Курьер-24»"]},
    "landlord": {"en": ["Greystone Lettings"], "nl": ["Woonstichting Het Anker"], "nb": ["Boligbyggelaget Tunet"], "ru": ["управляющая компания «Уют»"]},
    "gym": {"en": ["IronOak Fitness"], "nl": ["SportCity Noord"], "nb": ["Treningshuset"], "ru": ["фитнес-клуб «Атлант»"]},
    "school": {"en": ["Hollybrook Academy"], "nl": ["Het Baken College"], "nb": ["Eikeli skole"], "ru": ["школа № 41"]},
    "car_rental": {"en": ["Roadrunner Car Hire"], "nl": ["AutoVerhuur Kiem"], "nb": ["Bilutleie Nord"], "ru": ["прокат «Автодруг»"]},
    "hotel": {"en": ["The Quayside Hotel"], "nl": ["Hotel De Zeven Sluizen"], "nb": ["Fjordhotellet"], "ru": ["гостиница «Волга»"]},
}  # fmt: skip

# kinds each sector asks for (weights by repetition)
SECTOR_KINDS = {
    "bank": ["custno", "custno", "iban", "account", "account", "card", "phone", "dob", "email", "natid"],
    "insurer": ["custno", "custno", "dob", "iban", "phone", "email", "natid"],
    "airline": ["booking", "booking", "booking", "booking", "ticket", "ticket", "passport", "passport", "dob", "custno", "email", "phone"],
    "rail": ["booking", "booking", "custno", "email", "dob", "card"],
    "telecom": ["custno", "custno", "phone", "phone", "email", "iban", "dob"],
    "utility": ["custno", "custno", "iban", "account", "email", "phone"],
    "clinic": ["dob", "dob", "natid", "natid", "phone", "custno"],
    "municipality": ["natid", "natid", "dob", "phone", "email"],
    "parcel": ["phone", "phone", "email", "custno"],
    "landlord": ["custno", "iban", "account", "phone", "email"],
    "gym": ["custno", "custno", "card", "iban", "email", "phone", "dob"],
    "school": ["custno", "dob", "email", "phone"],
    "car_rental": ["booking", "booking", "passport", "card", "phone", "dob"],
    "hotel": ["booking", "booking", "card", "email", "phone", "passport"],
}
# how often each sector opens a chat (travel and parcels are the busiest desks)
SECTOR_WEIGHTS = {"airline": 4, "rail": 2, "hotel": 2, "car_rental": 2, "bank": 3, "insurer": 2, "telecom": 2,
                  "utility": 2, "clinic": 2, "municipality": 1, "parcel": 2, "landlord": 1, "gym": 1, "school": 1}  # fmt: skip
TYPE_OF = {
    "booking": "BOOKING_REFERENCE", "ticket": "TICKET_NUMBER", "custno": "CUSTOMER_NUMBER",
    "passport": "PASSPORT", "natid": "NATIONAL_ID", "iban": "IBAN_CODE", "account": "BANK_ACCOUNT",
    "card": "CREDIT_CARD", "email": "EMAIL_ADDRESS", "phone": "PHONE_NUMBER", "dob": "DATE_OF_BIRTH",
    "address": "LOCATION", "name": "PERSON",
}  # fmt: skip

# the business's own word for its customer number
CUST_TERMS = {
    "bank": {"en": ["customer number", "client ID"], "nl": ["klantnummer", "relatienummer"], "nb": ["kundenummer"], "ru": ["номер клиента"]},
    "insurer": {"en": ["policyholder number"], "nl": ["relatienummer", "klantnummer"], "nb": ["kundenummer"], "ru": ["номер клиента"]},
    "airline": {"en": ["Skylark Club number", "frequent flyer number"], "nl": ["Meeuwpunten-nummer", "frequent flyer-nummer"], "nb": ["Havørn Bonus-nummer"], "ru": ["номер бонусной карты"]},
    "rail": {"en": ["railcard account number"], "nl": ["reizigersnummer"], "nb": ["kundenummer"], "ru": ["номер карты лояльности"]},
    "telecom": {"en": ["account number"], "nl": ["klantnummer"], "nb": ["kundenummer"], "ru": ["номер лицевого счёта", "лицевой счёт"]},
    "utility": {"en": ["account number", "customer reference"], "nl": ["klantnummer", "contractnummer"], "nb": ["kundenummer", "målepunkt-ID"], "ru": ["лицевой счёт", "номер абонента"]},
    "clinic": {"en": ["patient number"], "nl": ["patiëntnummer"], "nb": ["pasientnummer"], "ru": ["номер медкарты"]},
    "municipality": {"en": ["council tax reference"], "nl": ["klantnummer"], "nb": ["saksnummer"], "ru": ["номер заявителя"]},
    "parcel": {"en": ["customer number"], "nl": ["klantnummer"], "nb": ["kundenummer"], "ru": ["номер клиента"]},
    "landlord": {"en": ["tenant reference"], "nl": ["huurdernummer"], "nb": ["medlemsnummer"], "ru": ["номер лицевого счёта"]},
    "gym": {"en": ["membership number"], "nl": ["lidnummer", "pasnummer"], "nb": ["medlemsnummer"], "ru": ["номер абонемента", "номер клубной карты"]},
    "school": {"en": ["pupil number"], "nl": ["leerlingnummer"], "nb": ["elevnummer"], "ru": ["номер личного дела"]},
    "car_rental": {"en": ["driver club number"], "nl": ["klantnummer"], "nb": ["kundenummer"], "ru": ["номер клиента"]},
    "hotel": {"en": ["loyalty number"], "nl": ["gastnummer"], "nb": ["kundenummer"], "ru": ["номер гостя"]},
}  # fmt: skip

TERMS = {
    "booking": {"en": ["booking reference", "booking code", "reservation code", "PNR"], "nl": ["boekingscode", "reserveringscode", "boekingsnummer"], "nb": ["bestillingsreferanse", "bookingnummer", "referansekode"], "ru": ["код бронирования", "номер брони", "код брони"]},
    "ticket": {"en": ["e-ticket number", "ticket number"], "nl": ["ticketnummer", "e-ticketnummer"], "nb": ["billettnummer", "e-billettnummer"], "ru": ["номер электронного билета", "номер билета"]},
    "passport": {"en": ["passport number", "passport no."], "nl": ["paspoortnummer", "documentnummer"], "nb": ["passnummer", "passnr."], "ru": ["номер загранпаспорта", "серию и номер паспорта"]},
    "natid": {"en": [""], "nl": ["BSN", "burgerservicenummer"], "nb": ["fødselsnummer", "personnummer"], "ru": ["СНИЛС", "ИНН"]},
    "iban": {"en": ["IBAN"], "nl": ["IBAN", "rekeningnummer"], "nb": ["IBAN"], "ru": [""]},
    "account": {"en": ["sort code and account number"], "nl": [""], "nb": ["kontonummer", "kontonr."], "ru": ["номер счёта", "расчётный счёт"]},
    "card": {"en": ["card number", "long number on the card"], "nl": ["kaartnummer", "creditcardnummer"], "nb": ["kortnummer"], "ru": ["номер карты"]},
    "email": {"en": ["email address", "email"], "nl": ["e-mailadres", "mailadres"], "nb": ["e-postadresse", "e-post"], "ru": ["e-mail", "адрес почты"]},
    "phone": {"en": ["phone number", "mobile number", "best number to reach you"], "nl": ["telefoonnummer", "mobiele nummer", "06-nummer"], "nb": ["telefonnummer", "mobilnummer"], "ru": ["номер телефона", "контактный телефон"]},
    "dob": {"en": ["date of birth", "DOB"], "nl": ["geboortedatum"], "nb": ["fødselsdato"], "ru": ["дату рождения"]},
    "name": {"en": ["full name", "name"], "nl": ["naam", "volledige naam"], "nb": ["navnet ditt", "fullt navn"], "ru": ["ФИО", "имя и фамилию"]},
}  # fmt: skip

ASK = {
    "en": ["Could you give me your {t}?", "What's the {t}, please?", "And your {t}?", "Can I take the {t}?", "thanks. {t}?", "To find you I need the {t}."],
    "nl": ["Wat is uw {t}?", "Mag ik je {t}?", "Kunt u mij uw {t} doorgeven?", "En je {t}?", "Wat is het {t} waaronder het loopt?"],
    "nb": ["Kan du oppgi {t}?", "Kan jeg få {t}?", "Hva er {t}?", "Trenger {t}, takk", "Og {t}?"],
    "ru": ["Подскажите, пожалуйста, {t}.", "Назовите {t}, пожалуйста.", "Укажите {t}.", "А {t}?", "Продиктуйте {t}."],
}  # fmt: skip
PLAIN = {
    "en": ["my {t} is {v}", "{T}: {v}", "the {t} is {v}", "{v} is my {t}", "hi, {t} {v}, can you check?"],
    "nl": ["mijn {t} is {v}", "{T}: {v}", "{T} is {v}", "{t}: {v} (staat op de brief)", "hoi, {t} {v}, kunnen jullie kijken?"],
    "nb": ["{t} er {v}", "{T}: {v}", "{T} er {v}, står på brevet", "hei, {t} {v}, kan dere sjekke?"],
    "ru": ["{T}: {v}", "{T} — {v}", "вот {t}: {v}", "здравствуйте, {t} {v}, проверьте пожалуйста"],
}  # fmt: skip
RU_NOM = {"дату рождения": "дата рождения", "серию и номер паспорта": "серия и номер паспорта", "имя и фамилию": "имя и фамилия"}
ONE_MOMENT = {
    "en": ["one moment", "hang on, let me find it", "sec", "just a minute, it's in my emails"],
    "nl": ["momentje", "even zoeken", "ogenblikje, ik pak de brief erbij", "sec"],
    "nb": ["et øyeblikk", "vent litt", "sekund, må finne det", "øyeblikk"],
    "ru": ["секунду", "минутку, сейчас найду", "щас", "подождите, посмотрю"],
}  # fmt: skip
ASK_BACK = {
    "en": [("the one on the letter?", "Yes, that one."), ("the old one or the new one?", "The one you use now."), ("where do I find that?", "It's at the top of your emails from us.")],
    "nl": [("die op de brief?", "Ja, die."), ("bedoelt u die in de app?", "Klopt."), ("waar vind ik dat?", "Bovenaan onze mails.")],
    "nb": [("den som står på brevet?", "Ja, den."), ("mener du den i appen?", "Stemmer."), ("hvor finner jeg det?", "Øverst i e-posten fra oss.")],
    "ru": [("тот, что в договоре?", "Да, его."), ("который в приложении?", "Да, верно."), ("а где его посмотреть?", "В верхней части письма от нас.")],
}  # fmt: skip
GREET = {
    "en": ["Hi, you're chatting with {a} at {b}. How can I help?", "Hello and welcome to {b}! I'm {a}.", "Good morning, {a} here from {b}, what can I do for you?"],
    "nl": ["Goedemiddag, u spreekt met {a} van {b}. Waarmee kan ik helpen?", "Hoi! Je chat met {a} van {b}.", "Welkom bij {b}, mijn naam is {a}."],
    "nb": ["Hei, du snakker med {a} i {b}. Hva kan jeg hjelpe med?", "Hei og velkommen til {b}! Jeg heter {a}.", "God dag, {a} fra {b} her."],
    "ru": ["Здравствуйте! Вас приветствует {b}, меня зовут {a}. Чем могу помочь?", "Добрый день, {a}, {b}. Слушаю вас.", "{b}, оператор {a}, здравствуйте!"],
}  # fmt: skip
GREET_NONAME = {
    "en": ["Hi, thanks for contacting {b}. How can we help?", "Welcome to {b} chat."],
    "nl": ["Welkom bij de chat van {b}.", "Goedendag, {b} klantenservice."],
    "nb": ["Velkommen til chatten hos {b}.", "Hei, {b} kundeservice."],
    "ru": ["Чат поддержки: {b}. Чем можем помочь?", "Здравствуйте, {b}, служба поддержки."],
}  # fmt: skip
THANKS = {
    "en": ["Thanks, found you.", "Great, thank you.", "Perfect, that's sorted."],
    "nl": ["Dank je, ik heb het gevonden.", "Top, dank u.", "Helemaal goed."],
    "nb": ["Takk, fant deg.", "Flott, takk.", "Supert, da er det ordnet."],
    "ru": ["Спасибо, нашла.", "Отлично, спасибо.", "Всё, вижу вас в системе."],
}  # fmt: skip
INTRO = {"en": ["this is {n}", "hi, {n} here", "my name is {n}"], "nl": ["met {n}", "hoi, ik ben {n}", "mijn naam is {n}"],
         "nb": ["hei, det er {n}", "dette er {n}", "jeg heter {n}"], "ru": ["это {n}", "меня зовут {n}", "здравствуйте, {n}"]}  # fmt: skip
REASON = {
    "en": ["hi, I need to change something on my account", "hello, quick question", "hi there, can you help me with something", "I want to update my details please", "hiya, I need a letter resent"],
    "nl": ["hoi, ik wil iets wijzigen", "goedemiddag, ik heb een vraag", "kunt u mij ergens mee helpen?", "ik wil mijn gegevens aanpassen", "hallo, ik heb een brief nodig"],
    "nb": ["hei, jeg må endre noe", "hei, har et spørsmål", "kan dere hjelpe meg med noe?", "vil oppdatere opplysningene mine", "hei, trenger et brev sendt på nytt"],
    "ru": ["здравствуйте, хочу изменить данные", "добрый день, есть вопрос", "помогите, пожалуйста", "нужно обновить контактные данные", "здравствуйте, мне нужна справка"],
}  # fmt: skip

# ---------------------------------------------------------------------------------------
# values
# ---------------------------------------------------------------------------------------


@dataclass
class Fact:
    """One labelled value: canonical form, how it was typed, and its spans (message index, part)."""

    conv: str
    lang: str
    type: str
    kind: str
    canonical: str
    how: str  # plain, split, typo, tail, words, zero_width, homoglyph, spelled_email
    cls: str
    spans: list[tuple[int, int]] = field(default_factory=list)  # (turn index, span index in turn)
    meta: dict = field(default_factory=dict)


def name(rng: random.Random, lang: str) -> tuple[str, str]:
    f, la = rng.choice(FIRST[lang]), rng.choice(LAST[lang])
    if lang == "ru" and f in RU_FEM:
        la += "а"
    return f, la


def full_name(rng: random.Random, lang: str, f: str, la: str) -> str:
    if lang == "ru":
        return rng.choice([f"{f} {la}", f"{la} {f}"])
    return f"{f} {la}"


def luhn_card(rng: random.Random) -> str:
    body = rng.choice(["4", "5" + str(rng.randint(1, 5))]) + digits(rng, 14, first_nonzero=False)
    body = body[:15]
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return body + str((10 - total % 10) % 10)


def custno(rng: random.Random, lang: str) -> str:
    s = rng.randint(0, 7)
    if s == 0:
        return digits(rng, rng.choice([7, 8, 9, 10]))
    if s == 1:
        return rng.choice(["C", "K", "M", "KL", "AC"]) + digits(rng, rng.choice([6, 7, 8]))
    if s == 2:
        return rng.choice(["CU-", "NR-", "KD-", "L-"]) + digits(rng, 6)
    if s == 3:
        d = digits(rng, 9)
        return f"{d[:3]} {d[3:6]} {d[6:]}"
    if s == 4:
        return f"{digits(rng, 4)}-{digits(rng, 4, False)}-{digits(rng, 2, False)}"
    if s == 5 and lang == "ru":
        return f"{digits(rng, 2)}-{digits(rng, 3, False)}"
    if s == 5:
        return f"{digits(rng, 2)}.{digits(rng, 3, False)}.{digits(rng, 3, False)}"
    if s == 6:
        return digits(rng, 12)
    return f"{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')} {digits(rng, 6)}"


def ticket(rng: random.Random) -> str:
    pre = rng.choice(["074", "125", "057", "220", "555", "618"])
    d = digits(rng, 10, first_nonzero=False)
    return rng.choice([f"{pre}-{d}", f"{pre}{d}", f"{pre} {d}"])


def passport_val(rng: random.Random, lang: str) -> str:
    if lang == "ru" and rng.random() < 0.4:  # internal passport: series 4 digits, number 6
        return f"{digits(rng, 2)} {digits(rng, 2, False)} {digits(rng, 6)}"
    return passport(rng, lang)


def natid(rng: random.Random, lang: str) -> tuple[str, str]:
    """(typed value, validator)."""
    if lang == "nl":
        v = nl_bsn(rng)
        return rng.choice([v, v, f"{v[:4]}.{v[4:6]}.{v[6:]}", f"{v[:3]} {v[3:6]} {v[6:]}"]), "bsn"
    if lang == "nb":
        v, _ = no_fnr(rng)
        return rng.choice([v, v, f"{v[:6]} {v[6:]}"]), "fnr"
    if rng.random() < 0.55:
        v = ru_snils(rng)
        return rng.choice([v, v, v.replace("-", "").replace(" ", "")]), "snils"
    return ru_inn(rng), "inn"


def account(rng: random.Random, lang: str) -> tuple[str, str]:
    if lang == "nb":
        v = no_kontonr(rng)
        return rng.choice([v, f"{v[:4]}.{v[4:6]}.{v[6:]}", f"{v[:4]} {v[4:6]} {v[6:]}"]), "kontonr"
    if lang == "ru":
        v = ru_account(rng)
        return rng.choice([v, f"{v[:5]} {v[5:8]} {v[8:9]} {v[9:13]} {v[13:]}"]), "ru_account"
    sc = digits(rng, 6)
    acc = digits(rng, 8, first_nonzero=False)
    return rng.choice([f"{sc[:2]}-{sc[2:4]}-{sc[4:]} {acc}", f"{sc[:2]}-{sc[2:4]}-{sc[4:]}, {acc}", f"{sc} {acc}"]), "uk_account"


def iban_val(rng: random.Random, lang: str) -> str:
    v = iban(rng, {"en": "GB", "nl": "NL", "nb": "NO"}[lang])
    r = rng.random()
    if r < 0.25:
        return v.replace(" ", "")
    if r < 0.35:
        return v.lower().replace(" ", "")
    return v


def email_val(rng: random.Random, lang: str, f: str, la: str) -> tuple[list[str], str]:
    a, b = f.lower().translate(TRANSLIT), la.lower().translate(TRANSLIT)
    s = rng.randint(0, 4)
    local = [[a, b], [a[0], b], [a + b + str(rng.randint(2, 98))], [b, a], [a + "_" + b[:4]]][s]
    return local, rng.choice(DOMAINS[lang])


MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "nb": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
}  # fmt: skip
SHORT_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def ordinal(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def date_str(rng: random.Random, lang: str, d: int, m: int, y: int) -> str:
    """A date in one of the forms people of that language write."""
    mon = MONTHS[lang][m - 1]
    forms = {
        "en": [f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{ordinal(d)} {mon} {y}", f"{mon} {d}, {y}", f"{d}/{m}/{str(y)[2:]}", f"{d} {SHORT_EN[m - 1]} {y}", f"{d:02d}.{m:02d}.{y}"],
        "nl": [f"{d:02d}-{m:02d}-{y}", f"{d} {mon} {y}", f"{d}-{m}-{y}", f"{d}/{m}/{y}", f"{d:02d}.{m:02d}.{y}", f"{d} {mon[:3]} {y}"],
        "nb": [f"{d:02d}.{m:02d}.{y}", f"{d}. {mon} {y}", f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.{str(y)[2:]}", f"{d}/{m}-{y}", f"{d}. {mon[:3]}. {y}"],
        "ru": [f"{d:02d}.{m:02d}.{y}", f"{d} {mon} {y}", f"{d} {mon} {y} г.", f"{d:02d}.{m:02d}.{y}г", f"{d:02d}.{m:02d}.{str(y)[2:]}", f"{d}.{m}.{y}"],
    }[lang]
    return rng.choice(forms)


def address_val(rng: random.Random, lang: str) -> str:
    st, (city, pc) = rng.choice(STREETS[lang]), rng.choice(CITIES[lang])
    no = str(rng.randint(1, 188)) + rng.choice(["", "", "", "a" if lang != "ru" else "а", "b" if lang != "ru" else "к2"])
    if lang == "en":
        s = rng.choice([f"{no} {st}, {city} {pc}", f"{no} {st}, {city}, {pc}", f"flat {rng.randint(1, 12)}, {no} {st}, {city}", f"{no} {st} {pc}"])
    elif lang == "nl":
        pcs = rng.choice([pc, pc.replace(" ", "")])
        s = rng.choice([f"{st} {no} {pcs} {city}", f"{st} {no}, {pcs} {city}", f"{st} {no}\n{pcs} {city}", f"{st} {no} {city}"])
    elif lang == "nb":
        s = rng.choice([f"{st} {no}, {pc} {city}", f"{st} {no} {pc} {city}", f"{st} {no}, {city}", f"{st} {no}, h0{rng.randint(1, 4)}01, {pc} {city}"])
    else:
        apt = rng.randint(1, 220)
        s = rng.choice([f"г. {city}, {st}, д. {no}, кв. {apt}", f"{city}, {st} {no}-{apt}", f"{pc}, {city}, {st}, д.{no}, кв.{apt}", f"{st}, {no}, кв {apt}, {city}"])
    return s.lower() if rng.random() < 0.75 else s


@dataclass
class Value:
    kind: str
    type: str
    text: str  # as typed
    canonical: str
    validator: str


def make_value(rng: random.Random, lang: str, kind: str, person: tuple[str, str] | None = None) -> Value:
    t = TYPE_OF[kind]
    if kind == "booking":
        v = booking_ref(rng)
        return Value(kind, t, v, v, "booking")
    if kind == "ticket":
        v = ticket(rng)
        return Value(kind, t, v, v, "ticket")
    if kind == "custno":
        v = custno(rng, lang)
        return Value(kind, t, v, v, "custno")
    if kind == "passport":
        v = passport_val(rng, lang)
        return Value(kind, t, v, v, "passport_" + lang)
    if kind == "natid":
        v, val = natid(rng, lang)
        return Value(kind, t, v, v, val)
    if kind == "iban":
        v = iban_val(rng, lang)
        return Value(kind, t, v, v, "iban")
    if kind == "account":
        v, val = account(rng, lang)
        return Value(kind, t, v, v, val)
    if kind == "card":
        c = luhn_card(rng)
        v = rng.choice([c, f"{c[:4]} {c[4:8]} {c[8:12]} {c[12:]}", f"{c[:4]}-{c[4:8]}-{c[8:12]}-{c[12:]}"])
        return Value(kind, t, v, v, "luhn")
    if kind == "email":
        f, la = person or name(rng, lang)
        local, dom = email_val(rng, lang, f, la)
        v = ".".join(local) + "@" + dom
        return Value(kind, t, v, v, "email")
    if kind == "phone":
        v = phone(rng, lang)
        return Value(kind, t, v, v, "phone_" + lang)
    if kind == "dob":
        d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1941, 2019)
        return Value(kind, t, date_str(rng, lang, d, m, y), f"{y:04d}-{m:02d}-{d:02d}", "date")
    if kind == "address":
        v = address_val(rng, lang)
        return Value(kind, t, v, v, "address")
    f, la = person or name(rng, lang)
    v = full_name(rng, lang, f, la)
    return Value("name", "PERSON", v, v, "name")


def pick_kind(rng: random.Random, sector: str, lang: str, avoid: tuple[str, ...] = ()) -> str:
    kinds = [k for k in SECTOR_KINDS[sector] if k not in avoid]
    if lang == "en":
        kinds = [k for k in kinds if k != "natid"]
    if lang == "ru":
        kinds = ["account" if k == "iban" else k for k in kinds]
    if lang == "nl":
        kinds = ["iban" if k == "account" else k for k in kinds]
    if lang == "nb":  # Norwegians give the kontonummer as often as the IBAN
        kinds = [k for k in kinds for _ in range(2 if k == "account" else 1)]
    return rng.choice(kinds or ["phone"])


def term(rng: random.Random, lang: str, kind: str, sector: str, val: Value | None = None) -> str:
    if kind == "custno":
        return rng.choice(CUST_TERMS[sector][lang])
    if kind == "natid" and lang == "ru" and val is not None:
        return "ИНН" if val.validator == "inn" else "СНИЛС"
    if kind == "natid" and lang == "nb" and val is not None:
        return rng.choice(TERMS["natid"]["nb"])
    if kind == "iban" and lang == "nl":
        return rng.choice(["IBAN", "rekeningnummer", "IBAN-nummer"])
    return rng.choice(TERMS[kind][lang])


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


# ---------------------------------------------------------------------------------------
# hard negatives
# ---------------------------------------------------------------------------------------


def amount(rng: random.Random, lang: str) -> str:
    eur, cents = rng.randint(8, 640), rng.randint(0, 99)
    return {
        "en": rng.choice([f"£{eur}.{cents:02d}", f"£{eur}", f"{eur}.{cents:02d} pounds"]),
        "nl": rng.choice([f"€ {eur},{cents:02d}", f"€{eur}", f"{eur} euro"]),
        "nb": rng.choice([f"{eur},{cents:02d} kr", f"kr {eur},-", f"{eur * 10} kroner"]),
        "ru": rng.choice([f"{eur * 10} руб.", f"{eur * 10} ₽", f"{eur * 10},{cents:02d} рублей"]),
    }[lang]


def a_time(rng: random.Random, lang: str) -> str:
    h, m = rng.randint(6, 21), rng.choice([0, 5, 15, 20, 30, 40, 45, 50])
    if lang == "en" and rng.random() < 0.4:
        return f"{(h - 1) % 12 + 1}.{m:02d}{'am' if h < 12 else 'pm'}"
    return f"{h:02d}:{m:02d}" if rng.random() < 0.7 else f"{h}.{m:02d}"


def trip_date(rng: random.Random, lang: str) -> str:
    return date_str(rng, lang, rng.randint(1, 28), rng.randint(1, 12), rng.choice([2026, 2027]))


def tracking(rng: random.Random) -> str:
    s = rng.randint(0, 3)
    if s == 0:
        return "3S" + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4)) + digits(rng, 7)
    if s == 1:
        return "JJD" + digits(rng, 15, False)
    if s == 2:
        return rng.choice(["LX", "RR", "CP"]) + digits(rng, 9) + rng.choice(["NL", "NO", "GB", "RU"])
    return "1Z" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16))


def seat(rng: random.Random) -> str:
    return f"{rng.randint(1, 38)}{rng.choice('ABCDEF')}"


def product(rng: random.Random) -> str:
    s = rng.randint(0, 2)
    if s == 0:
        return f"SKU-{digits(rng, 6)}"
    if s == 1:
        return f"{digits(rng, 4)}-{digits(rng, 3, False)}"
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + digits(rng, 5)


def company_phone(rng: random.Random, lang: str) -> str:
    region = {"en": "GB", "nl": "NL", "nb": "NO", "ru": "RU"}[lang]
    while True:
        if lang == "en":  # Ofcom ranges reserved for drama
            nat = rng.choice(["1134960", "1174960", "1614960", "2079460", "1914980"]) + digits(rng, 3, False)
        elif lang == "nl":
            nat = rng.choice(["88", "800", "900"]) + digits(rng, 7, False)
            nat = nat[:9] if nat.startswith("88") else nat[:10]
        elif lang == "nb":
            nat = rng.choice(["815", "22", "810"]) + digits(rng, 6, False)
            nat = nat[:8]
        else:
            nat = rng.choice(["800", "495", "812"]) + digits(rng, 7, False)
        num = phonenumbers.parse(nat, region)
        if phonenumbers.is_valid_number(num):
            fmt = phonenumbers.PhoneNumberFormat.NATIONAL if rng.random() < 0.7 else phonenumbers.PhoneNumberFormat.INTERNATIONAL
            return phonenumbers.format_number(num, fmt)


COMPANY_ADDR = {
    "en": ["Unit 4, Riverside Business Park, Exeter EX2 7LQ", "PO Box 2291, Derby DE1 9ZZ", "Freepost RTLX-2290, Swindon SN1 4AA"],
    "nl": ["Postbus 4410, 3800 AK Amersfoort", "Industrieweg 12, 7400 AA Deventer", "Antwoordnummer 9021, 2800 VB Gouda"],
    "nb": ["Postboks 410, 8001 Bodø", "Industriveien 3, 1601 Fredrikstad", "Postboks 77 Sentrum, 4601 Kristiansand"],
    "ru": ["г. Тула, ул. Металлистов, д. 12, офис 3", "150000, г. Ярославль, а/я 112", "г. Калуга, пл. Старый Торг, 5"],
}  # fmt: skip

# opening lines with hard negatives: (sectors, template); slots o=order, a=amount, d=date, x=destination,
# h=time, k=tracking, s=seat, p=product
NEG_OPEN: dict[str, list[tuple[tuple[str, ...], str]]] = {
    "en": [
        (("parcel",), "tracking says delivered ({k}) but there is nothing here"),
        (("parcel",), "my parcel {k} still says in transit, it was order {o}"),
        (("airline",), "we're flying to {x} on {d} and our seat {s} got changed"),
        (("rail",), "I booked the {h} to {x} on {d}"),
        (("bank", "insurer", "utility", "telecom", "landlord", "gym"), "I've been charged {a} twice, on {d}"),
        (("gym", "telecom", "parcel"), "I ordered item {p} (order {o}) and it's the wrong one"),
        (("clinic",), "I have an appointment at {h} on {d} and need to move it"),
        (("hotel",), "we arrive on {d} around {h}, can we check in late?"),
        (("car_rental",), "pick-up at {x} airport on {d} at {h}"),
        (("municipality", "utility", "landlord"), "I'm moving on {d}"),
        (("school",), "about the trip on {d}, the fee of {a}"),
    ],
    "nl": [
        (("parcel",), "volgens de track & trace ({k}) is het bezorgd, maar ik heb niks"),
        (("parcel",), "mijn pakket {k} staat nog steeds onderweg, bestelling {o}"),
        (("airline",), "we vliegen op {d} naar {x} en stoel {s} is gewijzigd"),
        (("rail",), "ik heb de trein van {h} naar {x} geboekt op {d}"),
        (("bank", "insurer", "utility", "telecom", "landlord", "gym"), "er is twee keer {a} afgeschreven op {d}"),
        (("gym", "telecom", "parcel"), "ik heb artikel {p} besteld (bestelnummer {o}) maar kreeg iets anders"),
        (("clinic",), "ik heb een afspraak om {h} op {d}, kan die verzet worden?"),
        (("hotel",), "we komen {d} rond {h} aan, kan dat nog?"),
        (("car_rental",), "ophalen op {x} airport, {d} om {h}"),
        (("municipality", "utility", "landlord"), "ik verhuis op {d}"),
        (("school",), "over de excursie van {d}, de bijdrage van {a}"),
    ],
    "nb": [
        (("parcel",), "sporingen ({k}) viser levert, men jeg har ikke fått noe"),
        (("parcel",), "pakken {k} står fortsatt som underveis, ordre {o}"),
        (("airline",), "vi flyr til {x} {d} og sete {s} er endret"),
        (("rail",), "jeg har bestilt toget kl. {h} til {x} den {d}"),
        (("bank", "insurer", "utility", "telecom", "landlord", "gym"), "jeg er trukket {a} to ganger, {d}"),
        (("gym", "telecom", "parcel"), "bestilte vare {p} (ordrenr {o}) men fikk feil"),
        (("clinic",), "jeg har time kl {h} den {d}, må flytte den"),
        (("hotel",), "vi kommer {d} ca. kl. {h}, går det bra?"),
        (("car_rental",), "henting på {x} lufthavn {d} kl {h}"),
        (("municipality", "utility", "landlord"), "jeg flytter {d}"),
        (("school",), "gjelder turen {d}, egenandelen på {a}"),
    ],
    "ru": [
        (("parcel",), "по трек-номеру {k} написано «вручено», но я ничего не получал"),
        (("parcel",), "посылка {k} до сих пор в пути, заказ {o}"),
        (("airline",), "летим в {x} {d}, у нас поменяли место {s}"),
        (("rail",), "я купил билет на поезд в {h} до {x} на {d}"),
        (("bank", "insurer", "utility", "telecom", "landlord", "gym"), "с меня дважды списали {a}, {d}"),
        (("gym", "telecom", "parcel"), "заказал товар арт. {p} (заказ {o}), пришёл не тот"),
        (("clinic",), "у меня запись на {h} {d}, нужно перенести"),
        (("hotel",), "мы заезжаем {d} примерно в {h}"),
        (("car_rental",), "получение машины в {x}, {d} в {h}"),
        (("municipality", "utility", "landlord"), "я переезжаю {d}"),
        (("school",), "по поводу экскурсии {d}, взнос {a}"),
    ],
}  # fmt: skip

# short exchanges whose answer is a hard negative: (sectors or () for any, agent line, customer template, slot)
NEG_EXCH: dict[str, list[tuple[tuple[str, ...], str, str, str]]] = {
    "en": [
        (("parcel", "telecom", "gym"), "What's the order number?", "{v}", "o"),
        ((), "Do you have the {c}?", "I only have the order number, {v}", "o2"),
        (("airline", "rail", "hotel", "car_rental"), "When would you like to travel?", "{v}", "d"),
        (("airline", "rail"), "Where are you travelling to?", "{v}", "x"),
        (("clinic", "utility", "telecom", "landlord"), "What time suits you for the call-back?", "after {v}", "h"),
        (("airline",), "Which seat do you have now?", "{v}", "s"),
        (("parcel",), "Do you have the tracking number?", "{v}", "k"),
        (("bank", "insurer", "utility", "landlord", "gym"), "How much was taken?", "{v}", "a"),
        (("gym", "telecom", "parcel"), "Which article is it?", "{v}", "p"),
    ],
    "nl": [
        (("parcel", "telecom", "gym"), "Wat is het bestelnummer?", "{v}", "o"),
        ((), "Heeft u uw {c} bij de hand?", "ik heb alleen het bestelnummer: {v}", "o2"),
        (("airline", "rail", "hotel", "car_rental"), "Wanneer wilt u reizen?", "{v}", "d"),
        (("airline", "rail"), "Waar gaat de reis naartoe?", "{v}", "x"),
        (("clinic", "utility", "telecom", "landlord"), "Hoe laat kunnen we u terugbellen?", "na {v}", "h"),
        (("airline",), "Welke stoel heeft u nu?", "{v}", "s"),
        (("parcel",), "Heeft u de track & trace code?", "{v}", "k"),
        (("bank", "insurer", "utility", "landlord", "gym"), "Om welk bedrag gaat het?", "{v}", "a"),
        (("gym", "telecom", "parcel"), "Welk artikel is het?", "{v}", "p"),
    ],
    "nb": [
        (("parcel", "telecom", "gym"), "Hva er ordrenummeret?", "{v}", "o"),
        ((), "Har du {c} tilgjengelig?", "har bare ordrenummeret, {v}", "o2"),
        (("airline", "rail", "hotel", "car_rental"), "Når ønsker du å reise?", "{v}", "d"),
        (("airline", "rail"), "Hvor skal du reise?", "{v}", "x"),
        (("clinic", "utility", "telecom", "landlord"), "Når passer det at vi ringer deg?", "etter {v}", "h"),
        (("airline",), "Hvilket sete har du nå?", "{v}", "s"),
        (("parcel",), "Har du sporingsnummeret?", "{v}", "k"),
        (("bank", "insurer", "utility", "landlord", "gym"), "Hvor mye ble trukket?", "{v}", "a"),
        (("gym", "telecom", "parcel"), "Hvilken vare gjelder det?", "{v}", "p"),
    ],
    "ru": [
        (("parcel", "telecom", "gym"), "Какой номер заказа?", "{v}", "o"),
        ((), "Подскажите {c}?", "у меня только номер заказа: {v}", "o2"),
        (("airline", "rail", "hotel", "car_rental"), "На какую дату планируете поездку?", "{v}", "d"),
        (("airline", "rail"), "Куда летите?", "в {v}", "x"),
        (("clinic", "utility", "telecom", "landlord"), "Во сколько вам перезвонить?", "после {v}", "h"),
        (("airline",), "Какое у вас сейчас место?", "{v}", "s"),
        (("parcel",), "Есть трек-номер?", "{v}", "k"),
        (("bank", "insurer", "utility", "landlord", "gym"), "Какая сумма списана?", "{v}", "a"),
        (("gym", "telecom", "parcel"), "Какой артикул?", "{v}", "p"),
    ],
}  # fmt: skip
NEG_KIND = {"o": "order_number", "o2": "order_number", "a": "amount", "d": "travel_date", "x": "destination",
            "h": "time", "k": "tracking_number", "s": "seat", "p": "product_code"}  # fmt: skip
CLOSE_CONTACT = {
    "en": ["If anything else comes up, call us on {p}.", "You can also post the form to {q}.", "Our line {p} is open until 8pm."],
    "nl": ["Bel gerust met {p} als er nog iets is.", "U kunt het formulier sturen naar {q}.", "Ons nummer {p} is tot 20.00 bereikbaar."],
    "nb": ["Ring oss gjerne på {p} om det er noe mer.", "Skjemaet kan sendes til {q}.", "Vi er å nå på {p} til kl. 20."],
    "ru": ["Если что, звоните нам: {p}.", "Документы можно отправить по адресу: {q}.", "Горячая линия {p} работает до 20:00."],
}  # fmt: skip
DOB_TRAP = {  # a date-of-birth question answered first with another date
    "en": ("What's your date of birth?", "the booking date? {v}", "No, your own date of birth please."),
    "nl": ("Wat is uw geboortedatum?", "de boekingsdatum? {v}", "Nee, uw eigen geboortedatum."),
    "nb": ("Hva er fødselsdatoen din?", "bestillingsdatoen? {v}", "Nei, din egen fødselsdato."),
    "ru": ("Ваша дата рождения?", "дата заказа? {v}", "Нет, ваша дата рождения."),
}


def neg_value(rng: random.Random, lang: str, slot: str) -> str:
    if slot in ("o", "o2"):
        return order_number(rng)
    return {
        "a": lambda: amount(rng, lang), "d": lambda: trip_date(rng, lang), "x": lambda: rng.choice(DESTS[lang]),
        "h": lambda: a_time(rng, lang), "k": lambda: tracking(rng), "s": lambda: seat(rng), "p": lambda: product(rng),
    }[slot]()  # fmt: skip


def fill_neg(rng: random.Random, lang: str, template: str, **extra: Part) -> list[Part]:
    """Split a template on {o},{a},... and fill each slot with a hard negative."""
    import re

    out: list[Part] = []
    for piece in re.split(r"(\{[a-z0-9]+\})", template):
        if piece.startswith("{") and piece.endswith("}"):
            key = piece[1:-1]
            if key in extra:
                out.append(extra[key])
            else:
                v = neg_value(rng, lang, key)
                out.append(N(v.lower() if key == "x" and rng.random() < 0.3 else v, NEG_KIND[key]))
        elif piece:
            out.append(piece)
    return out


# ---------------------------------------------------------------------------------------
# a conversation
# ---------------------------------------------------------------------------------------


class Conv:
    def __init__(self, rng: random.Random, lang: str, cid: str, cls: str, sector: str) -> None:
        self.rng, self.lang, self.cid, self.cls, self.sector = rng, lang, cid, cls, sector
        self.biz = rng.choice(SECTORS[sector][lang])
        self.turns: list[tuple[str, list[Part]]] = []
        self.facts: list[Fact] = []
        self.pending: list[tuple[E, Fact]] = []
        self.person = name(rng, lang)
        self.mode = ""  # the split or disguise method planned for this conversation

    def fact(self, val: Value, how: str, cls: str, **meta: object) -> Fact:
        f = Fact(self.cid, self.lang, val.type, val.kind, val.canonical, how, cls, meta={"validator": val.validator, **meta})
        self.facts.append(f)
        return f

    def lab(self, text: str, f: Fact) -> E:
        e = E(text, f.type, f.cls)
        self.pending.append((e, f))
        return e

    def ent(self, val: Value, cls: str, text: str | None = None, how: str = "plain") -> E:
        return self.lab(val.text if text is None else text, self.fact(val, how, cls))

    def add(self, role: str, parts: list[Part] | str) -> None:
        if isinstance(parts, str):
            parts = [parts]
        k = 0
        for p in parts:
            if isinstance(p, E):
                for i, (e, f) in enumerate(self.pending):
                    if e is p:
                        f.spans.append((len(self.turns), k))
                        del self.pending[i]
                        break
                else:
                    raise AssertionError("unregistered span")
                k += 1
        self.turns.append((role, parts))

    def agent(self, parts: list[Part] | str) -> None:
        self.add("agent", parts)

    def cust(self, parts: list[Part] | str) -> None:
        self.add("customer", parts)

    # -- pieces -----------------------------------------------------------------------

    def open(self, agent_name: bool, intro: bool, neg_open: bool) -> None:
        rng, lang = self.rng, self.lang
        if agent_name:
            a = rng.choice(AGENTS[lang])
            v = Value("name", "PERSON", a, a, "name")
            tpl = rng.choice(GREET[lang])
            pre, post = tpl.split("{a}")
            self.agent([pre.replace("{b}", self.biz), self.ent(v, "plain"), post.replace("{b}", self.biz)])
        else:
            self.agent(rng.choice(GREET_NONAME[lang]).replace("{b}", self.biz))
        parts: list[Part] = []
        if intro:
            f, la = self.person
            v = Value("name", "PERSON", full_name(rng, lang, f, la), "", "name")
            v.canonical = v.text
            pre, post = rng.choice(INTRO[lang]).split("{n}")
            parts += [pre, self.ent(v, "plain"), post + ", "]
        opts = [t for secs, t in NEG_OPEN[lang] if self.sector in secs]
        if neg_open and opts:
            parts += fill_neg(rng, lang, rng.choice(opts))
        else:
            parts.append(rng.choice(REASON[lang]))
        if parts and isinstance(parts[0], str):
            parts[0] = cap(parts[0])
        self.cust(parts)

    def neg_exchange(self) -> None:
        rng, lang = self.rng, self.lang
        opts = [x for x in NEG_EXCH[lang] if not x[0] or self.sector in x[0]]
        if rng.random() < 0.15:
            q, a, back = DOB_TRAP[lang]
            self.agent(q)
            self.cust(fill_neg(rng, lang, a.replace("{v}", "{d}")))
            self.agent(back)
            v = make_value(rng, lang, "dob")
            self.cust([self.ent(v, "bare_answer")])
            return
        _, q, a, slot = rng.choice(opts)
        self.agent(q.replace("{c}", term(rng, lang, "custno", self.sector)))
        self.cust(fill_neg(rng, lang, a.replace("{v}", "{" + slot + "}")))

    def close(self, contact: bool) -> None:
        rng, lang = self.rng, self.lang
        if contact:
            tpl = rng.choice(CLOSE_CONTACT[lang])
            if "{p}" in tpl:
                self.agent(fill_neg(rng, lang, tpl, p=N(company_phone(rng, lang), "company_phone")))
            else:
                self.agent(fill_neg(rng, lang, tpl, q=N(rng.choice(COMPANY_ADDR[lang]), "company_address")))
        elif self.turns[-1][0] == "customer":
            self.agent(rng.choice(THANKS[lang]))

    def ask(self, kind: str, val: Value | None = None) -> str:
        t = term(self.rng, self.lang, kind, self.sector, val)
        return cap(self.rng.choice(ASK[self.lang]).replace("{t}", t))


# ---------------------------------------------------------------------------------------
# the six classes
# ---------------------------------------------------------------------------------------

LOWER_OK = ("booking", "custno", "passport", "iban", "email", "name")
OTHER = {
    "en": [("also, will this cost anything?", "No, there's no charge."), ("can I do this in the app next time?", "Yes, under Settings.")],
    "nl": [("kost dit trouwens iets?", "Nee, dat is gratis."), ("kan dit ook via de app?", "Ja, onder Instellingen.")],
    "nb": [("koster dette noe?", "Nei, det er gratis."), ("kan jeg gjøre dette i appen?", "Ja, under Innstillinger.")],
    "ru": [("а это платно?", "Нет, бесплатно."), ("а через приложение так можно?", "Да, в разделе «Настройки».")],
}  # fmt: skip
AGAIN = {"en": "So, the {t}?", "nl": "En dan het {t}?", "nb": "Og {t}?", "ru": "Итак, {t}?"}
ALSO = {"en": ["and ", "and our kid ", "and my partner ", "plus ", "and also "],
        "nl": ["en ", "en ons kind ", "en mijn partner ", "plus ", "en ook "],
        "nb": ["og ", "og barnet vårt ", "og samboeren min ", "pluss ", "og så "],
        "ru": ["и ", "а также ", "и ещё "]}  # fmt: skip
LIST_ASK = {
    "en": ["Please send the details of everyone on the booking.", "Can you list everyone who needs to be added?", "Which ones are they?"],
    "nl": ["Stuur de gegevens van alle personen maar.", "Welke personen moeten erbij?", "Om welke gaat het?"],
    "nb": ["Send opplysningene for alle det gjelder.", "Hvem skal legges til?", "Hvilke gjelder det?"],
    "ru": ["Пришлите данные всех, кого нужно добавить.", "Перечислите, пожалуйста, всех.", "О каких идёт речь?"],
}  # fmt: skip
LIST_INTRO = {"en": ["here you go:", "sure:", ""], "nl": ["bij deze:", "ok:", ""], "nb": ["her:", "ok:", ""], "ru": ["вот:", "пишу:", ""]}
ADDR_ASK = {
    "en": ["Where should we send it?", "Which address should the new card go to?", "And the delivery address?", "Where do you want the letter posted?", "What address is it about?"],
    "nl": ["Waar mogen we het naartoe sturen?", "Op welk adres wilt u de nieuwe pas ontvangen?", "En het bezorgadres?", "Om welk adres gaat het?"],
    "nb": ["Hvor skal vi sende det?", "Hvilken adresse skal kortet sendes til?", "Og leveringsadressen?", "Hvilken adresse gjelder det?"],
    "ru": ["Куда отправить?", "На какой адрес доставить?", "Адрес доставки?", "По какому адресу?"],
}  # fmt: skip
SPLIT_KINDS = ("booking", "iban", "account", "phone", "card", "custno", "natid", "passport", "email", "ticket")
CONTINUE = {"en": ["go on", "yes?", "ok", "mhm"], "nl": ["ga door", "ja?", "ok", "oké"], "nb": ["ja?", "fortsett", "ok", "mhm"], "ru": ["да?", "так", "слушаю", "ага"]}
REMARK = {"en": [" oops", "...", " sorry sent too early", " -"], "nl": [" oeps", "...", " sorry te vroeg verstuurd", " -"],
          "nb": [" oi", "...", " sorry sendte for tidlig", " -"], "ru": [" ой", "...", " сорри, рано отправил", " -"]}  # fmt: skip
PAUSE = {"en": ["sec", "...", "hang on"], "nl": ["sec", "...", "wacht"], "nb": ["sek", "...", "vent"], "ru": ["сек", "...", "щас"]}
FIX = {"en": ["sorry, {v}", "*{v}", "correction: {v}", "no wait, it's {v}"], "nl": ["sorry, {v}", "*{v}", "correctie: {v}", "nee wacht, {v}"],
       "nb": ["beklager, {v}", "*{v}", "rettelse: {v}", "nei vent, {v}"], "ru": ["ой, {v}", "*{v}", "исправляю: {v}", "нет, подождите, {v}"]}  # fmt: skip
TAIL = {"en": ["sorry, last {n} should be {v}", "typo, the end is {v}"], "nl": ["sorry, de laatste {n} zijn {v}", "typfout, eindigt op {v}"],
        "nb": ["beklager, de siste {n} er {v}", "skrivefeil, slutter på {v}"], "ru": ["опечатка, последние {n}: {v}", "ошибся, в конце {v}"]}  # fmt: skip
TAIL1 = {"en": "sorry, last digit is {v}", "nl": "sorry, laatste cijfer is {v}", "nb": "sorry, siste siffer er {v}", "ru": "последняя цифра {v}, извините"}
MISMATCH = {"en": "That doesn't match, could you check it?", "nl": "Dat klopt niet helemaal, kunt u het controleren?",
            "nb": "Det stemmer ikke helt, kan du sjekke?", "ru": "Не совпадает, проверьте, пожалуйста."}  # fmt: skip
SPELL = {
    "en": {"dot": ["dot"], "at": ["at", "(at)", "[at]"], "_": ["underscore"]},
    "nl": {"dot": ["punt"], "at": ["apenstaartje", "apestaart", "at"], "_": ["underscore", "laag streepje"]},
    "nb": {"dot": ["punktum", "prikk"], "at": ["alfakrøll", "krøllalfa", "at"], "_": ["understrek"]},
    "ru": {"dot": ["точка"], "at": ["собака", "собачка"], "_": ["нижнее подчёркивание"]},
}  # fmt: skip


TRAVEL = ("airline", "rail", "hotel", "car_rental")


def id_kind(rng: random.Random, sector: str) -> str:
    """What the business looks a customer up by."""
    if sector == "airline":
        return rng.choice(["booking", "booking", "booking", "ticket", "custno"])
    if sector in TRAVEL:
        return rng.choice(["booking", "booking", "custno"])
    if sector == "clinic":
        return rng.choice(["dob", "custno"])
    return "custno"


def identify(c: Conv) -> None:
    """The agent looks the customer up: answered bare or with its cue (another class's side data)."""
    rng, lang = c.rng, c.lang
    kind = id_kind(rng, c.sector)
    val = make_value(rng, lang, kind, c.person)
    c.agent(c.ask(kind, val))
    if rng.random() < 0.6:
        text = val.text.lower() if kind in LOWER_OK and rng.random() < 0.3 else val.text
        c.cust([c.ent(val, "bare_answer", text)])
    else:
        t = term(rng, lang, kind, c.sector, val)
        pre, post = rng.choice(PLAIN[lang]).replace("{T}", cap(RU_NOM.get(t, t))).replace("{t}", RU_NOM.get(t, t)).split("{v}")
        c.cust([cap(pre), c.ent(val, "plain"), post])


def bare_answer(c: Conv) -> None:
    rng, lang = c.rng, c.lang
    r = rng.random()
    kind = "name" if r < 0.1 else id_kind(rng, c.sector) if r < 0.5 else pick_kind(rng, c.sector, lang)
    val = make_value(rng, lang, kind, c.person)
    c.agent(c.ask(kind, val))
    r = rng.random()
    if r < 0.25:
        c.cust(rng.choice(ONE_MOMENT[lang]))
        if rng.random() < 0.5:
            c.agent({"en": "No rush.", "nl": "Geen haast.", "nb": "Ingen hast.", "ru": "Конечно, жду."}[lang])
    elif r < 0.45:
        q, a = rng.choice(ASK_BACK[lang])
        c.cust(q)
        c.agent(a)
    elif r < 0.6:
        q, a = rng.choice(OTHER[lang])
        c.cust(q)
        c.agent(a + " " + AGAIN[lang].replace("{t}", term(rng, lang, kind, c.sector, val)))
    text = val.text.lower() if kind in LOWER_OK and rng.random() < 0.35 else val.text
    tail = rng.choice(["", "", "", " thanks" if lang == "en" else " ", "."]).rstrip()
    c.cust([c.ent(val, "bare_answer", text), tail])


def list_fields(rng: random.Random, sector: str, lang: str) -> list[str]:
    if sector in ("airline", "car_rental", "hotel", "rail"):
        return rng.choice([["name", "dob", "passport"], ["name", "dob", "passport"], ["name", "dob"], ["name", "passport"]])
    if sector in ("clinic", "municipality", "insurer"):
        return [["name", "dob"], ["name", "dob"]][0] if lang == "en" else rng.choice([["name", "dob", "natid"], ["name", "natid"], ["name", "dob"]])
    if sector in ("school", "gym"):
        return rng.choice([["name", "dob"], ["name", "custno"], ["name", "dob", "custno"]])
    if sector in ("bank", "utility", "landlord"):
        acc = "account" if lang == "ru" or (lang == "nb" and rng.random() < 0.5) else "iban"
        return rng.choice([[acc], ["name", "phone"], ["card"], ["custno"]])
    return rng.choice([["name", "phone"], ["phone"], ["email"], ["name", "email"]])


def list_class(c: Conv) -> None:
    rng, lang = c.rng, c.lang
    fields = list_fields(rng, c.sector, lang)
    n = rng.choice([2, 2, 3, 3, 3, 4, 5])
    c.agent(rng.choice(LIST_ASK[lang]))
    people = [c.person] + [name(rng, lang) for _ in range(n - 1)]
    if lang != "ru":  # family shares the surname
        people = [people[0]] + [(f, people[0][1]) if rng.random() < 0.6 else (f, la) for f, la in people[1:]]
    layout = rng.choice(["comma", "lines", "numbered", "bullets", "table"])
    sep = " | " if layout == "table" else rng.choice([", ", " ", " - "]) if layout != "comma" else ", "
    parts: list[Part] = []
    intro = rng.choice(LIST_INTRO[lang])
    if intro:
        parts.append(intro + "\n")
    for i, (f, la) in enumerate(people):
        if layout == "comma" and i:
            mid = "; " if lang == "ru" else ", "
            if i < n - 1:
                parts.append(mid)
            elif "name" in fields:
                parts.append(rng.choice([mid, " " + rng.choice(ALSO[lang]), mid + rng.choice(ALSO[lang])]))
            else:
                parts.append(rng.choice([mid, " " + ALSO[lang][0]]))
        elif layout != "comma":
            if i:
                parts.append("\n")
            parts.append({"numbered": f"{i + 1}{')' if lang == 'ru' else '.'} ", "bullets": rng.choice(["- ", "• ", "* "]), "lines": "", "table": ""}[layout])
        for j, k in enumerate(fields):
            if j:
                parts.append(sep)
            if k == "name":
                v = Value("name", "PERSON", "", "", "name")
                v.text = f"{la} {f}" if lang == "ru" else f"{f} {la}"
                if rng.random() < 0.2:
                    v.text = v.text.lower()
                v.canonical = v.text
            else:
                v = make_value(rng, lang, k, (f, la))
            parts.append(c.ent(v, "list"))
            if k == "dob" and lang == "ru" and rng.random() < 0.5:
                parts.append(" г.р.")
    c.cust(parts)


def cut(rng: random.Random, text: str, n: int) -> list[str]:
    """Cut text into n parts at random places (between or inside groups), each with 2+ letters/digits."""
    least = 3 if "@" in text else 2
    while True:
        pos = sorted(rng.sample(range(1, len(text)), n - 1))
        pieces = [text[a:b].strip(" -") for a, b in zip([0, *pos], [*pos, len(text)], strict=True)]
        if all(sum(ch.isalnum() for ch in p) >= least for p in pieces):
            return pieces


def typo(rng: random.Random, text: str, tail_only: int = 0) -> str:
    idx = [i for i, ch in enumerate(text) if ch.isdigit()]
    if tail_only:
        idx = idx[-tail_only:]
    i = rng.choice(idx)
    return text[:i] + rng.choice([d for d in "0123456789" if d != text[i]]) + text[i + 1 :]


def split_class(c: Conv) -> None:
    rng, lang = c.rng, c.lang
    kinds = [k for k in SPLIT_KINDS if k in SECTOR_KINDS[c.sector] or k in ("phone", "email")]
    kind = rng.choice(kinds)
    if lang == "en" and kind == "natid":
        kind = "phone"
    if kind == "iban" and lang == "ru":
        kind = "account"
    if kind == "account" and lang == "nl":
        kind = "iban"
    val = make_value(rng, lang, kind, c.person)
    if c.mode.startswith("fix") and kind == "email":
        kind = "phone"
        val = make_value(rng, lang, kind, c.person)
    c.agent(c.ask(kind, val))
    if c.mode.startswith("fix"):  # typed, then corrected
        mode = int(c.mode[3:])
        if mode == 3:
            wrong = typo(rng, val.text, 1)
            c.cust([c.lab(wrong, c.fact(Value(kind, val.type, wrong, wrong, val.validator), "typo", "split", right=val.canonical))])
            pre, post = TAIL1[lang].split("{v}")
            d = [ch for ch in val.text if ch.isdigit()][-1]
            c.cust([pre, c.ent(val, "split", d, "tail"), post])
        elif mode == 2:
            n = rng.choice([2, 3, 4])
            wrong = typo(rng, val.text, n)
            c.cust([c.lab(wrong, c.fact(Value(kind, val.type, wrong, wrong, val.validator), "typo", "split", right=val.canonical))])
            tail = "".join(ch for ch in val.text if ch.isdigit())[-n:]
            pre, post = rng.choice(TAIL[lang]).replace("{n}", str(n)).split("{v}")
            c.cust([pre, c.ent(val, "split", tail, "tail"), post])
        else:
            wrong = typo(rng, val.text)
            c.cust([c.lab(wrong, c.fact(Value(kind, val.type, wrong, wrong, val.validator), "typo", "split", right=val.canonical))])
            if mode == 1:
                c.agent(MISMATCH[lang])
                c.cust([c.ent(val, "split")])
            else:
                pre, post = rng.choice(FIX[lang]).split("{v}")
                c.cust([pre, c.ent(val, "split"), post])
        return
    n = 3 if c.mode == "split3" and len(val.text) >= 9 else 2
    first = val.text.split(" ")[0]
    if n == 2 and " " in val.text and sum(ch.isalnum() for ch in first) >= 2 and rng.random() < 0.35:  # after the country code or first group
        i = val.text.index(" ")
        pieces = [val.text[:i], val.text[i + 1 :].strip()]
    else:
        pieces = cut(rng, val.text, n)
    f = c.fact(val, "split", "split")
    for i, p in enumerate(pieces):
        parts: list[Part] = [c.lab(p, f)]
        if i < n - 1 and rng.random() < 0.3:
            parts.append(rng.choice(REMARK[lang]))
        c.cust(parts)
        if i < n - 1:
            r = rng.random()
            if r < 0.3:
                c.agent(rng.choice(CONTINUE[lang]))
            elif r < 0.45:
                c.cust(rng.choice(PAUSE[lang]))


def spelled_email(rng: random.Random, lang: str, canonical: str) -> str:
    words = SPELL[lang]
    at = rng.choice(words["at"])
    local, dom = canonical.split("@")
    mixed = rng.random() < 0.25

    def sp(s: str) -> str:
        s = s.replace("_", f" {rng.choice(words['_'])} ")
        return s if mixed else s.replace(".", f" {rng.choice(words['dot'])} ")

    return f"{sp(local)} {at} {dom.replace('.', ' ' + rng.choice(words['dot']) + ' ')}"


def disguised(c: Conv) -> None:
    rng, lang = c.rng, c.lang
    if c.mode == "spelled_email":
        val = make_value(rng, lang, "email", c.person)
        text, how = spelled_email(rng, lang, val.canonical), "spelled_email"
    elif c.mode.startswith("words"):
        kind = rng.choice(["phone", "phone", "custno", "natid" if lang != "en" else "card"])
        val = make_value(rng, lang, kind, c.person)
        while kind == "custno" and not val.text.replace(" ", "").isdigit():
            val = make_value(rng, lang, kind, c.person)
        ds = "".join(ch for ch in val.text if ch.isdigit())
        mixed = c.mode == "words_mixed"
        toks = [NUMBER_WORDS[lang][int(d)] if not mixed or rng.random() < 0.5 else d for d in ds]
        if mixed and all(t.isdigit() for t in toks):
            toks[0] = NUMBER_WORDS[lang][int(ds[0])]
        text, how = " ".join(toks), "words"
    elif c.mode == "zero_width":
        kind = rng.choice(["iban" if lang != "ru" else "account", "card", "phone", "natid" if lang != "en" else "custno"])
        val = make_value(rng, lang, kind, c.person)
        chars = list(val.text)
        for _ in range(rng.randint(1, 3)):
            chars.insert(rng.randint(1, len(chars) - 1), rng.choice(ZERO_WIDTH))
        text, how = "".join(chars), "zero_width"
    else:
        kind = rng.choice(["iban" if lang != "ru" else "passport", "passport", "custno", "card"])
        while True:
            val = make_value(rng, lang, kind, c.person)
            idx = [i for i, ch in enumerate(val.text) if ch in HOMOGLYPHS]
            if idx:
                break
        chars = list(val.text)
        for i in rng.sample(idx, min(len(idx), rng.randint(1, 2))):
            chars[i] = rng.choice(HOMOGLYPHS[chars[i]])
        text, how = "".join(chars), "homoglyph"
    kind = val.kind
    c.agent(c.ask(kind, val))
    if rng.random() < 0.3:
        c.cust(rng.choice(ONE_MOMENT[lang]))
    pre = rng.choice(["", "", "it's " if lang == "en" else "het is " if lang == "nl" else "det er " if lang == "nb" else "это "])
    c.cust([pre, c.ent(val, "disguised", text, how)])


def address_no_cue(c: Conv) -> None:
    rng, lang = c.rng, c.lang
    c.agent(rng.choice(ADDR_ASK[lang]))
    if rng.random() < 0.2:
        c.cust(rng.choice(ONE_MOMENT[lang]))
    val = make_value(rng, lang, "address")
    c.cust([c.ent(val, "address_no_cue"), rng.choice(["", "", " please" if lang == "en" else ""])])


def plain(c: Conv) -> None:
    rng, lang = c.rng, c.lang
    for _ in range(rng.choice([1, 1, 2])):
        kind = pick_kind(rng, c.sector, lang)
        val = make_value(rng, lang, kind, c.person)
        t = term(rng, lang, kind, c.sector, val)
        tpl = rng.choice(PLAIN[lang]).replace("{T}", cap(RU_NOM.get(t, t))).replace("{t}", RU_NOM.get(t, t))
        pre, post = tpl.split("{v}")
        c.cust([cap(pre), c.ent(val, "plain"), post])
        c.agent(rng.choice(THANKS[lang]))


BUILDERS = {"bare_answer": bare_answer, "list": list_class, "split": split_class, "disguised": disguised,
            "address_no_cue": address_no_cue, "plain": plain}  # fmt: skip


def build() -> tuple[list[dict], list[Fact], dict[str, str]]:
    """All records, the facts behind their spans, and each conversation's main class."""
    rng = random.Random(SEED)
    records: list[dict] = []
    facts: list[Fact] = []
    main: dict[str, str] = {}
    sectors = [s for s, w in SECTOR_WEIGHTS.items() for _ in range(w)]
    split_modes = ["split2"] * 12 + ["split3"] * 5 + ["fix0", "fix0", "fix1", "fix1", "fix2", "fix2", "fix3", "fix3"]
    disguise_modes = ["spelled_email"] * 9 + ["words_full"] * 3 + ["words_mixed"] * 3 + ["zero_width"] * 5 + ["homoglyph"] * 5
    assert len(split_modes) == len(disguise_modes) == PER_CLASS
    for lang in LANGS:
        plan = [cls for cls in CLASSES for _ in range(PER_CLASS)]
        rng.shuffle(plan)
        modes = {"split": rng.sample(split_modes, PER_CLASS), "disguised": rng.sample(disguise_modes, PER_CLASS)}
        for i, cls in enumerate(plan, 1):
            cid = f"s10-{lang}-{i:03d}"
            c = Conv(rng, lang, cid, cls, rng.choice(sectors))
            if cls in modes:
                c.mode = modes[cls].pop()
            c.open(agent_name=rng.random() < 0.1, intro=rng.random() < (0.6 if cls == "plain" else 0.3), neg_open=rng.random() < 0.25)
            if rng.random() < 0.12:
                c.neg_exchange()
            if cls in ("list", "split", "disguised", "address_no_cue") and rng.random() < 0.4:
                identify(c)
            BUILDERS[cls](c)
            if rng.random() < 0.15:
                c.neg_exchange()
            c.close(contact=rng.random() < 0.12)
            assert not c.pending, cid
            records += conversation_records(cid, lang, c.turns)
            facts += c.facts
            main[cid] = cls
    errors = verify(records)
    if errors:
        raise SystemExit("\n".join(errors[:20]))
    return records, facts, main


def main_cli() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "sealed10.jsonl"
    records, _, _ = build()
    write_jsonl(records, out)
    print(f"wrote {len(records)} messages to {out}")


if __name__ == "__main__":
    main_cli()
