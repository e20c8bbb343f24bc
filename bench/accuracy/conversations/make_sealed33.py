# ruff: noqa: E501, RUF001  (hand-written phrase tables in four languages)
"""Write sealed33.jsonl: 600 blind multi-turn conversations (150 per language, 25 per class
and language, the class shuffled over the ids) in twenty sectors new to the sets.

Written blind (brief W31): without reading rules/, the detector or any other generator or set.
Seeded and deterministic: ``python make_sealed33.py [out.jsonl]``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import make_values as mv  # noqa: E402
import phonenumbers  # noqa: E402
from make_values import E, N, T  # noqa: E402
from stdnum.no import orgnr  # noqa: E402
from stdnum.ru import inn  # noqa: E402

SEED = 20270105
NAME = "sealed33"
LANGS = mv.LANGS
CLASSES = mv.CLASSES

# ---------------------------------------------------------------------------------------
# people: this set's own names and domains (none of them in make_values.py)
# ---------------------------------------------------------------------------------------

FIRST_M = {
    "en": [
        "Rupert",
        "Callum",
        "Declan",
        "Barnaby",
        "Ewan",
        "Hamish",
        "Rhys",
        "Tobias",
        "Gareth",
        "Ellis",
    ],
    "nl": [
        "Gijs",
        "Stijn",
        "Maarten",
        "Hidde",
        "Wessel",
        "Teun",
        "Olivier",
        "Jelle",
        "Bart",
        "Siebe",
    ],
    "nb": [
        "Audun",
        "Trygve",
        "Halvard",
        "Eivind",
        "Steinar",
        "Ola",
        "Arne",
        "Gunnar",
        "Leif",
        "Torstein",
    ],
    "ru": [
        "Глеб",
        "Егор",
        "Тимофей",
        "Роман",
        "Фёдор",
        "Святослав",
        "Ярослав",
        "Матвей",
        "Игорь",
        "Вадим",
    ],
}
FIRST_F = {
    "en": [
        "Imogen",
        "Harriet",
        "Niamh",
        "Philippa",
        "Rosalind",
        "Tamsin",
        "Bethan",
        "Cerys",
        "Esme",
        "Matilda",
    ],
    "nl": [
        "Marloes",
        "Floor",
        "Jikke",
        "Roos",
        "Merel",
        "Annelies",
        "Tessa",
        "Wietske",
        "Hanneke",
        "Iris",
    ],
    "nb": [
        "Gro",
        "Brita",
        "Sigrid",
        "Liv",
        "Vigdis",
        "Ingeborg",
        "Ragna",
        "Tuva",
        "Synnøve",
        "Randi",
    ],
    "ru": [
        "Варвара",
        "Полина",
        "Дарья",
        "Алиса",
        "Вера",
        "Зоя",
        "Лидия",
        "Людмила",
        "Кира",
        "Милана",
    ],
}
LAST = {
    "en": [
        "Featherstone",
        "Oakes",
        "Pilkington",
        "Ramsbottom",
        "Trevithick",
        "Heathcote",
        "Ollerenshaw",
        "Garside",
        "Penhaligon",
        "Crabtree",
        "Lockwood",
        "Dunmore",
    ],
    "nl": [
        "Verbeek",
        "Schouten",
        "van Wijk",
        "Dijkstra",
        "Postma",
        "van den Heuvel",
        "Koster",
        "Wolters",
        "Zwart",
        "Bosman",
        "ter Horst",
        "Veenstra",
    ],
    "nb": [
        "Kvam",
        "Rønning",
        "Fossum",
        "Tveit",
        "Eide",
        "Sætre",
        "Myhre",
        "Vik",
        "Ulvestad",
        "Grønli",
        "Bjerke",
        "Løvland",
    ],
    "ru": [],
}
RU_LAST = [("Гусев", "Гусева"), ("Тарасов", "Тарасова"), ("Ершов", "Ершова"), ("Комаров", "Комарова"),
           ("Журавлёв", "Журавлёва"), ("Щербаков", "Щербакова"), ("Блинов", "Блинова"), ("Сорокин", "Сорокина"),
           ("Рябинин", "Рябинина"), ("Дроздов", "Дроздова"), ("Калинин", "Калинина"), ("Уваров", "Уварова")]  # fmt: skip
RU_PATR = [("Андреевич", "Андреевна"), ("Олегович", "Олеговна"), ("Степанович", "Степановна"),
           ("Борисович", "Борисовна"), ("Григорьевич", "Григорьевна")]  # fmt: skip
FAMOUS = [
    "Boris Johnson",
    "Mark Rutte",
    "Erna Solberg",
    "Jonas Gahr Støre",
    "Владимир Путин",
    "Лев Толстой",
]

DOMAINS = {
    "en": ["fastmail.co.uk", "talktalk.net", "sky.com", "virginmedia.com", "protonmail.com"],
    "nl": ["planet.nl", "home.nl", "telfort.nl", "caiway.nl", "upcmail.nl"],
    "nb": ["getmail.no", "frisurf.no", "broadpark.no", "c2i.net", "altibox.no"],
    "ru": ["inbox.ru", "list.ru", "ya.ru", "yandex.com", "internet.ru"],
}

STREETS = {
    "en": ["Tanners Row", "Wheelwright Lane", "Ropewalk", "Cobb Street", "Salters Hill", "Ferrymans Way", "Lime Kiln Road", "Gorse Close"],
    "nl": ["Wilgenhof", "Kanaaldijk", "Brinkstraat", "Zuiderpad", "Hooiberglaan", "Esdoornstraat", "Veerweg", "Turfmarkt"],
    "nb": ["Tyttebærveien", "Lyngstien", "Fossveien", "Nyjordet", "Bekkelia", "Sagbruksveien", "Elvebakken", "Furulunden"],
    "ru": ["ул. Рябиновая", "ул. Заречная", "ул. Кирова", "пер. Сиреневый", "ул. Луговая", "пр. Победы", "ул. Полевая", "ул. Школьная"],
}  # fmt: skip
CITIES = {
    "en": [("Kendal", "LA9 4QH"), ("Truro", "TR1 2HX"), ("Hexham", "NE46 1BP"), ("Ludlow", "SY8 1AU"), ("Whitby", "YO21 3DN"), ("Ely", "CB7 4DL")],
    "nl": [("Meppel", "7941 KD"), ("Tiel", "4001 LB"), ("Harderwijk", "3841 CE"), ("Sneek", "8601 BG"), ("Goes", "4461 HN"), ("Weert", "6001 AV")],
    "nb": [("Molde", "6413"), ("Gjøvik", "2815"), ("Harstad", "9405"), ("Lillehammer", "2609"), ("Arendal", "4836"), ("Steinkjer", "7713")],
    "ru": [("Вологда", "160000"), ("Псков", "180000"), ("Кострома", "156000"), ("Иваново", "153000"), ("Рязань", "390000"), ("Киров", "610000")],
}  # fmt: skip
# cities people travel to (hard negatives: a destination is nobody's address)
DESTINATIONS = {
    "en": ["Inverness", "Aberystwyth", "Galway", "Reykjavik", "Bruges", "Porto"],
    "nl": ["Maastricht", "Texel", "Gent", "Keulen", "Bordeaux", "Innsbruck"],
    "nb": ["Kristiansand", "Bodø", "Lofoten", "Göteborg", "Aalborg", "Riga"],
    "ru": ["Суздаль", "Петрозаводск", "Мурманск", "Ярославль", "Великий Новгород", "Ереван"],
}  # fmt: skip
AIRLINES = {
    "en": ["BA", "U2", "LS"],
    "nl": ["KL", "HV"],
    "nb": ["SK", "DY", "WF"],
    "ru": ["SU", "S7", "DP"],
}
TICKET_PREFIX = {"en": "125", "nl": "074", "nb": "117", "ru": "555"}
TLD = {"en": ".co.uk", "nl": ".nl", "nb": ".no", "ru": ".ru"}

# ---------------------------------------------------------------------------------------
# sectors: twenty, none used by an earlier set
# ---------------------------------------------------------------------------------------

SECTORS = [
    {"key": "sheep_shearing", "dom": "fellsideshearing",
     "co": {"en": "Fellside Shearing Co", "nl": "Scheerbedrijf De Wolbaal", "nb": "Fjellklipp Saueklipping", "ru": "Стригальная служба «Руно»"},
     "open": {"en": ["Hi, I'd like to book shearers for about 80 ewes in June.", "hello, are you still doing shearing visits up our way this summer?"],
              "nl": ["Hoi, ik wil graag een scheerder boeken voor zo'n 40 schapen.", "Goedemiddag, komen jullie dit voorjaar ook bij ons in de buurt schapen scheren?"],
              "nb": ["Hei, jeg vil bestille klipping av rundt 60 sauer i mai.", "hei! kommer dere til oss for vårklippen i år også?"],
              "ru": ["Здравствуйте, хочу заказать стрижку овец, голов около пятидесяти.", "Добрый день, вы выезжаете стричь овец в область?"]}},
    {"key": "bell_foundry", "dom": "wrenfieldbells",
     "co": {"en": "Wrenfield Bell Foundry", "nl": "Klokkengieterij Van Aalst", "nb": "Nordre Klokkestøperi", "ru": "Колокольный завод «Благовест»"},
     "open": {"en": ["Hello, our parish wants a quote for recasting a cracked bell.", "Hi, do you make small hand bells to order?"],
              "nl": ["Goedendag, onze kerk wil een offerte voor het hergieten van een gebarsten klok.", "Hallo, maken jullie ook kleine handbellen op bestelling?"],
              "nb": ["Hei, menigheten vår trenger pris på omstøping av ei sprukken kirkeklokke.", "Hallo, lager dere små håndklokker på bestilling?"],
              "ru": ["Здравствуйте, нашему храму нужен расчёт на перелив треснувшего колокола.", "Добрый день, вы отливаете небольшие колокольчики на заказ?"]}},
    {"key": "thatching", "dom": "marshreedthatch",
     "co": {"en": "Marshreed Thatchers", "nl": "Rietdekkersbedrijf Krommenie", "nb": "Torvtak og Never AS", "ru": "Артель «Камыш»"},
     "open": {"en": ["Hi there, the ridge on our thatched cottage needs redoing, can someone come and look?", "hello, how much roughly to rethatch a small barn?"],
              "nl": ["Hallo, de nok van ons rieten dak moet opnieuw, kan er iemand komen kijken?", "Hoi, wat kost het ongeveer om een schuurtje opnieuw met riet te dekken?"],
              "nb": ["Hei, torvtaket på hytta lekker, kan noen komme og se på det?", "hei, hva koster det omtrent å legge nytt torvtak på et stabbur?"],
              "ru": ["Здравствуйте, у нас камышовая крыша на бане прохудилась, можете приехать посмотреть?", "Добрый вечер, сколько примерно стоит перекрыть беседку камышом?"]}},
    {"key": "canal_boat_hire", "dom": "locksideboats",
     "co": {"en": "Lockside Narrowboats", "nl": "Sloepverhuur De Grachtengordel", "nb": "Telemarkskanalen Båtutleie", "ru": "Прокат катеров «Шлюз»"},
     "open": {"en": ["Hi, we'd like to hire a narrowboat for a week in August.", "Hello! Is the four-berth boat still free over the bank holiday?"],
              "nl": ["Hoi, we willen graag een sloep huren voor zaterdagmiddag.", "Hallo, is de grote sloep voor tien personen nog vrij op Koningsdag?"],
              "nb": ["Hei, vi vil gjerne leie en kanalbåt i fire dager i juli.", "Hei! Er den store båten ledig i fellesferien?"],
              "ru": ["Здравствуйте, хотим взять катер напрокат на выходные.", "Добрый день! Большой катер на восемь человек ещё свободен в субботу?"]}},
    {"key": "mushroom_foraging_courses", "dom": "mossylogforaging",
     "co": {"en": "Mossy Log Foraging", "nl": "Paddenstoelencursus Het Bospad", "nb": "Soppkurs i Marka", "ru": "Грибная школа «Лукошко»"},
     "open": {"en": ["Hi, are there still places on the autumn mushroom walk?", "hello, I'd like to book the foraging course for two as a gift"],
              "nl": ["Hoi, zijn er nog plekken bij de paddenstoelenexcursie in oktober?", "Hallo, ik wil de cursus paddenstoelen zoeken cadeau doen aan twee personen"],
              "nb": ["Hei, er det ledige plasser på soppturen i september?", "hei, jeg vil gi bort soppkurset i gave til to personer"],
              "ru": ["Здравствуйте, на осеннюю грибную прогулку ещё есть места?", "Добрый день, хочу подарить курс по грибам на двоих"]}},
    {"key": "blacksmith_courses", "dom": "anvilember",
     "co": {"en": "Anvil & Ember Forge", "nl": "Smidse Het Aambeeld", "nb": "Smia på Tunet", "ru": "Кузница «Горн»"},
     "open": {"en": ["Hi, I'm interested in the two-day knife-making course.", "hello, do you do beginner blacksmithing taster days?"],
              "nl": ["Hoi, ik heb interesse in de tweedaagse cursus messen smeden.", "Hallo, geven jullie ook een proefdag smeden voor beginners?"],
              "nb": ["Hei, jeg er interessert i helgekurset i knivsmiing.", "hei, har dere smiekurs for nybegynnere?"],
              "ru": ["Здравствуйте, интересует двухдневный курс ковки ножей.", "Добрый день, у вас есть пробное занятие по ковке для новичков?"]}},
    {"key": "glassblowing_studio", "dom": "furnacelaneglass",
     "co": {"en": "Furnace Lane Glass", "nl": "Glasblazerij De Bel", "nb": "Glasshytta Nordlys", "ru": "Стеклодувная мастерская «Капля»"},
     "open": {"en": ["Hi, can I book a make-your-own-bauble session for my family?", "Hello, I ordered a blown glass vase and wanted to check on it."],
              "nl": ["Hoi, kan ik een workshop glasblazen boeken voor mijn gezin?", "Hallo, ik heb een geblazen vaas besteld en wil even vragen hoe het ermee staat."],
              "nb": ["Hei, kan jeg booke glassblåsing for familien min?", "Hei, jeg har bestilt en munnblåst vase og lurer på hvordan det går med den."],
              "ru": ["Здравствуйте, можно записаться на мастер-класс по выдуванию стекла всей семьёй?", "Добрый день, у вас заказана ваза, хочу узнать, как там дела."]}},
    {"key": "bagpipe_repair", "dom": "glenreedpipes",
     "co": {"en": "Glenreed Pipe Repairs", "nl": "Doedelzakatelier Schalmei", "nb": "Sekkepipeverkstedet", "ru": "Мастерская волынок «Пиброх»"},
     "open": {"en": ["Hi, the bag on my pipes has started leaking, can you reseason or replace it?", "hello, do you rebore chanters?"],
              "nl": ["Hoi, de zak van mijn doedelzak lekt, kunnen jullie die vervangen?", "Hallo, repareren jullie ook chanters?"],
              "nb": ["Hei, sekken på sekkepipa mi lekker, kan dere bytte den?", "hei, reparerer dere chanter også?"],
              "ru": ["Здравствуйте, у волынки начал травить мешок, можно заменить?", "Добрый день, вы ремонтируете чантеры?"]}},
    {"key": "alpaca_trekking", "dom": "hillcrestalpacas",
     "co": {"en": "Hillcrest Alpaca Walks", "nl": "Alpacawandelingen De Heuvelrug", "nb": "Alpakkaturer på Hedmarken", "ru": "Альпака-походы «Пушистый след»"},
     "open": {"en": ["Hi, we're visiting in spring and would love to book an alpaca walk.", "hello, can kids under 10 do the alpaca trek?"],
              "nl": ["Hoi, we komen in het voorjaar naar de buurt en willen graag een alpacawandeling boeken.", "Hallo, mogen kinderen onder de 10 mee met de alpacatocht?"],
              "nb": ["Hei, vi kommer på besøk i påsken og vil gjerne booke alpakkatur.", "hei, kan barn under 10 være med på alpakkaturen?"],
              "ru": ["Здравствуйте, мы будем у вас весной и хотим записаться на прогулку с альпаками.", "Добрый день, детям до 10 лет можно на поход с альпаками?"]}},
    {"key": "fencing_club", "dom": "ripostefencing",
     "co": {"en": "Riposte Fencing Club", "nl": "Schermvereniging En Garde", "nb": "Fektklubben Parade", "ru": "Фехтовальный клуб «Рапира»"},
     "open": {"en": ["Hi, I'd like to sign my daughter up for the junior epee group.", "Hello, I want to renew my membership and my licence for the season."],
              "nl": ["Hoi, ik wil mijn dochter inschrijven voor de jeugdgroep degen.", "Hallo, ik wil mijn lidmaatschap en licentie verlengen voor dit seizoen."],
              "nb": ["Hei, jeg vil melde på datteren min på juniorpartiet i kårde.", "Hei, jeg skal fornye medlemskap og lisens for sesongen."],
              "ru": ["Здравствуйте, хочу записать дочь в детскую группу по шпаге.", "Добрый день, нужно продлить членство и лицензию на сезон."]}},
    {"key": "weather_station_supplies", "dom": "isobarinstruments",
     "co": {"en": "Isobar Instruments Ltd", "nl": "Meteo Meetapparatuur BV", "nb": "Værstasjon Utstyr AS", "ru": "ООО «Метеоприбор»"},
     "open": {"en": ["Hi, the anemometer we bought from you has stopped reporting.", "hello, I need a replacement rain gauge funnel for the WS-300"],
              "nl": ["Hallo, de windmeter die we bij jullie kochten geeft geen data meer.", "Hoi, ik zoek een nieuwe trechter voor de regenmeter van de WS-300"],
              "nb": ["Hei, vindmåleren vi kjøpte av dere har sluttet å sende data.", "hei, jeg trenger ny trakt til nedbørsmåleren på WS-300"],
              "ru": ["Здравствуйте, купленный у вас анемометр перестал передавать данные.", "Добрый день, нужна воронка для осадкомера к WS-300"]}},
    {"key": "crane_hire", "dom": "highreachcranes",
     "co": {"en": "Highreach Crane Hire", "nl": "Kraanverhuur Hoogland", "nb": "Kranutleie Vest AS", "ru": "Аренда кранов «Стрела»"},
     "open": {"en": ["Hi, I need a 30-tonne mobile crane for a day to lift roof trusses.", "hello, can you do a contract lift for a hot tub over our house?"],
              "nl": ["Hallo, ik heb een dag een mobiele kraan van 30 ton nodig voor dakspanten.", "Hoi, kunnen jullie een jacuzzi over ons huis heen tillen?"],
              "nb": ["Hei, jeg trenger en mobilkran på 30 tonn en dag for å løfte takstoler.", "hei, kan dere løfte et boblebad over huset vårt?"],
              "ru": ["Здравствуйте, нужен автокран на 30 тонн на один день, поднять фермы.", "Добрый день, можете перенести краном купель через дом?"]}},
    {"key": "beach_hut_rental", "dom": "sandbankhuts",
     "co": {"en": "Sandbank Beach Huts", "nl": "Strandhuisjes Zeezicht", "nb": "Strandbuer Sørlandet", "ru": "Пляжные домики «Прибой»"},
     "open": {"en": ["Hi, is hut 14 free for the first week of July?", "hello, I'd like to rent a beach hut for my mum's birthday weekend"],
              "nl": ["Hoi, is strandhuisje 14 vrij in de eerste week van juli?", "Hallo, ik wil een strandhuisje huren voor het verjaardagsweekend van mijn moeder"],
              "nb": ["Hei, er strandbu nr. 14 ledig første uka i juli?", "hei, jeg vil leie en strandbu til bursdagshelgen til mamma"],
              "ru": ["Здравствуйте, домик номер 14 свободен в первую неделю июля?", "Добрый день, хочу снять пляжный домик на выходные, у мамы день рождения"]}},
    {"key": "rope_access_training", "dom": "anchorlinerope",
     "co": {"en": "Anchorline Rope Access", "nl": "Touwtechniek Opleidingen Noord", "nb": "Tautilgang Kurs AS", "ru": "Учебный центр «Вертикаль»"},
     "open": {"en": ["Hi, I want to book the level 1 rope access course for two of our technicians.", "hello, my level 2 cert runs out soon, when's the next reassessment?"],
              "nl": ["Hoi, ik wil twee monteurs inschrijven voor de basiscursus touwtechniek.", "Hallo, mijn certificaat niveau 2 verloopt binnenkort, wanneer is de volgende herhaling?"],
              "nb": ["Hei, jeg vil melde på to teknikere til grunnkurs i tautilgang.", "hei, sertifikatet mitt på nivå 2 går ut snart, når er neste resertifisering?"],
              "ru": ["Здравствуйте, хочу записать двух монтажников на курс промышленного альпинизма.", "Добрый день, у меня скоро истекает допуск, когда ближайшая переаттестация?"]}},
    {"key": "septic_tank_emptying", "dom": "clearflowseptic",
     "co": {"en": "Clearflow Septic Services", "nl": "Rioolservice Putwerk", "nb": "Slamtømming Innlandet", "ru": "Служба «Чистый сток»"},
     "open": {"en": ["Hi, our septic tank is due to be emptied, can I book a tanker?", "hello, the soakaway is backing up, how soon can you come?"],
              "nl": ["Hoi, onze septic tank moet geleegd worden, kan ik een wagen inplannen?", "Hallo, de beerput loopt over, hoe snel kunnen jullie komen?"],
              "nb": ["Hei, slamavskilleren vår skal tømmes, kan jeg bestille tømming?", "hei, det renner over fra tanken, hvor fort kan dere komme?"],
              "ru": ["Здравствуйте, нужно откачать септик, можно заказать машину?", "Добрый день, переполнилась выгребная яма, как быстро сможете приехать?"]}},
    {"key": "stained_glass_repair", "dom": "leadlightrestore",
     "co": {"en": "Leadlight Restorations", "nl": "Glas-in-loodatelier Lumen", "nb": "Blyglassverkstedet", "ru": "Мастерская витражей «Лазурь»"},
     "open": {"en": ["Hi, a panel in our front door's stained glass got cracked, can you repair it?", "hello, do you do new leaded lights for a 1930s house?"],
              "nl": ["Hoi, er is een ruitje in ons glas-in-loodraam gebarsten, kunnen jullie dat herstellen?", "Hallo, maken jullie ook nieuwe glas-in-loodramen voor een jaren-dertigwoning?"],
              "nb": ["Hei, en rute i blyglassvinduet vårt har sprukket, kan dere reparere den?", "hei, lager dere nye blyglassvinduer til et hus fra 30-tallet?"],
              "ru": ["Здравствуйте, у нас треснуло стекло в витраже на двери, почините?", "Добрый день, вы делаете новые витражи для старого дома?"]}},
    {"key": "cemetery_plot_administration", "dom": "northgatecemetery",
     "co": {"en": "Northgate Cemetery Office", "nl": "Begraafplaatsbeheer Oosterveld", "nb": "Gravplassforvaltningen Vestre", "ru": "Служба кладбища «Тихий парк»"},
     "open": {"en": ["Hello, I'd like to renew the lease on my grandparents' grave.", "Hi, who do I talk to about putting a new headstone on a family plot?"],
              "nl": ["Goedemiddag, ik wil de grafrechten van het graf van mijn grootouders verlengen.", "Hallo, bij wie moet ik zijn voor een nieuwe grafsteen op ons familiegraf?"],
              "nb": ["Hei, jeg vil forlenge festet på graven til besteforeldrene mine.", "Hei, hvem snakker jeg med om ny gravstein på familiegraven?"],
              "ru": ["Здравствуйте, хочу продлить договор на участок, где похоронены бабушка с дедушкой.", "Добрый день, к кому обратиться насчёт нового памятника на семейном участке?"]}},
    {"key": "parking_permit_office", "dom": "boroughpermits",
     "co": {"en": "Borough Parking Permits", "nl": "Parkeerloket Stadsdeel Zuid", "nb": "Beboerparkering Servicetorget", "ru": "Отдел парковочных разрешений"},
     "open": {"en": ["Hi, I've moved house and need a new resident parking permit.", "hello, my visitor permit didn't arrive, can you check?"],
              "nl": ["Hoi, ik ben verhuisd en heb een nieuwe bewonersvergunning nodig.", "Hallo, mijn bezoekersvergunning is niet aangekomen, kunnen jullie dat nakijken?"],
              "nb": ["Hei, jeg har flyttet og trenger ny beboerparkering.", "hei, gjestekortet mitt for parkering har ikke kommet, kan dere sjekke?"],
              "ru": ["Здравствуйте, у меня сменился адрес, нужно новое резидентное парковочное разрешение.", "Добрый день, мне не пришло гостевое разрешение на парковку, проверьте, пожалуйста."]}},
    {"key": "brewery_supplies", "dom": "mashtunsupplies",
     "co": {"en": "Mash Tun Supplies Ltd", "nl": "Brouwmaterialen De Hop", "nb": "Bryggeriutstyr Humle AS", "ru": "ООО «Пивоварснаб»"},
     "open": {"en": ["Hi, our microbrewery needs 25 kg of pale malt and a sack of Cascade hops.", "hello, the fermenter we ordered came with a cracked valve"],
              "nl": ["Hoi, onze microbrouwerij heeft 25 kilo pilsmout en een zak Cascade-hop nodig.", "Hallo, de gistingstank die we bestelden kwam met een kapotte kraan"],
              "nb": ["Hei, mikrobryggeriet vårt trenger 25 kg pilsnermalt og en sekk Cascade-humle.", "hei, gjæringstanken vi bestilte kom med en sprukket ventil"],
              "ru": ["Здравствуйте, нашей мини-пивоварне нужно 25 кг светлого солода и мешок хмеля Каскад.", "Добрый день, ферментер пришёл с треснувшим краном"]}},
    {"key": "tachograph_calibration", "dom": "tachocheck",
     "co": {"en": "Tachocheck Calibration", "nl": "Tachograaf Kalibratie Centrum", "nb": "Fartsskriverkontroll AS", "ru": "Центр калибровки «Тахомер»"},
     "open": {"en": ["Hi, two of our lorries are due their two-yearly tacho calibration.", "hello, my driver card's been refused by the tachograph, can you look at it?"],
              "nl": ["Hoi, twee van onze vrachtwagens moeten hun tachograaf laten ijken.", "Hallo, de tachograaf weigert mijn bestuurderskaart, kunnen jullie kijken?"],
              "nb": ["Hei, to av lastebilene våre skal ha periodisk kontroll av fartsskriveren.", "hei, fartsskriveren godtar ikke sjåførkortet mitt, kan dere se på det?"],
              "ru": ["Здравствуйте, двум нашим грузовикам пора на калибровку тахографа.", "Добрый день, тахограф не принимает мою карту водителя, посмотрите?"]}},
]  # fmt: skip

# ---------------------------------------------------------------------------------------
# phrase tables
# ---------------------------------------------------------------------------------------

TYPES = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CUSTOMER_NUMBER", "DATE_OF_BIRTH", "PASSPORT",
         "NATIONAL_ID", "ACCOUNT", "CREDIT_CARD", "BOOKING_REFERENCE", "FLIGHT_NUMBER", "TICKET_NUMBER"]  # fmt: skip

ASK = {
    "en": {
        "PERSON": ["Who is the booking for?", "What name shall I put it under?", "Can I take a name, please?", "And your full name?", "Whose name is the account in?"],
        "EMAIL_ADDRESS": ["What's the best email for you?", "Which email address should the confirmation go to?", "Can I have an email address?", "Email?", "What email did you register with?"],
        "PHONE_NUMBER": ["What number can we reach you on?", "Can I get a phone number for the day?", "Best contact number?", "Which phone number should the driver ring?", "And a mobile number, in case we're running late?"],
        "CUSTOMER_NUMBER": ["What's your customer number?", "Do you have your account number with us?", "Could you give me your customer reference?", "What's the member number on your card?", "Your customer no., please?"],
        "DATE_OF_BIRTH": ["What's your date of birth?", "Could you confirm your date of birth?", "And when were you born?", "DOB for the insurance form?", "For the waiver I need a date of birth: what is it?"],
        "PASSPORT": ["What's your passport number?", "Could I have the passport number for the guest list?", "Which passport number are you travelling on?", "And the passport number?"],
        "NATIONAL_ID": ["What's your National Insurance number?", "For the certificate I need your NI number, do you have it?", "Could you give me your NI number?", "NI number?"],
        "ACCOUNT": ["Which account should the refund go to?", "What are your bank details for the direct debit?", "Can I have the account for the deposit refund?", "Where do we pay the refund into?"],
        "CREDIT_CARD": ["What's the long number on the card?", "Which card would you like to pay with?", "Can I take the card number?", "Card number for the deposit?"],
        "BOOKING_REFERENCE": ["What's your booking reference?", "Do you have the booking code from the email?", "Could you give me the six-character reference?", "Booking ref?"],
        "FLIGHT_NUMBER": ["What flight are you arriving on, so we can do the pickup?", "Which flight number is it?", "Do you have the flight number for the transfer?"],
        "TICKET_NUMBER": ["What's the e-ticket number?", "Can you read me the ticket number from the e-ticket?", "The shuttle needs your e-ticket number: what is it?"],
    },
    "nl": {
        "PERSON": ["Op wiens naam mag het?", "Wat is uw naam?", "Mag ik een naam noteren?", "En uw volledige naam?", "Op welke naam staat het account?"],
        "EMAIL_ADDRESS": ["Wat is uw e-mailadres?", "Naar welk mailadres mag de bevestiging?", "Mag ik een e-mailadres van u?", "Mailadres?", "Met welk e-mailadres bent u geregistreerd?"],
        "PHONE_NUMBER": ["Op welk nummer bent u bereikbaar?", "Mag ik een telefoonnummer voor die dag?", "Wat is uw telefoonnummer?", "Welk nummer kan de chauffeur bellen?", "En een mobiel nummer, voor als we later zijn?"],
        "CUSTOMER_NUMBER": ["Wat is uw klantnummer?", "Heeft u uw klantnummer bij de hand?", "Wat is het lidnummer op uw pasje?", "Mag ik uw relatienummer?", "Klantnummer?"],
        "DATE_OF_BIRTH": ["Wat is uw geboortedatum?", "Kunt u uw geboortedatum bevestigen?", "En wanneer bent u geboren?", "Geboortedatum voor het formulier?", "Voor de verzekering heb ik een geboortedatum nodig, welke is dat?"],
        "PASSPORT": ["Wat is uw paspoortnummer?", "Mag ik het paspoortnummer voor de gastenlijst?", "Met welk paspoortnummer reist u?", "En het paspoortnummer?"],
        "NATIONAL_ID": ["Wat is uw BSN?", "Voor het certificaat heb ik uw burgerservicenummer nodig, heeft u dat?", "Mag ik uw BSN?", "Burgerservicenummer?"],
        "ACCOUNT": ["Naar welk rekeningnummer mag het geld terug?", "Wat is uw IBAN voor de machtiging?", "Op welke rekening wilt u de borg terug?", "Welk IBAN mag ik noteren?"],
        "CREDIT_CARD": ["Wat is het kaartnummer?", "Met welke creditcard wilt u betalen?", "Mag ik het nummer van de creditcard?", "Kaartnummer voor de aanbetaling?"],
        "BOOKING_REFERENCE": ["Wat is uw boekingscode?", "Heeft u de reserveringscode uit de mail?", "Kunt u de code van zes tekens doorgeven?", "Boekingscode?"],
        "FLIGHT_NUMBER": ["Met welke vlucht komt u aan, dan regelen we het ophalen?", "Wat is het vluchtnummer?", "Heeft u het vluchtnummer voor de transfer?"],
        "TICKET_NUMBER": ["Wat is het e-ticketnummer?", "Kunt u het ticketnummer van uw e-ticket voorlezen?", "De pendelbus wil uw ticketnummer, welk is dat?"],
    },
    "nb": {
        "PERSON": ["Hvem er bestillingen for?", "Hvilket navn skal jeg sette den på?", "Kan jeg få navnet ditt?", "Og fullt navn?", "Hvem står som eier av kontoen?"],
        "EMAIL_ADDRESS": ["Hvilken e-post skal vi bruke?", "Hvor skal bekreftelsen sendes?", "Kan jeg få en e-postadresse?", "E-post?", "Hvilken e-postadresse er du registrert med?"],
        "PHONE_NUMBER": ["Hvilket nummer kan vi nå deg på?", "Kan jeg få et telefonnummer?", "Hva er mobilnummeret ditt?", "Hvilket nummer skal sjåføren ringe?", "Og et nummer i tilfelle vi blir forsinket?"],
        "CUSTOMER_NUMBER": ["Hva er kundenummeret ditt?", "Har du kundenummeret for hånden?", "Hva er medlemsnummeret på kortet ditt?", "Kan jeg få kundenummeret?", "Kundenr.?"],
        "DATE_OF_BIRTH": ["Hva er fødselsdatoen din?", "Kan du bekrefte fødselsdatoen?", "Og når er du født?", "Fødselsdato til skjemaet?", "Til forsikringen trenger jeg fødselsdato, hva er den?"],
        "PASSPORT": ["Hva er passnummeret ditt?", "Kan jeg få passnummeret til gjestelista?", "Hvilket passnummer reiser du på?", "Og passnummeret?"],
        "NATIONAL_ID": ["Hva er fødselsnummeret ditt?", "Til kursbeviset trenger jeg personnummer, alle elleve sifrene. Har du det?", "Kan jeg få fødselsnummeret ditt?", "Fødselsnummer?"],
        "ACCOUNT": ["Hvilket kontonummer skal pengene tilbake til?", "Hva er kontonummeret ditt for avtalegiro?", "Hvilken konto vil du ha depositumet tilbake på?", "Hvor skal vi betale tilbake?"],
        "CREDIT_CARD": ["Hva er kortnummeret?", "Hvilket kort vil du betale med?", "Kan jeg få kortnummeret?", "Kortnummer for depositumet?"],
        "BOOKING_REFERENCE": ["Hva er bookingreferansen din?", "Har du bestillingskoden fra e-posten?", "Kan du gi meg koden på seks tegn?", "Referanse?"],
        "FLIGHT_NUMBER": ["Hvilket fly kommer du med, så vi kan hente deg?", "Hva er flightnummeret?", "Har du rutenummeret til transporten?"],
        "TICKET_NUMBER": ["Hva er billettnummeret på e-billetten?", "Kan du lese opp billettnummeret?", "Bussen trenger billettnummeret ditt, hva er det?"],
    },
    "ru": {
        "PERSON": ["На чьё имя оформить?", "Как к вам обращаться? Назовите, пожалуйста, имя и фамилию.", "Можно ваше имя?", "Ваши фамилия и имя?", "На кого оформлен договор?"],
        "EMAIL_ADDRESS": ["Какая у вас электронная почта?", "На какой адрес отправить подтверждение?", "Подскажите e-mail?", "Почта?", "С какой почтой вы регистрировались?"],
        "PHONE_NUMBER": ["По какому номеру с вами связаться?", "Оставьте, пожалуйста, телефон?", "Ваш номер телефона?", "Какой номер дать водителю?", "И мобильный на случай, если задержимся?"],
        "CUSTOMER_NUMBER": ["Какой у вас номер клиента?", "Номер клиента под рукой?", "Какой номер на вашей клубной карте?", "Подскажите номер лицевого счёта?", "Номер клиента?"],
        "DATE_OF_BIRTH": ["Ваша дата рождения?", "Подтвердите, пожалуйста, дату рождения?", "А когда вы родились?", "Дата рождения для анкеты?", "Для страховки нужна дата рождения, подскажете?"],
        "PASSPORT": ["Номер загранпаспорта?", "Можно серию и номер загранпаспорта для списка?", "По какому паспорту вы едете?", "И номер паспорта?"],
        "NATIONAL_ID": ["Ваш ИНН?", "Для удостоверения нужен СНИЛС, подскажете?", "Можно ваш ИНН?", "СНИЛС?"],
        "ACCOUNT": ["На какой счёт вернуть деньги?", "Какой номер счёта указать для возврата?", "Куда перечислить залог?", "Реквизиты для возврата, номер счёта?"],
        "CREDIT_CARD": ["Номер карты?", "Какой картой будете платить?", "Продиктуйте номер карты?", "Номер карты для предоплаты?"],
        "BOOKING_REFERENCE": ["Какой у вас код бронирования?", "Код брони из письма есть?", "Продиктуйте код из шести символов?", "Код брони?"],
        "FLIGHT_NUMBER": ["Каким рейсом прилетаете, чтобы вас встретить?", "Номер рейса?", "Подскажите номер рейса для трансфера?"],
        "TICKET_NUMBER": ["Номер электронного билета?", "Продиктуйте номер билета из маршрутной квитанции?", "Для трансфера нужен номер билета, какой он?"],
    },
}  # fmt: skip

# the label of each type in a read-back and in a cue
LBL = {
    "en": {"PERSON": "name", "EMAIL_ADDRESS": "email", "PHONE_NUMBER": "number", "CUSTOMER_NUMBER": "customer number", "DATE_OF_BIRTH": "date of birth", "PASSPORT": "passport number", "NATIONAL_ID": "NI number", "ACCOUNT": "account", "CREDIT_CARD": "card number", "BOOKING_REFERENCE": "booking reference", "FLIGHT_NUMBER": "flight", "TICKET_NUMBER": "ticket number"},
    "nl": {"PERSON": "naam", "EMAIL_ADDRESS": "e-mailadres", "PHONE_NUMBER": "telefoonnummer", "CUSTOMER_NUMBER": "klantnummer", "DATE_OF_BIRTH": "geboortedatum", "PASSPORT": "paspoortnummer", "NATIONAL_ID": "BSN", "ACCOUNT": "IBAN", "CREDIT_CARD": "kaartnummer", "BOOKING_REFERENCE": "boekingscode", "FLIGHT_NUMBER": "vluchtnummer", "TICKET_NUMBER": "ticketnummer"},
    "nb": {"PERSON": "navn", "EMAIL_ADDRESS": "e-post", "PHONE_NUMBER": "telefonnummer", "CUSTOMER_NUMBER": "kundenummer", "DATE_OF_BIRTH": "fødselsdato", "PASSPORT": "passnummer", "NATIONAL_ID": "fødselsnummer", "ACCOUNT": "kontonummer", "CREDIT_CARD": "kortnummer", "BOOKING_REFERENCE": "referanse", "FLIGHT_NUMBER": "flightnummer", "TICKET_NUMBER": "billettnummer"},
    "ru": {"PERSON": "имя", "EMAIL_ADDRESS": "почта", "PHONE_NUMBER": "телефон", "CUSTOMER_NUMBER": "номер клиента", "DATE_OF_BIRTH": "дата рождения", "PASSPORT": "номер паспорта", "NATIONAL_ID": "ИНН/СНИЛС", "ACCOUNT": "номер счёта", "CREDIT_CARD": "номер карты", "BOOKING_REFERENCE": "код брони", "FLIGHT_NUMBER": "рейс", "TICKET_NUMBER": "номер билета"},
}  # fmt: skip

# how a customer gives a value with its cue ({v})
CUE = {
    "en": [
        "my {l} is {v}",
        "{l}: {v}",
        "the {l} is {v}",
        "you can use {v}, that's my {l}",
        "{l} - {v}",
    ],
    "nl": ["mijn {l} is {v}", "{l}: {v}", "{l} is {v}", "{v}, dat is mijn {l}", "{l} = {v}"],
    "nb": ["{l} er {v}", "{l}: {v}", "mitt {l} er {v}", "{v}, det er {l} mitt", "{l} - {v}"],
    "ru": ["мой {l}: {v}", "{l} — {v}", "{l}: {v}", "{v} — это мой {l}", "записывайте {l}: {v}"],
}
# nb/ru grammar: some labels take another possessive; plain cue texts that avoid it
CUE_NEUTRAL = {
    "en": ["{l}: {v}", "{l} - {v}"],
    "nl": ["{l}: {v}", "{l} = {v}"],
    "nb": ["{l}: {v}", "{l} - {v}"],
    "ru": ["{l}: {v}", "{l} — {v}"],
}
FILL = {
    "en": ["", "", "ok so ", "sure, ", "yeah ", "erm, ", "right, "],
    "nl": ["", "", "oké, ", "ja, ", "eh ", "even kijken, ", "goed, "],
    "nb": ["", "", "ok, ", "ja, ", "eh ", "øyeblikk... ", "greit, "],
    "ru": ["", "", "так, ", "да, ", "эээ ", "сейчас... ", "хорошо, "],
}
PRE = {
    "en": ["", "Thanks. ", "Great, thank you. ", "Okay. ", "Lovely. ", "Right, ", "Perfect. "],
    "nl": ["", "Dank u. ", "Top, dank u. ", "Oké. ", "Prima. ", "Goed, ", "Helder. "],
    "nb": ["", "Takk. ", "Flott, takk. ", "Ok. ", "Supert. ", "Greit, ", "Fint. "],
    "ru": ["", "Спасибо. ", "Отлично, спасибо. ", "Хорошо. ", "Так, ", "Принято. ", "Записано. "],
}
GREET = {
    "en": ["Hi, you're chatting with {a} at {co}. How can I help?", "Hello and welcome to {co}! I'm {a}.", "{co}, {a} speaking - what can I do for you?", "Good morning, this is {a} from {co}. How can I help today?", "Hi! {a} here from the {co} team.", "Welcome to the {co} chat. My name is {a}, ask away."],
    "nl": ["Hoi, je chat met {a} van {co}. Waarmee kan ik helpen?", "Goedemiddag, welkom bij {co}! U spreekt met {a}.", "{co}, met {a}. Wat kan ik voor u doen?", "Goedemorgen, {a} van {co} hier. Waar kan ik mee helpen?", "Hallo! Met {a} van het team van {co}.", "Welkom in de chat van {co}. Ik ben {a}, zeg het maar."],
    "nb": ["Hei, du chatter med {a} i {co}. Hva kan jeg hjelpe med?", "Hei og velkommen til {co}! Jeg heter {a}.", "{co}, {a} her. Hva kan jeg gjøre for deg?", "God morgen, dette er {a} fra {co}. Hva gjelder det?", "Hei! {a} fra {co} her.", "Velkommen til chatten hos {co}. Mitt navn er {a}, bare spør."],
    "ru": ["Здравствуйте! Вас приветствует {co}, меня зовут {a}. Чем помочь?", "Добрый день, {co}, на связи {a}.", "{co}, {a}. Слушаю вас.", "Доброе утро! Это {a}, {co}. Чем могу помочь?", "Здравствуйте, я {a} из компании {co}.", "Добро пожаловать в чат {co}. Меня зовут {a}, спрашивайте."],
}  # fmt: skip
WAIT_C = {
    "en": ["one moment", "hang on, let me find it", "sec", "just a minute, it's in an email somewhere", "hold on"],
    "nl": ["momentje", "even zoeken hoor", "sec", "wacht even, het staat in een mail", "ogenblikje"],
    "nb": ["et øyeblikk", "vent litt, jeg må finne det", "sek", "to sek, det står i en e-post", "vent"],
    "ru": ["минутку", "сейчас найду", "секунду", "подождите, это где-то в письме", "щас"],
}  # fmt: skip
WAIT_A = {
    "en": ["No rush.", "Sure, take your time.", "No problem, I'll wait.", "Of course."],
    "nl": ["Geen haast.", "Neem de tijd.", "Geen probleem, ik wacht even.", "Natuurlijk."],
    "nb": ["Ingen hast.", "Bare ta den tiden du trenger.", "Null stress, jeg venter.", "Selvfølgelig."],
    "ru": ["Не спешите.", "Конечно, жду.", "Ничего страшного, я подожду.", "Да, конечно."],
}  # fmt: skip
READBACK = {
    "en": ["Just to check: your {l} is {v}, right?", "So that's {v} for the {l}?", "I've got {v} as your {l}, is that correct?", "Let me read it back: {v}. Correct?"],
    "nl": ["Even checken: uw {l} is {v}, klopt dat?", "Dus {v} als {l}?", "Ik heb {v} genoteerd als {l}, klopt dat?", "Ik lees het even terug: {v}. Klopt?"],
    "nb": ["Bare for å sjekke: {l} er {v}, stemmer det?", "Så det er {v}?", "Jeg har notert {v} som {l}, er det riktig?", "Jeg leser opp: {v}. Stemmer?"],
    "ru": ["Проверю: {l} — {v}, верно?", "Итак, {v}, правильно?", "Записано: {v}, всё верно?", "Повторю: {v}. Так?"],
}  # fmt: skip
CONFIRM_C = {
    "en": ["yes", "yep that's right", "correct", "yes, that's it", "spot on"],
    "nl": ["ja", "klopt", "jep, dat is goed", "ja dat klopt", "correct"],
    "nb": ["ja", "stemmer", "jepp, det er riktig", "ja det stemmer", "korrekt"],
    "ru": ["да", "верно", "да, всё так", "правильно", "ага"],
}  # fmt: skip
DECLINE_C = {
    "en": ["I'd rather not give that out over chat, sorry", "do you really need that? I'd prefer not to", "no, I'm not comfortable sharing that here"],
    "nl": ["dat geef ik liever niet via de chat, sorry", "is dat echt nodig? liever niet", "nee, dat deel ik hier niet"],
    "nb": ["det vil jeg helst ikke gi over chat, beklager", "trenger dere virkelig det? helst ikke", "nei, det deler jeg ikke her"],
    "ru": ["не хотелось бы давать это в чате, извините", "а это обязательно? лучше не надо", "нет, этого я здесь писать не буду"],
}  # fmt: skip
DECLINE_A = {
    "en": ["That's fine, we can do without it.", "No problem, it's optional.", "Understood, I'll leave it blank."],
    "nl": ["Prima, het kan ook zonder.", "Geen probleem, het is niet verplicht.", "Begrijpelijk, ik laat het leeg."],
    "nb": ["Det går fint, vi klarer oss uten.", "Ikke noe problem, det er frivillig.", "Forstår, jeg lar det stå tomt."],
    "ru": ["Хорошо, обойдёмся без этого.", "Ничего страшного, это необязательно.", "Понимаю, оставлю пустым."],
}  # fmt: skip
CLOSE_A = {
    "en": ["That's all set. Anything else I can help with?", "Done! You'll get a confirmation shortly. Anything else?", "Great, that's booked in. Is there anything else?", "All sorted on our side. Can I help with anything else?", "Perfect, I've put that through. Anything more?", "That's everything I need. Any other questions?"],
    "nl": ["Het staat erin. Kan ik nog ergens anders mee helpen?", "Klaar! U krijgt zo een bevestiging. Verder nog iets?", "Top, het is geboekt. Is er nog iets?", "Alles geregeld aan onze kant. Nog andere vragen?", "Perfect, ik heb het doorgezet. Nog iets?", "Meer heb ik niet nodig. Heeft u nog vragen?"],
    "nb": ["Da er alt i orden. Noe mer jeg kan hjelpe med?", "Ferdig! Du får en bekreftelse straks. Noe annet?", "Flott, da er det booket. Var det noe mer?", "Alt er ordnet hos oss. Andre spørsmål?", "Supert, jeg har sendt det videre. Noe mer?", "Det var alt jeg trengte. Har du flere spørsmål?"],
    "ru": ["Всё оформлено. Могу ещё чем-то помочь?", "Готово! Подтверждение придёт в ближайшее время. Что-нибудь ещё?", "Отлично, записано. Ещё вопросы есть?", "С нашей стороны всё готово. Чем-то ещё помочь?", "Хорошо, всё передано. Что-то ещё?", "Больше ничего не нужно. Остались вопросы?"],
}  # fmt: skip
THANKS_C = {
    "en": ["no that's it, thanks!", "nope, cheers", "that's all, thank you so much", "thanks, bye", "all good, ta", "no thanks, have a good day"],
    "nl": ["nee dat was het, bedankt!", "nee hoor, dank je", "dat was alles, heel erg bedankt", "top, doei", "alles goed, dankjewel", "nee, fijne dag nog"],
    "nb": ["nei, det var alt, takk!", "nei, takk skal du ha", "det var alt, tusen takk", "takk, ha det", "alt i orden, takk", "nei takk, ha en fin dag"],
    "ru": ["нет, это всё, спасибо!", "нет, спасибо", "это всё, большое спасибо", "спасибо, до свидания", "всё хорошо, спасибо", "нет, хорошего дня"],
}  # fmt: skip
BYE_A = {
    "en": ["Have a lovely day!", "Thanks for getting in touch, bye!", "Take care."],
    "nl": ["Fijne dag nog!", "Bedankt voor uw bericht, tot ziens!", "Groetjes."],
    "nb": ["Ha en fin dag!", "Takk for at du tok kontakt, ha det!", "Ha det bra."],
    "ru": ["Хорошего дня!", "Спасибо за обращение, до свидания!", "Всего доброго."],
}  # fmt: skip
GOON_A = {"en": ["Go on.", "Yes?", "Got the first part, and the rest?"], "nl": ["Ga door.", "Ja?", "Eerste deel heb ik, en de rest?"],
          "nb": ["Fortsett.", "Ja?", "Jeg har første del, og resten?"], "ru": ["Продолжайте.", "Да?", "Первая часть есть, а дальше?"]}  # fmt: skip
CONT_C = {"en": ["", "", " oops sent too early", " ...", " sorry"], "nl": ["", "", " oeps te vroeg verstuurd", " ...", " sorry"],
          "nb": ["", "", " oi, sendte for tidlig", " ...", " sorry"], "ru": ["", "", " ой, рано отправилось", " ...", " пардон"]}  # fmt: skip
CORR_C = {"en": ["sorry typo, it's {v}", "no wait: {v}", "correction {v}", "ugh, wrong digit. {v}"], "nl": ["sorry typfout, het is {v}", "nee wacht: {v}", "correctie {v}", "oeps, verkeerd cijfer. {v}"],
          "nb": ["sorry, skrivefeil, det er {v}", "nei vent: {v}", "rettelse {v}", "æsj, feil siffer. {v}"], "ru": ["извините, опечатка: {v}", "нет, стоп: {v}", "исправляю: {v}", "ой, не та цифра. {v}"]}  # fmt: skip
ADDR_ASK = {
    "en": ["Where should we send it?", "What address should the paperwork go to?", "Where do you want the delivery?", "And where are we coming out to?", "Which address is it for?"],
    "nl": ["Waar mogen we het naartoe sturen?", "Naar welk adres moeten de papieren?", "Waar moet het bezorgd worden?", "En waar moeten we zijn?", "Voor welk adres is het?"],
    "nb": ["Hvor skal vi sende det?", "Hvilken adresse skal papirene til?", "Hvor skal det leveres?", "Og hvor skal vi kjøre?", "Hvilken adresse gjelder det?"],
    "ru": ["Куда отправить?", "На какой адрес выслать документы?", "Куда доставить?", "А куда нам приехать?", "По какому адресу?"],
}  # fmt: skip
LIST_ASK = {  # by the fields asked for: (name, birth date, passport), (name, birth date), (name, phone)
    "en": [["Could you send me the name, date of birth and passport number of everyone coming?", "For the guest list I need name, DOB and passport no. for each person.", "Who's coming? Full names, dates of birth and passport numbers, please."],
           ["I need names and dates of birth for all participants.", "Please list everyone on the booking with their date of birth.", "Can you give me each person's name and birthday for the insurance?"],
           ["Could you list everyone coming, with a phone number for each?", "Names and mobile numbers of the group, please?", "Who should we call on the day? Names and numbers, please."]],
    "nl": [["Kunt u van iedereen die meegaat naam, geboortedatum en paspoortnummer sturen?", "Voor de gastenlijst heb ik per persoon naam, geboortedatum en paspoortnummer nodig.", "Wie gaan er mee? Graag volledige namen, geboortedata en paspoortnummers."],
           ["Ik heb van alle deelnemers naam en geboortedatum nodig.", "Wilt u iedereen op de boeking opsommen met geboortedatum?", "Mag ik van iedereen naam en geboortedatum voor de verzekering?"],
           ["Kunt u iedereen die meegaat opsommen, met een telefoonnummer per persoon?", "Namen en mobiele nummers van de groep graag?", "Wie kunnen we op de dag bellen? Namen en nummers graag."]],
    "nb": [["Kan du sende navn, fødselsdato og passnummer for alle som blir med?", "Til gjestelista trenger jeg navn, fødselsdato og passnummer per person.", "Hvem blir med? Fullt navn, fødselsdato og passnummer, takk."],
           ["Jeg trenger navn og fødselsdato på alle deltakerne.", "Kan du liste opp alle på bestillingen med fødselsdato?", "Kan jeg få navn og fødselsdato på hver enkelt til forsikringen?"],
           ["Kan du liste opp alle som blir med, med telefonnummer til hver?", "Navn og mobilnummer til gruppa, takk?", "Hvem ringer vi på dagen? Navn og nummer, takk."]],
    "ru": [["Пришлите, пожалуйста, ФИО, дату рождения и номер паспорта всех участников.", "Для списка нужны ФИО, дата рождения и номер загранпаспорта каждого.", "Кто едет? Полные имена, даты рождения и номера паспортов, пожалуйста."],
           ["Мне нужны имена и даты рождения всех участников.", "Перечислите, пожалуйста, всех в заказе с датами рождения.", "Можно имя и дату рождения каждого для страховки?"],
           ["Перечислите всех участников с телефоном каждого?", "Имена и мобильные номера группы, пожалуйста?", "Кому звонить в день поездки? Имена и номера, пожалуйста."]],
}  # fmt: skip
LIST_ASK_ACC = {
    "en": ["Which accounts should be merged? Names and customer numbers, please.", "Give me each member's name and membership number."],
    "nl": ["Welke accounts moeten samen? Graag namen en klantnummers.", "Geef me van elk lid naam en lidnummer."],
    "nb": ["Hvilke kontoer skal slås sammen? Navn og kundenummer, takk.", "Gi meg navn og medlemsnummer for hvert medlem."],
    "ru": ["Какие аккаунты объединить? Имена и номера клиентов, пожалуйста.", "Напишите имя и номер члена клуба для каждого."],
}  # fmt: skip
LIST_INTRO = {"en": ["here you go:", "ok:", "sure -", ""], "nl": ["alsjeblieft:", "oké:", "hier:", ""], "nb": ["her:", "ok:", "værsågod:", ""], "ru": ["вот:", "пишу:", "держите:", ""]}  # fmt: skip
AND = {"en": " and ", "nl": " en ", "nb": " og ", "ru": " и "}
TABLE_HEAD = {
    "en": "name | born | passport",
    "nl": "naam | geboren | paspoort",
    "nb": "navn | født | pass",
    "ru": "ФИО | д.р. | паспорт",
}
EMAIL_AT = {
    "en": ["at", "at sign"],
    "nl": ["apenstaart", "apestaartje", "at"],
    "nb": ["krøllalfa", "alfakrøll", "krøll-a"],
    "ru": ["собака", "собачка"],
}
EMAIL_DOT = {"en": ["dot"], "nl": ["punt"], "nb": ["prikk", "punktum"], "ru": ["точка"]}
SPELL_INTRO = {
    "en": ["", "it's ", "so it's "],
    "nl": ["", "het is ", "dus "],
    "nb": ["", "det er ", "altså "],
    "ru": ["", "это ", "значит "],
}
WORDS_INTRO = {
    "en": ["", "in words: ", "ok, "],
    "nl": ["", "voluit: ", "oké, "],
    "nb": ["", "med ord: ", "ok, "],
    "ru": ["", "словами: ", "так, "],
}

# the business's own details, asked for by the customer, in several sentence shapes
BIZ = {
    "en": [("where are you exactly?", "We're at {addr}, parking round the back."), ("what's your phone number in case the chat drops?", "You can ring us on {phone}, weekdays 8 till 5."),
           ("is there an email I can send photos to?", "Yes, send them to {email} and put your name in the subject."), ("how do I pay the deposit?", "By bank transfer to {acct}, {co}, please."),
           ("do you have a company number for our accounts dept?", "Of course: company number {cid}, registered office {addr}."), ("which site do I go to?", "Go to our {branch}, the office is in {room}.")],
    "nl": [("waar zitten jullie precies?", "We zitten aan de {addr}, parkeren achter het pand."), ("wat is jullie telefoonnummer voor als de chat wegvalt?", "Bel gerust {phone}, doordeweeks van 8 tot 5."),
           ("kan ik foto's mailen?", "Ja, mail ze naar {email} met uw naam in het onderwerp."), ("hoe betaal ik de aanbetaling?", "Maak het over naar {acct} t.n.v. {co}."),
           ("hebben jullie een KvK-nummer voor onze administratie?", "Zeker: KvK {cid}, vestigingsadres {addr}."), ("naar welke locatie moet ik?", "Naar onze {branch}, u moet in {room} zijn.")],
    "nb": [("hvor holder dere til?", "Vi holder til i {addr}, parkering bak bygget."), ("hva er telefonnummeret deres hvis chatten faller ut?", "Ring oss på {phone}, hverdager 8 til 16."),
           ("kan jeg sende bilder på e-post?", "Ja, send dem til {email} og skriv navnet ditt i emnefeltet."), ("hvordan betaler jeg depositumet?", "Overfør til {acct}, mottaker {co}."),
           ("har dere org.nr. til regnskapet vårt?", "Selvsagt: org.nr. {cid}, forretningsadresse {addr}."), ("hvilket sted skal jeg møte opp?", "Kom til {branch}, vi er i {room}.")],
    "ru": [("где вы находитесь?", "Мы по адресу: {addr}, парковка во дворе."), ("какой у вас телефон на случай, если чат оборвётся?", "Звоните: {phone}, по будням с 8 до 17."),
           ("можно прислать фото на почту?", "Да, присылайте на {email}, в теме укажите фамилию."), ("как оплатить предоплату?", "Переводом на счёт {acct}, получатель {co}."),
           ("пришлите ИНН для бухгалтерии?", "Конечно: ИНН {cid}, юридический адрес {addr}."), ("куда подъехать?", "Приезжайте в {branch}, мы в {room}.")],
}  # fmt: skip
# practical information from the agent (dates, times, amounts, codes), and a reaction
INFO = {
    "en": ["You're booked for {adate} at {time}. The total is {amount}.", "Your order {order} ({qty} x {code}) ships today; tracking number {track}.",
           "I've opened case {case} for this and the invoice {invoice} is on hold until it's sorted.", "Use voucher {voucher} at checkout and the price drops to {amount}.",
           "Since you're coming from {dest} on {tdate}, we'll meet you at {time}.", "The slot on {adate} from {time} is yours; bring {qty} pairs of gloves."],
    "nl": ["U staat ingepland op {adate} om {time}. Het totaal is {amount}.", "Uw bestelling {order} ({qty} x {code}) gaat vandaag mee; trackingcode {track}.",
           "Ik heb hiervoor zaak {case} aangemaakt en factuur {invoice} staat even stil tot het is opgelost.", "Gebruik kortingscode {voucher} bij het afrekenen, dan wordt het {amount}.",
           "Omdat u op {tdate} uit {dest} komt, staan we om {time} klaar.", "Het tijdslot op {adate} vanaf {time} is voor u; neem {qty} paar handschoenen mee."],
    "nb": ["Du er satt opp {adate} kl. {time}. Totalt blir det {amount}.", "Ordre {order} ({qty} x {code}) sendes i dag; sporingsnummer {track}.",
           "Jeg har opprettet sak {case} på dette, og faktura {invoice} er satt på vent til det er løst.", "Bruk rabattkoden {voucher} i kassen, så blir det {amount}.",
           "Siden du kommer fra {dest} {tdate}, møter vi deg kl. {time}.", "Tiden {adate} fra kl. {time} er din; ta med {qty} par hansker."],
    "ru": ["Вы записаны на {adate} на {time}. Итого {amount}.", "Заказ {order} ({qty} шт., артикул {code}) отправим сегодня, трек-номер {track}.",
           "Мы завели обращение {case}, счёт {invoice} пока приостановлен.", "Введите промокод {voucher} при оплате, и выйдет {amount}.",
           "Раз вы едете из города {dest} {tdate}, встретим вас в {time}.", "Слот {adate} с {time} ваш, возьмите {qty} пары перчаток."],
}  # fmt: skip
INFO_REACT = {
    "en": ["ok great", "perfect", "lovely, thanks", "brilliant", "ok noted"], "nl": ["top", "prima", "fijn, dank je", "super", "oké genoteerd"],
    "nb": ["flott", "perfekt", "fint, takk", "supert", "ok, notert"], "ru": ["отлично", "хорошо", "понятно, спасибо", "супер", "понятно"],
}  # fmt: skip
# questions whose bare answer is a hard negative
BARENEG_ASK = {
    "en": {"order_number": ["What's the order number?", "Which order is it about?"], "invoice_number": ["Which invoice number is it?", "What's the number at the top of the invoice?"],
           "case_number": ["Do you have the case number from last time?", "What case number did they give you?"], "voucher_code": ["Have you got a voucher code?", "Which gift voucher code is it?"],
           "tracking_number": ["What does the tracking number say?", "Can you give me the tracking number?"], "destination": ["Where are you heading afterwards?", "Where are you travelling in from?"],
           "travel_date": ["When are you arriving?", "Which day do you travel?"], "appointment_date": ["Which date would suit you?", "What day works for the visit?"]},
    "nl": {"order_number": ["Wat is het ordernummer?", "Over welke bestelling gaat het?"], "invoice_number": ["Welk factuurnummer is het?", "Welk nummer staat bovenaan de factuur?"],
           "case_number": ["Heeft u het zaaknummer van de vorige keer?", "Welk dossiernummer heeft u gekregen?"], "voucher_code": ["Heeft u een kortingscode?", "Welke cadeaubon-code is het?"],
           "tracking_number": ["Wat is de trackingcode?", "Kunt u de track-en-tracecode geven?"], "destination": ["Waar gaat u daarna naartoe?", "Waar komt u vandaan gereisd?"],
           "travel_date": ["Wanneer komt u aan?", "Op welke dag reist u?"], "appointment_date": ["Welke datum komt u uit?", "Welke dag past voor het bezoek?"]},
    "nb": {"order_number": ["Hva er ordrenummeret?", "Hvilken ordre gjelder det?"], "invoice_number": ["Hvilket fakturanummer er det?", "Hva står øverst på fakturaen?"],
           "case_number": ["Har du saksnummeret fra sist?", "Hvilket saksnummer fikk du?"], "voucher_code": ["Har du en rabattkode?", "Hvilken gavekortkode er det?"],
           "tracking_number": ["Hva er sporingsnummeret?", "Kan du gi meg sporingsnummeret?"], "destination": ["Hvor skal du videre etterpå?", "Hvor reiser du fra?"],
           "travel_date": ["Når kommer du?", "Hvilken dag reiser du?"], "appointment_date": ["Hvilken dato passer?", "Hvilken dag passer for besøket?"]},
    "ru": {"order_number": ["Номер заказа?", "О каком заказе речь?"], "invoice_number": ["Номер счёта на оплату?", "Какой номер стоит вверху счёта?"],
           "case_number": ["Номер обращения с прошлого раза есть?", "Какой номер заявки вам дали?"], "voucher_code": ["Промокод есть?", "Какой код сертификата?"],
           "tracking_number": ["Какой трек-номер?", "Продиктуйте трек-номер?"], "destination": ["Куда потом поедете?", "Откуда едете?"],
           "travel_date": ["Когда приезжаете?", "В какой день едете?"], "appointment_date": ["Какая дата удобна?", "На какой день записать?"]},
}  # fmt: skip
WRONG_A = {
    "en": ["That looks like an order number rather than the customer number, but I can find you with it.", "Hm, that's the invoice number, not the customer number - no matter, I found the account."],
    "nl": ["Dat is volgens mij het ordernummer en niet het klantnummer, maar ik kan u er wel mee vinden.", "Hm, dat is het factuurnummer, geen klantnummer. Geeft niet, ik heb het account."],
    "nb": ["Det ser ut som ordrenummeret og ikke kundenummeret, men jeg finner deg med det.", "Hm, det er fakturanummeret, ikke kundenummeret. Samme det, jeg fant kontoen."],
    "ru": ["Это, кажется, номер заказа, а не номер клиента, но я и по нему найду.", "Хм, это номер счёта, а не клиента. Ничего, аккаунт нашёлся."],
}  # fmt: skip
SMALL = {
    "en": [("do you have parking?", "Yes, free parking on site."), ("is it ok if I bring my dog?", "Dogs on a lead are fine."), ("how long does it usually take?", "Usually half a day.")],
    "nl": [("kan ik bij jullie parkeren?", "Ja, gratis parkeren op het terrein."), ("mag mijn hond mee?", "Honden aangelijnd zijn welkom."), ("hoe lang duurt het meestal?", "Meestal een halve dag.")],
    "nb": [("er det parkering der?", "Ja, gratis parkering på stedet."), ("kan jeg ta med hunden?", "Hund i bånd går fint."), ("hvor lang tid tar det vanligvis?", "Vanligvis en halv dag.")],
    "ru": [("у вас есть парковка?", "Да, бесплатная парковка на территории."), ("можно с собакой?", "С собакой на поводке можно."), ("сколько это обычно занимает?", "Обычно полдня.")],
}  # fmt: skip
BRANCH = {"en": ["Kendal depot", "Truro workshop", "north yard"], "nl": ["vestiging Meppel", "werkplaats Tiel", "locatie Noord"],
          "nb": ["avdelingen i Molde", "verkstedet på Gjøvik", "lageret nord"], "ru": ["филиал на Заречной", "цех №2", "склад Северный"]}  # fmt: skip
ROOM = {"en": ["room 4B", "unit 12", "studio 3"], "nl": ["lokaal 2.14", "unit 7", "zaal B"], "nb": ["rom 214", "hall C", "sal 3"], "ru": ["кабинет 305", "бокс 7", "зал Б"]}  # fmt: skip
CURRENCY = {"en": "£{n}", "nl": "€ {n}", "nb": "{n} kr", "ru": "{n} ₽"}


# ---------------------------------------------------------------------------------------
# values
# ---------------------------------------------------------------------------------------


def landline(rng: random.Random, lang: str, intl: bool | None = None) -> str:
    region = {"en": "GB", "nl": "NL", "nb": "NO", "ru": "RU"}[lang]
    while True:
        if lang == "en":
            national = rng.choice(["20", "161", "113", "1539"]) + mv.digits(
                rng, 7 if rng.random() < 0.5 else 6
            )
        elif lang == "nl":
            national = rng.choice(["10", "20", "30", "50"]) + mv.digits(rng, 7)
        elif lang == "nb":
            national = rng.choice(["2", "55", "73"]) + mv.digits(
                rng, 7 if rng.random() < 0.5 else 6
            )
            national = national[:8]
        else:
            national = rng.choice(["495", "812", "843"]) + mv.digits(rng, 7)
        num = phonenumbers.parse(
            national if lang == "nb" else ("8" if lang == "ru" else "0") + national, region
        )
        if (
            phonenumbers.is_valid_number(num)
            and phonenumbers.number_type(num) != phonenumbers.PhoneNumberType.MOBILE
        ):
            break
    fmt = (
        phonenumbers.PhoneNumberFormat.INTERNATIONAL
        if (intl if intl is not None else rng.random() < 0.4)
        else phonenumbers.PhoneNumberFormat.NATIONAL
    )
    return phonenumbers.format_number(num, fmt)


def luhn_card(rng: random.Random) -> str:
    body = rng.choice(["4", "5" + rng.choice("12345"), "2200"])
    body += mv.digits(rng, 15 - len(body), first_nonzero=False)
    for c in "0123456789":
        if _luhn(body + c):
            d = body + c
            return " ".join(d[i : i + 4] for i in range(0, 16, 4))
    raise AssertionError


def _luhn(d: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(d)):
        n = int(c) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def customer_no(rng: random.Random, lang: str) -> str:
    s = rng.randint(0, 5)
    if s == 0:
        return mv.digits(rng, 8)
    if s == 1:
        return rng.choice(["FC", "KL", "MB", "RT"]) + "-" + mv.digits(rng, 6)
    if s == 2:
        return f"{mv.digits(rng, 3)} {mv.digits(rng, 3, False)} {mv.digits(rng, 3, False)}"
    if s == 3:
        return f"{mv.digits(rng, 2)}.{mv.digits(rng, 3, False)}.{mv.digits(rng, 3, False)}"
    if s == 4:
        return rng.choice("KMRS") + mv.digits(rng, 7)
    return f"{mv.digits(rng, 4)}-{mv.digits(rng, 4, False)}"


def uk_ni(rng: random.Random) -> str:
    p = rng.choice(["JT", "PN", "SK", "WL", "HR", "MC", "RB", "ZE"])
    return f"{p} {mv.digits(rng, 2, False)} {mv.digits(rng, 2, False)} {mv.digits(rng, 2, False)} {rng.choice('ABCD')}"


def national_id(rng: random.Random, lang: str) -> str:
    if lang == "en":
        return uk_ni(rng)
    if lang == "nl":
        return mv.nl_bsn(rng)
    if lang == "nb":
        return mv.no_fnr(rng)[0]
    return mv.ru_inn(rng) if rng.random() < 0.5 else mv.ru_snils(rng)


def account(rng: random.Random, lang: str) -> tuple[str, str]:
    if lang == "en":
        if rng.random() < 0.5:
            return mv.iban(rng, "GB"), "IBAN_CODE"
        return (
            f"{mv.digits(rng, 2)}-{mv.digits(rng, 2, False)}-{mv.digits(rng, 2, False)} {mv.digits(rng, 8)}",
            "BANK_ACCOUNT",
        )
    if lang == "nl":
        return mv.iban(rng, "NL"), "IBAN_CODE"
    if lang == "nb":
        if rng.random() < 0.4:
            return mv.iban(rng, "NO"), "IBAN_CODE"
        k = mv.no_kontonr(rng)
        return f"{k[:4]}.{k[4:6]}.{k[6:]}" if rng.random() < 0.6 else k, "BANK_ACCOUNT"
    return mv.ru_account(rng), "BANK_ACCOUNT"


class Person:
    """A synthetic customer; values made on first use and kept for the chat."""

    def __init__(self, rng: random.Random, lang: str, fem: bool | None = None):
        self.rng, self.lang = rng, lang
        self.fem = rng.random() < 0.5 if fem is None else fem
        self.first = rng.choice((FIRST_F if self.fem else FIRST_M)[lang])
        if lang == "ru":
            m, f = rng.choice(RU_LAST)
            self.last = f if self.fem else m
            pm, pf = rng.choice(RU_PATR)
            self.patr = pf if self.fem else pm
        else:
            self.last = rng.choice(LAST[lang])
            self.patr = ""
        self.vals: dict[str, tuple[str, str]] = {}

    def name(self) -> str:
        r = self.rng.random()
        if self.lang == "ru" and r < 0.25:
            return f"{self.last} {self.first} {self.patr}"
        if self.lang == "ru" and r < 0.4:
            return f"{self.first} {self.patr} {self.last}"
        return f"{self.first} {self.last}"

    def get(self, typ: str) -> tuple[str, str]:
        """(value, entity type) of one of TYPES."""
        if typ in self.vals:
            return self.vals[typ]
        rng, lang = self.rng, self.lang
        if typ == "PERSON":
            v = (self.name(), "PERSON")
        elif typ == "EMAIL_ADDRESS":
            local, _ = mv.email_parts(rng, lang, self.first, self.last)
            v = (".".join(local) + "@" + rng.choice(DOMAINS[lang]), typ)
        elif typ == "PHONE_NUMBER":
            v = (landline(rng, lang) if rng.random() < 0.3 else mv.phone(rng, lang), typ)
        elif typ == "CUSTOMER_NUMBER":
            v = (customer_no(rng, lang), typ)
        elif typ == "DATE_OF_BIRTH":
            v = (mv.date_text(rng, lang, *mv.birth_date(rng)), typ)
        elif typ == "PASSPORT":
            v = (mv.passport(rng, lang), typ)
        elif typ == "NATIONAL_ID":
            v = (national_id(rng, lang), typ)
        elif typ == "ACCOUNT":
            v = account(rng, lang)
        elif typ == "CREDIT_CARD":
            v = (luhn_card(rng), typ)
        elif typ == "BOOKING_REFERENCE":
            v = (mv.booking_ref(rng), typ)
        elif typ == "FLIGHT_NUMBER":
            v = (
                rng.choice(AIRLINES[lang]) + rng.choice(["", " "]) + str(rng.randint(12, 2999)),
                typ,
            )
        elif typ == "TICKET_NUMBER":
            d = TICKET_PREFIX[lang] + mv.digits(rng, 10, False)
            v = (d if rng.random() < 0.5 else f"{d[:3]}-{d[3:]}", typ)
        else:
            raise ValueError(typ)
        self.vals[typ] = v
        return v


def address(rng: random.Random, lang: str) -> str:
    street = rng.choice(STREETS[lang])
    city, pc = rng.choice(CITIES[lang])
    no = str(rng.randint(1, 160)) + rng.choice(
        ["", "", "a", "b"] if lang != "ru" else ["", "", "а"]
    )
    if lang == "en":
        s = rng.choice(
            [f"{no} {street}, {city} {pc}", f"{no} {street}\n{city}\n{pc}", f"{no} {street} {city}"]
        )
    elif lang == "nl":
        s = rng.choice(
            [
                f"{street} {no} {pc.replace(' ', '')} {city}",
                f"{street} {no}, {pc} {city}",
                f"{street} {no}\n{pc} {city}",
            ]
        )
    elif lang == "nb":
        s = rng.choice(
            [
                f"{street} {no}, {pc} {city}",
                f"{street} {no} {pc} {city}",
                f"{street} {no}\n{pc} {city}",
            ]
        )
    else:
        apt = rng.randint(1, 200)
        s = rng.choice(
            [
                f"{city}, {street}, д. {no}, кв. {apt}",
                f"{pc}, {city}, {street} {no}-{apt}",
                f"{street} {no}, кв {apt}, {city}",
            ]
        )
    return s.lower() if rng.random() < 0.7 else s


def company(sector: dict, lang: str) -> dict:
    """The business's own details: fixed per sector and language."""
    rng = random.Random(f"{SEED}-co-{sector['key']}-{lang}")
    street, (city, pc) = rng.choice(STREETS[lang]), rng.choice(CITIES[lang])
    no = rng.randint(1, 90)
    addr = {
        "en": f"Unit {no}, {street}, {city} {pc}",
        "nl": f"{street} {no}, {pc} {city}",
        "nb": f"{street} {no}, {pc} {city}",
        "ru": f"{city}, {street}, {no}",
    }[lang]
    if lang == "en":
        cid, acct = "0" + mv.digits(rng, 7), mv.iban(rng, "GB")
    elif lang == "nl":
        cid, acct = mv.digits(rng, 8), mv.iban(rng, "NL")
    elif lang == "nb":
        while True:
            c = mv.digits(rng, 9)
            if c[0] in "89" and orgnr.is_valid(c):
                break
        cid, acct = f"{c[:3]} {c[3:6]} {c[6:]}", mv.iban(rng, "NO")
    else:
        while True:
            c = mv.digits(rng, 10)
            if inn.is_valid(c):
                break
        cid, acct = c, "40702810" + mv.digits(rng, 12, False)
    box = rng.choice(
        {
            "en": ["info", "hello", "bookings"],
            "nl": ["info", "contact", "planning"],
            "nb": ["post", "kontakt", "booking"],
            "ru": ["info", "zakaz", "office"],
        }[lang]
    )
    return {
        "co": sector["co"][lang],
        "addr": addr,
        "phone": landline(rng, lang),
        "email": f"{box}@{sector['dom']}{TLD[lang]}",
        "acct": acct,
        "cid": cid,
        "branch": rng.choice(BRANCH[lang]),
        "room": rng.choice(ROOM[lang]),
    }


