"""The four facts (基本4情報: name, birth, sex, address) of an applicant's JPKI signing
certificate, for the `jpki` member of a register request (records-v1 §2.1).

A JPKI 署名用電子証明書 carries them as subjectAltName otherName values under the arc
1.2.392.200149.8.5.5 (.1 name, .3 sex, .4 birth as YYYYMMDD, .5 address); the common name is
the name as well. A fact the certificate does not carry is null (test and demo
certificates carry only the common name)."""

from __future__ import annotations

import json
import logging
from typing import Any

from cryptography import x509
from cryptography.x509.oid import NameOID

log = logging.getLogger(__name__)

_ARC = "1.2.392.200149.8.5.5."
_FACTS = {"1": "name", "3": "sex", "4": "birth", "5": "address"}


def _der_string(value: bytes) -> str | None:
    """The text of a DER-encoded string (UTF8String, PrintableString, ...) short form or long."""
    if len(value) < 2:
        return None
    length, pos = value[1], 2
    if length & 0x80:
        n = length & 0x7F
        length, pos = int.from_bytes(value[2:2 + n], "big"), 2 + n
    try:
        return value[pos:pos + length].decode("utf-8")
    except UnicodeDecodeError:
        return None


def _birth(text: str | None) -> str | None:
    if text and len(text) == 8 and text.isdigit():
        return f"{text[:4]}-{text[4:6]}-{text[6:]}"
    return text


def facts(signature_json: bytes | None) -> dict[str, Any] | None:
    """{"name", "birth", "sex", "address"} of the signer certificate, or None when the
    application was not signed (or its signature file cannot be read)."""
    if not signature_json:
        return None
    try:
        sig = json.loads(signature_json)
        cert = x509.load_pem_x509_certificate(str(sig["certificate"]).encode("ascii"))
    except (ValueError, KeyError, TypeError, UnicodeError):
        log.info("signer certificate unreadable: no JPKI facts in the request")
        return None
    out: dict[str, Any] = {"name": None, "birth": None, "sex": None, "address": None}
    cns = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    if cns and isinstance(cns[0].value, str):
        out["name"] = cns[0].value
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return out
    for other in san.get_values_for_type(x509.OtherName):
        oid = other.type_id.dotted_string
        if oid.startswith(_ARC) and oid[len(_ARC):] in _FACTS:
            key = _FACTS[oid[len(_ARC):]]
            text = _der_string(other.value)
            out[key] = _birth(text) if key == "birth" else text
    return out
