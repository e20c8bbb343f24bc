"""Telegram Desktop result.json: single chat, full export, entity arrays, \\xHH escapes."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from privacyguard.ingest import read, write
from privacyguard.models import InputProblem, Message

EXPORTS = Path(__file__).resolve().parent / "data" / "exports"  # tests/data/README.md
TG = EXPORTS / "telegram"
pytestmark = pytest.mark.skipif(
    not EXPORTS.is_dir(), reason=f"sample exports not found at {EXPORTS}"
)


def msgs(path: Path) -> list[Message]:
    out = list(read(path))
    assert not [r for r in out if isinstance(r, InputProblem)]
    return [r for r in out if isinstance(r, Message) and r.kind != "metadata"]


def test_single_chat_text_arrays_are_flattened() -> None:
    ms = msgs(TG / "single_chat_ru" / "result.json")
    assert len(ms) == 10
    assert ms[1].text == (
        "Здравствуйте, Ольга! Для проверки назовите, пожалуйста, дату рождения и последние 4 цифры "
        "паспорта."
    )
    assert (
        ms[5].text
        == "Пришлите подтверждение на olga.smirnova@example.org или позвоните +79161234567"
    )
    assert "\u2028Скопировано" in ms[4].text
    assert dict(ms[4].fields)["text[1].href"] == "https://www.example.com/ru/obmen"
    assert ms[0].timestamp == datetime(
        2024, 10, 3, 7, 14, 2, tzinfo=timezone.utc
    )  # from date_unixtime
    assert ms[6].kind == "call" and ms[6].sender_role == "system"
    assert (
        ms[7].kind == "media"
        and dict(ms[7].fields)["file_name"] == "Маршрутная_квитанция_LKX4TB.pdf"
    )
    assert ms[0].id == "telegram:7012345678#48211"
    assert dict(ms[8].fields)["forwarded_from"] == "Банк Пример"


def test_full_export_chats_dst_deleted_account_and_saved_messages() -> None:
    records = [r for r in read(TG / "full_export_nb_en" / "result.json") if isinstance(r, Message)]
    account = records[0]
    assert account.kind == "metadata" and dict(account.fields)["personal_information.phone_number"]
    ms = [m for m in records if m.kind != "metadata"]
    convs = sorted({m.conversation_id for m in ms})
    assert convs == ["telegram:1987654321", "telegram:5550001234", "telegram:6661234567"]
    a = next(m for m in ms if m.id.endswith("#905"))
    b = next(m for m in ms if m.id.endswith("#906"))
    assert (b.timestamp - a.timestamp).total_seconds() == 40  # local 01:59:30 -> 03:00:10
    deleted = next(m for m in ms if m.id == "telegram:1987654321#5")
    assert deleted.sender is None and "hanne.lie@example.com" in deleted.text
    saved = next(m for m in ms if m.conversation_id == "telegram:5550001234")
    assert dict(saved.fields)["saved_from"] == "Fjordreiser AS Kundeservice"


def test_control_char_escapes_are_recovered_and_written_back_the_same_way(tmp_path: Path) -> None:
    src = TG / "edge_control_chars" / "result.json"
    with pytest.raises(json.JSONDecodeError):
        json.loads(src.read_text("utf-8"))
    [m] = msgs(src)
    assert "AT-2024-55812" in m.text and "7700-1245-88" in m.text
    assert m.text == "Номер заказа:\x0bAT-2024-55812\x1fклиент 7700-1245-88"
    out = tmp_path / "result.json"
    write(src, out, lambda mid, f, t: t.replace("7700-1245-88", "<ID>"))
    data = out.read_text("utf-8")
    assert data.count("\\x0BAT-2024-55812\\x1Fклиент <ID>") == 2  # text and text_entities
    assert not data.endswith("\n")


def test_rewrite_reaches_text_and_text_entities_run_by_run(tmp_path: Path) -> None:
    src = TG / "single_chat_ru" / "result.json"
    out = tmp_path / "result.json"
    write(src, out, lambda mid, f, t: t.replace("4111 1111 1111 1111", "<CARD>"))
    msg = json.loads(out.read_text("utf-8"))["messages"][8]
    assert msg["text"][1] == {"type": "bank_card", "text": "<CARD>"}
    assert msg["text_entities"][1]["text"] == "<CARD>"
    assert msg["text"][0] == "Оплата прошла с карты "


def test_upstream_minimal_exports() -> None:
    single = msgs(EXPORTS / "upstream" / "chat-miner" / "telegram" / "test_single_export.json")
    batch = msgs(EXPORTS / "upstream" / "chat-miner" / "telegram" / "test_batch_export.json")
    assert (
        [m.text for m in single]
        == [m.text for m in batch]
        == ["Minimal Message", "Link:https://telegram.org/"]
    )
    assert single[0].sender == "Author 1"
