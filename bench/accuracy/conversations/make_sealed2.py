# ruff: noqa: E501, RUF001  (hand-written phrase tables in four languages, Cyrillic look-alikes on purpose)
"""Write ``sealed2.jsonl``: the second sealed set of multi-turn conversations (issue 13).

Written blind: from what customer-service chats on WhatsApp, Messenger, Instagram, Telegram and
web live chat look like, without reading privacyguard's rules or detector, nor the first sets'
generators. Its own names, streets, companies, scenarios and phrasings; only the checksummed
number generators and the offset-exact assembly come from ``make_values``.

    .venv/bin/python bench/accuracy/conversations/make_sealed2.py [--out PATH] [--seed N]

Deterministic: the same seed writes the same file, byte for byte.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_values as mv  # noqa: E402
from make_values import E, N, Part  # noqa: E402

HERE = Path(__file__).resolve().parent
SEED = 20261205
PER_CLASS = 26  # conversations per class and language: 6 x 26 = 156 per language
PREFIX = "sealed2"

# ---------------------------------------------------------------------------------------
# people, places, companies (not the lists of make_values)
# ---------------------------------------------------------------------------------------

FIRST = {
    "en": [
        "Callum",
        "Harriet",
        "Rhys",
        "Imogen",
        "Declan",
        "Phoebe",
        "Ewan",
        "Martha",
        "Rory",
        "Beatrice",
        "Finlay",
        "Rosie",
        "Niall",
        "Esme",
        "Hamish",
        "Tilly",
        "Gareth",
        "Maisie",
        "Ollie",
        "Bethan",
    ],
    "nl": [
        "Gijs",
        "Marloes",
        "Stijn",
        "Roos",
        "Hidde",
        "Floor",
        "Teun",
        "Merel",
        "Bas",
        "Iris",
        "Niels",
        "Janneke",
        "Luuk",
        "Esther",
        "Mats",
        "Willemijn",
        "Jesse",
        "Sterre",
        "Maarten",
        "Annelies",
    ],
    "nb": [
        "Trond",
        "Synnøve",
        "Eskil",
        "Mari",
        "Audun",
        "Guro",
        "Lars",
        "Tiril",
        "Bjørnar",
        "Ingvild",
        "Ståle",
        "Hanne",
        "Amund",
        "Live",
        "Geir",
        "Birgitte",
        "Ørjan",
        "Randi",
        "Espen",
        "Vilde",
    ],
    "ru": [
        "Глеб",
        "Вера",
        "Роман",
        "Дарья",
        "Кирилл",
        "Полина",
        "Тимур",
        "Алина",
        "Степан",
        "Людмила",
        "Егор",
        "Варвара",
        "Фёдор",
        "Зоя",
        "Денис",
        "Галина",
        "Борис",
        "Надежда",
        "Илья",
        "Лариса",
    ],
}
LAST = {
    "en": ["Ogilvie", "Pritchard", "Bramwell", "Fenwick", "Gallagher", "Hollis", "McKenna",
           "Radcliffe", "Stanhope", "Tremayne", "Winslow", "Yardley", "Ashdown", "Calloway"],
    "nl": ["Verhoeven", "van den Berg", "Dekker", "Postma", "Koster", "van Wijk", "Schouten",
           "de Graaf", "Vermeulen", "Timmermans", "Bosman", "van Beek", "Prins", "Huisman"],
    "nb": ["Sæther", "Rønning", "Fossum", "Eide", "Kvam", "Tangen", "Vik", "Myhre", "Lie",
           "Hovland", "Grønli", "Aune", "Hagen", "Bråten"],
    "ru": ["Гусев", "Тихонов", "Калинин", "Медведев", "Журавлёв", "Степанов", "Комаров",
           "Воробьёв", "Титов", "Баранов", "Сорокин", "Ершов", "Громов", "Ковалёв"],
}  # fmt: skip
RU_FEM = {
    "Вера",
    "Дарья",
    "Полина",
    "Алина",
    "Людмила",
    "Варвара",
    "Зоя",
    "Галина",
    "Надежда",
    "Лариса",
}

COMPANIES = {
    "airline": {
        "en": "Skylark Air",
        "nl": "Vliegwiel Airlines",
        "nb": "Fjordfly",
        "ru": "АэроВолга",
    },
    "bank": {"en": "Northgate Bank", "nl": "Lindebank", "nb": "Kystbanken", "ru": "Банк Прибой"},
    "telecom": {"en": "Tellio Mobile", "nl": "Belwijs", "nb": "Nettfjord", "ru": "СвязьПлюс"},
    "insurer": {
        "en": "Harbour Insurance",
        "nl": "Zekerwel Verzekeringen",
        "nb": "Tryggvik Forsikring",
        "ru": "Страхование Щит",
    },
    "parcel": {"en": "ParcelHop", "nl": "PakjeSnel", "nb": "Pakkeløpet", "ru": "Курьер Экспресс"},
    "hotel": {
        "en": "The Marlow Hotel",
        "nl": "Hotel De Zwaan",
        "nb": "Hotell Nordlys",
        "ru": "Гостиница Заря",
    },
    "shop": {"en": "ShopNook", "nl": "Koopkist", "nb": "Handlekurven", "ru": "Маркет Лавка"},
    "utility": {
        "en": "Brightwater Energy",
        "nl": "Groenstroom Noord",
        "nb": "Lysverket",
        "ru": "ГорЭнергоСбыт",
    },
    "transport": {
        "en": "MetroLink",
        "nl": "RegioRail",
        "nb": "Bybane Vest",
        "ru": "Транспортная карта",
    },
}
SECTORS = [*COMPANIES, "airline", "airline", "hotel"]  # travel is where most such chats are
CHANNELS = ["whatsapp", "messenger", "instagram", "telegram", "livechat"]

STREETS = {
    "en": ["Hawthorn Drive", "Foxglove Road", "Mill Court", "Chapel Street", "Beech Grove",
           "Sandpiper Way", "Albion Terrace", "Rowan Crescent", "Quarry Lane", "Westfield Avenue"],
    "nl": ["Ruysdaelstraat", "Waalstraat", "Kastanjelaan", "Zeemanstraat", "Vondelweg",
           "Esdoornhof", "Wilhelminastraat", "Burgemeester de Withstraat", "Nieuwe Gracht", "Torenpad"],
    "nb": ["Tollbugata", "Fjordveien", "Nedre Slottsgate", "Lyngveien", "Bakkegata",
           "Furuveien", "Sjøgata", "Eikelundveien", "Kongens gate", "Åsveien"],
    "ru": ["ул. Малышева", "ул. Некрасова", "Красный пр.", "ул. Белинского", "ул. Строителей",
           "ул. Кирова", "пр. Победы", "ул. Островского", "ул. Заречная", "ул. Горького"],
}  # fmt: skip
CITIES = {
    "en": [("Ipswich", "IP1 3QQ"), ("Sheffield", "S10 2TN"), ("Exeter", "EX4 6PX"), ("Derby", "DE1 1GB"),
           ("Swansea", "SA1 5DR"), ("Carlisle", "CA3 8LG"), ("Reading", "RG1 7JE")],
    "nl": [("Amsterdam", "1071 XB"), ("Deventer", "7411 BB"), ("Groningen", "9712 KM"), ("Tilburg", "5038 AC"),
           ("Amersfoort", "3811 HP"), ("Nijmegen", "6511 PB"), ("Alkmaar", "1811 DJ")],
    "nb": [("Oslo", "0152"), ("Høvik", "1363"), ("Stavanger", "4006"), ("Kristiansand", "4611"),
           ("Bodø", "8006"), ("Ålesund", "6002"), ("Lillehammer", "2609")],
    "ru": [("Екатеринбург", "620014"), ("Новосибирск", "630099"), ("Нижний Новгород", "603005"),
           ("Воронеж", "394030"), ("Ярославль", "150000"), ("Иркутск", "664003"), ("Омск", "644024")],
}  # fmt: skip
DESTINATIONS = {
    "en": ["Tenerife", "Faro", "Amsterdam", "Prague", "Reykjavik", "Nice", "Palma"],
    "nl": ["Alicante", "Bonaire", "Wenen", "Praag", "Ibiza", "Kopenhagen", "Napels"],
    "nb": ["Malaga", "Krakow", "Roma", "Nice", "Tenerife", "Stockholm", "Reykjavik"],
    "ru": ["Сочи", "Ереван", "Тбилиси", "Мурманск", "Анапу", "Калининград", "Владивосток"],
}  # fmt: skip
DOMAINS = {
    "en": ["gmail.com", "hotmail.co.uk", "outlook.com", "sky.com", "icloud.com", "virginmedia.com"],
    "nl": ["gmail.com", "ziggo.nl", "planet.nl", "hotmail.nl", "live.nl", "kpnmail.nl"],
    "nb": ["gmail.com", "online.no", "hotmail.com", "getmail.no", "icloud.com", "outlook.com"],
    "ru": ["mail.ru", "yandex.ru", "list.ru", "inbox.ru", "gmail.com", "ya.ru"],
}  # fmt: skip

# ---------------------------------------------------------------------------------------
# small template engine: "{slot}" takes a str, an E, an N or a list of parts
# ---------------------------------------------------------------------------------------

SLOT = re.compile(r"\{(\w+)\}")


def T(tpl: str, **kw: object) -> list[Part]:
    parts: list[Part] = []
    pos = 0
    for m in SLOT.finditer(tpl):
        if m.start() > pos:
            parts.append(tpl[pos : m.start()])
        v = kw[m.group(1)]
        if isinstance(v, list):
            parts.extend(v)
        else:
            parts.append(v)  # type: ignore[arg-type]
        pos = m.end()
    if pos < len(tpl):
        parts.append(tpl[pos:])
    return parts


def lower_parts(parts: list[Part]) -> list[Part]:
    out: list[Part] = []
    for p in parts:
        if isinstance(p, str):
            out.append(p.lower())
        elif isinstance(p, E):
            out.append(E(p.text.lower(), p.type, p.cls))
        else:
            out.append(N(p.text.lower(), p.kind))
    return out


# ---------------------------------------------------------------------------------------
# phrasings (each list: many ways of saying one thing)
# ---------------------------------------------------------------------------------------

P: dict[str, dict[str, list[str]]] = {
    "greet": {
        "en": ["Hi, you're chatting with {agent} from {co} 👋 How can I help today?", "Hello! {agent} here at {co}. What can I do for you?",
               "Hiya, thanks for messaging {co}, my name's {agent}. What's up?", "Good afternoon, {agent} from the {co} team. How can I help?",
               "Hey 👋 it's {agent}. How can I help?"],
        "nl": ["Hoi! Je chat met {agent} van {co} 😊 Waarmee kan ik helpen?", "Goedemiddag, u spreekt met {agent} van {co}. Wat kan ik voor u doen?",
               "Hallo, welkom bij {co}! Ik ben {agent}. Vertel het maar", "Hey, met {agent} van {co} 👋 hoe kan ik je helpen?",
               "Goedemorgen, {agent} hier. Waar kan ik u mee helpen?"],
        "nb": ["Hei! Du chatter med {agent} i {co} 😊 Hva kan jeg hjelpe med?", "Hei og velkommen til {co}, jeg heter {agent}. Hva gjelder det?",
               "God dag, {agent} fra kundeservice i {co}. Hvordan kan jeg hjelpe deg?", "Hallo 👋 {agent} her. Hva lurer du på?",
               "Hei, takk for at du tok kontakt med {co}! Mitt navn er {agent}."],
        "ru": ["Здравствуйте! Вас приветствует {agent}, {co} 👋 Чем могу помочь?", "Добрый день, меня зовут {agent}, служба поддержки {co}. Слушаю вас",
               "Привет! На связи {agent} из {co}. Что случилось?", "Здравствуйте, это {agent}. Чем могу быть полезна?",
               "Добрый вечер! {co}, оператор {agent}. Чем помочь?"],
    },
    "greet_anon": {
        "en": ["Hi, thanks for getting in touch with {co}. How can we help?", "Welcome to {co} live chat 💬 an agent will be with you shortly", "Hello, how can I help?"],
        "nl": ["Welkom bij de chat van {co}! Een medewerker helpt je zo", "Hallo, waarmee kunnen we je helpen?", "Goedendag, wat kan ik voor u doen?"],
        "nb": ["Velkommen til chat med {co}! En rådgiver er straks med deg", "Hei! Hva kan vi hjelpe deg med?", "Hei, hva gjelder henvendelsen?"],
        "ru": ["Добро пожаловать в чат {co}! Оператор скоро ответит", "Здравствуйте! Чем можем помочь?", "Здравствуйте, опишите, пожалуйста, вопрос"],
    },
    "hold": {
        "en": ["one moment", "hold on", "hang on, checking", "sec", "2 mins, looking for it", "just a sec lol", "wait let me find the email", "one sec pls 🙏", "bear with me"],
        "nl": ["momentje", "even zoeken", "wacht even", "ff kijken hoor", "sec", "moment, pak even de mail erbij", "eentje momentje 🙈", "ogenblik"],
        "nb": ["vent litt", "et øyeblikk", "to sek", "må bare finne det", "vent, sjekker mailen", "øyeblikk 🙈", "sekund", "vent litt, skal se"],
        "ru": ["щас", "секунду", "минутку", "сейчас найду", "подождите, пожалуйста", "щас посмотрю в почте", "одну минуту 🙏", "ща"],
    },
    "agent_wait": {
        "en": ["Sure, take your time", "No rush 🙂", "Of course", "No problem"],
        "nl": ["Geen probleem, neem je tijd", "Tuurlijk", "Geen haast 🙂", "Prima"],
        "nb": ["Helt greit, ta den tiden du trenger", "Selvsagt", "Ingen hast 🙂", "Greit"],
        "ru": ["Конечно, жду", "Не торопитесь 🙂", "Хорошо", "Да, конечно"],
    },
    "ack": {
        "en": ["Thanks!", "Great, thank you", "Perfect 👍", "Got it, thanks", "Lovely, thanks"],
        "nl": ["Dank je!", "Top, dankjewel", "Super 👍", "Helder, dank u", "Oké, bedankt"],
        "nb": ["Takk!", "Supert, tusen takk", "Perfekt 👍", "Den er notert, takk", "Flott"],
        "ru": ["Спасибо!", "Отлично, спасибо", "Принято 👍", "Благодарю", "Хорошо, спасибо"],
    },
    "close_agent": {
        "en": ["All sorted. Anything else I can help with?", "Done ✅ you'll get a confirmation shortly", "That's updated now. Have a good day!", "I've passed it on, you'll hear from us within 2 working days"],
        "nl": ["Zo, geregeld. Kan ik nog iets voor je doen?", "Klaar ✅ je krijgt zo een bevestiging", "Aangepast! Fijne dag nog", "Ik heb het doorgezet, je hoort binnen 2 werkdagen van ons"],
        "nb": ["Da er det ordnet. Noe mer jeg kan hjelpe med?", "Ferdig ✅ du får en bekreftelse straks", "Det er oppdatert nå. Ha en fin dag!", "Jeg har sendt det videre, du hører fra oss innen 2 virkedager"],
        "ru": ["Готово. Могу ещё чем-то помочь?", "Сделано ✅ подтверждение придёт в течение часа", "Данные обновлены. Хорошего дня!", "Передала коллегам, ответ придёт в течение 2 рабочих дней"],
    },
    "close_cust": {
        "en": ["no that's all, thanks!", "brilliant ta", "thanks 🙏", "cheers", "ok thx"],
        "nl": ["nee dat was het, dank!", "top bedankt", "dankjewel 🙏", "oke thx", "fijn, doei"],
        "nb": ["nei det var alt, takk!", "topp takk", "tusen takk 🙏", "ok takk", "flott, ha det"],
        "ru": ["нет, это всё, спасибо!", "спасибо большое", "спс 🙏", "ок, спасибо", "отлично, до свидания"],
    },
    "q_back": {
        "en": ["the one on the confirmation email?", "which one, the long one?", "you mean the one on my card?", "the number from the letter?"],
        "nl": ["die uit de bevestigingsmail?", "welke, de lange?", "bedoel je die op mijn pas?", "het nummer uit de brief?"],
        "nb": ["den som står i bekreftelsen?", "hvilken, den lange?", "mener du den på kortet?", "nummeret fra brevet?"],
        "ru": ["который в письме с подтверждением?", "какой, длинный?", "тот, что на карте?", "номер из письма?"],
    },
    "q_back_yes": {
        "en": ["Yes, that one", "Yep 👍", "That's the one"],
        "nl": ["Ja, precies die", "Jep 👍", "Klopt, die"],
        "nb": ["Ja, den", "Jepp 👍", "Stemmer, den"],
        "ru": ["Да, его", "Да 👍", "Именно"],
    },
}  # fmt: skip

# what the agent asks for, per kind: many phrasings per language
ASK: dict[str, dict[str, list[str]]] = {
    "booking": {
        "en": ["What's the booking reference?", "Could you give me your booking code please?", "can I have the reservation ref?", "What was the PNR again?", "Do you have the 6-character booking code?"],
        "nl": ["Wat is je boekingscode?", "Mag ik het reserveringsnummer?", "Heeft u de boekingsreferentie bij de hand?", "Wat was de code van je boeking ook alweer?", "Kun je de 6-tekens code van de boeking sturen?"],
        "nb": ["Hva er bestillingsreferansen?", "Kan du sende meg bookingnummeret?", "Har du referansen på bestillingen?", "Hva var bestillingskoden igjen?", "Hvilken referanse står på billetten?"],
        "ru": ["Подскажите код бронирования", "Какой номер брони?", "Назовите, пожалуйста, код бронирования из 6 символов", "Какой у вас номер бронирования?", "Пришлите код брони, пожалуйста"],
    },
    "customer": {
        "en": ["What's your customer number?", "Can I take your account number please?", "Could you send your membership number?", "What's the customer ID on your account?", "Do you have your customer no. handy?"],
        "nl": ["Wat is uw klantnummer?", "Mag ik je klantnummer?", "Wat is je lidnummer?", "Kunt u uw relatienummer doorgeven?", "Heb je je klantnr bij de hand?"],
        "nb": ["Hva er kundenummeret ditt?", "Kan jeg få kundenr.?", "Hva er medlemsnummeret?", "Har du kundenummeret tilgjengelig?", "Hvilket kundenummer står på fakturaen?"],
        "ru": ["Назовите номер клиента", "Какой у вас номер договора?", "Подскажите номер лицевого счёта", "Какой номер карты лояльности?", "Ваш клиентский номер?"],
    },
    "passport": {
        "en": ["What's the passport number?", "Can I have your passport no. please?", "Which passport number is on the booking?", "Could you confirm the passport number you travel on?"],
        "nl": ["Wat is het paspoortnummer?", "Mag ik het documentnummer van je paspoort?", "Welk paspoortnummer staat op de boeking?", "Kunt u het nummer van uw paspoort of ID-kaart geven?"],
        "nb": ["Hva er passnummeret?", "Kan du oppgi passnummer?", "Hvilket passnummer reiser du på?", "Trenger nummeret på passet ditt"],
        "ru": ["Номер загранпаспорта?", "Назовите серию и номер паспорта", "Какой номер паспорта указан в брони?", "Пришлите номер загранпаспорта, пожалуйста"],
    },
    "dob": {
        "en": ["And your date of birth?", "What's your DOB?", "Can you confirm your date of birth for security?", "When were you born?", "DOB please, for verification"],
        "nl": ["Wat is je geboortedatum?", "En uw geboortedatum?", "Voor de controle: wanneer ben je geboren?", "Mag ik de geboortedatum van de verzekerde?", "Geboortedatum graag"],
        "nb": ["Hva er fødselsdatoen din?", "Og fødselsdato?", "Når er du født?", "Kan du bekrefte fødselsdatoen?", "Fødselsdato, takk"],
        "ru": ["Ваша дата рождения?", "Подтвердите дату рождения, пожалуйста", "Когда вы родились?", "Назовите дату рождения владельца", "Дата рождения?"],
    },
    "phone": {
        "en": ["What's the best number to reach you on?", "Which mobile number is on the account?", "Can I have a phone number for the courier?", "What number should we text?"],
        "nl": ["Op welk nummer ben je bereikbaar?", "Wat is je mobiele nummer?", "Welk telefoonnummer mag de bezorger bellen?", "Naar welk nummer mogen we sms'en?"],
        "nb": ["Hvilket nummer kan vi nå deg på?", "Hva er mobilnummeret ditt?", "Hvilket telefonnummer skal sjåføren ringe?", "Hvilket nummer skal vi sende SMS til?"],
        "ru": ["По какому номеру с вами связаться?", "Какой номер телефона привязан к счёту?", "Оставьте номер для курьера", "На какой номер отправить СМС?"],
    },
    "email": {
        "en": ["Which email address should we use?", "What's the email on the account?", "Where should I send the confirmation?", "Can I get an email for the receipt?"],
        "nl": ["Op welk e-mailadres wil je de bevestiging?", "Wat is het mailadres op het account?", "Naar welk adres mag ik de factuur mailen?", "Welk e-mailadres kunnen we gebruiken?"],
        "nb": ["Hvilken e-postadresse skal vi bruke?", "Hva er e-posten på kontoen?", "Hvor skal jeg sende kvitteringen?", "Hvilken mail kan vi nå deg på?"],
        "ru": ["На какую почту отправить подтверждение?", "Какой e-mail указан в профиле?", "Куда выслать квитанцию?", "Напишите адрес электронной почты"],
    },
    "name": {
        "en": ["What name is it under?", "And your full name please?", "Can I take the name of the account holder?", "Who am I speaking with?", "Full name as on your ID?"],
        "nl": ["Op welke naam staat het?", "En uw volledige naam?", "Wat is de naam van de rekeninghouder?", "Met wie spreek ik?", "Volledige naam zoals op je ID?"],
        "nb": ["Hvilket navn står det på?", "Og fullt navn?", "Navnet på kontoinnehaver?", "Hvem snakker jeg med?", "Fullt navn som i passet?"],
        "ru": ["На чьё имя оформлено?", "Ваши ФИО, пожалуйста", "ФИО владельца?", "Как к вам обращаться? Полное имя", "ФИО как в паспорте?"],
    },
    "iban": {
        "en": ["Which IBAN should the refund go to?", "Can you send the account (IBAN) for the refund?", "What IBAN do you want to pay from?"],
        "nl": ["Op welk rekeningnummer (IBAN) wil je het terug?", "Wat is je IBAN?", "Van welke rekening wil je de incasso laten lopen?"],
        "nb": ["Hvilket kontonummer skal refusjonen gå til?", "Hva er IBAN-en din?", "Hvilken konto skal vi trekke fra?"],
        "ru": [],  # no IBAN in Russia: the "account" questions ask for the 20-digit account
    },
    "natid": {
        "en": [],
        "nl": ["Wat is je BSN?", "Mag ik uw burgerservicenummer?", "Voor de polis heb ik je BSN nodig"],
        "nb": ["Hva er fødselsnummeret ditt (11 siffer)?", "Kan jeg få personnummer?", "Trenger fødselsnummer for å verifisere"],
        "ru": ["Назовите СНИЛС", "Какой у вас ИНН?", "Пришлите номер СНИЛС, пожалуйста"],
    },
    "address": {
        "en": ["Where should we send it?", "What address should the courier go to?", "Where do you want the new card delivered?", "And where are you moving to?", "Where shall we post the documents?"],
        "nl": ["Waar mogen we het naartoe sturen?", "Naar welk adres moet de bezorger?", "Waar wil je de nieuwe pas ontvangen?", "En waar verhuis je naartoe?", "Waar kunnen we de papieren heensturen?"],
        "nb": ["Hvor skal vi sende den?", "Hvilken adresse skal budet kjøre til?", "Hvor vil du ha det nye kortet levert?", "Og hvor flytter du?", "Hvor skal vi sende papirene?"],
        "ru": ["Куда отправить?", "Куда доставить курьером?", "Куда выслать новую карту?", "А куда переезжаете?", "По какому адресу отправить документы?"],
    },
    "address_old": {
        "en": ["And where are you moving from?", "Which address is it currently going to?", "And the pickup address?"],
        "nl": ["En waar verhuis je vandaan?", "Naar welk adres gaat het nu?", "En het ophaaladres?"],
        "nb": ["Og hvor flytter du fra?", "Hvilken adresse går det til nå?", "Og hentestedet?"],
        "ru": ["А откуда переезжаете?", "Куда сейчас приходит?", "А адрес, откуда забрать?"],
    },
    "account": {
        "en": ["What's the sort code and account number?", "Which account should we pay it into?"],
        "nl": [],
        "nb": ["Hvilket kontonummer skal pengene til?", "Kontonummer for utbetaling?"],
        "ru": ["Номер счёта для зачисления?", "На какой счёт перевести?"],
    },
}  # fmt: skip

# how a value is given with its cue in the same message (class plain)
CUE: dict[str, dict[str, list[str]]] = {
    "booking": {"en": ["my booking ref is {v}", "booking code {v}", "PNR: {v}", "reservation {v}"],
                "nl": ["mijn boekingscode is {v}", "reserveringsnummer {v}", "boeking {v}", "boekingsnr: {v}"],
                "nb": ["bestillingsreferanse {v}", "bookingnr. {v}", "referansen er {v}", "bestilling: {v}"],
                "ru": ["код бронирования {v}", "номер брони {v}", "бронь: {v}", "мой код брони — {v}"]},
    "customer": {"en": ["customer number {v}", "my account no. is {v}", "membership no {v}", "cust ID: {v}"],
                 "nl": ["klantnummer {v}", "mijn klantnr is {v}", "lidnummer: {v}", "relatienummer {v}"],
                 "nb": ["kundenummer {v}", "kundenr: {v}", "medlemsnummeret mitt er {v}", "kunde-nr {v}"],
                 "ru": ["номер клиента {v}", "лицевой счёт {v}", "номер договора {v}", "карта лояльности № {v}"]},
    "passport": {"en": ["passport no. {v}", "my passport number is {v}", "passport: {v}"],
                 "nl": ["paspoortnummer {v}", "mijn paspoort is {v}", "paspoort nr {v}"],
                 "nb": ["passnummer {v}", "passet mitt har nr. {v}", "pass: {v}"],
                 "ru": ["загранпаспорт {v}", "номер паспорта {v}", "паспорт: {v}"]},
    "dob": {"en": ["born {v}", "my date of birth is {v}", "DOB {v}", "d.o.b. {v}"],
            "nl": ["geboren op {v}", "geboortedatum {v}", "geb. {v}", "mijn geboortedatum is {v}"],
            "nb": ["født {v}", "fødselsdato {v}", "f. {v}", "jeg er født {v}"],
            "ru": ["дата рождения {v}", "родилась {v}", "д.р. {v}", "я {v} года рождения"]},
    "phone": {"en": ["my mobile is {v}", "call me on {v}", "tel {v}", "phone: {v}"],
              "nl": ["mijn nummer is {v}", "bel me op {v}", "tel. {v}", "mobiel: {v}"],
              "nb": ["mobilnummeret mitt er {v}", "ring meg på {v}", "tlf {v}", "mob: {v}"],
              "ru": ["мой телефон {v}", "звоните на {v}", "тел. {v}", "мобильный: {v}"]},
    "email": {"en": ["my email is {v}", "email: {v}", "mail me at {v}"],
              "nl": ["mijn mail is {v}", "e-mail: {v}", "mailen naar {v}"],
              "nb": ["e-posten min er {v}", "epost: {v}", "send til {v}"],
              "ru": ["моя почта {v}", "e-mail: {v}", "пишите на {v}"]},
    "name": {"en": ["this is {v}", "my name's {v}", "it's {v} here"],
             "nl": ["met {v}", "mijn naam is {v}", "ik ben {v}"],
             "nb": ["dette er {v}", "jeg heter {v}", "det er {v} her"],
             "ru": ["меня зовут {v}", "это {v}", "{v}, здравствуйте"]},
    "iban": {"en": ["IBAN {v}", "my IBAN is {v}"], "nl": ["IBAN {v}", "mijn rekeningnummer is {v}", "rek.nr. {v}"],
             "nb": ["IBAN: {v}", "min IBAN er {v}"], "ru": []},
    "natid": {"en": [], "nl": ["BSN {v}", "mijn bsn is {v}", "burgerservicenummer: {v}"],
              "nb": ["fødselsnummer {v}", "fnr {v}", "personnr: {v}"], "ru": ["СНИЛС {v}", "ИНН {v}", "мой СНИЛС: {v}"]},
    "account": {"en": ["sort code and account {v}"], "nl": [], "nb": ["kontonummer {v}", "kontonr. {v}"],
                "ru": ["номер счёта {v}", "р/с {v}"]},
}  # fmt: skip

TYPE = {"booking": "BOOKING_REFERENCE", "customer": "CUSTOMER_NUMBER", "passport": "PASSPORT", "dob": "DATE_OF_BIRTH",
        "phone": "PHONE_NUMBER", "email": "EMAIL_ADDRESS", "name": "PERSON", "iban": "IBAN_CODE", "natid": "NATIONAL_ID",
        "address": "LOCATION", "account": "BANK_ACCOUNT"}  # fmt: skip

# the kinds each sector asks for
SECTOR_KINDS = {
    "airline": ["booking", "passport", "dob", "name", "email", "phone"],
    "bank": ["customer", "dob", "iban", "account", "phone", "natid"],
    "telecom": ["customer", "phone", "dob", "email", "iban"],
    "insurer": ["customer", "natid", "dob", "iban", "email"],
    "parcel": ["name", "phone", "email"],
    "hotel": ["booking", "name", "email", "phone", "dob"],
    "shop": ["customer", "email", "phone", "name"],
    "utility": ["customer", "iban", "phone", "dob", "natid"],
    "transport": ["customer", "dob", "email", "name", "account"],
}


def sector_kinds(cv: Conv) -> list[str]:
    """What this sector asks for; in Russian the bank account takes the IBAN's place."""
    kinds = SECTOR_KINDS[cv.sector]
    if cv.lang == "ru":
        kinds = list(dict.fromkeys("account" if k == "iban" else k for k in kinds))
    return kinds


