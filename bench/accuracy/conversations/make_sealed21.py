# ruff: noqa: E501  (hand-written phrase, name, street and sector tables)
"""Write ``sealed21.jsonl``: the sealed conversation set 21 (seed 20261224), written blind.

600 conversations, 150 per language (en, nl, nb, ru): per language 25 per failure class
(bare_answer, list, split, disguised, address_no_cue) and 25 plain ones. Twenty-two sectors,
its own names, streets, towns, companies and phrasings; hard negatives in every chat.

    .venv/bin/python bench/accuracy/conversations/make_sealed21.py [OUT]
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass
from pathlib import Path

import phonenumbers
from schwifty import IBAN
from stdnum import luhn
from stdnum.no import orgnr
from stdnum.ru import inn

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_values import (  # noqa: E402
    NUMBER_WORDS,
    E,
    N,
    Part,
    T,
    conversation_records,
    date_text,
    digits,
    digits_as_words,
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
    with_homoglyphs,
    with_zero_width,
    write_jsonl,
)

SEED = 20261224
OUT = Path(__file__).with_name("sealed21.jsonl")
PER_CLASS = 25
MAIN_CLASSES = ("bare_answer", "list", "split", "disguised", "address_no_cue", "plain")
LANGS = ("en", "nl", "nb", "ru")
REGION = {"en": "GB", "nl": "NL", "nb": "NO", "ru": "RU"}


@dataclass(frozen=True)
class EC(E):
    """A labelled span that also carries its canonical value for the set's own checks.

    ``check`` names the checksum (iban, bsn, fnr, kontonr, inn, snils, luhn, phone:REGION);
    ``chain`` ties the parts of a split or corrected value; ``role`` is whole, part or typo.
    """

    canon: str = ""
    check: str = ""
    chain: str = ""
    role: str = "whole"


# fmt: off
# ---------------------------------------------------------------------------------------
# names, streets, towns (this set's own)
# ---------------------------------------------------------------------------------------

FIRST_M = {
    "en": ["Callum", "Declan", "Fergus", "Rupert", "Gareth", "Hamish", "Crispin", "Ewan", "Barnaby", "Rhys"],
    "nl": ["Gijs", "Stijn", "Tijmen", "Hidde", "Maarten", "Olaf", "Reinier", "Bastiaan", "Jelmer", "Wessel"],
    "nb": ["Trygve", "Audun", "Eivind", "Halvard", "Oddvar", "Steinar", "Asbjørn", "Ketil", "Gaute", "Arnfinn"],
    "ru": ["Григорий", "Степан", "Тимофей", "Роман", "Глеб", "Вадим", "Леонид", "Фёдор", "Кирилл", "Борис"],
}
FIRST_F = {
    "en": ["Rosalind", "Imogen", "Harriet", "Niamh", "Tamsin", "Elspeth", "Bryony", "Lorna", "Maisie", "Philippa"],
    "nl": ["Marloes", "Roos", "Jikke", "Lisanne", "Wietske", "Sietske", "Mirthe", "Floor", "Janneke", "Romy"],
    "nb": ["Gunhild", "Sigrid", "Borghild", "Tuva", "Ranveig", "Liv", "Marit", "Dagny", "Synnøve", "Idun"],
    "ru": ["Вера", "Дарья", "Полина", "Алёна", "Лидия", "Зоя", "Варвара", "Нина", "Валерия", "Любовь"],
}
LAST = {
    "en": ["Oakley", "Pennington", "Dunmore", "Treharne", "Gillespie", "Wetherby", "Carrow", "Bellamy", "Quarrie", "Lockhart", "Summerhayes", "Tregarth"],
    "nl": ["Veldkamp", "Hofstede", "van Wijngaarden", "Zwart", "Dijkhuis", "ter Horst", "Roelofs", "Kamphuis", "van Eck", "Postma", "Wolters", "Haverkamp"],
    "nb": ["Fossum", "Kvam", "Rønning", "Tveit", "Skaar", "Bjørnstad", "Eide", "Myhre", "Sandvik", "Grønli", "Hovland", "Aune"],
    "ru": ["Жуков", "Громов", "Панин", "Сафонов", "Дроздов", "Ларин", "Тихонов", "Гусев", "Рябов", "Калинин", "Ефимов", "Шубин"],
}
AGENTS = {
    "en": ["Priya", "Tom", "Shauna", "Dev", "Kirsty", "Marcus"],
    "nl": ["Esmee", "Ruud", "Yara", "Bart", "Naomi", "Sjoerd"],
    "nb": ["Hilde", "Jonas", "Mari", "Per", "Ylva", "Espen"],
    "ru": ["Марина", "Олег", "Ирина", "Денис", "Света", "Артур"],
}
STREETS = {
    "en": ["Foxglove Rise", "Tanners Row", "Kiln Lane", "Saxon Crescent", "Weavers Walk", "Abbeygate", "Heron Drive", "Lark Hill", "Cooper Street", "Millbrook Road"],
    "nl": ["Zilverschoonlaan", "Tolhuisstraat", "Ganzenmarkt", "Wilgenhof", "Bleekveld", "Vondelkade", "Klaverweide", "Brinkstraat", "Ketelhaven", "Lijsterbeslaan"],
    "nb": ["Tyttebærstien", "Fergeveien", "Smedgata", "Lyngåsveien", "Kvernhusbakken", "Nordre gate", "Bryggeveien", "Hjortestien", "Sagbruksveien", "Myrveien"],
    "ru": ["ул. Рябиновая", "ул. Кирова", "пер. Почтовый", "ул. Строителей", "Берёзовая ул.", "ул. Гончарова", "пр. Победы", "ул. Заречная", "ул. Тургенева", "Полевая ул."],
}
TOWNS = {
    "en": [("Kendal", "LA9 4DT"), ("Truro", "TR1 2HQ"), ("Hexham", "NE46 3NH"), ("Ludlow", "SY8 1AX"), ("Whitby", "YO21 3BS"), ("Stroud", "GL5 1AP"), ("Ely", "CB7 4BL"), ("Penrith", "CA11 7YH")],
    "nl": [("Deventer", "7411 KT"), ("Amersfoort", "3811 MG"), ("Gouda", "2801 JK"), ("Assen", "9401 HR"), ("Tiel", "4001 AB"), ("Venlo", "5911 CD"), ("Alkmaar", "1811 LA"), ("Middelburg", "4331 NB")],
    "nb": [("Lillehammer", "2609"), ("Molde", "6413"), ("Bodø", "8006"), ("Kongsberg", "3611"), ("Arendal", "4836"), ("Gjøvik", "2815"), ("Harstad", "9405"), ("Sandefjord", "3210")],
    "ru": [("Ярославль", "150014"), ("Вологда", "160009"), ("Рязань", "390023"), ("Калуга", "248001"), ("Псков", "180004"), ("Владимир", "600017"), ("Кострома", "156005"), ("Иркутск", "664011")],
}
ABROAD = {
    "en": ["14 rue des Tanneurs, 67000 Strasbourg, France", "Apt 3, 22 Seaview Terrace, Bray, Co. Wicklow A98 K2F3", "Calle Almendro 9, 29602 Marbella, Spain"],
    "nl": ["Kapelstraat 23, 9000 Gent, België", "Lindenstraße 8, 47533 Kleve, Duitsland", "Rue de la Station 41, 4800 Verviers"],
    "nb": ["Storgatan 14, 652 24 Karlstad, Sverige", "Vestergade 9, 8000 Aarhus C, Danmark", "Kuninkaankatu 12 B 7, 33210 Tampere"],
    "ru": ["Беларусь, г. Гродно, ул. Ожешко, д. 12, кв. 4", "Казахстан, г. Алматы, пр. Абая, 48, кв. 17", "Армения, Ереван, ул. Сарьяна 6, кв. 21"],
}
DOMAINS = {
    "en": ["gmail.com", "hotmail.co.uk", "sky.com", "proton.me", "virginmedia.com"],
    "nl": ["gmail.com", "planet.nl", "hetnet.nl", "live.nl", "outlook.com"],
    "nb": ["gmail.com", "hotmail.com", "altibox.no", "icloud.com", "broadpark.no"],
    "ru": ["yandex.ru", "mail.ru", "inbox.ru", "list.ru", "gmail.com"],
}
TRANS = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "y",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ы": "y", "э": "e", "ю": "yu", "я": "ya", "ь": "", "ъ": "",
    "ø": "o", "å": "aa", "æ": "ae", " ": "", "-": "",
})  # fmt: skip
DESTS = {
    "en": ["Porto", "Reykjavik", "Split", "Tenerife", "Krakow", "Bergen"],
    "nl": ["Malta", "Valencia", "Texel", "Kopenhagen", "Napels", "Ameland"],
    "nb": ["Mallorca", "Praha", "Svalbard", "Roma", "Kreta", "Lofoten"],
    "ru": ["Сочи", "Ереван", "Мурманск", "Калининград", "Казань", "Минск"],
}

# ---------------------------------------------------------------------------------------
# number words: single digits from make_values, pairs 10..99 written here
# ---------------------------------------------------------------------------------------

_TEENS = {
    "en": ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"],
    "nl": ["tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"],
    "nb": ["ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"],
    "ru": ["десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать"],
}
_TENS = {
    "en": ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
    "nl": ["twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"],
    "nb": ["tjue", "tretti", "førti", "femti", "seksti", "sytti", "åtti", "nitti"],
    "ru": ["двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"],
}


# fmt: on
def pair_word(lang: str, n: int) -> str:
    """10..99 in words, as written in ``lang`` (ru: two words, others one)."""
    if n < 20:
        return _TEENS[lang][n - 10]
    tens, unit = _TENS[lang][n // 10 - 2], n % 10
    if unit == 0:
        return tens
    u = NUMBER_WORDS[lang][unit]
    if lang == "en":
        return f"{tens}-{u}"
    if lang == "nl":
        return f"{u}{'ën' if u.endswith('e') else 'en'}{tens}"
    if lang == "nb":
        return f"{tens}{u}"
    return f"{tens} {u}"


def pairs_as_words(lang: str, value: str) -> str:
    """Digits read in pairs ('06 12' -> 'nul zes twaalf'); a leading-zero pair as two words."""
    ds = "".join(c for c in value if c.isdigit())
    head = ""
    if value.strip().startswith("+"):
        cc_len = 1 if value.startswith("+7") else 2
        head, ds = "+" + ds[:cc_len] + " ", ds[cc_len:]
    out = []
    for i in range(0, len(ds), 2):
        chunk = ds[i : i + 2]
        if len(chunk) == 1 or chunk[0] == "0":
            out.extend(NUMBER_WORDS[lang][int(c)] for c in chunk)
        else:
            out.append(pair_word(lang, int(chunk)))
    return head + " ".join(out)


# fmt: off
# ---------------------------------------------------------------------------------------
# sectors: per language (company, customer's opening line, the agent's address question)
# ---------------------------------------------------------------------------------------

SECTORS: dict[str, dict[str, tuple[str, str, str]]] = {
    "hearing_clinic": {
        "en": ("Fenwick Hearing Care", "hi, my hearing aid is whistling again and I'd like the left one looked at", "Where should we post the replacement domes and the return box?"),
        "nl": ("Hoorcentrum Brinkman", "goedemiddag, mijn hoortoestel piept steeds, kan ik een afspraak maken?", "Naar welk adres mogen we de nieuwe filters en het retourdoosje sturen?"),
        "nb": ("Hørselsklinikken Lyngstad", "hei! høreapparatet mitt har begynt å pipe, kan noen se på det?", "Hvilken adresse skal vi sende nye filtre og returkonvolutten til?"),
        "ru": ("Центр слуха «Мельниковы»", "здравствуйте, слуховой аппарат начал свистеть, можно записаться на проверку?", "Куда прислать новые вкладыши и коробку для возврата?"),
    },
    "tattoo_studio": {
        "en": ("Inkwell & Sons Tattoo", "hey, I want to book a consult for a sleeve, half-done piece from another artist", "Which address should the aftercare kit be sent to?"),
        "nl": ("Tattoostudio De Vries & Kuijt", "hoi, ik wil graag een consult voor een cover-up op mijn onderarm", "Waar mogen we de aftercare-set naartoe sturen?"),
        "nb": ("Blekkhuset Tattovering Aasland", "hei, har dere ledig tid til en konsultasjon for en cover-up?", "Hvor skal vi sende pleiepakken?"),
        "ru": ("Тату-салон «Братья Сомовы»", "привет, хочу записаться на консультацию по перекрытию старой татуировки", "Куда отправить набор для ухода?"),
    },
    "riding_stable": {
        "en": ("Hollins Riding Stables", "hello, is there still space on the summer pony week for children?", "And the home address for the welcome pack?"),
        "nl": ("Manege Scholten", "hallo, zijn er nog plekken voor het ponykamp in de zomer?", "Naar welk adres sturen we het welkomstpakket?"),
        "nb": ("Rideskolen Vestbøstad", "hei, er det ledige plasser på ponnileiren i sommer?", "Hvilken adresse skal velkomstpakken til?"),
        "ru": ("Конный клуб «Ершовы»", "добрый день, есть ли места в летнем конном лагере для детей?", "На какой адрес отправить приветственный пакет?"),
    },
    "locksmith": {
        "en": ("Mossop Locks", "locked out of my flat, key snapped in the lock 😩 can someone come today?", "What's the address where you're locked out?"),
        "nl": ("Slotenmaker Verbeek", "ik sta buitengesloten, sleutel is afgebroken in het slot, kan er vandaag iemand komen?", "Op welk adres staat u buiten?"),
        "nb": ("Låsesmed Tangen", "har låst meg ute og nøkkelen brakk i låsen, kan noen komme i dag?", "Hvilken adresse gjelder det?"),
        "ru": ("Служба замков «Лапин»", "захлопнулась дверь, ключ сломался в замке, можете сегодня приехать?", "По какому адресу нужно приехать?"),
    },
    "pest_control": {
        "en": ("Halloran Pest Solutions", "we've got mice in the loft, need someone to come and have a look", "Which property is it — what's the address?"),
        "nl": ("Ongediertebestrijding Molenaar", "we hebben muizen op zolder, kan er iemand langskomen?", "Om welk adres gaat het?"),
        "nb": ("Skadedyrkontroll Rustad", "vi har mus på loftet, kan dere komme og se?", "Hvilken adresse gjelder det?"),
        "ru": ("Дезинсекция «Крюков и К»", "у нас на даче мыши, нужна обработка", "Какой адрес участка?"),
    },
    "pottery_studio": {
        "en": ("Thorne Pottery Studio", "hiya, is the 6-week wheel course on Tuesdays still open?", "Where should we send the clay and tools box for the home sessions?"),
        "nl": ("Keramiekatelier Boersma", "hoi! is er nog plek in de draaicursus op dinsdagavond?", "Waar mogen we het pakket met klei en gereedschap bezorgen?"),
        "nb": ("Keramikkverkstedet Haugland", "hei, er det plass på dreiekurset på tirsdager?", "Hvor skal vi sende leire og verktøy?"),
        "ru": ("Гончарная мастерская «Зуевы»", "здравствуйте, на курс гончарного круга по вторникам ещё есть места?", "Куда отправить набор с глиной и инструментами?"),
    },
    "sailing_school": {
        "en": ("Penhallow Sailing School", "hi, want to sign up for the day skipper course in spring", "Which postal address should the logbook go to?"),
        "nl": ("Zeilschool Hoogeveen", "hallo, ik wil me aanmelden voor de cursus kielboot in het voorjaar", "Naar welk adres mogen we het logboek sturen?"),
        "nb": ("Seilskolen Kvalvik", "hei, jeg vil melde meg på skipperkurset i vår", "Hvilken postadresse skal loggboka sendes til?"),
        "ru": ("Парусная школа «Воробьёвы»", "добрый день, хочу записаться на курс шкипера весной", "На какой адрес прислать бортовой журнал?"),
    },
    "tyre_hotel": {
        "en": ("Garside Tyres", "hi, want to swap to winter tyres, they're stored with you", "Where should we deliver the car back to after the swap?"),
        "nl": ("Bandenhotel Kuiper", "goedemorgen, ik wil mijn winterbanden laten wisselen, ze liggen bij jullie opgeslagen", "Waar mogen we de auto na de wissel terugbrengen?"),
        "nb": ("Dekkhotellet Solheim", "hei, vil bytte til vinterdekk, de står på dekkhotell hos dere", "Hvor skal vi levere bilen etter skiftet?"),
        "ru": ("Шинный отель «Гаврилов»", "здравствуйте, хочу поменять на зимнюю резину, она у вас на хранении", "Куда пригнать машину после замены?"),
    },
    "beekeeping": {
        "en": ("Haworth Bee Supplies", "there's a swarm hanging off our apple tree!! can someone collect it", "What's the address with the swarm?"),
        "nl": ("Imkerij Wassenaar", "er hangt een bijenzwerm in onze appelboom, kunnen jullie die ophalen?", "Op welk adres hangt de zwerm?"),
        "nb": ("Birøkter Fjellstad", "det henger en bisverm i epletreet vårt, kan dere hente den?", "Hvilken adresse er svermen på?"),
        "ru": ("Пасека «Прохоровы»", "у нас на яблоне висит рой пчёл, можете забрать?", "По какому адресу рой?"),
    },
    "glazier": {
        "en": ("Ridley Glass & Glazing", "hi, the big pane in our patio door cracked, need a quote", "Where is the door — which address?"),
        "nl": ("Glaszetterij Harmsen", "goedemiddag, de ruit van onze tuindeur is gebarsten, kan ik een offerte krijgen?", "Op welk adres zit de deur?"),
        "nb": ("Glassmester Berntsen", "hei, ruta i terrassedøra har sprukket, kan jeg få et tilbud?", "Hvilken adresse gjelder det?"),
        "ru": ("Стекольная мастерская «Блинов»", "добрый день, треснуло стекло в балконной двери, нужна замена", "По какому адресу дверь?"),
    },
    "wedding_photo": {
        "en": ("Ashdown Wedding Photography", "hi! we're getting married next year and love your portfolio, are you free?", "Where shall we post the printed album?"),
        "nl": ("Trouwfotografie Lammers", "hoi, wij gaan trouwen en vinden jullie werk prachtig, zijn jullie nog vrij?", "Naar welk adres mogen we het fotoalbum sturen?"),
        "nb": ("Bryllupsfoto Eikeland", "hei! vi skal gifte oss og lurer på om dere er ledige", "Hvor skal vi sende albumet?"),
        "ru": ("Свадебная фотостудия «Корнеевы»", "здравствуйте! у нас свадьба, хотим узнать, свободны ли вы", "Куда прислать печатный альбом?"),
    },
    "escape_room": {
        "en": ("Puzzleworks by Hartigan", "hi, can we book the lighthouse room for 5 people on saturday?", "Where should the gift box be delivered?"),
        "nl": ("Escaperoom Bosman", "hoi, kunnen we de vuurtorenkamer boeken voor 5 personen op zaterdag?", "Waar mogen we het cadeaupakket bezorgen?"),
        "nb": ("Escape-rommet Nordahl", "hei, kan vi booke fyrtårnrommet for 5 på lørdag?", "Hvor skal gaveesken leveres?"),
        "ru": ("Квест-комната «Фомины»", "привет, можно забронировать квест «Маяк» на 5 человек в субботу?", "Куда доставить подарочный набор?"),
    },
    "dog_grooming": {
        "en": ("Brampton Dog Grooming", "hi, my spaniel needs a full groom, do you have anything next week?", "Our van can collect — what address?"),
        "nl": ("Trimsalon Wagenaar", "hallo, mijn spaniël moet getrimd worden, hebben jullie volgende week plek?", "Onze bus kan hem ophalen, op welk adres?"),
        "nb": ("Hundefrisøren Lorentzen", "hei, spanielen min trenger klipp, har dere tid neste uke?", "Vi kan hente med bilen, hvilken adresse?"),
        "ru": ("Груминг-салон «Ситниковы»", "здравствуйте, спаниелю нужна стрижка, есть окно на следующей неделе?", "Можем забрать на машине, какой адрес?"),
    },
    "cattery": {
        "en": ("Marwood Cattery", "hi, we need somewhere for our two cats while we're away", "Which address should the vaccination form go to?"),
        "nl": ("Kattenpension Dekker", "hallo, wij zoeken opvang voor onze twee katten tijdens de vakantie", "Naar welk adres mogen we het inentingsformulier sturen?"),
        "nb": ("Kattepensjonatet Holter", "hei, vi trenger et sted for de to kattene våre mens vi er bortreist", "Hvilken adresse skal vaksineskjemaet til?"),
        "ru": ("Гостиница для кошек «Карповы»", "здравствуйте, нужна передержка для двух котов на время отпуска", "Куда отправить форму о прививках?"),
    },
    "watch_repair": {
        "en": ("Pryce Watch Repairs", "hi, my grandfather's watch stopped, can you service it? I'd post it", "What return address should we use?"),
        "nl": ("Horlogemaker Timmermans", "hallo, het horloge van mijn opa loopt niet meer, kunnen jullie het reviseren? ik stuur het op", "Naar welk retouradres sturen we het terug?"),
        "nb": ("Urmaker Engebretsen", "hei, klokka til bestefar har stoppet, kan dere overhale den? jeg sender den i posten", "Hvilken returadresse skal vi bruke?"),
        "ru": ("Часовая мастерская «Лавровы»", "здравствуйте, остановились дедушкины часы, можно отправить вам на ремонт?", "На какой обратный адрес отправить?"),
    },
    "tailor": {
        "en": ("Kingdon Alterations", "hi, need a suit taken in before a wedding, can you do collection?", "Where should the courier pick it up?"),
        "nl": ("Kleermakerij Pauwels", "hoi, mijn pak moet ingenomen worden voor een bruiloft, halen jullie op?", "Waar mag de koerier het ophalen?"),
        "nb": ("Skredder Amundsen", "hei, dressen må tas inn før et bryllup, kan dere hente den?", "Hvor skal budet hente den?"),
        "ru": ("Ателье «Сёстры Зимины»", "здравствуйте, нужно ушить костюм к свадьбе, вы забираете курьером?", "Откуда курьеру забрать?"),
    },
    "climbing_gym": {
        "en": ("Craigmore Climbing Centre", "hi, can I freeze my membership for two months? injured my shoulder", "Is the postal address for the new card still current? What is it?"),
        "nl": ("Klimhal Steenbergen", "hoi, kan ik mijn abonnement twee maanden bevriezen? schouder geblesseerd", "Naar welk adres mogen we de nieuwe pas sturen?"),
        "nb": ("Klatresenteret Bratten", "hei, kan jeg fryse medlemskapet i to måneder? skadet skulderen", "Hvilken adresse skal det nye kortet sendes til?"),
        "ru": ("Скалодром «Братья Ветровы»", "здравствуйте, можно заморозить абонемент на два месяца? травма плеча", "На какой адрес отправить новую карту?"),
    },
    "septic_service": {
        "en": ("Dabney Drainage & Septic", "hi, the septic tank needs emptying, it's overdue", "Which property — what's the address and is there lorry access?"),
        "nl": ("Rioolservice Huisman", "hallo, onze septic tank moet geleegd worden, het is hoog tijd", "Om welk adres gaat het?"),
        "nb": ("Slamtømming Knutsen", "hei, septiktanken må tømmes, det er på tide", "Hvilken eiendom gjelder det, adresse?"),
        "ru": ("Ассенизаторская служба «Шаров»", "здравствуйте, нужно откачать септик на даче", "Какой адрес участка?"),
    },
    "genealogy": {
        "en": ("Ravensworth Family History", "hello, I'd like to order the family-tree research package", "Where shall we send the printed report?"),
        "nl": ("Stamboomonderzoek Van Rijswijk", "goedendag, ik wil graag het stamboompakket bestellen", "Naar welk adres mogen we het rapport sturen?"),
        "nb": ("Slektsgranskeren Vatne", "hei, jeg vil bestille slektsgranskingspakken", "Hvor skal vi sende rapporten?"),
        "ru": ("Генеалогическое бюро «Абрамовы»", "здравствуйте, хочу заказать составление родословной", "Куда отправить готовый отчёт?"),
    },
    "sauna_club": {
        "en": ("Hartley Sauna House", "hi, want to upgrade to the family sauna membership", "Where should we post the wristbands?"),
        "nl": ("Saunaclub Van Dalen", "hoi, ik wil overstappen op het gezinsabonnement", "Waar mogen we de polsbandjes naartoe sturen?"),
        "nb": ("Badstuforeningen Eidsvåg", "hei, vil oppgradere til familiemedlemskap", "Hvor skal vi sende armbåndene?"),
        "ru": ("Баня-клуб «Сухановы»", "добрый день, хочу перейти на семейный абонемент", "Куда прислать браслеты?"),
    },
    "campsite": {
        "en": ("Tremayne Farm Campsite", "hi, looking to book a pitch with electric for a week in july", "Which address shall we send the gate card to?"),
        "nl": ("Camping De Brink van Oosten", "hallo, ik wil een plek met stroom boeken voor een week in juli", "Naar welk adres mogen we de slagboompas sturen?"),
        "nb": ("Jensen Camping", "hei, vil booke en plass med strøm for en uke i juli", "Hvilken adresse skal bommkortet sendes til?"),
        "ru": ("Кемпинг «Усадьба Ковалёвых»", "здравствуйте, хочу забронировать место с электричеством на неделю в июле", "Куда прислать карту для шлагбаума?"),
    },
    "translation_agency": {
        "en": ("Whitcombe Translations", "hi, I need a certified translation of my passport and birth certificate", "Where should we post the certified copies?"),
        "nl": ("Vertaalbureau Smeets", "hallo, ik heb een beëdigde vertaling nodig van mijn paspoort en geboorteakte", "Naar welk adres sturen we de beëdigde vertalingen?"),
        "nb": ("Translatørkontoret Ødegaard", "hei, jeg trenger statsautorisert oversettelse av passet og fødselsattesten", "Hvor skal vi sende de bekreftede kopiene?"),
        "ru": ("Бюро переводов «Никитины»", "здравствуйте, нужен нотариальный перевод паспорта и свидетельства о рождении", "Куда отправить заверенные копии?"),
    },
}

# sector-specific hard negatives: (kind, value maker key)
SECTOR_NEG = {
    "hearing_clinic": ["serial_number", "product_code"],
    "tattoo_studio": ["amount", "time"],
    "riding_stable": ["pet_name", "amount"],
    "locksmith": ["product_code", "time"],
    "pest_control": ["case_number", "amount"],
    "pottery_studio": ["product_code", "voucher_code"],
    "sailing_school": ["berth_number", "travel_date"],
    "tyre_hotel": ["rack_number", "vehicle_registration"],
    "beekeeping": ["product_code", "time"],
    "glazier": ["invoice_number", "amount"],
    "wedding_photo": ["travel_date", "amount"],
    "escape_room": ["voucher_code", "time"],
    "dog_grooming": ["pet_name", "time"],
    "cattery": ["pet_name", "travel_date"],
    "watch_repair": ["serial_number", "tracking_number"],
    "tailor": ["order_number", "amount"],
    "climbing_gym": ["voucher_code", "amount"],
    "septic_service": ["invoice_number", "time"],
    "genealogy": ["case_number", "amount"],
    "sauna_club": ["room_number", "voucher_code"],
    "campsite": ["pitch_number", "travel_date"],
    "translation_agency": ["case_number", "amount"],
}
PETS = {"en": ["Biscuit", "Pepper", "Bramble", "Clover"], "nl": ["Tjorven", "Kasper", "Moos", "Pluis"],
        "nb": ["Mosse", "Sokker", "Bamse", "Trofast"], "ru": ["Мурзик", "Ириска", "Буран", "Соня"]}

# ---------------------------------------------------------------------------------------
# phrase tables per language
# ---------------------------------------------------------------------------------------

Q = {  # the agent's questions, by value kind
    "en": {
        "custno": ["What's your customer number?", "can I have your client number pls", "Do you have your account number with us? It's on the letter, top right", "Which membership number is it under?"],
        "dob": ["And your date of birth?", "what's the date of birth of the person it's for?", "Could you confirm your DOB for me?", "When were you born? Just for the file"],
        "phone": ["Best number to reach you on?", "what mobile can we text on the day?", "Could I take a contact number?"],
        "email": ["What email should the confirmation go to?", "and your email address?", "Which e-mail is on your account?"],
        "booking": ["What's the booking reference?", "Do you have the reservation code? 6 characters, on the confirmation", "which booking code did you get?"],
        "passport": ["We need the passport number for the paperwork, can you send yours?", "What's the document number on the passport?"],
        "name": ["Who's it in the name of?", "and the full name of the person we're seeing?", "Can I take your full name?"],
        "iban": ["Which IBAN should the refund go to?", "what account should we return the deposit to? IBAN please"],
        "card": ["What's the card number for the deposit?"],
    },
    "nl": {
        "custno": ["Wat is uw klantnummer?", "heb je je klantnummer bij de hand?", "Onder welk lidnummer staat het?", "Mag ik uw relatienummer? Dat staat rechtsboven op de brief"],
        "dob": ["En uw geboortedatum?", "wat is de geboortedatum van degene om wie het gaat?", "Kunt u uw geboortedatum bevestigen?", "Wanneer bent u geboren? Even voor het dossier"],
        "phone": ["Op welk nummer kunnen we u bereiken?", "welk mobiel nummer kunnen we op de dag zelf appen?", "Mag ik een telefoonnummer noteren?"],
        "email": ["Naar welk e-mailadres mag de bevestiging?", "en je mailadres?", "Welk e-mailadres hoort bij uw account?"],
        "booking": ["Wat is de reserveringscode?", "Heeft u de boekingscode? 6 tekens, staat in de bevestiging", "welke reserveringscode heb je gekregen?"],
        "passport": ["Voor de papieren hebben we het paspoortnummer nodig, kunt u dat sturen?", "Wat is het documentnummer van het paspoort?"],
        "name": ["Op wiens naam mag het?", "en de volledige naam van degene die komt?", "Mag ik uw volledige naam?"],
        "iban": ["Op welk IBAN mogen we het terugstorten?", "naar welke rekening mag de borg terug? graag het IBAN"],
        "natid": ["Mag ik uw BSN? Alleen voor de declaratie", "Wat is het burgerservicenummer?"],
        "card": ["Wat is het kaartnummer voor de aanbetaling?"],
    },
    "nb": {
        "custno": ["Hva er kundenummeret ditt?", "har du kundenummeret for hånden?", "Hvilket medlemsnummer står det på?", "Kan jeg få kundenr.? Det står øverst på brevet"],
        "dob": ["Og fødselsdatoen din?", "hva er fødselsdatoen til den det gjelder?", "Kan du bekrefte fødselsdato?", "Når er du født? Bare til journalen"],
        "phone": ["Hvilket nummer kan vi nå deg på?", "hvilket mobilnummer kan vi sende SMS til på dagen?", "Kan jeg få et telefonnummer?"],
        "email": ["Hvilken e-post skal bekreftelsen til?", "og e-postadressen din?", "Hvilken e-post står på kontoen?"],
        "booking": ["Hva er bookingreferansen?", "Har du reservasjonskoden? 6 tegn, står i bekreftelsen", "hvilken bestillingskode fikk du?"],
        "passport": ["Til papirene trenger vi passnummeret, kan du sende det?", "Hva er dokumentnummeret i passet?"],
        "name": ["Hvem står bestillingen på?", "og fullt navn på den som kommer?", "Kan jeg få fullt navn?"],
        "iban": ["Hvilket kontonummer skal refusjonen til?", "hvilken konto skal depositumet tilbake til?"],
        "natid": ["Kan jeg få fødselsnummeret ditt? Det trengs til refusjonen", "Hva er personnummeret, alle 11 sifrene?"],
        "card": ["Hva er kortnummeret til depositumet?"],
    },
    "ru": {
        "custno": ["Какой у вас номер клиента?", "подскажите номер договора?", "На какой номер абонемента оформлено?", "Назовите, пожалуйста, лицевой счёт клиента, он вверху письма"],
        "dob": ["И дату рождения, пожалуйста", "какая дата рождения у того, на кого записываем?", "Подтвердите, пожалуйста, дату рождения", "Когда вы родились? Для карточки"],
        "phone": ["По какому номеру с вами связаться?", "какой мобильный для SMS в день визита?", "Оставите контактный телефон?"],
        "email": ["На какую почту прислать подтверждение?", "и ваш e-mail?", "Какая почта привязана к аккаунту?"],
        "booking": ["Какой код бронирования?", "У вас есть номер брони? 6 символов, он в подтверждении", "какой код брони вам пришёл?"],
        "passport": ["Для документов нужен номер паспорта, пришлёте?", "Какой номер загранпаспорта?"],
        "name": ["На кого оформляем?", "и ФИО того, кто придёт?", "Как вас зовут, полностью?"],
        "iban": ["На какой счёт вернуть деньги?", "какой номер счёта для возврата залога?"],
        "natid": ["Пришлите, пожалуйста, СНИЛС, он нужен для договора", "Укажите ваш ИНН, пожалуйста"],
        "card": ["Номер карты для предоплаты?"],
    },
}

PLAIN = {  # a value with its cue, the control group
    "en": {
        "custno": ["my customer number is {v}", "customer no. {v} if that helps", "membership number: {v}"],
        "dob": ["I was born on {v}", "my date of birth is {v}", "DOB {v}"],
        "phone": ["my mobile is {v}", "you can call me on {v}", "phone: {v}"],
        "email": ["my email is {v}", "email me at {v}", "e-mail: {v}"],
        "booking": ["booking ref {v}", "my reservation code is {v}"],
        "passport": ["passport number {v}", "my passport no is {v}"],
        "name": ["my name is {v}", "this is {v} btw", "name's {v}"],
        "iban": ["my IBAN is {v}", "refund to IBAN {v} pls"],
        "card": ["card number {v}"],
    },
    "nl": {
        "custno": ["mijn klantnummer is {v}", "klantnr {v}", "lidnummer: {v}"],
        "dob": ["ik ben geboren op {v}", "geboortedatum {v}", "geb. {v}"],
        "phone": ["mijn mobiel is {v}", "bel me gerust op {v}", "tel: {v}"],
        "email": ["mijn mail is {v}", "e-mail: {v}", "mail maar naar {v}"],
        "booking": ["reserveringscode {v}", "mijn boekingscode is {v}"],
        "passport": ["paspoortnummer {v}", "mijn paspoort nr is {v}"],
        "name": ["mijn naam is {v}", "met {v} trouwens", "ik ben {v}"],
        "iban": ["mijn IBAN is {v}", "terugstorten op rekening {v} graag"],
        "natid": ["mijn BSN is {v}"],
        "card": ["kaartnummer {v}"],
    },
    "nb": {
        "custno": ["kundenummeret mitt er {v}", "kundenr. {v}", "medlemsnummer: {v}"],
        "dob": ["jeg er født {v}", "fødselsdato {v}", "f. {v}"],
        "phone": ["mobilen min er {v}", "ring meg på {v}", "tlf: {v}"],
        "email": ["e-posten min er {v}", "e-post: {v}", "send til {v}"],
        "booking": ["bookingreferanse {v}", "reservasjonskoden min er {v}"],
        "passport": ["passnummer {v}", "passnr. mitt er {v}"],
        "name": ["jeg heter {v}", "det er {v} her", "navnet mitt er {v}"],
        "iban": ["kontonummeret mitt er {v}", "refusjon til konto {v} takk"],
        "natid": ["fødselsnummeret mitt er {v}"],
        "card": ["kortnummer {v}"],
    },
    "ru": {
        "custno": ["мой номер клиента {v}", "номер договора {v}", "номер абонемента: {v}"],
        "dob": ["дата рождения {v}", "д.р. {v}", "дата рождения: {v}, если нужно"],
        "phone": ["мой телефон {v}", "звоните на {v}", "тел. {v}"],
        "email": ["моя почта {v}", "e-mail: {v}", "пишите на {v}"],
        "booking": ["код брони {v}", "номер бронирования {v}"],
        "passport": ["номер загранпаспорта {v}", "паспорт: {v}"],
        "name": ["меня зовут {v}", "это {v}", "ФИО: {v}"],
        "iban": ["номер счёта {v}"],
        "natid": ["мой СНИЛС {v}", "ИНН {v}"],
        "card": ["номер карты {v}"],
    },
}

GREET = {
    "en": ["Hi, you're chatting with {agent} at {company}. How can I help?", "Hello! {agent} here from {company} 🙂 what can I do for you?", "Good morning, {company}, {agent} speaking. How can I help today?"],
    "nl": ["Goedemiddag, u chat met {agent} van {company}. Waarmee kan ik helpen?", "Hoi! Je spreekt met {agent} van {company} 🙂 wat kan ik voor je doen?", "Goedemorgen, {company}, met {agent}. Hoe kan ik u helpen?"],
    "nb": ["Hei, du chatter med {agent} hos {company}. Hva kan jeg hjelpe med?", "Hei! {agent} her fra {company} 🙂 hva kan jeg gjøre for deg?", "God morgen, {company}, det er {agent}. Hvordan kan jeg hjelpe?"],
    "ru": ["Здравствуйте, это {agent}, {company}. Чем могу помочь?", "Добрый день! На связи {agent} из {company} 🙂 чем помочь?", "Доброе утро, {company}, меня зовут {agent}. Слушаю вас"],
}
MOMENT = {
    "en": ["one sec, looking for it", "hang on, it's in my other bag", "just a moment pls", "brb, need to find teh letter", "hold on…", "one sec lookign"],
    "nl": ["momentje, even zoeken", "wacht even, ligt in de andere tas", "één moment aub", "ff zoeken hoor", "sec…", "momnetje"],
    "nb": ["ett øyeblikk, må finne det", "vent litt, det ligger i den andre veska", "øyeblikk", "sekund, leter etter brevet", "vent…", "et øyblikk"],
    "ru": ["минутку, ищу", "секунду, оно в другой сумке", "одну минуту", "щас найду письмо", "подождите…", "сеунду"],
}
WAIT_OK = {
    "en": ["No rush!", "Sure, take your time.", "No problem, I'll wait."],
    "nl": ["Geen haast!", "Natuurlijk, neem de tijd.", "Geen probleem, ik wacht even."],
    "nb": ["Ingen hast!", "Selvsagt, ta den tiden du trenger.", "Null stress, jeg venter."],
    "ru": ["Не торопитесь!", "Конечно, жду.", "Без проблем, подожду."],
}
BACK_Q = {
    "en": ["the one on the invoice or the one on the card?", "do you mean the number on the letter?", "is that the long one?"],
    "nl": ["die van de factuur of die van de pas?", "bedoel je het nummer op de brief?", "is dat die lange?"],
    "nb": ["den på fakturaen eller den på kortet?", "mener du nummeret på brevet?", "er det det lange nummeret?"],
    "ru": ["тот, что в счёте, или тот, что на карте?", "номер из письма имеете в виду?", "это тот длинный?"],
}
BACK_A = {
    "en": ["Yes, that one.", "Yep, the one on the letter 👍", "That's the one, yes."],
    "nl": ["Ja, die bedoel ik.", "Klopt, die op de brief 👍", "Ja, precies die."],
    "nb": ["Ja, det nummeret.", "Jepp, det på brevet 👍", "Ja, akkurat det."],
    "ru": ["Да, его.", "Да, тот, что в письме 👍", "Именно его."],
}
ASIDE_Q = {  # the customer asks something else before answering
    "en": ["oh and how long does it usually take?", "btw are you open on saturdays?", "also, what does it cost roughly?"],
    "nl": ["o en hoe lang duurt het meestal?", "trouwens, zijn jullie op zaterdag open?", "en wat kost het ongeveer?"],
    "nb": ["forresten, hvor lang tid tar det vanligvis?", "er dere åpne på lørdager?", "og hva koster det omtrent?"],
    "ru": ["кстати, сколько это обычно занимает?", "вы по субботам работаете?", "и сколько примерно стоит?"],
}
ASIDE_A = {  # the agent answers with a time or an amount (hard negatives)
    "en": ["Usually about two days; we open at {time}.", "Saturdays {time} to 13:00, yes.", "Roughly {amount}, depending on parts."],
    "nl": ["Meestal een dag of twee; we gaan om {time} open.", "Zaterdag van {time} tot 13:00, ja.", "Ongeveer {amount}, afhankelijk van de onderdelen."],
    "nb": ["Vanligvis et par dager; vi åpner {time}.", "Lørdager fra {time} til 13.00, ja.", "Rundt {amount}, avhengig av deler."],
    "ru": ["Обычно пару дней; мы открываемся в {time}.", "В субботу с {time} до 13:00, да.", "Примерно {amount}, зависит от деталей."],
}
THANKS_A = {
    "en": ["Thanks, got it.", "Perfect, thank you.", "Lovely, that's noted.", "Great 👍"],
    "nl": ["Dank je, genoteerd.", "Top, bedankt.", "Prima, staat erin.", "Super 👍"],
    "nb": ["Takk, notert.", "Supert, tusen takk.", "Fint, det er lagt inn.", "Flott 👍"],
    "ru": ["Спасибо, записано.", "Отлично, спасибо.", "Принято.", "Супер 👍"],
}
CLOSE_C = {
    "en": ["thanks so much!", "cheers, bye", "great, thank you 🙏", "perfect thx", "thnaks!!"],
    "nl": ["top, bedankt!", "dankjewel, doei", "super, dank je 🙏", "fijn, bedankt", "bedankt!! fijne dag"],
    "nb": ["tusen takk!", "takk, ha det", "supert, takk 🙏", "flott, takk skal du ha", "tusen tak!!"],
    "ru": ["спасибо большое!", "спасибо, до свидания", "отлично, спасибо 🙏", "супер, спасибо", "спасибочки!!"],
}
CLOSE_A = {
    "en": ["You're welcome! Have a good day.", "All sorted. Bye for now!"],
    "nl": ["Graag gedaan! Fijne dag nog.", "Helemaal geregeld. Tot ziens!"],
    "nb": ["Bare hyggelig! Ha en fin dag.", "Alt i orden. Ha det bra!"],
    "ru": ["Пожалуйста! Хорошего дня.", "Всё оформлено. До свидания!"],
}
TRAP_CUST = {  # the agent notices an order/invoice number given instead of the customer number
    "en": ["That looks like an order number — I need the customer number, it starts on the top right.", "Hmm, that's the invoice number. Do you have the customer number?"],
    "nl": ["Dat lijkt een ordernummer, ik heb het klantnummer nodig, rechtsboven op de brief.", "Hm, dat is het factuurnummer. Heeft u het klantnummer?"],
    "nb": ["Det ser ut som et ordrenummer, jeg trenger kundenummeret, øverst til høyre.", "Hm, det er fakturanummeret. Har du kundenummeret?"],
    "ru": ["Это похоже на номер заказа, а нужен номер клиента, он справа вверху.", "Хм, это номер счёта-фактуры. А номер клиента есть?"],
}
TRAP_CUST_C = {
    "en": ["is it {v}?", "{v}", "i have {v} here"],
    "nl": ["is het {v}?", "{v}", "ik zie hier {v}"],
    "nb": ["er det {v}?", "{v}", "jeg har {v} her"],
    "ru": ["это {v}?", "{v}", "у меня тут {v}"],
}
TRAP_DOB_C = {  # the customer gives another date to a birth-date question
    "en": ["the date we go away? that's {v}", "you mean the appointment date? {v}"],
    "nl": ["de datum dat we weggaan? dat is {v}", "bedoelt u de afspraakdatum? {v}"],
    "nb": ["datoen vi reiser? det er {v}", "mener du datoen for timen? {v}"],
    "ru": ["дату отъезда? это {v}", "вы про дату записи? {v}"],
}
TRAP_DOB_A = {
    "en": ["No, sorry, I meant the date of birth.", "Got that one, but I need the birth date too."],
    "nl": ["Nee sorry, ik bedoelde de geboortedatum.", "Die heb ik, maar ik heb ook de geboortedatum nodig."],
    "nb": ["Nei, beklager, jeg mente fødselsdatoen.", "Den har jeg, men jeg trenger fødselsdatoen også."],
    "ru": ["Нет, простите, я про дату рождения.", "Это есть, а нужна ещё дата рождения."],
}
ONLY_ORDER = {
    "en": ["I've only got the order number: {v}", "no idea, the order was {v}"],
    "nl": ["ik heb alleen het ordernummer: {v}", "geen idee, de bestelling was {v}"],
    "nb": ["har bare ordrenummeret: {v}", "aner ikke, bestillingen var {v}"],
    "ru": ["у меня только номер заказа: {v}", "не знаю, заказ был {v}"],
}
LOOKUP_OK = {
    "en": ["That works too, I'll find the account from that.", "No worries, I can look it up with that."],
    "nl": ["Dat is ook goed, dan zoek ik het daarmee op.", "Geen probleem, daarmee kan ik het vinden."],
    "nb": ["Det går fint, jeg finner kontoen med det.", "Ikke noe problem, jeg slår det opp."],
    "ru": ["Подойдёт, найду по нему.", "Ничего, по нему тоже найду."],
}
ORDER_Q = {
    "en": ["And the order number?", "What's the job number on your quote?"],
    "nl": ["En het ordernummer?", "Wat is het opdrachtnummer op de offerte?"],
    "nb": ["Og ordrenummeret?", "Hva er oppdragsnummeret på tilbudet?"],
    "ru": ["А номер заказа?", "Какой номер заявки в смете?"],
}
WHEN_Q = {
    "en": ["Which date would suit you?", "When would you like to come?"],
    "nl": ["Welke datum komt het beste uit?", "Wanneer wilt u komen?"],
    "nb": ["Hvilken dato passer?", "Når vil du komme?"],
    "ru": ["На какую дату записать?", "Когда вам удобно?"],
}
DEST_Q = {
    "en": ["Where are you off to, if you don't mind me asking?", "Going anywhere nice?"],
    "nl": ["Waar gaat de reis naartoe?", "Leuk, waar gaan jullie heen?"],
    "nb": ["Hvor skal dere reise?", "Skal dere noe spennende sted?"],
    "ru": ["А куда едете, если не секрет?", "Куда-то интересное?"],
}
AWAY_C = {
    "en": ["btw we're away from the 10th for a bit", "just so you know, we're on holiday soon"],
    "nl": ["trouwens, we zijn vanaf de 10e een tijdje weg", "even ter info, we gaan binnenkort op vakantie"],
    "nb": ["forresten, vi er bortreist fra den 10.", "bare så du vet det, vi skal snart på ferie"],
    "ru": ["кстати, с 10-го нас не будет", "имейте в виду, мы скоро уезжаем в отпуск"],
}
DEST_C = {
    "en": ["{v}", "{v} for a week 😎", "off to {v}!"],
    "nl": ["{v}", "naar {v}, een weekje 😎", "{v}!"],
    "nb": ["{v}", "til {v} en uke 😎", "{v}!"],
    "ru": ["{v}", "в {v} на неделю 😎", "в {v}!"],
}
SPLIT_MORE = {  # the customer's follow-up words after the first part
    "en": ["", "oops hit enter", "sorry, rest:", "…and"],
    "nl": ["", "oeps te vroeg op enter", "sorry, de rest:", "…en"],
    "nb": ["", "oi, trykket enter", "sorry, resten:", "…og"],
    "ru": ["", "ой, рано отправилось", "извините, дальше:", "…и"],
}
GO_ON = {
    "en": ["Go on 🙂", "Got that part, and the rest?", "Mm-hm"],
    "nl": ["Ga door 🙂", "Dat stuk heb ik, en de rest?", "Ja?"],
    "nb": ["Fortsett 🙂", "Har fått det, og resten?", "Mhm"],
    "ru": ["Продолжайте 🙂", "Это есть, а дальше?", "Угу"],
}
CORRECT = {
    "en": ["sorry typo, it's {v}", "wait no — {v}", "correction: {v}, the other one had a digit wrong"],
    "nl": ["sorry typo, het is {v}", "nee wacht, {v}", "correctie: {v}, er stond een cijfer fout"],
    "nb": ["sorry, skrivefeil, det er {v}", "nei vent, {v}", "rettelse: {v}, ett siffer var feil"],
    "ru": ["ой, опечатка, правильно {v}", "нет, стоп: {v}", "исправляю: {v}, там одна цифра не та"],
}
ADDR_EXTRA_Q = {
    "en": ["And the billing address, if it's different?", "Is the invoice going to the same address?"],
    "nl": ["En het factuuradres, als dat anders is?", "Gaat de factuur naar hetzelfde adres?"],
    "nb": ["Og fakturaadressen, hvis den er en annen?", "Skal fakturaen til samme adresse?"],
    "ru": ["А адрес для счёта, если другой?", "Счёт отправлять на тот же адрес?"],
}
ADDR_EXTRA_C = {
    "en": ["no, to my daughter's: {v}", "invoice to {v} please"],
    "nl": ["nee, naar mijn dochter: {v}", "factuur graag naar {v}"],
    "nb": ["nei, til datteren min: {v}", "faktura til {v} takk"],
    "ru": ["нет, на дочь: {v}", "счёт на {v}, пожалуйста"],
}
EMAIL_WORDS = {  # (at, dot, underscore) spellings per language
    "en": [("at", "dot", "underscore"), ("(at)", "(dot)", "underscore"), ("[at]", "[dot]", "_"), ("at", "dot", "under score")],
    "nl": [("apestaart", "punt", "laag streepje"), ("at", "punt", "underscore"), ("apenstaartje", "punt", "liggend streepje"), ("(at)", "(punt)", "_")],
    "nb": [("alfakrøll", "punktum", "understrek"), ("krøllalfa", "prikk", "understrek"), ("snabel-a", "punktum", "_"), ("at", "dot", "understrek")],
    "ru": [("собака", "точка", "нижнее подчёркивание"), ("собачка", "точка", "подчёркивание"), ("эт", "точка", "_"), ("(at)", "(dot)", "нижнее подчеркивание")],
}
DISG_LEAD = {  # how the customer introduces a disguised value (cue or not)
    "en": ["", "it's ", "ok: ", "here: "],
    "nl": ["", "het is ", "ok: ", "hier: "],
    "nb": ["", "det er ", "ok: ", "her: "],
    "ru": ["", "вот: ", "ок: ", "это "],
}
LIST_REL = {  # (word, gender of the person it names: f, m or None for either)
    "en": [("my wife", "f"), ("my husband", "m"), ("our son", "m"), ("our daughter", "f"), ("my mum", "f"), ("my partner", None), ("my brother", "m"), ("my sister", "f")],
    "nl": [("mijn vrouw", "f"), ("mijn man", "m"), ("onze zoon", "m"), ("onze dochter", "f"), ("mijn moeder", "f"), ("mijn partner", None), ("mijn broer", "m"), ("mijn zus", "f")],
    "nb": [("kona", "f"), ("mannen min", "m"), ("sønnen vår", "m"), ("datteren vår", "f"), ("mamma", "f"), ("samboeren min", None), ("broren min", "m"), ("søsteren min", "f")],
    "ru": [("жена", "f"), ("муж", "m"), ("сын", "m"), ("дочь", "f"), ("мама", "f"), ("брат", "m"), ("сестра", "f"), ("тёща", "f")],
}
LIST_KINDS = {  # which lists a sector's chats give; the rest give phone lists
    "people_passport": {"translation_agency", "sailing_school", "riding_stable", "campsite"},
    "people_dob": {"riding_stable", "climbing_gym", "sauna_club", "escape_room", "campsite", "pottery_studio", "sailing_school", "hearing_clinic", "genealogy"},
    "people_email": {"pottery_studio", "escape_room", "wedding_photo", "genealogy", "climbing_gym", "tattoo_studio"},
    "accounts": {"climbing_gym", "sauna_club", "tyre_hotel", "septic_service", "cattery"},
}
LIST_Q = {
    "people_dob": {
        "en": "Who's coming? I need each person's full name and date of birth.",
        "nl": "Wie komen er? Ik heb per persoon de volledige naam en geboortedatum nodig.",
        "nb": "Hvem kommer? Jeg trenger fullt navn og fødselsdato på hver.",
        "ru": "Кто будет? Нужны ФИО и дата рождения каждого.",
    },
    "people_passport": {
        "en": "For the paperwork: name, date of birth and passport number for everyone, please.",
        "nl": "Voor de papieren: naam, geboortedatum en paspoortnummer van iedereen graag.",
        "nb": "Til papirene: navn, fødselsdato og passnummer for alle, takk.",
        "ru": "Для документов: ФИО, дата рождения и номер паспорта каждого, пожалуйста.",
    },
    "people_phone": {
        "en": "Can you send the names and mobile numbers of everyone who should get the reminders?",
        "nl": "Kun je de namen en mobiele nummers sturen van iedereen die de herinneringen moet krijgen?",
        "nb": "Kan du sende navn og mobilnummer til alle som skal få påminnelser?",
        "ru": "Пришлите имена и мобильные всех, кому отправлять напоминания.",
    },
    "people_email": {
        "en": "Which names and e-mails should get the invites?",
        "nl": "Welke namen en e-mailadressen moeten een uitnodiging krijgen?",
        "nb": "Hvilke navn og e-poster skal få invitasjon?",
        "ru": "Какие имена и почты добавить в приглашения?",
    },
    "accounts": {
        "en": "Which membership numbers should be merged into the family account?",
        "nl": "Welke lidnummers moeten in het gezinsaccount?",
        "nb": "Hvilke medlemsnumre skal inn i familiekontoen?",
        "ru": "Какие номера абонементов объединить в семейный?",
    },
}
LIST_OPEN = {
    "en": ["", "ok here goes:\n", "sure —\n", "there's {n} of us:\n"],
    "nl": ["", "oké daar komt ie:\n", "tuurlijk:\n", "we zijn met z'n {n}en:\n"],
    "nb": ["", "ok, her:\n", "klart:\n", "vi er {n}:\n"],
    "ru": ["", "хорошо, вот:\n", "конечно:\n", "нас {n}:\n"],
}
AND = {"en": "and", "nl": "en", "nb": "og", "ru": "и"}

NEG_T = {  # the agent's (or customer's) sentences carrying hard negatives
    "company_phone": {
        "en": ["You can also ring us on {n} if the chat drops.", "Our direct line is {n}, Mon–Fri."],
        "nl": ["U kunt ons ook bellen op {n} als de chat wegvalt.", "Ons directe nummer is {n}, ma–vr."],
        "nb": ["Du kan også ringe oss på {n} hvis chatten faller ut.", "Direktenummeret vårt er {n}, man–fre."],
        "ru": ["Если чат оборвётся, звоните нам: {n}.", "Наш прямой номер {n}, пн–пт."],
    },
    "company_address": {
        "en": ["Drop-off is at our workshop, {n}.", "You'll find us at {n}, round the back."],
        "nl": ["Afgeven kan bij onze werkplaats, {n}.", "U vindt ons op {n}, achterom."],
        "nb": ["Levering skjer på verkstedet vårt, {n}.", "Du finner oss i {n}, inngang bak."],
        "ru": ["Привезти можно в нашу мастерскую: {n}.", "Мы находимся по адресу {n}, вход со двора."],
    },
    "company_id": {
        "en": ["For the invoice: we're registered as company no. {n}.", "Our company number {n} is on the quote."],
        "nl": ["Voor de factuur: ons KvK-nummer is {n}.", "Ons KvK {n} staat op de offerte."],
        "nb": ["Til fakturaen: org.nr. {n}.", "Organisasjonsnummeret vårt {n} står på tilbudet."],
        "ru": ["Для счёта: ИНН нашей организации {n}.", "ИНН компании {n} указан в договоре."],
    },
    "company_account": {
        "en": ["The deposit can be paid to our account {n}, reference your surname.", "Bank transfer to {n} please."],
        "nl": ["De aanbetaling mag naar onze rekening {n}, o.v.v. uw achternaam.", "Overmaken naar {n} graag."],
        "nb": ["Depositum kan betales til konto {n}, merk med etternavn.", "Overfør til {n}, takk."],
        "ru": ["Предоплату можно перевести на наш счёт {n}.", "Реквизиты для оплаты: р/с {n}."],
    },
    "order_number": {
        "en": ["Your order number is {n}.", "I've opened job {n} for this."],
        "nl": ["Uw ordernummer is {n}.", "Ik heb opdracht {n} aangemaakt."],
        "nb": ["Ordrenummeret ditt er {n}.", "Jeg har opprettet oppdrag {n}."],
        "ru": ["Номер вашего заказа {n}.", "Создана заявка {n}."],
    },
    "invoice_number": {
        "en": ["The quote will come as invoice {n}.", "Invoice {n} is on its way."],
        "nl": ["De offerte komt als factuur {n}.", "Factuur {n} is onderweg."],
        "nb": ["Tilbudet kommer som faktura {n}.", "Faktura {n} er på vei."],
        "ru": ["Счёт {n} уже выставлен.", "Счёт-фактура {n} отправлен."],
    },
    "voucher_code": {
        "en": ["Use code {n} for 10% off next time 🎁", "Here's a voucher for the wait: {n}"],
        "nl": ["Met code {n} krijgt u 10% korting 🎁", "Als excuus voor het wachten: {n}"],
        "nb": ["Bruk koden {n} for 10 % rabatt 🎁", "Her er en rabattkode for ventetiden: {n}"],
        "ru": ["Промокод {n} даёт скидку 10% 🎁", "За ожидание — купон {n}"],
    },
    "case_number": {
        "en": ["I've logged it as case {n}.", "Your case reference is {n}."],
        "nl": ["Ik heb het vastgelegd onder zaaknummer {n}.", "Uw dossiernummer is {n}."],
        "nb": ["Jeg har registrert saken som {n}.", "Saksnummeret ditt er {n}."],
        "ru": ["Обращение зарегистрировано под номером {n}.", "Номер вашего обращения {n}."],
    },
    "product_code": {
        "en": ["We'd use part {n} for that.", "The kit is article {n}."],
        "nl": ["Daarvoor gebruiken we onderdeel {n}.", "Het pakket is artikel {n}."],
        "nb": ["Til det bruker vi del {n}.", "Pakken er artikkel {n}."],
        "ru": ["Для этого нужна деталь {n}.", "Набор — артикул {n}."],
    },
    "serial_number": {
        "en": ["I can see serial number {n} on your file.", "Is it the unit with serial {n}?"],
        "nl": ["Ik zie serienummer {n} in uw dossier.", "Gaat het om het toestel met serienummer {n}?"],
        "nb": ["Jeg ser serienummer {n} på deg.", "Gjelder det enheten med serienr. {n}?"],
        "ru": ["Вижу у вас серийный номер {n}.", "Это устройство с серийным номером {n}?"],
    },
    "pet_name": {
        "en": ["And {n} is the one coming in?", "Is {n} ok with other animals?"],
        "nl": ["En {n} is degene die komt?", "Kan {n} goed met andere dieren?"],
        "nb": ["Og det er {n} som kommer?", "Går {n} godt sammen med andre dyr?"],
        "ru": ["И к нам приедет {n}?", "{n} нормально ладит с другими животными?"],
    },
    "berth_number": {
        "en": ["The school boat is on berth {n}.", "Meet at berth {n} at the marina."],
        "nl": ["De lesboot ligt op ligplaats {n}.", "Verzamelen bij ligplaats {n} in de haven."],
        "nb": ["Skolebåten ligger på båtplass {n}.", "Oppmøte ved båtplass {n} i marinaen."],
        "ru": ["Учебная лодка стоит у причала {n}.", "Сбор у места {n} в марине."],
    },
    "rack_number": {
        "en": ["Your set is in rack {n}.", "I've got them on shelf {n}."],
        "nl": ["Uw set ligt in rek {n}.", "Ze liggen bij ons in stelling {n}."],
        "nb": ["Dekkene står i reol {n}.", "De står på hylle {n} hos oss."],
        "ru": ["Ваш комплект на стеллаже {n}.", "Шины лежат на полке {n}."],
    },
    "vehicle_registration": {
        "en": ["That's for the car {n}, right?", "I have {n} as the registration."],
        "nl": ["Dat is voor de auto met kenteken {n}, toch?", "Ik heb {n} als kenteken staan."],
        "nb": ["Det gjelder bilen {n}, sant?", "Jeg har {n} som registreringsnummer."],
        "ru": ["Это для машины {n}, верно?", "У меня записан госномер {n}."],
    },
    "room_number": {
        "en": ["Your family locker will be {n}.", "Changing room {n} is reserved for you."],
        "nl": ["Uw gezinskluisje wordt {n}.", "Kleedkamer {n} is voor jullie gereserveerd."],
        "nb": ["Familieskapet deres blir {n}.", "Garderobe {n} er reservert til dere."],
        "ru": ["Ваш семейный шкафчик — {n}.", "Раздевалка {n} закреплена за вами."],
    },
    "pitch_number": {
        "en": ["I've put you on pitch {n}, near the showers.", "Pitch {n} has hook-up."],
        "nl": ["Ik heb u op plaats {n} gezet, vlak bij het sanitair.", "Plaats {n} heeft stroom."],
        "nb": ["Dere får plass {n}, nær sanitærbygget.", "Plass {n} har strøm."],
        "ru": ["Ставлю вас на место {n}, рядом с душевыми.", "На месте {n} есть электричество."],
    },
    "tracking_number": {
        "en": ["It's going back tracked, number {n}.", "Tracking: {n}"],
        "nl": ["Het gaat aangetekend terug, track & trace {n}.", "Track & trace: {n}"],
        "nb": ["Den sendes med sporing, {n}.", "Sporingsnummer: {n}"],
        "ru": ["Отправим с трек-номером {n}.", "Трек: {n}"],
    },
    "travel_date": {
        "en": ["We can come on {n}.", "The first free slot is {n}."],
        "nl": ["We kunnen op {n} komen.", "De eerste vrije plek is {n}."],
        "nb": ["Vi kan komme {n}.", "Første ledige tid er {n}."],
        "ru": ["Можем приехать {n}.", "Ближайшая свободная дата {n}."],
    },
    "time": {
        "en": ["The slot starts at {n}.", "We'll be there around {n}."],
        "nl": ["Het tijdslot begint om {n}.", "We zijn er rond {n}."],
        "nb": ["Timen starter kl. {n}.", "Vi er der rundt {n}."],
        "ru": ["Начало в {n}.", "Будем около {n}."],
    },
    "amount": {
        "en": ["That comes to {n} incl. VAT.", "The deposit is {n}."],
        "nl": ["Dat komt op {n} incl. btw.", "De aanbetaling is {n}."],
        "nb": ["Det blir {n} inkl. mva.", "Depositumet er {n}."],
        "ru": ["Итого {n} с НДС.", "Предоплата {n}."],
    },
    "destination": {
        "en": ["we're flying to {n} on the 12th so it has to be before", "we'll be in {n} the week after"],
        "nl": ["we vliegen de 12e naar {n} dus het moet ervoor", "de week erna zitten we in {n}"],
        "nb": ["vi flyr til {n} den 12. så det må være før", "uka etter er vi i {n}"],
        "ru": ["мы 12-го улетаем в {n}, так что надо раньше", "через неделю уезжаем в {n}"],
    },
}


# fmt: on
# ---------------------------------------------------------------------------------------
# values
# ---------------------------------------------------------------------------------------


def pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


def ru_last(last: str, fem: bool) -> str:
    return last + "а" if fem else last


def new_person(rng: random.Random, lang: str, fem: bool | None = None) -> tuple[str, str]:
    fem = rng.random() < 0.5 if fem is None else fem
    first = pick(rng, (FIRST_F if fem else FIRST_M)[lang])
    last = pick(rng, LAST[lang])
    return first, ru_last(last, fem) if lang == "ru" else last


def family_name(last: str, first: str, lang: str) -> str:
    if lang != "ru":
        return last
    base = last[:-1] if last[:-1] in LAST["ru"] else last
    return ru_last(base, first in FIRST_F["ru"])


def full_name(first: str, last: str, lang: str, rng: random.Random) -> str:
    if lang == "ru" and rng.random() < 0.4:
        return f"{last} {first}"
    return f"{first} {last}"


def landline(rng: random.Random, lang: str) -> str:
    """The business's own (fixed-line) number, valid per phonenumbers."""
    pref = {
        "en": ["1539", "1872", "1434", "1584"],
        "nl": ["570", "33", "182", "592"],
        "nb": ["61", "71", "75", "32"],
        "ru": ["4852", "8172", "4912", "4842"],
    }[lang]
    while True:
        p = pick(rng, pref)
        total = {"en": 10, "nl": 9, "nb": 8, "ru": 10}[lang]
        num = phonenumbers.parse(p + digits(rng, total - len(p), first_nonzero=False), REGION[lang])
        if phonenumbers.is_valid_number(num):
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)


