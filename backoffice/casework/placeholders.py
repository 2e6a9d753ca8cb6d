"""Template placeholders that staff must replace before a text leaves the office.

Reason templates (resources/reason_templates.toml) mark what the reviewer fills in as
`{書類名}`, `{項目}`. A text that still holds one must never reach an applicant: the review
services refuse it (review.decide, review.withdraw) and the desktop highlights the spans
and keeps the send buttons disabled until they are replaced. Full-width braces count too
(an IME turns `{` into `｛`)."""

from __future__ import annotations

import re

from backoffice.platform.errors import BackofficeError

# an opening brace, 1-30 characters without braces or line breaks, a closing brace
PLACEHOLDER = re.compile(r"[{｛][^{}｛｝\n]{1,30}[}｝]")


class UnfilledPlaceholder(BackofficeError):
    """A text still holds template placeholders (exit 1 on the command line)."""

    default_code = "unfilled_placeholder"

    def __init__(self, found: list[str]) -> None:
        super().__init__("the text still holds template placeholders to replace: " + ", ".join(found),
                         placeholders="、".join(found))
        self.found = found


def spans(text: str) -> list[tuple[int, int]]:
    """(start, end) string indices of every placeholder in `text`, in order."""
    return [m.span() for m in PLACEHOLDER.finditer(text or "")]


def found(text: str | None) -> list[str]:
    return [m.group(0) for m in PLACEHOLDER.finditer(text or "")]


def require_filled(text: str | None) -> None:
    """Refuse a text that still holds a placeholder."""
    left = found(text)
    if left:
        raise UnfilledPlaceholder(left)