BIZ_KIND = {"addr": "company_address", "phone": "company_phone", "email": "company_email", "acct": "company_account",
            "cid": "company_id", "co": "company_name", "branch": "branch", "room": "room_number"}  # fmt: skip


def neg_value(rng: random.Random, lang: str, kind: str) -> str:
    if kind == "order_number":
        return mv.order_number(rng)
    if kind == "invoice_number":
        return rng.choice(["INV-", "F", "", "2026-"]) + mv.digits(rng, rng.choice([5, 6, 7]))
    if kind == "case_number":
        return rng.choice(["CS-", "#", "SR", ""]) + mv.digits(rng, 6)
    if kind == "voucher_code":
        return (
            rng.choice(["SPRING", "WELKOM", "VINTER", "LETO", "GIFT"])
            + str(rng.randint(10, 99))
            + rng.choice(["", "X", "K"])
        )
    if kind == "tracking_number":
        return (
            rng.choice(["3S", "JJD", "LY", "RR"])
            + mv.digits(rng, 9, False)
            + rng.choice(["", "NL", "NO", "RU", "GB"])
        )
    if kind == "destination":
        return rng.choice(DESTINATIONS[lang])
    if kind in ("travel_date", "appointment_date"):
        return mv.date_text(rng, lang, *mv.travel_date(rng), style=rng.choice([0, 1, 2]))
    if kind == "amount":
        return CURRENCY[lang].format(
            n=rng.choice([45, 120, 89, 260, 1350, 74, 18])
            if lang != "ru"
            else rng.choice([4500, 12000, 890, 26000])
        )
    if kind == "time":
        return f"{rng.randint(7, 18)}:{rng.choice(['00', '15', '30', '45'])}"
    if kind == "quantity":
        return str(rng.randint(2, 12))
    if kind == "product_code":
        return rng.choice(["SKU-", "ART-", "PN"]) + mv.digits(rng, 5)
    raise ValueError(kind)


