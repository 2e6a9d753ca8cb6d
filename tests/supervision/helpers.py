"""Small builders for supervision tests: applications with chosen dates straight through
the ORM (intake is tested elsewhere), and settlement CSV files."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from backoffice.db.models import Application
from backoffice.platform.timeutil import JST, utcnow


def jst(d: date, hh: int = 10, mm: int = 0) -> datetime:
    """Japan wall-clock time as the aware UTC value the database stores (SQLite drops offsets)."""
    return datetime.combine(d, time(hh, mm), JST).astimezone(UTC)


def add_app(s, app_id: str, status: str, *, procedure: str = "juminhyo-copy", received: date,
            due: date | None = None, claimed_by: int | None = None, claim_until: datetime | None = None,
            fee: int = 0, tx: str | None = None, paid: int | None = None) -> Application:
    at = jst(received)
    app = Application(
        application_id=app_id, revision=1, procedure=procedure, department="市民課", status=status,
        attention=[], applicant_name="山田 太郎", applicant_kana="ヤマダ タロウ", search_key="やまだたろう",
        delivery_method="mail", submitted_at=at, received_at=at, updated_at=utcnow(), due_date=due,
        paused_days=0, claimed_by=claimed_by, claim_expires_at=claim_until, fee_due=fee,
        payment_transaction_id=tx, payment_amount=paid)
    s.add(app)
    s.flush()
    return app


def settlement_csv(rows: list[tuple], *, header: str = "transaction_id,application_id,amount,paid_at,method,status",
                   encoding: str = "utf-8", bom: bool = False) -> bytes:
    lines = [header] + [",".join(str(v) for v in r) for r in rows]
    data = ("\r\n".join(lines) + "\r\n").encode(encoding)
    return (b"\xef\xbb\xbf" + data) if bom else data