# ---------------------------------------------------------------------------------------
# values
# ---------------------------------------------------------------------------------------


class Gen:
    def __init__(self, rng: random.Random, lang: str) -> None:
        self.rng, self.lang = rng, lang

    def pick(self, xs: list) -> object:
        return self.rng.choice(xs)

    def name(self) -> tuple[str, str]:
        f, la = self.rng.choice(FIRST[self.lang]), self.rng.choice(LAST[self.lang])
        if self.lang == "ru" and f in RU_FEM:
            la += "а"
        return f, la

    def full_name(self, lower: bool = False) -> str:
        f, la = self.name()
        s = f"{f} {la}"
        if self.lang == "ru" and self.rng.random() < 0.25:
            s = f"{la} {f}"  # surname first, as on forms
        return s.lower() if lower else s

    def dob(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1941, 2012)

    def date(self, dmy: tuple[int, int, int], style: int | None = None) -> str:
        d, m, y = dmy
        s = self.rng.randint(0, 5) if style is None else style
        if s <= 3:
            return mv.date_text(self.rng, self.lang, d, m, y, s)
        if s == 4:  # ISO-ish or short year
            return f"{d:02d}{m:02d}{y}" if self.lang != "en" else f"{d:02d}.{m:02d}.{y}"
        mon = mv.MONTHS[self.lang][m - 1][:3]
        return f"{d} {mon} {y}" if self.lang != "ru" else f"{d:02d}/{m:02d}/{y}"

    def customer(self) -> str:
        v = mv.digits(self.rng, self.rng.choice([7, 8, 9, 10]))
        r = self.rng.random()
        if r < 0.15:
            return f"{v[:3]} {v[3:6]} {v[6:]}"
        if r < 0.25 and self.lang == "ru":
            return f"{v[:2]}-{v[2:]}"
        return v

    def order(self) -> str:
        pre = {
            "en": ["#", "ORD", "", "SN-"],
            "nl": ["#", "", "BST", "KK-"],
            "nb": ["#", "", "ORD-", "HK"],
            "ru": ["№", "", "#", "ЗК-"],
        }
        return str(self.pick(pre[self.lang])) + mv.digits(self.rng, self.rng.choice([6, 8, 9]))

    def tracking(self) -> str:
        r = self.rng.randint(0, 3)
        if r == 0:
            return (
                "3S"
                + "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4))
                + mv.digits(self.rng, 7)
            )
        if r == 1:
            return "JJD" + mv.digits(self.rng, 15, first_nonzero=False)
        if r == 2:
            return (
                "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
                + mv.digits(self.rng, 9)
                + "GB"
            )
        return mv.digits(self.rng, 17)

    def product(self) -> str:
        r = self.rng.randint(0, 2)
        if r == 0:
            return (
                f"SKU {mv.digits(self.rng, 2)}-{mv.digits(self.rng, 4)}-{self.rng.choice('ABCDX')}"
            )
        if r == 1:
            return f"{self.rng.choice(['XB', 'TK', 'MV'])}{mv.digits(self.rng, 4)}/{self.rng.randint(10, 99)}"
        return mv.digits(self.rng, 6) + "-" + mv.digits(self.rng, 3)

    def amount(self) -> str:
        n = self.rng.randint(9, 1500)
        c = self.rng.randint(0, 99)
        return {"en": [f"£{n}.{c:02d}", f"£{n}", f"{n} quid"], "nl": [f"€{n},{c:02d}", f"€ {n}", f"{n} euro"],
                "nb": [f"{n} kr", f"kr {n},-", f"{n},{c:02d} kroner"], "ru": [f"{n} руб.", f"{n}₽", f"{n} рублей"]}[self.lang][self.rng.randint(0, 2)]  # fmt: skip

    def time(self) -> str:
        h, m = self.rng.randint(5, 22), self.rng.choice([0, 5, 15, 20, 35, 40, 50])
        return self.pick([f"{h:02d}:{m:02d}", f"{h}.{m:02d}", f"{h}:{m:02d}"])  # type: ignore[return-value]

    def seat(self) -> str:
        return f"{self.rng.randint(1, 38)}{self.rng.choice('ABCDEF')}"

    def travel(self) -> str:
        d, m, y = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.choice([2026, 2027])
        return self.date((d, m, y), self.rng.choice([0, 1, 2, 3]))

    def value(self, kind: str, fmt: int | None = None) -> str:
        """A value of ``kind`` in a form a customer would type."""
        g, lang = self.rng, self.lang
        if kind == "booking":
            v = mv.booking_ref(g)
            return v.lower() if g.random() < 0.3 else v
        if kind == "customer":
            return self.customer()
        if kind == "passport":
            return mv.passport(g, lang)
        if kind == "dob":
            return self.date(self.dob(), fmt)
        if kind == "phone":
            return mv.phone(g, lang, fmt)
        if kind == "email":
            return self.email()
        if kind == "name":
            return self.full_name(lower=g.random() < 0.3)
        if kind == "iban":
            v = mv.iban(g, {"en": "GB", "nl": "NL", "nb": "NO", "ru": "NO"}[lang])
            return v.replace(" ", "") if g.random() < 0.3 else v
        if kind == "natid":
            if lang == "nl":
                return mv.nl_bsn(g)
            if lang == "nb":
                v, _ = mv.no_fnr(g)
                return v if g.random() < 0.6 else f"{v[:6]} {v[6:]}"
            return mv.ru_snils(g) if g.random() < 0.6 else mv.ru_inn(g)
        if kind == "account":
            if lang == "nb":
                v = mv.no_kontonr(g)
                return f"{v[:4]}.{v[4:6]}.{v[6:]}" if g.random() < 0.5 else v
            if lang == "ru":
                return mv.ru_account(g)
            return f"{g.randint(10, 99)}-{g.randint(10, 99)}-{g.randint(10, 99)} {mv.digits(g, 8)}"
        if kind == "address":
            return self.address()
        raise ValueError(kind)

    def address_lines(self) -> tuple[str, str]:
        """An address as two messages: street and number, then postcode and town."""
        g, lang = self.rng, self.lang
        street = g.choice(STREETS[lang])
        city, pc = g.choice(CITIES[lang])
        no = str(g.randint(1, 180))
        if lang == "en":
            a, b = f"{no} {street}", f"{city} {pc}"
        elif lang in ("nl", "nb"):
            a, b = f"{street} {no}", f"{pc} {city}"
        else:
            a, b = f"{street}, д. {no}, кв. {g.randint(1, 200)}", f"{pc} {city}"
        if g.random() < 0.7:
            a, b = a.lower(), b.lower()
        return a, b

    def email_parts(self) -> tuple[list[str], str]:
        f, la = self.name()
        f, la = mv.ascii_name(f), mv.ascii_name(la)
        s = self.rng.randint(0, 4)
        local = [
            [f, la],
            [f[0], la],
            [f + la + str(self.rng.randint(70, 99))],
            [la, f[:3]],
            [f + "_" + la],
        ][s]
        return local, str(self.pick(DOMAINS[self.lang]))

    def email(self) -> str:
        local, dom = self.email_parts()
        return ".".join(local) + "@" + dom

    def address(self, lower: bool | None = None) -> str:
        g, lang = self.rng, self.lang
        street = g.choice(STREETS[lang])
        city, pc = g.choice(CITIES[lang])
        no = str(g.randint(1, 220))
        r = g.randint(0, 3)
        if lang == "en":
            s = [f"{no} {street}, {city} {pc}", f"flat {g.randint(1, 12)}{g.choice(['', 'a', 'b'])}, {no} {street}, {city}, {pc}",
                 f"{no} {street}\n{city}\n{pc}", f"{no} {street.replace('Road', 'Rd').replace('Street', 'St')} {city} {pc.replace(' ', '')}"][r]  # fmt: skip
        elif lang == "nl":
            pcs = pc.replace(" ", "") if g.random() < 0.5 else pc
            toev = g.choice(["", "", "-2", " hs", "a", " bis", "-III"])
            s = [
                f"{street} {no}{toev} {pcs} {city}",
                f"{street} {no}{toev}, {pcs} {city}",
                f"{pcs} {no}{toev}",
                f"{street} {no}{toev}\n{pcs} {city}",
            ][r]
        elif lang == "nb":
            h = f" H{g.choice(['01', '02', '03'])}{g.randint(1, 4):02d}" if g.random() < 0.3 else ""
            let = g.choice(["", "", "B", "a"])
            s = [
                f"{street} {no}{let}{h}, {pc} {city}",
                f"{street} {no}{let} {pc} {city}",
                f"{street} {no}{let}{h}\n{pc} {city}",
                f"{pc} {city}, {street} {no}{let}",
            ][r]
        else:
            apt = g.randint(1, 240)
            short = street.replace("ул. ", "").replace("пр. ", "")
            s = [f"г. {city}, {street}, д. {no}, кв. {apt}", f"{pc} {city} {short} {no}-{apt}", f"{city}, {street} {no}, корп. {g.randint(1, 4)}, кв {apt}",
                 f"{pc}, {city}, {street}, {no}/{g.randint(1, 9)}, кв. {apt}"][r]  # fmt: skip
        low = g.random() < 0.7 if lower is None else lower
        return s.lower() if low else s


