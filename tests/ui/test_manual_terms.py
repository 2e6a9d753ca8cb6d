"""The staff manual cannot drift from the application (issue 13, "the manuals are looked at").

docs/manual-ja.md quotes every screen, button, menu item and message in 「…」 exactly as the
Japanese UI shows it. Each quoted term must be found in what the application can show:
the compiled Japanese catalogs (resources/i18n/backoffice_ja.qm and Qt's own qtbase_ja.qm for
its dialog buttons, which the application loads with it; read entry by entry), the Japanese strings of the sources (ui/, backoffice/: labels the core composes, notices) or the
resource files (reason templates, the catalog). A message quoted with an example value
(「記録しました: 承認済」) matches its catalog entry (「記録しました: %1」); the manual's own
wildcards (…, N, ○○) match anything. Terms that are not texts of the application (what a
clerk types, the operating system's folder name) are in ALLOWED, each with its reason.
"""

from __future__ import annotations

import ast
import re
import struct
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MANUAL = ROOT / "docs" / "manual-ja.md"
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")

# Quoted in the manual, but not a text of the application. Keep it short; say why.
ALLOWED: dict[str, str] = {
    "すずき": "an example of what a clerk types into the search box",
    "たかはし": "an example of what a clerk types into the search box",
    "ﾀｶﾊｼ": "an example of what a clerk types into the search box (half-width kana)",
    "=": "a character an applicant's name may start with (formula_like_text)",
    "+": "a character an applicant's name may start with (formula_like_text); also the '+' after a count",
    "-": "a character an applicant's name may start with (formula_like_text)",
    "@": "a character an applicant's name may start with (formula_like_text)",
    "田中 審査（r-tanaka / 審査担当）": "an example of the status bar's staff label: name, code and role",
    "09:00 (空き 1)": "a time slot composed as f'{time}  ({free})' with 「空き %n」 (ui/pages/appointments_page.py)",
}

# a translation's placeholders: %1, %n, %L1, {name}
_PLACEHOLDER = re.compile(r"%L?n|%L?\d+|\{[A-Za-z_0-9]*\}")
# the manual's own wildcards inside a quoted message
_WILDCARD = re.compile(r"(…|\bN\b|○○)")
# three English words in a row: the Japanese UI shows no English sentence, nor may the manual
_ENGLISH = re.compile(r"[A-Za-z]{2,}(?:\s+[A-Za-z]{2,}){2,}")


def qm_translations(path: Path) -> list[str]:
    """Every translation in a compiled Qt catalog (.qm): the Messages block (tag 0x69)
    holds records of tags — 3 a UTF-16BE translation, 6/7/8 source/context/comment bytes,
    5 four bytes, 1 the end of one message (Qt's qtranslator.cpp reads them the same way)."""
    data = path.read_bytes()
    if not data.startswith(QM_MAGIC):
        raise ValueError(f"{path} is not a compiled Qt catalog")
    found: list[str] = []
    pos = len(QM_MAGIC)
    while pos < len(data):
        block, (size,) = data[pos], struct.unpack(">I", data[pos + 1:pos + 5])
        body, pos = data[pos + 5:pos + 5 + size], pos + 5 + size
        if block != 0x69:
            continue
        i = 0
        while i < len(body):
            tag = body[i]
            i += 1
            if tag == 1:
                continue
            if tag == 5:
                i += 4
                continue
            if tag not in (3, 6, 7, 8):
                raise ValueError(f"{path}: unknown record tag {tag} at {i - 1}")
            (length,) = struct.unpack(">I", body[i:i + 4])
            i += 4
            if tag == 3 and length != 0xFFFFFFFF:  # 0xFFFFFFFF: an empty (null) translation
                found.append(body[i:i + length].decode("utf-16-be"))
            if length != 0xFFFFFFFF:
                i += length
    return found


def _without_mnemonic(text: str) -> str:
    """「ファイル(&F)」 is shown as ファイル(F); the manual says 「ファイル」."""
    text = re.sub(r"\(&\w\)", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _squeeze(text: str) -> str:
    """One space for any run of white space (the manual wraps lines and uses 「　」)."""
    return re.sub(r"\s+", " ", text).strip()


def source_texts() -> list[str]:
    """Japanese strings of the sources and the resource files the UI shows."""
    texts = []
    for folder in ("ui", "backoffice"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Constant) and isinstance(node.value, str) and not node.value.isascii():
                    texts.append(node.value)
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "resources").glob("*.toml"))]
    return texts


