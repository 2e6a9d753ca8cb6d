"""application-states.png: the statuses and steps of an application drawn with their
names on screen (ui/labels.py)."""

from __future__ import annotations

from .common import Shots


def _states_shot(shots: Shots) -> None:
    """The life of an application as a picture: the statuses and steps by their names on
    screen (ui/labels.py), laid out by hand after backoffice/casework/workflow.py RULES."""
    from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QPolygonF

    from ui.labels import action_label, status_label

    w, h, bw, bh = 1280, 600, 150, 48
    boxes = {  # status: (x, y, colour)
        "received": (30, 240, "#e3f2fd"), "ready_for_review": (230, 240, "#e3f2fd"),
        "needs_attention": (230, 400, "#fff3e0"), "in_review": (450, 240, "#e8f5e9"),
        "returned": (450, 70, "#fce4ec"), "pending_approval": (640, 400, "#ede7f6"),
        "approved": (700, 240, "#e8f5e9"), "rejected": (880, 400, "#eeeeee"), "issued": (900, 240, "#fffde7"),
        "delivered": (1100, 240, "#fffde7"), "closed": (1100, 400, "#eeeeee"), "withdrawn": (1100, 530, "#eeeeee"),
    }
    arrows: list[tuple[str, str, str, list[tuple[float, float]]]] = [  # from, to, step on the arrow, bends
        ("received", "ready_for_review", "", []), ("received", "needs_attention", "checks_failed", []),
        ("ready_for_review", "in_review", "start_review", []), ("needs_attention", "in_review", "start_review", []),
        ("in_review", "returned", "", []), ("returned", "received", "resubmit", []), ("in_review", "approved", "", []),
        ("in_review", "rejected", "", [(540, 500), (955, 500)]), ("in_review", "pending_approval", "recommend_approve", []),
        ("pending_approval", "approved", "final_approve", []), ("pending_approval", "rejected", "final_reject", []),
        ("approved", "issued", "", []), ("issued", "delivered", "", []),
        ("delivered", "closed", "close_by_rule", []), ("rejected", "closed", "", []), ("withdrawn", "closed", "", []),
    ]
    img = QImage(w, h, QImage.Format.Format_RGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont(p.font())
    font.setPixelSize(17)
    small = QFont(font)
    small.setPixelSize(14)

    def rect(code: str) -> QRectF:
        x, y, _c = boxes[code]
        return QRectF(x, y, bw, bh)

    def edge(r: QRectF, towards: QPointF) -> QPointF:
        c = r.center()
        dx, dy = towards.x() - c.x(), towards.y() - c.y()
        if dx == 0 and dy == 0:
            return c
        sx = (r.width() / 2) / abs(dx) if dx else float("inf")
        sy = (r.height() / 2) / abs(dy) if dy else float("inf")
        s = min(sx, sy)
        return QPointF(c.x() + dx * s, c.y() + dy * s)

    p.setPen(QPen(QColor("#455a64"), 2))
    for a, b, step, bends in arrows:
        ra, rb = rect(a), rect(b)
        points = [QPointF(x, y) for x, y in bends]
        start = edge(ra, points[0] if points else rb.center())
        end = edge(rb, points[-1] if points else ra.center())
        chain = [start, *points, end]
        p.setPen(QPen(QColor("#455a64"), 2))
        for i in range(len(chain) - 1):
            p.drawLine(QLineF(chain[i], chain[i + 1]))
        head = QLineF(end, chain[-2])
        head.setLength(12)
        left, right = QLineF(head), QLineF(head)
        left.setAngle(head.angle() + 25)
        right.setAngle(head.angle() - 25)
        p.setBrush(QColor("#455a64"))
        p.drawPolygon(QPolygonF([end, left.p2(), right.p2()]))
        if step:
            p.setFont(small)
            mid = QLineF(chain[0], chain[1]).center()
            text = action_label(step)
            if step == "recommend_approve":
                text += "／" + action_label("recommend_reject")
            tw = p.fontMetrics().horizontalAdvance(text)
            box = QRectF(mid.x() - tw / 2 - 3, mid.y() - 9, tw + 6, 18)
            p.fillRect(box, QColor("white"))
            p.setPen(QColor("#37474f"))
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    p.setFont(font)
    for code, (x, y, colour) in boxes.items():
        r = QRectF(x, y, bw, bh)
        p.setPen(QPen(QColor("#263238"), 2))
        p.setBrush(QColor(colour))
        p.drawRoundedRect(r, 8, 8)
        p.drawText(r, Qt.AlignmentFlag.AlignCenter, status_label(code))
    # 取下げ: from every status still in progress (a dashed line along the bottom)
    p.setFont(small)
    p.setPen(QPen(QColor("#757575"), 2, Qt.PenStyle.DashLine))
    wy = 530 + bh / 2
    p.drawLine(QLineF(30, wy, 1096, wy))
    p.setPen(QColor("#37474f"))
    p.drawText(QRectF(30, wy + 4, 1060, 20), Qt.AlignmentFlag.AlignLeft,
               "・".join(status_label(c) for c in ("received", "ready_for_review", "needs_attention", "in_review",
                                                   "returned", "pending_approval", "approved"))
               + " → " + action_label("withdraw"))
    p.end()
    path = shots.out / "application-states.png"
    img.save(str(path))
    from ui import screenshot_manifest

    shots.images[path.name] = screenshot_manifest.entry(path, {"ui.labels", __name__}, [])
