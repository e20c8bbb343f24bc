"""`subject find` vs the SQL an administrator would write by hand, on one synthetic store.

The store holds N messages (conversations of 10) between synthetic customers and agents;
one synthetic person, Ivan Ivanov, is planted in a few conversations the way people really
write: as sender "Ivan Ivanov" or "Иван Иванов", his e-mail in any case, his phone as
"06 12 34 56 78", "+31 6 12345678" or "0031612345678", his name misspelt "Ivan Ivanow" in
another customer's chat. Both searches get the same identifiers (name, e-mail, phone):

(a) ``privacyguard.subject.find_subject`` (the real code path), and
(b) one SQL query: ``lower(text) LIKE '%e-mail%' OR text LIKE '%+31612345678%' OR
    text LIKE '%Ivan Ivanov%' OR sender = 'Ivan Ivanov'``.

Reported: time of each, the ratio, and how many of the planted messages each found.
``subject find`` links each conversation on its own evidence: the conversation where
"Иван Иванов" only says "Спасибо!" has nothing but the name, so it is listed as a possible
match and left out (``--same-person`` would include it).

    .venv/bin/python bench/subject_find.py                       # N = 200,000, SQLite
    .venv/bin/python bench/subject_find.py --messages 1000000
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import func, insert, or_, select

from privacyguard.store import open_store
from privacyguard.store import tables as t
from privacyguard.subject import build_query, find_subject

START = datetime(2026, 1, 1, tzinfo=timezone.utc)
PER_CONV = 10
EMAIL = "ivan.ivanov@example.net"
FIRST = "Anna Bram Chris Dana Emre Fenna Gijs Hana Ingrid Jonas Kari Lars Mila Nora Olav".split()
LAST = "de Vries|Jansen|Bakker|Visser|Smit|Hansen|Berg|Dahl|Lund|Moen|Petrova|Orlov".split("|")
FILLER = [
    "Goedemorgen, ik heb een vraag over mijn boeking.",
    "Can you change my seat to the aisle please?",
    "Takk for svar, det går fint.",
    "Здравствуйте, когда будет возврат?",
    "Dank u, ik wacht op de bevestiging.",
    "My flight was cancelled, what are my options?",
]
# (sender, text) of the planted messages; each one is the subject's
PLANTED_OWN = [
    ("Ivan Ivanov", "Hallo, mijn nummer is 06 12 34 56 78"),
    ("Ivan Ivanov", f"Mail me at {EMAIL.upper()} please"),
    ("Иван Иванов", "Здравствуйте, мой телефон +31 6 12345678"),
    ("Иван Иванов", "Спасибо!"),
    ("Ivan Ivanov", "Bel me op 0031612345678"),
]
PLANTED_MENTION = ("Kari Hansen", "Ik reis samen met Ivan Ivanow, zet hem op mijn boeking.")


def populate(store, n: int, seed: int) -> set[int]:  # type: ignore[no-untyped-def]
    """Insert the store; returns the message row ids that are about the subject."""
    rng = random.Random(seed)
    n_conv = n // PER_CONV
    planted_convs = {n_conv // 7 * k: k for k in range(1, 6)}  # five conversations spread out
    mention_conv = n_conv // 2 + 1
    truth: set[int] = set()
    mid = 0
    with store.engine.begin() as conn:
        conv_rows, msg_rows = [], []
        for c in range(1, n_conv + 1):
            customer = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            conv_rows.append({"id": c, "source": "bench", "external_id": f"c{c}",
                              "channel": "bench", "customer": None,
                              "last_activity": START + timedelta(minutes=c)})  # fmt: skip
            for i in range(PER_CONV):
                mid += 1
                sender = customer if i % 2 == 0 else "Agent Support"
                text = rng.choice(FILLER) + f" Ref {rng.randrange(10**7):07d}."
                if c in planted_convs and i == 0:
                    sender, text = PLANTED_OWN[planted_convs[c] - 1]
                    truth.add(mid)
                if c == mention_conv and i == 0:
                    sender, text = PLANTED_MENTION
                    truth.add(mid)
                msg_rows.append({"id": mid, "conversation_id": c, "external_id": str(i),
                                 "sender": sender, "sender_role": None, "lang": None,
                                 "sent_at": START + timedelta(minutes=c, seconds=i),
                                 "kind": "text", "text": text})  # fmt: skip
            if len(msg_rows) >= 20000:
                conn.execute(insert(t.conversations), conv_rows)
                conn.execute(insert(t.messages), msg_rows)
                conv_rows, msg_rows = [], []
        if msg_rows:
            conn.execute(insert(t.conversations), conv_rows)
            conn.execute(insert(t.messages), msg_rows)
    return truth


def by_sql(store) -> set[int]:  # type: ignore[no-untyped-def]
    m = t.messages.c
    q = select(m.id).where(
        or_(
            func.lower(m.text).like(f"%{EMAIL}%"),
            m.text.like("%+31612345678%"),
            m.text.like("%Ivan Ivanov%"),
            m.sender == "Ivan Ivanov",
        )
    )
    with store.engine.connect() as conn:
        return set(conn.execute(q).scalars())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--messages", type=int, default=200_000)
    ap.add_argument("--seed", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "bench.db"))
        t0 = time.perf_counter()
        truth = populate(store, args.messages, args.seed)
        print(f"{args.messages:,} messages inserted in {time.perf_counter() - t0:.1f} s; "
              f"{len(truth)} planted messages about the subject")  # fmt: skip
        query = build_query(names=["Ivan Ivanov"], emails=[EMAIL], phones=["+31 6 12345678"])
        t0 = time.perf_counter()
        matches = find_subject(store, query)
        pg_s = time.perf_counter() - t0
        pg_ids = {msg.id for c in matches.conversations for msg in c.messages}
        possible = sum(p.messages for p in matches.possible)
        t0 = time.perf_counter()
        sql_ids = by_sql(store)
        sql_s = time.perf_counter() - t0
        store.close()
    print("| search | time | planted messages found | other messages returned |")
    print("|---|---:|---:|---:|")
    for name, s, ids in (("privacyguard subject find", pg_s, pg_ids), ("SQL LIKE", sql_s, sql_ids)):
        print(f"| {name} | {s:.2f} s | {len(ids & truth)} of {len(truth)} | {len(ids - truth)} |")
    print(f"subject find takes {pg_s / sql_s:.1f}x the time of the SQL query "
          f"({args.messages / pg_s:,.0f} messages/s); it lists {possible} more message(s) as "
          "possible matches left out (a sender with his name that nothing else links to him)")


if __name__ == "__main__":
    main()
