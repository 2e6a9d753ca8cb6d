"""Issue 21 defect 6: staff see the formula_like_text attention code in Japanese."""

from __future__ import annotations

from ui import i18n
from ui.build_translations import build
from ui.labels import attention_label


def test_formula_attention_has_a_japanese_label(qapp):
    build()
    t = i18n.Translation(qapp)
    try:
        assert t.install("ja")
        assert attention_label("formula_like_text") == "氏名・住所が数式の形（先頭が = + - @）"
    finally:
        t.install("en")
    assert attention_label("formula_like_text") == "Name or address starts like a formula"
