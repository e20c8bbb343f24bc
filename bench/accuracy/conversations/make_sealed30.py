# ruff: noqa: E501, RUF001  (hand-written phrase tables in four languages; Cyrillic look-alikes on purpose)
"""Write sealed30.jsonl: the thirtieth sealed set of multi-turn conversations (issue 13).

600 conversations, 150 per language (en, nl, nb, ru), 25 per class and language, the class
shuffled over the ids. Twenty sectors new to the sets, each with its own company, questions and
customer phrasings in every language. Written blind: without reading privacyguard's rules,
detector or the other sets. Seeded and deterministic:

    .venv/bin/python bench/accuracy/conversations/make_sealed30.py [out.jsonl]
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import phonenumbers
from stdnum.no import orgnr
from stdnum.ru import inn

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_values as mv  # noqa: E402
from make_values import CLASSES, LANGS, E, N, T  # noqa: E402

SEED = 20270102
NAME = "sealed30"
OUT = Path(__file__).resolve().parent / f"{NAME}.jsonl"

# ---------------------------------------------------------------------------------------
# synthetic people, streets, domains (this set's own lists)
# ---------------------------------------------------------------------------------------

# fmt: off
FIRST_M = {
    "en": ["Callum", "Rhys", "Declan", "Owen", "Ewan", "Jasper", "Reuben", "Felix", "Hamish", "Rory"],
    "nl": ["Gijs", "Stijn", "Maarten", "Teun", "Rutger", "Niels", "Hidde", "Olaf", "Sjoerd", "Wessel"],
    "nb": ["Trond", "Audun", "Eivind", "Lars", "Bjarne", "Halvard", "Espen", "Stian", "Gaute", "Ivar"],
    "ru": ["Григорий", "Фёдор", "Виктор", "Константин", "Егор", "Степан", "Леонид", "Роман", "Тимур", "Аркадий"],
}
FIRST_F = {
    "en": ["Imogen", "Harriet", "Niamh", "Phoebe", "Bethan", "Orla", "Martha", "Rosalind", "Tamsin", "Esme"],
    "nl": ["Marloes", "Wietske", "Jolien", "Floor", "Roos", "Merel", "Inge", "Hanneke", "Sietske", "Liesbeth"],
    "nb": ["Gunhild", "Synnøve", "Marit", "Liv", "Torunn", "Ingvild", "Birgitte", "Astrid", "Guro", "Randi"],
    "ru": ["Ирина", "Вера", "Людмила", "Дарья", "Галина", "Полина", "Алёна", "Валентина", "Софья", "Нина"],
}
LAST = {
    "en": ["Pennington", "Ollerton", "Featherstone", "Greenhalgh", "Rushworth", "Kilbride", "Trevelyan",
           "Bamford", "Attwood", "Crossley", "Lockwood", "Merriman"],
    "nl": ["Verhoeven", "Dijkstra", "van Wijk", "Schouten", "de Graaf", "Postma", "Timmermans", "Kramer",
           "van den Heuvel", "Wolters", "Hendriks", "Zwart"],
    "nb": ["Fossum", "Nordby", "Rønning", "Skaug", "Myhre", "Eide", "Tveit", "Sandvik", "Vik", "Lie",
           "Holm", "Aune"],
}
RU_LAST = [("Гусев", "Гусева"), ("Тихонов", "Тихонова"), ("Крылов", "Крылова"), ("Воронин", "Воронина"),
           ("Савельев", "Савельева"), ("Ершов", "Ершова"), ("Мельников", "Мельникова"), ("Жуков", "Жукова"),
           ("Комаров", "Комарова"), ("Быков", "Быкова")]
RU_PATR = [("Олегович", "Олеговна"), ("Игоревич", "Игоревна"), ("Викторович", "Викторовна"),
           ("Павлович", "Павловна"), ("Юрьевич", "Юрьевна")]
#: well-known people the recombined names must never be
FAMOUS = ["Harry Styles", "Ed Sheeran", "Marco Borsato", "Mark Rutte", "Erna Solberg", "Jens Stoltenberg",
          "Лев Толстой", "Анна Каренина", "Felix Baumgartner", "Harriet Tubman"]

DOMAINS = {
    "en": ["gmail.com", "hotmail.co.uk", "sky.com", "proton.me", "virginmedia.com"],
    "nl": ["gmail.com", "planet.nl", "live.nl", "casema.nl", "upcmail.nl"],
    "nb": ["gmail.com", "getmail.no", "broadpark.no", "icloud.com", "yahoo.no"],
    "ru": ["yandex.ru", "inbox.ru", "list.ru", "gmail.com", "ya.ru"],
}

STREETS = {
    "en": ["Foxglove Road", "Tanners Row", "Wyvern Close", "Quarry Hill", "Larkspur Drive", "Abbots Walk",
           "Marlpit Lane", "Coppice Way", "Brewery Yard", "Saltmarsh Road"],
    "nl": ["Vlierstraat", "Kastanjelaan", "Zuiderhaven", "Hoefsmidstraat", "Bleekveld", "Wilgenhof",
           "Meidoornpad", "Ossenmarkt", "Klaverweide", "Gasthuisring"],
    "nb": ["Rognebærveien", "Tollbugata", "Smiebakken", "Lyngåsen", "Brattbakken", "Elvegata",
           "Kvernhusveien", "Furulia", "Tyttebærstien", "Nordre gate"],
    "ru": ["ул. Кирова", "ул. Строителей", "пр. Победы", "ул. Лермонтова", "Заречная ул.",
           "ул. Металлургов", "ул. Калинина", "пер. Почтовый", "ул. Комсомольская", "б-р Космонавтов"],
}
CITIES = {
    "en": [("Exeter", "EX4 3LS"), ("Lincoln", "LN2 1PF"), ("Durham", "DH1 3HP"), ("Shrewsbury", "SY1 1SE"),
           ("Carlisle", "CA3 8RH"), ("Swindon", "SN1 5BP"), ("Ipswich", "IP4 1JT"), ("Stirling", "FK8 2DY")],
    "nl": [("Amersfoort", "3811 MH"), ("Deventer", "7411 KP"), ("Groningen", "9712 CP"), ("Tilburg", "5038 EB"),
           ("Alkmaar", "1811 GK"), ("Nijmegen", "6511 WR"), ("Maastricht", "6211 CH"), ("Assen", "9401 HR")],
    "nb": [("Lillehammer", "2609"), ("Bodø", "8006"), ("Ålesund", "6003"), ("Kristiansand", "4611"),
           ("Fredrikstad", "1606"), ("Molde", "6413"), ("Gjøvik", "2815"), ("Harstad", "9405")],
    "ru": [("Ярославль", "150000"), ("Воронеж", "394036"), ("Иркутск", "664003"), ("Тула", "300041"),
           ("Рязань", "390000"), ("Калуга", "248000"), ("Омск", "644099"), ("Курск", "305000")],
}
DESTINATIONS = {
    "en": ["Faro", "Reykjavik", "Split", "Palermo", "Bordeaux", "Innsbruck", "Tenerife"],
    "nl": ["Porto", "Sevilla", "Bonaire", "Innsbruck", "Napels", "Boedapest", "Mallorca"],
    "nb": ["Málaga", "Kraków", "Nice", "Praha", "Las Palmas", "Tenerife", "Riga"],
    "ru": ["Ереван", "Тбилиси", "Анталья", "Шарм-эль-Шейх", "Алматы", "Мурманск", "Владивосток"],
}
AIRLINES = {"en": ["BA", "U2", "LS", "VS", "FR"], "nl": ["KL", "HV", "TB", "OR", "KL"],
            "nb": ["SK", "DY", "WF", "SK", "D8"], "ru": ["SU", "S7", "U6", "DP", "FV"]}
TICKET_PREFIX = {"en": ["125", "888"], "nl": ["074", "057"], "nb": ["117", "328"], "ru": ["555", "421"]}

# ---------------------------------------------------------------------------------------
# twenty sectors new to the sets; per language: company, customer openers, a sector question,
# the address question, a product, a branch and the word for a room, unit or bay
# ---------------------------------------------------------------------------------------


def S(key, dom, co, open_, ask, addrq, prod, branch, room):
    langs = LANGS
    return {"key": key, "dom": dom, "co": dict(zip(langs, co, strict=True)),
            "open": dict(zip(langs, open_, strict=True)), "ask": dict(zip(langs, ask, strict=True)),
            "addrq": dict(zip(langs, addrq, strict=True)), "prod": dict(zip(langs, prod, strict=True)),
            "branch": dict(zip(langs, branch, strict=True)), "room": dict(zip(langs, room, strict=True))}


SECTORS = [
    S("airport_valet_parking", "parkvalet",
      ["SkyPark Valet", "ParkeerPiloot Schiphol", "Gardermoen Parkeringsservice", "АэроПарк Валет"],
      [["hi i booked valet parking for next week and need to change the drop off time", "hey, is my car ok? booked meet and greet parking"],
       ["hoi ik heb valet parking geboekt maar mijn vlucht is verschoven", "goedemiddag, vraagje over mijn parkeerreservering"],
       ["hei, har bestilt parkering med henting ved terminalen, må endre tidspunkt", "hallo! lurer på om bilen min står trygt hos dere"],
       ["здравствуйте, бронировал парковку с валетом, рейс перенесли", "добрый день, хочу продлить парковку в аэропорту"]],
      ["do you need the car washed while you're away?", "wil je de auto ook laten wassen tijdens je reis?", "ønsker du innvendig vask mens du er borte?", "нужна мойка машины, пока вы в поездке?"],
      ["where should we send the parking permit?", "waar mogen we de parkeerkaart naartoe sturen?", "hvor skal vi sende parkeringsbeviset?", "куда прислать парковочный пропуск?"],
      ["meet & greet premium", "valet plus", "innendørs parkering", "крытая парковка"],
      ["Terminal 2", "P-Noord", "Terminal Øst", "Терминал B"], ["bay", "vak", "plass", "место"]),
    S("au_pair_agency", "aupairlink",
      ["AuPair Bridge", "Gastgezin Direct", "AuPair Norden", "Ау-пэр Мост"],
      [["hello we're a host family, our au pair arrives next month and the visa form needs info", "hi, i'm the au pair starting in march, questions about my paperwork"],
       ["hallo wij zijn gastgezin, onze au pair komt volgende maand", "hoi ik ben de nieuwe au pair en moet nog formulieren invullen"],
       ["hei, vi er vertsfamilie og au pairen vår kommer snart", "hei jeg er au pair og skal fylle ut papirene til UDI"],
       ["здравствуйте, мы принимающая семья, наша ау-пэр приезжает через месяц", "привет, я ау-пэр, надо заполнить анкету для визы"]],
      ["how many children live in the house?", "hoeveel kinderen wonen er in het gezin?", "hvor mange barn bor i huset?", "сколько детей в семье?"],
      ["where should we post the welcome pack?", "naar welk adres sturen we het welkomstpakket?", "hvilken adresse skal velkomstpakken til?", "по какому адресу отправить приветственный пакет?"],
      ["placement package", "plaatsingspakket", "formidlingspakke", "пакет размещения"],
      ["Bristol office", "kantoor Utrecht", "kontoret i Bergen", "офис на Тверской"], ["room", "kamer", "rom", "комната"]),
    S("pet_relocation", "petmove",
      ["PawsAbroad Relocation", "DierenVerhuis Internationaal", "Dyreflytt Norge", "ЗооПереезд"],
      [["hi we're moving abroad and need our dog flown out", "hello, booking cargo transport for two cats"],
       ["hoi we verhuizen naar het buitenland met onze hond", "goedendag, ik wil het vervoer van mijn kat regelen"],
       ["hei, vi flytter og må få hunden fløyet ut", "hallo, trenger transport av katt med fly"],
       ["здравствуйте, переезжаем, нужно перевезти собаку самолётом", "добрый день, нужна перевозка кота в другую страну"]],
      ["is the travel crate already approved by the airline?", "is de reisbench al goedgekeurd door de maatschappij?", "er buret godkjent av flyselskapet?", "переноска уже одобрена авиакомпанией?"],
      ["where do we collect the pet from?", "waar halen we het dier op?", "hvor skal vi hente dyret?", "откуда забираем питомца?"],
      ["IATA crate size 4", "IATA-bench maat 4", "IATA-bur str. 4", "переноска IATA р-р 4"],
      ["Heathrow cargo desk", "vrachtbalie Schiphol", "fraktterminalen Gardermoen", "карго-терминал Шереметьево"], ["kennel", "kennel", "bur", "вольер"]),
    S("dive_centre", "bluedepth",
      ["Blue Depth Dive Centre", "Duikcentrum Diepblauw", "Dykkesenteret Havdyp", "Дайв-центр Глубина"],
      [["hi i'd like to book the open water course for me and my partner", "hello, do you still have places on the wreck dive trip?"],
       ["hallo ik wil de open water cursus boeken", "hoi, zijn er nog plekken voor de wrakduik?"],
       ["hei, vil melde meg på open water-kurset", "hallo, er det ledige plasser på vrakdykket?"],
       ["здравствуйте, хочу записаться на курс open water", "добрый день, есть места на погружение к затонувшему судну?"]],
      ["have you dived before, and how many logged dives?", "heb je al eerder gedoken en hoeveel duiken gelogd?", "har du dykket før, hvor mange loggede dykk?", "у вас есть опыт, сколько погружений в логбуке?"],
      ["where should we post your certification card?", "waar sturen we je brevet naartoe?", "hvor skal vi sende sertifikatkortet?", "куда отправить карточку сертификата?"],
      ["7mm wetsuit rental", "7mm wetsuit huur", "leie av 7mm våtdrakt", "аренда гидрокостюма 7 мм"],
      ["Plymouth harbour base", "basis Zeeland", "basen i Lysekil", "база в Геленджике"], ["locker", "kluisje", "skap", "шкафчик"]),
    S("balloon_flights", "highwind",
      ["Highwind Balloon Flights", "Ballonvaart Zonnewind", "Ballongferd Himmelblå", "Воздушные шары Ветерок"],
      [["hi i have a balloon flight voucher and want to book a date", "hello booking a sunrise flight for 3 people"],
       ["hoi ik heb een ballonvaart cadeaubon gekregen", "hallo, ik wil een ballonvaart boeken voor 2 personen"],
       ["hei, har fått gavekort på ballongferd", "hei! vil booke ballongtur for tre"],
       ["здравствуйте, подарили сертификат на полёт на шаре", "добрый день, хочу забронировать полёт на рассвете"]],
      ["what are the passengers' approximate weights?", "wat is ongeveer het gewicht van de passagiers?", "omtrent hvor mye veier passasjerene?", "какой примерно вес у пассажиров?"],
      ["where should we send the flight certificate?", "naar welk adres mag het vaartcertificaat?", "hvor skal vi sende flydiplomet?", "куда выслать сертификат о полёте?"],
      ["sunrise flight for two", "zonsopgangvaart duo", "soloppgangstur for to", "полёт на рассвете на двоих"],
      ["Cotswolds launch field", "startveld Twente", "startplassen på Hvaler", "стартовая площадка Суздаль"], ["basket", "mand", "kurv", "корзина"]),
    S("ski_school", "snowline",
      ["Snowline Ski School", "Skischool Witte Top", "Skiskolen Fjellsnø", "Горнолыжная школа Снежок"],
      [["hi, booking group lessons for the kids over half term", "hello! need private lessons for me and my wife in feb"],
       ["hoi we willen skiles boeken voor de kinderen in de krokusvakantie", "hallo, ik zoek privéles voor twee volwassenen"],
       ["hei, vil booke skikurs for barna i vinterferien", "hallo, trenger privattime for to voksne"],
       ["здравствуйте, хочу записать детей в группу на каникулах", "добрый день, нужны индивидуальные занятия для двоих"]],
      ["what level are they, first week on skis or already parallel?", "welk niveau, nog nooit geskied of al parallel?", "hvilket nivå, nybegynnere eller kjører parallelt?", "какой уровень: новички или уже катаются параллельно?"],
      ["where should we send the lift passes?", "waar sturen we de skipassen naartoe?", "hvor skal vi sende heiskortene?", "куда отправить ски-пассы?"],
      ["5-day group course", "5-daagse groepsles", "5-dagers gruppekurs", "групповой курс на 5 дней"],
      ["Aviemore meeting point", "verzamelpunt Kaprun", "møteplassen i Hemsedal", "точка сбора в Шерегеше"], ["group", "groep", "gruppe", "группа"]),
    S("dog_grooming", "fluffcut",
      ["Fluff & Trim Grooming", "Trimsalon Ruwharig", "Hundefrisøren Pels & Pote", "Груминг-салон Пушистик"],
      [["hi can i book a full groom for my spaniel", "hello, my poodle needs a trim before saturday"],
       ["hoi kan ik een trimafspraak maken voor mijn labradoodle", "hallo, mijn hondje moet geknipt worden"],
       ["hei, kan jeg bestille klipp til puddelen min?", "hallo, trenger bad og klipp til hunden"],
       ["здравствуйте, хочу записать шпица на стрижку", "добрый день, можно записаться на груминг?"]],
      ["is he ok with the dryer or does he get nervous?", "is hij gewend aan de föhn of wordt hij zenuwachtig?", "tåler hun føneren, eller blir hun stressa?", "он нормально переносит фен?"],
      ["where shall the pick-up van collect her?", "waar mag het ophaalbusje de hond ophalen?", "hvor skal vi hente hunden?", "откуда забрать собаку на такси для животных?"],
      ["full groom large breed", "volledige trimbeurt groot", "full pelsstell stor hund", "комплекс для крупных пород"],
      ["Market Street salon", "salon Oost", "salongen på Grünerløkka", "салон на Садовой"], ["table", "tafel", "bord", "стол"]),
    S("self_storage", "boxvault",
      ["BoxVault Self Storage", "OpslagDepot Midden", "Lagerboden Nord", "СкладБокс"],
      [["hi, i need a storage unit for about 3 months", "hello, want to upgrade to a bigger unit"],
       ["hallo ik zoek een opslagbox voor een paar maanden", "hoi, ik wil mijn opslagruimte opzeggen"],
       ["hei, trenger en lagerbod i tre måneder", "hallo, vil bytte til større bod"],
       ["здравствуйте, нужен бокс для хранения на 3 месяца", "добрый день, хочу продлить аренду бокса"]],
      ["roughly how many square metres do you need?", "hoeveel vierkante meter heb je ongeveer nodig?", "omtrent hvor mange kvadratmeter trenger du?", "сколько примерно квадратных метров нужно?"],
      ["where should we send the access card?", "waar sturen we de toegangspas naartoe?", "hvor skal vi sende adgangskortet?", "куда отправить карту доступа?"],
      ["50 sq ft drive-up unit", "box van 6 m²", "bod på 6 kvm", "бокс 6 м²"],
      ["Riverside site", "vestiging Nieuwegein", "avdeling Alnabru", "склад на Дмитровке"], ["unit", "box", "bod", "бокс"]),
    S("student_housing", "campusnest",
      ["CampusNest Student Living", "Studentenhuis Kamerbreed", "Studentbolig Kvartalet", "Студгородок Кампус"],
      [["hi i've got a room offer for september and need to sign the contract", "hello, my washing machine is broken in the flat"],
       ["hoi ik heb een kamer aangeboden gekregen vanaf september", "hallo, vraag over mijn huurcontract"],
       ["hei, har fått tilbud om hybel fra august", "hallo, spørsmål om husleiekontrakten"],
       ["здравствуйте, мне предложили комнату с сентября", "добрый день, вопрос по договору аренды в общежитии"]],
      ["which building are you in, the north or south block?", "in welk gebouw zit je, A of B?", "hvilket bygg bor du i?", "в каком вы корпусе?"],
      ["where should we send the contract by post?", "naar welk adres sturen we het contract?", "hvilken adresse skal kontrakten sendes til?", "куда выслать договор почтой?"],
      ["en-suite room 44 weeks", "studio met eigen keuken", "hybel med bad", "комната с санузлом"],
      ["Northgate block", "complex De Uithof", "Moholt studentby", "корпус на Студенческой"], ["room", "kamer", "hybel", "комната"]),
    S("yoga_studio", "lotusloft",
      ["Lotus Loft Yoga", "Yogastudio Ademruimte", "Yogaloftet Pust", "Йога-студия Лотос"],
      [["hi i want to freeze my membership for a month", "hello, can i switch to the unlimited plan?"],
       ["hoi ik wil mijn abonnement een maand pauzeren", "hallo, kan ik overstappen naar onbeperkt?"],
       ["hei, vil fryse medlemskapet mitt en måned", "hallo, kan jeg bytte til ubegrenset?"],
       ["здравствуйте, хочу заморозить абонемент на месяц", "добрый день, можно перейти на безлимит?"]],
      ["which classes do you usually go to, vinyasa or yin?", "naar welke lessen ga je meestal, vinyasa of yin?", "hvilke timer går du på, vinyasa eller yin?", "на какие занятия ходите, виньяса или инь?"],
      ["where should we post your new membership card?", "waar mogen we de nieuwe ledenpas naartoe sturen?", "hvor skal vi sende det nye medlemskortet?", "куда прислать новую клубную карту?"],
      ["10-class pass", "10-rittenkaart", "klippekort 10 timer", "абонемент на 10 занятий"],
      ["Canal Street studio", "studio Zuid", "studioet på Majorstuen", "студия на Пресне"], ["studio", "zaal", "sal", "зал"]),
    S("swimming_school", "splashstart",
      ["SplashStart Swim School", "Zwemschool Waterrat", "Svømmeskolen Plask", "Школа плавания Дельфинчик"],
      [["hi i want to sign up my two kids for swimming lessons", "hello, my daughter missed two lessons, can she catch up?"],
       ["hoi ik wil mijn kinderen inschrijven voor zwemles", "hallo, mijn zoon mist zwemles, kan hij inhalen?"],
       ["hei, vil melde på barna til svømmekurs", "hallo, datteren min har gått glipp av to timer"],
       ["здравствуйте, хочу записать двоих детей на плавание", "добрый день, сын пропустил занятия, можно отработать?"]],
      ["can they put their face in the water yet?", "durven ze al met hun hoofd onder water?", "tør de å dukke med hodet under vann?", "ребёнок уже не боится опускать лицо в воду?"],
      ["where should we send the certificates?", "naar welk adres sturen we de diploma's?", "hvor skal vi sende diplomene?", "куда отправить сертификаты?"],
      ["stage 3 lessons term", "diploma A lespakket", "nivå 3 kurs", "курс уровень 3"],
      ["Leisure Centre pool", "bad De Vennen", "Nordbybadet", "бассейн Олимп"], ["lane", "baan", "bane", "дорожка"]),
    S("dance_school", "stepandswing",
      ["Step & Swing Dance School", "Dansschool Zwierig", "Danseskolen Takt", "Школа танцев Ритм"],
      [["hi we'd like to join the salsa beginners course as a couple", "hello, my kids want to do the street dance term"],
       ["hoi wij willen ons inschrijven voor de salsa cursus", "hallo, mijn dochters willen op streetdance"],
       ["hei, vil melde oss på salsakurs for nybegynnere", "hallo, jentene vil gå på hiphop"],
       ["здравствуйте, хотим записаться на сальсу для начинающих", "добрый день, дети хотят на хип-хоп"]],
      ["are you coming as a couple or on your own?", "kom je met danspartner of alleen?", "kommer dere som par eller alene?", "вы придёте парой или поодиночке?"],
      ["where should we post the show tickets?", "waar sturen we de kaarten voor de voorstelling heen?", "hvor skal vi sende billettene til oppvisningen?", "куда отправить билеты на отчётный концерт?"],
      ["salsa beginners 10 weeks", "salsa beginners 10 lessen", "salsa nybegynner 10 uker", "сальса для начинающих 10 недель"],
      ["Old Mill studios", "vestiging Centrum", "avdeling Sentrum", "студия на Арбате"], ["hall", "zaal", "sal", "зал"]),
    S("computer_repair", "bytefix",
      ["ByteFix Computer Repair", "PC Dokter Noord", "Datalegen Reparasjon", "КомпМастер Сервис"],
      [["hi my laptop won't boot, can you have a look", "hello, i dropped off a pc last week, is it ready?"],
       ["hoi mijn laptop start niet meer op", "hallo, ik heb vorige week mijn pc gebracht, is die klaar?"],
       ["hei, pc-en min starter ikke", "hallo, leverte inn laptop forrige uke, er den ferdig?"],
       ["здравствуйте, ноутбук не включается", "добрый день, сдавал компьютер на прошлой неделе, готов?"]],
      ["do you have a backup of your files or should we image the drive first?", "heb je een back-up of zullen we eerst de schijf kopiëren?", "har du backup, eller skal vi ta kopi av disken først?", "есть резервная копия или сначала снять образ диска?"],
      ["where should we courier the laptop back to?", "naar welk adres sturen we de laptop terug?", "hvor skal vi sende maskinen tilbake?", "куда вернуть ноутбук курьером?"],
      ["SSD 1TB upgrade", "SSD-upgrade 1 TB", "SSD-oppgradering 1 TB", "замена на SSD 1 ТБ"],
      ["High Street workshop", "werkplaats Centrum", "verkstedet på Lade", "мастерская на Ленинском"], ["bench", "werkbank", "benk", "стол"]),
    S("dry_cleaning", "crispfold",
      ["Crisp & Fold Dry Cleaners", "Stomerij Kraakhelder", "Renseriet Blank", "Химчистка Чистюля"],
      [["hi do you do pick up and delivery for dry cleaning", "hello, my suit came back with a stain still on it"],
       ["hoi doen jullie ook ophalen en bezorgen?", "hallo, mijn jas is nog niet terug van de stomerij"],
       ["hei, henter dere tøy hjemme?", "hallo, dressen kom tilbake med flekk"],
       ["здравствуйте, у вас есть выезд курьера за вещами?", "добрый день, пальто вернули с пятном"]],
      ["any delicate items, silk or leather?", "zitten er kwetsbare stukken bij, zijde of leer?", "noe ømfintlig, silke eller skinn?", "есть деликатные вещи, шёлк или кожа?"],
      ["where should the driver collect the bag?", "op welk adres halen we de tas op?", "hvor skal sjåføren hente posen?", "по какому адресу забрать пакет?"],
      ["2-piece suit clean", "kostuum 2-delig", "dress 2 deler", "костюм двойка"],
      ["Station Parade shop", "winkel Oosterpoort", "butikken på Torshov", "приёмный пункт на Лесной"], ["rail", "rek", "stativ", "вешалка"]),
    S("upholstery", "restitch",
      ["ReStitch Upholstery", "Stoffeerderij Naadloos", "Møbeltapetsereren", "Перетяжка Мебели Уют"],
      [["hi i'd like a quote to reupholster an armchair", "hello, can you recover 6 dining chairs?"],
       ["hoi ik wil een offerte voor het opnieuw bekleden van een fauteuil", "hallo, kunnen jullie 6 eetkamerstoelen stofferen?"],
       ["hei, vil ha pris på omtrekk av en lenestol", "hallo, kan dere trekke om seks spisestoler?"],
       ["здравствуйте, сколько стоит перетянуть кресло?", "добрый день, нужно перетянуть 6 стульев"]],
      ["have you picked a fabric yet or shall we send samples?", "heb je al een stof gekozen of sturen we stalen?", "har du valgt stoff, eller skal vi sende prøver?", "ткань уже выбрали или прислать образцы?"],
      ["where should we collect the chair from?", "waar mogen we de stoel ophalen?", "hvor skal vi hente stolen?", "откуда забрать кресло?"],
      ["velvet fabric by the metre", "velours per strekkende meter", "velur per meter", "велюр погонный метр"],
      ["Dockside workshop", "atelier Noord", "verkstedet i Sandvika", "цех на Промышленной"], ["bay", "hal", "hall", "цех"]),
    S("solar_installer", "sunroofsolar",
      ["SunRoof Solar Installs", "ZonneDak Installatie", "Solcelle Montasje", "СолнцеДом Монтаж"],
      [["hi i got a quote for solar panels, want to go ahead", "hello, my inverter shows an error since tuesday"],
       ["hoi ik wil de offerte voor zonnepanelen accepteren", "hallo, mijn omvormer geeft een foutmelding"],
       ["hei, vil takke ja til tilbudet på solceller", "hallo, inverteren viser feilkode"],
       ["здравствуйте, хочу заказать монтаж солнечных панелей", "добрый день, инвертор показывает ошибку"]],
      ["which way does the roof face, south or east-west?", "op welke kant ligt het dak, zuid of oost-west?", "hvilken retning vender taket?", "куда смотрит скат крыши, на юг?"],
      ["what's the address of the property for the install?", "op welk adres komen de panelen?", "hvilken adresse gjelder monteringen?", "по какому адресу монтаж?"],
      ["10-panel 4kW kit", "set 10 panelen 4 kWp", "pakke 10 paneler 4 kW", "комплект 10 панелей 4 кВт"],
      ["Midlands depot", "depot Zwolle", "lageret på Sandnes", "склад в Подольске"], ["bay", "dock", "port", "ворота"]),
    S("watch_repair", "tickwell",
      ["Tickwell Watch Repairs", "Horlogerie Tikkend", "Urmakeren Presis", "Часовая мастерская Тик-Так"],
      [["hi my watch stopped, do you service automatics?", "hello, sending my grandad's watch for a service"],
       ["hoi mijn horloge loopt achter, kunnen jullie het nakijken?", "hallo, ik wil mijn automatisch horloge laten reviseren"],
       ["hei, klokka mi har stoppet", "hallo, vil sende inn armbåndsur til service"],
       ["здравствуйте, часы остановились, делаете обслуживание?", "добрый день, хочу отправить часы деда в ремонт"]],
      ["is it water resistant, and do you want it pressure tested?", "is hij waterdicht en wil je een druktest?", "er den vanntett, ønsker du trykktest?", "часы водонепроницаемые, проверить на герметичность?"],
      ["where should we send the watch back to?", "naar welk adres sturen we het horloge terug?", "hvor skal vi sende klokka tilbake?", "куда вернуть часы?"],
      ["full service automatic", "volledige revisie automaat", "full service automatikk", "полное обслуживание механизма"],
      ["Burlington Arcade counter", "winkel Kalverstraat", "butikken i Karl Johan", "мастерская на Никольской"], ["drawer", "lade", "skuff", "ячейка"]),
    S("cooking_class", "sizzleschool",
      ["Sizzle Cookery School", "Kookstudio Smaakmakers", "Matskolen Gryta", "Кулинарная студия Вкус"],
      [["hi i want to book the pasta class for me and a friend", "hello, is the thai cooking evening still on?"],
       ["hoi ik wil de pastaworkshop boeken voor twee", "hallo, gaat de thaise kookavond nog door?"],
       ["hei, vil booke pastakurs for to", "hallo, blir det thai-kurs på fredag?"],
       ["здравствуйте, хочу записаться на мастер-класс по пасте", "добрый день, тайский вечер ещё в силе?"]],
      ["any allergies or dietary requirements?", "zijn er allergieën of dieetwensen?", "noen allergier eller matpreferanser?", "есть аллергии или ограничения в еде?"],
      ["where should we post the gift voucher?", "waar sturen we de cadeaubon naartoe?", "hvor skal gavekortet sendes?", "куда отправить подарочный сертификат?"],
      ["fresh pasta workshop", "workshop verse pasta", "pastakurs", "мастер-класс паста"],
      ["Borough kitchen", "keuken Oudegracht", "kjøkkenet på Bryggen", "кухня на Патриках"], ["kitchen", "keuken", "kjøkken", "кухня"]),
    S("golf_club", "heathfieldgolf",
      ["Heathfield Golf Club", "Golfclub De Duinhoeve", "Bjørkås Golfklubb", "Гольф-клуб Берёзки"],
      [["hi i want to book a tee time saturday morning for 4", "hello, question about renewing my membership"],
       ["hoi ik wil een starttijd reserveren voor zaterdag", "hallo, vraag over mijn lidmaatschap verlengen"],
       ["hei, vil bestille starttid lørdag for fire", "hallo, spørsmål om fornyelse av medlemskap"],
       ["здравствуйте, хочу забронировать время старта на субботу", "добрый день, вопрос по продлению членства"]],
      ["what's the handicap of the players?", "wat is de handicap van de spelers?", "hvilket handicap har spillerne?", "какой гандикап у игроков?"],
      ["where should we send the new bag tag?", "waar sturen we het nieuwe baglabel naartoe?", "hvor skal vi sende den nye baggtaggen?", "куда отправить новую бирку на сумку?"],
      ["buggy hire 18 holes", "buggyhuur 18 holes", "golfbil 18 hull", "аренда гольф-кара 18 лунок"],
      ["Pro shop", "clubhuis Oost", "klubbhuset", "клубный дом"], ["locker", "kluis", "skap", "шкафчик"]),
    S("instrument_rental", "tunelease",
      ["TuneLease Instrument Hire", "Muziekverhuur Klankkast", "Instrumentutleie Tone", "Прокат инструментов Камертон"],
      [["hi we'd like to rent a violin for our daughter", "hello, can i return the trumpet early?"],
       ["hoi we willen een viool huren voor onze zoon", "hallo, ik wil de huur-gitaar omruilen"],
       ["hei, vil leie fiolin til datteren vår", "hallo, kan jeg levere trompeten tidlig?"],
       ["здравствуйте, хотим взять скрипку напрокат для дочки", "добрый день, можно досрочно вернуть трубу?"]],
      ["which size, 1/2 or 3/4?", "welke maat, 1/2 of 3/4?", "hvilken størrelse, 1/2 eller 3/4?", "какой размер: 1/2 или 3/4?"],
      ["where should we deliver the instrument?", "naar welk adres bezorgen we het instrument?", "hvor skal instrumentet leveres?", "куда доставить инструмент?"],
      ["3/4 violin outfit", "viool 3/4 set", "fiolin 3/4 sett", "скрипка 3/4 комплект"],
      ["Deansgate shop", "winkel Vredenburg", "butikken i Storgata", "магазин на Невском"], ["room", "studio", "rom", "класс"]),
]

# fmt: off
#: each sector's own answers to its question, and its own way of asking for one value
SECTOR_REPLY_OWN = {
    "airport_valet_parking": [["no thanks, just park it", "yes go on then, outside only"], ["nee hoeft niet", "ja graag, alleen buitenkant"], ["nei takk", "ja, gjerne utvendig"], ["нет, не надо", "да, давайте, только снаружи"]],
    "au_pair_agency": [["two, aged 4 and 7", "three kids, the baby is 1"], ["twee, van 4 en 7", "drie, de jongste is 1"], ["to, 4 og 7 år", "tre unger, minste er 1"], ["двое, 4 и 7 лет", "трое, младшему год"]],
    "pet_relocation": [["yes, bought it from the vet", "not yet, is that a problem?"], ["ja, via de dierenarts gekocht", "nog niet, is dat erg?"], ["ja, kjøpt hos veterinæren", "ikke ennå, er det et problem?"], ["да, купили у ветеринара", "ещё нет, это проблема?"]],
    "dive_centre": [["about 20 dives, last one 2 yrs ago", "never, total beginner"], ["zo'n 20 duiken", "nooit, echte beginner"], ["ca 20 dykk", "aldri, helt nybegynner"], ["около 20 погружений", "никогда, новичок"]],
    "balloon_flights": [["around 70 and 85 kg", "all under 90kg i think"], ["rond de 70 en 85 kilo", "allemaal onder de 90"], ["rundt 70 og 85 kg", "alle under 90 tror jeg"], ["около 70 и 85 кг", "все до 90 кг"]],
    "ski_school": [["complete beginners", "snowplough, bit of parallel"], ["echte beginners", "ploegen, beetje parallel"], ["helt nybegynnere", "plog, litt parallell"], ["совсем новички", "плугом, немного параллельно"]],
    "dog_grooming": [["she hates the dryer lol", "he's fine with it"], ["ze haat de föhn haha", "gaat prima"], ["hun hater føneren haha", "går helt fint"], ["ненавидит фен))", "нормально переносит"]],
    "self_storage": [["about 10 m2", "no idea, a one bed flat's worth"], ["een m² of 10", "geen idee, inboedel van een 2-kamer appartement"], ["ca 10 kvm", "aner ikke, innholdet i en toroms"], ["метров 10", "не знаю, вещи из однушки"]],
    "student_housing": [["north block", "not moved in yet"], ["gebouw B", "ik woon er nog niet"], ["bygg 3", "har ikke flyttet inn ennå"], ["второй корпус", "ещё не заселилась"]],
    "yoga_studio": [["mostly yin on tuesdays", "vinyasa mainly"], ["vooral yin op dinsdag", "meestal vinyasa"], ["mest yin på tirsdager", "vinyasa stort sett"], ["в основном инь по вторникам", "чаще виньяса"]],
    "swimming_school": [["the older one yes, the little one not yet", "not really"], ["de oudste wel, de jongste nog niet", "nog niet echt"], ["den eldste ja, minstemann ikke ennå", "ikke helt"], ["старший да, младшая пока нет", "пока не очень"]],
    "dance_school": [["as a couple", "on my own, hoping to find a partner there"], ["samen", "alleen, hoop daar iemand te vinden"], ["som par", "alene, håper å finne partner der"], ["парой", "одна, надеюсь найти пару"]],
    "computer_repair": [["no backup, please image it first", "got everything on onedrive"], ["geen back-up, graag eerst kopiëren", "alles staat in de cloud"], ["ingen backup, ta kopi først", "alt ligger i skyen"], ["бэкапа нет, снимите образ", "всё в облаке"]],
    "dry_cleaning": [["one silk blouse", "no just shirts"], ["één zijden blouse", "nee alleen overhemden"], ["en silkebluse", "nei bare skjorter"], ["одна шёлковая блузка", "нет, только рубашки"]],
    "upholstery": [["send samples pls", "yes, the green velvet from your site"], ["stuur maar stalen", "ja, de groene velours van de site"], ["send prøver takk", "ja, den grønne veluren fra nettsiden"], ["пришлите образцы", "да, зелёный велюр с сайта"]],
    "solar_installer": [["south, no shade", "east-west sadly"], ["zuid, geen schaduw", "oost-west helaas"], ["mot sør", "øst-vest dessverre"], ["на юг", "восток-запад, увы"]],
    "watch_repair": [["100m, and yes pls", "not water resistant i think"], ["100m, en ja graag", "niet waterdicht denk ik"], ["100 m, og ja takk", "tror ikke den er vanntett"], ["100 м, да, проверьте", "вроде не водонепроницаемые"]],
    "cooking_class": [["my friend is vegan", "none"], ["mijn vriendin is veganist", "geen"], ["venninna mi er veganer", "ingen"], ["подруга веган", "нет"]],
    "golf_club": [["i'm 18, the others around 24", "we're all beginners, no handicap yet"], ["ik 18, de rest rond de 24", "we hebben nog geen handicap"], ["jeg har 18, de andre rundt 24", "ingen har handicap ennå"], ["у меня 18, у остальных около 24", "гандикапа пока нет"]],
    "instrument_rental": [["she's 9, so 1/2?", "3/4 i think"], ["hij is 9, dus 1/2?", "3/4 denk ik"], ["hun er 9, så 1/2?", "3/4 tror jeg"], ["ей 9 лет, наверное 1/2", "3/4, кажется"]],
}
SECTOR_Q_OWN = {
    "airport_valet_parking": ("BOOKING_REFERENCE", ["what's the booking ref on your parking confirmation?", "wat is de reserveringscode van je parkeerplek?", "hva er referansen på parkeringsbestillingen?", "какой код брони парковки?"]),
    "au_pair_agency": ("PASSPORT", ["what's the au pair's passport number for the visa letter?", "wat is het paspoortnummer van de au pair voor de IND-aanvraag?", "hva er passnummeret til au pairen for UDI-søknaden?", "номер загранпаспорта ау-пэр для приглашения?"]),
    "pet_relocation": ("FLIGHT_NUMBER", ["which flight is the dog booked on as cargo?", "met welke vlucht gaat de hond als vracht mee?", "hvilket fly er hunden booket på som frakt?", "каким рейсом летит собака в багаже?"]),
    "dive_centre": ("DATE_OF_BIRTH", ["we need each diver's date of birth for the insurance, yours?", "voor de verzekering hebben we je geboortedatum nodig, wat is die?", "vi trenger fødselsdato for forsikringen, hva er din?", "для страховки нужна дата рождения, ваша?"]),
    "balloon_flights": ("PHONE_NUMBER", ["which mobile should we text on the morning if the flight's weathered off?", "naar welk nummer sturen we 's ochtends een sms als het weer niet meezit?", "hvilket nummer skal vi sende sms til hvis turen avlyses pga vær?", "на какой номер прислать смс, если полёт отменят из-за погоды?"]),
    "ski_school": ("DATE_OF_BIRTH", ["what's the child's date of birth, so we get the age group right?", "wat is de geboortedatum van je kind, voor de leeftijdsgroep?", "hva er fødselsdatoen til barnet, for riktig aldersgruppe?", "дата рождения ребёнка, чтобы определить группу?"]),
    "dog_grooming": ("PHONE_NUMBER", ["what number should the groomer ring when she's ready to be picked up?", "op welk nummer bellen we als hij opgehaald kan worden?", "hvilket nummer ringer vi når hunden er klar?", "по какому номеру позвонить, когда собаку можно забирать?"]),
    "self_storage": ("PASSPORT", ["we need photo ID for the rental agreement, what's the passport number?", "voor het contract hebben we een ID nodig, wat is je paspoortnummer?", "vi trenger legitimasjon til kontrakten, hva er passnummeret?", "для договора нужен паспорт, продиктуйте номер?"]),
    "student_housing": ("NATIONAL_ID", ["we need your NI number for the tenancy, what is it?", "voor de huurovereenkomst hebben we je BSN nodig, wat is dat?", "til leiekontrakten trenger vi fødselsnummeret, hva er det?", "для договора нужен ИНН или СНИЛС, продиктуете?"]),
    "yoga_studio": ("CUSTOMER_NUMBER", ["what's the member number on your app?", "wat is het lidnummer in de app?", "hva er medlemsnummeret i appen?", "какой номер абонемента в приложении?"]),
    "swimming_school": ("DATE_OF_BIRTH", ["what's your child's date of birth?", "wat is de geboortedatum van je kind?", "når er barnet født?", "когда родился ребёнок?"]),
    "dance_school": ("EMAIL_ADDRESS", ["which email should we send the class schedule to?", "naar welk mailadres sturen we het lesrooster?", "hvilken e-post skal timeplanen sendes til?", "на какую почту прислать расписание?"]),
    "computer_repair": ("CUSTOMER_NUMBER", ["what's the customer number on your drop-off receipt?", "wat is het klantnummer op je afgiftebon?", "hva er kundenummeret på innleveringslappen?", "какой номер клиента на квитанции?"]),
    "dry_cleaning": ("PHONE_NUMBER", ["which number should the driver ring when he's outside?", "op welk nummer belt de chauffeur als hij voor de deur staat?", "hvilket nummer skal sjåføren ringe når han er utenfor?", "какой номер набрать курьеру, когда подъедет?"]),
    "upholstery": ("EMAIL_ADDRESS", ["what email should we send the quote to?", "naar welk e-mailadres mag de offerte?", "hvilken e-post skal tilbudet sendes til?", "на какую почту прислать смету?"]),
    "solar_installer": ("BANK", ["which account should the export payments go to?", "op welke rekening mogen de terugleververgoedingen?", "hvilken konto skal vi betale ut strømsalget til?", "на какой счёт перечислять оплату за излишки?"]),
    "watch_repair": ("CREDIT_CARD", ["for the insured return we hold a card deposit, what's the card number?", "voor de verzekerde retourzending vragen we een borg, wat is het kaartnummer?", "vi tar depositum for forsikret retur, hva er kortnummeret?", "для страховки отправки нужен залог, номер карты?"]),
    "cooking_class": ("PERSON", ["who's the second person? we print name cards", "wie is de tweede deelnemer? we maken naamkaartjes", "hvem er person nummer to? vi lager navnelapper", "кто второй участник? мы делаем бейджи"]),
    "golf_club": ("CUSTOMER_NUMBER", ["what's your membership number?", "wat is je NGF-lidnummer?", "hva er medlemsnummeret ditt i klubben?", "номер членской карты клуба?"]),
    "instrument_rental": ("BANK", ["which account should the monthly rental come out of?", "van welke rekening mogen we de maandelijkse huur afschrijven?", "hvilken konto skal månedsleien trekkes fra?", "с какого счёта списывать ежемесячную оплату?"]),
}
# fmt: on
for _s in SECTORS:
    _s["reply"] = dict(zip(LANGS, SECTOR_REPLY_OWN[_s["key"]], strict=True))
    _s["vq_type"] = SECTOR_Q_OWN[_s["key"]][0]
    _s["vq"] = dict(zip(LANGS, SECTOR_Q_OWN[_s["key"]][1], strict=True))


# ---------------------------------------------------------------------------------------
# the agent's questions for each value (the customer answers them bare, in a list, split...)
# ---------------------------------------------------------------------------------------

Q = {
    "en": {
        "CUSTOMER_NUMBER": [
            "what's your customer number?",
            "could you give me the account number you have with us?",
            "do you have your member no. handy?",
            "can I take the customer ID on the account?",
            "which account number is it under?",
            "what's the client ref on your last invoice, the one that says customer no.?",
        ],
        "BOOKING_REFERENCE": [
            "what's the booking reference?",
            "can you send me the booking code pls?",
            "which reservation code was in the confirmation email?",
            "do you have the 6-character booking ref?",
            "what's the confirmation code on the booking?",
        ],
        "PASSPORT": [
            "what's the passport number?",
            "could I have the passport no. of the person travelling?",
            "can you type the number from the photo page of the passport?",
            "which passport number should go on the form?",
        ],
        "DATE_OF_BIRTH": [
            "and your date of birth?",
            "what's the date of birth?",
            "can I confirm your DOB?",
            "when were you born, just for the security check?",
            "date of birth of the participant?",
        ],
        "PHONE_NUMBER": [
            "what's the best number to reach you on?",
            "can I get a phone number for the driver?",
            "which mobile should we text?",
            "is there a number we can call you back on?",
            "contact number?",
        ],
        "EMAIL_ADDRESS": [
            "what email should the confirmation go to?",
            "can I have your e-mail address?",
            "which email did you register with?",
            "where should I send the invoice, email wise?",
        ],
        "NATIONAL_ID": [
            "what's your National Insurance number?",
            "could you confirm your NI number for the form?",
            "we need the NI no. for the contract, what is it?",
        ],
        "IBAN_CODE": [
            "what's the IBAN for the refund?",
            "which IBAN should the deposit go back to?",
            "can you give me the IBAN for the direct debit?",
        ],
        "BANK_ACCOUNT": [
            "can you give me the sort code and account number?",
            "which account should we refund to, sort code and number?",
            "bank details for the direct debit?",
        ],
        "CREDIT_CARD": [
            "what's the long number on the card?",
            "can you read me the card number?",
            "which card would you like to pay with, full number please?",
        ],
        "PERSON": [
            "what's the full name on the booking?",
            "and your name please?",
            "who is the booking under?",
            "whose name should go on it?",
        ],
        "FLIGHT_NUMBER": [
            "what's your flight number?",
            "which flight are you coming in on?",
            "do you have the flight no.?",
        ],
        "TICKET_NUMBER": [
            "what's the e-ticket number?",
            "can you give me the 13-digit ticket number?",
            "ticket number from the airline?",
        ],
        "LOCATION": [
            "where should we send it?",
            "what address shall we collect from?",
            "where do you want it delivered?",
            "address for the pickup?",
        ],
    },
    "nl": {
        "CUSTOMER_NUMBER": [
            "wat is je klantnummer?",
            "kun je me je klantnr. geven?",
            "heb je het lidnummer bij de hand?",
            "onder welk klantnummer staat het?",
            "wat is uw relatienummer bij ons?",
            "welk debiteurnummer staat er op je factuur?",
        ],
        "BOOKING_REFERENCE": [
            "wat is de boekingscode?",
            "kun je het reserveringsnummer sturen?",
            "welke boekingsreferentie staat in de bevestigingsmail?",
            "heb je de code van 6 tekens van je boeking?",
            "wat is je reserveringscode?",
        ],
        "PASSPORT": [
            "wat is het paspoortnummer?",
            "mag ik het documentnummer van je paspoort?",
            "kun je het nummer van je ID-kaart of paspoort typen?",
            "welk paspoortnr. moet op het formulier?",
        ],
        "DATE_OF_BIRTH": [
            "en je geboortedatum?",
            "wat is de geboortedatum?",
            "mag ik ter controle uw geboortedatum?",
            "wanneer ben je geboren?",
            "geboortedatum van de deelnemer?",
        ],
        "PHONE_NUMBER": [
            "op welk nummer kunnen we je bereiken?",
            "mag ik een telefoonnummer voor de chauffeur?",
            "naar welk 06-nummer kunnen we appen?",
            "op welk nummer kunnen we terugbellen?",
            "telefoonnummer?",
        ],
        "EMAIL_ADDRESS": [
            "naar welk e-mailadres mag de bevestiging?",
            "wat is je mailadres?",
            "met welk e-mailadres heb je je aangemeld?",
            "waar mogen we de factuur naar mailen?",
        ],
        "NATIONAL_ID": [
            "wat is je BSN?",
            "mag ik je burgerservicenummer voor het contract?",
            "we hebben je BSN nodig voor de registratie, wat is dat?",
        ],
        "IBAN_CODE": [
            "wat is je IBAN voor de terugbetaling?",
            "op welk rekeningnummer mogen we de borg terugstorten?",
            "welk IBAN mogen we gebruiken voor de incasso?",
            "naar welke rekening moet het geld?",
        ],
        "BANK_ACCOUNT": ["op welk rekeningnummer?"],
        "CREDIT_CARD": [
            "wat is het kaartnummer?",
            "kun je de 16 cijfers van je creditcard doorgeven?",
            "met welke creditcard wil je betalen?",
        ],
        "PERSON": [
            "op welke naam staat de boeking?",
            "en je naam?",
            "wat is de volledige naam?",
            "op wiens naam mag het?",
        ],
        "FLIGHT_NUMBER": [
            "wat is je vluchtnummer?",
            "met welke vlucht kom je aan?",
            "heb je het vluchtnr.?",
        ],
        "TICKET_NUMBER": [
            "wat is het ticketnummer?",
            "kun je het e-ticketnummer van 13 cijfers geven?",
            "het ticketnummer van de luchtvaartmaatschappij?",
        ],
        "LOCATION": [
            "waar mogen we het naartoe sturen?",
            "op welk adres halen we het op?",
            "wat is het bezorgadres?",
            "adres voor het ophalen?",
        ],
    },
    "nb": {
        "CUSTOMER_NUMBER": [
            "hva er kundenummeret ditt?",
            "kan du gi meg kundenr.?",
            "har du medlemsnummeret for hånden?",
            "hvilket kundenummer står det på?",
            "hva er kunde-ID-en på fakturaen?",
            "hvilket medlemsnr har du?",
        ],
        "BOOKING_REFERENCE": [
            "hva er bestillingsreferansen?",
            "kan du sende bookingkoden?",
            "hvilken referanse står i bekreftelsen på e-post?",
            "har du koden på 6 tegn fra bestillingen?",
            "hva er reservasjonskoden?",
        ],
        "PASSPORT": [
            "hva er passnummeret?",
            "kan jeg få passnr. til den som reiser?",
            "kan du skrive nummeret fra passet?",
            "hvilket passnummer skal stå på skjemaet?",
        ],
        "DATE_OF_BIRTH": [
            "og fødselsdatoen din?",
            "hva er fødselsdato?",
            "kan du bekrefte fødselsdatoen?",
            "når er du født?",
            "fødselsdato til deltakeren?",
        ],
        "PHONE_NUMBER": [
            "hvilket nummer kan vi nå deg på?",
            "kan jeg få et telefonnummer til sjåføren?",
            "hvilket mobilnr. skal vi sende sms til?",
            "kan vi ringe deg tilbake på et nummer?",
            "telefonnummer?",
        ],
        "EMAIL_ADDRESS": [
            "hvilken e-post skal bekreftelsen til?",
            "hva er e-postadressen din?",
            "hvilken e-post registrerte du deg med?",
            "hvor skal vi sende fakturaen på mail?",
        ],
        "NATIONAL_ID": [
            "hva er fødselsnummeret ditt?",
            "kan jeg få personnummeret til kontrakten?",
            "vi trenger fødselsnr. (11 siffer), hva er det?",
        ],
        "IBAN_CODE": [
            "hva er IBAN for tilbakebetalingen?",
            "hvilken IBAN skal depositumet tilbake til?",
        ],
        "BANK_ACCOUNT": [
            "hvilket kontonummer skal vi betale tilbake til?",
            "kan du gi meg kontonummeret for avtalegiro?",
            "kontonr. for refusjonen?",
        ],
        "CREDIT_CARD": [
            "hva er kortnummeret?",
            "kan du lese opp kortnummeret?",
            "hvilket kort vil du betale med, hele nummeret?",
        ],
        "PERSON": [
            "hvilket navn står bestillingen på?",
            "og navnet ditt?",
            "hva er fullt navn?",
            "hvem skal stå på den?",
        ],
        "FLIGHT_NUMBER": [
            "hva er flightnummeret?",
            "hvilket fly kommer du med?",
            "har du rutenummeret?",
        ],
        "TICKET_NUMBER": [
            "hva er billettnummeret?",
            "kan du gi meg det 13-sifrede billettnummeret?",
            "billettnummeret fra flyselskapet?",
        ],
        "LOCATION": [
            "hvor skal vi sende det?",
            "hvilken adresse henter vi på?",
            "hvor vil du ha det levert?",
            "adresse for henting?",
        ],
    },
    "ru": {
        "CUSTOMER_NUMBER": [
            "какой у вас номер клиента?",
            "подскажите номер договора?",
            "номер клубной карты под рукой?",
            "на какой лицевой счёт оформлено?",
            "какой номер клиента указан в счёте?",
            "продиктуйте номер карты лояльности?",
        ],
        "BOOKING_REFERENCE": [
            "какой код бронирования?",
            "пришлите номер брони, пожалуйста?",
            "какой код указан в письме-подтверждении?",
            "у вас есть шестизначный код брони?",
            "назовите код бронирования?",
        ],
        "PASSPORT": [
            "какой номер загранпаспорта?",
            "продиктуйте серию и номер паспорта?",
            "можно номер паспорта того, кто летит?",
            "какой номер паспорта вписать в анкету?",
        ],
        "DATE_OF_BIRTH": [
            "ваша дата рождения?",
            "а дата рождения?",
            "подтвердите, пожалуйста, дату рождения?",
            "когда вы родились?",
            "дата рождения участника?",
        ],
        "PHONE_NUMBER": [
            "по какому номеру с вами связаться?",
            "можно телефон для водителя?",
            "на какой мобильный прислать смс?",
            "куда вам перезвонить?",
            "контактный телефон?",
        ],
        "EMAIL_ADDRESS": [
            "на какую почту отправить подтверждение?",
            "какой у вас e-mail?",
            "с какой почты вы регистрировались?",
            "куда прислать счёт по электронке?",
        ],
        "NATIONAL_ID": [
            "какой у вас ИНН?",
            "продиктуйте СНИЛС для договора?",
            "нам нужен ваш ИНН, подскажете?",
        ],
        "IBAN_CODE": ["какой IBAN?"],
        "BANK_ACCOUNT": [
            "на какой счёт вернуть деньги?",
            "продиктуйте номер счёта для возврата?",
            "номер расчётного счёта для автоплатежа?",
        ],
        "CREDIT_CARD": [
            "какой номер карты?",
            "продиктуйте номер карты?",
            "какой картой будете платить, полный номер?",
        ],
        "PERSON": ["на чьё имя бронь?", "как вас зовут?", "ФИО полностью?", "на кого оформить?"],
        "FLIGHT_NUMBER": [
            "какой номер рейса?",
            "каким рейсом прилетаете?",
            "номер рейса подскажете?",
        ],
        "TICKET_NUMBER": [
            "какой номер электронного билета?",
            "продиктуйте 13-значный номер билета?",
            "номер билета от авиакомпании?",
        ],
        "LOCATION": [
            "куда отправить?",
            "откуда забрать?",
            "адрес доставки?",
            "по какому адресу забрать?",
        ],
    },
}

# a cue and the value in one message (class plain; also the frame of a correction)
P = {
    "en": {
        "CUSTOMER_NUMBER": [
            "my customer no. is {v}",
            "account number {v} if that helps",
            "member number: {v}",
            "i'm customer {v}",
        ],
        "BOOKING_REFERENCE": [
            "booking ref {v}",
            "my booking code is {v}",
            "the confirmation code was {v}",
        ],
        "PASSPORT": ["passport number {v}", "my passport no is {v}", "passport: {v}"],
        "DATE_OF_BIRTH": ["my date of birth is {v}", "dob {v}", "i was born on {v}"],
        "PHONE_NUMBER": [
            "you can call me on {v}",
            "my mobile is {v}",
            "ring me at {v} after 5",
            "my number's {v}",
        ],
        "EMAIL_ADDRESS": ["my email is {v}", "send it to {v} please", "email: {v}"],
        "NATIONAL_ID": ["my NI number is {v}", "NI no {v}"],
        "IBAN_CODE": ["my IBAN is {v}", "IBAN: {v}"],
        "BANK_ACCOUNT": ["sort code and account: {v}", "my bank details are {v}"],
        "CREDIT_CARD": ["card number {v}", "use my card {v}", "the card is {v}"],
        "PERSON": ["my name is {v}", "it's under the name {v}", "this is {v} btw"],
        "FLIGHT_NUMBER": ["i'm on flight {v}", "flight number is {v}", "coming in on {v}"],
        "TICKET_NUMBER": ["e-ticket no. {v}", "the ticket number is {v}"],
        "LOCATION": ["my address is {v}", "i live at {v}", "home address: {v}"],
    },
    "nl": {
        "CUSTOMER_NUMBER": [
            "mijn klantnummer is {v}",
            "klantnr {v}",
            "lidnummer: {v}",
            "relatienummer {v} als dat helpt",
        ],
        "BOOKING_REFERENCE": [
            "boekingscode {v}",
            "mijn reserveringscode is {v}",
            "de boekingsreferentie was {v}",
        ],
        "PASSPORT": ["paspoortnummer {v}", "mijn paspoortnr is {v}", "paspoort: {v}"],
        "DATE_OF_BIRTH": ["mijn geboortedatum is {v}", "geb. {v}", "ik ben geboren op {v}"],
        "PHONE_NUMBER": [
            "je kunt me bellen op {v}",
            "mijn nummer is {v}",
            "bel me op {v} na 17u",
            "mobiel: {v}",
        ],
        "EMAIL_ADDRESS": ["mijn mail is {v}", "stuur het naar {v} aub", "e-mail: {v}"],
        "NATIONAL_ID": ["mijn BSN is {v}", "bsn {v}"],
        "IBAN_CODE": ["mijn IBAN is {v}", "rekeningnummer {v}", "IBAN: {v}"],
        "BANK_ACCOUNT": ["rekening {v}"],
        "CREDIT_CARD": ["kaartnummer {v}", "gebruik mijn creditcard {v}"],
        "PERSON": ["mijn naam is {v}", "het staat op naam van {v}", "met {v} trouwens"],
        "FLIGHT_NUMBER": ["ik zit op vlucht {v}", "vluchtnummer is {v}", "ik kom aan met de {v}"],
        "TICKET_NUMBER": ["ticketnummer {v}", "het e-ticketnummer is {v}"],
        "LOCATION": ["mijn adres is {v}", "ik woon op {v}", "woonadres: {v}"],
    },
    "nb": {
        "CUSTOMER_NUMBER": [
            "kundenummeret mitt er {v}",
            "kundenr {v}",
            "medlemsnummer: {v}",
            "kunde-ID {v} hvis det hjelper",
        ],
        "BOOKING_REFERENCE": [
            "bookingreferanse {v}",
            "bestillingskoden min er {v}",
            "referansen var {v}",
        ],
        "PASSPORT": ["passnummer {v}", "passnr. mitt er {v}", "pass: {v}"],
        "DATE_OF_BIRTH": ["fødselsdatoen min er {v}", "f. {v}", "jeg er født {v}"],
        "PHONE_NUMBER": [
            "du kan ringe meg på {v}",
            "mobilnr. mitt er {v}",
            "ring {v} etter kl 16",
            "nummeret mitt er {v}",
        ],
        "EMAIL_ADDRESS": ["e-posten min er {v}", "send det til {v} takk", "e-post: {v}"],
        "NATIONAL_ID": ["fødselsnummeret mitt er {v}", "fnr {v}", "personnummer: {v}"],
        "IBAN_CODE": ["IBAN er {v}", "IBAN: {v}"],
        "BANK_ACCOUNT": ["kontonummeret mitt er {v}", "kontonr {v}", "betal tilbake til konto {v}"],
        "CREDIT_CARD": ["kortnummer {v}", "bruk kortet mitt {v}"],
        "PERSON": ["jeg heter {v}", "den står på {v}", "det er {v} her forresten"],
        "FLIGHT_NUMBER": ["jeg er på fly {v}", "flightnummer er {v}", "lander med {v}"],
        "TICKET_NUMBER": ["billettnr {v}", "billettnummeret er {v}"],
        "LOCATION": ["adressen min er {v}", "jeg bor i {v}", "hjemmeadresse: {v}"],
    },
    "ru": {
        "CUSTOMER_NUMBER": [
            "мой номер клиента {v}",
            "номер договора {v}",
            "номер клубной карты: {v}",
            "лицевой счёт {v}, если поможет",
        ],
        "BOOKING_REFERENCE": ["код брони {v}", "мой код бронирования {v}", "номер брони был {v}"],
        "PASSPORT": ["номер загранпаспорта {v}", "паспорт: {v}", "мой загран {v}"],
        "DATE_OF_BIRTH": ["моя дата рождения {v}", "д.р. {v}", "я родилась {v}"],
        "PHONE_NUMBER": [
            "можно звонить на {v}",
            "мой мобильный {v}",
            "наберите {v} после 18",
            "мой номер {v}",
        ],
        "EMAIL_ADDRESS": ["моя почта {v}", "пришлите на {v} пожалуйста", "e-mail: {v}"],
        "NATIONAL_ID": ["мой ИНН {v}", "СНИЛС {v}"],
        "IBAN_CODE": ["IBAN {v}"],
        "BANK_ACCOUNT": ["номер счёта {v}", "верните на счёт {v}", "мой счёт: {v}"],
        "CREDIT_CARD": ["номер карты {v}", "спишите с карты {v}"],
        "PERSON": ["меня зовут {v}", "бронь на имя {v}", "это {v}, кстати"],
        "FLIGHT_NUMBER": ["лечу рейсом {v}", "номер рейса {v}", "прилетаю {v}"],
        "TICKET_NUMBER": ["номер билета {v}", "электронный билет {v}"],
        "LOCATION": ["мой адрес {v}", "я живу по адресу {v}", "адрес проживания: {v}"],
    },
}

#: the bank types each language uses (ru: 20-digit account; nl: IBAN; en and nb both)
BANK_TYPES = {
    "en": ["IBAN_CODE", "BANK_ACCOUNT"],
    "nl": ["IBAN_CODE"],
    "nb": ["IBAN_CODE", "BANK_ACCOUNT"],
    "ru": ["BANK_ACCOUNT"],
}

GREET = {
    "en": [
        "Hi, you're chatting with {a} from {co}, how can I help?",
        "Hello! {a} here at {co}. What can I do for you today?",
        "Good morning, this is {a} at {co} customer support.",
        "hey, {a} from the {co} team here 👋",
    ],
    "nl": [
        "Hallo, je spreekt met {a} van {co}, waarmee kan ik helpen?",
        "Goedemiddag! {a} van {co} hier. Wat kan ik voor je doen?",
        "Hoi, met {a} van de klantenservice van {co}.",
        "Welkom bij {co}, je chat met {a}.",
    ],
    "nb": [
        "Hei, du snakker med {a} hos {co}, hva kan jeg hjelpe med?",
        "Hallo! {a} fra {co} her. Hva gjelder det?",
        "God dag, dette er {a} i kundeservice hos {co}.",
        "Velkommen til {co}, du chatter med {a}.",
    ],
    "ru": [
        "Здравствуйте, вас приветствует {a}, {co}. Чем могу помочь?",
        "Добрый день! Это {a} из {co}. Слушаю вас.",
        "Здравствуйте, {co}, оператор {a}.",
        "Привет! {co}, на связи {a}.",
    ],
}
ACK = {
    "en": [
        "sure, let me help with that.",
        "no problem, I just need a few details first.",
        "of course! let's get that sorted.",
        "happy to help, I'll pull up your file.",
    ],
    "nl": [
        "zeker, ik help je graag.",
        "geen probleem, ik heb eerst wat gegevens nodig.",
        "natuurlijk! even kijken.",
        "ik zoek het voor je op.",
    ],
    "nb": [
        "selvsagt, det fikser vi.",
        "ikke noe problem, trenger bare noen opplysninger først.",
        "klart! skal se på det.",
        "jeg sjekker saken din.",
    ],
    "ru": [
        "конечно, помогу.",
        "без проблем, нужны пара данных.",
        "да, сейчас разберёмся.",
        "сейчас посмотрю вашу заявку.",
    ],
}
PREFIX = {
    "en": [
        "",
        "",
        "thanks! ",
        "ok, ",
        "perfect. ",
        "great, and ",
        "got it. ",
        "cheers. ",
        "right, ",
    ],
    "nl": ["", "", "dank je! ", "oké, ", "top. ", "prima, en ", "helder. ", "fijn. ", "goed, "],
    "nb": ["", "", "takk! ", "ok, ", "supert. ", "flott, og ", "skjønner. ", "fint. ", "da, "],
    "ru": [
        "",
        "",
        "спасибо! ",
        "хорошо, ",
        "отлично. ",
        "понял, а ",
        "принято. ",
        "ясно. ",
        "так, ",
    ],
}
WAIT_C = {
    "en": [
        "one sec",
        "hang on, looking for it",
        "moment pls",
        "sec, it's in my other email",
        "wait let me check",
        "brb getting my wallet",
    ],
    "nl": [
        "momentje",
        "ff zoeken",
        "sec, staat in mijn mail",
        "wacht even",
        "moment ik pak mijn pas",
        "eventjes",
    ],
    "nb": [
        "et øyeblikk",
        "vent litt, må finne det",
        "sek",
        "øyeblikk, sjekker mailen",
        "vent, henter lommeboka",
        "liten pause",
    ],
    "ru": [
        "секунду",
        "минутку, ищу",
        "щас",
        "подождите, в почте посмотрю",
        "момент, достану карту",
        "сек",
    ],
}
WAIT_A = {
    "en": ["no rush", "take your time", "sure, I'll wait", "no worries"],
    "nl": ["geen haast", "neem je tijd", "ik wacht even", "geen probleem"],
    "nb": ["ingen hast", "ta den tiden du trenger", "jeg venter", "helt greit"],
    "ru": ["не торопитесь", "жду", "конечно", "ничего страшного"],
}
BACKQ = {
    "en": [
        "the one from the email or the card?",
        "you mean the long one?",
        "mine or my husband's?",
        "is that the number on the letter?",
    ],
    "nl": [
        "die uit de mail of van de pas?",
        "bedoel je die lange?",
        "van mij of van mijn vrouw?",
        "het nummer op de brief?",
    ],
    "nb": [
        "den i e-posten eller på kortet?",
        "mener du det lange nummeret?",
        "mitt eller mannen min sitt?",
        "det som står i brevet?",
    ],
    "ru": [
        "которое в письме или на карте?",
        "длинный номер?",
        "мой или мужа?",
        "тот, что в договоре?",
    ],
}
BACKA = {
    "en": ["yes that one", "either is fine", "yours please", "yes, that's it"],
    "nl": ["ja die", "maakt niet uit", "die van jou graag", "ja klopt"],
    "nb": ["ja, det", "samme det", "ditt, takk", "ja, stemmer"],
    "ru": ["да, его", "любой подойдёт", "ваш, пожалуйста", "да, верно"],
}
THANKS_C = {
    "en": ["thanks", "ok cheers", "brilliant thank you!", "great ta", "perfect thx"],
    "nl": ["dank je", "top bedankt", "super, thanks!", "oké dankjewel", "fijn"],
    "nb": ["takk", "supert, takk!", "tusen takk", "flott", "ok takk"],
    "ru": ["спасибо", "отлично, спасибо!", "благодарю", "ок, спс", "супер"],
}
BYE_A = {
    "en": [
        "all done! anything else I can help with?",
        "you're all set, have a lovely day.",
        "that's sorted. thanks for contacting us!",
    ],
    "nl": [
        "alles staat erin! kan ik nog iets doen?",
        "het is geregeld, fijne dag nog.",
        "dat is geregeld. bedankt voor je bericht!",
    ],
    "nb": [
        "da er alt ordnet! noe mer jeg kan hjelpe med?",
        "alt i orden, ha en fin dag.",
        "da er det fikset. takk for at du tok kontakt!",
    ],
    "ru": [
        "всё готово! могу ещё чем-то помочь?",
        "всё оформлено, хорошего дня.",
        "готово. спасибо за обращение!",
    ],
}
CHECKING = {
    "en": [
        "thanks, one moment while I check",
        "let me just look that up",
        "found it.",
        "checking now…",
    ],
    "nl": ["dank je, ik kijk het even na", "even opzoeken", "gevonden.", "ik check het nu…"],
    "nb": ["takk, et øyeblikk mens jeg sjekker", "skal slå det opp", "fant det.", "sjekker nå…"],
    "ru": ["спасибо, минутку, проверяю", "сейчас посмотрю", "нашла.", "проверяю…"],
}
# fmt: on


# ---------------------------------------------------------------------------------------
# values
# ---------------------------------------------------------------------------------------

LANDLINE_AREAS = {
    "en": ["1392", "1522", "191", "1743", "1228", "1793", "1473", "1786"],
    "nl": ["33", "570", "50", "13", "72", "24", "43", "592"],
    "nb": ["61", "75", "70", "38", "69", "71", "22", "77"],
    "ru": ["4852", "473", "3952", "4872", "4912", "4842", "3812", "4712"],
}
REGION = {"en": "GB", "nl": "NL", "nb": "NO", "ru": "RU"}


def landline(rng: random.Random, lang: str, intl: bool | None = None) -> str:
    """A valid fixed-line number in the country's national or international style."""
    while True:
        area = rng.choice(LANDLINE_AREAS[lang])
        if lang == "nb":
            national = area + mv.digits(rng, 6, first_nonzero=False)
        else:
            total = {"en": 10, "nl": 9, "ru": 10}[lang]
            national = area + mv.digits(rng, total - len(area))
        num = phonenumbers.parse(
            ("0" if lang in ("en", "nl") else "") + national if lang != "ru" else "8" + national,
            REGION[lang],
        )
        if (
            phonenumbers.is_valid_number(num)
            and phonenumbers.number_type(num) != phonenumbers.PhoneNumberType.MOBILE
        ):
            break
    if intl is None:
        intl = rng.random() < 0.4
    fmt = (
        phonenumbers.PhoneNumberFormat.INTERNATIONAL
        if intl
        else phonenumbers.PhoneNumberFormat.NATIONAL
    )
    return phonenumbers.format_number(num, fmt)


