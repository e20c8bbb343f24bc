# ruff: noqa: E501  (hand-written phrase, name, street and sector tables)
"""Write ``sealed22.jsonl``: the 22nd blind, held-out multi-turn conversation set (issue 13).

Written without looking at rules/, the package, the tests or any other generator or set.
600 conversations, 150 per language (en, nl, nb, ru), 25 per failure class and 25 plain per
language; twenty sectors of their own, names, streets and towns of their own, and hard negatives
in every chat. Seeded and deterministic:

    .venv/bin/python bench/accuracy/conversations/make_sealed22.py [OUT]
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
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
    ascii_name,
    booking_ref,
    conversation_records,
    date_text,
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
    with_homoglyphs,
    with_zero_width,
    write_jsonl,
)

SEED = 20261225
OUT = Path(__file__).resolve().parent / "sealed22.jsonl"
LANGS = ("en", "nl", "nb", "ru")
FOCUS = ("bare_answer", "list", "split", "disguised", "address_no_cue", "plain")
PER_CLASS = 25

# the failure class each conversation was written for (conversation_id -> class)
FOCUS_OF: dict[str, str] = {}
# checksum-carrying values as generated (type, canonical), for tests/test_sealed22_set.py
CHECKED: list[tuple[str, str]] = []

# ---------------------------------------------------------------------------------------
# people and places of this set
# ---------------------------------------------------------------------------------------

FIRST = {
    "en": ["Rosalind", "Barnaby", "Imogen", "Callum", "Philippa", "Rhys", "Tamsin", "Declan",
           "Harriet", "Ewan", "Bethan", "Crispin", "Nell", "Fergus", "Marnie", "Hamish", "Clemmie",
           "Ptolemy", "Winifred", "Ned"],
    "nl": ["Gijs", "Marieke", "Teun", "Jolien", "Siebe", "Roos", "Hidde", "Floor", "Wessel",
           "Annelies", "Stijn", "Merel", "Jelle", "Liesbeth", "Tijmen", "Hanneke", "Douwe",
           "Sietske", "Maarten", "Griet"],
    "nb": ["Torstein", "Synnøve", "Audun", "Gro", "Halvard", "Ingvild", "Steinar", "Borghild",
           "Eivind", "Randi", "Ottar", "Gunnhild", "Trygve", "Liv", "Bjarte", "Sunniva", "Arnfinn",
           "Vilde", "Leiv", "Mari"],
    "ru": ["Всеволод", "Варвара", "Григорий", "Полина", "Тимофей", "Вероника", "Степан", "Алиса",
           "Ярослав", "Зинаида", "Фёдор", "Людмила", "Константин", "Дарья", "Родион", "Галина",
           "Евгений", "Милана", "Игнат", "Раиса"],
}  # fmt: skip
LAST = {
    "en": ["Featherstone", "Quigley", "Ormerod", "Penhaligon", "Trelawney", "Gallacher", "Bramwell",
           "Ditchburn", "Oakes", "Mountford", "Pickersgill", "Yardley", "Cottrell", "Aldous"],
    "nl": ["Verhoeven", "Schouten", "Wijnands", "Tuinman", "van Beek", "Kooistra", "Dekker",
           "Lammers", "ter Horst", "Postma", "Vermeulen", "de Groot", "Zuidema", "Bosman"],
    "nb": ["Sandvik", "Fossum", "Rognstad", "Kvamme", "Tveit", "Myhre", "Aune", "Hovland",
           "Skjelbred", "Ødegård", "Lie", "Røed", "Vatne", "Engebretsen"],
    "ru": ["Громов", "Ершов", "Лаптев", "Сидоров", "Журавлёв", "Корнилов", "Блинов", "Гусев",
           "Рябинин", "Тихонов", "Щукин", "Калинин", "Одинцов", "Мухин"],
}  # fmt: skip
RU_FEM = {"Варвара", "Полина", "Вероника", "Алиса", "Зинаида", "Людмила", "Дарья", "Галина",
          "Милана", "Раиса"}  # fmt: skip
AGENTS = {
    "en": ["Priya", "Mo", "Kirsty", "Dev", "Shona"],
    "nl": ["Yara", "Bas", "Mila", "Ids", "Joke"],
    "nb": ["Idun", "Brage", "Tiril", "Odd", "Eli"],
    "ru": ["Кира", "Глеб", "Лада", "Макар", "Ника"],
}
STREETS = {
    "en": ["Tanner's Row", "Lavender Crescent", "Quarry Hill", "Ropewalk", "Foxglove Drive",
           "Sheep Street", "Cobblers Yard", "Wharf Lane", "Beacon Rise", "Goldsmith Terrace"],
    "nl": ["Zwanenhals", "Reigerstraat", "Kalkovenweg", "Vlasakker", "Touwbaan", "Ijzergieterij",
           "Meidoornpad", "Ganzenmarkt", "Looierssingel", "Kantoorweg"],
    "nb": ["Reipslagerbakken", "Tyttebærstien", "Smijordet", "Vardeveien", "Gjerdeløkka",
           "Seilmakergata", "Rypeveien", "Tømmerfløtervegen", "Lyngstien", "Kvernhusbakken"],
    "ru": ["ул. Кузнечная", "ул. Ткацкая", "ул. Рябиновая", "пер. Гончарный", "ул. Звёздная",
           "Мельничный пер.", "ул. Полевая", "ул. Литейная", "пр. Строителей", "ул. Черёмуховая"],
}  # fmt: skip
TOWNS = {
    "en": [("Kendal", "LA9 4DT"), ("Ludlow", "SY8 1AZ"), ("Whitby", "YO21 3PU"),
           ("Truro", "TR1 2QW"), ("Hexham", "NE46 3NH"), ("Stroud", "GL5 1AP")],
    "nl": [("Deventer", "7411 KB"), ("Hoorn", "1621 GE"), ("Tiel", "4001 LT"),
           ("Sneek", "8601 BN"), ("Roermond", "6041 CJ"), ("Gouda", "2801 JA")],
    "nb": [("Lillehammer", "2609"), ("Kongsberg", "3611"), ("Molde", "6413"),
           ("Arendal", "4836"), ("Gjøvik", "2815"), ("Harstad", "9405")],
    "ru": [("Вологда", "160000"), ("Кострома", "156000"), ("Псков", "180000"),
           ("Рязань", "390000"), ("Калуга", "248000"), ("Иваново", "153000")],
}  # fmt: skip
ABROAD = {  # addresses in another country, as a customer types them
    "en": ["Calle del Pez 14, 28004 Madrid, Spain", "rue des Tanneurs 9, 1000 Bruxelles",
           "Bergmannstraße 61, 10961 Berlin", "Via dei Fossi 22, 50123 Firenze, Italy"],
    "nl": ["Lindenallee 23, 47533 Kleve, Duitsland", "Vekestraat 4, 2000 Antwerpen",
           "Chemin des Vignes 3, 06250 Mougins, Frankrijk", "Rua do Alecrim 17, 1200-014 Lisboa"],
    "nb": ["Storgatan 18, 972 38 Luleå, Sverige", "Jernbanegade 7, 9000 Aalborg",
           "Hämeenkatu 12, 33100 Tampere, Finland", "Calle Mayor 5, 03501 Benidorm"],
    "ru": ["Rīgas iela 8, Daugavpils, LV-5401", "Nevėžio g. 11, Kaunas 44298, Литва",
           "ул. Притыцкого 40, 220140 Минск, Беларусь", "Narva mnt 36, 10152 Tallinn, Эстония"],
}  # fmt: skip
DOMAINS = {
    "en": ["gmail.com", "hotmail.co.uk", "tiscali.co.uk", "sky.com", "protonmail.com"],
    "nl": ["gmail.com", "planet.nl", "home.nl", "telfort.nl", "hotmail.nl"],
    "nb": ["gmail.com", "broadpark.no", "getmail.no", "icloud.com", "start.no"],
    "ru": ["yandex.ru", "mail.ru", "inbox.ru", "list.ru", "gmail.com"],
}
CITIES_AWAY = {  # places that are not where anyone lives: destinations, venues
    "en": ["Aviemore", "Tenerife", "Chamonix", "Inverness", "Salzburg", "Porto"],
    "nl": ["Texel", "Winterberg", "Maastricht", "Gardameer", "Ameland", "Sevilla"],
    "nb": ["Hemsedal", "Trysil", "Lofoten", "Kraków", "Geilo", "Mallorca"],
    "ru": ["Шерегеш", "Домбай", "Ярославль", "Анапа", "Суздаль", "Ереван"],
}  # fmt: skip

# ---------------------------------------------------------------------------------------
# sectors: (key, company per language, what the customer wants per language)
# {d} a date that is not a birth date, {p} a product code, {a} an amount
# ---------------------------------------------------------------------------------------

SECTORS: list[dict[str, tuple[str, str]]] = [
    {"key": ("daycare", ""),
     "en": ("Little Acorns Nursery", "hi, I'd like to register my youngest for a place from {d}, the fee sheet says {a}"),
     "nl": ("Kinderdagverblijf De Knikkerbaan", "hoi ik wil mijn jongste inschrijven vanaf {d}, tarief is {a} toch?"),
     "nb": ("Tusenfryd barnehage SA", "hei, vil søke plass til minstemann fra {d}, prisen var {a}?"),
     "ru": ("Детский сад «Солнышко»", "здравствуйте, хочу записать младшего с {d}, оплата {a} верно?")},
    {"key": ("dance", ""),
     "en": ("Bluebell Ballroom Academy", "want to book the tango beginners block starting {d}, course {p}"),
     "nl": ("Dansstudio Pirouette", "ik wil me aanmelden voor salsa beginners vanaf {d}, cursus {p}"),
     "nb": ("Dansegulvet Stavanger", "vil melde meg på swing-kurset som starter {d}, kurs {p}"),
     "ru": ("Танцевальная студия «Па-де-де»", "хочу записаться на танго с {d}, курс {p}")},
    {"key": ("bowling", ""),
     "en": ("Strike City Lanes", "booking a birthday party on {d}, two lanes, deposit was {a}"),
     "nl": ("Bowlingcentrum De Kegelbaan", "ik wil een kinderfeestje boeken op {d}, aanbetaling {a}"),
     "nb": ("Bowlinghallen Kjeglen", "vil booke bursdag {d}, to baner, depositum {a}"),
     "ru": ("Боулинг-клуб «Страйк»", "хочу забронировать день рождения на {d}, две дорожки, предоплата {a}")},
    {"key": ("florist", ""),
     "en": ("Thistle & Fern Florists", "ordering a wreath {p} for a service on {d}"),
     "nl": ("Bloemsierkunst Klaproos", "ik wil een rouwstuk {p} bestellen voor {d}"),
     "nb": ("Blomsterverkstedet Kornblomst", "ønsker å bestille krans {p} til bisettelse {d}"),
     "ru": ("Цветочная мастерская «Флокс»", "хочу заказать венок {p} на {d}")},
    {"key": ("upholsterer", ""),
     "en": ("Hollis Upholstery Works", "need a quote to recover a wingback chair, fabric {p}, by {d}"),
     "nl": ("Stoffeerderij Het Kussen", "ik wil een fauteuil laten herstofferen, stof {p}, graag voor {d}"),
     "nb": ("Møbeltapetsereren AS", "vil trekke om en lenestol, stoff {p}, helst før {d}"),
     "ru": ("Мастерская перетяжки мебели «Обивка+»", "нужно перетянуть кресло, ткань {p}, к {d}")},
    {"key": ("window", ""),
     "en": ("ClearView Window Cleaning", "can you do the windows and conservatory roof on {d}? quoted {a}"),
     "nl": ("Glazenwasserij Helder", "kunnen jullie op {d} de ramen doen? offerte was {a}"),
     "nb": ("Klart Vindu Vinduspuss", "kan dere vaske vinduene {d}? tilbudet var {a}"),
     "ru": ("Клининг «Чистое окно»", "можете помыть окна {d}? по смете {a}")},
    {"key": ("canoe", ""),
     "en": ("Riverbend Canoe Hire", "want two open canoes for {d}, launching near {c}"),
     "nl": ("Kanoverhuur De Dommel", "ik wil twee kano's huren op {d}, vertrek bij {c}"),
     "nb": ("Padleriet Kajakkutleie", "vil leie to kanoer {d}, utsetting ved {c}"),
     "ru": ("Прокат байдарок «Перекат»", "хочу взять две байдарки на {d}, маршрут — {c}")},
    {"key": ("caravan", ""),
     "en": ("Meadowside Caravan Storage", "need winter storage for our caravan from {d}, pitch {p}"),
     "nl": ("Caravanstalling De Schuur", "ik zoek winterstalling voor de caravan vanaf {d}, plek {p}"),
     "nb": ("Vinterlagring Bobil & Campingvogn", "trenger vinterlagring for campingvogna fra {d}, plass {p}"),
     "ru": ("Стоянка автодомов «Зимовье»", "нужно зимнее хранение для автодома с {d}, место {p}")},
    {"key": ("optician", ""),
     "en": ("Lens & Loupe Opticians", "my varifocals {p} came loose, can I come in on {d}?"),
     "nl": ("Brillenhuis Scherp", "mijn multifocale bril {p} zit los, kan ik {d} langskomen?"),
     "nb": ("Optikeren på Torget", "brillene mine {p} er løse, kan jeg komme {d}?"),
     "ru": ("Оптика «Зоркий глаз»", "у меня разболтались очки {p}, можно прийти {d}?")},
    {"key": ("podiatrist", ""),
     "en": ("Footfall Podiatry Clinic", "need a nail surgery appointment, GP letter dated {d}"),
     "nl": ("Pedicurepraktijk Voetstap", "ik wil een afspraak voor mijn ingegroeide nagel, liefst {d}"),
     "nb": ("Fotterapeut Tåspissen", "ønsker time for inngrodd negl, helst {d}"),
     "ru": ("Подологический кабинет «Шаг»", "хочу записаться на приём по вросшему ногтю, лучше {d}")},
    {"key": ("physio", ""),
     "en": ("Kinetic Physio Rooms", "referral for my knee, first session {d} if possible, it's {a} a session?"),
     "nl": ("Fysiotherapie Beweegkracht", "verwijzing voor mijn knie, eerste behandeling {d}? {a} per keer?"),
     "nb": ("Fysioterapeutene i Bakgården", "henvisning for kneet, første time {d}? {a} per gang?"),
     "ru": ("Центр реабилитации «Движение»", "направление по колену, первое занятие {d}? {a} за сеанс?")},
    {"key": ("carshare", ""),
     "en": ("Wheelshare Co-op", "want to join the car club, need a car on {d} to get to {c}"),
     "nl": ("Deelauto Coöperatie Samenrijden", "wil lid worden van de deelauto, nodig op {d} naar {c}"),
     "nb": ("Bildeleringen Sammen", "vil bli medlem i bildelingen, trenger bil {d} til {c}"),
     "ru": ("Каршеринг «Вместе»", "хочу вступить в каршеринг, нужна машина {d}, направление: {c}")},
    {"key": ("chess", ""),
     "en": ("Knight's Gambit Chess Club", "signing up for the rapid tournament on {d}, fee {a}"),
     "nl": ("Schaakvereniging Het Paard", "aanmelden voor het rapidtoernooi op {d}, inschrijfgeld {a}"),
     "nb": ("Sjakklubben Løperen", "melde på hurtigsjakkturneringen {d}, avgift {a}"),
     "ru": ("Шахматный клуб «Ладья»", "записаться на турнир по рапиду {d}, взнос {a}")},
    {"key": ("piano_movers", ""),
     "en": ("Heavy Keys Piano Removals", "moving an upright piano on {d}, second floor, quote {a}"),
     "nl": ("Pianotransport Zwaar Werk", "verhuizing van een buffetpiano op {d}, tweede verdieping, offerte {a}"),
     "nb": ("Pianoflytting Tunge Tangenter", "flytte et piano {d}, andre etasje, pris {a}"),
     "ru": ("Перевозка пианино «Тяжёлые клавиши»", "перевезти пианино {d}, третий этаж, смета {a}")},
    {"key": ("archery", ""),
     "en": ("Yew Tree Archers", "taster session {d} for two, bow hire {p}"),
     "nl": ("Handboogschutterij Sint Joris", "proefles op {d} voor twee, huurboog {p}"),
     "nb": ("Bueskytterklubben Pila", "prøvetime {d} for to, leiebue {p}"),
     "ru": ("Клуб лучников «Тетива»", "пробное занятие {d} на двоих, прокат лука {p}")},
    {"key": ("drycleaner", ""),
     "en": ("Pressed & Proper Dry Cleaners", "dropped a wedding dress off, ticket {p}, need it by {d}"),
     "nl": ("Stomerij De Strijkplank", "trouwjurk gebracht, bonnetje {p}, moet klaar zijn op {d}"),
     "nb": ("Renseriet Pressefri", "leverte en brudekjole, lapp {p}, trenger den til {d}"),
     "ru": ("Химчистка «Отглажено»", "сдала свадебное платье, квитанция {p}, нужно к {d}")},
    {"key": ("snow", ""),
     "en": ("Plough Ahead Snow Clearing", "want the drive cleared all winter from {d}, season price {a}"),
     "nl": ("Sneeuwruimdienst Gladheid Weg", "wil de oprit laten vrijhouden vanaf {d}, seizoensprijs {a}"),
     "nb": ("Brøyteservice Snøfritt", "ønsker brøyting av innkjørselen fra {d}, sesongpris {a}"),
     "ru": ("Уборка снега «Сугроб»", "нужна уборка снега у дома с {d}, за сезон {a}")},
    {"key": ("well", ""),
     "en": ("Deepwater Borehole Drilling", "want a borehole survey on {d}, spec sheet {p}"),
     "nl": ("Bronboring Grondwater", "ik wil een bronboring laten doen, op {d}, specificatie {p}"),
     "nb": ("Brønnboring Vestland", "vil bore brønn, befaring {d}, spesifikasjon {p}"),
     "ru": ("Бурение скважин «Родник»", "хочу пробурить скважину, выезд {d}, спецификация {p}")},
    {"key": ("swimming", ""),
     "en": ("Otterpool Swim School", "my two want the Saturday lessons from {d}, stage {p}"),
     "nl": ("Zwemschool De Waterrat", "mijn kinderen willen zwemles op zaterdag vanaf {d}, niveau {p}"),
     "nb": ("Svømmeskolen Oteren", "barna vil på svømmekurs lørdager fra {d}, nivå {p}"),
     "ru": ("Школа плавания «Дельфин»", "дети хотят на плавание по субботам с {d}, группа {p}")},
    {"key": ("vegbox", ""),
     "en": ("Furrow & Field Veg Boxes", "pausing the veg box {p} from {d}, we're away in {c}"),
     "nl": ("Groentetas Akkerland", "ik wil de groentetas {p} pauzeren vanaf {d}, we zitten in {c}"),
     "nb": ("Grønnsakskassa Åkerlapp", "vil sette kassa {p} på pause fra {d}, vi er i {c}"),
     "ru": ("Фермерские наборы «Грядка»", "хочу приостановить доставку набора {p} с {d}, уезжаем (город {c})")},
    {"key": ("museum", ""),
     "en": ("Friends of the Harbour Museum", "renewing our family membership, expires {d}, it's {a} now?"),
     "nl": ("Vrienden van het Scheepvaartmuseum", "ik wil ons gezinslidmaatschap verlengen, verloopt {d}, {a} nu?"),
     "nb": ("Museumsvennene Kystmuseet", "vil fornye familiemedlemskapet, går ut {d}, {a} nå?"),
     "ru": ("Клуб друзей краеведческого музея", "продлить семейный абонемент, истекает {d}, теперь {a}?")},
]  # fmt: skip

# ---------------------------------------------------------------------------------------
# phrasing: agent questions, cued statements, small talk
# ---------------------------------------------------------------------------------------

ASK = {  # agent asks for one value; answered bare
    "en": {
        "CUSTOMER_NUMBER": ["what's your member number pls?", "Could I have your account no.?", "and the client number on your letters?", "Which membership number is it under?"],
        "DATE_OF_BIRTH": ["Can you confirm your DOB?", "and your date of birth please", "When were you born, for the records?", "what's the birthday on the account?"],
        "PASSPORT": ["I need the passport number for the insurance form", "Could you give me your passport no.?"],
        "PHONE_NUMBER": ["Best number to reach you on?", "what mobile should the driver text?", "Which phone number shall I put down?"],
        "EMAIL_ADDRESS": ["And an email for the confirmation?", "where should the invoice be emailed?"],
        "BOOKING_REFERENCE": ["Have you got the booking reference?", "what's the reservation code on your email?"],
        "PERSON": ["Whose name is it under?", "And the name of the person attending?"],
        "IBAN_CODE": ["Which IBAN should the refund go to?", "account (IBAN) for the direct debit?"],
        "CREDIT_CARD": ["Card number for the deposit?"],
    },
    "nl": {
        "CUSTOMER_NUMBER": ["wat is uw klantnummer?", "Mag ik je lidnummer even?", "Onder welk relatienummer staat het?", "welk abonnementsnummer heeft u?"],
        "DATE_OF_BIRTH": ["Wat is uw geboortedatum?", "en je geboortedatum ter controle?", "Wanneer bent u geboren?", "geboortedatum van de deelnemer?"],
        "PASSPORT": ["Ik heb uw paspoortnummer nodig voor de verzekering", "Mag ik het nummer van je paspoort?"],
        "PHONE_NUMBER": ["Op welk nummer kunnen we je bereiken?", "welk mobiel nummer mag de chauffeur appen?", "Wat is uw telefoonnummer?"],
        "EMAIL_ADDRESS": ["Naar welk mailadres mag de bevestiging?", "en je e-mail voor de factuur?"],
        "BOOKING_REFERENCE": ["Heeft u de reserveringscode bij de hand?", "wat is je boekingscode?"],
        "PERSON": ["Op wiens naam staat het?", "Wie komt er precies?"],
        "IBAN_CODE": ["Op welk IBAN mogen we terugstorten?", "rekeningnummer voor de incasso?"],
        "NATIONAL_ID": ["Mag ik uw BSN voor de declaratie?", "wat is je burgerservicenummer?"],
        "CREDIT_CARD": ["Met welke creditcard wilt u de borg betalen?"],
    },
    "nb": {
        "CUSTOMER_NUMBER": ["hva er kundenummeret ditt?", "Kan jeg få medlemsnummeret?", "Hvilket kundenr står det på?", "abonnementsnummer?"],
        "DATE_OF_BIRTH": ["Hva er fødselsdatoen din?", "og fødselsdato, for sikkerhets skyld?", "Når er du født?", "fødselsdatoen til deltakeren?"],
        "PASSPORT": ["Jeg trenger passnummeret til forsikringen", "Kan du gi meg nummeret på passet?"],
        "PHONE_NUMBER": ["Hvilket nummer kan vi nå deg på?", "hvilket mobilnummer skal sjåføren sende sms til?", "Telefonnummeret ditt?"],
        "EMAIL_ADDRESS": ["Hvilken e-post skal bekreftelsen til?", "og e-postadresse til fakturaen?"],
        "BOOKING_REFERENCE": ["Har du bookingreferansen?", "hva er reservasjonskoden?"],
        "PERSON": ["Hvem står bestillingen på?", "Hva heter den som kommer?"],
        "BANK_ACCOUNT": ["Hvilket kontonummer skal refusjonen til?", "kontonr for trekk?"],
        "NATIONAL_ID": ["Trenger fødselsnummeret ditt (11 siffer)", "hva er personnummeret?"],
        "CREDIT_CARD": ["Hvilket kort vil du betale depositumet med?"],
    },
    "ru": {
        "CUSTOMER_NUMBER": ["какой у вас номер клиента?", "Подскажите номер абонемента?", "На какой номер договора оформлено?", "номер клубной карты?"],
        "DATE_OF_BIRTH": ["Ваша дата рождения?", "и дату рождения для проверки", "Когда вы родились?", "дата рождения участника?"],
        "PASSPORT": ["Нужен номер загранпаспорта для страховки", "Продиктуйте номер паспорта, пожалуйста"],
        "PHONE_NUMBER": ["По какому номеру с вами связаться?", "на какой номер водителю писать?", "Ваш телефон?"],
        "EMAIL_ADDRESS": ["На какую почту прислать подтверждение?", "и e-mail для счёта?"],
        "BOOKING_REFERENCE": ["У вас есть код брони?", "какой номер бронирования?"],
        "PERSON": ["На кого оформлено?", "Как зовут участника?"],
        "BANK_ACCOUNT": ["На какой счёт вернуть деньги?", "номер счёта для возврата?"],
        "NATIONAL_ID": ["Нужен ваш СНИЛС для документов", "подскажите ИНН?"],
        "CREDIT_CARD": ["Какой картой будете платить залог?"],
    },
}  # fmt: skip
CUE = {  # "{v}" with its cue in the same message (plain)
    "en": {
        "CUSTOMER_NUMBER": ["my member no. is {v}", "account number {v} btw", "client ref {v} on the letter"],
        "DATE_OF_BIRTH": ["I was born on {v}", "DOB {v}", "date of birth: {v}"],
        "PHONE_NUMBER": ["call me on {v}", "my mobile is {v}", "tel {v}"],
        "EMAIL_ADDRESS": ["email me at {v}", "my email's {v}"],
        "PERSON": ["my name's {v}", "this is {v} here"],
        "PASSPORT": ["passport number {v}"],
        "IBAN_CODE": ["my IBAN is {v}"],
        "BOOKING_REFERENCE": ["booking ref {v}"],
        "LOCATION": ["I live at {v}", "my address is {v}"],
    },
    "nl": {
        "CUSTOMER_NUMBER": ["mijn klantnummer is {v}", "lidnummer {v}", "relatienr. {v}"],
        "DATE_OF_BIRTH": ["ik ben geboren op {v}", "geb. {v}", "geboortedatum {v}"],
        "PHONE_NUMBER": ["bel me op {v}", "mijn nummer is {v}", "tel. {v}"],
        "EMAIL_ADDRESS": ["mail me op {v}", "mijn e-mail is {v}"],
        "PERSON": ["ik ben {v}", "met {v}"],
        "PASSPORT": ["paspoortnummer {v}"],
        "IBAN_CODE": ["mijn IBAN is {v}"],
        "BOOKING_REFERENCE": ["reserveringscode {v}"],
        "NATIONAL_ID": ["mijn BSN is {v}"],
        "LOCATION": ["ik woon op {v}", "mijn adres is {v}"],
    },
    "nb": {
        "CUSTOMER_NUMBER": ["kundenummeret mitt er {v}", "medlemsnr {v}", "kundenr. {v}"],
        "DATE_OF_BIRTH": ["jeg er født {v}", "f. {v}", "fødselsdato {v}"],
        "PHONE_NUMBER": ["ring meg på {v}", "mobilen min er {v}", "tlf {v}"],
        "EMAIL_ADDRESS": ["send til e-posten min {v}", "e-post: {v}"],
        "PERSON": ["jeg heter {v}", "det er {v} her"],
        "PASSPORT": ["passnummer {v}"],
        "BANK_ACCOUNT": ["kontonummeret mitt er {v}"],
        "BOOKING_REFERENCE": ["bookingreferanse {v}"],
        "NATIONAL_ID": ["fødselsnummer {v}"],
        "LOCATION": ["jeg bor i {v}", "adressen min er {v}"],
    },
    "ru": {
        "CUSTOMER_NUMBER": ["мой номер клиента {v}", "номер абонемента {v}", "договор № {v}"],
        "DATE_OF_BIRTH": ["я родилась {v}", "дата рождения {v}", "д.р. {v}"],
        "PHONE_NUMBER": ["мой телефон {v}", "звоните на {v}", "тел. {v}"],
        "EMAIL_ADDRESS": ["моя почта {v}", "пишите на {v}"],
        "PERSON": ["меня зовут {v}", "это {v}"],
        "PASSPORT": ["номер загранпаспорта {v}"],
        "BANK_ACCOUNT": ["мой счёт {v}"],
        "BOOKING_REFERENCE": ["код брони {v}"],
        "NATIONAL_ID": ["мой СНИЛС {v}"],
        "LOCATION": ["я живу по адресу {v}", "адрес: {v}"],
    },
}  # fmt: skip
GREET = {
    "en": ["Hi, {n} from {co} here, how can I help?", "Hello! You're chatting with {n} at {co} 🙂", "{co}, {n} speaking. What can I do for you?"],
    "nl": ["Hoi, je chat met {n} van {co}. Waarmee kan ik helpen?", "Goedemiddag, {n} van {co} hier 🙂", "{co}, u spreekt met {n}. Wat kan ik voor u doen?"],
    "nb": ["Hei, du chatter med {n} i {co}. Hva kan jeg hjelpe med?", "God dag! {n} fra {co} her 🙂", "{co}, {n} her. Hva gjelder det?"],
    "ru": ["Здравствуйте, {co}, меня зовут {n}. Чем помочь?", "Добрый день! На связи {n}, {co} 🙂", "{co}, оператор {n}. Слушаю вас"],
}  # fmt: skip
WAIT_C = {
    "en": ["one sec", "hang on, finding it", "just a mo, it's in my other bag", "brb looking 🙈"],
    "nl": ["momentje", "ff zoeken hoor", "wacht even, ligt in de la", "sec, ik pak de brief erbij"],
    "nb": ["et øyeblikk", "vent litt, leter", "to sek", "må finne papirene 🙈"],
    "ru": ["минутку", "секунду, ищу", "сейчас найду", "щас, посмотрю в договоре 🙈"],
}  # fmt: skip
WAIT_A = {
    "en": ["No rush!", "take your time", "Sure, I'll wait."],
    "nl": ["Geen haast!", "neem de tijd", "Prima, ik wacht even."],
    "nb": ["Ingen hast!", "bare ta den tiden du trenger", "Greit, jeg venter."],
    "ru": ["Не спешите!", "конечно, жду", "Хорошо, я подожду."],
}  # fmt: skip
OK_A = {
    "en": ["Thanks, got that.", "lovely, noted", "Perfect 👍", "ok, thank you"],
    "nl": ["Dank je, genoteerd.", "top, staat erin", "Prima 👍", "oké, bedankt"],
    "nb": ["Takk, notert.", "flott, det står nå", "Supert 👍", "ok, takk"],
    "ru": ["Спасибо, записал(а).", "отлично, внесла", "Принято 👍", "хорошо, спасибо"],
}  # fmt: skip
BYE_C = {
    "en": ["great thanks, bye!", "cheers 👍", "perfect, ta", "thanks so much x"],
    "nl": ["top, dank je wel!", "super bedankt 👍", "fijn, doei", "dankjewel!"],
    "nb": ["supert, takk!", "tusen takk 👍", "flott, ha det", "takk skal du ha"],
    "ru": ["спасибо, до свидания!", "отлично, спасибо 👍", "понял, спасибо", "благодарю!"],
}  # fmt: skip
BACK_Q = {  # a question back before the answer
    "en": ["mine or my husband's?", "the one on the card or the letter?", "sorry, for me?"],
    "nl": ["van mij of van mijn man?", "die op de pas of op de brief?", "sorry, van mij?"],
    "nb": ["min eller mannen min sin?", "den på kortet eller brevet?", "beklager, min?"],
    "ru": ["мою или мужа?", "которую, с карты или из письма?", "простите, мою?"],
}  # fmt: skip
BACK_A = {
    "en": ["Yours please.", "yours, the main account holder"],
    "nl": ["Die van u graag.", "van jou, de hoofdaanvrager"],
    "nb": ["Din, takk.", "din, du står som hovedmedlem"],
    "ru": ["Вашу, пожалуйста.", "вашу, вы основной владелец"],
}  # fmt: skip
CORR = {  # correction prefixes: "{v}" is the right value
    "en": ["sorry typo, {v}", "wait no it's {v}", "{v} *", "correction: {v}"],
    "nl": ["sorry typfout, {v}", "nee wacht, {v}", "{v} *", "verbetering: {v}"],
    "nb": ["sorry skrivefeil, {v}", "nei vent, {v}", "{v} *", "rettelse: {v}"],
    "ru": ["ой опечатка, {v}", "нет, стоп, {v}", "{v} *", "исправляю: {v}"],
}  # fmt: skip
SEND_Q = {  # address questions without naming the address
    "en": ["Where should we send the paperwork?", "where's the job, exactly?", "Where do we deliver to?", "and where are you based?"],
    "nl": ["Waar mogen we de papieren naartoe sturen?", "waar moeten we zijn?", "Naar welk adres gaat het?", "en waar woon je?"],
    "nb": ["Hvor skal vi sende papirene?", "hvor er oppdraget?", "Hvor skal det leveres?", "og hvor bor du?"],
    "ru": ["Куда отправить документы?", "куда приезжать мастеру?", "Куда доставить?", "а вы где живёте?"],
}  # fmt: skip
ORDER_ASK = {
    "en": ["What's the order number?", "Do you have the invoice number?"],
    "nl": ["Wat is het ordernummer?", "Heeft u het factuurnummer?"],
    "nb": ["Hva er ordrenummeret?", "Har du fakturanummeret?"],
    "ru": ["Какой номер заказа?", "Номер счёта-фактуры у вас есть?"],
}  # fmt: skip
ONLY_ORDER = {  # answered to a customer-number question: not a customer number
    "en": ["I only have the order number, {v}", "not sure, invoice says {v}?"],
    "nl": ["ik heb alleen het ordernummer: {v}", "weet ik niet, op de factuur staat {v}"],
    "nb": ["har bare ordrenummeret, {v}", "vet ikke, fakturaen sier {v}"],
    "ru": ["есть только номер заказа {v}", "не знаю, в счёте {v}"],
}  # fmt: skip
NOT_THAT = {
    "en": ["That's the order number, I need the member number.", "hmm that's an invoice no. – the member number starts differently"],
    "nl": ["Dat is het ordernummer, ik zoek het klantnummer.", "dat is een factuurnummer, het klantnummer staat bovenaan"],
    "nb": ["Det er ordrenummeret, jeg trenger kundenummeret.", "det er fakturanr, kundenummeret står øverst"],
    "ru": ["Это номер заказа, а нужен номер клиента.", "это номер счёта, номер клиента вверху письма"],
}  # fmt: skip
MEANWHILE = {"en": ["meanwhile,"], "nl": ["intussen:"], "nb": ["i mellomtiden:"], "ru": ["пока ищете:"]}
AWAY = {
    "en": ["{d}, we're in {c} till then", "{d} – back from {c} that week"],
    "nl": ["{d}, we zitten tot dan in {c}", "{d}, dan zijn we terug uit {c}"],
    "nb": ["{d}, vi er i {c} til da", "{d}, da er vi tilbake fra {c}"],
    "ru": ["{d}, до этого уезжаем — {c}", "{d}, как вернёмся из поездки (город {c})"],
}  # fmt: skip
WHEN_Q = {
    "en": ["And which date suits you?", "when would you like to come in?"],
    "nl": ["En welke datum past jou?", "wanneer wil je langskomen?"],
    "nb": ["Og hvilken dato passer?", "når vil du komme?"],
    "ru": ["На какую дату вам удобно?", "когда хотите прийти?"],
}  # fmt: skip
CLOSE_A = {  # agent's close, with the business's own data
    "en": ["Your case number is {case}. Any questions ring us on {ph}.", "All booked, ref {case}. We're at {addr} if you need us.", "Done! Use code {vc} for 10% off next time. Case {case}."],
    "nl": ["Uw zaaknummer is {case}. Vragen? Bel {ph}.", "Staat erin, kenmerk {case}. Ons adres is {addr}.", "Klaar! Met code {vc} krijg je 10% korting. Zaak {case}."],
    "nb": ["Saksnummeret ditt er {case}. Spørsmål? Ring {ph}.", "Alt klart, sak {case}. Vi holder til i {addr}.", "Ferdig! Bruk kode {vc} for 10 % rabatt. Sak {case}."],
    "ru": ["Номер обращения {case}. Вопросы — по телефону {ph}.", "Всё оформлено, обращение {case}. Наш адрес: {addr}.", "Готово! Промокод {vc} на скидку 10%. Обращение {case}."],
}  # fmt: skip
COMPANY_ID = {
    "en": "Company no. {v}",
    "nl": "KvK {v}",
    "nb": "org.nr. {v}",
    "ru": "ИНН организации {v}",
}
INVOICE = {
    "en": "Invoice {inv} for {a} went out at {t}.",
    "nl": "Factuur {inv} van {a} is om {t} verstuurd.",
    "nb": "Faktura {inv} på {a} ble sendt kl. {t}.",
    "ru": "Счёт {inv} на {a} отправлен в {t}.",
}
UNDERSCORE = {"en": "underscore", "nl": "laag streepje", "nb": "understrek", "ru": "нижнее подчёркивание"}
AT_WORD = {"en": ["at", "(at)", "AT"], "nl": ["apestaart", "at", "apenstaartje"], "nb": ["alfakrøll", "krøllalfa", "at"], "ru": ["собака", "собачка", "эт"]}
DOT_WORD = {"en": ["dot", "[dot]", "DOT"], "nl": ["punt", "puntje"], "nb": ["punktum", "prikk", "dot"], "ru": ["точка", "тчк"]}
SPELL_INTRO = {
    "en": ["it's {v}", "{v}", "{v} (spelling it out, the bot kept eating it)"],
    "nl": ["{v}", "het is {v}", "{v} (uitgeschreven want anders wordt het geblokt)"],
    "nb": ["{v}", "det er {v}", "{v} (skriver det ut)"],
    "ru": ["{v}", "это {v}", "{v} (пишу словами)"],
}  # fmt: skip
WORDS_INTRO = {
    "en": ["{v}", "it's {v}", "{v} lol autocorrect hates numbers"],
    "nl": ["{v}", "dat is {v}", "{v} haha"],
    "nb": ["{v}", "det er {v}", "{v} hehe"],
    "ru": ["{v}", "это {v}", "{v} ага"],
}  # fmt: skip
LIST_INTRO = {
    "en": ["ok here's everyone:", "it's the four of us, well three:", "details for the group:"],
    "nl": ["oké hier iedereen:", "we zijn met z'n drieën:", "gegevens van de groep:"],
    "nb": ["ok, her er alle:", "vi er tre stykker:", "opplysninger om gruppa:"],
    "ru": ["вот все:", "нас трое:", "данные группы:"],
}  # fmt: skip
LIST_ASK = {
    "en": ["Can I have name, date of birth and passport number for each person?", "Names and dates of birth of everyone attending please", "Which accounts should be on the membership, with IBAN each?", "Names and mobiles of everyone in the group?"],
    "nl": ["Mag ik per persoon naam, geboortedatum en paspoortnummer?", "Namen en geboortedata van alle deelnemers graag", "Welke rekeningen wil je koppelen, met IBAN?", "Namen en mobiele nummers van de groep?"],
    "nb": ["Kan jeg få navn, fødselsdato og passnummer for hver person?", "Navn og fødselsdato på alle som deltar, takk", "Hvilke kontoer skal knyttes til, med kontonummer?", "Navn og mobilnummer på alle i gruppa?"],
    "ru": ["Нужны ФИО, дата рождения и номер паспорта каждого", "Имена и даты рождения всех участников, пожалуйста", "Какие счета привязать? Номера, пожалуйста", "Имена и телефоны всех в группе?"],
}  # fmt: skip
AND = {"en": [" and ", "; ", ", plus "], "nl": [" en ", "; ", ", en dan "], "nb": [" og ", "; ", ", pluss "], "ru": [" и ", "; ", ", ещё "]}
KIN = {
    "en": ["my partner", "our youngest", "our eldest", "a friend,"],
    "nl": ["mijn partner", "onze jongste", "onze oudste", "een vriend(in),"],
    "nb": ["partneren min", "den yngste", "den eldste", "en venn,"],
    "ru": ["супруг(а)", "ребёнок:", "друг семьи:"],
}  # fmt: skip
SPLIT_LEAD = {
    "en": ["ugh sent too soon", "…", "cont.", "rest:"],
    "nl": ["oeps te vroeg verstuurd", "…", "rest:", "en dan"],
    "nb": ["oi sendte for tidlig", "…", "resten:", "og så"],
    "ru": ["ой рано отправила", "…", "дальше:", "и"],
}  # fmt: skip
LAND_CALL = {"en": "GB", "nl": "NL", "nb": "NO", "ru": "RU"}
LAND_PREFIX = {"en": ["20", "113", "161", "1224"], "nl": ["20", "30", "50", "73"], "nb": ["22", "55", "73", "38"], "ru": ["495", "812", "843", "4942"]}


# ---------------------------------------------------------------------------------------
# values
# ---------------------------------------------------------------------------------------


def valid_number(rng: random.Random, region: str, prefix: str, total: int) -> phonenumbers.PhoneNumber:
    while True:
        national = prefix + digits(rng, total - len(prefix), first_nonzero=False)
        num = phonenumbers.parse(national, region)
        if phonenumbers.is_valid_number(num):
            return num


FOREIGN_MOBILE = [("DE", "15", 11), ("SE", "70", 9), ("ES", "6", 9), ("PL", "5", 9), ("FI", "40", 9), ("BE", "47", 9)]


def mobile(rng: random.Random, lang: str) -> str:
    """A valid mobile number; one in ten from another country."""
    if rng.random() < 0.1:
        region, pre, total = rng.choice(FOREIGN_MOBILE)
        num = valid_number(rng, region, pre, total)
        v = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    else:
        v = phone(rng, lang)
    CHECKED.append(("PHONE_NUMBER", v))
    return v


def business_phone(rng: random.Random, lang: str) -> str:
    region = LAND_CALL[lang]
    pre = rng.choice(LAND_PREFIX[lang])
    total = {"GB": 10, "NL": 9, "NO": 8, "RU": 10}[region]
    num = valid_number(rng, region, pre, total)
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)


def company_id(rng: random.Random, lang: str) -> str:
    if lang == "nb":
        while True:
            v = digits(rng, 9)
            if orgnr.is_valid(v):
                return f"{v[:3]} {v[3:6]} {v[6:]}"
    if lang == "ru":
        while True:
            v = digits(rng, 10)
            if inn.is_valid(v):
                return v
    if lang == "en":
        return rng.choice(["", "SC", "NI"]) + digits(rng, 6 if rng.random() < 0.5 else 8)[:6]
    return digits(rng, 8)


def person(rng: random.Random, lang: str) -> tuple[str, str]:
    first, last = rng.choice(FIRST[lang]), rng.choice(LAST[lang])
    if lang == "ru" and first in RU_FEM:
        last += "а"
    return first, last


def email(rng: random.Random, lang: str, first: str, last: str) -> tuple[list[str], str]:
    f, la = ascii_name(first), ascii_name(last)
    local = rng.choice([[f, la], [f[0], la], [f + la[:3] + str(rng.randint(2, 98))], [la, f[:2]], [f + "_" + la]])
    return local, rng.choice(DOMAINS[lang])


def address(rng: random.Random, lang: str, lower: bool = True) -> str:
    if rng.random() < 0.15:
        s = rng.choice(ABROAD[lang])
        return s.lower() if lower else s
    street = rng.choice(STREETS[lang])
    town, pc = rng.choice(TOWNS[lang])
    no = str(rng.randint(1, 212)) + rng.choice(["", "", "", "a" if lang != "ru" else "а", "B" if lang != "ru" else "к2"])
    if lang == "en":
        s = rng.choice([f"{no} {street}, {town} {pc}", f"{no} {street} {town}", f"{rng.choice(['flat', 'apt'])} {rng.randint(1, 12)}, {no} {street}, {town} {pc}"])
    elif lang == "nl":
        p = pc.replace(" ", "") if rng.random() < 0.5 else pc
        s = rng.choice([f"{street} {no} {p} {town}", f"{street} {no}, {town}", f"{street} {no}\n{p} {town}"])
    elif lang == "nb":
        s = rng.choice([f"{street} {no}, {pc} {town}", f"{street} {no} {town}", f"{street} {no}\n{pc} {town}"])
    else:
        apt = rng.randint(1, 240)
        s = rng.choice([f"г. {town}, {street}, д. {no}, кв. {apt}", f"{town}, {street} {no}-{apt}", f"{pc}, {town}, {street}, {no}, кв {apt}"])
    return s.lower() if lower else s


def company_address(rng: random.Random, lang: str) -> str:
    """The business's own address: street, number, town (no flat)."""
    street = rng.choice(STREETS[lang])
    town, pc = rng.choice(TOWNS[lang])
    no = rng.randint(1, 90)
    if lang == "ru":
        return f"г. {town}, {street}, {no}"
    if lang == "en":
        return f"Unit {rng.randint(1, 9)}, {street}, {town} {pc}"
    return f"{street} {no}, {pc} {town}"