# ---------------------------------------------------------------------------------------
# disguises
# ---------------------------------------------------------------------------------------

AT = {"en": ["at", "(at)", "[at]", "AT", "at sign"], "nl": ["apenstaartje", "apestaart", "at", "(at)", "apenstaart"],
      "nb": ["alfakrøll", "krøllalfa", "snabel-a", "at", "(at)"], "ru": ["собака", "собачка", "эт", "(at)", "собака", "at"]}  # fmt: skip
DOT = {"en": ["dot", "(dot)", "[dot]", "DOT", "period"], "nl": ["punt", "punt", "(punt)", "dot", "puntje"],
       "nb": ["punktum", "prikk", "dott", "punktum", "(punktum)"], "ru": ["точка", "точка", "(dot)", "тчк", "точка", "dot"]}  # fmt: skip
UNDER = {"en": "underscore", "nl": "underscore", "nb": "understrek", "ru": "нижнее подчёркивание"}
DOUBLE = {"en": "double", "nl": "dubbel", "nb": "dobbel", "ru": "две"}


def spelled_email(g: Gen) -> str:
    """An e-mail address written the way people dictate it in their language."""
    local, dom = g.email_parts()
    lang, rng = g.lang, g.rng
    at, dot = rng.choice(AT[lang]), rng.choice(DOT[lang])
    style = rng.randint(0, 4)
    loc = f" {dot} ".join(local).replace("_", f" {UNDER[lang]} ")
    if style == 0:  # everything spelled out
        return f"{loc} {at} {dom.replace('.', f' {dot} ')}"
    if style == 1:  # only the @ spelled out
        return f"{'.'.join(local)} {at} {dom}"
    if style == 2:  # spaces around real symbols
        return f"{'.'.join(local)} @ {dom.replace('.', ' . ')}"
    if style == 3:  # zero-width characters inside
        return mv.with_zero_width(rng, f"{'.'.join(local)}@{dom}", 2)
    # Cyrillic look-alikes inside the Latin address
    s = f"{'.'.join(local)}@{dom}"
    table = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "y": "у"}
    idx = [i for i, c in enumerate(s) if c in table]
    chars = list(s)
    for i in rng.sample(idx, min(2, len(idx))):
        chars[i] = table[chars[i]]
    return "".join(chars)