def customer_phone(rng: random.Random, lang: str) -> str:
    r = rng.random()
    if r < 0.3:
        return landline(rng, lang)
    return mv.phone(rng, lang)


def full_name(rng: random.Random, lang: str, female: bool | None = None) -> tuple[str, str]:
    """(first name, full name) from this set's own lists."""
    if female is None:
        female = rng.random() < 0.5
    first = rng.choice((FIRST_F if female else FIRST_M)[lang])
    if lang == "ru":
        last = rng.choice(RU_LAST)[1 if female else 0]
        if rng.random() < 0.2:
            patr = rng.choice(RU_PATR)[1 if female else 0]
            return first, rng.choice([f"{last} {first} {patr}", f"{first} {patr} {last}"])
        return first, rng.choice([f"{first} {last}", f"{last} {first}"])
    last = rng.choice(LAST[lang])
    return first, f"{first} {last}"


def email(rng: random.Random, lang: str, full: str) -> str:
    words = full.split()
    first, last = words[0], words[-1]
    if lang == "ru" and len(words) >= 2 and words[0][-2:] in ("ов", "ва", "ев", "на", "ин"):
        first, last = words[1], words[0]
    local, dom = mv.email_parts(rng, lang, first, last)
    local = [p for p in local if p]
    sep = rng.choice([".", ".", "_", ""]) if len(local) > 1 else ""
    return sep.join(local) + "@" + rng.choice(DOMAINS[lang])


