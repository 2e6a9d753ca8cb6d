"""Japanese screens in plain Japanese (read against docs/manual-ja.md): no developer words
(バンドル, バッチ, SHA-256, セッション, chain, ハッシュ, 取引ID), no staff codes, ISO dates or
raw hashes where a clerk reads, and chart labels drawn whole. The catalog check reads every
Japanese translation; the screen tests drive the pages and read what a person sees."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsTextItem

from tests.ui.conftest import wait_idle

ROOT = Path(__file__).resolve().parents[2]
CATALOG = ROOT / "resources" / "i18n" / "backoffice_ja.ts"

# Words of the developers that a clerk does not use; each has a plain word on screen
# (申請データ, 出力ファイル, 検証値, ログイン, 番号 …). A katakana word only as a word of its own.
DEVELOPER_WORDS = ("バンドル", "バッチ", "セッション", "ハッシュ", "チェーン", "ツールチップ", "カタログ", "取引ID",
                   "SHA-256", "SHA256", "chain", "bundle", "batch", "session", "hash", "tooltip", "No.",
                   "discarded/", "manifest")
_KATAKANA = "ァ-ヶー"


def japanese_translations() -> list[tuple[str, str, str]]:
    """(context, source, translation) of every live entry of the Japanese catalog."""
    found = []
    for ctx in ET.parse(CATALOG).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            t = m.find("translation")
            if t is None or t.get("type") in ("vanished", "obsolete"):
                continue
            texts = [t.text or ""] + [n.text or "" for n in t.iter("numerusform")]
            found += [(name, m.findtext("source") or "", x) for x in texts if x]
    return found


def developer_words(text: str) -> list[str]:
    return [w for w in DEVELOPER_WORDS
            if re.search(f"(?<![{_KATAKANA}A-Za-z]){re.escape(w)}(?![{_KATAKANA}A-Za-z])", text, re.IGNORECASE)]


def test_no_japanese_translation_holds_a_developer_word():
    found = [f"{ctx}: {source!r} -> {text!r} {words}" for ctx, source, text in japanese_translations()
             if (words := developer_words(text))]
    assert not found, "developer words in the Japanese catalog:\n" + "\n".join(found)


def test_no_japanese_translation_repeats_a_word():
    """「審査審査キュー」: a fill-in that ran twice; two same words in a row are never meant."""
    found = [f"{ctx}: {text!r}" for ctx, _s, text in japanese_translations()
             if re.search(r"([\u3040-\u30ff\u4e00-\u9fff]{2,})\1", text)]
    assert not found, found


def test_the_word_check_catches_what_the_manual_reading_found():
    for text in ("隔離中のバンドル 3 件", "選択したバッチを再出力", "SHA-256", "監査ログ chain",
                 "セッションが終了しました。", "取引ID", "最新の記録は 196 番（ハッシュ 1dac7148…）です。",
                 "No. 7 以降", "ファイルは discarded/ に保存されています。"):
        assert developer_words(text), text
    for text in ("隔離中の申請データ 3 件", "選択したファイルを再出力", "取引番号", "ログインが終了しました。",
                 "スクロール", "申請番号・氏名・カナ", "Excel で保存…", "発行元（団体コード）"):
        assert not developer_words(text), text
    assert len(japanese_translations()) > 500  # the catalog was read


def _scene_texts(view) -> list[str]:
    """The texts Qt Charts drew in a chart view: axis labels, title, legend."""
    out = []
    for item in view.scene().items():  # Qt Charts' own item classes reach Python as QGraphicsItem
        obj = item.toGraphicsObject()
        if isinstance(obj, QGraphicsTextItem):
            out.append(obj.toPlainText())
    return out


def test_figures_month_labels_are_whole_in_japanese(qtbot, ui_bo, people, workers, japanese):
    """業務指標: the 12 months under both charts read 「2025年12月」 … 「2026年11月」 whole;
    upright, Qt drew 10月, 11月 and 12月 as 「1…」 (docs/img/figures.png)."""
    from tests.supervision.test_figures import build_month
    from ui.pages.figures_page import FiguresPage

    build_month(ui_bo)
    page = FiguresPage(ui_bo, people["supervisor"], workers)
    qtbot.addWidget(page)
    page.resize(1116, 751)  # the page's size in the 1280x800 window of the manual's picture
    page.show()
    page.choose_month("2026-11")
    page.refresh()
    qtbot.waitUntil(lambda: page.month_figures is not None and page.month_figures.month == "2026-11", timeout=15000)
    wait_idle(qtbot, workers)
    months = ["2025年12月"] + [f"2026年{m}月" for m in range(1, 12)]
    for view in (page.receipts_view, page.rate_view):
        qtbot.waitUntil(lambda v=view: "2026年11月" in _scene_texts(v), timeout=5000)
        texts = _scene_texts(view)
        assert [t for t in texts if "月" in t and "年" in t] == months or sorted(
            t for t in texts if re.fullmatch(r"\d{4}年\d{1,2}月", t)) == sorted(months), texts
        assert not [t for t in texts if "…" in t], texts


def _seen(page) -> list[str]:
    from tests.ui.visible_text import widget_texts

    return [s.text for s in widget_texts(page)]


def _no_developer_words(texts: list[str]) -> None:
    found = [f"{t!r} {w}" for t in texts if (w := developer_words(t))]
    assert not found, found


def _cells(model, column: int, role=Qt.ItemDataRole.DisplayRole) -> list:
    return [model.index(r, column).data(role) for r in range(model.rowCount())]


def test_export_history_in_words_and_names(qtbot, ui_bo, workers, people, japanese):
    """基幹系出力: the history says 出力ファイル, not バッチ; no SHA-256 column (the check value
    is the file cell's tooltip); 作成者 is the supervisor's name, the code only its tooltip."""
    from tests.export import util
    from ui.pages.export_page import ExportPage, HistoryModel

    util.insert_decisions(ui_bo, 3, start=1000)
    page = ExportPage(ui_bo, people["supervisor"], workers)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    wait_idle(qtbot, workers)
    page.run_export()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=15000)
    wait_idle(qtbot, workers)
    m = page.model
    headers = [m.headerData(c, Qt.Orientation.Horizontal) for c in range(m.columnCount())]
    assert headers == ["出力ファイル", "手続", "作成日時", "作成者", "件数", "再出力元"]
    assert _cells(m, HistoryModel.COL_BY) == ["決裁 花子"]
    assert _cells(m, HistoryModel.COL_BY, Qt.ItemDataRole.ToolTipRole) == ["sup1"]
    info = m.rows[0]
    assert _cells(m, HistoryModel.COL_FILE) == [info.batch_id]
    assert _cells(m, HistoryModel.COL_FILE, Qt.ItemDataRole.ToolTipRole) == [f"検証値: {info.sha256}"]
    texts = _seen(page)
    assert not [t for t in texts if re.search(r"[0-9a-f]{16}", t)], texts  # no hash on screen
    assert page.reexport_button.text() == "選択したファイルを再出力"
    _no_developer_words(texts)


def test_audit_log_in_words(qtbot, ui_bo, workers, people, japanese):
    """監査ログ: staff by name, targets in words (職員 name, 監査ログ, 収納データ; no
    「監査ログ chain」 or digest), dates as 「2026年11月30日」, and the check's result without
    a hash; the recorded values stay in the tooltips."""
    from backoffice.administration import staff
    from backoffice.audit import log as audit
    from backoffice.supervision import payments
    from tests.ui.factories import PASSWORD
    from ui.models.audit_model import AuditModel
    from ui.pages.audit_page import AuditPage

    sup = people["supervisor"]
    staff.login(ui_bo.db, "cnt1", PASSWORD, "PC-1")  # 「ログイン」 of 職員 窓口 次郎
    payments.import_settlement(ui_bo, sup, b"transaction_id,application_id,amount,paid_at,method,status\r\n",
                               "settlement-20261130.csv")
    with ui_bo.db.write() as s:  # what appointments.list records for a day at a counter
        audit.record(s, sup, "appointment.list", "counter:shimin-1f", day="2026-11-30", count=2)
    page = AuditPage(ui_bo, sup, workers)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() >= 3, timeout=10000)
    page.verify_chain()
    qtbot.waitUntil(lambda: page.verify_button.isEnabled() and "番" in page.chain.text(), timeout=20000)
    assert page.chain.text().startswith("監査ログは改ざんされていません。")
    assert re.search(r"最新の記録は \d+ 番です。$", page.chain.text()), page.chain.text()
    qtbot.waitUntil(lambda: any(a == "audit.verify" for a in _cells(page.model, AuditModel.COL_ACTION,
                                                                     Qt.ItemDataRole.ToolTipRole)), timeout=10000)
    wait_idle(qtbot, workers)
    m = page.model
    rows = {m.index(r, AuditModel.COL_ACTION).data(Qt.ItemDataRole.ToolTipRole): r for r in range(m.rowCount())}

    def cell(action: str, col: int, role=Qt.ItemDataRole.DisplayRole):
        return m.index(rows[action], col).data(role)

    assert cell("login", AuditModel.COL_TARGET) == "職員 窓口 次郎"
    assert cell("login", AuditModel.COL_TARGET, Qt.ItemDataRole.ToolTipRole) == "staff:cnt1"
    assert cell("login", AuditModel.COL_ACTOR) == "窓口 次郎"
    assert cell("login", AuditModel.COL_ACTOR, Qt.ItemDataRole.ToolTipRole) == "cnt1"
    assert cell("audit.verify", AuditModel.COL_TARGET) == "監査ログ"
    assert cell("audit.verify", AuditModel.COL_ACTOR) == "決裁 花子"
    assert cell("payment.import", AuditModel.COL_TARGET) == "収納データ"
    assert cell("appointment.list", AuditModel.COL_DETAIL) == "件数: 2 ・ 日付: 2026年11月30日"
    texts = _seen(page)
    assert not [t for t in texts if re.search(r"\d{4}-\d{2}-\d{2}|[0-9a-f]{12}|\b(?:sup1|cnt1)\b", t)], texts
    _no_developer_words(texts)
    from PySide6.QtCore import QDate

    page.since.setDate(QDate(2026, 11, 30))
    assert page.since.text() == "2026年11月30日"


def test_quarantine_says_application_data(qtbot, workers, sqlite_url, tmp_path, japanese):
    """隔離: 申請データ and ファイル名, never バンドル; after a discard the summary says the
    file is kept, without the folder's name."""
    from tests.intake.conftest import make_env
    from tests.ui.factories import make_staff
    from ui.models.quarantine_model import QuarantineModel
    from ui.pages.quarantine_page import QuarantinePage

    env = make_env(sqlite_url, tmp_path)
    env.bo.spool.write_atomic("inbox", "a.zip", b"not a zip")
    env.sync()
    page = QuarantinePage(env.bo, make_staff(env.bo, "s1", ["supervisor"]), workers)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert page.model.headerData(QuarantineModel.COL_BUNDLE, Qt.Orientation.Horizontal) == "ファイル名"
    assert page.summary.text() == "隔離中の申請データ 1 件"
    texts = _seen(page)
    assert "同期で受け付けられなかった申請データです。修正したデータの再送をゲートウェイ担当者に依頼してください。" in texts
    _no_developer_words(texts + [page.retry_button.toolTip()])
    page.table.selectRow(0)
    page.discard_selected("送信元に確認済み")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)
    assert page.summary.text() == "隔離中の申請データ 0 件 — 破棄しました。ファイルは削除されず、保管されています。"


