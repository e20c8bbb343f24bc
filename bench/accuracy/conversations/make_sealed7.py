# ruff: noqa: E501  (hand-written phrase, name, street and town tables)
"""Write ``sealed7.jsonl``: the seventh sealed set of multi-turn conversations (issue 13).

Written blind: without reading privacyguard's rules, detector, docs or the other sets and their
generators. Only the checksummed number helpers and the offset-exact assembly of
``make_values.py`` are reused; names, streets, towns, businesses and phrasings are this file's own.

Deterministic: ``python make_sealed7.py [out_path]`` always writes the same bytes (seed 20261210).
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

import phonenumbers

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_values import (  # noqa: E402
    NUMBER_WORDS,
    ZERO_WIDTH,
    E,
    N,
    Part,
    T,
    ascii_name,
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

SEED = 20261210
PREFIX = "sealed7"
PER_CLASS = 25  # conversations per class and language
LANGS = ("en", "nl", "nb", "ru")
CLASSES = ("bare_answer", "list", "split", "disguised", "address_no_cue", "plain")
NEG_KINDS = {
    "order_number", "travel_date", "destination", "amount", "time", "tracking_number", "seat",
    "product_code", "company_phone", "flight_number", "case_number", "company_address",
}  # fmt: skip

Turn = tuple[str, list[Part]]

# ---------------------------------------------------------------------------------------
# people, places, businesses (this file's own tables)
# ---------------------------------------------------------------------------------------

FIRST = {
    "en": ["Callum", "Bethany", "Rhys", "Imogen", "Declan", "Harriet", "Fraser", "Niamh", "Owen",
           "Tamsin", "Gareth", "Eleanor", "Rory", "Phoebe", "Lewis", "Martha", "Ewan", "Rosalind"],
    "nl": ["Jasper", "Marloes", "Hidde", "Roos", "Stijn", "Floor", "Gijs", "Merel", "Teun", "Iris",
           "Bas", "Sterre", "Luuk", "Jente", "Niels", "Esmee", "Mees", "Wietske"],
    "nb": ["Trond", "Ingvild", "Espen", "Guro", "Halvard", "Sunniva", "Audun", "Maren", "Bjørnar",
           "Tuva", "Odd", "Live", "Ståle", "Synnøve", "Eivind", "Idun", "Gaute", "Randi"],
    "ru": ["Глеб", "Вера", "Тимофей", "Дарья", "Роман", "Полина", "Егор", "Алёна", "Илья", "Зоя",
           "Фёдор", "Варвара", "Семён", "Лидия", "Вадим", "Нина", "Кирилл", "Кира"],
}  # fmt: skip
RU_FEM = {"Вера", "Дарья", "Полина", "Алёна", "Зоя", "Варвара", "Лидия", "Нина", "Кира"}
LAST = {
    "en": ["Pritchard", "Okafor", "Bramley", "Featherstone", "McAllister", "Ridley", "Haworth",
           "Penhaligon", "Dunmore", "Ellery", "Trevelyan", "Chadwick", "Sandhu", "Barraclough", "Quinlan"],
    "nl": ["van Wijk", "Schouten", "de Groot", "Vermeulen", "Post", "Dekker", "van den Berg",
           "Bosman", "Prins", "Verhoeven", "Kok", "Timmermans", "de Haan", "Huisman", "van Rooij"],
    "nb": ["Fossum", "Rønning", "Sætre", "Bjørnstad", "Kvam", "Lie", "Tangen", "Myhre", "Hauge",
           "Nilsen", "Engebretsen", "Vik", "Sandvik", "Holm", "Ødegård"],
    "ru": ["Воронцов", "Калинин", "Шестаков", "Гусев", "Ершов", "Третьяков", "Журавлёв",
           "Медведев", "Крылов", "Сорокин", "Гришин", "Тихонов", "Баранов", "Уваров", "Титов"],
}  # fmt: skip
RU_PATR = {"m": ["Андреевич", "Олегович", "Викторович", "Павлович"],
           "f": ["Андреевна", "Олеговна", "Викторовна", "Павловна"]}  # fmt: skip

STREETS = {
    "en": ["Foxglove Crescent", "Tanners Row", "Belmont Terrace", "Wheatfield Drive", "Cromwell Gardens",
           "Larch Grove", "Abbey Walk", "Millstream Court", "Sandpiper Lane", "Granary Mews", "Ropewalk"],
    "nl": ["Vlierstraat", "Sparrenlaan", "Koekoeksweg", "Rozengaard", "Wilhelminastraat", "Esdoornhof",
           "Zwanenvest", "Klaverweide", "Brinkstraat", "Meidoornpad", "Populierenlaan", "Kortenaerkade"],
    "nb": ["Lyngveien", "Rypeveien", "Kvernbakken", "Einerveien", "Tyttebærstien", "Øvre Bakkegate",
           "Furulia", "Nordre Ringvei", "Lerkeveien", "Smedgata", "Bekkelia", "Nedre Torggata"],
    "ru": ["ул. Строителей", "ул. Липовая", "пр-т Победы", "ул. Заречная", "ул. Кирова", "ул. Некрасова",
           "Берёзовая ул.", "пер. Почтовый", "ул. Октябрьская", "ул. Рябиновая", "Школьная ул."],
}  # fmt: skip
TOWNS = {
    "en": [("Harrogate", "HG1 2RD"), ("Shrewsbury", "SY1 1QT"), ("Lancaster", "LA1 4XQ"), ("Exeter", "EX4 3PZ"),
           ("Ipswich", "IP4 1LT"), ("Stirling", "FK8 2BP"), ("Worcester", "WR1 3JN"), ("Carlisle", "CA1 1RW"),
           ("Truro", "TR1 2HN"), ("Dundee", "DD1 4QB")],
    "nl": [("Deventer", "7411 KT"), ("Amersfoort", "3811 MH"), ("Leeuwarden", "8911 BE"), ("Tilburg", "5038 TC"),
           ("Gouda", "2801 JG"), ("Assen", "9401 HK"), ("Roermond", "6041 GN"), ("Alkmaar", "1811 KS"),
           ("Hoorn", "1621 CK"), ("Middelburg", "4331 LK"), ("Nijmegen", "6511 PT")],
    "nb": [("Lillehammer", "2609"), ("Kristiansand", "4611"), ("Bodø", "8006"), ("Ålesund", "6002"),
           ("Sandnes", "4307"), ("Gjøvik", "2815"), ("Molde", "6413"), ("Harstad", "9405"),
           ("Tønsberg", "3126"), ("Fredrikstad", "1606"), ("Skien", "3724")],
    "ru": [("Ярославль", "150000"), ("Владимир", "600000"), ("Калуга", "248000"), ("Рязань", "390000"),
           ("Вологда", "160000"), ("Иркутск", "664003"), ("Курск", "305000"), ("Псков", "180000"),
           ("Тула", "300041"), ("Омск", "644099")],
}  # fmt: skip
DEST = {
    "en": ["Santander", "Bilbao", "Reykjavik", "Porto", "Cork", "Bergen", "Valencia", "Nice"],
    "nl": ["Terschelling", "Harwich", "Hull", "Faro", "Napels", "Ibiza", "Bonaire", "Vlieland"],
    "nb": ["Kiel", "Hirtshals", "Frederikshavn", "Málaga", "Kraków", "Reykjavík", "Nice", "Svolvær"],
    "ru": ["Хельсинки", "Таллин", "Ереван", "Калининград", "Мурманск", "Анапу", "Тбилиси", "Стокгольм"],
}  # fmt: skip
DOMAINS = {
    "en": ["gmail.com", "hotmail.co.uk", "sky.com", "virginmedia.com", "proton.me"],
    "nl": ["gmail.com", "hetnet.nl", "planet.nl", "live.nl", "outlook.com"],
    "nb": ["gmail.com", "altibox.no", "hotmail.com", "icloud.com", "broadpark.no"],
    "ru": ["mail.ru", "yandex.ru", "list.ru", "inbox.ru", "ya.ru"],
}

# sector -> per language (business name, customer-number noun), types asked in that sector
SECTORS: dict[str, tuple[dict[str, tuple[str, str]], list[str]]] = {
    "dentist": ({"en": ("Kingsbridge Dental", "patient number"), "nl": ("Tandartspraktijk De Kroon", "patiëntnummer"),
                 "nb": ("Tannlegene på Torget", "pasientnummer"), "ru": ("стоматология «Жемчуг»", "номер карты пациента")},
                ["CN", "DOB", "PH", "EM", "NID", "IB", "PER"]),
    "ferry": ({"en": ("Northway Ferries", "Seapass number"), "nl": ("Waddenveer", "relatienummer"),
               "nb": ("Fjordlinja", "kundenummer"), "ru": ("Балтийская паромная линия", "номер участника программы")},
              ["BR", "PP", "DOB", "PH", "EM", "CN", "CC", "PER"]),
    "admissions": ({"en": ("the Admissions Office of Ravensford University", "applicant ID"),
                    "nl": ("Hogeschool IJsselstad", "studentnummer"), "nb": ("Nordlys høgskole", "søkernummer"),
                    "ru": ("приёмная комиссия Волжского университета", "номер абитуриента")},
                   ["CN", "DOB", "PP", "EM", "PH", "NID", "PER"]),
    "carshare": ({"en": ("ClubCar Share", "member number"), "nl": ("DeelAuto Coöperatie", "lidnummer"),
                  "nb": ("Delebil Samvirke", "medlemsnummer"), "ru": ("каршеринг «Едем»", "номер аккаунта")},
                 ["CN", "IB", "CC", "PH", "EM", "DOB", "PER"]),
    "pharmacy": ({"en": ("Greenhill Pharmacy", "customer number"), "nl": ("Apotheek De Linde", "klantnummer"),
                  "nb": ("Apoteket Lindegården", "kundenummer"), "ru": ("аптека «Здоровье+»", "номер бонусной карты")},
                 ["CN", "DOB", "NID", "PH", "EM", "PER"]),
    "sportsfed": ({"en": ("the Northern Rowing Association", "licence number"), "nl": ("Korfbalbond Oost", "bondsnummer"),
                   "nb": ("Orienteringskretsen Øst", "lisensnummer"), "ru": ("Федерация спортивного ориентирования", "номер спортсмена")},
                  ["CN", "DOB", "EM", "PH", "IB", "PER"]),
    "pension": ({"en": ("Harbourline Pension Trust", "member reference"), "nl": ("Pensioenfonds Bouwzorg", "deelnemersnummer"),
                 "nb": ("Pensjonskassen Vestfjord", "medlemsnummer"), "ru": ("НПФ «Опора»", "номер клиента")},
                ["CN", "NID", "IB", "BA", "DOB", "PH", "PER"]),
    "vet": ({"en": ("Foxbury Vets", "client number"), "nl": ("Dierenkliniek Het Anker", "klantnummer"),
             "nb": ("Dyreklinikken Fjellro", "kundenummer"), "ru": ("ветклиника «Айболит-Плюс»", "номер карты владельца")},
            ["CN", "PH", "EM", "IB", "PER"]),
    "housing": ({"en": ("Mereside Housing Association", "tenancy reference"), "nl": ("Woonstichting De Veste", "huurdernummer"),
                 "nb": ("Boligbyggelaget Nordtun", "medlemsnummer"), "ru": ("УК «Уютный дом»", "номер лицевого счёта")},
                ["CN", "IB", "BA", "PH", "EM", "DOB", "PER"]),
    "concerts": ({"en": ("Blackbird Live", "account number"), "nl": ("Festivalbureau Zomerlicht", "klantnummer"),
                  "nb": ("Konsertkompaniet", "kundenummer"), "ru": ("концертное агентство «Звук»", "номер клиента")},
                 ["BR", "EM", "PH", "CC", "DOB", "CN", "PER"]),
    "customs": ({"en": ("Crossgate Customs Brokers", "client code"), "nl": ("Douane-expediteur Van Houten", "debiteurnummer"),
                 "nb": ("Tollagenten Grensevakt", "kundenummer"), "ru": ("таможенный брокер «ВЭД-Гарант»", "номер клиента")},
                ["PP", "NID", "PH", "EM", "CN", "IB", "PER"]),
    "marina": ({"en": ("Pennock Quay Marina", "berth holder number"), "nl": ("Jachthaven De Zeemeeuw", "lidnummer"),
                "nb": ("Småbåthavna Vika", "medlemsnummer"), "ru": ("яхт-клуб «Парус»", "членский номер")},
               ["CN", "IB", "PH", "EM", "PP", "PER"]),
    "tour": ({"en": ("Suncrest Holidays", "customer number"), "nl": ("Reisbureau Zonnewijzer", "klantnummer"),
              "nb": ("Sydenreiser Nord", "kundenummer"), "ru": ("турагентство «Пять морей»", "номер клиента")},
             ["BR", "TK", "PP", "DOB", "PH", "EM", "CN", "PER"]),
    "campsite": ({"en": ("Heatherdown Holiday Park", "guest number"), "nl": ("Camping De Berkenhoeve", "gastnummer"),
                  "nb": ("Fjellstua Hytteutleie", "kundenummer"), "ru": ("база отдыха «Сосновый бор»", "номер гостя")},
                 ["BR", "DOB", "PH", "EM", "CN", "CC", "PER"]),
    "coach": ({"en": ("Westlink Coaches", "loyalty number"), "nl": ("Noordlijn Touringcars", "spaarpasnummer"),
               "nb": ("Kystekspressen", "kundenummer"), "ru": ("автобусные линии «Дальний путь»", "номер карты лояльности")},
              ["BR", "PP", "DOB", "PH", "EM", "CN", "CC", "PER"]),
}  # fmt: skip
TRAVEL = {"ferry", "tour", "concerts", "campsite", "coach"}
CODE = {v: k for k, v in {"CN": "CUSTOMER_NUMBER", "DOB": "DATE_OF_BIRTH", "PP": "PASSPORT", "NID": "NATIONAL_ID",
        "BR": "BOOKING_REFERENCE", "PH": "PHONE_NUMBER", "EM": "EMAIL_ADDRESS", "IB": "IBAN_CODE",
        "BA": "BANK_ACCOUNT", "CC": "CREDIT_CARD", "TK": "TICKET_NUMBER", "LOC": "LOCATION", "PER": "PERSON"}.items()}  # fmt: skip

TYPE = {"CN": "CUSTOMER_NUMBER", "DOB": "DATE_OF_BIRTH", "PP": "PASSPORT", "NID": "NATIONAL_ID",
        "BR": "BOOKING_REFERENCE", "PH": "PHONE_NUMBER", "EM": "EMAIL_ADDRESS", "IB": "IBAN_CODE",
        "BA": "BANK_ACCOUNT", "CC": "CREDIT_CARD", "TK": "TICKET_NUMBER", "LOC": "LOCATION", "PER": "PERSON"}  # fmt: skip

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "nb": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
}  # fmt: skip

# ---------------------------------------------------------------------------------------
# phrase banks
# ---------------------------------------------------------------------------------------

B: dict[str, dict[str, list[str]]] = {"en": {}, "nl": {}, "nb": {}, "ru": {}}

B["en"].update(
    greet=[
        "Hi, you're chatting with {agent} at {biz}. How can I help?",
        "Good morning, {agent} here from {biz} 👋",
        "Hello! My name is {agent}, {biz} customer care. What can I do for you?",
        "{biz}, {agent} speaking. How can I help today?",
    ],
    open=[
        "hi, i need to change something on my account",
        "hello, quick question about my last invoice",
        "hiya, the payment didn't go through",
        "Hi there. I moved house and need to update my details",
        "morning. I never got the confirmation",
        "hi, can you check something for me",
        "Hello, I'd like a refund please",
    ],
    ok=[
        "Thanks!",
        "Great, thank you.",
        "Got it.",
        "Perfect, thanks.",
        "Lovely, thank you.",
        "Thanks, I've found you.",
    ],
    wait=[
        "one sec",
        "hang on, looking for it",
        "just a moment, it's in my other bag",
        "let me check the letter",
        "brb, need to find my glasses",
        "give me a minute",
    ],
    waitok=["No rush.", "Of course, take your time.", "Sure."],
    qback=[
        "the one on the card?",
        "which one, the long one?",
        "is that the number on the letter?",
        "do you mean the one from the email?",
    ],
    qbackok=["Yes, that one.", "Yes please.", "That's right."],
    close=[
        "Is there anything else I can help with?",
        "All sorted. Anything else?",
        "Done! Have a nice day.",
    ],
    bye=["no that's all, thanks", "that's it, cheers", "nope, thank you!", "great thanks bye"],
    fix=["sorry typo, {v}", "oops, it's {v}", "no wait: {v}", "correction {v}", "*{v} sorry"],
    fixpart=["sorry, end is {v}", "last bit should be {v}", "typo, the end is {v} not the other"],
    split2=["{v}", "{v} sorry hit enter too soon", "{v} oops", "...{v}"],
    split1=["{v}", "it's {v}", "{v}..."],
    addr=[
        "Where should we send it?",
        "What address should the new card go to?",
        "Where do you live now?",
        "Where shall we post the documents?",
        "And the delivery address?",
        "What's the new address?",
    ],
    addrans=["{v}", "{v} please", "to {v}", "it's {v} now", "{v} (the side door)"],
    listask=[
        "Could you give me the names and dates of birth of everyone travelling, with passport numbers?",
        "Please list everyone on the booking: name, date of birth and passport.",
        "I need the details of each person: full name and date of birth.",
        "Can you send me the names and membership numbers of the family members?",
    ],
    listintro=["here you go:", "ok:", "sure, ", "", "right so:", "for all of us:"],
    listand=[" and ", " and my wife ", " and our son ", " plus ", " & "],
    mix=["merci!", "danke", "ok ok", "cheers"],
    aside_q_time=["wait, what time do you close today?", "before i look - till when can i call?"],
    aside_q_amount=["before i look - how much is the refund?", "is there a fee for this btw?"],
    aside_time=["Usually same day if it's before {v}.", "We're open until {v}."],
    aside_amount=["There's a one-off fee of {v}.", "The refund is {v}, it takes 3-5 days."],
    neg_order=[
        "Hmm, that looks like an order number. I need your {cn}.",
        "That's an order number I think, do you have the {cn}?",
    ],
    neg_dob=[
        "That's the travel date, I need your own date of birth 🙂",
        "Sorry, I meant your date of birth, not the departure date.",
    ],
    when=[
        "When would you like to travel?",
        "Which date should we move it to?",
        "When is the new appointment for?",
    ],
    where=[
        "Where are you travelling to?",
        "And the destination?",
        "Which port are you sailing to?",
    ],
    ordq=["What's the order number?", "Do you have the order number?"],
    cphone=["You can also call us on {v}.", "If it drops, ring us on {v} (Mon-Fri)."],
    case=["I've opened case {v} for this.", "Your reference for this chat is {v}."],
    amount=[
        "The refund of {v} will be back on your card in 3-5 days.",
        "There's a fee of {v}, is that ok?",
    ],
    timeq=["Your slot is at {v}.", "We're open till {v} today."],
    track=["It's shipped, tracking {v}.", "The courier code is {v}."],
    product=["it's about item {v}", "the product code on the box says {v}"],
    flight=["Flight {v} is delayed by 40 min, sorry.", "Your connection is {v}."],
    seat=["You have seats {v} and {w}.", "I've moved you to seat {v}."],
    compaddr=["Please return it to our depot at {v}.", "You can pick it up at {v}."],
)
B["en"]["ask"] = {
    "CN": [
        "Could you give me your {cn}?",
        "What's your {cn}, please?",
        "and the {cn}?",
        "I'll need the {cn} to pull up the file.",
        "Do you have your {cn} handy?",
    ],
    "DOB": [
        "Can you confirm your date of birth?",
        "What's the date of birth on the account?",
        "and your DOB please",
        "For security, when were you born?",
    ],
    "PP": [
        "What's the passport number?",
        "I need the passport number for the manifest.",
        "Could you send the number of your passport?",
        "passport no. please",
    ],
    "BR": [
        "What's the booking reference?",
        "Which booking code is it?",
        "Can I have the 6-character reference from your confirmation?",
        "the booking ref?",
    ],
    "PH": [
        "What's the best number to reach you on?",
        "Which mobile number should we text?",
        "Could I have a contact number?",
        "And a phone number in case we need to call?",
    ],
    "EM": [
        "What's your email address?",
        "Which email should the receipt go to?",
        "Can you confirm the email on file?",
        "email?",
    ],
    "IB": [
        "Which IBAN should the refund go to?",
        "Could you give me the IBAN for the direct debit?",
        "What's the account (IBAN) we should pay into?",
    ],
    "BA": ["Sort code and account number please?", "What are the bank details for the refund?"],
    "CC": [
        "What's the long number on the card?",
        "Could you read me the card number?",
        "Which card did you pay with? I need the full number to trace it.",
    ],
    "TK": [
        "Do you have the e-ticket number? It's 13 digits.",
        "What's the ticket number on the receipt?",
    ],
    "PER": [
        "Who is the appointment for?",
        "What's the name on the booking?",
        "Full name of the account holder?",
        "And who should we add as second person?",
    ],
    "NID": ["What's your national insurance number?"],
}
B["en"]["plain"] = {
    "CN": [
        "my {cn} is {v}",
        "{cn}: {v}",
        "Hi, {cn} {v}, I have a question",
        "the {cn} should be {v}",
    ],
    "DOB": ["I was born on {v}", "date of birth {v}", "dob: {v}", "my birthday is {v}"],
    "PP": ["passport number {v}", "my passport is {v}", "passport no {v}, expires next year"],
    "BR": ["booking ref {v}", "my booking code is {v}", "reference {v}"],
    "PH": ["you can call me on {v}", "my mobile is {v}", "phone: {v}"],
    "EM": ["my email is {v}", "email: {v}", "please send it to {v}"],
    "IB": ["my IBAN is {v}", "IBAN {v}", "refund to IBAN {v} please"],
    "BA": ["sort code {v}", "account number {v}"],
    "CC": ["I paid with card {v}", "card number {v}"],
    "TK": ["e-ticket {v}", "ticket number {v}"],
    "PER": ["my name is {v}", "this is {v}", "it's for my partner, {v}"],
    "NID": ["NI number {v}"],
    "LOC": ["I live at {v}", "my address is {v}", "address: {v}"],
}

B["nl"].update(
    greet=[
        "Hoi, je chat met {agent} van {biz}. Waarmee kan ik helpen?",
        "Goedemorgen, u spreekt met {agent} van {biz}.",
        "Hallo! Ik ben {agent}, klantenservice {biz}. Wat kan ik voor je doen?",
        "{biz}, met {agent}. Hoe kan ik u helpen?",
    ],
    open=[
        "hoi ik wil iets wijzigen in mijn gegevens",
        "hallo, ik heb een vraag over mijn factuur",
        "de betaling is mislukt??",
        "Goedemiddag, ik ben verhuisd en wil mijn adres doorgeven",
        "ik heb nooit een bevestiging gekregen",
        "hee, kunnen jullie iets nakijken",
        "Hallo, ik wil graag mijn geld terug",
    ],
    ok=["Dank je!", "Top, dank u.", "Helder.", "Prima, dank je wel.", "Gevonden, dank u."],
    wait=[
        "momentje",
        "ff zoeken",
        "even kijken hoor, ligt in de la",
        "moment, ik pak de brief erbij",
        "sec, bril kwijt",
        "wacht even",
    ],
    waitok=["Geen haast.", "Neem gerust de tijd.", "Prima."],
    qback=[
        "die op de pas?",
        "welke, de lange?",
        "bedoelt u het nummer op de brief?",
        "die uit de mail?",
    ],
    qbackok=["Ja, die.", "Ja graag.", "Klopt."],
    close=[
        "Kan ik nog iets anders voor u doen?",
        "Alles geregeld. Nog iets?",
        "Klaar! Fijne dag verder.",
    ],
    bye=[
        "nee dat was het, bedankt",
        "dat was alles, thanks",
        "nee hoor dank je!",
        "top bedankt doei",
    ],
    fix=["sorry typfout, {v}", "oeps, het is {v}", "nee wacht: {v}", "correctie {v}", "*{v} sorry"],
    fixpart=["sorry, het eind is {v}", "laatste stuk moet {v} zijn", "typfout, eind is {v}"],
    split2=["{v}", "{v} sorry te vroeg op enter", "{v} oeps", "...{v}"],
    split1=["{v}", "het is {v}", "{v}..."],
    addr=[
        "Naar welk adres mogen we het sturen?",
        "Waar moet de nieuwe pas heen?",
        "Wat is uw nieuwe adres?",
        "Waar kunnen we de papieren naartoe sturen?",
        "En het bezorgadres?",
        "Waar woont u nu?",
    ],
    addrans=["{v}", "{v} graag", "naar {v}", "{v} nu", "{v} (achterom)"],
    listask=[
        "Kunt u de namen en geboortedata van alle reizigers geven, met paspoortnummer?",
        "Graag iedereen op de boeking: naam, geboortedatum en paspoort.",
        "Ik heb van iedereen de volledige naam en geboortedatum nodig.",
        "Kunt u de namen en lidnummers van de gezinsleden sturen?",
    ],
    listintro=["alsjeblieft:", "ok:", "hierbij ", "", "dus:", "voor ons allemaal:"],
    listand=[" en ", " en mijn vrouw ", " en onze zoon ", " plus ", " & "],
    mix=["thanks!", "sorry", "oké cool", "top, thx"],
    aside_q_time=[
        "wacht, hoe laat sluiten jullie vandaag?",
        "voordat ik zoek: tot hoe laat kan ik bellen?",
    ],
    aside_q_amount=["voordat ik zoek: hoeveel krijg ik terug?", "kost dit trouwens iets?"],
    aside_time=["Meestal dezelfde dag als het voor {v} is.", "We zijn open tot {v}."],
    aside_amount=["Er zijn eenmalige kosten van {v}.", "U krijgt {v} terug, dat duurt 3-5 dagen."],
    neg_order=[
        "Dat lijkt een ordernummer. Ik heb uw {cn} nodig.",
        "Dat is volgens mij een bestelnummer, heeft u het {cn}?",
    ],
    neg_dob=[
        "Dat is de reisdatum, ik bedoel uw eigen geboortedatum 🙂",
        "Sorry, ik bedoelde uw geboortedatum, niet de vertrekdatum.",
    ],
    when=[
        "Wanneer wilt u reizen?",
        "Naar welke datum zullen we het verzetten?",
        "Wanneer is de nieuwe afspraak?",
    ],
    where=["Waar gaat de reis naartoe?", "En de bestemming?", "Naar welke haven vaart u?"],
    ordq=["Wat is het ordernummer?", "Heeft u het bestelnummer?"],
    cphone=["U kunt ons ook bellen op {v}.", "Valt de chat weg? Bel dan {v} (ma-vr)."],
    case=["Ik heb er melding {v} van gemaakt.", "Uw referentie voor dit gesprek is {v}."],
    amount=[
        "Het bedrag van {v} staat binnen 3-5 dagen weer op uw rekening.",
        "Er zijn kosten van {v}, is dat goed?",
    ],
    timeq=["Uw afspraak is om {v}.", "We zijn vandaag open tot {v}."],
    track=["Het is verzonden, track & trace {v}.", "De code van de koerier is {v}."],
    product=["het gaat om artikel {v}", "op de doos staat artikelcode {v}"],
    flight=["Vlucht {v} heeft 40 minuten vertraging, sorry.", "Uw aansluiting is {v}."],
    seat=["U zit op stoel {v} en {w}.", "Ik heb u verplaatst naar stoel {v}."],
    compaddr=["Stuur het terug naar ons depot aan de {v}.", "U kunt het ophalen aan de {v}."],
)
B["nl"]["ask"] = {
    "CN": [
        "Mag ik uw {cn}?",
        "Wat is je {cn}?",
        "en het {cn}?",
        "Ik heb het {cn} nodig om het dossier te openen.",
        "Heeft u uw {cn} bij de hand?",
    ],
    "DOB": [
        "Kunt u uw geboortedatum bevestigen?",
        "Wat is de geboortedatum op het account?",
        "en je geboortedatum graag",
        "Ter controle: wanneer bent u geboren?",
    ],
    "PP": [
        "Wat is het paspoortnummer?",
        "Ik heb het paspoortnummer nodig voor de passagierslijst.",
        "Kunt u het nummer van uw paspoort sturen?",
        "documentnummer graag",
    ],
    "BR": [
        "Wat is de boekingscode?",
        "Welke reserveringscode is het?",
        "Mag ik de code van 6 tekens uit de bevestiging?",
        "de boekingsreferentie?",
    ],
    "PH": [
        "Op welk nummer bent u het best bereikbaar?",
        "Naar welk mobiel nummer mogen we sms'en?",
        "Mag ik een telefoonnummer?",
        "En een nummer voor als we moeten bellen?",
    ],
    "EM": [
        "Wat is uw e-mailadres?",
        "Naar welk mailadres mag de bon?",
        "Kunt u het e-mailadres bevestigen?",
        "mailadres?",
    ],
    "IB": [
        "Op welk IBAN mogen we het terugstorten?",
        "Kunt u het rekeningnummer voor de incasso geven?",
        "Naar welke rekening (IBAN) moeten we het overmaken?",
    ],
    "BA": ["Welk rekeningnummer?"],
    "CC": [
        "Wat is het lange nummer op de kaart?",
        "Kunt u het kaartnummer doorgeven?",
        "Met welke creditcard is betaald? Ik heb het volledige nummer nodig.",
    ],
    "TK": ["Heeft u het e-ticketnummer? Dat is 13 cijfers.", "Wat is het ticketnummer op de bon?"],
    "PER": [
        "Voor wie is de afspraak?",
        "Op welke naam staat de boeking?",
        "Volledige naam van de rekeninghouder?",
        "En wie zetten we erbij als tweede persoon?",
    ],
    "NID": ["Mag ik uw BSN?", "Wat is uw burgerservicenummer?", "Ter controle: uw BSN?"],
}
B["nl"]["plain"] = {
    "CN": [
        "mijn {cn} is {v}",
        "{cn}: {v}",
        "Hallo, {cn} {v}, ik heb een vraag",
        "het {cn} moet {v} zijn",
    ],
    "DOB": ["ik ben geboren op {v}", "geboortedatum {v}", "geb. {v}", "mijn verjaardag is {v}"],
    "PP": ["paspoortnummer {v}", "mijn paspoort is {v}", "paspoort nr {v}, verloopt volgend jaar"],
    "BR": ["boekingscode {v}", "mijn reserveringsnummer is {v}", "referentie {v}"],
    "PH": ["u kunt me bellen op {v}", "mijn mobiel is {v}", "tel: {v}"],
    "EM": ["mijn mail is {v}", "e-mail: {v}", "stuur het maar naar {v}"],
    "IB": ["mijn IBAN is {v}", "rekeningnummer {v}", "terugstorten op {v} graag"],
    "BA": ["rekening {v}"],
    "CC": ["betaald met kaart {v}", "kaartnummer {v}"],
    "TK": ["e-ticket {v}", "ticketnummer {v}"],
    "PER": ["mijn naam is {v}", "met {v}", "het is voor mijn partner, {v}"],
    "NID": ["mijn BSN is {v}", "bsn {v}", "burgerservicenummer: {v}"],
    "LOC": ["ik woon op {v}", "mijn adres is {v}", "adres: {v}"],
}

B["nb"].update(
    greet=[
        "Hei, du chatter med {agent} i {biz}. Hva kan jeg hjelpe med?",
        "God morgen, {agent} her fra {biz}.",
        "Hallo! Jeg heter {agent}, kundeservice i {biz}. Hva gjelder det?",
        "{biz}, {agent} her. Hvordan kan jeg hjelpe?",
    ],
    open=[
        "hei, jeg må endre noe på kontoen min",
        "hallo, et spørsmål om fakturaen",
        "betalingen gikk ikke gjennom??",
        "God dag, jeg har flyttet og må oppdatere adressen",
        "fikk aldri noen bekreftelse",
        "hei, kan dere sjekke noe for meg",
        "Hei, jeg vil gjerne ha pengene tilbake",
    ],
    ok=["Takk!", "Flott, takk.", "Skjønner.", "Supert, tusen takk.", "Takk, fant deg nå."],
    wait=[
        "et øyeblikk",
        "vent litt, leter",
        "to sek, ligger i den andre veska",
        "skal bare finne brevet",
        "vent, finner ikke brillene",
        "øyeblikk",
    ],
    waitok=["Ingen hast.", "Bare ta den tiden du trenger.", "Greit."],
    qback=[
        "den på kortet?",
        "hvilken, den lange?",
        "mener du nummeret på brevet?",
        "den fra e-posten?",
    ],
    qbackok=["Ja, den.", "Ja takk.", "Stemmer."],
    close=[
        "Er det noe mer jeg kan hjelpe med?",
        "Da er det ordnet. Noe mer?",
        "Ferdig! Ha en fin dag.",
    ],
    bye=["nei det var alt, takk", "det var det, takk skal du ha", "nei takk!", "supert, ha det"],
    fix=[
        "sorry skrivefeil, {v}",
        "oi, det er {v}",
        "nei vent: {v}",
        "rettelse {v}",
        "*{v} beklager",
    ],
    fixpart=["sorry, slutten er {v}", "siste del skal være {v}", "skrivefeil, slutten er {v}"],
    split2=["{v}", "{v} sorry trykket enter for tidlig", "{v} oi", "...{v}"],
    split1=["{v}", "det er {v}", "{v}..."],
    addr=[
        "Hvor skal vi sende det?",
        "Hvilken adresse skal det nye kortet til?",
        "Hvor bor du nå?",
        "Hvor skal vi sende papirene?",
        "Og leveringsadressen?",
        "Hva er den nye adressen?",
    ],
    addrans=["{v}", "{v} takk", "til {v}", "{v} nå", "{v} (inngang bak)"],
    listask=[
        "Kan du gi meg navn og fødselsdato på alle som reiser, med passnummer?",
        "Send gjerne alle på bestillingen: navn, fødselsdato og pass.",
        "Jeg trenger fullt navn og fødselsdato på hver person.",
        "Kan du sende navn og medlemsnummer for familiemedlemmene?",
    ],
    listintro=["værsågod:", "ok:", "her:", "", "altså:", "for alle sammen:"],
    listand=[" og ", " og kona mi ", " og sønnen vår ", " pluss ", " & "],
    mix=["thanks!", "sorry", "ok cool", "nice, takk"],
    aside_q_time=["vent, når stenger dere i dag?", "før jeg leter: hvor lenge kan jeg ringe?"],
    aside_q_amount=["før jeg leter: hvor mye får jeg tilbake?", "koster dette noe forresten?"],
    aside_time=["Vanligvis samme dag hvis det er før {v}.", "Vi har åpent til {v}."],
    aside_amount=["Det er et engangsgebyr på {v}.", "Du får {v} tilbake, det tar 3-5 dager."],
    neg_order=[
        "Det ser ut som et ordrenummer. Jeg trenger {cn}et ditt.",
        "Det er vel ordrenummeret, har du {cn}et?",
    ],
    neg_dob=[
        "Det er reisedatoen, jeg trenger din egen fødselsdato 🙂",
        "Beklager, jeg mente fødselsdatoen, ikke avreisedatoen.",
    ],
    when=["Når vil du reise?", "Hvilken dato skal vi flytte det til?", "Når er den nye timen?"],
    where=["Hvor skal du reise?", "Og reisemålet?", "Hvilken havn skal du til?"],
    ordq=["Hva er ordrenummeret?", "Har du ordrenummeret?"],
    cphone=["Du kan også ringe oss på {v}.", "Hvis chatten faller ut, ring {v} (man-fre)."],
    case=["Jeg har opprettet sak {v}.", "Referansen for denne samtalen er {v}."],
    amount=[
        "Beløpet på {v} er tilbake på kontoen om 3-5 dager.",
        "Det koster {v} i gebyr, er det greit?",
    ],
    timeq=["Timen din er kl. {v}.", "Vi har åpent til {v} i dag."],
    track=["Den er sendt, sporingsnummer {v}.", "Koden fra budet er {v}."],
    product=["det gjelder vare {v}", "på esken står varenummer {v}"],
    flight=["Fly {v} er 40 min forsinket, beklager.", "Forbindelsen din er {v}."],
    seat=["Dere har sete {v} og {w}.", "Jeg har flyttet deg til sete {v}."],
    compaddr=["Send det tilbake til lageret vårt i {v}.", "Du kan hente det i {v}."],
)
B["nb"]["ask"] = {
    "CN": [
        "Kan jeg få {cn}et ditt?",
        "Hva er {cn}et?",
        "og {cn}et?",
        "Jeg trenger {cn}et for å finne saken.",
        "Har du {cn}et for hånden?",
    ],
    "DOB": [
        "Kan du bekrefte fødselsdatoen din?",
        "Hvilken fødselsdato står på kontoen?",
        "og fødselsdato takk",
        "For sikkerhets skyld: når er du født?",
    ],
    "PP": [
        "Hva er passnummeret?",
        "Jeg trenger passnummeret til passasjerlista.",
        "Kan du sende nummeret på passet ditt?",
        "passnr takk",
    ],
    "BR": [
        "Hva er bestillingsreferansen?",
        "Hvilken bookingkode er det?",
        "Kan jeg få koden på 6 tegn fra bekreftelsen?",
        "referansen?",
    ],
    "PH": [
        "Hvilket nummer når vi deg best på?",
        "Hvilket mobilnummer skal vi sende SMS til?",
        "Kan jeg få et telefonnummer?",
        "Og et nummer i tilfelle vi må ringe?",
    ],
    "EM": [
        "Hva er e-postadressen din?",
        "Hvilken e-post skal kvitteringen til?",
        "Kan du bekrefte e-posten?",
        "epost?",
    ],
    "IB": ["Hvilket IBAN skal vi betale tilbake til?", "Kan du gi meg IBAN for avtalegiro?"],
    "BA": [
        "Hvilket kontonummer skal pengene til?",
        "Kan du gi meg kontonummeret ditt?",
        "kontonr for tilbakebetaling?",
    ],
    "CC": [
        "Hva er det lange nummeret på kortet?",
        "Kan du lese opp kortnummeret?",
        "Hvilket kort betalte du med? Jeg trenger hele nummeret.",
    ],
    "TK": ["Har du billettnummeret? Det er 13 siffer.", "Hva er billettnummeret på kvitteringen?"],
    "PER": [
        "Hvem er timen for?",
        "Hvilket navn står bestillingen på?",
        "Fullt navn på kontoinnehaveren?",
        "Og hvem skal stå som person nummer to?",
    ],
    "NID": [
        "Kan jeg få fødselsnummeret ditt (11 siffer)?",
        "Hva er personnummeret ditt?",
        "For å finne deg: fødselsnummer?",
    ],
}
B["nb"]["plain"] = {
    "CN": [
        "{cn}et mitt er {v}",
        "{cn}: {v}",
        "Hei, {cn} {v}, har et spørsmål",
        "{cn}et skal være {v}",
    ],
    "DOB": ["jeg er født {v}", "fødselsdato {v}", "f. {v}", "bursdagen min er {v}"],
    "PP": ["passnummer {v}", "passet mitt er {v}", "passnr {v}, går ut neste år"],
    "BR": ["bookingreferanse {v}", "bestillingskoden er {v}", "referanse {v}"],
    "PH": ["du kan ringe meg på {v}", "mobilen min er {v}", "tlf: {v}"],
    "EM": ["e-posten min er {v}", "epost: {v}", "send det til {v}"],
    "IB": ["IBAN {v}", "IBAN-en min er {v}"],
    "BA": ["kontonummeret mitt er {v}", "kontonr {v}", "betal tilbake til konto {v}"],
    "CC": ["betalte med kort {v}", "kortnummer {v}"],
    "TK": ["e-billett {v}", "billettnummer {v}"],
    "PER": ["jeg heter {v}", "dette er {v}", "det gjelder samboeren min, {v}"],
    "NID": ["fødselsnummeret mitt er {v}", "fnr {v}", "personnummer: {v}"],
    "LOC": ["jeg bor i {v}", "adressen min er {v}", "adresse: {v}"],
}

B["ru"].update(
    greet=[
        "Здравствуйте, вас приветствует {agent}, {biz}. Чем помочь?",
        "Добрый день! Меня зовут {agent}, {biz}.",
        "Привет! Я {agent}, служба поддержки, {biz}. Что случилось?",
        "{biz}, оператор {agent}. Слушаю вас.",
    ],
    open=[
        "здравствуйте, мне нужно поменять данные",
        "добрый день, вопрос по счёту",
        "оплата не прошла((",
        "Здравствуйте, я переехал, надо обновить адрес",
        "мне так и не пришло подтверждение",
        "привет, можете кое-что проверить",
        "Здравствуйте, хочу вернуть деньги",
    ],
    ok=["Спасибо!", "Отлично, спасибо.", "Понял.", "Хорошо, спасибо.", "Нашла вас, спасибо."],
    wait=[
        "секунду",
        "щас найду",
        "минутку, документы в другой сумке",
        "сейчас посмотрю в письме",
        "подождите, очки ищу",
        "момент",
    ],
    waitok=["Не торопитесь.", "Конечно, жду.", "Хорошо."],
    qback=["который на карте?", "какой, длинный?", "это номер из письма?", "тот что в смс?"],
    qbackok=["Да, его.", "Да, пожалуйста.", "Верно."],
    close=["Могу ещё чем-то помочь?", "Всё готово. Что-то ещё?", "Готово! Хорошего дня."],
    bye=[
        "нет, это всё, спасибо",
        "всё, спасибо большое",
        "нет, спасибо!",
        "отлично спасибо до свидания",
    ],
    fix=[
        "извините опечатка, {v}",
        "ой, правильно {v}",
        "нет, стоп: {v}",
        "исправляю {v}",
        "*{v} сорри",
    ],
    fixpart=["простите, в конце {v}", "последние цифры {v}", "опечатка, конец {v}"],
    split2=["{v}", "{v} извините случайно отправил", "{v} ой", "...{v}"],
    split1=["{v}", "это {v}", "{v}..."],
    addr=[
        "Куда вам отправить?",
        "На какой адрес выслать новую карту?",
        "Где вы сейчас живёте?",
        "Куда прислать документы?",
        "А адрес доставки?",
        "Какой новый адрес?",
    ],
    addrans=["{v}", "{v} пожалуйста", "на {v}", "теперь {v}", "{v} (домофон не работает)"],
    listask=[
        "Пришлите, пожалуйста, ФИО и даты рождения всех пассажиров и номера паспортов.",
        "Перечислите всех по брони: имя, дата рождения, паспорт.",
        "Мне нужны полное имя и дата рождения каждого.",
        "Пришлите имена и номера членов семьи.",
    ],
    listintro=["вот:", "ок:", "пишу: ", "", "значит так:", "на всех:"],
    listand=[" и ", " и жена ", " и сын ", " плюс ", " + "],
    mix=["thanks!", "сорри", "ок", "thx"],
    aside_q_time=[
        "подождите, до скольки вы сегодня работаете?",
        "пока ищу: до скольки можно звонить?",
    ],
    aside_q_amount=["пока ищу: сколько мне вернут?", "а это платно?"],
    aside_time=["Обычно в тот же день, если до {v}.", "Мы работаем до {v}."],
    aside_amount=["Разовая комиссия {v}.", "Вам вернётся {v}, это 3-5 дней."],
    neg_order=[
        "Это похоже на номер заказа. Мне нужен {cn}.",
        "Это номер заказа, кажется. А {cn} у вас есть?",
    ],
    neg_dob=[
        "Это дата поездки, а нужна ваша дата рождения 🙂",
        "Простите, я имела в виду дату рождения, не дату вылета.",
    ],
    when=["Когда хотите поехать?", "На какую дату перенести?", "Когда новый приём?"],
    where=["Куда едете?", "А пункт назначения?", "В какой порт плывёте?"],
    ordq=["Какой номер заказа?", "У вас есть номер заказа?"],
    cphone=["Можете также позвонить нам: {v}.", "Если чат прервётся, звоните {v} (пн-пт)."],
    case=["Я завела обращение {v}.", "Номер вашего обращения {v}."],
    amount=["Сумма {v} вернётся на карту в течение 3-5 дней.", "Комиссия {v}, вас устраивает?"],
    timeq=["Вы записаны на {v}.", "Сегодня мы работаем до {v}."],
    track=["Отправлено, трек-номер {v}.", "Код курьерской службы {v}."],
    product=["речь про товар {v}", "на коробке артикул {v}"],
    flight=["Рейс {v} задерживается на 40 минут, простите.", "Ваша пересадка на {v}."],
    seat=["У вас места {v} и {w}.", "Я пересадила вас на место {v}."],
    compaddr=["Верните, пожалуйста, на наш склад: {v}.", "Забрать можно по адресу {v}."],
)
B["ru"]["ask"] = {
    "CN": [
        "Назовите, пожалуйста, {cn}.",
        "Какой у вас {cn}?",
        "и {cn}?",
        "Мне нужен {cn}, чтобы найти анкету.",
        "{cn} у вас под рукой?",
    ],
    "DOB": [
        "Подтвердите, пожалуйста, дату рождения.",
        "Какая дата рождения указана в профиле?",
        "и дату рождения, пожалуйста",
        "Для проверки: когда вы родились?",
    ],
    "PP": [
        "Какой номер загранпаспорта?",
        "Мне нужен номер паспорта для списка пассажиров.",
        "Пришлите серию и номер паспорта.",
        "паспорт, пожалуйста",
    ],
    "BR": [
        "Какой код бронирования?",
        "Номер брони?",
        "Можно 6-значный код из подтверждения?",
        "код брони?",
    ],
    "PH": [
        "По какому номеру с вами лучше связаться?",
        "На какой номер отправить смс?",
        "Оставьте телефон, пожалуйста.",
        "И телефон на случай, если придётся позвонить?",
    ],
    "EM": [
        "Какой у вас адрес электронной почты?",
        "На какую почту отправить чек?",
        "Подтвердите почту, пожалуйста.",
        "почта?",
    ],
    "BA": [
        "На какой счёт вернуть деньги? Нужны 20 цифр.",
        "Назовите номер счёта для возврата.",
        "номер счёта?",
    ],
    "CC": [
        "Назовите номер карты полностью.",
        "Какой картой платили? Нужен полный номер.",
        "Продиктуйте номер карты.",
    ],
    "TK": ["У вас есть номер электронного билета? Там 13 цифр.", "Какой номер билета в квитанции?"],
    "PER": ["На кого запись?", "На чьё имя бронь?", "ФИО владельца счёта?", "Кого вписать вторым?"],
    "NID": ["Назовите, пожалуйста, СНИЛС.", "Какой у вас ИНН?", "Для проверки нужен СНИЛС."],
}
B["ru"]["plain"] = {
    "CN": [
        "мой {cn} {v}",
        "{cn}: {v}",
        "Здравствуйте, {cn} {v}, есть вопрос",
        "{cn} должен быть {v}",
    ],
    "DOB": [
        "родилась {v}",
        "родился {v}",
        "дата рождения {v}",
        "д.р. {v}",
        "мой день рождения {v}",
    ],
    "PP": ["номер паспорта {v}", "загранпаспорт {v}", "паспорт {v}, действует до следующего года"],
    "BR": ["код брони {v}", "номер бронирования {v}", "бронь {v}"],
    "PH": ["звоните мне на {v}", "мой мобильный {v}", "тел: {v}"],
    "EM": ["моя почта {v}", "email: {v}", "пришлите на {v}"],
    "BA": ["мой счёт {v}", "номер счёта {v}", "верните на счёт {v}"],
    "CC": ["платила картой {v}", "номер карты {v}"],
    "TK": ["электронный билет {v}", "номер билета {v}"],
    "PER": ["меня зовут {v}", "это {v}", "это для родственника — {v}"],
    "NID": ["мой СНИЛС {v}", "ИНН {v}", "снилс: {v}"],
    "LOC": ["я живу по адресу {v}", "мой адрес {v}", "адрес: {v}"],
}

# more phrasings, so that no class leans on a handful of templates
B["en"]["greet"] += ["Thanks for contacting {biz}! How can we help?"]
B["nl"]["greet"] += ["Bedankt voor uw bericht aan {biz}. Waarmee kunnen we helpen?"]
B["nb"]["greet"] += ["Takk for at du kontakter {biz}! Hva kan vi hjelpe med?"]
B["ru"]["greet"] += ["Спасибо, что обратились в {biz}! Чем можем помочь?"]
B["en"].update(
    listacc=[
        "Which accounts should be on the mandate? Give me all of them.",
        "Can you list the accounts for the household?",
    ],
    owners=["mine", "my wife's", "joint", "the kids' savings", "my husband"],
    meanwhile=[
        "While you look: one more thing.",
        "No problem, meanwhile:",
        "Ok, I'll come back to that.",
    ],
    found=[
        "found it: {v}",
        "ok here it is {v}",
        "{v} (that's the one you asked before)",
        "{v}",
        "right, {v}",
    ],
)
B["nl"].update(
    listacc=[
        "Welke rekeningen moeten op de machtiging? Graag allemaal.",
        "Kunt u de rekeningen van het huishouden opsommen?",
    ],
    owners=["van mij", "van mijn vrouw", "gezamenlijk", "spaarrekening kids", "van mijn man"],
    meanwhile=[
        "Terwijl u zoekt: nog iets anders.",
        "Geen probleem, ondertussen:",
        "Oké, daar kom ik zo op terug.",
    ],
    found=["gevonden: {v}", "oké hier {v}", "{v} (die van net)", "{v}", "zo, {v}"],
)
B["nb"].update(
    listacc=[
        "Hvilke kontoer skal stå på avtalen? Send alle.",
        "Kan du liste opp kontoene i husstanden?",
    ],
    owners=["min", "kona sin", "felles", "barnas sparekonto", "mannen min"],
    meanwhile=[
        "Mens du leter: én ting til.",
        "Ikke noe problem, i mellomtiden:",
        "Ok, vi tar det etterpå.",
    ],
    found=["fant det: {v}", "ok her {v}", "{v} (den du spurte om i sted)", "{v}", "sånn, {v}"],
)
B["ru"].update(
    listacc=["Какие счета привязать? Пришлите все.", "Перечислите, пожалуйста, счета семьи."],
    owners=["мой", "жены", "общий", "детский", "мужа"],
    meanwhile=["Пока ищете, ещё вопрос.", "Хорошо, а пока:", "Ладно, вернёмся к этому."],
    found=["нашла: {v}", "вот {v}", "{v} (это то, что вы спрашивали)", "{v}", "так, {v}"],
)
for _lang, _more in {
    "en": dict(
        open=[
            "hi, my card got declined at the till",
            "hello, my new card never arrived",
            "I want to cancel my membership",
            "Hi, calling about my mum's account, she asked me to",
            "hey, your app keeps logging me out",
        ],
        addr=[
            "Where would you like it delivered?",
            "Which address should we use from now on?",
            "where to?",
        ],
        ok=["Cheers, got that.", "Thanks, that matches.", "Noted."],
        wait=["hold on", "1 min", "searching my inbox…"],
    ),
    "nl": dict(
        open=[
            "hoi, mijn pas werd geweigerd bij de kassa",
            "hallo, mijn nieuwe pas is nooit aangekomen",
            "ik wil mijn lidmaatschap opzeggen",
            "Hallo, ik app namens mijn moeder",
            "hee, de app logt me steeds uit",
        ],
        addr=[
            "Waar mogen we het bezorgen?",
            "Welk adres moeten we voortaan gebruiken?",
            "waarheen?",
        ],
        ok=["Dank, genoteerd.", "Bedankt, dat klopt.", "Staat erin."],
        wait=["ff wachten", "1 min", "even in mijn mail zoeken…"],
    ),
    "nb": dict(
        open=[
            "hei, kortet ble avvist i kassa",
            "hallo, det nye kortet kom aldri",
            "jeg vil si opp medlemskapet",
            "Hei, skriver på vegne av mamma",
            "hei, appen logger meg ut hele tiden",
        ],
        addr=["Hvor vil du ha det levert?", "Hvilken adresse skal vi bruke fra nå?", "hvor hen?"],
        ok=["Takk, notert.", "Takk, det stemmer.", "Lagt inn."],
        wait=["vent litt", "1 min", "søker i innboksen…"],
    ),
    "ru": dict(
        open=[
            "здравствуйте, карту отклонили на кассе",
            "добрый день, новая карта так и не пришла",
            "хочу расторгнуть договор",
            "Здравствуйте, пишу за маму, она попросила",
            "приложение всё время выкидывает",
        ],
        addr=["Куда доставить?", "Какой адрес теперь использовать?", "куда?"],
        ok=["Спасибо, записала.", "Спасибо, совпадает.", "Принято."],
        wait=["погодите", "1 мин", "ищу в почте…"],
    ),
}.items():
    for _k, _v in _more.items():
        B[_lang][_k] = B[_lang][_k] + _v
B["en"]["ask"]["CN"] += [
    "Is there a reference number on your card? That's the {cn}.",
    "what's the {cn} on your account?",
]
B["en"]["ask"]["DOB"] += [
    "Could you confirm the birth date we have for you?",
    "What's your date of birth, please?",
]
B["en"]["ask"]["PH"] += ["What number are you messaging from? I'd like to save it."]
B["en"]["ask"]["EM"] += ["Which address do you log in with?", "Where should I send the link?"]
B["en"]["plain"]["CN"] += ["{cn} is {v} if that helps", "I'm a member, {cn} {v}"]
B["en"]["plain"]["DOB"] += ["I'm born {v}", "born {v}, if you need it"]
B["en"]["plain"]["PH"] += ["text me on {v} instead", "new mobile: {v}"]
B["en"]["plain"]["EM"] += ["my new email address is {v}", "can you use {v} from now on"]
B["nl"]["ask"]["CN"] += [
    "Staat er een nummer op uw pas? Dat is het {cn}.",
    "wat is het {cn} van je account?",
]
B["nl"]["ask"]["DOB"] += [
    "Kunt u de geboortedatum bevestigen die wij van u hebben?",
    "Wat is uw geboortedatum?",
]
B["nl"]["ask"]["PH"] += ["Vanaf welk nummer appt u? Dan sla ik het op."]
B["nl"]["ask"]["EM"] += ["Met welk mailadres logt u in?", "Waar mag ik de link naartoe sturen?"]
B["nl"]["plain"]["CN"] += ["{cn} is {v} als dat helpt", "ik ben lid, {cn} {v}"]
B["nl"]["plain"]["DOB"] += ["geboren {v}", "geb.datum {v} als u die nodig heeft"]
B["nl"]["plain"]["PH"] += ["sms liever naar {v}", "nieuw mobiel nummer: {v}"]
B["nl"]["plain"]["EM"] += ["mijn nieuwe mailadres is {v}", "kunt u voortaan {v} gebruiken"]
B["nb"]["ask"]["CN"] += [
    "Står det et nummer på kortet ditt? Det er {cn}et.",
    "hva er {cn}et på kontoen din?",
]
B["nb"]["ask"]["DOB"] += [
    "Kan du bekrefte fødselsdatoen vi har på deg?",
    "Hva er fødselsdatoen din?",
]
B["nb"]["ask"]["PH"] += ["Hvilket nummer skriver du fra? Så lagrer jeg det."]
B["nb"]["ask"]["EM"] += ["Hvilken e-post logger du inn med?", "Hvor skal jeg sende lenken?"]
B["nb"]["plain"]["CN"] += ["{cn} er {v} hvis det hjelper", "jeg er medlem, {cn} {v}"]
B["nb"]["plain"]["DOB"] += ["født {v}", "fødselsdato {v} hvis dere trenger den"]
B["nb"]["plain"]["PH"] += ["send heller sms til {v}", "nytt mobilnr: {v}"]
B["nb"]["plain"]["EM"] += ["ny e-postadresse er {v}", "kan dere bruke {v} fra nå"]
B["ru"]["ask"]["CN"] += ["На карте есть номер? Это и есть {cn}.", "какой {cn} в личном кабинете?"]
B["ru"]["ask"]["DOB"] += [
    "Подтвердите дату рождения, которая у нас указана.",
    "Ваша дата рождения?",
]
B["ru"]["ask"]["PH"] += ["С какого номера вы пишете? Я его сохраню."]
B["ru"]["ask"]["EM"] += ["С какой почтой входите в кабинет?", "Куда прислать ссылку?"]
B["ru"]["plain"]["CN"] += ["{cn} {v}, если нужно", "я клиент, {cn} {v}"]
B["ru"]["plain"]["DOB"] += ["родилась {v}", "дата рождения {v}, если нужно"]
B["ru"]["plain"]["PH"] += ["лучше пишите на {v}", "новый мобильный: {v}"]
B["ru"]["plain"]["EM"] += ["моя новая почта {v}", "используйте теперь {v}"]

AT_WORDS = {"en": ["at", "at sign", "(at)", "[at]", "AT"], "nl": ["apestaart", "at", "apenstaartje", "(at)", "apestaartje"],
            "nb": ["alfakrøll", "krøllalfa", "at", "snabel-a", "(at)"], "ru": ["собака", "собачка", "эт", "(собака)"]}  # fmt: skip
DOT_WORDS = {"en": ["dot", "(dot)", "period", "DOT"], "nl": ["punt", "puntje", "dot", "(punt)"],
             "nb": ["punktum", "prikk", "dot", "(punktum)"], "ru": ["точка", "тчк", "(точка)"]}  # fmt: skip
DASH_WORDS = {
    "en": "underscore",
    "nl": "laag streepje",
    "nb": "understrek",
    "ru": "нижнее подчёркивание",
}
RU_DOMAIN_SPOKEN = {
    "mail.ru": "мэйл",
    "yandex.ru": "яндекс",
    "list.ru": "лист",
    "inbox.ru": "инбокс",
    "ya.ru": "я",
}
CYR = {"A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х",
       "a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х"}  # fmt: skip
DIGIT_LOOK = {"0": ["O", "О", "o"], "1": ["l", "I"], "5": ["S"], "8": ["B"]}


# ---------------------------------------------------------------------------------------
# values
# ---------------------------------------------------------------------------------------


class Ctx:
    """What one conversation knows about its customer (so a DOB matches the fødselsnummer)."""

    def __init__(self, rng: random.Random, lang: str, sector: str) -> None:
        self.rng, self.lang, self.sector = rng, lang, sector
        self.biz, self.cn = SECTORS[sector][0][lang]
        pool = list(SECTORS[sector][1])
        if lang == "ru":
            pool = ["BA" if t == "IB" else t for t in pool]
        if lang == "en":
            pool = [t for t in pool if t != "NID"]
        self.pool = list(dict.fromkeys(pool))
        self.first, self.last, self.female = person(rng, lang)
        self.fnr: str | None = None
        self.dob = (rng.randint(1, 28), rng.randint(1, 12), rng.randint(1941, 2007))
        if lang == "nb":
            self.fnr, self.dob = no_fnr(rng)


def person(rng: random.Random, lang: str) -> tuple[str, str, bool]:
    first, last = rng.choice(FIRST[lang]), rng.choice(LAST[lang])
    fem = first in RU_FEM
    if lang == "ru" and fem:
        last += "а"
    return first, last, fem


def full_name(rng: random.Random, lang: str, first: str, last: str, fem: bool) -> str:
    r = rng.random()
    if lang == "ru" and r < 0.25:
        return f"{last} {first} {rng.choice(RU_PATR['f' if fem else 'm'])}"
    if lang == "en" and r < 0.15:
        return f"{first} {rng.choice(['J.', 'A.', 'Rose', 'Thomas'])} {last}"
    return f"{first} {last}"


def luhn_card(rng: random.Random) -> str:
    pre = rng.choice(["4", "51", "53", "55"])
    body = pre + digits(rng, 15 - len(pre), first_nonzero=False)
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return body + str((10 - total % 10) % 10)


def fmt_date(rng: random.Random, lang: str, d: int, m: int, y: int) -> str:
    mon = MONTHS[lang][m - 1]
    s = rng.randint(0, 5)
    if lang == "en":
        opts = [
            f"{d:02d}/{m:02d}/{y}",
            f"{d} {mon} {y}",
            f"{d}/{m}/{y}",
            f"{mon} {d} {y}",
            f"{d}-{m:02d}-{y}",
            f"{d} {mon[:3].lower()} {y}",
        ]
    elif lang == "nl":
        opts = [
            f"{d:02d}-{m:02d}-{y}",
            f"{d} {mon} {y}",
            f"{d}/{m}/{y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d}-{m}-{str(y)[2:]}",
            f"{d} {mon[:3]} {y}",
        ]
    elif lang == "nb":
        opts = [
            f"{d:02d}.{m:02d}.{y}",
            f"{d}. {mon} {y}",
            f"{d:02d}{m:02d}{str(y)[2:]}",
            f"{d}.{m}.{y}",
            f"{d:02d}.{m:02d}.{str(y)[2:]}",
            f"{d}.{mon[:3]}.{y}",
        ]
    else:
        opts = [
            f"{d:02d}.{m:02d}.{y}",
            f"{d} {mon} {y}",
            f"{d:02d}/{m:02d}/{str(y)[2:]}",
            f"{d}.{m}.{y}",
            f"{d:02d}.{m:02d}.{str(y)[2:]}",
            f"{d:02d}-{m:02d}-{y}",
        ]
    return opts[s]


def fmt_phone(rng: random.Random, lang: str) -> str:
    v = phone(rng, lang)
    if rng.random() < 0.5:
        return v
    region = {"en": "GB", "nl": "NL", "nb": "NO", "ru": "RU"}[lang]
    nat = str(phonenumbers.parse(v, region).national_number)
    cc = {"en": "44", "nl": "31", "nb": "47", "ru": "7"}[lang]
    if lang == "nl":
        opts = [
            f"0{nat}",
            f"+{cc}{nat}",
            f"0{nat[0]} {nat[1:3]} {nat[3:5]} {nat[5:7]} {nat[7:]}",
            f"+{cc} (0){nat[0]} {nat[1:]}",
        ]
    elif lang == "nb":
        opts = [
            nat,
            f"+{cc}{nat}",
            f"{nat[:2]} {nat[2:4]} {nat[4:6]} {nat[6:]}",
            f"+{cc} {nat[:3]} {nat[3:5]} {nat[5:]}",
        ]
    elif lang == "ru":
        opts = [
            f"+7 ({nat[:3]}) {nat[3:6]}-{nat[6:8]}-{nat[8:]}",
            f"8-{nat[:3]}-{nat[3:6]}-{nat[6:8]}-{nat[8:]}",
            f"+7{nat}",
            f"8 {nat[:3]} {nat[3:6]} {nat[6:8]} {nat[8:]}",
        ]
    else:
        opts = [
            f"0{nat}",
            f"+{cc}{nat}",
            f"+{cc} (0){nat[:4]} {nat[4:]}",
            f"0{nat[:3]} {nat[3:6]} {nat[6:]}",
        ]
    return rng.choice(opts)


def fmt_cn(rng: random.Random, sector: str) -> str:
    n = digits(rng, rng.choice([6, 7, 8, 9, 10]))
    pre = {"dentist": ["P", "PT-", ""], "ferry": ["SP", ""], "admissions": ["S", "", "A-"], "carshare": ["M", "CC-", ""],
           "pharmacy": ["", "K"], "sportsfed": ["L", "", "LIC-"], "pension": ["", "D-"], "vet": ["", "C"],
           "housing": ["H", "", "HR-"], "concerts": ["", "BL"], "customs": ["", "CG-"], "marina": ["", "B"],
           "tour": ["", "SC"], "campsite": ["G", ""], "coach": ["WL", "", "NL-"]}[sector]  # fmt: skip
    p = rng.choice(pre)
    if not p and rng.random() < 0.3 and len(n) >= 8:
        return f"{n[:3]} {n[3:6]} {n[6:]}"
    return p + n


def fmt_nid(rng: random.Random, ctx: Ctx) -> str:
    if ctx.lang == "nl":
        v = nl_bsn(rng)
        return rng.choice([v, v, f"{v[:4]}.{v[4:6]}.{v[6:]}", f"{v[:3]} {v[3:6]} {v[6:]}"])
    if ctx.lang == "nb":
        v = ctx.fnr or no_fnr(rng)[0]
        return rng.choice([v, v, f"{v[:6]} {v[6:]}"])
    if rng.random() < 0.6:
        s = ru_snils(rng)
        return rng.choice([s, s, s.replace("-", "").replace(" ", ""), s.replace("-", " ")])
    return ru_inn(rng)


def fmt_iban(rng: random.Random, lang: str) -> str:
    v = iban(rng, {"en": "GB", "nl": "NL", "nb": "NO"}[lang])
    r = rng.random()
    if r < 0.3:
        return v.replace(" ", "")
    if r < 0.4:
        return v.lower()
    return v


def fmt_ba(rng: random.Random, lang: str) -> str:
    if lang == "nb":
        v = no_kontonr(rng)
        return rng.choice([v, f"{v[:4]}.{v[4:6]}.{v[6:]}", f"{v[:4]} {v[4:6]} {v[6:]}"])
    if lang == "ru":
        v = ru_account(rng)
        return rng.choice(
            [
                v,
                f"{v[:5]} {v[5:8]} {v[8:9]} {v[9:]}",
                " ".join(v[i : i + 4] for i in range(0, 20, 4)),
            ]
        )
    sc = digits(rng, 6, first_nonzero=False)
    return rng.choice(
        [
            f"{sc[:2]}-{sc[2:4]}-{sc[4:]} {digits(rng, 8)}",
            f"{sc[:2]}-{sc[2:4]}-{sc[4:]}, {digits(rng, 8)}",
            f"{sc} {digits(rng, 8)}",
        ]
    )


def fmt_cc(rng: random.Random) -> str:
    v = luhn_card(rng)
    return rng.choice(
        [
            v,
            " ".join(v[i : i + 4] for i in range(0, 16, 4)),
            "-".join(v[i : i + 4] for i in range(0, 16, 4)),
        ]
    )


def fmt_ticket(rng: random.Random) -> str:
    v = rng.choice(["074", "117", "086", "220", "125", "555", "057"]) + digits(
        rng, 10, first_nonzero=False
    )
    return rng.choice([v, f"{v[:3]}-{v[3:]}", f"{v[:3]} {v[3:]}"])


def fmt_pp(rng: random.Random, lang: str) -> str:
    if lang == "ru" and rng.random() < 0.3:
        return f"{rng.randint(10, 99)} {rng.randint(10, 99)} {digits(rng, 6)}"  # internal passport: series + number
    v = passport(rng, lang)
    if lang == "ru" and rng.random() < 0.4:
        v = v.replace(" ", "")
    return v


def email_of(rng: random.Random, lang: str, first: str, last: str) -> tuple[list[str], str]:
    f, la = ascii_name(first), ascii_name(last)
    style = rng.randint(0, 4)
    if style == 0:
        local = [f, la]
    elif style == 1:
        local = [f[0] + la]
    elif style == 2:
        local = [f + str(rng.randint(60, 99))]
    elif style == 3:
        local = [la, f[0]]
    else:
        local = [f + "_" + la[:4]]
    return local, rng.choice(DOMAINS[lang])


def address(rng: random.Random, lang: str, oneline: bool = False) -> str:
    street = rng.choice(STREETS[lang])
    town, pc = rng.choice(TOWNS[lang])
    no = str(rng.randint(1, 160)) + rng.choice(
        ["", "", "", "a", "b"] if lang != "ru" else ["", "", "/1", "к2"]
    )
    if lang == "en":
        opts = [
            f"{no} {street}, {town} {pc}",
            f"{no} {street}\n{town}\n{pc}",
            f"flat {rng.randint(1, 12)}, {no} {street}, {town}",
            f"{no} {street} {pc}",
            f"{no} {street}, {town}",
        ]
    elif lang == "nl":
        pcs = pc.replace(" ", "") if rng.random() < 0.5 else pc
        opts = [
            f"{street} {no} {pcs} {town}",
            f"{street} {no}, {pcs} {town}",
            f"{street} {no}\n{pcs}  {town}",
            f"{street} {no}-{rng.choice(['I', 'II', 'hs', 'bis'])}, {town}",
            f"{street} {no} {town}",
        ]
    elif lang == "nb":
        opts = [
            f"{street} {no}, {pc} {town}",
            f"{street} {no} {pc} {town}",
            f"{street} {no}\n{pc} {town}",
            f"{street} {no} H0{rng.randint(1, 4)}0{rng.randint(1, 3)}, {town}",
            f"{street} {no}, {town}",
        ]
    else:
        apt = rng.randint(1, 240)
        opts = [
            f"{town}, {street}, д. {no}, кв. {apt}",
            f"{street} {no}-{apt}, {town}",
            f"{pc}, г. {town}, {street}, {no}, кв {apt}",
            f"г {town} {street} д {no} кв {apt}",
            f"{street}, {no}, кв. {apt}",
        ]
    s = rng.choice([o for o in opts if "\n" not in o] if oneline else opts)
    if rng.random() < 0.15:
        s = typo(rng, s)
    return s.lower() if rng.random() < 0.7 else s


def value(ctx: Ctx, t: str) -> str:
    rng, lang = ctx.rng, ctx.lang
    if t == "CN":
        return fmt_cn(rng, ctx.sector)
    if t == "DOB":
        return fmt_date(rng, lang, *ctx.dob)
    if t == "PP":
        return fmt_pp(rng, lang)
    if t == "NID":
        return fmt_nid(rng, ctx)
    if t == "BR":
        v = booking_ref(rng)
        return v.lower() if rng.random() < 0.3 else v
    if t == "PH":
        return fmt_phone(rng, lang)
    if t == "EM":
        local, dom = email_of(rng, lang, ctx.first, ctx.last)
        return ".".join(local) + "@" + dom
    if t == "IB":
        return fmt_iban(rng, lang)
    if t == "BA":
        return fmt_ba(rng, lang)
    if t == "CC":
        return fmt_cc(rng)
    if t == "TK":
        return fmt_ticket(rng)
    if t == "PER":
        return full_name(rng, lang, ctx.first, ctx.last, ctx.female)
    if t == "LOC":
        return address(rng, lang)
    raise ValueError(t)


# ---------------------------------------------------------------------------------------
# negatives
# ---------------------------------------------------------------------------------------


def neg_value(rng: random.Random, lang: str, kind: str) -> str:
    if kind == "order_number":
        return order_number(rng)
    if kind == "travel_date":
        d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2026, 2027])
        return fmt_date(rng, lang, d, m, y)
    if kind == "destination":
        return rng.choice(DEST[lang])
    if kind == "amount":
        n = rng.randint(12, 2400)
        return {"en": rng.choice([f"£{n}.{rng.randint(10, 99)}", f"£{n}"]), "nl": rng.choice([f"€ {n},{rng.randint(10, 99)}", f"€{n},-"]),
                "nb": rng.choice([f"{n} kr", f"kr {n},-"]), "ru": rng.choice([f"{n} ₽", f"{n} руб."])}[lang]  # fmt: skip
    if kind == "time":
        h, mi = rng.randint(7, 21), rng.choice([0, 15, 30, 45, 10, 50])
        return rng.choice([f"{h}:{mi:02d}", f"{h:02d}.{mi:02d}"])
    if kind == "tracking_number":
        return rng.choice([f"3S{''.join(rng.choice('ABCDEFGHKLMNPRSTVWXZ') for _ in range(4))}{digits(rng, 9)}",
                           f"RR{digits(rng, 9)}{rng.choice(['NL', 'NO', 'GB', 'RU'])}", f"JJD{digits(rng, 14, first_nonzero=False)}",
                           f"{digits(rng, 14)}"])  # fmt: skip
    if kind == "product_code":
        return rng.choice(
            [
                f"ART-{digits(rng, 5)}",
                f"SKU {digits(rng, 4)}-{rng.choice('ABCDK')}",
                f"{digits(rng, 6)}.{digits(rng, 2)}",
                f"X{digits(rng, 3)}-{digits(rng, 3)}",
            ]
        )
    if kind == "company_phone":
        return {"en": rng.choice([f"0800 {digits(rng, 3)} {digits(rng, 4)}", f"0345 {digits(rng, 3)} {digits(rng, 4)}"]),
                "nl": rng.choice([f"0900-{digits(rng, 4)}", f"088 {digits(rng, 3)} {digits(rng, 4)}"]),
                "nb": rng.choice([f"815 {digits(rng, 2)} {digits(rng, 3)}", f"22 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}"]),
                "ru": rng.choice([f"8 800 {digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 2)}", f"8-800-{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 2)}"])}[lang]  # fmt: skip
    if kind == "flight_number":
        return (
            rng.choice(["KL", "SK", "SU", "BA", "DY", "HV", "U2", "WF"])
            + rng.choice(["", " ", "-"][: 2 if rng.random() < 0.8 else 3])
            + str(rng.randint(100, 4999))
        )
    if kind == "case_number":
        return rng.choice(
            [
                f"#{rng.choice([2026, 2027])}-{digits(rng, 6)}",
                f"CASE-{digits(rng, 5)}",
                f"Z{digits(rng, 7)}",
                f"№{digits(rng, 6)}",
            ]
        )
    if kind == "seat":
        return f"{rng.randint(1, 38)}{rng.choice('ABCDEF')}"
    if kind == "company_address":
        return {"en": f"Unit {rng.randint(2, 19)}, Brunel Trading Estate", "nl": f"Industrieweg {rng.randint(2, 90)}",
                "nb": f"Verkstedveien {rng.randint(2, 60)}", "ru": f"Промышленная ул., {rng.randint(2, 60)}, стр. {rng.randint(1, 4)}"}[lang]  # fmt: skip
    raise ValueError(kind)


# ---------------------------------------------------------------------------------------
# disguise
# ---------------------------------------------------------------------------------------


def spell_email(rng: random.Random, lang: str, local: list[str], dom: str) -> str:
    at, dot = rng.choice(AT_WORDS[lang]), rng.choice(DOT_WORDS[lang])
    pieces = []
    for p in local:
        if "_" in p:
            a, b = p.split("_", 1)
            p = f"{a} {DASH_WORDS[lang]} {b}" if rng.random() < 0.6 else p
        pieces.append(p)
    loc = f" {dot} ".join(pieces)
    if rng.random() < 0.25:  # only the @ spelled out, the domain typed
        d = dom
    elif lang == "ru" and dom in RU_DOMAIN_SPOKEN and rng.random() < 0.3:
        d = f"{RU_DOMAIN_SPOKEN[dom]} {dot} ру"
    else:
        d = f" {dot} ".join(dom.split("."))
    s = f"{loc} {at} {d}"
    return s.upper() if rng.random() < 0.05 else s


def words_for_digits(rng: random.Random, lang: str, v: str, mixed: bool) -> str:
    words = NUMBER_WORDS[lang]
    out: list[str] = []
    k = 0
    while k < len(v) and not v[k].isdigit():
        k += 1
    prefix = v[:k].strip(" -#")
    if prefix:
        out.append(prefix)
    chars = [c for c in v[k:] if c.isdigit()]
    i = 0
    while i < len(chars):
        c = chars[i]
        if (
            c.isdigit()
            and lang == "en"
            and i + 1 < len(chars)
            and chars[i + 1] == c
            and rng.random() < 0.5
        ):
            out.append("double " + (words[int(c)] if not mixed or rng.random() < 0.5 else c))
            i += 2
            continue
        if c.isdigit() and (not mixed or rng.random() < 0.55):
            w = words[int(c)]
            if lang == "en" and c == "0" and rng.random() < 0.4:
                w = "oh"
            out.append(w)
        else:
            out.append(c)
        i += 1
    if out and out[0] == "+" and len(out) > 1:
        plus = {"en": "plus ", "nl": "plus ", "nb": "pluss ", "ru": "плюс "}[lang]
        out[:2] = [("+" if out[1].isdigit() else plus) + out[1]]
    return (", " if rng.random() < 0.15 else " ").join(out)


def zero_width(rng: random.Random, v: str, n: int) -> str:
    chars = list(v)
    for _ in range(n):
        chars.insert(rng.randint(1, len(chars) - 1), rng.choice(ZERO_WIDTH))
    return "".join(chars)


def lookalike(rng: random.Random, v: str, t: str, lang: str) -> str:
    """Swap one or two characters for look-alikes (Cyrillic letters, O for 0, l for 1...)."""
    chars = list(v)
    protected: set[int] = set()
    if t == "IB":
        idx = [i for i, c in enumerate(chars) if c != " "]
        letters_at = {0, 1} | ({4, 5, 6, 7} if v[:2].upper() in ("NL", "GB") else set())
        protected = {idx[k] for k in letters_at if k < len(idx)}
    cand = [
        i
        for i, c in enumerate(chars)
        if (c in DIGIT_LOOK and i not in protected)
        or (c in CYR and (i in protected or c.isalpha()))
    ]
    if not cand:
        return v
    for i in rng.sample(cand, min(len(cand), rng.choice([1, 2, 2]))):
        c = chars[i]
        chars[i] = rng.choice(DIGIT_LOOK[c]) if c in DIGIT_LOOK else CYR[c]
    return "".join(chars)


# ---------------------------------------------------------------------------------------
# message helpers
# ---------------------------------------------------------------------------------------


def typo(rng: random.Random, s: str) -> str:
    words = s.split(" ")
    cand = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not cand:
        return s
    i = rng.choice(cand)
    w = words[i]
    j = rng.randint(1, len(w) - 3)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words)


class Conv:
    def __init__(self, ctx: Ctx) -> None:
        self.ctx, self.rng, self.lang = ctx, ctx.rng, ctx.lang
        self.turns: list[Turn] = []
        self.b = B[ctx.lang]
        if ctx.lang != "en" and self.rng.random() < 0.12:
            # this customer switches to English now and then
            self.b = dict(self.b)
            for key in ("wait", "bye", "fix", "fixpart", "split2", "found", "addrans"):
                self.b[key] = self.b[key] + B["en"][key]
            self.b["plain"] = {
                t: v + B["en"]["plain"].get(t, []) for t, v in self.b["plain"].items()
            }
        self.lower = self.rng.random() < 0.45  # this customer types in lower case
        self.asked: list[str] = []
        self.used: set[str] = set()  # negative episodes already told in this conversation
        self.given: set[str] = set()  # types the customer already gave (not asked again)

    def fresh(self, pool: list[str]) -> str:
        """A type from pool that the customer has not given yet (if any)."""
        return self.rng.choice([t for t in pool if t not in self.given] or pool)

    def pick(self, key: str) -> str:
        return self.rng.choice(self.b[key])

    def agent(self, template: str, **slots: Part) -> None:
        self.turns.append(("agent", T(template, **slots)))

    def cust(self, template: str, **slots: Part) -> None:
        rng = self.rng
        parts = T(template, **slots)
        out: list[Part] = []
        low = self.lower and rng.random() < 0.85
        for p in parts:
            if isinstance(p, str):
                if rng.random() < 0.1:
                    p = typo(rng, p)
                out.append(p.lower() if low else p)
            elif (
                low
                and isinstance(p, E)
                and p.type
                in (
                    "PERSON",
                    "LOCATION",
                    "EMAIL_ADDRESS",
                    "BOOKING_REFERENCE",
                    "PASSPORT",
                    "CUSTOMER_NUMBER",
                )
            ):
                out.append(E(p.text.lower(), p.type, p.cls))
            else:
                out.append(p)
        if rng.random() < 0.06:
            out.append(" " + rng.choice(self.b["mix"]))
        self.given |= {CODE[p.type] for p in out if isinstance(p, E)}
        self.turns.append(("customer", out))

    def ask(self, t: str) -> None:
        self.agent(self.rng.choice(self.b["ask"][t]).replace("{cn}", self.ctx.cn))
        self.asked.append(t)

    def ok(self) -> None:
        if self.rng.random() < 0.75:
            self.agent(self.pick("ok"))

    def open(self) -> None:
        rng = self.rng
        agent = rng.choice(FIRST[self.lang])
        if rng.random() < 0.3:
            self.cust(
                rng.choice(
                    {
                        "en": ["hi", "hello?"],
                        "nl": ["hallo", "hoi"],
                        "nb": ["hei", "hallo"],
                        "ru": ["здравствуйте", "алло"],
                    }[self.lang]
                    if rng.random() < 0.2
                    else [self.pick("open")]
                )
            )
        self.agent(
            self.pick("greet").replace("{biz}", self.ctx.biz), agent=E(agent, "PERSON", "plain")
        )
        if not self.turns[0][0] == "customer":
            self.cust(self.pick("open"))

    def close(self) -> None:
        self.agent(self.pick("close"))
        self.cust(self.pick("bye"))

    def filler(self) -> None:
        """An agent line with a hard negative that belongs to the business, not the customer."""
        rng, lang = self.rng, self.lang
        kinds = [
            "company_phone",
            "case_number",
            "amount",
            "time",
            "tracking_number",
            "company_address",
        ]
        if self.ctx.sector in TRAVEL:
            kinds += ["flight_number"] * 4 + ["seat"] if self.ctx.sector == "tour" else ["seat"]
        kind = rng.choice(kinds)
        key = {"company_phone": "cphone", "case_number": "case", "amount": "amount", "time": "timeq",
               "tracking_number": "track", "flight_number": "flight", "seat": "seat", "company_address": "compaddr"}[kind]  # fmt: skip
        tpl = rng.choice(self.b[key])
        slots: dict[str, Part] = {"v": N(neg_value(rng, lang, kind), kind)}
        if "{w}" in tpl:
            slots["w"] = N(neg_value(rng, lang, kind), kind)
        self.agent(tpl, **slots)

    def product(self) -> None:
        self.cust(
            self.rng.choice(self.b["product"]),
            v=N(neg_value(self.rng, self.lang, "product_code"), "product_code"),
        )

    def bare(self, t: str, v: str | None = None) -> None:
        """Agent asks for t; the customer answers with the value alone (several shapes)."""
        rng = self.rng
        self.ask(t)
        cls = "bare_answer"
        if v is None and t in ("EM", "PH", "CN", "NID", "IB", "BA", "CC") and rng.random() < 0.12:
            v, cls = disguise(self, t), "disguised"
        v = v if v is not None else value(self.ctx, t)
        r = rng.random()
        if r < 0.2:
            self.cust(self.pick("wait"))
            if rng.random() < 0.6:
                self.agent(self.pick("waitok"))
            if rng.random() < 0.3:
                self.cust(
                    rng.choice(["ok", "found it", "got it", "hier", "her", "вот", "ja", "so"])
                )
        elif r < 0.35:
            self.cust(self.pick("qback"))
            self.agent(self.pick("qbackok"))
        elif r < 0.45:
            kind = rng.choice(["time", "amount"])
            self.cust(rng.choice(self.b["aside_q_" + kind]))
            self.agent(
                rng.choice(self.b["aside_" + kind]), v=N(neg_value(rng, self.lang, kind), kind)
            )
        tail = rng.choice(["{v}", "{v}", "{v}", "{v}", "{v}?", "{v} i think", "{v} 🙂", "{v}."])
        if self.lang != "en" and "think" in tail:
            tail = {"nl": "{v} denk ik", "nb": "{v} tror jeg", "ru": "{v} вроде"}[self.lang]
        self.cust(tail, v=E(v, TYPE[t], cls))
        self.ok()

    def neg_order_episode(self) -> None:
        rng = self.rng
        self.ask("CN")
        self.cust(rng.choice(["{v}", "{v}?", "i only have {v}", "{v} (from the confirmation)"]) if self.lang == "en"
                  else rng.choice(["{v}", "{v}?"]), v=N(order_number(rng), "order_number"))  # fmt: skip
        self.agent(self.pick("neg_order").replace("{cn}", self.ctx.cn))
        self.cust("{v}", v=E(value(self.ctx, "CN"), TYPE["CN"], "bare_answer"))
        self.ok()

    def neg_dob_episode(self) -> None:
        self.ask("DOB")
        self.cust("{v}", v=N(neg_value(self.rng, self.lang, "travel_date"), "travel_date"))
        self.agent(self.pick("neg_dob"))
        self.cust("{v}", v=E(value(self.ctx, "DOB"), TYPE["DOB"], "bare_answer"))
        self.ok()

    def neg_bare_episode(self) -> None:
        rng = self.rng
        r = rng.random()
        if r < 0.35:
            self.agent(self.pick("when"))
            self.cust(rng.choice(["{v}", "{v}?", "{v} if possible"]) if self.lang == "en" else "{v}",
                      v=N(neg_value(rng, self.lang, "travel_date"), "travel_date"))  # fmt: skip
        elif r < 0.65 and self.ctx.sector in TRAVEL | {"marina", "customs"}:
            self.agent(self.pick("where"))
            self.cust(
                rng.choice(["{v}", "{v}!", "{v} 🙂"]),
                v=N(neg_value(rng, self.lang, "destination"), "destination"),
            )
        else:
            self.agent(self.pick("ordq"))
            self.cust(rng.choice(["{v}", "{v}."]), v=N(order_number(rng), "order_number"))
        self.ok()

    def negs(self, n: int) -> None:
        rng = self.rng
        for _ in range(n):
            r = rng.random()
            if r < 0.25 and "order" not in self.used and "CN" not in self.given:
                self.used.add("order")
                self.neg_order_episode()
            elif (
                r < 0.45
                and "DOB" in self.ctx.pool
                and "dob" not in self.used
                and "DOB" not in self.given
            ):
                self.used.add("dob")
                self.neg_dob_episode()
            elif r < 0.75 and "bare" not in self.used:
                self.used.add("bare")
                self.neg_bare_episode()
            elif r < 0.85 and "product" not in self.used:
                self.used.add("product")
                self.product()
            else:
                self.filler()

    def plain(self, t: str, v: str | None = None) -> None:
        tpl = self.rng.choice(self.b["plain"][t]).replace("{cn}", self.ctx.cn)
        self.cust(tpl, v=E(v if v is not None else value(self.ctx, t), TYPE[t], "plain"))


# ---------------------------------------------------------------------------------------
# the six classes
# ---------------------------------------------------------------------------------------


def pick_types(ctx: Ctx, k: int, exclude: tuple[str, ...] = ()) -> list[str]:
    pool = [t for t in ctx.pool if t not in exclude]
    out = ctx.rng.sample(pool, min(k, len(pool)))
    if "BR" in pool and "BR" not in out and ctx.rng.random() < 0.6:
        out[0] = "BR"
    if "TK" in pool and "TK" not in out and len(out) > 1 and ctx.rng.random() < 0.5:
        out[1] = "TK"
    return out


def conv_bare(cv: Conv) -> None:
    rng, ctx = cv.rng, cv.ctx
    cv.open()
    types = pick_types(ctx, rng.randint(2, 4))
    if rng.random() < 0.3 and len(types) >= 2:
        # two questions in one agent message, answered in two bare messages
        a, b = types[:2]
        qa = rng.choice(B[cv.lang]["ask"][a]).replace("{cn}", ctx.cn)
        qb = rng.choice(B[cv.lang]["ask"][b]).replace("{cn}", ctx.cn)
        cv.agent(qa + " " + qb)
        cv.cust("{v}", v=E(value(ctx, a), TYPE[a], "bare_answer"))
        if rng.random() < 0.4:
            cv.cust(cv.pick("wait"))
        cv.cust("{v}", v=E(value(ctx, b), TYPE[b], "bare_answer"))
        cv.ok()
        types = types[2:]
    if len(types) >= 2 and rng.random() < 0.3:
        # asked for A, customer goes looking; B is asked and answered; A comes later, bare
        a, b = types[:2]
        if a in ("PER", "DOB"):
            a, b = b, a
        cv.ask(a)
        cv.cust(cv.pick("wait"))
        cv.agent(cv.pick("meanwhile"))
        cv.ask(b)
        cv.cust("{v}", v=E(value(ctx, b), TYPE[b], "bare_answer"))
        cv.cust(rng.choice(cv.b["found"]), v=E(value(ctx, a), TYPE[a], "bare_answer"))
        cv.ok()
        types = types[2:]
    for i, t in enumerate(types):
        cv.bare(t)
        if i == 0 and rng.random() < 0.5:
            cv.negs(1)
    if rng.random() < 0.4:
        cv.agent(cv.pick("addr"))
        cv.cust("{v}", v=E(address(rng, cv.lang), "LOCATION", "address_no_cue"))
    cv.negs(rng.randint(1, 2))
    if rng.random() < 0.4:
        cv.filler()
    cv.close()


LIST_HEAD = {
    "en": {"PER": "name", "DOB": "dob", "PP": "passport", "CN": "member no", "PH": "phone", "EM": "email", "NID": "id"},
    "nl": {"PER": "naam", "DOB": "geb.datum", "PP": "paspoort", "CN": "lidnr", "PH": "tel", "EM": "mail", "NID": "bsn"},
    "nb": {"PER": "navn", "DOB": "født", "PP": "pass", "CN": "medl.nr", "PH": "tlf", "EM": "epost", "NID": "fnr"},
    "ru": {"PER": "ФИО", "DOB": "д.р.", "PP": "паспорт", "CN": "номер", "PH": "тел", "EM": "почта", "NID": "снилс"},
}  # fmt: skip


def conv_list(cv: Conv) -> None:
    rng, ctx, lang = cv.rng, cv.ctx, cv.lang
    cv.open()
    if rng.random() < 0.35:
        cv.plain("CN")
        cv.ok()
    # which fields each item carries
    kind = rng.random()
    if kind < 0.45 and "PP" in ctx.pool:
        fields = ["PER", "DOB", "PP"]
        ask = cv.b["listask"][rng.choice([0, 1])]
    elif kind < 0.7:
        fields = ["PER", "DOB"]
        ask = cv.b["listask"][2]
    else:
        fields = [
            "PER",
            rng.choice(
                [t for t in ("CN", "PH", "EM", "DOB", "NID") if t in ctx.pool or t == "DOB"]
            ),
        ]
        ask = cv.b["listask"][3] if fields[1] == "CN" else cv.b["listask"][2]
    cv.agent(ask)
    if rng.random() < 0.3:
        cv.cust(cv.pick("wait"))
    n = rng.randint(2, 4)
    fam_last = ctx.last
    rows: list[list[E]] = []
    firsts = rng.sample(FIRST[lang], n)
    for k in range(n):
        first, last, fem = person(rng, lang)
        first = firsts[k]
        if lang == "ru" and (first in RU_FEM) != fem:
            fem = first in RU_FEM
            last = last + "а" if fem else last[:-1]
        if rng.random() < 0.6:
            last = fam_last if lang != "ru" else (fam_last.rstrip("а") + ("а" if fem else ""))
        row: list[E] = []
        sub = Ctx(rng, lang, ctx.sector)
        sub.first, sub.last, sub.female = first, last, fem
        if k > 0 and rng.random() < 0.3 and lang != "ru":
            nm = first  # later items often just the first name
        else:
            nm = full_name(rng, lang, first, last, fem)
        for f in fields:
            if f == "PER":
                row.append(E(nm, "PERSON", "list"))
            elif f == "DOB":
                row.append(E(fmt_date(rng, lang, *sub.dob), "DATE_OF_BIRTH", "list"))
            else:
                row.append(E(value(sub, f), TYPE[f], "list"))
        rows.append(row)
    layout = rng.randint(0, 7)
    fsep = rng.choice([", ", " ", " / ", " - ", ", "])
    parts: list[Part] = []
    intro = cv.pick("listintro")
    if layout == 0:  # one per line
        parts.append(intro + ("\n" if intro else ""))
        for k, row in enumerate(rows):
            parts += join_row(row, fsep)
            if k < n - 1:
                parts.append("\n")
    elif layout == 1:  # semicolons
        parts.append(intro + (" " if intro and not intro.endswith(" ") else ""))
        for k, row in enumerate(rows):
            parts += join_row(row, ", ")
            if k < n - 1:
                parts.append("; ")
    elif layout == 2:  # "and"
        parts.append(intro + (" " if intro and not intro.endswith(" ") else ""))
        for k, row in enumerate(rows):
            if k > 0:
                parts.append(", " if k < n - 1 else rng.choice(cv.b["listand"]))
            parts += join_row(row, rng.choice([", ", " "]))
    elif layout == 3:  # numbered
        parts.append(intro + ("\n" if intro else ""))
        style = rng.choice(["{k}. ", "{k}) ", "{k} - "])
        for k, row in enumerate(rows):
            parts.append(style.format(k=k + 1))
            parts += join_row(row, fsep)
            if k < n - 1:
                parts.append("\n")
    elif layout == 4:  # bullets
        bullet = rng.choice(["- ", "• ", "* ", "– "])
        parts.append(intro + ("\n" if intro else ""))
        for k, row in enumerate(rows):
            parts.append(bullet)
            parts += join_row(row, fsep)
            if k < n - 1:
                parts.append("\n")
    elif layout == 5:  # table-ish with header
        sep = rng.choice([" | ", "\t", " ; "])
        parts.append(sep.join(LIST_HEAD[lang][f] for f in fields) + "\n")
        for k, row in enumerate(rows):
            parts += join_row(row, sep)
            if k < n - 1:
                parts.append("\n")
    elif layout == 6:  # one message per traveller, no cue: each answers the one question
        for row in rows:
            cv.turns.append(("customer", join_row(row, fsep)))
        parts = []
    else:  # fields grouped: all names, then all dates
        parts.append(intro + (" " if intro and not intro.endswith(" ") else ""))
        for fi in range(len(fields)):
            for k, row in enumerate(rows):
                parts.append(row[fi])
                if k < n - 1:
                    parts.append(", ")
            if fi < len(fields) - 1:
                parts.append(rng.choice([" // ", "\n", " — "]))
    if parts:
        cv.turns.append(("customer", parts))
    cv.ok()
    # a second list: phone numbers or accounts, or seat/travel negatives
    r = rng.random()
    acc = [t for t in ("IB", "BA", "CN") if t in ctx.pool]
    if r < 0.2 and acc:
        t = rng.choice(acc)
        cv.agent(rng.choice(cv.b["listacc"]))
        vals = [value(ctx, t) for _ in range(rng.randint(2, 3))]
        owners = rng.sample(cv.b["owners"], len(vals))
        lay = rng.randint(0, 2)
        parts: list[Part] = []
        for k, (o, v) in enumerate(zip(owners, vals, strict=True)):
            if k:
                parts.append("\n" if lay == 0 else ("; " if lay == 1 else ", "))
            parts += (
                ([f"{o}: "] if lay < 2 else [])
                + [E(v, TYPE[t], "list")]
                + ([f" ({o})"] if lay == 2 else [])
            )
        cv.turns.append(("customer", parts))
        cv.ok()
    elif r < 0.5:
        t = rng.choice([t for t in ("PH", "EM") if t in ctx.pool] or ["PH"])
        cv.ask(t)
        a, b = value(ctx, t), value(Ctx(rng, lang, ctx.sector), t)
        tpl = rng.choice({"en": ["{a} and {b}", "{a}, or my wife's {b}", "{a} / {b}", "mine {a}\nhis {b}"],
                          "nl": ["{a} en {b}", "{a}, of van mijn vrouw {b}", "{a} / {b}", "van mij {a}\nvan hem {b}"],
                          "nb": ["{a} og {b}", "{a}, eller kona mi {b}", "{a} / {b}", "min {a}\nhans {b}"],
                          "ru": ["{a} и {b}", "{a}, или жены {b}", "{a} / {b}", "мой {a}\nего {b}"]}[lang])  # fmt: skip
        cv.cust(tpl, a=E(a, TYPE[t], "list"), b=E(b, TYPE[t], "list"))
        cv.ok()
    elif r < 0.6 and ctx.sector in TRAVEL:
        cv.agent(
            cv.b["seat"][0],
            v=N(neg_value(rng, lang, "seat"), "seat"),
            w=N(neg_value(rng, lang, "seat"), "seat"),
        )
    cv.negs(rng.randint(1, 2))
    cv.close()


def join_row(row: list[E], sep: str) -> list[Part]:
    out: list[Part] = []
    for i, e in enumerate(row):
        if i:
            out.append(sep)
        out.append(e)
    return out


def mistype(rng: random.Random, v: str) -> str:
    idx = [i for i, c in enumerate(v) if c.isdigit()]
    if not idx:
        idx = [i for i, c in enumerate(v) if c.isalnum()]
    i = rng.choice(idx[1:] if len(idx) > 1 else idx)
    c = v[i]
    pool = "0123456789" if c.isdigit() else "ABCDEFGHJKLMNPRSTUVWXYZ"
    new = rng.choice([x for x in pool if x != c.upper()])
    return v[:i] + (new.lower() if c.islower() else new) + v[i + 1 :]


def split_point(rng: random.Random, v: str) -> int:
    spaces = [i for i, c in enumerate(v) if c == " "]
    if spaces and rng.random() < 0.5:
        return rng.choice(spaces)
    return rng.randint(2, len(v) - 2)


def cued_tpl(cv: Conv, t: str) -> str:
    """A cue template with the value at its end (so a split value continues in the next message)."""
    tpls = [x for x in cv.b["plain"][t] if x.endswith("{v}")] or ["{v}"]
    return cv.rng.choice(tpls).replace("{cn}", cv.ctx.cn)


def conv_split(cv: Conv) -> None:
    rng, ctx = cv.rng, cv.ctx
    cv.open()
    splittable = [
        t for t in ("IB", "BA", "PH", "CC", "NID", "CN", "PP", "TK", "EM") if t in ctx.pool
    ]
    chosen = rng.sample(splittable, min(len(splittable), rng.randint(1, 3)))
    for t in chosen:
        v = value(ctx, t)
        ty = TYPE[t]
        if rng.random() < 0.3:
            cv.plain(cv.fresh([x for x in ctx.pool if x not in chosen]))
        cued = rng.random() < 0.4
        if not cued:
            cv.ask(t)
        if rng.random() < 0.55 and len(v) >= 6:
            # one value over two messages
            k = split_point(rng, v)
            a, b = v[:k].rstrip(), v[k:].lstrip()
            if cued:
                cv.cust(cued_tpl(cv, t), v=E(a, ty, "split"))
            else:
                cv.cust(rng.choice(cv.b["split1"]), v=E(a, ty, "split"))
            if len(b) >= 8 and rng.random() < 0.25:  # and a third message
                k2 = split_point(rng, b)
                b, c = b[:k2].rstrip(), b[k2:].lstrip()
                cv.cust("{v}", v=E(b, ty, "split"))
                cv.cust(rng.choice(cv.b["split2"]), v=E(c, ty, "split"))
            else:
                cv.cust(rng.choice(cv.b["split2"]), v=E(b, ty, "split"))
        else:
            # typed wrong, corrected in the next message
            wrong = mistype(rng, v)
            if cued:
                cv.cust(cued_tpl(cv, t), v=E(wrong, ty, "split"))
            else:
                cv.cust("{v}", v=E(wrong, ty, "split"))
            partial = t in ("PH", "CN", "PP", "TK") and rng.random() < 0.4
            if partial:
                diff = next(i for i in range(len(v)) if v[i] != wrong[i])
                start = max(0, diff - rng.randint(1, 3))
                while start > 0 and v[start - 1] != " " and rng.random() < 0.5:
                    start -= 1
                frag = v[start:].strip()
                cv.cust(rng.choice(cv.b["fixpart"]), v=E(frag, ty, "split"))
            else:
                cv.cust(rng.choice(cv.b["fix"]), v=E(v, ty, "split"))
        cv.ok()
        if rng.random() < 0.4:
            cv.negs(1)
    if rng.random() < 0.5:
        cv.bare(cv.fresh(ctx.pool))
    if rng.random() < 0.25:
        cv.agent(cv.pick("addr"))
        cv.cust(cv.pick("addrans"), v=E(address(rng, cv.lang), "LOCATION", "address_no_cue"))
    cv.negs(1)
    cv.close()


def disguise(cv: Conv, t: str) -> str:
    rng, lang, ctx = cv.rng, cv.lang, cv.ctx
    if t == "EM":
        local, dom = email_of(rng, lang, ctx.first, ctx.last)
        return spell_email(rng, lang, local, dom)
    v = value(ctx, t)
    r = rng.random()
    if (
        t in ("PH", "CN", "NID", "BA", "DOB")
        and r < 0.5
        and not (t == "DOB" and not v[0].isdigit())
    ):
        if t == "DOB":
            v = fmt_date(rng, lang, *ctx.dob) if rng.random() < 0.5 else v
            if not any(c.isdigit() for c in v):
                return v
        return words_for_digits(rng, lang, v, mixed=rng.random() < 0.5)
    if r < 0.75 or t in ("BR",):
        return zero_width(rng, v, rng.choice([1, 2, 3]))
    out = lookalike(rng, v, t, lang)
    return out if out != v else zero_width(rng, v, 2)


def conv_disguised(cv: Conv) -> None:
    rng, ctx = cv.rng, cv.ctx
    cv.open()
    types = ["EM"] if "EM" in ctx.pool else []
    others = [t for t in ("PH", "CN", "NID", "IB", "BA", "CC", "PP", "BR") if t in ctx.pool]
    types += rng.sample(others, min(len(others), rng.randint(2, 3)))
    rng.shuffle(types)
    for t in types:
        v = disguise(cv, t)
        if rng.random() < 0.6:
            cv.ask(t)
            cv.cust(rng.choice(["{v}", "{v}", "ok: {v}", "{v} 🙂"]), v=E(v, TYPE[t], "disguised"))
        else:
            tpl = rng.choice(cv.b["plain"][t]).replace("{cn}", ctx.cn)
            cv.cust(tpl, v=E(v, TYPE[t], "disguised"))
        cv.ok()
        if rng.random() < 0.35:
            cv.negs(1)
    if rng.random() < 0.4:
        cv.bare(cv.fresh(ctx.pool))
    if rng.random() < 0.25:
        cv.agent(cv.pick("addr"))
        cv.cust(cv.pick("addrans"), v=E(address(rng, cv.lang), "LOCATION", "address_no_cue"))
    cv.negs(1)
    cv.close()


def conv_address(cv: Conv) -> None:
    rng, ctx, lang = cv.rng, cv.ctx, cv.lang
    cv.open()
    if rng.random() < 0.6:
        cv.plain(rng.choice(["CN", "PER"] if "CN" in ctx.pool else ["PER"]))
        cv.ok()
    cv.agent(cv.pick("addr"))
    if rng.random() < 0.25:
        cv.cust(cv.pick("wait"))
    a = address(rng, lang)
    r = rng.random()
    if r < 0.2:  # the old one and the new one
        a, old = address(rng, lang, oneline=True), address(rng, lang, oneline=True)
        tpl = {"en": "new one is {a}, old was {b}", "nl": "nieuw: {a}, oud was {b}", "nb": "ny er {a}, gammel var {b}",
               "ru": "новый {a}, старый был {b}"}[lang]  # fmt: skip
        cv.cust(tpl, a=E(a, "LOCATION", "address_no_cue"), b=E(old, "LOCATION", "address_no_cue"))
    elif r < 0.35:  # over two lines, street then town, in two messages
        street = rng.choice(STREETS[lang]) + f" {rng.randint(1, 99)}"
        town, pc = rng.choice(TOWNS[lang])
        tail = (
            f"{pc} {town}"
            if lang in ("nl", "nb")
            else (f"{town} {pc}" if lang == "en" else f"г. {town}, {pc}")
        )
        if rng.random() < 0.7:
            street, tail = street.lower(), tail.lower()
        cv.cust("{v}", v=E(street, "LOCATION", "address_no_cue"))
        cv.cust("{v}", v=E(tail, "LOCATION", "address_no_cue"))
    else:
        cv.cust(cv.pick("addrans"), v=E(a, "LOCATION", "address_no_cue"))
    cv.ok()
    if rng.random() < 0.5:
        cv.filler()  # e.g. the company's own depot address
    if rng.random() < 0.5:
        cv.agent({"en": "And where should the invoice go, same address?", "nl": "En de factuur, zelfde adres?",
                  "nb": "Og fakturaen, samme adresse?", "ru": "А счёт на тот же адрес?"}[lang])  # fmt: skip
        cv.cust({"en": "no, to work: {v}", "nl": "nee, naar mijn werk: {v}", "nb": "nei, til jobben: {v}", "ru": "нет, на работу: {v}"}[lang],
                v=E(address(rng, lang), "LOCATION", "address_no_cue"))  # fmt: skip
        cv.ok()
    if rng.random() < 0.5:
        cv.bare(cv.fresh(ctx.pool))
    if ctx.sector in TRAVEL and rng.random() < 0.5:
        cv.used.add("bare")
        cv.agent(cv.pick("where"))
        cv.cust("{v}", v=N(neg_value(rng, lang, "destination"), "destination"))
    cv.negs(1)
    cv.close()


def conv_plain(cv: Conv) -> None:
    rng, ctx = cv.rng, cv.ctx
    cv.open()
    types = pick_types(ctx, rng.randint(2, 4))
    for t in types:
        cv.plain(t)
        cv.ok()
        if rng.random() < 0.3:
            cv.filler()
    if rng.random() < 0.4:
        cv.plain("LOC")
        cv.ok()
    # negatives with their own cue in the customer's message
    if rng.random() < 0.6:
        ord_tpl = {
            "en": "order number {v}",
            "nl": "bestelnummer {v}",
            "nb": "ordrenummer {v}",
            "ru": "номер заказа {v}",
        }[cv.lang]
        cv.cust(ord_tpl, v=N(order_number(rng), "order_number"))
    cv.negs(rng.randint(1, 2))
    cv.close()


BUILDERS: dict[str, Callable[[Conv], None]] = {
    "bare_answer": conv_bare, "list": conv_list, "split": conv_split, "disguised": conv_disguised,
    "address_no_cue": conv_address, "plain": conv_plain,
}  # fmt: skip


def plan(seed: int = SEED) -> list[tuple[str, str, str, str]]:
    """(conversation_id, lang, class, sector) for every conversation, in file order."""
    rng = random.Random(seed * 7 + 1)
    out = []
    for lang in LANGS:
        classes = [c for c in CLASSES for _ in range(PER_CLASS)]
        rng.shuffle(classes)
        sectors = sorted(SECTORS)
        for i, cls in enumerate(classes, 1):
            out.append(
                (
                    f"{PREFIX}-{lang}-{i:03d}",
                    lang,
                    cls,
                    sectors[(i + LANGS.index(lang) * 5) % len(sectors)],
                )
            )
    return out


def build(seed: int = SEED) -> list[dict]:
    rng = random.Random(seed)
    records: list[dict] = []
    for conv_id, lang, cls, sector in plan(seed):
        cv = Conv(Ctx(rng, lang, sector))
        BUILDERS[cls](cv)
        records += conversation_records(conv_id, lang, cv.turns)
    return records


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("sealed7.jsonl")
    records = build()
    errors = verify(records)
    if errors:
        raise SystemExit("\n".join(errors[:20]))
    write_jsonl(records, out)
    n_spans = sum(len(r["entities"]) for r in records)
    n_negs = sum(len(r["negatives"]) for r in records)
    print(
        f"{out}: {len({r['conversation_id'] for r in records})} conversations, {len(records)} messages, {n_spans} spans, {n_negs} hard negatives"
    )


if __name__ == "__main__":
    main()
