import base64
import logging

import keyring
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import load_pem_public_key
from keyring.backends.fail import Keyring as FailKeyring

from backoffice.accounts import keystore
from backoffice.issuance.qr import load_public_keys_dir
from backoffice.platform.errors import ConfigError


def test_create_is_idempotent_and_stores_raw_key(memory_keyring):
    assert keystore.create_issuing_key("city-2026") is True
    stored = memory_keyring.store[("backoffice", "issuance:city-2026")]
    assert len(base64.b64decode(stored)) == 32
    assert len(stored.encode()) < 2560  # Windows Credential Manager cap
    assert keystore.create_issuing_key("city-2026") is False
    assert memory_keyring.store[("backoffice", "issuance:city-2026")] == stored


def test_key_signs_and_public_pem_verifies(memory_keyring):
    keystore.create_issuing_key("city-2026")
    key = keystore.load_issuing_key("city-2026")
    public = load_pem_public_key(keystore.public_key_pem("city-2026"))
    assert isinstance(public, Ed25519PublicKey)
    public.verify(key.sign(b"message"), b"message")  # raises on mismatch


def test_write_public_keys_round_trip(memory_keyring, tmp_path):
    for kid in ("city-2025", "city-2026"):
        keystore.create_issuing_key(kid)
    paths = keystore.write_public_keys(["city-2025", "city-2026"], tmp_path / "pub")
    assert [p.name for p in paths] == ["city-2025.pem", "city-2026.pem"]
    assert paths[0].read_bytes().startswith(b"-----BEGIN PUBLIC KEY-----")
    keys = load_public_keys_dir(tmp_path / "pub")
    assert set(keys) == {"city-2025", "city-2026"}
    assert not list((tmp_path / "pub").glob("*private*"))


def test_missing_key_is_a_clear_config_error(memory_keyring):
    with pytest.raises(ConfigError, match="keys init"):
        keystore.load_issuing_key("nope")


def test_damaged_secret_is_reported_without_revealing_it(memory_keyring):
    memory_keyring.store[("backoffice", "issuance:bad")] = "c2VjcmV0LXRvby1zaG9ydA=="
    with pytest.raises(ConfigError, match="damaged") as info:
        keystore.load_issuing_key("bad")
    assert "c2Vj" not in str(info.value)


def test_no_keyring_backend_is_a_config_error():
    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    try:
        with pytest.raises(ConfigError, match="credential store"):
            keystore.load_issuing_key("city-2026")
        with pytest.raises(ConfigError, match="credential store"):
            keystore.create_issuing_key("city-2026")
    finally:
        keyring.set_keyring(previous)


def test_bad_key_id_is_refused(memory_keyring):
    with pytest.raises(ConfigError):
        keystore.create_issuing_key("../etc/passwd")


def test_secret_never_logged(memory_keyring, caplog):
    caplog.set_level(logging.DEBUG)
    keystore.create_issuing_key("city-2026")
    keystore.load_issuing_key("city-2026")
    keystore.public_key_pem("city-2026")
    secret = memory_keyring.store[("backoffice", "issuance:city-2026")]
    assert caplog.records  # creation is logged...
    assert secret not in caplog.text  # ...but never the secret
