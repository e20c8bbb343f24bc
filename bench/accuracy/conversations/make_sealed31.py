# ruff: noqa: E501  (hand-written sector, phrase and name tables)
"""Write sealed31.jsonl: 600 blind multi-turn chats (150 per language, 25 per class and
language, the class shuffled over the ids), twenty sectors new to the sets.

Run: .venv/bin/python bench/accuracy/conversations/make_sealed31.py [out.jsonl]
Seeded (20270103) and deterministic; tests/test_sealed31_set.py regenerates and compares.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import phonenumbers

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_values import (  # noqa: E402
    CLASSES,
    LANGS,
    E,
    N,
    Part,
    T,
    address,
    booking_ref,
    conversation_records,
    date_text,
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
from make_values import phone as mobile  # noqa: E402
from stdnum.ru import inn as ru_inn_mod  # noqa: E402

# fmt: off
SEED = 20270103
NAME = "sealed31"
OUT = Path(__file__).resolve().parent / f"{NAME}.jsonl"

# ---------------------------------------------------------------------------------------
# synthetic people (own short lists)
# ---------------------------------------------------------------------------------------
FIRST_M = {
    "en": ["Callum", "Rhys", "Declan", "Ewan", "Finley", "Rory", "Dylan", "Angus"],
    "nl": ["Gijs", "Stijn", "Mees", "Teun", "Siebe", "Jelle", "Hidde", "Wessel"],
    "nb": ["Audun", "Torleif", "Halvard", "Even", "Sverre", "Gaute", "Ivar", "Ola"],
    "ru": ["Глеб", "Тимофей", "Егор", "Роман", "Федор", "Вадим", "Кирилл", "Степан"],
}
FIRST_F = {
    "en": ["Niamh", "Carys", "Imogen", "Elspeth", "Tilly", "Bethan", "Maisie", "Orla"],
    "nl": ["Marloes", "Jikke", "Roos", "Sterre", "Fenna", "Ymke", "Lonneke", "Tessa"],
    "nb": ["Gunnhild", "Live", "Synnøve", "Torunn", "Ragna", "Vilde", "Eldrid", "Ylva"],
    "ru": ["Полина", "Дарья", "Вера", "Алиса", "Зоя", "Лидия", "Варвара", "Милана"],
}
LAST = {
    "en": ["Prothero", "Mackintosh", "Braithwaite", "Pennock", "Trelawney", "Aldous", "Featherstone", "Gilchrist"],
    "nl": ["Verbeek", "Oosterhuis", "Hazelhoff", "Rietveld", "Dijkhuizen", "Wolters", "Nijboer", "Lammers"],
    "nb": ["Fossum", "Rugland", "Skjelbred", "Tveiten", "Myrvold", "Høyland", "Kvalheim", "Bratli"],
    "ru": [],
}
RU_LAST = [("Ёлкин", "Ёлкина"), ("Щукин", "Щукина"), ("Баранов", "Баранова"), ("Журавлёв", "Журавлёва"),
           ("Тихонов", "Тихонова"), ("Крылов", "Крылова"), ("Гусев", "Гусева"), ("Рябинин", "Рябинина")]
RU_PATR = [("Олегович", "Олеговна"), ("Ильич", "Ильинична"), ("Петрович", "Петровна"), ("Юрьевич", "Юрьевна")]
FAMOUS = ["Vladimir Putin", "Mark Rutte", "Erna Solberg", "Boris Johnson"]
DOMAINS = {
    "en": ["gmail.com", "sky.com", "virginmedia.com", "hotmail.co.uk"],
    "nl": ["gmail.com", "planet.nl", "hetnet.nl", "live.nl"],
    "nb": ["gmail.com", "altibox.no", "yahoo.no", "icloud.com"],
    "ru": ["mail.ru", "yandex.ru", "inbox.ru", "list.ru"],
}
TRANS = str.maketrans({"ø": "o", "å": "a", "æ": "ae", "а": "a", "б": "b", "в": "v", "г": "g", "д": "d",
                       "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "л": "l",
                       "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
                       "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sch", "ы": "y",
                       "э": "e", "ю": "yu", "я": "ya", "ь": "", "ъ": ""})


def person(rng: random.Random, lang: str) -> tuple[str, str]:
    fem = rng.random() < 0.5
    first = rng.choice((FIRST_F if fem else FIRST_M)[lang])
    if lang == "ru":
        m, f = rng.choice(RU_LAST)
        return first, f if fem else m
    return first, rng.choice(LAST[lang])


def ascii_of(s: str) -> str:
    return s.lower().translate(TRANS)


# ---------------------------------------------------------------------------------------
# twenty sectors: key, company per language, openers, the sector's own question and thing
# ---------------------------------------------------------------------------------------
def S(key, co, open_, q, thing):
    return {"key": key, "co": co, "open": open_, "q": q, "thing": thing}


SECTORS = [
    S("bakery_orders", {"en": "Crumb & Crust Bakehouse", "nl": "Bakkerij Korstje", "nb": "Surdeigsbua", "ru": "Пекарня Колосок"},
      {"en": ["hi need to change a cake preorder", "hiya, about my birthday cake order"], "nl": ["hoi ik wil mn taartbestelling aanpassen", "goedemorgen, vraagje over de bestelde taart"], "nb": ["hei, må endre kakebestillingen", "hallo! gjelder bløtkake jeg har bestilt"], "ru": ["здравствуйте, хочу изменить заказ торта", "добрый день, по предзаказу хлеба"]},
      {"en": "which cake was it, do you have the item code?", "nl": "welke taart was het, heeft u de artikelcode?", "nb": "hvilken kake var det, har du varenummeret?", "ru": "какой торт, есть артикул?"},
      {"en": "cake", "nl": "taart", "nb": "kake", "ru": "торт"}),
    S("vet_clinic", {"en": "Paws Mill Vets", "nl": "Dierenkliniek De Hoef", "nb": "Dyreklinikken Lia", "ru": "Ветклиника Айболит-Плюс"},
      {"en": ["hi my cat needs her jabs", "morning, want to book the dog in"], "nl": ["hoi onze kat moet gevaccineerd", "hallo, afspraak voor de hond graag"], "nb": ["hei katten trenger vaksine", "heisann, vil bestille time til hunden"], "ru": ["здравствуйте, кошке нужна прививка", "добрый день, записать собаку к врачу"]},
      {"en": "which treatment, is there a code on the reminder card?", "nl": "welke behandeling, staat er een code op de herinneringskaart?", "nb": "hvilken behandling, står det en kode på påminnelsen?", "ru": "какая процедура, есть код на напоминании?"},
      {"en": "appointment", "nl": "afspraak", "nb": "time", "ru": "приём"}),
    S("optician", {"en": "ClearSight Opticians", "nl": "Brillenhuis Scherp", "nb": "Brilleverkstedet Klarsyn", "ru": "Оптика Зоркий Глаз"},
      {"en": ["hi are my glasses ready", "hello, booking an eye test pls"], "nl": ["hoi is mijn bril al klaar", "hallo, oogmeting inplannen aub"], "nb": ["hei er brillene mine klare", "hallo, vil bestille synstest"], "ru": ["здравствуйте, готовы ли мои очки", "добрый день, хочу проверить зрение"]},
      {"en": "which frame did you pick, the model number?", "nl": "welk montuur, het modelnummer?", "nb": "hvilken innfatning, modellnummeret?", "ru": "какая оправа, номер модели?"},
      {"en": "glasses", "nl": "bril", "nb": "briller", "ru": "очки"}),
    S("cobbler", {"en": "Heel & Sole Menders", "nl": "Schoenmakerij Hak", "nb": "Skomaker Lærlappen", "ru": "Обувная мастерская Каблучок"},
      {"en": ["hi left boots for resoling last week", "hey, are my shoes done yet"], "nl": ["hoi mn laarzen zijn ter reparatie", "hallo, zijn mijn schoenen klaar?"], "nb": ["hei leverte støvler til såling", "hallo, er skoene ferdige?"], "ru": ["здравствуйте, сдавал сапоги на подошву", "привет, готова ли моя обувь"]},
      {"en": "what's on the repair tag?", "nl": "wat staat er op het reparatiebonnetje?", "nb": "hva står på reparasjonslappen?", "ru": "что написано на квитанции ремонта?"},
      {"en": "shoes", "nl": "schoenen", "nb": "sko", "ru": "обувь"}),
    S("tailor", {"en": "Needle Row Tailoring", "nl": "Kleermakerij Naad", "nb": "Skredder Sømmen", "ru": "Ателье Стежок"},
      {"en": ["hi trousers need taking up before a wedding", "hello, about my suit alterations"], "nl": ["hoi mijn broek moet ingekort", "hallo, over mijn pak dat vermaakt wordt"], "nb": ["hei buksa må legges opp", "hallo, gjelder dressen som sys om"], "ru": ["здравствуйте, нужно укоротить брюки", "добрый день, по перешиву костюма"]},
      {"en": "which garment is it, the ticket code?", "nl": "welk kledingstuk, de bonnummer-code?", "nb": "hvilket plagg, koden på lappen?", "ru": "какое изделие, код на бирке?"},
      {"en": "alteration", "nl": "verstelwerk", "nb": "omsøm", "ru": "перешив"}),
    S("music_lessons", {"en": "Brightnote Music Tuition", "nl": "Muziekles De Toonladder", "nb": "Notehuset Musikkundervisning", "ru": "Музыкальные уроки Камертон"},
      {"en": ["hi want guitar lessons for my son", "hello, moving my violin lesson"], "nl": ["hoi gitaarles voor mijn dochter", "hallo, wil mijn pianoles... sorry zangles verzetten"], "nb": ["hei, gitartimer til sønnen min", "hei vil flytte fiolintimen"], "ru": ["здравствуйте, хочу уроки гитары для сына", "добрый день, перенести урок скрипки"]},
      {"en": "which course, the course code?", "nl": "welke cursus, de cursuscode?", "nb": "hvilket kurs, kurskoden?", "ru": "какой курс, код курса?"},
      {"en": "lessons", "nl": "lessen", "nb": "timer", "ru": "занятия"}),
    S("beekeeping_supplies", {"en": "Hivecraft Supplies", "nl": "Imkerij De Korf", "nb": "Birøkterbua", "ru": "Пасечный двор Улей"},
      {"en": ["hi ordered a nuc box, not arrived", "hello, question about queen excluders"], "nl": ["hoi mijn bijenkast is nog niet binnen", "hallo, vraag over raten"], "nb": ["hei bikuben jeg bestilte har ikke kommet", "hallo, spørsmål om voksplater"], "ru": ["здравствуйте, не пришёл улей", "добрый день, вопрос по рамкам"]},
      {"en": "which item, the product code?", "nl": "welk artikel, de productcode?", "nb": "hvilken vare, produktkoden?", "ru": "какой товар, артикул?"},
      {"en": "hive", "nl": "kast", "nb": "kube", "ru": "улей"}),
    S("christmas_tree_delivery", {"en": "Evergreen Doorstep Trees", "nl": "Kerstboom Thuis", "nb": "Juletre på Døra", "ru": "Ёлки с доставкой Снежок"},
      {"en": ["hi want a nordmann delivered", "hey, tree delivery slot question"], "nl": ["hoi ik wil een nordmann laten bezorgen", "hallo, bezorgmoment kerstboom"], "nb": ["hei vil ha levert et juletre", "hallo, leveringstid for juletre"], "ru": ["здравствуйте, хочу заказать ёлку с доставкой", "добрый день, про время доставки ёлки"]},
      {"en": "what size tree, the size code?", "nl": "welke maat boom, de maatcode?", "nb": "hvilken størrelse, størrelseskoden?", "ru": "какой размер ёлки, код размера?"},
      {"en": "tree", "nl": "boom", "nb": "tre", "ru": "ёлка"}),
    S("farrier", {"en": "Anvil Lane Farriery", "nl": "Hoefsmid Ijzerhoef", "nb": "Hovslager Smie", "ru": "Кузнец-коваль Подкова"},
      {"en": ["hi mare needs new shoes", "hello, booking a trim for two ponies"], "nl": ["hoi merrie moet beslagen", "hallo, bekappen voor twee pony's"], "nb": ["hei hoppa trenger nye sko", "hallo, vil bestille skoing"], "ru": ["здравствуйте, кобыле нужны подковы", "добрый день, расчистка копыт двум пони"]},
      {"en": "shoes or trim, which service code?", "nl": "beslag of bekappen, welke servicecode?", "nb": "skoing eller beskjæring, hvilken tjenestekode?", "ru": "ковка или расчистка, код услуги?"},
      {"en": "visit", "nl": "bezoek", "nb": "besøk", "ru": "выезд"}),
    S("pottery_workshop", {"en": "Kiln & Clay Studio", "nl": "Keramiekatelier Draaischijf", "nb": "Leirverkstedet Dreieskiva", "ru": "Гончарная мастерская Глина"},
      {"en": ["hi booking the wheel workshop", "hello, is my bowl fired yet"], "nl": ["hoi draaischijfworkshop boeken", "hallo, is mijn kom al gebakken"], "nb": ["hei, vil booke dreiekurs", "hallo er bollen min brent"], "ru": ["здравствуйте, записаться на гончарный круг", "добрый день, обожгли мою чашку?"]},
      {"en": "which workshop, the session code?", "nl": "welke workshop, de sessiecode?", "nb": "hvilket kurs, øktkoden?", "ru": "какой мастер-класс, код сеанса?"},
      {"en": "workshop", "nl": "workshop", "nb": "kurs", "ru": "мастер-класс"}),
    S("tutoring", {"en": "StepUp Maths Tutors", "nl": "Bijles Plus", "nb": "Leksehjelp Pluss", "ru": "Репетиторы Пятёрка"},
      {"en": ["hi maths tutor for year 9", "hello, cancelling a tutoring slot"], "nl": ["hoi bijles wiskunde voor mijn zoon", "hallo, bijles afzeggen"], "nb": ["hei mattehjelp til datteren min", "hallo, må avlyse leksehjelp"], "ru": ["здравствуйте, нужен репетитор по математике", "добрый день, отменить занятие"]},
      {"en": "which package, the package code?", "nl": "welk pakket, de pakketcode?", "nb": "hvilken pakke, pakkekoden?", "ru": "какой пакет, код пакета?"},
      {"en": "sessions", "nl": "bijlessen", "nb": "timer", "ru": "занятия"}),
    S("kennel_boarding", {"en": "Woofield Boarding Kennels", "nl": "Hondenpension Het Erf", "nb": "Hundepensjonatet Tunet", "ru": "Гостиница для собак Будка"},
      {"en": ["hi need a kennel over easter", "hello, boarding for 2 dogs"], "nl": ["hoi pension nodig met pasen", "hallo, opvang voor 2 honden"], "nb": ["hei trenger hundepensjonat i påsken", "hallo, pass av to hunder"], "ru": ["здравствуйте, нужна передержка на праздники", "добрый день, передержка для двух собак"]},
      {"en": "which run size, the code?", "nl": "welk hok, de code?", "nb": "hvilken binge, koden?", "ru": "какой вольер, код?"},
      {"en": "stay", "nl": "verblijf", "nb": "opphold", "ru": "передержка"}),
    S("picture_framing", {"en": "Gilt Edge Framers", "nl": "Lijstenmakerij Passe-Partout", "nb": "Rammeverkstedet Gull", "ru": "Багетная мастерская Рама"},
      {"en": ["hi is my print framed yet", "hello, want a quote for framing"], "nl": ["hoi is mijn poster al ingelijst", "hallo, offerte voor inlijsten"], "nb": ["hei er bildet innrammet", "hallo, pris på innramming"], "ru": ["здравствуйте, готова ли рамка", "добрый день, сколько стоит оформить картину"]},
      {"en": "which moulding, the moulding code?", "nl": "welke lijst, de lijstcode?", "nb": "hvilken list, listkoden?", "ru": "какой багет, артикул багета?"},
      {"en": "frame", "nl": "lijst", "nb": "ramme", "ru": "рама"}),
    S("sauna_rental", {"en": "Steam Cabin Hire", "nl": "Saunaverhuur Stoom", "nb": "Badstuutleie Damp", "ru": "Баня на колёсах Пар"},
      {"en": ["hi want the mobile sauna for a weekend", "hello, sauna trailer hire"], "nl": ["hoi mobiele sauna huren voor weekend", "hallo, saunawagen huren"], "nb": ["hei vil leie flytebadstu", "hallo, leie badstuhenger"], "ru": ["здравствуйте, хочу арендовать мобильную баню", "добрый день, баня-прицеп на выходные"]},
      {"en": "which unit, the unit code?", "nl": "welke unit, de code?", "nb": "hvilken enhet, koden?", "ru": "какая баня, код?"},
      {"en": "hire", "nl": "huur", "nb": "leie", "ru": "аренда"}),
    S("bouncy_castle_hire", {"en": "Jumpalot Inflatables", "nl": "Springkussen Verhuur Boing", "nb": "Hoppeslott Utleie", "ru": "Батуты напрокат Прыг"},
      {"en": ["hi bouncy castle for a 6th birthday", "hello, inflatable for saturday?"], "nl": ["hoi springkussen voor kinderfeestje", "hallo, springkussen zaterdag"], "nb": ["hei hoppeslott til bursdag", "hallo, ledig hoppeslott lørdag?"], "ru": ["здравствуйте, надувной батут на день рождения", "добрый день, батут на субботу"]},
      {"en": "which castle, the product code?", "nl": "welk springkussen, de productcode?", "nb": "hvilket slott, produktkoden?", "ru": "какой батут, код?"},
      {"en": "castle", "nl": "springkussen", "nb": "slott", "ru": "батут"}),
    S("firewood_delivery", {"en": "Logpile Firewood Co", "nl": "Haardhout Vonk", "nb": "Vedlevering Glør", "ru": "Дрова Берёзка"},
      {"en": ["hi need a load of seasoned logs", "hello, wood delivery question"], "nl": ["hoi kuub haardhout bestellen", "hallo, vraag over houtlevering"], "nb": ["hei vil ha ved levert", "hallo, spørsmål om vedsekker"], "ru": ["здравствуйте, нужны сухие дрова", "добрый день, по доставке дров"]},
      {"en": "which load, the product code?", "nl": "welke hoeveelheid, de productcode?", "nb": "hvilken sekk, varenummeret?", "ru": "какой объём, артикул?"},
      {"en": "logs", "nl": "hout", "nb": "ved", "ru": "дрова"}),
    S("vinyl_record_store", {"en": "Groove Yard Records", "nl": "Platenzaak De Groef", "nb": "Platebutikken Rillen", "ru": "Винил-лавка Дорожка"},
      {"en": ["hi ordered an LP, wrong pressing came", "hello, reserving a record"], "nl": ["hoi verkeerde elpee ontvangen", "hallo, plaat reserveren"], "nb": ["hei fikk feil LP", "hallo, vil reservere en plate"], "ru": ["здравствуйте, пришла не та пластинка", "добрый день, забронировать пластинку"]},
      {"en": "which record, the catalogue number?", "nl": "welke plaat, het catalogusnummer?", "nb": "hvilken plate, katalognummeret?", "ru": "какая пластинка, каталожный номер?"},
      {"en": "record", "nl": "plaat", "nb": "plate", "ru": "пластинка"}),
    S("chess_club", {"en": "Kingside Chess Club", "nl": "Schaakclub De Rokade", "nb": "Sjakklubben Rokade", "ru": "Шахматный клуб Гамбит"},
      {"en": ["hi joining the club for the rapid league", "hello, entering the weekend tournament"], "nl": ["hoi lid worden van de schaakclub", "hallo, inschrijven voor het toernooi"], "nb": ["hei vil bli medlem", "hallo, påmelding til turneringen"], "ru": ["здравствуйте, хочу вступить в клуб", "добрый день, запись на турнир"]},
      {"en": "which section, the event code?", "nl": "welke groep, de toernooicode?", "nb": "hvilken gruppe, arrangementskoden?", "ru": "какая группа, код турнира?"},
      {"en": "membership", "nl": "lidmaatschap", "nb": "medlemskap", "ru": "членство"}),
    S("ice_rink", {"en": "Frostline Ice Rink", "nl": "IJsbaan De Schaats", "nb": "Ishallen Glid", "ru": "Каток Снежинка"},
      {"en": ["hi booking a skating party", "hello, season pass question"], "nl": ["hoi schaatsfeestje boeken", "hallo, vraag over seizoenskaart"], "nb": ["hei vil booke skøytebursdag", "hallo, sesongkort"], "ru": ["здравствуйте, забронировать праздник на катке", "добрый день, про абонемент"]},
      {"en": "which session, the session code?", "nl": "welke sessie, de code?", "nb": "hvilken økt, koden?", "ru": "какой сеанс, код?"},
      {"en": "pass", "nl": "kaart", "nb": "kort", "ru": "абонемент"}),
    S("bookbinding", {"en": "Spine & Thread Bindery", "nl": "Boekbinderij Rug", "nb": "Bokbinderiet Hefte", "ru": "Переплётная мастерская Корешок"},
      {"en": ["hi need my thesis bound", "hello, rebinding an old bible"], "nl": ["hoi scriptie laten inbinden", "hallo, oud boek opnieuw binden"], "nb": ["hei vil binde inn masteroppgaven", "hallo, gammel bok må bindes om"], "ru": ["здравствуйте, нужно переплести диплом", "добрый день, перешить старую книгу"]},
      {"en": "which binding, the option code?", "nl": "welke band, de optiecode?", "nb": "hvilken innbinding, koden?", "ru": "какой переплёт, код варианта?"},
      {"en": "binding", "nl": "inbinden", "nb": "innbinding", "ru": "переплёт"}),
]

# ---------------------------------------------------------------------------------------
# phrasings per language
# ---------------------------------------------------------------------------------------
GREET = {
    "en": ["hi, {a} at {co} here, how can i help?", "hello! you're chatting with {a} from {co}", "{co}, {a} speaking - what can i do for you?"],
    "nl": ["hoi, je spreekt met {a} van {co}, waarmee kan ik helpen?", "goedemiddag, {a} van {co} hier", "{co}, met {a}. wat kan ik voor u doen?"],
    "nb": ["hei, du snakker med {a} i {co}, hva kan jeg hjelpe med?", "hallo! {a} fra {co} her", "{co}, {a} her. hva gjelder det?"],
    "ru": ["здравствуйте, {co}, меня зовут {a}, чем помочь?", "добрый день! на связи {a}, {co}", "{co}, оператор {a}. слушаю вас"],
}
PRE = {
    "en": ["", "ok, ", "thanks. ", "right, ", "great - ", "perfect, and ", "lovely. ", "cheers, "],
    "nl": ["", "oké, ", "dank je. ", "top, ", "prima - ", "helder, en ", "mooi. ", "check, "],
    "nb": ["", "ok, ", "takk. ", "flott, ", "supert - ", "skjønner, og ", "fint. ", "greit, "],
    "ru": ["", "хорошо, ", "спасибо. ", "отлично, ", "понял - ", "ясно, а ", "так. ", "принято, "],
}
# the value questions: type -> phrasings ({t} is the sector's thing)
VQ = {
    "en": {
        "CUSTOMER_NUMBER": ["what's your customer number?", "do you have your account no. for the {t}?", "which member number is it under?", "can i take the customer ref on the account?"],
        "DATE_OF_BIRTH": ["and your date of birth?", "what's the dob on the account?", "when were you born, for the security check?", "birthday please, to verify?"],
        "PASSPORT": ["we need an ID for the {t} - passport number?", "what's the passport no.?", "could you give me the number on your passport?"],
        "BOOKING_REFERENCE": ["what's the booking code for the {t}?", "have you got the 6-character booking ref?", "which reservation code did you get?"],
        "PHONE_NUMBER": ["best number to reach you?", "what phone number shall we text about the {t}?", "mobile number please?"],
        "EMAIL_ADDRESS": ["what email should the confirmation go to?", "your email address?", "where do we email the receipt for the {t}?"],
        "PERSON": ["whose name is the {t} under?", "full name please?", "and the name on the account?"],
        "NATIONAL_ID": ["for the deposit we need your NI number, what is it?", "national insurance number please?"],
        "LOCATION": ["where should we send it?", "what address is the {t} going to?", "delivery address?"],
        "IBAN_CODE": ["which IBAN should the refund go to?", "iban for the direct debit?"],
        "BANK_ACCOUNT": ["sort code and account number for the refund?", "which uk account should we pay back to?"],
        "CREDIT_CARD": ["which card number shall i charge?", "long card number please?"],
    },
    "nl": {
        "CUSTOMER_NUMBER": ["wat is uw klantnummer?", "heb je het klantnr van de {t}?", "onder welk lidnummer staat het?", "mag ik je klantnummer even?"],
        "DATE_OF_BIRTH": ["en uw geboortedatum?", "wat is je geboortedatum voor de controle?", "wanneer ben je geboren?", "geb. datum graag?"],
        "PASSPORT": ["voor de {t} hebben we een ID nodig, paspoortnummer?", "wat is het nummer van uw paspoort?", "paspoortnr graag?"],
        "BOOKING_REFERENCE": ["wat is de boekingscode van de {t}?", "heb je de reserveringscode van 6 tekens?", "welke boekingscode kreeg je?"],
        "PHONE_NUMBER": ["op welk nummer kunnen we je bereiken?", "welk telnr mogen we sms'en over de {t}?", "mobiel nummer graag?"],
        "EMAIL_ADDRESS": ["naar welk e-mailadres mag de bevestiging?", "je mailadres?", "waar mailen we de bon van de {t} heen?"],
        "PERSON": ["op wiens naam staat de {t}?", "volledige naam graag?", "en de naam op het account?"],
        "NATIONAL_ID": ["voor de borg hebben we je BSN nodig, wat is dat?", "burgerservicenummer graag?"],
        "LOCATION": ["waar moet het naartoe?", "naar welk adres gaat de {t}?", "bezorgadres?"],
        "IBAN_CODE": ["op welk IBAN storten we terug?", "iban voor de incasso?"],
        "BANK_ACCOUNT": ["rekeningnummer voor de terugbetaling?", "welke rekening?"],
        "CREDIT_CARD": ["welk kaartnummer mag ik belasten?", "het lange nummer van de creditcard graag?"],
    },
    "nb": {
        "CUSTOMER_NUMBER": ["hva er kundenummeret ditt?", "har du kundenr på {t}?", "hvilket medlemsnummer står det på?", "kan jeg få kundenummeret?"],
        "DATE_OF_BIRTH": ["og fødselsdatoen din?", "hva er fødselsdato for kontrollen?", "når er du født?", "f.dato takk?"],
        "PASSPORT": ["vi trenger ID for {t} - passnummer?", "hva er nummeret på passet ditt?", "passnr takk?"],
        "BOOKING_REFERENCE": ["hva er bookingkoden for {t}?", "har du referansen på 6 tegn?", "hvilken bestillingskode fikk du?"],
        "PHONE_NUMBER": ["hvilket nummer når vi deg på?", "hvilket tlf kan vi sende sms om {t}?", "mobilnummer takk?"],
        "EMAIL_ADDRESS": ["hvilken e-post skal bekreftelsen til?", "e-postadressen din?", "hvor sender vi kvitteringen for {t}?"],
        "PERSON": ["hvem står {t} på?", "fullt navn takk?", "og navnet på kontoen?"],
        "NATIONAL_ID": ["for depositumet trenger vi fødselsnummer, hva er det?", "personnummer (11 siffer) takk?"],
        "LOCATION": ["hvor skal det sendes?", "hvilken adresse skal {t} til?", "leveringsadresse?"],
        "IBAN_CODE": ["hvilken IBAN skal refusjonen til?", "iban for avtalegiro?"],
        "BANK_ACCOUNT": ["kontonummer for tilbakebetalingen?", "hvilket kontonr skal vi betale til?"],
        "CREDIT_CARD": ["hvilket kortnummer skal jeg belaste?", "hele kortnummeret takk?"],
    },
    "ru": {
        "CUSTOMER_NUMBER": ["какой у вас номер клиента?", "номер карты клиента на {t} есть?", "на какой номер участника оформлено?", "подскажите номер клиента?"],
        "DATE_OF_BIRTH": ["и ваша дата рождения?", "дата рождения для проверки?", "когда вы родились?", "др подскажите?"],
        "PASSPORT": ["для {t} нужен документ - номер загранпаспорта?", "какой номер паспорта?", "паспорт, номер?"],
        "BOOKING_REFERENCE": ["какой код брони на {t}?", "есть код бронирования из 6 символов?", "какой номер брони вам пришёл?"],
        "PHONE_NUMBER": ["по какому номеру с вами связаться?", "на какой телефон прислать смс про {t}?", "мобильный подскажите?"],
        "EMAIL_ADDRESS": ["на какую почту прислать подтверждение?", "ваш e-mail?", "куда отправить чек за {t}?"],
        "PERSON": ["на кого оформлен {t}?", "фио полностью?", "и имя владельца?"],
        "NATIONAL_ID": ["для договора нужен ИНН, какой?", "снилс подскажите?"],
        "LOCATION": ["куда отправить?", "на какой адрес везти {t}?", "адрес доставки?"],
        "IBAN_CODE": ["реквизиты счёта для возврата?"],
        "BANK_ACCOUNT": ["номер счёта для возврата?", "на какой счёт вернуть деньги?"],
        "CREDIT_CARD": ["какой номер карты списать?", "номер карты полностью?"],
    },
}
# cued (plain) forms: type -> phrasings with {v}
CUE = {
    "en": {"CUSTOMER_NUMBER": "my customer number is {v}", "DATE_OF_BIRTH": "date of birth {v}", "PASSPORT": "passport number {v}", "BOOKING_REFERENCE": "booking code {v}", "PHONE_NUMBER": "you can call me on {v}", "EMAIL_ADDRESS": "my email is {v}", "PERSON": "my name is {v}", "NATIONAL_ID": "NI number {v}", "LOCATION": "my address is {v}", "IBAN_CODE": "my iban is {v}", "BANK_ACCOUNT": "sort code and account {v}", "CREDIT_CARD": "card number {v}", "FLIGHT_NUMBER": "i fly in on flight {v}", "TICKET_NUMBER": "e-ticket number {v}"},
    "nl": {"CUSTOMER_NUMBER": "mijn klantnummer is {v}", "DATE_OF_BIRTH": "geboren op {v}", "PASSPORT": "paspoortnummer {v}", "BOOKING_REFERENCE": "boekingscode {v}", "PHONE_NUMBER": "bel me op {v}", "EMAIL_ADDRESS": "mijn e-mail is {v}", "PERSON": "mijn naam is {v}", "NATIONAL_ID": "mijn bsn is {v}", "LOCATION": "mijn adres is {v}", "IBAN_CODE": "mijn iban is {v}", "BANK_ACCOUNT": "rekeningnummer {v}", "CREDIT_CARD": "creditcardnummer {v}", "FLIGHT_NUMBER": "ik vlieg met vlucht {v}", "TICKET_NUMBER": "ticketnummer {v}"},
    "nb": {"CUSTOMER_NUMBER": "kundenummeret mitt er {v}", "DATE_OF_BIRTH": "født {v}", "PASSPORT": "passnummer {v}", "BOOKING_REFERENCE": "bookingreferanse {v}", "PHONE_NUMBER": "ring meg på {v}", "EMAIL_ADDRESS": "e-posten min er {v}", "PERSON": "jeg heter {v}", "NATIONAL_ID": "fødselsnummer {v}", "LOCATION": "adressen min er {v}", "IBAN_CODE": "iban {v}", "BANK_ACCOUNT": "kontonummer {v}", "CREDIT_CARD": "kortnummer {v}", "FLIGHT_NUMBER": "jeg lander med fly {v}", "TICKET_NUMBER": "billettnummer {v}"},
    "ru": {"CUSTOMER_NUMBER": "мой номер клиента {v}", "DATE_OF_BIRTH": "дата рождения {v}", "PASSPORT": "номер паспорта {v}", "BOOKING_REFERENCE": "код брони {v}", "PHONE_NUMBER": "мой телефон {v}", "EMAIL_ADDRESS": "моя почта {v}", "PERSON": "меня зовут {v}", "NATIONAL_ID": "мой ИНН {v}", "LOCATION": "мой адрес {v}", "IBAN_CODE": "iban {v}", "BANK_ACCOUNT": "номер счёта {v}", "CREDIT_CARD": "номер карты {v}", "FLIGHT_NUMBER": "прилетаю рейсом {v}", "TICKET_NUMBER": "номер билета {v}"},
}
WAIT_C = {
    "en": ["one sec", "hang on", "moment, looking", "2 mins, finding it", "brb"],
    "nl": ["momentje", "ff zoeken", "sec", "wacht even", "moment hoor"],
    "nb": ["et øyeblikk", "vent litt", "sek", "må finne det", "straks"],
    "ru": ["минутку", "секунду", "щас найду", "момент", "сейчас посмотрю"],
}
WAIT_A = {
    "en": ["no rush", "take your time", "sure"], "nl": ["geen haast", "neem je tijd", "prima"],
    "nb": ["ingen hast", "ta den tiden du trenger", "greit"], "ru": ["не спешите", "конечно, жду", "хорошо"],
}
THANKS = {"en": ["thanks!", "cheers", "great ta", "perfect thank u"], "nl": ["dank je!", "top bedankt", "super, thx", "dankjewel"],
          "nb": ["takk!", "tusen takk", "supert, takk", "flott"], "ru": ["спасибо!", "благодарю", "отлично, спасибо", "спс"]}
# the hard negatives a customer gives alone: kind -> agent question
NEGQ = {
    "en": {"order_number": "what's the order number on the email?", "invoice_number": "is there an invoice number?", "case_number": "do you have the case number from last time?", "voucher_code": "any voucher code?", "tracking_number": "tracking code from the courier?", "destination": "which town is it going on to afterwards?", "travel_date": "when are you away?", "appointment_date": "which date suits you?"},
    "nl": {"order_number": "wat is het ordernummer in de mail?", "invoice_number": "staat er een factuurnummer op?", "case_number": "heb je het zaaknummer van vorige keer?", "voucher_code": "heb je een kortingscode?", "tracking_number": "de track & trace code?", "destination": "naar welke plaats gaat het daarna?", "travel_date": "wanneer ben je weg?", "appointment_date": "welke datum past?"},
    "nb": {"order_number": "hva er ordrenummeret i e-posten?", "invoice_number": "har du fakturanummeret?", "case_number": "har du saksnummeret fra sist?", "voucher_code": "har du en rabattkode?", "tracking_number": "sporingsnummeret fra posten?", "destination": "hvilken by skal det videre til?", "travel_date": "når er du bortreist?", "appointment_date": "hvilken dato passer?"},
    "ru": {"order_number": "какой номер заказа в письме?", "invoice_number": "есть номер счёта-фактуры?", "case_number": "номер обращения с прошлого раза есть?", "voucher_code": "есть промокод?", "tracking_number": "трек-номер от курьера?", "destination": "куда потом поедет?", "travel_date": "когда вы уезжаете?", "appointment_date": "какая дата удобна?"},
}
CUSTNO_Q = {"en": "what's your customer number?", "nl": "wat is uw klantnummer?", "nb": "hva er kundenummeret ditt?", "ru": "какой у вас номер клиента?"}
BRANCHES = {"en": ["Kendal", "Truro", "Ely", "Hexham"], "nl": ["Assen", "Meppel", "Tiel", "Goes"],
            "nb": ["Gjøvik", "Molde", "Steinkjer", "Ski"], "ru": ["Владимир", "Кострома", "Рязань", "Псков"]}
CO_STREET = {"en": "Unit 4, Tanner Yard, Kendal LA9 4QP", "nl": "Ambachtsweg 19, 9401 RK Assen", "nb": "Industriveien 8, 2815 Gjøvik", "ru": "г. Владимир, ул. Мастеровая, д. 3"}
LIST_Q = {
    "en": "who's it for? names, dates of birth and {x} for everyone please",
    "nl": "voor wie is het? namen, geboortedata en {x} van iedereen graag",
    "nb": "hvem gjelder det? navn, fødselsdato og {x} for alle, takk",
    "ru": "на кого оформляем? имена, даты рождения и {x} всех, пожалуйста",
}
LIST_X = {"en": {"PASSPORT": "passport numbers", "CUSTOMER_NUMBER": "member numbers"},
          "nl": {"PASSPORT": "paspoortnummers", "CUSTOMER_NUMBER": "lidnummers"},
          "nb": {"PASSPORT": "passnumre", "CUSTOMER_NUMBER": "medlemsnumre"},
          "ru": {"PASSPORT": "номера паспортов", "CUSTOMER_NUMBER": "номера участников"}}
AND = {"en": " and ", "nl": " en ", "nb": " og ", "ru": " и "}
OOPS = {"en": ["sorry typo, it's", "wait no -", "oops correction:"], "nl": ["sorry typfout, het is", "nee wacht -", "oeps, moet zijn"],
        "nb": ["sorry skrivefeil, det er", "nei vent -", "oi, rettelse:"], "ru": ["ой опечатка, правильно", "нет, стоп -", "исправляю:"]}
MAIL_WORDS = {"en": (["at"], ["dot"]), "nl": (["apenstaart", "at"], ["punt"]), "nb": (["alfakrøll", "krøll"], ["prikk", "punktum"]), "ru": (["собака", "собачка"], ["точка"])}


# ---------------------------------------------------------------------------------------
# values
# ---------------------------------------------------------------------------------------
def landline(rng: random.Random, lang: str, intl: bool) -> str:
    region = {"en": "GB", "nl": "NL", "nb": "NO", "ru": "RU"}[lang]
    lead = {"en": ["113", "117", "161", "131"], "nl": ["20", "30", "50", "70"], "nb": ["22", "55", "73", "51"], "ru": ["495", "812", "843", "846"]}[lang]
    while True:
        lead_d = rng.choice(lead)
        national = lead_d + digits(rng, (10 if lang in ("en", "ru") else 9 if lang == "nl" else 8) - len(lead_d), first_nonzero=True)
        num = phonenumbers.parse(national, region)
        if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) == phonenumbers.PhoneNumberType.FIXED_LINE:
            fmt = phonenumbers.PhoneNumberFormat.INTERNATIONAL if intl else phonenumbers.PhoneNumberFormat.NATIONAL
            return phonenumbers.format_number(num, fmt)


def any_phone(rng: random.Random, lang: str) -> str:
    r = rng.random()
    if r < 0.3:
        return landline(rng, lang, intl=rng.random() < 0.5)
    return mobile(rng, lang)


def cust_no(rng: random.Random, lang: str) -> str:
    s = rng.randint(0, 5)
    if s == 0:
        return digits(rng, 8)
    if s == 1:
        d = digits(rng, 9)
        return f"{d[:3]} {d[3:6]} {d[6:]}"
    if s == 2:
        return f"{rng.choice(['KL', 'CM', 'VP', 'RT'])}-{digits(rng, 6)}"
    if s == 3:
        return f"{digits(rng, 7)}-{digits(rng, 2, first_nonzero=False)}"
    if s == 4:
        d = digits(rng, 9)
        return f"{d[:3]}.{d[3:6]}.{d[6:]}"
    return f"{rng.choice(['AB', 'M', 'CX'])}{digits(rng, 7)}"


def card(rng: random.Random) -> str:
    while True:
        d = rng.choice(["4", "5"]) + digits(rng, 14, first_nonzero=False)
        for c in "0123456789":
            v = d + c
            total = 0
            for i, ch in enumerate(reversed(v)):
                n = int(ch) * (2 if i % 2 else 1)
                total += n - 9 if n > 9 else n
            if total % 10 == 0:
                return " ".join(v[i : i + 4] for i in range(0, 16, 4))


def nat_id(rng: random.Random, lang: str) -> str:
    if lang == "nl":
        return nl_bsn(rng)
    if lang == "nb":
        return no_fnr(rng)[0]
    if lang == "ru":
        return ru_inn(rng) if rng.random() < 0.5 else ru_snils(rng)
    return f"{rng.choice(['JT', 'NP', 'SK', 'WL'])} {digits(rng, 2, False)} {digits(rng, 2, False)} {digits(rng, 2, False)} {rng.choice('ABCD')}"


def bank(rng: random.Random, lang: str) -> tuple[str, str]:
    if lang == "nl":
        return iban(rng, "NL"), "IBAN_CODE"
    if lang == "nb":
        if rng.random() < 0.5:
            return iban(rng, "NO"), "IBAN_CODE"
        k = no_kontonr(rng)
        return f"{k[:4]}.{k[4:6]}.{k[6:]}", "BANK_ACCOUNT"
    if lang == "ru":
        return ru_account(rng), "BANK_ACCOUNT"
    if rng.random() < 0.5:
        return iban(rng, "GB"), "IBAN_CODE"
    return f"{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)} {digits(rng, 8)}", "BANK_ACCOUNT"


def flight(rng: random.Random) -> str:
    return rng.choice(["KL", "SK", "BA", "SU", "DY", "U2"]) + rng.choice(["", " "]) + str(rng.randint(100, 2999))


def ticket(rng: random.Random) -> str:
    t = rng.choice(["074", "117", "125", "555"]) + digits(rng, 10, first_nonzero=False)
    return t if rng.random() < 0.5 else f"{t[:3]}-{t[3:]}"


def dob(rng: random.Random, lang: str) -> str:
    return date_text(rng, lang, rng.randint(1, 28), rng.randint(1, 12), rng.randint(1950, 2012))


def full_name(rng: random.Random, lang: str) -> str:
    f, la = person(rng, lang)
    return f"{f} {la}" if rng.random() < 0.6 else f"{f} {la}".lower()


def email(rng: random.Random, lang: str) -> tuple[list[str], str]:
    f, la = person(rng, lang)
    f, la = ascii_of(f), ascii_of(la)
    local = rng.choice([[f, la], [f[0], la], [f + la + str(rng.randint(2, 98))], [la, f]])
    return local, rng.choice(DOMAINS[lang])


def value(rng: random.Random, lang: str, typ: str) -> tuple[str, str]:
    """A value of ``typ`` as typed, and its type (banks choose IBAN or account)."""
    if typ == "CUSTOMER_NUMBER":
        return cust_no(rng, lang), typ
    if typ == "DATE_OF_BIRTH":
        return dob(rng, lang), typ
    if typ == "PASSPORT":
        p = passport(rng, lang)
        return (p.lower() if lang in ("nl", "nb") and rng.random() < 0.3 else p), typ
    if typ == "BOOKING_REFERENCE":
        b = booking_ref(rng)
        return (b.lower() if rng.random() < 0.3 else b), typ
    if typ == "PHONE_NUMBER":
        return any_phone(rng, lang), typ
    if typ == "EMAIL_ADDRESS":
        local, dom = email(rng, lang)
        return ".".join(local) + "@" + dom, typ
    if typ == "PERSON":
        return full_name(rng, lang), typ
    if typ == "NATIONAL_ID":
        return nat_id(rng, lang), typ
    if typ == "LOCATION":
        return address(rng, lang, lower=rng.random() < 0.7).replace("\n", " "), typ
    if typ in ("IBAN_CODE", "BANK_ACCOUNT"):
        return bank(rng, lang)
    if typ == "CREDIT_CARD":
        return card(rng), typ
    if typ == "FLIGHT_NUMBER":
        return flight(rng), typ
    if typ == "TICKET_NUMBER":
        return ticket(rng), typ
    raise ValueError(typ)


def neg_value(rng: random.Random, lang: str, kind: str) -> str:
    if kind == "order_number":
        return rng.choice(["", "#", "ORD-", "WO"]) + digits(rng, rng.choice([7, 8]))
    if kind == "invoice_number":
        return rng.choice(["INV-", "F", "2026-"]) + digits(rng, 5)
    if kind == "case_number":
        return rng.choice(["CASE-", "SR", "#"]) + digits(rng, 6)
    if kind == "voucher_code":
        return rng.choice(["WINTER", "HELLO", "VIP", "SPRING"]) + str(rng.randint(10, 40))
    if kind == "tracking_number":
        return rng.choice(["3S", "JVGL", "RR"]) + digits(rng, 9) + rng.choice(["", "NL", "GB"])
    if kind == "destination":
        return rng.choice({"en": ["Inverness", "Lisbon", "Galway"], "nl": ["Maastricht", "Gent", "Texel"], "nb": ["Bodø", "Ålesund", "Lillehammer"], "ru": ["Сочи", "Ярославль", "Суздаль"]}[lang])
    if kind in ("travel_date", "appointment_date"):
        return date_text(rng, lang, rng.randint(1, 28), rng.randint(1, 12), rng.choice([2026, 2027]), style=rng.choice([0, 1, 2]))
    raise ValueError(kind)


def company_phone(rng: random.Random, lang: str) -> str:
    return landline(rng, lang, intl=rng.random() < 0.4)


def company_account(rng: random.Random, lang: str) -> str:
    if lang == "ru":
        return "40702810" + digits(rng, 12, first_nonzero=False)
    return iban(rng, {"en": "GB", "nl": "NL", "nb": "NO"}[lang])


def company_id(rng: random.Random, lang: str) -> str:
    if lang == "ru":
        while True:
            v = digits(rng, 10)
            if ru_inn_mod.is_valid(v):
                return v
    if lang == "nl":
        return digits(rng, 8)
    if lang == "nb":
        return f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"
    return digits(rng, 8, first_nonzero=False)


def disguise_email(rng: random.Random, lang: str) -> str:
    local, dom = email(rng, lang)
    ats, dots = MAIL_WORDS[lang]
    at, dot = rng.choice(ats), rng.choice(dots)
    if lang == "nl" and rng.random() < 0.5:
        at = "apenstaart"
    if lang == "nb" and rng.random() < 0.5:
        at = "krøll"
    sep = rng.choice([" ", " ", "  "]) if lang != "ru" else " "
    word = f" {dot} "
    s = word.join(local) + f" {at} " + word.join(dom.split("."))
    if rng.random() < 0.3:
        s = s.replace(f" {at} ", f" ({at}) ")
    if rng.random() < 0.2 and sep == "  ":
        s = s.replace(" ", "  ", 1)
    return s


def disguise_number(rng: random.Random, lang: str, trick: str) -> tuple[str, str]:
    """A number value disguised by ``trick``: words, invisible or homoglyph."""
    if trick == "words":
        typ = rng.choice(["PHONE_NUMBER", "CUSTOMER_NUMBER", "NATIONAL_ID"])
        v = mobile(rng, lang, style=1) if typ == "PHONE_NUMBER" else digits(rng, 8) if typ == "CUSTOMER_NUMBER" else nat_id(rng, lang)
        return digits_as_words(rng, lang, v, mixed=rng.random() < 0.5), typ
    if trick == "invisible":
        typ = rng.choice(["PHONE_NUMBER", "CUSTOMER_NUMBER", "CREDIT_CARD"])
        v = mobile(rng, lang, style=2) if typ == "PHONE_NUMBER" else digits(rng, 9) if typ == "CUSTOMER_NUMBER" else card(rng)
        return with_zero_width(rng, v, n=rng.randint(1, 3)), typ
    while True:
        typ = rng.choice(["CUSTOMER_NUMBER", "PASSPORT", "BOOKING_REFERENCE"])
        v = digits(rng, 8) if typ == "CUSTOMER_NUMBER" else passport(rng, lang).replace(" ", "") if typ == "PASSPORT" else booking_ref(rng)
        h = with_homoglyphs(rng, v, n=2)
        if h != v and " " not in h:
            return h, typ


# ---------------------------------------------------------------------------------------
# conversations
# ---------------------------------------------------------------------------------------
Turn = tuple[str, list[Part]]


class Chat:
    def __init__(self, rng: random.Random, lang: str, sector: dict) -> None:
        self.rng, self.lang, self.sec = rng, lang, sector
        self.turns: list[Turn] = []
        self.asked: set[str] = set()

    def a(self, *parts: Part) -> None:
        self.turns.append(("agent", list(parts)))

    def c(self, *parts: Part) -> None:
        self.turns.append(("customer", list(parts)))

    def question(self, typ: str) -> str:
        rng, lang = self.rng, self.lang
        for _ in range(20):
            q = rng.choice(PRE[lang]) + rng.choice(VQ[lang][typ]).format(t=self.sec["thing"][lang])
            if q not in self.asked:
                break
        self.asked.add(q)
        return q

    def neg_exchange(self, kind: str) -> None:
        lang = self.lang
        q = CUSTNO_Q[lang] if kind in ("order_number", "invoice_number") and self.rng.random() < 0.5 else NEGQ[lang][kind]
        self.a(q)
        self.c(N(neg_value(self.rng, lang, kind), kind))


def cue(lang: str, typ: str, v: str, cls: str) -> list[Part]:
    pre, post = CUE[lang][typ].split("{v}")
    out: list[Part] = [pre, E(v, typ, cls)]
    if post:
        out.append(post)
    return out


def body_bare(ch: Chat) -> None:
    rng, lang = ch.rng, ch.lang
    types = rng.sample(["CUSTOMER_NUMBER", "DATE_OF_BIRTH", "PASSPORT", "BOOKING_REFERENCE", "PHONE_NUMBER", "EMAIL_ADDRESS", "NATIONAL_ID", "PERSON", "CREDIT_CARD", "IBAN_CODE"], 4)
    for i, typ in enumerate(types):
        if i == 1:  # two questions at once, answered back to back
            t2 = types[2]
            ch.a(ch.question(typ).rstrip("?") + AND[lang] + ch.question(t2))
            for t in (typ, t2):
                v, vt = value(rng, lang, t)
                ch.c(E(v, vt, "bare_answer"))
            continue
        if i == 2:
            continue
        ch.a(ch.question(typ))
        if rng.random() < 0.5:
            ch.c(rng.choice(WAIT_C[lang]))
            ch.a(rng.choice(WAIT_A[lang]))
        v, vt = value(rng, lang, typ)
        ch.c(E(v, vt, "bare_answer"))


def list_item(rng: random.Random, lang: str, kind: str) -> list[tuple[str, str]]:
    out = [value(rng, lang, "PERSON"), value(rng, lang, "DATE_OF_BIRTH")]
    out.append(value(rng, lang, kind))
    return out


def body_list(ch: Chat) -> None:
    rng, lang = ch.rng, ch.lang
    kind = rng.choice(["PASSPORT", "CUSTOMER_NUMBER"])
    ch.a(LIST_Q[lang].format(x=LIST_X[lang][kind]) + "?")
    want = rng.randint(2, 4)
    items: list[list[tuple[str, str]]] = []
    while len(items) < want:
        item = list_item(rng, lang, kind)
        if item[0][0].lower() not in {i[0][0].lower() for i in items}:  # no one twice
            items.append(item)
    layout = rng.choice(["line", "bullet", "numbered", "semicolon", "table", "slash", "and"])
    parts: list[Part] = []
    for k, item in enumerate(items):
        fields: list[Part] = []
        sep = " | " if layout == "table" else ", "
        for j, (v, t) in enumerate(item):
            if j:
                fields.append(sep)
            fields.append(E(v, t, "list"))
        if layout == "line":
            lead, gap = "", "\n"
        elif layout == "bullet":
            lead, gap = "• ", "\n"
        elif layout == "numbered":
            lead, gap = f"{k + 1}. ", "\n"
        elif layout == "semicolon":
            lead, gap = "", "; "
        elif layout == "table":
            lead, gap = "| ", " |\n"
        elif layout == "slash":
            lead, gap = "", " / "
        else:
            lead, gap = "", AND[lang] if k == len(items) - 2 else ", "
        parts.append(lead)
        parts.extend(fields)
        if k < len(items) - 1:
            parts.append(gap)
        elif layout == "table":
            parts.append(" |")
    ch.c(*[p for p in parts if p != ""])
    if rng.random() < 0.6:  # a list of accounts or phones too
        typ = rng.choice(["PHONE_NUMBER", "EMAIL_ADDRESS", "CUSTOMER_NUMBER"])
        ch.a(ch.question(typ))
        vals = [value(rng, lang, typ) for _ in range(2)]
        ch.c(E(vals[0][0], typ, "list"), rng.choice([" / ", "; ", AND[lang]]), E(vals[1][0], typ, "list"))


def pieces(rng: random.Random, v: str, n: int) -> list[str]:
    """Cut ``v`` into ``n`` non-empty trimmed pieces at spaces or between characters."""
    while True:
        cuts = sorted(rng.sample(range(2, len(v) - 1), n - 1))
        out, prev = [], 0
        for c in [*cuts, len(v)]:
            out.append(v[prev:c].strip())
            prev = c
        if all(out) and all(len(p) >= 2 for p in out):
            return out


def corrupt(rng: random.Random, v: str) -> str:
    idx = [i for i, c in enumerate(v) if c.isdigit()]
    i = rng.choice(idx[2:] or idx)
    return v[:i] + str((int(v[i]) + rng.randint(1, 8)) % 10) + v[i + 1 :]


def body_split(ch: Chat, n_first: int) -> None:
    rng, lang = ch.rng, ch.lang
    t1 = rng.choice(["IBAN_CODE", "PHONE_NUMBER", "CREDIT_CARD", "CUSTOMER_NUMBER", "NATIONAL_ID"])
    ch.a(ch.question(t1))
    v, vt = value(rng, lang, t1)
    if len(v) < 9:
        v = v + digits(rng, 3)
    ps = pieces(rng, v, n_first)
    for k, p in enumerate(ps):
        if k == 1 and rng.random() < 0.5:
            ch.c(E(p, vt, "split"), rng.choice(["...", " -", ""]) or "")
        else:
            ch.c(E(p, vt, "split"))
    # the second: corrected or cut in two
    t2 = rng.choice(["PHONE_NUMBER", "CUSTOMER_NUMBER", "CREDIT_CARD", "DATE_OF_BIRTH"] if t1 != "PHONE_NUMBER" else ["CUSTOMER_NUMBER", "DATE_OF_BIRTH"])
    ch.a(ch.question(t2))
    v2, vt2 = value(rng, lang, t2)
    if rng.random() < 0.5:
        ch.c(E(corrupt(rng, v2), vt2, "split"))
        ch.c(rng.choice(OOPS[lang]) + " ", E(v2, vt2, "split"))
    else:
        if len(v2) < 6:
            v2 = v2 + digits(rng, 2)
        a_, b_ = pieces(rng, v2, 2)
        ch.c(E(a_, vt2, "split"))
        ch.c(E(b_, vt2, "split"))


def body_disguised(ch: Chat, trick: str) -> None:
    rng, lang = ch.rng, ch.lang
    ch.a(ch.question("EMAIL_ADDRESS"))
    ch.c(E(disguise_email(rng, lang), "EMAIL_ADDRESS", "disguised"))
    v, typ = disguise_number(rng, lang, trick)
    ch.a(ch.question(typ))
    if rng.random() < 0.5:
        ch.c(E(v, typ, "disguised"))
    else:
        ch.c(*cue(lang, typ, v, "disguised"))


def body_address(ch: Chat) -> None:
    rng, lang = ch.rng, ch.lang
    ch.a(ch.question("LOCATION"))
    if rng.random() < 0.4:
        ch.c(rng.choice(WAIT_C[lang]))
    ch.c(E(address(rng, lang, lower=rng.random() < 0.8), "LOCATION", "address_no_cue"))
    if rng.random() < 0.5:
        ch.a(ch.question("PERSON"))
        v, _ = value(rng, lang, "PERSON")
        ch.c(*cue(lang, "PERSON", v, "plain"))


def body_plain(ch: Chat, k: int) -> None:
    rng, lang = ch.rng, ch.lang
    sets = [["CUSTOMER_NUMBER", "PHONE_NUMBER"], ["FLIGHT_NUMBER", "TICKET_NUMBER", "BOOKING_REFERENCE"],
            ["NATIONAL_ID", "IBAN_CODE"], ["CREDIT_CARD", "DATE_OF_BIRTH"], ["PASSPORT", "EMAIL_ADDRESS"],
            ["LOCATION", "PERSON"], ["PHONE_NUMBER", "BANK_ACCOUNT"]]
    types = sets[k % len(sets)]
    ch.a(ch.question(types[0] if types[0] in VQ[lang] else "BOOKING_REFERENCE"))
    parts: list[Part] = []
    for j, t in enumerate(types):
        v, vt = value(rng, lang, t)
        if t == "BANK_ACCOUNT" or t == "IBAN_CODE":
            t = vt
        if j:
            parts.append(", ")
        parts.extend(cue(lang, t, v, "plain"))
    ch.c(*parts)


def closing(ch: Chat) -> None:
    rng, lang, sec = ch.rng, ch.lang, ch.sec
    co = sec["co"][lang]
    ph, mail = company_phone(rng, lang), ascii_of(co).split()[0].strip("&") + "@" + ascii_of(co).replace(" ", "").replace("&", "").replace("-", "")[:12] + {"en": ".co.uk", "nl": ".nl", "nb": ".no", "ru": ".ru"}[lang]
    branch = rng.choice(BRANCHES[lang])
    date = neg_value(rng, lang, "appointment_date")
    amount = rng.choice({"en": ["£24.50", "£115", "£8.99"], "nl": ["€ 24,50", "€115", "€8,99"], "nb": ["349 kr", "1 250,-", "kr 89"], "ru": ["2 400 ₽", "990 руб.", "15 000 р"]}[lang])
    time = rng.choice(["10:30", "14.15", "9:00", "16:45"])
    room = rng.choice({"en": ["room 3", "bay 12"], "nl": ["ruimte 3", "lokaal 12"], "nb": ["rom 3", "sal 12"], "ru": ["кабинет 3", "зал 12"]}[lang])
    tpl = {
        "en": "booked for {date} at {time}, {room} at our {branch} branch ({addr}). total {amount}, pay to {acc}, {co} reg. {cid}. questions: {ph} or {mail}",
        "nl": "staat op {date} om {time}, {room} in vestiging {branch} ({addr}). totaal {amount}, betalen op {acc}, {co} kvk {cid}. vragen: {ph} of {mail}",
        "nb": "satt opp {date} kl {time}, {room} på avdeling {branch} ({addr}). totalt {amount}, betal til {acc}, {co} org.nr {cid}. spørsmål: {ph} eller {mail}",
        "ru": "записали на {date} в {time}, {room}, филиал {branch} ({addr}). итого {amount}, оплата на счёт {acc}, {co} ИНН {cid}. вопросы: {ph} или {mail}",
    }[lang]
    ch.a(*T(tpl, date=N(date, "appointment_date"), time=N(time, "time"), room=N(room, "room_number"),
            branch=N(branch, "branch"), addr=N(CO_STREET[lang], "company_address"), amount=N(amount, "amount"),
            acc=N(company_account(rng, lang), "company_account"), co=N(co, "company_name"),
            cid=N(company_id(rng, lang), "company_id"), ph=N(ph, "company_phone"), mail=N(mail, "company_email")))
    ch.c(rng.choice(THANKS[lang]))


NEG_KINDS = ["order_number", "invoice_number", "case_number", "voucher_code", "tracking_number", "destination", "travel_date", "appointment_date"]


def plan(lang: str) -> list[str]:
    classes = [c for c in CLASSES for _ in range(25)]
    random.Random(f"{SEED}-{lang}-plan").shuffle(classes)
    return classes


def conversation(rng: random.Random, lang: str, cls: str, k: int, sector: dict) -> list[Turn]:
    ch = Chat(rng, lang, sector)
    agent = rng.choice(FIRST_F[lang] + FIRST_M[lang])
    ch.a(*T(rng.choice(GREET[lang]), a=E(agent, "PERSON", "plain"), co=N(sector["co"][lang], "company_name")))
    ch.c(rng.choice(sector["open"][lang]))
    ch.a(rng.choice(PRE[lang]) + sector["q"][lang])
    code = f"{rng.choice('ABCDEFGHKMPRSTW')}{rng.choice('ABCDEFGHKMPRSTW')}-{rng.randint(100, 999)}"
    qty = rng.choice(["2x", "3 stk" if lang == "nb" else "3 st" if lang == "nl" else "3 шт" if lang == "ru" else "x3", "1"])
    ch.c(*T(rng.choice(["{code}, {qty}", "i think {code} ({qty})", "{code} - {qty}"]).replace("i think", {"en": "i think", "nl": "volgens mij", "nb": "tror det er", "ru": "вроде"}[lang]),
            code=N(code, "product_code"), qty=N(qty, "quantity")))
    kinds = rng.sample(NEG_KINDS, 2)
    ch.neg_exchange(kinds[0])
    if cls == "bare_answer":
        body_bare(ch)
    elif cls == "list":
        body_list(ch)
    elif cls == "split":
        body_split(ch, 2 if k % 2 else 3)
    elif cls == "disguised":
        body_disguised(ch, ["words", "invisible", "homoglyph"][k % 3])
    elif cls == "address_no_cue":
        body_address(ch)
    else:
        body_plain(ch, k)
    ch.neg_exchange(kinds[1])
    closing(ch)
    return ch.turns


def build() -> list[dict]:
    records: list[dict] = []
    for lang in LANGS:
        rng = random.Random(f"{SEED}-{lang}")
        counts = dict.fromkeys(CLASSES, 0)
        for i, cls in enumerate(plan(lang), 1):
            sector = SECTORS[(i - 1) % len(SECTORS)]
            turns = conversation(rng, lang, cls, counts[cls], sector)
            counts[cls] += 1
            records += conversation_records(f"{NAME}-{lang}-{i:03d}", lang, turns)
    errors = verify(records)
    if errors:
        raise SystemExit("\n".join(errors[:20]))
    return records


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    write_jsonl(build(), out)


if __name__ == "__main__":
    main()