FOREIGN_PHONE = {
    "en": [("IE", "8", 9), ("FR", "6", 9)],
    "nl": [("BE", "47", 9), ("DE", "151", 11)],
    "nb": [("SE", "70", 9), ("DK", "2", 8)],
    "ru": [("BY", "29", 9), ("KZ", "70", 10)],
}


def foreign_phone(rng: random.Random, lang: str) -> str:
    region, lead, total = pick(rng, FOREIGN_PHONE[lang])
    while True:
        num = phonenumbers.parse(lead + digits(rng, total - len(lead), first_nonzero=False), region)
        if phonenumbers.is_valid_number(num):
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def foreign_iban(rng: random.Random, lang: str) -> str:
    country, bank, n = pick(
        rng,
        {
            "en": [("IE", "AIBK931152", 8)],
            "nl": [("BE", "539", 7), ("DE", "37040044", 10)],
            "nb": [("DK", "0040", 10)],
            "ru": [("DE", "37040044", 10)],
        }[lang],
    )
    return str(
        IBAN.generate(
            country, bank_code=bank, account_code=digits(rng, n, first_nonzero=False)
        ).formatted
    )


def card_number(rng: random.Random) -> str:
    body = pick(rng, ["4", "5" + str(rng.randint(1, 5)), "2200"])
    body += digits(rng, 15 - len(body), first_nonzero=False)
    num = body + luhn.calc_check_digit(body)
    return " ".join(num[i : i + 4] for i in range(0, 16, 4))


