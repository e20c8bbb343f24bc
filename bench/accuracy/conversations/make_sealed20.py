# ruff: noqa: E501, RUF001  (hand-written phrasing, name, street and town tables in four languages)
"""Write sealed20.jsonl: the twentieth sealed multi-turn set (issue 13), written blind.

Seed 20261223, deterministic. 600 conversations (150 per language): for each language 25 per
failure class (bare_answer, list, split, disguised, address_no_cue) and 25 "plain" ones.
Eighteen sectors new to the sets, own names/streets/towns/companies, hard negatives in every
chat. Written without reading rules/, privacyguard/ or any other set or generator except
make_values.py (whose assembly, checksum, number-word and look-alike helpers are imported).

    .venv/bin/python bench/accuracy/conversations/make_sealed20.py
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import phonenumbers
from schwifty import IBAN
from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.nl import bsn
from stdnum.no import fodselsnummer, kontonr
from stdnum.ru import inn

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_values import (  # noqa: E402
    NUMBER_WORDS,
    E,
    N,
    Part,
    booking_ref,
    conversation_records,
    digits,
    iban,
    nl_bsn,
    no_fnr,
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

SEED = 20261223
OUT = Path(__file__).resolve().parent / "sealed20.jsonl"
MAIN = ("bare_answer", "list", "split", "disguised", "address_no_cue", "plain")
PER = 25

# ---------------------------------------------------------------------------------------
# own tables
# ---------------------------------------------------------------------------------------
FIRST = {
    "en": ["Rowan", "Imogen", "Callum", "Harriet", "Ewan", "Tamsin", "Fergus", "Philippa", "Declan",
           "Bryony", "Seth", "Niamh", "Rhys", "Orla", "Gideon", "Cressida"],
    "nl": ["Gijs", "Marloes", "Hidde", "Roos", "Stijn", "Jikke", "Teun", "Floor", "Mees", "Yara",
           "Olivier", "Guusje", "Siebe", "Merel", "Joost", "Tessel"],
    "nb": ["Audun", "Gunnhild", "Trygve", "Synnøve", "Halvard", "Lisbeth", "Ottar", "Randi", "Espen",
           "Turid", "Njål", "Ylva", "Torstein", "Gro", "Arnfinn", "Vigdis"],
    "ru": ["Григорий", "Вера", "Тимофей", "Алина", "Фёдор", "Лариса", "Глеб", "Полина", "Роман",
           "Дарья", "Кирилл", "Зоя", "Степан", "Нина", "Арсений", "Милана"],
}
LAST = {
    "en": ["Ainsworth", "Beckett", "Crossley", "Dunmore", "Everett", "Fenwick", "Garside", "Hebden",
           "Ingleby", "Jessop", "Kitching", "Lowther", "Pickles", "Ormerod"],
    "nl": ["Verbeek", "van den Heuvel", "Schouten", "de Graaf", "Prins", "Wijnands", "Oosterhout",
           "Kramer", "Vos", "Dekker", "Claassen", "Brinkman", "ter Horst", "Veenstra"],
    "nb": ["Rønning", "Fossum", "Tveit", "Aune", "Bjerke", "Sæther", "Lien", "Myhre", "Eide", "Vik",
           "Ødegård", "Kvam", "Grøtting", "Skaar"],
    "ru": ["Воронов", "Медведев", "Тихонов", "Крылов", "Гусев", "Жуков", "Комаров", "Беляев",
           "Сорокин", "Ершов", "Калинин", "Щербаков", "Данилов", "Голубев"],
}
RU_FEM = {"Вера", "Алина", "Лариса", "Полина", "Дарья", "Зоя", "Нина", "Милана"}
AGENTS = {
    "en": ["Priya", "Tom", "Megan", "Jamal", "Sophie", "Craig"],
    "nl": ["Esmee", "Bas", "Ilona", "Ruud", "Nadia", "Sven"],
    "nb": ["Marit", "Jonas", "Helene", "Petter", "Sunniva", "Knut"],
    "ru": ["Ирина", "Максим", "Ульяна", "Денис", "Алёна", "Егор"],
}
STREETS = {
    "en": ["Larkspur Rise", "Tannery Row", "Coldharbour Lane", "Wheelwright Close", "Beacon Hill Road",
           "Saltings Way", "Ropewalk", "Nightingale Drive"],
    "nl": ["Zonnebloemstraat", "Vlietweg", "Kastanjelaan", "Burgemeester Smitsingel", "Achterom",
           "Polderweg", "Gasthuisstraat", "Wilgenhof"],
    "nb": ["Bekkeveien", "Furulia", "Skolebakken", "Elvegata", "Sjøveien", "Kongleveien", "Myrstien",
           "Lerkeveien"],
    "ru": ["ул. Строителей", "ул. Кирова", "пер. Школьный", "ул. Заречная", "пр. Победы",
           "ул. Луговая", "ул. Рабочая", "ул. Островского"],
}
TOWNS = {
    "en": [("Kendal", "LA9 4QR"), ("Hexham", "NE46 3NH"), ("Truro", "TR1 2XN"), ("Ludlow", "SY8 1AA"),
           ("Whitby", "YO21 3PU"), ("Ely", "CB7 4DL")],
    "nl": [("Amersfoort", "3811 EP"), ("Deventer", "7411 KT"), ("Hoorn", "1621 CK"), ("Assen", "9401 HT"),
           ("Venlo", "5911 BV"), ("Middelburg", "4331 LK")],
    "nb": [("Lillehammer", "2609"), ("Molde", "6413"), ("Bodø", "8006"), ("Gjøvik", "2815"),
           ("Arendal", "4836"), ("Steinkjer", "7713")],
    "ru": [("Ярославль", "150000"), ("Владимир", "600000"), ("Иваново", "153000"), ("Калуга", "248000"),
           ("Рязань", "390000"), ("Вологда", "160000")],
}
RURAL = {
    "en": ["Hollin Farm, Garsdale, Sedbergh LA10 5PQ", "2 Keepers Cottages, Upper Slaughter GL54 2JB",
           "The Old Forge, Llanfair Road, Ruthin LL15 1DE"],
    "nl": ["Oude Dijk 3, 9987 NB Hornhuizen", "Buitenweg 41a, 7134 PK Vragender",
           "Heuvelweg 2, 6289 NA Reijmerstok"],
    "nb": ["Nordre Haugen gård, 2647 Sør-Fron", "Tverrlia 12, 9046 Oteren", "Solstad, 8850 Herøy"],
    "ru": ["Вологодская обл., Тотемский р-н, д. Никольское, д. 4",
           "Тверская обл., с. Кушалино, ул. Полевая, д. 17",
           "Калужская обл., пос. Товарково, ул. Песочная, 3"],
}
ABROAD = {
    "en": ["Calle del Olivo 14, 29680 Estepona, Spain", "12 Rue des Tanneurs, 24200 Sarlat, France",
           "Via Roma 8, 38066 Riva del Garda, Italy"],
    "nl": ["Kapelstraat 22, 2600 Berchem, België", "Am Markt 5, 47533 Kleve, Duitsland",
           "Rue de la Station 9, 6700 Arlon, België"],
    "nb": ["Storgatan 8, 652 24 Karlstad, Sverige", "Nørregade 31, 8000 Aarhus C, Danmark",
           "Kauppakatu 4, 96100 Rovaniemi, Finland"],
    "ru": ["г. Минск, ул. Сурганова, д. 9, кв. 31", "Алматы, мкр. Самал-2, д. 58, кв. 12",
           "Рига, ул. Матиса 17-4, LV-1001, Латвия"],
}
DOMAINS = {
    "en": ["gmail.com", "hotmail.co.uk", "sky.com", "proton.me", "aol.com"],
    "nl": ["gmail.com", "planet.nl", "home.nl", "outlook.com", "live.nl"],
    "nb": ["gmail.com", "broadpark.no", "yahoo.no", "icloud.com", "getmail.no"],
    "ru": ["yandex.ru", "mail.ru", "inbox.ru", "list.ru", "gmail.com"],
}
TR = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "ch", "ш": "sh", "щ": "shch",
    "ы": "y", "э": "e", "ю": "yu", "я": "ya", "ь": "", "ъ": "", "ø": "o", "å": "aa", "æ": "ae",
})  # fmt: skip

# sector: key -> per language (what the business is, company name)
SECTORS = {
    "phone_repair": {"en": ("phone repair", "FixPoint Mobile"), "nl": ("telefoonreparatie", "SchermHeel"),
                     "nb": ("mobilreparasjon", "Skjermklinikken"), "ru": ("ремонт телефонов", "«Мобимастер»")},
    "solar": {"en": ("solar panel installation", "Brightroof Solar"), "nl": ("zonnepanelen", "Zonnedak Oost"),
              "nb": ("solcelleanlegg", "Solfanger Energi"), "ru": ("установка солнечных панелей", "«Солнечный дом»")},
    "nursery": {"en": ("nursery", "Little Acorns Nursery"), "nl": ("kinderopvang", "Kinderopvang De Speelwolk"),
                "nb": ("barnehage", "Tusenfryd barnehage"), "ru": ("детский сад", "детский сад «Теремок»")},
    "fertility": {"en": ("fertility clinic", "Evergreen Fertility"), "nl": ("vruchtbaarheidskliniek", "Kliniek Nieuw Begin"),
                  "nb": ("fertilitetsklinikk", "Livsløp fertilitetsklinikk"), "ru": ("клиника репродукции", "клиника «Аист»")},
    "tutoring": {"en": ("private tutoring", "Keystone Tutors"), "nl": ("bijles", "Bijlesbureau Slimmer"),
                 "nb": ("privatundervisning", "Leksehjelpen"), "ru": ("репетиторы", "центр «Пятёрка»")},
    "removals": {"en": ("removals", "Swift Move Removals"), "nl": ("verhuisbedrijf", "Verhuisservice Snelweg"),
                 "nb": ("flyttebyrå", "Flyttekompaniet Nord"), "ru": ("переезды", "«ГрузовичкоФ»")},
    "storage": {"en": ("self storage", "Stowaway Storage"), "nl": ("opslagboxen", "BoxOpslag Plus"),
                "nb": ("lagerboder", "Lagerhotellet"), "ru": ("склад хранения", "«Кладовка24»")},
    "ski": {"en": ("ski school", "Snowline Ski School"), "nl": ("skischool", "Skischool Alpenpiek"),
            "nb": ("skiskole", "Fjellsnø skiskole"), "ru": ("горнолыжная школа", "школа «Снежный склон»")},
    "cinema": {"en": ("cinema", "Picturehouse Lux"), "nl": ("bioscoop", "Filmtheater Lichtspel"),
               "nb": ("kino", "Nordlys Kino"), "ru": ("кинотеатр", "кинотеатр «Октава»")},
    "card_fraud": {"en": ("card fraud team", "Northgate Bank"), "nl": ("fraudeafdeling", "Polderbank"),
                   "nb": ("kortsvindel", "Fjordbanken"), "ru": ("служба безопасности карт", "банк «Волга»")},
    "debt": {"en": ("debt collection", "Clearway Recoveries"), "nl": ("incassobureau", "Incasso Direct"),
             "nb": ("inkasso", "Inkassotjenesten"), "ru": ("коллекторское агентство", "агентство «Возврат»")},
    "lab_courier": {"en": ("medical sample courier", "MedRun Couriers"), "nl": ("monsterkoerier", "LabKoerier"),
                    "nb": ("prøvebud", "Prøvebudet"), "ru": ("курьер анализов", "служба «МедКурьер»")},
    "recruitment": {"en": ("recruitment agency", "Talentbridge Recruitment"), "nl": ("uitzendbureau", "Werkbrug Uitzendgroep"),
                    "nb": ("rekruttering", "Jobbmakeriet"), "ru": ("кадровое агентство", "агентство «Кадры+»")},
    "notary": {"en": ("notary", "Hallgate Notaries"), "nl": ("notariskantoor", "Notariskantoor Vestingstad"),
               "nb": ("notarius", "Notarkontoret Sentrum"), "ru": ("нотариальная контора", "нотариальная контора №3")},
    "translation": {"en": ("translation agency", "Lingua Bridge"), "nl": ("vertaalbureau", "Vertaalhuis Babel"),
                    "nb": ("oversettelsesbyrå", "Språkbroen"), "ru": ("бюро переводов", "бюро «Толмач»")},
    "sports_club": {"en": ("sports club membership", "Riverside Rowing Club"), "nl": ("sportvereniging", "Hockeyclub De Ploeg"),
                    "nb": ("idrettslag", "Skarphedin IL"), "ru": ("спортивный клуб", "клуб «Олимп-Юг»")},
    "taxi": {"en": ("taxi app", "ZipCab"), "nl": ("taxi-app", "RitNu"), "nb": ("taxi-app", "Kjør"),
             "ru": ("приложение такси", "«ЕдемСейчас»")},
    "camping": {"en": ("camping site", "Fernbrook Camping"), "nl": ("camping", "Camping De Zandhoek"),
                "nb": ("campingplass", "Fjordglimt Camping"), "ru": ("кемпинг", "кемпинг «Сосновый бор»")},
}
SECTOR_KEYS = list(SECTORS)

# ---------------------------------------------------------------------------------------
# phrasings
# ---------------------------------------------------------------------------------------
# bare-answer questions per type: (formal, casual, chatbot) mixed
ASK = {
    "en": {
        "CUSTOMER_NUMBER": ["Could you give me your account number with us?", "what's ur member no.?",
                            "Please enter your customer number.", "And the client reference on your account, please?"],
        "BOOKING_REFERENCE": ["What's the booking reference?", "Have you got the reservation code handy?",
                              "Please type your 6-character booking code."],
        "DATE_OF_BIRTH": ["Can I take your date of birth for security?", "when were you born?",
                          "Please confirm your DOB.", "And the date of birth of the account holder?"],
        "PASSPORT": ["What's the passport number on the booking?", "Could you read me the number of your passport?"],
        "NATIONAL_ID": ["Could I have your National Insurance number?", "What's your NI number, please?"],
        "PHONE_NUMBER": ["What's the best number to reach you on?", "Which mobile should the driver call?",
                         "Please enter a contact phone number."],
        "EMAIL_ADDRESS": ["Which email shall I send the confirmation to?", "whats your email?",
                          "Please provide your e-mail address."],
        "IBAN_CODE": ["Which IBAN should the refund go to?", "Can you give me the account (IBAN) for the refund?"],
        "PERSON": ["And who is the booking under?", "Whose name is on the account?", "Full name please?"],
        "CREDIT_CARD": ["Which card number is affected?", "Can you type the long number on the card you reported?"],
    },
    "nl": {
        "CUSTOMER_NUMBER": ["Mag ik uw klantnummer?", "wat is je lidnummer?", "Voer uw relatienummer in.",
                            "Onder welk debiteurnummer staat het?"],
        "BOOKING_REFERENCE": ["Wat is de reserveringscode?", "Heb je de boekingscode bij de hand?",
                              "Typ uw reserveringsnummer van 6 tekens."],
        "DATE_OF_BIRTH": ["Wat is uw geboortedatum?", "wanneer ben je geboren?", "Ter controle: uw geboortedatum graag.",
                          "Wat is de geboortedatum van de contracthouder?"],
        "PASSPORT": ["Wat is het nummer van uw paspoort?", "Kun je het documentnummer van je ID-kaart doorgeven?"],
        "NATIONAL_ID": ["Mag ik uw BSN?", "Wat is je burgerservicenummer?", "Wat is uw rijksregisternummer?"],
        "PHONE_NUMBER": ["Op welk nummer kunnen we u bereiken?", "welk mobiel nummer mag de chauffeur bellen?",
                         "Vul uw telefoonnummer in."],
        "EMAIL_ADDRESS": ["Naar welk mailadres mag de bevestiging?", "wat is je mail?", "Wat is uw e-mailadres?"],
        "IBAN_CODE": ["Op welk rekeningnummer wilt u het terug?", "Wat is je IBAN voor de terugbetaling?"],
        "PERSON": ["Op wiens naam staat het?", "Wat is uw volledige naam?", "En de naam van de contracthouder?"],
        "CREDIT_CARD": ["Om welk kaartnummer gaat het?", "Kunt u het lange nummer op de pas typen?"],
    },
    "nb": {
        "CUSTOMER_NUMBER": ["Hva er kundenummeret ditt?", "har du medlemsnummeret?", "Oppgi kundenummer.",
                            "Hvilket kundenr. står saken på?"],
        "BOOKING_REFERENCE": ["Hva er bestillingsreferansen?", "Har du bookingkoden for hånden?",
                              "Skriv inn referansen på 6 tegn."],
        "DATE_OF_BIRTH": ["Hva er fødselsdatoen din?", "når er du født?", "Bekreft fødselsdato, takk.",
                          "Og fødselsdatoen til kontoinnehaveren?"],
        "PASSPORT": ["Hva er passnummeret?", "Kan du lese opp nummeret i passet ditt?"],
        "NATIONAL_ID": ["Kan jeg få fødselsnummeret ditt (11 siffer)?", "Hva er personnummeret ditt?"],
        "PHONE_NUMBER": ["Hvilket nummer kan vi nå deg på?", "hvilket mobilnr skal sjåføren ringe?",
                         "Oppgi telefonnummer."],
        "EMAIL_ADDRESS": ["Hvilken e-post skal bekreftelsen til?", "hva er mailen din?", "Oppgi e-postadresse."],
        "IBAN_CODE": ["Hvilket kontonummer skal pengene tilbake til?", "Kan du gi meg IBAN for tilbakebetalingen?"],
        "PERSON": ["Hvem står bestillingen på?", "Fullt navn, takk?", "Hva heter kontoinnehaveren?"],
        "CREDIT_CARD": ["Hvilket kortnummer gjelder det?", "Kan du skrive det lange nummeret på kortet?"],
    },
    "ru": {
        "CUSTOMER_NUMBER": ["Назовите, пожалуйста, номер договора.", "какой у вас номер клиента?",
                            "Введите номер лицевого счёта.", "Подскажите номер абонента в нашей системе?"],
        "BOOKING_REFERENCE": ["Какой код бронирования?", "Подскажите номер брони?", "Введите код брони из 6 символов."],
        "DATE_OF_BIRTH": ["Ваша дата рождения?", "когда вы родились?", "Для проверки назовите дату рождения.",
                          "Дата рождения владельца договора?"],
        "PASSPORT": ["Серия и номер паспорта?", "Продиктуйте номер загранпаспорта."],
        "NATIONAL_ID": ["Укажите СНИЛС.", "Назовите ваш ИНН."],
        "PHONE_NUMBER": ["По какому номеру с вами связаться?", "какой номер дать водителю?", "Введите номер телефона."],
        "EMAIL_ADDRESS": ["На какую почту отправить подтверждение?", "какой у вас имейл?", "Укажите адрес электронной почты."],
        "IBAN_CODE": ["На какой счёт вернуть деньги?", "Продиктуйте номер счёта для возврата."],
        "PERSON": ["На кого оформлено?", "Ваше ФИО полностью?", "Как зовут владельца договора?"],
        "CREDIT_CARD": ["Какой номер карты?", "Напишите полный номер карты, по которой операция."],
    },
}
# plain cues (value with its cue)
CUE = {
    "en": {"CUSTOMER_NUMBER": "my account number is {v}", "BOOKING_REFERENCE": "booking ref {v}",
           "DATE_OF_BIRTH": "my date of birth is {v}", "PASSPORT": "passport no. {v}",
           "NATIONAL_ID": "NI number {v}", "PHONE_NUMBER": "you can ring me on {v}",
           "EMAIL_ADDRESS": "my email is {v}", "IBAN_CODE": "my IBAN is {v}", "PERSON": "my name is {v}",
           "LOCATION": "I live at {v}", "CREDIT_CARD": "the card number is {v}", "BANK_ACCOUNT": "account {v}"},
    "nl": {"CUSTOMER_NUMBER": "mijn klantnummer is {v}", "BOOKING_REFERENCE": "reserveringscode {v}",
           "DATE_OF_BIRTH": "geboren op {v}", "PASSPORT": "paspoortnummer {v}", "NATIONAL_ID": "mijn BSN is {v}",
           "PHONE_NUMBER": "bel me op {v}", "EMAIL_ADDRESS": "mijn mailadres is {v}", "IBAN_CODE": "mijn IBAN is {v}",
           "PERSON": "mijn naam is {v}", "LOCATION": "ik woon op {v}", "CREDIT_CARD": "kaartnummer {v}",
           "BANK_ACCOUNT": "rekening {v}"},
    "nb": {"CUSTOMER_NUMBER": "kundenummeret mitt er {v}", "BOOKING_REFERENCE": "bookingreferanse {v}",
           "DATE_OF_BIRTH": "jeg er født {v}", "PASSPORT": "passnummer {v}", "NATIONAL_ID": "fødselsnummer {v}",
           "PHONE_NUMBER": "ring meg på {v}", "EMAIL_ADDRESS": "e-posten min er {v}", "IBAN_CODE": "IBAN {v}",
           "PERSON": "jeg heter {v}", "LOCATION": "jeg bor i {v}", "CREDIT_CARD": "kortnummer {v}",
           "BANK_ACCOUNT": "kontonummeret mitt er {v}"},
    "ru": {"CUSTOMER_NUMBER": "мой номер договора {v}", "BOOKING_REFERENCE": "код брони {v}",
           "DATE_OF_BIRTH": "дата рождения {v}", "PASSPORT": "паспорт {v}", "NATIONAL_ID": "СНИЛС {v}",
           "PHONE_NUMBER": "мой телефон {v}", "EMAIL_ADDRESS": "моя почта {v}", "IBAN_CODE": "IBAN {v}",
           "PERSON": "меня зовут {v}", "LOCATION": "я живу по адресу {v}", "CREDIT_CARD": "номер карты {v}",
           "BANK_ACCOUNT": "номер счёта {v}"},
}
ASK_ADDR = {
    "en": ["Where should we send it?", "what address shall the van go to?", "Where do you want the kit delivered?",
           "Delivery address please."],
    "nl": ["Waar mogen we het naartoe sturen?", "op welk adres moet de bus komen?", "Waar moet het bezorgd worden?",
           "Afleveradres graag."],
    "nb": ["Hvor skal vi sende det?", "hvilken adresse skal bilen kjøre til?", "Hvor vil du ha det levert?",
           "Leveringsadresse, takk."],
    "ru": ["Куда отправить?", "по какому адресу подъехать?", "Куда доставить комплект?", "Адрес доставки, пожалуйста."],
}
HOLD = {
    "en": ["one sec, getting it", "hang on, it's in my emails", "just a moment", "let me look"],
    "nl": ["momentje, even zoeken", "wacht even, staat in mijn mail", "ogenblikje", "even kijken hoor"],
    "nb": ["et øyeblikk", "vent litt, den ligger i mailen", "to sek", "må bare finne det"],
    "ru": ["секунду, ищу", "сейчас, в почте посмотрю", "минутку", "щас гляну"],
}
ACK = {
    "en": ["Thanks.", "Got it, thank you.", "Lovely, thanks.", "Perfect."],
    "nl": ["Dank u.", "Top, dank je.", "Helder, bedankt.", "Prima."],
    "nb": ["Takk.", "Supert, takk.", "Flott.", "Den er notert."],
    "ru": ["Спасибо.", "Принято.", "Отлично, спасибо.", "Записала."],
}
FILL_AGENT = {
    "en": ["Let me check that for you.", "I'm just looking at your file now.", "Bear with me a moment.",
           "Is there anything else I can help with?", "I've added a note to the account."],
    "nl": ["Ik kijk het even voor u na.", "Ik heb uw dossier open.", "Een ogenblik geduld alstublieft.",
           "Kan ik nog ergens anders mee helpen?", "Ik heb een notitie gemaakt."],
    "nb": ["Jeg sjekker det for deg.", "Jeg ser på saken din nå.", "Et lite øyeblikk.",
           "Er det noe annet jeg kan hjelpe med?", "Jeg har lagt inn et notat."],
    "ru": ["Сейчас проверю.", "Смотрю вашу карточку.", "Минуту, пожалуйста.", "Могу ещё чем-то помочь?",
           "Я оставила комментарий в заявке."],
}
FILL_CUST = {
    "en": ["ok thanks", "great", "brill, cheers", "no that's everything", "sure", "yes please"],
    "nl": ["ok dank je", "fijn", "top", "nee verder niks", "prima", "ja graag"],
    "nb": ["ok takk", "fint", "topp", "nei, det var alt", "greit", "ja takk"],
    "ru": ["ок спасибо", "хорошо", "отлично", "нет, это всё", "ладно", "да, пожалуйста"],
}
GREET = {
    "en": ["Hi, you're chatting with {a} at {c}. How can I help?", "Good morning, {c} support, {a} speaking.",
           "Hello! I'm {a} from the {c} team. What can I do for you?"],
    "nl": ["Hoi, je chat met {a} van {c}. Waarmee kan ik helpen?", "Goedemorgen, {c} klantenservice, u spreekt met {a}.",
           "Welkom bij {c}! Mijn naam is {a}. Wat kan ik voor u doen?"],
    "nb": ["Hei, du chatter med {a} i {c}. Hva kan jeg hjelpe med?", "God morgen, {c} kundeservice, {a} her.",
           "Velkommen til {c}! Jeg heter {a}. Hva gjelder det?"],
    "ru": ["Здравствуйте, это {a}, {c}. Чем помочь?", "Добрый день! {c}, оператор {a}.",
           "Вас приветствует {c}, меня зовут {a}. Слушаю вас."],
}
OPEN = {
    "en": ["hi, it's about my {s}", "Hello, I have a question about the {s}.", "hiya, problem with {s} again",
           "Good afternoon. I'd like to sort something out regarding {s}."],
    "nl": ["hoi, het gaat over mijn {s}", "Goedendag, ik heb een vraag over de {s}.", "hallo, weer gedoe met {s}",
           "Goedemiddag, ik wil iets regelen rond {s}."],
    "nb": ["hei, det gjelder {s}", "Hei, jeg har et spørsmål om {s}.", "hallo, trøbbel med {s} igjen",
           "God ettermiddag, jeg vil ordne noe angående {s}."],
    "ru": ["здравствуйте, вопрос по теме: {s}", "Добрый день, у меня вопрос, {s}.", "привет, опять проблема, {s}",
           "Здравствуйте, хочу решить вопрос, {s}."],
}
CLOSE_A = {
    "en": ["All sorted. Have a good day!", "Done, you'll get a confirmation shortly."],
    "nl": ["Alles geregeld. Fijne dag!", "Klaar, u krijgt zo een bevestiging."],
    "nb": ["Da er alt i orden. Ha en fin dag!", "Ferdig, du får en bekreftelse straks."],
    "ru": ["Всё оформлено. Хорошего дня!", "Готово, подтверждение придёт в течение часа."],
}
CLOSE_C = {"en": ["thanks, bye", "cheers!"], "nl": ["dank je, doei", "top, bedankt!"],
           "nb": ["takk, ha det", "tusen takk!"], "ru": ["спасибо, до свидания", "спасибо!"]}  # fmt: skip
MORE = {  # agent asking for the rest of a split value
    "en": ["and the rest?", "Go on, I've got the first part.", "ok, and then?"],
    "nl": ["en de rest?", "Ga verder, het eerste deel heb ik.", "ok, en dan?"],
    "nb": ["og resten?", "Fortsett, jeg har første del.", "ok, og så?"],
    "ru": ["а дальше?", "Продолжайте, первую часть записала.", "так, и?"],
}
OOPS = {
    "en": ["sorry typo, it's {v}", "wait no: {v}", "correction {v}", "{v} *"],
    "nl": ["sorry typfout, het is {v}", "nee wacht: {v}", "correctie: {v}", "{v} *"],
    "nb": ["beklager skrivefeil, det er {v}", "nei vent: {v}", "rettelse: {v}", "{v} *"],
    "ru": ["ой опечатка, правильно {v}", "нет, стоп: {v}", "исправляю: {v}", "{v} *"],
}
PART_OOPS = {
    "en": "sorry, the last part should be {v}", "nl": "sorry, het laatste stuk moet {v} zijn",
    "nb": "beklager, siste del skal være {v}", "ru": "извините, последняя часть {v}",
}
AT = {"en": ["at", "(at)", "[at]"], "nl": ["apestaart", "at", "apenstaartje"], "nb": ["alfakrøll", "krøllalfa", "at"],
      "ru": ["собака", "собачка", "эт"]}  # fmt: skip
DOT = {"en": ["dot", "(dot)"], "nl": ["punt", "dot"], "nb": ["prikk", "punktum"], "ru": ["точка", "тчк"]}
SAY_EMAIL = {
    "en": ["it's {v}", "{v}", "{v} (spelled out so the bot doesn't eat it)"],
    "nl": ["het is {v}", "{v}", "{v}, uitgeschreven want de chat verminkt het"],
    "nb": ["det er {v}", "{v}", "{v} (skrevet ut)"],
    "ru": ["{v}", "пишу словами: {v}", "это {v}"],
}
SAY_NUM = {
    "en": ["{v}", "it's {v}", "ok here goes: {v}"], "nl": ["{v}", "het is {v}", "daar gaat ie: {v}"],
    "nb": ["{v}", "det er {v}", "her: {v}"], "ru": ["{v}", "это {v}", "диктую: {v}"],
}
LIST_INTRO = {
    "en": ["It's for the two of us:", "Here are the details:", "for me and the kids:"],
    "nl": ["Het gaat om ons tweeën:", "Hier de gegevens:", "voor mij en de kinderen:"],
    "nb": ["Det gjelder oss to:", "Her er opplysningene:", "for meg og barna:"],
    "ru": ["Нас двое:", "Вот данные:", "на меня и детей:"],
}
LIST_ASK = {
    "en": ["Please send the name, date of birth and phone of everyone attending.", "Who's coming? Names and DOBs please."],
    "nl": ["Graag naam, geboortedatum en telefoon van iedereen die meekomt.", "Wie komen er? Namen en geboortedata graag."],
    "nb": ["Send navn, fødselsdato og telefon for alle som skal være med.", "Hvem kommer? Navn og fødselsdatoer, takk."],
    "ru": ["Пришлите имя, дату рождения и телефон каждого участника.", "Кто будет? ФИО и даты рождения, пожалуйста."],
}
LIST_ASK_ANY = {
    "en": "Please send the names and document details of everyone on the booking.",
    "nl": "Stuur de namen en documentgegevens van iedereen op de boeking.",
    "nb": "Send navn og dokumentopplysninger for alle på bestillingen.",
    "ru": "Пришлите ФИО и данные документов всех участников.",
}
AND = {"en": "and", "nl": "en", "nb": "og", "ru": "и"}


# ---------------------------------------------------------------------------------------
# values
# ---------------------------------------------------------------------------------------
class V:
    """Collects the canonical values for the integrity test."""

    def __init__(self) -> None:
        self.checks: list[tuple[str, str, str]] = []  # (type, lang, canonical value)

    def add(self, typ: str, lang: str, value: str) -> str:
        self.checks.append((typ, lang, value))
        return value


def person(rng: random.Random, lang: str) -> tuple[str, str]:
    f, la = rng.choice(FIRST[lang]), rng.choice(LAST[lang])
    if lang == "ru" and f in RU_FEM:
        la += "а"
    return f, la


def uk_nino(rng: random.Random) -> str:
    bad1, bad2 = set("DFIQUV"), set("DFIOQUV")
    while True:
        a = rng.choice("ABCEGHJKLMNPRSTWXYZ")
        b = rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if a in bad1 or b in bad2 or a + b in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            continue
        d = digits(rng, 6, first_nonzero=False)
        s = rng.choice("ABCD")
        return rng.choice([f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {s}", f"{a}{b}{d}{s}"])


def be_national(rng: random.Random) -> str:
    while True:
        y, m, d = rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28)
        ser = rng.randint(1, 997)
        base = f"{y:02d}{m:02d}{d:02d}{ser:03d}"
        chk = 97 - int(base) % 97
        v = f"{base}{chk:02d}"
        if be_nn.is_valid(v):
            return f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}"


def credit_card(rng: random.Random) -> str:
    body = rng.choice(["4", "51", "53", "2221"]) + digits(rng, 15, first_nonzero=False)
    body = body[:15]
    v = body + luhn.calc_check_digit(body)
    return " ".join(v[i : i + 4] for i in range(0, 16, 4))


def dob_text(rng: random.Random, lang: str, d: int, m: int, y: int) -> str:
    mon = {
        "en": ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"],
        "nl": ["jan", "feb", "maart", "april", "mei", "juni", "juli", "aug", "sept", "okt", "nov", "dec"],
        "nb": ["jan.", "feb.", "mars", "april", "mai", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "des."],
        "ru": ["янв.", "февр.", "марта", "апр.", "мая", "июня", "июля", "авг.", "сент.", "окт.", "нояб.", "дек."],
    }[lang][m - 1]
    s = rng.randint(0, 4)
    if s == 0:
        return f"{d:02d}{'/' if lang == 'en' else '-' if lang == 'nl' else '.'}{m:02d}{'/' if lang == 'en' else '-' if lang == 'nl' else '.'}{y}"
    if s == 1:
        return f"{d} {mon} {y}" if lang != "nb" else f"{d}. {mon} {y}"
    if s == 2:
        return f"{d}/{m}/{str(y)[2:]}" if lang == "en" else f"{d}.{m}.{y}"
    if s == 3:
        return f"{y}-{m:02d}-{d:02d}"
    return f"{mon} {d} {y}" if lang == "en" else f"{d:02d}{m:02d}{y}"


def value(rng: random.Random, lang: str, typ: str, vc: V, who: tuple[str, str] | None = None) -> str:
    """A fresh value of ``typ`` as the customer would type it (checks recorded)."""
    if typ == "PERSON":
        f, la = who or person(rng, lang)
        return f"{f} {la}" if rng.random() < 0.8 else la if lang != "ru" else f"{la} {f}"
    if typ == "CUSTOMER_NUMBER":
        return rng.choice([digits(rng, rng.choice([6, 8, 9])), "M" + digits(rng, 6), f"{digits(rng, 3)}-{digits(rng, 4)}",
                           "K" + digits(rng, 7, first_nonzero=False)])
    if typ == "BOOKING_REFERENCE":
        return booking_ref(rng)
    if typ == "DATE_OF_BIRTH":
        return dob_text(rng, lang, rng.randint(1, 28), rng.randint(1, 12), rng.randint(1948, 2012))
    if typ == "PASSPORT":
        if lang == "ru" and rng.random() < 0.5:
            return f"{digits(rng, 2)} {digits(rng, 2, False)} {digits(rng, 6)}"  # domestic passport
        return passport(rng, lang)
    if typ == "NATIONAL_ID":
        if lang == "en":
            return vc.add("NINO", lang, uk_nino(rng))
        if lang == "nl":
            if rng.random() < 0.3:
                return vc.add("BE_NN", lang, be_national(rng))
            return vc.add("BSN", lang, nl_bsn(rng))
        if lang == "nb":
            v, _ = no_fnr(rng)
            return vc.add("FNR", lang, v if rng.random() < 0.6 else f"{v[:6]} {v[6:]}")
        if rng.random() < 0.5:
            return vc.add("SNILS", lang, ru_snils(rng))
        return vc.add("INN", lang, ru_inn(rng))
    if typ == "PHONE_NUMBER":
        return vc.add("PHONE", lang, phone(rng, lang))
    if typ == "EMAIL_ADDRESS":
        f, la = who or person(rng, lang)
        f, la = f.lower().translate(TR), la.lower().translate(TR).replace(" ", "")
        local = rng.choice([f"{f}.{la}", f"{f[0]}{la}", f"{la}_{f}{rng.randint(2, 88)}", f"{f}{rng.randint(70, 99)}"])
        return f"{local}@{rng.choice(DOMAINS[lang])}"
    if typ == "IBAN_CODE":
        country = {"en": "GB", "nl": "NL", "nb": "NO", "ru": "NL"}[lang]
        v = iban(rng, country)
        return vc.add("IBAN", lang, v if rng.random() < 0.7 else v.replace(" ", ""))
    if typ == "BANK_ACCOUNT":
        if lang == "nb":
            k = kontonr_v(rng)
            return vc.add("KONTONR", lang, f"{k[:4]}.{k[4:6]}.{k[6:]}" if rng.random() < 0.5 else k)
        return vc.add("RU_ACC", lang, ru_account(rng))
    if typ == "CREDIT_CARD":
        return vc.add("CARD", lang, credit_card(rng))
    if typ == "LOCATION":
        return addr(rng, lang, lower=rng.random() < 0.5)
    raise ValueError(typ)


def kontonr_v(rng: random.Random) -> str:
    while True:
        v = digits(rng, 11)
        if kontonr.is_valid(v) and not fodselsnummer.is_valid(v):
            return v


def addr(rng: random.Random, lang: str, lower: bool = True, kind: str | None = None) -> str:
    k = kind or rng.choice(["town", "town", "town", "rural", "abroad"])
    if k == "rural":
        s = rng.choice(RURAL[lang])
    elif k == "abroad":
        s = rng.choice(ABROAD[lang])
    else:
        st, (town, pc) = rng.choice(STREETS[lang]), rng.choice(TOWNS[lang])
        no = f"{rng.randint(1, 160)}{rng.choice(['', '', 'a', 'B'] if lang != 'ru' else ['', '', '/2', 'к1'])}"
        if lang == "en":
            s = rng.choice([f"{no} {st}, {town} {pc}", f"{no} {st} {town}", f"Flat {rng.randint(2, 30)}, {no} {st}, {town} {pc}"])
        elif lang == "nl":
            s = rng.choice([f"{st} {no}, {pc} {town}", f"{st} {no} {pc.replace(' ', '')} {town}", f"{st} {no} {town}"])
        elif lang == "nb":
            s = rng.choice([f"{st} {no}, {pc} {town}", f"{st} {no} {town}", f"{st} {no} H0{rng.randint(1, 3)}0{rng.randint(1, 4)}, {pc} {town}"])
        else:
            s = rng.choice([f"г. {town}, {st}, д. {no}, кв. {rng.randint(1, 120)}", f"{town}, {st} {no}-{rng.randint(1, 120)}",
                            f"{pc}, {town}, {st}, {no}"])
    return s.lower() if lower else s


def addr_pieces(rng: random.Random, lang: str) -> list[str]:
    """An address cut in two or three messages (street / postcode+town / country)."""
    st, (town, pc) = rng.choice(STREETS[lang]), rng.choice(TOWNS[lang])
    no = str(rng.randint(1, 99))
    if lang == "ru":
        parts = [f"{st}, д. {no}, кв. {rng.randint(1, 90)}", f"{pc} {town}"]
    elif lang == "en":
        parts = [f"{no} {st}", f"{town} {pc}"]
    else:
        parts = [f"{st} {no}", f"{pc} {town}"]
    if rng.random() < 0.3:
        parts = [parts[0], parts[1].split(" ", 1)[0], parts[1].split(" ", 1)[1]]
    return [p.lower() for p in parts] if rng.random() < 0.5 else parts


# ---------------------------------------------------------------------------------------
# hard negatives
# ---------------------------------------------------------------------------------------
def company_phone(rng: random.Random, lang: str) -> str:
    if lang == "en":
        return rng.choice([f"0800 {digits(rng, 3)} {digits(rng, 4)}", f"0113 {digits(rng, 3)} {digits(rng, 4)}"])
    if lang == "nl":
        return rng.choice([f"088 {digits(rng, 3)} {digits(rng, 4)}", f"0900-{digits(rng, 4)}"])
    if lang == "nb":
        return f"{rng.choice(['22', '55', '73'])} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}"
    return f"8 (800) {digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 2)}"


def company_addr(rng: random.Random, lang: str) -> str:
    return {"en": ["Unit 4, Brookfield Trading Estate, Leeds LS11 5QP", "Riverside House, 2 Quay Street, Bristol"],
            "nl": ["Industrieweg 40, 3542 AD Utrecht", "Postbus 2210, 5600 CE Eindhoven"],
            "nb": ["Postboks 4410 Nydalen, 0403 Oslo", "Industriveien 9, 7080 Heimdal"],
            "ru": ["Москва, Ленинградский пр-т, д. 39, стр. 80", "г. Казань, ул. Петербургская, 52, офис 301"]}[lang][rng.randint(0, 1)]  # fmt: skip


def neg_value(rng: random.Random, lang: str, kind: str) -> str:
    if kind == "order_number":
        return rng.choice(["", "#", "RP-", "SO"]) + digits(rng, rng.choice([6, 7, 8]))
    if kind == "invoice_number":
        return rng.choice([f"INV-2026-{digits(rng, 5)}", f"F{digits(rng, 8)}", f"2026/{digits(rng, 4)}"])
    if kind == "case_number":
        return rng.choice([f"CS-{digits(rng, 6)}", f"#{digits(rng, 7)}", f"ZK{digits(rng, 6)}"])
    if kind == "tracking_number":
        return rng.choice([f"3S{''.join(rng.choice('ABCDEFGHKLMNPRT') for _ in range(4))}{digits(rng, 9)}", f"JJD{digits(rng, 14, False)}"])
    if kind == "amount":
        if lang == "en":
            return f"£{rng.randint(12, 2400)}.{rng.choice(['00', '50', '99', '20'])}"
        if lang == "nl":
            return f"€ {rng.randint(12, 2400)},{rng.choice(['00', '50', '95'])}"
        if lang == "nb":
            return f"{rng.randint(2, 40) * 100 + rng.choice([0, 50, 90])} kr"
        return f"{rng.randint(3, 90) * 100} ₽"
    if kind == "time":
        return f"{rng.randint(7, 21)}:{rng.choice(['00', '15', '30', '45'])}"
    if kind == "travel_date":
        d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2026, 2027])
        return rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d}/{m}/{y}", f"{d:02d}-{m:02d}-{y}"])
    if kind == "product_code":
        return rng.choice([f"SKU-{digits(rng, 5)}", f"PV-{rng.choice(['400', '410', '435'])}W-{rng.choice('ABM')}", f"A{digits(rng, 4)}-{rng.choice('XYZ')}"])
    if kind == "voucher_code":
        return "".join(rng.choice("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(rng.randint(5, 7))) + str(rng.randint(10, 50))
    if kind == "version_number":
        return f"{rng.randint(2, 17)}.{rng.randint(0, 9)}.{rng.randint(0, 40)}"
    if kind == "seat":
        return f"{rng.randint(1, 24)}{rng.choice('DEFGHJK')}"  # never letter + digits: no flight-number look
    if kind == "room_number":
        return str(rng.randint(101, 340))
    if kind == "unit_number":
        return f"{rng.choice('ABCD')}-{rng.randint(10, 250)}"
    if kind == "pitch_number":
        return f"{rng.randint(1, 120)}{rng.choice(['', 'B', 'C'])}"
    if kind == "sample_id":
        return f"LAB-{digits(rng, 8, False)}"
    if kind == "transaction_id":
        return f"TX{digits(rng, 10)}"
    if kind == "vehicle_registration":
        return {"en": f"{rng.choice(['LK', 'YR', 'MA'])}{rng.randint(16, 74)} {''.join(rng.choice('BCDFGHKLMNPRSTVWXY') for _ in range(3))}",
                "nl": f"{rng.choice(['GV', 'KZ', 'TX'])}-{digits(rng, 3)}-{rng.choice('BDFGHJKLNPRSTXZ')}",
                "nb": f"{rng.choice(['EL', 'EK', 'BS'])} {digits(rng, 5)}",
                "ru": f"{rng.choice('АВЕКМНОРСТУХ')}{digits(rng, 3)}{rng.choice('АВЕКМНОР')}{rng.choice('СТУХ')} {rng.choice(['77', '197', '76'])}"}[lang]  # fmt: skip
    if kind == "company_phone":
        return company_phone(rng, lang)
    if kind == "company_address":
        return company_addr(rng, lang)
    if kind == "company_account":
        return iban(rng, {"en": "GB", "nl": "NL", "nb": "NO", "ru": "NL"}[lang]) if lang != "ru" else "40702810" + digits(rng, 12, False)
    if kind == "vat_number":
        return {"en": f"GB{digits(rng, 9)}", "nl": f"NL{digits(rng, 9)}B01", "nb": f"NO {digits(rng, 3)} {digits(rng, 3, False)} {digits(rng, 3, False)} MVA",
                "ru": f"КПП {digits(rng, 9)}"}[lang]  # fmt: skip
    if kind == "company_id":
        return {"en": f"{digits(rng, 8, False)}", "nl": f"{digits(rng, 8)}", "nb": f"9{digits(rng, 2, False)} {digits(rng, 3, False)} {digits(rng, 3, False)}",
                "ru": f"77{digits(rng, 8, False)}"}[lang]  # fmt: skip
    raise ValueError(kind)


NEG_SAY = {  # (role, template with {n}, kind)
    "en": [("agent", "Our team is on {n} if the chat drops.", "company_phone"),
           ("agent", "Please post it to {n}.", "company_address"),
           ("agent", "Payments go to our account {n}, reference your name.", "company_account"),
           ("agent", "Our VAT number is {n}, it's on the invoice.", "vat_number"),
           ("agent", "For the record our company number is {n}.", "company_id"),
           ("agent", "I've opened case {n} for this.", "case_number"),
           ("customer", "the invoice says {n}", "invoice_number"),
           ("customer", "I paid {n} last week", "amount"),
           ("agent", "The slot is at {n}.", "time"),
           ("agent", "We have availability on {n}.", "travel_date"),
           ("customer", "the part was {n} I think", "product_code"),
           ("customer", "I used voucher {n}", "voucher_code"),
           ("customer", "app version {n} if that helps", "version_number"),
           ("agent", "Your tracking number is {n}.", "tracking_number"),
           ("customer", "order {n} was the first one", "order_number"),
           ("agent", "The transaction in question is {n}.", "transaction_id")],
    "nl": [("agent", "U kunt ons ook bellen op {n}.", "company_phone"),
           ("agent", "Stuur het naar {n}.", "company_address"),
           ("agent", "Betalen kan op {n} o.v.v. uw naam.", "company_account"),
           ("agent", "Ons btw-nummer is {n}.", "vat_number"),
           ("agent", "Ons KvK-nummer is {n}.", "company_id"),
           ("agent", "Ik heb zaak {n} aangemaakt.", "case_number"),
           ("customer", "op de factuur staat {n}", "invoice_number"),
           ("customer", "ik heb {n} betaald vorige week", "amount"),
           ("agent", "De afspraak is om {n}.", "time"),
           ("agent", "We hebben nog plek op {n}.", "travel_date"),
           ("customer", "het onderdeel was {n} geloof ik", "product_code"),
           ("customer", "ik had kortingscode {n} gebruikt", "voucher_code"),
           ("customer", "app-versie {n} als dat helpt", "version_number"),
           ("agent", "Uw track & trace is {n}.", "tracking_number"),
           ("customer", "bestelling {n} was de eerste", "order_number"),
           ("agent", "Het gaat om transactie {n}.", "transaction_id")],
    "nb": [("agent", "Du kan også ringe oss på {n}.", "company_phone"),
           ("agent", "Send det til {n}.", "company_address"),
           ("agent", "Betal til kontonummer {n}, merk med navnet ditt.", "company_account"),
           ("agent", "Vårt org.nr. er {n}.", "vat_number"),
           ("agent", "Foretaksnummeret vårt er {n}.", "company_id"),
           ("agent", "Jeg har opprettet sak {n}.", "case_number"),
           ("customer", "på fakturaen står det {n}", "invoice_number"),
           ("customer", "jeg betalte {n} forrige uke", "amount"),
           ("agent", "Timen er kl. {n}.", "time"),
           ("agent", "Vi har ledig {n}.", "travel_date"),
           ("customer", "delen var {n} tror jeg", "product_code"),
           ("customer", "jeg brukte rabattkode {n}", "voucher_code"),
           ("customer", "appversjon {n} hvis det hjelper", "version_number"),
           ("agent", "Sporingsnummeret er {n}.", "tracking_number"),
           ("customer", "ordre {n} var den første", "order_number"),
           ("agent", "Det gjelder transaksjon {n}.", "transaction_id")],
    "ru": [("agent", "Наш телефон поддержки {n}.", "company_phone"),
           ("agent", "Отправьте документы по адресу {n}.", "company_address"),
           ("agent", "Оплата на наш расчётный счёт {n}.", "company_account"),
           ("agent", "Наш {n} указан в договоре.", "vat_number"),
           ("agent", "ИНН нашей организации {n}.", "company_id"),
           ("agent", "Я создала обращение {n}.", "case_number"),
           ("customer", "в счёте написано {n}", "invoice_number"),
           ("customer", "я заплатил {n} на прошлой неделе", "amount"),
           ("agent", "Запись на {n}.", "time"),
           ("agent", "Есть свободное время {n}.", "travel_date"),
           ("customer", "деталь вроде {n}", "product_code"),
           ("customer", "я применял промокод {n}", "voucher_code"),
           ("customer", "версия приложения {n}, если важно", "version_number"),
           ("agent", "Трек-номер {n}.", "tracking_number"),
           ("customer", "заказ {n} был первым", "order_number"),
           ("agent", "Речь об операции {n}.", "transaction_id")],
}
SECTOR_NEG = {  # sector-specific negatives: (role, template per lang, kind)
    "cinema": ("seat", {"en": "you're in seat {n}", "nl": "je zit op stoel {n}", "nb": "du har sete {n}", "ru": "ваше место {n}"}),
    "storage": ("unit_number", {"en": "your unit is {n}", "nl": "uw box is {n}", "nb": "boden din er {n}", "ru": "ваша ячейка {n}"}),
    "camping": ("pitch_number", {"en": "pitch {n} is free", "nl": "plaats {n} is vrij", "nb": "plass {n} er ledig", "ru": "место {n} свободно"}),
    "lab_courier": ("sample_id", {"en": "the sample is {n}", "nl": "het monster is {n}", "nb": "prøven er {n}", "ru": "образец {n}"}),
    "taxi": ("vehicle_registration", {"en": "your driver is in {n}", "nl": "je chauffeur rijdt in {n}", "nb": "sjåføren kjører {n}", "ru": "ваша машина {n}"}),
    "ski": ("room_number", {"en": "lockers are in room {n}", "nl": "kluisjes in ruimte {n}", "nb": "skapene er i rom {n}", "ru": "шкафчики в комнате {n}"}),
    "fertility": ("room_number", {"en": "go to room {n}", "nl": "ga naar kamer {n}", "nb": "gå til rom {n}", "ru": "пройдите в кабинет {n}"}),
    "solar": ("product_code", {"en": "the panels are {n}", "nl": "de panelen zijn {n}", "nb": "panelene er {n}", "ru": "панели {n}"}),
}
DESTS = {"en": ["Heathrow", "Manchester Piccadilly", "the Etihad"], "nl": ["Schiphol", "Utrecht Centraal", "de Kuip"],
         "nb": ["Gardermoen", "Oslo S", "Ullevaal"], "ru": ["Шереметьево", "Курский вокзал", "Лужники"]}  # fmt: skip


# ---------------------------------------------------------------------------------------
# conversation building
# ---------------------------------------------------------------------------------------
class Conv:
    def __init__(self, rng: random.Random, lang: str, sector: str, vc: V) -> None:
        self.rng, self.lang, self.sector, self.vc = rng, lang, sector, vc
        self.turns: list[tuple[str, list[Part]]] = []
        self.name = person(rng, lang)
        self.typo_rng = TYPO_RNG

    def a(self, *parts: Part) -> None:
        self.turns.append(("agent", list(parts)))

    def c(self, *parts: Part) -> None:
        self.turns.append(("customer", [typo(self.typo_rng, p) if isinstance(p, str) else p for p in parts]))

    def pick(self, xs: list[str]) -> str:
        return self.rng.choice(xs)

    def tmpl(self, t: str, v: Part) -> list[Part]:
        pre, _, post = t.partition("{v}")
        return [p for p in (pre, v, post) if p != ""]

    def neg_turn(self, kind: str | None = None) -> None:
        rng, lang = self.rng, self.lang
        choices = NEG_SAY[lang] if kind is None else [x for x in NEG_SAY[lang] if x[2] == kind]
        role, t, k = rng.choice(choices)
        pre, _, post = t.partition("{n}")
        self.turns.append((role, [p for p in (pre, N(neg_value(rng, lang, k), k), post) if p]))

    def sector_neg(self) -> None:
        if self.sector in SECTOR_NEG:
            kind, ts = SECTOR_NEG[self.sector]
            pre, _, post = ts[self.lang].partition("{n}")
            self.a(*[p for p in (pre[0].upper() + pre[1:], N(neg_value(self.rng, self.lang, kind), kind), post + ".") if p])
        elif self.sector == "tutoring" or self.sector == "recruitment":
            self.neg_turn("time")
        else:
            self.neg_turn()

    def ask_answer(self, typ: str, cls: str, lower: bool = False, hold: bool = False) -> str:
        """Agent asks for typ; customer answers with the bare value (possibly later)."""
        rng, lang = self.rng, self.lang
        v = value(rng, lang, typ, self.vc, self.name)
        self.a(self.pick(ASK[lang][typ]))
        if hold:
            self.c(self.pick(HOLD[lang]))
            if rng.random() < 0.5:
                self.a(self.pick(["Sure.", "No rush."] if lang == "en" else ["Geen haast."] if lang == "nl" else ["Ingen hast."] if lang == "nb" else ["Конечно."]))
        shown = v.lower() if lower and typ not in ("PERSON",) else v
        self.c(E(shown, typ, cls))
        return v

    def build(self, cls: str, target: int) -> list[tuple[str, list[Part]]]:
        rng, lang = self.rng, self.lang
        sname, comp = SECTORS[self.sector][lang]
        agent = rng.choice(AGENTS[lang])
        g = self.pick(GREET[lang])
        pre, _, rest = g.partition("{a}")
        mid, _, post = rest.partition("{c}") if "{c}" in rest else (rest, "", "")
        if "{c}" in pre:  # company before the agent's name
            p1, _, p2 = pre.partition("{c}")
            self.a(*[p for p in (p1, comp, p2, E(agent, "PERSON", "plain"), rest) if p])
        else:
            self.a(*[p for p in (pre, E(agent, "PERSON", "plain"), mid, comp, post) if p])
        self.c(self.pick(OPEN[lang]).replace("{s}", sname))
        getattr(self, "core_" + cls)()
        # fill to the target length with negatives and small talk, before the closing
        pos = len(self.turns)
        while len(self.turns) + 2 < target:
            r = rng.random()
            if r < 0.45:
                self.neg_turn()
            elif r < 0.6:
                self.sector_neg()
            elif r < 0.8:
                self.a(self.pick(FILL_AGENT[lang]))
            else:
                self.c(self.pick(FILL_CUST[lang]))
        tail = self.turns[pos:]
        del self.turns[pos:]
        # part of the filler goes before the core (after the opening), the rest after it
        k = rng.randint(0, len(tail))
        self.turns[2:2] = tail[:k]
        self.turns.extend(tail[k:])
        self.a(self.pick(CLOSE_A[lang]))
        self.c(self.pick(CLOSE_C[lang]))
        return self.turns

    # --- the six kinds of conversation --------------------------------------------------
    def core_plain(self) -> None:
        rng, lang = self.rng, self.lang
        types = rng.sample(["CUSTOMER_NUMBER", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "BOOKING_REFERENCE",
                            "PASSPORT", "NATIONAL_ID", "IBAN_CODE", "LOCATION", "CREDIT_CARD"], 3)
        nm = f"{self.name[0]} {self.name[1]}"
        first = [*self.tmpl(CUE[lang]["PERSON"], E(nm, "PERSON", "plain"))]
        k = rng.choice(["order_number", "invoice_number", "amount"])
        v0 = value(rng, lang, types[0], self.vc, self.name)
        self.c(*first, ", ", *self.tmpl(cue(lang, types[0], v0), E(v0, types[0], "plain")))
        self.neg_turn(k)
        for t in types[1:]:
            self.a(self.pick(FILL_AGENT[lang]))
            v = value(rng, lang, t, self.vc, self.name)
            self.c(*self.tmpl(cue(lang, t, v), E(v, t, "plain")))
        self.sector_neg()

    def core_bare_answer(self) -> None:
        rng, lang = self.rng, self.lang
        types = rng.sample(["CUSTOMER_NUMBER", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "BOOKING_REFERENCE",
                            "PASSPORT", "NATIONAL_ID", "PERSON", "IBAN_CODE", "CREDIT_CARD"], rng.randint(2, 4))
        for i, t in enumerate(types):
            mode = rng.random()
            if mode < 0.2 and t == "CUSTOMER_NUMBER":
                # hard negative first: an order number offered instead, then the real answer later
                self.a(self.pick(ASK[lang][t]))
                say = {"en": "I only have the order number, {n}", "nl": "ik heb alleen het ordernummer: {n}",
                       "nb": "har bare ordrenummeret, {n}", "ru": "у меня только номер заказа {n}"}[lang]
                pre, _, post = say.partition("{n}")
                self.c(*[p for p in (pre, N(neg_value(rng, lang, "order_number"), "order_number"), post) if p])
                self.a({"en": "That's an order number; the account number starts with the letter or digits on your contract.",
                        "nl": "Dat is een ordernummer; ik heb het klantnummer nodig.",
                        "nb": "Det er et ordrenummer, jeg trenger kundenummeret.",
                        "ru": "Это номер заказа, нужен номер договора."}[lang])
                self.c(self.pick(HOLD[lang]))
                self.a(self.pick(FILL_AGENT[lang]))
                self.c(E(value(rng, lang, t, self.vc), t, "bare_answer"))
            elif mode < 0.35 and t == "DATE_OF_BIRTH":
                # appointment date near a DOB question
                self.a({"en": "Your next session is on ", "nl": "Uw volgende afspraak is op ", "nb": "Neste time er ",
                        "ru": "Следующий приём "}[lang], N(neg_value(rng, lang, "travel_date"), "travel_date"), ".")
                self.ask_answer(t, "bare_answer", hold=rng.random() < 0.4)
            else:
                self.ask_answer(t, "bare_answer", lower=rng.random() < 0.4, hold=rng.random() < 0.4)
            if i == 0:
                self.neg_turn()
            self.a(self.pick(ACK[lang]))

    def core_list(self) -> None:
        rng, lang = self.rng, self.lang
        n = rng.choice([2, 2, 3, 4])
        people = [self.name]
        for _ in range(n - 1):
            f, la = person(rng, lang)
            people.append((f, self.name[1]) if lang != "ru" and rng.random() < 0.6 else (f, la))
        cols = rng.choice([["PERSON", "DATE_OF_BIRTH"], ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"],
                           ["PERSON", "PASSPORT"], ["PERSON", "DATE_OF_BIRTH", "PASSPORT"], ["PERSON", "NATIONAL_ID"]])
        layout = rng.choice(["numbered", "dashed", "inline", "two_msgs", "lines"])
        self.a(LIST_ASK[lang][0] if "DATE_OF_BIRTH" in cols else LIST_ASK_ANY[lang])
        rows: list[list[Part]] = []
        for p in people:
            row: list[Part] = []
            for j, t in enumerate(cols):
                if j:
                    row.append(rng.choice([", ", " ", " - ", "; "]))
                v = f"{p[0]} {p[1]}" if t == "PERSON" else value(rng, lang, t, self.vc, p)
                row.append(E(v, t, "list"))
            rows.append(row)
        intro = LIST_INTRO[lang][0] if n == 2 else self.pick(LIST_INTRO[lang][1:])
        if layout == "numbered":
            body: list[Part] = [intro]
            for i, r in enumerate(rows, 1):
                body += [f"\n{i}. ", *r]
            self.c(*body)
        elif layout == "dashed":
            body = [intro]
            for r in rows:
                body += ["\n- ", *r]
            self.c(*body)
        elif layout == "lines":
            body = []
            for i, r in enumerate(rows):
                body += (["\n"] if i else []) + r
            self.c(*body)
        elif layout == "inline":
            body = [intro, " "]
            for i, r in enumerate(rows):
                if i:
                    body.append(f" {AND[lang]} " if i == len(rows) - 1 else ", ")
                body += r
            self.c(*body)
        else:
            half = max(1, len(rows) // 2)
            b1: list[Part] = [intro, " "]
            for i, r in enumerate(rows[:half]):
                b1 += ([" / "] if i else []) + r
            self.c(*b1)
            if rng.random() < 0.5:
                self.a(self.pick(MORE[lang]))
            b2: list[Part] = []
            for i, r in enumerate(rows[half:]):
                b2 += ([" / "] if i else []) + r
            self.c(*b2)
        self.neg_turn(rng.choice(["amount", "travel_date", "time"]))
        self.a(self.pick(ACK[lang]))
        if rng.random() < 0.3:  # a second list: accounts or contacts
            self.a({"en": "And the contact numbers?", "nl": "En de telefoonnummers?", "nb": "Og telefonnumrene?",
                    "ru": "А контактные телефоны?"}[lang])
            ph: list[Part] = []
            for i, p in enumerate(people[:2]):
                if i:
                    ph.append(rng.choice([", ", f" {AND[lang]} ", "\n"]))
                ph += [p[0] + ": ", E(value(rng, lang, "PHONE_NUMBER", self.vc), "PHONE_NUMBER", "list")]
            # first names before the colon are names too
            fixed: list[Part] = []
            for x in ph:
                if isinstance(x, str) and x.endswith(": "):
                    nm = x[:-2].lstrip(", \n")
                    lead = x[: len(x) - len(nm) - 2]
                    fixed += [*([lead] if lead else []), E(nm, "PERSON", "list"), ": "]
                else:
                    fixed.append(x)
            self.c(*fixed)

    def core_split(self) -> None:
        rng, lang = self.rng, self.lang
        kinds = rng.sample(["two", "three", "between", "digit_fix", "part_fix", "email_cut", "address"], rng.choice([2, 2, 2, 3]))
        for k in kinds:
            if k == "address":
                self.a(self.pick(ASK_ADDR[lang]))
                pieces = addr_pieces(rng, lang)
                for i, p in enumerate(pieces):
                    if i and rng.random() < 0.4:
                        self.a(self.pick(MORE[lang]))
                    self.c(E(p, "LOCATION", "split"))
            elif k == "email_cut":
                self.a(self.pick(ASK[lang]["EMAIL_ADDRESS"]))
                v = value(rng, lang, "EMAIL_ADDRESS", self.vc, self.name)
                cut = rng.randint(2, len(v) - 2)
                a, b = v[:cut].strip(), v[cut:].strip()
                self.c(E(a, "EMAIL_ADDRESS", "split"))
                if rng.random() < 0.4:
                    self.a(self.pick(MORE[lang]))
                self.c(E(b, "EMAIL_ADDRESS", "split"))
            else:
                t = rng.choice(["PHONE_NUMBER", "IBAN_CODE", "CUSTOMER_NUMBER", "NATIONAL_ID", "CREDIT_CARD"]
                               + (["BANK_ACCOUNT"] if lang in ("nb", "ru") else []))
                self.a(self.pick(ASK[lang][t]) if t != "BANK_ACCOUNT" else ASK[lang]["IBAN_CODE"][0])
                v = value(rng, lang, t, self.vc)
                if k in ("two", "three", "between"):
                    chunks = chop(rng, v, 3 if k == "three" else 2)
                    for i, ch in enumerate(chunks):
                        if i and (k == "between" or rng.random() < 0.25):
                            self.a(self.pick(MORE[lang]))
                        self.c(E(ch, t, "split"))
                elif k == "digit_fix":
                    wrong = one_digit_off(rng, v)
                    self.c(E(wrong, t, "split"))
                    if rng.random() < 0.3:
                        self.a(self.pick(ACK[lang]))
                    self.c(*self.tmpl(self.pick(OOPS[lang]), E(v, t, "split")))
                else:  # whole last part corrected
                    chunks = v.rsplit(" ", 1) if " " in v else [v[: len(v) - 4], v[len(v) - 4 :]]
                    wrong = one_digit_off(rng, chunks[1]) if any(ch.isdigit() for ch in chunks[1]) else chunks[1][::-1]
                    self.c(E(chunks[0] + (" " if " " in v else "") + wrong, t, "split"))
                    self.c(*self.tmpl(PART_OOPS[lang], E(chunks[1], t, "split")))
            self.neg_turn()
            self.a(self.pick(ACK[lang]))

    def core_disguised(self) -> None:
        rng, lang = self.rng, self.lang
        kinds = rng.sample(["email", "email", "words", "mixed", "zw", "homo"], rng.choice([2, 2, 3]))
        for k in kinds:
            if k == "email":
                self.a(self.pick(ASK[lang]["EMAIL_ADDRESS"]))
                v = value(rng, lang, "EMAIL_ADDRESS", self.vc, self.name)
                at, dot = self.pick(AT[lang]), self.pick(DOT[lang])
                local, dom = v.split("@")
                sep = rng.choice([" ", " ", "  "])
                s = local.replace(".", f"{sep}{dot}{sep}").replace("_", " underscore " if lang == "en" else " _ ")
                s = f"{s}{sep}{at}{sep}{dom.replace('.', f'{sep}{dot}{sep}')}"
                if rng.random() < 0.2:
                    s = s.upper()
                self.c(*self.tmpl(self.pick(SAY_EMAIL[lang]), E(s, "EMAIL_ADDRESS", "disguised")))
            else:
                t = rng.choice(["PHONE_NUMBER", "CUSTOMER_NUMBER", "NATIONAL_ID"] if k in ("words", "mixed")
                               else ["IBAN_CODE", "PHONE_NUMBER", "PASSPORT", "CREDIT_CARD", "NATIONAL_ID"])
                self.a(self.pick(ASK[lang][t]))
                v = value(rng, lang, t, self.vc)
                if k in ("words", "mixed"):
                    s = words(rng, lang, v, mixed=k == "mixed")
                elif k == "zw":
                    s = with_zero_width(rng, v, rng.randint(1, 3))
                else:
                    s2 = with_homoglyphs(rng, v, 2)
                    s = s2 if s2 != v else with_zero_width(rng, v, 2)
                self.c(*self.tmpl(self.pick(SAY_NUM[lang]), E(s, t, "disguised")))
            self.neg_turn()
            self.a(self.pick(ACK[lang]))

    def core_address_no_cue(self) -> None:
        rng, lang = self.rng, self.lang
        self.a(self.pick(ASK_ADDR[lang]))
        if rng.random() < 0.3:
            self.c(self.pick(HOLD[lang]))
            self.neg_turn(rng.choice(["time", "amount", "travel_date"]))
        kind = rng.choice(["town", "town", "rural", "abroad"])
        v = addr(rng, lang, lower=rng.random() < 0.75, kind=kind)
        if rng.random() < 0.3:  # destination negative in the same message (taxi/tour-like)
            say = {"en": " (then on to {n})", "nl": " (daarna door naar {n})", "nb": " (så videre til {n})",
                   "ru": " (потом дальше до {n})"}[lang]
            pre, _, post = say.partition("{n}")
            self.c(E(v, "LOCATION", "address_no_cue"), pre, N(self.pick(DESTS[lang]), "destination"), post)
        else:
            self.c(E(v, "LOCATION", "address_no_cue"))
        self.a(self.pick(ACK[lang]))
        self.neg_turn(rng.choice(["company_address", "company_phone", "tracking_number"]))
        if rng.random() < 0.6:  # a second address (billing / pick-up)
            self.a({"en": "And the billing address, if different?", "nl": "En het factuuradres, als dat anders is?",
                    "nb": "Og fakturaadressen, hvis den er en annen?", "ru": "А адрес для счетов, если другой?"}[lang])
            self.c(E(addr(rng, lang, lower=True), "LOCATION", "address_no_cue"))


def cue(lang: str, t: str, v: str) -> str:
    if t == "NATIONAL_ID" and lang == "ru" and "-" not in v:
        return "ИНН {v}"
    if t == "NATIONAL_ID" and lang == "nl" and "." in v:
        return "mijn rijksregisternummer is {v}"
    return CUE[lang][t]


TYPO_RNG = random.Random(SEED + 1)  # a separate stream: typos do not change the values


def typo(rng: random.Random, s: str) -> str:
    """In about one customer sentence in ten, swap two neighbouring letters of one word."""
    if rng.random() >= 0.1:
        return s
    words_ = [m for m in re.finditer(r"[^\W\d_]{5,}", s)]
    if not words_:
        return s
    w = rng.choice(words_)
    i = rng.randint(w.start() + 1, w.end() - 3)
    return s[:i] + s[i + 1] + s[i] + s[i + 2 :]


def chop(rng: random.Random, v: str, n: int) -> list[str]:
    """Cut v into n non-empty stripped pieces (at spaces when there are, else anywhere)."""
    if " " in v and v.count(" ") >= n - 1 and rng.random() < 0.7:
        toks = v.split(" ")
        cuts = sorted(rng.sample(range(1, len(toks)), n - 1))
        bounds = [0, *cuts, len(toks)]
        return [" ".join(toks[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]
    while True:
        cuts = sorted(rng.sample(range(2, len(v) - 1), n - 1))
        bounds = [0, *cuts, len(v)]
        out = [v[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False)]
        if all(len(o) >= 2 for o in out):
            return out


def one_digit_off(rng: random.Random, v: str) -> str:
    idx = [i for i, c in enumerate(v) if c.isdigit()]
    i = rng.choice(idx[1:] if len(idx) > 1 else idx)
    d = str((int(v[i]) + rng.randint(1, 9)) % 10)
    return v[:i] + d + v[i + 1 :]


def words(rng: random.Random, lang: str, v: str, mixed: bool) -> str:
    out = []
    for ch in v:
        if ch.isdigit():
            out.append(NUMBER_WORDS[lang][int(ch)] if (not mixed or rng.random() < 0.55) else ch)
        elif ch == "+":
            out.append({"en": "plus", "nl": "plus", "nb": "pluss", "ru": "плюс"}[lang])
        elif ch.isalpha():
            out.append(ch)
    return " ".join(out)


def build() -> tuple[list[dict], V]:
    rng = random.Random(SEED)
    TYPO_RNG.seed(SEED + 1)
    vc = V()
    records: list[dict] = []
    for lang in ("en", "nl", "nb", "ru"):
        plan = [c for c in MAIN for _ in range(PER)]
        rng.shuffle(plan)
        for i, cls in enumerate(plan, 1):
            sector = SECTOR_KEYS[(i * 7 + len(records)) % len(SECTOR_KEYS)]
            target = rng.choice([rng.randint(7, 14), rng.randint(10, 22), rng.randint(18, 35)])
            turns = Conv(rng, lang, sector, vc).build(cls, target)
            records += conversation_records(f"sealed20-{lang}-{i:03d}", lang, turns)
    return records, vc


def valid(typ: str, lang: str, v: str) -> bool:
    """Is the canonical value ``v`` (recorded as ``typ``) checksum-valid?"""
    c = v.replace(" ", "").replace("-", "").replace(".", "")
    if typ == "BSN":
        return bool(bsn.is_valid(c))
    if typ == "BE_NN":
        return bool(be_nn.is_valid(c))
    if typ == "FNR":
        return bool(fodselsnummer.is_valid(c))
    if typ == "INN":
        return bool(inn.is_valid(c))
    if typ == "SNILS":
        total = sum(int(x) * (9 - i) for i, x in enumerate(c[:9])) % 101
        return len(c) == 11 and int(c[9:]) == (0 if total == 100 else total)
    if typ == "NINO":
        return len(c) == 9 and c[:2].isalpha() and c[2:8].isdigit() and c[8] in "ABCD"
    if typ == "PHONE":
        region = {"en": "GB", "nl": "NL", "nb": "NO", "ru": "RU"}[lang]
        return bool(phonenumbers.is_valid_number(phonenumbers.parse(v, region)))
    if typ == "IBAN":
        try:
            IBAN(v)
        except ValueError:
            return False
        return True
    if typ == "KONTONR":
        return bool(kontonr.is_valid(c))
    if typ == "RU_ACC":
        return len(c) == 20 and c.isdigit()
    if typ == "CARD":
        return bool(luhn.is_valid(c))
    raise ValueError(typ)


def check_values(checks: list[tuple[str, str, str]]) -> list[str]:
    return [f"{typ} {lang}" for typ, lang, v in checks if not valid(typ, lang, v)]


def main() -> None:
    records, vc = build()
    errs = verify(records) + check_values(vc.checks)
    if errs:
        raise SystemExit("\n".join(errs[:20]))
    write_jsonl(records, OUT)
    print(f"{len(records)} messages, {len({r['conversation_id'] for r in records})} conversations -> {OUT.name}")


if __name__ == "__main__":
    main()
