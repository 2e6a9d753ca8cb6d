"""The gateway's sanitization record (gateway.json `actions` and refusal reasons, English
sentences written by backoffice/gateway/disarm.py and sanitize.py, bundle-v1 §6) in the UI
language. The sentences are a fixed set with numbers in them, so each is matched by a
pattern; a sentence this module does not know (a newer gateway) is summarised, never shown
raw, and the exact text stays available in the detail's tooltip."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication


def _found_name(what: str) -> str:
    names = {"JavaScript": QCoreApplication.translate("SanitizeText", "JavaScript"), "embedded files": QCoreApplication.translate("SanitizeText", "embedded files"),
             "interactive form": QCoreApplication.translate("SanitizeText", "interactive form"), "document metadata": QCoreApplication.translate("SanitizeText", "document metadata"),
             "annotations and links": QCoreApplication.translate("SanitizeText", "annotations and links")}
    return names.get(what, QCoreApplication.translate("SanitizeText", "other content"))


def _format(fmt: str) -> str:
    return {"JPEG": "JPEG", "PNG": "PNG", "TIFF": "TIFF", "GIF": "GIF", "WEBP": "WebP", "BMP": "BMP",
            "HEIF": "HEIF", "MPO": "JPEG"}.get(fmt.upper(), QCoreApplication.translate("SanitizeText", "image"))


Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]


def _action_rules() -> list[Rule]:
    def r(pattern: str, fn: Callable[[re.Match[str]], str]) -> Rule:
        return re.compile(pattern), fn

    return [
        r(r"decoded (\w+) and re-encoded as (JPEG|PNG)(?: \(quality (\d+)\))?",
          lambda m: QCoreApplication.translate("SanitizeText", "Read the %1 image and saved it again as %2").replace("%1", _format(m[1]))
          .replace("%2", m[2])),
        r(r"decoded (\d+) TIFF pages and rebuilt them as an image-only PDF",
          lambda m: QCoreApplication.translate("SanitizeText", "Rebuilt %1 TIFF pages as a PDF of page images").replace("%1", m[1])),
        r(r"decoded (\w+)", lambda m: QCoreApplication.translate("SanitizeText", "Read the %1 image").replace("%1", _format(m[1]))),
        r(r"kept only the first of (\d+) frames",
          lambda m: QCoreApplication.translate("SanitizeText", "Kept only the first of %1 frames").replace("%1", m[1])),
        r(r"applied EXIF orientation \d+", lambda m: QCoreApplication.translate("SanitizeText", "Turned the image upright")),
        r(r"removed EXIF metadata \(including GPS location\)",
          lambda m: QCoreApplication.translate("SanitizeText", "Removed the photo information, including the location")),
        r(r"removed EXIF metadata", lambda m: QCoreApplication.translate("SanitizeText", "Removed the photo information (EXIF)")),
        r(r"removed ICC colour profile", lambda m: QCoreApplication.translate("SanitizeText", "Removed the colour profile")),
        r(r"removed XMP metadata", lambda m: QCoreApplication.translate("SanitizeText", "Removed embedded metadata (XMP)")),
        r(r"removed other metadata: .*", lambda m: QCoreApplication.translate("SanitizeText", "Removed other embedded information")),
        r(r"rendered (\d+) PDF pages? at (\d+) dpi and rebuilt an image-only PDF",
          lambda m: QCoreApplication.translate("SanitizeText", "Rebuilt %1 PDF page(s) as page images at %2 dpi").replace("%1", m[1]).replace("%2", m[2])),
        r(r"removed all TIFF tags and metadata",
          lambda m: QCoreApplication.translate("SanitizeText", "Removed all TIFF tags and metadata")),
        r(r"removed the text layer", lambda m: QCoreApplication.translate("SanitizeText", "Removed the text layer")),
        r(r"removed (.+) \(found (\d+)\)",
          lambda m: QCoreApplication.translate("SanitizeText", "Removed %1 (%2 found)").replace("%1", _found_name(m[1])).replace("%2", m[2])),
        # the test factories' records
        r(r"rasterized every page to an image", lambda m: QCoreApplication.translate("SanitizeText", "Turned every page into an image")),
        r(r"removed metadata", lambda m: QCoreApplication.translate("SanitizeText", "Removed embedded information")),
    ]


def _refusal_rules() -> list[Rule]:
    def r(pattern: str, fn: Callable[[re.Match[str]], str]) -> Rule:
        return re.compile(pattern), fn

    return [
        r(r"unsupported file type: .*", lambda m: QCoreApplication.translate("SanitizeText", "This file type is not accepted")),
        r(r"file too large: .*", lambda m: QCoreApplication.translate("SanitizeText", "The file is larger than allowed")),
        r(r".* too large: \d+x\d+ pixels .*", lambda m: QCoreApplication.translate("SanitizeText", "The image is larger than allowed")),
        r(r"(?:TIFF|PDF) has (\d+) pages, more than the limit of (\d+)",
          lambda m: QCoreApplication.translate("SanitizeText", "%1 pages; at most %2 are accepted").replace("%1", m[1]).replace("%2", m[2])),
        r(r"PDF has no pages", lambda m: QCoreApplication.translate("SanitizeText", "The PDF has no pages")),
        r(r"PDF is encrypted.*", lambda m: QCoreApplication.translate("SanitizeText", "The PDF is password protected")),
        r(r"could not open the PDF.*", lambda m: QCoreApplication.translate("SanitizeText", "The PDF is damaged and cannot be read")),
        r(r"sanitizer exceeded its (?:memory|CPU time|time) limit.*",
          lambda m: QCoreApplication.translate("SanitizeText", "The file took too much memory or time to check")),
        r(r"sanitizer (?:crashed|exited).*", lambda m: QCoreApplication.translate("SanitizeText", "The file could not be checked safely")),
        r(r"sanitizer .*|the sanitizer .*", lambda m: QCoreApplication.translate("SanitizeText", "The file could not be checked")),
    ]


def _translate(text: str, rules: list[Rule], fallback: str) -> str:
    for pattern, fn in rules:
        m = pattern.fullmatch(text.strip())
        if m:
            return fn(m)
    return fallback


def action_text(action: str) -> str:
    """One sanitization step, e.g. 「EXIF情報（位置情報を含む）を削除」."""
    return _translate(action, _action_rules(), QCoreApplication.translate("SanitizeText", "Another cleaning step (see the tooltip)"))


def refusal_text(reason: str) -> str:
    """Why the gateway refused an attachment."""
    return _translate(reason, _refusal_rules(), QCoreApplication.translate("SanitizeText", "Refused by the gateway (see the tooltip)"))