# ---------------------------------------------------------------------------------------
# chat building
# ---------------------------------------------------------------------------------------


class Chat:
    def __init__(self, rng: random.Random, lang: str, sector: dict, counters: dict):
        self.rng, self.lang, self.sector = rng, lang, sector
        self.biz = company(sector, lang)
        self.cust = Person(rng, lang)
        self.counters = counters
        self.turns: list[tuple[str, list]] = []

    # -- helpers --
    def pick(self, seq):
        return self.rng.choice(seq)

    def ent(self, typ: str, cls: str, value: str | None = None, person: Person | None = None) -> E:
        p = person or self.cust
        v, t = p.get(typ) if value is None else (value, typ)
        return E(v, t if typ != "ACCOUNT" else p.get("ACCOUNT")[1], cls)

    def q(self, question: str) -> str:
        """The question after a short acknowledgement (lower case after a comma)."""
        pre = self.pick(PRE[self.lang])
        if pre.endswith(", ") and not question[1].isupper():
            question = question[0].lower() + question[1:]
        return pre + question

    def ask(self, typ: str) -> list:
        return [self.q(self.pick(ASK[self.lang][typ]))]

    def cue_parts(self, typ: str, cls: str = "plain") -> list:
        lang = self.lang
        tpl = self.pick(
            CUE[lang]
            if typ in ("CUSTOMER_NUMBER", "PHONE_NUMBER", "PASSPORT") or lang in ("en", "nl")
            else CUE_NEUTRAL[lang]
        )
        if lang == "ru" and typ in ("EMAIL_ADDRESS", "DATE_OF_BIRTH"):
            tpl = self.pick(CUE_NEUTRAL[lang])
        if lang == "nb" and typ in ("EMAIL_ADDRESS", "DATE_OF_BIRTH") and "mitt" in tpl:
            tpl = "{l}: {v}"
        return T(tpl, l=LBL[lang][typ], v=self.ent(typ, cls))

    # -- steps: each returns a list of turns --
    def readback(self, typ: str) -> list:
        lang = self.lang
        return [
            ("agent", T(self.pick(READBACK[lang]), l=LBL[lang][typ], v=self.ent(typ, "plain"))),
            ("customer", [self.pick(CONFIRM_C[lang])]),
        ]

    def bare(self, typ: str, wait: bool = False) -> list:
        lang = self.lang
        out = [("agent", self.ask(typ))]
        if wait:
            out += [("customer", [self.pick(WAIT_C[lang])]), ("agent", [self.pick(WAIT_A[lang])])]
        v, t = self.cust.get(typ)
        if (
            typ in ("BOOKING_REFERENCE", "EMAIL_ADDRESS", "FLIGHT_NUMBER")
            and self.rng.random() < 0.4
        ):
            v = v.lower()
        out.append(("customer", [E(v, t, "bare_answer")]))
        if self.rng.random() < 0.2 and typ not in ("PERSON",):
            out += self.readback(typ)
        return out

    def bare_pair(self, t1: str, t2: str) -> list:
        """Two questions in one message, answered in two messages, the value alone each."""
        q = self.q(self.pick(ASK[self.lang][t1])) + " " + self.pick(ASK[self.lang][t2])
        out = [("agent", [q])]
        for t in (t1, t2):
            v, typ = self.cust.get(t)
            out.append(("customer", [E(v, typ, "bare_answer")]))
        return out

    def plain(self, typ: str, asked: bool = True, typ2: str | None = None) -> list:
        out = [("agent", self.ask(typ))] if asked else []
        parts = [self.pick(FILL[self.lang])] + self.cue_parts(typ)
        if typ2:
            parts += [self.pick([AND[self.lang], ", ", "\n"])] + self.cue_parts(typ2)
        out.append(("customer", parts))
        if asked and self.rng.random() < 0.15:
            out += self.readback(typ)
        return out

    def decline(self) -> list:
        lang = self.lang
        typ = self.pick(["NATIONAL_ID", "DATE_OF_BIRTH", "PHONE_NUMBER"])
        return [
            ("agent", self.ask(typ)),
            ("customer", [self.pick(DECLINE_C[lang])]),
            ("agent", [self.pick(DECLINE_A[lang])]),
        ]

    def biz_step(self, i: int | None = None) -> list:
        q, a = BIZ[self.lang][i] if i is not None else self.pick(BIZ[self.lang])
        slots = {k: N(v, BIZ_KIND[k]) for k, v in self.biz.items()}
        return [("customer", [q]), ("agent", T(a, **slots))]

    def info_step(self) -> list:
        rng, lang = self.rng, self.lang
        tpl = self.pick(INFO[lang])
        kinds = {"adate": "appointment_date", "time": "time", "amount": "amount", "order": "order_number", "qty": "quantity",
                 "code": "product_code", "track": "tracking_number", "case": "case_number", "invoice": "invoice_number",
                 "voucher": "voucher_code", "dest": "destination", "tdate": "travel_date"}  # fmt: skip
        slots = {k: N(neg_value(rng, lang, v), v) for k, v in kinds.items()}
        return [("agent", T(tpl, **slots)), ("customer", [self.pick(INFO_REACT[lang])])]

    def bareneg_step(self, kind: str) -> list:
        lang = self.lang
        if (
            kind in ("order_number", "invoice_number")
            and "CUSTOMER_NUMBER" not in self.cust.vals  # not asked for in this chat already
            and self.rng.random() < 0.6
        ):
            return [
                ("agent", self.ask("CUSTOMER_NUMBER")),
                ("customer", [N(neg_value(self.rng, lang, kind), kind)]),
                ("agent", [WRONG_A[lang][0 if kind == "order_number" else 1]]),
            ]
        return [
            ("agent", [self.q(self.pick(BARENEG_ASK[lang][kind]))]),
            ("customer", [N(neg_value(self.rng, lang, kind), kind)]),
        ]

    def small_step(self) -> list:
        q, a = self.pick(SMALL[self.lang])
        return [("customer", [q]), ("agent", [a])]

    # -- class cores --
    def core_bare(self) -> list:
        rng = self.rng
        pool = ["CUSTOMER_NUMBER", "PHONE_NUMBER", "DATE_OF_BIRTH", "PASSPORT", "NATIONAL_ID", "EMAIL_ADDRESS", "BOOKING_REFERENCE",
                "FLIGHT_NUMBER", "TICKET_NUMBER", "CREDIT_CARD", "ACCOUNT", "PERSON"]  # fmt: skip
        types = rng.sample(pool, rng.randint(3, 4))
        out: list = []
        if rng.random() < 0.5:
            out.append(self.bare_pair(types.pop(), types.pop()))
        for t in types:
            out.append(self.bare(t, wait=rng.random() < 0.35))
        return out

    def core_list(self) -> list:
        rng, lang = self.rng, self.lang
        accounts = rng.random() < 0.35
        n = rng.choice([2, 2, 3])
        people = [self.cust] + [Person(rng, lang) for _ in range(n - 1)]
        for p in people[1:]:
            if lang != "ru" and rng.random() < 0.5:
                p.last = self.cust.last
        layout = self.pick(["inline", "line", "bullet", "numbered", "semicolon", "table", "slash"])
        if accounts:
            fields = ["PERSON", "CUSTOMER_NUMBER"]
            ask = self.pick(LIST_ASK_ACC[lang])
            if layout == "table":
                layout = "line"
        else:
            k = 0 if layout == "table" else rng.randint(0, 2)
            fields = [
                ["PERSON", "DATE_OF_BIRTH", "PASSPORT"],
                ["PERSON", "DATE_OF_BIRTH"],
                ["PERSON", "PHONE_NUMBER"],
            ][k]
            ask = self.pick(LIST_ASK[lang][k])
        items = []
        for p in people:
            it: list = []
            for j, f in enumerate(fields):
                if j:
                    it.append(" | " if layout == "table" else ", ")
                v, t = p.get(f)
                if f == "PERSON" and rng.random() < 0.3:
                    v = v.lower()
                it.append(E(v, t, "list"))
            items.append(it)
        intro = self.pick(LIST_INTRO[lang])
        parts: list = [
            intro
            + (
                "\n"
                if intro and layout not in ("inline", "semicolon", "slash")
                else (" " if intro else "")
            )
        ]
        if layout == "table":
            parts.append(TABLE_HEAD[lang] + "\n")
        for i, it in enumerate(items):
            if layout == "inline":
                sep = "" if i == 0 else (AND[lang] if i == len(items) - 1 else ", ")
            elif layout == "semicolon":
                sep = "" if i == 0 else "; "
            elif layout == "slash":
                sep = "" if i == 0 else " / "
            else:
                sep = "" if i == 0 else "\n"
            parts.append(sep)
            if layout == "bullet":
                parts.append("• ")
            elif layout == "numbered":
                parts.append(f"{i + 1}. ")
            parts += it
        out = [[("agent", [self.q(ask)]), ("customer", parts)]]
        if rng.random() < 0.5:
            out.append(self.bare(self.pick(["PHONE_NUMBER", "EMAIL_ADDRESS"])))
        return out

    def split_pieces(self, typ: str) -> tuple[list[str], str]:
        v, t = self.cust.get(typ)
        rng = self.rng
        three = rng.random() < 0.35
        if " " in v and v.count(" ") >= 2:
            words = v.split(" ")
            if three and len(words) >= 3:
                a, b = sorted(rng.sample(range(1, len(words)), 2))
                return [" ".join(words[:a]), " ".join(words[a:b]), " ".join(words[b:])], t
            k = rng.randint(1, len(words) - 1)
            return [" ".join(words[:k]), " ".join(words[k:])], t
        if typ == "EMAIL_ADDRESS":
            i = v.index("@")
            return [v[:i], v[i:]], t
        if three and len(v) >= 9:
            a, b = len(v) // 3, 2 * len(v) // 3
            return [x.strip() for x in (v[:a], v[a:b], v[b:])], t
        k = len(v) // 2
        return [v[:k].strip(), v[k:].strip()], t

    def mistype(self, v: str) -> str:
        idx = [i for i, c in enumerate(v) if c.isdigit()]
        i = self.rng.choice(idx[1:] or idx)
        return v[:i] + str((int(v[i]) + self.rng.randint(1, 9)) % 10) + v[i + 1 :]

    def core_split(self) -> list:
        rng, lang = self.rng, self.lang
        t1, t2 = rng.sample(
            [
                "ACCOUNT",
                "PHONE_NUMBER",
                "CUSTOMER_NUMBER",
                "NATIONAL_ID",
                "CREDIT_CARD",
                "EMAIL_ADDRESS",
            ],
            2,
        )
        out: list = []
        for k, typ in enumerate((t1, t2)):
            out.append(("agent", self.ask(typ)))
            v, t = self.cust.get(typ)
            if k == 1 and typ != "EMAIL_ADDRESS" and rng.random() < 0.45:  # typed, then corrected
                out.append(("customer", [self.pick(FILL[lang]), E(self.mistype(v), t, "split")]))
                out.append(("customer", T(self.pick(CORR_C[lang]), v=E(v, t, "split"))))
                continue
            pieces, t = self.split_pieces(typ)
            for j, piece in enumerate(pieces):
                if j and rng.random() < 0.3:
                    out.append(("agent", [self.pick(GOON_A[lang])]))
                tail = self.pick(CONT_C[lang]) if j < len(pieces) - 1 else ""
                out.append(("customer", [E(piece, t, "split"), tail]))
        return [out]

    def disguise_number(self, typ: str, trick: str) -> str:
        rng, lang = self.rng, self.lang
        v, _ = self.cust.get(typ)
        compact = "".join(c for c in v if c.isalnum())
        if trick == "words":
            return mv.digits_as_words(rng, lang, v, mixed=rng.random() < 0.4)
        if trick == "invisible":
            return mv.with_zero_width(rng, v, n=rng.randint(1, 3))
        for _ in range(50):
            d = mv.with_homoglyphs(rng, compact, n=rng.randint(1, 2))
            if d != compact:
                return d
            self.cust.vals.pop(typ, None)  # no look-alike for these digits: another value
            compact = "".join(c for c in self.cust.get(typ)[0] if c.isalnum())
        raise AssertionError(v)

    def spelled_email(self) -> str:
        lang = self.lang
        v, _ = self.cust.get("EMAIL_ADDRESS")
        at, dot = self.pick(EMAIL_AT[lang]), self.pick(EMAIL_DOT[lang])
        local, dom = v.split("@")
        return f" {dot} ".join(local.split(".")) + f" {at} " + f" {dot} ".join(dom.split("."))

    def core_disguised(self) -> list:
        rng, lang = self.rng, self.lang
        out: list = [
            [
                ("agent", self.ask("EMAIL_ADDRESS")),
                (
                    "customer",
                    [
                        self.pick(SPELL_INTRO[lang]),
                        E(self.spelled_email(), "EMAIL_ADDRESS", "disguised"),
                    ],
                ),
            ]
        ]
        tricks = ["words", "invisible", "homoglyph"]
        n = self.counters.setdefault(("trick", lang), 0)
        self.counters[("trick", lang)] = n + 1
        trick = tricks[n % 3]
        typ = self.pick(["CUSTOMER_NUMBER", "PHONE_NUMBER", "NATIONAL_ID", "CUSTOMER_NUMBER"])
        d = self.disguise_number(typ, trick)
        _, t = self.cust.get(typ)
        out.append(
            [
                ("agent", self.ask(typ)),
                (
                    "customer",
                    [
                        self.pick(WORDS_INTRO[lang]) if trick == "words" else "",
                        E(d, t, "disguised"),
                    ],
                ),
            ]
        )
        if rng.random() < 0.4:
            out.append(self.bare("DATE_OF_BIRTH"))
        return out

    def core_address(self) -> list:
        rng, lang = self.rng, self.lang
        out = [
            [
                ("agent", [self.q(self.pick(ADDR_ASK[lang]))]),
                ("customer", [E(address(rng, lang), "LOCATION", "address_no_cue")]),
            ]
        ]
        if rng.random() < 0.5:
            out.append(self.bare(self.pick(["PHONE_NUMBER", "PERSON", "CUSTOMER_NUMBER"])))
        return out

    def core_plain(self) -> list:
        rng = self.rng
        pool = ["CUSTOMER_NUMBER", "PHONE_NUMBER", "DATE_OF_BIRTH", "PASSPORT", "NATIONAL_ID", "EMAIL_ADDRESS", "BOOKING_REFERENCE",
                "FLIGHT_NUMBER", "TICKET_NUMBER", "CREDIT_CARD", "ACCOUNT"]  # fmt: skip
        types = rng.sample(pool, rng.randint(3, 5))
        out = []
        if len(types) >= 4 and rng.random() < 0.6:
            out.append(self.plain(types.pop(), typ2=types.pop()))
        for t in types:
            out.append(self.plain(t, asked=rng.random() < 0.8))
        if rng.random() < 0.5:
            out.append(
                [
                    ("agent", [self.q(self.pick(ADDR_ASK[self.lang]))]),
                    (
                        "customer",
                        [self.pick(FILL[self.lang])]
                        + T(
                            {
                                "en": "my address is {a}",
                                "nl": "mijn adres is {a}",
                                "nb": "adressen er {a}",
                                "ru": "мой адрес: {a}",
                            }[self.lang],
                            a=E(address(rng, self.lang), "LOCATION", "plain"),
                        ),
                    ),
                ]
            )
        return out


