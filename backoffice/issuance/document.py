"""Certificate and notice PDFs (A4, reportlab) with the body text the QR code signs.

certificate-qr-v1: the QR's sha256 covers the printed body lines in reading order, so
compose_body() does the line wrapping itself and render_pdf() prints exactly those lines.
Fonts: IPAex Mincho/Gothic embedded (subset) as TrueType; characters outside IPAex (e.g. 𠮷
U+20BB7) are drawn with the fallback font IPAmj Mincho — see resources/fonts/README.md.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from io import BytesIO
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from backoffice.issuance.era import to_wareki
from backoffice.issuance.pattern import (
    PAGE_H,
    PAGE_W,
    draw_copy_evident_pattern,
    draw_image_cached,
    draw_microtext,
    draw_text,
    draw_watermark,
    font_name,
    font_path,
    pdf_canvas,
    plain_flate_streams,
    text_width,
)
from backoffice.issuance.qr import qr_matrix
from backoffice.issuance.templates import PLACEHOLDER_RE, Template
from backoffice.platform.catalog import default_catalog
from backoffice.platform.errors import BackofficeError
from backoffice.platform.resources import resource_path

log = logging.getLogger(__name__)

DEFAULT_CITY_NAME = "大阪市"
DEFAULT_CITY_CODE = "271004"
DEFAULT_MAYOR = "大阪市長　○○　○○"  # placeholder; the CLI passes the configured name
BODY_WIDTH_PT = 450.0  # 158.75 mm: the body column of both layouts (see layout.py)
BODY_SIZE_PT = 11.0
_NO_LINE_START = set("、。，．）」』】〕・ー？！ゃゅょっャュョッぁぃぅぇぉ")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DEMO_WATERMARK = "見本 DEMO"  # a demo paper must never pass for the city's


@dataclass(frozen=True)
class DocumentData:
    serial: str
    kind: str  # procedure code
    template: str
    issued_on: date
    application_id: str
    name: str
    name_kana: str = ""
    birth_date: date | None = None
    address: str = ""
    postal_code: str = ""
    form: dict[str, Any] = field(default_factory=dict, hash=False)
    city_name: str = DEFAULT_CITY_NAME
    city_code: str = DEFAULT_CITY_CODE
    mayor: str = DEFAULT_MAYOR
    reason: str | None = None  # returned / rejected notices
    extra: dict[str, Any] = field(default_factory=dict, hash=False)
    demo: bool = False  # signed with a demo- key: the watermark says DEMO (見本), see demo_mode.py


def _format_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "あり" if value else "なし"
    if isinstance(value, date):
        return to_wareki(value)
    if isinstance(value, str) and _ISO_DATE.match(value):
        try:
            return to_wareki(date.fromisoformat(value))
        except ValueError:
            return value
    if isinstance(value, (list, tuple)):
        return "、".join(_format_value(v) for v in value)
    if isinstance(value, dict):
        if "name" in value:
            return _format_value(value["name"])
        return "、".join(f"{k}：{_format_value(v)}" for k, v in value.items())
    return str(value)


def _procedure_info(data: DocumentData) -> tuple[str, str]:
    proc = None
    try:
        proc = default_catalog().get(data.kind)
    except BackofficeError as exc:  # a broken catalog must not stop a notice
        log.warning("procedure catalog unavailable for notice text: %s", exc)
    name = data.extra.get("procedure_name") or (proc.name if proc else data.kind)
    dept = data.extra.get("department") or (proc.department if proc else "")
    return str(name), str(dept)


def placeholder_values(data: DocumentData) -> dict[str, str]:
    procedure, department = _procedure_info(data)
    return {
        "serial": data.serial, "kind": data.kind, "application_id": data.application_id,
        "name": data.name, "name_kana": data.name_kana,
        "birth": to_wareki(data.birth_date) if data.birth_date else "",
        "address": data.address, "postal_code": data.postal_code,
        "issued": to_wareki(data.issued_on), "city_name": data.city_name,
        "city_code": data.city_code, "mayor": data.mayor, "reason": data.reason or "",
        "procedure": procedure, "department": department,
    }


def fill(text: str, values: dict[str, str], data: DocumentData) -> tuple[str, bool]:
    """(filled text, whether every placeholder had a value)."""
    complete = True

    def repl(m: re.Match[str]) -> str:
        nonlocal complete
        key = m.group(1)
        if key.startswith(("form.", "extra.")):
            source = data.form if key.startswith("form.") else data.extra
            out = _format_value(source.get(key.split(".", 1)[1]))
        else:
            out = values.get(key, "")
        complete = complete and out != ""
        return out

    return PLACEHOLDER_RE.sub(repl, text), complete


def wrap_line(line: str, font_role: str, size: float = BODY_SIZE_PT,
              width: float = BODY_WIDTH_PT) -> list[str]:
    """Break one logical line to the printed width; 「ラベル　値」 lines continue under the value."""
    if text_width(line, font_role, size) <= width:
        return [line]
    indent = ""
    label_end = line.find("　", 1)
    if 0 < label_end <= 12 and not line.startswith("　"):
        em = text_width(line[: label_end + 1], font_role, size) / size
        indent = "　" * int(em)
    out: list[str] = []
    current = ""
    for ch in line:
        if current and text_width(current + ch, font_role, size) > width and ch not in _NO_LINE_START:
            out.append(current.rstrip())
            current = indent + ch
        else:
            current += ch
    if current.strip():
        out.append(current.rstrip())
    return out


def compose_body(template: Template, data: DocumentData) -> list[str]:
    """The printed body lines, in reading order, wrapped as printed (what the QR hash covers)."""
    values = placeholder_values(data)
    for req in template.requires:
        if not values.get(req):
            raise ValueError(f"template {template.name!r} needs a non-empty {req}")
    role = template.font
    lines: list[str] = []
    for raw in template.body:
        if raw.startswith("*"):  # one line per item of the list placeholder (none when empty)
            lines.extend(_repeated(raw[1:], values, data, role))
            continue
        optional = raw.startswith("?")
        text, complete = fill(raw[1:] if optional else raw, values, data)
        if optional and not complete:
            continue
        lines.extend(wrap_line(text.rstrip(), role))
    return lines


def _repeated(raw: str, values: dict[str, str], data: DocumentData, role: str) -> list[str]:
    """A "*" body line: its `{extra.X}` / `{form.X}` list placeholder gives one printed line
    per item (e.g. every household member from the register); other placeholders as usual."""
    keys = [k for k in PLACEHOLDER_RE.findall(raw) if k.startswith(("extra.", "form."))]
    if not keys:
        return wrap_line(fill(raw, values, data)[0].rstrip(), role)
    key = keys[0]
    source = data.form if key.startswith("form.") else data.extra
    items = source.get(key.split(".", 1)[1])
    if not isinstance(items, (list, tuple)):
        return []
    out: list[str] = []
    for item in items:
        line = raw.replace("{" + key + "}", _format_value(item))
        out.extend(wrap_line(fill(line, values, data)[0].rstrip(), role))
    return out


def compose_footer(template: Template, data: DocumentData) -> list[str]:
    values = placeholder_values(data)
    lines: list[str] = []
    for raw in template.footer:
        lines.extend(wrap_line(fill(raw, values, data)[0], template.font, 10.5))
    return lines


def body_sha256(lines: list[str]) -> str:
    """certificate-qr-v1: NFC each line, strip trailing whitespace, join with LF, SHA-256, b64url."""
    text = "\n".join(unicodedata.normalize("NFC", line).rstrip() for line in lines)
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def render_pdf(template: Template, data: DocumentData, lines: list[str], qr_text: str | None) -> bytes:
    """A4 page(s): title, serial, body `lines` as given (a certificate body longer than one page
    continues on further pages, each with the serial and "n / N"), era dates, issuer and seal, 地紋,
    watermark, micro-text and (when qr_text is given) the QR code at its fixed place."""
    with plain_flate_streams():
        return _render(template, data, lines, qr_text)


# A certificate body longer than one page (records-v1 §5: e.g. a large household or a 戸籍
# with many events) continues on further pages; the last page keeps the footer, date and
# issuer, so it holds fewer lines than a continuation page.
LAST_PAGE_LINES, MORE_PAGE_LINES = 20, 28


def body_pages(lines: list[str]) -> list[list[str]]:
    """The body lines per printed page (one page when they fit the last-page layout)."""
    if len(lines) <= LAST_PAGE_LINES:
        return [lines]
    more = -(-(len(lines) - LAST_PAGE_LINES) // MORE_PAGE_LINES)  # continuation pages needed
    last = min(LAST_PAGE_LINES, len(lines) - more)
    per = -(-(len(lines) - last) // more)  # spread evenly over the continuation pages
    head = lines[:len(lines) - last]
    return [head[i:i + per] for i in range(0, len(head), per)] + [lines[len(lines) - last:]]


def _render(template: Template, data: DocumentData, lines: list[str], qr_text: str | None) -> bytes:
    values = placeholder_values(data)
    buf = BytesIO()
    c = pdf_canvas(buf)
    c.setTitle(f"{template.title} {data.serial}")
    c.setAuthor(data.city_name)
    c.setSubject(f"{data.kind} {data.application_id}")
    pages = body_pages(lines) if template.kind == "certificate" else [lines]
    for n, chunk in enumerate(pages, 1):
        _page(c, template, data, values, chunk, qr_text, n, len(pages))
        c.showPage()
    c.save()
    return buf.getvalue()


def _page(c: Canvas, template: Template, data: DocumentData, values: dict[str, str], lines: list[str],
          qr_text: str | None, page: int, pages: int) -> None:
    """One A4 page; the serial on every page, and "n / N" when the body takes several."""
    if template.show_pattern:  # 地紋 first: everything else prints over it
        draw_copy_evident_pattern(c, str(font_path("gothic")), 10 * mm, 10 * mm,
                                  PAGE_W - 20 * mm, PAGE_H - 20 * mm)
    watermark = DEMO_WATERMARK if data.demo else fill(template.watermark, values, data)[0]
    draw_watermark(c, watermark, font_name("gothic"),
                   PAGE_W / 2, PAGE_H * 0.52)
    micro = f"{data.city_name}　{data.serial}　{data.city_code}"
    c.setLineWidth(0.8)
    c.setStrokeColorRGB(0.15, 0.2, 0.35)
    c.rect(10 * mm, 10 * mm, PAGE_W - 20 * mm, PAGE_H - 20 * mm)
    draw_microtext(c, micro, font_name("gothic"), 12 * mm, PAGE_H - 12.5 * mm, PAGE_W - 24 * mm)
    draw_microtext(c, micro, font_name("gothic"), 12 * mm, 11.8 * mm, PAGE_W - 24 * mm)
    c.setFillColorRGB(0, 0, 0)
    number_label = "証明番号" if template.kind == "certificate" else "文書番号"
    draw_text(c, 190 * mm, 280 * mm, f"{number_label}　{data.serial}", "gothic", 9, "right")
    if pages > 1:
        draw_text(c, 190 * mm, 275 * mm, f"{page} / {pages}", "gothic", 9, "right")
    if template.kind != "certificate":
        _notice(c, template, data, lines, compose_footer(template, data), values)
    elif page < pages:
        _certificate_continued(c, template, lines, micro)
    else:
        _certificate(c, template, data, lines, compose_footer(template, data), micro)
    if qr_text is not None:
        _qr_block(c, qr_text, data)


def _title(c: Canvas, title: str, role: str, y: float, size: float, micro: str | None) -> None:
    spaced = "　".join(title) if len(title) <= 8 else title  # 「住　民　票　の　写　し」
    draw_text(c, PAGE_W / 2, y, spaced, role, size, "center")
    if micro:  # the title rule is micro-text, not a line
        w = text_width(spaced, role, size) + 10 * mm
        draw_microtext(c, micro, font_name("gothic"), (PAGE_W - w) / 2, y - 3.5 * mm, w)


def _issuer(c: Canvas, data: DocumentData, role: str, y: float, size: float = 14) -> None:
    """Mayor's name right-aligned, the city seal printed over its last characters (公印)."""
    right = 178 * mm
    draw_text(c, right, y, data.mayor, role, size, "right")
    seal = 21 * mm
    draw_image_cached(c, "bo_seal", str(resource_path("seal.png")), right - seal * 0.62,
                      y + size * 0.35 - seal / 2, seal, seal)


