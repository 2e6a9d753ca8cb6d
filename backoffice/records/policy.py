"""Which applications wait for a register answer (records-v1 §1) and the attention codes of
§4. Small and free of database code, so intake can ask it while receiving a bundle."""

from __future__ import annotations

from backoffice.platform.catalog import Procedure
from backoffice.platform.config import Config

# §1: an application with any of these was not verified at intake; the register is never
# asked about it (data minimisation) and it goes to needs_attention as before.
IDENTITY_CODES = frozenset({"signature_missing", "signature_invalid", "certificate_untrusted",
                            "certificate_expired", "certificate_revoked", "signer_name_mismatch"})

MISMATCH, NOT_FOUND, AMBIGUOUS = "record_mismatch", "record_not_found", "record_ambiguous"
RESTRICTED, STALE = "record_restricted", "record_stale"
RECORD_CODES = (MISMATCH, NOT_FOUND, AMBIGUOUS, RESTRICTED, STALE)
CODE_OF_RESULT = {"not_found": NOT_FOUND, "ambiguous": AMBIGUOUS, "restricted": RESTRICTED}
RESULTS = ("found", "not_found", "ambiguous", "restricted")


def enabled(config: Config) -> bool:
    """The exchange is on once `[records]` is configured (records_exchange set)."""
    return config.records_exchange is not None


def needs_record(config: Config, procedure: Procedure | None) -> bool:
    return enabled(config) and procedure is not None and procedure.record is not None


def waits_for_record(config: Config, procedure: Procedure | None, codes: list[str] | tuple[str, ...]) -> bool:
    """True when a newly received revision stays `received` until its answer arrives: a
    record procedure and an identity verified at intake."""
    return needs_record(config, procedure) and not IDENTITY_CODES.intersection(codes)