def quoted_terms(markdown: str) -> list[str]:
    """The outermost 「…」 terms (「申請者に送る判断と「すべて発行」の前に確認する」 is one)."""
    terms, depth, start = [], 0, 0
    for i, ch in enumerate(markdown):
        if ch == "「":
            if depth == 0:
                start = i + 1
            depth += 1
        elif ch == "」" and depth:
            depth -= 1
            if depth == 0:
                terms.append(re.sub(r"\n\s*", "", markdown[start:i]))
    return list(dict.fromkeys(terms))


class Catalog:
    """What the Japanese application can show, and whether a quoted term is among it."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = [_squeeze(_without_mnemonic(t)) for t in texts]
        self.blob = "\n".join(self.texts)
        self.patterns = []
        for text in self.texts:
            literal = _PLACEHOLDER.sub("", text)
            if literal != text and literal.strip():  # 「%1」 alone would match anything
                pieces = _PLACEHOLDER.split(text)
                self.patterns.append((len(literal), re.compile("(.+?)".join(map(re.escape, pieces)), re.DOTALL)))

    def shows(self, term: str) -> bool:
        term = _squeeze(term)
        if term in self.blob:
            return True
        parts = _WILDCARD.split(term)
        literal = "".join(p for p in parts if not _WILDCARD.fullmatch(p))
        if len(parts) > 1 and len(literal.replace(" ", "")) >= 4:
            rx = re.compile("".join(".*?" if _WILDCARD.fullmatch(p) else re.escape(p) for p in parts))
            if any(rx.search(t) for t in self.texts):
                return True
        # An example value in place of a placeholder: the entry's own words must be most of the
        # term, or every value put in must itself be a text of the UI (「閲覧のみ: %1」 with an
        # error message, 「%1: %2」 with a template's category and title).
        for size, rx in self.patterns:
            m = rx.fullmatch(term)
            if m and (2 * size >= len(term) or all(len(g) > 1 and g in self.blob for g in m.groups())):
                return True
        return False


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    from PySide6.QtCore import QLibraryInfo

    from ui.build_translations import build

    build()
    qt = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / "qtbase_ja.qm"
    if not qt.exists():  # ui/i18n.py's fallback for a Qt installation without its catalogs
        qt = ROOT / "resources" / "i18n" / "qtbase_ja.qm"
    return Catalog(qm_translations(ROOT / "resources" / "i18n" / "backoffice_ja.qm") + qm_translations(qt)
                   + source_texts())


def test_every_quoted_term_of_the_manual_is_a_text_of_the_application(catalog: Catalog) -> None:
    terms = quoted_terms(MANUAL.read_text(encoding="utf-8"))
    assert len(terms) > 150  # the manual quotes its screens; a broken parser finds nothing
    unknown = [t for t in terms if t not in ALLOWED and not catalog.shows(t)]
    assert not unknown, "quoted in docs/manual-ja.md but shown nowhere in the Japanese UI:\n" + "\n".join(unknown)


def test_the_allow_list_holds_only_terms_the_manual_quotes_and_the_ui_lacks(catalog: Catalog) -> None:
    terms = set(quoted_terms(MANUAL.read_text(encoding="utf-8")))
    assert not [t for t in ALLOWED if t not in terms], "allowed but no longer quoted in the manual"
    assert not [t for t in ALLOWED if catalog.shows(t) and len(t) > 1], "allowed but a text of the UI: remove it"


def test_no_quoted_term_is_english() -> None:
    """The Japanese UI shows no English sentence, so the manual cannot quote one."""
    english = [t for t in quoted_terms(MANUAL.read_text(encoding="utf-8")) if _ENGLISH.search(t)]
    assert not english


def test_the_matcher_tells_texts_of_the_ui_from_others(catalog: Catalog) -> None:
    assert catalog.shows("ログアウト／利用者の切り替え")  # a menu item (ファイル)
    assert catalog.shows("ファイル")  # 「ファイル(&F)」 without its mnemonic
    assert catalog.shows("記録しました: 承認済")  # 「記録しました: %1」 with an example value
    assert catalog.shows("… は満席です。別の時刻を選んでください。")  # the manual's wildcard
    assert not catalog.shows("申請を一括削除")  # no such button
    assert catalog.shows("閲覧のみ: この申請は他の職員が担当しています。")  # an entry inside an entry
    assert not catalog.shows("期限超過: 3")  # 「%1: %2」 alone is too little of the term
    assert not catalog.shows("閲覧のみ: 申請を一括削除しました")  # nor with a value the UI never shows
    assert _ENGLISH.search("閲覧のみ: … is being worked on by someone else")  # the old manual's quote


def test_quoted_terms_nest_and_join_wrapped_lines() -> None:
    text = "「申請者に送る判断と「すべて発行」の前に確認する」と「セッションが終了しました。\n  もう一度」"
    assert quoted_terms(text) == ["申請者に送る判断と「すべて発行」の前に確認する", "セッションが終了しました。もう一度"]


def test_the_approve_key_reads_as_on_the_keyboard_and_in_the_manual(qtbot) -> None:
    """Keyboards say Enter; the manual says Ctrl+Enter. The button and the 申請 menu showed
    Qt's name of the main key, 「承認（Ctrl+Return）」. Both keys still approve."""
    from PySide6.QtGui import QKeySequence

    from ui.widgets.decision_widget import DecisionWidget

    w = DecisionWidget()
    qtbot.addWidget(w)
    w.set_state(None, None, False)
    assert "Ctrl+Enter" in w.approve_button.text()
    assert "Return" not in w.approve_button.text()
    assert w.approve_action.shortcut() == QKeySequence("Ctrl+Enter")
    assert QKeySequence("Ctrl+Return") in w.approve_action.shortcuts()
    assert "Ctrl+Enter" in MANUAL.read_text(encoding="utf-8")


