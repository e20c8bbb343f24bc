# ruff: noqa: E501, RUF001  (hand-written phrase tables in four languages)
"""Write sealed32.jsonl: the thirty-second blind set of multi-turn conversations (issue 13).

Written blind: without reading privacyguard's rules or detector, nor any other generator or
set. Twenty sectors new to the sets, its own names, streets and e-mail domains, several
phrasings for every agent turn, customers answering in different styles, and the business's
own details (name, address, phone, e-mail, account, company id) spread over the chat as hard
negatives. Seeded and deterministic:

    .venv/bin/python bench/accuracy/conversations/make_sealed32.py [out.jsonl]
"""

from __future__ import annotations

import random
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_values as mv  # noqa: E402
import phonenumbers  # noqa: E402
from make_values import E, N, T  # noqa: E402
from stdnum.no import orgnr  # noqa: E402
from stdnum.ru import inn  # noqa: E402

SEED = 20270104
NAME = "sealed32"
LANGS = mv.LANGS
CLASSES = mv.CLASSES
OUT = Path(__file__).resolve().parent / f"{NAME}.jsonl"

# ---------------------------------------------------------------------------------------
# people: this set's own names (none of them in make_values.py)
# ---------------------------------------------------------------------------------------

FIRST_M = {
    "en": ["Callum", "Rhys", "Declan", "Fraser", "Ewan", "Toby", "Rory", "Finlay", "Gethin", "Hamish", "Ellis", "Jasper"],
    "nl": ["Gijs", "Hidde", "Stijn", "Maarten", "Jelle", "Rutger", "Tijmen", "Wessel", "Olaf", "Niels", "Floris", "Sjoerd"],
    "nb": ["Aksel", "Eskil", "Halvard", "Ivar", "Johannes", "Mathias", "Peder", "Severin", "Trygve", "Vetle", "Audun", "Sondre"],
    "ru": ["Глеб", "Вадим", "Егор", "Игорь", "Кирилл", "Леонид", "Роман", "Степан", "Тимофей", "Фёдор", "Ярослав", "Денис"],
}
FIRST_F = {
    "en": ["Niamh", "Ffion", "Imogen", "Esme", "Bethan", "Rosalind", "Tamsin", "Keira", "Harriet", "Orla", "Philippa", "Maisie"],
    "nl": ["Marloes", "Roos", "Jitske", "Floor", "Merel", "Lonneke", "Annelies", "Fenna", "Tessa", "Wietske", "Hanneke", "Ineke"],
    "nb": ["Astrid", "Birgitte", "Guro", "Hilde", "Ingeborg", "Kristin", "Live", "Oda", "Randi", "Sunniva", "Torill", "Vilde"],
    "ru": ["Алина", "Вера", "Дарья", "Жанна", "Зоя", "Лариса", "Милана", "Полина", "Римма", "Ульяна", "Алёна", "Софья"],
}
RU_LAST = [("Громов", "Громова"), ("Ершов", "Ершова"), ("Калинин", "Калинина"), ("Ларионов", "Ларионова"),
           ("Мельников", "Мельникова"), ("Никитин", "Никитина"), ("Рябов", "Рябова"), ("Субботин", "Субботина"),
           ("Тихонов", "Тихонова"), ("Шубин", "Шубина"), ("Гусев", "Гусева"), ("Корнилов", "Корнилова")]
RU_PATR = [("Игоревич", "Игоревна"), ("Олегович", "Олеговна"), ("Викторович", "Викторовна"),
           ("Андреевич", "Андреевна"), ("Павлович", "Павловна"), ("Юрьевич", "Юрьевна"), ("Борисович", "Борисовна")]
LAST = {
    "en": ["Pendlebury", "Threlfall", "Ackroyd", "Braithwaite", "Gillespie", "Moorcroft", "Pickering", "Tregarthen",
           "Ollerenshaw", "Crabtree", "Dunmore", "Wainwright", "Lockhart", "Fairbrother"],
    "nl": ["Verbeek", "van den Heuvel", "Schouten", "Hendriks", "Vermeulen", "Kramer", "van Wijk", "Bosman",
           "Koster", "de Graaf", "Veenstra", "Timmermans", "Zwart", "Lammers"],
    "nb": ["Aune", "Bjerke", "Fossum", "Grønli", "Hovland", "Kvamme", "Lie", "Myhre", "Nordby", "Rønning",
           "Sæther", "Tangen", "Ulvestad", "Vik"],
    "ru": [m for m, _ in RU_LAST],
}
#: full names of known people that the tables above could put together: never used
FAMOUS = {"Trygve Lie", "Olaf Scholz", "Ewan McGregor", "Imogen Heap", "Niels Bohr", "Floor Jansen",
          "Фёдор Шаляпин", "Егор Летов", "Кирилл Серебренников"}

#: customers' e-mail domains (none of them in make_values.py)
DOMAINS = {
    "en": ["sky.com", "talktalk.net", "virginmedia.com", "aol.co.uk", "protonmail.com"],
    "nl": ["planet.nl", "home.nl", "casema.nl", "upcmail.nl", "telfort.nl"],
    "nb": ["altibox.no", "lyse.net", "getmail.no", "frisurf.no", "broadpark.no"],
    "ru": ["inbox.ru", "list.ru", "ya.ru", "internet.ru", "yandex.com"],
}

STREETS = {
    "en": ["Hawthorn Rise", "Foundry Lane", "Beacon Hill Road", "Weavers Close", "Millbrook Drive", "Chapel Fold",
           "Kiln Lane", "Ropewalk", "Quarry Bank", "Larkspur Way"],
    "nl": ["Meidoornlaan", "Kastanjelaan", "Oude Vaart", "Brinkweg", "Veldstraat", "Lijsterbeslaan", "Koestraat",
           "Sluiskade", "Esdoornstraat", "Populierenweg"],
    "nb": ["Tyttebærveien", "Furulia", "Myrveien", "Tollbugata", "Kongleveien", "Bakkegata", "Sjøveien",
           "Elvebakken", "Hasselveien", "Lyngveien"],
    "ru": ["ул. Кирова", "ул. Лермонтова", "ул. Заречная", "Цветной бульвар", "ул. Строителей", "ул. Полевая",
           "Почтовый пер.", "ул. Луговая", "ул. Рябиновая", "пр. Победы"],
}
CITIES = {
    "en": [("Harrogate", "HG1 2RT"), ("Shrewsbury", "SY1 1QW"), ("Lancaster", "LA1 4XQ"), ("Truro", "TR1 2HD"),
           ("Dundee", "DD1 4HN"), ("Carlisle", "CA3 8JP"), ("Ipswich", "IP4 1AB"), ("Kendal", "LA9 4QD")],
    "nl": [("Amersfoort", "3811 GH"), ("Deventer", "7411 KT"), ("Alkmaar", "1811 BD"), ("Assen", "9401 GB"),
           ("Middelburg", "4331 LC"), ("Tilburg", "5038 CK"), ("Venlo", "5911 HK"), ("Gouda", "2801 JK")],
    "nb": [("Lillehammer", "2609"), ("Ålesund", "6002"), ("Bodø", "8006"), ("Kristiansand", "4611"),
           ("Fredrikstad", "1606"), ("Molde", "6413"), ("Harstad", "9405"), ("Gjøvik", "2815")],
    "ru": [("Ярославль", "150000"), ("Владимир", "600000"), ("Калуга", "248000"), ("Рязань", "390000"),
           ("Иркутск", "664003"), ("Вологда", "160000"), ("Псков", "180000"), ("Тула", "300041")],
}
BIZ_STREETS = {
    "en": ["Riverside Trading Estate", "Brunswick Business Park", "Old Tannery Yard", "Station Approach"],
    "nl": ["Industrieweg", "Ambachtsstraat", "Nijverheidsweg", "Handelskade"],
    "nb": ["Industriveien", "Verkstedveien", "Næringsveien", "Sagveien"],
    "ru": ["ул. Промышленная", "ул. Заводская", "Складской пр.", "ул. Индустриальная"],
}
DESTS = {
    "en": ["Reykjavik", "Longyearbyen", "Vienna", "Prague", "Salzburg", "Tromsø", "Kraków"],
    "nl": ["Wenen", "Praag", "Reykjavik", "Longyearbyen", "Salzburg", "Krakau", "Tromsø"],
    "nb": ["Wien", "Praha", "Longyearbyen", "Reykjavík", "Salzburg", "Kraków", "Riga"],
    "ru": ["Мурманск", "Архангельск", "Анадырь", "Норильск", "Петрозаводск", "Ереван", "Калининград"],
}
BRANCHES = {
    "en": ["Harrogate", "Kendal", "Truro", "Dundee"],
    "nl": ["Amersfoort", "Deventer", "Gouda", "Venlo"],
    "nb": ["Gjøvik", "Molde", "Bodø", "Harstad"],
    "ru": ["Калуге", "Рязани", "Туле", "Вологде"],
}
AIRLINES = {"en": ["BA", "U2", "LS"], "nl": ["KL", "HV"], "nb": ["SK", "DY", "WF"], "ru": ["SU", "S7", "DP"]}
TICKET_PREFIX = {"en": ["125", "220"], "nl": ["074", "057"], "nb": ["117", "328"], "ru": ["555", "421"]}

# ---------------------------------------------------------------------------------------
# sectors: twenty, none used by an earlier set; each with its company in every language and
# two ways of saying what the customer wants (the openers join a greeting to one of them)
# ---------------------------------------------------------------------------------------

HELLO_C = {
    "en": ["Hi, ", "Hello. ", "", "Good morning! ", "hey, ", "Hi there. "],
    "nl": ["Hoi, ", "Goedemiddag. ", "", "Hallo! ", "Dag, ", "Goedemorgen, "],
    "nb": ["Hei! ", "Hallo, ", "", "Hei hei. ", "God morgen. ", "Heisann, "],
    "ru": ["Здравствуйте! ", "Добрый день. ", "", "Привет. ", "Добрый вечер, ", "Здравствуйте, "],
}