def spoken_digits(g: Gen, value: str, mode: int) -> str:
    """Digits as words (0), mixed words and digits (1), one digit per space (2), dotted groups (3)."""
    rng, lang = g.rng, g.lang
    ds = [c for c in value if c.isdigit()]
    if mode == 2:
        return " ".join(ds)
    if mode == 3:
        s = "".join(ds)
        return str(g.pick([".", "-", " "])).join(s[i : i + 3] for i in range(0, len(s), 3))
    words = mv.NUMBER_WORDS[lang]
    out: list[str] = []
    i = 0
    while i < len(ds):
        d = ds[i]
        if mode == 0 and i + 1 < len(ds) and ds[i + 1] == d and rng.random() < 0.5 and lang != "ru":
            out.append(f"{DOUBLE[lang]} {('oh' if d == '0' and lang == 'en' else words[int(d)])}")
            i += 2
            continue
        if mode == 1 and rng.random() < 0.5:
            out.append(d)
        else:
            out.append("oh" if d == "0" and lang == "en" and rng.random() < 0.5 else words[int(d)])
        i += 1
    if value.startswith("+") and rng.random() < 0.5:
        out.insert(0, {"en": "plus", "nl": "plus", "nb": "pluss", "ru": "плюс"}[lang])
    sep = rng.choice([" ", " ", ", ", "-"]) if mode == 0 else " "
    return sep.join(out)