def account(rng: random.Random, lang: str) -> tuple[str, str]:
    """(type, value) of a bank account as people in that country give it."""
    if lang == "nb":
        if rng.random() < 0.6:
            v = no_kontonr(rng)
            CHECKED.append(("BANK_ACCOUNT", v))
            return "BANK_ACCOUNT", rng.choice([v, f"{v[:4]}.{v[4:6]}.{v[6:]}", f"{v[:4]} {v[4:6]} {v[6:]}"])
        v = iban(rng, "NO")
    elif lang == "ru":
        v = ru_account(rng)
        return "BANK_ACCOUNT", v if rng.random() < 0.5 else f"{v[:5]} {v[5:8]} {v[8]} {v[9:13]} {v[13:]}"
    elif lang == "nl":
        v = iban(rng, "NL") if rng.random() < 0.85 else str(IBAN.generate("BE", bank_code=digits(rng, 3), account_code=digits(rng, 7, False)).formatted)
    else:
        v = iban(rng, "GB") if rng.random() < 0.85 else str(IBAN.generate("DE", bank_code=digits(rng, 8), account_code=digits(rng, 10, False)).formatted)
    CHECKED.append(("IBAN_CODE", v))
    return "IBAN_CODE", v if rng.random() < 0.7 else v.replace(" ", "")


