"""Keys and limits the sync needs, loaded once from the configuration."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from backoffice.platform.config import Config
from backoffice.platform.errors import ConfigError


@dataclass(frozen=True)
class IntakeSettings:
    gateway_keys: list[Any]
    trust_anchors: list[Any]
    crls: list[Any]
    limits: Any = field(default=None)


def load_intake_settings(config: Config) -> IntakeSettings:
    from backoffice.intake.applicant_sig import load_crls, load_trust_anchors
    from backoffice.intake.bundle import Limits
    from backoffice.intake.trusted_gateways import load_public_keys

    keys = [p for p in config.gateway_public_keys]
    missing = [str(p) for p in keys if not p.exists()]
    if missing:
        raise ConfigError(f"gateway public key not found: {missing[0]} (intake.gateway_public_keys)")
    anchors = [p for p in config.trust_anchors if p.exists()]
    if len(anchors) != len(config.trust_anchors):
        absent = next(p for p in config.trust_anchors if not p.exists())
        raise ConfigError(f"trust anchor not found: {absent} (intake.trust_anchors)")
    crls = [p for p in config.crl if p.exists()]  # CRLs are optional (cli-v1)
    return IntakeSettings(
        gateway_keys=load_public_keys(keys),
        trust_anchors=load_trust_anchors(anchors),
        crls=load_crls(crls),
        limits=Limits(),
    )