def cust_no(rng: random.Random, lang: str) -> str:
    r = rng.random()
    if r < 0.55:
        return digits(rng, rng.choice([6, 7, 8, 9]))
    if r < 0.8:
        d = digits(rng, 8)
        return f"{d[:4]} {d[4:]}" if rng.random() < 0.5 else f"{d[:3]}-{d[3:]}"
    pref = {"en": ["CU", "M"], "nl": ["KL", "R"], "nb": ["K", "M"], "ru": ["Д", "К"]}[lang]
    return f"{pick(rng, pref)}-{digits(rng, rng.choice([5, 6, 7]))}"


def order_no(rng: random.Random, lang: str) -> str:
    pref = {
        "en": ["", "ORD-", "J", "#"],
        "nl": ["", "ORD", "OPD-", "#"],
        "nb": ["", "ORD-", "OPP", "#"],
        "ru": ["", "З-", "№ ", "#"],
    }[lang]
    return pick(rng, pref) + digits(rng, rng.choice([6, 7, 8]))


def dob_text(rng: random.Random, lang: str) -> tuple[str, tuple[int, int, int]]:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1941, 2017)
    s = rng.randint(0, 6)
    if s <= 3:
        return date_text(rng, lang, d, m, y, s), (d, m, y)
    if lang == "en":
        suf = "th" if d in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return pick(
            rng,
            [
                f"{d}{suf} {date_text(rng, lang, d, m, y, 1).split()[1]} {y}",
                f"{d}/{m}/{y % 100:02d}",
                f"{d}.{m}.{y}",
            ],
        ), (d, m, y)
    if lang == "nl":
        return pick(
            rng,
            [
                f"{d}/{m}/{y}",
                f"{d:02d}{m:02d}{y}",
                f"{d} {date_text(rng, lang, d, m, y, 1).split()[1][:3]} {y}",
            ],
        ), (d, m, y)
    if lang == "nb":
        return pick(
            rng, [f"{d}/{m}-{y}", f"{d:02d}{m:02d}{y % 100:02d}", f"{d}.{m}.{y % 100:02d}"]
        ), (d, m, y)
    return pick(rng, [f"{d:02d}/{m:02d}/{y}", f"{d:02d}-{m:02d}-{y}", f"{d}.{m}.{y}"]), (d, m, y)