def _body_rows(n: int, top: float, bottom: float, preferred: float, minimum: float) -> float:
    if n == 0:
        return preferred
    step = min(preferred, (top - bottom) / n)
    if step < minimum:
        raise ValueError(f"{n} body lines do not fit on one A4 page")
    return step


_BODY_TOP, _BODY_LEFT, _BODY_RIGHT = 243 * mm, 22 * mm, 188 * mm


def _body_table(c: Canvas, lines: list[str], role: str, bottom: float) -> float:
    """The certificate body: one ruled row per line from the top of the body down to at most
    `bottom`, framed; returns the frame's lower edge."""
    top, left, right = _BODY_TOP, _BODY_LEFT, _BODY_RIGHT
    row = _body_rows(len(lines), top, bottom, 10 * mm, 6 * mm)
    c.setStrokeColorRGB(0.3, 0.3, 0.3)
    c.setLineWidth(0.4)
    y = top
    for line in lines:
        c.line(left, y, right, y)
        draw_text(c, left + 4 * mm, y - row / 2 - 3.8, line, role, BODY_SIZE_PT)
        y -= row
    c.line(left, y, right, y)
    c.setLineWidth(0.9)
    c.rect(left, y, right - left, top - y)
    return y


def _certificate(c: Canvas, template: Template, data: DocumentData, lines: list[str],
                 footer: list[str], micro: str) -> None:
    role = template.font
    _title(c, template.title, role, 258 * mm, 22, micro)
    y = _body_table(c, lines, role, 118 * mm)
    _seal_impression(c, data, _BODY_RIGHT, _BODY_TOP)
    left = _BODY_LEFT
    y -= 10 * mm
    for line in footer:
        draw_text(c, left + 4 * mm, y, line, role, 10.5)
        y -= 6.5 * mm
    draw_text(c, 30 * mm, min(y - 4 * mm, 96 * mm), to_wareki(data.issued_on), role, 12)
    _issuer(c, data, role, min(y - 20 * mm, 78 * mm), 15)