_SECTORS = [
    ("hunting_licence", False, {
        "en": ("Pennine Game Licensing", ["I need to renew my hunting licence before the season starts.", "I passed the hunter's exam and want to apply for my first licence."]),
        "nl": ("Jachtloket Oost-Nederland", ["Ik moet mijn jachtakte verlengen voordat het seizoen begint.", "Ik heb mijn jachtexamen gehaald en wil een jachtakte aanvragen."]),
        "nb": ("Viltkontoret Innlandet", ["Jeg må fornye jegeravgiftskortet før jakta starter.", "Jeg har bestått jegerprøven og vil bli registrert som jeger."]),
        "ru": ("Охотнадзор-Калуга", ["Мне нужно продлить охотничий билет до начала сезона.", "Я сдал охотминимум и хочу оформить охотничий билет."]),
    }),
    ("falconry_centre", False, {
        "en": ("Ridgeway Falconry", ["I'd like to book a hawk walk for my dad's birthday.", "Do you still run the one-day falconry course?"]),
        "nl": ("Valkerij Heidezicht", ["Ik wil een valkenierworkshop boeken voor de verjaardag van mijn vader.", "Geven jullie nog de eendaagse cursus valkerij?"]),
        "nb": ("Haukeland Falkesenter", ["Jeg vil bestille en falkeopplevelse i gave til pappa.", "Har dere fortsatt dagskurset i falkejakt?"]),
        "ru": ("Соколиный двор «Беркут»", ["Хочу забронировать прогулку с ястребом в подарок папе.", "У вас ещё проходит однодневный курс соколиной охоты?"]),
    }),
    ("scaffolding_hire", False, {
        "en": ("Hartley & Finch Scaffolding", ["We need scaffolding up on a terraced house for about three weeks.", "I want to extend the hire on the tower scaffold we've got."]),
        "nl": ("Steigerbouw Van Oosten", ["We hebben steigers nodig voor een rijtjeshuis, zo'n drie weken.", "Ik wil de huur van de rolsteiger verlengen."]),
        "nb": ("Brekstad Stillas AS", ["Vi trenger stillas på et rekkehus i omtrent tre uker.", "Jeg vil forlenge leien av rullestillaset."]),
        "ru": ("ЛесаПрокат", ["Нужны строительные леса на частный дом недели на три.", "Хочу продлить аренду вышки-туры."]),
    }),
    ("choir_tours", True, {
        "en": ("Cantabile Tours", ["Our choir is going on tour in the spring and we need to sort out the flights.", "I'm the choir secretary, it's about the concert trip."]),
        "nl": ("Koorreizen Harmonie", ["Ons koor gaat in het voorjaar op tournee en we moeten de vluchten regelen.", "Ik ben secretaris van het koor, het gaat over de concertreis."]),
        "nb": ("Korreiser Allegro", ["Koret vårt skal på turné i vår, og vi må ordne flyene.", "Jeg er sekretær i koret og tar kontakt om konsertturen."]),
        "ru": ("Хор-Тур", ["Наш хор весной едет на гастроли, нужно разобраться с перелётом.", "Я секретарь хора, пишу по поводу концертной поездки."]),
    }),
    ("polar_expeditions", True, {
        "en": ("Northlight Arctic Expeditions", ["I've signed up for the Svalbard expedition and have a question about the flights.", "I need to change a name on our Arctic trip booking."]),
        "nl": ("IJsbeer Expedities", ["Ik heb me ingeschreven voor de expeditie naar Spitsbergen en heb een vraag over de vluchten.", "Ik moet een naam wijzigen op de boeking van de poolreis."]),
        "nb": ("Isbjørn Ekspedisjoner", ["Jeg har meldt meg på Svalbard-ekspedisjonen og lurer på noe med flyene.", "Jeg må endre et navn på bestillingen av polarturen."]),
        "ru": ("Полярная звезда Экспедиции", ["Я записался в экспедицию на Шпицберген, есть вопросы по перелёту.", "Нужно поменять фамилию в брони арктического тура."]),
    }),
    ("land_registry", False, {
        "en": ("County Title Records Office", ["I need an official copy of the title register for my house.", "We're selling and the solicitor wants a copy of the title plan."]),
        "nl": ("Kadasterloket Midden-Nederland", ["Ik heb een kadastraal uittreksel nodig voor mijn woning.", "We verkopen ons huis en de notaris vraagt om een kadastrale kaart."]),
        "nb": ("Tinglysingskontoret Vest", ["Jeg trenger en grunnboksutskrift for boligen min.", "Vi skal selge, og megleren ber om et matrikkelbrev."]),
        "ru": ("Центр кадастровых выписок", ["Мне нужна выписка из ЕГРН на квартиру.", "Продаём дом, нотариус просит свежую выписку на участок."]),
    }),
    ("public_library", False, {
        "en": ("Wyvern Public Library", ["My library card has expired and I can't log in to borrow e-books.", "I'd like to join the library and get cards for the kids too."]),
        "nl": ("Bibliotheek Rivierenland", ["Mijn bibliotheekpas is verlopen en ik kan geen e-books meer lenen.", "Ik wil lid worden van de bibliotheek, ook voor de kinderen."]),
        "nb": ("Fjordbyen bibliotek", ["Lånekortet mitt har gått ut, og jeg får ikke lånt e-bøker.", "Jeg vil melde meg inn på biblioteket og få lånekort til barna også."]),
        "ru": ("Центральная библиотека Заречья", ["У меня истёк читательский билет, не могу брать электронные книги.", "Хочу записаться в библиотеку и оформить билеты детям."]),
    }),
    ("lab_glassware_supplier", False, {
        "en": ("Beakerline Scientific", ["I'm ordering glassware for our school lab and need an account set up.", "Part of our order of burettes arrived broken."]),
        "nl": ("Kolf & Co Laboratoriumartikelen", ["Ik bestel laboratoriumglas voor het schoollab en heb een account nodig.", "Een deel van onze bestelling buretten kwam kapot aan."]),
        "nb": ("Labutstyr Norden AS", ["Jeg skal bestille laboratorieglass til skolelaben og trenger en konto.", "Noe av bestillingen med byretter kom knust fram."]),
        "ru": ("ЛабСнаб", ["Заказываю лабораторную посуду для школы, нужно завести аккаунт.", "Часть бюреток из заказа пришла разбитой."]),
    }),
    ("taxidermy", False, {
        "en": ("Ashcombe Taxidermy", ["I'd like a quote for mounting a pheasant.", "I'm asking about the fox I dropped off last autumn."]),
        "nl": ("Taxidermie Het Ree", ["Ik wil graag een offerte voor het opzetten van een fazant.", "Het gaat over de vos die ik vorig najaar heb gebracht om op te zetten."]),
        "nb": ("Utstopperen på Toten", ["Jeg vil gjerne ha et pristilbud på utstopping av en fasan.", "Det gjelder reven jeg leverte til utstopping i fjor høst."]),
        "ru": ("Мастерская «Трофей»", ["Хочу узнать, сколько стоит чучело фазана.", "Я по поводу лисы, которую сдавал на чучело прошлой осенью."]),
    }),
    ("stonemason", False, {
        "en": ("Grayling Memorials", ["We'd like to order a headstone for my mother's grave.", "I need an inscription added to an existing headstone."]),
        "nl": ("Steenhouwerij Ruigrok", ["We willen een grafsteen bestellen voor het graf van mijn moeder.", "Ik wil een extra inscriptie laten toevoegen aan een bestaande grafsteen."]),
        "nb": ("Bakke Steinhuggeri", ["Vi vil bestille en gravstein til mammas grav.", "Jeg vil få lagt til en inskripsjon på en gravstein som allerede står."]),
        "ru": ("Гранит-Мастер", ["Хотим заказать памятник на могилу мамы.", "Нужно добавить надпись на уже стоящий памятник."]),
    }),
    ("vintage_car_restoration", False, {
        "en": ("Crankshaft Classics", ["I've got a 1972 Triumph that needs a full restoration quote.", "How's the respray on my MG coming along?"]),
        "nl": ("Oldtimerrestauratie Bolhuis", ["Ik heb een Citroën DS uit 1972 en wil een offerte voor restauratie.", "Hoe staat het met het spuitwerk aan mijn Volvo Amazon?"]),
        "nb": ("Veteranverkstedet Skarnes", ["Jeg har en Volvo Amazon fra 1966 som trenger full restaurering.", "Hvordan går det med lakkeringen av Saaben min?"]),
        "ru": ("РетроГараж", ["У меня «Волга» 1972 года, нужна оценка полной реставрации.", "Как продвигается покраска моего «Москвича»?"]),
    }),
    ("notary_office", False, {
        "en": ("Pryce & Okafor Notaries", ["I need a document notarised for use abroad.", "We'd like an appointment to sign a power of attorney."]),
        "nl": ("Notariskantoor Ten Brink", ["Ik wil een afspraak maken voor een testament.", "We willen een samenlevingscontract laten opstellen."]),
        "nb": ("Notarkontoret Sentrum", ["Jeg trenger notarialbekreftelse på en kopi av vitnemålet.", "Vi må få bekreftet en fullmakt hos notarius."]),
        "ru": ("Нотариальная контора №3", ["Нужно заверить доверенность у нотариуса.", "Хотим записаться на оформление наследства."]),
    }),
    ("film_extras_casting", True, {
        "en": ("Crowd Scene Casting", ["I've been picked as an extra for the shoot abroad and got a message to contact you.", "I want to register with your extras agency."]),
        "nl": ("Figurantenbureau Vooraan", ["Ik ben gekozen als figurant voor de opnames in het buitenland en moest contact opnemen.", "Ik wil me inschrijven als figurant."]),
        "nb": ("Statistbyrået Kulisse", ["Jeg er plukket ut som statist til innspillingen i utlandet og skulle ta kontakt.", "Jeg vil registrere meg som statist hos dere."]),
        "ru": ("Кастинг-агентство «Массовка Плюс»", ["Меня утвердили в массовку на съёмки за границей, сказали написать вам.", "Хочу попасть в вашу базу массовки."]),
    }),
    ("drone_registration", False, {
        "en": ("Drone Operator Registry Helpdesk", ["I need to register as a drone operator.", "My flyer ID has expired and I need to renew it."]),
        "nl": ("Dronepunt Registratie", ["Ik moet me registreren als dronevlieger.", "Mijn registratie als drone-exploitant is verlopen."]),
        "nb": ("Droneregisteret brukerstøtte", ["Jeg må registrere meg som droneoperatør.", "Registreringen min som droneoperatør har gått ut."]),
        "ru": ("Центр учёта БПЛА", ["Мне нужно поставить дрон на учёт.", "Хочу перерегистрировать квадрокоптер на себя."]),
    }),
    ("well_drilling", False, {
        "en": ("Deepwater Boreholes Ltd", ["We're thinking of having a borehole drilled for the garden.", "Our well pump stopped working after the drilling last year."]),
        "nl": ("Putboorbedrijf De Grondwel", ["We denken erover een grondwaterput te laten boren voor de tuin.", "Onze putpomp doet het niet meer sinds de boring vorig jaar."]),
        "nb": ("Brønnboring Vestfold AS", ["Vi vurderer å bore brønn på hytta.", "Brønnpumpa har sluttet å virke etter boringen i fjor."]),
        "ru": ("БурВодСервис", ["Хотим пробурить скважину на участке.", "После бурения в прошлом году перестал работать насос."]),
    }),
    ("organ_builder", False, {
        "en": ("Whitcombe Organ Builders", ["Our parish needs someone to tune and service the church organ.", "It's about the quote for restoring the organ at St Mary's."]),
        "nl": ("Orgelmakerij Van der Kamp", ["Onze parochie zoekt iemand voor onderhoud en stemming van het kerkorgel.", "Het gaat over de offerte voor de orgelrestauratie."]),
        "nb": ("Ryde Orgelbyggeri", ["Menigheten vår trenger stemming og service på kirkeorgelet.", "Det gjelder pristilbudet på restaurering av orgelet."]),
        "ru": ("Органная мастерская «Регистр»", ["Нашему приходу нужна настройка органа.", "Пишу по поводу сметы на реставрацию органа."]),
    }),
    ("air_ambulance_membership", True, {
        "en": ("SkyCare Air Ambulance Cover", ["I want to add my partner to our air ambulance membership.", "My mum was flown home last month and I'm sorting out the paperwork."]),
        "nl": ("MediFly Repatriëring", ["Ik wil mijn partner bijschrijven op ons lidmaatschap voor medische repatriëring.", "Mijn moeder is vorige maand met jullie naar huis gevlogen, ik regel de papieren."]),
        "nb": ("Nordlys Luftambulanse", ["Jeg vil melde samboeren min inn i medlemskapet vårt.", "Mamma ble fløyet hjem med dere forrige måned, og jeg ordner papirene."]),
        "ru": ("АвиаМедЭвакуация", ["Хочу добавить мужа в наш полис медицинской эвакуации.", "Маму в прошлом месяце доставили домой санавиацией, я занимаюсь документами."]),
    }),
    ("team_kit_supplier", False, {
        "en": ("Touchline Teamwear", ["I'm ordering new kits for our under-12s football team.", "The shirts for our netball club came with the wrong numbers."]),
        "nl": ("Clubtenue Direct", ["Ik bestel nieuwe tenues voor ons JO12-team.", "De shirts van onze korfbalclub hebben de verkeerde rugnummers."]),
        "nb": ("Draktmakeriet", ["Jeg bestiller nye drakter til G12-laget vårt.", "Draktene til håndballaget kom med feil nummer."]),
        "ru": ("Спортформа-Команда", ["Заказываю новую форму для детской футбольной команды.", "Форма для нашей волейбольной секции пришла с неправильными номерами."]),
    }),
    ("tractor_parts", False, {
        "en": ("Furrow & Field Tractor Spares", ["I need a new hydraulic pump for a Massey Ferguson 135.", "I ordered a clutch kit last week and it hasn't turned up."]),
        "nl": ("Trekkeronderdelen Hoogland", ["Ik zoek een nieuwe hydrauliekpomp voor een Deutz.", "Ik heb vorige week een koppelingsset besteld en die is er nog niet."]),
        "nb": ("Traktordeler Hedmark", ["Jeg trenger ny hydraulikkpumpe til en Ford 3000.", "Jeg bestilte et clutchsett forrige uke, og det har ikke kommet."]),
        "ru": ("ТракторЗапчасть", ["Нужен гидронасос на МТЗ-82.", "Заказал на прошлой неделе комплект сцепления, а его всё нет."]),
    }),
    ("archery_range", False, {
        "en": ("Greenfletch Archery", ["I'd like to book a beginners' archery session for four of us.", "I'm a member and want to renew for the year."]),
        "nl": ("Boogschietcentrum De Roos", ["Ik wil een introductieles handboogschieten boeken voor vier personen.", "Ik ben lid en wil mijn lidmaatschap verlengen."]),
        "nb": ("Bueskyting Vest", ["Jeg vil bestille et nybegynnerkurs i bueskyting for fire.", "Jeg er medlem og vil fornye for året."]),
        "ru": ("Лучный клуб «Тетива»", ["Хочу записать четверых на пробное занятие по стрельбе из лука.", "Я член клуба, хочу продлить абонемент на год."]),
    }),
]


def _opener(hello: str, need: str) -> str:
    if hello.endswith(", ") and not need.startswith(("I ", "I'")):
        need = need[0].lower() + need[1:]
    return hello + need


def _slug(name: str) -> str:
    words = ["".join(c for c in w if c.isalnum()) for w in mv.ascii_name(name.replace("-", " ").replace(" ", "|")).split("|")]
    words = [unicodedata.normalize("NFKD", w).encode("ascii", "ignore").decode() for w in words if w]
    return words[0] if len(words[0]) >= 8 or len(words) == 1 else words[0] + words[1]


def _landline(rng: random.Random, lang: str) -> phonenumbers.PhoneNumber:
    region = {"en": "GB", "nl": "NL", "nb": "NO", "ru": "RU"}[lang]
    while True:
        if lang == "en":
            national = rng.choice(["0113", "0117", "0161", "0131", "01904", "01223", "0191"])
            national += mv.digits(rng, 11 - len(national), first_nonzero=True)
        elif lang == "nl":
            national = "0" + rng.choice(["10", "20", "30", "33", "35", "38", "40", "50", "53", "55", "70", "71", "73", "76"])
            national += mv.digits(rng, 10 - len(national), first_nonzero=True)
        elif lang == "nb":
            national = rng.choice("2357") + mv.digits(rng, 7, first_nonzero=False)
        else:
            national = "8" + rng.choice(["495", "499", "812", "843", "846", "4922", "4842", "4872"])
            national += mv.digits(rng, 11 - len(national), first_nonzero=True)
        num = phonenumbers.parse(national, region)
        if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) != phonenumbers.PhoneNumberType.MOBILE:
            return num


def _fmt_num(num: phonenumbers.PhoneNumber, intl: bool) -> str:
    fmt = phonenumbers.PhoneNumberFormat.INTERNATIONAL if intl else phonenumbers.PhoneNumberFormat.NATIONAL
    return phonenumbers.format_number(num, fmt)


def _orgnr(rng: random.Random) -> str:
    while True:
        v = rng.choice("89") + mv.digits(rng, 8, first_nonzero=False)
        if orgnr.is_valid(v):
            return f"{v[:3]} {v[3:6]} {v[6:]}"


def _inn10(rng: random.Random) -> str:
    while True:
        v = mv.digits(rng, 10)
        if inn.is_valid(v):
            return v


def _company(rng: random.Random, lang: str, co: str) -> dict:
    street = rng.choice(BIZ_STREETS[lang])
    city, pc = rng.choice(CITIES[lang])
    n = rng.randint(2, 60)
    if lang == "en":
        addr = f"Unit {n}, {street}, {city} {pc}"
        cid = rng.choice(["0" + mv.digits(rng, 7, first_nonzero=False), "SC" + mv.digits(rng, 6, first_nonzero=False)])
        account = mv.iban(rng, "GB")
        tld = ".co.uk"
    elif lang == "nl":
        addr = f"{street} {n}, {pc} {city}"
        cid = mv.digits(rng, 8)
        account = mv.iban(rng, "NL")
        tld = ".nl"
    elif lang == "nb":
        addr = f"{street} {n}, {pc} {city}"
        cid = _orgnr(rng)
        account = mv.iban(rng, "NO")
        tld = ".no"
    else:
        addr = f"г. {city}, {street}, д. {n}"
        cid = _inn10(rng)
        account = "40702810" + mv.digits(rng, 12, first_nonzero=False)
        tld = ".ru"
    num = _landline(rng, lang)
    domain = _slug(co) + tld
    return {
        "co": co,
        "addr": addr,
        "phone": _fmt_num(num, rng.random() < 0.4),
        "email": rng.choice({"en": ["hello", "info", "bookings", "office"], "nl": ["info", "contact", "klantenservice", "post"],
                             "nb": ["post", "kundeservice", "kontakt", "hei"], "ru": ["info", "zakaz", "office", "help"]}[lang]) + "@" + domain,
        "account": account,
        "cid": cid,
    }


def _build_sectors() -> list[dict]:
    rng = random.Random(SEED * 7 + 1)
    out = []
    for key, flights, per in _SECTORS:
        s = {"key": key, "flights": flights, "co": {}, "open": {}, "biz": {}}
        for lang in LANGS:
            co, needs = per[lang]
            s["co"][lang] = co
            s["open"][lang] = [_opener(h, need) for need in needs for h in HELLO_C[lang]]
            s["biz"][lang] = _company(rng, lang, co)
        out.append(s)
    return out


SECTORS = _build_sectors()

# ---------------------------------------------------------------------------------------
# values
# ---------------------------------------------------------------------------------------


def person(rng: random.Random, lang: str, gender: str | None = None) -> dict:
    while True:
        g = gender or rng.choice("mf")
        first = rng.choice((FIRST_M if g == "m" else FIRST_F)[lang])
        if lang == "ru":
            m, f = rng.choice(RU_LAST)
            last = m if g == "m" else f
            pm, pf = rng.choice(RU_PATR)
            patr = pm if g == "m" else pf
        else:
            last, patr = rng.choice(LAST[lang]), ""
        full = f"{first} {last}"
        if full not in FAMOUS:
            return {"first": first, "last": last, "patr": patr, "g": g, "full": full}


