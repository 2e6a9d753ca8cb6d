"""Property: read_bundle either returns or raises BundleRejected, whatever the bytes."""

from __future__ import annotations

import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backoffice.intake.bundle import DuplicateBundle, Limits, ValidatedBundle, read_bundle
from backoffice.platform.catalog import default_catalog
from backoffice.platform.errors import BundleRejected
from tests.builders import (
    build_bundle,
    make_gateway_key,
    sample_application,
    tiny_pdf,
    tiny_png,
)

KEY = make_gateway_key()
_APP = sample_application()
_APP["attachments"].append({**_APP["attachments"][0], "id": "a2", "kind": "supporting_document"})
VALID = build_bundle(_APP, {"a1": (tiny_png(), "image/png"), "a2": (tiny_pdf(), "application/pdf")},
                     gateway_key=KEY)[1]
STORED = build_bundle(_APP, {"a1": (tiny_png(), "image/png"), "a2": (tiny_pdf(), "application/pdf")},
                      gateway_key=KEY, compression=zipfile.ZIP_STORED)[1]
CODES = {"not_a_zip", "unsafe_member_path", "too_large", "compression_ratio", "missing_member",
         "unexpected_member", "gateway_signature_invalid", "invalid_json", "schema_error",
         "application_hash_mismatch", "file_hash_mismatch", "media_type_not_allowed",
         "unknown_procedure", "attachment_accounting"}
FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def outcome(data: bytes) -> str:
    try:
        result = read_bundle(data, gateway_keys=[KEY.public_key()], catalog=default_catalog(),
                             limits=Limits(uncompressed_bytes=4 * 2**20))
    except BundleRejected as exc:
        assert exc.code in CODES and exc.detail
        return exc.code
    assert isinstance(result, ValidatedBundle | DuplicateBundle)
    return "ok"


def test_the_base_bundles_are_valid() -> None:
    assert outcome(VALID) == "ok" and outcome(STORED) == "ok"


@FUZZ
@given(st.binary(max_size=4096))
def test_arbitrary_bytes(data: bytes) -> None:
    outcome(data)


@FUZZ
@given(st.sampled_from([VALID, STORED]),
       st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), min_size=1, max_size=8))
def test_byte_flips(base: bytes, flips: list[tuple[int, int]]) -> None:
    data = bytearray(base)
    for pos, value in flips:
        data[pos % len(data)] = value
    outcome(bytes(data))


@FUZZ
@given(st.sampled_from([VALID, STORED]), st.integers(min_value=0), st.integers(min_value=0),
       st.binary(max_size=64))
def test_truncations_and_splices(base: bytes, start: int, length: int, insert: bytes) -> None:
    start %= len(base)
    outcome(base[:start])
    outcome(base[:start] + insert + base[start + length % 200:])
