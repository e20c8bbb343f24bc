"""The synthetic people of the subject-request tests and the three exports they wrote in.

Ivan Ivanov (Иван Иванов on Telegram) wrote on WhatsApp and Telegram and is mentioned
("Ivan Ivanow") in Anna de Vries's chat; Anna Jansen and Anna Janssen are two customers with
almost one name. IBANs are generated checksum-valid by schwifty. The `store_url` fixture
(conftest.py) imports these exports into a fresh store.
"""

from __future__ import annotations

from schwifty import IBAN

IVAN_IBAN = IBAN.generate("NL", bank_code="INGB", account_code="0001234567").compact
ANNA_IBAN = IBAN.generate("NL", bank_code="ABNA", account_code="0602214567").compact
IVAN_EMAIL = "ivan.ivanov@example.net"
ANNA_EMAIL = "anna.devries@example.org"

WHATSAPP = f"""\
[12.03.2026, 09:14:02] Reisbureau Noord: Goedemorgen, waarmee kan ik helpen?
[12.03.2026, 09:15:40] Ivan Ivanov: Hallo, mijn boeking QX7T2M. Mijn nummer is 06 12 34 56 78
[12.03.2026, 09:17:05] Reisbureau Noord: Dank je Ivan. We storten terug op {IVAN_IBAN[:4]} {IVAN_IBAN[4:8]} {IVAN_IBAN[8:12]} {IVAN_IBAN[12:16]} {IVAN_IBAN[16:]}.
[12.03.2026, 09:18:30] Ivan Ivanov: Prima, dank u.
"""  # noqa: E501

TELEGRAM = {
    "name": "Иван Иванов",
    "type": "personal_chat",
    "id": 4401,
    "messages": [
        {"id": 1, "type": "message", "date": "2026-03-20T10:00:00", "date_unixtime": "1773997200",
         "from": "Иван Иванов", "from_id": "user5550001",
         "text": f"Здравствуйте, пишите на {IVAN_EMAIL.upper()}"},
        {"id": 2, "type": "message", "date": "2026-03-20T10:02:00", "date_unixtime": "1773997320",
         "from": "Поддержка", "from_id": "user5550002",
         "text": "Спасибо, Иван! Отправим подтверждение."},
    ],
}  # fmt: skip

JSONL = [
    {"id": "a1", "conversation_id": "anna-1", "sender": "Anna de Vries", "role": "customer",
     "timestamp": "2026-04-01T08:00:00+00:00",
     "text": f"Ik reis met mijn collega Ivan Ivanow. Mijn IBAN is {ANNA_IBAN}, mail {ANNA_EMAIL}"},
    {"id": "a2", "conversation_id": "anna-1", "sender": "Sanne Bakker", "role": "agent",
     "timestamp": "2026-04-01T08:05:00+00:00", "text": "Dank u, mevrouw De Vries. Genoteerd."},
    {"id": "i1", "conversation_id": "ivan-2", "sender": "Ivan Ivanov", "role": "customer",
     "timestamp": "2026-04-05T08:00:00+00:00", "text": "Is de terugbetaling al gedaan?"},
    {"id": "j1", "conversation_id": "jansen-1", "sender": "Anna Jansen", "role": "customer",
     "timestamp": "2026-04-02T08:00:00+00:00", "text": "Mijn vlucht is geannuleerd."},
    {"id": "k1", "conversation_id": "janssen-1", "sender": "Anna Janssen", "role": "customer",
     "timestamp": "2026-04-03T08:00:00+00:00", "text": "Kan ik mijn stoel wijzigen?"},
]  # fmt: skip

IVAN = ["--name", "Ivan Ivanov", "--phone", "+31 6 12345678"]
#: and the JSONL sender "Ivan Ivanov" that nothing but the name links to him
IVAN_ALL = [*IVAN, "--email", IVAN_EMAIL, "--same-person"]