def full_name(rng: random.Random, lang: str, p: dict) -> str:
    """The name as a customer types it: first and last, in Russian also surname first or with
    the patronymic."""
    if lang == "ru":
        return rng.choice([p["full"], f"{p['last']} {p['first']}", f"{p['last']} {p['first']} {p['patr']}", p["full"]])
    return p["full"]


def email(rng: random.Random, lang: str, p: dict) -> tuple[list[str], str]:
    f, la = mv.ascii_name(p["first"]), mv.ascii_name(p["last"])
    style = rng.randint(0, 4)
    local = [[f, la], [f[0], la], [f + la[:4] + str(rng.randint(2, 98))], [la, f[0]], [f + "_" + la]][style]
    return local, rng.choice(DOMAINS[lang])


def email_text(local: list[str], dom: str) -> str:
    return ".".join(local) + "@" + dom


SPELL = {
    "en": {"at": [" at ", " (at) ", " at "], "dot": [" dot "]},
    "nl": {"at": [" apenstaart ", " apestaartje ", " at "], "dot": [" punt "]},
    "nb": {"at": [" krøllalfa ", " alfakrøll ", " krøll "], "dot": [" prikk ", " punktum "]},
    "ru": {"at": [" собака ", " собачка ", " собака "], "dot": [" точка "]},
}


def email_spelled(rng: random.Random, lang: str, local: list[str], dom: str, must: str | None = None) -> str:
    at = rng.choice(SPELL[lang]["at"]) if must != "at" else SPELL[lang]["at"][0]
    dot = rng.choice(SPELL[lang]["dot"]) if must != "dot" else SPELL[lang]["dot"][0]
    if must == "krøll":
        at = " krøll "
    lp = dot.join(local) if len(local) > 1 else local[0]
    return (lp + at + dom.replace(".", dot)).strip()


def phone_value(rng: random.Random, lang: str, mobile: bool | None = None, intl: bool | None = None) -> str:
    mobile = rng.random() < 0.6 if mobile is None else mobile
    intl = rng.random() < 0.35 if intl is None else intl
    if mobile:
        if intl:
            return mv.phone(rng, lang, 0)
        return mv.phone(rng, lang, rng.choice([1, 2]))
    num = _landline(rng, lang)
    v = _fmt_num(num, intl)
    if lang == "nb" and not intl and rng.random() < 0.5:
        d = v.replace(" ", "")
        v = f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"
    return v


def card(rng: random.Random) -> str:
    while True:
        d = rng.choice(["4", "51", "53", "55", "2221"]) + mv.digits(rng, 16, first_nonzero=False)
        d = d[:15]
        for k in range(10):
            if _luhn(d + str(k)):
                d = d + str(k)
                break
        style = rng.randint(0, 2)
        if style == 0:
            return " ".join(d[i : i + 4] for i in range(0, 16, 4))
        if style == 1:
            return d
        return "-".join(d[i : i + 4] for i in range(0, 16, 4))


def _luhn(d: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(d)):
        n = int(c) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def cust_number(rng: random.Random, lang: str) -> str:
    style = rng.randint(0, 6)
    if style == 0:
        return mv.digits(rng, rng.choice([7, 8, 9]))
    if style == 1:
        return f"{mv.digits(rng, 3)} {mv.digits(rng, 3, False)} {mv.digits(rng, 2, False)}"
    if style == 2:
        return rng.choice(["KL", "MB", "CU", "AC"]) + "-" + mv.digits(rng, 6)
    if style == 3:
        return rng.choice(["K", "M", "L"]) + mv.digits(rng, 7)
    if style == 4:
        return f"{mv.digits(rng, 2)}.{mv.digits(rng, 3, False)}.{mv.digits(rng, 3, False)}"
    if style == 5:
        return f"{mv.digits(rng, 3)}-{mv.digits(rng, 4, False)}"
    return f"{mv.digits(rng, 4)} {mv.digits(rng, 4, False)}"


def uk_ni(rng: random.Random) -> str:
    ok1 = "ABCEGHJKLMNOPRSTWXYZ"
    ok2 = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        pre = rng.choice(ok1) + rng.choice(ok2)
        if pre not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    d = mv.digits(rng, 6, False)
    return f"{pre} {d[:2]} {d[2:4]} {d[4:]} {rng.choice('ABCD')}"


def national_id(rng: random.Random, lang: str) -> str:
    if lang == "en":
        return uk_ni(rng)
    if lang == "nl":
        v = mv.nl_bsn(rng)
        return rng.choice([v, v, f"{v[:4]}.{v[4:6]}.{v[6:]}"])
    if lang == "nb":
        v, _ = mv.no_fnr(rng)
        return rng.choice([v, v, f"{v[:6]} {v[6:]}"])
    return rng.choice([mv.ru_snils(rng), mv.ru_inn(rng)])


def account(rng: random.Random, lang: str) -> tuple[str, str]:
    """(value, type): an IBAN or a domestic account."""
    if lang == "en":
        if rng.random() < 0.5:
            return mv.iban(rng, "GB"), "IBAN_CODE"
        return f"{mv.digits(rng, 2)}-{mv.digits(rng, 2, False)}-{mv.digits(rng, 2, False)} {mv.digits(rng, 8, False)}", "BANK_ACCOUNT"
    if lang == "nl":
        v = mv.iban(rng, "NL")
        return (v if rng.random() < 0.7 else v.replace(" ", "")), "IBAN_CODE"
    if lang == "nb":
        if rng.random() < 0.5:
            return mv.iban(rng, "NO"), "IBAN_CODE"
        k = mv.no_kontonr(rng)
        return rng.choice([k, f"{k[:4]}.{k[4:6]}.{k[6:]}", f"{k[:4]} {k[4:6]} {k[6:]}"]), "BANK_ACCOUNT"
    a = mv.ru_account(rng)
    return rng.choice([a, f"{a[:5]} {a[5:8]} {a[8:9]} {a[9:13]} {a[13:]}"]), "BANK_ACCOUNT"


def dob_text(rng: random.Random, lang: str) -> str:
    d, m, y = mv.birth_date(rng)
    return mv.date_text(rng, lang, d, m, y)


def future_date(rng: random.Random, lang: str) -> str:
    d, m, y = mv.travel_date(rng)
    return mv.date_text(rng, lang, d, m, y, rng.choice([0, 1, 2]))


def home_address(rng: random.Random, lang: str, lower: bool) -> str:
    street = rng.choice(STREETS[lang])
    city, pc = rng.choice(CITIES[lang])
    no = str(rng.randint(1, 160)) + rng.choice(["", "", "", "a" if lang != "ru" else "а"])
    if lang == "en":
        s = rng.choice([f"{no} {street}, {city} {pc}", f"{no} {street}\n{city}\n{pc}", f"{no} {street} {city} {pc}",
                        f"Flat {rng.randint(1, 12)}, {no} {street}, {city}"])
    elif lang == "nl":
        pcs = pc.replace(" ", "") if rng.random() < 0.5 else pc
        s = rng.choice([f"{street} {no}, {pcs} {city}", f"{street} {no} {pcs} {city}", f"{street} {no}\n{pcs} {city}",
                        f"{street} {no}-{rng.randint(1, 3)}, {city}"])
    elif lang == "nb":
        s = rng.choice([f"{street} {no}, {pc} {city}", f"{street} {no} {pc} {city}", f"{street} {no}\n{pc} {city}",
                        f"{street} {no} H0{rng.randint(1, 3)}0{rng.randint(1, 4)}, {pc} {city}"])
    else:
        apt = rng.randint(1, 220)
        s = rng.choice([f"г. {city}, {street}, д. {no}, кв. {apt}", f"{city}, {street} {no}-{apt}",
                        f"{pc}, {city}, {street}, дом {no}, кв {apt}", f"{street}, {no}, кв. {apt}, {city}"])
    return s.lower() if lower else s


def booking_value(rng: random.Random) -> str:
    return mv.booking_ref(rng)


def flight_value(rng: random.Random, lang: str) -> str:
    code = rng.choice(AIRLINES[lang])
    return code + rng.choice(["", " "]) + str(rng.randint(100, 2999))


def ticket_value(rng: random.Random, lang: str) -> str:
    pre = rng.choice(TICKET_PREFIX[lang])
    rest = mv.digits(rng, 10)
    return rng.choice([f"{pre}-{rest}", f"{pre}{rest}", f"{pre} {rest}"])


def passport_value(rng: random.Random, lang: str) -> str:
    return mv.passport(rng, lang)


# hard-negative values
def order_no(rng: random.Random, lang: str) -> str:
    return rng.choice({"en": ["ORD-", "#", "SO", ""], "nl": ["BST-", "#", "", "ORD"], "nb": ["ORD-", "#", "", "BEST-"],
                       "ru": ["З-", "№", "", "ZK-"]}[lang]) + mv.digits(rng, rng.choice([6, 7, 8]))


def invoice_no(rng: random.Random, lang: str) -> str:
    return rng.choice({"en": ["INV-2026-", "INV", "2026/"], "nl": ["F2026-", "FACT-", "2026."], "nb": ["F-2026-", "FAK", "2026-"],
                       "ru": ["СЧ-", "2026/", "С-"]}[lang]) + mv.digits(rng, rng.choice([4, 5]), False)


def case_no(rng: random.Random, lang: str) -> str:
    return rng.choice({"en": ["CS-", "CASE ", "T"], "nl": ["ZAAK-", "MLD-", "Z"], "nb": ["SAK-", "S", "HENV-"],
                       "ru": ["ОБР-", "Т-", "№"]}[lang]) + mv.digits(rng, rng.choice([5, 6, 7]))


def voucher(rng: random.Random, lang: str) -> str:
    word = rng.choice({"en": ["WELCOME", "SPRING", "CLUB", "THANKS"], "nl": ["WELKOM", "VOORJAAR", "LEDEN", "KORTING"],
                       "nb": ["VELKOMMEN", "SOMMER", "MEDLEM", "RABATT"], "ru": ["SKIDKA", "VESNA", "KLUB", "PODAROK"]}[lang])
    return word + str(rng.choice([10, 15, 20, 25, 2027]))


def tracking(rng: random.Random, lang: str) -> str:
    return rng.choice([
        "3S" + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4)) + mv.digits(rng, 9, False),
        "RR" + mv.digits(rng, 9) + rng.choice(["GB", "NL", "NO", "RU"]),
        "JJD" + mv.digits(rng, 15, False),
        "1Z" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16)),
    ])


def product(rng: random.Random) -> str:
    return rng.choice(["", "ART-", "SKU ", "P"]) + f"{mv.digits(rng, rng.choice([4, 5]))}-{mv.digits(rng, 2, False)}"


def amount(rng: random.Random, lang: str) -> str:
    v = rng.randint(18, 2400)
    c = rng.choice(["00", "50", "95"])
    return {"en": f"£{v}.{c}", "nl": rng.choice([f"€ {v},{c}", f"€{v},-"]), "nb": rng.choice([f"{v} kr", f"kr {v},-"]),
            "ru": rng.choice([f"{v * 40} ₽", f"{v * 40} руб", f"{v * 40:,} ₽".replace(",", " ")])}[lang]


def time_value(rng: random.Random, lang: str) -> str:
    h, m = rng.randint(8, 17), rng.choice(["00", "15", "30", "45"])
    return {"en": rng.choice([f"{h}:{m}", f"{h % 12 or 12}.{m}{'am' if h < 12 else 'pm'}"]), "nl": f"{h}:{m}",
            "nb": rng.choice([f"{h}:{m}", f"{h}.{m}"]), "ru": f"{h}:{m}"}[lang]


def quantity(rng: random.Random, lang: str) -> str:
    n = rng.randint(2, 40)
    return {"en": rng.choice([f"{n} units", f"{n} pcs", f"{n} boxes"]), "nl": rng.choice([f"{n} stuks", f"{n} st."]),
            "nb": rng.choice([f"{n} stk", f"{n} stykk"]), "ru": rng.choice([f"{n} шт.", f"{n} штук"])}[lang]


def room(rng: random.Random, lang: str) -> str:
    return rng.choice([f"{rng.randint(1, 4)}.{rng.randint(1, 30):02d}", f"B{rng.randint(101, 340)}", str(rng.randint(2, 24))])

# ---------------------------------------------------------------------------------------
# phrasings. Slots: {agent} agent's first name, {co} company, {v} the value, {x} a value
# the agent names (a negative). Types: NAME EMAIL PHONE DOB ADDR CUST ACCT CARD PASS NID BOOK
# FLIGHT TICKET.
# ---------------------------------------------------------------------------------------

L: dict[str, dict] = {}