def appendix_shortcuts(markdown: str) -> list[tuple[str, str]]:
    """(key, menu) for every row of the manual's shortcut appendix that names a menu:
    「Ctrl+=（Ctrl++）／Ctrl+-」 is three keys, 「Alt+1〜Alt+9」 nine."""
    part = markdown.split("## 付録 キーボードショートカット一覧", 1)[1]
    found = []
    for line in part.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 3 or cells[0] in ("キー", "---") or cells[2] in ("—", "メニュー"):
            continue
        keys = re.sub(r"（(.*?)）", r"／\1", cells[0]).split("／")
        for key in filter(None, keys):
            if key == "なし":
                continue
            span = re.fullmatch(r"Alt\+(\d)〜Alt\+(\d)", key)
            found += [(f"Alt+{n}", cells[2]) for n in range(int(span[1]), int(span[2]) + 1)] if span else [(key, cells[2])]
    return found


def test_every_shortcut_of_the_manual_is_in_the_menu_it_names(qtbot, filled, workers) -> None:
    """A supervisor who also reviews has every menu and page; each key of the appendix must
    be a shortcut of an action in the menu the manual names, in the Japanese UI. (Ctrl+Q was
    QKeySequence.StandardKey.Quit, which has no key on Windows: the manual's 終了 key did
    nothing on the office PCs.)"""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QApplication

    from tests.ui.factories import make_staff
    from tests.ui.test_review_session import _window
    from ui import i18n
    from ui.build_translations import build

    build()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translation = i18n.Translation(app)
    assert translation.install("ja")
    try:
        make_staff(filled, "keys1", ["supervisor", "reviewer"])
        win = _window(qtbot, filled, workers, "keys1")
        menus: dict[str, list[QKeySequence]] = {}
        for entry in win.menuBar().actions():
            menu = entry.menu()
            if menu is not None and hasattr(menu, "actions"):
                menus[_without_mnemonic(entry.text())] = [k for a in menu.actions() for k in a.shortcuts()]
        rows = appendix_shortcuts(MANUAL.read_text(encoding="utf-8"))
        assert len(rows) > 25 and {m for _k, m in rows} <= set(menus), (sorted(menus), rows)
        qt_name = {"PageUp": "PgUp", "PageDown": "PgDown"}  # the keyboard's name, Qt's name
        missing = [(key, menu) for key, menu in rows if QKeySequence(qt_name.get(key, key)) not in menus[menu]]
        assert not missing, f"the manual's appendix names keys its menus do not have: {missing}"
    finally:
        translation.install("en")


