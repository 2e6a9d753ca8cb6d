"""The figures as files for the 業務改革 committee (issue 18 item 3): an Excel workbook
(openpyxl, Japanese sheet names, native Excel charts of the 12-month trend), CSV (UTF-8
with BOM for Excel, or CP932) and a one-page monthly PDF summary drawn with the
certificates' embedded IPAex fonts. docs/formats/stats-v1.md describes the CSV and JSON;
docs/figures.md what each figure means."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab.lib.units import mm

from backoffice.issuance.pattern import PAGE_H, PAGE_W, draw_text, pdf_canvas, text_width
from backoffice.platform.errors import UsageError
from backoffice.platform.timeutil import now_jst
from backoffice.supervision.figures import FREE_TEXT, MonthFigures, ProcedureFigures

CSV_ENCODINGS = {"utf-8-bom": "utf-8-sig", "cp932": "cp932"}
FREE_TEXT_LABEL = "その他（自由記述）"


@dataclass(frozen=True)
class Column:
    key: str  # the CSV header and JSON name
    label: str  # the Japanese heading (xlsx, PDF)
    kind: str  # count | rate | days | number | text


COLUMNS: tuple[Column, ...] = (
    Column("procedure", "手続コード", "text"),
    Column("procedure_name", "手続名", "text"),
    Column("received_online", "受付（オンライン）", "count"),
    Column("received_counter", "受付（窓口）", "count"),
    Column("received_total", "受付（計）", "count"),
    Column("online_completion_rate", "オンライン完結率", "rate"),
    Column("processing_days_median", "処理日数 中央値", "days"),
    Column("processing_days_p90", "処理日数 90%", "days"),
    Column("within_standard_rate", "標準処理期間 達成率", "rate"),
    Column("returned_rate", "補正率", "rate"),
    Column("rejected_rate", "却下率", "rate"),
    Column("withdrawn_rate", "取下げ率", "rate"),
    Column("paper_attachment_rate", "紙の添付書類の割合", "rate"),
    Column("touches_per_application", "1件あたり職員処理回数", "number"),
)


def _values(p: ProcedureFigures) -> dict[str, Any]:
    return {"procedure": p.procedure, "procedure_name": p.name, "received_online": p.received_online,
            "received_counter": p.received_counter, "received_total": p.received,
            **{k: v for k, v in p.as_json().items() if k not in ("procedure", "received")}}


def _lines(month: MonthFigures) -> list[ProcedureFigures]:
    return list(month.procedures) + ([month.total] if month.total is not None else [])


# --- CSV --------------------------------------------------------------------------------------


def to_csv(month: MonthFigures, encoding: str = "utf-8-bom") -> bytes:
    """One header line (the column keys) and one line per procedure plus the total (`*`);
    rates as fractions 0-1, empty where nothing to divide; CRLF line ends."""
    codec = CSV_ENCODINGS.get(encoding)
    if codec is None:
        raise UsageError(f"CSV encoding must be one of {', '.join(CSV_ENCODINGS)}, not {encoding!r}")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["month", *(c.key for c in COLUMNS)])
    for p in _lines(month):
        values = _values(p)
        w.writerow([month.month, *("" if values[c.key] is None else values[c.key] for c in COLUMNS)])
    text = buf.getvalue()
    try:
        return text.encode(codec)
    except UnicodeEncodeError as exc:
        raise UsageError(f"a procedure name has a character CP932 cannot hold "
                         f"({text[exc.start:exc.end]!r}); use --encoding utf-8-bom") from exc


# --- xlsx -------------------------------------------------------------------------------------

SHEET_MONTH = "月次集計"
SHEET_TREND = "12か月推移"
SHEET_REASONS = "補正理由"
SHEET_NOTES = "指標の説明"
NOTES = (
    ("受付（オンライン／窓口）", "その月（日本時間）に受け付けた申請の件数。窓口は職員が窓口で入力した申請。"),
    ("オンライン完結率", "承認されて交付（郵送・電子）または完了した申請のうち、オンラインで申請し、"
                   "オンラインで支払い（手数料なしを含む）、窓口に一度も来なかった（窓口での支払い・受取・予約の来庁なし）申請の割合。"),
    ("処理日数", "受付日から承認・却下の日までの開庁日数（初日不算入、補正で申請者を待った日数を除く）。中央値と90パーセンタイル（順位法）。"),
    ("標準処理期間 達成率", "処理日数が手続の標準処理期間以内だった申請の割合。"),
    ("補正率", "受け付けた申請のうち、一度でも補正を求めた申請の割合。"),
    ("却下率・取下げ率", "承認・却下・取下げで終わった申請のうち、却下・取下げの割合。"),
    ("紙の添付書類の割合", "受け付けた申請のうち、紙の書類を窓口で取り込んだ申請の割合。"),
    ("1件あたり職員処理回数", "職員が行った状態変更（審査開始、決定、交付、引渡しなど）の回数を受付件数で割った値。"),
    ("空欄", "割る件数がない（0件の）とき。"),
)


def to_xlsx(month: MonthFigures, trend: Sequence[MonthFigures], *, made_at: datetime | None = None) -> bytes:
    """The workbook: 月次集計 (the month), 12か月推移 (totals per month with two native
    charts), 補正理由 (return reasons), 指標の説明 (what each figure means)."""
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, LineChart, Reference
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    made_at = made_at or now_jst()
    wb = Workbook()
    head_font, head_fill = Font(bold=True), PatternFill("solid", fgColor="DDE6F0")
    ws = wb.active
    assert ws is not None
    ws.title = SHEET_MONTH
    y, m = month.month.split("-")
    ws["A1"] = f"業務改革 月次集計 {int(y)}年{int(m)}月受付分"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = f"作成 {made_at:%Y年%m月%d日 %H:%M}"
    header_row = 4
    for col, c in enumerate(COLUMNS, 1):
        cell = ws.cell(header_row, col, c.label)
        cell.font, cell.fill = head_font, head_fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        ws.column_dimensions[get_column_letter(col)].width = 22 if c.key == "procedure_name" else 14
    ws.row_dimensions[header_row].height = 32
    if not month.procedures:
        ws.cell(header_row + 1, 1, "この月に受け付けた申請はありません。")
    for r, p in enumerate(_lines(month), header_row + 1):
        values = _values(p)
        for col, c in enumerate(COLUMNS, 1):
            cell = ws.cell(r, col, values[c.key])
            if c.kind == "rate":
                cell.number_format = "0.0%"
            elif c.kind in ("days", "number"):
                cell.number_format = "0.0"
            if p is month.total:
                cell.font = head_font
    ws.freeze_panes = ws.cell(header_row + 1, 3)

    tr = wb.create_sheet(SHEET_TREND)
    heads = ("月", "受付（オンライン）", "受付（窓口）", "オンライン完結率", "標準処理期間 達成率",
             "処理日数 中央値", "補正率")
    for col, h in enumerate(heads, 1):
        cell = tr.cell(1, col, h)
        cell.font, cell.fill = head_font, head_fill
        tr.column_dimensions[get_column_letter(col)].width = 16
    for r, mf in enumerate(trend, 2):
        t = mf.total
        yy, mm_ = mf.month.split("-")
        tr.cell(r, 1, f"{yy[2:]}年{int(mm_)}月")
        tr.cell(r, 2, t.received_online if t else 0)
        tr.cell(r, 3, t.received_counter if t else 0)
        for col, v in ((4, t.online_completion_rate if t else None), (5, t.within_standard_rate if t else None),
                       (6, t.processing_days_median if t else None), (7, t.returned_rate if t else None)):
            cell = tr.cell(r, col, v)
            cell.number_format = "0.0" if col == 6 else "0.0%"
    last = len(trend) + 1
    bars = BarChart()
    bars.type, bars.grouping, bars.overlap = "col", "stacked", 100
    bars.title, bars.y_axis.title = "受付件数（オンライン／窓口）", "件"
    bars.add_data(Reference(tr, min_col=2, max_col=3, min_row=1, max_row=last), titles_from_data=True)
    bars.set_categories(Reference(tr, min_col=1, min_row=2, max_row=last))
    bars.height, bars.width = 8, 18
    tr.add_chart(bars, "I2")
    line = LineChart()
    line.title, line.y_axis.title = "オンライン完結率・標準処理期間 達成率", "割合"
    line.add_data(Reference(tr, min_col=4, max_col=5, min_row=1, max_row=last), titles_from_data=True)
    line.set_categories(Reference(tr, min_col=1, min_row=2, max_row=last))
    line.y_axis.number_format = "0%"
    line.y_axis.scaling.min, line.y_axis.scaling.max = 0, 1
    line.y_axis.majorUnit = 0.2
    line.height, line.width = 8, 18
    tr.add_chart(line, "I19")

    rs = wb.create_sheet(SHEET_REASONS)
    for col, h in enumerate(("手続コード", "手続名", "補正理由（理由文の定型）", "件数"), 1):
        cell = rs.cell(1, col, h)
        cell.font, cell.fill = head_font, head_fill
    for letter, width in zip("ABCD", (18, 22, 30, 8), strict=True):
        rs.column_dimensions[letter].width = width
    r = 2
    for p in month.procedures:
        for title, n in p.return_reasons:
            rs.append([p.procedure, p.name, title if title != FREE_TEXT else FREE_TEXT_LABEL, n])
            r += 1
    if r == 2:
        rs.cell(2, 1, "この月の補正はありません。")

    ns = wb.create_sheet(SHEET_NOTES)
    ns.column_dimensions["A"].width, ns.column_dimensions["B"].width = 24, 100
    for row, (term, meaning) in enumerate(NOTES, 1):
        ns.cell(row, 1, term).font = head_font
        ns.cell(row, 2, meaning).alignment = Alignment(wrap_text=True, vertical="top")
    for sheet in wb.worksheets:  # printed: landscape A4, one page wide
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# --- PDF --------------------------------------------------------------------------------------


PDF_HEADINGS = {  # column key -> the two lines of its PDF heading
    "received_online": ("受付", "オンライン"), "received_counter": ("受付", "窓口"),
    "received_total": ("受付", "計"), "online_completion_rate": ("オンライン", "完結率"),
    "processing_days_median": ("処理日数", "中央値"), "processing_days_p90": ("処理日数", "90%値"),
    "within_standard_rate": ("標準期間", "達成率"), "returned_rate": ("補正率", ""),
    "rejected_rate": ("却下率", ""), "withdrawn_rate": ("取下げ率", ""),
    "paper_attachment_rate": ("紙の添付", "書類の割合"), "touches_per_application": ("職員処理", "回数/件"),
}


def _fmt(value: Any, kind: str) -> str:
    if value is None:
        return "—"
    if kind == "rate":
        return f"{value * 100:.1f}%"
    if kind in ("days", "number"):
        return f"{value:.1f}"
    return str(value)


def to_pdf(month: MonthFigures, trend: Sequence[MonthFigures], *, made_at: datetime | None = None) -> bytes:
    """One A4 page for the committee: the month's table (each procedure and the total) and
    the 12-month trend of receipts by channel and of the online-completion rate."""
    made_at = made_at or now_jst()
    buf = io.BytesIO()
    c = pdf_canvas(buf)
    y, m = month.month.split("-")
    c.setTitle(f"業務改革 月次集計 {month.month}")
    left, right = 15 * mm, PAGE_W - 15 * mm
    top = PAGE_H - 20 * mm
    draw_text(c, left, top, f"業務改革 月次集計　{int(y)}年{int(m)}月受付分", "gothic", 16)
    draw_text(c, right, top, f"作成 {made_at:%Y年%m月%d日}", "gothic", 9, align="right")
    # the table: procedure name, then the figures under two-line headings
    cols = [c_ for c_ in COLUMNS if c_.key in PDF_HEADINGS]
    name_w = 36 * mm
    cell_w = (right - left - name_w) / len(cols)
    yy = top - 14 * mm
    c.setFillColorRGB(0.87, 0.9, 0.94)
    c.rect(left, yy - 3 * mm, right - left, 11 * mm, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    draw_text(c, left + 1 * mm, yy + 1.5 * mm, "手続", "gothic", 8)
    x = left + name_w
    for col in cols:
        first, second = PDF_HEADINGS[col.key]
        draw_text(c, x + cell_w / 2, yy + (4 if second else 1.5) * mm, first, "gothic", 7, align="center")
        if second:
            draw_text(c, x + cell_w / 2, yy + 0.8 * mm, second, "gothic", 7, align="center")
        x += cell_w
    yy -= 8 * mm
    if not month.procedures:
        draw_text(c, left + 1 * mm, yy, "この月に受け付けた申請はありません。", "gothic", 10)
        yy -= 7 * mm
    for p in _lines(month):
        values = _values(p)
        name = values["procedure_name"]
        while text_width(name, "gothic", 8) > name_w - 2 * mm and len(name) > 1:
            name = name[:-1]
        draw_text(c, left + 1 * mm, yy, name, "gothic", 8)
        x = left + name_w
        for col in cols:
            draw_text(c, x + cell_w - 1.5 * mm, yy, _fmt(values[col.key], col.kind), "gothic", 8, align="right")
            x += cell_w
        c.setStrokeColorRGB(0.8, 0.8, 0.8)
        c.line(left, yy - 2 * mm, right, yy - 2 * mm)
        yy -= 6.5 * mm
    c.setStrokeColorRGB(0, 0, 0)
    _trend_chart(c, trend, left, right, yy - 10 * mm)
    _reasons(c, month, left, yy - 10 * mm - 100 * mm)
    y_note = 22 * mm
    for line in ("オンライン完結率: 承認・交付された申請のうち、申請・支払い・受取のすべてがオンラインで、窓口に来なかった割合。",
                 "処理日数: 受付から決定までの開庁日数（補正待ちを除く）。割合は件数がないとき「—」。詳しくは docs/figures.md。"):
        draw_text(c, left, y_note, line, "gothic", 7.5)
        y_note -= 4.5 * mm
    c.showPage()
    c.save()
    return buf.getvalue()


def _reasons(c: Any, month: MonthFigures, left: float, top: float) -> None:
    """The most frequent return reasons (by reason template), five per procedure at most."""
    draw_text(c, left, top, "補正理由（多い順）", "gothic", 11)
    y = top - 7 * mm
    lines = [(p.name, title, n) for p in month.procedures for title, n in p.return_reasons[:5]]
    if not lines:
        draw_text(c, left + 2 * mm, y, "この月の補正はありません。", "gothic", 9)
    for name, title, n in lines[:14]:
        draw_text(c, left + 2 * mm, y, name, "gothic", 9)
        draw_text(c, left + 50 * mm, y, title if title != FREE_TEXT else FREE_TEXT_LABEL, "gothic", 9)
        draw_text(c, left + 130 * mm, y, f"{n}件", "gothic", 9, align="right")
        y -= 5.5 * mm


def _trend_chart(c: Any, trend: Sequence[MonthFigures], left: float, right: float, top: float) -> None:
    """Stacked bars of receipts (online dark, counter light) and a line of the
    online-completion rate (right scale 0-100%) for each month."""
    draw_text(c, left, top, "12か月の推移", "gothic", 11)
    height = 70 * mm
    base = top - 8 * mm - height
    chart_l, chart_r = left + 12 * mm, right - 12 * mm
    totals = [(mf.total.received_online, mf.total.received_counter) if mf.total else (0, 0) for mf in trend]
    peak = max([a + b for a, b in totals] + [1])
    step = (chart_r - chart_l) / max(1, len(trend))
    c.setLineWidth(0.5)
    c.line(chart_l, base, chart_r, base)
    c.line(chart_l, base, chart_l, base + height)
    c.line(chart_r, base, chart_r, base + height)
    draw_text(c, chart_l - 1.5 * mm, base + height - 2 * mm, f"{peak}件", "gothic", 6.5, align="right")
    draw_text(c, chart_l - 1.5 * mm, base, "0", "gothic", 6.5, align="right")
    draw_text(c, chart_r + 1.5 * mm, base + height - 2 * mm, "100%", "gothic", 6.5)
    draw_text(c, chart_r + 1.5 * mm, base, "0%", "gothic", 6.5)
    points = []
    for i, (mf, (online, counter)) in enumerate(zip(trend, totals, strict=True)):
        x = chart_l + i * step + step * 0.2
        w = step * 0.6
        h_on = height * online / peak
        h_co = height * counter / peak
        c.setFillColorRGB(0.2, 0.4, 0.65)
        c.rect(x, base, w, h_on, stroke=0, fill=1)
        c.setFillColorRGB(0.7, 0.8, 0.9)
        c.rect(x, base + h_on, w, h_co, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        mm_ = int(mf.month[5:])
        draw_text(c, x + w / 2, base - 4 * mm, f"{mm_}月", "gothic", 7, align="center")
        rate = mf.total.online_completion_rate if mf.total else None
        if rate is not None:
            points.append((x + w / 2, base + height * rate))
    c.setStrokeColorRGB(0.85, 0.35, 0.1)
    c.setLineWidth(1.2)
    for (x1, y1), (x2, y2) in zip(points, points[1:], strict=False):
        c.line(x1, y1, x2, y2)
    c.setFillColorRGB(0.85, 0.35, 0.1)
    for x, y in points:
        c.circle(x, y, 1.1 * mm, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setStrokeColorRGB(0, 0, 0)
    ly = base - 11 * mm
    for i, (label, rgb) in enumerate((("オンライン受付", (0.2, 0.4, 0.65)), ("窓口受付", (0.7, 0.8, 0.9)),
                                      ("オンライン完結率（右目盛）", (0.85, 0.35, 0.1)))):
        lx = chart_l + i * 50 * mm
        c.setFillColorRGB(*rgb)
        c.rect(lx, ly, 4 * mm, 3 * mm, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        draw_text(c, lx + 5.5 * mm, ly + 0.5 * mm, label, "gothic", 8)