def other_date(rng: random.Random, lang: str) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2026, 2027])
    return date_text(rng, lang, d, m, y, rng.choice([0, 1, 2]))


def time_text(rng: random.Random, lang: str, morning: bool = False) -> str:
    h, mi = rng.randint(7, 10) if morning else rng.randint(7, 19), rng.choice([0, 15, 30, 45])
    return f"{h}.{mi:02d}" if lang == "nb" and rng.random() < 0.6 else f"{h}:{mi:02d}"


def amount_text(rng: random.Random, lang: str) -> str:
    v = rng.randint(35, 1900)
    return {
        "en": f"£{v}.{rng.choice(['00', '50', '95'])}",
        "nl": f"€ {v},{rng.choice(['00', '50', '95'])}",
        "nb": f"kr {v * 10:,}".replace(",", " "),
        "ru": f"{v * 20:,} ₽".replace(",", " "),
    }[lang]


def company_id(rng: random.Random, lang: str) -> str:
    if lang == "en":
        return "0" + digits(rng, 7)
    if lang == "nl":
        return digits(rng, 8)
    if lang == "nb":
        while True:
            v = rng.choice("89") + digits(rng, 8, first_nonzero=False)
            if orgnr.is_valid(v):
                return f"{v[:3]} {v[3:6]} {v[6:]}"
    while True:
        v = digits(rng, 10)
        if inn.is_valid(v):
            return v