L["en"] = {
    "greet": [
        "Hi, you're through to {co}. I'm {agent}, how can I help?",
        "Hello and welcome to {co}! {agent} here.",
        "Good morning, this is {agent} from {co}. What can I do for you?",
        "Hi there, {agent} speaking. How can I help today?",
        "Thanks for getting in touch with {co}. My name's {agent}.",
        "Hello! You're chatting with {agent}. What can I help you with?",
    ],
    "ack": ["", "Thanks. ", "Great, thanks. ", "Lovely. ", "Perfect. ", "OK. ", "Got it. ", "Right, ", "Cheers. "],
    "q": {
        "NAME": ["Could I take your full name?", "Who am I speaking with?", "What name is the account under?",
                 "And your name, please?", "Can you give me your first name and surname?", "What name should I put on the form?"],
        "EMAIL": ["What's the best email to reach you on?", "Which email address should the confirmation go to?",
                  "Could you give me your email address?", "What email did you register with?", "Where should I email the paperwork?"],
        "PHONE": ["What's a good phone number for you?", "Which number can we call you on?", "Could I have a contact number?",
                  "Is there a mobile number we can text?", "What number should we ring on the day?"],
        "DOB": ["What's your date of birth?", "Could you confirm your date of birth for me?", "And when were you born?",
                "For the security check, what's your DOB?", "I need your date of birth as well, what is it?"],
        "ADDR": ["Where should we send it?", "What address should it go to?", "Where would you like it delivered?",
                 "What's the postal address for the letter?", "Which address shall I put on the invoice?", "And where do you live?"],
        "CUST": ["What's your customer number?", "Do you have your account number with us?", "Could you give me your membership number?",
                 "Which customer number is it under?", "Have you got your client number handy?"],
        "ACCT": ["Which bank account should the refund go to?", "Could you give me the account details for the refund?",
                 "Where should we pay the deposit back to?", "Can I take the account number for the direct debit?", "What account shall we use for the payment?"],
        "CARD": ["Which card would you like to pay with?", "Could you read me the long number on the card?", "What's the card number?",
                 "Shall I take the card details now? What's the number?"],
        "PASS": ["What's your passport number?", "Could you give me the number of your passport?",
                 "Which passport number should I put on the list?", "I'll need your passport number, have you got it handy?"],
        "NID": ["What's your National Insurance number?", "Could you confirm your NI number?", "I need your NI number for the form, what is it?",
                "And your National Insurance number?"],
        "BOOK": ["What's the booking reference?", "Do you have the six-character booking code?", "Which booking reference is on your confirmation?",
                 "Could you give me the airline's booking code?"],
        "FLIGHT": ["Which flight are you on?", "What's the flight number?", "Do you know the flight number yet?", "Which flight does the group take?"],
        "TICKET": ["What's the e-ticket number?", "Could you give me the 13-digit ticket number?", "Have you got the ticket number from the airline's email?",
                   "What ticket number is on the receipt?"],
    },
    "cued": {
        "NAME": ["my name is {v}", "the name's {v}", "name: {v}", "this is {v}"],
        "EMAIL": ["my email is {v}", "email: {v}", "you can use {v}, that's my email", "email address is {v}"],
        "PHONE": ["my number is {v}", "mobile: {v}", "you can ring me on {v}", "phone number is {v}"],
        "DOB": ["my date of birth is {v}", "born {v}", "DOB {v}", "I was born on {v}"],
        "ADDR": ["my address is {v}", "address: {v}", "I live at {v}", "send it to my home address, {v}"],
        "CUST": ["my customer number is {v}", "customer no. {v}", "account number with you is {v}", "membership number {v}"],
        "ACCT": ["my account is {v}", "bank details: {v}", "account number {v}", "pay it into {v} please, that's my account"],
        "CARD": ["card number is {v}", "it's a visa, {v}", "card: {v}", "the card number: {v}"],
        "PASS": ["passport number is {v}", "passport: {v}", "my passport no. is {v}", "the number on my passport is {v}"],
        "NID": ["my NI number is {v}", "National Insurance: {v}", "NI no. {v}", "national insurance number is {v}"],
        "BOOK": ["booking reference is {v}", "the booking code is {v}", "booking ref {v}", "ref on the confirmation: {v}"],
        "FLIGHT": ["we're on flight {v}", "flight number {v}", "it's flight {v}", "we fly out on {v}"],
        "TICKET": ["ticket number {v}", "e-ticket: {v}", "the ticket no. is {v}", "ticket number is {v}"],
    },
    "bare": ["{v}", "{v}", "{v}", "{v}", "{v} 👍", "sure, {v}", "um {v}", "{v} I think", "yep: {v}", "{v}\nthat's it"],
    "fill": ["um, ", "so ", "ok ", "right, ", "erm "],
    "wait_c": ["one sec", "hang on, let me find it", "just a moment", "give me a minute, it's in my other bag", "hold on"],
    "wait_a": ["No rush.", "Take your time.", "Sure, I'll wait.", "Of course, no problem.", "That's fine, I'm here."],
    "back": [("is that the one on the letter?", "Yes, that's the one."), ("where do I find that?", "It's usually at the top of our emails."),
             ("do you need all of it?", "Yes please, the whole thing."), ("the one with letters or without?", "The whole thing as written, please.")],
    "ask_two": ["And could you also give me this: ", "One more thing: ", "Also, ", "And while we're at it: "],
    "list_ask": {
        "trav": ["Could you send me the names, dates of birth and passport numbers of everyone travelling?", "Please list each traveller: full name, date of birth and passport number.",
                 "I'll need name, DOB and passport number for each person. Can you send them over?"],
        "fam": ["Who else should be on it? Name and date of birth for each, please.", "Can you list everyone with their full name and date of birth?",
                "Please give me the name and birth date of each person."],
        "mem": ["Which members is it for? Name and membership number for each, please.", "Could you list the accounts: name and customer number?",
                "Please send each person's name with their customer number."],
        "nid": ["I need the name and NI number for each applicant. Could you list them?", "Please give me everyone's full name and National Insurance number."],
    },
    "list_lead": ["here you go:", "ok, here they are", "sure", "these are the ones:", "right:"],
    "rel": ["me", "my wife", "my husband", "our son", "our daughter", "my brother", "my colleague", "my partner"],
    "and": " and ",
    "split_more": ["{v}", "{v} sorry, hit enter too soon", "...{v}", "and {v}", "{v} is the rest"],
    "split_fix": ["sorry, {v}", "no wait, it's {v}", "typo, should be {v}", "correction: {v}", "{v} *"],
    "split_first": ["{v}", "it's {v}", "{v}", "ok {v}"],
    "disg_lead": ["", "it's ", "ok so ", "that's "],
    "addr_tail": ["", "", " thanks", "\nthe blue door", " (it's a flat above the shop)"],
    "neg": {
        "case_q": ["Do you have a case number from before?", "Was there a case number on our last email?", "Is there an existing ticket number for this?"],
        "voucher_q": ["Do you have a discount code?", "Any voucher code you'd like to use?", "Did you get a promo code with the newsletter?"],
        "track_q": ["Which parcel is it about? The tracking code is fine.", "Could you give me the tracking number?", "What's the tracking code on the shipping email?"],
        "dest_q": ["Where are you flying to?", "Which city is the group heading to?", "What's the destination?"],
        "date_q": ["When do you fly out?", "What date do you leave?", "Which day is the departure?"],
        "appt_q": ["Which date suits you?", "What day would you like to come in?", "When would you like us to come out?"],
        "order_ok": ["That's an order number, not the customer number. No problem, I can find you another way.", "Hmm, that looks like an order number. I'll look you up by name instead.",
                     "That one's the order number. Don't worry, I'll manage without."],
        "inv_ok": ["That's the invoice number, but it'll do: I can see the account from it.", "Ah, that's an invoice number. That's fine, I've found it.",
                   "That's our invoice reference, close enough, I've got you."],
        "dob_mix": ["Sorry, I meant your own date of birth.", "That's the travel date, I think. I need your date of birth.", "No, I meant when you were born, sorry for the confusion."],
        "appt_ok": ["We've got {x} free that day. Shall I put you down?", "{x} works on that day. Is that OK?", "I can do {x} that morning."],
        "price": ["That comes to {x} including VAT.", "The total is {x}.", "It'll be {x}, payable in advance.", "That's {x} all in."],
        "qty": ["can I get {q} of {p}?", "I'd need {q} of item {p}", "{q} of {p} please", "{p}, {q}"],
        "room": ["It's in room {r} at our {b} branch.", "You'll be in room {r}, {b} branch.", "Go to our {b} branch and ask for room {r}."],
        "cust_room": ["we were in room {r} last time", "can we have room {r} again?", "last time we had room {r}"],
    },
    "info": {
        "phone": ["If the chat drops, you can call us on {x}.", "Our direct line is {x} if you'd rather talk.", "You can also ring the office on {x}, weekdays 9 to 5.",
                  "Any problems, just phone {x}."],
        "email": ["Please send the scans to {x}.", "You can email us at {x} with any documents.", "Our address for paperwork is {x}.", "Reply to {x} with a photo and we'll sort it."],
        "addr": ["You can drop it off at {x}.", "Our office is at {x}.", "Collection is from {x}, Monday to Saturday.", "We're at {x} if you want to pop in."],
        "account": ["The deposit goes to our account {x}.", "You can pay by transfer to {x}.", "Bank details for the invoice: {x}."],
        "cid": ["For your records, our company number is {x}.", "The invoice will show our company no. {x}.", "Our registration number is {x}, in case your accountant asks."],
        "name": ["Just so you know, invoices come from {x}.", "You'll see {x} on the bank statement.", "{x} will send a confirmation shortly."],
    },
    "check": ["Let me have a look.", "One moment while I check.", "Thanks, checking that now.", "Bear with me a second.", "OK, I'm pulling that up."],
    "close_a": ["That's all done. Anything else I can help with?", "You're all set. Is there anything else?", "Great, that's sorted. Anything else today?",
                "All booked in. Can I help with anything else?", "Done! Is there anything else you need?", "That's everything on my side. Anything more?"],
    "thanks_c": ["no that's all, thanks!", "that's it, cheers", "nope, thank you", "no thanks, bye", "all good, thanks for your help", "thats all ta"],
    "bye_a": ["Have a lovely day!", "Thanks for chatting, take care.", "Bye for now!", "You're welcome. Have a good one.", "Thanks, goodbye!"],
}

L["nl"] = {
    "greet": [
        "Hallo, je chat met {co}. Ik ben {agent}, waarmee kan ik helpen?",
        "Goedemiddag, welkom bij {co}! Je spreekt met {agent}.",
        "Goedemorgen, {agent} van {co} hier. Wat kan ik voor u doen?",
        "Hoi, met {agent}. Waar kan ik je mee helpen?",
        "Bedankt voor je bericht aan {co}. Mijn naam is {agent}.",
        "Dag! U chat met {agent}. Wat is uw vraag?",
    ],
    "ack": ["", "Dank je. ", "Top, dank je wel. ", "Fijn. ", "Prima. ", "Oké. ", "Helder. ", "Dank u. ", "Mooi. "],
    "q": {
        "NAME": ["Mag ik uw volledige naam?", "Met wie spreek ik?", "Op welke naam staat het?", "En je naam?",
                 "Kun je je voor- en achternaam doorgeven?", "Welke naam mag ik op het formulier zetten?"],
        "EMAIL": ["Op welk e-mailadres ben je het best bereikbaar?", "Naar welk mailadres mag de bevestiging?", "Wat is uw e-mailadres?",
                  "Met welk e-mailadres heb je je aangemeld?", "Waar mag ik de papieren naartoe mailen?"],
        "PHONE": ["Op welk nummer kunnen we je bellen?", "Wat is uw telefoonnummer?", "Mag ik een nummer waarop je bereikbaar bent?",
                  "Heb je een 06-nummer voor een sms'je?", "Welk nummer mogen we op de dag zelf bellen?"],
        "DOB": ["Wat is uw geboortedatum?", "Kun je je geboortedatum bevestigen?", "En wanneer ben je geboren?",
                "Voor de controle: wat is je geboortedatum?", "Ik heb ook uw geboortedatum nodig, wat is die?"],
        "ADDR": ["Waar mogen we het naartoe sturen?", "Naar welk adres moet het?", "Waar wil je het laten bezorgen?",
                 "Wat is het postadres voor de brief?", "Welk adres zet ik op de factuur?", "En waar woon je?"],
        "CUST": ["Wat is uw klantnummer?", "Heb je je klantnummer bij de hand?", "Wat is je lidnummer?",
                 "Onder welk klantnummer staat het?", "Weet u uw relatienummer?"],
        "ACCT": ["Op welke rekening mogen we het terugstorten?", "Wat is je IBAN voor de terugbetaling?", "Naar welk rekeningnummer moet de borg terug?",
                 "Van welke rekening mogen we het incasseren?", "Welk rekeningnummer kan ik noteren?"],
        "CARD": ["Met welke creditcard wil je betalen?", "Kunt u het kaartnummer doorgeven?", "Wat is het nummer van de creditcard?",
                 "Zal ik de kaartgegevens nu noteren? Wat is het nummer?"],
        "PASS": ["Wat is uw paspoortnummer?", "Kun je het nummer van je paspoort of ID-kaart geven?", "Welk paspoortnummer zet ik op de lijst?",
                 "Ik heb je paspoortnummer nodig, heb je het bij de hand?"],
        "NID": ["Wat is uw BSN?", "Kun je je burgerservicenummer doorgeven?", "Voor het formulier heb ik je BSN nodig, wat is het?",
                "En uw burgerservicenummer?"],
        "BOOK": ["Wat is de boekingscode?", "Heb je de reserveringscode van zes tekens?", "Welke boekingscode staat op je bevestiging?",
                 "Kunt u de boekingscode van de luchtvaartmaatschappij geven?"],
        "FLIGHT": ["Met welke vlucht gaan jullie?", "Wat is het vluchtnummer?", "Weet je het vluchtnummer al?", "Welke vlucht neemt de groep?"],
        "TICKET": ["Wat is het ticketnummer?", "Kun je het ticketnummer van 13 cijfers geven?", "Heb je het ticketnummer uit de mail van de maatschappij?",
                   "Welk ticketnummer staat op het bonnetje?"],
    },
    "cued": {
        "NAME": ["mijn naam is {v}", "ik ben {v}", "naam: {v}", "u spreekt met {v}"],
        "EMAIL": ["mijn e-mail is {v}", "mail: {v}", "je kunt {v} gebruiken, dat is mijn mailadres", "e-mailadres is {v}"],
        "PHONE": ["mijn nummer is {v}", "mobiel: {v}", "bel me maar op {v}", "telefoonnummer is {v}"],
        "DOB": ["mijn geboortedatum is {v}", "geboren op {v}", "geb. {v}", "ik ben geboren op {v}"],
        "ADDR": ["mijn adres is {v}", "adres: {v}", "ik woon op {v}", "stuur het maar naar mijn huisadres, {v}"],
        "CUST": ["mijn klantnummer is {v}", "klantnr. {v}", "lidnummer {v}", "relatienummer is {v}"],
        "ACCT": ["mijn rekeningnummer is {v}", "IBAN: {v}", "rekening {v}", "stort het maar op {v}, dat is mijn rekening"],
        "CARD": ["kaartnummer is {v}", "het is een visa, {v}", "creditcard: {v}", "het kaartnummer: {v}"],
        "PASS": ["paspoortnummer is {v}", "paspoort: {v}", "mijn paspoortnr. is {v}", "het nummer op mijn paspoort is {v}"],
        "NID": ["mijn BSN is {v}", "burgerservicenummer: {v}", "BSN {v}", "mijn bsn: {v}"],
        "BOOK": ["de boekingscode is {v}", "boekingsnummer {v}", "reserveringscode: {v}", "code op de bevestiging: {v}"],
        "FLIGHT": ["we vliegen met {v}", "vluchtnummer {v}", "het is vlucht {v}", "we gaan met de {v}"],
        "TICKET": ["ticketnummer {v}", "e-ticket: {v}", "het ticketnr. is {v}", "ticketnummer is {v}"],
    },
    "bare": ["{v}", "{v}", "{v}", "{v}", "{v} 👍", "ja, {v}", "eh {v}", "{v} volgens mij", "hier: {v}", "{v}\ndat is 'm"],
    "fill": ["eh, ", "nou ", "oké ", "dus ", "ehm "],
    "wait_c": ["momentje", "even zoeken hoor", "ogenblikje", "wacht even, het ligt in de andere kamer", "sec"],
    "wait_a": ["Geen haast.", "Neem de tijd.", "Prima, ik wacht even.", "Natuurlijk, geen probleem.", "Ik blijf erbij."],
    "back": [("is dat het nummer op de brief?", "Ja, precies die."), ("waar vind ik dat?", "Dat staat meestal bovenaan onze mails."),
             ("helemaal?", "Ja graag, het hele nummer."), ("met of zonder letters?", "Graag precies zoals het er staat.")],
    "ask_two": ["En mag ik ook nog dit: ", "Nog één ding: ", "Verder: ", "En nu we toch bezig zijn: "],
    "list_ask": {
        "trav": ["Kun je de namen, geboortedata en paspoortnummers van alle reizigers sturen?", "Graag per reiziger: volledige naam, geboortedatum en paspoortnummer.",
                 "Ik heb per persoon naam, geboortedatum en paspoortnummer nodig. Kunt u die doorsturen?"],
        "fam": ["Wie moeten er nog meer op? Graag naam en geboortedatum per persoon.", "Kun je iedereen opsommen met volledige naam en geboortedatum?",
                "Geef me graag de naam en geboortedatum van elke persoon."],
        "mem": ["Voor welke leden is het? Graag naam en lidnummer per persoon.", "Kunt u de accounts opsommen: naam en klantnummer?",
                "Stuur maar per persoon de naam met het klantnummer."],
        "nid": ["Ik heb van iedere aanvrager naam en BSN nodig. Kun je ze opsommen?", "Graag van iedereen de volledige naam en het burgerservicenummer."],
    },
    "list_lead": ["alsjeblieft:", "oké, hier zijn ze", "ja hoor", "dit zijn ze:", "komt ie:"],
    "rel": ["ik", "mijn vrouw", "mijn man", "onze zoon", "onze dochter", "mijn broer", "mijn collega", "mijn partner"],
    "and": " en ",
    "split_more": ["{v}", "{v} sorry, te vroeg op enter", "...{v}", "en {v}", "{v} is de rest"],
    "split_fix": ["sorry, {v}", "nee wacht, het is {v}", "typfout, moet {v} zijn", "correctie: {v}", "{v} *"],
    "split_first": ["{v}", "het is {v}", "{v}", "oké {v}"],
    "disg_lead": ["", "het is ", "oké dus ", "dat is "],
    "addr_tail": ["", "", " dank je", "\nde groene deur", " (bovenwoning)"],
    "neg": {
        "case_q": ["Heb je een zaaknummer van eerder contact?", "Stond er een dossiernummer in onze laatste mail?", "Is hier al een meldingsnummer voor?"],
        "voucher_q": ["Heb je een kortingscode?", "Wil je een waardebon gebruiken?", "Heb je een actiecode uit de nieuwsbrief?"],
        "track_q": ["Om welk pakket gaat het? De track & trace-code is genoeg.", "Kun je het trackingnummer geven?", "Wat is de trackingcode in de verzendmail?"],
        "dest_q": ["Waar vliegen jullie naartoe?", "Naar welke stad gaat de groep?", "Wat is de bestemming?"],
        "date_q": ["Wanneer vliegen jullie?", "Op welke datum vertrek je?", "Welke dag is het vertrek?"],
        "appt_q": ["Welke datum komt je uit?", "Op welke dag wil je langskomen?", "Wanneer mogen we bij je langskomen?"],
        "order_ok": ["Dat is een ordernummer, geen klantnummer. Geeft niks, ik zoek je wel op een andere manier op.", "Hm, dat lijkt een bestelnummer. Ik zoek je op naam op.",
                     "Dat is het ordernummer. Geen zorgen, het lukt ook zonder."],
        "inv_ok": ["Dat is het factuurnummer, maar daarmee vind ik je ook.", "Ah, een factuurnummer. Prima, ik heb je gevonden.", "Dat is onze factuurreferentie, ik zie je account al."],
        "dob_mix": ["Sorry, ik bedoelde uw eigen geboortedatum.", "Dat is volgens mij de reisdatum. Ik heb je geboortedatum nodig.", "Nee, ik bedoel wanneer je geboren bent, sorry voor de verwarring."],
        "appt_ok": ["We hebben die dag om {x} nog plek. Zal ik het vastzetten?", "Om {x} kan het die dag. Is dat goed?", "Ik kan die ochtend om {x}."],
        "price": ["Dat komt op {x} inclusief btw.", "Het totaal is {x}.", "Dat wordt {x}, vooraf te betalen.", "Alles bij elkaar {x}."],
        "qty": ["mag ik {q} van {p}?", "ik heb {q} nodig van artikel {p}", "{q} van {p} graag", "{p}, {q}"],
        "room": ["Het is in zaal {r} van onze vestiging {b}.", "Je zit in ruimte {r}, vestiging {b}.", "Meld je bij vestiging {b} en vraag naar ruimte {r}."],
        "cust_room": ["we zaten vorige keer in ruimte {r}", "kunnen we weer ruimte {r}?", "vorige keer hadden we zaal {r}"],
    },
    "info": {
        "phone": ["Als de chat wegvalt, kun je ons bellen op {x}.", "Ons directe nummer is {x} als je liever belt.", "U kunt ook het kantoor bellen op {x}, op werkdagen van 9 tot 5.",
                  "Bij problemen bel je gewoon {x}."],
        "email": ["Stuur de scans maar naar {x}.", "Documenten kun je mailen naar {x}.", "Ons mailadres voor de papieren is {x}.", "Mail een foto naar {x} en we regelen het."],
        "addr": ["Je kunt het afgeven op {x}.", "Ons kantoor zit op {x}.", "Ophalen kan op {x}, maandag t/m zaterdag.", "We zitten op {x} als je langs wilt komen."],
        "account": ["De aanbetaling gaat naar onze rekening {x}.", "Overmaken kan naar {x}.", "Bankgegevens voor de factuur: {x}."],
        "cid": ["Voor uw administratie: ons KvK-nummer is {x}.", "Op de factuur staat ons KvK-nummer {x}.", "Ons KvK is {x}, mocht je boekhouder erom vragen."],
        "name": ["Ter info: de factuur komt van {x}.", "Op je afschrift zie je {x} staan.", "{x} stuurt zo een bevestiging."],
    },
    "check": ["Ik kijk even.", "Momentje, ik zoek het op.", "Dank je, ik check het nu.", "Even geduld.", "Oké, ik haal het erbij."],
    "close_a": ["Alles is geregeld. Kan ik nog ergens mee helpen?", "Je bent helemaal klaar. Verder nog iets?", "Top, dat staat. Nog andere vragen?",
                "Het is ingepland. Kan ik nog iets anders voor u doen?", "Klaar! Heb je nog iets nodig?", "Dat was alles van mijn kant. Nog iets?"],
    "thanks_c": ["nee dat was het, bedankt!", "dat was alles, thx", "nee hoor, dank je", "nee dank u, fijne dag", "helemaal goed, bedankt voor de hulp", "das alles tnx"],
    "bye_a": ["Fijne dag nog!", "Bedankt voor het chatten, doei.", "Tot ziens!", "Graag gedaan. Fijne dag.", "Dank u wel, tot ziens!"],
}

