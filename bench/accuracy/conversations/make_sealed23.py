# ruff: noqa: E501  (hand-written phrase, name, street and sector tables)
"""Write sealed23.jsonl: the twenty-third sealed multi-turn set (seed 20261226), written blind.

600 conversations, 150 per language (en, nl, nb, ru), 25 per failure class and language plus
25 "plain" ones. Twenty-two sectors new to the sets, its own names, streets, towns, companies
and phrasings; hard negatives in every chat. Run:

    .venv/bin/python bench/accuracy/conversations/make_sealed23.py [OUT]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import phonenumbers
from stdnum.no import orgnr
from stdnum.ru import inn as ru_inn_mod

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_values import (  # noqa: E402
    LANGS,
    E,
    N,
    Part,
    booking_ref,
    conversation_records,
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

SEED = 20261226
PER_CLASS = 25
CLASS_ORDER = ("bare_answer", "list", "split", "disguised", "address_no_cue", "plain")
OUT = Path(__file__).with_name("sealed23.jsonl")


def pick(rng: random.Random, table: dict[str, list[str]], lang: str) -> str:
    return rng.choice(table[lang])


# ---------------------------------------------------------------------------------------
# sectors: (key, travel-like?, {lang: (company, topic)})
# ---------------------------------------------------------------------------------------

SECTORS: list[tuple[str, bool, dict[str, tuple[str, str]]]] = [
    ("kitesurf_school", True, {"en": ("Gullwing Kite School", "the weekend kite course"), "nl": ("Kiteschool Zeewind", "de kitesurfcursus"), "nb": ("Vindkast Kiteskole", "kitekurset"), "ru": ("Кайт-школа «Бриз»", "курс кайтсерфинга")}),
    ("farrier", False, {"en": ("Anvil & Oak Farriery", "shoeing my mare"), "nl": ("Hoefsmederij Dekker & Zn", "het beslaan van mijn paard"), "nb": ("Hovslager Kvam", "skoing av hesten"), "ru": ("Кузница «Подкова»", "ковку лошади")}),
    ("bookbinder", False, {"en": ("Marbled Leaf Bindery", "rebinding a family bible"), "nl": ("Boekbinderij Het Katern", "het opnieuw inbinden van een oude bijbel"), "nb": ("Bokbinderiet Rygg", "innbinding av en gammel bok"), "ru": ("Переплётная мастерская «Корешок»", "перепечатку и переплёт книги")}),
    ("aquarium_shop", False, {"en": ("Reefside Aquatics", "the 240-litre tank order"), "nl": ("Aquariumhuis De Koraalvis", "de bestelling van het aquarium"), "nb": ("Akvariesenteret Tare", "bestillingen av akvariet"), "ru": ("Аквариумный центр «Риф»", "заказ аквариума")}),
    ("balloon_flights", True, {"en": ("Skylark Balloon Flights", "a balloon flight for two"), "nl": ("Ballonvaart Hemelsbreed", "een ballonvaart"), "nb": ("Ballongferd Himmelblå", "ballongturen"), "ru": ("Полёты на аэростате «Небосвод»", "полёт на воздушном шаре")}),
    ("greenhouse_builder", False, {"en": ("Glasshouse & Frame Ltd", "a lean-to greenhouse"), "nl": ("Kassenbouw Lichtstraat", "een tuinkas"), "nb": ("Drivhusbyggeren AS", "et drivhus"), "ru": ("«Теплица-Мастер»", "поликарбонатную теплицу")}),
    ("scaffold_hire", False, {"en": ("Upright Scaffold Hire", "scaffolding for a chimney job"), "nl": ("Steigerverhuur Hoogop", "steigers voor het dak"), "nb": ("Stillasutleie Nord", "leie av stillas"), "ru": ("Аренда лесов «Высота»", "аренду строительных лесов")}),
    ("mower_servicing", False, {"en": ("Cuttings Mower Care", "servicing my ride-on mower"), "nl": ("Grasmaaierservice Groenrand", "het onderhoud van mijn zitmaaier"), "nb": ("Gressklipper-service Plenen", "service på gressklipperen"), "ru": ("Сервис газонокосилок «Травинка»", "обслуживание газонокосилки")}),
    ("ice_rink", False, {"en": ("Frostgate Ice Rink", "a season pass for the rink"), "nl": ("IJsbaan De Schaats", "een seizoenskaart voor de ijsbaan"), "nb": ("Isbanen Skøytehallen", "sesongkort til isbanen"), "ru": ("Ледовая арена «Кристалл»", "абонемент на каток")}),
    ("planetarium", False, {"en": ("Orrery Hill Planetarium", "the friends' membership"), "nl": ("Planetarium De Sterrenkoepel", "het donateurschap"), "nb": ("Planetariet Nordlys", "medlemskapet"), "ru": ("Планетарий «Орион»", "годовой абонемент")}),
    ("sewing_machine_repair", False, {"en": ("Bobbin & Shuttle Repairs", "my old sewing machine"), "nl": ("Naaimachinereparatie Spoel", "mijn naaimachine"), "nb": ("Symaskinverkstedet Tråd", "symaskinen min"), "ru": ("Ремонт швейных машин «Челнок»", "ремонт швейной машинки")}),
    ("picture_framing", False, {"en": ("Gilt Edge Framers", "framing three prints"), "nl": ("Lijstenmakerij Passe-partout", "het inlijsten van drie prenten"), "nb": ("Rammeverkstedet Gull", "innramming av tre trykk"), "ru": ("Багетная мастерская «Рама»", "оформление картин в багет")}),
    ("crane_hire", False, {"en": ("Longreach Crane Hire", "a mobile crane for Saturday"), "nl": ("Kraanverhuur Lange Arm", "een mobiele kraan"), "nb": ("Kranutleie Løft", "leie av mobilkran"), "ru": ("Аренда кранов «Стрела»", "аренду автокрана")}),
    ("sleep_clinic", False, {"en": ("Quietnight Sleep Clinic", "the overnight sleep study"), "nl": ("Slaapkliniek Nachtrust", "het slaaponderzoek"), "nb": ("Søvnklinikken Døgn", "søvnregistreringen"), "ru": ("Центр сомнологии «Сон»", "исследование сна")}),
    ("rowing_club", True, {"en": ("Kingfisher Rowing Club", "the regatta trip"), "nl": ("Roeivereniging De Riemen", "de roeitocht naar het buitenland"), "nb": ("Roklubben Årtaket", "regattaturen"), "ru": ("Гребной клуб «Весло»", "поездку на регату")}),
    ("fishing_licence", False, {"en": ("Riverwatch Angling Permits", "a salmon permit"), "nl": ("Visvergunningen Hengelpas", "een vispas"), "nb": ("Fiskekort Elvevakt", "fiskekort for laks"), "ru": ("Рыболовные путёвки «Клёв»", "путёвку на рыбалку")}),
    ("taxidermist", False, {"en": ("Heathcote Taxidermy", "mounting a pheasant"), "nl": ("Taxidermie Bosman & Co", "het opzetten van een fazant"), "nb": ("Utstopper Rypa", "utstopping av en rype"), "ru": ("Таксидермическая мастерская «Чучело»", "изготовление чучела")}),
    ("model_railway", False, {"en": ("Branchline Model Railways", "the locomotive order"), "nl": ("Modelspoor Het Seinhuis", "de bestelling van de locomotief"), "nb": ("Modelljernbane Sporvekselen", "bestillingen av lokomotivet"), "ru": ("Магазин моделей «Стрелочник»", "заказ модели локомотива")}),
    ("roofing", False, {"en": ("Slate & Ridge Roofing", "the roof repair quote"), "nl": ("Dakdekkersbedrijf Nok", "de offerte voor het dak"), "nb": ("Taktekker Møne", "tilbudet på taket"), "ru": ("Кровельная компания «Конёк»", "ремонт крыши")}),
    ("boiler_service", False, {"en": ("Pilot Light Heating", "the annual boiler service"), "nl": ("CV-service Waakvlam", "het jaarlijkse ketelonderhoud"), "nb": ("Fyrservice Varme", "årlig service på fyrkjelen"), "ru": ("Сервис котлов «Тепло»", "обслуживание газового котла")}),
    ("bridal_shop", True, {"en": ("Lace & Lantern Bridal", "the wedding dress fitting"), "nl": ("Bruidsmode Sluier", "de pasafspraak voor de trouwjurk"), "nb": ("Brudesalongen Slør", "prøving av brudekjolen"), "ru": ("Свадебный салон «Фата»", "примерку свадебного платья")}),
    ("golf_club", True, {"en": ("Brackenhurst Golf Club", "the membership and the Portugal trip"), "nl": ("Golfclub De Duinen", "het lidmaatschap en de golfreis"), "nb": ("Golfklubben Lyngen", "medlemskap og golfturen"), "ru": ("Гольф-клуб «Лужайка»", "членство и гольф-тур")}),
]

FIRST = {
    "en": ["Rowan", "Imogen", "Callum", "Harriet", "Declan", "Tamsin", "Rhys", "Bethan", "Fergus", "Lowri", "Ewan", "Niamh", "Gareth", "Esme", "Angus", "Philippa"],
    "nl": ["Gijs", "Marloes", "Hidde", "Jorien", "Stijn", "Annelies", "Tijmen", "Wietske", "Floris", "Roos", "Mees", "Hanneke", "Joost", "Evelien", "Teun", "Saskia"],
    "nb": ["Torstein", "Gunnhild", "Aslak", "Borghild", "Eivind", "Turid", "Halvard", "Sigrid", "Arnfinn", "Vigdis", "Gaute", "Liv", "Trygve", "Astrid", "Odd", "Synnøve"],
    "ru": ["Глеб", "Тимофей", "Степан", "Роман", "Вадим", "Кирилл", "Фёдор", "Арсений", "Вера", "Полина", "Дарья", "Алёна", "Зоя", "Лидия", "Варвара", "Инна"],
}
RU_FEM = {"Вера", "Полина", "Дарья", "Алёна", "Зоя", "Лидия", "Варвара", "Инна"}
LAST = {
    "en": ["Pennington", "Trelawney", "Ogilvie", "Brackenbury", "Scarisbrick", "Fenwick", "Gilchrist", "Hollingworth", "Maddox", "Quarmby", "Attwood", "Yelland", "Dunmore", "Prothero"],
    "nl": ["Verhoeven", "van Wijk", "Postma", "Dijkstra", "ter Horst", "Kloosterman", "de Wit", "Hofstede", "van Rijn", "Veenstra", "Zwart", "Lammers", "Oosterhuis", "Tuinstra"],
    "nb": ["Fossum", "Rønning", "Skjervheim", "Kvamme", "Vik", "Lie", "Tangen", "Myhre", "Eide", "Aune", "Sæther", "Grønli", "Hovland", "Rustad"],
    "ru": ["Ларионов", "Шубин", "Гусев", "Тихонов", "Карпов", "Селезнёв", "Баранов", "Рябинин", "Журавлёв", "Ефимов", "Мельников", "Голубев"],
}
AGENTS = {
    "en": ["Priya", "Tom", "Kerry", "Josh", "Megan", "Stu"],
    "nl": ["Yvonne", "Bas", "Marjolein", "Rik", "Ineke", "Sander"],
    "nb": ["Hilde", "Stian", "Mona", "Jon", "Randi", "Ketil"],
    "ru": ["Марина", "Егор", "Светлана", "Денис", "Оксана", "Илья"],
}
STREETS = {
    "en": ["Tanners Row", "Heron Walk", "Ropewalk Lane", "Cobbold Street", "Furlong Drive", "Sallow Close", "Wheelwright Lane", "Lark Rise", "Pinfold Road", "Ferry Lane"],
    "nl": ["Wilgenhof", "Sluisweg", "Kastanjelaan", "Touwslagerstraat", "Bleekveld", "Ooievaarstraat", "Zuiderkade", "Hoefsmidstraat", "Lisdoddepad", "Torenstraat"],
    "nb": ["Lyngveien", "Tollbugata", "Smievegen", "Bekkeliveien", "Furulia", "Reipslagerbakken", "Nordre gate", "Hestehagen", "Myrsnipeveien", "Kaigata"],
    "ru": ["ул. Кооперативная", "ул. Рябиновая", "пер. Кузнечный", "ул. Заречная", "ул. Литейная", "Школьный пер.", "ул. Полевая", "ул. Гончарова", "просп. Строителей", "ул. Луговая"],
}
TOWNS = {
    "en": [("Kendal", "LA9 4QR"), ("Ludlow", "SY8 1AD"), ("Whitby", "YO21 3BA"), ("Truro", "TR1 2SJ"), ("Hexham", "NE46 3NH"), ("Stroud", "GL5 1AP"), ("Bangor", "LL57 1UT"), ("Ely", "CB7 4EW")],
    "nl": [("Meppel", "7941 KD"), ("Gorinchem", "4201 HE"), ("Harderwijk", "3841 AB"), ("Tiel", "4001 LM"), ("Sneek", "8601 BJ"), ("Hoorn", "1621 CS"), ("Roermond", "6041 EV"), ("Zutphen", "7201 DP")],
    "nb": [("Lillehammer", "2609"), ("Kongsberg", "3611"), ("Molde", "6413"), ("Bodø", "8006"), ("Arendal", "4836"), ("Gjøvik", "2815"), ("Halden", "1771"), ("Steinkjer", "7713")],
    "ru": [("Вологда", "160000"), ("Кострома", "156000"), ("Псков", "180000"), ("Рязань", "390000"), ("Ярославль", "150000"), ("Калуга", "248000"), ("Тамбов", "392000"), ("Чебоксары", "428000")],
}
ABROAD = {
    "en": ["{n} rue des Tanneurs, 67000 Strasbourg, France", "apartment {m}, {n} sandymount road, dublin 4, ireland", "calle del Olmo {n}, 29680 Estepona, Spain"],
    "nl": ["Kapelstraat {n}, 2000 Antwerpen", "am markt {n}, 47533 kleve, duitsland", "rue de la Station {n}, 4800 Verviers, België"],
    "nb": ["Storgatan {n}, 941 32 Piteå, Sverige", "nørregade {n}, 6700 esbjerg, danmark", "Hafnarstræti {n}, 101 Reykjavík"],
    "ru": ["г. Минск, ул. Сурганова, д. {n}, кв. {m}", "алматы, ул. жибек жолы {n}, кв. {m}", "Беларусь, Гродно, ул. Ожешко {n}-{m}"],
}
DESTS = {
    "en": ["Tarifa", "Porto", "Bled", "Faro", "Annecy"],
    "nl": ["Tarifa", "Porto", "Gardameer", "Faro", "Innsbruck"],
    "nb": ["Tarifa", "Porto", "Faro", "Riga", "Alicante"],
    "ru": ["Анапу", "Ейск", "Дербент", "Калининград", "Геленджик"],
}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "nb": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
}

# ---------------------------------------------------------------------------------------
# phrasings
# ---------------------------------------------------------------------------------------

GREET = {
    "en": ["Hello, {agent} here at {company} 👋 what can I do for you?", "Hi there! You're through to {agent} from {company}.", "Good afternoon, {company}, {agent} speaking - how can I help?"],
    "nl": ["Goedemiddag, u chat met {agent} van {company}. Waarmee kan ik helpen?", "Hoi! {agent} hier, {company} 🙂", "Welkom bij {company}, je spreekt met {agent}."],
    "nb": ["Hei, du snakker med {agent} hos {company}. Hva kan jeg hjelpe med?", "God dag, {company}, {agent} her 😊", "Hei! {agent} fra {company} her."],
    "ru": ["Здравствуйте! Вас приветствует {agent}, {company}. Чем могу помочь?", "Добрый день, {company}, меня зовут {agent}.", "Привет! На связи {agent} из {company} 🙂"],
}
OPEN = {
    "en": ["hi, it's about {topic}", "hello, I'm writing about {topic}", "hiya, quick one re {topic} pls", "Hi, I booked {topic} and need to change something", "helo, wantd to ask abt {topic}"],
    "nl": ["hoi, het gaat over {topic}", "goedemiddag, ik heb een vraag over {topic}", "hallo, ff een vraagje over {topic}", "Dag, ik wil iets wijzigen aan {topic}", "hallo ik heb een vraag ovr {topic}"],
    "nb": ["hei, det gjelder {topic}", "hallo, jeg lurer på noe angående {topic}", "hei! et kjapt spm om {topic}", "Hei, jeg må endre noe med {topic}", "hei, lurte på noe om {topic} :)"],
    "ru": ["здравствуйте, вопрос про {topic}", "добрый день, хочу перенести {topic}", "привет, пишу про {topic}", "Здравствуйте, оплатила {topic}, нужно кое-что изменить"],
}
WAIT = {
    "en": ["one moment, looking for it", "hang on a sec", "hold on, it's in my other bag", "just a mo…"],
    "nl": ["momentje, even zoeken", "wacht even", "ff kijken hoor", "sec, ligt in de andere kamer"],
    "nb": ["et øyeblikk, skal finne det", "vent litt", "to sek", "øyeblikk, må lete"],
    "ru": ["минутку, сейчас найду", "секунду", "щас посмотрю", "одну минуту…"],
}
NOHURRY = {
    "en": ["no rush", "take your time", "sure"],
    "nl": ["geen haast", "neem de tijd", "prima"],
    "nb": ["ingen stress", "bare ta den tiden du trenger", "greit"],
    "ru": ["не торопитесь", "конечно, жду", "хорошо"],
}
THANKS = {
    "en": ["Thanks, that's all sorted.", "Lovely, all done on our side.", "Perfect, thank you!"],
    "nl": ["Dank je, dat is geregeld.", "Top, het staat erin.", "Helemaal goed, bedankt!"],
    "nb": ["Takk, da er det ordnet.", "Flott, da er det registrert.", "Supert, tusen takk!"],
    "ru": ["Спасибо, всё оформлено.", "Отлично, внесла в систему.", "Готово, благодарю!"],
}
BYE = {
    "en": ["cheers, bye", "thanks!! 🙏", "great thank you"],
    "nl": ["top, dank je", "bedankt! 👍", "fijn, doei"],
    "nb": ["takk skal du ha", "supert, ha det", "tusen takk 🙏"],
    "ru": ["спасибо, до свидания", "спасибо большое 🙏", "ок, спасибо"],
}

# what the agent asks, per type (bare answers)
ASK = {
    "CUSTOMER_NUMBER": {
        "en": ["What's your customer number with us?", "Could you give me the account number on your last letter?", "And your membership no.?"],
        "nl": ["Wat is uw klantnummer?", "Mag ik je relatienummer?", "Wat is je lidnummer bij ons?"],
        "nb": ["Hva er kundenummeret ditt?", "Kan jeg få medlemsnummeret?", "Har du kundenr. for meg?"],
        "ru": ["Подскажите номер клиента?", "Какой у вас номер договора клиента?", "Назовите, пожалуйста, номер участника"],
    },
    "DATE_OF_BIRTH": {
        "en": ["And your date of birth, please?", "What's the DOB of the person attending?", "When were you born? It's for the form."],
        "nl": ["Wat is uw geboortedatum?", "En de geboortedatum van de deelnemer?", "Wanneer ben je geboren? Voor het formulier."],
        "nb": ["Hva er fødselsdatoen din?", "Og fødselsdato til deltakeren?", "Når er du født? Trenger det til skjemaet."],
        "ru": ["Ваша дата рождения?", "Дата рождения участника?", "Когда вы родились? Для анкеты."],
    },
    "PHONE_NUMBER": {
        "en": ["Best number to reach you on?", "What mobile should the driver ring?", "Can I take a contact number?"],
        "nl": ["Op welk nummer ben je bereikbaar?", "Welk mobiel nummer kan de monteur bellen?", "Mag ik een telefoonnummer?"],
        "nb": ["Hvilket nummer når vi deg på?", "Hva er mobilnummeret ditt?", "Kan jeg få et telefonnr.?"],
        "ru": ["По какому номеру с вами связаться?", "Ваш мобильный?", "Оставьте, пожалуйста, контактный телефон"],
    },
    "EMAIL_ADDRESS": {
        "en": ["Which e-mail should the invoice go to?", "Email address for the confirmation?"],
        "nl": ["Naar welk e-mailadres mag de bevestiging?", "Wat is je mailadres?"],
        "nb": ["Hvilken e-postadresse skal bekreftelsen til?", "Hva er e-posten din?"],
        "ru": ["На какую почту отправить подтверждение?", "Ваш e-mail?"],
    },
    "BOOKING_REFERENCE": {
        "en": ["What's the booking reference?", "Have you got the 6-character booking code?"],
        "nl": ["Wat is de boekingscode?", "Heb je het reserveringsnummer bij de hand?"],
        "nb": ["Hva er bookingreferansen?", "Har du referansekoden fra bestillingen?"],
        "ru": ["Какой код бронирования?", "Назовите номер брони"],
    },
    "PASSPORT": {
        "en": ["For the trip abroad I need the passport number.", "Passport number of the traveller?"],
        "nl": ["Voor de reis heb ik je paspoortnummer nodig.", "Wat is het paspoortnummer?"],
        "nb": ["Til reisen trenger jeg passnummeret.", "Hva er passnummeret?"],
        "ru": ["Для поездки нужен номер загранпаспорта.", "Номер загранпаспорта?"],
    },
    "NATIONAL_ID": {
        "nl": ["Voor de declaratie heb ik uw BSN nodig.", "Wat is het burgerservicenummer?"],
        "nb": ["Jeg trenger fødselsnummeret ditt (11 siffer).", "Hva er personnummeret?"],
        "ru": ["Для договора нужен ваш СНИЛС.", "Подскажите ИНН физлица?"],
    },
    "BANK": {
        "en": ["Which IBAN should the refund go to?", "Account for the direct debit?"],
        "nl": ["Op welk rekeningnummer wil je de terugbetaling?", "Wat is het IBAN voor de incasso?"],
        "nb": ["Hvilket kontonummer skal refusjonen til?", "Kontonr. for trekket?"],
        "ru": ["На какой счёт вернуть деньги?", "Номер счёта для возврата?"],
    },
    "PERSON": {
        "en": ["Whose name is the booking under?", "And the name of the person coming?"],
        "nl": ["Op wiens naam staat de afspraak?", "Wat is de naam van de deelnemer?"],
        "nb": ["Hvem står bestillingen på?", "Navnet på deltakeren?"],
        "ru": ["На кого оформлено?", "Как зовут участника?"],
    },
}
WHERE = {
    "en": ["Where should we send it?", "What's the address for the visit?", "Where do you want it delivered?", "and the address where the work is?"],
    "nl": ["Waar mogen we het naartoe sturen?", "Op welk adres moeten we zijn?", "Waar moet het bezorgd worden?", "en het adres van de klus?"],
    "nb": ["Hvor skal vi sende det?", "Hvilken adresse skal vi komme til?", "Hvor skal det leveres?", "og adressen til jobben?"],
    "ru": ["Куда отправить?", "По какому адресу приехать мастеру?", "Куда доставить?", "а адрес объекта?"],
}
# cues for plain values
CUE = {
    "CUSTOMER_NUMBER": {"en": "my customer number is ", "nl": "mijn klantnummer is ", "nb": "kundenummeret mitt er ", "ru": "мой номер клиента "},
    "PHONE_NUMBER": {"en": "you can ring me on ", "nl": "je kunt me bellen op ", "nb": "ring meg på ", "ru": "мой телефон "},
    "EMAIL_ADDRESS": {"en": "my email is ", "nl": "mijn e-mail is ", "nb": "e-posten min er ", "ru": "моя почта "},
    "DATE_OF_BIRTH": {"en": "I was born on ", "nl": "ik ben geboren op ", "nb": "jeg er født ", "ru": "дата рождения "},
    "BANK": {"en": "refund to my account ", "nl": "mijn rekeningnummer is ", "nb": "kontonummeret mitt er ", "ru": "мой счёт "},
    "NATIONAL_ID": {"en": "", "nl": "mijn BSN is ", "nb": "fødselsnummer ", "ru": "СНИЛС "},
    "BOOKING_REFERENCE": {"en": "booking ref ", "nl": "boekingscode ", "nb": "bookingreferanse ", "ru": "код брони "},
    "PASSPORT": {"en": "passport no. ", "nl": "paspoortnummer ", "nb": "passnr ", "ru": "загранпаспорт "},
    "LOCATION": {"en": "I live at ", "nl": "ik woon op ", "nb": "jeg bor i ", "ru": "живу по адресу "},
    "PERSON": {"en": "my name's ", "nl": "mijn naam is ", "nb": "jeg heter ", "ru": "меня зовут "},
}
AT = {"en": [" at ", " (at) ", " AT "], "nl": [" apenstaartje ", " apestaart ", " at "], "nb": [" alfakrøll ", " krøllalfa ", " snabel-a "], "ru": [" собака ", " собачка ", " at "]}
DOT = {"en": [" dot ", " (dot) ", " DOT "], "nl": [" punt ", " punt ", " dot "], "nb": [" prikk ", " punktum ", " dott "], "ru": [" точка ", " точка ", " dot "]}
DOMAINS = {
    "en": ["fastmail.com", "gmail.com", "proton.me", "sky.com", "virginmedia.com"],
    "nl": ["planet.nl", "gmail.com", "live.nl", "upcmail.nl", "zeelandnet.nl"],
    "nb": ["gmail.com", "altibox.no", "getmail.no", "icloud.com", "broadpark.no"],
    "ru": ["yandex.ru", "inbox.ru", "list.ru", "gmail.com", "ya.ru"],
}
TRANSLIT = str.maketrans({"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sch", "ы": "y", "э": "e", "ю": "yu", "я": "ya", "ь": "", "ъ": "", "ø": "o", "å": "a", "æ": "ae"})
RELATIONS = {
    "en": ["and ", "plus ", "then our friend ", "also "],
    "nl": ["en ", "plus ", "dan onze vriend ", "ook nog "],
    "nb": ["og ", "pluss ", "så vennen vår ", "også "],
    "ru": ["и ", "плюс ", "ещё ", "а также "],
}
CORRECT = {
    "en": ["sorry typo, it's ", "no wait - ", "oops, correct one: "],
    "nl": ["sorry typfout, het is ", "nee wacht: ", "oeps, moet zijn "],
    "nb": ["sorry, skrivefeil, det er ", "nei vent: ", "oi, riktig er "],
    "ru": ["ой, опечатка, правильно ", "нет, стоп: ", "извините, верно так: "],
}
CONT = {
    "en": ["…and the rest: ", "rest is ", ""],
    "nl": ["…en de rest: ", "rest is ", ""],
    "nb": ["…og resten: ", "resten er ", ""],
    "ru": ["…и дальше: ", "окончание ", ""],
}

# ---------------------------------------------------------------------------------------
# values
# ---------------------------------------------------------------------------------------


class Conv:
    """One conversation being written: its language, sector, people and turns."""

    def __init__(self, rng: random.Random, lang: str, sector: tuple[str, bool, dict[str, tuple[str, str]]]):
        self.rng, self.lang = rng, lang
        self.key, self.trip = sector[0], sector[1]
        self.company, self.topic = sector[2][lang]
        self.agent = rng.choice(AGENTS[lang])
        self.first, self.last = self.name()
        self.turns: list[tuple[str, list[Part]]] = []
        self.used: set[str] = set()

    def name(self) -> tuple[str, str]:
        first, last = self.rng.choice(FIRST[self.lang]), self.rng.choice(LAST[self.lang])
        if self.lang == "ru" and first in RU_FEM:
            last += "а"
        return first, last

    def a(self, *parts: Part) -> None:
        self.turns.append(("agent", list(parts)))

    def c(self, *parts: Part) -> None:
        self.turns.append(("customer", list(parts)))

    def p(self, table: dict[str, list[str]]) -> str:
        return self.rng.choice(table[self.lang])


def bank_type(lang: str) -> str:
    return "BANK_ACCOUNT" if lang in ("nb", "ru") else "IBAN_CODE"


def bank_value(rng: random.Random, lang: str) -> str:
    if lang == "nb":
        k = no_kontonr(rng)
        return rng.choice([k, f"{k[:4]}.{k[4:6]}.{k[6:]}", f"{k[:4]} {k[4:6]} {k[6:]}"])
    if lang == "ru":
        return ru_account(rng)
    return iban(rng, "GB" if lang == "en" else "NL")


def nid_value(rng: random.Random, lang: str) -> str:
    if lang == "nl":
        return nl_bsn(rng)
    if lang == "nb":
        return no_fnr(rng)[0]
    return ru_snils(rng) if rng.random() < 0.6 else ru_inn(rng)


def dob_text(rng: random.Random, lang: str, d: int, m: int, y: int) -> str:
    s = rng.randint(0, 4)
    mon = MONTHS[lang][m - 1]
    if s == 0:
        return f"{d:02d}{ {'en': '/', 'nl': '-', 'nb': '.', 'ru': '.'}[lang] }{m:02d}{ {'en': '/', 'nl': '-', 'nb': '.', 'ru': '.'}[lang] }{y}"
    if s == 1:
        return f"{d}. {mon} {y}" if lang == "nb" else f"{d} {mon} {y}"
    if s == 2:
        return f"{d}.{m}.{y}" if lang != "en" else f"{d}/{m}/{str(y)[2:]}"
    if s == 3:
        return f"{mon} {d}, {y}" if lang == "en" else f"{d}-{m}-{y}" if lang == "nl" else f"{d:02d}.{m:02d}.{str(y)[2:]}"
    return f"{d} {mon[:3]} {y}" if lang in ("en", "nl") else f"{d}.{m:02d}.{y}"


def dob(rng: random.Random, lang: str) -> str:
    return dob_text(rng, lang, rng.randint(1, 28), rng.randint(1, 12), rng.randint(1941, 2012))


def later_date(rng: random.Random, lang: str) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), 2027
    return dob_text(rng, lang, d, m, y)


def email(rng: random.Random, lang: str, first: str, last: str) -> tuple[list[str], str]:
    f, la = first.lower().translate(TRANSLIT), last.lower().translate(TRANSLIT).replace(" ", "")
    style = rng.randint(0, 3)
    local = [[f, la], [f[0] + la], [la + str(rng.randint(60, 99))], [f, la[:3]]][style]
    return local, rng.choice(DOMAINS[lang])


def email_plain(rng: random.Random, lang: str, first: str, last: str) -> str:
    local, dom = email(rng, lang, first, last)
    return ".".join(local) + "@" + dom


def email_spelled(rng: random.Random, lang: str, first: str, last: str) -> str:
    local, dom = email(rng, lang, first, last)
    dot = rng.choice(DOT[lang])
    return dot.join(local) + rng.choice(AT[lang]) + dot.join(dom.split("."))


def value(cv: Conv, typ: str) -> str:
    rng, lang = cv.rng, cv.lang
    if typ == "CUSTOMER_NUMBER":
        return rng.choice([digits(rng, rng.choice([7, 8, 9])), "K" + digits(rng, 6), digits(rng, 3) + "-" + digits(rng, 4, False)])
    if typ == "DATE_OF_BIRTH":
        return dob(rng, lang)
    if typ == "PHONE_NUMBER":
        return phone(rng, lang)
    if typ == "EMAIL_ADDRESS":
        return email_plain(rng, lang, cv.first, cv.last)
    if typ == "BOOKING_REFERENCE":
        return booking_ref(rng)
    if typ == "PASSPORT":
        return passport(rng, lang)
    if typ == "NATIONAL_ID":
        return nid_value(rng, lang)
    if typ in ("IBAN_CODE", "BANK_ACCOUNT", "BANK"):
        return bank_value(rng, lang)
    if typ == "PERSON":
        return f"{cv.first} {cv.last}"
    if typ == "LOCATION":
        return home_address(rng, lang)
    raise ValueError(typ)


def real_type(lang: str, typ: str) -> str:
    return bank_type(lang) if typ == "BANK" else typ


def home_address(rng: random.Random, lang: str, lower: bool = False) -> str:
    street, (town, pc) = rng.choice(STREETS[lang]), rng.choice(TOWNS[lang])
    n = str(rng.randint(1, 160)) + rng.choice(["", "", "", "a" if lang != "ru" else "к2"])
    if lang == "en":
        s = rng.choice([f"{n} {street}, {town} {pc}", f"{n} {street}\n{town}\n{pc}", f"{n} {street} {town}"])
    elif lang == "nl":
        s = rng.choice([f"{street} {n}, {pc} {town}", f"{street} {n} {pc.replace(' ', '')} {town}", f"{street} {n}\n{pc} {town}"])
    elif lang == "nb":
        s = rng.choice([f"{street} {n}, {pc} {town}", f"{street} {n} {town}", f"{street} {n}\n{pc} {town}"])
    else:
        apt = rng.randint(2, 220)
        s = rng.choice([f"{town}, {street}, д. {n}, кв. {apt}", f"{pc}, {town}, {street} {n}-{apt}", f"{street} {n} кв {apt} {town}"])
    return s.lower() if lower else s


def abroad_address(rng: random.Random, lang: str) -> str:
    return rng.choice(ABROAD[lang]).format(n=rng.randint(2, 90), m=rng.randint(1, 60))


# ---------------------------------------------------------------------------------------
# hard negatives (business values, other dates, codes)
# ---------------------------------------------------------------------------------------


def company_phone(rng: random.Random, lang: str) -> str:
    """A valid landline of the business (area code + subscriber number)."""
    region, prefixes, length = {"en": ("GB", ["1539", "1584", "1947", "1872", "1434"], 10), "nl": ("NL", ["522", "183", "341", "344", "515"], 9), "nb": ("NO", ["61", "32", "71", "75", "37"], 8), "ru": ("RU", ["8172", "4942", "8112", "4912", "4852"], 10)}[lang]
    while True:
        pre = rng.choice(prefixes)
        num = phonenumbers.parse(pre + digits(rng, length - len(pre), False), region)
        if phonenumbers.is_valid_number(num):
            fmt = phonenumbers.PhoneNumberFormat.NATIONAL if rng.random() < 0.6 else phonenumbers.PhoneNumberFormat.INTERNATIONAL
            return phonenumbers.format_number(num, fmt)


def company_id(rng: random.Random, lang: str) -> str:
    if lang == "nb":
        while True:
            v = rng.choice("89") + digits(rng, 8, False)
            if orgnr.is_valid(v):
                return f"{v[:3]} {v[3:6]} {v[6:]}"
    if lang == "ru":
        while True:
            v = digits(rng, 10)
            if ru_inn_mod.is_valid(v):
                return v
    if lang == "nl":
        return digits(rng, 8)  # KvK: eight digits, no check digit
    prefix = rng.choice(["0", "1", "SC", "NI"])  # Companies House: eight characters
    return prefix + digits(rng, 8 - len(prefix), False)


COMPANY_ID_CUE = {"en": "Company no. ", "nl": "KvK ", "nb": "org.nr. ", "ru": "ИНН организации "}


def amount(rng: random.Random, lang: str) -> str:
    v = rng.randint(18, 1900)
    c = rng.choice(["", ",50", ",95"]) if lang != "en" else rng.choice(["", ".50", ".99"])
    return {"en": f"£{v}{c}", "nl": f"€ {v}{c}", "nb": f"{v}{c} kr", "ru": f"{v} ₽"}[lang]


def time_text(rng: random.Random, lang: str) -> str:
    h, m = rng.randint(7, 19), rng.choice([0, 15, 30, 45])
    return f"{h}:{m:02d}" if lang != "nb" else f"{h:02d}.{m:02d}"


def code(rng: random.Random, prefix: str) -> str:
    return prefix + digits(rng, rng.choice([4, 5, 6]))


def voucher(rng: random.Random) -> str:
    return rng.choice(["WINTER", "THANKS", "VAAR", "SNOW", "KLUB", "LENTE"]) + str(rng.randint(10, 30))


NEG_LINES = {
    "company_phone": {"en": "If the chat drops, ring the office on {x}.", "nl": "Valt de chat weg, bel dan {x}.", "nb": "Blir chatten brutt, ring kontoret på {x}.", "ru": "Если чат прервётся, звоните в офис: {x}."},
    "company_address": {"en": "Drop-off is at our yard, {x}.", "nl": "Afgeven kan bij onze werkplaats, {x}.", "nb": "Du kan levere på verkstedet, {x}.", "ru": "Привезти можно в мастерскую: {x}."},
    "invoice_number": {"en": "Invoice {x} for {y} went out yesterday.", "nl": "Factuur {x} van {y} is gisteren verstuurd.", "nb": "Faktura {x} på {y} ble sendt i går.", "ru": "Счёт {x} на {y} выставлен вчера."},
    "voucher_code": {"en": "Use code {x} next time for 10% off 🙂", "nl": "Met code {x} krijg je de volgende keer 10% korting.", "nb": "Bruk koden {x} neste gang for 10 % rabatt.", "ru": "В следующий раз промокод {x} даст скидку 10%."},
    "product_code": {"en": "The part we'd fit is item {x}.", "nl": "Het onderdeel is artikel {x}.", "nb": "Delen vi bruker er varenr. {x}.", "ru": "Нужная деталь — артикул {x}."},
    "case_number": {"en": "I've logged it as case {x}.", "nl": "Ik heb er melding {x} van gemaakt.", "nb": "Jeg har registrert det som sak {x}.", "ru": "Я завела обращение № {x}."},
    "slot": {"en": "We've got {x} at {y} free, would that suit?", "nl": "We hebben {x} om {y} nog plek, past dat?", "nb": "Vi har ledig {x} kl. {y}, passer det?", "ru": "Есть свободное время {x} в {y}, подойдёт?"},
    "company_id": {"en": "For your records: {x}", "nl": "Voor je administratie: {x}", "nb": "For ordens skyld: {x}", "ru": "Для бухгалтерии: {x}"},
}


def neg_line(cv: Conv, kind: str) -> None:
    rng, lang = cv.rng, cv.lang
    tpl = NEG_LINES[kind][lang]
    if kind == "company_phone":
        cv.a(*split_tpl(tpl, x=N(company_phone(rng, lang), "company_phone")))
    elif kind == "company_address":
        street, (town, pc) = rng.choice(STREETS[lang]), rng.choice(TOWNS[lang])
        addr = {"en": f"Unit {rng.randint(1, 9)}, {street}, {town} {pc}", "nl": f"{street} {rng.randint(1, 80)}, {pc} {town}", "nb": f"{street} {rng.randint(1, 80)}, {pc} {town}", "ru": f"{town}, {street}, {rng.randint(1, 80)}"}[lang]
        cv.a(*split_tpl(tpl, x=N(addr, "company_address")))
    elif kind == "invoice_number":
        cv.a(*split_tpl(tpl, x=N(rng.choice(["INV-", "F", "2027-", ""]) + digits(rng, 6), "invoice_number"), y=N(amount(rng, lang), "amount")))
    elif kind == "voucher_code":
        cv.a(*split_tpl(tpl, x=N(voucher(rng), "voucher_code")))
    elif kind == "product_code":
        cv.a(*split_tpl(tpl, x=N(code(rng, rng.choice(["SKU-", "ART", "PN ", "X"])), "product_code")))
    elif kind == "case_number":
        cv.a(*split_tpl(tpl, x=N(rng.choice(["CS", "#", "T-"]) + digits(rng, 7), "case_number")))
    elif kind == "slot":
        cv.a(*split_tpl(tpl, x=N(later_date(rng, lang), "travel_date"), y=N(time_text(rng, lang), "time")))
    elif kind == "company_id":
        cv.a(*split_tpl(tpl, x=COMPANY_ID_CUE[lang]), N(company_id(rng, lang), "company_id"), ".")


def split_tpl(tpl: str, **slots: Part) -> list[Part]:
    out: list[Part] = []
    rest = tpl
    while "{" in rest:
        i = rest.index("{")
        j = rest.index("}", i)
        if rest[:i]:
            out.append(rest[:i])
        out.append(slots[rest[i + 1 : j]])
        rest = rest[j + 1 :]
    if rest:
        out.append(rest)
    return out


ORDER_ASK = {"en": "And the order number?", "nl": "En het ordernummer?", "nb": "Og ordrenummeret?", "ru": "А номер заказа?"}
WRONG_NUM = {
    "en": "That's the order number I think - I need the customer number, it's on the letter.",
    "nl": "Dat is het ordernummer volgens mij, ik zoek het klantnummer, staat op de brief.",
    "nb": "Det er ordrenummeret, tror jeg - jeg trenger kundenummeret, det står på brevet.",
    "ru": "Это номер заказа, а мне нужен номер клиента, он есть в письме.",
}
MISREAD = {"en": "the booking? that's {x}", "nl": "de afspraak bedoel je? {x}", "nb": "timen? den er {x}", "ru": "запись? на {x}"}
OWN_DOB = {"en": "No sorry, I meant your own date of birth 🙂", "nl": "Nee, ik bedoel je eigen geboortedatum 🙂", "nb": "Nei, jeg mener din egen fødselsdato 🙂", "ru": "Нет, я про вашу дату рождения 🙂"}
WHEN_ASK = {"en": "Which date would you like?", "nl": "Welke datum wil je?", "nb": "Hvilken dato ønsker du?", "ru": "На какую дату записать?"}
DEST_LINE = {"en": "we're off to {x} the week after, so before then pls", "nl": "we gaan de week erna naar {x}, dus liefst daarvoor", "nb": "vi drar til {x} uka etter, så helst før det", "ru": "через неделю уезжаем в {x}, так что лучше до этого"}


ACK = {"en": ["ok", "ok thanks", "noted 👍"], "nl": ["ok", "oké top", "genoteerd"], "nb": ["ok", "greit", "notert 👍"], "ru": ["ок", "понял(а)", "хорошо, записала"]}
NEG_KINDS = ["company_phone", "company_address", "invoice_number", "voucher_code", "product_code", "case_number", "slot", "company_id", "order", "dest"]


def hard_negatives(cv: Conv, n: int) -> None:
    """Add n exchanges that carry hard negatives only (each kind once per conversation)."""
    free = [k for k in NEG_KINDS if k not in cv.used]
    for kind in cv.rng.sample(free, min(n, len(free))):
        cv.used.add(kind)
        if kind == "order":
            cv.a(ORDER_ASK[cv.lang])
            cv.c(N(rng_order(cv.rng), "order_number"))
        elif kind == "dest":
            cv.c(*split_tpl(DEST_LINE[cv.lang], x=N(cv.rng.choice(DESTS[cv.lang]), "destination")))
        else:
            neg_line(cv, kind)
            if cv.rng.random() < 0.4:
                cv.c(cv.p(ACK))


def rng_order(rng: random.Random) -> str:
    return rng.choice(["", "#", "ORD", "B-"]) + digits(rng, rng.choice([6, 7, 8]))


# ---------------------------------------------------------------------------------------
# the classes
# ---------------------------------------------------------------------------------------


def types_for(cv: Conv) -> list[str]:
    t = ["CUSTOMER_NUMBER", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "BANK", "PERSON"]
    if cv.lang != "en":
        t.append("NATIONAL_ID")
    if cv.trip:
        t += ["BOOKING_REFERENCE", "PASSPORT"]
    return t


def lowered(rng: random.Random, v: str) -> str:
    return v.lower() if rng.random() < 0.5 else v


def cls_bare(cv: Conv) -> None:
    rng = cv.rng
    for typ in rng.sample(types_for(cv), rng.choice([1, 2, 2, 3])):
        v = value(cv, typ)
        if typ in ("BOOKING_REFERENCE", "PERSON", "EMAIL_ADDRESS"):
            v = lowered(rng, v)
        cv.a(ASK[typ][cv.lang][rng.randrange(len(ASK[typ][cv.lang]))] if typ in ASK else "")
        if typ == "CUSTOMER_NUMBER" and rng.random() < 0.5:
            cv.c(N(rng_order(rng), "order_number"))
            cv.a(WRONG_NUM[cv.lang])
        if typ == "DATE_OF_BIRTH" and rng.random() < 0.6:
            if rng.random() < 0.5:  # a date question first, answered bare: not a birth date
                cv.turns.pop()
                cv.a(WHEN_ASK[cv.lang])
                cv.c(N(later_date(rng, cv.lang), "travel_date"))
                cv.a(ASK[typ][cv.lang][0])
            else:  # the birth-date question misread: the appointment date comes first
                cv.c(*split_tpl(MISREAD[cv.lang], x=N(later_date(rng, cv.lang), "travel_date")))
                cv.a(OWN_DOB[cv.lang])
        if rng.random() < 0.4:
            cv.c(cv.p(WAIT))
            if rng.random() < 0.5:
                cv.a(cv.p(NOHURRY))
        if rng.random() < 0.2:
            hard_negatives(cv, 1)
        cv.c(E(v, real_type(cv.lang, typ), "bare_answer"))


def cls_list(cv: Conv) -> None:
    rng, lang = cv.rng, cv.lang
    intro = {"en": "Can you send me the details of everyone coming?", "nl": "Kun je de gegevens van alle deelnemers sturen?", "nb": "Kan du sende opplysningene til alle som skal være med?", "ru": "Пришлите данные всех участников, пожалуйста."}
    accounts = rng.random() < 0.3
    if accounts:
        intro = {"en": "Which accounts should be merged?", "nl": "Welke lidmaatschappen moeten samengevoegd worden?", "nb": "Hvilke medlemskap skal slås sammen?", "ru": "Какие счета объединить?"}
    cv.a(intro[lang])
    n = rng.choice([2, 3, 3, 4])
    parts: list[Part] = []
    sep_item = rng.choice(["\n", "; ", " / ", ", "])
    extra = rng.choice(["PASSPORT" if cv.trip else "CUSTOMER_NUMBER", "CUSTOMER_NUMBER", "PHONE_NUMBER", None])
    for i in range(n):
        first, last = cv.name() if i else (cv.first, cv.last)
        if i:
            parts.append(sep_item if sep_item == "\n" else sep_item + (rng.choice(RELATIONS[lang]) if rng.random() < 0.5 else ""))
        nm = f"{first} {last}" if rng.random() < 0.8 else first
        if rng.random() < 0.3:
            nm = nm.lower()
        parts.append(E(nm, "PERSON", "list"))
        if accounts:
            parts += [" - ", E(value(cv, "CUSTOMER_NUMBER"), "CUSTOMER_NUMBER", "list")]
            if rng.random() < 0.5:
                parts += [", ", E(bank_value(rng, lang), bank_type(lang), "list")]
            continue
        parts += [rng.choice([", ", " ", " - "]), E(dob(rng, lang), "DATE_OF_BIRTH", "list")]
        if extra:
            parts += [rng.choice([", ", " ", " | "]), E(value(cv, extra), extra, "list")]
    cv.c(*parts)
    if rng.random() < 0.4:
        tail = {"en": "sorry that's a lot 😅", "nl": "sorry veel info 😅", "nb": "beklager, mye info 😅", "ru": "извините, много всего 😅"}
        cv.c(tail[lang])


def split_parts(rng: random.Random, v: str) -> list[str]:
    """Cut a value into two or three pieces at a space if possible."""
    three = len(v) >= 10 and rng.random() < 0.55
    gaps = [i for i, ch in enumerate(v) if ch == " "]
    if len(gaps) >= 2 and three:
        a, b = sorted(rng.sample(gaps, 2))
        return [v[:a], v[a + 1 : b], v[b + 1 :]]
    if gaps:
        g = rng.choice(gaps)
        return [v[:g], v[g + 1 :]]
    if three:
        a = len(v) // 3
        b = 2 * len(v) // 3
        return [v[:a], v[a:b], v[b:]]
    h = len(v) // 2
    return [v[:h], v[h:]]


def typo(rng: random.Random, v: str) -> str:
    idx = [i for i, ch in enumerate(v) if ch.isdigit()]
    i = rng.choice(idx)
    return v[:i] + str((int(v[i]) + rng.randint(1, 8)) % 10) + v[i + 1 :]


def cls_split(cv: Conv, n_values: int | None = None) -> None:
    rng, lang = cv.rng, cv.lang
    n_values = n_values or rng.choice([1, 2, 2, 2, 3, 3])
    pool = ["BANK", "PHONE_NUMBER", "CUSTOMER_NUMBER", "EMAIL_ADDRESS"] + (["NATIONAL_ID"] if lang != "en" else []) + (["PASSPORT"] if cv.trip else [])
    for typ in rng.sample(pool, n_values):
        rt = real_type(lang, typ)
        v = value(cv, typ)
        cv.a(ASK[typ][lang][-1])
        if typ != "EMAIL_ADDRESS" and rng.random() < 0.35:
            wrong = typo(rng, v)
            cv.c(E(wrong, rt, "split"))
            if rng.random() < 0.4:
                cv.a(cv.p(THANKS))
            cv.c(rng.choice(CORRECT[lang]), E(v, rt, "split"))
            continue
        pieces = split_parts(rng, v) if typ != "EMAIL_ADDRESS" else [v[: v.index("@")], v[v.index("@") :]]
        for k, piece in enumerate(pieces):
            if k and rng.random() < 0.3:
                cv.a(cv.p(NOHURRY) if rng.random() < 0.5 else "…")
            lead = rng.choice(CONT[lang]) if k and rng.random() < 0.4 else ""
            trail = rng.choice(["", "", " …", " oops sent too early", " wait"]) if k < len(pieces) - 1 else ""
            if lead:
                cv.c(lead, E(piece, rt, "split"), trail) if trail else cv.c(lead, E(piece, rt, "split"))
            else:
                cv.c(E(piece, rt, "split"), trail) if trail else cv.c(E(piece, rt, "split"))
        if rng.random() < 0.5:
            hard_negatives(cv, 1)


def disguise_number(cv: Conv, v: str) -> str:
    rng = cv.rng
    mode = rng.randint(0, 3)
    if mode == 0:
        s = digits_as_words(rng, cv.lang, v)
    elif mode == 1:
        s = digits_as_words(rng, cv.lang, v, mixed=True)
    elif mode == 2:
        s = with_zero_width(rng, v, rng.randint(1, 3))
    else:
        s = with_homoglyphs(rng, v, 2)
        if s == v:
            s = with_zero_width(rng, v, 2)
    if cv.lang == "en" and rng.random() < 0.5:
        s = s.replace("zero", "oh")
    return s.strip()


def cls_disguised(cv: Conv) -> None:
    rng, lang = cv.rng, cv.lang
    kinds = rng.sample(["EMAIL", "PHONE_NUMBER", "CUSTOMER_NUMBER", "BANK"] + (["NATIONAL_ID"] if lang != "en" else []) + (["BOOKING_REFERENCE"] if cv.trip else []), rng.choice([1, 2]))
    for k in kinds:
        if k == "EMAIL":
            first, last = (cv.first, cv.last) if rng.random() < 0.7 else cv.name()
            cv.a(ASK["EMAIL_ADDRESS"][lang][0])
            v = email_spelled(rng, lang, first, last)
            intro = {"en": ["it's ", "", "email: "], "nl": ["het is ", "", "mail: "], "nb": ["det er ", "", "epost: "], "ru": ["", "пишите на ", "почта: "]}[lang]
            cv.c(rng.choice(intro), E(v, "EMAIL_ADDRESS", "disguised"), rng.choice(["", " 🙂", " (all lower case)" if lang == "en" else ""]))
            continue
        rt = real_type(lang, k)
        raw = value(cv, k)
        s = disguise_number(cv, raw)
        cue = CUE.get(k, {}).get(lang, "") if rng.random() < 0.5 else ""
        if not cue:
            cv.a(ASK[k][lang][0])
        cv.c(cue, E(s, rt, "disguised")) if cue else cv.c(E(s, rt, "disguised"))
        if rng.random() < 0.5:
            hard_negatives(cv, 1)


def cls_address(cv: Conv) -> None:
    rng, lang = cv.rng, cv.lang
    cv.a(cv.p(WHERE))
    if rng.random() < 0.3:
        cv.c(cv.p(WAIT))
        if rng.random() < 0.5:
            hard_negatives(cv, 1)
    abroad = rng.random() < 0.25
    v = abroad_address(rng, lang) if abroad else home_address(rng, lang, lower=rng.random() < 0.75)
    cv.c(E(v, "LOCATION", "address_no_cue"))
    if rng.random() < 0.3:
        again = {"en": "And the invoice to the same place?", "nl": "En de factuur naar hetzelfde adres?", "nb": "Og fakturaen til samme sted?", "ru": "А счёт туда же?"}
        other = {"en": "no, to my work: ", "nl": "nee, naar mijn werk: ", "nb": "nei, til jobben: ", "ru": "нет, на работу: "}
        cv.a(again[lang])
        cv.c(other[lang], E(home_address(rng, lang, lower=True), "LOCATION", "address_no_cue"))


def cls_plain(cv: Conv) -> None:
    rng, lang = cv.rng, cv.lang
    for typ in rng.sample([t for t in types_for(cv) if t in CUE and CUE[t][lang]] + ["LOCATION"], rng.choice([2, 3])):
        v = value(cv, typ)
        cv.c(CUE[typ][lang], E(v, real_type(lang, typ), "plain"), rng.choice(["", ".", " 👍", ", thx" if lang == "en" else ""]))
        if rng.random() < 0.5:
            cv.a(cv.p(THANKS))


CLASS_FN = {"bare_answer": cls_bare, "list": cls_list, "split": cls_split, "disguised": cls_disguised, "address_no_cue": cls_address, "plain": cls_plain}


def conversation(rng: random.Random, lang: str, cls: str, idx: int, conv_id: str) -> list[dict]:
    cv = Conv(rng, lang, SECTORS[(idx * 7 + LANGS.index(lang) * 3) % len(SECTORS)])
    greet = rng.choice(GREET[lang])
    cv.a(*split_tpl(greet, agent=E(cv.agent, "PERSON", "plain"), company=N(cv.company, "company_name")))
    cv.c(*split_tpl(cv.p(OPEN), topic=cv.topic))
    hard_negatives(cv, rng.choice([1, 2]))
    CLASS_FN[cls](cv)
    if cls != "split" and rng.random() < 0.3:  # one more value typed over two or three messages
        cls_split(cv, 1)
    hard_negatives(cv, rng.choice([1, 2, 3]))
    cv.a(cv.p(THANKS))
    cv.c(cv.p(BYE))
    cv.turns = [(r, p) for r, p in cv.turns if p and p != [""]]
    return conversation_records(conv_id, lang, cv.turns)


def build() -> list[dict]:
    rng = random.Random(SEED)
    records: list[dict] = []
    for lang in LANGS:
        n = 0
        for cls in CLASS_ORDER:
            for i in range(PER_CLASS):
                n += 1
                records += conversation(rng, lang, cls, i + CLASS_ORDER.index(cls) * PER_CLASS, f"sealed23-{lang}-{n:03d}")
    errors = verify(records)
    if errors:
        raise SystemExit("\n".join(errors[:20]))
    return records


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    records = build()
    write_jsonl(records, out)
    convs = {r["conversation_id"] for r in records}
    ents = sum(len(r["entities"]) for r in records)
    split = sum(1 for r in records for e in r["entities"] if e["class"] == "split")
    negs = sum(len(r["negatives"]) for r in records)
    print(f"{out.name}: {len(convs)} conversations, {len(records)} messages, {ents} gold spans ({split} split), {negs} hard negatives")


if __name__ == "__main__":
    main()
