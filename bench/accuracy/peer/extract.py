#!/usr/bin/env python3
"""Turn saved copies of the peers' test files into the suite's case files (JSONL).

    python bench/accuracy/peer/extract.py SAVED_DIR [--out bench/accuracy/peer/cases]

Works offline. SAVED_DIR holds the files exactly as the search tool's ``read_file`` returned
them, one folder per repository (``microsoft__presidio/``, ``arthurdejong__python-stdnum/``)
and named as in SOURCES below; README.md says which commit each was read at. The saved copies
are not kept in this repository: only the cases taken from them (data) are.

What becomes a case:
- Presidio (pytest parametrize tables, read with ``ast``, never run): each row is a text
  with its expected spans of the recognizer's entity type; a row that expects one result
  without giving its span expects the whole text.
- python-stdnum (doctests): each number asserted valid (``is_valid`` True, ``validate``
  returning, or a ``numbers`` block checked with ``not is_valid``) or invalid (False, a
  Traceback, or a block checked with ``is_valid``), and the outputs of ``format``/``to_iban``
  for numbers the same file asserts valid. Each is written after its label, as in a chat
  ("IBAN: NO93 8601 1117 947"); the expected span is the number.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent

PRESIDIO = "microsoft/presidio"
STDNUM = "arthurdejong/python-stdnum"


@dataclass(frozen=True)
class Source:
    repo: str
    path: str
    commit: str
    entity_type: str
    label: str = ""  # stdnum: the word written before the number
    lang: str = "en"

    @property
    def saved_name(self) -> str:
        folder = self.repo.replace("/", "__")
        name = self.path.removeprefix("presidio-analyzer/tests/").removeprefix("tests/")
        return f"{folder}/{name}"


SOURCES = [
    Source(PRESIDIO, "presidio-analyzer/tests/test_credit_card_recognizer.py",
           "f6a249d949051be8da5e48d12468507788135d99", "CREDIT_CARD"),
    Source(PRESIDIO, "presidio-analyzer/tests/test_iban_recognizer.py",
           "9988a51064136cfacea4dc81229575ba058c6e13", "IBAN_CODE"),
    Source(PRESIDIO, "presidio-analyzer/tests/test_email_recognizer.py",
           "70f52e4bd54e07dacbfb761fd156a1e9171400a0", "EMAIL_ADDRESS"),
    Source(PRESIDIO, "presidio-analyzer/tests/test_phone_recognizer.py",
           "53e01965186d0b50124388876bfe8462a8aabd2d", "PHONE_NUMBER"),
    Source(PRESIDIO, "presidio-analyzer/tests/test_ip_recognizer.py",
           "00acdb430c53830e84f609ce109aeb1cfa7e5ada", "IP_ADDRESS"),
    Source(STDNUM, "tests/test_iban.doctest", "08e39bb4a689cc558cc2005b34ce5bee5299a477",
           "IBAN_CODE", "IBAN"),
    Source(STDNUM, "tests/test_nl_bsn.doctest", "81a99d3b1a9856e1098cec498a40b5aec50e990c",
           "NATIONAL_ID", "BSN", "nl"),
    Source(STDNUM, "stdnum/nl/bsn.py", "0061564e7718e8ea3e881030d71736822a3166da",
           "NATIONAL_ID", "BSN", "nl"),
    Source(STDNUM, "tests/test_no_fodselsnummer.doctest",
           "1003033fa0e97726d92f47231f96cf02fb35869a", "NATIONAL_ID", "Fødselsnummer", "nb"),
    Source(STDNUM, "stdnum/no/fodselsnummer.py", "2deb086383e43d9b8e6823ff7888b390436b54d9",
           "NATIONAL_ID", "Fødselsnummer", "nb"),
    Source(STDNUM, "stdnum/no/kontonr.py", "152d4c5a9677cb8b6006cef12556835b44f27ab1",
           "BANK_ACCOUNT", "Kontonummer", "nb"),
    Source(STDNUM, "stdnum/no/iban.py", "af8bfd3ccbb08db897864c4204e25762f2ef6018",
           "IBAN_CODE", "IBAN", "nb"),
    Source(STDNUM, "tests/test_ru_inn.doctest", "5ab8d24c44924de2a3d4e61469f2cefa98378cdf",
           "NATIONAL_ID", "ИНН", "ru"),
    Source(STDNUM, "stdnum/ru/inn.py", "152d4c5a9677cb8b6006cef12556835b44f27ab1",
           "NATIONAL_ID", "ИНН", "ru"),
]  # fmt: skip


def _case(src: Source, line: int, text: str, spans: list[tuple[int, int]], kind: str,
          **extra: object) -> dict:
    return {
        "id": f"{src.repo.split('/')[1]}/{src.path.rsplit('/', 1)[-1]}:{line}",
        "type": src.entity_type,
        "kind": kind,
        "lang": src.lang,
        "text": text,
        "expected": [{"start": s, "end": e, "type": src.entity_type} for s, e in spans],
        "source": {"repo": src.repo, "path": src.path, "commit": src.commit, "line": line},
        **extra,
    }  # fmt: skip


# -- Presidio: pytest.mark.parametrize tables --------------------------------------------

def _literal(node: ast.expr) -> object:
    """ast.literal_eval, also for f-strings without placeholders (f"fe80::1%eth0/64")."""
    if isinstance(node, ast.JoinedStr):
        if not all(isinstance(v, ast.Constant) for v in node.values):
            raise ValueError("f-string with placeholders")
        return "".join(str(v.value) for v in node.values)  # type: ignore[attr-defined]
    if isinstance(node, ast.Tuple):
        return tuple(_literal(e) for e in node.elts)
    return ast.literal_eval(node)


def presidio_cases(src: Source, text: str) -> list[dict]:
    out = []
    for node in ast.walk(ast.parse(text)):
        if not (isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "parametrize"):
            continue
        names = [n.strip() for n in _literal(node.args[0]).split(",")]  # type: ignore[union-attr]
        rows = node.args[1]
        assert isinstance(rows, ast.List)
        for row in rows.elts:
            values = dict(zip(names, _literal(row), strict=True))  # type: ignore[arg-type]
            body = values.get("text", values.get("iban"))
            assert isinstance(body, str)
            spans = values.get("expected_positions", values.get("expected_res", ()))
            spans = [tuple(s) for s in spans]  # type: ignore[union-attr]
            expected_len = values["expected_len"]
            extra: dict[str, object] = {}
            if expected_len and not spans:
                spans, extra["note"] = [(0, len(body))], "no span given: the whole text"
            ranges = values.get("expected_score_ranges")
            if ranges:
                extra["peer_scores"] = [list(r) for r in ranges]  # type: ignore[union-attr]
            if len(spans) != expected_len:
                raise ValueError(f"{src.path}:{row.lineno}: {expected_len} results, {spans}")
            out.append(_case(src, row.lineno, body, spans, "spans", **extra))  # type: ignore[arg-type]
    return sorted(out, key=lambda c: c["source"]["line"])


# -- python-stdnum: doctests -------------------------------------------------------------

_CALL = re.compile(r">>> (?:\w+\.)?(is_valid|validate|get_birth_date|format|to_iban)\('([^']*)'\)")
_BLOCK_CHECK = re.compile(r">>> \[ ?x for x in numbers\.splitlines\(\) if x and (not )?\w+\.is_valid\(x(, check_country=False)?\) ?\]")  # noqa: E501


def _compact(number: str) -> str:
    return re.sub(r"[\s.\-:]", "", number).upper()


def stdnum_cases(src: Source, text: str) -> list[dict]:
    lines = text.splitlines()
    verdicts: list[tuple[int, str, bool]] = []  # (line, number, valid)
    derived: list[tuple[int, str, str, str]] = []  # (line, output, input, function)
    block: list[tuple[int, str]] = []
    for i, line in enumerate(lines):
        stripped = line.strip()
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if stripped.startswith(">>> numbers = '''"):
            block = []
        elif stripped.startswith("... ") and stripped[4:].strip() and "'''" not in stripped:
            block.append((i + 1, stripped[4:]))
        elif m := _BLOCK_CHECK.match(stripped):
            if not m.group(2):  # the check_country=False variant is not what a reader needs
                verdicts += [(n, value, bool(m.group(1))) for n, value in block]
        elif m := _CALL.match(stripped):
            func, number = m.groups()
            if not number.strip() or "different country" in stripped:
                continue  # no number; or valid elsewhere, refused only by a country module
            if func == "is_valid" and nxt in ("True", "False"):
                verdicts.append((i + 1, number, nxt == "True"))
            elif func in ("validate", "get_birth_date") and nxt.startswith("Traceback"):
                verdicts.append((i + 1, number, False))
            elif func == "validate" and nxt.startswith("'"):
                verdicts.append((i + 1, number, True))
            elif func in ("format", "to_iban") and nxt.startswith("'"):
                derived.append((i + 2, nxt.strip("'"), number, func))
    valid = {_compact(n): ok for _, n, ok in verdicts}
    out = []
    prefix = f"{src.label}: "
    for line, number, ok in verdicts:
        spans = [(len(prefix), len(prefix) + len(number))] if ok else []
        out.append(_case(src, line, prefix + number, spans, "valid" if ok else "invalid"))
    for line, output, number, func in derived:
        if valid.get(_compact(number)) is not True:
            continue  # the output of a number the file does not call valid proves nothing
        if func == "to_iban":
            iban = Source(src.repo, src.path, src.commit, "IBAN_CODE", "IBAN", src.lang)
            start = len("IBAN: ")
            out.append(_case(iban, line, "IBAN: " + output, [(start, start + len(output))],
                             "valid", note=f"{func}() of a valid number"))
        elif output != number:
            spans = [(len(prefix), len(prefix) + len(output))]
            out.append(_case(src, line, prefix + output, spans, "valid",
                             note=f"{func}() of a valid number"))
    seen: set[str] = set()
    unique = []
    for case in sorted(out, key=lambda c: c["source"]["line"]):
        if case["text"] not in seen:  # format() often repeats a number already tested
            seen.add(case["text"])
            unique.append(case)
    return unique


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("saved", type=Path, help="folder with the saved copies")
    ap.add_argument("--out", type=Path, default=HERE / "cases")
    args = ap.parse_args(argv)
    by_file: dict[str, list[dict]] = {}
    for src in SOURCES:
        text = (args.saved / src.saved_name).read_text(encoding="utf-8")
        cases = presidio_cases(src, text) if src.repo == PRESIDIO else stdnum_cases(src, text)
        name = "presidio.jsonl" if src.repo == PRESIDIO else "stdnum.jsonl"
        by_file.setdefault(name, []).extend(cases)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, cases in by_file.items():
        ids = [c["id"] for c in cases]
        if len(ids) != len(set(ids)):
            raise SystemExit(f"duplicate case ids in {name}")
        tmp = args.out / (name + ".tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            for case in cases:
                fh.write(json.dumps(case, ensure_ascii=False) + "\n")
        tmp.replace(args.out / name)
        print(f"{name}: {len(cases)} cases")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
