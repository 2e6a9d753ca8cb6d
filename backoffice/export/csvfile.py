"""Encoding of one export batch (export-v1 "The CSV" and "Files of one batch").

- CSV: CP932 (Python's 'cp932' codec = Windows-31J), CRLF, a header row, RFC 4180 quoting
  only when a field holds a comma, a double quote or a line break (csv.QUOTE_MINIMAL with
  lineterminator "\\r\\n" quotes exactly those: delimiter, quotechar, CR, LF).
- A character CP932 cannot encode becomes 〓 (U+3013), one 〓 per character; the field
  is listed in the manifest's replaced_characters as {"seq", "field", "original"} with
  the whole original value (the spec's example). The batch never fails for it.
- Python's cp932 also encodes some look-alike code points to the JIS X 0208 byte of the
  character (U+301C WAVE DASH -> 0x8160, U+2212 MINUS -> 0x817C, U+2016 -> 0x8161,
  U+00A2/A3/AC -> 0x8191/8192/81CA). Those bytes are the same character in CP932, so they
  are written as is and not listed; a reader decoding with Microsoft's table sees
  U+FF5E, U+FF0D, U+2225, U+FFE0/FFE1/FFE2. Code points without any CP932 byte (U+2014
  EM DASH, U+00A5 YEN SIGN, NO-BREAK SPACE, U+00B7, 𠮷 and other non-BMP/JIS X 0213
  characters) become 〓 and are listed.
- Files are written through a temporary name in the same directory, fsynced, renamed and
  the directory fsynced; the CSV first, the manifest last, so a manifest on disk always
  means a whole, durable batch.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import logging
import os
import re
import threading
import uuid
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from itertools import accumulate, chain, count, repeat
from operator import add, itemgetter
from pathlib import Path
from typing import IO, Any

from backoffice.platform import fileperms
from backoffice.platform.spool import fsync_dir
from backoffice.platform.timeutil import rfc3339

log = logging.getLogger(__name__)

SCHEMA = "export/1"
ENCODING = "cp932"
REPLACEMENT = "\u3013"  # 〓 GETA MARK (export-v1)
# Column order of export-v1 "The CSV".
HEADER: tuple[str, ...] = (
    "batch_id", "seq", "application_id", "revision", "procedure", "decision", "decided_at",
    "decided_by", "applicant_name", "applicant_kana", "birth_date", "postal_code", "address",
    "fee", "payment_transaction_id", "certificate_serial",
)
DATA_COLUMNS = len(HEADER) - 2  # the columns after batch_id and seq
TMP_SUFFIX = ".tmp"
CSV_SUFFIX = ".csv"
MANIFEST_SUFFIX = ".manifest.json"


FieldsFn = Callable[[list[int]], dict[int, Sequence[Any]]]
"""Keys of rows -> their data columns (BatchEncoder.encode_lines)."""


def _encodable(text: str) -> bool:
    try:
        text.encode(ENCODING)
    except UnicodeEncodeError:
        return False
    return True


def replace_unencodable(value: str) -> str:
    """Every character CP932 cannot encode -> 〓; everything else untouched."""
    return "".join(ch if _encodable(ch) else REPLACEMENT for ch in value)


class BatchEncoder:
    """Turns data rows (the columns after batch_id and seq, in spec order) into CP932 CSV
    bytes chunk by chunk, numbering seq, hashing the bytes and collecting replacements."""

    def __init__(self, batch_id: str) -> None:
        self.batch_id = batch_id
        self.rows = 0
        self.replaced: list[dict[str, Any]] = []
        self._sha = hashlib.sha256()
        self._buf = io.StringIO()
        self._writer = csv.writer(self._buf, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        self._batch_field: str | None = None

    @property
    def sha256(self) -> str:
        return self._sha.hexdigest()

    def _take(self) -> tuple[str, bytes]:
        text = self._buf.getvalue()
        self._buf.seek(0)
        self._buf.truncate()
        _state.hits = []
        # unencodable -> 〓 bytes; the start of each run is noted in _state.hits
        return text, text.encode(ENCODING, _GETA)

    def header(self) -> bytes:
        self._writer.writerow(HEADER)
        _, data = self._take()
        self._sha.update(data)
        return data

    def encode_rows(self, rows: Sequence[Sequence[Any]]) -> bytes:
        if rows and type(rows[0]) is not tuple:
            rows = [tuple(r) for r in rows]
        # (batch_id, seq) + row for every row, without a Python-level loop
        full = list(map(add, zip(repeat(self.batch_id), count(self.rows + 1)), rows))
        self._writer.writerows(full)
        text, data = self._take()
        if _state.hits:  # rare: find the rows and fields to list in the manifest
            self._note_replacements(full, _records_at(text, _state.hits))
        self.rows += len(full)
        self._sha.update(data)
        return data

    def encode_lines(self, part: Sequence[tuple[int, str]], fields: FieldsFn) -> bytes:
        """Like encode_rows, for rows the database already joined: `part` holds (key, line),
        line = the data columns as text joined with "," WITHOUT quoting, NULL as "" (the
        exact csv.writer output whenever no value holds a comma, quote or line break).
        `fields(keys)` returns the data columns of those rows as encode_rows takes them; it is
        called only for rows whose line is ambiguous (a value with one of those characters).

        Common case: one join and one strict encode of the chunk in C, then a count of the
        special bytes (',', '"', CR, LF are below 0x40, so never a CP932 trail byte): the
        records hold exactly the separators and terminators put there, nothing else."""
        n, first = len(part), self.rows + 1
        lines = list(map(itemgetter(1), part))
        text = self._records(lines, first)
        try:
            data: bytes | None = text.encode(ENCODING)
        except UnicodeEncodeError:
            data = None
        if data is None or not (data.count(b",") == len(HEADER) * n - n and data.count(b"\r") == n
                                and data.count(b"\n") == n and b'"' not in data):
            data = self._encode_lines_slowly(part, lines, text, first, fields)
        self.rows += n
        self._sha.update(data)
        return data

    def _prefix(self) -> str:
        """batch_id as csv.writer writes it, and the comma after it."""
        if self._batch_field is None:
            self._writer.writerow((self.batch_id,))
            self._batch_field = self._take()[0][:-2]
        return self._batch_field + ","

    def _records(self, lines: list[str], first: int) -> str:
        """`<batch_id>,<seq>,<line>CRLF` for every line, joined in C (no Python loop)."""
        seqs = map(str, range(first, first + len(lines)))
        return "".join(chain.from_iterable(zip(repeat(self._prefix()), seqs, repeat(","), lines, repeat("\r\n"))))

    def _encode_lines_slowly(self, part: Sequence[tuple[int, str]], lines: list[str], text: str,
                             first: int, fields: FieldsFn) -> bytes:
        """A chunk with a value to quote or a character CP932 lacks: the rows whose line is
        ambiguous are fetched as columns and written by csv.writer; then the chunk is encoded
        with 〓 and the replaced fields listed (in row, then column order)."""
        exact: dict[int, tuple[Any, ...]] = {}
        n = len(lines)
        if not (text.count(",") == len(HEADER) * n - n and text.count("\r") == n and text.count("\n") == n
                and '"' not in text):
            ambiguous = [i for i, line in enumerate(lines)
                         if line.count(",") != DATA_COLUMNS - 1 or '"' in line or "\r" in line or "\n" in line]
            if ambiguous:
                found = fields([part[i][0] for i in ambiguous])
                for i in ambiguous:
                    row = found[part[i][0]]
                    exact[i] = (self.batch_id, first + i, *row)
                    self._writer.writerow(row)
                    lines[i] = self._take()[0][:-2]
                text = self._records(lines, first)
        _state.hits = []
        data = text.encode(ENCODING, _GETA)
        if _state.hits:
            # where each record starts: its line, seq and the fixed prefix, comma and CRLF before it
            lens = map(add, map(len, lines), map(len, map(str, range(first, first + n))))
            starts = list(map(add, accumulate(lens, initial=0), count(0, len(self._prefix()) + 3)))
            for i in sorted({bisect_right(starts, p) - 1 for p in _state.hits}):
                full = exact.get(i) or (self.batch_id, first + i, *lines[i].split(","))
                for col, value in enumerate(full):
                    if isinstance(value, str) and not _encodable(value):
                        self.replaced.append({"seq": first + i, "field": HEADER[col], "original": value})
        return data

    def _note_replacements(self, rows: list[tuple[Any, ...]], dirty: list[int]) -> None:
        """List the fields of the rows `dirty` (indices into `rows`, ascending) that hold a
        character CP932 cannot encode, in row then column order."""
        for r in dirty:
            row = rows[r]
            for i, value in enumerate(row):
                if isinstance(value, str) and not _encodable(value):
                    self.replaced.append({"seq": row[1], "field": HEADER[i], "original": value})


# A quoted field of csv.writer's output ("" is an escaped quote). Outside quoted fields
# the output holds no '"' and no CR/LF except the record terminators.
_QUOTED = re.compile(r'"(?:[^"]|"")*"')


def _records_at(text: str, positions: list[int]) -> list[int]:
    """The records (0-based, ascending, distinct) of csv.writer output `text` (whole
    CRLF-terminated records) that hold the given character positions: the number of
    record terminators before a position, i.e. CRLFs not inside a quoted field."""
    embedded: list[int] = []  # CRLFs inside quoted fields (rare: line breaks in a value)
    if '"' in text:
        for m in _QUOTED.finditer(text):
            a, b = m.span()
            i = text.find("\r\n", a, b)
            while i != -1:
                embedded.append(i)
                i = text.find("\r\n", i + 2, b)
    records: list[int] = []
    count = prev = 0
    for p in sorted(positions):
        count += text.count("\r\n", prev, p)
        prev = p
        r = count - bisect_left(embedded, p)
        if not records or records[-1] != r:
            records.append(r)
    return records


# The replacement happens inside the codec (one 〓 per unencodable character, the same
# result as replace_unencodable) so the common case encodes each chunk once.
_GETA = "export-geta"
_state = threading.local()


def _geta(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    _state.hits.append(exc.start)  # a run never crosses a field: ',' and CRLF encode
    return REPLACEMENT * (exc.end - exc.start), exc.end


codecs.register_error(_GETA, _geta)


def manifest_bytes(batch_id: str, created_at: datetime, rows: int, sha256: str,
                   replaced: list[dict[str, Any]], reexport_of: str | None = None) -> bytes:
    """The manifest (export-v1): JSON, ASCII only (non-ASCII as \\u escapes), so it reads
    the same whatever encoding a consumer assumes. `reexport_of` is an added key."""
    doc: dict[str, Any] = {
        "schema": SCHEMA, "batch_id": batch_id, "created_at": rfc3339(created_at), "rows": rows,
        "sha256": sha256, "encoding": ENCODING, "replaced_characters": replaced,
    }
    if reexport_of:
        doc["reexport_of"] = reexport_of
    return (json.dumps(doc, ensure_ascii=True, indent=2) + "\n").encode("ascii")


def csv_path(out: Path, batch_id: str) -> Path:
    return out / f"{batch_id}{CSV_SUFFIX}"


def manifest_path(out: Path, batch_id: str) -> Path:
    return out / f"{batch_id}{MANIFEST_SUFFIX}"


@contextmanager
def atomic_file(target: Path) -> Iterator[IO[bytes]]:
    """Write `target` through `.<name>.<random>.tmp` in the same directory: fsync, rename,
    fsync the directory. On any error the temporary file is removed."""
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:12]}{TMP_SUFFIX}")
    f = os.fdopen(fileperms.create(tmp), "wb")  # O_EXCL, 0600 or the group's 0660
    try:
        yield f
        f.flush()
        os.fsync(f.fileno())
        f.close()
        os.replace(tmp, target)
    except BaseException:
        f.close()
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(target.parent)


def write_atomic(target: Path, data: bytes | Iterable[bytes]) -> Path:
    with atomic_file(target) as f:
        if isinstance(data, bytes):
            f.write(data)
        else:
            for chunk in data:
                f.write(chunk)
    return target


def remove_stale_temps(out: Path) -> int:
    """Temporary files left by a killed writer (callers hold the export lock)."""
    n = 0
    for p in out.glob(f".*{TMP_SUFFIX}"):
        if f"{CSV_SUFFIX}." in p.name or f"{MANIFEST_SUFFIX}." in p.name:
            p.unlink(missing_ok=True)
            n += 1
    if n:
        fsync_dir(out)
        log.info("removed %d temporary export file(s) left by an interrupted run in %s", n, out)
    return n


def complete_on_disk(out: Path, batch_id: str) -> dict[str, Any] | None:
    """The manifest of a whole batch already on disk (manifest present, names its batch,
    CSV hash matches), else None."""
    mpath, cpath = manifest_path(out, batch_id), csv_path(out, batch_id)
    try:
        doc = json.loads(mpath.read_bytes())
        if doc.get("schema") != SCHEMA or doc.get("batch_id") != batch_id:
            return None
        digest = hashlib.sha256()
        with open(cpath, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
    except (OSError, ValueError):
        return None
    return doc if digest.hexdigest() == doc.get("sha256") else None


ProgressFn = Callable[[int, int], None]
