"""What the sanitizer accepts and how far it goes: the allowed image types, the limits
on pixels, pages, CPU, memory and time, and the rejection a file gets. Shared by the parent
(`sanitize`) and the decoding child (`disarm`), so neither imports the other at load time."""

from __future__ import annotations

import re
from dataclasses import dataclass

ALLOWED_IMAGES = {"image/jpeg": "JPEG", "image/png": "PNG", "image/gif": "GIF",
                  "image/tiff": "TIFF", "image/bmp": "BMP", "image/webp": "WEBP"}
JPEG_QUALITY = 90


class FileRejected(Exception):
    """The file cannot be made safe; ``reason`` is a sentence for gateway.json rejected[]."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class SanitizeLimits:
    max_pixels: int = 50_000_000
    max_pages: int = 200
    dpi: int = 150
    cpu_seconds: float = 30
    memory_bytes: int = 1 << 30
    timeout_seconds: float = 60
    max_input_bytes: int = 50 << 20


def clip(exc: Exception) -> str:  # library messages may echo hostile bytes
    text = re.sub(r" ?<[^>]*>", "", str(exc)) or type(exc).__name__  # drop object reprs
    return re.sub(r"[^\x20-\x7e]", "?", text)[:200]