L["nb"] = {
    "greet": [
        "Hei, du chatter med {co}. Jeg heter {agent}, hva kan jeg hjelpe med?",
        "Hallo og velkommen til {co}! Det er {agent} her.",
        "God morgen, {agent} fra {co}. Hva kan jeg gjøre for deg?",
        "Hei! {agent} her. Hva lurer du på?",
        "Takk for at du tok kontakt med {co}. Mitt navn er {agent}.",
        "Hei hei, du snakker med {agent}. Hvordan kan jeg hjelpe?",
    ],
    "ack": ["", "Takk. ", "Supert, takk. ", "Flott. ", "Perfekt. ", "Ok. ", "Skjønner. ", "Tusen takk. ", "Fint. "],
    "q": {
        "NAME": ["Kan jeg få fullt navn?", "Hvem snakker jeg med?", "Hvilket navn står bestillingen på?", "Og navnet ditt?",
                 "Kan du oppgi fornavn og etternavn?", "Hvilket navn skal jeg sette på skjemaet?"],
        "EMAIL": ["Hvilken e-postadresse når vi deg best på?", "Hvor skal bekreftelsen sendes?", "Kan du gi meg e-postadressen din?",
                  "Hvilken e-post registrerte du deg med?", "Hvor skal jeg sende papirene?"],
        "PHONE": ["Hvilket nummer kan vi ringe deg på?", "Hva er telefonnummeret ditt?", "Kan jeg få et nummer du kan nås på?",
                  "Har du et mobilnummer vi kan sende SMS til?", "Hvilket nummer skal vi ringe på dagen?"],
        "DOB": ["Hva er fødselsdatoen din?", "Kan du bekrefte fødselsdatoen?", "Og når er du født?",
                "Til kontrollen: hva er fødselsdatoen din?", "Jeg trenger fødselsdatoen også, hva er den?"],
        "ADDR": ["Hvor skal vi sende det?", "Hvilken adresse skal det til?", "Hvor vil du ha det levert?",
                 "Hva er postadressen for brevet?", "Hvilken adresse skal stå på fakturaen?", "Og hvor bor du?"],
        "CUST": ["Hva er kundenummeret ditt?", "Har du kundenummeret for hånden?", "Hva er medlemsnummeret ditt?",
                 "Hvilket kundenummer står det på?", "Husker du kundenummeret ditt hos oss?"],
        "ACCT": ["Hvilket kontonummer skal vi betale tilbake til?", "Kan du gi meg kontoen for tilbakebetalingen?", "Hvor skal depositumet betales tilbake?",
                 "Hvilken konto skal vi trekke fra?", "Hvilket kontonummer kan jeg notere?"],
        "CARD": ["Hvilket kort vil du betale med?", "Kan du lese opp kortnummeret?", "Hva er kortnummeret?",
                 "Skal jeg ta kortopplysningene nå? Hva er nummeret?"],
        "PASS": ["Hva er passnummeret ditt?", "Kan du oppgi nummeret på passet?", "Hvilket passnummer skal jeg føre opp?",
                 "Jeg trenger passnummeret ditt, har du det for hånden?"],
        "NID": ["Hva er fødselsnummeret ditt?", "Kan du oppgi personnummeret (11 siffer)?", "Til skjemaet trenger jeg fødselsnummeret ditt, hva er det?",
                "Og fødselsnummeret?"],
        "BOOK": ["Hva er bestillingsreferansen?", "Har du bookingkoden på seks tegn?", "Hvilken referanse står på bekreftelsen?",
                 "Kan du gi meg flyselskapets bookingnummer?"],
        "FLIGHT": ["Hvilket fly skal dere med?", "Hva er rutenummeret?", "Vet du flightnummeret ennå?", "Hvilket fly tar gruppen?"],
        "TICKET": ["Hva er billettnummeret?", "Kan du gi meg billettnummeret på 13 siffer?", "Har du billettnummeret fra e-posten fra flyselskapet?",
                   "Hvilket billettnummer står på kvitteringen?"],
    },
    "cued": {
        "NAME": ["jeg heter {v}", "navnet er {v}", "navn: {v}", "det er {v} her"],
        "EMAIL": ["e-posten min er {v}", "e-post: {v}", "bruk {v}, det er mailen min", "e-postadressen er {v}"],
        "PHONE": ["nummeret mitt er {v}", "mobil: {v}", "ring meg på {v}", "telefonnummeret er {v}"],
        "DOB": ["fødselsdatoen min er {v}", "født {v}", "f. {v}", "jeg er født {v}"],
        "ADDR": ["adressen min er {v}", "adresse: {v}", "jeg bor i {v}", "send det til hjemmeadressen, {v}"],
        "CUST": ["kundenummeret mitt er {v}", "kundenr. {v}", "medlemsnummer {v}", "kundenummeret er {v}"],
        "ACCT": ["kontonummeret mitt er {v}", "konto: {v}", "kontonr {v}", "sett det inn på {v}, det er kontoen min"],
        "CARD": ["kortnummeret er {v}", "det er et visa, {v}", "kort: {v}", "kortnummer: {v}"],
        "PASS": ["passnummeret er {v}", "pass: {v}", "passnr. mitt er {v}", "nummeret på passet er {v}"],
        "NID": ["fødselsnummeret mitt er {v}", "fnr: {v}", "personnummer {v}", "fødselsnr. {v}"],
        "BOOK": ["bestillingsreferansen er {v}", "bookingkoden er {v}", "booking ref {v}", "referanse på bekreftelsen: {v}"],
        "FLIGHT": ["vi flyr med {v}", "rutenummer {v}", "det er fly {v}", "vi tar {v}"],
        "TICKET": ["billettnummer {v}", "e-billett: {v}", "billettnr. er {v}", "billettnummeret er {v}"],
    },
    "bare": ["{v}", "{v}", "{v}", "{v}", "{v} 👍", "ja, {v}", "øh {v}", "{v} tror jeg", "her: {v}", "{v}\nsånn"],
    "fill": ["altså, ", "ehm ", "ok ", "så ", "jo, "],
    "wait_c": ["et øyeblikk", "vent litt, må finne det", "to sek", "vent, det ligger i den andre veska", "øyeblikk"],
    "wait_a": ["Ingen hast.", "Bare ta den tiden du trenger.", "Klart, jeg venter.", "Selvsagt, ikke noe problem.", "Jeg er her."],
    "back": [("er det nummeret på brevet?", "Ja, det stemmer."), ("hvor finner jeg det?", "Det står som regel øverst i e-postene våre."),
             ("hele?", "Ja takk, hele nummeret."), ("med eller uten bokstaver?", "Akkurat slik det står, takk.")],
    "ask_two": ["Og kan jeg også få dette: ", "En ting til: ", "Dessuten: ", "Og mens vi er i gang: "],
    "list_ask": {
        "trav": ["Kan du sende navn, fødselsdato og passnummer for alle som reiser?", "Oppgi gjerne for hver reisende: fullt navn, fødselsdato og passnummer.",
                 "Jeg trenger navn, fødselsdato og passnummer for hver person. Kan du sende det?"],
        "fam": ["Hvem flere skal være med? Navn og fødselsdato for hver, takk.", "Kan du liste opp alle med fullt navn og fødselsdato?",
                "Gi meg gjerne navn og fødselsdato for hver person."],
        "mem": ["Hvilke medlemmer gjelder det? Navn og medlemsnummer for hver, takk.", "Kan du liste opp kontoene: navn og kundenummer?",
                "Send gjerne navnet til hver med kundenummeret."],
        "nid": ["Jeg trenger navn og fødselsnummer for hver søker. Kan du liste dem opp?", "Oppgi gjerne fullt navn og fødselsnummer for alle."],
    },
    "list_lead": ["værsågod:", "ok, her er de", "ja da", "dette er de:", "her:"],
    "rel": ["meg", "kona mi", "mannen min", "sønnen vår", "datteren vår", "broren min", "kollegaen min", "samboeren min"],
    "and": " og ",
    "split_more": ["{v}", "{v} sorry, trykket enter for tidlig", "...{v}", "og {v}", "{v} er resten"],
    "split_fix": ["sorry, {v}", "nei vent, det er {v}", "skrivefeil, skal være {v}", "rettelse: {v}", "{v} *"],
    "split_first": ["{v}", "det er {v}", "{v}", "ok {v}"],
    "disg_lead": ["", "det er ", "ok så ", "det blir "],
    "addr_tail": ["", "", " takk", "\nden røde døra", " (sokkelleiligheten)"],
    "neg": {
        "case_q": ["Har du et saksnummer fra tidligere?", "Stod det et saksnummer i forrige e-post fra oss?", "Finnes det allerede en henvendelse på dette?"],
        "voucher_q": ["Har du en rabattkode?", "Vil du bruke et gavekort eller en kode?", "Fikk du en kampanjekode i nyhetsbrevet?"],
        "track_q": ["Hvilken pakke gjelder det? Sporingsnummeret holder.", "Kan du gi meg sporingsnummeret?", "Hva er sporingskoden i e-posten om sendingen?"],
        "dest_q": ["Hvor skal dere fly?", "Hvilken by skal gruppen til?", "Hva er reisemålet?"],
        "date_q": ["Når flyr dere?", "Hvilken dato reiser du?", "Hvilken dag er avreise?"],
        "appt_q": ["Hvilken dato passer for deg?", "Hvilken dag vil du komme innom?", "Når vil du at vi skal komme?"],
        "order_ok": ["Det er et ordrenummer, ikke kundenummer. Ikke noe problem, jeg finner deg på en annen måte.", "Hm, det ser ut som et ordrenummer. Jeg søker deg opp på navn.",
                     "Det er ordrenummeret. Ikke tenk på det, det går fint uten."],
        "inv_ok": ["Det er fakturanummeret, men med det finner jeg deg også.", "Ah, et fakturanummer. Fint, jeg har funnet deg.", "Det er fakturareferansen vår, jeg ser kontoen din."],
        "dob_mix": ["Beklager, jeg mente din egen fødselsdato.", "Det er vel reisedatoen. Jeg trenger fødselsdatoen din.", "Nei, jeg mente når du er født, beklager forvirringen."],
        "appt_ok": ["Vi har ledig kl. {x} den dagen. Skal jeg sette deg opp?", "Kl. {x} går fint den dagen. Passer det?", "Jeg kan {x} den formiddagen."],
        "price": ["Det blir {x} inkl. mva.", "Totalt {x}.", "Det blir {x}, betales på forskudd.", "Alt i alt {x}."],
        "qty": ["kan jeg få {q} av {p}?", "trenger {q} av vare {p}", "{q} av {p} takk", "{p}, {q}"],
        "room": ["Det er i rom {r} på avdelingen vår i {b}.", "Du skal til rom {r}, avdeling {b}.", "Møt opp på avdelingen i {b} og spør etter rom {r}."],
        "cust_room": ["vi var på rom {r} sist", "kan vi få rom {r} igjen?", "sist hadde vi rom {r}"],
    },
    "info": {
        "phone": ["Hvis chatten faller ut, kan du ringe oss på {x}.", "Direktenummeret vårt er {x} om du heller vil ringe.", "Du kan også ringe kontoret på {x}, hverdager 9–16.",
                  "Ved problemer er det bare å ringe {x}."],
        "email": ["Send gjerne skanningene til {x}.", "Dokumenter kan du sende til {x}.", "E-postadressen vår for papirer er {x}.", "Send et bilde til {x}, så ordner vi det."],
        "addr": ["Du kan levere det hos oss i {x}.", "Kontoret vårt ligger i {x}.", "Henting skjer i {x}, mandag til lørdag.", "Vi holder til i {x} om du vil stikke innom."],
        "account": ["Depositumet betales til konto {x}.", "Du kan overføre til {x}.", "Bankopplysninger til fakturaen: {x}."],
        "cid": ["Til orientering: organisasjonsnummeret vårt er {x}.", "På fakturaen står org.nr. {x}.", "Org.nr. er {x}, hvis regnskapsføreren spør."],
        "name": ["Bare så du vet det: fakturaen kommer fra {x}.", "På kontoutskriften står det {x}.", "{x} sender en bekreftelse straks."],
    },
    "check": ["Jeg skal se.", "Et øyeblikk, jeg sjekker.", "Takk, sjekker nå.", "Vent litt.", "Ok, jeg henter det opp."],
    "close_a": ["Da er alt ordnet. Er det noe mer jeg kan hjelpe med?", "Nå er du klar. Noe annet?", "Supert, det er på plass. Andre spørsmål?",
                "Det er booket. Kan jeg hjelpe med noe mer?", "Ferdig! Trenger du noe mer?", "Det var alt fra meg. Noe mer?"],
    "thanks_c": ["nei, det var alt, takk!", "det var det, takk", "nei takk", "nei takk, ha det", "alt i orden, takk for hjelpen", "d var alt takk"],
    "bye_a": ["Ha en fin dag!", "Takk for praten, ha det bra.", "Ha det!", "Bare hyggelig. Ha en god dag.", "Takk, ha det godt!"],
}

