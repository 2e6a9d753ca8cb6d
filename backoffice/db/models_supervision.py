"""Tables for appointments (counter reservations) and payments (provider settlement files,
counter receipts, refunds). Same Base as backoffice.db.models; imported at the end of
that module so Base.metadata is always complete (Alembic, create_all)."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from backoffice.db.models import ApplicationEvent, Base


class CounterLocation(Base):
    """A counter that takes reservations: opening hours, slot length, seats per slot."""

    __tablename__ = "counter_locations"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    opens: Mapped[time] = mapped_column(Time)
    closes: Mapped[time] = mapped_column(Time)
    slot_minutes: Mapped[int] = mapped_column(Integer)
    capacity: Mapped[int] = mapped_column(Integer)  # applicants served at once (staffed seats)


class CounterClosure(Base):
    """A day one counter is closed on top of the business calendar (e.g. system maintenance)."""

    __tablename__ = "counter_closures"
    id: Mapped[int] = mapped_column(primary_key=True)
    location_pk: Mapped[int] = mapped_column(ForeignKey("counter_locations.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(200), default="")
    __table_args__ = (UniqueConstraint("location_pk", "day", name="uq_counter_closures_loc_day"),)


class AppointmentSlot(Base):
    """One bookable time slot, created on first booking. Its row is the lock that keeps
    bookings within capacity (PostgreSQL SELECT ... FOR UPDATE; SQLite BEGIN IMMEDIATE)."""

    __tablename__ = "appointment_slots"
    id: Mapped[int] = mapped_column(primary_key=True)
    location_pk: Mapped[int] = mapped_column(ForeignKey("counter_locations.id", ondelete="CASCADE"))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    __table_args__ = (
        UniqueConstraint("location_pk", "starts_at", name="uq_appointment_slots_loc_start"),
    )


class Appointment(Base):
    """A reservation. `seat` is 1..capacity while active and NULL once cancelled, so the
    unique (slot, seat) constraint is a second guard against overbooking."""

    __tablename__ = "appointments"
    id: Mapped[int] = mapped_column(primary_key=True)
    slot_pk: Mapped[int] = mapped_column(ForeignKey("appointment_slots.id", ondelete="CASCADE"))
    seat: Mapped[int | None] = mapped_column(Integer)
    location_pk: Mapped[int] = mapped_column(ForeignKey("counter_locations.id"))
    starts_at: Mapped[datetime]
    application_pk: Mapped[int | None] = mapped_column(
        ForeignKey("applications.id", ondelete="SET NULL")
    )
    visitor_name: Mapped[str] = mapped_column(String(200))
    purpose: Mapped[str] = mapped_column(String(200), default="")
    source: Mapped[str] = mapped_column(String(16))  # hand | application
    status: Mapped[str] = mapped_column(String(16))  # booked | checked_in | no_show | cancelled
    booked_at: Mapped[datetime]
    booked_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    checked_in_at: Mapped[datetime | None]
    __table_args__ = (
        UniqueConstraint("slot_pk", "seat", name="uq_appointments_slot_seat"),
        Index("ix_appointments_day", "location_pk", "starts_at"),
        Index("ix_appointments_application", "application_pk"),
    )


class SettlementImport(Base):
    """One imported settlement file; its hash makes a second import of it a no-op."""

    __tablename__ = "settlement_imports"
    id: Mapped[int] = mapped_column(primary_key=True)
    file_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    file_name: Mapped[str] = mapped_column(String(255))
    encoding: Mapped[str] = mapped_column(String(16))
    rows: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[datetime]
    imported_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class Settlement(Base):
    """One transaction as the payment provider reports it (docs/payments.md)."""

    __tablename__ = "settlements"
    id: Mapped[int] = mapped_column(primary_key=True)
    transaction_id: Mapped[str] = mapped_column(String(100), unique=True)
    application_id: Mapped[str] = mapped_column(String(40), default="")
    amount: Mapped[int] = mapped_column(Integer)
    paid_at: Mapped[datetime]
    method: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))  # paid | refunded
    import_pk: Mapped[int] = mapped_column(ForeignKey("settlement_imports.id"))
    __table_args__ = (Index("ix_settlements_application", "application_id"),)


class CounterPayment(Base):
    """A fee paid in cash at the counter, with the receipt number handed to the applicant."""

    __tablename__ = "counter_payments"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_pk: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True
    )
    receipt_no: Mapped[str] = mapped_column(String(40), unique=True)
    amount: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[datetime]
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class Refund(Base):
    """A refund the office has made (or handed to finance) for a rejected/withdrawn application."""

    __tablename__ = "refunds"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_pk: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), unique=True
    )
    amount: Mapped[int] = mapped_column(Integer)
    recorded_at: Mapped[datetime]
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    note: Mapped[str] = mapped_column(Text, default="")


# The dashboard counts decisions per day from the event log; without this it scans every event.
Index("ix_application_events_at", ApplicationEvent.at)
