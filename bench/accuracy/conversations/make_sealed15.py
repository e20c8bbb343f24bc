# ruff: noqa: E501, RUF001  (hand-written phrasing, name, street and town tables; Cyrillic text)
"""Write ``sealed15.jsonl``: a blind multi-turn conversation set (issue 13), seed 20261218.

Written without reading privacyguard's rules or code, or any other conversation set. Only the
checksum generators and ``assemble`` of ``make_values.py`` are reused; names, streets, towns,
businesses, sectors, phrasings and value formats are this file's own.

600 conversations, 150 per language (en/nl/nb/ru); every conversation has one main class
(25 per class and language) plus hard negatives. ``build()`` returns the records and the
list of checksummed values (``checks``) that ``tests/test_sealed15_set.py`` validates.
"""

from __future__ import annotations

import random
import string
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import phonenumbers
from schwifty import IBAN
from stdnum import luhn
from stdnum.au import tfn
from stdnum.be import nn as be_nn
from stdnum.ie import pps
from stdnum.nz import ird
from stdnum.us import ssn

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_values import (  # noqa: E402
    CLASSES,
    LANGS,
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
    write_jsonl,
)

V_ = TypeVar("V_")
SEED = 20261218
OUT = Path(__file__).with_name("sealed15.jsonl")
PER_CLASS = 25  # conversations per class and language (main class)

# ---------------------------------------------------------------------------------------
# own tables: names, places, businesses
# ---------------------------------------------------------------------------------------

FIRST = {
    "en": ["Niamh", "Ciarán", "Declan", "Siobhán", "Bronwyn", "Kirra", "Hamish", "Tamsin", "Rhys", "Gareth",
           "Brooke", "Tyler", "Madison", "Jaxon", "Imogen", "Callum", "Eilidh", "Rory", "Harriet", "Wesley"],
    "nl": ["Joost", "Marieke", "Sjoerd", "Griet", "Wessel", "Roos", "Tijmen", "Hanneke", "Jelle", "Ilona",
           "Stijn", "Nele", "Pieterjan", "Lieselot", "Bart", "Elke", "Kobe", "Saar", "Wout", "Annelies"],
    "nb": ["Aslak", "Gunnhild", "Torstein", "Sigrid", "Eivind", "Synnøve", "Ola", "Liv", "Bjørnar", "Guro",
           "Trygve", "Astrid", "Halvard", "Marit", "Espen", "Ingvild", "Audun", "Tuva", "Kristoffer", "Ragnfrid"],
    "ru": ["Глеб", "Вера", "Тимофей", "Дарья", "Игорь", "Полина", "Роман", "Алина", "Кирилл", "Людмила",
           "Станислав", "Варвара", "Григорий", "Зоя", "Фёдор", "Милана"],
}  # fmt: skip
LAST = {
    "en": ["O'Sullivan", "McCarthy", "Fitzgerald", "Kowalczyk", "Penhaligon", "Trelawny", "Okafor", "Delaney",
           "Brennan", "Yardley", "Castellano", "Nguyen", "Whitlock", "Ramsbottom", "Featherstone", "MacLeod"],
    "nl": ["Verbruggen", "Claes", "Vermeulen", "Wouters", "Peeters", "van den Heuvel", "de Groot", "Dijkstra",
           "Postma", "van Wijk", "Hendriks", "Timmermans", "Goossens", "Bos", "ter Haar", "Maes"],
    "nb": ["Kvamme", "Fossum", "Eide", "Sæther", "Rønning", "Vik", "Myklebust", "Tveit", "Lien", "Aune",
           "Sandvik", "Holm", "Hovland", "Grønli"],
    "ru": ["Воронцов", "Ершов", "Тихонов", "Гусев", "Баранов", "Комаров", "Щукин", "Лапин", "Рябов",
           "Кудрявцев", "Савин", "Медведев"],
}  # fmt: skip
RU_FEM = {"Вера", "Дарья", "Полина", "Алина", "Людмила", "Варвара", "Зоя", "Милана"}
RU_PATRONYMIC = {
    "m": ["Андреевич", "Олегович", "Викторович"],
    "f": ["Андреевна", "Олеговна", "Викторовна"],
}
AGENTS = {
    "en": ["Shona", "Priya", "Marcus", "Kayleigh", "Dylan", "Fern"],
    "nl": ["Inge", "Youssef", "Merel", "Hidde", "Floor", "Ties"],
    "nb": ["Mari", "Henrik", "Oda", "Sander", "Vilde", "Jonas"],
    "ru": ["Алёна", "Максим", "Ирина", "Денис", "Оксана", "Егор"],
}  # fmt: skip
RU_LAT_MAP: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ы": "y", "ь": "", "ъ": "",
    "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip
ASCII = str.maketrans({"ø": "o", "å": "a", "æ": "ae", "á": "a", "é": "e", "ó": "o", "'": ""})


def ru_lat(s: str) -> str:
    """Transliterate Cyrillic the way people type it in Latin letters, keeping the case."""
    out = []
    for ch in s:
        low = ch.lower()
        if low in RU_LAT_MAP:
            t = RU_LAT_MAP[low]
            out.append(t[:1].upper() + t[1:] if ch != low else t)
        else:
            out.append(ch)
    return "".join(out)


def name_words() -> set[str]:
    """Every word a PERSON span may be made of (the tests check this)."""
    words: set[str] = set()
    for table in (FIRST, LAST, AGENTS):
        for names in table.values():
            for n in names:
                words.update(n.split())
    words.update(f"{n}а" for n in LAST["ru"])
    for ps in RU_PATRONYMIC.values():
        words.update(ps)
    words.update({ru_lat(w) for w in list(words)})
    words.update({w.lower() for w in list(words)})
    return words


# sector key -> business name per language
SECTORS = ["car_rental", "dentist", "gym", "ferry", "mobile", "pension", "student_housing", "ticketing",
           "municipality", "pet_insurance", "furniture", "bike_share"]  # fmt: skip
BUSINESS = {
    "en": {"car_rental": "Kestrel Car Hire", "dentist": "Brightside Dental", "gym": "IronBay Fitness",
           "ferry": "Northsound Ferries", "mobile": "Tellio Mobile", "pension": "Evergreen Pension Trust",
           "student_housing": "Quadrant Student Living", "ticketing": "Gigstub", "municipality": "Ashbury Borough Council",
           "pet_insurance": "Pawsure", "furniture": "Oakline Furniture", "bike_share": "Spokeshare"},
    "nl": {"car_rental": "Rijdzaam Autoverhuur", "dentist": "Tandartspraktijk De Molenhoek", "gym": "SportCity Lelystad",
           "ferry": "Waddenlijn", "mobile": "Belmaat", "pension": "Pensioenfonds Bouwgilde",
           "student_housing": "Kamerhuis", "ticketing": "Zaalkaart", "municipality": "Gemeente Oosterwolde",
           "pet_insurance": "Dierverzorgd", "furniture": "Meubelhal Brabant", "bike_share": "Fietsdeel"},
    "nb": {"car_rental": "Fjordbil Utleie", "dentist": "Tannhelse Nord", "gym": "Treningshuset",
           "ferry": "Kystlinjen", "mobile": "Mobilnett", "pension": "Pensjonskassen Trygg",
           "student_housing": "Studentboligene", "ticketing": "Billettboden", "municipality": "Sørvik kommune",
           "pet_insurance": "Dyretrygd", "furniture": "Møbelhagen", "bike_share": "Bysykkel Vest"},
    "ru": {"car_rental": "«Автопрокат Восход»", "dentist": "клиника «Дентал Плюс»", "gym": "фитнес-клуб «Атлант»",
           "ferry": "«Балтийская переправа»", "mobile": "«Связьком»", "pension": "НПФ «Надёжный»",
           "student_housing": "общежитие «Кампус»", "ticketing": "«Билетница»", "municipality": "МФЦ «Мои документы»",
           "pet_insurance": "«ЗооСтрахование»", "furniture": "«МебельГрад»", "bike_share": "«ВелоГород»"},
}  # fmt: skip

# what the customer wants, per sector and language (the opening)
OPENING = {
    "en": {"car_rental": "hi, I need to move my pickup to a later day", "dentist": "Hello, I'd like to book a check-up please",
           "gym": "hey can I freeze my membership for 2 months", "ferry": "Hi there, need to add a passenger to our crossing",
           "mobile": "my sim stopped working after the upgrade", "pension": "Good afternoon, I want to update my details for my pension",
           "student_housing": "hi im moving into my room in september and need to confirm stuff", "ticketing": "hiya, tickets never arrived for saturday",
           "municipality": "Hello, I'm applying for a residents parking permit", "pet_insurance": "Hi, I want to make a claim for my dog's vet visit",
           "furniture": "hi my sofa delivery needs rescheduling", "bike_share": "the app charged me twice for a ride"},
    "nl": {"car_rental": "hoi, ik wil mijn ophaaldag verzetten", "dentist": "Goedemiddag, ik wil graag een controle inplannen",
           "gym": "hey kan ik mijn abonnement 2 maanden pauzeren?", "ferry": "Hallo, ik wil een passagier toevoegen aan onze overtocht",
           "mobile": "mijn simkaart doet het niet meer sinds de overstap", "pension": "Goedendag, ik wil mijn gegevens bij het pensioenfonds wijzigen",
           "student_housing": "hoi ik krijg per september een kamer en moet nog wat regelen", "ticketing": "hallo mijn e-tickets voor zaterdag zijn nooit aangekomen",
           "municipality": "Dag, ik vraag een parkeervergunning aan", "pet_insurance": "Hallo, ik wil een declaratie indienen voor de dierenarts",
           "furniture": "hoi de levering van mijn bank moet verzet worden", "bike_share": "de app heeft een rit twee keer afgeschreven"},
    "nb": {"car_rental": "hei, jeg må flytte hentedagen", "dentist": "God dag, jeg vil gjerne bestille en kontroll",
           "gym": "hei kan jeg fryse medlemskapet i 2 mnd?", "ferry": "Hei, vi må legge til en passasjer på overfarten",
           "mobile": "sim-kortet virker ikke etter byttet", "pension": "Hei, jeg vil oppdatere opplysningene mine i pensjonskassen",
           "student_housing": "hei jeg flytter inn i august og må få ordnet kontrakten", "ticketing": "hei billettene til lørdag har ikke kommet",
           "municipality": "Hei, jeg søker om beboerparkering", "pet_insurance": "Hei, jeg vil melde skade for katten min",
           "furniture": "hei leveringen av sofaen må flyttes", "bike_share": "appen trakk meg to ganger for samme tur"},
    "ru": {"car_rental": "здравствуйте, нужно перенести получение машины", "dentist": "Добрый день, хочу записаться на осмотр",
           "gym": "привет, можно заморозить абонемент на 2 месяца?", "ferry": "Здравствуйте, нужно добавить пассажира на паром",
           "mobile": "после замены сим-карта не работает", "pension": "Добрый день, хочу обновить свои данные в фонде",
           "student_housing": "здравствуйте, заселяюсь в сентябре, надо уточнить договор", "ticketing": "билеты на субботу так и не пришли",
           "municipality": "Здравствуйте, подаю заявление на парковочное разрешение", "pet_insurance": "Здравствуйте, хочу заявить страховой случай по собаке",
           "furniture": "добрый день, нужно перенести доставку дивана", "bike_share": "приложение списало деньги дважды за одну поездку"},
}  # fmt: skip
RU_LAT_OPENING = ["zdravstvuyte, nuzhno pomenyat dannye v dogovore", "privet, mne nuzhna pomoshch s zakazom",
                  "dobryy den, ne prishlo podtverzhdenie"]  # fmt: skip

GREETING = {
    "en": ["Hi, you're chatting with {agent} at {biz}. How can I help?", "Hello and welcome to {biz}! {agent} here, what can I do for you today?",
           "G'day, {agent} from {biz} here. How can I help?", "Hi! I'm {agent}, thanks for contacting {biz}."],
    "nl": ["Hoi, je chat met {agent} van {biz}. Waarmee kan ik helpen?", "Goedendag, u spreekt met {agent} van {biz}. Wat kan ik voor u doen?",
           "Welkom bij {biz}! Ik ben {agent}, waar kan ik je mee helpen?"],
    "nb": ["Hei, du chatter med {agent} i {biz}. Hva kan jeg hjelpe med?", "God dag, {agent} her fra {biz}. Hva gjelder det?",
           "Velkommen til {biz}! Jeg heter {agent}, hva kan jeg gjøre for deg?"],
    "ru": ["Здравствуйте! Вас приветствует {agent}, {biz}. Чем могу помочь?", "Добрый день, меня зовут {agent}, {biz}. Слушаю вас.",
           "Здравствуйте, на связи {agent} ({biz}). Чем помочь?"],
}  # fmt: skip
GREETING_ANON = {
    "en": ["Hi, thanks for contacting {biz}. How can we help?", "Welcome to {biz} chat support."],
    "nl": ["Welkom bij de chat van {biz}. Waarmee kunnen we helpen?", "Hallo, fijn dat je contact opneemt met {biz}."],
    "nb": ["Velkommen til chatten hos {biz}. Hva kan vi hjelpe med?", "Hei, takk for at du kontakter {biz}."],
    "ru": ["Здравствуйте, это чат поддержки {biz}. Чем можем помочь?", "Добро пожаловать в чат {biz}."],
}  # fmt: skip
RU_LAT_GREETING = ["Zdravstvuyte, {agent}, {biz}. Chem mogu pomoch?"]

