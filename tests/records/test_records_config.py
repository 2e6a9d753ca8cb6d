"""[records] (records-v1 §2): the section switches the exchange on; paths relative to the file."""

from __future__ import annotations

import pytest

from backoffice.platform.config import load_config
from backoffice.platform.errors import ConfigError


def test_records_section(tmp_path):
    conf = tmp_path / "c.toml"
    conf.write_text('[records]\npublic_keys = ["keys/core.pem"]\nmax_age_days = 5\n', encoding="utf-8")
    cfg = load_config(conf)
    assert cfg.records_exchange == tmp_path / "records"
    assert cfg.records_public_keys == (tmp_path / "keys" / "core.pem",)
    assert cfg.records_max_age_days == 5


def test_no_section_no_exchange(tmp_path):
    conf = tmp_path / "c.toml"
    conf.write_text("[review]\nlease_minutes = 10\n", encoding="utf-8")
    assert load_config(conf).records_exchange is None


@pytest.mark.parametrize("bad", ["max_age_days = 0", "max_age_days = true", 'exchange = ""', "exchanges = 1"])
def test_bad_records_keys_are_refused(tmp_path, bad):
    conf = tmp_path / "c.toml"
    conf.write_text(f"[records]\n{bad}\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_config(conf)