def national_id(rng: random.Random, lang: str) -> str:
    if lang == "nl":
        v = nl_bsn(rng)
    elif lang == "nb":
        v = no_fnr(rng)[0]
    else:
        v = ru_snils(rng) if rng.random() < 0.6 else ru_inn(rng)
    CHECKED.append(("NATIONAL_ID", v))
    return v


def card(rng: random.Random) -> str:
    body = rng.choice("45") + digits(rng, 14, first_nonzero=False)
    v = body + luhn.calc_check_digit(body)
    CHECKED.append(("CREDIT_CARD", v))
    return " ".join(v[i : i + 4] for i in range(0, 16, 4)) if rng.random() < 0.6 else v


def member_no(rng: random.Random) -> str:
    k = rng.randint(0, 5)
    if k == 0:
        return digits(rng, 8)
    if k == 1:
        return "M" + digits(rng, 6)
    if k == 2:
        return digits(rng, 3) + "-" + digits(rng, 4)
    if k == 3:
        return digits(rng, 10)
    if k == 4:
        return "KL" + digits(rng, 5)
    return digits(rng, 7)


def order_no(rng: random.Random) -> str:
    return rng.choice(["", "#", "B-", "ORD"]) + digits(rng, rng.choice([6, 8, 9]))


def dob(rng: random.Random, lang: str) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1941, 2018)
    return date_text(rng, lang, d, m, y)