def luhn_card(rng: random.Random) -> str:
    while True:
        body = rng.choice(["4", "51", "53", "55", "22"]) + mv.digits(rng, 14, first_nonzero=False)
        body = body[:15]
        for c in "0123456789":
            d = body + c
            total = 0
            for i, ch in enumerate(reversed(d)):
                n = int(ch) * (2 if i % 2 else 1)
                total += n - 9 if n > 9 else n
            if total % 10 == 0:
                return d


def card(rng: random.Random) -> str:
    d = luhn_card(rng)
    s = rng.randint(0, 2)
    if s == 0:
        return " ".join(d[i : i + 4] for i in range(0, 16, 4))
    if s == 1:
        return "-".join(d[i : i + 4] for i in range(0, 16, 4))
    return d


def cust_number(rng: random.Random, lang: str) -> str:
    s = rng.randint(0, 6)
    if s == 0:
        return mv.digits(rng, rng.choice([7, 8, 9]))
    if s == 1:
        d = mv.digits(rng, 8)
        return f"{d[:4]} {d[4:]}"
    if s == 2:
        pre = {
            "en": ["CU", "MB", "AC"],
            "nl": ["KL", "RN", "LID"],
            "nb": ["KN", "MED", "K"],
            "ru": ["KL", "DG", "N"],
        }[lang]
        return rng.choice(pre) + rng.choice(["-", "", " "]) + mv.digits(rng, rng.choice([5, 6, 7]))
    if s == 3:
        d = mv.digits(rng, 8)
        return f"{d[:2]}.{d[2:5]}.{d[5:]}"
    if s == 4:
        d = mv.digits(rng, 9)
        return f"{d[:3]}-{d[3:6]}-{d[6:]}"
    if s == 5:
        return mv.digits(rng, 6) + "/" + mv.digits(rng, 2)
    return rng.choice("ABCDEFGHKMPRSTX") + mv.digits(rng, 7) + rng.choice("ABCDEFGHKMPRSTX")


