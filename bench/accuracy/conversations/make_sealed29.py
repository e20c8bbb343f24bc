# ruff: noqa: E501  (hand-written phrase, name, street and company tables)
"""Write sealed29.jsonl: the twenty-ninth blind conversation set (issue 13).

Written without reading privacyguard's rules or detector, from the failure classes of the
issue only. 600 conversations, 150 per language (en, nl, nb, ru), 25 per class and language,
the class order shuffled. Twenty sectors new to the sets; its own names, streets, companies,
domains and phrasings. Seeded (random.Random(20270101)); the output is deterministic.

    .venv/bin/python bench/accuracy/conversations/make_sealed29.py [OUT]
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

import phonenumbers
from stdnum.no import kontonr, orgnr
from stdnum.ru import inn

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_values import (  # noqa: E402
    CLASSES,
    LANGS,
    NUMBER_WORDS,
    E,
    N,
    Part,
    ascii_name,
    booking_ref,
    conversation_records,
    date_text,
    digits,
    digits_as_words,
    iban,
    nl_bsn,
    no_fnr,
    passport,
    ru_account,
    ru_inn,
    ru_snils,
    verify,
    with_homoglyphs,
    write_jsonl,
)

NAME = "sealed29"
SEED = 20270101
OUT = Path(__file__).resolve().parent / f"{NAME}.jsonl"
REGION = {"en": "GB", "nl": "NL", "nb": "NO", "ru": "RU"}

# ---------------------------------------------------------------------------------------
# names (this set's own lists)
# ---------------------------------------------------------------------------------------

FIRST_M = {
    "en": ["Callum", "Rhys", "Declan", "Ewan", "Gareth", "Hamish", "Rory", "Tobias", "Felix", "Jasper", "Miles", "Owen"],
    "nl": ["Gijs", "Stijn", "Niels", "Maarten", "Teun", "Joost", "Rens", "Hidde", "Floris", "Wessel", "Sjoerd", "Mats"],
    "nb": ["Audun", "Bjørnar", "Eivind", "Geir", "Halvard", "Ivar", "Lars", "Ottar", "Rune", "Stian", "Trond", "Yngve"],
    "ru": ["Илья", "Роман", "Глеб", "Тимофей", "Егор", "Кирилл", "Степан", "Фёдор", "Вадим", "Олег", "Антон", "Борис"],
}
FIRST_F = {
    "en": ["Imogen", "Harriet", "Rosalind", "Bethan", "Tamsin", "Eleanor", "Niamh", "Phoebe", "Lydia", "Matilda", "Orla", "Verity"],
    "nl": ["Marloes", "Esmee", "Jikke", "Roos", "Vera", "Famke", "Tessa", "Nienke", "Iris", "Floor", "Merel", "Sterre"],
    "nb": ["Astrid", "Borghild", "Eli", "Gunhild", "Hilde", "Ida", "Liv", "Mari", "Randi", "Sigrid", "Turid", "Vibeke"],
    "ru": ["Дарья", "Полина", "Вера", "Алина", "Софья", "Варвара", "Галина", "Лидия", "Милана", "Ирина", "Зоя", "Нина"],
}
LAST = {
    "en": ["Ashcombe", "Brightwell", "Cottrell", "Dunmore", "Everleigh", "Fenwick", "Garside", "Holbrook", "Lockwood", "Merriman", "Pendry", "Quarrie", "Redfern", "Stanbury", "Tilbrook"],
    "nl": ["Verbeek", "Hofstede", "Brinkman", "Scholten", "van Wijk", "Zuiderveld", "de Graaf", "Koopman", "Vermeulen", "ter Horst", "Veldkamp", "Dijkstra", "van Rooij", "Postma"],
    "nb": ["Aune", "Bjerke", "Eide", "Fjeld", "Grønli", "Hovland", "Kvam", "Lie", "Myhre", "Nesheim", "Rønning", "Sæther", "Tangen", "Vik"],
    "ru": [],  # Russian surnames are in RU_LAST (masculine, feminine)
}
RU_LAST = [("Громов", "Громова"), ("Субботин", "Субботина"), ("Ершов", "Ершова"), ("Крылов", "Крылова"),
           ("Ладыгин", "Ладыгина"), ("Мельников", "Мельникова"), ("Тихонов", "Тихонова"), ("Шубин", "Шубина"),
           ("Фомин", "Фомина"), ("Щербаков", "Щербакова"), ("Якушев", "Якушева"), ("Дроздов", "Дроздова")]
RU_PATR = [("Андреевич", "Андреевна"), ("Викторович", "Викторовна"), ("Олегович", "Олеговна"),
           ("Игоревич", "Игоревна"), ("Павлович", "Павловна"), ("Семёнович", "Семёновна")]
FAMOUS = ["Harry Potter", "Emma Watson", "Marco Borsato", "Max Verstappen", "Erling Haaland", "Jo Nesbø",
          "Лев Толстой", "Алла Пугачёва", "Johan Cruijff", "Freddie Mercury", "Олег Табаков"]

DOMAINS = {
    "en": ["proton.me", "fastmail.com", "sky.com", "virginmedia.com", "talktalk.net"],
    "nl": ["planet.nl", "home.nl", "casema.nl", "upcmail.nl", "telfort.nl"],
    "nb": ["getmail.no", "lyse.net", "broadpark.no", "start.no", "frisurf.no"],
    "ru": ["list.ru", "inbox.ru", "ya.ru", "internet.ru", "yandex.com"],
}

STREETS = {
    "en": ["Fernhill Road", "Tanners Lane", "Wheatfield Drive", "Coppice Way", "Rookery Close", "Saltash Crescent", "Linnet Grove", "Bramley Rise", "Kestrel Walk", "Ashdown Terrace"],
    "nl": ["Wilgenhof", "Klaverstraat", "Populierenlaan", "Zandpad", "Reigerstraat", "Merelhof", "Vlasakker", "Esdoornlaan", "Koolzaadweg", "Tuinfluiterpad"],
    "nb": ["Tyttebærveien", "Rypeveien", "Lyngbakken", "Elvegata", "Måkeveien", "Einerstien", "Nordlysveien", "Bekkeliveien", "Furuhaugen", "Kvernhusveien"],
    "ru": ["ул. Зелёная", "ул. Полевая", "ул. Рябиновая", "пер. Кленовый", "ул. Строителей", "пр. Победы", "ул. Заречная", "ул. Вишнёвая", "ул. Мичурина", "ул. Луговая"],
}
CITIES = {
    "en": [("Ludlow", "SY8 1AB"), ("Kendal", "LA9 4DL"), ("Whitby", "YO21 3PU"), ("Truro", "TR1 2HE"), ("Ely", "CB7 4HF"), ("Hexham", "NE46 1BH"), ("Frome", "BA11 1AS")],
    "nl": [("Apeldoorn", "7311 KP"), ("Deventer", "7411 HB"), ("Gouda", "2801 JL"), ("Assen", "9401 EP"), ("Hoorn", "1621 BG"), ("Tiel", "4001 AW"), ("Venlo", "5911 CE")],
    "nb": [("Ålgård", "4330"), ("Gjøvik", "2815"), ("Molde", "6413"), ("Harstad", "9405"), ("Kongsberg", "3616"), ("Lillehammer", "2609"), ("Arendal", "4836")],
    "ru": [("Вологда", "160000"), ("Кострома", "156000"), ("Псков", "180000"), ("Ярославль", "150000"), ("Иваново", "153000"), ("Киров", "610000"), ("Тула", "300000")],
}
CO_STREETS = {
    "en": ["Canal Wharf", "Foundry Yard", "Mercer Court", "Tannery Row"],
    "nl": ["Industrieweg", "Ambachtsstraat", "Bedrijvenpark Noord", "Handelskade"],
    "nb": ["Industriveien", "Verkstedgata", "Næringsparken", "Lagerveien"],
    "ru": ["ул. Промышленная", "Складской пр.", "ул. Заводская", "ул. Индустриальная"],
}
BRANCHES = {
    "en": ["Shrewsbury", "Lancaster", "Harrogate", "Taunton"],
    "nl": ["Amersfoort", "Zutphen", "Den Bosch", "Middelburg"],
    "nb": ["Hamar", "Skien", "Bodø", "Ski"],
    "ru": ["Череповце", "Рыбинске", "Владимире", "Твери"],
}
DESTS = {
    "en": ["Tarifa", "La Palma", "Dakhla", "Fuerteventura", "Tenerife", "Madeira"],
    "nl": ["Tarifa", "La Palma", "Dakhla", "Fuerteventura", "Tenerife", "Madeira"],
    "nb": ["Tarifa", "La Palma", "Dakhla", "Fuerteventura", "Tenerife", "Madeira"],
    "ru": ["Тенерифе", "Фуэртевентуру", "Ла-Пальму", "Мадейру", "Дахлу", "Тарифу"],
}
AIRLINES = {"en": ["BA", "U2", "LS", "FR"], "nl": ["KL", "HV", "TB"], "nb": ["SK", "DY", "WF"], "ru": ["SU", "S7", "U6", "DP"]}
TICKET_PFX = {"en": ["125"], "nl": ["074", "057"], "nb": ["117", "328"], "ru": ["555", "421"]}
VOUCHERS = {"en": ["SPRING15", "WELCOME10", "STARS20", "KITE25"], "nl": ["WELKOM10", "LENTE15", "VOORJAAR20"],
            "nb": ["VÅR2026", "VELKOMMEN10", "SOMMER15"], "ru": ["ВЕСНА10", "ПРИВЕТ15", "ZVEZDA20"]}

# ---------------------------------------------------------------------------------------
# twenty sectors, new to the sets
# ---------------------------------------------------------------------------------------

CN_NOUN = {
    "en": ["membership number", "donor number", "account number", "customer number", "subscription number", "client number"],
    "nl": ["lidnummer", "donornummer", "accountnummer", "klantnummer", "abonnementsnummer", "relatienummer"],
    "nb": ["medlemsnummeret", "givernummeret", "kundenummeret", "kundenummeret", "abonnementsnummeret", "klientnummeret"],
    "ru": ["номер участника", "номер донора", "номер лицевого счёта", "номер клиента", "номер подписки", "номер клиента"],
}


def _s(key, co, req, thing, cn, pfx, types, dom):
    return {"key": key, "co": co, "req": req, "thing": thing, "cn": cn, "pfx": pfx, "types": types, "dom": dom}


SECTORS = [
    _s("allotment", {"en": "Hollybank Allotment Society", "nl": "Volkstuinvereniging Het Zonnehoekje", "nb": "Fjordsletta Kolonihagelag", "ru": "СНТ «Калинка»"},
       {"en": "my plot rent", "nl": "de huur van mijn tuin", "nb": "leien for parsellen min", "ru": "аренду моего участка"},
       {"en": "the plot key", "nl": "de sleutel", "nb": "nøkkelen", "ru": "ключ"}, 0, "AL", ["CUSTOMER_NUMBER", "DATE_OF_BIRTH", "ACCOUNT", "NATIONAL_ID"], "hollybank"),
    _s("donor", {"en": "Northgate Donor Register", "nl": "Donorregister Rivierenland", "nb": "Blodbanken Vestvik", "ru": "Донорский центр «Капля»"},
       {"en": "my donor registration", "nl": "mijn donorregistratie", "nb": "registreringen min som giver", "ru": "мою регистрацию донора"},
       {"en": "the donor card", "nl": "de donorpas", "nb": "giverkortet", "ru": "карту донора"}, 1, "DN", ["CUSTOMER_NUMBER", "DATE_OF_BIRTH", "NATIONAL_ID", "PASSPORT"], "northgatedonors"),
    _s("courier", {"en": "Spokes & Parcels Couriers", "nl": "Fietskoeriers De Trapper", "nb": "Sykkelbud Pedalen", "ru": "Велокурьер «Педаль»"},
       {"en": "a same-day delivery", "nl": "een spoedlevering", "nb": "en ekspresslevering", "ru": "срочную доставку"},
       {"en": "the parcel", "nl": "het pakket", "nb": "pakken", "ru": "посылку"}, 2, "SP", ["CUSTOMER_NUMBER", "FLIGHT_NUMBER", "BOOKING_REFERENCE", "CREDIT_CARD"], "spokesparcels"),
    _s("boiler", {"en": "Warmwell Boiler Care", "nl": "Ketelservice Warmtebron", "nb": "Kjelservice Varmepunktet", "ru": "Сервис котлов «Теплоточка»"},
       {"en": "the annual boiler service", "nl": "het jaarlijkse ketelonderhoud", "nb": "den årlige kjelservicen", "ru": "ежегодное обслуживание котла"},
       {"en": "the engineer", "nl": "de monteur", "nb": "montøren", "ru": "мастера"}, 3, "WB", ["CUSTOMER_NUMBER", "ACCOUNT", "NATIONAL_ID", "BOOKING_REFERENCE"], "warmwell"),
    _s("boxes", {"en": "BoxLoop Crate Hire", "nl": "Verhuisdozen Kratbank", "nb": "Flytteeske Utleie Kassa", "ru": "Аренда коробок «Переезжай-ка»"},
       {"en": "renting moving crates", "nl": "het huren van verhuiskratten", "nb": "leie av flyttekasser", "ru": "аренду коробок для переезда"},
       {"en": "the crates", "nl": "de kratten", "nb": "kassene", "ru": "коробки"}, 3, "BX", ["CUSTOMER_NUMBER", "CREDIT_CARD", "ACCOUNT", "BOOKING_REFERENCE"], "boxloop"),
    _s("florist", {"en": "Petal Post Subscriptions", "nl": "Bloemenabonnement Tulpentuin", "nb": "Blomsterabonnement Fjellrosa", "ru": "Цветочная подписка «Букетница»"},
       {"en": "my flower subscription", "nl": "mijn bloemenabonnement", "nb": "blomsterabonnementet mitt", "ru": "мою цветочную подписку"},
       {"en": "the bouquet", "nl": "het boeket", "nb": "buketten", "ru": "букет"}, 4, "PP", ["CUSTOMER_NUMBER", "CREDIT_CARD", "FLIGHT_NUMBER", "DATE_OF_BIRTH"], "petalpost"),
    _s("catering", {"en": "Tablecraft Catering", "nl": "Cateraar De Volle Schaal", "nb": "Gryta Catering", "ru": "Кейтеринг «Скатерть»"},
       {"en": "catering for a party", "nl": "catering voor een feest", "nb": "catering til et selskap", "ru": "кейтеринг на праздник"},
       {"en": "the food", "nl": "het eten", "nb": "maten", "ru": "еду"}, 5, "TC", ["BOOKING_REFERENCE", "CREDIT_CARD", "ACCOUNT", "PASSPORT"], "tablecraft"),
    _s("bridal", {"en": "Ivory Lace Bridal", "nl": "Bruidsmode Sluier & Zo", "nb": "Brudesalongen Slør", "ru": "Свадебный салон «Фата»"},
       {"en": "a dress fitting", "nl": "een pasafspraak voor mijn jurk", "nb": "en prøvetime for kjolen", "ru": "примерку платья"},
       {"en": "the dress", "nl": "de jurk", "nb": "kjolen", "ru": "платье"}, 5, "IL", ["CUSTOMER_NUMBER", "BOOKING_REFERENCE", "CREDIT_CARD", "DATE_OF_BIRTH"], "ivorylace"),
    _s("kitesurf", {"en": "Windcatch Kite School", "nl": "Kitesurfschool Noordenwind", "nb": "Dragebrett Kiteskole", "ru": "Школа кайтсерфинга «Ветер»"},
       {"en": "the kite camp abroad", "nl": "het kitekamp in het buitenland", "nb": "kiteleiren i utlandet", "ru": "кайт-лагерь за границей"},
       {"en": "the wetsuit", "nl": "het wetsuit", "nb": "våtdrakten", "ru": "гидрокостюм"}, 0, "WK", ["BOOKING_REFERENCE", "PASSPORT", "DATE_OF_BIRTH", "FLIGHT_NUMBER", "TICKET_NUMBER", "CREDIT_CARD"], "windcatch"),
    _s("glass", {"en": "ClearCycle Glass Collection", "nl": "Glasophaaldienst Scherf", "nb": "Glassinnsamling Klirr", "ru": "Вывоз стекла «Чистый бой»"},
       {"en": "my glass collection", "nl": "het ophalen van mijn glas", "nb": "glasshentingen min", "ru": "вывоз стекла"},
       {"en": "the crate", "nl": "de glasbak", "nb": "glasskassen", "ru": "контейнер"}, 3, "CC", ["CUSTOMER_NUMBER", "ACCOUNT"], "clearcycle"),
    _s("pest", {"en": "Nestaway Pest Control", "nl": "Ongediertebestrijding Weg Ermee", "nb": "Skadedyrkontroll Borte", "ru": "Дезинсекция «Без жучков»"},
       {"en": "a wasp nest", "nl": "een wespennest", "nb": "et vepsebol", "ru": "осиное гнездо"},
       {"en": "the technician", "nl": "de bestrijder", "nb": "teknikeren", "ru": "специалиста"}, 3, "NA", ["CUSTOMER_NUMBER", "BOOKING_REFERENCE", "CREDIT_CARD"], "nestaway"),
    _s("tree", {"en": "Oakline Tree Surgery", "nl": "Boomverzorging De Eik", "nb": "Trepleie Granlia", "ru": "Арбористы «Крона»"},
       {"en": "felling a tree", "nl": "het kappen van een boom", "nb": "felling av et tre", "ru": "спил дерева"},
       {"en": "the crew", "nl": "de ploeg", "nb": "gjengen", "ru": "бригаду"}, 5, "OT", ["ACCOUNT", "NATIONAL_ID", "BOOKING_REFERENCE"], "oakline"),
    _s("roofing", {"en": "Slatewise Roofing", "nl": "Dakwerken De Nok", "nb": "Takservice Mønet", "ru": "Кровельная компания «Конёк»"},
       {"en": "a leaking roof", "nl": "een lekkend dak", "nb": "et lekk tak", "ru": "протекающую крышу"},
       {"en": "the roofer", "nl": "de dakdekker", "nb": "taktekkeren", "ru": "кровельщика"}, 3, "SR", ["NATIONAL_ID", "ACCOUNT", "CUSTOMER_NUMBER"], "slatewise"),
    _s("window", {"en": "Brightpane Window Cleaning", "nl": "Glazenwasserij Helder Zicht", "nb": "Vinduspuss Klarsyn", "ru": "Мойка окон «Прозрачно»"},
       {"en": "my window-cleaning round", "nl": "mijn glazenwasabonnement", "nb": "vinduspussavtalen min", "ru": "регулярную мойку окон"},
       {"en": "the cleaner", "nl": "de glazenwasser", "nb": "vaskeren", "ru": "мойщика"}, 4, "BP", ["CUSTOMER_NUMBER", "ACCOUNT"], "brightpane"),
    _s("carpet", {"en": "Deepweave Carpet Cleaning", "nl": "Tapijtreiniging Vezelfris", "nb": "Teppevask Luvrein", "ru": "Химчистка ковров «Ворс»"},
       {"en": "a carpet clean", "nl": "een tapijtreiniging", "nb": "teppevask", "ru": "чистку ковра"},
       {"en": "the rug", "nl": "het kleed", "nb": "teppet", "ru": "ковёр"}, 3, "DW", ["BOOKING_REFERENCE", "CREDIT_CARD", "CUSTOMER_NUMBER"], "deepweave"),
    _s("interpreter", {"en": "Handsway Interpreting", "nl": "Tolkenbureau Gebarenbrug", "nb": "Tegnspråktolk Håndlag", "ru": "Бюро сурдоперевода «Жест»"},
       {"en": "booking a sign-language interpreter", "nl": "een gebarentolk voor een afspraak", "nb": "bestilling av tegnspråktolk", "ru": "заказ сурдопереводчика"},
       {"en": "the assignment letter", "nl": "de opdrachtbevestiging", "nb": "oppdragsbrevet", "ru": "подтверждение заказа"}, 5, "HW", ["NATIONAL_ID", "DATE_OF_BIRTH", "FLIGHT_NUMBER", "TICKET_NUMBER", "PASSPORT", "BOOKING_REFERENCE"], "handsway"),
    _s("modelrail", {"en": "Branchline Models", "nl": "Modelspoor De Wissel", "nb": "Modelljernbane Sporveksel", "ru": "Магазин моделей «Стрелка»"},
       {"en": "an order of locomotives", "nl": "een bestelling locomotieven", "nb": "en bestilling av lokomotiver", "ru": "заказ локомотивов"},
       {"en": "the order", "nl": "de bestelling", "nb": "bestillingen", "ru": "заказ"}, 3, "BL", ["CUSTOMER_NUMBER", "CREDIT_CARD", "ACCOUNT"], "branchline"),
    _s("boardgame", {"en": "Meeple Corner Cafe", "nl": "Spellencafé De Dobbelsteen", "nb": "Brettspillkafeen Terning", "ru": "Антикафе «Фишка»"},
       {"en": "a table for game night", "nl": "een tafel voor de spelavond", "nb": "et bord til spillkvelden", "ru": "столик на игровой вечер"},
       {"en": "the loyalty card", "nl": "de spaarkaart", "nb": "stempelkortet", "ru": "клубную карту"}, 0, "MC", ["CUSTOMER_NUMBER", "BOOKING_REFERENCE", "DATE_OF_BIRTH", "CREDIT_CARD"], "meeplecorner"),
    _s("climbing", {"en": "Cragside Climbing Centre", "nl": "Klimhal De Greep", "nb": "Klatresenteret Buldra", "ru": "Скалодром «Зацеп»"},
       {"en": "my climbing membership", "nl": "mijn klimabonnement", "nb": "klattremedlemskapet mitt", "ru": "мой абонемент на скалодром"},
       {"en": "the membership card", "nl": "de ledenpas", "nb": "medlemskortet", "ru": "абонемент"}, 0, "CR", ["CUSTOMER_NUMBER", "DATE_OF_BIRTH", "ACCOUNT", "PASSPORT"], "cragside"),
    _s("observatory", {"en": "Darksky Observatory Tours", "nl": "Sterrenwacht Reizen Orion", "nb": "Nordlys Stjernetitting Tours", "ru": "Астротуры «Млечный путь»"},
       {"en": "the stargazing trip", "nl": "de sterrenkijkreis", "nb": "stjernetittingsturen", "ru": "астротур"},
       {"en": "the travel pack", "nl": "het reispakket", "nb": "reisepakken", "ru": "дорожный набор"}, 3, "DS", ["BOOKING_REFERENCE", "PASSPORT", "DATE_OF_BIRTH", "FLIGHT_NUMBER", "TICKET_NUMBER", "CREDIT_CARD", "NATIONAL_ID"], "darksky"),
]
CO_TLD = {"en": "co.uk", "nl": "nl", "nb": "no", "ru": "ru"}

# ---------------------------------------------------------------------------------------
# phrasings
# ---------------------------------------------------------------------------------------

# agent questions per value type; {cn} is the sector's word for the customer number
Q = {
    "en": {
        "CUSTOMER_NUMBER": ["What's your {cn}?", "Could you give me your {cn}, please?", "Do you have your {cn} to hand?", "Which {cn} is it under?", "Can I take the {cn} so I can pull up your file?", "What {cn} did we give you when you signed up?", "Sorry, what was the {cn} again?", "And your {cn} is…?", "To find you in the system, what's the {cn}?", "Have you got the {cn} from your welcome e-mail?"],
        "BOOKING_REFERENCE": ["What's the booking reference?", "Do you have the booking code?", "Which reference did the confirmation give you?", "Could you read me the six-character code on the confirmation?", "What was the booking ref again?", "Can I have the reservation code, please?", "And the code from your booking e-mail?", "Have you got the reference for that booking?"],
        "PASSPORT": ["What's your passport number?", "Could I have the number of the passport you'll travel on?", "Which document number should I put down, passport or ID card?", "Can you send me the passport number, please?", "And the passport no.?", "What's the number on your passport?", "For the ID check, what's your passport number?", "Could you type out the document number from your passport?"],
        "DATE_OF_BIRTH": ["What's your date of birth?", "Could you confirm your date of birth?", "And your DOB?", "When were you born?", "Can I take a date of birth for the file?", "What date of birth is on the account?", "For security, what's your birth date?", "And the date of birth, please?"],
        "EMAIL_ADDRESS": ["What's your e-mail address?", "Which e-mail should the confirmation go to?", "Can I have an email address for the invoice?", "What email did you sign up with?", "Where should I e-mail the receipt?", "Could you give me an email we can reach you on?", "Is there an email address for the paperwork?", "And your email?"],
        "PHONE_NUMBER": ["What's the best number to reach you on?", "Could I have a phone number for {thing}?", "Which mobile number should we text?", "What number can we call you on on the day?", "Can you give me a contact number?", "And your phone number?", "Is there a landline we can try as well?", "What number is the account registered to?"],
        "PERSON": ["Can I take your full name?", "Who am I speaking with?", "What name is the booking under?", "And the name on the account?", "Whose name should go on the card?", "Who will be there to let us in?", "What's the name of the person collecting?", "Could I have your first name and surname?"],
        "NATIONAL_ID": ["What's your National Insurance number?", "Could you give me your NI number?", "For the grant form, what's your NI number?", "And the National Insurance number, please?", "Can I take your NINO for the paperwork?", "Which NI number should I put on the form?"],
        "IBAN_CODE": ["Which account should we refund to?", "Can I have your IBAN for the direct debit?", "Which IBAN should the deposit go back to?", "Could you send the account details for the refund?", "What account do you want the monthly payment taken from?", "And your IBAN?"],
        "BANK_ACCOUNT": ["What are your sort code and account number?", "Which account should we refund to?", "Could you send the sort code and account number for the refund?", "What account do you want the monthly payment taken from?", "And your bank details?", "Which bank account should the deposit go back to?"],
        "CREDIT_CARD": ["What's the long number on the card?", "Could you give me the card number?", "Can I take the card number for the deposit?", "And the 16-digit card number?", "What's the card number you'd like to use?", "Which card are you paying with? The number, please?"],
        "FLIGHT_NUMBER": ["What's your flight number?", "Which flight are you coming in on?", "Do you have the flight number so we can track the arrival?", "What flight should the driver look out for?", "And the flight no.?", "Which flight are you on, so we know when to meet you?"],
        "TICKET_NUMBER": ["What's the e-ticket number?", "Could you give me the 13-digit ticket number?", "Do you have the ticket number from the airline?", "Which ticket number is on your e-ticket receipt?", "And the e-ticket no.?", "Can you send me the ticket number for the transfer?"],
        "LOCATION": ["Where should we send it?", "What's the delivery address?", "Where's the job?", "Which address should the invoice go to?", "Where do you want us to collect from?", "And the address?", "Where are we coming to?", "What address should the driver go to?", "Where should {thing} go?", "Where shall we post {thing}?"],
    },
    "nl": {
        "CUSTOMER_NUMBER": ["Wat is uw {cn}?", "Mag ik je {cn}?", "Heeft u uw {cn} bij de hand?", "Onder welk {cn} staat het?", "Kunt u mij het {cn} doorgeven?", "Welk {cn} heeft u bij aanmelding gekregen?", "Sorry, wat was je {cn} ook alweer?", "En uw {cn}?", "Om u te vinden: wat is het {cn}?", "Staat het {cn} in de welkomstmail?"],
        "BOOKING_REFERENCE": ["Wat is de boekingscode?", "Heeft u het reserveringsnummer?", "Welke code staat in de bevestiging?", "Kunt u de code van zes tekens uit de bevestigingsmail voorlezen?", "Wat was de boekingsreferentie ook alweer?", "Mag ik de reserveringscode?", "En de code van uw boeking?", "Heb je de referentie van die boeking?"],
        "PASSPORT": ["Wat is uw paspoortnummer?", "Mag ik het nummer van het paspoort waarmee u reist?", "Welk documentnummer mag ik noteren, paspoort of ID-kaart?", "Kunt u het paspoortnummer sturen?", "En het nummer van je paspoort?", "Wat is het documentnummer van uw paspoort?", "Voor de ID-controle: wat is uw paspoortnummer?", "Kun je het documentnummer uit je paspoort overtypen?"],
        "DATE_OF_BIRTH": ["Wat is uw geboortedatum?", "Kunt u uw geboortedatum bevestigen?", "En je geboortedatum?", "Wanneer bent u geboren?", "Mag ik een geboortedatum voor het dossier?", "Welke geboortedatum staat op het account?", "Ter controle: wat is uw geboortedatum?", "En de geboortedatum graag?"],
        "EMAIL_ADDRESS": ["Wat is uw e-mailadres?", "Naar welk e-mailadres mag de bevestiging?", "Mag ik een mailadres voor de factuur?", "Met welk e-mailadres heeft u zich aangemeld?", "Waar mag ik de bon naartoe mailen?", "Op welk mailadres bent u bereikbaar?", "Heeft u een e-mailadres voor de papieren?", "En je mailadres?"],
        "PHONE_NUMBER": ["Op welk nummer bent u het best bereikbaar?", "Mag ik een telefoonnummer voor {thing}?", "Naar welk mobiel nummer mogen we sms'en?", "Op welk nummer kunnen we u op de dag bellen?", "Kunt u een contactnummer geven?", "En je telefoonnummer?", "Is er ook een vast nummer?", "Op welk nummer staat het account?"],
        "PERSON": ["Mag ik uw volledige naam?", "Met wie spreek ik?", "Op welke naam staat de reservering?", "En de naam op het account?", "Op wiens naam moet de kaart?", "Wie is er thuis om ons binnen te laten?", "Wie komt het ophalen?", "Mag ik uw voor- en achternaam?"],
        "NATIONAL_ID": ["Wat is uw BSN?", "Mag ik uw burgerservicenummer?", "Voor het formulier: wat is je BSN?", "En het burgerservicenummer graag?", "Kunt u uw BSN doorgeven voor de registratie?", "Welk BSN mag ik op het formulier zetten?"],
        "IBAN_CODE": ["Op welke rekening mogen we terugstorten?", "Mag ik uw IBAN voor de incasso?", "Wat is uw rekeningnummer?", "Naar welk rekeningnummer moet de borg terug?", "Kunt u de rekeninggegevens voor de terugbetaling sturen?", "Van welke rekening mogen we het maandbedrag afschrijven?", "En je IBAN?"],
        "CREDIT_CARD": ["Wat is het kaartnummer?", "Kunt u het nummer van de creditcard geven?", "Mag ik het kaartnummer voor de aanbetaling?", "En de 16 cijfers van de kaart?", "Welk creditcardnummer wilt u gebruiken?", "Met welke kaart betaalt u? Het nummer graag?"],
        "FLIGHT_NUMBER": ["Wat is uw vluchtnummer?", "Met welke vlucht komt u aan?", "Heeft u het vluchtnummer zodat we de landing kunnen volgen?", "Op welke vlucht moet de chauffeur letten?", "En het vluchtnummer?", "Welke vlucht neemt u, zodat we weten wanneer we u ophalen?"],
        "TICKET_NUMBER": ["Wat is het e-ticketnummer?", "Kunt u het ticketnummer van 13 cijfers geven?", "Heeft u het ticketnummer van de luchtvaartmaatschappij?", "Welk ticketnummer staat op uw e-ticket?", "En het e-ticketnummer?", "Kun je het ticketnummer voor de transfer sturen?"],
        "LOCATION": ["Waar moet het naartoe?", "Wat is het bezorgadres?", "Waar is de klus?", "Naar welk adres mag de factuur?", "Waar mogen we het ophalen?", "En het adres?", "Waar moeten we zijn?", "Naar welk adres moet de chauffeur?", "Waar moet {thing} heen?", "Waar mogen we {thing} naartoe sturen?"],
    },
    "nb": {
        "CUSTOMER_NUMBER": ["Hva er {cn} ditt?", "Kan du gi meg {cn} ditt?", "Har du {cn} tilgjengelig?", "Kan jeg få {cn}, så finner jeg deg?", "Hva var {cn} igjen?", "Og {cn} ditt?", "Kan du sende meg {cn}?", "For å finne deg i systemet: hva er {cn}?", "Står {cn} i velkomst-e-posten?", "Husker du {cn} ditt?"],
        "BOOKING_REFERENCE": ["Hva er bookingreferansen?", "Har du bestillingskoden?", "Hvilken referanse står i bekreftelsen?", "Kan du lese opp koden på seks tegn fra bekreftelsen?", "Hva var bookingkoden igjen?", "Kan jeg få reservasjonskoden?", "Og koden fra bestillings-e-posten?", "Har du referansen til den bestillingen?"],
        "PASSPORT": ["Hva er passnummeret ditt?", "Kan jeg få nummeret på passet du reiser med?", "Hvilket dokumentnummer skal jeg skrive, pass eller ID-kort?", "Kan du sende passnummeret?", "Og passnummeret?", "Hvilket nummer står i passet ditt?", "Til ID-kontrollen: hva er passnummeret?", "Kan du skrive inn dokumentnummeret fra passet?"],
        "DATE_OF_BIRTH": ["Hva er fødselsdatoen din?", "Kan du bekrefte fødselsdatoen?", "Og fødselsdato?", "Når er du født?", "Kan jeg få en fødselsdato til registreringen?", "Hvilken fødselsdato står på kontoen?", "Av sikkerhetshensyn: hva er fødselsdatoen din?", "Og fødselsdatoen, takk?"],
        "EMAIL_ADDRESS": ["Hva er e-postadressen din?", "Hvilken e-post skal bekreftelsen sendes til?", "Kan jeg få en e-postadresse til fakturaen?", "Hvilken e-post registrerte du deg med?", "Hvor skal jeg sende kvitteringen på e-post?", "Har du en e-post vi kan nå deg på?", "Og e-posten din?", "Hvilken e-postadresse skal papirene til?"],
        "PHONE_NUMBER": ["Hvilket nummer når vi deg best på?", "Kan jeg få et telefonnummer til {thing}?", "Hvilket mobilnummer kan vi sende SMS til?", "Hvilket nummer kan vi ringe på dagen?", "Kan du gi meg et kontaktnummer?", "Og telefonnummeret ditt?", "Har du et fasttelefonnummer også?", "Hvilket nummer er kontoen registrert på?"],
        "PERSON": ["Kan jeg få fullt navn?", "Hvem snakker jeg med?", "Hvilket navn står bestillingen på?", "Og navnet på kontoen?", "Hvem skal stå på kortet?", "Hvem er hjemme og slipper oss inn?", "Hvem henter?", "Kan jeg få fornavn og etternavn?"],
        "NATIONAL_ID": ["Hva er fødselsnummeret ditt?", "Kan jeg få personnummeret ditt, alle 11 sifrene?", "Til skjemaet: hva er fødselsnummeret?", "Og fødselsnummeret, takk?", "Kan du oppgi fødselsnummer til registreringen?", "Hvilket fødselsnummer skal stå på skjemaet?"],
        "IBAN_CODE": ["Kan jeg få IBAN til avtalegiroen?", "Hvilken IBAN skal depositumet tilbake til?", "Og IBAN-nummeret?", "Kan du sende IBAN for refusjonen?", "Hvilken konto skal vi betale tilbake til?", "Fra hvilken konto skal vi trekke månedsbeløpet?"],
        "BANK_ACCOUNT": ["Hvilket kontonummer skal vi betale tilbake til?", "Hva er kontonummeret ditt?", "Hvilken konto skal depositumet tilbake til?", "Kan du sende kontoopplysningene for refusjonen?", "Fra hvilken konto skal vi trekke månedsbeløpet?", "Og kontonummeret?"],
        "CREDIT_CARD": ["Hva er kortnummeret?", "Kan du gi meg nummeret på kredittkortet?", "Kan jeg få kortnummeret til depositumet?", "Og de 16 sifrene på kortet?", "Hvilket kortnummer vil du bruke?", "Hvilket kort betaler du med? Nummeret, takk?"],
        "FLIGHT_NUMBER": ["Hva er flightnummeret ditt?", "Hvilket fly kommer du med?", "Har du rutenummeret så vi kan følge landingen?", "Hvilket fly skal sjåføren se etter?", "Og flightnummeret?", "Hvilken flight er du på, så vi vet når vi skal møte deg?"],
        "TICKET_NUMBER": ["Hva er billettnummeret på e-billetten?", "Kan du gi meg det 13-sifrede billettnummeret?", "Har du billettnummeret fra flyselskapet?", "Hvilket billettnummer står på kvitteringen?", "Og e-billettnummeret?", "Kan du sende billettnummeret for transferen?"],
        "LOCATION": ["Hvor skal det sendes?", "Hva er leveringsadressen?", "Hvor er jobben?", "Hvilken adresse skal fakturaen til?", "Hvor skal vi hente?", "Og adressen?", "Hvor skal vi komme?", "Hvilken adresse skal sjåføren kjøre til?", "Hvor skal {thing} leveres?", "Hvor skal vi sende {thing}?"],
    },
    "ru": {
        "CUSTOMER_NUMBER": ["Какой у вас {cn}?", "Подскажите ваш {cn}?", "У вас есть под рукой {cn}?", "На какой {cn} всё оформлено?", "Можно ваш {cn}, чтобы найти вас в системе?", "Какой {cn} вам дали при регистрации?", "Простите, какой был {cn}?", "А {cn}?", "Продиктуйте, пожалуйста, {cn}?", "Вы помните свой {cn}?"],
        "BOOKING_REFERENCE": ["Какой код бронирования?", "У вас есть номер брони?", "Какой код указан в подтверждении?", "Продиктуйте шестизначный код из письма-подтверждения?", "Напомните код брони?", "Можно код бронирования?", "А код из письма о бронировании?", "Есть номер этой брони?"],
        "PASSPORT": ["Какой номер вашего загранпаспорта?", "Назовите серию и номер паспорта?", "Какой документ записать, паспорт или загран? И номер?", "Пришлите, пожалуйста, номер паспорта?", "А номер паспорта?", "Какой номер указан в паспорте?", "Для проверки личности: серия и номер паспорта?", "Можете набрать номер документа?"],
        "DATE_OF_BIRTH": ["Какая у вас дата рождения?", "Подтвердите, пожалуйста, дату рождения?", "А дата рождения?", "Когда вы родились?", "Можно дату рождения для анкеты?", "Какая дата рождения указана в аккаунте?", "Для проверки: ваша дата рождения?", "Дату рождения подскажете?"],
        "EMAIL_ADDRESS": ["Какой у вас адрес электронной почты?", "На какую почту отправить подтверждение?", "Можно e-mail для счёта?", "С какой почтой вы регистрировались?", "Куда прислать чек по почте?", "На какой e-mail с вами связаться?", "Есть электронная почта для документов?", "А ваша почта?"],
        "PHONE_NUMBER": ["По какому номеру с вами лучше связаться?", "Можно телефон для связи в день доставки?", "На какой мобильный прислать СМС?", "По какому номеру позвонить в день визита?", "Оставите контактный телефон?", "А ваш номер телефона?", "Есть ещё городской номер?", "На какой номер зарегистрирован аккаунт?"],
        "PERSON": ["Как вас зовут?", "С кем я говорю?", "На чьё имя оформлен заказ?", "А ФИО владельца аккаунта?", "На кого оформить карту?", "Кто будет дома, чтобы открыть?", "Кто будет забирать?", "Ваши имя и фамилия?"],
        "INN": ["Какой у вас ИНН?", "Для анкеты: ваш ИНН?", "Подскажите ИНН для регистрации?", "Продиктуйте, пожалуйста, ИНН?"],
        "SNILS": ["Можно номер СНИЛС?", "А СНИЛС, пожалуйста?", "Какой СНИЛС указать в форме?", "Пришлите номер СНИЛС для договора?"],
        "BANK_ACCOUNT": ["На какой счёт вернуть деньги?", "Можно номер счёта для автоплатежа?", "Какой у вас номер счёта?", "На какой счёт вернуть залог?", "Пришлёте номер счёта для возврата?", "С какого счёта списывать ежемесячный платёж?", "А номер счёта?"],
        "CREDIT_CARD": ["Какой номер карты?", "Продиктуйте номер банковской карты?", "Можно номер карты для предоплаты?", "А 16 цифр карты?", "Какой картой будете платить? Номер?", "Номер карты, с которой оплачиваете?"],
        "FLIGHT_NUMBER": ["Какой у вас номер рейса?", "Каким рейсом прилетаете?", "Подскажете номер рейса, чтобы отследить посадку?", "Какой рейс встречать водителю?", "А номер рейса?", "На каком вы рейсе, чтобы мы знали, когда встречать?"],
        "TICKET_NUMBER": ["Какой номер электронного билета?", "Продиктуйте 13-значный номер билета?", "У вас есть номер билета от авиакомпании?", "Какой номер указан в маршрутной квитанции?", "А номер билета?", "Пришлёте номер билета для трансфера?"],
        "LOCATION": ["Куда отправить?", "Какой адрес доставки?", "Где объект?", "На какой адрес выставить счёт?", "Откуда забрать?", "А адрес?", "Куда нам приехать?", "Какой адрес дать водителю?", "Куда доставить {thing}?", "Куда прислать {thing}?"],
    },
}
LEAD = {
    "en": ["", "", "", "Thanks. ", "Great. ", "Lovely. ", "Okay! ", "Perfect. ", "Right. ", "Got it. ", "Cheers. ", "One more thing. "],
    "nl": ["", "", "", "Dank je. ", "Top. ", "Prima. ", "Oké! ", "Perfect. ", "Helder. ", "Genoteerd. ", "Dank u wel. ", "Nog één ding. "],
    "nb": ["", "", "", "Takk. ", "Flott. ", "Supert. ", "Ok! ", "Perfekt. ", "Skjønner. ", "Notert. ", "Tusen takk. ", "En ting til. "],
    "ru": ["", "", "", "Спасибо. ", "Отлично. ", "Хорошо. ", "Так! ", "Супер. ", "Понятно. ", "Записала. ", "Благодарю. ", "И ещё момент. "],
}
# the customer states the value with its cue (class plain)
CUE = {
    "en": {
        "CUSTOMER_NUMBER": ["my {cn} is {v}", "{cn}: {v}", "you'll find me under {cn} {v}", "the {cn} on my card says {v}"],
        "BOOKING_REFERENCE": ["my booking reference is {v}", "booking code {v}", "the reservation code is {v}"],
        "PASSPORT": ["my passport number is {v}", "passport no. {v}", "the number on my passport is {v}"],
        "DATE_OF_BIRTH": ["my date of birth is {v}", "I was born on {v}", "DOB {v}"],
        "EMAIL_ADDRESS": ["my email is {v}", "you can email me at {v}", "e-mail: {v}"],
        "PHONE_NUMBER": ["my number is {v}", "call me on {v}", "mobile: {v}", "my phone number is {v}"],
        "PERSON": ["my name is {v}", "this is {v}", "it's booked under the name {v}"],
        "NATIONAL_ID": ["my NI number is {v}", "National Insurance number {v}"],
        "IBAN_CODE": ["my IBAN is {v}", "refund to IBAN {v} please"],
        "BANK_ACCOUNT": ["sort code and account number: {v}", "my account details are {v}"],
        "CREDIT_CARD": ["card number {v}", "my card number is {v}"],
        "FLIGHT_NUMBER": ["we're on flight {v}", "flight number {v}"],
        "TICKET_NUMBER": ["e-ticket number {v}", "my ticket number is {v}"],
        "LOCATION": ["my address is {v}", "please deliver to {v}", "we live at {v}"],
    },
    "nl": {
        "CUSTOMER_NUMBER": ["mijn {cn} is {v}", "{cn}: {v}", "u vindt mij onder {cn} {v}", "op mijn pas staat {cn} {v}"],
        "BOOKING_REFERENCE": ["mijn boekingscode is {v}", "reserveringscode {v}", "de code uit de bevestiging is {v}"],
        "PASSPORT": ["mijn paspoortnummer is {v}", "paspoortnr. {v}", "het nummer van mijn paspoort is {v}"],
        "DATE_OF_BIRTH": ["mijn geboortedatum is {v}", "ik ben geboren op {v}", "geb. {v}"],
        "EMAIL_ADDRESS": ["mijn mail is {v}", "u kunt mailen naar {v}", "e-mail: {v}"],
        "PHONE_NUMBER": ["mijn nummer is {v}", "bel me op {v}", "mobiel: {v}", "mijn telefoonnummer is {v}"],
        "PERSON": ["mijn naam is {v}", "u spreekt met {v}", "het staat op naam van {v}"],
        "NATIONAL_ID": ["mijn BSN is {v}", "burgerservicenummer {v}"],
        "IBAN_CODE": ["mijn IBAN is {v}", "graag terugstorten op {v}"],
        "CREDIT_CARD": ["kaartnummer {v}", "mijn creditcardnummer is {v}"],
        "FLIGHT_NUMBER": ["we zitten op vlucht {v}", "vluchtnummer {v}"],
        "TICKET_NUMBER": ["e-ticketnummer {v}", "mijn ticketnummer is {v}"],
        "LOCATION": ["mijn adres is {v}", "graag bezorgen op {v}", "wij wonen op {v}"],
    },
    "nb": {
        "CUSTOMER_NUMBER": ["{cn} mitt er {v}", "{cn}: {v}", "du finner meg under {v}, det er {cn}", "på kortet står {cn} {v}"],
        "BOOKING_REFERENCE": ["bookingreferansen min er {v}", "bestillingskode {v}", "koden fra bekreftelsen er {v}"],
        "PASSPORT": ["passnummeret mitt er {v}", "passnr. {v}", "nummeret i passet mitt er {v}"],
        "DATE_OF_BIRTH": ["fødselsdatoen min er {v}", "jeg er født {v}", "f. {v}"],
        "EMAIL_ADDRESS": ["e-posten min er {v}", "du kan sende til {v}", "e-post: {v}"],
        "PHONE_NUMBER": ["nummeret mitt er {v}", "ring meg på {v}", "mobil: {v}", "telefonnummeret mitt er {v}"],
        "PERSON": ["jeg heter {v}", "det er {v} som skriver", "bestillingen står på {v}"],
        "NATIONAL_ID": ["fødselsnummeret mitt er {v}", "personnummer {v}"],
        "IBAN_CODE": ["IBAN-en min er {v}", "betal tilbake til IBAN {v}"],
        "BANK_ACCOUNT": ["kontonummeret mitt er {v}", "kontonr. {v}"],
        "CREDIT_CARD": ["kortnummer {v}", "kortnummeret mitt er {v}"],
        "FLIGHT_NUMBER": ["vi flyr med {v}", "flightnummer {v}"],
        "TICKET_NUMBER": ["billettnummer {v}", "e-billettnummeret mitt er {v}"],
        "LOCATION": ["adressen min er {v}", "lever til {v}", "vi bor i {v}"],
    },
    "ru": {
        "CUSTOMER_NUMBER": ["мой {cn} {v}", "{cn}: {v}", "ищите по номеру {v}, это {cn}", "на карте указан {cn} {v}"],
        "BOOKING_REFERENCE": ["мой код бронирования {v}", "номер брони {v}", "код из подтверждения: {v}"],
        "PASSPORT": ["номер моего паспорта {v}", "паспорт {v}", "серия и номер паспорта: {v}"],
        "DATE_OF_BIRTH": ["моя дата рождения {v}", "я родилась {v}", "д.р. {v}"],
        "EMAIL_ADDRESS": ["моя почта {v}", "пишите на {v}", "e-mail: {v}"],
        "PHONE_NUMBER": ["мой номер {v}", "звоните на {v}", "мобильный: {v}", "мой телефон {v}"],
        "PERSON": ["меня зовут {v}", "это {v}", "заказ оформлен на {v}"],
        "INN": ["мой ИНН {v}", "ИНН: {v}"],
        "SNILS": ["мой СНИЛС {v}", "СНИЛС: {v}"],
        "BANK_ACCOUNT": ["мой счёт {v}", "номер счёта: {v}"],
        "CREDIT_CARD": ["номер карты {v}", "моя карта {v}"],
        "FLIGHT_NUMBER": ["летим рейсом {v}", "номер рейса {v}"],
        "TICKET_NUMBER": ["номер билета {v}", "мой электронный билет {v}"],
        "LOCATION": ["мой адрес: {v}", "доставьте по адресу {v}", "мы живём по адресу {v}"],
    },
}

GREET = {
    "en": ["Hi, you're chatting with {agent} from {co}. How can I help?", "Hello and welcome to {co}! I'm {agent}. What can I do for you?", "{co} here, {agent} speaking. What's up?", "Good morning, this is {agent} at {co}. How can I help you today?"],
    "nl": ["Hoi, je chat met {agent} van {co}. Waarmee kan ik helpen?", "Welkom bij {co}! Ik ben {agent}. Wat kan ik voor u doen?", "{co}, u spreekt met {agent}. Waar gaat het om?", "Goedemorgen, {agent} van {co} hier. Hoe kan ik u helpen?"],
    "nb": ["Hei, du chatter med {agent} fra {co}. Hva kan jeg hjelpe med?", "Velkommen til {co}! Jeg heter {agent}. Hva kan jeg gjøre for deg?", "{co}, {agent} her. Hva gjelder det?", "God morgen, dette er {agent} i {co}. Hvordan kan jeg hjelpe?"],
    "ru": ["Здравствуйте, это {agent}, {co}. Чем могу помочь?", "Добро пожаловать в чат {co}! Меня зовут {agent}. Что случилось?", "{co}, на связи {agent}. Слушаю вас?", "Доброе утро, {agent} из {co}. Чем помочь?"],
}
OPEN = {
    "en": ["Hi, I have a question about {req}.", "hello, it's about {req}", "Hey! Writing about {req}, order {order}.", "hi there. I need help with {req}. Paid {amount} already", "Morning, quick one about {req}"],
    "nl": ["Hoi, ik heb een vraag over {req}.", "hallo, het gaat over {req}", "Hoi! Ik mail over {req}, bestelling {order}.", "goedemiddag, ik heb hulp nodig met {req}. Al {amount} betaald", "Hey, korte vraag over {req}"],
    "nb": ["Hei, jeg har et spørsmål om {req}.", "hallo, det gjelder {req}", "Hei! Skriver om {req}, ordre {order}.", "hei, trenger hjelp med {req}. Har betalt {amount} allerede", "God dag, et kjapt spørsmål om {req}"],
    "ru": ["Здравствуйте, у меня вопрос про {req}.", "добрый день, пишу про {req}", "Привет! Насчёт заказа {order}, это про {req}.", "здравствуйте, нужна помощь, это про {req}. Уже оплатила {amount}", "Доброе утро, короткий вопрос про {req}"],
}
# agent statements carrying hard negatives
AGENT_NEG = {
    "en": ["I've booked {thing} for {date} at {time}.", "That comes to {amount} including VAT.", "Your order {order} is on its way, tracking {tracking}.", "I've logged this as case {case}.", "Invoice {invoice} for {amount} has been sent.", "You can also call us on {cphone} or e-mail {cemail}.", "Our office is at {caddr}.", "Please pay the deposit to {cacct}, reference {invoice}.", "For your records, our company number is {cid}.", "Use code {voucher} next time for 10% off.", "We'll send {qty} of item {product}.", "It's in room {room}, from {time}.", "You can collect it from our {branch} branch after {time}."],
    "nl": ["Ik heb {thing} ingepland op {date} om {time}.", "Dat wordt {amount} inclusief btw.", "Uw bestelling {order} is onderweg, trackingcode {tracking}.", "Ik heb er zaak {case} van gemaakt.", "Factuur {invoice} van {amount} is verstuurd.", "U kunt ons ook bellen op {cphone} of mailen naar {cemail}.", "Ons kantoor zit aan de {caddr}.", "Wilt u de aanbetaling overmaken naar {cacct}, o.v.v. {invoice}?", "Ons KvK-nummer is {cid}, voor uw administratie.", "Met code {voucher} krijgt u de volgende keer 10% korting.", "We sturen {qty} stuks van artikel {product}.", "Het is in zaal {room}, vanaf {time}.", "U kunt het na {time} ophalen in onze vestiging in {branch}."],
    "nb": ["Jeg har satt opp {thing} {date} kl. {time}.", "Det blir {amount} inkludert mva.", "Ordren {order} er på vei, sporingsnummer {tracking}.", "Jeg har registrert det som sak {case}.", "Faktura {invoice} på {amount} er sendt.", "Du kan også ringe oss på {cphone} eller sende e-post til {cemail}.", "Kontoret vårt ligger i {caddr}.", "Depositumet betales til {cacct}, merk med {invoice}.", "Organisasjonsnummeret vårt er {cid}, for ordens skyld.", "Bruk koden {voucher} neste gang for 10 % rabatt.", "Vi sender {qty} stk. av vare {product}.", "Det er i rom {room}, fra kl. {time}.", "Du kan hente det på avdelingen vår i {branch} etter kl. {time}."],
    "ru": ["Записала {thing} на {date} в {time}.", "Итого {amount} с НДС.", "Ваш заказ {order} в пути, трек-номер {tracking}.", "Я завела обращение {case}.", "Счёт {invoice} на {amount} отправлен.", "Можно также звонить нам по {cphone} или писать на {cemail}.", "Наш офис: {caddr}.", "Предоплату переведите на счёт {cacct}, в назначении укажите {invoice}.", "Для отчётности: ИНН нашей организации {cid}.", "По промокоду {voucher} в следующий раз скидка 10%.", "Отправим {qty} шт. артикула {product}.", "Это в зале {room}, с {time}.", "Забрать можно в нашем филиале в {branch} после {time}."],
}
CUST_NEG = {
    "en": ["I ordered {qty} of {product} last week (order {order}).", "we're off to {dest} on {tdate}", "can you come on {date}? after {time} works", "I already paid {amount}", "the invoice says {invoice}", "my case number was {case} I think", "the tracking {tracking} hasn't moved"],
    "nl": ["Ik heb vorige week {qty} stuks {product} besteld (bestelling {order}).", "we gaan op {tdate} naar {dest}", "kunt u op {date} komen? na {time} kan", "ik heb al {amount} betaald", "op de factuur staat {invoice}", "mijn zaaknummer was {case} geloof ik", "de trackingcode {tracking} staat stil"],
    "nb": ["Jeg bestilte {qty} stk. {product} forrige uke (ordre {order}).", "vi reiser til {dest} {tdate}", "kan dere komme {date}? etter kl. {time} passer", "jeg har allerede betalt {amount}", "på fakturaen står det {invoice}", "saksnummeret var {case} tror jeg", "sporingen {tracking} står stille"],
    "ru": ["На прошлой неделе заказала {qty} шт. {product} (заказ {order}).", "мы летим на {dest} {tdate}", "сможете прийти {date}? после {time} удобно", "я уже оплатила {amount}", "в счёте написано {invoice}", "номер обращения был {case} вроде", "трек {tracking} не двигается"],
}
ONE_MOMENT = {
    "en": ["one moment", "hang on, let me find it", "sec, looking", "just a minute, it's in my other email", "hold on…", "brb, getting my wallet"],
    "nl": ["momentje", "even zoeken hoor", "sec, ik kijk even", "wacht, het staat in mijn andere mail", "ogenblikje…", "even mijn pasje pakken"],
    "nb": ["et øyeblikk", "vent litt, jeg finner det", "sek, ser etter", "vent, det står i den andre e-posten", "øyeblikk…", "skal bare hente lommeboka"],
    "ru": ["минутку", "сейчас найду", "секунду, смотрю", "подождите, это в другой почте", "момент…", "сейчас достану кошелёк"],
}
WAIT_OK = {
    "en": ["No rush.", "Sure, take your time.", "Of course.", "No problem, I'll wait."],
    "nl": ["Geen haast.", "Neem de tijd.", "Natuurlijk.", "Geen probleem, ik wacht even."],
    "nb": ["Ingen hast.", "Bare ta den tiden du trenger.", "Selvsagt.", "Null problem, jeg venter."],
    "ru": ["Не спешите.", "Конечно, жду.", "Хорошо.", "Без проблем, подожду."],
}
BACK_Q = {
    "en": ["the one on the letter?", "which one, the old or the new?", "you mean the one from the confirmation?", "do you need all of it?"],
    "nl": ["die op de brief?", "welke, de oude of de nieuwe?", "bedoel je die uit de bevestiging?", "wil je het hele nummer?"],
    "nb": ["den som står i brevet?", "hvilken, den gamle eller den nye?", "mener du den fra bekreftelsen?", "trenger du hele?"],
    "ru": ["тот, что в письме?", "какой, старый или новый?", "вы про тот, что в подтверждении?", "целиком нужно?"],
}
BACK_A = {
    "en": ["Yes, that one.", "The newest one, please.", "Yes please, all of it.", "Exactly."],
    "nl": ["Ja, die.", "De nieuwste graag.", "Ja graag, helemaal.", "Precies."],
    "nb": ["Ja, den.", "Den nyeste, takk.", "Ja takk, hele.", "Akkurat."],
    "ru": ["Да, его.", "Новый, пожалуйста.", "Да, целиком.", "Именно."],
}
SIDE_Q = {
    "en": ["before that, are you open on Saturdays?", "quick question first: is there a fee to change it?", "wait, how much was it again?"],
    "nl": ["eerst even: zijn jullie zaterdag open?", "korte vraag: kost wijzigen iets?", "wacht, hoeveel was het ook alweer?"],
    "nb": ["først: har dere åpent på lørdager?", "kjapt spørsmål: koster det noe å endre?", "vent, hvor mye var det igjen?"],
    "ru": ["сначала вопрос: вы по субботам работаете?", "а изменение платное?", "подождите, сколько там было?"],
}
SIDE_A = {
    "en": ["Yes, from {time} until {time2}.", "It's {amount}, I'm afraid.", "{amount} in total."],
    "nl": ["Ja, van {time} tot {time2}.", "Dat kost {amount}, helaas.", "In totaal {amount}."],
    "nb": ["Ja, fra {time} til {time2}.", "Det koster {amount}, dessverre.", "Totalt {amount}."],
    "ru": ["Да, с {time} до {time2}.", "К сожалению, {amount}.", "Всего {amount}."],
}
RE_ASK = {
    "en": ["So, back to my question?", "And the number I asked for?", "Now, what I needed from you?"],
    "nl": ["Dan terug naar mijn vraag?", "En het nummer waar ik om vroeg?", "En dan wat ik nodig had?"],
    "nb": ["Tilbake til spørsmålet mitt, da?", "Og nummeret jeg spurte om?", "Og det jeg trengte fra deg?"],
    "ru": ["Так что по моему вопросу?", "А номер, который я спрашивала?", "Вернёмся к моему вопросу?"],
}
WRONG_FIX = {  # the agent points out that the customer gave another number
    "en": {"CUSTOMER_NUMBER": ["That's an order number, I'm afraid. Do you have your {cn}?", "Hmm, that looks like the invoice number. I need the {cn}, do you have it?", "That one's a case number. And the {cn}?", "That's the article number from the box, I think. Your {cn}, please?"],
           "DATE_OF_BIRTH": ["That doesn't look like a birth date. Your own date of birth?", "No, I mean the date you were born?"],
           "BOOKING_REFERENCE": ["That's a discount code. Do you have the booking reference?", "Hmm, that's a voucher. What's the six-character booking code?"]},
    "nl": {"CUSTOMER_NUMBER": ["Dat is een bestelnummer, vrees ik. Heeft u uw {cn}?", "Hm, dat lijkt het factuurnummer. Ik heb het {cn} nodig, heeft u dat?", "Dat is een zaaknummer. En het {cn}?", "Dat is het artikelnummer van de doos, denk ik. Uw {cn} graag?"],
           "DATE_OF_BIRTH": ["Dat lijkt me geen geboortedatum. Uw eigen geboortedatum?", "Nee, ik bedoel de datum waarop u geboren bent?"],
           "BOOKING_REFERENCE": ["Dat is een kortingscode. Heeft u de boekingscode?", "Hm, dat is een voucher. Wat is de boekingscode van zes tekens?"]},
    "nb": {"CUSTOMER_NUMBER": ["Det er et ordrenummer, er jeg redd. Har du {cn}?", "Hm, det ser ut som fakturanummeret. Jeg trenger {cn}, har du det?", "Det er et saksnummer. Og {cn}?", "Det er varenummeret fra esken, tror jeg. Kan jeg få {cn} ditt?"],
           "DATE_OF_BIRTH": ["Det ser ikke ut som en fødselsdato. Din egen fødselsdato?", "Nei, jeg mener datoen du ble født?"],
           "BOOKING_REFERENCE": ["Det er en rabattkode. Har du bookingreferansen?", "Hm, det er et gavekort. Hva er bookingkoden på seks tegn?"]},
    "ru": {"CUSTOMER_NUMBER": ["Это номер заказа. А {cn} у вас есть?", "Похоже, это номер счёта на оплату. Мне нужен {cn}, есть он у вас?", "Это номер обращения. А {cn}?", "Это, кажется, артикул с коробки. А ваш {cn}?"],
           "DATE_OF_BIRTH": ["Это не похоже на дату рождения. А ваша дата рождения?", "Нет, я про дату, когда вы родились?"],
           "BOOKING_REFERENCE": ["Это промокод. А код бронирования есть?", "Это сертификат. Какой шестизначный код брони?"]},
}
CORRECT = {
    "en": ["sorry, typo: {v}", "*{v}", "wait no, it's {v}", "correction: {v}", "oops, {v} is the right one", "that's wrong, sorry. {v}"],
    "nl": ["sorry, typfout: {v}", "*{v}", "nee wacht, het is {v}", "correctie: {v}", "oeps, {v} is de goede", "klopt niet, sorry. {v}"],
    "nb": ["sorry, skrivefeil: {v}", "*{v}", "nei vent, det er {v}", "rettelse: {v}", "oi, {v} er riktig", "det ble feil, sorry. {v}"],
    "ru": ["ой, опечатка: {v}", "*{v}", "нет, стоп, правильно {v}", "исправляю: {v}", "упс, верный {v}", "это неверно, извините. {v}"],
}
SPLIT_TAIL = {
    "en": ["", "", " oops", " sorry, hit enter too soon", " 🙈", " that's it", "."],
    "nl": ["", "", " oeps", " sorry, te vroeg op enter", " 🙈", " dat was hem", "."],
    "nb": ["", "", " oi", " sorry, trykket enter for tidlig", " 🙈", " det var det", "."],
    "ru": ["", "", " ой", " извините, рано нажала отправить", " 🙈", " всё", "."],
}
BARE_PRE = {"en": ["it's ", "uh ", "ok "], "nl": ["het is ", "eh ", "oké "], "nb": ["det er ", "eh ", "ok "], "ru": ["это ", "эм ", "ок "]}
BARE_POST = ["", "", "", " 🙂", " thx", "!", " 👍", "."]
LIST_ASK = {
    "en": ["Who's coming? Names and dates of birth for everyone, please?", "Could you list everyone with their passport numbers?", "Which people should be on the account, and their numbers?", "Can you give me the names and details of the whole group?", "Who else should we register, with date of birth and document number?", "Which memberships do you want to merge?", "Who should we contact, and on which numbers?", "Which e-mail addresses should get the updates?"],
    "nl": ["Wie komen er? Namen en geboortedata van iedereen graag?", "Kunt u iedereen opsommen met paspoortnummer?", "Welke personen moeten op het account, met hun nummers?", "Mag ik de namen en gegevens van de hele groep?", "Wie moeten we nog inschrijven, met geboortedatum en documentnummer?", "Welke lidmaatschappen wilt u samenvoegen?", "Wie moeten we bellen, en op welke nummers?", "Welke mailadressen moeten de updates krijgen?"],
    "nb": ["Hvem blir med? Navn og fødselsdato på alle, takk?", "Kan du liste opp alle med passnummer?", "Hvem skal stå på kontoen, og numrene deres?", "Kan jeg få navn og opplysninger for hele gruppa?", "Hvem flere skal vi registrere, med fødselsdato og dokumentnummer?", "Hvilke medlemskap vil du slå sammen?", "Hvem skal vi kontakte, og på hvilke numre?", "Hvilke e-postadresser skal få oppdateringer?"],
    "ru": ["Кто едет? Имена и даты рождения всех, пожалуйста?", "Перечислите всех с номерами паспортов?", "Кого добавить в аккаунт и с какими номерами?", "Можно имена и данные всей группы?", "Кого ещё записать, с датой рождения и номером документа?", "Какие абонементы объединить?", "С кем связываться и по каким номерам?", "На какие адреса слать уведомления?"],
}
LIST_INTRO = {"en": ["", "", "sure: ", "ok here goes\n", "that's us: ", "right, "], "nl": ["", "", "tuurlijk: ", "oké, daar komt ie\n", "dat zijn wij: ", "goed, "],
              "nb": ["", "", "klart: ", "ok, her kommer det\n", "det er oss: ", "greit, "], "ru": ["", "", "конечно: ", "так, пишу\n", "это мы: ", "хорошо, "]}
AND = {"en": " and ", "nl": " en ", "nb": " og ", "ru": " и "}
REL = {
    "en": [("my wife", "f"), ("my husband", "m"), ("our son", "m"), ("our daughter", "f"), ("my sister", "f"), ("my brother", "m"), ("my friend", "m"), ("my mum", "f")],
    "nl": [("mijn vrouw", "f"), ("mijn man", "m"), ("onze zoon", "m"), ("onze dochter", "f"), ("mijn zus", "f"), ("mijn broer", "m"), ("een vriend", "m"), ("een vriendin", "f")],
    "nb": [("kona mi", "f"), ("mannen min", "m"), ("sønnen vår", "m"), ("datteren vår", "f"), ("søstera mi", "f"), ("broren min", "m"), ("en venn", "m"), ("ei venninne", "f")],
    "ru": [("жена", "f"), ("муж", "m"), ("сын", "m"), ("дочь", "f"), ("сестра", "f"), ("брат", "m"), ("друг", "m"), ("подруга", "f")],
}
MINE = {"en": ["mine", "me"], "nl": ["ik", "van mij"], "nb": ["meg", "min"], "ru": ["я", "мой"]}
CLOSE_Q = {"en": ["Anything else I can help with?", "Is there anything else?", "Can I help with anything else today?"],
           "nl": ["Kan ik nog ergens mee helpen?", "Is er verder nog iets?", "Nog andere vragen?"],
           "nb": ["Noe mer jeg kan hjelpe med?", "Var det noe annet?", "Andre spørsmål i dag?"],
           "ru": ["Могу ещё чем-то помочь?", "Что-нибудь ещё?", "Остались вопросы?"]}
CLOSE_C = {"en": ["no that's all, thanks!", "nope, cheers", "all good, thank you 🙏"], "nl": ["nee, dat was het, dank!", "nee hoor, bedankt", "alles goed, dank je 🙏"],
           "nb": ["nei, det var alt, takk!", "nei, takk for hjelpen", "alt i orden, tusen takk 🙏"], "ru": ["нет, это всё, спасибо!", "нет, благодарю", "всё хорошо, спасибо 🙏"]}
BYE = {"en": ["Have a good day! {co}, {cphone}.", "Bye for now. Questions? {cemail}", "Take care!"], "nl": ["Fijne dag! {co}, {cphone}.", "Tot ziens. Vragen? {cemail}", "Groetjes!"],
       "nb": ["Ha en fin dag! {co}, {cphone}.", "Ha det. Spørsmål? {cemail}", "Ha det bra!"], "ru": ["Хорошего дня! {co}, {cphone}.", "До свидания. Вопросы: {cemail}", "Всего доброго!"]}
ADDR_Q_EXTRA = {
    "en": ["Which branch would you like to pick up from?", "Where are you travelling to?"],
    "nl": ["Bij welke vestiging wilt u ophalen?", "Waar reist u naartoe?"],
    "nb": ["Hvilken avdeling vil du hente på?", "Hvor reiser du?"],
    "ru": ["В каком филиале удобно забрать?", "Куда летите?"],
}
EMAIL_WORDS = {
    "en": [("at", "dot"), ("at", "dot"), ("(at)", "(dot)"), ("[at]", "[dot]"), ("AT", "DOT")],
    "nl": [("apenstaartje", "punt"), ("apestaart", "punt"), ("at", "punt"), ("apenstaart", "puntje")],
    "nb": [("krøllalfa", "prikk"), ("alfakrøll", "punktum"), ("krøll", "prikk"), ("at", "punktum")],
    "ru": [("собака", "точка"), ("собачка", "точка"), ("эт", "точка"), ("собака", "тчк")],
}

# ---------------------------------------------------------------------------------------
# values
# ---------------------------------------------------------------------------------------


def valid_phone(s: str, lang: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(s, REGION[lang]))
    except phonenumbers.NumberParseException:
        return False


def landline(rng: random.Random, lang: str) -> str:
    """A valid fixed-line number, written in one of several national or international ways."""
    while True:
        if lang == "en":
            area = rng.choice(["0113", "0117", "0161", "0121", "01904", "01223", "020"])
            rest = digits(rng, 11 - len(area), first_nonzero=True)
            rest = str(rng.randint(2, 8)) + rest[1:]
            nat = area + rest
            form = rng.randint(0, 3)
            s = [f"{area} {rest[:3]} {rest[3:]}" if len(area) == 4 else f"{area} {rest[:4]} {rest[4:]}" if len(area) == 3 else f"{area} {rest}",
                 f"+44 {nat[1:]}", f"+44 (0){area[1:]} {rest}", f"0044 {area[1:]} {rest}"][form]
        elif lang == "nl":
            area = rng.choice(["010", "020", "030", "040", "050", "070", "0570", "0182"])
            rest = str(rng.randint(2, 8)) + digits(rng, 9 - len(area), first_nonzero=False)
            form = rng.randint(0, 3)
            s = [f"{area}-{rest}", f"{area} {rest[:3]} {rest[3:]}", f"+31 {area[1:]} {rest}", f"0031 {area[1:]} {rest}"][form]
        elif lang == "nb":
            nat = rng.choice("23567") + digits(rng, 7, first_nonzero=False)
            form = rng.randint(0, 3)
            s = [f"{nat[:2]} {nat[2:4]} {nat[4:6]} {nat[6:]}", nat, f"+47 {nat[:2]} {nat[2:4]} {nat[4:6]} {nat[6:]}", f"0047 {nat}"][form]
        else:
            area = rng.choice(["495", "499", "812", "843", "4852"])
            rest = str(rng.randint(2, 7)) + digits(rng, 9 - len(area), first_nonzero=False)
            form = rng.randint(0, 3)
            s = [f"8 ({area}) {rest[:-4]}-{rest[-4:-2]}-{rest[-2:]}", f"+7 {area} {rest}", f"8{area}{rest}", f"+7 ({area}) {rest[:-4]}-{rest[-4:-2]}-{rest[-2:]}"][form]
        if valid_phone(s, lang):
            return s


def mobile(rng: random.Random, lang: str) -> str:
    while True:
        if lang == "en":
            nat = "7" + rng.choice("4579") + digits(rng, 8, first_nonzero=False)
            s = rng.choice([f"0{nat[:4]} {nat[4:]}", f"+44 {nat[:4]} {nat[4:]}", f"0{nat}", f"+44 (0){nat[:4]} {nat[4:7]} {nat[7:]}"])
        elif lang == "nl":
            nat = "6" + digits(rng, 8, first_nonzero=False)
            s = rng.choice([f"06-{nat[1:]}", f"06 {nat[1:3]} {nat[3:5]} {nat[5:7]} {nat[7:]}", f"+31 6 {nat[1:]}", f"+316{nat[1:]}", f"0031 6 {nat[1:5]} {nat[5:]}"])
        elif lang == "nb":
            nat = rng.choice("49") + digits(rng, 7, first_nonzero=False)
            s = rng.choice([f"{nat[:3]} {nat[3:5]} {nat[5:]}", nat, f"+47 {nat[:3]} {nat[3:5]} {nat[5:]}", f"+47{nat}", f"{nat[:2]} {nat[2:4]} {nat[4:6]} {nat[6:]}"])
        else:
            nat = "9" + rng.choice("0123689") + digits(rng, 8, first_nonzero=False)
            s = rng.choice([f"+7 {nat[:3]} {nat[3:6]}-{nat[6:8]}-{nat[8:]}", f"8 ({nat[:3]}) {nat[3:6]}-{nat[6:8]}-{nat[8:]}", f"8{nat}", f"+7{nat}", f"8-{nat[:3]}-{nat[3:6]}-{nat[6:8]}-{nat[8:]}"])
        if valid_phone(s, lang):
            return s


def luhn_card(rng: random.Random, lang: str) -> str:
    pfx = rng.choice(["2200", "2202", "4"] if lang == "ru" else ["4", "51", "53", "55"])
    body = pfx + digits(rng, 15 - len(pfx), first_nonzero=False)
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (1 if i % 2 else 2)
        total += n - 9 if n > 9 else n
    card = body + str((10 - total % 10) % 10)
    sep = rng.choice([" ", " ", "-", ""])
    return sep.join(card[i : i + 4] for i in range(0, 16, 4))


def ni_number(rng: random.Random) -> str:
    pre = rng.choice(["JK", "PR", "SW", "NH", "AE", "CE", "HT", "LW", "MA", "RT", "WP", "YL", "BX", "ZR"])
    d = digits(rng, 6, first_nonzero=False)
    return f"{pre} {d[:2]} {d[2:4]} {d[4:]} {rng.choice('ABCD')}"


def customer_number(rng: random.Random, pfx: str) -> str:
    style = rng.randint(0, 9)
    if style <= 1:
        return digits(rng, rng.choice([7, 8, 9, 10]))
    if style == 2:
        d = digits(rng, 9)
        return f"{d[:3]} {d[3:6]} {d[6:]}"
    if style == 3:
        return f"{pfx}-{digits(rng, 6)}"
    if style == 4:
        return f"{pfx[0]}{digits(rng, 7)}"
    if style == 5:
        d = digits(rng, 8)
        return f"{d[:2]}.{d[2:5]}.{d[5:]}"
    if style == 6:
        d = digits(rng, 8)
        return f"{d[:4]}-{d[4:]}"
    if style == 7:
        return f"{rng.choice(['2019', '2021', '2023', '2024'])}/{digits(rng, 5)}"
    if style == 8:
        return f"{digits(rng, 6)}-{rng.choice('KMX')}"
    return f"{pfx}{digits(rng, 5)}{rng.choice('ABCDEFGH')}"


def ticket(rng: random.Random, lang: str) -> str:
    p = rng.choice(TICKET_PFX[lang])
    d = digits(rng, 10, first_nonzero=False)
    return rng.choice([f"{p}-{d}", f"{p}{d}", f"{p} {d}", f"{p} {d[:4]} {d[4:]}"])


def flight(rng: random.Random, lang: str) -> str:
    code = rng.choice(AIRLINES[lang])
    return f"{code}{rng.choice(['', ' '])}{rng.randint(100, 4999)}"


def dob_text(rng: random.Random, lang: str, d: int, m: int, y: int) -> str:
    s = rng.randint(0, 6)
    if s <= 3:
        return date_text(rng, lang, d, m, y, style=s)
    if s == 4:
        return f"{y}-{m:02d}-{d:02d}"
    if s == 5:
        return f"{d:02d}.{m:02d}.{y}" if lang != "en" else f"{d:02d}/{m:02d}/{str(y)[2:]}"
    return f"{d}/{m}/{y}" if lang in ("en", "nl") else f"{d}.{m}.{str(y)[2:]}"


def other_date(rng: random.Random, lang: str) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2026, 2027])
    if rng.random() < 0.3:
        mon = date_text(rng, lang, d, m, y, style=1)
        return mon.rsplit(" ", 1)[0]  # without the year
    return date_text(rng, lang, d, m, y, style=rng.choice([0, 1, 2]))


def address(rng: random.Random, lang: str) -> str:
    st = rng.choice(STREETS[lang])
    city, pc = rng.choice(CITIES[lang])
    no = str(rng.randint(1, 160)) + rng.choice(["", "", "", "b" if lang != "ru" else "а"])
    if lang == "en":
        return rng.choice([f"{no} {st}, {city} {pc}", f"{no} {st} {city} {pc}", f"flat {rng.randint(1, 12)}, {no} {st}, {city}", f"{no} {st}\n{city}\n{pc}"])
    if lang == "nl":
        p = pc.replace(" ", "") if rng.random() < 0.5 else pc
        return rng.choice([f"{st} {no} {p} {city}", f"{st} {no}, {p} {city}", f"{st} {no}\n{p} {city}", f"{st} {no} {city}"])
    if lang == "nb":
        return rng.choice([f"{st} {no}, {pc} {city}", f"{st} {no} {pc} {city}", f"{st} {no}, {city}", f"{st} {no}\n{pc} {city}"])
    apt = rng.randint(1, 120)
    return rng.choice([f"г. {city}, {st}, д. {no}, кв. {apt}", f"{city}, {st} {no}-{apt}", f"{pc}, {city}, {st}, {no}, кв {apt}", f"{st} {no} кв {apt} {city}"])


def company(rng: random.Random, lang: str, sec: dict) -> dict:
    st = rng.choice(CO_STREETS[lang])
    city, pc = rng.choice(CITIES[lang])
    no = rng.randint(2, 90)
    caddr = {"en": f"Unit {no}, {st}, {city} {pc}", "nl": f"{st} {no}, {pc} {city}", "nb": f"{st} {no}, {pc} {city}", "ru": f"г. {city}, {st}, д. {no}"}[lang]
    if lang == "en":
        cid = rng.choice([f"0{digits(rng, 7)}", f"SC{digits(rng, 6)}"])
    elif lang == "nl":
        cid = digits(rng, 8)
    elif lang == "nb":
        while True:
            cid = rng.choice("89") + digits(rng, 8, first_nonzero=False)
            if orgnr.is_valid(cid):
                break
        cid = f"{cid[:3]} {cid[3:6]} {cid[6:]}"
    else:
        base = rng.choice("57") + digits(rng, 8, first_nonzero=False)
        cid = base + inn.calc_company_check_digit(base)
    cacct = {"en": lambda: iban(rng, "GB"), "nl": lambda: iban(rng, "NL"), "nb": lambda: iban(rng, "NO"), "ru": lambda: "40702810" + digits(rng, 12, first_nonzero=False)}[lang]()
    local = rng.choice(["hello", "info", "support", "kundeservice" if lang == "nb" else "service", "post"])
    return {"co": sec["co"][lang], "cphone": landline(rng, lang), "cemail": f"{local}@{sec['dom']}.{CO_TLD[lang]}", "caddr": caddr, "cid": cid, "cacct": cacct}


# ---------------------------------------------------------------------------------------
# one conversation
# ---------------------------------------------------------------------------------------


class Chat:
    def __init__(self, rng: random.Random, lang: str, sec: dict, comp: dict) -> None:
        self.rng, self.lang, self.sec, self.comp = rng, lang, sec, comp
        self.turns: list[tuple[str, list[Part]]] = []
        self.sex = rng.choice("mf")
        self.first, self.last = self.name(self.sex)
        self.cn = CN_NOUN[lang][sec["cn"]]
        self.thing = sec["thing"][lang]

    # names ---------------------------------------------------------------------------
    def name(self, sex: str, last: str | None = None) -> tuple[str, str]:
        lang, rng = self.lang, self.rng
        first = rng.choice((FIRST_M if sex == "m" else FIRST_F)[lang])
        if lang == "ru":
            pair = rng.choice(RU_LAST)
            if last:
                pair = next((p for p in RU_LAST if last in p), pair)
            return first, pair[0] if sex == "m" else pair[1]
        return first, last or rng.choice(LAST[lang])

    def full(self, first: str, last: str, sex: str) -> str:
        r = self.rng.random()
        if self.lang == "ru" and r < 0.25:
            patr = self.rng.choice(RU_PATR)[0 if sex == "m" else 1]
            return f"{last} {first} {patr}"
        if self.lang == "ru" and r < 0.4:
            return f"{last} {first}"
        return f"{first} {last}"

    # turns ---------------------------------------------------------------------------
    def say(self, role: str, parts: list[Part]) -> None:
        self.turns.append((role, parts))

    def fill(self, template: str, **given: Part) -> list[Part]:
        out: list[Part] = []
        for piece in re.split(r"(\{[a-z_0-9]+\})", template):
            if piece.startswith("{") and piece.endswith("}"):
                key = piece[1:-1]
                out.append(given[key] if key in given else self.slot(key))
            elif piece:
                out.append(piece)
        return out

    def slot(self, key: str) -> Part:
        rng, lang, comp = self.rng, self.lang, self.comp
        if key in ("co", "cphone", "cemail", "caddr", "cid", "cacct"):
            kind = {"co": "company_name", "cphone": "company_phone", "cemail": "company_email", "caddr": "company_address", "cid": "company_id", "cacct": "company_account"}[key]
            return N(comp[key], kind)
        if key == "cn":
            return self.cn
        if key == "thing":
            return self.thing
        if key == "req":
            return self.sec["req"][lang]
        if key == "order":
            return N(rng.choice(["", "#", "ORD-", "B", f"{self.sec['pfx']}-O"]) + digits(rng, rng.choice([6, 7, 8])), "order_number")
        if key == "invoice":
            return N(rng.choice(["INV-", "F", "2026-", "FA", ""]) + digits(rng, rng.choice([5, 6])), "invoice_number")
        if key == "case":
            return N(rng.choice(["CS-", "#", "SR", "C"]) + digits(rng, rng.choice([5, 6])), "case_number")
        if key == "product":
            return N(rng.choice(["SKU-", "ART-", "", "P"]) + digits(rng, rng.choice([4, 5])) + rng.choice(["", "-B", "-XL", "/2"]), "product_code")
        if key == "tracking":
            return N(rng.choice(["3S" + "".join(rng.choice("ABCDEFGHKLMN") for _ in range(4)) + digits(rng, 9), "JVGL" + digits(rng, 12), "80" + digits(rng, 12)]), "tracking_number")
        if key == "voucher":
            return N(rng.choice(VOUCHERS[lang]), "voucher_code")
        if key == "amount":
            e, c = rng.randint(12, 2400), rng.randint(0, 99)
            return N({"en": f"£{e}.{c:02d}", "nl": f"€ {e},{c:02d}", "nb": rng.choice([f"kr {e}", f"{e},-"]), "ru": f"{e} ₽"}[lang], "amount")
        if key in ("time", "time2"):
            h, mi = rng.randint(7, 20), rng.choice([0, 15, 30, 45])
            return N({"en": rng.choice([f"{h}:{mi:02d}", f"{h % 12 or 12}:{mi:02d}pm" if h >= 12 else f"{h}:{mi:02d}am"]), "nl": f"{h}.{mi:02d}", "nb": f"{h}.{mi:02d}", "ru": f"{h}:{mi:02d}"}[lang], "time")
        if key == "date":
            return N(other_date(rng, lang), "appointment_date")
        if key == "tdate":
            return N(other_date(rng, lang), "travel_date")
        if key == "dest":
            return N(rng.choice(DESTS[lang]), "destination")
        if key == "branch":
            return N(rng.choice(BRANCHES[lang]), "branch")
        if key == "qty":
            return N(str(rng.randint(2, 60)), "quantity")
        if key == "room":
            return N(rng.choice(["3", "4B", "12", "A2", "214", "7"]), "room_number")
        if key == "agent":
            return E(rng.choice(FIRST_M[lang] + FIRST_F[lang]), "PERSON", "plain")
        raise KeyError(key)

    def agent(self, template: str, **given: Part) -> None:
        self.say("agent", self.fill(template, **given))

    def customer(self, template: str, **given: Part) -> None:
        self.say("customer", self.fill(template, **given))

    # values --------------------------------------------------------------------------
    def account_type(self) -> str:
        if self.lang == "nl":
            return "IBAN_CODE"
        if self.lang == "ru":
            return "BANK_ACCOUNT"
        return self.rng.choice(["IBAN_CODE", "BANK_ACCOUNT"])

    def value(self, typ: str, who: tuple[str, str, str] | None = None) -> tuple[str, str, str]:
        """(entity type, question key, value) for an ask type."""
        rng, lang = self.rng, self.lang
        first, last, sex = who or (self.first, self.last, self.sex)
        if typ == "ACCOUNT":
            typ = self.account_type()
        qkey = typ
        if typ == "CUSTOMER_NUMBER":
            v = customer_number(rng, self.sec["pfx"])
        elif typ == "BOOKING_REFERENCE":
            v = booking_ref(rng)
        elif typ == "PASSPORT":
            v = passport(rng, lang)
            if lang == "ru" and rng.random() < 0.4:
                v = f"{digits(rng, 2)} {digits(rng, 2, first_nonzero=False)} {digits(rng, 6)}"
        elif typ == "DATE_OF_BIRTH":
            v = dob_text(rng, lang, rng.randint(1, 28), rng.randint(1, 12), rng.randint(1944, 2012))
        elif typ == "EMAIL_ADDRESS":
            v = self.email(first, last)
        elif typ == "PHONE_NUMBER":
            v = mobile(rng, lang) if rng.random() < 0.6 else landline(rng, lang)
        elif typ == "PERSON":
            v = self.full(first, last, sex) if rng.random() < 0.8 else first
        elif typ == "NATIONAL_ID":
            if lang == "en":
                v = ni_number(rng)
            elif lang == "nl":
                b = nl_bsn(rng)
                v = rng.choice([b, b, f"{b[:4]}.{b[4:6]}.{b[6:]}", f"{b[:3]} {b[3:6]} {b[6:]}"])
            elif lang == "nb":
                f, _ = no_fnr(rng)
                v = rng.choice([f, f, f"{f[:6]} {f[6:]}"])
            elif rng.random() < 0.5:
                v, qkey = ru_inn(rng), "INN"
            else:
                v, qkey = ru_snils(rng), "SNILS"
        elif typ == "IBAN_CODE":
            v = iban(rng, {"en": "GB", "nl": "NL", "nb": "NO"}[lang])
            if rng.random() < 0.3:
                v = v.replace(" ", "")
        elif typ == "BANK_ACCOUNT":
            if lang == "en":
                d = digits(rng, 6, first_nonzero=False)
                v = f"{d[:2]}-{d[2:4]}-{d[4:]} {digits(rng, 8)}"
            elif lang == "nb":
                while True:
                    k = digits(rng, 11)
                    if kontonr.is_valid(k) and not k.startswith(("0", "1")):
                        break
                v = rng.choice([k, f"{k[:4]}.{k[4:6]}.{k[6:]}", f"{k[:4]} {k[4:6]} {k[6:]}"])
            else:
                a = ru_account(rng)
                v = rng.choice([a, a, f"{a[:5]} {a[5:8]} {a[8]} {a[9:13]} {a[13:]}"])
        elif typ == "CREDIT_CARD":
            v = luhn_card(rng, lang)
        elif typ == "FLIGHT_NUMBER":
            v = flight(rng, lang)
        elif typ == "TICKET_NUMBER":
            v = ticket(rng, lang)
        elif typ == "LOCATION":
            v = address(rng, lang)
        else:
            raise ValueError(typ)
        return typ, qkey, v

    def email(self, first: str, last: str) -> str:
        rng = self.rng
        f, la = ascii_name(first), ascii_name(last.split()[-1])
        local = rng.choice([f"{f}.{la}", f"{f[0]}.{la}", f"{f}{la}{rng.randint(1, 99)}", f"{la}.{f}", f"{f}_{la}", f"{f}-{la}{rng.randint(70, 99)}", f"{f}{rng.randint(1980, 2005)}"])
        return f"{local}@{rng.choice(DOMAINS[self.lang])}"

    def question(self, qkey: str) -> str:
        q = self.rng.choice(Q[self.lang][qkey])
        q = q.replace("{cn}", self.cn).replace("{thing}", self.thing)
        return self.rng.choice(LEAD[self.lang]) + q

    def cue(self, qkey: str, typ: str) -> str:
        table = CUE[self.lang]
        t = self.rng.choice(table.get(qkey) or table[typ])
        return t.replace("{cn}", self.cn)

    def travel(self) -> bool:
        return any(t in self.sec["types"] for t in ("FLIGHT_NUMBER", "TICKET_NUMBER"))

    def types(self) -> list[str]:
        extra = [] if "DATE_OF_BIRTH" in self.sec["types"] else ["DATE_OF_BIRTH"]
        return [*self.sec["types"], *extra, "EMAIL_ADDRESS", "PHONE_NUMBER", "PERSON"]

    # the asks, one per class ---------------------------------------------------------
    def ask_bare(self, ask: str) -> None:
        rng, lang = self.rng, self.lang
        typ, qkey, v = self.value(ask)
        self.agent(self.question(qkey))
        shown = v
        if typ in ("BOOKING_REFERENCE", "PASSPORT", "EMAIL_ADDRESS", "PERSON", "FLIGHT_NUMBER", "IBAN_CODE", "CUSTOMER_NUMBER") and rng.random() < 0.35:
            shown = v.lower()
        mode = rng.randint(0, 5)
        if mode == 1:
            self.customer(rng.choice(ONE_MOMENT[lang]))
            if rng.random() < 0.6:
                self.agent(rng.choice(WAIT_OK[lang]))
        elif mode == 2:
            self.customer(rng.choice(BACK_Q[lang]))
            self.agent(rng.choice(BACK_A[lang]))
        elif mode == 3:
            self.customer(rng.choice(SIDE_Q[lang]))
            self.agent(rng.choice(SIDE_A[lang]))
            self.agent(rng.choice(RE_ASK[lang]))
        elif (mode == 4 or WRONG_COUNT[lang + typ] < 8 or rng.random() < 0.3) and typ in WRONG_FIX[lang]:
            self.wrong_first(typ)
        pre = rng.choice(BARE_PRE[lang]) if rng.random() < 0.15 else ""
        self.say("customer", [pre, E(shown, typ, "bare_answer"), rng.choice(BARE_POST)])

    def wrong_first(self, typ: str) -> None:
        """The customer answers with another number or date first; the agent says so."""
        rng, lang = self.rng, self.lang
        WRONG_COUNT[lang + typ] += 1  # the wrong numbers take turns, so that every kind occurs
        wrong = {"CUSTOMER_NUMBER": ["order", "invoice", "case", "product"][WRONG_COUNT[lang + typ] % 4], "DATE_OF_BIRTH": "tdate" if self.travel() else "date", "BOOKING_REFERENCE": "voucher"}[typ]
        neg = self.slot(wrong)
        fixes = WRONG_FIX[lang][typ]
        fix = fixes[{"order": 0, "invoice": 1, "case": 2, "product": 3}.get(wrong, rng.randrange(len(fixes)))]
        self.say("customer", [neg])
        self.agent(fix.replace("{cn}", self.cn))

    def ask_plain(self, ask: str) -> None:
        rng = self.rng
        typ, qkey, v = self.value(ask)
        if rng.random() < 0.6:
            self.agent(self.question(qkey))
            if typ in WRONG_FIX[self.lang] and rng.random() < 0.25:
                self.wrong_first(typ)
        t = self.cue(qkey, typ)
        if rng.random() < 0.3:
            t = t[0].upper() + t[1:]
        self.customer(t, v=E(v, typ, "plain"))

    def ask_address(self) -> None:
        rng, lang = self.rng, self.lang
        if rng.random() < 0.35:
            i = rng.randrange(2)
            self.agent(ADDR_Q_EXTRA[lang][i])
            neg = self.slot("branch" if i == 0 else "dest")
            text = neg.text.lower() if rng.random() < 0.5 else neg.text
            self.say("customer", [N(text, neg.kind)])
        self.agent(self.question("LOCATION"))
        if rng.random() < 0.2:
            self.customer(rng.choice(ONE_MOMENT[lang]))
        v = address(rng, lang)
        if rng.random() < 0.85:
            v = v.lower()
        tail = rng.choice(["", "", "", " pls", " 🙂", ".", " (side door)" if lang == "en" else ""])
        self.say("customer", [E(v, "LOCATION", "address_no_cue"), tail])

    def ask_split(self, ask: str, mode: str) -> int:
        """A value cut in two or three customer messages, or typed and corrected; returns parts."""
        rng, lang = self.rng, self.lang
        typ, qkey, v = self.value(ask)
        if typ == "FLIGHT_NUMBER" or len(v) < 6:
            typ, qkey, v = self.value("PHONE_NUMBER")
        self.agent(self.question(qkey))
        if typ in WRONG_FIX[lang] and rng.random() < 0.25:
            self.wrong_first(typ)
        if mode == "correct":
            idx = [i for i, c in enumerate(v) if c.isdigit()]
            if idx:
                i = rng.choice(idx)
                wrong = v[:i] + rng.choice([d for d in "0123456789" if d != v[i]]) + v[i + 1 :]
            else:  # an e-mail without digits: one letter mistyped
                i = rng.choice([i for i, c in enumerate(v) if c.isalpha() and c.islower()])
                wrong = v[:i] + rng.choice([d for d in "aeinorst" if d != v[i]]) + v[i + 1 :]
            self.say("customer", [E(wrong, typ, "split")])
            t = rng.choice(CORRECT[lang])
            self.customer(t, v=E(v, typ, "split"))
            return 2
        k = 3 if mode == "three" else 2
        pieces = cut(rng, v, k)
        for j, p in enumerate(pieces):
            pre = rng.choice(BARE_PRE[lang]) if j == 0 and rng.random() < 0.2 else ""
            post = rng.choice(["", "", "...", " …", "-"]) if j < len(pieces) - 1 else rng.choice(SPLIT_TAIL[lang])
            lead = rng.choice(["", "", "", "...", "and "]) if j > 0 and lang == "en" else ""
            self.say("customer", [pre, lead, E(p, typ, "split"), post])
        return k

    def ask_disguised(self, ask: str, trick: str) -> None:
        rng, lang = self.rng, self.lang
        typ, qkey, v = self.value(ask)
        if typ == "EMAIL_ADDRESS":
            d = self.spell_email(v)
        else:
            d = disguise(rng, lang, v, trick)
        if rng.random() < 0.7:
            self.agent(self.question(qkey))
            if typ in WRONG_FIX[lang] and rng.random() < 0.25:
                self.wrong_first(typ)
            elif rng.random() < 0.15:
                self.customer(rng.choice(ONE_MOMENT[lang]))
            self.say("customer", [E(d, typ, "disguised"), rng.choice(BARE_POST)])
        else:
            self.customer(self.cue(qkey, typ), v=E(d, typ, "disguised"))

    def spell_email(self, v: str) -> str:
        rng, lang = self.rng, self.lang
        local, dom = v.split("@")
        style = rng.randint(0, 5)
        if style == 5:
            return f"{local}＠{dom}"  # a full-width at sign
        at, dot = rng.choice(EMAIL_WORDS[lang])
        if style == 4:
            return f"{local} {at} {dom}"
        s = f"{local.replace('.', f' {dot} ')} {at} {dom.replace('.', f' {dot} ')}"
        if style == 3:
            s = s.replace("_", " underscore " if lang == "en" else " _ ")
        return s.upper() if style == 2 and lang == "en" else s

    def ask_list(self) -> None:
        rng, lang = self.rng, self.lang
        kinds = ["people", "people", "accounts", "phones", "emails"]
        kind = rng.choice(kinds)
        st = self.sec["types"]
        idx = {"accounts": 5, "phones": 6, "emails": 7}.get(kind)
        if kind == "people":
            fields = [t for t in ("DATE_OF_BIRTH", "PASSPORT", "NATIONAL_ID", "CUSTOMER_NUMBER") if t in st] or ["DATE_OF_BIRTH"]
            fields = rng.sample(fields, min(len(fields), rng.choice([1, 2])))
            if "DATE_OF_BIRTH" in fields and "PASSPORT" in fields:
                idx = 4
            elif fields == ["PASSPORT"]:
                idx = 1
            elif fields == ["DATE_OF_BIRTH"]:
                idx = 0
            else:
                idx = rng.choice([2, 3])
        else:
            fields = {"accounts": ["CUSTOMER_NUMBER"], "phones": ["PHONE_NUMBER"], "emails": ["EMAIL_ADDRESS"]}[kind]
        self.agent(rng.choice(LEAD[lang]) + LIST_ASK[lang][idx])
        n = rng.choice([2, 2, 3, 3, 4])
        people = [(self.first, self.last, self.sex, None)]
        for _ in range(n - 1):
            rel, sex = rng.choice(REL[lang])
            fam = rng.random() < 0.6
            f, la = self.name(sex, self.last if fam else None)
            people.append((f, la, sex, rel))
        layout = rng.choice(["inline", "lines", "numbered", "bullets", "semicolon", "parens"])
        if kind != "people" and layout == "parens":
            layout = "inline"
        lower = rng.random() < 0.3
        items: list[list[Part]] = []
        for j, (f, la, sex, rel) in enumerate(people):
            parts: list[Part] = []
            nm = f if (kind != "people" and rng.random() < 0.5) else self.full(f, la, sex)
            if lower:
                nm = nm.lower()
            name_e = E(nm, "PERSON", "list")
            vals = []
            for fld in fields:
                _, _, v = self.value(fld, (f, la, sex))
                if fld == "PASSPORT" and lang == "ru":
                    v = passport(rng, lang)
                vals.append(E(v, fld, "list"))
            if kind == "people":
                if rel and layout in ("inline", "semicolon") and rng.random() < 0.7:
                    parts.append(rel + " ")
                parts.append(name_e)
                if layout == "parens":
                    parts.append(" (")
                    for i, ve in enumerate(vals):
                        parts += [", " if i else "", ve]
                    parts.append(")")
                else:
                    sep = rng.choice([", ", " ", " - ", " / "]) if layout != "lines" else rng.choice([" – ", ", ", " | "])
                    for ve in vals:
                        parts += [sep, ve]
            else:
                who = rng.choice(MINE[lang]) if j == 0 else rel
                r = rng.random()
                if r < 0.35 and who:
                    parts += [vals[0], f" ({who})"]
                elif r < 0.7:
                    parts += [vals[0], " (", name_e, ")"]
                else:
                    parts += [name_e, ": ", vals[0]]
            items.append(parts)
        msg: list[Part] = [rng.choice(LIST_INTRO[lang])]
        for j, it in enumerate(items):
            if layout == "inline":
                msg += [(AND[lang] if j == len(items) - 1 else ", ") if j else "", *it]
            elif layout == "semicolon":
                msg += ["; " if j else "", *it]
            elif layout == "parens":
                msg += [(AND[lang] if j == len(items) - 1 else ", ") if j else "", *it]
            elif layout == "lines":
                msg += ["\n" if j else "", *it]
            elif layout == "numbered":
                msg += ["\n" if j else "", f"{j + 1}{rng.choice(['.', ')'])} ", *it]
            else:
                msg += ["\n" if j else "", "- ", *it]
        self.say("customer", msg)

    # framing -------------------------------------------------------------------------
    def filler(self) -> None:
        rng, lang = self.rng, self.lang
        if rng.random() < 0.6:
            self.agent(rng.choice(AGENT_NEG[lang]))
        else:
            self.customer(rng.choice(CUST_NEG[lang]))

    def visit_detour(self) -> None:
        """The date and time of a visit as bare answers (hard negatives)."""
        q = {"en": ["When would you like us to come?", "What time suits you?"], "nl": ["Wanneer komt het u uit?", "Hoe laat schikt het?"],
             "nb": ["Når passer det at vi kommer?", "Hvilket klokkeslett passer?"], "ru": ["Когда вам удобно?", "Во сколько?"]}[self.lang]
        self.agent(q[0])
        self.say("customer", [self.slot("date")])
        self.agent(q[1])
        self.say("customer", [self.slot("time")])

    def travel_detour(self) -> None:
        """Destination and travel date as bare answers (hard negatives)."""
        rng, lang = self.rng, self.lang
        q = {"en": ["Where are you flying to?", "When do you fly out?"], "nl": ["Waar vliegt u naartoe?", "Wanneer vertrekt u?"],
             "nb": ["Hvor flyr du?", "Når reiser du?"], "ru": ["Куда летите?", "Когда вылет?"]}[lang]
        self.agent(q[0])
        d = self.slot("dest")
        self.say("customer", [N(d.text.lower() if rng.random() < 0.5 else d.text, "destination")])
        self.agent(q[1])
        self.say("customer", [self.slot("tdate")])


def cut(rng: random.Random, v: str, k: int) -> list[str]:
    """Cut v into k non-empty pieces at group boundaries or inside a group."""
    while True:
        spaces = [i for i, c in enumerate(v) if c in " \n" and 2 <= i <= len(v) - 2]
        cuts: set[int] = set()
        while len(cuts) < k - 1:
            if spaces and rng.random() < 0.5:
                cuts.add(rng.choice(spaces))
            else:
                cuts.add(rng.randint(2, len(v) - 2))
        bounds = [0, *sorted(cuts), len(v)]
        pieces = [v[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False)]
        if all(len(p) >= 2 and any(c.isalnum() for c in p) for p in pieces):
            return pieces


def word_groups(rng: random.Random, lang: str, v: str) -> str:
    """Digits as words, group by group, English with 'oh' and 'double'."""
    groups = [g for g in re.split(r"[\s\-./()]+", v) if g]
    out = []
    for g in groups:
        ws: list[str] = []
        i = 0
        while i < len(g):
            c = g[i]
            if not c.isdigit():
                ws.append(c)
                i += 1
                continue
            w = NUMBER_WORDS[lang][int(c)]
            if lang == "en" and c == "0" and rng.random() < 0.5:
                w = "oh"
            if lang == "en" and i + 1 < len(g) and g[i + 1] == c and rng.random() < 0.6:
                ws.append(f"double {w}")
                i += 2
                continue
            ws.append(w)
            i += 1
        out.append(" ".join(ws))
    return rng.choice([", ", " - ", " "]).join(out)


INVIS = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]


def disguise(rng: random.Random, lang: str, v: str, trick: str) -> str:
    if trick == "homoglyph":
        h = with_homoglyphs(rng, v, rng.choice([1, 2, 3]))
        if h != v:
            return h
        trick = "invisible"
    if trick == "invisible":
        chars = list(v)
        for _ in range(rng.choice([1, 2, 3])):
            chars.insert(rng.randint(1, len(chars) - 1), rng.choice(INVIS))
        return "".join(chars)
    if trick == "mixed":
        s = digits_as_words(rng, lang, v, mixed=True)
        return s if " " in s else word_groups(rng, lang, v)
    if trick == "words":
        return digits_as_words(rng, lang, v)
    return word_groups(rng, lang, v)


# ---------------------------------------------------------------------------------------
# the set
# ---------------------------------------------------------------------------------------


def plan(lang: str) -> list[str]:
    """The class of each of the 150 conversations of a language, shuffled (seeded)."""
    classes = [c for c in CLASSES for _ in range(25)]
    random.Random(SEED * 10 + LANGS.index(lang)).shuffle(classes)
    return classes


DISGUISE_TYPES = ["CUSTOMER_NUMBER", "PHONE_NUMBER", "ACCOUNT", "PASSPORT", "BOOKING_REFERENCE", "NATIONAL_ID", "CREDIT_CARD", "TICKET_NUMBER"]
TRICKS = ["words", "mixed", "groups", "invisible", "homoglyph"]
WRONG_COUNT: Counter[str] = Counter()


def build_conversation(rng: random.Random, lang: str, cls: str, sec: dict, comp: dict) -> list[tuple[str, list[Part]]]:
    c = Chat(rng, lang, sec, comp)
    c.agent(rng.choice(GREET[lang]))
    c.customer(rng.choice(OPEN[lang]))
    types = c.types()
    if cls == "bare_answer":
        asks = rng.sample(types, min(len(types), rng.choice([2, 3, 3])))
        if "CUSTOMER_NUMBER" in types and "CUSTOMER_NUMBER" not in asks and rng.random() < 0.5:
            asks[-1] = "CUSTOMER_NUMBER"
        for a in asks:
            c.ask_bare(a)
            if rng.random() < 0.35:
                c.filler()
    elif cls == "plain":
        asks = rng.sample(types, min(len(types), rng.choice([2, 3, 4])))
        for a in asks:
            c.ask_plain(a)
            if rng.random() < 0.3:
                c.filler()
    elif cls == "address_no_cue":
        c.ask_address()
        c.filler()
        c.ask_bare(rng.choice(["PHONE_NUMBER", "PERSON", "EMAIL_ADDRESS"]))
        if rng.random() < 0.4:
            c.ask_address()
    elif cls == "list":
        c.ask_list()
        c.filler()
        if rng.random() < 0.5:
            c.ask_list()
        else:
            c.ask_plain(rng.choice(types))
    elif cls == "split":
        combos = [("two", "correct"), ("three", "two"), ("two", "two"), ("correct", "three"), ("three", "three"), ("correct", "correct")]
        m1, m2 = rng.choice(combos)
        pool = [t for t in types if t not in ("PERSON", "DATE_OF_BIRTH")] + ["LOCATION"]
        a1, a2 = rng.sample(pool, 2)
        c.ask_split(a1, m1)
        c.filler()
        c.ask_split(a2, m2)
    else:  # disguised
        pool = [t for t in types if t in DISGUISE_TYPES or t in ("EMAIL_ADDRESS", "PHONE_NUMBER")]
        asks = rng.sample(pool, min(len(pool), rng.choice([2, 3])))
        if "EMAIL_ADDRESS" not in asks and rng.random() < 0.5:
            asks[0] = "EMAIL_ADDRESS"
        for a in asks:
            c.ask_disguised(a, rng.choice(TRICKS))
            if rng.random() < 0.3:
                c.filler()
    if rng.random() < 0.5 and len(c.turns) <= 12:
        if c.travel():
            c.travel_detour()
            if rng.random() < 0.6:
                flight_or_ticket = rng.choice(["FLIGHT_NUMBER", "TICKET_NUMBER"])
                if cls == "bare_answer":
                    c.ask_bare(flight_or_ticket)
                else:
                    c.ask_plain(flight_or_ticket)
        else:
            c.visit_detour()
    for _ in range(rng.choice([1, 1, 2])):
        if len(c.turns) < 21:
            c.filler()
    while len(c.turns) < 6:  # short chats get one more value with its cue, or a hard negative
        if rng.random() < 0.5:
            c.ask_plain(rng.choice(types))
        else:
            c.filler()
    c.agent(rng.choice(CLOSE_Q[lang]))
    c.customer(rng.choice(CLOSE_C[lang]))
    c.agent(rng.choice(BYE[lang]))
    assert len(c.turns) <= 25
    return c.turns


def build() -> list[dict]:
    rng = random.Random(SEED)
    WRONG_COUNT.clear()
    comps = {lang: [company(rng, lang, s) for s in SECTORS] for lang in LANGS}
    records: list[dict] = []
    for lang in LANGS:
        order = list(range(len(SECTORS))) * 8
        rng.shuffle(order)
        for i, cls in enumerate(plan(lang), 1):
            k = order[i - 1]
            turns = build_conversation(rng, lang, cls, SECTORS[k], comps[lang][k])
            records += conversation_records(f"{NAME}-{lang}-{i:03d}", lang, turns)
    return records


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else OUT
    records = build()
    errors = verify(records)
    if errors:
        print("\n".join(errors[:20]), file=sys.stderr)
        return 1
    write_jsonl(records, out)
    print(f"wrote {len(records)} messages to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