def later_date(rng: random.Random, lang: str) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2026, 2027])
    return date_text(rng, lang, d, m, y)


def amount(rng: random.Random, lang: str) -> str:
    n = rng.choice([35, 49, 60, 85, 120, 149, 240, 375, 950])
    return {"en": f"£{n}", "nl": f"€ {n},-", "nb": f"{n * 11} kr", "ru": f"{n * 90} ₽"}[lang]


def clock(rng: random.Random) -> str:
    return f"{rng.randint(8, 20)}:{rng.choice(['00', '15', '30', '45'])}"


def product(rng: random.Random) -> str:
    letters = "ABCDEFGHKLMNPRSTVWXZ"
    return rng.choice(letters) + rng.choice(letters) + "-" + digits(rng, rng.choice([3, 4, 5]))


# ---------------------------------------------------------------------------------------
# disguises
# ---------------------------------------------------------------------------------------


def spelled_email(rng: random.Random, lang: str, local: list[str], domain: str) -> str:
    at, dot = rng.choice(AT_WORD[lang]), rng.choice(DOT_WORD[lang])
    loc = f" {dot} ".join(local).replace("_", f" {UNDERSCORE[lang]} ")
    dom = f" {dot} ".join(domain.split("."))
    return f"{loc} {at} {dom}"