def ni_number(rng: random.Random) -> str:
    a = rng.choice("ABCEGHJKLMNPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
    d = mv.digits(rng, 6, first_nonzero=False)
    return f"{a} {d[:2]} {d[2:4]} {d[4:]} {rng.choice('ABCD')}"


def national_id(rng: random.Random, lang: str, dob: tuple[int, int, int] | None = None) -> str:
    if lang == "en":
        return ni_number(rng)
    if lang == "nl":
        v = mv.nl_bsn(rng)
        return rng.choice([v, v, f"{v[:4]}.{v[4:6]}.{v[6:]}", f"{v[:3]} {v[3:6]} {v[6:]}"])
    if lang == "nb":
        v, _ = mv.no_fnr(rng)
        return rng.choice([v, f"{v[:6]} {v[6:]}"])
    if rng.random() < 0.5:
        return mv.ru_snils(rng)
    v = mv.ru_inn(rng)
    return v


def bank(rng: random.Random, lang: str, typ: str) -> str:
    if typ == "IBAN_CODE":
        v = mv.iban(rng, {"en": "GB", "nl": "NL", "nb": "NO"}[lang])
        return v if rng.random() < 0.7 else v.replace(" ", "")
    if lang == "en":
        return f"{mv.digits(rng, 2)}-{mv.digits(rng, 2, False)}-{mv.digits(rng, 2, False)} {mv.digits(rng, 8)}"
    if lang == "nb":
        v = mv.no_kontonr(rng)
        return rng.choice([v, f"{v[:4]} {v[4:6]} {v[6:]}", f"{v[:4]}.{v[4:6]}.{v[6:]}"])
    v = mv.ru_account(rng)
    return rng.choice([v, f"{v[:5]} {v[5:8]} {v[8]} {v[9:13]} {v[13:]}"])


def dob(rng: random.Random, lang: str, child: bool = False) -> str:
    d, m, y = mv.birth_date(rng)
    if child:
        y = rng.randint(2009, 2020)
    return mv.date_text(rng, lang, d, m, y)


def flight(rng: random.Random, lang: str) -> str:
    code = rng.choice(AIRLINES[lang])
    n = str(rng.randint(11, 4999))
    return rng.choice(
        [
            f"{code}{n}",
            f"{code} {n}",
            f"{code}{n}",
            f"{code}-{n}" if lang == "ru" else f"{code} {n}",
        ]
    )


def ticket(rng: random.Random, lang: str) -> str:
    pre = rng.choice(TICKET_PREFIX[lang])
    d = mv.digits(rng, 10, first_nonzero=False)
    return rng.choice([f"{pre}-{d}", f"{pre}{d}", f"{pre} {d}"])


def address(rng: random.Random, lang: str) -> str:
    street = rng.choice(STREETS[lang])
    city, pc = rng.choice(CITIES[lang])
    no = str(rng.randint(1, 160))
    if lang == "en":
        no += rng.choice(["", "", "", "a", "b"])
        s = rng.choice(
            [
                f"{no} {street}, {city} {pc}",
                f"{no} {street}\n{city}\n{pc}",
                f"flat {rng.randint(1, 12)}, {no} {street}, {city}, {pc}",
                f"{no} {street} {city} {pc.lower()}",
            ]
        )
    elif lang == "nl":
        pcs = pc.replace(" ", "") if rng.random() < 0.5 else pc
        no += rng.choice(["", "", "", "-bis", " hs", "A", "-2"])
        s = rng.choice(
            [
                f"{street} {no} {pcs} {city}",
                f"{street} {no}, {pcs} {city}",
                f"{street} {no}\n{pcs} {city}",
                f"{street} {no} {city}",
            ]
        )
    elif lang == "nb":
        no += rng.choice(["", "", "B", "A"])
        s = rng.choice(
            [
                f"{street} {no}, {pc} {city}",
                f"{street} {no} {pc} {city}",
                f"{street} {no}, H0{rng.randint(1, 4)}0{rng.randint(1, 6)}, {pc} {city}",
                f"{street} {no}\n{pc} {city}",
            ]
        )
    else:
        apt = rng.randint(1, 220)
        s = rng.choice(
            [
                f"г. {city}, {street}, д. {no}, кв. {apt}",
                f"{pc}, {city}, {street} {no}-{apt}",
                f"{city}, {street} {no}, кв {apt}",
                f"{street}, {no}, кв. {apt}, {city}",
            ]
        )
    return s.lower() if rng.random() < 0.6 else s


def value(rng: random.Random, lang: str, typ: str, child: bool = False) -> str:
    if typ == "PERSON":
        return full_name(rng, lang)[1]
    if typ == "EMAIL_ADDRESS":
        return email(rng, lang, full_name(rng, lang)[1])
    if typ == "PHONE_NUMBER":
        return customer_phone(rng, lang)
    if typ in ("IBAN_CODE", "BANK_ACCOUNT"):
        return bank(rng, lang, typ)
    if typ == "CREDIT_CARD":
        return card(rng)
    if typ == "CUSTOMER_NUMBER":
        return cust_number(rng, lang)
    if typ == "DATE_OF_BIRTH":
        return dob(rng, lang, child)
    if typ == "PASSPORT":
        return mv.passport(rng, lang)
    if typ == "NATIONAL_ID":
        return national_id(rng, lang)
    if typ == "BOOKING_REFERENCE":
        return mv.booking_ref(rng)
    if typ == "FLIGHT_NUMBER":
        return flight(rng, lang)
    if typ == "TICKET_NUMBER":
        return ticket(rng, lang)
    if typ == "LOCATION":
        return address(rng, lang)
    raise ValueError(typ)


# ---------------------------------------------------------------------------------------
# the businesses' own details (hard negatives)
# ---------------------------------------------------------------------------------------

# fmt: off
COMPANY_STREETS = {
    "en": [("Unit {n}, Hawthorn Business Park", "Exeter EX2 8PW"), ("{n} Wharfside", "Lincoln LN1 1XB"),
           ("{n} Saddler Street", "Durham DH1 3NP"), ("Unit {n}, Mercia Trading Estate", "Swindon SN3 4TE")],
    "nl": [("Industrieweg {n}", "3821 AL Amersfoort"), ("Handelskade {n}", "7417 AE Deventer"),
           ("Zernikepark {n}", "9747 AN Groningen"), ("Ringbaan-Oost {n}", "5013 CA Tilburg")],
    "nb": [("Industriveien {n}", "2619 Lillehammer"), ("Sjøgata {n}", "8006 Bodø"),
           ("Moaveien {n}", "6018 Ålesund"), ("Kjøita {n}", "4630 Kristiansand")],
    "ru": [("ул. Промышленная, д. {n}", "г. Ярославль"), ("Московский пр-т, {n}", "г. Воронеж"),
           ("ул. Байкальская, {n}", "г. Иркутск"), ("ул. Складская, стр. {n}", "г. Тула")],
}
EMAIL_LOCAL = {"en": ["hello", "bookings", "support"], "nl": ["info", "klantenservice", "boekingen"],
               "nb": ["post", "kundeservice", "booking"], "ru": ["info", "zakaz", "help"]}
TLD = {"en": "co.uk", "nl": "nl", "nb": "no", "ru": "ru"}
# fmt: on


def _company_details(rng: random.Random) -> None:
    for s in SECTORS:
        s["phone"], s["email"], s["addr"], s["account"], s["company_id"] = {}, {}, {}, {}, {}
        for lang in LANGS:
            s["phone"][lang] = [landline(rng, lang, intl=False), landline(rng, lang, intl=True)]
            dom = s["dom"] + ("-" + lang if lang in ("nb", "ru") else "")
            s["email"][lang] = f"{rng.choice(EMAIL_LOCAL[lang])}@{dom}.{TLD[lang]}"
            street, city = rng.choice(COMPANY_STREETS[lang])
            s["addr"][lang] = street.format(n=rng.randint(2, 90)) + ", " + city
            if lang == "ru":
                s["account"][lang] = "40702810" + mv.digits(rng, 12, first_nonzero=False)
                while True:
                    v = mv.digits(rng, 10)
                    if inn.is_valid(v):
                        break
                s["company_id"][lang] = v
            else:
                s["account"][lang] = mv.iban(rng, {"en": "GB", "nl": "NL", "nb": "NO"}[lang])
                if lang == "nb":
                    while True:
                        v = mv.digits(rng, 9)
                        if v[0] in "89" and orgnr.is_valid(v):
                            break
                    s["company_id"][lang] = f"{v[:3]} {v[3:6]} {v[6:]}"
                else:
                    s["company_id"][lang] = mv.digits(rng, 8, first_nonzero=False)


_company_details(random.Random(SEED + 1))

# ---------------------------------------------------------------------------------------
# hard-negative values
# ---------------------------------------------------------------------------------------

CURRENCY = {"en": "£{a}.{c:02d}", "nl": "€ {a},{c:02d}", "nb": "{a},{c:02d} kr", "ru": "{a} ₽"}


def amount(rng: random.Random, lang: str) -> str:
    a = rng.randint(9, 2400) if lang != "ru" else rng.randint(500, 90000)
    c = rng.choice([0, 0, 50, 95, 99, 25])
    if lang == "ru" and a >= 1000:
        a = f"{a // 1000} {a % 1000:03d}"
    return CURRENCY[lang].format(a=a, c=c)


def time_(rng: random.Random) -> str:
    return f"{rng.randint(7, 20)}:{rng.choice(['00', '15', '30', '45', '10', '50'])}"


def short_date(rng: random.Random, lang: str) -> str:
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    mon = mv.MONTHS[lang][m - 1]
    s = rng.randint(0, 3)
    if s == 0:
        return f"{d}/{m}" if lang == "en" else (f"{d}-{m}" if lang == "nl" else f"{d}.{m}.")
    if s == 1:
        return f"{d} {mon}" if lang != "nb" else f"{d}. {mon}"
    if s == 2:
        return mv.date_text(rng, lang, d, m, rng.choice([2026, 2027]), style=0)
    return f"{mon} {d}" if lang == "en" else f"{d} {ABBR[lang][m - 1]}"


ABBR = {
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "nb": [
        "jan.",
        "feb.",
        "mars",
        "apr.",
        "mai",
        "juni",
        "juli",
        "aug.",
        "sep.",
        "okt.",
        "nov.",
        "des.",
    ],
    "ru": ["янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"],
}


def opening_hours(rng: random.Random) -> tuple[str, str]:
    return (
        f"{rng.randint(7, 10)}:{rng.choice(['00', '30'])}",
        f"{rng.randint(16, 21)}:{rng.choice(['00', '30'])}",
    )


def order_no(rng: random.Random) -> str:
    return rng.choice(["ORD-", "#", "", "SO"]) + mv.digits(rng, rng.choice([6, 7, 8]))


def case_no(rng: random.Random) -> str:
    return (
        rng.choice(["CS-", "T", "#", "SR"]) + rng.choice(["2026-", "27-", ""]) + mv.digits(rng, 5)
    )


def invoice_no(rng: random.Random) -> str:
    return rng.choice(["INV-", "F", "R", "2026/"]) + mv.digits(rng, rng.choice([5, 6]))


def voucher(rng: random.Random) -> str:
    return rng.choice(["SPRING", "WELKOM", "VINTER", "LETO", "GIFT", "BDAY"]) + str(
        rng.choice([10, 15, 20, 25])
    )


def tracking(rng: random.Random) -> str:
    return rng.choice(["JJD00", "3S", "1Z", "CP", "RR"]) + "".join(
        rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(10)
    )


def product_code(rng: random.Random) -> str:
    return (
        rng.choice(["SKU-", "ART ", "P", "REF-"])
        + mv.digits(rng, 4)
        + rng.choice(["", "-B", "/2", "-XL"])
    )


def room_no(rng: random.Random) -> str:
    return rng.choice(
        [
            str(rng.randint(1, 40)),
            rng.choice("ABCD") + str(rng.randint(1, 30)),
            str(rng.randint(100, 340)),
        ]
    )


# fmt: off
# agent lines with the business's own details; {slots} are hard negatives
INFO = {
    "en": [
        "you can also ring us on {company_phone} ({time}–{time2} weekdays)",
        "if anything comes up just email {company_email}",
        "our address is {company_address}, {company_name}",
        "please transfer {amount} to {company_account} with reference {invoice_number}",
        "for your records: {company_name}, company no. {company_id}",
        "that's the {product} (code {product_code}), {quantity} of them, {amount} in total",
        "you're in {room} {room_number} at our {branch}, {appointment_date} at {time}",
        "I've logged it as case {case_number} against order {order_number}",
        "the parcel is on its way, tracking {tracking_number}",
        "use code {voucher_code} and you'll get the discount",
    ],
    "nl": [
        "je kunt ons ook bellen op {company_phone} (werkdagen {time}–{time2})",
        "mail anders even naar {company_email}",
        "ons adres is {company_address}, {company_name}",
        "graag {amount} overmaken naar {company_account} o.v.v. {invoice_number}",
        "ter info: {company_name}, KvK {company_id}",
        "dat is de {product} (artikelnr. {product_code}), {quantity} stuks, totaal {amount}",
        "je staat in {room} {room_number} bij {branch}, op {appointment_date} om {time}",
        "ik heb er zaak {case_number} van gemaakt bij bestelling {order_number}",
        "het pakket is onderweg, track & trace {tracking_number}",
        "met de code {voucher_code} krijg je korting",
    ],
    "nb": [
        "du kan også ringe oss på {company_phone} (hverdager {time}–{time2})",
        "send gjerne e-post til {company_email}",
        "adressen vår er {company_address}, {company_name}",
        "vennligst overfør {amount} til {company_account}, merk med {invoice_number}",
        "til info: {company_name}, org.nr. {company_id}",
        "det er {product} (varenr. {product_code}), {quantity} stk, totalt {amount}",
        "dere er på {room} {room_number} på {branch}, {appointment_date} kl. {time}",
        "jeg har opprettet sak {case_number} på ordre {order_number}",
        "pakken er sendt, sporingsnummer {tracking_number}",
        "bruk koden {voucher_code} så får du rabatt",
    ],
    "ru": [
        "также можно позвонить нам: {company_phone} (будни {time}–{time2})",
        "если что, пишите на {company_email}",
        "наш адрес: {company_address}, {company_name}",
        "переведите, пожалуйста, {amount} на счёт {company_account}, назначение {invoice_number}",
        "реквизиты: {company_name}, ИНН {company_id}",
        "это {product} (арт. {product_code}), {quantity} шт., итого {amount}",
        "вы записаны: {room} {room_number}, {branch}, {appointment_date} в {time}",
        "я завела обращение {case_number} по заказу {order_number}",
        "посылка отправлена, трек-номер {tracking_number}",
        "по промокоду {voucher_code} будет скидка",
    ],
}
# the customer's trip (why they ask): destination and travel dates
TRIP = {
    "en": ["i'm away in {destination} from {travel_date} till {travel_date2} btw", "we fly to {destination} on {travel_date}, can it be done before?"],
    "nl": ["ik zit van {travel_date} tot {travel_date2} in {destination} trouwens", "we vliegen op {travel_date} naar {destination}, kan het daarvoor?"],
    "nb": ["jeg er i {destination} fra {travel_date} til {travel_date2} forresten", "vi flyr til {destination} {travel_date}, rekker dere det før?"],
    "ru": ["я буду в {destination} с {travel_date} по {travel_date2}, кстати", "мы улетаем в {destination} {travel_date}, успеете до этого?"],
}
# questions whose answer is a hard negative, given bare
NQ = {
    "en": {"order_number": ["what's the order number?", "which order is it about?"],
           "invoice_number": ["which invoice number is on the letter?", "what's the invoice no.?"],
           "case_number": ["do you have the case number from last time?", "what was your ticket number with us?"],
           "voucher_code": ["have you got a discount code?", "which voucher code did you use?"],
           "destination": ["where are you heading?", "where are you flying to?"],
           "travel_date": ["when do you leave?", "what date do you travel?"],
           "appointment_date": ["which day suits you?", "what date would you like?"],
           "tracking_number": ["what's the tracking number on the label?"]},
    "nl": {"order_number": ["wat is het bestelnummer?", "over welke order gaat het?"],
           "invoice_number": ["welk factuurnummer staat op de brief?", "wat is het factuurnr.?"],
           "case_number": ["heb je het zaaknummer van de vorige keer?", "wat was je ticketnummer bij ons?"],
           "voucher_code": ["heb je een kortingscode?", "welke actiecode heb je gebruikt?"],
           "destination": ["waar ga je naartoe?", "waar vlieg je heen?"],
           "travel_date": ["wanneer vertrek je?", "op welke datum reis je?"],
           "appointment_date": ["welke dag komt je uit?", "welke datum wil je?"],
           "tracking_number": ["wat is de track & trace code?"]},
    "nb": {"order_number": ["hva er ordrenummeret?", "hvilken ordre gjelder det?"],
           "invoice_number": ["hvilket fakturanummer står i brevet?", "hva er fakturanr.?"],
           "case_number": ["har du saksnummeret fra sist?", "hva var saksnr. hos oss?"],
           "voucher_code": ["har du en rabattkode?", "hvilken kode brukte du?"],
           "destination": ["hvor skal du?", "hvor flyr du?"],
           "travel_date": ["når reiser du?", "hvilken dato drar du?"],
           "appointment_date": ["hvilken dag passer?", "hvilken dato ønsker du?"],
           "tracking_number": ["hva er sporingsnummeret?"]},
    "ru": {"order_number": ["какой номер заказа?", "по какому заказу вопрос?"],
           "invoice_number": ["какой номер счёта в письме?", "номер счёта на оплату?"],
           "case_number": ["есть номер обращения с прошлого раза?", "какой был номер заявки?"],
           "voucher_code": ["есть промокод?", "какой промокод вы вводили?"],
           "destination": ["куда едете?", "куда летите?"],
           "travel_date": ["когда вылет?", "какого числа уезжаете?"],
           "appointment_date": ["какой день удобен?", "на какое число записать?"],
           "tracking_number": ["какой трек-номер на наклейке?"]},
}
ONLY_ORDER = {"en": "don't have that, only this one from the email", "nl": "die heb ik niet, alleen deze uit de mail",
              "nb": "har ikke det, bare denne fra e-posten", "ru": "такого нет, только вот этот из письма"}
QUANTITY = {"en": ["2", "3", "4", "6"], "nl": ["2", "3", "4", "6"], "nb": ["2", "3", "4", "6"], "ru": ["2", "3", "4", "6"]}
# fmt: on


def negative_value(rng: random.Random, lang: str, kind: str, sec: dict) -> str:
    if kind == "order_number":
        return order_no(rng)
    if kind == "invoice_number":
        return invoice_no(rng)
    if kind == "case_number":
        return case_no(rng)
    if kind == "voucher_code":
        return voucher(rng)
    if kind == "destination":
        return rng.choice(DESTINATIONS[lang])
    if kind in ("travel_date", "appointment_date"):
        return short_date(rng, lang)
    if kind == "tracking_number":
        return tracking(rng)
    if kind == "time":
        return time_(rng)
    if kind == "amount":
        return amount(rng, lang)
    if kind == "company_phone":
        return rng.choice(sec["phone"][lang])
    if kind in ("company_email", "company_account", "company_id"):
        return sec[
            {"company_email": "email", "company_account": "account", "company_id": "company_id"}[
                kind
            ]
        ][lang]
    if kind == "company_address":
        return sec["addr"][lang]
    if kind == "company_name":
        return sec["co"][lang]
    if kind == "product_code":
        return product_code(rng)
    if kind == "quantity":
        return rng.choice(QUANTITY[lang])
    if kind == "room_number":
        return room_no(rng)
    if kind == "branch":
        return sec["branch"][lang]
    raise ValueError(kind)


def fill_negatives(rng: random.Random, lang: str, template: str, sec: dict) -> list:
    """A template whose {slots} are hard negatives (product and room are plain words)."""
    slots = {}
    for name in dict.fromkeys(re.findall(r"\{([a-z_0-9]+)\}", template)):
        if name == "product":
            slots[name] = sec["prod"][lang]
        elif name == "room":
            slots[name] = sec["room"][lang]
        elif name in ("time", "time2") and "{time2}" in template:
            if "hours" not in slots:
                slots["hours"] = opening_hours(rng)
            slots[name] = N(slots["hours"][name == "time2"], "time")
        else:
            kind = name.rstrip("2")
            slots[name] = N(negative_value(rng, lang, kind, sec), kind)
    slots.pop("hours", None)
    return T(template, **slots)


# ---------------------------------------------------------------------------------------
# how customers write
# ---------------------------------------------------------------------------------------


def typo(rng: random.Random, s: str) -> str:
    words = s.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not idx:
        return s
    i = rng.choice(idx)
    w = words[i]
    k = rng.randint(1, len(w) - 3)
    words[i] = w[:k] + w[k + 1] + w[k] + w[k + 2 :]
    return " ".join(words)


def casual(rng: random.Random, parts: list) -> list:
    """Lower-case the customer's own words, drop the full stop, now and then a typo."""
    low, ty = rng.random() < 0.6, rng.random() < 0.18
    out = []
    for p in parts:
        if isinstance(p, str):
            if low:
                p = p.lower()
            if ty:
                p, ty = typo(rng, p), False
        out.append(p)
    if (
        out
        and isinstance(out[-1], str)
        and out[-1].endswith(".")
        and not out[-1].endswith("..")
        and rng.random() < 0.7
    ):
        out[-1] = out[-1][:-1]
    return [p for p in out if p != ""]


# fmt: off
AND = {"en": " and ", "nl": " en ", "nb": " og ", "ru": " и "}
RELATION = {
    "en": ["", "", "my son ", "my wife ", "our daughter ", "my partner ", "and "],
    "nl": ["", "", "mijn zoon ", "mijn vrouw ", "onze dochter ", "mijn partner ", "en "],
    "nb": ["", "", "sønnen min ", "kona mi ", "datteren vår ", "samboeren min ", "og "],
    "ru": ["", "", "сын ", "жена ", "дочка ", "муж ", "и "],
}
FIELD_WORDS = {
    "en": {"DATE_OF_BIRTH": "dates of birth", "PASSPORT": "passport numbers", "PHONE_NUMBER": "phone numbers", "EMAIL_ADDRESS": "emails", "CUSTOMER_NUMBER": "member numbers"},
    "nl": {"DATE_OF_BIRTH": "geboortedata", "PASSPORT": "paspoortnummers", "PHONE_NUMBER": "telefoonnummers", "EMAIL_ADDRESS": "mailadressen", "CUSTOMER_NUMBER": "lidnummers"},
    "nb": {"DATE_OF_BIRTH": "fødselsdatoer", "PASSPORT": "passnumre", "PHONE_NUMBER": "telefonnumre", "EMAIL_ADDRESS": "e-poster", "CUSTOMER_NUMBER": "medlemsnumre"},
    "ru": {"DATE_OF_BIRTH": "даты рождения", "PASSPORT": "номера паспортов", "PHONE_NUMBER": "телефоны", "EMAIL_ADDRESS": "почты", "CUSTOMER_NUMBER": "номера карт"},
}
LISTQ = {
    "en": ["can you give me the names and {f} of everyone?", "who's coming? I need name + {f} for each person", "please list each person with their {f}?", "names and {f} for all of you please?"],
    "nl": ["kun je de namen en {f} van iedereen geven?", "wie komen er? ik heb per persoon naam + {f} nodig", "graag per persoon naam en {f}?", "namen en {f} van jullie allemaal?"],
    "nb": ["kan du gi meg navn og {f} på alle?", "hvem kommer? trenger navn + {f} per person", "list opp hver person med {f}?", "navn og {f} til alle sammen?"],
    "ru": ["пришлите имена и {f} всех участников?", "кто будет? нужно ФИО и {f} на каждого", "перечислите всех, пожалуйста, с {f}?", "имена и {f} всех, пожалуйста?"],
}
ACCOUNTS_Q = {
    "en": ["which accounts should this apply to? we can link several", "do you have more than one account with us? which ones?"],
    "nl": ["om welke klantnummers gaat het? we kunnen er meerdere koppelen", "heb je meer accounts bij ons? welke?"],
    "nb": ["hvilke kundenumre gjelder det? vi kan koble flere", "har du flere kontoer hos oss? hvilke?"],
    "ru": ["к каким номерам клиента привязать? можно несколько", "у вас несколько аккаунтов? какие?"],
}
ACCOUNTS_LEAD = {
    "en": ["both of ours: ", "mine and my mum's ", "these ones\n", ""],
    "nl": ["allebei: ", "die van mij en mijn moeder ", "deze\n", ""],
    "nb": ["begge våre: ", "min og mora mi sin ", "disse\n", ""],
    "ru": ["оба: ", "мой и мамин ", "вот\n", ""],
}
SPELL_AT = {"en": ["at", "(at)", "[at]", "at"], "nl": ["apenstaart", "apestaartje", "at", "apenstaart"],
            "nb": ["krøll", "alfakrøll", "krølla", "krøll"], "ru": ["собака", "собачка", "собака", "@ (собака)"]}
SPELL_DOT = {"en": ["dot", "(dot)", "dot"], "nl": ["punt", "punt", "puntje"], "nb": ["prikk", "punktum", "prikk"],
             "ru": ["точка", "точка", "точка"]}
SPELL_LEAD = {
    "en": ["writing it out so the spam bots don't get it: ", "it's ", "", "ok so "],
    "nl": ["ik schrijf het uit tegen spam: ", "het is ", "", "dus "],
    "nb": ["skriver det ut pga spam: ", "det er ", "", "altså "],
    "ru": ["пишу словами, от спама: ", "это ", "", "так, "],
}
CORRECT = {
    "en": ["sorry typo, it's ", "*", "no wait, ", "oops, should be "],
    "nl": ["sorry typfout, het is ", "*", "nee wacht, ", "oeps, moet zijn "],
    "nb": ["sorry skrivefeil, det er ", "*", "nei vent, ", "oi, skal være "],
    "ru": ["ой, опечатка: ", "*", "нет, стоп, ", "исправляю: "],
}
SPLIT_TAIL = {"en": ["", "", " sorry sent too soon", " that's it", " ..."], "nl": ["", "", " sorry te vroeg verstuurd", " dat was het", " ..."],
              "nb": ["", "", " sorry, sendte for tidlig", " det var det", " ..."], "ru": ["", "", " сорри, рано отправил", " всё", " ..."]}
SPLIT_HEAD = {"en": ["", "", "it's ", "ok "], "nl": ["", "", "het is ", "oké "], "nb": ["", "", "det er ", "ok "], "ru": ["", "", "это ", "так "]}
# fmt: on


def spell_email(rng: random.Random, lang: str, addr: str, at: str, dot: str) -> str:
    local, dom = addr.split("@")
    loc = local.replace(".", f" {dot} ").replace("_", " underscore " if lang == "en" else " _ ")
    return f"{loc} {at} " + dom.replace(".", f" {dot} ")


def homoglyph(rng: random.Random, v: str) -> str:
    for _ in range(20):
        w = mv.with_homoglyphs(rng, v, n=rng.choice([1, 2]))
        if w != v:
            return w
    return v


def alter_digit(rng: random.Random, v: str) -> str:
    idx = [i for i, c in enumerate(v) if c.isdigit()]
    i = rng.choice(idx[2:] if len(idx) > 3 else idx)
    return v[:i] + str((int(v[i]) + rng.randint(1, 9)) % 10) + v[i + 1 :]


def cut(rng: random.Random, v: str, n: int) -> list[str]:
    """Cut a value in n non-empty parts, at spaces where it has them."""
    spaces = [i for i, c in enumerate(v) if c in " @"]
    if len(spaces) >= n - 1 and rng.random() < 0.7:
        points = sorted(rng.sample(spaces, n - 1))
    else:
        inner = [i for i in range(2, len(v) - 1) if v[i - 1] != " " and v[i] != " "]
        points = sorted(rng.sample(inner, n - 1))
    parts, last = [], 0
    for p in [*points, len(v)]:
        parts.append(v[last:p].strip())
        last = p
    return [p for p in parts if p]


# fmt: off
SECTOR_REPLY = {
    "en": ["not sure tbh", "whatever you recommend", "hmm no idea", "yes i think so", "no", "yep"],
    "nl": ["geen idee eigenlijk", "wat jullie adviseren", "hmm weet ik niet", "ja denk het", "nee", "jep"],
    "nb": ["vet ikke helt", "det dere anbefaler", "hmm aner ikke", "ja tror det", "nei", "jepp"],
    "ru": ["не уверена", "как посоветуете", "хм, не знаю", "да, вроде", "нет", "ага"],
}
MEANWHILE = {"en": "meanwhile, ", "nl": "ondertussen, ", "nb": "i mellomtiden, ", "ru": "а пока, "}
ADDR_AGAIN = {
    "en": ["and the billing address, is that different?", "and where do we pick it up from afterwards?"],
    "nl": ["en het factuuradres, is dat anders?", "en waar halen we het daarna op?"],
    "nb": ["og fakturaadressen, er den annerledes?", "og hvor henter vi det etterpå?"],
    "ru": ["а адрес для счёта другой?", "а откуда потом забрать?"],
}
ADDR_TAIL = {"en": ["", "", "", " thanks"], "nl": ["", "", "", " bedankt"], "nb": ["", "", "", " takk"], "ru": ["", "", "", " спасибо"]}
LOWER_OK = {"BOOKING_REFERENCE", "PERSON", "EMAIL_ADDRESS"}
# fmt: on


class Chat:
    def __init__(self, rng: random.Random, lang: str, sec: dict, counters: dict) -> None:
        self.rng, self.lang, self.sec, self.k = rng, lang, sec, counters

    def a(self, parts) -> tuple:
        return ("agent", [parts] if isinstance(parts, str) else parts)

    def c(self, parts) -> tuple:
        return ("customer", casual(self.rng, [parts] if isinstance(parts, str) else parts))

    def q(self, typ: str) -> tuple:
        r, sec = self.rng, self.sec
        own = sec["vq_type"] == typ or (sec["vq_type"] == "BANK" and typ in BANK_TYPES[self.lang])
        text = sec["vq"][self.lang] if own and r.random() < 0.5 else r.choice(Q[self.lang][typ])
        return self.a(r.choice(PREFIX[self.lang]) + text)

    def bank_type(self) -> str:
        return self.rng.choice(BANK_TYPES[self.lang])

    def plain(self, typ: str) -> list:
        v = value(self.rng, self.lang, typ)
        return [self.c(T(self.rng.choice(P[self.lang][typ]), v=E(v, typ, "plain")))]

    # ----- the five failure classes and the control group -----

    def bare_answer(self) -> list:
        r, lang = self.rng, self.lang
        pool = [
            "CUSTOMER_NUMBER",
            "BOOKING_REFERENCE",
            "PASSPORT",
            "DATE_OF_BIRTH",
            "PHONE_NUMBER",
            "EMAIL_ADDRESS",
            "NATIONAL_ID",
            "PERSON",
            self.bank_type(),
            "FLIGHT_NUMBER",
            "TICKET_NUMBER",
            "CREDIT_CARD",
        ]
        start = self.k["bare"] % len(pool)
        self.k["bare"] += 1
        types = [pool[start], pool[(start + 5) % len(pool)]] + (
            [pool[(start + 8) % len(pool)]] if r.random() < 0.4 else []
        )
        own = self.sec["vq_type"]
        own = self.bank_type() if own == "BANK" else own
        if own not in types and r.random() < 0.5:
            types[0] = own  # the sector's own question
        out: list = []

        def ans(typ: str) -> tuple:
            v = value(r, lang, typ)
            if typ in LOWER_OK and r.random() < 0.5:
                v = v.lower()
            return ("customer", [E(v, typ, "bare_answer")])

        if len(types) >= 2 and r.random() < 0.35:  # answered several turns after the question
            t1, t2 = types[0], types[1]
            out += [
                self.q(t1),
                self.c(r.choice(WAIT_C[lang])),
                self.a(MEANWHILE[lang] + r.choice(Q[lang][t2])),
                ans(t2),
                ans(t1),
            ]
            types = types[2:]
        for typ in types:
            out.append(self.q(typ))
            mode = r.randint(0, 2)
            if mode == 1:
                out += [self.c(r.choice(WAIT_C[lang])), self.a(r.choice(WAIT_A[lang]))]
            elif mode == 2:
                out += [self.c(r.choice(BACKQ[lang])), self.a(r.choice(BACKA[lang]))]
            out.append(ans(typ))
            if r.random() < 0.4:
                out.append(self.a(r.choice(CHECKING[lang])))
        return out

    def list(self) -> list:
        r, lang = self.rng, self.lang
        if r.random() < 0.3:
            typ = r.choice(["CUSTOMER_NUMBER", "CUSTOMER_NUMBER", "PHONE_NUMBER", self.bank_type()])
            vals = [value(r, lang, typ) for _ in range(r.randint(2, 3))]
            sep = r.choice([", ", AND[lang], "\n", " / "])
            parts: list = [r.choice(ACCOUNTS_LEAD[lang])]
            for i, v in enumerate(vals):
                if i:
                    parts.append(sep if i < len(vals) - 1 or sep != ", " else AND[lang])
                parts.append(E(v, typ, "list"))
            q = r.choice(ACCOUNTS_Q[lang]) if typ == "CUSTOMER_NUMBER" else r.choice(Q[lang][typ])
            return [self.a(q), self.c([p for p in parts if p])]
        fields = r.choice(
            [
                ["DATE_OF_BIRTH"],
                ["DATE_OF_BIRTH", "PASSPORT"],
                ["PASSPORT"],
                ["PHONE_NUMBER"],
                ["EMAIL_ADDRESS"],
                ["DATE_OF_BIRTH", "CUSTOMER_NUMBER"],
                ["DATE_OF_BIRTH", "NATIONAL_ID"],
            ]
        )
        fw = AND[lang].join(
            FIELD_WORDS[lang][f] if f in FIELD_WORDS[lang] else "ID" for f in fields
        )
        n = r.randint(2, 4)
        layout = r.randint(0, 5)
        first_last = full_name(r, lang)[1]
        surname = first_last.split()[-1] if lang != "ru" else None
        items = []
        for i in range(n):
            rel = r.choice(RELATION[lang]) if i else ""
            child = rel.strip() in (
                "my son",
                "our daughter",
                "mijn zoon",
                "onze dochter",
                "sønnen min",
                "datteren vår",
                "сын",
                "дочка",
            )
            if i == 0:
                name = first_last
            elif surname and r.random() < 0.4:
                name = r.choice(FIRST_M[lang] + FIRST_F[lang])  # a first name only: same family
            else:
                name = full_name(r, lang)[1]
            if r.random() < 0.3:
                name = name.lower()
            vals = []
            for f in fields:
                if f == "NATIONAL_ID":
                    vals.append(E(national_id(r, lang), f, "list"))
                elif f == "DATE_OF_BIRTH":
                    vals.append(E(dob(r, lang, child), f, "list"))
                else:
                    vals.append(E(value(r, lang, f), f, "list"))
            items.append((rel, E(name, "PERSON", "list"), vals))
        parts = []
        for i, (rel, name, vals) in enumerate(items):
            if layout == 0:
                if i:
                    parts.append(AND[lang] if i == n - 1 else ", ")
                parts += [rel, name]
                for v in vals:
                    parts += [", ", v]
            elif layout in (1, 5):
                sep = " - " if layout == 1 else " | "
                if i:
                    parts.append("\n")
                parts.append(name)
                for v in vals:
                    parts += [sep, v]
            elif layout == 2:
                if i:
                    parts.append("\n")
                parts += ["• ", rel, name, " ("]
                for j, v in enumerate(vals):
                    parts += ([", "] if j else []) + [v]
                parts.append(")")
            elif layout == 3:
                parts += (["\n"] if i else []) + [f"{i + 1}. ", name]
                for v in vals:
                    parts += [" / ", v]
            else:
                if i:
                    parts.append("; ")
                parts += [name, ": "]
                for j, v in enumerate(vals):
                    parts += ([" "] if j else []) + [v]
        return [self.a(r.choice(LISTQ[lang]).format(f=fw)), self.c([p for p in parts if p])]

    def split(self) -> list:
        r, lang = self.rng, self.lang
        patterns = [(2, 2), (2, 3), ("c", 3), (3, 3), ("c", 2), (3, 2), (2, "c")]
        pat = patterns[self.k["split"] % len(patterns)]
        self.k["split"] += 1
        pool = [
            self.bank_type(),
            "PHONE_NUMBER",
            "CREDIT_CARD",
            "CUSTOMER_NUMBER",
            "EMAIL_ADDRESS",
            "NATIONAL_ID",
            "PASSPORT",
            "TICKET_NUMBER",
        ]
        types = r.sample(pool, 2)
        out: list = []
        for shape, typ in zip(pat, types, strict=True):
            if shape == "c" and typ == "EMAIL_ADDRESS":
                typ = "PHONE_NUMBER" if types[0] != "PHONE_NUMBER" else "CUSTOMER_NUMBER"
            v = value(r, lang, typ)
            while shape != "c" and len(v.replace(" ", "")) < 7:
                v = value(r, lang, typ)
            if shape == "c" or r.random() < 0.7:
                out.append(self.q(typ))
            if shape == "c":
                wrong = alter_digit(r, v)
                out.append(self.c([r.choice(SPLIT_HEAD[lang]), E(wrong, typ, "split")]))
                out.append(self.c([r.choice(CORRECT[lang]), E(v, typ, "split")]))
            else:
                pieces = cut(r, v, shape)
                while len(pieces) != shape:
                    pieces = cut(r, v, shape)
                for j, piece in enumerate(pieces):
                    head = r.choice(SPLIT_HEAD[lang]) if j == 0 else ""
                    tail = (
                        r.choice(SPLIT_TAIL[lang])
                        if j == len(pieces) - 1
                        else r.choice(["", "", "...", " -"])
                    )
                    out.append(self.c([p for p in (head, E(piece, typ, "split"), tail) if p]))
            out.append(self.a(r.choice(CHECKING[lang])))
        return out

    def disguised(self) -> list:
        r, lang = self.rng, self.lang
        tricks = ["email", "words", "invisible", "homoglyph", "mixed"]
        k = self.k["disg"]
        self.k["disg"] += 1
        chosen = [tricks[k % 5], tricks[(k + 2) % 5]] if r.random() < 0.7 else [tricks[k % 5]]
        out: list = []
        for trick in chosen:
            if trick == "email":
                _, name = full_name(r, lang)
                addr = email(r, lang, name)
                n = self.k["email"]
                self.k["email"] += 1
                at, dot = (
                    SPELL_AT[lang][n % len(SPELL_AT[lang])],
                    SPELL_DOT[lang][n % len(SPELL_DOT[lang])],
                )
                out += [
                    self.q("EMAIL_ADDRESS"),
                    (
                        "customer",
                        [
                            p
                            for p in (
                                r.choice(SPELL_LEAD[lang]),
                                E(
                                    spell_email(r, lang, addr, at, dot),
                                    "EMAIL_ADDRESS",
                                    "disguised",
                                ),
                            )
                            if p
                        ],
                    ),
                ]
                continue
            if trick in ("words", "mixed"):
                typ = r.choice(["PHONE_NUMBER", "CUSTOMER_NUMBER", "NATIONAL_ID", "CREDIT_CARD"])
                v = value(r, lang, typ)
                if typ == "CUSTOMER_NUMBER":
                    v = mv.digits(r, r.choice([7, 8]))
                d = mv.digits_as_words(r, lang, v, mixed=trick == "mixed")
                if " " not in d:
                    d = mv.digits_as_words(r, lang, v)
            elif trick == "invisible":
                typ = r.choice(
                    [
                        "PHONE_NUMBER",
                        self.bank_type(),
                        "CUSTOMER_NUMBER",
                        "NATIONAL_ID",
                        "CREDIT_CARD",
                        "PASSPORT",
                    ]
                )
                v = value(r, lang, typ)
                d = mv.with_zero_width(r, v, n=r.choice([1, 2, 3]))
            else:
                typ = r.choice(
                    [
                        "CUSTOMER_NUMBER",
                        "NATIONAL_ID",
                        "CREDIT_CARD",
                        self.bank_type(),
                        "PHONE_NUMBER",
                    ]
                )
                while True:
                    v = value(r, lang, typ)
                    v = (
                        v.replace(" ", "")
                        .replace("-", "")
                        .replace(".", "")
                        .replace("(", "")
                        .replace(")", "")
                    )
                    d = homoglyph(r, v)
                    if d != v:
                        break
            out += [
                self.q(typ),
                (
                    "customer",
                    [p for p in (r.choice(SPLIT_HEAD[lang]), E(d, typ, "disguised")) if p],
                ),
            ]
            if r.random() < 0.5:
                out.append(self.a(r.choice(CHECKING[lang])))
        return out

    def address_no_cue(self) -> list:
        r, lang = self.rng, self.lang
        out: list = [
            self.a(
                r.choice(PREFIX[lang])
                + (self.sec["addrq"][lang] if r.random() < 0.6 else r.choice(Q[lang]["LOCATION"]))
            )
        ]
        if r.random() < 0.3:
            out += [self.c(r.choice(WAIT_C[lang])), self.a(r.choice(WAIT_A[lang]))]
        out.append(
            (
                "customer",
                [
                    p
                    for p in (
                        E(address(r, lang), "LOCATION", "address_no_cue"),
                        r.choice(ADDR_TAIL[lang]),
                    )
                    if p
                ],
            )
        )
        if r.random() < 0.4:
            out += [
                self.a(r.choice(ADDR_AGAIN[lang])),
                ("customer", [E(address(r, lang), "LOCATION", "address_no_cue")]),
            ]
        return out

    def plain_class(self) -> list:
        r = self.rng
        pool = [
            "CUSTOMER_NUMBER",
            "BOOKING_REFERENCE",
            "PASSPORT",
            "DATE_OF_BIRTH",
            "PHONE_NUMBER",
            "EMAIL_ADDRESS",
            "NATIONAL_ID",
            "PERSON",
            self.bank_type(),
            "FLIGHT_NUMBER",
            "TICKET_NUMBER",
            "CREDIT_CARD",
            "LOCATION",
        ]
        out: list = []
        for typ in r.sample(pool, r.randint(2, 3)):
            if r.random() < 0.5:
                out.append(self.q(typ))
            out += self.plain(typ)
        return out


# fmt: off
COVER = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "BANK", "CREDIT_CARD", "CUSTOMER_NUMBER", "DATE_OF_BIRTH",
         "PASSPORT", "NATIONAL_ID", "LOCATION", "BOOKING_REFERENCE", "FLIGHT_NUMBER", "TICKET_NUMBER"]
