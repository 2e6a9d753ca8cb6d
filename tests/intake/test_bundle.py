"""bundle-v1 §3-§7: every quarantine code, the fixed order of checks, archive attacks."""

from __future__ import annotations

import hashlib
import itertools
import os
import zipfile
from pathlib import Path
from typing import Any

import pytest

from backoffice.intake.bundle import (
    MALFORMED_SIGNATURE_KEY,
    DuplicateBundle,
    Limits,
    ValidatedBundle,
    read_bundle,
)
from backoffice.platform.catalog import default_catalog
from backoffice.platform.errors import BundleRejected
from tests.builders import (
    DELETE,
    application_bytes,
    build_bundle,
    make_gateway_key,
    make_zip,
    patch_central,
    sample_application,
    symlink_info,
    tiny_jpeg,
    tiny_pdf,
    tiny_png,
    with_name,
)

KEY = make_gateway_key()
PNG = {"a1": (tiny_png(), "image/png")}


def read(data: bytes | Path, **kw: Any) -> ValidatedBundle | DuplicateBundle:
    kw.setdefault("gateway_keys", [KEY.public_key()])
    kw.setdefault("catalog", default_catalog())
    return read_bundle(data, **kw)


def refused(data: bytes | Path, **kw: Any) -> BundleRejected:
    with pytest.raises(BundleRejected) as info:
        read(data, **kw)
    assert info.value.detail and info.value.detail[-1] != "\n"
    return info.value


def bundle(app: dict[str, Any] | bytes | None = None, files: dict | None = None,
           **kw: Any) -> bytes:
    kw.setdefault("gateway_key", KEY)
    return build_bundle(app if app is not None else sample_application(),
                        PNG if files is None else files, **kw)[1]


# -- accepted bundles ----------------------------------------------------------------


def test_valid_bundle_round_trips_exactly() -> None:
    app = with_name(sample_application(), "𠮷田 髙﨑", "ヨシダ タカサキ")
    raw = application_bytes(app)
    bundle_id, data = build_bundle(raw, PNG, gateway_key=KEY, rejected=None)
    result = read(data)
    assert isinstance(result, ValidatedBundle)
    assert result.bundle_id == bundle_id
    assert result.application_bytes == raw
    assert result.application["applicant"]["name"] == "𠮷田 髙﨑"  # no normalization
    assert result.application["applicant"]["name"].encode() == "𠮷田 髙﨑".encode()
    assert result.signature is None and result.signature_bytes is None
    assert result.rejected == ()
    (f,) = result.files
    assert (f.attachment_id, f.path, f.media_type, f.pages) == ("a1", "files/a1.png", "image/png", 1)
    assert f.data == tiny_png() and f.sha256 == hashlib.sha256(tiny_png()).hexdigest()
    assert f.actions == ("re-encoded by tests.builders",)


def test_all_media_types_signature_rejected_and_files_dir_accepted() -> None:
    app = sample_application(attachments=[
        {"id": i, "file": f"{i}.bin", "kind": "other", "sha256": "0" * 64, "size": 1}
        for i in ("p", "j", "d", "x")])
    sig = {"algorithm": "RSASSA-PKCS1-v1_5-SHA256", "certificate": "", "chain": [], "signature": ""}
    files = {"p": (tiny_png(), "image/png"), "j": (tiny_jpeg(), "image/jpeg"),
             "d": (tiny_pdf(), "application/pdf")}
    data = bundle(app, files, signature=sig, rejected=["x"], extra_members={"files/": b""})
    result = read(data)
    assert isinstance(result, ValidatedBundle)
    assert [f.media_type for f in result.files] == ["image/png", "image/jpeg", "application/pdf"]
    assert result.rejected == ({"attachment_id": "x", "reason": "unsupported file type"},)
    assert result.signature == sig and result.signature_bytes is not None


def test_signature_allowed_for_procedure_without_signature_and_stored_members() -> None:
    app = sample_application(procedure="facility-use", payment=None, form={"room": "A"})
    data = bundle(app, signature={"x": 1}, compression=zipfile.ZIP_STORED)
    assert isinstance(read(data), ValidatedBundle)


def test_malformed_signature_json_is_kept_for_the_signature_check() -> None:
    result = read(bundle(signature=b"{not json"))
    assert isinstance(result, ValidatedBundle)
    assert result.signature is not None and MALFORMED_SIGNATURE_KEY in result.signature
    assert result.signature_bytes == b"{not json"