def build(
    rng: random.Random,
    lang: str,
    cls: str,
    sector: dict,
    plain_opener: bool,
    counters: dict,
    bareneg: list[str],
) -> list:
    c = Chat(rng, lang, sector, counters)
    agent = Person(rng, lang)
    greet = T(
        c.pick(GREET[lang]), a=E(agent.first, "PERSON", "plain"), co=N(c.biz["co"], "company_name")
    )
    opener: list = [c.pick(sector["open"][lang])]
    if not plain_opener and rng.random() < 0.35:  # values given unasked in the opener
        typ = c.pick(["CUSTOMER_NUMBER", "PHONE_NUMBER", "BOOKING_REFERENCE"])
        opener += [" ", *c.cue_parts(typ, "plain"), "."]
    head = [("agent", greet), ("customer", opener)]
    core_fn = {"bare_answer": c.core_bare, "list": c.core_list, "split": c.core_split, "disguised": c.core_disguised,
               "address_no_cue": c.core_address, "plain": c.core_plain}[cls]  # fmt: skip
    core = core_fn()
    extras: list = [("extra", c.biz_step(i)) for i in rng.sample(range(6), rng.randint(1, 3))]
    extras.append(("extra", c.info_step()))
    for k, kind in enumerate(bareneg):
        extras.append(("keep" if k == 0 else "extra", c.bareneg_step(kind)))
    if rng.random() < 0.25:
        extras.append(("extra", c.decline()))
    if rng.random() < 0.3:
        extras.append(("extra", c.small_step()))
    rng.shuffle(extras)
    # merge, keeping the core's order
    blocks = [("core", b) for b in core] + extras
    order = sorted(
        range(len(blocks)),
        key=lambda i: (
            i / len(core) + rng.random() * 0.01 if blocks[i][0] == "core" else rng.random()
        ),
    )
    close = [("agent", [c.pick(CLOSE_A[lang])]), ("customer", [c.pick(THANKS_C[lang])])]
    if rng.random() < 0.5:
        close.append(("agent", [c.pick(BYE_A[lang])]))
    budget = 25 - len(head) - len(close)
    body = [blocks[i] for i in order]

    def size(bs: list) -> int:
        return sum(len(b) for _, b in bs)

    # drop extras from the end (never the core, never the planned bare negatives) until it fits
    while size(body) > budget:
        for j in range(len(body) - 1, -1, -1):
            if body[j][0] == "extra" and not is_bareneg(body[j][1]):
                del body[j]
                break
        else:
            extra = [j for j, b in enumerate(body) if b[0] == "extra"]
            if not extra:
                break
            del body[extra[-1]]
    turns = head + [t for _, b in body for t in b] + close
    return turns