def company_account(rng: random.Random, lang: str) -> str:
    if lang == "ru":
        return "40702810" + digits(rng, 12, first_nonzero=False)
    return iban(rng, {"en": "GB", "nl": "NL", "nb": "NO"}[lang])


def company_address(rng: random.Random, lang: str) -> str:
    street = pick(rng, STREETS[lang])
    town, pc = pick(rng, TOWNS[lang])
    no = rng.randint(2, 90)
    if lang == "en":
        return f"Unit {rng.randint(1, 12)}, {street}, {town} {pc}"
    if lang == "ru":
        return f"г. {town}, {street}, д. {no}"
    return f"{street} {no}, {pc} {town}"


def neg_value(rng: random.Random, lang: str, kind: str) -> str:
    L = lang
    makers = {
        "company_phone": lambda: landline(rng, L),
        "company_address": lambda: company_address(rng, L),
        "company_id": lambda: company_id(rng, L),
        "company_account": lambda: company_account(rng, L),
        "order_number": lambda: order_no(rng, L),
        "invoice_number": lambda: (
            f"{rng.choice([2026, 2027])}-{digits(rng, 5, first_nonzero=False)}"
        ),
        "voucher_code": lambda: (
            pick(rng, ["THANKS", "WELCOME", "SPRING", "AUTUMN", "FRIEND"])
            + str(rng.choice([10, 15, 20]))
        ),
        "case_number": lambda: (
            f"{pick(rng, {'en': ['CS', 'REF'], 'nl': ['Z', 'DOS'], 'nb': ['SAK', 'S'], 'ru': ['ОБ', 'Т']}[L])}-{digits(rng, 6)}"
        ),
        "product_code": lambda: (
            f"{pick(rng, ['HX', 'KT', 'PR', 'AB'])}-{digits(rng, 3)}-{rng.choice('ABCDK')}"
        ),
        "serial_number": lambda: f"{pick(rng, ['SN', 'S/N '])}{digits(rng, 4)}-{digits(rng, 4)}",
        "pet_name": lambda: pick(rng, PETS[L]),
        "berth_number": lambda: f"{rng.choice('ABCD')}{rng.randint(1, 40)}",
        "rack_number": lambda: f"{rng.randint(1, 24)}-{rng.choice('ABCDEF')}",
        "vehicle_registration": lambda: {
            "en": f"{pick(rng, ['KX', 'PN', 'YB'])}{rng.randint(10, 74)} {pick(rng, ['LTR', 'FHA', 'OZK'])}",
            "nl": f"{pick(rng, ['GJ', 'KS', 'ZT'])}-{rng.randint(100, 999)}-{pick(rng, ['B', 'D', 'N'])}",
            "nb": f"{pick(rng, ['EL', 'DR', 'BS'])} {rng.randint(10000, 99999)}",
            "ru": f"{pick(rng, ['А', 'К', 'М'])}{rng.randint(100, 999)}{pick(rng, ['ВС', 'ОР', 'ТХ'])}{rng.choice([76, 35, 62])}",
        }[L],
        "room_number": lambda: str(rng.randint(101, 348)),
        "pitch_number": lambda: f"{rng.randint(1, 120)}{rng.choice(['', 'a', 'b'])}",
        "tracking_number": lambda: pick(
            rng,
            [
                f"3S{''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(4))}{digits(rng, 9)}",
                f"RR{digits(rng, 9)}GB",
                f"{digits(rng, 14)}",
            ],
        ),
        "travel_date": lambda: other_date(rng, L),
        "time": lambda: time_text(rng, L),
        "amount": lambda: amount_text(rng, L),
        "destination": lambda: pick(rng, DESTS[L]),
    }
    return makers[kind]()


