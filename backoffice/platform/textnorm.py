"""Normalization for search: full-/half-width and hiragana/katakana treated alike.

Stored names are never normalized (bundle-v1 §4: shown exactly); only search keys are.
"""

from __future__ import annotations

import unicodedata

import jaconv


def search_form(text: str) -> str:
    t = unicodedata.normalize("NFKC", text or "")  # half-width kana -> full-width, ＡＢ -> AB
    t = jaconv.hira2kata(t)
    return "".join(t.split()).lower()


def search_key(name: str, kana: str) -> str:
    return f"{search_form(name)}|{search_form(kana)}"


def name_key(text: str) -> str:
    """Comparison key for names (signer CN vs applicant): NFKC, no whitespace."""
    return "".join(unicodedata.normalize("NFKC", text or "").split())
