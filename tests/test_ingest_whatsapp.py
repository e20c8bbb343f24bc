"""WhatsApp .txt exports: header layouts, date order, continuation lines, DST, raw text."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from privacyguard.errors import InputFormatError
from privacyguard.ingest import read, write
from privacyguard.models import InputProblem, Message

EXPORTS = Path(__file__).resolve().parent / "data" / "exports"  # tests/data/README.md
DATA = Path(__file__).resolve().parent / "data" / "ingest"
WA = EXPORTS / "whatsapp"
pytestmark = pytest.mark.skipif(
    not EXPORTS.is_dir(), reason=f"sample exports not found at {EXPORTS}"
)
UTC = timezone.utc


def msgs(path: Path, **options: object) -> list[Message]:
    out = list(read(path, **options))
    assert not [r for r in out if isinstance(r, InputProblem)]
    return [r for r in out if isinstance(r, Message)]


def utc(*a: int) -> datetime:
    return datetime(*a, tzinfo=UTC)


def test_android_en_gb_lines_18_19_are_continuations_of_the_message_on_line_15() -> None:
    ms = msgs(WA / "android_en_GB_24h")
    assert len(ms) == 20
    [m] = [m for m in ms if m.source.line == 15]
    assert m.sender == "SkyTrek Travel"
    assert m.text.endswith(
        "on both flights:\n02/03/2024, 07:40 - KL1234 AMS-LCY\n03/03/2024, 18:15 - KL1235 LCY-AMS"
    )
    assert "\n\nYour Flying Blue number" in m.text  # the blank continuation line is kept
    assert any("18-19 look like message headers" in n for n in m.notes)
    assert not [x for x in ms if x.source.line in (18, 19)]


def test_android_en_gb_system_lines_media_and_order() -> None:
    ms = msgs(WA / "android_en_GB_24h")
    first, second = ms[0], ms[1]
    assert first.sender is None and first.sender_role == "system" and first.kind == "system"
    assert first.timestamp == utc(2024, 2, 21, 14, 3) and second.timestamp == utc(
        2024, 2, 21, 14, 2
    )
    kinds = {m.source.line: m.kind for m in ms}
    assert kinds[7] == "media" and kinds[9] == "media" and kinds[13] == "deleted"
    assert (
        kinds[20] == "location" and kinds[22] == "call" and kinds[24] == "media"
    )  # view-once null
    assert [m.text for m in ms if m.source.line == 7] == [
        "IMG-20240221-WA0003.jpg (file attached)\nPassport photo page"
    ]
    assert all(m.conversation_id == "whatsapp:WhatsApp Chat with SkyTrek Travel" for m in ms)
    assert any("D/M/Y (a first field above 12, line 1)" in n for n in ms[0].notes)
    assert any("read as UTC" in n for n in ms[0].notes)


def test_android_en_us_12h_narrow_nbsp_midnight_and_us_dst_jump() -> None:
    ms = msgs(WA / "android_en_US_12h", timezone="America/New_York")
    assert len(ms) == 8
    by_line = {m.source.line: m for m in ms}
    assert by_line[1].timestamp == utc(2024, 3, 10, 4, 48)  # 3/9/24 11:48 PM EST, month first
    assert by_line[4].timestamp == utc(2024, 3, 10, 5, 4)  # 12:04 AM is 00:04
    assert by_line[7].timestamp == utc(2024, 3, 10, 6, 58)  # 1:58 AM EST
    assert by_line[8].timestamp == utc(2024, 3, 10, 7, 1)  # 3:01 AM EDT: three minutes later
    assert any("12-hour clock" in n for n in ms[0].notes)
    assert any("America/New_York" in n for n in ms[0].notes)


def test_android_nl_no_comma_header() -> None:
    ms = msgs(WA / "android_nl_NL", timezone="Europe/Amsterdam")
    assert len(ms) == 13
    assert ms[1].sender == "Joost van der Meulen"
    assert ms[1].timestamp == utc(2024, 6, 18, 8, 14)
    assert [m.kind for m in ms].count("deleted") == 2
    assert "NL91ABNA0417164300" in ms[6].text


def test_android_ru_nbsp_lrm_and_midnight() -> None:
    ms = msgs(WA / "android_ru_RU", timezone="Europe/Moscow")
    assert "не\u00a0могут" in ms[0].text  # the NBSP stays (raw text)
    [att] = [m for m in ms if "файл добавлен" in m.text]
    assert att.text.startswith("\u200e") and att.kind == "media"
    assert ms[3].timestamp == utc(2024, 10, 12, 21, 1)
    assert "Паспорт 45 08 123456" in ms[3].text


def test_ios_business_side_crlf_lf_phone_sender_and_lrm() -> None:
    path = WA / "ios_en_GB_business_side" / "_chat.txt"
    ms = msgs(path)
    assert len(ms) == 16
    assert ms[0].sender == "\u202a+44\u00a07700\u00a0900482\u202c"
    assert ms[0].kind == "system" and ms[0].sender_role == "system"  # notice under the chat name
    assert ms[3].text == "DOB 12/08/1984\nemail emily.hartwell84@example.com"  # bare LF inside
    assert ms[4].text == "\u200e<attached: 00000012-PHOTO-2024-02-21-14-08-12.jpg>"
    assert ms[0].conversation_id == "whatsapp:ios_en_GB_business_side"
    assert ms[1].timestamp == utc(2024, 2, 21, 14, 2, 41)


def test_ios_nb_oslo_dst_jump() -> None:
    ms = msgs(WA / "ios_nb_NO", timezone="Europe/Oslo")
    assert len(ms) == 11
    assert ms[0].timestamp == ms[1].timestamp == utc(2024, 3, 28, 15, 20, 5)
    assert ms[0].id != ms[1].id
    a, b = ms[-3], ms[-2]
    assert a.timestamp == utc(2024, 3, 31, 0, 58, 40) and b.timestamp == utc(2024, 3, 31, 1, 0, 12)
    assert (b.timestamp - a.timestamp).total_seconds() == 92


@pytest.mark.parametrize(
    ("name", "month_first"),
    [
        ("test_ddmmyy_24hrs.txt", False),
        ("test_mmddyy_24hrs.txt", True),
        ("test_mmddyyyy_12hrs.txt", True),
        ("test_yyyymmdd_24hrs.txt", False),
        ("test_[mmddyy]_24hrs.txt", True),
    ],
)
def test_chat_miner_layouts_give_the_same_chat(name: str, month_first: bool) -> None:
    ms = msgs(EXPORTS / "upstream" / "chat-miner" / "whatsapp" / name)
    assert [m.sender for m in ms] == [
        "John Doe",
        "John Doe",
        "Jahn Doe",
        "John-John Doe",
        None,
        None,
        "John Doe \U0001f913",
        "\U0001f913",
        "John Doe",
    ]
    assert ms[1].text == "."  # "John Doe:." (a disappearing message)
    assert ms[3].text == "Lorem ipsum : dolor sit amet."
    assert ms[2].text == "Lorem ipsum dolor sit amet,\nconsectetur adipiscing elit. Duis libero."
    assert ms[1].timestamp == utc(2019, 1, 20, 11, 23)
    assert ms[4].timestamp == utc(2020, 6, 20, 0, 8)  # "00:08 a. m." is just after midnight
    assert ms[-1].timestamp == utc(2021, 12, 30, 22, 1)


def test_old_group_chat_with_phone_sender_and_blank_line() -> None:
    ms = msgs(EXPORTS / "upstream" / "whatsapp-chat-parser" / "short-chat.txt")
    assert [m.sender for m in ms] == [None, None, "Sample User", "TestBot", "+410123456789"]
    assert ms[-1].text == "How are you?\n\nIs everything alright?"


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("13.6.2018 klo 21.25.15 - Matti: Hei", datetime(2018, 6, 13, 21, 25, 15)),
        ("[06.13.18 21:25:15] Matti: Hei", datetime(2018, 6, 13, 21, 25, 15)),
        ("23.03.22 13:31 - Petr: Ahoj", datetime(2022, 3, 23, 13, 31)),
        ("23.03.2022, 18.00 - Ayşe: Merhaba", datetime(2022, 3, 23, 18, 0)),
        ("19/09/26, 9:52\u00a0pm - Asha: hi", datetime(2026, 9, 19, 21, 52)),
        ("9/19/26, 9:52 p.m. - Ann: hi", datetime(2026, 9, 19, 21, 52)),
        (
            "\u200f\u0662\u0663\u200f/\u0661\u200f/\u0662\u0660\u0662\u0662\u060c "
            "\u0661\u0660:\u0663\u0662 "
            "\u0645 - Ali: \u0645\u0631\u062d\u0628\u0627",
            datetime(2022, 1, 23, 22, 32),
        ),
        ("21/02/2024, 14:02:33: Old iOS: hi", datetime(2024, 2, 21, 14, 2, 33)),
    ],
)
def test_header_layouts_from_the_guide(tmp_path: Path, line: str, when: datetime) -> None:
    p = tmp_path / "chat.txt"
    p.write_text(line + "\n", "utf-8")
    [m] = msgs(p, fmt="whatsapp_txt")
    assert m.timestamp == when.replace(tzinfo=UTC)
    assert m.sender and m.text


def test_bom_at_start_and_before_lines_is_kept_raw(tmp_path: Path) -> None:
    p = tmp_path / "WhatsApp Chat with X.txt"
    data = "\ufeff21/02/2024, 14:02 - A: one\r\n\ufeff21/02/2024, 14:03 - B: two\r\n".encode()
    p.write_bytes(data)
    ms = msgs(p)
    assert [m.text for m in ms] == ["one", "two"]
    write(p, tmp_path / "out.txt", lambda m, f, t: t)
    assert (tmp_path / "out.txt").read_bytes() == data


def test_writer_rewrites_text_and_sender_in_place(tmp_path: Path) -> None:
    src = WA / "ios_en_GB_business_side" / "_chat.txt"
    out = tmp_path / "_chat.txt"

    def redact(mid: str, field: str, text: str) -> str:
        return (
            "<PHONE>"
            if field == "sender" and "7700" in text
            else text.replace("12/08/1984", "<DOB>")
        )

    write(src, out, redact)
    data = out.read_bytes()
    assert b"900482\xe2\x80\xac:" not in data and b"<PHONE>: DOB <DOB>\nemail" in data
    assert data.count(b"\r\n") == src.read_bytes().count(b"\r\n")  # CRLF/LF pattern kept


def test_when_locale_is_unknown_then_a_clear_error_names_the_file() -> None:
    bad = DATA / "WhatsApp Chat with SkyTrek Travel (unknown locale).txt"
    with pytest.raises(InputFormatError) as e:
        list(read(bad))
    assert str(bad) in str(e.value) and "layout privacyguard does not know" in str(e.value)
    assert "--format text" in str(e.value)
    with pytest.raises(InputFormatError) as e:
        list(read(bad, fmt="whatsapp_txt"))
    assert f"{bad}:1:" in str(e.value) and "no WhatsApp message header found" in str(e.value)


def test_when_locale_is_unknown_inside_a_folder_then_it_is_a_problem(tmp_path: Path) -> None:
    (tmp_path / "WhatsApp Chat with X.txt").write_bytes(
        (DATA / "WhatsApp Chat with SkyTrek Travel (unknown locale).txt").read_bytes()
    )
    [p] = list(read(tmp_path))
    assert isinstance(p, InputProblem) and "does not know" in p.reason


def test_invalid_utf8_record_is_a_problem_and_is_withheld(tmp_path: Path) -> None:
    p = tmp_path / "WhatsApp Chat with X.txt"
    p.write_bytes(
        b"21/02/2024, 14:02 - A: ok\n21/02/2024, 14:03 - B: caf\xe9\nmore\n"
        b"21/02/2024, 14:04 - A: ok2\n"
    )
    got = list(read(p))
    assert [type(r).__name__ for r in got] == ["Message", "InputProblem", "Message"]
    assert got[1].location.line == 2 and "\xe9" not in got[1].reason
    report = write(p, tmp_path / "out.txt", lambda m, f, t: t)
    assert (
        tmp_path / "out.txt"
    ).read_bytes() == b"21/02/2024, 14:02 - A: ok\n21/02/2024, 14:04 - A: ok2\n"
    assert len(report.problems) == 1