def is_bareneg(block: list) -> bool:
    """A block whose customer turn is a hard negative alone."""
    return any(
        role == "customer" and len(parts) == 1 and isinstance(parts[0], N) for role, parts in block
    )


BARENEG = [
    "order_number",
    "invoice_number",
    "case_number",
    "voucher_code",
    "tracking_number",
    "destination",
    "travel_date",
    "appointment_date",
]


def plan(lang: str) -> list[str]:
    rng = random.Random(f"{SEED}-plan-{lang}")
    classes = [c for c in CLASSES for _ in range(25)]
    rng.shuffle(classes)
    return classes


def generate() -> list[dict]:
    records: list[dict] = []
    for lang in LANGS:
        rng = random.Random(f"{SEED}-{lang}")
        counters: dict = {}
        seen: set[str] = set()
        for i, cls in enumerate(plan(lang), 1):
            sector = SECTORS[(i - 1) % 20] if i <= 20 else rng.choice(SECTORS)
            first = sector["key"] not in seen
            seen.add(sector["key"])
            kinds = [BARENEG[(i - 1) % len(BARENEG)]]
            if rng.random() < 0.5:
                kinds.append(rng.choice([k for k in BARENEG if k != kinds[0]]))
            turns = build(rng, lang, cls, sector, first, counters, kinds)
            records += mv.conversation_records(f"{NAME}-{lang}-{i:03d}", lang, turns)
    errors = mv.verify(records)
    if errors:
        raise SystemExit("\n".join(errors[:20]))
    return records


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else HERE / f"{NAME}.jsonl"
    mv.write_jsonl(generate(), out)


if __name__ == "__main__":
    main(sys.argv)