def one_digit_changed(rng: random.Random, v: str) -> str:
    idx = [i for i, c in enumerate(v) if c.isdigit()]
    i = rng.choice(idx)
    new = rng.choice([d for d in "0123456789" if d != v[i]])
    return v[:i] + new + v[i + 1 :]


# ---------------------------------------------------------------------------------------
# conversation pieces
# ---------------------------------------------------------------------------------------

Turn = tuple[str, list[Part]]


class Conv:
    def __init__(self, g: Gen, sector: str) -> None:
        self.g, self.sector, self.lang = g, sector, g.lang
        self.turns: list[Turn] = []

    def a(self, *parts: Part | list[Part]) -> None:
        self.turns.append(("agent", _flat(parts)))

    def c(self, *parts: Part | list[Part]) -> None:
        flat = _flat(parts)
        if self.g.rng.random() < 0.12:  # a typo in the customer's own words (never in a value)
            idx = [i for i, p in enumerate(flat) if isinstance(p, str)]
            if idx:
                i = self.g.rng.choice(idx)
                flat[i] = typo(self.g.rng, str(flat[i]))
        self.turns.append(("customer", flat))

    def say(self, key: str, role: str = "customer") -> None:
        text = str(self.g.pick(P[key][self.lang]))
        (self.c if role == "customer" else self.a)(text)

    def ask(self, kind: str) -> None:
        self.a(str(self.g.pick(ASK[kind][self.lang])))


def typo(rng: random.Random, s: str) -> str:
    """Swap two neighbouring letters of one word of at least four letters."""
    words = [m for m in re.finditer(r"[^\W\d_]{4,}", s)]
    if not words:
        return s
    w = rng.choice(words)
    i = rng.randint(w.start() + 1, w.end() - 2)
    return s[:i] + s[i + 1] + s[i] + s[i + 2 :]


def _flat(parts: tuple) -> list[Part]:
    out: list[Part] = []
    for p in parts:
        if isinstance(p, list):
            out.extend(p)
        else:
            out.append(p)
    return out


def greet(cv: Conv) -> None:
    g, lang = cv.g, cv.lang
    co = COMPANIES[cv.sector][lang]
    if g.rng.random() < 0.6:
        agent = g.rng.choice(FIRST[lang])
        cv.a(T(str(g.pick(P["greet"][lang])), agent=E(agent, "PERSON", "plain"), co=co))
    else:
        cv.a(T(str(g.pick(P["greet_anon"][lang])), co=co))


# customer's first message per sector: slots are hard negatives
OPEN: dict[str, dict[str, list[str]]] = {
    "airline": {
        "en": ["hi my flight to {dest} at {time} got cancelled, what now??", "need to change our flight on {date}, we're flying to {dest}", "I paid {amt} for seats {seat} and {seat2} and never got them"],
        "nl": ["hoi, mijn vlucht naar {dest} van {time} is geannuleerd", "we willen onze vlucht van {date} naar {dest} omboeken", "ik heb {amt} betaald voor stoel {seat} maar zat ergens anders"],
        "nb": ["hei, flyet mitt til {dest} kl {time} ble kansellert", "vi må endre reisen {date} til {dest}", "betalte {amt} for sete {seat} men fikk det ikke"],
        "ru": ["здравствуйте, мой рейс в {dest} в {time} отменили", "нужно перенести вылет {date} в {dest}", "я доплатила {amt} за место {seat}, а посадили на другое"],
    },
    "bank": {
        "en": ["my card got declined at {time} for {amt}", "there's a payment of {amt} I don't recognise", "hi, I want to close my savings account"],
        "nl": ["mijn pas werd om {time} geweigerd bij een betaling van {amt}", "er staat een afschrijving van {amt} die ik niet ken", "ik wil mijn spaarrekening opheffen"],
        "nb": ["kortet mitt ble avvist kl {time} på {amt}", "det er en transaksjon på {amt} jeg ikke kjenner igjen", "hei, vil avslutte sparekontoen"],
        "ru": ["карту отклонили в {time} при оплате {amt}", "списали {amt}, а я ничего не покупал", "хочу закрыть вклад"],
    },
    "telecom": {
        "en": ["my bill this month is {amt}?? normally it's {amt2}", "no signal since {time} this morning", "want to port my number to you"],
        "nl": ["mijn rekening is deze maand {amt}?? normaal {amt2}", "sinds {time} vanochtend geen bereik", "ik wil mijn nummer meenemen naar jullie"],
        "nb": ["regningen er {amt} denne måneden?? pleier å være {amt2}", "ingen dekning siden kl {time}", "vil flytte nummeret mitt til dere"],
        "ru": ["счёт за месяц {amt}?? обычно {amt2}", "нет связи с {time} утра", "хочу перенести номер к вам"],
    },
    "insurer": {
        "en": ["someone reversed into my car, the repair quote is {amt}", "I need to claim for a lost suitcase, flight landed at {time}", "want to add my son to the car insurance"],
        "nl": ["iemand is tegen mijn auto gereden, de offerte is {amt}", "mijn koffer is kwijt, vlucht landde om {time}", "ik wil mijn zoon bijschrijven op de autoverzekering"],
        "nb": ["noen rygget inn i bilen min, verkstedet sier {amt}", "kofferten min forsvant, landet kl {time}", "vil legge til sønnen min på bilforsikringen"],
        "ru": ["в меня въехали на парковке, ремонт {amt}", "потеряли багаж, рейс прилетел в {time}", "хочу вписать сына в ОСАГО"],
    },
    "parcel": {
        "en": ["where's my parcel?? tracking says {track}", "parcel {track} says delivered at {time} but it's not here", "can I change the delivery day for {track}"],
        "nl": ["waar blijft mijn pakket? track & trace {track}", "pakket {track} staat op bezorgd om {time} maar niks ontvangen", "kan ik de bezorgdag van {track} wijzigen"],
        "nb": ["hvor er pakken min? sporingsnummer {track}", "pakke {track} står som levert kl {time} men den er ikke her", "kan jeg endre leveringsdag for {track}"],
        "ru": ["где моя посылка? трек {track}", "посылка {track} якобы доставлена в {time}, но её нет", "можно перенести доставку {track}?"],
    },
    "hotel": {
        "en": ["hi, we're arriving late, around {time}, is that ok?", "I booked 2 nights from {date} and got charged {amt} twice", "can we add breakfast to our stay?"],
        "nl": ["hoi, we komen pas rond {time} aan, kan dat?", "ik heb 2 nachten vanaf {date} geboekt en er is 2x {amt} afgeschreven", "kunnen we ontbijt toevoegen?"],
        "nb": ["hei, vi kommer sent, rundt {time}, går det bra?", "booket 2 netter fra {date} og ble trukket {amt} to ganger", "kan vi legge til frokost?"],
        "ru": ["здравствуйте, мы приедем поздно, около {time}, это нормально?", "забронировала 2 ночи с {date}, а списали {amt} дважды", "можно добавить завтрак?"],
    },
    "shop": {
        "en": ["ordered a kettle ({prod}) for {amt}, arrived broken", "order {order} still not shipped", "wrong size sent, item {prod}"],
        "nl": ["waterkoker besteld ({prod}) voor {amt}, kapot aangekomen", "bestelling {order} is nog steeds niet verzonden", "verkeerde maat gekregen, artikel {prod}"],
        "nb": ["bestilte vannkoker ({prod}) til {amt}, kom knust", "ordre {order} er fortsatt ikke sendt", "feil størrelse, vare {prod}"],
        "ru": ["заказала чайник ({prod}) за {amt}, пришёл разбитый", "заказ {order} до сих пор не отправлен", "прислали не тот размер, артикул {prod}"],
    },
    "utility": {
        "en": ["my direct debit went up to {amt} a month, why?", "we're moving out on {date}", "meter reading is 04512, bill says {amt}"],
        "nl": ["mijn termijnbedrag is ineens {amt} per maand, hoezo?", "we verhuizen op {date}", "meterstand is 04512, rekening zegt {amt}"],
        "nb": ["a-kontoen gikk opp til {amt} i måneden, hvorfor?", "vi flytter ut {date}", "målerstand 04512, regningen sier {amt}"],
        "ru": ["почему платёж вырос до {amt} в месяц?", "мы съезжаем {date}", "показания счётчика 04512, а в квитанции {amt}"],
    },
    "transport": {
        "en": ["my travel card charged me {amt} for one trip", "train at {time} was cancelled, can I get a refund?", "lost my season ticket"],
        "nl": ["mijn ov-kaart heeft {amt} afgeschreven voor één rit", "de trein van {time} viel uit, krijg ik geld terug?", "ik ben mijn jaarabonnement kwijt"],
        "nb": ["reisekortet trakk {amt} for én tur", "toget kl {time} ble innstilt, får jeg refusjon?", "har mistet månedskortet"],
        "ru": ["с транспортной карты списали {amt} за одну поездку", "электричку в {time} отменили, вернут деньги?", "потеряла проездной"],
    },
}  # fmt: skip


def opener(cv: Conv) -> None:
    g = cv.g
    tpl = str(g.pick(OPEN[cv.sector][cv.lang]))
    kw = {
        "dest": N(str(g.pick(DESTINATIONS[cv.lang])), "destination"),
        "time": N(g.time(), "time"),
        "date": N(g.travel(), "travel_date"),
        "amt": N(g.amount(), "amount"),
        "amt2": N(g.amount(), "amount"),
        "seat": N(g.seat(), "seat"),
        "seat2": N(g.seat(), "seat"),
        "track": N(g.tracking(), "tracking_number"),
        "prod": N(g.product(), "product_code"),
        "order": N(g.order(), "order_number"),
    }
    parts = T(tpl, **kw)
    if g.rng.random() < 0.35:
        parts = lower_parts(parts)
    if g.rng.random() < 0.3:
        parts.append(str(g.pick([" 😡", " 🙄", " pls", " !!", " 😩", " 🙏"])))
    cv.c(parts)


def closing(cv: Conv) -> None:
    if cv.g.rng.random() < 0.8:
        cv.say("close_agent", "agent")
        if cv.g.rng.random() < 0.7:
            cv.say("close_cust")


def bare(g: Gen, text: str, typ: str, cls: str = "bare_answer") -> list[Part]:
    """A bare answer, sometimes with a filler word or emoji after it (outside the span)."""
    r = g.rng.random()
    tail = {"en": [" thx", " 🙂", " i think", "!"], "nl": [" toch?", " 🙂", " dacht ik", "!"],
            "nb": [" tror jeg", " 🙂", " takk", "!"], "ru": [" вроде", " 🙂", " спасибо", "!"]}[g.lang]  # fmt: skip
    if r < 0.75:
        return [E(text, typ, cls)]
    return [E(text, typ, cls), str(g.pick(tail))]


# ---------------------------------------------------------------------------------------
# the six kinds of conversation
# ---------------------------------------------------------------------------------------