class Values:
    """Makes one person's values; each returns (text, type, canon, check)."""

    def __init__(self, rng: random.Random, lang: str) -> None:
        self.rng, self.lang = rng, lang

    def make(
        self, kind: str, first: str = "", last: str = "", abroad: bool = False
    ) -> tuple[str, str, str, str]:
        rng, lang = self.rng, self.lang
        if kind == "custno":
            v = cust_no(rng, lang)
            return v, "CUSTOMER_NUMBER", v, ""
        if kind == "dob":
            v, _ = dob_text(rng, lang)
            return v, "DATE_OF_BIRTH", v, ""
        if kind == "phone":
            if abroad:
                v = foreign_phone(rng, lang)
                return v, "PHONE_NUMBER", v, "phone:"
            v = phone(rng, lang)
            return v, "PHONE_NUMBER", v, f"phone:{REGION[lang]}"
        if kind == "email":
            v = email(rng, lang, first, last)
            return v, "EMAIL_ADDRESS", v, ""
        if kind == "booking":
            v = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
            if not any(c.isdigit() for c in v):
                v = v[:3] + str(rng.randint(2, 9)) + v[4:]
            return v, "BOOKING_REFERENCE", v, ""
        if kind == "passport":
            if lang == "ru" and rng.random() < 0.4:
                v = f"{digits(rng, 2)} {digits(rng, 2, first_nonzero=False)} {digits(rng, 6, first_nonzero=False)}"
            else:
                v = passport(rng, lang)
            return v, "PASSPORT", v, ""
        if kind == "natid":
            if lang == "nl":
                v = nl_bsn(rng)
                if rng.random() < 0.3:
                    v = f"{v[:4]}.{v[4:6]}.{v[6:]}"
                return v, "NATIONAL_ID", v, "bsn"
            if lang == "nb":
                v, _ = no_fnr(rng)
                if rng.random() < 0.4:
                    v = f"{v[:6]} {v[6:]}"
                return v, "NATIONAL_ID", v, "fnr"
            if lang == "ru":
                if rng.random() < 0.5:
                    v = ru_snils(rng)
                    return v, "NATIONAL_ID", v, "snils"
                v = ru_inn(rng)
                return v, "NATIONAL_ID", v, "inn"
            raise ValueError("no national id in en")
        if kind == "iban":
            if abroad:
                v = foreign_iban(rng, lang)
                return v, "IBAN_CODE", v, "iban"
            if lang == "ru":
                v = ru_account(rng)
                return v, "BANK_ACCOUNT", v, ""
            if lang == "nb" and rng.random() < 0.6:
                k = no_kontonr(rng)
                v = f"{k[:4]} {k[4:6]} {k[6:]}" if rng.random() < 0.6 else k
                return v, "BANK_ACCOUNT", v, "kontonr"
            v = iban(rng, {"en": "GB", "nl": "NL", "nb": "NO"}[lang])
            if rng.random() < 0.3:
                v = v.replace(" ", "")
            return v, "IBAN_CODE", v, "iban"
        if kind == "card":
            v = card_number(rng)
            return v, "CREDIT_CARD", v, "luhn"
        if kind == "name":
            v = full_name(first, last, lang, rng)
            return v, "PERSON", v, ""
        raise ValueError(kind)


