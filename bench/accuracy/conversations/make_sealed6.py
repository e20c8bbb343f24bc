# ruff: noqa: E501  (hand-written phrasing, name and street tables)
"""Write sealed6.jsonl: the sixth sealed multi-turn conversation set (issue 13), seed 20261209.

Written blind (see the conversations README, "How sealed6.jsonl was written"). Imports from
make_values.py only the checksummed number generators, the disguise helpers and the
offset-exact assembly; names, streets, postcodes, sectors and phrasings are its own.

``build()`` returns the records and ``REGISTRY``-style side data (the full value behind every
split and disguised span) so that tests/test_sealed6_set.py can check the checksums.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_values import (  # noqa: E402
    HOMOGLYPHS,
    NUMBER_WORDS,
    E,
    N,
    Part,
    T,
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

SEED = 20261209
NUMBER_WORDS_TABLE = NUMBER_WORDS  # for the test's decoder
HOMOGLYPH_TABLE = HOMOGLYPHS
PER_LANG = 150
OUT = Path(__file__).resolve().parent / "sealed6.jsonl"
LANGS = ("en", "nl", "nb", "ru")

# ---------------------------------------------------------------------------------------
# people, places
# ---------------------------------------------------------------------------------------

FIRST_M = {
    "en": ["Declan", "Callum", "Rory", "Fergus", "Kwame", "Ewan", "Tobias", "Dominic", "Rhys", "Cormac"],
    "nl": ["Maarten", "Joost", "Stijn", "Hidde", "Wessel", "Gijs", "Teun", "Maurits", "Sjoerd", "Floris"],
    "nb": ["Trygve", "Eivind", "Audun", "Halvard", "Bjørnar", "Arnstein", "Ståle", "Gaute", "Oddvar", "Leif"],
    "ru": ["Григорий", "Станислав", "Тимофей", "Вадим", "Роман", "Егор", "Борис", "Глеб", "Леонид", "Фёдор"],
}
FIRST_F = {
    "en": ["Siobhan", "Priya", "Niamh", "Imogen", "Tamsin", "Bethan", "Harriet", "Lowri", "Maeve", "Rosalind"],
    "nl": ["Griet", "Famke", "Marloes", "Jitske", "Roos", "Annelies", "Tjitske", "Wendelien", "Merel", "Hanneke"],
    "nb": ["Astrid", "Gunnhild", "Ranveig", "Liv", "Synnøve", "Turid", "Sigrun", "Borghild", "Torunn", "Vigdis"],
    "ru": ["Галина", "Вероника", "Лариса", "Дарья", "Полина", "Инна", "Зоя", "Алла", "Валентина", "Нина"],
}
LAST = {
    "en": ["O'Connor", "O'Sullivan", "Lloyd-Evans", "Baptiste-Reid", "Penhaligon", "McAllister",
           "Okafor", "d'Ancona", "Treharne", "Ffoulkes", "Brackenbury", "Greenhalgh"],
    "nl": ["van den Heuvel-Terpstra", "d'Ancona", "'t Hart", "Oosterhuis", "de Graaf-Wolters",
           "van 't Wout", "Zijlstra", "Bosman", "ten Brink", "Wijnholds", "Scheepstra", "van Aalst"],
    "nb": ["Myklebust", "Skjervheim", "Tveiten", "Rønningen", "Kvålsvoll", "Øvrebø", "Haugland",
           "Grønvold Sæther", "Bjørnstad", "Nesheim", "Tveit Myklebust", "Uppstad"],
}  # fmt: skip
# Russian surnames as (masculine, feminine)
RU_LAST = [("Шереметьев", "Шереметьева"), ("Рябинин", "Рябинина"), ("Дорохов", "Дорохова"),
           ("Ковалёв", "Ковалёва"), ("Тихомиров", "Тихомирова"), ("Голубев", "Голубева"),
           ("Вишневский", "Вишневская"), ("Загорский", "Загорская"), ("Бельский", "Бельская"),
           ("Ларионов", "Ларионова"), ("Крылов", "Крылова"), ("Медведев", "Медведева")]  # fmt: skip
RU_PATRON = [("Андреевич", "Андреевна"), ("Викторович", "Викторовна"), ("Олегович", "Олеговна"),
             ("Ильич", "Ильинична"), ("Семёнович", "Семёновна")]  # fmt: skip

TRANS = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "ch", "ш": "sh",
    "щ": "sh", "ы": "y", "э": "e", "ю": "yu", "я": "ya", "ь": "", "ъ": "",
    "ø": "o", "å": "aa", "æ": "ae", "'": "", " ": "", "-": "",
})  # fmt: skip

STREETS = {
    "en": ["Tannery Row", "Gorse Hill Road", "Quarry Bank", "Ropewalk Lane", "Linnet Crescent", "Abbey Mews", "Saltings Way", "Wheelwright Close"],
    "nl": ["Zuiderkruisweg", "Lepelaarsingel", "Klaprooslaan", "Ooievaarshof", "Kortenaerkade", "Veenderij", "Smidsteeg", "Reigerstraat"],
    "nb": ["Rognsvingen", "Tyttebærlia", "Smiebakken", "Furumoen", "Vardeveien", "Kløverstien", "Sagbruksveien", "Elvebakken"],
    "ru": ["ул. Рябиновая", "пер. Кузнечный", "ул. Сиреневая", "ш. Энтузиастов", "ул. Ткацкая", "проезд Строителей", "ул. Черёмуховая", "б-р Победы"],
}
TOWNS = {
    "en": [("Kendal", "LA9 4QT"), ("Truro", "TR1 2HE"), ("Hexham", "NE46 1BX"), ("Ludlow", "SY8 1AX"), ("Whitby", "YO21 3BA"), ("Stroud", "GL5 2HP")],
    "nl": [("Assen", "9401 KL"), ("Deventer", "7411 PV"), ("Gouda", "2801 JD"), ("Heerenveen", "8441 BR"), ("Roermond", "6041 EC"), ("Alkmaar", "1811 MG")],
    "nb": [("Molde", "6413"), ("Lillehammer", "2609"), ("Bodø", "8006"), ("Gjøvik", "2815"), ("Kongsberg", "3611"), ("Arendal", "4836")],
    "ru": [("Ярославль", "150040"), ("Вологда", "160009"), ("Иркутск", "664003"), ("Псков", "180007"), ("Киров", "610017"), ("Тула", "300041")],
}
DOMAINS = {
    "en": ["protonmail.com", "sky.com", "virginmedia.com", "gmail.com", "talktalk.net"],
    "nl": ["planet.nl", "hetnet.nl", "casema.nl", "gmail.com", "zeelandnet.nl"],
    "nb": ["broadpark.no", "getmail.no", "gmail.com", "frisurf.no", "altibox.no"],
    "ru": ["inbox.ru", "list.ru", "ya.ru", "gmail.com", "internet.ru"],
}
TRIPS = {
    "en": ["Faro", "Reykjavik", "Palermo", "Tenerife", "Kraków", "Bordeaux"],
    "nl": ["Bonaire", "Porto", "Napels", "Split", "Lanzarote", "Wenen"],
    "nb": ["Nice", "Kraków", "Bodø", "Praha", "Mallorca", "Edinburgh"],
    "ru": ["Ереван", "Тбилиси", "Анапу", "Мурманск", "Владивосток", "Самарканд"],
}
MONTHS = {
    "en": ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"],
    "nl": ["jan", "feb", "maart", "april", "mei", "juni", "juli", "aug", "sept", "okt", "nov", "dec"],
    "nb": ["jan.", "feb.", "mars", "april", "mai", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "des."],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
}
ORD = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}

# ---------------------------------------------------------------------------------------
# sectors: company, what they call a customer number, what they send, what gets priced
# ---------------------------------------------------------------------------------------

SECTORS = ["hospital", "tax", "bikeshare", "wedding", "fraud", "school", "homecare", "parking",
           "langschool", "lostfound", "kennel", "carshare"]  # fmt: skip

COMPANY = {
    "en": {"hospital": "St Brannock's Outpatients", "tax": "the Revenue helpline", "bikeshare": "Pedalpoint", "wedding": "Thornbury Barn Weddings", "fraud": "Harbourline Bank fraud team", "school": "Cotswold Vale Academy office", "homecare": "Kindly Hands Home Care", "parking": "ParkWise", "langschool": "Lingua Loft", "lostfound": "Skylark Air baggage desk", "kennel": "Fernbrook Kennels", "carshare": "Co-Wheels Club"},
    "nl": {"hospital": "de afsprakenlijn van het Gelre-IJssel Ziekenhuis", "tax": "de BelastingTelefoon", "bikeshare": "Fietsdeel", "wedding": "Landgoed Zonnewende", "fraud": "de fraudelijn van Spaarbank Noord", "school": "de administratie van het Ichthus Lyceum", "homecare": "Thuiszorg De Linde", "parking": "ParkeerGemak", "langschool": "Taalhuis Babbel & Co", "lostfound": "Lost & Found van Tulip Airways", "kennel": "Dierenpension De Hazelaar", "carshare": "Deelauto Coöperatie"},
    "nb": {"hospital": "timebestillingen ved Innlandet sykehus", "tax": "Skatteopplysningen", "bikeshare": "Bysykkel Sør", "wedding": "Hovdegården selskapslokaler", "fraud": "svindelavdelingen i Fjordbanken", "school": "skolekontoret på Lia skole", "homecare": "Omsorg Hjemme AS", "parking": "Parkeringsselskapet Nord", "langschool": "Språkverkstedet", "lostfound": "hittegods hos Nordlys Air", "kennel": "Granlia hundepensjonat", "carshare": "Bildelingsklubben"},
    "ru": {"hospital": "запись в поликлинику № 7", "tax": "справочная налоговой", "bikeshare": "ВелоГород", "wedding": "усадьба «Липки»", "fraud": "служба безопасности банка «Северный»", "school": "канцелярия гимназии № 12", "homecare": "патронажная служба «Забота»", "parking": "городской паркинг", "langschool": "языковая школа «Полиглот»", "lostfound": "розыск багажа авиакомпании «Азимут»", "kennel": "гостиница для собак «Лайка»", "carshare": "каршеринг «Едем»"},
}  # fmt: skip

# what the sector calls its customer/member number (used inside the agent's question)
CNO = {
    "en": {"hospital": "patient number", "tax": "taxpayer reference", "bikeshare": "member number", "wedding": "client number", "fraud": "customer number", "school": "family account number", "homecare": "client number", "parking": "account number", "langschool": "student number", "lostfound": "frequent-flyer number", "kennel": "client number", "carshare": "membership number"},
    "nl": {"hospital": "patiëntnummer", "tax": "relatienummer", "bikeshare": "lidnummer", "wedding": "klantnummer", "fraud": "klantnummer", "school": "gezinsnummer", "homecare": "cliëntnummer", "parking": "klantnummer", "langschool": "cursistnummer", "lostfound": "frequent-flyernummer", "kennel": "klantnummer", "carshare": "lidmaatschapsnummer"},
    "nb": {"hospital": "pasientnummer", "tax": "kundenummer", "bikeshare": "medlemsnummer", "wedding": "kundenummer", "fraud": "kundenummer", "school": "foresattnummer", "homecare": "brukernummer", "parking": "kundenummer", "langschool": "elevnummer", "lostfound": "bonusnummer", "kennel": "kundenummer", "carshare": "medlemsnummer"},
    "ru": {"hospital": "номер медкарты", "tax": "номер обращения клиента", "bikeshare": "номер участника", "wedding": "номер клиента", "fraud": "номер клиента", "school": "номер лицевого счёта семьи", "homecare": "номер подопечного", "parking": "номер абонента", "langschool": "номер студента", "lostfound": "номер бонусной карты", "kennel": "номер клиента", "carshare": "номер участника клуба"},
}  # fmt: skip

# what the customer opens with
OPEN = {
    "en": {"hospital": ["hi, need to move my mum's appointment", "calling about a clinic letter", "my scan got cancelled?"], "tax": ["question about my tax return", "got a letter saying I owe money??", "hi. refund still not in"], "bikeshare": ["bike wont unlock", "charged twice for one ride", "app says I still have a bike out"], "wedding": ["hiya, about our wedding booking", "want to change the menu for the reception", "need to add guests"], "fraud": ["there's a payment on my card I didn't make", "got a weird text from 'you'", "think my account's been hacked"], "school": ["hi, about my son's dinner money", "need to update contact details for my daughter", "absence note"], "homecare": ["the carer didn't come this morning", "want to change Dad's visit times", "hello, query about the invoice"], "parking": ["got a fine but I paid!!", "permit renewal", "barrier wouldn't open"], "langschool": ["want to switch to the evening group", "hi, about the Spanish B1 course", "certificate never arrived"], "lostfound": ["my suitcase didn't arrive", "left my tablet on the plane", "bag came back damaged"], "kennel": ["booking for our two dogs over Christmas", "hi, can I add a cat?", "need to change pick-up day"], "carshare": ["car wasn't where the app said", "got charged for fuel", "want to add my partner as driver"]},
    "nl": {"hospital": ["hoi, ik moet de afspraak van mijn moeder verzetten", "over een brief van de poli", "mijn scan is afgezegd?"], "tax": ["vraag over mijn aangifte", "brief gekregen dat ik moet bijbetalen??", "teruggaaf nog steeds niet binnen"], "bikeshare": ["fiets gaat niet van het slot", "twee keer betaald voor 1 rit", "app zegt dat ik nog een fiets heb"], "wedding": ["hallo, over onze trouwdag", "we willen het diner aanpassen", "er komen meer gasten"], "fraud": ["er staat een betaling op mijn rekening die ik niet heb gedaan", "vreemde sms van 'jullie' gehad", "denk dat mijn account gehackt is"], "school": ["hoi, over de ouderbijdrage", "gegevens van mijn dochter wijzigen", "ziekmelding"], "homecare": ["de verzorgende is vanochtend niet gekomen", "tijden van pa aanpassen", "vraag over de factuur"], "parking": ["boete gehad maar ik had betaald!!", "vergunning verlengen", "slagboom ging niet open"], "langschool": ["wil naar de avondgroep", "over de cursus Spaans B1", "certificaat nooit ontvangen"], "lostfound": ["mijn koffer is niet aangekomen", "tablet in het vliegtuig laten liggen", "tas kapot teruggekregen"], "kennel": ["reservering voor onze twee honden met kerst", "kan er ook een kat bij?", "ophaaldag wijzigen"], "carshare": ["auto stond niet waar de app zei", "brandstof in rekening gebracht", "mijn partner als bestuurder toevoegen"]},
    "nb": {"hospital": ["hei, må flytte timen til mora mi", "gjelder et brev fra poliklinikken", "skanningen ble avlyst?"], "tax": ["spørsmål om skattemeldingen", "fikk brev om restskatt??", "tilbakebetalingen har ikke kommet"], "bikeshare": ["sykkelen låses ikke opp", "trukket to ganger for én tur", "appen sier jeg har en sykkel ute"], "wedding": ["hei, gjelder bryllupet vårt", "vil endre menyen", "flere gjester kommer"], "fraud": ["det er en betaling på kortet jeg ikke har gjort", "fikk en rar sms fra 'dere'", "tror kontoen er hacket"], "school": ["hei, gjelder SFO-betalingen", "må oppdatere kontaktinfo for datteren min", "fraværsmelding"], "homecare": ["hjemmehjelpen kom ikke i dag", "vil endre tidene til pappa", "spørsmål om fakturaen"], "parking": ["fikk bot men jeg hadde betalt!!", "fornye beboerkort", "bommen åpnet seg ikke"], "langschool": ["vil bytte til kveldsgruppa", "gjelder spanskkurset B1", "fikk aldri kursbeviset"], "lostfound": ["kofferten min kom ikke", "glemte nettbrettet på flyet", "bagen kom i stykker"], "kennel": ["booking for de to hundene våre i jula", "kan vi ta med en katt?", "endre hentedag"], "carshare": ["bilen sto ikke der appen sa", "belastet for drivstoff", "vil legge til samboer som sjåfør"]},
    "ru": {"hospital": ["здравствуйте, нужно перенести приём мамы", "по поводу письма из поликлиники", "мне отменили УЗИ?"], "tax": ["вопрос по декларации", "пришло письмо что я должен??", "вычет до сих пор не пришёл"], "bikeshare": ["велосипед не отстёгивается", "списали дважды за одну поездку", "приложение пишет что велик ещё у меня"], "wedding": ["добрый день, по поводу нашей свадьбы", "хотим поменять меню", "гостей будет больше"], "fraud": ["на карте платёж, который я не делал", "пришла странная смс якобы от вас", "кажется, взломали аккаунт"], "school": ["здравствуйте, по поводу оплаты питания", "нужно обновить контакты дочери", "справка об отсутствии"], "homecare": ["сиделка сегодня не пришла", "хочу поменять время визитов к папе", "вопрос по счёту"], "parking": ["пришёл штраф, а я оплатил!!", "продление абонемента", "шлагбаум не открылся"], "langschool": ["хочу перейти в вечернюю группу", "насчёт курса испанского B1", "сертификат так и не пришёл"], "lostfound": ["мой чемодан не прилетел", "оставил планшет в самолёте", "сумку вернули порванной"], "kennel": ["бронь для двух собак на новогодние", "можно ещё кошку?", "поменять день, когда забираем"], "carshare": ["машины не было там, где показывало приложение", "списали за топливо", "хочу добавить жену как водителя"]},
}  # fmt: skip

GREET = {
    "en": ["Good morning, you've reached {co}, my name is {ag} and I'll be looking after you today, so do tell me what's happened.",
           "Hello and thanks for waiting — this is {co}, {ag} speaking; what can I do for you?",
           "Hi there, {ag} here from {co}. How can I help?"],
    "nl": ["Goedemorgen, u spreekt met {co}, mijn naam is {ag} en ik help u vandaag graag verder, vertelt u maar wat er aan de hand is.",
           "Hallo en bedankt voor het wachten, u heeft {co}, met {ag}; waarmee kan ik u helpen?",
           "Hoi, {ag} hier van {co}. Wat kan ik voor je doen?"],
    "nb": ["God morgen, du har kommet til {co}, jeg heter {ag} og skal hjelpe deg i dag, så bare fortell hva som har skjedd.",
           "Hei og takk for at du ventet, dette er {co}, du snakker med {ag}; hva kan jeg hjelpe med?",
           "Hei, {ag} fra {co} her. Hva gjelder det?"],
    "ru": ["Доброе утро, вы обратились в {co}, меня зовут {ag}, и сегодня я постараюсь вам помочь, расскажите, пожалуйста, что случилось.",
           "Здравствуйте, спасибо за ожидание, это {co}, на связи {ag}; чем могу помочь?",
           "Добрый день, {ag}, {co}. Слушаю вас."],
}  # fmt: skip

# long, indirect agent questions, per asked type
ASK = {
    "en": {
        "CUSTOMER_NUMBER": ["So that I can pull up the right file and not somebody else's, would you mind letting me have your {cno}, which you'll usually find at the top of our letters?",
                            "Before I go any further I'll need to find you on our system, and the quickest way for me to do that is with the {cno}, if you happen to have it handy.",
                            "Could you possibly give me the {cno} the account is held under?"],
        "DATE_OF_BIRTH": ["And just so I can confirm I'm speaking to the right person, I'd be grateful if you could give me the date of birth we'd have on file.",
                          "For security, could you tell me the date of birth of the person the booking is for?",
                          "I'm also going to need the date of birth, as that's the second thing the system asks me to check."],
        "PHONE_NUMBER": ["If the line drops or we need to get back to you later today, what would be the best number to reach you on?",
                         "Would you mind giving me a mobile number we could text the confirmation to?",
                         "And the phone number you'd like us to use from now on?"],
        "EMAIL_ADDRESS": ["Which e-mail address would you like the confirmation to go to, bearing in mind it's the one we'll use for everything from here on?",
                          "Could I take an e-mail address for the paperwork?",
                          "What's the best email to send the form to?"],
        "PERSON": ["And could you give me the full name of the person concerned, exactly as it appears on their documents?",
                   "Whose name is the account in, if it isn't yours?",
                   "Just so the record is right, what's the full name?"],
        "PASSPORT": ["It would help a great deal if you could give me the passport number that was used when the booking was made, since that's how the claim is matched.",
                     "Could you read me the passport number, please?"],
        "BOOKING_REFERENCE": ["Do you have the six-character booking reference from your confirmation? It's what the baggage tracer uses to find the file.",
                              "What was the booking code on the ticket?"],
        "NATIONAL_ID": [],
    },
    "nl": {
        "CUSTOMER_NUMBER": ["Zodat ik het juiste dossier erbij pak en niet dat van iemand anders, zou u mij dan uw {cno} willen geven? Dat staat meestal bovenaan onze brieven.",
                            "Voordat ik verder kan moet ik u even vinden in ons systeem, en dat gaat het snelst met het {cno}, als u dat bij de hand heeft.",
                            "Mag ik het {cno} waar het op staat?"],
        "DATE_OF_BIRTH": ["En om zeker te weten dat ik met de juiste persoon spreek, zou u mij de geboortedatum willen geven die bij ons bekend is?",
                          "Ter controle: wat is de geboortedatum van degene voor wie de afspraak is?",
                          "Ik heb ook nog de geboortedatum nodig, dat is het tweede dat het systeem vraagt."],
        "PHONE_NUMBER": ["Mocht de verbinding wegvallen of moeten we u later vandaag terugbellen, op welk nummer bent u het best bereikbaar?",
                         "Wilt u mij een mobiel nummer geven waar we de bevestiging naar kunnen sms'en?",
                         "En welk telefoonnummer mogen we voortaan gebruiken?"],
        "EMAIL_ADDRESS": ["Naar welk e-mailadres mag de bevestiging, houdt u er rekening mee dat we dat adres voortaan voor alles gebruiken?",
                          "Mag ik een e-mailadres voor de papieren?",
                          "Wat is het beste mailadres om het formulier naar te sturen?"],
        "PERSON": ["En kunt u mij de volledige naam geven van de betrokkene, precies zoals die op de documenten staat?",
                   "Op wiens naam staat het, als het niet op de uwe staat?",
                   "Wat is de volledige naam, zodat het goed in het dossier komt?"],
        "PASSPORT": ["Het zou ons erg helpen als u het paspoortnummer kunt geven waarmee geboekt is, want daarmee wordt de claim gekoppeld.",
                     "Kunt u mij het nummer van het paspoort voorlezen?"],
        "BOOKING_REFERENCE": ["Heeft u de boekingscode van zes tekens uit uw bevestiging? Daarmee vindt de bagagedienst het dossier.",
                              "Wat was de reserveringscode op het ticket?"],
        "NATIONAL_ID": ["Omdat het om uw aangifte gaat moet ik helaas ook uw burgerservicenummer hebben, dat negencijferige nummer op uw paspoort of rijbewijs.",
                        "Mag ik voor de controle uw BSN?"],
    },
    "nb": {
        "CUSTOMER_NUMBER": ["Så jeg får opp riktig sak og ikke noen andres, kunne du gitt meg ditt {cno}, som du vanligvis finner øverst i brevene fra oss?",
                            "Før jeg går videre må jeg finne deg i systemet, og det går raskest med ditt {cno}, hvis du har det for hånden.",
                            "Kan jeg få nummeret som kontoen står på, altså {cno}?"],
        "DATE_OF_BIRTH": ["Og bare for å være sikker på at jeg snakker med riktig person, kunne du oppgitt fødselsdatoen vi har registrert?",
                          "Av sikkerhetshensyn: hva er fødselsdatoen til den timen gjelder?",
                          "Jeg trenger også fødselsdato, det er det neste systemet spør om."],
        "PHONE_NUMBER": ["Hvis samtalen brytes eller vi må ringe deg tilbake senere i dag, hvilket nummer er det best å nå deg på?",
                         "Kan du gi meg et mobilnummer vi kan sende bekreftelsen til på sms?",
                         "Og hvilket telefonnummer skal vi bruke fremover?"],
        "EMAIL_ADDRESS": ["Hvilken e-postadresse skal bekreftelsen gå til, husk at det er den vi bruker til alt heretter?",
                          "Kan jeg få en e-postadresse til papirene?",
                          "Hvilken mail skal skjemaet sendes til?"],
        "PERSON": ["Og kan du gi meg fullt navn på den det gjelder, slik det står i dokumentene?",
                   "Hvem står kontoen på, hvis det ikke er deg?",
                   "Hva er fullt navn, så det blir riktig i saken?"],
        "PASSPORT": ["Det ville hjulpet mye om du kunne gi meg passnummeret som ble brukt ved bestillingen, for det er slik kravet kobles.",
                     "Kan du lese opp passnummeret?"],
        "BOOKING_REFERENCE": ["Har du bestillingsreferansen på seks tegn fra bekreftelsen? Det er den bagasjesporingen bruker.",
                              "Hva var referansen på billetten?"],
        "NATIONAL_ID": ["Siden det gjelder skattemeldingen din må jeg dessverre også ha fødselsnummeret, alle elleve sifrene.",
                        "Kan jeg få personnummeret ditt, alle 11 sifre?"],
    },
    "ru": {
        "CUSTOMER_NUMBER": ["Чтобы я открыла именно вашу карточку, а не чью-то чужую, не могли бы вы назвать {cno}, он обычно указан вверху наших писем?",
                            "Прежде чем продолжить, мне нужно найти вас в системе, и быстрее всего это сделать, если вы назовёте {cno} (он обычно под рукой).",
                            "Подскажите {cno}, пожалуйста?"],
        "DATE_OF_BIRTH": ["И чтобы убедиться, что я говорю с нужным человеком, назовите, пожалуйста, дату рождения, которая у нас записана.",
                          "Для проверки: какая дата рождения у того, на кого запись?",
                          "Ещё мне нужна дата рождения, это второе, что спрашивает система."],
        "PHONE_NUMBER": ["Если связь прервётся или нам нужно будет перезвонить вам сегодня, по какому номеру вас лучше искать?",
                         "Продиктуйте, пожалуйста, мобильный, на который отправить подтверждение?",
                         "И какой телефон нам использовать дальше?"],
        "EMAIL_ADDRESS": ["На какую электронную почту отправить подтверждение, учитывая, что дальше мы будем писать только туда?",
                          "Можно адрес почты для документов?",
                          "Куда лучше прислать форму, какой e-mail?"],
        "PERSON": ["И назовите, пожалуйста, полностью ФИО того, о ком идёт речь, как в документах.",
                   "На кого оформлен договор, если не на вас?",
                   "Как полностью имя, чтобы в карточке было правильно?"],
        "PASSPORT": ["Очень поможет, если вы назовёте номер загранпаспорта, по которому оформлялось бронирование, по нему привязывается заявка.",
                     "Продиктуйте номер паспорта, пожалуйста."],
        "BOOKING_REFERENCE": ["У вас есть код бронирования из шести символов из подтверждения? По нему служба розыска находит дело.",
                              "Какой был код брони в билете?"],
        "NATIONAL_ID": ["Поскольку речь о вычете, мне, к сожалению, нужен ещё ваш ИНН или СНИЛС.",
                        "Назовите СНИЛС для проверки, пожалуйста."],
    },
}  # fmt: skip

HOLD = {
    "en": ["one sec", "hang on, finding it", "sorry, kids shouting. 2 mins", "looking for the letter"],
    "nl": ["momentje", "even zoeken", "sorry, kinderen. 2 min", "moet de brief pakken"],
    "nb": ["et øyeblikk", "vent litt, leter", "sorry, ungene bråker. 2 min", "må finne brevet"],
    "ru": ["секунду", "сейчас найду", "извините, дети шумят. минуту", "ищу письмо"],
}
HOLD_OK = {
    "en": ["No rush at all, take your time.", "Of course, I'll stay on the chat."],
    "nl": ["Geen haast, neemt u de tijd.", "Natuurlijk, ik blijf in de chat."],
    "nb": ["Ingen hast, ta den tiden du trenger.", "Selvsagt, jeg venter her."],
    "ru": ["Конечно, не торопитесь.", "Хорошо, я на связи."],
}
THANKS = {
    "en": ["Lovely, thank you, that's brought it up.", "Thanks, I've got that noted.", "Perfect, bear with me while I check that against what we hold."],
    "nl": ["Fijn, dank u, ik zie het nu.", "Dank je, genoteerd.", "Prima, een moment terwijl ik het naast onze gegevens leg."],
    "nb": ["Flott, takk, nå fant jeg det.", "Takk, det har jeg notert.", "Supert, vent litt mens jeg sjekker det mot det vi har."],
    "ru": ["Отлично, спасибо, нашла.", "Спасибо, записала.", "Хорошо, минуту, сверю с тем, что у нас есть."],
}
FILLER_AGENT = {
    "en": ["I can see what's happened here, and I'm sorry, because it looks as though the change you asked for never made it through to the team who needed it.",
           "What I'm going to do, if that's all right with you, is put a note on the file so that whoever picks this up next can see the whole story.",
           "Is there anything else on the account you'd like me to look at while I've got it open?"],
    "nl": ["Ik zie wat er is gebeurd, en het spijt me, want het lijkt erop dat de wijziging die u vroeg nooit bij het juiste team is aangekomen.",
           "Wat ik ga doen, als u dat goed vindt, is een notitie in het dossier zetten zodat de volgende collega het hele verhaal ziet.",
           "Is er verder nog iets dat ik voor u kan nakijken nu ik het dossier open heb?"],
    "nb": ["Jeg ser hva som har skjedd, og beklager, for det ser ut som endringen du ba om aldri kom fram til riktig avdeling.",
           "Det jeg gjør nå, hvis det er greit for deg, er å legge inn et notat i saken så neste som tar den ser hele historien.",
           "Er det noe annet på kontoen du vil at jeg skal se på mens jeg har den oppe?"],
    "ru": ["Я вижу, что произошло, и прошу прощения: похоже, ваша просьба так и не дошла до нужного отдела.",
           "Если вы не против, я оставлю пометку в карточке, чтобы следующий сотрудник видел всю историю.",
           "Пока карточка открыта, может, посмотреть что-то ещё?"],
}  # fmt: skip
FILLER_CUST = {
    "en": ["ok", "right", "yeah that'd be great", "no that's it i think", "cheers", "ugh. ok"],
    "nl": ["ok", "oké", "ja graag", "nee dat was het denk ik", "top", "pff. ok"],
    "nb": ["ok", "greit", "ja takk", "nei det var alt tror jeg", "supert", "uff. ok"],
    "ru": ["ок", "ладно", "да, было бы здорово", "нет, вроде всё", "спасибо", "эх. ладно"],
}
BYE = {
    "en": ["That's all sorted, then — you'll get a confirmation shortly. Thanks for your patience today."],
    "nl": ["Dan is alles geregeld, u krijgt zo een bevestiging. Bedankt voor uw geduld vandaag."],
    "nb": ["Da er alt ordnet, du får en bekreftelse om litt. Takk for tålmodigheten i dag."],
    "ru": ["Тогда всё готово, подтверждение придёт в ближайшее время. Спасибо за терпение."],
}
CORR = {"en": ["I mean", "sorry, I mean", "no wait, I mean"], "nl": ["ik bedoel", "sorry ik bedoel", "nee wacht, ik bedoel"],
        "nb": ["mener", "sorry, jeg mener", "nei vent, mener"], "ru": ["то есть", "ой, то есть", "нет, стоп, то есть"]}  # fmt: skip
AT = {"en": ["at", "(at)", "AT"], "nl": ["apenstaartje", "apestaart", "at"], "nb": ["alfakrøll", "krøllalfa", "at"], "ru": ["собака", "собачка", "эт"]}
DOT = {"en": ["dot", "(dot)", "DOT"], "nl": ["punt", "punt", "dot"], "nb": ["punktum", "prikk", "dot"], "ru": ["точка", "точка", "дот"]}
AND = {"en": "and", "nl": "en", "nb": "og", "ru": "и"}


class Conv:
    """One conversation being written: its turns and the side data the test checks."""

    def __init__(self, rng: random.Random, lang: str, sector: str, conv_id: str) -> None:
        self.rng, self.lang, self.sector, self.id = rng, lang, sector, conv_id
        self.turns: list[tuple[str, list[Part]]] = []
        self.side: list[dict] = []  # full values behind split / disguised spans

    def a(self, *parts: Part) -> None:
        self.turns.append(("agent", list(parts)))

    def c(self, *parts: Part) -> None:
        self.turns.append(("customer", list(parts)))

    def pick(self, xs: list[str]) -> str:
        return self.rng.choice(xs)

    def note(self, typ: str, value: str, how: str, parts: int) -> None:
        """Record the value behind the next ``parts`` split/disguised spans (message index set later)."""
        self.side.append({"type": typ, "value": value, "how": how, "turn": len(self.turns), "parts": parts})


# ---------------------------------------------------------------------------------------
# values
# ---------------------------------------------------------------------------------------


def person(rng: random.Random, lang: str, female: bool | None = None, patronymic: bool = False) -> tuple[str, str, str]:
    """(first, last, full)."""
    fem = rng.random() < 0.5 if female is None else female
    first = rng.choice((FIRST_F if fem else FIRST_M)[lang])
    if lang == "ru":
        last = rng.choice(RU_LAST)[1 if fem else 0]
        if patronymic:
            return first, last, f"{first} {rng.choice(RU_PATRON)[1 if fem else 0]} {last}"
        return first, last, rng.choice([f"{first} {last}", f"{last} {first}"])
    last = rng.choice(LAST[lang])
    return first, last, f"{first} {last}"


def dob(rng: random.Random, lang: str, young: bool = False) -> str:
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    y = rng.randint(2008, 2020) if young else rng.randint(1931, 2004)
    s = rng.randint(0, 4)
    if s == 0:
        return {"en": f"{d:02d}/{m:02d}/{y}", "nl": f"{d:02d}-{m:02d}-{y}", "nb": f"{d:02d}.{m:02d}.{y}", "ru": f"{d:02d}.{m:02d}.{y}"}[lang]
    if s == 1:
        mon = MONTHS[lang][m - 1]
        if lang == "en":
            return f"{d}{ORD.get(d, 'th')} {mon} {y}"
        if lang == "nb":
            return f"{d}. {mon} {y}"
        if lang == "ru":
            return f"{d} {mon} {y} г."
        return f"{d} {mon} {y}"
    if s == 2:
        return f"{d}.{m}.{str(y)[2:]}" if lang != "en" else f"{d}/{m}/{str(y)[2:]}"
    if s == 3:
        return f"{y}-{m:02d}-{d:02d}"
    return f"{d} {m} {y}" if lang != "ru" else f"{d}.{m}.{y}"


def future_date(rng: random.Random, lang: str) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2026, 2027])
    if rng.random() < 0.5:
        return {"en": f"{d:02d}/{m:02d}/{y}", "nl": f"{d:02d}-{m:02d}-{y}", "nb": f"{d:02d}.{m:02d}.{y}", "ru": f"{d:02d}.{m:02d}.{y}"}[lang]
    mon = MONTHS[lang][m - 1]
    return {"en": f"{d} {mon}", "nl": f"{d} {mon}", "nb": f"{d}. {mon}", "ru": f"{d} {mon}"}[lang]


def cust_no(rng: random.Random, sector: str) -> str:
    if sector == "tax":
        return digits(rng, 10)
    if sector == "school":
        return f"{digits(rng, 4)}-{digits(rng, 3, first_nonzero=False)}"
    return digits(rng, rng.choice([6, 7, 8, 9]))


def order_no(rng: random.Random) -> str:
    return rng.choice(["INV-", "F", "", "R"]) + digits(rng, rng.choice([7, 8]))


def nat_id(rng: random.Random, lang: str) -> str:
    if lang == "nl":
        v = nl_bsn(rng)
        return rng.choice([v, f"{v[:4]}.{v[4:6]}.{v[6:]}", v])
    if lang == "nb":
        v = no_fnr(rng)[0]
        return rng.choice([v, f"{v[:6]} {v[6:]}"])
    return ru_snils(rng) if rng.random() < 0.6 else ru_inn(rng)


def account(rng: random.Random, lang: str) -> tuple[str, str]:
    """(type, value): an IBAN (en/nl/nb) or a domestic account (nb kontonummer, ru account)."""
    if lang == "ru":
        v = ru_account(rng)
        return "BANK_ACCOUNT", rng.choice([v, f"{v[:5]} {v[5:8]} {v[8]} {v[9:13]} {v[13:]}"])
    if lang == "nb" and rng.random() < 0.4:
        v = no_kontonr(rng)
        return "BANK_ACCOUNT", f"{v[:4]}.{v[4:6]}.{v[6:]}"
    return "IBAN_CODE", iban(rng, {"en": "GB", "nl": "NL", "nb": "NO"}[lang])


def email(rng: random.Random, lang: str, first: str, last: str) -> tuple[list[str], str]:
    f, la = first.lower().translate(TRANS), last.lower().translate(TRANS)
    style = rng.randint(0, 3)
    local = [[f, la], [f[0], la], [la + str(rng.randint(60, 99))], [f, la[:4] + str(rng.randint(1, 9))]][style]
    return local, rng.choice(DOMAINS[lang])


def addr(rng: random.Random, lang: str) -> str:
    st, (town, pc) = rng.choice(STREETS[lang]), rng.choice(TOWNS[lang])
    no = str(rng.randint(2, 160))
    if lang == "en":
        s = rng.choice([f"{no} {st}, {town} {pc}", f"{no} {st} {town} {pc}", f"the annexe, {no} {st}, {town}", f"{no}a {st}, {pc}"])
    elif lang == "nl":
        p = rng.choice([pc, pc.replace(" ", "")])
        s = rng.choice([f"{st} {no} {p} {town}", f"{st} {no}-bis, {p} {town}", f"{st} {no}, {town}", f"{p} {no}"])
    elif lang == "nb":
        s = rng.choice([f"{st} {no}, {pc} {town}", f"{st} {no}b {pc} {town}", f"{st} {no}, H0{rng.randint(1, 4)}0{rng.randint(1, 4)}, {pc} {town}"])
    else:
        s = rng.choice([f"г. {town}, {st}, д. {no}, кв. {rng.randint(1, 220)}", f"{pc}, {town}, {st} {no}-{rng.randint(1, 220)}",
                        f"{st}, {no}, корп. {rng.randint(1, 4)}, кв {rng.randint(1, 220)}, {town}"])
    return s.lower() if rng.random() < 0.75 else s


def value_for(cv: Conv, typ: str) -> str:
    rng, lang = cv.rng, cv.lang
    if typ == "CUSTOMER_NUMBER":
        return cust_no(rng, cv.sector)
    if typ == "DATE_OF_BIRTH":
        return dob(rng, lang)
    if typ == "PHONE_NUMBER":
        return phone(rng, lang)
    if typ == "PASSPORT":
        return passport(rng, lang)
    if typ == "BOOKING_REFERENCE":
        return booking_ref(rng)
    if typ == "NATIONAL_ID":
        return nat_id(rng, lang)
    if typ == "PERSON":
        return person(rng, lang, patronymic=lang == "ru" and rng.random() < 0.4)[2]
    if typ == "EMAIL_ADDRESS":
        _, _, full = person(rng, lang)
        first, last = full.split(" ", 1)
        local, dom = email(rng, lang, first, last)
        return ".".join(local) + "@" + dom
    raise ValueError(typ)


def askable(cv: Conv) -> list[str]:
    ts = ["CUSTOMER_NUMBER", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "PERSON"]
    if cv.sector in ("lostfound", "langschool"):
        ts += ["PASSPORT", "PASSPORT"]
    if cv.sector == "lostfound":
        ts += ["BOOKING_REFERENCE", "BOOKING_REFERENCE"]
    if cv.sector in ("tax", "hospital", "fraud") and cv.lang != "en":
        ts += ["NATIONAL_ID", "NATIONAL_ID"]
    return ts


def ask(cv: Conv, typ: str) -> str:
    return cv.pick(ASK[cv.lang][typ]).format(cno=CNO[cv.lang][cv.sector])


# ---------------------------------------------------------------------------------------
# episodes, one per failure class, and the hard negatives
# ---------------------------------------------------------------------------------------


def ep_bare(cv: Conv) -> None:
    typ = cv.pick(askable(cv))
    cv.a(ask(cv, typ))
    if cv.rng.random() < 0.35:
        cv.c(cv.pick(HOLD[cv.lang]))
        cv.a(cv.pick(HOLD_OK[cv.lang]))
    v = value_for(cv, typ)
    if typ in ("BOOKING_REFERENCE", "PASSPORT", "PERSON", "EMAIL_ADDRESS") and cv.rng.random() < 0.4:
        v = v.lower()
    tail = cv.pick(["", "", "", " ?", "."]) if typ not in ("EMAIL_ADDRESS",) else ""
    cv.c(E(v, typ, "bare_answer"), tail) if tail else cv.c(E(v, typ, "bare_answer"))
    cv.a(cv.pick(THANKS[cv.lang]))


PLAIN = {
    "en": {"CUSTOMER_NUMBER": "my {cno} is {v} btw, the app keeps logging me out",
           "DATE_OF_BIRTH": "it's for my father, born {v}, he can't manage the phone",
           "PHONE_NUMBER": "you can ring me on {v} after 5 but not before",
           "EMAIL_ADDRESS": "my email is {v}, nothing has arrived there though",
           "PERSON": "the appointment is in my partner's name, {v}",
           "PASSPORT": "passport no. {v}, it's in the claim form as well",
           "BOOKING_REFERENCE": "booking ref {v} — the bag tag got torn off"},
    "nl": {"CUSTOMER_NUMBER": "mijn {cno} is {v} trouwens, de app logt me steeds uit",
           "DATE_OF_BIRTH": "het is voor mijn vader, geboren {v}, hij kan niet goed bellen",
           "PHONE_NUMBER": "bel me op {v} na 5 uur, niet eerder",
           "EMAIL_ADDRESS": "mijn mail is {v}, daar is niks binnengekomen",
           "PERSON": "de afspraak is eigenlijk voor {v}, mijn partner",
           "PASSPORT": "paspoortnr {v}, staat ook op het claimformulier",
           "BOOKING_REFERENCE": "boekingscode {v} — het label is eraf gescheurd",
           "NATIONAL_ID": "mijn bsn is {v}, staat ook op de brief"},
    "nb": {"CUSTOMER_NUMBER": "{cno} er {v} forresten, appen logger meg ut hele tiden",
           "DATE_OF_BIRTH": "det gjelder faren min, født {v}, han klarer ikke telefonen",
           "PHONE_NUMBER": "du kan ringe meg på {v} etter 5, ikke før",
           "EMAIL_ADDRESS": "e-posten min er {v}, men ingenting har kommet",
           "PERSON": "timen er egentlig for {v}, samboeren min",
           "PASSPORT": "passnr. {v}, står også i skjemaet",
           "BOOKING_REFERENCE": "referanse {v} — lappen på bagen ble revet av",
           "NATIONAL_ID": "fødselsnummeret mitt er {v}, det står i brevet også"},
    "ru": {"CUSTOMER_NUMBER": "{cno} у меня {v}, кстати, приложение всё время выкидывает",
           "DATE_OF_BIRTH": "это для папы, дата рождения {v}, он сам не может позвонить",
           "PHONE_NUMBER": "звоните мне на {v} после пяти, не раньше",
           "EMAIL_ADDRESS": "моя почта {v}, туда ничего не приходило",
           "PERSON": "запись не на меня, а на {v}",
           "PASSPORT": "номер паспорта {v}, он и в заявлении есть",
           "BOOKING_REFERENCE": "код брони {v} — бирку с сумки оторвали",
           "NATIONAL_ID": "вот мой номер для налоговой: {v}, он есть и в письме"},
}  # fmt: skip


def ep_plain(cv: Conv) -> None:
    typs = [t for t in askable(cv) if t != "NATIONAL_ID"]
    if cv.lang != "en" and cv.sector in ("tax", "hospital", "fraud"):
        typs.append("NATIONAL_ID")
    typ = cv.pick(typs)
    v = value_for(cv, typ)
    tpl = PLAIN[cv.lang][typ]
    cv.c(*T(tpl, cno=CNO[cv.lang][cv.sector], v=E(v, typ, "plain")))
    cv.a(cv.pick(THANKS[cv.lang]))


LIST_ASK = {
    "en": ["So that the booking covers everyone, could you list each person it's for with their full name and date of birth, however is easiest for you?",
           "I'll need the name and date of birth of everybody on the account, one after the other if you don't mind."],
    "nl": ["Zodat de boeking iedereen dekt, kunt u per persoon de volledige naam en geboortedatum noemen, hoe het u het makkelijkst uitkomt?",
           "Ik heb van iedereen op het account naam en geboortedatum nodig, één voor één als dat kan."],
    "nb": ["Så bestillingen dekker alle, kan du liste opp hver person med fullt navn og fødselsdato, slik det passer deg?",
           "Jeg trenger navn og fødselsdato på alle på kontoen, en etter en om det går."],
    "ru": ["Чтобы бронь была на всех, перечислите, пожалуйста, каждого: ФИО и дату рождения, как вам удобнее.",
           "Мне нужны имя и дата рождения всех, кто в договоре, по очереди, если можно."],
}  # fmt: skip
LIST_INTRO = {"en": ["ok here goes:", "right:", "", "me first then the others:"], "nl": ["ok daar gaat ie:", "goed:", "", "eerst ik, dan de rest:"],
              "nb": ["ok, her:", "greit:", "", "meg først, så resten:"], "ru": ["хорошо, вот:", "так:", "", "сначала я, потом остальные:"]}  # fmt: skip


def ep_list(cv: Conv) -> None:
    rng, lang = cv.rng, cv.lang
    cv.a(cv.pick(LIST_ASK[lang]))
    n = rng.choice([2, 3, 3])
    with_third = cv.sector in ("lostfound", "langschool", "homecare", "fraud")
    style = rng.choice(["1)", "a.", "—", "inline"])
    items: list[list[Part]] = []
    for i in range(n):
        first, last, full = person(rng, lang, patronymic=lang == "ru" and rng.random() < 0.3)
        name = full if i == 0 or rng.random() < 0.6 else first
        if rng.random() < 0.3:
            name = name.lower()
        it: list[Part] = [E(name, "PERSON", "list"), ", ", E(dob(rng, lang, young=i > 0 and rng.random() < 0.5), "DATE_OF_BIRTH", "list")]
        if with_third:
            t3 = "PASSPORT" if cv.sector in ("lostfound", "langschool") else "PHONE_NUMBER"
            it += [", ", E(passport(rng, lang) if t3 == "PASSPORT" else phone(rng, lang), t3, "list")]
        items.append(it)
    parts: list[Part] = []
    intro = cv.pick(LIST_INTRO[lang])
    if style == "inline":
        if intro:
            parts.append(intro + " ")
        for i, it in enumerate(items):
            if i:
                parts.append(f" {AND[lang]} " if i == len(items) - 1 else "; ")
            parts += it
    else:
        if intro:
            parts.append(intro + "\n")
        for i, it in enumerate(items):
            mark = {"1)": f"{i + 1}) ", "a.": f"{'abc'[i]}. ", "—": "— "}[style]
            parts.append(("\n" if i else "") + mark)
            parts += it
    cv.c(*parts)
    cv.a(cv.pick(THANKS[lang]))


SPLIT_ASK = {
    "en": "And which account should the refund go back to? The full IBAN or account number, please.",
    "nl": "Naar welke rekening mag het bedrag terug? Graag het volledige IBAN.",
    "nb": "Hvilken konto skal pengene tilbake til? Hele kontonummeret eller IBAN, takk.",
    "ru": "На какой счёт вернуть деньги? Полный номер счёта, пожалуйста.",
}
SPLIT_CONT = {"en": ["wait theres more", "sorry hit enter"], "nl": ["wacht er komt nog meer", "sorry op enter gedrukt"],
              "nb": ["vent, mer kommer", "sorry, trykket enter"], "ru": ["подождите, ещё не всё", "ой, нажал enter"]}  # fmt: skip


def _cut(v: str, rng: random.Random) -> tuple[str, str]:
    spaces = [i for i, ch in enumerate(v) if ch in " -." and 3 <= i <= len(v) - 3]
    if spaces:
        i = rng.choice(spaces)
        return v[:i], v[i + 1 :]
    i = len(v) // 2
    return v[:i], v[i:]


def typo(rng: random.Random, v: str) -> str:
    idx = [i for i, ch in enumerate(v) if ch.isdigit()][2:]
    i = rng.choice(idx)
    return v[:i] + str((int(v[i]) + rng.randint(1, 8)) % 10) + v[i + 1 :]


def ep_split(cv: Conv) -> None:
    rng, lang = cv.rng, cv.lang
    kind = rng.choice(["account", "phone", "correct", "correct"])
    if kind == "account":
        typ, v = account(rng, lang)
        cv.a(SPLIT_ASK[lang])
        p1, p2 = _cut(v, rng)
        cv.note(typ, v, "parts", 2)
        if rng.random() < 0.5:
            cv.c(E(p1, typ, "split"), " ...")
            cv.c("... ", E(p2, typ, "split"))
        else:
            cv.c(E(p1, typ, "split"))
            cv.c(cv.pick(SPLIT_CONT[lang]))
            cv.c(E(p2, typ, "split"))
    elif kind == "phone":
        v = phone(rng, lang, style=rng.choice([0, 1]))
        cv.a(ask(cv, "PHONE_NUMBER"))
        p1, p2 = _cut(v, rng)
        cv.note("PHONE_NUMBER", v, "parts", 2)
        cv.c(E(p1, "PHONE_NUMBER", "split"), "...")
        cv.c(E(p2, "PHONE_NUMBER", "split"))
    else:
        opts = ["PHONE_NUMBER", "CUSTOMER_NUMBER", "ACCOUNT"] + (["NATIONAL_ID"] if lang != "en" else [])
        typ = rng.choice(opts)
        if typ == "ACCOUNT":
            typ, v = account(rng, lang)
            cv.a(SPLIT_ASK[lang])
        else:
            v = phone(rng, lang) if typ == "PHONE_NUMBER" else (nat_id(rng, lang) if typ == "NATIONAL_ID" else cust_no(rng, cv.sector))
            cv.a(ask(cv, typ))
        bad = typo(rng, v)
        cv.note(typ, v, "correction", 2)
        cv.c(E(bad, typ, "split"))
        corr = cv.pick(CORR[lang])
        if rng.random() < 0.5:
            cv.c(f"{corr} ", E(v, typ, "split"))
        else:
            cv.c(f"{corr} ", E(v, typ, "split"), {"en": ", typo", "nl": ", typfout", "nb": ", skrivefeil", "ru": ", опечатка"}[lang])
    cv.a(cv.pick(THANKS[lang]))


def spelled_email(cv: Conv, local: list[str], dom: str) -> str:
    at, dot = cv.pick(AT[cv.lang]), cv.pick(DOT[cv.lang])
    loc = f" {dot} ".join(local)
    d = f" {dot} ".join(dom.split("."))
    return f"{loc} {at} {d}"


def ep_disguised(cv: Conv) -> None:
    rng, lang = cv.rng, cv.lang
    kind = rng.choice(["email", "email", "words", "mixed", "zw", "homo"])
    if kind == "email":
        first, last, _ = person(rng, lang)
        local, dom = email(rng, lang, first, last)
        cv.a(ask(cv, "EMAIL_ADDRESS"))
        s = spelled_email(cv, local, dom)
        cv.note("EMAIL_ADDRESS", ".".join(local) + "@" + dom, "email", 1)
        pre = cv.pick({"en": ["", "so it's ", "its "], "nl": ["", "het is ", "t is "], "nb": ["", "det er ", "den er "], "ru": ["", "это ", "пишите: "]}[lang])
        cv.c(pre, E(s, "EMAIL_ADDRESS", "disguised"), cv.pick(["", "", " (no spaces)" if lang == "en" else ""]))
    elif kind in ("words", "mixed"):
        typ = rng.choice(["PHONE_NUMBER", "CUSTOMER_NUMBER"])
        v = phone(rng, lang, style=1) if typ == "PHONE_NUMBER" else cust_no(rng, cv.sector)
        cv.a(ask(cv, typ))
        s = digits_as_words(rng, lang, v, mixed=kind == "mixed")
        cv.note(typ, v, kind, 1)
        cv.c(E(s, typ, "disguised"))
    elif kind == "zw":
        typ, v = account(rng, lang) if rng.random() < 0.5 else ("PHONE_NUMBER", phone(rng, lang))
        cv.a(SPLIT_ASK[lang] if typ != "PHONE_NUMBER" else ask(cv, typ))
        cv.note(typ, v, "zw", 1)
        cv.c(E(with_zero_width(rng, v, rng.choice([1, 2, 3])), typ, "disguised"))
    else:
        typ = "BOOKING_REFERENCE" if cv.sector == "lostfound" and rng.random() < 0.5 else ("PASSPORT" if cv.sector in ("lostfound", "langschool") else "CUSTOMER_NUMBER")
        v = value_for(cv, typ)
        if typ != "PASSPORT" and typ != "BOOKING_REFERENCE":
            v = v.replace("-", "")
        cv.a(ask(cv, typ))
        s = with_homoglyphs(rng, v, 2)
        if s == v:
            s = with_zero_width(rng, v, 1)
        cv.note(typ, v, "homo", 1)
        cv.c(E(s, typ, "disguised"))
    cv.a(cv.pick(THANKS[lang]))


ADDR_ASK = {
    "en": ["And where would you like the {thing} sent? I want to make sure it doesn't go to the old place again.",
           "Where should we post the {thing} to?", "What address shall I put down for the {thing}?"],
    "nl": ["En waar mag de {thing} naartoe? Ik wil voorkomen dat het weer naar het oude adres gaat.",
           "Waar kunnen we de {thing} naar opsturen?", "Welk adres zal ik noteren voor de {thing}?"],
    "nb": ["Og hvor vil du at {thing} skal sendes? Jeg vil ikke at det havner på den gamle adressen igjen.",
           "Hvor skal vi sende {thing}?", "Hvilken adresse skal jeg skrive opp for {thing}?"],
    "ru": ["И куда отправить {thing}? Хочу, чтобы снова не ушло по старому адресу.",
           "Куда выслать {thing}?", "Какой адрес записать для {thing}?"],
}  # fmt: skip
THING = {
    "en": {"lostfound": "suitcase", "parking": "new permit", "langschool": "certificate", "bikeshare": "replacement key fob", "carshare": "member card"},
    "nl": {"lostfound": "koffer", "parking": "nieuwe vergunning", "langschool": "certificaat", "bikeshare": "nieuwe druppel", "carshare": "ledenpas"},
    "nb": {"lostfound": "kofferten", "parking": "den nye tillatelsen", "langschool": "kursbeviset", "bikeshare": "den nye brikken", "carshare": "medlemskortet"},
    "ru": {"lostfound": "чемодан", "parking": "новый пропуск", "langschool": "сертификат", "bikeshare": "новый брелок", "carshare": "клубную карту"},
}  # fmt: skip
THING_DEFAULT = {"en": "letter", "nl": "brief", "nb": "brevet", "ru": "письмо"}


def ep_address(cv: Conv) -> None:
    thing = THING[cv.lang].get(cv.sector, THING_DEFAULT[cv.lang])
    cv.a(cv.pick(ADDR_ASK[cv.lang]).format(thing=thing))
    if cv.rng.random() < 0.2:
        cv.c(cv.pick(HOLD[cv.lang]))
        cv.a(cv.pick(HOLD_OK[cv.lang]))
    cv.c(E(addr(cv.rng, cv.lang), "LOCATION", "address_no_cue"))
    cv.a(cv.pick(THANKS[cv.lang]))


def amount(rng: random.Random, lang: str) -> str:
    n = rng.randint(3, 900)
    c = rng.randint(0, 99)
    return {"en": rng.choice([f"£{n}.{c:02d}", f"£{n}"]), "nl": rng.choice([f"€ {n},{c:02d}", f"{n} euro"]),
            "nb": rng.choice([f"{n} kr", f"kr {n},-"]), "ru": rng.choice([f"{n} ₽", f"{n} руб."])}[lang]  # fmt: skip


NEG = {
    "amount": {"en": "they took {x} off me, twice", "nl": "er is {x} afgeschreven, twee keer", "nb": "de trakk {x}, to ganger", "ru": "списали {x}, два раза"},
    "time": {"en": "can it be at {x} instead?", "nl": "kan het om {x}?", "nb": "kan det være kl. {x} i stedet?", "ru": "можно в {x}?"},
    "destination": {"en": "we're off to {x} on friday so it's urgent", "nl": "we gaan vrijdag naar {x} dus het is dringend", "nb": "vi reiser til {x} på fredag så det haster", "ru": "в пятницу летим в {x}, так что срочно"},
    "tracking_number": {"en": "the courier gave me tracking {x} but it says nothing", "nl": "de koerier gaf trackingcode {x} maar er staat niks", "nb": "sporingsnummer fra budet er {x}, men ingenting skjer", "ru": "курьер дал трек-номер {x}, но там пусто"},
    "product_code": {"en": "it's the one with item code {x}", "nl": "het gaat om artikel {x}", "nb": "det gjelder varenummer {x}", "ru": "речь про артикул {x}"},
}  # fmt: skip
DEST_ASK = {"en": "And where were you travelling to?", "nl": "En waar ging u naartoe?", "nb": "Og hvor skulle du reise?", "ru": "А куда вы летели?"}
WRONG = {
    "order_number": {"en": "Hmm, that looks like an invoice number rather than the {cno}; is there another number on the letter?",
                     "nl": "Hm, dat lijkt een factuurnummer, niet het {cno}; staat er nog een ander nummer op de brief?",
                     "nb": "Hm, det ser ut som et fakturanummer, ikke {cno}; står det et annet nummer i brevet?",
                     "ru": "Хм, это похоже на номер счёта-фактуры, а не {cno}; в письме есть другой номер?"},
    "travel_date": {"en": "I think that's the appointment date — I need the date of birth itself.",
                    "nl": "Dat is volgens mij de datum van de afspraak, ik heb de geboortedatum zelf nodig.",
                    "nb": "Jeg tror det er datoen for timen — jeg trenger selve fødselsdatoen.",
                    "ru": "Кажется, это дата приёма, а нужна именно дата рождения."},
}  # fmt: skip
OOPS = {"en": "oh yes sorry", "nl": "oja sorry", "nb": "å ja, sorry", "ru": "ой, да, простите"}


def ep_negative(cv: Conv, kind: str) -> None:
    rng, lang = cv.rng, cv.lang
    if kind == "order_number":
        cv.a(ask(cv, "CUSTOMER_NUMBER"))
        cv.c(N(order_no(rng), "order_number"))
        cv.a(WRONG["order_number"][lang].format(cno=CNO[lang][cv.sector]))
        cv.c(OOPS[lang] + ", ", E(cust_no(rng, cv.sector), "CUSTOMER_NUMBER", "bare_answer"))
    elif kind == "travel_date":
        cv.a(ask(cv, "DATE_OF_BIRTH"))
        cv.c(N(future_date(rng, lang), "travel_date"))
        cv.a(WRONG["travel_date"][lang])
        cv.c(OOPS[lang] + " ", E(dob(rng, lang), "DATE_OF_BIRTH", "bare_answer"))
    elif kind == "destination" and cv.sector in ("lostfound", "carshare", "kennel", "wedding", "homecare") and rng.random() < 0.6:
        cv.a(DEST_ASK[lang])
        x = rng.choice(TRIPS[lang])
        cv.c(N(x.lower() if rng.random() < 0.5 else x, "destination"))
    else:
        x = {"amount": lambda: amount(rng, lang),
             "time": lambda: f"{rng.randint(7, 20)}:{rng.choice(['00', '15', '30', '45'])}",
             "destination": lambda: rng.choice(TRIPS[lang]),
             "tracking_number": lambda: rng.choice(["JVGL", "3S", "CD", "1Z"]) + digits(rng, 10, first_nonzero=False),
             "product_code": lambda: rng.choice(["SKU-", "", "ART"]) + digits(rng, 5) + rng.choice(["", "-B", "X"])}[kind]()
        cv.c(*T(NEG[kind][lang], x=N(x, kind)))
        cv.a(cv.pick(FILLER_AGENT[lang]))


EPISODES = {"bare_answer": ep_bare, "list": ep_list, "split": ep_split, "disguised": ep_disguised,
            "address_no_cue": ep_address, "plain": ep_plain}  # fmt: skip
ROTATING = ["list", "split", "disguised", "address_no_cue"]
NEG_KINDS = ["order_number", "travel_date", "destination", "amount", "time", "tracking_number", "product_code"]


def conversation(rng: random.Random, lang: str, i: int, n_negs: int = 2, n_eps: int = 4) -> tuple[list[dict], list[dict]]:
    sector = SECTORS[i % len(SECTORS)]
    cv = Conv(rng, lang, sector, f"sealed6-{lang}-{i + 1:03d}")
    ag = person(rng, lang, female=True if lang == "ru" else None)[0]
    cv.a(*T(cv.pick(GREET[lang]), co=COMPANY[lang][sector], ag=E(ag, "PERSON", "plain")))
    cv.c(cv.pick(OPEN[lang][sector]))
    eps = ["bare_answer", "plain", ROTATING[i % 4], ROTATING[(i + 1 + i // 4) % 4]]
    if eps[3] == eps[2]:
        eps[3] = ROTATING[(i + 2) % 4]
    eps = eps[:n_eps]
    negs = [NEG_KINDS[(2 * i) % 7], NEG_KINDS[(2 * i + 1) % 7]][:n_negs]
    plan: list[tuple[str, str]] = [("e", e) for e in eps] + [("n", k) for k in negs]
    rng.shuffle(plan)
    for what, k in plan:
        if what == "e":
            EPISODES[k](cv)
        else:
            ep_negative(cv, k)
        if rng.random() < 0.3 and len(cv.turns) < 12:
            cv.c(cv.pick(FILLER_CUST[lang]))
            cv.a(cv.pick(FILLER_AGENT[lang]))
    while len(cv.turns) < 10:
        cv.c(cv.pick(FILLER_CUST[lang]))
        cv.a(cv.pick(FILLER_AGENT[lang]))
    if len(cv.turns) < 23:
        cv.c(cv.pick(FILLER_CUST[lang]))
    cv.a(cv.pick(BYE[lang]))
    recs = conversation_records(cv.id, lang, cv.turns)
    side = []
    for s in cv.side:  # ``turn`` is the index of the first message of the value's spans
        side.append({"conversation_id": cv.id, "first_message": s["turn"] + 1, "type": s["type"],
                     "value": s["value"], "how": s["how"], "parts": s["parts"]})
    return recs, side


def fitted(rng: random.Random, lang: str, i: int) -> tuple[list[dict], list[dict]]:
    """A conversation of 10-25 messages: a long draw is redrawn with one hard negative less,
    then with one episode less (deterministic: the same generator goes on)."""
    for n_negs, n_eps in ((2, 4), (2, 4), (1, 4), (1, 4), (1, 3), (0, 3)):
        recs, side = conversation(rng, lang, i, n_negs, n_eps)
        if len(recs) <= 25:
            return recs, side
    raise RuntimeError(f"no fit for {lang} {i}")


def build() -> tuple[list[dict], list[dict]]:
    rng = random.Random(SEED)
    records: list[dict] = []
    side: list[dict] = []
    for lang in LANGS:
        for i in range(PER_LANG):
            r, s = fitted(rng, lang, i)
            records += r
            side += s
    return records, side


def main() -> None:
    records, _ = build()
    errors = verify(records)
    if errors:
        raise SystemExit("\n".join(errors[:20]))
    write_jsonl(records, OUT)
    print(f"{OUT.name}: {len(records)} messages")


if __name__ == "__main__":
    main()