L["ru"] = {
    "greet": [
        "Здравствуйте! {co}, меня зовут {agent}. Чем могу помочь?",
        "Добрый день, вас приветствует {co}. На связи {agent}.",
        "Доброе утро! Это {agent}, {co}. Что у вас случилось?",
        "Здравствуйте, {agent} на связи. Слушаю вас.",
        "Спасибо за обращение! {co}, меня зовут {agent}.",
        "Добрый день! Вам отвечает {agent}. Чем могу быть полезна?",
    ],
    "ack": ["", "Спасибо. ", "Отлично, спасибо. ", "Хорошо. ", "Записала. ", "Так. ", "Понятно. ", "Благодарю. ", "Принято. "],
    "q": {
        "NAME": ["Подскажите, пожалуйста, ваше ФИО?", "Как к вам обращаться?", "На кого оформлен заказ?", "А как вас зовут?",
                 "Напишите, пожалуйста, имя и фамилию.", "Какое имя указать в заявлении?"],
        "EMAIL": ["На какую почту вам удобнее писать?", "На какой адрес отправить подтверждение?", "Подскажите вашу электронную почту?",
                  "С какой почты вы регистрировались?", "Куда выслать документы по почте?"],
        "PHONE": ["По какому номеру с вами связаться?", "Какой у вас телефон?", "Оставите номер, по которому можно дозвониться?",
                  "Есть мобильный, на который можно прислать СМС?", "На какой номер звонить в день визита?"],
        "DOB": ["Какая у вас дата рождения?", "Подтвердите, пожалуйста, дату рождения.", "А когда вы родились?",
                "Для проверки: ваша дата рождения?", "Мне нужна ещё дата рождения, подскажете?"],
        "ADDR": ["Куда отправить?", "На какой адрес доставить?", "Куда вам привезти?",
                 "Какой почтовый адрес для письма?", "Какой адрес указать в счёте?", "А где вы живёте?"],
        "CUST": ["Какой у вас номер клиента?", "Номер клиента под рукой есть?", "Подскажите номер вашей карты участника?",
                 "На какой клиентский номер оформлено?", "Помните свой номер клиента у нас?"],
        "ACCT": ["На какой счёт вернуть деньги?", "Подскажите реквизиты для возврата?", "Куда перечислить залог обратно?",
                 "С какого счёта будет списание?", "Какой номер счёта записать?"],
        "CARD": ["Какой картой будете оплачивать?", "Продиктуйте, пожалуйста, номер карты?", "Какой номер карты?",
                 "Оформим оплату сейчас? Какой номер карты?"],
        "PASS": ["Какой номер загранпаспорта?", "Подскажите серию и номер паспорта?", "Какой номер паспорта вписать в список?",
                 "Мне нужен номер вашего загранпаспорта, он у вас под рукой?"],
        "NID": ["Подскажите ваш СНИЛС?", "Какой у вас ИНН?", "Для заявления нужен СНИЛС или ИНН, подскажете?", "А ваш ИНН?"],
        "BOOK": ["Какой код бронирования?", "У вас есть шестизначный код брони?", "Какой номер брони указан в подтверждении?",
                 "Подскажите код бронирования авиакомпании?"],
        "FLIGHT": ["Каким рейсом летите?", "Какой номер рейса?", "Номер рейса уже известен?", "Каким рейсом летит группа?"],
        "TICKET": ["Какой номер электронного билета?", "Подскажите номер билета из 13 цифр?", "Номер билета из письма авиакомпании у вас есть?",
                   "Какой номер билета указан в квитанции?"],
    },
    "cued": {
        "NAME": ["меня зовут {v}", "я {v}", "ФИО: {v}", "это {v}"],
        "EMAIL": ["моя почта {v}", "почта: {v}", "пишите на {v}, это мой ящик", "e-mail {v}"],
        "PHONE": ["мой номер {v}", "мобильный: {v}", "звоните на {v}", "у меня телефон {v}"],
        "DOB": ["дата рождения {v}", "я родился {v}", "д.р. {v}", "родилась {v}"],
        "ADDR": ["мой адрес: {v}", "адрес — {v}", "я живу по адресу {v}", "отправьте на домашний адрес, {v}"],
        "CUST": ["мой номер клиента {v}", "номер клиента: {v}", "у меня номер участника {v}", "клиентский номер {v}"],
        "ACCT": ["мой счёт {v}", "номер счёта: {v}", "счёт {v}", "переведите на {v}, это мой счёт"],
        "CARD": ["номер карты {v}", "карта мир, {v}", "карта: {v}", "номер карты: {v}"],
        "PASS": ["номер загранпаспорта {v}", "паспорт: {v}", "у меня загран {v}", "номер паспорта — {v}"],
        "NID": ["мой СНИЛС {v}", "ИНН: {v}", "СНИЛС — {v}", "вот ИНН: {v}"],
        "BOOK": ["код брони {v}", "код бронирования: {v}", "номер брони {v}", "в подтверждении код {v}"],
        "FLIGHT": ["летим рейсом {v}", "рейс {v}", "номер рейса {v}", "у нас рейс {v}"],
        "TICKET": ["номер билета {v}", "электронный билет: {v}", "билет № {v}", "номер билета — {v}"],
    },
    "bare": ["{v}", "{v}", "{v}", "{v}", "{v} 👍", "да, {v}", "ээ {v}", "{v} вроде", "вот: {v}", "{v}\nвсё"],
    "fill": ["ну, ", "так, ", "эм ", "короче ", "ага, "],
    "wait_c": ["секунду", "сейчас поищу", "минутку", "подождите, документы в другой сумке", "щас"],
    "wait_a": ["Не спешите.", "Конечно, я подожду.", "Хорошо, жду.", "Без проблем.", "Я на связи."],
    "back": [("это номер из письма?", "Да, именно он."), ("а где его посмотреть?", "Обычно он указан вверху наших писем."),
             ("целиком?", "Да, пожалуйста, полностью."), ("с буквами или без?", "Как написано, пожалуйста.")],
    "ask_two": ["И ещё, пожалуйста: ", "И последнее: ", "Кроме того: ", "Заодно уточню: "],
    "list_ask": {
        "trav": ["Пришлите, пожалуйста, ФИО, даты рождения и номера загранпаспортов всех участников поездки.", "Напишите по каждому путешественнику: ФИО, дата рождения, номер загранпаспорта.",
                 "Мне нужны имя, дата рождения и номер паспорта по каждому человеку. Пришлёте?"],
        "fam": ["Кого ещё вписать? ФИО и дату рождения каждого, пожалуйста.", "Перечислите, пожалуйста, всех с ФИО и датой рождения.",
                "Напишите имя и дату рождения каждого."],
        "mem": ["Для каких участников? ФИО и номер участника по каждому, пожалуйста.", "Перечислите, пожалуйста, аккаунты: имя и номер клиента.",
                "Пришлите по каждому имя и номер клиента."],
        "nid": ["Мне нужны ФИО и СНИЛС каждого заявителя. Перечислите?", "Напишите, пожалуйста, ФИО и ИНН всех."],
    },
    "list_lead": ["вот:", "так, вот они", "пожалуйста", "вот список:", "держите:"],
    "rel": ["я", "жена", "муж", "сын", "дочь", "брат", "коллега", "сестра"],
    "and": " и ",
    "split_more": ["{v}", "{v} извините, рано отправила", "...{v}", "и {v}", "{v} это остальное"],
    "split_fix": ["извините, {v}", "нет, стоп, {v}", "опечатка, правильно {v}", "исправляю: {v}", "{v} *"],
    "split_first": ["{v}", "так, {v}", "{v}", "ок {v}"],
    "disg_lead": ["", "это ", "значит ", "пишите "],
    "addr_tail": ["", "", " спасибо", "\nдомофон не работает", " (вход со двора)"],
    "neg": {
        "case_q": ["У вас есть номер обращения с прошлого раза?", "В нашем письме был номер заявки?", "По этому вопросу уже заведено обращение?"],
        "voucher_q": ["У вас есть промокод?", "Хотите использовать сертификат или код скидки?", "Вам приходил промокод в рассылке?"],
        "track_q": ["О какой посылке речь? Трек-номера достаточно.", "Подскажите трек-номер?", "Какой трек-номер в письме об отправке?"],
        "dest_q": ["Куда летите?", "В какой город едет группа?", "Какой пункт назначения?"],
        "date_q": ["Когда вылет?", "Какого числа вы улетаете?", "В какой день отправление?"],
        "appt_q": ["Какая дата вам удобна?", "В какой день хотите подойти?", "Когда вам удобно, чтобы мастер приехал?"],
        "order_ok": ["Это номер заказа, а не номер клиента. Ничего страшного, найду вас по-другому.", "Хм, похоже на номер заказа. Поищу по фамилии.",
                     "Это номер заказа. Не переживайте, справлюсь и без него."],
        "inv_ok": ["Это номер счёта на оплату, но по нему я вас тоже нашла.", "А, это номер счёта. Хорошо, вижу вашу карточку.", "Это наш номер счёта, клиента по нему вижу."],
        "dob_mix": ["Извините, я имела в виду вашу дату рождения.", "Это, кажется, дата поездки. Мне нужна дата рождения.", "Нет, я про дату рождения, простите за путаницу."],
        "appt_ok": ["В этот день свободно в {x}. Записываю?", "В {x} в этот день можно. Удобно?", "Могу предложить {x} в тот день утром."],
        "price": ["Итого {x} с НДС.", "Сумма {x}.", "Выйдет {x}, оплата заранее.", "Всего {x}."],
        "qty": ["можно {q} артикула {p}?", "нужно {q}, артикул {p}", "{p}, {q}", "{q} позиции {p}, пожалуйста"],
        "room": ["Это кабинет {r} в нашем филиале в {b}.", "Вам в кабинет {r}, филиал в {b}.", "Приходите в филиал в {b}, кабинет {r}."],
        "cust_room": ["в прошлый раз мы были в зале {r}", "можно опять зал {r}?", "тогда у нас был кабинет {r}"],
    },
    "info": {
        "phone": ["Если чат прервётся, звоните нам по номеру {x}.", "Наш прямой номер {x}, если удобнее по телефону.", "Можно также позвонить в офис: {x}, по будням с 9 до 18.",
                  "Если что, звоните {x}."],
        "email": ["Сканы пришлите, пожалуйста, на {x}.", "Документы можно отправить на {x}.", "Наша почта для документов: {x}.", "Пришлите фото на {x}, и мы всё решим."],
        "addr": ["Привезти можно по адресу: {x}.", "Наш офис: {x}.", "Самовывоз: {x}, с понедельника по субботу.", "Мы находимся по адресу {x}, заходите."],
        "account": ["Предоплату переводите на наш расчётный счёт {x}.", "Оплатить можно переводом на счёт {x}.", "Реквизиты для счёта: р/с {x}."],
        "cid": ["Для бухгалтерии: наш ИНН {x}.", "В счёте будет указан ИНН {x}.", "ИНН организации {x}, если понадобится."],
        "name": ["Для справки: отправитель счёта — {x}.", "В банковской выписке получатель будет указан как {x}.", "{x} пришлёт подтверждение в ближайшее время."],
    },
    "check": ["Сейчас посмотрю.", "Минутку, проверяю.", "Спасибо, уже смотрю.", "Одну секунду.", "Так, открываю."],
    "close_a": ["Всё оформлено. Могу ещё чем-то помочь?", "Готово. Что-нибудь ещё?", "Отлично, всё в порядке. Есть ещё вопросы?",
                "Записала. Чем-то ещё помочь?", "Готово! Нужно ещё что-нибудь?", "С моей стороны всё. Что-то ещё?"],
    "thanks_c": ["нет, это всё, спасибо!", "всё, спасибо", "нет, благодарю", "нет, спасибо, до свидания", "всё отлично, спасибо за помощь", "спс, всё"],
    "bye_a": ["Хорошего дня!", "Спасибо за обращение, всего доброго.", "До свидания!", "Обращайтесь. Хорошего дня.", "Спасибо, всего хорошего!"],
}