MIX = {
    "nl": ["sorry my bad", "ok thanks", "wait"],
    "nb": ["sorry, my bad", "ok thanks", "wait"],
    "ru": ["sorry", "ок", "wait"],
    "en": [],
}


def trap_customer(cv: Conv, plain: bool) -> None:
    """Asked for the customer number, the customer gives an order number (a hard negative),
    then the customer number, bare or with its cue."""
    g = cv.g
    cv.ask("customer")
    tail = {"en": " is that it?", "nl": " is dat het?", "nb": " er det den?", "ru": " этот?"}[
        cv.lang
    ]
    lead = {"en": "I only have ", "nl": "ik heb alleen ", "nb": "har bare ", "ru": "есть только "}[
        cv.lang
    ]
    r = g.rng.random()
    if r < 0.4:
        cv.c(N(g.order(), "order_number"))
    elif r < 0.7:
        cv.c(N(g.order(), "order_number"), tail)
    else:
        cv.c(lead, N(g.order(), "order_number"))
    cv.a(str(g.pick({
        "en": ["Hmm, that looks like an order number. I need the customer number, it's on your invoice", "That's the order no. – the customer number is on your bill, top right"],
        "nl": ["Dat lijkt een bestelnummer. Ik heb je klantnummer nodig, dat staat op de factuur", "Dat is het ordernummer, je klantnummer staat rechtsboven op de rekening"],
        "nb": ["Det ser ut som et ordrenummer. Jeg trenger kundenummeret, det står på fakturaen", "Det er ordrenummeret, kundenummeret står øverst på regningen"],
        "ru": ["Это похоже на номер заказа. Нужен номер клиента, он есть в квитанции", "Это номер заказа, а номер клиента указан в счёте вверху"],
    }[cv.lang])))  # fmt: skip
    if g.rng.random() < 0.5:
        cv.say("hold")
    v = g.value("customer")
    if plain:
        cv.c(T(str(g.pick(CUE["customer"][cv.lang])), v=E(v, "CUSTOMER_NUMBER", "plain")))
    else:
        cv.c(bare(g, v, "CUSTOMER_NUMBER"))


def trap_dob(cv: Conv, plain: bool) -> None:
    """Asked for the date of birth, the customer gives the travel date (a hard negative)."""
    g = cv.g
    cv.ask("dob")
    r = g.rng.random()
    if r < 0.5:
        cv.c(N(g.travel(), "travel_date"), {"en": "? that's when we fly", "nl": "? dan vliegen we", "nb": "? da reiser vi", "ru": "? это дата вылета"}[cv.lang])  # fmt: skip
    else:
        cv.c(N(g.travel(), "travel_date"))
    cv.a(str(g.pick({
        "en": ["No, your own date of birth please 🙂", "That's in the future 😄 I need your date of birth"],
        "nl": ["Nee, je eigen geboortedatum graag 🙂", "Die ligt in de toekomst 😄 ik bedoel je geboortedatum"],
        "nb": ["Nei, din egen fødselsdato 🙂", "Den er jo fram i tid 😄 jeg trenger fødselsdatoen din"],
        "ru": ["Нет, именно вашу дату рождения 🙂", "Это же будущее 😄 нужна ваша дата рождения"],
    }[cv.lang])))  # fmt: skip
    v = g.value("dob")
    if plain:
        cv.c(T(str(g.pick(CUE["dob"][cv.lang])), v=E(v, "DATE_OF_BIRTH", "plain")))
    else:
        cv.c(bare(g, v, "DATE_OF_BIRTH"))


def trap_travel(cv: Conv) -> None:
    """Where to and when: a destination and a travel date as bare answers (hard negatives)."""
    g = cv.g
    dest = str(g.pick(DESTINATIONS[cv.lang]))
    dest = dest.lower() if g.rng.random() < 0.5 else dest
    if g.rng.random() < 0.5:
        cv.a(str(g.pick({"en": ["Where are you flying to?", "And the destination?", "Where are you headed?"],
                         "nl": ["Waar vlieg je naartoe?", "En de bestemming?", "Waar gaat de reis heen?"],
                         "nb": ["Hvor skal du fly?", "Og reisemålet?", "Hvor går turen?"],
                         "ru": ["Куда летите?", "Направление?", "Куда едете?"]}[cv.lang])))  # fmt: skip
        cv.c(N(dest, "destination"))
        cv.a(str(g.pick({"en": ["And when?", "Which date?"], "nl": ["En wanneer?", "Welke datum?"],
                         "nb": ["Og når?", "Hvilken dato?"], "ru": ["Когда?", "Какого числа?"]}[cv.lang])))  # fmt: skip
        cv.c(N(g.travel(), "travel_date"))
    else:
        cv.a({"en": "Where are you travelling to, and when?", "nl": "Waar ga je naartoe, en wanneer?",
              "nb": "Hvor skal du reise, og når?", "ru": "Куда и когда летите?"}[cv.lang])  # fmt: skip
        sep = str(
            g.pick(
                [", ", " ", "\n", {"en": " on ", "nl": " op ", "nb": " den ", "ru": " "}[cv.lang]]
            )
        )
        cv.c(N(dest, "destination"), sep, N(g.travel(), "travel_date"))


def trap_order(cv: Conv) -> None:
    """The order or tracking number as a bare answer: not personal data."""
    g = cv.g
    if g.rng.random() < 0.5:
        cv.a(str(g.pick({"en": ["What's the order number?", "Do you have the order no.?"], "nl": ["Wat is het bestelnummer?", "Heb je het ordernummer?"],
                         "nb": ["Hva er ordrenummeret?", "Har du ordrenr.?"], "ru": ["Какой номер заказа?", "Подскажите номер заказа"]}[cv.lang])))  # fmt: skip
        if g.rng.random() < 0.25:
            cv.say("hold")
        cv.c(N(g.order(), "order_number"))
    else:
        cv.a(str(g.pick({"en": ["Which tracking number is it?", "Could you send the tracking code?"], "nl": ["Wat is de track & trace code?", "Welke trackingcode heb je?"],
                         "nb": ["Hva er sporingsnummeret?", "Kan du sende sporingskoden?"], "ru": ["Какой трек-номер?", "Пришлите трек-номер"]}[cv.lang])))  # fmt: skip
        cv.c(N(g.tracking(), "tracking_number"))
    cv.say("ack", "agent")


def conv_bare(cv: Conv) -> None:
    g = cv.g
    kinds = [k for k in sector_kinds(cv) if ASK[k][cv.lang]]
    g.rng.shuffle(kinds)
    asks = kinds[: g.rng.randint(2, 3)]
    # a trap before the answers: order number instead of customer number, travel date for DOB,
    # a destination or a travel date as bare answers
    if cv.sector in ("shop", "parcel", "telecom") and g.rng.random() < 0.9:
        trap_order(cv)
    options = ["none"]
    options += ["customer"] * (4 if "customer" in sector_kinds(cv) else 0)
    options += ["dob"] * (3 if "dob" in sector_kinds(cv) else 0)
    trap = str(g.pick(options))
    if trap == "customer":
        trap_customer(cv, plain=False)
        asks = [k for k in asks if k != "customer"]
    elif trap == "dob":
        trap_dob(cv, plain=False)
        asks = [k for k in asks if k != "dob"]
    travel_sector = cv.sector in ("airline", "hotel", "transport")
    if g.rng.random() < (0.75 if travel_sector else 0.15):
        trap_travel(cv)
    for k in asks:
        mode = g.rng.randint(0, 5)
        val = g.value(k)
        if k in ("booking", "name") and g.rng.random() < 0.4:
            val = val.lower()
        if mode <= 1:
            cv.ask(k)
            cv.c(bare(g, val, TYPE[k]))
        elif mode == 2:  # one moment
            cv.ask(k)
            cv.say("hold")
            if g.rng.random() < 0.6:
                cv.say("agent_wait", "agent")
            cv.c(bare(g, val, TYPE[k]))
        elif mode == 3:  # question back
            cv.ask(k)
            cv.say("q_back")
            cv.say("q_back_yes", "agent")
            cv.c(bare(g, val, TYPE[k]))
        elif mode == 4:  # the answer several turns later, after a side remark
            cv.ask(k)
            cv.c({"en": "is this going to take long?", "nl": "duurt dit lang?", "nb": "tar dette lang tid?", "ru": "это надолго?"}[cv.lang])  # fmt: skip
            cv.a({"en": "Only a couple of minutes", "nl": "Een paar minuutjes maar", "nb": "Bare et par minutter", "ru": "Пару минут"}[cv.lang])  # fmt: skip
            cv.say("hold")
            cv.c(bare(g, val, TYPE[k]))
        else:  # agent asks two things at once
            others = [x for x in sector_kinds(cv) if x != k and ASK[x][cv.lang]]
            k2 = str(g.pick(others))
            q1, q2 = str(g.pick(ASK[k][cv.lang])), str(g.pick(ASK[k2][cv.lang]))
            cv.a(
                q1.rstrip("?")
                + {"en": " and ", "nl": " en ", "nb": " og ", "ru": " и "}[cv.lang]
                + q2[0].lower()
                + q2[1:]
            )
            v2 = g.value(k2)
            sep = str(g.pick([", ", " / ", "\n", " - ", "  "]))
            if g.rng.random() < 0.6:
                cv.c(E(val, TYPE[k], "bare_answer"), sep, E(v2, TYPE[k2], "bare_answer"))
            else:
                cv.c(E(val, TYPE[k], "bare_answer"))
                cv.c(E(v2, TYPE[k2], "bare_answer"))
        if g.rng.random() < 0.5:
            cv.say("ack", "agent")