FILLER_AGENT = {
    "en": ["Let me have a look at that for you.", "Thanks for your patience.", "Just checking with the team, bear with me.",
           "Okay, I can see the account now.", "Right, that should be sorted in a minute.", "Sorry about the wait!",
           "No worries at all.", "I'm just pulling that up."],
    "nl": ["Ik kijk het even voor je na.", "Bedankt voor je geduld.", "Momentje, ik overleg even met een collega.",
           "Oké, ik zie het dossier nu.", "Dat is zo geregeld.", "Sorry voor het wachten!", "Geen probleem hoor.",
           "Ik zoek het even op."],
    "nb": ["Jeg skal se på det for deg.", "Takk for tålmodigheten.", "Et øyeblikk, jeg sjekker med en kollega.",
           "Ok, nå ser jeg saken.", "Det ordner vi straks.", "Beklager ventetiden!", "Ikke noe problem.",
           "Jeg henter det opp nå."],
    "ru": ["Сейчас посмотрю.", "Спасибо за ожидание.", "Минуточку, уточняю у коллег.", "Так, вижу вашу заявку.",
           "Сейчас всё исправим.", "Извините за ожидание!", "Ничего страшного.", "Открываю данные."],
}  # fmt: skip
FILLER_CUSTOMER = {
    "en": ["ok", "thanks", "cool", "sure", "no problem", "ta", "great, thank you", "yeah", "right", "lovely"],
    "nl": ["oké", "dank je", "prima", "top", "ja hoor", "is goed", "fijn, bedankt", "ok"],
    "nb": ["ok", "takk", "flott", "greit", "ja", "supert, takk", "fint", "jepp"],
    "ru": ["ок", "спасибо", "хорошо", "понял", "ага", "отлично, спасибо", "ладно", "да"],
}  # fmt: skip
WAIT = {
    "en": ["one moment", "hang on, let me find it", "sec", "just a minute, it's in my emails", "hold on", "bear with me, looking"],
    "nl": ["momentje", "even zoeken", "sec", "wacht even, staat in mijn mail", "ogenblikje", "moment, ik pak de brief erbij"],
    "nb": ["et øyeblikk", "vent litt", "sek", "må bare finne det", "øyeblikk, leter i mailen", "two sec"],
    "ru": ["минутку", "секунду, ищу", "щас", "сейчас найду", "подождите немного", "одну минуту"],
}  # fmt: skip
NO_RUSH = {"en": ["No rush!", "Take your time."], "nl": ["Geen haast.", "Neem je tijd."],
           "nb": ["Ingen hast.", "Bare ta den tiden du trenger."], "ru": ["Не торопитесь.", "Конечно, жду."]}  # fmt: skip
CLOSING = {
    "en": [("agent", "Is there anything else I can help with?"), ("customer", "no that's all, cheers"), ("agent", "Have a lovely day!")],
    "nl": [("agent", "Kan ik nog ergens anders mee helpen?"), ("customer", "nee dat was het, bedankt"), ("agent", "Fijne dag nog!")],
    "nb": [("agent", "Er det noe mer jeg kan hjelpe med?"), ("customer", "nei, det var alt. takk!"), ("agent", "Ha en fin dag!")],
    "ru": [("agent", "Могу ещё чем-то помочь?"), ("customer", "нет, спасибо"), ("agent", "Хорошего дня!")],
}  # fmt: skip

# places: (street list, towns with postcodes) per variety
EN_PLACES = {
    "uk": (["Thornbury Road", "Weavers Row", "Saltash Close", "Copperfield Drive", "Brackenhurst Lane", "Greyfriars Walk"],
           [("Bristol", "BS6 5AP"), ("Harrogate", "HG1 2RT"), ("Truro", "TR1 3HD"), ("Lancaster", "LA1 4XQ"), ("Ipswich", "IP4 2BL")]),
    "ie": (["Marine Terrace", "Ballinlough Road", "Friary Lane", "Sallyglen Road", "Oakpark Avenue"],
           [("Dún Laoghaire, Co. Dublin", "A96 X2K4"), ("Cork", "T12 H6F2"), ("Galway", "H91 R2E7"), ("Tralee, Co. Kerry", "V92 N3P8")]),
    "us": (["W Elm St", "Maple Ave", "N Sheridan Rd", "Larkspur Ln", "Cedar Hollow Dr"],
           [("Portland, OR", "97211"), ("Evanston, IL", "60201"), ("Austin, TX", "78704"), ("Burlington, VT", "05401")]),
    "au": (["Kitchener Pde", "Wattle St", "Banksia Cres", "Jacaranda Ave", "Mitchell Hwy"],
           [("Bondi NSW", "2026"), ("Toowoomba QLD", "4350"), ("Fremantle WA", "6160"), ("Ballarat VIC", "3350")]),
    "nz": (["Kauri St", "Pohutukawa Rd", "Tui Grove", "Rimu Tce"],
           [("Ponsonby, Auckland", "1011"), ("Karori, Wellington", "6012"), ("Riccarton, Christchurch", "8041")]),
}  # fmt: skip
NL_PLACES = {
    "nl": (["Kastanjelaan", "Lijsterbesstraat", "Bolwerk", "Nieuwe Gracht", "Hoefsmidstraat", "Rozenhof"],
           [("Utrecht", "3581 KT"), ("Amersfoort", "3811 BR"), ("Groningen", "9712 HW"), ("Tilburg", "5038 EJ"), ("Alkmaar", "1811 KL")]),
    "be": (["Kapelstraat", "Vaartkom", "Sint-Jansvest", "Meersstraat", "Kouter"],
           [("Gent", "9000"), ("Leuven", "3000"), ("Brugge", "8000"), ("Mechelen", "2800"), ("Hasselt", "3500")]),
}  # fmt: skip
NB_PLACES = (["Solåsveien", "Bekkelaget terrasse", "Nedre Slottsgate", "Lyngbakken", "Tyrihansveien", "Måkeveien"],
             [("Stavanger", "4016"), ("Harstad", "9405"), ("Lillehammer", "2609"), ("Ålesund", "6005"), ("Bodø", "8006"), ("Kristiansand", "4631")])  # fmt: skip
RU_PLACES = (["ул. Малышева", "ул. Рябиновая", "пр. Строителей", "Заречная ул.", "ул. Кирова", "пер. Огородный"],
             [("Екатеринбург", "620014"), ("Ярославль", "150000"), ("Новосибирск", "630099"), ("Калуга", "248000"), ("Иркутск", "664003")])  # fmt: skip

EMAIL_DOMAINS = {
    "en": ["eircom.net", "bigpond.com", "xtra.co.nz", "sky.com", "protonmail.com", "comcast.net", "virginmedia.com"],
    "nl": ["telenet.be", "planet.nl", "caiway.nl", "skynet.be", "proximus.be", "zeelandnet.nl"],
    "nb": ["broadpark.no", "getmail.no", "altibox.no", "frisurf.no", "icloud.com"],
    "ru": ["inbox.ru", "list.ru", "ya.ru", "internet.ru", "mail.ru"],
}  # fmt: skip

# ---------------------------------------------------------------------------------------
# context and values
# ---------------------------------------------------------------------------------------


@dataclass
class Ctx:
    rng: random.Random
    lang: str
    var: str  # en: uk/ie/us/au/nz; nl: nl/be; nb: no; ru: ru/lat
    sector: str
    first: str
    last: str
    gender: str
    checks: list[dict] = field(default_factory=list)
    pool: list[tuple[str, str]] = field(default_factory=list)

    @property
    def biz(self) -> str:
        return BUSINESS[self.lang][self.sector]

    def choice(self, seq: Sequence[V_]) -> V_:
        return self.rng.choice(seq)


@dataclass
class Val:
    """A value as typed (``text``) and what its checksum is validated on (``check``)."""

    text: str
    type: str
    check: tuple[str, str] | None = None  # (kind, canonical) e.g. ("iban", "NL91ABNA...")
    region: str = ""


def pick_person(rng: random.Random, lang: str) -> tuple[str, str, str]:
    first, last = rng.choice(FIRST[lang]), rng.choice(LAST[lang])
    gender = "f" if first in RU_FEM else "m"
    if lang == "ru" and gender == "f":
        last += "а"
    return first, last, gender


def full_name(c: Ctx, first: str, last: str, gender: str) -> str:
    r = c.rng.random()
    if c.lang == "ru" and c.var == "ru" and r < 0.25:
        s = f"{last} {first} {c.choice(RU_PATRONYMIC[gender])}"
    elif r < 0.5:
        s = f"{first} {last}"
    elif r < 0.7 and c.lang != "ru":
        s = f"{first} {last}".lower()
    else:
        s = f"{first} {last}" if c.lang != "ru" else f"{last} {first}"
    return ru_lat(s) if c.var == "lat" else s


def v_name(c: Ctx) -> Val:
    return Val(full_name(c, c.first, c.last, c.gender), "PERSON")


MON_ABBR = {"en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"],
            "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
            "nb": ["jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des"],
            "ru": ["янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"]}  # fmt: skip
MON_FULL = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
            "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
            "nb": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
            "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]}  # fmt: skip