WAIT_C = {lang: L[lang]["wait_c"] for lang in LANGS}

# ---------------------------------------------------------------------------------------
# building a chat
# ---------------------------------------------------------------------------------------

ETYPE = {"NAME": "PERSON", "EMAIL": "EMAIL_ADDRESS", "PHONE": "PHONE_NUMBER", "DOB": "DATE_OF_BIRTH", "ADDR": "LOCATION",
         "CUST": "CUSTOMER_NUMBER", "CARD": "CREDIT_CARD", "PASS": "PASSPORT", "NID": "NATIONAL_ID",
         "BOOK": "BOOKING_REFERENCE", "FLIGHT": "FLIGHT_NUMBER", "TICKET": "TICKET_NUMBER"}
RU_MASC_OPENERS = ("сдал ", "записался", "Заказал", "сдавал")
RU_GENDER_SWAP = {"m": [("родилась", "родился"), ("отправила", "отправил")], "f": [("родился", "родилась"), ("отправил ", "отправила ")]}
#: sectors that sell or ship goods (article numbers, quantities, parcels), that send documents by
#: post, and that receive people in rooms
GOODS = {"scaffolding_hire", "lab_glassware_supplier", "tractor_parts", "team_kit_supplier", "taxidermy", "stonemason",
         "well_drilling", "organ_builder", "vintage_car_restoration"}
DOCS = {"public_library", "land_registry", "drone_registration", "hunting_licence"}
ROOMS = {"hunting_licence", "land_registry", "public_library", "notary_office", "drone_registration",
         "film_extras_casting", "archery_range"}
#: sectors that come out to the customer's place
VISITS = {"scaffolding_hire", "well_drilling", "organ_builder", "stonemason"}
HOMO = {"0": ["O", "О"], "1": ["l", "I"], "3": ["З"], "5": ["S"], "8": ["B"]}


def lower_first(s: str) -> str:
    if s.startswith(("I ", "I'")) or (len(s) > 1 and s[1].isupper()):
        return s
    return s[:1].lower() + s[1:]


def homoglyphs(rng: random.Random, value: str) -> str:
    idx = [i for i, c in enumerate(value) if c in HOMO]
    chars = list(value)
    for i in rng.sample(idx, min(len(idx), rng.choice([1, 2, 2, 3]))):
        chars[i] = rng.choice(HOMO[chars[i]])
    return "".join(chars)


def change_digit(rng: random.Random, value: str) -> str:
    idx = [i for i, c in enumerate(value) if c.isdigit()]
    i = rng.choice(idx[1:] or idx)
    return value[:i] + rng.choice([d for d in "0123456789" if d != value[i]]) + value[i + 1 :]


def cut(rng: random.Random, value: str, k: int) -> list[str]:
    """Cut ``value`` into k trimmed, non-empty pieces, at spaces where it has them."""
    if value.count(" ") >= k - 1:
        sp = [i for i, c in enumerate(value) if c == " "]
        points = sorted(rng.sample(sp, k - 1))
    else:
        n = len(value)
        if n < 3 * k:
            k = 2
        step = n // k
        points = [step * j + rng.randint(-1, 1) for j in range(1, k)]
        points = [p for p in points if 2 <= p <= n - 2]
        points = [p for i, p in enumerate(points) if i == 0 or p - points[i - 1] >= 2]
    pieces, last = [], 0
    for p in points:
        pieces.append(value[last:p].strip())
        last = p
    pieces.append(value[last:].strip())
    return [p.strip("-").strip() for p in pieces if p.strip("-").strip()]


