#!/usr/bin/env python3
# ruff: noqa: E501  (hand-written phrase tables: one phrasing per string, kept on one line)
"""Write sealed.jsonl: the SEALED conversation set. Do not read this file, or its output,
while writing or tuning detection rules: it measures them blind, once per rules release.

    .venv/bin/python bench/accuracy/conversations/make_sealed.py

Same format and classes as dev.jsonl (README.md), but its own phrasings, scenarios
(telecom, insurance, hotel, bank, airline), conversation shapes, name and address lists,
and a different seed. Only the checksummed-number helpers of make_values.py are shared.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_values as mv  # noqa: E402
from make_values import E, N, Part, T  # noqa: E402

Turns = list[tuple[str, list[Part]]]



NAMES = {
    "en": (["Hannah", "Callum", "Niamh", "Rhys", "Bethany", "Owen", "Megan", "Declan", "Imogen", "Rory", "Sophie", "Ewan"],
           ["Pritchard", "Haworth", "McAllister", "Bellamy", "Driscoll", "Fenwick", "Garside", "Iredale", "Quinlan", "Stroud"]),
    "nl": (["Gerrit", "Mirjam", "Henk", "Ellen", "Stijn", "Marloes", "Kees", "Yvonne", "Tim", "Esther", "Niels", "Hanneke"],
           ["Verhoeven", "van den Berg", "Dekker", "Postma", "Wijnberg", "ter Horst", "Scholten", "Vermeulen", "Koster", "Bosman"]),
    "nb": (["Arne", "Gunhild", "Trond", "Liv", "Espen", "Ida", "Ståle", "Randi", "Petter", "Tuva", "Geir", "Mathilde"],
           ["Sæther", "Fossum", "Rønning", "Eide", "Kvamme", "Tveit", "Hagen", "Myklebust", "Sandvik", "Vik"]),
    "ru": (["Григорий", "Вера", "Константин", "Людмила", "Роман", "Дарья", "Евгений", "Алина", "Степан", "Полина", "Игорь", "Виктория"],
           ["Ершов", "Тихонов", "Макаров", "Гусев", "Комаров", "Жуков", "Медведев", "Баранов", "Фролов", "Громов"]),
}  # fmt: skip
RU_FEM = {"Вера", "Людмила", "Дарья", "Алина", "Полина", "Виктория"}

ADDR = {
    "en": (["Rosemary Gardens", "High Street", "Ferndale Road", "Abbey Walk", "Cedar Court", "Wharf Lane"],
           [("Durham", "DH1 3LE"), ("Exeter", "EX4 4QJ"), ("Lancaster", "LA1 1YW"), ("Ipswich", "IP1 2AX")]),
    "nl": (["Wilhelminastraat", "Esdoornlaan", "Oude Gracht", "Kastanjelaan", "Marktstraat", "Zeeweg"],
           [("Amersfoort", "3811 HR"), ("Enschede", "7511 JD"), ("Alkmaar", "1811 KL"), ("Nijmegen", "6511 PL")]),
    "nb": (["Bekkeveien", "Rosenborggata", "Eikelia", "Nedre Slottsgate", "Furuveien", "Bryggegata"],
           [("Stavanger", "4006"), ("Kristiansand", "4611"), ("Ålesund", "6002"), ("Bodø", "8006")]),
    "ru": (["ул. Лермонтова", "Цветной бульвар", "ул. Кирова", "пер. Тихий", "ул. Строителей", "Московский пр."],
           [("Екатеринбург", "620014"), ("Воронеж", "394036"), ("Ярославль", "150000"), ("Иркутск", "664003")]),
}  # fmt: skip

PLACES = {"en": ["Faro", "Prague", "Reykjavik", "Geneva"], "nl": ["Bonaire", "Porto", "Wenen", "Praag"],
          "nb": ["Nice", "Riga", "Stockholm", "Kirkenes"], "ru": ["Ереван", "Владивосток", "Мурманск", "Баку"]}  # fmt: skip

S: dict[str, dict[str, list[str]]] = {
    "en": {
        "hello": ["Thanks for contacting Brightwave Mobile, you're through to {agent}.", "Hi, {agent} at Harbour Insurance, how can I help?", "Evening! {agent} on the hotel reservations desk."],
        "hello0": ["Hi there 👋 what can we help with?", "Hello, you're through to the support team.", "Thanks for waiting, how can I help?"],
        "issue": ["my phone bill shows {amount} extra", "need to claim for a cracked screen", "we arrive on {tdate} and need an extra bed", "the hotel in {place} cancelled on us", "I moved house, need to update my policy", "hi, my direct debit bounced"],
        "q_BOOKING_REFERENCE": ["Which confirmation code did the hotel give you?", "And the reservation reference, please?", "Could you read me the code from your itinerary?"],
        "q_CUSTOMER_NUMBER": ["Could you read me your account number from the top of the bill?", "What's the policy holder number?", "And your subscriber number?"],
        "q_PASSPORT": ["I'll need an ID document number, passport ideally.", "Which passport will you travel on? The number, please."],
        "q_DATE_OF_BIRTH": ["Could you confirm the policy holder's birthday?", "For security, your D.O.B.?", "I just need your date of birth to verify."],
        "q_PHONE_NUMBER": ["Which number is this about?", "What number should the courier ring?", "Could you confirm the mobile on the account?"],
        "q_PERSON": ["And who's the main guest?", "What's the policy holder's name?", "Whose name is the contract in?"],
        "q_EMAIL_ADDRESS": ["Which e-mail do you want the claim form sent to?", "Can you confirm the email for your e-bills?"],
        "q_pay": ["Which bank account should we pay the claim into?", "Where would you like the refund paid?"],
        "q_where": ["Which address is it going to?", "Delivery to which address?", "Where is the new SIM going?", "What's the new address for the policy?"],
        "q_all": ["Who's staying? First and last names plus dates of birth, please.", "Please give me every traveller's full name, birthday and passport no."],
        "q_when": ["What date would you like to check in?", "And when's the trip?"],
        "q_town": ["Which city is the hotel in?", "Where are you off to?"],
        "q_ref": ["Have you got the claim reference?", "Which invoice number is it?"],
        "brb": ["just grabbing the letter", "bear with me", "two secs", "hold on, kids are shouting", "umm let me look"],
        "np": ["No worries.", "Take your time!", "Sure thing."],
        "ok": ["Lovely, thank you.", "Got it.", "Cheers, that's on the system now.", "Brilliant."],
        "bye": ["Is there anything else at all?", "You're all set, bye for now."],
        "bye_c": ["nope all good", "ta, bye", "that's everything thanks"],
        "cue": ["here's my email: {email}", "the account holder is {name}", "please call {phone} after 5", "my reference number is {booking}"],
        "kids": ["the kids:", "and the little ones", "children:", "plus"],
        "again": ["sorry that last bit is {v}", "ugh, typo: {v}", "correction: {v}", "should be {v}"],
        "cont": ["...{v}", "{v}", "then {v}", "and {v} at the end"],
        "neg_nodob": ["do you mean the trip date? that's {tdate}", "we check in {tdate} if that helps"],
        "neg_noacc": ["I only have the invoice number {ref}", "there's {ref} on the letter, is that it?"],
    },
    "nl": {
        "hello": ["Goedenavond, je spreekt met {agent} van Polderpost.", "Dag, {agent} van Zeeland Verzekeringen hier.", "Hallo! {agent} van de hotelreserveringen."],
        "hello0": ["Hallo 👋 waarmee kunnen we helpen?", "Fijn dat u contact opneemt. Wat is uw vraag?", "Goedendag, waar gaat uw vraag over?"],
        "issue": ["mijn rekening is {amount} te hoog", "ik wil schade melden aan mijn fiets", "we komen {tdate} aan en willen een extra bed", "het hotel in {place} heeft geannuleerd", "ik ben verhuisd, polis aanpassen", "mijn incasso is gestorneerd"],
        "q_BOOKING_REFERENCE": ["Welke bevestigingscode heeft het hotel u gegeven?", "En het reserveringskenmerk?", "Kunt u de code van uw reisschema voorlezen?"],
        "q_CUSTOMER_NUMBER": ["Wat is het abonneenummer bovenaan de rekening?", "Wat is uw polisnummer?", "Mag ik je debiteurnummer?"],
        "q_PASSPORT": ["Ik heb het nummer van een identiteitsbewijs nodig.", "Met welk paspoort reist u? Het nummer graag."],
        "q_DATE_OF_BIRTH": ["Ter verificatie: wat is de geboortedatum van de verzekeringnemer?", "Uw geboortedag graag?", "Wanneer ben je jarig, met jaartal?"],
        "q_PHONE_NUMBER": ["Over welk nummer gaat het?", "Welk nummer kan de bezorger bellen?", "Welk 06-nummer staat op het account?"],
        "q_PERSON": ["Wie is de hoofdgast?", "Op wiens naam staat de polis?", "Hoe heet de abonnementhouder?"],
        "q_EMAIL_ADDRESS": ["Naar welk mailadres sturen we het schadeformulier?", "Welk e-mailadres voor de digitale nota?"],
        "q_pay": ["Op welke rekening keren we de schade uit?", "Waar mogen we het bedrag op storten?"],
        "q_where": ["Naar welk adres gaat het?", "Bezorgen op welk adres?", "Waar moet de nieuwe simkaart heen?", "Wat is het nieuwe adres voor de polis?"],
        "q_all": ["Wie verblijven er? Voor- en achternaam plus geboortedatum graag.", "Geef me van elke reiziger de volledige naam, geboortedatum en paspoortnr."],
        "q_when": ["Op welke datum wilt u inchecken?", "Wanneer is de reis?"],
        "q_town": ["In welke stad is het hotel?", "Waar gaan jullie heen?"],
        "q_ref": ["Heeft u het schadenummer?", "Welk factuurnummer is het?"],
        "brb": ["ik pak even de brief", "momentje hoor", "sec", "wacht, de kinderen roepen", "ehh even kijken"],
        "np": ["Geen zorgen.", "Rustig aan!", "Prima hoor."],
        "ok": ["Dank je, staat erin.", "Genoteerd.", "Mooi, dank u.", "Helemaal goed."],
        "bye": ["Kan ik nog iets voor u doen?", "Alles is geregeld, fijne avond."],
        "bye_c": ["nee hoor", "top, doei", "dat was alles"],
        "cue": ["mijn mailadres: {email}", "de rekeninghouder is {name}", "bel graag {phone} na 17u", "mijn referentie is {booking}"],
        "kids": ["de kinderen:", "en de kleintjes", "kinderen:", "plus"],
        "again": ["sorry laatste stuk is {v}", "typfout: {v}", "correctie: {v}", "moet zijn {v}"],
        "cont": ["...{v}", "{v}", "dan {v}", "en {v} op het eind"],
        "neg_nodob": ["bedoel je de reisdatum? dat is {tdate}", "we checken {tdate} in als dat helpt"],
        "neg_noacc": ["ik heb alleen factuurnummer {ref}", "er staat {ref} op de brief, is dat het?"],
    },
    "nb": {
        "hello": ["Takk for at du kontakter Fjordnett, du snakker med {agent}.", "Hei, {agent} i Vestlandsforsikring.", "God kveld! {agent} i hotellresepsjonen."],
        "hello0": ["Hei 👋 hva kan vi hjelpe med?", "Velkommen til kundesenteret. Hva gjelder det?", "Takk for at du ventet, hva kan jeg gjøre?"],
        "issue": ["regningen min er {amount} for høy", "vil melde skade på mobilen", "vi kommer {tdate} og trenger ekstraseng", "hotellet i {place} har avlyst", "har flyttet, må oppdatere forsikringen", "avtalegiroen min ble avvist"],
        "q_BOOKING_REFERENCE": ["Hvilken bekreftelseskode fikk du fra hotellet?", "Og reservasjonsreferansen?", "Kan du lese opp koden fra reiseplanen?"],
        "q_CUSTOMER_NUMBER": ["Hva er abonnementsnummeret øverst på regningen?", "Hva er polisenummeret?", "Kan jeg få kundenr.?"],
        "q_PASSPORT": ["Jeg trenger nummeret på et ID-dokument, helst pass.", "Hvilket pass reiser du med? Nummeret, takk."],
        "q_DATE_OF_BIRTH": ["For verifisering: forsikringstakers fødselsdato?", "Bursdagen din med årstall?", "Jeg trenger fødselsdato for å bekrefte."],
        "q_PHONE_NUMBER": ["Hvilket nummer gjelder det?", "Hvilket nummer skal budet ringe?", "Kan du bekrefte mobilnummeret på kontoen?"],
        "q_PERSON": ["Hvem er hovedgjesten?", "Hvem står som forsikringstaker?", "Hvem står avtalen på?"],
        "q_EMAIL_ADDRESS": ["Hvilken e-post skal skademeldingen sendes til?", "Hvilken e-post for eFaktura?"],
        "q_pay": ["Hvilken konto skal erstatningen betales til?", "Hvor vil du ha pengene?"],
        "q_where": ["Hvilken adresse skal det til?", "Levering til hvilken adresse?", "Hvor skal det nye SIM-kortet?", "Hva er den nye adressen på forsikringen?"],
        "q_all": ["Hvem skal bo der? Fornavn, etternavn og fødselsdato, takk.", "Gi meg fullt navn, fødselsdato og passnr. for alle reisende."],
        "q_when": ["Hvilken dato vil du sjekke inn?", "Når er turen?"],
        "q_town": ["Hvilken by ligger hotellet i?", "Hvor skal dere?"],
        "q_ref": ["Har du skadenummeret?", "Hvilket fakturanummer er det?"],
        "brb": ["henter brevet", "vent litt", "to sek", "vent, ungene roper", "ehm skal se"],
        "np": ["Null stress.", "Ta den tiden du trenger!", "Greit."],
        "ok": ["Takk, det er registrert.", "Notert.", "Fint, takk.", "Flott."],
        "bye": ["Noe mer jeg kan hjelpe med?", "Da er alt i orden, ha en fin kveld."],
        "bye_c": ["nei, det går fint", "takk, ha det", "det var alt"],
        "cue": ["e-posten min: {email}", "kontoeier er {name}", "ring {phone} etter kl 17", "referansen min er {booking}"],
        "kids": ["barna:", "og de små", "barn:", "pluss"],
        "again": ["sorry, siste del er {v}", "skrivefeil: {v}", "rettelse: {v}", "skal være {v}"],
        "cont": ["...{v}", "{v}", "så {v}", "og {v} til slutt"],
        "neg_nodob": ["mener du reisedatoen? den er {tdate}", "vi sjekker inn {tdate} hvis det hjelper"],
        "neg_noacc": ["har bare fakturanummer {ref}", "det står {ref} på brevet, er det det?"],
    },
    "ru": {
        "hello": ["Спасибо за обращение в «Связь-Плюс», с вами {agent}.", "Добрый вечер, {agent}, страховая компания.", "Здравствуйте! {agent}, отдел бронирования гостиниц."],
        "hello0": ["Здравствуйте 👋 чем помочь?", "Оператор на связи. Какой вопрос?", "Спасибо за ожидание, слушаю."],
        "issue": ["в счёте лишние {amount}", "хочу заявить страховой случай, разбил телефон", "приезжаем {tdate}, нужна доп. кровать", "отель в {place} отменил бронь", "я переехал, надо обновить полис", "не прошёл автоплатёж"],
        "q_BOOKING_REFERENCE": ["Какой код подтверждения вам дал отель?", "А номер брони?", "Продиктуйте код из маршрутной квитанции."],
        "q_CUSTOMER_NUMBER": ["Продиктуйте номер договора сверху на счёте.", "Какой номер полиса?", "Ваш номер абонента?"],
        "q_PASSPORT": ["Нужен номер документа, лучше загранпаспорта.", "По какому паспорту летите? Номер, пожалуйста."],
        "q_DATE_OF_BIRTH": ["Для проверки: дата рождения страхователя?", "Ваш день рождения с годом?", "Уточните дату рождения для верификации."],
        "q_PHONE_NUMBER": ["О каком номере речь?", "На какой номер звонить курьеру?", "Подтвердите мобильный в аккаунте."],
        "q_PERSON": ["Кто основной гость?", "На кого оформлен полис?", "На кого договор?"],
        "q_EMAIL_ADDRESS": ["На какую почту прислать бланк заявления?", "Какая почта для электронных счетов?"],
        "q_pay": ["На какой счёт перечислить выплату?", "Куда вернуть деньги?"],
        "q_where": ["На какой адрес?", "Доставка куда?", "Куда отправить новую сим-карту?", "Какой новый адрес для полиса?"],
        "q_all": ["Кто будет проживать? Имя, фамилия и дата рождения каждого.", "Напишите ФИО, дату рождения и номер паспорта каждого путешественника."],
        "q_when": ["На какую дату заезд?", "Когда поездка?"],
        "q_town": ["В каком городе отель?", "Куда едете?"],
        "q_ref": ["Есть номер заявки?", "Какой номер счёта-фактуры?"],
        "brb": ["ищу письмо", "секундочку", "две сек", "погодите, дети кричат", "эээ сейчас гляну"],
        "np": ["Ничего страшного.", "Не спешите!", "Хорошо."],
        "ok": ["Спасибо, внесла.", "Записала.", "Отлично, благодарю.", "Принято."],
        "bye": ["Могу ещё чем-нибудь помочь?", "Всё оформлено, хорошего вечера."],
        "bye_c": ["нет, всё", "спс, пока", "это всё"],
        "cue": ["моя почта: {email}", "владелец счёта {name}", "звоните {phone} после 17", "мой номер брони {booking}"],
        "kids": ["дети:", "и малыши", "дети -", "плюс"],
        "again": ["извините, конец такой: {v}", "опечатка: {v}", "исправляю: {v}", "должно быть {v}"],
        "cont": ["...{v}", "{v}", "потом {v}", "и {v} в конце"],
        "neg_nodob": ["вы про дату поездки? это {tdate}", "заезд {tdate}, если это нужно"],
        "neg_noacc": ["есть только номер счёта-фактуры {ref}", "в письме {ref}, это оно?"],
    },
}  # fmt: skip

AMOUNTS = {"en": ["£12.40", "£230"], "nl": ["€ 37,50", "€212"], "nb": ["129 kr", "kr 2 400"], "ru": ["780 ₽", "3 100 руб"]}
SPELL = {
    "en": [("(at)", "(dot)"), ("at", "dot"), ("AT", "DOT"), ("@ sign", "full stop")],
    "nl": [("(apenstaart)", "(punt)"), ("apestaartje", "punt"), ("at", "punt"), ("@-teken", "puntje")],
    "nb": [("(alfakrøll)", "(punktum)"), ("krøll", "punktum"), ("alfakrøll", "prikk"), ("at", "prikk")],
    "ru": [("(собака)", "(точка)"), ("собачка", "точка"), ("собака", "тчк"), ("эт", "точка")],
}  # fmt: skip
OR = {"en": " or ", "nl": " of ", "nb": " eller ", "ru": " или "}
GO_ON = {"en": ["Go on", "yes?", "ok…", "and?"], "nl": ["Ga door", "ja?", "ok…", "en verder?"],
         "nb": ["Fortsett", "ja?", "ok…", "og?"], "ru": ["Продолжайте", "да?", "ок…", "и?"]}  # fmt: skip
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


class Sealed:
    def __init__(self, rng: random.Random, lang: str):
        self.r, self.lang, self.s = rng, lang, S[lang]

    def say(self, key: str, **slots: Part) -> list[Part]:
        return T(self.r.choice(self.s[key]), **slots)

    def person(self) -> tuple[str, str]:
        firsts, lasts = NAMES[self.lang]
        first, last = self.r.choice(firsts), self.r.choice(lasts)
        if self.lang == "ru" and first in RU_FEM:
            last += "а"
        return first, last

    def full_name(self) -> str:
        return " ".join(self.person())

    def dob(self) -> str:
        d, m, y = mv.birth_date(self.r)
        return mv.date_text(self.r, self.lang, d, m, y)

    def tdate(self) -> N:
        d, m, y = mv.travel_date(self.r)
        return N(mv.date_text(self.r, self.lang, d, m, y, self.r.choice([0, 1, 2])), "travel_date")

    def email(self) -> tuple[list[str], str]:
        first, last = self.person()
        return mv.email_parts(self.r, self.lang, first, last)

    def address(self) -> str:
        streets, cities = ADDR[self.lang]
        st, (city, pc) = self.r.choice(streets), self.r.choice(cities)
        no = self.r.randint(2, 99)
        forms = {
            "en": [f"{no} {st}\n{city}\n{pc}", f"{no} {st}, {pc}", f"{st} {no}, {city}", f"{no}, {pc}"],
            "nl": [f"{pc.replace(' ', '')} {no}", f"{st} {no}-{self.r.randint(1, 3)} {city}", f"{st} {no}\n{pc} {city}", f"{pc} {city}, {st} {no}"],
            "nb": [f"{st} {no} {chr(65 + self.r.randint(0, 3))}, {pc}", f"{st} {no}\n{pc} {city}", f"{pc} {city}, {st} {no}", f"{st} {no}, {city}"],
            "ru": [f"г. {city}, {st}, {no}-{self.r.randint(1, 200)}", f"{st} д{no} кв{self.r.randint(1, 200)} {city}", f"{city} {st} {no}", f"{pc} {city} {st} {no}"],
        }[self.lang]
        a = self.r.choice(forms)
        return a.lower() if self.r.random() < 0.75 else a

    def open(self) -> Turns:
        r = self.r
        hello = self.say("hello", agent=E(self.person()[0], "PERSON", "plain")) if r.random() < 0.5 else self.say("hello0")
        issue = self.say("issue", amount=N(r.choice(AMOUNTS[self.lang]), "amount"), tdate=self.tdate(),
                         place=N(r.choice(PLACES[self.lang]), "destination"))  # fmt: skip
        return [("agent", hello), ("customer", issue)] if r.random() < 0.7 else [("customer", issue), ("agent", hello)]

    def end(self) -> Turns:
        out: Turns = [("agent", self.say("bye"))]
        if self.r.random() < 0.6:
            out.append(("customer", self.say("bye_c")))
        return out

    def value(self, et: str) -> str:
        r = self.r
        if et == "BOOKING_REFERENCE":
            return mv.booking_ref(r)
        if et == "CUSTOMER_NUMBER":
            return r.choice(["", "", "", "K", "P-"]) + mv.digits(r, r.choice([6, 8, 11]))
        if et == "PASSPORT":
            return mv.passport(r, self.lang)
        if et == "DATE_OF_BIRTH":
            return self.dob()
        if et == "PHONE_NUMBER":
            return mv.phone(r, self.lang)
        if et == "PERSON":
            return self.full_name()
        if et == "EMAIL_ADDRESS":
            local, dom = self.email()
            return ".".join(local) + "@" + dom
        raise ValueError(et)

    def account(self) -> tuple[str, str]:
        r = self.r
        if self.lang == "ru":
            return "BANK_ACCOUNT", mv.ru_account(r)
        if self.lang == "nb" and r.random() < 0.5:
            k = mv.no_kontonr(r)
            return "BANK_ACCOUNT", f"{k[:4]} {k[4:6]} {k[6:]}"
        v = mv.iban(r, {"en": "GB", "nl": "NL", "nb": "NO"}[self.lang])
        return "IBAN_CODE", v if r.random() < 0.6 else v.replace(" ", "")

    def negatives(self, turns: Turns) -> None:
        r = self.r
        k = r.randint(0, 5)
        ref = N(r.choice(["", "S-", "INV"]) + mv.digits(r, r.choice([6, 8, 9])), "order_number")
        if k == 0:
            turns += [("agent", self.say("q_DATE_OF_BIRTH")), ("customer", self.say("neg_nodob", tdate=self.tdate()))]
        elif k == 1:
            turns += [("agent", self.say("q_CUSTOMER_NUMBER")), ("customer", self.say("neg_noacc", ref=ref))]
        elif k == 2:
            turns += [("agent", self.say("q_ref")), ("customer", [ref])]
        elif k == 3:
            turns += [("agent", self.say("q_when")), ("customer", [self.tdate()])]
        elif k == 4:
            place = r.choice(PLACES[self.lang])
            turns += [("agent", self.say("q_town")), ("customer", [N(place.lower(), "destination")])]
        # k == 5: none

    # ------------------------------------------------------------------ classes

    def bare_answer(self) -> Turns:
        r = self.r
        turns = self.open()
        asked = r.sample(["BOOKING_REFERENCE", "CUSTOMER_NUMBER", "PASSPORT", "DATE_OF_BIRTH", "PHONE_NUMBER", "PERSON", "EMAIL_ADDRESS"], 2)
        if r.random() < 0.4:  # both questions in one message, answered one per message, later
            turns.append(("agent", self.say(f"q_{asked[0]}") + [" "] + self.say(f"q_{asked[1]}")))
            turns.append(("customer", self.say("brb")))
            turns.append(("agent", self.say("np")))
            for et in asked:
                v = self.value(et)
                turns.append(("customer", [E(v.lower() if r.random() < 0.4 else v, et, "bare_answer")]))
        else:
            for et in asked:
                turns.append(("agent", self.say(f"q_{et}")))
                if r.random() < 0.5:
                    turns.append(("customer", self.say("brb")))
                v = self.value(et)
                v = v.upper() if et == "PERSON" and r.random() < 0.2 else v
                turns.append(("customer", [E(v, et, "bare_answer")] + ([r.choice([" ?", "!", " ok"])] if r.random() < 0.3 else [])))
        turns.append(("agent", self.say("ok")))
        self.negatives(turns)
        return turns + self.end()

    def list_(self) -> Turns:
        r = self.r
        turns = self.open()
        kind = r.choice(["guests", "guests", "guests", "phones", "names"])
        parts: list[Part] = []
        if kind == "guests":
            turns.append(("agent", self.say("q_all")))
            n = r.choice([2, 3, 3, 5])
            with_pp = r.random() < 0.5
            for i in range(n):
                nm, dob = self.full_name(), self.dob()
                if i == 2 and n > 2:
                    parts.append("\n" + r.choice(self.s["kids"]) + " ")
                elif i:
                    parts.append(r.choice(["\n", " | ", ", "]))
                parts += [E(nm, "PERSON", "list"), r.choice([" - ", " ", " – "]), E(dob, "DATE_OF_BIRTH", "list")]
                if with_pp:
                    parts += [" ", E(mv.passport(r, self.lang), "PASSPORT", "list")]
        elif kind == "phones":
            turns.append(("agent", self.say("q_PHONE_NUMBER")))
            for i in range(r.choice([2, 3])):
                if i:
                    parts.append(r.choice([OR[self.lang], ", ", " / "]))
                parts.append(E(mv.phone(r, self.lang), "PHONE_NUMBER", "list"))
        else:
            turns.append(("agent", self.say("q_PERSON")))
            for i in range(r.choice([2, 3, 4])):
                if i:
                    parts.append(r.choice([", ", " & ", " + "]))
                nm = self.full_name()
                parts.append(E(nm.lower() if r.random() < 0.3 else nm, "PERSON", "list"))
        turns.append(("customer", parts))
        turns.append(("agent", self.say("ok")))
        self.negatives(turns)
        return turns + self.end()

    def split(self) -> Turns:
        r = self.r
        turns = self.open()
        kind = r.choice(["account3", "account2", "phone", "fix_tail", "email"])
        if kind in ("account3", "account2"):
            et, v = self.account()
            turns.append(("agent", self.say("q_pay")))
            compact = v.replace(" ", "")
            k = 3 if kind == "account3" else 2
            cuts = sorted(r.sample(range(4, len(compact) - 2), k - 1))
            pieces = [compact[a:b] for a, b in zip([0, *cuts], [*cuts, len(compact)], strict=True)]
            for i, p in enumerate(pieces):
                turns.append(("customer", [E(p, et, "split")] if i == 0 else self.say("cont", v=E(p, et, "split"))))
        elif kind == "phone":
            v = mv.phone(r, self.lang, 0)
            turns.append(("agent", self.say("q_PHONE_NUMBER")))
            head, tail = v.split(" ", 1) if r.random() < 0.5 else (v[: len(v) // 2].rstrip(), v[len(v) // 2 :].lstrip())
            turns.append(("customer", [E(head, "PHONE_NUMBER", "split")]))
            turns.append(("agent", [r.choice(GO_ON[self.lang])]))
            turns.append(("customer", [E(tail, "PHONE_NUMBER", "split")]))
        elif kind == "fix_tail":  # typed, then only the end corrected
            v = mv.phone(r, self.lang, 1)
            bad = v[:-2] + v[-1] + v[-2] if v[-1] != v[-2] else v[:-1] + str((int(v[-1]) + 3) % 10)
            turns.append(("agent", self.say("q_PHONE_NUMBER")))
            turns.append(("customer", [E(bad, "PHONE_NUMBER", "split")]))
            turns.append(("customer", self.say("again", v=E(v[-2:], "PHONE_NUMBER", "split"))))
        else:
            local, dom = self.email()
            turns.append(("agent", self.say("q_EMAIL_ADDRESS")))
            turns.append(("customer", [E(".".join(local), "EMAIL_ADDRESS", "split")]))
            turns.append(("customer", [E("@" + dom, "EMAIL_ADDRESS", "split")]))
        turns.append(("agent", self.say("ok")))
        self.negatives(turns)
        return turns + self.end()

    def disguised(self) -> Turns:
        r = self.r
        turns = self.open()
        kind = r.choice(["mail", "mail", "mail_caps", "fullwidth", "spaced", "letters_for_digits", "spaced_mail"])
        if kind in ("mail", "mail_caps"):
            at, dot = r.choice(SPELL[self.lang])
            local, dom = self.email()
            dom_parts = dom.split(".")
            sep = r.choice([" ", ""]) if at.startswith("(") else " "
            s = f"{sep}{dot}{sep}".join(local) + f"{sep}{at}{sep}" + f"{sep}{dot}{sep}".join(dom_parts)
            s = s.upper() if kind == "mail_caps" else s
            turns.append(("agent", self.say("q_EMAIL_ADDRESS")))
            turns.append(("customer", [E(s, "EMAIL_ADDRESS", "disguised")]))
        elif kind == "fullwidth":
            et = r.choice(["PHONE_NUMBER", "CUSTOMER_NUMBER"])
            v = self.value(et).translate(FULLWIDTH)
            turns.append(("agent", self.say(f"q_{et}")))
            turns.append(("customer", [E(v, et, "disguised")]))
        elif kind == "spaced":
            et = r.choice(["BOOKING_REFERENCE", "PASSPORT", "CUSTOMER_NUMBER"])
            v = self.value(et).replace(" ", "")
            v = r.choice([" ", "-", "."]).join(v)
            turns.append(("agent", self.say(f"q_{et}")))
            turns.append(("customer", [E(v, et, "disguised")]))
        elif kind == "letters_for_digits":
            et = r.choice(["PHONE_NUMBER", "CUSTOMER_NUMBER", "PASSPORT"])
            v = self.value(et)
            v2 = "".join(("O" if c == "0" and r.random() < 0.7 else "l" if c == "1" and r.random() < 0.5 else c) for c in v)
            if v2 == v:
                v2 = mv.with_zero_width(r, v, 2)
            turns.append(("agent", self.say(f"q_{et}")))
            turns.append(("customer", [E(v2, et, "disguised")]))
        else:  # an address with spaces around every separator, as some keyboards do
            local, dom = self.email()
            v = " . ".join(local) + r.choice([" @ ", " @", "@ "]) + " . ".join(dom.split("."))
            turns.append(("agent", self.say("q_EMAIL_ADDRESS")))
            turns.append(("customer", [E(v, "EMAIL_ADDRESS", "disguised")]))
        turns.append(("agent", self.say("ok")))
        self.negatives(turns)
        return turns + self.end()

    def address_no_cue(self) -> Turns:
        r = self.r
        turns = self.open()
        turns.append(("agent", self.say("q_where")))
        if r.random() < 0.35:
            turns.append(("customer", self.say("brb")))
            turns.append(("agent", self.say("np")))
        turns.append(("customer", [E(self.address(), "LOCATION", "address_no_cue")]))
        turns.append(("agent", self.say("ok")))
        self.negatives(turns)
        return turns + self.end()

    def plain(self) -> Turns:
        r = self.r
        turns = self.open()
        local, dom = self.email()
        slots = {"email": E(".".join(local) + "@" + dom, "EMAIL_ADDRESS", "plain"),
                 "name": E(self.full_name(), "PERSON", "plain"),
                 "phone": E(mv.phone(r, self.lang), "PHONE_NUMBER", "plain"),
                 "booking": E(mv.booking_ref(r), "BOOKING_REFERENCE", "plain")}  # fmt: skip
        for tpl in r.sample(self.s["cue"], 2):
            turns.append(("customer", T(tpl, **slots)))
            turns.append(("agent", self.say("ok")))
        self.negatives(turns)
        return turns + self.end()


# more conversations for the classes with one span per conversation, so that each class x
# language cell has enough spans to tell 0.95 from 0.90 (drawn after the first round, from
# their own random stream: the first round is unchanged)
EXTRA = {"bare_answer": 10, "split": 10, "disguised": 20, "address_no_cue": 20}


def generate(seed: int, per_class: int, extra: bool = True) -> list[dict]:
    records: list[dict] = []
    for lang in mv.LANGS:
        g = Sealed(random.Random(f"sealed-{seed}-{lang}"), lang)
        builders = {"bare_answer": g.bare_answer, "list": g.list_, "split": g.split,
                    "disguised": g.disguised, "address_no_cue": g.address_no_cue,
                    "plain": g.plain}  # fmt: skip
        n = 0
        convs: list[list[dict]] = []
        for _ in range(per_class):
            for build in builders.values():
                n += 1
                convs.append(mv.conversation_records(f"sealed-{lang}-{n:03d}", lang, build()))
        if extra:
            g.r = random.Random(f"sealed-{seed}-{lang}-extra")
            for cls, count in EXTRA.items():
                for _ in range(count):
                    n += 1
                    convs.append(
                        mv.conversation_records(f"sealed-{lang}-{n:03d}", lang, builders[cls]())
                    )
        for conv in convs:
            records += conv
    return records


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=4021)
    ap.add_argument("--per-class", type=int, default=10)
    ap.add_argument("--out", type=Path, default=HERE / "sealed.jsonl")
    args = ap.parse_args()
    records = generate(args.seed, args.per_class)
    errors = mv.verify(records)
    if errors:
        print("\n".join(errors[:20]), file=sys.stderr)
        return 1
    mv.write_jsonl(records, args.out)
    print(f"{args.out}: {len({r['conversation_id'] for r in records})} conversations", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