LIST_ASK = {
    "travellers": {
        "en": ["Please send the full names, dates of birth and passport numbers of everyone travelling", "I'll need name, DOB and passport no. for each passenger"],
        "nl": ["Stuur de volledige namen, geboortedata en paspoortnummers van alle reizigers", "Ik heb per reiziger naam, geboortedatum en paspoortnummer nodig"],
        "nb": ["Send fullt navn, fødselsdato og passnummer for alle som reiser", "Trenger navn, fødselsdato og passnummer på hver passasjer"],
        "ru": ["Пришлите ФИО, даты рождения и номера загранпаспортов всех пассажиров", "Нужны имя, дата рождения и номер паспорта каждого туриста"],
    },
    "guests": {
        "en": ["Who will be staying? Names and dates of birth please", "Names and DOBs of everyone on the policy?"],
        "nl": ["Wie verblijven er? Namen en geboortedata graag", "Namen en geboortedata van iedereen op de polis?"],
        "nb": ["Hvem skal bo der? Navn og fødselsdato, takk", "Navn og fødselsdato på alle på polisen?"],
        "ru": ["Кто будет проживать? Имена и даты рождения, пожалуйста", "ФИО и даты рождения всех застрахованных?"],
    },
    "phones": {
        "en": ["Which numbers are on the family plan?", "Which mobile numbers should be moved over?"],
        "nl": ["Welke nummers vallen onder het gezinsabonnement?", "Welke mobiele nummers wil je overzetten?"],
        "nb": ["Hvilke numre er med i familieabonnementet?", "Hvilke mobilnumre skal flyttes?"],
        "ru": ["Какие номера входят в семейный тариф?", "Какие номера переносим?"],
    },
    "ibans": {
        "en": ["Which accounts should be linked?", "Which accounts do you want to close?"],
        "nl": ["Welke rekeningen moeten gekoppeld worden?", "Welke rekeningen wil je opheffen?"],
        "nb": ["Hvilke kontoer skal kobles?", "Hvilke kontoer vil du avslutte?"],
        "ru": ["Какие счета привязать?", "Какие счета закрыть?"],
    },
    "customers": {
        "en": ["Which customer numbers do you want merged?", "Could you list the membership numbers for the family?"],
        "nl": ["Welke klantnummers wil je samenvoegen?", "Kun je de lidnummers van het gezin sturen?"],
        "nb": ["Hvilke kundenumre skal slås sammen?", "Kan du liste medlemsnumrene til familien?"],
        "ru": ["Какие номера клиентов объединить?", "Перечислите номера карт всей семьи"],
    },
}  # fmt: skip
AND = {
    "en": ["and", "&", "+"],
    "nl": ["en", "&", "+"],
    "nb": ["og", "&", "+"],
    "ru": ["и", "а также", "+"],
}
REL = {"en": ["my partner", "our youngest", "my friend", "the other adult,", "our eldest"], "nl": ["mijn partner", "onze jongste", "mijn vriend", "de andere volwassene,", "onze oudste"],
       "nb": ["samboeren min", "den yngste", "kompisen min", "den andre voksne,", "den eldste"], "ru": ["ещё", "второй взрослый:", "ребёнок:", "со мной", "старший:"]}  # fmt: skip


def list_message(g: Gen, items: list[list[tuple[str, str]]]) -> list[Part]:
    """Items (each a list of (value, type)) as an inline, numbered or bulleted list."""
    lang, rng = g.lang, g.rng
    style = rng.randint(0, 4)
    field_sep = str(g.pick([", ", " - ", " ", "; ", " / "]))
    marker = str(g.pick([". ", ") ", " - ", ": "]))  # one style per list, as people type
    bullet = str(g.pick(["- ", "• ", "* ", "— "]))
    parts: list[Part] = []
    for i, item in enumerate(items):
        fields: list[Part] = []
        for j, (v, typ) in enumerate(item):
            if j:
                fields.append(field_sep)
            fields.append(E(v, typ, "list"))
        if style == 0:  # inline with "and"
            if i:
                last = i == len(items) - 1
                conj = str(g.pick(AND[lang]))
                rel = f"{g.pick(REL[lang])} " if rng.random() < 0.4 else ""
                parts.append(
                    f" {conj} {rel}" if last else ", " if field_sep not in (", ", "; ") else "; "
                )
            parts.extend(fields)
        elif style == 1:  # numbered
            if i:
                parts.append("\n")
            parts.append(f"{i + 1}{marker}")
            parts.extend(fields)
        elif style == 2:  # bullets
            if i:
                parts.append("\n")
            parts.append(bullet)
            parts.extend(fields)
        elif style == 3:  # one per line, no markers
            if i:
                parts.append("\n")
            parts.extend(fields)
        else:  # semicolons / slashes between items
            if i:
                parts.append(str(g.pick([" ; ", " | ", " // "])))
            parts.extend(fields)
    lead = {"en": ["sure:\n", "ok here goes\n", "", "", "here u go "], "nl": ["oké:\n", "hier:\n", "", "", "bij deze "],
            "nb": ["ok:\n", "her:\n", "", "", "her kommer det "], "ru": ["вот:\n", "пишу\n", "", "", "держите "]}[lang]  # fmt: skip
    return [str(g.pick(lead)), *parts]


def conv_list(cv: Conv) -> None:
    g = cv.g
    what = str(g.pick(["travellers", "guests", "phones", "ibans", "customers", "travellers"]))
    n = g.rng.randint(2, 4)
    items: list[list[tuple[str, str]]] = []
    for _ in range(n):
        if what == "travellers":
            fields = [
                (g.full_name(g.rng.random() < 0.3), "PERSON"),
                (g.date(g.dob()), "DATE_OF_BIRTH"),
                (mv.passport(g.rng, cv.lang), "PASSPORT"),
            ]
            if g.rng.random() < 0.25:
                fields = [fields[0], fields[2], fields[1]]
        elif what == "guests":
            fields = [
                (g.full_name(g.rng.random() < 0.3), "PERSON"),
                (g.date(g.dob()), "DATE_OF_BIRTH"),
            ]
        elif what == "phones":
            fields = [(mv.phone(g.rng, cv.lang), "PHONE_NUMBER")]
            if g.rng.random() < 0.4:
                fields = [(g.name()[0], "PERSON"), *fields]
        elif what == "ibans":
            fields = [
                (
                    g.value("iban") if cv.lang != "ru" else mv.ru_account(g.rng),
                    "IBAN_CODE" if cv.lang != "ru" else "BANK_ACCOUNT",
                )
            ]
        else:
            fields = [(g.customer(), "CUSTOMER_NUMBER")]
        items.append(fields)
    if what == "travellers":
        cv.a(str(g.pick(LIST_ASK[what][cv.lang])))
        if g.rng.random() < 0.4:
            cv.say("hold")
    else:
        cv.a(str(g.pick(LIST_ASK[what][cv.lang])))
    cv.c(list_message(g, items))
    # hard negatives near the list: seats, flight time, prices
    seat, t = g.seat(), g.time()
    neg_msg = {
        "en": [
            "Thanks. Your seats are {seat} onwards, boarding closes at {time}",
            "Noted. The change fee is {amt} per person",
        ],
        "nl": [
            "Dank! Jullie zitten vanaf stoel {seat}, de gate sluit om {time}",
            "Genoteerd. De wijzigingskosten zijn {amt} p.p.",
        ],
        "nb": [
            "Takk! Setene deres er fra {seat}, gaten stenger kl {time}",
            "Notert. Endringsgebyret er {amt} per person",
        ],
        "ru": [
            "Спасибо! Ваши места с {seat}, посадка заканчивается в {time}",
            "Записала. Сбор за изменение {amt} с человека",
        ],
    }[cv.lang]
    if what == "travellers":
        cv.a(T(neg_msg[0], seat=N(seat, "seat"), time=N(t, "time")))
    else:
        cv.a(T(neg_msg[1], amt=N(g.amount(), "amount")))
    if (
        what in ("travellers", "guests") and g.rng.random() < 0.6
    ):  # a second, shorter list later in the chat
        more = [[(g.full_name(), "PERSON"), (g.date(g.dob()), "DATE_OF_BIRTH")] for _ in range(2)]
        cv.c({"en": "oh and the kids too:", "nl": "o ja en de kinderen:", "nb": "å ja, og ungene:", "ru": "ой, и дети ещё:"}[cv.lang])  # fmt: skip
        cv.c(list_message(g, more))


EARLY = {
    "en": " sorry sent too early",
    "nl": " sorry te vroeg verstuurd",
    "nb": " sorry, sendte for tidlig",
    "ru": " сорри, рано отправил",
}
SORRY = {"en": ["sorry, ", "sorry it's ", "oops typo ", "correction: ", "no wait "], "nl": ["sorry, ", "sorry het is ", "oeps typfout ", "correctie: ", "nee wacht "],
         "nb": ["sorry, ", "beklager, det er ", "oi skrivefeil ", "rettelse: ", "nei vent "], "ru": ["извините, ", "ой, ", "опечатка, правильно ", "поправка: ", "нет, стоп "]}  # fmt: skip


