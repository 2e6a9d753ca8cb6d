"""BatchEncoder's listing of replaced fields (found from the codec's positions in the CSV
text) against a plain per-field reference, including quoted fields with line breaks."""

from __future__ import annotations

import csv
import io
import random

from backoffice.export import csvfile

ALPHABET = ["a", "1", ",", '"', "\r", "\n", "\r\n", "𠮷", "—", "¥", "\u00a0", "〜", "山", "①", " "]


def _value(rnd: random.Random):
    k = rnd.random()
    if k < 0.1:
        return None
    if k < 0.2:
        return rnd.randint(0, 10**6)
    return "".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(0, 6)))


def _reference(batch_id: str, chunks) -> tuple[bytes, list[dict]]:
    buf, replaced, seq = io.StringIO(), [], 0
    w = csv.writer(buf, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    for chunk in chunks:
        for row in chunk:
            seq += 1
            full = (batch_id, seq, *row)
            w.writerow(full)
            for i, v in enumerate(full):
                if isinstance(v, str) and csvfile.replace_unencodable(v) != v:
                    replaced.append({"seq": seq, "field": csvfile.HEADER[i], "original": v})
    data = csvfile.replace_unencodable(buf.getvalue()).encode("cp932")
    return data, replaced


def test_replaced_fields_listed_like_a_per_field_scan():
    rnd = random.Random(20261128)
    for _ in range(1500):
        rows = [tuple(_value(rnd) for _ in range(14)) for _ in range(rnd.randint(1, 25))]
        chunks = [rows[: len(rows) // 2], rows[len(rows) // 2:]]
        batch_id = rnd.choice(["20261128-173000-ALL-0001", "20261128-173000-𠮷-0001"])
        enc = csvfile.BatchEncoder(batch_id)
        data = b"".join(enc.encode_rows(c) for c in chunks)
        want_data, want_replaced = _reference(batch_id, chunks)
        assert data == want_data
        assert enc.replaced == want_replaced
        assert enc.rows == len(rows)


def test_replacement_after_a_line_break_inside_a_quoted_field():
    enc = csvfile.BatchEncoder("B")
    enc.encode_rows([("a", "住所\r\n2行目", "x"), ("b", "ok", "𠮷"), ("c", '"q",\r\n', "—")])
    assert enc.replaced == [{"seq": 2, "field": "procedure", "original": "𠮷"},
                            {"seq": 3, "field": "procedure", "original": "—"}]


def _db_line(row) -> str:
    """What rows.csv_line makes of a row: text of each column, NULL as "", no quoting."""
    return ",".join("" if v is None else str(v) for v in row)


def test_lines_from_the_database_encode_like_the_per_field_reference():
    rnd = random.Random(20261130)
    for case in range(1500):
        clean = case % 3 == 0  # a third without any special character (the fast path)
        rows = [tuple((_value(rnd) if not clean else rnd.choice(["山田", "a b", "", None, 7, " x "]))
                      for _ in range(14)) for _ in range(rnd.randint(1, 25))]
        keys = rnd.sample(range(10**6), len(rows))
        by_key = dict(zip(keys, rows, strict=True))
        chunks = [rows[: len(rows) // 2], rows[len(rows) // 2:]]
        batch_id = rnd.choice(["20261128-173000-ALL-0001", "20261128-173000-𠮷-0001", "B,1"])
        enc = csvfile.BatchEncoder(batch_id)
        asked: list[int] = []

        def fields(ks, asked=asked, by_key=by_key):
            asked.extend(ks)
            return {k: by_key[k] for k in ks}

        data, at = b"", 0
        for c in chunks:
            data += enc.encode_lines([(keys[at + j], _db_line(r)) for j, r in enumerate(c)], fields)
            at += len(c)
        want_data, want_replaced = _reference(batch_id, chunks)
        assert data == want_data
        assert enc.replaced == want_replaced
        assert enc.rows == len(rows)
        # only rows whose joined line is ambiguous are fetched as columns
        assert asked == [k for k, r in zip(keys, rows, strict=True)
                         if any(isinstance(v, str) and any(ch in v for ch in ',"\r\n') for v in r)]
        assert enc.sha256 == __import__("hashlib").sha256(data).hexdigest()


def test_lines_with_a_single_special_character_are_quoted():
    """One chunk per special character alone (the random chunks above nearly always hold a
    comma too): each must leave the fast path and be quoted like csv.writer does."""
    base = ("OSK-1", 1, "p", "approved", "2026-11-28 09:00:00", "sup9", "山田", "ヤマダ", "19800101",
            "530-0005", "大阪市", 300, None, "")
    for special in [",", '"', "\r", "\n", "\r\n", '""', "a,", '"a"']:
        for col in (0, 6, 10, 13):
            row = base[:col] + (f"x{special}y",) + base[col + 1:]
            rows = [base, row, base]
            enc = csvfile.BatchEncoder("B")
            data = enc.encode_lines([(k, _db_line(r)) for k, r in enumerate(rows)],
                                    lambda ks, rows=rows: {k: rows[k] for k in ks})
            assert data == _reference("B", [rows])[0], (special, col)