def email(rng: random.Random, lang: str, first: str, last: str) -> str:
    f, la = first.lower().translate(TRANS), last.lower().translate(TRANS)
    style = rng.randint(0, 4)
    local = [f"{f}.{la}", f"{f[0]}{la}", f"{la}_{f}", f"{f}{rng.randint(70, 99)}", f"{f}-{la}"][
        style
    ]
    return f"{local}@{pick(rng, DOMAINS[lang])}"


def spell_email(rng: random.Random, lang: str, addr: str) -> str:
    at, dot, under = pick(rng, EMAIL_WORDS[lang])
    local, dom = addr.split("@")
    local = local.replace(".", f" {dot} ").replace("_", f" {under} ")
    if rng.random() < 0.5:  # sometimes only the @ is spelled and the domain keeps its dots
        return f"{local} {at} {dom}"
    return f"{local} {at} {dom.replace('.', f' {dot} ')}"


# ---------------------------------------------------------------------------------------
# addresses
# ---------------------------------------------------------------------------------------


def home_address(rng: random.Random, lang: str, lower: bool = True) -> str:
    street = pick(rng, STREETS[lang])
    town, pc = pick(rng, TOWNS[lang])
    no = str(rng.randint(1, 160)) + pick(
        rng, ["", "", "", "b", "a"] if lang != "ru" else ["", "", "", "а", "к2"]
    )
    if lang == "en":
        s = pick(
            rng,
            [
                f"{no} {street}, {town} {pc}",
                f"{no} {street} {town} {pc}",
                f"flat {rng.randint(1, 12)}, {no} {street}, {town}",
                f"{no} {street}\n{town}\n{pc}",
                f"{street} {no}, {town}",
            ],
        )
    elif lang == "nl":
        pcs = pc.replace(" ", "") if rng.random() < 0.5 else pc
        s = pick(
            rng,
            [
                f"{street} {no} {pcs} {town}",
                f"{street} {no}, {pcs} {town}",
                f"{street} {no}\n{pcs} {town}",
                f"{street} {no} {town}",
                f"{street} {no}-{rng.randint(1, 3)} hoog, {town}",
            ],
        )
    elif lang == "nb":
        s = pick(
            rng,
            [
                f"{street} {no}, {pc} {town}",
                f"{street} {no} {pc} {town}",
                f"{street} {no}, {town}",
                f"{street} {no}\n{pc} {town}",
                f"{street} {no} H0{rng.randint(1, 3)}0{rng.randint(1, 4)}, {pc} {town}",
            ],
        )
    else:
        apt = rng.randint(1, 210)
        s = pick(
            rng,
            [
                f"{town}, {street}, д. {no}, кв. {apt}",
                f"{street} {no}-{apt}, {town}",
                f"{pc}, г. {town}, {street}, {no}, кв {apt}",
                f"г {town} {street.replace('.', '')} д {no} кв {apt}",
                f"{town}, {street} {no}, подъезд 2, кв. {apt}",
            ],
        )
    return s.lower() if lower else s


# ---------------------------------------------------------------------------------------
# conversations
# ---------------------------------------------------------------------------------------


