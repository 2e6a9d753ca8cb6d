"""Domain errors. The command line maps them to exit codes (cli-v1: 1 problem found, 2 usage)."""

from __future__ import annotations


class BackofficeError(Exception):
    """Base of every error the core raises on purpose."""


class ConfigError(BackofficeError):
    """Bad configuration file or value (exit 2)."""


class CatalogError(ConfigError):
    """The procedure catalog file is broken."""


class PermissionDenied(BackofficeError):
    """The caller's role does not allow the service."""


class SessionEnded(PermissionDenied):
    """The staff member's login session is no longer valid: the account was disabled, its
    password was set anew or its sessions were ended. The desktop closes the session."""


class TransitionError(BackofficeError):
    """A status change that the workflow table does not allow."""


class NotFound(BackofficeError):
    pass


class AuthenticationError(BackofficeError):
    """Wrong code/password, locked or disabled account (message never says which)."""


class ClaimError(BackofficeError):
    """Application is claimed by someone else, or the caller holds no claim."""


class BundleRejected(BackofficeError):
    """A bundle refused with a cli-v1 reason code and a human sentence."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


class UsageError(BackofficeError):
    """Wrong command-line usage (exit 2)."""