def test_payments_say_transaction_number_and_character_set(qtbot, ui_bo, workers, tmp_path, japanese):
    """収納管理: the mismatch table's column is 取引番号, and the import line names the file's
    character set as people call it (Shift_JIS), not Python's codec name (cp932)."""
    from datetime import timedelta

    from backoffice.db.models import Application
    from backoffice.platform.timeutil import utcnow
    from tests.supervision.helpers import settlement_csv
    from tests.ui.factories import make_applications, make_staff
    from ui.pages.payments_page import PaymentsPage

    sup = make_staff(ui_bo, "sup1", ["supervisor"])
    made = make_applications(ui_bo, 1, statuses=("ready_for_review",))
    with ui_bo.db.write() as s:
        s.get(Application, made[0].pk).payment_transaction_id = f"PG-{made[0].application_id}"
    paid = (utcnow() + timedelta(hours=1)).isoformat()
    f = tmp_path / "settle.csv"
    f.write_bytes(settlement_csv([(f"PG-{made[0].application_id}", made[0].application_id, 1, paid, "コンビニ",
                                   "paid")], encoding="cp932"))  # Japanese text: read as cp932
    page = PaymentsPage(ui_bo, sup, workers)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.import_file(str(f))
    wait_idle(qtbot, workers)
    assert page.message.text() == "settle.csv: 1 行、新規 1 件、決済事業者による返金 0 件（文字コード Shift_JIS）"
    m = page.mismatch_model
    assert [m.headerData(c, Qt.Orientation.Horizontal) for c in range(m.columnCount())][1] == "取引番号"
    _no_developer_words(_seen(page))


