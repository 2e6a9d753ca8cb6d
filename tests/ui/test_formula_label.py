"""Issue 21: staff see the new codes in Japanese: the formula_like_text attention code
(defect 6) and the ingest_failed quarantine reason (defect 2)."""

from __future__ import annotations

from ui.labels import attention_label, quarantine_hint, quarantine_reason_label


def test_formula_attention_has_a_japanese_label(japanese):
    assert attention_label("formula_like_text") == "氏名・住所が数式の形（先頭が = + - @）"


def test_ingest_failed_has_a_japanese_label_and_hint(japanese):
    assert quarantine_reason_label("ingest_failed") == "記録できなかった"
    assert quarantine_hint("ingest_failed").startswith("すべての検査に合格しましたが保存できませんでした。")
