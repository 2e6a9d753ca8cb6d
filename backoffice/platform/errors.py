"""Domain errors. The command line maps them to exit codes (cli-v1: 1 problem found, 2 usage)."""

from __future__ import annotations


class BackofficeError(Exception):
    """Base of every error the core raises on purpose.

    The message is an English sentence for logs and the command line. `code` says what
    happened in a stable word (the class's default unless a raise site names it) and
    `params` carries the values a message needs, so that the desktop application can say it
    in the user's language (ui/errors.py) without parsing the sentence."""

    default_code = "error"

    def __init__(self, *args: object, code: str | None = None, **params: object) -> None:
        super().__init__(*args)
        self.code = code or self.default_code
        self.params = params


class ConfigError(BackofficeError):
    """Bad configuration file or value (exit 2)."""

    default_code = "config"


class CatalogError(ConfigError):
    """The procedure catalog file is broken."""


class PermissionDenied(BackofficeError):
    """The caller's role does not allow the service."""

    default_code = "permission_denied"


class SessionEnded(PermissionDenied):
    """The staff member's login session is no longer valid: the account was disabled, its
    password was set anew or its sessions were ended. The desktop closes the session."""


class TransitionError(BackofficeError):
    """A status change that the workflow table does not allow."""

    default_code = "not_allowed_now"


class NotFound(BackofficeError):
    default_code = "not_found"


class AuthenticationError(BackofficeError):
    """Wrong code/password, locked or disabled account (message never says which)."""

    default_code = "login_failed"


class ClaimError(BackofficeError):
    """Application is claimed by someone else, or the caller holds no claim."""

    default_code = "claimed_by_other"


class BundleRejected(BackofficeError):
    """A bundle refused with a cli-v1 reason code and a human sentence."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(f"{code}: {detail}", code=code)
        self.detail = detail
        # The procedure named by the bundle's application.json when it was refused after
        # the gateway-signed hash of that file matched (intake/bundle.py): gives the
        # quarantine record its department (need-to-know, docs/departments.md)
        self.procedure: str | None = None


class UsageError(BackofficeError):
    """Wrong command-line usage (exit 2)."""

    default_code = "usage"
