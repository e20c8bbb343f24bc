#!/usr/bin/env python3
# ruff: noqa: E501  (hand-written phrase tables: one phrasing per string, kept on one line)
"""Write dev.jsonl: multi-turn customer-service conversations (en, nl, nb, ru), labelled.

    .venv/bin/python bench/accuracy/conversations/make_dev.py [--seed 13] [--per-class 12]

Deterministic for a seed. The texts come from hand-written phrasings (several per question,
answer and filler, per language); the values from make_values.py. Written without looking at
privacyguard's rules. The sealed set is made by a different script with different phrasings.
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



# --------------------------------------------------------------------------------------
# phrasings per language
# --------------------------------------------------------------------------------------

P: dict[str, dict[str, list[str]]] = {
    "en": {
        "greet": ["Hi, you're chatting with {agent} from Skyline. How can I help?",
                  "Good morning! {agent} here, how can I help you today?",
                  "Hello, thanks for waiting. My name is {agent}, what can I do for you?",
                  "Hi there, {agent} speaking. What's up?"],
        "greet_anon": ["Hello, how can I help?", "Hi! What can I do for you today?",
                       "Welcome to Skyline support. How can we help?"],
        "open": ["hi, I need to change my flight to {dest} on {tdate}",
                 "hello, my parcel never arrived, order {order}",
                 "Hi. I was charged {amount} twice this month",
                 "hey, we are flying to {dest} and I want to add a bag",
                 "Hi, I want to update my details please",
                 "hello I can't log in to the app since yesterday",
                 "Hi, I'd like a refund for the {time} flight to {dest}"],
        "clarify_c": ["where do I find that?", "the one on the email?", "is that the long one?", "hmm which one"],
        "clarify_a": ["It's at the top of your confirmation.", "Yes, that one.", "It should be on your last invoice.", "The one we sent you by email."],
        "hold": ["one moment", "hang on, let me find it", "sec", "just a moment please, it's in my email",
                 "let me check", "ok give me a minute", "wait, looking for it"],
        "wait": ["No problem, take your time.", "Sure, no rush.", "Of course.", "Okay, I'll wait."],
        "ack": ["Thanks!", "Thank you, found it.", "Great, thanks.", "Perfect, one moment please.",
                "Thanks, I can see the booking now."],
        "close_a": ["Is there anything else I can help with?", "Anything else today?",
                    "All done. Have a nice day!"],
        "close_c": ["no that's all, thanks", "thanks a lot!", "great, bye", "that's it, cheers"],
        "ask_BOOKING_REFERENCE": ["What was the booking code again?", "Could you give me your booking reference?",
                                  "Can I have the 6-character reservation code?", "What's the PNR on your ticket?",
                                  "Do you have the booking number handy?"],
        "ask_CUSTOMER_NUMBER": ["What is your customer number?", "Can you tell me your account number with us?",
                                "Could I have your membership number please?", "What's your client ID?",
                                "Do you know your customer ID? It's on the invoice."],
        "ask_PASSPORT": ["What's the passport number?", "Can you give me the number of your passport?",
                         "I need the travel document number, please.", "Passport number for the booking?"],
        "ask_DATE_OF_BIRTH": ["And your date of birth?", "Can you confirm your date of birth?",
                              "What's the passenger's birth date?", "When were you born, for verification?",
                              "DOB please?"],
        "ask_PHONE_NUMBER": ["Which phone number can we reach you on?", "What's the best number to call you back?",
                             "Can I have a mobile number for the SMS updates?", "Your phone number please?"],
        "ask_EMAIL_ADDRESS": ["What email address should we use?", "Can you give me your e-mail?",
                              "Where should I send the confirmation email?", "What's the email on the account?"],
        "ask_PERSON": ["Can I have your full name please?", "Who am I speaking with?",
                       "What name is the booking under?", "And the name of the account holder?"],
        "ask_NATIONAL_ID": ["What's your national insurance number?", "Could you give me your NI number?"],
        "ask_IBAN_CODE": ["Which IBAN should the refund go to?", "Can you give me the account for the refund?",
                          "Please send the IBAN you want us to pay into."],
        "ask_address": ["Where should we send it?", "What address should the new card go to?",
                        "Where do you want the replacement delivered?", "And the delivery address?",
                        "Where shall we post the documents?"],
        "ask_list": ["Can you give me the names, dates of birth and passport numbers of everyone travelling?",
                     "Please list all passengers with date of birth and passport.",
                     "Who's travelling? I need name, DOB and passport for each."],
        "rel": ["and my wife", "and our son", "and our daughter", "and my husband", "and my mum", "plus"],
        "ask_order": ["What's the order number?", "Do you have the order number?"],
        "ask_travel": ["When do you want to fly?", "Which date would you like to move it to?"],
        "ask_dest": ["Where are you flying to?", "Which destination?"],
        "neg_custno": ["I can't find my customer number, only the order number {order}",
                       "no idea, the order was {order} if that helps", "not sure, I only have order {order}"],
        "neg_dob": ["why do you need that? we're flying on {tdate}", "is that for the {tdate} flight?"],
        "cue_email": ["my email is {v}", "you can reach me at {v}", "email: {v}", "send it to {v} please"],
        "cue_phone": ["my number is {v}", "call me on {v}", "mobile: {v}", "you can text {v}"],
        "cue_iban": ["my IBAN is {v}", "please refund to IBAN {v}", "account {v}"],
        "cue_booking": ["my booking code is {v}", "booking ref {v}", "the reservation is {v}"],
        "cue_custno": ["my customer number is {v}", "customer no. {v}", "member number {v}"],
        "cue_dob": ["I was born on {v}", "date of birth {v}", "DOB: {v}"],
        "cue_name": ["my name is {v}", "this is {v}", "hi, {v} here"],
        "split_oops": ["oops sent too early", "sorry hit enter", "", "that was half of it", "sorry"],
        "split_cont": ["rest is {v}", "{v}", "{v} sorry", "and then {v}", "{v}, that's it"],
        "correct": ["sorry, typo, it's {v}", "wait no, correct one is {v}", "*{v}", "sorry I mean {v}"],
        "spell_at": [" at ", " (at) ", " [at] ", " AT "],
        "spell_dot": [" dot ", " dot ", " (dot) ", " period "],
        "spell_intro": ["{v}", "it's {v}", "email is {v}", "{v} all lowercase"],
        "words_intro": ["{v}", "it's {v}", "the number is {v}"],
        "zw_intro": ["{v}", "here: {v}", "copied from the app: {v}"],
    },
    "nl": {
        "greet": ["Goedemiddag, u spreekt met {agent} van Klantenservice. Waarmee kan ik helpen?",
                  "Hoi! Je chat met {agent}. Wat kan ik voor je doen?",
                  "Goedemorgen, {agent} hier. Hoe kan ik u helpen?",
                  "Welkom, mijn naam is {agent}. Waar gaat het over?"],
        "greet_anon": ["Goedemiddag, waarmee kan ik u helpen?", "Hoi, waar kan ik mee helpen?",
                       "Welkom bij de chat van Oranjereis."],
        "open": ["hoi ik wil mijn vlucht naar {dest} van {tdate} omboeken",
                 "goedemiddag, mijn pakket is niet aangekomen, bestelling {order}",
                 "Er is {amount} dubbel afgeschreven",
                 "we vliegen naar {dest} en willen een koffer bijboeken",
                 "hallo ik wil mijn gegevens wijzigen",
                 "ik kan sinds gisteren niet meer inloggen in de app",
                 "Ik wil graag geld terug voor de vlucht van {time} naar {dest}"],
        "clarify_c": ["waar vind ik die?", "die uit de mail?", "is dat die lange?", "welke bedoel je"],
        "clarify_a": ["Die staat bovenaan de bevestiging.", "Ja, die.", "Die staat op uw laatste factuur.", "Die hebben we u gemaild."],
        "hold": ["momentje", "even zoeken", "moment, ik pak het erbij", "ff kijken", "een ogenblik",
                 "wacht even, staat in mijn mail"],
        "wait": ["Geen probleem, neem de tijd.", "Prima, ik wacht.", "Natuurlijk.", "Geen haast hoor."],
        "ack": ["Dank u wel.", "Top, ik heb hem gevonden.", "Bedankt!", "Helder, een moment alstublieft."],
        "close_a": ["Kan ik verder nog ergens mee helpen?", "Is er nog iets anders?",
                    "Dan is het geregeld. Fijne dag!"],
        "close_c": ["nee dat was het, bedankt", "super, dank je", "dank u, doei", "nee hoor, top"],
        "ask_BOOKING_REFERENCE": ["Wat is de boekingscode?", "Mag ik uw reserveringsnummer?",
                                  "Wat was de boekingscode ook alweer?", "Heeft u de 6-cijferige code van de boeking?",
                                  "Kun je het dossiernummer van de reis geven?"],
        "ask_CUSTOMER_NUMBER": ["Wat is uw klantnummer?", "Mag ik je klantnummer?",
                                "Heeft u uw relatienummer bij de hand?", "Wat is je lidnummer?",
                                "Kunt u het klantnummer van de factuur doorgeven?"],
        "ask_PASSPORT": ["Wat is het paspoortnummer?", "Mag ik het documentnummer van uw paspoort?",
                         "Wat is het nummer van je ID-kaart of paspoort?", "Paspoortnummer graag."],
        "ask_DATE_OF_BIRTH": ["Wat is uw geboortedatum?", "En je geboortedatum?",
                              "Kunt u ter controle uw geboortedatum geven?", "Wanneer bent u geboren?",
                              "Geboortedatum van de reiziger?"],
        "ask_PHONE_NUMBER": ["Op welk nummer kunnen we u bereiken?", "Wat is je mobiele nummer?",
                             "Mag ik een telefoonnummer voor de sms?", "Welk nummer mogen we terugbellen?"],
        "ask_EMAIL_ADDRESS": ["Wat is uw e-mailadres?", "Naar welk mailadres mag de bevestiging?",
                              "Welk e-mailadres hoort bij het account?", "Mag ik je mailadres?"],
        "ask_PERSON": ["Mag ik uw volledige naam?", "Met wie spreek ik?", "Op welke naam staat de boeking?",
                       "Wat is de naam van de rekeninghouder?"],
        "ask_NATIONAL_ID": ["Wat is uw BSN?", "Mag ik je burgerservicenummer?"],
        "ask_IBAN_CODE": ["Op welk rekeningnummer mogen we het terugstorten?", "Wat is je IBAN?",
                          "Naar welke rekening moet de terugbetaling?"],
        "ask_address": ["Waar mogen we het naartoe sturen?", "Naar welk adres moet de nieuwe pas?",
                        "Wat is het bezorgadres?", "Waar moet het pakket heen?", "Waar kunnen we de stukken naartoe sturen?"],
        "ask_list": ["Wilt u van alle reizigers de naam, geboortedatum en paspoortnummer doorgeven?",
                     "Graag per passagier naam, geboortedatum en paspoort.",
                     "Wie reizen er mee? Ik heb naam, geboortedatum en documentnummer nodig."],
        "rel": ["en mijn vrouw", "en onze zoon", "en onze dochter", "en mijn man", "en mijn moeder", "en"],
        "ask_order": ["Wat is het bestelnummer?", "Heeft u het ordernummer?"],
        "ask_travel": ["Wanneer wilt u vliegen?", "Naar welke datum wilt u omboeken?"],
        "ask_dest": ["Waar vliegt u naartoe?", "Welke bestemming?"],
        "neg_custno": ["klantnummer weet ik niet, wel het bestelnummer {order}",
                       "geen idee, de bestelling was {order}", "ik heb alleen order {order}"],
        "neg_dob": ["waarom is dat nodig? we vliegen op {tdate}", "is dat voor de vlucht van {tdate}?"],
        "cue_email": ["mijn mail is {v}", "e-mail: {v}", "mailen naar {v} graag", "mijn e-mailadres is {v}"],
        "cue_phone": ["mijn nummer is {v}", "bel me op {v}", "mobiel: {v}", "tel {v}"],
        "cue_iban": ["mijn IBAN is {v}", "graag terugstorten op {v}", "rekeningnummer {v}"],
        "cue_booking": ["mijn boekingscode is {v}", "boekingsnummer {v}", "reservering {v}"],
        "cue_custno": ["mijn klantnummer is {v}", "klantnr {v}", "relatienummer {v}"],
        "cue_dob": ["ik ben geboren op {v}", "geboortedatum {v}", "geb. {v}"],
        "cue_name": ["mijn naam is {v}", "met {v}", "u spreekt met {v}"],
        "split_oops": ["oeps te vroeg verstuurd", "sorry op enter gedrukt", "", "dat was de helft", "sorry"],
        "split_cont": ["rest is {v}", "{v}", "{v} sorry", "en dan {v}", "{v}, klopt"],
        "correct": ["sorry typfout, het is {v}", "nee wacht, het goede is {v}", "*{v}", "ik bedoel {v}"],
        "spell_at": [" apestaart ", " at ", " apenstaartje ", " (at) "],
        "spell_dot": [" punt ", " punt ", " dot ", " (punt) "],
        "spell_intro": ["{v}", "het is {v}", "mail is {v}", "{v} alles klein"],
        "words_intro": ["{v}", "het is {v}", "nummer is {v}"],
        "zw_intro": ["{v}", "hier: {v}", "gekopieerd uit de app: {v}"],
    },
    "nb": {
        "greet": ["Hei, du chatter med {agent} i kundeservice. Hva kan jeg hjelpe med?",
                  "God dag, {agent} her. Hvordan kan jeg hjelpe deg?",
                  "Hei og velkommen! Jeg heter {agent}. Hva gjelder det?",
                  "Hei, {agent} her fra Nordfly."],
        "greet_anon": ["Hei, hva kan jeg hjelpe med?", "God dag, hvordan kan vi hjelpe?",
                       "Velkommen til chatten."],
        "open": ["hei, jeg må endre flyet til {dest} den {tdate}",
                 "pakken min har ikke kommet, ordre {order}",
                 "Jeg er trukket {amount} to ganger",
                 "vi skal fly til {dest} og vil legge til bagasje",
                 "hei, jeg vil oppdatere opplysningene mine",
                 "får ikke logget inn i appen siden i går",
                 "Jeg vil ha refusjon for flyet kl. {time} til {dest}"],
        "clarify_c": ["hvor finner jeg det?", "den i e-posten?", "er det den lange?", "hvilken mener du"],
        "clarify_a": ["Den står øverst i bekreftelsen.", "Ja, den.", "Den står på siste faktura.", "Den vi sendte på e-post."],
        "hold": ["et øyeblikk", "vent litt", "må bare finne det", "sek", "øyeblikk, sjekker mailen",
                 "vent, leter"],
        "wait": ["Ingen problem, ta den tiden du trenger.", "Helt greit.", "Selvfølgelig.", "Jeg venter."],
        "ack": ["Takk!", "Takk, fant den.", "Flott, takk.", "Supert, et øyeblikk."],
        "close_a": ["Er det noe mer jeg kan hjelpe med?", "Noe annet?", "Da er det ordnet. Ha en fin dag!"],
        "close_c": ["nei det var alt, takk", "tusen takk!", "supert, ha det", "nei, takk for hjelpen"],
        "ask_BOOKING_REFERENCE": ["Hva er bestillingsreferansen?", "Kan du gi meg bookingnummeret?",
                                  "Hva var referansekoden igjen?", "Har du den sekssifrede bestillingskoden?",
                                  "Hva står det som referanse på billetten?"],
        "ask_CUSTOMER_NUMBER": ["Hva er kundenummeret ditt?", "Kan jeg få kundenummeret?",
                                "Har du medlemsnummeret for hånden?", "Hva er kunde-ID-en din?",
                                "Kundenummeret står på fakturaen, kan du sende det?"],
        "ask_PASSPORT": ["Hva er passnummeret?", "Kan jeg få nummeret på passet ditt?",
                         "Jeg trenger passnummer til bestillingen.", "Passnummer, takk."],
        "ask_DATE_OF_BIRTH": ["Hva er fødselsdatoen din?", "Og fødselsdato?",
                              "Kan du bekrefte fødselsdatoen?", "Når er du født?",
                              "Fødselsdatoen til den reisende?"],
        "ask_PHONE_NUMBER": ["Hvilket nummer kan vi nå deg på?", "Hva er mobilnummeret ditt?",
                             "Kan jeg få et telefonnummer for SMS?", "Hvilket nummer skal vi ringe tilbake?"],
        "ask_EMAIL_ADDRESS": ["Hva er e-postadressen din?", "Hvilken e-post skal bekreftelsen til?",
                              "Hvilken e-postadresse er knyttet til kontoen?", "Kan jeg få e-posten din?"],
        "ask_PERSON": ["Kan jeg få fullt navn?", "Hvem snakker jeg med?", "Hvilket navn står bestillingen på?",
                       "Hva heter kontoinnehaveren?"],
        "ask_NATIONAL_ID": ["Hva er fødselsnummeret ditt (11 siffer)?", "Kan jeg få personnummeret ditt?"],
        "ask_IBAN_CODE": ["Hvilket kontonummer skal refusjonen til?", "Kan jeg få kontonummeret ditt?",
                          "Hvilken konto skal vi betale tilbake til?"],
        "ask_address": ["Hvor skal vi sende det?", "Hvilken adresse skal det nye kortet til?",
                        "Hva er leveringsadressen?", "Hvor vil du ha pakken levert?", "Hvor skal papirene sendes?"],
        "ask_list": ["Kan du sende navn, fødselsdato og passnummer for alle som reiser?",
                     "Jeg trenger navn, fødselsdato og pass for hver passasjer.",
                     "Hvem skal reise? Navn, fødselsdato og passnummer, takk."],
        "rel": ["og kona mi", "og sønnen vår", "og datteren vår", "og mannen min", "og mamma", "og"],
        "ask_order": ["Hva er ordrenummeret?", "Har du ordrenummeret?"],
        "ask_travel": ["Når vil du reise?", "Hvilken dato vil du endre til?"],
        "ask_dest": ["Hvor skal du fly?", "Hvilken destinasjon?"],
        "neg_custno": ["finner ikke kundenummer, bare ordrenummeret {order}",
                       "aner ikke, ordren var {order}", "har bare ordre {order}"],
        "neg_dob": ["hvorfor trenger dere det? vi reiser {tdate}", "er det for flyet {tdate}?"],
        "cue_email": ["e-posten min er {v}", "e-post: {v}", "send til {v}", "mailen min er {v}"],
        "cue_phone": ["nummeret mitt er {v}", "ring meg på {v}", "mobil: {v}", "tlf {v}"],
        "cue_iban": ["IBAN {v}", "kontonummer {v}", "refunder til {v}"],
        "cue_booking": ["bestillingsreferansen er {v}", "referanse {v}", "bookingnr {v}"],
        "cue_custno": ["kundenummeret mitt er {v}", "kundenr {v}", "medlemsnummer {v}"],
        "cue_dob": ["jeg er født {v}", "fødselsdato {v}", "f. {v}"],
        "cue_name": ["jeg heter {v}", "det er {v}", "hei, {v} her"],
        "split_oops": ["oi sendte for tidlig", "sorry trykket enter", "", "det var halvparten", "beklager"],
        "split_cont": ["resten er {v}", "{v}", "{v} beklager", "og så {v}", "{v}, det er alt"],
        "correct": ["beklager skrivefeil, det er {v}", "nei vent, riktig er {v}", "*{v}", "mener {v}"],
        "spell_at": [" alfakrøll ", " krøllalfa ", " at ", " (at) "],
        "spell_dot": [" prikk ", " punktum ", " dot ", " prikk "],
        "spell_intro": ["{v}", "det er {v}", "e-post er {v}", "{v} med små bokstaver"],
        "words_intro": ["{v}", "det er {v}", "nummeret er {v}"],
        "zw_intro": ["{v}", "her: {v}", "kopierte fra appen: {v}"],
    },
    "ru": {
        "greet": ["Здравствуйте, меня зовут {agent}, чем могу помочь?",
                  "Добрый день! На связи {agent}. Слушаю вас.",
                  "Здравствуйте, это {agent}, служба поддержки. Какой у вас вопрос?",
                  "Привет! {agent} на связи."],
        "greet_anon": ["Здравствуйте, чем могу помочь?", "Добрый день, слушаю вас.",
                       "Добро пожаловать в чат поддержки."],
        "open": ["здравствуйте, хочу поменять рейс в {dest} на {tdate}",
                 "мне не пришла посылка, заказ {order}",
                 "с меня дважды списали {amount}",
                 "летим в {dest}, хочу добавить багаж",
                 "добрый день, хочу обновить свои данные",
                 "не могу войти в приложение со вчерашнего дня",
                 "хочу вернуть деньги за рейс в {time} в {dest}"],
        "clarify_c": ["а где его найти?", "тот что в письме?", "это длинный?", "какой именно"],
        "clarify_a": ["Он вверху подтверждения.", "Да, он.", "Он есть в последнем счёте.", "Тот, что мы прислали на почту."],
        "hold": ["минутку", "секунду, ищу", "сейчас посмотрю", "щас", "одну минуту, в почте где-то",
                 "подождите, найду"],
        "wait": ["Конечно, не торопитесь.", "Хорошо, жду.", "Без проблем.", "Жду."],
        "ack": ["Спасибо!", "Спасибо, нашла.", "Отлично, спасибо.", "Принято, минутку."],
        "close_a": ["Могу ещё чем-то помочь?", "Что-нибудь ещё?", "Готово. Хорошего дня!"],
        "close_c": ["нет, это всё, спасибо", "спасибо большое!", "отлично, до свидания", "всё, спасибо"],
        "ask_BOOKING_REFERENCE": ["Какой у вас код бронирования?", "Назовите, пожалуйста, номер брони.",
                                  "Какой был код брони?", "Подскажите шестизначный код бронирования.",
                                  "Номер заказа на билет можете продиктовать?"],
        "ask_CUSTOMER_NUMBER": ["Какой у вас номер клиента?", "Назовите номер клиента, пожалуйста.",
                                "Подскажите номер участника программы.", "Какой у вас номер лицевого счёта?",
                                "Номер клиента есть в квитанции, можете прислать?"],
        "ask_PASSPORT": ["Какой номер паспорта?", "Назовите серию и номер загранпаспорта.",
                         "Мне нужен номер паспорта для брони.", "Номер паспорта, пожалуйста."],
        "ask_DATE_OF_BIRTH": ["Ваша дата рождения?", "Подскажите дату рождения.",
                              "Назовите дату рождения для проверки.", "Когда вы родились?",
                              "Дата рождения пассажира?"],
        "ask_PHONE_NUMBER": ["По какому номеру с вами связаться?", "Какой у вас мобильный?",
                             "Оставьте номер телефона для СМС.", "На какой номер перезвонить?"],
        "ask_EMAIL_ADDRESS": ["Какая у вас электронная почта?", "На какой адрес отправить подтверждение?",
                              "Какая почта привязана к аккаунту?", "Напишите ваш e-mail."],
        "ask_PERSON": ["Как вас зовут?", "Назовите ваши фамилию и имя.", "На чьё имя бронь?",
                       "Как зовут владельца счёта?"],
        "ask_NATIONAL_ID": ["Какой у вас СНИЛС?", "Назовите ваш ИНН."],
        "ask_IBAN_CODE": ["На какой счёт вернуть деньги?", "Назовите номер счёта для возврата.",
                          "Куда перевести возврат?"],
        "ask_address": ["Куда отправить?", "По какому адресу доставить новую карту?",
                        "Какой адрес доставки?", "Куда привезти заказ?", "Куда выслать документы?"],
        "ask_list": ["Пришлите ФИО, даты рождения и номера паспортов всех пассажиров.",
                     "Нужны имя, дата рождения и паспорт каждого пассажира.",
                     "Кто летит? Напишите имя, дату рождения и номер паспорта."],
        "rel": ["и жена", "и сын", "и дочь", "и муж", "и мама", "и"],
        "ask_order": ["Какой номер заказа?", "Подскажите номер заказа."],
        "ask_travel": ["Когда хотите лететь?", "На какую дату перенести?"],
        "ask_dest": ["Куда летите?", "Какое направление?"],
        "neg_custno": ["номер клиента не знаю, есть номер заказа {order}",
                       "понятия не имею, заказ был {order}", "есть только заказ {order}"],
        "neg_dob": ["а зачем? мы летим {tdate}", "это для рейса {tdate}?"],
        "cue_email": ["моя почта {v}", "e-mail: {v}", "пишите на {v}", "мой адрес {v}"],
        "cue_phone": ["мой номер {v}", "звоните на {v}", "тел. {v}", "мобильный {v}"],
        "cue_iban": ["мой счёт {v}", "номер счёта {v}", "верните на счёт {v}"],
        "cue_booking": ["код брони {v}", "моя бронь {v}", "номер бронирования {v}"],
        "cue_custno": ["мой номер клиента {v}", "номер клиента {v}", "лицевой счёт {v}"],
        "cue_dob": ["я родился {v}", "дата рождения {v}", "д.р. {v}"],
        "cue_name": ["меня зовут {v}", "это {v}", "{v}, здравствуйте"],
        "split_oops": ["ой, рано отправил", "извините, нажал enter", "", "это половина", "сорри"],
        "split_cont": ["дальше {v}", "{v}", "{v} извините", "и ещё {v}", "{v}, всё"],
        "correct": ["ошибся, правильно {v}", "нет, стоп, верный {v}", "*{v}", "то есть {v}"],
        "spell_at": [" собака ", " собачка ", " at ", " (собака) "],
        "spell_dot": [" точка ", " точка ", " dot ", " тчк "],
        "spell_intro": ["{v}", "это {v}", "почта {v}", "{v} маленькими буквами"],
        "words_intro": ["{v}", "это {v}", "номер {v}"],
        "zw_intro": ["{v}", "вот: {v}", "скопировал из приложения: {v}"],
    },
}  # fmt: skip

AMOUNTS = {"en": ["£49.99", "£120", "£18.50"], "nl": ["€ 89,95", "€120", "€ 14,99"],
           "nb": ["349 kr", "1 290 kr", "kr 89"], "ru": ["4 990 ₽", "1200 руб.", "2 350 рублей"]}  # fmt: skip
AND = {"en": " and ", "nl": " en ", "nb": " og ", "ru": " и "}
TIMES = ["07:45", "9:10", "13:35", "18:20", "21:05"]


class Gen:
    def __init__(self, rng: random.Random, lang: str):
        self.rng, self.lang, self.p = rng, lang, P[lang]

    def pick(self, key: str) -> str:
        return self.rng.choice(self.p[key])

    def name(self) -> str:
        first, last = mv.person(self.rng, self.lang)
        return f"{first} {last}"

    def dob(self) -> str:
        return mv.date_text(self.rng, self.lang, *mv.birth_date(self.rng))

    def tdate(self) -> N:
        d, m, y = mv.travel_date(self.rng)
        style = self.rng.choice([0, 1, 2])
        txt = mv.date_text(self.rng, self.lang, d, m, y, style)
        if self.rng.random() < 0.4:  # without the year, the way people say it
            txt = {"en": f"{d} {mv.MONTHS['en'][m - 1]}", "nl": f"{d} {mv.MONTHS['nl'][m - 1]}",
                   "nb": f"{d}. {mv.MONTHS['nb'][m - 1]}", "ru": f"{d} {mv.MONTHS['ru'][m - 1]}"}[self.lang]  # fmt: skip
        return N(txt, "travel_date")

    def negs(self) -> dict[str, Part]:
        return {"dest": N(self.rng.choice(mv.DESTINATIONS[self.lang]), "destination"),
                "tdate": self.tdate(), "order": N(mv.order_number(self.rng), "order_number"),
                "amount": N(self.rng.choice(AMOUNTS[self.lang]), "amount"),
                "time": N(self.rng.choice(TIMES), "time")}  # fmt: skip

    def opening(self) -> Turns:
        turns: Turns = []
        if self.rng.random() < 0.6:
            turns.append(("agent", T(self.pick("greet"), agent=E(self.rng.choice(mv.FIRST[self.lang]), "PERSON", "plain"))))
        else:
            turns.append(("agent", T(self.pick("greet_anon"))))
        turns.append(("customer", T(self.pick("open"), **self.negs())))
        return turns

    def closing(self) -> Turns:
        if self.rng.random() < 0.5:
            return [("agent", T(self.pick("close_a"))), ("customer", T(self.pick("close_c")))]
        return [("agent", T(self.pick("close_a")))]

    def value(self, etype: str) -> str:
        r, lang = self.rng, self.lang
        if etype == "BOOKING_REFERENCE":
            return mv.booking_ref(r)
        if etype == "CUSTOMER_NUMBER":
            return mv.customer_number(r)
        if etype == "PASSPORT":
            return mv.passport(r, lang)
        if etype == "DATE_OF_BIRTH":
            return self.dob()
        if etype == "PHONE_NUMBER":
            return mv.phone(r, lang)
        if etype == "PERSON":
            return self.name()
        if etype == "EMAIL_ADDRESS":
            first, last = mv.person(r, lang)
            local, dom = mv.email_parts(r, lang, first, last)
            return ".".join(local) + "@" + dom
        if etype == "NATIONAL_ID":
            return {"nl": lambda: mv.nl_bsn(r), "nb": lambda: mv.no_fnr(r)[0],
                    "ru": lambda: r.choice([mv.ru_snils(r), mv.ru_inn(r)])}[lang]()  # fmt: skip
        if etype == "IBAN_CODE":
            return mv.iban(r, {"en": "GB", "nl": "NL", "nb": "NO"}[lang])
        if etype == "BANK_ACCOUNT":
            return mv.ru_account(r) if lang == "ru" else mv.no_kontonr(r)
        raise ValueError(etype)

    def account_type(self) -> str:
        if self.lang == "ru":
            return "BANK_ACCOUNT"
        if self.lang == "nb" and self.rng.random() < 0.5:
            return "BANK_ACCOUNT"
        return "IBAN_CODE"

    def account_value(self, etype: str) -> str:
        v = self.value(etype)
        if etype == "BANK_ACCOUNT" and self.lang == "nb" and self.rng.random() < 0.5:
            v = f"{v[:4]}.{v[4:6]}.{v[6:]}"
        return v

    # ---------------------------------------------------------------------- classes

    def bare_answer(self) -> Turns:
        r = self.rng
        types = ["BOOKING_REFERENCE", "CUSTOMER_NUMBER", "PASSPORT", "DATE_OF_BIRTH",
                 "PHONE_NUMBER", "PERSON", "EMAIL_ADDRESS"]
        if self.lang != "en":
            types.append("NATIONAL_ID")
        turns = self.opening()
        for etype in r.sample(types, r.choice([1, 2, 2, 3])):
            v = self.value(etype)
            if etype in ("BOOKING_REFERENCE", "PERSON", "EMAIL_ADDRESS", "PASSPORT") and r.random() < 0.5:
                v = v.lower()
            turns.append(("agent", T(self.pick(f"ask_{etype}"))))
            if r.random() < 0.25:  # a question back before the answer
                turns.append(("customer", T(self.pick("clarify_c"))))
                turns.append(("agent", T(self.pick("clarify_a"))))
            if r.random() < 0.45:
                turns.append(("customer", T(self.pick("hold"))))
                if r.random() < 0.6:
                    turns.append(("agent", T(self.pick("wait"))))
            tail = r.choice(["", "", "", ".", " 👍", "?"])
            turns.append(("customer", [E(v, etype, "bare_answer"), tail] if tail else [E(v, etype, "bare_answer")]))
            turns.append(("agent", T(self.pick("ack"))))
        self.maybe_negative_exchange(turns, 0.7)
        return turns + self.closing()

    def maybe_negative_exchange(self, turns: Turns, prob: float) -> None:
        """A bare answer that is NOT personal data, or a wrong-type answer to a PD question."""
        r = self.rng
        if r.random() > prob:
            return
        kind = r.randint(0, 4)
        ng = self.negs()
        if kind == 0:
            turns += [("agent", T(self.pick("ask_order"))), ("customer", [N(mv.order_number(r).lstrip("#"), "order_number")])]
        elif kind == 1:
            turns += [("agent", T(self.pick("ask_travel"))), ("customer", [ng["tdate"]])]
        elif kind == 2:
            turns += [("agent", T(self.pick("ask_dest"))), ("customer", [N(ng["dest"].text.lower() if r.random() < 0.5 else ng["dest"].text, "destination")])]
        elif kind == 3:
            turns += [("agent", T(self.pick("ask_CUSTOMER_NUMBER"))), ("customer", T(self.pick("neg_custno"), order=ng["order"]))]
        else:
            turns += [("agent", T(self.pick("ask_DATE_OF_BIRTH"))), ("customer", T(self.pick("neg_dob"), tdate=ng["tdate"]))]
            turns += [("customer", [E(self.dob(), "DATE_OF_BIRTH", "bare_answer")])]

    def list_(self) -> Turns:
        r = self.rng
        turns = self.opening()
        kind = r.choice(["travellers", "travellers", "travellers", "accounts", "codes"])
        if kind == "travellers":
            turns.append(("agent", T(self.pick("ask_list"))))
            n = r.choice([2, 2, 3, 4])
            parts: list[Part] = []
            fmt = r.randint(0, 3)
            for i in range(n):
                nm, dob, pp = self.name(), self.dob(), mv.passport(r, self.lang)
                if r.random() < 0.3:
                    nm = nm.lower()
                if fmt == 0:  # one line, "and our son ..."
                    if i:
                        parts.append(" " + self.pick("rel") + " " if i == n - 1 else ", ")
                    parts += [E(nm, "PERSON", "list"), ", ", E(dob, "DATE_OF_BIRTH", "list"), ", ", E(pp, "PASSPORT", "list")]
                elif fmt == 1:  # one traveller per line
                    if i:
                        parts.append("\n")
                    parts += [E(nm, "PERSON", "list"), " ", E(dob, "DATE_OF_BIRTH", "list"), " ", E(pp, "PASSPORT", "list")]
                elif fmt == 2:  # numbered, with slashes
                    parts += [f"{i + 1}) " if not i else f" {i + 1}) ", E(nm, "PERSON", "list"), " / ",
                              E(dob, "DATE_OF_BIRTH", "list"), " / ", E(pp, "PASSPORT", "list")]
                else:  # semicolon separated, passport first
                    if i:
                        parts.append("; ")
                    parts += [E(pp, "PASSPORT", "list"), " ", E(nm, "PERSON", "list"), " (", E(dob, "DATE_OF_BIRTH", "list"), ")"]
            turns.append(("customer", parts))
        elif kind == "accounts":
            turns.append(("agent", T(self.pick("ask_IBAN_CODE"))))
            et = self.account_type()
            a1, a2 = self.account_value(et), self.account_value(et)
            sep = r.choice([AND[self.lang], ", ", "\n", " / "])
            if r.random() < 0.5:
                a2 = a2.replace(" ", "")
            turns.append(("customer", [E(a1, et, "list"), sep, E(a2, et, "list")]))
        else:
            turns.append(("agent", T(self.pick("ask_BOOKING_REFERENCE"))))
            codes = [mv.booking_ref(r) for _ in range(r.choice([2, 3]))]
            parts = []
            for i, c in enumerate(codes):
                if i:
                    parts.append(r.choice([", ", AND[self.lang], " + ", "\n"]))
                parts.append(E(c.lower() if r.random() < 0.3 else c, "BOOKING_REFERENCE", "list"))
            turns.append(("customer", parts))
        turns.append(("agent", T(self.pick("ack"))))
        self.maybe_negative_exchange(turns, 0.4)
        return turns + self.closing()

    def split(self) -> Turns:
        r = self.rng
        turns = self.opening()
        kind = r.choice(["iban", "iban", "phone", "phone", "correct_phone", "correct_number", "email"])
        if kind == "iban":
            et = self.account_type()
            v = self.account_value(et)
            turns.append(("agent", T(self.pick("ask_IBAN_CODE"))))
            seps = [i for i, c in enumerate(v) if c in " ."][:-1]  # never just the last group
            cut = r.choice(seps or [len(v) // 2])
            a, b = v[:cut].rstrip(" ."), v[cut:].lstrip(" .")
            oops = self.pick("split_oops")
            turns.append(("customer", [E(a, et, "split")]))
            turns.append(("customer", T(self.pick("split_cont"), v=E(b, et, "split")) + ([" " + oops] if oops else [])))
        elif kind == "phone":
            v = self.value("PHONE_NUMBER")
            turns.append(("agent", T(self.pick("ask_PHONE_NUMBER"))))
            spaces = [i for i, c in enumerate(v) if c in " -"]
            cut = r.choice(spaces) if spaces else len(v) // 2
            a, b = v[:cut].rstrip(" -"), v[cut:].lstrip(" -")
            turns.append(("customer", [E(a, "PHONE_NUMBER", "split")]))
            if r.random() < 0.4:
                turns.append(("agent", T(self.pick("wait"))))
            turns.append(("customer", T(self.pick("split_cont"), v=E(b, "PHONE_NUMBER", "split"))))
        elif kind in ("correct_phone", "correct_number"):
            et = "PHONE_NUMBER" if kind == "correct_phone" else r.choice(["CUSTOMER_NUMBER", "PASSPORT", "BOOKING_REFERENCE"])
            v1 = self.value(et)
            v2 = list(v1)
            pos = r.choice([i for i, c in enumerate(v1) if c.isdigit()][-4:] or [len(v1) - 1])
            v2[pos] = str((int(v1[pos]) + r.randint(1, 8)) % 10) if v1[pos].isdigit() else "Z"
            v2 = "".join(v2)
            turns.append(("agent", T(self.pick(f"ask_{et}"))))
            turns.append(("customer", [E(v2, et, "split")]))
            turns.append(("customer", T(self.pick("correct"), v=E(v1, et, "split"))))
        else:
            v = self.value("EMAIL_ADDRESS")
            turns.append(("agent", T(self.pick("ask_EMAIL_ADDRESS"))))
            at = v.index("@")
            turns.append(("customer", [E(v[: at + 1], "EMAIL_ADDRESS", "split")]))
            turns.append(("customer", [E(v[at + 1 :], "EMAIL_ADDRESS", "split")]))
        turns.append(("agent", T(self.pick("ack"))))
        self.maybe_negative_exchange(turns, 0.4)
        return turns + self.closing()

    def spelled_email(self) -> str:
        r = self.rng
        first, last = mv.person(r, self.lang)
        local, dom = mv.email_parts(r, self.lang, first, last)
        at, dot = self.pick("spell_at"), self.pick("spell_dot")
        dom_parts = dom.split(".")
        s = dot.join(local) + at + dot.join(dom_parts)
        if r.random() < 0.25:  # mixed: real dots, spelled at
            s = ".".join(local) + at + dom
        return s.strip()

    def disguised(self) -> Turns:
        r = self.rng
        turns = self.opening()
        kind = r.choice(["email", "email", "email", "words", "zero_width", "homoglyph"])
        if kind == "email":
            turns.append(("agent", T(self.pick("ask_EMAIL_ADDRESS"))))
            turns.append(("customer", T(self.pick("spell_intro"), v=E(self.spelled_email(), "EMAIL_ADDRESS", "disguised"))))
        elif kind == "words":
            et = r.choice(["PHONE_NUMBER", "CUSTOMER_NUMBER"])
            v = self.value(et).replace("+", "")
            turns.append(("agent", T(self.pick(f"ask_{et}"))))
            words = mv.digits_as_words(r, self.lang, v, mixed=r.random() < 0.4)
            turns.append(("customer", T(self.pick("words_intro"), v=E(words, et, "disguised"))))
        elif kind == "zero_width":
            et = r.choice(["PHONE_NUMBER", "CUSTOMER_NUMBER", "PASSPORT"] + (["IBAN_CODE"] if self.lang != "ru" else ["NATIONAL_ID"]))
            v = mv.with_zero_width(r, self.value(et), r.choice([1, 2, 3]))
            turns.append(("agent", T(self.pick(f"ask_{et}"))))
            turns.append(("customer", T(self.pick("zw_intro"), v=E(v, et, "disguised"))))
        else:
            et = r.choice(["BOOKING_REFERENCE", "PASSPORT", "CUSTOMER_NUMBER", "PHONE_NUMBER"] + (["IBAN_CODE"] if self.lang != "ru" else []))
            v = self.value(et)
            hv = mv.with_homoglyphs(r, v, r.choice([1, 2]))
            turns.append(("agent", T(self.pick(f"ask_{et}"))))
            turns.append(("customer", T(self.pick("zw_intro"), v=E(hv, et, "disguised"))))
        turns.append(("agent", T(self.pick("ack"))))
        self.maybe_negative_exchange(turns, 0.4)
        return turns + self.closing()

    def address_no_cue(self) -> Turns:
        r = self.rng
        turns = self.opening()
        turns.append(("agent", T(self.pick("ask_address"))))
        if r.random() < 0.3:
            turns.append(("customer", T(self.pick("hold"))))
        turns.append(("customer", [E(mv.address(r, self.lang, lower=r.random() < 0.8), "LOCATION", "address_no_cue")]))
        turns.append(("agent", T(self.pick("ack"))))
        self.maybe_negative_exchange(turns, 0.6)
        return turns + self.closing()

    def plain(self) -> Turns:
        r = self.rng
        turns = self.opening()
        for key, et in r.sample([("cue_email", "EMAIL_ADDRESS"), ("cue_phone", "PHONE_NUMBER"),
                                 ("cue_iban", "IBAN_CODE"), ("cue_booking", "BOOKING_REFERENCE"),
                                 ("cue_custno", "CUSTOMER_NUMBER"), ("cue_dob", "DATE_OF_BIRTH"),
                                 ("cue_name", "PERSON")], 3):  # fmt: skip
            if et == "IBAN_CODE":
                et = self.account_type()
                v = self.account_value(et)
            else:
                v = self.value(et)
            turns.append(("customer", T(self.pick(key), v=E(v, et, "plain"))))
            turns.append(("agent", T(self.pick("ack"))))
        self.maybe_negative_exchange(turns, 0.5)
        return turns + self.closing()


BUILDERS = {"bare_answer": Gen.bare_answer, "list": Gen.list_, "split": Gen.split,
            "disguised": Gen.disguised, "address_no_cue": Gen.address_no_cue, "plain": Gen.plain}  # fmt: skip


def generate(seed: int, per_class: int, prefix: str = "dev") -> list[dict]:
    records: list[dict] = []
    for lang in mv.LANGS:
        rng = random.Random(f"{seed}-{lang}")
        g = Gen(rng, lang)
        n = 0
        for _ in range(per_class):
            for build in BUILDERS.values():
                n += 1
                records += mv.conversation_records(f"{prefix}-{lang}-{n:03d}", lang, build(g))
    return records


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--per-class", type=int, default=15, help="conversations per class and language")
    ap.add_argument("--out", type=Path, default=HERE / "dev.jsonl")
    args = ap.parse_args()
    records = generate(args.seed, args.per_class)
    errors = mv.verify(records)
    if errors:
        print("\n".join(errors[:20]), file=sys.stderr)
        return 1
    mv.write_jsonl(records, args.out)
    convs = len({r["conversation_id"] for r in records})
    print(f"{args.out}: {convs} conversations, {len(records)} messages", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
