"""Public halves of the issuing keys, so every workstation can verify what any other issued
(certificate-qr-v1: verifiers find the public key by kid). Private keys stay in each
issuing workstation's OS credential store."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from backoffice.db.models import Base


class IssuingKey(Base):
    __tablename__ = "issuing_keys"
    kid: Mapped[str] = mapped_column(String(64), primary_key=True)
    public_pem: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(32))
    workstation: Mapped[str] = mapped_column(String(100))