def _certificate_continued(c: Canvas, template: Template, lines: list[str], micro: str) -> None:
    """A page before the last: title and body rows down to above the QR code; continued."""
    role = template.font
    _title(c, template.title, role, 258 * mm, 22, micro)
    y = _body_table(c, lines, role, 66 * mm)
    draw_text(c, _BODY_RIGHT, y - 6 * mm, "（次葉へ続く）", role, 10.5, "right")


def _seal_impression(c: Canvas, data: DocumentData, right: float, top: float) -> None:
    """印鑑登録証明書: the registered impression (extra.seal_png) at its real outer size
    (extra.seal_mm millimetres), in a frame at the top right of the body."""
    png, size_mm = data.extra.get("seal_png"), data.extra.get("seal_mm")
    if not isinstance(png, bytes) or not isinstance(size_mm, (int, float)):
        return
    from reportlab.lib.utils import ImageReader

    size = float(size_mm) * mm
    x, y = right - 8 * mm - size, top - 4 * mm - size
    c.setLineWidth(0.4)
    c.setFillColorRGB(1, 1, 1)  # the frame covers the row lines under it
    c.rect(x - 2 * mm, y - 2 * mm, size + 4 * mm, size + 4 * mm, stroke=1, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.drawImage(ImageReader(BytesIO(png)), x, y, size, size, mask="auto", preserveAspectRatio=True)


def _notice(c: Canvas, template: Template, data: DocumentData, lines: list[str],
            footer: list[str], values: dict[str, str]) -> None:
    role = template.font
    draw_text(c, 190 * mm, 274 * mm, to_wareki(data.issued_on), role, 11, "right")
    addressee = fill(template.addressee, values, data)[0]
    if addressee:
        if data.postal_code or data.address:
            draw_text(c, 22 * mm, 266 * mm, f"〒{data.postal_code}　{data.address}", role, 9.5)
        draw_text(c, 22 * mm, 258 * mm, addressee, role, 13)
    _issuer(c, data, role, 246 * mm, 13)
    _title(c, template.title, role, 228 * mm, 16, None)
    footer_h = len(footer) * 6.2 * mm + 6 * mm
    step = _body_rows(len(lines), 214 * mm, 62 * mm + footer_h, 7.6 * mm, 5.2 * mm)
    y = 214 * mm
    for line in lines:
        align = "center" if line == "記" else "left"
        draw_text(c, PAGE_W / 2 if align == "center" else 22 * mm, y, line, role, BODY_SIZE_PT, align)
        y -= step
    y -= 4 * mm
    for line in footer:
        draw_text(c, 22 * mm, y, line, role, 10)
        y -= 6.2 * mm


def _qr_block(c: Canvas, qr_text: str, data: DocumentData) -> None:
    """The QR at a fixed place (bottom left), 32 mm wide, on a white quiet zone (4 modules)."""
    matrix = qr_matrix(qr_text)
    n = len(matrix)
    size = 35 * mm
    module = size / n
    x0, y0 = 18 * mm, 17 * mm
    c.setFillColorRGB(1, 1, 1)
    c.rect(x0 - 4 * module, y0 - 4 * module, size + 8 * module, size + 8 * module, stroke=0, fill=1)
    ops = []  # one path of run-length rectangles, written directly (reportlab's path API
    for r, row in enumerate(matrix):  # formats every number and costs ~20 ms per code)
        y = y0 + size - (r + 1) * module
        col = 0
        while col < n:
            if row[col]:
                start = col
                while col < n and row[col]:
                    col += 1
                ops.append(f"{x0 + start * module:.3f} {y:.3f} {(col - start) * module:.3f} {module:.3f} re")
            col += 1
    c.setFillColorRGB(0, 0, 0)
    c._code.append(" ".join(ops) + " f")
    tx = x0 + size + 7 * mm
    draw_text(c, tx, y0 + 24 * mm, "電子署名付き二次元コード", "gothic", 8.5)
    draw_text(c, tx, y0 + 19 * mm, "左のコードで、発行元と記載事項を市の公開鍵により検証できます。", "gothic", 7)
    draw_text(c, tx, y0 + 15 * mm, f"発行番号 {data.serial}　発行日 {to_wareki(data.issued_on)}",
              "gothic", 7)
    draw_text(c, tx, y0 + 11 * mm, f"発行元 {data.city_name}（団体コード {data.city_code}）",
              "gothic", 7)