def test_the_comment_box_shows_that_comments_are_never_sent(qtbot, filled, workers) -> None:
    """At the default window size in Japanese the internal-comment box shows its whole
    placeholder 「内部コメント（申請者には送られません）」 (it was cut to 「内部コメント（申請者に…」,
    seen retaking docs/img/application.png), as the manual 3.5 quotes it."""
    from PySide6.QtWidgets import QApplication

    from tests.ui.factories import make_staff
    from tests.ui.test_review_session import _window
    from ui import i18n
    from ui.app import use_cjk_font
    from ui.build_translations import build

    build()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = app.font()
    translation = i18n.Translation(app)
    assert translation.install("ja")
    use_cjk_font(app)  # the font the application picks: the offscreen default is narrower
    try:
        make_staff(filled, "cmt1", ["reviewer"])
        win = _window(qtbot, filled, workers, "cmt1")
        page = win.application_page
        assert page is not None and win.queue_page is not None
        win.resize(1400, 860)
        win.open_application(win.queue_page.model.row_at(0).pk)
        qtbot.waitUntil(lambda: page.current is not None and workers.idle, timeout=10000)
        box = page.decision.comment
        text = box.placeholderText()
        assert text == "内部コメント（申請者には送られません）"
        assert f"「{text}」" in MANUAL.read_text(encoding="utf-8")
        room = box.width() - 12  # the frame and the text margins of a QLineEdit
        assert box.fontMetrics().horizontalAdvance(text) <= room, (box.fontMetrics().horizontalAdvance(text), room)
    finally:
        translation.install("en")
        app.setFont(font)


def test_one_word_for_a_certificate_serial() -> None:
    """The paper, the issue page and the verify page's own label say 証明番号; the verify
    page's verdict line and the audit log said 通し番号 for the same number (seen retaking
    docs/img/verify-valid.png), so a clerk comparing screen and paper read two things."""
    from ui.build_translations import build

    build()
    texts = qm_translations(ROOT / "resources" / "i18n" / "backoffice_ja.qm")
    assert any("証明番号" in t for t in texts)
    assert not [t for t in texts if "通し番号" in t]
    assert "通し番号" not in MANUAL.read_text(encoding="utf-8")


# Words of the developers, not of a clerk (issue 22): the manual says what the clerk sees
# and does. A screen's own text may hold one (「審査キュー」, the キュー menu); the words are
# looked for outside 「…」 and outside the appendix's menu column.
DEVELOPER_WORDS = ("バンドル", "キュー", "ロール", "バッチID", "manifest", "SHA-256", "セッション", "ハッシュ")


def outside_quotes(markdown: str) -> str:
    kept, depth = [], 0
    for ch in markdown:
        if ch == "「":
            depth += 1
        elif ch == "」" and depth:
            depth -= 1
        elif depth == 0:
            kept.append(ch)
    return "".join(kept)


def test_the_manual_speaks_as_a_clerk_without_raw_codes() -> None:
    text = MANUAL.read_text(encoding="utf-8")
    body = outside_quotes(text.split("## 付録 キーボードショートカット一覧", 1)[0])
    # a katakana word only as a word of its own: スクロール holds ロール
    found = [w for w in DEVELOPER_WORDS if re.search(f"(?<![ァ-ヶー]){re.escape(w)}(?![ァ-ヶー])", body, re.IGNORECASE)]
    assert not found, f"developer words in docs/manual-ja.md outside quoted screen texts: {found}"
    codes = re.findall(r"`[a-z]+(?:[._][a-z]+)+`", text)  # signature_missing, applicant.address
    assert not codes, f"raw codes in the manual: {codes}"
    assert text.count("> **注意**") >= 10  # 注意 boxes where a clerk can go wrong
    assert "## 用語集" in text
    assert outside_quotes("「審査キュー」で「「すべて」で表示」を押す") == "でを押す"
