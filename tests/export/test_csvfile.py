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