def test_login_texts_without_session(qtbot, ui_bo, workers, japanese):
    """設定 and the notice after an ended login say ログイン, not セッション."""
    from PySide6.QtCore import QCoreApplication

    from ui.pages.settings_page import SettingsPage

    page = SettingsPage(ui_bo.config, workers=workers)
    qtbot.addWidget(page)
    page.show()
    texts = _seen(page)
    assert any("役割・所属課・パスワードを変えたりすると、ログインが終了します。" in t for t in texts), texts
    _no_developer_words(texts)
    assert QCoreApplication.translate("MainWindow", "Your session was ended. Log in again.") \
        == "ログインが終了しました。もう一度ログインしてください。"


def test_dashboard_status_names_are_whole(qtbot, ui_bo, people, workers, japanese):
    """進捗管理: every status under the status chart is drawn whole (vertical bars cut them to
    「審査…」「要確…」 at the manual's window size)."""
    from tests.ui.factories import make_applications
    from ui.labels import status_label
    from ui.pages.dashboard_page import DashboardPage

    statuses = ("received", "ready_for_review", "needs_attention", "in_review", "returned", "pending_approval",
                "approved", "rejected", "withdrawn")  # every status the test factories can make
    make_applications(ui_bo, len(statuses), statuses=statuses)
    make_applications(ui_bo, 1, statuses=("in_review",), claimer=people["reviewer"], start=100)
    page = DashboardPage(ui_bo, people["supervisor"], workers)
    qtbot.addWidget(page)
    page.resize(1116, 751)  # the page in the 1280x800 window of docs/img/dashboard.png
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.snapshot is not None, timeout=15000)
    wait_idle(qtbot, workers)
    view = page.views["status"]
    names = [status_label(s) for s in statuses]
    qtbot.waitUntil(lambda: status_label("received") in _scene_texts(view), timeout=5000)
    texts = _scene_texts(view)
    assert set(names) <= set(texts), texts
    assert not [t for t in texts if "…" in t], texts
    # 現在担当中の申請: staff by name, the code only as the hand-over list's tooltip
    wl = page.workload
    qtbot.waitUntil(lambda: wl.model.rowCount() == 1 and wl.target.count() >= 2, timeout=10000)
    assert wl.model.index(0, 0).data() == "審査 太郎"
    people_listed = [wl.target.itemText(i) for i in range(wl.target.count())]
    assert "審査 太郎" in people_listed and not [x for x in people_listed if re.search(r"[a-z]+\d", x)], people_listed
    assert wl.target.itemData(people_listed.index("審査 太郎"), Qt.ItemDataRole.ToolTipRole) == "rev1"
    _no_developer_words(_seen(page))