def ordinal(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def fmt_date(c: Ctx, d: int, m: int, y: int) -> str:
    """A date in one of the many ways people type it in this language/country."""
    lang, yy = c.lang, f"{y % 100:02d}"
    full, abbr = MON_FULL[lang][m - 1], MON_ABBR[lang][m - 1]
    common = [f"{y}-{m:02d}-{d:02d}", f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.{yy}"]
    per = {
        "en": [
            f"{d:02d}/{m:02d}/{y}",
            f"{d} {full} {y}",
            f"{ordinal(d)} {abbr} {y}",
            f"{d}/{m}/{yy}",
            f"{d}-{abbr.lower()}-{y}",
        ],
        "nl": [
            f"{d:02d}-{m:02d}-{y}",
            f"{d} {full} {y}",
            f"{d} {abbr} '{yy}",
            f"{d}-{m}-{y}",
            f"{d}/{m}/{y}",
        ],
        "nb": [
            f"{d:02d}.{m:02d}.{y}",
            f"{d}. {full} {y}",
            f"{d:02d}{m:02d}{yy}",
            f"{d}.{m}.{yy}",
            f"{d}. {abbr} {y}",
        ],
        "ru": [
            f"{d:02d}.{m:02d}.{y}",
            f"{d} {full} {y}",
            f"{d:02d}/{m:02d}/{y}",
            f"{d} {abbr} {y}",
            f"{d:02d}.{m:02d}.{y}",
        ],
    }[lang]
    if c.var == "us":
        per = [
            f"{m:02d}/{d:02d}/{y}",
            f"{MON_FULL['en'][m - 1]} {d}, {y}",
            f"{m}/{d}/{yy}",
            f"{abbr} {ordinal(d)} {y}",
        ]
    if c.var == "lat":
        per = [f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{yy}"]
    return c.choice(per + common[: 1 + (c.rng.random() < 0.5)])


def birth(c: Ctx) -> tuple[int, int, int]:
    return c.rng.randint(1, 28), c.rng.randint(1, 12), c.rng.randint(1941, 2012)


def v_dob(c: Ctx) -> Val:
    return Val(fmt_date(c, *birth(c)), "DATE_OF_BIRTH")


def v_travel_date(c: Ctx) -> str:
    d, m, y = c.rng.randint(1, 28), c.rng.randint(1, 12), c.rng.choice([2026, 2027])
    return fmt_date(c, d, m, y)


REGION = {
    "uk": "GB",
    "ie": "IE",
    "us": "US",
    "au": "AU",
    "nz": "NZ",
    "nl": "NL",
    "be": "BE",
    "no": "NO",
    "ru": "RU",
    "lat": "RU",
}


def national_mobile(rng: random.Random, region: str) -> str:
    while True:
        n = {
            "GB": lambda: "7" + rng.choice("4579") + digits(rng, 8, False),
            "IE": lambda: "8" + rng.choice("35679") + digits(rng, 7, False),
            "US": lambda: (
                rng.choice(["503", "847", "512", "802", "206", "718"])
                + str(rng.randint(2, 9))
                + digits(rng, 6, False)
            ),
            "AU": lambda: "4" + digits(rng, 8, False),
            "NZ": lambda: "2" + rng.choice("127") + digits(rng, 7, False),
            "NL": lambda: "6" + digits(rng, 8, False),
            "BE": lambda: "4" + rng.choice("789") + digits(rng, 7, False),
            "NO": lambda: rng.choice("49") + digits(rng, 7, False),
            "RU": lambda: "9" + rng.choice("0123689") + digits(rng, 8, False),
        }[region]()
        num = phonenumbers.parse(n, region)
        if phonenumbers.is_valid_number(num) and n[:3] != "555":
            return n


def v_phone(c: Ctx) -> Val:
    region = REGION[c.var]
    nat = national_mobile(c.rng, region)
    num = phonenumbers.parse(nat, region)
    cc = str(num.country_code)
    intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    natf = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    trunk = {"RU": "8", "US": "", "NO": ""}.get(region, "0")
    styles = [intl, natf, e164, trunk + nat] + (
        [f"00{cc} {nat}"] if region in ("GB", "IE", "NZ", "NL", "BE", "NO") else []
    )
    if region in ("GB", "IE", "AU", "NZ"):
        styles += [f"+{cc} (0){nat[:4]} {nat[4:]}", f"0{nat[:3]}.{nat[3:6]}.{nat[6:]}"]
    if region == "US":
        styles += [f"{nat[:3]}.{nat[3:6]}.{nat[6:]}", f"1-{nat[:3]}-{nat[3:6]}-{nat[6:]}"]
    if region == "NL":
        styles += [
            f"06-{nat[1:]}",
            f"06 {nat[1:3]} {nat[3:5]} {nat[5:7]} {nat[7:]}",
            f"+31 (0)6 {nat[1:]}",
        ]
    if region == "BE":
        styles += [f"0{nat[:3]}/{nat[3:5]}.{nat[5:7]}.{nat[7:]}"]
    if region == "NO":
        styles += [
            f"{nat[:3]} {nat[3:5]} {nat[5:]}",
            f"{nat[:2]} {nat[2:4]} {nat[4:6]} {nat[6:]}",
            f"+47 {nat}",
        ]
    if region == "RU":
        styles += [
            f"8 ({nat[:3]}) {nat[3:6]}-{nat[6:8]}-{nat[8:]}",
            f"+7({nat[:3]}){nat[3:]}",
            f"8-{nat[:3]}-{nat[3:6]}-{nat[6:8]}-{nat[8:]}",
        ]
    return Val(c.choice(styles), "PHONE_NUMBER", ("phone", e164), region)


def groups(s: str, n: int = 4, sep: str = " ") -> str:
    return sep.join(s[i : i + n] for i in range(0, len(s), n))


def v_iban(c: Ctx) -> Val:
    rng = c.rng
    country = {"uk": "GB", "ie": "IE", "nl": "NL", "be": "BE", "no": "NO"}.get(c.var)
    if country is None:  # US/AU/NZ customers: a UK or Irish account
        country = rng.choice(["GB", "IE"])
    if country == "GB":
        raw = IBAN.generate(
            "GB",
            bank_code=rng.choice(["NWBK", "HBUK", "BUKB", "LOYD"]) + digits(rng, 6),
            account_code=digits(rng, 8),
        )
    elif country == "IE":
        raw = IBAN.generate(
            "IE",
            bank_code=rng.choice(["AIBK", "BOFI", "IPBS"]) + digits(rng, 6),
            account_code=digits(rng, 8),
        )
    elif country == "NL":
        raw = IBAN.generate(
            "NL",
            bank_code=rng.choice(["BUNQ", "RABO", "INGB", "ABNA", "RBRB", "FVLB"]),
            account_code=digits(rng, 10),
        )
    elif country == "BE":
        raw = IBAN.generate(
            "BE",
            bank_code=rng.choice(["001", "063", "737", "363", "068"]),
            account_code=digits(rng, 7, False),
        )
    else:
        bban = no_kontonr(rng)
        raw = IBAN(f"NO{98 - int(bban + '232400') % 97:02d}{bban}")
    compact = str(raw.compact)
    style = rng.randint(0, 5)
    text = [
        groups(compact),
        compact,
        groups(compact).lower(),
        groups(compact, 4, "."),
        groups(compact, 4, "-"),
        groups(compact),
    ][style]
    return Val(text, "IBAN_CODE", ("iban", compact))


def v_card(c: Ctx) -> Val:
    rng = c.rng
    prefix = rng.choice(["4", "51", "53", "55", "2221"])
    body = prefix + digits(rng, 15 - len(prefix), False)
    num = body + luhn.calc_check_digit(body)
    text = c.choice(
        [groups(num), num, groups(num, 4, "-"), groups(num, 4, "."), groups(num, 4, "  ")]
    )
    return Val(text, "CREDIT_CARD", ("card", num))


def v_bank(c: Ctx) -> Val:
    rng = c.rng
    if c.lang == "nb":
        k = no_kontonr(rng)
        return Val(
            c.choice([f"{k[:4]}.{k[4:6]}.{k[6:]}", f"{k[:4]} {k[4:6]} {k[6:]}", k]),
            "BANK_ACCOUNT",
            ("kontonr", k),
        )
    if c.lang == "ru":
        a = "40817810" + digits(rng, 12, False)
        return Val(
            c.choice([a, groups(a, 5), f"{a[:5]} {a[5:8]} {a[8:9]} {a[9:]}"]), "BANK_ACCOUNT"
        )
    if c.var == "us":
        return Val(
            c.choice([digits(rng, 10), f"{digits(rng, 4)}-{digits(rng, 6, False)}"]), "BANK_ACCOUNT"
        )
    if c.var in ("au", "nz"):
        return Val(f"{digits(rng, 3)}-{digits(rng, 3, False)} {digits(rng, 8)}", "BANK_ACCOUNT")
    if c.lang == "en":
        sc = f"{rng.randint(10, 99)}-{digits(rng, 2, False)}-{digits(rng, 2, False)}"
        return Val(
            c.choice(
                [
                    f"{sc} {digits(rng, 8)}",
                    f"{sc.replace('-', '')} {digits(rng, 8)}",
                    f"{sc}, {digits(rng, 8)}",
                ]
            ),
            "BANK_ACCOUNT",
        )
    return v_iban(c)


def v_passport(c: Ctx) -> Val:
    rng = c.rng
    up = string.ascii_uppercase
    opts = {
        "uk": lambda: digits(rng, 9),
        "us": lambda: rng.choice(["A", "E"]) + digits(rng, 8),
        "ie": lambda: rng.choice(["PA", "PB", "LE"]) + digits(rng, 7),
        "au": lambda: rng.choice(["PA", "PB", "N"]) + digits(rng, 7),
        "nz": lambda: rng.choice(["LA", "LH"]) + digits(rng, 6),
        "nl": lambda: (
            rng.choice(["N", "B"])
            + rng.choice("HJKLPRSTVWXZ")
            + "".join(rng.choice("ABCDFGHJKLMNPRSTVWXZ0123456789") for _ in range(6))
            + str(rng.randint(0, 9))
        ),
        "be": lambda: rng.choice(["EN", "EM", "EP"]) + digits(rng, 6),
        "no": lambda: rng.choice(["FN", "FR", "FL", "FC"]) + digits(rng, 7, False),
        "ru": lambda: rng.choice(
            [
                f"{digits(rng, 2)} {digits(rng, 2, False)} {digits(rng, 6, False)}",
                f"{rng.randint(71, 77)} {digits(rng, 7)}",
                f"{rng.randint(71, 77)}№{digits(rng, 7)}",
            ]
        ),
        "lat": lambda: f"{rng.randint(71, 77)} {digits(rng, 7)}",
    }
    v = opts[c.var]()
    if c.var in ("nl", "be", "ie") and rng.random() < 0.3:
        v = v.lower()
    assert all(ch in up + string.digits + " №" + string.ascii_lowercase for ch in v)
    return Val(v, "PASSPORT")


def nino(rng: random.Random) -> str:
    first = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    second = rng.choice("ABCEGHJKLMNPRSTWXYZ".replace("O", ""))
    while first + second in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
        second = rng.choice("ACEHJLMPRSTWXY")
    return f"{first}{second} {digits(rng, 2, False)} {digits(rng, 2, False)} {digits(rng, 2, False)} {rng.choice('ABCD')}"


def v_natid(c: Ctx) -> Val:
    rng = c.rng
    if c.var == "uk":
        v = nino(rng)
        return Val(
            c.choice([v, v.replace(" ", ""), v.lower()]),
            "NATIONAL_ID",
            ("nino", v.replace(" ", "")),
        )
    if c.var == "ie":
        while True:
            v = digits(rng, 7, False) + rng.choice("ABCDEFGHIJKLMNOPQRSTUVW")
            if pps.is_valid(v):
                return Val(c.choice([v, v.lower()]), "NATIONAL_ID", ("pps", v))
    if c.var == "us":
        while True:
            v = f"{rng.randint(100, 665)}-{digits(rng, 2, False)}-{digits(rng, 4, False)}"
            if ssn.is_valid(v):
                return Val(v, "NATIONAL_ID", ("ssn", v))
    if c.var == "nz":
        while True:
            v = digits(rng, 8)
            if ird.is_valid(v):
                return Val(c.choice([v, ird.format(v)]), "NATIONAL_ID", ("ird", v))
    if c.var == "au":
        while True:
            v = digits(rng, 9)
            if tfn.is_valid(v):
                return Val(f"{v[:3]} {v[3:6]} {v[6:]}", "NATIONAL_ID", ("tfn", v))
    if c.var == "nl":
        v = nl_bsn(rng)
        return Val(
            c.choice([v, f"{v[:4]}.{v[4:6]}.{v[6:]}", f"{v[:3]} {v[3:6]} {v[6:]}"]),
            "NATIONAL_ID",
            ("bsn", v),
        )
    if c.var == "be":
        while True:
            y, m, d = rng.randint(40, 99), rng.randint(1, 12), rng.randint(1, 28)
            base = f"{y:02d}{m:02d}{d:02d}{rng.randint(1, 997):03d}"
            for k in range(100):
                if be_nn.is_valid(f"{base}{k:02d}"):
                    v = f"{base}{k:02d}"
                    return Val(
                        f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}", "NATIONAL_ID", ("be_nn", v)
                    )
    if c.var == "no":
        v, _ = no_fnr(rng)
        return Val(c.choice([v, f"{v[:6]} {v[6:]}"]), "NATIONAL_ID", ("fnr", v))
    if rng.random() < 0.5:
        v = ru_snils(rng)
        return Val(v, "NATIONAL_ID", ("snils", v))
    v = ru_inn(rng)
    return Val(v, "NATIONAL_ID", ("inn", v))


CUSTNO_PREFIX = {
    "car_rental": ["KCH-", "RA/", "DRV"], "dentist": ["PT-", "P/", ""], "gym": ["GYM", "M-", "IB"],
    "ferry": ["NSF", "FF-", ""], "mobile": ["", "ACC-", "CU "], "pension": ["PEN/", "", "DEEL-"],
    "student_housing": ["T-", "RES/", ""], "ticketing": ["", "GS-", "FAN"], "municipality": ["BSR-", "", "MFC/"],
    "pet_insurance": ["POL-", "PW", ""], "furniture": ["K", "C-", ""], "bike_share": ["SS-", "U", ""],
}  # fmt: skip


def v_custno(c: Ctx) -> Val:
    rng = c.rng
    pre = c.choice(CUSTNO_PREFIX[c.sector])
    body = c.choice(
        [
            digits(rng, 7),
            f"{digits(rng, 4)}-{digits(rng, 3, False)}",
            f"{digits(rng, 5)}/{rng.randint(1, 9)}",
            f"{digits(rng, 3)} {digits(rng, 3, False)} {digits(rng, 3, False)}",
            digits(rng, 8) + rng.choice("ABCXK"),
            digits(rng, 10),
        ]
    )
    v = f"{pre}{body}"
    if c.lang == "ru" and rng.random() < 0.3:
        v = c.choice(["ЛС-", "№ ", "КЛ"]) + digits(rng, 8)
    return Val(v.lower() if rng.random() < 0.15 else v, "CUSTOMER_NUMBER")


def v_booking(c: Ctx) -> Val:
    rng = c.rng
    alpha = "ACDEFGHJKLMNPQRTUVWXY3456789"
    while True:
        v = "".join(rng.choice(alpha) for _ in range(6))
        if any(ch.isdigit() for ch in v) and any(ch.isalpha() for ch in v):
            break
    if rng.random() < 0.3:
        v = c.choice(
            [
                f"{v[:3]}-{v[3:]}",
                f"{c.biz[:1].upper() if c.lang != 'ru' else 'B'}{v}",
                f"{v[:2]} {v[2:]}",
            ]
        )
    return Val(v.lower() if rng.random() < 0.25 else v, "BOOKING_REFERENCE")


def email_local(c: Ctx, first: str, last: str) -> str:
    f = (ru_lat(first) if c.lang == "ru" else first).lower().translate(ASCII)
    la = (ru_lat(last) if c.lang == "ru" else last).lower().translate(ASCII).replace(" ", "")
    return c.choice(
        [
            f"{f}.{la}",
            f"{f[0]}{la}",
            f"{f}_{la}{c.rng.randint(70, 99)}",
            f"{la}.{f[:3]}",
            f"{f}{c.rng.randint(1, 999)}",
        ]
    )


def v_email(c: Ctx) -> Val:
    return Val(
        f"{email_local(c, c.first, c.last)}@{c.choice(EMAIL_DOMAINS[c.lang])}", "EMAIL_ADDRESS"
    )


def v_address(c: Ctx, lower: bool = True) -> Val:
    rng = c.rng
    no = str(rng.randint(1, 188)) + c.choice(["", "", "", "b", "A"])
    if c.lang == "en":
        streets, towns = EN_PLACES[c.var]
        st, (town, pc) = c.choice(streets), c.choice(towns)
        forms = {
            "uk": [
                f"{no} {st}, {town} {pc}",
                f"Flat {rng.randint(1, 12)}, {no} {st}, {town}, {pc}",
                f"{no} {st}\n{town}\n{pc}",
            ],
            "ie": [f"{no} {st}, {town}, {pc}", f"Apt {rng.randint(1, 30)}, {no} {st}, {town} {pc}"],
            "us": [
                f"{no} {st}, {town} {pc}",
                f"{rng.randint(100, 9899)} {st} Apt {rng.randint(1, 9)}{c.choice('ABC')}, {town} {pc}",
            ],
            "au": [
                f"Unit {rng.randint(1, 20)}/{no} {st}, {town} {pc}",
                f"{no} {st}, {town} {pc}",
                f"PO Box {rng.randint(100, 9999)}, {town} {pc}",
            ],
            "nz": [f"{no} {st}, {town} {pc}", f"Flat {rng.randint(1, 9)}, {no} {st}, {town}"],
        }[c.var]
        s = c.choice(forms)
    elif c.lang == "nl":
        streets, towns = NL_PLACES[c.var]
        st, (town, pc) = c.choice(streets), c.choice(towns)
        if c.var == "nl":
            pcs = c.choice([pc, pc.replace(" ", "")])
            s = c.choice(
                [
                    f"{st} {no} {pcs} {town}",
                    f"{st} {no}, {pcs} {town}",
                    f"{st} {no}\n{pcs} {town}",
                    f"{st} {no}-{rng.randint(1, 3)}, {town}",
                ]
            )
        else:
            s = c.choice(
                [
                    f"{st} {no}, {pc} {town}",
                    f"{st} {no} bus {rng.randint(1, 12)}, {pc} {town}",
                    f"{st} {no} {pc} {town}",
                ]
            )
    elif c.lang == "nb":
        st, (town, pc) = c.choice(NB_PLACES[0]), c.choice(NB_PLACES[1])
        s = c.choice(
            [
                f"{st} {no}, {pc} {town}",
                f"{st} {no} {pc} {town}",
                f"Postboks {rng.randint(10, 999)}, {pc} {town}",
                f"{st} {no}, H0{rng.randint(1, 4)}0{rng.randint(1, 4)}, {pc} {town}",
            ]
        )
    else:
        st, (town, pc) = c.choice(RU_PLACES[0]), c.choice(RU_PLACES[1])
        apt = rng.randint(1, 240)
        s = c.choice(
            [
                f"г. {town}, {st}, д. {no}, кв. {apt}",
                f"{town}, {st} {no}-{apt}",
                f"{pc}, {town}, {st}, д.{no}, кв.{apt}",
                f"{st}, {no}, кв {apt}, {town}",
            ]
        )
        if c.var == "lat":
            s = ru_lat(s.replace("№", ""))
    return Val(s.lower() if lower else s, "LOCATION")


GEN: dict[str, Callable[[Ctx], Val]] = {
    "name": v_name, "dob": v_dob, "phone": v_phone, "email": v_email, "iban": v_iban, "card": v_card,
    "bank": v_bank, "passport": v_passport, "natid": v_natid, "custno": v_custno, "booking": v_booking,
    "address": v_address,
}  # fmt: skip

# ---------------------------------------------------------------------------------------
# phrasing: labels, questions, cue templates
# ---------------------------------------------------------------------------------------

LABEL = {
    "en": {"name": ["full name", "name on the booking", "name"], "dob": ["date of birth", "DOB", "birth date"],
           "phone": ["mobile number", "phone number", "best contact number"], "email": ["email address", "email", "e-mail"],
           "iban": ["IBAN", "bank details (IBAN)"], "card": ["card number", "long number on the card"],
           "bank": ["sort code and account number", "bank account number"], "passport": ["passport number", "passport no."],
           "booking": ["booking reference", "booking code", "confirmation code"], "address": ["address", "delivery address", "home address"]},
    "nl": {"name": ["volledige naam", "naam"], "dob": ["geboortedatum"], "phone": ["telefoonnummer", "mobiele nummer", "06-nummer"],
           "email": ["e-mailadres", "mailadres"], "iban": ["IBAN", "rekeningnummer"], "card": ["kaartnummer", "creditcardnummer"],
           "bank": ["rekeningnummer"], "passport": ["paspoortnummer", "documentnummer van je paspoort"],
           "booking": ["boekingscode", "reserveringsnummer", "boekingsnummer"], "address": ["adres", "afleveradres"]},
    "nb": {"name": ["fullt navn", "navn"], "dob": ["fødselsdato"], "phone": ["mobilnummer", "telefonnummer"],
           "email": ["e-postadresse", "e-post"], "iban": ["IBAN"], "card": ["kortnummer"], "bank": ["kontonummer"],
           "passport": ["passnummer"], "booking": ["bookingnummer", "reservasjonskode", "referansenummer"],
           "address": ["adresse", "leveringsadresse"]},
    "ru": {"name": ["ФИО", "фамилия и имя"], "dob": ["дата рождения"], "phone": ["номер телефона", "контактный телефон"],
           "email": ["электронная почта", "e-mail"], "card": ["номер карты"], "bank": ["номер счёта", "расчётный счёт"],
           "passport": ["номер паспорта", "серия и номер паспорта"], "booking": ["номер бронирования", "код брони"],
           "address": ["адрес", "адрес доставки"], "iban": ["номер счёта"]},
}  # fmt: skip
RU_ACC = {"дата рождения": "дату рождения", "электронная почта": "электронную почту", "серия и номер паспорта": "серию и номер паспорта",
          "фамилия и имя": "фамилию и имя"}  # fmt: skip
NATID_LABEL = {"nino": ["National Insurance number", "NI number"], "pps": ["PPS number", "PPSN"], "ssn": ["Social Security number", "SSN"],
               "tfn": ["tax file number", "TFN"], "ird": ["IRD number"], "bsn": ["BSN", "burgerservicenummer"],
               "be_nn": ["rijksregisternummer"], "fnr": ["fødselsnummer", "personnummer"], "snils": ["СНИЛС", "номер СНИЛС"],
               "inn": ["ИНН", "личный ИНН"], "any_ru": ["СНИЛС или ИНН"]}  # fmt: skip
NATID_BY_VAR = {
    "uk": "nino",
    "ie": "pps",
    "us": "ssn",
    "au": "tfn",
    "nz": "ird",
    "nl": "bsn",
    "be": "be_nn",
    "no": "fnr",
    "ru": "any_ru",
    "lat": "any_ru",
}
CUSTNO_LABEL = {
    "en": {"car_rental": "driver ID", "dentist": "patient number", "gym": "member number", "ferry": "customer number",
           "mobile": "account number", "pension": "member reference", "student_housing": "tenant reference", "ticketing": "fan ID",
           "municipality": "council account number", "pet_insurance": "policy number", "furniture": "customer number", "bike_share": "rider ID"},
    "nl": {"car_rental": "klantnummer", "dentist": "patiëntnummer", "gym": "lidnummer", "ferry": "klantnummer", "mobile": "klantnummer",
           "pension": "deelnemersnummer", "student_housing": "huurdersnummer", "ticketing": "fan-ID", "municipality": "dossiernummer",
           "pet_insurance": "polisnummer", "furniture": "klantnummer", "bike_share": "gebruikersnummer"},
    "nb": {"car_rental": "kundenummer", "dentist": "pasientnummer", "gym": "medlemsnummer", "ferry": "kundenummer", "mobile": "kundenummer",
           "pension": "medlemsnummer", "student_housing": "leietakernummer", "ticketing": "kundenummer", "municipality": "kundenummer",
           "pet_insurance": "polisenummer", "furniture": "kundenummer", "bike_share": "brukernummer"},
    "ru": {"car_rental": "номер клиента", "dentist": "номер медкарты", "gym": "номер абонемента", "ferry": "номер клиента",
           "mobile": "номер договора", "pension": "номер договора", "student_housing": "номер договора найма", "ticketing": "номер клиента",
           "municipality": "номер заявления", "pet_insurance": "номер полиса", "furniture": "номер клиента", "bike_share": "лицевой счёт"},
}  # fmt: skip
LAT_LABEL = {"name": "familiya i imya", "dob": "data rozhdeniya", "phone": "nomer telefona", "email": "pochta", "card": "nomer karty",
             "bank": "nomer scheta", "passport": "nomer pasporta", "booking": "nomer broni", "address": "adres", "custno": "nomer dogovora",
             "natid": "SNILS", "iban": "nomer scheta"}  # fmt: skip

QUESTIONS = {
    "en": ["What's your {l}?", "Could I please take your {l}?", "can u send ur {l} pls", "And your {l}?",
           "Would you mind confirming the {l} on the account, please?", "whats the {l} again?", "Sorry, I'll also need your {l}.",
           "waht's your {l}?", "Lastly, your {l}?"],
    "nl": ["Wat is je {l}?", "Mag ik uw {l}?", "kun je je {l} even sturen?", "En je {l}?", "Zou u zo vriendelijk willen zijn uw {l} door te geven?",
           "wat was je {l} ook alweer?", "Ik heb nog uw {l} nodig.", "wat is je {l} ?"],
    "nb": ["Kan du oppgi {l}?", "Kan jeg få {l}?", "send {l} her så sjekker jeg", "Og {l}?", "Vil du være så snill å bekrefte {l}?",
           "trenger {l} også", "Hva var {l} igjen?"],
    "ru": ["Назовите, пожалуйста, {a}.", "Подскажите {a}.", "{L}?", "А {l}?", "скиньте {a} пж", "Будьте добры, продиктуйте {a}.",
           "Уточните {a}, пожалуйста."],
    "lat": ["Napishite, pozhaluysta, {l}.", "{l}?", "A {l}?", "podskazhite {l}"],
}  # fmt: skip
FIELD_Q = {
    "en": {"dob": ["When were you born?", "and what's the birthday on the account?"],
           "address": ["Where should we send it?", "What address are we delivering to?", "where do u want it delivered", "Where shall we post the new card?"],
           "name": ["Who am I speaking with?", "And the name on the account?"]},
    "nl": {"dob": ["Wanneer ben je geboren?"], "address": ["Waar mogen we het naartoe sturen?", "Op welk adres moet het bezorgd worden?", "waar moet de pas heen?"],
           "name": ["Met wie spreek ik?", "Op wiens naam staat het?"]},
    "nb": {"dob": ["Når er du født?"], "address": ["Hvor skal vi sende det?", "Hvilken adresse skal det leveres til?", "hvor vil du ha kortet sendt?"],
           "name": ["Hvem snakker jeg med?", "Hvem står det på?"]},
    "ru": {"dob": ["Когда вы родились?"], "address": ["Куда доставить?", "По какому адресу отправить?", "куда отправлять карту?"],
           "name": ["На кого оформлено?", "Как вас зовут полностью?"]},
    "lat": {"dob": ["Kogda vy rodilis?"], "address": ["Kuda dostavit?"], "name": ["Na kogo oformleno?"]},
}  # fmt: skip
PLAIN = {
    "en": ["my {l} is {v}", "{L}: {v}", "the {l} should be {v}", "it's {v}, that's my {l}", "For reference my {l} is {v}."],
    "nl": ["mijn {l} is {v}", "{L}: {v}", "{v} is mijn {l}", "ik heb als {l} {v}"],
    "nb": ["{L}: {v}", "{l} er {v}", "her er {l}: {v}", "{v} er {l}"],
    "ru": ["{L}: {v}", "{l} — {v}", "вот {l}: {v}", "{v} — это {l}"],
    "lat": ["{l}: {v}", "vot {l}: {v}"],
}  # fmt: skip
FIELD_PLAIN = {
    "en": {"dob": ["I was born on {v}", "born {v}", "DOB {v}"], "name": ["I'm {v}", "this is {v}", "my name's {v}"],
           "address": ["I live at {v}", "please send it to my home address, {v}"]},
    "nl": {"dob": ["geboren op {v}", "ik ben geboren {v}"], "name": ["ik ben {v}", "u spreekt met {v}"], "address": ["ik woon op {v}"]},
    "nb": {"dob": ["født {v}", "jeg er født {v}"], "name": ["jeg heter {v}", "dette er {v}"], "address": ["jeg bor i {v}"]},
    "ru": {"dob": ["родился {v}", "дата рождения {v}"], "name": ["меня зовут {v}", "это {v}"], "address": ["я живу по адресу {v}"]},
    "lat": {"dob": ["data rozhdeniya {v}"], "name": ["menya zovut {v}"], "address": ["ya zhivu po adresu {v}"]},
}  # fmt: skip
PREFIX = {"en": ["", "", "", "sure ", "its ", "ok ", "here: "], "nl": ["", "", "", "ok ", "is ", "hier: "],
          "nb": ["", "", "", "ok ", "det er ", "her: "], "ru": ["", "", "", "вот ", "ок, ", "да, "], "lat": ["", "", "vot "]}  # fmt: skip
SUFFIX = {"en": ["", "", "", " thanks", " 👍", " x", "."], "nl": ["", "", "", " dank je", " 👍", "."], "nb": ["", "", "", " takk", " 👍", "."],
          "ru": ["", "", "", " спасибо", " 👍", "."], "lat": ["", "", " spasibo"]}  # fmt: skip
CLARIFY = {
    "en": [("which one, the one on the letter or in the app?", "The one on the letter is fine."), ("mine or my partner's?", "Yours, please."),
           ("with spaces or without?", "Either way works!")],
    "nl": [("welke, die op de brief of in de app?", "Die op de brief is prima."), ("van mij of van mijn partner?", "Van u, graag."),
           ("met of zonder spaties?", "Maakt niet uit!")],
    "nb": [("hvilket, det i brevet eller i appen?", "Det i brevet holder."), ("mitt eller samboerens?", "Ditt, takk."),
           ("med eller uten mellomrom?", "Spiller ingen rolle!")],
    "ru": [("какой, из письма или из приложения?", "Из письма подойдёт."), ("мой или мужа?", "Ваш, пожалуйста."),
           ("с пробелами или без?", "Без разницы!")],
    "lat": [("kakoy, iz pisma?", "Da, iz pisma."), ("moy ili muzha?", "Vash, pozhaluysta.")],
}  # fmt: skip
CONFIRM_Q = {
    "en": "Thanks! Is that your {l}?",
    "nl": "Dank je! Is dat je {l}?",
    "nb": "Takk! Er det {l}?",
    "ru": "Спасибо! Это {l}?",
    "lat": "Spasibo! Eto {l}?",
}
YES = {
    "en": ["yes", "yep that's it", "yeah"],
    "nl": ["ja", "klopt", "jep"],
    "nb": ["ja", "stemmer", "jepp"],
    "ru": ["да", "верно", "ага"],
    "lat": ["da", "aga"],
}
VOLUNTEER_NOTE = {
    "en": "^ that's the {l} btw",
    "nl": "^ dat is trouwens mijn {l}",
    "nb": "^ det er {l} forresten",
    "ru": "^ это {l}, если что",
    "lat": "^ eto {l}",
}
AND = {"en": " and ", "nl": " en ", "nb": " og ", "ru": " и ", "lat": " i "}


def pl(c: Ctx) -> str:
    """Phrasing key: 'lat' for Russian typed in Latin letters."""
    return "lat" if c.var == "lat" else c.lang


def label(c: Ctx, fld: str, val: Val | None = None) -> str:
    if c.var == "lat":
        return LAT_LABEL[fld]
    if fld == "natid":
        kind = val.check[0] if val is not None and val.check else NATID_BY_VAR[c.var]
        return c.choice(NATID_LABEL[kind])
    if fld == "custno":
        return CUSTNO_LABEL[c.lang][c.sector]
    if fld == "bank" and c.var in ("us", "au", "nz"):
        return "bank account number"
    return c.choice(LABEL[c.lang][fld])


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def fill(c: Ctx, template: str, lab: str) -> str:
    acc = RU_ACC.get(lab, lab)
    return template.replace("{l}", lab).replace("{L}", cap(lab)).replace("{a}", acc)


def question(c: Ctx, fld: str, val: Val) -> str:
    opts = list(QUESTIONS[pl(c)])
    opts += FIELD_Q[pl(c)].get(fld, []) * 2
    return fill(c, c.choice(opts), label(c, fld, val))


def plain_parts(c: Ctx, fld: str, val: Val, cls: str = "plain") -> list[Part]:
    opts = list(PLAIN[pl(c)]) + FIELD_PLAIN[pl(c)].get(fld, []) * 2
    t = fill(c, c.choice(opts), label(c, fld, val))
    if c.gender == "f":
        t = t.replace("родился", "родилась")
    before, after = t.split("{v}")
    return [before, E(val.text, val.type, cls), after]


def bare(c: Ctx, val: Val, cls: str = "bare_answer") -> list[Part]:
    return [c.choice(PREFIX[pl(c)]), E(val.text, val.type, cls), c.choice(SUFFIX[pl(c)])]


def new_val(c: Ctx, fld: str) -> Val:
    v = GEN[fld](c)
    if v.check:
        c.checks.append(
            {
                "kind": v.check[0],
                "value": v.check[1],
                "region": v.region,
                "shown": [v.text],
                "how": "as_typed",
            }
        )
    return v


Turn = tuple[str, list[Part]]


def a(*parts: Part) -> Turn:
    return ("agent", [p for p in parts if p != ""])


def u(*parts: Part) -> Turn:
    return ("customer", [p for p in parts if p != ""])


# ---------------------------------------------------------------------------------------
# hard negatives
# ---------------------------------------------------------------------------------------

NEG_TEMPLATES = {
    "en": {
        "order_number": ["A:Can I take your {cl}?|C:i've only got the order number {order_number}|A:No problem, I can search with that.",
                         "A:What's the order number?|C:{order_number}", "C:order {order_number} still hasn't shipped??|A:Sorry about that, checking now."],
        "travel_date": ["A:And your date of birth?|C:the pickup date is {travel_date} if that's what you mean|A:Ah no, your own date of birth please.|C:#DOB",
                        "A:When would you like to come in?|C:{travel_date} if possible", "C:can we move it to {travel_date}?|A:Let me check availability."],
        "destination": ["A:Where are you travelling to?|C:{destination}", "C:we're sailing to {destination} on {travel_date}|A:Lovely, noted."],
        "amount": ["A:That comes to {amount} in total.|C:ok fine", "C:you charged me {amount} twice|A:I'm sorry, I'll refund the duplicate."],
        "time": ["A:Your slot is at {time}.|C:perfect", "C:can't do mornings, anything after {time}?|A:We have {time2} free."],
        "tracking_number": ["A:Here's your tracking number: {tracking_number}|C:thanks", "A:What's your {cl}?|C:all I have is the tracking code {tracking_number}|A:Fine, I'll use that."],
        "seat": ["A:You're in seats {seat} and {seat2}.|C:great", "C:can we get {seat} instead? window pls|A:Done!"],
        "product_code": ["C:it's about the item with product code {product_code}|A:Thanks, I see it.", "A:Is it item {product_code}?|C:yes that one"],
        "company_phone": ["A:You can also ring us on {company_phone} on weekdays.|C:ok", "C:what's your number?|A:It's {company_phone}."],
        "business_phone": ["A:The local branch is on {business_phone} if you need them directly.|C:cheers"],
        "company_address": ["A:Please post it to {company_address}.|C:ok noted", "C:where do i return it?|A:To our depot: {company_address}."],
        "case_number": ["A:I've opened case {case_number} for this.|C:thanks", "A:Can I have your {cl}?|C:I have a case number from last week, {case_number}|A:That'll do, thanks."],
        "voucher_code": ["C:i have a voucher {voucher_code} can i still use it?|A:Yes, it's applied.", "A:Use code {voucher_code} for 10% off next time.|C:nice"],
        "vehicle_registration": ["A:Your car is a grey Corolla, reg {vehicle_registration}.|C:ok", "C:the van that came was {vehicle_registration}, the driver wouldn't carry it in|A:Sorry, I'll pass that on."],
        "company_id": ["A:For your records: {biz}, company no. {company_id}.|C:ok"],
        "invoice_number": ["A:What's your {cl}?|C:is it the number on the invoice? {invoice_number}|A:That's the invoice number, but I can find you with it."],
        "version_number": ["C:im on app version {version_number}, still crashing|A:Please update to the latest version.", "C:the app says build {version_number} if that helps|A:Thanks, passing that on."],
    },
    "nl": {
        "order_number": ["A:Wat is je {cl}?|C:ik heb alleen het ordernummer {order_number}|A:Geen probleem, daar kan ik ook mee zoeken.",
                         "A:Wat is het ordernummer?|C:{order_number}", "C:bestelling {order_number} is nog steeds niet verzonden??|A:Vervelend, ik kijk het na."],
        "travel_date": ["A:En je geboortedatum?|C:de ophaaldatum is {travel_date}, bedoel je die?|A:Nee, uw eigen geboortedatum graag.|C:#DOB",
                        "A:Wanneer wil je langskomen?|C:{travel_date} als dat kan", "C:kan het naar {travel_date}?|A:Ik kijk even in de agenda."],
        "destination": ["A:Waar reis je naartoe?|C:{destination}", "C:we varen op {travel_date} naar {destination}|A:Prima, genoteerd."],
        "amount": ["A:Dat komt op {amount} in totaal.|C:ok prima", "C:jullie hebben {amount} twee keer afgeschreven|A:Excuses, ik stort het dubbele bedrag terug."],
        "time": ["A:Je afspraak is om {time}.|C:top", "C:'s ochtends lukt niet, kan het na {time}?|A:Om {time2} is er plek."],
        "tracking_number": ["A:Hier is je trackingcode: {tracking_number}|C:dank je", "A:Wat is je {cl}?|C:ik heb alleen de track & trace {tracking_number}|A:Prima, daar zoek ik mee."],
        "seat": ["A:Jullie zitten op {seat} en {seat2}.|C:mooi", "C:kunnen we {seat} krijgen? bij het raam graag|A:Geregeld!"],
        "product_code": ["C:het gaat om artikelnummer {product_code}|A:Dank je, ik zie het.", "A:Is het artikel {product_code}?|C:ja die"],
        "company_phone": ["A:Je kunt ons ook bellen op {company_phone} op werkdagen.|C:ok", "C:wat is jullie nummer?|A:Dat is {company_phone}."],
        "business_phone": ["A:De vestiging zelf is bereikbaar op {business_phone}.|C:dank je"],
        "company_address": ["A:Stuur het naar {company_address}.|C:ok genoteerd", "C:waar moet ik het terugsturen?|A:Naar ons magazijn: {company_address}."],
        "case_number": ["A:Ik heb melding {case_number} voor je aangemaakt.|C:dank je", "A:Wat is je {cl}?|C:ik heb een meldingsnummer van vorige week, {case_number}|A:Daar kan ik mee verder."],
        "voucher_code": ["C:ik heb nog een kortingscode {voucher_code}, werkt die nog?|A:Ja, die is verwerkt.", "A:Met code {voucher_code} krijg je 10% korting.|C:leuk"],
        "vehicle_registration": ["A:Je auto is een grijze Polo, kenteken {vehicle_registration}.|C:ok", "C:de bus die kwam had kenteken {vehicle_registration}, de bezorger wilde niet naar binnen|A:Sorry, ik geef het door."],
        "company_id": ["A:Ter info: {biz}, KvK {company_id}.|C:ok"],
        "invoice_number": ["A:Wat is je {cl}?|C:bedoel je het nummer op de factuur? {invoice_number}|A:Dat is het factuurnummer, maar daar vind ik je ook mee."],
        "version_number": ["C:ik heb app-versie {version_number}, crasht nog steeds|A:Update naar de nieuwste versie graag.", "C:de app zegt build {version_number}|A:Dank je, ik geef het door."],
    },
    "nb": {
        "order_number": ["A:Kan du oppgi {cl}?|C:har bare ordrenummeret {order_number}|A:Det går fint, jeg søker på det.",
                         "A:Hva er ordrenummeret?|C:{order_number}", "C:ordre {order_number} er fortsatt ikke sendt??|A:Beklager, jeg sjekker nå."],
        "travel_date": ["A:Og fødselsdato?|C:hentedatoen er {travel_date}, er det den du mener?|A:Nei, din egen fødselsdato.|C:#DOB",
                        "A:Når vil du komme?|C:{travel_date} hvis det går", "C:kan vi flytte til {travel_date}?|A:Jeg sjekker ledige tider."],
        "destination": ["A:Hvor skal dere reise?|C:{destination}", "C:vi skal til {destination} {travel_date}|A:Flott, notert."],
        "amount": ["A:Det blir {amount} totalt.|C:ok", "C:dere trakk {amount} to ganger|A:Beklager, jeg refunderer det ene beløpet."],
        "time": ["A:Timen din er {time}.|C:perfekt", "C:kan ikke om morgenen, noe etter {time}?|A:Vi har ledig {time2}."],
        "tracking_number": ["A:Her er sporingsnummeret: {tracking_number}|C:takk", "A:Kan du oppgi {cl}?|C:har bare sporingsnummeret {tracking_number}|A:Greit, jeg bruker det."],
        "seat": ["A:Dere har sete {seat} og {seat2}.|C:flott", "C:kan vi få {seat} i stedet? vindu takk|A:Ordnet!"],
        "product_code": ["C:det gjelder varenummer {product_code}|A:Takk, jeg ser den.", "A:Er det vare {product_code}?|C:ja den"],
        "company_phone": ["A:Du kan også ringe oss på {company_phone} på hverdager.|C:ok", "C:hva er nummeret deres?|A:Det er {company_phone}."],
        "business_phone": ["A:Avdelingen kan nås direkte på {business_phone}.|C:takk"],
        "company_address": ["A:Send det til {company_address}.|C:ok notert", "C:hvor returnerer jeg den?|A:Til lageret vårt: {company_address}."],
        "case_number": ["A:Jeg har opprettet sak {case_number}.|C:takk", "A:Kan du oppgi {cl}?|C:har et saksnummer fra forrige uke, {case_number}|A:Det holder."],
        "voucher_code": ["C:har en rabattkode {voucher_code}, gjelder den fortsatt?|A:Ja, den er lagt inn.", "A:Bruk koden {voucher_code} for 10 % rabatt.|C:fint"],
        "vehicle_registration": ["A:Bilen din er en grå Golf, {vehicle_registration}.|C:ok", "C:bilen som kom var {vehicle_registration}, sjåføren ville ikke bære inn|A:Beklager, jeg gir beskjed."],
        "company_id": ["A:Til info: {biz}, org.nr. {company_id}.|C:ok"],
        "invoice_number": ["A:Kan du oppgi {cl}?|C:mener du nummeret på fakturaen? {invoice_number}|A:Det er fakturanummeret, men jeg finner deg med det."],
        "version_number": ["C:har appversjon {version_number}, krasjer fortsatt|A:Oppdater til nyeste versjon."],
    },
    "ru": {
        "order_number": ["A:Подскажите {cl}?|C:есть только номер заказа {order_number}|A:Хорошо, найду по нему.",
                         "A:Какой номер заказа?|C:{order_number}", "C:заказ {order_number} до сих пор не отправлен??|A:Извините, уже проверяю."],
        "travel_date": ["A:А дату рождения?|C:дата получения {travel_date}, вы про неё?|A:Нет, вашу дату рождения, пожалуйста.|C:#DOB",
                        "A:Когда вам удобно подойти?|C:{travel_date} если можно", "C:можно перенести на {travel_date}?|A:Сейчас проверю."],
        "destination": ["A:Куда направляетесь?|C:{destination}", "C:плывём в {destination} {travel_date}|A:Отлично, записала."],
        "amount": ["A:Итого {amount}.|C:ок", "C:с меня списали {amount} дважды|A:Извините, вернём лишнее списание."],
        "time": ["A:Вы записаны на {time}.|C:отлично", "C:утром не могу, можно после {time}?|A:Есть окно в {time2}."],
        "tracking_number": ["A:Ваш трек-номер: {tracking_number}|C:спасибо", "A:Подскажите {cl}?|C:есть только трек-номер {tracking_number}|A:Хорошо, найду по нему."],
        "seat": ["A:У вас места {seat} и {seat2}.|C:отлично", "C:можно место {seat}? у окна|A:Готово!"],
        "product_code": ["C:речь про товар с артикулом {product_code}|A:Спасибо, вижу.", "A:Это товар {product_code}?|C:да, он"],
        "company_phone": ["A:Также можно позвонить нам по номеру {company_phone} в будни.|C:ок", "C:какой у вас телефон?|A:{company_phone}."],
        "business_phone": ["A:Телефон филиала: {business_phone}.|C:спасибо"],
        "company_address": ["A:Отправьте, пожалуйста, по адресу {company_address}.|C:записал", "C:куда вернуть?|A:На наш склад: {company_address}."],
        "case_number": ["A:Я создала обращение {case_number}.|C:спасибо", "A:Подскажите {cl}?|C:есть номер обращения с прошлой недели, {case_number}|A:Подойдёт."],
        "voucher_code": ["C:у меня промокод {voucher_code}, он ещё действует?|A:Да, применили.", "A:По промокоду {voucher_code} скидка 10%.|C:класс"],
        "vehicle_registration": ["A:Ваша машина — серая Kia Rio, госномер {vehicle_registration}.|C:ок", "C:приехала машина {vehicle_registration}, грузчики не стали заносить|A:Извините, передам."],
        "company_id": ["A:Для документов: {biz}, ИНН {company_id}.|C:ок"],
        "invoice_number": ["A:Подскажите {cl}?|C:это номер из счёта? {invoice_number}|A:Это номер счёта, но по нему тоже найду."],
        "version_number": ["C:версия приложения {version_number}, всё равно вылетает|A:Обновите, пожалуйста, до последней версии."],
    },
}  # fmt: skip
NEG_KINDS = list(NEG_TEMPLATES["en"])

DESTS = {"en": ["Holyhead", "Cherbourg", "Santander", "Rosslare", "Bilbao", "Isle of Man"], "nl": ["Terschelling", "Vlieland", "Harwich", "Hull", "Ameland"],
         "nb": ["Kiel", "Hirtshals", "Frederikshavn", "Strömstad", "Svolvær"], "ru": ["Калининград", "Хельсинки", "Мурманск", "Таллин"]}  # fmt: skip
CO_PHONE = {"en": ["0345 602 1188", "1800 812 440", "1300 655 506", "0800 046 5522", "+353 1 685 9900", "(888) 604-2211"],
            "nl": ["088 233 4400", "+32 9 265 11 00", "020 794 3310", "085 303 1190"], "nb": ["815 33 120", "22 98 40 00", "+47 55 21 70 00", "73 84 20 00"],
            "ru": ["8 800 301-44-27", "+7 (495) 987-12-34", "8 (812) 640-55-10"]}  # fmt: skip
BR_PHONE = {"en": ["0113 496 0382", "(02) 9374 5521", "021 432 9911", "(503) 284-7710"], "nl": ["010 412 8800", "053 482 9100", "09 223 45 67"],
            "nb": ["55 30 80 10", "38 10 44 00", "77 64 12 00"], "ru": ["(343) 210-44-55", "8 (4852) 72-10-90"]}  # fmt: skip
CO_ADDR = {"en": ["Unit 7, Harbour Park, Cork T23 KX52", "14 Riverside Way, Leeds LS1 4DL", "Suite 3, 210 George St, Sydney NSW 2000", "1200 Commerce Blvd, Austin, TX 78701"],
           "nl": ["Industrieweg 44, 3542 AD Utrecht", "Havenkade 2, 8861 AK Harlingen", "Brusselsesteenweg 120, 9090 Melle"],
           "nb": ["Postboks 6220 Etterstad, 0603 Oslo", "Kaigaten 9, 5015 Bergen", "Industriveien 31, 2072 Dal"],
           "ru": ["г. Москва, ул. Новослободская, д. 23", "Санкт-Петербург, Морская наб., 15", "г. Калининград, ул. Портовая, 4"]}  # fmt: skip
AMOUNTS = {"uk": ["£84.50", "£12.99", "£240"], "ie": ["€129", "€35.50"], "us": ["$64.99", "$1,250.00"], "au": ["A$210", "$89.95"], "nz": ["NZ$45", "$320"],
           "nl": ["€ 39,95", "€1.250,00", "12 euro"], "be": ["€ 75,00", "49 euro"], "no": ["349 kr", "1 290,-", "kr 4500"], "ru": ["1 990 ₽", "2500 руб.", "450 р"],
           "lat": ["1990 rub", "2500 r"]}  # fmt: skip
TIMES = {"en": ["14:30", "9.15am", "10 am", "17:45", "half 3"], "nl": ["14:30", "9.15 uur", "16.00", "half vier"], "nb": ["kl. 09.15", "14:30", "16.45", "halv fire"],
         "ru": ["18:40", "9:00", "15.30", "12:15"]}  # fmt: skip
VOUCHERS = {"en": ["SPRING25", "WELCOME10", "FREERIDE5"], "nl": ["WELKOM10", "ZOMER-15"], "nb": ["VELKOMMEN20", "SOMMER15"], "ru": ["ZIMA2026", "DRUG500"]}  # fmt: skip
VERSIONS = ["4.12.3", "10.0.19045.3803", "2.1.10.4", "v6.2.118", "17.4.1", "3.10.2.1"]
RU_PLATE = "АВЕКМНОРСТУХ"


def plate(c: Ctx) -> str:
    r, up = c.rng, "ABCDEFGHJKLMNPRSTVWXYZ"
    L = lambda n: "".join(r.choice(up) for _ in range(n))  # noqa: E731
    return {
        "uk": lambda: f"{L(2)}{r.randint(10, 25)} {L(3)}",
        "ie": lambda: (
            f"{r.choice(['191', '232', '242'])}-{r.choice(['D', 'C', 'G', 'KY'])}-{digits(r, 5)}"
        ),
        "us": lambda: f"{r.randint(4, 9)}{L(3)}{digits(r, 3)}",
        "au": lambda: f"{L(3)}-{digits(r, 3)}",
        "nz": lambda: f"{L(3)}{digits(r, 3)}",
        "nl": lambda: f"{L(2)}-{digits(r, 3)}-{L(1)}",
        "be": lambda: f"1-{L(3)}-{digits(r, 3)}",
        "no": lambda: f"{r.choice(['EL', 'EK', 'DK', 'SV'])} {digits(r, 5)}",
        "ru": lambda: (
            f"{r.choice(RU_PLATE)}{digits(r, 3)}{r.choice(RU_PLATE)}{r.choice(RU_PLATE)} {r.choice(['77', '96', '178', '54'])}"
        ),
        "lat": lambda: f"A{digits(r, 3)}KM {r.choice(['77', '96'])}",
    }[c.var]()


def company_id(c: Ctx) -> str:
    r = c.rng
    return {"uk": lambda: digits(r, 8, False), "ie": lambda: digits(r, 6), "us": lambda: f"{digits(r, 2)}-{digits(r, 7)}",
            "au": lambda: f"{digits(r, 2)} {digits(r, 3)} {digits(r, 3)} {digits(r, 3)}", "nz": lambda: digits(r, 7),
            "nl": lambda: digits(r, 8), "be": lambda: f"0{digits(r, 3)}.{digits(r, 3)}.{digits(r, 3)}", "no": lambda: f"9{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}",
            "ru": lambda: "77" + digits(r, 8, False), "lat": lambda: "77" + digits(r, 8, False)}[c.var]()  # fmt: skip


def neg_value(c: Ctx, kind: str) -> str:
    r = c.rng
    if kind == "order_number":
        return c.choice(
            [
                "#" + digits(r, 7),
                "ORD-" + digits(r, 7),
                "WO" + digits(r, 8),
                digits(r, 10),
                "A-" + digits(r, 8),
            ]
        )
    if kind == "travel_date":
        return v_travel_date(c)
    if kind == "destination":
        return c.choice(DESTS[c.lang])
    if kind == "amount":
        return c.choice(AMOUNTS[c.var if c.var in AMOUNTS else c.lang])
    if kind == "time":
        return c.choice(TIMES[c.lang])
    if kind == "tracking_number":
        return c.choice(
            [
                "JJD00" + digits(r, 12),
                "1Z" + digits(r, 3) + "E" + digits(r, 2) + "W" + digits(r, 9),
                "RR" + digits(r, 9) + c.choice(["GB", "NL", "NO", "BE", "IE"]),
                "3SKLM" + digits(r, 9),
                digits(r, 14),
            ]
        )
    if kind == "seat":
        return f"{r.randint(2, 38)}{c.choice('ABCDEF')}"
    if kind == "product_code":
        return c.choice(
            [
                f"{digits(r, 3)}.{digits(r, 3)}.{digits(r, 2)}",
                f"OK-{digits(r, 4)}-GRY",
                f"SKU{digits(r, 6)}",
                f"{digits(r, 5)}-B",
            ]
        )
    if kind == "company_phone":
        return c.choice(CO_PHONE[c.lang])
    if kind == "business_phone":
        return c.choice(BR_PHONE[c.lang])
    if kind == "company_address":
        return c.choice(CO_ADDR[c.lang])
    if kind == "case_number":
        return c.choice(
            [
                f"CS-2026-{digits(r, 6, False)}",
                "#00" + digits(r, 6),
                "SR" + digits(r, 8),
                "INC" + digits(r, 7),
            ]
        )
    if kind == "voucher_code":
        return c.choice(VOUCHERS[c.lang])
    if kind == "vehicle_registration":
        return plate(c)
    if kind == "company_id":
        return company_id(c)
    if kind == "invoice_number":
        return c.choice(
            [
                f"INV-2026/{digits(r, 4, False)}",
                f"F2026-{digits(r, 5, False)}",
                f"2026-{digits(r, 5)}",
                f"100{digits(r, 3)}",
            ]
        )
    return c.choice(VERSIONS)


def neg_episode(c: Ctx, kind: str) -> list[Turn]:
    tpls = NEG_TEMPLATES[c.lang][kind]
    tpl = tpls[int(c.sector != "car_rental")] if kind == "vehicle_registration" else c.choice(tpls)
    turns: list[Turn] = []
    for t in tpl.split("|"):
        role, text = ("agent" if t[0] == "A" else "customer"), t[2:]
        if text == "#DOB":
            turns.append(u(*bare(c, new_val(c, "dob"))))
            continue
        text = text.replace("{cl}", CUSTNO_LABEL[c.lang][c.sector]).replace("{biz}", c.biz)
        slots = {
            k: N(neg_value(c, k.rstrip("0123456789")), k.rstrip("0123456789"))
            for k in NEG_KINDS + ["time2", "seat2"]
            if "{" + k + "}" in text
        }
        turns.append((role, T(text, **slots)))
    return turns


KIND_SECTORS = {
    "seat": {"ferry", "ticketing"}, "destination": {"ferry", "car_rental", "ticketing"}, "vehicle_registration": {"car_rental", "furniture"},
    "product_code": {"furniture", "mobile", "bike_share", "gym"}, "tracking_number": {"furniture", "mobile", "ticketing", "pet_insurance", "municipality", "gym"},
    "version_number": {"mobile", "bike_share", "ticketing", "gym", "pension", "student_housing"},
}  # fmt: skip

# ---------------------------------------------------------------------------------------
# main-class episodes
# ---------------------------------------------------------------------------------------

SECTOR_FIELDS = {
    "car_rental": ["name", "dob", "phone", "email", "card", "booking", "passport", "custno"],
    "dentist": ["name", "dob", "phone", "natid", "custno", "email", "booking"], "gym": ["name", "dob", "phone", "email", "iban", "custno", "card", "bank", "booking"],
    "ferry": ["name", "dob", "passport", "booking", "phone", "email", "card"], "mobile": ["name", "dob", "phone", "custno", "iban", "email", "natid"],
    "pension": ["name", "dob", "natid", "iban", "bank", "custno", "email"], "student_housing": ["name", "dob", "email", "phone", "iban", "custno", "passport", "booking"],
    "ticketing": ["name", "email", "phone", "booking", "card", "custno"], "municipality": ["name", "dob", "natid", "phone", "email", "custno", "booking"],
    "pet_insurance": ["name", "custno", "iban", "bank", "phone", "email", "dob"], "furniture": ["name", "phone", "email", "custno", "card"],
    "bike_share": ["name", "phone", "email", "card", "custno", "iban"],
}  # fmt: skip
SPLIT_FIELDS = ["iban", "phone", "card", "custno", "bank", "natid", "email"]


def fields_for(c: Ctx, allowed: list[str]) -> list[str]:
    fs = [f for f in SECTOR_FIELDS[c.sector] if f in allowed]
    if c.lang == "ru":
        fs = [("bank" if f == "iban" else f) for f in fs]
    return fs or [f for f in allowed if not (c.lang == "ru" and f == "iban")]


TWO_Q = {"en": ["Can I have your {l1} and {l2}?", "pls send {l1} + {l2}", "Could you confirm your {l1} and {l2}, please?"],
         "nl": ["Mag ik je {l1} en {l2}?", "stuur je {l1} en {l2} even?"], "nb": ["Kan du oppgi {l1} og {l2}?", "trenger {l1} og {l2}"],
         "ru": ["Назовите {a1} и {a2}.", "Напишите {a1} и {a2}, пожалуйста."], "lat": ["Napishite {l1} i {l2}."]}  # fmt: skip


def ep_bare(c: Ctx) -> list[Turn]:
    fs = fields_for(c, list(GEN))
    fld = c.choice(fs + [f for f in fs if f in ("booking", "custno", "passport", "dob")])
    val = new_val(c, fld)
    q = question(c, fld, val)
    k = c.rng.random()
    if k < 0.25:
        return [a(q), u(*bare(c, val))]
    if k < 0.45:
        out = [a(q), u(c.choice(WAIT[c.lang]))]
        if c.rng.random() < 0.6:
            out.append(a(c.choice(NO_RUSH[c.lang])))
        return [*out, u(*bare(c, val))]
    if k < 0.6:
        cq, ca = c.choice(CLARIFY[pl(c)])
        return [a(q), u(cq), a(ca), u(*bare(c, val))]
    if k < 0.75:
        lab = label(c, fld, val)
        if c.rng.random() < 0.5:
            return [
                u(E(val.text, val.type, "bare_answer")),
                a(CONFIRM_Q[pl(c)].replace("{l}", lab)),
                u(c.choice(YES[pl(c)])),
            ]
        return [
            u(E(val.text, val.type, "bare_answer")),
            u(VOLUNTEER_NOTE[pl(c)].replace("{l}", lab)),
        ]
    f2 = c.choice([f for f in fields_for(c, list(GEN)) if f != fld] or ["phone"])
    val2 = new_val(c, f2)
    l1, l2 = label(c, fld, val), label(c, f2, val2)
    q2 = (
        c.choice(TWO_Q[pl(c)])
        .replace("{l1}", l1)
        .replace("{l2}", l2)
        .replace("{a1}", RU_ACC.get(l1, l1))
        .replace("{a2}", RU_ACC.get(l2, l2))
    )
    sep = c.choice([", ", " / ", "\n", "  "])
    return [
        a(q2),
        u(E(val.text, val.type, "bare_answer"), sep, E(val2.text, val2.type, "bare_answer")),
    ]


LIST_COMBOS: dict[str, list[tuple[str, ...]]] = {
    "ferry": [("name", "dob", "passport"), ("name", "passport")], "car_rental": [("name", "dob"), ("name", "passport")],
    "dentist": [("name", "dob", "natid"), ("name", "dob")], "gym": [("name", "dob", "custno"), ("name", "custno")],
    "mobile": [("name", "phone"), ("phone",)], "pension": [("name", "natid"), ("name", "dob")],
    "student_housing": [("name", "email"), ("name", "dob", "passport")], "ticketing": [("name", "email"), ("name", "custno")],
    "municipality": [("name", "dob", "natid")], "pet_insurance": [("name", "phone"), ("name", "dob")],
    "furniture": [("name", "phone")], "bike_share": [("name", "email"), ("card",)],
}  # fmt: skip
LIST_Q = {"en": ["Please send the {ls} for everyone on the booking.", "Could you list {ls} for each person?", "ok send me {ls} for all of them"],
          "nl": ["Stuur de {ls} van iedereen op de boeking.", "Kun je per persoon {ls} doorgeven?"],
          "nb": ["Send {ls} for alle på bestillingen.", "Kan du oppgi {ls} for hver person?"],
          "ru": ["Пришлите, пожалуйста, {ls} всех участников.", "Напишите {ls} на каждого."], "lat": ["Prishlite {ls} na kazhdogo."]}  # fmt: skip
REL = {"en": ["partner", "mate", "flatmate", "other half"], "nl": ["partner", "huisgenoot", "reisgenoot"],
       "nb": ["samboeren", "reisefølget", "kompisen"], "lat": []}  # fmt: skip
REL_RU = {"f": ["жена", "дочь", "мама", "сестра"], "m": ["муж", "сын", "папа", "брат"]}
LIST_JOIN = {"en": [" and my {r} ", "; ", "\n", ", then "], "nl": [" en mijn {r} ", "; ", "\n"], "nb": [" og {r} ", "; ", "\n"],
             "ru": [", {r} — ", "; ", "\n"], "lat": ["; {r} ", "\n"]}  # fmt: skip


def with_person(c: Ctx, first: str, last: str, gender: str, fld: str) -> Val:
    saved = (c.first, c.last, c.gender)
    c.first, c.last, c.gender = first, last, gender
    val = new_val(c, fld)
    c.first, c.last, c.gender = saved
    return val


def ep_list(c: Ctx) -> list[Turn]:
    combo = c.choice(LIST_COMBOS[c.sector])
    n = c.rng.randint(2, 4) if len(combo) > 1 else c.rng.randint(2, 3)
    base_last = c.last[:-1] if c.lang == "ru" and c.gender == "f" else c.last
    people = [(c.first, c.last, c.gender)]
    for f in c.rng.sample([x for x in FIRST[c.lang] if x != c.first], n - 1):
        g = "f" if f in RU_FEM else "m"
        la = c.choice(LAST[c.lang]) if c.rng.random() < 0.25 else base_last
        people.append((f, la + "а" if c.lang == "ru" and g == "f" else la, g))
    ls = ", ".join(label(c, f) for f in combo[:-1])
    ls = (ls + AND[pl(c)] if ls else "") + label(c, combo[-1])
    numbered = c.rng.random() < 0.3
    sep = c.choice([", ", " - ", " ", " / "])
    parts: list[Part] = []
    for i, (f, la, g) in enumerate(people):
        if i:
            rel = c.choice(REL[pl(c)] if c.lang != "ru" else REL_RU[g])
            parts.append(
                "\n" if numbered else c.choice(LIST_JOIN[pl(c)]).replace("{r}", rl(c, rel))
            )
        if numbered:
            parts.append(f"{i + 1}) ")
        for j, fld in enumerate(combo):
            if j:
                parts.append(sep)
            val = (
                Val(full_name(c, f, la, g), "PERSON")
                if fld == "name"
                else with_person(c, f, la, g, fld)
            )
            parts.append(E(val.text, val.type, "list"))
    for nom, acc in RU_ACC.items():
        ls = ls.replace(nom, acc)
    q = c.choice(LIST_Q[pl(c)]).replace("{ls}", ls)
    return [a(q), u(*parts)]


SPLIT_SUFFIX = {"en": ["", "", " oops", " sorry hit enter too soon", " (rest)"], "nl": ["", "", " oeps", " sorry, te vroeg verstuurd"],
                "nb": ["", "", " oi", " sorry, trykket send for tidlig"], "ru": ["", "", " ой", " извините, рано отправил"], "lat": ["", " oy"]}  # fmt: skip
FIX_PREFIX = {"en": ["sorry typo, ", "*", "wait no, ", "correction: "], "nl": ["sorry typfout, ", "*", "nee wacht, "],
              "nb": ["sorry, skrivefeil: ", "*", "nei vent, "], "ru": ["ой, опечатка: ", "*", "нет, правильно "], "lat": ["oy, opechatka: ", "*"]}  # fmt: skip
MORE = {
    "en": "and the rest?",
    "nl": "en de rest?",
    "nb": "og resten?",
    "ru": "а дальше?",
    "lat": "a dalshe?",
}


def split_point(text: str) -> int:
    if "@" in text:
        return text.index("@") + 1
    mid = len(text) // 2
    has_digit = lambda t: any(ch.isdigit() for ch in t)  # noqa: E731
    cands = [
        i
        for i, ch in enumerate(text)
        if ch in " .-/" and 2 < i < len(text) - 2 and has_digit(text[:i]) and has_digit(text[i:])
    ]
    if cands:
        return min(cands, key=lambda i: abs(i - mid))
    return mid


def mistype(c: Ctx, text: str) -> str:
    pos = [i for i, ch in enumerate(text) if ch.isdigit()]
    i = c.choice(pos[3:] or pos)  # a later digit: a changed prefix can still be the same number
    return text[:i] + c.choice([d for d in "0123456789" if d != text[i]]) + text[i + 1 :]


def ep_split(c: Ctx) -> list[Turn]:
    fld = c.choice(fields_for(c, SPLIT_FIELDS))
    val = new_val(c, fld)
    chk = c.checks[-1] if val.check else None
    q = question(c, fld, val)
    if fld != "email" and c.rng.random() < 0.4:
        wrong = mistype(c, val.text)
        if chk:
            chk.update(shown=[wrong, val.text], how="corrected")
        return [
            a(q),
            u(E(wrong, val.type, "split")),
            u(c.choice(FIX_PREFIX[pl(c)]), E(val.text, val.type, "split")),
        ]
    k = split_point(val.text)
    p1, p2 = val.text[:k].rstrip(), val.text[k:].lstrip()
    if p2[:1] in ".-/" and len(p2) > 2:  # the separator stays with the first part, as people type
        p1, p2 = val.text[: k + 1].rstrip(), val.text[k + 1 :].lstrip()
    if chk:
        chk.update(shown=[p1, p2], how="joined")
    mid = [a(MORE[pl(c)])] if c.rng.random() < 0.15 else []
    return [
        a(q),
        u(*bare(c, Val(p1, val.type), "split")[:2]),
        *mid,
        u(E(p2, val.type, "split"), c.choice(SPLIT_SUFFIX[pl(c)])),
    ]


AT = {"en": [" at ", " (at) ", " [at] ", " AT "], "nl": [" apenstaartje ", " apestaart ", " at "], "nb": [" alfakrøll ", " krøllalfa ", " at "],
      "ru": [" собака ", " собачка ", " эт "]}  # fmt: skip
DOT = {
    "en": [" dot ", " (dot) ", " DOT "],
    "nl": [" punt "],
    "nb": [" prikk ", " punktum "],
    "ru": [" точка "],
}
UNDER = {
    "en": " underscore ",
    "nl": " underscore ",
    "nb": " understrek ",
    "ru": " нижнее подчёркивание ",
}
NUM = {"en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
       "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
       "nb": ["null", "en", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni"],
       "ru": ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]}  # fmt: skip
PLUS = {"en": "plus", "nl": "plus", "nb": "pluss", "ru": "плюс"}
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
HG = {
    "A": "А",
    "B": "В",
    "C": "С",
    "E": "Е",
    "H": "Н",
    "K": "К",
    "M": "М",
    "O": "О",
    "P": "Р",
    "T": "Т",
    "X": "Х",
    "0": "О",
    "1": "l",
    "3": "З",
}


def spelled_email(c: Ctx, real: str) -> str:
    at, dot = c.choice(AT[c.lang]), c.choice(DOT[c.lang])
    local, domain = real.split("@")
    local = local.replace(".", dot).replace("_", UNDER[c.lang])
    if c.rng.random() < 0.7:
        domain = domain.replace(".", dot)
    return (local + at + domain).strip()


def as_words(c: Ctx, text: str, mixed: bool) -> str:
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch.isdigit():
            if c.lang == "en" and i + 1 < len(text) and text[i + 1] == ch and c.rng.random() < 0.5:
                out.append(f"double {NUM['en'][int(ch)]}")
                i += 2
                continue
            word = (
                "oh"
                if c.lang == "en" and ch == "0" and c.rng.random() < 0.5
                else NUM[c.lang][int(ch)]
            )
            out.append(ch if mixed and c.rng.random() < 0.5 else word)
        elif ch == "+":
            out.append(PLUS[c.lang])
        elif ch.isalnum():
            out.append(ch)
        i += 1
    return " ".join(out)


def disguise(c: Ctx, val: Val, how: str) -> str:
    t = val.text
    if how in ("words", "mixed"):
        return as_words(c, t, how == "mixed")
    if how == "zw":
        chars = list(t)
        for _ in range(c.rng.randint(1, 3)):
            chars.insert(c.rng.randint(1, len(chars) - 1), c.choice(ZW))
        return "".join(chars)
    if how == "fullwidth":
        return "".join(chr(ord(ch) + 0xFEE0) if ch.isdigit() else ch for ch in t)
    idx = [i for i, ch in enumerate(t) if ch in HG]
    chars = list(t)
    for i in c.rng.sample(idx, min(len(idx), c.rng.randint(1, 2))):
        chars[i] = HG[chars[i]]
    return "".join(chars)


def ep_disguised(c: Ctx) -> list[Turn]:
    methods = ["email", "email", "email", "words", "mixed", "zw", "fullwidth"] + (
        [] if c.var == "lat" else ["homoglyph", "homoglyph"]
    )
    how = c.choice(methods)
    if how == "email":
        val = v_email(c)
        text = spelled_email(c, val.text)
        c.checks.append(
            {"kind": "email", "value": val.text, "region": "", "shown": [text], "how": "spelled"}
        )
        fld = "email"
    else:
        pool = {"words": ["phone", "custno"], "mixed": ["phone", "custno", "natid"], "zw": ["iban", "phone", "card", "natid"],
                "fullwidth": ["phone", "custno"], "homoglyph": ["iban", "passport", "custno", "booking"]}[how]  # fmt: skip
        fld = c.choice(
            fields_for(c, pool) if c.lang != "ru" or how != "zw" else ["phone", "card", "natid"]
        )
        val = new_val(c, fld)
        if how == "homoglyph" and not any(ch in HG for ch in val.text):
            how = "zw"
        text = disguise(c, val, how)
        if val.check:
            c.checks[-1].update(shown=[text], how=how)
    q = question(c, fld, val)
    ent = E(text, val.type, "disguised")
    if c.rng.random() < 0.3:
        return [a(q), u(*plain_parts(c, fld, Val(text, val.type), "disguised"))]
    return [a(q), u(c.choice(PREFIX[pl(c)]), ent, c.choice(SUFFIX[pl(c)]))]


ADDR_CLARIFY = {"en": ("home or work?", "Wherever suits you best."), "nl": ("thuis of werk?", "Waar het jou het beste uitkomt."),
                "nb": ("hjem eller jobb?", "Det du foretrekker."), "ru": ("домой или на работу?", "Куда вам удобнее."), "lat": ("domoy ili na rabotu?", "Kuda udobnee.")}  # fmt: skip


def ep_address(c: Ctx) -> list[Turn]:
    val = v_address(c, lower=c.rng.random() < 0.85)
    q = c.choice(FIELD_Q[pl(c)]["address"] + [question(c, "address", val)])
    ent = E(val.text, "LOCATION", "address_no_cue")
    k = c.rng.random()
    if k < 0.5:
        return [a(q), u(c.choice(PREFIX[pl(c)]), ent, c.choice(SUFFIX[pl(c)]))]
    if k < 0.7:
        return [a(q), u(c.choice(WAIT[c.lang])), u(ent)]
    if k < 0.85:
        cq, ca = ADDR_CLARIFY[pl(c)]
        return [a(q), u(cq), a(ca), u(ent)]
    ph = new_val(c, "phone")
    return [a(q), u(ent, c.choice([", ", "\n", " / "]), E(ph.text, ph.type, "bare_answer"))]


def ep_plain(c: Ctx) -> list[Turn]:
    fld = c.choice(fields_for(c, list(GEN)) + ["address"])
    val = v_address(c, lower=False) if fld == "address" else new_val(c, fld)
    parts = plain_parts(c, fld, val)
    if c.rng.random() < 0.5:
        return [a(question(c, fld, val)), u(*parts)]
    return [u(*parts)]


EPISODES: dict[str, Callable[[Ctx], list[Turn]]] = {
    "bare_answer": ep_bare, "list": ep_list, "split": ep_split, "disguised": ep_disguised, "address_no_cue": ep_address, "plain": ep_plain,
}  # fmt: skip

# ---------------------------------------------------------------------------------------
# conversations
# ---------------------------------------------------------------------------------------

VARIETIES: dict[str, tuple[list[str], list[int]]] = {
    "en": (["uk", "ie", "us", "au", "nz"], [35, 20, 20, 15, 10]),
    "nl": (["nl", "be"], [65, 35]),
    "nb": (["no"], [1]),
    "ru": (["ru", "lat"], [85, 15]),
}


def rl(c: Ctx, s: str) -> str:
    return ru_lat(s) if c.var == "lat" else s


def greeting(c: Ctx) -> Turn:
    if c.rng.random() < 0.35:
        tpl = c.choice(RU_LAT_GREETING if c.var == "lat" else GREETING[c.lang])
        return (
            "agent",
            T(
                tpl.replace("{biz}", rl(c, c.biz)),
                agent=E(rl(c, c.choice(AGENTS[c.lang])), "PERSON", "plain"),
            ),
        )
    return a(c.choice(GREETING_ANON[c.lang]).replace("{biz}", c.biz))


def filler(c: Ctx) -> list[Turn]:
    """A small-talk pair; each line is used at most once per conversation while lines last."""
    if c.rng.random() < 0.2:
        return [u(c.choice(WAIT[c.lang])), a(c.choice(NO_RUSH[c.lang]))]
    if not c.pool:
        c.pool = [(x, y) for x in FILLER_AGENT[c.lang] for y in FILLER_CUSTOMER[c.lang]]
        c.rng.shuffle(c.pool)
    x, y = c.pool.pop()
    c.pool = [(p, q) for p, q in c.pool if p != x and q != y] or c.pool
    return [a(x), u(y)]


def neg_kinds(c: Ctx, n: int) -> list[str]:
    kinds = [k for k in NEG_KINDS if c.sector in KIND_SECTORS.get(k, {c.sector})]
    special = [k for k in kinds if k in KIND_SECTORS]
    first = c.choice(special) if special and c.rng.random() < 0.5 else c.choice(kinds)
    return [first, *c.rng.sample([k for k in kinds if k != first], n - 1)]


def to_lat(turns: list[Turn]) -> list[Turn]:
    out: list[Turn] = []
    for role, parts in turns:
        new: list[Part] = []
        for p in parts:
            if isinstance(p, str):
                new.append(ru_lat(p))
            elif isinstance(p, E):
                new.append(E(ru_lat(p.text), p.type, p.cls))
            else:
                new.append(N(ru_lat(p.text), p.kind))
        out.append((role, new))
    return out


def closing(lang: str) -> list[list[Turn]]:
    return [[(role, [text])] for role, text in CLOSING[lang]]


def conversation(rng: random.Random, lang: str, cls: str) -> tuple[list[Turn], list[dict]]:
    names, weights = VARIETIES[lang]
    var = rng.choices(names, weights)[0]
    first, last, gender = pick_person(rng, lang)
    c = Ctx(rng, lang, var, rng.choice(SECTORS), first, last, gender)
    opening = c.choice(RU_LAT_OPENING) if var == "lat" else OPENING[lang][c.sector]
    blocks = [[greeting(c)], [u(opening)]]
    middle = [neg_episode(c, k) for k in neg_kinds(c, 1 if rng.random() < 0.5 else 2)]
    if cls != "plain" and rng.random() < 0.25:
        middle.append(ep_plain(c))
    rng.shuffle(middle)
    main = EPISODES[cls](c)
    long = rng.random() < 0.4
    if long:
        target = rng.randint(15, 35)
        while sum(map(len, blocks + middle)) + len(main) + 3 < target:
            middle.insert(rng.randint(0, len(middle)), filler(c))
        tail: list[list[Turn]] = [main, *closing(lang)]
    else:
        pos = rng.randint(0, len(middle))
        middle.insert(pos, main)
        tail = closing(lang) if rng.random() < 0.4 else []
    turns = [t for b in blocks + middle + tail for t in b]
    if var == "lat":
        turns = to_lat(turns)
        for chk in c.checks:
            chk["shown"] = [ru_lat(s) for s in chk["shown"]]
    return turns, c.checks


def build() -> tuple[list[dict], list[dict]]:
    rng = random.Random(SEED)
    records: list[dict] = []
    checks: list[dict] = []
    for lang in LANGS:
        order = [cls for cls in CLASSES for _ in range(PER_CLASS)]
        rng.shuffle(order)
        for i, cls in enumerate(order, 1):
            conv_id = f"sealed15-{lang}-{i:03d}"
            turns, chks = conversation(rng, lang, cls)
            records += conversation_records(conv_id, lang, turns)
            checks += [{**ch, "conversation_id": conv_id} for ch in chks]
    return records, checks


def main() -> None:
    records, _ = build()
    errors = verify(records)
    if errors:
        raise SystemExit("\n".join(errors[:20]))
    write_jsonl(records, OUT)
    n_conv = len({r["conversation_id"] for r in records})
    n_ent = sum(len(r["entities"]) for r in records)
    n_neg = sum(len(r["negatives"]) for r in records)
    print(
        f"{OUT.name}: {n_conv} conversations, {len(records)} messages, {n_ent} entities, {n_neg} hard negatives"
    )


if __name__ == "__main__":
    main()
