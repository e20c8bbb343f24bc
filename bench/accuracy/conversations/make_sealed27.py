# ruff: noqa: E501  (hand-written phrase, name, street and company tables)
"""Write sealed27.jsonl: the twenty-seventh blind conversation set (issue 13).

Seeded (20261230) and deterministic. 600 conversations, 150 per language (en, nl, nb, ru),
25 per failure class and language plus 25 ``plain`` ones; the class of a conversation is
shuffled over its ids (``plan``). Written without reading privacyguard's rules or detector.

Everything is synthetic: names are recombined from the short lists below, numbers are random
with their check digits computed (make_values's checksum makers, schwifty, python-stdnum,
phonenumbers). Phrasings are built from many hand-written question, answer and filler forms
per language, with casual noise (lower case, dropped punctuation, typos, emoji).

Usage: make_sealed27.py [OUT]   (default: sealed27.jsonl next to this file)
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import phonenumbers

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_values import (  # noqa: E402
    E,
    N,
    Part,
    T,
    conversation_records,
    iban,
    nl_bsn,
    no_fnr,
    no_kontonr,
    ru_inn,
    ru_snils,
    verify,
    write_jsonl,
)

SEED = 20261230
LANGS = ("en", "nl", "nb", "ru")
CLASSES = ("bare_answer", "list", "split", "disguised", "address_no_cue", "plain")
PER_CLASS = 25
REGION = {"en": "GB", "nl": "NL", "nb": "NO", "ru": "RU"}

# ---------------------------------------------------------------------------------------
# people, places, domains (this set's own lists)
# ---------------------------------------------------------------------------------------

FIRST_M = {
    "en": ["Callum", "Rhys", "Declan", "Elliot", "Finlay", "Gareth", "Hamish", "Ewan", "Tobias", "Rory", "Stanley", "Barnaby"],
    "nl": ["Gijs", "Maarten", "Stijn", "Teun", "Hidde", "Wessel", "Jelle", "Sjoerd", "Rik", "Floris", "Bas", "Olivier"],
    "nb": ["Ståle", "Ørjan", "Åsmund", "Bjørnar", "Endre", "Gaute", "Leiv", "Tarjei", "Sølve", "Arild", "Kåre", "Trygve"],
    "ru": ["Глеб", "Тимофей", "Роман", "Вадим", "Степан", "Егор", "Всеволод", "Борис", "Кирилл", "Фёдор", "Лев", "Святослав"],
}
FIRST_F = {
    "en": ["Imogen", "Harriet", "Niamh", "Rosalind", "Phoebe", "Tamsin", "Willow", "Beatrix", "Orla", "Esme", "Clemency", "Martha"],
    "nl": ["Marloes", "Esmee", "Iris", "Roos", "Veerle", "Jikke", "Annelies", "Merel", "Sietske", "Fenna", "Hanneke", "Lisanne"],
    "nb": ["Ragnfrid", "Gro", "Synnøve", "Åshild", "Torunn", "Sigrid", "Brynhild", "Vårin", "Ingvild", "Mette", "Bodil", "Live"],
    "ru": ["Варвара", "Полина", "Злата", "Алёна", "Вероника", "Дарья", "Милана", "Лидия", "Евгения", "Василиса", "Инна", "Регина"],
}
LAST = {
    "en": ["Pennington", "Draycott", "Fairbairn", "Whitlock", "Ostler", "Merriweather", "Hebden", "Calloway", "Brackley", "Tennant", "Gorringe", "Ainsworth", "Lathbury", "Thistlewood"],
    "nl": ["van den Heuvel", "de Graaf", "Verbeek", "van der Meulen", "Bosman", "ter Horst", "Dijkstra", "van Beek", "Schouten", "de Wit", "Postma", "van 't Hof", "Zandbergen", "op den Kamp"],
    "nb": ["Økland", "Sæther", "Kvåle", "Bråten", "Løvås", "Fjære", "Røed", "Haugland", "Tveit", "Ødegård", "Mæland", "Skjærstad", "Grønli", "Vik"],
    "ru": [],
}
RU_LAST = [("Сорокин", "Сорокина"), ("Грачёв", "Грачёва"), ("Ефимов", "Ефимова"), ("Лапин", "Лапина"),
           ("Шубин", "Шубина"), ("Калинин", "Калинина"), ("Ершов", "Ершова"), ("Мельников", "Мельникова"),
           ("Тихонов", "Тихонова"), ("Гусев", "Гусева"), ("Руднев", "Руднева"), ("Крылов", "Крылова")]
RU_PATR = [("Андреевич", "Андреевна"), ("Игоревич", "Игоревна"), ("Олегович", "Олеговна"),
           ("Викторович", "Викторовна"), ("Петрович", "Петровна"), ("Юрьевич", "Юрьевна"),
           ("Максимович", "Максимовна"), ("Геннадьевич", "Геннадьевна")]
# combinations the lists could make that belong to well-known people: never written
FAMOUS = ["Лев Толстой", "Борис Ельцин", "Фёдор Достоевский", "Rory Stewart", "Declan Rice", "Roman Abramovich"]

DOMAINS = {
    "en": ["hotmail.co.uk", "protonmail.com", "virginmedia.com", "sky.com", "aol.co.uk"],
    "nl": ["planet.nl", "home.nl", "casema.nl", "upcmail.nl", "telfort.nl"],
    "nb": ["getmail.no", "broadpark.no", "yahoo.no", "altibox.no", "me.com"],
    "ru": ["inbox.ru", "list.ru", "ya.ru", "yandex.com", "internet.ru"],
}
STREETS = {
    "en": ["Foxglove Lane", "Wickham Road", "Saltmarsh Close", "Larkspur Avenue", "Brookfield Terrace", "Hawthorn Rise", "Tanners Row", "Cobble Yard", "Ferndown Crescent", "Mallard Way", "Greystone Gardens", "Quarry Hill"],
    "nl": ["Wilgenhof", "Meidoornstraat", "Vlasakker", "Zuiderkade", "Pastoor van Arsstraat", "Hazelaarlaan", "Korenbloemweg", "Bisschopsweg", "Vossenlaan", "Ganzenmarkt", "Tolhuisweg", "Klaproosstraat"],
    "nb": ["Lyngveien", "Tyttebærstien", "Øvre Slottsgate", "Sjøbodveien", "Kvernbakken", "Rypeveien", "Elvebakken", "Granåsen", "Bakkegata", "Mølleråsen", "Fjæreveien", "Tårnveien"],
    "ru": ["ул. Строителей", "ул. Рябиновая", "пр-т Победы", "ул. Кирова", "ул. Заречная", "пер. Почтовый", "ул. Луговая", "ул. Комсомольская", "ул. Фрунзе", "ул. Полевая", "ул. Школьная", "ул. Берёзовая"],
}
TOWNS = {
    "en": [("Harrogate", "HG1 4QT"), ("Shrewsbury", "SY2 6LG"), ("Ipswich", "IP4 2BN"), ("Lancaster", "LA1 3EX"), ("Truro", "TR1 2HE"), ("Durham", "DH1 4RL"), ("Worcester", "WR5 1DS"), ("Exeter", "EX4 6PX")],
    "nl": [("Amersfoort", "3811 KB"), ("Deventer", "7411 JR"), ("Alkmaar", "1811 LP"), ("Nijmegen", "6511 VW"), ("Tilburg", "5038 EG"), ("Assen", "9401 HK"), ("Gouda", "2801 JD"), ("Venlo", "5911 CB")],
    "nb": [("Lillehammer", "2609"), ("Bodø", "8006"), ("Ålesund", "6002"), ("Kristiansand", "4611"), ("Fredrikstad", "1606"), ("Gjøvik", "2815"), ("Molde", "6413"), ("Harstad", "9405")],
    "ru": [("Ярославль", "150003"), ("Вологда", "160009"), ("Калуга", "248021"), ("Рязань", "390013"), ("Иркутск", "664047"), ("Владимир", "600017"), ("Тула", "300041"), ("Курск", "305029")],
}
# towns that are not where the customer lives: destinations, branches, venues
PLACES = {
    "en": ["Nairobi", "Santorini", "Reykjavik", "Cape Town", "Inverness", "Madeira", "Brighton", "Chester"],
    "nl": ["Zanzibar", "Kaapstad", "Maastricht", "Groningen", "Lanzarote", "Zwolle", "Arnhem", "Bonaire"],
    "nb": ["Tenerife", "Stavanger", "Kenya", "Lofoten", "Hamar", "Tønsberg", "Kreta", "Narvik"],
    "ru": ["Мурманск", "Сочи", "Танзанию", "Калининград", "Петрозаводск", "Анапу", "Нижний Новгород", "Карелию"],
}

# ---------------------------------------------------------------------------------------
# the twenty sectors, each with its own invented company per language
# ---------------------------------------------------------------------------------------

TRAVEL = ["PASSPORT", "BOOKING_REFERENCE", "FLIGHT_NUMBER", "TICKET_NUMBER", "DATE_OF_BIRTH"]
MONEY = ["IBAN_CODE", "BANK_ACCOUNT", "CREDIT_CARD"]


def S(key, co, cust, cfmt, ref, refn, thing, about, extra):
    return {"key": key, "co": co, "cust": cust, "cfmt": cfmt, "ref": ref, "refn": refn,
            "thing": thing, "about": about, "types": extra}


SECTORS = [
    S("safari", {"en": "Acacia Trail Safaris", "nl": "Savanne & Co Reizen", "nb": "Løvespor Safari AS", "ru": "«Саванна Тревел»"},
      {"en": ["traveller ID", "client number"], "nl": ["reizigersnummer", "klantnummer"], "nb": ["kundenummer", "reisendenummer"], "ru": ["номер клиента", "клиентский номер"]},
      "SAF-{d5}", "invoice_number", {"en": "invoice", "nl": "factuurnummer", "nb": "fakturanummer", "ru": "номер счёта-фактуры"},
      {"en": "the travel documents", "nl": "de reisdocumenten", "nb": "reisedokumentene", "ru": "документы на поездку"},
      {"en": "our safari trip in March", "nl": "onze safarireis in maart", "nb": "safarituren vår i mars", "ru": "наше сафари в марте"}, TRAVEL),
    S("cruise", {"en": "Northstar Ocean Cruises", "nl": "Golfslag Cruises", "nb": "Havbris Cruise", "ru": "«Морской бриз Круиз»"},
      {"en": ["Captain's Circle number", "loyalty number"], "nl": ["Kapiteinsclub-nummer", "loyaliteitsnummer"], "nb": ["medlemsnummer", "kapteinsklubbnummer"], "ru": ["номер участника клуба", "номер карты лояльности"]},
      "CC{d8}", "order_number", {"en": "excursion order", "nl": "bestelnummer van de excursie", "nb": "ordrenummeret for utflukten", "ru": "номер заказа экскурсии"},
      {"en": "the luggage tags", "nl": "de bagagelabels", "nb": "bagasjelappene", "ru": "багажные бирки"},
      {"en": "the Baltic cruise", "nl": "de cruise over de Oostzee", "nb": "Østersjøcruiset", "ru": "круиз по Балтике"}, TRAVEL),
    S("travel_agency", {"en": "Wayfarer Holidays", "nl": "Reisbureau De Kompasroos", "nb": "Vidsyn Reiser", "ru": "Турагентство «Пилигрим»"},
      {"en": ["customer number", "account number with us"], "nl": ["klantnummer", "relatienummer"], "nb": ["kundenummer"], "ru": ["номер клиента", "номер договора"]},
      "WH-{d6}", "order_number", {"en": "quote number", "nl": "offertenummer", "nb": "tilbudsnummeret", "ru": "номер заявки"},
      {"en": "the vouchers", "nl": "de vouchers", "nb": "vouchrene", "ru": "ваучеры"},
      {"en": "a package holiday for four", "nl": "een pakketreis voor vier personen", "nb": "en pakkereise for fire", "ru": "путёвку на четверых"}, TRAVEL),
    S("dive_centre", {"en": "Deep Blue Dive Centre", "nl": "Duikcentrum Zeester", "nb": "Tareskogen Dykkesenter", "ru": "Дайв-центр «Глубина»"},
      {"en": ["diver ID", "member number"], "nl": ["duikernummer", "lidnummer"], "nb": ["dykkernummer", "medlemsnummer"], "ru": ["номер дайвера", "номер участника"]},
      "DV-{L2}{d5}", "order_number", {"en": "course booking number", "nl": "cursusnummer", "nb": "kursnummeret", "ru": "номер курса"},
      {"en": "your certification card", "nl": "je brevetkaart", "nb": "sertifikatkortet", "ru": "карточку сертификата"},
      {"en": "the dive trip to the Red Sea", "nl": "de duikreis naar de Rode Zee", "nb": "dykketuren til Rødehavet", "ru": "дайв-тур на Красное море"}, TRAVEL),
    S("marathon", {"en": "Riverside Marathon Events", "nl": "Stadsloop Events", "nb": "Fjordløpet", "ru": "«Беговой Клуб Старт»"},
      {"en": ["runner ID", "participant number"], "nl": ["deelnemersnummer", "lopersnummer"], "nb": ["deltakernummer", "løpernummer"], "ru": ["номер участника", "ID бегуна"]},
      "RUN{d6}", "order_number", {"en": "order number for the shirt", "nl": "bestelnummer van het shirt", "nb": "ordrenummeret for t-skjorta", "ru": "номер заказа футболки"},
      {"en": "the race pack", "nl": "het startpakket", "nb": "startpakken", "ru": "стартовый пакет"},
      {"en": "my entry for the half marathon", "nl": "mijn inschrijving voor de halve marathon", "nb": "påmeldingen min til halvmaraton", "ru": "мою регистрацию на полумарафон"}, ["DATE_OF_BIRTH", "PHONE_NUMBER", "CREDIT_CARD"]),
    S("auction", {"en": "Hollis & Crane Auctioneers", "nl": "Veilinghuis De Hamerslag", "nb": "Auksjonshuset Klubba", "ru": "Аукционный дом «Лот»"},
      {"en": ["bidder number", "paddle number"], "nl": ["biedernummer", "klantnummer"], "nb": ["budgivernummer", "kundenummer"], "ru": ["номер участника торгов", "номер покупателя"]},
      "B-{d4}-{d2}", "product_code", {"en": "lot number", "nl": "kavelnummer", "nb": "objektnummeret", "ru": "номер лота"},
      {"en": "the invoice and the painting", "nl": "de factuur en het schilderij", "nb": "fakturaen og maleriet", "ru": "счёт и картину"},
      {"en": "a painting I won last week", "nl": "een schilderij dat ik vorige week heb gekocht", "nb": "et maleri jeg vant forrige uke", "ru": "картину, которую я выиграл на торгах"}, MONEY + ["NATIONAL_ID"]),
    S("pawn_shop", {"en": "Goldgate Pawnbrokers", "nl": "Pandjeshuis Lombard Oost", "nb": "Pantelånern Sentrum", "ru": "Ломбард «Надёжный»"},
      {"en": ["customer card number", "pledge account"], "nl": ["klantpasnummer", "pandnummer"], "nb": ["kundekortnummer", "kundenummer"], "ru": ["номер залогового билета", "номер клиента"]},
      "PB{d7}", "receipt_number", {"en": "receipt number", "nl": "bonnummer", "nb": "kvitteringsnummeret", "ru": "номер квитанции"},
      {"en": "the renewal letter", "nl": "de verlengingsbrief", "nb": "forlengelsesbrevet", "ru": "письмо о продлении"},
      {"en": "extending the loan on my ring", "nl": "het verlengen van de lening op mijn ring", "nb": "å forlenge lånet på ringen min", "ru": "продление займа под кольцо"}, ["NATIONAL_ID", "PASSPORT"] + MONEY),
    S("dermatology", {"en": "ClearSkin Dermatology", "nl": "Huidkliniek Zonnedauw", "nb": "Hudklinikken Lysløk", "ru": "Клиника дерматологии «Эпидерм»"},
      {"en": ["patient number", "hospital number"], "nl": ["patiëntnummer", "dossiernummer"], "nb": ["pasientnummer", "journalnummer"], "ru": ["номер медкарты", "номер пациента"]},
      "PT-{d6}", "appointment_number", {"en": "appointment reference", "nl": "afspraaknummer", "nb": "timenummeret", "ru": "номер записи"},
      {"en": "the referral letter", "nl": "de verwijsbrief", "nb": "henvisningen", "ru": "направление"},
      {"en": "my appointment for the mole check", "nl": "mijn afspraak voor de moedervlekcontrole", "nb": "timen min for føflekksjekk", "ru": "мою запись на осмотр родинок"}, ["DATE_OF_BIRTH", "NATIONAL_ID", "PHONE_NUMBER"]),
    S("chiropractor", {"en": "Spine & Balance Chiropractic", "nl": "Chiropractie Rugwijs", "nb": "Ryggsenteret Kiropraktikk", "ru": "Центр мануальной терапии «Осанка»"},
      {"en": ["client ID", "patient number"], "nl": ["cliëntnummer", "patiëntnummer"], "nb": ["pasientnummer", "klientnummer"], "ru": ["номер пациента", "номер карты пациента"]},
      "SB{d5}", "invoice_number", {"en": "invoice number", "nl": "factuurnummer", "nb": "fakturanummeret", "ru": "номер счёта"},
      {"en": "the exercise booklet", "nl": "het oefenboekje", "nb": "øvelsesheftet", "ru": "брошюру с упражнениями"},
      {"en": "moving my treatment", "nl": "het verzetten van mijn behandeling", "nb": "å flytte behandlingstimen", "ru": "перенос сеанса"}, ["DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD"]),
    S("notary", {"en": "Ashcombe Notaries", "nl": "Notariskantoor Eikenhout", "nb": "Notarius Berg & Lie", "ru": "Нотариальная контора «Право»"},
      {"en": ["client matter number", "client number"], "nl": ["dossiernummer", "cliëntnummer"], "nb": ["klientnummer", "kundenummer"], "ru": ["номер клиента", "номер в реестре клиентов"]},
      "AN/{d4}/{L2}", "case_number", {"en": "file reference", "nl": "aktenummer", "nb": "dokumentnummeret", "ru": "номер в реестре нотариальных действий"},
      {"en": "the draft deed", "nl": "de conceptakte", "nb": "utkastet til skjøtet", "ru": "проект договора"},
      {"en": "signing the deed for the flat", "nl": "de akte voor het appartement", "nb": "skjøtet for leiligheten", "ru": "сделку по квартире"}, ["NATIONAL_ID", "PASSPORT", "IBAN_CODE", "BANK_ACCOUNT", "DATE_OF_BIRTH"]),
    S("debt_collection", {"en": "Fairway Credit Recovery", "nl": "Incassobureau Rechtlijn", "nb": "Inkasso Nord AS", "ru": "Коллекторское агентство «Баланс»"},
      {"en": ["debtor number", "customer reference"], "nl": ["debiteurnummer", "klantnummer"], "nb": ["skyldnernummer", "kundenummer"], "ru": ["номер должника", "лицевой счёт"]},
      "DR-{d7}", "case_number", {"en": "case number", "nl": "dossiernummer", "nb": "saksnummeret", "ru": "номер дела"},
      {"en": "the payment plan", "nl": "de betalingsregeling", "nb": "nedbetalingsplanen", "ru": "график платежей"},
      {"en": "a letter I got about an old bill", "nl": "een brief over een oude rekening", "nb": "et brev om en gammel regning", "ru": "письмо о старом долге"}, ["IBAN_CODE", "BANK_ACCOUNT", "DATE_OF_BIRTH", "NATIONAL_ID"]),
    S("vehicle_inspection", {"en": "Kingsgate MOT Centre", "nl": "APK Station Het Kruispunt", "nb": "EU-kontrollen Stasjonsbakken", "ru": "Техосмотр «Автоконтроль»"},
      {"en": ["account number", "customer number"], "nl": ["klantnummer", "relatienummer"], "nb": ["kundenummer"], "ru": ["номер клиента", "номер клиентской карты"]},
      "KG{d6}", "vehicle_registration", {"en": "reg", "nl": "kenteken", "nb": "registreringsnummeret", "ru": "госномер"},
      {"en": "the test certificate", "nl": "het keuringsrapport", "nb": "kontrollseddelen", "ru": "диагностическую карту"},
      {"en": "my car's MOT", "nl": "de APK van mijn auto", "nb": "EU-kontrollen på bilen", "ru": "техосмотр машины"}, ["PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD"]),
    S("karting", {"en": "Apex Karting Arena", "nl": "Kartbaan De Bocht", "nb": "Gokartsenteret Svingen", "ru": "Картинг-центр «Вираж»"},
      {"en": ["racer ID", "membership number"], "nl": ["coureursnummer", "lidnummer"], "nb": ["førernummer", "medlemsnummer"], "ru": ["номер гонщика", "номер клубной карты"]},
      "AX-{d5}", "order_number", {"en": "party booking", "nl": "reserveringsnummer van het feestje", "nb": "bestillingen for bursdagen", "ru": "номер брони праздника"},
      {"en": "the gift vouchers", "nl": "de cadeaubonnen", "nb": "gavekortene", "ru": "подарочные сертификаты"},
      {"en": "a birthday party on the track", "nl": "een kinderfeestje op de baan", "nb": "bursdagsfeiring på banen", "ru": "день рождения на картинге"}, ["DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"]),
    S("ev_charging", {"en": "VoltPath Charging", "nl": "Laadpunt Groenstroom", "nb": "Ladeklar AS", "ru": "«ЭлектроЗаряд»"},
      {"en": ["account ID", "charge card number"], "nl": ["klantnummer", "laadpasnummer"], "nb": ["kundenummer", "ladebriknummer"], "ru": ["номер лицевого счёта", "номер карты зарядки"]},
      "VP-{L3}-{d4}", "order_number", {"en": "session ID", "nl": "sessienummer", "nb": "øktnummeret", "ru": "номер сессии"},
      {"en": "the new charge card", "nl": "de nieuwe laadpas", "nb": "den nye ladebrikken", "ru": "новую карту"},
      {"en": "a double charge on my card", "nl": "een dubbele afschrijving", "nb": "dobbelt trekk på kortet", "ru": "двойное списание"}, ["CREDIT_CARD", "IBAN_CODE", "BANK_ACCOUNT", "EMAIL_ADDRESS"]),
    S("stamp_dealer", {"en": "Penny Black Philatelics", "nl": "Postzegelhandel De Tanding", "nb": "Frimerkehuset Posthornet", "ru": "«Филателия и марки»"},
      {"en": ["collector number", "customer number"], "nl": ["verzamelaarsnummer", "klantnummer"], "nb": ["samlernummer", "kundenummer"], "ru": ["номер коллекционера", "номер клиента"]},
      "PBP{d5}", "product_code", {"en": "catalogue number", "nl": "catalogusnummer", "nb": "katalognummeret", "ru": "номер по каталогу"},
      {"en": "the approval booklet", "nl": "het zichtboekje", "nb": "utvalgsheftet", "ru": "альбом на просмотр"},
      {"en": "a set of stamps I ordered", "nl": "een serie postzegels die ik bestelde", "nb": "et frimerkesett jeg bestilte", "ru": "серию марок, которую я заказал"}, ["EMAIL_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "BANK_ACCOUNT"]),
    S("luthier", {"en": "Hartwell Violin Workshop", "nl": "Vioolbouwer Krulhout", "nb": "Fiolinverkstedet Strengen", "ru": "Скрипичная мастерская «Смычок»"},
      {"en": ["customer number", "client ref"], "nl": ["klantnummer"], "nb": ["kundenummer"], "ru": ["номер клиента"]},
      "HV{d4}{L1}", "order_number", {"en": "repair ticket", "nl": "reparatienummer", "nb": "reparasjonsnummeret", "ru": "номер квитанции на ремонт"},
      {"en": "the cello", "nl": "de cello", "nb": "celloen", "ru": "виолончель"},
      {"en": "the crack in my cello", "nl": "de barst in mijn cello", "nb": "sprekken i celloen min", "ru": "трещину на виолончели"}, ["PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD"]),
    S("dog_training", {"en": "Good Paws Training School", "nl": "Hondenschool Pootje Erbij", "nb": "Hundeskolen Snuten", "ru": "Кинологическая школа «Верный друг»"},
      {"en": ["member number", "owner ID"], "nl": ["lidnummer", "baasjesnummer"], "nb": ["medlemsnummer", "eiernummer"], "ru": ["номер абонемента", "номер владельца"]},
      "GP{d5}", "pet_name", {"en": "dog", "nl": "hond", "nb": "hunden", "ru": "собаку"},
      {"en": "the course certificate", "nl": "het cursusdiploma", "nb": "kursbeviset", "ru": "сертификат курса"},
      {"en": "the puppy course", "nl": "de puppycursus", "nb": "valpekurset", "ru": "курс для щенков"}, ["PHONE_NUMBER", "EMAIL_ADDRESS", "IBAN_CODE", "BANK_ACCOUNT"]),
    S("football_club", {"en": "Harbourside Albion FC", "nl": "VV Blauw-Wit Oosterhout", "nb": "Fossekallen IL", "ru": "ФК «Заря Приокская»"},
      {"en": ["season ticket holder number", "supporter number"], "nl": ["seizoenkaartnummer", "clubcardnummer"], "nb": ["sesongkortnummer", "supporternummer"], "ru": ["номер абонемента", "номер карты болельщика"]},
      "SH-{d7}", "seat", {"en": "seat", "nl": "stoel", "nb": "setet", "ru": "место"},
      {"en": "the season card", "nl": "de seizoenkaart", "nb": "sesongkortet", "ru": "абонемент"},
      {"en": "renewing two season tickets", "nl": "het verlengen van twee seizoenkaarten", "nb": "fornyelse av to sesongkort", "ru": "продление двух абонементов"}, ["DATE_OF_BIRTH", "CREDIT_CARD", "PHONE_NUMBER", "TICKET_NUMBER"]),
    S("student_loans", {"en": "Lantern Student Finance", "nl": "Studiefinanciering Loket Noord", "nb": "Studielånskassen Veiviser", "ru": "Фонд образовательных кредитов «Знание»"},
      {"en": ["customer reference number", "CRN"], "nl": ["klantnummer", "relatienummer"], "nb": ["kundenummer", "lånenummer"], "ru": ["номер договора займа", "номер заёмщика"]},
      "LSF{d8}", "case_number", {"en": "enquiry number", "nl": "vraagnummer", "nb": "henvendelsesnummeret", "ru": "номер обращения"},
      {"en": "the repayment statement", "nl": "het aflossingsoverzicht", "nb": "nedbetalingsoversikten", "ru": "выписку по займу"},
      {"en": "my repayments going up", "nl": "mijn aflossing die omhoog gaat", "nb": "at terminbeløpet har økt", "ru": "выросший платёж"}, ["NATIONAL_ID", "IBAN_CODE", "BANK_ACCOUNT", "DATE_OF_BIRTH", "EMAIL_ADDRESS"]),
    S("relocation", {"en": "Tidewater International Relocation", "nl": "Verhuizers Over de Grens", "nb": "Flyttebyrået Nye Horisonter", "ru": "«Переезд без границ»"},
      {"en": ["move ID", "customer number"], "nl": ["verhuisnummer", "klantnummer"], "nb": ["flyttenummer", "kundenummer"], "ru": ["номер клиента", "номер договора на переезд"]},
      "TIR-{d5}", "order_number", {"en": "quote", "nl": "offertenummer", "nb": "tilbudsnummeret", "ru": "номер сметы"},
      {"en": "the packing boxes", "nl": "de verhuisdozen", "nb": "flytteeskene", "ru": "коробки для упаковки"},
      {"en": "our move abroad in the summer", "nl": "onze verhuizing naar het buitenland", "nb": "flyttingen vår til utlandet", "ru": "наш переезд за границу"}, ["PASSPORT", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH"]),
]
assert len(SECTORS) == 20

# the business's own contacts (hard negatives), one set per sector and language
CO_DOMAIN_TLD = {"en": "co.uk", "nl": "nl", "nb": "no", "ru": "ru"}

# ---------------------------------------------------------------------------------------
# phrasing tables
# ---------------------------------------------------------------------------------------

# what the agent calls each type (en/nl: bare noun; nb: definite + possessive; ru: accusative)
NOUN = {
    "en": {
        "PERSON": ["full name", "name", "first and last name", "name as it appears on the booking"],
        "EMAIL_ADDRESS": ["email address", "e-mail", "email", "contact email"],
        "PHONE_NUMBER": ["phone number", "mobile number", "contact number", "best number to reach you on"],
        "IBAN_CODE": ["IBAN", "bank details (IBAN)"],
        "BANK_ACCOUNT": ["sort code and account number", "bank account number"],
        "CREDIT_CARD": ["card number", "long number on the card", "card details"],
        "DATE_OF_BIRTH": ["date of birth", "DOB", "birth date"],
        "PASSPORT": ["passport number", "passport no.", "passport number (the one on the photo page)"],
        "NATIONAL_ID": ["National Insurance number", "NI number", "NI no."],
        "LOCATION": ["address", "home address", "postal address", "full address incl. postcode"],
        "BOOKING_REFERENCE": ["booking reference", "booking code", "reservation code", "6-character booking ref"],
        "FLIGHT_NUMBER": ["flight number", "outbound flight number"],
        "TICKET_NUMBER": ["ticket number", "e-ticket number", "13-digit ticket number"],
    },
    "nl": {
        "PERSON": ["naam", "volledige naam", "voor- en achternaam"],
        "EMAIL_ADDRESS": ["e-mailadres", "mailadres", "email"],
        "PHONE_NUMBER": ["telefoonnummer", "mobiele nummer", "06-nummer", "telnr", "mobiel nummer"],
        "IBAN_CODE": ["IBAN", "rekeningnummer", "IBAN-nummer"],
        "BANK_ACCOUNT": ["rekeningnummer"],
        "CREDIT_CARD": ["creditcardnummer", "kaartnummer", "creditcardnr"],
        "DATE_OF_BIRTH": ["geboortedatum", "geb. datum"],
        "PASSPORT": ["paspoortnummer", "paspoortnr", "documentnummer (paspoort)"],
        "NATIONAL_ID": ["BSN", "burgerservicenummer", "BSN-nummer"],
        "LOCATION": ["adres", "woonadres", "postadres", "adres met postcode"],
        "BOOKING_REFERENCE": ["boekingscode", "reserveringscode", "boekingsreferentie"],
        "FLIGHT_NUMBER": ["vluchtnummer", "vluchtnr"],
        "TICKET_NUMBER": ["ticketnummer", "e-ticketnummer"],
    },
    "nb": {
        "PERSON": ["navnet ditt", "fullt navn", "for- og etternavnet ditt"],
        "EMAIL_ADDRESS": ["e-postadressen din", "mailen din", "e-posten din"],
        "PHONE_NUMBER": ["telefonnummeret ditt", "mobilnummeret ditt", "nummeret vi kan nå deg på"],
        "IBAN_CODE": ["IBAN-nummeret ditt", "IBAN"],
        "BANK_ACCOUNT": ["kontonummeret ditt", "kontonr"],
        "CREDIT_CARD": ["kortnummeret", "nummeret på kortet", "kortnummeret ditt"],
        "DATE_OF_BIRTH": ["fødselsdatoen din", "fødselsdato", "fødselsdagen din"],
        "PASSPORT": ["passnummeret ditt", "passnummer", "nummeret i passet"],
        "NATIONAL_ID": ["fødselsnummeret ditt", "personnummeret ditt", "de 11 sifrene i fødselsnummeret"],
        "LOCATION": ["adressen din", "postadressen din", "hjemmeadressen din"],
        "BOOKING_REFERENCE": ["bookingreferansen", "bestillingskoden", "referansekoden"],
        "FLIGHT_NUMBER": ["flightnummeret", "rutenummeret på flyet"],
        "TICKET_NUMBER": ["billettnummeret", "e-billettnummeret"],
    },
    "ru": {
        "PERSON": ["ФИО", "имя и фамилию", "ваше имя полностью"],
        "EMAIL_ADDRESS": ["электронную почту", "адрес почты", "e-mail", "имейл"],
        "PHONE_NUMBER": ["номер телефона", "контактный телефон", "мобильный"],
        "BANK_ACCOUNT": ["номер счёта", "номер вашего счёта", "20-значный номер счёта"],
        "CREDIT_CARD": ["номер карты", "номер банковской карты"],
        "DATE_OF_BIRTH": ["дату рождения", "вашу дату рождения"],
        "PASSPORT": ["номер загранпаспорта", "серию и номер загранпаспорта", "номер паспорта"],
        "NATIONAL_ID": ["СНИЛС", "номер СНИЛС"],
        "INN": ["ИНН", "ваш ИНН"],
        "LOCATION": ["адрес", "адрес проживания", "почтовый адрес"],
        "BOOKING_REFERENCE": ["номер бронирования", "код брони", "код бронирования"],
        "FLIGHT_NUMBER": ["номер рейса", "рейс"],
        "TICKET_NUMBER": ["номер билета", "номер электронного билета"],
    },
}

ASK = {
    "en": ["Could you give me your {n}?", "What's your {n}, please?", "can I grab your {n}?", "And your {n}?",
           "I'll also need your {n}.", "Please confirm your {n}.", "Mind sending me your {n}?",
           "Could you type out your {n} for me?", "Next up: your {n}?", "Do you have your {n} to hand?",
           "Would you pop your {n} in the chat?", "Let me take your {n} first.", "Sorry, what was your {n} again?"],
    "nl": ["Wat is uw {n}?", "Mag ik uw {n}?", "Kunt u uw {n} doorgeven?", "En je {n}?", "Wat is je {n} even?",
           "Kun je je {n} hier typen?", "Ik heb ook nog uw {n} nodig.", "Heeft u uw {n} bij de hand?",
           "Wil je je {n} even sturen?", "Graag nog uw {n}.", "Mag ik je {n} noteren?", "Kunt u mij uw {n} geven?",
           "Wat was je {n} ook alweer?"],
    "nb": ["Kan du gi meg {n}?", "Hva er {n}?", "Og {n}?", "Trenger {n} også.", "Kan du skrive {n} her?",
           "Har du {n} tilgjengelig?", "Hva var {n} igjen?", "Kan du sende meg {n}?", "Jeg må ha {n} for å finne deg.",
           "Fint om du oppgir {n}.", "Kan jeg få {n}?", "Vil du skrive inn {n} her i chatten?", "Kunne du bekreftet {n}?"],
    "ru": ["Подскажите, пожалуйста, {n}.", "Назовите {n}.", "Напишите {n}, пожалуйста.", "Уточните {n}?",
           "Продиктуйте {n}.", "Можно {n}?", "А {n}?", "Пришлите, пожалуйста, {n}.", "Укажите {n}.",
           "Скиньте {n} сюда в чат.", "Сообщите {n}, пожалуйста.", "Напомните {n}?", "Мне нужно проверить {n}, напишите, пожалуйста."],
}
# type-specific whole questions (added to the frames above)
ASK_SPECIAL = {
    "en": {"DATE_OF_BIRTH": ["When were you born?", "and you were born when?", "What's the birthday on the account?"],
           "PERSON": ["Who am I speaking with?", "What name is it under?", "And who's the lead guest?"],
           "PHONE_NUMBER": ["What's a good number to call you back on?", "Which number can the driver ring?"],
           "EMAIL_ADDRESS": ["Where should I email the confirmation?", "What email did you sign up with?"],
           "LOCATION": ["Where do you live?", "What's the address on file?"]},
    "nl": {"DATE_OF_BIRTH": ["Wanneer bent u geboren?", "Wat is je geboortedag?", "En wanneer ben je jarig, incl. jaartal?"],
           "PERSON": ["Met wie spreek ik?", "Op welke naam staat het?", "Wie is de hoofdboeker?"],
           "PHONE_NUMBER": ["Op welk nummer kunnen we je terugbellen?", "Welk nummer mag de chauffeur bellen?"],
           "EMAIL_ADDRESS": ["Naar welk mailadres mag de bevestiging?", "Met welk e-mailadres heb je je aangemeld?"],
           "LOCATION": ["Waar woon je?", "Wat is het adres bij ons in het systeem?"]},
    "nb": {"DATE_OF_BIRTH": ["Når er du født?", "Hvilken dato er du født?", "Og fødselsdato, med årstall?"],
           "PERSON": ["Hvem snakker jeg med?", "Hvilket navn står bestillingen på?", "Hvem er hovedperson på bestillingen?"],
           "PHONE_NUMBER": ["Hvilket nummer kan vi ringe deg tilbake på?", "Hvilket nummer kan sjåføren ringe?"],
           "EMAIL_ADDRESS": ["Hvor skal jeg sende bekreftelsen på e-post?", "Hvilken e-post registrerte du deg med?"],
           "LOCATION": ["Hvor bor du?", "Hvilken adresse har vi registrert på deg?"]},
    "ru": {"DATE_OF_BIRTH": ["Когда вы родились?", "Какого вы года рождения, и число?", "Дата рождения у вас какая?"],
           "PERSON": ["Как к вам обращаться?", "На кого оформлено?", "Кто основной заказчик?"],
           "PHONE_NUMBER": ["По какому номеру вам перезвонить?", "Какой номер дать курьеру?"],
           "EMAIL_ADDRESS": ["На какую почту отправить подтверждение?", "На какую почту регистрировались?"],
           "LOCATION": ["Где вы проживаете?", "Какой адрес у вас указан?"]},
}
# where-to-send questions (address without a cue in the answer)
SEND = {
    "en": ["Where should we send {t}?", "where do you want {t} sent?", "Where can we deliver {t}?", "And where should {t} go?",
           "Where would you like us to post {t}?", "Where do we ship {t} to?", "Where shall I have {t} sent?",
           "Where should the courier bring {t}?", "Great, and where's {t} going?", "Where do you want {t} posted to?"],
    "nl": ["Waar mogen we {t} naartoe sturen?", "Waar wil je {t} ontvangen?", "Waar kunnen we {t} bezorgen?",
           "Waar moet {t} heen?", "Waar sturen we {t} naartoe?", "Waar mag de koerier {t} afleveren?",
           "Waar kunnen we {t} heen posten?", "Naar waar mag {t}?", "En waar moet {t} naartoe?", "Waar wil je dat we {t} sturen?"],
    "nb": ["Hvor skal vi sende {t}?", "Hvor vil du ha {t} sendt?", "Hvor skal {t} leveres?", "Hvor kan vi sende {t}?",
           "Hvor skal vi poste {t}?", "Hvor vil du motta {t}?", "Hvor skal budet levere {t}?", "Hvor sender vi {t}?",
           "Og hvor skal {t}?", "Hvor ønsker du {t} levert?"],
    "ru": ["Куда отправить {t}?", "Куда вам прислать {t}?", "Куда доставить {t}?", "Куда курьеру привезти {t}?",
           "Куда вам выслать {t}?", "Куда направить {t}?", "Куда отправим {t}?", "А {t} куда везти?",
           "Куда вам удобнее получить {t}?", "Хорошо, а куда отправлять {t}?"],
}
SEND_PREFIX = {
    "en": ["", "", "", "to ", "pls send to ", "send it to ", "um ", "oh, "],
    "nl": ["", "", "", "naar ", "graag naar ", "stuur maar naar ", "ehm ", "oh "],
    "nb": ["", "", "", "til ", "send til ", "kan sendes til ", "eh ", "åja "],
    "ru": ["", "", "", "на ", "пришлите на ", "везите на ", "эээ ", "ой, "],
}
SEND_SUFFIX = {
    "en": ["", "", " thanks", " ta", " 🙏", ", cheers", " (back door pls)"],
    "nl": ["", "", " dankje", " bvd", " 🙏", ", thx", " (achterom graag)"],
    "nb": ["", "", " takk", " tusen takk", " 🙏", ", takk skal du ha", " (ring på hos naboen)"],
    "ru": ["", "", " спасибо", " спс", " 🙏", ", заранее спасибо", " (домофон не работает)"],
}
# bare answers: the value alone, or with filler that is no cue
BARE = {
    "en": ["{v}", "{v}", "{v}", "{v}.", "ok {v}", "sure, {v}", "{v} 👍", "here you go: {v}", "yep {v}", "{v} i think",
           "it's {v}", "{v} !", "hmm {v}"],
    "nl": ["{v}", "{v}", "{v}", "{v}.", "ok {v}", "tuurlijk, {v}", "{v} 👍", "alsjeblieft: {v}", "ja {v}", "{v} denk ik",
           "is {v}", "{v}!", "ehm {v}"],
    "nb": ["{v}", "{v}", "{v}", "{v}.", "ok {v}", "klart, {v}", "{v} 👍", "værsågod: {v}", "jepp {v}", "{v} tror jeg",
           "det er {v}", "{v}!", "hmm {v}"],
    "ru": ["{v}", "{v}", "{v}", "{v}.", "ок {v}", "конечно, {v}", "{v} 👍", "вот: {v}", "да, {v}", "{v} вроде",
           "это {v}", "{v}!", "ммм {v}"],
}
WAIT = {
    "en": ["one moment", "sec, let me look", "hang on it's in my other bag", "one min", "hold on, finding it",
           "just a sec 🙈", "gimme a moment", "let me check the email"],
    "nl": ["momentje", "sec, even kijken", "wacht even, zit in mijn andere tas", "ff zoeken", "moment, ik pak het erbij",
           "even geduld 🙈", "1 momentje", "ik check even de mail"],
    "nb": ["et øyeblikk", "sek, skal bare se", "vent litt, ligger i den andre vesken", "to sek", "et lite øyeblikk, finner det",
           "vent litt 🙈", "øyeblikk", "må sjekke mailen"],
    "ru": ["минутку", "сек, посмотрю", "подождите, оно в другой сумке", "щас найду", "одну секунду",
           "минуточку 🙈", "секунду", "сейчас гляну в почте"],
}
AGENT_WAIT = {
    "en": ["No rush.", "Take your time.", "Sure, I'll wait.", "No problem!"],
    "nl": ["Geen haast.", "Neem de tijd.", "Ik wacht even.", "Geen probleem!"],
    "nb": ["Ingen stress.", "Ta den tiden du trenger.", "Jeg venter.", "Null problem!"],
    "ru": ["Не торопитесь.", "Конечно, жду.", "Без проблем!", "Жду."],
}
BACK_Q = {  # the customer asks something back before answering
    "en": [("the one on the card or the one in the app?", "The one on the card, please."),
           ("do you mean mine or my partner's?", "Yours, please."),
           ("why do you need that?", "Just to verify it's you."),
           ("is that the same as the number on the letter?", "No, it's a different one, it's on your account.")],
    "nl": [("die op de pas of die in de app?", "Die op de pas graag."),
           ("van mij of van mijn vriend?", "Van u graag."),
           ("waarom hebben jullie dat nodig?", "Alleen om te controleren dat u het bent."),
           ("is dat hetzelfde als het nummer op de brief?", "Nee, dat is een ander nummer.")],
    "nb": [("det på kortet eller det i appen?", "Det på kortet."),
           ("mitt eller samboerens?", "Ditt, takk."),
           ("hvorfor trenger dere det?", "Bare for å bekrefte at det er deg."),
           ("er det samme som nummeret på brevet?", "Nei, det er et annet.")],
    "ru": [("тот, что на карте, или в приложении?", "Тот, что на карте."),
           ("мой или мужа?", "Ваш, пожалуйста."),
           ("а зачем вам?", "Чтобы подтвердить, что это вы."),
           ("это то же самое, что номер в письме?", "Нет, другой.")],
}
# first-person cue templates per type (plain class); {v} is the value
CUE = {
    "en": {
        "PERSON": ["my name is {v}", "this is {v}", "name's {v}", "it's {v} here", "booking is under {v}", "I'm {v}"],
        "EMAIL_ADDRESS": ["my email is {v}", "email: {v}", "you can mail me at {v}", "e-mail {v}", "it's {v} (email)"],
        "PHONE_NUMBER": ["my number is {v}", "mobile: {v}", "call me on {v}", "tel {v}", "my landline is {v}", "ring me on {v} after 5"],
        "IBAN_CODE": ["my IBAN is {v}", "IBAN: {v}", "pay it back to IBAN {v}", "iban {v}"],
        "BANK_ACCOUNT": ["sort code and account: {v}", "my account is {v}", "bank details {v}"],
        "CREDIT_CARD": ["card number is {v}", "card: {v}", "my visa is {v}", "put it on card {v}"],
        "DATE_OF_BIRTH": ["I was born on {v}", "DOB {v}", "date of birth: {v}", "born {v}", "my birthday's {v}"],
        "PASSPORT": ["passport number {v}", "my passport no. is {v}", "passport: {v}"],
        "NATIONAL_ID": ["my NI number is {v}", "NI: {v}", "national insurance no {v}"],
        "LOCATION": ["my address is {v}", "I live at {v}", "address: {v}", "we're at {v}"],
        "BOOKING_REFERENCE": ["booking ref is {v}", "reference {v}", "booking code: {v}", "the ref is {v}"],
        "FLIGHT_NUMBER": ["we're on flight {v}", "flight no {v}", "flight {v}"],
        "TICKET_NUMBER": ["ticket number {v}", "e-ticket: {v}", "my ticket no. is {v}"],
        "CUSTOMER_NUMBER": ["my {n} is {v}", "{n}: {v}", "{n} {v}", "I think the {n} is {v}"],
    },
    "nl": {
        "PERSON": ["mijn naam is {v}", "met {v}", "ik ben {v}", "het staat op naam van {v}", "u spreekt met {v}"],
        "EMAIL_ADDRESS": ["mijn mail is {v}", "e-mail: {v}", "mailen kan naar {v}", "email {v}", "mijn e-mailadres is {v}"],
        "PHONE_NUMBER": ["mijn nummer is {v}", "mobiel: {v}", "bel me op {v}", "tel {v}", "vast nummer: {v}", "ik ben bereikbaar op {v}"],
        "IBAN_CODE": ["mijn IBAN is {v}", "IBAN: {v}", "terugstorten op {v} graag", "rekeningnr {v}"],
        "BANK_ACCOUNT": ["rekeningnummer {v}"],
        "CREDIT_CARD": ["mijn creditcardnummer is {v}", "kaart: {v}", "creditcard {v}", "visa {v}"],
        "DATE_OF_BIRTH": ["ik ben geboren op {v}", "geb. {v}", "geboortedatum: {v}", "geboren {v}", "ik ben van {v}"],
        "PASSPORT": ["paspoortnummer {v}", "mijn paspoortnr is {v}", "paspoort: {v}"],
        "NATIONAL_ID": ["mijn BSN is {v}", "BSN: {v}", "burgerservicenummer {v}"],
        "LOCATION": ["mijn adres is {v}", "ik woon op {v}", "adres: {v}", "wij wonen aan de {v}"],
        "BOOKING_REFERENCE": ["boekingscode is {v}", "reserveringscode {v}", "boekingsnr: {v}"],
        "FLIGHT_NUMBER": ["we vliegen met {v}", "vluchtnummer {v}", "vlucht {v}"],
        "TICKET_NUMBER": ["ticketnummer {v}", "e-ticket: {v}"],
        "CUSTOMER_NUMBER": ["mijn {n} is {v}", "{n}: {v}", "{n} {v}", "volgens mij is mijn {n} {v}"],
    },
    "nb": {
        "PERSON": ["jeg heter {v}", "det er {v} her", "navnet er {v}", "bestillingen står på {v}", "mitt navn er {v}"],
        "EMAIL_ADDRESS": ["e-posten min er {v}", "e-post: {v}", "send til mailen min {v}", "mail {v}", "epost {v}"],
        "PHONE_NUMBER": ["nummeret mitt er {v}", "mobil: {v}", "ring meg på {v}", "tlf {v}", "fasttelefon: {v}", "jeg kan nås på {v}"],
        "IBAN_CODE": ["IBAN: {v}", "IBAN-nummeret mitt er {v}", "iban {v}"],
        "BANK_ACCOUNT": ["kontonummeret mitt er {v}", "kontonr: {v}", "betal tilbake til konto {v}", "konto {v}"],
        "CREDIT_CARD": ["kortnummeret er {v}", "kort: {v}", "visa {v}", "bruk kortet {v}"],
        "DATE_OF_BIRTH": ["jeg er født {v}", "f. {v}", "fødselsdato: {v}", "født {v}", "bursdagen min er {v}"],
        "PASSPORT": ["passnummer {v}", "passnummeret mitt er {v}", "pass: {v}"],
        "NATIONAL_ID": ["fødselsnummeret mitt er {v}", "fnr: {v}", "personnummer {v}"],
        "LOCATION": ["adressen min er {v}", "jeg bor i {v}", "adresse: {v}", "vi bor i {v}"],
        "BOOKING_REFERENCE": ["bookingreferansen er {v}", "referanse {v}", "bestillingskode: {v}"],
        "FLIGHT_NUMBER": ["vi flyr med {v}", "flightnr {v}", "fly {v}"],
        "TICKET_NUMBER": ["billettnummer {v}", "e-billett: {v}"],
        "CUSTOMER_NUMBER": ["{n}et mitt er {v}", "{n}: {v}", "{n} {v}", "tror {n}et er {v}"],
    },
    "ru": {
        "PERSON": ["меня зовут {v}", "это {v}", "ФИО: {v}", "пишет {v}", "я — {v}"],
        "EMAIL_ADDRESS": ["моя почта {v}", "почта: {v}", "пишите на {v}", "e-mail {v}", "емейл {v}"],
        "PHONE_NUMBER": ["мой номер {v}", "мобильный: {v}", "звоните на {v}", "тел. {v}", "домашний: {v}", "я на связи по {v}"],
        "BANK_ACCOUNT": ["номер счёта {v}", "счёт: {v}", "верните на счёт {v}"],
        "CREDIT_CARD": ["номер карты {v}", "карта: {v}", "спишите с карты {v}"],
        "DATE_OF_BIRTH": ["я родилась {v}", "я родился {v}", "д.р. {v}", "дата рождения: {v}", "родился {v}"],
        "PASSPORT": ["загранпаспорт {v}", "номер паспорта {v}", "паспорт: {v}"],
        "NATIONAL_ID": ["мой СНИЛС {v}", "СНИЛС: {v}", "снилс {v}"],
        "INN": ["мой ИНН {v}", "ИНН: {v}", "инн {v}"],
        "LOCATION": ["мой адрес {v}", "живу по адресу {v}", "адрес: {v}", "мы живём: {v}"],
        "BOOKING_REFERENCE": ["код брони {v}", "номер бронирования {v}", "бронь: {v}"],
        "FLIGHT_NUMBER": ["летим рейсом {v}", "рейс {v}", "номер рейса {v}"],
        "TICKET_NUMBER": ["номер билета {v}", "эл. билет: {v}"],
        "CUSTOMER_NUMBER": ["мой {n} {v}", "{n}: {v}", "{n} — {v}", "кажется, {n} {v}"],
    },
}
GREET = {
    "en": ["Hi, you're chatting with {a} at {co}. How can I help?", "Hello and welcome to {co}! I'm {a}.",
           "Good morning, {co} support, {a} speaking.", "Hey there 👋 {a} from {co} here, what can I do for you?",
           "Thanks for contacting {co}. My name is {a}, how can I help today?"],
    "nl": ["Hoi, je chat met {a} van {co}. Waarmee kan ik helpen?", "Goedemiddag, welkom bij {co}! Ik ben {a}.",
           "Goedemorgen, klantenservice {co}, u spreekt met {a}.", "Hallo 👋 {a} hier van {co}, wat kan ik voor je doen?",
           "Bedankt voor je bericht aan {co}. Mijn naam is {a}, hoe kan ik helpen?"],
    "nb": ["Hei, du chatter med {a} i {co}. Hva kan jeg hjelpe med?", "Hei og velkommen til {co}! Jeg heter {a}.",
           "God morgen, kundeservice i {co}, {a} her.", "Hei 👋 {a} fra {co} her, hva kan jeg gjøre for deg?",
           "Takk for at du kontakter {co}. Mitt navn er {a}, hvordan kan jeg hjelpe?"],
    "ru": ["Здравствуйте, вы в чате {co}, меня зовут {a}. Чем помочь?", "Добрый день! {co}, оператор {a}.",
           "Доброе утро, поддержка {co}, на связи {a}.", "Привет 👋 Это {a} из {co}, чем могу помочь?",
           "Спасибо за обращение в {co}. Меня зовут {a}, слушаю вас."],
}
OPEN = {
    "en": ["hi, it's about {x}", "hello! question about {x}", "hiya, I need help with {x} pls", "Hi. Ringing—well typing—about {x}.",
           "morning, can you help me with {x}?", "hi there, bit confused about {x}", "hello, writing about {x} 🙂"],
    "nl": ["hoi, het gaat over {x}", "hallo! vraagje over {x}", "goedemiddag, ik heb hulp nodig met {x}", "Hoi. Ik mail—eh chat—over {x}.",
           "morgen, kunnen jullie me helpen met {x}?", "hallo, snap iets niet over {x}", "hey, ik kom voor {x} 🙂"],
    "nb": ["hei, det gjelder {x}", "hallo! spørsmål om {x}", "hei, trenger hjelp med {x}", "Hei. Skriver angående {x}.",
           "god morgen, kan dere hjelpe meg med {x}?", "hei, lurer på noe om {x}", "heisann, gjelder {x} 🙂"],
    "ru": ["здравствуйте, вопрос про {x}", "добрый день! у меня вопрос про {x}", "привет, нужна помощь, тема: {x}", "Здравствуйте. Пишу по теме: {x}.",
           "доброе утро, помогите, пожалуйста: {x}", "здрасте, хочу уточнить про {x}", "добрый вечер, я по вопросу: {x} 🙂"],
}
ACK = {
    "en": ["Thanks!", "Got it, thank you.", "Perfect.", "Lovely, thanks.", "Great, one moment while I check.", "Thank you, noted.", "👍 thanks"],
    "nl": ["Dank je!", "Top, dank u.", "Perfect.", "Helder, bedankt.", "Fijn, ik kijk even.", "Dank, genoteerd.", "👍 thx"],
    "nb": ["Takk!", "Den er god, takk.", "Perfekt.", "Supert, takk.", "Fint, jeg sjekker.", "Takk, notert.", "👍 takk"],
    "ru": ["Спасибо!", "Принято, спасибо.", "Отлично.", "Хорошо, спасибо.", "Минутку, проверяю.", "Записала, спасибо.", "👍 спасибо"],
}
CLOSE_A = {
    "en": ["Anything else I can help with?", "All sorted! Anything else?", "That's done. Is there anything else today?"],
    "nl": ["Kan ik nog ergens anders mee helpen?", "Alles geregeld! Nog iets?", "Dat staat. Verder nog iets?"],
    "nb": ["Noe mer jeg kan hjelpe med?", "Alt ordnet! Noe annet?", "Da er det gjort. Var det noe mer?"],
    "ru": ["Могу ещё чем-то помочь?", "Всё готово! Что-то ещё?", "Сделано. Есть ещё вопросы?"],
}
CLOSE_C = {
    "en": ["no that's all thanks", "nope, cheers!", "that's it, thank you so much 🙏", "all good ta", "no thanks, bye"],
    "nl": ["nee dat was het, dank je", "nee hoor, top!", "dat was alles, heel erg bedankt 🙏", "nee, fijne dag", "nee bedankt, doei"],
    "nb": ["nei, det var alt, takk", "nei takk, ha det!", "det var alt, tusen takk 🙏", "alt i orden, takk", "nei, ha en fin dag"],
    "ru": ["нет, это всё, спасибо", "нет, спасибо!", "всё, большое спасибо 🙏", "всё хорошо, спасибо", "нет, до свидания"],
}
SPLIT_CUE = {  # what customers type with a cut value
    "en": (["", "", "it's ", "ok ", "right so "], ["", "", "...", " -"], ["", "", "sorry pressed enter ", "and ", "cont. "]),
    "nl": (["", "", "het is ", "ok ", "dus "], ["", "", "...", " -"], ["", "", "sorry te vroeg op enter ", "en ", "verder: "]),
    "nb": (["", "", "det er ", "ok ", "altså "], ["", "", "...", " -"], ["", "", "sorry trykket enter ", "og ", "fortsetter: "]),
    "ru": (["", "", "это ", "ок ", "значит "], ["", "", "...", " -"], ["", "", "ой, рано отправил ", "и ", "дальше: "]),
}
CORRECT = {
    "en": ["sorry typo, it's {v}", "*{v}", "wait no, {v}", "oops last one was wrong: {v}", "correction: {v}", "ugh autocorrect. {v}"],
    "nl": ["sorry typfout, het is {v}", "*{v}", "nee wacht, {v}", "oeps vorige klopt niet: {v}", "correctie: {v}", "stomme autocorrect. {v}"],
    "nb": ["sorry skrivefeil, det er {v}", "*{v}", "nei vent, {v}", "ops, forrige var feil: {v}", "rettelse: {v}", "autokorrektur... {v}"],
    "ru": ["извините, опечатка, {v}", "*{v}", "ой нет, {v}", "предыдущее неверно: {v}", "поправка: {v}", "автозамена... {v}"],
}
SPLIT_AGENT = {
    "en": ["Go on…", "mhm", "I think part of it is missing?", "Got the first part."],
    "nl": ["Ga door…", "mhm", "Ik denk dat er een stuk mist?", "Eerste deel heb ik."],
    "nb": ["Fortsett…", "mhm", "Tror det mangler litt?", "Har fått første del."],
    "ru": ["Продолжайте…", "угу", "Кажется, не всё пришло?", "Первую часть вижу."],
}
EMAIL_WORDS = {  # at-words and dot-words customers really type
    "en": (["at", "(at)", "[at]", "AT", "at sign"], ["dot", "(dot)", "dot", "DOT", "full stop"]),
    "nl": (["apenstaartje", "apestaart", "at", "(at)", "apenstaart"], ["punt", "punt", "(punt)", "dot", "puntje"]),
    "nb": (["alfakrøll", "krøllalfa", "at", "(at)", "krøll-a"], ["punktum", "prikk", "dot", "punkt", "prikk"]),
    "ru": (["собака", "собачка", "эт", "(at)", "собака"], ["точка", "точка", "тчк", "dot", "точка"]),
}
NUMBER_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "nl": ["nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "nb": ["null", "én", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni"],
    "ru": ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"],
}
NUMBER_WORDS_ALT = {"en": {"0": "oh"}, "nl": {"1": "een"}, "nb": {"7": "syv", "1": "en"}, "ru": {"1": "раз"}}
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
GLYPH = {"0": ["O", "О", "o"], "1": ["l", "I", "|"], "3": ["З"], "5": ["S"], "8": ["B"], "A": ["А"], "B": ["В"],
         "C": ["С"], "E": ["Е"], "H": ["Н"], "K": ["К"], "M": ["М"], "O": ["О"], "P": ["Р"], "T": ["Т"], "X": ["Х"]}
LIST_ASK = {
    "en": ["Could you send me the name, date of birth and {d} of everyone {w}?", "Please list everyone {w}: full name, DOB and {d}.",
           "I need each person {w}: name + date of birth + {d}.", "Who's {w}? Names, birth dates and {d} please.",
           "Can you give me the details for all of you {w} (name, DOB, {d})?", "Right, let's do the names, DOBs and {d}s of everyone {w}."],
    "nl": ["Kun je de naam, geboortedatum en het {d} sturen van iedereen {w}?", "Graag van iedereen {w}: volledige naam, geb.datum en {d}.",
           "Ik heb per persoon {w} nodig: naam + geboortedatum + {d}.", "Wie gaan er {w}? Namen, geboortedata en {d} graag.",
           "Mag ik de gegevens van iedereen {w} (naam, geb. datum, {d})?", "Oké, dan de namen, geboortedata en {d}s van iedereen {w}."],
    "nb": ["Kan du sende navn, fødselsdato og {d} for alle {w}?", "List opp alle {w}: fullt navn, fødselsdato og {d}.",
           "Jeg trenger for hver person {w}: navn + fødselsdato + {d}.", "Hvem er {w}? Navn, fødselsdatoer og {d} takk.",
           "Kan jeg få opplysningene for alle {w} (navn, f.dato, {d})?", "Ok, da tar vi navn, fødselsdato og {d} for alle {w}."],
    "ru": ["Пришлите, пожалуйста, ФИО, дату рождения и {d} всех, {w}.", "Перечислите всех, {w}: ФИО, д.р. и {d}.",
           "Мне нужны данные каждого, {w}: имя + дата рождения + {d}.", "Кто {w}? Имена, даты рождения и {d}, пожалуйста.",
           "Можно данные на всех, {w} (ФИО, д.р., {d})?", "Хорошо, тогда имена, даты рождения и {d} всех, {w}."],
}
LIST_WHO = {
    "en": ["travelling", "on the booking", "taking part", "on the account", "coming along"],
    "nl": ["die meereist", "op de boeking", "die meedoet", "op het account", "die meegaat"],
    "nb": ["som reiser", "på bestillingen", "som deltar", "på kontoen", "som blir med"],
    "ru": ["кто едет", "кто в заказе", "кто участвует", "кто вписан в договор", "кто с вами"],
}
DOC_NOUN = {
    "PASSPORT": {"en": "passport number", "nl": "paspoortnummer", "nb": "passnummer", "ru": "номер загранпаспорта"},
    "NATIONAL_ID": {"en": "NI number", "nl": "BSN", "nb": "fødselsnummer", "ru": "СНИЛС"},
    "CUSTOMER_NUMBER": {"en": "member number", "nl": "lidnummer", "nb": "medlemsnummer", "ru": "номер участника"},
}
RELATION = {
    "en": ["me", "my wife", "my husband", "our son", "our daughter", "my mum", "my partner", "my friend"],
    "nl": ["ik", "mijn vrouw", "mijn man", "onze zoon", "onze dochter", "mijn moeder", "mijn vriendin", "schoonvader"],
    "nb": ["meg", "kona", "mannen min", "sønnen vår", "datteren vår", "mamma", "samboeren min", "svigerfar"],
    "ru": ["я", "жена", "муж", "сын", "дочь", "мама", "подруга", "тесть"],
}
# which relation words name a woman (True) or a man (False); the others either
RELATION_F = {
    "en": {"my wife": True, "my husband": False, "our son": False, "our daughter": True, "my mum": True},
    "nl": {"mijn vrouw": True, "mijn man": False, "onze zoon": False, "onze dochter": True, "mijn moeder": True, "mijn vriendin": True, "schoonvader": False},
    "nb": {"kona": True, "mannen min": False, "sønnen vår": False, "datteren vår": True, "mamma": True, "svigerfar": False},
    "ru": {"жена": True, "муж": False, "сын": False, "дочь": True, "мама": True, "подруга": True, "тесть": False},
}
AND = {"en": "and", "nl": "en", "nb": "og", "ru": "и"}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "nb": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
}
MONTHS_SHORT = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "nb": ["jan.", "feb.", "mar.", "apr.", "mai", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "des."],
    "ru": ["янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"],
}
BRANCHES = {
    "en": ["Leeds", "Norwich", "Bristol", "Croydon", "Swindon"],
    "nl": ["Utrecht", "Eindhoven", "Leiden", "Hoorn", "Zutphen"],
    "nb": ["Drammen", "Sandnes", "Tromsø", "Skien", "Moss"],
    "ru": ["Твери", "Казани", "Самаре", "Перми", "Туле"],
}
EMOJI = ["🙂", "😅", "🙏", "👍", "😊", "🤞", "😬"]


def plan(lang: str) -> list[str]:
    """The class of each conversation of ``lang``, in id order (shuffled, 25 each)."""
    order = [c for c in CLASSES for _ in range(PER_CLASS)]
    random.Random(f"{SEED}-plan-{lang}").shuffle(order)
    return order


# ---------------------------------------------------------------------------------------
# value makers
# ---------------------------------------------------------------------------------------


class Values:
    def __init__(self, rng: random.Random, lang: str):
        self.r, self.lang = rng, lang

    def d(self, n: int, first_nonzero: bool = True) -> str:
        s = "".join(self.r.choice("0123456789") for _ in range(n))
        return (str(self.r.randint(1, 9)) + s[1:]) if first_nonzero and s[0] == "0" else s

    def person(self, female: bool | None = None, style: int | None = None) -> tuple[str, str, str, bool]:
        """(full name as written, first, last, female)."""
        r, lang = self.r, self.lang
        fem = r.random() < 0.5 if female is None else female
        first = r.choice(FIRST_F[lang] if fem else FIRST_M[lang])
        if lang == "ru":
            m, f = r.choice(RU_LAST)
            last = f if fem else m
            pm, pf = r.choice(RU_PATR)
            patr = pf if fem else pm
            s = r.randint(0, 3) if style is None else style
            full = [f"{first} {last}", f"{last} {first} {patr}", f"{first} {patr} {last}", f"{last} {first}"][s]
        else:
            last = r.choice(LAST[lang])
            if lang == "nl" and r.random() < 0.3:  # tussenvoegsel written with a capital when the first name is left out
                last_cap = last[0].upper() + last[1:]
                full = f"{first} {last}" if style != 1 else last_cap
            else:
                full = f"{first} {last}"
        return full, first, last, fem

    def email(self, first: str, last: str) -> str:
        f, la = asciify(first), asciify(last)
        r = self.r
        local = r.choice([f"{f}.{la}", f"{f[0]}{la}", f"{f}{la}{r.randint(1, 99)}", f"{la}.{f}", f"{f}_{la}",
                          f"{f}{r.randint(70, 99)}", f"{la}{f[0]}"])
        return f"{local}@{r.choice(DOMAINS[self.lang])}"

    def phone(self, mobile: bool | None = None, fmt: int | None = None) -> str:
        r, lang = self.r, self.lang
        mob = r.random() < 0.65 if mobile is None else mobile
        for _ in range(1000):
            if lang == "en":
                nat = ("7" + r.choice("3456789") + self.d(8, False)) if mob else r.choice(["113", "161", "117", "1223", "1392", "1905"]) + self.d(6, False)
                if not mob and len(nat) < 10:
                    nat += self.d(10 - len(nat), False)
            elif lang == "nl":
                nat = ("6" + self.d(8, False)) if mob else r.choice(["10", "20", "30", "50", "33", "53", "70"]) + self.d(7, False)
            elif lang == "nb":
                nat = (r.choice("49") + self.d(7, False)) if mob else r.choice(["22", "23", "55", "73", "38", "61", "75"]) + self.d(6, False)
            else:
                nat = ("9" + r.choice("0123569") + self.d(8, False)) if mob else r.choice(["495", "812", "4852", "8172", "3952"]) + self.d(6, False)
                nat = nat[:10]
                if len(nat) < 10:
                    nat += self.d(10 - len(nat), False)
            num = phonenumbers.parse(nat, REGION[lang])
            if phonenumbers.is_valid_number(num):
                break
        f = r.randint(0, 4) if fmt is None else fmt
        if f == 0:
            out = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        elif f == 1:
            out = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        elif f == 2:
            out = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
        elif f == 3:
            out = {"en": "0" + nat, "nl": "0" + nat[:2] + "-" + nat[2:] if not mob else "06-" + nat[1:], "nb": nat[:2] + " " + nat[2:4] + " " + nat[4:6] + " " + nat[6:],
                   "ru": "8" + nat}[lang]
        else:
            out = {"en": "+44 (0)" + nat[:4] + " " + nat[4:], "nl": "0031 " + nat, "nb": "0047 " + nat,
                   "ru": f"8 ({nat[:3]}) {nat[3:6]}-{nat[6:8]}-{nat[8:]}"}[lang]
        assert phonenumbers.is_valid_number(phonenumbers.parse(out, REGION[lang])), out
        return out

    def iban(self) -> str:
        country = {"en": "GB", "nl": "NL", "nb": "NO"}[self.lang]
        v = iban(self.r, country)
        return v.replace(" ", "") if self.r.random() < 0.3 else v

    def bank(self) -> str:
        r = self.r
        if self.lang == "nb":
            k = no_kontonr(r)
            return r.choice([f"{k[:4]}.{k[4:6]}.{k[6:]}", f"{k[:4]} {k[4:6]} {k[6:]}", k])
        if self.lang == "ru":
            return "40817810" + self.d(12, False)
        return f"{self.d(2)}-{self.d(2, False)}-{self.d(2, False)} {self.d(8)}"

    def money_type(self) -> str:
        return {"en": self.r.choice(["IBAN_CODE", "BANK_ACCOUNT"]), "nl": "IBAN_CODE", "nb": self.r.choice(["IBAN_CODE", "BANK_ACCOUNT"]), "ru": "BANK_ACCOUNT"}[self.lang]

    def card(self) -> str:
        r = self.r
        prefix = r.choice(["4", "51", "55", "2200"] if self.lang == "ru" else ["4", "51", "53", "55"])
        body = prefix + self.d(15 - len(prefix), False)
        total = 0
        for i, c in enumerate(reversed(body)):
            n = int(c) * (1 if i % 2 else 2)
            total += n - 9 if n > 9 else n
        v = body + str((10 - total % 10) % 10)
        sep = r.choice([" ", " ", "-", ""])
        return sep.join(v[i : i + 4] for i in range(0, 16, 4))

    def dob(self, future: bool = False) -> str:
        r, lang = self.r, self.lang
        d, m = r.randint(1, 28), r.randint(1, 12)
        y = r.choice([2026, 2027]) if future else r.randint(1944, 2015)
        mon, ms = MONTHS[lang][m - 1], MONTHS_SHORT[lang][m - 1]
        forms = {
            "en": [f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{mon} {d}, {y}", f"{d}{ordinal(d)} of {mon} {y}", f"{d}/{m}/{str(y)[2:]}", f"{d} {ms} {y}", f"{d}.{m}.{y}"],
            "nl": [f"{d:02d}-{m:02d}-{y}", f"{d} {mon} {y}", f"{d}-{m}-{str(y)[2:]}", f"{d:02d}/{m:02d}/{y}", f"{d} {ms} {y}", f"{d:02d}.{m:02d}.{y}", f"{d}-{m}-{y}"],
            "nb": [f"{d:02d}.{m:02d}.{y}", f"{d}. {mon} {y}", f"{d}.{m}.{str(y)[2:]}", f"{d}/{m}-{y}", f"{d}. {ms} {y}", f"{d:02d}.{m:02d}.{str(y)[2:]}", f"{d}.{m}.{y}"],
            "ru": [f"{d:02d}.{m:02d}.{y}", f"{d} {mon} {y}", f"{d} {mon} {y} г.", f"{d:02d}.{m:02d}.{str(y)[2:]}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{d} {ms} {y}"],
        }[lang]
        return r.choice(forms)

    def passport(self) -> str:
        r = self.r
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        if self.lang == "nl":
            return r.choice("NB") + r.choice(L) + "".join(r.choice(L + "0123456789") for _ in range(6)) + r.choice("0123456789")
        if self.lang == "nb":
            return r.choice(["FH", "FK", "FP", "FS", "FN"]) + self.d(7, False)
        if self.lang == "ru":
            return r.choice([f"{r.randint(70, 76)} {self.d(7)}", f"{r.randint(70, 76)}{self.d(7)}", f"{r.randint(70, 76)} № {self.d(7)}"])
        return r.choice([self.d(9), self.d(9), "GB" + self.d(7)])

    def nid(self) -> tuple[str, str]:
        """(value, noun key): NATIONAL_ID, or INN in Russian."""
        r = self.r
        if self.lang == "nl":
            v = nl_bsn(r)
            return r.choice([v, f"{v[:4]}.{v[4:6]}.{v[6:]}", f"{v[:3]} {v[3:6]} {v[6:]}"]), "NATIONAL_ID"
        if self.lang == "nb":
            v, _ = no_fnr(r)
            return r.choice([v, f"{v[:6]} {v[6:]}"]), "NATIONAL_ID"
        if self.lang == "ru":
            if r.random() < 0.5:
                return ru_inn(r), "INN"
            v = ru_snils(r)
            return r.choice([v, v.replace("-", "").replace(" ", "")]), "NATIONAL_ID"
        a = r.choice("ABCEGHJKLMNPRSTWXYZ") + r.choice("ABCEGHJKLMNPRSTWXYZ")
        while a in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            a = r.choice("ABCEHJKLMPRSTWXYZ") + r.choice("ABCEHJKLMPRSTWXYZ")
        return f"{a} {self.d(2)} {self.d(2, False)} {self.d(2, False)} {r.choice('ABCD')}", "NATIONAL_ID"

    def booking(self) -> str:
        a = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        while True:
            v = "".join(self.r.choice(a) for _ in range(6))
            if any(c.isdigit() for c in v) and any(c.isalpha() for c in v):
                return v

    def flight(self) -> str:
        code = self.r.choice({"en": ["BA", "EZY", "LS", "VS"], "nl": ["KL", "HV", "TB", "OR"], "nb": ["SK", "DY", "WF", "LH"], "ru": ["SU", "S7", "U6", "DP"]}[self.lang])
        code = code[:2] if code == "EZY" else code
        return self.r.choice([f"{code}{self.r.randint(100, 2999)}", f"{code} {self.r.randint(10, 999)}", f"{code}-{self.r.randint(100, 1999)}"])

    def ticket(self) -> str:
        p = self.r.choice(["125", "074", "117", "555", "057", "220"])
        rest = self.d(10, False)
        return self.r.choice([p + rest, f"{p}-{rest}", f"{p} {rest[:4]} {rest[4:]}"])

    def cust(self, fmt: str) -> str:
        out = fmt
        for k in ("d8", "d7", "d6", "d5", "d4", "d2"):
            while "{" + k + "}" in out:
                out = out.replace("{" + k + "}", self.d(int(k[1])), 1)
        for k in ("L3", "L2", "L1"):
            while "{" + k + "}" in out:
                out = out.replace("{" + k + "}", "".join(self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(int(k[1]))), 1)
        return out.lower() if self.r.random() < 0.15 else out

    def address(self, lower: bool = True) -> str:
        r, lang = self.r, self.lang
        street = r.choice(STREETS[lang])
        town, pc = r.choice(TOWNS[lang])
        no = str(r.randint(1, 160)) + r.choice(["", "", "", "a" if lang != "ru" else "а", "b" if lang != "ru" else "к2"])
        if lang == "en":
            s = r.choice([f"{no} {street}, {town} {pc}", f"{no} {street}\n{town}\n{pc}", f"flat {r.randint(1, 12)}, {no} {street}, {town}",
                          f"{no} {street} {town} {pc.replace(' ', '')}", f"{no} {street}, {town}"])
        elif lang == "nl":
            pcs = pc.replace(" ", "") if r.random() < 0.5 else pc
            s = r.choice([f"{street} {no} {pcs} {town}", f"{street} {no}, {pcs} {town}", f"{street} {no}\n{pcs} {town}",
                          f"{street} {no}-{r.randint(1, 3)}, {town}", f"{street} {no} in {town}"])
        elif lang == "nb":
            s = r.choice([f"{street} {no}, {pc} {town}", f"{street} {no} {pc} {town}", f"{street} {no}\n{pc} {town}",
                          f"{street} {no} H0{r.randint(1, 3)}0{r.randint(1, 4)}, {pc} {town}", f"{street} {no}, {town}"])
        else:
            apt = r.randint(1, 240)
            s = r.choice([f"г. {town}, {street}, д. {no}, кв. {apt}", f"{street} {no}-{apt}, {town}",
                          f"{pc}, {town}, {street}, д.{no}, кв {apt}", f"{town}, {street} {no}, кв. {apt}", f"{street}, {no}, кв {apt}, г {town}"])
        return s.lower() if lower else s


def ordinal(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i", "й": "y",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ы": "y", "э": "e", "ю": "yu", "я": "ya", "ь": "", "ъ": "",
    "ø": "o", "å": "aa", "æ": "ae", "é": "e", "'": "", " ": "", "-": "",
})  # fmt: skip


def asciify(s: str) -> str:
    return s.lower().translate(TRANSLIT)


# ---------------------------------------------------------------------------------------
# the chat builder
# ---------------------------------------------------------------------------------------


class Chat:
    def __init__(self, rng: random.Random, lang: str, sector: dict, company: dict):
        self.r, self.lang, self.s, self.co = rng, lang, sector, company
        self.v = Values(rng, lang)
        self.eps: list[list[tuple[str, list[Part]]]] = []
        self.co_used: set[int] = set()

    # -- text helpers ------------------------------------------------------------------
    def pick(self, xs):
        return self.r.choice(xs)

    def casual(self, s: str) -> str:
        """Customer noise on a template piece: lower case, no full stop, a typo, emoji."""
        r = self.r
        if r.random() < 0.35:
            s = s.lower()
        if r.random() < 0.3:
            s = s.rstrip(".!")
        if r.random() < 0.12:
            words = s.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
            if idx:
                i = r.choice(idx)
                w = words[i]
                j = r.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                s = " ".join(words)
        return s

    def cparts(self, parts: list[Part]) -> list[Part]:
        out: list[Part] = [self.casual(p) if isinstance(p, str) else p for p in parts]
        if self.r.random() < 0.1:
            out.append(" " + self.pick(EMOJI))
        return [p for p in out if not (isinstance(p, str) and p == "")]

    def tpl(self, template: str, **slots: Part) -> list[Part]:
        return T(template, **slots)

    def noun(self, typ: str) -> str:
        return self.pick(NOUN[self.lang][typ])

    def cust_noun(self) -> str:
        return self.pick(self.s["cust"][self.lang])

    def cust_noun_acc(self) -> str:
        n = self.cust_noun()
        return n if self.lang != "nb" else n + "et ditt"

    def ask(self, typ: str, noun_key: str | None = None) -> list[Part]:
        lang = self.lang
        if typ == "CUSTOMER_NUMBER":
            n = self.cust_noun_acc()
        else:
            n = self.noun(noun_key or typ)
        forms = ASK[lang]
        special = ASK_SPECIAL[lang].get(typ, [])
        if special and self.r.random() < 0.35:
            return [self.pick(special)]
        q = self.pick(forms).replace("{n}", n)
        return [q]

    # -- values -------------------------------------------------------------------------
    def value(self, typ: str) -> tuple[str, str]:
        """(value text, noun key) for a type."""
        v = self.v
        if typ == "PERSON":
            return v.person()[0], typ
        if typ == "EMAIL_ADDRESS":
            _, f, la, _ = v.person()
            return v.email(f, la), typ
        if typ == "PHONE_NUMBER":
            return v.phone(), typ
        if typ == "IBAN_CODE":
            return v.iban(), typ
        if typ == "BANK_ACCOUNT":
            return v.bank(), typ
        if typ == "CREDIT_CARD":
            return v.card(), typ
        if typ == "DATE_OF_BIRTH":
            return v.dob(), typ
        if typ == "PASSPORT":
            return v.passport(), typ
        if typ == "NATIONAL_ID":
            return v.nid()
        if typ == "LOCATION":
            return v.address(lower=self.r.random() < 0.5), typ
        if typ == "BOOKING_REFERENCE":
            b = v.booking()
            return (b.lower() if self.r.random() < 0.3 else b), typ
        if typ == "FLIGHT_NUMBER":
            return v.flight(), typ
        if typ == "TICKET_NUMBER":
            return v.ticket(), typ
        if typ == "CUSTOMER_NUMBER":
            return v.cust(self.s["cfmt"]), typ
        raise ValueError(typ)

    def fix_type(self, typ: str) -> str:
        if typ in ("IBAN_CODE", "BANK_ACCOUNT"):
            return self.v.money_type()
        return typ

    # -- episodes -----------------------------------------------------------------------
    def plain(self, typ: str, asked: bool | None = None) -> None:
        typ = self.fix_type(typ)
        val, key = self.value(typ)
        turns: list[tuple[str, list[Part]]] = []
        if asked if asked is not None else self.r.random() < 0.7:
            turns.append(("agent", self.ask(typ, key)))
        cue = self.pick(CUE[self.lang][key])
        if "{n}" in cue:
            cue = cue.replace("{n}", self.cust_noun())
        if self.lang == "ru" and key == "DATE_OF_BIRTH":
            cue = cue.replace("родилась", "родился")  # gender is not tracked for every value
        turns.append(("customer", self.cparts(self.tpl(cue, v=E(val, typ, "plain")))))
        if self.r.random() < 0.5:
            turns.append(("agent", [self.pick(ACK[self.lang])]))
        self.eps.append(turns)

    def bare(self, typ: str) -> None:
        typ = self.fix_type(typ)
        r, lang = self.r, self.lang
        val, key = self.value(typ)
        if typ in ("PERSON", "EMAIL_ADDRESS", "LOCATION", "BOOKING_REFERENCE", "PASSPORT") and r.random() < 0.5:
            val = val.lower()
        turns: list[tuple[str, list[Part]]] = [("agent", self.ask(typ, key))]
        how = r.randint(0, 3)
        if how == 1:  # one moment
            turns.append(("customer", self.cparts([self.pick(WAIT[lang])])))
            if r.random() < 0.6:
                turns.append(("agent", [self.pick(AGENT_WAIT[lang])]))
        elif how == 2:  # asks back
            q, a = self.pick(BACK_Q[lang])
            turns.append(("customer", self.cparts([q])))
            turns.append(("agent", [a]))
        elif how == 3:  # a question of its own first, answered, then the value
            q, a = self.side_question()
            turns.append(("customer", self.cparts(q)))
            turns.append(("agent", a))
            if r.random() < 0.5:
                turns.append(("customer", self.cparts([self.pick(WAIT[lang])])))
        form = self.pick(BARE[lang])
        turns.append(("customer", self.cparts(self.tpl(form, v=E(val, typ, "bare_answer")))))
        turns.append(("agent", [self.pick(ACK[lang])]))
        self.eps.append(turns)

    def side_question(self) -> tuple[list[Part], list[Part]]:
        """A customer question with a harmless answer carrying hard negatives (time, price)."""
        r, lang = self.r, self.lang
        t = f"{r.randint(8, 20)}:{r.choice(['00', '15', '30', '45'])}"
        price = {"en": f"£{r.randint(12, 480)}.{r.choice(['00', '50', '99'])}", "nl": f"€ {r.randint(12, 480)},{r.choice(['00', '50', '95'])}",
                 "nb": f"{r.randint(150, 4900)} kr", "ru": f"{r.randint(900, 45000)} ₽"}[lang]
        q = {"en": ["wait, before that, what time do you open tomorrow?", "quick q first - how much is it in total?", "sorry, first: is it still the same price?"],
             "nl": ["wacht, eerst: hoe laat zijn jullie morgen open?", "snel vraagje eerst, wat kost het in totaal?", "sorry eerst nog: is de prijs nog hetzelfde?"],
             "nb": ["vent, først: når åpner dere i morgen?", "kjapt spm først, hva koster det totalt?", "sorry, først: er prisen den samme?"],
             "ru": ["подождите, а во сколько вы завтра открываетесь?", "сначала вопрос: сколько всего стоит?", "извините, а цена та же?"]}[lang]
        i = r.randrange(3)
        if i == 0:
            a = {"en": "We open at {t}. Now, back to my question?", "nl": "We gaan om {t} open. En dan mijn vraag nog?", "nb": "Vi åpner {t}. Og så spørsmålet mitt?",
                 "ru": "Открываемся в {t}. А что по моему вопросу?"}[lang]
            return [q[i]], self.tpl(a, t=N(t, "time"))
        a = {"en": "It comes to {p}. Could you answer my question too?", "nl": "Dat is {p} in totaal. Kunt u mijn vraag ook nog beantwoorden?",
             "nb": "Det blir {p}. Kan du svare på spørsmålet mitt også?", "ru": "Итого {p}. А на мой вопрос ответите?"}[lang]
        return [q[i]], self.tpl(a, p=N(price, "amount"))

    def split(self, typ: str) -> None:
        typ = self.fix_type(typ)
        r, lang = self.r, self.lang
        val, key = self.value(typ)
        turns: list[tuple[str, list[Part]]] = [("agent", self.ask(typ, key))]
        pre, mid, cont = SPLIT_CUE[lang]
        has_digit = [i for i, c in enumerate(val) if c.isdigit()]
        if r.random() < 0.4 and has_digit:  # typed wrong, then corrected
            i = r.choice(has_digit)
            wrong = val[:i] + str((int(val[i]) + r.randint(1, 9)) % 10) + val[i + 1 :]
            turns.append(("customer", self.cparts([self.pick(pre)] + [E(wrong, typ, "split")])))
            if r.random() < 0.3:
                turns.append(("agent", [self.pick(SPLIT_AGENT[lang])]))
            turns.append(("customer", self.cparts(self.tpl(self.pick(CORRECT[lang]), v=E(val, typ, "split")))))
        else:
            k = 3 if len(val) > 14 and r.random() < 0.35 else 2
            cuts = sorted(r.sample(range(2, len(val) - 1), k - 1))
            pieces, last = [], 0
            for c in [*cuts, len(val)]:
                pieces.append(val[last:c])
                last = c
            pieces = [p.strip() for p in pieces]
            if any(not p for p in pieces):
                pieces = [val[: len(val) // 2].strip(), val[len(val) // 2 :].strip()]
            for j, p in enumerate(pieces):
                lead = self.pick(pre) if j == 0 else self.pick(cont)
                tail = self.pick(mid) if j < len(pieces) - 1 else ""
                turns.append(("customer", self.cparts([lead, E(p, typ, "split"), tail] if lead or tail else [E(p, typ, "split")])))
                if j < len(pieces) - 1 and r.random() < 0.25:
                    turns.append(("agent", [self.pick(SPLIT_AGENT[lang])]))
        turns.append(("agent", [self.pick(ACK[lang])]))
        self.eps.append(turns)

    def disguise(self, typ: str, val: str) -> str:
        r, lang = self.r, self.lang
        if typ == "EMAIL_ADDRESS":
            local, dom = val.split("@")
            ats, dots = EMAIL_WORDS[lang]
            at, dot = r.choice(ats), r.choice(dots)
            style = r.randint(0, 3)
            if style == 3:  # spaces inside only
                return val.replace("@", " @ ").replace(".", " . ")
            loc = local.replace(".", f" {dot} ").replace("_", " underscore " if lang == "en" else " _ ")
            d = dom.replace(".", f" {dot} ")
            if style == 1:
                d = dom  # only the @ spelled out
            if style == 2 and lang != "en":
                loc = local.replace(".", f" {dot} ")
            return f"{loc} {at} {d}"
        how = r.randint(0, 3)
        digits_ = [c for c in val if c.isdigit()]
        if how == 0 and len(digits_) >= 6:  # digits as words, some or all
            mixed = r.random() < 0.5
            out = []
            for ch in val:
                if ch.isdigit() and (not mixed or r.random() < 0.55):
                    alt = NUMBER_WORDS_ALT[lang].get(ch)
                    out.append(alt if alt and r.random() < 0.4 else NUMBER_WORDS[lang][int(ch)])
                elif ch in " .-/":
                    continue
                else:
                    out.append(ch)
            return " ".join(out)
        if how == 1:  # zero-width characters
            chars = list(val)
            for _ in range(r.randint(2, 4)):
                chars.insert(r.randint(1, len(chars) - 1), r.choice(ZW))
            return "".join(chars)
        if how == 2:
            idx = [i for i, c in enumerate(val) if c in GLYPH]
            if idx:
                chars = list(val)
                for i in r.sample(idx, min(len(idx), r.randint(1, 3))):
                    chars[i] = r.choice(GLYPH[chars[i]])
                return "".join(chars)
        compact = val.replace(" ", "").replace("-", "").replace(".", "")
        return " ".join(compact)  # spaces inside

    def disguised(self, typ: str) -> None:
        typ = self.fix_type(typ)
        r, lang = self.r, self.lang
        val, key = self.value(typ)
        shown = self.disguise(typ, val)
        turns: list[tuple[str, list[Part]]] = []
        if r.random() < 0.75:
            turns.append(("agent", self.ask(typ, key)))
            if r.random() < 0.5:
                form = self.pick(BARE[lang])
            else:
                form = self.pick(CUE[lang][key]).replace("{n}", self.cust_noun())
        else:
            form = self.pick(CUE[lang][key]).replace("{n}", self.cust_noun())
        if lang == "ru":
            form = form.replace("родилась", "родился")
        turns.append(("customer", self.cparts(self.tpl(form, v=E(shown, typ, "disguised")))))
        if typ == "EMAIL_ADDRESS" and r.random() < 0.4:
            chk = {"en": "So that's {v}?", "nl": "Dus {v}?", "nb": "Altså {v}?", "ru": "То есть {v}?"}[lang]
            turns.append(("agent", self.tpl(chk, v=E(val, typ, "plain"))))
            turns.append(("customer", self.cparts([self.pick({"en": ["yes", "yep exactly"], "nl": ["ja", "klopt"], "nb": ["ja", "stemmer"], "ru": ["да", "верно"]}[lang])])))
        else:
            turns.append(("agent", [self.pick(ACK[lang])]))
        self.eps.append(turns)

    def address_no_cue(self) -> None:
        r, lang = self.r, self.lang
        val = self.v.address(lower=r.random() < 0.8)
        thing = self.s["thing"][lang]
        turns: list[tuple[str, list[Part]]] = [("agent", [self.pick(SEND[lang]).replace("{t}", thing)])]
        if r.random() < 0.3:
            turns.append(("customer", self.cparts([self.pick(WAIT[lang])])))
        pre, suf = self.pick(SEND_PREFIX[lang]), self.pick(SEND_SUFFIX[lang])
        parts: list[Part] = [E(val, "LOCATION", "address_no_cue")]
        if pre:
            parts.insert(0, pre)
        if suf:
            parts.append(suf)
        turns.append(("customer", parts))
        turns.append(("agent", [self.pick(ACK[lang])]))
        self.eps.append(turns)

    def listing(self) -> None:
        r, lang = self.r, self.lang
        travel = "PASSPORT" in self.s["types"]
        doc = "PASSPORT" if travel else r.choice(["NATIONAL_ID", "CUSTOMER_NUMBER", "PASSPORT"])
        if lang == "ru" and doc == "NATIONAL_ID":
            doc = "PASSPORT"
        if r.random() < 0.2:
            self.listing_contacts()
            return
        k = r.randint(2, 5)
        who = LIST_WHO[lang][r.choice([0, 1, 4] if travel else [2, 3, 4])]
        ask = self.pick(LIST_ASK[lang]).replace("{d}", DOC_NOUN[doc][lang]).replace("{w}", who)
        rels = r.sample(RELATION[lang], k)
        family_last = None
        items: list[list[Part]] = []
        layout = r.randint(0, 5)
        gender = RELATION_F[lang]
        for i in range(k):
            full, first, last, fem = self.v.person(female=gender.get(rels[i]))
            if family_last and lang != "ru" and r.random() < 0.5:
                full = first  # same surname as the first traveller: only the first name
            family_last = family_last or last
            if r.random() < 0.3:
                full = full.lower()
            fields: list[Part] = [E(full, "PERSON", "list")]
            if r.random() < 0.85 or i == 0:
                fields.append(E(self.v.dob(), "DATE_OF_BIRTH", "list"))
            if r.random() < 0.8 or i == 0:
                if doc == "PASSPORT":
                    dv = self.v.passport()
                elif doc == "NATIONAL_ID":
                    dv = self.v.nid()[0]
                else:
                    dv = self.v.cust(self.s["cfmt"])
                fields.append(E(dv, doc, "list"))
            sep = {0: ", ", 1: " - ", 2: " / ", 3: " ", 4: ", ", 5: "; "}[layout]
            body: list[Part] = []
            for j, f in enumerate(fields):
                if j:
                    body.append(sep if not (layout == 4 and j == 1) else " (")
                body.append(f)
                if layout == 4 and j == 1:
                    body.append(")")
            if layout == 4 and len(fields) == 2:
                body.append(")")
            if layout == 4 and len(fields) == 1:
                pass
            if r.random() < 0.4 or layout == 5:
                body = [rels[i] + ": ", *body]
            items.append(body)
        parts: list[Part] = []
        mode = r.randint(0, 3)
        for i, it in enumerate(items):
            if mode == 0:  # numbered lines
                parts += [f"{i + 1}. ", *it, "\n" if i < k - 1 else ""]
            elif mode == 1:  # bullets
                parts += ["- ", *it, "\n" if i < k - 1 else ""]
            elif mode == 2:  # one line, "and" before the last
                if i:
                    parts.append(f" {AND[lang]} " if i == k - 1 else "; ")
                parts += it
            else:  # plain lines
                parts += [*it, "\n" if i < k - 1 else ""]
        intro = self.pick({"en": ["", "ok here:\n", "sure\n", "there's " + str(k) + " of us:\n"], "nl": ["", "oké hier:\n", "tuurlijk\n", "we zijn met " + str(k) + ":\n"],
                           "nb": ["", "ok her:\n", "klart\n", "vi er " + str(k) + ":\n"], "ru": ["", "вот:\n", "конечно\n", "нас " + str(k) + ":\n"]}[lang])
        if mode == 2:
            intro = intro.replace("\n", " ")
        parts = [p for p in ([intro] if intro else []) + parts if p != ""]
        turns: list[tuple[str, list[Part]]] = [("agent", [ask]), ("customer", parts)]
        if r.random() < 0.4:  # a second list message: one more person, no cue
            full, *_ = self.v.person()
            extra = {"en": "oh and {p} too, {b}", "nl": "oh en {p} ook, {b}", "nb": "å ja, og {p}, {b}", "ru": "ой, ещё {p}, {b}"}[lang]
            turns.append(("customer", self.tpl(extra, p=E(full, "PERSON", "list"), b=E(self.v.dob(), "DATE_OF_BIRTH", "list"))))
        turns.append(("agent", [self.pick(ACK[lang])]))
        self.eps.append(turns)

    def listing_contacts(self) -> None:
        """A list of e-mails, phones or member numbers of several people."""
        r, lang = self.r, self.lang
        typ = r.choice(["EMAIL_ADDRESS", "PHONE_NUMBER", "CUSTOMER_NUMBER"])
        ask = {"en": "Could you list the {n}s for everyone on the account?", "nl": "Kun je de {n}s van iedereen op het account sturen?",
               "nb": "Kan du liste opp {n} for alle på kontoen?", "ru": "Перечислите {n} всех, кто указан в договоре."}[lang]
        n = {"EMAIL_ADDRESS": {"en": "email", "nl": "e-mailadres", "nb": "e-post", "ru": "почту"},
             "PHONE_NUMBER": {"en": "phone number", "nl": "telefoonnummer", "nb": "telefonnummer", "ru": "телефоны"},
             "CUSTOMER_NUMBER": {"en": self.s["cust"]["en"][0], "nl": self.s["cust"]["nl"][0], "nb": self.s["cust"]["nb"][0], "ru": self.s["cust"]["ru"][0]}}[typ][lang]
        k = r.randint(2, 4)
        parts: list[Part] = []
        sep = r.choice([", ", "\n", " / ", "; "])
        for i in range(k):
            full, first, last, _ = self.v.person()
            if typ == "EMAIL_ADDRESS":
                v = self.v.email(first, last)
            elif typ == "PHONE_NUMBER":
                v = self.v.phone()
            else:
                v = self.v.cust(self.s["cfmt"])
            if i:
                parts.append(sep)
            if r.random() < 0.6:
                parts += [E(first, "PERSON", "list"), " ", E(v, typ, "list")] if r.random() < 0.5 else [E(first, "PERSON", "list"), ": ", E(v, typ, "list")]
            else:
                parts.append(E(v, typ, "list"))
        self.eps.append([("agent", [ask.replace("{n}", n)]), ("customer", parts), ("agent", [self.pick(ACK[lang])])])

    # -- hard negatives -----------------------------------------------------------------
    def ref_value(self) -> str:
        kind = self.s["ref"]
        r, v = self.r, self.v
        if kind == "vehicle_registration":
            return {"en": f"{r.choice(['AB', 'KX', 'LM', 'YR'])}{r.randint(51, 74)} {''.join(r.choice('BCDFGHJKLMNPRSTVWXYZ') for _ in range(3))}",
                    "nl": f"{r.randint(10, 99)}-{''.join(r.choice('BDFGHJKLNPRSTVXZ') for _ in range(3))}-{r.randint(1, 9)}",
                    "nb": f"{r.choice(['EL', 'EK', 'DN', 'BT'])} {v.d(5)}", "ru": f"{r.choice('АВЕКМНОРСТУХ')}{v.d(3)}{r.choice('АВЕКМНОРСТУХ')}{r.choice('АВЕКМНОРСТУХ')} {r.randint(10, 199)}"}[self.lang]
        if kind == "pet_name":
            return r.choice(["Bobbie", "Pluto", "Nala", "Loki", "Saga", "Бублик", "Rakker", "Tess"])
        if kind == "seat":
            return f"{r.choice(['Block', 'Vak', 'Felt', 'Сектор'])} {r.choice('ABCDEFG')}{r.randint(1, 30)}, {r.randint(1, 40)}"
        if kind == "product_code":
            return r.choice([f"{r.randint(100, 999)}", f"LOT-{v.d(4)}", f"{r.randint(1, 9)}{r.choice('ab')}/{v.d(3)}"])
        prefix = r.choice(["", "#", "NR ", ""]) if kind != "case_number" else r.choice(["", "C-", "2026/"])
        return prefix + v.d(r.choice([6, 7, 8, 9]))

    def neg_order_instead(self) -> None:
        """Asked for the customer number, the customer gives another number first."""
        r, lang = self.r, self.lang
        refn = self.s["refn"][lang]
        refv = self.ref_value()
        kind = self.s["ref"]
        c1 = {"en": ["don't have that, only the {rn}: {x}", "I only have {x}, that's the {rn}", "is it {x}? that's on the email ({rn})"],
              "nl": ["heb ik niet, alleen het {rn}: {x}", "ik heb alleen {x}, dat is het {rn}", "is het {x}? staat in de mail ({rn})"],
              "nb": ["har ikke det, bare {rn}: {x}", "jeg har bare {x}, det er {rn}", "er det {x}? står i mailen ({rn})"],
              "ru": ["такого нет, есть только {rn}: {x}", "у меня только {x}, это {rn}", "это {x}? в письме было ({rn})"]}[lang]
        a2 = {"en": "That's the {rn}, I need your {cn} please.", "nl": "Dat is het {rn}, ik zoek je {cn}.",
              "nb": "Det er {rn}, jeg trenger {cn}et ditt.", "ru": "Это {rn}, а мне нужен {cn}."}[lang]
        if kind in ("pet_name", "seat"):  # these sectors: an order number stands in
            refn = {"en": "order number", "nl": "bestelnummer", "nb": "ordrenummeret", "ru": "номер заказа"}[lang]
            refv, kind = "#" + self.v.d(7), "order_number"
        cn = self.cust_noun()
        turns: list[tuple[str, list[Part]]] = [("agent", self.ask("CUSTOMER_NUMBER"))]
        turns.append(("customer", self.cparts(self.tpl(self.pick(c1).replace("{rn}", refn), x=N(refv, kind)))))
        turns.append(("agent", [a2.replace("{rn}", refn).replace("{cn}", cn)]))
        if r.random() < 0.6:
            val = self.v.cust(self.s["cfmt"])
            cue = self.pick(CUE[lang]["CUSTOMER_NUMBER"]).replace("{n}", cn)
            if r.random() < 0.5:
                turns.append(("customer", self.cparts(self.tpl(self.pick(BARE[lang]), v=E(val, "CUSTOMER_NUMBER", "bare_answer")))))
            else:
                turns.append(("customer", self.cparts(self.tpl(cue, v=E(val, "CUSTOMER_NUMBER", "plain")))))
        else:
            turns.append(("customer", self.cparts([{"en": "can't find it sorry", "nl": "kan het niet vinden sorry", "nb": "finner det ikke, beklager", "ru": "не могу найти, извините"}[lang]])))
            turns.append(("agent", [{"en": "No worries, I'll find you another way.", "nl": "Geen zorgen, ik zoek het anders op.", "nb": "Ikke noe problem, jeg finner deg på annet vis.", "ru": "Ничего, найду по-другому."}[lang]]))
        self.eps.append(turns)

    def neg_date_for_dob(self) -> None:
        """Asked for the date of birth, the customer first gives a travel/appointment date."""
        r, lang = self.r, self.lang
        d = self.v.dob(future=True)
        kind = "travel_date" if "PASSPORT" in self.s["types"] else "appointment_date"
        c1 = {"en": ["the {e} is {x}", "{x}? that's when the {e} is", "oh you mean {x}, the {e}"],
              "nl": ["de {e} is {x}", "{x}? dan is de {e}", "o bedoel je {x}, de {e}"],
              "nb": ["{e} er {x}", "{x}? da er {e}", "å, mener du {x}, {e}"],
              "ru": ["{e} — {x}", "{x}? это когда {e}", "а, вы про {x}, {e}"]}[lang]
        ev = {"travel_date": {"en": "departure", "nl": "vertrekdatum", "nb": "avreisen", "ru": "вылет"},
              "appointment_date": {"en": "appointment", "nl": "afspraak", "nb": "timen", "ru": "запись"}}[kind][lang]
        a2 = {"en": "Sorry, I meant your own date of birth.", "nl": "Sorry, ik bedoel uw eigen geboortedatum.", "nb": "Beklager, jeg mente din egen fødselsdato.", "ru": "Нет, мне нужна ваша дата рождения."}[lang]
        turns: list[tuple[str, list[Part]]] = [("agent", self.ask("DATE_OF_BIRTH"))]
        turns.append(("customer", self.cparts(self.tpl(self.pick(c1).replace("{e}", ev), x=N(d, kind)))))
        turns.append(("agent", [a2]))
        dob = self.v.dob()
        if r.random() < 0.5:
            turns.append(("customer", self.cparts(self.tpl(self.pick(BARE[lang]), v=E(dob, "DATE_OF_BIRTH", "bare_answer")))))
        else:
            cue = self.pick(CUE[lang]["DATE_OF_BIRTH"]).replace("родилась", "родился")
            turns.append(("customer", self.cparts(self.tpl(cue, v=E(dob, "DATE_OF_BIRTH", "plain")))))
        self.eps.append(turns)

    def neg_place(self) -> None:
        r, lang = self.r, self.lang
        p = self.pick(PLACES[lang])
        kind = r.choice(["destination", "branch"])
        if kind == "destination":
            c = {"en": ["we're heading to {p} after", "it's for the trip to {p}", "going to {p} that week"], "nl": ["we gaan daarna naar {p}", "het is voor de reis naar {p}", "die week zitten we in {p}"],
                 "nb": ["vi skal til {p} etterpå", "det gjelder turen til {p}", "vi er i {p} den uka"], "ru": ["мы потом едем в {p}", "это для поездки в {p}", "в ту неделю уезжаем в {p}"]}[lang]
            self.eps.append([("customer", self.cparts(self.tpl(self.pick(c), p=N(p, "destination")))), ("agent", [self.pick(ACK[lang])])])
        else:
            p = self.pick(BRANCHES[lang])
            a = {"en": "You can also pick it up at our {p} branch.", "nl": "U kunt het ook ophalen bij onze vestiging in {p}.", "nb": "Du kan også hente det hos avdelingen vår i {p}.", "ru": "Можно также забрать в нашем филиале в {p}."}[lang]
            c = {"en": "{p} is a bit far, post is fine", "nl": "{p} is te ver, opsturen is prima", "nb": "{p} blir for langt, send det heller", "ru": "в {p} далеко, лучше почтой"}[lang]
            self.eps.append([("agent", self.tpl(a, p=N(p, "branch"))), ("customer", self.cparts(self.tpl(c, p=N(p, "branch"))))])

    def neg_company(self) -> None:
        r, lang = self.r, self.lang
        co = self.co
        forms = [f for f in range(4) if f not in self.co_used] or [0, 1, 2, 3]
        form = r.choice(forms)
        self.co_used.add(form)
        if form == 0:
            a = {"en": "If anything comes up, call us on {ph} or email {em}.", "nl": "Mocht er iets zijn, bel ons op {ph} of mail naar {em}.",
                 "nb": "Om noe skulle dukke opp, ring oss på {ph} eller send e-post til {em}.", "ru": "Если что, звоните нам по {ph} или пишите на {em}."}[lang]
            self.eps.append([("agent", self.tpl(a, ph=N(co["phone"], "company_phone"), em=N(co["email"], "company_email")))])
        elif form == 1:
            a = {"en": "Our office is at {ad}, open Mon-Fri.", "nl": "Ons kantoor zit op {ad}, open ma-vr.", "nb": "Kontoret vårt ligger i {ad}, åpent man-fre.", "ru": "Наш офис: {ad}, пн-пт."}[lang]
            self.eps.append([("agent", self.tpl(a, ad=N(co["address"], "company_address")))])
        elif form == 2:
            a = {"en": "Please transfer {p} to our account {ac}, ref. {ref}.", "nl": "Maak {p} over naar ons rekeningnummer {ac} o.v.v. {ref}.",
                 "nb": "Overfør {p} til vår konto {ac}, merk med {ref}.", "ru": "Переведите {p} на наш расчётный счёт {ac}, назначение {ref}."}[lang]
            price = {"en": f"£{r.randint(20, 900)}", "nl": f"€{r.randint(20, 900)},-", "nb": f"kr {r.randint(200, 9000)},-", "ru": f"{r.randint(1000, 90000)} руб."}[lang]
            self.eps.append([("agent", self.tpl(a, p=N(price, "amount"), ac=N(co["account"], "company_account"), ref=N(self.ref_value() if self.s["ref"] not in ("pet_name", "seat", "vehicle_registration") else self.v.d(8), "invoice_number")))])
        else:
            c = {"en": "is this {co} or did I get the wrong chat lol", "nl": "is dit {co}? of zit ik verkeerd haha", "nb": "er dette {co}? eller har jeg kommet feil", "ru": "это {co}? или я не туда написал"}[lang]
            a = {"en": "Yes, this is {co} 🙂", "nl": "Ja hoor, dit is {co} 🙂", "nb": "Ja, dette er {co} 🙂", "ru": "Да, это {co} 🙂"}[lang]
            self.eps.append([("customer", self.cparts(self.tpl(c, co=N(co["name"], "company_name")))), ("agent", self.tpl(a, co=N(co["name"], "company_name")))])

    def neg_items(self) -> None:
        r, lang, v = self.r, self.lang, self.v
        qty = str(r.randint(2, 12))
        code = r.choice([f"{r.choice(['SKU', 'ART', 'PRD'])}-{v.d(5)}", f"{v.d(3)}.{v.d(3)}.{v.d(2)}", f"{''.join(r.choice('ABCDEFGHKLMNPRSTX') for _ in range(2))}{v.d(4)}"])
        price = {"en": f"£{r.randint(3, 250)}.{r.choice(['00', '49', '95'])}", "nl": f"€ {r.randint(3, 250)},{r.choice(['00', '49', '95'])}",
                 "nb": f"{r.randint(49, 2900)},-", "ru": f"{r.randint(300, 19000)} р."}[lang]
        t = f"{r.randint(7, 21):02d}:{r.choice(['00', '10', '30', '45'])}"
        room = r.choice(["3B", "12", "B-214", "4.07", "A17"])
        form = r.randint(0, 2)
        if form == 0:
            c = {"en": "also can I add {q} x {c} at {p}?", "nl": "en kan ik nog {q}x {c} à {p} toevoegen?", "nb": "og kan jeg legge til {q} stk {c} à {p}?", "ru": "и можно добавить {q} шт. {c} по {p}?"}[lang]
            self.eps.append([("customer", self.cparts(self.tpl(c, q=N(qty, "quantity"), c=N(code, "product_code"), p=N(price, "amount")))),
                             ("agent", [self.pick(ACK[lang])])])
        elif form == 1:
            a = {"en": "You're booked for {t} in room {rm}.", "nl": "U staat ingepland om {t} in ruimte {rm}.", "nb": "Du er satt opp kl. {t} i rom {rm}.", "ru": "Вы записаны на {t}, кабинет {rm}."}[lang]
            c = {"en": "{t} works", "nl": "{t} is prima", "nb": "{t} passer fint", "ru": "{t} подходит"}[lang]
            self.eps.append([("agent", self.tpl(a, t=N(t, "time"), rm=N(room, "room_number"))), ("customer", self.cparts(self.tpl(c, t=N(t, "time"))))])
        else:
            case = "C-" + v.d(6)
            a = {"en": "I've opened case {cs} for this, you'll hear back within {q} days.", "nl": "Ik heb zaak {cs} aangemaakt, u hoort binnen {q} dagen van ons.",
                 "nb": "Jeg har opprettet sak {cs}, du hører fra oss innen {q} dager.", "ru": "Я завела обращение {cs}, ответ в течение {q} дней."}[lang]
            self.eps.append([("agent", self.tpl(a, cs=N(case, "case_number"), q=N(qty, "quantity")))])

    # -- whole conversation -------------------------------------------------------------
    def build(self, cls: str) -> list[tuple[str, list[Part]]]:
        r, lang, s = self.r, self.lang, self.s
        base = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CUSTOMER_NUMBER", "LOCATION", "DATE_OF_BIRTH"]
        types = list(dict.fromkeys(s["types"] + base))
        n_main = r.randint(2, 3)
        if cls == "bare_answer":
            pool = [t for t in types if t != "LOCATION"] + ["CUSTOMER_NUMBER", "LOCATION"]
            for t in r.sample(pool, n_main):
                self.bare(t)
        elif cls == "list":
            self.listing()
            if r.random() < 0.5:
                self.listing()
        elif cls == "split":
            pool = [t for t in types if t in ("IBAN_CODE", "BANK_ACCOUNT", "PHONE_NUMBER", "CREDIT_CARD", "CUSTOMER_NUMBER", "NATIONAL_ID", "EMAIL_ADDRESS", "TICKET_NUMBER", "PASSPORT")]
            pool += ["PHONE_NUMBER", "CUSTOMER_NUMBER", "EMAIL_ADDRESS"]
            for t in r.sample(sorted(set(pool)), min(n_main, len(set(pool)))):
                self.split(t)
        elif cls == "disguised":
            pool = [t for t in types if t in ("EMAIL_ADDRESS", "PHONE_NUMBER", "CUSTOMER_NUMBER", "NATIONAL_ID", "IBAN_CODE", "BANK_ACCOUNT", "CREDIT_CARD", "BOOKING_REFERENCE", "PASSPORT", "TICKET_NUMBER")]
            picks = ["EMAIL_ADDRESS"] if r.random() < 0.6 else []
            rest = [t for t in sorted(set(pool)) if t not in picks]
            picks += r.sample(rest, n_main - len(picks))
            for t in picks:
                self.disguised(t)
        elif cls == "address_no_cue":
            self.address_no_cue()
            if r.random() < 0.4:
                self.address_no_cue()
        else:
            for t in r.sample(types, n_main + 1):
                self.plain(t)
        # other data with cues, and hard negatives
        for t in r.sample([t for t in types if t != "LOCATION" or cls != "address_no_cue"], r.randint(1, 2)):
            self.plain(t)
        negs = [self.neg_order_instead, self.neg_date_for_dob, self.neg_place, self.neg_company, self.neg_items, self.neg_company]
        for f in r.sample(negs, r.randint(2, 4)):
            f()
        r.shuffle(self.eps)
        agent_full, agent_first, *_ = self.v.person()
        greet = self.tpl(self.pick(GREET[lang]), a=E(agent_first, "PERSON", "plain"), co=N(self.co["name"], "company_name"))
        about = s["about"][lang]
        opening = self.cparts(self.tpl(self.pick(OPEN[lang]), x=about))
        turns: list[tuple[str, list[Part]]] = [("agent", greet), ("customer", opening)]
        for ep in self.eps:
            if len(turns) + len(ep) > 23:
                continue
            turns += ep
        turns += [("agent", [self.pick(CLOSE_A[lang])]), ("customer", self.cparts([self.pick(CLOSE_C[lang])]))]
        # merge nothing; make sure roles alternate enough and there are at least 8 messages
        while len(turns) < 8:
            turns.insert(2, ("agent", [{"en": "Let me pull that up.", "nl": "Even opzoeken.", "nb": "Skal se.", "ru": "Сейчас посмотрю."}[lang]]))
        return turns


def company(rng: random.Random, lang: str, sector: dict) -> dict:
    name = sector["co"][lang]
    v = Values(rng, lang)
    slug = asciify("".join(c for c in name if c.isalnum() or c == " ").split()[0] + "".join(c for c in name if c.isalnum() or c == " ").split()[-1])
    dom = f"{slug}.{CO_DOMAIN_TLD[lang]}"
    box = rng.choice({"en": ["hello", "info", "bookings", "support"], "nl": ["info", "klantenservice", "contact", "hallo"],
                      "nb": ["post", "kundeservice", "hei", "kontakt"], "ru": ["info", "support", "zakaz", "office"]}[lang])
    street, (town, pc), no = rng.choice(STREETS[lang]), rng.choice(TOWNS[lang]), rng.randint(1, 200)
    addr = {"en": f"Unit {rng.randint(1, 9)}, {no} {street}, {town} {pc}", "nl": f"{street} {no}, {pc} {town}",
            "nb": f"{street} {no}, {pc} {town}", "ru": f"г. {town}, {street}, д. {no}, офис {rng.randint(2, 40)}"}[lang]
    if lang == "ru":
        acct = "40702810" + v.d(12, False)
    else:
        acct = iban(rng, {"en": "GB", "nl": "NL", "nb": "NO"}[lang])
    return {"name": name, "phone": v.phone(mobile=False, fmt=rng.choice([0, 1])), "email": f"{box}@{dom}", "address": addr, "account": acct}


def build_all() -> list[dict]:
    records: list[dict] = []
    for lang in LANGS:
        rng = random.Random(f"{SEED}-{lang}")
        companies = {s["key"]: company(rng, lang, s) for s in SECTORS}
        for i, cls in enumerate(plan(lang), 1):
            sector = SECTORS[(i * 7 + LANGS.index(lang)) % len(SECTORS)]
            chat = Chat(rng, lang, sector, companies[sector["key"]])
            turns = chat.build(cls)
            records += conversation_records(f"sealed27-{lang}-{i:03d}", lang, turns)
    return records


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent / "sealed27.jsonl"
    records = build_all()
    errors = verify(records)
    if errors:
        print("\n".join(errors[:20]), file=sys.stderr)
        return 1
    write_jsonl(records, out)
    print(f"wrote {out}: {len({r['conversation_id'] for r in records})} conversations, {len(records)} messages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