def number_words(rng: random.Random, lang: str, value: str) -> str:
    """Digits as words, some as digits, and in English 'double'/'triple'."""
    ds = [c for c in value if c.isdigit()]
    mixed = rng.random() < 0.5
    out: list[str] = []
    i = 0
    while i < len(ds):
        c = ds[i]
        run = 1
        while i + run < len(ds) and ds[i + run] == c and run < 3:
            run += 1
        word = NUMBER_WORDS[lang][int(c)] if (not mixed or rng.random() < 0.6) else c
        if lang == "en" and run >= 2 and rng.random() < 0.8:
            out.append(("double " if run == 2 else "triple ") + word)
            i += run
            continue
        out.append(word)
        i += 1
    if value.startswith("+"):
        out[0] = "+" + out[0] if out[0][0].isdigit() else "plus " + out[0]
    return " ".join(out)


# ---------------------------------------------------------------------------------------
# conversation builder
# ---------------------------------------------------------------------------------------


class Conv:
    def __init__(self, rng: random.Random, lang: str, sector: dict) -> None:
        self.rng, self.lang, self.sector = rng, lang, sector
        self.turns: list[tuple[str, list[Part]]] = []
        self.first, self.last = person(rng, lang)
        self.co = sector[lang][0]

    def pick(self, table: dict[str, list[str]]) -> str:
        return self.rng.choice(table[self.lang])

    def a(self, parts: list[Part] | str) -> None:
        self.turns.append(("agent", [parts] if isinstance(parts, str) else parts))

    def c(self, parts: list[Part] | str) -> None:
        self.turns.append(("customer", [parts] if isinstance(parts, str) else parts))

    def maybe_lower(self, v: str) -> str:
        return v.lower() if self.rng.random() < 0.3 else v

    # -- pieces ------------------------------------------------------------------------

    def value(self, typ: str) -> str:
        r, lang = self.rng, self.lang
        if typ == "CUSTOMER_NUMBER":
            return member_no(r)
        if typ == "DATE_OF_BIRTH":
            return dob(r, lang)
        if typ == "PASSPORT":
            return passport(r, lang)
        if typ == "PHONE_NUMBER":
            return mobile(r, lang)
        if typ == "EMAIL_ADDRESS":
            loc, dom = email(r, lang, self.first, self.last)
            return ".".join(loc) + "@" + dom
        if typ == "BOOKING_REFERENCE":
            return booking_ref(r)
        if typ == "PERSON":
            return f"{self.first} {self.last}"
        if typ in ("IBAN_CODE", "BANK_ACCOUNT"):
            while True:
                t, v = account(r, lang)
                if t == typ:
                    return v
        if typ == "NATIONAL_ID":
            return national_id(r, lang)
        if typ == "CREDIT_CARD":
            return card(r)
        raise ValueError(typ)

    def acct_type(self) -> str:
        return "IBAN_CODE" if self.lang in ("en", "nl") else "BANK_ACCOUNT"

    def opening(self) -> None:
        agent = self.pick(AGENTS)
        self.a(T(self.pick(GREET), n=E(agent, "PERSON", "plain"), co=N(self.co, "company_name")))
        req = self.sector[self.lang][1]
        slots: dict[str, Part] = {}
        if "{d}" in req:
            slots["d"] = N(later_date(self.rng, self.lang), "travel_date")
        if "{p}" in req:
            slots["p"] = N(product(self.rng), "product_code")
        if "{a}" in req:
            slots["a"] = N(amount(self.rng, self.lang), "amount")
        if "{c}" in req:
            slots["c"] = N(self.pick(CITIES_AWAY), "destination")
        text = req if self.rng.random() < 0.7 else req[0].upper() + req[1:]
        self.c(T(text, **slots))

    def closing(self) -> None:
        r, lang = self.rng, self.lang
        tpl = self.pick(CLOSE_A)
        slots: dict[str, Part] = {"case": N(rng_case(r), "case_number")}
        if "{ph}" in tpl:
            slots["ph"] = N(business_phone(r, lang), "company_phone")
        if "{addr}" in tpl:
            slots["addr"] = N(company_address(r, lang), "company_address")
        if "{vc}" in tpl:
            slots["vc"] = N(voucher(r), "voucher_code")
        self.a(T(tpl, **slots))
        if r.random() < 0.5:
            inv = T(INVOICE[lang], inv=N(order_no(r), "invoice_number"), a=N(amount(r, lang), "amount"), t=N(clock(r), "time"))
            self.a(inv + [" " + COMPANY_ID[lang].split("{v}")[0], N(company_id(r, lang), "company_id")])
        self.c(self.pick(BYE_C))

    def bare(self, typ: str, cls: str = "bare_answer") -> None:
        """Agent asks; the customer answers with the value alone, maybe after a detour."""
        r = self.rng
        self.a(self.pick(ASK_FOR(self.lang, typ)))
        detour = r.random()
        if detour < 0.12:  # the answer comes after another question and its answer
            self.c(self.pick(WAIT_C))
            self.a(self.pick(MEANWHILE) + " " + self.pick(ORDER_ASK))
            self.c([N(order_no(r), "order_number")])
        elif detour < 0.25:
            self.c(self.pick(WAIT_C))
            if r.random() < 0.5:
                self.a(self.pick(WAIT_A))
        elif detour < 0.4:
            self.c(self.pick(BACK_Q))
            self.a(self.pick(BACK_A))
        v = self.value(typ)
        if typ in ("BOOKING_REFERENCE", "PASSPORT", "EMAIL_ADDRESS"):
            v = self.maybe_lower(v)
        tail = r.choice(["", "", "", " 🙂", " i think", "."]) if self.lang == "en" else r.choice(["", "", "", " 🙂", "."])
        self.c([E(v, typ, cls), tail] if tail else [E(v, typ, cls)])

    def order_trap(self) -> None:
        """A customer-number question answered with an order number (a hard negative)."""
        self.a(self.pick(ASK_FOR(self.lang, "CUSTOMER_NUMBER")))
        tpl = self.pick(ONLY_ORDER)
        self.c(T(tpl, v=N(order_no(self.rng), "order_number")))
        self.a(self.pick(NOT_THAT))
        self.c(self.pick(WAIT_C))
        self.c([E(member_no(self.rng), "CUSTOMER_NUMBER", "bare_answer")])

    def date_trap(self) -> None:
        """A date that is not a birth date, bare, after a birth-date question."""
        self.a(self.pick(WHEN_Q))
        when = N(later_date(self.rng, self.lang), "travel_date")
        if self.rng.random() < 0.3:  # and where they are until then
            self.c(T(self.pick(AWAY), d=when, c=N(self.pick(CITIES_AWAY), "destination")))
        else:
            self.c([when])

    def order_bare(self) -> None:
        self.a(self.pick(ORDER_ASK))
        self.c([N(order_no(self.rng), "order_number")])

    def plain(self, typ: str, value: str | None = None) -> None:
        v = value if value is not None else self.value(typ)
        self.c(T(self.pick(CUE_FOR(self.lang, typ)), v=E(v, typ, "plain")))

    def split(self, typ: str) -> None:
        """A value typed over two or three messages, or typed wrong and corrected."""
        r = self.rng
        v = self.value(typ)
        if r.random() < 0.3 and any(c.isdigit() for c in v):
            idx = [i for i, c in enumerate(v) if c.isdigit()]
            i = r.choice(idx[len(idx) // 3 :])
            wrong = v[:i] + str((int(v[i]) + r.randint(1, 9)) % 10) + v[i + 1 :]
            self.c([E(wrong, typ, "split")])
            if r.random() < 0.4:
                self.a(self.pick(OK_A))
            self.c(T(self.pick(CORR), v=E(v, typ, "split")))
            return
        pieces = split_value(r, v, typ)
        for k, p in enumerate(pieces):
            if k and r.random() < 0.3:
                self.c([r.choice(SPLIT_LEAD[self.lang]) + " ", E(p, typ, "split")])
            else:
                self.c([E(p, typ, "split")])

    def disguise(self, typ: str) -> None:
        r, lang = self.rng, self.lang
        if typ == "EMAIL_ADDRESS":
            loc, dom = email(r, lang, self.first, self.last)
            v = spelled_email(r, lang, loc, dom)
            self.c(T(self.pick(SPELL_INTRO), v=E(v, typ, "disguised")))
            return
        v = self.value(typ)
        how = r.random()
        if typ in ("PHONE_NUMBER", "CUSTOMER_NUMBER", "BANK_ACCOUNT") and how < 0.5:
            w = number_words(r, lang, v)
            self.c(T(self.pick(WORDS_INTRO), v=E(w, typ, "disguised")))
            return
        if how < 0.75 and with_homoglyphs(r, v) != v:
            w = with_homoglyphs(r, v)
        else:
            w = with_zero_width(r, v, n=r.randint(1, 3))
        self.c([E(w, typ, "disguised")])


def ASK_FOR(lang: str, typ: str) -> dict[str, list[str]]:  # noqa: N802  (reads like the table)
    return {lang: ASK[lang][typ]}


def CUE_FOR(lang: str, typ: str) -> dict[str, list[str]]:  # noqa: N802
    return {lang: CUE[lang][typ]}


def rng_case(r: random.Random) -> str:
    return r.choice(["CS-", "#", "T", ""]) + digits(r, r.choice([5, 6, 7]))


def voucher(r: random.Random) -> str:
    return r.choice(["WELCOME", "SPRING", "FRIEND", "VINTER", "ZIMA"]) + digits(r, 2)


def split_value(r: random.Random, v: str, typ: str) -> list[str]:
    """Cut a value into two or three typed pieces (at a space if there is one)."""
    if typ == "EMAIL_ADDRESS":
        at = v.index("@")
        return [v[: at + 1], v[at + 1 :]] if r.random() < 0.5 else [v[:at], v[at:]]
    n = 3 if len(v) >= 12 and r.random() < 0.4 else 2
    spaces = [i for i, c in enumerate(v) if c == " " and 2 <= i <= len(v) - 3]
    if len(spaces) >= n - 1 and r.random() < 0.7:
        cuts = sorted(r.sample(spaces, n - 1))
    else:
        inner = [i for i in range(2, len(v) - 1) if v[i] != " " and v[i - 1] != " "]
        cuts = sorted(r.sample(inner, n - 1))
        if n == 3 and cuts[1] - cuts[0] < 2:
            cuts = cuts[:1]
    pieces, prev = [], 0
    for c in cuts:
        pieces.append(v[prev:c].strip())
        prev = c
    pieces.append(v[prev:].strip())
    return pieces


# ---------------------------------------------------------------------------------------
# the six kinds of conversation
# ---------------------------------------------------------------------------------------

ID_TYPES = {"en": ["PASSPORT"], "nl": ["PASSPORT", "NATIONAL_ID"], "nb": ["PASSPORT", "NATIONAL_ID"], "ru": ["PASSPORT", "NATIONAL_ID"]}
BARE_TYPES = ["CUSTOMER_NUMBER", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "BOOKING_REFERENCE", "PERSON"]


def side_split(cv: Conv) -> None:
    """More split values than usual: one in three fifths of the other conversations."""
    if cv.rng.random() < 0.6:
        t = cv.rng.choice(["PHONE_NUMBER", "CUSTOMER_NUMBER", cv.acct_type()])
        cv.a(cv.pick(ASK_FOR(cv.lang, t)))
        cv.split(t)


MEANT_DOB = {
    "en": ["That looks like the start date – I meant the date of birth.", "no, when were you born 🙂"],
    "nl": ["Dat is de startdatum denk ik, ik bedoel uw geboortedatum.", "nee, wanneer ben je geboren 🙂"],
    "nb": ["Det er vel startdatoen, jeg mente fødselsdatoen.", "nei, når er du født 🙂"],
    "ru": ["Это, кажется, дата начала, а нужна дата рождения.", "нет, когда вы родились 🙂"],
}  # fmt: skip


def dob_trap(cv: Conv) -> None:
    """A birth-date question first answered with another date (a hard negative)."""
    cv.a(cv.pick(ASK_FOR(cv.lang, "DATE_OF_BIRTH")))
    cv.c([N(later_date(cv.rng, cv.lang), "travel_date"), cv.rng.choice(["?", "", " ?"])])
    cv.a(cv.pick(MEANT_DOB))
    cv.c([E(dob(cv.rng, cv.lang), "DATE_OF_BIRTH", "bare_answer")])


def conv_bare(cv: Conv) -> None:
    r = cv.rng
    types = r.sample(BARE_TYPES, 2) + [r.choice(ID_TYPES[cv.lang] + [cv.acct_type()])]
    if r.random() < 0.5:
        cv.order_trap()
    if "DATE_OF_BIRTH" not in types and r.random() < 0.5:
        dob_trap(cv)
    for t in types:
        cv.bare(t)
        if t == "DATE_OF_BIRTH" or r.random() < 0.2:
            cv.date_trap()
        if r.random() < 0.5:
            cv.a(cv.pick(OK_A))
    if r.random() < 0.3:  # two questions at once, answered later one by one
        cv.a(cv.pick(ASK_FOR(cv.lang, "DATE_OF_BIRTH")) + " " + cv.pick(ASK_FOR(cv.lang, "PHONE_NUMBER")))
        cv.c(cv.pick(WAIT_C))
        cv.c([E(cv.value("DATE_OF_BIRTH"), "DATE_OF_BIRTH", "bare_answer")])
        cv.c([E(cv.value("PHONE_NUMBER"), "PHONE_NUMBER", "bare_answer")])
    else:
        cv.order_bare()
    side_split(cv)


def conv_list(cv: Conv) -> None:
    r, lang = cv.rng, cv.lang
    kind = r.randint(0, 3)
    cv.a(LIST_ASK[lang][kind])
    n = r.randint(2, 4)
    people = [(cv.first, cv.last)] + [person(r, lang) for _ in range(n - 1)]
    parts: list[Part] = [cv.pick(LIST_INTRO), "\n" if r.random() < 0.5 else " "]
    sep = "\n" if parts[-1] == "\n" else r.choice(AND[lang])
    for k, (f, la) in enumerate(people):
        if k:
            parts.append(sep)
            if r.random() < 0.4:
                parts.append(r.choice(KIN[lang]) + " ")
        name = f"{f} {la}" if r.random() < 0.8 else f
        parts.append(E(name.lower() if r.random() < 0.2 else name, "PERSON", "list"))
        if kind in (0, 1):
            parts += [", ", E(dob(r, lang), "DATE_OF_BIRTH", "list")]
        if kind == 0:
            t = "PASSPORT" if r.random() < 0.8 else r.choice(ID_TYPES[lang])
            v = passport(r, lang) if t == "PASSPORT" else national_id(r, lang)
            parts += [", ", E(v, t, "list")]
        if kind == 2:
            t, v = account(r, lang)
            parts += [" ", E(v, t, "list")]
        if kind == 3:
            parts += [" ", E(mobile(r, lang), "PHONE_NUMBER", "list")]
    cv.c(parts)
    cv.a(cv.pick(OK_A))
    if r.random() < 0.5:  # a second list, of member numbers, one per line
        cv.a({"en": "And their member numbers if they have one?", "nl": "En hun lidnummers, als ze die hebben?", "nb": "Og medlemsnumrene deres, hvis de har?", "ru": "А номера абонементов, если есть?"}[lang])
        lines: list[Part] = []
        for k, (f, _la) in enumerate(people[:3]):
            if k:
                lines.append("\n")
            lines += [E(f, "PERSON", "list"), r.choice([": ", " - ", " "]), E(member_no(r), "CUSTOMER_NUMBER", "list")]
        cv.c(lines)
    cv.date_trap()
    if r.random() < 0.5:
        cv.order_bare()
    else:
        cv.order_trap()
    side_split(cv)


def conv_split(cv: Conv) -> None:
    r = cv.rng
    types = r.sample(["PHONE_NUMBER", "CUSTOMER_NUMBER", cv.acct_type(), "EMAIL_ADDRESS", "CREDIT_CARD", *ID_TYPES[cv.lang]], r.choice([2, 3, 3]))
    for t in types:
        cv.a(cv.pick(ASK_FOR(cv.lang, t)))
        if r.random() < 0.2:
            cv.c(cv.pick(WAIT_C))
        cv.split(t)
        cv.a(cv.pick(OK_A))
    if r.random() < 0.5:
        cv.date_trap()
    cv.order_bare()


def conv_disguised(cv: Conv) -> None:
    r = cv.rng
    cv.a(cv.pick(ASK_FOR(cv.lang, "EMAIL_ADDRESS")))
    cv.disguise("EMAIL_ADDRESS")
    cv.a(cv.pick(OK_A))
    for t in r.sample(["PHONE_NUMBER", "CUSTOMER_NUMBER", cv.acct_type(), *ID_TYPES[cv.lang]], r.choice([1, 2])):
        cv.a(cv.pick(ASK_FOR(cv.lang, t)))
        cv.disguise(t)
    cv.order_bare()
    if r.random() < 0.5:
        cv.date_trap()
    side_split(cv)


def conv_address(cv: Conv) -> None:
    r = cv.rng
    cv.a(cv.pick(SEND_Q))
    if r.random() < 0.2:
        cv.c(cv.pick(WAIT_C))
    cv.c([E(address(r, cv.lang), "LOCATION", "address_no_cue")])
    if r.random() < 0.4:  # a second address, e.g. for the invoice, cued only by "and"
        cv.a({"en": "Same for the invoice?", "nl": "Factuur ook daarheen?", "nb": "Faktura til samme sted?", "ru": "Счёт туда же?"}[cv.lang])
        cv.c([{"en": "no, to ", "nl": "nee, naar ", "nb": "nei, til ", "ru": "нет, на "}[cv.lang], E(address(r, cv.lang), "LOCATION", "address_no_cue")])
    cv.a(T({"en": "Our depot is at {x}, in case you'd rather collect.", "nl": "Ophalen kan ook bij ons op {x}.", "nb": "Du kan også hente hos oss i {x}.", "ru": "Можно забрать самим: {x}."}[cv.lang], x=N(company_address(r, cv.lang), "company_address")))
    cv.bare(r.choice(["PHONE_NUMBER", "CUSTOMER_NUMBER"]))
    cv.date_trap()
    side_split(cv)


def conv_plain(cv: Conv) -> None:
    r = cv.rng
    cv.plain("PERSON")
    types = r.sample(["CUSTOMER_NUMBER", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "LOCATION", "BOOKING_REFERENCE"], 3)
    for t in types:
        if t == "LOCATION":
            cv.plain(t, address(r, cv.lang, lower=False))
        else:
            cv.plain(t)
        if r.random() < 0.4:
            cv.a(cv.pick(OK_A))
    cv.order_bare()
    cv.date_trap()
    side_split(cv)


BODY: dict[str, Callable[[Conv], None]] = {
    "bare_answer": conv_bare, "list": conv_list, "split": conv_split,
    "disguised": conv_disguised, "address_no_cue": conv_address, "plain": conv_plain,
}  # fmt: skip


def build() -> list[dict]:
    CHECKED.clear()
    FOCUS_OF.clear()
    rng = random.Random(SEED)
    records: list[dict] = []
    for lang in LANGS:
        plan = [cls for cls in FOCUS for _ in range(PER_CLASS)]
        rng.shuffle(plan)
        for i, cls in enumerate(plan, 1):
            sector = SECTORS[(i + LANGS.index(lang) * 7) % len(SECTORS)]
            cv = Conv(rng, lang, sector)
            cv.opening()
            BODY[cls](cv)
            cv.closing()
            cid = f"sealed22-{lang}-{i:03d}"
            FOCUS_OF[cid] = cls
            records += conversation_records(cid, lang, cv.turns)
    errors = verify(records)
    if errors:
        raise SystemExit("\n".join(errors[:20]))
    return records


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    records = build()
    write_jsonl(records, out)
    ents = [e for r in records for e in r["entities"]]
    negs = sum(len(r["negatives"]) for r in records)
    convs = len({r["conversation_id"] for r in records})
    split = sum(e["class"] == "split" for e in ents)
    print(f"{out.name}: {convs} conversations, {len(records)} messages, {len(ents)} gold spans ({split} split), {negs} hard negatives")


if __name__ == "__main__":
    main()