def split_value(g: Gen, v: str, pieces: int) -> list[str]:
    """Cut ``v`` into 2 or 3 pieces at spaces if it has them, else between characters; an
    e-mail address in two, next to its @."""
    if "@" in v:
        at = v.index("@") + g.rng.randint(0, 1)
        return [v[:at], v[at:]]
    if " " in v and len(v.split(" ")) >= pieces:
        groups = v.split(" ")
        cuts = sorted(g.rng.sample(range(1, len(groups)), pieces - 1))
        bounds = [0, *cuts, len(groups)]
        return [" ".join(groups[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]
    inner = [c for c in range(2, len(v) - 1) if v[c] != " " and v[c - 1] != " "]
    cuts = sorted(g.rng.sample(inner, pieces - 1))
    bounds = [0, *cuts, len(v)]
    return [v[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]


def conv_split(cv: Conv) -> None:
    g = cv.g
    if g.rng.random() < (0.6 if cv.sector in ("shop", "parcel") else 0.05):
        trap_order(cv)
    kinds = {"airline": ["booking", "passport", "phone", "email"], "bank": ["iban", "account", "customer"], "telecom": ["phone", "iban", "customer"],
             "insurer": ["natid", "iban", "customer"], "parcel": ["phone", "email"], "hotel": ["booking", "phone", "email"], "shop": ["phone", "customer", "email"],
             "utility": ["iban", "customer", "natid"], "transport": ["customer", "account", "phone"]}[cv.sector]  # fmt: skip
    if cv.lang == "ru":
        kinds = ["account" if k == "iban" else k for k in kinds]
    kinds = [k for k in kinds if ASK[k][cv.lang]] or ["phone"]
    if g.rng.random() < (0.5 if cv.sector in ("parcel", "shop", "utility") else 0.1):
        # an address typed as two messages: street, then postcode and town
        cv.ask("address")
        first, second = g.address_lines()
        cv.c(E(first, "LOCATION", "split"))
        cv.c(E(second, "LOCATION", "split"))
        cv.say("ack", "agent")
    n = 2 if g.rng.random() < 0.6 else 1
    for k in g.rng.sample(kinds, min(n, len(kinds))):
        v = g.value(k, 0 if k == "phone" and g.rng.random() < 0.5 else None)
        typ = TYPE[k]
        cv.ask(k)
        if g.rng.random() < 0.55 and sum(c.isdigit() for c in v) >= 3:
            # typed, then corrected in the next message: both labelled
            wrong = one_digit_changed(g.rng, v)
            cv.c(E(wrong, typ, "split"))
            if g.rng.random() < 0.5:
                cv.c(str(g.pick(SORRY[cv.lang])), E(v, typ, "split"))
            else:
                cv.c(E(v, typ, "split"), {"en": " sorry", "nl": " sorry", "nb": " sorry", "ru": " извиняюсь"}[cv.lang] + str(g.pick(["", " 🙈", "!", " typo"])))  # fmt: skip
        else:
            pieces = split_value(g, v, 3 if len(v) >= 14 and g.rng.random() < 0.4 else 2)
            for i, piece in enumerate(pieces):
                tail = ""
                if i < len(pieces) - 1 and g.rng.random() < 0.3:
                    tail = str(g.pick(["...", " …", " -"]))
                if i == len(pieces) - 1 and g.rng.random() < 0.3:
                    tail = str(g.pick([" oops", " 🙈", " (rest)", EARLY[cv.lang]]))
                cv.c(E(piece, typ, "split"), tail)
            if g.rng.random() < 0.4:
                cv.a({"en": "Is that the whole number?", "nl": "Is dat het hele nummer?", "nb": "Er det hele nummeret?", "ru": "Это весь номер?"}[cv.lang])  # fmt: skip
                cv.c(str(g.pick({"en": ["yes", "yep"], "nl": ["ja", "klopt"], "nb": ["ja", "stemmer"], "ru": ["да", "верно"]}[cv.lang])))  # fmt: skip
        cv.say("ack", "agent")


def conv_disguised(cv: Conv) -> None:
    g = cv.g
    # 1) e-mail in disguise, as a bare answer or with a cue
    cv.ask("email")
    if g.rng.random() < 0.3:
        cv.say("hold")
    em = spelled_email(g)
    if g.rng.random() < 0.5:
        cv.c(E(em, "EMAIL_ADDRESS", "disguised"))
    else:
        lead = {"en": ["it's ", "use ", "", "email: "], "nl": ["het is ", "", "gebruik maar ", "mail: "],
                "nb": ["det er ", "", "bruk ", "epost: "], "ru": ["", "пишите на ", "почта ", "это "]}[cv.lang]  # fmt: skip
        cv.c(str(g.pick(lead)), E(em, "EMAIL_ADDRESS", "disguised"))
    if g.rng.random() < 0.3:
        cv.a({"en": "Sorry, could you type that again?", "nl": "Sorry, kun je dat nog eens typen?", "nb": "Beklager, kan du skrive den igjen?", "ru": "Повторите, пожалуйста?"}[cv.lang])  # fmt: skip
        cv.c(E(spelled_email(g) if g.rng.random() < 0.2 else em, "EMAIL_ADDRESS", "disguised"))
    # 2) a number in disguise
    for _ in range(g.rng.randint(1, 2)):
        fits = [
            x
            for x in ("phone", "customer", "iban", "account", "natid", "booking", "passport")
            if ASK[x][cv.lang] and x in sector_kinds(cv)
        ]
        k = str(g.pick(fits or ["phone", "customer"]))
        cv.ask(k)
        v = g.value(k, 1 if k == "phone" else None)
        if k in ("phone", "customer", "natid"):
            mode = g.rng.randint(0, 5)
            if mode <= 3:
                dv = spoken_digits(g, v, mode)
            elif mode == 4:
                dv = mv.with_zero_width(g.rng, v, g.rng.randint(1, 3))
            else:
                dv = mv.with_homoglyphs(g.rng, v, 2)
                if dv == v:
                    dv = mv.with_zero_width(g.rng, v, 2)
        elif k in ("iban", "account"):
            dv = (
                mv.with_zero_width(g.rng, v, 2)
                if g.rng.random() < 0.5
                else mv.with_homoglyphs(g.rng, v, 2)
            )
            if dv == v:
                dv = mv.with_zero_width(g.rng, v, 2)
        else:  # booking code, passport: homoglyphs or zero-width or spaced letters
            m = g.rng.randint(0, 2)
            dv = (
                mv.with_homoglyphs(g.rng, v.upper(), 2)
                if m == 0
                else mv.with_zero_width(g.rng, v, 2)
                if m == 1
                else " ".join(v.replace(" ", ""))
            )
            if dv == v.upper() or dv == v:
                dv = mv.with_zero_width(g.rng, v, 2)
        if g.rng.random() < 0.7:
            cv.c(E(dv, TYPE[k], "disguised"))
        else:
            cv.c(str(g.pick({"en": ["it's ", "ok ", "number is "], "nl": ["het is ", "oké ", "nummer is "], "nb": ["det er ", "ok ", "nummeret er "], "ru": ["это ", "ок ", "номер "]}[cv.lang])), E(dv, TYPE[k], "disguised"))  # fmt: skip
        cv.say("ack", "agent")


def conv_address(cv: Conv) -> None:
    g = cv.g
    if g.rng.random() < (0.8 if cv.sector in ("shop", "parcel", "telecom") else 0.1):
        trap_order(cv)
    cv.ask("address")
    if g.rng.random() < 0.3:
        cv.say("hold")
    adr = g.address()
    if g.rng.random() < 0.75:
        cv.c(E(adr, "LOCATION", "address_no_cue"))
    else:
        cv.c(E(adr, "LOCATION", "address_no_cue"), str(g.pick([" pls", " 🙏", "!", " thx", " ✌️"])))
    if g.rng.random() < 0.8:
        cv.ask("address_old")
        cv.c(E(g.address(), "LOCATION", "address_no_cue"))
    # hard negatives: delivery window, destination, price
    neg = {
        "en": [
            "Delivery will be between {t1} and {t2}, the fee is {amt}",
            "It'll go out tomorrow, usually arrives by {t1}",
        ],
        "nl": [
            "Bezorging tussen {t1} en {t2}, kosten {amt}",
            "Het gaat morgen mee, meestal voor {t1} binnen",
        ],
        "nb": [
            "Levering mellom {t1} og {t2}, gebyret er {amt}",
            "Den sendes i morgen, kommer vanligvis før {t1}",
        ],
        "ru": [
            "Доставка с {t1} до {t2}, стоимость {amt}",
            "Отправим завтра, обычно приходит до {t1}",
        ],
    }[cv.lang]
    cv.a(
        T(
            str(g.pick(neg)),
            t1=N(g.time(), "time"),
            t2=N(g.time(), "time"),
            amt=N(g.amount(), "amount"),
        )
    )
    if g.rng.random() < 0.4:
        dest = str(g.pick(DESTINATIONS[cv.lang]))
        cv.c(T({"en": "great, I'm off to {d} on the 20th so the sooner the better", "nl": "top, ik ga de 20e naar {d} dus liefst snel",
                "nb": "fint, jeg drar til {d} den 20. så jo før jo bedre", "ru": "отлично, я 20-го улетаю в {d}, так что лучше побыстрее"}[cv.lang],
               d=N(dest, "destination")))  # fmt: skip


def conv_plain(cv: Conv) -> None:
    g = cv.g
    kinds = [k for k in sector_kinds(cv) if CUE[k][cv.lang]]
    g.rng.shuffle(kinds)
    chosen = kinds[: g.rng.randint(2, 3)]
    if g.rng.random() < 0.5:
        chosen = ["name", *[k for k in chosen if k != "name"]][:3]
    parts: list[Part] = []
    for i, k in enumerate(chosen):
        v = g.value(k)
        mixed = cv.lang != "en" and g.rng.random() < 0.12  # the cue in English
        cue = str(g.pick(CUE[k]["en" if mixed and CUE[k]["en"] else cv.lang]))
        if i:
            parts.append(
                str(
                    g.pick(
                        [
                            ", ",
                            ". ",
                            "\n",
                            {"en": " and ", "nl": " en ", "nb": " og ", "ru": " и "}[cv.lang],
                        ]
                    )
                )
            )
        parts.extend(T(cue, v=E(v, TYPE[k], "plain")))
    if g.rng.random() < 0.5:  # a hard negative in the same message
        if cv.sector in ("airline", "hotel", "transport"):
            neg = {"en": " (travelling {d}, {t}, paid {a})", "nl": " (reis op {d}, {t}, betaald {a})", "nb": " (reise {d} kl {t}, betalt {a})", "ru": " (поездка {d} в {t}, оплачено {a})"}[cv.lang]  # fmt: skip
        else:
            neg = {"en": " (order {o} from {d}, {a})", "nl": " (bestelling {o} van {d}, {a})", "nb": " (ordre {o} fra {d}, {a})", "ru": " (заказ {o} от {d}, {a})"}[cv.lang]  # fmt: skip
        parts.extend(
            T(
                neg,
                o=N(g.order(), "order_number"),
                d=N(g.travel(), "travel_date"),
                a=N(g.amount(), "amount"),
                t=N(g.time(), "time"),
            )
        )
    if g.rng.random() < 0.4:
        parts = lower_parts(parts)
    cv.c(parts)
    cv.say("ack", "agent")
    r = g.rng.random()
    if r < 0.3 and "customer" in sector_kinds(cv):
        trap_customer(cv, plain=True)
    elif r < 0.55 and "dob" in sector_kinds(cv):
        trap_dob(cv, plain=True)
    if g.rng.random() < 0.6:
        k = str(g.pick([x for x in ("phone", "email", "dob", "customer") if CUE[x][cv.lang]]))
        cv.a(str(g.pick(ASK[k][cv.lang])))
        cv.c(T(str(g.pick(CUE[k][cv.lang])), v=E(g.value(k), TYPE[k], "plain")))


BUILDERS = {"bare_answer": conv_bare, "list": conv_list, "split": conv_split, "disguised": conv_disguised,
            "address_no_cue": conv_address, "plain": conv_plain}  # fmt: skip


def mixed_language(cv: Conv) -> None:
    """Now and then a customer turn in English inside a non-English chat."""
    if cv.lang != "en" and MIX[cv.lang] and cv.g.rng.random() < 0.15:
        cv.c(str(cv.g.pick(MIX[cv.lang])))


def build(lang: str, cls: str, rng: random.Random) -> list[Turn]:
    g = Gen(rng, lang)
    sector = str(g.pick(SECTORS))
    cv = Conv(g, sector)
    if rng.random() < 0.15:  # the customer starts the chat (Messenger, Instagram)
        opener(cv)
        greet(cv)
    else:
        greet(cv)
        opener(cv)
    mixed_language(cv)
    BUILDERS[cls](cv)
    closing(cv)
    return cv.turns


def generate(seed: int = SEED, per_class: int = PER_CLASS) -> list[dict]:
    rng = random.Random(seed)
    records: list[dict] = []
    for lang in mv.LANGS:
        plan = [cls for cls in mv.CLASSES for _ in range(per_class)]
        rng.shuffle(plan)
        for i, cls in enumerate(plan, 1):
            turns = build(lang, cls, rng)
            records.extend(mv.conversation_records(f"{PREFIX}-{lang}-{i:03d}", lang, turns))
    return records


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=HERE / "sealed2.jsonl")
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args(argv)
    records = generate(args.seed)
    errors = mv.verify(records)
    if errors:
        print("\n".join(errors[:20]), file=sys.stderr)
        return 1
    mv.write_jsonl(records, args.out)
    convs = len({r["conversation_id"] for r in records})
    spans = sum(len(r["entities"]) for r in records)
    negs = sum(len(r["negatives"]) for r in records)
    print(
        f"wrote {args.out.name}: {convs} conversations, {len(records)} messages, {spans} gold spans, {negs} hard negatives"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