class Chat:
    def __init__(self, rng: random.Random, lang: str, sector: dict, cls: str, trick: int, n: int = 0) -> None:
        self.rng, self.lang, self.s, self.cls, self.trick, self.n = rng, lang, sector, cls, trick, n
        self.lx = L[lang]
        self.biz = sector["biz"][lang]
        self.flights = sector["flights"]
        self.turns: list[tuple[str, list]] = []
        self.asked_once = False
        self.used: set[str] = set()
        self.later: list[str] = []
        self.ru_nid = rng.choice(["snils", "inn"])

    # --- small helpers ----------------------------------------------------------------
    def pick(self, xs):
        return self.rng.choice(xs)

    def a(self, parts) -> None:
        self.turns.append(("agent", parts if isinstance(parts, list) else [parts]))

    def c(self, parts, prefix: bool = True) -> None:
        parts = parts if isinstance(parts, list) else [parts]
        self.turns.append(("customer", self.style(parts, prefix)))

    def style(self, parts: list, prefix: bool) -> list:
        rng, out = self.rng, list(parts)
        if self.lang == "ru":
            swaps = RU_GENDER_SWAP[self.p["g"]]
            out = [self._swap(x, swaps) if isinstance(x, str) else x for x in out]
        r = rng.random()
        if r < 0.3:
            out = [x.lower() if isinstance(x, str) else x for x in out]
        if prefix and rng.random() < 0.12 and isinstance(out[0], str) and out[0].strip():
            out[0] = self.pick(self.lx["fill"]) + lower_first(out[0])
        if rng.random() < 0.12:
            i = rng.randrange(len(out))
            if isinstance(out[i], str):
                out[i] = self._typo(out[i])
        if isinstance(out[-1], str) and out[-1].endswith((".", "!")) and rng.random() < 0.4:
            out[-1] = out[-1][:-1]
        return [x for x in out if not (isinstance(x, str) and x == "")]

    @staticmethod
    def _swap(s: str, swaps) -> str:
        for a, b in swaps:
            s = s.replace(a, b)
        return s

    def _typo(self, s: str) -> str:
        words = [(i, w) for i, w in enumerate(s.split(" ")) if len(w) >= 5 and w.isalpha()]
        if not words:
            return s
        i, w = self.pick(words)
        j = self.rng.randint(1, len(w) - 3)
        w2 = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
        ws = s.split(" ")
        ws[i] = w2
        return " ".join(ws)

    def ack(self) -> str:
        if not self.asked_once:
            self.asked_once = True
            return ""
        return self.pick(self.lx["ack"])

    def fits(self, texts: list[str]) -> list[str]:
        """In Russian, the phrasings that name the national number the chat uses (SNILS or
        INN), or neither."""
        if self.lang != "ru":
            return texts
        other = "ИНН" if self.ru_nid == "snils" else "СНИЛС"
        return [t for t in texts if other not in t] or texts

    def q(self, typ: str) -> str:
        self.used.add(typ)
        return self.then(self.pick(self.fits(self.lx["q"][typ])))

    def then(self, text: str) -> str:
        """An acknowledgement (or none) and the agent's next sentence."""
        a = self.ack()
        return a + (lower_first(text) if a.endswith(", ") else text)

    def tpl(self, tpl: str, **slots) -> list:
        return T(tpl, **slots)

    # --- values -----------------------------------------------------------------------
    def value(self, typ: str, lower_ok: bool = False) -> tuple[str, str]:
        rng, lang, p = self.rng, self.lang, self.p
        if typ == "NAME":
            v = full_name(rng, lang, p)
        elif typ == "EMAIL":
            v = email_text(*email(rng, lang, p))
        elif typ == "PHONE":
            v = phone_value(rng, lang)
        elif typ == "DOB":
            v = dob_text(rng, lang)
        elif typ == "ADDR":
            v = home_address(rng, lang, lower=rng.random() < 0.5)
        elif typ == "CUST":
            v = cust_number(rng, lang)
        elif typ == "ACCT":
            return account(rng, lang)
        elif typ == "CARD":
            v = card(rng)
        elif typ == "PASS":
            v = passport_value(rng, lang)
        elif typ == "NID":
            v = national_id(rng, lang) if lang != "ru" else (mv.ru_snils(rng) if self.ru_nid == "snils" else mv.ru_inn(rng))
        elif typ == "BOOK":
            v = booking_value(rng)
        elif typ == "FLIGHT":
            v = flight_value(rng, lang)
        else:
            v = ticket_value(rng, lang)
        if lower_ok and typ in {"BOOK", "PASS", "CUST", "NAME"} and rng.random() < 0.35:
            v = v.lower()
        return v, ETYPE[typ]

    # --- steps ------------------------------------------------------------------------
    def ask_plain(self, typ: str) -> None:
        v, t = self.value(typ)
        self.a(self.q(typ))
        self.c(self.tpl(self.pick(self.fits(self.lx["cued"][typ])), v=E(v, t, "plain")))

    def ask_bare(self, typ: str, how: str | None = None, typ2: str | None = None) -> None:
        rng, lx = self.rng, self.lx
        how = how or rng.choices(["direct", "wait", "back", "two", "pair"], [35, 22, 13, 18, 12])[0]
        free = [x for x in ("EMAIL", "PHONE", "DOB", "CUST") if x != typ and x not in self.used and x not in self.later]
        if how in ("two", "pair") and not typ2 and not free:
            how = "direct"
        v, t = self.value(typ, lower_ok=True)
        if how == "direct":
            self.a(self.q(typ))
            self.c(self.tpl(self.pick(lx["bare"]), v=E(v, t, "bare_answer")), prefix=False)
        elif how == "wait":
            self.a(self.q(typ))
            self.turns.append(("customer", [self.pick(lx["wait_c"])]))
            self.a(self.pick(lx["wait_a"]))
            self.c(self.tpl(self.pick(lx["bare"][:4]), v=E(v, t, "bare_answer")), prefix=False)
        elif how == "back":
            back, reply = self.pick(lx["back"])
            self.a(self.q(typ))
            self.c(back)
            self.a(reply)
            self.c(self.tpl(self.pick(lx["bare"]), v=E(v, t, "bare_answer")), prefix=False)
        else:
            typ2 = typ2 or self.pick(free)
            self.used.add(typ2)
            v2, t2 = self.value(typ2, lower_ok=True)
            if how == "two":
                self.a(self.q(typ))
                self.a(self.pick(lx["ask_two"]) + lower_first(self.pick(self.fits(lx["q"][typ2]))))
                self.c([E(v, t, "bare_answer")], prefix=False)
                self.c([E(v2, t2, "bare_answer")], prefix=False)
            else:
                self.a(self.q(typ) + " " + self.pick(self.fits(lx["q"][typ2])))
                self.c([E(v, t, "bare_answer"), self.pick(["\n", "\n", ", ", " / "]), E(v2, t2, "bare_answer")], prefix=False)

    def list_step(self) -> None:
        rng, lx, lang = self.rng, self.lx, self.lang
        kind = self.pick(["trav", "trav", "fam"] if self.flights else ["fam", "mem", "nid", "fam"])
        fields = {"trav": ["NAME", "DOB", "PASS"], "fam": ["NAME", "DOB"], "mem": ["NAME", "CUST"], "nid": ["NAME", "NID"]}[kind]
        self.a(self.then(self.pick(self.fits(lx["list_ask"][kind]))))
        n = rng.choice([2, 2, 3, 3, 4])
        people = [self.p] + [person(rng, lang) for _ in range(n - 1)]
        if rng.random() < 0.5:  # one family
            for q in people[1:]:
                if lang == "ru":
                    m = next((m for m, f in RU_LAST if self.p["last"] in (m, f)), None)
                    f = m + "а" if m else self.p["last"]
                    q["last"] = m if q["g"] == "m" else f
                else:
                    q["last"] = self.p["last"]
                q["full"] = f"{q['first']} {q['last']}"
                if q["full"] in FAMOUS:
                    q["full"] = f"{self.p['first']} {q['last']}"
        layout = self.pick(["inline", "line", "bullet", "numbered", "semicolon", "table", "slash"])
        low = rng.random() < 0.3
        rows = []
        for q in people:
            row = []
            for f in fields:
                if f == "NAME":
                    v, t = (q["full"] if lang != "ru" or rng.random() < 0.7 else f"{q['last']} {q['first']}"), "PERSON"
                elif f == "DOB":
                    v, t = dob_text(rng, lang), "DATE_OF_BIRTH"
                else:
                    v, t = self.value(f)
                if low and f in {"NAME", "PASS", "CUST"}:
                    v = v.lower()
                row.append(E(v, t, "list"))
            rows.append(row)
        parts: list = []
        lead = self.pick(lx["list_lead"])
        fsep = {"table": " | ", "slash": " / "}.get(layout, ", ")
        if layout == "table":
            head = {"en": ["name", "date of birth", "passport", "customer no.", "NI number"], "nl": ["naam", "geb.datum", "paspoort", "klantnr", "BSN"],
                    "nb": ["navn", "født", "pass", "kundenr", "fnr"], "ru": ["ФИО", "д.р.", "паспорт", "№ клиента", "СНИЛС/ИНН"]}[lang]
            idx = {"NAME": 0, "DOB": 1, "PASS": 2, "CUST": 3, "NID": 4}
            parts.append(lead + "\n" + " | ".join(head[idx[f]] for f in fields) + "\n")
        elif layout in ("inline", "semicolon"):
            parts.append(lead + " ")
        else:
            parts.append(lead + "\n")
        for i, row in enumerate(rows):
            if i:
                if layout == "inline":
                    parts.append(lx["and"] if i == len(rows) - 1 else ", ")
                elif layout == "semicolon":
                    parts.append("; ")
                else:
                    parts.append("\n")
            if layout == "bullet":
                parts.append("• ")
            elif layout == "numbered":
                parts.append(f"{i + 1}. ")
            if layout in ("inline", "line") and rng.random() < 0.4:
                rel = lx["rel"][0] if i == 0 else self.pick(lx["rel"][1:])
                parts.append(rel + (": " if i == 0 else " "))
            for j, e in enumerate(row):
                if j:
                    parts.append(fsep)
                parts.append(e)
        self.turns.append(("customer", parts))

    def split_value(self, typ: str, mode: str) -> None:
        rng, lx = self.rng, self.lx
        v, t = self.value(typ)
        self.a(self.q(typ))
        if mode == "fix":
            wrong = change_digit(rng, v)
            self.c(self.tpl(self.pick(lx["split_first"]), v=E(wrong, t, "split")), prefix=False)
            self.c(self.tpl(self.pick(lx["split_fix"]), v=E(v, t, "split")), prefix=False)
            return
        pieces = cut(rng, v, 3 if mode == "cut3" else 2)
        more = rng.sample(lx["split_more"], len(lx["split_more"]))
        for i, piece in enumerate(pieces):
            tpl = self.pick(lx["split_first"]) if i == 0 else more[i - 1]
            self.turns.append(("customer", self.tpl(tpl, v=E(piece, t, "split"))))

    def disguised_email(self) -> None:
        rng, lx, lang = self.rng, self.lx, self.lang
        local, dom = email(rng, lang, self.p)
        must = [None, "at", "dot", None][self.trick % 4]
        if lang == "nl" and self.trick % 3 == 0:
            v = email_spelled(rng, lang, local, dom, "at")
        elif lang == "nb" and self.trick % 3 == 1:
            v = email_spelled(rng, lang, local, dom, "dot")
        else:
            v = email_spelled(rng, lang, local, dom, must)
        self.a(self.q("EMAIL"))
        tail = self.pick(["", "", {"en": " (all lower case)", "nl": " (alles klein)", "nb": " (små bokstaver)", "ru": " (маленькими буквами)"}[lang]])
        if rng.random() < 0.5:
            self.c([self.pick(lx["disg_lead"]), E(v, "EMAIL_ADDRESS", "disguised"), tail], prefix=False)
        else:
            self.c(self.tpl(self.pick(lx["cued"]["EMAIL"]), v=E(v, "EMAIL_ADDRESS", "disguised")) + [tail])

    def disguised_number(self, k: int, typ: str) -> None:
        rng, lx, lang = self.rng, self.lx, self.lang
        trick = ["words", "invisible", "homoglyph"][k % 3]
        if trick == "homoglyph":
            while True:
                if typ == "CUST":
                    raw = mv.digits(rng, rng.choice([7, 8, 9]))
                else:
                    raw = phone_value(rng, lang, mobile=True, intl=False).replace(" ", "").replace("-", "")
                if any(c in HOMO for c in raw):
                    break
            v = homoglyphs(rng, raw)
        else:
            raw, _ = self.value(typ)
            if trick == "invisible":
                v = mv.with_zero_width(rng, raw, rng.choice([1, 2, 3]))
            else:
                v = mv.digits_as_words(rng, lang, raw, mixed=rng.random() < 0.4)
        t = ETYPE[typ]
        self.a(self.q(typ))
        if rng.random() < 0.5:
            self.c([self.pick(lx["disg_lead"]), E(v, t, "disguised")], prefix=False)
        else:
            self.c(self.tpl(self.pick(self.fits(lx["cued"][typ])), v=E(v, t, "disguised")))

    def address_step(self) -> None:
        v = home_address(self.rng, self.lang, lower=self.rng.random() < 0.8)
        self.a(self.q("ADDR"))
        self.turns.append(("customer", [E(v, "LOCATION", "address_no_cue"), self.pick(self.lx["addr_tail"])]))
        if not self.turns[-1][1][-1]:
            self.turns[-1][1].pop()

    # --- hard negatives -----------------------------------------------------------------
    def neg_step(self, kind: str, answer_cls: str = "plain") -> None:
        rng, lx, lang = self.rng, self.lx, self.lang
        ng = lx["neg"]
        if kind == "cust_mix":
            self.a(self.q("CUST"))
            if rng.random() < 0.5:
                self.c([N(order_no(rng, lang), "order_number")], prefix=False)
                self.a(self.pick(ng["order_ok"]))
            else:
                self.c([N(invoice_no(rng, lang), "invoice_number")], prefix=False)
                self.a(self.pick(ng["inv_ok"]))
        elif kind == "case":
            self.a(self.then(self.pick(ng["case_q"])))
            self.c([N(case_no(rng, lang), "case_number")], prefix=False)
            self.a(self.pick(lx["check"]))
        elif kind == "voucher":
            self.a(self.then(self.pick(ng["voucher_q"])))
            self.c([N(voucher(rng, lang), "voucher_code")], prefix=False)
            self.a(self.tpl(self.pick(ng["price"]), x=N(amount(rng, lang), "amount")))
        elif kind == "track":
            self.a(self.then(self.pick(ng["track_q"])))
            self.c([N(tracking(rng, lang), "tracking_number")], prefix=False)
            self.a(self.pick(lx["check"]))
        elif kind == "dest":
            self.a(self.then(self.pick(ng["dest_q"])))
            self.c([N(self.pick(DESTS[lang]), "destination")], prefix=False)
        elif kind == "date":
            self.a(self.then(self.pick(ng["date_q"])))
            self.c([N(future_date(rng, lang), "travel_date")], prefix=False)
        elif kind == "appt":
            self.a(self.then(self.pick(ng["appt_q"] if self.s["key"] in VISITS else ng["appt_q"][:2])))
            self.c([N(future_date(rng, lang), "appointment_date")], prefix=False)
            self.a(self.tpl(self.pick(ng["appt_ok"]), x=N(time_value(rng, lang), "time")))
        elif kind == "dob_mix":
            self.a(self.q("DOB"))
            self.c([N(future_date(rng, lang), "travel_date" if self.flights else "appointment_date")], prefix=False)
            self.a(self.pick(ng["dob_mix"] if self.flights else [ng["dob_mix"][0], ng["dob_mix"][2]]))
            v = dob_text(rng, lang)
            if answer_cls == "bare_answer":
                self.c([E(v, "DATE_OF_BIRTH", "bare_answer")], prefix=False)
            else:
                self.c(self.tpl(self.pick(lx["cued"]["DOB"]), v=E(v, "DATE_OF_BIRTH", "plain")))
        elif kind == "order":
            self.c(self.tpl(self.pick(ng["qty"]), q=N(quantity(rng, lang), "quantity"), p=N(product(rng), "product_code")))
            self.a(self.tpl(self.pick(ng["price"]), x=N(amount(rng, lang), "amount")))
        elif kind == "room":
            b = self.pick(BRANCHES[lang])
            if rng.random() < 0.4:
                self.c(self.tpl(self.pick(ng["cust_room"]), r=N(room(rng, lang), "room_number")))
            self.a(self.tpl(self.pick(ng["room"]), r=N(room(rng, lang), "room_number"), b=N(b, "branch")))

    def info(self, kind: str) -> list:
        x = {"phone": N(self.biz["phone"], "company_phone"), "email": N(self.biz["email"], "company_email"),
             "addr": N(self.biz["addr"], "company_address"), "account": N(self.biz["account"], "company_account"),
             "cid": N(self.biz["cid"], "company_id"), "name": N(self.biz["co"], "company_name")}[kind]
        return self.tpl(self.pick(self.lx["info"][kind]), x=x)

    # --- the whole chat -------------------------------------------------------------------
    def build(self, size: int) -> list[tuple[str, list]]:
        """A chat; ``size`` is how many more values are asked for than the class needs
        (-1: a short chat, with one hard-negative exchange and two business details)."""
        rng, lx, lang, cls = self.rng, self.lx, self.lang, self.cls
        short, size = size < 0, max(size, 0)
        opener = self.pick(self.s["open"][lang])
        gender = None
        if lang == "ru" and any(w.lower() in opener.lower() for w in RU_MASC_OPENERS):
            gender = "m"
        elif lang == "ru" and "мужа" in opener:
            gender = "f"
        self.p = person(rng, lang, gender)
        agent = self.pick(FIRST_F[lang] if lang == "ru" else FIRST_M[lang] + FIRST_F[lang])
        self.a(T(self.pick(lx["greet"]), agent=E(agent, "PERSON", "plain"), co=N(self.s["co"][lang], "company_name")))
        self.turns.append(("customer", [opener]))

        steps: list = []
        sec_pool = ["EMAIL", "PHONE", "DOB", "CUST", "ACCT", "CARD", "NID", "ADDR"]
        if self.s["key"] in {"hunting_licence", "notary_office", "drone_registration", "film_extras_casting", "air_ambulance_membership"}:
            sec_pool += ["PASS", "NID"]
        if cls == "bare_answer":
            bare_types = rng.sample(["CUST", "DOB", "PHONE", "EMAIL", "NID", "ACCT", "CARD", "PASS"], rng.choice([2, 3, 3]))
            self.later.extend(bare_types)
            for typ in bare_types:
                steps.append(lambda typ=typ: self.ask_bare(typ))
        elif cls == "list":
            steps.append(self.list_step)
        elif cls == "split":
            a_typ, b_typ = rng.sample(["ACCT", "PHONE", "CARD", "CUST", "NID", "ACCT", "CUST"], 2)
            while a_typ == b_typ:
                b_typ = self.pick(["PHONE", "CARD", "NID"])
            ma, mb = self.pick(["cut2", "fix", "cut2"]), self.pick(["cut2", "cut3", "cut3", "fix"])
            self.later.extend([a_typ, b_typ])
            steps.append(lambda: self.split_value(a_typ, ma))
            steps.append(lambda: self.split_value(b_typ, mb))
        elif cls == "disguised":
            d_typ = self.pick(["CUST", "PHONE"] if self.trick % 3 == 2 else ["PHONE", "CUST", "CUST", "NID", "CARD"])
            self.later.extend(["EMAIL", d_typ])
            steps.append(self.disguised_email)
            steps.append(lambda: self.disguised_number(self.trick, d_typ))
        elif cls == "address_no_cue":
            self.later.append("ADDR")
            steps.append(self.address_step)
        else:
            plain_types = rng.sample(["CUST", "DOB", "PHONE", "EMAIL", "NID", "ACCT", "CARD", "ADDR"], rng.choice([2, 3]))
            self.later.extend(plain_types)
            for typ in plain_types:
                steps.append(lambda typ=typ: self.ask_plain(typ))
        answer = self.ask_bare if cls == "bare_answer" else self.ask_plain
        if self.flights:  # the travel values in turn, so that each is there in every language
            trip = ["BOOK", "FLIGHT", "TICKET", "PASS"]
            first = trip[self.n % 4]
            trip = [first] + rng.sample([t for t in trip if t != first], 1)
            trip += [t for t in ["BOOK", "FLIGHT", "TICKET"] if t not in trip]
            for typ in [t for t in trip if t not in self.later][: 1 if short else rng.choice([2, 2, 3])]:
                self.later.append(typ)
                steps.append(lambda typ=typ: answer(typ))
        sec_pool = list(dict.fromkeys(t for t in sec_pool if t not in self.later))
        for typ in rng.sample(sec_pool, min(len(sec_pool), max(0, size - 1))):
            self.later.append(typ)
            steps.append(lambda typ=typ: answer(typ))
        key = self.s["key"]
        neg_kinds = ["cust_mix", "case", "voucher", "appt", "dob_mix", "cust_mix", "appt", "case", "cust_mix"]
        if key in GOODS:
            neg_kinds += ["order", "order", "track", "track"]
        elif key in DOCS:
            neg_kinds += ["track"]
        if key in ROOMS:
            neg_kinds += ["room", "room"]
        if "DOB" in self.later:
            neg_kinds = [k for k in neg_kinds if k != "dob_mix"]
        if "CUST" in self.later or cls == "list":
            neg_kinds = [k for k in neg_kinds if k != "cust_mix"]
        negs = rng.sample(neg_kinds, rng.choice([1, 2, 2, 3]) if size > 0 else rng.choice([1, 2]))
        negs = list(dict.fromkeys(negs))  # the list above weights kinds by repeating them
        if short:
            negs = negs[:1]
        self.later.extend({"dob_mix": "DOB", "cust_mix": "CUST"}[k] for k in negs if k in ("dob_mix", "cust_mix"))
        if self.flights and not (short and rng.random() < 0.5):
            negs.append(self.pick(["dest", "date"]))
        for kind in negs:
            steps.append(lambda kind=kind: self.neg_step(kind, "bare_answer" if cls == "bare_answer" else "plain"))
        infos = rng.sample(["phone", "email", "addr", "account", "cid", "name"], 2 if short else rng.choice([2, 2, 3, 4]))
        for kind in infos[:-1]:
            steps.append(lambda kind=kind: self.a(self.info(kind)))
        rng.shuffle(steps)
        if rng.random() < (0.15 if short else 0.45):  # the name first
            steps.insert(0, lambda: (self.ask_bare("NAME", "direct") if cls == "bare_answer" else self.ask_plain("NAME")))
        if not short and rng.random() < 0.3:
            steps.insert(0, lambda: self.a(self.pick([lx["check"][0], lx["check"][1], lx["check"][3]])))
        for st in steps:
            st()
        if rng.random() < 0.6:
            self.a(self.info(infos[-1]) + [" " + self.pick(lx["close_a"])])
        else:
            self.a(self.info(infos[-1]))
            self.a(self.pick(lx["close_a"]))
        self.c(self.pick(lx["thanks_c"]))
        if rng.random() < 0.7:
            self.a(self.pick(lx["bye_a"]))
        return self.turns


def plan(lang: str) -> list[str]:
    """The class of each of the language's 150 chats: 25 of each, shuffled."""
    out = [c for c in CLASSES for _ in range(25)]
    random.Random(f"{SEED}-{lang}-plan").shuffle(out)
    return out


def sector_order(lang: str) -> list[int]:
    rng = random.Random(f"{SEED}-{lang}-sectors")
    order = list(range(20)) * 7 + rng.sample(range(20), 10)
    rng.shuffle(order)
    return order


def build_all() -> list[dict]:
    records: list[dict] = []
    for lang in LANGS:
        classes, sectors = plan(lang), sector_order(lang)
        tricks = 0
        for i, cls in enumerate(classes, 1):
            cid = f"{NAME}-{lang}-{i:03d}"
            trick = tricks
            if cls == "disguised":
                tricks += 1
            for attempt in range(40):
                rng = random.Random(f"{SEED}-{lang}-{i}-{attempt}")
                size = rng.choice([-1, -1, 0, 0, 1, 1, 2, 3]) if attempt < 10 else (0 if attempt < 30 else 1)
                chat = Chat(rng, lang, SECTORS[sectors[i - 1]], cls, trick, i)
                turns = chat.build(size)
                if 8 <= len(turns) <= 25:
                    break
            else:
                raise RuntimeError(f"{cid}: no chat of 8 to 25 messages")
            records.extend(mv.conversation_records(cid, lang, turns))
    return records


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else OUT
    records = build_all()
    errors = mv.verify(records)
    if errors:
        print("\n".join(errors[:20]), file=sys.stderr)
        return 1
    mv.write_jsonl(records, out)
    convs = len({r["conversation_id"] for r in records})
    spans = sum(len(r["entities"]) for r in records)
    negs = sum(len(r["negatives"]) for r in records)
    print(f"{out}: {convs} conversations, {len(records)} messages, {spans} gold spans, {negs} hard negatives")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