def test_path_source_named_by_bundle_id(tmp_path: Path) -> None:
    bundle_id, data = build_bundle(sample_application(), PNG, gateway_key=KEY)
    good = tmp_path / f"{bundle_id}.zip"
    good.write_bytes(data)
    assert read(good).bundle_id == bundle_id
    other = tmp_path / "renamed.zip"
    other.write_bytes(data)
    err = refused(other)
    assert err.code == "schema_error" and "renamed.zip" in err.detail
    claimed = tmp_path / "whatever.zip.claimed"  # only *.zip names are compared
    claimed.write_bytes(data)
    assert read(claimed).bundle_id == bundle_id
    (tmp_path / "dir.zip").mkdir()
    assert refused(tmp_path / "dir.zip").code == "not_a_zip"


def test_gateway_sig_with_trailing_newline_and_second_key() -> None:
    other = make_gateway_key()
    _, data = build_bundle(sample_application(), PNG, gateway_key=other)
    assert isinstance(read(data, gateway_keys=[KEY.public_key(), other.public_key()]),
                      ValidatedBundle)
    gw = b'{"x": 1}'
    import base64
    sig = base64.b64encode(KEY.sign(gw)) + b"\n"
    err = refused(bundle(gateway_json=gw, gateway_sig=sig))
    assert err.code == "schema_error"  # the signature passed; the content is then checked


# -- check 1: not_a_zip --------------------------------------------------------------


@pytest.mark.parametrize("data", [b"", b"hello", b"PK\x05\x06" + b"\x00" * 10, os.urandom(300)])
def test_not_a_zip(data: bytes) -> None:
    assert refused(data).code == "not_a_zip"