class Chat:
    def __init__(self, rng: random.Random, lang: str, sector: str, conv_id: str) -> None:
        self.rng, self.lang, self.sector, self.conv_id = rng, lang, sector, conv_id
        self.turns: list[tuple[str, list[Part]]] = []
        self.first, self.last = new_person(rng, lang)
        self.vals = Values(rng, lang)
        self.chains = 0
        self.negs = 0

    # -- plumbing
    def p(self, seq):
        return pick(self.rng, seq)

    def say(self, role: str, template: str, **slots: Part) -> None:
        self.turns.append((role, T(template, **slots)))
        self.negs += sum(isinstance(s, N) for s in slots.values())

    def a(self, template: str, **slots: Part) -> None:
        self.say("agent", template, **slots)

    def c(self, template: str, **slots: Part) -> None:
        self.say("customer", template, **slots)

    def ent(self, kind: str, cls: str, abroad: bool = False, lower: bool = False) -> EC:
        text, typ, canon, check = self.vals.make(kind, self.first, self.last, abroad)
        if lower:
            text = text.lower()
        return EC(text, typ, cls, canon=canon, check=check)

    def chain_id(self) -> str:
        self.chains += 1
        return f"{self.conv_id}#{self.chains}"

    def question(self, kind: str, check: str) -> str:
        """The agent's question for a value (ru: the SNILS or the INN question, as the value is)."""
        qs = Q[self.lang][kind]
        if self.lang == "ru" and kind == "natid":
            return qs[0] if check == "snils" else qs[1]
        return self.p(qs)

    def neg(self, kind: str) -> N:
        return N(neg_value(self.rng, self.lang, kind), kind)

    # -- building blocks
    def greet(self) -> None:
        company, opener, _ = SECTORS[self.sector][self.lang]
        agent = self.p(AGENTS[self.lang])
        self.a(
            self.p(GREET[self.lang]),
            agent=E(agent, "PERSON", "plain"),
            company=N(company, "company_name"),
        )
        self.c(opener)

    def neg_block(self, n: int) -> None:
        """n sentences with hard negatives: the business's own data and the sector's."""
        lang = self.lang
        kinds = [
            self.p(["company_phone", "company_address", "company_id", "company_account"]),
            *SECTOR_NEG[self.sector],
            self.p(["order_number", "invoice_number", "case_number", "voucher_code"]),
            self.p(
                ["company_phone", "company_address", "company_id", "company_account", "destination"]
            ),
        ]
        kinds = list(dict.fromkeys(kinds))
        self.rng.shuffle(kinds)
        for kind in kinds[:n]:
            role = "customer" if kind == "destination" else "agent"
            self.say(role, self.p(NEG_T[kind][lang]), n=self.neg(kind))

    def bare(self, kind: str) -> None:
        """The agent asks; the customer answers with the value alone, sooner or later."""
        lang, rng = self.lang, self.rng
        lower = kind in ("booking", "passport", "email", "name") and rng.random() < 0.5
        v = self.ent(kind, "bare_answer", lower=lower)
        self.a(self.question(kind, v.check))
        mode = rng.randint(0, 5)
        if (
            kind == "custno" and mode >= 4
        ):  # an order number first (hard negative), then the right one
            self.c(self.p(TRAP_CUST_C[lang]), v=N(order_no(rng, lang), "order_number"))
            self.a(self.p(TRAP_CUST[lang]))
        elif kind == "dob" and mode >= 4:
            self.c(self.p(TRAP_DOB_C[lang]), v=N(other_date(rng, lang), "travel_date"))
            self.a(self.p(TRAP_DOB_A[lang]))
        elif mode == 1:
            self.c(self.p(MOMENT[lang]))
            self.a(self.p(WAIT_OK[lang]))
        elif mode == 2:
            self.c(self.p(MOMENT[lang]))
            k = rng.randrange(len(ASIDE_Q[lang]))
            self.c(ASIDE_Q[lang][k])
            self.a(
                ASIDE_A[lang][k],
                time=N(time_text(rng, lang, morning=True), "time"),
                amount=N(amount_text(rng, lang), "amount"),
            )
        elif mode == 3:
            self.c(self.p(BACK_Q[lang]))
            self.a(self.p(BACK_A[lang]))
        tail = (
            self.p(["{v}", "{v}", "{v}", "{v} 🙂", "{v}.", "{v}\n", "ok {v}"])
            if kind != "name"
            else self.p(["{v}", "{v}", "{v} 🙂"])
        )
        if kind == "name" and lang == "ru":
            tail = "{v}"
        self.c(tail, v=v)
        self.a(self.p(THANKS_A[lang]))

    def bare_negatives(self) -> None:
        """Answers that are not personal data: an order number (also to a customer-number
        question), a trip date (also to a birth-date question), a destination."""
        lang, rng = self.lang, self.rng
        k = rng.randint(0, 4)
        if k == 3:  # asked for the customer number, the customer only has an order number
            self.a(self.p(Q[lang]["custno"]))
            self.c(self.p(ONLY_ORDER[lang]), v=N(order_no(rng, lang), "order_number"))
            self.a(self.p(LOOKUP_OK[lang]))
        elif (
            k == 4
        ):  # asked for the birth date, a trip date first, then the birth date with its cue
            self.a(self.p(Q[lang]["dob"]))
            self.c(self.p(TRAP_DOB_C[lang]), v=N(other_date(rng, lang), "travel_date"))
            self.a(self.p(TRAP_DOB_A[lang]))
            self.c(self.p(PLAIN[lang]["dob"]), v=self.ent("dob", "plain"))
        elif k == 0:
            self.a(self.p(ORDER_Q[lang]))
            self.c(
                self.p(["{v}", "{v}", "it's {v}" if lang == "en" else "{v} 👍"]),
                v=N(order_no(rng, lang), "order_number"),
            )
        elif k == 1:
            self.a(self.p(WHEN_Q[lang]))
            self.c("{v}", v=N(other_date(rng, lang), "travel_date"))
        else:
            self.c(self.p(AWAY_C[lang]))
            self.a(self.p(DEST_Q[lang]))
            d = pick(rng, DESTS[lang])
            self.c(self.p(DEST_C[lang]), v=N(d, "destination"))

    def plain_values(self, n: int) -> None:
        lang = self.lang
        kinds = [
            k
            for k in (
                "name",
                "phone",
                "email",
                "custno",
                "dob",
                "booking",
                "iban",
                "passport",
                "natid",
                "card",
            )
            if k in PLAIN[lang]
        ]
        self.rng.shuffle(kinds)
        chosen = ["name", *[k for k in kinds if k != "name"][: n - 1]]
        parts: list[str] = []
        slots: dict[str, Part] = {}
        for i, kind in enumerate(chosen):
            slots[f"v{i}"] = self.ent(kind, "plain")
            parts.append(self.p(PLAIN[lang][kind]).replace("{v}", f"{{v{i}}}"))
        if self.rng.random() < 0.5:  # all in one message
            sep = self.p([", ", "\n", ". ", "; "])
            self.c(sep.join(parts), **slots)
        else:
            for i, tpl in enumerate(parts):
                self.c(tpl, **{f"v{i}": slots[f"v{i}"]})
                if i % 2:
                    self.a(self.p(THANKS_A[lang]))
        self.a(self.p(THANKS_A[lang]))

    # -- failure classes
    def do_bare(self) -> None:
        pool = ["custno", "dob", "phone", "email", "booking", "name", "passport", "iban"]
        if self.lang != "en":
            pool.append("natid")
        kinds = self.rng.sample(pool, self.rng.choice([2, 3, 3]))
        if self.rng.random() < 0.5 and "custno" not in kinds:
            kinds[0] = "custno"
        for i, kind in enumerate(kinds):
            self.bare(kind)
            if i == 0:
                self.bare_negatives()

    def do_list(self) -> None:
        lang, rng = self.lang, self.rng
        kind = self.p(
            ["people_phone", *[k for k, sectors in LIST_KINDS.items() if self.sector in sectors]]
        )
        self.a(LIST_Q[kind][lang])
        n = rng.choice([2, 2, 3, 3, 4])
        rels = [("", None), *rng.sample(LIST_REL[lang], n - 1)]
        people = [(self.first, self.last)]
        for _, g in rels[1:]:
            while True:
                f, la = new_person(rng, lang, None if g is None else g == "f")
                if f not in {p[0] for p in people}:
                    break
            if rng.random() < 0.6:  # family: the same surname (ru: in the new person's gender)
                la = family_name(self.last, f, lang)
            people.append((f, la))
        layout = rng.randint(0, 4)
        lower = rng.random() < 0.35
        items: list[list[Part]] = []
        for (f, la), rel in zip(people, rels, strict=True):
            name = full_name(f, la, lang, rng)
            name_e = EC(name.lower() if lower else name, "PERSON", "list")
            if kind == "accounts":
                v = self.vals.make("custno")
                items.append(
                    [name_e, self.p([": ", " - ", " "]), EC(v[0], v[1], "list", canon=v[2])]
                )
                continue
            fields: list[Part] = [name_e]
            if kind in ("people_dob", "people_passport"):
                d = self.vals.make("dob")
                fields += [", ", EC(d[0], d[1], "list", canon=d[2])]
            if kind == "people_passport":
                pp = self.vals.make("passport")
                fields += [", ", EC(pp[0].lower() if lower else pp[0], pp[1], "list", canon=pp[2])]
            if kind == "people_phone":
                ph = self.vals.make("phone", abroad=rng.random() < 0.2)
                fields += [
                    self.p([" ", ": ", " - "]),
                    EC(ph[0], ph[1], "list", canon=ph[2], check=ph[3]),
                ]
            if kind == "people_email":
                em = self.vals.make("email", f, la)
                fields += [self.p([" ", " - ", " <"]), EC(em[0], em[1], "list", canon=em[2])]
                if fields[-2] == " <":
                    fields.append(">")
            if rel[0] and layout in (0, 3):
                fields = [f"{rel[0]} ", *fields]
            items.append(fields)
        opener = self.p(LIST_OPEN[lang]).replace(
            "{n}", str(n) if lang != "nl" else {2: "twee", 3: "drie", 4: "vier"}[n]
        )
        parts: list[Part] = [opener]
        for i, it in enumerate(items):
            if layout == 0:
                if i:
                    parts.append(f" {AND[lang]} " if i == len(items) - 1 else ", ")
            elif layout == 1:
                parts.append("\n" if i else "")
            elif layout == 2:
                parts.append(("\n" if i else "") + f"{i + 1}) ")
            elif layout == 3:
                parts.append("; " if i else "")
            else:
                parts.append(("\n" if i else "") + "- ")
            parts.extend(it)
        self.turns.append(("customer", parts))
        if rng.random() < 0.4:  # a late addition: one more item, no cue of its own
            self.a(self.p(THANKS_A[lang]))
            f, la = new_person(rng, lang)
            nm = EC(full_name(f, la, lang, rng), "PERSON", "list")
            if kind == "accounts":
                v = self.vals.make("custno")
                extra = EC(v[0], v[1], "list", canon=v[2])
            elif kind == "people_phone":
                ph = self.vals.make("phone")
                extra = EC(ph[0], ph[1], "list", canon=ph[2], check=ph[3])
            elif kind == "people_email":
                em = self.vals.make("email", f, la)
                extra = EC(em[0], em[1], "list", canon=em[2])
            else:
                d = self.vals.make("dob")
                extra = EC(d[0], d[1], "list", canon=d[2])
            self.c(
                self.p(
                    {
                        "en": ["oh and {a}, {b}", "+ {a} {b}"],
                        "nl": ["o en {a}, {b}", "+ {a} {b}"],
                        "nb": ["å ja, og {a}, {b}", "+ {a} {b}"],
                        "ru": ["ой, и ещё {a}, {b}", "+ {a} {b}"],
                    }[lang]
                ),
                a=nm,
                b=extra,
            )
        self.a(self.p(THANKS_A[lang]))

    def split_value(self) -> None:
        """A value over two or three messages, or typed and corrected in the next one."""
        lang, rng = self.lang, self.rng
        pool = ["iban", "phone", "custno", "email", "card", "iban", "phone"]
        if lang != "en":
            pool.append("natid")
        kind = self.p(pool)
        text, typ, canon, check = self.vals.make(
            kind, self.first, self.last, abroad=rng.random() < 0.15 and kind in ("iban", "phone")
        )
        chain = self.chain_id()
        if rng.random() < 0.3 and any(c.isdigit() for c in text):  # a correction
            pos = [i for i, ch in enumerate(text) if ch.isdigit()]
            idx = pos[rng.randrange(len(pos) // 2, len(pos))]
            wrong = text[:idx] + str((int(text[idx]) + rng.randint(1, 9)) % 10) + text[idx + 1 :]
            self.a(self.question(kind, check))
            self.c(
                self.p(["{v}", "{v}", "ok {v}"]),
                v=EC(wrong, typ, "split", canon=canon, check=check, chain=chain, role="typo"),
            )
            self.c(
                self.p(CORRECT[lang]),
                v=EC(text, typ, "split", canon=canon, check=check, chain=chain, role="whole"),
            )
            self.a(self.p(THANKS_A[lang]))
            return
        self.a(self.question(kind, check))
        cuts = split_points(rng, text, 3 if len(text) > 16 and rng.random() < 0.4 else 2)
        pieces = [text[i:j] for i, j in zip([0, *cuts], [*cuts, len(text)], strict=True)]
        for k, piece in enumerate(pieces):
            core = piece.strip()
            e = EC(core, typ, "split", canon=canon, check=check, chain=chain, role="part")
            if k == 0:
                self.c(
                    self.p(["{v}", "{v}", "{v} …", "it starts {v}" if lang == "en" else "{v}"]), v=e
                )
            else:
                more = self.p(SPLIT_MORE[lang])
                if rng.random() < 0.35:
                    self.a(self.p(GO_ON[lang]))
                    more = ""
                self.c(
                    (more + " " if more else "") + "{v}" + self.p(["", "", " 🙈", " sorry"]), v=e
                )
        self.a(self.p(THANKS_A[lang]))

    def do_split(self) -> None:
        for _ in range(self.rng.choice([1, 2, 2, 3])):
            self.split_value()

    def disguised(self) -> None:
        lang, rng = self.lang, self.rng
        kind = self.p(
            [
                "email",
                "email",
                "email",
                "phone",
                "phone",
                "custno",
                "iban",
                "passport",
                "booking",
                "natid",
                "card",
            ]
        )
        if kind == "natid" and lang == "en":
            kind = "email"
        text, typ, canon, check = self.vals.make(kind, self.first, self.last)
        if kind == "email":
            shown = spell_email(rng, lang, text)
        elif kind in ("passport", "booking"):
            shown = (
                with_homoglyphs(rng, text, 2)
                if rng.random() < 0.6
                else with_zero_width(rng, text, 2)
            )
            if shown == text:
                shown = with_zero_width(rng, text, 2)
        else:
            r = rng.random()
            if kind in ("phone", "custno") and r < 0.35:
                head, rest = (
                    text.split(" ", 1) if text.startswith("+") else ("", text)
                )  # +31 stays digits
                shown = (head + " " if head else "") + digits_as_words(
                    rng, lang, rest, mixed=rng.random() < 0.5
                )
            elif kind == "phone" and r < 0.55:
                shown = pairs_as_words(lang, text)
            elif r < 0.8:
                shown = with_zero_width(rng, text, rng.choice([1, 2, 3]))
            else:
                shown = with_homoglyphs(rng, text, 2)
                if shown == text:
                    shown = with_zero_width(rng, text, 2)
        self.a(self.question(kind, check))
        if rng.random() < 0.3:
            self.c(self.p(MOMENT[lang]))
        self.c(
            self.p(DISG_LEAD[lang]) + "{v}" + self.p(["", "", " 🙂", "!"]),
            v=EC(shown.strip(), typ, "disguised", canon=canon, check=check),
        )
        self.a(self.p(THANKS_A[lang]))

    def do_disguised(self) -> None:
        for _ in range(self.rng.choice([1, 2, 2])):
            self.disguised()

    def do_address(self) -> None:
        lang, rng = self.lang, self.rng
        _, _, where = SECTORS[self.sector][lang]
        self.a(where)
        abroad = rng.random() < 0.2
        addr = (
            (pick(rng, ABROAD[lang]).lower() if rng.random() < 0.7 else pick(rng, ABROAD[lang]))
            if abroad
            else home_address(rng, lang, lower=rng.random() < 0.85)
        )
        if rng.random() < 0.25:
            self.c(self.p(MOMENT[lang]))
        self.c(self.p(["{v}", "{v}", "{v} 🙂", "{v}\n"]), v=EC(addr, "LOCATION", "address_no_cue"))
        self.neg_block(1)
        if rng.random() < 0.45:
            self.a(self.p(ADDR_EXTRA_Q[lang]))
            other = (
                home_address(rng, lang, lower=True)
                if rng.random() < 0.7
                else pick(rng, ABROAD[lang]).lower()
            )
            self.c(self.p(["{v}", *ADDR_EXTRA_C[lang]]), v=EC(other, "LOCATION", "address_no_cue"))
        self.a(self.p(THANKS_A[lang]))

    def close(self) -> None:
        self.c(self.p(CLOSE_C[self.lang]))
        self.a(self.p(CLOSE_A[self.lang]))


def split_points(rng: random.Random, text: str, n: int) -> list[int]:
    """Cut points for n pieces: at spaces, at '@' or '.', or in the middle of a digit run."""
    spaces = [i for i, ch in enumerate(text) if ch == " " and 0 < i < len(text) - 1]
    if "@" in text:
        at = text.index("@")
        cands = [at, at + 1] + [
            i for i, ch in enumerate(text) if ch == "." and 0 < i < len(text) - 1
        ]
    elif spaces and rng.random() < 0.75:
        cands = spaces
    else:
        cands = list(range(3, len(text) - 2))
    cands = sorted(set(cands))
    pts = sorted(rng.sample(cands, min(n - 1, len(cands))))
    out = []
    for p in pts:  # pieces must not be empty or only spaces
        if not out or text[out[-1] : p].strip():
            out.append(p)
    return [p for p in out if text[p:].strip() and text[:p].strip()]


def build_conversation(
    rng: random.Random, lang: str, cls: str, conv_id: str, sector: str
) -> list[tuple[str, list[Part]]]:
    ch = Chat(rng, lang, sector, conv_id)
    ch.greet()
    if cls != "plain" and rng.random() < 0.5:
        ch.c(ch.p(PLAIN[lang]["name"]), v=ch.ent("name", "plain"))
    body = {
        "bare_answer": ch.do_bare,
        "list": ch.do_list,
        "split": ch.do_split,
        "disguised": ch.do_disguised,
        "address_no_cue": ch.do_address,
        "plain": lambda: ch.plain_values(rng.randint(3, 5)),
    }
    body[cls]()
    ch.neg_block(rng.randint(1, 3))
    if cls != "plain":
        if cls != "bare_answer" and rng.random() < 0.6:
            ch.bare_negatives()
        if cls in ("bare_answer", "list", "disguised", "address_no_cue") and rng.random() < 0.34:
            ch.split_value()  # a third more split values than the class alone gives
    else:
        ch.bare_negatives()
    if ch.negs < 2:
        ch.neg_block(2)
    ch.close()
    return ch.turns


# ---------------------------------------------------------------------------------------
# records and the audit of checksum-carrying values
# ---------------------------------------------------------------------------------------


def plan() -> list[tuple[str, str, str]]:
    """(conversation_id, lang, class) for all 600 conversations, in file order."""
    rng = random.Random(SEED)
    out = []
    for lang in LANGS:
        classes = [c for c in MAIN_CLASSES for _ in range(PER_CLASS)]
        rng.shuffle(classes)
        out.extend((f"s21-{lang}-{i:03d}", lang, cls) for i, cls in enumerate(classes, 1))
    return out


def build() -> tuple[list[dict], list[dict]]:
    """All records, and one audit row per labelled span that carries a canonical value."""
    rng = random.Random(SEED + 1)
    sectors = list(SECTORS)
    records: list[dict] = []
    audit: list[dict] = []
    for n, (conv_id, lang, cls) in enumerate(plan()):
        sector = sectors[(n * 7 + rng.randrange(3)) % len(sectors)]
        turns = build_conversation(rng, lang, cls, conv_id, sector)
        recs = conversation_records(conv_id, lang, turns)
        for rec, (_, parts) in zip(recs, turns, strict=True):
            labelled = [p for p in parts if isinstance(p, E)]
            for part, span in zip(labelled, rec["entities"], strict=True):
                if isinstance(part, EC) and part.canon:
                    audit.append(
                        {
                            "message_id": rec["message_id"],
                            "start": span["start"],
                            "end": span["end"],
                            "type": span["type"],
                            "class": span["class"],
                            "canon": part.canon,
                            "check": part.check,
                            "chain": part.chain,
                            "role": part.role,
                        }
                    )
        records.extend(recs)
    return records, audit


def stats(records: list[dict]) -> dict[str, int]:
    convs = {r["conversation_id"] for r in records}
    ents = [e for r in records for e in r["entities"]]
    return {
        "conversations": len(convs),
        "messages": len(records),
        "gold_spans": len(ents),
        "split_spans": sum(e["class"] == "split" for e in ents),
        "hard_negatives": sum(len(r["negatives"]) for r in records),
    }


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else OUT
    records, _ = build()
    errors = verify(records)
    if errors:
        print("\n".join(errors[:20]), file=sys.stderr)
        return 1
    write_jsonl(records, out)
    print(out, stats(records))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