NEG_BARE = ["order_number", "invoice_number", "case_number", "voucher_code", "destination", "travel_date",
            "appointment_date", "tracking_number", "order_for_customer", "invoice_for_customer"]
# fmt: on


def plan(lang: str) -> list[str]:
    """The class of each conversation of a language, shuffled so the id does not tell it."""
    classes = [c for c in CLASSES for _ in range(25)]
    random.Random(f"{SEED}-{lang}-plan").shuffle(classes)
    return classes


def conversation(
    rng: random.Random, lang: str, cls: str, sec: dict, i: int, counters: dict
) -> list:
    ch = Chat(rng, lang, sec, counters)
    agent_first = rng.choice(FIRST_F[lang] + FIRST_M[lang])
    greet = T(
        rng.choice(GREET[lang]),
        a=E(agent_first, "PERSON", "plain"),
        co=N(sec["co"][lang], "company_name"),
    )
    head = [ch.a(greet), ch.c(rng.choice(sec["open"][lang])), ch.a(rng.choice(ACK[lang]))]
    core = {
        "bare_answer": ch.bare_answer,
        "list": ch.list,
        "split": ch.split,
        "disguised": ch.disguised,
        "address_no_cue": ch.address_no_cue,
        "plain": ch.plain_class,
    }[cls]()
    optional: list[list] = []
    # values with their cue, so that every type is in every language
    for typ in (COVER[i % len(COVER)], COVER[(i + 6) % len(COVER)])[: rng.randint(1, 2)]:
        typ = ch.bank_type() if typ == "BANK" else typ
        seg = [ch.q(typ)] if rng.random() < 0.4 else []
        optional.append(seg + ch.plain(typ))
    # a hard negative as a bare answer
    kind = NEG_BARE[counters["neg"] % len(NEG_BARE)]
    counters["neg"] += 1
    if kind in ("order_for_customer", "invoice_for_customer"):
        real = kind.split("_")[0] + "_number"
        neg_seg = [
            ch.q("CUSTOMER_NUMBER"),
            ch.c(ONLY_ORDER[lang]),
            ("customer", [N(negative_value(rng, lang, real, sec), real)]),
        ]
    else:
        neg_seg = [
            ch.a(rng.choice(PREFIX[lang]) + rng.choice(NQ[lang][kind])),
            ("customer", [N(negative_value(rng, lang, kind, sec), kind)]),
        ]
    sector_seg = [
        ch.a(rng.choice(PREFIX[lang]) + sec["ask"][lang]),
        ch.c(rng.choice(sec["reply"][lang] if rng.random() < 0.75 else SECTOR_REPLY[lang])),
    ]
    trip_seg = [ch.c(fill_negatives(rng, lang, rng.choice(TRIP[lang]), sec))]
    infos = INFO[lang]
    k = counters["info"]
    counters["info"] += 1
    info_segs = [
        [ch.a(fill_negatives(rng, lang, infos[(k * 3 + j) % len(infos)], sec))] for j in range(3)
    ]
    optional += [sector_seg, trip_seg, *info_segs]
    rng.shuffle(optional)
    middle = [neg_seg, core]
    for seg in optional:
        middle.insert(rng.randint(0, len(middle)), seg)
    tail = [ch.a(rng.choice(BYE_A[lang])), ch.c(rng.choice(THANKS_C[lang]))]

    def size() -> int:
        return len(head) + sum(len(s) for s in middle) + len(tail)

    while size() > 25:
        drop = [s for s in middle if s is not core and s is not neg_seg]
        middle.remove(drop[-1])
    return head + [t for seg in middle for t in seg] + tail


def build() -> list[dict]:
    records: list[dict] = []
    for lang in LANGS:
        rng = random.Random(f"{SEED}-{lang}")
        order = list(range(len(SECTORS)))
        rng.shuffle(order)
        counters = {"bare": 0, "split": 0, "disg": 0, "email": 0, "neg": 0, "info": 0}
        for i, cls in enumerate(plan(lang), 1):
            sec = SECTORS[order[(i - 1) % len(SECTORS)]]
            turns = conversation(rng, lang, cls, sec, i, counters)
            records += mv.conversation_records(f"{NAME}-{lang}-{i:03d}", lang, turns)
    return records


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    records = build()
    errors = mv.verify(records)
    if errors:
        raise SystemExit("\n".join(errors[:20]))
    mv.write_jsonl(records, out)
    gold = sum(len(r["entities"]) for r in records)
    neg = sum(len(r["negatives"]) for r in records)
    print(
        f"{out}: {len({r['conversation_id'] for r in records})} conversations, {len(records)} messages, {gold} gold spans, {neg} hard negatives"
    )


if __name__ == "__main__":
    main()