def test_truncated_zip() -> None:
    data = bundle()
    for cut in (len(data) // 2, len(data) - 5, 30):
        assert refused(data[:cut]).code == "not_a_zip"


def test_unsupported_compression_method() -> None:
    err = refused(bundle(compression=zipfile.ZIP_BZIP2))
    assert err.code == "not_a_zip" and "compression method 12" in err.detail


def test_corrupt_member_data() -> None:
    data = bytearray(bundle(compression=zipfile.ZIP_STORED))
    pos = bytes(data).index(tiny_png()[20:40])
    data[pos] ^= 0xFF
    assert "CRC" in refused(bytes(data)).detail


def test_local_header_name_differs_from_directory() -> None:
    data = bundle()
    pos = data.index(b"application.json")  # first occurrence: the local header
    forged = data[:pos] + b"applicatioX.json" + data[pos + 16:]
    err = refused(forged)
    assert err.code == "not_a_zip" and "local header" in err.detail


# -- check 2: unsafe_member_path -----------------------------------------------------


@pytest.mark.parametrize("name, words", [
    ("files/../x", "'..' segment"),
    ("../application.json", "'..' segment"),
    ("/etc/passwd", "absolute"),
    ("C:/evil", "absolute"),
    ("files\\a1.png", "backslash"),
    ("./gateway.json", "'.' path segment"),
    ("files//a.png", "empty"),
    ("files/a\x01.png", "control character"),
])
def test_unsafe_member_names(name: str, words: str) -> None:
    err = refused(bundle(extra_members={name: b"x"}))
    assert err.code == "unsafe_member_path" and words in err.detail


def test_zip_slip_detail_names_member() -> None:
    assert refused(bundle(extra_members={"files/../x": b"x"})).detail == \
        "member 'files/../x' contains a '..' segment"


def test_symlink_member() -> None:
    members = [("application.json", b"{}"), (symlink_info("files/a1.png"), b"/etc/passwd")]
    err = refused(make_zip(members))
    assert err.code == "unsafe_member_path" and "symbolic link" in err.detail


# -- check 3: too_large, compression_ratio -------------------------------------------


def test_size_limits() -> None:
    data = bundle()
    assert "archive is" in refused(data, limits=Limits(archive_bytes=len(data) - 1)).detail
    assert "members" in refused(data, limits=Limits(max_members=3)).detail
    err = refused(data, limits=Limits(application_json_bytes=100))
    assert err.code == "too_large" and "application.json" in err.detail
    err = refused(data, limits=Limits(uncompressed_bytes=1000))
    assert err.code == "too_large" and "total" in err.detail
    assert isinstance(read(data, limits=Limits(max_members=5)), ValidatedBundle)


def test_zip_bomb_ratio() -> None:
    err = refused(bundle(extra_members={"bomb.bin": b"\0" * (4 * 2**20)}))
    assert err.code == "compression_ratio" and "'bomb.bin'" in err.detail


def test_lying_directory_bomb_is_compression_ratio() -> None:
    zeros = b"\0" * (8 * 2**20)
    data = bundle(files={"a1": (zeros, "image/png")})
    lied = patch_central(data, "files/a1.png", file_size=1000)
    err = refused(lied)
    assert err.code == "compression_ratio" and "declares 1000" in err.detail


def test_lying_directory_over_total_is_too_large() -> None:
    noise = os.urandom(300_000)
    data = patch_central(bundle(files={"a1": (noise, "image/png")}), "files/a1.png", file_size=10)
    err = refused(data, limits=Limits(uncompressed_bytes=100_000))
    assert err.code == "too_large" and "declares 10" in err.detail


def test_directory_claiming_more_bytes_than_stored() -> None:
    data = bundle()
    lied = patch_central(data, "files/a1.png", file_size=len(tiny_png()) + 5)
    assert refused(lied).code == "not_a_zip"


# -- check 4: missing_member, unexpected_member --------------------------------------


@pytest.mark.parametrize("member", ["application.json", "gateway.json", "gateway.sig"])
def test_missing_required_member(member: str) -> None:
    err = refused(bundle(omit_members=[member]))
    assert err.code == "missing_member" and member in err.detail


def test_listed_file_missing() -> None:
    err = refused(bundle(omit_members=["files/a1.png"]))
    assert err.code == "missing_member" and "files/a1.png" in err.detail


@pytest.mark.parametrize("extra, words", [
    ({"notes.txt": b"hi"}, "not allowed"),
    ({"other/": b""}, "directory"),
    ({"files/sub/x.png": tiny_png()}, "not allowed"),
    ({"application.json": b"{}"}, "more than once"),
    ({"files/zz.png": tiny_png()}, "not named in gateway.json"),
])
def test_unexpected_members(extra: dict[str, bytes], words: str) -> None:
    err = refused(bundle(extra_members=extra))
    assert err.code == "unexpected_member" and words in err.detail


def test_encrypted_member_is_unexpected() -> None:
    data = patch_central(bundle(), "files/a1.png", flag_bits=1)
    err = refused(data)
    assert err.code == "unexpected_member" and "encrypted" in err.detail


# -- checks 5-7 ----------------------------------------------------------------------


def test_gateway_signature_invalid() -> None:
    assert refused(bundle(gateway_key=make_gateway_key())).code == "gateway_signature_invalid"
    assert refused(bundle(gateway_sig=b"not base64!")).code == "gateway_signature_invalid"
    assert refused(bundle(gateway_sig=b"AAAA")).code == "gateway_signature_invalid"
    assert refused(bundle(), gateway_keys=[]).code == "gateway_signature_invalid"
    tampered = bundle(replace_members={"gateway.json": b'{"schema": "gateway/1"}'})
    assert refused(tampered).code == "gateway_signature_invalid"


@pytest.mark.parametrize("raw", [b"{oops", b"\xef\xbb\xbf{}", b'{"a": 1, "a": 2}', b"\xff\xfe",
                                 b'{"a": NaN}'])
def test_gateway_invalid_json(raw: bytes) -> None:
    err = refused(bundle(gateway_json=raw))
    assert err.code == "invalid_json" and err.detail.startswith("gateway.json: ")


def _set(path: str, value: Any):  # noqa: ANN202 - small mutate_gateway helper
    def mutate(gw: dict[str, Any]) -> None:
        target: Any = gw
        parts = path.split(".")
        for p in parts[:-1]:
            target = target[int(p)] if isinstance(target, list) else target[p]
        if value is DELETE:
            del target[parts[-1]]
        else:
            target[parts[-1]] = value
    return mutate


@pytest.mark.parametrize("path, value", [
    ("schema", "gateway/2"), ("bundle_id", "not-a-uuid"), ("application_sha256", "AB" * 32),
    ("sanitized_at", "2026-11-28 09:16"), ("engine", ""), ("files", {}), ("rejected", DELETE),
    ("files.0.path", "a1.png"), ("files.0.path", "files/../a1.png"), ("files.0.pages", 0),
    ("files.0.actions", "x"), ("files.0.media_type", 7), ("files.0.attachment_id", None),
])
def test_gateway_schema_error(path: str, value: Any) -> None:
    err = refused(bundle(mutate_gateway=_set(path, value)))
    assert err.code == "schema_error" and err.detail.startswith("gateway.json: ")


def test_duplicate_is_reported_after_gateway_validates() -> None:
    calls: list[str] = []
    bundle_id, data = build_bundle(sample_application(), PNG, gateway_key=KEY,
                                   mutate_gateway=_set("application_sha256", "0" * 64))
    result = read(data, is_duplicate=lambda i: calls.append(i) or True)
    assert result == DuplicateBundle(bundle_id) and calls == [bundle_id]
    calls.clear()
    assert isinstance(read(bundle(), is_duplicate=lambda i: calls.append(i) or False),
                      ValidatedBundle)
    assert len(calls) == 1


# -- checks 8-12 ---------------------------------------------------------------------


def test_hash_and_media_type_checks() -> None:
    err = refused(bundle(replace_members={"application.json": b"{}"}))
    assert err.code == "application_hash_mismatch"
    err = refused(bundle(replace_members={"files/a1.png": tiny_jpeg()}))
    assert (err.code, err.detail) == ("file_hash_mismatch",
                                      "files/a1.png: sha256 does not match gateway.json")
    err = refused(bundle(files={"a1": (tiny_png(), "image/gif")}))
    assert err.code == "media_type_not_allowed" and "image/gif" in err.detail
    err = refused(bundle(files={"a1": (tiny_pdf(), "image/png")}))
    assert err.code == "media_type_not_allowed" and "signature bytes" in err.detail


@pytest.mark.parametrize("raw", [b"{", b"\xef\xbb\xbf{}", "{}".encode("utf-16"),
                                 b'{"schema": "application/1", "schema": "x"}',
                                 b'{"a": Infinity}', b'{"a": "\\ud800"}', b"[" * 100_000])
def test_application_invalid_json(raw: bytes) -> None:
    err = refused(bundle(raw, compression=zipfile.ZIP_STORED))  # '[' * 100000 is a bomb
    assert err.code == "invalid_json" and err.detail.startswith("application.json: ")


SCHEMA_ERRORS = [  # (overrides of sample_application, words in the detail)
    ({"aplicant": {}}, "unknown top-level key 'aplicant'"), ({"schema": "application/2"}, "schema"),
    ({"application_id": "x" * 41}, "application_id"), ({"application_id": "OSK_1"}, "application_id"),
    ({"revision": True}, "revision"), ({"revision": 0}, "revision"), ({"revision": 1.0}, "revision"),
    ({"procedure": 5}, "procedure"), ({"submitted_at": "2026-11-28T09:15:00"}, "submitted_at"),
    ({"submitted_at": "2026-02-30T09:15:00+09:00"}, "submitted_at"), ({"applicant": "山田"}, "applicant"),
    ({"applicant__name": ""}, "applicant.name"), ({"applicant__name": "ﾔﾏﾀﾞ"}, "applicant.name"),
    ({"applicant__name_kana": "やまだ たろう"}, "name_kana"),
    ({"applicant__name_kana": "ﾔﾏﾀﾞ ﾀﾛｳ"}, "name_kana"),
    ({"applicant__birth_date": "1985-02-30"}, "birth_date"),
    ({"applicant__birth_date": "1985/04/01"}, "birth_date"),
    ({"applicant__postal_code": "5308201"}, "postal_code"),
    ({"applicant__postal_code": "５３０-８２０１"}, "postal_code"),
    ({"applicant__nickname": "x"}, "applicant.nickname"),
    ({"applicant__address": DELETE}, "applicant.address"),
    ({"form": []}, "form"), ({"form__x": {"a": 1}}, "form.x"), ({"form__x": None}, "form.x"),
    ({"form__x": [[1]]}, "form.x"), ({"attachments__0__kind": "selfie"}, "kind"),
    ({"attachments__0__sha256": "A" * 64}, "sha256"), ({"attachments__0__size": -1}, "size"),
    ({"attachments__0__size": False}, "size"), ({"attachments__0__file": "dir/a.png"}, "file"),
    ({"payment__currency": "USD"}, "currency"), ({"payment__amount": "600"}, "amount"),
    ({"payment__method": "bitcoin"}, "method"), ({"payment__paid_at": "yesterday"}, "paid_at"),
    ({"delivery__method": "drone"}, "delivery.method"), ({"delivery": None}, "delivery"),
    ({"appointment": {"start": "2026-12-01T10:00:00+09:00"}}, "appointment"),
    ({"appointment": {"start": "2026-12-01T10:00:00+09:00", "end": "2026-12-01T09:00:00+09:00",
                      "location": "1F"}}, "appointment.end"),
    ({"appointment": DELETE}, "appointment"),
]


@pytest.mark.parametrize("overrides, words", SCHEMA_ERRORS)
def test_application_schema_error(overrides: dict[str, Any], words: str) -> None:
    err = refused(bundle(sample_application(**overrides)))
    assert err.code == "schema_error" and err.detail.startswith("application.json: ")
    assert words in err.detail


def test_duplicate_attachment_ids_are_schema_error() -> None:
    app = sample_application()
    app["attachments"].append(dict(app["attachments"][0]))
    assert refused(bundle(app)).code == "schema_error"


def test_accepted_application_variants() -> None:
    app = sample_application(
        applicant__name_kana="ヤマダ　タロー", applicant__name="ジョン・スミス", form__extra_key=[1, "a"],
        payment=None, delivery__method="counter", applicant__email=DELETE,
        appointment={"start": "2026-12-01T10:00:00+09:00", "end": "2026-12-01T10:30:00+09:00",
                      "location": "本庁舎1階"}, submitted_at="2026-11-28T00:15:00Z")
    result = read(bundle(app))
    assert isinstance(result, ValidatedBundle) and result.application["form"]["extra_key"] == [1, "a"]


def test_unknown_procedure() -> None:
    err = refused(bundle(sample_application(procedure="no-such-procedure")))
    assert err.code == "unknown_procedure" and "no-such-procedure" in err.detail


@pytest.mark.parametrize("kw", [
    {"files": {}},                                             # a1 nowhere
    {"rejected": ["a1"]},                                      # a1 in files and rejected
    {"rejected": ["zz"]},                                      # unknown id
    {"mutate_gateway": lambda gw: gw["files"].append({**gw["files"][0], "path": "files/b.png"})},
])
def test_attachment_accounting(kw: dict[str, Any]) -> None:
    extra = {"files/b.png": tiny_png()} if "mutate_gateway" in kw else None
    err = refused(bundle(extra_members=extra, **kw))
    assert err.code == "attachment_accounting"


# -- the order of §7: with two defects, the earlier check is named -------------------


def _defects() -> list[tuple[str, dict[str, Any]]]:
    return [
        ("not_a_zip", {"compression": zipfile.ZIP_BZIP2}),
        ("unsafe_member_path", {"extra_members": {"../evil": b"x"}}),
        ("too_large", {"limits": Limits(archive_bytes=300)}),
        ("unexpected_member", {"extra_members": {"notes.txt": b"hi"}}),
        ("gateway_signature_invalid", {"gateway_sig": b"AAAA"}),
        ("invalid_json", {"gateway_json": b"{oops"}),
        ("schema_error", {"mutate_gateway": [_set("engine", 5)]}),
        ("missing_member", {"omit_members": ["files/a1.png"]}),
        ("duplicate", {"is_duplicate": lambda _i: True}),
        ("application_hash_mismatch", {"mutate_gateway": [_set("application_sha256", "0" * 64)]}),
        ("file_hash_mismatch", {"mutate_gateway": [_set("files.0.sha256", "0" * 64)]}),
        ("media_type_not_allowed", {"mutate_gateway": [_set("files.0.media_type", "text/html")]}),
        ("schema_error", {"app": {"revision": 0}}),
        ("unknown_procedure", {"app": {"procedure": "nope"}}),
        ("attachment_accounting", {"rejected": ["zz"]}),
    ]


def _run(defects: list[dict[str, Any]]) -> str:
    build: dict[str, Any] = {"extra_members": {}, "omit_members": []}
    read_kw: dict[str, Any] = {}
    app: dict[str, Any] = {}
    mutations: list = []
    for d in defects:
        for k, v in d.items():
            if k in ("limits", "is_duplicate"):
                read_kw[k] = v
            elif k == "app":
                app.update(v)
            elif k == "mutate_gateway":
                mutations += v
            elif k == "extra_members":
                build[k].update(v)
            elif k == "omit_members":
                build[k] += v
            else:
                build[k] = v
    build["mutate_gateway"] = lambda gw: [m(gw) for m in mutations] and None
    data = bundle(sample_application(**app), **build)
    try:
        result = read(data, **read_kw)
    except BundleRejected as exc:
        return exc.code
    return "duplicate" if isinstance(result, DuplicateBundle) else "accepted"


@pytest.mark.parametrize("index", range(len(_defects())))
def test_each_defect_alone(index: int) -> None:
    code, defect = _defects()[index]
    assert _run([defect]) == code


@pytest.mark.parametrize("first, second",
                         list(itertools.combinations(range(len(_defects())), 2)))
def test_first_failure_wins(first: int, second: int) -> None:
    defects = _defects()
    assert _run([defects[first][1], defects[second][1]]) == defects[first][0]
    assert _run([defects[second][1], defects[first][1]]) == defects[first][0]


def test_file_hash_checked_for_all_files_before_media_types() -> None:
    files = {"a1": (tiny_png(), "image/gif"), "a2": (tiny_png(), "image/png")}
    app = sample_application()
    app["attachments"].append({**app["attachments"][0], "id": "a2"})
    data = bundle(app, files, mutate_gateway=_set("files.1.sha256", "0" * 64))
    assert refused(data).code == "file_hash_mismatch"
